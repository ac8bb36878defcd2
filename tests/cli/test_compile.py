"""`cms-i18n compile`: .mo files beside the catalogues, reviewed entries only by default."""

from __future__ import annotations

import gettext
import json
import os
import re
import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from cms_i18n.catalog.layout import shard_paths
from cms_i18n.cli import main


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def catalog(locale: Path, lang: str = "es") -> Path:
    po, pot = catalog_paths(locale, lang, "content")
    update_catalog(po, [CatalogEntry("d:title", "Forum", "Foro"),
                        CatalogEntry("d", "Draft.", "Borrador."),
                        CatalogEntry("d", "Nothing yet.", "")],
                   lang=lang, domain="content", pot_path=pot)
    entries = polib.pofile(str(po))
    entries[0].flags.remove("fuzzy")
    entries.save()
    return po


def load(mo: Path) -> gettext.GNUTranslations:
    with mo.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def test_compiles_reviewed_translations_beside_the_catalog(tmp_path: Path) -> None:
    po = catalog(tmp_path / "locale")
    code, out, _ = run("compile", "--locale-dir", tmp_path / "locale")
    assert code == 0
    mo = po.with_suffix(".mo")
    assert out.strip() == f"es: 1 message → {mo} (1 fuzzy and 1 untranslated left out)"
    translations = load(mo)
    assert translations.pgettext("d:title", "Forum") == "Foro"
    assert translations.pgettext("d", "Draft.") == "Draft."


def test_include_fuzzy_previews_drafts_and_json(tmp_path: Path) -> None:
    po = catalog(tmp_path / "locale")
    code, out, _ = run("compile", "--include-fuzzy", "--json", "--locale-dir",
                       tmp_path / "locale")
    assert code == 0
    assert json.loads(out) == {"failed": False, "include_fuzzy": True, "notes": [],
                               "catalogues": [{"lang": "es", "path": str(po), "critical": 0,
                                               "mo": str(po.with_suffix(".mo")),
                                               "compiled": 2, "fuzzy": 0, "untranslated": 1,
                                               "made_fuzzy": 0, "replaced": None,
                                               "dropped": None}]}
    assert load(po.with_suffix(".mo")).pgettext("d", "Draft.") == "Borrador."


def test_a_mo_with_fewer_messages_than_the_one_it_replaces_is_a_warning_saying_why(
        tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    po, pot = catalog_paths(locale, "es", "content")
    update_catalog(po, [CatalogEntry("d", "The ministers met on Friday.",
                                     "Los ministros se reunieron el viernes.")],
                   lang="es", domain="content", pot_path=pot)
    entries = polib.pofile(str(po))
    entries[0].flags.remove("fuzzy")
    entries.save()
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0 and out.startswith("es: 1 message →") and err == ""
    # The source is edited: the only reviewed entry is a fuzzy draft again.
    update_catalog(po, [CatalogEntry("d", "The ministers met on Saturday.",
                                     "Los ministros se reunieron el sábado.")],
                   lang="es", domain="content", pot_path=pot)
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0                                   # gettext semantics: fuzzy not compiled
    assert out.startswith("es: 0 messages →")
    assert err == (f"warning: es: {po.with_suffix('.mo')}: 0 messages, 1 fewer than the .mo it "
                   "replaces: 1 entry was made fuzzy by source changes (the reviewed text kept "
                   "as a draft for the new source text; fuzzy entries are not compiled); "
                   f"review it in {po} (clear the fuzzy flag), then compile again\n")
    assert not load(po.with_suffix(".mo")).pgettext("d", "The ministers met on Saturday.") \
        .startswith("Los")
    # Compiled again as it is: nothing fewer than the .mo it replaces, no warning.
    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 0 and err == ""


def test_only_the_languages_asked_for(tmp_path: Path) -> None:
    es = catalog(tmp_path / "locale", "es")
    fr = catalog(tmp_path / "locale", "fr")
    code, _, _ = run("compile", "--lang", "fr", "--locale-dir", tmp_path / "locale")
    assert code == 0
    assert fr.with_suffix(".mo").exists() and not es.with_suffix(".mo").exists()


def test_broken_catalog_is_an_error_and_no_mo_is_written(tmp_path: Path) -> None:
    po = catalog(tmp_path / "locale")
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Forum"', 'msgid "Forum'),
                  encoding="utf-8")
    code, _, err = run("compile", "--locale-dir", tmp_path / "locale")
    assert code == 1 and err.startswith(f"error: {po}:")
    assert not po.with_suffix(".mo").exists()


