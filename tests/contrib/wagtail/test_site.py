"""The whole flow on a real Wagtail site: translate → review the .po → apply → Spanish drafts.

The seed article sits in a page with a title, a search description, a rich
text intro and a StreamField of heading, rich text, plain text, quote and
list blocks; Apertium translates it, an editor approves entries with polib,
and ``apply`` must leave a Spanish draft that holds exactly the approved text.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import polib
import pytest

from tests.contrib.wagtail.conftest import Site, make_article
from tests.helpers import msgfmt_check

pytestmark = [pytest.mark.engine, pytest.mark.usefixtures("apertium")]

SCO = "More than 100 foreign delegations"          # names the SCO
CHAIRED = "The broader forum will be chaired"
EDITED = "Confirmed participants include"
EDITED_TEXT = ("Entre los participantes confirmados figuran delegaciones de los BRICS, la ASEAN, "
               "la Unión Africana, la Liga Árabe, la OCS, la CEI y la OTSC.")


def manage(*args: str) -> str:
    """``manage.py cms_i18n …`` in-process; returns what it printed."""
    from django.core.management import call_command

    out = io.StringIO()
    call_command("cms_i18n", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def entries(site: Site) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(site.po())) if not e.obsolete]


def find(catalog: list[polib.POEntry], start: str) -> polib.POEntry:
    return next(e for e in catalog if e.msgid.startswith(start))


def approve(site: Site, *starts: str, edits: dict[str, str] | None = None) -> dict[str, str]:
    """An editor's session: clear ``fuzzy`` on some entries, rewrite others."""
    catalog = polib.pofile(str(site.po()))
    approved = {}
    for entry in catalog:
        if entry.obsolete:
            continue
        for start in starts:
            if entry.msgid.startswith(start) or entry.msgctxt.endswith(start):
                entry.flags = [f for f in entry.flags if f != "fuzzy"]
                approved[start] = entry.msgstr
        for start, text in (edits or {}).items():
            if entry.msgid.startswith(start):
                entry.msgstr = text
                entry.flags = [f for f in entry.flags if f != "fuzzy"]
                approved[start] = text
    catalog.save()
    return approved


def spanish(page: Any) -> Any:
    """The Spanish translation of a page, as its latest (draft) revision."""
    from wagtail.models import Locale

    translation = page.get_translation(Locale.objects.get(language_code="es")).specific
    return translation, translation.get_latest_revision_as_object()


def body_texts(page: Any) -> list[str]:
    """Every text of a StreamField body, in order (rich text as stored HTML)."""
    out = []
    for block in page.body:
        value = block.value
        if hasattr(value, "source"):
            out.append(value.source)
        elif block.block_type == "quote":
            out.extend([value["text"], value["attribution"]])
        elif block.block_type == "facts":
            out.extend(value)
        else:
            out.append(str(value))
    return out


