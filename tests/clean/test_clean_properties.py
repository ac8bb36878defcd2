"""Properties that must hold for every string: no exception, idempotence, replay.

The strategies mix the alphabets the cleaner reasons about (Latin, Cyrillic,
Greek, mojibake bytes, quotes, odd spaces, invisible characters, markup) so
that generated text actually reaches every step, plus fully arbitrary text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cms_i18n.clean import (
    CleanOptions,
    apply_plan,
    clean_document,
    clean_unit,
    detect_quote_style,
)
from cms_i18n.clean import _clean as clean_strict  # no safety net: a bug must show

NEGATIVE_DIR = Path(__file__).parent / "cases" / "negative"
NEGATIVE = sorted(NEGATIVE_DIR.glob("*.txt"))

_PIECES = [
    "Heads", "of", "state", "Moscow", "Russia", "said", "a", "the", "comments", "share",
    "Нeads", "Шойгу", "ТАСС", "а", "о", "Γνῶθι", "σεαυτόν", "α", "π", "iπ", "ΝΑΤΟ", "Gοοgle",
    "â€™", "â€œ", "â€\x9d", "Ã©", "Ã", "Â", "\x92", "\x93", "\x85", "вЂ™", "‚Äô", "ï»¿",
    "&amp;", "&amp;quot;", "&#8217;", "&nbsp;", "&lt;", "&foo;", "&",
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "`", "```", "    ", "\t", "  ",
    "\u00a0", "\u202f", "\u2009", "\u3000", "\u200b", "\u200d", "\u00ad", "\ufeff", "\u200f",
    "\x00", "\x07", "\x1b[1m", "\ue000", "\r\n", "\r", "\n", "\n\n", "\n\n\n",
    "Read more", "Advertisement", "ADVERTISEMENT", "0:00", "Home › World › Asia", "icon",
    "Share on Facebook", "https://example.org/a?b=1&c=2", "[x](http://e.org)", "<b>", "*", "#",
    "- ", "> ", "1. ", ".", ",", ":", "!", "?", "—", "(", ")", "2", "25", "km", "é", "ß",
    "👨\u200d👩\u200d👧", "上海", "قمة",
]

mixed_text = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.sampled_from([" ", " ", "\n"])), max_size=40
).map("".join)
any_text = st.text(max_size=200)
texts = st.one_of(mixed_text, any_text)
options = st.builds(
    CleanOptions,
    quote_style=st.sampled_from([None, "curly", "straight"]),
    format=st.sampled_from(["text", "markdown", "html"]),
)
FAST = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(texts, options)
@example("", CleanOptions())
@example("\n", CleanOptions())
@example("\ud800 lone surrogate \udc00", CleanOptions())
def test_never_raises(text: str, opts: CleanOptions) -> None:
    for document in (True, False):
        result = clean_strict(text, opts, document=document)
        assert isinstance(result.text, str)
    detect_quote_style(text)


def test_a_crashing_fixer_shows_here_and_costs_users_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The property tests call the cleaner without its net, so a fixer's bug fails them;
    the public functions hand the text back unchanged instead."""
    from cms_i18n.clean import clean_unit, homoglyphs

    def broken(line: str, *evidence: object) -> list[object]:
        raise IndexError("a fixer's bug")

    monkeypatch.setattr(homoglyphs, "fix_homoglyphs", broken)
    text = "Нeads of state\u00a0met."
    with pytest.raises(IndexError, match="a fixer's bug"):
        clean_strict(text, CleanOptions(), document=False)
    assert clean_unit(text).text == text and clean_unit(text).fixes == ()


@FAST
@given(texts, options)
@example("Ã\xa0 \u00a0Ã", CleanOptions())
@example("”a “b", CleanOptions())
@example("HeadsHeadsНeadsRead more", CleanOptions())
@example("‚Äô\xa0", CleanOptions())
@example("&amp;&amp;\r\nHeads\r\n\r\n\x92", CleanOptions())
@example("HeadsHeads \r\nHeadsHeads\t \r\nHeads \r\nHeads", CleanOptions())
@example(" ï»¿ß Heads", CleanOptions())
@example("&nbsp;<b>\r\nHeads\r\n\r\nâ€™", CleanOptions())
@example('Heads« \r\nHeads"', CleanOptions())
@example(" of\r\nof\r\n â€œ α", CleanOptions())
@example("Advertisement of\r\ncomments", CleanOptions())
def test_document_cleaning_is_idempotent(text: str, opts: CleanOptions) -> None:
    once = clean_document(text, opts).text
    twice = clean_document(once, opts)
    assert twice.text == once
    assert twice.fixes == ()


