"""The translation memory: keyed by everything that changes a translation, the same
in an SQLite file and in a PostgreSQL database shared by workers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest

from cms_i18n.config import load_settings
from cms_i18n.errors import ConfigError, InputError
from cms_i18n.memory import SCHEMA_VERSION, Memory


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.service)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a persistent memory lives: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "tm.sqlite")
    return str(request.getfixturevalue("postgres_url"))


KEY = {"engine": "apertium/eng-spa:1", "source_lang": "en", "target_lang": "es",
       "glossary": "g1"}


def test_machine_translations_persist(location: str) -> None:
    with Memory(location) as memory:
        memory.store([("Hello.", "Hola.", -0.5, ["note"], [])], **KEY)
    with Memory(location) as memory:
        found = memory.lookup(["Hello.", "Bye."], **KEY)
    assert set(found) == {"Hello."}
    hit = found["Hello."]
    assert (hit.target, hit.origin, hit.score, hit.notes) == ("Hola.", "machine", -0.5, ("note",))


def test_a_purged_translation_is_not_reused_and_still_known_as_the_machine_s(
        location: str) -> None:
    """``memory purge`` makes the next run translate again; what it purged is still
    cms-i18n's own text when a catalogue holds it, never an editor's."""
    with Memory(location) as memory:
        memory.store([("Hello.", "Hola.", None, [], [])], **KEY)
        assert memory.purge(engine="apertium") == 1
    with Memory(location) as memory:
        assert memory.lookup(["Hello."], **KEY) == {}
        authorship = memory.authorship("content/es", source_lang="en", target_lang="es")
        assert authorship.machine_wrote is not None and authorship.machine_outputs is not None
        assert authorship.machine_wrote("Hola.") and not authorship.machine_wrote("Buenas.")
        assert set(authorship.machine_outputs("Hello.")) == {"Hola."}
        assert memory.purge(engine="apertium") == 0


@pytest.mark.parametrize("change", [{"engine": "argos/x"}, {"target_lang": "fr"},
                                    {"glossary": "g2"}])
def test_any_key_change_misses(change: dict[str, str]) -> None:
    with Memory(None) as memory:
        memory.store([("Hello.", "Hola.", None, [], [])], **KEY)
        assert memory.lookup(["Hello."], **{**KEY, **change}) == {}


def test_reviewed_ranks_above_machine() -> None:
    with Memory(None) as memory:
        memory.store([("Hello.", "Hola.", None, [], [])], **KEY)
        memory.add_reviewed([("Hello.", "¡Hola!")], source_lang="en", target_lang="es")
        hit = memory.lookup(["Hello."], **KEY)["Hello."]
        assert (hit.target, hit.origin) == ("¡Hola!", "reviewed")
        assert memory.stats() == {"machine": 1, "reviewed": 1}


def test_corrupt_memory_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError, match="not a usable translation memory"):
        Memory(path)


def test_cleaning_results_are_remembered(location: str) -> None:
    from cms_i18n.clean.cache import cleaning_key
    from cms_i18n.document import Fix

    key = cleaning_key("cleaner-v1", ("opts",), "Нeads of state")
    fix = Fix("homoglyph", "Нeads", "Heads", 1, "look-alike")
    with Memory(location) as memory:
        memory.store_cleaned([(key, "Heads of state", [fix])])
    with Memory(location) as memory:
        assert memory.cleaned([key]) == {key: ("Heads of state", (fix,))}
        other = cleaning_key("cleaner-v2", ("opts",), "Нeads of state")
        assert memory.cleaned([other]) == {}


def test_storing_twice_keeps_the_first_translation(location: str) -> None:
    # A task run again after its worker died stores the same units again.
    with Memory(location) as memory:
        memory.store([("Hello.", "Hola.", -0.25, [], [])], **KEY)
        memory.store([("Hello.", "Buenas.", -0.75, [], []), ("Bye.", "Adiós.", None, [], [])],
                     **KEY)
        found = memory.lookup(["Hello.", "Bye."], **KEY)
        assert {s: (h.target, h.score) for s, h in found.items()} == {
            "Hello.": ("Hola.", -0.25), "Bye.": ("Adiós.", None)}
        assert memory.stats()["machine"] == 2


def test_an_editor_changing_a_reviewed_translation_replaces_it(location: str) -> None:
    with Memory(location) as memory:
        memory.add_reviewed([("Hello.", "Hola.")], source_lang="en", target_lang="es")
        memory.add_reviewed([("Hello.", "¡Hola!")], source_lang="en", target_lang="es")
        assert memory.lookup_reviewed(["Hello."], source_lang="en",
                                      target_lang="es")["Hello."].target == "¡Hola!"


def test_two_connections_share_one_memory(location: str) -> None:
    # What one worker stores, another (or the coordinator) reads at once.
    with Memory(location) as writer, Memory(location) as reader:
        writer.store([("Hello.", "Hola.", None, [], [])], **KEY)
        writer.record_chunk("chunk-1", "done", 3)
        assert set(reader.lookup(["Hello."], **KEY)) == {"Hello."}
        assert reader.chunk_states(["chunk-1", "chunk-2"])["chunk-1"].units == 3


def test_a_failed_chunk_can_be_tried_again(location: str) -> None:
    with Memory(location) as memory:
        memory.record_chunk("a", "failed", 0, "engine crashed")
        memory.record_chunk("b", "done", 2)
        memory.forget_failed_chunks(["a", "b"])
        assert set(memory.chunk_states(["a", "b"])) == {"b"}


def test_a_chunk_is_claimed_by_one_worker_at_a_time(location: str) -> None:
    with Memory(location) as one, Memory(location) as two:
        assert one.claim_chunk("c", "host:1", take_over=False, stale=600)
        assert one.claim_chunk("c", "host:1", take_over=False, stale=600)   # its own again
        assert not two.claim_chunk("c", "host:2", take_over=False, stale=600)  # a copy
        assert two.chunk_states(["c"])["c"].state == "running"
        # The message of a worker that died comes back redelivered and takes over.
        assert two.claim_chunk("c", "host:2", take_over=True, stale=600)
        assert not one.claim_chunk("c", "host:1", take_over=False, stale=600)
        assert one.claim_chunk("c", "host:1", take_over=False, stale=0)     # left stale
        one.release_chunk("c", "host:1")                                  # retried
        assert two.claim_chunk("c", "host:2", take_over=False, stale=600)
        two.record_chunk("c", "done", 4)
        assert not one.claim_chunk("c", "host:1", take_over=True, stale=0)  # done is done
        assert one.chunk_states(["c"])["c"].units == 4


def test_many_sources_are_looked_up_in_batches(location: str) -> None:
    sources = [f"Sentence number {n}." for n in range(1234)]
    with Memory(location) as memory:
        memory.store([(s, s.upper(), None, [], []) for s in sources], **KEY)
        found = memory.lookup(sources, **KEY)
    assert len(found) == 1234 and found["Sentence number 7."].target == "SENTENCE NUMBER 7."


@pytest.mark.service
def test_an_unreachable_database_is_one_clear_error(postgres_server: object) -> None:
    from tests.support.services import free_port

    url = f"postgresql://someone:secret@127.0.0.1:{free_port()}/tm"
    with pytest.raises(ConfigError, match="cannot connect to the translation memory") as error:
        Memory(url)
    assert "secret" not in str(error.value) and "someone:***@" in str(error.value)


def test_a_database_url_is_not_taken_for_a_path(tmp_path: Path) -> None:
    (tmp_path / "cms-i18n.yaml").write_text(
        "memory: postgresql://tm@db.example:5432/tm\n", encoding="utf-8")
    settings = load_settings(tmp_path / "cms-i18n.yaml")
    assert settings["memory"] == "postgresql://tm@db.example:5432/tm"


def test_editor_texts_and_what_was_written_persist(location: str) -> None:
    from cms_i18n.catalog.merge import EditorText, Written

    with Memory(location) as memory:
        memory.store([("Hello.", "Hola.", None, [], [])], **KEY)
        memory.add_editor_texts([EditorText("doc", "Hello.", "¡Hola!", False)],
                                source_lang="en", target_lang="es")
        memory.add_editor_texts([EditorText("doc", "Hello.", "¡Hola!", True),
                                 EditorText("doc", "Bye.", "Adiós.", False)],
                                source_lang="en", target_lang="es")
        memory.record_written("es/LC_MESSAGES/content.po",
                              {("doc", "Hello."): Written("Hola.", True, None)})
        memory.record_written("es/LC_MESSAGES/content.po",
                              {("doc", "Hello."): Written("¡Hola!", False, "Hi.")})
    with Memory(location) as memory:
        texts = memory.editor_texts(source_lang="en", target_lang="es")
        authorship = memory.authorship("es/LC_MESSAGES/content.po", source_lang="en",
                                       target_lang="es")
        outputs = authorship.machine_outputs
        assert outputs is not None and outputs("Hello.") == {"Hola."}
    # A draft later seen approved is recorded as reviewed; nothing is recorded twice.
    assert sorted((t.source, t.text, t.reviewed) for t in texts) == [
        ("Bye.", "Adiós.", False), ("Hello.", "¡Hola!", True)]
    assert authorship.written == {("doc", "Hello."): Written("¡Hola!", False, "Hi.")}


# -- the layout's versions ---------------------------------------------------------

@contextmanager
def raw_database(location: str) -> Iterator[Callable[..., list[tuple[Any, ...]]]]:
    """Statements run straight on the memory's database, as another program would."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:
            yield lambda sql, params=None: (
                lambda cursor: cursor.fetchall() if cursor.description else [])(
                pg.execute(sql.replace("?", "%s"), params))
    else:
        db = sqlite3.connect(location)
        try:
            with db:
                yield lambda sql, params=(): db.execute(sql, params).fetchall()
        finally:
            db.close()


