"""Start-up stays cheap: the help and the commands that do not clean never load the cleaner.

Importing :mod:`cms_i18n.clean` compiles hundreds of patterns (a second of CPU); a
command that only reads catalogues, or shows its help, must not pay it.  Each case
runs in a fresh interpreter, so what an earlier test imported does not hide it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

_RUN = """
import json, sys
from cms_i18n.cli import main
outcome = []
for args in json.loads(sys.argv[1]):
    try:
        main(args, prog_name="cms-i18n", standalone_mode=False)
        outcome.append(0)
    except SystemExit as exc:
        outcome.append(exc.code)
print(json.dumps({"exits": outcome,
                  "cleaner": sorted(m for m in sys.modules if m.startswith("cms_i18n.clean")),
                  "pipeline": "cms_i18n.pipeline" in sys.modules}))
"""

_CATALOG = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: es\\n"

#: content/forum.md:1
msgctxt "forum:title"
msgid "Forum in Moscow"
msgstr "Foro en Moscú"

#: content/forum.md:3
#, fuzzy
msgctxt "forum"
msgid "The delegates met on Friday."
msgstr "Los delegados se reunieron el viernes."
"""


def _loaded(runs: list[list[str]], cwd: Path) -> dict[str, Any]:
    """Run these command lines one after another in a fresh interpreter: their exit
    statuses, the cleaner's modules loaded, and whether the pipeline was."""
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(runs)], cwd=cwd,
                          capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_help_of_every_command_loads_neither_cleaner_nor_pipeline() -> None:
    from tests.cli.test_commands import BUILTIN

    runs = [["--help"], ["--version"], *([name, "--help"] for name in BUILTIN),
            ["glossary", "lookup", "--help"]]
    found = _loaded(runs, REPO)
    assert found == {"exits": [0] * len(runs), "cleaner": [], "pipeline": False}


def test_reading_po_files_does_not_load_the_cleaner(tmp_path: Path) -> None:
    """status, check, compile and a glossary lookup read catalogues and glossaries:
    none of them cleans, so none loads the cleaner."""
    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "content.po").write_text(_CATALOG, encoding="utf-8")
    runs = [["status", "--locale-dir", "locale"],
            ["check", "--locale-dir", "locale", "--no-msgfmt"],
            ["compile", "--locale-dir", "locale"],
            ["glossary", "lookup", "Security Council"]]
    found = _loaded(runs, tmp_path)
    assert found["exits"] == [0, 0, 0, 0]
    assert found["cleaner"] == [] and found["pipeline"] is False
    assert (folder / "content.mo").exists()


def test_cleaning_loads_the_cleaner(tmp_path: Path) -> None:
    """The other side: the check above would pass on a cleaner that never loads."""
    (tmp_path / "page.txt").write_text("The delegates met on Friday in Moscow.\n")
    found = _loaded([["clean", "page.txt"]], tmp_path)
    assert found["exits"] == [0] and "cms_i18n.clean" in found["cleaner"]


def test_python_dash_m_runs_the_command() -> None:
    # An environment whose scripts folder is not on the PATH runs it so.
    done = subprocess.run([sys.executable, "-m", "cms_i18n", "--help"], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("Usage: cms-i18n "), done.stderr