def test_translate_review_apply_gives_a_spanish_draft(site: Site) -> None:
    article = make_article()
    printed = manage("translate", "--lang", "es", "--engine", "apertium", "--quiet")
    assert printed.startswith("es: 2 documents, ") and "(apertium)" in printed
    msgfmt_check(site.po())

    catalog = entries(site)
    context = f"page/{article.translation_key}"
    assert {e.msgctxt for e in catalog if e.msgctxt.startswith(context)} >= {
        context, f"{context}:title", f"{context}:search_description"}
    assert all("fuzzy" in e.flags for e in catalog)
    # Cleaning ran before translation: homoglyph repaired, page chrome gone.
    assert any(e.msgid.startswith("Heads of delegations") for e in catalog)
    assert not any("icon bookmark" in e.msgid or "Dear readers" in e.msgid for e in catalog)
    # Glossary names reached the machine translations, in Spanish.
    sco = find(catalog, SCO)
    assert "Organización de Cooperación de Shangh" in sco.msgstr
    assert "Consejo de Seguridad de Rusia" in find(catalog, CHAIRED).msgstr
    # Inline markup and Wagtail's internal links are kept through the engine.
    intro = find(catalog, "More in our")
    assert f'<a linktype="page" id="{article.get_parent().pk}">' in intro.msgstr
    # Text inside structural blocks is translated too; URLs are not.
    assert find(catalog, "No country can deal with them alone")
    assert find(catalog, "First held in 2010")
    assert not any("example.com" in e.msgid for e in catalog)

    approved = approve(site, "Asian security officials to convene", SCO, CHAIRED,
                       "More in our", "No country can deal", "First held in 2010,",
                       edits={EDITED: EDITED_TEXT})
    printed = manage("apply", "--lang", "es")
    assert printed.splitlines()[0].startswith("es: 2 documents written, ")
    assert "draft revision" in printed

    page, draft = spanish(article)
    assert page.translation_key == article.translation_key
    assert page.locale.language_code == "es"
    assert not page.live and page.has_unpublished_changes       # a draft, for an editor
    assert draft.title == approved["Asian security officials to convene"]
    texts = body_texts(draft)
    joined = "\n".join(texts)
    assert approved[SCO] in joined and "Organización de Cooperación de Shangh" in joined
    assert approved[CHAIRED] in joined and "Consejo de Seguridad de Rusia" in joined
    assert EDITED_TEXT in joined
    assert approved["No country can deal"] in texts
    # Unreviewed units stay in English (fallback "source"); chrome blocks are gone.
    assert any(t.startswith("The meeting, set for May 27") for t in texts)
    assert not any("icon bookmark" in t or "Dear readers" in t for t in texts)
    # The link now leads to the Spanish section page.
    spanish_section = page.get_parent()
    assert spanish_section.locale.language_code == "es"
    assert f'<a linktype="page" id="{spanish_section.pk}">' in draft.intro
    assert draft.body[-1].value == "https://example.com/asian-security-officials"
    # The English page is untouched.
    article.refresh_from_db()
    assert article.title == "Asian security officials to convene in Moscow"


def test_blocks_keep_their_ids_and_reordering_keeps_reviewed_work(site: Site) -> None:
    article = make_article()
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approved = approve(site, SCO, CHAIRED)

    # An editor moves the blocks around (and republishes) in the English page.
    source = article.get_latest_revision_as_object()
    source.body = [dict(block) for block in reversed(list(source.body.raw_data))]
    source.save_revision().publish()
    printed = manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    # Nothing is lost and nothing is new; only the two paragraphs with a bare "Security
    # Council" are translated again, since reversed they come before the paragraph that
    # names Russia's, and the glossary reads a name from what the document said before it.
    assert " 0 obsolete" in printed and " 2 reviewed" in printed
    assert re.search(r" [0-2] translated", printed), printed

    catalog = entries(site)
    for start in (SCO, CHAIRED):
        entry = find(catalog, start)
        assert "fuzzy" not in entry.flags and entry.msgstr == approved[start]

    manage("apply", "--lang", "es")
    article.refresh_from_db()
    _, draft = spanish(article)
    ids = [block.id for block in draft.body]
    kept = set(ids)
    assert ids == [block.id for block in article.body if block.id in kept]  # the new order
    assert len(ids) == len(article.body) - 1        # the block of page chrome only is dropped
    texts = body_texts(draft)
    # In the source the chair paragraph came first; the draft follows the new order.
    assert _position(texts, approved[SCO]) < _position(texts, approved[CHAIRED])


def test_a_published_translation_keeps_its_live_text_until_an_editor_publishes(
        site: Site) -> None:
    article = make_article()
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    first = approve(site, "Asian security officials to convene")
    manage("apply", "--lang", "es")
    page, draft = spanish(article)
    draft.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == first["Asian security officials to convene"]

    approve(site, edits={"Asian security officials to convene":
                         "Altos cargos de seguridad asiáticos se reúnen en Moscú"})
    printed = manage("apply", "--lang", "es")
    assert "live, new draft revision" in printed
    page.refresh_from_db()
    assert page.live and page.title == first["Asian security officials to convene"]
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == \
        "Altos cargos de seguridad asiáticos se reúnen en Moscú"


def test_apply_never_half_writes_a_page(site: Site) -> None:
    from wagtail.models import Page

    article = make_article()
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approve(site, edits={"Asian security officials to convene": "x" * 300})  # > max_length
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as failed:
        manage("apply", "--lang", "es")
    message = str(failed.value)
    assert f"page/{article.translation_key}" in message and "title" in message
    assert "255" in message
    assert not Page.objects.filter(translation_key=article.translation_key,
                                   locale__language_code="es").exists()


