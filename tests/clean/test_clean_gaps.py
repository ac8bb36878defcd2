"""Runs of blank lines: an author's layout stays, a scraper's gaps close (cms_i18n.clean.gaps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cms_i18n.clean import CleanOptions, apply_plan, clean_document, clean_unit, explain
from cms_i18n.cli import main

POEM = ("The Road\n\n\nTwo roads diverged in a yellow wood,\n"
        "And sorry I could not travel both\nAnd be one traveler, long I stood\n")
RECIPE = ("Lentil soup\n\nServes four.\n\n\nIngredients\n\n- 200 g red lentils\n- 1 onion\n"
          "- 1 l stock\n\n\nMethod\n\n1. Soften the onion.\n2. Add the lentils and stock.\n"
          "3. Simmer for twenty minutes.\n")
NOTES = ("Meeting notes\n\n\nWe agreed to move the release to March,\nonce the translations "
         "are reviewed.\n\n\nOpen questions\n\nWho signs the catalogues off?\n")


#: A race officer's report: its introduction and each paragraph two blank lines apart.
REPORT = ("Don Harrison, the Race Officer for the weekend writes:\n\n\nWeather conditions were "
          "challenging for the juniors.\n\n\nThe forecast for Sunday was for lighter winds.\n\n\n"
          "Race results are recorded under the Dinghies heading.\n")
#: A school's trip diary: its introduction set off from the first day's heading.
DIARY = ("Students from four schools are spending five days in Geneva.\n\nOn each day they "
         "will be writing a blog about their experiences.\n\n\nDay 1 – Monday 25th August\n\n"
         "Our programme has started well today at the United Nations.\n\nWe kicked off with "
         "a guided tour of the Palais des Nations.\n")


@pytest.mark.parametrize("text", [POEM, RECIPE, NOTES, REPORT, DIARY])
def test_an_authors_runs_of_blank_lines_stay_byte_for_byte(text: str) -> None:
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert not any("blank lines made one" in line for line in explain(cleaned.fixes))


BLOG_POST = ("Saturday, May 4, 2019\n\nA walk along the old canal towpath\n\n\nWe set off from "
             "the lock at nine and followed the water east towards the mill.\n\nBy noon the "
             "herons had outnumbered the boats, and we turned back for lunch.\n")


def test_a_blog_post_keeps_the_run_under_its_title_below_its_date_header() -> None:
    """A blog prints the post's date over its title; the two blank lines the author set
    under the title are still the only run, setting off the headline."""
    assert clean_document(BLOG_POST).text == BLOG_POST


def test_a_poem_on_a_page_with_chrome_has_its_gaps_closed() -> None:
    page = POEM + "\nShare this:\nFacebook Twitter Email\n"
    cleaned = clean_document(page)
    assert cleaned.text == POEM.replace("\n\n\n", "\n\n")
    assert "line 2: whitespace: '\\n\\n\\n' → '\\n\\n' (2 blank lines made one)" in explain(
        cleaned.fixes)
    assert apply_plan(page, cleaned.fixes) == cleaned.text
    assert clean_document(cleaned.text).text == cleaned.text


def test_dirt_a_scraper_leaves_closes_the_gaps_too() -> None:
    mojibake = POEM.replace("sorry", "sorry â€” sorry")
    assert "\n\n\n" not in clean_document(mojibake).text
    trailing = POEM.replace("yellow wood,", "yellow wood,   ")
    assert "\n\n\n" not in clean_document(trailing, CleanOptions(scraped=True)).text
    # Blanks at a line's end alone are no evidence: a poet may leave them.
    assert clean_document(trailing).text == trailing


def test_a_page_whose_every_line_stands_alone_has_its_gaps_closed() -> None:
    page = ("Ministers meet in Astana\n\n\nThe ministers met on Tuesday.\n\n"
            "They agreed on a plan for the coming year.\n\n\nThe next meeting is in May.\n")
    cleaned = clean_document(page)
    assert cleaned.text == page.replace("\n\n\n", "\n\n")
    assert apply_plan(page, cleaned.fixes) == cleaned.text


def test_apply_plan_keeps_an_authors_runs_as_the_cleaning_did() -> None:
    cleaned = clean_document(RECIPE)
    assert apply_plan(RECIPE, cleaned.fixes) == RECIPE


def test_a_unit_keeps_its_authors_blank_lines() -> None:
    assert clean_unit("A stanza ends here,\n\n\nand the next begins.").text == (
        "A stanza ends here,\n\n\nand the next begins.")


def test_clean_explain_names_no_fix_on_a_poem(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    poem = tmp_path / "v.txt"
    poem.write_text(POEM, encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", "--explain", str(poem)])
    assert result.exit_code == 0
    assert result.stdout == POEM
    assert "blank lines made one" not in result.stderr
    assert result.stderr.strip().endswith("0 fixes")


def test_clean_help_says_which_blank_lines_it_closes() -> None:
    result = CliRunner().invoke(main, ["clean", "--help"])
    text = " ".join(result.stdout.split())
    assert "normalises spaces and blank lines" not in text
    assert "an author's runs of blank lines stay" in text


def test_text_written_for_the_site_keeps_its_runs_whatever_its_shape() -> None:
    page = ("# Ministers meet in Astana\n\n\nThe ministers met on Tuesday.\n\n"
            "They agreed on a plan for the coming year.\n\n\n## Next steps\n\nA meeting in May.\n")
    authored = CleanOptions(format="markdown", chrome="authored")
    assert clean_document(page, authored).text == page


def test_a_notice_whose_title_the_author_set_off_keeps_its_two_blank_lines() -> None:
    notice = ("PUBLIC NOTICE - Water Main Works York Street\n\n\n"
              "Council is repairing breaks along the water line in York Street.\n\n"
              "Two temporary lines will keep the supply running meanwhile.\n\n"
              "Council thanks residents for their patience.\n")
    cleaned = clean_document(notice)
    assert cleaned.text == notice
    assert not any("blank lines made one" in line for line in explain(cleaned.fixes))
    # A short label over the gap is a site's section name, the gap a dropped headline's.
    page = ("International organisations\n\n\nThe treaty was signed in 1992.\n\n"
            "Armenia signed its renewal in 1999.\n")
    assert clean_document(page).text == page.replace("\n\n\n", "\n\n")


def test_a_help_page_quoting_latex_source_keeps_its_blank_lines() -> None:
    """A LaTeX help page sets each command of its example on a line of its own between
    blank lines, as a converter sets paragraphs: quoted source is the author's layout,
    so the two blank lines under its one-word title stay."""
    from cms_i18n.clean.gaps import every_line_alone

    lines = ["equation", "", "", " \\begin{equation}", "", "  your formula", "",
             " \\end{equation}", "", "The environment numbers the formula."]
    assert not every_line_alone(lines, [False] * len(lines))


def test_a_help_page_showing_markdown_beside_its_rendering_keeps_its_blank_lines() -> None:
    """A Markdown help page sets each paragraph on a line of its own, as a converter
    does, but it shows the markup ("This is *italic text*.") over what it renders to
    ("This is italic text."): a text that teaches the markup is laid out by its author,
    so its two blank lines between sections stay and the text comes out byte for byte."""
    text = (Path(__file__).parent / "data"
            / "markdown-help-emphasis-and-its-rendering.txt").read_text("utf-8")
    assert "\n\n\n" in text
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert cleaned.fixes == ()


def test_a_letter_whose_headline_and_signature_are_set_off_keeps_its_blank_lines() -> None:
    """A letter to the editor, a paragraph a line as a page sets it, spaced out by its
    author: two blank lines under its headline and three over its signature ("Graham
    Woodall FCInstCES, Past President").  Runs that set off only a text's frame are no
    converter's gaps, so the letter comes out byte for byte; a credit line in a
    sentence's words ("Translation by …") is no signature, and a gap over it closes."""
    text = (Path(__file__).parent / "data"
            / "letter-to-the-editor-signature-set-off.txt").read_text("utf-8")
    assert "\n\n\n\n" in text
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert cleaned.fixes == ()
    credited = ("Envoys meet in Astana\n\nThe envoys met on Tuesday.\n\n"
                "They agreed on a plan.\n\n\nTranslation by Anna Petrova\n")
    assert clean_document(credited).text == credited.replace("\n\n\n", "\n\n")
