"""Mojibake seen in one line makes the cleaner bolder elsewhere; genuine text must not pay.

Every genuine text of ``cases/negative`` is put after a line of real mojibake
(UTF-8 decoded as Windows-1252, Latin-1 or MacRoman with Python's own codecs),
so the lone-sequence pass runs with that codec as evidence: the mojibake line
is repaired and the genuine text still comes out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, clean_document, clean_unit, detect_mojibake_codecs
from cms_i18n.errors import ConfigError

CASES = Path(__file__).parent / "cases"
SENTENCE = "Russia’s envoy called the talks “frank” — and “useful”."
PLAIN_SENTENCE = "The envoy called the talks frank — and useful — in São Paulo."
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
    # The paragraph before has no quotes, so the genuine text's quotes are the text's own.
    genuine = path.read_bytes().decode("utf-8")
    text = _as_read_with(PLAIN_SENTENCE, codec) + "\n\n" + genuine
    cleaned = clean_document(text, CleanOptions(format="text")).text
    assert cleaned == PLAIN_SENTENCE + "\n\n" + genuine


@pytest.mark.parametrize("codec", CODECS)
def test_lone_sequences_are_repaired_with_evidence(codec: str) -> None:
    lone = "Lech Wałęsa, São Tomé and the № 5 list."
    text = _as_read_with(SENTENCE, codec) + "\n" + _as_read_with(lone, codec) + "\n"
    assert clean_document(text).text == SENTENCE + "\n" + lone + "\n"


# --------------------------------------------------------------------------
# The same evidence carried from a whole document into units cleaned one by one

CODEC_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "mac_roman": "MacRoman"}
#: Lone sequences ftfy's detector lets pass on their own, per codec: "ğ", "ą", "ŷ", "№".
LONE = {"cp1252": "Recep Tayyip Erdoğan met Maciej Wąsik.",
        "latin-1": "The Senedd met in Tŷ Hywel.",
        "mac_roman": "Maciej Wąsik signed list № 5."}


@pytest.mark.parametrize("codec", CODECS)
def test_document_evidence_repairs_a_lone_sequence_in_another_unit(codec: str) -> None:
    document = _as_read_with(SENTENCE, codec) + "\n\n" + _as_read_with(LONE[codec], codec)
    unit = _as_read_with(LONE[codec], codec)
    codecs = detect_mojibake_codecs(document)
    assert codecs == (CODEC_NAMES[codec],)
    assert clean_unit(unit).text == unit                      # no evidence: left alone
    assert clean_unit(unit, CleanOptions(mojibake_codecs=codecs)).text == LONE[codec]
    assert clean_unit(unit, CleanOptions(mojibake_codecs=())).text == unit


@pytest.mark.parametrize("path", _genuine(), ids=lambda p: p.stem)
def test_genuine_text_shows_no_mojibake_codec(path: Path) -> None:
    assert detect_mojibake_codecs(path.read_bytes().decode("utf-8")) == ()


def test_lone_sequences_alone_are_no_evidence() -> None:
    assert detect_mojibake_codecs(_as_read_with(LONE["cp1252"], "cp1252")) == ()


@pytest.mark.parametrize("codec", CODECS)
def test_passing_the_documents_own_evidence_changes_nothing(codec: str) -> None:
    lone = _as_read_with(LONE[codec], codec)
    text = _as_read_with(SENTENCE, codec) + "\n\n" + lone + "\n"
    options = CleanOptions(mojibake_codecs=detect_mojibake_codecs(text))
    assert clean_document(text, options) == clean_document(text)
    assert clean_document(text, options).text == SENTENCE + "\n\n" + LONE[codec] + "\n"


def test_evidence_is_in_the_options_repr_sorted_and_checked() -> None:
    options = CleanOptions(mojibake_codecs=["MacRoman", "Windows-1252", "MacRoman"])
    assert options.mojibake_codecs == ("MacRoman", "Windows-1252")
    assert "mojibake_codecs=('MacRoman', 'Windows-1252')" in repr(options)
    assert repr(options) != repr(CleanOptions())
    assert CleanOptions(mojibake_codecs="Latin-1").mojibake_codecs == ("Latin-1",)
    with pytest.raises(ConfigError, match=r"mojibake codec .* not 'utf-16'"):
        CleanOptions(mojibake_codecs=("utf-16",))


def test_repair_with_evidence_is_idempotent() -> None:
    options = CleanOptions(mojibake_codecs=("Windows-1252",))
    once = clean_unit(_as_read_with(LONE["cp1252"], "cp1252"), options).text
    again = clean_unit(once, options)
    assert once == LONE["cp1252"]
    assert again.text == once and again.fixes == ()


def test_code_is_not_evidence() -> None:
    fenced = "```\n" + _as_read_with(SENTENCE, "cp1252") + "\n```\n"
    assert detect_mojibake_codecs(fenced, "markdown") == ()
    assert detect_mojibake_codecs(fenced.strip("`\n"), "markdown") == ("Windows-1252",)
