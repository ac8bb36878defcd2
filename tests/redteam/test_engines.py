"""A broken engine stage: it fails the batch, stops cleanly, and poisons nothing.

The engine is real Apertium, run from a mode file of our own whose pipeline is the
English→Spanish pipeline with one more stage (:mod:`tests.support.faulty_modes`):
one that misbehaves on the second record it sees (duplicates it, drops it, hangs,
goes mute, exits 1, or floods its output), and one that crashes or hangs on one
text, which costs the run that text alone.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cms_i18n.catalog.po import read_po
from cms_i18n.errors import UNTRANSLATED_EXIT
from tests.redteam.helpers import refused, translate, write_site
from tests.support.faulty_modes import POISON, broken_modes, cure, poisoned_modes

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")


def configure(site: Path, modes: Path | None, timeout: int = 120,
              retries: int | None = None) -> None:
    config = site / "cms-i18n.yaml"
    text = config.read_text(encoding="utf-8") + f"engine_timeout: {timeout}\n"
    if retries is not None:
        text += f"engine_retries: {retries}\n"
    if modes is not None:
        text += f"apertium_modes_dir: {modes}\n"
    config.write_text(text, encoding="utf-8")


def machine_rows(site: Path) -> list[tuple[str, str, str]]:
    memory = site / "memory.sqlite"
    if not memory.exists():
        return []
    with sqlite3.connect(memory) as db:
        return db.execute("SELECT engine, source, target FROM machine").fetchall()


def processes_with(text: str) -> dict[int, int]:
    """pid → process group of every live process whose command line holds ``text``."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if text in cmdline and fields[0] != "Z":
            found[int(entry.name)] = int(fields[2])
    return found


def group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize(("behaviour", "message"), [
    ("duplicate", "out of step"),
    ("split", "out of step"),
    ("drop", "out of step"),
    ("exit1", "faulty-stage exited with status 1"),
    ("hang", "gave no answer for 3 s"),
    ("mute", "gave no answer for 3 s"),
    ("flood", "far longer"),
])
def test_a_misbehaving_stage_fails_the_run_and_poisons_nothing(site: Path, tmp_path: Path,
                                                               behaviour: str,
                                                               message: str) -> None:
    """With no retries, the first failed batch stops the run (see
    tests/engines/test_apertium_retry.py for a failed batch taken apart)."""
    modes = broken_modes(tmp_path, behaviour)
    # Only a silent stage should meet the deadline; the others fail on their own.
    configure(site, modes, timeout=3 if behaviour in ("hang", "mute") else 120, retries=0)
    result = translate()
    line = refused(result, "Apertium pipeline eng-spa", message, "this batch was not used")
    assert result.exit_code == 3
    if behaviour == "exit1":
        assert "faulty stage: cannot go on" in line
    assert machine_rows(site) == []
    assert not PO.exists()
    assert processes_with(str(modes / "faulty-stage")) == {}

    # A healthy engine afterwards translates every unit right: nothing was remembered.
    (site / "cms-i18n.yaml").write_text(
        (site / "cms-i18n.yaml").read_text(encoding="utf-8").replace(
            f"apertium_modes_dir: {modes}\n", ""), encoding="utf-8")
    assert translate().exit_code == 0
    got = {e.msgid: e.msgstr for e in read_po(PO).entries}
    assert got == {"Heads of delegations will meet in Moscow this week.":
                   "Los jefes de delegaciones se reunirán en Moscú esta semana.",
                   "The meeting is set for May.": "La reunión está puesta para mayo."}


def test_a_well_behaved_extra_stage_changes_nothing(site: Path, tmp_path: Path) -> None:
    configure(site, broken_modes(tmp_path, "passthrough"))
    assert translate().exit_code == 0
    assert {e.msgstr for e in read_po(PO).entries} == {
        "Los jefes de delegaciones se reunirán en Moscú esta semana.",
        "La reunión está puesta para mayo."}
    assert len(machine_rows(site)) == 2


