"""Ranks before a title ("deputy minister", "Assistant Secretary-General") sent to a
rule-based engine without the rank, and written back as the language's title.

Apertium's English–Spanish dictionary knows "deputy" as a member of a legislature
and nothing else: "the deputy foreign minister" comes out "el ministro de asuntos
exteriores de diputado", "Deputy Secretary-General" "Secretario General de
Diputado"; it reads "Assistant Secretary" as one word, "Vicesecretario", so the
United Nations' Assistant Secretary-General becomes its Deputy.  Every language
here writes a second-in-command with a prefix on the title ("viceministro",
"vice-président", "sottosegretario") or an adjective after it ("jefe adjunto",
"secrétaire général adjoint"), and the UN's ranks have each language's
established titles:

* Assistant Secretary-General: es "Subsecretario General", fr "Sous-Secrétaire général";
* Under-Secretary-General: es "Secretario General Adjunto", fr "Secrétaire général
  adjoint", pt "subsecretário-geral", it "Sottosegretario generale";
* Deputy Secretary-General: es "Vicesecretario General", fr "Vice-Secrétaire général",
  pt "vice-secretário-geral", it "Vicesegretario generale"

A deputy governor is "vicegobernador", "vice-governador", "vice-gouverneur",
"vicegovernatore"; a deputy spokesperson "portavoz adjunto", "porte-parole adjoint",
"porta-voz adjunto", "vice portavoce"; Catalan and Galician have the deputy chairman
("vicepresident", "vicepresidente").  Sources: ``bench/data/round3/README.md`` and
``bench/data/round4/README.md``; a language without a sourced title keeps the engine's
rendering, and :func:`misread_rank` tells the editor when that calls a second-in-command
a member of parliament.  :func:`cut_ranks` sends the title without its rank ("the
foreign minister"), which the engine translates with its word order ("el ministro
de asuntos exteriores"); :func:`join_ranks` writes the rank on the head's
translation ("el viceministro de asuntos exteriores").  "Deputy" that is not
followed by a title ("State Duma deputy Andrei Kartapolov", "a deputy of the
Verkhovna Rada") is a member of a legislature and is left to the engine.

>>> cut_ranks("The deputy foreign minister met State Duma deputies.", "es")[0]
'The foreign minister met State Duma deputies.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cms_i18n.engines.compounds import word_pattern
from cms_i18n.languages import base


@dataclass(frozen=True)
class _Form:
    """How a language writes a rank on a title: a prefix on the head's translation
    (glued, or apart when it ends with a hyphen or a space), or an adjective after it."""

    prefix: str = ""
    after: tuple[str, str] = ("", "")     # singular, plural


def _vice(prefix: str) -> _Form:
    return _Form(prefix=prefix)


def _after(singular: str, plural: str) -> _Form:
    return _Form(after=(singular, plural))


# (rank, title) → language → form.  Masculine, as the engine writes a title whose
# holder the source does not name.  Sources in bench/data/round3/README.md.
_FORMS: dict[tuple[str, str], dict[str, _Form]] = {
    ("deputy", "minister"): {"es": _vice("vice"), "fr": _vice("vice-"), "pt": _vice("vice-"),
                             "it": _vice("vice")},
    ("deputy", "prime minister"): {"es": _vice("vice"), "fr": _vice("vice-"),
                                   "pt": _vice("vice-"), "it": _vice("vice")},
    ("deputy", "secretary"): {"es": _vice("vice"), "fr": _after("adjoint", "adjoints"),
                              "pt": _vice("vice-"), "it": _vice("vice")},
    ("deputy", "secretary-general"): {"es": _vice("vice"), "fr": _vice("vice-"),
                                      "pt": _vice("vice-"), "it": _vice("vice")},
    # Catalan "el vicepresident de la Generalitat", Galician "vicepresidente da Xunta"
    ("deputy", "chairperson"): {"es": _vice("vice"), "fr": _vice("vice-"), "pt": _vice("vice-"),
                                "it": _vice("vice"), "ca": _vice("vice"), "gl": _vice("vice")},
    ("deputy", "chief"): {"es": _after("adjunto", "adjuntos"), "fr": _after("adjoint", "adjoints"),
                          "pt": _after("adjunto", "adjuntos"), "it": _vice("vice")},
    ("deputy", "permanent representative"): {
        "es": _after("adjunto", "adjuntos"), "fr": _after("adjoint", "adjoints"),
        "pt": _after("adjunto", "adjuntos"), "it": _after("aggiunto", "aggiunti")},
    ("assistant", "secretary-general"): {"es": _vice("sub"), "fr": _vice("sous-")},
    ("under", "secretary-general"): {"es": _after("adjunto", "adjuntos"),
                                     "fr": _after("adjoint", "adjoints"),
                                     "pt": _vice("sub"), "it": _vice("sotto")},
    # a deputy governor, of a province or a central bank: "el vicegobernador", "o
    # vice-governador do Banco de Portugal", "les vice-gouverneurs", "il Vice Governatore
    # della Banca d'Italia" (sources in bench/data/round4/README.md)
    ("deputy", "governor"): {"es": _vice("vice"), "fr": _vice("vice-"), "pt": _vice("vice-"),
                             "it": _vice("vice")},
    # "el portavoz adjunto del secretario general de la ONU" (europapress.es), "porte-parole
    # adjoint du Secrétaire général", "o porta-voz adjunto do secretário-geral das Nações
    # Unidas" (dnoticias.pt, from Lusa), "il vice portavoce delle Nazioni Unite" (agensir.it)
    ("deputy", "spokesperson"): {"es": _after("adjunto", "adjuntos"),
                                 "fr": _after("adjoint", "adjoints"),
                                 "pt": _after("adjunto", "adjuntos"), "it": _vice("vice ")},
}

# Titles as written (singular, plural) → (the title's key, what the engine is sent).
# "head" and "chair" go as "chief" and "chairperson": alone, the engine reads them as a
# body part ("la jefa") and a piece of furniture ("la silla"); "speaker" as "chairperson".
_TITLES: dict[str, tuple[str, str]] = {
    "minister": ("minister", "minister"), "ministers": ("minister", "ministers"),
    "prime minister": ("prime minister", "prime minister"),
    "prime ministers": ("prime minister", "prime ministers"),
    "secretary": ("secretary", "secretary"), "secretaries": ("secretary", "secretaries"),
    "chairman": ("chairperson", "chairperson"), "chairmen": ("chairperson", "chairpersons"),
    "chairwoman": ("chairperson", "chairperson"), "chair": ("chairperson", "chairperson"),
    "chairperson": ("chairperson", "chairperson"),
    "chairpersons": ("chairperson", "chairpersons"),
    # a parliament's speaker is its president in these languages ("vicepresidente de la
    # Duma"); alone, the engine writes "la presidenta" for "the speaker"
    "speaker": ("chairperson", "chairperson"), "speakers": ("chairperson", "chairpersons"),
    "president": ("chairperson", "president"), "presidents": ("chairperson", "presidents"),
    "head": ("chief", "chief"), "heads": ("chief", "chiefs"),
    "chief": ("chief", "chief"), "chiefs": ("chief", "chiefs"),
    "permanent representative": ("permanent representative", "permanent representative"),
    "permanent representatives": ("permanent representative", "permanent representatives"),
    "governor": ("governor", "governor"), "governors": ("governor", "governors"),
    "spokesman": ("spokesperson", "spokesman"), "spokesmen": ("spokesperson", "spokesmen"),
    "spokeswoman": ("spokesperson", "spokeswoman"),
    "spokeswomen": ("spokesperson", "spokeswomen"),
    "spokesperson": ("spokesperson", "spokesperson"),
    "spokespersons": ("spokesperson", "spokespersons"),
    # second-in-command too, though no language here has a sourced title for them yet:
    # "deputy ambassador" is never a member of parliament (see SECOND_IN_COMMAND)
    "ambassador": ("ambassador", "ambassador"), "ambassadors": ("ambassador", "ambassadors"),
    "envoy": ("envoy", "envoy"), "envoys": ("envoy", "envoys"),
}
_TITLE_WORDS = "|".join(sorted((re.escape(t).replace(r"\ ", r"\s+") for t in _TITLES),
                               key=len, reverse=True))
# "deputy [foreign] minister", "Deputy Secretary-General", "Assistant Secretaries-General",
# "Under-Secretary-General": the rank, at most two words of the title ("foreign", "defence"),
# and the title's head.
_RANKED = re.compile(
    rf"(?<![\w-])(?P<rank>deputy|vice|assistant|under)(?P<gap>[\s-]+)"
    rf"(?P<between>(?:(?!(?:of|the|and|to|in|at|for|on|with|by|from)\s)[^\W\d_]+\s+){{0,2}}?)"
    rf"(?P<title>{_TITLE_WORDS})(?P<general>[\s-]general)?(?![\w])", re.IGNORECASE)
# A title's modifier the engine or :func:`.compounds.join_titles` writes after the head
# ("Secretario General"): an adjective after the title follows it.
_GENERAL = re.compile(r"[ -](?:general|generales|generals|geral|gerais|général|généraux|"
                      r"generale|generali|xeral|xerais)(?![\w])", re.IGNORECASE)


# Every word the engine writes "presidente" for: where a deputy chairman's head is to be
# found by its translation, the others go as "chairperson" too, so that the translation
# comes back as many times as the head was sent ("Deputy Speaker … and Chairman of the
# Committee" → "Vicepresidente … y Presidente del Comité").
_PRESIDENTS = re.compile(r"(?<![\w-])(chair(?:man|men|woman|women)|presidents?)(?![\w-])",
                         re.IGNORECASE)


def _as_chairperson(m: re.Match[str]) -> str:
    word = m.group(1)
    plural = word.casefold().endswith(("men", "s"))
    sent = "chairpersons" if plural else "chairperson"
    return sent[:1].upper() + sent[1:] if word[:1].isupper() else sent


# A parliament's speaker, by what stands around the word: written with a capital in
# the middle of a sentence ("the Speaker said"), before a name or a body ("Speaker Nancy
# Pelosi", "speaker of the State Duma", "speaker of parliament"), or after a body's name
# or a word for one ("Duma speaker", "parliament speaker").  "The speaker at the
# conference", "Speakers at the forum" are people who speak, and are left alone.
_SPEAKER = re.compile(r"(?<![\w-])(?P<word>[Ss]peakers?)(?![\w-])")
_OF_BODY = re.compile(r"\s+of\s+(?:(?:the\s+)?[A-Z]|parliament|the\s+house)")
_NAME_AFTER = re.compile(r"\s+[A-Z][^\W\d_]*(?![\w-])")
_BEFORE_SPEAKER = re.compile(r"(?:(?<![\w-])(?i:parliament|parliamentary|assembly|legislature|"
                             r"chamber|house)|[a-z,;]\s+[A-Z][^\W\d_]*)\s+$")
# "the speaker" alone is a parliament's where the unit names one ("The Duma passed the
# bill … the speaker said"); one who speaks at something ("the speaker at the rally")
# and a loudspeaker ("the speaker system") are left alone.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
_PARLIAMENT = re.compile(r"(?<![\w-])(?:(?i:parliament|parliamentary|legislature|lawmakers|"
                         r"legislators|deputies|MPs)|House|Duma|Knesset|Majlis|Mazhilis|Rada|"
                         r"Sejm|Bundestag|Congress|Senate|Assembly|Commons|Kenesh|Khural|"
                         r"Storting|Riksdag|Folketing|Cortes|Diet|Seimas|Saeima|Riigikogu|"
                         r"Sabha|Parlament)(?![\w-])")
_SPEAKS_AT = re.compile(r"\s+(?:at|system|systems|phone|box|cable|volume|of\s+the\s+(?:forum|"
                        r"conference|event|rally|meeting|webinar|seminar|festival|evening))"
                        r"(?![\w-])")
# A head of something ("the head of the Government", "heads of the CSTO states", "the BNR
# head"), which the engine writes as a woman ("la jefa", "as chefas"); "heads of state"
# is a phrase its dictionary knows ("los jefes de estado"), "to head" a verb.
_HEAD = re.compile(r"(?<![\w-])(?P<word>[Hh]eads?)(?![\w-])")
_OF_SOMETHING = re.compile(r"\s+of\s+(?!state\b|government\b)")
_NAMED_BEFORE = re.compile(r"[\w,;]\s+[A-Z][\w-]*\s+$")
# How far before a title the words before it are read: a stretch, never the whole text
# before it (read so, a long text cost its length squared).
_NEAR = 80
_OPENING = ".!?:;\"“”'‘’(«"


def _as_sent(word: str, sent: str) -> str:
    """``sent`` in ``word``'s number and capital: "Speakers" → "Chairpersons"."""
    sent += "s" if word.endswith("s") else ""
    return sent[:1].upper() + sent[1:] if word[0].isupper() else sent


