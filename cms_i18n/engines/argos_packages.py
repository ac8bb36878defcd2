"""Installed Argos Translate packages: find, list, validate, install, remove.

An Argos package (``.argosmodel``) is a zip holding one folder with
``metadata.json``, a CTranslate2 model in ``model/`` and a
``sentencepiece.model``.  argostranslate installs one with a bare
``ZipFile.extractall`` into its packages folder: a member named ``../x`` writes
outside it, an archive whose folder is named like an installed package
overwrites that package, and a broken archive leaves half a package behind that
then breaks the loading of every other one.  Here an archive is checked whole
before a byte is written, extracted into a hidden staging folder inside the
packages folder and moved into place with one rename, so the installed
packages are either the old set or the new one.

Installed folders keep Argos' own layout, so a folder managed here can also be
used as ``ARGOS_PACKAGES_DIR`` by argostranslate itself.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import threading
import time
import urllib.error
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cms_i18n.errors import EngineError, InputError, UserError
from cms_i18n.fileio import locked, read_file
from cms_i18n.languages import base

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ENV_PACKAGES_DIR",
    "ArchiveInfo",
    "ArgosPackage",
    "default_packages_dir",
    "find_package",
    "inspect_archive",
    "install_from_index",
    "install_package",
    "list_packages",
    "remove_package",
    "resolve_packages_dir",
    "scan_packages",
    "to_bcp47",
]

log = logging.getLogger(__name__)

ENV_PACKAGES_DIR = "CMS_I18N_ARGOS_PACKAGES"
DEFAULT_MAX_BYTES = 2 * 1024**3      # the largest Argos models are ~ 400 MB
MAX_MEMBERS = 10_000
MAX_METADATA_BYTES = 1024**2
MAX_INDEX_BYTES = 16 * 1024**2
INDEX_TIMEOUT = 8.0                  # seconds, whole index fetch (DNS included)
DOWNLOAD_TIMEOUT = 30.0              # seconds without a byte before a download gives up

_STAGING_PREFIX = ".cms-i18n-"
_LOCK_NAME = ".cms-i18n.lock"
_LOCK_WAIT = 600.0      # seconds an install waits for another one to finish
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,31}")

# Argos uses a few codes of its own; everything else is already BCP-47.
_ARGOS_TO_BCP47 = {"pb": "pt-BR", "zt": "zh-Hant"}


def to_bcp47(code: str) -> str:
    """The BCP-47 tag for an Argos language code.

    >>> to_bcp47("pb"), to_bcp47("es")
    ('pt-BR', 'es')
    """
    return _ARGOS_TO_BCP47.get(code, code)


def default_packages_dir() -> Path:
    """``$CMS_I18N_ARGOS_PACKAGES``, else ``$XDG_DATA_HOME/cms-i18n/argos-packages``.

    ``XDG_DATA_HOME`` defaults to ``~/.local/share``.  The folder is separate
    from argostranslate's own so that neither tool trips over the other.
    """
    env = os.environ.get(ENV_PACKAGES_DIR)
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "cms-i18n" / "argos-packages"


def resolve_packages_dir(value: str | os.PathLike[str] | None) -> Path:
    """The packages folder for a setting value (None or empty → the default)."""
    return Path(value).expanduser() if value else default_packages_dir()


# --------------------------------------------------------------------------
# metadata


def parse_metadata(raw: bytes | str, where: str | Path) -> dict[str, Any]:
    """Parse and check ``metadata.json``; the returned dict has normalised fields.

    Raises :class:`InputError` naming ``where`` for anything a package cannot run with.
    """
    if len(raw) > MAX_METADATA_BYTES:
        raise InputError("metadata.json is larger than 1 MiB", path=where)
    try:
        meta = json.loads(raw)
    except RecursionError:
        raise InputError("metadata.json nests values too deeply to read", path=where) from None
    except (ValueError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(f"metadata.json is not valid JSON ({exc})", path=where,
                         line=line) from None
    if not isinstance(meta, dict):
        raise InputError("metadata.json must hold a JSON object", path=where)
    for key in ("from_code", "to_code"):
        value = meta.get(key)
        if not isinstance(value, str) or not _CODE.fullmatch(value):
            raise InputError(f"metadata.json: {key} must be a language code like 'en', "
                             f"got {value!r}", path=where)
    if meta["from_code"] == meta["to_code"]:
        raise InputError("metadata.json: from_code and to_code are the same", path=where)
    # Argos itself treats a missing version as empty; so do we, as "0".
    version = meta.get("package_version", "0")
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise InputError(f"metadata.json: package_version must be a version like '1.9', "
                         f"got {meta.get('package_version')!r}", path=where)
    meta["package_version"] = version
    kind = meta.get("type", "translate")
    if kind != "translate":
        raise InputError(f"metadata.json: package type {kind!r} is not a translation "
                         "package (only type 'translate' is used)", path=where)
    for key in ("argos_version", "from_name", "to_name", "target_prefix"):
        if key in meta and meta[key] is not None and not isinstance(meta[key], str):
            raise InputError(f"metadata.json: {key} must be a string", path=where)
    return meta


@dataclass(frozen=True)
class ArgosPackage:
    """One installed package folder."""

    path: Path
    from_code: str          # as Argos writes it ("en", "pb")
    to_code: str
    package_version: str
    argos_version: str = ""
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dir(cls, path: Path) -> ArgosPackage:
        """Read ``path/metadata.json``; :class:`InputError` when missing or invalid."""
        meta_path = path / "metadata.json"
        raw = read_file(meta_path, "metadata.json", shown=path,
                        missing="no metadata.json: not an Argos package")
        meta = parse_metadata(raw, meta_path)
        return cls(
            path=path,
            from_code=meta["from_code"],
            to_code=meta["to_code"],
            package_version=meta["package_version"],
            argos_version=meta.get("argos_version") or "",
            from_name=meta.get("from_name") or "",
            to_name=meta.get("to_name") or "",
            target_prefix=meta.get("target_prefix") or "",
            metadata=meta,
        )

    @property
    def id(self) -> str:
        """``translate-en_es``: what ``--force`` may replace (Argos' package name)."""
        return f"translate-{self.from_code}_{self.to_code}"

    @property
    def pair(self) -> tuple[str, str]:
        """The (source, target) BCP-47 pair."""
        return to_bcp47(self.from_code), to_bcp47(self.to_code)

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def sentencepiece_path(self) -> Path:
        return self.path / "sentencepiece.model"

    def size_bytes(self) -> int:
        """Bytes on disk, for ``models list``."""
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())


