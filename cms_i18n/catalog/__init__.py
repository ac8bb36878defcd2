"""Gettext catalogues: build, merge without losing reviewed work, check, compile.

The pipeline calls :func:`update_catalog` once per language and document set; editors
review the ``.po`` files in any PO editor; ``cms-i18n status``, ``check`` and
``compile`` read them back.  See :mod:`.merge` for the rules that protect reviewed
translations and :mod:`.po` for the file format.

The names below are imported from their modules when first asked for, so that reading
one module of the package (``catalog.po`` for ``status``) does not load the merge and
update machinery too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cms_i18n.catalog.merge import CatalogEntry, UpdateResult
    from cms_i18n.catalog.update import (
        catalog_paths,
        read_reviewed,
        translations_for_apply,
        update_catalog,
    )

__all__ = [
    "CatalogEntry",
    "UpdateResult",
    "catalog_paths",
    "read_reviewed",
    "translations_for_apply",
    "update_catalog",
]

_HOME = {"CatalogEntry": "merge", "UpdateResult": "merge", "catalog_paths": "update",
         "read_reviewed": "update", "translations_for_apply": "update",
         "update_catalog": "update"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
