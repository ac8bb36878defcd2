"""Publishing a page enqueues its translation through Django's task framework.

When the site configured a task backend (``TASKS`` in its settings: Django's own
``django.tasks`` from 6.0, or the ``django-tasks`` backport on 5.2, with a
database, RQ or Celery backend and its worker), the publish hook enqueues
:func:`translate_published` once the publishing transaction commits, so a
worker translates the page shortly after, outside the editor's request.
Without a backend, the request is only recorded for ``translate --if-pending``
(cron).  The task runs the ordinary command, so it covers every page published
since the last run and is harmless when run twice.
"""

from __future__ import annotations

from typing import Any

try:                                    # Django 6.0 and later
    from django.tasks import task
except ImportError:                     # Django 5.2: the backport
    from django_tasks import task


@task()
def translate_published() -> None:
    """``manage.py cms_i18n translate --if-pending --quiet``, in a worker."""
    from django.core.management import call_command

    call_command("cms_i18n", "translate", "--if-pending", "--quiet")


def enqueue_when_configured() -> bool:
    """Enqueue the translation after the current transaction commits, when the site
    configured a task backend; return whether it did."""
    from django.conf import settings
    from django.db import transaction

    if not settings.is_overridden("TASKS"):
        return False        # Django's default backend would translate inside the request

    def enqueue() -> Any:
        return translate_published.enqueue()

    transaction.on_commit(enqueue)
    return True
