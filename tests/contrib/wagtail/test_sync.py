"""Two-way sync on a real site: an edit made in the admin is never overwritten.

Editors change Spanish pages through Wagtail's own revision API (what the page
editor calls), change entries in the catalogue, and re-run ``translate`` and
``apply``: every text a person typed must survive, in the page and in the
catalogue, and ``apply`` must say what it wrote, kept and left in English.
"""

from __future__ import annotations

import io
import subprocess
from typing import Any

import polib
import pytest
from django.core.management import call_command

from tests.contrib.wagtail.conftest import Site, make_article
from tests.contrib.wagtail.test_site import approve, body_texts, spanish

pytestmark = [pytest.mark.engine, pytest.mark.usefixtures("apertium")]

FIRST = "The SCO met in Moscow on Tuesday."
SECOND = "Delegations from ten countries attended the forum."
QUOTE = "No country can deal with them alone."
BODY = [
    ("heading", "Forum in Moscow"),
    ("paragraph", f"<p>{FIRST}</p><p>{SECOND}</p>"),
    ("quote", {"text": QUOTE, "attribution": "the Security Council"}),
]


def run(*args: str) -> tuple[str, str]:
    """``manage.py cms_i18n …`` in-process: (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("cms_i18n", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def editor() -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("maria", first_name="María",
                                                last_name="López", password="x")


def latest(page: Any) -> Any:
    """The page as its latest revision says, read from the database now."""
    page.refresh_from_db()
    return page.get_latest_revision_as_object()


def edit_in_admin(page: Any, user: Any, change: Any, *, publish: bool = False) -> Any:
    """What the page editor does on save: a new revision of the latest draft, by ``user``."""
    draft = latest(page)
    change(draft)
    revision = draft.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    return revision


def set_block(draft: Any, kind: str, value: Any) -> None:
    raw = [dict(block) for block in draft.body.raw_data]
    for block in raw:
        if block["type"] == kind:
            block["value"] = value
    draft.body = raw


def entry(site: Site, start: str, context_end: str = "") -> polib.POEntry:
    return next(e for e in polib.pofile(str(site.po())) if not e.obsolete
                and e.msgid.startswith(start) and e.msgctxt.endswith(context_end))


def translated_article(site: Site, *reviewed: str) -> tuple[Any, Any]:
    article = make_article(body=BODY)
    run("translate", "--lang", "es", "-q")
    approve(site, *reviewed)
    run("apply", "--lang", "es")
    page, _ = spanish(article)
    return article, page


def revisions(page: Any) -> int:
    return page.revisions.count()


def test_an_admin_edit_is_taken_into_the_catalog_and_kept_in_the_page(site: Site) -> None:
    _, page = translated_article(site, QUOTE, "Forum in Moscow")
    user = editor()
    corrected = "Ningún país puede hacerles frente en solitario."
    revision = edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": corrected, "attribution": "el Consejo de Seguridad"}))

    out, _ = run("translate", "--lang", "es", "-q")
    assert "took an edit from the admin" in out and "María López" in out
    # the line names the segment it took
    assert f": the translation of {QUOTE!r}" in out
    quote = entry(site, QUOTE)
    assert quote.msgstr == corrected and "fuzzy" not in quote.flags
    assert f"revision {revision.pk}" in quote.tcomment and "María López" in quote.tcomment
    attribution = entry(site, "the Security Council")
    assert attribution.msgstr == "el Consejo de Seguridad" and "fuzzy" not in attribution.flags

    out, _ = run("apply", "--lang", "es", "--verbose")
    draft = latest(page)
    assert corrected in body_texts(draft)
    # Nothing changed since the editor's revision: no new revision, and it says so.
    assert out.startswith("es: 0 documents written, 2 unchanged")   # the section too
    assert "unchanged, no new revision" in out
    page.refresh_from_db()
    assert page.get_latest_revision().pk == revision.pk

    before = revisions(page)
    out, _ = run("apply", "--lang", "es")
    assert revisions(page) == before and "0 documents written" in out


@pytest.mark.parametrize("command", ["translate", "apply"])
def test_a_draft_typed_in_the_catalog_that_a_page_edit_replaces_before_a_run_is_kept(
        site: Site, command: str) -> None:
    """A translator typed a draft in a PO editor (left fuzzy, "needs work"); an editor then
    changed the same paragraph in the page editor, before any run read the draft.  The
    page's text was taken and the draft was gone from the catalogue, the memory and the
    page, without a word."""
    _, page = translated_article(site)
    draft = "Las delegaciones de diez países asistieron al foro, según la traductora."
    po = polib.pofile(str(site.po()))
    second = next(e for e in po if e.msgid == SECOND)
    assert "fuzzy" in second.flags
    second.msgstr = draft
    po.save(str(site.po()))
    typed = "Asistieron al foro delegaciones de diez países."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{latest(page).body[1].value.source.split('</p>')[0][3:]}</p>"
                        f"<p>{typed}</p>"))

    out, _ = run(command, "--lang", "es", *(["-q"] * (command == "translate")))
    line = next(ln for ln in out.splitlines() if f"the translation of {SECOND!r}" in ln)
    assert "the earlier draft a person typed" in line, line
    taken = entry(site, SECOND)
    assert taken.msgstr == typed
    assert draft in taken.tcomment and "a person's text this save replaced" in taken.tcomment


@pytest.mark.parametrize("after", ["nothing", "saved again", "a third tab"])
def test_a_text_a_stale_tab_took_off_with_a_person_s_earlier_text_is_kept(
        site: Site, after: str) -> None:
    """Typed, then a second text typed over it in another tab, then the first tab saved
    unchanged (and saved or published again, or a third tab's text typed between): the
    later texts were left only in old revisions, with no word."""
    _, page = translated_article(site)
    user = editor()
    first = "Ningún país puede afrontarlas solo."
    second = "Ningún país puede hacerles frente en solitario."
    third = "Ningún país puede enfrentarlas por sí solo."
    texts = [first, second, *([third] if after == "a third tab" else []), first,
             *([first] if after == "saved again" else [])]
    for text in texts:          # the first back: the tab opened before the others
        edit_in_admin(page, user, lambda d, text=text: set_block(
            d, "quote", {"text": text, "attribution": "el Consejo de Seguridad"}))

    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit from the admin" in out
    line = next(ln for ln in (out + err).splitlines()
                if "kept in the catalogue, not on the page" in ln)
    assert "putting back the text typed before it" in line, line
    quote = entry(site, QUOTE)
    assert quote.msgstr == first and "fuzzy" in quote.flags and second in quote.tcomment
    if after == "a third tab":
        assert third in quote.tcomment
    run("apply", "--lang", "es")
    assert first in body_texts(latest(page))          # the page keeps what it shows


def test_a_page_locked_in_wagtail_gets_no_revision_until_it_is_unlocked(site: Site) -> None:
    """A translator locked the Spanish page; apply saved a revision into it all the same (and
    into a page in moderation, which then went live with it, unmoderated)."""
    from django.utils import timezone

    _, page = translated_article(site)
    reviewed = "La OCS se reunió en Moscú el martes."
    approve(site, edits={FIRST: reviewed})
    page.refresh_from_db()
    page.locked, page.locked_by, page.locked_at = True, editor(), timezone.now()
    page.save()
    before = revisions(page)

    _, err = run("apply", "--lang", "es")
    assert revisions(page) == before and reviewed not in str(body_texts(latest(page)))
    line = next(ln for ln in err.splitlines() if "not written:" in ln)
    assert f"page {page.pk}" in line and "is locked" in line and "María López" in line, line

    page.locked = False
    page.save()
    run("apply", "--lang", "es")
    assert reviewed in str(body_texts(latest(page)))


def test_the_english_a_page_shows_again_is_no_translation_of_a_draft(site: Site) -> None:
    """The entry waits for review (a conflict flagged it); the page shows the English again
    (an old revision restored over the text): the run took the English in as the entry's
    approved translation, "an edit from the admin"."""
    _, page = translated_article(site, FIRST, SECOND)
    catalog = polib.pofile(str(site.po()))
    held = next(e for e in catalog if e.msgid == FIRST)
    held.flags.append("fuzzy")
    catalog.save()
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", paragraph(d).replace(paragraph_texts(d)[0], FIRST)))

    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit" not in out
    first = entry(site, FIRST)
    assert first.msgstr != FIRST and "fuzzy" in first.flags
    assert "not taken into the catalogue" in err and "no translation" in err, err


def test_an_edit_of_a_reviewed_paragraph_with_a_page_link_is_no_conflict(site: Site) -> None:
    """The intro links to the section page: the catalogue holds the link to the English
    page, the Spanish page (and apply's record) to the Spanish one.  A translator's edit
    of it in the page editor was called a conflict, the reviewed text sent back to
    review and hers kept only in a note."""
    article = make_article(body=BODY)
    run("translate", "--lang", "es", "-q")
    section = article.get_parent().pk
    reviewed = f'Más en nuestras <a linktype="page" id="{section}">noticias del mundo</a>.'
    approve(site, edits={"More in our": reviewed})
    run("apply", "--lang", "es")
    page, draft = spanish(article)
    assert f'id="{section}"' not in draft.intro          # the Spanish section's page
    typed = draft.intro.replace("</a>.", "</a>, cada día.")
    edit_in_admin(page, editor(), lambda d: setattr(d, "intro", typed))

    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit from the admin" in out and "conflict" not in err, err
    intro = entry(site, "More in our")
    assert "fuzzy" not in intro.flags and intro.msgstr.endswith("</a>, cada día.")
    assert f'id="{section}"' in intro.msgstr       # the catalogue's links stay the source's


def test_an_approved_text_a_page_edit_replaces_stays_quoted_in_the_entry(site: Site) -> None:
    """The review screen's text, applied, then typed over in the page editor: the entry
    takes the page's text (what readers see), and the text it replaced stays in a note,
    as does each one replaced after it; nobody who typed over them saw the catalogue."""
    _, page = translated_article(site)
    approve(site, edits={QUOTE: "Texto revisado en la pantalla."})
    run("apply", "--lang", "es")
    user = editor()
    for typed in ("Texto de la página.", "Texto de la página, otra vez."):
        edit_in_admin(page, user, lambda d, typed=typed: set_block(
            d, "quote", {"text": typed, "attribution": "the Security Council"}))
        out, _ = run("translate", "--lang", "es", "-q")
    assert "stays in the entry's notes" in out
    quote = entry(site, QUOTE)
    assert quote.msgstr == "Texto de la página, otra vez." and "fuzzy" not in quote.flags
    assert '"Texto revisado en la pantalla."' in quote.tcomment
    assert '"Texto de la página."' in quote.tcomment

    run("translate", "--lang", "es", "-q")         # nothing new: no note added or lost
    assert entry(site, QUOTE).tcomment == quote.tcomment


def test_both_changed_the_page_keeps_its_text_and_the_catalog_the_other(site: Site) -> None:
    _, page = translated_article(site, QUOTE)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": "Texto de la página.", "attribution": "the Security Council"}))
    approve(site, edits={QUOTE: "Texto del catálogo."})

    _, err = run("apply", "--lang", "es")
    assert "conflict, the page keeps its text" in err
    # ... naming the paragraph, not only the page and the revision
    assert f"the translation of {QUOTE!r}" in err, err
    assert "Texto de la página." in body_texts(latest(page))
    quote = entry(site, QUOTE)
    assert quote.msgstr == "Texto del catálogo." and "fuzzy" in quote.flags
    assert '"Texto de la página."' in quote.tcomment

    # The editor decides for the catalogue's text: approving it writes it to the page.
    approve(site, QUOTE)
    run("apply", "--lang", "es")
    assert "Texto del catálogo." in body_texts(latest(page))
    # ... and the note beside it no longer says the page keeps its own (approved in a PO
    # editor, as in the review screen), the page's text still quoted in it
    run("translate", "--lang", "es", "-q")
    note = " ".join(entry(site, QUOTE).tcomment.split())
    assert "until this entry is approved" not in note and "Texto de la página." in note
    assert "this entry's approved text replaced it" in note


def test_a_preview_keeps_the_page_s_text_held_in_a_conflict(site: Site) -> None:
    """A preview (``--include-fuzzy``) wrote the conflict's other text, a draft, over the
    page's; the next ``apply`` then wrote the English over that draft, and the page's text
    was left only in a note saying the page still had it.  The page keeps it through both
    until the entry is approved."""
    _, page = translated_article(site, QUOTE)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": "Texto de la página.", "attribution": "the Security Council"}))
    approve(site, edits={QUOTE: "Texto del catálogo."})
    run("apply", "--lang", "es")                    # the conflict: the page keeps its text
    run("apply", "--lang", "es", "--include-fuzzy")
    assert "Texto de la página." in body_texts(latest(page))
    run("apply", "--lang", "es")
    assert "Texto de la página." in body_texts(latest(page))
    assert QUOTE not in body_texts(latest(page))


def test_a_paragraph_translated_by_hand_is_not_put_back_into_english(site: Site) -> None:
    """One rich text block, two paragraphs: one reviewed in the catalogue, one typed
    in the admin.  Neither may become English again."""
    _, page = translated_article(site)
    by_hand = "Asistieron delegaciones de diez países."
    machine = entry(site, FIRST).msgstr
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{by_hand}</p>"))
    approve(site, FIRST)

    _out, _ = run("apply", "--lang", "es")
    paragraph = next(t for t in body_texts(latest(page))
                     if by_hand in t)
    assert machine in paragraph and FIRST not in paragraph and SECOND not in paragraph
    assert entry(site, SECOND).msgstr == by_hand


def test_paragraphs_added_in_the_admin_keep_the_whole_block(site: Site) -> None:
    _, page = translated_article(site)
    mine = "<p>Uno.</p><p>Dos.</p><p>Tres, añadido por la redacción.</p>"
    edit_in_admin(page, editor(), lambda d: set_block(d, "paragraph", mine))
    approve(site, FIRST, SECOND)

    out, err = run("apply", "--lang", "es")
    kept = [line for line in err.splitlines() if "kept as edited" in line]
    assert len(kept) == 1 and "kept as edited in the admin" not in out
    assert kept[0].startswith(f"note: es: kept as edited in the admin: page {page.pk} ")
    assert kept[0].endswith("the admin added paragraphs (3 now, apply wrote 2); apply "
                            "leaves it as it is")
    assert mine in body_texts(latest(page))

    # translate says it too, as it takes no edit from that block.
    out, err = run("translate", "--lang", "es", "-q")
    assert "the admin added paragraphs (3 now, apply wrote 2); the catalogue takes no " \
        "edit from it, and apply leaves it as it is" in err and "kept as" not in out


def test_a_kept_block_whose_english_lost_a_paragraph_is_a_warning(site: Site) -> None:
    """The admin added a paragraph to the block, then the author deleted one of its
    English paragraphs: the block stays as the admin left it, and apply warns (it was a
    note) that the page may still say what the English no longer does."""
    article, page = translated_article(site, FIRST, SECOND)
    mine = "<p>Uno.</p><p>Dos.</p><p>Tres, añadido por la redacción.</p>"
    edit_in_admin(page, editor(), lambda d: set_block(d, "paragraph", mine))
    remove_second(article)
    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    line = next(ln for ln in err.splitlines() if "kept as edited in the admin" in ln)
    assert line.startswith(f"warning: es: kept as edited in the admin: page {page.pk} ")
    assert "compare the page with the source before publishing it" in line
    assert mine in body_texts(latest(page))


def test_a_paragraph_removed_in_the_admin_keeps_the_block_and_says_so(site: Site) -> None:
    _, page = translated_article(site, FIRST, SECOND)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{paragraph_texts(d)[0]}</p>"))
    _, err = run("apply", "--lang", "es")
    assert "the admin removed paragraphs (1 now, apply wrote 2)" in err
    assert len(paragraph_texts(latest(page))) == 1


def test_blocks_added_in_the_admin_are_named_once_per_field(site: Site) -> None:
    _, page = translated_article(site, FIRST)

    def add_two(draft: Any) -> None:
        raw = [dict(block) for block in draft.body.raw_data]
        draft.body = [*raw, {"type": "text", "value": "Nota de la redacción."},
                      {"type": "text", "value": "Otra nota."}]

    edit_in_admin(page, editor(), add_two)
    _, err = run("apply", "--lang", "es")
    kept = [line for line in err.splitlines() if "kept as edited" in line]
    assert kept == [f"note: es: kept as edited in the admin: page {page.pk} "
                    f"\u201c{latest(page).title}\u201d, body: the admin added blocks the "
                    "source page does not have, so apply leaves the whole field as it is "
                    "and writes none of its translations into it"]
    assert "Otra nota." in body_texts(latest(page))


def test_paragraphs_that_no_longer_line_up_are_kept_and_named(site: Site) -> None:
    """A translation with no record of what apply wrote (made before the site kept
    records) whose paragraphs do not match the source's one to one."""
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    _, page = translated_article(site, FIRST)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", "<p>Un párrafo.</p><p>Otro.</p><p>Y otro más.</p>"))
    WrittenPiece.objects.all().delete()
    _, err = run("apply", "--lang", "es")
    assert "its 3 paragraphs do not line up with the source's 2, and there is no record " \
        "of what apply wrote there; apply leaves it as it is" in err
    assert "Y otro más." in paragraph(latest(page))


CORRECTED = "Ningún país puede hacerles frente en solitario."


def wagtails_translate_copy(site: Site, *approved: str, intro: str = "") -> tuple[Any, Any]:
    """The English article (with ``intro``, rich text, if given) once a run made the
    catalogue (the entries ``approved`` then, unseen), and its Spanish copy made with
    Wagtail's own Translate, which no apply wrote."""
    from wagtail.models import Locale

    article = make_article(body=BODY, **({"intro": intro} if intro else {}))
    run("translate", "--lang", "es", "-q")
    approve(site, *approved)
    return article, article.copy_for_translation(
        Locale.objects.get_or_create(language_code="es")[0], copy_parents=True)


def typed_in_wagtails_own_translation(site: Site, *approved: str) -> tuple[Any, str, str]:
    """A Spanish page made with Wagtail's own Translate, its quote typed over by a
    translator before any apply (the entries ``approved`` first, unseen); then the first
    apply, which keeps the text: the page, and what apply said (stdout, stderr)."""
    _, page = wagtails_translate_copy(site, *approved)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": CORRECTED, "attribution": "the Security Council"}))
    out, err = run("apply", "--lang", "es")
    assert CORRECTED in body_texts(latest(page))
    return page, out, err


def test_a_copy_typed_in_before_the_first_translate_is_read_by_that_run(site: Site) -> None:
    """Texts typed in Wagtail's own copies before the language had a catalogue: the first
    run made the catalogue without them and said "0 editor drafts kept"; the review screen
    or the next run took them in."""
    from wagtail.models import Locale

    article = make_article(body=BODY)
    page = article.copy_for_translation(
        Locale.objects.get_or_create(language_code="es")[0], copy_parents=True)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": CORRECTED, "attribution": "el Consejo de Seguridad"}))
    assert not site.po().exists()
    out, _ = run("translate", "--lang", "es", "-q")
    assert "took an edit from the admin" in out and f"the translation of {QUOTE!r}" in out
    # the summary counted the catalogue before the edits (the quote and its attribution)
    # went in; a line after says so
    assert ("es: 2 reviewed and 0 draft text(s) typed in the admin taken into the new "
            "catalogue after the counts above (`status` counts them)") in out.splitlines()
    quote = entry(site, QUOTE)
    assert quote.msgstr == CORRECTED and "fuzzy" not in quote.flags
    run("apply", "--lang", "es")
    assert CORRECTED in body_texts(latest(page))


def copy_of_a_new_page(title: str, slug: str, paragraphs: list[str]) -> tuple[Any, Any]:
    """An English page published after a run made the catalogue (of another page), and
    its Spanish copy made with Wagtail's own Translate, which no run has seen: (the
    English page, the copy)."""
    from wagtail.models import Locale

    from tests.contrib.wagtail.project.news.models import ArticlePage

    first = make_article(body=BODY)
    run("translate", "--lang", "es", "-q")              # the catalogue, of another page
    article = first.get_parent().add_child(instance=ArticlePage(
        title=title, slug=slug,
        body=[("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))]))
    article.save_revision().publish()
    return article, article.copy_for_translation(
        Locale.objects.get_or_create(language_code="es")[0], copy_parents=True)


@pytest.mark.parametrize("reworded", [False, True])
def test_a_copy_of_a_new_page_whose_english_is_reordered_pairs_each_text_with_its_own(
        site: Site, reworded: bool) -> None:
    """A Wagtail copy of a page no run has seen, typed in; the author then moved its
    first paragraph to the end (and reworded it): the run approved each typed text as the
    translation of the paragraph now at its place, and the copy's English as a
    translation of another paragraph."""
    english = ["The covered market will reopen in March after the fire.",
               "Insurance paid for most of the repairs.",
               "Twenty stallholders have signed new leases."]
    article, page = copy_of_a_new_page("Market hall", "market-hall", english)
    typed = ["El mercado cubierto reabrirá en marzo tras el incendio.",
             "El seguro pagó la mayor parte de las reparaciones."]
    edit_in_admin(page, editor(), lambda d: set_block(d, "paragraph", "".join(
        f"<p>{text}</p>" for text in [*typed, english[2]])))
    moved = english[0].replace("in March", "in early March") if reworded else english[0]
    edit_in_admin(article, None, lambda d: set_block(d, "paragraph", "".join(
        f"<p>{text}</p>" for text in [english[1], english[2], moved])), publish=True)
    for command in ("translate", "apply", "translate"):
        run(command, "--lang", "es", *(["-q"] * (command == "translate")))
    po = polib.pofile(str(site.po()))
    by_source = {e.msgid: e for e in po if not e.obsolete}
    assert by_source[english[1]].msgstr == typed[1]
    assert by_source[english[2]].msgstr != typed[1]
    # the copy's English is nobody's translation
    assert not any(e.msgstr == english[2] and not e.fuzzy for e in po if e.msgid != english[2])
    assert by_source[moved].msgstr != english[2]
    if not reworded:
        assert by_source[moved].msgstr == typed[0] and not by_source[moved].fuzzy
    else:       # the text typed over the earlier wording: the new one's draft, approved
        # for nothing, and it stays on the page where the paragraph went
        assert not any(e.msgstr == typed[0] and not e.fuzzy and not e.obsolete for e in po)
        assert by_source[moved].fuzzy and typed[0] in (
            by_source[moved].msgstr + by_source[moved].tcomment)
        assert typed[0] in paragraph(latest(page))


def test_a_copy_s_paragraph_reworded_in_the_save_that_deletes_another_keeps_its_text(
        site: Site) -> None:
    """A Wagtail copy of a page no run had seen, typed in; the author then reworded its
    first paragraph and deleted the second in one save: the first was called removed, its
    text filed as obsolete and the new English written over it."""
    english = ["The central bank kept its main rate at 3.5 percent on Wednesday.",
               "Analysts had expected the decision."]
    article, page = copy_of_a_new_page("Rates held", "rates-held", english)
    typed = ["El banco central mantuvo el miércoles su tipo principal en el 3,5 %.",
             "Los analistas esperaban la decisión."]
    edit_in_admin(page, editor(), lambda d: set_block(d, "paragraph", "".join(
        f"<p>{text}</p>" for text in typed)))
    reworded = "The central bank kept its main rate at 3.5 percent on Wednesday, as expected."
    edit_in_admin(article, None, lambda d: set_block(d, "paragraph", f"<p>{reworded}</p>"),
                  publish=True)
    said = ""
    for command in ("translate", "apply", "apply"):
        out, err = run(command, "--lang", "es", *(["-q"] * (command == "translate")))
        said += out + err
    assert typed[0] in paragraph(latest(page)), said
    removed = [ln for ln in said.splitlines() if "English paragraph was removed" in ln]
    assert not any(typed[0][:30] in ln for ln in removed), removed
    new = entry(site, reworded)
    assert new.fuzzy and typed[0] in new.msgstr + new.tcomment


def test_a_text_typed_in_a_translation_apply_never_wrote_reaches_the_catalog(
        site: Site) -> None:
    """A Spanish page Wagtail's own Translate made (a copy of the English page), which a
    translator edited before any apply: apply takes the text into the catalogue first, as
    an edit of any other page, and keeps it.  Before, apply recorded it as its own, and
    approving the machine's draft put that over it."""
    page, out, _ = typed_in_wagtails_own_translation(site)
    assert "took an edit from the admin" in out
    quote = entry(site, QUOTE)
    assert quote.msgstr == CORRECTED and "fuzzy" not in quote.flags
    out, _ = run("translate", "--lang", "es", "-q")
    assert "took an edit" not in out        # taken once
    run("apply", "--lang", "es")
    assert CORRECTED in body_texts(latest(page))


def test_a_machine_draft_approved_unseen_keeps_the_text_typed_beside_it(site: Site) -> None:
    """... and where the machine's draft was approved first, unseen, the run keeps the
    page's text beside it and flags the entry: both on file, neither on the page lost."""
    page, _, err = typed_in_wagtails_own_translation(site, QUOTE)
    assert "conflict, the page keeps its text" in err
    quote = entry(site, QUOTE)
    assert "fuzzy" in quote.flags and "Ningún país puede hacerles frente" in quote.tcomment
    run("apply", "--lang", "es")
    assert CORRECTED in body_texts(latest(page))


def test_a_text_typed_over_a_copy_of_english_changed_since_is_no_review_of_the_new(
        site: Site) -> None:
    """A translator typed over the quote of a copy Wagtail's own Translate made; the author
    then reworded the English quote, before any apply.  The text translates the earlier
    English: it went in as the approved translation of the new one."""
    article, page = wagtails_translate_copy(site)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": CORRECTED, "attribution": "the Security Council"}))
    reworded = "No country can deal with these threats alone."
    edit_in_admin(article, None, lambda d: set_block(
        d, "quote", {"text": reworded, "attribution": "the Security Council"}), publish=True)
    for command in ("translate", "apply", "translate"):
        run(command, "--lang", "es", *(["-q"] * (command == "translate")))
    quote = entry(site, reworded)
    assert "fuzzy" in quote.flags
    assert quote.msgstr == CORRECTED or CORRECTED in quote.tcomment, (quote.msgstr,
                                                                      quote.tcomment)
    assert CORRECTED in body_texts(latest(page))


def test_the_english_a_wagtail_copy_began_with_is_nobody_s_typing(site: Site) -> None:
    """A page new since the last run, copied with Wagtail's Translate and typed over; the
    author then reworded the English paragraph: a line and a conflict note said the page
    had said the copy's English "until a later save put the earlier text back", flagging
    English for review as a person's text."""
    english = "The ferry company will raise fares by six percent from April."
    article, page = copy_of_a_new_page("Ferry fares", "ferry-fares",
                                       [english, "Season tickets cost the same."])
    typed = "La naviera subirá las tarifas un seis por ciento a partir de abril."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{typed}</p><p>Season tickets cost the same.</p>"))
    reworded = "The ferry company will raise fares by six percent from April 1."
    edit_in_admin(article, None, lambda d: set_block(
        d, "paragraph", f"<p>{reworded}</p><p>Season tickets cost the same.</p>"), publish=True)
    said = ""
    for command in ("translate", "apply", "translate", "apply"):
        out, err = run(command, "--lang", "es", *(["-q"] * (command == "translate")))
        said += out + err
    assert "put the earlier text back" not in said, said
    notes = " ".join(e.tcomment for e in polib.pofile(str(site.po())))
    assert english not in notes, notes
    assert typed in paragraph(latest(page))


TYPED_OVER_REMOVED = "Las delegaciones de diez países llegaron ayer, escribe María."


def typed_over_a_paragraph_removed_since(site: Site, where: str = "block"
                                         ) -> tuple[Any, Any]:
    """A copy Wagtail's own Translate made, whose second paragraph (of a StreamField
    ``block``, or of the rich text ``intro``) a translator typed over; the author then
    removed that paragraph from the English page, before any apply: the English article
    and the Spanish page."""
    first, removed = REMOVED[where]
    both, mine = f"<p>{first}</p><p>{removed}</p>", f"<p>{first}</p><p>{TYPED_OVER_REMOVED}</p>"

    def put(text: str) -> Any:
        if where == "block":
            return lambda d: set_block(d, "paragraph", text)
        return lambda d: setattr(d, "intro", text)

    article, page = wagtails_translate_copy(site, intro=both if where != "block" else "")
    edit_in_admin(page, editor(), put(mine))
    edit_in_admin(article, None, put(f"<p>{first}</p>"), publish=True)
    return article, page


#: Where :func:`typed_over_a_paragraph_removed_since` types: the paragraph kept, and the
#: one the author removed.
REMOVED = {"block": (FIRST, SECOND),
           "intro": ("The forum opened on Monday.", "Ministers came from ten capitals."),
           # typed straight: the catalogue has the cleaner's curly marks
           "intro with quotes": ("The forum opened on Monday.",
                                 "The mayor's wife is the \"judge\".")}


def kept_entries(site: Site, source: str) -> list[polib.POEntry]:
    """The catalogue's entries of ``source``, its quotes read alike."""
    from cms_i18n.contrib.wagtail.segments import source_key

    return [e for e in polib.pofile(str(site.po())) if source_key(e.msgid) == source_key(source)]


def shown(page: Any) -> str:
    """All the text a page's latest revision shows."""
    draft = latest(page)
    return f"{draft.intro} {paragraph(draft)}"


@pytest.mark.parametrize("where", list(REMOVED))
@pytest.mark.parametrize("translate_first", [False, True])
def test_a_text_typed_over_a_paragraph_the_author_removed_since_the_copy_is_kept(
        site: Site, translate_first: bool, where: str) -> None:
    """The copy's paragraph no longer lined up with the English page's, so nothing read
    the text typed there, and the first apply wrote the page without it: lost (a block),
    or left it as it was, the text in no catalogue (rich text)."""
    _, page = typed_over_a_paragraph_removed_since(site, where)
    if translate_first:
        run("translate", "--lang", "es", "-q")
    _, err = run("apply", "--lang", "es")
    removed = REMOVED[where][1]
    assert TYPED_OVER_REMOVED not in shown(page) and removed not in shown(page), err
    kept = kept_entries(site, removed)
    assert kept and kept[0].msgstr == TYPED_OVER_REMOVED, err
    assert "kept in the catalogue, not on the page" in err and "María López" in \
        kept[0].tcomment


def test_a_copy_whose_english_lost_a_paragraph_loses_it_too(site: Site) -> None:
    """Untouched, the copy's English paragraph the author removed goes, with nothing
    kept and nothing said."""
    article, page = wagtails_translate_copy(site)
    edit_in_admin(article, None, lambda d: set_block(d, "paragraph", f"<p>{FIRST}</p>"),
                  publish=True)
    _, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page)) == [FIRST] and "kept" not in err, err


def test_a_copy_typed_in_gets_the_paragraph_the_author_added_since(site: Site) -> None:
    """A translator typed over the first paragraph of a copy Wagtail's own Translate made;
    the author then added a paragraph to the English page: the copy's paragraphs no longer
    lined up, so the text typed never reached the catalogue, and the new paragraph never
    reached the page."""
    article, page = wagtails_translate_copy(site)
    typed = "La OCS se reunió en Moscú el martes, escribe María."
    added = "The next meeting is in Minsk."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{typed}</p><p>{SECOND}</p>"))
    edit_in_admin(article, None, lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{SECOND}</p><p>{added}</p>"), publish=True)
    run("translate", "--lang", "es", "-q")
    _, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[0] == typed, err
    assert added in paragraph(latest(page)) or \
        entry(site, added).msgstr in paragraph(latest(page)), err
    assert entry(site, FIRST).msgstr == typed


def test_a_copy_of_a_page_new_since_the_last_translate_is_said_to_be_new(site: Site) -> None:
    """An English page published after the last run, its Spanish copy made with Wagtail's
    Translate and typed in, then apply before translate: its entries were never made,
    and the runs said the entry was gone, then retired while the page was unpublished."""
    _article, page = copy_of_a_new_page("Minsk meeting", "minsk-meeting",
                                        ["The CSTO met in Minsk on Friday."])
    typed = "La OTSC se reunió en Minsk el viernes."
    edit_in_admin(page, editor(), lambda d: set_block(d, "paragraph", f"<p>{typed}</p>"))
    _out, err = run("apply", "--lang", "es")
    assert "the English page is new since the last translate" in err, err
    assert "the entry is gone" not in err
    out, err = run("translate", "--lang", "es", "-q")
    assert "the English text is new since the last translate" in out + err, out + err
    assert "retired" not in out + err
    assert typed in paragraph(latest(page))


def test_a_paragraph_a_translator_added_to_a_copy_stays_on_the_page(site: Site) -> None:
    """A copy Wagtail's own Translate made, with a paragraph a translator added: the
    first apply read it as the untranslated copy and wrote the English over it."""
    _, page = wagtails_translate_copy(site)
    added = "Nota de la redacción: la cumbre sigue mañana."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{SECOND}</p><p>{added}</p>"))
    _, err = run("apply", "--lang", "es")
    assert added in paragraph(latest(page)), err
    assert "do not line up" in err


def test_an_edit_whose_catalog_entry_is_gone_stays_on_the_page_and_is_named(
        site: Site) -> None:
    _, page = translated_article(site, FIRST, SECOND)
    mine = "La OCS se reunió en Moscú este martes."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", paragraph(d).replace(paragraph_texts(d)[0], mine)))
    catalog = polib.pofile(str(site.po()))
    catalog.remove(next(e for e in catalog if e.msgid == FIRST))
    catalog.save()

    out, err = run("apply", "--lang", "es")
    assert "kept on the page" not in out
    line = next(ln for ln in err.splitlines() if "kept on the page" in ln)
    assert line.startswith(f"es: kept on the page, not in the catalogue: page {page.pk} ")
    assert f"the edit of the paragraph {FIRST!r} has no catalogue entry to go into" in line
    assert "(the entry is gone)" in line
    assert mine in paragraph(latest(page))
    # ... and on file all the same, should the page be deleted before a run takes it in
    assert any(e.obsolete and e.msgstr == mine for e in polib.pofile(str(site.po())))


def test_a_reviewed_unsafe_link_is_refused_and_never_reaches_the_page(site: Site) -> None:
    _, page = translated_article(site)
    approve(site, edits={FIRST: '<a href="javascript:alert(1)">La OCS</a> se reunió.',
                         SECOND: "Asistieron delegaciones de diez países."})
    from django.core.management.base import CommandError

    # `apply` fails as `cms-i18n apply` does (exit 2), once the rest is written, and
    # names the refused entry on a `refused:` line.
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("cms_i18n", "apply", "--lang", "es", stdout=out, stderr=err)
    assert refused.value.returncode == 2
    assert str(refused.value).startswith("es: 1 translation refused for critical problems")
    [line] = [ln for ln in err.getvalue().splitlines() if ln.startswith("refused: ")]
    assert line.startswith(f"refused: {site.po()}:") and "javascript" in line.lower()
    draft = latest(page)
    assert "javascript:" not in str(draft.body.raw_data)
    assert "Asistieron delegaciones de diez países." in str(draft.body.raw_data)

    # `manage.py cms_i18n check` grades it critical and fails, naming the catalogue line.
    out = io.StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("cms_i18n", "check", "--lang", "es", stdout=out, stderr=io.StringIO())
    assert failed.value.returncode == 2
    assert f"{site.po()}:" in out.getvalue() and "critical" in out.getvalue()
    assert "javascript" in out.getvalue().lower()


def test_a_review_save_over_a_page_edit_says_the_page_keeps_its_text(site: Site) -> None:
    # The review screen saves through apply_document: the conflict its edits found is in
    # the report it shows, not only in a note of the catalogue
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.source import WagtailSource
    from cms_i18n.contrib.wagtail.sync import apply_document

    article, page = translated_article(site, QUOTE)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": "Texto de la página.", "attribution": "the Security Council"}))
    approve(site, edits={QUOTE: "Texto del catálogo."})
    settings = site_settings()
    report = apply_document(settings, WagtailSource(settings), article, "es")
    assert report.conflicts == 1
    assert any("conflict, the page keeps its text" in note and "María López" in note
               for note in report.notes), report.notes
    assert "Texto de la página." in body_texts(latest(page))
    assert entry(site, QUOTE).msgstr == "Texto del catálogo."


def test_a_review_save_keeps_a_wrong_entity_off_the_page(site: Site) -> None:
    # What saving in the review screen does: the same gate as `apply`, glossary and all.
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.source import WagtailSource
    from cms_i18n.contrib.wagtail.sync import apply_document

    article, page = translated_article(site)
    wrong = "El Consejo de Seguridad de Rusia se reunió en Moscú el martes."
    approve(site, edits={FIRST: wrong})
    settings = site_settings()
    apply_document(settings, WagtailSource(settings), article, "es")
    assert wrong not in str(latest(page).body.raw_data)


def test_changed_english_keeps_the_old_translation_until_reviewed(site: Site) -> None:
    article, page = translated_article(site, FIRST)
    old = entry(site, FIRST).msgstr
    source = article.get_latest_revision_as_object()
    # a change of wording: no figure or negation changed (see test_earlier_source)
    set_block(source, "paragraph", f"<p>{FIRST} It lasted all day.</p><p>{SECOND}</p>")
    source.save_revision().publish()

    run("translate", "--lang", "es", "-q")
    out, err = run("apply", "--lang", "es", "--verbose")    # the page is unchanged
    assert "1 for older source text" in out
    assert "keeps the reviewed translation of the earlier text" in err
    paragraph = next(t for t in body_texts(latest(page)) if old in t)
    assert "It lasted all day" not in paragraph


def resave_in_page_editor(draft: Any) -> None:
    """What saving in the page editor does to rich text: Wagtail's editor (Draftail)
    reads each value and writes it back, a ``data-block-key`` on every paragraph."""
    from wagtail.admin.rich_text import get_rich_text_editor_widget

    converter = get_rich_text_editor_widget().converter

    def again(value: str) -> str:
        return converter.to_database_format(converter.from_database_format(value))

    draft.intro = again(draft.intro)
    raw = [dict(block) for block in draft.body.raw_data]
    for block in raw:
        if block["type"] == "paragraph":
            block["value"] = again(block["value"])
    draft.body = raw


def paragraph(draft: Any) -> str:
    return next(b.value.source for b in draft.body if b.block_type == "paragraph")


def test_a_save_in_the_page_editor_is_not_undone_by_a_revision_that_changes_nothing(
        site: Site) -> None:
    from cms_i18n.contrib.wagtail.richtext import block_keys

    _, page = translated_article(site, FIRST, "More in our")
    edit_in_admin(page, editor(), resave_in_page_editor)
    saved = latest(page)
    keys = block_keys(paragraph(saved)), block_keys(saved.intro)
    assert all(keys[0]) and all(keys[1]) and len(keys[0]) == 2
    before = revisions(page)

    for command in (("apply",), ("translate", "-q"), ("apply",)):
        out, _ = run(*command, "--lang", "es")
        assert "took an edit" not in out and "conflict" not in out
    assert revisions(page) == before                # block keys are not text
    assert "unchanged, no new revision" in run("apply", "--lang", "es", "--verbose")[0]

    # New reviewed text is written into the editor's paragraphs, keys and all.
    mine = "Asistieron delegaciones de diez países."
    approve(site, edits={SECOND: mine})
    run("apply", "--lang", "es")
    assert revisions(page) == before + 1
    draft = latest(page)
    assert mine in paragraph(draft) and entry(site, FIRST).msgstr in paragraph(draft)
    assert (block_keys(paragraph(draft)), block_keys(draft.intro)) == keys
    run("apply", "--lang", "es")
    assert revisions(page) == before + 1


def test_a_wrong_entity_typed_in_the_page_editor_is_kept_as_a_draft_not_published(
        site: Site) -> None:
    """The page editor's text passes the review screen's gate: refused, it is the entry's
    draft with the reason, the catalogue still passes ``check``, and the editor fixes it
    where they typed it."""
    _, page = translated_article(site, FIRST)
    approved = entry(site, FIRST).msgstr
    wrong = "El Consejo de Seguridad de Rusia se reunió en Moscú el martes."
    user = editor()
    edit_in_admin(page, user, lambda d: set_block(
        d, "paragraph", paragraph(d).replace(approved, wrong)))

    out, err = run("apply", "--lang", "es")
    assert "es: kept as draft, not approved: 1 edit from the admin" in err
    assert "María López" in err and "glossary" in err and "took an edit" not in out
    first = entry(site, FIRST)
    assert first.msgstr == wrong and "fuzzy" in first.flags
    assert "not approved, kept as a draft: " in first.tcomment
    assert f'approved before, replaced by an edit elsewhere: "{approved}"' in first.tcomment
    assert wrong in paragraph(latest(page))          # the editor's draft, as they left it
    run("apply", "--lang", "es")
    assert wrong in paragraph(latest(page))          # ... and again: it is the page's own
    checked = io.StringIO()             # a critical problem would raise CommandError
    call_command("cms_i18n", "check", "--lang", "es", stdout=checked, stderr=io.StringIO())
    assert "published: 0 critical" in checked.getvalue()

    # Neither a new machine translation nor another sync takes the draft away.
    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit" not in out and "kept as" not in err
    first = entry(site, FIRST)
    assert first.msgstr == wrong and "fuzzy" in first.flags
    assert "not approved, kept as a draft: " in first.tcomment

    # Fixed where it was typed, the page editor's text is approved and the notes go.
    fixed = "La OCS se reunió en Moscú el martes."
    edit_in_admin(page, user, lambda d: set_block(
        d, "paragraph", paragraph(d).replace(wrong, fixed)))
    out, err = run("apply", "--lang", "es")
    assert "took an edit from the admin" in out and "kept as" not in err
    first = entry(site, FIRST)
    assert first.msgstr == fixed and "fuzzy" not in first.flags
    assert "kept as a draft" not in first.tcomment and "approved before: " not in first.tcomment
    assert f'approved before, replaced by an edit elsewhere: "{approved}"' in first.tcomment
    assert fixed in paragraph(latest(page))


def test_an_unreviewed_unit_keeps_the_english_pages_own_text(site: Site) -> None:
    """Cleaning prepares a text for the editor (a look-alike letter put right, straight
    quotes curled); in the translated page, a unit nobody reviewed reads as the English
    page has it, markup and all, as ``apply`` writes a file, but for the look-alike
    letter: damage no author makes stays repaired."""
    typed = 'Нeads of delegations said "yes" to the <b>plan</b>.'    # a Cyrillic "Н"
    own = typed.replace("Нeads", "Heads")
    plain = 'The "forum" opens on Tuesday.'
    title = 'Officials say "yes" to Moscow talks'
    article = make_article(title=title, body=[
        ("heading", "Forum in Moscow"),
        ("paragraph", f"<p>{FIRST}</p><p>{typed}</p>"),
        ("text", plain)])
    run("translate", "--lang", "es", "-q")
    assert entry(site, "Heads of delegations").msgid.startswith("Heads")   # the editor's
    approve(site, FIRST)
    out, _ = run("apply", "--lang", "es")
    page, draft = spanish(article)

    texts = body_texts(draft)
    paragraph = next(t for t in texts if entry(site, FIRST).msgstr in t)
    assert own in paragraph and FIRST not in paragraph
    assert plain in texts and "Forum in Moscow" in texts
    assert draft.title == title
    assert "1 translated, 0 kept as edited, 6 in the source language" in out

    # Nothing changed: no new revision.  An editor's text in the admin is kept.
    before = revisions(page)
    out, _ = run("apply", "--lang", "es")
    assert revisions(page) == before and "0 documents written, 2 unchanged" in out
    edit_in_admin(page, editor(), lambda d: set_block(d, "text", "El «foro» abre el martes."))
    run("apply", "--lang", "es")
    assert "El «foro» abre el martes." in body_texts(latest(page))
    assert own in next(t for t in body_texts(latest(page)) if "Heads" in t)


# -- an admin's paragraph whose English paragraph is gone ------------------------------

MINE = "Asistieron a la cita delegaciones de diez países, según la redacción."


def remove_second(article: Any) -> None:
    """The author deletes the English paragraph the admin's text translates."""
    publish_paragraphs(article, FIRST)


def obsolete(site: Site, start: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(site.po())) if e.obsolete
                and e.msgid.startswith(start))


def admin_edits_second(page: Any) -> None:
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", paragraph(d).replace(paragraph_texts(d)[1], MINE)))


def publish_paragraphs(article: Any, *texts: str) -> None:
    """The author writes the English rich text block as ``texts``, a paragraph each, and
    publishes it."""
    source = article.get_latest_revision_as_object()
    set_block(source, "paragraph", "".join(f"<p>{text}</p>" for text in texts))
    source.save_revision().publish()


def paragraph_texts(draft: Any) -> list[str]:
    from cms_i18n.contrib.wagtail.segments import piece_segments

    return piece_segments("rich", paragraph(draft))


def admin_edit_and_english_change(page: Any, article: Any, change: Any, order: str) -> str:
    """The admin edits the second paragraph and the author changes the English (``change``),
    in ``order`` ("edit, then …" or the English first, translated before the edit); the
    stderr of the ``translate`` run between them."""
    if order.startswith("edit"):
        admin_edits_second(page)
        change(article)
        return run("translate", "--lang", "es", "-q")[1]
    change(article)
    translate_err = run("translate", "--lang", "es", "-q")[1]
    admin_edits_second(page)
    return translate_err


@pytest.mark.parametrize("order", ["edit, then English removed",
                                   "English removed and translated, then edit"])
def test_an_admin_paragraph_whose_english_is_removed_is_kept_in_the_catalog(
        site: Site, order: str) -> None:
    article, page = translated_article(site, FIRST, SECOND)
    translate_err = admin_edit_and_english_change(page, article, remove_second, order)
    _out, err = run("apply", "--lang", "es")

    # The page publishes nothing whose English is gone ...
    assert paragraph_texts(latest(page)) == [entry(site, FIRST).msgstr]
    # ... and the admin's text is on file in the catalogue, saying why and from where.
    kept = obsolete(site, SECOND)
    assert kept.msgstr == MINE
    note = " ".join(kept.tcomment.split())
    assert f"page {page.pk}" in note and "English paragraph was removed" in note
    # One line on stderr names the page and where the text went.
    lines = [ln for ln in (translate_err + err).splitlines() if MINE[:20] in ln
             or "English paragraph was removed" in ln]
    assert len(lines) == 1, translate_err + err
    assert f"page {page.pk}" in lines[0] and str(site.po()) in lines[0]

    # Later runs neither lose it nor say it again.
    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    assert "English paragraph was removed" not in err
    assert obsolete(site, SECOND).msgstr == MINE


def test_an_admin_paragraph_with_no_catalog_to_keep_it_is_not_overwritten(site: Site) -> None:
    """The admin's text loses its English paragraph while the catalogue is gone (moved
    away, deleted by mistake): apply stops with an error and the page keeps the text."""
    from django.core.management.base import CommandError

    article, page = translated_article(site, FIRST, SECOND)
    admin_edits_second(page)
    remove_second(article)
    run("translate", "--lang", "es", "-q")
    site.po().rename(site.po().with_suffix(".moved"))
    with pytest.raises(CommandError):
        run("apply", "--lang", "es")
    assert MINE in paragraph_texts(latest(page))


def test_an_admin_paragraph_whose_english_is_reworded_stays_and_is_on_file(site: Site) -> None:
    """The admin corrects a paragraph, then its English is reworded (no figure, no
    negation): the page keeps the admin's text until the new entry is reviewed, and the
    catalogue holds it both beside the new text and under the old one."""
    article, page = translated_article(site, FIRST, SECOND)
    admin_edits_second(page)
    reworded = "Delegations from ten countries took part in the forum."
    publish_paragraphs(article, FIRST, reworded)

    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[1] == MINE
    assert "keeps the reviewed translation of the earlier text" in err
    new = entry(site, reworded)
    assert new.msgstr == MINE and "fuzzy" in new.flags and new.previous_msgid == SECOND
    assert obsolete(site, SECOND).msgstr == MINE


@pytest.mark.parametrize("moved", [False, True])
@pytest.mark.parametrize("taken_in", [False, True])
def test_a_reworded_paragraph_keeps_the_admin_s_text_when_apply_runs_before_translate(
        site: Site, taken_in: bool, moved: bool) -> None:
    """The admin corrects a paragraph (taken into the catalogue by a run, or not yet),
    the author rewords its English (and moves it before the other), and ``apply`` runs
    before ``translate``: the page keeps the admin's text (the new English went over it,
    and the run said its English paragraph was removed), and once ``translate`` has run
    it is the new text's draft."""
    article, page = translated_article(site, FIRST, SECOND)
    admin_edits_second(page)
    if taken_in:
        run("translate", "--lang", "es", "-q")
    reworded = "Delegations from ten countries took part in the forum."
    order = [reworded, FIRST] if moved else [FIRST, reworded]
    publish_paragraphs(article, *order)
    at = order.index(reworded)

    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[at] == MINE
    assert "English paragraph was removed" not in err
    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[at] == MINE
    assert "apply takes it off the page" not in err
    new = entry(site, reworded)
    assert new.msgstr == MINE and "fuzzy" in new.flags and new.previous_msgid == SECOND


@pytest.mark.parametrize("taken_in", [False, True])
def test_a_paragraph_reworded_in_the_save_that_deletes_another_keeps_the_admin_s_text(
        site: Site, taken_in: bool) -> None:
    """The author rewords the paragraph the admin corrected and deletes the other one in
    the same save, and ``apply`` runs before ``translate``: the reworded paragraph was
    called removed, its text filed as obsolete and the new English written over it."""
    article, page = translated_article(site, FIRST, SECOND)
    admin_edits_second(page)
    if taken_in:
        run("translate", "--lang", "es", "-q")
    reworded = "Delegations from ten countries took part in the forum."
    publish_paragraphs(article, reworded)

    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page)) == [MINE]
    assert "whose English paragraph was removed" not in err.replace(FIRST[:20], ""), err
    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page)) == [MINE]
    new = entry(site, reworded)
    assert new.msgstr == MINE and "fuzzy" in new.flags and new.previous_msgid == SECOND


