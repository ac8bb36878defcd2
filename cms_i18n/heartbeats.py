"""Which Celery workers are alive, as each worker process says itself.

A worker in Celery's solo pool runs its task in the thread that answers
``celery inspect``, so a worker busy with a chunk (minutes with an Argos model)
cannot answer a broadcast and looked gone to a coordinator that asked one.
Instead each process that runs tasks writes a heartbeat from a thread of its
own: a key in the broker (Redis) naming the worker, the process and the queues
it serves, written again every :data:`INTERVAL` seconds and expiring after
:data:`LIFETIME`.  A busy process still beats (the engine waits on Apertium's
pipes, CTranslate2 or the database with the interpreter free for other
threads); one that dies, even by SIGKILL, stops, and its key expires; one
stopped cleanly deletes it.  The coordinator
(:class:`cms_i18n.executors.QueueWatch`) reads the keys that are left.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterable
from typing import Any

PREFIX = "cms-i18n-worker:"
INTERVAL = 2.0
"""Seconds between two heartbeats of a worker process."""
LIFETIME = 10
"""Seconds a heartbeat lasts: a process silent that long (five missed beats) is gone."""


def redis_client(url: str) -> Any:
    """A Redis client for the broker at ``url`` (``redis://``, ``rediss://`` or Kombu's
    ``redis+socket://``)."""
    import redis

    if url.startswith("redis+socket://"):
        url = "unix://" + url[len("redis+socket://"):]
    return redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)


def process_name(node: str, pid: int) -> str:
    """How a worker process names itself in the memory's chunk claims and here."""
    return f"{node}:{pid}"


class Heartbeat:
    """The heartbeat of one worker process, written by a thread of its own."""

    def __init__(self, url: str, node: str, queues: Iterable[str], *,
                 interval: float = INTERVAL, lifetime: int = LIFETIME) -> None:
        self.url, self.interval, self.lifetime = url, interval, lifetime
        self.name = process_name(node, os.getpid())
        self.value = json.dumps({"node": node, "pid": os.getpid(), "queues": list(queues)})
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: Any = None

    @property
    def key(self) -> str:
        return PREFIX + self.name

    def start(self) -> Heartbeat:
        self._client = redis_client(self.url)
        self._thread = threading.Thread(target=self._run, name="cms-i18n-heartbeat",
                                        daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        import redis

        while not self._stop.is_set():
            # The broker away: the worker's own connection says so; beat again later.
            with contextlib.suppress(redis.RedisError, OSError):
                self._client.set(self.key, self.value, ex=self.lifetime)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        """Stop beating and say so at once: the process is leaving."""
        import redis

        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 6)
        if self._client is not None:
            with contextlib.suppress(redis.RedisError, OSError):
                self._client.delete(self.key)


def live_processes(url: str) -> dict[str, list[str]]:
    """Every worker process whose heartbeat lasts (``node:pid``), with its queues.

    Raises the client's error when the broker cannot be read.
    """
    client = redis_client(url)
    try:
        keys = sorted(client.scan_iter(match=PREFIX + "*", count=500))
        values = client.mget(keys) if keys else []
    finally:
        client.close()
    alive: dict[str, list[str]] = {}
    for value in values:
        if value is None:
            continue            # expired between the scan and the read
        try:
            data = json.loads(value)
            alive[process_name(str(data["node"]), int(data["pid"]))] = \
                [str(q) for q in data.get("queues") or []]
        except (ValueError, KeyError, TypeError):
            continue            # not ours to read
    return alive
