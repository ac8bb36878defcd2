"""scripts/setup: the Debian pairs each language needs, and options it refuses."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from cms_i18n.engines.apertium_routes import DEBIAN_PACKAGES, install_hint

SETUP = Path(__file__).resolve().parent.parent / "scripts" / "setup"


def test_an_unknown_option_is_refused_before_anything_is_installed() -> None:
    done = subprocess.run(["bash", str(SETUP), "--langs-typo", "fr"], capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 2
    assert "unknown option --langs-typo" in done.stderr
    assert "apt-get" not in done.stderr


def test_the_packages_setup_installs_per_language_are_the_routes_packages() -> None:
    """The table in the script names what the route search would ask for."""
    script = SETUP.read_text(encoding="utf-8")
    table = dict(re.findall(r"^\s+(\w\w)\) echo ([\w -]+) ;;$", script, re.MULTILINE))
    assert set(table) == {"fr", "pt", "it", "ca", "gl"}
    for lang, packages in table.items():
        for package in packages.split():
            assert package in DEBIAN_PACKAGES, package
        hint = install_hint("en", lang, installed=["eng-spa", "spa-eng"])
        assert hint is not None and set(hint.split()[2:]) <= set(packages.split()), lang


def test_apt_is_not_asked_when_every_package_is_installed(tmp_path: Path) -> None:
    """With every package installed, setup neither updates the package lists nor
    installs: a held apt lock cannot fail it."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    calls = tmp_path / "apt-calls"
    for tool in ("apt-get", "sudo"):
        (fake_bin / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> {calls}\nexit 100\n')
        (fake_bin / tool).chmod(0o755)
    # dpkg-query answers "installed" for every package; pip is stopped right after apt.
    (fake_bin / "dpkg-query").write_text("#!/bin/sh\nprintf 'install ok installed'\n")
    (fake_bin / "dpkg-query").chmod(0o755)
    (fake_bin / "python3").write_text("#!/bin/sh\nexit 7\n")
    (fake_bin / "python3").chmod(0o755)
    copy = tmp_path / "repo" / "scripts"
    copy.mkdir(parents=True)
    (copy / "setup").write_text(SETUP.read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run(["bash", str(copy / "setup"), "--dev"], capture_output=True,
                          text=True, timeout=30,
                          env={"PATH": f"{fake_bin}:/usr/bin:/bin", "PYTHON": "python3"})
    assert "already installed" in done.stderr
    assert not calls.exists(), calls.read_text()
    assert "creating .venv" in done.stderr       # setup went on to the Python part
