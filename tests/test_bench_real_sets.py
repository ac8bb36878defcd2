"""The real scraped sets under ``bench/data/real/`` are well formed, and the third is blind.

``bench/bench_clean.py --real`` scores every file these folders hold against its expected
output; a file missing from ``SOURCES.tsv``, a dirty text without its expected output or
a genuine text that breaks the sets' own layout rule would skew the figures without a
word.  The third set is only a blind measure if it shares no site with the sets the
cleaner was tuned on and its split is the salted host hash its README states.  Nothing
here runs the cleaner.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent.parent / "bench" / "data" / "real"
SETS = ("clean", "clean2", "clean3")


def sources(name: str) -> list[tuple[str, str, str, str]]:
    """(part, name, kind, page address) of each row of a set's SOURCES.tsv."""
    rows = []
    for line in (REAL / name / "SOURCES.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            part, text, kind, page = line.split("\t")
            rows.append((part, text, kind, page))
    return rows


def host(page: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", page).split("/")[0].split(":")[0]


@pytest.mark.parametrize("name", SETS)
def test_sources_name_exactly_the_files_of_the_set(name: str) -> None:
    listed = set()
    for part, text, kind, _ in sources(name):
        assert part in ("dev", "blind") and kind in ("dirty", "genuine")
        listed |= ({f"{part}/{text}.in.txt", f"{part}/{text}.out.txt"} if kind == "dirty"
                   else {f"{part}/{text}.txt"})
    present = {str(path.relative_to(REAL / name)) for path in (REAL / name).glob("*/*.txt")}
    assert present == listed


@pytest.mark.parametrize("name", SETS)
def test_each_site_appears_once_in_a_set(name: str) -> None:
    hosts = [host(page) for *_, page in sources(name)]
    assert len(hosts) == len(set(hosts))


def test_third_set_shares_no_site_with_the_sets_the_cleaner_was_tuned_on() -> None:
    earlier = {host(page) for name in ("clean", "clean2") for *_, page in sources(name)}
    for glossary in REAL.glob("glossary-*.tsv"):
        earlier |= {host(page) for page in re.findall(r"https?://\S+", glossary.read_text("utf-8"))}
    assert not earlier & {host(page) for *_, page in sources("clean3")}


def test_third_set_is_split_by_its_salted_host_hash() -> None:
    for part, text, _, page in sources("clean3"):
        first = hashlib.sha1(f"clean3:{host(page)}".encode()).digest()[0]
        assert part == ("dev" if first % 2 == 0 else "blind"), text


def test_third_set_texts_follow_the_layout_rule_of_its_readme() -> None:
    """Inputs and outputs end in one newline; an expected output (like a genuine text)
    has no trailing spaces and no run of blank lines; a dirty text has something to fix."""
    for part, text, kind, _ in sources("clean3"):
        folder = REAL / "clean3" / part
        if kind == "dirty":
            given = (folder / f"{text}.in.txt").read_text("utf-8")
            final = (folder / f"{text}.out.txt").read_text("utf-8")
            assert given != final, text
        else:
            given = final = (folder / f"{text}.txt").read_text("utf-8")
        for body in (given, final):
            assert body.endswith("\n") and not body.endswith("\n\n"), text
        assert not re.search(r"[ \t]$", final, re.MULTILINE), text
        assert "\n\n\n" not in final and not final.startswith("\n"), text
