"""The PO reader and writer: msgcat's layout, lossless round trips, precise errors."""

from __future__ import annotations

import io
from pathlib import Path

import polib
import pytest
from babel.messages.pofile import read_po as babel_read_po
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cms_i18n.catalog.po import (
    PoEntry,
    PoFile,
    contexts_of,
    decode_po,
    format_header,
    format_po,
    format_string,
    parse_po,
    read_po,
)
from cms_i18n.errors import CatalogError
from tests.catalog.helpers import msgcat, msgfmt_check

HEADER = PoEntry(msgid="", msgstr=format_header([
    ("Project-Id-Version", "cms-i18n"), ("POT-Creation-Date", "2025-05-26 12:41+0000"),
    ("PO-Revision-Date", "2025-05-26 12:41+0000"), ("Last-Translator", ""),
    ("Language-Team", ""), ("Language", "es"), ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit"),
    ("Plural-Forms", "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    ("X-Generator", "cms-i18n 0.1.0")]))

# Text an editor or an article may contain: Latin with accents, Cyrillic, Greek, Hebrew,
# Arabic, CJK, kana, Hangul, typographic quotes and dashes, escapes that gettext writes.
REALISTIC = (list("abcdefghijklmnopqrstuvwxyz ABCXYZ     0123456789") +
             list(",.;:!?-/()[]{}'\"%$#&*+=<>|\\_@~`^\n\t") +
             list("éñüßçàøœ“”‘’«»„–—…·€£°\u00a0") + list("абвгдЖЗ") + list("αβγ") +
             list("אבגשלום") + list("عربي،؛") + list("中文字。、，「」") +
             list("ひらがなカタカナっャー") + list("한국어"))
realistic_text = st.text(alphabet=REALISTIC, max_size=180)
comment_text = st.text(alphabet=[c for c in REALISTIC if c != "\n"], max_size=90)
reference = st.builds(lambda name, line: f"content/{name}.md:{line}",
                      st.text(alphabet="abcdefghij-_/", min_size=1, max_size=40),
                      st.integers(min_value=1, max_value=9999))


@st.composite
def entries(draw: st.DrawFn, text: st.SearchStrategy[str] = realistic_text) -> PoEntry:
    msgid = draw(text.filter(bool))
    entry = PoEntry(msgid=msgid, msgstr=draw(text),
                    msgctxt=draw(st.one_of(st.none(), text.map(lambda t: t or "doc"))))
    if draw(st.booleans()):
        entry.flags = ["fuzzy"]
    if draw(st.booleans()):
        entry.previous_msgid = draw(text.filter(bool))
        if draw(st.booleans()):
            entry.previous_msgctxt = draw(text)
    entry.translator_comments = draw(st.lists(comment_text, max_size=2))
    entry.extracted_comments = draw(st.lists(comment_text, max_size=2))
    entry.references = draw(st.lists(reference, max_size=6, unique=True))
    entry.obsolete = bool(entry.msgstr) and draw(st.booleans())
    return entry


@st.composite
def catalogs(draw: st.DrawFn, text: st.SearchStrategy[str] = realistic_text) -> PoFile:
    found = draw(st.lists(entries(text), max_size=8,
                          unique_by=lambda e: (e.obsolete, e.msgctxt, e.msgid)))
    live = [e for e in found if not e.obsolete]
    keys = {e.key for e in live}
    obsolete = [e for e in found if e.obsolete and e.key not in keys]
    return PoFile(header=HEADER, entries=live + obsolete)


slow = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@slow
@given(catalogs())
def test_layout_is_byte_identical_to_msgcat(po: PoFile) -> None:
    assume(po.entries)          # msgcat prints nothing for a header alone
    text = format_po(po)
    assert msgcat(text) == text


def test_wrapping_matches_msgcat_on_the_seed_article() -> None:
    seed = Path(__file__).parents[2] / "examples" / "content" / "asian-security-officials.txt"
    paragraphs = [p for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    po = PoFile(header=HEADER, entries=[
        PoEntry(msgid=p, msgstr=p.upper(), msgctxt=f"seed#{i}",
                references=[f"{seed.name}:{i}"]) for i, p in enumerate(paragraphs, 1)])
    text = format_po(po)
    assert msgcat(text) == text


@pytest.mark.parametrize(("value", "lines"), [
    ("", ['msgid ""']),
    ("short", ['msgid "short"']),
    ("x" * 71, ['msgid "' + "x" * 71 + '"']),               # exactly 79 columns
    ("x" * 100, ['msgid "' + "x" * 100 + '"']),             # no break opportunity
    ("word " * 16, ['msgid ""', '"' + "word " * 15 + '"', '"word "']),
    ("a\nb", ['msgid ""', '"a\\n"', '"b"']),
    ("end\n", ['msgid "end\\n"']),
    ('say "hi"\t\\', ['msgid "say \\"hi\\"\\t\\\\"']),
    ("中" * 40, ['msgid ""', '"' + "中" * 38 + '"', '"中中"']),   # wide characters
])
def test_format_string_wraps_like_gettext(value: str, lines: list[str]) -> None:
    assert format_string("msgid", value) == lines


def test_obsolete_and_previous_strings_use_their_prefixes() -> None:
    entry = PoEntry(msgid="new " * 30, msgstr="nuevo", msgctxt="doc", obsolete=True,
                    previous_msgid="old " * 30, flags=["fuzzy"])
    text = format_po(PoFile(header=HEADER, entries=[entry]))
    assert "#~| msgid \"\"\n#~| \"old old" in text
    assert "#~ msgctxt \"doc\"\n#~ msgid \"\"\n#~ \"new new" in text
    assert all(len(line) <= 79 for line in text.splitlines())
    assert msgcat(text) == text


# Arbitrary Unicode: anything but NUL (which C strings cannot hold) and lone surrogates.
any_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   max_size=120)


@slow
@given(catalogs(any_text))
def test_round_trip_keeps_every_character(po: PoFile) -> None:
    text = format_po(po)
    back = parse_po(text)
    assert format_po(back) == text
    assert [(e.msgctxt, e.msgid, e.msgstr, e.previous_msgid, e.obsolete, e.fuzzy)
            for e in back.entries] == \
           [(e.msgctxt, e.msgid, e.msgstr, e.previous_msgid, e.obsolete,
             e.fuzzy and e.translated) for e in po.entries]


@given(catalogs(any_text))
def test_contexts_found_without_parsing_are_the_parsers(po: PoFile) -> None:
    text = format_po(po)
    expected: dict[str, bool] = {}
    for entry in parse_po(text).entries:
        if entry.msgctxt is not None:
            expected[entry.msgctxt] = expected.get(entry.msgctxt, False) or not entry.obsolete
    assert contexts_of(text) == expected


def test_contexts_of_a_catalog_an_editor_rewrapped() -> None:
    text = format_po(PoFile(header=HEADER, entries=[
        PoEntry(msgid="x", msgstr="y", msgctxt="news/" + "long-slug-" * 12 + ":title#2"),
        PoEntry(msgid="z", msgstr="w", msgctxt="old/story#1", obsolete=True,
                previous_msgctxt="older/story#1")]))
    rewrapped = text.replace('msgctxt "news/', 'msgctxt ""\n"news/')
    assert contexts_of(rewrapped) == contexts_of(text) == {
        "news/" + "long-slug-" * 12 + ":title#2": True, "old/story#1": False}


@pytest.mark.parametrize("text", [
    "quotes \" and 'single' and “curly” «angle»",
    "back\\slash \\n not a newline, tab\there",
    "lines\nand\n\nblank lines\n",
    "עברית ومعها العربية mixed with English and \u200f marks \u202b embedded \u202c",
    "emoji 👩🏽‍💻 and combining e\u0301 and zero\u200bwidth",
])
def test_unicode_round_trip_through_gettext_polib_and_babel(tmp_path: Path, text: str) -> None:
    translated = text.upper()
    if text.endswith("\n") != translated.endswith("\n"):
        translated = translated.rstrip("\n") + ("\n" if text.endswith("\n") else "")
    entry = PoEntry(msgid=text, msgstr=translated, msgctxt="doc:body#2",
                    translator_comments=["editor: " + text.replace("\n", " ")],
                    extracted_comments=["machine"], references=["a.md:3"])
    path = tmp_path / "es.po"
    path.write_text(format_po(PoFile(header=HEADER, entries=[entry])), encoding="utf-8")
    msgfmt_check(path)
    assert read_po(path).entries[0].msgstr == translated

    polib_entry = polib.pofile(str(path)).find(text, msgctxt="doc:body#2")
    assert polib_entry is not None and polib_entry.msgstr == translated
    assert polib_entry.tcomment == ("editor: " + text.replace("\n", " ")).rstrip()

    catalog = babel_read_po(io.BytesIO(path.read_bytes()))
    message = catalog.get(text, context="doc:body#2")
    assert message is not None and message.string == translated


@slow
@given(catalogs())
def test_polib_and_babel_read_what_we_write(po: PoFile) -> None:
    for entry in po.entries:
        if entry.obsolete:      # Babel cannot read "#~|" lines; the merge never writes them
            entry.previous_msgid = entry.previous_msgctxt = None
    data = format_po(po).encode("utf-8")
    ours = [e for e in po.entries if not e.obsolete]
    theirs = polib.pofile(data.decode("utf-8"))
    got = [(e.msgctxt, e.msgid, e.msgstr, "fuzzy" in e.flags, e.previous_msgid)
           for e in theirs if not e.obsolete]
    assert got == [(e.msgctxt, e.msgid, e.msgstr, e.fuzzy and e.translated, e.previous_msgid)
                   for e in ours]
    catalog = babel_read_po(io.BytesIO(data))
    for entry in ours:
        message = catalog.get(entry.msgid, context=entry.msgctxt)
        assert message is not None
        assert message.string == entry.msgstr


def test_reading_and_writing_an_unchanged_file_gives_the_same_bytes(tmp_path: Path) -> None:
    original = format_po(PoFile(header=HEADER, entries=[
        PoEntry(msgid="A long paragraph " * 10, msgstr="Un párrafo largo " * 10,
                msgctxt="doc", flags=["fuzzy"], previous_msgid="A paragraph",
                translator_comments=["keep this"], references=["a.md:1", "a.md:9"]),
        PoEntry(msgid="gone", msgstr="ido", msgctxt="doc", obsolete=True),
    ])).encode("utf-8")
    path = tmp_path / "es.po"
    path.write_bytes(original)
    assert format_po(read_po(path)).encode("utf-8") == original


@pytest.mark.parametrize(("text", "line", "words"), [
    ('msgid "a"\nmsgstr "b"\nmsgid "a"\nmsgstr "c"\n', 3, "duplicate entry"),
    ('msgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "c"\n', 5,
     "first defined on line 1"),
    ('msgid "a"\nmsgstr "b\n', 2, "no closing double quote"),
    ('msgid "a"\nmsgstr "b" extra\n', 2, "after the closing quote"),
    ('msgid "a"\nmsgstr b\n', 2, "quoted string"),
    ('msgid "a"\nmsgtsr "b"\n', 2, "syntax error"),
    ('msgid "a"\n<<<<<<< HEAD\nmsgstr "b"\n=======\nmsgstr "c"\n>>>>>>> alice\n', 2,
     "a merge's conflict marker ('<<<<<<<'): the file holds a merge not resolved yet"),
    # A deleted msgstr line: the entry that lacks it is named, not the next one.
    ('msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 1,
     "missing msgstr after this msgid (the next msgid is on line 3)"),
    ('msgid "a"\n', 1, "missing msgstr after this msgid"),
    # ... the file's last entry too, at its msgid, not its first comment
    ('#. note\nmsgctxt "x"\nmsgid "a"\n', 3, "missing msgstr after this msgid"),
    ('"orphan"\nmsgid "a"\nmsgstr ""\n', 1, "continuation"),
    ('msgid "a\\q"\nmsgstr ""\n', 1, "invalid escape"),
    ('msgid "a"\n#~ msgstr "b"\n', 2, "#~"),
    ('msgid ""\nmsgstr "Language: es\\n"\n', 2, "Content-Type"),
    ('msgid ""\nmsgstr "Content-Type: text/plain; charset=NOPE\\n"\n', 2, "charset"),
    ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
     '"Plural-Forms: nplurals=two\\n"\n', 2, "Plural-Forms"),
])
def test_malformed_catalog_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_po(text, "es.po")
    assert caught.value.line == line
    assert words in caught.value.message
    assert caught.value.format().startswith(f"es.po:{line}: ")


def test_invalid_utf8_is_reported_with_its_line() -> None:
    data = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    data += b'msgid "ok"\nmsgstr "bad \xff byte"\n'
    with pytest.raises(CatalogError) as caught:
        decode_po(data, "es.po")
    assert caught.value.line == 5


def test_a_catalog_saved_in_a_code_page_under_a_utf_8_header_says_how_to_convert_it() -> None:
    """An editor saved the catalogue as Latin-1, its header still saying UTF-8: the line
    named the byte only, where a content page's says how to convert it."""
    data = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    data += b'msgid "Coffee in the square"\nmsgstr "Caf\xe9 en la plaza"\n'
    with pytest.raises(CatalogError) as caught:
        decode_po(data, "locale/es/LC_MESSAGES/content.po")
    assert caught.value.line == 5
    assert ("byte 0xe9): the file was saved in another encoding than its header says; "
            "convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 content.po > content.po.utf8"
            ) in caught.value.message, caught.value.message


def test_other_charsets_are_decoded_from_the_header() -> None:
    text = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n' \
           'msgid "caf\xe9"\nmsgstr "caf\xe9"\n'
    po = parse_po(decode_po(text.encode("latin-1")))
    assert po.entries[0].msgstr == "café"


@pytest.mark.parametrize("written", ["\x00", "\\0"])
def test_a_nul_in_a_string_is_refused_at_its_line(written: str) -> None:
    # typed raw by a tool, or escaped: a compiled catalogue would cut the msgid there
    text = f'msgid "ok"\nmsgstr "vale"\n\nmsgid "Heads{written}of state"\nmsgstr "Jefes"\n'
    with pytest.raises(CatalogError) as caught:
        parse_po(text, "es.po")
    assert caught.value.line == 4
    assert "a NUL character in the string" in str(caught.value)


def test_a_latin_1_byte_saved_into_a_utf_8_file_is_refused_at_its_line() -> None:
    # The header says ISO-8859-1, a translator's tool added one Latin-1 "é" to a comment of
    # a file in UTF-8: read in Latin-1, "sesión" would be published as "sesiÃ³n".
    data = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
            'msgid "The session"\nmsgstr "La sesión del Consejo, en la región"\n\n'
            'msgid "The meeting"\nmsgstr "La reunión"\n\n').encode()
    data += b'# revis\xe9\nmsgid "ok"\nmsgstr "vale"\n'
    with pytest.raises(CatalogError) as caught:
        decode_po(data, "es.po")
    assert caught.value.line == 10
    assert str(caught.value).startswith("es.po:10: holds UTF-8 text and, here, a byte that "
                                        "is not UTF-8 (the header says ISO-8859-1)")


def test_comments_flags_and_references_are_read_as_gettext_reads_them() -> None:
    text = ('#  two spaces kept\n#no space\n#\n#.machine\n#: a.md:1 b.md:2\n#: c.md\n'
            '#, fuzzy, no-wrap\n#| msgid "old"\nmsgctxt "doc"\nmsgid "new"\nmsgstr "nuevo"\n')
    entry = parse_po(text).entries[0]
    assert entry.translator_comments == [" two spaces kept", "no space", ""]
    assert entry.extracted_comments == ["machine"]
    assert entry.references == ["a.md:1", "b.md:2", "c.md"]
    assert entry.flags == ["fuzzy", "no-wrap"] and entry.fuzzy
    assert entry.previous_msgid == "old"
    assert msgcat(format_po(PoFile(header=HEADER, entries=[entry]))) == \
        format_po(PoFile(header=HEADER, entries=[entry]))


def test_an_obsolete_entrys_comments_inside_its_obsolete_lines_are_read_as_gettext_reads_them(
        ) -> None:
    body = ('#~ # Ana\n#~ #. machine\n#~ #: a.md:3\n#~ #, fuzzy, no-wrap\n'
            '#~ msgctxt "doc"\n#~ msgid "gone"\n#~ msgstr "ido"\n')
    text = format_po(PoFile(header=HEADER, entries=[])) + "\n" + body
    entry = parse_po(text).entries[0]
    assert (entry.obsolete, entry.flags, entry.fuzzy) == (True, ["fuzzy", "no-wrap"], True)
    assert (entry.translator_comments, entry.extracted_comments, entry.references) == \
        (["Ana"], ["machine"], ["a.md:3"])
    theirs = polib.pofile(text)[0]
    assert (theirs.obsolete, theirs.flags, theirs.tcomment) == (1, ["fuzzy", "no-wrap"], "Ana")
    # msgcat moves them out of the #~ lines; read either way, the entry is the same.
    def fields(e: PoEntry) -> tuple[object, ...]:
        return (e.obsolete, e.flags, e.translator_comments, e.extracted_comments,
                e.references, e.msgctxt, e.msgid, e.msgstr)

    assert [fields(e) for e in parse_po(msgcat(text)).entries] == [fields(entry)]
    with pytest.raises(CatalogError, match="inconsistent use of #~") as raised:
        parse_po(text + '\n#~ #, fuzzy\nmsgid "live"\nmsgstr "viva"\n')
    assert raised.value.line == text.count("\n") + 3     # the live msgid under it


def test_plural_entries_survive(tmp_path: Path) -> None:
    text = format_po(PoFile(header=HEADER, entries=[
        PoEntry(msgid="%d file", msgid_plural="%d files",
                msgstr_plural=["%d archivo", "%d archivos", "%d de archivos"],
                flags=["c-format"])]))
    back = parse_po(text)
    assert back.entries[0].msgstr_plural == ["%d archivo", "%d archivos", "%d de archivos"]
    path = tmp_path / "es.po"
    path.write_text(text, encoding="utf-8")
    msgfmt_check(path)
    assert msgcat(text) == text


# Notes as a run writes them, each longer than 40 columns, one with a word cut at a hyphen.
LONG_NOTES = (
    "cleaned: homoglyph: 'Нeads' → 'Heads' (look-alike letter in a Latin word)",
    "machine translation: apertium eng-spa, the Asia-Pacific well-known pair",
    "glossary: Security Council → el Consejo de Seguridad (ambiguous: UNSC or RUS_SC; "
    "no evidence in the document; check which body is meant)",
    "glossary problem: SCO: expected 'la Organización de Cooperación de Shanghai' "
    "(forbidden rendering 'Organización de Shanghai')",
    "unknown to the engine, left as in the source: cyber, collaborative, Yermekbayev",
)


def _rewrapped_catalog(tmp_path: Path) -> tuple[Path, str]:
    """A catalogue a run wrote (long ``#.`` notes), and its text."""
    po = tmp_path / "es.po"
    po.parent.mkdir(exist_ok=True)
    _run_over(po)
    return po, po.read_text(encoding="utf-8")


def _run_over(po: Path) -> None:
    """What a run writes into the catalogue ``po``: two entries with long ``#.`` notes."""
    from cms_i18n.catalog import CatalogEntry, update_catalog

    update_catalog(po, [CatalogEntry("moscow", "The Security Council met in Moscow.",
                                     "El Consejo de Seguridad se reunió en Moscú.",
                                     comments=LONG_NOTES[:3], problems=LONG_NOTES[3:4]),
                        CatalogEntry("moscow", "Cyber attendees.", "Cyber attendees.",
                                     comments=LONG_NOTES[4:])],
                   lang="es", domain="content")


def test_notes_a_po_tool_rewraps_read_back_whole(tmp_path: Path) -> None:
    """polib rewraps ``#.`` lines at its width; msgcat --width rewraps the strings: every
    note reads back as one note, and writing the catalogue again gives the same bytes."""
    import shutil
    import subprocess

    po, text = _rewrapped_catalog(tmp_path)
    catalog = polib.pofile(str(po), wrapwidth=40)
    catalog.save()
    rewrapped = po.read_text(encoding="utf-8")
    assert "#. glossary: Security Council → el\n" in rewrapped      # polib did cut them
    assert "#. machine translation: apertium eng-\n#. spa, the" in rewrapped
    msgcat_path = shutil.which("msgcat")
    assert msgcat_path, "GNU msgcat is required (apt-get install gettext)"
    narrow = tmp_path / "narrow.po"
    subprocess.run([msgcat_path, "--width=40", "-o", str(narrow), str(po)], check=True)
    for path in (po, narrow):
        back = read_po(path)
        notes = [e.extracted_comments for e in back.entries]
        assert notes == [list(LONG_NOTES[:4]), list(LONG_NOTES[4:])], path.name
        # polib gives the header an empty comment; the entries are as the run wrote them
        assert _entries_part(format_po(back)) == _entries_part(text), path.name


def test_a_run_after_a_rewrap_writes_each_note_once(tmp_path: Path) -> None:
    """The next run over a catalogue polib saved writes what it writes over its own."""
    def run(po: Path) -> str:
        _run_over(po)
        return _entries_part(po.read_text(encoding="utf-8"))

    po, _ = _rewrapped_catalog(tmp_path / "ours")
    other, _ = _rewrapped_catalog(tmp_path / "polib")
    polib.pofile(str(other), wrapwidth=40).save()
    assert run(other) == run(po)


def _entries_part(text: str) -> str:
    return text.split("\n\n", 1)[1]


def test_comments_of_other_tools_are_never_joined() -> None:
    text = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            "#. TRANSLATORS: two lines\n#. of a developer's note\n"
            "#. machine translation: apertium eng-spa\n#. glossary: SCO → OCS\n"
            'msgid "x"\nmsgstr "y"\n')
    entry = parse_po(text).entries[0]
    assert entry.extracted_comments == ["TRANSLATORS: two lines", "of a developer's note",
                                        "machine translation: apertium eng-spa",
                                        "glossary: SCO → OCS"]
    assert format_po(parse_po(text)) == text
