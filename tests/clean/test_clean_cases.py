"""Data-driven cleaning cases: ``cases/<category>/<name>.in.*`` → ``<name>.out.*``.

``cases/negative/`` holds genuine texts (Russian, Greek, maths, code, URLs,
French quotations, accented Latin, news sentences that mention comments or
sharing …) that must come out byte-identical.  The file extension picks the
format the command line would pick (``.md`` → Markdown).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, apply_plan, clean_document

CASES = Path(__file__).parent / "cases"
FORMATS = {".md": "markdown", ".txt": "text", ".html": "html"}


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _options(path: Path, *, scraped: bool | None = None) -> CleanOptions:
    return CleanOptions(format=FORMATS[path.suffix], scraped=scraped)


def dirty_cases() -> list[tuple[Path, Path]]:
    pairs = []
    for source in sorted(CASES.glob("*/*.in.*")):
        expected = source.with_name(source.name.replace(".in.", ".out."))
        pairs.append((source, expected))
    return pairs


def negative_cases() -> list[Path]:
    return sorted((CASES / "negative").glob("*.*"))


def _id(item: object) -> str:
    path = item[0] if isinstance(item, tuple) else item
    assert isinstance(path, Path)
    return f"{path.parent.name}/{path.name.split('.')[0]}"


def test_case_set_is_wide() -> None:
    categories = {source.parent.name for source, _ in dirty_cases()}
    assert {"chrome", "encoding", "homoglyph", "typography", "whitespace"} <= categories
    assert len(dirty_cases()) + len(negative_cases()) >= 60
    assert len(negative_cases()) >= 20
    for source, expected in dirty_cases():
        assert expected.exists(), f"{source.name} has no expected output"
        assert _read(source) != _read(expected), f"{source.name} is not dirty"


@pytest.mark.parametrize("pair", dirty_cases(), ids=_id)
def test_dirty_text_is_repaired(pair: tuple[Path, Path]) -> None:
    source, expected = pair
    # The dirty cases are scraped pages' text: the repairs that wait for evidence apply.
    result = clean_document(_read(source), _options(source, scraped=True))
    assert result.text == _read(expected)
    assert result.fixes, "a repair must be explained"


def clean_texts() -> list[tuple[Path, Path]]:
    """(text, the case whose options clean it): every genuine text, and every expected
    output, which cleaning again must leave as it is."""
    return [(path, path) for path in negative_cases()] + [
        (expected, source) for source, expected in dirty_cases()]


@pytest.mark.parametrize("pair", clean_texts(), ids=_id)
def test_genuine_and_cleaned_text_is_untouched(pair: tuple[Path, Path]) -> None:
    text_path, case = pair
    text = _read(text_path)
    result = clean_document(text, _options(case))
    assert result.text == text
    assert result.fixes == ()


@pytest.mark.parametrize("pair", dirty_cases(), ids=_id)
def test_fixes_replay_to_the_same_text(pair: tuple[Path, Path]) -> None:
    source, _ = pair
    text = _read(source)
    options = _options(source, scraped=True)
    result = clean_document(text, options)
    assert apply_plan(text, result.fixes, options) == result.text