def plain_titles(text: str) -> str:
    """``text`` with a parliament's speaker as its chairperson and a head of something
    as its chief, which the engine translates as the titles these languages give them
    (see :data:`_TITLES`): alone, it reads "speaker" as a loudspeaker ("Altavoz",
    "Haut-parleur") and "head" as a woman ("la jefa del Gobierno", whoever holds it).

    >>> plain_titles("Speaker of the State Duma Vyacheslav Volodin met the Speaker.")
    'Chairperson of the State Duma Vyacheslav Volodin met the Chairperson.'
    >>> plain_titles("The speaker at the forum thanked the Duma speaker.")
    'The speaker at the forum thanked the Duma chairperson.'
    >>> plain_titles("The Knesset voted, and the speaker's office said so.")
    "The Knesset voted, and the chairperson's office said so."
    >>> plain_titles("The speaker failed, so the lecture was moved.")
    'The speaker failed, so the lecture was moved.'
    >>> plain_titles("The head of the Government met heads of state and the BNR head.")
    'The chief of the Government met heads of state and the BNR chief.'
    """
    if "peaker" in text:
        def chair(m: re.Match[str]) -> str:
            word = m.group("word")
            near = max(0, m.start() - _NEAR)
            start = text[near:m.start()].rstrip() or text[:near].rstrip()
            capital = word[0].isupper()
            title = (capital and bool(start) and start[-1] not in _OPENING) or \
                _OF_BODY.match(text, m.end()) is not None or \
                (capital and _NAME_AFTER.match(text, m.end()) is not None) or \
                (not capital and _BEFORE_SPEAKER.search(text, near, m.start()) is not None) or \
                (not capital and _THE_BEFORE.search(text, near, m.start()) is not None and
                 not word.endswith("s") and _SPEAKS_AT.match(text, m.end()) is None and
                 _PARLIAMENT.search(text) is not None)
            return _as_sent(word, "chairperson") if title else word

        text = _SPEAKER.sub(chair, text)
    if "ead" in text:
        def chief(m: re.Match[str]) -> str:
            word = m.group("word")
            title = _OF_SOMETHING.match(text, m.end()) is not None or \
                _NAMED_BEFORE.search(text, max(0, m.start() - _NEAR), m.start()) is not None
            return _as_sent(word, "chief") if title else word

        text = _HEAD.sub(chief, text)
    return text


