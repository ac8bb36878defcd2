"""Which models are translated, and which of their fields, from ``CMS_I18N``.

A field is one of four kinds:

``plain``   a ``CharField`` (title, seo_title…) or a page's search description:
            one catalogue entry, context ``<document>:<field>``;
``text``    a ``TextField``: its paragraphs become units of the document body;
``rich``    a ``RichTextField``: its block elements become units, inline markup kept;
``stream``  a ``StreamField``: every text block (see :mod:`.streams`).

Slugs, URLs, e-mail addresses, fields with choices and relations are never
translated.  Page types listed without fields, and every page type when
``page_models`` is not set, get Wagtail's ``title``, ``seo_title`` and
``search_description`` plus every text field the page type itself declares.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, TranslatableMixin

from cms_i18n.contrib.wagtail.conf import SETTING, setting_line, settings_file
from cms_i18n.errors import ConfigError

PAGE_FIELDS = ("title", "seo_title", "search_description")
_NEVER = (models.SlugField, models.URLField, models.EmailField, models.FilePathField,
          models.GenericIPAddressField)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str          # plain | text | rich | stream


@dataclass(frozen=True)
class ModelSpec:
    """A model and the fields of it that get translated."""

    model: type[models.Model]
    fields: tuple[FieldSpec, ...]

    @property
    def label(self) -> str:
        return self.model._meta.label

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)

    @property
    def translatable(self) -> bool:
        """Has a locale and translation key: translations are copies in another locale."""
        return issubclass(self.model, TranslatableMixin)

    @property
    def draftable(self) -> bool:
        return issubclass(self.model, DraftStateMixin)


def field_kind(field: Any) -> str | None:
    """The kind of a model field, or None when it is not translated."""
    if isinstance(field, StreamField):
        return "stream"
    if isinstance(field, RichTextField):
        return "rich"
    if not isinstance(field, (models.CharField, models.TextField)) or isinstance(field, _NEVER):
        return None
    if field.choices or not field.editable or field.primary_key:
        return None
    if isinstance(field, models.TextField) and field.name != "search_description":
        return "text"
    return "plain"


def auto_page_fields(model: type[Page]) -> tuple[FieldSpec, ...]:
    """Wagtail's own text fields, then the ones the page type declares."""
    specs = [FieldSpec(name, field_kind(model._meta.get_field(name)) or "plain")
             for name in PAGE_FIELDS]
    for field in model._meta.get_fields():
        if getattr(field, "model", Page) is Page or field.auto_created or not field.concrete:
            continue
        kind = field_kind(field)
        if kind and field.name not in PAGE_FIELDS:
            specs.append(FieldSpec(field.name, kind))
    return tuple(specs)


def explicit_fields(model: type[models.Model], names: Sequence[str],
                    setting: str) -> tuple[FieldSpec, ...]:
    """Specs for the fields a site listed; a field that cannot be translated is an error."""
    if isinstance(names, str) or not isinstance(names, Sequence) or not names:
        raise ConfigError(f"{SETTING}[{setting!r}]: {model._meta.label} needs a list of "
                          "field names", path=settings_file(), line=setting_line(setting))
    specs = []
    for name in names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            raise ConfigError(f"{SETTING}[{setting!r}]: {model._meta.label} has no field "
                              f"{name!r}", path=settings_file(),
                              line=setting_line(setting)) from None
        kind = field_kind(field)
        if kind is None:
            raise ConfigError(f"{SETTING}[{setting!r}]: {model._meta.label}.{name} is a "
                              f"{type(field).__name__}; only text, rich text and StreamFields "
                              "are translated", path=settings_file(),
                              line=setting_line(setting))
        specs.append(FieldSpec(name, kind))
    return tuple(specs)


def resolve_model(label: str, setting: str) -> type[models.Model]:
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        raise ConfigError(f"{SETTING}[{setting!r}]: no model {label!r} "
                          "(expected 'app_label.ModelName' of an installed app)",
                          path=settings_file(), line=setting_line(setting)) from None


class Registry:
    """Page types and plain models to translate, with their fields."""

    def __init__(self, page_models: Sequence[str] | Mapping[str, Any] | None,
                 models_: Mapping[str, Sequence[str]] | None) -> None:
        self._page_fields: dict[type[Page], tuple[FieldSpec, ...] | None] = {}
        self.all_pages = page_models is None
        if page_models is not None:
            items = page_models.items() if isinstance(page_models, Mapping) \
                else ((name, None) for name in page_models)
            for label, names in items:
                model = resolve_model(label, "page_models")
                if not issubclass(model, Page):
                    raise ConfigError(f"{SETTING}['page_models']: {label} is not a page "
                                      "type; list it under 'models'", path=settings_file(),
                                      line=setting_line("page_models"))
                self._page_fields[model] = None if names is None else \
                    explicit_fields(model, names, "page_models")
        self.models: list[ModelSpec] = []
        for label, names in (models_ or {}).items():
            model = resolve_model(label, "models")
            if issubclass(model, Page):
                raise ConfigError(f"{SETTING}['models']: {label} is a page type; list it "
                                  "under 'page_models'", path=settings_file(),
                                  line=setting_line("models"))
            self.models.append(ModelSpec(model, explicit_fields(model, names, "models")))
        self._cache: dict[type[models.Model], ModelSpec] = {}

    @property
    def page_types(self) -> list[type[Page]]:
        """The configured page types (empty when every page type is translated)."""
        return list(self._page_fields)

    def page_spec(self, model: type[Page]) -> ModelSpec:
        """The spec of a page type; a subtype inherits its configured ancestor's fields."""
        if model not in self._cache:
            fields = None
            for base in model.__mro__:
                if base in self._page_fields:
                    fields = self._page_fields[base]
                    break
            self._cache[model] = ModelSpec(model, fields or auto_page_fields(model))
        return self._cache[model]

    def model_spec(self, label: str) -> ModelSpec:
        for spec in self.models:
            if spec.label == label:
                return spec
        raise KeyError(label)
