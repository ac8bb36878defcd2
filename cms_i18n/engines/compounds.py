"""Hyphenated compounds sent to a rule-based engine without being glued.

Apertium analyses "high-level" as two words joined by a hyphen token with no
blank on either side; when its transfer rules move the words around, the
missing blanks glue them to their neighbours ("a high-level delegation" →
"una delegacióndenivel alto", "non-permanent members" →
"miembrosnopermanentes").  Spacing the hyphen out with a dash it treats the
same way (" – ", or " - " when the text already has the first) gives it the
blanks it needs: "una delegación de nivel alto", "miembros no permanentes".
Compounds it does not rewrite come back with the dash still between them and
are joined again, as they were.

>>> open_compounds("a high-level, non-permanent seat")
('a high – level, non – permanent seat', ' – ')
>>> close_compounds("El militar – alianza política", " – ")
'El militar-alianza política'
"""

from __future__ import annotations

import re

# A hyphen between letters, or between a number and a word ("10-member").
_COMPOUND = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])")
_MARKERS = (" – ", " - ")


def open_compounds(text: str) -> tuple[str, str | None]:
    """``text`` with its compound hyphens spaced out, and the marker used (None: unchanged)."""
    if "-" not in text or not _COMPOUND.search(text):
        return text, None
    marker = next((m for m in _MARKERS if m.strip() not in text), None)
    if marker is None:
        return text, None
    return _COMPOUND.sub(marker, text), marker


def close_compounds(text: str, marker: str | None) -> str:
    """Join again what the engine left spaced out by ``marker``."""
    if marker is None:
        return text
    dash = re.escape(marker.strip())
    return re.sub(rf" ?{dash} ?", "-", text)
