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
