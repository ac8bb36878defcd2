"""The HTML body of a page, and the way back from its translation (no Django needed)."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from cms_i18n.contrib.wagtail.layout import (
    Piece,
    build_body,
    html_to_text,
    piece_value,
    relink_pages,
    split_body,
    text_to_html,
)
from cms_i18n.document import Document
from cms_i18n.pipeline import prepare_document
from cms_i18n.segment import rebuild, segment

_words = st.text(alphabet=string.ascii_letters + string.digits + " &<>;#'\"é—", min_size=1,
                 max_size=40).filter(lambda s: s.strip())
_paragraphs = st.lists(_words.map(str.strip), min_size=1, max_size=4)


@given(_paragraphs)
def test_plain_text_survives_the_html_round_trip(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    assert html_to_text(text_to_html(text)) == text


@given(st.lists(st.tuples(st.sampled_from(["intro", "body", "standfirst"]),
                          st.text(alphabet="abcdef0123456789-/#", max_size=20), _paragraphs),
                min_size=1, max_size=6, unique_by=lambda item: item[:2]))
def test_each_piece_comes_back_under_its_own_key(items: list[tuple[str, str, list[str]]]
                                                 ) -> None:
    pieces = [Piece(field, block, "text", "\n\n".join(paras)) for field, block, paras in items]
    sections = split_body(build_body(pieces))
    assert list(sections) == [piece.key for piece in pieces]
    for piece in pieces:
        assert piece_value("text", sections[piece.key]) == piece.value


def test_segmentation_finds_every_paragraph_and_apply_maps_them_back() -> None:
    pieces = [
        Piece("intro", "", "rich", '<p data-block-key="k1">Read <b>this</b> first.</p>'
                                   '<ul><li data-block-key="k2">One &amp; two</li></ul>'),
        Piece("body", "b1", "text", "Tom & Jerry < Itchy\n\nSecond paragraph"),
        Piece("body", "b2/caption", "text", "A caption"),
        Piece("body", "b3", "rich", "bare words"),
    ]
    body = build_body(pieces)
    segments = segment(body, "html")
    assert [s.text for s in segments] == [
        "Read <b>this</b> first.", "One &amp; two", "Tom & Jerry &lt; Itchy",
        "Second paragraph", "A caption", "bare words"]
    # The translation of each segment, put back the way pipeline.apply does it.
    translated = rebuild(body, segments, ["Lee <b>esto</b> antes.", "Uno &amp; dos",
                                          "Tom y Jerry &lt; Itchy", "", "Un pie", "palabras"])
    sections = split_body(translated)
    assert piece_value("rich", sections[("intro", "")]) == (
        '<p data-block-key="k1">Lee <b>esto</b> antes.</p>'
        '<ul><li data-block-key="k2">Uno &amp; dos</li></ul>')
    assert piece_value("text", sections[("body", "b1")]) == "Tom y Jerry < Itchy"
    assert piece_value("text", sections[("body", "b2/caption")]) == "Un pie"
    assert piece_value("rich", sections[("body", "b3")]) == "<p>palabras</p>"


def test_the_pipeline_sees_units_with_markup_kept_and_chrome_removed() -> None:
    body = build_body([
        Piece("body", "b1", "text", "icon bookmark-bicon bookmarkicon cameraicon checkicon"),
        Piece("body", "b2", "rich", '<p>See <a linktype="page" id="3">the forum</a>.</p>'),
    ])
    prepared = prepare_document(Document("page/k", None, "html", body), {})
    assert [u.source for u in prepared.units] == ['See <a linktype="page" id="3">the forum</a>.']
    assert prepared.body_units[0] is None        # page chrome: removed, its block dropped


def test_emptied_blocks_and_lists_are_dropped_from_rich_text() -> None:
    html = '<p data-block-key="a"></p><ul><li data-block-key="b"> </li></ul><h2>Kept</h2>'
    assert piece_value("rich", html) == "<h2>Kept</h2>"
    assert piece_value("text", "<p></p>") == ""


def test_page_links_follow_translations_and_other_links_stay() -> None:
    html = ('<a linktype="page" id="3">a</a> <a href="/x" id="3">b</a> '
            '<a linktype="document" id="3">c</a> <a linktype="page" id="4">d</a>')
    assert relink_pages(html, {3: 30}.get) == (
        '<a linktype="page" id="30">a</a> <a href="/x" id="3">b</a> '
        '<a linktype="document" id="3">c</a> <a linktype="page" id="4">d</a>')
