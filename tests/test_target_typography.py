"""Target-side typography: only what is certainly wrong is repaired, and each repair is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.target_typography import NBSP, NNBSP, repair
from tests.helpers import entries, make_site, run


@pytest.mark.parametrize(("lang", "source", "machine", "wanted"), [
    ("es", "Where is the house?", "Dónde es la casa?", "¿Dónde es la casa?"),
    ("es", "Why did they meet? Nobody knows!", "Por qué se reunieron? Nadie sabe!",
     "¿Por qué se reunieron? ¡Nadie sabe!"),
    ("es", 'He asked, "Why now?"', 'Preguntó, "Por qué ahora?"', 'Preguntó, "¿Por qué ahora?"'),
    ("es", 'He said: "We will win."', 'Dijo: " ganaremos."', 'Dijo: "ganaremos."'),
    ("ca", "The members of the council met.", "els membres del consell .",
     "Els membres del consell."),
    ("pt", "Prices rose in the U.S.", "Os preços subiram nos EUA", "Os preços subiram nos EUA."),
    ("es", "They met in the U.S. on Monday.", "Se reunieron en EE. UU.. el lunes.",
     "Se reunieron en EE. UU. el lunes."),
    ("fr", "Where is the house?", "Où est la maison?", f"Où est la maison{NNBSP}?"),
    ("fr", "He said: no; never!", "Il a dit: non; jamais!",
     f"Il a dit{NBSP}: non{NNBSP}; jamais{NNBSP}!"),
    ("fr", "India hosted the summit.", "l'Inde a accueilli le sommet.",
     "L'Inde a accueilli le sommet."),
    ("fr", "He said «yes».", "Il a dit «oui».", f"Il a dit «{NBSP}oui{NBSP}»."),
    ("fr-CA", "Where is it? Here: now.", "Où est-ce? Ici: maintenant.",
     f"Où est-ce? Ici{NBSP}: maintenant."),
    ("it", "They met (in secret).", "Si sono riuniti ( in segreto ).",
     "Si sono riuniti (in segreto)."),
    ("es", "UN SECURITY COUNCIL ADOPTS RESOLUTION",
     "El Consejo de Seguridad de las Naciones Unidas ADOPTA RESOLUCIÓN",
     "EL CONSEJO DE SEGURIDAD DE LAS NACIONES UNIDAS ADOPTA RESOLUCIÓN"),
    # the negation the engine moved out of the quotation that opens with it
    ("es", 'The SCO is "not a military alliance," he said.',
     'La OCS no "es una alianza militar," dijo.', 'La OCS "no es una alianza militar," dijo.'),
    ("pt", 'He said the bloc was "not directed against anyone".',
     'Disse o bloco não "foi dirigido contra ninguém".',
     'Disse o bloco "não foi dirigido contra ninguém".'),
    ("it", 'The SCO is "not a military alliance."', 'L\'OCS non "è un\'alleanza militare."',
     'L\'OCS "non è un\'alleanza militare."'),
    ("fr", 'The SCO is "not an alliance."', 'L\'OCS ne "est pas une alliance."',
     'L\'OCS "n\'est pas une alliance."'),
])
def test_certain_errors_are_repaired(lang, source, machine, wanted) -> None:
    text, notes = repair(machine, source, lang)
    assert text == wanted
    assert notes and all(n.startswith("typography: ") for n in notes)


@pytest.mark.parametrize(("lang", "source", "machine"), [
    ("es", "Where is it?", "¿Dónde está?"),                       # already opened
    ("es", "See {1} for details.", "Ve {1} para detalles."),
    ("es", "It was 10:30.", "Eran las 10:30."),                     # a time, not a colon
    ("es", "He waited...", "Esperó..."),                           # an ellipsis
    ("fr", "It was 10:30.", "Il était 10:30."),
    ("fr", "Open example.com/a?b=1 now.", "Ouvrez example.com/a?b=1 maintenant."),
    ("fr", "Where?", f"Où{NNBSP}?"),                                # already right
    ("pt", "the members met", "os membros reuniram-se"),            # lower case, no stop
    ("pt", "Is it?", "É?"),
    ("es", 'He said "no', 'Dijo " no'),                             # unpaired: unknown side
    ("gl", "Where is it?", "Onde está?"),                           # no ¿ in Galician
    ("es", "NATO", "La OTAN"),                                      # an acronym, no heading
    ("es", "The SCO and the CSTO met.", "La OCS y la OTSC se reunieron."),
    # the source's negation stands outside the quotation: so does the translation's
    ("es", 'He said it was not "a threat".', 'Dijo no fue "una amenaza".'),
    ("es", 'She said it "will not happen".', 'Lo dijo "no pasará".'),
])
def test_everything_else_is_left_alone(lang, source, machine) -> None:
    assert repair(machine, source, lang) == (machine, ())


def test_repairs_are_idempotent() -> None:
    for lang, machine in (("es", "Dónde? Aquí!"), ("fr", "Quoi? Non: oui; «bon»!")):
        once, _ = repair(machine, "Where? Here!", lang)
        assert repair(once, "Where? Here!", lang) == (once, ())


def test_french_typography_leaves_words_in_another_script_alone() -> None:
    text, _ = repair("Il a dit que «угрозы сохраняются» et «la paix».",
                     "He said that «угрозы сохраняются» and «peace».", "fr")
    assert "«угрозы сохраняются»" in text
    assert "«\u00a0la paix\u00a0»" in text


def test_greek_apostrophes_the_engine_straightened_come_back() -> None:
    text, notes = repair("Ella citó «Η Ιθάκη σ' έδωσε τ' ωραίο ταξίδι».",
                         "She quoted «Η Ιθάκη σ’ έδωσε τ’ ωραίο ταξίδι».", "es")
    assert "σ’ έδωσε τ’ ωραίο" in text
    assert any("apostrophes" in note for note in notes)


@pytest.mark.parametrize(("lang", "source", "machine", "wanted"), [
    ("es", "- Belarus ~ 500", "- Belarús 500", "- Belarús ~ 500"),
    ("fr", "- Belarus ~ 500", "- Biélorussie 500", "- Biélorussie ~ 500"),
    ("es", "Russia ≈3,000 and Armenia 70.", "Rusia 3000 y Armenia 70.",
     "Rusia ≈3000 y Armenia 70."),
])
def test_an_approximate_figure_the_engine_made_exact_gets_its_sign_back(
        lang: str, source: str, machine: str, wanted: str) -> None:
    text, notes = repair(machine, source, lang)
    assert text == wanted
    assert "typography: an approximate figure stays approximate (~)" in notes


@pytest.mark.parametrize(("source", "machine"), [
    ("~500 soldiers", "Unos 500 soldados"),                # said in words
    ("Belarus ~ 500", "Belarús ~ 500"),                    # kept
    ("Of 500, ~ 500 stayed.", "500 se quedaron."),         # which copy is unsure
])
def test_a_figure_already_approximate_or_ambiguous_is_left_alone(source: str,
                                                                 machine: str) -> None:
    assert repair(machine, source, "es")[0] == machine


@pytest.mark.engine
def test_apertium_keeps_approximate_figures_approximate(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, content=None)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "troops.txt").write_text("Troops sent\n\n- Belarus ~ 500\n- Russia ≈ 3,000\n",
                                     encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: docs\n")
    monkeypatch.chdir(tmp_path)
    result = run("translate", "--lang", "es,fr", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    for lang, belarus in (("es", "Belarús"), ("fr", "Biélorussie")):
        units = entries(Path(f"locale/{lang}/LC_MESSAGES/content.po"))
        listed = next(e for e in units if "Belarus" in e.msgid)
        assert f"{belarus} ~ 500" in listed.msgstr, listed.msgstr
        assert "≈ 3" in listed.msgstr


@pytest.mark.parametrize(("lang", "source", "machine", "wanted"), [
    ("es", "The move opened the door to NATO air strikes.",
     "El movimiento abrió la puerta a ataques aéreos DE LA OTAN.",
     "El movimiento abrió la puerta a ataques aéreos de la OTAN."),
    ("fr", "The move opened the door to NATO air strikes.",
     "Le mouvement a ouvert la porte à des attaques aériennes DE L'OTAN.",
     "Le mouvement a ouvert la porte à des attaques aériennes de l'OTAN."),
    ("pt", "The NATO summit opened.", "A cimeira DA NATO abriu.", "A cimeira da NATO abriu."),
    ("it", "The NATO summit opened.", "Il vertice DELLA NATO ha aperto.",
     "Il vertice della NATO ha aperto."),
])
def test_small_words_the_engine_wrote_in_an_acronym_s_capitals_are_lowered(
        lang: str, source: str, machine: str, wanted: str) -> None:
    text, notes = repair(machine, source, lang)
    assert text == wanted
    said = [n for n in notes if "acronym" in n]
    assert len(said) == 1 and said[0].startswith(
        "typography: words before an acronym in lower case: ")
    assert " → " in said[0]


@pytest.mark.parametrize(("lang", "source", "machine"), [
    ("es", "NATO SUMMIT OPENS", "CUMBRE DE LA OTAN ABRE"),            # a heading
    ("es", "NATO SUMMIT: day one", "CUMBRE DE LA OTAN: día uno"),      # after capitals
    ("es", "LA NATO is how Italians say it.", "LA NATO es cómo lo dicen."),  # as the source
    ("es", "Brazil asked for a CSTO mission.", "Brasil pidió un CSTO misión."),
])
def test_capitals_before_an_acronym_the_source_explains_are_left_alone(
        lang: str, source: str, machine: str) -> None:
    assert repair(machine, source, lang)[0].rstrip(".") == machine.rstrip(".")


@pytest.mark.engine
def test_apertium_writes_of_nato_in_lower_case(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, content=None)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "libya.txt").write_text(
        "South Africa voted for the resolution, opening the door to NATO air strikes.\n",
        encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: docs\n")
    monkeypatch.chdir(tmp_path)
    result = run("translate", "--lang", "es,fr", "--engine", "apertium")
    assert result.exit_code == 0, result.output
    for lang, wanted in (("es", "de la OTAN"), ("fr", "de l'OTAN")):
        [unit] = entries(Path(f"locale/{lang}/LC_MESSAGES/content.po"))
        assert wanted in unit.msgstr and wanted.upper() not in unit.msgstr, unit.msgstr
        assert "typography: words before an acronym in lower case" in unit.comment
