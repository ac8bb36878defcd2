"""Line-break opportunities agree with GNU libunistring, which msgcat uses."""

from __future__ import annotations

import ctypes
import ctypes.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cms_i18n.catalog.linebreak import (
    BREAK,
    break_opportunities,
    char_width,
    line_break_class,
)


def _libunistring() -> ctypes.CDLL | None:
    for name in ("libunistring.so.5", "libunistring.so.2", ctypes.util.find_library("unistring")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.u8_possible_linebreaks.argtypes = [ctypes.c_char_p, ctypes.c_size_t,
                                               ctypes.c_char_p, ctypes.c_char_p]
        return lib
    return None


LIB = _libunistring()


def reference_breaks(text: str) -> set[int]:
    """Indexes where libunistring allows a break before the character."""
    assert LIB is not None
    data = text.encode("utf-8")
    out = ctypes.create_string_buffer(len(data))
    LIB.u8_possible_linebreaks(data, len(data), b"UTF-8", out)
    found, offset = set(), 0
    for index, char in enumerate(text):
        if out.raw[offset] == 2:          # UC_BREAK_POSSIBLE
            found.add(index)
        offset += len(char.encode("utf-8"))
    return found


ALPHABET = (list("abcXYZ019 ,.;:!?-/()[]{}'\"%$#&*+=<>|\\_@~`^\t") +
            list("éñüßçøœ“”‘’«»„‚–—…·•€£°±×§¶\u00a0\u00ad\u200b\u200d\u2060\u0301\u0308") +
            list("абвгдЖЗαβγאבגשלוםعربي،؛؟中文字。、，「」！？ひらがなカタカナっャー한국어ไทย") +
            ["\U0001F600", "\U0001F1E6", "\U0001F3FB", "\U0001F466"])


@pytest.mark.skipif(LIB is None, reason="GNU libunistring not installed")
@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=14))
def test_same_opportunities_as_libunistring(text: str) -> None:
    ours = {i for i, kind in enumerate(break_opportunities(text)) if kind == BREAK}
    assert ours == reference_breaks(text)


@pytest.mark.parametrize(("text", "breaks"), [
    ("one two", [4]),
    ("de-facto", [3]),                 # after a hyphen
    ("https://example.org/a/b", [8, 16, 20, 22]),   # after "//", "." and "/"
    ("(a) b", [4]),                    # nothing inside the brackets
    ("1.5 km", [4]),                   # numbers stay whole
    ("中文字", [1, 2]),                  # ideographs break anywhere
    ("שלום-עולם", []),                 # Hebrew keeps its maqaf-style hyphen
    ("say «yes»", [4]),
    ("\U0001F1EA\U0001F1F8\U0001F1EB\U0001F1F7\U0001F1EA", [2, 4]),   # flags pair up
    ("\U0001F1E6\u0301\U0001F1E6", [2]),   # a mark ends the pair, as in libunistring
])
def test_typical_opportunities(text: str, breaks: list[int]) -> None:
    assert [i for i, kind in enumerate(break_opportunities(text)) if kind == BREAK] == breaks


def test_classes_and_widths() -> None:
    assert [line_break_class(c) for c in " -—“(）"] == ["SP", "HY", "B2", "QU", "OP", "CL"]
    assert [char_width(c) for c in "a中\u0301ｱ"] == [1, 2, 0, 1]