def scan_packages(packages_dir: Path) -> tuple[list[ArgosPackage], list[str]]:
    """Installed packages (sorted by pair) and one problem line per folder skipped.

    A folder without a usable ``metadata.json`` is skipped, never fatal: one
    stray folder must not hide every other model.  Hidden entries (staging
    folders, the lock file) are ignored.
    """
    packages: list[ArgosPackage] = []
    problems: list[str] = []
    if not packages_dir.is_dir():
        return packages, problems
    for entry in sorted(packages_dir.iterdir()):
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        try:
            packages.append(ArgosPackage.from_dir(entry))
        except InputError as exc:
            problems.append(f"skipping {entry}: {exc.message}")
    packages.sort(key=lambda p: (p.pair, p.package_version, p.path.name))
    return packages, problems


def list_packages(packages_dir: Path | None = None) -> list[ArgosPackage]:
    """Installed packages; skipped folders are logged as warnings."""
    packages, problems = scan_packages(resolve_packages_dir(packages_dir))
    for problem in problems:
        log.warning("%s", problem)
    return packages


def find_package(packages: list[ArgosPackage], source: str, target: str) -> ArgosPackage | None:
    """The package for ``source`` → ``target``: exact tags first, then base languages.

    >>> pt = ArgosPackage(Path("p"), "en", "pt", "1.0")
    >>> pb = ArgosPackage(Path("b"), "en", "pb", "1.0")
    >>> find_package([pt, pb], "en", "pt-BR") is pb, find_package([pt], "en-GB", "pt-BR") is pt
    (True, True)
    """
    exact = [p for p in packages if p.pair == (source, target)]
    if exact:
        return exact[-1]
    loose = [p for p in packages
             if base(p.pair[0]) == base(source) and base(p.pair[1]) == base(target)]
    return loose[-1] if loose else None


