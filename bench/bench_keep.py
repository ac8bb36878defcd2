"""Article text the cleaner removes, on real pages nobody on the project wrote.

Run:  .venv/bin/python bench/bench_keep.py --benchmark AEB             # dev part
      .venv/bin/python bench/bench_keep.py --benchmark AEB -v          # … every loss shown
      .venv/bin/python bench/bench_keep.py --benchmark AEB --held-out  # TOTALS only
      .venv/bin/python bench/bench_keep.py --benchmark AEB --save F    # keep the figures
      .venv/bin/python bench/bench_keep.py --benchmark AEB --baseline F  # before | after
      .venv/bin/python bench/bench_keep.py --benchmark AEB --against DIR # DIR's cleaner too
      .venv/bin/python bench/bench_keep.py --benchmark TRAF --snippets   # trafilatura's pages

AEB is a clone (or the git directory) of scrapinghub/article-extraction-benchmark
(MIT licence): 181 article pages from 126 sites, each with its article body marked
by hand (``ground-truth.json``) and the whole page's text as two converters render
it (``output/inscriptis.json``, ``output/html-text.json``).  For each page the
cleaner is given

(a) the article alone: its headline (the page's ``<h1>``), a blank line, then the
    marked body, one paragraph per line with a blank line between.  Nothing in it is
    chrome, so the cleaned text must be byte-identical: the pages changed and the
    lines lost are counted;
(b) each whole-page rendering: the marked body's paragraphs (normalised: case,
    quotes, spaces) that the rendering holds and the cleaned rendering does not are
    article text the cleaner removed.  For information, the lines left above the
    headline (or the body, when the headline is not found) and below the body that
    hold next to nothing of the body are counted too: chrome left.

Pages are split by site with ``bench/chrome_model/sites.py``'s ``held_out_site``
(one site in five): the dev part is looked at (``-v`` shows every loss and the rule
that made it); the held-out part is scored for its totals only (``--held-out``),
never shown line by line, never tuned on.

With ``--snippets``, ``--benchmark`` is a clone of adbar/trafilatura (Apache License
2.0) instead: its evaluation pages (``tests/eval``, ``tests/cache``) are rendered to text
as ``bench/chrome_model/train.py`` renders them, and the snippets its
``tests/evaldata.json`` marks as the article's that the rendering holds and the cleaned
rendering does not are counted, split by site the same way.

``--save FILE`` writes the figures (per page for the dev part, totals only for the
held-out part); ``--baseline FILE`` prints them beside the current ones.
``--against DIR`` runs this same bench on another checkout's cleaner (DIR's
``cms_i18n``, with DIR's ``.venv`` if it has one) and prints the two side by side.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(os.environ.get("CMS_I18N_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))

from cms_i18n.clean import CleanOptions, clean_document, explain  # noqa: E402

sys.path.insert(0, str(ROOT / "bench" / "chrome_model"))
from sites import git_show, held_out_site, host  # noqa: E402

RENDERINGS = ("inscriptis", "html-text")


_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def normalise(text: str) -> str:
    """Case, quotes and spaces aside; invisible characters (which the cleaner removes) gone."""
    text = _INVISIBLE.sub("", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


_TAG_RE = re.compile(r"<[^>]+>")


def raw_headline(document: str) -> str:
    match = re.search(r"<h1\b[^>]*>(.*?)</h1>", document, re.I | re.S)
    return " ".join(html.unescape(_TAG_RE.sub(" ", match.group(1))).split()) if match else ""


def paragraphs_of(body: str) -> list[str]:
    return [" ".join(line.split()) for line in body.split("\n") if line.strip()]


def article_alone(headline: str, body: str) -> str:
    """The article as an editor has it: headline, blank line, paragraphs a blank line apart."""
    return "\n\n".join(([headline] if headline else []) + paragraphs_of(body)) + "\n"


def _trigrams(words: list[str]) -> set[str]:
    return {" ".join(words[k:k + 3]) for k in range(len(words) - 2)}


@dataclass
class PageScore:
    """One page's figures."""

    site: str
    alone_changed: bool = False
    alone_lines_lost: int = 0
    paragraphs: int = 0             # body paragraphs found in a rendering (both summed)
    paragraphs_lost: int = 0        # … that the cleaner removed
    chrome_left: int = 0            # lines left at the edges with next to nothing of the body
    lost: list[str] = field(default_factory=list)   # dev part only: what was lost, and why


def _lost_lines(before: str, after: str) -> list[str]:
    """Non-blank lines of ``before`` with no line of ``after`` equal to them (normalised)."""
    kept = {normalise(line) for line in after.splitlines()}
    return [line for line in before.splitlines()
            if normalise(line) and normalise(line) not in kept]


def _why(fixes: list[str], line: str) -> str:
    words = normalise(line)[:40]
    for note in fixes:
        if words and words in normalise(note):
            return note
    return "?"


