"""The test site's snippets in the admin, as a site registers its own."""

from wagtail.snippets.models import register_snippet

from tests.contrib.wagtail.project.news.models import Banner

register_snippet(Banner)
