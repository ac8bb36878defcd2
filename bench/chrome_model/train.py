"""Train the cleaner's learned judgement of page chrome (cms_i18n/clean/data/chrome_model.json).

    .venv/bin/pip install numpy lxml     # training only; the scorer is plain Python
    git clone https://github.com/scrapinghub/article-extraction-benchmark AEB
    git clone https://github.com/adbar/trafilatura TRAF
    .venv/bin/python bench/chrome_model/train.py --benchmark AEB --snippets TRAF [--write]

Data (see README.md next to this script): real article pages with their article
text marked by hand, rendered to text the way scrapers do (inscriptis'
layout-preserving text and html-text's newline per block), each whole and cut
to its first 2,000 bytes like the project's scraped sets; trafilatura's evaluation
pages with their marked snippets (``--snippets``); and the dev parts of
``bench/data/real/``, every set's (``--dev-sets`` to train on some only), after the rules
and without them (never the blind parts).  The pages are split by site (a hash of the
site's name; a dev text's site is its file's name, the same in every set) into train and
held-out BEFORE training.

Each page is first cleaned by the rules alone; the lines they leave are the
ones the model judges, labelled by matching them to the hand-marked text:
a line mostly covered by the article body (or the headline) is body, one
with nothing in it is chrome; lines between the headline and the first body
line (bylines, datelines, captions, which the product keeps) and lines
inside the article are left out, since only the page's edges are judged.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import gzip
import hashlib
import html
import json
import pickle
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cms_i18n.clean import blocks, chrome, model, page  # noqa: E402
from cms_i18n.clean.structure import code_mask, split_lines  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sites  # noqa: E402
from sites import git_show, host  # noqa: E402

MODEL_PATH = ROOT / "cms_i18n" / "clean" / "data" / "chrome_model.json"
REAL = ROOT / "bench" / "data" / "real"
#: The project's scraped sets whose dev parts are read (never their blind parts): every one.
DEV_SETS = tuple(sorted((path.name for path in REAL.iterdir()
                         if path.is_dir() and (path / "dev").is_dir()),
                        key=lambda name: (len(name), name)))
#: The sets whose dev texts are trained on (``--dev-sets``); the others' are only scored.
TRAIN_SETS: frozenset[str] = frozenset(DEV_SETS)
CUT = 2000
SALT = ""                   # put before the host name when hashed (--salt)
L2 = 1.0
# The precision the page's edges must reach on held-out sites before a threshold is used.
TARGET_PRECISION = 0.98
BODY, CHROME, SKIP = 1, 0, -1
TITLE = 2   # while labelling: a copy of the page's title


@dataclass
class Page:
    """One rendered page: the lines the rules leave, their features and labels."""

    site: str
    name: str
    texts: list[str]
    rows: list[list[float]]
    labels: list[int]
    kind: str = "external"
    held_out: bool = False
    #: Whether the rules found chrome above the first line of prose, below the last.
    sides: tuple[bool, bool] = (False, False)
    #: The lines' places among the page's non-blank lines, those the rules took too.
    place: list[int] = field(default_factory=list)
    total: int = 0
    extra: dict[str, object] = field(default_factory=dict)


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


_TAG_RE = re.compile(r"<[^>]+>")


def _element_text(document: str, tag: str) -> str:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", document, re.I | re.S)
    return normalise(html.unescape(_TAG_RE.sub(" ", match.group(1)))) if match else ""


#: The rules' verdicts on the texts seen (``--cache``): they cost most of a run.
_SURVIVORS: dict[str, tuple[list[str | None], dict[int, str]]] = {}


def rule_survivors(text: str, rules: bool = True
                   ) -> tuple[list[str | None], dict[int, str]]:
    """The text's lines after the rules alone have removed what they find (None);
    with ``rules`` false, every line, as a site no rule knows shows its chrome."""
    key = hashlib.sha1(f"{rules}\0{text}".encode()).hexdigest()
    if key in _SURVIVORS:
        return _SURVIVORS[key]
    lines: list[str | None] = list(split_lines(text).lines)
    code = code_mask([line or "" for line in lines], "text")
    while rules:
        found = chrome.find_chrome(lines, code, (), title_check=True, page_rules=True,
                                   learned=False)
        if not found:
            break
        for index in found:
            lines[index] = None
    views = {i: chrome.view(line) for i, line in enumerate(lines)
             if line is not None and not code[i] and line.strip()}
    _SURVIVORS[key] = (lines, views)
    return lines, views


def features_of(text: str, rules: bool = True) -> tuple[model.PageLines, tuple[bool, bool]]:
    lines, views = rule_survivors(text, rules)
    views = {i: v for i, v in views.items() if v}
    judged = model.page_rows(lines, views, {})
    return judged, model.chrome_sides(lines, {}, judged)


def _trigrams(words: list[str]) -> list[str]:
    return [" ".join(words[k:k + 3]) for k in range(len(words) - 2)]


def label_external(texts: list[str], body: str, headline: str) -> list[int]:
    """Body, chrome or left out, for each line, against the hand-marked article."""
    paragraphs = {normalise(p) for p in body.split("\n") if p.strip()}
    flat = " " + " ".join(normalise(body).split()) + " "
    grams = set(_trigrams(flat.split()))
    raw = []
    for text in texts:
        line = normalise(text)
        words = line.split()
        if not words:
            raw.append(SKIP)
        elif (headline and (line == headline or (len(words) >= 3 and line in headline)
                           or (len(headline.split()) >= 3 and headline in line
                               and len(line) <= 2 * len(headline)))) or line in paragraphs:
            raw.append(BODY)
        elif len(words) < 4:
            raw.append(CHROME)      # a few words the body happens to contain: judged by place
        else:
            covered = sum(g in grams for g in _trigrams(words)) / max(1, len(words) - 2)
            raw.append(BODY if covered >= 0.5 else CHROME if covered < 0.1 else SKIP)
    body_at = [k for k, label in enumerate(raw) if label == BODY]
    # A page cut before its article begins is all top.
    first, last = (body_at[0], body_at[-1]) if body_at else (len(texts), len(texts))
    # The headline's line, when it is found, ends the top; the byline and dateline under it
    # are the article's even though the marked body leaves them out.
    head = next((k for k, text in enumerate(texts)
                 if headline and normalise(text) == headline), None)
    labels = []
    for k, label in enumerate(raw):
        if first < k < last and label == CHROME:
            label = SKIP                       # inside the article: not an edge
        elif label == CHROME and k < first and (
                (head is not None and k > head) or (head is None and k >= first - 3)):
            label = SKIP                       # between the headline and the body
        labels.append(label)
    return labels


def held_out_site(site: str) -> bool:
    return sites.held_out_site(site, SALT)


def external_pages(repo: Path) -> list[Page]:
    truth = json.loads(git_show(repo, "ground-truth.json"))
    renderings = {name: json.loads(git_show(repo, f"output/{name}.json"))["output"]
                  for name in ("inscriptis", "html-text")}
    pages = []
    for key, item in sorted(truth.items()):
        body = item["articleBody"]
        site = host(item["url"])
        document = gzip.decompress(git_show(repo, f"html/{key}.html.gz")).decode("utf-8",
                                                                                  "replace")
        headline = _element_text(document, "h1")
        renders = {name: out[key]["articleBody"] for name, out in renderings.items()
                   if key in out}
        # The article as an editor wants it: headline and body, with nothing to remove.
        clean_text = (headline and _raw_headline(document) + "\n\n") + body
        renders["clean"] = clean_text
        for name, text in renders.items():
            for cut in ("whole", "top"):
                part = text if cut == "whole" else _cut(text)
                judged, sides = features_of(part)
                texts, rows = judged.texts, judged.rows
                labels = ([BODY] * len(texts) if name == "clean"
                          else label_external(texts, body, headline))
                pages.append(Page(site, f"{key[:12]} {name} {cut}", texts, rows, labels,
                                  held_out=held_out_site(site), sides=sides,
                                  place=judged.place, total=judged.total))
    return pages


# Elements a scraper ends a line at; those that also leave a blank line after them.
_PARAGRAPHS = frozenset(["article", "aside", "blockquote", "footer", "form", "h1", "h2", "h3",
                         "h4", "h5", "h6", "header", "main", "nav", "ol", "p", "pre", "section",
                         "table", "ul"])
_BLOCKS = _PARAGRAPHS | {"address", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                         "hr", "li", "tr", "td", "th", "option", "button", "label"}
_DROPPED = "//script|//style|//noscript|//template|//svg|//iframe|//head|//select"


def render_html(data: bytes) -> str:
    """A page's text as scrapers give it: a line per block element, a blank line after
    paragraphs, headings, lists and sections, inline elements run together."""
    import lxml.html  # training only

    root = lxml.html.fromstring(data)
    for element in root.xpath(_DROPPED):
        element.drop_tree()
    out: list[str] = []
    stack = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag in _BLOCKS:
                out.append("\n\n" if tag in _PARAGRAPHS else "\n")
            if element.tail:
                out.append(element.tail)
            continue
        if tag in _BLOCKS:
            out.append("\n\n" if tag in _PARAGRAPHS else "\n")
        elif tag == "br":
            out.append("\n")
        if tag and element.text:
            out.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"


def label_snippets(texts: list[str], body: list[str], chrome_parts: list[str],
                   title: str) -> list[int]:
    """Labels from a few marked snippets per page: a line that holds a snippet of the
    article (or is its title) is body, one holding a snippet of the page's chrome is
    chrome; bylines and dates among the chrome snippets are left out (the product
    keeps them), as is every other line."""
    body = [normalise(b) for b in body if len(b.strip()) >= 3]
    chrome_parts = [normalise(c) for c in chrome_parts if len(c.strip()) >= 3]
    labels = []
    for text in texts:
        line = normalise(text)
        if title and (line == title or (len(line) >= 12 and line in title)):
            labels.append(TITLE)
        elif any(b in line and (2 * len(b) >= len(line) or blocks.is_prose(text))
                 for b in body):
            labels.append(BODY)
        elif any(c in line and 2 * len(c) >= len(line) for c in chrome_parts):
            labels.append(SKIP if len(line.split()) <= 12 and page.DATELINE_RE.search(text)
                          else CHROME)
        else:
            labels.append(SKIP)
    body_at = [k for k, label in enumerate(labels) if label == BODY]
    first, last = (body_at[0], body_at[-1]) if body_at else (len(texts), len(texts))
    # The title is the copy nearest above the article; its other copies (a breadcrumb, a
    # menu's entry, a teaser) are the site's, or cannot be told apart: left out.
    head = max((k for k, label in enumerate(labels) if label == TITLE and k < first),
               default=None)
    out = []
    for k, label in enumerate(labels):
        if label == TITLE:
            label = BODY if k == head else SKIP
        elif label == CHROME and (first < k < last or (head is not None and head < k < first)):
            label = SKIP
        out.append(label)
    return out


def snippet_pages(repo: Path) -> list[Page]:
    """Trafilatura's evaluation pages: HTML rendered here, labelled by its marked snippets."""
    marks = json.loads(git_show(repo, "tests/evaldata.json"))
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "-z", "--name-only",
                              "HEAD", "tests/cache", "tests/eval"], check=True,
                             capture_output=True).stdout.decode("utf-8").split("\0")
    where = {path.rsplit("/", 1)[-1]: path for path in listing if path}
    pages = []
    for url, item in sorted(marks.items()):
        path = where.get(item["file"])
        if not path or not item.get("without"):
            continue
        try:
            text = render_html(git_show(repo, path))
        except (ValueError, subprocess.CalledProcessError):
            continue
        site = host(url)
        title = normalise(item.get("title") or "")
        for cut in ("whole", "top"):
            part = text if cut == "whole" else _cut(text)
            try:
                judged, sides = features_of(part)
                texts, rows = judged.texts, judged.rows
            except Exception as exc:   # a bug of the cleaner: say so, go on
                print(f"cleaner failed on {item['file']} ({cut}): {exc!r}", file=sys.stderr)
                continue
            labels = label_snippets(texts, item.get("with", []), item["without"], title)
            if any(label != SKIP for label in labels):
                pages.append(Page(site, f"{item['file'][:20]} {cut}", texts, rows, labels,
                                  kind="snippets", held_out=held_out_site(site), sides=sides,
                                  place=judged.place, total=judged.total))
    return pages


