"""The built-in clean steps and checks come through the plugin hooks, loaded when asked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cms_i18n import plugins

REPO = Path(__file__).resolve().parent.parent


def test_the_builtin_steps_and_checks_come_first() -> None:
    plugins.reset()
    steps = [step.name for step in plugins.clean_steps()]
    assert steps[:4] == ["homoglyph", "space", "whitespace", "quote"]
    names = [check.name for check in plugins.checks()]
    assert {"markup", "placeholders", "urls"} <= set(names)


def test_the_registry_is_made_without_loading_the_cleaner_or_the_checks() -> None:
    """Making the registry (every command's first step) costs no pattern compiling;
    asking for the steps or the checks loads them."""
    code = (
        "import sys\n"
        "from cms_i18n import plugins\n"
        "plugins.manager()\n"
        "early = sorted(m for m in sys.modules\n"
        "               if m.startswith(('cms_i18n.clean', 'cms_i18n.catalog.checks')))\n"
        "plugins.clean_steps(); plugins.checks()\n"
        "print(early, 'cms_i18n.clean' in sys.modules, 'cms_i18n.catalog.checks' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO).stdout
    assert out.split() == ["[]", "True", "True"]
