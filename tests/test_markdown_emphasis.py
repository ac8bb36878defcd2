"""Markdown bold and italic through translate, status, check and apply.

The engine's draft keeps the ``**`` around a glossary name it puts in place
(``**Shanghai Cooperation Organisation**`` → ``**Organización de Cooperación de
Shanghai**``); an editor's text that loses the bold, or leaves a ``*`` that closes
nothing, is a markup problem every command counts and ``apply`` does not publish.
"""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from tests.helpers import one_file_site, run

pytestmark = pytest.mark.engine

SUMMIT = ("Foreign ministers of the **Shanghai Cooperation Organisation** (SCO) met in "
          "Astana on Friday.")
TRADE = "The ministers discussed trade and *regional security*."
BOLD = {"es": "**Organización de Cooperación de Shanghai** (OCS)",
        "fr": "**Organisation de Shanghai pour la coopération** (OCS)"}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    one_file_site(tmp_path, "summit.md", f"# Ministers meet in Astana\n\n{SUMMIT}\n\n{TRADE}\n",
                  "es, fr")
    monkeypatch.chdir(tmp_path)
    translated = run("translate")
    assert translated.exit_code == 0, translated.output
    return tmp_path


def po(lang: str) -> Path:
    return Path(f"locale/{lang}/LC_MESSAGES/content.po")


def review(lang: str, msgid: str, msgstr: str | None = None) -> None:
    catalog = polib.pofile(str(po(lang)))
    entry = next(e for e in catalog if e.msgid == msgid and not e.obsolete)
    if msgstr is not None:
        entry.msgstr = msgstr
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    catalog.save()


def test_the_engine_draft_keeps_the_bold_around_a_glossary_name(site: Path) -> None:
    for lang in ("es", "fr"):
        entry = next(e for e in polib.pofile(str(po(lang))) if e.msgid == SUMMIT)
        assert BOLD[lang] in entry.msgstr, entry.msgstr
        assert "*" not in entry.msgstr.replace(BOLD[lang], "")
    checked = run("check")
    assert "emphasis" not in checked.output, checked.output


def test_bold_lost_or_left_open_is_a_markup_problem_nothing_publishes(site: Path) -> None:
    review("fr", SUMMIT, "Les ministres de l'Organisation de Shanghai pour la coopération "
                         "(OCS) se sont réunis à Astana vendredi.")
    review("es", SUMMIT, "Ministros de asuntos exteriores de la *Organización de Cooperación "
                         "de Shanghai** (OCS) se reunieron en Astaná el viernes.")

    checked = run("check")
    assert checked.exit_code == 2, checked.output
    assert "critical: emphasis: msgid has 1 bold (**…**) span, msgstr 0\n" in checked.output
    assert ("critical: emphasis: msgid has 1 bold (**…**) span, msgstr 0; msgid has 0 italic "
            "(*…*) spans, msgstr 1; msgstr has a '*' or '_' that opens or closes no emphasis"
            in checked.output)

    status = json.loads(run("status", "--json").output)
    assert [sum(doc["markup_problems"] for doc in catalog["documents"])
            for catalog in status["catalogues"]] == [1, 1], status

    again = run("translate")
    assert again.output.count("1 with markup problems") == 2, again.output

    run("apply")
    for lang in ("es", "fr"):
        page = Path(f"content/summit.{lang}.md")
        published = page.read_text(encoding="utf-8") if page.exists() else ""
        assert "Shanghai** (OCS)" not in published and "coopération (OCS)" not in published
