"""Putting translations into the site: page drafts, locale copies, field rows.

What each segment becomes is chosen in :mod:`.sync`; everything here runs inside
its one transaction per document, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.contrib.contenttypes.models import ContentType
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page

from cms_i18n.contrib.wagtail.layout import piece_value, relink_pages, split_body
from cms_i18n.contrib.wagtail.models import FieldTranslation
from cms_i18n.contrib.wagtail.registry import ModelSpec
from cms_i18n.contrib.wagtail.streams import (
    changes,
    keep_editor_keys,
    stored,
    text_leaves,
    with_translations,
)


@dataclass(frozen=True)
class Translation:
    """What one document becomes: the translated body (one section per piece, see
    :mod:`.layout`) and the short fields, as :func:`.sync.write_page` and
    :func:`.sync.write_object` chose them segment by segment."""

    body: str
    fields: Mapping[str, str]


def translated_values(obj: Any, spec: ModelSpec, translation: Translation, locale: Locale,
                      skip: Collection[str]) -> dict[str, Any]:
    """Field name → value to store, from the translated body and fields.

    Blocks follow the source object's order and structure; page links lead to the
    linked page's translation where there is one.
    """
    sections = split_body(translation.body)
    relink = _relinker(locale.pk)
    values: dict[str, Any] = {}
    for field in spec.fields:
        if field.kind == "plain":
            text = translation.fields.get(field.name)
            if text is not None:
                values[field.name] = text
        elif field.kind in ("text", "rich"):
            inner = sections.get((field.name, ""))
            if inner is not None:
                value = piece_value(field.kind, inner)
                values[field.name] = relink_pages(value, relink) if field.kind == "rich" \
                    else value
        else:
            block = obj._meta.get_field(field.name).stream_block
            raw = stored(getattr(obj, field.name))
            texts = {}
            for path, kind, _ in text_leaves(block, raw, skip):
                inner = sections.get((field.name, "/".join(path)))
                if inner is not None:
                    value = piece_value(kind, inner)
                    texts[path] = relink_pages(value, relink) if kind == "rich" else value
            values[field.name] = StreamValue(block, with_translations(block, raw, texts, skip),
                                             is_lazy=True)
    return values


def translated_copy(source: Any, spec: ModelSpec, locale: Locale, *, create: bool
                    ) -> tuple[Any, bool] | None:
    """A translatable object's copy in ``locale`` as it reads now (its latest revision,
    for a model with drafts), and whether it is new (made now, unsaved); None when there
    is none and not ``create``."""
    target = source.get_translation_or_none(locale)
    if target is None:
        return (source.copy_for_translation(locale), True) if create else None
    if spec.draftable:
        target = target.get_latest_revision_as_object()
    return target, False


def store_copy(draft: Any, spec: ModelSpec, values: Mapping[str, Any], *, new: bool,
               code: str) -> tuple[str, bool, Any]:
    """Write ``values`` into a translated copy: (what was done, changed, revision or None).

    A copy that already reads so is left alone (no new revision); a model with drafts
    gets a draft revision, never published.
    """
    if not new:
        values = keep_editor_keys(draft, values)
    if not new and not changes(draft, values):
        return (f"{spec.label} {draft.pk} ({code}): unchanged"
                + (", no new revision" if spec.draftable else "")), False, None
    for name, value in values.items():
        setattr(draft, name, value)
    draft.full_clean()
    if spec.draftable:
        if new:
            draft.live = False
        if new or not draft.live:
            draft.save()
        revision = draft.save_revision(clean=False, log_action=True)
        return f"{spec.label} {draft.pk} ({code}) draft revision {revision.pk}", True, revision
    draft.save()
    return f"{spec.label} {draft.pk} ({code})" + (", new" if new else ""), True, None


def field_rows(source: Any, spec: ModelSpec, lang: str) -> dict[str, str]:
    """Field name → stored text of a plain model's translation rows in ``lang``."""
    content_type = ContentType.objects.get_for_model(spec.model)
    rows = FieldTranslation.objects.filter(content_type=content_type,
                                           object_id=str(source.pk), lang=lang)
    return dict(rows.values_list("field", "text"))


def with_rows(source: Any, spec: ModelSpec, rows: Mapping[str, str]) -> Any:
    """What a reader of ``lang`` sees of a plain model: an unsaved copy of the source
    object with each field that has a translation row set to it."""
    from wagtail.fields import StreamField

    shown = copy.copy(source)
    for name, text in rows.items():
        if isinstance(source._meta.get_field(name), StreamField):
            setattr(shown, name, json.loads(text))
        else:
            setattr(shown, name, text)
    return shown


def store_rows(source: Any, spec: ModelSpec, lang: str, values: Mapping[str, Any],
               rows: Mapping[str, str]) -> tuple[str, bool, dict[str, str]]:
    """Write a plain model's translation rows: (what was done, changed, rows now).

    Readers get a field with no row in the source language, from
    :func:`cms_i18n.contrib.wagtail.translated`.
    """
    content_type = ContentType.objects.get_for_model(spec.model)
    held = dict(rows)
    changed = 0
    for name, value in values.items():
        text = json.dumps(value.get_prep_value(), ensure_ascii=False) \
            if isinstance(value, StreamValue) else str(value)
        if held.get(name) == text:
            continue
        FieldTranslation.objects.update_or_create(
            content_type=content_type, object_id=str(source.pk), field=name, lang=lang,
            defaults={"text": text})
        held[name] = text
        changed += 1
    noun = "field" if len(held) == 1 else "fields"
    line = f"{spec.label} {source.pk} ({lang}): {len(held)} {noun}"
    return (line if changed else f"{line}, unchanged"), bool(changed), held


def _relinker(locale_id: int) -> Any:
    """Page id → id of its translation in the locale (None when not translated)."""
    @cache
    def translated(page_id: int) -> int | None:
        key = Page.objects.filter(pk=page_id).values_list("translation_key", flat=True).first()
        if key is None:
            return None
        return Page.objects.filter(translation_key=key, locale_id=locale_id) \
            .values_list("pk", flat=True).first()

    return translated
