"""The review screens in Wagtail's admin, through Django's test client on the real site."""

from __future__ import annotations

import html
import io
import re
from typing import Any

import polib
import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from tests.contrib.wagtail.conftest import Site, make_article
from tests.contrib.wagtail.test_site import approve, body_texts
from tests.contrib.wagtail.test_sync import (
    BODY,
    FIRST,
    QUOTE,
    REMOVED,
    SECOND,
    TYPED_OVER_REMOVED,
    edit_in_admin,
    editor,
    kept_entries,
    latest,
    run,
    set_block,
    typed_over_a_paragraph_removed_since,
    wagtails_translate_copy,
)

pytestmark = [pytest.mark.engine, pytest.mark.usefixtures("apertium")]


def translated(site: Site, *reviewed: str) -> tuple[Any, Any]:
    from wagtail.models import Locale

    article = make_article(body=BODY)
    run("translate", "--lang", "es", "-q")
    approve(site, *reviewed)
    run("apply", "--lang", "es")
    return article, article.get_translation(Locale.objects.get(language_code="es")).specific


def admin_client(*, csrf: bool = False) -> Client:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("ana", "ana@example.com", "x",
                                                     first_name="Ana", last_name="Ruiz")
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client


def review_url(article: Any) -> str:
    return f"/admin/cms_i18n/review/{article.pk}/es/"


def entry(site: Site, start: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(site.po())) if e.msgid.startswith(start))


def token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_the_review_answers_editors_and_refuses_everyone_else(site: Site) -> None:
    from django.contrib.auth import get_user_model

    article, _ = translated(site)
    url = review_url(article)
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    nobody = get_user_model().objects.create_user("guest", password="x")
    client = Client()
    client.force_login(nobody)
    assert client.get(url).status_code in (302, 403)      # no admin access at all

    response = admin_client().get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert FIRST in page and SECOND in page and "machine, to review" in page
    assert page.index("Forum in Moscow") < page.index(FIRST) < page.index(QUOTE)


def test_each_segment_is_labelled_with_the_blocks_it_comes_from(site: Site) -> None:
    """Every segment of a StreamField was labelled "body": a long page's heading, quote
    and list items could not be told apart but by reading them."""
    article, _ = translated(site)
    page = admin_client().get(review_url(article)).content.decode()

    def label(text: str) -> str:
        row = re.search(r'<tr id="segment-\d+"[^>]*>(?:(?!</tr>).)*?'
                        + re.escape(html.escape(text)) + r".*?</tr>", page, re.S).group(0)
        return html.unescape(re.search(r"<small>([^<]*)</small>", row).group(1))

    assert label("Forum in Moscow") == "body › heading"
    assert label(FIRST) == label(SECOND) == "body › paragraph"
    assert label(QUOTE) == "body › quote › text"
    assert label("the Security Council") == "body › quote › attribution"
    assert label(article.title) == "title"


def test_the_review_of_a_translated_page_s_id_is_its_source_s_or_says_it_is_deleted(
        site: Site) -> None:
    """The Spanish page's own id opened its review as if it were a source page, and once
    the English page was deleted it said "not published"."""
    article, spanish = translated(site)
    client = admin_client()
    response = client.get(f"/admin/cms_i18n/review/{spanish.pk}/es/")
    assert response.status_code == 302 and response["Location"] == review_url(article)
    article.delete()
    response = client.get(f"/admin/cms_i18n/review/{spanish.pk}/es/")
    assert response.status_code == 404
    assert "not published" not in response.content.decode()


def test_a_draft_an_editor_typed_in_a_po_editor_is_not_shown_as_the_machine_s(
        site: Site) -> None:
    """Typed over in Poedit and left fuzzy, the draft still carries the last run's
    engine note; the screen tells it from the engine's by what cms-i18n wrote there, and
    names the language, not its code."""
    article, _ = translated(site)
    catalog = polib.pofile(str(site.po()))
    for found in catalog:
        if found.msgid == FIRST:
            found.msgstr = "La OCS se reunió en Moscú el martes (borrador)."
    catalog.save()
    client = admin_client()
    page = client.get(review_url(article)).content.decode()
    row = re.search(r'<tr id="segment-\d+"[^>]*>(?:(?!</tr>).)*?'
                    + re.escape(html.escape(FIRST)) + r".*?</tr>", page, re.S).group(0)
    assert "(borrador)" in row and "machine, " not in row and "to review" in row
    assert page.count("machine, to review") >= 2        # the engine's own drafts still are
    assert "Translation (Spanish)" in page and "Edit the Spanish draft" in page
    listing = client.get("/admin/cms_i18n/").content.decode()
    assert '<th title="es">Spanish</th>' in listing


def test_a_script_in_a_translation_is_shown_as_text(site: Site) -> None:
    article, _ = translated(site)
    approve(site, edits={FIRST: "<script>alert('x')</script> La OCS."})
    page = admin_client().get(review_url(article)).content.decode()
    assert "<script>alert(" not in page and "&lt;script&gt;alert(" in page


def test_approve_edit_and_reject_update_the_catalog_and_the_draft(site: Site) -> None:
    article, spanish = translated(site)
    client = admin_client(csrf=True)
    html = client.get(review_url(article)).content.decode()
    machine = entry(site, FIRST).msgstr
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}

    refused = client.post(review_url(article), {"action": "approve", "index": index[FIRST],
                                                "source": FIRST, "expected": machine})
    assert refused.status_code == 403                       # no CSRF token
    assert "fuzzy" in entry(site, FIRST).flags

    done = client.post(review_url(article), {
        "csrfmiddlewaretoken": token(html), "action": "approve", "index": index[FIRST],
        "source": FIRST, "expected": machine})
    assert done.status_code == 302
    # back at the segment approved, not at the top of a long page
    assert done["Location"].endswith(f"#segment-{index[FIRST]}")
    assert not entry(site, FIRST).fuzzy and "Ana Ruiz" in entry(site, FIRST).tcomment
    assert machine in "\n".join(body_texts(latest(spanish)))

    mine = "Asistieron delegaciones de diez países."
    client.post(review_url(article), {
        "csrfmiddlewaretoken": token(html), "action": "save", "index": index[SECOND],
        "source": SECOND, "expected": entry(site, SECOND).msgstr, "text": mine})
    assert entry(site, SECOND).msgstr == mine and not entry(site, SECOND).fuzzy
    assert mine in "\n".join(body_texts(latest(spanish)))
    # the draft's revision is the reviewer's: Wagtail tells an editor who has the page open
    # who saved it (it said "System saved a new version")
    assert spanish.get_latest_revision().user.get_full_name() == "Ana Ruiz"

    rejected = client.post(review_url(article), {
        "csrfmiddlewaretoken": token(html), "action": "reject", "index": index[QUOTE],
        "source": QUOTE, "expected": entry(site, QUOTE).msgstr}, follow=True)
    assert entry(site, QUOTE).msgstr == "" and "rejected suggestion" in entry(site, QUOTE).tcomment
    assert "Suggestion rejected: the Spanish draft shows the source text there" in \
        rejected.content.decode()

    # A stale form (the entry changed since it was shown) saves nothing.
    followed = client.post(review_url(article), {
        "csrfmiddlewaretoken": token(html), "action": "save", "index": index[SECOND],
        "source": SECOND, "expected": "what it said before", "text": "Otra cosa."}, follow=True)
    assert entry(site, SECOND).msgstr == mine
    assert "changed since it was shown" in followed.content.decode()
    # … and the text typed stays in its field, beside the catalogue's, to save again.
    assert field_text(segment_html(followed.content.decode(), index[SECOND])) == "Otra cosa."


def approve_all_form(page: str) -> dict[str, Any]:
    """The fields the "Approve all shown" form of a review screen posts."""
    form = re.search(r'<form method="post" class="cms-i18n-approve-all">(.*?)</form>', page,
                     re.S)
    assert form is not None, "no Approve all shown form"
    fields: dict[str, Any] = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"',
                                  form.group(1)):
        if name.startswith("shown_"):
            fields.setdefault(name, []).append(html.unescape(value))
        elif name != "csrfmiddlewaretoken":
            fields[name] = html.unescape(value)
    return fields


def test_approve_all_shown_leaves_problems_alone(site: Site) -> None:
    article, spanish = translated(site)
    approve(site, edits={FIRST: '<a href="javascript:alert(1)">OCS</a>'})
    po = polib.pofile(str(site.po()))
    for e in po:
        if e.msgid == FIRST:
            e.flags.append("fuzzy")
    po.save()
    client = admin_client()
    form = approve_all_form(client.get(review_url(article) + "?show=review").content.decode())
    assert FIRST not in form["shown_source"]                    # a problem: not listed
    client.post(review_url(article), form)
    assert "fuzzy" in entry(site, FIRST).flags                  # the unsafe one is not approved
    assert not entry(site, SECOND).fuzzy and not entry(site, QUOTE).fuzzy
    assert "javascript:" not in str(latest(spanish).body.raw_data)


