"""Two genuine texts in one document stay byte-identical: a rule that reads one text's
lines as the other's chrome (a refrain as a lead printed twice, a stanza in another script
as a logo's label, an English title as an image's file name) shows here."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import clean_document

JOINED = sorted((Path(__file__).parent / "data" / "joined").glob("*.txt"))


@pytest.mark.parametrize("path", JOINED, ids=[p.stem for p in JOINED])
def test_two_genuine_texts_in_one_document_stay_as_written(path: Path) -> None:
    text = path.read_text("utf-8")
    result = clean_document(text)
    assert result.text == text
    assert result.fixes == ()


def test_the_joined_texts_are_found() -> None:
    """The glob above finds them: an empty list would pass every case above."""
    assert len(JOINED) == 3