def _raw_headline(document: str) -> str:
    match = re.search(r"<h1\b[^>]*>(.*?)</h1>", document, re.I | re.S)
    return " ".join(html.unescape(_TAG_RE.sub(" ", match.group(1))).split()) if match else ""


def _cut(text: str) -> str:
    data = text.encode("utf-8")[:CUT]
    return data.decode("utf-8", "ignore")


def dev_site(path: Path) -> str:
    """A dev text's site: its file's name without its suffixes ("politico-eu"), the same
    in every set, so that one site's texts in two sets are held out together."""
    return path.name.split(".")[0]


def dev_pages() -> list[Page]:
    """The dev parts of the project's scraped sets, twice: after the rules, as the
    cleaner shows them to the model, and without them, as a site whose chrome no rule
    knows shows it.  A line of a dirty text whose view the expected output has is body;
    one close to a line of it (repaired in place: quotes, letters, mojibake) is left
    out; any other is chrome.  Genuine texts and expected outputs are body throughout."""
    pages = []
    for name in DEV_SETS:
        for path in sorted((REAL / name / "dev").glob("*.txt")):
            text = path.read_text("utf-8")
            expected = path.with_name(path.name.replace(".in.", ".out."))
            want = ({chrome.view(line) for line in expected.read_text("utf-8").splitlines()}
                    if ".in." in path.name else None)
            for rules in (True, False):
                judged, sides = features_of(text, rules)
                labels = [BODY if want is None or t in want else
                          SKIP if difflib.get_close_matches(t, want, 1, 0.6) else CHROME
                          for t in judged.texts]
                site = dev_site(path)
                pages.append(Page(site, f"{name}/{path.name}{'' if rules else ' (no rules)'}",
                                  judged.texts, judged.rows, labels, kind="dev",
                                  held_out=held_out_site(site), sides=sides,
                                  place=judged.place, total=judged.total,
                                  extra={"set": name}))
    return pages


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method, on standardised features;
    the weights returned apply to the raw features."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[:-1] / scale
    return weights, float(w[-1] - (weights * mean).sum())