def test_a_changed_figure_before_translate_gets_the_source_once_translate_has_seen_it(
        site: Site) -> None:
    """The admin's text kept at its place when the author changed a figure and ``apply``
    ran first: once ``translate`` has seen the new text, the page shows the source and the
    run names it, as when ``translate`` runs first (the page kept the old figure, and no
    run said so)."""
    article, page = translated_article(site, FIRST, SECOND)
    admin_edits_second(page)
    changed = "Delegations from eleven countries attended the forum."
    publish_paragraphs(article, FIRST, changed)
    run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[1] == MINE        # until translate has seen it
    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[1] == changed
    assert "source changed:" in err and "'eleven' new" in err, err
    assert entry(site, changed).msgstr == MINE


def test_a_reworded_and_moved_paragraph_with_translate_first_is_said_to_stay(
        site: Site) -> None:
    """The same, reworded and moved, with ``translate`` run first: a line said apply would
    take the admin's text off the page, the next that the page keeps it (it did)."""
    article, page = translated_article(site, FIRST, SECOND)
    admin_edits_second(page)
    reworded = "Delegations from ten countries took part in the forum."
    publish_paragraphs(article, reworded, FIRST)
    out, err = run("translate", "--lang", "es", "-q")
    out2, err2 = run("apply", "--lang", "es")
    said = out + err + out2 + err2
    assert paragraph_texts(latest(page))[0] == MINE
    assert "takes it off the page" not in said, said


