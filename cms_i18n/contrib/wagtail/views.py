"""The admin screens: every page × language at a glance, and the review of one of them.

Both live under ``/admin/cms_i18n/`` (registered in :mod:`.wagtail_hooks`), so
Wagtail's admin login, CSRF protection and templates apply.  A user sees and
reviews only the pages they may edit.  Everything a review saves goes through
:func:`cms_i18n.catalog.edit.edit_catalog` (the catalogue's lock, an atomic
write, reviewed work kept) and then updates the translated page's draft the way
``apply`` does.

What the editor typed is never lost: a translation the publishing gate refuses
is saved as the entry's draft (fuzzy) and the form comes back with the row's
reasons beside its field; a save made against a translation somebody changed in
the meantime comes back with the typed text still in the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from cms_i18n.catalog.edit import (
    APPROVE,
    CONFLICT,
    REJECT,
    TRANSLATE,
    Change,
    edit_catalog,
    keep_obsolete,
)
from cms_i18n.catalog.kept import keep_reviews, lost_since_last_run
from cms_i18n.catalog.layout import catalog_key, language_catalogs
from cms_i18n.catalog.notes import EARLIER_COPY_NOTE, REPLACED_TEXT_NOTE, quote_note
from cms_i18n.catalog.po import read_po
from cms_i18n.contrib.wagtail import review
from cms_i18n.errors import CatalogError, UserError
from cms_i18n.glossary import Glossary
from cms_i18n.languages import display_name, normalize
from cms_i18n.memory import recorded_authorship

if TYPE_CHECKING:
    from cms_i18n.contrib.wagtail.sync import PageReport

FILTERS = {"all": "All", "review": "To review", "untranslated": "Untranslated",
           "problems": "Problems"}


def _site() -> tuple[dict[str, Any], Any]:
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.source import WagtailSource

    settings = site_settings()
    return settings, WagtailSource(settings)


def take_page_edits_told(request: HttpRequest, settings: dict[str, Any], source: Any,
                         page: Any, lang: str, glossary: Glossary | None, *,
                         deleting: bool = False) -> Any:
    """Take in what was typed in the editor of ``page``'s translation into ``lang`` since
    the last run (:func:`~.sync.take_page_edits`; ``deleting``: the translation is about
    to be deleted), each line of what that did a message to the user; the report.  A
    :class:`UserError` (a run holds the catalogue) is the caller's to word."""
    from cms_i18n.contrib.wagtail.sync import take_page_edits

    report = take_page_edits(settings, source, page, lang, glossary, deleting=deleting)
    for line in report.lines(lang, restructured=False):
        messages.info(request, line.removeprefix(f"{lang}: "))
    return report


def _glossary(request: HttpRequest, settings: dict[str, Any]) -> tuple[Glossary | None, bool]:
    """The site's glossary (read once per process, again when its files change), and
    whether it could be read; a broken one is said once, as a message."""
    from cms_i18n.pipeline import load_settings_glossary

    try:
        return load_settings_glossary(settings), True
    except UserError as exc:
        messages.error(request, f"The glossary cannot be read, so nothing can be approved "
                                f"until it is fixed: {exc.format()}")
        return None, False


def _kept_before(row: review.Row, expected: str, typed: str, note: str) -> tuple[str, ...]:
    """The note keeping the text a save types over, unless cms-i18n's record says the
    engine wrote it or this editor approved it here: a draft typed in a PO editor, a text
    another editor saved (where no record says, it is kept: the safe side)."""
    before = expected.strip()
    if not before or (row.ours and expected == row.translation) or \
            " ".join(before.split()) == " ".join(typed.split()):
        return ()
    if row.state == review.REVIEWED and note in row.editor_notes:
        return ()       # this editor's own approved text, edited again
    return (REPLACED_TEXT_NOTE + quote_note(expected),)


def _langs(settings: dict[str, Any]) -> list[str]:
    return [normalize(str(code)) for code in settings.get("target_langs") or ()]


def _translation(page: Page, lang: str) -> Page | None:
    from cms_i18n.contrib.wagtail.source import target_locale

    found = page.get_translation_or_none(target_locale(lang))
    return found.specific if found is not None else None


def _can_review(user: Any, page: Page, translation: Page | None) -> bool:
    """Only a user who may edit the translated page (or, before it exists, the source
    page) reviews it."""
    return (translation or page).permissions_for_user(user).can_edit()


class TranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """Pages × languages, with how much of each is reviewed, and links to work on it."""

    template_name = "cms_i18n/translations.html"
    page_title = "Translations"
    header_icon = "site"

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return [*self.breadcrumbs_items, {"url": "", "label": "Translations"}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        settings, source = _site()
        langs = _langs(settings)
        glossary, _ = _glossary(self.request, settings)
        counts: dict[Path, dict[str, review.Counts]] = {}     # one read per catalogue
        rows = []
        from cms_i18n.contrib.wagtail.source import document_id

        for obj, spec in source.objects():
            if not spec.is_page:
                continue
            cells: list[dict[str, Any]] = []
            for lang in langs:
                translation = _translation(obj, lang)
                if not _can_review(self.request.user, obj, translation):
                    # another language's translator's: a column left blank (a Spanish
                    # translator who may not edit the French pages saw no page at all)
                    cells.append({"lang": lang, "yours": False})
                    continue
                po_path = source.catalog_of(obj, spec, lang)
                if po_path not in counts:
                    try:
                        counts[po_path] = review.document_counts(
                            po_path, source_lang=source.source_lang, lang=lang,
                            glossary=glossary)
                    except CatalogError as exc:
                        # one catalogue an editor broke: its cells count nothing, the
                        # report stands, and says which line to mend
                        counts[po_path] = {}
                        messages.error(self.request, _unreadable(lang, exc))
                    else:
                        _warn_if_older(self.request, settings, lang, po_path)
                cells.append({
                    "lang": lang, "yours": True,
                    "counts": counts[po_path].get(document_id(obj, spec)),
                    "translation": translation,
                    "review_url": reverse("cms_i18n:review", args=[obj.pk, lang]),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[translation.pk])
                    if translation else None})
            if any(cell["yours"] for cell in cells):
                # the address readers know it by ("/library-budget/"), not Wagtail's
                # path from its tree's root ("/home/library-budget/")
                rows.append({"page": obj, "cells": cells,
                             "address": obj.get_url(self.request) or obj.url_path})
        context.update(rows=rows, langs=langs, columns=[(lang, display_name(lang))
                                                         for lang in langs],
                       missing=[display_name(lang) for lang in langs if not language_catalogs(
                           Path(settings["locale_dir"]), lang, settings["domain"])])
        return context


def _source_page(page: Any, source_lang: str) -> Any:
    """The page in the source language that ``page`` is (itself) or translates; None
    when it is a translation whose source page is deleted."""
    from cms_i18n.contrib.wagtail.source import source_locale

    locale = source_locale(source_lang)
    if locale is None or page.locale_id == locale.pk:
        return page
    return Page.objects.filter(locale=locale, translation_key=page.translation_key).first()


def _save_for_deleted_page(request: HttpRequest, settings: Mapping[str, Any],
                           lang: str) -> HttpResponse:
    """A save from a review screen opened before its page was deleted: the typed text is
    put on file, as the obsolete entry of the text it was typed for, in the catalogue of
    the language that holds it (the page is gone, and so is its entry's place), and the
    editor is told where, on the Translations report.  Only by someone who may edit the
    page's translation (or, with none left, a superuser), and only into an entry the
    catalogues hold: the form names its context and its source text."""
    context, source = _posted(request, "context"), _posted(request, "source")
    typed = _posted(request, "text").strip()
    key = context.split(":", 1)[0].removeprefix("page/")
    translation = Page.objects.filter(translation_key=key).first() \
        if context.startswith("page/") else None
    allowed = translation.permissions_for_user(request.user).can_edit() \
        if translation is not None else request.user.is_superuser
    if not typed or not allowed:
        raise Http404("no such page")
    holder = next((path for path in language_catalogs(
        Path(settings["locale_dir"]), lang, settings["domain"])
        if any((entry.msgctxt or "") == context and entry.msgid == source
               for entry in read_po(path).entries)), None)
    if holder is None:
        raise Http404("no such page")
    keep_obsolete(holder, [Change(context, source, TRANSLATE, text=typed, note=(
        f"reviewed in the Wagtail admin: by {_name(request.user)}; saved after its page "
        "was deleted"))])
    messages.warning(request, "The page was deleted while its review was open: your text "
                              f"is kept in the catalogue {holder.name} as an obsolete entry "
                              f"of the text it was typed for (#~): \u201c{typed}\u201d")
    return HttpResponseRedirect(reverse("cms_i18n:translations"))


