"""Languages Apertium reaches through a chain of pairs: the glossary and general quality.

Usage::

    .venv/bin/python bench/bench_chains.py                # dev sets, every language reachable
    .venv/bin/python bench/bench_chains.py --lang pt fr -v
    .venv/bin/python bench/bench_chains.py --blind        # the blind sets: score once, at the end
    .venv/bin/python bench/bench_chains.py --fresh [--blind]   # second round: bench/data/fresh/
    .venv/bin/python bench/bench_chains.py --round3 [--blind]  # third round: bench/data/round3/
    .venv/bin/python bench/bench_chains.py --round4 [--blind]  # fourth round: bench/data/round4/
    .venv/bin/python bench/bench_chains.py --round5 [--blind]  # fifth round: bench/data/round5/
    .venv/bin/python bench/bench_chains.py --round6 [--blind]  # sixth round: bench/data/round6/
    .venv/bin/python bench/bench_chains.py --round7 [--blind]  # seventh round: bench/data/round7/
    .venv/bin/python bench/bench_chains.py --round8 [--blind]  # eighth round: bench/data/round8/

For every target language Apertium reaches from English here (directly or
through a chain such as ``eng-spa → es-pt``), two sets:

* term sentences: ``bench/data/real/glossary-{dev,blind}.tsv``, real English
  sentences from public news and government pages naming the glossary's bodies.
  Their labels name the Spanish approved forms; each is mapped through the
  glossary to the same concept and kind of form (name, acronym, short form) in
  the target language, and so are the wrong-entity markers;
* general news: ``bench/data/chains/general-{dev,blind}.tsv``, NTREX-128
  sentences (WMT19 news with professional references in every language here)
  in which the glossary finds no term.

Rows: raw chain (the engine alone), and what ``cms-i18n translate`` writes
(glossary enforced with the language's default strategy, then the target-side
typography repaired).  Figures: term accuracy (expected occurrences found,
case-sensitive whole words), units naming a wrong entity, chrF (sacrebleu)
against the references; and for the general set the chrF of the raw chain
with typography alone, to tell its share from enforcement's.

``--fresh`` scores the second round instead (``bench/data/fresh/``, see its
README): real sentences labelled by concept rather than by Spanish form, split
into dev and blind by site, and a second NTREX sample.  A label names what each
mention must become ("SCO", "SCO/acronym", "SCO/paren" for an acronym in
parentheses after the full name, "ambiguous" or "NATIONAL_SC" for a bare
"Security Council" the sentence does not tie to the UN's or Russia's); any
other body's approved name or variant in the output is a wrong entity.

``--round3`` scores the third round (``bench/data/round3/``): labelled the same
way, split by a salted hash of the site, and with a second kind of label for
titles of officials (UN ranks such as "Assistant Secretary-General", "deputy"
as a second-in-command or as a member of a legislature), each scored against
the language's established title (``titles.tsv``).  Its news sentences are the
second round's.

``--round4`` scores the fourth round (``bench/data/round4/``) the same way, with
its own salt; its title labels are the third round's and those of its own
``titles.tsv`` (a deputy governor, a deputy head).  ``--round5`` scores the fifth
(``bench/data/round5/``), ``--round6`` the sixth (``bench/data/round6/``) and
``--round7`` the seventh (``bench/data/round7/``) and ``--round8`` the eighth
(``bench/data/round8/``) likewise, with the earlier rounds' title labels.  A label
``CONCEPT/short`` expects the concept's short form in the target language (a body named
bare, which nothing in the sentence places: "the National Security and Defence Council").
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cms_i18n.languages import base

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_glossary import count, term_hits  # noqa: E402  (whole-word, case-sensitive)

TERMS = ROOT / "bench" / "data" / "real"
GENERAL = ROOT / "bench" / "data" / "chains"
FRESH = ROOT / "bench" / "data" / "fresh"
ROUND3 = ROOT / "bench" / "data" / "round3"
# The third round's split: the site hashed with this salt, so that it falls
# independently of the second round's.
ROUND3_SALT = "round3:"
ROUND4 = ROOT / "bench" / "data" / "round4"
ROUND4_SALT = "round4:"
ROUND5 = ROOT / "bench" / "data" / "round5"
ROUND5_SALT = "round5:"
ROUND6 = ROOT / "bench" / "data" / "round6"
ROUND6_SALT = "round6:"
ROUND7 = ROOT / "bench" / "data" / "round7"
ROUND7_SALT = "round7:"
ROUND8 = ROOT / "bench" / "data" / "round8"
ROUND8_SALT = "round8:"
# Each round with titles: its folder and the salt of its split.
TITLED_ROUNDS = {"round3": (ROUND3, ROUND3_SALT), "round4": (ROUND4, ROUND4_SALT),
                 "round5": (ROUND5, ROUND5_SALT), "round6": (ROUND6, ROUND6_SALT),
                 "round7": (ROUND7, ROUND7_SALT), "round8": (ROUND8, ROUND8_SALT)}
LANGS = ("es", "pt", "pt-BR", "fr", "it", "ca", "gl")


@dataclass
class Item:
    text: str
    expect: list[str]       # target-language forms, repeated when expected twice
    wrong: list[str]
    titles: tuple[str, ...] = ()    # title labels ("ASG", "deputy-minister", "MP")


def spanish_forms(glossary):
    """Spanish approved, acronym and short forms → (concept, kind), to map the labels."""
    forms = {}
    for concept in glossary.concepts:
        entry = concept.target("es")
        if entry is None:
            continue
        forms.setdefault(entry.name.text, (concept, "name"))
        for variant in entry.variants:
            forms.setdefault(variant, (concept, "name"))
        if entry.acronym is not None:
            forms.setdefault(entry.acronym.text, (concept, "acronym"))
        for short in entry.short:
            forms.setdefault(short, (concept, "short"))
    return forms


def mapped(form: str, lang: str, forms) -> str | None:
    """The target-language form of the same concept and kind as a Spanish label."""
    concept, kind = forms[form]
    entry = concept.target(lang)
    if entry is None:
        return None
    if kind == "short":
        return entry.short[0] if entry.short else entry.name.text
    return entry.form(kind).text


def term_items(side: str, lang: str, glossary) -> list[Item] | None:
    forms = spanish_forms(glossary)
    items = []
    for line in (TERMS / f"glossary-{side}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _doc, text, _ref, expect, wrong = line.split("\t")
        out = [mapped(t, lang, forms) for t in expect.split("|") if t]
        bad = [mapped(t, lang, forms) for t in wrong.split("|") if t]
        if any(t is None for t in out + bad):
            return None         # the glossary has no approved names in this language
        items.append(Item(text, [t for t in out if t], [t for t in bad if t]))
    return items


def site(url: str) -> str:
    """The site a page belongs to: its registered domain ("en.inform.kz" → "inform.kz")."""
    parts = (urlsplit(url).hostname or "").split(".")
    keep = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and \
        parts[-2] in {"co", "com", "org", "net", "gov", "ac"} else 2
    return ".".join(parts[-keep:])


def side_of(url: str, salt: str = "") -> str:
    """The fixed split of a round: the first byte of the (salted) site's SHA-1, even → dev."""
    return "dev" if hashlib.sha1((salt + site(url)).encode()).digest()[0] % 2 == 0 \
        else "blind"


