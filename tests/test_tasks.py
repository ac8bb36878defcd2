"""Celery workers on a real Redis broker filling a real PostgreSQL memory: a run whose
worker is killed with SIGKILL writes the catalogues a single process writes."""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cms_i18n.memory import Memory
from tests.helpers import make_site, run
from tests.support.corpus import write_corpus

pytestmark = [pytest.mark.engine, pytest.mark.service, pytest.mark.slow]

CLI = str(Path(sys.executable).parent / "cms-i18n")
DOCUMENTS = 24
CHUNKS = 8                  # 24 documents, 3 a chunk (a chunk may span sections)
QUEUE = "cms-i18n.en-es"


def catalogs(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*.po*"))
            if ".cms-i18n" not in p.parts}


def assert_same_catalogs(shared: Path, alone: Path) -> None:
    """The workers' catalogues are the single process's, byte for byte; when they are
    not, the failure shows the lines that differ, file by file, not two long reprs."""
    theirs, ours = catalogs(shared), catalogs(alone)
    assert sorted(theirs) == sorted(ours)
    differences = []
    for name in sorted(ours):
        if theirs[name] != ours[name]:
            differences += [f"{name}: - alone, + through the workers", *difflib.unified_diff(
                ours[name].decode("utf-8", "replace").splitlines(),
                theirs[name].decode("utf-8", "replace").splitlines(), lineterm="", n=3)]
    assert not differences, "\n".join(differences[:400])


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


def start_worker(site: Path, name: str, started: list[subprocess.Popen[bytes]],
                 *options: str) -> subprocess.Popen[bytes]:
    """A worker for ``site``'s settings, logging to ``<name>.log`` beside the site."""
    log = (site.parent / f"{name}.log").open("wb")
    worker = subprocess.Popen(
        [CLI, "worker", "--config", str(site / "cms-i18n.yaml"), "--lang", "es",
         "--engine", "apertium", "--loglevel", "INFO", *options],
        cwd=site, stdout=log, stderr=subprocess.STDOUT)
    started.append(worker)
    return worker


def wait_until_ready(worker: subprocess.Popen[bytes], log: Path) -> None:
    """Wait until the worker logging to ``log`` consumes its queue."""
    deadline = time.monotonic() + 120
    while " ready." not in log.read_text(errors="replace"):
        assert worker.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)


def stop_workers(started: list[subprocess.Popen[bytes]]) -> None:
    for worker in started:
        if worker.poll() is None:
            worker.terminate()
    for worker in started:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


@pytest.fixture
def workers(sites: tuple[Path, Path]) -> Iterator[list[subprocess.Popen[bytes]]]:
    _, shared = sites
    started: list[subprocess.Popen[bytes]] = []
    start_worker(shared, "worker-1", started)
    start_worker(shared, "worker-2", started)
    try:
        yield started
    finally:
        stop_workers(started)


def chunks_in(url: str, state: str) -> int:
    """How many chunks the memory at ``url`` records in ``state``."""
    with Memory(url) as memory:
        return int(memory._rows("SELECT count(*) FROM chunks WHERE state = ?", [state])[0][0])


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
    while chunks_in(postgres_url, "done") < 1 and time.monotonic() < deadline \
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

    assert_same_catalogs(shared, alone)
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
    assert_same_catalogs(shared, alone)


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
    while chunks_in(postgres_url, "done") < 2 and time.monotonic() < deadline:
        assert first.poll() is None, first.communicate()[1]
        assert all(w.poll() is None for w in workers), "a worker exited"
        time.sleep(0.05)
    for worker in workers:         # hold the workers still, mid-run, while it restarts
        worker.send_signal(signal.SIGSTOP)
    first.send_signal(signal.SIGKILL)
    first.communicate()
    waiting, done = broker.llen(QUEUE), chunks_in(postgres_url, "done")
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
    assert_same_catalogs(shared, alone)

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


def watch(process: subprocess.Popen[str]) -> list[str]:
    """The lines ``process`` writes on its error output, gathered as they come."""
    lines: list[str] = []

    def gather() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)

    threading.Thread(target=gather, daemon=True).start()
    return lines


