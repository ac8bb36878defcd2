"""An English page edited after its translation was reviewed, on a real site.

The Spanish page keeps the reviewed translation of the earlier English while the
entry for the new text waits for review, as ``apply`` keeps it in a file; an edit
that changes a figure, a name or a negation (a correction) puts the new English there
instead; ``apply`` names each such unit.  A paragraph an admin typed into the
Spanish page by hand is never overwritten: the page keeps it, the catalogue keeps
its own entry with the admin's text beside it, and the run says so.
"""

from __future__ import annotations

from typing import Any

import polib
import pytest

from tests.contrib.wagtail.conftest import Site
from tests.contrib.wagtail.test_site import approve
from tests.contrib.wagtail.test_sync import (
    FIRST,
    QUOTE,
    SECOND,
    edit_in_admin,
    editor,
    entry,
    latest,
    publish_paragraphs,
    run,
    set_block,
    translated_article,
)

pytestmark = [pytest.mark.engine, pytest.mark.usefixtures("apertium")]

#: FIRST and SECOND edited: a change of wording, and a correction of a figure.
REWORDED = "The SCO met in Moscow on Tuesday morning."
CORRECTED = "Delegations from twelve countries attended the forum."


def edit_english(article: Any, first: str, second: str) -> None:
    """An editor changes the English page's paragraph and publishes it."""
    source = article.get_latest_revision_as_object()
    set_block(source, "paragraph", f"<p>{first}</p><p>{second}</p>")
    source.save_revision().publish()


def paragraph(page: Any) -> str:
    return next(b.value.source for b in latest(page).body if b.block_type == "paragraph")


def test_a_reworded_unit_keeps_its_reviewed_translation_and_a_correction_goes_back(
        site: Site) -> None:
    article, page = translated_article(site, FIRST, SECOND)
    first, second = entry(site, FIRST).msgstr, entry(site, SECOND).msgstr
    assert first in paragraph(page) and second in paragraph(page)

    edit_english(article, REWORDED, CORRECTED)
    run("translate", "--lang", "es", "-q")
    out, err = run("apply", "--lang", "es")

    text = paragraph(page)
    # The reworded unit: the Spanish page keeps what the editors reviewed.
    assert first in text and REWORDED not in text
    # The corrected figure: the earlier translation says "ten", so the English goes there.
    assert second not in text and CORRECTED in text
    # Each is named, with the entry that waits for review.
    changed = [line for line in err.splitlines() if line.startswith("source changed: ")]
    assert len(changed) == 2, err
    assert any("keeps the reviewed translation of the earlier text" in line
               and FIRST in line for line in changed)
    assert any("a figure, a name or a negation changed" in line and SECOND in line
               for line in changed)
    assert "1 kept as reviewed for an earlier source text" in out
    # A second apply counts them on one line rather than naming each again.
    out, err = run("apply", "--lang", "es")
    changed = [line for line in err.splitlines() if line.startswith("source changed: ")]
    assert changed == ["source changed: es: 2 units named by an earlier apply still wait for "
                       "review; `apply --verbose` names them"], err

    # Once the new texts are reviewed, the page has them.
    approve(site, edits={REWORDED: "La OCS se reunió en Moscú el martes por la mañana.",
                         CORRECTED: "Asistieron al foro delegaciones de doce países."})
    _, err = run("apply", "--lang", "es")
    assert "source changed" not in err
    text = paragraph(page)
    assert "el martes por la mañana" in text and "doce países" in text


def notes(found: Any) -> str:
    """An entry's translator comments on one line (a note's quote wraps where it falls)."""
    return " ".join(found.tcomment.split())


def test_a_hand_edit_of_the_earlier_translation_is_kept_beside_the_new_entry(
        site: Site) -> None:
    """The English changes and translate runs; then an admin corrects the Spanish page by
    hand.  Neither an apply nor the review of the new entry may take the admin's text
    away without an editor seeing it: it is the new entry's draft, to review (typed after
    the change, it may translate the new wording), and quoted beside it."""
    article, page = translated_article(site, FIRST, SECOND)
    first = entry(site, FIRST).msgstr
    edit_english(article, FIRST, CORRECTED)
    run("translate", "--lang", "es", "-q")

    by_hand = "Asistieron al foro delegaciones de doce países, según la organización."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{first}</p><p>{by_hand}</p>"))

    out, err = run("apply", "--lang", "es")
    assert by_hand in paragraph(page)
    assert "as a draft to review (the page keeps it)" in out + err and "María López" in out + err
    new = entry(site, CORRECTED)
    assert new.msgstr == by_hand and "fuzzy" in new.flags and by_hand in notes(new)

    # A later run leaves it as it is, and says nothing new.
    _, err = run("apply", "--lang", "es")
    assert by_hand in paragraph(page) and "conflict" not in err

    # The editor, who sees the admin's text beside the entry, approves the entry's own,
    # revised for the new figure (unrevised, it still says "ten": apply refuses it): the
    # page takes it, and the admin's text is still in the catalogue.
    revised = "Las delegaciones de doce países asistieron al foro."
    approve(site, edits={CORRECTED: revised})
    run("apply", "--lang", "es")
    assert by_hand not in paragraph(page) and revised in paragraph(page)
    assert by_hand in notes(entry(site, CORRECTED))


