"""`cms-i18n translate` end to end: the bundled article becomes a reviewable catalogue."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import pytest

from tests.helpers import entries, make_site, msgfmt_check, page_entry, run, translated_pages

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path)
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: examples/content\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_example_becomes_a_valid_spanish_catalog(site: Path) -> None:
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    assert "es: 1 document" in result.output and "translated" in result.output
    assert "translating es" not in result.output     # no progress lines in a log
    msgfmt_check(PO)
    assert Path("locale/content.pot").is_file()
    units = entries(PO)
    assert len(units) >= 10
    translated = [e for e in units if e.msgstr.strip()]
    assert len(translated) / len(units) >= 0.9
    assert all("fuzzy" in e.flags for e in translated)
    assert all(e.msgctxt == "asian-security-officials" for e in units)
    assert all(e.occurrences[0][0] == "examples/content/asian-security-officials.txt"
               for e in units)
    for entry in units:
        assert "\u041d" not in entry.msgid          # Cyrillic Н of "Нeads"
        assert "bookmarkicon" not in entry.msgid    # icon-label run
        assert "commenting policy" not in entry.msgid
        assert entry.msgid not in ("0:00", "Podcasts")
    # the scraped page repeats the title under the standfirst; only the whole
    # document shows it is residue
    titles = [e for e in units if "Asian security officials to convene" in e.msgid]
    assert [e.msgid for e in titles] == ["Asian security officials to convene in Moscow"]
    standfirst = next(e for e in units if e.msgid.startswith("The delegations are among"))
    assert "repeated title" in standfirst.comment
    catalog = PO.read_text(encoding="utf-8")
    for name in ("Organización de Cooperación de Shanghai", "Consejo de Seguridad de Rusia",
                 "Asociación de Naciones del Sudeste Asiático", "OTSC", "Unión Africana"):
        assert name in catalog
    heads = next(e for e in units if e.msgid.startswith("Heads of delegations"))
    assert any("homoglyph" in c for c in heads.comment.splitlines())
    assert any(line.startswith("machine translation: apertium") for line in
               heads.comment.splitlines())


def test_rerun_translates_nothing_and_changes_no_byte(site: Path) -> None:
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    before = PO.read_bytes()
    again = run("translate", "--lang", "es", "--engine", "apertium")
    assert again.exit_code == 0
    assert " 0 translated" in again.output and "1 unchanged" in again.output
    assert PO.read_bytes() == before


def test_a_catalog_saved_by_an_editor_is_read_again(site: Path) -> None:
    # An unchanged source skips the document, unless the catalogue changed since:
    # then the editor's work is read and kept (and the memory learns it).
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    po = polib.pofile(str(PO))
    heads = next(e for e in po if e.msgid.startswith("Heads of delegations"))
    heads.msgstr, heads.flags = "Los jefes de las delegaciones, revisado.", []
    po.save(str(PO))
    again = run("translate", "--lang", "es", "--engine", "apertium")
    assert again.exit_code == 0 and "unchanged" not in again.output
    assert " 1 reviewed" in again.output
    assert "Los jefes de las delegaciones, revisado." in PO.read_text(encoding="utf-8")


def test_editing_one_paragraph_retranslates_only_it(site: Path) -> None:
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    article = Path("examples/content/asian-security-officials.txt")
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Organisers say", "Organisers said"), encoding="utf-8")
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 0
    assert " 1 translated" in result.output


def test_the_obsolete_count_says_what_the_catalog_holds_besides_this_run_s(
        site: Path) -> None:
    article = Path("examples/content/asian-security-officials.txt")
    text = article.read_text(encoding="utf-8")
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    paragraphs = text.split("\n\n")

    def without(*openings: str) -> str:
        return "\n\n".join(p for p in paragraphs if not p.startswith(openings))

    article.write_text(without("First held in 2010"), encoding="utf-8")  # a paragraph deleted
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert ", 1 obsolete," in result.stdout
    article.write_text(without("First held in 2010", "Organisers say"),  # another one
                       encoding="utf-8")
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert ", 1 newly obsolete (2 in the catalogue)," in result.stdout
    assert len([e for e in polib.pofile(str(PO)) if e.obsolete]) == 2
    # A run that changes nothing makes none obsolete, and says what the file holds.
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert ", 0 newly obsolete (2 in the catalogue)," in result.stdout


def test_txt_folder_with_source_option(site: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "brief.txt").write_text(
        "The CSTO met in Minsk.\n\nThe SCO's summit will follow.\n", encoding="utf-8")
    (other / "second.txt").write_text("ASEAN leaders spoke.\n", encoding="utf-8")
    result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(other))
    assert result.exit_code == 0, result.output
    units = entries(PO)
    assert [e.msgctxt for e in units] == ["brief", "brief", "second"]
    assert "OTSC" in units[0].msgstr and "OCS" in units[1].msgstr
    msgfmt_check(PO)


def test_markdown_and_html_keep_markup(site: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text(
        "---\ntitle: The CSTO meets\nslug: csto-note\n---\n# A heading\n\n"
        "Read the [full report](https://example.org/report) and run `make all`.\n\n"
        "```\ncode stays out\n```\n", encoding="utf-8")
    (docs / "page.html").write_text(
        "<html><body><p>The <b>council</b> met.</p><pre>no</pre></body></html>",
        encoding="utf-8")
    result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(docs))
    assert result.exit_code == 0, result.output
    by_id = {e.msgid: e for e in entries(PO)}
    assert by_id["The CSTO meets"].msgctxt == "csto-note:title"
    link = by_id["Read the [full report](https://example.org/report) and run `make all`."]
    assert "](https://example.org/report)" in link.msgstr and "`make all`" in link.msgstr
    assert "<b>" in by_id["The <b>council</b> met."].msgstr
    assert not any("code stays out" in m or m == "no" for m in by_id)


def test_template_variables_reach_the_translation_untouched(site: Path, tmp_path: Path) -> None:
    docs = tmp_path / "vars"
    docs.mkdir()
    (docs / "welcome.txt").write_text(
        "Hello {name}, welcome to {{ site_name }} and ${user}'s page.\n", encoding="utf-8")
    result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(docs))
    assert result.exit_code == 0, result.output
    [unit] = entries(PO)
    for variable in ("{name}", "{{ site_name }}", "${user}"):   # Apertium: {Nombre} …
        assert variable in unit.msgstr, unit.msgstr
    assert "markup problem" not in unit.comment


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "xx-zz"], "unknown language code 'xx-zz'"),
    (["--lang", "ja", "--engine", "apertium"], "cannot translate en→ja"),
    (["--lang", "ja"], "no installed engine can translate en→ja"),
    (["--lang", "es", "--engine", "nope"], "unknown engine 'nope'"),
])
def test_bad_options_fail_cleanly(site: Path, args: list[str], message: str) -> None:
    result = run("translate", *args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert not PO.exists()


@pytest.mark.parametrize(("content", "message"), [
    (b"caf\xe9 au lait\n", "not valid UTF-8"),
    (b"\x89PNG\r\n\x1a\n\0\0\0", "binary file"),
])
def test_bad_content_names_the_file(site: Path, content: bytes, message: str) -> None:
    bad = Path("examples/content/bad.txt")
    bad.write_bytes(content)
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code != 0
    assert f"{bad.resolve()}:" in result.output and message in result.output
    assert not PO.exists()


def test_a_content_file_not_in_utf8_says_how_to_convert_it(site: Path) -> None:
    Path("examples/content/menu.txt").write_bytes("Caf\xe9 au lait\n".encode("cp1252"))
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.startswith("error: ") and "menu.txt:1: not valid UTF-8: byte 0xe9 at column 4; " \
        "convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8 " \
        "examples/content/menu.txt > examples/content/menu.txt.utf8 and, if it reads right, " \
        "mv examples/content/menu.txt.utf8 examples/content/menu.txt" in line


def test_a_folder_with_no_config_says_how_to_start_a_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("translate")
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.startswith(f"error: no cms-i18n.yaml in {tmp_path}, so no content folder to "
                           "translate")
    assert '"Your own site"' in line and "examples" not in line


def test_empty_content_folder(site: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("translate", "--lang", "es", "--source", str(tmp_path / "empty"))
    assert result.exit_code != 0
    assert "no content found" in result.output


def test_reviewed_translation_survives_a_rerun(site: Path) -> None:
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid.startswith("Organisers say"))
    entry.msgstr = "Los organizadores afirman que el formato a puerta cerrada ayudará."
    entry.flags.remove("fuzzy")
    catalog.save()
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 0 and " 1 reviewed" in result.output
    again = next(e for e in polib.pofile(str(PO)) if e.msgid.startswith("Organisers say"))
    assert again.msgstr.startswith("Los organizadores afirman")
    assert "fuzzy" not in again.flags


def test_several_languages_one_failing(site: Path) -> None:
    result = run("translate", "--lang", "es,ja", "--engine", "apertium")
    assert result.exit_code != 0
    assert "es: 1 document" in result.output
    assert "error: ja:" in result.output
    assert PO.is_file() and not Path("locale/ja").exists()


def test_same_sentence_reads_differently_in_two_documents(site: Path, tmp_path: Path) -> None:
    docs = tmp_path / "councils"
    docs.mkdir()
    sentence = "The Security Council said in a statement that the talks would continue."
    (docs / "a-moscow.txt").write_text(
        f"Sergey Shoigu chairs Russia's Security Council.\n\n{sentence}\n", encoding="utf-8")
    (docs / "b-new-york.txt").write_text(
        f"The United Nations Security Council met in New York.\n\n{sentence}\n",
        encoding="utf-8")
    for _ in range(2):      # the second run comes from the translation memory
        result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(docs))
        assert result.exit_code == 0, result.output
        bare = {e.msgctxt: e.msgstr for e in entries(PO) if e.msgid == sentence}
        assert "Consejo de Seguridad de Rusia" in bare["a-moscow"]
        assert "Rusia" not in bare["b-new-york"]
        assert "Consejo de Seguridad" in bare["b-new-york"]


@pytest.mark.parametrize("order", ["un-first", "ambiguous-first"])
def test_one_sentence_three_readings_never_share_a_translation(
        site: Path, tmp_path: Path, order: str) -> None:
    """The same sentence about Russia's council, the UN's, and one nothing identifies:
    neither the memory nor the batch's one-translation-per-text hands a document
    another's reading, whichever document comes first, on the first run or the next."""
    docs = tmp_path / "councils"
    docs.mkdir()
    sentence = "The Security Council met on Monday."
    first, second = ("a", "b") if order == "un-first" else ("b", "a")
    (docs / f"{first}-new-york.txt").write_text(
        f"The United Nations Security Council met in New York.\n\n{sentence}\n",
        encoding="utf-8")
    (docs / f"{second}-no-evidence.txt").write_text(
        f"Talks went on all week.\n\n{sentence}\n", encoding="utf-8")
    (docs / "c-moscow.txt").write_text(
        f"Sergey Shoigu chairs Russia's Security Council.\n\n{sentence}\n", encoding="utf-8")
    for _ in range(2):      # the second run comes from the translation memory
        result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(docs))
        assert result.exit_code == 0, result.output
        bare = {e.msgctxt: e for e in entries(PO) if e.msgid == sentence}
        un = bare[f"{first}-new-york"]
        unknown = bare[f"{second}-no-evidence"]
        russia = bare["c-moscow"]
        assert "Consejo de Seguridad de las Naciones Unidas" in un.msgstr
        assert "Consejo de Seguridad de Rusia" in russia.msgstr
        assert "Consejo de Seguridad" in unknown.msgstr
        assert "Naciones Unidas" not in unknown.msgstr and "Rusia" not in unknown.msgstr
        assert "ambiguous" in unknown.comment and "ambiguous" not in un.comment
        assert "named earlier in the document" in un.comment
        assert "named earlier in the document" in russia.comment


