"""Segmentation keeps exact spans so that apply can rebuild documents byte for byte."""

from __future__ import annotations

import pytest

from cms_i18n.segment import rebuild, segment

MARKDOWN = """# Title here

First paragraph
spans two lines with **bold**.

- item one
- item two

1. numbered

> a quote

```python
print("not translated")
```

    indented code

| table | row |
|-------|-----|

[ref]: https://example.org
"""

HTML = """<html><head><title>Page</title></head><body>
<div class="x"><h2>Heading</h2><p>Text with <a href="/u">a link</a>.</p>
<ul><li>One</li><li><p>Two</p></li></ul>
<script>var s = "<p>no</p>";</script><pre>keep</pre><p translate="no">Brand</p>
<table><tr><td>Cell</td></tr></table></div></body></html>"""


@pytest.mark.parametrize(("body", "fmt"), [(MARKDOWN, "markdown"), (HTML, "html"),
                                            ("a\n\n\nb\n  \nc", "text")])
def test_spans_are_exact(body: str, fmt: str) -> None:
    for seg in segment(body, fmt):
        assert body[seg.start:seg.end] == seg.text


def test_markdown_blocks() -> None:
    found = [(s.kind, s.text) for s in segment(MARKDOWN, "markdown")]
    assert found == [
        ("heading", "Title here"),
        ("paragraph", "First paragraph\nspans two lines with **bold**."),
        ("item", "item one"), ("item", "item two"), ("item", "numbered"),
        ("quote", "a quote"), ("cell", "table"), ("cell", "row"),
    ]


def test_html_innermost_blocks_only() -> None:
    found = [s.text for s in segment(HTML, "html")]
    assert found == ["Page", "Heading", 'Text with <a href="/u">a link</a>.', "One", "Two",
                     "Cell"]


def test_text_paragraphs_and_lines() -> None:
    segs = segment("\nfirst\nline two\n\n\nsecond\n", "text")
    assert [(s.text, s.line) for s in segs] == [("first\nline two", 2), ("second", 6)]


SCRAPED = ("African Union voices concern\n"
           "The African Union (AU) expressed deep concern over the complex humanitarian "
           "situations on the continent.\n"
           "The urgent call was made by the AU’s Peace and Security Council in a statement "
           "issued on Friday after its meeting.\n"
           "It underlined the imperative of continental collaboration and an action-oriented "
           "approach to the resilience of vulnerable populations.\n")


def test_a_page_scraped_a_paragraph_to_a_line_gives_a_unit_a_line() -> None:
    segs = segment(SCRAPED, "text")
    assert [(s.text[:20], s.line) for s in segs] == [
        ("African Union voices", 1), ("The African Union (A", 2), ("The urgent call was ", 3),
        ("It underlined the im", 4)]
    assert all(SCRAPED[s.start:s.end] == s.text for s in segs)
    assert rebuild(SCRAPED, segs, ["A", "B", "C", "D"]) == "A\nB\nC\nD\n"
    # A headline over two such lines is reviewed whole, its names read together.
    assert len(segment("".join(SCRAPED.splitlines(keepends=True)[:3]), "text")) == 1


def test_a_photo_s_caption_with_its_credit_among_such_lines_keeps_a_unit_a_line() -> None:
    """A news page's caption ends on "(Source: AFP)" after its stop: the article's seven
    paragraphs were one unit to review whole, and the engine moved words across lines."""
    caption = ("Humanitarian aid from the International Committee of the Red Cross is "
               "transported to Port Sudan, eastern Sudan, on April 30. (Source: AFP)")
    lines = SCRAPED.splitlines()
    text = "\n".join([lines[1], caption, *lines[2:]]) + "\n"
    segs = segment(text, "text")
    assert [s.text for s in segs] == [lines[1], caption, *lines[2:]]


