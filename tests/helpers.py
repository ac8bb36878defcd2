"""Small helpers shared by the pipeline and command tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import polib
from click.testing import CliRunner, Result

from cms_i18n.cli import main

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "content"
GLOSSARIES = REPO / "glossaries"


def make_site(root: Path, *, content: Path | None = EXAMPLE) -> Path:
    """A site folder like the repository's: content, glossaries, no catalogues yet."""
    if content is not None:
        shutil.copytree(content, root / "examples" / "content")
    shutil.copytree(GLOSSARIES, root / "glossaries")
    return root


def one_file_site(root: Path, name: str, text: str, langs: str = "es") -> Path:
    """A site of one content file (``content/<name>``) translated by Apertium into
    ``langs`` (a YAML list's items: "es" or "es, fr")."""
    make_site(root, content=None)
    (root / "content").mkdir()
    (root / "content" / name).write_text(text, encoding="utf-8")
    (root / "cms-i18n.yaml").write_text(
        f"content_dir: content\ntarget_langs: [{langs}]\nengine: apertium\n", encoding="utf-8")
    return root


def run(*args: str) -> Result:
    """Run the command line in-process (the current directory is the site)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def msgfmt_check(po: Path) -> None:
    """GNU gettext's strict validation; raises with its message on failure."""
    done = subprocess.run(
        ["msgfmt", "--check-format", "--check-header", "--check-domain", "-o", "/dev/null",
         str(po)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def entries(po: Path) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(po)) if not e.obsolete]


def translated_pages(root: Path, pages: dict[str, list[str]], langs: str, *,
                     glossary: bool = True) -> Path:
    """A site under ``root`` whose content is ``pages`` (a page's name → its paragraphs,
    one text file each), translated into ``langs`` (``"es,pt"``) with Apertium.  With
    ``glossary=False`` its glossary folder is empty: the engine's text, no term enforced."""
    if glossary:
        make_site(root, content=None)
    else:
        (root / "glossaries").mkdir()
    content = root / "content"
    content.mkdir()
    for name, paragraphs in pages.items():
        (content / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    cwd = Path.cwd()
    try:
        os.chdir(root)
        result = run("translate", "--lang", langs, "--engine", "apertium", "--source",
                     "content")
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return root


def page_entry(site: Path, lang: str, page: str, text: str) -> polib.POEntry:
    """The entry of ``page`` whose source is ``text`` in ``lang``'s catalogue."""
    po = polib.pofile(str(site / "locale" / lang / "LC_MESSAGES" / "content.po"))
    return next(e for e in po if e.msgctxt == page and e.msgid == text)
