"""The Wagtail content source, offered to the plugin registry like any other source.

Registering costs nothing without Django: the source module imports Django
only when a :class:`~cms_i18n.contrib.wagtail.source.WagtailSource` is made.
"""

from __future__ import annotations

from cms_i18n.content import ContentSource
from cms_i18n.hookspecs import hookimpl


@hookimpl
def cms_i18n_sources() -> list[type[ContentSource]]:
    from cms_i18n.contrib.wagtail.source import WagtailSource

    return [WagtailSource]
