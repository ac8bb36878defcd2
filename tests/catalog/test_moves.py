"""Documents that move between catalogues, and layouts that switch, keep every text an
editor wrote: real files, real Apertium, GNU gettext as the judge."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.notes import SUGGESTION_NOTE
from tests.helpers import entries, make_site, msgfmt_check, run

ES = Path("locale/es/LC_MESSAGES")
FR = Path("locale/fr/LC_MESSAGES")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _configure(layout: str, langs: str = "es") -> None:
    Path("cms-i18n.yaml").write_text(
        f"content_dir: content\ncatalogue_layout: {layout}\ntarget_langs: [{langs}]\n")


def _translate(*args: str) -> str:
    result = run("translate", "--engine", "apertium", "-q", *args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    _write(tmp_path / "content/economy/oil.txt",
           "Oil prices fell this week.\n\nBrent crude settled below seventy dollars.\n")
    _write(tmp_path / "content/economy/wheat.txt",
           "The wheat harvest was early.\n\nFarmers expect good prices.\n")
    _write(tmp_path / "content/world/talks.md",
           "---\nslug: talks\ntitle: Talks resume in Minsk\n---\n\n"
           "The ministers met on Monday.\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return tmp_path


def _entry(po: Path, msgid: str) -> polib.POEntry:
    return next(e for e in entries(po) if e.msgid == msgid)


@pytest.mark.engine
def test_switching_to_a_catalog_per_document_in_two_languages_keeps_machine_text_machine(
        site: Path) -> None:
    _configure("section", "es, fr")
    _translate()
    _configure("document", "es, fr")
    output = _translate()
    # Nobody edited anything: no language reports editors' drafts.
    assert output.count("0 editor drafts kept") == 2, output
    po = FR / "content/economy/oil.po"
    before = _entry(po, "Brent crude settled below seventy dollars.").msgstr
    text = Path("content/economy/oil.txt").read_text(encoding="utf-8")
    Path("content/economy/oil.txt").write_text(
        text.replace("seventy", "sixty-five"), encoding="utf-8")
    _translate()
    # The machine's old text is not taken for an editor's: the new one is live.
    changed = _entry(po, "Brent crude settled below sixty-five dollars.")
    assert changed.msgstr != before and "soixante-cinq" in changed.msgstr, changed.msgstr
    assert not any(SUGGESTION_NOTE in line for line in changed.comment.splitlines())


@pytest.mark.engine
def test_a_layout_switch_then_a_move_writes_a_catalog_gettext_accepts(site: Path) -> None:
    _configure("language")
    _translate()
    catalog = polib.pofile(str(ES / "content.po"))
    title = next(e for e in catalog if e.msgctxt == "talks:title")
    title.msgstr, title.flags = "Se reanudan las conversaciones en Minsk", []
    catalog.save()
    _configure("section")
    _translate()
    shutil.move("content/world/talks.md", "content/economy/talks.md")
    _translate()
    po = ES / "content/economy.po"
    msgfmt_check(po)
    assert sum(e.msgctxt == "talks:title" for e in polib.pofile(str(po))) == 1
    assert _entry(po, "Talks resume in Minsk").msgstr == \
        "Se reanudan las conversaciones en Minsk"
    assert run("check").exit_code == 0
    compiled = run("compile")
    assert compiled.exit_code == 0, compiled.output
    done = subprocess.run(["msgunfmt", str(po.with_suffix(".mo"))], capture_output=True,
                          text=True, check=True)
    assert "Se reanudan las conversaciones en Minsk" in done.stdout
