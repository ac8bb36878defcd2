"""Safe file updates: the one writer every output of the package goes through.

Catalogues, templates, ``.mo`` files, glossaries and translated documents live in
folders other people and tools write too: editors keep a catalogue open in Poedit
while the CMS re-runs the pipeline, a translation repository is synced in from
elsewhere, two ``translate`` hooks fire at once.  The rules here make that safe:

* **No half-written files.**  New content goes to a temporary file in the target's
  folder, is flushed to disk (``fsync``) and renamed over the target, so a reader
  sees the old bytes or the new, never a mix, and a crash leaves the old file.
* **No symlink the product did not make is followed.**  Temporary and lock files
  are created with ``O_NOFOLLOW`` (and ``O_EXCL`` for temporaries); an output path
  that is a symbolic link, a folder or a read-only file is refused with one line,
  because replacing it would silently break whatever the owner set up.
* **Permissions the umask gives** to a new file (a web server can read it), and the
  old file's mode (and owner, when allowed) to a replaced one.
* **Leftovers of a killed run are cleaned** by the next write into the same folder:
  temporary names carry the writer's process id, and files of dead writers go.
* **Optimistic concurrency.**  ``write_atomic(..., expect=old_bytes)`` replaces the
  file only if it still holds what the caller read; otherwise :class:`ChangedOnDisk`
  lets the caller read again and merge (an editor saved in the meantime).
* **One writer per file at a time**: ``locked(path)`` holds ``<file>.lock`` with an
  OS lock (``fcntl.flock``); a second run waits a little, then fails with
  :class:`~cms_i18n.errors.LockedError` instead of interleaving its changes.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from cms_i18n.errors import InputError, LockedError, OutputError, UserError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
# ``.<name>.<pid>.<random>.tmp``; the name is shortened so the whole stays a legal
# file name (255 bytes) however long the target's name is.
_TEMP_NAME = re.compile(r"\A\..{1,80}\.(\d{1,10})\.[0-9a-f]{12}\.tmp\Z", re.DOTALL)
_swept: set[str] = set()


class ChangedOnDisk(Exception):
    """The file changed since the caller read it; read it again and redo the update."""


def write_atomic(path: str | os.PathLike[str], data: bytes | str, *,
                 expect: bytes | None = None) -> None:
    """Replace ``path`` with ``data`` in one step (temporary file, fsync, rename).

    ``str`` data is written as UTF-8, line endings untouched.  With ``expect`` (what
    :func:`read_for_update` returned when the caller read the file), the file must
    still hold exactly that, or :class:`ChangedOnDisk` is raised and nothing is
    written.  Problems a user can fix raise :class:`OutputError` naming the file.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {_why(exc)}", path=folder) from None
    old = _existing(path)
    _sweep_leftovers(folder)
    tmp = folder / f".{path.name[:80]}.{os.getpid()}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
    except OSError as exc:
        raise OutputError(f"cannot write: {_why(exc)}", path=path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if old is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(old.st_mode))
                if old.st_uid != os.geteuid() or old.st_gid != os.getegid():
                    with contextlib.suppress(OSError):
                        os.fchown(handle.fileno(), old.st_uid, old.st_gid)
            os.fsync(handle.fileno())
        if expect is not None and _current(path) != expect:
            raise ChangedOnDisk(str(path))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {_why(exc)}", path=path) from None
        raise
    _sync_folder(folder)


