"""Random sessions of source edits, editor edits and re-runs never lose reviewed work.

A hypothesis state machine plays both sides: the content changes (paragraphs edited,
deleted, added, the title rewritten) and an editor works in a PO editor (polib stands
in for Poedit: it re-wraps and re-orders fields its own way) approving suggestions,
rewriting translations and leaving comments.  After every re-run of the pipeline:

* every text the editor typed, approved or left fuzzy, is still on file;
* every translation the editor approved is still on file: live and untouched while its
  text is live, otherwise obsolete or carried as the previous translation; and
  ``read_reviewed`` offers it for its (context, text);
* every comment the editor wrote is still attached to an entry;
* the live entries are exactly the current units, in document order;
* GNU msgfmt accepts the catalogue, and a second re-run changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import polib
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from cms_i18n.catalog import CatalogEntry, catalog_paths, read_reviewed
from cms_i18n.catalog.po import read_po
from cms_i18n.memory import Memory
from tests.catalog.helpers import fake_mt, msgfmt_check, update

WORDS = ["ASEAN", "delegations", "meet", "in", "Moscow", "this", "week", "forum",
         "security", "the", "Council", "said", "cyber", "threats", "will", "“open”",
         "dialogue,", "2025", "SCO", "and"]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(" ".join)
translation = st.text(alphabet="abcdefghij ñéü“”\"\\\t", min_size=1, max_size=40).filter(
    lambda t: t.strip() == t and not t.endswith("\\"))
comment = st.text(alphabet="abcdefgh !?ñ", min_size=1, max_size=20).map(str.strip).filter(bool)


def contexts(texts: list[str]) -> list[tuple[str, str]]:
    """(msgctxt, text) with #n suffixes for repeated text, as the pipeline numbers them."""
    seen: dict[str, int] = {}
    result = []
    for text in texts:
        seen[text] = seen.get(text, 0) + 1
        suffix = f"#{seen[text]}" if seen[text] > 1 else ""
        result.append((f"story{suffix}", text))
    return result


