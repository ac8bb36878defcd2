"""The built-in commands reach ``cms-i18n`` through the plugin hook, each with its help."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cms_i18n.cli import main

BUILTIN = ["apply", "check", "clean", "compile", "engines", "glossary", "memory",
           "merge-catalogs", "models", "status", "translate", "worker"]


def test_every_builtin_command_is_listed_with_its_help() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.split("Commands:\n")[1].splitlines()
              if line.strip()]
    assert listed == BUILTIN
    for name in BUILTIN:
        shown = CliRunner().invoke(main, [name, "--help"])
        assert shown.exit_code == 0 and f"Usage: main {name}" in shown.output


def test_an_unknown_command_is_one_line() -> None:
    result = CliRunner().invoke(main, ["translat"])
    assert result.exit_code == 1
    assert result.output == ("error: main: No such command 'translat'. Did you mean "
                             "'translate'? (see `main --help`)\n")


def test_a_bad_option_value_is_one_line_naming_the_command() -> None:
    """``clean --format docx`` reads as every other error: no usage block, status 1."""
    result = CliRunner().invoke(main, ["clean", "--format", "docx"], input="Hello.\n")
    assert result.exit_code == 1
    assert result.output == ("error: main clean: Invalid value for '--format': 'docx' is not "
                             "one of 'auto', 'text', 'markdown', 'html' (see `main clean "
                             "--help`)\n")


def test_an_option_a_command_does_not_take_exits_as_bad_options_do() -> None:
    """Status 1, as the README lists bad options: 2 would read as `check` finding a
    critical problem to a script that runs it."""
    for args in (["status", "--source", "x"], ["translate", "--lang"], ["glossary", "lookup"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert result.output.startswith("error: main") and result.output.count("\n") == 1
        assert "Usage:" not in result.output


def _every_subcommand() -> list[list[str]]:
    groups = {"glossary": ["list", "validate", "lookup", "import", "init", "export"],
              "memory": ["list", "purge"], "models": ["list", "install", "remove"]}
    return [[group, sub] for group, subs in groups.items() for sub in subs]


def test_every_command_and_subcommand_takes_config() -> None:
    names = [[name] for name in BUILTIN] + _every_subcommand()
    for words in names:
        shown = CliRunner().invoke(main, [*words, "--help"])
        assert shown.exit_code == 0 and "--config" in shown.output, words


def test_a_group_option_given_after_the_subcommand(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """``glossary init --config site/cms-i18n.yaml`` copies into the site's glossary
    folder, as ``glossary --config site/cms-i18n.yaml init`` does."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "cms-i18n.yaml").write_text("glossary_dir: terms\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["glossary", "init", "--config", "site/cms-i18n.yaml"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (site / "terms").iterdir())
    assert not (tmp_path / "glossaries").exists()
    listed = CliRunner().invoke(main, ["glossary", "list", "--config", "site/cms-i18n.yaml"])
    assert listed.exit_code == 0 and listed.output


def test_models_use_the_sites_packages_folder(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cms-i18n.yaml").write_text("argos_packages_dir: models\n")
    (tmp_path / "models").mkdir()
    monkeypatch.setenv("CMS_I18N_ARGOS_PACKAGES", str(tmp_path / "elsewhere"))
    result = CliRunner().invoke(main, ["models", "list", "--config",
                                       str(tmp_path / "cms-i18n.yaml")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"no Argos packages installed in {tmp_path / 'models'}\n")


def test_ctrl_c_is_one_line_and_its_own_exit_status(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT) while a command waits for its input: click said "Aborted!" and
    exited 1, the status of bad input; it says what was left and exits 130."""
    import shutil
    import signal
    import subprocess
    import sys
    import time

    command = shutil.which("cms-i18n") or str(Path(sys.executable).with_name("cms-i18n"))
    process = subprocess.Popen([command, "clean"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    syscall = Path(f"/proc/{process.pid}/syscall")
    waited = 0.0
    while waited < 60:          # until it blocks in read (call 0) of standard input (fd 0)
        try:
            if syscall.read_text().split()[:2] == ["0", "0x0"]:
                break
        except (OSError, IndexError):
            pass
        time.sleep(0.1)
        waited += 0.1
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    lines = err.decode().strip().splitlines()
    assert lines[-1].startswith("interrupted: stopped before the end;"), lines
    assert "Traceback" not in err.decode() and "Aborted!" not in err.decode()
