"""Where the chunks of a run are translated: here, in local processes, or on Celery workers.

The run (:func:`cms_i18n.pipeline.translate`) streams documents in chunks and
hands each to an executor; it alone writes the catalogues, from the outcomes
it gets back in order.  Every executor gives the same outcome for a chunk,
since each one ends in :func:`~cms_i18n.pipeline.translate_documents` over the
same translation memory:

* ``local`` with ``jobs: 1``: in this process, with this process's engine;
* ``local`` with ``jobs`` > 1 (0: one per core): that many processes, each with
  its own engine, loaded once, using its share of the cores (an Argos model runs
  ``cores ÷ jobs`` threads), and its own connection to the memory;
* ``celery``: each chunk is a task on the language pair's queue (see
  :mod:`cms_i18n.tasks`).  Workers fill the shared memory; when a chunk is
  recorded done there, this process builds its entries from the memory, which
  costs next to nothing.  A chunk already done (a coordinator started again) is
  not sent again; one sent twice is translated once (see :mod:`cms_i18n.tasks`).
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from cms_i18n.catalog import CatalogEntry, UpdateResult, read_reviewed
from cms_i18n.catalog.layout import kept_path
from cms_i18n.catalog.moves import Moved
from cms_i18n.document import Document
from cms_i18n.engines.base import available_cores, share_cores
from cms_i18n.errors import ConfigError, EngineError
from cms_i18n.fileio import file_stamp
from cms_i18n.memory import ChunkState, Memory
from cms_i18n.pipeline import ChunkOutcome, RunContext, translate_documents, write_shard

EXECUTORS = ("local", "celery")


class Executor(Protocol):
    window: int     # chunks (or catalogues) in flight at once: bounds the run's memory
    processes: int  # local processes sharing out a catalogue's chunks

    def submit(self, key: str, documents: Sequence[Document],
               catalogs: Sequence[Path]) -> Future[ChunkOutcome]: ...

    def write(self, po_path: Path, entries: Sequence[CatalogEntry], *, domain: str,
              pot_path: Path | None, moved: Moved | None = None) -> Future[UpdateResult]:
        """Merge and write one catalogue; only one process ever writes a given one.
        ``moved``: what documents that moved in from another catalogue bring."""
        ...


def _write_now(context: RunContext, memory: Memory, po_path: Path,
               entries: Sequence[CatalogEntry], *, domain: str, pot_path: Path | None,
               moved: Moved | None) -> Future[UpdateResult]:
    future: Future[UpdateResult] = Future()
    try:
        future.set_result(write_shard(context, memory, po_path, entries, domain=domain,
                                      pot_path=pot_path, moved=moved))
    except BaseException as exc:
        future.set_exception(exc)
    return future


class ReviewedCache:
    """The editors' work in the catalogues a chunk's documents belong to, read again
    only when they change (a large catalogue's chunks come one after another)."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = root        # the site's folder: the editors' work kept there counts
        self._key: tuple[tuple[Path, object, object], ...] | None = None
        self._reviewed: Mapping[tuple[str, str], str] = {}

    def __call__(self, paths: Sequence[Path]) -> Mapping[tuple[str, str], str]:
        key = tuple((path, file_stamp(path), file_stamp(kept_path(self.root, path)))
                    for path in paths)
        if self._key != key:
            reviewed: dict[tuple[str, str], str] = {}
            for path in paths:      # contexts name their document: catalogues never overlap
                reviewed.update(read_reviewed(path, kept_path(self.root, path)))
            self._reviewed, self._key = reviewed, key
        return self._reviewed


class InlineExecutor:
    """Translates each chunk here and now, with the run's own engine."""

    window = 1
    processes = 1

    def __init__(self, context: RunContext, memory: Memory) -> None:
        self.context, self.memory = context, memory
        self.reviewed = ReviewedCache(context.settings.get("root"))

    def write(self, po_path: Path, entries: Sequence[CatalogEntry], *, domain: str,
              pot_path: Path | None, moved: Moved | None = None) -> Future[UpdateResult]:
        return _write_now(self.context, self.memory, po_path, entries, domain=domain,
                          pot_path=pot_path, moved=moved)

    def submit(self, key: str, documents: Sequence[Document],
               catalogs: Sequence[Path]) -> Future[ChunkOutcome]:
        future: Future[ChunkOutcome] = Future()
        try:
            future.set_result(translate_documents(documents, self.context, self.memory,
                                                  self.reviewed(catalogs)))
        except BaseException as exc:
            future.set_exception(exc)
        return future


# -- local processes -------------------------------------------------------------

_process: dict[str, Any] = {}     # one process's context, memory and reviewed cache


def _start_process(settings: Mapping[str, Any], lang: str, engine_name: str) -> None:
    from multiprocessing.util import Finalize

    memory = Memory(settings.get("memory"))
    context = RunContext.open(settings, lang, engine_name)
    _process.update(context=context, memory=memory,
                    reviewed=ReviewedCache(settings.get("root")))

    def close() -> None:
        context.engine.close()
        memory.close()

    Finalize(None, close, exitpriority=10)


def _translate_in_process(documents: Sequence[Document],
                          catalogs: Sequence[Path]) -> ChunkOutcome:
    return translate_documents(documents, _process["context"], _process["memory"],
                               _process["reviewed"](catalogs))


def _write_in_process(po_path: Path, entries: Sequence[CatalogEntry], domain: str,
                      pot_path: Path | None, moved: Moved | None) -> UpdateResult:
    return write_shard(_process["context"], _process["memory"], po_path, entries,
                       domain=domain, pot_path=pot_path, moved=moved)


class ProcessExecutor:
    """``jobs`` processes, each with its own engine and memory connection."""

    def __init__(self, context: RunContext, jobs: int) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.processes = jobs
        self.window = jobs * 2
        self.pool = ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context(method),
            initializer=_start_process,
            initargs=(share_cores(context.settings, jobs), context.lang, context.engine.name))

    def submit(self, key: str, documents: Sequence[Document],
               catalogs: Sequence[Path]) -> Future[ChunkOutcome]:
        return self.pool.submit(_translate_in_process, list(documents), list(catalogs))

    def write(self, po_path: Path, entries: Sequence[CatalogEntry], *, domain: str,
              pot_path: Path | None, moved: Moved | None = None) -> Future[UpdateResult]:
        """Catalogues of a sharded layout are written side by side, each by one process."""
        return self.pool.submit(_write_in_process, po_path, list(entries), domain, pot_path,
                                moved)

    def close(self, failed: bool) -> None:
        self.pool.shutdown(wait=True, cancel_futures=failed)


