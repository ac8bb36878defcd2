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
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from cms_i18n.glossary.positions import search_last_word
from cms_i18n.languages import base


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
        """Both target forms, any capitalisation of the first letter, after a ``#`` or ``@``
        mark an engine may put there.

        Not after a ``*``: a stand-in is a word the engine knows (its unknown-word mark is
        never there), so a ``*`` before it is the source's Markdown emphasis
        (``**Organización …**``), which the term put in its place must keep.
        """
        forms = sorted({self.target, self.target_plural}, key=len, reverse=True)
        alts = "|".join(f"[{f[0].upper()}{f[0].lower()}]{re.escape(f[1:])}" for f in forms)
        return re.compile(rf"(?<![^\W_])[#@]?(?:{alts})(?![^\W_])")


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
    return STANDINS.get(base(lang), {}).get(gender, ())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _read_standins(path: Path) -> dict[str, dict[str, tuple[StandIn, ...]]]:
    """Stand-ins of the languages a chain of pairs reaches, from ``data/standins.tsv``."""
    table: dict[str, dict[str, list[StandIn]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, gender, *forms = line.split("\t")
            table.setdefault(lang, {}).setdefault(gender, []).append(StandIn(*forms))
    return {lang: {g: tuple(pool) for g, pool in by_gender.items()}
            for lang, by_gender in table.items()}


STANDINS.update(_read_standins(Path(__file__).with_name("data") / "standins.tsv"))

#: a word an elided article stands before ("l'OCS", "dell'ONU")
VOWEL_START = re.compile(r"[aeiouàáâäèéêëìíîïòóôöùúûüh]", re.IGNORECASE)
# Italian "lo"/"gli": before s + consonant, z, gn, ps, x, y.
_IMPURE_S = re.compile(r"s[^aeiouàèéìòù]|z|gn|ps|x|y", re.IGNORECASE)


@dataclass(frozen=True)
class Articles:
    """Definite articles and their contractions with prepositions.

    ``elided`` is the singular article before a vowel (French, Italian and
    Catalan ``l'``), written without a space; ``keep_feminine`` are initial
    letters before which the feminine is not elided (Catalan "la Unió");
    ``impure`` are the Italian forms before s + consonant, z, gn… ("lo", "gli").
    """

    definite: dict[tuple[str, str], str]
    contractions: dict[tuple[str, str], str]      # (preposition, article) → contracted
    triggers: frozenset[str]                       # words after which a name takes its article
    determiners: frozenset[str]                    # words that already determine the noun
    elided: str = ""
    keep_feminine: str = ""
    impure: dict[tuple[str, str], str] = field(default_factory=dict)

    def article(self, gender: str, number: str, term: str = "") -> str | None:
        """The article ``term`` takes: ``la``, or ``l'`` before "Organisation"."""
        if self.elided and number == "sg" and VOWEL_START.match(term) and not (
                gender == "f" and term[:1].lower() in self.keep_feminine):
            return self.elided
        if self.impure and _IMPURE_S.match(term):
            return self.impure.get((gender, number), self.definite.get((gender, number)))
        return self.definite.get((gender, number))

    def forms(self) -> frozenset[str]:
        return frozenset({*self.definite.values(), *self.impure.values(),
                          *([self.elided] if self.elided else [])})


def _fused(articles: str, **forms: str) -> dict[tuple[str, str], str]:
    """Prepositions fused with each article, listed in the articles' order:
    ``_fused("o a", de="do da")`` → ``{("de", "o"): "do", ("de", "a"): "da"}``."""
    return {(prep, art): fused for prep, row in forms.items()
            for art, fused in zip(articles.split(), row.split(), strict=True)}


def _contract(table: dict[str, str], articles: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """Italian articulated prepositions: ``di`` + ``il`` → ``del`` … from their stems."""
    out = {}
    for prep, stem in table.items():
        for art in articles:
            if art == "il":
                out[(prep, art)] = stem + "l"
            elif art == "i":
                out[(prep, art)] = stem + "i"
            elif art == "l'":
                out[(prep, art)] = stem + "ll'"
            else:
                out[(prep, art)] = stem + "l" + art
    return out


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
    "pt": Articles(
        definite={("m", "sg"): "o", ("f", "sg"): "a", ("m", "pl"): "os", ("f", "pl"): "as"},
        contractions=_fused("o a os as", de="do da dos das", em="no na nos nas",
                            a="ao à aos às", por="pelo pela pelos pelas"),
        triggers=_words(
            "de em a por para com entre sobre desde até contra sem perante após durante "
            "e ou nem que como segundo"),
        determiners=_words(
            "o a os as do da dos das no na nos nas ao à aos às pelo pela pelos pelas um "
            "uma uns umas seu sua seus suas este esta estes estas esse essa esses essas "
            "aquele aquela aqueles aquelas todo toda todos todas cujo cuja"),
    ),
    "fr": Articles(
        definite={("m", "sg"): "le", ("f", "sg"): "la", ("m", "pl"): "les", ("f", "pl"): "les"},
        contractions={("de", "le"): "du", ("à", "le"): "au", ("de", "les"): "des",
                      ("à", "les"): "aux"},
        triggers=_words(
            "de à avec par pour entre sur dans depuis vers selon sans contre devant après "
            "pendant et ou ni que comme chez envers"),
        determiners=_words(
            "le la les l' du des au aux un une son sa ses ce cet cette ces leur leurs "
            "notre nos votre vos tout toute tous toutes dont"),
        elided="l'",
    ),
    "it": Articles(
        definite={("m", "sg"): "il", ("f", "sg"): "la", ("m", "pl"): "i", ("f", "pl"): "le"},
        contractions=_contract({"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"},
                               ("il", "lo", "la", "i", "gli", "le", "l'")),
        triggers=_words(
            "di a da in su con per tra fra contro verso senza durante secondo e o né che come"),
        determiners=_words(
            "il lo la i gli le l' un uno una un' suo sua suoi sue questo questa questi "
            "queste quel quello quella quei quegli quelle tutto tutta tutti tutte del "
            "dello della dei degli delle dell' al allo alla ai agli alle all' dal dallo "
            "dalla dai dagli dalle dall' nel nello nella nei negli nelle nell' sul sullo "
            "sulla sui sugli sulle sull'"),
        elided="l'",
        impure={("m", "sg"): "lo", ("m", "pl"): "gli"},
    ),
    "ca": Articles(
        definite={("m", "sg"): "el", ("f", "sg"): "la", ("m", "pl"): "els", ("f", "pl"): "les"},
        contractions={("de", "el"): "del", ("a", "el"): "al", ("per", "el"): "pel",
                      ("de", "els"): "dels", ("a", "els"): "als", ("per", "els"): "pels"},
        triggers=_words(
            "de a en amb per entre sobre des fins cap contra sense davant després durant "
            "segons i o ni que com"),
        determiners=_words(
            "el la els les l' del dels al als pel pels un una uns unes seu seva seus seves "
            "aquest aquesta aquests aquestes aquell aquella tot tota tots totes"),
        elided="l'",
        keep_feminine="iuh",
    ),
    "gl": Articles(
        definite={("m", "sg"): "o", ("f", "sg"): "a", ("m", "pl"): "os", ("f", "pl"): "as"},
        contractions=_fused("o a os as", de="do da dos das", en="no na nos nas",
                            a="ao á aos ás", por="polo pola polos polas", con="co coa cos coas"),
        triggers=_words(
            "de en a por para con entre sobre desde ata contra sen ante tras durante "
            "e ou nin que como segundo"),
        determiners=_words(
            "o a os as do da dos das no na nos nas ao á aos ás polo pola polos polas co "
            "coa cos coas un unha uns unhas seu súa seus súas este esta estes estas ese "
            "esa eses esas aquel aquela aqueles aquelas todo toda todos todas cuxo cuxa"),
    ),
}

_PREV = re.compile(r"(?:^|(?<=[\s(\"'«“]))([^\W\d_]+['’]?)(\s*)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\n\"“«]\s*)$")


def _bare_list_in_brackets(before: str, articles: Collection[str]) -> bool:
    """Is the term an item of a list in brackets whose first item has no article
    ("(OTSC, CEI, OCS)")?  Its items take none either.

    >>> _bare_list_in_brackets("organizaciones (OTSC, ", {"la", "el"})
    True
    >>> _bare_list_in_brackets("organizaciones (la OTSC, ", {"la", "el"})
    False
    """
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    first = before[opened + 1:].split(maxsplit=1)
    return bool(first) and first[0].lower().replace("’", "'") not in articles


def _case_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _previous(before: str) -> tuple[int, str, str] | None:
    """The word right before a term: (its start, the word, the blank after it).

    An elided article is glued to the term ("l'OCS"): the blank is empty.
    """
    m = search_last_word(_PREV, before, len(before))
    if not m or (not m.group(2) and not m.group(1).endswith(("'", "’"))):
        return None
    return m.start(1), m.group(1), m.group(2)


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
    >>> fix_article("Membres de la Organisation", 14, 26, "fr", "f", "sg")[0]
    "Membres de l'Organisation"
    >>> fix_article("La OTSC a dit", 3, 7, "fr", "f", "sg")[0]
    "L'OTSC a dit"
    >>> fix_article("Membros do OCX", 11, 14, "pt", "f", "sg")[0]
    'Membros da OCX'
    >>> fix_article("Membri della Organizzazione", 13, 27, "it", "f", "sg")[0]
    "Membri dell'Organizzazione"
    >>> fix_article("estado de observador do Comunidade", 24, 34, "gl", "f", "sg")[0]
    'estado de observador da Comunidade'
    """
    table = ARTICLES.get(base(lang))
    if table is None or gender is None:
        return text, start
    want = table.article(gender, number, text[start:end])
    if want is None:
        return text, start
    articles = table.forms()
    contracted = {v: k for k, v in table.contractions.items()}
    before = text[:start]

    def put(at: int, words: str, model: str) -> tuple[str, int]:
        words = _case_like(words, model)
        joined = words if words.endswith("'") else words + " "
        return before[:at] + joined + text[start:], at + len(joined)

    def with_prep(prep: str) -> str:
        return table.contractions.get((prep, want), f"{prep} {want}")

    found = _previous(before)
    if found:
        at, word, _blank = found
        lower = word.lower().replace("’", "'")
        if lower in contracted:                      # del / du / da / dell'
            if contracted[lower][1] == want:
                return text, start
            return put(at, with_prep(contracted[lower][0]), word)
        if lower in articles:                        # el / la / l' / os
            if lower == want:
                return text, start
            earlier = _previous(before[:at])
            if earlier and earlier[1].lower() in table.triggers and \
                    (earlier[1].lower(), want) in table.contractions:   # de la → del
                return put(earlier[0], with_prep(earlier[1].lower()), earlier[1])
            if earlier and earlier[1].lower() in table.triggers and \
                    (earlier[1].lower(), lower) in table.contractions:  # du → de l'
                return put(earlier[0], with_prep(earlier[1].lower()), earlier[1])
            return put(at, want, word)
        if lower in table.determiners or not takes_article:
            return text, start
        if lower in table.triggers:
            if (lower, want) in table.contractions:
                return put(at, with_prep(lower), word)
            return put(start, want, "")
        return text, start
    if takes_article and (search_last_word(_SENTENCE_START, before, len(before))
                          or before.rstrip().endswith(",")):
        if before.rstrip().endswith("(") or _bare_list_in_brackets(before, articles):
            return text, start
        return put(start, want, "X" if _SENTENCE_START.search(before) else "")
    return text, start
