"""Rebuild ``cms_i18n/clean/data/interface_lexicon.txt`` from the systems' own message files.

Run:  .venv/bin/python bench/make_interface_lexicon.py MIRROR [--out PATH]

``MIRROR`` holds bare or ordinary git clones of the repositories named in
:data:`SOURCES`, one folder per repository called ``owner+name`` (a clone at
``MIRROR/owner+name/repo`` is found too), as for ``bench/make_negative_set.py``.
Each file is read at the clone's ``HEAD``, whose commit goes into the header.

Only the short interface strings that a page prints as a whole line of its own
are kept (navigation, revision notes, "permanent link", "jump to", pagers,
share buttons), in the languages the cleaner sees most; no help text, no prose.
Where a skin prints several messages on one line (MediaWiki's "Jump to:
navigation, search", its revision pager, LaTeX2HTML's navigation panel) the line
is put together here the way the system's own template puts it together, so
that the cleaner only ever compares whole lines.  A message's parameters
(``$1``, ``{{SITENAME}}``) become ``{*}``, which the cleaner reads as "a few words".
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "cms_i18n" / "clean" / "data" / "interface_lexicon.txt"

# The languages kept: those the cleaner's other word lists cover.
LANGUAGES = ("en", "ru", "el", "es", "fr", "de", "it", "zh")

#: owner+name → (system, licence, what is read)
SOURCES = {
    "mediawiki4intranet+core": ("MediaWiki", "GPL-2.0-or-later",
                                "languages/i18n/<lang>.json (a fork of wikimedia/mediawiki core)"),
    "wikimedia+mediawiki": ("MediaWiki", "GPL-2.0-or-later",
                            "languages/i18n/<lang>.json, for the languages the fork lacks"),
    "latex2html+latex2html": ("LaTeX2HTML", "GPL-2.0-or-later",
                              "styles/<language>.perl, l2hconf.pin (icon names)"),
    "heiseonline+shariff": ("Shariff", "MIT", "src/js/services/*.js (button titles and labels)"),
}

WILD = "{*}"

# MediaWiki messages a skin prints as a line of its own (or, with a colon, as a line's label).
_MW_LINES = (
    "tagline", "jumpto", "navigation", "search", "searchbutton", "toolbox", "personaltools",
    "views", "namespaces", "history_short", "printableversion", "permalink", "print", "edit",
    "talk", "viewsource", "whatlinkshere", "recentchangeslinked-toolbox", "specialpages",
    "mainpage-description", "currentevents", "recentchanges", "randompage", "help",
    "nav-login-createaccount", "userlogin", "logout", "otherlanguages", "redirectedfrom",
    "lastmodifiedat", "viewcount", "privacy", "aboutsite", "disclaimers", "retrievedfrom",
    "currentrev-asof", "revision-info", "previousrevision", "nextrevision", "currentrevisionlink",
    "categories", "hidden-categories", "subcategories", "moredotdotdot", "toc", "copyright",
    "poweredby", "contributions", "mycontris", "mytalk", "anontalk", "viewhelppage", "edithelp",
)
_MW_FILES = {"en": "en", "ru": "ru", "el": "el", "es": "es", "fr": "fr", "de": "de",
             "it": "it", "zh": "zh-hans"}

# LaTeX2HTML's language files: the names its navigation panel prints.
_L2H_FILES = {"en": "english", "fr": "french", "de": "german", "es": "spanish"}
_L2H_NAMES = ("next_name", "up_name", "prev_name", "toc_title", "idx_title", "child_name",
              "info_title")
_TEX_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303"}


def _git_show(repo: Path, path: str) -> str | None:
    done = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"],
                          capture_output=True, check=False)
    return done.stdout.decode("utf-8") if done.returncode == 0 else None


def _head(repo: Path) -> str:
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()


def _repo(mirror: Path, name: str) -> Path | None:
    for candidate in (mirror / name / "repo", mirror / name):
        if candidate.is_dir():
            return candidate
    return None


def _plural_forms(text: str) -> list[str]:
    """``{{PLURAL:$1|Category|Categories}}`` → each form in turn."""
    match = re.search(r"\{\{PLURAL:[^|}]*\|([^{}]*)\}\}", text)
    if not match:
        return [text]
    forms = [f for f in match.group(1).split("|") if "=" not in f] or [""]
    out: list[str] = []
    for form in forms:
        out.extend(_plural_forms(text[:match.start()] + form + text[match.end():]))
    return out


def _mediawiki_text(text: str, messages: dict[str, str]) -> list[str]:
    """A message as a page shows it: magic words resolved, parameters as ``{*}``."""
    text = re.sub(r"\{\{int:([\w-]+)\}\}", lambda m: messages.get(m.group(1), ""), text)
    text = re.sub(r"\{\{GENDER:[^|}]*\|([^{}]*)\}\}", lambda m: m.group(1).split("|")[0], text)
    text = re.sub(r"\{\{GRAMMAR:[^|}]*\|((?:[^{}]|\{\{[^{}]*\}\})*)\}\}", r"\1", text, flags=re.I)
    text = re.sub(r"\{\{(?:SITENAME|ns:[^}]*)\}\}", WILD, text)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    out = []
    for form in _plural_forms(text):
        form = re.sub(r"\$\d+", WILD, form)
        form = re.sub(r"\[\[[^]|]*\|([^]]*)\]\]", r"\1", form)
        if "{{" not in form and re.search(r"\w", form.replace(WILD, "")):
            out.append(" ".join(form.split()))
    return out


_MW_DONE: set[str] = set()


def mediawiki(repo: Path) -> list[tuple[str, str, str]]:
    """The messages of each language not read yet from an earlier MediaWiki clone."""
    english = json.loads(_git_show(repo, "languages/i18n/en.json") or "{}")
    rows = []
    for lang, code in _MW_FILES.items():
        raw = None if lang in _MW_DONE else _git_show(repo, f"languages/i18n/{code}.json")
        if raw is None:
            continue
        _MW_DONE.add(lang)
        own = json.loads(raw)
        if not english:
            english = json.loads(_git_show(_EN_REPO[0], "languages/i18n/en.json") or "{}")

        def msg(key: str, own: dict[str, str] = own, english: dict[str, str] = english) -> str:
            return own.get(key) or english.get(key, "")

        messages = {k: html.unescape(msg(k))
                    for k in ("pipe-separator", "comma-separator", "colon-separator")}
        for key in _MW_LINES:
            for text in _mediawiki_text(msg(key), messages):
                rows.append((lang, f"mediawiki:{key}", text))
        # The skins' "Jump to: navigation, search" line.
        jump = f"{msg('jumpto')} {msg('jumptonavigation')}{messages['comma-separator']}" \
               f"{msg('jumptosearch')}"
        rows.append((lang, "mediawiki:jumpto+jumptonavigation+jumptosearch",
                     " ".join(jump.split())))
        # The pager over an old revision: "(diff) ← Older revision | Latest revision (diff) | …".
        nav = msg("revision-nav") if "diff" in own or lang == "en" else ""
        for number, key in ((1, "diff"), (2, "previousrevision"), (3, "currentrevisionlink"),
                            (4, "diff"), (5, "nextrevision"), (6, "diff")):
            nav = nav.replace(f"${number}", msg(key))
        for text in _mediawiki_text(nav, messages):
            rows.append((lang, "mediawiki:revision-nav", text))
        # A category box's label before its links: "Categories: …".
        for key in ("pagecategories", "hidden-categories"):
            for text in _mediawiki_text(msg(key), messages):
                rows.append((lang, f"mediawiki:{key}+colon",
                             f"{text}{messages['colon-separator']}{WILD}"))
    return rows


def _tex_text(text: str) -> str:
    text = re.sub(r"\\\\([`'^\"~])(\w)", lambda m: m.group(2) + _TEX_ACCENTS[m.group(1)], text)
    return html.unescape(text).replace("\\\\", "")


def latex2html(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    conf = _git_show(repo, "l2hconf.pin") or ""
    # The navigation buttons' ALT texts ("next up previous contents"), in the panel's order.
    sized = set(re.findall(r"'(\w+)'\s*,\s*'WIDTH=", conf))
    panel = re.search(r'"(\$NEXT \$UP [^"]*)"', conf)
    icons = [name for name in (panel.group(1).lower().replace("$", "").split() if panel else [])
             if name in sized]
    for size in range(2, len(icons) + 1):
        for combo in itertools.combinations(icons, size):
            rows.append(("en", "latex2html:buttons", " ".join(combo)))
    for lang, name in _L2H_FILES.items():
        perl = _git_show(repo, f"styles/{name}.perl")
        if perl is None:
            continue
        titles = {}
        for key in _L2H_NAMES:
            found = re.search(rf"\${key}\s*=\s*\"([^\"]*)\"", perl)
            if found:
                titles[key] = " ".join(_tex_text(found.group(1)).split())
        for key, text in titles.items():
            rows.append((lang, f"latex2html:{key}", text))
        # The panel's line of titles: "Next: … Up: … Previous: …   Contents   Index".
        steps = [titles[k] for k in ("next_name", "up_name", "prev_name") if k in titles]
        tails = ["", titles.get("toc_title", ""),
                 f"{titles.get('toc_title', '')} {titles.get('idx_title', '')}"]
        for size in range(1, len(steps) + 1):
            for combo in itertools.combinations(steps, size):
                head = " ".join(f"{step}: {WILD}" for step in combo)
                for tail in tails:
                    rows.append((lang, "latex2html:navigation_panel", f"{head} {tail}".strip()))
    return rows


def shariff(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD",
                              "src/js/services/"], capture_output=True, text=True, check=True)
    for path in listing.stdout.split():
        source = _git_show(repo, path) or ""
        for field in ("title", "shareText"):
            block = re.search(rf"\b{field}\s*:\s*\{{(.*?)\}}", source, re.S)
            if not block:
                continue
            for lang, text in re.findall(r"(\w+)\s*:\s*'([^']*)'", block.group(1)):
                if lang in LANGUAGES and text.strip():
                    rows.append((lang, f"shariff:{Path(path).stem}.{field}", text.strip()))
    return rows


# The clone whose English messages stand in for a message a language lacks, as in MediaWiki.
_EN_REPO: list[Path] = []

_READERS = {"mediawiki4intranet+core": mediawiki, "wikimedia+mediawiki": mediawiki,
            "latex2html+latex2html": latex2html, "heiseonline+shariff": shariff}


def build(mirror: Path) -> str:
    header = [
        "# Interface strings that content systems print as whole lines of page chrome,",
        "# taken from the systems' own message files by bench/make_interface_lexicon.py",
        "# (run it to rebuild this file; do not edit by hand).  Short UI strings only.",
        "# Columns: language, source:key, the line as the system prints it; {*} stands",
        "# for the message's parameter (a page's name, a date, a user).",
        "#",
    ]
    rows: list[tuple[str, str, str]] = []
    _MW_DONE.clear()
    _EN_REPO.clear()
    for name, (system, licence, what) in SOURCES.items():
        repo = _repo(mirror, name)
        if repo is None:
            raise SystemExit(f"make_interface_lexicon: {mirror / name}: no clone of "
                             f"{name.replace('+', '/')}")
        if not _EN_REPO and system == "MediaWiki":
            _EN_REPO.append(repo)
        # A clone that holds only some files of its repository says which commit they are from.
        upstream = (_git_show(repo, "UPSTREAM") or "").strip()
        origin = upstream or f"github.com/{name.replace('+', '/')} @ {_head(repo)[:12]}, {what}"
        header.append(f"# {system}: {origin}; licence {licence}")
        rows.extend(_READERS[name](repo))
    seen = set()
    body = []
    for lang, key, text in rows:
        if (lang, text) in seen or "\t" in text or "\n" in text:
            continue
        seen.add((lang, text))
        body.append(f"{lang}\t{key}\t{text}")
    return "\n".join(header) + "\n" + "\n".join(body) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mirror", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from cms_i18n.fileio import write_atomic
    write_atomic(args.out, build(args.mirror))


if __name__ == "__main__":
    main()
