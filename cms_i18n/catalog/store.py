"""Safe file updates: one writer per catalogue at a time, and no half-written files.

Editors keep catalogues open in Poedit or a text editor while the CMS re-runs the
pipeline, and a CMS may fire two ``translate`` hooks at once.  Two rules make that
safe:

* a ``<file>.lock`` beside the catalogue, held with an OS lock (``fcntl.flock``),
  serialises writers; a second run waits a little, then fails with a clear
  :class:`~cms_i18n.errors.LockedError` instead of interleaving its changes;
* new content goes to a temporary file in the same folder, is flushed to disk and
  renamed over the old file, so a reader sees the old bytes or the new, never a mix,
  and a crash leaves the catalogue as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from cms_i18n.errors import CatalogError, LockedError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``: ``content.po`` → ``content.po.lock``."""
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def locked(path: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock on ``path`` for the duration of the ``with`` block.

    ``wait`` is how many seconds to keep trying when another process holds it; then
    :class:`LockedError`.  The lock file is removed on release (a waiting process
    notices and locks the new file instead).
    """
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CatalogError(f"cannot create folder: {exc.strerror}", path=lock.parent) from None
    deadline = time.monotonic() + wait
    while True:
        handle = _try_lock(lock)
        if handle is not None:
            break
        if time.monotonic() >= deadline:
            raise LockedError(
                "another cms-i18n run is updating this catalogue (lock file "
                f"{lock.name}); try again when it has finished, or delete the lock file "
                "if no run is active", path=path)
        time.sleep(0.05)
    try:
        yield
    finally:
        _unlock(lock, handle)


def _try_lock(lock: Path) -> int | None:
    """Open and lock ``lock``; None when somebody else holds it."""
    if fcntl is None:  # pragma: no cover - Windows: exclusive creation is the lock
        try:
            return os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return None
    try:
        handle = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
    except OSError as exc:
        raise CatalogError(f"cannot create lock file: {exc.strerror}", path=lock) from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        return None
    # The holder before us may have removed the file after we opened it: then our
    # lock is on a dead inode and we must start again with the new file.
    try:
        same = os.fstat(handle).st_ino == os.stat(lock).st_ino
    except FileNotFoundError:
        same = False
    if not same:
        os.close(handle)
        return _try_lock(lock)
    with contextlib.suppress(OSError):
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
    return handle


def _unlock(lock: Path, handle: int) -> None:
    with contextlib.suppress(FileNotFoundError):
        lock.unlink()
    os.close(handle)   # closing releases the flock


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (temp file in the same folder + rename).

    The file keeps its permission bits when it already exists.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CatalogError(f"cannot write: {exc.strerror}", path=path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise CatalogError(f"cannot write: {exc.strerror}", path=path) from None
        raise
