"""``CMS_I18N``: merged over plugin.yaml, checked with clear messages, and what it selects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.contrib.wagtail.conftest import REPO, Site, make_article


def _with(**changes: Any) -> Any:
    from django.conf import settings
    from django.test import override_settings

    return override_settings(CMS_I18N={**settings.CMS_I18N, **changes})


def test_cms_i18n_is_merged_over_the_plugin_defaults(site: Site) -> None:
    from django.conf import settings

    from cms_i18n.contrib.wagtail.conf import site_settings

    with _with(apply={"include_fuzzy": True}, locale_dir="locale"):
        resolved = site_settings(domain="pages")
    assert resolved["apply"] == {"include_fuzzy": True, "fallback": "source"}   # deep merge
    assert resolved["locale_dir"] == str(Path(settings.BASE_DIR) / "locale")    # from BASE_DIR
    assert resolved["domain"] == "pages"                                        # flag wins
    assert resolved["target_langs"] == ["es"] and resolved["source"] == "wagtail"
    assert resolved["skip_blocks"] == [] and resolved["mark_on_publish"] is True


@pytest.mark.parametrize(("changes", "message"), [
    ({"target_lang": ["es"]},
     "CMS_I18N: unknown setting 'target_lang'; did you mean 'target_langs'?"),
    ({"apply": "yes"}, "CMS_I18N['apply'] must be a mapping, not 'yes'"),
    ({"apply": {"fallback": "never"}},
     "CMS_I18N['apply']['fallback'] must be one of source, skip, not 'never'"),
    ({"target_langs": 42}, "CMS_I18N['target_langs'] must be a list of language codes"),
    ({"models": ["news.Notice"]}, "CMS_I18N['models'] must be a dict"),
    ({"page_models": "news.ArticlePage"}, "CMS_I18N['page_models'] must be null, a list"),
    ({"page_models": ["news.Nope"]}, "CMS_I18N['page_models']: no model 'news.Nope'"),
    ({"page_models": ["news.Notice"]}, "news.Notice is not a page type; list it under 'models'"),
    ({"models": {"news.ArticlePage": ["title"]}}, "news.ArticlePage is a page type"),
    ({"models": {"news.Notice": ["subject"]}}, "news.Notice has no field 'subject'"),
    ({"models": {"news.Notice": "headline"}}, "news.Notice needs a list of field names"),
    ({"page_models": {"news.ArticlePage": ["slug"]}},
     "news.ArticlePage.slug is a SlugField; only text, rich text and StreamFields"),
])
def test_bad_settings_are_one_line_errors(site: Site, changes: dict[str, Any],
                                          message: str) -> None:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from cms_i18n.contrib.wagtail.checks import check_settings

    with _with(**changes):
        with pytest.raises(CommandError) as failed:
            call_command("cms_i18n", "translate", "--lang", "es")
        assert message in str(failed.value) and "\n" not in str(failed.value)
        assert failed.value.returncode == 1
        errors = check_settings()
    assert [e.id for e in errors] == ["cms_i18n.E001"] and message in errors[0].msg


def test_system_checks_warn_when_editors_could_not_see_the_locales(site: Site) -> None:
    from django.test import override_settings

    from cms_i18n.contrib.wagtail.checks import check_settings

    assert check_settings() == []
    with _with(target_langs=["es", "de"]):
        warnings = check_settings()
    assert [w.id for w in warnings] == ["cms_i18n.W002"] and "de" in warnings[0].msg
    with override_settings(WAGTAIL_I18N_ENABLED=False):
        assert [w.id for w in check_settings()] == ["cms_i18n.W001"]


def test_page_types_and_their_fields(site: Site) -> None:
    from cms_i18n.contrib.wagtail.registry import Registry
    from tests.contrib.wagtail.project.news.models import ArticlePage, Notice, SectionPage

    every = Registry(None, {})
    assert [(f.name, f.kind) for f in every.page_spec(ArticlePage).fields] == [
        ("title", "plain"), ("seo_title", "plain"), ("search_description", "plain"),
        ("standfirst", "plain"), ("intro", "rich"), ("body", "stream")]
    chosen = Registry({"news.ArticlePage": ["title", "body"]},
                      {"news.Notice": ["headline", "text"]})
    assert [f.name for f in chosen.page_spec(ArticlePage).fields] == ["title", "body"]
    assert chosen.page_types == [ArticlePage] and SectionPage not in chosen.page_types
    assert [(f.name, f.kind) for f in chosen.model_spec("news.Notice").fields] == [
        ("headline", "plain"), ("text", "text")]
    assert chosen.model_spec("news.Notice").model is Notice


def test_only_live_source_pages_of_the_chosen_types_are_documents(site: Site) -> None:
    from wagtail.models import Page

    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.source import WagtailSource
    from tests.contrib.wagtail.project.news.models import ArticlePage

    article = make_article()
    draft = article.get_parent().add_child(instance=ArticlePage(
        title="Not published yet", slug="draft", live=False))
    with _with(page_models=["news.ArticlePage"], models={}):
        ids = [d.id for d in WagtailSource(site_settings()).documents()]
    assert ids == [f"page/{article.translation_key}"]
    with _with(page_models=None, models={}):
        ids = [d.id for d in WagtailSource(site_settings()).documents()]
    welcome = Page.objects.get(depth=2, title__startswith="Welcome")
    assert ids == [f"page/{key}" for key in (welcome.translation_key,
                                              article.get_parent().translation_key,
                                              article.translation_key)]
    assert f"page/{draft.translation_key}" not in ids


def test_the_plain_cms_i18n_command_can_read_the_site(site: Site, tmp_path: Path) -> None:
    """``source: wagtail`` in cms-i18n.yaml: the core settings, Django's page selection."""
    from cms_i18n import pipeline
    from cms_i18n.config import load_settings
    from cms_i18n.contrib.wagtail.source import WagtailSource

    article = make_article()
    settings = load_settings(None, root=tmp_path, source="wagtail",
                             glossary_dir=str(REPO / "glossaries"))
    documents = list(WagtailSource(settings).documents())
    assert [d.id for d in documents] == [f"page/{article.get_parent().translation_key}",
                                         f"page/{article.translation_key}"]
    prepared = pipeline.prepare_document(documents[1], settings)
    assert prepared.units[0].context == f"page/{article.translation_key}:title"
    assert prepared.units[0].path == f"pages/{article.pk}"


