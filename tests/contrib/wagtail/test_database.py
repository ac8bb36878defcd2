"""The test site's database: PostgreSQL on the session's server, a fresh copy for each test."""

from __future__ import annotations

from tests.contrib.wagtail.conftest import Site, make_article


def test_the_site_runs_on_postgresql(site: Site) -> None:
    from django.db import connection

    # a silent fall back to SQLite (or a database other than the session's server) fails here
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database(), inet_server_port()")
        assert cursor.fetchone() == (site.database, site.server.port)


def test_each_test_starts_from_the_migrated_site(site: Site) -> None:
    from django.db import connections
    from wagtail.models import Page

    migrated = Page.objects.count()
    make_article()
    assert Page.objects.count() == migrated + 2      # the section and the article
    connections.close_all()
    site.fresh_database()                            # what the next test starts from
    assert Page.objects.count() == migrated