def test_a_reviewed_broken_tag_or_foreign_flag_stops_compile_unless_forced(
        tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    po = catalog(locale)
    entries = polib.pofile(str(po))
    draft = entries.find("Draft.", msgctxt="d")
    draft.msgid = "The <strong>African Union</strong> sent observers."
    draft.msgstr = "La <strong>Unión Africana{el ministro envió observadores."
    draft.flags.remove("fuzzy")
    entries.save()
    mo = po.with_suffix(".mo")

    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 2 and not mo.exists()
    problem = next(line for line in err.splitlines() if ": critical: markup:" in line)
    assert problem.startswith(f"{po}:")
    assert "error: 1 critical problem: not compiled: es (fix them, or compile with --force)" \
        in err

    code, _, err = run("compile", "--locale-dir", locale, "--force")
    assert code == 0 and mo.exists() and ": critical: markup:" in err

    # A flag cms-i18n never writes (Babel adds python-format to "40% over") stops it too.
    entries = polib.pofile(str(po))
    fixed = entries.find("The <strong>African Union</strong> sent observers.", msgctxt="d")
    fixed.msgstr = "La <strong>Unión Africana</strong> envió observadores."
    entries.find("Forum", msgctxt="d:title").flags.append("python-format")
    entries.save()
    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 2 and "python-format was not written by cms-i18n" in err


def test_every_command_words_a_missing_catalog_alike_and_exits_1(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    wording = f"no catalogues named content.po under {locale}: run `cms-i18n translate` first"
    for command in ("status", "check", "compile"):
        code, out, err = run(command, "--locale-dir", locale)
        assert (code, out, err) == (1, "", f"error: {wording}\n"), command
        code, out, err = run(command, "--json", "--locale-dir", locale)
        assert (code, out, err) == (1, "", f"error: {wording}\n"), command
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text("Hello.\n")
    code, out, err = run("apply", "--lang", "fr", "--locale-dir", locale, "--source", content)
    assert code == 1 and out == ""
    assert err == (f"error: no catalogues named content.po for fr under {locale}: run "
                   "`cms-i18n translate --lang fr` first\n")


def test_a_language_with_no_catalog_names_the_command_that_makes_it(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    catalog(locale, "es")
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text("Hello.\n")
    wording = (f"error: no catalogues named content.po for fr under {locale}: run "
               "`cms-i18n translate --lang fr` first\n")
    for command in ("status", "check", "compile", "apply"):
        extra = ("--source", content) if command == "apply" else ()
        code, out, err = run(command, "--lang", "fr", "--locale-dir", locale, *extra)
        assert (code, out, err) == (1, "", wording), command


def test_json_of_a_refused_catalog(tmp_path: Path) -> None:
    po = catalog(tmp_path / "locale")
    entries = polib.pofile(str(po))
    entries[1].msgstr = "Borrador <b>."
    entries[1].flags.remove("fuzzy")
    entries.save()
    code, out, _ = run("compile", "--json", "--locale-dir", tmp_path / "locale")
    assert code == 2
    report = json.loads(out)
    assert report["failed"] is True
    assert report["catalogues"][0]["mo"] is None and report["catalogues"][0]["critical"] >= 1
    assert not po.with_suffix(".mo").exists()


def test_a_refused_shard_is_named_and_the_others_are_compiled(tmp_path: Path) -> None:
    from cms_i18n.catalog.layout import shard_paths

    locale = tmp_path / "locale"
    shards = {}
    for section in ("news", "sport", "world"):
        po, pot = shard_paths(locale, "es", "content", section)
        update_catalog(po, [CatalogEntry(f"{section}/a", "The <b>SCO</b> met.",
                                         "La <b>OCS</b> se reunió.")],
                       lang="es", domain="content", pot_path=pot)
        entries = polib.pofile(str(po))
        entries[0].flags.remove("fuzzy")
        if section == "sport":
            entries[0].msgstr = "La <b>OCS se reunió."
        entries.save()
        shards[section] = po
    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 2
    assert "error: 1 critical problem: not compiled: es (sport); 2 of 3 catalogues " \
        "compiled (fix them, or compile with --force)" in err
    assert shards["news"].with_suffix(".mo").exists()
    assert not shards["sport"].with_suffix(".mo").exists()


def test_a_percentage_in_prose_is_not_a_lost_placeholder(tmp_path: Path) -> None:
    """"46%-owned" is prose: the reviewed Spanish passes `check` and is compiled."""
    locale = tmp_path / "locale"
    po, pot = catalog_paths(locale, "es", "content")
    source = "IPC is 46%-owned by Reliance Industries, which paid 2,003,784 rupees."
    spanish = ("IPC es en un 46 % propiedad de Reliance Industries, que pagó "
               "2 003 784 rupias.")
    update_catalog(po, [CatalogEntry("d", source, spanish)], lang="es", domain="content",
                   pot_path=pot)
    entries = polib.pofile(str(po))
    entries[0].flags.remove("fuzzy")
    entries.save()
    code, out, err = run("check", "--locale-dir", locale)
    assert code == 0, out + err
    assert "placeholder" not in out and "number" not in out
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0, err
    assert load(po.with_suffix(".mo")).pgettext("d", source) == spanish


def test_a_refusal_says_the_previous_mo_is_still_there_and_served(tmp_path: Path) -> None:
    """A refused catalogue's earlier .mo is left as it was (a live site keeps working), and
    the refusal says so, naming the file, instead of implying nothing is served."""
    locale = tmp_path / "locale"
    po = catalog(locale)
    mo = po.with_suffix(".mo")
    code, _, _ = run("compile", "--locale-dir", locale)
    assert code == 0 and load(mo).pgettext("d:title", "Forum") == "Foro"
    entries = polib.pofile(str(po))
    entries.find("Forum", msgctxt="d:title").msgstr = "<b>Foro nuevo"
    entries.save()

    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 2
    assert (f"error: 1 critical problem: not compiled: es (fix them, or compile with --force)"
            f"; the previous {mo} stays in place, and the site keeps serving its older "
            "translations") in err, err
    assert load(mo).pgettext("d:title", "Forum") == "Foro"        # still the old one
    code, out, _ = run("compile", "--json", "--locale-dir", locale)
    row = json.loads(out)["catalogues"][0]
    assert code == 2 and row["mo"] is None and row["previous_mo"] == str(mo)
    assert row["previous_mo_written"].endswith(" UTC")

    mo.unlink()
    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 2 and "--force); no .mo written for it" in err and not mo.exists()


def _msgfmt_fuzzy(po: Path) -> int:
    """The fuzzy translations GNU msgfmt counts (``--statistics``)."""
    done = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(po)],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "LC_ALL": "C"})
    found = re.search(r"(\d+) fuzzy translation", done.stderr)
    return int(found.group(1)) if found else 0


