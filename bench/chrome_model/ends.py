"""What the cleaner's judgement of the page's end takes on pages of sites it never saw.

    .venv/bin/python bench/chrome_model/ends.py --benchmark AEB --snippets TRAF \
        --cache FILE [--sites held-out|train] [--show N]

The pages are those of ``train.py`` (the article-extraction benchmark's renderings, whole,
and trafilatura's evaluation pages), split by site the same way; ``--sites held-out``
(the default) scores the sites the model never saw, ``train`` the others (work on
those).  Each page is cleaned by the rules (``train.py``'s cache of their verdicts), then
by the learned model's edge runs, then by the judgement of the list of other stories
closing the page (:func:`cms_i18n.clean.model.take_other_stories`).  Every line left
after the rules is labelled against the hand-marked article as ``train.py`` labels
them (body, chrome, unknown), over the whole page.

Printed, before the list judgement and after it: of the chrome lines below the
article's last body line, how many went (recall); of the lines taken below it, how many
were chrome (precision, unknown lines left out); how many body lines were taken anywhere,
and on how many pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train

from cms_i18n.clean import model

BODY, CHROME = train.BODY, train.CHROME
THRESHOLD = model.TOP_THRESHOLD


@dataclass
class Tally:
    """Counts over the pages' ends."""

    pages: int = 0
    end_chrome: int = 0          # chrome lines below the last body line
    end_taken: int = 0           # … of them taken
    end_body_taken: int = 0      # body lines taken below the last body line (the last one)
    body_taken: int = 0          # body lines taken anywhere
    pages_body_taken: int = 0
    pages_end_chrome: int = 0
    pages_end_clean: int = 0     # pages with end chrome all gone and no body line taken
    taken_chrome: int = 0        # lines taken below the last body line, labelled chrome
    taken_body: int = 0          # … labelled body
    top_chrome: int = 0          # chrome lines above the first body line (the headline)
    top_taken: int = 0           # … of them taken
    top_body_taken: int = 0      # body lines taken at or above the first body line
    examples: list[str] = field(default_factory=list)

    def report(self) -> str:
        judged = self.taken_chrome + self.taken_body
        precision = self.taken_chrome / judged if judged else 1.0
        recall = self.end_taken / self.end_chrome if self.end_chrome else 1.0
        return (f"end chrome lines taken {self.end_taken}/{self.end_chrome} (recall "
                f"{recall:.3f}), precision at the end {precision:.3f} ({self.taken_chrome} "
                f"chrome, {self.taken_body} body); body lines taken {self.body_taken} on "
                f"{self.pages_body_taken} of {self.pages} pages; pages whose end chrome all "
                f"went {self.pages_end_clean}/{self.pages_end_chrome}; top chrome lines taken "
                f"{self.top_taken}/{self.top_chrome}, the headline or a body line above it "
                f"taken {self.top_body_taken}")


