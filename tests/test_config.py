"""Settings: manifest defaults < site config < command-line flags."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cms_i18n.config import defaults, load_settings
from cms_i18n.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_defaults_come_from_the_manifest() -> None:
    manifest = yaml.safe_load((REPO / "plugin.yaml").read_text("utf-8"))
    assert defaults() == manifest["settings"]
    assert manifest["entry_points"]["cms_i18n.engines"]["apertium"].endswith(":ApertiumEngine")


def test_site_config_then_flags(tmp_path: Path) -> None:
    (tmp_path / "cms-i18n.yaml").write_text("domain: news\nlocale_dir: out/locale\n"
                                            "clean:\n  chrome_patterns: ['^Share$']\n")
    settings = load_settings(root=tmp_path, domain="site")
    assert settings["domain"] == "site"
    assert settings["locale_dir"] == str((tmp_path / "out" / "locale").resolve())
    assert settings["clean"]["chrome_patterns"] == ["^Share$"]
    assert settings["engine"] == "auto"


@pytest.mark.parametrize(("text", "message", "line"), [
    ("domain: x\nlocal_dir: y\n", "unknown setting 'local_dir'", 2),
    ("domain: [unclosed\n", "malformed YAML", 2),
    ("- a list\n", "must be a mapping", 1),
    ("clean: yes\n", "setting 'clean' must be a mapping", 1),
])
def test_bad_config_names_file_and_line(tmp_path: Path, text: str, message: str,
                                        line: int) -> None:
    path = tmp_path / "site.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert message in caught.value.message
    assert caught.value.path == str(path) and caught.value.line == line


def test_config_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "site.yaml"
    path.write_bytes(b"domain: caf\xe9\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_settings(path)


def test_manifest_hooks_are_valid_commands() -> None:
    import shlex

    from cms_i18n.cli import main

    manifest = yaml.safe_load((REPO / "plugin.yaml").read_text("utf-8"))
    commands = [hook["command"] for hook in manifest["hooks"].values() if hook["command"]]
    assert commands
    for line in commands:
        program, name, *args = shlex.split(line)
        assert program == "cms-i18n" and name in main.commands, line
        main.commands[name].make_context(name, args)    # raises on an unknown option