def test_an_editors_reading_of_a_name_stays_in_its_document(site: Path, tmp_path: Path) -> None:
    """An editor's translation naming the UN's council is offered, never written, where
    the same sentence stands in a document that names no body; where the sentence
    reads the same everywhere, it is reused as before."""
    docs = tmp_path / "councils"
    docs.mkdir()
    sentence, plain = "The Security Council met on Monday.", "Talks went on all week."
    (docs / "a-new-york.txt").write_text(
        f"The United Nations Security Council met in New York.\n\n{sentence}\n\n{plain}\n",
        encoding="utf-8")
    assert run("translate", "--lang", "es", "--engine", "apertium", "--source",
               str(docs)).exit_code == 0
    po = polib.pofile(str(PO))
    edited = {sentence: "El Consejo de Seguridad de las Naciones Unidas se reunió el lunes.",
              plain: "Las conversaciones siguieron toda la semana."}
    for entry in po:
        if entry.msgid in edited:
            entry.msgstr = edited[entry.msgid]
            entry.flags.remove("fuzzy")
    po.save()
    (docs / "b-no-evidence.txt").write_text(f"{plain}\n\n{sentence}\n", encoding="utf-8")
    for _ in range(2):
        result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(docs))
        assert result.exit_code == 0, result.output
        new = {e.msgid: e for e in entries(PO) if e.msgctxt == "b-no-evidence"}
        assert new[plain].msgstr == edited[plain]
        assert "Naciones Unidas" not in new[sentence].msgstr
        assert new[sentence].msgstr.startswith("El Consejo de Seguridad ")
        assert f'reviewed in a-new-york: "{edited[sentence]}"' in new[sentence].comment
        kept = {e.msgid: e for e in entries(PO) if e.msgctxt == "a-new-york"}
        assert kept[sentence].msgstr == edited[sentence] and not kept[sentence].fuzzy