def write_if_changed(path: str | os.PathLike[str], data: bytes | str) -> bool:
    """Write ``data`` to ``path`` (as :func:`write_atomic`) unless the file already holds
    exactly that; return whether it was written.

    A re-run that produces the same text leaves the file alone, modification time
    included, so whatever watches the folder (a static-site build, a sync, ``make``)
    sees only what really changed.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    info = _existing(path)
    if info is not None and info.st_size == len(payload) and _current(path) == payload:
        return False
    write_atomic(path, payload)
    return True


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise the :class:`OutputError` that :func:`write_atomic` would, without writing.

    A run that writes many files (``apply``) checks every target first, so a
    target it must refuse (a folder, a read-only file, a link) stops the run
    before any file changed rather than half-way through.
    """
    path = Path(path)
    _existing(path)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent          # write_atomic creates the missing folders here
    if not folder.is_dir():
        raise OutputError("is not a folder; cannot write into it", path=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError("cannot write: Permission denied", path=path)


def read_file(path: str | os.PathLike[str], what: str, *,
              error: type[UserError] = InputError, missing: str | None = None,
              shown: str | os.PathLike[str] | None = None) -> bytes:
    """The bytes of a file the user gave, or one ``error`` naming it (or ``shown``):
    ``{what} not found`` (or ``missing``), ``cannot read {what}: Permission denied``.

    A vanished file, a folder where a file belongs or one without read permission
    is one line, never a traceback; what the bytes must be is the caller's to check.
    """
    where = Path(path if shown is None else shown)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise error(missing or f"{what} not found", path=where) from None
    except OSError as exc:
        raise error(f"cannot read {what}: {exc.strerror}", path=where) from None


def decode_utf8(data: bytes, path: str | os.PathLike[str], *,
                error: type[UserError] = InputError) -> str:
    r"""``data`` read as UTF-8 (a leading byte order mark dropped), or one ``error``
    naming the line and column of the first byte that is not UTF-8.

    >>> decode_utf8(b"\xef\xbb\xbfok\n", "a.yaml")
    'ok\n'
    >>> try:
    ...     decode_utf8(b"a: 1\n# caf\xe9\n", "a.yaml")
    ... except InputError as exc:
    ...     print(exc.format())
    a.yaml:2: not valid UTF-8: byte 0xe9 at column 6; save the file as UTF-8
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = byte_position(data, exc.start)
        raise error(f"not valid UTF-8: byte 0x{data[exc.start]:02x} at column {column}; "
                    "save the file as UTF-8", path=Path(path), line=line) from None


#: The lines git, Mercurial and diff3 open a conflict they could not merge with (and go on
#: with): a file that holds one at a line's start is a merge nobody resolved yet.
MERGE_MARKERS = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")


def merge_marker_line(text: str) -> int | None:
    r"""The line (1 for the first) of the first merge conflict marker opening a line of
    ``text``, or None.

    >>> merge_marker_line('{"a": 1,\n<<<<<<< HEAD\n')
    2
    >>> merge_marker_line("a == b\n") is None
    True
    """
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(MERGE_MARKERS):
            return number
    return None


_CONFLICT_BLOCK = re.compile(r"^<{7}(?: .*)?\n(?:.*\n)*?={7}\n(?:.*\n)*?>{7}(?: .*)?$",
                             re.MULTILINE)


def merge_conflict_line(text: str) -> int | None:
    r"""The line of the first whole merge conflict in a text an author writes (its
    ``<<<<<<<`` line, a ``=======`` and a ``>>>>>>>`` after it), or None.  A line of
    ``=======`` alone is a Markdown heading's underline or a rule, not a conflict.

    >>> merge_conflict_line("Title\n<<<<<<< HEAD\nOne.\n=======\nTwo.\n>>>>>>> desk\n")
    2
    >>> merge_conflict_line("Title\n=======\n\nText.\n") is None
    True
    """
    if "<<<<<<<" not in text:
        return None
    found = _CONFLICT_BLOCK.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def byte_position(data: bytes, offset: int) -> tuple[int, int]:
    r"""The line and column (both from 1) of the byte at ``offset``.

    >>> byte_position(b"a: 1\n# caf\xe9\n", 10)
    (2, 6)
    """
    return (data.count(b"\n", 0, offset) + 1,
            offset - (data.rfind(b"\n", 0, offset) + 1) + 1)


ABSENT = b"\0cms-i18n: no such file\0"
"""``expect=ABSENT``: the file must still not exist when the new one is moved in."""


def read_for_update(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path`` to pass back as ``expect``; :data:`ABSENT` if missing."""
    return _current(Path(path))


def _current(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _NONBLOCK)
    except FileNotFoundError:
        return ABSENT
    except OSError as exc:
        raise OutputError(f"cannot read: {_why(exc)}", path=path) from None
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


def file_stamp(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The file's size and modification time (ns), None when it is not there.

    What the caches of files other people edit compare to tell whether to read
    again: an editor's save, ``git pull`` or a rewritten glossary changes one or
    the other.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


def _existing(path: Path) -> os.stat_result | None:
    """The target's status, or None when it does not exist; refuse what must not be replaced."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"cannot write: {_why(exc)}", path=path) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError("is a symbolic link; refusing to replace it (put a copy of the "
                          "file it points to in its place, e.g. cp --remove-destination "
                          "\"$(readlink -f LINK)\" LINK, so what it holds is kept; or "
                          "write to that file yourself)", path=path)
    if stat.S_ISDIR(info.st_mode):
        raise OutputError("is a folder, not a file; move it out of the way", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise OutputError("is not a regular file; refusing to replace it", path=path)
    if not info.st_mode & 0o222:
        raise OutputError("is read-only; make it writable (chmod u+w) to update it",
                          path=path)
    return info


def _sweep_leftovers(folder: Path) -> None:
    """Remove temporary files that writers killed mid-write left in ``folder``.

    Done once per folder and process: listing a large content folder per file
    written would make ``apply`` quadratic.
    """
    key = os.fspath(folder.resolve())
    if key in _swept:
        return
    _swept.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match and not _alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- locks -------------------------------------------------------------------------

def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file that guards ``path``: ``content.po`` → ``content.po.lock``."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def locked(path: str | os.PathLike[str], *, wait: float = 0.0,
           what: str = "catalogue") -> Iterator[None]:
    """Hold the lock on ``path`` for the duration of the ``with`` block.

    ``wait`` is how many seconds to keep trying when another process holds it; then
    :class:`LockedError`.  The lock file is removed on release (a waiting process
    notices and locks the new file instead).
    """
    path = Path(path)
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {_why(exc)}", path=lock.parent) from None
    deadline = time.monotonic() + wait
    while True:
        handle = _try_lock(lock)
        if handle is not None:
            break
        if time.monotonic() >= deadline:
            raise LockedError(
                f"another cms-i18n run is updating this {what} (lock file "
                f"{lock.name}); try again when it has finished, or delete the lock file "
                "if no run is active", path=path)
        time.sleep(0.05)
    try:
        yield
    finally:
        _unlock(lock, handle)


def _try_lock(lock: Path) -> int | None:
    """Open and lock ``lock``; None when somebody else holds it.

    The lock file is opened without following a symbolic link and must be a plain
    file with no other name: a link planted there (by anyone who can write the
    folder) must never make a run create, truncate or write the file it points to.
    """
    if fcntl is None:  # pragma: no cover - Windows: exclusive creation is the lock
        try:
            return os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return None
    try:
        handle = os.open(lock, os.O_CREAT | os.O_RDWR | _NOFOLLOW | _NONBLOCK | _CLOEXEC,
                         0o644)
    except OSError as exc:
        if os.path.islink(lock):
            raise OutputError("lock file is a symbolic link; refusing to use it (remove it)",
                              path=lock) from None
        raise OutputError(f"cannot create lock file: {_why(exc)}", path=lock) from None
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        os.close(handle)
        raise OutputError("lock file is not a plain file of its own (a link or a special "
                          "file); refusing to use it (remove it)", path=lock)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        return None
    # The holder before us may have removed the file after we opened it: then our
    # lock is on a dead inode and we must start again with the new file.
    try:
        same = info.st_ino == os.lstat(lock).st_ino
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


def scratch_database() -> sqlite3.Connection:
    """A private SQLite database in a temporary file, gone when it is closed: what a
    run keeps per document (ids seen, catalogues' documents, shards set aside) would
    otherwise be the largest thing it holds in memory on a large site."""
    db = sqlite3.connect("")
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    return db


def shown_path(path: Path) -> str:
    """A path as a user would type it: relative to the current directory when inside it,
    its unprintable characters escaped (see :func:`printable`)."""
    try:
        return printable(str(Path(path).resolve().relative_to(Path.cwd().resolve())))
    except ValueError:
        return printable(str(path))


#: Characters that reorder what is shown around them, so that a name displays as another
#: (bidirectional controls: the "Trojan Source" characters).
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


def printable(name: str) -> str:
    r"""A file name as a message shows it: a line break, an escape sequence, a
    bidirectional override or a byte that is no UTF-8 written as an escape, so that the
    name printed is the file's and one line stays one line.

    >>> printable("new\nline.txt"), printable("esc\x1b[31mRED.txt")
    ('new\\nline.txt', 'esc\\x1b[31mRED.txt')
    >>> printable("evil\u202etxt.md"), printable("caf\udce9.txt"), printable("café.txt")
    ('evil\\u202etxt.md', 'caf\\xe9.txt', 'café.txt')
    """
    if name.isprintable() and not BIDI_CONTROLS.intersection(name):
        return name
    out = []
    for char in name:
        if "\udc80" <= char <= "\udcff":          # a byte os.fsdecode could not read
            out.append(f"\\x{ord(char) - 0xdc00:02x}")
        elif char.isprintable() and char not in BIDI_CONTROLS:
            out.append(char)
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(out)