# --------------------------------------------------------------------------
# archives


@dataclass(frozen=True)
class ArchiveInfo:
    """What :func:`inspect_archive` learnt about a valid ``.argosmodel``."""

    path: Path
    folder: str                     # the single top-level folder
    metadata: dict[str, Any]
    members: tuple[zipfile.ZipInfo, ...]
    total_bytes: int

    @property
    def package_id(self) -> str:
        return f"translate-{self.metadata['from_code']}_{self.metadata['to_code']}"


def _member_parts(info: zipfile.ZipInfo, archive: Path) -> list[str]:
    """The path components of a member, refusing anything that could escape."""
    name = info.filename

    def refuse(why: str) -> InputError:
        return InputError(f"refusing to install: member {name!r} {why}", path=archive)

    if "\x00" in name or "\\" in name:
        raise refuse("has a backslash or NUL in its name")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise refuse("is an absolute path")
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise refuse("has an empty, '.' or '..' path component")
    if info.flag_bits & 0x1:
        raise refuse("is encrypted")
    mode = info.external_attr >> 16
    if mode:                                      # Unix attributes are present
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise refuse("is a symbolic link")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise refuse("is a special file (device, FIFO or socket)")
    if info.is_dir() and info.file_size:
        raise refuse("is a folder with data")
    return parts


def inspect_archive(archive: str | os.PathLike[str],
                    *, max_bytes: int = DEFAULT_MAX_BYTES) -> ArchiveInfo:
    """Check an ``.argosmodel`` without extracting it; :class:`InputError` if unfit.

    Checks: a readable zip; at most ``MAX_MEMBERS`` members; exactly one
    top-level folder; every member confined to it (no ``..``, no absolute
    path, no symlink or special file, no duplicate); ``metadata.json``,
    ``model/model.bin`` and ``sentencepiece.model`` present; metadata sane;
    total uncompressed size at most ``max_bytes``.
    """
    path = Path(archive)
    if not path.is_file():
        raise InputError("no such file" if not path.exists() else "not a file", path=path)
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a valid .argosmodel (zip) archive: {exc}", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read archive: {exc.strerror or exc}", path=path) from None
    with zf:
        members = zf.infolist()
        if not members:
            raise InputError("refusing to install: the archive is empty", path=path)
        if len(members) > MAX_MEMBERS:
            raise InputError(f"refusing to install: {len(members)} members "
                             f"(at most {MAX_MEMBERS})", path=path)
        tops: set[str] = set()
        seen: set[str] = set()
        files: set[str] = set()
        folders: set[str] = set()
        total = 0
        for info in members:
            parts = _member_parts(info, path)
            key = "/".join(parts)
            folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
            if key in seen:
                raise InputError(f"refusing to install: member {info.filename!r} appears "
                                 "twice", path=path)
            seen.add(key)
            tops.add(parts[0])
            if len(parts) == 1 and not info.is_dir():
                raise InputError(f"refusing to install: file {info.filename!r} lies outside "
                                 "the package folder", path=path)
            if not info.is_dir():
                files.add(key)
            total += info.file_size
        clash = sorted(files & folders)
        if clash:
            raise InputError(f"refusing to install: {clash[0]!r} is both a file and a folder "
                             "holding other members in the archive", path=path)
        if len(tops) != 1:
            shown = ", ".join(sorted(tops)[:5])
            raise InputError(f"refusing to install: the archive must hold exactly one "
                             f"top-level folder, found {len(tops)} ({shown})", path=path)
        folder = tops.pop()
        if folder.startswith(".") or len(folder) > 200:
            raise InputError(f"refusing to install: unusable package folder name {folder!r}",
                             path=path)
        if total > max_bytes:
            raise InputError(f"refusing to install: {total / 1024**2:.0f} MiB uncompressed, "
                             f"more than the {max_bytes / 1024**2:.0f} MiB allowed", path=path)
        for required, what in (("metadata.json", "package metadata"),
                               ("model/model.bin", "CTranslate2 model"),
                               ("sentencepiece.model", "SentencePiece tokenizer")):
            if f"{folder}/{required}" not in files:
                hint = ""
                if required == "sentencepiece.model" and f"{folder}/bpe.model" in files:
                    hint = " (BPE-tokenized packages are not supported)"
                raise InputError(f"not an Argos package: {folder}/{required} ({what}) is "
                                 f"missing{hint}", path=path)
        meta_info = zf.getinfo(f"{folder}/metadata.json")
        if meta_info.file_size > MAX_METADATA_BYTES:
            raise InputError("refusing to install: metadata.json is larger than 1 MiB",
                             path=path)
        try:
            raw = zf.read(meta_info)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise InputError(f"archive is corrupt: {exc}", path=path) from None
        meta = parse_metadata(raw, f"{path}:{folder}/metadata.json")
        return ArchiveInfo(path, folder, meta, tuple(members), total)