def matrix(pages: list[Page], rows_of=None) -> tuple[np.ndarray, np.ndarray]:
    """The labelled lines' feature rows (``rows_of(page)`` or the page's own) and targets
    (1 = chrome)."""
    rows_of = rows_of or (lambda p: p.rows)
    rows = [r for p in pages for r, lab in zip(rows_of(p), p.labels, strict=True) if lab != SKIP]
    labels = [lab for p in pages for lab in p.labels if lab != SKIP]
    return np.array(rows, dtype=float), 1.0 - np.array(labels, dtype=float)


def _fold(page: Page) -> int:
    return hashlib.sha1(page.site.encode()).digest()[1] % 2


def _first_stage(weights: np.ndarray, bias: float, rows: list[list[float]]) -> list[float]:
    if not rows:
        return []
    return list(1 / (1 + np.exp(-(np.array(rows) @ weights + bias))))


def train_model(pages: list[Page], threshold: float = 0.9) -> model.ChromeModel:
    """Both stages.  The second learns from first-stage scores each page got from a
    first stage trained without its site (two folds), as an unseen page will."""
    alone, alone_bias = fit(*matrix(pages))
    first: dict[int, list[float]] = {}
    for fold in (0, 1):
        weights, bias = fit(*matrix([p for p in pages if _fold(p) != fold]))
        for p in pages:
            if _fold(p) == fold:
                first[id(p)] = _first_stage(weights, bias, p.rows)

    def stacked(p: Page) -> list[list[float]]:
        return [[*row, *context] for row, context in
                zip(p.rows, model.context_features(first[id(p)], p.place, p.total), strict=True)]

    weights, bias = fit(*matrix(pages, stacked))
    return model.ChromeModel(tuple(float(w) for w in alone), alone_bias,
                             tuple(float(w) for w in weights), bias, threshold)