def test_kill_9_of_the_run_leaves_no_orphaned_stage(site: Path, tmp_path: Path) -> None:
    modes = broken_modes(tmp_path, "hang")
    configure(site, modes, timeout=600)
    stage = str(modes / "faulty-stage")
    command = [str(Path(sys.executable).parent / "cms-i18n"), "translate", "--lang", "es",
               "--engine", "apertium"]
    run = subprocess.Popen(command, cwd=site, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for _ in range(600):
            found = processes_with(stage)
            if found:
                break
            assert run.poll() is None, "the run ended before its pipeline started"
            time.sleep(0.1)
        assert found, "the faulty stage never started"
        group = next(iter(found.values()))
        assert group != os.getpgrp() and group != run.pid
        time.sleep(0.5)          # let the pipeline take the records in
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        for _ in range(100):
            if not group_alive(group) and not processes_with(stage):
                break
            time.sleep(0.1)
        assert not processes_with(stage)
        assert not group_alive(group), "stages of the killed run are still running"
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert machine_rows(site) == []


def test_a_stage_that_fails_on_everything_stops_the_run_after_its_retries(
        site: Path, tmp_path: Path) -> None:
    """A stage that fails on every batch (here, on the second record each process sees:
    a text or the end mark) is a broken engine, not a bad text: once the run has
    retried ``engine_retries`` failed batches, the next failure stops it, nothing
    written, nothing remembered."""
    modes = broken_modes(tmp_path, "exit1")
    configure(site, modes, retries=2)
    result = translate()
    refused(result, "Apertium pipeline eng-spa", "faulty-stage exited with status 1",
            "this batch was not used", "2 failed batches retried in this run already: "
            "engine_retries")
    assert result.exit_code == 3
    assert machine_rows(site) == []
    assert not PO.exists()
    assert processes_with(str(modes / "faulty-stage")) == {}


# -- one text that crashes the engine -------------------------------------------------

PARAGRAPHS = [
    "Heads of delegations will meet in Moscow this week.",
    "The meeting is set for May.",
    "Ministers discussed trade, energy and transport.",
    "The talks ended without a joint statement.",
    "Officials said the next round would take place in the autumn.",
    "Several countries sent observers to the summit.",
    "The agenda included border security and water.",
    "A spokesman declined to comment on the draft.",
    "Journalists waited outside the building for hours.",
    "The president thanked the hosts for their hospitality.",
]
POISONED = f"The {POISON} delegation arrived late on Tuesday."


def articles() -> dict[str, str]:
    """Three articles of ten paragraphs; the second one's fourth is poisoned."""
    texts = {}
    for n in range(3):
        paragraphs = [f"{p[:-1]} in city {n}." for p in PARAGRAPHS]
        if n == 1:
            paragraphs[3] = POISONED
        texts[f"news/article-{n}.txt"] = "\n\n".join(paragraphs) + "\n"
    return texts


def healthy_translations(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """msgid → msgstr of the same articles translated by the system's own pair."""
    root.mkdir()
    write_site(root, articles())
    monkeypatch.chdir(root)
    assert translate().exit_code == 0
    return {e.msgid: e.msgstr for e in read_po(root / PO).entries}


@pytest.mark.parametrize(("behaviour", "reason"), [
    ("crash", 'faulty-stage of eng-spa crashed (SIGSEGV); last message: "poisoned stage: '
              'giving up"'),
    ("hang", "the pipeline eng-spa gave no answer for 3 s (0 of 1 records back)"),
])
def test_one_text_that_crashes_the_engine_is_flagged_and_every_other_is_translated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, behaviour: str, reason: str) -> None:
    expected = healthy_translations(tmp_path / "reference", monkeypatch)
    site = tmp_path / "site"
    site.mkdir()
    write_site(site, articles())
    monkeypatch.chdir(site)
    modes = poisoned_modes(tmp_path, behaviour)
    configure(site, modes, timeout=3 if behaviour == "hang" else 60)

    result = translate()
    assert result.exit_code == UNTRANSLATED_EXIT, result.output
    assert "Traceback" not in result.stderr and "error:" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [f"warning: es: content/news/article-1.txt:7: left untranslated, "
                        f"apertium failed on this unit alone: {reason}"]
    assert "30 units, 29 translated, 1 left untranslated (engine failure), 0 reused" \
        in result.stdout

    entries = {e.msgid: e for e in read_po(PO).entries}
    assert set(entries) == set(expected)
    poisoned = entries.pop(POISONED)
    assert poisoned.msgstr == ""
    assert poisoned.references == ["content/news/article-1.txt:7"]
    assert f"machine translation failed: apertium eng-spa, on this text alone: {reason} " \
        "(nothing remembered: the next run tries again)" in poisoned.extracted_comments
    # Every other unit has its own translation, none shifted onto a neighbour.
    assert {msgid: e.msgstr for msgid, e in entries.items()} == \
        {msgid: text for msgid, text in expected.items() if msgid != POISONED}
    assert sorted(source for _, source, _ in machine_rows(site)) == sorted(entries)
    assert processes_with(str(modes / "faulty-stage")) == {}

    # Run again with the engine as it was: the catalogue is not taken as up to date,
    # the unit is tried again, and fails again; nothing else is translated twice.
    again = translate()
    assert again.exit_code == UNTRANSLATED_EXIT
    assert "29 reused" in again.stdout and "1 left untranslated" in again.stdout

    # The engine fixed, the next run translates it, and only it.
    cure(modes)
    fixed = translate()
    assert fixed.exit_code == 0, fixed.output
    assert "warning:" not in fixed.stderr
    assert "30 units, 1 translated, 29 reused" in fixed.stdout
    assert {e.msgid: e.msgstr for e in read_po(PO).entries}[POISONED] == expected[POISONED]
    assert len(machine_rows(site)) == 30
