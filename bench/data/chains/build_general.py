"""Rebuild ``general-dev.tsv`` and ``general-blind.tsv`` from NTREX-128.

NTREX-128 (Federmann, Kocmi and Xin, 2022; CC BY-SA 4.0) is the English WMT19
news test set (newstest2019, 1,997 sentences from 123 articles) with
professional translations into 128 languages, kept line-aligned with document ids.
Usage, from the repository root, with a checkout of
https://github.com/MicrosoftTranslator/NTREX at commit 8561f6a::

    .venv/bin/python bench/data/chains/build_general.py PATH/TO/NTREX
    .venv/bin/python bench/data/chains/build_general.py PATH/TO/NTREX --fresh

``--fresh`` draws a second, disjoint sample for ``../fresh/`` (150 sentences per
side, another seed, none of the sentences above), with the same split by
document, so one round of measurement never reuses what an earlier one scored.

Kept: sentences of 8–40 words in which the bundled glossary finds no term (the
chrF of enforced against raw output is then about what enforcement does to the
rest of the text).  Split by document before anything was translated: the first
byte of the SHA-1 of the document id decides (even: dev, odd: blind).  Up to
200 sentences per side, drawn with a fixed seed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
# Column → NTREX file suffix.
LANGS = {"en": "src.eng", "es": "ref.spa", "pt": "ref.por", "pt-BR": "ref.por-BR",
         "fr": "ref.fra", "it": "ref.ita", "ca": "ref.cat", "gl": "ref.glg"}
PER_SIDE = 200


def main(ntrex: Path, fresh: bool = False) -> None:
    sys.path.insert(0, str(ROOT))
    from cms_i18n.glossary import load_glossary

    glossary = load_glossary(ROOT / "cms_i18n" / "glossaries")
    folder = ntrex / "NTREX-128"
    columns = {lang: (folder / f"newstest2019-{name}.txt").read_text(encoding="utf-8")
               .splitlines() for lang, name in LANGS.items()}
    docs = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    used = {tuple(line.split("\t")[:2]) for side in ("dev", "blind")
            for line in (HERE / f"general-{side}.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")} if fresh else set()
    out, per_side, seed = (HERE.parent / "fresh", 150, 2026) if fresh else (HERE, PER_SIDE, 2019)
    sides: dict[str, list[str]] = {"dev": [], "blind": []}
    for i, doc in enumerate(docs):
        if (doc, str(i + 1)) in used:
            continue
        en = columns["en"][i]
        if not 8 <= len(en.split()) <= 40 or glossary.matcher.find(en):
            continue
        row = [doc, str(i + 1), *(columns[lang][i].strip() for lang in LANGS)]
        if any(not cell or "\t" in cell for cell in row):
            continue
        side = "dev" if hashlib.sha1(doc.encode()).digest()[0] % 2 == 0 else "blind"
        sides[side].append("\t".join(row))
    for side, rows in sides.items():
        chosen = sorted(random.Random(seed).sample(rows, min(per_side, len(rows))),
                        key=lambda r: int(r.split("\t")[1]))
        header = ("# NTREX-128 (newstest2019 English with professional references; CC BY-SA "
                  "4.0), https://github.com/MicrosoftTranslator/NTREX commit 8561f6a; "
                  f"{side} part{' (fresh sample)' if fresh else ''}, see README.md\n"
                  f"# document\tline\t{chr(9).join(LANGS)}\n")
        (out / f"general-{side}.tsv").write_text(header + "\n".join(chosen) + "\n",
                                                   encoding="utf-8")
        print(f"general-{side}.tsv: {len(chosen)} of {len(rows)} sentences")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ntrex", type=Path, help="a checkout of NTREX at commit 8561f6a")
    parser.add_argument("--fresh", action="store_true",
                        help="a second sample, disjoint from the first, into ../fresh/")
    args = parser.parse_args()
    main(args.ntrex, args.fresh)
