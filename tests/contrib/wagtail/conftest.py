"""A real Django + Wagtail site on PostgreSQL, set up inside the test run.

Django is configured lazily, by the first test that asks for the ``site``
fixture, so that nothing changes for other test modules when these are not
selected.  Its database lives on the session's PostgreSQL server
(``postgres_server``, tests/support/services.py): migrations run once per
session into a template database, and every test starts from a fresh copy of
it, with its own catalogue folder and translation memory.  Every test that
uses the site is a ``service`` test: without PostgreSQL it skips (a failure in
CI).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.services import PostgresServer

pytest.importorskip("wagtail")

# The test project's modules define Django models: importing them for doctests
# before Django is configured would fail.
collect_ignore = ["project"]

REPO = Path(__file__).resolve().parents[3]
ARTICLE = REPO / "examples" / "content" / "asian-security-officials.txt"

DATABASE = "wagtail_site"               # the database the site runs on, fresh for each test
TEMPLATE = "wagtail_site_migrated"      # migrated once per session; each test copies it


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the site needs the PostgreSQL server: mark it ``service``."""
    for item in items:
        if "django_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.service)


@dataclass
class Site:
    """The configured test site: its folder, its database and where its catalogues are."""

    base: Path
    server: PostgresServer
    database: str = DATABASE
    template: str = TEMPLATE

    def po(self, lang: str = "es") -> Path:
        from django.conf import settings

        return Path(settings.CMS_I18N["locale_dir"]) / lang / "LC_MESSAGES" / "content.po"

    def sql(self, *statements: str) -> None:
        """Run ``statements`` on the server's maintenance database, outside a transaction."""
        import psycopg

        with psycopg.connect(self.server.url(), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def fresh_database(self) -> None:
        """Replace the site's database with a copy of the migrated template."""
        self.sql(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)',
                 f'CREATE DATABASE "{self.database}" TEMPLATE "{self.template}"')


@pytest.fixture(scope="session")
def django_site(tmp_path_factory: pytest.TempPathFactory,
                postgres_server: PostgresServer) -> Site:
    """Configure Django once for the session and migrate the template database."""
    pytest.importorskip("psycopg", reason="the Wagtail test site runs on PostgreSQL, through "
                                          "psycopg (pip install 'psycopg[binary]')")
    import django
    from django.conf import settings

    from tests.contrib.wagtail.project import settings_for

    base = tmp_path_factory.mktemp("wagtail-site")
    if not settings.configured:
        settings.configure(**settings_for(base, database={
            "ENGINE": "django.db.backends.postgresql", "NAME": DATABASE, "USER": "postgres",
            "HOST": "127.0.0.1", "PORT": str(postgres_server.port)}))
        django.setup()
    elif Path(settings.BASE_DIR) != base:
        base = Path(settings.BASE_DIR)
    from django.core.management import call_command
    from django.db import connections

    site = Site(base, postgres_server)
    site.sql(f'DROP DATABASE IF EXISTS "{site.database}" WITH (FORCE)',
             f'DROP DATABASE IF EXISTS "{site.template}" WITH (FORCE)',
             f'CREATE DATABASE "{site.database}"')
    call_command("migrate", verbosity=0, interactive=False)
    connections.close_all()
    # a template must have no connection while it is copied: Django never connects to it
    site.sql(f'CREATE DATABASE "{site.template}" TEMPLATE "{site.database}"')
    return site


@pytest.fixture
def site(django_site: Site, tmp_path: Path) -> Iterator[Site]:
    """A freshly migrated database, and catalogues and memory in this test's folder."""
    from django.conf import settings
    from django.db import connections
    from django.test import override_settings

    connections.close_all()
    django_site.fresh_database()
    options = dict(settings.CMS_I18N)
    options.update(locale_dir=str(tmp_path / "locale"),
                   memory=str(tmp_path / "memory.sqlite"))
    with override_settings(CMS_I18N=options):
        yield django_site
    connections.close_all()


@pytest.fixture
def apertium() -> None:
    """Skip when Apertium's eng-spa pair is not installed (a failure in CI)."""
    if shutil.which("apertium") is None:
        pytest.skip("Apertium is not installed")


def seed_paragraphs() -> list[str]:
    """The seed article as scraped, one string per paragraph (page chrome included)."""
    text = ARTICLE.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def make_article(**fields: Any) -> Any:
    """A live section page and, below it, a live article page holding the seed article.

    Paragraphs alternate between rich text and plain text blocks, so both kinds
    go through the whole flow.
    """
    from wagtail.models import Page

    from tests.contrib.wagtail.project.news.models import ArticlePage, SectionPage

    root = Page.get_first_root_node()
    section = root.add_child(instance=SectionPage(
        title="World news", slug="world", intro="<p>News from <b>Moscow</b> and Asia.</p>"))
    section.save_revision().publish()
    paragraphs = seed_paragraphs()
    body: list[tuple[str, Any]] = [("heading", "Forum in Moscow")]
    for index, paragraph in enumerate(paragraphs):
        body.append(("paragraph", f"<p>{paragraph}</p>") if index % 2 else ("text", paragraph))
    body.append(("quote", {"text": "No country can deal with them alone.",
                           "attribution": "the Security Council"}))
    body.append(("facts", ["First held in 2010", "More than 100 delegations"]))
    body.append(("source_url", "https://example.com/asian-security-officials"))
    values = {
        "title": "Asian security officials to convene in Moscow",
        "slug": "asian-security-officials",
        "search_description": "The delegations are among over 100 attending a Russia-hosted "
                              "forum on cyber and regional security",
        "intro": f'<p>More in our <a linktype="page" id="{section.pk}">world news</a>.</p>',
        "body": body,
    }
    values.update(fields)
    article = section.add_child(instance=ArticlePage(**values))
    article.save_revision().publish()
    article.refresh_from_db()
    return article