# -- an admin's paragraph whose English paragraph is replaced by another -------------

OTHER = "The talks will continue in Beijing next spring."


def replace_second(article: Any) -> None:
    """The author deletes the English paragraph the admin's text translates and writes a
    different one at its place, in the same rich text block."""
    publish_paragraphs(article, FIRST, OTHER)


@pytest.mark.parametrize("order", ["edit, then English replaced",
                                   "English replaced and translated, then edit"])
def test_an_admin_paragraph_whose_english_is_replaced_is_kept_in_the_catalog(
        site: Site, order: str) -> None:
    article, page = translated_article(site, FIRST, SECOND)
    translate_err = admin_edit_and_english_change(page, article, replace_second, order)
    assert entry(site, OTHER).previous_msgid is None       # a new paragraph, not a rewording
    _out, err = run("apply", "--lang", "es")

    # The new paragraph shows its own text (not reviewed yet: the English), never the
    # admin's translation of the paragraph that was deleted ...
    assert paragraph_texts(latest(page)) == [entry(site, FIRST).msgstr, OTHER]
    # ... which is on file in the catalogue, saying why and from where, named once.
    kept = obsolete(site, SECOND)
    assert kept.msgstr == MINE
    note = " ".join(kept.tcomment.split())
    assert f"page {page.pk}" in note and "English paragraph was removed" in note
    lines = [ln for ln in (translate_err + err).splitlines() if MINE[:20] in ln
             or "English paragraph was removed" in ln]
    assert len(lines) == 1, translate_err + err
    assert f"page {page.pk}" in lines[0] and str(site.po()) in lines[0]

    # Reviewed, the new paragraph's translation goes in; the admin's text stays on file.
    approved = approve(site, OTHER)[OTHER]
    run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")
    assert paragraph_texts(latest(page)) == [entry(site, FIRST).msgstr, approved]
    assert "English paragraph was removed" not in err
    assert obsolete(site, SECOND).msgstr == MINE


