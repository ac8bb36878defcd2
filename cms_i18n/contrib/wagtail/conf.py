"""Settings for a Django site: ``plugin.yaml`` < ``cms-i18n.yaml`` < ``CMS_I18N`` < flags.

``settings.CMS_I18N`` takes the keys of ``plugin.yaml``'s settings block (the
same ones a ``cms-i18n.yaml`` takes) plus a few that only a Django site has:

``page_models``
    Page types to translate, as ``"app_label.ModelName"``; a list (fields
    found automatically) or a mapping to a list of field names.  Default:
    every page type.
``models``
    Plain Django models (snippets…) and their translatable fields:
    ``{"news.Snippet": ["title", "body"]}``.
``skip_blocks``
    StreamField block names never sent for translation (``"anchor"``, ``"code"``).
``mark_on_publish``
    Record every published page as waiting for translation (default ``True``).

Relative paths are taken from ``BASE_DIR`` (the folder of ``manage.py`` in a
project made by ``wagtail start``), else from the current directory.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cms_i18n.config import defaults, load_settings
from cms_i18n.errors import ConfigError

SETTING = "CMS_I18N"
DJANGO_KEYS: dict[str, Any] = {
    "page_models": None,
    "models": {},
    "skip_blocks": [],
    "mark_on_publish": True,
}


def django_value() -> dict[str, Any]:
    """``settings.CMS_I18N`` checked for unknown keys and wrong types."""
    from django.conf import settings

    value = getattr(settings, SETTING, None)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"{SETTING} must be a dict of setting: value",
                          path=settings_file(), line=setting_line(SETTING))
    known = {**defaults(), **DJANGO_KEYS}
    for key in value:
        if key not in known:
            raise ConfigError(f"{SETTING}: unknown setting {key!r} "
                              f"(known: {', '.join(sorted(known))})",
                              path=settings_file(), line=setting_line(key))
        if isinstance(known[key], dict) and not isinstance(value[key], Mapping):
            raise ConfigError(f"{SETTING}[{key!r}] must be a dict", path=settings_file(),
                              line=setting_line(key))
    for key, expected in (("models", Mapping), ("skip_blocks", (list, tuple))):
        if key in value and not isinstance(value[key], expected):
            kind = "a dict" if key == "models" else "a list"
            raise ConfigError(f"{SETTING}[{key!r}] must be {kind}", path=settings_file(),
                              line=setting_line(key))
    page_models = value.get("page_models")
    if page_models is not None and not isinstance(page_models, (list, tuple, Mapping)):
        raise ConfigError(f"{SETTING}['page_models'] must be a list of 'app_label.Model' "
                          "names or a dict of name: fields", path=settings_file(),
                          line=setting_line("page_models"))
    return dict(value)


def site_settings(config_file: str | Path | None = None, **overrides: Any) -> dict[str, Any]:
    """The settings of one run on this Django site; ``overrides`` are command flags.

    ``config_file`` is an optional ``cms-i18n.yaml`` read before ``CMS_I18N``.
    """
    from django.conf import settings as django_settings

    site = django_value()
    root = getattr(django_settings, "BASE_DIR", None) or Path.cwd()
    given = {k: _plain(v) for k, v in site.items()}
    given.update({k: v for k, v in overrides.items() if v is not None})
    given.setdefault("source", "wagtail")
    resolved = load_settings(config_file, root=root, **given)
    for key, default in DJANGO_KEYS.items():
        resolved.setdefault(key, default)
    return resolved


def settings_file() -> str | None:
    """The settings file that defines ``CMS_I18N``, for error messages.

    ``wagtail start`` projects split settings (``dev.py`` imports ``base.py``):
    the file of the settings module is preferred, then the first module of its
    package that mentions ``CMS_I18N``.
    """
    from django.conf import settings

    name = getattr(settings, "SETTINGS_MODULE", None)
    if not name:
        return None            # settings.configure(): the message names CMS_I18N
    package = name.rpartition(".")[0]
    candidates = [sys.modules.get(name)] + [
        module for key, module in sorted(sys.modules.items())
        if package and key.startswith(package + ".") and key != name]
    files = [f for f in (getattr(m, "__file__", None) for m in candidates if m) if f]
    for path in files:
        try:
            if SETTING in Path(path).read_text(encoding="utf-8"):
                return path
        except OSError:
            continue
    return files[0] if files else name


def setting_line(key: str) -> int | None:
    """The line of the settings file where ``key`` first appears inside ``CMS_I18N``."""
    path = settings_file()
    if not path or not path.endswith(".py"):
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    start = next((n for n, line in enumerate(lines) if SETTING in line), None)
    if start is None:
        return None
    if key == SETTING:
        return start + 1
    for number in range(start, len(lines)):
        if f'"{key}"' in lines[number] or f"'{key}'" in lines[number]:
            return number + 1
    return start + 1


def _plain(value: Any) -> Any:
    """Paths as strings, so that ``load_settings`` resolves them like YAML values."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value