def as_first_layout(location: str) -> None:
    """Take a memory back to layout version 1: what a whole document showed kept in
    ``cleaned``, its codecs as a JSON list in the text column."""
    with raw_database(location) as sql:
        for key, codecs, fixes in sql("SELECT key, codecs, fixes FROM cleaned_documents"):
            sql("INSERT INTO cleaned VALUES (?,?,?)", [key, codecs, fixes])
        sql("DROP TABLE cleaned_documents")
        sql("DROP TABLE schema_version")


def test_a_memory_of_the_first_layout_is_upgraded_when_opened(location: str) -> None:
    from cms_i18n.document import Fix

    Memory(location).close()
    as_first_layout(location)
    dropped = Fix("chrome", "Read more", "", 7, "related stories")
    heads = Fix("homoglyph", "Нeads", "Heads", 1, "look-alike")
    with raw_database(location) as sql:
        for row in [("document", '["cp1252"]', json.dumps([list(astuple(dropped))])),
                    ("unit", "Heads of state", json.dumps([list(astuple(heads))])),
                    ("note", "[Editor's note] Heads of state met.", "[]")]:
            sql("INSERT INTO cleaned VALUES (?,?,?)", list(row))
    keys = ["document", "unit", "note"]
    with Memory(location) as memory:
        assert memory.cleaned_documents(keys) == {"document": (("cp1252",), (dropped,), False)}
        assert memory.cleaned(keys) == {
            "unit": ("Heads of state", (heads,)),
            "note": ("[Editor's note] Heads of state met.", ())}
    with raw_database(location) as sql:
        assert sql("SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    with Memory(location) as memory:        # opened again: nothing more to do
        assert memory.cleaned_documents(keys) == {"document": (("cp1252",), (dropped,), False)}


def test_a_document_cleaned_the_first_way_is_not_cleaned_again(location: str) -> None:
    from cms_i18n.document import Document
    from cms_i18n.pipeline import prepare_document
    from tests.test_pipeline_cleaning import FIRST, LONE

    # (a Markdown page: its paragraphs are cleaned one by one with the page's evidence;
    # a plain-text page's replay the fixes remembered with it)
    document = Document("meeting", None, "markdown", f"{FIRST}\n\n{LONE}\n")
    with Memory(location) as memory:
        before = prepare_document(document, {}, memory).units
    with raw_database(location) as sql:
        [(key, codecs)] = sql("SELECT key, codecs FROM cleaned_documents")
    as_first_layout(location)
    with raw_database(location) as sql:
        # Proof that the remembered evidence is what counts: without the codecs the
        # first paragraph shows, the lone sequence of the second stays as it is.
        sql("UPDATE cleaned SET text = '[]' WHERE key = ?", [key])
        sql("DELETE FROM cleaned WHERE key <> ?", [key])
    with Memory(location) as memory:
        after = prepare_document(document, {}, memory).units
    assert json.loads(codecs) and before[1].source == "Recep Tayyip Erdoğan sent an envoy."
    assert after[1].source == LONE
    assert after[0].source == before[0].source


def test_a_document_s_join_verdict_kept_as_a_fix_becomes_its_own_column(location: str) -> None:
    """Layout 2 kept a document's verdict on its wrapped lines as a line-join fix among
    its chrome lines; opened by this version, the verdict has its column and reads yes."""
    from cms_i18n.document import Fix

    Memory(location).close()
    joined = Fix("whitespace", "", " of the text", 3, "line break inside a sentence joined")
    dropped = Fix("chrome", "Read more", "", 7, "related stories")
    with raw_database(location) as sql:
        sql("ALTER TABLE cleaned_documents DROP COLUMN unwrap")
        sql("DELETE FROM schema_version")
        sql("INSERT INTO schema_version VALUES (?)", [2])
        for key, fixes in [("scraped", [dropped, joined]), ("book", [dropped])]:
            sql("INSERT INTO cleaned_documents VALUES (?,?,?)",
                [key, "[]", json.dumps([list(astuple(fix)) for fix in fixes])])
    with Memory(location) as memory:
        remembered = memory.cleaned_documents(["scraped", "book"])
    assert remembered["scraped"][2] is True and remembered["book"][2] is False
    assert remembered["book"][1] == (dropped,)
    with raw_database(location) as sql:
        assert sql("SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]


def test_a_memory_of_a_later_layout_is_refused(location: str) -> None:
    Memory(location).close()
    with raw_database(location) as sql:
        sql("DELETE FROM schema_version")
        sql("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION + 1])
    with pytest.raises(InputError) as refused:
        Memory(location)
    assert f"layout version {SCHEMA_VERSION + 1}" in refused.value.format()
    assert "\n" not in refused.value.format()
