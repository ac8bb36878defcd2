"""The editor session on the seed article, end to end through the catalogue API.

Translate, let an editor approve and edit entries and comment one, then change a
paragraph, delete one, add one, and translate again: every approved translation
intact, the changed unit with previous msgid, the editor's old translation and a fresh suggestion
beside it, the removed one
obsolete, msgfmt happy, a .mo that gettext reads, and a Spanish document built from the
reviewed units with the source as fallback.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog import (
    CatalogEntry,
    catalog_paths,
    translations_for_apply,
)
from cms_i18n.catalog.mo import compile_catalog
from cms_i18n.catalog.notes import SUGGESTION_NOTE, quote_note
from cms_i18n.catalog.po import read_po
from cms_i18n.memory import Memory
from tests.catalog.helpers import fake_mt, msgfmt_check, pot_check, update

SEED = Path(__file__).parents[2] / "examples" / "content" / "asian-security-officials.txt"
DOC = "asian-security-officials"


def article() -> tuple[str, list[str]]:
    """Title and body paragraphs of the seed article (page chrome left out)."""
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n")]
    title = blocks[1]
    body = [b for b in blocks[3:] if len(b.split()) > 8 and not b.startswith("Dear readers")]
    return title, body


def units(title: str, body: list[str]) -> list[CatalogEntry]:
    entries = [CatalogEntry(f"{DOC}:title", title, fake_mt(title), ((SEED.name, 4),),
                            ("engine: test 1.0",))]
    entries += [CatalogEntry(DOC, text, fake_mt(text), ((SEED.name, 10 + 2 * i),),
                             ("engine: test 1.0",)) for i, text in enumerate(body)]
    return entries


def apply(title: str, body: list[str], reviewed: dict[tuple[str, str], str]) -> str:
    """What `cms-i18n apply` makes of a document: reviewed units, source otherwise."""
    parts = [reviewed.get((f"{DOC}:title", title), title)]
    parts += [reviewed.get((DOC, text), text) for text in body]
    return "\n\n".join(parts) + "\n"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748263260")


def test_editor_session_on_the_seed_article(tmp_path: Path) -> None:
    po, pot = catalog_paths(tmp_path / "locale", "es", "content")
    title, body = article()
    assert title == "Asian security officials to convene in Moscow" and len(body) >= 8

    memory = Memory(None)
    first = update(po, units(title, body), memory, pot=pot)
    assert first.new == len(body) + 1
    msgfmt_check(po)
    pot_check(pot)

    # The editor: approves the title as is, rewrites and approves two paragraphs,
    # comments on a third.
    edited = {
        body[0]: "Los jefes de las delegaciones de la ASEAN se reunirán de manera informal "
                 "en Moscú esta semana.",
        body[3]: "Se espera que más de 100 delegaciones extranjeras participen en los debates.",
    }
    catalog = polib.pofile(str(po))
    for entry in catalog:
        if entry.msgid == title or entry.msgid in edited:
            entry.msgstr = edited.get(entry.msgid, entry.msgstr)
            entry.flags.remove("fuzzy")
        if entry.msgid == body[2]:
            entry.tcomment = "Check the spelling of Shoigu with the style guide"
    catalog.save()
    approved = {(f"{DOC}:title", title): fake_mt(title)}
    approved.update({(DOC, k): v for k, v in edited.items()})

    # The source: paragraph 0 reworded, paragraph 3 deleted, a new one at the end.
    changed = body[0].replace("this week", "next week")
    new_paragraph = "The forum will close on Thursday with a joint statement on cyber threats."
    new_body = [changed, *body[1:3], *body[4:], new_paragraph]
    second = update(po, units(title, new_body), memory, pot=pot)
    msgfmt_check(po)
    pot_check(pot)
    assert (second.new, second.changed, second.reviewed_kept) == (1, 1, 1)

    entries = read_po(po).entries
    live = {e.msgid: e for e in entries if not e.obsolete}
    obsolete = {e.msgid: e for e in entries if e.obsolete}
    # Approved translations intact.
    assert live[title].msgstr == fake_mt(title) and not live[title].fuzzy
    assert obsolete[body[3]].msgstr == edited[body[3]] and not obsolete[body[3]].fuzzy
    # The changed unit, msgmerge's way: the editor's translation as the fuzzy msgstr,
    # the previous msgid, and the machine translation of the new text beside it.
    assert live[changed].fuzzy and live[changed].msgstr == edited[body[0]]
    assert live[changed].previous_msgid == body[0]
    assert SUGGESTION_NOTE + quote_note(fake_mt(changed)) in live[changed].extracted_comments
    # The comment survived; the new paragraph is a suggestion in document order.
    assert live[body[2]].translator_comments == [
        "Check the spelling of Shoigu with the style guide"]
    assert live[new_paragraph].fuzzy
    assert [e.msgid for e in entries if not e.obsolete] == [title, *new_body]

    # Compile: gettext reads the approved translations, and only those.
    mo = compile_catalog(po).mo_path
    with mo.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.pgettext(f"{DOC}:title", title) == fake_mt(title)
    assert translations.pgettext(DOC, changed) == changed          # not reviewed yet
    assert translations.pgettext(DOC, new_paragraph) == new_paragraph

    # Apply: the Spanish document has the reviewed units, the source elsewhere.
    spanish = apply(title, new_body, translations_for_apply(po).translations)
    assert spanish.startswith(fake_mt(title) + "\n\n" + changed)
    assert new_paragraph in spanish
    # After the editor approves the changed unit, it is published too.
    catalog = polib.pofile(str(po))
    entry = catalog.find(changed, msgctxt=DOC)
    entry.msgstr = "Los jefes ... la próxima semana."
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    catalog.save()
    update(po, units(title, new_body), memory, pot=pot)
    msgfmt_check(po)
    assert "la próxima semana" in apply(title, new_body, translations_for_apply(po).translations)
    # Nothing the editor approved was lost on the way.
    offered = {(e.msgctxt, e.msgid): e.msgstr for e in read_po(po).entries if e.reviewed}
    for key, text in approved.items():
        assert offered.get(key) == text, key
    assert not re.search(r"\.tmp$|\.lock$", " ".join(p.name for p in po.parent.iterdir()))
