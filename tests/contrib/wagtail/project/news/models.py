"""Content types of the test site: pages with every kind of translatable field."""

from __future__ import annotations

from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin


class SectionPage(Page):
    """A section front: title and a rich text introduction."""

    intro = RichTextField(blank=True)


class ArticlePage(Page):
    """A news article: standfirst, rich text intro and a StreamField body."""

    standfirst = models.CharField(max_length=255, blank=True)
    intro = RichTextField(blank=True)
    body = StreamField([
        ("heading", blocks.CharBlock()),
        ("paragraph", blocks.RichTextBlock()),
        ("text", blocks.TextBlock()),
        ("quote", blocks.StructBlock([
            ("text", blocks.TextBlock()),
            ("attribution", blocks.CharBlock(required=False)),
        ])),
        ("facts", blocks.ListBlock(blocks.CharBlock())),
        ("source_url", blocks.URLBlock()),
    ], blank=True)


class Snippet(TranslatableMixin, models.Model):
    """A reusable text with a locale of its own, like a Wagtail snippet."""

    name = models.CharField(max_length=255)
    text = models.TextField(blank=True)

    class Meta(TranslatableMixin.Meta):
        pass


class Notice(models.Model):
    """A plain Django model with no locale: translations go to cms-i18n's table."""

    headline = models.CharField(max_length=255)
    text = models.TextField(blank=True)


class Banner(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A snippet with drafts and a locale: its translation is a draft revision too."""

    text = models.CharField(max_length=255)

    class Meta(TranslatableMixin.Meta):
        pass


class FeaturePage(Page):
    """A feature: two StreamFields, the story and a sidebar beside it."""

    body = StreamField([
        ("paragraph", blocks.RichTextBlock()),
        ("text", blocks.TextBlock()),
    ], blank=True)
    sidebar = StreamField([
        ("text", blocks.TextBlock()),
        ("quote", blocks.StructBlock([
            ("text", blocks.TextBlock()),
            ("attribution", blocks.CharBlock(required=False)),
        ])),
    ], blank=True)