# --------------------------------------------------------------------------
# install / remove


@contextlib.contextmanager
def _locked(packages_dir: Path) -> Iterator[None]:
    """Serialise installs and removals on one packages folder (the one file lock)."""
    try:
        packages_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the packages folder: {exc.strerror}",
                         path=packages_dir) from None
    with locked(packages_dir / _LOCK_NAME.removesuffix(".lock"), wait=_LOCK_WAIT,
                what="packages folder"):
        _remove_stale_staging(packages_dir)
        yield


def _remove_stale_staging(packages_dir: Path) -> None:
    """Staging folders left by a run that died (the lock is ours, so none is live).

    argostranslate refuses to load any package while a folder without
    ``metadata.json`` sits in its packages folder, so none may linger.
    """
    for entry in packages_dir.glob(_STAGING_PREFIX + "*"):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


def _extract(archive: ArchiveInfo, staging: Path, max_bytes: int) -> Path:
    """Extract the validated members under ``staging``; return the package folder."""
    written = 0
    with zipfile.ZipFile(archive.path) as zf:
        for info in archive.members:
            parts = info.filename.rstrip("/").split("/")
            dest = staging.joinpath(*parts)
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(dest, "xb") as out:
                while chunk := src.read(1 << 20):
                    written += len(chunk)
                    if written > max_bytes:
                        raise InputError("refusing to install: archive expands beyond "
                                         "its declared size", path=archive.path)
                    out.write(chunk)
            dest.chmod(0o644)
    return staging / archive.folder


def _check_loadable(package: ArgosPackage, archive: Path) -> None:
    """Load the tokenizer and the model once, so a broken one is refused at install."""
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(package.sentencepiece_path))
    except Exception as exc:  # the library raises plain RuntimeError/OSError
        raise InputError(f"sentencepiece.model is not a usable SentencePiece model ({exc})",
                         path=archive) from None
    try:
        translator = ctranslate2.Translator(str(package.model_dir), device="cpu",
                                            intra_threads=1)
    except Exception as exc:
        raise InputError(f"model/ is not a loadable CTranslate2 model ({exc})",
                         path=archive) from None
    del translator


def _conflicts(archive: ArchiveInfo, packages_dir: Path, force: bool) -> list[ArgosPackage]:
    """Installed packages this archive replaces; refuses any other overwrite."""
    installed, _ = scan_packages(packages_dir)
    target = packages_dir / archive.folder
    if target.exists() or target.is_symlink():
        occupant = next((p for p in installed if p.path == target), None)
        if occupant is None:
            raise InputError(f"refusing to install: {target} already exists and is not an "
                             "installed package; move it away first", path=archive.path)
        if occupant.id != archive.package_id:
            raise InputError(
                f"refusing to install: folder {archive.folder!r} would overwrite another "
                f"package ({occupant.from_code} → {occupant.to_code}, {occupant.id})",
                path=archive.path)
    same = [p for p in installed if p.id == archive.package_id]
    if same and not force:
        old = same[0]
        raise InputError(
            f"{old.id} is already installed (version {old.package_version}, {old.path}); "
            "add --force to replace it", path=archive.path)
    return same


