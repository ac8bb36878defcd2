"""Where translation work shows up in Wagtail's admin.

* ``/admin/cms_i18n/``: the Translations report (Reports menu), pages × languages;
* ``/admin/cms_i18n/review/<page>/<lang>/``: the review of one page in one language;
* in the page editor of a translated page: a message saying how many segments are
  still machine-made or in the source language, with a button to review them, and a
  "Review translation" button in the page header.
"""

from __future__ import annotations

from typing import Any

from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from cms_i18n.contrib.wagtail import views

app_name = "cms_i18n"
urlpatterns = [
    path("", views.TranslationsView.as_view(), name="translations"),
    path("review/<int:page_id>/<str:lang>/", views.ReviewView.as_view(), name="review"),
]


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[Any]:
    return [path("cms_i18n/", include((urlpatterns, app_name), namespace=app_name))]


@hooks.register("register_reports_menu_item")
def register_translations_report() -> MenuItem:
    return MenuItem("Translations", reverse("cms_i18n:translations"), icon_name="site",
                    name="cms-i18n-translations", order=900)


def _source_of(page: Any) -> tuple[Any, str] | None:
    """(source page, language) when ``page`` is a translation this site makes."""
    found = _translated(page)
    return found if found is not None and found[0] is not None else None


def _translated(page: Any) -> tuple[Any, str] | None:
    """(source page, language) when ``page`` is in a language this site translates into;
    the source page is None for a translation whose source page is deleted."""
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.source import source_locale
    from cms_i18n.errors import UserError
    from cms_i18n.languages import base, normalize

    try:
        settings = site_settings()
        locale = source_locale(str(settings.get("source_lang") or "en"))
    except UserError:
        return None                 # reported by `manage.py check`
    if page.locale_id == locale.pk:
        return None
    lang = normalize(page.locale.language_code)
    targets = {normalize(str(code)) for code in settings.get("target_langs") or ()}
    bases = {base(code) for code in targets}
    if lang not in targets and base(lang) not in bases:
        return None
    source = page.get_translation_or_none(locale)
    code = lang if lang in targets else next(c for c in targets
                                            if base(c) == base(lang))
    if source is not None and hasattr(source, "specific"):
        source = source.specific       # a page; a snippet is its own model already
    return source, code


@hooks.register("before_edit_page")
def sign_untranslated_segments(request: Any, page: Any) -> None:
    """In the editor of a translated page: which of its segments nobody reviewed yet."""
    if request.method != "GET":
        return
    from cms_i18n.contrib.wagtail.editor import segment_states
    from cms_i18n.errors import UserError
    from cms_i18n.languages import display_name

    found = _source_of(page)
    if found is None:
        return
    source, lang = found
    try:
        states = segment_states(page, source, lang)
    except UserError as exc:
        # A catalogue an editor broke (an unescaped quote) is the catalogue's problem: the
        # page editor opens and saves as ever, and says why it counts nothing
        messages.warning(request, f"The {display_name(lang)} catalogue cannot be read, so "
                                  f"this page's segments are not counted: {exc.format()}")
        return
    if states is None:
        return
    url = reverse("cms_i18n:review", args=[source.pk, lang])
    pending = [(label, count) for label, count in (
        ("machine-made, not reviewed", states.machine),
        ("still in the source language", states.source_language),
        ("translation" + "s" * (states.stale != 1) + " of older source text", states.stale))
        if count]
    if states.older:
        # the file's texts are older than the editors' last ones: no count of them says
        # the page is reviewed
        messages.warning(request, f"{display_name(lang)}: {states.older}. The segments are "
                                  "counted against the file's texts, older than the editors' "
                                  "last ones there: run \u201cpython manage.py cms_i18n "
                                  f"translate --lang {lang}\u201d to bring those back.",
                         buttons=[messages.button(url, "Review")])
    if pending:
        detail = "; ".join(f"{count} {label}" for label, count in pending)
        messages.warning(request, f"This {display_name(lang)} translation has segments nobody "
                                  "reviewed "
                                  f"yet: {detail}.", buttons=[messages.button(url, "Review")])
    elif not states.older:
        messages.success(request, f"Every segment of this {display_name(lang)} translation is "
                                  "reviewed "
                                  "or was written by an editor.",
                         buttons=[messages.button(url, "Review")])


