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


def _read(glossary: Glossary, paragraphs: list[str]) -> list[list[Occurrence]]:
    """Each paragraph's "Security Council" mentions, read as the pipeline reads them."""
    context = context_from(glossary.matcher, [], "\n".join(paragraphs))
    return [[o for o in glossary.matcher.find(p, context) if o.text == "Security Council"]
            for p in paragraphs]


MET = ("President of Russia Vladimir Putin met with Secretary of the Security Council "
       "Nikolai Patrushev in the Kremlin.")
THANKS = "Thank you for your positive assessment of the work of the Security Council."


def test_a_bare_name_is_read_as_the_document_read_it_before(bundled: Glossary) -> None:
    met, thanks = _read(bundled, [MET, THANKS])
    assert [o.concept.id for o in met] == ["RUS_SC"]
    assert [(o.concept.id, o.ambiguous) for o in thanks] == [("RUS_SC", False)]
    assert thanks[0].reason == ("read as earlier in the document; this sentence has no "
                                "evidence; elsewhere in the document: Kremlin, Patrushev, "
                                "President of Russia, Putin")


def test_a_bare_name_stays_ambiguous_without_a_reading_before_it_or_against_evidence(
        bundled: Glossary) -> None:
    # Nothing read before it: the document's words alone never decide.
    thanks, _ = _read(bundled, [THANKS, MET])
    assert thanks[0].ambiguous and "this sentence has no evidence" in thanks[0].reason
    # Words elsewhere that point to another body too: the editor decides.
    un = "Russia's envoy spoke at the United Nations headquarters in New York."
    _, thanks_again, _ = _read(bundled, [MET, THANKS, un])
    assert thanks_again[0].ambiguous


def test_a_note_on_another_states_council_says_where_its_evidence_is(
        bundled: Glossary) -> None:
    heading, _ = _read(bundled, ["The Security Council will discuss the border with "
                                 "Tajikistan, diplomats said.",
                                 "Officials met in Dushanbe on Friday."])
    assert heading[0].ambiguous
    assert heading[0].reason == ("the text points to a council outside the glossary "
                                 "(Tajikistan; elsewhere in the document: Dushanbe)")


def test_a_capital_names_its_state_for_a_bare_national_security_council(
        bundled: Glossary) -> None:
    """Nigeria's council: its capital is evidence as its name is, and the note says so
    (it said "nothing in the document says which body")."""
    [occ] = bundled.matcher.find("At the State House in Abuja, the president chaired a "
                                 "meeting of the National Security Council.")
    assert occ.ambiguous
    assert occ.reason.startswith("the text points to a council outside the glossary (Abuja)")


def test_a_misspelt_name_is_read_as_the_name_and_says_so(bundled: Glossary) -> None:
    [occ] = bundled.matcher.find("Leaders of the Shanghai Corporation Organisation met.")
    assert (occ.concept.id, occ.text) == ("SCO", "Shanghai Corporation Organisation")
    assert "'Shanghai Cooperation Organisation'" in occ.reason and "check" in occ.reason
    assert bundled.matcher.names_any("the Shanghai Corporation Organisation")


@pytest.mark.parametrize(("text", "concept"), [
    # a title after the man's name, as wire copy writes it: his surname is the council's cue
    ("President Raisi appointed Ali Akbar Ahmadian Supreme National Security Council "
     "secretary on Monday.", "IR_SNSC"),
    ("Officials said Patrushev Security Council aides drafted the plan.", "RUS_SC"),
    # states send diplomats to the UN's council
    ("According to a Security Council diplomat, the visit will not happen.", "UNSC"),
    # a cue of the body and the body, side by side: no longer name
    ("Requests for comment from the White House and National Security Council "
     "representatives went unanswered.", "US_NSC"),
])
def test_a_short_form_after_a_cue_s_name_or_before_a_diplomat_is_read(
        bundled: Glossary, text: str, concept: str) -> None:
    occurrences, decoys = bundled.matcher.scan(text)
    assert [o.concept.id for o in occurrences] == [concept] and not decoys


def test_the_au_named_as_the_organ_s_owner_places_its_peace_and_security_council(
        bundled: Glossary) -> None:
    occurrences, _decoys = bundled.matcher.scan(
        "The Peace and Security Council is the standing decision-making organ of the AU.")
    assert [o.concept.id for o in occurrences if o.kind == "short"] == ["AU_PSC"]
    occurrences, _decoys = bundled.matcher.scan("The Peace and Security Council met.")
    assert not occurrences          # letters of nobody, no cue: left to the engine


