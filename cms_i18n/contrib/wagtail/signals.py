"""The publish hook: record the page, never translate inside the editor's request.

Translation takes seconds to minutes; an editor pressing "Publish" should not
wait for it.  The handler only notes the page in :class:`TranslationRequest`;
``manage.py cms_i18n translate`` (from cron, a task queue, or by hand) covers
every page and marks the requests it served as done, and
``translate --if-pending`` runs only when some page was published since.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

DISPATCH_UID = "cms_i18n.record_published_page"


def connect() -> None:
    """Connect the handler to Wagtail's ``page_published`` signal (idempotent)."""
    from wagtail.signals import page_published

    page_published.connect(record_published_page, dispatch_uid=DISPATCH_UID)


def record_published_page(sender: type, instance: Any, **kwargs: Any) -> None:
    """Note a published source-language page as waiting for translation."""
    from django.conf import settings

    options = getattr(settings, "CMS_I18N", None) or {}
    if not options.get("mark_on_publish", True) or instance.alias_of_id:
        return
    from cms_i18n.contrib.wagtail.models import TranslationRequest

    source_lang = str(options.get("source_lang") or "en").lower()
    code = instance.locale.language_code.lower()
    if code != source_lang and code.split("-")[0] != source_lang.split("-")[0]:
        return          # a published translation is not new source text
    if not _in_scope(sender, options.get("page_models")):
        return
    pending = TranslationRequest.objects.filter(page_id=instance.pk, done_at__isnull=True)
    if not pending.update(requested_at=timezone.now()):
        TranslationRequest.objects.create(page_id=instance.pk)


def _in_scope(page_type: type, page_models: Any) -> bool:
    """Whether ``translate`` covers this page type (every type when none is configured)."""
    if not page_models:
        return True
    from django.apps import apps

    for label in page_models:
        try:
            if issubclass(page_type, apps.get_model(label)):
                return True
        except (LookupError, ValueError):
            continue        # reported by `manage.py check` and by the commands
    return False