def install_package(archive: str | os.PathLike[str], packages_dir: Path | None = None,
                    *, force: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> ArgosPackage:
    """Validate ``archive`` and install it atomically; return the installed package.

    Nothing in ``packages_dir`` changes unless the whole package was extracted
    and its tokenizer and model loaded.  ``force`` replaces an installed
    package of the same id (same language pair), never another one.
    """
    packages_dir = resolve_packages_dir(packages_dir)
    info = inspect_archive(archive, max_bytes=max_bytes)
    with _locked(packages_dir):
        replaced = _conflicts(info, packages_dir, force)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX + "install-", dir=packages_dir))
        try:
            try:
                folder = _extract(info, staging, max_bytes)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise InputError(f"archive is corrupt: {exc}", path=info.path) from None
            except OSError as exc:
                raise UserError(f"cannot write into {packages_dir}: {exc.strerror or exc}",
                                path=info.path) from None
            staged = ArgosPackage.from_dir(folder)
            _check_loadable(staged, info.path)
            _swap_in(folder, packages_dir / info.folder, [p.path for p in replaced], staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return ArgosPackage.from_dir(packages_dir / info.folder)


def _swap_in(new: Path, target: Path, old: list[Path], staging: Path) -> None:
    """Move ``old`` folders aside and ``new`` to ``target``; undo on failure."""
    moved: list[tuple[Path, Path]] = []
    try:
        for index, path in enumerate(old):
            aside = staging / f"replaced-{index}"
            os.rename(path, aside)
            moved.append((path, aside))
        os.rename(new, target)
    except OSError as exc:
        for path, aside in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(aside, path)
        raise UserError(f"cannot install into {target.parent}: {exc.strerror or exc}") from None


def remove_package(spec: str | tuple[str, str], packages_dir: Path | None = None) -> ArgosPackage:
    """Remove one installed package, named by folder, id (``translate-en_es``) or pair."""
    packages_dir = resolve_packages_dir(packages_dir)
    with _locked(packages_dir):
        installed, _ = scan_packages(packages_dir)
        if isinstance(spec, tuple):
            matches = [p for p in installed
                       if (p.from_code, p.to_code) == spec or p.pair == spec]
            label = f"{spec[0]} → {spec[1]}"
        else:
            matches = [p for p in installed if spec in (p.path.name, p.id)]
            label = spec
        if not matches:
            known = ", ".join(f"{p.id} ({p.path.name})" for p in installed) or "none"
            raise UserError(f"no installed Argos package matches {label!r} "
                            f"(installed: {known})", path=packages_dir)
        if len(matches) > 1:
            names = ", ".join(p.path.name for p in matches)
            raise UserError(f"{label!r} matches several packages ({names}); "
                            "name the folder to remove", path=packages_dir)
        package = matches[0]
        trash = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX + "remove-", dir=packages_dir))
        try:
            os.rename(package.path, trash / package.path.name)
        finally:
            shutil.rmtree(trash, ignore_errors=True)
    return package


# --------------------------------------------------------------------------
# the online index (optional argostranslate extra)


def _fetch(url: str, *, timeout: float, limit: int) -> bytes:
    """GET ``url`` within ``timeout`` seconds overall, name lookup included.

    ``urlopen``'s own timeout does not cover DNS, which on an offline machine
    can stall far longer; a worker thread with a deadline does.
    """
    import urllib.request  # here: its import (http, ssl) is paid by what fetches

    result: dict[str, Any] = {}

    def work() -> None:
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "cms-i18n"})
            with urllib.request.urlopen(request, timeout=timeout) as response:
                result["data"] = response.read(limit + 1)
        except Exception as exc:          # reported to the caller below
            result["error"] = exc

    worker = threading.Thread(target=work, name="argos-index-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {timeout:.0f} s")
    if "error" in result:
        raise result["error"]
    data: bytes = result["data"]
    if len(data) > limit:
        raise ValueError(f"answer larger than {limit // 1024**2} MiB")
    return data