def wait_for_line(lines: list[str], text: str, process: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = [line for line in lines if text in line]
        if found:
            return found[0]
        assert process.poll() is None, "".join(lines)
        time.sleep(0.1)
    pytest.fail(f"no line with {text!r} in:\n{''.join(lines)}")


def test_a_run_without_workers_says_so_and_waits_for_one(
        sites: tuple[Path, Path], postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    alone, shared = sites
    monkeypatch.chdir(alone)
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    config = shared / "cms-i18n.yaml"
    config.write_text(config.read_text().replace(
        "celery:\n", "celery:\n  quiet_seconds: 1\n"))
    started: list[subprocess.Popen[bytes]] = []
    try:
        run_ = coordinator(shared)
        lines = watch(run_)
        assert wait_for_line(lines, "no worker serves", run_).strip() == (
            f"note: no worker serves the queue {QUEUE} (start one with `cms-i18n worker "
            "--lang es`); still waiting")

        # A worker takes a chunk and dies with it: the run says what it waits for.
        first = start_worker(shared, "worker-1", started)
        deadline = time.monotonic() + 120
        while chunks_in(postgres_url, "running") == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        first.send_signal(signal.SIGSTOP)
        if chunks_in(postgres_url, "running") == 0:     # it finished that one: wait for the next
            first.send_signal(signal.SIGCONT)
            while chunks_in(postgres_url, "running") == 0 and time.monotonic() < deadline:
                time.sleep(0.005)
            first.send_signal(signal.SIGSTOP)
        first.send_signal(signal.SIGKILL)
        first.wait()
        gone = wait_for_line(lines, "is gone", run_)
        assert gone.strip().endswith("took a chunk and is gone: its task comes back to the "
                                     "queue after the visibility timeout (3 s); still waiting")

        start_worker(shared, "worker-2", started)     # it finishes the run, that chunk too
        assert run_.wait(timeout=300) == 0, "".join(lines)
        assert_same_catalogs(shared, alone)
    finally:
        stop_workers(started)


def test_a_worker_with_another_glossary_hands_its_tasks_to_one_with_the_runs(
        sites: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    alone, shared = sites
    monkeypatch.chdir(alone)
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    stale = shared.parent / "stale"
    shutil.copytree(shared, stale)
    glossary = stale / "glossaries" / "entities.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "forbidden: [el CSTO,", "forbidden: [la CSTO, el CSTO,"), encoding="utf-8")
    started: list[subprocess.Popen[bytes]] = []
    try:
        # Alone, the stale worker refuses every task: the run stops with its reason.
        start_worker(stale, "worker-stale", started)
        refused = coordinator(shared).communicate(timeout=300)
        assert "no worker can translate a chunk: " in refused[1]
        assert "this worker's glossary differs from the run's" in refused[1]

        # With a worker of the run's glossary beside it, the run goes through it.
        good = start_worker(shared, "worker-good", started)
        # serving, before the stale one refuses again
        wait_until_ready(good, shared.parent / "worker-good.log")
        again = coordinator(shared)
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err
        assert_same_catalogs(shared, alone)
        log = (shared.parent / "worker-stale.log").read_text(errors="replace")
        assert "refused a chunk, back to the queue for another worker: this worker's " \
            "glossary differs from the run's" in log
    finally:
        stop_workers(started)


def test_a_worker_that_cannot_reach_its_memory_stops_with_one_line(
        tmp_path: Path, redis_url: str) -> None:
    from tests.support.services import free_port

    url = f"postgresql://cms@127.0.0.1:{free_port()}/memory"
    (tmp_path / "cms-i18n.yaml").write_text(f"memory: {url}\nbroker_url: {redis_url}\n")
    try:
        done = subprocess.run([CLI, "worker", "--lang", "es", "--engine", "apertium"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("the worker started without its memory")
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot connect to the translation memory "
                                  "postgresql://cms@127.0.0.1")
    assert len(done.stderr.strip().splitlines()) == 1


def test_chunks_of_the_document_layout_hold_several_documents(
        sites: tuple[Path, Path], postgres_url: str) -> None:
    """One catalogue per document, yet the engine gets chunk_documents documents a task."""
    _, shared = sites
    config = shared / "cms-i18n.yaml"
    config.write_text(config.read_text().replace("catalogue_layout: section",
                                                 "catalogue_layout: document"))
    started: list[subprocess.Popen[bytes]] = []
    try:
        start_worker(shared, "worker-1", started)
        out, err = coordinator(shared).communicate(timeout=300)
        assert f"{DOCUMENTS} catalogues under" in out, err
    finally:
        stop_workers(started)
    assert chunks_in(postgres_url, "done") == DOCUMENTS // 3


@pytest.mark.parametrize("concurrency", [1, 2])
def test_a_chunk_longer_than_the_visibility_timeout_is_done_once_and_not_called_gone(
        sites: tuple[Path, Path], postgres_url: str, visibility: int, concurrency: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker holding a chunk for longer than the broker's visibility timeout and the
    coordinator's quiet time (here: held on the memory's lock, as an Argos model holds
    it for minutes) is alive: its task is not handed to an idle process beside it (a
    second solo worker, or the other process of a prefork pool), and the coordinator
    has nothing to say about it."""
    import psycopg

    alone, shared = sites
    monkeypatch.chdir(alone)
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    config = shared / "cms-i18n.yaml"
    config.write_text(config.read_text().replace("chunk_documents: 3", "chunk_documents: 24")
                      .replace("celery:\n", "celery:\n  quiet_seconds: 0.5\n"))
    started: list[subprocess.Popen[bytes]] = []
    try:
        for name in ["worker-1", "worker-2"][:3 - concurrency]:
            worker = start_worker(shared, name, started, "--concurrency", str(concurrency))
            wait_until_ready(worker, shared.parent / f"{name}.log")
        # The workers' memory tables exist now: hold every write of a translation.
        with psycopg.connect(postgres_url) as holder:
            holder.execute("LOCK TABLE machine IN SHARE MODE")
            run_ = coordinator(shared)
            lines = watch(run_)
            deadline = time.monotonic() + 120
            while chunks_in(postgres_url, "running") == 0 and time.monotonic() < deadline:
                assert run_.poll() is None, "".join(lines)
                time.sleep(0.05)
            # Past the visibility timeout and many quiet times, busy with the only chunk.
            time.sleep(visibility + 2)
            assert chunks_in(postgres_url, "running") == 1
            holder.rollback()
        assert run_.wait(timeout=300) == 0, "".join(lines)
        assert [line for line in lines if line.startswith("note:")] == []
        assert_same_catalogs(shared, alone)
    finally:
        stop_workers(started)
    # The one chunk was delivered once, and its 120 units translated once.
    assert engine_work(shared) == [(DOCUMENTS * 5, DOCUMENTS * 5)]


def test_a_worker_stopped_cleanly_no_longer_serves_the_queue(
        sites: tuple[Path, Path], redis_url: str) -> None:
    from cms_i18n.heartbeats import live_processes

    _, shared = sites
    started: list[subprocess.Popen[bytes]] = []
    try:
        worker = start_worker(shared, "worker-1", started)
        deadline = time.monotonic() + 120
        while not live_processes(redis_url):
            assert worker.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        [(name, queues)] = live_processes(redis_url).items()
        assert name.endswith(f":{worker.pid}") and name.startswith(f"cms-i18n-{worker.pid}@")
        assert queues == [QUEUE]
    finally:
        stop_workers(started)
    assert live_processes(redis_url) == {}


def test_a_task_the_broker_lost_is_sent_again(
        sites: tuple[Path, Path], redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kombu's Redis transport takes a task off the queue before it records that a
    worker holds it: a worker killed in between loses the task, not only the work."""
    import redis

    alone, shared = sites
    monkeypatch.chdir(alone)
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    config = shared / "cms-i18n.yaml"
    config.write_text(config.read_text().replace("celery:\n", "celery:\n  quiet_seconds: 1\n"))
    broker = redis.Redis.from_url(redis_url)
    started: list[subprocess.Popen[bytes]] = []
    try:
        run_ = coordinator(shared)
        lines = watch(run_)
        deadline = time.monotonic() + 120
        while broker.llen(QUEUE) < CHUNKS:
            assert run_.poll() is None and time.monotonic() < deadline, "".join(lines)
            time.sleep(0.05)
        # The first chunk's task taken off the queue, as by a worker killed right then.
        assert broker.rpop(QUEUE)
        start_worker(shared, "worker-1", started)
        assert run_.wait(timeout=300) == 0, "".join(lines)
        assert "note: the broker no longer holds the task of a chunk nobody took (a worker " \
               "killed as it took it): sent again\n" in lines
        assert_same_catalogs(shared, alone)
    finally:
        stop_workers(started)
    work = engine_work(shared)
    assert len(work) == CHUNKS and sum(units for units, _ in work) == DOCUMENTS * 5


@pytest.fixture
def eager_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Memory]]:
    """The worker's task, run here by Celery's ``apply`` (no broker needed), over a
    memory of its own."""
    from cms_i18n import tasks
    from cms_i18n.config import load_settings

    settings = load_settings(root=tmp_path, memory=str(tmp_path / "memory.sqlite"),
                             broker_url="redis://127.0.0.1:9/0",
                             celery={"poll_seconds": 0.01})
    memory = Memory(settings["memory"])
    monkeypatch.setattr(tasks, "_worker", {"settings": settings, "contexts": {},
                                           "memory": memory, "heartbeat": None})
    try:
        yield tasks.celery_app(settings).tasks[tasks.TASK_NAME], memory
    finally:
        for context in tasks._worker["contexts"].values():
            context.engine.close()
        memory.close()


def run_expecting(engine: str, glossary: str = "-") -> dict[str, str]:
    from cms_i18n.clean.cache import cleaner_fingerprint

    return {"engine": engine, "engine_version": "1", "glossary": glossary,
            "cleaner": cleaner_fingerprint(), "source_lang": "en"}


def test_a_worker_without_the_runs_engine_refuses_the_chunk(
        eager_worker: tuple[Any, Memory]) -> None:
    task, memory = eager_worker
    result = task.apply(args=("chunk-a", "es", [], run_expecting("deskmt")))
    assert result.state == "REJECTED"           # back to the queue for another worker
    state = memory.chunk_states(["chunk-a"])["chunk-a"]
    assert state.state == "refused"
    assert json.loads(state.detail)["reason"].startswith("unknown engine 'deskmt'")


def test_a_chunk_the_run_gave_up_on_is_dropped_by_a_worker_that_cannot_take_it(
        eager_worker: tuple[Any, Memory]) -> None:
    task, memory = eager_worker
    memory.record_chunk("chunk-b", "failed", 0, "no worker can translate a chunk")
    result = task.apply(args=("chunk-b", "es", [], run_expecting("apertium", "another")))
    assert (result.state, result.result) == ("SUCCESS", {"units": 0, "translated": 0})
    assert memory.chunk_states(["chunk-b"])["chunk-b"].state == "failed"