@pytest.mark.parametrize("replaced", [True, False], ids=["block replaced", "block deleted"])
def test_an_admin_block_whose_english_block_is_replaced_is_kept_in_the_catalog(
        site: Site, replaced: bool) -> None:
    """The author deletes a whole StreamField block whose text an admin edited, and adds a
    new block of the same type at its place (a new block id) or not."""
    body = [("heading", "Forum in Moscow"), ("text", SECOND),
            ("quote", {"text": QUOTE, "attribution": "the Security Council"})]
    article = make_article(body=body)
    run("translate", "--lang", "es", "-q")
    approve(site, SECOND, QUOTE)
    run("apply", "--lang", "es")
    page, _ = spanish(article)
    edit_in_admin(page, editor(), lambda d: set_block(d, "text", MINE))

    source = article.get_latest_revision_as_object()
    raw = [dict(block) for block in source.body.raw_data]
    position = next(i for i, block in enumerate(raw) if block["type"] == "text")
    if replaced:
        raw[position] = {"type": "text", "value": OTHER}  # a new block: Wagtail gives it an id
    else:
        del raw[position]
    source.body = raw
    source.save_revision().publish()
    _, translate_err = run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")

    # The page loses the block with its English, and the rest of the field is written.
    texts = body_texts(latest(page))
    assert MINE not in texts and (OTHER in texts) == replaced
    assert entry(site, QUOTE).msgstr in texts
    assert "added blocks" not in translate_err + err
    kept = obsolete(site, SECOND)
    assert kept.msgstr == MINE
    assert "English paragraph was removed" in " ".join(kept.tcomment.split())
    assert len([ln for ln in (translate_err + err).splitlines() if MINE[:20] in ln]) == 1, err

    # Later runs neither lose it nor say it again, nor see an edit in the admin.
    run("translate", "--lang", "es", "-q")
    out, err = run("apply", "--lang", "es")
    assert MINE not in err and "kept as edited" not in err and "took an edit" not in out
    assert obsolete(site, SECOND).msgstr == MINE


# -- a block whose paragraphs the admin changed, deleted from the English page ---------

ADDED = "Tres, añadido por la redacción."


def delete_block(article: Any, kind: str) -> None:
    """The author deletes the English page's block of type ``kind`` and publishes it."""
    source = article.get_latest_revision_as_object()
    source.body = [dict(block) for block in source.body.raw_data if block["type"] != kind]
    source.save_revision().publish()


