"""`cms-i18n check`: graded problems, file:line output, exit 2 on critical ones."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from cms_i18n.cli import main
from cms_i18n.glossary.enforce import other_sense_note, unlisted_note
from cms_i18n.glossary.load import bundled_glossary_dir, load_glossary


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def catalog(locale: Path, *entries: CatalogEntry, approve: tuple[str, ...] = (),
            lang: str = "es") -> Path:
    po, pot = catalog_paths(locale, lang, "content")
    update_catalog(po, list(entries), lang=lang, domain="content", pot_path=pot)
    edited = polib.pofile(str(po))
    for entry in edited:
        if entry.msgid in approve:
            entry.flags.remove("fuzzy")
    edited.save()
    return po


GOOD = CatalogEntry("d", "Write to feedback@rttv.ru.", "Escriba a feedback@rttv.ru.")
BROKEN_LINK = CatalogEntry("d", "Read [the statement](https://example.org/s).",
                           "Lea [la declaración](https://example.org/x).")


def test_clean_catalog_passes(tmp_path: Path) -> None:
    catalog(tmp_path / "locale", GOOD, approve=(GOOD.source,))
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", tmp_path / "none")
    assert code == 0
    assert out.strip().endswith(
        "es: passed: published: 0 critical, 0 warning, 0 cosmetic; drafts and untranslated "
        "(not published): 0 critical, 0 warning, 0 cosmetic "
        f"({catalog_paths(tmp_path / 'locale', 'es', 'content')[0]})")


@pytest.mark.engine
def test_a_text_copied_from_another_language_s_catalog_is_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Spanish translation pasted into the Catalan catalogue and approved passed every
    check, and apply published it as the Catalan page.  Only the catalogue the text was
    pasted into is named: the text is the engine's Spanish, not its Catalan."""
    from tests.helpers import page_entry, translated_pages

    text = "The leaders of the five countries met on Saturday before the annual summit."
    site = translated_pages(tmp_path, {"summit": [text, "The talks ended."]}, "es,ca")
    monkeypatch.chdir(site)
    spanish = page_entry(site, "es", "summit", text).msgstr
    ca = site / "locale" / "ca" / "LC_MESSAGES" / "content.po"
    assert ": language: " not in run("check")[1]
    for pasted, how in ((spanish, "word for word"),
                        (spanish.replace("sábado", "domingo"), "nearly word for word")):
        edited = polib.pofile(str(ca))
        entry = edited.find(text, msgctxt="summit")
        entry.msgstr, entry.flags = pasted, []
        edited.save()
        code, out, _ = run("check")
        assert code == 0, out
        [problem] = [x for x in out.splitlines() if ": language: " in x]
        assert problem.startswith(f"{ca}:"), problem      # not the Spanish catalogue
        assert (f"warning: language: the Spanish translation of this entry, {how} ("
                in problem) and problem.endswith("copied into the Catalan catalogue?")


def test_critical_problem_in_reviewed_entry_exits_2_with_file_and_line(tmp_path: Path) -> None:
    po = catalog(tmp_path / "locale", GOOD, BROKEN_LINK, approve=(BROKEN_LINK.source,))
    code, out, err = run("check", "--locale-dir", tmp_path / "locale",
                         "--glossary-dir", tmp_path / "none")
    assert code == 2
    line = next(e.linenum for e in polib.pofile(str(po)) if e.msgid == BROKEN_LINK.source)
    problem = next(x for x in out.splitlines() if "markdown" in x)
    assert problem.startswith(f"{po}:")
    assert "critical: markdown: msgstr lacks link target https://example.org/s" in problem
    assert abs(int(problem.split(":")[1]) - line) <= 3       # the entry's first line
    assert "es: FAILED: published: 1 critical" in out
    assert "error: 1 critical problem in published translations (es)" in err


