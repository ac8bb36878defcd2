"""An editor's day in a real browser, on a site made by ``wagtail start`` and set up by the guide.

Debian's Chromium, driven by Playwright (``executable_path``; Playwright's own
browser download is not used), against ``manage.py runserver`` on a free port:
log in, open the Translations report, approve and edit segments in the review
view and see the Spanish draft follow, edit the Spanish page in Wagtail's page
editor, run ``translate`` and ``apply`` again and find the edit kept in the
page and in the catalogue; publish, and read the page at its ``/es/`` URL.

With ``CMS_I18N_SCREENSHOTS=<folder>`` the main screens are saved there too
(the guide's pictures in ``docs/`` are made that way).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polib
import pytest

from tests.support.services import _wait_for_port, free_port

pytestmark = [pytest.mark.engine, pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# The guide's steps, as a site owner copies them (cms_i18n/contrib/wagtail/README.md).
GUIDE_SETTINGS = '''
INSTALLED_APPS += ["cms_i18n.contrib.wagtail"]
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware") + 1,
                  "django.middleware.locale.LocaleMiddleware")
WAGTAIL_I18N_ENABLED = True
LANGUAGE_CODE = "en"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [("en", "English"), ("es", "Spanish")]
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20})
CMS_I18N = {"target_langs": ["es"], "glossary_dir": BASE_DIR / "glossaries"}
'''
GUIDE_URLS = '''
from django.conf.urls.i18n import i18n_patterns

urlpatterns = urlpatterns[:-1] + i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
'''
SWITCHER = '''{% load wagtailcore_tags %}
<nav class="language-switcher">
  {% for translation in page.get_translations.live %}
    <a href="{% pageurl translation %}" hreflang="{{ translation.locale.language_code }}"
       lang="{{ translation.locale.language_code }}">{{ translation.locale.get_display_name }}</a>
  {% endfor %}
</nav>
'''
ARTICLE_MODELS = '''
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail import blocks
from wagtail.models import Page


class ArticlePage(Page):
    intro = RichTextField(blank=True)
    body = StreamField([("paragraph", blocks.RichTextBlock()),
                        ("quote", blocks.BlockQuoteBlock())], blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
'''
ARTICLE_TEMPLATE = '''{% load i18n wagtailcore_tags %}<!doctype html>
{% get_current_language as LANGUAGE_CODE %}<html lang="{{ LANGUAGE_CODE }}">
<head><title>{{ page.title }}</title></head>
<body>{% include "language_switcher.html" %}
<h1>{{ page.title }}</h1>{{ page.intro|richtext }}
{% for block in page.body %}<div class="block">{% include_block block %}</div>{% endfor %}
</body></html>
'''
SETUP_CONTENT = '''
from django.contrib.auth import get_user_model
from wagtail.models import Page
from news.models import ArticlePage
get_user_model().objects.create_superuser("editor", "editor@example.com", "secret-pass",
                                          first_name="Marta", last_name="Gil")
home = Page.objects.get(depth=2)
article = home.add_child(instance=ArticlePage(
    title="Security officials meet in Moscow", slug="security-officials",
    intro="<p>The SCO met in Moscow on Tuesday.</p>",
    body=[("paragraph", "<p>Delegations from ten countries attended the forum.</p>"
                        "<p>The meeting lasted two days.</p>"),
          ("quote", "No country can deal with them alone.")]))
article.save_revision().publish()
print(article.pk)
'''
SPANISH = '''
import json, sys
from wagtail.models import Locale, Page
page = Page.objects.get(pk=int(sys.argv[-1])).get_translation(
    Locale.objects.get(language_code="es")).specific
draft = page.get_latest_revision_as_object()
print(json.dumps({"pk": page.pk, "title": draft.title, "live": page.live,
                  "intro": draft.intro, "revisions": page.revisions.count(),
                  "body": [str(b.value.source if hasattr(b.value, "source") else b.value)
                           for b in draft.body]}))
'''
PUBLISH = '''
import sys
from wagtail.models import Locale, Page
es = Locale.objects.get(language_code="es")
article = Page.objects.get(pk=int(sys.argv[-1])).get_translation(es)
for page in [article.get_parent(), article]:
    page.specific.get_latest_revision().publish()
print(Page.objects.get(pk=article.pk).url)
'''


def manage(site: Path, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=site, input=stdin,
                          text=True, capture_output=True, timeout=600, env=_env(site))
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


def _env(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO")}
    env["CMS_I18N_ARGOS_PACKAGES"] = str(site / "no-argos-models")   # the engine is Apertium
    return env


def shell(site: Path, code: str, *args: str) -> str:
    script = site / "script.py"
    script.write_text(code, encoding="utf-8")
    return manage(site, "shell", "-c", f"import sys; sys.argv += {list(args)!r}; "
                  f"exec(open({str(script)!r}).read())").strip().splitlines()[-1]


@pytest.fixture(scope="module")
def guide_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ``wagtail start`` site with the guide's settings, URLs and language switcher."""
    if shutil.which("apertium") is None:
        pytest.skip("Apertium is not installed")
    folder = tmp_path_factory.mktemp("guide")
    subprocess.run([sys.executable, "-m", "wagtail.bin.wagtail", "start", "mysite"],
                   cwd=folder, check=True, capture_output=True)
    site = folder / "mysite"
    settings = site / "mysite" / "settings" / "base.py"
    settings.write_text(settings.read_text(encoding="utf-8") + GUIDE_SETTINGS
                        + 'INSTALLED_APPS.insert(0, "news")\n', encoding="utf-8")
    urls = site / "mysite" / "urls.py"
    urls.write_text(urls.read_text(encoding="utf-8") + GUIDE_URLS, encoding="utf-8")
    (site / "mysite" / "templates" / "language_switcher.html").write_text(SWITCHER)
    news = site / "news"
    (news / "migrations").mkdir(parents=True)
    (news / "templates" / "news").mkdir(parents=True)
    (news / "__init__.py").write_text("")
    (news / "migrations" / "__init__.py").write_text("")
    (news / "models.py").write_text(ARTICLE_MODELS)
    (news / "templates" / "news" / "article_page.html").write_text(ARTICLE_TEMPLATE)
    manage(site, "makemigrations", "news")
    manage(site, "migrate")
    manage(site, "cms_i18n", "glossary", "init")
    return site