#: Word features (``--words N``): a vocabulary of at most N look-alike-folded, lower-cased
#: words of the Latin, Cyrillic and Greek scripts, chosen on the training sites alone, each
#: with its naive-Bayes log-odds of a chrome line against a body line, counted once per
#: site (a site's menu repeated on forty pages speaks once).
WORDS = 0
#: A word is kept only when this many training sites use it in a labelled line.
WORD_MIN_SITES = 8
#: Whether words are ranked by log-odds times the log of their sites (else log-odds alone).
WORD_RANK = True
WORD_FEATURES = model.WORD_FEATURES
line_words = model.line_words


def word_log_odds(pages: list[Page], cap: int) -> dict[str, float]:
    """The ``cap`` words whose log-odds (chrome line against body line, per site,
    add-one smoothed) are farthest from nought, among words seen on enough sites."""
    chrome_sites: dict[str, set[str]] = {}
    body_sites: dict[str, set[str]] = {}
    with_chrome: set[str] = set()
    with_body: set[str] = set()
    for p in pages:
        for text, label in zip(p.texts, p.labels, strict=True):
            if label == SKIP:
                continue
            into = chrome_sites if label == CHROME else body_sites
            (with_chrome if label == CHROME else with_body).add(p.site)
            for word in line_words(text):
                into.setdefault(word, set()).add(p.site)
    n_chrome, n_body = len(with_chrome), len(with_body)
    odds: dict[str, float] = {}
    support: dict[str, int] = {}
    for word in set(chrome_sites) | set(body_sites):
        c = len(chrome_sites.get(word, ()))
        b = len(body_sites.get(word, ()))
        if c + b < WORD_MIN_SITES:
            continue
        odds[word] = (np.log((c + 1) / (n_chrome + 2)) - np.log((b + 1) / (n_body + 2)))
        support[word] = c + b
    # Ranked by evidence, not by odds alone: a word of eight sites with extreme odds is
    # more often chance than a word of eighty with strong ones.
    kept = sorted(odds, key=lambda w: (-abs(odds[w]) * (np.log(support[w]) if WORD_RANK
                                                        else 1.0), w))[:cap]
    return {w: round(float(odds[w]), 3) for w in kept}


#: Whether each vocabulary word is a feature of its own (present or not) rather than the
#: three naive-Bayes figures (``--word-presence``).
WORD_PRESENCE = False


def word_names(vocabulary: dict[str, float]) -> tuple[str, ...]:
    return (tuple(f"word {w!r}" for w in vocabulary) if WORD_PRESENCE else WORD_FEATURES)


def word_row(text: str, vocabulary: dict[str, float]) -> list[float]:
    if WORD_PRESENCE:
        words = line_words(text)
        return [float(w in words) for w in vocabulary]
    return model.word_row(text, vocabulary)


def with_words(pages: list[Page], vocabulary: dict[str, float]) -> list[Page]:
    return [dataclasses.replace(p, rows=[[*row, *word_row(text, vocabulary)]
                                         for row, text in zip(p.rows, p.texts, strict=True)])
            for p in pages]


def with_words_out_of_fold(pages: list[Page]) -> list[Page]:
    """The training pages with word features from vocabularies that never saw their site
    (two folds by site, as the second stage's): what a fresh site's lines will get."""
    if WORD_PRESENCE:           # the features are no label's: the one vocabulary serves
        return with_words(pages, word_log_odds(pages, WORDS))
    out: dict[int, Page] = {}
    for fold in (0, 1):
        vocabulary = word_log_odds([p for p in pages if _fold(p) != fold], WORDS)
        for p, q in zip(pages, with_words(pages, vocabulary), strict=True):
            if _fold(p) == fold:
                out[id(p)] = q
    return [out[id(p)] for p in pages]