# -- Celery workers -----------------------------------------------------------------

class _ChunkOnWorkers(Future[ChunkOutcome]):
    """A chunk sent to the workers: done when the memory records it done."""

    def __init__(self, executor: CeleryExecutor, key: str, documents: Sequence[Document],
                 catalogs: Sequence[Path], *, sent: bool) -> None:
        super().__init__()
        self.executor, self.key = executor, key
        self.documents, self.catalogs = documents, catalogs
        self.sent = sent

    def result(self, timeout: float | None = None) -> ChunkOutcome:
        if not self.done():
            state = self.executor.wait_for(self.key, self.documents)
            outcome = self.executor.local.submit(self.key, self.documents,
                                                 self.catalogs).result()
            if self.sent:
                _count_workers_work(outcome, state)
            self.set_result(outcome)
        return super().result()


def _count_workers_work(outcome: ChunkOutcome, state: ChunkState) -> None:
    """The chunk's units the workers translated (or found repeated) for this run: here
    they come from the memory, but they are this run's fresh translations."""
    try:
        done = json.loads(state.detail) if state.detail else {}
    except ValueError:
        done = {}
    if not isinstance(done, dict):
        return
    translated = min(int(done.get("translated") or 0), outcome.reused)
    repeated = min(int(done.get("repeated") or 0), outcome.reused - translated)
    outcome.reused -= translated + repeated
    outcome.translated += translated
    outcome.repeated += repeated


