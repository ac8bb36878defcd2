# ruff: noqa: RUF012
"""What apply last wrote into each piece of a translation (two-way sync)."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("cms_i18n", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="WrittenPiece",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True,
                                           serialize=False, verbose_name="ID")),
                ("document", models.CharField(max_length=255)),
                ("lang", models.CharField(max_length=35)),
                ("field", models.CharField(max_length=255)),
                ("block", models.CharField(blank=True, default="", max_length=255)),
                ("segments", models.JSONField(default=list)),
                ("revision_id", models.BigIntegerField(blank=True, null=True)),
                ("written_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "constraints": [models.UniqueConstraint(
                    fields=("document", "lang", "field", "block"),
                    name="cms_i18n_one_record_per_piece")],
            },
        ),
    ]
