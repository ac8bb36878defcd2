"""Cleaning remembered in the translation memory: an unchanged text is cleaned once.

Cleaning is pure, so its result depends on the cleaner's code and data, its
options and the raw text alone; :func:`cleaning_key` hashes the three.  A
unit's result (cleaned text and fixes) lives in the memory's ``cleaned`` table;
what only a whole document shows (the mojibake codecs it went through, the
chrome lines it drops) in ``cleaned_documents``.  A new version of the cleaner
has a new :func:`cleaner_fingerprint`, so it cleans everything again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from cms_i18n.clean import (
    FINAL_BREAK,
    CleanOptions,
    apply_plan,
    clean_document,
    clean_unit,
    detect_mojibake_codecs,
    wrapped_lines_joined,
)
from cms_i18n.codehash import CLEANING_CODE, code_fingerprint
from cms_i18n.document import Document, Fix

if TYPE_CHECKING:
    from cms_i18n.memory import Memory


def cleaner_fingerprint() -> str:
    """A hash of the cleaning and segmentation code and data: a new version re-cleans."""
    return code_fingerprint(*CLEANING_CODE)


def cleaning_key(fingerprint: str, options: object, raw: str) -> str:
    """Key of one cleaning result: the cleaner's code, its options and the raw text."""
    payload = "\x1f".join((fingerprint, repr(options), raw))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def clean_units(texts: Sequence[str], options: Sequence[CleanOptions],
                memory: Memory | None) -> list[tuple[str, tuple[Fix, ...]]]:
    """(cleaned text, fixes) of each text with its options; with a ``memory``,
    only the texts it has not seen are cleaned, and they are remembered."""
    if memory is None:
        return [(c.text, c.fixes) for c in map(clean_unit, texts, options)]
    keys = [cleaning_key(cleaner_fingerprint(), o, t)
            for t, o in zip(texts, options, strict=True)]
    found = memory.cleaned(keys)
    fresh = []
    for key, text, unit_options in zip(keys, texts, options, strict=True):
        if key not in found:
            result = clean_unit(text, unit_options)
            found[key] = (result.text, result.fixes)
            fresh.append((key, result.text, result.fixes))
    if fresh:
        memory.store_cleaned(fresh)
    return [found[key] for key in keys]


def page_cleaning(document: Document, options: CleanOptions, memory: Memory | None
                  ) -> tuple[tuple[str, ...], tuple[Fix, ...], bool]:
    """The cleaning of the whole document: its mojibake codecs, its fixes, and whether
    its wrapped lines are a scraper's, remembered with its text (an unchanged document
    costs one query).

    A plain-text document's fixes are all of them: its units are its paragraphs as
    ``cms-i18n clean`` leaves them (:func:`replayed_paragraphs`), since a paragraph
    alone cannot tell what the page shows (a line repeated lower down, a signature
    under a name, a scraper's wrapping).  Other formats keep only their chrome lines.
    """
    if not document.body.strip():
        return (), (), False
    key = cleaning_key(cleaner_fingerprint(), ("page", options), document.body)
    remembered = memory.cleaned_documents([key]).get(key) if memory is not None else None
    if remembered is not None:
        return remembered
    codecs = detect_mojibake_codecs(document.body, document.format)
    found = () if document.format == "html" else clean_document(document.body,
                                                                 options).fixes
    fixes = tuple(found) if document.format == "text" else tuple(
        f for f in found if chrome_line(f))
    unwrap = wrapped_lines_joined(found)
    if memory is not None:
        memory.store_cleaned_documents([(key, codecs, fixes, unwrap)])
    return codecs, fixes, unwrap


def chrome_line(fix: Fix) -> bool:
    """A fix that takes page chrome out of its line: the whole line, or a part of it."""
    return bool(fix.line) and fix.kind == "chrome" and (
        getattr(fix, "drop_line", False) or bool(fix.before.strip() and not fix.after))