@dataclass
class Figures:
    """Precision and recall of chrome, per line and per page, at one threshold."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    pages: int = 0
    pages_clean: int = 0       # pages where no body line was taken
    pages_chrome: int = 0      # pages with chrome at their edges
    pages_all_taken: int = 0   # … all of which was taken, and no body line

    def line(self) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return f"precision {precision:.3f} recall {recall:.3f} (tp {self.tp} fp {self.fp})"

    def page(self) -> str:
        return (f"pages with no body line taken {self.pages_clean}/{self.pages}, "
                f"pages whose edge chrome is all gone {self.pages_all_taken}/{self.pages_chrome}")


def evaluate(pages: list[Page], chrome_model: model.ChromeModel, *, edges: bool) -> Figures:
    """Figures of the model alone (every labelled line) or of the edge runs it takes."""
    figures = Figures()
    for p in pages:
        scores = chrome_model.scores(p.rows, p.place, p.total)
        if edges:
            taken = set(model.edges(scores, p.texts, chrome_model.threshold, p.sides))
        else:
            taken = {k for k, s in enumerate(scores) if s >= chrome_model.threshold}
        tp = sum(1 for k in taken if p.labels[k] == CHROME)
        fp = sum(1 for k in taken if p.labels[k] == BODY)
        if edges:
            chrome_at_edges = set(_edge_chrome(p))
            fn = len(chrome_at_edges - taken)
        else:
            fn = sum(1 for k, lab in enumerate(p.labels) if lab == CHROME and k not in taken)
        figures.tp += tp
        figures.fp += fp
        figures.fn += fn
        figures.pages += 1
        figures.pages_clean += fp == 0
        if edges and _edge_chrome(p):
            figures.pages_chrome += 1
            figures.pages_all_taken += fp == 0 and fn == 0
    return figures


def _edge_chrome(p: Page) -> list[int]:
    """The chrome lines of a page's edges: above its first body line, below its last."""
    body = [k for k, lab in enumerate(p.labels) if lab == BODY]
    if not body:
        return []
    return [k for k, lab in enumerate(p.labels)
            if lab == CHROME and (k < body[0] or k > body[-1])]


END_MODEL_PATH = ROOT / "cms_i18n" / "clean" / "data" / "end_model.json"


@dataclass
class End:
    """A page's end as the end judgement sees it, after the rules and the model's edges."""

    site: str
    name: str
    kind: str
    held_out: bool
    scraped: bool               # the rules found chrome below the last line of prose
    scraped_any: bool           # … anywhere on the page
    texts: list[str]            # the window's lines
    rows: list[list[float]]
    labels: list[int]           # body, chrome or left out, for each line of the window
    missed: int                 # chrome lines below the last body line, outside the window


def end_of(text: str, label, site: str, name: str, kind: str) -> End | None:
    """The page's end window after the rules and the model's edge runs, labelled."""
    lines, views = rule_survivors(text)
    views = {i: v for i, v in views.items() if v}
    found: dict[int, str] = {}
    model.take_edges(lines, views, found)
    model.take_other_stories(lines, views, found)
    order = [i for i in sorted(views) if i not in found]
    if not order:
        return None
    labels = dict(zip(order, label([views[i] for i in order]), strict=True))
    judged = model.end_rows(lines, views, found)
    if not judged.order:
        return None
    standing = order
    last_prose = next((i for i in reversed(standing) if blocks.is_prose(views[i])), None)
    scraped = page.is_prose_document(views, found) and last_prose is not None and \
        model._chrome_between(lines, found, last_prose + 1, len(lines))
    body = [i for i in order if labels[i] == BODY]
    window = set(judged.order)
    missed = sum(1 for i in order if body and i > body[-1] and labels[i] == CHROME
                 and i not in window)
    scraped_any = page.is_prose_document(views, found) and (
        bool(found) or any(line is None for line in lines))
    return End(site, name, kind, held_out_site(site), scraped, scraped_any, judged.texts,
               judged.rows,
               [labels[i] for i in judged.order], missed)


