"""Rebuild ``cms_i18n/clean/data/interface_lexicon.txt`` from the systems' own message files.

Run:  .venv/bin/python bench/make_interface_lexicon.py MIRROR [--out PATH]

``MIRROR`` holds bare or ordinary git clones of the repositories named in
:data:`SOURCES`, one folder per repository called ``owner+name`` (a clone at
``MIRROR/owner+name/repo`` is found too), as for ``bench/make_negative_set.py``,
and the Debian packages named there (``debian:name``) as ``MIRROR/name_*.deb``
(``apt-get download name``), unpacked into a temporary folder as they are read.
Each file is read at the clone's ``HEAD``, whose commit goes into the header, or
from the package, whose version goes there.

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
import gettext
import html
import io
import itertools
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "cms_i18n" / "clean" / "data" / "interface_lexicon.txt"

# The languages kept: those the cleaner's other word lists cover.
LANGUAGES = ("en", "ru", "el", "es", "fr", "de", "it", "zh")

#: owner+name → (system, licence, what is read)
SOURCES = {
    "mediawiki4intranet+core": ("MediaWiki", "GPL-2.0-or-later",
                                "languages/i18n/<lang>.json (a fork of wikimedia/mediawiki core)"),
    "debian:mediawiki": ("MediaWiki", "GPL-2.0-or-later",
                         "languages/i18n/<lang>.json, for the languages the fork lacks"),
    "latex2html+latex2html": ("LaTeX2HTML", "GPL-2.0-or-later",
                              "styles/<language>.perl, l2hconf.pin (icon names)"),
    "heiseonline+shariff": ("Shariff", "MIT", "src/js/services/*.js (button titles and labels)"),
    "debian:wordpress-l10n": ("WordPress", "GPL-2.0-or-later",
                              "wp-content/languages/<locale>.mo (the front end's strings)"),
    "dokuwiki+dokuwiki": ("DokuWiki", "GPL-2.0", "inc/lang/<lang>/lang.php"),
    "sphinx-doc+sphinx": ("Sphinx", "BSD-2-Clause",
                          "sphinx/locale/<lang>/LC_MESSAGES/sphinx.po (its HTML themes)"),
    "phpbb+phpbb": ("phpBB", "GPL-2.0-only", "phpBB/language/en/common.php"),
    "squidfunk+mkdocs-material": ("Material for MkDocs", "MIT",
                                  "src/templates/partials/languages/<lang>.html"),
    "TryGhost+Casper": ("Ghost (Casper theme)", "MIT", "locales/<lang>.json"),
    "debian:libpublicinbox-perl": ("public-inbox", "AGPL-3.0-or-later",
                                   "PublicInbox/WwwStream.pm, View.pm (the archive's links)"),
    "jaredmauch+mailman2-python3": ("Mailman 2 (pipermail)", "GPL-2.0-or-later",
                                    "templates/<lang>/article.html, messages/<lang>/"
                                    "LC_MESSAGES/mailman.po (a Python 3 port of Mailman 2.1)"),
    "TryGhost+Source": ("Ghost (Source theme)", "MIT", "locales/<lang>.json"),
    "natalyandreeva+joomla": ("Joomla", "GPL-2.0-or-later",
                              "language/<tag>/<tag>.*.ini (a Joomla 3.6 site's copy of the "
                              "core's en-GB and ru-RU language packs)"),
    "daemsa+synathina": ("Joomla", "GPL-2.0-or-later",
                         "language/el-GR/el-GR.*.ini (a Joomla 3.5 site's copy of the core's "
                         "el-GR language pack)"),
    "WordPressBugBounty+plugins-wpforo": ("wpForo", "GPL-2.0-or-later",
                                          "wpforo/includes/phrases.php, wpforo/languages/"
                                          "wpforo-<locale>.po (a copy of the plugin's releases)"),
    "NodeBB+NodeBB": ("NodeBB", "GPL-3.0-only", "public/language/<lang>/{global,topic}.json"),
    "Piwigo+Piwigo": ("Piwigo", "GPL-2.0-or-later", "language/<locale>/common.lang.php"),
    "coppermine-gallery+cpg1.6.x": ("Coppermine", "GPL-3.0-or-later", "lang/<language>.php"),
    "instantsoft+icms2": ("InstantCMS", "GPL-2.0-only", "system/languages/<lang>/language.php"),
    "gallery+gallery3": ("Gallery 3", "GPL-2.0-or-later",
                         "modules/*/helpers/*_block.php (the sidebar blocks' titles, English; "
                         "its translations live outside the repository)"),
}

# Where a Debian package keeps the files read, inside the package.
_PACKAGE_ROOTS = {"debian:mediawiki": "usr/share/mediawiki",
                  "debian:wordpress-l10n": "usr/share/wordpress/wp-content/languages",
                  "debian:libpublicinbox-perl": "usr/share/perl5/PublicInbox"}

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


def _git_show(repo: Path, path: str, encoding: str = "utf-8") -> str | None:
    """A file of a clone at ``HEAD``, or of a package's unpacked tree (no ``.git``)."""
    if not _is_clone(repo):
        file = repo / path
        return file.read_bytes().decode(encoding) if file.is_file() else None
    done = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"],
                          capture_output=True, check=False)
    return done.stdout.decode(encoding) if done.returncode == 0 else None