def judge(text: str, label: Callable[[list[str]], list[int]], tallies: dict[str, Tally],
          name: str, show: int) -> None:
    lines, views = train.rule_survivors(text)
    views = {i: v for i, v in views.items() if v}
    order = sorted(views)
    labels = dict(zip(order, label([views[i] for i in order]), strict=True))
    body = [i for i in order if labels[i] == BODY]
    if not body:
        return
    last = body[-1]
    found: dict[int, str] = {}
    model.take_edges(lines, views, found)
    stages = {"model's edge runs (before)": dict(found)}
    model.take_other_stories(lines, views, found)
    stages["with the list of other stories"] = dict(found)
    model.take_end(lines, views, found)
    stages["with the end model's cut"] = dict(found)
    model.take_top_cut(lines, views, found, threshold=THRESHOLD)
    stages["with the top's cut (after)"] = dict(found)
    for stage, taken in stages.items():
        tally = tallies[stage]
        tally.pages += 1
        end = [i for i in order if i > last and labels[i] == CHROME]
        tally.end_chrome += len(end)
        tally.end_taken += sum(i in taken for i in end)
        tally.pages_end_chrome += bool(end)
        lost = [i for i in body if i in taken]
        tally.body_taken += len(lost)
        tally.pages_body_taken += bool(lost)
        tally.pages_end_clean += bool(end) and not lost and all(i in taken for i in end)
        tally.taken_chrome += sum(labels[i] == CHROME for i in taken if i > last)
        tally.taken_body += sum(labels[i] == BODY for i in taken if i >= last)
        head = [i for i in order if i < body[0] and labels[i] == CHROME]
        tally.top_chrome += len(head)
        tally.top_taken += sum(i in taken for i in head)
        tally.top_body_taken += sum(labels[i] == BODY for i in taken if i <= body[0])
        if show and stage.endswith("(after)") and len(tally.examples) < show:
            new = sorted(set(taken) - set(stages["with the end model's cut"]))
            if new:
                marks = {BODY: "B", CHROME: "C"}
                tally.examples.append(f"{name}:\n" + "\n".join(
                    f"   {marks.get(labels[i], '?')} {views[i][:100]}" for i in new))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", type=Path, required=True)
    parser.add_argument("--snippets", type=Path)
    parser.add_argument("--cache", type=Path, help="train.py's cache of the rules' verdicts")
    parser.add_argument("--sites", choices=("held-out", "train"), default="held-out")
    parser.add_argument("--show", type=int, default=0,
                        help="print the lines the list judgement takes on this many pages "
                             "(train sites only)")
    parser.add_argument("--top-threshold", type=float, default=model.TOP_THRESHOLD,
                        help="the chrome model's threshold for the top's prefix")
    args = parser.parse_args()
    global THRESHOLD
    THRESHOLD = args.top_threshold
    if args.show and args.sites == "held-out":
        parser.error("--show is for the training sites: held-out pages are scored, not read")
    if args.cache and args.cache.exists():
        train._SURVIVORS.update(pickle.loads(args.cache.read_bytes()))
    want_held = args.sites == "held-out"
    tallies = {name: Tally() for name in ("model's edge runs (before)",
                                          "with the list of other stories",
                                          "with the end model's cut",
                                          "with the top's cut (after)")}
    repo = args.benchmark
    truth = json.loads(train.git_show(repo, "ground-truth.json"))
    renderings = {name: json.loads(train.git_show(repo, f"output/{name}.json"))["output"]
                  for name in ("inscriptis", "html-text")}
    for key, item in sorted(truth.items()):
        site = train.host(item["url"])
        if train.held_out_site(site) != want_held:
            continue
        document = gzip.decompress(train.git_show(repo, f"html/{key}.html.gz")).decode(
            "utf-8", "replace")
        headline = train._element_text(document, "h1")
        for name, out in renderings.items():
            if key in out:
                judge(out[key]["articleBody"],
                      lambda texts, body=item["articleBody"], head=headline:
                      train.label_external(texts, body, head),
                      tallies, f"{site} {name}", args.show)
    if args.snippets:
        marks = json.loads(train.git_show(args.snippets, "tests/evaldata.json"))
        listing = train.subprocess.run(
            ["git", "-C", str(args.snippets), "ls-tree", "-r", "-z", "--name-only", "HEAD",
             "tests/cache", "tests/eval"], check=True, capture_output=True
        ).stdout.decode("utf-8").split("\0")
        where = {path.rsplit("/", 1)[-1]: path for path in listing if path}
        for url, item in sorted(marks.items()):
            site = train.host(url)
            path = where.get(item["file"])
            if train.held_out_site(site) != want_held or not path or not item.get("without"):
                continue
            try:
                text = train.render_html(train.git_show(args.snippets, path))
                title = train.normalise(item.get("title") or "")
                judge(text, lambda texts, item=item, title=title: [
                    train.SKIP if lab == train.TITLE else lab for lab in train.label_snippets(
                        texts, item.get("with", []), item["without"], title)],
                    tallies, f"{site} snippets", args.show)
            except Exception as exc:  # a page the renderer or the cleaner fails on
                print(f"skipped {item['file']}: {exc!r}", file=sys.stderr)
    if args.cache:
        args.cache.write_bytes(pickle.dumps(train._SURVIVORS))
    print(f"{args.sites} sites:")
    for stage, tally in tallies.items():
        print(f"  {stage}: {tally.report()}")
    for example in tallies["with the top's cut (after)"].examples:
        print(example)


if __name__ == "__main__":
    main()
