"""Which Celery workers are alive, as each worker process says itself, and the tasks
they hold kept theirs while they live.

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

The same beat renews the lease of the task the process is running.  Kombu's
Redis transport knows a delivered, unacknowledged message only by the time it
was delivered (a score in its ``unacked_index``); any worker's periodic sweep
puts a message delivered more than the visibility timeout ago back on the queue,
whether or not the worker holding it is alive, and a chunk longer than that was
translated again beside the first.  Moving the score to the time of each beat
makes the visibility timeout count from the holder's last sign of life: a task
goes back to the queue only once its process has stopped beating.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterable, Iterator
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
    """The heartbeat of one worker process, written by a thread of its own, which also
    renews the leases of the messages the process holds (see :meth:`lease`).

    ``leases`` is the broker's index of unacknowledged messages (None: leases are not
    renewed); ``interval`` must be well under the visibility timeout.
    """

    def __init__(self, url: str, node: str, queues: Iterable[str], *,
                 interval: float = INTERVAL, lifetime: int = LIFETIME,
                 leases: str | None = None) -> None:
        self.url, self.interval, self.lifetime, self.leases = url, interval, lifetime, leases
        self.name = process_name(node, os.getpid())
        self.value = json.dumps({"node": node, "pid": os.getpid(), "queues": list(queues)})
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._client: Any = None
        self._held: dict[str, int] = {}      # delivery tag -> leases taken on it
        self._held_lock = threading.Lock()   # the task's thread and the beat's share it

    @property
    def key(self) -> str:
        return PREFIX + self.name

    def start(self) -> Heartbeat:
        self._client = redis_client(self.url)
        self._thread = threading.Thread(target=self._run, name="cms-i18n-heartbeat",
                                        daemon=True)
        self._thread.start()
        return self

    @contextlib.contextmanager
    def lease(self, tag: str | None) -> Iterator[None]:
        """While the block runs, each beat marks the message ``tag`` as delivered just
        now, so that the broker does not hand it to another worker (or back to this
        one) however long the task takes.  Renewing only updates a message still
        waiting for its acknowledgement: one acknowledged or put back is left alone."""
        if tag is None or self.leases is None:
            yield
            return
        with self._held_lock:
            self._held[tag] = self._held.get(tag, 0) + 1
        try:
            yield
        finally:
            with self._held_lock:
                self._held[tag] -= 1
                if not self._held[tag]:
                    del self._held[tag]

    def _run(self) -> None:
        import redis

        while not self._stop.is_set():
            # The broker away: the worker's own connection says so; beat again later.
            with contextlib.suppress(redis.RedisError, OSError):
                self._beat()
            self._stop.wait(self.interval)

    def _beat(self) -> None:
        with self._held_lock:
            held = list(self._held)
        pipe = self._client.pipeline(transaction=False)
        pipe.set(self.key, self.value, ex=self.lifetime)
        if held:
            pipe.zadd(self.leases, dict.fromkeys(held, time.time()), xx=True)
        pipe.execute()

    def stop(self) -> None:
        """Stop beating and say so at once: the process is leaving."""
        import redis

        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 6)
        if self._client is not None:
            with contextlib.suppress(redis.RedisError, OSError):
                self._client.delete(self.key)
            self._client.close()


def live_processes(url: str) -> dict[str, list[str]]:
    """Every worker process whose heartbeat lasts (``node:pid``), with its queues.

    Raises the client's error when the broker cannot be read.
    """
    client = redis_client(url)
    try:
        return processes_beating(client)
    finally:
        client.close()


def processes_beating(client: Any) -> dict[str, list[str]]:
    """:func:`live_processes`, read through an open client (a coordinator that asks
    every poll keeps one)."""
    keys = sorted(client.scan_iter(match=PREFIX + "*", count=500))
    values = client.mget(keys) if keys else []
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
