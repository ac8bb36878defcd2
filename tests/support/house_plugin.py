"""A third-party plugin, as a package outside cms-i18n would write it.

``tests/test_plugins.py`` installs it under the ``cms_i18n`` entry-point group
(a ``.dist-info`` folder on ``sys.path``), so it is found exactly as an
installed package's plugin is.  It uses every hook: an engine that declares
n-best and its own glossary strategy, a setting, a clean step, two checks (one
written for the two-text interface, one that reads the entry), a content source
and a command.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from cms_i18n.catalog.checks import WARNING, Check, CheckedEntry
from cms_i18n.clean import LineContext, Step
from cms_i18n.clean.edits import Edit
from cms_i18n.config import Choice, Setting
from cms_i18n.document import Document
from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.base import EngineBase, Translation
from cms_i18n.hookspecs import hookimpl


class HouseEngine(EngineBase):
    """A newsroom's own engine: Apertium underneath, but it declares n-best and
    wants glossary terms written into the source, whatever the language."""

    name = "house-mt"
    n_best = True

    def __init__(self, settings: Mapping[str, Any]) -> None:
        super().__init__(settings)
        self.apertium = ApertiumEngine(settings)
        self.asked: list[tuple[list[str], int]] = []
        HouseEngine.last = self

    last: HouseEngine | None = None

    @property
    def version(self) -> str:
        return f"house-mt/1:{self.settings.get('house_register')}"

    def glossary_strategy(self, target: str) -> str:
        return "codeswitch"

    def pairs(self) -> set[tuple[str, str]]:
        return self.apertium.pairs()

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        self.asked.append((list(texts), n_best))
        out = self.apertium.translate_batch(texts, source, target)
        # A second hypothesis: the best one with its first word capitalised differently.
        return [Translation(t.text, -0.1, tuple(t.text.swapcase() for _ in range(n_best - 1)))
                for t in out]

    def close(self) -> None:
        self.apertium.close()


class NotesSource:
    """Documents from a folder of ``.note`` files, one paragraph each."""

    name = "notes"

    def __init__(self, settings: Mapping[str, Any]) -> None:
        self.folder = Path(settings["content_dir"])

    def documents(self) -> Iterator[Document]:
        for path in sorted(self.folder.glob("*.note")):
            yield Document(id=path.stem, path=path, format="text",
                           body=path.read_text("utf-8"))

    def write_translation(self, document: Document, lang: str, body: str,
                          fields: Mapping[str, str]) -> Path:
        assert document.path is not None
        target = document.path.with_suffix(f".{lang}.note")
        target.write_text(body, encoding="utf-8")
        return target


def _no_ellipsis_dots(line: str, ctx: LineContext) -> list[Edit]:
    """Three dots become one ellipsis character."""
    start = line.find("...")
    if start < 0:
        return []
    return [Edit(start, "...", "…", "house", "three dots made an ellipsis")]


def _shouting(source: str, target: str) -> str | None:
    return "msgstr is in capitals" if target.isupper() and not source.isupper() else None


def _kept(source: str, target: str, entry: CheckedEntry) -> str | None:
    """An editor's comment ``keep: WORD`` asks that WORD stay as written."""
    for comment in entry.translator_comments:
        if comment.startswith("keep: ") and comment[6:] not in target:
            return (f"{comment[6:]} was to be kept in {entry.msgctxt} "
                    f"({entry.source_lang} → {entry.target_lang})")
    return None


@hookimpl
def cms_i18n_engines() -> list[type[HouseEngine]]:
    return [HouseEngine]


@hookimpl
def cms_i18n_sources() -> list[type[NotesSource]]:
    return [NotesSource]


@hookimpl
def cms_i18n_settings() -> list[Setting]:
    return [Setting("house_register", Choice("formal", "plain"), "formal",
                    "the house engine's register")]


@hookimpl
def cms_i18n_clean_steps() -> list[Step]:
    return [Step("house ellipsis", _no_ellipsis_dots)]


@hookimpl
def cms_i18n_checks() -> list[Check]:
    return [Check("shouting", WARNING, _shouting), Check("house-keep", WARNING, _kept)]


@hookimpl
def cms_i18n_commands(cli: click.Group) -> None:
    @cli.command("house")
    def house() -> None:
        """Say which house engine is installed."""
        click.echo(f"house engine {HouseEngine.name}")