def test_a_state_s_name_before_a_short_form_is_still_another_body(bundled: Glossary) -> None:
    """A state is no person: "Iran Security Council" is a council of Iran's own, not the
    body the short form names elsewhere."""
    occurrences, _decoys = bundled.matcher.scan("The Iran Security Council met.")
    assert [o.concept.id for o in occurrences] != ["UNSC"]
    assert [o.concept.id for o in occurrences] == ["NATIONAL_SC:IR"]


@pytest.mark.parametrize(("text", "names"), [
    ("The Shanghai Cooperation Council opened its summit.", ["Shanghai Cooperation Council"]),
    ("The Collective Security Treaty was signed in 1992.", []),        # a treaty, no body
    ("The SCO and Russia's Security Council met.", []),                # listed names
    ("Leaders Meet At Shanghai Summit As Talks Open", []),             # a headline
    # a department's and an agenda's name, no council ("Treaty on Collective Security"
    # made "Security" read as a body's head)
    ("Outcomes on Political Affairs, Peace and Security were produced by the AU.", []),
    ("They discussed Resolution 1325 on Women, Peace and Security in Addis Ababa.", []),
    # a body two parties share, no misnomer of Ukraine's council (the note named it)
    ("The NATO-Ukraine Council met in Brussels on Thursday.", []),
    ("Ministers of the Shanghai Co-Operation Council met.", ["Shanghai Co-Operation Council"]),
])
def test_names_close_to_a_listed_one_are_found_for_a_note(bundled: Glossary, text: str,
                                                          names: list[str]) -> None:
    occurrences, decoys = bundled.matcher.scan(text)
    assert [name for name, _near in bundled.matcher.unlisted(text, occurrences, decoys)] == names


@pytest.mark.parametrize("text", [
    "Russia's ambassador to the Security Council spoke.",
    "The Russian envoy at the Security Council rejected the text.",
    "Russia's Security Council envoy Vassily Nebenzia spoke after the vote.",
    "A Russian Security Council veto blocked the draft.",
])
def test_russias_diplomats_at_the_council_are_never_written_as_russias_council(
        bundled: Glossary, text: str) -> None:
    from cms_i18n.glossary.verify import expectations

    before = ["Shoigu, secretary of Russia's Security Council, met Putin and Patrushev in "
              "the Kremlin."]
    occurrences, _decoys = bundled.matcher.scan(text, context_from(bundled.matcher, before))
    langs = sorted({lang for c in bundled.concepts for lang in c.targets})
    for lang in langs:
        russias = bundled.get("RUS_SC").target(lang)
        for exp in expectations(occurrences, lang):
            assert exp.concept.id != "RUS_SC", (lang, exp)
            if russias is not None:
                assert exp.term not in {*russias.approved, *russias.variants}, (lang, exp.term)


def test_letters_of_several_senses_take_their_world_from_the_whole_document(
        bundled: Glossary) -> None:
    """"The SCO met." says nothing of states on its own; in an article that names
    Beijing elsewhere it is the organisation, and alone it is left with a note."""
    unit = "The SCO met on Monday."
    alone, decoys = bundled.matcher.scan(unit)
    assert alone == [] and [d.reason for d in decoys] == [
        "no word of the document speaks of states or their bodies"]
    context = context_from(bundled.matcher, [], document=f"{unit}\n\nIts leaders flew to Beijing.")
    assert [o.concept.id for o in bundled.matcher.find(unit, context)] == ["SCO"]


def test_letters_a_document_spells_out_elsewhere_are_that_name_in_every_unit(
        bundled: Glossary) -> None:
    """A degree page names "Computer Information Systems" in one paragraph and says "the
    CIS program" in another, with "government" among its employers: the letters are the
    degree's, never the Commonwealth's."""
    document = ("Graduates of the programs in Computer Information Systems work in "
                "government and business.\n\nThe CIS program provides hands-on skills.")
    unit = document.split("\n")[-1]
    context = context_from(bundled.matcher, [], document=document)
    found, decoys = bundled.matcher.scan(unit, context)
    assert found == [] and [d.reason for d in decoys] == [
        "the document defines CIS as 'Computer Information Systems'"]
