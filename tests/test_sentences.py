"""Sentence splitting: what a translator would cut, and what it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cms_i18n.sentences import record_pieces, sentence_spans, sentence_text, split_sentences

SEED = Path(__file__).resolve().parents[1] / "examples" / "content" / "asian-security-officials.txt"

SPLIT = [
    ("Prices rose. Unemployment fell.", ["Prices rose.", "Unemployment fell."]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("First held in 2010. The forum grew.", ["First held in 2010.", "The forum grew."]),
    ("He said: “No.” Then he left.", ["He said: “No.”", "Then he left."]),
    ('"Stop." She did.', ['"Stop."', "She did."]),
    ("(See above.) Next point.", ["(See above.)", "Next point."]),
    ("He works at Acme Inc. The company grew.", ["He works at Acme Inc.", "The company grew."]),
    ("She moved to the U.S. In 2010 she left.", ["She moved to the U.S.", "In 2010 she left."]),
    ("At 5 p.m. The meeting started.", ["At 5 p.m.", "The meeting started."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("Wait... The bus came.", ["Wait...", "The bus came."]),
    ("Really? 5 people came.", ["Really?", "5 people came."]),
    ("Click {1}here{/1}. {2}Then{/2} go.", ["Click {1}here{/1}.", "{2}Then{/2} go."]),
    ("Line one\nLine two", ["Line one", "Line two"]),
    ("Title\n\nBody text. More.", ["Title", "Body text.", "More."]),
    ("他来了。她走了。", ["他来了。", "她走了。"]),
]

KEEP_WHOLE = [
    "Mr. Shoigu met Dr. Lee and Gen. Smith.",
    "J. R. R. Tolkien wrote it.",
    "Room No. 5 is free.",
    "Talks begin on Jan. 26 in Moscow.",
    "Prices rose 3.5 percent in May.",
    "Acme Inc. Chairman Bob Jones spoke.",
    "At 5 p.m. tomorrow we meet.",
    "Wait... then what happened?",
    "Fruit, e.g. apples, is healthy.",
    "See p. 12 for details.",
    "Visit example.com today.",
    "Smith et al. reported it first.",
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_splits_where_a_sentence_ends(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text", KEEP_WHOLE)
def test_abbreviations_initials_and_numbers_do_not_split(text: str) -> None:
    assert split_sentences(text) == [text]


def test_spanish_marks_and_titles() -> None:
    assert split_sentences("¿Qué pasa? ¡Nada! Sr. López llegó.", "es") == [
        "¿Qué pasa?", "¡Nada!", "Sr. López llegó."]


def test_language_tag_with_region_uses_base_language_rules() -> None:
    assert split_sentences("Sra. Gómez llegó. Habló.", "es-MX") == ["Sra. Gómez llegó.", "Habló."]


def test_seed_article_paragraph() -> None:
    text = SEED.read_text(encoding="utf-8")
    paragraph = next(line for line in text.splitlines() if line.startswith("”Modern"))
    assert split_sentences(paragraph) == [
        "”Modern security challenges and threats are global and cross-border in nature,” "
        "the Security Council said in a statement.",
        "“No country can deal with them alone or in one-on-one partnerships.",
        "In recent years, countries from the Global South and East have gained a stronger "
        "voice in regional and international organisations,” it added.",
    ]


def test_overlong_sentence_is_cut_at_a_comma_within_the_limit() -> None:
    text = ", ".join(f"item {n}" for n in range(100)) + "."
    pieces = split_sentences(text, max_chars=120)
    assert all(len(piece) <= 120 for piece in pieces)
    assert len(pieces) > 1
    assert all(piece.endswith((",", ".")) for piece in pieces)
    assert " ".join(pieces) == text


def test_unbreakable_run_is_cut_hard() -> None:
    pieces = split_sentences("x" * 250, max_chars=100)
    assert [len(p) for p in pieces] == [100, 100, 50]


def test_spans_keep_separators_for_rebuilding() -> None:
    text = "  One. Two!\n\tThree?  "
    spans = sentence_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["One.", "Two!", "Three?"]
    assert text[spans[1].end:spans[2].start] == "\n\t"
    assert text[:spans[0].start] == "  " and text[spans[-1].end:] == "  "


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n") == []


@given(st.text(alphabet=st.sampled_from(list("Ab c.!?\n”“'(){}1 ")), max_size=120))
def test_spans_are_ordered_trimmed_and_cover_all_visible_text(text: str) -> None:
    spans = sentence_spans(text, max_chars=40)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start:span.end]
        assert piece == piece.strip()
        assert text[previous_end:span.start].strip() == ""
        previous_end = span.end
    assert text[previous_end:].strip() == ""


WRAPPED = ("Heads of delegations from the member states of the organisation\n"
           "met on Tuesday in the Russian capital, and the secretaries of\n"
           "their security councils discussed the situation in Afghanistan.\n"
           "The next meeting will be held in Astana in the autumn.")


def test_a_paragraph_wrapped_inside_its_sentences_is_split_as_if_on_one_line() -> None:
    spans = sentence_spans(WRAPPED)
    assert [sentence_text(WRAPPED, span) for span in spans] == split_sentences(
        " ".join(WRAPPED.split("\n")))
    assert WRAPPED[spans[0].end:spans[1].start] == "\n"


@pytest.mark.parametrize("text", [
    "Heads of delegations met on Tuesday in Moscow\nand Astana",             # short lines
    "- delegations from the member states of the organisation\n- observers",
    "As the river ages, it expands the valley\ngiving all of us a place to sit\n"
    "under the willows",                                                    # verse
])
def test_lines_not_wrapped_by_a_program_still_end_their_sentences(text: str) -> None:
    assert split_sentences(text) == text.split("\n")


@pytest.mark.parametrize("separator", [" — ", " ― ", " ‒ ", " | ", " • ", " / ", "—"])
def test_a_title_is_cut_into_its_parts_at_a_dash_or_a_bar(separator: str) -> None:
    text = f"Collective Security Treaty Organization{separator}alliance in Eurasia"
    assert record_pieces(text) == (["Collective Security Treaty Organization",
                                     "alliance in Eurasia"], [separator])


@pytest.mark.parametrize("text", [
    "The bloc — formed in 2002 — met on Monday.",     # a parenthesis inside a sentence
    "Russia — and China — abstain on vote",
    "Ministers met in Minsk — and agreed.",
    "— Alliance in Eurasia",                          # nothing before the dash
    "Alliance in Eurasia —",
    "and/or km/h 24/7",
])
def test_a_sentence_with_a_dash_inside_is_one_piece(text: str) -> None:
    assert record_pieces(text) == ([text], [])


@given(st.text(alphabet="ab C—|/•\n .", max_size=40))
def test_record_pieces_put_back_together_are_the_text(text: str) -> None:
    pieces, breaks = record_pieces(text)
    assert len(breaks) == len(pieces) - 1
    assert "".join(p + b for p, b in zip(pieces, [*breaks, ""], strict=True)) == text