def test_a_save_in_the_review_screen_names_the_units_that_keep_the_earlier_translation(
        site: Site) -> None:
    from tests.contrib.wagtail.test_admin import admin_client, review_url, token

    article, page = translated_article(site, FIRST, SECOND)
    first, second = entry(site, FIRST).msgstr, entry(site, SECOND).msgstr
    edit_english(article, REWORDED, CORRECTED)
    run("translate", "--lang", "es", "-q")

    client = admin_client(csrf=True)
    form = client.get(review_url(article)).content.decode()
    quote = entry(site, QUOTE)
    shown = client.post(review_url(article), {
        "csrfmiddlewaretoken": token(form), "action": "approve", "index": "0",
        "source": QUOTE, "expected": quote.msgstr}, follow=True).content.decode()

    assert "fuzzy" not in entry(site, QUOTE).flags
    text = paragraph(page)
    assert first in text and second not in text and CORRECTED in text
    assert "Source changed:" in shown
    assert "keeps the reviewed translation of the earlier text" in shown
    assert "a figure, a name or a negation changed" in shown
    # The page editor's sign counts the unit that keeps the earlier translation.
    sign = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "1 translation of older source text" in sign


def test_a_form_opened_before_the_english_changed_puts_no_old_english_in_the_catalog(
        site: Site) -> None:
    """An editor opens the Spanish page (its second paragraph still in English, nobody
    reviewed it); the author corrects a figure, and a run writes the new English there;
    then the editor saves the form, typing elsewhere: the old English goes back on the
    draft.  Nobody translated anything: it is not taken as the editor's translation of
    the new English, and the next apply writes the new English over it."""
    article, page = translated_article(site, FIRST)
    stale = latest(page)
    assert SECOND in paragraph(page)
    edit_english(article, FIRST, CORRECTED)
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    assert CORRECTED in paragraph(page)
    stale.save_revision(user=editor())              # the form saved after the run
    assert SECOND in paragraph(page)
    _, err = run("translate", "--lang", "es", "-q")
    _, err2 = run("apply", "--lang", "es")
    new = entry(site, CORRECTED)
    assert SECOND not in new.msgstr and "María López" not in new.tcomment
    assert "as it was before its author changed it" in err + err2
    assert CORRECTED in paragraph(page) and SECOND not in paragraph(page)


#: A paragraph the author added where SECOND was, and an editor's translation of it.
ADDED = "Buses will stop at the town hall instead."
TYPED = "Los autobuses pararán en el ayuntamiento."


@pytest.mark.parametrize("how", ["a stale form", "a revert"])
def test_the_english_of_a_paragraph_deleted_since_is_no_translation_of_its_successor(
        site: Site, how: str) -> None:
    """The Spanish page showed the second paragraph in English (nobody reviewed it); the
    author deleted it and added another, an editor translated that one and apply wrote
    it.  A form opened before, or apply's first revision restored, puts the deleted
    paragraph's English where the new one's Spanish stands: nobody typed it, and it is no
    translation of the new paragraph (it was taken as its approved text, the editor's a
    note, and published)."""
    article, page = translated_article(site, FIRST)
    first_draft = page.revisions.order_by("created_at").first()
    stale = latest(page)
    assert SECOND in paragraph(page)
    publish_paragraphs(article, FIRST, ADDED)
    run("translate", "--lang", "es", "-q")
    catalog = polib.pofile(str(site.po()))
    added = next(e for e in catalog if e.msgid == ADDED and not e.obsolete)
    added.msgstr, added.flags = TYPED, []
    catalog.save()
    run("apply", "--lang", "es")
    assert TYPED in paragraph(page)
    if how == "a stale form":
        stale.save_revision(user=editor())
    else:
        first_draft.as_object().save_revision(user=editor(), previous_revision=first_draft)
    assert SECOND in paragraph(page)
    _, err = run("translate", "--lang", "es", "-q")
    now = entry(site, ADDED)
    assert (now.msgstr, now.fuzzy) == (TYPED, False), err
    assert "of another of its paragraphs (deleted since?)" in err
    run("apply", "--lang", "es")
    assert TYPED in paragraph(page) and SECOND not in paragraph(page)
