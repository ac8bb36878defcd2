"""Units left as written: how many units of genuine and real text go to no engine, and why.

    .venv/bin/python bench/bench_as_written.py --negative      # per source of the negative set
    .venv/bin/python bench/bench_as_written.py --real dev -v   # real English pages, units held
    .venv/bin/python bench/bench_as_written.py --real blind    # totals only

The negative set (``bench/data/negative/``) holds genuine text in English, Russian,
Greek, German, French and other languages, and code: every Russian and Greek unit
should be held as not English, English prose never; code units held as code.  The
real pages (``bench/data/real/clean*/<part>/*.in.txt``) are English news as scraped:
a unit of an English page held as another script is a false positive, one held as
code is one unless it is code.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cms_i18n.as_written import CODE_NOTE, in_other_script, left_as_written  # noqa: E402
from cms_i18n.document import Document  # noqa: E402
from cms_i18n.pipeline import prepare_document  # noqa: E402
from cms_i18n.segment import segment  # noqa: E402

NEGATIVE = ROOT / "bench" / "data" / "negative"
REAL = ROOT / "bench" / "data" / "real"
SETTINGS = {"root": str(ROOT)}


def _kind(note: str | None) -> str:
    return "sent" if note is None else "code" if note == CODE_NOTE else "script"


def negative_set() -> None:
    """Per source: units, and how many are held as another script or as code."""
    groups: dict[str, Counter[str]] = {}
    for path in sorted(NEGATIVE.glob("*/*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        counts = groups.setdefault(path.parent.name, Counter())
        for seg in segment(text, "text"):
            counts[_kind(left_as_written(seg.text, "en"))] += 1
    total: Counter[str] = Counter()
    print(f"{'source':<20} {'units':>6} {'script':>7} {'code':>5}")
    for name, counts in groups.items():
        total.update(counts)
        print(f"{name:<20} {sum(counts.values()):>6} {counts['script']:>7} {counts['code']:>5}")
    print(f"{'all':<20} {sum(total.values()):>6} {total['script']:>7} {total['code']:>5}")


def real_pages(part: str, verbose: bool) -> None:
    """Units of real pages, cleaned as translate cleans them, held or sent: English pages
    (most letters Latin) apart from pages in another script."""
    totals: dict[str, Counter[str]] = {"English": Counter(), "other": Counter()}
    pages = sorted(REAL.glob(f"clean*/{part}/*.in.txt"))
    for path in pages:
        body = path.read_text(encoding="utf-8")
        side = "other" if in_other_script(body, "en") else "English"
        totals[side]["pages"] += 1
        document = Document(id=path.name, path=path, format="text", body=body)
        for unit in prepare_document(document, SETTINGS).units:
            note = left_as_written(unit.source, "en")
            totals[side][_kind(note)] += 1
            if note and verbose and part == "dev" and side == "English":
                print(f"{path.parent.parent.name}/{path.name}: {note}: {unit.source[:70]!r}")
    for side, counts in totals.items():
        units = counts["sent"] + counts["script"] + counts["code"]
        print(f"real {part}, {side} pages: {counts['pages']} pages, {units} units, "
              f"{counts['script']} held as another script, {counts['code']} held as code")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--negative", action="store_true", help="the negative set, per source")
    parser.add_argument("--real", choices=("dev", "blind"), help="real English pages")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="with --real dev: every unit held")
    args = parser.parse_args()
    if args.negative:
        negative_set()
    if args.real:
        real_pages(args.real, args.verbose)


if __name__ == "__main__":
    main()
