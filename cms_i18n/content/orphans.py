"""Published translations whose source document is gone (moved or deleted).

The files source writes a document's translation beside it, ``<name>.<lang><suffix>``.
When the source is moved (``git mv``) or deleted, its catalogue entries follow it or
become obsolete, and ``apply`` writes the translation at the new place, but the page
at the old place would stay there, published and stale, with nothing to say so.

So ``apply`` looks for them once per language.  A page its record says it wrote, and
that still holds exactly those bytes, is its own output: nobody's work is in it, the
catalogue keeps every text it held, and a later ``apply`` writes it again if its source
comes back, so it is removed (and named).  Any other such page (edited since, written
by someone else, or with no record to tell) may hold an editor's work: it is kept and
named, with what to do.  The same holds for a ``.new`` copy left beside such a page.
``status`` names them too, without touching anything.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.fileio import shown_path

_KEPT_SUFFIX = ".new"


@dataclass(frozen=True)
class Orphan:
    """A translation file of ``lang`` whose ``source`` is not there any more."""

    path: Path
    source: Path
    lang: str

    def kept_line(self) -> str:
        """The one line naming a page that is kept: what happened, and what to do."""
        return (f"{shown_path(self.path)}: its source {shown_path(self.source)} is gone "
                "(moved or deleted), so apply no longer updates this page; kept, as it "
                "is not what apply wrote (edited since, or no record of it): move it "
                "beside the source's new place, or delete it if the document is gone")

    def removed_line(self) -> str:
        return (f"{shown_path(self.path)} (its source {shown_path(self.source)} is gone: "
                "moved or deleted; apply wrote this page, unchanged since)")


@dataclass
class Settled:
    """What :func:`settle` did for one language: pages removed, pages kept."""

    removed: list[Orphan] = field(default_factory=list)
    kept: list[Orphan] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def find(root: Path, languages: Iterable[str], suffixes: Iterable[str]) -> Iterator[Orphan]:
    """Every ``<name>.<lang><suffix>`` (or its ``.new`` copy) below ``root`` with no
    ``<name><suffix>`` beside it, for the target ``languages``, in path order."""
    wanted = sorted(set(languages))
    if not wanted or not root.is_dir():
        return
    known = {s.lower() for s in suffixes}
    name = re.compile(r"^(?P<base>.+)\.(?P<lang>" + "|".join(map(re.escape, wanted))
                      + r")(?P<suffix>\.[^./]+)(?P<copy>" + re.escape(_KEPT_SUFFIX) + r")?$")
    for folder, subfolders, files in os.walk(root):    # one folder's listing at a time
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for file_name in sorted(files):
            match = name.match(file_name)
            path = Path(folder) / file_name
            if not match or match.group("suffix").lower() not in known or \
                    file_name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            source = path.with_name(match.group("base") + match.group("suffix"))
            if not source.exists() and not source.is_symlink():
                yield Orphan(path, source, match.group("lang"))


def settle(orphans: Iterable[Orphan], ours: Callable[[Path], bool],
           forget: Callable[[Path], None]) -> Settled:
    """Remove the ``orphans`` that are ``ours`` (what apply wrote, unchanged since);
    keep the others."""
    done = Settled()
    for orphan in orphans:
        if not ours(orphan.path):
            done.kept.append(orphan)
            continue
        try:
            orphan.path.unlink()
        except OSError as exc:
            done.problems.append(f"{shown_path(orphan.path)}: its source "
                                 f"{shown_path(orphan.source)} is gone, and it could not "
                                 f"be removed ({exc.strerror or exc}); delete it")
            continue
        forget(orphan.path)
        done.removed.append(orphan)
    return done