@dataclass(frozen=True)
class Rank:
    """A rank cut from before a title, to be written on the head's translation."""

    rank: str            # "deputy", "assistant", "under"
    title: str           # the title's key: "minister", "secretary-general"
    sent: str            # the head as sent to the engine: "minister", "chiefs"
    capital: bool        # the rank was written with a capital ("Deputy")
    before: int          # how many times the head stands alone before it in the text sent
    count: int = 0       # how many times the head stands alone in the text sent
    where: float = 0.0   # where the head stands in the text sent, 0 (start) to 1 (end)

    @property
    def plural(self) -> bool:
        word = self.sent.casefold()
        return word.endswith("men") or (word.endswith("s") and not word.endswith("ss"))


def _rank_of(m: re.Match[str]) -> str:
    """The rank a match names: "Vice" is a deputy ("Vice Prime Minister", "Vice
    Chairman", which the engine writes "Primer ministro de Vicio", "Presidente de
    Vicio"), except before "president", which the engine's dictionary knows whole
    ("Vicepresidente"): "" there, left alone."""
    rank = m.group("rank").casefold()
    if rank != "vice":
        return rank
    title = re.sub(r"\s+", " ", m.group("title")).casefold()
    return "" if title.startswith("president") else "deputy"


def cut_ranks(text: str, target: str) -> tuple[str, list[Rank]]:
    """``text`` with each rank the target has a title for cut, and the ranks cut.

    >>> cut_ranks("Under-Secretary-General Rosemary DiCarlo spoke.", "es")
    ('Secretary-General Rosemary DiCarlo spoke.', [Rank(rank='under', \
title='secretary-general', sent='Secretary', capital=True, before=0, count=1, where=0.0)])
    >>> cut_ranks("Under-Secretary-General Rosemary DiCarlo spoke.", "de")[1]
    []
    """
    lang = base(target)
    if any(_TITLES[re.sub(r"\s+", " ", m.group("title")).casefold()][0] == "chairperson"
           and _rank_of(m) == "deputy" for m in _RANKED.finditer(text)):
        text = _PRESIDENTS.sub(_as_chairperson, text)
    pieces: list[str] = []
    found: list[tuple[int, Rank]] = []
    pos = 0
    for m in _RANKED.finditer(text):
        rank = _rank_of(m)
        if not rank:
            continue
        words = re.sub(r"\s+", " ", m.group("title")).casefold()
        key, sent = _TITLES[words]
        if m.group("general"):
            if key != "secretary":
                continue
            key = "secretary-general"
        form = _FORMS.get((rank, key), {}).get(lang)
        if form is None or (rank == "under" and not m.group("gap").startswith("-")
                            and not m.group("general")):
            continue
        written = m.group("title")
        if words == sent:
            sent = written          # as written: the engine keeps its capital
        elif written[:1].isupper():
            sent = sent[:1].upper() + sent[1:]
        pieces.append(text[pos:m.start()])
        pieces.append(m.group("between"))
        pieces.append(sent)
        pos = m.start("title") + len(written)
        found.append((len("".join(pieces)) - len(sent),
                      Rank(rank, key, sent, m.group("rank")[:1].isupper(), 0)))
    if not found:
        return text, []
    pieces.append(text[pos:])
    cut = "".join(pieces)
    ranks = [replace(r, before=len(word_pattern(r.sent).findall(cut, 0, at)),
                     count=len(word_pattern(r.sent).findall(cut)),
                     where=at / max(1, len(cut))) for at, r in found]
    return cut, ranks


