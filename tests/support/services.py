"""Real Redis and PostgreSQL servers for tests, each in a temporary folder on a free port.

Both come from the Debian packages ``redis-server`` and ``postgresql`` (installed by
``scripts/setup --dev``).  PostgreSQL refuses to run as root, so when the tests run as
root its cluster belongs to the unprivileged ``postgres`` user.  A server is started
once per test session and each test that asks for it gets a fresh database (or Redis
database number), so tests stay independent without paying for a new server each.

Load it with ``pytest_plugins = ["tests.support.services"]``; the fixtures are
``redis_url`` and ``postgres_url`` (and the session-wide ``redis_server`` and
``postgres_server``).  When a server is not installed, the test skips, which the CI
guard turns into a failure for tests marked ``engine``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], what: str,
                   log: Path, attempts: int = 600) -> None:
    """Wait until ``port`` accepts connections (up to a minute on a loaded machine)."""
    for _ in range(attempts):
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}: "
                               f"{log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start listening on port {port}")


@dataclass
class RedisServer:
    port: int
    process: subprocess.Popen[bytes]
    databases = itertools.count(1)

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@dataclass
class PostgresServer:
    port: int
    data: Path
    pg_ctl: Path
    user: str | None       # the OS user the cluster runs as; None: the current one
    names = itertools.count(1)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self.names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        _as_user([str(self.pg_ctl), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                 self.user, check=False)


def start_redis(folder: Path, port: int | None = None) -> RedisServer:
    """A Redis server in ``folder``, on a free port (or ``port``: one started again)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = port or free_port()
    log = folder / "redis.log"
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder),
         "--save", "", "--appendonly", "no", "--databases", "64", "--logfile", str(log)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, umask=0o077)
    _wait_for_port(port, process, "redis-server", log)
    return RedisServer(port, process)


def postgres_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (Debian keeps them off the PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def start_postgres(folder: Path) -> PostgresServer:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    user = None
    if os.geteuid() == 0:           # initdb refuses root: run the cluster as `postgres`
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run PostgreSQL")
        user = "postgres"
        folder.chmod(0o755)
        for parent in folder.parents:    # the user must be able to reach the folder
            if parent.stat().st_mode & 0o001 == 0 and parent != Path("/"):
                parent.chmod(parent.stat().st_mode | 0o001)
    data = folder / "pgdata"
    data.mkdir()
    if user:
        shutil.chown(data, user)
    _as_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
              "-E", "UTF8", "--no-sync"], user)
    port = free_port()
    log = data / "server.log"
    options = (f"-p {port} -c listen_addresses=127.0.0.1 -k {data} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
    _as_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
              "-w", "-t", "120", "start"], user)
    return PostgresServer(port, data, bin_dir / "pg_ctl", user)


def _as_user(command: list[str], user: str | None, *, check: bool = True) -> None:
    """Run ``command`` as ``user`` (when given), with its output kept for the error."""
    kwargs: dict[str, object] = {}
    if user:
        entry = pwd.getpwnam(user)
        kwargs = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    # umask: whatever an earlier test left set, the cluster's files must be its own
    result = subprocess.run(command, capture_output=True, text=True, cwd="/", umask=0o077,
                            check=False, **kwargs)  # type: ignore[call-overload]
    if check and result.returncode != 0:
        log = next((Path(arg) for arg in command if arg.endswith(".log")), None)
        detail = log.read_text(errors="replace")[-2000:] if log and log.is_file() else ""
        raise RuntimeError(f"{Path(command[0]).name} failed ({result.returncode}): "
                           f"{(result.stderr or result.stdout)[-2000:]}{detail}")


_Server = TypeVar("_Server", RedisServer, PostgresServer)


def _for_the_session(server: _Server) -> Iterator[_Server]:
    """Yield a started server to the tests, and stop it when the session ends."""
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    yield from _for_the_session(start_redis(tmp_path_factory.mktemp("redis")))


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """A ``redis://`` URL to an empty Redis database of the session's server."""
    import redis

    db = next(redis_server.databases) % 64
    url = redis_server.url(db)
    redis.Redis.from_url(url).flushdb()
    return url


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    yield from _for_the_session(start_postgres(tmp_path_factory.mktemp("postgres")))


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A ``postgresql://`` URL to a fresh, empty database of the session's server."""
    return postgres_server.create_database()