@pytest.mark.parametrize("change", ["paragraph added", "paragraphs merged", "paragraph removed"])
def test_a_block_whose_paragraphs_the_admin_changed_goes_with_its_english_block(
        site: Site, change: str) -> None:
    """The admin changes how many paragraphs a rich text block has; then the author
    deletes that block from the English page.  Nobody added a block: the field is written
    again (the quote's new review reaches the page), the block goes, and what the admin
    typed in it is on file in the catalogue, named once."""
    article, page = translated_article(site, FIRST, SECOND)
    first, second = entry(site, FIRST).msgstr, entry(site, SECOND).msgstr
    typed = {"paragraph added": [ADDED], "paragraphs merged": [MINE],
             "paragraph removed": []}[change]
    counts = {"paragraph added": "(3 now, apply wrote 2)",
              "paragraphs merged": "(1 now, apply wrote 2)"}.get(change)
    shown = {"paragraph added": [first, second, ADDED], "paragraphs merged": [MINE],
             "paragraph removed": [first]}[change]
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", "".join(f"<p>{text}</p>" for text in shown)))
    delete_block(article, "paragraph")
    quote = approve(site, edits={QUOTE: "Ningún país puede hacerles frente en solitario."})
    _, translate_err = run("translate", "--lang", "es", "-q")
    _out, err = run("apply", "--lang", "es")

    draft = latest(page)
    assert "paragraph" not in [block.block_type for block in draft.body]
    assert quote[QUOTE] in body_texts(draft)
    assert "added blocks" not in translate_err + err
    for text in typed:
        # (as the translation, or beside the translation the entry had, when the run filed
        # it before it retired the entry)
        kept = next(e for e in polib.pofile(str(site.po())) if e.obsolete and (
            text in e.msgstr or text in " ".join(e.tcomment.split())))
        note = " ".join(kept.tcomment.split())
        assert f"page {page.pk}" in note and f"{counts}" in note
        lines = [ln for ln in (translate_err + err).splitlines() if text[:20] in ln]
        assert len(lines) == 1, translate_err + err
        assert f"page {page.pk}" in lines[0] and str(site.po()) in lines[0]
    if not typed:       # only what apply wrote was left: nothing to keep, nothing to say
        assert "kept in the catalogue" not in translate_err + err

    # Later runs neither lose it nor say it again, nor see an edit in the admin.
    run("translate", "--lang", "es", "-q")
    out, err = run("apply", "--lang", "es")
    assert "kept" not in err and "took an edit" not in out
    for text in typed:
        assert any(e.obsolete and (text in e.msgstr or text in " ".join(e.tcomment.split()))
                   for e in polib.pofile(str(site.po())))


def kept_field_notes(err: str) -> list[str]:
    return [line for line in err.splitlines() if ", body: " in line and "whole field" in line]


def without_first_revision(page: Any) -> None:
    """A translated page whose first revision (the copy of the source it began as) is
    pruned: nothing says what it held before ``apply`` wrote it."""
    page.revisions.order_by("created_at", "pk").first().delete()


def test_a_block_with_no_record_whose_first_revision_was_the_english_goes_with_it(
        site: Site) -> None:
    """No record of what apply wrote, but the page's first revision is the copy of the
    English page it began as: a block the author deleted goes from the translation too;
    the catalogue's own text in it is on file already (nothing said), and a text an editor
    typed in another block the author deleted is kept in the catalogue."""
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    article, page = translated_article(site, FIRST, SECOND, QUOTE, "the Security Council")
    typed = "Nadie puede solo, dijo el portavoz."
    edit_in_admin(page, editor(), lambda d: set_block(d, "heading", typed))
    WrittenPiece.objects.all().delete()
    delete_block(article, "quote")
    delete_block(article, "heading")
    run("translate", "--lang", "es", "-q")
    _, err = run("apply", "--lang", "es")
    assert kept_field_notes(err) == []
    assert [block.block_type for block in latest(page).body] == ["paragraph"]
    kept = [line for line in err.splitlines() if "kept in the catalogue" in line]
    assert len(kept) == 1 and typed in kept[0], err
    assert any(e.obsolete and e.msgstr == typed for e in polib.pofile(str(site.po())))


def test_a_block_the_author_deleted_with_no_record_is_not_called_the_admins(
        site: Site) -> None:
    """A translation with no record of what apply wrote (made before the site kept
    records) keeps a block whose English block the author deleted: apply cannot tell an
    admin's text in it from its own, so the field stays, and the note says why.  (Its
    first revision, the copy of the English page that apply translated, is gone too: a
    site that prunes its revisions; the next holds apply's translation of the block.)"""
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    article, page = translated_article(site, FIRST, SECOND, QUOTE, "the Security Council")
    WrittenPiece.objects.all().delete()
    without_first_revision(page)
    delete_block(article, "quote")
    run("translate", "--lang", "es", "-q")
    out, err = run("apply", "--lang", "es", "-v")
    # its paragraphs count as kept, not as written in Spanish or English
    line = next(line for line in out.splitlines() if f"page {page.pk} (es)" in line)
    assert ": 0 translated, 4 kept as edited, 2 in the source language" in line, line
    assert kept_field_notes(err) == [
        f"note: es: kept as it is: page {page.pk} \u201c{latest(page).title}\u201d, body: it "
        "holds blocks the author deleted from the source page after apply wrote them here, "
        "and there is no record of what apply wrote in them, so apply cannot tell an "
        "admin's text in them from its own, so apply leaves the whole field as it is and "
        "writes none of its translations into it"]
    assert "added blocks" not in err
    assert "quote" in [block.block_type for block in latest(page).body]


@pytest.mark.parametrize("deleted", ["quote", "paragraph"])
def test_a_revert_to_apply_s_first_draft_brings_no_english_block_back_for_good(
        site: Site, deleted: str) -> None:
    """apply's first draft held the English (nothing was reviewed yet); the paragraphs
    were approved and apply wrote them; the author deleted a block; an editor reverted
    the Spanish page to that first draft and saved it in the page editor.  apply kept the
    whole body as it was, English and the deleted block, "no record of what apply wrote
    in them", while its summary counted every paragraph translated.  The block holds the
    author's own deleted words, which nobody typed: it goes, and the approved Spanish is
    written; so too for rich text the editor's save gave block keys the source's, made by
    code, never had."""
    article, page = translated_article(site)
    first_draft = latest(page).get_latest_revision()
    assert any(FIRST in text for text in body_texts(latest(page)))   # English, unreviewed
    approved = approve(site, FIRST, SECOND, QUOTE, "Forum in Moscow", "the Security Council")
    run("apply", "--lang", "es")
    delete_block(article, deleted)
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    user = editor()
    revert_to(first_draft, user)
    # the page editor's save gives each paragraph of rich text its block key
    edit_in_admin(page, user, lambda d: setattr(d, "body", [
        {**block, "value": block["value"].replace("<p>", '<p data-block-key="k1">')}
        if block["type"] == "paragraph" else dict(block) for block in d.body.raw_data]))
    run("translate", "--lang", "es", "-q")
    _, err = run("apply", "--lang", "es")
    assert kept_field_notes(err) == [], err
    texts = " ".join(body_texts(latest(page)))
    kept = FIRST if deleted == "quote" else QUOTE
    assert approved[kept] in texts and kept not in texts, texts
    assert deleted not in [block.block_type for block in latest(page).body]


def test_a_block_the_history_cannot_place_is_named_both_ways(site: Site) -> None:
    """The English page's revisions were purged: a block the translation has and the
    English page has not may be the admin's or one its author deleted; the note says
    both, and the field stays as it is."""
    from cms_i18n.contrib.wagtail.models import WrittenPiece

    article, page = translated_article(site, FIRST, SECOND)
    WrittenPiece.objects.all().delete()
    article.revisions.all().delete()
    source = type(article).objects.get(pk=article.pk)
    source.body = [dict(block) for block in source.body.raw_data if block["type"] != "quote"]
    source.save()
    run("translate", "--lang", "es", "-q")
    _, err = run("apply", "--lang", "es")
    notes = kept_field_notes(err)
    assert len(notes) == 1 and notes[0].startswith(f"note: es: kept as it is: page {page.pk} ")
    assert "either the admin added them, or the author deleted them from the source page " \
        "after apply wrote them here" in notes[0]
    assert "quote" in [block.block_type for block in latest(page).body]


@pytest.mark.parametrize("catalog", ["none given", "missing file"])
def test_writing_a_page_with_no_catalog_refuses_to_drop_an_admin_paragraph(
        site: Site, catalog: str) -> None:
    """The page writer itself (what ``apply`` and a review save call), given no catalogue
    to put the admin's text on file in: it stops before the page loses that text, whatever
    its caller checked first."""
    from cms_i18n.catalog import translations_for_apply
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.source import WagtailSource
    from cms_i18n.contrib.wagtail.sync import write_page
    from cms_i18n.errors import CatalogError
    from cms_i18n.pipeline import prepare_document

    article, page = translated_article(site, FIRST, SECOND)
    remove_second(article)
    run("translate", "--lang", "es", "-q")
    admin_edits_second(page)        # after the last run: in no catalogue yet
    before = revisions(page)

    settings = site_settings()
    source = WagtailSource(settings)
    article = type(article).objects.get(pk=article.pk)
    spec = source.registry.page_spec(type(article))
    prepared = prepare_document(source.document(article, spec), settings)
    offer = translations_for_apply(site.po(), source_lang="en", lang="es")
    where = None if catalog == "none given" else site.po().with_name("moved.po")
    with pytest.raises(CatalogError) as refused:
        write_page(article, spec, prepared, "es", offer.translations, source.skip,
                   catalog=where)
    assert "1 paragraph(s) an admin edited lose their English source, and there is no " \
        "catalogue to keep them in" in str(refused.value)
    assert MINE in paragraph_texts(latest(page)) and revisions(page) == before


def test_an_admin_text_with_nothing_apply_wrote_under_it_stops_apply_in_one_line(
        site: Site) -> None:
    """The English intro was all page chrome, so apply wrote nothing there; an admin typed
    a Spanish intro, then the author emptied the English one.  Nothing in the catalogue
    can keep the admin's text: apply stops with one line naming the page, the field and
    the catalogue, no traceback, and the page keeps the text."""
    from django.core.management.base import CommandError

    article = make_article(body=BODY, intro="<p>Share on Facebook Twitter</p>")
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    page, _ = spanish(article)
    typed = "Entrada escrita por la redacción."
    edit_in_admin(page, editor(), lambda d: setattr(d, "intro", f"<p>{typed}</p>"))
    source = article.get_latest_revision_as_object()
    source.intro = ""
    source.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    before = revisions(page)

    with pytest.raises(CommandError) as stopped:
        run("apply", "--lang", "es")
    message = str(stopped.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{site.po()}: page {page.pk} ")
    assert ", intro: 1 paragraph(s) typed in the admin stand where the English text was " \
        "removed" in message
    assert typed in latest(page).intro and revisions(page) == before


# -- pages with two StreamFields, their source saved several times ---------------------

STORY = ["The talks opened in Astana on Monday.", "Ministers met again on Tuesday."]
ASIDE = ["Five countries took part.", "The next round is in Tashkent."]


def publish_without(page: Any, field: str, text: str) -> None:
    """The author deletes the block holding ``text`` from ``field`` (none if it holds
    no such block) and publishes the page."""
    source = latest(page)
    setattr(source, field, [dict(block) for block in getattr(source, field).raw_data
                            if block["value"] != text])
    source.save_revision().publish()


def test_two_streamfields_read_the_source_history_once_per_page(site: Site) -> None:
    """Blocks with no record of what apply wrote, whose source blocks their author
    deleted, in one StreamField of a page and in both of another, whose sources were
    saved as many times: each such field is kept as it is and its note says the author
    deleted them, and looking that up reads the source's revisions once for a page: the
    page with two such fields asks the database no more about revisions than the page
    with one."""
    from django.conf import settings
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from cms_i18n.catalog import translations_for_apply
    from cms_i18n.contrib.wagtail.conf import site_settings
    from cms_i18n.contrib.wagtail.models import WrittenPiece
    from cms_i18n.contrib.wagtail.source import WagtailSource
    from cms_i18n.contrib.wagtail.sync import write_page
    from cms_i18n.pipeline import prepare_document
    from tests.contrib.wagtail.project.news.models import FeaturePage

    options = dict(settings.CMS_I18N)
    options["page_models"] = [*options["page_models"], "news.FeaturePage"]
    with override_settings(CMS_I18N=options):
        features = []
        for slug in ("one-field", "two-fields"):
            feature = Page.get_first_root_node().add_child(instance=FeaturePage(
                title=f"Talks in Astana {slug}", slug=slug,
                body=[("text", text) for text in STORY],
                sidebar=[("text", text) for text in ASIDE]))
            for _ in range(4):          # the author saves the page again and again
                feature.save_revision().publish()
            features.append(feature)
        run("translate", "--lang", "es", "-q")
        approve(site, *STORY, *ASIDE)
        run("apply", "--lang", "es")
        WrittenPiece.objects.all().delete()     # written before the site kept records
        one, two = features
        for feature in features:        # ... and the copies they began as pruned
            without_first_revision(spanish(feature)[0])
        publish_without(one, "body", STORY[1])
        publish_without(one, "sidebar", "")     # saved as often as the other
        publish_without(two, "body", STORY[1])
        publish_without(two, "sidebar", ASIDE[1])
        run("translate", "--lang", "es", "-q")

        source = WagtailSource(site_settings())
        offer = translations_for_apply(site.po(), source_lang="en", lang="es")
        asked, notes = [], []
        for feature in features:
            feature = FeaturePage.objects.get(pk=feature.pk)
            spec = source.registry.page_spec(FeaturePage)
            prepared = prepare_document(source.document(feature, spec), site_settings())
            with CaptureQueriesContext(connection) as queries:
                report = write_page(feature, spec, prepared, "es", offer.translations,
                                    source.skip, catalog=site.po())
            asked.append(sum('"wagtailcore_revision"' in query["sql"]
                             for query in queries.captured_queries))
            notes.append([name for name in ("body", "sidebar") if any(
                f", {name}: it holds blocks the author deleted from the source page" in note
                for note in report.notes)])

    assert notes == [["body"], ["body", "sidebar"]]
    for feature in features:
        page, _ = spanish(feature)
        assert len(latest(page).body.raw_data) == len(latest(page).sidebar.raw_data) == 2
    assert asked[1] == asked[0], asked


def test_an_admin_edit_of_two_lines_saved_with_crlf_is_no_change_at_the_next_apply(
        site: Site) -> None:
    """The page editor's text area sends a line break as CRLF; the catalogue writes LF. The
    editor's text is taken as written, and the next ``apply`` finds nothing to change (it
    made a new draft revision after every such save)."""
    _, page = translated_article(site, QUOTE, "Forum in Moscow")
    user = editor()
    revision = edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": "Ningún país puede\r\nhacerlo solo.",
                     "attribution": "el Consejo de Seguridad"}))
    run("translate", "--lang", "es", "-q")
    assert entry(site, QUOTE).msgstr == "Ningún país puede\nhacerlo solo."
    out, _ = run("apply", "--lang", "es", "--verbose")
    assert "unchanged, no new revision" in out
    page.refresh_from_db()
    assert page.get_latest_revision().pk == revision.pk


