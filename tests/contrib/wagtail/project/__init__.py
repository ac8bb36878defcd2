"""A small Wagtail project for the integration tests, configured in the test run.

:func:`settings_for` builds Django settings around a temporary folder (catalogues
and memory live there, and the SQLite database when no other is given; the tests
give a PostgreSQL one), so the tests never touch the repository or a developer's
own site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[4]


def settings_for(base_dir: Path, cms_i18n: dict[str, Any] | None = None,
                 database: dict[str, Any] | None = None) -> dict[str, Any]:
    """Django settings for a site rooted at ``base_dir``; ``database`` is Django's
    ``DATABASES["default"]`` (default: SQLite in ``base_dir``)."""
    return {
        "BASE_DIR": base_dir,
        "SECRET_KEY": "cms-i18n tests",
        "DEBUG": False,
        "ALLOWED_HOSTS": ["*"],
        "INSTALLED_APPS": [
            "cms_i18n.contrib.wagtail",
            "tests.contrib.wagtail.project.news",
            "wagtail.sites",
            "wagtail.users",
            "wagtail.snippets",
            "wagtail.documents",
            "wagtail.images",
            "wagtail.search",
            "wagtail.admin",
            "wagtail",
            "modelcluster",
            "taggit",
            "django_filters",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
        ],
        "MIDDLEWARE": [
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.locale.LocaleMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
        ],
        "DATABASES": {"default": database or {"ENGINE": "django.db.backends.sqlite3",
                                              "NAME": str(base_dir / "db.sqlite3")}},
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "ROOT_URLCONF": "tests.contrib.wagtail.project.urls",
        "USE_TZ": True,
        "STATIC_URL": "/static/",
        "TEMPLATES": [{"BACKEND": "django.template.backends.django.DjangoTemplates",
                       "APP_DIRS": True, "OPTIONS": {"context_processors": [
                           "django.template.context_processors.request",
                           "django.contrib.auth.context_processors.auth",
                           "django.contrib.messages.context_processors.messages"]}}],
        "STATIC_ROOT": str(base_dir / "static"),
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        "LANGUAGE_CODE": "en",
        "LANGUAGES": [("en", "English"), ("es", "Spanish"), ("fr", "French")],
        "WAGTAIL_I18N_ENABLED": True,
        "WAGTAIL_CONTENT_LANGUAGES": [("en", "English"), ("es", "Spanish"), ("fr", "French")],
        "WAGTAIL_SITE_NAME": "cms-i18n tests",
        "WAGTAILADMIN_BASE_URL": "http://localhost",
        "CMS_I18N": cms_i18n if cms_i18n is not None else {
            "target_langs": ["es"],
            "glossary_dir": str(REPO / "glossaries"),
            "engine": "apertium",
            "page_models": ["news.ArticlePage", "news.SectionPage"],
            "models": {"news.Notice": ["headline", "text"],
                       "news.Snippet": ["name", "text"],
                       "news.Banner": ["text"]},
        },
    }
