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


def test_a_fresh_setup_prints_its_own_lines_and_no_warning_block(tmp_path: Path) -> None:
    """A newcomer's first command: setup on a fresh copy says what it does, in its own
    lines, and leaves a working command; no build tool's warning block alarms them."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "dpkg-query").write_text("#!/bin/sh\nprintf 'install ok installed'\n")
    (fake_bin / "dpkg-query").chmod(0o755)
    repo = SETUP.parent.parent
    copy = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(repo), str(copy)], check=True,
                   timeout=120)
    (copy / "scripts" / "setup").write_text(SETUP.read_text(encoding="utf-8"), encoding="utf-8")
    environment = {"PATH": f"{fake_bin}:/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    done = subprocess.run(["bash", "scripts/setup"], cwd=copy, capture_output=True, text=True,
                          timeout=600, env=environment)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("setup: ") for line in lines), done.stderr
    # A site is another folder, where .venv/bin is not on PATH: the last line says how
    # to reach the command from there.
    venv = copy.resolve() / ".venv"
    assert lines[-1] == (f"setup: from your site's folder, run {venv}/bin/cms-i18n, or first "
                         f"`source {venv}/bin/activate` to have cms-i18n on PATH in this shell")
    helped = subprocess.run([str(copy / ".venv" / "bin" / "cms-i18n"), "--help"],
                            capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "translate" in helped.stdout