def test_portuguese_through_spanish_is_a_valid_catalog(site: Path) -> None:
    result = run("translate", "--lang", "pt", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    po = Path("locale/pt/LC_MESSAGES/content.po")
    msgfmt_check(po)
    units = entries(po)
    assert all(e.msgstr for e in units)
    heads = next(e for e in units if e.msgid.startswith("Heads of delegations"))
    assert "machine translation: apertium eng-spa → es-pt" in heads.comment.splitlines()


def test_valencian_gets_a_gettext_variant_folder(site: Path) -> None:
    result = run("translate", "--lang", "ca-valencia", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    po = Path("locale/ca@valencia/LC_MESSAGES/content.po")
    msgfmt_check(po)
    assert polib.pofile(str(po)).metadata["Language"] == "ca@valencia"
    comments = "\n".join(e.comment for e in entries(po))
    assert "machine translation: apertium eng-cat_valencia" in comments
    status = run("status")
    assert "ca-valencia" in status.output


def test_unreachable_language_names_what_exists_to_install(site: Path) -> None:
    result = run("translate", "--lang", "de", "--engine", "apertium")
    assert result.exit_code != 0
    assert "apertium-eng-deu" not in result.output
    assert "Debian has no Apertium pair that leads there" in result.output


def test_typography_is_repaired_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "q.txt").write_text(
        "Why did the SCO meet in Astana?\n\nThe house is white.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for lang, mark in (("es", "¿"), ("fr", "\u202f?")):
        result = run("translate", "--lang", lang, "--engine", "apertium", "--source", "content")
        assert result.exit_code == 0, result.output
        po = Path(f"locale/{lang}/LC_MESSAGES/content.po")
        msgfmt_check(po)
        question, plain = entries(po)
        assert mark in question.msgstr
        assert any(c.startswith("typography: ") for c in question.comment.splitlines())
        assert "typography" not in plain.comment


def test_a_heading_in_capitals_gets_the_glossary_and_names_to_confirm_are_counted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "sc.txt").write_text(
        "SECURITY COUNCIL\n\nThe Security Council met on Friday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("translate", "--lang", "es", "--engine", "apertium", "--source", "content")
    assert result.exit_code == 0, result.output
    po = Path("locale/es/LC_MESSAGES/content.po")
    heading, _sentence = entries(po)
    assert heading.msgstr == "EL CONSEJO DE SEGURIDAD"          # not "CONSEJO de seguridad"
    assert "glossary: SECURITY COUNCIL → Consejo de Seguridad (ambiguous" in heading.comment
    status = run("status", "--lang", "es")
    headings, row = (line.split() for line in status.output.splitlines()[:2])
    assert row[headings.index("ambiguous")] == "2" and row[headings.index("pivot")] == "0"
    check = run("check", "--lang", "es")
    assert check.exit_code == 0
    listed = [line for line in check.output.splitlines() if ": ambiguous: " in line]
    assert len(listed) == 2 and all("warning (draft)" in line for line in listed)
    assert "ambiguous name to confirm: SECURITY COUNCIL → Consejo de Seguridad" in listed[0]


def counts(output: str, lang: str = "es") -> dict[str, int]:
    """The unit counts of a language's summary line, by name."""
    line = next(line for line in output.splitlines() if line.startswith(f"{lang}: "))
    found = {name: int(number) for number, name in re.findall(
        r"(\d+) (units|translated|reused|repeated|reviewed|in unchanged catalogues)", line)}
    return {"in unchanged catalogues": 0, **found}


def test_every_unit_is_counted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Repeated paragraphs, reused, reviewed and untouched catalogues add up to the units."""
    make_site(tmp_path, content=None)
    for section in ("news", "sport"):
        folder = tmp_path / "content" / section
        folder.mkdir(parents=True)
        (folder / "a.md").write_text("# Results\n\nThe match ended.\n\nRead more.\n\n"
                                     "Read more.\n", encoding="utf-8")
        (folder / "b.md").write_text("# Weather\n\nIt will rain.\n\nRead more.\n",
                                     encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: content\n"
                                            "catalogue_layout: section\n")
    monkeypatch.chdir(tmp_path)
    parts = ("translated", "reused", "repeated", "reviewed", "in unchanged catalogues")

    first = counts(run("translate", "--lang", "es", "--engine", "apertium").output)
    assert first["units"] == 14 and sum(first[p] for p in parts) == 14
    # One chunk of both sections: 5 different texts, and 9 units that repeat them
    assert (first["translated"], first["repeated"], first["reused"]) == (5, 9, 0)

    (tmp_path / "content" / "sport" / "b.md").write_text(
        "# Weather\n\nIt will snow.\n\nRead more.\n", encoding="utf-8")
    again = counts(run("translate", "--lang", "es", "--engine", "apertium").output)
    assert sum(again[p] for p in parts) == again["units"] == 14
    assert again["in unchanged catalogues"] == 7                  # news
    assert (again["translated"], again["reused"]) == (1, 6)


def test_a_second_in_command_left_a_member_of_parliament_is_flagged(
        site: Path, tmp_path: Path) -> None:
    """No language here has a sourced title for a deputy ambassador: the engine's
    "diputado" stays, and the entry and `check` say so rather than keep quiet."""
    # m.koreaherald.com/view.php?ud=20170707000137
    ambassador, governor = translate_text(
        tmp_path, "During the Security Council meeting, Russia's deputy UN ambassador, Vladimir "
        "Safronkov, claimed that data Russia's Defense Ministry has collected shows that the "
        "North fired a mid-range missile, not an ICBM.\n\nThe deputy governor said so.\n")
    assert "diputado" in ambassador.msgstr
    assert any(line.startswith("rank: 'diputado' for a deputy before a title")
               for line in ambassador.comment.splitlines())
    assert "vicegobernador" in governor.msgstr and "rank:" not in governor.comment
    checked = run("check", "--lang", "es")
    assert re.search(r"warning \(draft\): rank: 'diputado'", checked.output), checked.output


def test_a_link_without_a_scheme_keeps_its_case(site: Path, tmp_path: Path) -> None:
    # Apertium alone writes "pic.twitter.com/rm4nc3dwew": another address.
    post, more = translate_text(
        tmp_path, "The leaders met in Moscow on Monday. pic.twitter.com/RM4nc3DWeW — Lin Jing "
        "(@CGCHINA_CPT) May 16, 2022\n\nMore at www.Kremlin.ru/events/President today.\n")
    assert "pic.twitter.com/RM4nc3DWeW" in post.msgstr
    assert "www.Kremlin.ru/events/President" in more.msgstr


def translate_text(tmp_path: Path, text: str) -> list[polib.POEntry]:
    """One text file translated into Spanish with Apertium: the catalogue's entries."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "text.txt").write_text(text, encoding="utf-8")
    result = run("translate", "--lang", "es", "--engine", "apertium", "--source", str(docs))
    assert result.exit_code == 0, result.output
    return entries(PO)


def test_a_folder_without_a_glossary_of_its_own_gets_the_bundled_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # run from a content folder with no glossaries/ and no settings: entity names are
    # still enforced, and check reads the same glossary translate did
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "sco.txt").write_text(
        "Leaders of the Shanghai Cooperation Organisation met in Tianjin.\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("translate", "--lang", "es,fr", "--engine", "apertium", "--source", "pages",
                 "--locale-dir", "loc")
    assert result.exit_code == 0, result.output
    assert result.output.count("glossary: the bundled one") == 1     # said once, not per language
    assert "entity names are not enforced" not in result.output
    (entry,) = entries(tmp_path / "loc/es/LC_MESSAGES/content.po")
    assert "Organización de Cooperación de Shangh" in entry.msgstr, entry.msgstr
    # an editor who drops the name is caught by check, from the same folder
    catalog = polib.pofile(str(tmp_path / "loc/es/LC_MESSAGES/content.po"))
    edited = next(e for e in catalog if e.msgid == entry.msgid)
    edited.msgstr = "Los líderes se reunieron en Tianjin."
    edited.flags.remove("fuzzy")
    catalog.save()
    checked = run("check", "--locale-dir", "loc")
    assert checked.exit_code != 0 and "critical" in checked.output, checked.output


def test_a_sentence_read_from_its_document_is_translated_per_document(tmp_path: Path) -> None:
    """One sentence, a bare "Security Council" with no evidence of its own: Russia's
    council after a paragraph read as Russia's, the shared short form in a document
    that says nothing; the memory never hands one document's reading to the other."""
    thanks = "Thank you for your positive assessment of the work of the Security Council."
    met = ("President of Russia Vladimir Putin met with Secretary of the Security Council "
           "Nikolai Patrushev in the Kremlin.")
    site = translated_pages(tmp_path, {"kremlin": [met, thanks], "letter": [thanks]}, "es")
    kremlin = page_entry(site, "es", "kremlin", thanks)
    letter = page_entry(site, "es", "letter", thanks)
    assert "Consejo de Seguridad de Rusia" in kremlin.msgstr
    assert "read as earlier in the document" in kremlin.comment
    assert "Consejo de Seguridad" in letter.msgstr
    assert "de Rusia" not in letter.msgstr and "ambiguous: RUS_SC or UNSC" in letter.comment


def test_a_site_whose_glossary_folder_links_to_the_bundled_one_gets_no_note(
        site: Path) -> None:
    # as in the repository's root: glossaries/ is a link to the bundled folder, the
    # site's own choice, so nothing says the site lacks one
    from cms_i18n.config import BUNDLED_GLOSSARY_DIR

    shutil.rmtree(site / "glossaries")
    (site / "glossaries").symlink_to(BUNDLED_GLOSSARY_DIR)
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    assert "glossary: the bundled one" not in result.output
    assert "no glossary" not in result.output


def test_a_glossary_entry_with_no_name_in_the_language_is_said_once_and_flagged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CSTO's committee has no Portuguese name in the bundled glossary: the engine
    writes it as without a glossary, the entry's note says so, and ``translate`` and
    ``check`` say it once per entry and language, naming the glossary file and line,
    however many units name it."""
    committee = "the Committee of Secretaries of Security Councils"
    pages = {"one": [f"Lavrov met {committee} in Minsk.", f"Later {committee} met again."],
             "two": [f"Shoigu addressed {committee}."]}
    site = make_site(tmp_path, content=None)
    (site / "content").mkdir()
    for name, paragraphs in pages.items():
        (site / "content" / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n",
                                                      encoding="utf-8")
    monkeypatch.chdir(site)
    result = run("translate", "--lang", "pt,es", "--engine", "apertium", "--source",
                 "content")
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "CSTO_CSSC" in line]
    line = next(n for n, text in enumerate(Path("glossaries/entities.yaml").read_text(
        encoding="utf-8").splitlines(), 1) if text.strip() == "- id: CSTO_CSSC")
    assert warned == [
        f"warning: pt: glossaries/entities.yaml:{line}: glossary entry CSTO_CSSC has no pt "
        "name: 'Committee of Secretaries of Security Councils' went to the engine as it "
        "is, flagged for the editor in 3 catalogue entries"], result.output  # not for es
    for page, text in [("one", pages["one"][0]), ("one", pages["one"][1]),
                       ("two", pages["two"][0])]:
        e = page_entry(site, "pt", page, text)
        assert "glossary: Committee of Secretaries of Security Councils: CSTO_CSSC has no " \
            "pt name in the glossary; left to the engine, check the name" in e.comment
        assert "Conselhos de Segurança" in e.msgstr, e.msgstr       # the engine's words
        spanish = page_entry(site, "es", page, text)
        assert "Comité de Secretarios de los Consejos de Seguridad" in spanish.msgstr
        assert "has no" not in spanish.comment
    checked = run("check")
    assert checked.exit_code == 0, checked.output
    assert [x for x in checked.output.splitlines() if "CSTO_CSSC" in x] == warned
    again = run("translate", "--lang", "pt", "--engine", "apertium", "--source", "content")
    assert "2 unchanged" in again.output          # nothing rebuilt, and still said once
    assert [x for x in again.output.splitlines() if "CSTO_CSSC" in x] == warned


def test_an_encyclopaedia_s_reference_marks_stay_as_written(site: Path, tmp_path: Path) -> None:
    # Apertium alone writes "[un]" for the note "[a]": the reader's mark to the note is gone.
    [entry] = translate_text(
        tmp_path, "The 3rd[a] summit was held in Sanya in April 2011.[23]\n")
    assert "[a]" in entry.msgstr and "[un]" not in entry.msgstr, entry.msgstr
    assert entry.msgstr.endswith("[23]"), entry.msgstr