def _is_clone(repo: Path) -> bool:
    return (repo / ".git").exists() or (repo / "HEAD").is_file()


def _names(repo: Path, folder: str) -> list[str]:
    """The paths of the files in one folder of a clone or of an unpacked package."""
    if not _is_clone(repo):
        return sorted(f"{folder.rstrip('/')}/{p.name}" for p in (repo / folder).glob("*")
                      if p.is_file())
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD",
                              folder.rstrip("/") + "/"], capture_output=True, text=True,
                             check=True)
    return listing.stdout.split()


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
    for path in _names(repo, "src/js/services/"):
        source = _git_show(repo, path) or ""
        for field in ("title", "shareText"):
            block = re.search(rf"\b{field}\s*:\s*\{{(.*?)\}}", source, re.S)
            if not block:
                continue
            for lang, text in re.findall(r"(\w+)\s*:\s*'([^']*)'", block.group(1)):
                if lang in LANGUAGES and text.strip():
                    rows.append((lang, f"shariff:{Path(path).stem}.{field}", text.strip()))
    return rows


def _printf(text: str) -> str:
    """A gettext message as a page shows it: markup gone, ``%s``, ``%1$s``, ``%(name)s``
    and WordPress's bare ``%`` (``% Comments``) as ``{*}``."""
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    text = re.sub(r"%(?:\d+\$)?[sd]|%\(\w+\)s|%(?!\w)", WILD, text)
    return " ".join(text.split())


# WordPress's own front-end strings that a theme prints as a line of its own (comment form
# and its labels, widget headings, pagers, feed links, the credit line), each with its
# gettext context where it has one; never the admin screens' help and notices.
_WP_LINES = (
    "Leave a Reply", "Leave a Reply to %s", "Cancel reply", "Leave a comment", "Leave a Comment",
    "Log in to Reply", "Post Comment", "Submit Comment", "Reply", "Comments are closed.",
    "Your comment is awaiting moderation.", "Your email address will not be published.",
    "Required fields are marked %s", "Name", "Email", "Website", "Comment", "noun\x04Comment",
    "Recent Posts", "Recent Comments", "Archives", "Categories", "Meta", "Tags: ",
    "label\x04Search for:", "Search", "Older posts", "Newer posts", "Next Post", "Previous Post",
    "&laquo; Older Comments", "Newer Comments &raquo;", "Older Comments", "Newer Comments",
    "Entries feed", "Comments feed", "Entries (RSS)", "Comments (RSS)", "WordPress.org",
    "Powered by WordPress", "Proudly powered by %s", "Log in", "Log out", "Edit",
    "Skip to content", "Skip to toolbar", "Archives: %s", "Continue reading", "Read more",
    "Posts navigation", "Post navigation", "Comments navigation", "Share this:",
    "Save my name, email, and website in this browser for the next time I comment.",
    "% Comments", "No Comments", "1 Comment", "Comments Off",
)
# Labels a theme prints before a list of links ("Tags: travel, food").
_WP_LABELS = ("Tags: ", "Archives: %s")
_WP_FILES = {"ru": "ru_RU", "el": "el", "es": "es_ES", "fr": "fr_FR", "de": "de_DE",
             "it": "it_IT", "zh": "zh_CN"}


def _mo(data: bytes) -> dict[str, str]:
    """A compiled gettext catalogue: ``context\\x04msgid`` → msgstr (plural forms left out)."""
    catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k and v}


