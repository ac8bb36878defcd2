"""Rich text as Wagtail's editor saves it: its block keys and blanks are not text."""

from __future__ import annotations

import pytest

from cms_i18n.contrib.wagtail.richtext import block_keys, keep_block_keys, same_rich_text
from tests.contrib.wagtail.conftest import Site

STORED = [
    "<p>The SCO met in Moscow on Tuesday.</p>\n<p>Delegations from ten countries.</p>",
    "<h2>Forum in Moscow</h2><ul><li>First held in 2010</li><li>Over 100 delegations</li></ul>",
    '<p>More in our <a linktype="page" id="{page}">world news</a> &amp; <b>analysis</b>.</p>',
    "<p>Line one<br/>line two  with  spaces</p>",
    "<p>L&#x27;ONU dijo</p>",
    "Bare words",
]


def saved_in_editor(value: str) -> str:
    """What a save in the page editor stores for ``value`` (Draftail's round trip)."""
    from wagtail.admin.rich_text import get_rich_text_editor_widget

    converter = get_rich_text_editor_widget().converter
    return converter.to_database_format(converter.from_database_format(value))


@pytest.mark.parametrize("stored", STORED)
def test_a_save_in_the_editor_changes_nothing_the_text_says(site: Site, stored: str) -> None:
    from wagtail.models import Page

    value = stored.format(page=Page.get_first_root_node().pk)
    saved = saved_in_editor(value)
    assert saved != value and all(block_keys(saved))
    assert same_rich_text(value, saved)
    assert saved_in_editor(saved) == saved          # the keys stay from save to save


def test_new_text_keeps_the_editors_keys_and_a_change_of_text_is_a_change(site: Site) -> None:
    saved = saved_in_editor(STORED[1])
    translated = ("<h2>Foro en Moscú</h2><ul><li>Celebrado por primera vez en 2010</li>"
                  "<li>Más de 100 delegaciones</li></ul>")
    assert not same_rich_text(translated, saved)
    written = keep_block_keys(translated, saved)
    assert block_keys(written) == block_keys(saved)
    assert same_rich_text(written, translated) and saved_in_editor(written) == written


def test_what_is_text_is_compared() -> None:
    assert not same_rich_text("<p>Note : oui</p>", "<p>Note\u00a0: oui</p>")
    assert not same_rich_text('<p><a href="/a">x</a></p>', '<p><a href="/b">x</a></p>')
    assert not same_rich_text("<p>x</p>", "<h2>x</h2>")
    assert same_rich_text('<p data-block-key="a">x</p>', '<p data-block-key="b">x</p>')
