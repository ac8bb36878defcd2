"""Celery workers: chunks of documents translated into the shared translation memory.

``cms-i18n translate --executor celery`` sends each chunk of documents as a
task on the queue of its language pair (``cms-i18n.en-es``); ``cms-i18n worker``
serves the queues of the pairs it is given and keeps each engine (an Argos model)
loaded for its lifetime, so a worker never swaps models.  The broker is Redis
(``broker_url``); the memory (``memory``, a ``postgresql://`` URL when workers
run on several machines) is where the work goes, and where the coordinator
reads it back to write the catalogues.

A task is safe to run twice: it is keyed by its chunk (the documents' content,
the pair, engine and glossary versions), every translation is stored under the
cleaned source, pair, engine and glossary version with an idempotent upsert, and
the chunk is recorded done only after all of it is stored.  It is also done only
once: a worker claims the chunk in the memory before translating it, so a second
copy (a coordinator started again sends every chunk not done yet) is dropped while
the first is running, and finds it done afterwards.  Tasks are
acknowledged late, so one held by a worker that dies (even by SIGKILL) goes back
to the queue ``celery.visibility_timeout`` seconds after the worker's last
heartbeat (never while it still works on the task, however long it takes),
marked redelivered, and another worker takes the claim over and does it; a
failing task is retried ``celery.max_retries`` times, then recorded as failed,
which the coordinator reports.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cms_i18n import languages
from cms_i18n.document import Document
from cms_i18n.errors import ConfigError, UserError
from cms_i18n.heartbeats import process_name

TASK_NAME = "cms_i18n.translate_chunk"

_worker: dict[str, Any] = {"settings": None, "contexts": {}, "memory": None,
                           "heartbeat": None}


def broker_url(settings: Mapping[str, Any]) -> str:
    url = settings.get("broker_url")
    if not url:
        raise ConfigError("the celery executor and `cms-i18n worker` need broker_url "
                          "(a redis:// URL) in the settings")
    if not str(url).startswith(("redis://", "rediss://", "redis+socket://")):
        raise ConfigError(f"broker_url must be a redis:// URL, not {url!r}")
    return str(url)


def task_id(key: str) -> str:
    """The id of the task of the chunk ``key`` (a chunk sent again keeps it)."""
    return f"cms-i18n-{key}"


def unacked_keys(transport: Mapping[str, Any]) -> tuple[str, str]:
    """Where Kombu's Redis transport keeps the messages workers hold and have not yet
    acknowledged: (the messages by delivery tag, the time each was delivered)."""
    from kombu.transport.redis import Channel

    prefix = transport.get("global_keyprefix", "")
    return (prefix + transport.get("unacked_key", Channel.unacked_key),
            prefix + transport.get("unacked_index_key", Channel.unacked_index_key))


def queue_name(source_lang: str, target_lang: str) -> str:
    """One queue per language pair, so that a worker never swaps models."""
    return f"cms-i18n.{languages.normalize(source_lang)}-{languages.normalize(target_lang)}"


def celery_app(settings: Mapping[str, Any]) -> Any:
    """The Celery application for these settings: Redis broker, late acknowledgement."""
    try:
        from celery import Celery
    except ImportError:
        raise ConfigError("the celery executor needs Celery: "
                          "pip install 'cms-i18n[scale]'") from None
    options = settings.get("celery") or {}
    visibility = visibility_timeout(settings)
    app = Celery("cms_i18n", broker=broker_url(settings), set_as_current=False)
    app.conf.update(
        task_acks_late=True,                 # a task is acknowledged once its work is stored
        task_reject_on_worker_lost=True,
        task_ignore_result=True,             # results live in the translation memory
        worker_prefetch_multiplier=1,        # a worker holds one chunk at a time
        task_serializer="json", accept_content=["json"],
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        broker_transport_options={
            "visibility_timeout": visibility,
            # look for tasks of vanished workers often enough to honour the timeout
            "unacked_restore_interval": max(1, visibility // 5),
            "unacked_restore_throttle": 1,
            # a worker killed while it holds the sweep's lock must not stall the others
            "unacked_mutex_expire": max(1, min(visibility, 60)),
        },
    )
    app.task(name=TASK_NAME, bind=True, acks_late=True,
             max_retries=int(options.get("max_retries") or 5))(_translate_chunk)
    return app


def visibility_timeout(settings: Mapping[str, Any]) -> int:
    """Seconds before the broker hands a task of a vanished worker to another."""
    return int((settings.get("celery") or {}).get("visibility_timeout") or 600)


def document_to_json(document: Document) -> dict[str, Any]:
    """What a worker on another machine needs of a document (plain JSON)."""
    return {"id": document.id, "path": str(document.path) if document.path else None,
            "format": document.format, "body": document.body, "fields": document.fields,
            "source_lang": document.source_lang, "body_line": document.body_line,
            "section": document.section}


def document_from_json(data: Mapping[str, Any]) -> Document:
    return Document(id=data["id"], path=Path(data["path"]) if data.get("path") else None,
                    format=data["format"], body=data["body"], fields=dict(data["fields"]),
                    source_lang=data.get("source_lang", "en"),
                    body_line=int(data.get("body_line", 1)), section=data.get("section"))


def _translate_chunk(task: Any, key: str, lang: str, documents: Sequence[Mapping[str, Any]],
                     expected: Mapping[str, str]) -> dict[str, int]:
    """Translate one chunk into the memory, once however often it is delivered; return
    the units this delivery handled and those the engine translated (0 for a copy).

    While it runs, this process's heartbeat keeps the task's message from going back
    to the queue (:meth:`cms_i18n.heartbeats.Heartbeat.lease`), however long the chunk
    takes: the visibility timeout counts from the last beat of a worker that died."""
    beat = _worker.get("heartbeat")
    tag = (task.request.properties or {}).get("delivery_tag")
    with beat.lease(tag) if beat is not None else contextlib.nullcontext():
        return _translate_held_chunk(task, key, lang, documents, expected)


def _translate_held_chunk(task: Any, key: str, lang: str,
                          documents: Sequence[Mapping[str, Any]],
                          expected: Mapping[str, str]) -> dict[str, int]:
    from cms_i18n.pipeline import translate_documents

    memory = _memory()
    done = memory.chunk_states([key]).get(key)
    if done is not None and done.state == "done":
        return {"units": 0, "translated": 0}      # delivered again: nothing to do
    node = task.request.hostname or socket.gethostname()
    try:
        context = _context(lang, expected)
    except UserError as exc:        # not the run's glossary or version, or no such model
        _refuse(memory, key, node, done, exc)
        return {"units": 0, "translated": 0}     # the run gave up on this chunk: dropped
    worker = process_name(node, os.getpid())      # as its heartbeat names it
    redelivered = bool((task.request.delivery_info or {}).get("redelivered"))
    if not memory.claim_chunk(key, worker, take_over=redelivered,
                              stale=2 * visibility_timeout(_settings())):
        return {"units": 0, "translated": 0}     # another worker has it: a second copy
    renew = getattr(context.engine, "renew_retries", None)
    if callable(renew):         # the engine serves many runs: its retries count per chunk
        renew()
    try:
        outcome = translate_documents([document_from_json(d) for d in documents], context,
                                      memory, {})
    except UserError as exc:
        memory.record_chunk(key, "failed", 0, f"{socket.gethostname()}: {exc.format()}")
        return {"units": 0, "translated": 0}
    except Exception as exc:
        if task.request.retries >= task.max_retries:
            memory.record_chunk(key, "failed", 0, f"{socket.gethostname()}: "
                                f"{type(exc).__name__}: {exc}")
            return {"units": 0, "translated": 0}
        memory.release_chunk(key, worker)      # the retry may run on another worker
        raise task.retry(exc=exc, countdown=min(60, 2 ** task.request.retries)) from None
    # What the coordinator counts as this run's work (it reads the rest from the memory).
    memory.record_chunk(key, "done", outcome.units, json.dumps(
        {"translated": outcome.translated, "repeated": outcome.repeated}))
    # What the worker's log shows for each task: units, and those the engine translated.
    return {"units": outcome.units, "translated": outcome.translated}


def _refuse(memory: Any, key: str, node: str, state: Any, problem: UserError) -> None:
    """This worker cannot translate for the run (its glossary, model or version is not
    the run's, or it cannot open the run's engine): the task goes back to the queue
    for another worker (Celery's ``Reject``), and the memory records who refused and
    why, so that the coordinator stops the run only when no worker it can see would
    take the chunk.  Returns only when the run already gave up on the chunk."""
    import time

    from celery.exceptions import Reject
    from celery.utils.log import get_task_logger

    if state is not None and state.state == "failed":
        return None     # the run gave up on this chunk: drop the task
    refused = json.loads(state.detail) if state is not None and state.state == "refused" \
        else {"workers": []}
    if node not in refused["workers"]:
        refused["workers"].append(node)
    refused["reason"] = problem.format()
    memory.record_refusal(key, json.dumps(refused))
    get_task_logger(__name__).warning(
        "refused a chunk, back to the queue for another worker: %s", problem.format())
    # Leave the queue a moment to a worker that can take it, rather than spin on it.
    time.sleep(min(2.0, float((_settings().get("celery") or {}).get("poll_seconds") or 1)))
    raise Reject(problem.format(), requeue=True)


def _memory() -> Any:
    from cms_i18n.memory import Memory

    if _worker["memory"] is None:
        _worker["memory"] = Memory(_settings().get("memory"))
    return _worker["memory"]


def _settings() -> Mapping[str, Any]:
    if _worker["settings"] is None:
        from cms_i18n.config import load_settings

        _worker["settings"] = load_settings(os.environ.get("CMS_I18N_CONFIG") or None)
    return _worker["settings"]


def _context(lang: str, expected: Mapping[str, str]) -> Any:
    """This process's engine for the pair, loaded once; it must match the coordinator's."""
    from cms_i18n.clean.cache import cleaner_fingerprint
    from cms_i18n.pipeline import RunContext

    lang = languages.normalize(lang)
    context = _worker["contexts"].get((lang, expected["engine"]))
    if context is None:
        context = RunContext.open(_settings(), lang, expected["engine"])
        _worker["contexts"][(lang, expected["engine"])] = context
    ours = {"engine": context.engine.name, "engine_version": context.engine_version,
            "glossary": context.glossary.version if context.glossary else "-",
            "cleaner": cleaner_fingerprint(), "source_lang": context.source_lang}
    differs = [name for name, value in expected.items() if ours.get(name) != value]
    if differs:
        verb = "differs" if len(differs) == 1 else "differ"
        raise ConfigError(f"this worker's {', '.join(differs)} {verb} from the run's "
                          f"(worker: {', '.join(str(ours.get(n)) for n in differs)}; run: "
                          f"{', '.join(str(expected[n]) for n in differs)}): install the "
                          "same glossary, model and cms-i18n version on every machine")
    return context


def run_worker(settings: Mapping[str, Any], langs: Sequence[str], *, concurrency: int = 1,
               loglevel: str = "INFO", engine: str | None = None) -> None:
    """Serve the queues of ``langs`` until stopped, each engine loaded once."""
    from cms_i18n.engines.base import share_cores
    from cms_i18n.pipeline import RunContext

    # Each of the worker's processes runs its engine on its share of the cores.
    settings = _worker["settings"] = share_cores(settings, concurrency)
    source_lang = languages.normalize(settings.get("source_lang", "en"))
    app = celery_app(settings)
    # A memory the worker cannot reach stops it now, with one line, as it stops a run.
    from cms_i18n.memory import Memory

    memory = Memory(settings.get("memory"))
    if concurrency == 1:
        _worker["memory"] = memory
    else:
        memory.close()      # each forked process opens its own connection
    if concurrency == 1:
        # One process: load every pair's engine now, for the worker's lifetime.
        for lang in langs:
            context = RunContext.open(settings, lang, engine or settings.get("engine"))
            _worker["contexts"][(languages.normalize(lang), context.engine.name)] = context
    queues = [queue_name(source_lang, lang) for lang in langs]
    from celery.utils.nodenames import default_nodename, host_format

    node = host_format(default_nodename(f"cms-i18n-{os.getpid()}@%h"))
    _beat_where_tasks_run(broker_url(settings), app.conf.broker_transport_options, node,
                          queues, solo=concurrency == 1)
    app.worker_main(["worker", "--queues", ",".join(queues), "--concurrency",
                     str(concurrency), "--pool", "solo" if concurrency == 1 else "prefork",
                     "--loglevel", loglevel, "--hostname", node,
                     "--without-gossip", "--without-mingle", "--without-heartbeat"])


def _beat_where_tasks_run(url: str, transport: Mapping[str, Any], node: str,
                          queues: Sequence[str], *, solo: bool) -> None:
    """Each process that runs tasks says it is alive from a thread of its own (see
    :mod:`cms_i18n.heartbeats`): the worker itself in the solo pool, once it consumes;
    each pool process otherwise.  Celery's own ``inspect`` goes unanswered while a solo
    worker is busy with a chunk.  The beat also renews the lease of the task the
    process runs, several times within the visibility timeout."""
    from celery import signals

    from cms_i18n.heartbeats import INTERVAL, Heartbeat

    _, leases = unacked_keys(transport)
    interval = min(INTERVAL, transport["visibility_timeout"] / 4)

    def start(**_: Any) -> None:
        _worker["heartbeat"] = Heartbeat(url, node, queues, interval=interval,
                                         leases=leases).start()

    def stop(**_: Any) -> None:
        beat, _worker["heartbeat"] = _worker["heartbeat"], None
        if beat is not None:
            beat.stop()

    if solo:
        signals.worker_ready.connect(start, weak=False)
        signals.worker_shutdown.connect(stop, weak=False)
    else:
        signals.worker_process_init.connect(start, weak=False)
        signals.worker_process_shutdown.connect(stop, weak=False)