def label_form(label: str, lang: str, glossary) -> str | None:
    """What one labelled mention must become in ``lang`` ("" for nothing; None: no names)."""
    if label in ("ambiguous", "NATIONAL_SC"):
        default = next(c for c in glossary.concepts if c.default)
        entry = default.target(lang)
        return None if entry is None or not entry.short else entry.short[0]
    cid, _, kind = label.partition("/")
    entry = glossary.get(cid).target(lang)
    if entry is None:
        return None
    if kind == "short":       # named bare, nothing placing it: the target's short form
        return entry.short[0] if entry.short else entry.name.text
    if kind == "paren":       # "(SCO)" right after the full name: the language's rule
        paren = entry.parenthetical(glossary.get(cid).acronyms[0])
        return paren.text if paren is not None else ""
    return entry.form(kind or "name").text


def fresh_items(side: str, lang: str, glossary, folder: Path = FRESH,
                salt: str = "") -> tuple[list[Item], int] | None:
    """The term sentences of one side of a round, with ``lang``'s forms; and how many sites.

    A mention of a body the glossary has no name for in ``lang`` is not scored (Catalan
    names one body so far); None when no mention is.
    """
    items, sites = [], set()
    for line in (folder / "terms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        url, text, labels, *more = line.split("\t")
        if side_of(url, salt) != side:
            continue
        sites.add(site(url))
        named = [lb for lb in labels.split("|") if lb]
        forms = [label_form(lb, lang, glossary) for lb in named]
        # A body the sentence names in full is never a wrong entity, labelled or not (the
        # CSTO's "Collective Security Council", named before the glossary had it); nor is one
        # it names by a short form no other body shares (Ukraine's "National Security and
        # Defense Council", named before the glossary had it).
        shared = {}
        for concept in glossary.concepts:
            for form in concept.short:
                shared[form] = shared.get(form, 0) + 1
        own = {lb.partition("/")[0] for lb in named} | {
            o.concept.id for o in glossary.matcher.find(text)
            if o.kind != "short" or all(shared.get(f) == 1 for f in o.concept.short)}
        wrong = [form for c in glossary.concepts if c.id not in own and c.target(lang)
                 for form in (c.target(lang).name.text, *c.target(lang).variants)]
        titles = tuple(t for t in (more[0] if more else "").split("|") if t)
        items.append(Item(text, [f for f in forms if f], wrong, titles))
    if not any(i.expect or i.titles for i in items):
        return None
    return items, len(sites)


def title_patterns(lang: str) -> dict[str, re.Pattern[str]]:
    """The pattern of each title label in ``lang`` (whole words, any case), from every
    round's ``titles.tsv`` (a later round adds labels)."""
    found = {}
    for folder, _salt in TITLED_ROUNDS.values():
        for line in (folder / "titles.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, code, pattern = line.split("\t")
                if code == base(lang):
                    found[label] = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])",
                                              re.IGNORECASE)
    return found


