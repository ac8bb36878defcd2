"""Two small tables: pages waiting for translation, and translations of plain models."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class TranslationRequest(models.Model):
    """A page published since the last ``translate`` run.

    The publish hook only records the page, so that an editor's request never
    waits for a translation engine; ``manage.py cms_i18n translate`` marks the
    requests it covered as done.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE,
                             related_name="+")
    requested_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at", "pk"]                 # noqa: RUF012 (Django options)
        indexes = [models.Index(fields=["done_at"])]      # noqa: RUF012

    def __str__(self) -> str:
        state = f"done {self.done_at:%Y-%m-%d %H:%M}" if self.done_at else "pending"
        return f"page {self.page_id}, {state}"


class FieldTranslation(models.Model):
    """The reviewed translation of one field of a model that has no locale of its own.

    Models with Wagtail's ``TranslatableMixin`` get a translated copy in the
    target locale instead; this table is for plain Django models registered in
    ``CMS_I18N["models"]``.  Read it with :func:`cms_i18n.contrib.wagtail.translated`.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    field = models.CharField(max_length=255)
    lang = models.CharField(max_length=35)
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(  # noqa: RUF012 (Django options)
            fields=["content_type", "object_id", "field", "lang"],
            name="cms_i18n_one_translation_per_field")]

    def __str__(self) -> str:
        return f"{self.content_type.app_label}.{self.content_type.model} {self.object_id} " \
               f"{self.field} ({self.lang})"
