"""Genuine text nobody on the project wrote comes out of the cleaner byte-identical.

``cases/genuine/`` is a sample of the negative set (``bench/data/negative/``):
treebank prose in six languages, command pages, lists of links, legal
clauses, verse drama, songs, novels, regulations, code with doctests, a CSV
table, LaTeX and notebook mathematics.  A text a rule changes is a false
positive of that rule, so the test names the rule.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cms_i18n.clean import clean_document

GENUINE = Path(__file__).parent / "cases" / "genuine"


def genuine_texts() -> list[Path]:
    return sorted(GENUINE.glob("*.txt"))


def test_the_sample_is_wide_and_every_text_has_its_source() -> None:
    with (GENUINE / "SOURCES.tsv").open(encoding="utf-8") as handle:
        sources = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    names = {path.name for path in genuine_texts()}
    assert names == set(sources)
    assert len(names) >= 60
    assert len({row["repository"] for row in sources.values()}) >= 30
    assert all(row["licence"] and len(row["commit"]) == 40 for row in sources.values())


@pytest.mark.parametrize("path", genuine_texts(), ids=lambda path: path.stem)
def test_genuine_text_is_unchanged(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    cleaned = clean_document(text)
    rules = sorted({f"{fix.kind}: {fix.note}" for fix in cleaned.fixes})
    assert cleaned.text == text, f"changed by {rules}"
    assert not rules
