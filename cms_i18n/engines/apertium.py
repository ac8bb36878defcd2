"""Apertium, run as one persistent pipeline per language pair.

``apertium`` the shell wrapper starts a dozen processes per call, and its ``-z``
mode buffers and stalls.  This engine reads the pair's mode file, starts the
mode's own pipeline once in null-flush mode, and streams NUL-terminated
records through it: one process tree per run, a few milliseconds per unit.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cms_i18n.engines.base import Translation
from cms_i18n.errors import EngineError
from cms_i18n.languages import base, to_iso639_1, to_iso639_3

DEFAULT_MODES_DIRS = ("/usr/share/apertium/modes", "/usr/local/share/apertium/modes")
INSTALL_HINT = "install Apertium and the pair, e.g. `apt-get install apertium apertium-eng-spa`"

# Characters the Apertium stream format reserves; escaped with a backslash.
_RESERVED = re.compile(r"([\\\[\]^$/@<>{}])")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
# One left-to-right scan: an escaped character, or a superblank ``[...]``.
_TOKEN = re.compile(r"\\(.)|\[((?:\\.|[^\]\\])*)\]", re.DOTALL)


def escape(text: str) -> str:
    r"""Turn plain text into an Apertium stream record.

    Line breaks become superblanks so that they pass through untouched.

    >>> escape("a/b [c]\nd")
    'a\\/b \\[c\\][\n]d'
    """
    escaped = _RESERVED.sub(r"\\\1", text)
    return re.sub(r"\n+", lambda m: f"[{m.group(0)}]", escaped)


def unescape(record: str) -> str:
    r"""Turn an Apertium stream record back into plain text.

    >>> unescape('a\\/b \\[c\\][\n]d')
    'a/b [c]\nd'
    """
    def replace(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        return _TOKEN.sub(replace, match.group(2))

    return _TOKEN.sub(replace, record)


def modes_dirs(settings: Mapping[str, Any]) -> list[Path]:
    configured = settings.get("apertium_modes_dir") or os.environ.get("CMS_I18N_APERTIUM_MODES")
    dirs = [configured] if configured else list(DEFAULT_MODES_DIRS)
    return [Path(d) for d in dirs]


def find_modes(settings: Mapping[str, Any]) -> dict[str, Path]:
    """Map mode name (``eng-spa``) to its mode file, for every installed pair."""
    found: dict[str, Path] = {}
    for folder in modes_dirs(settings):
        if folder.is_dir():
            for path in sorted(folder.glob("*.mode")):
                found.setdefault(path.stem, path)
    return found


def mode_name(source: str, target: str) -> str:
    """Apertium's mode name for a BCP-47 pair: ``en``, ``es`` → ``eng-spa``."""
    return f"{to_iso639_3(source)}-{to_iso639_3(target)}"


