"""The real scraped sets under ``bench/data/real/`` are well formed, and the later ones blind.

``bench/bench_clean.py --real`` scores every file these folders hold against its expected
output; a file missing from ``SOURCES.tsv``, a dirty text without its expected output or
a genuine text that breaks the sets' own layout rule would skew the figures without a
word.  The third to ninth sets were gathered as blind measures: each shares no site with
the sets gathered before it.  The blind parts of sets 1–5 were retired to dev on
2026-12-01 after being scored many times over, so every text of those sets is in dev;
the blind measure is sets 6–9, each split by the salted host hash its README states.  The
sentences of ``bench/data/meetings`` (``bench/bench_meetings.py``) likewise share no host
with any other set.  Nothing here runs the cleaner or an engine.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

REAL = Path(__file__).resolve().parent.parent / "bench" / "data" / "real"
SETS = ("clean", "clean2", "clean3", "clean4", "clean5", "clean6", "clean7", "clean8",
        "clean9", "clean10", "clean11", "clean12", "clean13", "clean14", "clean15",
        "clean16", "clean17", "clean18", "clean19", "clean20", "clean21", "clean22", "clean23",
        "clean24", "clean25", "clean26", "clean27", "clean28", "clean29", "clean30",
        "clean31", "clean32", "clean33", "clean34", "clean35", "clean36",
        "clean37", "clean38", "clean39", "clean40", "clean41", "clean42", "clean43",
        "clean44", "clean45", "clean46", "clean47", "clean48", "clean49", "clean50",
        "clean51", "clean52", "clean53", "clean54", "clean55", "clean56", "clean57",
        "clean58", "clean59", "clean60", "clean61", "clean62", "clean63",
        "clean64", "clean65", "clean66", "clean67", "clean68", "clean69")
#: Sets gathered as blind measures: each salted by its own name, in order of gathering.
GATHERED_BLIND = ("clean3", "clean4", "clean5", "clean6", "clean7", "clean8", "clean9")
#: Sets whose blind part is still the blind measure.
BLIND_SETS = ("clean6", "clean7", "clean8", "clean9")
#: Sets gathered as dev material only (no blind part), from sites no earlier set has.
DEV_ONLY = ("clean10", "clean11", "clean12", "clean13", "clean14", "clean15", "clean16",
            "clean17", "clean18", "clean20", "clean21", "clean22", "clean23", "clean24",
            "clean25", "clean26", "clean27", "clean28", "clean29", "clean30", "clean31",
            "clean32", "clean33", "clean34", "clean35", "clean36", "clean37",
            "clean38", "clean39", "clean40", "clean41", "clean42", "clean43", "clean44",
            "clean45", "clean46", "clean47", "clean48", "clean49", "clean50", "clean51",
            "clean52", "clean53", "clean54", "clean55", "clean56", "clean57", "clean58",
            "clean59", "clean60", "clean61", "clean62", "clean63", "clean64", "clean65",
            "clean66", "clean67", "clean68")
#: The next round's blind measure, whole: every text blind until that round is scored.
NEXT_BLIND = ("clean69",)
#: Dev-only sets whose genuine texts are kept as their authors spaced them (an author's
#: run of blank lines included), as the set's README states.
AUTHORS_SPACING = ("clean20", "clean21", "clean22", "clean23", "clean24", "clean25",
                   "clean26", "clean27", "clean28", "clean29", "clean30", "clean31",
                   "clean32", "clean33", "clean34", "clean35", "clean36", "clean37",
                   "clean38", "clean39", "clean40", "clean41", "clean42", "clean43",
                   "clean44", "clean45", "clean46", "clean47", "clean48", "clean49",
                   "clean50", "clean51", "clean52", "clean53", "clean54", "clean55",
                   "clean56", "clean57", "clean58", "clean59", "clean60", "clean61",
                   "clean62", "clean63", "clean64", "clean65", "clean66",
                   "clean67", "clean68", "clean69")
#: Sets whose expected outputs keep an author's run of blank lines where the README names
#: one per text (its whitespace rules: "runs of blank lines closed to one except the
#: author's runs named per text").
AUTHORS_RUNS_KEPT = ("clean48", "clean50")
#: Sets split by the SHA-1 of the host alone, with no salt, as ``README.md`` of the real
#: sets describes: the nineteenth (pages about the glossary's bodies).
HOST_SPLIT = ("clean19",)
#: Sets whose blind part was retired to dev: every text of them is dev.
RETIRED = ("clean", "clean2", "clean3", "clean4", "clean5")
#: Term sets gathered after every set above and every round of term sentences: their
#: sites were kept apart from the earlier glossary sets', not from those (README.md of
#: the real sets names the few they share).
GATHERED_LATER = ("glossary-dev2.tsv", "glossary-blind2.tsv", "glossary-dev3.tsv",
                  "glossary-dev4.tsv", "glossary-blind4.tsv", "glossary-dev5.tsv",
                  "glossary-blind6.tsv", "glossary-dev6.tsv", "glossary-dev7.tsv",
                  "glossary-dev8.tsv", "glossary-dev9.tsv", "glossary-dev10.tsv",
                  "glossary-dev11.tsv", "glossary-dev12.tsv", "glossary-dev13.tsv",
                  "glossary-dev14.tsv", "glossary-dev15.tsv", "glossary-dev16.tsv",
                  "glossary-dev17.tsv", "glossary-dev18.tsv", "glossary-dev19.tsv",
                  "glossary-dev20.tsv", "glossary-dev21.tsv", "glossary-dev22.tsv",
                  "glossary-dev23.tsv", "glossary-dev24.tsv", "glossary-dev25.tsv",
                  "glossary-dev26.tsv", "glossary-dev27.tsv", "glossary-dev28.tsv",
                  "glossary-dev29.tsv", "glossary-dev30.tsv", "glossary-dev31.tsv",
                  "glossary-dev32.tsv", "glossary-dev33.tsv", "glossary-dev34.tsv",
                  "glossary-dev35.tsv", "glossary-dev36.tsv", "glossary-dev37.tsv",
                  "glossary-dev38.tsv", "glossary-dev39.tsv", "glossary-dev40.tsv",
                  "glossary-dev41.tsv", "glossary-dev42.tsv", "glossary-dev43.tsv",
                  "glossary-blind31.tsv")


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


@pytest.mark.parametrize("name", GATHERED_BLIND + DEV_ONLY + HOST_SPLIT + NEXT_BLIND)
def test_a_blind_set_shares_no_site_with_the_sets_gathered_before_it(name: str) -> None:
    earlier = {host(page) for before in SETS[:SETS.index(name)] for *_, page in sources(before)}
    for glossary in REAL.glob("glossary-*.tsv"):
        if glossary.name in GATHERED_LATER:
            continue
        earlier |= {host(page) for page in re.findall(r"https?://\S+", glossary.read_text("utf-8"))}
    assert not earlier & {host(page) for *_, page in sources(name)}


@pytest.mark.parametrize("name", BLIND_SETS)
def test_a_blind_set_is_split_by_its_salted_host_hash(name: str) -> None:
    for part, text, _, page in sources(name):
        first = hashlib.sha1(f"{name}:{host(page)}".encode()).digest()[0]
        assert part == ("dev" if first % 2 == 0 else "blind"), text


@pytest.mark.parametrize("name", GATHERED_BLIND + DEV_ONLY + HOST_SPLIT + NEXT_BLIND)
def test_a_blind_set_follows_the_layout_rule_of_its_readme(name: str) -> None:
    """Inputs and outputs end in one newline; an expected output (like a genuine text)
    has no trailing spaces and no run of blank lines; a dirty text has something to fix.
    A set that keeps its genuine texts as their authors spaced them (``AUTHORS_SPACING``)
    holds them only to the ending."""
    for part, text, kind, _ in sources(name):
        folder = REAL / name / part
        if kind == "dirty":
            given = (folder / f"{text}.in.txt").read_text("utf-8")
            final = (folder / f"{text}.out.txt").read_text("utf-8")
            assert given != final, text
        else:
            given = final = (folder / f"{text}.txt").read_text("utf-8")
            if name in AUTHORS_SPACING:
                assert final.endswith("\n") and not final.endswith("\n\n"), text
                continue
        # A set kept as its authors spaced them holds its scraped inputs as stored.
        for body in (final,) if name in AUTHORS_SPACING else (given, final):
            assert body.endswith("\n") and not body.endswith("\n\n"), text
        assert given.endswith("\n"), text
        assert not re.search(r"[ \t]$", final, re.MULTILINE), text
        assert not final.startswith("\n"), text
        assert "\n\n\n" not in final or name in AUTHORS_RUNS_KEPT, text


@pytest.mark.parametrize("name", ("clean4", "clean5", "clean6", "clean7", "clean8", "clean9"))
def test_a_later_set_has_the_mix_of_the_held_out_check(name: str) -> None:
    """About 45 texts, two dirty for each genuine one, as in the check the cleaner is
    judged by (29 dirty, 16 genuine), so its totals read alike."""
    kinds = [kind for _, _, kind, _ in sources(name)]
    assert 40 <= len(kinds) <= 50
    assert 27 <= kinds.count("dirty") <= 31 and 14 <= kinds.count("genuine") <= 18


@pytest.mark.parametrize("name", HOST_SPLIT)
def test_a_set_split_by_host_alone_follows_its_hash(name: str) -> None:
    """Each page's side is the first byte of the SHA-1 of its host (no "www."): even is
    dev, odd is blind, so every text of one site sits on one side."""
    for part, text, _, page in sources(name):
        first = hashlib.sha1(host(page).encode()).digest()[0]
        assert part == ("dev" if first % 2 == 0 else "blind"), text


@pytest.mark.parametrize("name", BLIND_SETS + HOST_SPLIT)
def test_a_blind_set_readme_states_its_counts(name: str) -> None:
    """The README's "dev: N dirty and M genuine texts; blind: …" is what SOURCES.tsv holds,
    so a reader comparing scores against it compares the same texts."""
    readme = " ".join((REAL / name / "README.md").read_text("utf-8").split())
    stated = re.search(r"dev: (\d+) dirty and (\d+) genuine texts; blind: (\d+) dirty and "
                       r"(\d+) genuine", readme)
    assert stated, name
    rows = sources(name)
    counted = [sum(1 for part, _, kind, _ in rows if (part, kind) == (side, sort))
               for side in ("dev", "blind") for sort in ("dirty", "genuine")]
    assert [int(n) for n in stated.groups()] == counted


@pytest.mark.parametrize("name", DEV_ONLY)
def test_a_dev_only_set_has_no_blind_part(name: str) -> None:
    assert {part for part, *_ in sources(name)} == {"dev"}
    assert not (REAL / name / "blind").exists()


@pytest.mark.parametrize("name", RETIRED)
def test_a_retired_set_is_all_dev_and_its_readme_says_so(name: str) -> None:
    """A set whose blind part was retired has no blind folder and no blind row, and its
    README states the retirement and the counts of the one dev part."""
    rows = sources(name)
    assert {part for part, *_ in rows} == {"dev"}
    assert not (REAL / name / "blind").exists()
    readme = " ".join((REAL / name / "README.md").read_text("utf-8").split())
    assert "retired to dev on 2026-12-01" in readme
    stated = re.search(r"every text is in dev: (\d+) dirty and (\d+) genuine texts", readme)
    assert stated, name
    counted = [sum(1 for _, _, kind, _ in rows if kind == sort) for sort in ("dirty", "genuine")]
    assert [int(n) for n in stated.groups()] == counted


@pytest.mark.parametrize("name", ("clean10", "clean13", "clean14", "clean15", "clean16",
                                  "clean17", "clean18", "clean20", "clean21",
                                  "clean22", "clean23", "clean24", "clean25",
                                  "clean26", "clean27", "clean28", "clean29", "clean30",
                                  "clean31", "clean32", "clean33", "clean34",
                                  "clean35", "clean36", "clean37", "clean38", "clean39", "clean40",
                                  "clean41", "clean42", "clean43", "clean44", "clean45",
                                  "clean46", "clean47", "clean48", "clean49", "clean50",
                                  "clean51", "clean52", "clean53", "clean54", "clean55",
                                  "clean56", "clean57", "clean58", "clean59", "clean60",
                                  "clean61", "clean62", "clean63", "clean64", "clean65",
                                  "clean66", "clean67", "clean68"))
def test_a_dev_only_set_readme_states_its_counts(name: str) -> None:
    """The tenth set's README states the counts of its one dev part, as a retired set's
    does, so a reader comparing scores against it compares the same texts."""
    rows = sources(name)
    readme = " ".join((REAL / name / "README.md").read_text("utf-8").split())
    stated = re.search(r"every text is in dev: (\d+) dirty and (\d+) genuine texts", readme)
    assert stated, name
    counted = [sum(1 for _, _, kind, _ in rows if kind == sort) for sort in ("dirty", "genuine")]
    assert [int(n) for n in stated.groups()] == counted


@pytest.mark.parametrize("name", NEXT_BLIND)
def test_the_next_rounds_blind_set_is_all_blind_and_its_readme_says_so(name: str) -> None:
    """Every text of the next round's measure is blind, none dev, and its README states the
    counts and that it is not for tuning."""
    rows = sources(name)
    assert {part for part, *_ in rows} == {"blind"} and not (REAL / name / "dev").exists()
    readme = " ".join((REAL / name / "README.md").read_text("utf-8").split())
    assert "Not for tuning" in readme
    stated = re.search(r"every text is in blind: (\d+) dirty and (\d+) genuine texts", readme,
                       re.IGNORECASE)
    assert stated, name
    counted = [sum(1 for _, _, kind, _ in rows if kind == sort) for sort in ("dirty", "genuine")]
    assert [int(n) for n in stated.groups()] == counted


#: Rounds of term sentences, in order of gathering, after the sets each must not share a
#: site with.
TERM_ROUNDS = ("round4", "round5", "round6", "round7", "round8")
#: The eighth round is a small set of the kinds one user's trial found wrong.
SMALL_ROUNDS = {"round8": 15}


@pytest.mark.parametrize("name", TERM_ROUNDS)
def test_a_round_of_term_sentences_shares_no_site_with_the_earlier_ones(
        monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """``bench_chains.py --round4`` (``--round5`` … ``--round8``) is a fresh measure only
    if none of its sites (the registered domain, as its split reads it) was in an earlier
    term or title set, and its README states the split its salt gives."""
    spec = importlib.util.spec_from_file_location(
        "bench_chains", REAL.parent.parent / "bench_chains.py")
    assert spec is not None and spec.loader is not None
    chains = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, chains)
    monkeypatch.setattr(sys, "path", list(sys.path))
    spec.loader.exec_module(chains)
    data = REAL.parent
    folders = ("real", "fresh", "glossary", "titles", "round3",
               *TERM_ROUNDS[:TERM_ROUNDS.index(name)])
    earlier = {chains.site(page) for folder in folders
               for path in (data / folder).glob("*.tsv") if path.name not in GATHERED_LATER
               for page in re.findall(r"https?://[^\s\"')]+", path.read_text("utf-8"))}
    rows = [line.split("\t") for line in (data / name / "terms.tsv").read_text(
        "utf-8").splitlines() if line and not line.startswith("#")]
    assert len(rows) >= SMALL_ROUNDS.get(name, 45) and all(len(row) == 4 for row in rows)
    assert not earlier & {chains.site(row[0]) for row in rows}
    salt = f"{name}:"
    sides = {side: [row for row in rows if chains.side_of(row[0], salt) == side]
             for side in ("dev", "blind")}
    readme = " ".join((data / name / "README.md").read_text("utf-8").split())
    for side, part in sides.items():
        sites = len({chains.site(row[0]) for row in part})
        assert re.search(rf"{len(part)} {side} (?:sentences )?from {sites}", readme), side


@pytest.mark.parametrize("name", ("round3", *TERM_ROUNDS))
def test_every_label_of_a_round_is_one_the_bench_scores(name: str) -> None:
    """A mistyped label would not be scored as meant: an entity label is a glossary body
    (or ``ambiguous`` / ``NATIONAL_SC``) with a kind the bench knows, and a title label
    has a pattern in some round's ``titles.tsv`` (else no language scores it)."""
    from cms_i18n.glossary import load_glossary

    data = REAL.parent
    bodies = {concept.id for concept in load_glossary(
        data.parent.parent / "cms_i18n" / "glossaries").concepts}
    titled = {line.split("\t")[0] for folder in ("round3", *TERM_ROUNDS)
              for line in (data / folder / "titles.tsv").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    for line in (data / name / "terms.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        _url, text, labels, titles = line.split("\t")
        for label in filter(None, labels.split("|")):
            body, _, kind = label.partition("/")
            assert body in bodies | {"ambiguous", "NATIONAL_SC"}, (label, text)
            assert kind in ("", "acronym", "paren", "short"), (label, text)
        assert set(filter(None, titles.split("|"))) <= titled, (titles, text)


def _bench_meetings(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_meetings", REAL.parent.parent / "bench_meetings.py")
    assert spec is not None and spec.loader is not None
    meetings = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, meetings)
    spec.loader.exec_module(meetings)
    return meetings


def test_the_meetings_set_shares_no_host_with_any_other_set(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``bench_meetings.py`` measures text nobody tuned the engine on only if none of its
    pages' hosts is quoted anywhere else under ``bench/data/``."""
    meetings = _bench_meetings(monkeypatch)
    folder = REAL.parent / "meetings"
    earlier = set()
    for path in REAL.parent.rglob("*"):
        if not path.is_file() or folder in path.parents:
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        earlier |= {meetings.host(url) for url in re.findall(r"https?://[^\s\"')\]>|]+", text)}
    rows = meetings.sentences()
    assert len(rows) >= 100
    assert not earlier & {row.host for row in rows}


def test_the_meetings_set_is_labelled_and_split_as_its_readme_states(
        monkeypatch: pytest.MonkeyPatch) -> None:
    meetings = _bench_meetings(monkeypatch)
    rows = meetings.sentences()
    senses = {"people-with", "people-met", "people-intransitive", "fulfil", "fulfil-need",
              "reception", "greet", "acquaint", "idiom", "noun"}
    for row in rows:
        assert row.verb in meetings.VERBS and row.sense in senses, row.text
        assert re.search(r"\b(?:meet|meets|met|meeting)\b", row.text, re.IGNORECASE), row.text
    assert len({row.text for row in rows}) == len(rows)
    readme = " ".join((REAL.parent / "meetings" / "README.md").read_text("utf-8").split())
    for side in ("dev", "blind"):
        part = [row for row in rows if row.part == side]
        hosts = len({row.host for row in part})
        assert f"{side}: {len(part)} sentences from {hosts} hosts" in readme, side
        counts = ", ".join(f"{verb} {sum(1 for row in part if row.verb == verb)}"
                           for verb in meetings.VERBS)
        assert f"({counts})" in readme, side


def test_the_meetings_bench_tells_the_verb_from_the_noun(
        monkeypatch: pytest.MonkeyPatch) -> None:
    gets_verb = _bench_meetings(monkeypatch).gets_verb
    assert gets_verb("Putin se reunió con Xi en Pekín.", "reunirse")
    assert gets_verb("Los líderes se reúnen hoy.", "reunirse")
    assert not gets_verb("Putin cumplió con Xi en la reunión.", "reunirse")
    assert gets_verb("El país cumplirá su objetivo.", "cumplir")
    assert gets_verb("Las empresas que incumplen el plazo.", "cumplir")
    assert not gets_verb("Se reunieron para cumplir el plazo.", "cumplir")
    # the noun, a birthday and a verb the bench does not check are no wrong verb
    assert gets_verb("Tras la reunión de ministros, las reuniones siguen.", "other")
    assert gets_verb("Conocí a mi mujer en su cumpleaños.", "conocer")
    assert not gets_verb("Cumplí a mi mujer en 1990.", "conocer")


def test_the_trial_set_is_dev_only_and_lists_exactly_its_files() -> None:
    """The pages a user scored the cleaner on were read to fix their kinds of miss: no
    blind part, one page a site, and SOURCES.tsv naming exactly the files present."""
    rows = sources("trial")
    assert {part for part, *_ in rows} == {"dev"}
    assert len({host(page) for *_, page in rows}) == len(rows)
    listed = set()
    for part, text, kind, _ in rows:
        listed |= ({f"{part}/{text}.in.txt", f"{part}/{text}.out.txt"} if kind == "dirty"
                   else {f"{part}/{text}.txt"})
    present = {str(path.relative_to(REAL / "trial")) for path in (REAL / "trial").glob("*/*.txt")}
    assert present == listed


def _glossary_rows(name: str) -> list[tuple[str, list[str]]]:
    """(the page of its ``#`` line, the five columns) of each sentence of a glossary set."""
    rows, page = [], ""
    for line in (REAL / name).read_text("utf-8").splitlines():
        if line.startswith("# http"):
            page = line[2:].strip()
        elif line.strip() and not line.startswith("#"):
            rows.append((page, line.split("\t")))
            page = ""
    return rows


@pytest.mark.parametrize("name", ["glossary-dev2.tsv", "glossary-dev3.tsv",
                                  "glossary-dev4.tsv", "glossary-blind4.tsv",
                                  "glossary-dev5.tsv", "glossary-blind6.tsv",
                                  "glossary-dev6.tsv", "glossary-dev7.tsv",
                                  "glossary-dev8.tsv", "glossary-dev9.tsv",
                                  "glossary-dev10.tsv", "glossary-dev11.tsv",
                                  "glossary-dev12.tsv", "glossary-dev13.tsv",
                                  "glossary-dev14.tsv", "glossary-dev15.tsv",
                                  "glossary-dev16.tsv", "glossary-dev17.tsv",
                                  "glossary-dev18.tsv"])
def test_a_later_glossary_set_is_scored_as_its_readme_states(name: str) -> None:
    """``bench_glossary.py --real dev2`` (or ``dev3``) scores every sentence as the others:
    five columns, one document a sentence, each quoted from the page its ``#`` line names,
    no site of the first dev or the blind glossary set, and the counts the README states."""
    rows = _glossary_rows(name)
    assert all(page and len(cols) == 5 and not cols[2] for page, cols in rows)
    assert len({cols[0] for _, cols in rows}) == len(rows)
    for _, cols in rows:
        assert all(filter(None, cols[3].split("|"))) and "||" not in cols[3] + cols[4]
    earlier = {host(page) for name in ("glossary-dev.tsv", "glossary-blind.tsv")
               for page, _ in _glossary_rows(name)}
    sites = {host(page) for page, _ in rows}
    assert not earlier & sites
    terms = sum(len([t for t in cols[3].split("|") if t]) for _, cols in rows)
    readme = " ".join((REAL / "README.md").read_text("utf-8").split())
    assert f"{name}` ({len(rows)} sentences, {terms} expected terms, " \
           f"{len(sites)} sites)" in readme
