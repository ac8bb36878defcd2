"""``plugin.yaml`` is written from the code: current, valid, and its hooks real commands."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from cms_i18n import manifest
from cms_i18n.config import defaults

REPO = Path(__file__).resolve().parent.parent


def test_the_manifest_is_current() -> None:
    """Fails after a setting is declared until `python -m cms_i18n.manifest --write` runs."""
    assert (REPO / "plugin.yaml").read_text("utf-8") == manifest.render(), (
        "plugin.yaml is out of date: run `python -m cms_i18n.manifest --write`")


def test_the_manifest_settings_are_the_declared_defaults() -> None:
    data = yaml.safe_load(manifest.render())
    assert data["settings"] == defaults()
    assert data["name"] == "cms-i18n" and data["command"] == "cms-i18n"


def test_manifest_hooks_are_valid_commands() -> None:
    import click

    from cms_i18n.cli import main

    data = yaml.safe_load(manifest.render())
    commands = [hook["command"] for hook in data["hooks"].values() if hook["command"]]
    assert commands
    for line in commands:
        program, name, *args = shlex.split(line)
        command = main.get_command(click.Context(main), name)
        assert program == "cms-i18n" and command is not None, line
        command.make_context(name, args)    # raises on an unknown option


def test_write_and_print(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plugin.yaml"
    monkeypatch.setattr(manifest, "PATH", target)
    assert manifest.main(["manifest", "--write"]) == 0
    assert target.read_text("utf-8") == manifest.render()
    assert manifest.main(["manifest"]) == 0
    assert capsys.readouterr().out == manifest.render()
    assert manifest.main(["manifest", "--bogus"]) == 2
