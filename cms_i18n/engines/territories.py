"""Country names a step of an Apertium chain does not know, written in its target language.

A pair's dictionary lacks some states: eng-spa has no "Kyrgyzstan", es-fr no
"Belarús", "Catar" or "Baréin", spa-ita no "Kazajstán" or "Tayikistán", es-pt no
"Belarús" or "Kazajstán".  Apertium passes such a word through, so the draft names
the state in the step's source language ("la Belarús" in French, "Kyrgyzstan" in
Spanish).  CLDR, through Babel, names every state in every language: a state's name
in the step's source language that its analyser does not know is written in the
step's target language before the step ("Belarús" → "Biélorussie"), and the step,
which does not know that word either, passes it through.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from cms_i18n.engines.hidden import left_in
from cms_i18n.glossary.states import state_names


@functools.cache
def _names(lang: str) -> dict[str, str]:
    """Every state's name in ``lang`` that reads as words, by its two-letter code."""
    return {code: name for code, name in state_names(lang).items()
            if re.fullmatch(r"[^\W\d_][\w .'’-]*", name)}


def unknown_states(source: str, target: str,
                   unknown: Callable[[Sequence[str]], list[list[str]]],
                   written: tuple[str, Callable[[list[str]], list[str]]] | None = None
                   ) -> dict[str, str]:
    """The states' names in ``source`` that a step's analyser does not know (``unknown``
    lists, per text, the words it does not know), each with its name in ``target``.

    ``written``, for a later step of a chain, is the chain's source language and how the
    steps before this one write a text: the states' names as those steps write them
    ("Belarus" → "Belarús", where CLDR's Spanish is "Bielorrusia") are asked too.

    >>> unknown_states("es", "fr", lambda names: [["Catar"] if n == "Catar" else []
    ...                                            for n in names])
    {'Catar': 'Qatar'}
    """
    there = _names(target)
    codes: dict[str, str] = {}
    if written is not None:
        first, through = written
        named = {code: name for code, name in _names(first).items() if code in there}
        outs = through(list(named.values()))
        for code, out in zip(named, outs, strict=True):
            name = out.strip().rstrip(".").strip()
            if name:
                codes.setdefault(name, code)
    for code, name in _names(source).items():
        codes.setdefault(name, code)
    asked = sorted(name for name, code in codes.items()
                   if code in there and len(name) >= 4 and there[code] != name)
    if not asked:
        return {}
    return {name: there[codes[name]]
            for name, words in zip(asked, unknown(asked), strict=True) if words}


def misread_states(first: str, target: str, written: Callable[[list[str]], list[str]],
                   translate: Callable[[list[str]], list[str]],
                   common: Callable[[list[str]], set[str]]) -> dict[str, tuple[str, str]]:
    """The one-word states' names that a later step of a chain knows as another word
    and writes so (es-pt reads "China" as the adjective: "Chinesa"), as the steps
    before it write them, each with the state's name in ``first`` (the chain's source
    language) and in ``target`` (the step's).  ``written``: how the steps before it
    write a text in ``first``; ``translate``: the step; ``common``: which words its
    analyser has a common word's reading of.  A name it writes in another spelling
    ("Kirghizistan" for CLDR's "Kirghizstan") is its own, and left to it.

    >>> misread_states("en", "pt", lambda names: [n.replace("Iran", "Irán") for n in names],
    ...                lambda names: ["Chinesa." if n == "China." else n for n in names],
    ...                lambda names: {"China"} & set(names))
    {'China': ('China', 'China')}
    """
    there = _names(target)
    named = {code: name for code, name in _names(first).items()
             if code in there and " " not in name}
    by_name: dict[str, str] = {}
    for code, out in zip(named, written([f"{name}." for name in named.values()]), strict=True):
        name = out.strip().rstrip(".").strip()
        if re.fullmatch(r"[^\W\d_]+", name):
            by_name.setdefault(name, code)
    asked = sorted(common(sorted(by_name)))
    outs = translate([f"{name}." for name in asked])
    # written as the state's name, or as itself, in any accents: no misreading (es-pt
    # writes Portugal's "Estónia", CLDR has Brazil's "Estônia")
    return {name: (named[by_name[name]], there[by_name[name]])
            for name, out in zip(asked, outs, strict=True)
            if not left_in(out, [there[by_name[name]], name])}


def write_states(text: str, names: dict[str, str]) -> str:
    """``text`` with each of ``names`` (a whole word or words) written as its value.

    >>> write_states("con Belarús y Belarúsia", {"Belarús": "Biélorussie"})
    'con Biélorussie y Belarúsia'
    """
    if not names:
        return text
    pattern = _pattern(tuple(sorted(names, key=len, reverse=True)))
    return pattern.sub(lambda m: names[m.group()], text)


@functools.cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
