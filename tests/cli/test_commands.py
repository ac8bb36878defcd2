"""The built-in commands reach ``cms-i18n`` through the plugin hook, each with its help."""

from __future__ import annotations

from click.testing import CliRunner

from cms_i18n.cli import main

BUILTIN = ["apply", "check", "clean", "compile", "engines", "glossary", "memory", "models",
           "status", "translate", "worker"]


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
    assert result.exit_code == 2 and "No such command 'translat'" in result.output
