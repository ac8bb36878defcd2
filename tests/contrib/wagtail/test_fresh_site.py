"""Installing into a brand-new Wagtail site, as the README says, and driving it from the shell.

``wagtail start`` makes the project in a temporary folder; the settings get
the README's lines; a page type and a page holding the seed article are
added; then ``manage.py cms_i18n translate``, an editor's review with polib,
and ``manage.py cms_i18n apply`` — each in its own process, as a site owner
would run them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from tests.contrib.wagtail.conftest import seed_paragraphs
from tests.helpers import msgfmt_check

pytestmark = [pytest.mark.engine, pytest.mark.slow, pytest.mark.usefixtures("apertium")]

README_SETTINGS = '''
INSTALLED_APPS += ["cms_i18n.contrib.wagtail"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [("en", "English"), ("es", "Spanish")]
CMS_I18N = {"target_langs": ["es"], "glossary_dir": BASE_DIR / "glossaries"}
'''

NEWS_MODELS = '''
from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class ArticlePage(Page):
    body = RichTextField(blank=True)
'''

ADD_ARTICLE = '''
import json, sys
from wagtail.models import Page
from news.models import ArticlePage
home = Page.objects.get(depth=2).specific
paragraphs = json.loads(sys.stdin.read())
article = home.add_child(instance=ArticlePage(
    title="Asian security officials to convene in Moscow", slug="asian-security-officials",
    body="".join(f"<p>{p}</p>" for p in paragraphs)))
article.save_revision().publish()
print(article.pk)
'''

REPORT = '''
import json
from wagtail.models import Page
out = []
for page in Page.objects.filter(locale__language_code="es").order_by("path").specific():
    draft = page.get_latest_revision_as_object()
    out.append({"pk": page.pk, "type": type(page).__name__, "live": page.live,
                "key": str(page.translation_key), "title": draft.title,
                "body": getattr(draft, "body", "")})
print(json.dumps(out))
'''


def run(site: Path, *args: str, stdin: str | None = None, check: bool = True
        ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, *args], cwd=site, input=stdin, text=True,
                          capture_output=True, env=_env(site), timeout=600)
    if check:
        assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done


def _env(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO")}
    env["CMS_I18N_ARGOS_PACKAGES"] = str(site / "no-argos-models")   # the engine is Apertium
    return env


@pytest.fixture(scope="module")
def fresh_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fresh")
    subprocess.run([sys.executable, "-m", "wagtail.bin.wagtail", "start", "mysite"],
                   cwd=folder, check=True, capture_output=True)
    site = folder / "mysite"
    with (site / "mysite" / "settings" / "base.py").open("a", encoding="utf-8") as settings:
        settings.write(README_SETTINGS)
    news = site / "news"
    (news / "migrations").mkdir(parents=True)
    (news / "__init__.py").write_text("")
    (news / "migrations" / "__init__.py").write_text("")
    (news / "models.py").write_text(NEWS_MODELS)
    with (site / "mysite" / "settings" / "base.py").open("a", encoding="utf-8") as settings:
        settings.write('INSTALLED_APPS.insert(0, "news")\n')
    run(site, "manage.py", "makemigrations", "news")
    run(site, "manage.py", "migrate")
    copied = run(site, "manage.py", "cms_i18n", "glossary", "init")     # as the guide says
    assert f"wrote {site / 'glossaries' / 'entities.yaml'}" in copied.stdout
    return site


def test_readme_install_translate_review_apply(fresh_site: Path) -> None:
    site = fresh_site
    checked = run(site, "manage.py", "check")
    assert "cms_i18n" not in checked.stdout + checked.stderr      # no warning from us
    article = run(site, "manage.py", "shell", "-c", ADD_ARTICLE,
                  stdin=json.dumps(seed_paragraphs())).stdout.split()[-1]

    done = run(site, "manage.py", "cms_i18n", "translate", "--lang", "es")
    assert done.stdout.startswith("es: 2 documents, ")           # the home page and the article
    assert "(apertium)" in done.stdout
    po_path = site / "locale" / "es" / "LC_MESSAGES" / "content.po"
    msgfmt_check(po_path)

    catalog = polib.pofile(str(po_path))
    approved = {}
    for entry in catalog:
        if entry.msgid.startswith(("Asian security officials", "The broader forum",
                                   "Confirmed participants")):
            entry.flags.remove("fuzzy")
            approved[entry.msgid[:20]] = entry.msgstr
        if entry.msgid == "Home" and entry.msgctxt.endswith(":title"):
            entry.msgstr, entry.flags = "Inicio", []        # the home page's own title
    catalog.save()
    assert len(approved) == 3

    done = run(site, "manage.py", "cms_i18n", "apply", "--lang", "es")
    assert done.stdout.startswith("es: 2 documents written, ")
    assert done.stdout.count(" draft revision ") == 2
    assert f"page {article} " not in done.stdout           # the English page is not written

    pages = json.loads(run(site, "manage.py", "shell", "-c", REPORT).stdout.splitlines()[-1])
    home = next(p for p in pages if p["type"] == "HomePage")
    assert home["title"] == "Inicio" and home["live"]      # live, its Spanish title a draft
    spanish = next(p for p in pages if p["type"] == "ArticlePage")
    assert not spanish["live"]
    assert spanish["title"] == approved["Asian security offic"]
    assert approved["The broader forum wi"] in spanish["body"]
    assert "Consejo de Seguridad de Rusia" in spanish["body"]
    assert "OTSC" in approved["Confirmed participan"] and \
        approved["Confirmed participan"] in spanish["body"]
    assert "icon bookmark" not in spanish["body"]
    assert "<p>The meeting, set for May 27" in spanish["body"]  # not reviewed: kept in English

    status = run(site, "manage.py", "cms_i18n", "status", "--lang", "es").stdout
    assert status.splitlines()[0].startswith("lang")
    assert "published since the last translate run" not in status


def test_a_bad_setting_names_the_settings_file_and_line(fresh_site: Path) -> None:
    settings = fresh_site / "mysite" / "settings" / "dev.py"
    original = settings.read_text(encoding="utf-8")
    try:
        settings.write_text(original + '\nCMS_I18N = {**CMS_I18N, "target_lang": ["es"]}\n',
                            encoding="utf-8")
        bad = run(fresh_site, "manage.py", "cms_i18n", "status", check=False)
        assert bad.returncode == 1
        line = len(original.splitlines()) + 2
        assert bad.stderr.startswith(f"error: {settings}:{line}: CMS_I18N: unknown setting "
                                     "'target_lang'")
        assert "Traceback" not in bad.stderr
    finally:
        settings.write_text(original, encoding="utf-8")

    # Overridden in local.py (imported at the end of dev.py), with a commented-out
    # CMS_I18N line in base.py: the error names local.py, where the value comes from.
    base = fresh_site / "mysite" / "settings" / "base.py"
    local = fresh_site / "mysite" / "settings" / "local.py"
    base_text = base.read_text(encoding="utf-8")
    try:
        base.write_text("# CMS_I18N = {'engine': 'argos'}  (kept for later)\n" + base_text,
                        encoding="utf-8")
        local.write_text('CMS_I18N = {"target_langs": ["es"],\n            "enigne": "apertium"}\n',
                         encoding="utf-8")
        bad = run(fresh_site, "manage.py", "cms_i18n", "status", check=False)
        assert bad.returncode == 1
        assert bad.stderr.startswith(f"error: {local}:2: CMS_I18N: unknown setting 'enigne'")
    finally:
        base.write_text(base_text, encoding="utf-8")
        local.unlink(missing_ok=True)
