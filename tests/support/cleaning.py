"""What a test of the cleaner looks at: the lines it removed and why, and its output
checked to be a fixed point (cleaning the cleaned text again changes nothing)."""

from __future__ import annotations

from cms_i18n.clean import CleanOptions, clean_document


def removed_lines(text: str, options: CleanOptions | None = None) -> dict[str, str]:
    """Each line the cleaner takes as chrome → the reason it gives."""
    return {fix.before: fix.note or "" for fix in clean_document(text, options).fixes
            if getattr(fix, "drop_line", False) and fix.kind == "chrome"}


def cleaned_text(text: str) -> str:
    """The cleaned text, after checking that cleaning it again changes nothing."""
    cleaned = clean_document(text).text
    assert clean_document(cleaned).text == cleaned
    return cleaned