class _Pipeline:
    """One running mode pipeline; records in, records out, NUL-delimited."""

    def __init__(self, mode_file: Path, mark_unknown: bool) -> None:
        if shutil.which("apertium-wblank-mode") is None:
            raise EngineError(f"apertium-wblank-mode not found: {INSTALL_HINT}")
        script = subprocess.run(
            ["apertium-wblank-mode", "-z", str(mode_file)],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        generator_option = "-g" if mark_unknown else "-n"
        self._proc = subprocess.Popen(
            ["bash", "-c", script, "apertium-pipeline", generator_option, ""],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            bufsize=0,
        )
        self._lock = threading.Lock()

    def translate(self, records: Sequence[str]) -> list[str]:
        """Send all records, then read as many answers back.

        A writer thread feeds stdin while this thread reads stdout, so a large
        batch never deadlocks on full pipe buffers.
        """
        with self._lock:
            assert self._proc.stdin is not None and self._proc.stdout is not None
            # A trailing blank lets the analyser finish the last word before the
            # flush; without it, final punctuation waits for input that never comes.
            payload = b"".join(escape(r).encode("utf-8") + b" \0" for r in records)
            error: list[BaseException] = []

            stdin = self._proc.stdin

            def write() -> None:
                try:
                    stdin.write(payload)
                    stdin.flush()
                except BaseException as exc:  # pragma: no cover - reported below
                    error.append(exc)

            writer = threading.Thread(target=write, daemon=True)
            writer.start()
            outputs: list[str] = []
            buffer = b""
            stdout = self._proc.stdout
            while len(outputs) < len(records):
                chunk = stdout.read1(65536) if hasattr(stdout, "read1") else stdout.read(65536)
                if not chunk:
                    raise EngineError("the Apertium pipeline stopped unexpectedly")
                buffer += chunk
                *done, buffer = buffer.split(b"\0")
                outputs.extend(unescape(d.decode("utf-8", "replace")) for d in done)
            writer.join()
            if error:
                raise EngineError(f"could not write to the Apertium pipeline: {error[0]}")
            return outputs

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()


class ApertiumEngine:
    """Rule-based translation through Apertium's installed language pairs.

    Settings: ``apertium_modes_dir`` (where ``*.mode`` files live),
    ``apertium_mark_unknown`` (keep Apertium's ``*`` marks on unknown words;
    off by default, so drafts read cleanly).
    """

    name = "apertium"

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        self.settings = dict(settings or {})
        self._pipelines: dict[str, _Pipeline] = {}

    @property
    def version(self) -> str:
        """Engine version plus the installed pairs' mode files, for the memory key."""
        stamps = [f"{name}:{int(path.stat().st_mtime)}" for name, path in
                  sorted(find_modes(self.settings).items())]
        return "apertium/" + ",".join(stamps)

    def version_for(self, source: str, target: str) -> str:
        """Version of the one pair used, so installing another pair keeps the memory valid."""
        mode = mode_name(source, target)
        path = find_modes(self.settings).get(mode)
        stamp = int(path.stat().st_mtime) if path else 0
        return f"apertium/{mode}:{stamp}:{int(bool(self.settings.get('apertium_mark_unknown')))}"

    def pairs(self) -> set[tuple[str, str]]:
        result = set()
        for name in find_modes(self.settings):
            parts = name.split("-")
            if len(parts) == 2 and parts[1].isalpha():  # skip variants such as spa-eng_US
                result.add((to_iso639_1(parts[0]), to_iso639_1(parts[1])))
        return result

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        pipeline = self._pipeline(source, target)
        todo = [i for i, t in enumerate(texts) if t.strip()]
        outputs = pipeline.translate([texts[i] for i in todo]) if todo else []
        results = [Translation(text="") for _ in texts]
        for i, out in zip(todo, outputs, strict=True):
            results[i] = Translation(text=_restore_edges(texts[i], out))
        return results

    def close(self) -> None:
        for pipeline in self._pipelines.values():
            pipeline.close()
        self._pipelines.clear()

    def __enter__(self) -> ApertiumEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pipeline(self, source: str, target: str) -> _Pipeline:
        mode = mode_name(source, target)
        if mode not in self._pipelines:
            modes = find_modes(self.settings)
            if mode not in modes:
                have = ", ".join(sorted(modes)) or "none"
                raise EngineError(
                    f"Apertium has no {base(source)}→{base(target)} pair (mode {mode}; "
                    f"installed: {have}); {INSTALL_HINT.replace('eng-spa', mode)}"
                )
            self._pipelines[mode] = _Pipeline(
                modes[mode], bool(self.settings.get("apertium_mark_unknown"))
            )
        return self._pipelines[mode]


def _restore_edges(source: str, output: str) -> str:
    """Keep the source's leading/trailing whitespace; Apertium normalises it.

    Where Apertium drops a word (a subject pronoun, say) it leaves the blanks
    on both sides: doubled spaces the source did not have are closed up.
    """
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()):]
    body = output.strip()
    if "  " not in source:
        body = _DOUBLE_SPACE.sub(" ", body)
    return lead + body + trail
