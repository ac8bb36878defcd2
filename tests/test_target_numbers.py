"""Figures an engine copied in English style are written as the target language writes
them; every other number, and every figure an engine already wrote right, is left."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.checks import CheckedEntry, check_numbers
from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.glossary import load_glossary
from cms_i18n.memory import Memory
from cms_i18n.target_numbers import restyle_numbers
from cms_i18n.target_typography import repair
from tests.catalog.test_numbers import PUBLISHED
from tests.helpers import make_site, msgfmt_check, run

NNBSP, NBSP = "\u202f", "\u00a0"

# (target, English source, what Apertium writes, the figures as the language writes them).
# The machine texts are Apertium's own drafts of these sentences, figures as it copies them.
COPIED = [
    ("es", "About 1,500 people attended, up 17.6% from 2023.",
     "Aproximadamente 1,500 personas atendieron, arriba 17.6% de 2023.",
     "Aproximadamente 1500 personas atendieron, arriba 17,6% de 2023."),
    ("es", "The UN has requested 51,500 million dollars.",
     "La ONU ha pedido 51,500 millones de dólares.",
     "La ONU ha pedido 51.500 millones de dólares."),
    ("es", "The budget is $2,003,784.50.", "El presupuesto es $2,003,784.50.",
     "El presupuesto es $2.003.784,50."),
    ("es-MX", "About 1,500 people and 17.6 million.", "Unas 1,500 personas y 17.6 millones.",
     "Unas 1,500 personas y 17.6 millones."),               # Mexico writes as English does
    ("pt", "About 1,500 people attended, up 17.6%.",
     "Aproximadamente 1,500 pessoas atenderam, acima 17.6%.",
     "Aproximadamente 1.500 pessoas atenderam, acima 17,6%."),
    ("pt-PT", "About 1,500 people and 25,000 soldiers.",
     "Cerca de 1,500 pessoas e 25,000 soldados.",
     f"Cerca de 1500 pessoas e 25{NBSP}000 soldados."),
    ("fr", "About 1,500 people attended, up 17.6%.",
     "Environ 1,500 personnes ont répondu, en dessus 17.6%.",
     f"Environ 1{NNBSP}500 personnes ont répondu, en dessus 17,6%."),
    ("it", "About 1,500 people and 12,500 soldiers, up 0.5%.",
     "Circa 1,500 persone e 12,500 soldati, sopra 0.5%.",
     "Circa 1500 persone e 12.500 soldati, sopra 0,5%."),
    ("ca", "About 1,500 people assisted, up 17.6%.",
     "Sobre 1,500 persones assistides, cap amunt de 17.6%.",
     "Sobre 1.500 persones assistides, cap amunt de 17,6%."),
    ("gl", "About 1,500 people attended, up 17.6%.",
     "Sobre 1,500 persoas atenderon, enriba de 17.6%.",
     f"Sobre 1{NBSP}500 persoas atenderon, enriba de 17,6%."),
    ("ro", "About 1,500 people, and GDP grew 3.5%.",
     "Aproximativ 1,500 oameni, şi PIB a crescut 3.5%.",
     "Aproximativ 1.500 oameni, şi PIB a crescut 3,5%."),
    # a range, a price with its cents, a figure glued to its unit, a compound
    ("es", "Between 1,500-2,000 troops, at $17.60 each, over 2.5km; a 1,500-strong force.",
     "Entre 1,500-2,000 tropas, a $17.60 cada, sobre 2.5km; una fuerza 1,500-fuerte.",
     "Entre 1500-2000 tropas, a $17,60 cada, sobre 2,5km; una fuerza 1500-fuerte."),
    # a figure shaped like a time that is a quantity (WMT newstest2012)
    ("es", "P.S. 36's budget was cut by 3.26 percent this year, from 10.25 million.",
     "El presupuesto de P.S. 36 estuvo cortado por 3.26 por ciento este año, de 10.25 millones.",
     "El presupuesto de P.S. 36 estuvo cortado por 3,26 por ciento este año, de 10,25 millones."),
    # a currency code, and function words opening the sentence, are no product's name
    ("es", "About 17.6 million. USD 3.5 billion. In 2.5 hours.",
     "Aproximadamente 17.6 millones. USD 3.5 mil millones. En 2.5 horas.",
     "Aproximadamente 17,6 millones. USD 3,5 mil millones. En 2,5 horas."),
]

# Numbers that are not quantities, or whose value is not certain: left as the engine wrote them.
LEFT = [
    ("version", "Python 3.11.2 and release 2.0 are out.",
     "Python 3.11.2 y liberación 2.0 es fuera."),
    ("product name", "iOS 17.6 and Web 2.0 and Windows 3.1 came.",
     "iOS 17.6 y Web 2.0 y Windows 3.1 vinieron."),
    ("IP address", "The server 192.168.1.1 answered.", "El servidor 192.168.1.1 contestó."),
    ("time", "They met at 10.30 and left 11.45 am.", "Se reunieron en 10.30 y dejó 11.45 soy."),
    ("times in a span", "Open between 10.30 and 11.45.", "Abierto entre 10.30 y 11.45."),
    ("year", "In 2023 and 1999.", "En 2023 y 1999."),
    ("phone number", "Call 555.123.4567 or tel. 555.1234.", "Llama 555.123.4567 o tel. 555.1234."),
    ("section", "See section 3.2 and Article 5.1.", "Ve sección 3.2 y Artículo 5.1."),
    ("legal citation", "Under 28 C.F.R. § 600.4 and JM § 9-27.000.",
     "Bajo 28 C.F.R. § 600.4 y JM § 9-27.000."),
    ("code", "Resolution 1.5 and ISBN 1,234 apply.", "Resolución 1.5 y ISBN 1,234 aplica."),
    ("web address", "See www.example.org/report-1,500 now.",
     "Ve www.example.org/report-1,500 ahora."),
    ("path", "Open data/1.5/2,500 now.", "Abre data/1.5/2,500 ahora."),
    ("e-mail", "Write to info1.5@example.org.", "Escribe a info1.5@example.org."),
    ("glued to letters", "The A4.1 and v1.5 and F-16.5.", "El A4.1 y v1.5 y F-16.5."),
    ("ratio and date", "A ratio of 1:1,000 on 27.05.2024.",
     "Una proporción de 1:1,000 en 27.05.2024."),
    ("ambiguous", "It costs 1.500 dollars.", "Cuesta 1.500 dólares."),
    ("the source's foreign style", "It grew 1,5 times.", "Creció 1,5 veces."),
    ("a label and a quantity", "Version 1.5 is 1.5 times faster.",
     "Versión 1.5 es 1.5 tiempo más rápido."),
    ("a copy more than the source", "About 1,500 people.", "1,500 personas, 1,500."),
]


@pytest.mark.parametrize(("lang", "source", "machine", "wanted"), COPIED)
def test_copied_figures_are_written_in_the_target_style(lang, source, machine, wanted) -> None:
    text, notes = repair(machine, source, lang, "en")
    assert text == wanted
    entry = CheckedEntry(source_lang="en", target_lang=lang)
    assert (check_numbers(source, machine, entry) is None) == (machine == wanted)
    assert check_numbers(source, text, entry) is None
    if machine != wanted:
        assert notes[0].startswith("typography: numbers as ")
    assert repair(text, source, lang, "en")[0] == text           # idempotent


@pytest.mark.parametrize(("kind", "source", "machine"), LEFT, ids=[k for k, *_ in LEFT])
def test_numbers_that_are_no_quantity_or_not_certain_are_left(kind, source, machine) -> None:
    assert restyle_numbers(machine, source, "en", "es") == (machine, [])


@pytest.mark.parametrize(("lang", "source", "published"), PUBLISHED)
def test_figures_an_engine_already_wrote_right_are_left(lang, source, published) -> None:
    # As a neural engine writes them ("17,6 millones", "1 500 personnes"): nothing to do.
    assert restyle_numbers(published, source, "en", lang) == (published, [])


def test_the_note_names_every_figure_rewritten() -> None:
    _, notes = repair("Unas 1,500 personas y 17.6 millones.", "About 1,500 people and 17.6 "
                      "million.", "es", "en")
    assert notes == ("typography: numbers as Spanish writes them: 1,500 → 1500, 17.6 → 17,6",)
    # without the source's language nothing tells which convention the figures follow
    assert repair("Unas 1,500 personas.", "About 1,500 people.", "es") == (
        "Unas 1,500 personas.", ())


def test_placeholders_and_figures_beside_them() -> None:
    source = "See {1}1,500 people{2} and {3}."
    machine = "Ve {1}1,500 personas{2} y {3}."
    assert restyle_numbers(machine, source, "en", "es") == (
        "Ve {1}1500 personas{2} y {3}.", [("1,500", "1500")])


# -- through the real command, with Apertium ----------------------------------------

ARTICLE = """\
About 1,500 people attended the forum, up 17.6% from last year.

