"""``cms-i18n merge-catalogs``: git merges the site's catalogues entry by entry.

Real git, real Apertium: two branches of a site's repository, a translator reviewing on
one while the author edits the English and runs ``translate`` on the other, then
``git merge`` through the installed driver.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import polib
import pytest

from cms_i18n.catalog.kept import msgcat_texts
from tests.helpers import make_site, one_file_site, run

pytestmark = pytest.mark.engine

PO = Path("locale/es/LC_MESSAGES/content.po")
TITLE = "Cold week ahead"
SCHOOLS = "Schools will stay open, the council said."
EDITED = "Schools will stay open on Monday, the council said."


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
           "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org"}
    return subprocess.run(["git", *args], capture_output=True, text=True, check=check, env=env)


def review(texts: dict[str, str]) -> None:
    """A translator types and approves texts in a PO editor (polib wraps its own way)."""
    catalog = polib.pofile(str(PO))
    for entry in catalog:
        if entry.msgid in texts:
            entry.msgstr = texts[entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    catalog.save()


def entry(msgid: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(PO)) if e.msgid == msgid and not e.obsolete)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    one_file_site(tmp_path, "weather.txt",
                  f"{TITLE}\n\n{SCHOOLS}\n\nBuses will run every hour.\n")
    monkeypatch.chdir(tmp_path)
    git("init", "-q", "-b", "main")
    assert run("translate").exit_code == 0
    installed = run("merge-catalogs", "--install")
    assert installed.exit_code == 0, installed.output
    assert "added `locale/**/*.po merge=cms-i18n`" in installed.output
    assert Path(".gitattributes").read_text() == "locale/**/*.po merge=cms-i18n\n"
    assert run("merge-catalogs", "--install").output.count("already has") == 1
    git("add", "-A")
    git("commit", "-qm", "site")
    return tmp_path


def test_a_review_meets_the_author_s_edit_of_its_english(site: Path) -> None:
    git("checkout", "-qb", "review")
    review({TITLE: "Se avecina una semana fría",
            SCHOOLS: "Las escuelas seguirán abiertas, dijo el ayuntamiento."})
    git("commit", "-qam", "review")
    git("checkout", "-q", "main")
    page = Path("content/weather.txt")
    page.write_text(page.read_text().replace(SCHOOLS, EDITED))
    assert run("translate").exit_code == 0
    git("commit", "-qam", "edit")

    merged = git("merge", "review", "-m", "merge")
    assert merged.returncode == 0
    assert "1 text typed on one branch for English the other branch changed: now drafts " \
           "(fuzzy) of the new English; review it" in merged.stderr
    # The review of the old English is the new English's draft, never its approved text.
    new = entry(EDITED)
    assert new.msgstr == "Las escuelas seguirán abiertas, dijo el ayuntamiento."
    assert new.fuzzy and new.previous_msgid == SCHOOLS
    assert entry(TITLE).msgstr == "Se avecina una semana fría" and not entry(TITLE).fuzzy
    # The next run keeps it, and the review of the old text stays on file.
    assert run("translate").exit_code == 0
    assert entry(EDITED).msgstr == "Las escuelas seguirán abiertas, dijo el ayuntamiento."
    assert "dijo el ayuntamiento" in PO.read_text()


def test_two_reviews_of_one_entry_stop_the_merge_with_both_kept(site: Path) -> None:
    git("checkout", "-qb", "alice")
    review({TITLE: "Se avecina una semana fría"})
    git("commit", "-qam", "alice")
    git("checkout", "-q", "main")
    review({TITLE: "Llega una semana de frío", SCHOOLS: "Las escuelas seguirán abiertas."})
    git("commit", "-qam", "bob")

    merged = git("merge", "alice", "-m", "merge", check=False)
    assert merged.returncode != 0
    assert "CONFLICT" in merged.stdout
    line = next(n for n, text in enumerate(PO.read_text().splitlines(), 1)
                if text == f'msgid "{TITLE}"') - 4     # its first line, as check names it
    assert (f"locale/es/LC_MESSAGES/content.po:{line}: [weather] '{TITLE}': both branches "
            "changed its translation; both are kept in its msgstr under #-#-#-#-# lines: keep "
            "one and delete those lines") in merged.stderr
    title = entry(TITLE)
    assert msgcat_texts(title.msgstr) == ["Llega una semana de frío",
                                          "Se avecina una semana fría"]
    assert title.fuzzy
    assert entry(SCHOOLS).msgstr == "Las escuelas seguirán abiertas."
    assert "<<<<<<<" not in PO.read_text()
    checked = run("check", "-l", "es")
    assert "critical (draft): conflict: msgstr holds msgcat's unresolved merge of 2 versions " \
           "(content.po (this branch), content.po (the merged branch))" in checked.output


def test_a_conflict_resolved_by_taking_the_other_side_whole_is_caught(site: Path) -> None:
    """``git checkout --theirs`` after the driver's conflict drops this branch's other
    reviews too: the copy of the editors' work the driver recorded shows them lost, and
    ``translate`` brings them back."""
    git("checkout", "-qb", "bob")
    review({TITLE: "Llega una semana de frío"})
    git("commit", "-qam", "bob")
    git("checkout", "-q", "main")
    review({TITLE: "Se avecina una semana fría",
            SCHOOLS: "Las escuelas seguirán abiertas, dijo el ayuntamiento."})
    git("commit", "-qam", "ana")
    assert git("merge", "bob", "-m", "merge", check=False).returncode != 0
    git("checkout", "--theirs", str(PO))
    git("add", str(PO))
    git("commit", "-qm", "took bob's")
    assert "dijo el ayuntamiento" not in PO.read_text()

    status = run("status")
    assert status.exit_code == 2, status.output
    assert "with editors' work lost since the last translate" in status.output
    assert run("translate").exit_code == 0
    assert entry(SCHOOLS).msgstr == "Las escuelas seguirán abiertas, dijo el ayuntamiento."


def test_a_copy_that_does_not_parse_is_merged_by_lines_and_named(site: Path) -> None:
    git("checkout", "-qb", "broken")
    PO.write_text(PO.read_text().replace('msgid "Cold', '<<<<<<< HEAD\nmsgid "Cold', 1))
    git("commit", "-qam", "an unresolved merge committed")
    git("checkout", "-q", "main")
    review({TITLE: "Se avecina una semana fría"})
    git("commit", "-qam", "review")

    merged = git("merge", "broken", "-m", "merge", check=False)
    assert merged.returncode != 0
    assert "a merge's conflict marker ('<<<<<<<')" in merged.stderr
    assert "merged line by line instead; resolve the conflict markers" in merged.stderr
    # Both sides' lines are there, the marker too, and every command names it.
    text = PO.read_text()
    assert "Se avecina una semana fría" in text and "<<<<<<< HEAD" in text
    assert "a merge's conflict marker ('<<<<<<<')" in run("check", "-l", "es").output


def test_install_outside_a_repository_says_so(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = run("merge-catalogs", "--install")
    assert result.exit_code == 1
    assert "not in a git repository; run `git init` first" in result.output
    assert not (tmp_path / ".gitattributes").exists()


def test_the_driver_needs_its_three_files(site: Path) -> None:
    result = run("merge-catalogs", "a.po")
    assert result.exit_code == 1
    assert "needs three files: BASE OURS THEIRS" in result.output


def test_status_notes_catalogs_git_would_merge_by_lines(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    one_file_site(tmp_path, "weather.txt", f"{TITLE}\n")
    monkeypatch.chdir(tmp_path)
    assert run("translate").exit_code == 0
    assert "merge-catalogs" not in run("status").stderr     # not in git: nothing to say
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "site")
    assert "note: the catalogues are in git, which merges them line by line" \
        in run("status").stderr
    assert run("merge-catalogs", "--install").exit_code == 0
    assert "merge-catalogs" not in run("status").stderr
    git("config", "--unset", "merge.cms-i18n.driver")       # a fresh clone of the site
    assert "note: .gitattributes asks for the cms-i18n merge driver, which this clone has " \
           "not set" in run("status").stderr


def test_a_rebase_names_its_sides_as_a_rebase_has_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """During a rebase git's "ours" is the branch rebased onto, "theirs" the commit being
    replayed: a merge's labels would name them the wrong way round."""
    from cms_i18n.cli.merge_catalogs import _labels

    monkeypatch.setenv("GIT_REFLOG_ACTION", "pull --no-rebase")
    assert _labels() == ("this branch", "the merged branch")
    monkeypatch.setenv("GIT_REFLOG_ACTION", "rebase (pick)")
    assert _labels() == ("the branch rebased onto", "the commit replayed")


def test_a_review_of_a_paragraph_the_other_branch_joined_is_shown_on_the_join(
        site: Path) -> None:
    """One branch reviews a paragraph; on the other the author joins it to the one above and
    runs translate.  After the merge the next run puts the review beside the joined
    paragraph's draft (and keeps it obsolete), where whoever reviews the join sees it."""
    buses = "Buses will run every hour."
    git("checkout", "-qb", "review")
    review({buses: "Los autobuses pasarán cada hora."})
    git("commit", "-qam", "review")
    git("checkout", "-q", "main")
    page = Path("content/weather.txt")
    page.write_text(page.read_text().replace(f"{SCHOOLS}\n\n{buses}", f"{SCHOOLS} {buses}"))
    assert run("translate").exit_code == 0
    git("commit", "-qam", "join")
    assert git("merge", "review", "-m", "merge").returncode == 0
    assert run("translate").exit_code == 0
    joined = entry(f"{SCHOOLS} {buses}")
    assert 'an editor\'s translation of a paragraph the author joined into this one, kept: ' \
           '"Los autobuses pasarán cada hora."' in joined.tcomment
    assert any(e.obsolete and e.msgstr == "Los autobuses pasarán cada hora."
               for e in polib.pofile(str(PO)).obsolete_entries())
