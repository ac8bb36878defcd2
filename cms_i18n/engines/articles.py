"""A numbered article of a law, a charter or a treaty, which Apertium read as a garment.

English–Spanish Apertium has two Spanish words for "article", "prenda" (an article of
clothing) and "artículo", and its lexical selection always takes the first: "Article 3
of the Charter" came out "Prenda 3 de la Carta", "article 51 of the UN Charter" "prenda
51", "Articles 3 and 5" "Prendas 3 y 5"; the pairs that read eng-spa's Spanish carried
it on ("Pièce 3", "Prenda 3", "Capo 3" in French, Portuguese and Italian).  English–
Catalan and English–Galician write "Article 3", "Artigo 3".

Where the English step's input names an article by its number ("Article 3", "article
51", "Articles 3 and 5", "Article IV"), the garment before a number in its Spanish is
written as the article it is, with the determiner before it in the masculine ("la
prenda 51" → "el artículo 51", "de la prenda" → "del artículo"); a later step of a
chain then reads a Spanish "artículo" ("Article 3", "Artigo 3", "Articolo 3").  An
article with no number ("an article in the newspaper") is left to the engine.

The engine's reordering may put a participle or an adjective agreeing with the garment
between it and the number ("NATO members discussed Article 5 invoked" → "Prenda
discutida 5", "the aforementioned Article 5" → "Prenda antedicha 5"): the number goes
back to the article it belongs to and the word after them, in the masculine ("Artículo
5 discutido").
"""

from __future__ import annotations

import re

# "Article 3", "articles 3 and 5", "Article IV", "Art. 5": an article named by its number.
_NUMBERED = re.compile(r"(?<![\w-])(?:articles?|arts?\.)\s+(?:\d|[IVXLC]+\b)", re.IGNORECASE)
# Spanish determiners and contractions in the feminine, each with its masculine.
_MASCULINE = {"la": "el", "las": "los", "una": "un", "unas": "unos", "de la": "del",
              "a la": "al", "esta": "este", "estas": "estos", "esa": "ese", "esas": "esos",
              "aquella": "aquel", "aquellas": "aquellos", "dicha": "dicho",
              "dichas": "dichos", "nuestra": "nuestro", "nuestras": "nuestros",
              "otra": "otro", "otras": "otros", "misma": "mismo", "mismas": "mismos"}
_DETERMINER = "|".join(sorted((re.escape(d).replace(r"\ ", r"\s+") for d in _MASCULINE),
                              key=len, reverse=True))
_NUMBER = r"(?:\d|[IVXLC]+\b)"
# A word in the feminine the engine put between the garment and its number: a
# participle or an adjective of four letters or more ("invocada", "discutida").
_BETWEEN = r"[^\W\d_]{3,}as?"
_GARMENT = re.compile(rf"(?:(?<![\w-])(?P<det>{_DETERMINER})\s+)?(?<![\w-])"
                      rf"(?P<noun>prendas?)(?:(?=\s+{_NUMBER})|\s+(?P<word>{_BETWEEN})"
                      rf"(?P<number>\s+(?:\d+|[IVXLC]+\b)(?:\s+y\s+(?:\d+|[IVXLC]+\b))?))",
                      re.IGNORECASE)
# Words between a garment and a number that are no participle or adjective of it.
_NOT_BETWEEN = frozenset({"para", "hasta", "contra", "sobre", "entre", "cada", "ya", "la",
                          "las", "una", "unas", "esta", "estas", "nuestra", "otra", "toda",
                          "todas", "cerca", "fuera", "dentro", "ahora"})


def numbered(text: str) -> bool:
    """Whether ``text`` names an article by its number.

    >>> numbered("Article 3 of the Charter"), numbered("an article in the newspaper")
    (True, False)
    """
    return bool(_NUMBERED.search(text))


def _as_written(word: str, like: str) -> str:
    """``word`` in the case of ``like``: "artículo" as "PRENDA", "Prenda", "prenda"."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _masculine(word: str) -> str:
    """A feminine participle or adjective in the masculine: "invocada" → "invocado",
    "discutidas" → "discutidos", "ANTEDICHA" → "ANTEDICHO"."""
    stem, plural = (word[:-1], word[-1:]) if word[-1:] in "sS" else (word, "")
    ending = "O" if stem[-1:].isupper() else "o"
    return stem[:-1] + ending + plural


def articles_as_articles(source: str, output: str) -> tuple[str, list[str]]:
    """``output`` (eng-spa's Spanish for ``source``) with each garment before a number
    written as an article, where ``source`` names an article by its number; and one
    note per change, as the editor of ``output`` would see it.

    >>> articles_as_articles("It is allowed under Article 51 of the Charter.",
    ...                      "Está dejado bajo la prenda 51 de la Carta.")
    ('Está dejado bajo el artículo 51 de la Carta.', ["'la prenda 51' → 'el artículo 51'"])
    >>> articles_as_articles("Articles 3 and 5 apply.", "Prendas 3 y 5 aplica.")[0]
    'Artículos 3 y 5 aplica.'
    >>> articles_as_articles("an article in the newspaper", "una prenda en el diario")[0]
    'una prenda en el diario'
    >>> articles_as_articles("NATO discussed Article 5 invoked", "La OTAN Prenda discutida 5")
    ('La OTAN Artículo 5 discutido', ["'Prenda discutida 5' → 'Artículo 5 discutido'"])
    """
    if not numbered(source):
        return output, []
    changed: list[str] = []

    def article(m: re.Match[str]) -> str:
        noun = m.group("noun")
        between = m.group("word")
        if between is not None and between.lower() in _NOT_BETWEEN:
            return m.group()
        word = _as_written("artículos" if noun.lower().endswith("s") else "artículo", noun)
        det = m.group("det")
        if det is not None:
            key = " ".join(det.lower().split())
            word = f"{_as_written(_MASCULINE[key], det)} {word}"
        if between is not None:
            # "Prenda discutida 5" → "Artículo 5 discutido"
            word += m.group("number") + " " + _masculine(between)
            changed.append(f"{m.group()}' → '{word}")
            return word
        number = re.match(r"\s+\S+", output[m.end():])
        after = number.group() if number else ""
        changed.append(f"{m.group()}{after}' → '{word}{after}")
        return word

    repaired = _GARMENT.sub(article, output)
    return repaired, [f"'{change}'" for change in changed]
