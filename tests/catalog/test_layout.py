"""Catalogues per section or per document: written by translate, read by status, check,
compile and apply exactly like the one catalogue per language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.layout import shard_of
from cms_i18n.document import Document
from cms_i18n.errors import InputError
from tests.helpers import entries, make_site, msgfmt_check, run
from tests.support.corpus import write_corpus

LOCALE = Path("locale/es/LC_MESSAGES")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    write_corpus(tmp_path / "content", 6, sections=3, paragraphs=2)
    (tmp_path / "content" / "front.txt").write_text("The summit opens in Moscow today.\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return tmp_path


def configure(layout: str) -> None:
    Path("cms-i18n.yaml").write_text(f"content_dir: content\ncatalogue_layout: {layout}\n")


@pytest.mark.engine
def test_one_catalog_per_section(site: Path) -> None:
    configure("section")
    result = run("translate", "--lang", "es", "--engine", "apertium", "--quiet")
    assert result.exit_code == 0, result.output
    assert "4 catalogues under locale/es/LC_MESSAGES/content" in result.output
    shards = sorted(p.relative_to(LOCALE).as_posix() for p in LOCALE.rglob("*.po"))
    assert shards == ["content.po", "content/section-00.po", "content/section-01.po",
                      "content/section-02.po"]
    assert Path("locale/content/section-01.pot").is_file()
    for path in LOCALE.rglob("*.po"):
        msgfmt_check(path)
    assert {e.msgctxt for e in entries(LOCALE / "content" / "section-01.po")} == {
        "section-01/doc-00001", "section-01/doc-00004"}
    assert {e.msgctxt for e in entries(LOCALE / "content.po")} == {"front"}

    status = json.loads(run("status", "--json").output)
    documents = {d["document"] for c in status["catalogues"] for d in c["documents"]}
    assert len(status["catalogues"]) == 4 and len(documents) == 7
    assert run("check", "--lang", "es").exit_code == 0
    compiled = run("compile", "--include-fuzzy")
    assert compiled.exit_code == 0 and compiled.output.count("es: ") == 4
    assert (LOCALE / "content" / "section-02.mo").is_file()
    applied = run("apply", "--lang", "es", "--include-fuzzy")
    assert applied.exit_code == 0 and "7 documents written" in applied.output
    spanish = Path("content/section-02/doc-00002.es.txt").read_text(encoding="utf-8")
    assert "Oficiales de seguridad" in spanish and "Security officials" not in spanish


@pytest.mark.engine
def test_one_catalog_per_document_and_the_same_entries(site: Path) -> None:
    configure("language")
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    whole = {(e.msgctxt, e.msgid): e.msgstr for e in entries(LOCALE / "content.po")}
    configure("document")
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    shards = sorted(LOCALE.glob("content/**/*.po"))
    assert len(shards) == 7 and (LOCALE / "content" / "section-00" / "doc-00003.po").is_file()
    split = {(e.msgctxt, e.msgid): e.msgstr for p in shards for e in entries(p)}
    assert split == whole


@pytest.mark.engine
def test_only_the_changed_section_is_built_again(site: Path) -> None:
    configure("section")
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    untouched = (LOCALE / "content" / "section-00.po").stat().st_mtime_ns
    doc = Path("content/section-01/doc-00004.txt")
    doc.write_text(doc.read_text() + "\nA new paragraph about the summit.\n")
    again = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert again.exit_code == 0
    assert "5 unchanged" in again.output and " 1 translated" in again.output
    assert (LOCALE / "content" / "section-00.po").stat().st_mtime_ns == untouched
    assert "A new paragraph" in (LOCALE / "content" / "section-01.po").read_text()


@pytest.mark.parametrize("doc_id", ["../escape", "a/../../b", ".hidden/x", "a//b"])
def test_a_document_id_that_cannot_be_a_file_name_is_refused(doc_id: str) -> None:
    document = Document(id=doc_id, path=Path("x.txt"), format="text", body="Hello.")
    with pytest.raises(InputError, match="cannot name a catalogue file"):
        shard_of(document, "document")


def test_an_unknown_layout_is_one_clear_error(site: Path) -> None:
    configure("chapter")
    result = run("translate", "--lang", "es", "--engine", "apertium")
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "cms-i18n.yaml:2: setting " \
        "'catalogue_layout' must be one of language, section, document" in result.output


@pytest.mark.engine
@pytest.mark.parametrize("layout", ["document", "section"])
def test_chunks_span_catalogs_and_write_what_one_document_a_chunk_writes(
        site: Path, layout: str) -> None:
    """Chunks of several documents whatever the layout: the same catalogues, byte for
    byte, as one document per chunk, an editor's review included, and a "Security
    Council" read in each document as when it was a chunk of its own."""
    shutil.rmtree(site / "content")
    write_corpus(site / "content", 40, sections=2, paragraphs=5)
    written = {}
    for chunk in (1, 4):
        for path in (site / "locale", site / ".cms-i18n"):
            if path.exists():
                shutil.rmtree(path)
        Path("cms-i18n.yaml").write_text(f"content_dir: content\ncatalogue_layout: {layout}"
                                         f"\nchunk_documents: {chunk}\n")
        assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
        first = sorted(LOCALE.rglob("*.po"))[1]
        catalog = polib.pofile(str(first))
        catalog[0].msgstr, catalog[0].flags = "Revisado por una editora.", []
        catalog.save()
        result = run("translate", "--lang", "es", "--engine", "apertium")
        assert result.exit_code == 0 and " 1 reviewed" in result.output
        written[chunk] = {p.as_posix(): p.read_bytes()
                          for p in sorted(Path("locale").rglob("*.po*"))}
    assert len(written[4]) >= 4 and written[4] == written[1]


