"""An editor's full name for a short one, through translate, check, compile and apply.

A UN press release whose headline says only "… Tell Security Council": the editor
writes the UN's council in full, which the document's own evidence supports.  That
text must be published by `compile` and `apply` alike; a translation that really
names another body is refused by both, and every command counts it the same.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import polib
import pytest

from tests.helpers import make_site, run

pytestmark = pytest.mark.engine

# A United Nations meetings-coverage page as scraped and cleaned (press.un.org, SC/13809).
HEADLINE = ("Parties to Yemen Conflict Must Set Differences aside, Move towards Lasting "
            "Political Settlement, Special Envoy, Other Officials Tell Security Council")
BODY = ("With Yemen at the crossroads between war and peace, both sides of the conflict in "
        "that country must set aside their differences and move towards a lasting political "
        "settlement, senior United Nations officials told the Security Council today.")
ARTICLE = f"8525th Meeting (AM)\nSC/13809\n\n{HEADLINE}\n\n{BODY}\n"
EDITOR_HEADLINE = ("Las partes del conflicto en Yemen deben dejar de lado sus diferencias y "
                   "avanzar hacia un acuerdo político duradero, dicen al Consejo de Seguridad "
                   "de las Naciones Unidas el enviado especial y otros altos funcionarios")
# The body names the UN's council: Russia's is another body, a real glossary violation.
WRONG_BODY = ("Con Yemen en la encrucijada entre la guerra y la paz, ambas partes deben dejar de "
              "lado sus diferencias, dijeron hoy altos funcionarios de las Naciones Unidas al "
              "Consejo de Seguridad de Rusia.")
PO = Path("locale/es/LC_MESSAGES/content.po")
SPANISH = Path("content/yemen.es.txt")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "yemen.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "cms-i18n.yaml").write_text("content_dir: content\ntarget_langs: [es]\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    translated = run("translate", "--engine", "apertium")
    assert translated.exit_code == 0, translated.output
    return tmp_path


def review(msgid: str, msgstr: str) -> None:
    """What an editor does in Poedit: write the translation and clear the draft mark."""
    catalog = polib.pofile(str(PO))
    entry = next(e for e in catalog if e.msgid == msgid and not e.obsolete)
    entry.msgstr = msgstr
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    catalog.save()


def comments(msgid: str) -> list[str]:
    entry = next(e for e in polib.pofile(str(PO)) if e.msgid == msgid and not e.obsolete)
    return entry.comment.splitlines()


def test_the_full_name_of_a_body_the_document_names_is_published(site: Path) -> None:
    review(HEADLINE, EDITOR_HEADLINE)

    checked = run("check")
    assert checked.exit_code == 0, checked.output
    assert "critical" not in checked.output.replace("0 critical", "")
    assert "wrong entity" not in checked.output

    again = run("translate", "--engine", "apertium")
    assert "0 with glossary problems" in again.output
    assert not [c for c in comments(HEADLINE) if c.startswith("glossary problem")]

    compiled = run("compile")
    assert compiled.exit_code == 0, compiled.output
    with PO.with_suffix(".mo").open("rb") as handle:
        assert gettext.GNUTranslations(handle).pgettext("yemen", HEADLINE) == EDITOR_HEADLINE

    applied = run("apply")
    assert applied.exit_code == 0 and "refused" not in applied.output
    assert EDITOR_HEADLINE in SPANISH.read_text(encoding="utf-8")


def test_without_evidence_the_full_name_is_a_warning_to_verify(site: Path) -> None:
    # Nothing but the headline: no cue says whose council it is.
    Path("content/yemen.txt").write_text(
        "Parties to Conflict Must Set Differences aside, Other Officials Tell Security "
        "Council\n", encoding="utf-8")
    assert run("translate", "--engine", "apertium").exit_code == 0
    catalog = polib.pofile(str(PO))
    headline = next(e.msgid for e in catalog if not e.obsolete)
    review(headline, "Las partes deben dejar de lado sus diferencias, dicen al Consejo de "
                     "Seguridad de las Naciones Unidas otros altos funcionarios")

    checked = run("check")
    assert checked.exit_code == 0, checked.output
    warning = [line for line in checked.output.splitlines() if "glossary to verify" in line]
    assert len(warning) == 1 and ": warning: " in warning[0]
    assert "'Consejo de Seguridad de las Naciones Unidas'" in warning[0]
    assert "says only 'Security Council'" in warning[0]
    assert run("compile").exit_code == 0


def test_compile_and_apply_refuse_the_same_wrong_entity(site: Path) -> None:
    review(HEADLINE, EDITOR_HEADLINE)
    review(BODY, WRONG_BODY)

    compiled = run("compile")
    assert compiled.exit_code == 2
    assert "RUS_SC" in compiled.output and "not compiled: es" in compiled.output

    applied = run("apply")
    assert applied.exit_code == 2, applied.output
    refused = [line for line in applied.output.splitlines() if line.startswith("refused:")]
    assert len(refused) == 1 and "[yemen]" in refused[0] and "RUS_SC" in refused[0]
    spanish = SPANISH.read_text(encoding="utf-8")
    assert WRONG_BODY not in spanish and BODY in spanish     # left in the source language
    assert EDITOR_HEADLINE in spanish                       # the rest is published


def test_translate_and_status_count_the_same_glossary_problems(site: Path) -> None:
    review(BODY, WRONG_BODY)
    first = run("translate", "--engine", "apertium")
    second = run("translate", "--engine", "apertium")     # nothing changed: skipped
    assert "1 unchanged" in second.output
    assert "1 with glossary problems" in first.output
    assert "1 with glossary problems" in second.output
    status = run("status", "--json")
    assert status.exit_code == 0
    assert '"glossary_problems": 1' in status.output


# A Kremlin transcript that opens with a bare "the Security Council": nothing in that
# paragraph, and nothing read before it, says whose; the paragraphs after it say Russia's.
KREMLIN_THANKS = ("Thank you very much for your positive assessment of the work of the Security "
                  "Council, its staff, and those working in its commissions.")
KREMLIN = (f"{KREMLIN_THANKS}\n\n"
           "President of Russia Vladimir Putin met with Secretary of the Security Council "
           "Nikolai Patrushev in the Kremlin.\n")
EDITOR_THANKS = ("Muchas gracias por su valoración positiva del trabajo del Consejo de Seguridad "
                 "de Rusia, de su personal y de quienes trabajan en sus comisiones.")


def test_an_editors_choice_of_the_body_the_evidence_points_to_is_published(
        site: Path) -> None:
    Path("content/yemen.txt").unlink()
    Path("content/kremlin.txt").write_text(KREMLIN, encoding="utf-8")
    assert run("translate", "--engine", "apertium").exit_code == 0
    draft = comments(KREMLIN_THANKS)
    assert any("ambiguous: RUS_SC or UNSC" in line for line in draft)
    review(KREMLIN_THANKS, EDITOR_THANKS)

    again = run("translate", "--engine", "apertium")
    assert again.exit_code == 0 and "0 with glossary problems" in again.output
    assert not [c for c in comments(KREMLIN_THANKS) if c.startswith("glossary problem")]
    checked = run("check")
    assert checked.exit_code == 0, checked.output
    assert "critical" not in checked.output.replace("0 critical", "")
    compiled = run("compile")
    assert compiled.exit_code == 0, compiled.output
    with PO.with_suffix(".mo").open("rb") as handle:
        assert gettext.GNUTranslations(handle).pgettext("kremlin", KREMLIN_THANKS) == \
            EDITOR_THANKS
    applied = run("apply")
    assert applied.exit_code == 0 and "refused" not in applied.output
    assert EDITOR_THANKS in Path("content/kremlin.es.txt").read_text(encoding="utf-8")


def test_a_translation_that_drops_an_ambiguous_name_is_refused_for_every_reading(
        site: Path) -> None:
    Path("content/yemen.txt").unlink()
    Path("content/kremlin.txt").write_text(KREMLIN, encoding="utf-8")
    assert run("translate", "--engine", "apertium").exit_code == 0
    review(KREMLIN_THANKS, "Muchas gracias por su valoración positiva de su trabajo.")
    checked = run("check")
    assert checked.exit_code == 2
    assert "critical: glossary: glossary problem: RUS_SC or UNSC: expected 'Consejo de " \
           "Seguridad' (for 'Security Council'), not in the translation" in checked.output
    assert run("compile").exit_code == 2