def wordpress(root: Path) -> list[tuple[str, str, str]]:
    rows = []
    messages = {lang: _mo((root / f"{code}.mo").read_bytes())
                for lang, code in _WP_FILES.items() if (root / f"{code}.mo").is_file()}
    known = set().union(*messages.values()) if messages else set()
    for lang, own in [("en", {m: m.split("\x04")[-1] for m in known}), *messages.items()]:
        for message in _WP_LINES:
            if message not in own:
                continue
            text = _printf(own[message])
            if message in _WP_LABELS and WILD not in text:
                text = f"{text.rstrip()} {WILD}"
            if re.search(r"\w", text.replace(WILD, "")):
                rows.append((lang, f"wordpress:{message.split(chr(4))[-1].strip()}", text))
    return rows


def _php_strings(source: str) -> dict[str, str]:
    """``$lang['key'] = 'text';`` (single or double quotes) → key → text."""
    found = {}
    for key, single, double in re.findall(
            r"\$lang\['([\w-]+)'\]\s*=\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")\s*;",
            source):
        text = single.replace("\\'", "'") if single else double.replace('\\"', '"')
        found[key] = text.replace("\\\\", "\\")
    return found


# DokuWiki's template lines: its tool bars' headings, buttons, the table of contents.
_DW_LINES = ("user_tools", "site_tools", "page_tools", "skip_to_content", "btn_recent",
             "btn_media", "btn_index", "btn_edit", "btn_source", "btn_revs", "btn_backlink",
             "btn_top", "btn_login", "btn_logout", "btn_profile", "btn_register", "btn_admin",
             "btn_subscribe", "btn_search", "toc", "btn_show", "btn_secedit", "btn_img_backto",
             "mediaselect")


