"""Bad input in a site's content folder and config: one line naming the file and the
line to fix, and a command that works from where the user runs cms-i18n."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run

pytestmark = pytest.mark.engine


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    (content / "weather.txt").write_text("Rain again\n\nIt rained all day in the city.\n",
                                         encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("source_lang: en\ntarget_langs: [es]\n"
                                            "content_dir: content\nengine: apertium\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _hint(stderr: str) -> str:
    """The conversion command the error offers (``iconv … && mv …`` as the user types it)."""
    found = re.search(r"e\.g\. (iconv .*?) and, if it reads right, (mv \S+ \S+)", stderr)
    assert found, stderr
    return f"{found.group(1)} && {found.group(2)}"


def test_the_iconv_hint_for_a_file_in_another_encoding_works_from_the_site_folder(
        site: Path) -> None:
    (site / "content" / "cafe.txt").write_bytes(
        b"Caf\xe9 opens\n\nThe caf\xe9 on the square opens on Monday.\n")
    failed = run("translate", "--lang", "es")
    assert failed.exit_code != 0
    assert len(failed.stderr.splitlines()) == 1
    assert "content/cafe.txt:1: not valid UTF-8: byte 0xe9 at column 4" in failed.stderr
    command = _hint(failed.stderr)
    assert "content/cafe.txt > content/cafe.txt.utf8" in command
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (site / "content" / "cafe.txt").read_text(encoding="utf-8").startswith("Café opens")
    assert not (site / "content" / "cafe.txt.utf8").exists()
    assert run("translate", "--lang", "es").exit_code == 0


@pytest.mark.parametrize(("encoding", "named"),
                         [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_utf16_or_utf32_text_with_a_byte_order_mark_is_named_with_its_conversion(
        site: Path, encoding: str, named: str) -> None:
    page = site / "content" / "notes.txt"
    page.write_bytes("Notes\n\nThe café opens on Monday.\n".encode(encoding))  # BOM included
    failed = run("translate", "--lang", "es")
    assert failed.exit_code != 0
    assert len(failed.stderr.splitlines()) == 1
    assert "binary" not in failed.stderr
    assert f"content/notes.txt:1: {named} text (" in failed.stderr
    command = _hint(failed.stderr)
    assert command.startswith(f"iconv -f {named} -t UTF-8 content/notes.txt > ")
    assert subprocess.run(["bash", "-c", command]).returncode == 0
    assert page.read_text(encoding="utf-8") == "Notes\n\nThe café opens on Monday.\n"
    assert run("translate", "--lang", "es").exit_code == 0


def test_a_yaml_mistake_on_the_last_line_is_reported_on_that_line(site: Path) -> None:
    (site / "cms-i18n.yaml").write_text("source_lang: en\ntarget_langs: [es]\n"
                                        "content_dir: content\nengine apertium\n\n",
                                        encoding="utf-8")
    failed = run("status")
    assert failed.exit_code != 0
    assert failed.stderr.startswith(f"error: {site / 'cms-i18n.yaml'}:4: invalid YAML: "), \
        failed.stderr


def test_a_fifo_and_a_folder_named_like_documents_are_named_on_one_skipped_line(
        site: Path) -> None:
    os.mkfifo(site / "content" / "pipe.txt")
    (site / "content" / "folder.txt").mkdir()
    result = run("translate", "--lang", "es")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "skipped:" in line]
    assert skipped == ["warning: es: skipped: content/folder.txt (a folder, not a file; the "
                       "files in it are read as any folder's); content/pipe.txt (a FIFO, not "
                       "a regular file)"]


def test_a_document_named_as_a_translation_with_no_source_beside_it_is_named_skipped(
        site: Path) -> None:
    """``weekly.fr.txt`` in a site translated into French reads as the French page of
    ``weekly.txt``; with no such file it was passed over without a word."""
    (site / "content" / "weekly.es.txt").write_text("The weekly round-up of news.\n",
                                                    encoding="utf-8")
    result = run("translate", "--lang", "es")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "skipped:" in line]
    assert skipped == ["warning: es: skipped: content/weekly.es.txt (named as a translation "
                       "into es (.es), with no weekly.txt beside it: rename it to translate "
                       "it)"], result.stderr


def test_a_link_to_a_file_that_is_not_there_is_an_error_like_a_link_out_of_the_site(
        site: Path) -> None:
    (site / "content" / "dangling.txt").symlink_to("gone.txt")
    failed = run("translate", "--lang", "es")
    assert failed.exit_code != 0
    assert failed.stderr == (f"error: {site / 'content' / 'dangling.txt'}: symbolic link to a "
                             "file that is not there (gone.txt); restore the file or remove "
                             "the link\n")


def test_a_bad_content_file_is_one_error_line_for_every_language_it_stopped(
        site: Path) -> None:
    (site / "content" / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody.\n",
                                             encoding="utf-8")
    failed = run("translate", "--lang", "es,ca")
    assert failed.exit_code != 0
    errors = [line for line in failed.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, failed.stderr
    assert errors[0].startswith(f"error: es, ca: {site / 'content' / 'bad.md'}:2: front matter: "
                                "invalid YAML"), errors


def test_a_link_to_a_folder_is_named_on_the_skipped_line_not_passed_over(site: Path) -> None:
    (site / "content" / "real").mkdir()
    (site / "content" / "real" / "story.txt").write_text("A story.\n", encoding="utf-8")
    (site / "content" / "linked").symlink_to("real")
    (site / "elsewhere").mkdir()
    (site / "elsewhere" / "other.txt").write_text("Another story.\n", encoding="utf-8")
    (site / "content" / "outside").symlink_to(site / "elsewhere")
    result = run("translate", "--lang", "es")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "skipped:" in line]
    assert skipped == ["warning: es: skipped: content/linked (a symbolic link to a folder, not "
                       "followed: the files of content/real are read there); content/outside "
                       "(a symbolic link to a folder outside the content folder, not followed: "
                       "copy or move the folder into the content folder to translate its "
                       "files)"]
    assert result.stdout.startswith("es: 2 documents")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_named_with_its_conversion(
        site: Path, encoding: str) -> None:
    page = site / "content" / "notes.txt"
    page.write_bytes("Заметки\n\nThe café opens on Monday.\n".encode(encoding))   # no BOM
    failed = run("translate", "--lang", "es")
    assert failed.exit_code != 0
    assert len(failed.stderr.splitlines()) == 1
    assert "binary" not in failed.stderr
    exact = encoding.upper().replace("-LE", "LE").replace("-BE", "BE")
    assert f"content/notes.txt:1: looks like UTF-16 text ({exact}) without a byte-order " \
           "mark, not UTF-8; save it as UTF-8" in failed.stderr
    command = _hint(failed.stderr)
    assert command.startswith(f"iconv -f {exact} -t UTF-8 content/notes.txt > ")
    assert subprocess.run(["bash", "-c", command]).returncode == 0
    assert page.read_text(encoding="utf-8") == "Заметки\n\nThe café opens on Monday.\n"
    assert run("translate", "--lang", "es").exit_code == 0


def test_a_document_holding_a_merge_s_conflict_is_named_not_translated(site: Path) -> None:
    assert run("translate", "--lang", "es").exit_code == 0
    before = (site / "locale/es/LC_MESSAGES/content.po").read_bytes()
    page = site / "content" / "weather.txt"
    page.write_text("Rain again\n\n<<<<<<< HEAD\nIt rained all day in the city.\n=======\n"
                    "It rained all week in the city.\n>>>>>>> desk\n", encoding="utf-8")
    failed = run("translate", "--lang", "es")
    assert failed.exit_code == 1
    assert failed.stderr == (
        f"error: {page}:3: a merge's conflict marker ('<<<<<<<'): the file holds a merge "
        "not resolved yet; keep the text you want, delete the marker lines, then run the "
        "command again\n")
    assert (site / "locale/es/LC_MESSAGES/content.po").read_bytes() == before


def test_a_heading_underlined_with_equals_signs_is_no_conflict(site: Path) -> None:
    (site / "content" / "notes.md").write_text("Notes\n=======\n\nThe café opens on Monday.\n",
                                               encoding="utf-8")
    assert run("translate", "--lang", "es").exit_code == 0