def test_snippets_get_locale_copies_and_plain_models_get_field_rows(site: Site) -> None:
    from wagtail.models import Locale

    from cms_i18n.contrib.wagtail import translated
    from cms_i18n.contrib.wagtail.models import FieldTranslation
    from tests.contrib.wagtail.project.news.models import Banner, Notice, Snippet

    snippet = Snippet.objects.create(name="Security Council",
                                     text="Russia's Security Council met in Moscow.\n\n"
                                          "The CSTO sent a delegation.")
    notice = Notice.objects.create(headline="Forum in Moscow", text="The SCO will attend.")
    banner = Banner.objects.create(text="Live coverage from the forum")
    banner.save_revision().publish()
    Banner.objects.create(text="An unpublished banner", live=False)
    printed = manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert printed.startswith("es: 3 documents")       # no pages here: objects only
    contexts = {e.msgctxt for e in entries(site)}
    assert f"news.snippet/{snippet.translation_key}:name" in contexts
    assert f"news.notice/{notice.pk}:headline" in contexts

    approve(site, "Security Council", "Russia", "The CSTO", "Forum in Moscow", "The SCO",
            "Live coverage")
    printed = manage("apply", "--lang", "es")
    assert f"news.Notice {notice.pk} (es): 2 fields" in printed

    # A snippet with drafts: its translation is an unpublished draft revision.
    spanish_banner = banner.get_translation(Locale.objects.get(language_code="es"))
    assert not spanish_banner.live and spanish_banner.latest_revision is not None
    assert spanish_banner.get_latest_revision_as_object().text != banner.text
    assert f"news.Banner {spanish_banner.pk} (es) draft revision" in printed

    copy = snippet.get_translation(Locale.objects.get(language_code="es"))
    assert copy.translation_key == snippet.translation_key and copy.pk != snippet.pk
    assert copy.name != "Security Council"
    paragraphs = copy.text.split("\n\n")
    assert len(paragraphs) == 2 and "OTSC" in paragraphs[1]
    assert "OCS" in translated(notice, "text", "es")
    assert translated(notice, "headline", "es") != "Forum in Moscow"
    assert translated(notice, "headline", "fr") == "Forum in Moscow"     # not translated
    from django.utils import translation

    with translation.override("es"):
        assert translated(notice, "text") == translated(notice, "text", "es")

    # Applied again with nothing new: no revision, no row rewritten, and it says so.
    revisions = spanish_banner.revisions.count()
    rows = {row.pk: row.text for row in FieldTranslation.objects.all()}
    copy_revisions = copy.revisions.count() if hasattr(copy, "revisions") else None
    again = manage("apply", "--lang", "es")
    assert again.startswith("es: 0 documents written, 3 unchanged"), again
    assert "draft revision" not in again and "fields" not in again    # none listed
    assert spanish_banner.revisions.count() == revisions
    assert {row.pk: row.text for row in FieldTranslation.objects.all()} == rows
    if copy_revisions is not None:
        assert copy.revisions.count() == copy_revisions
    listed = manage("apply", "--lang", "es", "--verbose")
    assert f"news.Banner {spanish_banner.pk} (es): unchanged, no new revision" in listed
    assert f"news.Notice {notice.pk} (es): 2 fields, unchanged" in listed
    assert spanish_banner.revisions.count() == revisions


def test_publish_hook_records_pages_and_translate_marks_them_done(site: Site) -> None:
    from django.core.management.base import CommandError
    from django.test import override_settings

    from cms_i18n.contrib.wagtail.models import TranslationRequest

    assert manage("translate", "--if-pending", "--engine", "apertium").startswith(
        "nothing to do")
    article = make_article()
    pending = TranslationRequest.objects.filter(done_at__isnull=True)
    assert sorted(pending.values_list("page_id", flat=True)) == sorted(
        [article.pk, article.get_parent().pk])
    with pytest.raises(CommandError, match=r"no catalogues named content\.po under .*: run "
                       r"`manage.py cms_i18n translate` first \(2 pages published since the last "
                       r"translate run\)"):
        manage("status")                        # nothing translated yet: status 1

    printed = manage("translate", "--if-pending", "--lang", "es", "--engine", "apertium", "-q")
    assert printed.startswith("es: 2 documents")
    assert not pending.exists() and TranslationRequest.objects.count() == 2
    assert manage("translate", "--if-pending").startswith("nothing to do")
    assert "published since" not in manage("status")

    # Republishing records the page again, once; a published translation is not source text.
    article.save_revision().publish()
    article.save_revision().publish()
    assert list(pending.values_list("page_id", flat=True)) == [article.pk]
    approve(site, "Asian security officials to convene")
    manage("apply", "--lang", "es")
    _, draft = spanish(article)
    draft.get_latest_revision().publish()
    assert list(pending.values_list("page_id", flat=True)) == [article.pk]

    with override_settings(CMS_I18N={**_options(), "mark_on_publish": False}):
        TranslationRequest.objects.all().delete()
        article.save_revision().publish()
        assert not TranslationRequest.objects.exists()


