"""Page chrome known by what a line is and what stands around it (cms_i18n.clean.chrome).

The pages are real: news pages as a scraper saved them, with the article's
paragraphs shortened where they are long.
"""

from __future__ import annotations

from tests.support.cleaning import cleaned_text, removed_lines

# --- a story list's label above the article's own headline --------------------------------

TOP_STORIES_OVER_THE_HEADLINE = """\
Top Stories
UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib
Last Updated: 2019-09-20 01:33 | Xinhua
 Save  Print   E-mail

The Security Council on Thursday voted on two competing draft resolutions on a cease-fire \
in Syria's Idlib, but failed to adopt either of them.

A draft resolution needs at least nine positive votes, on the condition of no negative \
votes from the five permanent members, to pass.
"""


def test_the_headline_under_a_top_stories_label_over_its_dateline_stays() -> None:
    removed = removed_lines(TOP_STORIES_OVER_THE_HEADLINE)
    assert "Top Stories" in removed and " Save  Print   E-mail" in removed
    assert cleaned_text(TOP_STORIES_OVER_THE_HEADLINE).startswith(
        "UN Security Council fails to adopt resolution on cease-fire in Syria's Idlib\n"
        "Last Updated: 2019-09-20 01:33 | Xinhua\n\nThe Security Council on Thursday")


def test_dated_links_under_a_story_list_label_still_go() -> None:
    listed = ("Top Stories\nAstana hosts the SCO foreign ministers\n21 May 2024\n"
              "CSTO exercises open in Belarus\n2 September 2025\n\n"
              + TOP_STORIES_OVER_THE_HEADLINE.split("\n\n", 1)[1])
    removed = removed_lines(listed)
    assert {"Astana hosts the SCO foreign ministers", "CSTO exercises open in Belarus"} <= set(
        removed)
    assert cleaned_text(listed).startswith("The Security Council on Thursday")
