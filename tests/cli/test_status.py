"""`cms-i18n status`: review progress as a table for people and JSON for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from cms_i18n.cli import main


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def make_catalogs(locale: Path) -> None:
    for lang in ("es", "fr"):
        po, pot = catalog_paths(locale, lang, "content")
        update_catalog(po, [
            # words a chain's later step left in Spanish, still in the msgstr
            CatalogEntry("moscow:title", "Forum in Moscow", f"[{lang}] Foro en Moscú",
                         comments=("unknown to es-fr, left in es: Moscú",)),
            CatalogEntry("moscow", "The SCO will attend.", f"[{lang}] La SCO asistirá.",
                         comments=("glossary problem: SCO: expected 'OCS'",)),
            CatalogEntry("moscow", "Untranslated yet.", ""),
            CatalogEntry("kabul", "Observers from <b>Kabul</b>.", f"[{lang}] Observadores.",
                         problems=("markup problem: the engine lost '<b>'",)),
            CatalogEntry("kabul", "The Security Council met.",
                         f"[{lang}] El Consejo de Seguridad se reunió.",
                         comments=("glossary: Security Council → el Consejo de Seguridad "
                                   "(ambiguous: UNSC or RUS_SC; no evidence in the document; "
                                   "check which body is meant)",)),
        ], lang=lang, domain="content", pot_path=pot)
    po, _ = catalog_paths(locale, "es", "content")
    catalog = polib.pofile(str(po))
    catalog[0].flags.remove("fuzzy")
    catalog.save()


def test_table_counts_per_language_and_document(tmp_path: Path) -> None:
    make_catalogs(tmp_path / "locale")
    code, out, _ = run("status", "--locale-dir", tmp_path / "locale")
    assert code == 0
    lines = [line.split() for line in out.splitlines()]
    assert lines[0] == ["lang", "document", "units", "reviewed", "fuzzy", "untranslated",
                        "glossary", "markup", "ambiguous", "pivot", "quotes"]
    assert ["es", "moscow", "3", "1", "1", "1", "1", "0", "0", "1", "0"] in lines
    assert ["es", "kabul", "2", "0", "2", "0", "0", "1", "1", "0", "0"] in lines
    assert ["es", "(all)", "5", "1", "3", "1", "1", "1", "1", "1", "0"] in lines
    # The French draft of "The Security Council met." is Spanish: no French council name.
    assert ["fr", "(all)", "5", "0", "4", "1", "2", "1", "1", "1", "0"] in lines


def test_json_for_scripts_and_language_filter(tmp_path: Path) -> None:
    make_catalogs(tmp_path / "locale")
    code, out, _ = run("status", "--json", "--lang", "es", "--locale-dir", tmp_path / "locale")
    assert code == 0
    data = json.loads(out)
    assert [c["lang"] for c in data["catalogues"]] == ["es"]
    es = data["catalogues"][0]
    assert es["documents"][0] == {"document": "moscow", "title": "Forum in Moscow", "units": 3,
                                  "reviewed": 1,
                                  "fuzzy": 1, "untranslated": 1, "glossary_problems": 1,
                                  "markup_problems": 0, "ambiguous": 0, "pivot": 1,
                                  "quotes": 0}
    assert es["total"]["units"] == 5 and es["total"]["ambiguous"] == 1 and es["obsolete"] == 0


def test_unknown_language_and_missing_catalog_are_clear_errors(tmp_path: Path) -> None:
    make_catalogs(tmp_path / "locale")
    code, _, err = run("status", "--lang", "de", "--locale-dir", tmp_path / "locale")
    assert code == 1 and err == (f"error: no catalogues named content.po for de under "
                                 f"{tmp_path / 'locale'}: run `cms-i18n translate --lang de` "
                                 "first\n")
    code, _, err = run("status", "--lang", "xx-nope", "--locale-dir", tmp_path / "locale")
    assert code != 0 and "error:" in err and "Traceback" not in err


def test_malformed_catalog_is_reported_with_file_and_line(tmp_path: Path) -> None:
    make_catalogs(tmp_path / "locale")
    po, _ = catalog_paths(tmp_path / "locale", "es", "content")
    po.write_text(po.read_text(encoding="utf-8") + 'msgid "broken\n', encoding="utf-8")
    lines = po.read_text(encoding="utf-8").count("\n")
    code, _, err = run("status", "--locale-dir", tmp_path / "locale")
    assert code != 0
    assert err.startswith(f"error: {po}:{lines}: ")


def test_no_catalogs_yet(tmp_path: Path) -> None:
    code, out, err = run("status", "--locale-dir", tmp_path / "nowhere")
    assert code == 1 and out == "" and err.startswith("error: no catalogues")


def test_a_sharded_language_names_each_catalog_and_totals_the_language(
        tmp_path: Path) -> None:
    from cms_i18n.catalog.layout import shard_paths

    locale = tmp_path / "locale"
    for section, units in (("news", 2), ("sport/football", 3)):
        po, pot = shard_paths(locale, "es", "content", section)
        update_catalog(po, [CatalogEntry(f"{section}/a", f"{section} unit {n}.", f"[es] {n}")
                            for n in range(units)], lang="es", domain="content", pot_path=pot)
    code, out, _ = run("status", "--locale-dir", locale)
    assert code == 0
    lines = [line.split() for line in out.splitlines()]
    assert lines[0][:3] == ["lang", "catalogue", "document"]
    assert ["es", "news", "news/a", "2", "0", "2", "0", "0", "0", "0", "0", "0"] in lines
    assert ["es", "sport/football", "sport/football/a", "3", "0", "3", "0", "0", "0", "0",
            "0", "0"] in lines
    assert ["es", "(all", "2)", "(all)", "5", "0", "5", "0", "0", "0", "0", "0", "0"] in lines

    code, out, _ = run("status", "--json", "--locale-dir", locale)
    data = json.loads(out)
    assert [c["catalogue"] for c in data["catalogues"]] == ["news", "sport/football"]
    assert data["languages"] == [{"lang": "es", "catalogues": 2, "obsolete": 0, "total": {
        "units": 5, "reviewed": 0, "fuzzy": 5, "untranslated": 0, "glossary_problems": 0,
        "markup_problems": 0, "ambiguous": 0, "pivot": 0, "quotes": 0}}]


GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"


def counted_by_check(locale: Path) -> dict[str, tuple[int, int]]:
    """Per document, the units ``check --json`` finds a critical glossary problem in and
    those it finds another critical problem in, drafts' included."""
    from cms_i18n.catalog.status import document_of

    code, out, _ = run("check", "--json", "--no-msgfmt", "--locale-dir", locale,
                       "--glossary-dir", GLOSSARIES)
    assert code in (0, 2)
    glossary: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for problem in json.loads(out)["catalogues"][0]["problems"]:
        if problem["severity"] == "critical":
            kind = glossary if problem["check"] == "glossary" else other
            kind.setdefault(document_of(problem["context"]), set()).add(problem["msgid"])
    return {doc: (len(glossary.get(doc, ())), len(other.get(doc, ())))
            for doc in {*glossary, *other}}