def end_pages(benchmark: Path, snippets: Path | None) -> list[End]:
    """Every page's end: the benchmark's renderings (whole, cut, the article alone),
    trafilatura's pages (whole, cut) and the dev texts after the rules."""
    ends: list[End] = []
    truth = json.loads(git_show(benchmark, "ground-truth.json"))
    renderings = {name: json.loads(git_show(benchmark, f"output/{name}.json"))["output"]
                  for name in ("inscriptis", "html-text")}
    for key, item in sorted(truth.items()):
        body = item["articleBody"]
        site = host(item["url"])
        document = gzip.decompress(git_show(benchmark, f"html/{key}.html.gz")).decode(
            "utf-8", "replace")
        headline = _element_text(document, "h1")
        renders = {name: out[key]["articleBody"] for name, out in renderings.items()
                   if key in out}
        renders["clean"] = (headline and _raw_headline(document) + "\n\n") + body
        for name, text in renders.items():
            for cut in ("whole", "top"):
                part = text if cut == "whole" else _cut(text)
                label = ((lambda texts: [BODY] * len(texts)) if name == "clean" else
                         (lambda texts, body=body, head=headline:
                          label_external(texts, body, head)))
                end = end_of(part, label, site, f"{key[:12]} {name} {cut}", "external")
                if end:
                    ends.append(end)
    if snippets:
        marks = json.loads(git_show(snippets, "tests/evaldata.json"))
        listing = subprocess.run(["git", "-C", str(snippets), "ls-tree", "-r", "-z",
                                  "--name-only", "HEAD", "tests/cache", "tests/eval"],
                                 check=True, capture_output=True).stdout.decode().split("\0")
        where = {path.rsplit("/", 1)[-1]: path for path in listing if path}
        for url, item in sorted(marks.items()):
            path = where.get(item["file"])
            if not path or not item.get("without"):
                continue
            try:
                text = render_html(git_show(snippets, path))
            except (ValueError, subprocess.CalledProcessError):
                continue
            site = host(url)
            title = normalise(item.get("title") or "")
            for cut in ("whole", "top"):
                part = text if cut == "whole" else _cut(text)
                try:
                    end = end_of(part, lambda texts, item=item, title=title: [
                        SKIP if lab == TITLE else lab for lab in label_snippets(
                            texts, item.get("with", []), item["without"], title)],
                        site, f"{item['file'][:20]} {cut}", "snippets")
                except Exception as exc:   # a bug of the cleaner: say so, go on
                    print(f"cleaner failed on {item['file']} ({cut}): {exc!r}",
                          file=sys.stderr)
                    continue
                if end:
                    ends.append(end)
    for name in DEV_SETS:
        for path in sorted((REAL / name / "dev").glob("*.txt")):
            text = path.read_text("utf-8")
            expected = path.with_name(path.name.replace(".in.", ".out."))
            want = ({chrome.view(line) for line in expected.read_text("utf-8").splitlines()}
                    if ".in." in path.name else None)
            end = end_of(text, lambda texts, want=want: [
                BODY if want is None or t in want else
                SKIP if difflib.get_close_matches(t, want, 1, 0.6) else CHROME
                for t in texts], dev_site(path), f"{name}/{path.name}", "dev")
            if end:
                ends.append(end)
    return ends


@dataclass
class EndFigures:
    taken_chrome: int = 0
    taken_body: int = 0
    chrome: int = 0             # chrome lines of the windows below their last body line
    pages_body: int = 0
    dev_body: int = 0

    def line(self) -> str:
        judged = self.taken_chrome + self.taken_body
        precision = self.taken_chrome / judged if judged else 1.0
        return (f"precision {precision:.3f} ({self.taken_chrome} chrome, {self.taken_body} "
                f"body on {self.pages_body} pages), chrome taken {self.taken_chrome}/"
                f"{self.chrome}; dev body lines taken {self.dev_body}")


def end_figures(ends: list[End], scores: dict[int, list[float]], threshold: float,
                scraped_only: bool = True) -> EndFigures:
    figures = EndFigures()
    for e in ends:
        body = [k for k, lab in enumerate(e.labels) if lab == BODY]
        figures.chrome += sum(1 for k, lab in enumerate(e.labels)
                              if lab == CHROME and (not body or k > body[-1]))
        if scraped_only and not e.scraped_any:
            continue
        cut = model.end_cut(scores[id(e)], e.texts, threshold)
        taken = range(cut, len(e.texts))
        chrome_taken = sum(e.labels[k] == CHROME for k in taken)
        body_taken = sum(e.labels[k] == BODY for k in taken)
        figures.taken_chrome += chrome_taken
        figures.taken_body += body_taken
        figures.pages_body += bool(body_taken)
        if e.kind == "dev":
            figures.dev_body += body_taken
    return figures


def end_matrix(ends: list[End]) -> tuple[np.ndarray, np.ndarray]:
    rows = [r for e in ends for r, lab in zip(e.rows, e.labels, strict=True) if lab != SKIP]
    labels = [lab for e in ends for lab in e.labels if lab != SKIP]
    return np.array(rows, dtype=float), 1.0 - np.array(labels, dtype=float)