def score_page(key: str, item: dict[str, str], renders: dict[str, str], document: str,
               detail: bool) -> PageScore:
    body = item["articleBody"]
    headline = raw_headline(document)
    score = PageScore(host(item["url"]))
    alone = article_alone(headline, body)
    cleaned = clean_document(alone, CleanOptions())
    if cleaned.text != alone:
        score.alone_changed = True
        lost = _lost_lines(alone, cleaned.text)
        score.alone_lines_lost = len(lost)
        if detail:
            notes = explain(cleaned.fixes)
            score.lost += [f"alone: {line[:100]!r}  <- {_why(notes, line)}" for line in lost]
            if not lost:
                score.lost += [f"alone changed in place: {n}" for n in notes[:3]]
    wanted = [p for p in map(normalise, paragraphs_of(body)) if p]
    head = normalise(headline)
    grams = _trigrams(normalise(body).split())
    for name, text in renders.items():
        flat_in = " " + " ".join(normalise(text).split()) + " "
        cleaned = clean_document(text, CleanOptions())
        flat_out = " " + " ".join(normalise(cleaned.text).split()) + " "
        notes = explain(cleaned.fixes) if detail else []
        for paragraph in wanted:
            if f" {paragraph} " not in flat_in:
                continue
            score.paragraphs += 1
            if f" {paragraph} " not in flat_out:
                score.paragraphs_lost += 1
                if detail:
                    score.lost.append(f"{name}: {paragraph[:100]!r}  <- {_why(notes, paragraph)}")
        lines = [normalise(line) for line in cleaned.text.splitlines() if line.strip()]
        at = [k for k, line in enumerate(lines)
              if line in wanted or (len(line.split()) >= 4 and len(
                  _trigrams(line.split()) & grams) >= 0.5 * (len(line.split()) - 2))]
        if not at:
            continue
        top = next((k for k, line in enumerate(lines[:at[0]]) if head and line == head), at[0])
        for k in [*range(top), *range(at[-1] + 1, len(lines))]:
            words = lines[k].split()
            if len(_trigrams(words) & grams) < 0.1 * max(1, len(words) - 2):
                score.chrome_left += 1
    return score


@dataclass
class Totals:
    pages: int = 0
    alone_changed: int = 0
    alone_lines_lost: int = 0
    alone_losing: int = 0
    paragraphs: int = 0
    paragraphs_lost: int = 0
    pages_losing: int = 0
    chrome_left: int = 0

    def add(self, page: PageScore) -> None:
        self.pages += 1
        self.alone_changed += page.alone_changed
        self.alone_lines_lost += page.alone_lines_lost
        self.alone_losing += page.alone_lines_lost > 0
        self.paragraphs += page.paragraphs
        self.paragraphs_lost += page.paragraphs_lost
        self.pages_losing += page.paragraphs_lost > 0
        self.chrome_left += page.chrome_left

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("article alone: pages changed", f"{self.alone_changed}/{self.pages}"),
            ("article alone: pages losing a line", f"{self.alone_losing}/{self.pages}"),
            ("article alone: lines lost", str(self.alone_lines_lost)),
            ("page: body paragraphs lost",
             f"{self.paragraphs_lost}/{self.paragraphs}"),
            ("page: renderings' pages losing any", f"{self.pages_losing}/{self.pages}"),
            ("page: chrome lines left (info)", str(self.chrome_left)),
        ]


def run(benchmark: Path, held_out: bool, verbose: bool) -> dict[str, object]:
    truth = json.loads(git_show(benchmark, "ground-truth.json"))
    renderings = {name: json.loads(git_show(benchmark, f"output/{name}.json"))["output"]
                  for name in RENDERINGS}
    totals = Totals()
    pages: dict[str, dict[str, object]] = {}
    for key, item in sorted(truth.items()):
        if held_out_site(host(item["url"])) != held_out:
            continue
        document = gzip.decompress(git_show(benchmark, f"html/{key}.html.gz")).decode(
            "utf-8", "replace")
        renders = {name: out[key]["articleBody"] for name, out in renderings.items()
                   if key in out}
        page = score_page(key, item, renders, document, detail=not held_out)
        totals.add(page)
        if not held_out:
            pages[key[:12]] = {k: v for k, v in asdict(page).items() if k != "lost"}
            if verbose and page.lost:
                print(f"--- {key[:12]} {page.site}")
                for line in page.lost:
                    print(f"    {line}")
    return {"part": "held-out" if held_out else "dev", "totals": asdict(totals), "pages": pages}