def test_the_translations_report_and_the_sign_in_the_page_editor(site: Site) -> None:
    article, spanish = translated(site, QUOTE)
    client = admin_client()
    report = client.get("/admin/cms_i18n/").content.decode()
    assert article.title in report and review_url(article) in report
    assert "1 reviewed" in report or "2 reviewed" in report
    assert "to review" in report

    editor = client.get(f"/admin/pages/{spanish.pk}/edit/").content.decode()
    assert "nobody reviewed yet" in editor and "still in the source language" in editor
    assert review_url(article) in editor

    home = client.get("/admin/").content.decode()
    assert "cms-i18n-translations" in home and "/admin/cms_i18n/" in home   # Reports menu


def test_a_published_spanish_page_answers_at_its_es_url_in_spanish(site: Site) -> None:
    from wagtail.models import Site as WagtailSite

    article, spanish = translated(site, "Asian security officials", FIRST)
    WagtailSite.objects.update_or_create(
        hostname="localhost", defaults={"root_page": article.get_parent(), "is_default_site": True})
    parent = spanish.get_parent().specific
    parent.get_latest_revision().publish()
    latest(spanish)
    spanish.get_latest_revision().publish()
    spanish.refresh_from_db()
    url = spanish.get_url()
    assert url.startswith("/es/")
    response = Client().get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert entry(site, FIRST).msgstr in response.content.decode()
    english = Client().get(article.get_url(), HTTP_HOST="localhost")
    assert english.status_code == 200 and FIRST in english.content.decode()
    # the report names each page by the address readers know, not Wagtail's tree path
    report = admin_client().get("/admin/cms_i18n/", HTTP_HOST="localhost").content.decode()
    assert f"<small>{article.get_url()}</small>" in report, report
    assert f"<small>{article.url_path}</small>" not in report