def test_nothing_to_translate_is_a_clear_error(site: Site) -> None:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=r"nothing to translate: no live page or "
                                           r"registered object in the source language"):
        call_command("cms_i18n", "translate", "--lang", "es")


def test_without_a_django_project_the_source_says_what_to_do() -> None:
    code = ("from cms_i18n.contrib.wagtail.source import WagtailSource\n"
            "from cms_i18n.errors import UserError\n"
            "try:\n    WagtailSource({})\nexcept UserError as exc:\n    print(exc.format())\n")
    env = {"PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, env=env, check=True)
    assert done.stdout.startswith("the wagtail content source needs a Django project")


@pytest.mark.engine
@pytest.mark.usefixtures("apertium")
def test_system_checks_for_engines_glossary_source_language_and_page_types(
        site: Site, tmp_path: Path) -> None:
    from cms_i18n.contrib.wagtail.checks import check_content, check_engines, check_glossary

    assert check_engines() == [] and check_glossary() == []
    with _with(target_langs=["es", "ja"]):
        [error] = check_engines()
    # the site's engine is Apertium: the hint is its own, not another engine's
    assert error.id == "cms_i18n.W005" and "en→ja" in error.msg
    assert error.hint == "Debian has no Apertium pair that leads there"
    # a warning: runserver and migrate still run (the review screens need no engine)
    assert not error.is_serious()
    # A server started with a PATH that lacks Apertium's programs finds the pairs' files
    # and could run none of them: check says so before a translation fails.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PATH", str(tmp_path))
        [error] = check_engines()
    assert error.id == "cms_i18n.W005" and "en→es" in error.msg
    assert error.hint == ("apertium-wblank-mode, lt-proc not found on the PATH: install "
                          "Apertium and the pair, e.g. `apt-get install apertium "
                          "apertium-eng-spa`")

    with _with(glossary_dir=str(tmp_path / "none")):
        [warning] = check_glossary()
    assert warning.id == "cms_i18n.W003" and "glossary init" in warning.hint
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "terms.yaml").write_text("concepts:\n  - id: A\n    colour: red\n", encoding="utf-8")
    with _with(glossary_dir=str(bad)):
        [error] = check_glossary()
    assert error.id == "cms_i18n.E003" and f"{bad / 'terms.yaml'}:" in error.msg

    assert check_content(databases=None) == []               # no database: nothing claimed
    empty = check_content(databases=["default"])              # no live page of either type
    assert {w.id for w in empty} == {"cms_i18n.W004"}
    assert sorted(w.msg.split()[0] for w in empty) == ["news.ArticlePage", "news.SectionPage"]
    make_article()
    assert check_content(databases=["default"]) == []
    with _with(source_lang="de"):
        [error] = check_content(databases=["default"])
    assert error.id == "cms_i18n.E004" and "no Wagtail locale for the source language" in error.msg
