"""A name before or after the dash, bar or colon that separates a title's parts stays on
its side of it, in Spanish and in French (through Spanish), through real Apertium.

Sent alone before an em dash, a stand-in noun was joined by Apertium to the noun
after the dash: "Collective Security Treaty Organization — Alliance in the heart of
Eurasia" came out as "Alianza — de la Organización del Tratado de Seguridad Colectiva en
el corazón de Eurasia", the name present, so nothing was flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.glossary import Glossary, translate_units
from tests.helpers import page_entry, run, translated_pages

# Every separator a headline's parts are written with; the em dash, the horizontal bar,
# the figure dash, the bar, the bullet and the slash are read by Apertium as blanks.
SEPARATORS = (" — ", " – ", " ― ", " ‒ ", " - ", ": ", " | ", " • ", " / ", " · ", "—")
PART = "Alliance in the heart of Eurasia"
# A name, and a word of its approved form in each language
NAMES = {
    "Collective Security Treaty Organization": {"es": "Organización del Tratado",
                                                "fr": "Organisation du traité"},
    "CSTO": {"es": "OTSC", "fr": "OTSC"},
    "Shanghai Cooperation Organisation": {"es": "Organización de Cooperación de Shanghai",
                                          "fr": "Organisation de Shanghai"},
}
PARTS = {"es": "Alianza", "fr": "Alliance"}
LANGS = ("es", "fr")


def _sides(text: str, separator: str) -> tuple[str, str]:
    mark = separator.strip() or separator
    assert text.count(mark) == 1, (separator, text)
    before, after = text.split(mark)
    return before, after


def test_the_matcher_ends_a_name_at_the_separator(bundled: Glossary) -> None:
    for separator in SEPARATORS:
        for name in NAMES:
            for text in (f"{name}{separator}{PART}", f"{PART}{separator}{name}"):
                [occ] = bundled.matcher.find(text)
                assert text[occ.start:occ.end] == name, (text, occ)


@pytest.mark.parametrize("lang", LANGS)
def test_a_name_stays_on_its_side_of_every_separator(apertium, bundled: Glossary,
                                                     lang: str) -> None:
    if ("en", lang) not in apertium.pairs():
        pytest.skip(f"Apertium en→{lang} is not installed")
    cases = [(name, separator, first) for name in NAMES for separator in SEPARATORS
             for first in (True, False)]
    texts = [f"{name}{sep}{PART}" if first else f"{PART}{sep}{name}"
             for name, sep, first in cases]
    results = translate_units(apertium, texts, source="en", target=lang, glossary=bundled,
                              documents=[f"d{i}" for i in range(len(texts))])
    for (name, separator, first), text, result in zip(cases, texts, results, strict=True):
        before, after = _sides(result.text, separator)
        named, other = (before, after) if first else (after, before)
        assert NAMES[name][lang] in named, (text, result.text)
        assert NAMES[name][lang] not in other, (text, result.text)
        assert PARTS[lang] in other and PARTS[lang] not in named, (text, result.text)
        assert not result.problems, (text, result.text, result.problems)


def test_a_dash_inside_a_sentence_still_lets_a_participle_agree(apertium,
                                                                bundled: Glossary) -> None:
    # Cut there, "formed in 2002" would lose the feminine of the OTSC ("formado").
    [result] = translate_units(apertium, ["The CSTO—formed in 2002—met on Monday."],
                               source="en", target="es", glossary=bundled, documents=["d"])
    assert result.text.startswith("La OTSC—formada en 2002—"), result.text


HEADLINES = {
    "csto": ["Collective Security Treaty Organization — Alliance in the heart of Eurasia"],
    "sco": ["Shanghai Cooperation Organisation – Alliance in the heart of Eurasia"],
    "bar": [f"{PART} | CSTO"],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return translated_pages(tmp_path_factory.mktemp("site"), HEADLINES, ",".join(LANGS))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("page", "name", "separator", "first"), [
    ("csto", "Collective Security Treaty Organization", " — ", True),
    ("sco", "Shanghai Cooperation Organisation", " – ", True),
    ("bar", "CSTO", " | ", False),
])
def test_translate_keeps_a_headlines_name_before_its_dash(
        site: Path, lang: str, page: str, name: str, separator: str, first: bool) -> None:
    text = page_entry(site, lang, page, HEADLINES[page][0]).msgstr
    before, after = _sides(text, separator)
    named, other = (before, after) if first else (after, before)
    assert NAMES[name][lang] in named and PARTS[lang] in other, text


def test_check_has_nothing_to_say_about_the_headlines(site: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    result = run("check")
    assert result.exit_code == 0, result.output
