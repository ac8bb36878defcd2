"""Django system checks: catch a half-configured site at ``manage.py check`` time."""

from __future__ import annotations

from typing import Any

from django.core import checks

from cms_i18n.errors import UserError
from cms_i18n.languages import base


def register() -> None:
    checks.register(check_settings, "cms_i18n")
    checks.register(check_engines, "cms_i18n")
    checks.register(check_glossary, "cms_i18n")
    checks.register(check_content, "cms_i18n", "database")


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

    content = {base(code) for code in get_content_languages()}
    missing = [lang for lang in resolved.get("target_langs") or ()
               if base(str(lang)) not in content]
    if missing:
        found.append(checks.Warning(
            f"target languages {', '.join(missing)} are not in WAGTAIL_CONTENT_LANGUAGES: "
            "their pages are created in locales the admin hides",
            hint="add them to WAGTAIL_CONTENT_LANGUAGES (and LANGUAGES)", id="cms_i18n.W002"))
    return found


def _resolved() -> dict[str, Any] | None:
    from cms_i18n.contrib.wagtail.conf import site_settings

    try:
        return site_settings()
    except UserError:
        return None             # reported by check_settings


def check_engines(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """An installed engine can translate the source language into each target language."""
    from cms_i18n.errors import EngineError
    from cms_i18n.languages import normalize
    from cms_i18n.pipeline import choose_engine

    resolved = _resolved()
    if resolved is None:
        return []
    source = normalize(str(resolved.get("source_lang") or "en"))
    found: list[checks.CheckMessage] = []
    for lang in resolved.get("target_langs") or ():
        try:
            choose_engine(str(resolved.get("engine") or "auto"), source, normalize(str(lang)),
                          resolved).close()
        except EngineError as exc:
            # A warning: the site runs, reviews and applies without an engine (an error
            # would stop runserver and migrate); `translate` alone needs one.
            found.append(checks.Warning(exc.message if exc.hint else exc.format(),
                                        hint=exc.hint, id="cms_i18n.W005"))
        except UserError as exc:
            found.append(checks.Error(exc.format(), id="cms_i18n.E001"))
    return found


def check_glossary(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """The glossary folder exists and every file in it is valid."""
    from pathlib import Path

    from cms_i18n.glossary import load_glossary

    resolved = _resolved()
    if resolved is None or not resolved.get("glossary_dir"):
        return []
    folder = Path(resolved["glossary_dir"])
    if not folder.exists():
        return [checks.Warning(
            f"no glossary at {folder}: entity names will not be enforced",
            hint="`python manage.py cms_i18n glossary init` copies the bundled glossary "
                 "there; or set CMS_I18N['glossary_dir']", id="cms_i18n.W003")]
    try:
        load_glossary(folder)
    except UserError as exc:
        return [checks.Error(f"glossary: {exc.format()}",
                             hint="`python manage.py cms_i18n glossary validate` lists every "
                                  "problem", id="cms_i18n.E003")]
    return []


def check_content(app_configs: Any = None, databases: Any = None,
                  **kwargs: Any) -> list[checks.CheckMessage]:
    """The source language has a Wagtail locale, each configured page type has text, and
    each target language's home page, where there is one, is live (else Wagtail serves the
    source site at that language's addresses).

    These need the database, so they run when Django checks with databases (``migrate``,
    ``check --database default``), and say nothing when its tables are not there yet.
    """
    from django.db import DatabaseError

    from cms_i18n.contrib.wagtail.registry import Registry
    from cms_i18n.contrib.wagtail.source import source_locale
    from cms_i18n.contrib.wagtail.sync import home_not_live

    resolved = _resolved()
    if resolved is None or not databases:
        return []
    found: list[checks.CheckMessage] = []
    try:
        locale = source_locale(str(resolved.get("source_lang") or "en"))
    except UserError as exc:
        return [checks.Error(exc.format(), id="cms_i18n.E004")]
    except DatabaseError:
        return []
    registry = Registry(resolved["page_models"], resolved["models"])
    for model in registry.page_types:
        try:
            live = model.objects.live().filter(locale=locale).exists()
        except DatabaseError:
            return found
        if not live:
            found.append(checks.Warning(
                f"{model._meta.label} in CMS_I18N['page_models'] has no live page in "
                f"{locale.language_code}: nothing of it will be translated",
                hint="publish a page of that type, or remove it from page_models",
                id="cms_i18n.W004"))
    source_lang = str(resolved.get("source_lang") or "en")
    for lang in resolved.get("target_langs") or ():
        found += [checks.Warning(line.split(": ", 1)[1], hint="publish it in the admin",
                                 id="cms_i18n.W006")
                  for line in home_not_live(str(lang), source_lang)]
    return found
