"""Numbers read with each language's own separators: a changed value is critical, a
foreign style a warning.

The translations are sentences as published in Spanish, French, Portuguese, German
and Russian news (the site is named beside each); the English is what they say.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cms_i18n.catalog.checks import (
    CRITICAL,
    WARNING,
    CheckedEntry,
    Graded,
    check_catalog,
    check_numbers,
    critical_problems,
)
from cms_i18n.catalog.numbers import NUMBER, convention, figures, read, written
from cms_i18n.catalog.po import PoEntry, PoFile, format_po, read_po
from cms_i18n.catalog.update import translations_for_apply
from tests.catalog.test_po import HEADER

# (target language, English source, the published translation)
PUBLISHED = [
    ("es", "17.6 million need urgent humanitarian aid.",
     "17,6 millones necesitan ayuda humanitaria urgente."),                 # mexico.un.org
    ("es", "The UN has requested 51,500 million dollars.",
     "La ONU ha solicitado 51.500 millones de dólares."),                   # es.itb.co.jp
    ("es", "Up to 2.7% instead of the 2.4% forecast in January.",
     "Hasta un 2,7% en lugar del 2,4% avanzado en enero."),                 # ultimahora.com
    ("es", "Luxembourg ($125,923) is 471 times richer than Burundi ($267).",
     "Luxemburgo (125.923 dólares) es 471 veces más rico que Burundi (267 dólares)."),
    ("fr", "An appeal for $46.4 billion to help 180.5 million people.",
     "Un appel pour 46,4 milliards de dollars afin de venir en aide à 180,5 millions "
     "de personnes."),                                                      # icibeyrouth.com
    ("fr", "Syria ($4.4 billion), followed by Ukraine ($3.1 billion).",
     "La Syrie (4,4 milliards de dollars), suivie de l'Ukraine (3,1 milliards)."),
    ("pt", "The AI market should reach 4.8 trillion dollars by 2033.",
     "O mercado de IA deve atingir 4,8 trilhões de dólares até 2033."),   # ig.com.br
    ("pt", "The documented 745 million people are hungry, more than in 2015.",
     "Há mais 745 milhões de pessoas com fome do que em 2015."),           # globo.com
    ("de", "The need is put at 47.4 billion dollars (about 45.1 billion euros).",
     "Der Bedarf wird mit 47,4 Milliarden Dollar (ca. 45,1 Mrd. Euro) beziffert."),  # news.at
    ("de", "Around 1.7 billion people will live in the least developed countries.",
     "Rund 1,7 Milliarden Menschen werden in den am wenigsten entwickelten Ländern "
     "leben."),                                                             # brf.be
    ("ru", "The UN asks for a record $51.5 billion.",
     "ООН просит рекордные $51,5 млрд."),                                  # mignews.net
    ("ru", "Military spending rose to $2.7 trillion.",
     "Военные расходы выросли до $2,7 трлн."),                             # russexpo.com
    ("ru", "About 1,500 people came.", "Пришли около 1\u00a0500 человек."),
    ("fr", "About 1,500 people came.", "Environ 1\u202f500 personnes sont venues."),
    ("fr", "About 1,500 people came.", "Environ 1 500 personnes sont venues."),
]


def entry(lang: str) -> CheckedEntry:
    return CheckedEntry(source_lang="en", target_lang=lang)


@pytest.mark.parametrize(("lang", "source", "published"), PUBLISHED)
def test_numbers_as_published_pass(lang: str, source: str, published: str) -> None:
    assert check_numbers(source, published, entry(lang)) is None


# What an engine that copies figures gives (Apertium does: "Aproximadamente 1,500
# personas"), in each of those languages: the English thousands separator is read
# as a decimal comma, so the value shown is a thousand times smaller.  Critical.
MISREAD = [
    ("es", "About 1,500 people came.", "Vinieron unas 1,500 personas.",
     "msgstr keeps 1,500, which Spanish reads as 1,5: msgid means 1500 in Spanish"),
    ("pt", "About 1,500 people came.", "Vieram cerca de 1,500 pessoas.",
     "msgstr keeps 1,500, which Portuguese reads as 1,5: msgid means 1.500 in Portuguese"),
    ("de", "Luxembourg ($125,923)", "Luxemburg (125,923 Dollar)",
     "msgstr keeps 125,923, which German reads as 125,923: msgid means 125.923 in German"),
    ("ru", "About 1,500 people came.", "Пришли около 1,500 человек.",
     "msgstr keeps 1,500, which Russian reads as 1,5: msgid means 1\u00a0500 in Russian"),
    ("fr", "About 1,500 people came.", "Environ 1,500 personnes sont venues.",
     "msgstr keeps 1,500, which French reads as 1,5: msgid means 1\u202f500 in French"),
]

# The right value in English style, as an engine leaves it ("17.6 millones"): a warning.
FOREIGN = [
    ("es", "17.6 million need urgent aid.", "17.6 millones necesitan ayuda urgente.",
     "17.6 is not written as Spanish writes numbers: 17,6"),
    ("fr", "An appeal for $46.4 billion.", "Un appel pour 46.4 milliards de dollars.",
     "46.4 is not written as French writes numbers: 46,4"),
    # as published (gentedeopiniao.com.br): "das quais 6.2 milhões viverão em cidades"
    ("pt", "6.2 million will live in cities.", "6.2 milhões viverão em cidades.",
     "6.2 is not written as Portuguese writes numbers: 6,2"),
    ("de", "It grew by 2.7 percent.", "Sie wuchs um 2.7 Prozent.",
     "2.7 is not written as German writes numbers: 2,7"),
    ("ru", "The UN asks for $51.5 billion.", "ООН просит $51.5 млрд.",
     "51.5 is not written as Russian writes numbers: 51,5"),
    ("de", "It cost 1,500.75 euros.", "Es kostete 1,500.75 Euro.",
     "1,500.75 is not written as German writes numbers: 1.500,75"),
    # a stop between groups is not French: the value is still the source's
    ("fr", "About 1,500 people came.", "Environ 1.500 personnes sont venues.",
     "1.500 is not written as French writes numbers: 1\u202f500"),
]


@pytest.mark.parametrize(("lang", "source", "target", "found"), [
    *((lang, source, target, Graded(CRITICAL, message))
      for lang, source, target, message in MISREAD),
    *((lang, source, target, Graded(WARNING, message))
      for lang, source, target, message in FOREIGN)])
def test_a_changed_value_is_critical_and_a_foreign_style_a_warning(
        lang: str, source: str, target: str, found: Graded) -> None:
    assert check_numbers(source, target, entry(lang)) == found
    blocks = [f.check for f in critical_problems(source, target, entry(lang))]
    assert blocks == (["numbers"] if found.severity == CRITICAL else [])


def test_a_number_lost_added_or_changed_is_a_warning() -> None:
    spain = entry("es")
    assert check_numbers("More than 100 delegations.", "Más de 10 delegaciones.", spain) == \
        Graded(WARNING, "msgstr lacks number 100; msgstr adds number 10")
    # rescaled, as Spanish news writes billions, it is the same sum; a Spanish "billón" is
    # a million millions, a thousand times as much
    assert check_numbers("$51.5 billion", "51.500 millones de dólares", spain) is None
    assert check_numbers("$235.5 billion", "235,5 mil millones de dólares", spain) is None
    assert check_numbers("$51.5 billion", "51,5 billones de dólares", spain) == \
        Graded(WARNING, "msgstr lacks number 51.5 billion; msgstr adds number 51,5 billones")
    assert check_numbers("$51.5 billion", "51,5 milliards de dollars", entry("fr")) is None
    # a sum glued to its "m" after a currency sign is millions; a length glued to it is not
    assert check_numbers("A further $5m in aid.", "Otros 5 millones de dólares de ayuda.",
                         spain) is None
    assert check_numbers("A 5m wall.", "Un muro de 5 m.", spain) is None
    # the figure kept apart from its scale word, as an engine garbles it: no number lost
    assert check_numbers("It grew to 1.2 trillion dollars.",
                         "Va créixer a 1,2 dòlars de bilió.", entry("ca")) is None
    assert check_numbers("Two delegations.", "2 delegaciones.", spain) == \
        Graded(WARNING, "msgstr adds number 2")


# A date or a clock is no quantity to restyle: kept as written, it says the same in
# every language (sb.by, 21 May 2024: "Posted: 21.05.2024 14:54:00").
@pytest.mark.parametrize(("lang", "source", "target"), [
    ("es", "Posted: 21.05.2024 14:54:00", "Publicado: 21.05.2024 14:54:00"),
    ("fr", "Posted: 21.05.2024 14:54:00", "Publié : 21.05.2024 14:54:00"),
    ("de", "Updated: 2016-12-06 12:52", "Aktualisiert: 2016-12-06 12:52"),
    ("es", "Signed on 5/15/92 at 10:30.", "Firmado el 15/5/92 a las 10:30."),
])
def test_a_date_or_a_time_is_not_a_number_in_another_style(lang: str, source: str,
                                                           target: str) -> None:
    assert check_numbers(source, target, entry(lang)) is None


def test_a_date_changed_is_still_noticed() -> None:
    assert check_numbers("Posted: 21.05.2024 14:54:00", "Publicado: 21.05.2023 14:54:00",
                         entry("es")) == \
        Graded(WARNING, "msgstr lacks number 2024; msgstr adds number 2023")
    # a decimal beside a date is still read as one
    assert check_numbers("On 21.05.2024 it rose 3.5%.", "El 21.05.2024 subió un 3.5%.",
                         entry("es")) == \
        Graded(WARNING, "3.5 is not written as Spanish writes numbers: 3,5")


def test_without_languages_digits_alone_are_compared() -> None:
    plain = CheckedEntry()
    assert check_numbers("About 1,500 people", "Unas 1,500 personas", plain) is None
    assert check_numbers("It cost 1,000.50", "Costó 1.000,50", plain) is None
    assert check_numbers("More than 100", "Más de 10", plain)
    assert critical_problems("About 1,500 people", "Unas 1,500 personas") == []


def test_each_language_reads_its_own_marks() -> None:
    def values(text: str, lang: str) -> list[tuple[Decimal, ...]]:
        return [read(m, lang).values for m in NUMBER.finditer(text)]
    assert values("1,500 1.500 1 500 3,5", "es") == [
        (Decimal("1.500"),), (Decimal(1500),), (Decimal(1500),), (Decimal("3.5"),)]
    assert values("1,500 1.500 3.5", "en") == [
        (Decimal(1500),), (Decimal("1.500"),), (Decimal("3.5"),)]
    # a stop is no mark of French at all: either reading, and foreign either way
    assert values("1.500", "fr") == [(Decimal(1500), Decimal("1.500"))]
    # two groups can only be grouping, whatever the mark
    assert values("2,003,784", "es") == [(Decimal(2003784),)]
    assert convention("pt-PT") is not None and convention("pt-PT").group == "\u00a0"
    assert convention("pt").group == "." and convention("xx") is None
    assert [written(Decimal("1500.75"), lang) for lang in ("en", "es", "de_CH", "ru")] == [
        "1,500.75", "1500,75", "1'500.75", "1\u00a0500,75"]
    # Spain's, Italy's and Portugal's minimum grouping (CLDR): four digits stand together
    assert [written(Decimal(n), lang) for n in ("1500", "15000") for lang in
            ("es", "es-MX", "it", "pt", "pt-PT")] == [
        "1500", "1,500", "1500", "1.500", "1500",
        "15.000", "15,000", "15.000", "15.000", "15\u00a0000"]


def _catalog(tmp_path: Path, msgstr: str, flags: list[str] | None = None) -> Path:
    path = tmp_path / "locale" / "es" / "LC_MESSAGES" / "content.po"
    path.parent.mkdir(parents=True)
    path.write_text(format_po(PoFile(header=HEADER, entries=[
        PoEntry(msgctxt="doc", msgid="About 1,500 people and 17.6 million.", msgstr=msgstr,
                flags=flags or [])])), encoding="utf-8")
    return path


def test_check_fails_a_published_misread_figure_and_warns_of_a_foreign_style(
        tmp_path: Path) -> None:
    misread = _catalog(tmp_path / "a", "Unas 1,500 personas y 17,6 millones.")
    report = check_catalog(misread, "es", use_msgfmt=False)
    assert [(p.check, p.severity, p.line) for p in report.problems] == [
        ("numbers", CRITICAL, read_po(misread).entries[0].line)]
    assert report.failed
    foreign = _catalog(tmp_path / "b", "Unas 1.500 personas y 17.6 millones.")
    report = check_catalog(foreign, "es", use_msgfmt=False)
    assert [(p.check, p.severity, p.message) for p in report.problems] == [
        ("numbers", WARNING, "17.6 is not written as Spanish writes numbers: 17,6")]
    assert not report.failed


def test_no_numbers_silences_the_warning_never_the_value(tmp_path: Path) -> None:
    foreign = _catalog(tmp_path / "a", "Unas 1.500 personas y 17.6 millones.", ["no-numbers"])
    assert check_catalog(foreign, "es", use_msgfmt=False).problems == []
    misread = _catalog(tmp_path / "b", "Unas 1,500 personas y 17,6 millones.", ["no-numbers"])
    assert [p.severity for p in check_catalog(misread, "es", use_msgfmt=False).problems] == \
        [CRITICAL]


def test_apply_keeps_the_source_for_a_misread_figure(tmp_path: Path) -> None:
    po = _catalog(tmp_path, "Unas 1,500 personas y 17,6 millones.")
    offer = translations_for_apply(po, source_lang="en", lang="es")
    assert offer.translations == {}
    assert [str(f) for r in offer.refused for f in r.problems] == [
        "numbers: msgstr keeps 1,500, which Spanish reads as 1,5: msgid means 1500 in Spanish"]
    good = _catalog(tmp_path / "good", "Unas 1.500 personas y 17,6 millones.")
    assert list(translations_for_apply(good, source_lang="en", lang="es").translations.values()
                ) == ["Unas 1.500 personas y 17,6 millones."]


@pytest.mark.parametrize(("source", "target"), [
    ("Python 3.11.2 was released at 10.30 am.", "Python 3.11.2 fue publicado a las 10.30."),
    ("See section 3.2 and ISBN 1,234.", "Vea la sección 3.2 y el ISBN 1,234."),
    ("The server 192.168.1.1 and tel. 555.1234.", "El servidor 192.168.1.1 y tel. 555.1234."),
    ("iOS 17.6 and Web 2.0 came out.", "Salieron iOS 17.6 y Web 2.0."),
])
def test_a_label_kept_as_written_is_no_number_to_read(source: str, target: str) -> None:
    assert check_numbers(source, target, entry("es")) is None


def test_beside_a_label_a_quantity_is_still_read() -> None:
    assert check_numbers("Python 3.11 has 1,500 users.", "Python 3.11 tiene 1,500 usuarios.",
                         entry("es")) == Graded(
        CRITICAL, "msgstr keeps 1,500, which Spanish reads as 1,5: msgid means 1500 in Spanish")
    # a label the translation changed is read, and differs
    assert check_numbers("Python 3.11 is out.", "Ha salido Python 3.12.", entry("es")) == \
        Graded(WARNING, "msgstr lacks number 3.11; msgstr adds number 3.12")


@pytest.mark.parametrize(("text", "quantities"), [
    ("Python 3.11.2 at 10.30 costs 1,500 or 17.6", ["1,500", "17.6"]),
    ("Sections 2.2 and 2.4 are irrevocable, and 3,000 users agree.", ["3,000"]),
    ("Open between 10.30 and 11.45, at 10.25 percent.", ["10.25"]),
    ("2.6 Partner Representation\n2.7 No Revocation", []),
    ("2.5 million people fled; USD 17.6 million came.", ["2.5", "17.6"]),
    ("version 2.6 and 3,000 users", ["3,000"]),
])
def test_quantities_and_labels(text: str, quantities: list[str]) -> None:
    assert [m.group(0) for m, quantity in figures(text)
            if quantity and (m.group("sep") or m.group("mark"))] == quantities


@pytest.mark.parametrize(("lang", "target", "found"), [
    ("es", "- Belarús 500", "msgid gives ~ 500 as approximate; msgstr gives 500 as exact"),
    ("fr", "- Biélorussie 500", "msgid gives ~ 500 as approximate; msgstr gives 500 as exact"),
    ("es", "- Belarús ~ 500", None),
    ("es", "- Belarús ≈500", None),
    ("es", "- Belarús, unos 500", None),
    ("fr", "- Biélorussie : environ 500", None),
])
def test_an_approximate_figure_given_as_exact_is_a_warning(tmp_path: Path, lang: str,
                                                            target: str, found: str | None
                                                            ) -> None:
    path = tmp_path / "locale" / lang / "LC_MESSAGES" / "content.po"
    path.parent.mkdir(parents=True)
    header = PoEntry(msgid="", msgstr=HEADER.msgstr.replace("Language: es", f"Language: {lang}"))
    path.write_text(format_po(PoFile(header=header, entries=[
        PoEntry(msgctxt="doc", msgid="- Belarus ~ 500", msgstr=target)])), encoding="utf-8")
    report = check_catalog(path, lang, use_msgfmt=False)
    assert [(p.check, p.severity, p.message) for p in report.problems] == (
        [("approximate", WARNING, found)] if found else [])
    assert not report.failed