@pytest.mark.parametrize("block", [
    # a paragraph wrapped at 72 columns
    "The council met on Friday in Addis Ababa and heard reports from its\n"
    "members, its partners and the agencies working in the region.\n",
    # a verse, an address
    "Shall I compare thee to a summer's day?\nThou art more lovely and more temperate.\n",
    "Parish Office\n12 Church Lane\nLittle Hampton\n",
    # one long line, then its wrapped rest
    "The urgent call was made by the AU’s Peace and Security Council in a statement issued "
    "on Friday that followed\nits recent meeting.\n",
])
def test_a_wrapped_paragraph_a_verse_an_address_stay_one_unit(block: str) -> None:
    assert len(segment(block, "text")) == 1


def test_rebuild_replaces_only_segments() -> None:
    segs = segment(MARKDOWN, "markdown")
    out = rebuild(MARKDOWN, segs, [s.text.upper() if s.kind == "item" else None for s in segs])
    assert "- ITEM ONE\n- ITEM TWO" in out
    assert 'print("not translated")' in out
    assert out.replace("ITEM ONE", "item one").replace("ITEM TWO", "item two") \
        .replace("NUMBERED", "numbered") == MARKDOWN


@pytest.mark.parametrize(("html", "texts"), [
    ("<div>Loose text with <b>bold</b>.</div>", ["Loose text with <b>bold</b>."]),
    ("<div>Intro.<p>One.</p>Between.<p>Two.</p> Tail.</div>",
     ["Intro.", "One.", "Between.", "Two.", "Tail."]),
    ("<section><div>Deep loose text</div></section>", ["Deep loose text"]),
    ("<div>\n  <p>Only a paragraph</p>\n</div>", ["Only a paragraph"]),
    ("<div><!-- a comment --><img src='x.png'></div>", []),
    ("<div><span>odd <p>nesting</p></span></div>", ["nesting"]),
])
def test_text_directly_inside_a_container_is_a_unit(html: str, texts: list[str]) -> None:
    segments = segment(html, "html")
    assert [s.text for s in segments] == texts
    rebuilt = rebuild(html, segments, [s.text.upper() for s in segments])
    for text in texts:
        assert text.upper() in rebuilt


def test_loose_text_stops_at_what_is_left_alone() -> None:
    html = '<div>Before.<script>var s = "x";</script>After.<pre>keep</pre></div>'
    assert [s.text for s in segment(html, "html")] == ["Before.", "After."]


ATTRIBUTES = """<head><meta name="description" content="Cats &amp; dogs">
<meta property="og:url" content="https://example.org/cats"><link rel="icon" href="i.png">
</head><p>See <a href="/u" class="c" id="x" title='The "full" report'>it</a>.</p>
<img src=cat.png alt=Cat><img src="d.png" alt=""><p translate="no"><img alt="Logo"></p>"""


def test_reader_facing_attributes_are_segments_and_urls_are_not() -> None:
    found = [(s.kind, s.attribute, s.text) for s in segment(ATTRIBUTES, "html")]
    assert found == [("attribute", "description", "Cats &amp; dogs"),
                     ("paragraph", "", 'See <a href="/u" class="c" id="x" '
                                       "title='The \"full\" report'>it</a>."),
                     ("attribute", "title", 'The "full" report'),
                     ("attribute", "alt", "Cat")]
    for seg in segment(ATTRIBUTES, "html"):
        assert ATTRIBUTES[seg.start:seg.end] == seg.text


def test_an_attribute_is_written_back_escaped_for_its_quotes() -> None:
    segs = segment(ATTRIBUTES, "html")
    texts = [{"description": "Gatos & perros", "title": "El informe 'completo'",
              "alt": 'Gato "negro"'}.get(s.attribute) for s in segs]
    out = rebuild(ATTRIBUTES, segs, texts)
    assert 'content="Gatos &amp; perros"' in out
    assert "title='El informe &#39;completo&#39;'>it</a>" in out
    assert '<img src=cat.png alt="Gato &quot;negro&quot;">' in out
    assert rebuild(ATTRIBUTES, segs, [None] * len(segs)) == ATTRIBUTES


