"""The cleaning API as the pipeline uses it: units, options, fixes, replay."""

from __future__ import annotations

import pytest

from cms_i18n.clean import (
    CleanFix,
    CleanOptions,
    apply_plan,
    clean_document,
    clean_unit,
    detect_quote_style,
    explain,
)
from cms_i18n.errors import ConfigError

SEED_FIRST_UNIT = (
    "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon "
    "closeicon fbicon fileicon mailicon shareicon tgicon twicon vkicon yticon fm\n"
    "26 May, 2025 12:41"
)


def test_chrome_line_inside_a_unit_goes_and_the_dateline_stays() -> None:
    result = clean_unit(SEED_FIRST_UNIT)
    assert result.text == "26 May, 2025 12:41"
    assert [(f.kind, f.line) for f in result.fixes] == [("chrome", 1)]


@pytest.mark.parametrize("unit", [
    "Read more", "Advertisement", "0:00\n25:58", "Share on Facebook Share on Twitter",
    "Dear readers! Please check our commenting policy before you leave comments.",
])
def test_a_unit_that_is_all_chrome_becomes_empty(unit: str) -> None:
    assert clean_unit(unit).text == ""


def test_unit_keeps_single_line_breaks_and_never_ends_with_one() -> None:
    result = clean_unit("Russia,\nour sacred power,\nRussia\n\n")
    assert result.text == "Russia,\nour sacred power,\nRussia"


def test_unit_fix_lines_count_from_the_unit_start() -> None:
    result = clean_unit("First line.\nНeads of state.")
    assert [(f.kind, f.line, f.before, f.after) for f in result.fixes] == [
        ("homoglyph", 2, "Нeads", "Heads")]


def test_document_fix_lines_are_input_lines() -> None:
    text = "Title\n\nAdvertisement\n\nRussiaâ€™s Нeads met.\n"
    kinds = {(f.kind, f.line) for f in clean_document(text).fixes}
    assert {("chrome", 3), ("mojibake", 5), ("homoglyph", 5)} <= kinds


def test_quote_style_from_the_document_is_used_for_its_units() -> None:
    unit = "”We are ready,” he said."
    assert clean_unit(unit, CleanOptions(quote_style="curly")).text == "“We are ready,” he said."
    assert clean_unit(unit, CleanOptions(quote_style="straight")).text == '"We are ready," he said.'


def test_detect_quote_style() -> None:
    assert detect_quote_style('He said "yes".\nShe said "no".') == "straight"
    assert detect_quote_style("He said “yes”.") == "curly"
    assert detect_quote_style("No quotes at all.") == "curly"
    # Mojibake and entity forms count as the quotes they stand for.
    assert detect_quote_style("He said â€œyesâ€\x9d and &ldquo;no&rdquo;.") == "curly"
    assert detect_quote_style("He said &quot;yes&quot;.") == "straight"
    # Quotes inside code do not count.
    assert detect_quote_style('Said “yes”.\n\n```\nx = "a" + "b" + "c"\n```\n') == "curly"


def test_detect_quote_style_agrees_before_and_after_cleaning() -> None:
    dirty = "Russiaâ€™s envoy said â€œyesâ€\x9d.\nAnother â€œquoteâ€\x9d."
    assert detect_quote_style(dirty) == detect_quote_style(clean_document(dirty).text)


def test_site_chrome_patterns_remove_their_lines_only() -> None:
    text = "Text of the article.\nSputnik Globe brings you the stories that matter\n"
    assert clean_document(text).text == text
    options = CleanOptions(chrome_patterns=(r"^Sputnik Globe brings you\b",))
    result = clean_document(text, options)
    assert result.text == "Text of the article.\n"
    assert result.fixes[0].kind == "chrome"


@pytest.mark.parametrize("kwargs", [
    {"quote_style": "smart"}, {"format": "docx"}, {"chrome_patterns": ("(unclosed",)},
])
def test_bad_options_are_config_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        CleanOptions(**kwargs)  # type: ignore[arg-type]


def test_bad_site_pattern_is_named() -> None:
    with pytest.raises(ConfigError, match=r"\(unclosed"):
        CleanOptions(chrome_patterns=("(unclosed",))


def test_fixes_explain_themselves() -> None:
    result = clean_document("Нeads of state\r\nmet in а hall.\r\n")
    lines = explain(result.fixes)
    assert lines[0] == "line 1: newline: '\\r\\n' → '\\n' (2 CRLF line breaks)"
    assert "line 1: homoglyph: 'Нeads' → 'Heads' (look-alike letter in a Latin word)" in lines
    assert "line 2: homoglyph: 'а' → 'a' (look-alike letter between English words)" in lines
    assert all(isinstance(f, CleanFix) for f in result.fixes)


def test_unit_fixes_replay() -> None:
    unit = "  ”Нeads  of state,” he said.\u00a0Advertisement"
    result = clean_unit(unit)
    assert apply_plan(unit, result.fixes, unit=True) == result.text


def test_html_format_leaves_markup_alone() -> None:
    html = '<p class="x">Нeads &lt;b&gt; of &amp;quot;state&amp;quot;</p>\n'
    result = clean_document(html, CleanOptions(format="html"))
    assert result.text == '<p class="x">Heads &lt;b&gt; of &quot;state&quot;</p>\n'


def test_markdown_keeps_its_references_and_undoes_double_escaping() -> None:
    """A Markdown author's ``&lt;``, ``&nbsp;`` and ``&amp;`` are markup that renders as
    the character; only a scrape's second escape is undone."""
    text = "Write &lt;br&gt; &amp;quot;R&amp;amp;D&amp;quot; «&nbsp;more&nbsp;»\n"
    result = clean_document(text, CleanOptions(format="markdown"))
    assert result.text == "Write &lt;br&gt; &quot;R&amp;amp;D&quot; «&nbsp;more&nbsp;»\n"


def test_an_escaped_markup_character_escaped_again_is_text_about_markup() -> None:
    """``&amp;lt;b&amp;gt;`` shows ``&lt;b&gt;``: an author's text about HTML (or a CMS's
    plain-text field holding one), never a scrape's second escape to undo."""
    for fmt in ("html", "markdown"):
        text = "<p>Write &amp;lt;b&amp;gt; for &amp;quot;bold&amp;quot;</p>\n"
        result = clean_document(text, CleanOptions(format=fmt))
        assert result.text == "<p>Write &amp;lt;b&amp;gt; for &quot;bold&quot;</p>\n", fmt


def test_unindented_code_in_plain_text_is_untouched() -> None:
    code = 'for item in items:\n    print(”as is”,  item)\n'
    assert clean_document(code).text == code


def test_empty_and_blank_input() -> None:
    assert clean_document("").text == ""
    assert clean_document("\n\n  \n").text == ""
    assert clean_unit("").text == ""


def test_non_string_input_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        clean_document(b"bytes")  # type: ignore[arg-type]


def test_a_bug_in_a_step_keeps_the_text_and_says_so(monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    # A bug planted in one step (the unwrap step) stands for any bug a step may hide.
    import cms_i18n.clean as clean_module

    def broken(run: object) -> None:
        raise KeyError("planted")

    monkeypatch.setattr(clean_module, "_step_unwrap", broken)
    text = "Share this article\nThe ministers met on Monday.\n"
    with caplog.at_level("WARNING", logger="cms_i18n.clean"):
        out = clean_module.clean_document(text)
    assert out.text == text and out.fixes == ()
    assert "KeyError: 'planted' at test_clean_api.py:" in caplog.text     # what, and where
    assert "Share this article" in caplog.text      # which text, by its first words
