"""Snippets and plain models on a real site: a translated copy keeps what an admin typed.

A snippet's text field holds several paragraphs; an editor reviews one in the
catalogue while an admin edits another in the translated copy.  ``apply`` writes
each paragraph on its own, as it does a page: the reviewed paragraph goes in,
the admin's stays, and the next sync takes the admin's into the catalogue.
"""

from __future__ import annotations

import io
from typing import Any

import polib
import pytest
from django.core.management import call_command

from tests.contrib.wagtail.conftest import Site

pytestmark = [pytest.mark.engine, pytest.mark.usefixtures("apertium")]

MET = "The Security Council of Russia met in Moscow."
SENT = "The CSTO sent a delegation."
REVIEWED = "El Consejo de Seguridad de Rusia se reunió en Moscú."
TYPED = "La OTSC envió una delegación de alto nivel."


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("cms_i18n", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def review(site: Site, texts: dict[str, str]) -> None:
    """An editor's session in the catalogue: these entries get these texts, approved."""
    catalog = polib.pofile(str(site.po()))
    for entry in catalog:
        if entry.msgid in texts and not entry.obsolete:
            entry.msgstr = texts[entry.msgid]
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
    catalog.save()


def entry(site: Site, msgid: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(site.po())) if e.msgid == msgid and not e.obsolete)


def spanish(obj: Any) -> Any:
    from wagtail.models import Locale

    return obj.get_translation(Locale.objects.get(language_code="es"))


def test_a_reviewed_paragraph_goes_in_and_an_admin_edit_to_another_stays(site: Site) -> None:
    from tests.contrib.wagtail.project.news.models import Snippet

    snippet = Snippet.objects.create(name="Forum", text=f"{MET}\n\n{SENT}")
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    copy = spanish(snippet)
    assert copy.text == f"{MET}\n\n{SENT}"          # nothing reviewed: as typed

    copy.text = f"{MET}\n\n{TYPED}"                 # an admin translates the second
    copy.save()
    review(site, {MET: REVIEWED})                   # an editor reviews the first
    out, _ = run("apply", "--lang", "es")
    copy.refresh_from_db()
    assert copy.text == f"{REVIEWED}\n\n{TYPED}", copy.text
    # The sync took the admin's paragraph into the catalogue as its reviewed text.
    sent = entry(site, SENT)
    assert sent.msgstr == TYPED and not sent.fuzzy
    assert "edited in the Wagtail admin" in sent.tcomment
    assert f"news.Snippet {copy.pk}" in out

    again, _ = run("apply", "--lang", "es", "--verbose")
    copy.refresh_from_db()
    assert copy.text == f"{REVIEWED}\n\n{TYPED}"
    assert "0 documents written" in again, again


def test_both_changed_one_paragraph_the_copy_keeps_it_and_the_catalog_is_flagged(
        site: Site) -> None:
    from tests.contrib.wagtail.project.news.models import Snippet

    snippet = Snippet.objects.create(name="Forum", text=f"{MET}\n\n{SENT}")
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    copy = spanish(snippet)
    copy.text = f"{MET}\n\n{TYPED}"
    copy.save()
    review(site, {SENT: "La OTSC mandó una delegación."})
    _, err = run("apply", "--lang", "es")
    assert "conflict, the translated copy keeps its text" in err, err
    copy.refresh_from_db()
    assert copy.text == f"{MET}\n\n{TYPED}"
    sent = entry(site, SENT)
    assert sent.msgstr == "La OTSC mandó una delegación." and sent.fuzzy
    assert f'"{TYPED}"' in sent.tcomment

    # The editor decides for the catalogue's text: approving it writes it to the copy.
    review(site, {SENT: "La OTSC mandó una delegación."})
    run("apply", "--lang", "es")
    copy.refresh_from_db()
    assert copy.text == f"{MET}\n\nLa OTSC mandó una delegación."


def test_a_plain_model_s_row_keeps_the_paragraph_an_admin_changed(site: Site) -> None:
    from cms_i18n.contrib.wagtail import translated
    from cms_i18n.contrib.wagtail.models import FieldTranslation
    from tests.contrib.wagtail.project.news.models import Notice

    notice = Notice.objects.create(headline="Forum in Moscow", text=f"{MET}\n\n{SENT}")
    run("translate", "--lang", "es", "-q")
    review(site, {SENT: "La OTSC envió una delegación."})
    run("apply", "--lang", "es")
    assert translated(notice, "text", "es") == f"{MET}\n\nLa OTSC envió una delegación."
    row = FieldTranslation.objects.get(field="text", lang="es")
    row.text = "El Consejo de Seguridad ruso se reunió.\n\nLa OTSC envió una delegación."
    row.save()
    review(site, {"Forum in Moscow": "Foro en Moscú"})
    run("apply", "--lang", "es")
    assert translated(notice, "text", "es") == \
        "El Consejo de Seguridad ruso se reunió.\n\nLa OTSC envió una delegación."
    assert translated(notice, "headline", "es") == "Foro en Moscú"


def test_an_edit_in_a_snippet_s_draft_is_taken_in_with_its_author(site: Site) -> None:
    from django.contrib.auth import get_user_model

    from tests.contrib.wagtail.project.news.models import Banner

    banner = Banner.objects.create(text="Live coverage from the forum")
    banner.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    draft = spanish(banner).get_latest_revision_as_object()
    assert draft.text == "Live coverage from the forum"
    user = get_user_model().objects.create_user("maria", first_name="María",
                                                last_name="López", password="x")
    draft.text = "Cobertura en directo desde el foro"
    revision = draft.save_revision(user=user)

    out, _ = run("translate", "--lang", "es", "-q")
    assert f"took an edit from the admin: news.Banner {draft.pk} (es), by María López, " \
           f"revision {revision.pk}" in out, out
    taken = entry(site, "Live coverage from the forum")
    assert taken.msgstr == "Cobertura en directo desde el foro" and not taken.fuzzy
    again, _ = run("apply", "--lang", "es", "--verbose")
    assert f"news.Banner {draft.pk} (es): unchanged, no new revision" in again, again
    assert spanish(banner).get_latest_revision_as_object().text == \
        "Cobertura en directo desde el foro"


def test_paragraphs_saved_with_crlf_by_the_admins_form_stay_paragraphs(site: Site) -> None:
    """A browser's form sends a text area's line breaks as CRLF: the source's two
    paragraphs, saved so by the author, stay two entries (their reviewed translations on
    the copy), and an admin's two paragraphs typed so in the copy are taken one by one
    (they were one entry, the reviewed ones lost to the copy, and "the admin removed
    paragraphs")."""
    from tests.contrib.wagtail.project.news.models import Snippet

    snippet = Snippet.objects.create(name="Forum", text=f"{MET}\n\n{SENT}")
    run("translate", "--lang", "es", "-q")
    review(site, {MET: REVIEWED})
    run("apply", "--lang", "es")
    snippet.text = f"{MET}\r\n\r\n{SENT}"           # the author saves the form again
    snippet.save()
    run("translate", "--lang", "es", "-q")
    assert entry(site, MET).msgstr == REVIEWED and not entry(site, MET).fuzzy
    assert entry(site, SENT).msgid == SENT
    run("apply", "--lang", "es")
    copy = spanish(snippet)
    assert copy.text.startswith(REVIEWED), copy.text

    copy.text = f"{REVIEWED}\r\n\r\n{TYPED}"       # an admin types the second paragraph
    copy.save()
    out, err = run("translate", "--lang", "es")
    assert "removed paragraphs" not in out + err
    sent = entry(site, SENT)
    assert sent.msgstr == TYPED and not sent.fuzzy