def test_drafts_do_not_fail_unless_included(tmp_path: Path) -> None:
    catalog(tmp_path / "locale", BROKEN_LINK)
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", tmp_path / "none")
    assert code == 0 and "critical (draft): markdown" in out
    # a critical problem in a draft is not "ok": it is counted with the drafts
    assert "es: passed: published: 0 critical, 0 warning, 0 cosmetic; drafts and " \
           "untranslated (not published): 1 critical" in out
    code, _, _ = run("check", "--include-fuzzy", "--locale-dir", tmp_path / "locale",
                     "--glossary-dir", tmp_path / "none")
    assert code == 2


def test_json_and_severity_filter(tmp_path: Path) -> None:
    catalog(tmp_path / "locale", BROKEN_LINK,
            CatalogEntry("d", "Delegations arrive.", "Las delegaciones llegan"),
            approve=(BROKEN_LINK.source,))
    code, out, _ = run("check", "--json", "--severity", "critical", "--locale-dir",
                       tmp_path / "locale", "--glossary-dir", tmp_path / "none")
    assert code == 2
    data = json.loads(out)
    es = data["catalogues"][0]
    assert data["failed"] and es["failed"]
    assert es["counts"] == {"critical": 1, "warning": 0, "cosmetic": 1}
    assert es["published"] == {"critical": 1, "warning": 0, "cosmetic": 0}
    assert es["drafts"] == {"critical": 0, "warning": 0, "cosmetic": 1}
    assert [p["check"] for p in es["problems"]] == ["markdown"]     # cosmetic filtered out
    assert any("glossary check skipped" in note for note in data["notes"])


def test_msgfmt_error_in_a_hand_edited_catalog_fails(tmp_path: Path) -> None:
    po = catalog(tmp_path / "locale", GOOD, approve=(GOOD.source,))
    text = po.read_text(encoding="utf-8").replace(
        'msgstr "Escriba a feedback@rttv.ru."', 'msgstr "Escriba a feedback@rttv.ru.\\n"')
    po.write_text(text, encoding="utf-8")
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", tmp_path / "none")
    assert code == 2 and "critical: msgfmt:" in out


def test_a_byte_order_mark_is_a_warning_and_check_and_compile_read_past_it(
        tmp_path: Path) -> None:
    """A Windows editor saved the catalogue with a byte-order mark: every command reads
    past it, so check (msgfmt's "syntax error" at line 1) and compile no longer refuse a
    file apply publishes; the mark is named, and the next write leaves it out."""
    po = catalog(tmp_path / "locale", GOOD, approve=(GOOD.source,))
    po.write_bytes(b"\xef\xbb\xbf" + po.read_bytes())
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", tmp_path / "none")
    assert code == 0, out
    assert f"{po}:1: warning: msgfmt: the file opens with a byte-order mark" in out
    assert "syntax error" not in out
    code, out, err = run("compile", "--locale-dir", tmp_path / "locale")
    assert code == 0, out + err
    assert po.with_suffix(".mo").exists()
    update_catalog(po, [GOOD], lang="es", domain="content")
    assert not po.read_bytes().startswith(b"\xef\xbb\xbf")
    assert polib.pofile(str(po)).find(GOOD.source).msgstr