def run_snippets(repo: Path, held_out: bool, verbose: bool) -> dict[str, object]:
    """Trafilatura's evaluation pages (``--snippets``): each rendered to text as
    bench/chrome_model/train.py renders them, the snippets marked as the article's
    that the rendering holds and the cleaned rendering does not are counted."""
    import train  # needs lxml and numpy, training's dependencies

    marks = json.loads(git_show(repo, "tests/evaldata.json"))
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "-z", "--name-only",
                              "HEAD", "tests/cache", "tests/eval"], check=True,
                             capture_output=True).stdout.decode("utf-8").split("\0")
    where = {path.rsplit("/", 1)[-1]: path for path in listing if path}
    pages = snippets = lost = losing = 0
    for url, item in sorted(marks.items()):
        site = host(url)
        path = where.get(item["file"])
        if held_out_site(site) != held_out or not path:
            continue
        try:
            text = train.render_html(git_show(repo, path))
        except (ValueError, subprocess.CalledProcessError):
            continue
        flat_in = " ".join(normalise(text).split())
        cleaned = clean_document(text, CleanOptions())
        flat_out = " ".join(normalise(cleaned.text).split())
        pages += 1
        missed = []
        for snippet in item.get("with", []):
            wanted = normalise(snippet)
            if wanted and wanted in flat_in:
                snippets += 1
                if wanted not in flat_out:
                    missed.append(wanted)
        lost += len(missed)
        losing += bool(missed)
        if verbose and missed:
            notes = explain(cleaned.fixes)
            print(f"--- {item['file']} {site}")
            for wanted in missed:
                print(f"    {wanted[:100]!r}  <- {_why(notes, wanted)}")
    return {"part": ("held-out" if held_out else "dev") + " (trafilatura snippets)",
            "totals": {"pages": pages, "snippets": snippets, "lost": lost, "losing": losing},
            "pages": {}}


def show(results: list[tuple[str, dict[str, object]]]) -> None:
    part = str(results[0][1]["part"])
    print(f"{part if 'snippets' in part else 'AEB, ' + part:38}" + "".join(
        f"{name:>16}" for name, _ in results))
    if "snippets" in part:
        totals = [result["totals"] for _, result in results]
        rows = [[("article snippets lost", f"{t['lost']}/{t['snippets']}"),  # type: ignore[index]
                 ("pages losing any", f"{t['losing']}/{t['pages']}")]  # type: ignore[index]
                for t in totals]
    else:
        rows = [Totals(**result["totals"]).rows() for _, result in results]  # type: ignore[arg-type]
    for k, (label, _) in enumerate(rows[0]):
        print(f"{label:38}" + "".join(f"{row[k][1]:>16}" for row in rows))
    if len(results) == 2 and results[0][1]["pages"]:
        before, after = (result["pages"] for _, result in results)
        assert isinstance(before, dict) and isinstance(after, dict)
        for key in sorted(set(before) & set(after)):
            b, a = before[key], after[key]
            if (b["paragraphs_lost"], b["alone_lines_lost"], b["alone_changed"]) != (
                    a["paragraphs_lost"], a["alone_lines_lost"], a["alone_changed"]):
                print(f"  {key} {a['site']}: alone lost {b['alone_lines_lost']} -> "
                      f"{a['alone_lines_lost']}, paragraphs lost {b['paragraphs_lost']} -> "
                      f"{a['paragraphs_lost']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", type=Path, required=True,
                        help="a clone (or git directory) of "
                             "scrapinghub/article-extraction-benchmark")
    parser.add_argument("--held-out", action="store_true",
                        help="score the held-out sites instead: totals only")
    parser.add_argument("--save", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--baseline", type=Path,
                        help="figures saved earlier (--save): printed beside these")
    parser.add_argument("--against", type=Path,
                        help="another checkout: its cleaner is scored too, beside this one")
    parser.add_argument("--snippets", action="store_true",
                        help="--benchmark is a clone of adbar/trafilatura: score its evaluation "
                             "pages' marked article snippets instead (needs lxml and numpy)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="dev part: show every line lost and the rule that took it")
    args = parser.parse_args()
    verbose = args.verbose and not args.held_out
    results: list[tuple[str, dict[str, object]]] = []
    if args.baseline:
        results.append(("baseline", json.loads(args.baseline.read_text("utf-8"))))
    if args.against:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "figures.json"
            python = args.against / ".venv" / "bin" / "python"
            subprocess.run([str(python if python.exists() else sys.executable), __file__,
                            "--benchmark", str(args.benchmark), "--save", str(out),
                            *(["--held-out"] if args.held_out else []),
                            *(["--snippets"] if args.snippets else [])],
                           check=True, env={**os.environ, "CMS_I18N_ROOT": str(args.against)},
                           stdout=subprocess.DEVNULL)
            results.append((args.against.name or str(args.against),
                            json.loads(out.read_text("utf-8"))))
    current = (run_snippets if args.snippets else run)(args.benchmark, args.held_out, verbose)
    results.append(("this checkout", current))
    if args.save:
        args.save.write_text(json.dumps(current, indent=1) + "\n", "utf-8")
    show(results)


if __name__ == "__main__":
    main()