def test_publishing_enqueues_the_translation_when_the_site_has_a_task_backend(
        site: Site) -> None:
    from django.test import override_settings

    from cms_i18n.contrib.wagtail.models import TranslationRequest

    immediate = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    options = {**_options(), "target_langs": ["es"], "engine": "apertium"}
    with override_settings(TASKS=immediate, CMS_I18N=options):
        article = make_article()          # published: the task runs the translation
    assert not TranslationRequest.objects.filter(done_at__isnull=True).exists()
    assert any(e.msgid.startswith("Heads of delegations") for e in entries(site))

    # Without a backend, publishing only records the page for the next run.
    site.po().unlink()
    article.save_revision().publish()
    assert TranslationRequest.objects.filter(done_at__isnull=True).count() == 1
    assert not site.po().exists()


def test_status_and_compile_are_the_core_commands_on_the_site_catalogs(site: Site) -> None:
    article = make_article()
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approve(site, SCO, CHAIRED)
    status = manage("status", "--lang", "es")
    assert status.splitlines()[0].split() == ["lang", "document", "units", "reviewed",
                                              "fuzzy", "untranslated", "glossary", "markup",
                                              "ambiguous", "pivot", "quotes"]
    assert "(all)" in status
    # a page is named by its key and, as editors know it, its title
    row = next(line for line in status.splitlines() if str(article.translation_key) in line)
    assert "\u201cAsian security officials to convene in…\u201d" in row, status
    compiled = manage("compile")
    assert compiled.startswith("es: 2 messages → ") and compiled.rstrip().endswith("left out)")
    assert site.po().with_suffix(".mo").exists()


def _position(texts: list[str], text: str) -> int:
    return next(index for index, value in enumerate(texts) if text in value)


def _options() -> dict[str, Any]:
    from django.conf import settings

    return dict(settings.CMS_I18N)


def test_an_untranslated_parent_is_an_alias_until_its_own_translation_is_applied(
        site: Site) -> None:
    article = make_article()
    section = article.get_parent()
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approve(site, "Asian security officials to convene")
    printed = manage("apply", "--lang", "es", "--fallback", "skip")
    assert printed.startswith("es: 1 document written")
    page, _ = spanish(article)
    parent = page.get_parent().specific
    assert parent.alias_of_id == section.pk and parent.locale.language_code == "es"

    approve(site, ":title")                   # every title, the section's included
    printed = manage("apply", "--lang", "es", "--fallback", "skip")
    assert printed.startswith("es: 1 document written, 1 unchanged")   # the article was
    parent.refresh_from_db()
    assert parent.alias_of_id is None         # a page of its own now, with a draft
    assert parent.get_latest_revision_as_object().title != section.title
    assert page.get_parent().pk == parent.pk


def test_the_publish_hook_ignores_page_types_that_are_not_translated(site: Site) -> None:
    from cms_i18n.contrib.wagtail.models import TranslationRequest

    with _with_options(page_models=["news.ArticlePage"]):
        article = make_article()
    assert list(TranslationRequest.objects.values_list("page_id", flat=True)) == [article.pk]


def _with_options(**changes: Any) -> Any:
    from django.test import override_settings

    return override_settings(CMS_I18N={**_options(), **changes})


