"""Content sources: where documents come from and where translations go back.

A source comes from the plugin registry (:mod:`cms_i18n.plugins`): this
module registers the built-in ``files`` source through the
``cms_i18n_sources`` hook, as a third-party package registers its own.  It
yields :class:`~cms_i18n.document.Document` objects and writes translated
documents back.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cms_i18n.document import Document
from cms_i18n.errors import ConfigError
from cms_i18n.hookspecs import hookimpl


@dataclass(frozen=True)
class Written:
    """Where ``write_translation`` put a document, and whether that changed anything:
    a re-run of ``apply`` with nothing new leaves the site as it was and says so."""

    where: Path | str
    changed: bool = True
    #: The file left as it was because someone other than ``apply`` wrote or edited it
    #: (an editor, the CMS): the translation went to ``where``, beside it.
    kept: Path | None = None
    #: Why ``kept`` is taken for someone else's text, as far as the source knows.
    why: str = ""
    #: The copy beside ``kept`` (``where``) was edited since ``apply`` wrote it there (an
    #: editor merging the two versions in it): kept as it is too, nothing written.
    copy_edited: bool = False
    #: The copy an earlier run wrote beside a kept edit, removed now that the page holds
    #: the catalogue's translation.
    removed: Path | None = None

    def __str__(self) -> str:
        return str(self.where)


class ContentSource(Protocol):
    """Reads source documents and writes their translations back."""

    name: str

    def __init__(self, settings: Mapping[str, Any]) -> None: ...

    def documents(self) -> Iterator[Document]:
        """Every source document, in a stable order."""
        ...

    def write_translation(self, document: Document, lang: str, body: str,
                          fields: Mapping[str, str]) -> Written | Path | str:
        """Store a translated document; return where it went, as a :class:`Written`
        with ``changed=False`` when the store already held exactly this (then nothing
        is written: no new file time, no new revision).  A bare path or string counts
        as written.

        A source whose editors also change translations where they are stored (a
        CMS) may offer ``write_units(prepared, lang, translations, changed)`` as well:
        it then chooses each segment's text itself (keeping what its editors typed;
        ``changed``, from :func:`cms_i18n.pipeline.source_changes`, says which units
        keep the reviewed translation of their earlier source text) and returns a
        report with ``line``, ``changed``, unit counts, ``source_changed``, ``notes``
        and ``warnings`` (lines the run prints), or None to have this method write the
        document.

        A source whose translations are drafts that its editors publish (a CMS's draft
        revisions) sets ``writes_drafts = True``: ``apply`` then writes them even before
        anything is reviewed, for editors to work on; a source whose translations are
        published as written (files) gets nothing until something is reviewed.

        A source may also offer ``check_translation(document, lang)``, raising the
        error ``write_translation`` would: ``apply`` calls it for every document
        before writing any, so a refused run changes nothing.

        A source that records what ``apply`` wrote may offer
        ``unedited_since_apply(document, lang)`` (is the translation there exactly what
        ``apply`` last wrote, edited by nobody since?) and ``holds(document, lang, body,
        fields)`` (is it the page this method would write from them?): ``apply`` then
        writes a correction's source text over a page whose only reviewed text it
        withdraws, and names a page holding translations of text the source no longer
        has as out of date.  Without them, such pages stay as they are.
        """
        ...


@hookimpl
def cms_i18n_sources() -> list[type[ContentSource]]:
    from cms_i18n.content.files import FileSource

    return [FileSource]


def load_source(settings: Mapping[str, Any]) -> ContentSource:
    """Instantiate the content source named by the ``source`` setting."""
    from cms_i18n.plugins import sources

    name = settings.get("source") or "files"
    found = sources()
    if name not in found:
        raise ConfigError(f"unknown content source {name!r} "
                          f"(registered: {', '.join(sorted(found)) or 'none'})")
    return found[name](settings)
