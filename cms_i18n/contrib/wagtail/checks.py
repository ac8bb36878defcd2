"""Django system checks: catch a half-configured site at ``manage.py check`` time."""

from __future__ import annotations

from typing import Any

from django.core import checks

from cms_i18n.errors import UserError


def register() -> None:
    checks.register(check_settings, "cms_i18n")


def check_settings(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """``CMS_I18N`` is valid, and Wagtail can show the target languages to editors."""
    from django.conf import settings

    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.registry import Registry

    try:
        resolved = site_settings()
        Registry(resolved["page_models"], resolved["models"])
    except UserError as exc:
        return [checks.Error(exc.format(), id="cms_i18n.E001")]
    found: list[checks.CheckMessage] = []
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        found.append(checks.Warning(
            "WAGTAIL_I18N_ENABLED is not True: translated pages are created, but editors "
            "cannot switch locales in the Wagtail admin",
            hint="set WAGTAIL_I18N_ENABLED = True and list the languages in "
                 "WAGTAIL_CONTENT_LANGUAGES", id="cms_i18n.W001"))
        return found
    from wagtail.coreutils import get_content_languages

    content = {code.lower().split("-")[0] for code in get_content_languages()}
    missing = [lang for lang in resolved.get("target_langs") or ()
               if str(lang).lower().split("-")[0] not in content]
    if missing:
        found.append(checks.Warning(
            f"target languages {', '.join(missing)} are not in WAGTAIL_CONTENT_LANGUAGES: "
            "their pages are created in locales the admin hides",
            hint="add them to WAGTAIL_CONTENT_LANGUAGES (and LANGUAGES)", id="cms_i18n.W002"))
    return found
