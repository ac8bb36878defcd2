"""Mojibake seen in one line makes the cleaner bolder elsewhere; genuine text must not pay.

Every genuine text of ``cases/negative`` is put after a line of real mojibake
(UTF-8 decoded as Windows-1252, Latin-1 or MacRoman with Python's own codecs),
so the lone-sequence pass runs with that codec as evidence: the mojibake line
is repaired and the genuine text still comes out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, clean_document

CASES = Path(__file__).parent / "cases"
SENTENCE = "Russia’s envoy called the talks “frank” — and “useful”."
CODECS = ("cp1252", "latin-1", "mac_roman")


def _as_read_with(text: str, codec: str) -> str:
    """UTF-8 bytes decoded with ``codec``; bytes it leaves undefined become C1 controls."""
    return "".join(bytes([b]).decode(codec, "replace").replace("\ufffd", chr(b))
                   for b in text.encode("utf-8"))


def _genuine() -> list[Path]:
    """Genuine cases that can follow another paragraph unchanged.

    Cases about how a file starts or ends (a BOM, leading blank lines, no final
    newline) are left out: they test the file's edges, which this test moves.
    """
    def fits(path: Path) -> bool:
        text = path.read_bytes().decode("utf-8")
        return text.endswith("\n") and not text.startswith(("\ufeff", "\n"))

    return sorted(p for p in (CASES / "negative").glob("*.txt") if fits(p))


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("path", _genuine(), ids=lambda p: p.stem)
def test_genuine_text_after_mojibake_is_untouched(path: Path, codec: str) -> None:
    genuine = path.read_bytes().decode("utf-8")
    text = _as_read_with(SENTENCE, codec) + "\n\n" + genuine
    cleaned = clean_document(text, CleanOptions(format="text")).text
    assert cleaned == SENTENCE + "\n\n" + genuine


@pytest.mark.parametrize("codec", CODECS)
def test_lone_sequences_are_repaired_with_evidence(codec: str) -> None:
    lone = "Lech Wałęsa, São Tomé and the № 5 list."
    text = _as_read_with(SENTENCE, codec) + "\n" + _as_read_with(lone, codec) + "\n"
    assert clean_document(text).text == SENTENCE + "\n" + lone + "\n"