The fund holds 2,003,784.50 dollars; Python 3.11.2 was released at 10.30 am.

The economy grew 3.5 percent in 2023, to 1.2 trillion dollars, and 12,500 jobs.
"""
LANGS = ("es", "pt", "fr", "it", "ca", "gl")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "figures.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text(
        f"content_dir: content\nmemory: {tmp_path / 'memory.sqlite'}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _drafts(lang: str) -> dict[str, polib.POEntry]:
    """The catalogue's entries by a word of their source: people, fund, economy."""
    po = Path(f"locale/{lang}/LC_MESSAGES/content.po")
    msgfmt_check(po)
    entries = [e for e in polib.pofile(str(po)) if e.msgid]
    return {word: next(e for e in entries if word in e.msgid)
            for word in ("people", "fund", "economy")}


def _numbers_findings(lang: str) -> list[tuple[str, str]]:
    """(severity, message) of every numbers finding ``check`` makes in the drafts."""
    result = run("check", "--lang", lang, "--include-fuzzy", "--json")
    # drafts checked as if published: nothing critical in them, of any kind
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    return [(p["severity"], p["message"]) for c in report["catalogues"]
            for p in c["problems"] if p["check"] == "numbers"]


@pytest.mark.engine
def test_apertium_drafts_carry_no_misread_figure(site: Path) -> None:
    missing = [lang for lang in LANGS if ("en", lang) not in ApertiumEngine({}).pairs()]
    if missing:
        pytest.skip(f"Apertium cannot reach {', '.join(missing)} here")
    result = run("translate", "--lang", ",".join(LANGS), "--engine", "apertium")
    assert result.exit_code == 0, result.output
    wanted = {"es": ("1500", "17,6", "2.003.784,50", "3,5", "12.500"),
              "pt": ("1.500", "17,6", "2.003.784,50", "3,5", "12.500"),
              "fr": (f"1{NNBSP}500", "17,6", f"2{NNBSP}003{NNBSP}784,50", "3,5",
                     f"12{NNBSP}500"),
              "it": ("1500", "17,6", "2.003.784,50", "3,5", "12.500"),
              "ca": ("1.500", "17,6", "2.003.784,50", "3,5", "12.500"),
              "gl": (f"1{NBSP}500", "17,6", f"2{NBSP}003{NBSP}784,50", "3,5", f"12{NBSP}500")}
    for lang in LANGS:
        drafts = _drafts(lang)
        text = " ".join(e.msgstr for e in drafts.values())
        assert all(figure in text for figure in wanted[lang]), (lang, text)
        for english in ("1,500", "17.6", "2,003,784.50", "12,500"):
            assert english not in text, (lang, text)
        # a version and a time stay as they were
        assert "3.11.2" in drafts["fund"].msgstr and "10.30" in drafts["fund"].msgstr
        assert "2023" in drafts["economy"].msgstr
        assert "typography: numbers as" in drafts["people"].comment
        # not a critical finding left, nor a warning: the version and the time are
        # labels, kept as the source wrote them
        assert _numbers_findings(lang) == [], lang
        assert all("fuzzy" in e.flags for e in drafts.values())


@pytest.mark.engine
def test_a_draft_remembered_with_copied_figures_is_translated_again(site: Path) -> None:
    # A memory filled before figures were restyled holds the engine's copy; the next
    # run does not serve it.
    with ApertiumEngine({}) as engine:
        old_key = engine.version_for("en", "es")
    source = "About 1,500 people attended the forum, up 17.6% from last year."
    with Memory(site / "memory.sqlite") as memory:
        memory.store([(source, "Aproximadamente 1,500 personas atendieron el foro.", None,
                       (), ())], engine=old_key, source_lang="en", target_lang="es",
                     glossary=load_glossary(site / "glossaries").version)
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    assert "1500" in _drafts("es")["people"].msgstr
    assert _numbers_findings("es") == []
