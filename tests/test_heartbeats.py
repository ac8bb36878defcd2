"""Worker heartbeats on a real Redis: a busy process keeps beating, a killed one stops,
one stopped cleanly leaves at once."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cms_i18n.heartbeats import Heartbeat, live_processes

pytestmark = [pytest.mark.service]

# A worker process as the test needs it: beating fast, then busy in pure Python (the
# thread that beats must get its turn), or asleep.
PROCESS = """
import sys, time
from cms_i18n.heartbeats import Heartbeat
Heartbeat(sys.argv[1], "cms-i18n-1@test", ["cms-i18n.en-es"], interval=0.2,
          lifetime=1).start()
print("beating", flush=True)
if sys.argv[2] == "busy":
    while True:
        sum(range(100_000))
time.sleep(600)
"""


def start(url: str, how: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", PROCESS, url, how],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "beating\n"
    return process


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_a_busy_process_is_alive_and_a_killed_one_is_gone(redis_url: str) -> None:
    process = start(redis_url, "busy")
    name = f"cms-i18n-1@test:{process.pid}"
    try:
        wait_until(lambda: name in live_processes(redis_url), "no heartbeat")
        assert live_processes(redis_url) == {name: ["cms-i18n.en-es"]}
        time.sleep(3)                       # three lifetimes of a heartbeat, busy all along
        assert name in live_processes(redis_url)
    finally:
        process.kill()
        process.wait()
    wait_until(lambda: name not in live_processes(redis_url), "a killed process is alive")


def test_a_heartbeat_stopped_is_gone_at_once(redis_url: str) -> None:
    beat = Heartbeat(redis_url, "cms-i18n-2@test", ["cms-i18n.en-fr"], lifetime=600).start()
    wait_until(lambda: beat.name in live_processes(redis_url), "no heartbeat")
    beat.stop()
    assert live_processes(redis_url) == {}


def test_a_heartbeat_outlives_its_broker_and_beats_again_once_it_is_back(
        tmp_path: Path) -> None:
    from tests.support.services import start_redis

    server = start_redis(tmp_path)
    url = server.url()
    beat = Heartbeat(url, "cms-i18n-5@test", ["q"], interval=0.05).start()
    try:
        wait_until(lambda: beat.name in live_processes(url), "no heartbeat")
        server.stop()
        time.sleep(0.5)                          # beats fail meanwhile, and raise nothing
        server = start_redis(tmp_path, port=server.port)    # empty: nothing kept
        wait_until(lambda: beat.name in live_processes(url), "no heartbeat once back")
    finally:
        beat.stop()
        server.stop()


def test_an_unreachable_broker_is_an_error_for_the_reader_only() -> None:
    from tests.support.services import free_port

    url = f"redis://127.0.0.1:{free_port()}/0"
    beat = Heartbeat(url, "cms-i18n-3@test", ["q"], interval=0.1).start()
    time.sleep(0.3)                   # the thread keeps trying, and raises nothing
    beat.stop()
    with pytest.raises(Exception, match=r"(?i)connect"):
        live_processes(url)


def next_beat(broker: Any, beat: Heartbeat) -> None:
    """Wait for a whole beat of ``beat`` to start after now: its key is written again
    once it is taken away, twice (the first may come from a beat begun before)."""
    for _ in range(2):
        broker.delete(beat.key)
        wait_until(lambda: broker.exists(beat.key), "no beat")


def test_a_lease_is_renewed_while_held_and_only_for_a_message_not_yet_acknowledged(
        redis_url: str) -> None:
    import redis

    broker = redis.Redis.from_url(redis_url)
    delivered = time.time() - 3600         # an hour ago: any sweep would put it back
    broker.zadd("unacked_index", {"held": delivered, "other": delivered})
    beat = Heartbeat(redis_url, "cms-i18n-4@test", ["q"], interval=0.05,
                     leases="unacked_index").start()
    try:
        with beat.lease("held"), beat.lease("acknowledged meanwhile"):
            with beat.lease("held"):            # the same message, held twice
                pass
            next_beat(broker, beat)
            assert broker.zscore("unacked_index", "held") > time.time() - 60
        next_beat(broker, beat)
        renewed = broker.zscore("unacked_index", "held")
        next_beat(broker, beat)                 # beats after the block leave it alone
        assert broker.zscore("unacked_index", "held") == renewed
        assert broker.zscore("unacked_index", "other") == delivered
        assert broker.zscore("unacked_index", "acknowledged meanwhile") is None
    finally:
        beat.stop()
