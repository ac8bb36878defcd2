"""Hostile catalogues: escapes beyond Unicode, charsets that are not text encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from tests.helpers import run
from tests.redteam.helpers import refused


@pytest.fixture
def catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    po, pot = catalog_paths(Path("locale"), "es", "content")
    update_catalog(po, [CatalogEntry("a", "Hello.", "Hola.")], lang="es", domain="content",
                   pot_path=pot)
    return po


@pytest.mark.parametrize("escape", [r"\x110000", r"\xD800", r"\xDFFF",
                                    r"\x" + "F" * 40])
@pytest.mark.parametrize("command", ["status", "check", "compile"])
def test_an_escape_that_is_not_a_character_is_one_line(catalog: Path, escape: str,
                                                       command: str) -> None:
    before = catalog.read_bytes()
    catalog.write_bytes(before + f'\nmsgid "x"\nmsgstr "{escape}"\n'.encode())
    msgstr_line = before.count(b"\n") + 3
    result = run(command)
    # check too: a file that does not parse is an error, not a graded finding.
    refused(result, f"content.po:{msgstr_line}: ", "is not a character")
    assert result.exit_code == 1


def test_escapes_within_unicode_still_read(catalog: Path) -> None:
    catalog.write_bytes(catalog.read_bytes() + b'\nmsgid "x"\nmsgstr "\\x41\\101\\x10FFFF"\n')
    assert run("status").exit_code == 0


@pytest.mark.parametrize("charset", ["base64", "rot13", "zlib", "hex", "bz2", "uu"])
def test_a_charset_that_is_not_a_text_encoding_is_one_line(catalog: Path,
                                                           charset: str) -> None:
    data = catalog.read_bytes().replace(b"charset=UTF-8", f"charset={charset}".encode())
    catalog.write_bytes(data + b'\nmsgid "y"\nmsgstr "\xff"\n')   # not UTF-8: charset used
    refused(run("status"), "content.po", f"charset {charset!r}", "not a text encoding")
    Path("page.txt").write_text("Hello.\n", encoding="utf-8")
    refused(run("translate", "--lang", "es", "--source", "page.txt"), "not a text encoding")
    assert catalog.read_bytes().endswith(b'msgstr "\xff"\n')


def test_an_unknown_charset_is_one_line(catalog: Path) -> None:
    data = catalog.read_bytes().replace(b"charset=UTF-8", b"charset=NO-SUCH-99")
    catalog.write_bytes(data + b'\nmsgid "y"\nmsgstr "\xff"\n')
    refused(run("status"), "NO-SUCH-99")
