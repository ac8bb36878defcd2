"""Fuzzing: the readers never raise anything but a clean error, never hang, round-trip.

Hypothesis drives the PO reader, the reference encoder, the segmenters, front
matter, the bounded YAML reader and the three glossary loaders with text built
from the characters that break parsers (quotes, backslashes, escapes, brackets,
control characters, line breaks, anchors and aliases, markup).  The cleaner has
its own properties in ``tests/clean/test_clean_properties.py``.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_i18n import safeyaml
from cms_i18n.catalog.po import (
    PoEntry,
    PoFile,
    decode_po,
    format_entry,
    format_reference,
    parse_po,
)
from cms_i18n.content.files import FileSource
from cms_i18n.errors import UserError
from cms_i18n.glossary.load import read_file
from cms_i18n.segment import rebuild, segment

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

_PIECES = ['"', "\\", "\\n", "\\x", "\\U00110000", "\\777", "\\xD800", "msgid", "msgstr",
           "msgctxt", "msgid_plural", "msgstr[0]", "#", "#:", "#,", "#.", "#|", "#~", "fuzzy",
           "\n", "\r", "\t", "\x00", "\x07", "\u2028", "\u202e", "\u2068", "\ufeff", " ",
           "a", "é", "Ж", "%", "%0A", ":", "[", "]", "{", "}", "&a", "*a", "<<", "---",
           "- ", ": ", "<p>", "</p>", "<div>", "</div>", "<b>", "<!--", "-->", "<script>",
           "```", "# ", "> ", "* ", "1. ", "|", "<", ">", "&amp;", "charset=", "base64"]
soup = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)),
                max_size=60).map("".join)


@FUZZ
@given(soup)
def test_the_po_reader_gives_a_catalog_or_a_clean_error(text: str) -> None:
    for candidate in (text, f'msgid ""\nmsgstr ""\n\n{text}', f'msgid "{text}"\nmsgstr "x"\n'):
        try:
            parse_po(candidate, "fuzz.po")
        except UserError as exc:
            assert "\n" not in exc.message.strip()


@FUZZ
@given(st.binary(max_size=300), st.sampled_from(["UTF-8", "base64", "rot13", "UTF-16",
                                                 "latin-1", "NO-SUCH", "zlib"]))
def test_po_bytes_in_any_charset_decode_or_fail_cleanly(data: bytes, charset: str) -> None:
    head = f'msgid ""\nmsgstr "Content-Type: text/plain; charset={charset}\\n"\n'.encode()
    with contextlib.suppress(UserError):
        parse_po(decode_po(head + data, "fuzz.po"), "fuzz.po")


# Any text a catalogue can hold: every character but NUL, which the reader refuses (a
# compiled catalogue would cut the string there) and no run writes.
_HELD = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
entries = st.builds(
    PoEntry, msgid=st.text(_HELD, min_size=1, max_size=40), msgstr=st.text(_HELD, max_size=40),
    msgctxt=st.one_of(st.none(), st.text(_HELD, max_size=20)),
    translator_comments=st.lists(st.text(max_size=20).map(lambda t: " ".join(t.split())),
                                 max_size=2),
    references=st.lists(st.builds(format_reference, st.text(min_size=1, max_size=20),
                                  st.one_of(st.none(), st.integers(1, 10**6))), max_size=3,
                       unique=True))     # the writer names a reference once, as msgcat does


@FUZZ
@given(st.lists(entries, max_size=5, unique_by=lambda e: (e.msgctxt, e.msgid)))
def test_written_entries_read_back_the_same(items: list[PoEntry]) -> None:
    header = PoEntry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n")
    text = "\n".join(format_entry(e) for e in [header, *items])
    back = parse_po(text, "fuzz.po")
    assert [(e.msgctxt, e.msgid, e.msgstr, e.references) for e in back.entries] == [
        (e.msgctxt, e.msgid, e.msgstr, e.references) for e in items]


@FUZZ
@given(st.text(min_size=1, max_size=40) | st.binary(min_size=1, max_size=20).map(
    lambda b: b.decode("utf-8", "surrogateescape")), st.one_of(st.none(), st.integers(1, 999)))
def test_any_file_name_is_one_reference_on_one_line(name: str, line: int | None) -> None:
    ref = format_reference(name, line)
    assert "\n" not in ref and "\r" not in ref
    ref.encode("utf-8")                               # no lone surrogate left
    po = PoFile(header=None, entries=[PoEntry(msgid="x", references=[ref, "b.txt:2"])])
    text = "\n".join(format_entry(e) for e in po.entries)
    assert parse_po(text, "fuzz.po").entries[0].references == [ref, "b.txt:2"]


@FUZZ
@given(soup, st.sampled_from(["text", "markdown", "html"]))
def test_segments_are_exact_spans_and_rebuild_the_body(body: str, fmt: str) -> None:
    found = segment(body, fmt)
    position = 0
    for seg in found:
        assert body[seg.start:seg.end] == seg.text
        assert seg.start >= position
        position = seg.end
    assert rebuild(body, found, [None] * len(found)) == body


@FUZZ
@given(soup)
def test_front_matter_gives_a_document_or_a_clean_error(front: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.md"
        path.write_text(f"---\n{front}\n---\nBody.\n", encoding="utf-8")
        try:
            document = FileSource({"content_dir": folder}).read(path)
        except UserError as exc:
            assert "\n" not in exc.format()
            return
        assert document.body.endswith("Body.\n")


@FUZZ
@given(soup)
def test_bounded_yaml_loads_or_raises_a_yaml_error(text: str) -> None:
    with contextlib.suppress(yaml.YAMLError):
        safeyaml.safe_load(text)


@pytest.mark.parametrize("text", ['"\\U00110000"', "day: 2020-13-45"])
def test_values_pyyaml_cannot_build_are_yaml_errors(text: str) -> None:
    with pytest.raises(yaml.YAMLError, match="a value that cannot be read"):
        safeyaml.safe_load(text)


@FUZZ
@given(soup, st.sampled_from([".yaml", ".csv", ".tbx"]))
def test_glossary_loaders_give_concepts_or_a_clean_error(text: str, suffix: str) -> None:
    starts = {".yaml": "source_lang: en\nconcepts:\n", ".csv": "concept_id,lang,term,kind\n",
              ".tbx": '<?xml version="1.0"?><tbx xml:lang="en"><text><body>'}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"terms{suffix}"
        path.write_bytes((starts[suffix] + text).encode("utf-8", "surrogatepass"))
        try:
            read_file(path)
        except UserError as exc:
            assert "\n" not in exc.message.strip()
