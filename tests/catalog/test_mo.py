"""Compiling to .mo: reviewed entries only by default, readable by Python's gettext."""

from __future__ import annotations

import gettext
import subprocess
from pathlib import Path

import pytest

from cms_i18n.catalog.mo import compile_catalog, mo_messages
from cms_i18n.catalog.po import PoEntry, PoFile, format_po
from cms_i18n.errors import CatalogError
from tests.catalog.helpers import MSGFMT, msgfmt_check
from tests.catalog.test_po import HEADER


def write(tmp_path: Path, entries: list[PoEntry], header: PoEntry = HEADER) -> Path:
    path = tmp_path / "es" / "LC_MESSAGES" / "content.po"
    path.parent.mkdir(parents=True)
    path.write_text(format_po(PoFile(header=header, entries=entries)), encoding="utf-8")
    return path


ENTRIES = [
    PoEntry(msgctxt="doc:title", msgid="Security forum", msgstr="Foro de seguridad"),
    PoEntry(msgctxt="doc", msgid="Draft text", msgstr="Texto borrador", flags=["fuzzy"]),
    PoEntry(msgctxt="doc", msgid="Not yet", msgstr=""),
    PoEntry(msgid="No context", msgstr="Sin contexto"),
    PoEntry(msgctxt="doc", msgid="Gone", msgstr="Ido", obsolete=True),
    PoEntry(msgid="%d delegation", msgid_plural="%d delegations",
            msgstr_plural=["%d delegación", "%d delegaciones", "%d de delegaciones"],
            flags=["c-format"]),
]


def test_only_reviewed_entries_are_compiled(tmp_path: Path) -> None:
    po = write(tmp_path, ENTRIES)
    msgfmt_check(po)
    result = compile_catalog(po)
    assert result.mo_path == po.with_suffix(".mo")
    assert (result.compiled, result.fuzzy, result.untranslated) == (3, 1, 1)
    with result.mo_path.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.pgettext("doc:title", "Security forum") == "Foro de seguridad"
    assert translations.gettext("No context") == "Sin contexto"
    assert translations.pgettext("doc", "Draft text") == "Draft text"     # not published
    assert translations.pgettext("doc", "Gone") == "Gone"
    assert translations.ngettext("%d delegation", "%d delegations", 1) == "%d delegación"
    assert translations.ngettext("%d delegation", "%d delegations", 5) == "%d de delegaciones"
    assert translations.info()["language"] == "es"


def test_include_fuzzy_previews_drafts(tmp_path: Path) -> None:
    po = write(tmp_path, ENTRIES)
    result = compile_catalog(po, tmp_path / "preview.mo", include_fuzzy=True)
    assert result.fuzzy == 0 and result.compiled == 4
    with (tmp_path / "preview.mo").open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.pgettext("doc", "Draft text") == "Texto borrador"


def test_a_recompile_counts_what_the_replaced_mo_held_and_what_a_source_change_made_fuzzy(
        tmp_path: Path) -> None:
    po = write(tmp_path, ENTRIES)
    first = compile_catalog(po)
    assert first.replaced is None and first.made_fuzzy == 0
    assert mo_messages(first.mo_path) == 3
    msgfmt = tmp_path / "msgfmt.mo"
    subprocess.run([MSGFMT, "-o", str(msgfmt), str(po)], check=True)
    assert mo_messages(msgfmt) == 3          # GNU msgfmt's own file reads the same
    # The title's source changed: its reviewed text is now a draft for the new text.
    changed = [PoEntry(msgctxt="doc:title", msgid="Security summit", msgstr="Foro de seguridad",
                       flags=["fuzzy"], previous_msgid="Security forum"), *ENTRIES[1:]]
    po.write_text(format_po(PoFile(header=HEADER, entries=changed)), encoding="utf-8")
    again = compile_catalog(po)
    assert (again.compiled, again.fuzzy, again.made_fuzzy, again.replaced) == (2, 2, 1, 3)
    assert mo_messages(tmp_path / "none.mo") is None
    (tmp_path / "junk.mo").write_bytes(b"not a catalogue at all")
    assert mo_messages(tmp_path / "junk.mo") is None


def test_same_messages_as_gnu_msgfmt(tmp_path: Path) -> None:
    po = write(tmp_path, ENTRIES)
    ours = compile_catalog(po).mo_path
    theirs = tmp_path / "gnu.mo"
    assert MSGFMT
    subprocess.run([MSGFMT, "-o", str(theirs), str(po)], check=True)
    with ours.open("rb") as a, theirs.open("rb") as b:
        mine, gnu = gettext.GNUTranslations(a), gettext.GNUTranslations(b)
    assert mine._catalog == gnu._catalog      # the parsed message tables


def test_unloadable_plural_forms_are_refused_and_nothing_written(tmp_path: Path) -> None:
    header = PoEntry(msgid="", msgstr=HEADER.msgstr.replace(
        "plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);", "plural=n ++ 1;"))
    po = write(tmp_path, ENTRIES[:1], header)
    with pytest.raises(CatalogError, match="does not load"):
        compile_catalog(po)
    assert not po.with_suffix(".mo").exists()


def test_a_header_naming_another_charset_over_utf8_text_compiles_readable_accents(
        tmp_path: Path) -> None:
    """A PO editor's catalogue properties set to ISO-8859-1 over a file whose bytes are
    UTF-8: the catalogue reads as UTF-8, and the .mo said ISO-8859-1, so every site that
    reads it with gettext showed "mÃ¡xima prioridad"."""
    header = PoEntry(msgid="", msgstr=HEADER.msgstr.replace("charset=UTF-8",
                                                            "charset=ISO-8859-1"))
    assert header.msgstr != HEADER.msgstr
    po = write(tmp_path, [PoEntry(msgctxt="d", msgid="Top priority",
                                  msgstr="La “máxima” prioridad en África")], header)
    compile_catalog(po)
    with po.with_suffix(".mo").open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.pgettext("d", "Top priority") == "La “máxima” prioridad en África"
