"""What the Wagtail adapter costs next to the files source: same text, same engine, same run.

    .venv/bin/python -m tests.contrib.wagtail.bench_site [--pages 40]

Builds a throwaway Wagtail site (SQLite, in a temporary folder) with N article
pages holding the seed article, and the same N articles as text files; then
times ``translate`` (empty and warm translation memory) and ``apply`` through
both sources in this one process, and prints the figures side by side.  Then
the review screen of one article, shown and saved with the glossary read once
per process beside the same with the glossary read again on every request.
Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cms-i18n-bench-site-"))
    try:
        run(folder, args.pages)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(folder: Path, pages: int) -> None:
    import django
    from django.conf import settings

    from tests.contrib.wagtail.project import settings_for

    glossaries = str(REPO / "glossaries")
    settings.configure(**settings_for(folder, {
        "target_langs": ["es"], "glossary_dir": glossaries, "engine": "apertium",
        "page_models": ["news.ArticlePage", "news.SectionPage"],
        "locale_dir": str(folder / "site-locale"), "memory": str(folder / "site.sqlite")}))
    django.setup()
    from django.core.management import call_command

    from cms_i18n import pipeline
    from cms_i18n.config import load_settings
    from tests.contrib.wagtail.conftest import seed_paragraphs
    from tests.contrib.wagtail.project.news.models import ArticlePage, SectionPage

    call_command("migrate", verbosity=0)
    from wagtail.models import Page

    section = Page.get_first_root_node().add_child(instance=SectionPage(title="News",
                                                                        slug="news"))
    content = folder / "content"
    content.mkdir()
    units = 0
    for number in range(pages):
        paragraphs = [f"Report {number}: {p}" for p in seed_paragraphs()]
        section.add_child(instance=ArticlePage(
            title=f"Article {number}", slug=f"article-{number}",
            body=[("paragraph", f"<p>{p}</p>") for p in paragraphs]))
        (content / f"article-{number}.txt").write_text(
            f"Article {number}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        units += len(paragraphs) + 1
    files = load_settings(None, root=folder, content_dir=str(content), glossary_dir=glossaries,
                          locale_dir=str(folder / "files-locale"),
                          memory=str(folder / "files.sqlite"))

    def site(*argv: str) -> Callable[[], Any]:
        return lambda: call_command("cms_i18n", *argv, stdout=io.StringIO())

    rows = [
        ("translate, empty memory", site("translate", "-l", "es", "-q"),
         lambda: pipeline.translate(files, "es", engine_name="apertium")),
        ("translate, warm memory", site("translate", "-l", "es", "-q"),
         lambda: pipeline.translate(files, "es", engine_name="apertium")),
        ("apply, all fuzzy included", site("apply", "-l", "es", "--include-fuzzy"),
         lambda: pipeline.apply(files, "es", include_fuzzy=True)),
        ("apply again (nothing changed)", site("apply", "-l", "es", "--include-fuzzy"),
         lambda: pipeline.apply(files, "es", include_fuzzy=True)),
    ]
    from wagtail.models import Revision
    print(f"{pages} articles + 1 section page, {units} units; Apertium eng→spa")
    print(f"{'':30}{'wagtail':>10}{'files':>10}{'ratio':>8}")
    for name, wagtail_step, files_step in rows:
        wagtail_seconds, files_seconds = _timed(wagtail_step), _timed(files_step)
        print(f"{name:30}{wagtail_seconds:9.2f}s{files_seconds:9.2f}s"
              f"{wagtail_seconds / files_seconds:8.2f}   revisions: {Revision.objects.count()}")
    _review_screen(section.get_children().first().specific)


def _review_screen(article: Any, repeat: int = 10) -> None:
    """The review of one article: a request's time with the glossary kept in the process,
    beside the same request with the glossary read from disk each time."""
    import html
    import re

    from django.contrib.auth import get_user_model
    from django.test import Client

    from cms_i18n.glossary import load as glossary_load

    client = Client()
    client.force_login(get_user_model().objects.create_superuser("bench", "b@example.com", "x"))
    url = f"/admin/cms_i18n/review/{article.pk}/es/"

    def show() -> None:
        assert client.get(url).status_code == 200

    def save() -> None:          # approve, then reject: the catalogue ends as it began
        page = client.get(url).content.decode()
        first = re.search(r'name="index" value="(\d+)">\s*<input type="hidden" name="source" '
                          r'value="([^"]*)">\s*<input type="hidden" name="expected" '
                          r'value="([^"]*)"', page)
        assert first is not None
        fields = {"index": first.group(1), "source": html.unescape(first.group(2)),
                  "expected": html.unescape(first.group(3))}
        client.post(url, {**fields, "action": "approve"})
        client.post(url, {**fields, "action": "reject"})

    def cold(step: Callable[[], None]) -> Callable[[], None]:
        def again() -> None:
            glossary_load._LOADED.clear()
            step()
        return again

    print(f"\nreview screen of one article, mean of {repeat}"
          f"{'':4}{'glossary kept':>14}{'read each time':>16}{'ratio':>8}")
    for name, step in (("show", show), ("show, then approve and reject", save)):
        kept = sum(_timed(step) for _ in range(repeat)) / repeat
        read = sum(_timed(cold(step)) for _ in range(repeat)) / repeat
        print(f"{name:36}{kept * 1000:12.0f} ms{read * 1000:13.0f} ms{read / kept:8.2f}")


def _timed(step: Callable[[], Any]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