def test_a_stale_form_that_saves_the_source_text_does_not_replace_an_approved_translation(
        site: Site) -> None:
    """An editor opened the page while a paragraph still showed its English, another
    approved that paragraph's translation, then the first saved the stale form: the page
    shows the English again. Nobody typed it: the approved translation stays, the run
    says so, and the next apply writes it back."""
    _, page = translated_article(site, QUOTE, "Forum in Moscow")
    approved = entry(site, QUOTE).msgstr
    attribution = next(b.value["attribution"] for b in latest(page).body
                       if b.block_type == "quote")
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": QUOTE, "attribution": attribution}))
    out, err = run("translate", "--lang", "es")
    out += err
    quote = entry(site, QUOTE)
    assert quote.msgstr == approved and "fuzzy" not in quote.flags
    assert "took an edit from the admin" not in out
    line = next(ln for ln in out.splitlines() if "shows the English source text" in ln)
    # what happened: the page's English was not taken in (the line opened "kept on the
    # page, not in the catalogue", the opposite)
    assert line.startswith("es: not taken into the catalogue: ")
    run("apply", "--lang", "es")
    assert approved in body_texts(latest(page))


def test_a_stale_form_that_saves_source_text_typed_with_straight_quotes_is_no_translation(
        site: Site) -> None:
    """The same stale save, where the author typed the paragraph's quotes straight: the
    catalogue's source has them curled, the page as typed. It is still the source text,
    nobody's translation: the approved text stays (it became the stale editor's
    "translation", the English, and left the page)."""
    said = 'The Security Council "expects that the Taliban will adhere to these commitments."'
    article = make_article(body=[("heading", "Forum in Moscow"),
                                 ("quote", {"text": said, "attribution": "the resolution"})])
    run("translate", "--lang", "es", "-q")
    approved = approve(site, "Forum in Moscow", edits={
        "The Security Council": "El Consejo de Seguridad «espera que los talibanes cumplan "
                                "estos compromisos»."})["The Security Council"]
    run("apply", "--lang", "es")
    page, _ = spanish(article)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": said, "attribution": "the resolution"}))
    out, err = run("translate", "--lang", "es")
    quote = entry(site, "The Security Council")
    assert quote.msgstr == approved and "fuzzy" not in quote.flags, quote
    assert "shows the English source text" in out + err
    run("apply", "--lang", "es")
    assert approved in body_texts(latest(page))


def test_the_page_editor_s_sign_counts_source_text_typed_with_straight_quotes(
        site: Site) -> None:
    """The sign in a translated page's editor counts a segment still in English as such,
    however the author typed its quotes and wherever apply pointed its links at the
    translated pages (it counted each as an editor's)."""
    from cms_i18n.contrib.wagtail.editor import segment_states

    said = 'The Security Council "expects that the Taliban will adhere to these commitments."'
    article = make_article(body=[("heading", "Forum in Moscow"),
                                 ("quote", {"text": said, "attribution": "the resolution"})])
    run("translate", "--lang", "es", "-q")
    approve(site, "Forum in Moscow")
    run("apply", "--lang", "es")
    page, _ = spanish(article)
    states = segment_states(page, article, "es")
    # the title, the description, the intro (its link pointed at the Spanish page), the
    # quote and its attribution; the heading is reviewed
    assert states is not None and states.edited == 0, states
    assert states.source_language == 5 and states.reviewed == 1, states


def test_an_edit_made_while_the_english_page_was_unpublished_is_taken_once_it_is_back(
        site: Site) -> None:
    """The English page unpublished, its entries retire; a translator edits the Spanish
    page meanwhile.  Published again unchanged, the paragraph is there: the edit is the
    entry's reviewed translation, never "its English paragraph was removed", an obsolete
    copy and a draft with that note."""
    article, page = translated_article(site, QUOTE, "Forum in Moscow")
    article.unpublish()
    run("translate", "--lang", "es", "-q")
    user = editor()
    corrected = "Ningún país puede hacerles frente en solitario."
    edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": corrected, "attribution": "el Consejo de Seguridad"})).publish()
    run("translate", "--lang", "es", "-q")
    article.refresh_from_db()
    article.get_latest_revision().publish()

    out, err = run("translate", "--lang", "es", "-q")
    assert "was removed" not in out + err, out + err
    out, err = run("apply", "--lang", "es")
    assert "was removed" not in out + err, out + err
    quote = entry(site, QUOTE)
    assert quote.msgstr == corrected and "fuzzy" not in quote.flags, quote
    assert not any(note.startswith("source paragraph removed")
                   for note in quote.tcomment.splitlines())
    assert corrected in body_texts(latest(page))


def test_a_published_translation_of_an_unpublished_or_deleted_page_is_named(
        site: Site) -> None:
    """The English story taken down, its Spanish page stayed up and no command said so."""
    article, page = translated_article(site, QUOTE, "Forum in Moscow")
    latest(page).save_revision().publish()
    article.unpublish()
    _, err = run("translate", "--lang", "es", "-q")
    assert f"es: still published: page {page.pk} " in err, err
    assert f"an English page that is unpublished (page {article.pk})" in err, err
    article.delete()
    _, err = run("apply", "--lang", "es")
    assert f"es: still published: page {page.pk} " in err and "that is deleted" in err, err
    page.refresh_from_db()
    assert page.live        # an editor decides: nothing is unpublished for them


def test_a_spanish_home_page_that_is_not_live_is_named(site: Site) -> None:
    """The Spanish home page left a draft (Wagtail's Translate makes one, an Unpublish
    leaves one): every Spanish address served the English site, the published
    translations under it included, and no command said so."""
    from django.core import checks
    from django.test import Client
    from wagtail.models import Locale
    from wagtail.models import Site as WagtailSite

    article, page = translated_article(site, QUOTE, "Forum in Moscow")
    latest(page).save_revision().publish()
    WagtailSite.objects.all().delete()          # the section is the site's home page
    WagtailSite.objects.create(hostname="testserver", root_page=article.get_parent(),
                               is_default_site=True)
    WagtailSite.clear_site_root_paths_cache()
    page.refresh_from_db()
    client, spanish_quote = Client(), entry(site, QUOTE).msgstr
    assert spanish_quote in client.get(page.url).content.decode()
    home = article.get_parent().get_translation(Locale.objects.get(language_code="es"))
    home.unpublish()
    shown = client.get(page.url).content.decode()       # what readers see now
    assert QUOTE in shown and spanish_quote not in shown, shown

    for command in (("translate", "--lang", "es", "-q"), ("apply", "--lang", "es")):
        _, err = run(*command)
        assert f"es: the home page {home.pk} " in err and "is not live" in err, err
    found = [m for m in checks.run_checks(databases=["default"]) if m.id == "cms_i18n.W006"]
    assert len(found) == 1 and f"home page {home.pk} " in found[0].msg, found
    home.refresh_from_db()
    assert not home.live        # an editor decides
    home.specific.save_revision().publish()
    _, err = run("apply", "--lang", "es")
    assert "is not live" not in err, err
    assert spanish_quote in client.get(page.url).content.decode()


def test_a_story_written_in_spanish_is_not_called_a_translation_of_a_deleted_page(
        site: Site) -> None:
    """A Spanish editor wrote a story straight in the Spanish section (no English page
    ever), and made a copy of it with Wagtail's Copy: every run said each "translates an
    English page that is deleted; unpublish it", advice that takes an original down."""
    from tests.contrib.wagtail.project.news.models import ArticlePage

    _, page = translated_article(site, QUOTE)
    own = page.get_parent().add_child(instance=ArticlePage(
        title="Crónica local: feria del libro", slug="feria-libro", locale=page.locale,
        body=[("paragraph", "<p>La feria del libro abrió el sábado en la plaza.</p>")]))
    own.save_revision().publish()
    copied = own.copy(update_attrs={"title": "Feria del libro (copia)", "slug": "feria-2"})
    copied.save_revision().publish()
    # and a Copy of the Spanish translation, an editor's text typed in it
    of_translation = page.copy(update_attrs={"title": "Foro (copia)", "slug": "foro-copia"})
    edit_in_admin(of_translation, editor(), lambda d: set_block(
        d, "paragraph", "<p>Texto de la copia, escrito a mano.</p>"), publish=False)
    of_translation.save_revision().publish()
    for command in (("translate", "--lang", "es", "-q"), ("apply", "--lang", "es")):
        out, err = run(*command)
        assert "still published" not in out + err, out + err
        assert f"page {own.pk} " not in out + err and f"page {copied.pk} " not in out + err
        assert f"page {of_translation.pk} " not in out + err, out + err
    assert "Texto de la copia" not in site.po().read_text(encoding="utf-8")


def test_a_text_typed_in_a_translation_whose_english_page_is_then_deleted_is_kept(
        site: Site) -> None:
    """María typed a paragraph in the Spanish page, no run took it in, and the author
    deleted the English page: the text was on a page nothing points to, in no file."""
    article, page = translated_article(site, QUOTE, "Forum in Moscow")
    user = editor()
    typed = "Ningún país puede afrontarlos en solitario, dijo el Consejo."
    edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))
    article.delete()
    out, err = run("translate", "--lang", "es", "-q")
    assert f"kept in the catalogue: page {page.pk} " in out + err, out + err
    assert "whose English page is deleted" in out + err, out + err
    kept = next(e for e in polib.pofile(str(site.po())) if e.msgid == QUOTE)
    # the entry was live when the edit was filed: its approved text stays, the typed one
    # in a note beside it, both obsolete now, where nothing publishes them
    assert kept.obsolete and typed in kept.tcomment and "María López" in kept.tcomment, \
        kept.tcomment
    # filed once: the next run finds nothing new
    out, err = run("translate", "--lang", "es", "-q")
    assert "kept in the catalogue" not in out + err, out + err


def test_a_block_with_an_added_paragraph_in_an_orphan_is_filed_once(site: Site) -> None:
    """María added a paragraph to the Spanish page's block; the author deleted the English
    page; a run filed the block's text beside its first paragraph.  The next reading (a
    run, or the Spanish page's deletion) filed it again: the obsolete entry's approved
    text became a note and the entry a fuzzy draft of the whole block."""
    article, page = translated_article(site, FIRST, SECOND)
    approved = entry(site, FIRST).msgstr
    added = "Nota de la redacción: la cumbre sigue mañana."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"{paragraph(d)}<p>{added}</p>"))
    article.delete()
    out, err = run("translate", "--lang", "es", "-q")
    assert "whose English page is deleted" in out + err, out + err
    out, err = run("translate", "--lang", "es", "-q")
    assert "kept in the catalogue" not in out + err, out + err
    first = next(e for e in polib.pofile(str(site.po())) if e.msgid == FIRST)
    assert first.msgstr == approved and "fuzzy" not in first.flags, first
    assert added in first.tcomment


def test_a_preview_of_unreviewed_drafts_is_taken_away_by_the_next_apply(site: Site) -> None:
    """``apply --include-fuzzy`` wrote the machine's drafts into the Spanish draft revision
    for a look; the next ``apply`` kept them for good ("what apply wrote before stays"),
    and whoever published next published unreviewed text."""
    _, page = translated_article(site, "Forum in Moscow")
    run("apply", "--lang", "es", "--include-fuzzy")
    previewed = body_texts(latest(page))
    assert QUOTE not in previewed and FIRST not in " ".join(previewed)   # machine Spanish
    run("apply", "--lang", "es")
    texts = body_texts(latest(page))
    assert QUOTE in texts and FIRST in " ".join(texts), texts
    reviewed = entry(site, "Forum in Moscow")
    assert reviewed.msgstr in texts               # the reviewed heading stays translated


def _approve_in_catalog(site: Site, msgid: str, text: str) -> None:
    """An editor's approved translation of ``msgid``, typed in a PO editor."""
    catalog = polib.pofile(str(site.po()))
    found = next(e for e in catalog if e.msgid == msgid and not e.obsolete)
    found.msgstr, found.flags = text, []
    catalog.save()

def test_a_preview_revision_restored_is_no_review_and_replaces_no_approved_text(
        site: Site) -> None:
    """A translator restored the preview's revision (machine drafts throughout) and saved
    it: the machine's texts became reviewed "by" them, and a translation approved since
    the preview gave way to the machine's."""
    _, page = translated_article(site, "Forum in Moscow")
    run("apply", "--lang", "es", "--include-fuzzy")
    preview = latest(page).get_latest_revision()
    first_draft = entry(site, FIRST).msgstr                     # the machine's, unreviewed
    run("apply", "--lang", "es")
    approved = "Ningún país puede hacerles frente en solitario."
    _approve_in_catalog(site, QUOTE, approved)
    run("apply", "--lang", "es")
    # "Revert to this revision" in the page's history
    preview.as_object().save_revision(user=editor(), previous_revision=preview,
                                      log_action="wagtail.revert")
    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit from the admin" not in out, out
    assert "the revision restored shows the machine's translation" in out + err, out + err
    first = entry(site, FIRST)
    assert first.msgstr == first_draft and "fuzzy" in first.flags, first
    quote = entry(site, QUOTE)
    assert quote.msgstr == approved and "fuzzy" not in quote.flags, quote
    run("apply", "--lang", "es")
    texts = body_texts(latest(page))
    assert approved in texts and FIRST in " ".join(texts), texts


def revert_to(revision: Any, user: Any) -> None:
    """What the page's history does on "Revert to this revision", then "Replace current
    draft"."""
    revision.as_object().save_revision(user=user, previous_revision=revision,
                                       log_action="wagtail.revert")


@pytest.mark.parametrize("saved_after", [False, True])
def test_a_revert_to_an_editor_s_earlier_text_makes_it_the_approved_one_again(
        site: Site, saved_after: bool) -> None:
    """María typed a quote in the Spanish page, apply ran; she typed another over it and
    a run took it in; then she reverted the page to the revision with her first text
    ("Replace current draft"), and saved the page again or not.  The run called it a
    conflict, the entry became a draft holding her second text with the first in a note,
    and an Approve on the review screen put the second back on the page: her revert
    undone."""
    _, page = translated_article(site)
    user = editor()
    first = "Ningún país puede hacerles frente solo."
    second = "Ningún país puede afrontarlos en solitario."
    edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": first, "attribution": "el Consejo de Seguridad"}))
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    with_first = latest(page).get_latest_revision()
    edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": second, "attribution": "el Consejo de Seguridad"}))
    run("translate", "--lang", "es", "-q")
    assert entry(site, QUOTE).msgstr == second
    revert_to(with_first, user)
    if saved_after:         # another paragraph typed, saved
        edit_in_admin(page, user, lambda d: set_block(d, "heading", "Foro en Moscú"))
    out, err = run("translate", "--lang", "es", "-q")
    assert "conflict" not in out + err, out + err
    quote = entry(site, QUOTE)
    assert quote.msgstr == first and "fuzzy" not in quote.flags, quote
    assert second in quote.tcomment, quote.tcomment      # kept, quoted
    run("apply", "--lang", "es")
    assert first in body_texts(latest(page))