@pytest.mark.engine
def test_words_a_chain_left_in_its_pivot_language_are_warnings_check_and_status_show(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Apertium reaches French through Spanish, and es-fr does not know "informalmente":
    the word stays Spanish in the French draft.  ``check`` lists it as a warning with
    file and line, ``status`` counts it, and both stop once an editor replaces it."""
    from tests.helpers import page_entry, translated_pages

    text = "The ministers will meet informally in Moscow."
    site = translated_pages(tmp_path, {"talks": [text, "The talks ended."]}, "fr")
    monkeypatch.chdir(site)
    e = page_entry(site, "fr", "talks", text)
    assert "informalmente" in e.msgstr and \
        "unknown to es-fr, left in es: informalmente" in e.comment, (e.msgstr, e.comment)
    po = site / "locale" / "fr" / "LC_MESSAGES" / "content.po"
    code, out, _ = run("check")
    assert code == 0, out
    [line] = [x for x in out.splitlines() if ": pivot: " in x]
    assert line == (f"{po}:{e.linenum}: warning (draft): pivot: left in es by es-fr, which "
                    "did not know it: informalmente"), line
    assert "1 warning" in out.split("drafts and untranslated")[1], out
    _, status, _ = run("status", "--json")
    assert json.loads(status)["languages"][0]["total"]["pivot"] == 1

    catalog = polib.pofile(str(po))
    edited = next(x for x in catalog if x.msgid == text)
    edited.msgstr = edited.msgstr.replace("informalmente", "informellement")
    catalog.save()
    code, out, _ = run("check")
    assert ": pivot: " not in out, out
    _, status, _ = run("status", "--json")
    assert json.loads(status)["languages"][0]["total"]["pivot"] == 0


def test_a_name_interrupted_by_its_parent_s_acronym_passes_when_reviewed(
        tmp_path: Path) -> None:
    # the editor's right names for "the United Nations (UN) Security Council" and "the
    # Shanghai Cooperation Organization (SCO) Council of Heads of State" are no other
    # bodies' ("wrong entity?"), and compile is not refused for them; the approved name
    # with the parent's letters passes where the source spelt the parent out
    un = CatalogEntry("d", "The United Nations (UN) Security Council adopted a resolution.",
                      "El Consejo de Seguridad de las Naciones Unidas (ONU) aprobó una "
                      "resolución.")
    sco = CatalogEntry("e", "Leaders attended the Shanghai Cooperation Organization (SCO) "
                       "Council of Heads of State in Astana.",
                       "Los líderes asistieron al Consejo de Jefes de Estado de la OCS en "
                       "Astaná.")
    wrong = CatalogEntry("f", "The Collective Security Treaty Organisation (CSTO) "
                         "Secretariat issued a statement.",
                         "La Organización del Tratado de Seguridad Colectiva (OTSC) emitió "
                         "una declaración.")
    glossaries = Path(__file__).resolve().parents[2] / "glossaries"
    catalog(tmp_path / "locale", un, sco, approve=(un.source, sco.source))
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", glossaries)
    assert code == 0, out
    assert "glossary" not in out.replace("glossary check", ""), out
    # the parent's name alone is not the body's: still a problem
    catalog(tmp_path / "other", wrong, approve=(wrong.source,))
    code, out, _ = run("check", "--locale-dir", tmp_path / "other",
                       "--glossary-dir", glossaries)
    assert code == 2 and "CSTO_SEC: expected 'Secretaría de la Organización del Tratado de " \
        "Seguridad Colectiva (OTSC)'" in out, out


def test_an_ambiguous_name_reads_whole_after_polib_rewraps_its_note(tmp_path: Path) -> None:
    """An editor's tool (polib at 40 columns) cuts the glossary's long ``#.`` note into
    lines; ``check`` still names both bodies the name may mean, and ``status`` counts it."""
    po = catalog(tmp_path / "locale", CatalogEntry(
        "kabul", "The Security Council met.", "El Consejo de Seguridad se reunió.",
        comments=("glossary: Security Council → el Consejo de Seguridad (ambiguous: UNSC or "
                  "RUS_SC; no evidence in the document; check which body is meant)",)))
    polib.pofile(str(po), wrapwidth=40).save()
    assert "#. glossary: Security Council → el\n" in po.read_text(encoding="utf-8")
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale")
    assert code == 0, out
    assert "ambiguous name to confirm: Security Council → el Consejo de Seguridad " \
           "(UNSC or RUS_SC); check which body is meant" in out, out
    _, status, _ = run("status", "--json", "--locale-dir", tmp_path / "locale")
    assert json.loads(status)["languages"][0]["total"]["ambiguous"] == 1


def test_names_the_glossary_left_to_the_engine_are_listed_to_confirm(tmp_path: Path) -> None:
    """A misnomer near a listed name and an acronym read in another sense are left to the
    engine with a ``#.`` note: ``check`` lists each for the editor to confirm and
    ``status`` counts the draft, until the editor reviews it."""
    sco = load_glossary(bundled_glossary_dir()).get("SCO")
    assert sco is not None
    notes = (unlisted_note("Shanghai Cooperation Council",
                           [(sco, "Shanghai Cooperation Organisation")]),
             other_sense_note("SCO", sco, "the sentence says 'Unix'", "es"))
    po = catalog(tmp_path / "locale", CatalogEntry(
        "summit", "The Shanghai Cooperation Council met; SCO Unix ran the servers.",
        "El Consejo de Cooperación de Shanghái se reunió; SCO Unix ejecutaba los servidores.",
        comments=notes))
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale")
    assert code == 0, out
    assert "name left to the engine, to confirm: Shanghai Cooperation Council (no name the " \
           "glossary lists; nearest: SCO" in out, out
    assert "name left to the engine, to confirm: SCO ('OCS' (SCO) not applied: the sentence " \
           "says 'Unix')" in out, out
    _, status, _ = run("status", "--json", "--locale-dir", tmp_path / "locale")
    assert json.loads(status)["languages"][0]["total"]["ambiguous"] == 1
    # Reviewed, the names are confirmed: nothing left to list or count.
    text = po.read_text(encoding="utf-8").replace("#, fuzzy\n", "")
    po.write_text(text, encoding="utf-8")
    _, out, _ = run("check", "--locale-dir", tmp_path / "locale")
    assert "name left to the engine" not in out, out
    _, status, _ = run("status", "--json", "--locale-dir", tmp_path / "locale")
    assert json.loads(status)["languages"][0]["total"]["ambiguous"] == 0


def test_a_catalog_that_does_not_parse_is_the_error_every_command_gives(
        tmp_path: Path) -> None:
    """An unterminated string: the line our reader names and exit status 1, as in
    status and compile, not msgfmt's next line graded as a critical problem."""
    po = catalog(tmp_path / "locale", GOOD, approve=(GOOD.source,))
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Escriba a feedback@rttv.ru."',
                               'msgstr "Escriba a feedback@rttv.ru.'), encoding="utf-8")
    line = text[:text.index('msgstr "Escriba')].count("\n") + 1
    expected = f"error: {po}:{line}: string has no closing double quote on this line"
    for command in ("check", "status", "compile"):
        code, out, err = run(command, "--locale-dir", tmp_path / "locale")
        assert (command, code, err.strip()) == (command, 1, expected)
        assert "critical" not in out


GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"


def test_a_body_named_without_its_parent_is_the_body_where_the_parent_is_named(
        tmp_path: Path) -> None:
    # "The Heads of State Council … of the SCO" names the SCO's council: the editor's
    # approved name passes, and a machine draft without it is flagged
    source = ("The Heads of State Council, currently assembled in Samarkand, is the "
              "supreme governing body of the SCO.")
    edited = CatalogEntry("sco", source, "El Consejo de Jefes de Estado de la OCS, reunido "
                          "en Samarcanda, es el órgano supremo de la OCS.")
    catalog(tmp_path / "locale", edited, approve=(source,))
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", GLOSSARIES)
    assert code == 0 and "glossary" not in out.replace("glossary check", ""), out
    draft = CatalogEntry("sco", source, "Los Jefes de Consejo Estatal, actualmente reunido "
                         "en Samarcanda, es el supremo rigiendo ente de la OCS.")
    catalog(tmp_path / "draft", draft)
    code, out, _ = run("check", "--locale-dir", tmp_path / "draft",
                       "--glossary-dir", GLOSSARIES)
    assert "SCO_CHS: expected 'Consejo de Jefes de Estado de la OCS' (for 'Heads of State " \
           "Council')" in out, out
    # where neither the text nor its document names the SCO, the council's name is
    # still a body the source does not name
    alone = CatalogEntry("other", "The Heads of State Council met on Friday.",
                         "El Consejo de Jefes de Estado de la OCS se reunió el viernes.")
    catalog(tmp_path / "alone", alone, approve=(alone.source,))
    code, out, _ = run("check", "--locale-dir", tmp_path / "alone",
                       "--glossary-dir", GLOSSARIES)
    assert code == 2 and "SCO_CHS: 'Consejo de Jefes de Estado de la OCS' appears but the " \
        "source does not name it (wrong entity?)" in out, out


