"""Settings for a Django site: defaults < ``cms-i18n.yaml`` < ``CMS_I18N`` < flags.

The one resolver, :func:`cms_i18n.config.load_settings`, with ``CMS_I18N`` as
one more layer, checked like a config file.  It takes every setting a
``cms-i18n.yaml`` takes plus those only a Django site has
(:data:`DJANGO_SETTINGS`):

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
``section_depth``
    With ``catalogue_layout: section``, how many levels of a page's URL path name
    its catalogue (default 2: ``/home/news/…`` → ``content/home/news.po``, one
    catalogue per section of the site, the home page in ``content/home.po``).

Relative paths are taken from ``BASE_DIR`` (the folder of ``manage.py`` in a
project made by ``wagtail start``), else from the current directory.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cms_i18n.config import Anything, Choice, Flag, Integer, Layer, Setting, load_settings
from cms_i18n.errors import ConfigError

SETTING = "CMS_I18N"
DJANGO_SETTINGS: tuple[Setting, ...] = (
    Setting("page_models", Anything("null, a list of 'app_label.Model' names or a dict of "
                                    "name: fields", type(None), list, tuple, Mapping),
            None, "page types to translate (null: every page type)"),
    Setting("models", Anything("a dict of 'app_label.Model': fields", Mapping), {},
            "plain Django models and their translatable fields"),
    Setting("skip_blocks", Anything("a list of block names", list, tuple), [],
            "StreamField block names never sent for translation"),
    Setting("mark_on_publish", Flag(), True, "record published pages for the next run"),
    Setting("section_depth", Integer(1), 2,
            "catalogue_layout: section: the levels of a page's URL path that name its "
            "catalogue (2: the home page and its section, home/news)"),
    # A draft revision is where a Wagtail site's editors review, and only an editor
    # publishes it: every page gets one, reviewed text or not.
    Setting("apply.fallback", Choice("source", "skip"), "source",
            "a page with nothing reviewed: its draft revision in the source language "
            "(source), or none (skip)"),
)


def django_layer() -> Layer:
    """``settings.CMS_I18N`` as a settings layer: paths from ``BASE_DIR``, errors at its line."""
    from django.conf import settings

    value = getattr(settings, SETTING, None)
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"{SETTING} must be a dict of setting: value",
                          path=settings_file(), line=setting_line(SETTING))
    values = {"source": "wagtail", **{k: _plain(v) for k, v in value.items()}}
    return Layer(values, Path(getattr(settings, "BASE_DIR", None) or Path.cwd()).resolve(),
                 settings_file(), label=_label, line_of=lambda key: setting_line(
                     key.rpartition(".")[2]), unknown_prefix=f"{SETTING}: ")


def site_settings(config_file: str | Path | None = None, **overrides: Any) -> dict[str, Any]:
    """The settings of one run on this Django site; ``overrides`` are command flags.

    ``config_file`` is an optional ``cms-i18n.yaml`` read before ``CMS_I18N``
    (default: ``BASE_DIR/cms-i18n.yaml`` when there is one).
    """
    layer = django_layer()
    return load_settings(config_file, root=layer.base, site=layer, extra=DJANGO_SETTINGS,
                         **overrides)


def _label(key: str) -> str:
    """``apply.fallback`` → ``CMS_I18N['apply']['fallback']``, as it is written in settings.py."""
    return SETTING + "".join(f"[{part!r}]" for part in key.split("."))


def settings_file() -> str | None:
    """The settings file whose ``CMS_I18N`` is in force, for error messages.

    ``wagtail start`` projects split settings: ``dev.py`` does ``from .base import *``
    and, at its end, ``from .local import *``.  The file that wins is the last one to
    assign ``CMS_I18N`` in that import order (comments do not count); None when no
    file can be named (``settings.configure()``, or settings built at run time).
    """
    from django.conf import settings

    name = getattr(settings, "SETTINGS_MODULE", None)
    module = sys.modules.get(name) if name else None
    path = getattr(module, "__file__", None)
    return _last_assignment(name, path, set()) if name and path else None


_ASSIGNS = re.compile(rf"^[ \t]*{SETTING}\b\s*(?:=|\[|\.update\b|\|=)", re.MULTILINE)
_STAR_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+\*", re.MULTILINE)


def _last_assignment(name: str, path: str, seen: set[str]) -> str | None:
    """The file that last assigns ``CMS_I18N`` when module ``name`` (at ``path``) runs."""
    if path in seen or not path.endswith(".py"):
        return None
    seen.add(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return None
    events: list[tuple[int, str | None]] = [(m.start(), None) for m in _ASSIGNS.finditer(text)]
    events += [(m.start(), m.group(1)) for m in _STAR_IMPORT.finditer(text)]
    winner = None
    for _, imported in sorted(events, key=lambda event: event[0]):
        if imported is None:
            winner = path
            continue
        full = _absolute(imported, name)
        module = sys.modules.get(full)
        found = getattr(module, "__file__", None)
        if found:
            winner = _last_assignment(full, found, seen) or winner
    return winner


def _absolute(imported: str, within: str) -> str:
    """``.local`` imported by ``mysite.settings.dev`` → ``mysite.settings.local``."""
    dots = len(imported) - len(imported.lstrip("."))
    if not dots:
        return imported
    base = within.split(".")[: -dots]
    rest = imported[dots:]
    return ".".join([*base, rest] if rest else base)


def setting_line(key: str) -> int | None:
    """The line where ``key`` is set inside the ``CMS_I18N`` that is in force."""
    path = settings_file()
    if not path:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    starts = [n for n, line in enumerate(lines) if _ASSIGNS.match(line)]
    if not starts:
        return None
    start = starts[-1]
    if key == SETTING:
        return start + 1
    for number in range(start, len(lines)):
        code = lines[number].split("#", 1)[0]
        if f'"{key}"' in code or f"'{key}'" in code:
            return number + 1
    return start + 1


def _plain(value: Any) -> Any:
    """Paths as strings and mappings as dicts, as they would be in a YAML file."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value
