"""How bench/bench_glossary.py counts an approved name in a translation."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "bench_glossary.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_glossary_scoring", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module     # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


NAME = "Organización de Cooperación de Shanghai"


def test_a_heading_in_capitals_counts_its_name_written_in_capitals() -> None:
    bench = _bench()
    source = "SHANGHAI COOPERATION ORGANISATION SUMMIT OPENS IN ASTANA"
    output = "LA ORGANIZACIÓN DE COOPERACIÓN DE SHANGHAI SUMMIT OPENS IN ASTANÁ"
    assert bench.term_hits([NAME], output, source) == (1, 1)


def test_a_sentence_in_running_text_still_needs_the_name_as_approved() -> None:
    bench = _bench()
    source = "The Shanghai Cooperation Organisation summit opens in Astana."
    assert bench.term_hits([NAME], "La cumbre de la ORGANIZACIÓN DE COOPERACIÓN DE "
                           "SHANGHAI abre en Astaná.", source) == (0, 1)
    assert bench.term_hits([NAME], "La cumbre de la organización de cooperación de "
                           "Shanghai abre en Astaná.", source) == (0, 1)
    assert bench.term_hits([NAME], f"La cumbre de la {NAME} abre en Astaná.",
                           source) == (1, 1)
