"""cms-i18n for Wagtail and Django: translate pages into reviewed locales, offline.

Install with ``pip install "cms-i18n[wagtail]"``, add ``"cms_i18n.contrib.wagtail"``
to ``INSTALLED_APPS``, run ``manage.py migrate``, then::

    python manage.py cms_i18n translate --lang es   # pages → locale/es/LC_MESSAGES/content.po
    # … editors review the .po file …
    python manage.py cms_i18n apply --lang es       # Spanish pages as draft revisions

Settings go in ``CMS_I18N`` (see :mod:`.conf`); the content adapter is
:class:`.source.WagtailSource`; the publish hook is in :mod:`.signals`.
"""

from __future__ import annotations

from typing import Any


def translated(obj: Any, field: str, lang: str | None = None) -> Any:
    """A field of a plain Django model in ``lang`` (default: the active language).

    For models listed in ``CMS_I18N["models"]`` that have no locale of their
    own, ``apply`` stores reviewed translations in a table; this reads them
    back and falls back to the source value, so templates can always call it.
    Models with Wagtail's ``TranslatableMixin`` have real copies per locale instead.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.utils import translation

    from cms_i18n.contrib.wagtail.models import FieldTranslation
    from cms_i18n.languages import base, normalize

    code = lang or translation.get_language()
    if code:
        content_type = ContentType.objects.get_for_model(type(obj))
        candidates = dict.fromkeys([normalize(code), normalize(base(code))])
        rows = dict(FieldTranslation.objects.filter(
            content_type=content_type, object_id=str(obj.pk), field=field,
            lang__in=list(candidates)).values_list("lang", "text"))
        for candidate in candidates:
            if candidate in rows:
                return rows[candidate]
    return getattr(obj, field)