def _head_spot(text: str, rank: Rank, heads: dict[str, str], taken: set[int]
               ) -> re.Match[str] | None:
    """Where the engine wrote the head a rank belongs to, or None when it wrote it nowhere.

    When the head's translation comes back as often as the head was sent, the rank's
    occurrence is the one in the same place among them.  When it does not (the
    engine merged two, or wrote the same word for another one: "head" and "chief" are
    both "jefe"), each rank goes on the free occurrence nearest to where its head
    stood in the text sent, measured as a share of each text's length: the engine
    keeps a sentence's order, not its letters.
    """
    found = list(word_pattern(heads.get(rank.sent) or "\0").finditer(text))
    if len(found) == rank.count:
        return found[rank.before]
    free = [m for m in found if m.start() not in taken]
    if not free:
        return None
    return min(free, key=lambda m: abs(m.start() / len(text) - rank.where))


def join_ranks(text: str, ranks: list[Rank], heads: dict[str, str], target: str
               ) -> str | None:
    """The engine's ``text`` with each rank written on its head's translation.

    ``heads`` maps each head as sent to the engine's translation of it alone.  None
    when a head's translation does not come back at all (see :func:`_head_spot`).

    >>> join_ranks("El ministro de asuntos exteriores habló.",
    ...            [Rank("deputy", "minister", "minister", False, 0, 1)],
    ...            {"minister": "ministro"}, "es")
    'El viceministro de asuntos exteriores habló.'
    >>> join_ranks("Secretario General Rosemary DiCarlo habló.",
    ...            [Rank("under", "secretary-general", "Secretary", True, 0, 1)],
    ...            {"Secretary": "Secretario"}, "es")
    'Secretario General Adjunto Rosemary DiCarlo habló.'
    """
    lang = base(target)
    edits: list[tuple[int, int, str]] = []       # (start, end, replacement)
    taken: dict[str, set[int]] = {}
    for rank in ranks:
        spot = _head_spot(text, rank, heads, taken.setdefault(rank.sent, set()))
        if spot is None:
            return None
        taken[rank.sent].add(spot.start())
        form = _FORMS[(rank.rank, rank.title)][lang]
        start = spot.start() + (1 if text[spot.start()] in "*#@" else 0)
        word = text[start:spot.end()]
        if form.prefix:
            capital = word[:1].isupper()
            prefix = form.prefix[:1].upper() + form.prefix[1:] if capital else form.prefix
            if not form.prefix.endswith(("-", " ")):
                word = word[:1].lower() + word[1:]
            edits.append((start, spot.end(), prefix + word))
            continue
        at = spot.end()
        general = _GENERAL.match(text, at)
        if general:
            at = general.end()
        adjective = form.after[1] if rank.plural else form.after[0]
        if rank.capital and word[:1].isupper() and (general is None or
                                                    general.group()[1:2].isupper()):
            adjective = adjective[:1].upper() + adjective[1:]
        edits.append((at, at, f" {adjective}"))
    for start, end, replacement in sorted(edits, reverse=True):
        text = f"{text[:start]}{replacement}{text[end:]}"
    return text


