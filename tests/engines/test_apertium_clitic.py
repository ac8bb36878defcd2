"""A straight quote opening a word that starts with "s", through English–Spanish Apertium:
the engine reads the quote and the "s" as the clitic "'s" and drops the letter ("special
tactic exercises 'Search-2017'" → "…  earch-2017'"); every letter of the word survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.engines.apertium import _shield_clitic, _unshield_clitic
from tests.helpers import page_entry, translated_pages

TEXTS = {
    "We will kick off these events with special tactic exercises 'Search-2017'.": "2017",
    "The 'Sun' newspaper reported it first.": "Sol",
    "Forces held 'Shield' drills near the border.": "Escudo",
}


@pytest.mark.engine
def test_no_letter_is_lost_after_an_opening_straight_quote(tmp_path: Path) -> None:
    site = translated_pages(tmp_path, {"quoted": list(TEXTS)}, "es")
    for text, wanted in TEXTS.items():
        entry = page_entry(site, "es", "quoted", text)
        assert wanted in entry.msgstr, entry.msgstr
        assert " earch" not in entry.msgstr and "esun" not in entry.msgstr.casefold(), \
            entry.msgstr
        assert "‘" not in entry.msgstr, entry.msgstr     # the source's quotes are straight


def test_possessives_and_curly_sources_are_left_alone() -> None:
    assert _shield_clitic("Russia's security, the SCO's summit") == \
        "Russia's security, the SCO's summit"
    assert _unshield_clitic("the ‘Sun’ said", "el ‘Sol' dijo") == "el ‘Sol' dijo"
