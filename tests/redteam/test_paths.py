"""Hostile paths: planted links, crafted file names, names that are not UTF-8.

Anyone who can write the content or locale folder (a translation repository synced
from elsewhere, an upload folder) must not be able to make a run read or write
outside the project, nor slip an approved translation into a catalogue.
"""

from __future__ import annotations

import os
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.po import read_po
from tests.helpers import msgfmt_check, run
from tests.redteam.helpers import refused, translate

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")


def test_symlinked_lock_file_never_writes_its_target(site: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.conf"
    victim.write_text("precious=1\n", encoding="utf-8")
    PO.parent.mkdir(parents=True)
    Path(str(PO) + ".lock").symlink_to(victim)
    refused(translate(), "content.po.lock", "symbolic link")
    assert victim.read_text(encoding="utf-8") == "precious=1\n"
    assert not PO.exists()


def test_dangling_symlinked_lock_file_creates_nothing(site: Path, tmp_path: Path) -> None:
    PO.parent.mkdir(parents=True)
    Path(str(PO) + ".lock").symlink_to(tmp_path / "planted")
    refused(translate(), "symbolic link")
    assert not (tmp_path / "planted").exists()


def test_a_file_name_with_a_newline_cannot_inject_an_approved_entry(site: Path) -> None:
    crafted = ('x.txt:1\n#, fuzzy\nmsgctxt "moscow"\nmsgid "The meeting is set for May."'
               '\nmsgstr "APROBADO POR NADIE"\n\n#: y.txt')
    (site / "content" / crafted).write_text("Another paragraph here.\n", encoding="utf-8")
    assert translate().exit_code == 0
    msgfmt_check(PO)
    catalog = read_po(PO)
    assert len(catalog.entries) == 3
    assert all(e.fuzzy for e in catalog.entries)
    assert "APROBADO" not in {e.msgstr for e in catalog.entries}
    crafted_refs = [r for e in catalog.entries for r in e.references if "y.txt" in r]
    assert crafted_refs and all("\n" not in r and "%0A" in r for r in crafted_refs)
    assert [e.msgid for e in polib.pofile(str(PO)) if not e.obsolete] == [
        e.msgid for e in catalog.entries]


def test_a_file_name_with_spaces_uses_gnu_isolates(site: Path) -> None:
    (site / "content" / "my notes.txt").write_text("A note.\n", encoding="utf-8")
    assert translate().exit_code == 0
    msgfmt_check(PO)
    refs = [r for e in read_po(PO).entries for r in e.references]
    assert "\u2068content/my notes.txt\u2069:1" in refs
    assert "#: \u2068content/my notes.txt\u2069:1" in PO.read_text(encoding="utf-8")


def test_a_file_name_that_is_not_utf8_is_translated(site: Path) -> None:
    os.mkdir(os.fsencode(site / "content") + b"/caf\xe9")
    with open(os.fsencode(site / "content") + b"/caf\xe9/na\xefve.txt", "wb") as handle:
        handle.write(b"A naive paragraph.\n")
    result = translate()
    assert result.exit_code == 0, result.output
    msgfmt_check(PO)
    entry = next(e for e in read_po(PO).entries if e.msgid == "A naive paragraph.")
    assert entry.msgctxt == "caf\\xe9/na\\xefve"
    assert entry.references == ["content/caf%E9/na%EFve.txt:1"]


def test_a_bidi_control_in_a_file_name_is_escaped(site: Path) -> None:
    (site / "content" / "invoice\u202etxt.md").write_text("Pay now.\n", encoding="utf-8")
    assert translate().exit_code == 0
    assert "content/invoice%E2%80%AEtxt.md:1" in PO.read_text(encoding="utf-8")


def test_a_symlink_out_of_the_content_folder_is_refused(site: Path, tmp_path: Path) -> None:
    secret = tmp_path / "passwd.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (site / "content" / "leak.txt").symlink_to(secret)
    refused(translate(), "leak.txt", "outside the content folder")
    assert not PO.exists()


def test_a_symlinked_folder_out_of_the_content_folder_is_not_walked(site: Path,
                                                                   tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Top secret text.\n", encoding="utf-8")
    (site / "content" / "linked").symlink_to(outside, target_is_directory=True)
    assert translate().exit_code == 0
    assert "Top secret" not in PO.read_text(encoding="utf-8")


def test_a_symlink_inside_the_content_folder_is_read_once_by_its_own_name(site: Path) -> None:
    """An alias ("latest.txt" → "news/moscow.txt") is no second document for editors to
    review: the file is read by its own name, and the link named on the skipped line."""
    (site / "content" / "alias.txt").symlink_to(site / "content" / "news" / "moscow.txt")
    result = translate()
    assert result.exit_code == 0
    assert {e.msgctxt for e in read_po(PO).entries} == {"news/moscow"}
    assert "alias.txt (a symbolic link to a file, not followed: content/news/moscow.txt is " \
        "read there, once)" in result.stderr


def test_a_fifo_named_like_content_does_not_hang_the_run(site: Path) -> None:
    os.mkfifo(site / "content" / "pipe.txt")
    (site / "content" / "via-link.txt").symlink_to(site / "content" / "pipe.txt")
    assert translate().exit_code == 0


def test_colliding_document_ids_are_one_clear_error(site: Path) -> None:
    (site / "content" / "news" / "moscow.md").write_text("# Moscow\n", encoding="utf-8")
    refused(translate(), "document id 'news/moscow'", "moscow.md")


def test_colliding_slugs_are_one_clear_error(site: Path) -> None:
    for name in ("a.md", "b.md"):
        (site / "content" / name).write_text("---\nslug: same\n---\nText.\n",
                                             encoding="utf-8")
    refused(translate(), "document id 'same'")


@pytest.mark.parametrize("domain", ["../../outside", "/etc/cron.d/x", "a/b", "..", ".hidden",
                                    "x\ny"])
def test_a_domain_outside_the_locale_folder_is_refused(site: Path, domain: str) -> None:
    refused(translate("--domain", domain), "domain")
    assert not any(p.suffix in (".po", ".pot") for p in site.parent.rglob("*"))


def test_apply_onto_a_folder_is_one_clear_error(site: Path) -> None:
    assert translate().exit_code == 0
    (site / "content" / "news" / "moscow.es.txt").mkdir()
    refused(run("apply", "--lang", "es", "--include-fuzzy"), "moscow.es.txt", "is a folder")


def _documents_beside(site: Path) -> dict[str, str]:
    """Every file of the content folder (translations included) and what it holds."""
    content = site / "content"
    return {p.relative_to(content).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(content.rglob("*")) if p.is_file()}


def test_a_refused_apply_writes_no_document_at_all(site: Path) -> None:
    for name in ("a", "b", "z"):
        (site / "content" / f"{name}.txt").write_text(f"Paragraph {name} is here.\n",
                                                       encoding="utf-8")
    assert translate().exit_code == 0
    (site / "content" / "b.es.txt").mkdir()
    before = _documents_beside(site)
    refused(run("apply", "--lang", "es", "--include-fuzzy"), "b.es.txt", "is a folder")
    assert _documents_beside(site) == before
    assert not (site / "content" / "a.es.txt").exists()
    assert not (site / "content" / "z.es.txt").exists()


def test_a_refused_language_keeps_every_language_of_the_run_unwritten(site: Path) -> None:
    (site / "cms-i18n.yaml").write_text(
        "content_dir: content\ntarget_langs: [es, ca]\nglossary_dir: glossaries\n"
        "memory: memory.sqlite\n", encoding="utf-8")
    assert translate().exit_code == 0
    assert run("translate", "--lang", "ca", "--engine", "apertium").exit_code == 0
    target = site / "content" / "news" / "moscow.ca.txt"
    target.write_text("revisat a mà\n", encoding="utf-8")
    target.chmod(0o444)
    refused(run("apply", "--lang", "es,ca", "--include-fuzzy"), "moscow.ca.txt", "read-only")
    assert not (site / "content" / "news" / "moscow.es.txt").exists()
    assert target.read_text(encoding="utf-8") == "revisat a mà\n"


def test_apply_onto_a_read_only_file_leaves_it_alone(site: Path) -> None:
    assert translate().exit_code == 0
    target = site / "content" / "news" / "moscow.es.txt"
    target.write_text("kept by hand\n", encoding="utf-8")
    target.chmod(0o444)
    refused(run("apply", "--lang", "es", "--include-fuzzy"), "moscow.es.txt", "read-only")
    assert target.read_text(encoding="utf-8") == "kept by hand\n"


def test_apply_onto_a_planted_symlink_leaves_its_target_alone(site: Path,
                                                              tmp_path: Path) -> None:
    assert translate().exit_code == 0
    victim = tmp_path / "victim.html"
    victim.write_text("<p>original</p>", encoding="utf-8")
    (site / "content" / "news" / "moscow.es.txt").symlink_to(victim)
    refused(run("apply", "--lang", "es", "--include-fuzzy"), "symbolic link")
    assert victim.read_text(encoding="utf-8") == "<p>original</p>"
