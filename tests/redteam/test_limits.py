"""Runaway input: alias bombs, deep nesting, byte-order marks, misleading files.

Each case ends in one clear line naming the file (and line), or in the right
result; none runs away with time or memory.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cms_i18n.catalog.po import read_po
from tests.helpers import run
from tests.redteam.helpers import refused, translate

BOMB = ('a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n'
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n'
        'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'
        'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n'
        'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n'
        'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n'
        'title: &t [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n')
DEEP_YAML = "title: " + "[" * 50_000 + "]" * 50_000 + "\n"
PO = Path("locale/es/LC_MESSAGES/content.po")


@pytest.mark.parametrize(("front", "message"), [
    (BOMB, "alias bomb"),
    (DEEP_YAML, "nested too deeply"),
    ("title: &x [*x]\n", "contains it"),
    ("title: 'a\x07b'\n", "front matter: invalid YAML"),
])
def test_hostile_front_matter_is_one_line(site: Path, front: str, message: str) -> None:
    (site / "content" / "bomb.md").write_text(f"---\n{front}---\nBody text.\n",
                                              encoding="utf-8")
    refused(translate(), "bomb.md:", message)
    assert not PO.exists()


def test_an_alias_bomb_in_the_site_config_is_one_line(site: Path) -> None:
    (site / "cms-i18n.yaml").write_text(BOMB.replace("title:", "target_langs:"),
                                        encoding="utf-8")
    refused(run("status"), "cms-i18n.yaml", "alias bomb")


def test_an_alias_bomb_in_a_glossary_is_one_line(site: Path) -> None:
    (site / "glossaries" / "bomb.yaml").write_text(
        BOMB.replace("title:", "concepts:"), encoding="utf-8")
    result = run("glossary", "validate")
    assert result.exit_code != 0
    assert "bomb.yaml:1: " in result.output and "alias bomb" in result.output
    refused(translate(), "bomb.yaml", "alias bomb")


def test_ordinary_anchors_still_work(site: Path) -> None:
    (site / "content" / "anchors.md").write_text(
        "---\ntitle: &t The forum opens\ntags: [*t, *t]\n---\nBody text.\n", encoding="utf-8")
    assert translate().exit_code == 0
    assert "anchors:title" in {e.msgctxt for e in read_po(PO).entries}


def test_a_byte_order_mark_before_front_matter(site: Path) -> None:
    (site / "content" / "bom.md").write_bytes(
        b"\xef\xbb\xbf---\ntitle: The forum opens\nslug: forum\n---\nThe delegates met.\n")
    assert translate().exit_code == 0
    entries = {e.msgctxt: e.msgid for e in read_po(PO).entries}
    assert entries["forum:title"] == "The forum opens"
    assert "forum" in entries and not any("slug:" in m for m in entries.values())
    assert run("apply", "--lang", "es", "--include-fuzzy").exit_code == 0
    written = (site / "content" / "bom.es.md").read_text(encoding="utf-8")
    assert written.count("---\n") == 2 and written.startswith("---\n")
    assert "lang: es" in written


@pytest.mark.parametrize(("term", "shown"), [("CS\\0TO", "U+0000"), ("CS\\aTO", "U+0007"),
                                             ("CS\\u202eTO", "U+202E")])
def test_a_glossary_term_with_a_control_character_is_refused(site: Path, term: str,
                                                             shown: str) -> None:
    (site / "glossaries" / "terms.yaml").write_text(
        "source_lang: en\nconcepts:\n  - id: csto\n"
        f'    names: ["{term}"]\n    targets:\n      es: {{name: OTSC}}\n', encoding="utf-8")
    result = run("glossary", "validate")
    assert result.exit_code != 0 and "terms.yaml:4: " in result.output
    assert shown in result.output
    refused(translate(), "terms.yaml", "control character")
    assert not PO.exists()


@pytest.mark.parametrize(("name", "content"), [
    ("nul.csv", "concept_id,lang,term,kind\ncsto,en,\"CS\x00TO\",full\ncsto,es,OTSC,full\n"),
    ("bell.csv", "concept_id,lang,term,kind\ncsto,en,\"CS\x07TO\",full\ncsto,es,OTSC,full\n"),
])
def test_importing_a_term_with_a_control_character_is_refused(site: Path, name: str,
                                                              content: str) -> None:
    (site / name).write_text(content, encoding="utf-8")
    refused(run("glossary", "import", name), name)
    assert not any((site / "glossaries").iterdir())


def test_tbx_with_a_bidi_override_in_a_term_is_refused(site: Path) -> None:
    (site / "terms.tbx").write_text(
        '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">'
        '<langSec xml:lang="en"><termSec><term>CS&#x202E;TO</term></termSec></langSec>'
        '<langSec xml:lang="es"><termSec><term>OTSC</term></termSec></langSec>'
        '</conceptEntry></body></text></tbx>', encoding="utf-8")
    refused(run("glossary", "import", "terms.tbx"), "terms.tbx:", "U+202E")


def test_a_deeply_nested_tbx_is_one_line(site: Path) -> None:
    depth = 50_000
    (site / "deep.tbx").write_text(
        '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">'
        '<langSec xml:lang="en"><termSec><term>' + "<hi>" * depth + "x" + "</hi>" * depth +
        "</term></termSec></langSec></conceptEntry></body></text></tbx>", encoding="utf-8")
    refused(run("glossary", "import", "deep.tbx"), "deep.tbx:1:", "nested more than")


def test_an_unterminated_csv_quote_names_where_it_starts(site: Path) -> None:
    (site / "terms.csv").write_text(
        'concept_id,lang,term,kind\ncsto,en,CSTO,full\ncsto,es,"OTSC,full\n'
        "sco,en,SCO,full\nsco,es,OCS,full\n", encoding="utf-8")
    refused(run("glossary", "import", "terms.csv"), "terms.csv:3:", "never closed")


def _archive(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _package(metadata: bytes) -> dict[str, bytes]:
    return {"pkg/metadata.json": metadata, "pkg/model/model.bin": b"x",
            "pkg/sentencepiece.model": b"x"}


def test_a_deeply_nested_metadata_json_is_one_line(site: Path, tmp_path: Path) -> None:
    deep = b'{"from_code": "en", "to_code": "es", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    archive = _archive(tmp_path / "deep.argosmodel", _package(deep))
    result = run("models", "install", "--from", str(archive), "--packages-dir",
                 str(tmp_path / "packages"))
    refused(result, "deep.argosmodel", "metadata.json")
    assert not (tmp_path / "packages").exists() or not any((tmp_path / "packages").iterdir())


def test_a_file_and_folder_of_one_name_in_an_archive_is_named(site: Path,
                                                               tmp_path: Path) -> None:
    members = _package(json.dumps({"from_code": "en", "to_code": "es",
                                   "package_version": "1.0"}).encode())
    members["pkg/model"] = b"a file where a folder is"
    archive = _archive(tmp_path / "clash.argosmodel", members)
    refused(run("models", "install", "--from", str(archive), "--packages-dir",
                str(tmp_path / "packages")), "'pkg/model' is both a file and a folder")
