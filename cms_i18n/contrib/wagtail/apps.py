"""The Django app configuration: ``INSTALLED_APPS += ["cms_i18n.contrib.wagtail"]``."""

from __future__ import annotations

from django.apps import AppConfig


class CmsI18nConfig(AppConfig):
    """Registers the publish hook and the system checks once Django is ready.

    The label is ``cms_i18n``, not the default ``wagtail``, which Wagtail's own
    core app already uses.
    """

    name = "cms_i18n.contrib.wagtail"
    label = "cms_i18n"
    verbose_name = "Translation (cms-i18n)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms_i18n.contrib.wagtail import checks, signals

        signals.connect()
        checks.register()
