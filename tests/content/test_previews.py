"""The record of previews ``apply --include-fuzzy`` wrote, and what a later run may
take away: only a file a preview created, still as the preview wrote it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cms_i18n.content.previews import RECORD, ApplyRecord, fingerprint


def _preview(root: Path, *files: Path, created: bool = True, lang: str = "es") -> None:
    record = ApplyRecord(root)
    record.settle(lang, preview=True, targets=files,
                  created={f.resolve() for f in files} if created else set())
    assert record.save() is None


def test_only_an_untouched_file_a_preview_created_is_taken_away(tmp_path: Path) -> None:
    created, edited = tmp_path / "a.es.txt", tmp_path / "b.es.txt"
    created.write_text("Borrador.\n", encoding="utf-8")
    edited.write_text("Borrador.\n", encoding="utf-8")
    _preview(tmp_path, created, edited)
    edited.write_text("Revisado.\n", encoding="utf-8")
    record = ApplyRecord(tmp_path)
    settled = record.settle("es", preview=False, targets=[], created=set())
    assert settled.removed == [str(created)] and not created.exists()
    assert edited.read_text(encoding="utf-8") == "Revisado.\n"
    assert [w.split(":")[0] for w in settled.warnings] == [str(edited)]
    assert record.save() is None and not (tmp_path / RECORD).exists()   # nothing left


def test_a_file_written_again_by_the_later_run_is_published_not_a_preview(
        tmp_path: Path) -> None:
    page = tmp_path / "a.es.txt"
    page.write_text("Borrador.\n", encoding="utf-8")
    _preview(tmp_path, page)
    record = ApplyRecord(tmp_path)
    settled = record.settle("es", preview=False, targets=[page], created=set())
    assert settled.removed == [] and settled.warnings == [] and page.exists()
    assert record.entries == {}


def test_another_language_and_an_unreadable_record_remove_nothing(tmp_path: Path) -> None:
    page = tmp_path / "a.pt.txt"
    page.write_text("Rascunho.\n", encoding="utf-8")
    _preview(tmp_path, page, lang="pt")
    settled = ApplyRecord(tmp_path).settle("es", preview=False, targets=[], created=set())
    assert settled.removed == [] and page.exists()
    (tmp_path / RECORD).write_text("{not json", encoding="utf-8")
    settled = ApplyRecord(tmp_path).settle("pt", preview=False, targets=[], created=set())
    assert settled.removed == [] and page.exists()      # no record: nothing is known


def test_an_unreadable_record_is_named_and_set_aside_never_written_over(tmp_path: Path) -> None:
    # A merge left its conflict markers in the record: the next apply says so, with the
    # line, and keeps the broken file beside the new record, for whoever can mend it.
    page = tmp_path / "a.es.txt"
    page.write_text("Borrador.\n", encoding="utf-8")
    _preview(tmp_path, page)
    broken = "<<<<<<< HEAD\n" + (tmp_path / RECORD).read_text(encoding="utf-8")
    (tmp_path / RECORD).write_text(broken, encoding="utf-8")
    record = ApplyRecord(tmp_path)
    warning = record.unreadable_warning()
    assert warning is not None
    assert warning.startswith(f"{tmp_path / RECORD}: the record of what apply wrote could "
                              "not be read (line 1: a merge's conflict marker: the file "
                              "holds a merge not resolved yet)")
    assert "set aside as apply.json.unreadable" in warning and "stay where" in warning
    record.wrote(page, b"Publicado.\n")
    assert record.save() is None
    assert (tmp_path / ".cms-i18n" / "apply.json.unreadable").read_text(
        encoding="utf-8") == broken
    assert ApplyRecord(tmp_path).unreadable_warning() is None    # the new one reads


def test_the_record_names_files_from_the_site_folder_and_holds_in_a_copy(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    page = site / "content" / "a.es.txt"
    page.parent.mkdir(parents=True)
    page.write_text("Publicado.\n", encoding="utf-8")
    record = ApplyRecord(site)
    record.wrote(page, page.read_bytes())
    assert record.save() is None
    saved = json.loads((site / RECORD).read_text(encoding="utf-8"))
    assert list(saved["written"]) == ["content/a.es.txt"]
    copy = tmp_path / "elsewhere" / "copy"
    shutil.copytree(site, copy)
    moved = copy / "content" / "a.es.txt"
    assert ApplyRecord(copy).ours(moved, fingerprint(moved.read_bytes()))


def test_a_record_of_absolute_paths_copied_with_its_site_is_read_from_the_copy(
        tmp_path: Path) -> None:
    """A record written before it named files from the site's folder, in a site copied
    elsewhere (``cp -r``): its paths name the old folder, and still the copy's files."""
    old, new = tmp_path / "old-site", tmp_path / "somewhere" / "new-site"
    for name in ("a.es.txt", "world/b.es.txt"):
        (new / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (new / "content" / name).write_text(f"{name}\n", encoding="utf-8")
    (new / RECORD).parent.mkdir()
    (new / RECORD).write_text(json.dumps({"previews": {}, "written": {
        str(old / "content" / name): fingerprint(f"{name}\n".encode())
        for name in ("a.es.txt", "world/b.es.txt")}}), encoding="utf-8")
    record = ApplyRecord(new)
    for name in ("a.es.txt", "world/b.es.txt"):
        page = new / "content" / name
        assert record.ours(page, fingerprint(page.read_bytes()))
    assert sorted(record.written) == ["content/a.es.txt", "content/world/b.es.txt"]


def test_source_changes_named_are_kept_per_language_until_none_is_left(
        tmp_path: Path) -> None:
    def saved() -> dict[str, list[str]]:
        data = json.loads((tmp_path / RECORD).read_text(encoding="utf-8"))
        return data.get("source_changed", {})

    record = ApplyRecord(tmp_path)
    assert record.name_source_changes("es", ["a1", "b2"]) == set()
    assert saved() == {"es": ["a1", "b2"]}                  # a change is saved at once
    assert record.name_source_changes("pt", ["c3"]) == set()
    assert saved() == {"es": ["a1", "b2"], "pt": ["c3"]}
    assert record.save() is None
    again = ApplyRecord(tmp_path)
    # one reviewed since (gone), one new: only the one named before counts as named
    assert again.name_source_changes("es", ["b2", "d4"]) == {"b2"}
    assert saved()["es"] == ["b2", "d4"]
    before = (tmp_path / RECORD).stat().st_mtime_ns
    assert again.name_source_changes("es", ["b2", "d4"]) == {"b2", "d4"}
    assert (tmp_path / RECORD).stat().st_mtime_ns == before   # nothing changed: not written
    assert again.name_source_changes("pt", []) == set()
    assert again.save() is None
    assert saved() == {"es": ["b2", "d4"]}
    assert ApplyRecord(tmp_path).name_source_changes("es", []) == set()
    assert not (tmp_path / RECORD).exists()                  # nothing left: no record
