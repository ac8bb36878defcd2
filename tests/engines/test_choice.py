"""Which engine serves a language, what to install when none does, and an engine's failure.

A plugin's engine takes part exactly as the built-in ones do: ``auto`` tries it
after them, ``cms-i18n engines`` lists it in the same order, its own install hint
is shown when it cannot translate a pair, and whatever it raises is one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import polib
import pytest

from cms_i18n import pipeline, plugins
from cms_i18n.config import load_settings
from cms_i18n.engines import choose_engine, engine_order
from cms_i18n.engines.apertium import ApertiumEngine
from cms_i18n.engines.base import EngineBase, Translation
from cms_i18n.errors import EngineError
from cms_i18n.hookspecs import hookimpl
from tests.helpers import GLOSSARIES, make_site, run

pytestmark = pytest.mark.engine

GERMAN = {"The council met.": "Der Rat tagte.", "Nothing else happened.": "Sonst nichts."}


class DeskEngine(EngineBase):
    """A desk's own engine: English → German from its phrase book (no built-in engine
    reaches German), with a ``routes`` method of its own that is nobody else's business."""

    name = "desk"
    fail_with: Exception | None = None
    strategy = "codeswitch"

    def pairs(self) -> set[tuple[str, str]]:
        return {("en", "de")}

    def routes(self) -> list[str]:
        return ["the desk's own routes"]

    def variants(self, source: str, target: str) -> dict[str, str]:
        return {"de-CH": "desk (Swiss spelling)"}

    def glossary_strategy(self, target: str) -> str:
        return self.strategy

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        if DeskEngine.fail_with is not None:
            raise DeskEngine.fail_with
        return [Translation(GERMAN.get(t, t)) for t in texts]


class StandInEngine(EngineBase):
    """Apertium underneath; its first hypothesis loses the term, the second keeps it."""

    name = "standin-nbest"
    n_best = True
    asked: ClassVar[list[int]] = []

    def __init__(self, settings: Mapping[str, Any]) -> None:
        super().__init__(settings)
        self.apertium = ApertiumEngine(settings)

    def glossary_strategy(self, target: str) -> str:
        return "standin"

    def pairs(self) -> set[tuple[str, str]]:
        return {("en", "es")}

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        StandInEngine.asked.append(n_best)
        out = self.apertium.translate_batch(texts, source, target)
        if n_best == 1:
            return out
        return [Translation("Se reunió en Astana.", None, (t.text,)) for t in out]

    def close(self) -> None:
        self.apertium.close()


class Desk:
    @hookimpl
    def cms_i18n_engines(self) -> list[type[EngineBase]]:
        return [DeskEngine, StandInEngine]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "brief.txt").write_text("The council met.\n\n"
                                                    "Nothing else happened.\n")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: content\ntarget_langs: [es, de]\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CMS_I18N_ARGOS_PACKAGES", str(tmp_path / "no-argos"))
    DeskEngine.fail_with = None
    DeskEngine.strategy = "codeswitch"
    with plugins.registered(Desk()):
        yield tmp_path


def test_auto_tries_the_built_in_engines_then_the_plugins_by_name(desk: Path) -> None:
    assert engine_order() == ["argos", "apertium", "desk", "standin-nbest"]
    settings = load_settings()
    engine = choose_engine("auto", "en", "de", settings)
    assert engine.name == "desk"
    engine.close()
    assert choose_engine("auto", "en", "es", settings).name == "apertium"


def test_what_engines_lists_first_is_what_translate_uses(desk: Path) -> None:
    listed = json.loads(run("engines", "--json").output)
    assert listed["reachable"]["de"] == [{"engine": "desk", "how": "desk",
                                          "variants": {"de-CH": "desk (Swiss spelling)"}}]
    assert listed["reachable"]["es"][0]["engine"] == "apertium"
    assert "de" not in listed["missing"]
    result = run("translate", "--lang", "de", "--quiet")
    assert result.exit_code == 0, result.output
    po = polib.pofile(str(desk / "locale" / "de" / "LC_MESSAGES" / "content.po"))
    assert [e.msgstr for e in po] == ["Der Rat tagte.", "Sonst nichts."]
    assert "machine translation: desk" in po[0].comment


def test_each_engine_says_what_it_lacks(desk: Path) -> None:
    argos = run("translate", "--engine", "argos", "--lang", "es", "--quiet")
    assert argos.exit_code == 3
    assert "engine 'argos' cannot translate en→es: no Argos model for en→es: " \
        "`cms-i18n models install --from FILE.argosmodel`" in argos.stderr
    assert "Debian" not in argos.stderr
    plugin = run("translate", "--engine", "desk", "--lang", "fr", "--quiet")
    assert plugin.stderr == "error: engine 'desk' cannot translate en→fr: it translates " \
        "en→de only\n"
    nobody = run("translate", "--lang", "ru", "--quiet")
    assert nobody.stderr.startswith("error: no installed engine can translate en→ru: argos: "
                                    "no Argos model for en→ru")
    assert "apertium: Debian has no Apertium pair that leads there; desk: it translates " \
        "en→de only" in nobody.stderr


def test_an_engine_that_raises_is_one_line_and_writes_nothing(
        desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    DeskEngine.fail_with = RuntimeError("desk server unreachable")
    result = run("translate", "--lang", "de", "--quiet")
    assert result.exit_code == 3
    assert result.stderr == "error: engine desk failed: RuntimeError: desk server unreachable\n"
    assert not (desk / "locale" / "de").exists()
    monkeypatch.setenv("CMS_I18N_TRACEBACK", "1")
    shown = run("translate", "--lang", "de", "--quiet")
    assert shown.stderr.startswith("Traceback (most recent call last):")
    assert shown.stderr.endswith("RuntimeError: desk server unreachable\nerror: engine desk "
                                 "failed: RuntimeError: desk server unreachable\n")


def test_an_engine_with_an_unknown_glossary_strategy_is_named(desk: Path) -> None:
    (desk / "content" / "brief.txt").write_text("The SCO met.\n")
    DeskEngine.strategy = "magic"
    result = run("translate", "--lang", "de", "--quiet")
    assert result.exit_code == 3
    assert result.stderr == "error: engine desk failed: its glossary_strategy('de') gave " \
        "'magic', not one of standin, codeswitch, none\n"


def test_n_best_reranks_stand_in_hypotheses_too(desk: Path) -> None:
    StandInEngine.asked.clear()
    (desk / "content" / "brief.txt").write_text("The SCO met in Astana.\n")
    settings = load_settings(glossary_dir=str(GLOSSARIES))
    summary = pipeline.translate(settings, "es", engine_name="standin-nbest")
    assert StandInEngine.asked[0] == 4
    po = polib.pofile(str(summary.catalog))
    assert po[0].msgstr.startswith("La OCS ")
    assert "glossary: chose hypothesis 2 of 2 (the first missed a term)" in po[0].comment


def test_a_failing_constructor_is_named_too(desk: Path) -> None:
    class Broken(EngineBase):
        name = "broken"

        def __init__(self, settings: Mapping[str, Any]) -> None:
            raise KeyError("token")

    class Plugin:
        @hookimpl
        def cms_i18n_engines(self) -> list[type[EngineBase]]:
            return [Broken]

    with plugins.registered(Plugin()), pytest.raises(EngineError) as caught:
        choose_engine("broken", "en", "de", load_settings())
    assert caught.value.message == "engine broken failed: KeyError: 'token'"
