"""The ``wagtail`` content source: live pages and registered models of a Django site.

One document per live page of the source locale, id ``page/<translation_key>``
(the key Wagtail shares between a page and its translations, so catalogues
survive slug changes and moves), and one per object of each model listed in
``CMS_I18N["models"]``.  Short fields become entries of their own; long text
is laid out as an HTML body (see :mod:`.layout`) with one section per rich
text field, plain text field and StreamField text block.

``apply`` writes each page as a **draft revision** of its translation in the
target locale — created with Wagtail's ``copy_for_translation`` when missing —
and never publishes: that stays an editor's decision.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cms_i18n.content import Written
from cms_i18n.document import Document
from cms_i18n.errors import ConfigError, InputError
from cms_i18n.languages import base


def ensure_django() -> None:
    """Set Django up when the source is used outside ``manage.py`` (the plain CLI)."""
    import django
    from django.apps import apps
    from django.conf import settings

    if not settings.configured and not os.environ.get("DJANGO_SETTINGS_MODULE"):
        raise ConfigError("the wagtail content source needs a Django project: run "
                          "`python manage.py cms_i18n …` or set DJANGO_SETTINGS_MODULE")
    if not apps.ready:
        django.setup()
    if not apps.is_installed("cms_i18n.contrib.wagtail"):
        raise ConfigError('add "cms_i18n.contrib.wagtail" to INSTALLED_APPS')


class WagtailSource:
    """Reads pages and registered objects; writes reviewed translations as drafts."""

    name = "wagtail"
    #: Pages get draft revisions, published by an editor: written before any review.
    writes_drafts = True

    def __init__(self, settings: Mapping[str, Any]) -> None:
        ensure_django()
        from cms_i18n.contrib.wagtail.conf import DJANGO_SETTINGS, site_settings
        from cms_i18n.contrib.wagtail.registry import Registry

        # Settings resolved by the plain command line lack the Django-only keys.
        options = settings if all(s.key in settings for s in DJANGO_SETTINGS) \
            else site_settings()
        self.settings = settings
        self.source_lang = str(settings.get("source_lang") or "en")
        self.root = Path(settings.get("root") or ".")
        self.skip = frozenset(options["skip_blocks"] or ())
        self.registry = Registry(options["page_models"], options["models"])
        self.section_depth = int(options["section_depth"])

    # -- reading ---------------------------------------------------------------

    def documents(self) -> Iterator[Document]:
        """Pages in tree order (parents before children), then registered objects."""
        count = 0
        for obj, spec in self.objects():
            document = self.document(obj, spec)
            if document is not None:
                count += 1
                yield document
        if not count:
            raise InputError(f"nothing to translate: no live page or registered object in "
                             f"the source language ({self.source_lang}) has text")

    def objects(self) -> Iterator[tuple[Any, Any]]:
        """(object, spec) for everything in scope, in a stable order."""
        from wagtail.models import Page

        locale = source_locale(self.source_lang)
        pages = Page.objects.live().filter(locale=locale, alias_of__isnull=True,
                                           depth__gt=1)
        if not self.registry.all_pages:
            types = self.registry.page_types
            pages = pages.type(*types) if types else pages.none()
        for page in pages.order_by("path").specific().iterator():
            yield page, self.registry.page_spec(type(page))
        for spec in self.registry.models:
            queryset = spec.model._default_manager.all()
            if spec.translatable:
                queryset = queryset.filter(locale=locale)
            if spec.draftable:
                queryset = queryset.filter(live=True)
            for obj in queryset.order_by("pk").iterator():
                yield obj, spec

    def document(self, obj: Any, spec: Any) -> Document | None:
        """One object as a document; None when it has no text to translate."""
        from cms_i18n.contrib.wagtail.layout import build_body

        fields, pieces = text_of(obj, spec, self.skip)
        if not fields and not pieces:
            return None
        return Document(id=document_id(obj, spec), path=self.root / reference(obj, spec),
                        format="html", body=build_body(pieces), fields=fields,
                        meta={"model": spec.label, "pk": obj.pk}, source_lang=self.source_lang,
                        section=self._section(obj, spec))

    def catalog_of(self, obj: Any, spec: Any, lang: str) -> Path:
        """The catalogue holding ``obj``'s entries in ``lang``, in the site's
        ``catalogue_layout``: where ``translate`` writes them and ``apply`` reads them,
        so that the review screens, the page editor's sign and the sync of admin edits
        read and write that same file."""
        from cms_i18n.catalog.layout import document_catalog

        place = Document(id=document_id(obj, spec), path=self.root / reference(obj, spec),
                         format="html", body="", section=self._section(obj, spec))
        return document_catalog(self.settings, place, lang)

    def _section(self, obj: Any, spec: Any) -> str | None:
        return page_section(obj, self.section_depth) if spec.is_page else None

    # -- writing ---------------------------------------------------------------

    def write_units(self, prepared: Any, lang: str, translations: Mapping[tuple[str, str], str],
                    changed: Mapping[tuple[str, str], Any] | None = None) -> Any:
        """Write a page's or object's translation segment by segment, keeping what editors
        typed in the admin; returns a :class:`~.sync.PageReport` (what was written, kept
        and left in the source language).  ``changed``: the units whose source changed
        since their translation was reviewed (:func:`cms_i18n.pipeline.source_changes`),
        which get what a file gets."""
        from cms_i18n.contrib.wagtail import sync

        obj, spec = self._source_object(prepared.document)
        with _saving(prepared.document, lang, spec, obj):
            catalog = self.catalog_of(obj, spec, lang)
            if spec.is_page:
                return sync.write_page(obj, spec, prepared, lang, translations, self.skip,
                                       changed, catalog)
            return sync.write_object(obj, spec, prepared, lang, translations, self.skip,
                                     changed, catalog)

    def write_translation(self, document: Document, lang: str, body: str,
                          fields: Mapping[str, str]) -> Written:
        """Not used: :meth:`write_units` writes every page and object, segment by segment,
        so that no paragraph an editor typed in the admin is overwritten by a whole
        field.  A caller that has only the whole translated text is refused."""
        raise InputError(f"{document.id}: the wagtail source writes translations segment "
                         "by segment (write_units), never a whole document at once")

    def named_source_changes(self, lang: str, marks: Iterable[str]) -> set[str]:
        """Of the units whose source changed since review (their marks), those an earlier
        ``apply`` named already: the site keeps them in the record a file site keeps
        (``.cms-i18n/apply.json`` under its root), so each is named once, then counted
        on one line until its entry is reviewed."""
        from cms_i18n.content.previews import ApplyRecord

        return ApplyRecord(self.root).name_source_changes(lang, marks)

    def _source_object(self, document: Document) -> tuple[Any, Any]:
        from django.apps import apps

        label = str(document.meta["model"])
        model = apps.get_model(label)
        spec = self.registry.page_spec(model) if self._is_page(model) \
            else self.registry.model_spec(label)
        try:
            obj = model._default_manager.get(pk=document.meta["pk"])
        except model.DoesNotExist:
            raise InputError(f"{document.id}: {label} {document.meta['pk']} no longer "
                             "exists") from None
        return obj, spec

    @staticmethod
    def _is_page(model: type) -> bool:
        from wagtail.models import Page

        return issubclass(model, Page)


@contextmanager
def _saving(document: Document, lang: str, spec: Any, obj: Any) -> Iterator[None]:
    """Django's validation errors as one line naming the document and the field."""
    from django.core.exceptions import ValidationError

    try:
        yield
    except ValidationError as exc:
        problems = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in
                             exc.message_dict.items()) if hasattr(exc, "error_dict") \
            else " ".join(exc.messages)
        raise InputError(f"cannot save the {lang} translation of {document.id} "
                         f"({spec.label} {obj.pk}): {problems}") from None