LAYOUTS = {
    # layout → the catalogue that holds the article, below locale/es/LC_MESSAGES
    "language": lambda article: "content.po",
    "section": lambda article: "content/world.po",
    "document": lambda article: f"content/page/{article.translation_key}.po",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_screen_reads_and_writes_the_catalog_the_command_line_uses(
        site: Site, layout: str) -> None:
    """Reports → Translations, the review screen, its Save and Approve, the page editor's
    sign and the sync of an edit made in the admin all use the page's own catalogue,
    whatever ``catalogue_layout`` says: the file ``translate`` wrote and ``apply`` reads."""
    from django.conf import settings
    from django.test import override_settings
    from wagtail.models import Locale

    from tests.contrib.wagtail.test_sync import edit_in_admin, editor, set_block

    options = {**settings.CMS_I18N, "catalogue_layout": layout, "section_depth": 1}
    with override_settings(CMS_I18N=options):
        article = make_article(body=BODY)
        run("translate", "--lang", "es", "-q")
        run("apply", "--lang", "es")
        folder = site.po().parent
        po_path = folder / LAYOUTS[layout](article)
        written = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.po"))
        assert po_path.relative_to(folder).as_posix() in written, written
        if layout != "language":
            assert not site.po().exists()

        def entry_in(start: str) -> polib.POEntry:
            return next(e for e in polib.pofile(str(po_path)) if e.msgid.startswith(start))

        spanish = article.get_translation(Locale.objects.get(language_code="es")).specific
        client = admin_client(csrf=True)
        report = client.get("/admin/cms_i18n/").content.decode()
        assert article.title in report and "not translated yet" not in report
        assert "to review" in report and "No catalogue yet" not in report

        html = client.get(review_url(article)).content.decode()
        assert FIRST in html and SECOND in html and "machine, to review" in html
        assert str(po_path) in html and "Nothing to show" not in html
        index = {e.msgid: n for n, e in enumerate(
            e for e in polib.pofile(str(po_path))
            if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
        machine = entry_in(FIRST).msgstr
        client.post(review_url(article), {
            "csrfmiddlewaretoken": token(html), "action": "approve", "index": index[FIRST],
            "source": FIRST, "expected": machine})
        assert not entry_in(FIRST).fuzzy and "Ana Ruiz" in entry_in(FIRST).tcomment
        mine = "Asistieron delegaciones de diez países."
        done = client.post(review_url(article), {
            "csrfmiddlewaretoken": token(html), "action": "save", "index": index[SECOND],
            "source": SECOND, "expected": entry_in(SECOND).msgstr, "text": mine}, follow=True)
        assert "draft was updated" in done.content.decode()
        assert entry_in(SECOND).msgstr == mine and not entry_in(SECOND).fuzzy
        assert mine in "\n".join(body_texts(latest(spanish)))
        assert [p.relative_to(folder).as_posix() for p in folder.rglob("*.po")
                if p.relative_to(folder).as_posix() not in written] == []

        sign = client.get(f"/admin/pages/{spanish.pk}/edit/").content.decode()
        assert "still in the source language" in sign and "older source text" not in sign

        # An edit typed in the page editor reaches that same catalogue on the next run.
        typed = "Ningún país puede afrontarlas en solitario."
        edit_in_admin(spanish, editor(), lambda draft: set_block(
            draft, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))
        run("apply", "--lang", "es")
        assert entry_in(QUOTE).msgstr == typed and not entry_in(QUOTE).fuzzy
        assert "edited in the Wagtail admin: by María López" in entry_in(QUOTE).tcomment


WRONG_ENTITY = "El Consejo de Seguridad de Rusia se reunió en Moscú el martes."


def segment_html(html_text: str, index: int) -> str:
    """The review table's row of segment ``index`` (0-based), as served."""
    start = html_text.index(f'<tr id="segment-{index}"')
    return html_text[start:html_text.index("</tr>", start)]


def field_text(row: str) -> str:
    """What the row's edit field holds, as the browser reads it."""
    return html.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", row, re.S).group(1))


def messages_of(html_text: str) -> str:
    """The admin's messages at the top of the page."""
    start = html_text.index('<div class="messages"')
    return html_text[start:html_text.index("</ul>", start)]


def check_lines(start: str, site: Site) -> list[str]:
    """What ``cms_i18n check --include-fuzzy`` says of the entry whose source starts so,
    each line without its place."""
    line = entry(site, start).linenum
    out = io.StringIO()
    with pytest.raises(CommandError, match="critical"):     # exit 2: a critical problem
        call_command("cms_i18n", "check", "--include-fuzzy", "--no-msgfmt", stdout=out)
    return [found.split(f":{line}: ", 1)[1] for found in out.getvalue().splitlines()
            if f"content.po:{line}: " in found]


@pytest.mark.parametrize("memory", ["sqlite", pytest.param("postgresql",
                                                           marks=pytest.mark.service)])
def test_a_save_the_gate_refuses_keeps_the_typed_text_as_a_draft_with_its_reasons(
        site: Site, memory: str, request: pytest.FixtureRequest) -> None:
    from django.conf import settings
    from django.test import override_settings

    options = dict(settings.CMS_I18N)
    if memory == "postgresql":
        options["memory"] = request.getfixturevalue("postgres_url")
    with override_settings(CMS_I18N=options):
        article, spanish = translated(site, FIRST)      # approved: on the page
        machine = entry(site, FIRST).msgstr
        assert machine in "\n".join(body_texts(latest(spanish)))
        client = admin_client(csrf=True)
        shown = client.get(review_url(article)).content.decode()
        index = next(n for n in range(20) if FIRST in segment_html(shown, n))
        before = list(latest(spanish).body.raw_data)

        # A wrong entity: Russia's Security Council for the SCO.
        response = client.post(review_url(article), {
            "csrfmiddlewaretoken": token(shown), "action": "save", "index": index,
            "source": FIRST, "expected": machine, "text": WRONG_ENTITY})
        assert response.status_code == 200              # the form again, not a redirect
        page = response.content.decode()
        row = segment_html(page, index)
        assert field_text(row) == WRONG_ENTITY          # the editor's words, in the field
        assert "<details open>" in row and 'aria-invalid="true"' in row
        assert "autofocus" in row       # the browser brings the held field into view
        assert "Kept as a draft, not approved" in row
        said = check_lines(FIRST, site)
        assert said and all(s.startswith("critical: ") for s in said)
        for finding in said:                            # check's words, beside the field
            assert html.escape(finding) in row
        assert "Kept as a draft, not approved" in messages_of(page)
        assert re.search(r'value="approve"[^>]*disabled', row)
        assert "machine, " not in row and 'data-state="to review"' in row   # hers, a draft

        kept = entry(site, FIRST)
        assert kept.msgstr == WRONG_ENTITY and kept.fuzzy
        assert "not approved, kept as a draft: critical: glossary:" in kept.tcomment
        assert f'approved before: "{machine}"' in kept.tcomment    # nor is that lost
        assert list(latest(spanish).body.raw_data) == before      # the page as it was
        assert machine in "\n".join(body_texts(latest(spanish)))

        # Shown again later, the row still says so; the text is still the draft's.
        again = segment_html(client.get(review_url(article)).content.decode(), index)
        assert field_text(again) == WRONG_ENTITY and "critical: glossary:" in again
        # A run of translate keeps the editor's draft, not the machine's.
        run("translate", "--lang", "es", "-q")
        assert entry(site, FIRST).msgstr == WRONG_ENTITY

        # Corrected, it is approved and reaches the page; the reason goes.
        right = "La OCS se reunió en Moscú el martes."
        done = client.post(review_url(article), {
            "csrfmiddlewaretoken": token(shown), "action": "save", "index": index,
            "source": FIRST, "expected": WRONG_ENTITY, "text": right}, follow=True)
        assert "draft was updated" in done.content.decode()
        fixed = entry(site, FIRST)
        assert fixed.msgstr == right and not fixed.fuzzy
        assert "kept as a draft" not in fixed.tcomment and "approved before" not in fixed.tcomment
        assert right in "\n".join(body_texts(latest(spanish)))


def test_a_page_made_again_gets_the_approved_text_a_refused_save_stands_beside(
        site: Site) -> None:
    """A save the gate refused left the approved translation in a note, the refused text
    the entry's draft; the page kept the approved text while it existed.  Once the Spanish
    page was deleted and made again by apply, the paragraph was in English, unannounced."""
    from wagtail.models import Locale

    article, spanish = translated(site, FIRST)
    approved = entry(site, FIRST).msgstr
    client = admin_client()
    shown = client.get(review_url(article)).content.decode()
    index = next(n for n in range(20) if FIRST in segment_html(shown, n))
    client.post(review_url(article), {"action": "save", "index": index, "source": FIRST,
                                      "expected": approved, "text": WRONG_ENTITY})
    assert entry(site, FIRST).fuzzy and entry(site, FIRST).msgstr == WRONG_ENTITY
    spanish.delete()
    run("apply", "--lang", "es")
    again = article.get_translation(Locale.objects.get(language_code="es")).specific
    texts = "\n".join(body_texts(latest(again)))
    assert approved in texts and FIRST not in texts and WRONG_ENTITY not in texts, texts
    assert entry(site, FIRST).msgstr == WRONG_ENTITY        # the draft waits for review


def test_an_approval_the_gate_refuses_leaves_a_draft_and_says_why(site: Site) -> None:
    article, spanish = translated(site)
    unsafe = '<a href="javascript:alert(1)">La OCS</a> se reunió en Moscú el martes.'
    po = polib.pofile(str(site.po()))
    for e in po:
        if e.msgid == FIRST:
            e.msgstr = unsafe                          # a draft typed in Poedit
    po.save()
    client = admin_client()
    html_text = client.get(review_url(article)).content.decode()
    index = next(n for n in range(20) if FIRST in segment_html(html_text, n))
    assert re.search(r'value="approve"[^>]*disabled', segment_html(html_text, index))
    response = client.post(review_url(article), {"action": "approve", "index": index,
                                                 "source": FIRST, "expected": unsafe})
    assert response.status_code == 200
    row = segment_html(response.content.decode(), index)
    assert "Kept as a draft, not approved" in row and "critical: unsafe-link:" in row
    assert field_text(row) == unsafe
    assert entry(site, FIRST).fuzzy and entry(site, FIRST).msgstr == unsafe
    assert "javascript:" not in str(latest(spanish).body.raw_data)


def test_a_save_after_the_segments_moved_reaches_its_english_or_says_the_text(
        site: Site) -> None:
    article, _ = translated(site)
    client = admin_client()
    machine = entry(site, SECOND).msgstr
    mine = "Asistieron delegaciones de diez países."
    # The form's index now points at another segment (a sync added one above it).
    index = next(n for n in range(20)
                 if FIRST in segment_html(client.get(review_url(article)).content.decode(), n))
    client.post(review_url(article), {"action": "save", "index": index, "source": SECOND,
                                      "expected": machine, "text": mine})
    assert entry(site, SECOND).msgstr == mine and not entry(site, SECOND).fuzzy
    assert entry(site, FIRST).msgstr != mine
    # English no segment has any more: nothing saved, but the typed words are not lost.
    gone = client.post(review_url(article), {"action": "save", "index": index,
                                             "source": "English that was edited away.",
                                             "expected": "", "text": "Palabras mías."},
                       follow=True)
    assert "nothing was saved" in gone.content.decode()
    assert "Palabras mías." in messages_of(gone.content.decode())


def test_a_draft_typed_in_a_po_editor_that_a_save_types_over_stays_quoted(
        site: Site) -> None:
    """A translator's fuzzy draft typed in Poedit, then another text saved over it on the
    review screen: the entry takes the saved text and keeps the draft quoted; an
    editor's second save over their own approved text adds nothing."""
    article, _ = translated(site)
    draft = "Borrador de la traductora, escrito en Poedit."
    catalog = polib.pofile(str(site.po()))
    for found in catalog:
        if found.msgid == SECOND:
            found.msgstr = draft
    catalog.save()
    client = admin_client(csrf=True)
    html_page = client.get(review_url(article)).content.decode()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    mine = "Asistieron delegaciones de diez países."
    for text, shown in ((mine, draft), (mine + " Diez.", mine)):
        client.post(review_url(article), {
            "csrfmiddlewaretoken": token(html_page), "action": "save",
            "index": index[SECOND], "source": SECOND, "expected": shown, "text": text})
    saved = entry(site, SECOND)
    assert saved.msgstr == mine + " Diez." and not saved.fuzzy
    assert f'"{draft}"' in saved.tcomment and f'"{mine}"' not in saved.tcomment
    # over the engine's own draft, a save keeps nothing: cms-i18n wrote it
    machine = entry(site, QUOTE).msgstr
    client.post(review_url(article), {
        "csrfmiddlewaretoken": token(html_page), "action": "save", "index": index[QUOTE],
        "source": QUOTE, "expected": machine, "text": "Ningún país puede hacerlo solo."})
    assert "this save replaced" not in entry(site, QUOTE).tcomment


def test_rejecting_an_approved_translation_says_it_is_a_draft_again(site: Site) -> None:
    """The reviewed text stays (a draft again), so the screen says so: it said the draft
    showed the source text, which it did not."""
    article, _ = translated(site, FIRST)
    approved = entry(site, FIRST).msgstr
    client = admin_client(csrf=True)
    html_page = client.get(review_url(article)).content.decode()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    shown = client.post(review_url(article), {
        "csrfmiddlewaretoken": token(html_page), "action": "reject", "index": index[FIRST],
        "source": FIRST, "expected": approved}, follow=True).content.decode()
    assert "Approval withdrawn" in html.unescape(shown) and "Suggestion rejected" not in shown
    rejected = entry(site, FIRST)
    assert rejected.msgstr == approved and rejected.fuzzy


def test_a_segment_of_two_lines_is_saved_as_a_browser_sends_it(site: Site) -> None:
    """A browser sends every line break of a form's values as CRLF: a segment that holds
    a line break (a quote of two lines) must still be found, and the editor's text saved
    with the catalogue's LF, not refused as "changed since the page was shown"."""
    two_lines = "No country can deal\nwith them alone."
    article = make_article(body=[("heading", "Forum in Moscow"),
                                 ("paragraph", f"<p>{FIRST}</p>"),
                                 ("quote", {"text": two_lines, "attribution": "the envoy"})])
    run("translate", "--lang", "es", "-q")
    client = admin_client()
    quote = entry(site, "No country can deal")
    assert "\n" in quote.msgid
    index = next(n for n in range(20) if "No country can deal" in segment_html(
        client.get(review_url(article)).content.decode(), n))
    mine = "Ningún país puede hacerlo\nsolo."
    saved = client.post(review_url(article), {
        "action": "save", "index": index, "source": quote.msgid.replace("\n", "\r\n"),
        "expected": quote.msgstr.replace("\n", "\r\n"),
        "text": mine.replace("\n", "\r\n")}, follow=True)
    assert "changed since" not in messages_of(saved.content.decode())
    assert entry(site, "No country can deal").msgstr == mine
    assert not entry(site, "No country can deal").fuzzy


def test_a_title_edited_in_the_page_editor_too_is_named_when_the_screen_opens(
        site: Site) -> None:
    """The page's title edited in the page editor while its catalogue entry was approved
    anew: the review screen takes the page's edits in as it opens, and says there that
    the page keeps its text (a save said it only afterwards, and named "1 paragraph of
    this page", a title being none)."""
    article, spanish = translated(site, "Asian security officials")
    approve(site, edits={"Asian security officials": "Altos cargos de seguridad de Asia, "
                                                     "reunidos en Moscú"})
    client = admin_client()
    latest_draft = latest(spanish)
    latest_draft.title = "Funcionarios de seguridad de Asia se reúnen en Moscú"
    latest_draft.save_revision()
    shown = html.unescape(messages_of(client.get(review_url(article)).content.decode()))
    assert "conflict, the page keeps its text: page" in shown, shown
    assert "Funcionarios de seguridad de Asia se reúnen en Moscú" in shown
    assert "paragraph" not in shown and "es: " not in shown
    assert "Funcionarios de seguridad" in entry(site, "Asian security officials").tcomment


def test_a_save_for_a_segment_the_author_removed_keeps_the_typed_text_on_file(
        site: Site) -> None:
    """The author deleted the English paragraph while an editor had the review screen
    open; the editor's save finds no segment for it.  Nothing is saved as a translation,
    but the typed text is put on file as the obsolete entry of the English it was typed
    for, with who typed it (it was only in the message).  A form naming another page's
    segment puts nothing on file."""
    article, _ = translated(site)
    client = admin_client()
    # the screen names the command as the site runs it (it said `cms-i18n check`)
    assert "<code>python manage.py cms_i18n check --include-fuzzy</code>" in \
        client.get(review_url(article)).content.decode()
    context = f"page/{article.translation_key}"
    gone = client.post(review_url(article), {
        "action": "save", "index": 7, "context": context,
        "source": "Delegates also agreed to meet again in the spring.", "expected": "",
        "text": "Los delegados acordaron reunirse de nuevo en primavera."}, follow=True)
    shown = html.unescape(messages_of(gone.content.decode()))
    assert "nothing was saved as its translation" in shown
    assert "kept in the catalogue content.po as an obsolete entry" in shown
    kept = next(e for e in polib.pofile(str(site.po())) if e.obsolete
                and e.msgid == "Delegates also agreed to meet again in the spring.")
    assert kept.msgstr == "Los delegados acordaron reunirse de nuevo en primavera."
    assert kept.fuzzy and kept.msgctxt == context
    assert "reviewed in the Wagtail admin: by Ana Ruiz" in kept.tcomment
    other = client.post(review_url(article), {
        "action": "save", "index": 7, "context": "page/another-page",
        "source": "Another page's English.", "expected": "", "text": "Otro texto."},
        follow=True)
    assert "Otro texto." in html.unescape(messages_of(other.content.decode()))
    assert not any(e.msgid == "Another page's English." for e in polib.pofile(str(site.po())))


def test_a_save_over_a_block_kept_as_edited_says_the_draft_shows_the_editor_s_text(
        site: Site) -> None:
    """An editor added a paragraph of their own to the Spanish block in the page editor,
    so apply keeps that block as it is; a save in the review screen goes into the
    catalogue, and the screen says the draft keeps the page editor's text there (it said
    "the Spanish draft already says so", which it did not)."""
    article, spanish = translated(site)
    mine = "<p>Uno.</p><p>Dos.</p><p>Tres, añadido por la redacción.</p>"
    edit_in_admin(spanish, editor(), lambda d: set_block(d, "paragraph", mine))
    client = admin_client()
    index = next(n for n in range(20) if FIRST[:20] in segment_html(
        client.get(review_url(article)).content.decode(), n))
    typed = "La OCS se reunió en Moscú este martes, según la redacción."
    saved = client.post(review_url(article), {
        "action": "save", "index": index, "source": FIRST,
        "expected": entry(site, FIRST).msgstr, "text": typed}, follow=True)
    shown = html.unescape(messages_of(saved.content.decode()))
    assert "already says so" not in shown
    assert "the Spanish draft keeps the text edited in the page editor there" in shown
    assert entry(site, FIRST).msgstr == typed
    assert mine in body_texts(latest(spanish))


def _second_reviewed_then_reworded(site: Site, now: str) -> Any:
    """The article with its second paragraph reviewed, then reworded in English to ``now``
    and published, and a run since: its entry moved to the new wording (``#|``)."""
    article, _ = translated(site, SECOND)
    source = article.get_latest_revision_as_object()
    set_block(source, "paragraph", f"<p>{FIRST}</p><p>{now}</p>")
    source.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    assert entry(site, now).previous_msgid == SECOND
    return article


def test_a_save_for_a_segment_whose_english_a_run_reworded_reaches_the_new_wording(
        site: Site) -> None:
    """The author reworded the English paragraph and a run moved its entry to the new
    wording while an editor had the review screen open: her save is kept under the old
    English and beside the new wording's entry, flagged for review (it was under the old
    English only, where whoever reviews the new wording never looks)."""
    reworded = "Delegations from ten countries took part in the forum."
    article = _second_reviewed_then_reworded(site, reworded)
    client = admin_client()
    mine = "Asistieron al foro delegaciones de diez países, según la redacción."
    shown = html.unescape(messages_of(client.post(review_url(article), {
        "action": "save", "index": 1, "context": f"page/{article.translation_key}",
        "source": SECOND, "expected": "", "text": mine}, follow=True).content.decode()))
    assert "beside the entry of that text's new wording" in shown
    new = entry(site, reworded)
    assert new.fuzzy
    assert f'another translation an editor wrote for the earlier text, kept: "{mine}"' \
        in " ".join(new.tcomment.split())
    assert any(e.obsolete and e.msgid == SECOND and e.msgstr == mine
               for e in polib.pofile(str(site.po())))


def test_approve_all_in_a_screen_left_open_across_a_run_approves_only_what_it_showed(
        site: Site) -> None:
    """The author changed a figure while the screen was open and a run moved the entry to
    the new English: "Approve all shown" approves the segments the screen showed, never
    the new English's machine text nobody saw, and says so."""
    article, _ = translated(site)
    client = admin_client()
    form = approve_all_form(client.get(review_url(article) + "?show=review").content.decode())
    assert SECOND in form["shown_source"]
    changed = "Delegations from eleven countries attended the forum."
    source = article.get_latest_revision_as_object()
    set_block(source, "paragraph", f"<p>{FIRST}</p><p>{changed}</p>")
    source.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    shown = html.unescape(messages_of(client.post(review_url(article), form,
                                                  follow=True).content.decode()))
    assert "1 of the segments shown changed since the page was shown" in shown
    assert entry(site, changed).fuzzy                       # nobody saw its text
    others = [s for s in form["shown_source"] if s != SECOND]
    assert others and all(not entry(site, text).fuzzy for text in others)


def test_approving_a_segment_edited_in_the_page_editor_says_the_page_keeps_its_text(
        site: Site) -> None:
    """An editor translated a paragraph in the page editor; the review screen, which no
    run has shown that edit yet, offers the machine's text, and another approves it. The
    draft keeps the page editor's text and the entry is a draft beside it: the screen says
    so (it said "the Spanish draft already says so"); a second approval puts the
    catalogue's text on the draft, the page editor's kept in the entry's notes.  A reject
    there says the draft shows the page editor's text (it said "the source text")."""
    article, spanish = translated(site)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    maria = editor()
    edit_in_admin(spanish, maria, lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    client = admin_client()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    machine = entry(site, SECOND).msgstr

    def approve_second() -> str:
        return html.unescape(messages_of(client.post(review_url(article), {
            "action": "approve", "index": index[SECOND], "source": SECOND,
            "expected": entry(site, SECOND).msgstr}, follow=True).content.decode()))

    shown = approve_second()
    assert "already says so" not in shown
    assert "but the Spanish page editor has another text there: the draft keeps that one" \
        in shown
    assert by_hand in "\n".join(body_texts(latest(spanish)))
    assert entry(site, SECOND).fuzzy and by_hand in entry(site, SECOND).tcomment
    shown = approve_second()
    assert "the Spanish draft was updated" in shown
    assert machine in "\n".join(body_texts(latest(spanish)))
    assert by_hand in entry(site, SECOND).tcomment

    quote = "Ningún país puede hacerles frente solo, dijo la redacción."
    attribution = next(b.value["attribution"] for b in latest(spanish).body
                       if b.block_type == "quote")
    edit_in_admin(spanish, maria, lambda d: set_block(
        d, "quote", {"text": quote, "attribution": attribution}))
    rejected = html.unescape(messages_of(client.post(review_url(article), {
        "action": "reject", "index": index[QUOTE], "source": QUOTE,
        "expected": entry(site, QUOTE).msgstr}, follow=True).content.decode()))
    assert "draft shows the source text" not in rejected
    assert "the Spanish draft shows the text edited in the page editor there" in rejected
    assert quote in "\n".join(body_texts(latest(spanish)))


def test_a_save_for_a_segment_deleted_before_any_run_says_the_draft_lacks_it(
        site: Site) -> None:
    """The author deleted the English paragraph and no run has happened since: the
    catalogue still has its entry, so the save goes in; the screen said "the Spanish
    draft was updated", which has no such paragraph.  It says the English is no longer
    on the page, and the next translate keeps the text as an obsolete entry."""
    article, spanish = translated(site)
    client = admin_client()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    source = article.get_latest_revision_as_object()
    set_block(source, "paragraph", f"<p>{FIRST}</p>")
    source.save_revision().publish()
    mine = "Asistieron al foro delegaciones de diez países."
    shown = html.unescape(messages_of(client.post(review_url(article), {
        "action": "save", "index": index[SECOND], "source": SECOND,
        "expected": entry(site, SECOND).msgstr, "text": mine}, follow=True).content.decode()))
    assert "draft was updated" not in shown
    assert "is no longer on the page" in shown
    assert mine not in "\n".join(body_texts(latest(spanish)))
    run("translate", "--lang", "es", "-q")
    assert any(e.obsolete and e.msgid == SECOND and e.msgstr == mine
               for e in polib.pofile(str(site.po())))


def test_approve_all_leaves_a_segment_in_conflict_with_the_page_editor_alone(
        site: Site) -> None:
    """An editor's own text in the page editor over an approved segment is a conflict the
    draft keeps the page's text for: "Approve all shown" approved the catalogue's text
    over it, unseen; it is a choice made one segment at a time."""
    article, spanish = translated(site, SECOND)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{entry(site, FIRST).msgstr}</p><p>{by_hand}</p>"))
    approve(site, edits={SECOND: "Delegaciones de diez países asistieron al foro."})
    run("apply", "--lang", "es")
    assert entry(site, SECOND).fuzzy and by_hand in entry(site, SECOND).tcomment
    client = admin_client()
    form = approve_all_form(client.get(review_url(article) + "?show=review").content.decode())
    assert SECOND not in form["shown_source"] and form["shown_source"]
    client.post(review_url(article), form)
    assert entry(site, SECOND).fuzzy
    assert all(not entry(site, text).fuzzy for text in form["shown_source"])
    assert by_hand in "\n".join(body_texts(latest(spanish)))


def test_the_review_of_an_unpublished_english_page_says_why_it_is_empty(site: Site) -> None:
    """While the English page is unpublished its segments are retired: the screen said
    "Run translate first", which changed nothing."""
    article, _ = translated(site)
    article.unpublish()
    call_command("cms_i18n", "translate", "--lang", "es", "-q", stdout=io.StringIO(),
                 stderr=io.StringIO())
    page = admin_client().get(review_url(article)).content.decode()
    assert "Nothing to show." in page
    assert "The page in the source language is not published" in page
    assert "translate</code> first" not in page


def test_a_stale_page_editor_form_puts_no_replaced_approval_back(site: Site) -> None:
    """A translator's page-editor tab, opened while the quote's approved text was X, saved
    after a review replaced it with Y (her own change elsewhere on the page): X was taken
    as her edit and approved again, Y only a note.  Whether she meant X again the page does
    not say: a conflict, both texts kept."""
    article, spanish = translated(site)
    client = admin_client(csrf=True)
    html_page = client.get(review_url(article)).content.decode()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}

    def save(text: str) -> None:
        done = client.post(review_url(article), {
            "csrfmiddlewaretoken": token(html_page), "action": "save", "index": index[QUOTE],
            "source": QUOTE, "expected": entry(site, QUOTE).msgstr, "text": text})
        assert done.status_code == 302 and entry(site, QUOTE).msgstr == text

    older = "Ningún país puede enfrentarse a ellos solo."      # approved in a PO editor
    catalog = polib.pofile(str(site.po()))
    quote = next(e for e in catalog if e.msgid == QUOTE and not e.obsolete)
    quote.msgstr, quote.flags = older, []
    catalog.save()
    run("apply", "--lang", "es")
    user = editor()
    stale = latest(spanish)                               # the tab, opened now
    newer = "Ningún país puede hacerles frente en solitario."
    save(newer)
    # her tab: the attribution changed, the quote as the tab showed it
    set_block(stale, "quote", {"text": older, "attribution": "el Consejo de Seguridad"})
    stale.save_revision(user=user)
    out, err = run("translate", "--lang", "es", "-q")
    assert "conflict, the page keeps its text" in out + err, out + err
    quote = entry(site, QUOTE)
    # both texts kept: the newer approval in the entry, flagged until someone approves,
    # the page's text beside it
    assert quote.msgstr == newer and older in quote.tcomment, quote
    assert f"the translation of {QUOTE!r}" not in out, out
    assert entry(site, "the Security Council").msgstr == "el Consejo de Seguridad"
    run("apply", "--lang", "es")
    assert older in body_texts(latest(spanish))


def test_a_stale_page_editor_form_puts_no_machine_text_back_over_an_editor_s_approval(
        site: Site) -> None:
    """A reviewer approved the machine's drafts with "Approve all shown", then typed her own
    translation of the quote on the review screen; a colleague's page-editor tab, opened
    between the two, saved after (a title changed).  The machine's text it put back was
    taken as his edit and approved, hers only a note, and the page kept the machine's."""
    article, spanish = translated(site)
    client = admin_client(csrf=True)
    page = client.get(review_url(article) + "?show=review").content.decode()
    form = approve_all_form(page)
    form["csrfmiddlewaretoken"] = token(page)
    client.post(review_url(article), form)
    machine = entry(site, QUOTE).msgstr
    assert not entry(site, QUOTE).fuzzy
    stale = latest(spanish)                               # his tab, opened now
    page = client.get(review_url(article)).content.decode()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    hers = "Ningún país puede hacerles frente en solitario."
    done = client.post(review_url(article), {
        "csrfmiddlewaretoken": token(page), "action": "save", "index": index[QUOTE],
        "source": QUOTE, "expected": machine, "text": hers})
    assert done.status_code == 302 and hers in body_texts(latest(spanish))
    stale.title += " (revisado)"
    stale.save_revision(user=editor())
    out, err = run("translate", "--lang", "es", "-q")
    quote = entry(site, QUOTE)
    assert quote.msgstr == hers and not quote.fuzzy, out + err
    assert "put back the machine's translation" in out + err
    assert f"the translation of {QUOTE!r}" not in out
    run("apply", "--lang", "es")
    assert hers in body_texts(latest(spanish))
    assert latest(spanish).title.endswith(" (revisado)")


def test_a_save_from_a_review_opened_before_its_page_was_deleted_is_kept(site: Site) -> None:
    """The author deleted the English page while an editor had its review open: the save
    answered 404 and the typed text was in no file."""
    article, _ = translated(site)
    client = admin_client()
    url = review_url(article)
    context = next(e.msgctxt for e in polib.pofile(str(site.po())) if e.msgid == QUOTE)
    article.delete()
    typed = "Ningún país puede hacerles frente en solitario."
    saved = client.post(url, {"action": "save", "index": 0, "context": context,
                              "source": QUOTE, "expected": "", "text": typed}, follow=True)
    assert saved.status_code == 200
    assert "The page was deleted while its review was open" in html.unescape(
        messages_of(saved.content.decode()))
    kept = next(e for e in polib.pofile(str(site.po())) if e.msgid == QUOTE)
    assert typed in kept.msgstr + kept.tcomment, kept
    # a form naming no entry of any catalogue finds nothing to keep the text in
    assert client.post(url, {"action": "save", "index": 0, "context": context,
                             "source": "No such text.", "expected": "",
                             "text": "Nada."}).status_code == 404


def test_the_review_screen_shows_and_approves_what_was_typed_in_the_page_editor(
        site: Site) -> None:
    """A translator typed a paragraph in the page editor, then opened the review screen:
    it showed the machine's text, and "Approve all shown" approved it over hers (a
    conflict with herself; her text only in a note).  The screen takes her text in first,
    and shows it."""
    article, spanish = translated(site)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    client = admin_client()
    screen = client.get(review_url(article)).content.decode()
    assert by_hand in html.unescape(screen)
    assert entry(site, SECOND).msgstr == by_hand
    form = approve_all_form(client.get(review_url(article) + "?show=review").content.decode())
    client.post(review_url(article), form)
    assert entry(site, SECOND).msgstr == by_hand and not entry(site, SECOND).fuzzy
    assert by_hand in "\n".join(body_texts(latest(spanish)))


def test_a_segment_whose_english_changed_shows_what_changed(site: Site) -> None:
    """The English of a reviewed paragraph gained a country: the row said only "to
    review", beside a machine suggestion; the translator had to find "Turkey" herself."""
    changed = SECOND.replace("ten countries", "ten countries and Turkey")
    assert changed != SECOND
    article = _second_reviewed_then_reworded(site, changed)
    client = admin_client()
    screen = client.get(review_url(article)).content.decode()
    assert "The source changed since this translation was made" in screen
    assert "countries <ins>and Turkey</ins> attended" in screen, screen
    # "Approve all shown" leaves it to be weighed on its own: the reviewed translation of
    # the earlier English lacks the name, and was approved for the new one
    form = approve_all_form(client.get(review_url(article) + "?show=review").content.decode())
    assert changed not in form.get("shown_source", [])
    client.post(review_url(article), form)
    assert entry(site, changed).fuzzy


def test_the_review_screen_opens_while_a_run_holds_the_catalog(site: Site) -> None:
    """The screen takes the page editor's text in as it opens; while a run holds the
    catalogue's lock it opens all the same, and says the text is not shown yet."""
    from cms_i18n.fileio import locked

    article, spanish = translated(site)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    client = admin_client()
    with locked(site.po()):
        response = client.get(review_url(article))
    assert response.status_code == 200
    assert "is not shown here yet" in html.unescape(messages_of(response.content.decode()))
    # the next opening takes it in
    client.get(review_url(article))
    assert entry(site, SECOND).msgstr == by_hand


@pytest.mark.parametrize("bulk", [False, True])
def test_deleting_a_translated_page_takes_in_what_was_typed_in_it_first(site: Site,
                                                                       bulk: bool) -> None:
    """A translator typed a paragraph in the Spanish page's editor; the author deleted the
    page before any run, from its own screen or the listing's bulk action: the page's
    revisions went with it, and her text was in no file."""
    from wagtail.models import Page

    _, spanish = translated(site)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    url = (f"/admin/bulk/wagtailcore/page/delete/?next=/admin/pages/&id={spanish.pk}" if bulk
           else f"/admin/pages/{spanish.pk}/delete/")
    assert admin_client().post(url, follow=True).status_code == 200
    assert not Page.objects.filter(pk=spanish.pk).exists()
    assert entry(site, SECOND).msgstr == by_hand


def test_deleting_a_translation_whose_english_page_is_unpublished_keeps_what_was_typed(
        site: Site) -> None:
    """The English page unpublished and a run after it, its entries retired; a translator
    typed in the Spanish page, which was then deleted: the page kept the text until the
    English came back, and the deletion took it with the page, while the admin said
    "kept on the page"."""
    from wagtail.models import Page

    article, spanish = translated(site)
    article.unpublish()
    run("translate", "--lang", "es", "-q")
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    done = admin_client().post(f"/admin/pages/{spanish.pk}/delete/", follow=True)
    assert done.status_code == 200 and not Page.objects.filter(pk=spanish.pk).exists()
    kept = [e for e in polib.pofile(str(site.po())) if e.msgid == SECOND]
    assert kept and kept[0].obsolete and kept[0].msgstr == by_hand, kept
    said = html.unescape(done.content.decode())
    assert ("as an obsolete entry (#~), which comes back with this text, a draft, once the "
            "English page is published and translate runs") in said
    assert "kept on the page" not in said
    # published again, the paragraph's entry comes back with the text, a draft to review
    article.refresh_from_db()
    article.get_latest_revision().publish()
    run("translate", "--lang", "es", "-q")
    back = entry(site, SECOND)
    assert (back.msgstr, back.obsolete) == (by_hand, False), back


def test_deleting_a_copy_of_an_unpublished_page_files_only_what_was_typed(site: Site) -> None:
    """A Spanish page apply wrote, deleted while its English page was unpublished; a new
    copy made with Wagtail's own Translate, one paragraph typed, deleted too: the copy's
    English was filed as typed text over the earlier translations, which went to notes."""
    from wagtail.models import Locale, Page

    article, spanish = translated(site, FIRST)
    earlier = entry(site, FIRST).msgstr
    article.unpublish()
    run("translate", "--lang", "es", "-q")
    client = admin_client()
    assert client.post(f"/admin/pages/{spanish.pk}/delete/", follow=True).status_code == 200
    copy = article.copy_for_translation(Locale.objects.get(language_code="es"),
                                        copy_parents=True)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(copy, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    done = client.post(f"/admin/pages/{copy.pk}/delete/", follow=True)
    assert done.status_code == 200 and not Page.objects.filter(pk=copy.pk).exists()
    catalog = polib.pofile(str(site.po()))
    first = next(e for e in catalog if e.msgid == FIRST)
    assert first.msgstr == earlier and FIRST not in first.tcomment, first
    second = next(e for e in catalog if e.msgid == SECOND)
    assert second.msgstr == by_hand, second


def test_three_copies_deleted_in_turn_while_unpublished_leave_all_three_texts(
        site: Site) -> None:
    """Three translators in turn typed the same paragraph of a story pulled from the site,
    each in a Spanish page deleted after her: the entry held the last text and the one
    before it, and the first left the catalogue, while each was told it was kept."""
    from wagtail.models import Locale

    article, spanish = translated(site)
    article.unpublish()
    run("translate", "--lang", "es", "-q")
    client = admin_client()
    typed = ["Asistieron al foro delegaciones de diez países, según Ana.",
             "Asistieron al foro delegaciones de diez países, según Luis.",
             "Asistieron al foro delegaciones de diez países, según Eva."]
    page, translator = spanish, editor()
    for number, by_hand in enumerate(typed):
        if number:
            page = article.copy_for_translation(Locale.objects.get(language_code="es"),
                                                copy_parents=True)
        edit_in_admin(page, translator, lambda d, text=by_hand: set_block(
            d, "paragraph", f"<p>{FIRST}</p><p>{text}</p>"))
        assert client.post(f"/admin/pages/{page.pk}/delete/", follow=True
                           ).status_code == 200
    second = next(e for e in polib.pofile(str(site.po())) if e.msgid == SECOND)
    assert second.obsolete and second.msgstr == typed[2], second
    assert all(text in second.tcomment for text in typed[:2]), second.tcomment


def test_a_copy_of_a_deleted_english_page_files_only_what_was_typed(site: Site) -> None:
    """The same copy, made after the Spanish page apply wrote was deleted, then its English
    page deleted: the run filed the copy's English as typed text, over the earlier
    translations."""
    from wagtail.models import Locale

    article, spanish = translated(site, FIRST)
    earlier = entry(site, FIRST).msgstr
    assert admin_client().post(f"/admin/pages/{spanish.pk}/delete/", follow=True
                               ).status_code == 200
    copy = article.copy_for_translation(Locale.objects.get(language_code="es"),
                                        copy_parents=True)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(copy, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    article.delete()
    out, err = run("translate", "--lang", "es", "-q")
    assert "(1 paragraph," in out + err, out + err
    catalog = polib.pofile(str(site.po()))
    first = next(e for e in catalog if e.msgid == FIRST)
    assert first.msgstr == earlier and FIRST not in first.tcomment, first
    second = next(e for e in catalog if e.msgid == SECOND)
    assert by_hand in (second.msgstr, *second.tcomment.splitlines()) or \
        by_hand in second.tcomment, second


@pytest.mark.parametrize("bulk", [False, True])
def test_deleting_a_translation_whose_english_page_is_deleted_keeps_what_was_typed(
        site: Site, bulk: bool) -> None:
    """The English page was deleted; a translator typed in its Spanish page, and the author
    deleted that page too before any run: a run files such a text as an obsolete entry,
    the deletion took it with the page."""
    from wagtail.models import Page

    article, spanish = translated(site)
    article.delete()
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    url = (f"/admin/bulk/wagtailcore/page/delete/?next=/admin/pages/&id={spanish.pk}" if bulk
           else f"/admin/pages/{spanish.pk}/delete/")
    done = admin_client().post(url, follow=True)
    assert done.status_code == 200 and not Page.objects.filter(pk=spanish.pk).exists()
    # (the entry is live until the next run retires it: the text in a note beside it)
    kept = [e for e in polib.pofile(str(site.po())) if e.msgid == SECOND]
    assert kept and by_hand in kept[0].tcomment and "María López" in kept[0].tcomment, \
        kept[0].tcomment
    assert "whose English page is deleted" in html.unescape(done.content.decode())


def test_a_page_whose_optional_field_was_emptied_in_its_editor_is_deleted(site: Site) -> None:
    """The translator emptied the quote's optional attribution: no text of hers to keep,
    yet the deletion was refused as if paragraphs had been removed."""
    from wagtail.models import Page

    _, spanish = translated(site)
    quote = next(b.value for b in latest(spanish).body if b.block_type == "quote")
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "quote", {"text": quote["text"], "attribution": ""}))
    done = admin_client().post(f"/admin/pages/{spanish.pk}/delete/", follow=True)
    assert not Page.objects.filter(pk=spanish.pk).exists(), \
        html.unescape(messages_of(done.content.decode()))


def test_a_page_whose_paragraphs_were_added_in_its_editor_is_not_deleted(site: Site) -> None:
    # A paragraph a translator added has no catalogue entry to go into: deleting the page
    # would lose it, so the page stays and the message says why.
    from wagtail.models import Page

    _, spanish = translated(site)
    added = "Un párrafo que la traductora añadió."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{SECOND}</p><p>{added}</p>"))
    client = admin_client()
    refused = client.post(f"/admin/pages/{spanish.pk}/delete/", follow=True)
    assert Page.objects.filter(pk=spanish.pk).exists()
    assert "Not deleted: paragraphs were added or removed in the page editor" in \
        html.unescape(refused.content.decode())


def typed_in_wagtails_translate_copy(site: Site) -> Any:
    """A Spanish page made with Wagtail's own Translate (a copy of the English page, after
    a run made the catalogue), whose second paragraph a translator typed over before any
    apply; the page."""
    _, page = wagtails_translate_copy(site)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{TYPED_IN_COPY}</p>"))
    return page


TYPED_IN_COPY = "Asistieron al foro delegaciones de diez países, según la redacción."


@pytest.mark.parametrize("bulk", [False, True])
def test_deleting_a_page_wagtails_translate_made_keeps_what_was_typed_in_it(
        site: Site, bulk: bool) -> None:
    """No apply wrote the copy, so there was no record to compare it with: the text typed
    in it went with the page."""
    from wagtail.models import Page

    page = typed_in_wagtails_translate_copy(site)
    url = (f"/admin/bulk/wagtailcore/page/delete/?next=/admin/pages/&id={page.pk}" if bulk
           else f"/admin/pages/{page.pk}/delete/")
    assert admin_client().post(url, follow=True).status_code == 200
    assert not Page.objects.filter(pk=page.pk).exists()
    kept = entry(site, SECOND)
    assert kept.msgstr == TYPED_IN_COPY and "María López" in kept.tcomment


def test_a_text_typed_in_a_copy_after_a_run_took_another_is_kept_on_deletion(
        site: Site) -> None:
    """The run took the paragraph typed in the copy and recorded that piece alone; the quote
    typed after it had no record to be read against, and a deletion lost it."""
    from wagtail.models import Page

    page = typed_in_wagtails_translate_copy(site)
    run("translate", "--lang", "es", "-q")
    assert entry(site, SECOND).msgstr == TYPED_IN_COPY
    quote = "Ningún país puede hacerles frente en solitario."
    edit_in_admin(page, editor_named("lucia"), lambda d: set_block(
        d, "quote", {"text": quote, "attribution": "the Security Council"}))
    admin_client().post(f"/admin/pages/{page.pk}/delete/", follow=True)
    assert not Page.objects.filter(pk=page.pk).exists()
    assert entry(site, QUOTE).msgstr == quote


def test_a_second_tab_in_a_copy_wagtails_translate_made_loses_no_text(site: Site) -> None:
    """Two tabs of the copy, before any apply: the second, opened before the first saved,
    put the English back over the text typed in the first; the run keeps that text beside
    the entry, flagged, and a deletion after it keeps it too."""
    from wagtail.models import Page

    page = typed_in_wagtails_translate_copy(site)
    draft = latest(page)
    draft.title = "Foro en Moscú"
    draft.body = [dict(block) for block in draft.body.raw_data]
    set_block(draft, "paragraph", f"<p>{FIRST}</p><p>{SECOND}</p>")   # the stale tab's form
    draft.save_revision(user=editor_named("pablo"))
    _, err = run("translate", "--lang", "es", "-q")
    kept = entry(site, SECOND)
    assert TYPED_IN_COPY in kept.tcomment and "fuzzy" in kept.flags, err
    admin_client().post(f"/admin/pages/{page.pk}/delete/", follow=True)
    assert not Page.objects.filter(pk=page.pk).exists()
    assert TYPED_IN_COPY in entry(site, SECOND).tcomment


@pytest.mark.parametrize("where", list(REMOVED))
@pytest.mark.parametrize("english_deleted_first", [False, True])
def test_deleting_a_copy_typed_over_a_paragraph_the_author_removed_keeps_the_text(
        site: Site, english_deleted_first: bool, where: str) -> None:
    """A copy Wagtail's own Translate made, typed over in a paragraph the author then
    removed from the English page (and, in the second case, deleted the English page,
    and a run retired its entries): deleting the copy was refused with advice about
    apply, or, with the English page gone, lost the text."""
    from wagtail.models import Page

    article, page = typed_over_a_paragraph_removed_since(site, where)
    client = admin_client()
    if english_deleted_first:
        client.post(f"/admin/pages/{article.pk}/delete/", follow=True)
        run("translate", "--lang", "es", "-q")
    client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
    assert not Page.objects.filter(pk=page.pk).exists()
    kept = kept_entries(site, REMOVED[where][1])
    assert kept and (kept[0].msgstr == TYPED_OVER_REMOVED
                     or TYPED_OVER_REMOVED in kept[0].tcomment)


def test_deleting_a_page_keeps_a_paragraph_added_to_a_block_the_author_deleted(
        site: Site) -> None:
    """A translator added a paragraph to a block of a translated page; the author deleted
    that block from the English page; the Spanish page was deleted before any run: the
    run would have filed the paragraph as the block went, the deletion lost it."""
    from wagtail.models import Page

    from tests.contrib.wagtail.test_sync import delete_block, paragraph

    article, page = translated(site)
    added = "Nota de la redacción: el foro sigue mañana."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"{paragraph(d)}<p>{added}</p>"))
    delete_block(article, "paragraph")
    admin_client().post(f"/admin/pages/{page.pk}/delete/", follow=True)
    assert not Page.objects.filter(pk=page.pk).exists()
    assert any(added in e.msgstr or added in e.tcomment
               for e in polib.pofile(str(site.po())))


def test_deleting_a_snippet_copy_whose_english_is_deleted_keeps_what_was_typed(
        site: Site) -> None:
    """A banner copied with Wagtail's own Translate (a copy that keeps no revision of what
    it began as), typed in; the author deleted the English banner, a run retired its
    entry, and then the Spanish one was deleted: nothing read it, and the text went."""
    from wagtail.models import Locale

    from tests.contrib.wagtail.project.news.models import Banner

    make_article(body=BODY)     # the site's other text
    banner = Banner.objects.create(text=BANNER)
    banner.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    spanish = banner.copy_for_translation(Locale.objects.get_or_create(language_code="es")[0])
    spanish.save()
    spanish.text = BANNER_BY_HAND
    spanish.save_revision(user=editor())
    banner.delete()
    run("translate", "--lang", "es", "-q")
    admin_client().post(f"/admin/snippets/news/banner/delete/{spanish.pk}/", follow=True)
    assert not Banner.objects.filter(pk=spanish.pk).exists()
    kept = [e for e in polib.pofile(str(site.po())) if e.msgid == BANNER]
    assert kept and kept[0].obsolete and BANNER_BY_HAND in kept[0].tcomment
    assert "María López" in kept[0].tcomment


def test_a_text_typed_over_a_snippet_copy_of_english_changed_since_is_no_review(
        site: Site) -> None:
    """A banner copied with Wagtail's own Translate (no revision of what it began as); the
    author reworded the English one, and a translator typed over the copy's earlier
    wording: a run filed the text as the approved translation of the new wording."""
    from wagtail.models import Locale

    from tests.contrib.wagtail.project.news.models import Banner

    banner = Banner.objects.create(text=BANNER)
    banner.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    spanish = banner.copy_for_translation(Locale.objects.get_or_create(language_code="es")[0])
    spanish.save()
    reworded = "Live coverage from the summit"
    banner.text = reworded
    banner.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    spanish.text = BANNER_BY_HAND
    spanish.save_revision(user=editor())
    for _ in range(2):
        run("translate", "--lang", "es", "-q")
    [new] = [e for e in polib.pofile(str(site.po())) if e.msgid == reworded]
    assert "fuzzy" in new.flags and BANNER_BY_HAND in new.msgstr + new.tcomment


def editor_named(username: str) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(username, password="x")


BANNER = "Live coverage from the forum"
BANNER_BY_HAND = "En directo desde el foro, con nuestros enviados."


def typed_in_a_spanish_banner(*, english_deleted: bool = False,
                              english_unpublished: bool = False) -> Any:
    """A banner (a snippet with revisions) translated and applied, the English one deleted
    (or unpublished, and a run after it) if asked, then a new text typed in the Spanish
    one; then deleted in the snippet admin, before any run.  The admin's response."""
    from wagtail.models import Locale

    from tests.contrib.wagtail.project.news.models import Banner

    banner = Banner.objects.create(text=BANNER)
    banner.save_revision().publish()
    call_command("cms_i18n", "translate", "--lang", "es", "-q", stdout=io.StringIO())
    call_command("cms_i18n", "apply", "--lang", "es", stdout=io.StringIO())
    spanish = banner.get_translation(Locale.objects.get(language_code="es"))
    if english_deleted:
        banner.delete()
    if english_unpublished:
        banner.unpublish()
        call_command("cms_i18n", "translate", "--lang", "es", "-q", stdout=io.StringIO())
    draft = spanish.get_latest_revision_as_object()
    draft.text = BANNER_BY_HAND
    draft.save_revision(user=editor())
    done = admin_client().post(f"/admin/snippets/news/banner/delete/{spanish.pk}/",
                               follow=True)
    assert done.status_code == 200 and not Banner.objects.filter(pk=spanish.pk).exists()
    return done


def test_deleting_a_translated_snippet_takes_in_what_was_typed_in_it_first(site: Site) -> None:
    """A translator typed a new text in the Spanish banner (a snippet with revisions); the
    author deleted it in the snippet admin before any run: its revisions went with it."""
    typed_in_a_spanish_banner()
    found = [e for e in polib.pofile(str(site.po())) if e.msgid == BANNER]
    assert found and (found[0].msgstr == BANNER_BY_HAND or BANNER_BY_HAND in found[0].tcomment)


def test_deleting_a_snippet_whose_english_is_deleted_keeps_what_was_typed(site: Site) -> None:
    """The English banner was deleted; a translator typed in the Spanish one left behind,
    and the author deleted that too before any run: the text goes on file first."""
    typed_in_a_spanish_banner(english_deleted=True)
    kept = [e for e in polib.pofile(str(site.po())) if e.msgid == BANNER]
    assert kept and (BANNER_BY_HAND in kept[0].tcomment or kept[0].msgstr == BANNER_BY_HAND)


def test_deleting_a_snippet_whose_english_is_unpublished_says_snippet(site: Site) -> None:
    """The English banner unpublished and a run after it; a translator typed in the Spanish
    banner, which was then deleted: the text was filed, and the line said "not on the
    page", "the English page", "with the page deleted" of a snippet."""
    make_article(body=BODY)     # the site's other text
    done = typed_in_a_spanish_banner(english_unpublished=True)
    [kept] = [e for e in polib.pofile(str(site.po())) if e.msgid == BANNER]
    assert kept.obsolete and kept.msgstr == BANNER_BY_HAND, kept
    said = html.unescape(messages_of(done.content.decode()))
    assert "kept in the catalogue, not on the snippet" in said, said
    assert "English snippet" in said and "with the snippet deleted" in said, said
    assert " page" not in said, said


def test_deleting_an_english_page_whose_translations_go_with_it_keeps_what_was_typed(
        site: Site) -> None:
    """With simple_translation keeping the locales' trees in step, deleting the English page
    deletes its translations too: what a translator typed in them goes on file first."""
    from django.test import override_settings

    article, spanish = translated(site)
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    edit_in_admin(spanish, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    with override_settings(WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE=True):
        done = admin_client().post(f"/admin/pages/{article.pk}/delete/", follow=True)
    assert done.status_code == 200
    assert entry(site, SECOND).msgstr == by_hand


def test_a_translator_who_may_edit_one_language_sees_its_pages_in_the_report(
        site: Site) -> None:
    """A Spanish translator who may edit only the Spanish pages saw "No page to translate,
    or none you may edit" on a site translated into Spanish and French, though the review
    screen of each Spanish page let her in."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.test import override_settings
    from wagtail.models import GroupPagePermission, Locale

    with override_settings(CMS_I18N={**settings.CMS_I18N, "target_langs": ["es", "fr"]}):
        article = make_article(body=BODY)
        for lang in ("es", "fr"):
            run("translate", "--lang", lang, "-q")
            run("apply", "--lang", lang)
        spanish = article.get_translation(Locale.objects.get(language_code="es"))
        spanish_root = spanish.get_ancestors().filter(depth=2).first()
        group = Group.objects.create(name="Spanish translators")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for kind in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(group=group, page=spanish_root,
                                               permission=Permission.objects.get(codename=kind))
        sofia = get_user_model().objects.create_user("sofia", password="x")
        sofia.groups.add(group)
        client = Client()
        client.force_login(sofia)
        report = html.unescape(client.get("/admin/cms_i18n/").content.decode())
        assert article.title in report and "none you may edit" not in report
        assert f"/admin/cms_i18n/review/{article.pk}/es/" in report
        assert f"/admin/cms_i18n/review/{article.pk}/fr/" not in report


def test_a_save_in_the_review_of_a_locked_page_says_the_draft_waits(site: Site) -> None:
    """Another editor locked the Spanish page: the review's save kept the text in the
    catalogue and wrote no revision, and said "the Spanish draft already says so"."""
    from django.utils import timezone

    article, spanish = translated(site)
    spanish.locked, spanish.locked_by, spanish.locked_at = True, editor(), timezone.now()
    spanish.save()
    before = spanish.revisions.count()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    mine = "Asistieron delegaciones de diez países."
    done = admin_client().post(review_url(article), {
        "action": "save", "index": index[SECOND], "source": SECOND,
        "expected": entry(site, SECOND).msgstr, "text": mine}, follow=True)
    said = html.unescape(messages_of(done.content.decode()))
    assert "page is locked, so its draft is not updated now" in said, said
    assert "already says so" not in said
    assert entry(site, SECOND).msgstr == mine and spanish.revisions.count() == before


def _save_on_screen(site: Site, client: Client, article: Any, source: str, text: str) -> None:
    """Save ``text`` for the segment of ``source`` on the article's review screen."""
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    client.post(review_url(article), {"action": "save", "index": index[source],
                                      "source": source, "expected": entry(site, source).msgstr,
                                      "text": text})


def test_a_review_saved_on_the_screen_survives_an_older_copy_of_the_file_saved_over_it(
        site: Site) -> None:
    """A translator who had content.po open saved her older copy over a translation just
    typed in the review screen; the next translate said nothing and the text was in no
    file.  The screen's save goes into the copy of the editors' work at once, so the run
    brings it back and says so."""
    article, _ = translated(site)
    older = site.po().read_bytes()
    client = admin_client()
    mine = "Asistieron delegaciones de diez países (T44)."
    _save_on_screen(site, client, article, SECOND, mine)
    assert entry(site, SECOND).msgstr == mine
    site.po().write_bytes(older)                    # the translator's save
    assert mine not in site.po().read_text("utf-8")
    # before any run, another save on the screen, and the same older copy saved again:
    # the copy holds both (it was not rewritten from a file that had lost one already)
    again = "Los delegados firmaron la declaración (T48)."
    _save_on_screen(site, client, article, FIRST, again)
    assert entry(site, FIRST).msgstr == again
    site.po().write_bytes(older)
    _, err = run("translate", "--lang", "es", "-q")
    text = site.po().read_text("utf-8")
    assert mine in text and again in text, err
    assert "2 entries held an earlier text again" in err and "brought back from" in err


def test_the_screens_say_when_the_file_holds_an_older_copy_than_the_last_run_kept(
        site: Site) -> None:
    """Once a translator's older copy of content.po was saved over a text reviewed on the
    screen, the review screen showed the older text as reviewed, said nothing, and an
    "Approve all" there put it on the Spanish draft; the Spanish page's editor said every
    segment was reviewed.  The screen, the report and the page editor now say the file
    holds earlier texts and which command brings the editors' back."""
    article, spanish = translated(site)
    older = site.po().read_bytes()
    client = admin_client()
    mine = "Asistieron delegaciones de diez países (T50)."
    _save_on_screen(site, client, article, SECOND, mine)
    assert "earlier texts" not in html.unescape(client.get(review_url(article)).content.decode())
    site.po().write_bytes(older)                    # the translator's save
    for page in (review_url(article), "/admin/cms_i18n/", f"/admin/pages/{spanish.pk}/edit/"):
        said = html.unescape(messages_of(client.get(page).content.decode()))
        assert "content.po holds earlier texts again in 1 entry" in said, said
        assert "cms_i18n translate --lang es" in said
        assert "Every segment" not in said
    run("translate", "--lang", "es", "-q")
    assert entry(site, SECOND).msgstr == mine
    assert "earlier texts" not in html.unescape(client.get(review_url(article)).content.decode())


def test_a_catalog_an_editor_broke_takes_down_no_screen_and_no_typed_text(site: Site) -> None:
    """One unescaped quote typed into content.po in a text editor made the Translations
    report, the review screens and every Spanish page's editor answer HTTP 500, and a save
    typed in an open review screen was lost.  Now each says which file and line to mend,
    the page editor opens, and the typed text is kept in the memory and quoted back."""
    import sqlite3

    from django.conf import settings as django_settings

    article, spanish = translated(site)
    client = admin_client()
    index = {e.msgid: n for n, e in enumerate(
        e for e in polib.pofile(str(site.po()))
        if e.msgctxt.split(":")[0] == f"page/{article.translation_key}")}
    machine, context = entry(site, SECOND).msgstr, entry(site, SECOND).msgctxt
    text = site.po().read_text("utf-8")
    broken = text.replace(f'msgstr "{machine}"', 'msgstr "El bloque instó a "dialogar"."', 1)
    assert broken != text
    site.po().write_text(broken, encoding="utf-8")
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if '"dialogar"' in row)

    report = client.get("/admin/cms_i18n/")
    assert report.status_code == 200
    assert f"content.po:{line}" in html.unescape(report.content.decode())
    screen = client.get(review_url(article), follow=True)
    assert screen.status_code == 200
    assert f"content.po:{line}" in html.unescape(screen.content.decode())
    editor_page = client.get(f"/admin/pages/{spanish.pk}/edit/")
    assert editor_page.status_code == 200
    assert "catalogue cannot be read" in html.unescape(editor_page.content.decode())

    mine = "Asistieron delegaciones de diez países (T47)."
    saved = client.post(review_url(article), {
        "action": "save", "index": index[SECOND], "source": SECOND, "context": context,
        "expected": machine, "text": mine}, follow=True)
    assert saved.status_code == 200
    assert mine in html.unescape(saved.content.decode())
    memory = django_settings.CMS_I18N["memory"]
    with sqlite3.connect(memory) as db:
        kept = list(db.execute("SELECT context, source, target FROM editor_texts"))
    assert (context, SECOND, mine) in kept
    assert site.po().read_text("utf-8") == broken       # nothing half-written into it