def test_a_body_the_document_names_elsewhere_is_to_verify_and_a_name_inside_counts(
        tmp_path: Path) -> None:
    # the headline names the UN; the editor names its council, which the document
    # names two paragraphs down: "ONU" is in the translation, and the council is a
    # warning to verify, never critical
    headline = CatalogEntry("brics", "BRICS States Call For UN Reform",
                            "Los BRICS piden reformar el Consejo de Seguridad de la ONU")
    body = CatalogEntry("brics", "Russia and China are permanent UN Security Council members.",
                        "Rusia y China son miembros permanentes del Consejo de Seguridad de "
                        "las Naciones Unidas.")
    catalog(tmp_path / "locale", headline, body, approve=(headline.source, body.source))
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", GLOSSARIES)
    assert code == 0, out
    assert "UN: expected" not in out and "wrong entity" not in out, out
    assert "warning: glossary: glossary to verify: UNSC: 'Consejo de Seguridad de la ONU' " \
           "appears where the source does not name it" in out, out
    # a document that names the council nowhere: a wrong entity, critical
    catalog(tmp_path / "alone", headline, approve=(headline.source,))
    code, out, _ = run("check", "--locale-dir", tmp_path / "alone",
                       "--glossary-dir", GLOSSARIES)
    assert code == 2 and "critical: glossary: glossary problem: UNSC: 'Consejo de Seguridad " \
        "de la ONU' appears but the source does not name it (wrong entity?)" in out, out
    assert "UN: expected" not in out, out


@pytest.mark.parametrize(("lang", "source", "text"), [
    # "Nations unies", the usual French house style, for the glossary's "Nations Unies"
    ("fr", "Russia is a permanent member of the UN Security Council.",
     "La Russie est membre permanent du Conseil de sécurité des Nations unies."),
    # "le Conseil de sécurité de la Russie", as the French press writes it beside the
    # approved "de Russie"
    ("fr", "Nikolai Patrushev, the secretary of Russia's Security Council, met the minister.",
     "Nikolaï Patrouchev, le secrétaire du Conseil de sécurité de la Russie, a rencontré le "
     "ministre."),
    # German "Weltsicherheitsrat" and Russian "Совет безопасности ООН" in lower case, as
    # each language's press writes them
    ("de", "The UN Security Council met in New York on Friday.",
     "Der Weltsicherheitsrat tagte am Freitag in New York."),
    ("ru", "The UN Security Council met in New York on Friday.",
     "Совет безопасности ООН собрался в пятницу в Нью-Йорке."),
    # Russia's council "of the Russian Federation" in Spanish, and German's genitive
    # "Sicherheitsrat Russlands", inflected with its head
    ("es", "Nikolai Patrushev, the secretary of Russia's Security Council, met the minister.",
     "Nikolai Patrushev, el secretario del Consejo de Seguridad de la Federación de Rusia, "
     "se reunió con el ministro."),
    ("de", "Dmitry Medvedev, deputy chairman of Russia's Security Council, spoke on Friday.",
     "Dmitri Medwedew, stellvertretender Vorsitzender des Sicherheitsrates Russlands, "
     "sprach am Freitag."),
    # the Russian press's "Совбез ООН", inflected, is the UN's council
    ("ru", "Russia chairs the UN Security Council this month.",
     "Россия в этом месяце председательствует в Совбезе ООН."),
    ("ru", "The UN Security Council met in New York on Friday.",
     "Совбез ООН собрался в пятницу в Нью-Йорке."),
    # "Russland" the council condemns is no "Sicherheitsrat Russlands"
    ("de", "The United States wants the Security Council to condemn Russia.",
     "Die USA wollen, dass der Sicherheitsrat Russland verurteilt."),
])
def test_an_editors_form_of_a_name_the_press_writes_passes(
        tmp_path: Path, lang: str, source: str, text: str) -> None:
    """Forms the glossary accepts beside its approved name are the editor's to choose
    and no glossary problem."""
    catalog(tmp_path / "locale", CatalogEntry("d", source, text), approve=(source,),
            lang=lang)
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", GLOSSARIES)
    assert code == 0 and "glossary" not in out.replace("glossary check", ""), out
    assert f"{lang}: passed: published: 0 critical, 0 warning, 0 cosmetic" in out, out


