"""The controlled glossary: approved entity names, enforced through the engine and verified.

Public API used by the pipeline and the catalogue code::

    glossary = load_glossary(Path("glossaries"))
    results = translate_units(engine, texts, source="en", target="es",
                              glossary=glossary, documents=doc_ids)
    problems = check_translation(src, tgt, source="en", target="es", glossary=glossary)
"""

from __future__ import annotations

from cms_i18n.glossary.enforce import GlossaryResult, translate_units
from cms_i18n.glossary.load import cached_glossary, load_glossary
from cms_i18n.glossary.match import Context, Matcher, Occurrence
from cms_i18n.glossary.model import Concept, Glossary, TargetEntry, Term
from cms_i18n.glossary.verify import check_translation

__all__ = [
    "Concept",
    "Context",
    "Glossary",
    "GlossaryResult",
    "Matcher",
    "Occurrence",
    "TargetEntry",
    "Term",
    "cached_glossary",
    "check_translation",
    "load_glossary",
    "translate_units",
]
