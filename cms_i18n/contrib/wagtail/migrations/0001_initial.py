# ruff: noqa: RUF012
"""Pages waiting for translation, and translations of models without a locale."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="FieldTranslation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True,
                                           serialize=False, verbose_name="ID")),
                ("object_id", models.CharField(max_length=255)),
                ("field", models.CharField(max_length=255)),
                ("lang", models.CharField(max_length=35)),
                ("text", models.TextField()),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("content_type", models.ForeignKey(
                    on_delete=django.db.models.deletion.CASCADE, related_name="+",
                    to="contenttypes.contenttype")),
            ],
            options={
                "constraints": [models.UniqueConstraint(
                    fields=("content_type", "object_id", "field", "lang"),
                    name="cms_i18n_one_translation_per_field")],
            },
        ),
        migrations.CreateModel(
            name="TranslationRequest",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True,
                                           serialize=False, verbose_name="ID")),
                ("requested_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("done_at", models.DateTimeField(blank=True, null=True)),
                ("page", models.ForeignKey(
                    on_delete=django.db.models.deletion.CASCADE, related_name="+",
                    to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                "ordering": ["requested_at", "pk"],
                "indexes": [models.Index(fields=["done_at"],
                                         name="cms_i18n_tr_done_at_ad2933_idx")],
            },
        ),
    ]