@pytest.fixture(scope="module")
def server(guide_site: Path) -> Iterator[str]:
    port = free_port()
    log = guide_site / "runserver.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "manage.py", "runserver", "--noreload",
                                    f"127.0.0.1:{port}"], cwd=guide_site, stdout=out,
                                   stderr=subprocess.STDOUT, env=_env(guide_site))
    try:
        _wait_for_port(port, process, "manage.py runserver", log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--headless", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update"])
        yield browser
        browser.close()


def shot(page: Any, name: str, tmp_path: Path) -> None:
    """A screenshot in the test's folder, and in CMS_I18N_SCREENSHOTS when set."""
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    wanted = os.environ.get("CMS_I18N_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(wanted) / name)


def catalog(site: Path) -> dict[str, polib.POEntry]:
    po = site / "locale" / "es" / "LC_MESSAGES" / "content.po"
    return {e.msgid: e for e in polib.pofile(str(po)) if not e.obsolete}


def translated_article(site: Path, script: str) -> str:
    """Make an article with ``script``, translate it and apply: its page id."""
    article = shell(site, script)
    manage(site, "cms_i18n", "translate", "--lang", "es", "-q")
    manage(site, "cms_i18n", "apply", "--lang", "es")
    return article


def signed_in(browser: Any, url: str) -> Any:
    """A new tab at the admin's ``url``, after the login it asks for, as the editor."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(url)
    assert "/admin/login/" in page.url                           # the admin needs a login
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "secret-pass")
    page.click("button[type=submit]")
    page.wait_for_url(url)
    return page


def test_an_editor_reviews_in_the_admin_and_nothing_typed_is_lost(
        guide_site: Path, server: str, browser: Any, tmp_path: Path) -> None:
    site = guide_site
    article = translated_article(site, SETUP_CONTENT)
    page = signed_in(browser, f"{server}/admin/cms_i18n/")
    assert page.locator("table.cms-i18n-translations").is_visible()
    assert page.get_by_text("Security officials meet in Moscow").is_visible()
    shot(page, "wagtail-translations.png", tmp_path)

    page.locator("table.cms-i18n-translations tr", has_text="Security officials") \
        .get_by_role("link", name="Review").click()
    page.wait_for_url(f"**/admin/cms_i18n/review/{article}/es/")
    rows = page.locator("table.cms-i18n-review tbody tr")
    assert rows.count() >= 5
    assert page.locator("mark").first.is_visible()              # a glossary term (SCO)
    shot(page, "wagtail-review.png", tmp_path)

    # Approve the intro, rewrite the quote.
    intro = page.locator("tr:has-text('The SCO met in Moscow')")
    machine_intro = intro.locator(".translation").inner_text()
    intro.get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert page.get_by_text("saved in the catalogue").is_visible()
    quote = page.locator("tr:has-text('No country can deal')")
    quote.locator("summary").click()
    quote.locator("textarea").fill("Ningún país puede afrontarlas en solitario.")
    quote.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_text("draft was updated").is_visible()

    spanish = json.loads(shell(site, SPANISH, article))
    assert machine_intro.strip() in spanish["intro"]
    assert "Ningún país puede afrontarlas en solitario." in spanish["body"]
    entries = catalog(site)
    assert not entries["No country can deal with them alone."].fuzzy
    assert "Marta Gil" in entries["No country can deal with them alone."].tcomment

    # The Spanish page in Wagtail's own editor: the sign, then an edit saved as a draft.
    page.goto(f"{server}/admin/pages/{spanish['pk']}/edit/")
    assert page.get_by_text("nobody reviewed yet").first.is_visible()
    shot(page, "wagtail-page-editor.png", tmp_path)
    page.fill("#id_title", "Altos cargos de seguridad se reúnen en Moscú")
    page.click("button[name=action-save], button:has-text('Save draft')")
    page.wait_for_load_state()
    page.close()
    saved = json.loads(shell(site, SPANISH, article))
    assert 'data-block-key="' in saved["intro"]           # what the editor's save adds

    manage(site, "cms_i18n", "translate", "--lang", "es", "-q")
    out = manage(site, "cms_i18n", "apply", "--lang", "es")
    assert "unchanged, no new revision" in manage(site, "cms_i18n", "apply", "--lang", "es",
                                                  "--verbose")
    spanish = json.loads(shell(site, SPANISH, article))
    assert spanish["title"] == "Altos cargos de seguridad se reúnen en Moscú"
    # The title was the editor's, the rest unchanged: the editor's save stays the latest
    # revision, its paragraphs' keys included.
    assert spanish["revisions"] == saved["revisions"], out
    assert (spanish["intro"], spanish["body"]) == (saved["intro"], saved["body"])
    title = next(e for e in catalog(site).values()
                 if e.msgctxt.endswith(":title") and e.msgid.startswith("Security officials"))
    assert title.msgstr == "Altos cargos de seguridad se reúnen en Moscú" and not title.fuzzy
    assert "edited in the Wagtail admin: by Marta Gil" in title.tcomment
    before = spanish["revisions"]
    manage(site, "cms_i18n", "apply", "--lang", "es")
    assert json.loads(shell(site, SPANISH, article))["revisions"] == before

    # Published, the Spanish page answers at its /es/ URL, in Spanish, with a switcher.
    url = shell(site, PUBLISH, article)
    assert url.startswith("/es/")
    visitor = browser.new_page()
    visitor.goto(f"{server}{url}")
    assert visitor.locator("h1").inner_text() == "Altos cargos de seguridad se reúnen en Moscú"
    assert "Ningún país puede afrontarlas en solitario." in visitor.content()
    assert visitor.locator("html").get_attribute("lang") == "es"
    shot(visitor, "wagtail-published-es.png", tmp_path)
    # English at / as the guide says, not at /en/ ("wagtail start" writes "en-us")
    english = visitor.locator("nav.language-switcher a[hreflang=en]").get_attribute("href")
    assert english and "/en/" not in english, english
    visitor.click("nav.language-switcher a[hreflang=en]")
    assert visitor.locator("h1").inner_text() == "Security officials meet in Moscow"
    assert visitor.locator("html").get_attribute("lang") == "en"    # the guide's html tag
    visitor.close()


OTHER_ARTICLE = '''
from django.contrib.auth import get_user_model
from wagtail.models import Page
from news.models import ArticlePage
if not get_user_model().objects.filter(username="editor").exists():
    get_user_model().objects.create_superuser("editor", "editor@example.com", "secret-pass",
                                              first_name="Marta", last_name="Gil")
home = Page.objects.get(depth=2, locale__language_code="en")
article = home.add_child(instance=ArticlePage(
    title="Regional security forum", slug="regional-security-forum",
    intro="<p>The SCO met in Moscow on Tuesday.</p>",
    body=[("quote", "Cooperation is the only answer.")]))
article.save_revision().publish()
print(article.pk)
'''


def test_a_translation_that_cannot_be_published_stays_in_the_editors_field(
        guide_site: Path, server: str, browser: Any, tmp_path: Path) -> None:
    site = guide_site
    article = translated_article(site, OTHER_ARTICLE)
    before = json.loads(shell(site, SPANISH, article))
    page = signed_in(browser, f"{server}/admin/cms_i18n/review/{article}/es/")

    # Russia's Security Council typed for the SCO: a wrong entity, never published.
    typed = "El Consejo de Seguridad de Rusia se reunió en Moscú el martes."
    row = page.locator("tr:has-text('The SCO met in Moscow')")
    row.locator("summary").click()
    row.locator("textarea").fill(typed)
    row.get_by_role("button", name="Save").click()
    page.wait_for_load_state()

    row = page.locator("tr:has-text('The SCO met in Moscow')")
    field = row.locator("textarea")
    assert field.is_visible() and field.input_value() == typed     # still there, open
    assert field.get_attribute("aria-invalid") == "true"
    errors = row.locator(".w-field__errors .error-message")
    assert errors.first.inner_text().startswith("Kept as a draft, not approved")
    assert any(text.startswith("critical: glossary: ") for text in errors.all_inner_texts())
    assert row.get_by_role("button", name="Approve").is_disabled()
    assert row.get_attribute("data-state") == "to review"
    assert page.locator(".messages").get_by_text("Kept as a draft, not approved").is_visible()
    shot(page, "wagtail-review-kept-as-draft.png", tmp_path)

    po = site / "locale" / "es" / "LC_MESSAGES" / "content.po"
    [kept] = [e for e in polib.pofile(str(po)) if e.msgstr == typed]
    assert kept.msgid == "The SCO met in Moscow on Tuesday." and kept.fuzzy
    assert "not approved, kept as a draft: critical: glossary:" in kept.tcomment
    after = json.loads(shell(site, SPANISH, article))
    assert typed not in after["intro"] and after["revisions"] == before["revisions"]

    # Shown again tomorrow: the editor's text is the row's draft, with the reasons.
    page.goto(f"{server}/admin/cms_i18n/review/{article}/es/?show=problems")
    row = page.locator("tr:has-text('The SCO met in Moscow')")
    assert typed in row.locator(".translation").inner_text()
    assert row.locator(".problem.critical").first.inner_text().strip().startswith(
        "critical: glossary: ")
    page.close()