class CeleryExecutor:
    """Chunks as tasks on the pair's queue; outcomes read back from the shared memory."""

    window = 256
    processes = 1      # chunks are sent whole: their keys let a coordinator resume

    def __init__(self, context: RunContext, memory: Memory) -> None:
        from cms_i18n.tasks import broker_url, celery_app, queue_name, unacked_keys

        self.context, self.memory = context, memory
        self.app = celery_app(context.settings)
        self.url = broker_url(context.settings)
        self.queue = queue_name(context.source_lang, context.lang)
        self.local = InlineExecutor(context, memory)
        self.write = self.local.write
        self.poll = float((context.settings.get("celery") or {}).get("poll_seconds") or 0.5)
        self.sent = 0
        unacked, _ = unacked_keys(self.app.conf.broker_transport_options)
        self.watch = QueueWatch(self.url, self.queue, unacked, context.lang, context.settings)

    def submit(self, key: str, documents: Sequence[Document],
               catalogs: Sequence[Path]) -> Future[ChunkOutcome]:
        self.memory.forget_failed_chunks([key])
        state = self.memory.chunk_states([key]).get(key)
        # A chunk not done is sent, even one a worker holds: if that worker is alive the
        # copy is dropped when it arrives, and if the broker lost its task this brings it.
        sent = state is None or state.state != "done"
        if sent:
            self.send(key, documents)
            self.sent += 1
        return _ChunkOnWorkers(self, key, documents, catalogs, sent=sent)

    def send(self, key: str, documents: Sequence[Document]) -> None:
        """Put the chunk's task on the pair's queue."""
        from cms_i18n.tasks import TASK_NAME, document_to_json, task_id

        try:
            self.app.send_task(
                TASK_NAME, args=(key, self.context.lang,
                                 [document_to_json(d) for d in documents], self.expected()),
                task_id=task_id(key), queue=self.queue)
        except Exception as exc:     # the broker is down or refuses us
            raise ConfigError(f"cannot send tasks to the broker {self.url}: {exc}") from None

    def expected(self) -> dict[str, str]:
        """What a worker must share with this run for its translations to be found."""
        from cms_i18n.clean.cache import cleaner_fingerprint

        context = self.context
        return {"engine": context.engine.name, "engine_version": context.engine_version,
                "glossary": context.glossary.version if context.glossary else "-",
                "cleaner": cleaner_fingerprint(), "source_lang": context.source_lang}

    def wait_for(self, key: str, documents: Sequence[Document]) -> ChunkState:
        from cms_i18n.tasks import task_id

        self.watch.waiting()
        while True:
            state = self.memory.chunk_states([key]).get(key)
            if state is not None and state.state == "done":
                return state
            if state is not None and state.state == "failed":
                raise EngineError(f"a worker could not translate a chunk: {state.detail}")
            if state is not None and state.state == "refused":
                problem = self.watch.refused_by_all(state)
                if problem:
                    self.memory.record_chunk(key, "failed", 0, problem)
                    raise EngineError(f"no worker can translate a chunk: {problem}")
            if self.watch.check(state, task_id(key)):
                self.send(key, documents)
            time.sleep(self.poll)

    def close(self, failed: bool) -> None:
        self.watch.close()
        self.app.close()


