"""The translation memory: keyed by everything that changes a translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.errors import InputError
from cms_i18n.memory import Memory

KEY = {"engine": "apertium/eng-spa:1", "source_lang": "en", "target_lang": "es",
       "glossary": "g1"}


def test_machine_translations_persist(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    with Memory(path) as memory:
        memory.store([("Hello.", "Hola.", -0.5, ["note"], [])], **KEY)
    with Memory(path) as memory:
        found = memory.lookup(["Hello.", "Bye."], **KEY)
    assert set(found) == {"Hello."}
    hit = found["Hello."]
    assert (hit.target, hit.origin, hit.score, hit.notes) == ("Hola.", "machine", -0.5, ("note",))


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


def test_cleaning_results_are_remembered(tmp_path: Path) -> None:
    from cms_i18n.document import Fix
    from cms_i18n.memory import cleaning_key

    key = cleaning_key("cleaner-v1", ("opts",), "Нeads of state")
    fix = Fix("homoglyph", "Нeads", "Heads", 1, "look-alike")
    with Memory(tmp_path / "tm.sqlite") as memory:
        memory.store_cleaned([(key, "Heads of state", [fix])])
    with Memory(tmp_path / "tm.sqlite") as memory:
        assert memory.cleaned([key]) == {key: ("Heads of state", (fix,))}
        other = cleaning_key("cleaner-v2", ("opts",), "Нeads of state")
        assert memory.cleaned([other]) == {}
