"""Edits: the unit of change every cleaning step produces, and how to replay them.

A fixer looks at one line and returns :class:`Edit` objects positioned in
that line; :func:`apply_step` drops the ones that touch protected spans,
applies the rest and gives each the column it had at the moment it was
applied.  The runner turns those into :class:`CleanFix` records (a
:class:`cms_i18n.document.Fix` that also knows its column), so the same fixes
can be explained to an editor or replayed with :func:`cms_i18n.clean.apply_plan`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cms_i18n.document import Fix


class Edit(NamedTuple):
    """Replace ``before`` at ``column`` of a line by ``after``.

    A fixer gives columns in the line it was handed; after :func:`apply_step`
    they are columns in the line as it was when the edit was applied (the
    edits before it in the same step already made), which is what replaying
    in order needs.
    """

    column: int
    before: str
    after: str
    kind: str
    note: str = ""


@dataclass(frozen=True)
class CleanFix(Fix):
    """A :class:`Fix` that knows where in its line it applies, so it can be replayed.

    ``column`` is the 0-based position in the line at the moment the fix was
    made (None for fixes about the text's layout: line breaks, blank lines);
    ``drop_line`` says the whole line was removed (page chrome), not emptied.
    """

    column: int | None = None
    drop_line: bool = False


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < max(end, start + 1) and e > start for s, e in spans)


def apply_step(line: str, edits: Iterable[Edit],
               protected: Sequence[tuple[int, int]] = ()) -> tuple[str, list[Edit]]:
    """Apply one step's edits (positions in ``line``) left to right.

    Edits that overlap an earlier one or a protected span are dropped.
    Returns the new line and the applied edits with replay columns.

    >>> apply_step("Нeads of ”state”", [Edit(0, "Н", "H", "h"), Edit(9, "”", "“", "q")])
    ('Heads of “state”', [Edit(column=0, before='Н', after='H', kind='h', note=''), \
Edit(column=9, before='”', after='“', kind='q', note='')])
    """
    applied: list[Edit] = []
    parts: list[str] = []
    pos = 0
    shift = 0
    for edit in sorted(edits, key=lambda e: e.column):
        start = edit.column
        end = start + len(edit.before)
        if start < pos or line[start:end] != edit.before or edit.before == edit.after:
            continue
        if protected and _overlaps(protected, start, end):
            continue
        parts.append(line[pos:start])
        parts.append(edit.after)
        applied.append(edit._replace(column=start + shift))
        shift += len(edit.after) - len(edit.before)
        pos = end
    if not applied:
        return line, []
    parts.append(line[pos:])
    return "".join(parts), applied


def replay(line: str, edits: Iterable[Edit | CleanFix]) -> str:
    """Apply edits carrying replay columns, in order (what :func:`apply_step` returned).

    An edit whose ``before`` is not at its column is skipped.

    >>> replay("Нeads of ”state”", [Edit(0, "Н", "H", "h"), Edit(9, "”", "“", "q")])
    'Heads of “state”'
    """
    for edit in edits:
        col = edit.column
        if col is None:
            continue
        end = col + len(edit.before)
        if line[col:end] == edit.before:
            line = line[:col] + edit.after + line[end:]
    return line