# "deputy" alone, as the engines here write it: a member of a legislature (Spanish,
# Portuguese and Galician, French, Italian, Catalan).
_MEMBER = re.compile(r"(?<![\w-])(?:diputad[oa]s?|deputad[oa]s?|députée?s?|deputat[oiae]|"
                     r"diputa(?:t|ts|da|des))(?![\w-])", re.IGNORECASE)
_DEPUTY = re.compile(r"(?<![\w-])deput(?:y|ies)(?![\w-])", re.IGNORECASE)


def misread_rank(source: str, target: str) -> str | None:
    """What is wrong when ``target`` calls a second-in-command of ``source`` a member of
    parliament ("the deputy governor" → "el gobernador de diputado"), or None.

    The write-back above fails when the engine does not give the title's head back at
    all, and a language without a sourced title ("deputy ambassador") is left to the
    engine: then the translation has more members of parliament than the source has
    "deputy" not before a title, and the editor is told.

    >>> misread_rank("The deputy governor spoke.", "El gobernador de diputado habló.")
    "'diputado' for a deputy before a title: a second-in-command, not a member of parliament"
    >>> misread_rank("The deputy governor met State Duma deputies.",
    ...              "El vicegobernador conoció diputados de Duma Estatal.") is None
    True
    """
    ranked = sum(1 for m in _RANKED.finditer(source) if m.group("rank").casefold() == "deputy")
    if not ranked:
        return None
    members = len(_DEPUTY.findall(source)) - ranked
    written = _MEMBER.findall(target)
    if len(written) <= members:
        return None
    return (f"{written[0]!r} for a deputy before a title: a second-in-command, not a member "
            f"of parliament")