@hooks.register("before_delete_page")
def take_edits_before_delete(request: Any, page: Any) -> Any:
    """Before a translated page (or a tree holding some) is deleted: take in what its
    editors typed in the page editor since the last run.  Deleting takes the page's
    revisions with it, and the text typed in them was in no catalogue yet: it would be
    lost.  When that cannot be done (a run holds the catalogue, or paragraphs were added
    or removed in the editor, which no entry holds) the page stays, and the message says
    why."""
    if request.method != "POST":
        return None
    refused = _take_edits_of(request, [page, *_deleted_with(page)])
    return redirect("wagtailadmin_pages:delete", page.pk) if refused else None


def _deleted_with(page: Any) -> list[Any]:
    """The translations Wagtail deletes with a page: all of them, with their subtrees, where
    ``simple_translation`` keeps the locales' page trees in step
    (``WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE``); none otherwise."""
    from django.conf import settings

    if not getattr(settings, "WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE", False):
        return []
    return list(page.get_translations())


@hooks.register("before_bulk_action")
def take_edits_before_bulk_delete(request: Any, action_type: str, objects: Any,
                                  action: Any) -> Any:
    """The same for the page listing's bulk "Delete": nothing is deleted when the
    translators' text cannot be put on file first."""
    if action_type != "delete" or not objects or not hasattr(objects[0], "get_descendants"):
        return None
    refused = _take_edits_of(request, [*objects, *(translation for page in objects
                                                   for translation in _deleted_with(page))])
    return redirect(action.next_url) if refused else None


@hooks.register("before_delete_snippet")
def take_edits_before_snippet_delete(request: Any, instances: Any) -> Any:
    """The same for a translated snippet (a model of the ``models`` setting): what was
    typed in it since the last run goes on file before Wagtail deletes it and its
    revisions."""
    if request.method != "POST":
        return None
    translatable = [obj for obj in instances
                    if hasattr(obj, "translation_key") and hasattr(obj, "locale_id")]
    if not translatable or not _take_edits_of(request, translatable):
        return None
    return redirect(request.get_full_path())


def _take_edits_of(request: Any, pages: list[Any]) -> bool:
    """Take in the page-editor edits of every translated page (or snippet) among
    ``pages`` and the pages' descendants; whether the deletion must be refused (a message
    says why)."""
    from cms_i18n.contrib.wagtail.sync import take_orphan_edits
    from cms_i18n.errors import UserError

    found = [translated for page in pages
             for each in ((page.specific, *page.get_descendants().specific())
                          if hasattr(page, "get_descendants") else (page,))   # a snippet
             if (translated := _translated(each)) is not None]
    if not found:
        return False
    translations = [(english, lang) for english, lang in found if english is not None]
    # a translation whose source page is deleted: what was typed in it goes on file as a
    # run would put it (obsolete entries), or it goes with the page
    orphaned = sorted({lang for english, lang in found if english is None})
    try:
        settings, source = views._site()
        glossary, _ = views._glossary(request, settings)
        restructured: list[str] = []
        for english, lang in translations:
            restructured += views.take_page_edits_told(request, settings, source, english,
                                                       lang, glossary,
                                                       deleting=True).restructured
        for lang in orphaned:
            for line in take_orphan_edits(lang, source).lines(lang, restructured=False):
                messages.info(request, line.removeprefix(f"{lang}: "))
    except UserError as exc:
        messages.error(request, "Not deleted: the text typed in the page editor since the last "
                                f"run could not be put on file first ({exc.format()}); try "
                                "again in a moment")
        return True
    if restructured:
        messages.error(request, "Not deleted: paragraphs were added or removed in the page "
                                "editor, and no catalogue entry holds that text "
                                f"({'; '.join(restructured)}); in the page editor, copy "
                                "what you need, put the paragraphs back as apply wrote them "
                                "(remove the added ones, restore the removed ones), then "
                                "delete it")
        return True
    return False


@hooks.register("register_page_header_buttons")
def review_button(page: Any, user: Any, view_name: str | None = None,
                  next_url: str | None = None) -> list[Button]:
    found = _source_of(page)
    if found is None:
        return []
    source, lang = found
    return [Button("Review translation", reverse("cms_i18n:review", args=[source.pk, lang]),
                   icon_name="doc-full", priority=60)]