def document_evidence(document: Document, options: CleanOptions, memory: Memory | None
                      ) -> tuple[tuple[str, ...], dict[int, Fix], bool]:
    """What only the whole document shows: its mojibake codecs, its chrome lines, and
    whether its wrapped lines are a scraper's.

    The codecs are evidence for the units' cleaning; the lines (1-based in the
    body) are page chrome such as a repeated title or a related-stories list
    after its header, removed from the units before each is cleaned, or a line's
    part only the page shows to be chrome (a crawler's date before the first
    line: the fix's ``drop_line`` is false, and :func:`cut_chrome` takes its text
    out of the line), so a unit holds what ``cms-i18n clean`` keeps; the
    verdict on wrapped lines (:attr:`CleanOptions.unwrap`) says whether a
    unit's broken paragraph is joined, which a paragraph alone cannot tell.
    """
    codecs, fixes, unwrap = page_cleaning(document, options, memory)
    dropped = {fix.line: fix for fix in fixes if fix.line and chrome_line(fix)}
    return codecs, dropped, unwrap


def replayed_paragraphs(body: str, spans: Sequence[tuple[int, int]], fixes: Sequence[Fix],
                        options: CleanOptions) -> list[tuple[str, tuple[Fix, ...]]]:
    """Each span of a document's lines (its first line, 1-based, and how many) as the
    document's whole cleaning (``fixes``, from :func:`page_cleaning`) left it, with those
    of its fixes made there, numbered from the span's first line.  The fixes are sorted
    to their lines once, so a long page costs no more per paragraph than a short one.

    >>> from cms_i18n.clean import clean_document
    >>> body = "Home | News\\nHeads of state met.\\n\\nThey agreed.\\n"
    >>> fixes = clean_document(body).fixes
    >>> [text for text, _ in replayed_paragraphs(body, [(1, 2), (4, 1)], fixes,
    ...                                          CleanOptions())]
    ['Heads of state met.', 'They agreed.']
    """
    lines = body.split("\n")
    by_line: dict[int, list[int]] = {}
    for index, fix in enumerate(fixes):
        # (the line break the page's end got is the file's, no paragraph's)
        if fix.line and fix.note != FINAL_BREAK:
            by_line.setdefault(fix.line, []).append(index)
    replayed = []
    for first, count in spans:
        # (in the order the cleaning made them: a line's repairs come before its joins)
        made = sorted((index, line) for line in range(first, first + count)
                      for index in by_line.get(line, ()))
        own = tuple(replace(fixes[index], line=line - first + 1) for index, line in made)
        replayed.append((apply_plan("\n".join(lines[first - 1:first - 1 + count]), own,
                                    options, unit=True), own))
    return replayed


def cut_chrome(line: str, fix: Fix) -> str:
    """``line`` without the chrome ``fix`` found in it at the document's level, where
    the fix removes a part of the line (``drop_line`` false): where the fix says, or
    where the line holds that part once (a segment's line may have lost its opening
    blanks); the line unchanged otherwise, so a stale fix never cuts words.

    >>> from cms_i18n.clean import CleanFix
    >>> fix = CleanFix("chrome", "date 2022-08-22 ", "", 1, "crawler's date", 1)
    >>> cut_chrome(" date 2022-08-22 (@Point)", fix)
    ' (@Point)'
    >>> cut_chrome("date 2022-08-22 (@Point)", fix)
    '(@Point)'
    >>> cut_chrome("BEIJING, Aug 22", fix)
    'BEIJING, Aug 22'
    """
    start = getattr(fix, "column", None)
    if fix.after or not fix.before.strip():
        return line
    if start is None or line[start:start + len(fix.before)] != fix.before:
        # a segment's line may have lost the blanks that opened it in the page
        if line.count(fix.before) != 1:
            return line
        start = line.index(fix.before)
    return line[:start] + line[start + len(fix.before):]