def title_score(items: list[Item], outputs: list[str], lang: str) -> tuple[int, int, int]:
    """Title labels rendered as the language's title, how many were scored, and units
    that call a second-in-command a member of parliament ("deputy minister" → "diputado")."""
    patterns = title_patterns(lang)
    member = patterns.get("MP")
    hit = total = wrong = 0
    for item, out in zip(items, outputs, strict=True):
        for label in set(item.titles):
            if label in patterns:
                need = item.titles.count(label)
                total += need
                hit += min(need, len(patterns[label].findall(out)))
        if member is not None and "MP" not in item.titles and \
                any(t != "MP" for t in item.titles) and member.search(out):
            wrong += 1
    return hit, total, wrong


def general_items(side: str, lang: str, folder: Path = GENERAL) -> tuple[list[str], list[str]]:
    lines = (folder / f"general-{side}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header = next(line for line in lines if line.startswith("# document"))[2:].split("\t")
    col = header.index(lang)
    return [r[header.index("en")] for r in rows], [r[col] for r in rows]


def term_score(items: list[Item], outputs: list[str]) -> tuple[int, int, int]:
    hit = total = wrong = 0
    for item, out in zip(items, outputs, strict=True):
        found, expected = term_hits(item.expect, out)
        hit += found
        total += expected
        # A marker inside an expected name is no wrong entity ("Conseil de sécurité").
        wrong += any(m in out and not any(m in e and count(e, out) for e in item.expect)
                     for m in item.wrong)
    return hit, total, wrong


#: Per run of a row ("news, cms-i18n"), the texts the engine failed on even alone: left
#: untranslated, as ``cms-i18n translate`` leaves them, and scored as such.
untranslated: dict[str, int] = {}


def pipeline(engine, glossary, texts: list[str], lang: str, run: str = "") -> list[str]:
    """What ``cms-i18n translate`` writes: enforcement, then typography."""
    from cms_i18n.glossary import translate_units
    from cms_i18n.target_typography import repair

    results = translate_units(engine, texts, source="en", target=lang, glossary=glossary,
                              documents=[f"u{i}" for i in range(len(texts))])
    untranslated[run] = sum(bool(r.failed) for r in results)
    return [repair(r.text, t, lang)[0] for r, t in zip(results, texts, strict=True)]


def engine_only(engine, texts: list[str], lang: str, run: str = "") -> list[str]:
    out = engine.translate_batch(texts, "en", lang)
    untranslated[run] = sum(bool(t.failed) for t in out)
    return [t.text for t in out]


def timed(engine, texts: list[str], lang: str) -> float:
    """Seconds for one batch through pipelines already started (warmed up first)."""
    engine.translate_batch(["Warm up."], "en", lang)
    started = time.perf_counter()
    engine.translate_batch(texts, "en", lang)
    return time.perf_counter() - started


def fresh(run):
    """``run(engine)`` on a newly started engine.

    A stage of an Apertium pair keeps state from one record to the next, so the
    same text can come out differently after other texts; every row starts from
    the same state, so raw and enforced differ only by what enforcement does.
    """
    from cms_i18n.engines.apertium import ApertiumEngine

    with ApertiumEngine({}) as engine:
        return run(engine)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=list(LANGS), help="target languages")
    parser.add_argument("--blind", action="store_true",
                        help="score the blind sets (once, at the end of a change)")
    parser.add_argument("--fresh", action="store_true",
                        help="the second round of real sentences (bench/data/fresh/)")
    for name, (folder, _salt) in TITLED_ROUNDS.items():
        parser.add_argument(f"--{name}", action="store_true",
                            help=f"round {name[-1]} of real sentences "
                                 f"({folder.relative_to(ROOT)}/)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed terms")
    args = parser.parse_args()
    from sacrebleu.metrics import CHRF

    from cms_i18n.engines.apertium import ApertiumEngine
    from cms_i18n.errors import EngineError
    from cms_i18n.glossary import load_glossary
    from cms_i18n.target_typography import repair

    side = "blind" if args.blind else "dev"
    glossary = load_glossary(ROOT / "cms_i18n" / "glossaries")
    chrf = CHRF()
    missed: list[str] = []
    titles: dict[str, str] = {}
    with ApertiumEngine({}) as probe:
        reachable = probe.pairs()
        routes = {lang: probe.route("en", lang).describe() for lang in args.lang
                  if ("en", base(lang)) in reachable}
    round_name = next((name for name in TITLED_ROUNDS if getattr(args, name)), None)
    rounds = f"round {round_name[-1]} " if round_name else "fresh " if args.fresh else ""
    print(f"{rounds}{side} sets; glossary {glossary.version}")
    header = (f"{'lang':6} {'route':24} {'term acc raw':>16} {'term acc enforced':>18} "
              f"{'wrong':>9} {'chrF raw':>8} {'+typo':>6} {'cms-i18n':>8} {'Δ':>6} "
              f"{'words/s':>8}")
    print(header)
    print("-" * len(header))
    for lang in args.lang:
        untranslated.clear()
        if lang not in routes:
            print(f"{lang:6} not reachable with the installed Apertium pairs")
            continue
        try:
            if args.fresh or round_name:
                got = fresh_items(side, lang, glossary, *(TITLED_ROUNDS[round_name] if round_name
                                                           else (FRESH, "")))
                items = got[0] if got else None
                if got and lang == args.lang[0]:
                    print(f"{len(got[0])} term sentences from {got[1]} sites, "
                          f"{sum(len(i.expect) for i in got[0])} expected forms")
            else:
                items = term_items(side, lang, glossary)
            if items:
                texts = [i.text for i in items]
                raw = fresh(lambda e, t=texts, lg=lang: engine_only(e, t, lg, "terms, raw"))
                done = fresh(lambda e, t=texts, lg=lang: pipeline(e, glossary, t, lg,
                                                                  "terms, cms-i18n"))
                rh, rt, rw = term_score(items, raw)
                eh, et, ew = term_score(items, done)
                acc_raw = f"{rh / rt:.3f} ({rh}/{rt})" if rt else "—"
                acc_enf = f"{eh / et:.3f} ({eh}/{et})" if et else "—"
                wrong = f"{rw}→{ew}"
                if round_name:
                    # raw: `apertium -u` of each pair, as a user would (the engine alone
                    # already repairs titles and ranks)
                    from bench_titles import raw as apertium_u

                    titled = [n for n, item in enumerate(items) if item.titles]
                    plain = fresh(lambda e, t=[texts[n] for n in titled], lg=lang:
                                  apertium_u(e, t, lg))
                    th = [title_score([items[n] for n in titled], outs, lang)
                          for outs in (plain, [done[n] for n in titled])]
                    titles[lang] = (f"{th[0][0]}/{th[0][1]} → {th[1][0]}/{th[1][1]}"
                                    f" (as a member of parliament: {th[0][2]} → {th[1][2]})"
                                    if th[0][1] else "no sourced titles")
                for item, out in zip(items, done, strict=True):
                    lost = [t for t in set(item.expect) if count(t, out) < item.expect.count(t)]
                    _, _, bad = term_score([item], [out])
                    if round_name:
                        got_titles, want_titles, as_member = title_score([item], [out], lang)
                        if got_titles < want_titles or as_member:
                            lost.append(f"titles {item.titles}")
                    if lost or bad:
                        missed.append(f"  [{lang}] {item.text}\n      → {out}\n      "
                                      f"missing {lost}, wrong entity {bool(bad)}")
            else:
                acc_raw = acc_enf = wrong = "no glossary"
            sources, refs = general_items(side, lang, FRESH if args.fresh or round_name
                                          else GENERAL)
            raw = fresh(lambda e, src=sources, lg=lang: engine_only(e, src, lg, "news, raw"))
            typo = [repair(o, s, lang)[0] for o, s in zip(raw, sources, strict=True)]
            done = fresh(lambda e, src=sources, lg=lang: pipeline(e, glossary, src, lg,
                                                                  "news, cms-i18n"))
            seconds = fresh(lambda e, src=sources, lg=lang: timed(e, src, lg))
            scores = [chrf.corpus_score(out, [refs]).score for out in (raw, typo, done)]
            words = sum(len(s.split()) for s in sources)
            print(f"{lang:6} {routes[lang]:24} {acc_raw:>16} {acc_enf:>18} {wrong:>9} "
                  f"{scores[0]:8.2f} {scores[1]:6.2f} {scores[2]:8.2f} "
                  f"{scores[2] - scores[0]:+6.2f} {words / seconds:8.0f}")
            if any(untranslated.values()):
                print(f"{'':6} texts the engine failed on alone, left untranslated: "
                      + ", ".join(f"{run} {n}" for run, n in untranslated.items()))
        except EngineError as error:
            # A pipeline that crashes on one of the set's sentences is a result too:
            # the row says so, and the other languages are still scored.
            print(f"{lang:6} {routes[lang]:24} engine failed: {error}")
    if titles:
        print("\ntitles of officials, raw apertium -u → cms-i18n:")
        for lang, line in titles.items():
            print(f"  {lang:6} {line}")
    if missed and args.verbose:
        print("\nunits missing a term or naming a wrong entity (cms-i18n output):")
        print("\n".join(missed))
    elif missed:
        print(f"\n{len(missed)} unit(s) miss a term or name a wrong entity; -v lists them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