def test_a_snippet_field_nobody_reviewed_is_written_as_typed_and_an_admin_edit_stays(
        site: Site) -> None:
    from wagtail.models import Locale

    from tests.contrib.wagtail.project.news.models import Snippet

    name = 'Officials say "no"'              # cleaning curls the quotes for the editor
    snippet = Snippet.objects.create(name=name, text="The CSTO sent a delegation.")
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approve(site, "The CSTO")
    manage("apply", "--lang", "es")
    copy = snippet.get_translation(Locale.objects.get(language_code="es"))
    assert copy.name == name and "OTSC" in copy.text

    # An editor translates the name in the admin; apply keeps it.
    copy.name = "Los funcionarios dicen «no»"
    copy.save()
    manage("apply", "--lang", "es")
    copy.refresh_from_db()
    assert copy.name == "Los funcionarios dicen «no»" and "OTSC" in copy.text


def test_text_nobody_reviewed_keeps_what_the_translation_already_says(site: Site) -> None:
    article = make_article()
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approved = approve(site, CHAIRED)
    manage("apply", "--lang", "es")

    # An editor translates one block and the title by hand in the admin, and publishes.
    page, draft = spanish(article)
    meeting = next(b.id for b in draft.body if str(b.value).startswith("The meeting, set for"))
    raw = [dict(block) for block in draft.body.raw_data]
    for block in raw:
        if block["id"] == meeting:
            block["value"] = "La reunión, del 27 al 29 de mayo, coincidirá con la conferencia."
    draft.body = raw
    draft.title = "Reunión de seguridad en Moscú"
    draft.save_revision().publish()

    approved.update(approve(site, SCO))
    manage("apply", "--lang", "es")
    page.refresh_from_db()
    after = page.get_latest_revision_as_object()
    texts = body_texts(after)
    assert "La reunión, del 27 al 29 de mayo, coincidirá con la conferencia." in texts
    assert after.title == "Reunión de seguridad en Moscú"           # title not reviewed yet
    assert approved[SCO] in "\n".join(texts) and approved[CHAIRED] in texts

    # The editor's title is now the catalogue's reviewed translation, noting who typed it.
    title = next(e for e in polib.pofile(str(site.po())) if e.msgctxt.endswith(":title")
                 and e.msgid.startswith("Asian security officials"))
    assert title.msgstr == "Reunión de seguridad en Moscú" and not title.fuzzy
    assert "edited in the Wagtail admin: by " in title.tcomment


def approve_and_draft(po: Path, approved: dict[str, str], drafted: dict[str, str]) -> None:
    """An editor's texts in a catalogue, by the start of their source: approved ones, and
    drafts left fuzzy."""
    catalog = polib.pofile(str(po))
    for entry in catalog:
        for texts, reviewed in ((approved, True), (drafted, False)):
            for start, text in texts.items():
                if entry.msgid.startswith(start):
                    entry.msgstr = text
                    if reviewed:
                        entry.flags = [f for f in entry.flags if f != "fuzzy"]
    catalog.save()


def publish(parent: Any, page: Any) -> Any:
    """``page`` added under ``parent`` and published, as an editor would."""
    child = parent.add_child(instance=page)
    child.save_revision().publish()
    return child


def test_the_section_layout_gives_each_subtree_of_the_site_its_catalog(site: Site) -> None:
    """A site's home page, its sections and their articles: one catalogue per section."""
    from django.conf import settings
    from django.test import override_settings
    from wagtail.models import Page

    from tests.contrib.wagtail.project.news.models import ArticlePage, SectionPage

    home = publish(Page.get_first_root_node(),
                   SectionPage(title="Daily news", slug="daily", intro="<p>Welcome.</p>"))
    pages = {"daily": home}
    for section, stories in (("world", ("Talks resume in Minsk", "The forum opens")),
                             ("sport", ("The final is on Sunday",))):
        front = publish(home, SectionPage(title=f"{section.title()} news", slug=section))
        pages[section] = front
        for number, title in enumerate(stories):
            pages[f"{section}-{number}"] = publish(front, ArticlePage(
                title=title, slug=f"story-{number}", body=[("text", f"{title}, officials say.")]))
    layout = {**_options(), "catalogue_layout": "section"}
    with override_settings(CMS_I18N=layout):
        printed = manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert printed.startswith("es: 6 documents") and "3 catalogues under" in printed
    folder = Path(settings.CMS_I18N["locale_dir"]) / "es" / "LC_MESSAGES" / "content"
    catalogs = {p.relative_to(folder).as_posix(): {e.msgctxt.partition(":")[0] for e in
                                                   polib.pofile(str(p))}
                for p in sorted(folder.rglob("*.po"))}
    key = {name: f"page/{page.translation_key}" for name, page in pages.items()}
    assert catalogs == {
        "daily.po": {key["daily"]},
        "daily/sport.po": {key["sport"], key["sport-0"]},
        "daily/world.po": {key["world"], key["world-0"], key["world-1"]},
    }
    for path in folder.rglob("*.po"):
        msgfmt_check(path)
    with override_settings(CMS_I18N=layout):
        assert "(all)" in manage("status", "--lang", "es")
        applied = manage("apply", "--lang", "es", "--include-fuzzy")
    assert applied.startswith("es: 6 documents written")
    assert spanish(pages["sport-0"])[1].title != "The final is on Sunday"

    # One level deeper: each section's articles have a catalogue of their own.
    with override_settings(CMS_I18N={**layout, "section_depth": 3}):
        manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert (folder / "daily" / "world" / "story-1.po").is_file()


