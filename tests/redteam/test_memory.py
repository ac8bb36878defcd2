"""A translation memory that is corrupt, foreign, locked, read-only; purging a bad build."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cms_i18n import memory as memory_module
from cms_i18n.catalog.po import read_po
from tests.helpers import run
from tests.redteam.helpers import refused, translate

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")
UNITS = {"Heads of delegations will meet in Moscow this week.",
         "The meeting is set for May."}


def rows(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM machine").fetchone()[0])


def test_a_file_that_is_not_a_database_is_one_line(site: Path) -> None:
    (site / "memory.sqlite").write_bytes(b"not a database at all" * 100)
    refused(translate(), "memory.sqlite", "not a usable translation memory")
    assert not PO.exists()


def test_a_truncated_database_is_one_line(site: Path) -> None:
    assert translate().exit_code == 0
    data = (site / "memory.sqlite").read_bytes()
    for name in ("memory.sqlite-wal", "memory.sqlite-shm"):
        (site / name).unlink(missing_ok=True)
    (site / "memory.sqlite").write_bytes(data[:len(data) // 3])
    (site / "content" / "news" / "moscow.txt").write_text("A changed paragraph.\n",
                                                          encoding="utf-8")
    refused(translate(), "memory.sqlite")


def test_a_database_of_another_layout_is_one_line(site: Path) -> None:
    with sqlite3.connect(site / "memory.sqlite") as db:
        db.execute("CREATE TABLE machine (id INTEGER, text TEXT)")
    line = refused(translate(), "memory.sqlite", "translation memory")
    assert "column" in line or "table machine" in line


def test_a_memory_locked_during_the_run_keeps_the_fresh_translations(
        site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert translate().exit_code == 0          # creates the memory
    (site / "content" / "news" / "moscow.txt").write_text(
        "Observers from Kabul arrived on Tuesday.\n\nThe talks will be closed.\n",
        encoding="utf-8")
    before = rows(site / "memory.sqlite")
    monkeypatch.setattr(memory_module, "SQLITE_WAIT", 0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "db.execute('BEGIN EXCLUSIVE')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.readline()\n", str(site / "memory.sqlite")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = translate()
    finally:
        holder.communicate("done\n")
    assert result.exit_code == 0, result.output
    assert "translation memory could not be written" in result.stderr
    assert "database is locked" in result.stderr
    got = {e.msgid: e.msgstr for e in read_po(PO).entries if not e.obsolete}
    assert set(got) == {"Observers from Kabul arrived on Tuesday.", "The talks will be closed."}
    assert all(got.values())                   # every fresh translation reached the catalogue
    assert rows(site / "memory.sqlite") == before


def _restricted(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the command line without root's power to write what is read-only."""
    command = [str(Path(sys.executable).parent / "cms-i18n"), *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,"
                   "-linux_immutable", "--", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def test_a_read_only_memory_keeps_the_fresh_translations(site: Path) -> None:
    assert translate().exit_code == 0
    (site / "content" / "news" / "moscow.txt").write_text("The talks will be closed.\n",
                                                          encoding="utf-8")
    before = rows(site / "memory.sqlite")
    (site / "memory.sqlite").chmod(0o444)
    done = _restricted("translate", "--lang", "es", "--engine", "apertium", cwd=site)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert "could not be written" in done.stderr
        assert {e.msgid: bool(e.msgstr) for e in read_po(PO).entries if not e.obsolete} == {
            "The talks will be closed.": True}
    else:
        assert len(errors) == 1 and "memory.sqlite" in errors[0], done.stderr
    (site / "memory.sqlite").chmod(0o644)
    assert rows(site / "memory.sqlite") == before


def test_a_read_only_packages_folder_is_one_line(site: Path, tmp_path: Path,
                                                 argos_model_file: Path) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    packages.chmod(0o555)
    done = _restricted("models", "install", "--from", str(argos_model_file),
                       "--packages-dir", str(packages), cwd=site)
    packages.chmod(0o755)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Permission denied" in errors[0], done.stderr
    assert list(packages.iterdir()) == []


def test_purging_a_broken_build_makes_the_next_run_translate_again(site: Path) -> None:
    assert translate().exit_code == 0
    listing = run("memory", "list")
    assert listing.exit_code == 0
    build = next(line.split()[-1] for line in listing.stdout.splitlines()
                 if "apertium/eng-spa" in line)
    assert listing.stdout.splitlines()[0].split()[0] == "2"
    dry = run("memory", "purge", "--engine", "apertium", "--dry-run")
    assert dry.exit_code == 0 and "would purge 2" in dry.stdout
    assert rows(site / "memory.sqlite") == 2
    assert run("memory", "purge", "--engine", "argos").stdout.strip() == \
        "purged 0 machine translations"
    purged = run("memory", "purge", "--build", build.split(":")[0])
    assert purged.exit_code == 0 and "purged 2" in purged.stdout
    assert rows(site / "memory.sqlite") == 0
    again = translate()
    assert again.exit_code == 0 and "2 translated, 0 reused" in again.stdout, again.stdout


def test_purging_by_date(site: Path) -> None:
    assert translate().exit_code == 0
    assert "purged 0" in run("memory", "purge", "--before", "2000-01-01").stdout
    assert "purged 2" in run("memory", "purge", "--before", "2999-01-01T00:00").stdout


@pytest.mark.parametrize(("args", "message"), [
    ((), "say what to purge"),
    (("--before", "yesterday"), "not a date"),
])
def test_purge_needs_a_clear_condition(site: Path, args: tuple[str, ...], message: str) -> None:
    assert translate().exit_code == 0
    result = run("memory", "purge", *args)
    assert result.exit_code != 0 and message in result.output
    assert rows(site / "memory.sqlite") == 2