def test_a_second_cleaning_takes_no_line_the_first_kept() -> None:
    """The first cleaning takes "comments" under "Advertisement of"; the label, alone in
    its paragraph once its neighbour is gone, goes in the same cleaning, not the next."""
    once = clean_document("Advertisement of\r\ncomments").text
    assert clean_document(once).text == once


@FAST
@given(texts, options)
@example("Heads\r\nHeads    of\r\n\xa0```", CleanOptions())
@example("\x93&amp;quot;‘Heads\x93 &amp;quot;", CleanOptions())
@example("Heads“\r\n\r\nâ€™\x92", CleanOptions(quote_style="straight"))
def test_unit_cleaning_is_idempotent(text: str, opts: CleanOptions) -> None:
    once = clean_unit(text, opts).text
    assert clean_unit(once, opts).text == once


@FAST
@given(texts, options)
@example("&amp;&amp;\r\nHeads\r\n\r\n\x92", CleanOptions())
@example("&nbsp;<b>\r\nHeads\r\n\r\nâ€™", CleanOptions())
@example("\r\n&nbsp;<b>", CleanOptions(quote_style=None, format="text"))
def test_fixes_replay_to_the_cleaned_text(text: str, opts: CleanOptions) -> None:
    result = clean_document(text, opts)
    assert apply_plan(text, result.fixes, opts) == result.text


def _quoting_alike() -> list[list[Path]]:
    """The genuine texts grouped by the quote style they use; a text without quotes
    joins every group.  Texts of two styles in one document make one text that mixes
    them, whose straight quotes are curled: that is the rule, not a change to text."""
    styles: dict[str, list[Path]] = {}
    plain: list[Path] = []
    for path in NEGATIVE:
        if path.stem.endswith("-alone"):
            # Genuine as a whole text only: a site's notice that is all the text stays,
            # the same notice opening a page over an article is the site's chrome.
            continue
        text = path.read_text("utf-8")
        if re.search("[\"'“”‘’«»„]", text):
            styles.setdefault(detect_quote_style(text), []).append(path)
        else:
            plain.append(path)
    return [group + plain for group in styles.values()]


@FAST
@given(st.sampled_from(_quoting_alike()).flatmap(
    lambda group: st.lists(st.sampled_from(group), min_size=2, max_size=4, unique=True)))
@example([NEGATIVE_DIR / "greek-article-before-latin-acronym.txt",
          NEGATIVE_DIR / "greek-with-latin-acronyms.txt"])
@example([NEGATIVE_DIR / "list-of-networks.txt", NEGATIVE_DIR / "typist-double-spaces.txt",
          NEGATIVE_DIR / "russian-long.txt"])
def test_genuine_texts_survive_side_by_side(paths: list[Path]) -> None:
    """Genuine texts that quote alike stay byte-identical when they share a document."""
    joined = "\n\n".join(path.read_text("utf-8").rstrip("\n") for path in paths) + "\n"
    result = clean_document(joined)
    assert result.text == joined
    assert result.fixes == ()


_ROOT = Path(__file__).resolve().parents[2]
REAL_AND_CORPUS = sorted(
    [*(_ROOT / "bench" / "data" / "real").glob("*/dev/*.txt"),
     *(Path(__file__).parent / "cases").rglob("*.txt")])


@pytest.mark.parametrize("path", REAL_AND_CORPUS,
                         ids=[str(p.relative_to(_ROOT)) for p in REAL_AND_CORPUS])
def test_real_pages_and_corpora_clean_to_a_fixed_point(path: Path) -> None:
    """Every real page (its scraped input and its expected output) and every corpus
    text: cleaning what the cleaner wrote finds nothing more to do."""
    once = clean_document(path.read_text("utf-8", errors="replace")).text
    twice = clean_document(once)
    assert twice.fixes == (), f"a second cleaning still changes: {twice.fixes[:3]!r}"
    assert twice.text == once
