"""A prefix hyphened to a proper adjective ("post-Soviet"), written as the target writes it.

Apertium's English dictionary has no prefix "post": it reads "post" as the noun (a
pole) and "post-Soviet states" came out "poste-estados soviéticos", and with the
scraper's space, "post- Soviet", "poste- … de—estados".  The adjective alone is
translated well ("estados soviéticos"), so it is sent without the prefix, found
again in the translation by its own translation, and the prefix is written on it as
the language does: Spanish and Galician "postsoviéticos" ("pos" before any other
letter than s, as the Spanish Academy prefers: "poscomunista"), French, Italian and
Catalan "postsoviétiques", "postsovietici", "postsoviètics", Portuguese
"pós-soviéticos".  Where the adjective's translation cannot be found as often as it
was sent, the caller translates the text as it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from cms_i18n.languages import base

# "post-Soviet", "post- Soviet": the prefix, a hyphen (and a scraper's blank), then one
# capitalised word that is not followed by another (not "post-Cold War").
_PREFIXED = re.compile(r"(?<![\w-])([Pp]ost)-[ \t]?([A-Z][a-z]{2,})(?![\w-])(?![ \t]+[A-Z])")
_LANGUAGES = frozenset({"es", "gl", "fr", "it", "ca", "pt"})


@dataclass(frozen=True)
class Prefixed:
    """One prefixed adjective as found in the source."""

    prefix: str        # "post"
    word: str          # "Soviet"


def cut_prefixes(text: str, target: str) -> tuple[str, list[Prefixed]]:
    """``text`` with each prefix before a proper adjective taken off, and what was taken.

    >>> cut_prefixes("six post-Soviet states and three post- Soviet states", "es")
    ('six Soviet states and three Soviet states', [Prefixed(prefix='post', word='Soviet'), \
Prefixed(prefix='post', word='Soviet')])
    >>> cut_prefixes("post-Soviet states", "de")
    ('post-Soviet states', [])
    """
    if base(target) not in _LANGUAGES:
        return text, []
    found = [Prefixed(m.group(1).lower(), m.group(2)) for m in _PREFIXED.finditer(text)]
    return _PREFIXED.sub(r"\2", text), found


def join_prefixes(text: str, prefixed: list[Prefixed], words: Mapping[str, str],
                  target: str) -> str | None:
    """The engine's ``text`` with each prefix written on its adjective's translation;
    ``words`` maps each adjective to its translation alone.  None when an adjective's
    translation is not found for each time it was sent.

    >>> join_prefixes("Seis estados soviéticos y tres estados soviéticos",
    ...               [Prefixed("post", "Soviet")] * 2, {"Soviet": "Soviético"}, "es")
    'Seis estados postsoviéticos y tres estados postsoviéticos'
    >>> join_prefixes("Un gobierno Comunista", [Prefixed("post", "Communist")],
    ...               {"Communist": "Comunista"}, "es")
    'Un gobierno poscomunista'
    >>> join_prefixes("Seis estados comunistas", [Prefixed("post", "Communist")],
    ...               {"Communist": "Comunista"}, "pt")
    'Seis estados pós-comunistas'
    """
    lang = base(target)
    pos = 0
    for item in prefixed:
        alone = _fold(words.get(item.word, ""))
        stem = alone[:max(4, len(alone) - 2)]
        if len(stem) < 4:
            return None
        found = next((m for m in re.finditer(r"[^\W\d_]+", text[pos:])
                      if _fold(m.group()).startswith(stem)), None)
        if found is None:
            return None
        start, end = pos + found.start(), pos + found.end()
        word = text[start:end]
        if _fold(word) != _fold(item.word):     # translated: a common adjective there
            word = word.lower() if not word.isupper() else word
        written = _written(item.prefix, word, lang)
        text = text[:start] + written + text[end:]
        pos = start + len(written)
    return text


def _written(prefix: str, word: str, lang: str) -> str:
    """The prefix on a translated adjective: "post" + "soviéticos" → "postsoviéticos"."""
    name = word[:1].isupper() and not word.isupper()
    if lang in ("es", "gl") and not word.lower().startswith("s"):
        prefix = "pos"
    if lang == "pt":
        return f"pós-{word}"
    if name:        # a name the engine kept as one ("post-Maidan"): hyphened
        return f"{prefix}-{word}"
    return prefix + word


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))