def text_of(obj: Any, spec: Any, skip: Collection[str], like: Any = None
            ) -> tuple[dict[str, str], list[Any]]:
    """An object's translatable text: short fields by name, and the long-text pieces;
    ``like``, the source a translation ``obj`` translates, whose list blocks its own are
    read as (see :func:`~.streams.aligned_lists`)."""
    from cms_i18n.contrib.wagtail.layout import Piece
    from cms_i18n.contrib.wagtail.streams import aligned_lists, stored, text_leaves

    fields: dict[str, str] = {}
    pieces: list[Piece] = []
    for field in spec.fields:
        value = getattr(obj, field.name)
        if field.kind == "stream":
            block = obj._meta.get_field(field.name).stream_block
            raw: Any = stored(value)
            if like is not None:
                raw = aligned_lists(block, stored(getattr(like, field.name)), raw)
            for path, kind, text in text_leaves(block, raw, skip):
                pieces.append(Piece(field.name, "/".join(path), kind, text))
        elif value and str(value).strip():
            # a text area's line breaks as LF, whichever way the page editor's form sent
            # them (CRLF): its paragraphs are read as the catalogue writes them
            text = str(value).replace("\r\n", "\n")
            if field.kind == "plain":
                fields[field.name] = text
            else:
                pieces.append(Piece(field.name, "", field.kind, text))
    return fields, pieces


