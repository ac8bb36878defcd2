"""The one writer: atomic, no symlink followed, umask permissions, leftovers swept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms_i18n.errors import OutputError
from cms_i18n.fileio import (
    ABSENT,
    ChangedOnDisk,
    check_writable,
    lock_path,
    locked,
    read_for_update,
    write_atomic,
)


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    saved = os.umask(0o022)
    os.umask(saved)
    yield lambda value: os.umask(value)
    os.umask(saved)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_permissions_the_umask_gives(tmp_path: Path, umask, mask: int,
                                                         mode: int) -> None:
    umask(mask)
    target = tmp_path / "out" / "page.es.html"
    write_atomic(target, "<p>hola</p>")
    assert target.read_text(encoding="utf-8") == "<p>hola</p>"
    assert oct(target.stat().st_mode & 0o777) == oct(mode)


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask) -> None:
    umask(0o077)
    target = tmp_path / "content.po"
    target.write_bytes(b"old")
    os.chmod(target, 0o664)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o664)


def test_a_symlink_at_the_output_path_is_refused_and_its_target_untouched(tmp_path: Path
                                                                           ) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "site"
    out.mkdir()
    (out / "page.es.txt").symlink_to(victim)
    with pytest.raises(OutputError, match="symbolic link") as caught:
        write_atomic(out / "page.es.txt", "hola")
    assert "page.es.txt" in caught.value.format()
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (out / "page.es.txt").is_symlink()


def test_a_dangling_symlink_is_not_created_through(tmp_path: Path) -> None:
    (tmp_path / "page.es.txt").symlink_to(tmp_path / "elsewhere.txt")
    with pytest.raises(OutputError, match="symbolic link"):
        write_atomic(tmp_path / "page.es.txt", "hola")
    assert not (tmp_path / "elsewhere.txt").exists()


def test_a_folder_in_the_way_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "page.es.md").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_atomic(tmp_path / "page.es.md", "hola")
    assert (tmp_path / "page.es.md").is_dir()


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "page.es.md"
    target.write_text("protected", encoding="utf-8")
    os.chmod(target, 0o444)
    with pytest.raises(OutputError, match="read-only"):
        write_atomic(target, "hola")
    assert target.read_text(encoding="utf-8") == "protected"
    assert [p.name for p in tmp_path.iterdir()] == ["page.es.md"]


def test_check_writable_refuses_what_write_atomic_would_and_writes_nothing(
        tmp_path: Path) -> None:
    (tmp_path / "folder.es.md").mkdir()
    (tmp_path / "locked.es.md").write_text("protected", encoding="utf-8")
    os.chmod(tmp_path / "locked.es.md", 0o444)
    (tmp_path / "link.es.md").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "plain").write_text("a file, not a folder", encoding="utf-8")
    for name, why in [("folder.es.md", "is a folder"), ("locked.es.md", "read-only"),
                      ("link.es.md", "symbolic link"), ("plain/page.es.md", "Not a directory")]:
        with pytest.raises(OutputError, match=why):
            check_writable(tmp_path / name)
    check_writable(tmp_path / "new" / "deeper" / "page.es.md")
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "folder.es.md", "link.es.md", "locked.es.md", "plain"]


def test_leftovers_of_a_killed_writer_are_swept(tmp_path: Path) -> None:
    """A writer killed mid-write leaves its temporary file; the next write removes it."""
    folder = tmp_path / "locale"
    folder.mkdir()
    script = (
        "import os, sys\n"
        f"fd = os.open({str(folder / '.content.po.')!r} + str(os.getpid()) + "
        "'.0123456789ab.tmp', os.O_CREAT | os.O_WRONLY, 0o644)\n"
        "os.write(fd, b'half'); os.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", script], check=False)
    live = folder / f".content.po.{os.getppid()}.0123456789ab.tmp"   # a writer still running
    live.write_bytes(b"busy")
    unrelated = folder / ".content.po.notes.tmp"
    unrelated.write_bytes(b"mine")
    assert len(list(folder.iterdir())) == 3
    write_atomic(folder / "content.po", b"new")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["content.po", live.name, unrelated.name])


def test_a_file_changed_since_it_was_read_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "content.po"
    target.write_bytes(b"as read")
    seen = read_for_update(target)
    target.write_bytes(b"an editor saved")
    with pytest.raises(ChangedOnDisk):
        write_atomic(target, b"ours", expect=seen)
    assert target.read_bytes() == b"an editor saved"
    assert [p.name for p in tmp_path.iterdir()] == ["content.po"]
    write_atomic(target, b"ours", expect=read_for_update(target))
    assert target.read_bytes() == b"ours"


def test_a_file_created_since_it_was_found_missing_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "content.po"
    seen = read_for_update(target)
    assert seen == ABSENT
    target.write_bytes(b"an editor created it")
    with pytest.raises(ChangedOnDisk):
        write_atomic(target, b"ours", expect=seen)
    assert target.read_bytes() == b"an editor created it"


def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.conf"
    victim.write_text("setting=1\n", encoding="utf-8")
    po = tmp_path / "locale" / "content.po"
    po.parent.mkdir()
    lock_path(po).symlink_to(victim)
    with pytest.raises(OutputError, match="lock file is a symbolic link"), locked(po):
        pass  # pragma: no cover - never reached
    assert victim.read_text(encoding="utf-8") == "setting=1\n"


def test_a_dangling_symlinked_lock_file_creates_nothing(tmp_path: Path) -> None:
    po = tmp_path / "content.po"
    lock_path(po).symlink_to(tmp_path / "created-by-attacker")
    with pytest.raises(OutputError, match="symbolic link"), locked(po):
        pass  # pragma: no cover - never reached
    assert not (tmp_path / "created-by-attacker").exists()


def test_a_hard_linked_lock_file_is_refused_and_its_other_name_untouched(tmp_path: Path
                                                                         ) -> None:
    victim = tmp_path / "victim.conf"
    victim.write_text("setting=1\n", encoding="utf-8")
    po = tmp_path / "content.po"
    os.link(victim, lock_path(po))
    with pytest.raises(OutputError, match="not a plain file of its own"), locked(po):
        pass  # pragma: no cover - never reached
    assert victim.read_text(encoding="utf-8") == "setting=1\n"


def test_a_fifo_lock_file_is_refused_without_hanging(tmp_path: Path) -> None:
    po = tmp_path / "content.po"
    os.mkfifo(lock_path(po))
    with pytest.raises(OutputError, match="not a plain file"), locked(po):
        pass  # pragma: no cover - never reached


def test_lock_is_released_and_removed(tmp_path: Path) -> None:
    po = tmp_path / "content.po"
    with locked(po):
        assert lock_path(po).is_file()
    assert not lock_path(po).exists()


def test_a_file_that_cannot_be_read_is_one_line_naming_it(tmp_path: Path) -> None:
    from cms_i18n.errors import CatalogError, InputError
    from cms_i18n.fileio import read_file

    (tmp_path / "es.po").write_bytes(b"msgid \"\"\n")
    assert read_file(tmp_path / "es.po", "catalogue") == b"msgid \"\"\n"
    with pytest.raises(CatalogError) as missing:
        read_file(tmp_path / "fr.po", "catalogue", error=CatalogError)
    assert missing.value.format() == f"{tmp_path / 'fr.po'}: catalogue not found"
    (tmp_path / "de.po").mkdir()
    with pytest.raises(InputError) as folder:
        read_file(tmp_path / "de.po", "catalogue")
    assert folder.value.format() == f"{tmp_path / 'de.po'}: cannot read catalogue: Is a directory"
    with pytest.raises(InputError) as shown:
        read_file(tmp_path / "pkg" / "metadata.json", "metadata.json", shown=tmp_path / "pkg",
                  missing="no metadata.json: not an Argos package")
    assert shown.value.format() == f"{tmp_path / 'pkg'}: no metadata.json: not an Argos package"
