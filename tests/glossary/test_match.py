"""The matcher, driven by the cases in data/match_cases.yaml (positive and negative)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cms_i18n.glossary import Glossary
from cms_i18n.glossary.match import Context, Occurrence, context_from

CASES = yaml.safe_load((Path(__file__).parent / "data" / "match_cases.yaml").read_text("utf-8"))


def describe(occ: Occurrence) -> str:
    text = f"{occ.concept.id} {occ.kind} {occ.text}"
    if occ.possessive:
        text += f" {occ.possessive}"
    if occ.suffix:
        text += f" -{occ.suffix}"
    if occ.parenthetical:
        text += " (paren)"
    if occ.ambiguous:
        text += " (ambiguous)"
    return text


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(bundled: Glossary, case: dict) -> None:
    context = context_from(bundled.matcher, case.get("before", []))
    occurrences, decoys = bundled.matcher.scan(case["text"], context)
    assert [describe(o) for o in occurrences] == case["find"]
    assert [d.text for d in decoys] == case.get("decoys", [])
    for occ in occurrences:
        assert case["text"][occ.start:occ.end] == occ.text


def test_offsets_survive_surrounding_markup(bundled: Glossary) -> None:
    text = "Delegates of the {1}SCO{2} and of the CSTO."
    found = bundled.matcher.find(text)
    assert [text[o.start:o.end] for o in found] == ["SCO", "CSTO"]


def test_a_short_form_in_capitals_is_found_but_an_acronym_only_as_written(
        bundled: Glossary) -> None:
    heading = bundled.matcher.find("SECURITY COUNCIL")
    assert [(o.text, o.kind) for o in heading] == [("SECURITY COUNCIL", "short")]
    assert heading[0].ambiguous            # nothing says which council: the editor confirms
    russian = bundled.matcher.find("RUSSIA'S SECURITY COUNCIL MEETS")
    assert [o.concept.id for o in russian] == ["RUS_SC"]
    assert bundled.matcher.find("the sco and the csto") == []


def test_context_is_carried_between_units_of_one_document(bundled: Glossary) -> None:
    context = Context()
    bundled.matcher.find("Russia's Security Council met in Moscow.", context)
    second = bundled.matcher.find("The Security Council said the talks were useful.", context)
    assert [(o.concept.id, o.reason) for o in second] == [
        ("RUS_SC", "named earlier in the document")]
    fresh = bundled.matcher.find("The Security Council said the talks were useful.", Context())
    assert [o.concept.id for o in fresh] == ["UNSC"]


def test_each_seed_entity_is_found_in_the_seed_article(bundled: Glossary) -> None:
    seed = (Path(__file__).resolve().parents[2] / "examples" / "content" /
            "asian-security-officials.txt").read_text("utf-8")
    found = {o.concept.id for o in bundled.matcher.find(seed)}
    assert found == {"ASEAN", "RUS_SC", "SCO", "TALIBAN", "GLOBAL_SOUTH", "BRICS", "AU", "LAS",
                     "CIS", "CSTO"}
    # The seed's bare "Security Council" follows "Russia’s Security Council": Russia's.
    shorts = [o for o in bundled.matcher.find(seed) if o.kind == "short"]
    assert shorts and all(o.concept.id == "RUS_SC" for o in shorts)