def dokuwiki(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    english = _php_strings(_git_show(repo, "inc/lang/en/lang.php") or "")
    # Each language's folder is named by its code, as LANGUAGES writes it.
    for lang in LANGUAGES:
        source = _git_show(repo, f"inc/lang/{lang}/lang.php")
        if source is None:
            continue
        own = _php_strings(source)

        def msg(key: str, own: dict[str, str] = own) -> str:
            return " ".join(html.unescape(own.get(key) or english.get(key, "")).split())

        for key in _DW_LINES:
            text = _printf(msg(key))
            if text:
                rows.append((lang, f"dokuwiki:{key}", text))
        # The bars over the page: "Trace: » start » page", "You are here: start » page".
        for key in ("breadcrumb", "youarehere"):
            rows.append((lang, f"dokuwiki:{key}+links", f"{msg(key)} {WILD}"))
        # The page's footer line: "start.txt · Last modified: 2024/01/02 10:00 by admin".
        by, lastmod = msg("by"), msg("lastmod")
        for head in (f"{WILD} · ", ""):
            rows.append((lang, "dokuwiki:pageinfo", f"{head}{lastmod} {WILD} {by} {WILD}"))
            rows.append((lang, "dokuwiki:pageinfo",
                         f"{head}{lastmod} {WILD} ({msg('external_edit')})"))
        rows.append((lang, "dokuwiki:license", f"{msg('license')} {WILD}"))
    return rows


def _po(source: str) -> dict[str, str]:
    """A gettext source file: msgid → msgstr, the msgid itself where the msgstr is empty."""
    found: dict[str, str] = {}
    entry: dict[str, str] = {}
    field = ""

    def close() -> None:
        if entry.get("msgid"):
            found[entry["msgid"]] = entry.get("msgstr") or entry["msgid"]

    for line in source.splitlines():
        line = line.strip()
        head = re.match(r"(msgctxt|msgid|msgstr)\s+(\".*\")$", line)
        if head:
            if head.group(1) in ("msgctxt", "msgid") and "msgstr" in entry:
                close()
                entry = {}
            field = head.group(1)
            entry[field] = json.loads(head.group(2))
        elif line.startswith('"') and field:
            entry[field] = entry.get(field, "") + json.loads(line)
        elif not line:
            field = ""
    close()
    return found


# Sphinx's own themes: the sidebar's headings, the relation bar, the footer.
_SPHINX_LINES = ("Previous topic", "Next topic", "This Page", "Show Source", "Quick search",
                 "Table of Contents", "Navigation", "Related Topics", "Search Page",
                 "Last updated on %(last_updated)s.", "previous chapter", "next chapter",
                 'Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> '
                 "%(sphinx_version)s.", "&#169; %(copyright_prefix)s %(copyright)s.",
                 "Contents", "Index", "Go")
_SPHINX_FILES = {"en": "", "ru": "ru", "el": "el", "es": "es", "fr": "fr", "de": "de",
                 "it": "it", "zh": "zh_CN"}


def sphinx(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang, code in _SPHINX_FILES.items():
        if code:
            source = _git_show(repo, f"sphinx/locale/{code}/LC_MESSAGES/sphinx.po")
            if source is None:
                continue
            own = _po(source)
        else:
            own = {}

        def msg(key: str, own: dict[str, str] = own) -> str:
            return _printf(own.get(key, key))

        for key in _SPHINX_LINES:
            # "© {*} {*}." has no word of its own to know it by.
            if re.search(r"\w", msg(key).replace(WILD, "")):
                rows.append((lang, f"sphinx:{_printf(key)}", msg(key)))
        # The relation bar, as the basic theme lays it out: "index modules | next | previous".
        bar = [msg(k) for k in ("index", "modules", "next", "previous")]
        for size in range(2, len(bar) + 1):
            for combo in itertools.combinations(bar, size):
                rows.append((lang, "sphinx:relbar", " | ".join(combo)))
    return rows


# phpBB's prosilver style: the bars over and under the board (its repository holds the
# English strings only; the other languages come as separate packs).
_PHPBB_LINES = ("FORUM_INDEX", "QUICK_LINKS", "FAQ", "REGISTER", "LOGIN", "CURRENT_TIME",
                "ALL_TIMES", "WHO_IS_ONLINE", "POST_REPLY", "POST_NEW_TOPIC", "RETURN_TO",
                "SKIP", "DELETE_COOKIES", "THE_TEAM", "CONTACT_US", "PRIVACY_LINK", "TERMS_LINK",
                "SEARCH_ADV", "SEARCH_UNANSWERED", "SEARCH_ACTIVE_TOPICS", "SEARCH_NEW",
                "SEARCH_SELF", "JUMP_TO", "JUMP_TO_PAGE", "SORT_BY", "DISPLAY_POSTS",
                "MARK_FORUMS_READ", "POWERED_BY", "PAGE_OF", "SEARCH_MINI", "LAST_VISIT",
                "MEMBERLIST", "NOTIFICATIONS")
# Not "Statistics", "Legend", "Birthdays": a report's own sections end with such headings.


def phpbb(repo: Path) -> list[tuple[str, str, str]]:
    source = _git_show(repo, "phpBB/language/en/common.php") or ""
    found = dict(re.findall(r"'([A-Z_]+)'\s*=>\s*'((?:[^'\\]|\\.)*)'", source))
    return [("en", f"phpbb:{key}", text) for key in _PHPBB_LINES
            if (text := _printf(found.get(key, "").replace("\\'", "'")))]


# Material for MkDocs: the theme's own lines (skip link, footer pager, table of contents,
# the repository link, the blog's and search's labels), never its screen-reader labels.
_MKDOCS_LINES = ("action.skip", "action.edit", "action.view", "blog.archive", "blog.categories",
                 "blog.continue", "blog.index", "footer.next",
                 "footer.previous", "meta.comments", "nav", "readtime.one", "readtime.other",
                 "search.placeholder", "search.result.initializer", "search.result.placeholder",
                 "source", "toc", "top", "announce.dismiss")
# Not "blog.references" ("Ссылки", "Links") nor "source.file.contributors" ("Contributors"):
# an author's last section is headed so, just above the page's chrome.


def mkdocs_material(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    # Each language's file is named by its code, as LANGUAGES writes it.
    for lang in LANGUAGES:
        source = _git_show(repo, f"src/templates/partials/languages/{lang}.html")
        if source is None:
            continue
        found = {key: json.loads(f'"{text}"') for key, text in
                 re.findall(r'^\s*"([\w.]+)":\s*"((?:[^"\\]|\\.)*)"', source, re.M)}
        for key in _MKDOCS_LINES:
            if found.get(key):
                rows.append((lang, f"mkdocs-material:{key}",
                             _printf(found[key].replace("#", "%s"))))
    # The credit line every page's footer prints.
    rows.append(("en", "mkdocs-material:copyright", "Made with Material for MkDocs"))
    return rows


# Ghost's default theme, Casper: the post's foot, the pager, the members' call to sign up,
# the credit line.
_GHOST_LINES = ("% min read", "1 min read", "Powered by Ghost", "Powered by {ghostlink}",
                "Read more", "Read next", "You might also like...", "Newer Posts",
                "Older Posts", "Page {page} of {totalPages}", "Previous post", "Next post",
                "Subscribe", "Subscribe now", "Subscribe to {sitetitle}", "Sign in",
                "Sign up", "Sign up now", "Already have an account?", "Sign in.",
                "This post is for subscribers only", "This post is for paying subscribers only",
                "Upgrade your account", "Go to the front page →", "Recent posts",
                "Member discussion:", "A collection of 1 post",
                "A collection of {numberOfPosts} posts")
# Not "Stay tuned", "Recommendations", "Latest": a post's own last line or heading may read so.


def ghost(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang in LANGUAGES:
        source = _git_show(repo, f"locales/{lang}.json")
        if source is None:
            continue
        own = json.loads(source)
        for key in _GHOST_LINES:
            if key not in own:
                continue
            # An empty translation is shown in English, as the theme shows it.
            text = re.sub(r"\{\w+\}", WILD, _printf(own[key] or key))
            rows.append((lang, f"ghost:{key}", text))
    return rows


# public-inbox's mail archive: the bar over each page, a message's foot, the labels over the
# thread and the reply instructions (English only; the software has no translations).
_PUBLIC_INBOX_LABELS = ("Reply instructions:", "Thread overview:")


def public_inbox(root: Path) -> list[tuple[str, str, str]]:
    rows = []
    stream = _git_show(root, "WwwStream.pm") or ""
    found = re.search(r"my \$links = (.*?);\n", stream, re.S)
    code = re.search(r"my \$code = .*?>(\w+)</a>", stream)
    if found:
        names = re.findall(r">([^<>]+)</a>(\$code)?", found.group(1))
        plain = " / ".join(name for name, _ in names)
        rows.append(("en", "public-inbox:links", plain))
        if code:
            rows.append(("en", "public-inbox:links", " / ".join(
                f"{name} / {code.group(1)}" if after else name for name, after in names)))
    view = _git_show(root, "View.pm") or ""
    foot = re.search(r"# add the footer\n(.*?);\n", view, re.S)
    if foot:
        names = re.findall(r">([^<>]+)</a>", foot.group(1))
        rows.append(("en", "public-inbox:footer", " ".join(names)))
    for label in _PUBLIC_INBOX_LABELS:
        if label.rstrip(":") in view:
            rows.append(("en", "public-inbox:label", f"{label} {WILD}" if "overview" in label
                         else label))
    return rows


# Mailman 2's pipermail archive: the lines around each message (its templates and its
# catalogues are written in each language's own character set).
_MAILMAN_FILES = {"en": "en", "ru": "ru", "el": "el", "es": "es", "fr": "fr", "de": "de",
                  "it": "it", "zh": "zh_CN"}
_MAILMAN_MESSAGES = ("Previous message (by thread):", "Next message (by thread):")


def mailman(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang, code in _MAILMAN_FILES.items():
        po = _git_show(repo, f"messages/{code}/LC_MESSAGES/mailman.po", "latin-1") or ""
        charset = re.search(r"charset=([\w-]+)", po)
        encoding = charset.group(1) if charset else "utf-8"
        own = _po(_git_show(repo, f"messages/{code}/LC_MESSAGES/mailman.po", encoding) or "")
        for key in _MAILMAN_MESSAGES:
            rows.append((lang, f"mailman:{key}", f"{_printf(own.get(key, key))} {WILD}"))
        article = _git_show(repo, f"templates/{code}/article.html", encoding)
        if article is None:
            continue
        # "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"
        for item in re.findall(r"<LI>\s*<B>(.*?)</LI>", article, re.S | re.I)[:1]:
            rows.append((lang, "mailman:article.sorted", _printf(f"<B>{item}")))
        # "More information about the … mailing list"
        for link in re.findall(r'<a href="%\(listurl\)s">(.*?)</a>', article, re.S | re.I):
            rows.append((lang, "mailman:article.listinfo", _printf(link)))
    return rows


# Joomla's site: the article's info lines, "Read more", the breadcrumbs' label, the pager and
# the templates' own links; (file, key) with file "" for the language's main file.  Not the
# byline ("Written by …") nor the dates ("Published: …"): an author's text opens so.
_JOOMLA_LINES = (("", "JNEXT"), ("", "JPREV"), ("", "JPREVIOUS"), ("", "JGLOBAL_PRINT"),
                 ("", "JGLOBAL_EMAIL"), ("lib_joomla", "JLIB_HTML_START"),
                 ("lib_joomla", "JLIB_HTML_END"), ("lib_joomla", "JLIB_HTML_VIEW_ALL"),
                 ("lib_joomla", "JLIB_HTML_PAGE_CURRENT_OF_TOTAL"),
                 ("lib_joomla", "JLIB_HTML_RESULTS_OF"),
                 ("com_content", "COM_CONTENT_ARTICLE_HITS"),
                 ("com_content", "COM_CONTENT_CATEGORY"), ("com_content", "COM_CONTENT_PARENT"),
                 ("com_content", "COM_CONTENT_READ_MORE_TITLE"),
                 ("com_content", "COM_CONTENT_REGISTER_TO_READ_MORE"),
                 ("tpl_protostar", "TPL_PROTOSTAR_BACKTOTOP"),
                 ("tpl_beez3", "TPL_BEEZ3_CLOSEMENU"), ("tpl_beez3", "TPL_BEEZ3_ERROR_JUMP_TO_NAV"))
# Labels printed before links or a title ("You are here: Home » News", "Read more: Title").
_JOOMLA_LABELS = (("mod_breadcrumbs", "MOD_BREADCRUMBS_HERE"),
                  ("com_content", "COM_CONTENT_READ_MORE"))
_JOOMLA_TAGS = {"en": "en-GB", "ru": "ru-RU", "el": "el-GR", "es": "es-ES", "fr": "fr-FR",
                "de": "de-DE", "it": "it-IT", "zh": "zh-CN"}


def _ini(source: str) -> dict[str, str]:
    """A Joomla language file: ``KEY="text"`` → key → text (``"_QQ_"`` is a double quote)."""
    return {key: text.replace('"_QQ_"', '"') for key, text in
            re.findall(r'^([A-Z0-9_]+)\s*=\s*"(.*)"\s*$', source, re.M)}


def joomla(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang, tag in _JOOMLA_TAGS.items():
        files: dict[str, dict[str, str]] = {}
        for file, _ in (*_JOOMLA_LINES, *_JOOMLA_LABELS):
            if file not in files:
                name = f"{tag}.{file}.ini" if file else f"{tag}.ini"
                files[file] = _ini(_git_show(repo, f"language/{tag}/{name}") or "")
        if not files[""]:
            continue

        def msg(file: str, key: str, files: dict[str, dict[str, str]] = files) -> str:
            return _printf(files[file].get(key, ""))

        for file, key in _JOOMLA_LINES:
            if re.search(r"\w", msg(file, key).replace(WILD, "")):
                rows.append((lang, f"joomla:{key}", msg(file, key)))
        for file, key in _JOOMLA_LABELS:
            if msg(file, key):
                rows.append((lang, f"joomla:{key}", f"{msg(file, key)} {WILD}"))
        # The pager under a category's list: "Start Prev 1 2 3 Next End".
        ends = [msg(f, k) for f, k in (("lib_joomla", "JLIB_HTML_START"), ("", "JPREV"),
                                       ("", "JNEXT"), ("lib_joomla", "JLIB_HTML_END"))]
        if all(ends):
            rows.append((lang, "joomla:pagination",
                         f"{ends[0]} {ends[1]} {WILD} {ends[2]} {ends[3]}"))
    return rows


# wpForo's forum pages: the post's badge, the notifications' button, the forum's side boxes
# and the member card's labels ("Joined: 7 months ago").
_WPFORO_LINES = ("Topic starter", "Clear all", "Mark all read", "Add topic", "Forum Statistics",
                 "Recent Topics", "Members Online", "Last Post")
_WPFORO_LABELS = ("Joined:", "Posts:", "Points:")
_WPFORO_FILES = {"ru": "ru_RU", "el": "el", "es": "es_ES", "fr": "fr_FR", "de": "de_DE",
                 "it": "it_IT", "zh": "zh_CN"}


def wpforo(repo: Path) -> list[tuple[str, str, str]]:
    phrases = _git_show(repo, "wpforo/includes/phrases.php") or ""
    english = {text.replace("\\'", "'") for text in
               re.findall(r"=>\s*__\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'wpforo'", phrases)}
    rows = []
    for lang, code in [("en", ""), *_WPFORO_FILES.items()]:
        own = _po(_git_show(repo, f"wpforo/languages/wpforo-{code}.po") or "") if code else {}
        if code and not own:
            continue
        for message in (*_WPFORO_LINES, *_WPFORO_LABELS):
            if message not in english:
                continue
            text = _printf(own.get(message, message))
            if message in _WPFORO_LABELS:
                text = f"{text} {WILD}"
            rows.append((lang, f"wpforo:{message}", text))
    return rows


# NodeBB's forum: the header's links, the topic's buttons and counts.  Not the pager's
# "%1 out of %2": "Nine out of ten …" opens a sentence.
_NODEBB_LINES = (("global", "home"), ("global", "header.categories"), ("global", "header.recent"),
                 ("global", "header.unread"), ("global", "header.tags"),
                 ("global", "header.popular"), ("global", "header.top"),
                 ("global", "header.users"), ("global", "header.groups"),
                 ("global", "recentposts"), ("global", "lastpost"), ("global", "read-more"),
                 ("topic", "reply"), ("topic", "quote"),
                 ("topic", "one-reply-to-this-post"), ("topic", "replies-to-this-post"),
                 ("topic", "last-reply-time"), ("topic", "guest-login-reply"),
                 ("topic", "share-this-post"), ("topic", "watch"))
_NODEBB_FILES = {"en": "en-GB", "ru": "ru", "el": "el", "es": "es", "fr": "fr", "de": "de",
                 "it": "it", "zh": "zh-CN"}


def nodebb(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang, code in _NODEBB_FILES.items():
        files = {name: json.loads(_git_show(repo, f"public/language/{code}/{name}.json") or "{}")
                 for name in ("global", "topic")}
        for name, key in _NODEBB_LINES:
            text = re.sub(r"%\d+", WILD, _printf(files[name].get(key, "")))
            if re.search(r"\w", text.replace(WILD, "")):
                rows.append((lang, f"nodebb:{name}.{key}", text))
    return rows


# Piwigo's gallery: the menu's headings and special albums, the picture page's tools.
_PIWIGO_LINES = ("Random photos", "Recent photos", "Recent albums", "Most visited", "Best rated",
                 "Related tags", "All tags", "Specials", "Quick search", "Contact webmaster",
                 "First Page", "Last Page", "Rate this photo", "Rating score", "Add a comment",
                 "Photo sizes", "Sort order", "Identification", "Forgot your password?")
_PIWIGO_FILES = {"en": "en_UK", "ru": "ru_RU", "el": "el_GR", "es": "es_ES", "fr": "fr_FR",
                 "de": "de_DE", "it": "it_IT", "zh": "zh_CN"}


def piwigo(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang, code in _PIWIGO_FILES.items():
        source = _git_show(repo, f"language/{code}/common.lang.php")
        if source is None:
            continue
        found = {}
        for key, single, double in re.findall(
                r"\$lang\['((?:[^'\\]|\\.)*)'\]\s*=\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")",
                source):
            found[key] = single.replace("\\'", "'") if single else double.replace('\\"', '"')
        for key in _PIWIGO_LINES:
            if found.get(key):
                rows.append((lang, f"piwigo:{key}", _printf(found[key])))
    return rows


# Coppermine's gallery: the main menu's links and the special albums' titles.
_COPPERMINE_TABLES = ("lang_main_menu", "lang_meta_album_names")
_COPPERMINE_FILES = {"en": "english", "es": "spanish", "fr": "french", "de": "german"}


def coppermine(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang, name in _COPPERMINE_FILES.items():
        source = _git_show(repo, f"lang/{name}.php") or ""
        for table, key, text in re.findall(
                r"\$(\w+)\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)'\s*;", source):
            # The menu's links, not their titles (the tooltips); no admin screens.
            if table not in _COPPERMINE_TABLES or (table == "lang_main_menu" and (
                    not key.endswith("_lnk") or key.startswith(("adm", "usr")))):
                continue
            text = _printf(text.replace("\\'", "'"))
            if re.search(r"\w", text.replace(WILD, "")):
                rows.append((lang, f"coppermine:{table}.{key}", text))
    return rows


# InstantCMS: the pager, "More", the log-in links and the way back home.
_ICMS_LINES = ("LANG_MORE", "LANG_PAGE_NEXT", "LANG_PAGE_PREV", "LANG_PAGE_FIRST",
               "LANG_PAGE_LAST", "LANG_SHOW_ALL", "LANG_LOG_IN", "LANG_LOG_OUT",
               "LANG_BACK_TO_HOME", "LANG_PAGES_SHOWN", "LANG_SHOW_MORE")


def instantcms(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for lang in ("en", "ru"):
        source = _git_show(repo, f"system/languages/{lang}/language.php") or ""
        found = dict(re.findall(r"define\(\s*'(\w+)'\s*,\s*'((?:[^'\\]|\\.)*)'\s*\)", source))
        for key in _ICMS_LINES:
            if found.get(key):
                rows.append((lang, f"instantcms:{key}", _printf(found[key].replace("\\'", "'"))))
    return rows


# Gallery 3: the titles of the sidebar blocks a visitor sees beside an album or a photo (not
# the dashboard's), each in the module file that sets it.
_GALLERY3_BLOCKS = {"modules/info/helpers/info_block.php": ("Album info", "Photo info",
                                                            "Movie info"),
                    "modules/image_block/helpers/image_block_block.php": ("Random image",),
                    "modules/tag/helpers/tag_block.php": ("Popular tags",),
                    "modules/comment/helpers/comment_block.php": ("Recent comments",),
                    "modules/rss/helpers/rss_block.php": ("Available RSS feeds",)}


def gallery3(repo: Path) -> list[tuple[str, str, str]]:
    rows = []
    for path, titles in _GALLERY3_BLOCKS.items():
        found = set(re.findall(r'\bt\("([^"]*)"\)', _git_show(repo, path) or ""))
        rows.extend(("en", f"gallery3:{title}", title) for title in titles if title in found)
    return rows


# The clone whose English messages stand in for a message a language lacks, as in MediaWiki.
_EN_REPO: list[Path] = []

_READERS = {"mediawiki4intranet+core": mediawiki, "debian:mediawiki": mediawiki,
            "latex2html+latex2html": latex2html, "heiseonline+shariff": shariff,
            "debian:wordpress-l10n": wordpress, "dokuwiki+dokuwiki": dokuwiki,
            "sphinx-doc+sphinx": sphinx, "phpbb+phpbb": phpbb,
            "squidfunk+mkdocs-material": mkdocs_material, "TryGhost+Casper": ghost,
            "debian:libpublicinbox-perl": public_inbox,
            "jaredmauch+mailman2-python3": mailman, "TryGhost+Source": ghost,
            "natalyandreeva+joomla": joomla, "daemsa+synathina": joomla,
            "WordPressBugBounty+plugins-wpforo": wpforo, "NodeBB+NodeBB": nodebb,
            "Piwigo+Piwigo": piwigo, "coppermine-gallery+cpg1.6.x": coppermine,
            "instantsoft+icms2": instantcms, "gallery+gallery3": gallery3}


def _package(mirror: Path, name: str, into: Path) -> tuple[Path, str] | None:
    """The Debian package ``MIRROR/name_*.deb`` unpacked under ``into``: its root and version."""
    found = sorted(mirror.glob(f"{name}_*.deb"))
    if not found:
        return None
    subprocess.run(["dpkg-deb", "-x", str(found[-1]), str(into)], check=True)
    version = subprocess.run(["dpkg-deb", "-f", str(found[-1]), "Version"], capture_output=True,
                             text=True, check=True).stdout.strip()
    return into, version


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
    with tempfile.TemporaryDirectory() as scratch:
        for name, (system, licence, what) in SOURCES.items():
            if name.startswith("debian:"):
                package = name.split(":", 1)[1]
                unpacked = _package(mirror, package, Path(scratch) / package)
                if unpacked is None:
                    raise SystemExit(f"make_interface_lexicon: {mirror}: no {package}_*.deb "
                                     f"(apt-get download {package})")
                repo = unpacked[0] / _PACKAGE_ROOTS[name]
                origin = f"Debian package {package} {unpacked[1]}, {what}"
            else:
                clone = _repo(mirror, name)
                if clone is None:
                    raise SystemExit(f"make_interface_lexicon: {mirror / name}: no clone of "
                                     f"{name.replace('+', '/')}")
                repo = clone
                # A clone that holds only some files of its repository says which commit
                # they are from.
                upstream = (_git_show(repo, "UPSTREAM") or "").strip()
                origin = upstream or \
                    f"github.com/{name.replace('+', '/')} @ {_head(repo)[:12]}, {what}"
            if not _EN_REPO and system == "MediaWiki":
                _EN_REPO.append(repo)
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
