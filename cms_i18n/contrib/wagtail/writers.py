"""Putting reviewed translations into the site: page drafts, locale copies, field rows.

Everything here runs inside one transaction per document (see
:meth:`WagtailSource.write_translation`), so a failure leaves nothing
half-written.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.contrib.contenttypes.models import ContentType
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page

from cms_i18n.content import Written
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
    """What ``apply`` produced for one document, next to the same document untranslated.

    ``plain_body``/``plain_fields`` are what ``apply`` would have written with no
    reviewed unit at all (cleaned source text): a section or field that reads
    the same in both holds nothing an editor reviewed.
    """

    body: str
    fields: Mapping[str, str]
    plain_body: str
    plain_fields: Mapping[str, str]


def translated_values(obj: Any, spec: ModelSpec, translation: Translation, locale: Locale,
                      skip: Collection[str], current: Any = None) -> dict[str, Any]:
    """Field name → value to store, from the translated body and fields.

    With ``current`` (the translation as it stands), a field or block with no
    reviewed text keeps what the translation already holds — an editor's work
    in the admin, or an earlier reviewed text — instead of the source text.
    Blocks follow the source page's order and structure.
    """
    sections, plain = split_body(translation.body), split_body(translation.plain_body)
    relink = _relinker(locale.pk)
    values: dict[str, Any] = {}
    for field in spec.fields:
        if field.kind == "plain":
            text = translation.fields.get(field.name)
            if text is not None and (current is None
                                     or text != translation.plain_fields.get(field.name)):
                values[field.name] = text
        elif field.kind in ("text", "rich"):
            inner = sections.get((field.name, ""))
            if inner is not None and (current is None or inner != plain.get((field.name, ""))):
                value = piece_value(field.kind, inner)
                values[field.name] = relink_pages(value, relink) if field.kind == "rich" \
                    else value
        else:
            block = obj._meta.get_field(field.name).stream_block
            raw = stored(getattr(obj, field.name))
            kept = {} if current is None else {
                path: text for path, _, text in
                text_leaves(block, stored(getattr(current, field.name)), skip)}
            texts = {}
            for path, kind, _ in text_leaves(block, raw, skip):
                key = (field.name, "/".join(path))
                inner = sections.get(key)
                if inner is None:
                    continue
                if inner == plain.get(key) and path in kept:
                    texts[path] = kept[path]
                else:
                    value = piece_value(kind, inner)
                    texts[path] = relink_pages(value, relink) if kind == "rich" else value
            values[field.name] = StreamValue(block, with_translations(block, raw, texts, skip),
                                             is_lazy=True)
    return values


def write_translatable(source: Any, spec: ModelSpec, locale: Locale, translation: Translation,
                       skip: Collection[str]) -> Written:
    """A model with a locale (a translatable snippet): update or create its copy; a copy
    that already reads so is left alone (no new revision)."""
    target = source.get_translation_or_none(locale)
    created = target is None
    if target is None:
        target = source.copy_for_translation(locale)
    elif spec.draftable:
        target = target.get_latest_revision_as_object()
    values = translated_values(source, spec, translation, locale, skip,
                               current=None if created else target)
    code = locale.language_code
    if not created:
        values = keep_editor_keys(target, values)
    if not created and not changes(target, values):
        return Written(f"{spec.label} {target.pk} ({code}): unchanged"
                       + (", no new revision" if spec.draftable else ""), changed=False)
    for name, value in values.items():
        setattr(target, name, value)
    target.full_clean()
    if spec.draftable:
        if created:
            target.live = False
        if created or not target.live:
            target.save()
        revision = target.save_revision(clean=False, log_action=True)
        return Written(f"{spec.label} {target.pk} ({code}) draft revision {revision.pk}")
    target.save()
    return Written(f"{spec.label} {target.pk} ({code})" + (", new" if created else ""))


def write_fields(source: Any, spec: ModelSpec, lang: str, locale: Locale,
                 translation: Translation, skip: Collection[str]) -> Written:
    """A model without a locale: one :class:`FieldTranslation` row per reviewed field.

    Fields with nothing reviewed get no row (or keep theirs): readers get the
    source text from :func:`cms_i18n.contrib.wagtail.translated` meanwhile.
    """
    content_type = ContentType.objects.get_for_model(spec.model)
    values = translated_values(source, spec, translation, locale, skip, current=source)
    rows = FieldTranslation.objects.filter(content_type=content_type,
                                           object_id=str(source.pk), lang=lang)
    held = dict(rows.values_list("field", "text"))
    changed = 0
    for name, value in values.items():
        text = json.dumps(value.get_prep_value(), ensure_ascii=False) \
            if isinstance(value, StreamValue) else str(value)
        if held.get(name) == text:
            continue
        FieldTranslation.objects.update_or_create(
            content_type=content_type, object_id=str(source.pk), field=name, lang=lang,
            defaults={"text": text})
        changed += 1
    noun = "field" if len(values) == 1 else "fields"
    line = f"{spec.label} {source.pk} ({lang}): {len(values)} {noun}"
    return Written(line if changed else f"{line}, unchanged", changed=bool(changed))


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
