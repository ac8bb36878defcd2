"""The words an Apertium pair does not know, from its own analyser."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.engines.apertium_unknown import analyser_of, common_words, unknown_words

pytestmark = pytest.mark.engine

MODE = Path("/usr/share/apertium/modes/eng-spa.mode")


def test_unknown_words_per_text_in_one_process() -> None:
    texts = ["Kyrgyzstan and Cybersecurity Cooperation held a Q&A.",
             "Stream syntax stays text: [odd] ^here$ {1} a/b @x <y> *z #w \\ met.",
             "", "The meeting was held in Kyrgyzstan, Kyrgyzstan."]
    assert unknown_words(MODE, texts) == [["Kyrgyzstan", "Cybersecurity"], [], [],
                                          ["Kyrgyzstan"]]


def test_a_mode_that_does_not_start_with_an_analyser_gives_no_words(tmp_path: Path) -> None:
    odd = tmp_path / "odd.mode"
    odd.write_text("cat | tr a b\n", encoding="utf-8")
    assert analyser_of(odd) is None
    assert unknown_words(odd, ["Kyrgyzstan"]) == [[]]
    assert unknown_words(tmp_path / "missing.mode", ["Kyrgyzstan"]) == [[]]


def test_acronyms_read_only_as_common_words() -> None:
    asked = ["RATS", "ICE", "IT", "NATO", "WHO", "US", "EU", "ZXQVA"]
    assert common_words(MODE, asked) == {"RATS", "ICE", "IT"}