def train_end(ends: list[End], write: bool, threshold: float | None,
              scraped_only: bool = True) -> None:
    """Fit the end model on the training sites, choose its threshold there (two folds by
    site, each scored by a model that never saw it), and write it."""
    train = [e for e in ends
             if not e.held_out and (e.kind != "dev" or e.name.split("/")[0] in TRAIN_SETS)]
    x, y = end_matrix(train)
    print(f"end windows: {len(train)} training pages, {len(y)} labelled lines "
          f"({int(y.sum())} chrome)")
    oof: dict[int, list[float]] = {}
    for fold in (0, 1):
        part = [e for e in train if hashlib.sha1(e.site.encode()).digest()[1] % 2 != fold]
        weights, bias = fit(*end_matrix(part))
        for e in train:
            if hashlib.sha1(e.site.encode()).digest()[1] % 2 == fold:
                oof[id(e)] = list(1 / (1 + np.exp(-(np.array(e.rows) @ weights + bias))))
    dev = [e for e in ends if e.kind == "dev"]
    weights, bias = fit(x, y)
    final = model.EndModel(tuple(float(w) for w in weights), bias, 0.5)
    full = {id(e): final.scores(e.rows) for e in dev}
    chosen = None
    print("the end cut on the training sites (out of fold), and every dev text:")
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99):
        figures = end_figures(train, oof, t, scraped_only)
        on_dev = end_figures(dev, full, t, scraped_only)
        print(f"  {t:<5} {figures.line()}; every dev text: {on_dev.line()}")
        judged = figures.taken_chrome + figures.taken_body
        if chosen is None and judged and figures.taken_chrome / judged >= TARGET_PRECISION \
                and on_dev.taken_body == 0:
            chosen = t
    threshold = threshold if threshold is not None else chosen or 0.99
    print(f"chosen threshold {threshold} (the lowest reaching {TARGET_PRECISION} precision on "
          f"the training sites out of fold, taking no dev text line: {chosen})")
    names = [*model.FEATURES, *model.END_FEATURES]
    spread = x.std(axis=0)
    strength = weights * spread
    for k in np.argsort(-np.abs(strength))[:12]:
        print(f"  {names[k]:36} {strength[k]:+.2f}")
    if write:
        data = {
            "about": "Logistic regression over cms_i18n.clean.model.FEATURES and END_FEATURES: "
                     "is a line of a page's last lines page chrome? Trained by "
                     "bench/chrome_model/train.py --end on the training sites; threshold "
                     "chosen there.",
            "features": names,
            "weights": [round(float(w), 6) for w in weights],
            "bias": round(float(bias), 6),
            "threshold": threshold,
        }
        END_MODEL_PATH.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                                  "utf-8")
        print(f"written {END_MODEL_PATH.relative_to(ROOT)}")


