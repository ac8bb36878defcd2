#!/usr/bin/env python
"""Time per MB at 1, 4 and 16 MB: segmentation, HTML parsing, preparing and merging.

Run:  .venv/bin/python bench/bench_linear.py [--sizes 1,4,16] [--skip-prepare]

A document (or catalogue) four times as long should take about four times as
long.  Each row is one kind of input, built from the example article's real
paragraphs repeated (numbered, so no two are equal) to the size asked for:

* segment text / Markdown / HTML: :func:`cms_i18n.segment.segment` on one document;
* HTML nested: a document whose paragraphs sit ever deeper in ``<div>``\\ s
  (4,000 levels per MB), the case that used to be quadratic;
* prepare text: the pipeline's whole per-document preparation (cleaning each
  unit, document-level checks, segmentation) of one plain-text document;
* merge first / merge all changed: ``update_catalog`` writing a new catalogue of
  that much source text, then again after every paragraph changed (the fuzzy
  matching of changed units against the entries that disappeared).

Columns: seconds per MB at each size, and the growth factor ``(t_big / t_1) /
(size_big / 1)``, 1.0 being exactly linear; a quadratic step shows 4 and 16.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cms_i18n import pipeline
from cms_i18n.catalog import CatalogEntry, catalog_paths, update_catalog
from cms_i18n.document import Document
from cms_i18n.segment import segment

SEED = Path(__file__).resolve().parents[1] / "examples" / "content" / \
    "asian-security-officials.txt"
MB = 1_000_000


def paragraphs(size: int) -> list[str]:
    """Distinct real-looking paragraphs adding up to ``size`` characters."""
    seed = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")
            if len(p.strip()) > 80]
    out, total, n = [], 0, 0
    while total < size:
        text = f"{seed[n % len(seed)]} ({n})"
        out.append(text)
        total += len(text) + 2
        n += 1
    return out


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def nested_html(size: int) -> str:
    paras = paragraphs(size)
    depth = 4000 * size // MB
    step = max(1, depth // max(1, len(paras)))
    parts, opened = ["<html><body>"], 0
    for text in paras:
        if opened < depth:
            parts.append("<div>" * step)
            opened += step
        parts.append(f"<p>{text}</p>\n")
    parts.append("</div>" * opened + "</body></html>")
    return "".join(parts)


def merge_rows(size: int) -> tuple[float, float]:
    units = [CatalogEntry(context="article", source=text, translation=f"ES {text}",
                          references=(("content/article.txt", 2 * i + 1),),
                          comments=("machine translation: apertium",))
             for i, text in enumerate(paragraphs(size))]
    changed = [CatalogEntry(context=u.context, source=u.source.replace(" the ", " a ", 1) + "!",
                            translation=u.translation, references=u.references,
                            comments=u.comments) for u in units]
    with tempfile.TemporaryDirectory() as folder:
        po, pot = catalog_paths(Path(folder), "es", "content")
        first = timed(lambda: update_catalog(po, units, lang="es", domain="content",
                                             pot_path=pot))
        again = timed(lambda: update_catalog(po, changed, lang="es", domain="content",
                                             pot_path=pot))
    return first, again


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,4,16", help="sizes in MB (default 1,4,16)")
    parser.add_argument("--skip-prepare", action="store_true",
                        help="leave out the pipeline preparation row (the slowest)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    rows: dict[str, list[float]] = {}

    def add(name: str, seconds: float) -> None:
        rows.setdefault(name, []).append(seconds)

    for mb in sizes:
        size = int(mb * MB)
        paras = paragraphs(size)
        text = "\n\n".join(paras) + "\n"
        markdown = "\n\n".join(f"## {p[:40]}\n\n{p}" if i % 5 == 0 else p
                               for i, p in enumerate(paras)) + "\n"
        html = "<html><body>" + "".join(f"<div><p>{p}</p></div>\n" for p in paras) + \
            "</body></html>"
        add("segment text", timed(lambda text=text: segment(text, "text")))
        add("segment Markdown", timed(lambda md=markdown: segment(md, "markdown")))
        add("segment HTML", timed(lambda h=html: segment(h, "html")))
        deep = nested_html(size)
        add("HTML nested 4,000 levels/MB", timed(lambda d=deep: segment(d, "html")))
        if not args.skip_prepare:
            document = Document(id="article", path=Path("article.txt"), format="text",
                                body=text, fields={}, meta={}, source_lang="en")
            add("prepare text (clean + segment)",
                timed(lambda d=document: pipeline.prepare_document(d, {"source_lang": "en"})))
        first, again = merge_rows(size)
        add("merge, new catalogue", first)
        add("merge, every paragraph changed", again)
        print(f"  {mb:g} MB done", flush=True)

    head = f"{'':34}" + "".join(f"{f'{mb:g} MB s/MB':>13}" for mb in sizes)
    head += "".join(f"{f'growth {mb:g}':>11}" for mb in sizes[1:])
    print(head)
    for name, times in rows.items():
        line = f"{name:34}" + "".join(f"{t / mb:13.3f}" for t, mb in zip(times, sizes,
                                                                         strict=True))
        line += "".join(f"{(t / times[0]) / (mb / sizes[0]):11.2f}"
                        for t, mb in zip(times[1:], sizes[1:], strict=True))
        print(line)


if __name__ == "__main__":
    main()
