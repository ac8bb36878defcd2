"""A numbered article of a law or a treaty through Apertium: an article in every
language, never a garment ("Prenda 3", "Pièce 3", "Capo 3"), with a note saying so; an
article in a newspaper is left to the engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cms_i18n.engines.articles import articles_as_articles
from tests.helpers import page_entry, translated_pages

TEXTS = ["Article 3 of the Charter says that members must cooperate.",
         "Articles 3 and 5 apply to every member.",
         "This is allowed under article 51 of the UN Charter.",
         "Article 4 of the treaty provides for consultations."]
NEWSPAPER = "He wrote an article in the newspaper."


@pytest.mark.engine
@pytest.mark.parametrize(("lang", "wanted", "garment"), [
    ("es", ["Artículo 3", "Artículos 3 y 5", "artículo 51", "Artículo 4"], "renda"),
    ("fr", ["Article 3", "Articles 3 et 5", "article 51", "Article 4"], "ièce"),
    ("pt", ["Artigo 3", "Artigos 3 e 5", "artigo 51", "Artigo 4"], "renda"),
    ("it", ["Articolo 3", "Articoli 3 e 5", "articolo 51", "Articolo 4"], "Capo"),
    # English–Catalan and English–Galician wrote them right: nothing to repair, no note
    ("ca", ["Article 3", "Articles 3 i 5", "article 51", "Article 4"], "eça"),
    ("gl", ["Artigo 3", "Artigos 3 e 5", "artigo 51", "Artigo 4"], "renda"),
])
def test_a_numbered_article_is_an_article_with_a_note(tmp_path: Path, lang: str,
                                                     wanted: list[str], garment: str) -> None:
    site = translated_pages(tmp_path, {"charter": [*TEXTS, NEWSPAPER]}, lang)
    for text, article in zip(TEXTS, wanted, strict=True):
        entry = page_entry(site, lang, "charter", text)
        assert article in entry.msgstr and garment not in entry.msgstr, entry.msgstr
        noted = [line for line in entry.comment.splitlines() if line.startswith("article: ")]
        if lang in ("ca", "gl"):
            assert not noted, entry.comment
        else:
            # the step that wrote the garment, and what it wrote, for the editor to see
            assert noted and noted[0].endswith("(eng-spa)") and "renda" in noted[0], \
                entry.comment
    # an article with no number is the engine's, however it reads it
    assert "article: " not in page_entry(site, lang, "charter", NEWSPAPER).comment


def test_the_determiner_follows_the_article_into_the_masculine() -> None:
    out, notes = articles_as_articles("under the Article 5 of the treaty and of Article 6",
                                      "bajo la Prenda 5 del tratado y de la prenda 6")
    assert out == "bajo el Artículo 5 del tratado y del artículo 6"
    assert notes == ["'la Prenda 5' → 'el Artículo 5'", "'de la prenda 6' → 'del artículo 6'"]
    assert articles_as_articles("an article of clothing", "una prenda de ropa") == \
        ("una prenda de ropa", [])


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr", "pt", "it"])
def test_a_word_the_engine_puts_before_the_number_is_no_garment_either(tmp_path: Path,
                                                                        lang: str) -> None:
    """eng-spa writes "Prenda discutida 5" for "discussed Article 5 invoked": the article,
    its number, then the participle in the masculine."""
    text = "NATO members discussed Article 5 invoked after the attack."
    site = translated_pages(tmp_path, {"nato": [text]}, lang)
    entry = page_entry(site, lang, "nato", text)
    garment = {"es": "renda", "fr": "ièce", "pt": "renda", "it": "Capo"}[lang]
    assert garment not in entry.msgstr, entry.msgstr
    assert re.search(r"\b5\b", entry.msgstr), entry.msgstr


def test_the_number_goes_back_to_the_article_before_the_word_between() -> None:
    assert articles_as_articles("Article 5 invoked", "Prenda invocada 5") == \
        ("Artículo 5 invocado", ["'Prenda invocada 5' → 'Artículo 5 invocado'"])
    assert articles_as_articles("Articles 3 and 5 invoked", "las prendas invocadas 3 y 5")[0] \
        == "los artículos 3 y 5 invocados"
    # a preposition between them is no word of the garment's
    assert articles_as_articles("Article 5", "Prenda para 5")[0] == "Prenda para 5"
