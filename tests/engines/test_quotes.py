"""Quotation marks Apertium may have put around other words than the source's: each
such unit carries a note, ``check`` lists it as a ``quotes`` warning and ``status``
counts it, until an editor moves the marks; a quotation it kept whole has no note."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from cms_i18n.engines.quotes import as_double, moved_quotes
from tests.helpers import page_entry, run, translated_pages

MOVED = ['He called it the so-called "red line".',
         "He called it the so-called 'red line'.",
         'Moscow rejected the "peace plan" proposals.']
KEPT = 'Putin said the West had crossed a "red line".'


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr", "ca"])
def test_moved_quotation_marks_are_flagged_until_an_editor_moves_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    site = translated_pages(tmp_path, {"lines": [*MOVED, KEPT]}, lang)
    monkeypatch.chdir(site)
    for text in MOVED:
        entry = page_entry(site, lang, "lines", text)
        [note] = [n for n in entry.comment.splitlines() if n.startswith("quotes: ")]
        quotation = note.split(" may enclose ")[0][len("quotes: "):]
        assert quotation in entry.msgstr, (note, entry.msgstr)
    # a single-quoted span reaches the engine whole: no "'re" read as "are"
    single = page_entry(site, lang, "lines", MOVED[1]).msgstr
    assert single.count("'") >= 2 and "esd" not in single, single
    assert "quotes: " not in page_entry(site, lang, "lines", KEPT).comment

    checked = run("check")
    out = checked.output
    assert checked.exit_code == 0, out
    assert len([x for x in out.splitlines() if ": warning (draft): quotes: " in x]) == 3, out
    status = run("status", "--json").output
    assert json.loads(status)["languages"][0]["total"]["quotes"] == 3

    po = site / "locale" / lang / "LC_MESSAGES" / "content.po"
    catalog = polib.pofile(str(po))
    edited = next(x for x in catalog if x.msgid == MOVED[0])
    edited.msgstr = "Lo llamó la llamada «línea roja»."
    catalog.save()
    out = run("check").output
    assert len([x for x in out.splitlines() if ": quotes: " in x]) == 2, out
    status = run("status", "--json").output
    assert json.loads(status)["languages"][0]["total"]["quotes"] == 2


def test_a_quotation_is_compared_with_its_span_translated_alone() -> None:
    assert moved_quotes('alleged "terrorism"', 'terrorismo "alegado"', ["Terrorismo"]) == \
        [('"alegado"', '"terrorism"')]
    # agreement and capitals change nothing: the same words
    assert moved_quotes('"grave violations"', 'unas "vulneraciones graves"',
                        ["Vulneración grave"]) == []
    # a quotation lost or added is flagged too
    assert moved_quotes('a "red" and "blue" line', 'una línea "roja y azul"',
                        ["Rojo", "Azul"]) == [('"roja y azul"', '"red", "blue"')]
    assert as_double("the states' 'red line'") == 'the states\' "red line"'


def test_a_quotation_left_in_the_source_s_own_words_is_not_flagged() -> None:
    # "no" is Spanish too: the engine left the quoted word as it is, nothing moved
    assert moved_quotes("A “no” from any permanent member", "Un “no” de cualquier miembro",
                        ["Ningún"]) == []
    assert moved_quotes('the word "Kremlin"', 'la palabra "Kremlin"', ["Kremlin"]) == []


CURLY = ["Jim O\u2019Neill called it \u2018plunged into this war against democracy\u2019.",
         "\u201cWe replied to that letter,\u2019 she said.\u201d"]


@pytest.mark.engine
@pytest.mark.parametrize("lang", ["es", "fr"])
def test_curly_apostrophes_and_closing_quotes_stay_curly(tmp_path: Path, lang: str) -> None:
    """Apertium gave every ’ back straight: "Jim O’Neill" came out "Jim O'Neill", and
    "‘plunged into this war’" "‘sumergidos a esta guerra'", in a text typed with curly
    marks; a text typed with straight ones keeps them straight."""
    straight = "Jim O'Neill's view of the 'special operation' was plain."
    site = translated_pages(tmp_path, {"lines": CURLY, "plain": [straight]}, lang)
    for text in CURLY:
        msgstr = page_entry(site, lang, "lines", text).msgstr
        assert "'" not in msgstr and "\u2019" in msgstr, msgstr
    assert "\u2019" not in page_entry(site, lang, "plain", straight).msgstr