APPROVED = "Las conversaciones se reanudan en Minsk, según fuentes oficiales."
DRAFTED = "El foro se abre el lunes (borrador del editor)."


def _story(folder: Path, slug: str, *paragraphs: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.md").write_text(f"---\nslug: {slug}\n---\n\n" + "\n\n".join(paragraphs)
                                       + "\n", encoding="utf-8")


def _edit(po: Path) -> None:
    """An editor approves one translation of their own and leaves another as a draft."""
    catalog = polib.pofile(str(po))
    for entry in catalog:
        if entry.msgid.startswith("Talks resume in Minsk"):
            entry.msgstr, entry.flags = APPROVED, []
        elif entry.msgid.startswith("The forum opens"):
            entry.msgstr = DRAFTED                  # still fuzzy
    catalog.save()


@pytest.fixture
def moving_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stories whose ids are their slugs, so a story keeps its id when its folder moves."""
    make_site(tmp_path, content=None)
    _story(tmp_path / "content" / "world", "talks", "Talks resume in Minsk, officials say.",
           "The forum opens on Monday.")
    _story(tmp_path / "content" / "world", "summit", "The summit ends on Friday.")
    _story(tmp_path / "content" / "sport", "final", "The final is on Sunday.")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    configure("section")
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0
    _edit(LOCALE / "content" / "world.po")
    return tmp_path


def _live(po: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in entries(po)}


def _carried_over(po: Path) -> None:
    moved = _live(po)
    assert moved["Talks resume in Minsk, officials say."].msgstr == APPROVED
    assert not moved["Talks resume in Minsk, officials say."].fuzzy
    assert moved["The forum opens on Monday."].msgstr == DRAFTED
    assert moved["The forum opens on Monday."].fuzzy
    msgfmt_check(po)


@pytest.mark.engine
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_renamed_section_takes_its_editors_work_to_its_new_catalog(
        moving_site: Path, jobs: str) -> None:
    shutil.move("content/world", "content/international")
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    assert "1 reviewed" in result.output and "1 editor draft kept" in result.output
    _carried_over(LOCALE / "content" / "international.po")
    # The old file keeps what it held, obsolete, so nothing reads it twice; its template,
    # which only the product writes, is gone.
    old = polib.pofile(str(LOCALE / "content" / "world.po"))
    assert [e for e in old if not e.obsolete] == []
    assert APPROVED in {e.msgstr for e in old.obsolete_entries()}
    assert not Path("locale/content/world.pot").exists()
    assert "content/world.po holds no document any more" in result.output

    status = json.loads(run("status", "--json").output)
    reviewed = {c["catalogue"]: c["total"]["reviewed"] for c in status["catalogues"]
                if c.get("catalogue") and c["total"]["reviewed"]}
    assert reviewed == {"international": 1}, status
    applied = run("apply", "--lang", "es")
    assert applied.exit_code == 0, applied.output
    assert APPROVED in Path("content/international/talks.es.md").read_text(encoding="utf-8")

    # Nothing moves again: the next run leaves every catalogue as it is.
    again = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert "3 unchanged" in again.output and "holds no document" not in again.output
    _carried_over(LOCALE / "content" / "international.po")


@pytest.mark.engine
def test_a_story_moved_to_another_section_takes_its_editors_work_along(
        moving_site: Path) -> None:
    shutil.move("content/world/talks.md", "content/sport/talks.md")
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert result.exit_code == 0, result.output
    _carried_over(LOCALE / "content" / "sport.po")
    assert "Talks resume in Minsk, officials say." not in _live(LOCALE / "content" / "world.po")
    assert set(_live(LOCALE / "content" / "world.po")) == {"The summit ends on Friday."}


@pytest.mark.engine
def test_going_back_to_one_catalog_per_language_keeps_the_editors_work(
        moving_site: Path) -> None:
    configure("language")
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert result.exit_code == 0, result.output
    _carried_over(LOCALE / "content.po")
    for shard in ("world", "sport"):
        assert entries(LOCALE / "content" / f"{shard}.po") == []