def test_a_renamed_section_carries_its_reviewed_work_into_its_new_catalog(
        site: Site) -> None:
    """A section's slug changes, so its catalogue file moves: what an editor approved or
    drafted in the old file is in the new one, and the old file no longer competes."""
    from django.conf import settings
    from django.test import override_settings
    from wagtail.models import Page

    from tests.contrib.wagtail.project.news.models import ArticlePage, SectionPage

    home = publish(Page.get_first_root_node(), SectionPage(title="Daily news", slug="daily"))
    world = publish(home, SectionPage(title="World news", slug="world"))
    story = publish(world, ArticlePage(title="Talks resume in Minsk", slug="talks",
                                       body=[("text", "Talks resume in Minsk, officials say."),
                                             ("text", "The forum opens on Monday.")]))
    publish(home, SectionPage(title="Sport news", slug="sport"))
    layout = {**_options(), "catalogue_layout": "section"}
    folder = Path(settings.CMS_I18N["locale_dir"]) / "es" / "LC_MESSAGES" / "content"
    with override_settings(CMS_I18N=layout):
        manage("translate", "--lang", "es", "--engine", "apertium", "-q")
        old = folder / "daily" / "world.po"
        approved = "Las conversaciones se reanudan en Minsk, según fuentes oficiales."
        drafted = "El foro se abre el lunes (borrador)."
        approve_and_draft(old, {"Talks resume in Minsk,": approved},
                          {"The forum opens": drafted})

        world.slug = "international"
        world.save_revision().publish()
        printed = manage("translate", "--lang", "es", "--engine", "apertium", "-q")
        new = folder / "daily" / "international.po"
        assert new.is_file(), printed
        moved = {e.msgid: e for e in polib.pofile(str(new)) if not e.obsolete}
        assert moved["Talks resume in Minsk, officials say."].msgstr == approved
        assert not moved["Talks resume in Minsk, officials say."].fuzzy
        assert moved["The forum opens on Monday."].msgstr == drafted
        # The old file holds no live entry for the pages that left it, so nothing reads
        # their text twice; what it held is still there, obsolete, for the record.
        live = [e for e in polib.pofile(str(old)) if not e.obsolete] if old.exists() else []
        assert live == []
        msgfmt_check(new)
        rows = json.loads(manage("status", "--lang", "es", "--json"))["catalogues"]
        reviewed = {row["catalogue"]: row["total"]["reviewed"] for row in rows
                    if "catalogue" in row}
        assert sum(reviewed.values()) == 1 and reviewed["daily/international"] == 1, rows
        manage("apply", "--lang", "es")
    _, draft = spanish(story)
    assert approved in body_texts(draft)