def _download(url: str, dest: Path, *, max_bytes: int) -> None:
    """Stream ``url`` into ``dest``, bounded in size and stall time."""
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "cms-i18n"})
    written = 0
    with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT) as response, \
            open(dest, "wb") as out:
        while chunk := response.read(1 << 20):
            written += len(chunk)
            if written > max_bytes:
                raise ValueError(f"download larger than {max_bytes // 1024**2} MiB")
            out.write(chunk)


def install_from_index(from_code: str, to_code: str, packages_dir: Path | None = None, *,
                       index_url: str | None = None, force: bool = False,
                       timeout: float = INDEX_TIMEOUT,
                       max_bytes: int = DEFAULT_MAX_BYTES) -> ArgosPackage:
    """Download the ``from_code`` → ``to_code`` package from the Argos index and install it.

    Needs the optional ``argostranslate`` library (``pip install 'cms-i18n[argos]'``)
    for the index address (``ARGOS_PACKAGE_INDEX`` and its settings file) and
    its reading of index entries.  The network calls are made here, with a
    deadline: argostranslate's own index fetch retries without end offline.
    The download then goes through :func:`install_package`'s checks.
    """
    try:
        from argostranslate import package as argos_package
        from argostranslate import settings as argos_settings
    except ImportError:
        raise EngineError(
            "downloading from the Argos package index needs the optional argostranslate "
            "library: pip install 'cms-i18n[argos]'; or fetch the .argosmodel file "
            "yourself and run `cms-i18n models install --from FILE.argosmodel`") from None
    url = index_url or argos_settings.remote_package_index
    try:
        raw = _fetch(url, timeout=timeout, limit=MAX_INDEX_BYTES)
    except (OSError, TimeoutError, ValueError, urllib.error.URLError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise EngineError(
            f"cannot reach the Argos package index at {url} ({reason}). This machine "
            "looks offline: download the .argosmodel file on a connected machine and run "
            "`cms-i18n models install --from FILE.argosmodel`") from None
    try:
        entries = json.loads(raw)
        if not isinstance(entries, list):
            raise ValueError("not a JSON list")
    except RecursionError:
        raise EngineError(f"the Argos package index at {url} nests values too deeply") from None
    except ValueError as exc:
        raise EngineError(f"the Argos package index at {url} is unreadable ({exc})") from None
    available = [argos_package.AvailablePackage(entry) for entry in entries
                 if isinstance(entry, dict)]
    wanted = [p for p in available
              if p.type == "translate" and (p.from_code, p.to_code) == (from_code, to_code)]
    if not wanted:
        pairs = sorted({f"{p.from_code}-{p.to_code}" for p in available
                        if p.type == "translate" and p.from_code == from_code})
        offer = ", ".join(pairs) or "none"
        raise EngineError(f"the Argos package index has no {from_code} → {to_code} package "
                          f"(from {from_code!r} it offers: {offer})")
    chosen = wanted[0]
    links = [link for link in chosen.links or [] if str(link).startswith(("https:", "http:"))]
    if not links:
        raise EngineError(f"the index entry for {from_code} → {to_code} has no download link")
    packages_dir = resolve_packages_dir(packages_dir)
    packages_dir.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=_STAGING_PREFIX + "download-", suffix=".argosmodel",
                                    dir=packages_dir)
    os.close(handle)
    download = Path(name)
    try:
        errors = []
        for link in links:
            try:
                started = time.monotonic()
                _download(link, download, max_bytes=max_bytes)
                log.info("downloaded %s in %.1f s", link, time.monotonic() - started)
                break
            except (OSError, ValueError, urllib.error.URLError) as exc:
                errors.append(f"{link}: {getattr(exc, 'reason', None) or exc}")
        else:
            raise EngineError("download failed: " + "; ".join(errors))
        return install_package(download, packages_dir, force=force, max_bytes=max_bytes)
    finally:
        download.unlink(missing_ok=True)
