"""The publish hook: record the page, never translate inside the editor's request.

Translation takes seconds to minutes; an editor pressing "Publish" should not
wait for it.  The handler only notes the page in :class:`TranslationRequest`;
``manage.py cms_i18n translate`` (from cron, a task queue, or by hand) covers
every page and marks the requests it served as done, and
``translate --if-pending`` runs only when some page was published since.  A site
that configured Django's task framework (``TASKS``) gets that run enqueued at
once (see :mod:`.tasks`).
"""

from __future__ import annotations

import logging
from typing import Any

from django.utils import timezone

from cms_i18n import languages
from cms_i18n.contrib.wagtail.conf import site_settings
from cms_i18n.errors import UserError

DISPATCH_UID = "cms_i18n.record_published_page"
log = logging.getLogger(__name__)


def connect() -> None:
    """Connect the handler to Wagtail's ``page_published`` signal (idempotent)."""
    from wagtail.signals import page_published

    page_published.connect(record_published_page, dispatch_uid=DISPATCH_UID)


def record_published_page(sender: type, instance: Any, **kwargs: Any) -> None:
    """Note a published source-language page as waiting for translation."""
    if instance.alias_of_id:
        return
    try:
        options = site_settings()
    except UserError as exc:
        # Publishing must not fail for a plugin's setting; `manage.py check` reports it,
        # and the request is recorded so the run after the fix covers this page.
        log.warning("cms-i18n: %s", exc.format())
        options = {"source_lang": instance.locale.language_code}
    if not options.get("mark_on_publish", True):
        return
    from cms_i18n.contrib.wagtail.models import TranslationRequest

    if languages.base(instance.locale.language_code) != languages.base(options["source_lang"]):
        return          # a published translation is not new source text
    if not _in_scope(sender, options.get("page_models")):
        return
    pending = TranslationRequest.objects.filter(page_id=instance.pk, done_at__isnull=True)
    if not pending.update(requested_at=timezone.now()):
        TranslationRequest.objects.create(page_id=instance.pk)
    from cms_i18n.contrib.wagtail.tasks import enqueue_when_configured

    enqueue_when_configured()


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
