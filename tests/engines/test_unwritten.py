"""A lemma Apertium's generator could not write ("#prpers" for "ourselves") never reaches
the editor as a word: written as the clitic the source says it was, or left out with a
note in the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import page_entry, translated_pages

# From a news page (the SCO's security secretaries in Tashkent).
COMMIT = ("At our joint meeting here today, we commit ourselves to the development of "
          "cooperation.")


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "wanted"), [("es", "nos comprometemos"),
                                              ("fr", "nous nous engageons")])
def test_a_pronoun_the_generator_failed_on_is_written_as_the_clitic(
        tmp_path: Path, lang: str, wanted: str) -> None:
    site = translated_pages(tmp_path, {"commit": [COMMIT]}, lang)
    entry = page_entry(site, lang, "commit", COMMIT)
    assert "prpers" not in entry.msgstr.casefold(), entry.msgstr
    assert wanted in entry.msgstr, entry.msgstr
    assert "prpers" not in entry.comment.casefold(), entry.comment  # never "unknown to es-fr"


@pytest.mark.engine
def test_a_pronoun_with_no_clitic_is_left_out_with_a_note(tmp_path: Path) -> None:
    text = "We defend ourselves."
    site = translated_pages(tmp_path, {"defend": [text]}, "gl")
    entry = page_entry(site, "gl", "defend", text)
    assert "prpers" not in entry.msgstr.casefold(), entry.msgstr
    assert entry.msgstr.startswith("Defend"), entry.msgstr
    assert "'ourselves'" in entry.comment and "left out" in entry.comment, entry.comment