# A quote whose figure the author corrects, and its translations of each figure.
TWELVE = "Twelve countries cannot deal with them alone."
FIFTEEN = "Fifteen countries cannot deal with them alone."
DOCE = "Doce países no pueden hacerles frente solos."
QUINCE = "Quince países no pueden hacerles frente solos."


def author_writes_quote(article: Any, quote: str) -> None:
    """The author writes ``quote`` into the English page's quote block and publishes."""
    edit_in_admin(article, None, lambda d: set_block(
        d, "quote", {"text": quote, "attribution": "the Security Council"}), publish=True)


def test_the_text_of_another_paragraph_typed_over_one_is_no_earlier_wording(
        site: Site) -> None:
    """The quote's approved translation, typed by an editor over the heading's too: a text
    the memory saw for another paragraph of the page, no earlier wording of this one, so
    it is taken as the edit it is (it was a conflict "for the paragraph's earlier wording
    'No country can deal with them alone.'")."""
    quote = "Nadie puede hacerles frente en solitario."
    _, page = translated_article(site)
    approve(site, "Forum in Moscow", edits={QUOTE: quote})
    run("translate", "--lang", "es", "-q")             # the memory sees the approval
    run("apply", "--lang", "es")
    edit_in_admin(page, editor(), lambda d: set_block(d, "heading", quote))
    out, err = run("translate", "--lang", "es", "-q")
    assert "earlier wording" not in out + err, out + err
    heading = entry(site, "Forum in Moscow")
    assert heading.msgstr == quote and "fuzzy" not in heading.flags, heading


MARIAS_SECOND = "Asistieron al foro delegaciones de diez países."


def approved_then_reworded(site: Site, article: Any, reworded: str) -> None:
    """María's translation of the second paragraph is approved and applied; then the
    author rewrites that paragraph as ``reworded`` and publishes, and translate runs."""
    approve(site, edits={SECOND: MARIAS_SECOND})
    run("apply", "--lang", "es")
    publish_paragraphs(article, FIRST, reworded)
    run("translate", "--lang", "es", "-q")


@pytest.mark.parametrize("purged", [False, True], ids=["obsolete kept", "obsolete purged"])
def test_a_revert_to_apply_s_english_draft_after_a_reworded_paragraph_was_approved(
        site: Site, purged: bool) -> None:
    """María's translation was approved and on the page; the author reworded the paragraph
    (no figure), and the new wording's entry, which carried her text, was approved and a
    run dropped its ``#| msgid``; then an editor reverted the Spanish page to its first
    revision, apply's draft in English.  The earlier English wording was taken as an edit,
    approved in place of María's text, and published.  It is the source's earlier wording,
    which the catalogue keeps (or, its obsolete entries purged, the memory's record of what
    the run wrote): nobody typed it, and apply writes María's text back."""
    article, page = translated_article(site)
    first_revision = page.revisions.order_by("created_at", "id").first()
    assert SECOND in paragraph_texts(first_revision.as_object())      # apply's English
    typed = MARIAS_SECOND
    reworded = "Delegations from ten countries took part in the forum."
    approved_then_reworded(site, article, reworded)
    approve(site, reworded)
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    assert entry(site, reworded).previous_msgid is None
    assert paragraph_texts(latest(page))[1] == typed
    if purged:
        subprocess.run(["msgattrib", "--no-obsolete", "-o", str(site.po()), str(site.po())],
                       check=True)

    revert_to(first_revision, editor())
    out, err = run("translate", "--lang", "es")
    assert "not taken into the catalogue" in out + err, out + err
    new = entry(site, reworded)
    assert new.msgstr == typed and "fuzzy" not in new.flags, new
    run("apply", "--lang", "es")
    assert paragraph_texts(latest(page))[1] == typed


@pytest.mark.parametrize("applied_first", [True, False])
def test_a_revert_brings_back_no_approval_for_a_corrected_figure(
        site: Site, applied_first: bool) -> None:
    """María translated the quote (on the page apply wrote, or on the earlier one before
    apply ran); the author then corrected a figure in it, and Luis typed the new
    translation.  María reverted the page to her revision to restore another paragraph:
    her translation of the old figure became the approved one of the new text, Luis's
    went into a note.  Now a conflict: Luis's stays the entry's text, María's quoted
    beside it with the wording it translates."""
    article, page = translated_article(site)
    user = editor()
    old_quote, new_quote, old_text, new_text = TWELVE, FIFTEEN, DOCE, QUINCE

    def author_writes(quote: str) -> None:
        author_writes_quote(article, quote)

    author_writes(old_quote)
    run("translate", "--lang", "es", "-q")
    if applied_first:
        run("apply", "--lang", "es")
    edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": old_text, "attribution": "el Consejo de Seguridad"}))
    run("translate", "--lang", "es", "-q")
    assert old_text in entry(site, old_quote).msgstr + entry(site, old_quote).tcomment
    run("apply", "--lang", "es")
    with_old = latest(page).get_latest_revision()
    author_writes(new_quote)
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    edit_in_admin(page, user, lambda d: set_block(
        d, "quote", {"text": new_text, "attribution": "el Consejo de Seguridad"}))
    run("translate", "--lang", "es", "-q")
    assert entry(site, new_quote).msgstr == new_text
    revert_to(with_old, user)
    out, err = run("translate", "--lang", "es", "-q")
    quote = entry(site, new_quote)
    assert quote.msgstr == new_text, out + err         # to approve again, or to replace
    last_note = quote.tcomment.splitlines()[-1]
    assert old_text in last_note and "earlier wording" in last_note, quote.tcomment
    assert old_quote in last_note or not applied_first, last_note
    assert "conflict" in out + err, out + err


def test_an_edit_made_before_translate_saw_the_author_s_change_is_no_review_of_the_old(
        site: Site) -> None:
    """María's translation of the quote was approved and on the page; the author corrected
    a figure; before any translate ran, Luis typed the new figure's translation in the
    page.  The run approved his text as the translation of the old wording (the entry,
    obsolete since, kept it), and when the author put the old figure back, apply wrote
    his new figure over María's text.  Now the edit waits for the run that knows the new
    wording, and is filed beside its entry."""
    article, page = translated_article(site)
    old_quote, new_quote, maria, luis = TWELVE, FIFTEEN, DOCE, QUINCE

    def author_writes(quote: str) -> None:
        author_writes_quote(article, quote)

    author_writes(old_quote)
    run("translate", "--lang", "es", "-q")
    approve(site, edits={old_quote: maria})
    run("apply", "--lang", "es")
    assert maria in body_texts(latest(page))
    author_writes(new_quote)
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": luis, "attribution": "el Consejo de Seguridad"}))
    out, err = run("translate", "--lang", "es")
    assert "not in the catalogue yet" in out + err, out + err
    old = next(e for e in polib.pofile(str(site.po())) if e.msgid == old_quote)
    assert old.msgstr == maria, old                   # María's, for the old wording
    run("translate", "--lang", "es", "-q")            # the next run files Luis's text
    new = entry(site, new_quote)
    assert luis in new.msgstr + new.tcomment, new
    author_writes(old_quote)                          # the old figure back
    run("translate", "--lang", "es", "-q")
    back = entry(site, old_quote)
    assert back.msgstr == maria and "fuzzy" not in back.flags, back
    run("apply", "--lang", "es")
    assert maria in body_texts(latest(page))
    filed = next(e for e in polib.pofile(str(site.po())) if e.msgid == new_quote)
    assert luis in filed.msgstr + filed.tcomment, filed      # still on file


@pytest.mark.parametrize("typed", [QUINCE, DOCE.replace("solos", "solas")],
                         ids=["new figure", "old figure mended"])
def test_an_edit_made_after_translate_saw_the_author_s_change_is_the_new_wording_s_draft(
        site: Site, typed: str) -> None:
    """María's translation of the quote was approved and on the page; the author corrected
    a figure and ``translate`` made the new wording's entry (María's text carried over as
    its draft); then Luis typed in the page.  His text was filed as a conflict "of the
    earlier source text", the entry kept the old figure's draft, and approving what the
    review screen showed approved the old figure.  Now his text is the new wording's draft,
    to review (it may mend the old figure's text as well as give the new one): the page
    keeps it, and once approved it is what apply publishes."""
    article, page = translated_article(site)
    author_writes_quote(article, TWELVE)
    run("translate", "--lang", "es", "-q")
    approve(site, edits={TWELVE: DOCE})
    run("apply", "--lang", "es")
    author_writes_quote(article, FIFTEEN)
    run("translate", "--lang", "es", "-q")
    assert entry(site, FIFTEEN).msgstr == DOCE              # carried, a draft
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))

    out, err = run("translate", "--lang", "es")
    new = entry(site, FIFTEEN)
    assert new.msgstr == typed and "fuzzy" in new.flags, new
    assert new.previous_msgid is None, new          # no longer the carried translation
    assert "typed after the English changed" in new.tcomment, new.tcomment
    assert "conflict" not in out + err, out + err
    old = next(e for e in polib.pofile(str(site.po())) if e.msgid == TWELVE)
    assert old.msgstr == DOCE                         # María's, for the old wording
    run("apply", "--lang", "es")
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    assert typed in body_texts(latest(page))          # kept until reviewed
    approve(site, FIFTEEN)
    run("apply", "--lang", "es")
    assert typed in body_texts(latest(page))
    assert entry(site, FIFTEEN).msgstr == typed


@pytest.mark.parametrize(("typed_draft", "saves_between"), [
    (False, 0), (True, 0), (False, 25)])
def test_a_stale_form_from_a_preview_approves_no_machine_text(
        site: Site, typed_draft: bool, saves_between: int) -> None:
    """A translator opened the Spanish page while a preview showed the machine's drafts;
    meanwhile an editor approved her own quote and apply wrote it; the translator saved
    the form without typing.  The run took every machine draft the form put back as the
    translator's edit, approved, and the editor's approved quote went into a note.  So
    too for an editor's draft the preview showed, and after many saves between (a
    reviewer's, one a segment)."""
    _, page = translated_article(site, "Forum in Moscow")
    if typed_draft:
        catalog = polib.pofile(str(site.po()))
        first = next(e for e in catalog if e.msgid == FIRST and not e.obsolete)
        first.msgstr = "La OCS se reunió en Moscú el martes (borrador de María)."
        catalog.save()
    run("apply", "--lang", "es", "--include-fuzzy")
    stale = latest(page)                                  # the tab opened on the preview
    first_draft = entry(site, FIRST).msgstr               # unreviewed
    approved = "Ningún país puede hacerles frente en solitario."
    _approve_in_catalog(site, QUOTE, approved)
    run("apply", "--lang", "es")
    assert approved in body_texts(latest(page))
    translator = editor()
    for _ in range(saves_between):
        latest(page).save_revision(user=translator)
    stale.save_revision(user=translator)                  # saved as it was opened
    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit from the admin" not in out, out
    assert "a save from a form opened while a preview showed it put back" in out + err
    assert ("the draft of" if typed_draft else "the machine's translation of") in out + err
    quote = entry(site, QUOTE)
    assert quote.msgstr == approved and "fuzzy" not in quote.flags, quote
    first = entry(site, FIRST)
    assert first.msgstr == first_draft and "fuzzy" in first.flags, first
    run("apply", "--lang", "es")
    assert approved in body_texts(latest(page))


def test_a_rejected_translation_the_page_keeps_stays_after_a_preview(site: Site) -> None:
    """Approval withdrawn, the page keeps its text until another is approved; a preview and
    the apply after it put the English there instead."""
    _, page = translated_article(site, QUOTE, "Forum in Moscow")
    kept = entry(site, QUOTE).msgstr
    catalog = polib.pofile(str(site.po()))
    next(e for e in catalog if e.msgid == QUOTE).flags.append("fuzzy")
    catalog.save()
    run("apply", "--lang", "es", "--include-fuzzy")
    run("apply", "--lang", "es")
    assert kept in body_texts(latest(page))


def test_a_stale_form_putting_back_the_earlier_text_s_translation_is_no_review(
        site: Site) -> None:
    """A translator's page-editor form, opened before the author changed "Tuesday" to
    "Wednesday", saved after: the page shows the translation of the earlier text again,
    which was taken as her reviewed translation of the new one (a wrong day, approved)."""
    article, page = translated_article(site, FIRST, SECOND, "Forum in Moscow")
    stale = latest(page)                                  # the form, opened now
    source = latest(article)
    set_block(source, "paragraph",
              f"<p>{FIRST.replace('Tuesday', 'Wednesday')}</p><p>{SECOND}</p>")
    source.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    stale.title = stale.title                             # she saves the form as it was
    stale.save_revision(user=editor())
    out, err = run("translate", "--lang", "es", "-q")
    assert "took an edit" not in out, out
    assert "the translation of the earlier text" in err, err
    changed = entry(site, FIRST.replace("Tuesday", "Wednesday"))
    assert "fuzzy" in changed.flags, changed
    run("apply", "--lang", "es")
    assert FIRST.replace("Tuesday", "Wednesday") in " ".join(body_texts(latest(page)))


@pytest.mark.parametrize("order", ["translator only", "author first"])
def test_a_list_the_page_editor_rewrote_in_wagtail_s_newer_format_is_no_admin_edit(
        site: Site, order: str) -> None:
    """The English page stores its list as plain values (pages built by code, older data);
    saving the Spanish page in the editor rewrote it with ids: the whole body was then
    kept "as edited in the admin", and no review reached the page again."""
    article = make_article(body=BODY)
    source = latest(article)
    raw = [dict(block) for block in source.body.raw_data]
    raw.append({"type": "facts", "value": ["Venue: Ashgabat", "Documents signed: 8"],
                "id": "0b7a6f0e-0000-4000-8000-000000000001"})
    source.body = raw
    source.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    page, _ = spanish(article)

    def newer_format(draft: Any) -> None:
        rows = [dict(block) for block in draft.body.raw_data]
        for block in rows:
            if block["type"] == "facts":
                block["value"] = [{"type": "item", "value": item, "id": f"minted-{id(draft)}-{n}"}
                                  for n, item in enumerate(
                                      value["value"] if isinstance(value, dict) else value
                                      for value in block["value"])]
        draft.body = rows

    if order == "author first":
        # the author saves the English page in the editor first: its list gets ids too
        english = latest(article)
        newer_format(english)
        english.save_revision().publish()
    edit_in_admin(page, editor(), newer_format)            # "Save draft", nothing changed
    out, err = run("translate", "--lang", "es", "-q")
    if order == "translator only":
        assert "kept as edited in the admin" not in out + err, out + err
    approve(site, "Forum in Moscow", "Venue: Ashgabat")
    out, err = run("apply", "--lang", "es")
    assert "added blocks" not in out + err, out + err
    texts = body_texts(latest(page))
    assert entry(site, "Venue: Ashgabat").msgstr in " ".join(texts), texts
    assert entry(site, "Forum in Moscow").msgstr in texts, texts