@pytest.mark.parametrize("text", [
    "Совбез ООН собрался в пятницу.",
    "Секретарь Совбеза ООН Николай Патрушев встретился с министром.",
])
def test_the_un_council_by_its_short_name_is_not_russias(tmp_path: Path, text: str) -> None:
    # "Совбез" alone is Russia's council; "Совбез ООН" is the UN's and never counts
    # for Russia's
    source = "Nikolai Patrushev, the secretary of Russia's Security Council, met on Friday."
    catalog(tmp_path / "locale", CatalogEntry("d", source, text), approve=(source,),
            lang="ru")
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", GLOSSARIES)
    assert code == 2, out
    assert "critical: glossary: glossary problem: RUS_SC: expected 'Совет Безопасности " \
        "Российской Федерации' (for \"Russia's Security Council\"), not in the " \
        "translation" in out, out
    assert "UNSC: 'Совбез" in out and "appears but the source does not name it " \
        "(wrong entity?)" in out, out
    assert "ru: FAILED: published: 2 critical" in out, out


def test_an_editor_s_fuller_or_accented_name_of_a_body_with_its_parent_spelt_passes(
        tmp_path: Path) -> None:
    """The source spells the SCO out inside its council's name: the editor may write the
    parent's accented variant ("Shanghái") or keep the member states the approved name
    leaves out, and compile is not refused."""
    accented = CatalogEntry(
        "a", "The Council of Heads of State of the Shanghai Cooperation Organisation met.",
        "El Consejo de Jefes de Estado de la Organización de Cooperación de Shanghái se "
        "reunió.")
    fuller = CatalogEntry(
        "b", "The Council of Heads of State of the Shanghai Cooperation Organisation Member "
        "States met.",
        "El Consejo de Jefes de Estado de los Estados miembros de la Organización de "
        "Cooperación de Shanghai se reunió.")
    glossaries = Path(__file__).resolve().parents[2] / "glossaries"
    catalog(tmp_path / "locale", accented, fuller, approve=(accented.source, fuller.source))
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", glossaries)
    assert code == 0, out
    assert "glossary problem" not in out, out


def test_an_entry_an_editor_made_by_hand_fails_no_check(tmp_path: Path) -> None:
    """A template string an editor added by hand (no msgctxt: no unit of any page), with
    a c-format flag: `check` failed the whole catalogue for it (exit 2), though apply
    never publishes it."""
    po = catalog(tmp_path / "locale", GOOD, approve=(GOOD.source,))
    with po.open("a", encoding="utf-8") as out:
        out.write('\n#, c-format\nmsgid "%d comment"\nmsgid_plural "%d comments"\n'
                  'msgstr[0] "%d comentario"\nmsgstr[1] "%d comentarios"\n')
    code, out, _ = run("check", "--locale-dir", tmp_path / "locale",
                       "--glossary-dir", tmp_path / "none")
    assert code == 0, out
    assert "critical (draft): flags: c-format" in out, out
    assert "es: passed: published: 0 critical" in out, out
