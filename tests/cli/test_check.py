"""`cms-i18n check`: graded problems, file:line output, exit 2 on critical ones."""

from __future__ import annotations

import json
from pathlib import Path

import polib
from click.testing import CliRunner

from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from cms_i18n.cli import main


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def catalog(locale: Path, *entries: CatalogEntry, approve: tuple[str, ...] = ()) -> Path:
    po, pot = catalog_paths(locale, "es", "content")
    update_catalog(po, list(entries), lang="es", domain="content", pot_path=pot)
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
