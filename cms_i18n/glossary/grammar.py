"""Per-language knowledge enforcement needs: stand-in nouns and article agreement.

Stand-ins: a rule-based engine inflects articles and adjectives from the noun
it sees.  Replacing "the SCO" by "the trumpet" (feminine singular in Spanish,
like "Organización") gives "la trompeta … elegida"; swapping "trompeta" for the
approved term afterwards keeps the agreement.  Every stand-in below was checked
with Apertium eng-spa in the frames "the X", "the Xs", "the big X was red",
"the X's members", "members of the Xs", "X said" (no gender switch such as
león/leona, no generation errors, not capitalised as a proper name).

Articles: when a source acronym is used attributively ("SCO member states") the
engine writes "Estados miembros de OCS"; Spanish wants "de la OCS".  After the
swap, :func:`fix_article` adds or corrects the definite article in front of
the term from its gender and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class StandIn:
    """An ordinary noun whose translation is predictable: en sg/pl → target sg/pl."""

    en: str
    en_plural: str
    target: str
    target_plural: str

    def english(self, number: str) -> str:
        return self.en_plural if number == "pl" else self.en

    def pattern(self) -> re.Pattern[str]:
        """Both target forms, any capitalisation of the first letter, with unknown-word marks."""
        forms = sorted({self.target, self.target_plural}, key=len, reverse=True)
        alts = "|".join(f"[{f[0].upper()}{f[0].lower()}]{re.escape(f[1:])}" for f in forms)
        return re.compile(rf"(?<![^\W_])[*#@]?(?:{alts})(?![^\W_])")


def _pool(rows: str) -> tuple[StandIn, ...]:
    return tuple(StandIn(*row.split("/")) for row in rows.split())


# target language → (gender, number irrelevant: both forms listed) → stand-ins, best first
STANDINS: dict[str, dict[str, tuple[StandIn, ...]]] = {
    "es": {
        "m": _pool(
            "violin/violins/violín/violines hammer/hammers/martillo/martillos "
            "cucumber/cucumbers/pepino/pepinos banana/bananas/plátano/plátanos "
            "hedgehog/hedgehogs/erizo/erizos penguin/penguins/pingüino/pingüinos "
            "balcony/balconies/balcón/balcones mirror/mirrors/espejo/espejos "
            "owl/owls/búho/búhos dolphin/dolphins/delfín/delfines parrot/parrots/loro/loros"
        ),
        "f": _pool(
            "trumpet/trumpets/trompeta/trompetas guitar/guitars/guitarra/guitarras "
            "lantern/lanterns/linterna/linternas pumpkin/pumpkins/calabaza/calabazas "
            "spoon/spoons/cuchara/cucharas lettuce/lettuces/lechuga/lechugas "
            "onion/onions/cebolla/cebollas carrot/carrots/zanahoria/zanahorias "
            "notebook/notebooks/libreta/libretas flute/flutes/flauta/flautas "
            "carpet/carpets/alfombra/alfombras giraffe/giraffes/jirafa/jirafas "
            "zebra/zebras/cebra/cebras squirrel/squirrels/ardilla/ardillas"
        ),
    },
}


def standins(lang: str, gender: str | None) -> tuple[StandIn, ...]:
    """Stand-ins for a target language and gender (empty: use another strategy)."""
    if gender is None:
        return ()
    return STANDINS.get(lang.split("-")[0].lower(), {}).get(gender, ())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Articles:
    """Definite articles and their contractions with prepositions."""

    definite: dict[tuple[str, str], str]
    contractions: dict[tuple[str, str], str]      # (preposition, article) → contracted
    triggers: frozenset[str]                       # words after which a name takes its article
    determiners: frozenset[str]                    # words that already determine the noun

    def article(self, gender: str, number: str) -> str | None:
        return self.definite.get((gender, number))


ARTICLES: dict[str, Articles] = {
    "es": Articles(
        definite={("m", "sg"): "el", ("f", "sg"): "la", ("m", "pl"): "los", ("f", "pl"): "las"},
        contractions={("de", "el"): "del", ("a", "el"): "al"},
        triggers=_words(
            "de a en con por para entre sobre desde hasta hacia según sin contra ante "
            "tras mediante durante y e o u ni que como"),
        determiners=_words(
            "el la los las lo del al un una unos unas su sus este esta estos estas ese "
            "esa esos esas aquel aquella nuestro nuestra nuestros nuestras cuyo cuya "
            "cuyos cuyas dicho dicha dichos dichas toda todo todos todas"),
    ),
}

_PREV = re.compile(r"(?:^|(?<=[\s(\"'«“]))([^\W\d_]+)(\s+)$")
_PREV2 = re.compile(r"(?:^|(?<=[\s(\"'«“]))([^\W\d_]+)(\s+)([^\W\d_]+)(\s+)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\n\"“«]\s*)$")


def _case_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def fix_article(text: str, start: int, end: int, lang: str, gender: str | None,
                number: str, takes_article: bool = True) -> tuple[str, int]:
    """Make the article before ``text[start:end]`` agree with the term; add one if missing.

    Returns the new text and the new start of the term.

    >>> fix_article("Miembros de OCS.", 12, 15, "es", "f", "sg")
    ('Miembros de la OCS.', 15)
    >>> fix_article("El OCS dijo", 3, 6, "es", "f", "sg")
    ('La OCS dijo', 3)
    >>> fix_article("Miembros de talibanes.", 12, 21, "es", "m", "pl")
    ('Miembros de los talibanes.', 16)
    >>> fix_article("Jefes del OCS", 10, 13, "es", "f", "sg")
    ('Jefes de la OCS', 12)
    """
    table = ARTICLES.get(lang.split("-")[0].lower())
    if table is None or gender is None:
        return text, start
    want = table.article(gender, number)
    if want is None:
        return text, start
    before = text[:start]
    m = _PREV.search(before)
    if m:
        word, lower = m.group(1), m.group(1).lower()
        contracted = {v: k for k, v in table.contractions.items()}
        if lower in contracted:                      # del / al
            prep, art = contracted[lower]
            if art != want:
                new = table.contractions.get((prep, want), f"{prep} {want}")
                new = _case_like(new, word)
                text = before[:m.start(1)] + new + m.group(2) + text[start:]
                return text, start + len(new) - len(word)
            return text, start
        if lower in table.definite.values():          # el / la / los / las
            m2 = _PREV2.search(before)
            prep = m2.group(1).lower() if m2 else ""
            if lower != want:
                if (prep, want) in table.contractions and m2:   # de la → del
                    new = _case_like(table.contractions[(prep, want)], m2.group(1))
                    text = before[:m2.start(1)] + new + m.group(2) + text[start:]
                    return text, m2.start(1) + len(new) + len(m.group(2))
                new = _case_like(want, word)
                text = before[:m.start(1)] + new + m.group(2) + text[start:]
                return text, start + len(new) - len(word)
            return text, start
        if lower in table.determiners or not takes_article:
            return text, start
        if lower in table.triggers:
            contracted_form = table.contractions.get((lower, want))
            if contracted_form:
                new = _case_like(contracted_form, word)
                text = before[:m.start(1)] + new + m.group(2) + text[start:]
                return text, start + len(new) - len(word)
            insert = want + " "
            return text[:start] + insert + text[start:], start + len(insert)
        return text, start
    if takes_article and (_SENTENCE_START.search(before) or before.rstrip().endswith(",")):
        if before.rstrip().endswith("("):
            return text, start
        insert = (want[:1].upper() + want[1:] if _SENTENCE_START.search(before) else want) + " "
        return text[:start] + insert + text[start:], start + len(insert)
    return text, start