def test_the_fuzzy_counts_compile_prints_are_the_ones_an_editor_counts(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    po, pot = catalog_paths(locale, "es", "content")
    texts = [("d", "The ministers met on Friday.", "Los ministros se reunieron el viernes."),
             ("d", "The talks lasted two days.", "Las conversaciones duraron dos días."),
             ("d", "A statement followed.", "Siguió un comunicado."),
             ("d", "The next round is in June.", "La próxima ronda es en junio."),
             ("d:title", "Ministers meet", "Reunión de ministros")]
    update_catalog(po, [CatalogEntry(*text) for text in texts], lang="es", domain="content",
                   pot_path=pot)
    edited = polib.pofile(str(po))
    for entry in edited:
        entry.flags.remove("fuzzy")
    edited.save()
    assert run("compile", "--locale-dir", locale)[1].startswith("es: 5 messages →")
    # A source edit makes one reviewed entry a fuzzy draft of its new text.
    texts[0] = ("d", "The ministers met on Saturday.", "Los ministros se reunieron el sábado.")
    update_catalog(po, [CatalogEntry(*text) for text in texts], lang="es", domain="content",
                   pot_path=pot)
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0 and "1 fewer" in err and "1 entry was made fuzzy by source changes" in err
    # An editor flags two more fuzzy: those two, not the earlier one, are what the new
    # .mo lacks, and nothing of it is a source change.
    edited = polib.pofile(str(po))
    for entry in edited:
        if entry.msgid in (texts[1][1], texts[2][1]):
            entry.flags.append("fuzzy")
    edited.save()
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0
    assert out.startswith("es: 2 messages →") and out.rstrip().endswith("(3 fuzzy left out)")
    assert err == (f"warning: es: {po.with_suffix('.mo')}: 2 messages, 2 fewer than the .mo it "
                   f"replaces: 2 entries were flagged fuzzy in {po} since it was compiled "
                   f"(fuzzy entries are not compiled); review them in {po} (clear the fuzzy "
                   "flag), then compile again\n")
    # A fuzzy header and fuzzy obsolete entries, as msgmerge writes them and inside
    # their #~ lines as some editors do: none of them is a message compile leaves out.
    edited = polib.pofile(str(po))
    edited.metadata_is_fuzzy = True
    edited.save()
    text = po.read_text(encoding="utf-8")
    text += ('\n#, fuzzy\n#~ msgctxt "d"\n#~ msgid "An old line."\n#~ msgstr "Una línea vieja."\n'
             '\n#~ #, fuzzy\n#~ msgctxt "d"\n#~ msgid "Another old line."\n'
             '#~ msgstr "Otra línea vieja."\n')
    po.write_text(text, encoding="utf-8")
    live_fuzzy = [e for e in polib.pofile(str(po)) if e.fuzzy and not e.obsolete]
    assert len(live_fuzzy) == 3 == _msgfmt_fuzzy(po)
    assert text.count("\n#, fuzzy\n") == 5       # what grep counts: the header, one obsolete
    code, out, err = run("compile", "--locale-dir", locale, "--json")
    assert code == 0, err
    row = json.loads(out)["catalogues"][0]
    assert (row["compiled"], row["fuzzy"], row["made_fuzzy"]) == (2, 3, 0)
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0 and out.rstrip().endswith("(3 fuzzy left out)") and err == ""


def test_compiling_a_catalog_outside_the_site_writes_nothing_where_it_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = catalog(tmp_path / "locale")
    edited = polib.pofile(str(po))
    for entry in edited:
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    edited.save()
    here = tmp_path / "elsewhere"
    here.mkdir()
    monkeypatch.chdir(here)
    code, _, err = run("compile", "--locale-dir", tmp_path / "locale")
    assert code == 0, err
    assert po.with_suffix(".mo").exists() and list(here.iterdir()) == []


@pytest.mark.engine
def test_a_language_nobody_reviewed_anything_of_gets_no_mo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A language translated once, not among the site's target_langs, holds drafts only:
    compile writes no empty .mo for it, and says so, as apply writes no page."""
    from tests.helpers import run as run_site

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "weather.txt").write_text(
        "Rain again\n\nIt rained all day in the city.\n", encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("target_langs: [es]\ncontent_dir: content\n"
                                            "engine: apertium\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_site("translate").exit_code == 0
    assert run_site("translate", "--lang", "ca").exit_code == 0
    es = tmp_path / "locale/es/LC_MESSAGES/content.po"
    ca = tmp_path / "locale/ca/LC_MESSAGES/content.po"
    entries = polib.pofile(str(es))
    entries[0].flags.remove("fuzzy")
    entries.save()
    result = run_site("compile")
    assert result.exit_code == 0, result.output
    assert es.with_suffix(".mo").exists() and not ca.with_suffix(".mo").exists()
    assert result.stdout.splitlines() == [
        f"ca: nothing reviewed yet in {ca} (2 fuzzy): no .mo written",
        f"es: 1 message → {es.with_suffix('.mo')} (1 fuzzy left out)"]
    rows = json.loads(run_site("compile", "--json").stdout)["catalogues"]
    assert [(row["lang"], row["mo"], row.get("nothing_reviewed")) for row in rows] == [
        ("ca", None, True), ("es", str(es.with_suffix(".mo")), None)]
    # Once an editor reviews something, it is compiled.
    entries = polib.pofile(str(ca))
    entries[0].flags.remove("fuzzy")
    entries.save()
    assert run_site("compile").exit_code == 0
    assert load(ca.with_suffix(".mo")).pgettext(entries[0].msgctxt, entries[0].msgid) == \
        entries[0].msgstr


def _reviewed_catalog(po: Path, entries: list[tuple[str, str, str, bool]]) -> None:
    """``po`` holding (msgctxt, msgid, msgstr, obsolete) entries, all reviewed."""
    catalog_file = polib.POFile()
    catalog_file.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es"}
    for context, msgid, msgstr, obsolete in entries:
        catalog_file.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr,
                                          obsolete=obsolete))
    po.parent.mkdir(parents=True, exist_ok=True)
    catalog_file.save(str(po))


def test_a_renamed_page_s_entries_are_moved_not_removed(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    po, _pot = catalog_paths(locale, "es", "content")
    texts = [("The council met.", "El consejo se reunió."),
             ("Ministers spoke.", "Los ministros hablaron."),
             ("It rained.", "Llovió.")]
    _reviewed_catalog(po, [("page", *text, False) for text in texts])
    assert run("compile", "--locale-dir", locale)[1].startswith("es: 3 messages →")
    # page.txt renamed renamed.txt, and its last paragraph deleted: its entries go with
    # it under its new name, the deleted one obsolete
    _reviewed_catalog(po, [("renamed", *texts[0], False), ("renamed", *texts[1], False),
                           ("renamed", *texts[2], True)])
    code, out, err = run("compile", "--locale-dir", locale)
    assert code == 0 and out.startswith("es: 2 messages →")
    assert err == (f"warning: es: {po.with_suffix('.mo')}: 2 messages, 1 fewer than the .mo it "
                   "replaces: 1 entry was made obsolete: its paragraph was removed from the "
                   "source\n")
    dropped = json.loads(run("compile", "--locale-dir", locale, "--json")[1])
    assert dropped["catalogues"][0]["dropped"] is None or \
        dropped["catalogues"][0]["dropped"]["removed"] == 0
    # A page deleted for good: its entries are removed, even where another page has the
    # same text
    _reviewed_catalog(po, [("renamed", *texts[0], False), ("renamed", *texts[1], False),
                           ("other", *texts[2], False)])
    assert run("compile", "--locale-dir", locale)[0] == 0
    _reviewed_catalog(po, [("renamed", *texts[0], False), ("renamed", *texts[1], False)])
    code, out, err = run("compile", "--locale-dir", locale)
    assert err == (f"warning: es: {po.with_suffix('.mo')}: 2 messages, 1 fewer than the .mo it "
                   f"replaces: 1 entry was removed from {po}\n")
    _reviewed_catalog(po, [("renamed", *texts[0], False), ("renamed", *texts[1], False),
                           ("other", *texts[1], False)])
    assert run("compile", "--locale-dir", locale)[0] == 0
    _reviewed_catalog(po, [("renamed", *texts[0], False), ("renamed", *texts[1], False)])
    code, out, err = run("compile", "--locale-dir", locale)
    assert err.endswith(f"1 entry was removed from {po}\n")


def test_a_page_moved_to_another_catalog_file_is_not_removed_from_the_first(
        tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    first, _ = shard_paths(locale, "es", "content", "")
    world, _ = shard_paths(locale, "es", "content", "world")
    _reviewed_catalog(first, [("a", "One.", "Uno.", False), ("b", "Two.", "Dos.", False)])
    assert run("compile", "--locale-dir", locale)[0] == 0
    # document b moved to the world section's catalogue, its entry with it
    _reviewed_catalog(first, [("a", "One.", "Uno.", False)])
    _reviewed_catalog(world, [("b", "Two.", "Dos.", False)])
    code, _out, err = run("compile", "--locale-dir", locale)
    assert code == 0 and "removed" not in err
    assert err == (f"warning: es: {first.with_suffix('.mo')}: 1 message, 1 fewer than the .mo "
                   "it replaces: 1 entry was moved with its document to another catalogue "
                   "file of the language, compiled there\n")


def test_a_language_with_nothing_reviewed_is_not_counted_compiled(tmp_path: Path) -> None:
    # es refused, fr with no reviewed entry (no .mo written): none of the two compiled
    locale = tmp_path / "locale"
    for lang, text in (("es", "La <b>OCS se reunió."), ("fr", "L'<b>OCS</b> s'est réunie.")):
        po = locale / lang / "LC_MESSAGES" / "content.po"
        update_catalog(po, [CatalogEntry("news/a", "The <b>SCO</b> met.", text)],
                       lang=lang, domain="content")
        if lang == "es":
            entries = polib.pofile(str(po))
            entries[0].flags.remove("fuzzy")
            entries.save()
    code, _, err = run("compile", "--locale-dir", locale)
    assert code == 2
    assert "not compiled: es; 0 of 2 catalogues compiled" in err, err
    assert not list(locale.rglob("*.mo"))


def test_a_catalog_of_another_language_in_the_folder_is_refused_by_every_command(
        tmp_path: Path) -> None:
    """A Spanish catalogue copied into the Catalan folder (a slip in a file manager):
    ``translate`` refused it, but check passed it, compile built a Catalan .mo of
    Spanish text and apply wrote Catalan pages in Spanish."""
    from cms_i18n.catalog import translations_for_apply
    from cms_i18n.errors import CatalogError

    spanish = catalog(tmp_path / "locale")
    catalan, _ = catalog_paths(tmp_path / "locale", "ca", "content")
    catalan.parent.mkdir(parents=True)
    catalan.write_bytes(spanish.read_bytes())
    header_line = next(n for n, line in enumerate(catalan.read_text("utf-8").splitlines(), 1)
                       if line.startswith('"Language: es'))
    code, out, _ = run("check", "--lang", "ca", "--locale-dir", tmp_path / "locale")
    assert code != 0
    assert f"{catalan}:{header_line}: critical: language: header says Language: es, but " \
        "this is the ca catalogue" in out
    code, out, _ = run("compile", "--lang", "ca", "--locale-dir", tmp_path / "locale")
    assert code != 0
    assert not catalan.with_suffix(".mo").exists()
    with pytest.raises(CatalogError, match="header says Language: es, but this is the ca"):
        translations_for_apply(catalan, lang="ca")
    # the Spanish catalogue in its own folder still compiles, whatever region or name a PO
    # editor writes for Spanish in its header (Poedit's "Spanish (Spain)" is es_ES)
    for declared in ("es", "es_ES", "es-419", "Spanish"):
        spanish.write_text(re.sub(r'"Language: [^\\"]*', f'"Language: {declared}',
                                  spanish.read_text("utf-8")), encoding="utf-8")
        code, out, err = run("compile", "--lang", "es", "--locale-dir", tmp_path / "locale")
        assert code == 0, (declared, out, err)
