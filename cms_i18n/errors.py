"""One exception hierarchy for every error a user can cause or fix.

The command line turns a :class:`UserError` into ``error: <message>`` on stderr
and a non-zero exit status, without a traceback.  Anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path

UNTRANSLATED_EXIT = 5
"""The exit status of a ``translate`` that wrote its catalogues but left units the engine
failed on untranslated (each named on a ``warning:`` line): the site is usable, and the
next run tries those units again."""


class UserError(Exception):
    """An error the user can act on: bad input, missing engine, bad option."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.format())

    def format(self) -> str:
        """Return ``file:line: message`` (parts omitted when unknown)."""
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class ConfigError(UserError):
    """A setting, option or config file is wrong."""


class InputError(UserError):
    """A content, glossary or catalogue file cannot be read or parsed."""


class LanguageError(UserError):
    """A language code is unknown or unsupported by the chosen engine."""


class EngineError(UserError):
    """No engine or model can do the job, or the engine failed.

    ``hint`` says what to install (or set) so one can: shown after the message on
    the command line, apart from it where there is room (a Django system check).
    """

    exit_code = 3

    def __init__(self, message: str, *, hint: str | None = None,
                 path: str | Path | None = None, line: int | None = None) -> None:
        self.hint = hint
        super().__init__(message, path=path, line=line)

    def format(self) -> str:
        shown = super().format()
        return f"{shown}: {self.hint}" if getattr(self, "hint", None) else shown


class CatalogError(UserError):
    """A gettext catalogue is malformed or cannot be written safely."""


class OutputError(UserError):
    """A file cannot be written safely (a folder, a link or a read-only file in the way,
    a full disk, no permission)."""


class LockedError(UserError):
    """Another cms-i18n run holds the lock on the same catalogue."""

    exit_code = 4


class CheckFailed(UserError):
    """`cms-i18n check` found critical problems."""

    exit_code = 2
