"""StreamField text blocks: found by stable paths, written back in place, whatever the nesting."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("django_site")    # wagtail.blocks needs Django set up


def _stream() -> Any:
    from wagtail import blocks

    return blocks.StreamBlock([
        ("heading", blocks.CharBlock()),
        ("paragraph", blocks.RichTextBlock()),
        ("quote", blocks.StructBlock([("text", blocks.TextBlock()),
                                      ("attribution", blocks.CharBlock(required=False)),
                                      ("url", blocks.URLBlock(required=False))])),
        ("facts", blocks.ListBlock(blocks.CharBlock())),
        ("columns", blocks.StreamBlock([("cell", blocks.RichTextBlock()),
                                        ("anchor", blocks.CharBlock())])),
        ("choice", blocks.ChoiceBlock(choices=[("a", "A")])),
        ("code", blocks.TextBlock()),
    ])


RAW = [
    {"type": "heading", "value": "Forum", "id": "h1"},
    {"type": "paragraph", "value": "<p>Rich <b>text</b></p>", "id": "p1"},
    {"type": "quote", "value": {"text": "Said", "attribution": "", "url": "https://x.org"},
     "id": "q1"},
    {"type": "facts", "value": [{"type": "item", "value": "One", "id": "f1"},
                                {"type": "item", "value": "Two", "id": "f2"}], "id": "l1"},
    {"type": "facts", "value": ["Old", "Format"], "id": "l2"},
    {"type": "columns", "value": [{"type": "cell", "value": "<p>Cell</p>", "id": "c1"},
                                  {"type": "anchor", "value": "top", "id": "a1"}], "id": "s1"},
    {"type": "choice", "value": "a", "id": "x1"},
    {"type": "code", "value": "print()", "id": "k1"},
    {"type": "heading", "value": "No id"},
    {"type": "removed_type", "value": "Gone", "id": "r1"},
]


def test_every_text_leaf_has_a_stable_path() -> None:
    from cms_i18n.contrib.wagtail.streams import text_leaves

    leaves = list(text_leaves(_stream(), RAW, skip={"code", "anchor"}))
    assert leaves == [
        (("h1",), "text", "Forum"),
        (("p1",), "rich", "<p>Rich <b>text</b></p>"),
        (("q1", "text"), "text", "Said"),                 # empty attribution, URL: skipped
        (("l1", "f1"), "text", "One"),
        (("l1", "f2"), "text", "Two"),
        (("l2", "#0"), "text", "Old"),                     # list items stored without ids
        (("l2", "#1"), "text", "Format"),
        (("s1", "c1"), "rich", "<p>Cell</p>"),
        (("#8",), "text", "No id"),                        # a block stored without an id
    ]


def test_translations_go_back_in_place_and_emptied_blocks_are_dropped() -> None:
    from cms_i18n.contrib.wagtail.streams import text_leaves, with_translations

    texts = {("h1",): "Foro", ("p1",): "<p>Texto <b>rico</b></p>", ("q1", "text"): "Dicho",
             ("l1", "f1"): "", ("l1", "f2"): "Dos", ("l2", "#1"): "Formato",
             ("s1", "c1"): "<p>Celda</p>", ("#8",): ""}
    new = with_translations(_stream(), RAW, texts, skip={"code", "anchor"})
    assert [item.get("id") for item in new] == ["h1", "p1", "q1", "l1", "l2", "s1", "x1", "k1",
                                                "r1"]
    assert new[0]["value"] == "Foro" and new[1]["value"] == "<p>Texto <b>rico</b></p>"
    assert new[2]["value"] == {"text": "Dicho", "attribution": "", "url": "https://x.org"}
    assert new[3]["value"] == [{"type": "item", "value": "Dos", "id": "f2"}]
    assert new[4]["value"] == ["Old", "Formato"]
    assert new[5]["value"][0]["value"] == "<p>Celda</p>" and new[5]["value"][1]["value"] == "top"
    assert new[7]["value"] == "print()"
    assert RAW[0]["value"] == "Forum"                     # the source data is not modified
    # The result is valid stored data for the same block definition.
    assert [leaf[2] for leaf in text_leaves(_stream(), new, skip={"code", "anchor"})] == [
        "Foro", "<p>Texto <b>rico</b></p>", "Dicho", "Dos", "Old", "Formato", "<p>Celda</p>"]
    value = _stream().to_python(new)
    assert [child.block_type for child in value] == ["heading", "paragraph", "quote", "facts",
                                                     "facts", "columns", "choice", "code"]


def test_a_translation_s_lists_rewritten_by_the_page_editor_are_read_as_the_source_s() -> None:
    """A save in the page editor rewrites a list stored as plain values (older data, pages
    built by code) with ids of its own: the texts keep the source's paths (``#0``)."""
    from cms_i18n.contrib.wagtail.streams import aligned_lists, text_leaves

    source = [{"type": "facts", "value": ["Venue: Ashgabat", "Documents signed: 8"],
               "id": "l2"},
              {"type": "facts", "value": [{"type": "item", "value": "One", "id": "f1"}],
               "id": "l1"}]
    saved = [{"type": "facts", "value": [{"type": "item", "value": "Sede: Asjabad", "id": "n1"},
                                         {"type": "item", "value": "Documentos: 8", "id": "n2"}],
              "id": "l2"},
             {"type": "facts", "value": [{"type": "item", "value": "Uno", "id": "f1"}],
              "id": "l1"}]
    aligned = aligned_lists(_stream(), source, saved)
    assert [path for path, _, _ in text_leaves(_stream(), aligned)] == [
        ("l2", "#0"), ("l2", "#1"), ("l1", "f1")]
    assert [text for _, _, text in text_leaves(_stream(), aligned)] == [
        "Sede: Asjabad", "Documentos: 8", "Uno"]
    assert saved[0]["value"][0]["id"] == "n1"                 # the page's data untouched


def test_lists_each_rewritten_by_its_own_save_are_matched_by_place() -> None:
    """The author saved the English page (its list rewritten with new ids), then a
    translator the Spanish one (another set of ids), or not at all (plain values still):
    no id is shared, and the items are read at the source's places."""
    from cms_i18n.contrib.wagtail.streams import aligned_lists, text_leaves

    source = [{"type": "facts", "value": [{"type": "item", "value": "Venue: Ashgabat",
                                           "id": "s1"},
                                          {"type": "item", "value": "Signed: 8", "id": "s2"}],
               "id": "l2"}]
    for saved in ([{"type": "item", "value": "Sede: Asjabad", "id": "t1"},
                   {"type": "item", "value": "Firmados: 8", "id": "t2"}],
                  ["Sede: Asjabad", "Firmados: 8"]):
        aligned = aligned_lists(_stream(), source, [{"type": "facts", "value": saved,
                                                     "id": "l2"}])
        assert [(path, text) for path, _, text in text_leaves(_stream(), aligned)] == [
            (("l2", "s1"), "Sede: Asjabad"), (("l2", "s2"), "Firmados: 8")]