class QueueWatch:
    """What a coordinator waiting on its queue tells its user when nothing comes back:
    no worker serves the queue, or the worker that took the awaited chunk is gone (its
    task returns after the visibility timeout).  Workers are known by their heartbeats
    in the broker (:mod:`cms_i18n.heartbeats`), which a worker busy with a long chunk
    still writes, not by Celery's ``inspect``, which it cannot answer then.

    It also finds a task the broker lost.  Kombu's Redis transport takes a message off
    the queue, then records that the worker holds it (``unacked``), in two steps: a
    worker killed between them loses the task for good, and the run would wait for
    it forever.  A chunk that nobody took, whose task is neither queued nor held, is
    sent again (a copy is harmless: the claim in the memory drops it)."""

    def __init__(self, url: str, queue: str, unacked: str, lang: str,
                 settings: Mapping[str, Any]) -> None:
        from cms_i18n.tasks import visibility_timeout

        options = settings.get("celery") or {}
        self.url, self.queue, self.unacked, self.lang = url, queue, unacked, lang
        self.poll = float(options.get("poll_seconds") or 0.5)
        self.quiet = float(options.get("quiet_seconds") or 15)
        self.visibility = visibility_timeout(settings)
        self.since = time.monotonic()       # when the awaited chunk was last seen moving
        self.told: dict[str, float] = {}    # a note, and when it was last shown
        self._client: Any = None            # one connection to the broker, made when asked

    def client(self) -> Any:
        """The watch's connection to the broker, opened on first use (Redis reconnects
        by itself after the broker comes back)."""
        if self._client is None:
            from cms_i18n.heartbeats import redis_client

            self._client = redis_client(self.url)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def waiting(self) -> None:
        """A new chunk is awaited: the clock starts again."""
        self.since = time.monotonic()

    def processes(self) -> dict[str, list[str]] | None:
        """Every live worker process (``node:pid``) with the queues it serves; None
        when the broker cannot be read (the wait goes on, nothing to tell)."""
        from cms_i18n.heartbeats import processes_beating

        try:
            return processes_beating(self.client())
        except Exception:
            return None

    def serving(self, processes: Mapping[str, list[str]]) -> set[str]:
        """The workers (nodes) with a process on this run's queue."""
        return {name.rpartition(":")[0] for name, queues in processes.items()
                if self.queue in queues}

    def check(self, state: ChunkState | None, task: str) -> bool:
        """Once the awaited chunk has been quiet for a while, say why; True when its
        task (``task``) is lost and must be sent again."""
        now = time.monotonic()
        if now - self.since < self.quiet:
            return False
        self.since = now
        processes = self.processes()
        if processes is None:
            return False
        if not self.serving(processes):
            self._note(f"no worker serves the queue {self.queue} (start one with "
                       f"`cms-i18n worker --lang {self.lang}`); still waiting")
        if state is not None and state.state == "running":
            holder = state.detail
            if holder and holder not in processes:
                self._note(f"the worker {holder.rpartition(':')[0]} took a chunk and is "
                           f"gone: its task comes back to the queue after the visibility "
                           f"timeout ({self.visibility} s); still waiting")
        if state is None and self.lost(task):
            self._note("the broker no longer holds the task of a chunk nobody took (a "
                       "worker killed as it took it): sent again")
            return True
        return False

    def lost(self, task: str) -> bool:
        """Whether the task ``task`` is neither on the queue nor held by a worker, at two
        looks a poll apart (a worker taking it is in neither place for an instant).
        While the queue holds anything, the task may be there: it is not lost yet."""
        try:
            client = self.client()
            for look in range(2):
                if look:
                    time.sleep(self.poll)
                if client.llen(self.queue) or any(
                        _task_of(held) == task for held in client.hvals(self.unacked)):
                    return False
        except Exception:          # the broker is away: nothing to decide now
            return False
        return True

    def refused_by_all(self, state: ChunkState) -> str | None:
        """Why the chunk cannot be translated, when every worker serving the queue has
        refused it; None while one that has not may still take it."""
        refused = json.loads(state.detail or "{}")
        serving = self.serving(self.processes() or {})
        if serving and serving <= set(refused.get("workers", [])):
            return str(refused.get("reason", "refused by every worker"))
        return None

    def _note(self, text: str) -> None:
        """Each note once a minute at most, on the run's error output."""
        import click

        now = time.monotonic()
        if now - self.told.get(text, -60.0) >= 60:
            self.told[text] = now
            click.echo(f"note: {text}", err=True)


def _task_of(held: bytes) -> str | None:
    """The task id of a message Kombu's Redis transport holds for a worker (its
    ``[message, exchange, routing key]``)."""
    try:
        return str(json.loads(held)[0]["headers"]["id"])
    except (ValueError, LookupError, TypeError):
        return None


@contextmanager
def open_executor(name: str, context: RunContext, memory: Memory, *,
                  jobs: int | None = None) -> Iterator[Executor]:
    """The executor ``name`` (``local`` or ``celery``) for one language's run."""
    if name not in EXECUTORS:
        raise ConfigError(f"unknown executor {name!r} (one of: {', '.join(EXECUTORS)})")
    executor: Any
    if name == "celery":
        executor = CeleryExecutor(context, memory)
    else:
        count = _job_count(context.settings.get("jobs") if jobs is None else jobs)
        executor = ProcessExecutor(context, count) if count > 1 \
            else InlineExecutor(context, memory)
    failed = True
    try:
        yield executor
        failed = False
    finally:
        close = getattr(executor, "close", None)
        if close is not None:
            close(failed)


def _job_count(value: object) -> int:
    if value is None:
        value = 1
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"jobs must be a number of processes, not {value!r}")
    jobs = value
    if jobs < 0:
        raise ConfigError(f"jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or available_cores()
