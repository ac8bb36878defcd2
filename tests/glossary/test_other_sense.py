"""An acronym whose sentence names another body by the same letters (a ``!`` cue: "SCO,
the Utah Unix vendor"), on real Apertium, through the command line: the glossary's term
is not applied, the engine's Spanish stands as it would without a glossary, and a note
tells the editor which term was not applied and which word of the sentence says so."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from tests.helpers import page_entry, translated_pages

PAGES = {
    # the SCO Group, a Unix vendor, is no Shanghai Cooperation Organisation
    "vendor": ["SCO, the Utah Unix vendor, sued IBM over Linux in 2003."],
    # the Center for Immigration Studies is no Commonwealth of Independent States
    "think-tank": ["The CIS is led by Mark Krikorian."],
    # the UK's Construction Industry Scheme, which HMRC runs
    "tax-scheme": ["Contractors deduct CIS from payments and pass it to HMRC every month."],
    # the Scottish Chamber Orchestra, at home in Scotland
    "orchestra": ["The SCO toured the Scottish islands last summer."],
    # the Scottish Chamber Orchestra by its repertoire, its name unsaid
    "concerto": ["The SCO opened its season with a Mozart concerto."],
    # Bluetooth's synchronous connection-oriented voice link
    "headset": ["The headset opens an SCO link for each call."],
    # the Center for Internet Security's configuration guides
    "benchmarks": ["Harden each server against the CIS Benchmarks before launch."],
    # a college's Computer Information Systems major
    "major": ["The CIS major covers databases and management information systems."],
    # CMOS image sensors, by a maker of them
    "sensors": ["OmniVision raised CIS prices for phone makers this quarter."],
    # Canadian Interuniversity Sport, by its varsity teams
    "varsity": ["Her varsity team won the CIS title in Calgary."],
    # the SCO Group by its lawsuit against IBM, Unix unsaid
    "lawsuit": ["SCO's lawsuit against IBM was dismissed with prejudice."],
    # the astronomical unit, undefined, after a number
    "astronomy": ["Pluto averages about 40 AU from the Sun."],
    # the astronomical unit of a comet's distance an observatory measured
    "comet": ["Astronomers at the observatory detected the comet at a heliocentric "
              "distance of 28 AU."],
    # American University, by the league of universities it belongs to
    "consortium": ["AU is a member of the Consortium of Universities of the Washington "
                   "Metropolitan Area."],
    # the organisation itself: its term is applied, no such note
    "summit": ["The SCO summit opened in Tianjin."],
    # an Australian think tank's scholar, in a sentence on a state's welfare
    "scholar": ["CIS scholar Andrew Baker predicted the new leviathan of the Australian "
                "welfare state."],
    # a Manchester insurer, in a sentence naming a state
    "insurer": ["Co-op Insurance is the trading name of CIS General Insurance, based in "
                "Manchester, United Kingdom."],
    # a clinical information system, one of a kind ("a CIS"), in a sentence naming a capital
    "kind": ["In Moscow, the success of a CIS depends on its integration with the clinic's "
             "other systems."],
    # thin-film solar cells of copper, indium and selenium
    "solar": ["The maker set a new efficiency record for its CIS thin-film modules."],
    # the Center for Internet Security at work, in its own words
    "ecosystem": ["As a key player in the information-security ecosystem, CIS bridges the "
                  "gap between technical expertise and practical application."],
    # the Commonwealth's states at a cyber defence exercise: the body
    "exercise": ["The CIS states agreed in Minsk on joint cyber defense exercises."],
    # the Commonwealth's letters before the noun they modify: the body
    "a-country": ["Armenia is a CIS country with close ties to Moscow."],
    # the African Union, among a security council and a peace operation
    "communique": ["The Security Council welcomed a communique from the AU council on "
                   "an AU-led peace support operation."],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return translated_pages(tmp_path_factory.mktemp("site"), PAGES, "es")


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same pages translated by a site whose glossary folder is empty: the engine's
    Spanish with no term enforced."""
    return translated_pages(tmp_path_factory.mktemp("plain"), PAGES, "es", glossary=False)


def entry(site: Path, page: str) -> polib.POEntry:
    return page_entry(site, "es", page, PAGES[page][0])


def notes(e: polib.POEntry) -> list[str]:
    return [line for line in e.comment.splitlines() if line.startswith("glossary")]


@pytest.mark.parametrize(("page", "concept", "term", "word"), [
    ("vendor", "SCO", "OCS", "Unix"),
    ("think-tank", "CIS", "CEI", "Krikorian"),
    ("tax-scheme", "CIS", "CEI", "HMRC"),
    ("orchestra", "SCO", "OCS", "Scottish"),
    ("concerto", "SCO", "OCS", "concerto"),
    ("headset", "SCO", "OCS", "headset"),
    ("benchmarks", "CIS", "CEI", "CIS Benchmarks"),
    ("major", "CIS", "CEI", "information systems"),
    ("sensors", "CIS", "CEI", "OmniVision"),
    ("varsity", "CIS", "CEI", "varsity"),
    ("lawsuit", "SCO", "OCS", "IBM"),
    ("astronomy", "AU", "UA", "from the Sun"),
    ("comet", "AU", "UA", "heliocentric"),
    ("consortium", "AU", "UA", "Consortium of Universities"),
    ("insurer", "CIS", "CEI", "General Insurance"),
    ("scholar", "CIS", "CEI", "CIS scholar"),
    ("kind", "CIS", "CEI", "a CIS"),
    ("solar", "CIS", "CEI", "thin-film"),
    ("ecosystem", "CIS", "CEI", "security ecosystem"),
])
def test_an_acronym_of_another_body_is_noted_and_left_as_the_engine_wrote_it(
        site: Path, plain: Path, page: str, concept: str, term: str, word: str) -> None:
    e = entry(site, page)
    [note] = notes(e)
    assert note.startswith(f"glossary: {concept}: {term!r} ({concept}) not applied: "), note
    assert f"the sentence says {word!r}" in note, note
    assert note.endswith("left to the engine, check the body meant"), note
    # the engine's Spanish, exactly as a site without a glossary gets it
    assert e.msgstr == entry(plain, page).msgstr, (e.msgstr, entry(plain, page).msgstr)
    assert term not in e.msgstr and concept in e.msgstr, e.msgstr
    assert "glossary problem" not in e.comment, e.comment


def test_the_bodys_own_acronym_is_applied_without_that_note(site: Path) -> None:
    e = entry(site, "summit")
    assert "OCS" in e.msgstr, e.msgstr
    assert notes(e) == ["glossary: SCO → OCS"], notes(e)


def test_the_commonwealth_at_a_cyber_defence_exercise_is_the_body(site: Path) -> None:
    e = entry(site, "exercise")
    assert "CEI" in e.msgstr and notes(e) == ["glossary: CIS → CEI"], (e.msgstr, notes(e))


def test_the_bodys_letters_before_their_noun_after_a_are_the_body(site: Path) -> None:
    e = entry(site, "a-country")
    assert "país de la CEI" in e.msgstr, e.msgstr
    assert notes(e) == ["glossary: CIS → CEI"], notes(e)


def test_a_security_council_and_a_peace_operation_speak_of_states(site: Path) -> None:
    # "AU" among the Security Council, a communiqué and a peace support operation is the
    # African Union: once noted "no word of the document speaks of states"
    e = entry(site, "communique")
    assert "consejo de la UA" in e.msgstr and "dirigida por la UA" in e.msgstr, e.msgstr
    assert not any("not applied" in note for note in notes(e)), notes(e)