def main() -> None:
    global SALT, TRAIN_SETS, WORDS, WORD_MIN_SITES, WORD_RANK, WORD_PRESENCE
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", type=Path, required=True,
                        help="a clone (or git directory) of "
                             "scrapinghub/article-extraction-benchmark")
    parser.add_argument("--snippets", type=Path,
                        help="a clone (or git directory) of adbar/trafilatura: its evaluation "
                             "pages and marked snippets (tests/evaldata.json)")
    parser.add_argument("--write", action="store_true", help=f"save the model to {MODEL_PATH}")
    parser.add_argument("--threshold", type=float,
                        help="write this threshold rather than the one chosen on held-out sites")
    parser.add_argument("--salt", default="",
                        help="salt of the site hash that holds sites out (default: none)")
    parser.add_argument("--cache", type=Path,
                        help="a file to keep the rules' verdicts on every text in, so the "
                             "next run (new features, say) skips them")
    parser.add_argument("--end", action="store_true",
                        help="train the end model (data/end_model.json) instead")
    parser.add_argument("--shipped", action="store_true",
                        help="also score the model the tree holds on the same parts")
    parser.add_argument("--dev-sets", metavar="NAMES",
                        help="train on the dev texts of these sets only (comma-separated "
                             "directory names, e.g. clean,clean2); every set's are scored")
    parser.add_argument("--words", type=int, default=0, metavar="N",
                        help="add word features: a vocabulary of at most N words chosen on "
                             "the training sites")
    parser.add_argument("--word-sites", type=int, default=WORD_MIN_SITES, metavar="N",
                        help="keep only words used on N training sites or more")
    parser.add_argument("--word-presence", action="store_true",
                        help="a feature per word (present or not) instead of naive Bayes")
    parser.add_argument("--word-odds-only", action="store_true",
                        help="rank the words by their log-odds alone")
    args = parser.parse_args()
    SALT = args.salt
    WORDS = args.words
    WORD_MIN_SITES = args.word_sites
    WORD_RANK = not args.word_odds_only
    WORD_PRESENCE = args.word_presence
    if WORD_PRESENCE and args.write:
        parser.error("the scorer reads no presence features: --word-presence cannot be "
                     "written")
    if args.dev_sets:
        TRAIN_SETS = frozenset(args.dev_sets.split(","))
        unknown = TRAIN_SETS - set(DEV_SETS)
        if unknown:
            parser.error(f"no such dev set under {REAL}: {', '.join(sorted(unknown))}")

    if args.cache and args.cache.exists():
        _SURVIVORS.update(pickle.loads(args.cache.read_bytes()))
    if args.end:
        ends = end_pages(args.benchmark, args.snippets)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(_SURVIVORS))
        train_end(ends, args.write, args.threshold)
        return
    external = external_pages(args.benchmark)
    if args.snippets:
        external += snippet_pages(args.snippets)
    dev = dev_pages()
    if args.cache:
        args.cache.write_bytes(pickle.dumps(_SURVIVORS))
    train = [p for p in external + dev
             if not p.held_out and (p.kind != "dev" or p.extra["set"] in TRAIN_SETS)]
    held = [p for p in external if p.held_out]
    held_dev = [p for p in dev if p.held_out and not p.name.endswith("(no rules)")]
    # A site no rule knows: the edges judged as if the rules had found chrome there.
    held_unknown = [dataclasses.replace(p, sides=(True, True)) for p in dev
                    if p.held_out and p.name.endswith("(no rules)")]
    every_dev = [p for p in dev if not p.name.endswith("(no rules)")]
    sites = sorted({p.site for p in external + dev})
    held_sites = sorted({p.site for p in external + dev if p.held_out})
    print(f"texts: {len(external)} external, {len(dev) // 2} dev (each also seen without "
          f"the rules), from {len(sites)} sites; {len(held_sites)} sites held out "
          f"(salt {args.salt!r}):")
    print("  " + " ".join(held_sites))
    vocabulary: dict[str, float] = {}
    if WORDS:
        vocabulary = word_log_odds(train, WORDS)
        leaning = sorted((w for w in vocabulary if vocabulary[w] > 0),
                         key=lambda w: -vocabulary[w])
        print(f"vocabulary: {len(vocabulary)} words, {len(leaning)} leaning to chrome "
              f"({' '.join(leaning[:30])}); most body: "
              f"{' '.join(sorted(vocabulary, key=lambda w: vocabulary[w])[:15])}")
        train = with_words_out_of_fold(train)
        held, held_dev, held_unknown, every_dev = (
            with_words(part, vocabulary) for part in (held, held_dev, held_unknown, every_dev))
    x, y = matrix(train)
    print(f"training lines {len(y)} ({int(y.sum())} chrome)")
    trained = train_model(train)

    def at(threshold: float) -> model.ChromeModel:
        return dataclasses.replace(trained, threshold=threshold)

    parts = (("held-out external", held), ("held-out dev", held_dev),
             ("held-out dev, no rules", held_unknown), ("all dev", every_dev))
    print("page edges taken (held-out sites; every dev text must keep all its text lines):")
    chosen = None
    for threshold in [0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]:
        figures = [evaluate(part, at(threshold), edges=True) for _, part in parts]
        print(f"  {threshold:<5}" + "".join(
            f"  {name}: {f.line()} pages {f.pages_all_taken}/{f.pages_chrome}"
            for (name, _), f in zip(parts, figures, strict=True)))
        edge, dev_edge = figures[0], figures[-1]
        precision = edge.tp / (edge.tp + edge.fp) if edge.tp + edge.fp else 1.0
        if chosen is None and precision >= TARGET_PRECISION and dev_edge.fp == 0:
            chosen = threshold
    threshold = args.threshold if args.threshold is not None else chosen or 0.99
    final = at(threshold)
    print(f"chosen threshold {threshold} (the lowest that reaches {TARGET_PRECISION} precision "
          f"on held-out external sites and takes no dev text line: {chosen})")
    every = evaluate(held, final, edges=False)
    print(f"{'held-out external, every line':32} {every.line()}")
    for name, part in parts:
        edge = evaluate(part, final, edges=True)
        print(f"{name:32} {edge.line()}; {edge.page()}")
    if args.shipped:
        shipped = model.bundled()
        held, held_dev, held_unknown, every_dev = (
            [dataclasses.replace(p, rows=[r[:len(model.FEATURES)] for r in p.rows])
             for p in part] for part in (held, held_dev, held_unknown, every_dev))
        parts = (("held-out external", held), ("held-out dev", held_dev),
                 ("held-out dev, no rules", held_unknown), ("all dev", every_dev))
        print(f"the shipped model ({MODEL_PATH.relative_to(ROOT)}, threshold "
              f"{shipped.threshold}) on the same parts:")
        print(f"{'held-out external, every line':32} "
              f"{evaluate(held, shipped, edges=False).line()}")
        for name, part in parts:
            edge = evaluate(part, shipped, edges=True)
            print(f"{name:32} {edge.line()}; {edge.page()}")
    spread = np.hstack([x.std(axis=0), np.full(len(model.CONTEXT_FEATURES), 0.3)])
    strength = np.array(final.weights) * spread
    names = [*model.FEATURES, *(word_names(vocabulary) if WORDS else ()),
             *model.CONTEXT_FEATURES]
    print("strongest features of the second stage (weight × spread):")
    for k in np.argsort(-np.abs(strength))[:15]:
        print(f"  {names[k]:28} {strength[k]:+.2f}")
    if args.write:
        data = {
            "about": "Logistic regression over cms_i18n.clean.model.FEATURES: is a line page "
                     "chrome? Trained by bench/chrome_model/train.py on the pages of "
                     "scrapinghub/article-extraction-benchmark (MIT) and the dev parts of "
                     "bench/data/real/clean*; threshold chosen on held-out sites.",
            "features": list(model.FEATURES),
            "context": list(model.CONTEXT_FEATURES),
            "alone": {"weights": [round(w, 6) for w in final.alone],
                      "bias": round(final.alone_bias, 6)},
            "in_context": {"weights": [round(w, 6) for w in final.weights],
                           "bias": round(final.bias, 6)},
            "threshold": threshold,
        }
        if vocabulary:
            data["word_features"] = list(model.WORD_FEATURES)
            data["words"] = vocabulary
        MODEL_PATH.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"written {MODEL_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
