"""The record of previews ``apply --include-fuzzy`` wrote, and what a later run may
take away: only a file a preview created, still as the preview wrote it."""

from __future__ import annotations

from pathlib import Path

from cms_i18n.content.previews import RECORD, ApplyRecord


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
