"""Two branches' copies of a catalogue merged entry by entry: no typed text is dropped."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cms_i18n.catalog.kept import msgcat_texts
from cms_i18n.catalog.po import PoEntry, PoFile, format_po, parse_po
from cms_i18n.catalog.threeway import merge_three

HEADER = PoEntry("", "Language: es\nContent-Type: text/plain; charset=UTF-8\n")
MACHINE = "machine translation: apertium eng-spa"


def catalog(*entries: PoEntry) -> PoFile:
    return PoFile(header=HEADER, entries=list(entries))


def draft(msgid: str, msgstr: str, ctx: str = "news", **extra: object) -> PoEntry:
    return PoEntry(msgid, msgstr, msgctxt=ctx, flags=["fuzzy"],
                   extracted_comments=[MACHINE], **extra)  # type: ignore[arg-type]


def reviewed(entry: PoEntry, text: str) -> PoEntry:
    return PoEntry(entry.msgid, text, msgctxt=entry.msgctxt,
                   extracted_comments=list(entry.extracted_comments),
                   references=list(entry.references))


def texts(result: PoFile) -> dict[tuple[str, bool], tuple[str, bool]]:
    return {(entry.msgid, entry.obsolete): (entry.msgstr, entry.fuzzy) for entry in result.entries}


TITLE = draft("Cold week ahead", "Semana fría adelante")
BODY = draft("Schools stay open.", "Escuelas se quedan abiertas.")


def test_each_branch_keeps_what_only_it_changed() -> None:
    base = catalog(TITLE, BODY)
    ours = catalog(reviewed(TITLE, "Se avecina una semana fría"), BODY)
    theirs = catalog(TITLE, reviewed(BODY, "Las escuelas siguen abiertas."))
    result = merge_three(base, ours, theirs)
    assert texts(result.catalog) == {
        ("Cold week ahead", False): ("Se avecina una semana fría", False),
        ("Schools stay open.", False): ("Las escuelas siguen abiertas.", False)}
    assert result.conflicts == []


def test_two_reviews_of_one_entry_both_stay_flagged_and_named() -> None:
    base = catalog(TITLE)
    ours = catalog(reviewed(TITLE, "Se avecina una semana fría"))
    theirs = catalog(reviewed(TITLE, "Llega una semana de frío"))
    result = merge_three(base, ours, theirs, name="content.po")
    (entry,) = result.catalog.entries
    assert entry.fuzzy
    assert msgcat_texts(entry.msgstr) == ["Se avecina una semana fría", "Llega una semana de frío"]
    assert [c.describe() for c in result.conflicts] == [
        "[news] 'Cold week ahead': both branches changed its translation; both are kept in "
        "its msgstr under #-#-#-#-# lines: keep one and delete those lines"]
    # What it writes is a catalogue every command reads (msgcat's own form of a conflict).
    assert parse_po(format_po(result.catalog)).entries[0].msgstr == entry.msgstr


def test_a_review_beats_the_other_branch_s_fresh_machine_draft() -> None:
    refreshed = draft("Cold week ahead", "Una semana fría por delante")
    refreshed.extracted_comments = [MACHINE, "glossary: nothing"]
    base = catalog(TITLE)
    result = merge_three(base, catalog(refreshed),
                         catalog(reviewed(TITLE, "Se avecina una semana fría")))
    assert texts(result.catalog) == {
        ("Cold week ahead", False): ("Se avecina una semana fría", False)}
    assert result.conflicts == []


def test_a_draft_a_person_edited_is_no_machine_draft() -> None:
    edited = draft("Cold week ahead", "Semana de frío")        # notes untouched: a person
    result = merge_three(catalog(TITLE), catalog(edited),
                         catalog(reviewed(TITLE, "Se avecina una semana fría")))
    (entry,) = result.catalog.entries
    assert msgcat_texts(entry.msgstr) == ["Semana de frío", "Se avecina una semana fría"]
    assert entry.fuzzy and len(result.conflicts) == 1


def test_a_review_moves_to_the_english_the_other_branch_changed() -> None:
    base = catalog(TITLE, BODY)
    ours = catalog(TITLE, reviewed(BODY, "Las escuelas siguen abiertas."))
    changed = draft("Schools stay open on Monday.", "Escuelas se quedan abiertas el lunes.",
                    previous_msgctxt="news", previous_msgid="Schools stay open.")
    theirs = catalog(TITLE, changed)
    result = merge_three(base, ours, theirs)
    assert texts(result.catalog) == {
        ("Cold week ahead", False): ("Semana fría adelante", True),
        ("Schools stay open on Monday.", False): ("Las escuelas siguen abiertas.", True),
        ("Schools stay open.", True): ("Las escuelas siguen abiertas.", False)}
    new = result.catalog.entries[1]
    assert new.previous_msgid == "Schools stay open."
    assert 'suggestion for this text: "Escuelas se quedan abiertas el lunes."' \
        in new.extracted_comments
    assert result.carried == 1 and result.conflicts == []


def test_a_change_beats_a_deletion() -> None:
    base = catalog(TITLE, BODY)
    ours = catalog(TITLE)                                   # the paragraph removed
    theirs = catalog(TITLE, reviewed(BODY, "Las escuelas siguen abiertas."))
    result = merge_three(base, ours, theirs)
    assert ("Schools stay open.", False) in texts(result.catalog)


def test_entries_only_the_other_branch_has_keep_their_place() -> None:
    middle = draft("Buses run hourly.", "Autobuses corren cada hora.")
    base = catalog(TITLE, BODY)
    result = merge_three(base, catalog(TITLE, BODY), catalog(TITLE, middle, BODY))
    assert [entry.msgid for entry in result.catalog.entries] == [
        "Cold week ahead", "Buses run hourly.", "Schools stay open."]


def test_plural_forms_both_stay() -> None:
    base = catalog(PoEntry("1 day", msgid_plural="%d days", msgstr_plural=["", ""]))
    ours = catalog(PoEntry("1 day", msgid_plural="%d days", msgstr_plural=["1 día", "%d días"]))
    theirs = catalog(PoEntry("1 day", msgid_plural="%d days",
                             msgstr_plural=["un día", "%d días"]))
    (entry,) = merge_three(base, ours, theirs).catalog.entries
    assert msgcat_texts(entry.msgstr_plural[0]) == ["1 día", "un día"]
    assert entry.msgstr_plural[1] == "%d días"


def test_both_branches_adding_the_file() -> None:
    result = merge_three(None, catalog(reviewed(TITLE, "Semana fría")), catalog(TITLE))
    assert texts(result.catalog) == {("Cold week ahead", False): ("Semana fría", False)}


# -- every text a person typed on either branch is in the merge ---------------------------

WORDS = ["Hola", "Adiós", "Buenas", "Semana", "Frío", "Lluvia"]
SOURCES = ["One.", "Two.", "Three.", "Four."]


@st.composite
def branch(draw: st.DrawFn, base: list[PoEntry]) -> list[PoEntry]:
    """A branch's copy: entries reviewed, edited in draft, removed, retired, English
    changed with the old text carried (as ``translate`` does), new entries added."""
    out: list[PoEntry] = []
    for entry in base:
        action = draw(st.sampled_from(["keep", "review", "edit", "remove", "retire", "reword"]))
        text = draw(st.sampled_from(WORDS)) + draw(st.sampled_from(["", "!", "."]))
        if action == "keep":
            out.append(entry)
        elif action == "review":
            out.append(reviewed(entry, text))
        elif action == "edit":
            out.append(PoEntry(entry.msgid, text, msgctxt=entry.msgctxt, flags=["fuzzy"],
                               extracted_comments=list(entry.extracted_comments)))
        elif action == "retire":
            out.append(PoEntry(entry.msgid, entry.msgstr, msgctxt=entry.msgctxt,
                               flags=list(entry.flags), obsolete=True))
        elif action == "reword":
            out.append(draft(entry.msgid + " Now.", "Machine " + text, ctx=entry.msgctxt or "",
                             previous_msgctxt=entry.msgctxt, previous_msgid=entry.msgid))
    if draw(st.booleans()):
        out.append(draft("Added " + draw(st.sampled_from(SOURCES)), draw(st.sampled_from(WORDS))))
    return out


def typed_texts(side: list[PoEntry], base: dict[tuple[str | None, str], PoEntry]) -> set[str]:
    """The texts a person typed on a branch: changed from the base, not a machine draft."""
    found = set()
    for entry in side:
        old = base.get(entry.key)
        if entry.msgstr and (old is None or old.msgstr != entry.msgstr) \
                and not entry.msgstr.startswith("Machine ") \
                and (entry.fuzzy is False or old is not None):
            found.add(entry.msgstr)
    return found


def merged_texts(result: PoFile) -> set[str]:
    found = set()
    for entry in result.entries:
        found.update(msgcat_texts(entry.msgstr) or [entry.msgstr])
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_no_typed_text_is_dropped_by_any_merge(data: st.DataObject) -> None:
    base = [draft(source, "Borrador " + source) for source in SOURCES[:3]]
    ours, theirs = data.draw(branch(base)), data.draw(branch(base))
    keys = [entry.key for entry in ours]
    assume(len(keys) == len(set(keys)))
    keys = [entry.key for entry in theirs]
    assume(len(keys) == len(set(keys)))
    result = merge_three(catalog(*base), catalog(*ours), catalog(*theirs))
    by_key = {entry.key: entry for entry in base}
    assert typed_texts(ours, by_key) | typed_texts(theirs, by_key) <= merged_texts(result.catalog)
    # What it writes reads back the same, and every entry is there once.
    written = parse_po(format_po(result.catalog))
    assert [(e.key, e.obsolete) for e in written.entries] == [
        (e.key, e.obsolete) for e in result.catalog.entries]
