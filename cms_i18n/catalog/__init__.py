"""Gettext catalogues: build, merge without losing reviewed work, check, compile.

The pipeline calls :func:`update_catalog` once per language and document set; editors
review the ``.po`` files in any PO editor; ``cms-i18n status``, ``check`` and
``compile`` read them back.  See :mod:`.merge` for the rules that protect reviewed
translations and :mod:`.po` for the file format.
"""

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