def test_the_machine_s_text_typed_in_the_page_editor_is_a_translator_s(site: Site) -> None:
    """A translator typed in the page editor what the engine also wrote ("Adopción: 31 de
    mayo"): that is her translation, taken, though it equals the machine's draft."""
    _, page = translated_article(site, "Forum in Moscow")
    machine = entry(site, QUOTE).msgstr
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": machine, "attribution": "el Consejo de Seguridad"}))
    out, err = run("translate", "--lang", "es", "-q")
    assert f"the translation of {QUOTE!r}" in out, out + err
    quote = entry(site, QUOTE)
    assert quote.msgstr == machine and "fuzzy" not in quote.flags, quote



def test_a_text_a_revert_took_off_the_page_names_the_revert_and_who_made_it(
        site: Site) -> None:
    """María typed the quote's translation and saved; Ana reverted the page to the
    revision before it.  A choice, not a stale form: the run said "a later save … (a
    form opened before it?)" and named nobody but María."""
    from django.contrib.auth import get_user_model

    _, page = translated_article(site, "Forum in Moscow")
    before = page.get_latest_revision()
    typed = "Ningún país puede hacerles frente en solitario."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))
    ana = get_user_model().objects.create_user("ana", first_name="Ana", last_name="Ruiz",
                                               password="x")
    revert_to(before, ana)
    out, err = run("translate", "--lang", "es", "-q")
    said = out + err
    assert "a revert of the page to an earlier revision, by Ana Ruiz" in said, said
    assert "a form opened before it?" not in said, said
    quote = entry(site, QUOTE)
    assert typed in quote.tcomment and "María López" in quote.tcomment, quote

def test_a_text_a_stale_tab_took_off_the_page_before_any_run_is_kept(site: Site) -> None:
    """María typed the quote's translation and saved; the author's tab, opened before,
    saved after it with the quote as apply wrote it: her text was in no catalogue entry,
    only in Wagtail's history."""
    _, page = translated_article(site, "Forum in Moscow")
    stale = latest(page)                                      # the author's tab
    typed = "Ningún país puede hacerles frente en solitario."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))
    stale.save_revision()                                     # saved after, as it was
    out, err = run("translate", "--lang", "es", "-q")
    assert "which a later save of the page took off it" in out + err, out + err
    quote = entry(site, QUOTE)
    assert typed in quote.tcomment and "María López" in quote.tcomment, quote
    # filed once
    out, err = run("translate", "--lang", "es", "-q")
    assert "took off it" not in out + err, out + err


def test_a_stale_tab_s_text_beside_an_approved_entry_is_no_withdrawal(site: Site) -> None:
    """The same over an approved entry: the run flags the entry for the text it puts beside
    it, and said too that an editor had withdrawn the approval, advising to approve again
    (which would approve the catalogue's text over hers)."""
    _, page = translated_article(site, "Forum in Moscow", QUOTE)
    run("apply", "--lang", "es")
    run("translate", "--lang", "es", "-q")          # the approval seen by a run
    stale = latest(page)
    typed = "Ningún país puede hacerles frente en solitario."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))
    stale.save_revision()
    out, err = run("translate", "--lang", "es", "-q")
    said = out + err
    assert "which a later save of the page took off it" in said, said
    assert "withdrawal" not in said, said
    assert typed in entry(site, QUOTE).tcomment
    assert "fuzzy" in entry(site, QUOTE).flags, said


@pytest.mark.parametrize("applied_again", [False, True])
def test_a_text_a_stale_tab_took_off_with_the_machine_s_draft_is_kept(
        site: Site, applied_again: bool) -> None:
    """María typed paragraph 1 in one tab; a tab opened before, which showed the machine's
    draft there, saved another paragraph after her: the machine's draft was back on the
    page, her text only in Wagtail's history, and no line said so.  So too after an apply
    that left the page as it was (it recorded no revision to read the later ones from)."""
    _, page = translated_article(site, "Forum in Moscow")
    if applied_again:
        out, _ = run("apply", "--lang", "es")
        assert "0 documents written, 2 unchanged" in out, out
    machine = entry(site, FIRST).msgstr
    stale = latest(page)                                      # the second tab
    typed = "La OCS se reunió en Moscú el martes, según la redacción."
    other = "Asistieron al foro delegaciones de diez países, dijo ella."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "paragraph", f"<p>{typed}</p><p>{SECOND}</p>"))
    set_block(stale, "paragraph", f"<p>{machine}</p><p>{other}</p>")
    stale.save_revision()
    out, err = run("translate", "--lang", "es", "-q")
    assert "which a later save of the page took off it" in out + err, out + err
    first = entry(site, FIRST)
    assert typed in first.tcomment and "María López" in first.tcomment, first
    assert entry(site, SECOND).msgstr == other


def test_a_field_the_translator_emptied_stays_empty(site: Site) -> None:
    """María cleared the quote's optional attribution in the Spanish page; the run said
    apply would leave it as it was, and apply put the English back."""
    _, page = translated_article(site, QUOTE, "the Security Council")
    quote = next(b.value for b in latest(page).body if b.block_type == "quote")
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": quote["text"], "attribution": ""}))
    out, err = run("translate", "--lang", "es", "-q")
    assert "the admin emptied it (apply wrote 1 paragraph)" in out + err, out + err
    assert "apply leaves it as it is" in out + err, out + err
    run("apply", "--lang", "es")
    kept = next(b.value for b in latest(page).body if b.block_type == "quote")
    assert kept["attribution"] == "" and kept["text"] == quote["text"], kept


def test_an_editor_s_save_while_apply_writes_the_page_is_read_by_the_next_run(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor saves the Spanish page while apply writes it (between apply's reading
    of the page and its new revision): the save waits for the write and lands after it,
    so the next run takes the text in.  It was left in an older revision that no run
    read again, the page and the catalogue without it, and no line said so."""
    import threading

    from django.db import connections

    from cms_i18n.contrib.wagtail import sync

    _article, page = translated_article(site, FIRST)
    approve(site, QUOTE)                # something for the next apply to write
    read, go = threading.Event(), threading.Event()
    planned = sync._plan

    def slow_plan(*args: Any, **kwargs: Any) -> Any:
        plan = planned(*args, **kwargs)
        if getattr(args[6], "pk", None) == page.pk:      # the Spanish page's draft
            read.set()
            go.wait(30)
        return plan

    monkeypatch.setattr(sync, "_plan", slow_plan)
    user = editor()
    typed = "Asistieron al foro delegaciones de diez países, según la redacción."
    failures: list[BaseException] = []

    def in_thread(work: Any) -> threading.Thread:
        def target() -> None:
            try:
                work()
            except BaseException as exc:      # reported by the assertion below
                failures.append(exc)
            finally:
                connections.close_all()
        thread = threading.Thread(target=target)
        thread.start()
        return thread

    applying = in_thread(lambda: run("apply", "--lang", "es"))
    assert read.wait(120)
    saving = in_thread(lambda: edit_in_admin(page, user, lambda d: set_block(
        d, "paragraph", f"<p>{FIRST}</p><p>{typed}</p>")))
    saving.join(2)
    go.set()
    applying.join(120)
    saving.join(120)
    assert not failures, failures
    monkeypatch.undo()
    run("apply", "--lang", "es")
    assert entry(site, SECOND).msgstr == typed
    assert typed in paragraph(latest(page))



def test_a_text_a_stale_tab_took_off_while_the_english_was_unpublished_is_kept(
        site: Site) -> None:
    """The English page unpublished and its entries retired; María typed the quote, and a
    tab opened before saved after her with the quote as apply wrote it; the English was
    published again: her text was only in an old revision, and no run read it."""
    article, page = translated_article(site, "Forum in Moscow")
    article.unpublish()
    run("translate", "--lang", "es", "-q")
    stale = latest(page)                                      # the author's tab
    typed = "Ningún país puede hacerles frente en solitario."
    edit_in_admin(page, editor(), lambda d: set_block(
        d, "quote", {"text": typed, "attribution": "el Consejo de Seguridad"}))
    stale.save_revision()                                     # saved after, as it was
    article.refresh_from_db()
    article.get_latest_revision().publish()
    out, err = run("translate", "--lang", "es", "-q")
    assert "which a later save of the page took off it" in out + err, out + err
    quote = entry(site, QUOTE)
    assert typed in (quote.msgstr, quote.tcomment) or typed in quote.tcomment, quote


def _paragraph_texts(page: Any) -> list[str]:
    from cms_i18n.contrib.wagtail.segments import piece_segments

    block = next(b for b in latest(page).body if b.block_type == "paragraph")
    return piece_segments("rich", block.value.source)


@pytest.mark.parametrize("typed", [False, True, "both"])
def test_a_form_saved_in_the_order_the_english_had_files_nothing_in_the_wrong_place(
        site: Site, typed: bool | str) -> None:
    """A translator opened the Spanish page; the author swapped two English paragraphs,
    and a run wrote the new order; her form, saved after it (its title changed, a
    paragraph typed too, or both moved paragraphs typed over), held the old one: each
    paragraph was read as the edit of the one now at its place, and the translation of
    one sentence approved for the other."""
    article, page = translated_article(site, FIRST, SECOND)
    first, second = entry(site, FIRST).msgstr, entry(site, SECOND).msgstr
    stale = latest(page)                # the tab opened now, in the first order
    user = editor()
    english = latest(article)
    set_block(english, "paragraph", f"<p>{SECOND}</p><p>{FIRST}</p>")
    english.save_revision().publish()
    run("translate", "--lang", "es", "-q")
    run("apply", "--lang", "es")
    assert _paragraph_texts(page) == [second, first]
    stale.title = "Foro en Moscú"
    by_hand = "Asistieron al foro delegaciones de diez países, según la redacción."
    if typed is True:
        set_block(stale, "paragraph", f"<p>{first}</p><p>{by_hand}</p>")
    if typed == "both":     # both paragraphs typed over, in the first order
        set_block(stale, "paragraph", f"<p>{first[:-1]}, según la agencia.</p>"
                                      f"<p>{second[:-1]}, según la redacción.</p>")
    stale.save_revision(user=user)

    out, err = run("translate", "--lang", "es", "-q")
    out += err
    if typed == "both":
        assert entry(site, FIRST).msgstr == f"{first[:-1]}, según la agencia.", out
        assert entry(site, SECOND).msgstr == f"{second[:-1]}, según la redacción."
        run("apply", "--lang", "es")
        assert _paragraph_texts(page) == [f"{second[:-1]}, según la redacción.",
                                          f"{first[:-1]}, según la agencia."]
        return
    # (the title she changed is an edit, taken as one)
    taken = [line for line in out.splitlines() if "took an edit" in line
             and (FIRST[:40] in line or SECOND[:40] in line)]
    assert all(FIRST[:40] not in line for line in taken), taken
    assert (entry(site, FIRST).msgstr, "fuzzy" in entry(site, FIRST).flags) == (first, False)
    if typed:       # her text, into the entry of the paragraph she typed it in
        assert len(taken) == 1 and SECOND[:40] in taken[0], taken
        assert entry(site, SECOND).msgstr == by_hand
    else:
        assert not taken, taken
        assert (entry(site, SECOND).msgstr, "fuzzy" in entry(site, SECOND).flags) == (
            second, False)
    run("apply", "--lang", "es")
    assert _paragraph_texts(page) == [by_hand if typed else second, first]


def test_a_page_made_anew_is_not_read_against_what_apply_wrote_into_the_deleted_one(
        site: Site) -> None:
    """The author deleted a block from the English page, an editor deleted the Spanish
    page, and apply made it anew: every translate since said "the admin emptied" that
    block, of a page nobody opened (the record of the deleted page was read against it)."""
    from wagtail.models import Page

    article, page = translated_article(site, QUOTE)
    delete_block(article, "quote")
    page.delete()
    out, err = run("apply", "--lang", "es")
    assert "new page" in out, out
    made, _ = spanish(article)
    assert made.pk != page.pk and not Page.objects.filter(pk=page.pk).exists()
    for _ in range(2):
        out, err = run("translate", "--lang", "es", "-q")
        assert "emptied" not in out + err and "kept as edited" not in out + err, out + err


def test_the_review_screen_refuses_a_carried_draft_a_correction_took_back(site: Site) -> None:
    """María's translation was approved; the author changed a figure in the English, and
    translate carried her text onto the new wording as a draft.  The review screen showed
    it with no problem and its Approve saved it and wrote it into the Spanish draft, though
    check and apply refuse it as critical ("corrected"): publishing that draft put the old
    figure live.  The screen now refuses it as they do, and the draft keeps the source."""
    from tests.contrib.wagtail.test_admin import admin_client, review_url, segment_html

    article, page = translated_article(site)
    typed = MARIAS_SECOND
    changed = "Delegations from eleven countries attended the forum."
    approved_then_reworded(site, article, changed)
    run("apply", "--lang", "es")
    assert entry(site, changed).msgstr == typed and "fuzzy" in entry(site, changed).flags

    client = admin_client()
    html_text = client.get(review_url(article)).content.decode()
    index = next(n for n in range(30) if "eleven countries" in segment_html(html_text, n))
    assert "corrected" in segment_html(html_text, index)
    response = client.post(review_url(article), {"action": "approve", "index": index,
                                                 "source": changed, "expected": typed})
    row = segment_html(response.content.decode(), index)
    assert "Kept as a draft, not approved" in row and "corrected" in row, row
    assert "fuzzy" in entry(site, changed).flags
    assert typed not in body_texts(latest(page))[1]