def places(obj: Any, spec: Any, skip: Collection[str]) -> dict[int, str]:
    """Where each line of ``obj``'s laid-out body comes from, as an editor names it: the
    field, and in a StreamField the blocks ("extra › quote › text").  The review screen
    labels each segment so; its catalogue entry knows only the body's line."""
    from cms_i18n.contrib.wagtail.layout import build_body, line_keys
    from cms_i18n.contrib.wagtail.streams import leaf_names, stored

    names: dict[tuple[str, str], str] = {}
    for field in spec.fields:
        if field.kind == "stream":
            block = obj._meta.get_field(field.name).stream_block
            for path, blocks in leaf_names(block, stored(getattr(obj, field.name)),
                                           skip).items():
                names[(field.name, "/".join(path))] = " › ".join((field.name, *blocks))
    _, pieces = text_of(obj, spec, skip)
    return {line: names.get(key, key[0])
            for line, key in line_keys(build_body(pieces)).items()}


def document_id(obj: Any, spec: Any) -> str:
    """``page/<translation_key>``; ``<app>.<model>/<translation_key or pk>`` otherwise."""
    if spec.is_page:
        return f"page/{obj.translation_key}"
    key = obj.translation_key if spec.translatable else obj.pk
    return f"{spec.label.lower()}/{key}"


def page_section(page: Any, depth: int) -> str:
    """The subtree a page belongs to, for ``catalogue_layout: section``: the first
    ``depth`` slugs of its URL path (``/home/news/world/story/``, depth 2 →
    ``home/news``), so that a large site gets one catalogue per section.

    Pages come in tree order, so a subtree's pages come together, as a catalogue's
    documents must.  Snippets and models are sharded by model (their id's prefix).

    >>> from types import SimpleNamespace
    >>> page_section(SimpleNamespace(url_path="/home/news/world/story/"), 2)
    'home/news'
    >>> page_section(SimpleNamespace(url_path="/home/"), 2)
    'home'
    """
    return "/".join([part for part in str(page.url_path).split("/") if part][:depth])


def reference(obj: Any, spec: Any) -> str:
    """What ``#:`` lines point at: the object, for an editor to find in the admin."""
    if spec.is_page:
        return f"pages/{obj.pk}"
    return f"{spec.model._meta.app_label}/{spec.model._meta.model_name}/{obj.pk}"


def source_locale(lang: str) -> Any:
    """The Wagtail locale of the source language (``en`` also matches ``en-us``)."""
    from wagtail.models import Locale

    wanted = lang.lower()
    wanted_base = base(wanted)
    locales = list(Locale.all_objects.all())
    for candidates in ([x for x in locales if x.language_code.lower() == wanted],
                       [x for x in locales if base(x.language_code) == wanted_base]):
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            try:
                default = Locale.get_default()
            except (Locale.DoesNotExist, LookupError):
                default = None
            return default if default in candidates else candidates[0]
    raise ConfigError(f"no Wagtail locale for the source language {lang!r} "
                      f"(locales: {', '.join(x.language_code for x in locales) or 'none'}); "
                      "set CMS_I18N['source_lang']")


def target_locale(lang: str) -> Any:
    """The Wagtail locale of a target language, created when the site has none yet."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale

    wanted = lang.lower()
    for locale in Locale.all_objects.all():
        if locale.language_code.lower() == wanted:
            return locale
    try:
        code = get_supported_content_language_variant(wanted)
    except LookupError:
        code = wanted
    return Locale.all_objects.get_or_create(language_code=code)[0]

