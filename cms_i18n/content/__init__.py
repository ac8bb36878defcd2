"""Content sources: where documents come from and where translations go back.

A source is found through the ``cms_i18n.sources`` entry-point group (the
built-in ``files`` source is registered there like any third-party one).  It
yields :class:`~cms_i18n.document.Document` objects and writes translated
documents back.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol

from cms_i18n.document import Document
from cms_i18n.errors import ConfigError

GROUP = "cms_i18n.sources"


class ContentSource(Protocol):
    """Reads source documents and writes their translations back."""

    name: str

    def __init__(self, settings: Mapping[str, Any]) -> None: ...

    def documents(self) -> Iterator[Document]:
        """Every source document, in a stable order."""
        ...

    def write_translation(self, document: Document, lang: str, body: str,
                          fields: Mapping[str, str]) -> Path | str:
        """Store a translated document; return where it went.

        A source whose editors also change translations where they are stored (a
        CMS) may offer ``write_units(prepared, lang, translations)`` as well: it then
        chooses each segment's text itself (keeping what its editors typed) and
        returns a report with ``line``, ``changed`` and unit counts, or None to have
        this method write the document.
        """
        ...


def load_source(settings: Mapping[str, Any]) -> ContentSource:
    """Instantiate the content source named by the ``source`` setting."""
    name = settings.get("source") or "files"
    found = {ep.name: ep for ep in entry_points(group=GROUP)}
    if name not in found:
        raise ConfigError(f"unknown content source {name!r} "
                          f"(registered: {', '.join(sorted(found)) or 'none'})")
    return found[name].load()(settings)
