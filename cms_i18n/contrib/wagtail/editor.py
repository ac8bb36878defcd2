"""What the page editor tells an editor about a translated page, segment by segment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cms_i18n.catalog.kept import lost_since_last_run
from cms_i18n.catalog.po import read_po
from cms_i18n.contrib.wagtail.segments import (
    Written,
    piece_segments,
    same_source,
    same_text,
)
from cms_i18n.fileio import shown_path


@dataclass
class SegmentStates:
    """The segments of a translated page's latest revision, by where their text came from."""

    reviewed: int = 0
    machine: int = 0            # a machine translation nobody approved
    source_language: int = 0    # still the source text
    stale: int = 0              # a translation of source text that has changed since
    edited: int = 0             # typed by an editor in the admin
    #: What the catalogue lost of the editors' work the last run kept (an older copy of it
    #: saved over it, see :func:`.kept.lost_since_last_run`), "" when nothing: the counts
    #: are of the file's texts, older ones among them.
    older: str = ""


def segment_states(page: Any, source: Any, lang: str) -> SegmentStates | None:
    """Count a translated page's segments by state; None when ``apply`` never wrote it."""
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.models import WrittenPiece
    from cms_i18n.contrib.wagtail.source import WagtailSource, document_id
    from cms_i18n.contrib.wagtail.sync import current_pieces

    settings = site_settings()
    site = WagtailSource(settings)
    spec = site.registry.page_spec(type(source))
    records = list(WrittenPiece.objects.filter(document=document_id(source, spec), lang=lang))
    if not records:
        return None
    po_path = site.catalog_of(source, spec, lang)
    on_disk = read_po(po_path) if po_path.exists() else None
    catalog = {(e.msgctxt or "", e.msgid): e for e in on_disk.live()} if on_disk else {}
    draft = page.get_latest_revision_as_object()
    pieces = current_pieces(draft, spec, site.skip, source)
    states = SegmentStates()
    if on_disk is not None:
        lost = lost_since_last_run(po_path, settings, lang, on_disk)
        if lost.missing:
            states.older = f"{shown_path(po_path)}{lost.what_is_missing()}"
    for record in records:
        written = [Written(*item) for item in record.segments]
        key = (record.field, record.block)
        current = piece_segments(*pieces[key]) if key in pieces else []
        if len(current) != len(written):
            states.edited += len(current)
            continue
        for mine, now in zip(written, current, strict=True):
            entry = catalog.get(mine.key)
            if entry is None:
                states.stale += 1
            elif same_source(now, mine.source):
                states.source_language += 1
            elif not entry.reviewed and entry.previous_msgid not in (None, entry.msgid):
                states.stale += 1       # the translation of the earlier text, kept
            elif entry.reviewed and same_text(entry.msgstr, now):
                states.reviewed += 1
            elif entry.fuzzy and same_text(entry.msgstr, now):
                states.machine += 1
            elif same_text(now, mine.text) and not entry.reviewed:
                # what apply wrote there, no translation of the catalogue's: the source
                # text, its links pointed at the translated pages
                states.source_language += 1
            else:
                states.edited += 1
    return states
