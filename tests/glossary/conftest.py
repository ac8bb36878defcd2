"""Fixtures for glossary tests: the bundled glossary, small glossary files, fake engines."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from cms_i18n.engines.base import EngineBase, Translation
from cms_i18n.glossary import Glossary, load_glossary

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "glossaries"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def bundled() -> Glossary:
    """The glossary shipped in ``glossaries/``."""
    return load_glossary(BUNDLED)


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a file under a fresh glossary folder and return its path."""
    folder = tmp_path / "glossaries"
    folder.mkdir()

    def _write(name: str, text: str) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write


class RecordingEngine(EngineBase):
    """A stand-in for an engine: answers from a function, records every call.

    ``n_best`` and ``strategy`` are the capabilities it declares.
    """

    def __init__(self, answer: Callable[[str], str | Sequence[str]], name: str = "fake",
                 n_best: bool = False, strategy: str = "codeswitch") -> None:
        super().__init__()
        self.name = name            # type: ignore[misc]
        self.n_best = n_best        # type: ignore[misc]
        self.strategy = strategy
        self.answer = answer
        self.calls: list[list[str]] = []

    def glossary_strategy(self, target: str) -> str:
        return self.strategy

    def _result(self, text: str) -> Translation:
        out = self.answer(text)
        if isinstance(out, str):
            return Translation(out, -0.5)
        return Translation(out[0], -0.5, tuple(out[1:]))

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1) -> list[Translation]:
        self.calls.append(list(texts))
        return [self._result(t) for t in texts]


@pytest.fixture
def apertium():
    """The real Apertium engine, or skip when eng-spa is not installed."""
    if shutil.which("apertium") is None:
        pytest.skip("Apertium is not installed")
    from cms_i18n.engines.apertium import ApertiumEngine, find_modes

    if "eng-spa" not in find_modes({}):
        pytest.skip("Apertium eng-spa is not installed")
    engine = ApertiumEngine({})
    yield engine
    engine.close()
