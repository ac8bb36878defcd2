"""Celery workers on a real Redis broker filling a real PostgreSQL memory: a run whose
worker is killed with SIGKILL writes the catalogues a single process writes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cms_i18n.memory import Memory
from tests.helpers import make_site, run
from tests.support.corpus import write_corpus

pytestmark = [pytest.mark.engine, pytest.mark.service, pytest.mark.slow]

CLI = str(Path(sys.executable).parent / "cms-i18n")
DOCUMENTS = 24
CHUNKS = 9                  # 3 sections of 8 documents, 3 documents a chunk
QUEUE = "cms-i18n.en-es"


def catalogs(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*.po*"))}


@pytest.fixture
def visibility() -> int:
    """Seconds before a task of a vanished worker is handed to another: short, since the
    test kills one."""
    return 3


@pytest.fixture
def sites(tmp_path: Path, redis_url: str, postgres_url: str, visibility: int,
          monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The same content twice: one site run alone, one run through the workers."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    alone = make_site(tmp_path / "alone", content=None)
    write_corpus(alone / "content", DOCUMENTS, sections=3, paragraphs=4)
    shared = tmp_path / "shared"
    shutil.copytree(alone, shared)
    common = "content_dir: content\ncatalogue_layout: section\nchunk_documents: 3\n"
    (alone / "cms-i18n.yaml").write_text(common)
    (shared / "cms-i18n.yaml").write_text(
        f"{common}memory: {postgres_url}\nbroker_url: {redis_url}\n"
        f"celery:\n  visibility_timeout: {visibility}\n  poll_seconds: 0.2\n")
    return alone, shared


@pytest.fixture
def workers(sites: tuple[Path, Path]) -> Iterator[list[subprocess.Popen[bytes]]]:
    _, shared = sites
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str) -> subprocess.Popen[bytes]:
        log = (shared.parent / f"{name}.log").open("wb")
        worker = subprocess.Popen(
            [CLI, "worker", "--config", str(shared / "cms-i18n.yaml"), "--lang", "es",
             "--engine", "apertium", "--loglevel", "INFO"],
            cwd=shared, stdout=log, stderr=subprocess.STDOUT)
        started.append(worker)
        return worker

    start("worker-1")
    start("worker-2")
    try:
        yield started
    finally:
        for worker in started:
            if worker.poll() is None:
                worker.terminate()
        for worker in started:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()


def done_chunks(url: str) -> int:
    with Memory(url) as memory:
        return int(memory._rows("SELECT count(*) FROM chunks WHERE state = 'done'")[0][0])


def test_a_worker_killed_mid_run_changes_nothing(
        sites: tuple[Path, Path], workers: list[subprocess.Popen[bytes]],
        postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    alone, shared = sites
    monkeypatch.chdir(alone)
    reference = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert reference.exit_code == 0, reference.output

    coordinator = subprocess.Popen(
        [CLI, "translate", "--lang", "es", "--engine", "apertium", "--executor", "celery"],
        cwd=shared, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    deadline = time.monotonic() + 300
    while done_chunks(postgres_url) < 1 and time.monotonic() < deadline \
            and coordinator.poll() is None:
        for number, worker in enumerate(workers, 1):
            if worker.poll() is not None:        # a worker that cannot start fails the test
                coordinator.kill()
                log = (shared.parent / f"worker-{number}.log").read_text(errors="replace")
                pytest.fail(f"worker {number} exited with {worker.returncode}:\n{log[-3000:]}")
        time.sleep(0.05)
    workers[0].send_signal(signal.SIGKILL)           # whatever it held goes back to the queue
    try:
        out, err = coordinator.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        coordinator.kill()
        pytest.fail("the coordinator did not finish: " + coordinator.communicate()[1].decode())
    assert coordinator.returncode == 0, err.decode()
    assert f"es: {DOCUMENTS} documents" in out.decode()
    # What the workers translated is this run's work; every unit is counted once.
    summary = re.search(r"(\d+) units, (\d+) translated, (\d+) reused, (\d+) repeated, "
                        r"(\d+) reviewed", out.decode())
    assert summary is not None, out.decode()
    units, translated, *others = (int(n) for n in summary.groups())
    assert units == DOCUMENTS * 5 and translated + sum(others) == units
    # (as many as alone, but for a chunk stored by the killed worker just before it died)
    assert 0 < translated <= int(re.search(r"(\d+) translated", reference.output).group(1))
    assert workers[0].wait() == -signal.SIGKILL and workers[1].poll() is None

    assert catalogs(shared) == catalogs(alone)
    assert len(catalogs(shared)) == 6            # 3 sections: catalogue and template
    with Memory(postgres_url) as memory:
        stored = memory.stats()["machine"]
    with Memory(alone / ".cms-i18n" / "memory.sqlite") as memory:
        assert stored == memory.stats()["machine"]  # nothing translated twice over

    # A coordinator started again finds every chunk done: nothing is sent, nothing changes.
    again = subprocess.run(
        [CLI, "translate", "--lang", "es", "--engine", "apertium", "--executor", "celery",
         "-q"], cwd=shared, capture_output=True, text=True, timeout=300,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    assert again.returncode == 0, again.stderr
    assert catalogs(shared) == catalogs(alone)


def coordinator(site: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [CLI, "translate", "--lang", "es", "--engine", "apertium", "--executor", "celery",
         "-q", *args], cwd=site, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})


def engine_work(site: Path) -> list[tuple[int, int]]:
    """(units, translated by the engine) of every task the workers ran, from their logs."""
    logs = "".join(p.read_text(errors="replace") for p in site.parent.glob("worker-*.log"))
    return [(int(units), int(fresh)) for units, fresh in re.findall(
        r"succeeded in [\d.]+s: \{'units': (\d+), 'translated': (\d+)\}", logs)]


# No worker dies here: the workers' tasks must not be handed on while they stand still.
@pytest.mark.parametrize("visibility", [300])
def test_a_coordinator_killed_and_started_again_finishes_the_run(
        sites: tuple[Path, Path], workers: list[subprocess.Popen[bytes]],
        postgres_url: str, redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import redis

    alone, shared = sites
    monkeypatch.chdir(alone)
    reference = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert reference.exit_code == 0, reference.output
    translated = int(re.search(r"(\d+) translated", reference.output).group(1))
    broker = redis.Redis.from_url(redis_url)

    first = coordinator(shared)
    deadline = time.monotonic() + 300
    while done_chunks(postgres_url) < 2 and time.monotonic() < deadline:
        assert first.poll() is None, first.communicate()[1]
        assert all(w.poll() is None for w in workers), "a worker exited"
        time.sleep(0.05)
    for worker in workers:         # hold the workers still, mid-run, while it restarts
        worker.send_signal(signal.SIGSTOP)
    first.send_signal(signal.SIGKILL)
    first.communicate()
    waiting, done = broker.llen(QUEUE), done_chunks(postgres_url)
    assert done < CHUNKS, "the run ended before the coordinator was killed"
    again = coordinator(shared)
    # It sends again every chunk not done yet, beside the first one's copies (unless a
    # stopped worker holds the memory's lock on one: then it sends the rest later).
    resend = time.monotonic() + 60
    while broker.llen(QUEUE) < waiting + CHUNKS - done and again.poll() is None \
            and time.monotonic() < resend:
        time.sleep(0.05)
    for worker in workers:
        worker.send_signal(signal.SIGCONT)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"es: {DOCUMENTS} documents" in out
    assert catalogs(shared) == catalogs(alone)

    # Every chunk was translated once and every unit reached the engine once; the copies
    # were dropped.
    while (broker.llen(QUEUE) or broker.hlen("unacked")) and time.monotonic() < deadline:
        time.sleep(0.1)
    work = engine_work(shared)
    copies = [w for w in work if w == (0, 0)]
    assert len(work) - len(copies) == CHUNKS and copies
    assert sum(units for units, _ in work) == DOCUMENTS * 5      # a title, 4 paragraphs
    assert sum(fresh for _, fresh in work) == translated


def test_without_a_broker_url_the_celery_executor_says_so(
        sites: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    alone, _ = sites
    monkeypatch.chdir(alone)
    result = run("translate", "--lang", "es", "--engine", "apertium", "--executor", "celery")
    assert result.exit_code == 1
    assert result.output.strip().endswith("need broker_url (a redis:// URL) in the settings")