def test_a_page_moved_after_a_switch_to_sections_takes_its_work_along_once(
        site: Site) -> None:
    """A site translated with one catalogue per language switches to sections, then a
    story moves up to become a section of its own: its new catalogue holds each of its
    entries once, with what the editor approved and drafted, and GNU gettext reads
    every catalogue the run leaves."""
    from django.conf import settings
    from django.test import override_settings
    from wagtail.models import Page

    from tests.contrib.wagtail.project.news.models import ArticlePage, SectionPage

    home = publish(Page.get_first_root_node(), SectionPage(title="Daily news", slug="daily"))
    world = publish(home, SectionPage(title="World news", slug="world"))
    story = publish(world, ArticlePage(title="Veto blocks a draft", slug="veto",
                                       body=[("text", "Twelve members voted for the text."),
                                             ("text", "A new draft could follow this week.")]))
    publish(world, ArticlePage(title="Talks resume in Minsk", slug="talks",
                               body=[("text", "Talks resume in Minsk, officials say.")]))
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    approved = "Doce miembros votaron a favor del texto."
    drafted = "Un nuevo borrador podría seguir esta semana (borrador)."
    approve_and_draft(site.po(), {"Twelve members": approved}, {"A new draft": drafted})

    folder = Path(settings.CMS_I18N["locale_dir"]) / "es" / "LC_MESSAGES"
    with override_settings(CMS_I18N={**_options(), "catalogue_layout": "section"}):
        manage("translate", "--lang", "es", "--engine", "apertium", "-q")
        story.refresh_from_db()
        story.move(home, pos="last-child")
        story.refresh_from_db()
        story.save_revision().publish()
        manage("translate", "--lang", "es", "--engine", "apertium", "-q")
        moved = folder / "content" / "daily" / "veto.po"
        assert moved.is_file()
        for path in folder.rglob("*.po"):
            msgfmt_check(path)
        live = [e for e in polib.pofile(str(moved)) if not e.obsolete]
        keys = [(e.msgctxt, e.msgid) for e in live]
        assert len(keys) == len(set(keys)) == 3             # title and two paragraphs
        by_source = {e.msgid: e for e in live}
        assert by_source["Twelve members voted for the text."].msgstr == approved
        assert not by_source["Twelve members voted for the text."].fuzzy
        assert by_source["A new draft could follow this week."].msgstr == drafted
        manage("compile")
        manage("apply", "--lang", "es")
    assert approved in body_texts(spanish(story)[1])


def test_a_line_typed_alone_into_a_field_or_block_is_translated_never_cut_as_chrome(
        site: Site) -> None:
    """An author's one-line block or field that reads like a page's furniture ("Follow us
    on Telegram.", a press release's "For information media. Not an official record."
    quoted, an intro that is a picture's credit) is the author's: cut as page chrome, it
    left the Spanish page's quote empty, which Wagtail refuses to save, and the other
    lines went missing from every translation without a word."""
    article = make_article(
        intro="<p>Photo: Kabar</p>",
        body=[("heading", "Forum in Moscow"),
              ("text", "Heads of delegations will meet informally in Moscow this week."),
              ("paragraph", "<p>Follow us on Telegram.</p>"),
              ("quote", {"text": "For information media. Not an official record.",
                         "attribution": "United Nations"}),
              ("text", "All rights reserved.")])
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    catalog = entries(site)
    for line in ("Photo: Kabar", "Follow us on Telegram.",
                 "For information media. Not an official record.", "All rights reserved."):
        assert find(catalog, line), line
    manage("apply", "--lang", "es")
    _, draft = spanish(article)
    texts = body_texts(draft)
    quote = next(block.value for block in draft.body if block.block_type == "quote")
    assert quote["text"].strip(), texts          # a required field, never left empty
    assert len(texts) == len(body_texts(article)), texts
    assert draft.intro.strip() not in ("", "<p></p>")


def test_a_plain_text_block_about_markup_keeps_its_escapes_on_the_translated_page(
        site: Site) -> None:
    """A heading that shows ``&lt;b&gt;`` (a text about HTML, typed so in a plain-text
    block) is laid out for the pipeline as ``&amp;lt;b&amp;gt;``: the cleaner took that for
    a scrape's double escaping and the Spanish page showed ``<b>`` and ``<script>`` where
    the English shows the escapes."""
    typed = "Write &lt;b&gt; for bold, never &lt;script&gt;"
    article = make_article(body=[("heading", typed),
                                 ("text", "Heads of delegations will meet in Moscow.")])
    manage("translate", "--lang", "es", "--engine", "apertium", "-q")
    entry = find(entries(site), "Write")
    assert "cleaned" not in (entry.comment or ""), entry.comment
    manage("apply", "--lang", "es")
    _, draft = spanish(article)
    heading = next(str(block.value) for block in draft.body if block.block_type == "heading")
    assert "&lt;b&gt;" in heading and "&lt;script&gt;" in heading, heading
    assert "<" not in heading, heading
