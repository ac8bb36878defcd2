"""Boilerplate lines of a scraped page, judged the way jusText judges blocks.

The word rules of :mod:`cms_i18n.clean.chrome` know chrome by what it says,
the rules of :mod:`cms_i18n.clean.page` by where it sits.  What neither knows
— an aggregator's notice, a tag cloud of names, an author and section line,
a counter of readers — is known here by what it is made of, then by its
neighbours:

1. Each remaining line gets a class.  **bad** when it is made like chrome:
   a tag cloud (many capitalised words, no function word, no punctuation),
   a bare site address or "Read on interfax.ru", a counter ("Views: 962"),
   a currency ticker (or three lines or more of one, a quote a line), a
   player's timestamps, a photo caption with a wire credit written in another
   script than the page, a repeated line below the
   article.  **good** when it is prose: eight words or more ending a sentence
   or thick with function words (stop words, ``data/stopwords.txt``), or
   twenty words or more.  Otherwise **short** — a heading, a byline, a list
   item, a caption — which only its neighbours can judge; a short text about
   the site that speaks to the reader ("Сайт usa.one … Вы можете
   пожаловаться") is short too, as a notice.
2. Context: a run of short lines goes when the nearest judged line on both
   sides is bad (or the page's edge): a short line among chrome is chrome,
   one beside the article is the article's; a short sentence of its own
   ("The talks continue on Friday.") stays wherever it is.  Chrome that interrupts the
   article ("Advertisement") is seen through, so what lies between two ads
   stays.  The page's title and the bylines and datelines above the
   article's first paragraph are never taken this way.
3. Above the first paragraph, a paragraph of four or more lines of a few
   words each, with chrome or nothing around it, is a menu ("Live broadcast"
   / "Main slide" / …), and a line in Title Case that names what a site lists
   (news, data, stories …) below a longer headline is a link under it
   ("Research News and Market Data on VRA").

It runs only on a whole scraped plain-text page (with the other page rules),
and not on a page of mostly short lines (verse, a list).  If nothing in the
page reads as prose, nothing is judged.  Each line taken carries its reason,
which ``clean --explain`` shows.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence

from cms_i18n.clean import page
from cms_i18n.clean.structure import is_list_item
from cms_i18n.clean.vocabulary import SHARE_WORDS
from cms_i18n.stopwords import STOPWORDS

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GOOD_WORDS = 8
_LONG_WORDS = 20
_GOOD_DENSITY = 0.25
_CLOUD_WORDS = 10
_CLOUD_REPEATED_WORDS = 6
_MENU_ITEMS = 4
_HEADLINE_WORDS = 4
_SENTENCE_WORDS = 4
_PROSE_LOWER_WORDS = 4
_RECORD_FIELD_COPIES = 2
_MENU_WORDS = 4
_NOTICE_WORDS = 50
_CJK_GOOD_CHARS = 30

# The author's source line ("Source: example.com", "Πηγή: news.makedonias.gr") names a site
# too, and is the author's word on where the facts came from.
_SOURCE_LABEL_RE = re.compile(r"(?:source|sources|πηγή|πηγές|источник|источники|джерело|quelle|"
                              r"quellen|fuente|fuentes|fonte|fontes)\s*:"
                              # a picture's credit, the site it was taken from ("Photo:
                              # kremlin.ru", "Photo courtesy of …", "взято с сайта
                              # kremlin.ru", "фото с сайта …"): the credit line stays
                              r"|(?:photos?|images?|pictures?|фото|снимок|изображение|φωτογραφία"
                              r"|φωτο|foto|bild)\s*(?::|by\b|from\b|via\b|courtesy\b|с сайта"
                              r"|από\b)|взят[оаы]? с сайта", re.I)
# A command line that runs or opens a source file ("python hello-world.py", "perl
# report.pl", "bash install.sh", "go run main.go") names a file, not a site, though its
# extension is a country's domain too (.py Paraguay, .pl Poland, .sh Saint Helena, .rs
# Serbia).  Each interpreter with the extensions of its language's files.
_SOURCE_EXTENSIONS = {
    "python": ("py", "pyw"), "py": ("py", "pyw"), "pypy": ("py",), "ipython": ("py", "ipy"),
    "perl": ("pl", "pm", "t"), "raku": ("raku", "pl6", "p6"),
    "bash": ("sh", "bash"), "sh": ("sh",), "zsh": ("sh", "zsh"), "dash": ("sh",),
    "ksh": ("sh", "ksh"),
    "node": ("js", "mjs", "cjs"), "nodejs": ("js", "mjs", "cjs"),
    "deno": ("js", "ts", "mjs"), "bun": ("js", "ts", "mjs"), "tsc": ("ts",),
    "ruby": ("rb",), "irb": ("rb",), "php": ("php",), "julia": ("jl",), "lua": ("lua",),
    "rscript": ("r",), "go": ("go",), "rustc": ("rs",), "gcc": ("c", "cc"),
    "g++": ("cc", "cpp", "cxx"), "clang": ("c", "cc", "cpp"), "javac": ("java",),
    "java": ("java",), "kotlinc": ("kt",), "scala": ("scala",), "swift": ("swift",),
    "ocaml": ("ml",), "ghc": ("hs",), "runghc": ("hs",), "tclsh": ("tcl",), "awk": ("awk",),
    "elixir": ("ex", "exs"), "erl": ("erl",), "groovy": ("groovy",), "dart": ("dart",),
}
# A name that ends in the extension of a text, data, settings, office, picture, sound,
# video or archive file ("sort alfa.txt", "cat access.log", "config.yaml", "report.pdf",
# "photo.png") names a file: no country or registry has those endings as its domain
# (but for .zip, a registry's since 2023, and a name ending in it is an archive's far
# more often than a site's), so such a name never reads as a site.  Endings that are
# domains too (.md Moldova, .ai Anguilla, .py Paraguay, .io) are left to the sites.
_FILE_ONLY_EXTENSIONS = frozenset({
    "txt", "log", "csv", "tsv", "json", "yaml", "yml", "toml", "ini", "cfg", "conf",
    "bak", "tmp", "dat", "diff", "patch", "tex", "bib", "sty", "cls",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "epub",
    "xml", "xsd", "html", "htm", "sql", "sqlite",
    "png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "tif", "tiff", "ico",
    "wav", "flac", "ogg", "avi", "mkv", "wmv",
    "zip", "rar", "tar", "gz", "tgz", "xz", "iso", "exe", "dll", "dmg", "msi", "deb", "rpm",
    "apk",
})
# A site's address: a name, dots, and a last label that is no file's extension.
_SITE = (r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
         r"\.(?!(?:" + "|".join(sorted(_FILE_ONLY_EXTENSIONS, key=len, reverse=True))
         + r")(?![a-z0-9-]))[a-z]{2,6}/?")
# "interfax.ru", "Читать на interfax.ru", "/ mir24.tv": a link, nothing else.
_SITE_LINE_RE = re.compile(rf"(?:[/|›»]\s*)?(?:[^\W\d_]+[ :]\s*){{0,3}}{_SITE}")
_BARE_SITE_RE = re.compile(_SITE)
#: Programs that open any source file: an editor's or a pager's command line.
_FILE_OPENERS = frozenset({"cat", "less", "vim", "vi", "nano", "emacs", "gedit", "chmod"})
_ANY_SOURCE = frozenset(ext for exts in _SOURCE_EXTENSIONS.values() for ext in exts)
# "python3", "python3.11", "perl5": the program's name without its version.
_VERSION_RE = re.compile(r"[\d.]+$")
# A program's sub-command before the file: "go run main.go", "deno run app.ts".
_SUBCOMMANDS = frozenset({"run", "exec", "build", "test"})
# (not the start of a longer name: "report.final" of "report.final.pdf")
_SITE_RE = re.compile(rf"(?<![\w.@]){_SITE}(?![\w/]|\.\w)")
_SITE_WORD_RE = re.compile(r"\b(?:site|website|portal|сайт\w*|портал\w*|ιστότοπ\w*|"
                           r"ιστοσελίδ\w*|webseite|website)\b", re.I)
_READER_RE = re.compile(r"\b(?:you|your|вы|вас|вам|ваш\w*|σας|εσείς|sie|ihr|vous|votre|"
                        r"usted|ustedes|você|voi)\b", re.I)
# "Сейчас читают: 962", "Views: 1,204", "Comments (0)", "Обсуждение ( 0 )".
_COUNTER_RE = re.compile(r"(?:[^\W\d_]+ ){0,3}[^\W\d_]+ ?(?:: ?\d[\d ,.]*|\( ?\d[\d ,.]* ?\))")
# (a code may carry its quoting bank before a colon: "НБУ:USD", the national bank's rate)
_TICKER_CODE_RE = re.compile(r"(?:[^\W\d_]{2,6}:)?[A-Z]{3}(?:/[A-Z]{3})?")
_TICKER_NUMBER_RE = re.compile(r"[-+−]?\d[\d.,]*%?")
_TICKER_SIGN_RE = re.compile(r"[▲▼△▽↑↓⬆⬇+−=-]|[•·▪*]")
_TIMESTAMP_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# A ticker printed one quote a line: "$1 – 12736.48" / "UZS – -0.17%".
_TICKER_AMOUNT_RE = re.compile(r"[$€£¥₽₸₴₹]\d[\d.,]*")
_TICKER_DASH_RE = re.compile(r"[–—]")
_TICKER_RUN = 3
# "Currency rates from 27/09/2024": a few words over the quotes, ending in their date.
_DATED_LABEL_RE = re.compile(r"(?:[^\W\d_]+ ){1,4}\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# A wire service's or photographer's credit closing a caption.
_PHOTO_CREDIT_RE = re.compile(
    r"\((?:AP|AFP|EPA|Reuters|Getty Images|Xinhua|TASS|ТАСС|РИА Новости)\b[^()]*\)$"
    r"|\((?:[\w .-]{0,30} )?(?:Photo|Фото|Φωτ\w*)\b[^()]*\)$", re.I)
# What a site lists and links to from under a headline.
_LISTING_RE = re.compile(r"\b(?:News|Data|Stories|Articles|Releases|Archives?|Videos|Photos|"
                         r"Research|Quotes|Coverage|Updates|Podcasts|Events|Latest|More|All)\b")
# What an image's placeholder text says of it ("Logo Image", "Top Banner"): no one's name.
_IMAGE_WORDS_RE = re.compile(r"\b(?:Logo|Image|Banner|Emblem|Icon|Picture|Thumbnail|"
                             r"Placeholder)\b", re.I)
# Runs of letters, counted by their lengths: a page's letters one match each
# would be a list as long as the page.
_SCRIPT_RES = {"LATIN": re.compile(r"[A-Za-z\u00c0-\u024f]+"),
               "CYRILLIC": re.compile(r"[\u0400-\u052f]+"),
               "GREEK": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")}
_CJK_END_RE = re.compile(r"[。！？]$")
# A calendar widget: the days of the week abbreviated, then rows of day numbers.
_WEEKDAYS = frozenset([
    "mo", "tu", "we", "th", "fr", "sa", "su", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    "δε", "τρ", "τε", "πε", "πα", "σα", "κυ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ", "κυρ",
    "lu", "ma", "mi", "ju", "vi", "sá", "do", "me", "je", "ve", "di", "so"])
_CALENDAR_DAYS = 5
# The last part of a page's address left as a line: "python-tutorial-python-for-loops".
_URL_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){3,}")
#: A page's machine-written time left as a line, from its meta tags: "2025-10-10T00:42+0300".
_ISO_TIME_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
#: The address of the picture a page shares, left as a line ("https://…/863359556.jpg?17600").
_IMAGE_URL_RE = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|webp|avif)(?:\?\S*)?", re.IGNORECASE)
# A figure of a counter: "0", "758", "1,204".
_FIGURE_RE = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d+")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_DATE_ONLY_RE = re.compile(r"[\d\s.,:/()–—-]+|.{0,12}\b\d{1,2}\b.{0,30}\b(?:19|20)\d{2}\b.{0,30}")

# Each round of chrome removal asks again about the same lines, and a site's
# chrome recurs on every page of a batch: the pure judgements of one line are kept.
SEEN_LINES = 1 << 14


def words_of(text: str) -> list[str]:
    """The words of a line: runs of letters (with inner apostrophes and hyphens)."""
    return _WORD_RE.findall(text)


def substance_words(text: str, letters: int) -> set[str]:
    """The words of a line that say what it is about, case-folded: ``letters`` letters or
    more and no function word.  Two lines sharing such words are about the same thing.

    >>> sorted(substance_words("The SCO met in Astana on Friday", 4))
    ['astana', 'friday']
    """
    return set(_substance_words(text, letters))


@functools.lru_cache(maxsize=SEEN_LINES)
def _substance_words(text: str, letters: int) -> frozenset[str]:
    """:func:`substance_words`, kept per line: each round of chrome removal asks again."""
    return frozenset(folded for folded in (word.casefold() for word in words_of(text))
                     if len(folded) >= letters and folded not in STOPWORDS)


def stopword_density(words: Sequence[str]) -> float:
    """Share of the words that are function words ("the", "и", "και")."""
    return sum(word.lower() in STOPWORDS for word in words) / len(words) if words else 0.0


def script_of(text: str) -> str | None:
    """The script most of the letters are written in: "LATIN", "CYRILLIC" or "GREEK"."""
    counts = {name: script_letters(text, name) for name in _SCRIPT_RES}
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] else None


#: A line of prose that ends no sentence is still the article's from this many words on.
_ARTICLE_PROSE_WORDS = 20


def is_article_prose(text: str) -> bool:
    """Is the line the article's prose: prose (:func:`is_prose`) that ends a sentence,
    or that runs to twenty words or more?"""
    return is_prose(text) and bool(
        page.SENTENCE_END_RE.search(text) or len(text.split()) >= _ARTICLE_PROSE_WORDS)


@functools.lru_cache(maxsize=SEEN_LINES)
def is_prose(text: str) -> bool:
    """Does the line read as prose: a sentence of eight words or more, or a long line?"""
    words = words_of(text)
    if len(words) >= _LONG_WORDS:
        return True
    if len(words) < 3 and len(text) >= _CJK_GOOD_CHARS and _CJK_END_RE.search(text):
        return True
    return len(words) >= _GOOD_WORDS and bool(
        page.SENTENCE_END_RE.search(text) or stopword_density(words) >= _GOOD_DENSITY)


def _is_tag_cloud(text: str, words: Sequence[str]) -> bool:
    """Names run together: capitalised words, no function word, no punctuation.  A
    figure standing as a word of its own that is no year ("PO Box 3091", "NSW 2533")
    makes the line a postal address, an author's or an office's, which names run
    together like a tag cloud's and which the page's labels keep.  Nor is a line whose
    parts a spaced en dash sets apart, a label and its names ("7th Tee Hosts – Clive
    Watts – Club Captain & Jackie Watts", a list of a day's helpers)."""
    if len(words) < _CLOUD_REPEATED_WORDS or re.search(r"[.,;:!?()\"«»“”„]", text) \
            or " – " in text:
        return False
    if any(token.isdigit() and not _YEAR_RE.fullmatch(token) for token in text.split()):
        return False
    capitalised = sum(word[0].isupper() for word in words)
    repeated = len({word.lower() for word in words}) < len(words)
    return (stopword_density(words) == 0 and 5 * capitalised >= 4 * len(words)
            and (len(words) >= _CLOUD_WORDS or repeated))


def _is_ticker(tokens: Sequence[str]) -> bool:
    """"USD 89.52 ▲ EUR 97.10 ▼", "• KGS/USD = 0.01144 0%": currency codes, figures
    and arrows, nothing else."""
    pairs = [t for t in tokens if _TICKER_CODE_RE.fullmatch(t)]
    numbers = sum(bool(_TICKER_NUMBER_RE.fullmatch(t)) for t in tokens)
    signs = sum(bool(_TICKER_SIGN_RE.fullmatch(t)) for t in tokens)
    codes = sum(t.count("/") + 1 for t in pairs)
    return codes >= 2 and numbers >= 2 and len(pairs) + numbers + signs == len(tokens)


def _is_ticker_item(tokens: Sequence[str]) -> bool:
    """One quote of a ticker printed a quote a line: a currency (a code or a sign before
    its amount), figures and dashes, nothing else ("$1 – 12736.48", "UZS – -0.17%")."""
    currencies = sum(bool(_TICKER_CODE_RE.fullmatch(t) or _TICKER_AMOUNT_RE.fullmatch(t))
                     for t in tokens)
    figures = sum(bool(_TICKER_NUMBER_RE.fullmatch(t) or _TICKER_AMOUNT_RE.fullmatch(t))
                  for t in tokens)
    signs = sum(bool(_TICKER_SIGN_RE.fullmatch(t) or _TICKER_DASH_RE.fullmatch(t))
                for t in tokens)
    return (currencies >= 1 and figures >= 1
            and len(tokens) == currencies + signs + sum(
                bool(_TICKER_NUMBER_RE.fullmatch(t)) for t in tokens))


@functools.lru_cache(maxsize=SEEN_LINES)
def _is_ticker_line(text: str) -> bool:
    """A line that is one quote of a ticker (:func:`_is_ticker_item`), kept per line."""
    tokens = text.split()
    return bool(tokens) and _is_ticker_item(tokens)


def ticker_runs(order: Sequence[int], texts: dict[int, str]) -> dict[int, str]:
    """Lines of a ticker that prints one quote a line: three or more such lines in a
    row, naming two currencies or more, and the dated label just above them
    ("Currency rates from 27/09/2024").  Each line alone is too short to judge."""
    found: dict[int, str] = {}
    run: list[int] = []
    for index in [*order, -2]:
        item = index >= 0 and _is_ticker_line(texts.get(index, ""))
        if item and (not run or index == run[-1] + 1):
            run.append(index)
            continue
        names = {t for i in run for t in texts[i].split()
                 if _TICKER_CODE_RE.fullmatch(t) or _TICKER_AMOUNT_RE.fullmatch(t)}
        if len(run) >= _TICKER_RUN and len({n.rstrip("0123456789.,") for n in names}) >= 2:
            found.update(dict.fromkeys(run, "ticker"))
            label = texts.get(run[0] - 1, "")
            if _DATED_LABEL_RE.fullmatch(label):
                found[run[0] - 1] = "ticker"
        run = [index] if item else []
    return found


def script_letters(text: str, script: str) -> int:
    """How many letters of the text are written in the script ("LATIN", "CYRILLIC", "GREEK")."""
    return sum(map(len, _SCRIPT_RES[script].findall(text)))


@functools.lru_cache(maxsize=SEEN_LINES)
def boilerplate_reason(text: str, page_script: str | None) -> str | None:
    """Why a line is made like chrome whatever its neighbours, or None.

    Kept per line: each round of chrome removal asks again about the same lines.
    """
    words = words_of(text)
    tokens = text.split()
    if _is_tag_cloud(text, words):
        return "tag cloud"
    if (_SITE_LINE_RE.fullmatch(text) and not _BARE_SITE_RE.fullmatch(text)
            and not _SOURCE_LABEL_RE.match(text) and not runs_a_source_file(tokens)):
        return "link to a site"
    if _is_ticker(tokens):
        return "ticker"
    if len(tokens) >= 2 and all(_TIMESTAMP_RE.fullmatch(t) or t == "/" for t in tokens):
        return "player timestamps"
    if len(tokens) >= _CALENDAR_DAYS and all(t.lower() in _WEEKDAYS for t in tokens):
        return "calendar"
    if _is_weekday_column(tokens):
        return "calendar"
    if _URL_SLUG_RE.fullmatch(text):
        return "URL slug"
    if _ISO_TIME_RE.fullmatch(text):
        return "machine-written time"
    if _IMAGE_URL_RE.fullmatch(text):
        return "address of a picture"
    if (_PHOTO_CREDIT_RE.search(text) and page_script is not None
            and script_of(text) not in (page_script, None)):
        return "photo caption in another language"
    return None


def runs_a_source_file(tokens: Sequence[str]) -> bool:
    """Is the line a command that runs or opens a source file, its program's name first?

    >>> runs_a_source_file("python hello-world.py".split())
    True
    >>> runs_a_source_file("go run main.go".split()), runs_a_source_file("vim setup.sh".split())
    (True, True)
    >>> runs_a_source_file("Читать на onet.pl".split())
    False
    >>> runs_a_source_file("python example.com".split())
    False
    """
    if len(tokens) < 2:
        return False
    command = _VERSION_RE.sub("", tokens[0].lower()) or tokens[0].lower()
    rest = tokens[1:-1]
    if rest and not (len(rest) == 1 and rest[0].lower() in _SUBCOMMANDS):
        return False
    extension = tokens[-1].rsplit(".", 1)[-1].lower() if "." in tokens[-1] else ""
    if command in _FILE_OPENERS:
        return extension in _ANY_SOURCE
    return extension in _SOURCE_EXTENSIONS.get(command, ())


def weak_reason(text: str) -> str | None:
    """Why a line may be chrome, if chrome stands beside it in its paragraph, or None.

    A bare address ("interfax.ru") or a label with a count ("Сейчас читают:
    962") is a widget beside other widgets, but a line of a list of sources or
    of a programme ("Abstract: 860") among lines of their own kind.
    """
    if _BARE_SITE_RE.fullmatch(text):
        return "link to a site"
    if _COUNTER_RE.fullmatch(text):
        return "counter"
    if _is_day_row(text.split()):
        return "calendar"
    return None


def _is_weekday_column(tokens: Sequence[str]) -> bool:
    """"Пн 7 14 21 28": a calendar set a weekday to a line, that day's dates a week apart.

    >>> _is_weekday_column("Вт 1 8 15 22 29".split()), _is_weekday_column("Mo 1 2 3".split())
    (True, False)
    """
    if len(tokens) < 1 + _WEEKDAY_DATES or tokens[0].lower() not in _WEEKDAYS:
        return False
    days = tokens[1:]
    if not all(t.isdecimal() and 1 <= int(t) <= 31 for t in days):
        return False
    return all(int(b) == int(a) + 7 for a, b in itertools.pairwise(days))


# A weekday's column shows this many of its dates at least (a month has four or five).
_WEEKDAY_DATES = 3


def _is_day_row(tokens: Sequence[str]) -> bool:
    """"7 8 9 10 11 12 13": a calendar's week, day numbers counting up by one."""
    if len(tokens) < 3 or not all(t.isdecimal() and 1 <= int(t) <= 31 for t in tokens):
        return False
    return all(int(b) == int(a) + 1 for a, b in itertools.pairwise(tokens))


def _is_site_notice(text: str, words: Sequence[str]) -> bool:
    """A few sentences about the site, to the reader ("You can report this news")."""
    return (len(words) <= _NOTICE_WORDS and bool(_READER_RE.search(text))
            and bool(_SITE_RE.search(text) or _SITE_WORD_RE.search(text)))


#: A message closed by an emoji's code has this many words before it at least.
_EMOJI_MESSAGE_WORDS = 3


@functools.lru_cache(maxsize=SEEN_LINES)
def _kind_alone(text: str) -> str:
    """A line's class before its neighbours are weighed: "weak", "good" or "short"."""
    if weak_reason(text):
        return "weak"
    if is_prose(text) and not _is_site_notice(text, words_of(text)):
        return "good"
    # a forum post closed by an emoji's code ("We took the plot :slight_smile:"), which
    # ends the message as a full stop would
    code = page.EMOJI_CODE_END_RE.search(text)
    if code and len(text[:code.start()].split()) >= _EMOJI_MESSAGE_WORDS:
        return "good"
    return "short"


def _is_site_link(text: str, words: Sequence[str]) -> bool:
    """"Research News and Market Data on VRA", "View All Press Releases": a link in
    Title Case to what the site lists, not a subtitle or a place ("New York")."""
    long = [w for w in words if len(w) >= 4]
    return (len(words) >= 3 and len(long) >= 2 and all(w[0].isupper() for w in long)
            and not text.isupper() and not re.search(r"[\d,.!?;:]", text)
            and bool(_LISTING_RE.search(text)))


@functools.lru_cache(maxsize=SEEN_LINES)
def _is_dateline(text: str) -> bool:
    return bool(page.DATELINE_RE.search(text) or _DATE_ONLY_RE.fullmatch(text))


_NAME_PART_RE = re.compile(r"[A-ZА-ЯЁΑ-Ω][a-zа-яёα-ωά-ώ]+(?:[-'’][A-ZА-ЯЁΑ-Ω]?[a-zа-яёα-ωά-ώ]+)*"
                           r"|(?:[A-ZА-ЯЁΑ-Ω]\.){1,3}")
_NAME_PARTICLES = frozenset(["de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da",
                             "di", "del", "la", "le", "du", "dos"])


def is_name(text: str) -> bool:
    """"Anna Chernova", "J. R. Smith", "Ludwig van Beethoven": a person's name alone.

    Two to four capitalised words (or initials) in one script, particles between
    them, and no word of what a site lists ("World News", "Latest Videos"); a
    name beside a section label in another script ("Владислав Вислоцкий
    Politics") is the site's author-and-section line.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or _LISTING_RE.search(text) or _IMAGE_WORDS_RE.search(text):
        return False
    if sum(bool(pattern.search(text)) for pattern in _SCRIPT_RES.values()) > 1:
        return False
    return (all(_NAME_PART_RE.fullmatch(t) or t in _NAME_PARTICLES for t in tokens)
            and all(_NAME_PART_RE.fullmatch(t) for t in (tokens[0], tokens[-1])))


_NAMES_SEPARATOR_RE = re.compile(r"\s+[–—-]\s+|\s*[,&/]\s*|\s+(?:and|και|и)\s+")


def names_people(text: str) -> bool:
    """A caption naming the people a photo shows: two names or more, set apart by a
    dash, a comma or "and" ("Γιώργος Καρατζάς – Μίμης Κανελλόπουλος"), nothing else.

    >>> names_people("Γιώργος Καρατζάς – Μίμης Κανελλόπουλος")
    True
    >>> names_people("Source: Xinhua | 2019-09-20 01:33"), names_people("Share to")
    (False, False)
    """
    parts = _NAMES_SEPARATOR_RE.split(text.strip())
    return len(parts) >= 2 and all(is_name(part) for part in parts)


def take_boilerplate(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str], interruptions: Collection[int] = (),
                     bylines: Collection[int] = (), title_copies: Collection[int] = ()) -> None:
    """Add the boilerplate lines of a scraped page to ``found`` (index → reason).

    ``interruptions`` are chrome lines that break into the article rather
    than frame it ("Advertisement"): the classes on either side are judged
    through them.  ``bylines`` are lines the page's chrome shows to be its
    author's name (a bare name above a share bar): never taken.
    """
    order = sorted(views)
    # The lines themselves, not the views: a view makes Cyrillic and Greek look-alikes Latin.
    texts = {i: " ".join((lines[i] or "").split()) for i in order}
    page_script = script_of(" ".join(texts[i] for i in order if i not in found))
    taken = {i: reason for i in order if i not in found
             and (reason := boilerplate_reason(texts[i], page_script))}
    for index, reason in ticker_runs([i for i in order if i not in found], texts).items():
        taken.setdefault(index, reason)
    if not order or not page.is_prose_document(views, {**found, **taken}):
        # Verse, a list, or a ticker's forty lines: only what is chrome whatever its place.
        for index, reason in taken.items():
            found.setdefault(index, reason)
        return
    views = texts
    kind: dict[int, str] = {}
    for index in order:
        text = views[index]
        if index in found:
            kind[index] = "through" if index in interruptions else "bad"
            continue
        if index in taken:
            kind[index] = "bad"
        else:
            kind[index] = _kind_alone(text)
    introduced = _introduced_runs([i for i in order if kind[i] == "weak"], views, kind) | \
        _fact_boxes([i for i in order if kind[i] == "weak"], views)
    for index in [i for i in order if kind[i] == "weak" and i not in introduced]:
        beside = [j for j in (index - 1, index + 1) if j in kind and kind[j] in ("bad", "weak")]
        if beside:
            kind[index], taken[index] = "bad", weak_reason(views[index]) or ""
    for index in [i for i in order if kind[i] == "weak"]:
        kind[index] = "short"
    for index in order:
        if kind[index] == "short" and _is_bare_counter(index, views, kind):
            kind[index], taken[index] = "bad", "counter"
    for index in order:   # the title: the first line standing alone, above the body
        if kind[index] in ("good", "short") and _is_title(index, views, kind):
            kind[index] = "title"
            break
        if kind[index] == "good":
            break
    good = [i for i in order if kind[i] == "good"]
    if not good:
        return
    first_good, last_good = good[0], good[-1]
    _take_repeats(order, lines, views, kind, taken, last_good)
    header = [i for i in order if i < first_good and kind[i] in ("short", "title")]
    short = {i for i in order if kind[i] == "short"}
    datelines = {i for i in short if _is_dateline(views[i])}
    # A byline stands beside its dateline ("Pjotr Sauer" / "Tue 25 Nov 2026 14.05 GMT").
    kept = datelines | {j for i in datelines for j in (i - 1, i + 1) if j in short} | set(bylines)
    if header:
        _take_header(header, lines, views, kind, taken, views[first_good])
    headline = _headline([i for i in header if kind[i] in ("short", "title")], views,
                         [views[i] for i in title_copies if i in views], views[first_good])
    if headline is not None:
        kept.add(headline)
    named = _named_by_the_lead(header, views, kind, views[first_good])
    if named is not None:
        kept.add(named)
    # The title of the page a wiki's edit form is for, under the form's "Editing".
    kept.update(i for i in header if is_edit_page_title(lines, i))
    _take_among_chrome(order, views, kind, taken, kept, first_good)
    for index, reason in taken.items():
        found.setdefault(index, reason)


def _introduced_runs(weak: Sequence[int], views: dict[int, str], kind: dict[int, str]) -> set[int]:
    """The weak lines of runs that a line of the article's prose introduces, ending in a
    colon right above them with no blank line between: an author's example or tally
    ("… here is an example of the proper format for specifying your shirt order:" over
    "S: 3" / "M: 5" / "XL: 5").  A widget's counters stand under chrome or under a
    heading, never under a sentence that announces them."""
    kept: set[int] = set()
    weak_set = set(weak)
    for index in weak:
        if index - 1 in weak_set:
            continue    # not the first line of its run
        above = index - 1
        if kind.get(above) != "good" or not views.get(above, "").rstrip().endswith(":"):
            continue
        run = index
        while run in weak_set:
            kept.add(run)
            run += 1
    return kept


# A line of a box of facts: a short label, a colon, its value ("Genre: Thriller").
_FACT_RE = re.compile(r"(?P<label>[^\W\d_][^:]{0,30}):\s*(?P<value>\S.{0,60})")
# What a widget counts: never an author's fact about a book or a match.
_COUNTED_RE = re.compile(
    r".*\b(?:views?|reads?|comments?|shares?|likes?|replies|responses|followers?|"
    r"subscribers?|visits?|hits|votes?|rating|просмотр\w*|комментари\w*|читают|"
    r"προβολές|σχόλια)\b.*", re.IGNORECASE)
_FACT_LINES = 3


def _fact_boxes(weak: Sequence[int], views: dict[int, str]) -> set[int]:
    """The weak lines that stand in a box of facts an author wrote, a paragraph of three
    lines or more each a label and its value, one value at least in words ("Genre:
    Thriller" / "Published: 2006" / "Pages: 254" under a book's title): a review's, a
    recipe's or a match report's, not a widget's, whose labels name what it counts.

    >>> sorted(_fact_boxes([2, 3], {0: "Sharp Objects: Gillian Flynn", 1: "Genre: Thriller",
    ...                             2: "Published: 2006", 3: "Pages: 254"}))
    [2, 3]
    >>> sorted(_fact_boxes([0, 1], {0: "Views: 120", 1: "Comments: 4", 2: "Shares: 3"}))
    []
    """
    kept: set[int] = set()
    for index in weak:
        start = index
        while start - 1 in views:
            start -= 1
        end = index
        while end + 1 in views:
            end += 1
        box = [views[i] for i in range(start, end + 1)]
        facts = [_FACT_RE.fullmatch(text) for text in box]
        if (len(box) >= _FACT_LINES and all(facts)
                and any(not any(c.isdigit() for c in m["value"]) for m in facts if m)
                and not any(_COUNTED_RE.fullmatch(m["label"]) for m in facts if m)):
            kept.add(index)
    return kept


def is_bare_counter(text: str) -> bool:
    """Bare figures ("0 0", "1 880", "758"): a counter whose label or icon the scraper
    dropped (views, comments); never a year."""
    tokens = text.split()
    return (bool(tokens) and all(_FIGURE_RE.fullmatch(t) for t in tokens)
            and not any(_YEAR_RE.fullmatch(t) for t in tokens))


def _is_bare_counter(index: int, views: dict[int, str], kind: dict[int, str]) -> bool:
    """Bare figures right beside chrome in the body ("Politics" / "1 240"); beside the
    title or the dateline, :mod:`cms_i18n.clean.top` takes them.  A figure alone
    between two paragraphs, or in a column of figures, has no chrome beside it."""
    return is_bare_counter(views[index]) and any(
        kind.get(other) == "bad" and not is_bare_counter(views[other])
        for other in (index - 1, index + 1))


# A credit of who wrote or checked the text, above its first paragraph ("Created with Intu
# AI Reviewed by Intuition's expert tutors", "Medically reviewed by Dr Anna Berg"): the
# page's byline, whatever chrome stands around it.
_REVIEW_CREDIT_RE = re.compile(
    r"\b(?i:written|reviewed|fact-checked|checked|edited|compiled|translated|verified)"
    r" by [A-ZА-ЯЁΑ-Ω]|\b(?i:проверено|проверил[аи]?|отредактировал[аи]?) [А-ЯЁ]"
    r"|\b(?i:ελέγχθηκε|επιμέλεια) (?:από )?[Α-Ω]")


def _headline(header: Sequence[int], views: dict[int, str], copies: Sequence[str],
              body: str = "") -> int | None:
    """The article's headline among the short lines above its first paragraph, or None.

    A copy of the title the page printed elsewhere (its ``<title>`` with the
    site's name, a trail glued to it) names it; without one, it is the line
    of most words (four or more), no dateline, no label ending in a colon and
    no link to what the site lists, no credit ("Reviewed by …", a byline): a menu's
    items and a panel's labels are shorter than the headline they stand around.  Where
    some such lines share two words of substance with the first paragraph (``body``),
    the headline is the longest of those, Title Case links' words or not: an outlet's
    longer name above it says nothing of the article.
    """
    for index in header:
        if any(views[index] in copy for copy in copies):
            return index
    candidates = [i for i in header if len(views[i].split()) >= _HEADLINE_WORDS
                  and not _is_dateline(views[i]) and not views[i].endswith(":")
                  and not _REVIEW_CREDIT_RE.search(views[i])
                  and (not _is_site_link(views[i], words_of(views[i]))
                       or _about_the_body(views[i], body))]
    about = [i for i in candidates if _about_the_body(views[i], body)]
    return max(about or candidates, key=lambda i: len(views[i].split()), default=None)


def _named_by_the_lead(header: Sequence[int], views: dict[int, str], kind: dict[int, str],
                       body: str) -> int | None:
    """A title of a few words that the article's first paragraph names word for word ("Trade
    magazine" over "A trade magazine, also called a trade journal …", as an encyclopedia
    opens), the copy nearest the article: the text's own heading, however much chrome a
    mirror set around it and however often it printed it there.

    >>> _named_by_the_lead([0, 1], {0: "Open search", 1: "Trade magazine"},
    ...                    {0: "short", 1: "short"}, "A trade magazine is a magazine.")
    1
    """
    named = [i for i in header if kind[i] == "short" and is_named_by(views[i], body)]
    return named[-1] if named else None


def is_named_by(title: str, lead: str) -> bool:
    """Is this short title (two or three words) named word for word in the paragraph
    ``lead``, two words of substance and all?

    >>> is_named_by("Trade magazine", "A trade magazine, also called a trade journal …")
    True
    >>> is_named_by("Open search", "A trade magazine, also called a trade journal …")
    False
    """
    words = title.split()
    return (len(words_of(title)) >= 2 and len(words) < _HEADLINE_WORDS
            and re.search(rf"(?<!\w){re.escape(' '.join(words).casefold())}(?!\w)",
                          " ".join(lead.casefold().split())) is not None
            and _about_the_body(title, lead))


def _is_title(index: int, views: dict[int, str], kind: dict[int, str]) -> bool:
    """The page's first line is its title when it stands alone and ends no sentence, or
    has only a share bar the word rules found right under it ("Video: SCO need-to-know"
    / "Share - WeChat")."""
    below = views.get(index + 1)
    return (index - 1 not in views
            and (below is None or (kind.get(index + 1) == "bad" and is_share_line(below)))
            and not page.SENTENCE_END_RE.search(views[index]))


def is_share_line(text: str) -> bool:
    """A share bar's line: nothing but the names of sharing and following ("Share -
    WeChat", "Facebook Twitter Email")."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(word in SHARE_WORDS for word in words)


_ALIGNED_VALUE_RE = re.compile(r":\s{2,}\S")


def _take_repeats(order: Sequence[int], lines: Sequence[str | None], views: dict[int, str],
                  kind: dict[int, str], taken: dict[int, str], last_good: int) -> None:
    """Below the article, a line that repeats one above it (its date, its title).

    A label set beside its value ("Type:    Military alliance") is a fact of
    a table or a fact box, which two parts of one text may both state.

    Nor is a section's heading that the text's table of contents named above it
    a repeat: where every copy above is an item of a list of three or more
    ("  2. Code Examples and Their Outputs" in "Table of Contents"), the list
    points at the heading, and the heading and the section under it (a code
    sample's "Output:" and its figure) are the text's.

    Nor is a formula alone on its line (:data:`FORMULA_LINE_RE`): a worked answer
    gives its result at the top and again at the end of its working.
    """
    seen = {views[i] for i in order if i <= last_good}
    # A listing's field that each of its records prints ("Ohio State University" under each
    # release's headline): twice or more above, each copy kept, the last record's copy too.
    fields = Counter(views[i] for i in order if i <= last_good and kind[i] != "bad")
    contents = _contents_entries(order, lines, views, last_good)
    for index in order:
        text = views[index]
        if (index > last_good and kind[index] == "short" and text in seen
                and fields[text] < _RECORD_FIELD_COPIES
                and text not in contents
                and len(text.split()) >= 3 and not text.endswith(":")
                and not page.SENTENCE_END_RE.search(text)
                and not _ALIGNED_VALUE_RE.search(lines[index] or "")
                and not FORMULA_LINE_RE.fullmatch(text)
                # a forum member's signature under each of their posts ('Mike "Kube"
                # Kubarth'): a name with its nickname is a person's, no site's line
                and not page.NICKNAMED_RE.fullmatch(text)):
            kind[index], taken[index] = "bad", "repeated line"


#: A line that is nothing but formulas in TeX ("$\left(x - 1\right) \left(x + 4\right)$",
#: "$$a^2 + b^2$$"): an answer that states its result above a working and again at its end
#: repeats its own text, which no page's chrome is.
FORMULA_LINE_RE = re.compile(r"(?:\$\$?[^$\s][^$]*\$\$?\s*)+")


# A wiki's heading over its edit form, which a scraper splits around the page's title:
# "Editing" / "Entry point" / "(section)", "Редактирование" / …, "Επεξεργασία" / ….
_EDITING_RE = re.compile(r"editing|редактирование|επεξεργασία", re.I)


def is_edit_page_title(lines: Sequence[str | None], index: int) -> bool:
    """Is this line the title of the page a wiki's edit form is for: the next line
    above it (blank ones passed) is the form's heading, "Editing", alone?"""
    j = index - 1
    while j >= 0 and lines[j] is not None and not (lines[j] or "").strip():
        j -= 1
    return j >= 0 and lines[j] is not None and bool(_EDITING_RE.fullmatch((lines[j] or "").strip()))



#: Items in a row that make a list a table of contents whose entries head sections below.
_CONTENTS_ITEMS = 3


def _contents_entries(order: Sequence[int], lines: Sequence[str | None],
                      views: dict[int, str], last_good: int) -> set[str]:
    """The entries of lists above the article's last paragraph (``last_good``) that
    run to three items or more in a row: a table of contents, whose entries a heading
    below may repeat.  A line that also stands above outside such a list (a title, a
    date) is no entry.

    >>> lines = ["Contents", "", "  1. Basics", "  2. Code Examples", "  3. Notes", "",
    ...          "1. Basics", "", "Prose here."]
    >>> views = {i: line.strip() for i, line in enumerate(lines) if line.strip()}
    >>> sorted(_contents_entries(sorted(views), lines, views, 8))
    ['1. Basics', '2. Code Examples', '3. Notes']
    """
    above = [i for i in order if i <= last_good]
    items: set[str] = set()
    run: list[int] = []
    for index in [*above, -2]:
        if index >= 0 and is_list_item(lines[index] or "") and (not run or run[-1] == index - 1):
            run.append(index)
            continue
        if len(run) >= _CONTENTS_ITEMS:
            items.update(views[i] for i in run)
        run = [index] if index >= 0 and is_list_item(lines[index] or "") else []
    outside = {views[i] for i in above if not is_list_item(lines[i] or "")}
    return items - outside


def _take_header(header: Sequence[int], lines: Sequence[str | None], views: dict[int, str],
                 kind: dict[int, str], taken: dict[int, str], body: str = "") -> None:
    """Above the first paragraph (``body``): a menu, and Title Case links below the headline.

    A Title Case line that shares two words of substance with the first
    paragraph is the article's own headline ("Ministers Review Security Council
    Updates" over "The foreign ministers … met … to review the work of the
    council"), whatever longer line stands above it (the outlet's name): it is
    no link to what the site lists, and stays.

    Verse is judged as a whole: when two or more paragraphs of short lines
    above the first paragraph carry a clause's or a sentence's mark at a
    line's end ("Ἡ κόρη φαίνεται,", "Ὀχ τὸ βουνό;"), they are a poem's
    stanzas, and none of its paragraphs is a menu — not even a stanza with
    no mark at all.  A menu's items are names of pages; they end no clause.
    """
    if _is_verse(header, views):
        header = []
    run: list[int] = []
    for index in [*header, -2]:
        text = views.get(index, "")
        item = (index >= 0 and 0 < len(text.split()) <= _MENU_WORDS
                and not is_list_item(lines[index] or "")
                and not page.SENTENCE_END_RE.search(text) and not _is_dateline(text)
                and not any(ch.isdigit() for ch in text)
                and not is_edit_page_title(lines, index))
        if item and (not run or run[-1] == index - 1):
            run.append(index)
            continue
        # A whole paragraph of items (chrome aside): a list a line introduces
        # ("… on these platforms:") shares its paragraph with that line.
        if len(run) >= _MENU_ITEMS and all(kind.get(j, "bad") in ("bad", "through")
                                           for j in (run[0] - 1, run[-1] + 1)):
            for i in run:
                kind[i], taken[i] = "bad", "menu"
        run = [index] if item else []
    remaining = [i for i in header if kind[i] in ("short", "title")]
    if not remaining:
        return
    headlines = [i for i in remaining if len(views[i].split()) >= _HEADLINE_WORDS
                 and not _DATE_ONLY_RE.fullmatch(views[i])]
    if not headlines:
        return
    headline = headlines[0]
    length = len(views[headline].split())
    for index in remaining:
        text = views[index]
        if (index > headline and len(text.split()) < length
                and _is_site_link(text, words_of(text)) and not _is_dateline(text)
                and not _about_the_body(text, body)):
            kind[index], taken[index] = "bad", "link under the headline"


_SHARED_WITH_BODY = 2


def _about_the_body(text: str, body: str) -> bool:
    """Does a line say what the first paragraph is about: two words of substance shared?

    >>> _about_the_body("Ministers Review Security Council Updates",
    ...                 "The ministers met to review the council's work.")
    True
    >>> _about_the_body("View All Press Releases", "The ministers met to review the work.")
    False
    """
    return len(substance_words(text, 4) & substance_words(body, 4)) >= _SHARED_WITH_BODY


# A clause or a sentence ends at the end of a line of verse: , ; : · ; . ! ? … — and closing quotes.
_VERSE_MARK_RE = re.compile(r"[,;:\u00b7\u0387\u037e.!?…—-][\"'”’»)]*$")
_STANZAS = 2


def _is_verse(header: Sequence[int], views: dict[int, str]) -> bool:
    """Are the paragraphs of short lines above the first paragraph a poem's stanzas?

    A paragraph of two lines or more counts as a stanza when one of its lines
    ends with a clause's or a sentence's mark; two stanzas make the block verse.
    """
    stanzas = 0
    paragraph: list[str] = []
    for index in [*header, -2]:
        if index in views and paragraph and index - 1 in views and index - 1 in header:
            paragraph.append(views[index])
            continue
        if len(paragraph) >= 2 and any(_VERSE_MARK_RE.search(text) for text in paragraph):
            stanzas += 1
        paragraph = [views[index]] if index in views else []
    return stanzas >= _STANZAS


def _reads_as_prose(words: Sequence[str]) -> bool:
    """Eight words or more, four of them in lower case: a sentence's run of words, even cut
    off before its stop where the page was cut ("Στις αρχαιολογικές ανασκαφές έχουν βρεθεί
    νομίσματα της περιόδου των Τίτου Φλάβιου …, Γορδι"), never a short line.  A menu's or a
    tag cloud's names are capitalised."""
    return (len(words) >= _GOOD_WORDS
            and sum(word[:1].islower() for word in words) >= _PROSE_LOWER_WORDS)


def _is_sentence(text: str, words: Sequence[str]) -> bool:
    """A short sentence of its own ("The talks continue on Friday.") is the article's."""
    return len(words) >= _SENTENCE_WORDS and bool(page.SENTENCE_END_RE.search(text))


def _in_paragraph_with_chrome(index: int, kind: dict[int, str]) -> bool:
    """Is there a bad line in this line's paragraph (the lines around it, no blank between)?"""
    for step in (-1, 1):
        other = index + step
        while other in kind:
            if kind[other] == "bad":
                return True
            other += step
    return False


def _byline_field(index: int, views: dict[int, str]) -> bool:
    """Is this line a label over a person's name, or the name under it ("Author:" /
    "Anna Berg"): the article's byline set as a field?"""
    above, below = views.get(index - 1, ""), views.get(index + 1, "")
    text = views[index]
    return ((text.endswith(":") and is_name(below))
            or (above.endswith(":") and len(above.split()) <= 2 and is_name(text)))


# A forum post's like counter ("1 Like", "12 Likes"), which closes the post above it.
_LIKE_COUNTER_RE = re.compile(r"\d+ likes?", re.IGNORECASE)


def _take_among_chrome(order: Sequence[int], views: dict[int, str], kind: dict[int, str],
                       taken: dict[int, str], kept: Collection[int], first_good: int) -> None:
    """A run of short lines whose nearest judged neighbours are both chrome (or the edge).

    Above the article's first paragraph, where a title, a standfirst and a
    byline stand alone, only a short line in one paragraph with chrome goes
    ("From Notes" above "Jump to navigation").  Short lines over a forum post's like
    counter are that post ("Don’t lose hope." over "3 Likes") and stay.
    """
    judged = [i for i in order if kind[i] != "through"]
    k = 0
    while k < len(judged):
        if kind[judged[k]] != "short":
            k += 1
            continue
        end = k
        while end < len(judged) and kind[judged[end]] == "short":
            end += 1
        before = kind[judged[k - 1]] if k > 0 else "bad"
        after = kind[judged[end]] if end < len(judged) else "bad"
        if end < len(judged) and _LIKE_COUNTER_RE.fullmatch(views[judged[end]]):
            k = end     # a forum post over its like counter: the member's words, however short
            continue
        if before in ("bad", "title") and after == "bad":
            for index in judged[k:end]:
                if index in kept or page.SOURCE_LINE_RE.match(views[index]) or (
                        _byline_field(index, views)) or (
                        index < first_good and (not _in_paragraph_with_chrome(index, kind)
                                                or _REVIEW_CREDIT_RE.search(views[index]))):
                    continue
                text = views[index]
                words = words_of(text)
                if _is_site_notice(text, words):
                    taken[index] = "site notice among chrome"
                elif not _is_sentence(text, words) and not _reads_as_prose(words):
                    taken[index] = "short line among chrome"
        k = end
