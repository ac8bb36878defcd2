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


class WrittenPiece(models.Model):
    """What ``apply`` last wrote into one piece of a translation, segment by segment.

    A piece is a field of the translated object, or one text block of a
    StreamField (``block`` is its path).  ``segments`` lists, in page order,
    ``[msgctxt, msgid, text]`` for every segment written: the catalogue entry it
    came from and the text put in the page.  Whatever the page holds later that
    differs from ``text`` was typed by a person in the admin; comparing against
    this record is what lets a run take that edit into the catalogue instead of
    overwriting it.
    """

    document = models.CharField(max_length=255)       # page/<translation_key>, news.snippet/…
    lang = models.CharField(max_length=35)
    field = models.CharField(max_length=255)
    block = models.CharField(max_length=255, blank=True, default="")
    segments = models.JSONField(default=list)
    revision_id = models.BigIntegerField(null=True, blank=True)
    written_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(  # noqa: RUF012 (Django options)
            fields=["document", "lang", "field", "block"],
            name="cms_i18n_one_record_per_piece")]

    def __str__(self) -> str:
        where = f"{self.field}/{self.block}" if self.block else self.field
        return f"{self.document} ({self.lang}) {where}"
