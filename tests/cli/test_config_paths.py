"""``--config site/cms-i18n.yaml --locale-dir out``: every command uses the same folder.

A relative flag is taken from the current directory, a relative path in the
config file from the file's folder; translate, status, check, compile and
apply must all agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import make_site, run

pytestmark = pytest.mark.engine


def test_commands_agree_on_a_relative_locale_dir(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path / "site")
    (site / "cms-i18n.yaml").write_text("content_dir: examples/content\ntarget_langs: [es]\n")
    monkeypatch.chdir(tmp_path)
    flags = ["--config", "site/cms-i18n.yaml", "--locale-dir", "out"]
    po = tmp_path / "out" / "es" / "LC_MESSAGES" / "content.po"

    translated = run("translate", "--engine", "apertium", "-q", *flags)
    assert translated.exit_code == 0, translated.output
    assert po.is_file() and not (site / "out").exists()

    status = run("status", "--json", *flags)
    assert status.exit_code == 0, status.output
    assert [c["lang"] for c in json.loads(status.stdout)["catalogues"]] == ["es"]

    checked = run("check", "--json", "--no-msgfmt", *flags)
    assert [c["path"] for c in json.loads(checked.stdout)["catalogues"]] == [str(po)]

    compiled = run("compile", "--include-fuzzy", "--json", *flags)
    assert compiled.exit_code == 0, compiled.output
    assert json.loads(compiled.stdout)["catalogues"][0]["mo"] == str(po.with_suffix(".mo"))

    applied = run("apply", "--include-fuzzy", *flags)
    assert applied.exit_code == 0, applied.output
    written = site / "examples" / "content" / "asian-security-officials.es.txt"
    assert written.is_file() and str(written) in applied.stdout


def test_a_source_folder_without_a_locale_dir_says_what_it_retired(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path / "site")
    (site / "mine").mkdir()
    (site / "mine" / "brief.txt").write_text("The SCO met in Minsk.\n", encoding="utf-8")
    monkeypatch.chdir(site)
    assert run("translate", "--engine", "apertium", "-q", "-l", "es").exit_code == 0

    merged = run("translate", "--engine", "apertium", "-q", "-l", "es", "--source", "mine")
    assert merged.exit_code == 0, merged.output
    [warning] = [line for line in merged.stderr.splitlines() if line.startswith("warning:")]
    assert warning == (
        "warning: es: --source mine went into the configured catalogue "
        "locale/es/LC_MESSAGES/content.po: 13 of its entries, not in mine, are now "
        "obsolete (kept, not lost); to keep mine's catalogues apart, add --locale-dir DIR")

    # given both, the folder's catalogue is its own, and nothing is said
    apart = run("translate", "--engine", "apertium", "-q", "-l", "es", "--source", "mine",
                "--locale-dir", "mine-locale")
    assert apart.exit_code == 0 and "warning" not in apart.stderr, apart.output
    assert (site / "mine-locale" / "es" / "LC_MESSAGES" / "content.po").is_file()


def test_a_misspelt_glossary_dir_is_an_error_naming_the_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A glossary folder the config file names and that is not there stops every command,
    as a misspelt content_dir does, rather than a note and no glossary enforced."""
    site = make_site(tmp_path / "site")
    config = site / "cms-i18n.yaml"
    config.write_text("content_dir: examples/content\ntarget_langs: [es]\n")
    monkeypatch.chdir(site)
    assert run("translate", "--engine", "apertium", "-q").exit_code == 0
    config.write_text("content_dir: examples/content\ntarget_langs: [es]\n"
                      "glossary_dir: glosaries\n")
    line = (f"error: {config}:3: glossary_dir: no such folder or file: {site / 'glosaries'} "
            "(`cms-i18n glossary init` creates it with the bundled glossary to edit)\n")
    for args in (["translate", "--engine", "apertium"], ["status"], ["check"], ["compile"],
                 ["apply"]):
        result = run(*args)
        assert (result.exit_code, result.stderr) == (1, line), args
    # glossary init makes the folder the setting names; then the site runs again
    assert run("glossary", "init").exit_code == 0
    assert any((site / "glosaries").iterdir())
    assert run("status").exit_code == 0
    # the default folder, absent, is no mistake: the bundled glossary is used
    config.write_text("content_dir: examples/content\ntarget_langs: [es]\n")
    (site / "glossaries").rename(site / "elsewhere")
    assert run("status").exit_code == 0