def test_a_translated_paragraph_gets_its_link_s_translated_title() -> None:
    segs = segment(ATTRIBUTES, "html")
    texts = ['Vea <a href="/u" class="c" id="x" title=\'The "full" report\'>lo</a>.'
             if s.kind == "paragraph" else "El informe" if s.attribute == "title" else None
             for s in segs]
    out = rebuild(ATTRIBUTES, segs, texts)
    assert '<p>Vea <a href="/u" class="c" id="x" title=\'El informe\'>lo</a>.</p>' in out
    # An editor who changed the tag in the paragraph keeps what they wrote.
    texts = ['Vea <a href="/u" title="Mi título">lo</a>.' if s.kind == "paragraph"
             else "El informe" if s.attribute == "title" else None for s in segs]
    assert '<p>Vea <a href="/u" title="Mi título">lo</a>.</p>' in rebuild(ATTRIBUTES, segs,
                                                                          texts)


def test_markdown_table_cells_keep_pipes_alignment_and_inline_markup() -> None:
    body = "| Name | Role |\n|:---|---:|\n| **Ann** | Chief editor |\n"
    segs = segment(body, "markdown")
    assert [s.text for s in segs] == ["Name", "Role", "**Ann**", "Chief editor"]
    out = rebuild(body, segs, ["Nombre", "Cargo", "**Ana**", "Jefa | redactora"])
    assert out == ("| Nombre | Cargo |\n|:---|---:|\n| **Ana** | Jefa \\| redactora |\n")


IMAGES = ("# Harbour\n\n![A man reads a [big] newspaper](photo.jpg \"The morning paper\")\n\n"
          "[![Read more](button.png)](https://example.org/more)\n\n"
          "See ![the map](<maps/old town.png> 'Old town') and `![code](c.png)`.\n\n"
          "| ![A boat](b.png) | Price |\n")


def test_every_markdown_image_gives_its_alt_and_title_and_never_its_address() -> None:
    found = [(s.kind, s.attribute, s.text) for s in segment(IMAGES, "markdown")]
    assert found == [
        ("heading", "", "Harbour"),
        ("attribute", "alt", "A man reads a [big] newspaper"),
        ("attribute", "title", "The morning paper"),
        ("attribute", "alt", "Read more"),
        ("paragraph", "", "See ![the map](<maps/old town.png> 'Old town') and "
                          "`![code](c.png)`."),
        ("attribute", "alt", "the map"), ("attribute", "title", "Old town"),
        ("attribute", "alt", "A boat"), ("cell", "", "Price"),
    ]
    for seg in segment(IMAGES, "markdown"):
        assert IMAGES[seg.start:seg.end] == seg.text


def test_an_image_s_texts_are_written_back_escaped_and_its_address_kept() -> None:
    segs = segment(IMAGES, "markdown")
    spanish = {"A man reads a [big] newspaper": "Un hombre lee un diario ]grande[",
               "The morning paper": 'El diario "de la mañana"', "Read more": "Leer más",
               "the map": "el mapa", "Old town": "Casco 'viejo'", "A boat": "Un barco"}
    out = rebuild(IMAGES, segs, [spanish.get(s.text) for s in segs])
    assert out == (
        "# Harbour\n\n![Un hombre lee un diario \\]grande\\[](photo.jpg "
        "\"El diario \\\"de la mañana\\\"\")\n\n"
        "[![Leer más](button.png)](https://example.org/more)\n\n"
        "See ![el mapa](<maps/old town.png> 'Casco \\'viejo\\'') and `![code](c.png)`.\n\n"
        "| ![Un barco](b.png) | Price |\n")
    # A paragraph whose translation changed the image keeps it as the editor wrote it.
    texts: list[str | None] = [spanish.get(s.text) for s in segs]
    texts[4] = "Vea ![el plano](<maps/old town.png> 'Casco') y `![code](c.png)`."
    assert "Vea ![el plano](<maps/old town.png> 'Casco') y" in rebuild(IMAGES, segs, texts)