def counted_by_status(locale: Path) -> dict[str, tuple[int, int]]:
    code, out, _ = run("status", "--json", "--locale-dir", locale,
                       "--glossary-dir", GLOSSARIES)
    assert code == 0
    return {doc["document"]: (doc["glossary_problems"], doc["markup_problems"])
            for doc in json.loads(out)["catalogues"][0]["documents"]
            if doc["glossary_problems"] or doc["markup_problems"]}


def test_status_counts_what_check_finds_after_an_editor_edits_the_po_file(
        tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    po, pot = catalog_paths(locale, "es", "content")
    update_catalog(po, [
        CatalogEntry("summit", "The SCO met in Moscow.", "La OCS se reunió en Moscú."),
        CatalogEntry("summit", "Read <b>the statement</b>.", "Lea <b>la declaración</b>."),
        # the last run's draft broke the glossary, and said so in a `#.` line
        CatalogEntry("talks", "The SCO will attend the summit.",
                     "La SCO asistirá a la cumbre.",
                     problems=("glossary problem: SCO: expected 'OCS' (for 'SCO'), "
                               "found 'SCO'",)),
    ], lang="es", domain="content", pot_path=pot)
    assert counted_by_status(locale) == counted_by_check(locale) == {"talks": (1, 0)}

    # The editor, in a text editor: approves the first unit, writing the CSTO's acronym
    # for the SCO; drops a closing tag from the second; corrects the flagged draft.
    text = po.read_text(encoding="utf-8")
    for before, after in (('msgstr "La OCS se reunió en Moscú."',
                           'msgstr "La OTSC se reunió en Moscú."'),
                          ('msgstr "Lea <b>la declaración</b>."',
                           'msgstr "Lea <b>la declaración."'),
                          ('msgstr "La SCO asistirá a la cumbre."',
                           'msgstr "La OCS asistirá a la cumbre."')):
        assert text.count(before) == 1
        text = text.replace(before, after)
    first = text.index('msgid "The SCO met in Moscow."')
    flag = text.rindex("#, fuzzy\n", 0, first)
    text = text[:flag] + text[flag + len("#, fuzzy\n"):]
    po.write_text(text, encoding="utf-8")
    assert "#. glossary problem: SCO: expected 'OCS'" in text    # the stale line stays

    assert counted_by_status(locale) == counted_by_check(locale) == {"summit": (1, 1)}
    code, out, _ = run("status", "--locale-dir", locale, "--glossary-dir", GLOSSARIES)
    rows = [line.split() for line in out.splitlines()]
    assert ["es", "summit", "2", "1", "1", "0", "1", "1", "0", "0", "0"] in rows
    assert ["es", "talks", "1", "0", "1", "0", "0", "0", "0", "0", "0"] in rows
    code, out, _ = run("check", "--no-msgfmt", "--locale-dir", locale,
                       "--glossary-dir", GLOSSARIES)
    assert code == 2 and "critical: glossary: glossary problem: SCO: expected 'OCS'" in out
    assert "critical (draft): markup: msgstr lacks tag </b>" in out


def test_a_catalog_cut_short_is_named_and_fails(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A catalogue cut short at an entry in its middle is still valid PO: its lost
    documents would simply drop out of the table.  status names the catalogue and what it
    lost against the copy of the editors' work, and fails as check does."""
    monkeypatch.chdir(tmp_path)
    po, pot = catalog_paths(Path("locale"), "es", "content")
    update_catalog(po, [CatalogEntry("harbour", "The harbour opens at six.", "x"),
                        CatalogEntry("harbour", "Boats leave at nine.", "x"),
                        CatalogEntry("museum", "The museum is free on Sundays.", "x"),
                        CatalogEntry("museum", "The new wing is open.", "x")],
                   lang="es", domain="content", pot_path=pot)
    catalog = polib.pofile(str(po))
    for entry, text in zip(catalog, ["El puerto abre a las seis.", "Los barcos salen a las "
                                     "nueve.", "El museo es gratuito los domingos.",
                                     "El ala nueva está abierta."], strict=True):
        entry.msgstr, entry.flags = text, []
    catalog.save()
    assert run("compile")[0] == 0           # records the copy of the editors' work
    text = po.read_text(encoding="utf-8")
    po.write_text(text[:text.rindex("\n\n", 0, text.index('msgctxt "museum"')) + 2],
                  encoding="utf-8")
    polib.pofile(str(po))                   # still valid PO
    kept = Path(".cms-i18n/catalogs/locale/es/LC_MESSAGES/content.po")
    warning = (f"warning: es: {po} lost 2 entries with editors' work compared with the last "
               "run (2 reviewed, 0 drafts, 0 obsolete); `cms-i18n translate` brings them "
               f"back from {kept}\n")
    error = ("error: 2 entries with editors' work lost since the last translate, not counted "
             "above (es)\n")
    code, out, err = run("status")
    assert code == 2
    assert err == warning + error
    assert "harbour" in out and "museum" not in out
    code, out, err = run("status", "--json")
    assert code == 2 and err == error
    assert json.loads(out)["warnings"] == [{"lang": "es", "message": warning[len(
        "warning: es: "):-1]}]
    # once translate has brought them back (here: the file whole again), status is quiet
    po.write_text(text, encoding="utf-8")
    code, out, err = run("status")
    assert (code, err) == (0, "") and "museum" in out


def test_obsolete_entries_are_counted_per_language(tmp_path: Path) -> None:
    """Two languages' obsolete entries are not summed into one figure under a table that
    counts per language: "4 obsolete entries" read as four texts gone from one catalogue."""
    locale = tmp_path / "locale"
    make_catalogs(locale)
    for lang, kept in (("es", 4), ("fr", 3)):
        po, pot = catalog_paths(locale, lang, "content")
        live = [CatalogEntry(e.msgctxt, e.msgid, e.msgstr)
                for e in polib.pofile(str(po)) if not e.obsolete][:kept]
        update_catalog(po, live, lang=lang, domain="content", pot_path=pot)
    code, out, _ = run("status", "--locale-dir", locale)
    assert code == 0
    assert ("obsolete entries kept (#~: text gone from the source, or moved with its document "
            "to another catalogue): es 1, fr 2") in out
    code, out, _ = run("status", "--locale-dir", locale, "--lang", "fr")
    assert ("2 obsolete entries kept (#~: text gone from the source, or moved with its document "
            "to another catalogue, fr)") in out
