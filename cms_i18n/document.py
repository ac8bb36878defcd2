"""The plain data that flows through the pipeline.

A content source yields :class:`Document` objects; segmentation turns each into
:class:`Unit` objects, the things an editor translates one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Fix:
    """One repair made to source text, kept so it can be explained and replayed.

    ``kind`` names the fixer (``homoglyph``, ``mojibake``, ``chrome`` …),
    ``before``/``after`` are the exact texts replaced, ``line`` is the 1-based
    line of the input where it happened (None when unknown).
    """

    kind: str
    before: str
    after: str
    line: int | None = None
    note: str = ""

    def describe(self) -> str:
        """A one-line explanation for an editor, e.g. ``homoglyph: 'Нeads' → 'Heads'``."""
        def show(text: str) -> str:
            return repr(text if len(text) <= 40 else text[:37] + "…")

        text = f"{self.kind}: {show(self.before)} → {show(self.after)}"
        return f"{text} ({self.note})" if self.note else text


@dataclass(frozen=True)
class Unit:
    """One translatable piece of a document: a title, heading, paragraph, list item."""

    document_id: str
    key: str            # unique within the document: field name, plus "#n" for repeats
    source: str         # cleaned source text, inline markup kept as in the document
    path: str = ""      # source file, for `#:` references
    line: int = 0       # 1-based line in the source file
    kind: str = "paragraph"   # title | heading | paragraph | item | field
    fixes: tuple[Fix, ...] = ()
    format: str = "text"      # markup of the source: text | markdown | html

    @property
    def context(self) -> str:
        """The gettext ``msgctxt``: where the unit lives."""
        return self.document_id if self.key == "body" else f"{self.document_id}:{self.key}"


@dataclass
class Document:
    """One piece of CMS content in the source language."""

    id: str
    path: Path | None
    format: str                    # "text" | "markdown" | "html"
    body: str
    fields: dict[str, str] = field(default_factory=dict)   # e.g. title from front matter
    meta: dict[str, object] = field(default_factory=dict)  # front matter kept as is
    source_lang: str = "en"
    body_line: int = 1             # line of the file where the body starts
    section: str | None = None     # the section it belongs to (a folder, a subtree); None:
                                   # the folder part of its id
    id_from_path: bool = False     # its id is its file's path: moving the file changes it
    former_id: str | None = None   # the id it had before it moved (see catalog/moves.py)
    front_matter: str = ""         # the front matter as written, its --- lines included