def _warn_if_older(request: HttpRequest, settings: Mapping[str, Any], lang: str,
                   po_path: Path) -> None:
    """Say so where the catalogue holds less of the editors' work than the last run kept
    (a translator's older copy saved over it): the screen shows the file's texts, older
    ones marked reviewed, and an approval made there would publish them."""
    from cms_i18n.fileio import shown_path

    try:
        lost = lost_since_last_run(po_path, settings, lang)
    except (CatalogError, UserError):
        return                  # an unreadable file is said elsewhere, once
    if lost.missing:
        messages.warning(request, (
            f"{display_name(lang)}: {shown_path(po_path)}{lost.what_is_missing()}. The texts "
            f"shown here are the file's, older than the editors' last ones there: run "
            f"\u201cpython manage.py cms_i18n translate --lang {lang}\u201d to bring those back "
            "before you review or approve."))


def _unreadable(lang: str, exc: CatalogError) -> str:
    """What an editor reads where a catalogue cannot be read: which file, which line."""
    return (f"The {display_name(lang)} catalogue cannot be read: {exc.format()}. Mend that "
            "line in a PO editor or a text editor (`msgfmt -c` names it too); the review "
            "screens show it again once it reads.")


def _kept_in_memory(settings: Mapping[str, Any], source_lang: str, lang: str, context: str,
                    source: str, typed: str) -> bool:
    """Keep a text typed for a save the catalogue could not take in the memory's record of
    every text an editor wrote (as a draft): whether it was kept."""
    import sqlite3

    from cms_i18n.catalog.merge import EditorText
    from cms_i18n.memory import Memory

    location = settings.get("memory")
    if not location or not source:
        return False
    try:
        memory = Memory(location, keep_going=True)
    except (UserError, sqlite3.Error):
        return False
    try:
        memory.add_editor_texts([EditorText(context, source, typed, False)],
                                source_lang=source_lang, target_lang=lang)
    except sqlite3.Error:
        return False
    finally:
        memory.close()
    return True


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    """One page in one language: source and translation side by side, segment by segment."""

    template_name = "cms_i18n/review.html"
    header_icon = "doc-full"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.settings, self.source = _site()
        self.lang = normalize(kwargs["lang"])
        if self.lang not in _langs(self.settings):
            raise Http404("not a target language of this site")
        try:
            self.page = Page.objects.get(pk=kwargs["page_id"]).specific
        except Page.DoesNotExist:
            if request.method == "POST" and request.POST.get("action") == "save":
                return _save_for_deleted_page(request, self.settings, self.lang)
            raise Http404("no such page") from None
        original = _source_page(self.page, self.source.source_lang)
        if original is None:
            raise Http404(f"page {self.page.pk} is a translation whose page in the source "
                          "language is deleted: there is nothing to review against")
        if original.pk != self.page.pk:
            # a translated page's id (a link from its own editor): its source's review
            return HttpResponseRedirect(reverse("cms_i18n:review",
                                                args=[original.pk, kwargs["lang"]]))
        self.translation = _translation(self.page, self.lang)
        if not _can_review(request.user, self.page, self.translation):
            raise PermissionDenied
        self.po_path = self.source.catalog_of(
            self.page, self.source.registry.page_spec(type(self.page)), self.lang)
        try:
            return super().dispatch(request, *args, **kwargs)
        except CatalogError as exc:
            # The catalogue cannot be read (an unescaped quote typed in a text editor): no
            # row can be shown or saved.  A text typed for a save goes into the memory's
            # record of editors' texts, and the message quotes it.
            typed = _posted(request, "text").strip() if request.method == "POST" else ""
            kept = typed and _kept_in_memory(self.settings, self.source.source_lang,
                                             self.lang, _posted(request, "context"),
                                             _posted(request, "source"), typed)
            messages.error(request, _unreadable(self.lang, exc) + (
                f" Your text was not saved there; it is kept in the translation memory: "
                f"\u201c{typed}\u201d" if kept else
                f" Your text was not saved: \u201c{typed}\u201d" if typed else ""))
            return HttpResponseRedirect(reverse("cms_i18n:translations"))

    def get_page_title(self) -> str:
        return f"Review: {self.page.title}"

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return [*self.breadcrumbs_items,
                {"url": reverse("cms_i18n:translations"), "label": "Translations"},
                {"url": "", "label": f"{self.page.title} ({self.lang_name})"}]

    def get_page_subtitle(self) -> str:
        return self.lang_name

    @property
    def lang_name(self) -> str:
        """The target language as an editor reads it ("Spanish"), not its code."""
        return display_name(self.lang)

    @property
    def spec(self) -> Any:
        return self.source.registry.page_spec(type(self.page))

    @property
    def document(self) -> str:
        from cms_i18n.contrib.wagtail.source import document_id

        return document_id(self.page, self.spec)

    def rows(self, show: str, held: Mapping[tuple[str, str], Held] | None = None
             ) -> list[review.Row]:
        """The page's rows under the filter ``show``; a row the last save ``held`` is
        shown whatever the filter, with its reasons and the text the editor typed."""
        from cms_i18n.contrib.wagtail.source import places

        held = held or {}
        with recorded_authorship(self.settings.get("memory"), catalog_key(self.po_path),
                                 source_lang=self.source.source_lang,
                                 target_lang=self.lang) as authorship:
            rows = review.page_rows(self.po_path, self.document,
                                    source_lang=self.source.source_lang, lang=self.lang,
                                    glossary=self.glossary, authorship=authorship,
                                    places=places(self.page, self.spec, self.source.skip))
        for row in rows:
            kept = held.get((row.context, row.source))
            if kept is not None:
                row.errors, row.typed = kept.errors, kept.typed
        wanted = {"review": lambda r: r.state == review.TO_REVIEW,
                  "untranslated": lambda r: r.state == review.UNTRANSLATED,
                  "problems": lambda r: bool(r.problems)}.get(show)
        return [r for r in rows if wanted is None or wanted(r) or r.errors]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        show = self.request.GET.get("show") or self.request.POST.get("show") or "all"
        show = show if show in FILTERS else "all"
        rows = self.rows(show, kwargs.get("held"))
        context.update(
            rows=rows, show=show, filters=FILTERS, lang=self.lang, lang_name=self.lang_name,
            page=self.page,
            translation=self.translation, catalog=self.po_path,
            approvable=[r for r in rows if r.approvable_in_bulk],
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.translation.pk])
            if self.translation else None,
            back_url=reverse("cms_i18n:translations"))
        return context

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.glossary, self.glossary_read = _glossary(request, self.settings)
        self._take_page_edits(request)
        _warn_if_older(request, self.settings, self.lang, self.po_path)
        return super().get(request, *args, **kwargs)

    def _take_page_edits(self, request: HttpRequest) -> None:
        """Take in what was typed in the translated page's editor since the last run
        before the rows are read: the screen shows the translator's text, and "Approve
        all shown" approves it, never the machine's text it replaced (which then made a
        conflict of the translator with herself)."""
        if self.translation is None:
            return
        try:
            take_page_edits_told(request, self.settings, self.source, self.page, self.lang,
                                 self.glossary)
        except UserError as exc:        # a run holds the catalogue: the next one takes it
            messages.warning(request, "The text typed in the page editor since the last run "
                             f"is not shown here yet: {exc.format()}")

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.glossary, self.glossary_read = _glossary(request, self.settings)
        action = request.POST.get("action", "")
        if action == "approve_all":
            self._take_page_edits(request)
        show = request.POST.get("show", "all")
        note = f"reviewed in the Wagtail admin: by {_name(request.user)}"
        changes: list[Change] = []
        withdrawn = False       # a reviewed translation rejected: a draft again, text kept
        row: review.Row | None = None   # the one segment saved, approved or rejected
        if action == "approve_all":
            changes, changed = self._shown_to_approve(request, show, note)
            if changed:
                messages.warning(request, f"{changed} of the segments shown changed since the "
                                          "page was shown (their "
                                          f"{display_name(self.source.source_lang)} was "
                                          "edited or removed, or their translation is "
                                          "another now): not approved; review them below")
        elif action in ("approve", "save", "reject"):
            row = _posted_row(self.rows("all"), request.POST.get("index", ""),
                              _posted(request, "source"))
            if row is None:
                typed = _posted(request, "text").strip() if action == "save" else ""
                kept = self._keep_for_gone_source(
                    _posted(request, "context"), _posted(request, "source"), typed,
                    note) if typed else None
                messages.error(request, "That segment changed since the page was shown (its "
                                        f"{display_name(self.source.source_lang)} was edited "
                                        "or removed); nothing was saved as its translation."
                               + (f" Your text is kept {kept}: \u201c{typed}\u201d" if kept
                                  else f" Your text: \u201c{typed}\u201d" if typed else ""))
                return self._back(show)
            expected = _posted(request, "expected", row.translation)
            if action == "save":
                typed = _posted(request, "text")
                changes = [Change(row.context, row.source, TRANSLATE, text=typed,
                                  note=note, expected=expected,
                                  keeps=_kept_before(row, expected, typed, note))]
            else:
                changes = [Change(row.context, row.source, APPROVE if action == "approve"
                                  else REJECT, note=note, expected=expected)]
                withdrawn = action == "reject" and row.state == review.REVIEWED
        if not changes:
            messages.warning(request, "Nothing to save.")
            return self._back(show)
        held: dict[tuple[str, str], Held] = {}
        if not self.glossary_read and any(c.action in (APPROVE, TRANSLATE) for c in changes):
            for change in changes:
                held[(change.context, change.source)] = Held(
                    ["Not saved: the glossary cannot be read (see above)."], change.text)
            return self._again(held)
        try:
            # (the memory's record of what translate wrote: a review carried onto a
            # corrected text, approved unchanged, is refused here as apply refuses it)
            with recorded_authorship(self.settings.get("memory"), catalog_key(self.po_path),
                                     source_lang=self.source.source_lang,
                                     target_lang=self.lang) as authorship:
                result = edit_catalog(self.po_path, changes, gate=review.publishing_gate(
                    self.document, self.lang, source_lang=self.source.source_lang,
                    glossary=self.glossary, authorship=authorship))
        except UserError as exc:
            messages.error(request, exc.format())
            held = {(c.context, c.source): Held([f"Not saved: {exc.format()}"], c.text)
                    for c in changes if c.text is not None}
            return self._again(held) if held else self._back(show)
        if result.written:
            # into the copy of the editors' work at once: a translator's older copy of
            # the file saved over it before the next run takes none of it away
            keep_reviews(self.po_path, self.settings, self.lang,
                         [(c.context, c.source) for c in result.done]
                         + [(c.context, c.source) for c, _ in result.drafts])
        for change, why in result.skipped:
            messages.warning(request, f"Not saved: \u201c{change.source[:60]}\u201d: {why}")
            if change.text is not None and change.text.strip():
                held[(change.context, change.source)] = Held(
                    [f"Not saved: {why}. Your text is still here; the translation above is "
                     "the catalogue's now. Save again to replace it."], change.text)
        for change, findings in result.drafts:
            messages.warning(request, f"Kept as a draft, not approved: "
                                      f"\u201c{change.source[:60]}\u201d: {'; '.join(findings)}")
            held[(change.context, change.source)] = Held(
                ["Kept as a draft, not approved: it cannot be published as it is.",
                 *findings], None)
        if result.done:
            self._update_draft(request, len(result.done), rejected=action == "reject",
                               withdrawn=withdrawn,
                               saved_for=[(c.context, c.source) for c in result.done])
        return self._again(held) if held else self._back(
            show, row.index if row is not None else None)

    def _shown_to_approve(self, request: HttpRequest, show: str,
                          note: str) -> tuple[list[Change], int]:
        """"Approve all shown": the approvals of the segments the form showed, each made
        against the translation it showed (the form lists them), and how many of those
        are no longer shown as they were.  A screen left open across a run showed other
        segments than the page has now: approving what it lists by the page's segments
        as they are now approved texts nobody saw; each approval is made against the
        translation shown, so one changed since is refused as a single approval is."""
        shown = list(zip(request.POST.getlist("shown_context"),
                         [text.replace("\r\n", "\n")
                          for text in request.POST.getlist("shown_source")],
                         [text.replace("\r\n", "\n")
                          for text in request.POST.getlist("shown_expected")], strict=False))
        now = {(r.context, r.source): r for r in self.rows(show) if r.approvable_in_bulk}
        changes = [Change(context, source, APPROVE, note=note, expected=expected)
                   for context, source, expected in shown
                   if (row := now.get((context, source))) is not None
                   and row.translation == expected]
        return changes, len(shown) - len(changes)

    def _keep_for_gone_source(self, context: str, source: str, typed: str,
                              note: str) -> str | None:
        """Put a save's text on file when its segment is gone from the page (the author
        edited or removed the English while the screen was open): an obsolete entry of
        the English it was typed for, fuzzy, with who typed it, as the sync keeps an
        admin's paragraph whose English was removed.  Where a run has moved that entry
        to the English's new wording (``#| msgid``), the text goes beside the new entry
        too (a draft there is flagged for review, an approval stays): whoever reviews the
        new wording sees it.  Only this page's segments: the form names its context, and
        one of another page is refused.  Where the text went, for the message; None when
        it was not kept."""
        if not source.strip() or not (context == self.document
                                       or context.startswith(self.document + ":")):
            return None
        who = f"{note}; typed for the earlier text {source[:60]!r} before a run changed it"
        try:
            keep_obsolete(self.po_path, [Change(
                context, source, TRANSLATE, text=typed,
                note=f"{note}; its source changed or was removed before the save")])
            moved = [e for e in read_po(self.po_path).live()
                     if (e.msgctxt or "") == context and e.previous_msgid == source]
            if moved:
                # a draft is flagged with the text beside it; a reviewed entry keeps its
                # approval (nobody withdrew it) and gains the note
                edit_catalog(self.po_path, [Change(
                    e.msgctxt or "", e.msgid, APPROVE if e.reviewed else CONFLICT,
                    text=typed, note=EARLIER_COPY_NOTE + quote_note(typed), keeps=(who,))
                    for e in moved])
        except UserError:
            return None
        where = (f"in the catalogue {self.po_path.name} as an obsolete entry of the text it "
                 "was typed for (#~)")
        if moved:
            where += ", and beside the entry of that text's new wording"
        return where

    def _again(self, held: Mapping[tuple[str, str], Held]) -> HttpResponse:
        """The form again, as Django shows an invalid form: the held rows open, with
        their reasons and the editor's text (a page reload asks nothing again: every
        form on it says which translation it was made against)."""
        return self.render_to_response(self.get_context_data(held=held))

    def _update_draft(self, request: HttpRequest, count: int, *, rejected: bool = False,
                      withdrawn: bool = False,
                      saved_for: Sequence[tuple[str, str]] = ()) -> None:
        from cms_i18n.contrib.wagtail.sync import ACTING_USER, apply_document

        saved = f"{count} segment{'s' * (count != 1)} saved in the catalogue"
        if withdrawn:
            # a reviewed translation keeps its text, a draft again: nothing is emptied
            saved = (f"Approval withdrawn: the translation is a draft again, to review; the "
                     f"{self.lang_name} page keeps its text until another translation is "
                     "approved (edit it here, or in the page editor)")
        elif rejected:
            # no translation now: the draft reads as the source page there, and the next
            # run offers no text the editor rejected
            saved = (f"Suggestion rejected: the {self.lang_name} draft shows the source text there "
                     "until a translation is approved, and the next run does not offer the "
                     "rejected text again")
        acting = ACTING_USER.set(request.user)     # the draft's revision is this editor's
        try:
            report = apply_document(self.settings, self.source, self.page, self.lang)
        except UserError as exc:
            messages.error(request, f"{saved}, but the draft was not updated: {exc.format()}")
            return
        finally:
            ACTING_USER.reset(acting)
        gone = [key for key in saved_for if report.units and key not in report.units]
        if gone and not rejected:
            # the author removed or reworded that English since the screen was shown, and
            # no run has yet: the draft has no place for the text ("the draft was updated"
            # said it took it)
            src = display_name(self.source.source_lang)
            messages.warning(request, f"{saved}, but the {src} of {len(gone)} of them is no "
                                      "longer on the page (the author removed or reworded "
                                      f"it since this screen was shown): the {self.lang_name} "
                                      "draft does not show it; the next `translate` keeps the "
                                      "text in the catalogue: the draft of the new wording, "
                                      "or, where none, an obsolete entry (#~).")
            self._more(request, report, conflicts=True)
            return
        if rejected and (report.taken or report.conflicts):
            # the page editor's text there was taken in by this save: the draft shows it,
            # not the source text
            messages.warning(request, f"Suggestion rejected; the {self.lang_name} draft shows "
                                      "the text edited in the page editor there, taken into "
                                      "the catalogue now (see below).")
        elif rejected:
            messages.success(request, f"{saved}.")
        elif report.conflicts and not report.changed:
            # the page editor has another text for it: the sync kept the page's and made
            # the entry a draft again beside it ("already says so" claimed the draft showed
            # this one, and the segment seemed not to have been approved at all)
            messages.warning(request, f"{saved}, but the {self.lang_name} page editor has "
                                      "another text there: the draft keeps that one, and "
                                      "the entry is a draft again with both texts (see its "
                                      "conflict note below); approve it again to put the "
                                      "catalogue's text on the draft instead.")
            self._more(request, report, conflicts=False)
            return
        elif report.changed:
            messages.success(request, f"{saved}; the {self.lang_name} draft was updated.")
        elif report.locked:
            # Wagtail holds the page (locked, in moderation, scheduled): no draft was
            # written, and the warning below says why ("already says so" claimed it was)
            messages.warning(request, f"{saved}; the {self.lang_name} page is locked, so its "
                                      "draft is not updated now (see below): apply writes it "
                                      "once the lock is lifted.")
        elif report.kept:
            # the page's paragraphs there were edited in the page editor: the draft shows
            # that text, not this one ("already says so" claimed it showed this)
            messages.warning(request, f"{saved}; the {self.lang_name} draft keeps the text "
                                      "edited in the page editor there, so it does not show "
                                      "this one yet (see below).")
        else:
            messages.success(request, f"{saved}; the {self.lang_name} draft already says so.")
        self._more(request, report, conflicts=True)

    def _more(self, request: HttpRequest, report: PageReport, *, conflicts: bool) -> None:
        """What else a save's update of the draft found: conflicts in the page's other
        segments, source changes, notes and warnings, as apply prints them."""
        if conflicts and report.conflicts:
            # the page's paragraphs edited in the page editor too, this one or another
            count = report.conflicts
            messages.warning(request, f"{count} segment{'s' * (count != 1)} of this page (a "
                                      "title, a field or a paragraph) "
                                      f"{'were' if count != 1 else 'was'} edited in the page "
                                      f"editor too: the {self.lang_name} draft keeps the page's "
                                      "text there until its entry is approved (both texts are "
                                      "kept; see the conflict notes below).")
        # what apply prints as `source changed:` lines and notes, said here too
        for change in report.source_changed:
            messages.warning(request, f"Source changed: {change.format()}")
        for note in report.notes:
            messages.warning(request, note)
        for warning in report.warnings:
            messages.warning(request, f"{self.lang}: {warning}")

    def _back(self, show: str, segment: int | None = None) -> HttpResponse:
        """Back to the screen, at the segment saved or approved (on a page of hundreds
        of segments the screen opened at its top, far from it)."""
        url = reverse("cms_i18n:review", args=[self.page.pk, self.lang])
        url = f"{url}?show={show}" if show in FILTERS else url
        return HttpResponseRedirect(url if segment is None else f"{url}#segment-{segment}")


@dataclass(frozen=True)
class Held:
    """A row the last save did not take as asked: why, and the text the editor typed
    when it is not what the catalogue now holds (None: the catalogue has it)."""

    errors: list[str]
    typed: str | None


def _posted(request: HttpRequest, name: str, default: str = "") -> str:
    """A field of the posted form as the catalogue writes it: a browser sends every line
    break of a form's values as CRLF (the HTML standard's newline normalisation), where a
    segment of several lines holds LF; read as sent, a segment with a line break never
    matched its row and an editor's text for it was refused."""
    value = request.POST.get(name)
    return default if value is None else value.replace("\r\n", "\n")


def _posted_row(rows: list[review.Row], index: str, source: str | None) -> review.Row | None:
    """The row a form was made for: the one at its index, or, when the page's segments
    moved since (a sync added or removed one), the one row with its English."""
    row = next((r for r in rows if str(r.index) == index), None)
    if row is not None and row.source == source:
        return row
    same = [r for r in rows if r.source == source]
    return same[0] if len(same) == 1 else None


def _name(user: Any) -> str:
    return user.get_full_name() or user.get_username()