class EditorSession(RuleBasedStateMachine):
    """The content, the catalogue on disk, and what the editor has done to it."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cms-i18n-stateful-"))
        self.po, self.pot = catalog_paths(self.folder / "locale", "es", "content")
        self.title = "Security forum"
        self.paragraphs: list[str] = []
        self.approved: dict[tuple[str, str], str] = {}   # what the editor approved
        self.typed: dict[tuple[str, str], str] = {}      # the editor's last text per entry
        self.memory = Memory(None)
        self.comments: dict[tuple[str, str], str] = {}
        self.ran = False

    def teardown(self) -> None:
        self.memory.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --------------------------------------------------------------- content side

    def units(self) -> list[CatalogEntry]:
        entries = [CatalogEntry("story:title", self.title, fake_mt(self.title),
                                (("story.md", 1),))]
        for line, (context, text) in enumerate(contexts(self.paragraphs), start=3):
            entries.append(CatalogEntry(context, text, fake_mt(text), (("story.md", line),),
                                        ("engine: test",)))
        return entries

    @initialize(texts=st.lists(sentence, min_size=1, max_size=5))
    def write_article(self, texts: list[str]) -> None:
        self.paragraphs = texts

    @rule(data=st.data())
    def edit_paragraph(self, data: st.DataObject) -> None:
        if not self.paragraphs:
            return
        i = data.draw(st.integers(0, len(self.paragraphs) - 1))
        words = self.paragraphs[i].split()
        j = data.draw(st.integers(0, len(words) - 1))
        words[j] = data.draw(st.sampled_from(WORDS))
        self.paragraphs[i] = " ".join(words)

    @rule(data=st.data())
    def delete_paragraph(self, data: st.DataObject) -> None:
        if self.paragraphs:
            del self.paragraphs[data.draw(st.integers(0, len(self.paragraphs) - 1))]

    @rule(data=st.data(), text=sentence)
    def add_paragraph(self, data: st.DataObject, text: str) -> None:
        self.paragraphs.insert(data.draw(st.integers(0, len(self.paragraphs))), text)

    @rule(text=sentence)
    def retitle(self, text: str) -> None:
        self.title = text

    @rule()
    def rerun(self) -> None:
        update(self.po, self.units(), self.memory, pot=self.pot)
        self.ran = True
        msgfmt_check(self.po)
        before = self.po.read_bytes()
        again = update(self.po, self.units(), self.memory, pot=self.pot)
        assert not again.written and self.po.read_bytes() == before
        live = [e for e in read_po(self.po).entries if not e.obsolete]
        assert [(e.msgctxt, e.msgid) for e in live] == [u.key for u in self.units()]

    # --------------------------------------------------------------- editor side

    def entries(self, catalog: polib.POFile | None = None, *, translated: bool = False
                ) -> list[polib.POEntry]:
        """The live entries (``translated``: those with a msgstr) as an editor's tool
        reads them (polib); none before the first run."""
        if not self.ran:
            return []
        catalog = catalog if catalog is not None else polib.pofile(str(self.po))
        return [e for e in catalog if not e.obsolete and (e.msgstr or not translated)]

    @contextmanager
    def editing(self, data: st.DataObject, *, translated: bool = False
                ) -> Iterator[polib.POEntry]:
        """One of :meth:`entries`, drawn, changed by the caller, saved."""
        catalog = polib.pofile(str(self.po))
        yield data.draw(st.sampled_from(self.entries(catalog, translated=translated)))
        catalog.save()

    @precondition(lambda self: self.entries(translated=True))
    @rule(data=st.data(), new=st.one_of(st.none(), translation))
    def review(self, data: st.DataObject, new: str | None) -> None:
        """Approve a suggestion as it is (new is None) or with a rewritten msgstr."""
        with self.editing(data, translated=True) as entry:
            if new is not None:
                entry.msgstr = new
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None          # what Poedit does on approval
            entry.previous_msgctxt = None
        self.approved[(entry.msgctxt, entry.msgid)] = entry.msgstr
        self.typed[(entry.msgctxt, entry.msgid)] = entry.msgstr

    @precondition(lambda self: self.entries())
    @rule(data=st.data(), new=translation)
    def draft(self, data: st.DataObject, new: str) -> None:
        """Rewrite a msgstr and leave it fuzzy, as Weblate's "needs editing" does."""
        with self.editing(data) as entry:
            entry.msgstr = new
            if "fuzzy" not in entry.flags:
                entry.flags.insert(0, "fuzzy")
        self.approved.pop((entry.msgctxt, entry.msgid), None)
        self.typed[(entry.msgctxt, entry.msgid)] = new

    @precondition(lambda self: self.entries())
    @rule(data=st.data(), text=comment)
    def add_comment(self, data: st.DataObject, text: str) -> None:
        with self.editing(data) as entry:
            entry.tcomment = f"{entry.tcomment}\n{text}" if entry.tcomment else text
        self.comments[(entry.msgctxt, entry.msgid)] = text

    # --------------------------------------------------------------- invariants

    @invariant()
    def reviewed_work_is_never_lost(self) -> None:
        if not self.ran:
            return
        entries = read_po(self.po).entries
        live = {e.key: e for e in entries if not e.obsolete}
        offered = read_reviewed(self.po)
        for key, text in self.approved.items():
            if key in live:
                entry = live[key]
                assert entry.msgstr == text and not entry.fuzzy, (key, entry)
            else:
                assert any(e.key == key and e.msgstr == text for e in entries if e.obsolete), key
            assert offered.get(key) == text, key

    @invariant()
    def no_text_the_editor_typed_is_lost(self) -> None:
        """Reviewed or draft: the editor's last text in each entry is on file."""
        if not self.ran:
            return
        on_file = {e.msgstr for e in read_po(self.po).entries}
        for key, text in self.typed.items():
            assert text in on_file, (key, text)

    @invariant()
    def editor_comments_survive(self) -> None:
        if not self.ran:
            return
        entries = read_po(self.po).entries
        for key, text in self.comments.items():
            holders = [e for e in entries if text in e.translator_comments]
            assert holders, (key, text)


EditorSession.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestEditorSession = EditorSession.TestCase
