"""Page chrome: the lines a scraper copies from around the article.

Icon-label runs, share and follow bars, "Read more" and related-story lists,
cookie and newsletter banners, "Advertisement", comment-policy notices, audio
player residue (bare timestamps, "Listen to this article"), breadcrumbs and
agency headers and footers.  Chrome is recognised a whole line at a time
(after markup, surrounding whitespace and look-alike letters are normalised),
so a sentence that merely mentions comments, sharing or advertising is never
touched.  The built-in patterns live in ``data/chrome.txt``; a site adds its
own through ``CleanOptions.chrome_patterns``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Collection, Iterator, Sequence

from cms_i18n.clean import (
    blocks,
    edges,
    lexicon,
    mail,
    meta,
    middle,
    model,
    page,
    repeats,
    server,
    sessions,
    top,
)
from cms_i18n.clean.edits import Edit
from cms_i18n.clean.homoglyphs import to_latin_view
from cms_i18n.clean.structure import aligned_lines, is_list_item, shares_columns
from cms_i18n.clean.vocabulary import (
    SHARE_WORDS,
    as_seen,
    closing_kind,
    data_text,
    greek_bare,
    seen_as,
)
from cms_i18n.errors import ConfigError
from cms_i18n.markup import without_markup


def _load_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """All built-in patterns, and those few that can match a long line.

    Most chrome is a few words; trying every pattern on every paragraph of
    prose is what a cleaner spends its time on, so lines longer than
    :data:`SHORT` are only tried against the patterns with an open-ended part.
    """
    patterns = [line if line.isascii() else as_seen(line)
                for line in data_text("chrome.txt").splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    long = [p for p in patterns if re.search(r"\.\*|\.\+|\{\d*,\d{3,}\}", p)]

    def join(items: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in items), re.I)

    return join(patterns), join(long)


BUILTIN, BUILTIN_LONG = _load_patterns()
SHORT = 120
# The word a share bar opens with, in the languages of the built-in share words.
_SHARE_LEADS = frozenset({"share", "follow"} | seen_as("поделиться") | seen_as("бөлісу")
                        | seen_as("μοιράσου") | seen_as("μοιραστείτε")
                        | seen_as("κοινοποίηση"))
_SHARE_CORE = SHARE_WORDS - {"on", "via", "with", "us", "this", "article", "story", "page",
                             "post", "the", "to", "our", "and", "or", "in", "ok", "line", "x",
                             *seen_as("το"), *seen_as("αποστολή")}

# A header after which a list of story links follows.
_LIST_HEADER_RE = re.compile(
    r"(?:read|see) (?:more|also)(?: stories| news| articles| on this topic)?"
    r"|related(?: stories| articles| news| coverage| content| links| reading| videos)?"
    r"|more (?:on this story|on this topic|stories|articles|news|coverage|from [\w .]{1,30})"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)"
    r"(?: (?:these|this|the following|other))?(?: stories| articles| posts| news)?"
    r"|more (?:stories|articles|posts|news) like this"
    r"|recommended(?: for you| stories| articles)?|trending(?: now| stories| news)?"
    r"|most (?:read|popular|viewed|shared|commented)(?: stories| articles| news)?"
    r"|top stories|(?:(?:today|(?:this |the )?week)['’]?s )?(?:top|latest|main|popular|breaking)"
    r" (?:news|stories|headlines|reads)"
    r"|also read|what to read next|up next|in other news"
    r"|tags?|topics?|trends|trending topics|suggested topics|related topics|more topics"
    r"|filed under|explore more on (?:these|this) topics?|read next|watch next"
    r"|featured(?: posts?| stories| articles| news)?"
    r"|(?:deals?|offers?|bargains?|specials?) of the (?:day|week|month)"
    # the same headers in Russian and Greek ("Последние новости", "Читайте также",
    # "Διαβάστε επίσης", "Τελευταία νέα"), as a line's view spells them (Latin look-alikes)
    + to_latin_view(
        r"|(?:последние|другие|похожие|свежие|популярные|главные) (?:новости|статьи|материалы"
        r"|публикации)|читайте (?:также|ещё|еще)|(?:τελευταία|σχετικά|δημοφιλή) (?:νέα|άρθρα)"
        r"|τελευταίες ειδήσεις|διαβάστε (?:επίσης|ακόμη|ακόμα)"),
    re.I,
)
#: What an offer in a shop's panel says: a price cut ("$150 Off …", "20% off", "Save £30").
_OFFER_RE = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*|\b\d{1,3}\s?%)\s+off\b|\bsave\s+(?:[$€£]\s?\d|\d{1,3}\s?%)", re.I)
_BULLET_RE = re.compile(r"^\s*(?:[-*+•·▪►▸→]|\d{1,2}[.)])\s+")
_MD_PREFIX_RE = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•·▪►▸]\s+|\d{1,3}[.)]\s+)*")
_EMPHASIS_RE = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")
_ICON_WORD_RE = re.compile(r"icon", re.I)
_SNAKE_RE = re.compile(r"^[a-z]+(?:_[a-z]+)+$")
_CRUMB_SPLIT_RE = re.compile(r"\s+(?:[›»>/|→•·]|::)\s+")
_PART_SPLIT_RE = re.compile(r"\s+[·•]\s+|\s*\|\s*")
_LEAD_SYMBOLS_RE = re.compile(r"^[^\w\s\"“”‘’'«»(\[¿¡#@$€£%&+-]+\s*")
_FRAME = " -–—=*~·•|<>«»[]()"
_CRUMB_HINT_RE = re.compile(r"\s(?:[›»>/|→•·]|::)\s")
_SLUG_RE = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)+")
# Tags run together by a scraper, kept apart only by wide gaps:
# "Security   President of Kazakhstan    2022 state of emergency".
_TAG = r"[^\s.!?;|]+(?: [^\s.!?;|]+){0,5}"
_TAG_RUN_RE = re.compile(rf"{_TAG}(?: {{3,}}{_TAG}){{2,}}")
_CRUMB_TRAIL_RE = re.compile(r"((?:\S+ ){0,3}\S+) [›»>/→]")
_CRUMB_LEAD_RE = re.compile(r"^[:›»>/→](?:\s*[›»>/→])*\s+(?=\w)")   # not "|": tables
# A trail whose separators were lost: "HomeNewsSecurity", "WorldAsiaPolitics",
# "HomeWorldAsia-Pacific": three or more capitalised words run into one.  Two are a
# name as often as not ("YouTube", "JavaScript", "McDonald"), so they never count.
_GLUED_CRUMB_RE = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?){3,7}")
# A trail from the home page whose separators were lost, its root run into the next step
# and that step a few words ("HomeHelp with this website", "ГлавнаяНовости района"): the
# root's word says it is a trail.  A step of three letters glued so is a product's name
# ("HomePod", "HomeKit"), and one word after the root alone ("HomeGoods") a shop's.
_GLUED_STEP = r"[A-ZА-ЯЁΑ-ΩΆ-Ώ][a-zа-яёα-ωά-ώ]"
_GLUED_HOME_TRAIL_RE = re.compile(
    r"(?:Home|Startseite|Accueil|Inicio|Главная|Αρχική)"
    rf"(?:{_GLUED_STEP}{{3,}}(?:[ &-]+[\w&-]+){{1,5}}"
    rf"|(?:{_GLUED_STEP}{{2,}}){{2,4}}(?:[ &-]+[\w&-]+){{0,5}})")
# The same in Greek or Cyrillic letters, where the trail's steps are of several words each
# ("Νέα από ΕλλάδαΠοδόσφαιροΤοπικό Ποδόσφαιρο", "Новости районаСпортФутбол"): a word run into
# the next capital twice or more, in a short line that ends no sentence.  In Latin letters
# such a line is as often a table's header row glued by the page ("RankCountryPopulation
# …"), a program's name ("getElementById") or a name ("McDonald"), and only the glued trail
# of capitalised words alone counts (:data:`_GLUED_CRUMB_RE`).
_SEAM_RE = re.compile(r"(?<=[a-zа-яёα-ωά-ώς]{2})(?=[A-ZА-ЯЁΑ-ΩΆ-Ώ][a-zа-яёα-ωά-ώ])")
_GLUED_TRAIL_WORDS = 8
_TITLE_ECHO_LINES = 10
# A caption or a standfirst under a copy of the title: a sentence's worth, not a counter.
_CAPTION_WORDS = 5
_INLINE_AD_RE = re.compile(r"(?:^|(?<=\s))ADVERTISEMENT(?:\s+ADVERTISEMENT)*(?=\s|$)")
# Link residue some sites leave inside sentences.
_INLINE_MORE_RE = re.compile(r"\s*\((?:read|see|find out|learn) more\)$", re.I)
# A link set apart from the paragraph it closes by a converter's gap of three blanks or
# more after a sentence's end: "… in the world.       Download the full statement here".
_GAPPED_TAIL_RE = re.compile(
    r"(?<=[.!?])[\"'”’»)]?(?P<tail>[ \t\u00a0]{3,}(?P<words>[^.!?\s][^.!?]{0,80}?)[ \t]*)$")
_GAPPED_TAIL_WORDS = 8
# The page's link back to its list, two blanks or more after the last line of the text, a
# date or a sentence ("9th March 2010  Back to News"): no sentence goes on with "Back to".
_GAPPED_BACK_RE = re.compile(r"(?P<tail>[ \t\u00a0]{2,}(?:[«‹<←]\s*)?back to (?:the )?"
                             r"[^\W\d_]+(?: [^\W\d_]+){0,2}[ \t]*)$", re.IGNORECASE)
# A reading link run into the paragraph it closes, after the sentence's last stop or its
# comma, with one space or none ("… a statement read. Read full article", "… the healthcare
# system,Continue Reading"): a link's label opens with a capital and ends no sentence.
_GLUED_READ_RE = re.compile(
    r"(?<=[.!?,;…\"”’»)])[ \u00a0]{0,2}(?P<words>[A-ZА-ЯЁΑ-ΩΆ-Ώ][^.!?,;:\"“”«»()]{2,40}?)[ \t]*$")
_GLUED_READ_WORDS = 4
# The link's own words: "Read full article", "To read on click here".
_GLUED_LINK_WORDS = 5
# The same link after the last word of a teaser the site cut short, its ellipsis closing
# the line: "… заместитель Читать дальше…", "… the council Read more...".
_TRUNCATED_READ_RE = re.compile(
    r"(?<=[^\W\d_]) (?P<words>[A-ZА-ЯЁΑ-ΩΆ-Ώ][^.!?,;:\"“”«»()…]{2,40}?)[ \t]*(?:…|\.{3})$")
# The link a blog's excerpt closes with, after the ellipsis that cut it, the post's title
# after the link's words as a theme prints it for screen readers: "… and later cut a …
# Continue reading Preserving Odd Bits of Wood", "… as a full member…… read more".
_CUT_TEASER_READ_RE = re.compile(
    r"(?:(?<=…)|(?<=\.\.\.)|(?<=…\])|(?<=\.\.\.\]))[ \u00a0]*(?P<words>(?:continue reading"
    r"|read more|keep reading|read the rest|читать далее|читать дальше|читать полностью"
    r"|подробнее|διαβάστε περισσότερα|περισσότερα)"
    r"(?:[ \u00a0][^.!?…]{1,120}?)?[ \t]*(?:→|»|›|…|\.{3})?)[ \t]*$", re.I)
_CUT_TEASER_TITLE_WORDS = 16
# A link no sentence ends with, glued after the paragraph's last stop, on any line of
# it (a wrapped paragraph's last line too): the link to the whole story with the arrow a
# theme draws after it ("… residents. READ FULL ARTICLE>>"), or a call to read on at a
# site named by its address ("… to. Read more on livemint.com").  A "Read more →" after
# a promotion is the call that makes its whole line one (``closing.txt``), and is left
# to that rule.
_MARKED_READ_RE = re.compile(
    r"(?<=[.!?…\"”’»)])[ \u00a0]+(?P<words>(?:read|see|view)(?: the)? (?:full|whole|entire)"
    r" (?:article|story|post|report|text)[ \u00a0]*(?:>>|»|→|›)"
    r"|(?:read more|continue reading|read the full (?:article|story)|more) (?:on|at) "
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})[ \t]*$", re.I)
# The same link in brackets after a teaser's last full sentence, as a blog theme prints
# its "more" tag: "… мероприятия, посвященные этому дню. (далее…)", "… the meeting.
# (more…)".  Only the link's own words, an ellipsis or an arrow after them, fill the
# brackets; an author's aside in brackets says more than that.
_BRACKETED_MORE_RE = re.compile(
    r"(?<=[.!?…\"”»])[ \u00a0]+\((?P<words>далее|дальше|подробнее|читать далее|читать дальше"
    r"|more|read more|continue reading|keep reading|περισσότερα|συνέχεια)"
    r"[ \u00a0]*(?:…|\.{3}|→|»)?\)[ \t]*$", re.I)
_INLINE_LINK_RE = re.compile(r",? \(?opens (?:in )?(?:a )?new (?:tab|window)\)?")
# The separator a scraper left after a photo's credit in brackets closing its caption:
# "… October 8, 2016. [Photo/Agencies] |".  The credit is the article's (credit lines stay,
# "[Photo by Wang Zhuangfei/China Daily]"); only the bar after it is the carousel's.
_INLINE_CREDIT_RE = re.compile(
    r"\[(?:photos?|image|video|file photo|graphic)(?:\s*/\s*|\s+by\s+|\s*:\s*)"
    r"[^\[\]]{1,80}\](?P<bar>\s*[|¦]\s*)$", re.I)
# A reading-settings control glued to the end of a dateline: "Xinhua, December 15, 2015
# Adjust font size:", "12.03.2024 Размер шрифта: A- A+".  The label waits for its control
# (a colon) or stands before its buttons; a sentence about font sizes has neither.
_INLINE_SETTINGS_RE = re.compile(
    r"\s+(?:(?:adjust|change|resize|set)\s+)?(?:(?:font|text)\s+size|размер\s+(?:шрифта|текста)"
    r"|μέγεθος\s+(?:γραμματοσειράς|κειμένου))\s*(?::(?:\s*(?:a[+-]?|[+−-]))*|(?:\s+(?:a[+-]?|[+−-])){2,})$",
    re.I)
_INLINE_SETTINGS_WORDS = 8
# The story's reading time glued to its dateline: "February 07, 2017 2 min read",
# "12 March 2024 · 4 min read".
# Joomla's article buttons printed after the title on its line ("COMMITMENT TO PEACE Print
# E-mail", "… PDF Print E-mail"): the words as the buttons' labels, capitalised.
_INLINE_ARTICLE_BUTTONS_RE = re.compile(r"(?:\s+PDF)?\s+Print\s+E-?mail$")
_INLINE_READING_TIME_RE = re.compile(r"\s+(?:[·•|]\s*)?\d{1,2}\s+min(?:ute)?s?\.?\s+read$", re.I)


@functools.lru_cache(maxsize=blocks.SEEN_LINES)
def view(line: str) -> str:
    """The line as chrome patterns see it: no markup, single spaces, Latin look-alikes.

    >>> view("  **[Read mоre](https://example.org)**  ")
    'Read more'
    """
    text = _MD_PREFIX_RE.sub("", without_markup(line))
    if "*" in text or "_" in text:
        text = _EMPHASIS_RE.sub("", text)
    if not text.isascii():
        text = to_latin_view(text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=64)
def compile_site_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Compile a site's extra chrome patterns, naming the bad one if any.

    >>> compile_site_patterns(("^Follow RT on",))[0].search("Follow RT on Telegram") is not None
    True
    """
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ConfigError(f"clean.chrome_patterns: bad regular expression {pattern!r}: {exc}"
                              ) from None
    return tuple(compiled)


def _is_icon_run(words: list[str]) -> bool:
    """``icon bookmark-bicon cameraicon …`` or ``arrow_back expand_more close``."""
    if len(words) < 3:
        return False
    joined = " ".join(words)
    if "icon" not in joined.lower() and "_" not in joined:
        return False
    icons = sum(1 for w in words if _ICON_WORD_RE.search(w))
    if icons >= 3 and icons * 3 >= len(words):
        return True
    snakes = sum(1 for w in words if _SNAKE_RE.match(w))
    return snakes >= 2 and snakes * 2 >= len(words)


# Where a share bar's buttons run into each other once their markup is gone: a small
# letter before a capital, a count before or after a label ("Share on FacebookShare on
# Twitter", "Share on Facebook41Share on Google+13Tweet about this on Twitter").
_GLUED_BUTTON_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_+]|\+)(?=\d)")
# The few other words a share button's label says ("Tweet about this", "Share by email",
# "Email this to someone", "Send to a friend"): allowed among glued buttons, but no
# button by themselves.
_SHARE_FILLER = frozenset({"about", "by", "someone", "friend", "a", "an", "send"})


def _share_words(words: list[str]) -> int:
    """How many share/network words a line of nothing but share vocabulary has (else 0).

    Buttons glued together are read apart, and the counts beside them set aside:

    >>> _share_words("Share on FacebookShare on Twitter".split())
    4
    >>> _share_words("Share on Facebook41Share on Google+13Tweet about this on Twitter".split())
    6
    >>> _share_words("Share your FacebookPhotos".split())
    0
    """
    core = 0
    seen = False
    pieces = [piece for word in words for piece in (
        [word] if word.strip(":|·•,.-–—()[]!").lower() in SHARE_WORDS   # "WhatsApp", "WeChat"
        else _GLUED_BUTTON_RE.split(word)) if not piece.isdigit()]
    # (The labels' other words only where buttons ran together: "Share by email" alone
    # may be an option a text lists.)
    glued = len(pieces) > len(words)
    for word in pieces:
        w = word.strip(":|·•,.-–—()[]!").lower()
        if w == "+":
            continue    # a share bar's button to more networks ("Tumblr +")
        if not w or (glued and seen and w in _SHARE_FILLER):
            continue
        if w not in SHARE_WORDS:
            return 0
        seen = True
        core += w in _SHARE_CORE
    return core if seen else 0


def _only_share_vocabulary(words: list[str]) -> bool:
    """A short line of nothing but share vocabulary ("X", "Line"): a bar only next to one."""
    if not words or len(words) > 4:
        return False
    cleaned = [w.strip(":|·•,.-–—()[]!").lower() for w in words]
    return any(cleaned) and all(w in SHARE_WORDS for w in cleaned if w)


#: Networks a bar of two buttons names: two of them alone on a line are the bar.
_NETWORKS = frozenset({"facebook", "twitter", "linkedin", "reddit", "pinterest", "tumblr",
                       "whatsapp", "telegram", "instagram", "youtube", "vk", "vkontakte",
                       "google+", "flipboard", "tiktok", "bluesky", "mastodon"})


def _is_share_bar(words: list[str]) -> bool:
    """``Share: Facebook Twitter WhatsApp`` — nothing but share vocabulary; two networks
    alone are a bar too.

    >>> _is_share_bar("Facebook Twitter".split()), _is_share_bar("Print Email".split())
    (True, False)
    """
    core = _share_words(words)
    return core >= 3 or (core >= 1 and words[0].lower().strip(":") in _SHARE_LEADS) or (
        len(words) == 2 and all(w.lower() in _NETWORKS for w in words))


def _glued_trail(text: str) -> bool:
    """A trail whose steps, each a few words, were run together where their separators
    were (:data:`_SEAM_RE`).

    >>> _glued_trail("Νέα από ΕλλάδαΠοδόσφαιροΤοπικό Ποδόσφαιρο")
    True
    >>> _glued_trail("Новости районаСпортФутбол"), _glued_trail("Call getElementById twice")
    (True, False)
    >>> _glued_trail("RankCountryPopulationPopulation Density Per Square KM")
    False
    """
    words = text.split()
    if len(words) > _GLUED_TRAIL_WORDS or text.isascii() or re.search(r"[.!?;:,]", text):
        return False
    seams = sum(len(_SEAM_RE.findall(word)) for word in words
                if not word.isascii() and not any(ch.isdigit() for ch in word))
    return seams >= 2


def _is_breadcrumb(text: str) -> bool:
    """``Home › World › Asia``: short title-case parts joined by separators.

    Also a trail that opens with a separator (": / In Kyrgyzstan / Society") and
    one glued into a single word by a scraper that dropped the separators
    ("HomeNewsSecurity").

    >>> _is_breadcrumb(": / In Kyrgyzstan / Society"), _is_breadcrumb("HomeNewsWorld")
    (True, True)
    >>> _is_breadcrumb("WorldAsiaPolitics"), _is_breadcrumb("McDonald"), _is_breadcrumb("YouTube")
    (True, False, False)
    >>> _is_breadcrumb("Security Council /"), _is_breadcrumb("and/or /")
    (True, False)
    >>> _is_breadcrumb("HomeHelp with this website"), _is_breadcrumb("HomePod mini review")
    (True, False)
    """
    if _GLUED_CRUMB_RE.fullmatch(text) or _GLUED_HOME_TRAIL_RE.fullmatch(text):
        return True
    if _glued_trail(text):
        return True
    trail = _CRUMB_TRAIL_RE.fullmatch(text)
    if trail:   # the last step of a trail, its separator still after it: "Security Council /"
        part = trail.group(1)
        return (len(part) <= 30 and part[0].isupper() and not any(ch.isdigit() for ch in part)
                and not re.search(r"[.!?,;:\"“”]", part))
    led = _CRUMB_LEAD_RE.match(text) is not None
    text = _CRUMB_LEAD_RE.sub("", text)
    if not _CRUMB_HINT_RE.search(text):
        return False
    # A step the scraper left empty ("Library » Authors » » page 4") is no step.
    parts = [part for part in _CRUMB_SPLIT_RE.split(_EMPTY_STEP_RE.sub(r"\1", text)) if part]
    arrows = bool(re.search(r"\s[›»>→]\s", text))
    if arrows and len(parts) >= 3 and _is_trail_to_page(parts[-1]):
        parts = parts[:-1]      # the page's own name ends the trail, whatever its case
    if len(parts) < 2 or any(ch.isdigit() for ch in "".join(parts)) \
            or text.lower().startswith("by "):
        return False
    if not all(0 < len(p) <= 30 and len(p.split()) <= 4 and not re.search(r"[.!?,;:\"“”]", p)
               and p[0].isupper() for p in parts):
        return False
    return len(parts) >= 3 or arrows or led or \
        parts[0].lower() in ("home", "news", "main", "start")


_EMPTY_STEP_RE = re.compile(r"(?<=\s)([›»>→])(?:\s+\1)+(?=\s)")
_PAGE_STEP_WORDS = 8


def _is_trail_to_page(part: str) -> bool:
    """The last step of an arrowed trail: the page's own name, in a reader's words
    ("онлайн чтение - страница 4"), never a sentence."""
    return (0 < len(part.split()) <= _PAGE_STEP_WORDS and len(part) <= 60
            and not re.search(r"[.!?,;:\"“”]$", part))


def _is_joined_chrome(text: str) -> bool:
    """Chrome parts joined by separators: "Share | Save", "« previous | 31 October | next »".

    Every part is chrome, or the first and the last are (a pager's links) and
    what lies between is a few words that make no sentence (its date, its page).

    >>> _is_joined_chrome("« previous | Thursday, October 31, 2013 | next »")
    True
    >>> _is_joined_chrome("Next | the minister said the talks would go on. | Home")
    False
    """
    parts = [p for p in _PART_SPLIT_RE.split(text) if p]
    if len(parts) < 2:
        return False
    chrome = [bool(BUILTIN.fullmatch(p.strip(_FRAME) or p) or _ABOUT_LINK_RE.fullmatch(p.strip()))
              for p in parts]
    if all(chrome):
        return True
    return (chrome[0] and chrome[-1] and len(parts) <= 5
            and all(len(p.split()) <= 5 and not p.rstrip().endswith((".", "!", "?"))
                    for p in parts))


# A footer's link to a page about the site or its owner, among its other links ("About
# CE.cn | About the Economic Daily | Contact us"); alone on a line it may head a section.
_ABOUT_LINK_RE = re.compile(r"about (?:us|[\w.&'’ -]{1,40})", re.I)


def is_site_chrome(text: str, site: Sequence[re.Pattern[str]]) -> bool:
    """Does one of the site's own chrome patterns match this (normalised) line?"""
    return bool(text) and any(p.search(text) for p in site)


def is_chrome(text: str, site: Sequence[re.Pattern[str]] = ()) -> bool:
    """Is this (already normalised) line page chrome?

    >>> is_chrome("Share this article on Facebook")
    True
    >>> is_chrome("Shares in Gazprom rose after the comments on Facebook.")
    False
    """
    if not text:
        return False
    if is_site_chrome(text, site):
        return True
    return _is_builtin_chrome(text)


# A site's call-to-action button left as a line: an imperative a page's button holds ("Apply
# Now!", "Give Now", "Submit an Abstract", "Nominate a Team", "Donate Now"), a few
# words in Title Case, no stop.  Headings an author writes seldom open with these verbs and set
# their words so; a sentence has its stop.
# Verbs that also head a title as nouns ("Volunteer Drivers Scheme", "Book Launch", "Order
# of Service", "Visit Report") are left out.
_CALL_VERBS = ("apply", "give", "donate", "subscribe", "register", "join", "enrol", "enroll",
               "download", "submit", "nominate", "renew")
_CALL_RE = re.compile(rf"(?:{'|'.join(_CALL_VERBS)})(?: [\w’'&-]+){{0,4}}!?", re.IGNORECASE)
_CALL_SMALL = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "at", "and", "or",
                         "our", "your", "us", "up", "now", "today", "here", "more"})
# A button holds no clause of its own: "Give If You Can" is a headline (a radio show's
# segment), as a condition or a time is no label a site puts on a button.
_CALL_CLAUSE = frozenset({"if", "when", "while", "because", "unless", "until"})


def is_call_to_action(text: str) -> bool:
    """Is the line a site's call-to-action button, in Title Case ("Apply Now!", "Submit Your
    News Release Request")?

    >>> is_call_to_action("Apply Now!"), is_call_to_action("Nominate a Team")
    (True, True)
    >>> is_call_to_action("Apply now for the grant."), is_call_to_action("Give the dog a bone")
    (False, False)
    >>> is_call_to_action("Give If You Can")
    False
    """
    if not _CALL_RE.fullmatch(text):
        return False
    words = text.rstrip("!").split()
    if any(w.casefold() in _CALL_CLAUSE for w in words[1:]):
        return False
    return all(w[:1].isupper() or w.casefold() in _CALL_SMALL for w in words)


@functools.lru_cache(maxsize=blocks.SEEN_LINES)
def _is_builtin_chrome(text: str) -> bool:
    """Is this (normalised, non-empty) line chrome by the built-in patterns and shapes?"""
    if (BUILTIN if len(text) <= SHORT else BUILTIN_LONG).fullmatch(text):
        return True
    if is_call_to_action(text):
        return True
    if len(text) > SHORT:
        words = text.split()
        return _is_icon_run(words) or _is_share_bar(words) or _is_breadcrumb(text)
    bare = _LEAD_SYMBOLS_RE.sub("", text.strip(_FRAME))
    if bare != text and bare and BUILTIN.fullmatch(bare) and not page.opens_quotation(text):
        return True  # "— Advertisement —", "*** Read more ***", "▶ Play video"
    if " " in text and _ICON_WORD_RE.search(text):
        # "Share icon Share", "Close icon": an icon's name beside its label.
        labels = [w for w in text.split() if w.lower() not in ("icon", "icons")]
        deduped = [w for k, w in enumerate(labels) if not k or w.lower() != labels[k - 1].lower()]
        rest = " ".join(deduped)
        if len(deduped) < len(text.split()) and rest and (
                BUILTIN.fullmatch(rest) or _only_share_vocabulary(deduped)):
            return True
    if _PART_SPLIT_RE.search(text) and _is_joined_chrome(text):
        return True
    if _dotted_banner(text):
        return True
    words = text.split()
    return _is_icon_run(words) or _is_share_bar(words) or _is_breadcrumb(text)


# A section's name set between spaced dots (". . DEMOCRATIC PARTICIPATION . .").
_DOTTED_BANNER_RE = re.compile(r"\.(?: \.)+ (\w[^.!?]{0,60}\w) \.(?: \.)+")


def _dotted_banner(text: str) -> bool:
    """Is this line a section's banner, its name in capitals between spaced dots?

    A site prints the section a story is filed under so over its headline; no
    sentence is framed so.  Words in small letters between the dots are a
    poet's or a quoter's ellipses (". . . and the sea . . ."), and stay.

    >>> _dotted_banner(". . DEMOCRATIC PARTICIPATION . ."), _dotted_banner(". . ΠΟΛΙΤΙΚΗ . .")
    (True, True)
    >>> _dotted_banner(". . . and the sea . . .")
    False
    """
    match = _DOTTED_BANNER_RE.fullmatch(text)
    return match is not None and match.group(1).isupper()


def _headline_like(text: str) -> bool:
    """A story link in a related-stories list: short, no closing full stop."""
    words = text.split()
    return 0 < len(words) <= 20 and not text.endswith((".", ":", ";", ","))


_ATX_HEADING_RE = re.compile(r"#{1,6}[ \t]+\S")
_SECTION_WORDS = 8
# A page's title that names its subject in a word or two ("Settings", "Font Size").
_TITLE_WORDS = 2


def _section_heading(lines: Sequence[str | None], index: int) -> bool:
    """Is this line a Markdown heading over a paragraph of prose ("## Comments" /
    "All programmers strive to make their code easy to understand, …")?  Then it
    names a section of the document, whatever its words; a widget's header has
    no ``#`` and stands over links, buttons or nothing."""
    if not _ATX_HEADING_RE.match(lines[index] or ""):
        return False
    start = _next_filled(lines, index + 1)
    end = next((k for k in range(start, len(lines)) if not (lines[k] or "").strip()),
               len(lines))
    following = " ".join(line or "" for line in lines[start:end])
    return (len(following.split()) >= _SECTION_WORDS and not following.lstrip().startswith("#")
            and following.rstrip().endswith((".", ":", "!", "?")))


def _capital_heading(line: str) -> bool:
    """A few words in capitals alone at the margin, no full stop ("SEE ALSO")."""
    words = line.split()
    return (0 < len(words) <= _CAPITAL_HEADING_WORDS and line == line.lstrip()
            and any(ch.isalpha() for ch in line) and line.upper() == line
            and not line.rstrip().endswith((".", ",", ";", ":", "!", "?")))


def capital_section(lines: Sequence[str | None], index: int,
                    headings: Collection[int] | None = None) -> bool:
    """Is this line one of the capital section headings of a document laid out by
    them, as a manual page is ("NAME" / "SYNOPSIS" / "DESCRIPTION" / … / "SEE ALSO"),
    over a line of its own?  Its words name a section of the document, even where a
    page's widget would use them: it takes at least two more such headings, none of
    them chrome, to lay a document out that way (a site's "RELATED ARTICLES" and
    "LATEST NEWS" are no such headings).

    ``headings``: :func:`capital_headings` of ``lines``, for a caller asking about
    many lines of the same document (each call reads the whole document without it).
    """
    line = lines[index] or ""
    if not _capital_heading(line) or not (lines[index + 1:index + 2] or [""])[0]:
        return False
    if headings is None:
        headings = capital_headings(lines)
    others = len(headings) - (index in headings)
    return others >= _CAPITAL_SECTIONS


def capital_headings(lines: Sequence[str | None]) -> frozenset[int]:
    """The indexes of the lines that are capital headings (:func:`_capital_heading`)
    and no chrome: what :func:`capital_section` counts, read once for a document."""
    return frozenset(k for k, line in enumerate(lines) if line and _capital_heading(line)
                     and not is_chrome(view(line)))


_CAPITAL_HEADING_WORDS = 3
_CAPITAL_SECTIONS = 2


def is_tag_list(line: str) -> bool:
    """Is this line a run of tags or labels set apart by wide gaps?

    >>> is_tag_list("Security   President of Kazakhstan    2022 state of emergency  ")
    True
    >>> is_tag_list("       *       *       *       *       *")   # a section break
    False
    >>> is_tag_list("COPY   FILE[/S],TO=TARGET/K      Copy a file")   # a command's synopsis
    False

    A match's result, its score set apart between the two sides, is the report's
    headline, not tags:

    >>> is_tag_list("Eastleigh 2’s   22 – 14    Andover 2’s")
    False
    """
    tags = [tag.strip() for tag in line.split("   ") if tag.strip()]
    return ("   " in line and _TAG_RUN_RE.fullmatch(line.strip()) is not None
            and sum(any(ch.isalnum() for ch in tag) for tag in tags) >= 2
            and not _SYNOPSIS_RE.search(line)
            and not (len(tags) == 3 and _SCORE_RE.fullmatch(tags[1])))


# A match's score between two sides set apart by wide gaps: "22 – 14", "3-1", "2:0".
_SCORE_RE = re.compile(r"\d{1,3} ?[-–—:] ?\d{1,3}")


# A command's synopsis, its description after wide gaps ("REPLY   ITEM[/A],ABOUT=SUBJECT/K
# [,from=file/k]      Reply to a mail item"): brackets round optional arguments or a
# keyword given its value by "=" are a syntax's, never a site's tag.
_SYNOPSIS_RE = re.compile(r"\S\[[^\]\s]*\]|\[[,/-]|\w=\w|<\w+>")


def in_indented_text(lines: Sequence[str | None], index: int) -> bool:
    """Is this indented line inside indented prose, as a help page or a manual sets its
    text: the nearest lines above and below with words are indented too, and one of them
    is a sentence's (it ends in a full stop or runs to eight words)?  A row that such
    text shows as an example ("   7: Mercade    Subj: New mail system    R* 27 Sep 30
    2007") is the text's; a scraped tag list stands at the margin.

    >>> in_indented_text(["  The header of a message:", "", "   7: Ann    Subj: Hi    R*",
    ...                   "", "  Number  : 7"], 2)
    True
    >>> in_indented_text(["Story text.", "", "   Tags    News    Politics"], 2)
    False
    """
    line = lines[index] or ""
    if line == line.lstrip():
        return False
    near: list[str] = []
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not (lines[j] or "").strip():
            j += step
        if not 0 <= j < len(lines):
            return False
        near.append(lines[j] or "")
    return (all(other != other.lstrip() and not is_tag_list(other) for other in near)
            and any(other.rstrip().endswith((".", ":")) or len(other.split()) >= 8
                    for other in near))


_NUMBER_RE = re.compile(r"\s*(\d{1,3})[.)]\s+\S")


def numbered_in_sequence(lines: Sequence[str | None], index: int) -> bool:
    """Is the line an item of the text's own numbered list: its number is followed on the
    next line, or preceded on the line before, by the next or the previous one?  A list
    of contents opening "1) Top headlines" / "2) Editorials" is the document's, even where
    its first item reads like a widget's header.

    >>> numbered_in_sequence(["1) Top headlines", "2) Editorials"], 0)
    True
    >>> numbered_in_sequence(["Top headlines", "1. Council votes"], 0)
    False
    """
    mine = _NUMBER_RE.match(lines[index] or "")
    if not mine:
        return False
    number = int(mine.group(1))
    for step in (-1, 1):
        j = index + step
        other = _NUMBER_RE.match(lines[j] or "") if 0 <= j < len(lines) else None
        if other and int(other.group(1)) == number + step:
            return True
    return False


def find_closing_chrome(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """The closing chrome of a scraped page the end model finds, and the chrome above
    its headline, each judged as a whole (:func:`model.take_end`,
    :func:`model.take_top_cut`): call it once, when :func:`find_chrome` finds nothing
    more with ``page_rules``, since each cut changes the edge it would judge next."""
    views = {index: text for index, line in enumerate(lines)
             if line is not None and not code[index] and line.strip() and (text := view(line))}
    found: dict[int, str] = {}
    model.take_end(lines, views, found)
    model.take_top_cut(lines, views, found)
    return found


def find_chrome(lines: Sequence[str | None], code: Sequence[bool],
                site: Sequence[re.Pattern[str]] = (), *, title_check: bool = False,
                page_rules: bool = False, learned: bool = True) -> dict[int, str]:
    """Indexes of chrome lines → the reason, for a list of lines (None = already gone).

    A "Read more" / "Related stories" header takes the story links that follow
    it along: the lines of its own paragraph while they look like headlines,
    and, if the header stands alone, the next paragraph when every line of it
    is a bulleted item or a link.  With ``title_check``, a line that
    repeats the title (the first one-line paragraph) is scraped residue too.
    With ``page_rules`` (a whole scraped plain-text page), so are the lines
    :mod:`cms_i18n.clean.page` recognises by their place in the page, and
    (unless ``learned`` is false) the runs at the page's top and bottom that
    :mod:`cms_i18n.clean.model` is sure of.
    """
    found: dict[int, str] = {}
    views: dict[int, str] = {}
    aligned: list[bool] | None = None
    headings: list[frozenset[int]] = []     # capital_headings(lines), read once if needed

    def capital(index: int) -> bool:
        if not headings and _capital_heading(lines[index] or ""):
            headings.append(capital_headings(lines))
        return capital_section(lines, index, headings[0] if headings else None)

    for index, line in enumerate(lines):
        if line is None or code[index] or not line.strip():
            continue
        text = view(line)
        views[index] = text
        if is_site_chrome(text, site) or (is_chrome(text) and not _section_heading(lines, index)
                                          and not capital(index)
                                          and not numbered_in_sequence(lines, index)
                                          and not ends_wrapped_sentence(lines, index)
                                          and not time_of_its_date(lines, index)
                                          and not credits_a_person(text)
                                          and not credits_a_picture(line)
                                          and not page.fact_under_its_label(lines, index)
                                          and not page.contacts_under_its_label(lines, index)
                                          and not heading_between_lists(lines, index)
                                          and not _see_also_over_prose(lines, index)
                                          and not item_among_the_texts(lines, index)):
            found[index] = "page chrome"
        elif is_tag_list(line):
            # A tag list is one line; lines set in columns together are a table, and so
            # are rows set apart by blank lines whose columns line up.
            aligned = aligned if aligned is not None else aligned_lines(lines)
            if (not aligned[index] and not shares_columns(lines, index)
                    and not in_indented_text(lines, index)):
                found[index] = "tag list"
    if page_rules:
        # Judged first, so that no rule takes the message for the page's headline.
        server.take_server_messages(lines, views, found)
        mail.take_archive_top(lines, views, found)
        # Lines known by their words go first, so that the other rules judge the page
        # without them.
        lexicon.take_interface_lines(lines, views, found)
    _spare_lone_calls(views, found, site)
    _spare_dateline_times(lines, views, found)
    _spare_words_of_the_text(views, found)
    _take_sentence_starts(views, found)
    _take_neighbours(lines, views, found)
    _take_story_lists(lines, code, views, found)
    _take_closing_list(views, found)
    _take_comment_section(views, found)
    _take_dated_teasers(views, found)
    if page_rules:
        repeats.take_repeats(lines, views, found)
    if title_check:
        _take_masthead(lines, views, found)
        _take_repeated_title(lines, views, found)
        _take_title_over_pictures(lines, views, found)
    if page_rules:
        _take_separator_residue(views, found)
        _take_chevron_links(lines, views, found)
        # A picture's credit is the article's (it is spared below): the top is judged
        # as if it stood there, not as chrome that shows the page to be scraped.
        credits = {i: found.pop(i) for i in list(found)
                   if found[i] == "page chrome" and (
                       is_credit_line(views.get(i, ""))
                       or _WIRE_PHOTOGRAPHER_RE.fullmatch(views.get(i, ""))
                       or _PHOTOGRAPHER_COPYRIGHT_RE.fullmatch(views.get(i, "")))}
        top.take_top(lines, views, found)
        for index, reason in credits.items():
            found.setdefault(index, reason)
        page.take_tag_column(lines, views, found)
        page.take_trail_labels(lines, views, found)
        _take_repeated_labels(views, found)
        page.take_running_footers(lines, views, found)
        page.take_section_label(lines, views, found)
        page.take_labels_over_headline(lines, views, found)
        page.take_control_panels(lines, views, found)
        page.take_forum_user_cards(lines, views, found)
        page.take_forum_description(views, found)
        page.take_setting_lines(lines, views, found)
        page.take_release_end(lines, views, found)
        page.take_image_texts(lines, views, found)
        page.take_step_pictures(lines, views, found)
        page.take_story_cards(lines, views, found)
        page.take_disclaimer(lines, views, found)
        page.take_site_description(lines, views, found)
        page.take_labelled_teasers(lines, views, found)
        _take_title_at_end(lines, views, found)
        _take_feed_of_the_page(views, found)
        page.take_feed_records(lines, views, found)
        page.take_section_menu(lines, views, found)
        edges.take_empty_date_headers(views, found)
        edges.take_text_printed_again(views, found)
        edges.take_other_story_teaser(views, found)
        edges.take_closing_run(lines, views, found)
        page.take_tail(lines, views, found)
        page.take_stray_marks(lines, views, found)
        bylines = _bylines_above_share_bars(views, found) | _posters_over_user_cards(views, found)
        blocks.take_boilerplate(lines, views, found, {
            i for i, reason in found.items()
            if page.is_ad_break(views[i]) or reason in ("repeated title", "title slug")
            or reason in top.REASONS},
            bylines, {i for i, reason in found.items() if reason in top.TITLE_COPIES})
        top.take_header(lines, views, found, bylines)
        _spare_title_under_trail(lines, views, found)
        _spare_date_badge(lines, views, found)
        _spare_wiki_title(lines, views, found)
        # Chrome the blocks found at the very end (a calendar, a counter) closes the page too.
        page.take_tail(lines, views, found)
        page.take_closing_teasers(lines, views, found)
        page.take_cut_teasers(lines, views, found)
        middle.take_sandwiched(lines, views, found)
        middle.take_widget_boxes(lines, views, found)
        middle.take_emptied_contents(lines, views, found)
        edges.take_closing_sandwich(lines, views, found)
        middle.take_end(lines, views, found)
        edges.take_edges(lines, code, views, found)
        top.take_above_article(lines, views, found)
        repeats.take_headline_twice(lines, views, found)
        if learned:
            model.take_edges(lines, views, found)
            model.take_other_stories(lines, views, found)
            _spare_date_badge(lines, views, found)
        # ... and again, beside the chrome the other rules found.
        lexicon.take_interface_lines(lines, views, found)
    if page_rules:
        meta.take_meta_block(lines, views, found)
        meta.take_empty_fields_at_end(lines, views, found)
    _spare_credit_lines(lines, views, found, site)
    _spare_photo_captions(lines, found)
    if page_rules:
        _take_caption_copies(views, found)
    _spare_lone_label(views, found, site)
    _spare_document_structure(lines, views, found, site)
    if page_rules:
        _spare_post_header(lines, views, found)
        _spare_desk_signature(views, found, site)
        _spare_signature_bar(views, found)
        # ... and again last: its reason is the true one, whatever another rule called it.
        server.take_server_messages(lines, views, found)
    return found


# A person's name on a line of its own: two to four capitalised words.
_PERSON_NAME_RE = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){1,3}")


def _spare_signature_bar(views: dict[int, str], found: dict[int, str]) -> None:
    """A letter's signature set as a bar under the signer's name ("Jacqueline Scott" /
    "Jacqueline Scott | Head Teacher | Trinity Primary School"): the name, the office and
    the school are the author's, not a trail of links, though a bar of parts reads as one.
    The bar opens with the very name standing alone above it, which no site's trail does.

    >>> views = {0: "Best wishes", 1: "Ann Lee", 2: "Ann Lee | Head Teacher | Hill School"}
    >>> found = {2: "page chrome"}
    >>> _spare_signature_bar(views, found); found
    {}
    """
    order = sorted(views)
    for k, index in enumerate(order):
        if found.get(index) != "page chrome" or not k or order[k - 1] in found:
            continue
        name = views[order[k - 1]].strip()
        parts = [part.strip() for part in views[index].split("|")]
        if (_PERSON_NAME_RE.fullmatch(name) and name[0].isupper() and len(parts) >= 2
                and parts[0] == name and all(parts[1:])):
            del found[index]


# A newsroom's name for itself, signing a story under its last paragraph: "Редакция",
# "Редакция сайта", "Newsroom", "Editorial Team", "Η Σύνταξη" (as a line's view spells it);
# an office signing its own news with its name ("Пресс-служба Орской епархии",
# "Администрация Московского района", "Press Office of the Diocese").
_DESK_SIGNATURE_RE = re.compile(to_latin_view(
    r"(?:редакция|редакция сайта|редакция газеты|пресс-служба|newsroom|editorial(?: team| desk)?"
    r"|the editors|news desk|(?:η )?σύνταξη"
    r"|(?:пресс-служба|администрация|отдел|управление|комитет) [^\W\d_]+(?: [^\W\d_]+){0,4}"
    r"|(?:the )?press office(?: of [^\W\d_]+(?: [^\W\d_]+){0,4})?)"), re.IGNORECASE)


# A Greek office signing its news, matched on a line's view without its accents and
# breathings (:func:`greek_bare`): the diocese ("Ἐκ τῆς Ἱερᾶς Μητροπόλεως …"), a press
# office ("Γραφείο Τύπου …").
_GREEK_DESK_RE = re.compile(as_seen(
    r"(?:εκ της ιεράς (?:μητροπόλεως|αρχιεπισκοπής)|γραφείο τύπου)(?: [^\W\d_]+){0,4}"),
    re.IGNORECASE)


def _spare_desk_signature(views: dict[int, str], found: dict[int, str],
                          site: Sequence[re.Pattern[str]]) -> None:
    """A newsroom's one word signing the story right under its last paragraph
    ("Редакция", "Newsroom") is the story's byline, as a bare name above a share bar is:
    the closing chrome under it (a list of other stories, a footer) takes the short
    lines beside it, but not the article's signature."""
    order = sorted(views)
    for k, index in enumerate(order):
        if (found.get(index) != "page chrome" or not k or order[k - 1] in found
                or not (_DESK_SIGNATURE_RE.fullmatch(views[index].rstrip(" .:"))
                        or _GREEK_DESK_RE.fullmatch(greek_bare(views[index]).rstrip(" .:")))
                or is_site_chrome(views[index], site)):
            continue
        above = views[order[k - 1]]
        if blocks.is_prose(above) and page.SENTENCE_END_RE.search(above):
            del found[index]


_CHEVRON_LINKS = 2


def _take_chevron_links(lines: Sequence[str | None], views: dict[int, str],
                        found: dict[int, str]) -> None:
    """Two or more lines in a row, each a headline behind ">>>" (or "»"): the site's links
    to related stories, set between a caption and the article.  A Markdown quote nested
    three deep stands among quotes of one and two marks; these lines stand among prose."""
    def marked(index: int) -> bool:
        return 0 <= index < len(lines) and bool(
            sessions.CHEVRON_LINK_RE.fullmatch(" ".join((lines[index] or "").split())))

    def quoted(index: int) -> bool:
        return 0 <= index < len(lines) and (lines[index] or "").lstrip().startswith(">")

    index = 0
    while index < len(lines):
        end = index
        while marked(end):
            end += 1
        if end - index >= _CHEVRON_LINKS and not quoted(index - 1) and not quoted(end):
            for k in range(index, end):
                if k in views:
                    found.setdefault(k, "related story's link")
        index = max(end, index + 1)


# A reader's call that a sign-up box prints ("Get the latest news from RT", "Stay up to date
# with …", "Receive updates about new stories …") opens with its verb; past a heading's few
# words, the same opening may be an article's sentence ("Get the latest updates from the
# council's website, the ministry advised residents on Monday.").
_CALL_OPENING_RE = re.compile(r"(?:get|receive|stay|keep)\b", re.I)
_CALL_WORDS = 6
_CALL_REACH = 2


def _spare_lone_calls(views: dict[int, str], found: dict[int, str],
                      site: Sequence[re.Pattern[str]]) -> None:
    """A call longer than a heading, inside the article with no chrome within two lines, stays.

    The patterns for a sign-up box's call match its first words; a box is a
    cluster of chrome (its heading, its button, the share bar beside it), so a
    sentence of more than a heading's words with no chrome around it is judged
    by its words as the article's, not by its opening as the box's.
    """
    taken = [i for i, reason in found.items() if reason == "page chrome"
             and _CALL_OPENING_RE.match(views.get(i, ""))
             and len(views[i].split()) > _CALL_WORDS and not is_site_chrome(views[i], site)]
    for index in taken:
        inside = any(i < index for i in views if i not in found) and any(
            i > index for i in views if i not in found)
        if inside and not any(j in found and j not in taken for j in range(
                index - _CALL_REACH, index + _CALL_REACH + 1) if j != index):
            del found[index]


# A line that credits the page's picture: a label and who made it ("Фото: БЕЛТА", "Photo:
# Reuters", "Изображение: Совет Федерации, wikimedia.org"), the label after a copyright
# sign ("© Фото: РИА Новости / …", "© Φωτ.: ΑΠΕ-ΜΠΕ"), "Photo by …", a wire's
# "AP Photo/…" or "… via Getty Images".  Video and logo lines are a player's or a distributor's, not
# the picture's.
_CREDIT_LINE_RE = re.compile(as_seen(
    r"[(\[]?(?:(?:(?:©|\(c\))\s*)?(?:photo(?:graph)?s?|image|pictures?|pictured|illustration|"
    r"(?:(?:main|lead|top|header|cover|featured|hero) )?(?:photo|image|picture) credits?|"
    r"credits?|фото|фотография|изображение|иллюстрация|φωτογραφία|φωτογραφίες|"
    r"φωτό|φωτ\.|εικόνα|foto|fotos|bild)\s*[:/]\s*\S.*"
    r"|photo(?:graph)?s? by:?\s*\S.*"
    r"|(?:ap|afp|epa|reuters|xinhua|tass|sputnik) photo(?:\s*/.*)?"
    r"|(?:photo(?:graph)?s?|images?|pictures?) courtesy(?: of)? \S.*"
    r"|(?:[\w .-]{1,60} )?(?:via )?getty images)[)\]]?"), re.I)
_CREDIT_CHARS = 120


def is_credit_line(text: str) -> bool:
    """Does this (normalised) line credit a picture, and say nothing else?

    >>> is_credit_line("Фото: БЕЛТА"), is_credit_line("Photo by Jane Doe/Reuters")
    (True, True)
    >>> is_credit_line("Photos of the summit were shown to the press. They drew crowds.")
    False
    """
    return (len(text) <= _CREDIT_CHARS and bool(_CREDIT_LINE_RE.fullmatch(text))
            and not _SETTING_VALUE_RE.search(text) and not _PLAYER_CREDIT_RE.search(text)
            and len(_SENTENCE_STOP_RE.findall(text)) <= 1)


_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s|$)")
# "… © Видео: ТРК «Звезда»": a credit line that names the player's video too is the
# player's box, which a page prints with its own media, not under the article's picture.
_PLAYER_CREDIT_RE = re.compile(as_seen(r"\b(?:видео|video|βίντεο)\s*:"), re.I)
# "Image: On", "Pictures: hide": a reading-settings control, not a credit.
_SETTING_VALUE_RE = re.compile(r":\s*(?:on|off|show|hide|default)$", re.I)


def _take_caption_copies(views: dict[int, str], found: dict[int, str]) -> None:
    """A caption printed twice in a row right under a picture's credit: the second goes.

    A page prints a picture's alt text and its caption, and a scraper copies both;
    under the credit that says it is a picture, the line and its copy are one caption.
    """
    for index, text in views.items():
        if (index not in found and is_credit_line(text)
                and index + 1 in views and index + 2 in views
                and index + 1 not in found and index + 2 not in found
                and views[index + 1] == views[index + 2]):
            found[index + 2] = "copy of the caption above it"


# "© gillena cox 2024", "(c) Anna Berg, 2019": a sign, a name and a year, nothing else.
_AUTHOR_COPYRIGHT_RE = re.compile(r"(?:©|\(c\))\s*[^\W\d_][^\W\d_.'’-]*(?:[ '’.-]+[^\W\d_]+){0,3}"
                                  r",?\s+(?:19|20)\d{2}")


# "© 2018 ADHOC": a sign, a year and a name of a few words, nothing else.  Under the
# headline, above the article's first paragraph, it is a picture's credit; a site's footer
# says the same below the article.
_YEAR_FIRST_COPYRIGHT_RE = re.compile(r"(?:©|\(c\))\s*(?:19|20)\d{2}\s+[^\W\d_][\w.&'’-]*"
                                      r"(?:\s+[\w.&'’-]+){0,3}")


# "© Reuters", "© AP/Jane Doe": a sign and a name of a few words, no year, nothing else;
# a syndicating portal words it "© Provided by The Canadian Press".
_PICTURE_COPYRIGHT_RE = re.compile(r"(?:©|\(c\))\s*(?:[Pp]rovided by\s+)?[^\W\d_][^\W\d_.'’/-]*"
                                   r"(?:[ '’./-]+[^\W\d_]+){0,3}")
# "REUTERS/Mike Segar": a wire's photographer after its name, the way its captions end.
_WIRE_PHOTOGRAPHER_RE = re.compile(r"(?:ap|afp|epa|reuters|xinhua|tass|sputnik|anadolu)\s*/\s*"
                                   r"[^\W\d_][^\W\d_.'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}", re.I)
# "© Sputnik / Алексей Никольский": an agency and its photographer after the slash.
_PHOTOGRAPHER_COPYRIGHT_RE = re.compile(r"(?:©|\(c\))\s*[^\W\d_][^\W\d_.'’-]*"
                                        r"(?:[ '’.-]+[^\W\d_]+){0,2}\s*/\s*"
                                        r"[^\W\d_][^\W\d_.'’-]*(?:[ '’.-]+[^\W\d_]+){1,2}")


#: A caption names what the picture shows in a few words at least ("Share" does not).
_CAPTION_WORDS = 3
#: The rules that take a caption for chrome when a share bar stands over it.
_CAPTION_TAKEN_AS = ("page chrome", "control panel", "short line among chrome")


def _spare_photo_captions(lines: Sequence[str | None], found: dict[int, str]) -> None:
    """Give back the caption under the title's copy that was the picture's alt text.

    The headline printed again under the article, right over the names of the people
    a photo shows ("Γιώργος Καρατζάς – Μίμης Κανελλόπουλος"), is the picture's alt
    text: it goes, but the caption is the article's, whatever rule took it as a short
    line closing the page beside chrome."""
    for index, reason in list(found.items()):
        under = index + 1
        if (reason in ("the title again under the article", "repeated title")
                and under in found and found[under] != reason
                and blocks.names_people(lines[under] or "")):
            del found[under]


def _spare_credit_lines(lines: Sequence[str | None], views: dict[int, str],
                        found: dict[int, str], site: Sequence[re.Pattern[str]]) -> None:
    """A picture's credit line and a mark of words left out are the article's, whatever
    rule took them; the site's own chrome patterns still take them.

    A credit says who made the picture the article prints, as a caption says what
    it shows: an editor keeps both, and the translator leaves the names as they are.
    A transcript's "<…>" on a line of its own says that the text goes on elsewhere,
    however much it looks like a widget's leftover beside the page's closing chrome.
    A copyright of a name and a year with the article's prose still below it is the
    author's mark under their work (a poem's "© gillena cox 2024" over the poet's
    note), not the site's footer, which closes the page; a copyright of a name alone
    between the article's paragraphs or under the headline over them ("© Reuters") is
    a picture's credit, and so is an
    agency's copyright with its photographer's name after a slash ("© Sputnik / Алексей
    Никольский") anywhere above the article's last paragraph: a site's footer names no
    photographer, and it stands below the article, not above it.  A wire's
    photographer after its name ("REUTERS/Mike Segar") under the headline is the
    caption's credit; above the headline it is a gallery's, whose pictures the page
    no longer shows.
    """
    prose = [i for i in views if i not in found and len(views[i]) >= page.PROSE_LINE
             and page.SENTENCE_END_RE.search(views[i])]
    prose_after = max(prose, default=-1)
    prose_before = min(prose, default=len(lines))
    kept_first = min((i for i in views if i not in found), default=len(lines))
    for index in list(found):
        text = views.get(index, "")
        if (found[index] == "page chrome" and index < prose_after
                and _AUTHOR_COPYRIGHT_RE.fullmatch(text) and not is_site_chrome(text, site)):
            del found[index]   # the author's mark under a poem, with the author's note below
            continue
        if (found[index] == "page chrome" and min(prose_before, kept_first) < index < prose_after
                and (_PICTURE_COPYRIGHT_RE.fullmatch(text) or _WIRE_PHOTOGRAPHER_RE.fullmatch(text))
                and not is_site_chrome(text, site)):
            del found[index]   # a picture's credit between the article's paragraphs
            continue
        if (found[index] == "page chrome" and index < prose_after
                and _PHOTOGRAPHER_COPYRIGHT_RE.fullmatch(text) and not is_site_chrome(text, site)):
            del found[index]   # the picture's credit under the headline or a caption
            continue
        if (found[index] == "page chrome" and kept_first < index < prose_before
                and _YEAR_FIRST_COPYRIGHT_RE.fullmatch(text) and not is_site_chrome(text, site)):
            del found[index]   # "© 2018 ADHOC" under the headline: its picture's credit
            continue
        above = views.get(index - 1, "")
        if ((is_credit_line(text) or page.OMISSION_RE.fullmatch((lines[index] or "").strip()))
                and not is_site_chrome(text, site)
                and not (above != text and above.endswith(text))):   # the caption's own, again
            del found[index]
    # The caption right over a credit it was printed with, no blank line between: what
    # the picture shows, the article's as its credit is, unless its words are chrome's.
    for index in list(found):
        below = views.get(index + 1, "")
        if (found[index] in _CAPTION_TAKEN_AS and index + 1 not in found
                and is_credit_line(below) and index + 1 < prose_after
                and not is_chrome(views.get(index, ""), site)
                and len(views.get(index, "").split()) >= _CAPTION_WORDS):
            del found[index]


# A line that ends no sentence: no full stop, question or exclamation mark, colon or
# semicolon at its end.
_OPEN_END_RE = re.compile(r"[^.!?:;…]")
# The start of a sentence broken onto the line above a chrome line is a few words; the
# chrome line that goes on with it, a sentence's worth.
_SENTENCE_START_WORDS = 8


def _take_sentence_starts(views: dict[int, str], found: dict[int, str]) -> None:
    """The start of a chrome line's sentence, broken onto the line above it.

    A notice the page's layout broke over two lines ("The publisher's site" /
    "contains material for doctors only. By closing this message you confirm …"):
    the chrome line goes on, in lower case, with a sentence the short line just above
    it opened and did not end.  That line is the notice's too.  A short label in lower
    case ("статья на тему") continues no sentence of its own.

    >>> found = {1: "page chrome"}
    >>> _take_sentence_starts({0: "The publisher's site", 1: "is for doctors only. By "
    ...     "closing this message you confirm that you are one."}, found)
    >>> found[0]
    'start of a chrome line'
    """
    for index, reason in sorted(found.items()):
        above = index - 1
        text = views.get(index, "")
        start = views.get(above)
        if (reason == "page chrome" and text[:1].islower() and start and above not in found
                and len(text.split()) >= _SENTENCE_START_WORDS
                and _OPEN_END_RE.fullmatch(start.rstrip()[-1:] or ".")
                and len(start.split()) <= _SENTENCE_START_WORDS):
            found[above] = "start of a chrome line"


_BARS_RE = re.compile(r"[|¦](?:\s*[|¦])*")
_COMMAS_RE = re.compile(r",(?: +,)+")   # a CSV file's empty row (",,,") has no blanks
_LOST_LIST_LABEL_WORDS = 2
_LONE_MARK_RE = re.compile(r"[-–—•·]")


# A table's row: a bar between two cells ("1 | lighneallem1 | |"); a bar closing a line
# ('… Mirabel Osler |', a signature's) or a toolbar already taken as chrome makes no table.
_TABLE_ROW_RE = re.compile(r"\S\s*[|¦]\s*\S")


def _take_separator_residue(views: dict[int, str], found: dict[int, str]) -> None:
    """Lines of nothing but vertical bars ("|", "||||||||") or commas (", , ,"): the
    separators a scraper kept between links it dropped.  Beside a line that has a bar
    among its words they are a table's empty row ("1 | lighneallem1 | |" / "|"), and
    stay."""
    order = sorted(views)
    bars = {i for i in order if _BARS_RE.fullmatch(views[i])}
    # A row of commas alone (", , ,"): the separators of a list of tags whose links went,
    # and the list's label of a word or two over it ("Ἐτικέττες" / ", , ,"), which labels
    # nothing now.
    for k, index in enumerate(order):
        if index not in found and _COMMAS_RE.fullmatch(views[index]):
            found[index] = "separator"
            above = order[k - 1] if k else None
            if (above is not None and above not in found
                    and len(views[above].rstrip(":").split()) <= _LOST_LIST_LABEL_WORDS
                    and not page.SENTENCE_END_RE.search(views[above])):
                found[above] = "label of a list whose links were lost"
    for k, index in enumerate(order):
        if index not in bars or index in found:
            continue
        near = [order[j] for j in (k - 1, k + 1) if 0 <= j < len(order)
                and abs(order[j] - index) == 1]
        if not any(_TABLE_ROW_RE.search(views[j]) and j not in bars and j not in found
                   for j in near):
            found[index] = "separator"
    # A lone dash or bullet opening the page, over its first words: the mark an empty menu
    # item or a dropped logo's link left ("-" over the headline).  A longer rule ("---",
    # a front matter's fence) is no such mark.
    if len(order) > 1 and _LONE_MARK_RE.fullmatch(views[order[0]]) and order[0] not in found:
        found[order[0]] = "separator"


# A blog theme's date badge, its figures run together as the scraper found them in their
# boxes ("Sep152017", "Jan 032015"): the post's date, never the day's (a page printing
# today's date spells it out).
_DATE_BADGE_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? ?"
    r"(?:[0-2]\d|3[01])(?:19|20)\d\d", re.IGNORECASE)
# The reasons a badge's lines get from the rules that see short lines among chrome.
_PANEL_REASONS = ("control panel", "short line in a panel of chrome", "short line among chrome")


def _spare_date_badge(lines: Sequence[str | None], views: dict[int, str],
                      found: dict[int, str]) -> None:
    """A post's date badge over its article, and the weekday printed over it ("Friday" /
    "Sep152017"), taken as a panel's short lines: the article's date stays."""
    article = min((i for i in views if i not in found and blocks.is_prose(views[i])),
                  default=len(lines))
    for index in [i for i in views if i < article and _DATE_BADGE_RE.fullmatch(views[i])
                  and (i not in found or found[i] in _PANEL_REASONS)]:
        found.pop(index, None)
        above = index - 1
        while above >= 0 and lines[above] is None:
            above -= 1
        reason = found.get(above, "")
        if ((reason in _PANEL_REASONS or reason.startswith(model.REASON_PREFIX))
                and views.get(above, "").casefold() in top.WEEKDAY_NAMES):
            del found[above]


# A wiki's tagline under a page's title, in the languages of the pages ("From Wikipedia, the
# free encyclopedia", "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια", "Материал из
# Википедии — свободной энциклопедии"), as a line's view spells it (a capital's look-alike is
# Latin there, so the names are written with theirs).
_WIKI_TAGLINE_RE = re.compile(to_latin_view(
    r"(?:from|από(?: τη| το| τα)?|материал из) (?:wiki\w*|Βικι\w*|Вики\w*)\b.{0,60}"),
    re.IGNORECASE)


def _spare_wiki_title(lines: Sequence[str | None], views: dict[int, str],
                      found: dict[int, str]) -> None:
    """A wiki page's title right over the wiki's tagline ("Βικιπαίδεια:Επαληθευσιμότητα" /
    "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια"), set in one block with the skin's
    menu lines, which took it along as a panel's: the title is the article's."""
    for index in [i for i, reason in found.items() if reason in _PANEL_REASONS]:
        below = index + 1
        while below < len(lines) and (lines[below] is None or not (lines[below] or "").strip()):
            below += 1
        if below in found and _WIKI_TAGLINE_RE.fullmatch(views.get(below, "")):
            del found[index]


def _spare_title_under_trail(lines: Sequence[str | None], views: dict[int, str],
                             found: dict[int, str]) -> None:
    """The page's own title, printed right under its breadcrumb and over its first paragraph.

    A site prints the trail to a page and the page's title under it ("HomeOfficesPressNews"
    / "The releasing process" / the text).  Once the trail goes, the title is a short line
    alone with chrome in its paragraph, as a panel's last item is; but a panel's item has
    more panel beside it, and the title has only the trail above it and prose below.
    """
    for index in [i for i, reason in found.items() if reason == "short line in a panel of chrome"]:
        above = index - 1
        while above >= 0 and lines[above] is None:
            above -= 1
        below = index + 1
        while below < len(lines) and (lines[below] is None or not (lines[below] or "").strip()):
            below += 1
        if (above in found and _is_breadcrumb(views.get(above, ""))
                and (above == 0 or not (lines[above - 1] or "").strip())
                and below > index + 1 and below not in found
                and len(views.get(below, "")) >= page.PROSE_LINE):
            del found[index]


# The poster a forum's user box names: "GardenGnome42's Avatar", "Send a message via ICQ
# to GardenGnome42".
_POSTER_RE = re.compile(r"(\S{2,40})['’]s avatar\b|\bsend a (?:private )?message (?:via|using) "
                        r"\w{2,10} to (\S{2,40})", re.I)
# A forum's byline: the poster's name and the status icon's word ("GardenGnome42 Offline").
_POSTER_STATUS_RE = re.compile(r"\S{2,40}(?: is)? (?:online|offline)", re.I)
# ... under the post's date, this many lines above it at most.
_POSTER_STATUS_REACH = 2
# A reply's subject: "Re: Pruning roses", "Default Re: …" (an icon's word before it).
_REPLY_SUBJECT_RE = re.compile(r"(?:\w+ )?(?:Re|RE|Ответ|Απ):\s+\S")


def _spare_post_header(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """A forum post's byline and subject, among the poster's box, stay.

    A forum prints the poster's box (the avatar's "GardenGnome42's Avatar",
    "Join Date:", "Location:", "Posts:", "Send a message via ICQ to …") in one
    block with the post's dateline, byline and subject; the rules take the
    box, and the short lines around it with it.  A line that names the poster
    the box names ("GardenGnome42 Offline", the status icon's word glued on)
    is the post's byline, and a reply's subject ("Default Re: Pruning roses") is
    its title: unless their own words are chrome, they stay.  Once the box is
    gone, the byline is still known by its status word under the post's date
    ("Old 11-21-2006, 09:14 PM" / "GardenGnome42 Offline").
    """
    for index in [i for i in found if _POSTER_STATUS_RE.fullmatch(views.get(i, ""))]:
        # Up the post's block (lines taken in an earlier round are None, blanks end it).
        j, above = index - 1, 0
        while j >= 0 and above < _POSTER_STATUS_REACH and (
                lines[j] is None or (lines[j] or "").strip()):
            if lines[j] is not None:
                above += 1
                if page.DATELINE_RE.search(views.get(j, "")):
                    del found[index]
                    break
            j -= 1
    order = sorted(views)
    for index in order:
        match = _POSTER_RE.search(views[index]) if index in found else None
        if match is None:
            continue
        name = (match.group(1) or match.group(2)).casefold()
        block = [index]
        for step in (-1, 1):
            j = index + step
            while j in views:
                block.append(j)
                j += step
        for j in block:
            if j in found and j != index and not is_chrome(views[j]) and (
                    name in views[j].casefold().split() or _REPLY_SUBJECT_RE.match(views[j])):
                del found[j]


def _spare_lone_label(views: dict[int, str], found: dict[int, str],
                      site: Sequence[re.Pattern[str]]) -> None:
    """A one-word label whose sentence the next line goes on with, and no other chrome: kept.

    "Home" alone on a line is a menu's link only where something says the text
    was scraped: other chrome beside it or elsewhere (a menu has more than one
    link), or its place at the page's edge, where a scraper leaves the site's
    navigation ("Home" above the headline).  Inside a text free of chrome, a
    word that the line below carries on in lower case opens a sentence of the
    author's ("Home" / "is the last word on the page"): a link's label ends
    where it stands.
    """
    if len(found) != 1:
        return
    index, reason = next(iter(found.items()))
    text = views.get(index, "")
    if reason != "page chrome" or not text.isalpha() or is_site_chrome(text, site):
        return
    below = views.get(index + 1, "").lstrip()
    if min(views) < index and below[:1].islower():
        del found[index]


_UNDERLINE_RE = re.compile(r"[ \t]*([=\-~^*+#`:'\".])\1{2,}[ \t]*")
_FIELD_RE = re.compile(r"[ \t]*\*?[ \t]*[A-Z][\w-]{1,30}:[ \t]+\S")
_FIELD_BLOCK = 3


def _spare_document_structure(lines: Sequence[str | None], views: dict[int, str],
                              found: dict[int, str], site: Sequence[re.Pattern[str]]) -> None:
    """Give back the lines the author's markup makes part of the document: a heading
    over a paragraph of prose ("## Comments", "Images" / "------"), and the fields
    of the header block a text opens with (three lines or more of "Status: Final",
    "Type: Process", as a mail or a PEP begins).  A site's own patterns
    still apply.  So are a manual page's capital section headings ("NAME" /
    "SYNOPSIS" / "DESCRIPTION", :func:`_manual_section`), whichever rule took one
    (the model takes a lone "NAME" at the top for a form's label), and a label
    over a sentence that speaks of it (:func:`_label_over_its_topic`)."""
    headings = capital_headings(lines)
    for index in list(found):
        if is_site_chrome(views.get(index, ""), site):
            continue
        if _section_heading(lines, index) or _underlined(lines, index) or (
                _in_field_block(lines, index)) or _in_ruled_table(lines, index) or (
                _introduces_code(lines, index)) or _heading_over_its_topic(lines, views, index) or (
                _title_over_its_topic(lines, views, index, found)) or (
                _label_over_its_topic(lines, views, found, index)) or (
                _manual_section(lines, index, headings)):
            del found[index]


def _manual_section(lines: Sequence[str | None], index: int, headings: Collection[int]) -> bool:
    """A capital section heading (:func:`capital_section`) of words alone ("NAME", "SEE
    ALSO"): a ticker's "UZS – -0.17%" among "USD …" and "EUR …" is set in capitals too,
    and a header's one-letter buttons ("F" / "T" / "W") name no section."""
    words = (lines[index] or "").split()
    return (all(word.isalpha() for word in words) and any(len(word) > 1 for word in words)
            and capital_section(lines, index, headings))


# A reading setting's name, which a settings panel shows as a control and a guide to reading
# on screen uses as a heading.
_SETTING_NAME_RE = re.compile(
    r"(?:font|text|letter|word|line) (?:size|spacing|height)s?|(?:high |colou?r )?contrast", re.I)


def _heading_over_its_topic(lines: Sequence[str | None], views: dict[int, str],
                            index: int) -> bool:
    """Is this setting's name ("Font Size") a heading of the text, over a paragraph about it?

    A settings panel's "Font size" stands at the page's top among its controls;
    a guide's heading stands alone inside the text, prose above it, over a
    paragraph of prose that speaks of what it names ("Before you make a decision
    about font sizes, …").
    """
    text = views.get(index, "")
    if not _SETTING_NAME_RE.fullmatch(text) or (index and (lines[index - 1] or "").strip()):
        return False
    start = _next_filled(lines, index + 1)
    if start != index + 2:
        return False    # alone in its paragraph, one blank line above the next
    end = next((k for k in range(start, len(lines)) if not (lines[k] or "").strip()), len(lines))
    following = " ".join(line or "" for line in lines[start:end]).lower()
    prose_above = any(len(views[k]) >= page.PROSE_LINE for k in views if k < index)
    return (prose_above and len(following.split()) >= _SECTION_WORDS
            and page.SENTENCE_END_RE.search(following.rstrip()) is not None
            and all(re.search(r"\b" + re.escape(word), following) for word in text.lower().split()))


def _label_over_its_topic(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str], index: int) -> bool:
    """Is this label of a word or two ("Comments") a heading of the text, over a sentence
    about what it names ("Everything that follows a '#' is a comment.")?

    A blog's "Comments" stands over its readers' comments, between chrome (a share
    bar, "Labels: …" above it, "Post a Comment" below); a manual's or a wiki's
    section of the same name stands inside the text, prose above it, a line of the
    text on either side, and the sentence under it speaks of its subject.
    """
    text = views.get(index, "")
    words = text.split()
    if not words or len(words) > _TITLE_WORDS or not all(word.isalpha() for word in words):
        return False
    if index - 1 not in views or index + 1 not in views or {index - 1, index + 1} & set(found):
        return False
    following = views[index + 1]
    prose_above = any(len(views[k]) >= page.PROSE_LINE for k in views if k < index)
    return (prose_above and len(following.split()) >= _SECTION_WORDS
            and page.SENTENCE_END_RE.search(following.rstrip()) is not None
            and all(re.search(r"\b" + re.escape(_singular(word)) + r"\b", following, re.I)
                    for word in words))


def _singular(word: str) -> str:
    """The word without a plural's "s" ("Comments" → "Comment"), to find it in the singular."""
    return word[:-1] if len(word) > 3 and word.lower().endswith("s") else word


_COPYRIGHT_SIGN_RE = re.compile(r"(?:©|\(c\))\s*(?P<holder>.+)", re.I)
# A person's name: two or three words.
_PERSON_WORDS = (2, 3)


def credits_a_person(text: str) -> bool:
    """Is this (normalised) line a person's copyright and nothing else ("© Olga Payne")?

    An author signs a recipe or a photograph so, with no year and no rights reserved;
    a site's footer names the site, a year or its rights ("© 2024 Example Media. All
    rights reserved.", "© Copyright Istorima").

    >>> credits_a_person("© Olga Payne"), credits_a_person("© 2024 Olga Payne")
    (True, False)
    >>> credits_a_person("© Copyright Istorima"), credits_a_person("© BBC")
    (False, False)
    """
    sign = _COPYRIGHT_SIGN_RE.fullmatch(text)
    if not sign:
        return False
    holder = sign.group("holder").strip()
    words = holder.split()
    return (_PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1] and blocks.is_name(holder)
            and not any(ch.isdigit() for ch in holder)
            and not any(word.casefold().strip(".,") in {"copyright", "the", "rights"}
                        for word in words))


# A picture's credit under a copyright sign: its label (a picture's, a source's) and who
# holds it ("© Источник Фото: maorif.tj", "© Photo: Anna Berg", "© Φωτογραφία: Γ. Παππάς").
_PICTURE_CREDIT_RE = re.compile(
    r"(?:©|\(c\))\s*(?:[^\W\d_]+\s+)?(?:photo|photograph|picture|image|source|фото|"
    r"фотография|источник|снимок|φωτογραφία|φωτό|φωτο|πηγή)(?:\s+[^\W\d_]+)?\s*:\s*[^\s©][^©]{0,80}",
    re.IGNORECASE)


def credits_a_picture(line: str) -> bool:
    """Is this line a picture's credit under a copyright sign, its label said ("© Источник
    Фото: maorif.tj")?  A news item's photograph is credited so between its title and its
    date; a site's footer names its rights, not a picture.

    >>> credits_a_picture("© Источник Фото: maorif.tj"), credits_a_picture("© 2024 maorif.tj")
    (True, False)

    A site's credits for all its media on one line are its own: "© Фото: Минобороны России
    © Видео: ТРК «Звезда»" goes.

    >>> credits_a_picture("© Фото: Минобороны России © Видео: ТРК «Звезда»")
    False
    """
    return _PICTURE_CREDIT_RE.fullmatch(" ".join(line.split())) is not None


_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.I)


def time_of_its_date(lines: Sequence[str | None], index: int) -> bool:
    """Is this bare time of day the dateline's, set on its own line under its date
    ("11.03.2025" / "" / "11:51")?  A clock in a site's header stands alone; the time
    a story was filed follows its date.

    >>> time_of_its_date(["11.03.2025", "", "11:51"], 2)
    True
    >>> time_of_its_date(["Weather", "", "11:51"], 2)
    False
    """
    if not _TIME_RE.fullmatch((lines[index] or "").strip()):
        return False
    above = [(lines[j] or "").strip() for j in range(max(0, index - 2), index)
             if lines[j] is not None]
    written = [text for text in above if text]
    return bool(written) and top.date_and_time(written[-1])


def ends_wrapped_sentence(lines: Sequence[str | None], index: int) -> bool:
    """Is this line the last words of a sentence the line above began, in text wrapped
    at a width ("… restrict your Forum messages to traditional 72-column ASCII" /
    "text only.")?

    It opens in small letters and closes the sentence with its stop, right under a
    line of prose that stops mid-sentence (on a letter or a comma): a skip link or a
    menu's item stands on its own, under a headline or another link, never so.
    """
    return (lines[index] or "").strip().endswith((".", "!", "?")) and top.wraps_on(lines, index)


def _title_over_its_topic(lines: Sequence[str | None], views: dict[int, str],
                          index: int, found: Collection[int] = ()) -> bool:
    """Is this word or two the page's title, over a first paragraph that speaks of it?

    A help page opens with its subject ("Settings") and goes straight on about it
    ("The gear icon … opens the Settings dialog. Settings are global …"); a
    settings panel's label has its controls under it, not a sentence that names it.
    The site's chrome found above the title (a skip link, a trail) leaves it the page's
    first line, and a blank line may stand between it and the paragraph, which may name
    the subject in a word of the same stem ("Accessibility" / "Making our website
    accessible means …").
    """
    text = views.get(index, "")
    if (not text or len(text.split()) > _TITLE_WORDS
            or any((line or "").strip() for k, line in enumerate(lines[:index])
                   if k not in found)):
        return False
    following = views.get(index + 1, "") or views.get(_next_filled(lines, index + 1), "")
    return (len(following) >= page.PROSE_LINE
            and page.SENTENCE_END_RE.search(following) is not None
            and all(_names_again(word, following) for word in text.split()))


# A word and one of its stem in the paragraph under it share this many first letters or
# more, and this share of the word ("accessib" of "Accessibility" and "accessible").
_STEM_LETTERS = 6
_STEM_SHARE = 0.6


def _names_again(word: str, paragraph: str) -> bool:
    """Does the paragraph name the word again, or a word of its stem?

    >>> _names_again("Accessibility", "Making our website accessible means a lot.")
    True
    >>> _names_again("Comments", "Commerce on the high street fell."), _names_again(
    ...     "Settings", "Settlement talks went on.")
    (False, False)
    """
    if re.search(r"\b" + re.escape(word) + r"\b", paragraph, re.I):
        return True
    folded = word.casefold()
    need = max(_STEM_LETTERS, math.ceil(len(folded) * _STEM_SHARE))
    return len(folded) >= need and any(
        other[:need] == folded[:need]
        for other in re.findall(r"[^\W\d_]+", paragraph.casefold()))


def _underlined(lines: Sequence[str | None], index: int) -> bool:
    """Is this line a heading underlined in Markdown's or reStructuredText's way?"""
    line = (lines[index] or "").strip()
    under = lines[index + 1] if index + 1 < len(lines) else None
    return bool(line and under and _UNDERLINE_RE.fullmatch(under)
                and len(under.strip()) >= min(len(line), 3) and not _UNDERLINE_RE.fullmatch(line))


_COLUMN_RULE_RE = re.compile(r"[ \t]*[=-]{2,}(?:[ \t]+[=-]{2,})+[ \t]*"
                             r"|[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")


def _in_ruled_table(lines: Sequence[str | None], index: int) -> bool:
    """Is this line in a table whose columns are ruled with "=====  =====" (a
    reStructuredText simple table, a plain-text report) or "|-----|-----|" (Markdown)?"""
    first = last = index
    while first > 0 and (lines[first - 1] or "").strip():
        first -= 1
    while last + 1 < len(lines) and (lines[last + 1] or "").strip():
        last += 1
    return any(_COLUMN_RULE_RE.fullmatch(lines[k] or "") for k in range(first, last + 1))


_CODE_LINE_RE = re.compile(r"[ \t]*`[^`].*`[ \t]*")


def _introduces_code(lines: Sequence[str | None], index: int) -> bool:
    """Does this line end with ":" over a line of code, as a manual describes each
    command it shows ("- Download an app:" / "`depotdownloader -app {{108600}}`")?"""
    if not (lines[index] or "").rstrip().endswith(":"):
        return False
    following = _next_filled(lines, index + 1)
    return following < len(lines) and bool(_CODE_LINE_RE.fullmatch(lines[following] or ""))


_LIST_SENTENCE_WORDS = 6


def item_among_the_texts(lines: Sequence[str | None], index: int) -> bool:
    """Is this list item one of an author's list, between two items no chrome's words make
    ("- User rank / User title" / "- Avatar" / "- Post count")?  A menu's items are all
    the site's; one word a widget also uses, among the author's items, is the author's.

    >>> item_among_the_texts(["- User title", "- Avatar", "- Post count"], 1)
    True
    >>> item_among_the_texts(["- Home", "- Share", "- Contact"], 1)
    False
    """
    if not is_list_item(lines[index] or "") or not 0 < index < len(lines) - 1 \
            or ":" in (lines[index] or ""):
        return False
    # (a page's fields set as a list, "• time: 9:16 pm" under "• publish: …", are its meta)
    return all(is_list_item(lines[k] or "") and ":" not in (lines[k] or "")
               and not is_chrome(view(lines[k] or "")) for k in (index - 1, index + 1))


def heading_between_lists(lines: Sequence[str | None], index: int) -> bool:
    """Is this line the heading of a list of sentences, under a list of the text's own
    ("… other attendees." / "" / "Sign up to speak" / "" / "• Anyone who wants to speak …
    must sign up in the lobby.")?  A site's button never sits between two lists of an
    author's sentences, whatever its words.

    >>> heading_between_lists(["• Laser pointers are prohibited.", "", "Sign up to speak", "",
    ...                        "• Anyone who wants to speak must sign up in the lobby."], 2)
    True
    >>> heading_between_lists(["The council met.", "", "Sign up", "", "• Home"], 2)
    False
    """
    above = next((k for k in range(index - 1, -1, -1) if (lines[k] or "").strip()), -1)
    below = _next_filled(lines, index + 1)
    if above < 0 or below >= len(lines) or above == index - 1 or below == index + 1:
        return False
    first = (lines[below] or "").strip()
    return (is_list_item(lines[above] or "") and is_list_item(lines[below] or "")
            and len(first.split()) > _LIST_SENTENCE_WORDS
            and first.endswith((".", "!", "?", ";"))
            and (lines[above] or "").strip().endswith((".", "!", "?", ";", ")")))


_SEE_ALSO_RE = re.compile(r"see also|further reading", re.IGNORECASE)
#: The words of the paragraph under a manual's "See also" at least.
_ADMONITION_PROSE = 12


def _see_also_over_prose(lines: Sequence[str | None], index: int) -> bool:
    """Is this a manual's "See also" box title between a section's heading and a
    paragraph of prose ("2.4.1. Sequences and the for Loop" / "See also" / "The for
    loop is one of …")?  A site's related links stand under their label, no sentence.

    >>> _see_also_over_prose(["2.4.1. Sequences and the for Loop", "", "See also", "",
    ...     "The for loop is one of the primary control constructs in Python, covered later."], 2)
    True
    >>> _see_also_over_prose(["The council met.", "", "See also", "", "Council meets"], 2)
    False
    """
    if not _SEE_ALSO_RE.fullmatch((lines[index] or "").strip()):
        return False
    above = next((i for i in range(index - 1, -1, -1) if (lines[i] or "").strip()), None)
    below = _next_filled(lines, index + 1)
    if above is None or below >= len(lines):
        return False
    heading, prose = (lines[above] or "").strip(), (lines[below] or "").strip()
    return (not re.search(r"[.!?:;,]$", heading) and len(heading.split()) <= _SECTION_WORDS
            and len(prose.split()) >= _ADMONITION_PROSE and re.search(r"[.!?]$", prose) is not None)


def _next_filled(lines: Sequence[str | None], start: int) -> int:
    """Index of the first line from ``start`` on that is not blank (``len(lines)`` if none)."""
    return next((k for k in range(start, len(lines)) if (lines[k] or "").strip()), len(lines))


def _in_field_block(lines: Sequence[str | None], index: int) -> bool:
    """Is this line one of a run of three or more "Name: value" fields opening the text?
    (A contact block at the foot of a release is the release's chrome.)"""
    if not _FIELD_RE.match(lines[index] or ""):
        return False
    first = last = index
    while first > 0 and _FIELD_RE.match(lines[first - 1] or ""):
        first -= 1
    while last + 1 < len(lines) and _FIELD_RE.match(lines[last + 1] or ""):
        last += 1
    opens_text = not any((line or "").strip() for line in lines[:first])
    return opens_text and last - first + 1 >= _FIELD_BLOCK


def _bylines_above_share_bars(views: dict[int, str], found: dict[int, str]) -> set[int]:
    """A bare name right above a share bar is the author's byline ("Anna Chernova" /
    "Share: Facebook Twitter"): sites set the two together, date or no date.  So
    is a desk's or an agency's one word ("Newsroom", "Reuters").  A name with the
    site's section beside it ("Anna Petrova Politics") is not bare.
    A desk's name over the story's reading time ("News Desk" / "1 Min Read") is its
    byline too: sites set the two together under the headline."""
    return {index - 1 for index in found
            if index - 1 in views and index - 1 not in found
            and ((_share_words(views[index].split()) and _is_byline(views[index - 1])
                  and not any(top.is_section_name(word) for word in views[index - 1].split()))
                 or bool(_READING_TIME_RE.fullmatch(views[index])
                         and _DESK_RE.fullmatch(views[index - 1])))}


def _posters_over_user_cards(views: dict[int, str], found: dict[int, str]) -> set[int]:
    """The poster's name over a forum's user card (its title, "Join date: …", "Posts: …"
    gone as the card) is the post's byline, as the README keeps "the poster's byline":
    the short lines the card leaves round it are no run of the site's."""
    names = set()
    for index in (i for i in found if page.JOIN_DATE_RE.fullmatch(views.get(i, ""))):
        above = index - 1
        while above in found and above in views:
            above -= 1
        if above in views and blocks.is_name(views[above]):
            names.add(above)
    return names


# "1 Min Read", "5 min read": the story's reading time, under its byline.
_READING_TIME_RE = re.compile(r"\d{1,2} ?min(?:ute)?s?\.? read", re.I)
# "News Desk", "Web Desk", "Monitoring Desk": the newsroom's desk that signs a story.
_DESK_RE = re.compile(r"(?:[A-Z][a-z]+ )?Desk")


def _is_byline(text: str) -> bool:
    """A person's name, or one capitalised word naming a desk or an agency."""
    return blocks.is_name(text) or (text.isalpha() and len(text) >= 3 and text[0].isupper()
                                    and not text.isupper())


_BARE_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _spare_dateline_times(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str]) -> None:
    """A bare time ("09:20") near a date in its paragraph is the article's dateline.

    Alone, such a line is a player's timestamp; next to "01 September, 2025"
    in the same paragraph it says when the story was published, and so it does
    under a diary entry's date and place ("17.07.2018" / "Борт самолёта …" / "20:16").
    """
    for index in [i for i in found if _BARE_TIME_RE.fullmatch(views.get(i, ""))]:
        beside = []
        for step in (-1, 1):
            for j in range(index + step, index + step * (_DATELINE_REACH + 1), step):
                if not 0 <= j < len(lines) or j in found or not (lines[j] or "").strip():
                    break   # the paragraph ends, or chrome stands between
                beside.append(views.get(j, ""))
        if any(_YEAR_RE.search(text) and page.DATELINE_RE.search(text) for text in beside):
            del found[index]


# How far from its time, in its paragraph, a dateline's date may stand (a place between).
_DATELINE_REACH = 2


_CONTINUED_RE = re.compile(r"[^\W\d_],?$")


def _spare_words_of_the_text(views: dict[int, str], found: dict[int, str]) -> None:
    """In a page of verse, a one-word line that is a word of the poem: kept.

    "Home", "Close" or "Listen" alone on a line is a link of the page's
    chrome, but not where it ends the verse above it ("… the only place I
    know as" / "Home"), nor as a poem's title above its author ("Home" / "by
    Edward Thomas").  A page of prose keeps the one-line rule: there such a
    line under a tagline ("The best of RT, in your inbox" / "Subscribe") is a
    button.
    """
    words = [i for i, reason in found.items()
             if reason == "page chrome" and views[i].isalpha()]
    if not words or page.is_prose_document(views, found):
        return
    for index in words:
        above = views.get(index - 1)
        after = min((i for i in views if i > index), default=None)
        continues = (above is not None and len(above.split()) >= 3
                     and _CONTINUED_RE.search(above) is not None
                     and not _paragraph_has_chrome(index, views, found))
        titled = after is not None and after not in found and views[after].lower().startswith("by ")
        if continues or titled:
            del found[index]


def _paragraph_has_chrome(index: int, views: dict[int, str], found: dict[int, str]) -> bool:
    """Is another line of this line's paragraph (no blank line between) chrome?"""
    for step in (-1, 1):
        other = index + step
        while other in views:
            if other in found:
                return True
            other += step
    return False


_DOMAIN_RE = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|info|ru|gr|uk|fr|de|kz|uz|kg|tj|io|news|tv|eu|int|me)/?", re.I)


def _take_masthead(lines: Sequence[str | None], views: dict[int, str],
                   found: dict[int, str]) -> None:
    """Outlet names, site addresses and section labels above the headline ("Meduza", "World").

    Only lines before the first line of three or more words, and only names in
    ``data/masthead.txt``: a one-word line later in the text is the text's own.
    """
    candidates = []
    for index in sorted(views):
        if index in found:
            continue
        # The line itself: a view makes Cyrillic and Greek look-alikes Latin ("Пoлитиka").
        text = " ".join((lines[index] or "").split())
        if len(text.split()) >= 3:
            break
        parts = _PART_SPLIT_RE.split(text.strip(" :|"))
        if not (top.is_section_name(parts[0]) or _DOMAIN_RE.fullmatch(text)):
            return
        candidates.append(index)
    else:
        return  # no headline follows: these words are the text itself
    if len(candidates) == 1 and candidates[0] - 1 not in views:
        # One word alone above body text may be the title ("Europe", then a
        # paragraph): a label sits right on top of a headline, or of another label.
        headline = index
        if not (headline == candidates[0] + 1 or _headline_like(views[headline])):
            return
    for index in candidates:
        found[index] = "masthead"


_BODY_WORDS = 8


def _take_repeated_labels(views: dict[int, str], found: dict[int, str]) -> None:
    """A section's name standing alone twice or more among the article's paragraphs.

    "Politics" or "World" alone on a line below the first paragraph is a
    teaser's or a widget's label when it comes back ("Politics" / "12 345" /
    … / "Politics"); said once, it may be the article's own subheading.
    """
    order = sorted(views)
    first = next((i for i in order if i not in found and len(views[i].split()) >= _BODY_WORDS),
                 None)
    if first is None:
        return
    labels: dict[str, list[int]] = {}
    for index in order:
        text = views[index].strip(" :")
        if index > first and index not in found and top.is_section_name(text):
            labels.setdefault(top.fold(text), []).append(index)
    for occurrences in labels.values():
        if len(occurrences) >= 2:
            for index in occurrences:
                found[index] = "repeated section label"


# An age rating alone on its line, as listings and media registers print it ("12+", "18+").
_AGE_RATING_RE = re.compile(r"(?:0|6|12|14|16|18|21)\+")


def _take_neighbours(lines: Sequence[str | None], views: dict[int, str],
                     found: dict[int, str]) -> None:
    """Lines that are chrome only next to chrome.

    A lone "Tweet" or "Telegram" may be a word in a list, but such lines
    next to a share bar (or to another line taken that way) are the bar; a
    short line between two chrome lines of the same paragraph ("The best of
    RT, in your inbox" between
    "Newsletter" and "Subscribe") is the banner's text — but not the page's
    headline, which sites set between a menu and a share bar ("Menu" /
    "Ministers meet in Astana today" / "Share Facebook Twitter"): the first
    line of four words or more above the article's prose that speaks to no
    reader stays.  A bare figure ("0%") alone in its paragraph, between two chrome
    lines, is a progress bar's or a counter's value.  So is an age rating alone on its
    line ("12+") next to chrome: an event listing's label beside its status
    ("Событие завершилось"), which a text never sets apart on a line.
    """
    order = sorted(views)
    position = {index: k for k, index in enumerate(order)}

    def neighbour(index: int, step: int) -> int | None:
        k = position[index] + step
        if 0 <= k < len(order) and abs(order[k] - index) == 1:
            return order[k]
        return None

    weak = {i for i in order if i not in found and (_only_share_vocabulary(views[i].split())
                                                   or _AGE_RATING_RE.fullmatch(views[i]))}
    changed = True
    while changed:
        changed = False
        for index in sorted(weak):
            if index in found:
                continue
            near = [neighbour(index, -1), neighbour(index, 1)]
            if any(j is not None and j in found for j in near):
                found[index] = "page chrome"
                changed = True
    headline = _page_headline(order, views, found)
    for index in order:
        if index in found or index == headline:
            continue
        before, after = neighbour(index, -1), neighbour(index, 1)
        if (before is not None and after is not None and before in found and after in found
                and _banner_text(views[index])
                # (the newsroom's credit between a photo's credit and a share bar stays)
                and not page.CONTRIBUTION_RE.match(views[index])
                and not page.is_ad_break(views[before]) and not page.is_ad_break(views[after])):
            found[index] = "page chrome"
    for index in order:
        # A bare figure in a paragraph of its own ("0%") between two chrome lines, blank
        # lines aside: a progress bar's or a counter's value, the widget's own.
        k = position[index]
        if (index not in found and 0 < k < len(order) - 1 and _BARE_FIGURE_RE.fullmatch(
                views[index]) and neighbour(index, -1) is None and neighbour(index, 1) is None
                and order[k - 1] in found and order[k + 1] in found):
            found[index] = "counter between chrome"


# "0%", "12", "1 880", "+3.5 %": a figure with nothing to say what it counts.
_BARE_FIGURE_RE = re.compile(r"[+−-]?\d[\d\s.,]{0,8}\s?%?")
_READER_RE = re.compile(r"\b(?:you|your|we|we['’](?:re|ve)|our|us)\b", re.I)
_HEADLINE_WORDS = 4


def _page_headline(order: Sequence[int], views: dict[int, str],
                   found: dict[int, str]) -> int | None:
    """The first line of four words or more above the page's first line of prose that
    ends no sentence and speaks to no reader: the headline, or None."""
    for index in order:
        text = views[index]
        if index in found:
            continue
        if blocks.is_prose(text):
            return None
        if (len(text.split()) >= _HEADLINE_WORDS and _headline_like(text)
                and not page.SENTENCE_END_RE.search(text) and not _READER_RE.search(text)
                and not page.DATELINE_RE.search(text)):
            return index
    return None


def _banner_text(text: str) -> bool:
    """Could this line be a banner's own blurb, were it framed by banner lines?

    A tagline ("The best of RT, in your inbox"), or a sentence or two that
    speak to the reader ("We’re banned in Russia. Your donations keep us
    going.").  A reported sentence is the article's, even between chrome.
    """
    words = text.split()
    if page.DATELINE_RE.search(text):
        return False   # "Updated 9:12 AM EST, Tue November 25, 2026", "By Anna Chernova"
    if not text.endswith((".", "!", "?", "…")):
        return len(words) <= 12 or _headline_like(text)
    return (len(words) <= 25 and bool(_READER_RE.search(text))
            and not any(q in text for q in "\"“”«»"))


def _take_story_lists(lines: Sequence[str | None], code: Sequence[bool],
                      views: dict[int, str], found: dict[int, str]) -> None:
    n = len(lines)
    for index in sorted(found):
        header = views.get(index, "")
        if not _LIST_HEADER_RE.fullmatch(header.rstrip(" :")):
            continue
        j = index + 1
        taken = 0
        while j < n and (lines[j] or "").strip() and not code[j]:
            if not taken and j not in found and (_heads_the_article(j, views, found)
                                                 or _heads_the_first_story(index, j, lines,
                                                                           views, found)):
                break
            if j in found or _headline_like(views.get(j, "")):
                found.setdefault(j, "related-story list")
                taken += 1
                j += 1
            else:
                break
        if taken or index + 1 >= n:
            continue
        # A header alone in its paragraph: the next paragraph, if it is a list of links.
        k = index + 1
        if index > 0 and lines[index - 1] is not None and (lines[index - 1] or "").strip():
            continue
        while k < n and not (lines[k] or "").strip():
            k += 1
        block = []
        while k < n and (lines[k] or "").strip() and not code[k]:
            block.append(k)
            k += 1
        if not block:
            continue
        # Only an unmistakable list: a title and byline after a "Trending" line stay.
        bulleted = all(_BULLET_RE.match(lines[b] or "") for b in block)
        links = all("](" in (lines[b] or "") or "<a " in (lines[b] or "") for b in block)
        if bulleted or links:
            for b in block:
                found.setdefault(b, "related-story list")
        elif _closes_the_page(index, views, found):
            for b in (i for i in views if i > index):
                found.setdefault(b, "related-story list")
        elif _one_teaser_inside_the_article(index, block, k, lines, views, found):
            found.setdefault(block[0], "related-story list")


# The headers that point at one related story inside an article ("RELATED:", "Read also",
# "Читайте также", "Διαβάστε επίσης"); a shop's or a site's offers have headers of their own.
_RELATED_RE = re.compile(
    r"related(?: stories| articles| news| story| article)?|(?:read|see) also|also read"
    r"|читайте также|читайте еще|читайте ещё|смотрите также|διαβάστε (?:επίσης|ακόμα|ακόμη)",
    re.IGNORECASE)
#: A teaser under a "Related:" header inside the article has this many words at least.
_RELATED_TEASER_WORDS = 4


def _one_teaser_inside_the_article(header: int, block: Sequence[int], after: int,
                                   lines: Sequence[str | None], views: dict[int, str],
                                   found: dict[int, str]) -> bool:
    """Is ``block`` one other story's headline, a paragraph of its own under the header
    ("RELATED:" / "Over 20,000 Soldiers Have Died in …"), set between two paragraphs of
    the article's prose?  The article goes on under it, so the line is no title of the
    text, as a title under a "Trending" line at the top may be."""
    if len(block) != 1 or not _RELATED_RE.fullmatch(views.get(header, "").rstrip(" :")):
        return False
    text = views.get(block[0], "")
    if (not _headline_like(text) or page.SENTENCE_END_RE.search(text)
            or len(text.split()) < _RELATED_TEASER_WORDS):
        return False
    # the line right above the header is the article's prose, no chrome closing it
    above = max((i for i in views if i < header), default=None)
    if above is None or above in found or not blocks.is_prose(views[above]):
        return False
    k = after
    while k < len(lines) and not (lines[k] or "").strip():
        k += 1
    return k < len(lines) and k not in found and blocks.is_prose(views.get(k, ""))


#: A list of other stories under its header closing the page: at most this many lines.
_CLOSING_LIST_LINES = 8


def _closes_the_page(header: int, views: dict[int, str], found: dict[int, str]) -> bool:
    """Does the header stand below the article's last line of prose, with nothing but
    headline-shaped lines (a few, of twenty words at most, none closing a sentence) or
    chrome under it to the page's end?  Then what it heads is the site's list of other
    stories, set one to a paragraph ("You might also like" / a picture's alt text /
    "Library opens its map collection …"): the article has ended above it."""
    below = [i for i in views if i > header]
    rest = [i for i in below if i not in found]
    return (bool(rest) and len(below) <= _CLOSING_LIST_LINES
            and any(i < header and i not in found and blocks.is_prose(views[i]) for i in views)
            and all(_headline_like(views[i]) and not page.SENTENCE_END_RE.search(views[i])
                    for i in rest))


_DATELINE_WORDS = 12


# A wire story's opening dateline: the place in capitals, its state or country, the date
# and the dash the story runs on from ("WINGATE, North Carolina, Jan. 3 -- …", "MOSCOW,
# March 3 (Reuters) - …").
_WIRE_LEAD_RE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][\w.'’ -]{1,40})?, (?:[A-Z][a-z]{2,8}\.? \d{1,2}"
    r"(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)\s*(?:\([^)]{2,30}\)\s*)?"
    r"(?:--|[-–—])\s")


def _heads_the_first_story(header: int, index: int, lines: Sequence[str | None],
                           views: dict[int, str], found: dict[int, str]) -> bool:
    """Is this line, right under a list's header ("Latest stories") above which the page
    has no prose, the headline of the story whose paragraphs follow it: alone in its
    paragraph with the header, the next paragraph prose?  A section page's first story
    under its label is no link to another one (a related list inside an article has the
    article's prose above it).

    >>> text = ["Latest stories", "U.S. Seeks U.N. Action on Syria Chlorine Attacks", "",
    ...         "The United States is pushing the Security Council to threaten tough "
    ...         "measures over chlorine attacks, a draft circulated on Wednesday says."]
    >>> views = {i: t for i, t in enumerate(text) if t}
    >>> _heads_the_first_story(0, 1, text, views, {0: "page chrome"})
    True
    """
    if any(blocks.is_prose(views[i]) for i in views if i < header and i not in found):
        return False
    if index + 1 < len(lines) and (lines[index + 1] or "").strip():
        return False            # more lines under it: a list of several
    below = [i for i in sorted(views) if i > index]
    return bool(below) and below[0] not in found and blocks.is_prose(views[below[0]])


def _heads_the_article(index: int, views: dict[int, str], found: dict[int, str]) -> bool:
    """Is this line the article's headline: over its dateline ("Last Updated:
    2019-09-20 01:33 | Xinhua"), below which nothing but chrome stands before the
    article's first line of prose, or over a wire story's opening dateline ("WINGATE, North
    Carolina, Jan. 3 -- …")?  A "Top Stories" label right above it does not
    make the page's own headline a link to another story; the last of several
    dated links is one more link."""
    order = sorted(views)
    k = order.index(index)
    if k + 1 >= len(order) or order[k + 1] != index + 1:
        return False
    dateline = views[order[k + 1]]
    if order[k + 1] not in found and _WIRE_LEAD_RE.match(dateline):
        return True     # "WINGATE, North Carolina, Jan. 3 -- Wingate University issued …"
    if (order[k + 1] in found or len(dateline.split()) > _DATELINE_WORDS
            or not page.DATELINE_RE.search(dateline) or blocks.is_prose(dateline)):
        return False
    for following in order[k + 2:]:
        if following not in found:
            return blocks.is_prose(views[following])
    return False


_CLOSING_LIST_LINES = 4


# A teaser's date alone under it, in figures, its time after it at most: "29.09", "29.09.2025",
# "29.09.2025 14:30", "14:30".
_TEASER_DATE_RE = re.compile(r"\d{1,2}[./]\d{1,2}(?:[./](?:19|20)?\d{2})?(?:,?\s+\d{1,2}:\d{2})?"
                             r"|\d{1,2}:\d{2}")
# A headline as a list's item: a bullet, then words that end no sentence.
_HEADLINE_ITEM_RE = re.compile(r"[-–•·▪*] \S.*[^.!?:;,]")


#: A blog platform's header over the comments under a post ("3 comments:"): a count, and a
#: colon that announces them.
_COMMENTS_HEADER_RE = re.compile(
    r"\d{1,4} (?:comments?|responses|replies):|\d{1,4} responses?"
    # the note of a comment form, which the comments follow in some themes
    r"|your e-?mail address will not be published\.?(?:\s*required fields are marked\s*\*?)?",
    re.IGNORECASE)
#: At most this many lines under such a header are taken as its comments.
_COMMENT_LINES = 40


def _take_comment_section(views: dict[int, str], found: dict[int, str]) -> None:
    """The readers' comments under a blog post, below the platform's count of them.

    "3 comments:" / "truly wonderful pictures" / "Larry, I just wanted to stop by …":
    the header says what follows to the page's end, and the comments are the readers',
    not the post's, whatever they say; so does a theme's "3 Responses", and a comment
    form's note ("Your email address will not be published."), under which some themes
    list the comments.  Only a header below the page's first third, with
    at most :data:`_COMMENT_LINES` lines under it, is one: an article that counts the
    comments its subject got ("12 comments:" in the middle of a story about a forum) has
    the story going on under it.

    >>> views = {0: "It rained all day.", 1: "We stayed in.", 2: "3 comments:",
    ...          3: "truly wonderful pictures", 4: "Thanks for the walk, Larry."}
    >>> found = {2: "comments"}
    >>> _take_comment_section(views, found)
    >>> sorted(found)
    [2, 3, 4]
    """
    order = sorted(views)
    for k, index in enumerate(order):
        if index in found and _COMMENTS_HEADER_RE.fullmatch(views[index].strip()):
            rest = order[k + 1:]
            if k >= max(1, len(order) // 3) and 0 < len(rest) <= _COMMENT_LINES:
                for later in rest:
                    found.setdefault(later, "comments under the post")
            return


def _take_closing_list(views: dict[int, str], found: dict[int, str]) -> None:
    """A story-list header among the page's last lines of a page that ends in chrome.

    "Featured Post" / a headline / its first words cut with "…" / "Blog Widget
    by LinkWithin": the teasers under the header are the widget's, however
    long, when no more than a few lines stand between it and the page's
    closing chrome and one of them is a story's opening cut short ("…",
    "..."), or all of them are headlines in a bulleted list ("Today's Top News" /
    "- Xi meets …" / "Editor's picks").  So are a shop panel's offers under its
    header ("Deals of the Week" / "$150 Off …"), one of them a price cut, wherever
    the page ends.
    They go with everything after the header.
    """
    order = sorted(views)
    if not order:
        return
    for index in reversed(order):
        if index in found and _LIST_HEADER_RE.fullmatch(views[index].rstrip(" :")):
            after = [i for i in order if i > index]
            teasers = [views[i] for i in after if i not in found]
            if not teasers:
                continue    # a header the page ends on: the list is under an earlier one
            # The page ends in chrome, in the list's last headline, or in its last teaser's
            # date alone ("29.09", "29.09.2025 14:30").
            ends = (order[-1] in found or _headline_like(views[order[-1]])
                    or bool(_TEASER_DATE_RE.fullmatch(views[order[-1]])))
            cut = ends and any(text.endswith(("…", "...")) for text in teasers)
            offers = any(_OFFER_RE.search(text) for text in teasers)
            # Headlines in a bulleted list between the header and the page's closing chrome.
            listed = order[-1] in found and bool(teasers) and all(
                _HEADLINE_ITEM_RE.fullmatch(text) for text in teasers)
            if len(teasers) <= _CLOSING_LIST_LINES and (cut or offers or listed):
                for rest in after:
                    found.setdefault(rest, "related-story list")
            return


# A header that says the stories under it are other stories ("Read more", "Related
# articles", "Читайте также", "Σχετικά άρθρα", "Διαβάστε επίσης"); not a wiki's or an
# author's "See also", "Topics" or "Featured", over lines that may be the text's own.
_TEASER_HEADER_RE = re.compile(as_seen(
    r"read more|read also|also read|read next|what to read next|"
    r"related(?: stories| articles| news| coverage| content| reading| posts)?|"
    r"more (?:on this story|on this topic|stories|articles|news|posts)(?: like this)?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"recommended(?: for you| stories| articles)?|"
    r"читайте также|читайте еще|читайте ещё|смотрите также|по теме|другие новости|"
    r"новости по теме|материалы по теме|σχετικά άρθρα|σχετικά|διαβάστε επίσης|διαβάστε ακόμη|"
    r"διαβάστε ακόμα|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|lea también|"
    r"noticias relacionadas"), re.I)
# A date a teaser carries: "10.03.2025", "2025-03-10", "March 10, 2025", "10 марта 2025",
# "10 Μαρτίου 2025".
_TEASER_DATE_RE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\s+[^\W\d_]{3,12}\.?,?\s+(?:19|20)\d{2}\b"
    r"|\b[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b")
#: A teaser is a sentence or two: at most this many words.
_TEASER_WORDS = 40
_TEASERS = 2


def _take_dated_teasers(views: dict[int, str], found: dict[int, str]) -> None:
    """A related list's teasers to the page's end, each a sentence with its date.

    Under "Read more" or "Читайте также", below the article's last paragraph, a site
    lists its other stories as their first sentence and the day they ran ("Russia
    vetoed a draft resolution on Syria aid on Friday, March 7, 2025.").  Each reads as
    prose, so the rules that take a list of headlines leave it.  Two or more lines,
    each of a sentence's length with a date in it, and nothing else but chrome after
    the header to the page's end: the article ended above the header.  A header with
    one line under it, or lines with no date, is left to the other rules.
    """
    order = sorted(views)
    for index in order:
        header = views[index].rstrip(" :")
        if index not in found or not _TEASER_HEADER_RE.fullmatch(header):
            continue
        if not any(i < index and i not in found and blocks.is_prose(views[i]) for i in order):
            continue
        rest = [i for i in order if i > index and i not in found]
        if len(rest) >= _TEASERS and all(
                _TEASER_DATE_RE.search(views[i]) and len(views[i].split()) <= _TEASER_WORDS
                for i in rest):
            for i in rest:
                found.setdefault(i, "related-story list")
            return


def _label_between_copies(lines: Sequence[str | None], views: dict[int, str],
                          found: dict[int, str], title: int, copy: int) -> int | None:
    """The one line between a headline and its copy when it is a segment's label
    (:func:`repeats.is_segment_label`) set apart by blank lines, and the copy stands
    right over the article's prose, blank lines apart; else None."""
    standing = [i for i in range(title + 1, copy) if i not in found and (lines[i] or "").strip()]
    if len(standing) != 1 or not all(
            not (lines[i] or "").strip() for i in (standing[0] - 1, standing[0] + 1)):
        return None
    after = next((i for i in sorted(views) if i > copy and i not in found), None)
    if (not repeats.is_segment_label(views.get(standing[0], ""), views.get(title, ""))
            or after is None or any((lines[i] or "").strip() for i in range(copy + 1, after))
            or not blocks.is_prose(views[after])):
        return None
    return standing[0]


#: Copies of a heading set over paragraphs of the body that show a picture's text.
_PICTURE_TITLES = 2
#: The lines at the page's top whose copies are looked for below.
_HEAD_LINES = 6


def _take_title_over_pictures(lines: Sequence[str | None], views: dict[int, str],
                              found: dict[int, str]) -> None:
    """Copies of a heading over the article's first paragraph, two or more down in the
    body, each set right over a paragraph's first line with a blank line above it.

    A blog's theme gives each picture in a post the post's title as its text ("Spicy
    Potato Wedges …" over a paragraph, twice; "winter wildlife" in lower case): where the
    pictures went, their text stays glued over the paragraph that followed.  A heading an
    author repeats in the body stands apart, or once.

    >>> lines = ["Potato Wedges with Dip", "",
    ...          "Potato wedges are much loved by the teens in my house, who eat them daily.",
    ...          "", "potato wedges with dip",
    ...          "On my quest for the perfect wedge, I found they need to be boiled first.",
    ...          "", "Potato Wedges with Dip",
    ...          "These wedges stay crunchy for hours after they have come out of the oven."]
    >>> found = {}
    >>> _take_title_over_pictures(lines, {i: t for i, t in enumerate(lines) if t}, found)
    >>> sorted(found)
    [4, 7]
    """
    order = [i for i in sorted(views) if i not in found]
    first = next((k for k, i in enumerate(order[:_HEAD_LINES + 1])
                  if blocks.is_prose(views[i])), None)
    if first is None:
        return
    head = {views[i].casefold() for i in order[:first]
            if 2 <= len(views[i].split()) <= _SECTION_WORDS * 2
            and not page.SENTENCE_END_RE.search(views[i])}
    copies = [i for i in order[first + 1:] if views[i].casefold() in head
              and not (lines[i - 1] or "").strip() and i + 1 in views and i + 1 not in found
              and blocks.is_prose(views[i + 1])]
    by_text: dict[str, list[int]] = {}
    for index in copies:
        by_text.setdefault(views[index].casefold(), []).append(index)
    for same in by_text.values():
        if len(same) >= _PICTURE_TITLES:
            found.update({i: "a picture's text repeating the title" for i in same})


def _take_repeated_title(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str]) -> None:
    """Drop later copies of the title line (og:title, caption or breadcrumb residue).

    The title is the first one-line paragraph among the first lines that reads
    like a headline (three or more words, no digits, no closing full stop);
    only a copy within a few lines of it is residue (a caption, an og:title).
    Where only chrome stands between the two (a line of it at least) and the later
    copy is set directly over a line of five words or more (its caption, its
    standfirst), the earlier one, standing alone, goes instead: the output keeps
    the title with the lines it was printed with.
    A copy with a teaser (a sentence of prose) and a date line between it and the
    title is the article's own headline over its text, as a blog or a magazine prints
    it: the top carries the title over its standfirst, the article the date over the
    headline again.  That copy stays, as the title does: neither is residue.
    """
    def blank(i: int) -> bool:
        return i < 0 or i >= len(lines) or i in found or not (lines[i] or "").strip()

    title_index = None
    for index in [i for i in sorted(views) if i not in found][:6]:
        text = views[index]
        if (blank(index - 1) and blank(index + 1) and _headline_like(text)
                and len(text.split()) >= 3 and not any(ch.isdigit() for ch in text)):
            title_index = index
            break
    if title_index is None:
        return
    title = views[title_index]
    if sum(views[i] == title for i in views) >= 3:
        return   # a refrain ("Oh, shining tree"), not the residue of a title
    title_words = title.lower().split()
    # Lines still standing before each index, counted once: lines already gone count for
    # nothing (a second cleaning would not see them).
    standing = [0]
    for line in lines:
        standing.append(standing[-1] + (line is not None))
    for index in sorted(views):
        if index <= title_index or index in found:
            continue
        near = standing[index] - standing[title_index] <= _TITLE_ECHO_LINES
        if (near and views[index] == title and not _heads_a_box(lines, index)
                and not _headline_over_its_article(views, found, title_index, index)
                and not _heads_a_section_after_the_lead(lines, views, found, title_index, index)):
            under = views.get(index + 1, "")
            if title_index not in found and _name_twice_over_headline(
                    lines, views, found, title_index, index):
                found[title_index] = found[index] = "the site's name printed twice"
            elif (title_index not in found and index + 1 not in found
                    and len(under.split()) >= _CAPTION_WORDS
                    and all(blank(i) for i in range(title_index + 1, index))
                    and (any(i in found for i in range(title_index + 1, index))
                         or _under_a_date_header(lines, views, found, title_index))):
                # Only chrome between the two, and the copy set over a line of its own
                # (a caption, a standfirst): the copy standing alone goes, and the title
                # keeps the lines it was printed with.  So too where a blog's date header
                # stands over the lone copy: the post's title, then the story it reposts
                # with its own headline, subheading and dateline.
                found[title_index] = "repeated title"
            elif (label := _label_between_copies(
                    lines, views, found, title_index, index)) is not None:
                # A show page's segment label between its headline's two copies ("Give If
                # You Can" / "Today's The Day" / "Give If You Can" / the story): the copy
                # over the story is the story's; the first copy and the label go.
                found[title_index] = "copy of a line below it"
                found[label] = "label between two copies of the headline"
            else:
                found[index] = "repeated title"
        elif _is_slug_of(views[index], title_words):
            found[index] = "title slug"


def _under_a_date_header(lines: Sequence[str | None], views: dict[int, str],
                         found: dict[int, str], index: int) -> bool:
    """Is the line set right under a paragraph that is a date alone, the page's first
    line still standing ("Friday, June 30, 2006")?  A blog prints its date header so."""
    above = [i for i in sorted(views) if i < index and i not in found]
    if len(above) != 1 or (lines[index - 1] or "").strip():
        return False
    from cms_i18n.clean.gaps import a_date_header  # gaps is read by this module's callers
    return a_date_header(views[above[0]])


# A headline under a name printed twice is longer than the name by this many words at least.
_NAME_MARGIN = 3
# The small words between a name's capitalised parts ("Mission of the … to the United Nations").
_NAME_LINK_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "&"})


def _name_twice_over_headline(lines: Sequence[str | None], views: dict[int, str],
                              found: dict[int, str], title: int, copy: int) -> bool:
    """Are the "title" and its copy a name the site prints twice, its logo's text and its
    header's, right over the page's own headline ("Permanent Mission of the Russian
    Federation to the United Nations", twice, over "Remarks to the Press by …")?

    The two stand one under the other, each alone; the line is a name (every word
    capitalised but the words linking a name's parts); the next line, alone too, is a
    headline longer by three words or more.  A title printed twice has its lead or its
    text under it, not another headline.
    """
    standing = [i for i in sorted(views) if i not in found]
    if title not in standing or copy not in standing:
        return False
    k = standing.index(copy)
    if standing.index(title) != k - 1 or k + 2 >= len(standing):
        return False
    below = standing[k + 1]

    def alone(i: int) -> bool:
        return all(j < 0 or j >= len(lines) or j in found or not (lines[j] or "").strip()
                   for j in (i - 1, i + 1))
    words, headline = views[copy].split(), views[below]
    return (alone(copy) and alone(below) and bool(words) and words[-1][:1].isupper()
            and all(w[:1].isupper() or w.lower() in _NAME_LINK_WORDS for w in words)
            and _headline_like(headline) and len(headline.split()) >= len(words) + _NAME_MARGIN)


def _headline_over_its_article(views: dict[int, str], found: dict[int, str],
                               title: int, copy: int) -> bool:
    """Between the title and its copy stand a teaser, then a date line: a sentence of
    prose (the standfirst under the title) and, below it, the article's date over the
    copy, which heads the article's text.  A date alone between the two (the title,
    its date, the title again) is a header printed twice, and one copy goes."""
    between = [views[i] for i in sorted(views) if title < i < copy and i not in found]
    teasers = [k for k, text in enumerate(between)
               if blocks.is_prose(text) and page.SENTENCE_END_RE.search(text)]
    return bool(teasers) and any(page._is_date(text) for text in between[teasers[0] + 1:])


# Sentences in a paragraph above a copy of the title that show the article has begun.
_LEAD_SENTENCES = 2


def _heads_a_section_after_the_lead(lines: Sequence[str | None], views: dict[int, str],
                                    found: dict[int, str], title: int, copy: int) -> bool:
    """Does this copy of the title head a part of the article below its opening paragraph?
    A paragraph of two sentences or more stands between the title and the copy, and the
    copy is a paragraph of its own over short lines, not prose: a recipe's card under the
    blogger's introduction ("soft orange cake" / a story of a mother's friend / "soft
    orange cake" / "for the cake" / "300gr unsalted butter").  The residue of a caption
    or an og:title stands next to the title, over the article's next paragraph of prose,
    or glued to the caption it was the picture's text for ("Обзор БНК: …" over "Фото с
    сайтов администраций …")."""
    if copy + 1 < len(lines) and (lines[copy + 1] or "").strip():
        return False
    between = [views[i] for i in sorted(views) if title < i < copy and i not in found]
    if not any(blocks.is_prose(text)
               and len(_SENTENCE_STOP_RE.findall(text)) >= _LEAD_SENTENCES
               for text in between):
        return False
    under = next((views[i] for i in sorted(views) if i > copy and i not in found), None)
    return under is not None and not blocks.is_prose(under)


# A box that names its subject over its rows: an infobox under an encyclopaedia's lead.
_BOX_ROWS = 3


def _heads_a_box(lines: Sequence[str | None], index: int) -> bool:
    """Does this copy of the title head a block of rows under it, no blank line between
    ("Collective Security Treaty Organization" / its names in six languages / "Formation" …)?
    An infobox names its subject over its rows; a caption's or og:title's copy has at
    most a credit under it."""
    rows = 0
    for line in lines[index + 1:index + 1 + _BOX_ROWS]:
        if line is None or not line.strip():
            break
        rows += 1
    return rows >= _BOX_ROWS


_AFTER_END_COPY = 4
# A source label whose link's text is the page's own title ("Source: What BRICS is talking
# about at its summit this week"): the link to the story itself, naming no publisher.
_SOURCE_LABEL_RE = re.compile(
    r"^(?:source|sources|πηγή|πηγές|πηγη|πηγες|источник|источники)\s*[:–—-]\s*", re.I)


def _take_title_at_end(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """The page's headline printed again below the article's last line of prose, with
    nothing after it but a few short lines: the footer's print or share panel, which
    repeats the title with its source and date ("… in Syria's Idlib" / "Source:Xinhua
    | 2019-09-20 01:33" / "Share to"), or behind a source label whose link it was
    ("Source: What BRICS is talking about at its summit this week"): a source line that
    names a publisher stays.  A text of short lines (verse) is left alone."""
    order = [i for i in sorted(views) if i not in found]
    if not order or not page.is_prose_document(views, found):
        return
    title = views[order[0]]
    if len(title.split()) < 3 or not _headline_like(title) or page.SENTENCE_END_RE.search(title):
        return

    def is_copy(index: int) -> bool:
        return _SOURCE_LABEL_RE.sub("", views[index]).casefold() == title.casefold()

    last_prose = max((i for i in order if blocks.is_prose(views[i]) and not is_copy(i)),
                     default=None)
    if last_prose is None or last_prose == order[0]:
        return
    after = [i for i in order if i > last_prose]
    copies = [i for i in after if is_copy(i)]
    if not copies:
        return
    rest = [i for i in after if i > copies[0]]
    if len(rest) <= _AFTER_END_COPY and all(
            len(views[i].split()) <= _DATELINE_WORDS and not page.SENTENCE_END_RE.search(views[i])
            for i in rest):
        # The title over the names of the people a photo shows, the line right under it
        # ("Γιώργος Καρατζάς – Μίμης Κανελλόπουλος"): the picture's alt text over its
        # caption; the alt text goes, the caption is the article's and stays.
        captions = [i for i in rest if i == copies[0] + 1 and blocks.names_people(lines[i] or "")]
        for index in [copies[0], *rest]:
            if index not in captions:
                found.setdefault(index, "the title again under the article")




# A link to follow what the page is about, closing it: "Subscribe to autumn leaves",
# "RSS feed for Security Council", "Follow Central Asia".
_FEED_OF_RE = re.compile(
    r"(?:subscribe to|follow|rss(?: feed)? (?:for|of)|feed (?:for|of)|подписаться на"
    r"|rss-лента|εγγραφείτε στο|ακολουθήστε το) (?P<topic>.+?)(?: rss(?: feed)?)?\W*", re.I)


def _take_feed_of_the_page(views: dict[int, str], found: dict[int, str]) -> None:
    """A tag's or a topic's page closes with a link to follow that topic, named as the
    page's heading names it ("autumn leaves" … "Subscribe to autumn leaves"): the
    repetition of the heading in a call to follow is the site's, however short the
    heading, where a call to follow something else may be the text's own."""
    order = [i for i in sorted(views) if i not in found]
    if len(order) < 3:
        return
    match = _FEED_OF_RE.fullmatch(views[order[-1]])
    if match and match.group("topic").casefold() == views[order[0]].casefold():
        found[order[-1]] = "a link to follow the page's topic"


def _is_slug_of(text: str, title_words: list[str]) -> bool:
    """A page's URL slug or tag echoing its title: lower-case words, in the title's order.

    >>> _is_slug_of("ten more countries want join the shanghai cooperation",
    ...             "ten more countries want to join the shanghai cooperation organization".split())
    True
    >>> _is_slug_of("countries want to join", "ten more countries want to join the sco".split())
    False
    """
    words = text.split()
    if len(words) < 5 or not _SLUG_RE.fullmatch(text):
        return False
    rest = iter(title_words)
    return all(word in rest for word in words)


def inline_edits(line: str) -> list[Edit]:
    """Edits removing chrome glued into a sentence: ADVERTISEMENT, ", opens new tab", the
    bar a carousel left after a photo's credit closing its caption (the credit stays).

    >>> edits = inline_edits("the minister said. ADVERTISEMENT The meeting")
    >>> [(e.before, e.after) for e in edits]
    [('ADVERTISEMENT ', '')]
    >>> [(e.before, e.after) for e in inline_edits("said on Wednesday, opens new tab.")]
    [(', opens new tab', '')]
    >>> [(e.before, e.after) for e in inline_edits(
    ...     "Members of the Council vote on a draft in New York. [Photo/Agencies] |")]
    [(' |', '')]
    >>> inline_edits("Ministers meet the press in Nairobi. [Photo by Willis Awandu/Standard]")
    []
    >>> [(e.before, e.after) for e in inline_edits("Xinhua, May 2, 2024 Adjust font size:")]
    [(' Adjust font size:', '')]
    >>> [(e.before, e.after) for e in inline_edits("COMMITMENT TO PEACE Print E-mail")]
    [(' Print E-mail', '')]
    >>> inline_edits("He asked us to Print E-mail")
    []
    >>> [(e.before, e.after) for e in inline_edits("February 07, 2017 2 min read")]
    [(' 2 min read', '')]
    >>> inline_edits("I read it in 2 min read")
    []
    >>> inline_edits("In 2015 the paper changed its font size:")
    []
    """
    edits: list[Edit] = []
    if "ADVERTISEMENT" in line and any(ch.islower() for ch in line):
        for match in _INLINE_AD_RE.finditer(line):
            start, end = match.span()
            if end < len(line) and line[end] == " ":
                end += 1
            elif start > 0 and line[start - 1] == " ":
                start -= 1
            edits.append(Edit(start, line[start:end], "", "chrome", "advertisement"))
    if line.endswith(")") and "(" in line:
        more = _INLINE_MORE_RE.search(line)
        if more and more.start() > 0:
            edits.append(Edit(more.start(), more.group(), "", "chrome", "read-more link"))
    if line.endswith(("|", "¦")) and "[" in line:
        credit = _INLINE_CREDIT_RE.search(line)
        if credit and credit.start() > 0 and blocks.is_prose(line[:credit.start()]):
            edits.append(Edit(credit.start("bar"), credit.group("bar"), "", "chrome",
                              "separator after a photo credit"))
    buttons = _INLINE_ARTICLE_BUTTONS_RE.search(line) if line.endswith("mail") else None
    title = line[:buttons.start()] if buttons else ""
    # a title's words, two at least, in title case or capitals (a toolbar's "Save Print
    # E-mail" is a line of buttons, and goes whole)
    if buttons and len(title.split()) >= 2 and not page.SENTENCE_END_RE.search(title) \
            and all(word[:1].isupper() for word in title.split() if len(word) > 3):
        edits.append(Edit(buttons.start(), buttons.group(), "", "chrome",
                          "article buttons after the title"))
    reading = _INLINE_READING_TIME_RE.search(line) if "read" in line.casefold() else None
    if reading and reading.start() > 0 and page.DATELINE_RE.search(line[:reading.start()]) \
            and len(line[:reading.start()].split()) <= _INLINE_SETTINGS_WORDS:
        edits.append(Edit(reading.start(), reading.group(), "", "chrome",
                          "reading time after the date"))
    settings = _INLINE_SETTINGS_RE.search(line)
    if settings and settings.start() > 0:
        before = line[:settings.start()]
        # The line before it is a dateline: a date, and no word of a sentence in lower case.
        if (len(before.split()) <= _INLINE_SETTINGS_WORDS and page.DATELINE_RE.search(before)
                and not re.search(r"(?<![\w.])[^\W\d_A-ZА-ЯΑ-Ω]", before)):
            edits.append(Edit(settings.start(), settings.group(), "", "chrome",
                              "reading-settings control"))
    if "new tab" in line or "new window" in line:
        edits.extend(Edit(m.start(), m.group(), "", "chrome", "link residue")
                     for m in _INLINE_LINK_RE.finditer(line))
    edits.extend(_gapped_link(line))
    edits.extend(_glued_reading_link(line))
    edits.extend(_glued_site_tail(line))
    edits.extend(_icon_before_date(line))
    edits.extend(_glued_label(line))
    edits.extend(_glued_copy(line))
    edits.extend(_glued_alt_text(line))
    edits.extend(_glued_file_name(line))
    edits.extend(_glued_file_title(line))
    return edits


# A picture's title made from its file's name ("Jenny-Hancock2", "Celina_Ribeiro") glued
# after the sentence its caption closes, or before the words it names.
_FILE_TITLE_TAIL_RE = re.compile(r"(?<=[.!?])(?P<name>[A-Z][^\W\d_]+(?:[-_][A-Z][^\W\d_]+)+"
                                 r"[-_]?\d{0,4})[ \t]*$")
# A camera's or an upload's file name ("img_u3a", "DSC_0412") after a sentence's stop.
_CAMERA_NAME_TAIL_RE = re.compile(r"(?<=[.!?…”\"’)])(?:img|image|dsc|dscn|pic|photo)[_-]"
                                  r"[\w-]{1,40}$", re.IGNORECASE)
_FILE_TITLE_HEAD_RE = re.compile(r"^(?P<name>[A-Z][^\W\d_]+(?:_[A-Z][^\W\d_]+)+)(?=[A-Z])")


def _glued_file_title(line: str) -> list[Edit]:
    """A picture's title made from its file's name, glued to the caption that names the
    same person or thing: after its last full stop ("… well received by the
    members.Jenny-Hancock2", under "Jenny Hancock (pictured) said …") or before its first
    words ("Celina_RibeiroCelina Ribeiro – Fundraising magazine").  An author writes a
    space after a full stop, and no underscore between a name's words.  A camera's or an
    upload's name glued after a paragraph's last stop names nothing the text says, and
    goes too ("… and, yes – sex.”img_u3a").

    >>> [e.before for e in _glued_file_title("Jenny Hancock (pictured) said it went well."
    ...                                      "Jenny-Hancock2")]
    ['Jenny-Hancock2']
    >>> [e.before for e in _glued_file_title("Celina_RibeiroCelina Ribeiro – editor")]
    ['Celina_Ribeiro']
    >>> _glued_file_title("The talks ended.Jean-Paul"), _glued_file_title("It rained.New-York")
    ([], [])
    >>> [e.before for e in _glued_file_title(
    ...     "We have discussed over 80 subjects at the meetings this year.”img_u3a")]
    ['img_u3a']
    """
    edits = []
    camera = _CAMERA_NAME_TAIL_RE.search(line)
    if camera is not None and len(line[:camera.start()].split()) >= _GLUED_READ_WORDS:
        edits.append(Edit(camera.start(), camera.group(), "", "chrome",
                          "a picture's file name glued after the text"))
    tail = _FILE_TITLE_TAIL_RE.search(line)
    if tail is not None:
        words = re.split(r"[-_]", tail.group("name").rstrip("0123456789-_"))
        said = line[:tail.start()].casefold()
        if all(re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", said) for w in words):
            edits.append(Edit(tail.start(), tail.group("name"), "", "chrome",
                              "an image's title glued to its caption"))
    head = _FILE_TITLE_HEAD_RE.match(line)
    if head is not None and line[head.end():].startswith(head.group("name").replace("_", " ")):
        edits.append(Edit(0, head.group("name"), "", "chrome",
                          "an image's title glued to its caption"))
    return edits


# A picture's file name opening a paragraph, before the capital of its first sentence
# ("20130312-084631.jpg Having been away …"), or a camera's name for it with no ending, the
# title its uploader gave it after the number ("DSC_7464-cra-timed-race-2011-results The …").
_GLUED_FILE_RE = re.compile(r"(?P<name>[\w%~-][\w.%~-]*\.(?i:jpe?g|png|gif|webp|bmp|tiff?)"
                            r"|(?i:dscf?|dsc_|dscn|img_|imgp|pict|gopr|mvi_|pxl_)\d{3,8}"
                            r"(?:[-_][a-z0-9]+)*)[ \t]+(?=[A-ZА-ЯЁΑ-ΩΆ-Ώ])")


def _glued_file_name(line: str) -> list[Edit]:
    """A picture's file name run into the paragraph its picture stood over: it goes.

    A blog that sets a photo before each paragraph leaves, once the photo is dropped, its
    file's name ("20130312-084631.jpg") before the paragraph's first word.  Only before
    a sentence in capitals that reads as prose: a file name an author writes stands
    inside their sentence.

    >>> [e.before for e in _glued_file_name("20130312-084631.jpg Having been away for a "
    ...                                      "week, I walk around and see what came in.")]
    ['20130312-084631.jpg ']
    >>> [e.before for e in _glued_file_name("DSC_7464-cra-timed-race-2011-results The CRA "
    ...                                      "timed race is sort of the rowing-on race.")]
    ['DSC_7464-cra-timed-race-2011-results ']
    >>> _glued_file_name("logo.png is the file the theme reads for the site's header.")
    []
    """
    match = _GLUED_FILE_RE.match(line)
    if match is None or not blocks.is_prose(line[match.end():]):
        return []
    return [Edit(0, line[:match.end()], "", "chrome", "picture's file name")]


# A picture's alt text glued before its caption: a few words in lower case, the last one
# run into the caption's capital ("hose pumping waterSurvivors of the typhoon wait …").
_GLUED_ALT_RE = re.compile(
    r"(?P<alt>[A-ZА-ЯЁΑ-ΩΆ-Ώ]?[^\W\d_A-ZА-ЯЁΑ-ΩΆ-Ώ]*(?: [^\W\d_A-ZА-ЯЁΑ-ΩΆ-Ώ]+){1,7}"
    r"[^\W\d_A-ZА-ЯЁΑ-ΩΆ-Ώ])"
    r"(?=[A-ZА-ЯЁΑ-ΩΆ-Ώ][^\W\d_A-ZА-ЯЁΑ-ΩΆ-Ώ]|I )")
# A word called as a function right after the capital: the capital is inside a name in
# camel case ("digitalWrite()"), no caption's first word.
_FUNCTION_CALL_RE = re.compile(r"\w+\(")
#: An alt text written as a sentence opens with a capital ("A man listening to another man
#: talk"): then it runs to this many words, more than a line of prose glued to a brand's
#: name in its first few words ("Get the appStore …") would.
_GLUED_ALT_CAPITAL_WORDS = 4
#: The caption after it is a sentence of this many words or more.
_GLUED_ALT_CAPTION_WORDS = 8


#: A line run on past its first sentence: this many words, its end no sentence's.
_GLUED_ALT_LONG_WORDS = 20


def _glued_alt_text(line: str) -> list[Edit]:
    """A picture's alt text glued before its caption, opening the line: it goes.

    A page prints a picture's description for the blind ("hose pumping water") and the
    caption under it; a scraper that drops the picture glues the two.  The line opens
    with two words or more in lower case, the last run into the capital of a sentence
    that ends as one: no sentence opens so, and a brand's capital inside a word
    ("iPhone", "eBay") has no lower-case words before it.

    >>> [e.before for e in _glued_alt_text(
    ...     "hose pumping waterSurvivors of the typhoon wait for a plane at the airport.")]
    ['hose pumping water']
    >>> _glued_alt_text("iPhone sales rose in March, and the company said so today.")
    []
    >>> [e.before for e in _glued_alt_text("A man listening to another man talkTo let us know "
    ...                                    "about your research, please contact the team.")]
    ['A man listening to another man talk']
    >>> _glued_alt_text("Get the appStore version to read the guide on your phone today.")
    []
    >>> _glued_alt_text("see the new appStore today")
    []
    >>> _glued_alt_text("Notice that the way we use digitalWrite() looks similar to pinMode() "
    ...                 "that we saw earlier.")
    []

    The pronoun "I" opens a sentence too:

    >>> [e.before for e in _glued_alt_text("flash fictionI recently came across a thread "
    ...     "that led me to a new book on writing flash fiction, with exercises by editors, "
    ...     "teachers and writers in the field")]
    ['flash fiction']
    """
    match = _GLUED_ALT_RE.match(line)
    if match is None or (match.group("alt")[:1].isupper()
                         and len(match.group("alt").split()) < _GLUED_ALT_CAPITAL_WORDS):
        return []
    if _FUNCTION_CALL_RE.match(line, match.end()):
        return []       # a function's name in camel case ("we use digitalWrite() …")
    caption = line[match.end():].strip()
    # (a long line runs on past the sentence it opens: a paragraph's first line)
    if len(caption.split()) < _GLUED_ALT_CAPTION_WORDS or not (
            page.SENTENCE_END_RE.search(caption)
            or len(caption.split()) >= _GLUED_ALT_LONG_WORDS):
        return []
    return [Edit(0, match.group("alt"), "", "chrome", "a picture's alt text glued to its caption")]


#: A line printed twice glued into one is a caption's or a sentence's copy: this many words.
_GLUED_COPY_WORDS = 5


def _glued_copy(line: str) -> list[Edit]:
    """A line that is one text printed twice, the copy glued to it ("… St Julian’s.
    Credit: DOIThe MoU was signed … Credit: DOI"): the copy goes.

    A page prints a picture's caption over it and again under it (or in its lightbox);
    a scraper that drops the break between them glues the two into one line.  No author
    types the same words twice in a row on one line, the second run into the first's
    last letter; a short cry repeated ("Go, go, go") is no caption, and a line saying a
    sentence twice with other words between keeps all.

    >>> [e.before for e in _glued_copy("The MoU was signed at the palace. Credit: DOI"
    ...                                "The MoU was signed at the palace. Credit: DOI")]
    ['The MoU was signed at the palace. Credit: DOI']
    >>> _glued_copy("Again and again. Again and again."), _glued_copy("Never mind, never mind")
    ([], [])
    >>> _glued_copy("old ledgers stacked on a shelf old ledgers stacked on a shelf")
    []
    """
    text = line.rstrip()
    half, odd = divmod(len(text), 2)
    first, second = text[:half], text[half:]
    # Glued with no blank between: copies set apart by a blank ("alt text alt text") are
    # a picture's text printed twice, which the rules on lines judge whole.
    if odd or first != second or first != first.strip() or not first[:1].isupper() \
            or len(first.split()) < _GLUED_COPY_WORDS:
        return _glued_caption_copy(line)
    return [Edit(half, line[half:], "", "chrome", "a line printed twice, glued")]


# The credit a caption's second printing carries after it: "(Image: Met Office)", "(Photo:
# AP)", " Credit: DOI", " Фото: ТАСС".
_CAPTION_CREDIT_RE = re.compile(
    r"\s*(?:\((?:image|photo|picture|pic|credit|source|foto|фото|φωτ(?:ο|ογραφία))\s*:[^()]{1,60}\)"
    r"|(?:credit|photo|image|picture|фото|φωτο)\s*:.{1,60})", re.IGNORECASE)
#: A caption printed twice with its credit after the second copy: this many words at least.
_GLUED_CAPTION_WORDS = 3


def _glued_caption_copy(line: str) -> list[Edit]:
    """A picture's caption printed twice and glued, its credit after the second copy only
    ("The weather warning areaThe weather warning area (Image: Met Office)"): the page
    prints the alt text, then the caption with its credit.  The first copy goes, the
    caption keeps its credit.  The credit shows the words are a caption, so a caption of
    three words is enough; no author runs a phrase into itself with no space between.

    >>> [e.before for e in _glued_caption_copy(
    ...     "The weather warning areaThe weather warning area (Image: Met Office)")]
    ['The weather warning area']
    >>> _glued_caption_copy("Bridge works (Image: Met Office)")
    []
    """
    text = line.rstrip()
    for size in range(len(text) // 2, 0, -1):
        first = text[:size]
        if text[size:2 * size] != first or not _CAPTION_CREDIT_RE.fullmatch(text[2 * size:]):
            continue
        if (first == first.strip() and first[:1].isupper() and first[-1:].isalnum()
                and len(first.split()) >= _GLUED_CAPTION_WORDS):
            return [Edit(0, line[:size], "", "chrome", "a caption printed twice, glued")]
    return []


# A page's label and its items glued to a sentence's end with no space between
# ("… μέσα στὶς λέξεις.Κατηγορίες: Ποιήματα"): a few words before the colon, a few after.
_GLUED_LABEL_RE = re.compile(
    r"(?<=[.!?…»”\"])(?P<words>[A-ZА-ЯЁΑ-ΩΆ-Ώ][^\W\d_]*(?: [^\W\d_]+){0,2}:[ \u00a0]?"
    r"[^.!?:]{1,80}?)[ \t]*$")


def _glued_label(line: str) -> list[Edit]:
    """A blog's label of the post ("Categories: Poems", "Κατηγορίες: Ποιήματα", "Метки: …")
    glued to the last sentence of the text, with no space after its full stop.

    A theme prints the label in a box of its own under the post; a scraper that drops
    the box's break glues it to the text's last word.  An author writes a space after a
    full stop, and "Tags:" inside a sentence is no label ``closing.txt`` knows: both stay.

    >>> [e.before for e in _glued_label("Φτερούγισαν μέσα στὶς λέξεις.Κατηγορίες: Ποιήματα")]
    ['Κατηγορίες: Ποιήματα']
    >>> _glued_label("We walked home. Categories: none of them mattered")
    []
    >>> _glued_label("The file was saved.Note: it is read-only")
    []
    """
    match = _GLUED_LABEL_RE.search(line)
    if match is None or not line[:match.start()].strip(" .!?…»”\"") \
            or closing_kind(match.group("words")) != "label":
        return []
    return [Edit(match.start(), line[match.start():], "", "chrome",
                 "label glued to the last sentence")]


def _glued_reading_link(line: str) -> list[Edit]:
    """A link to the rest of the text run into the paragraph it closes.

    A preview's "Read full article" or "Continue Reading" loses the markup that set it
    apart and comes out glued to the last sentence, after its full stop or its comma.  A
    tail of a few capitalised words that ends no sentence and that ``closing.txt`` calls a
    reading link or a list's header, as a line of its own, goes; the sentence before it
    stays whole.  The same words inside a sentence, or as a sentence of their own with its
    full stop, are the author's.

    >>> [e.before for e in _glued_reading_link(
    ...     "The accession of Nigeria was announced on Friday, a statement from the ministry read."
    ...     " Read full article")]
    [' Read full article']
    >>> [e.before for e in _glued_reading_link(
    ...     "He highlighted the trust between the ministry of health and the healthcare"
    ...     " system,Continue Reading")]
    ['Continue Reading']
    >>> _glued_reading_link("She told them to continue reading")
    []
    >>> [e.before for e in _glued_reading_link(
    ...     "We had no choice but to comply with the directives, which are for our well-being."
    ...     "  To read on click here")]
    ['  To read on click here']
    >>> _glued_reading_link("Critics were not impressed. Read more.")
    []

    A teaser the site cut off inside a sentence takes its link after the last word, a
    capital and an ellipsis marking it ("… Сергей Орлов, заместитель Читать дальше…");
    the teaser keeps its cut end.

    >>> [e.before for e in _glued_reading_link(
    ...     "На встрече были глава управы и первый заместитель Сергей Орлов, заместитель"
    ...     " Читать дальше…")]
    [' Читать дальше…']
    >>> _glued_reading_link("The minister said he would read more… later")
    []

    The teaser's last sentence, cut after a full stop, does not hide the link after it:

    >>> [e.before for e in _glued_reading_link(
    ...     "Каждую весну проводится месячник по благоустройству. Весна — это Читать далее …")]
    [' Читать далее …']

    A teaser cut by its ellipsis takes the link after it in any case, and with it the
    post's title that a theme prints after the link's words for screen readers:

    >>> [e.before for e in _glued_reading_link(
    ...     "I saved four of them and later cut a … Continue reading Preserving Odd Bits of Wood")]
    [' Continue reading Preserving Odd Bits of Wood']
    >>> [e.before for e in _glued_reading_link(
    ...     "I am excited to lead the delegation as a full member…… read more")]
    [' read more']
    >>> _glued_reading_link("He paused… Continue reading the letter, she said, was hard.")
    []

    So does a Greek feed's link after its teaser's bracketed ellipsis, its own dots after
    it ("… Οι λαοί της περιοχής […]Περισσότερα ..."): the bracket stays.

    >>> [e.before for e in _glued_reading_link(
    ...     "«Η Μέση Ανατολή βρίσκεται στο χείλος της αβύσσου. Οι λαοί της περιοχής […]"
    ...     "Περισσότερα ...")]
    ['Περισσότερα ...']

    A link marked as one, by its arrow or by the site it sends the reader to, goes from
    a wrapped paragraph's last line too:

    >>> [e.before for e in _glued_reading_link(
    ...     "much to the annoyance of residents. READ FULL ARTICLE>>")]
    [' READ FULL ARTICLE>>']
    >>> [e.before for e in _glued_reading_link(
    ...     "Growth slowed on the continent to. Read more on livemint.com")]
    [' Read more on livemint.com']
    >>> _glued_reading_link("The minister said she would read more.")
    []

    A theme's "more" tag in brackets after the teaser's last sentence goes too; an
    author's bracketed aside stays:

    >>> [e.before for e in _glued_reading_link(
    ...     "Сотрудники библиотечной системы провели мероприятия, посвященные этому дню. (далее…)")]
    [' (далее…)']
    >>> _glued_reading_link("The choir sang three hymns before the service. (More later.)")
    []
    """
    for pattern, note in ((_MARKED_READ_RE, "reading link glued to the paragraph"),
                          (_BRACKETED_MORE_RE, "reading link after the teaser")):
        found = pattern.search(line)
        if found is not None and len(line[:found.start()].split()) >= _GLUED_READ_WORDS:
            return [Edit(found.start(), line[found.start():], "", "chrome", note)]
    cut = _CUT_TEASER_READ_RE.search(line)
    if (cut is not None and len(cut.group("words").split()) <= _CUT_TEASER_TITLE_WORDS
            and len(line[:cut.start()].split()) >= _GLUED_READ_WORDS):
        return [Edit(cut.start(), line[cut.start():], "", "chrome",
                     "reading link after a cut teaser")]
    for pattern in (_GLUED_READ_RE, _TRUNCATED_READ_RE):
        # Each shape in turn: the cut teaser's last sentence, which opens after a stop,
        # is no link, but its last words may still be one ("Весна — это Читать далее …").
        match = pattern.search(line)
        if match is None or len(match.group("words").split()) > _GLUED_LINK_WORDS:
            continue
        before = line[:match.start()]
        if (len(before.split()) < _GLUED_READ_WORDS or not blocks.is_prose(before)
                or closing_kind(match.group("words")) != "list"):
            continue
        start = match.start()
        return [Edit(start, line[start:], "", "chrome", "reading link glued to the paragraph")]
    return []


# A site's label or call run into the paragraph it closes, after the last sentence's stop:
# a permalink's label whose link was lost ("… на назначение. Постоянная ссылка на новость:")
# and a call to the site's channel, a marker before it ("… МИДа. 🔴 Подпишись на «Говорит
# Москва»").  The words are the site's own, never a sentence's: a label ends in its colon, a
# call names its channel in quotes.
_GLUED_SITE_TAIL_RE = re.compile(
    r"(?<=[.!?…\"”»)])[ \u00a0]+(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \u00a0]*)*"
    r"(?:(?:постоянная ссылка|прямая ссылка|ссылка)"
    r"(?: на (?:новость|статью|материал|запись|публикацию))?"
    r"|permalink|permanent link(?: to this (?:article|story|post|page))?"
    r"|μόνιμος σύνδεσμος|bookmark the permalink|lien permanent|enlace permanente)[ \t]*:[ \t]*$"
    r"|(?<=[.!?…\"”»)])[ \u00a0]+(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \u00a0]*)*"
    r"(?:подпишись|подписывайтесь|подпишитесь|subscribe to|follow|εγγραφείτε στο|ακολουθήστε το)"
    r" (?:на )?(?:(?:наш|наш канал|канал|our|the) )?(?:в [\w-]+ )?[«\"“][^«»\"“”]{1,40}[»\"”]"
    r"(?: (?:в|on|in|на|στο) [\w -]{1,20})?[ \t]*$", re.I)


# An icon's name left before the date or the time it stood beside ("icon 29/09/2023",
# "calendar icon 12.03.2024", "clock icon 19:08"): the date is the article's, the word the
# theme's.
_ICON_BEFORE_DATE_RE = re.compile(
    r"^(?P<icon>(?:(?:calendar|clock|date|time|post-date|date-icon) )?icon(?: (?:calendar|clock))?"
    r"|иконка|значок)[ \t]+(?=\d{1,4}[./:-]\d{1,2}(?:[./:-]\d{1,4})?[ \t]*$)", re.I)


def _icon_before_date(line: str) -> list[Edit]:
    """An icon's name before a date or a time alone on the line: the name goes.

    >>> [e.before for e in _icon_before_date("icon 29/09/2023")]
    ['icon ']
    >>> _icon_before_date("icon 29/09/2023 was the day the icon was painted")
    []
    """
    match = _ICON_BEFORE_DATE_RE.match(line)
    if match is None:
        return []
    return [Edit(0, match.group(), "", "chrome", "an icon's name before the date")]


def _glued_site_tail(line: str) -> list[Edit]:
    """A permalink's label or a call to the site's channel glued after the last sentence.

    >>> [e.before for e in _glued_site_tail(
    ...     "Россия дала агреман на назначение. Постоянная ссылка на новость:")]
    [' Постоянная ссылка на новость:']
    >>> [e.before for e in _glued_site_tail(
    ...     "… директора департамента Северной Атлантики МИДа. 🔴 Подпишись на «Говорит Москва»")]
    [' 🔴 Подпишись на «Говорит Москва»']

    The same words inside the sentence stay:

    >>> _glued_site_tail("Он дал постоянную ссылку на новость: она не работает.")
    []
    """
    match = _GLUED_SITE_TAIL_RE.search(line)
    # A sentence's worth of words before it: a label of its own on a line is chrome.txt's.
    if match is None or len(line[:match.start()].split()) < _GLUED_READ_WORDS:
        return []
    return [Edit(match.start(), match.group(), "", "chrome", "site's label glued to the paragraph")]


def _gapped_link(line: str) -> list[Edit]:
    """A link closing a paragraph, set apart from its last sentence by a converter's gap.

    Three blanks or more after a sentence's end, then a few words with no full stop of
    their own that the page's rules take for chrome as a line of their own ("Download
    the full statement here", "Read more"): the link of a cell or a button beside the
    paragraph.  An author's spacing after a full stop opens a sentence, which ends in
    one, and words that are no chrome stay.

    >>> [e.before for e in _gapped_link("It threatens peace in the world.   Download the full"
    ...                                   " statement here")]
    ['   Download the full statement here']
    >>> _gapped_link("We met on Monday.   Download the report, read it, and write back.")
    []
    >>> _gapped_link("We met on Monday.   The signs are all around")
    []

    A link back to the page's list needs two blanks only, after a date too:

    >>> [e.before for e in _gapped_link("9th March 2010  Back to News")]
    ['  Back to News']
    >>> _gapped_link("He wanted to go  back to school after the summer")
    []
    """
    back = _GAPPED_BACK_RE.search(line) if "  " in line else None
    if back is not None and back.start() > 0 and is_chrome(view(back.group("tail"))):
        return [Edit(back.start("tail"), back.group("tail"), "", "chrome",
                     "link after a gap")]
    if "   " not in line and "\t" not in line and "\u00a0" not in line:
        return []
    match = _GAPPED_TAIL_RE.search(line)
    if (match is None or len(match.group("words").split()) > _GAPPED_TAIL_WORDS
            or not is_chrome(view(match.group("words")))):
        return []
    return [Edit(match.start("tail"), match.group("tail"), "", "chrome", "link after a gap")]


# A flattened layout table's bar left at the edge of a line of prose ("| The council met on
# Monday. |", "The council met on Monday. |"): a cell's border, not a Markdown table's row,
# which has a bar between its cells and a ruled line under its header.
_EDGE_BARS_RE = re.compile(
    r"(?P<lead>[ \t]*[|¦][ \t]+)?(?P<body>[^|¦]*?)(?P<trail>(?:[ \t]+[|¦])+[ \t]*)")
_TRAILING_BARS_RE = re.compile(r"(?:[ \t]+[|¦])+[ \t]*$")
_RULED_ROW_RE = re.compile(r"\s*\|?\s*:?-{3,}")
# A caption's sentence closed by its photo's credit: "… on September 9, 2020. Photo: VGP".
_CLOSING_CREDIT_RE = re.compile(
    r"[.!?]\s+(?:photo|photos|image|credit|source|ảnh)\s*[:–—-]\s*[^.!?|¦]{1,40}$", re.I)
_BARRED_PROSE_WORDS = 6


def table_bars(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, list[Edit]]:
    """The bars a flattened layout table left at the edges of a line of prose.

    A page laid out in a table keeps its cells' borders when a scraper flattens it:
    a paragraph comes out ending in " |", at times opening with "| " as well.  A line
    of prose (six words or more, a sentence ending before the bar, a caption's
    sentence and its photo's credit, "… 2020. Photo: VGP |", or a caption with no full
    stop, "Foreign Ministers at the meeting in Bangkok |") with a bar at its end and
    none inside loses its bars, and so do a source line alone ("Источник: culture.ru |")
    with no row of a table beside it and the title in the table's first cell right over
    the article's first paragraph ("Визбор Юрий |" over the song's text); a line with no
    sentence elsewhere, a
    Markdown table (a ruled row under its header, bars between its cells), a
    reStructuredText line block ("| A line of verse," with no bar at its end) and code
    keep theirs.

    >>> edits = table_bars(["| The council met in Astana on Monday to discuss transit. |"],
    ...                    [False])
    >>> [(e.before, e.after) for e in edits[0]]
    [('| ', ''), (' |', '')]
    >>> table_bars(["| Name | Role |", "|------|------|", "| Anna Berg. |  |"], [False] * 3)
    {}
    >>> [(e.before, e.after) for e in table_bars(["Источник: culture.ru |"], [False])[0]]
    [(' |', '')]
    """
    if any(line and _RULED_ROW_RE.match(line) for line in lines):
        return {}
    edits: dict[int, list[Edit]] = {}
    for index, line in enumerate(lines):
        if line is None or code[index]:
            continue
        if not line.rstrip().endswith(("|", "¦")):
            lead = _bar_over_its_cell(lines, code, index)
            if lead:
                edits[index] = [Edit(0, lead, "", "chrome", "a layout table's bar")]
            continue
        match = _EDGE_BARS_RE.fullmatch(line)
        if not match:
            continue
        body = match.group("body")
        # A source line alone ("Источник: culture.ru |") names where the text came from,
        # as the prose above it does; a table's cell of names says nothing of the kind.
        sourced = (not match.group("lead") and page.SOURCE_LINE_RE.fullmatch(body.strip())
                   is not None and not _table_row_beside(lines, index))
        if not sourced and not _title_cell(lines, index, match) and (
                len(body.split()) < _BARRED_PROSE_WORDS or not (
                    page.SENTENCE_END_RE.search(body) or _CLOSING_CREDIT_RE.search(body)
                    or _is_caption(body)) or not blocks.is_prose(body)):
            continue
        found = []
        if match.group("lead"):
            found.append(Edit(0, match.group("lead"), "", "chrome", "a layout table's bar"))
        found.append(Edit(match.start("trail"), match.group("trail"), "", "chrome",
                          "a layout table's bar"))
        edits[index] = found
    return edits


#: A title in a layout table's cell: this many words at most.
_TITLE_CELL_WORDS = 8


def _title_cell(lines: Sequence[str | None], index: int, match: re.Match[str]) -> bool:
    """Is the barred line the title over the article, in the layout table's first cell:
    a few words and one bar after them, above every line of prose, right over the
    article's first paragraph, which has no bar ("Bullet holes |" over "In the vintage
    powersports world, …")?  Cells above it may end in bars too; a row of a table has
    bars inside."""
    body = match.group("body")
    below = next((j for j in range(index + 1, len(lines)) if (lines[j] or "").strip()), None)
    # (A label in capitals or with its colon, "ДАЙДЖЕСТ: |", is the site's, not a title.)
    if (match.group("lead") or not body.strip() or len(body.split()) > _TITLE_CELL_WORDS
            or body.rstrip().endswith(":") or body.isupper()
            or below is None or below != index + 1):
        return False
    # (the paragraph may close with its own cell's bars, "… войны. | |")
    under = _TRAILING_BARS_RE.sub("", lines[below] or "")
    return ("|" not in under and "¦" not in under and blocks.is_prose(under)
            and page.SENTENCE_END_RE.search(under.rstrip()) is not None
            and not any(blocks.is_prose(lines[j] or "") and "|" not in (lines[j] or "")
                        for j in range(index)))


def _table_row_beside(lines: Sequence[str | None], index: int) -> bool:
    """Does the line above or below also hold a bar: a row of a table around it?"""
    return any(0 <= j < len(lines) and ("|" in (lines[j] or "") or "¦" in (lines[j] or ""))
               for j in (index - 1, index + 1))


def _is_caption(body: str) -> bool:
    """A photo's caption with no full stop: who is where, doing what ("Deputy Prime
    Minister … at the ASEAN Foreign Ministerial Meeting in Bangkok, Thailand on June 22,
    2019", "ASEAN Secretary-General and Foreign Ministers to the meeting").  Six words or
    more with function words between the names, no bar inside: the line reads as words
    about a picture, not as a cell of names or figures ("Визбор Юрий |")."""
    words = blocks.words_of(body)
    return (len(words) >= _BARRED_PROSE_WORDS and body[:1].isupper()
            and blocks.stopword_density(words) > 0)


# A cell's bar opening a line: "| " and the words after it.
_LEAD_BAR_RE = re.compile(r"[|¦][ \t]+(?=\S)")
# A line a converter cut inside a sentence, leaving a blank after its last word.
_CUT_WITH_A_BLANK_RE = re.compile(r"[^\W_,;][,;]?[ \t]$")
_CELL_LINES = 3


def _bar_over_its_cell(lines: Sequence[str | None], code: Sequence[bool], index: int) -> str:
    """The bar opening a layout table's cell whose text a converter wrapped under it.

    The cell's paragraph opens after "| " on its first line, and every line after it
    stands indented by the bar's width, aligned under the paragraph's first word; each
    line but the last was cut inside a sentence with a blank left at the cut, and the
    last ends the sentence.  A reStructuredText line block ("| A line of verse," over
    its indented turn-over) is typed: no blank at the end of its lines.

    >>> cell = ["| Dear friends, by the time you read this letter most of the parishes ",
    ...         "  will have celebrated the harvest, and we give thanks for the fruits ",
    ...         "  of the earth and for all those who bring our food to us.",
    ...         "  Amen."]
    >>> _bar_over_its_cell(cell, [False] * 4, 0)
    '| '
    >>> _bar_over_its_cell([line.rstrip() for line in cell], [False] * 4, 0)
    ''
    """
    line = lines[index] or ""
    match = _LEAD_BAR_RE.match(line)
    if match is None or (index and (lines[index - 1] or "").strip()):
        return ""
    indent = " " * len(match.group())
    block = [line]
    for following in range(index + 1, len(lines)):
        text = lines[following]
        if text is None or not text.strip() or code[following]:
            break
        if not text.startswith(indent) or text[len(indent)].isspace() or "|" in text:
            return ""
        block.append(text)
    if len(block) < _CELL_LINES or not page.SENTENCE_END_RE.search(block[-1].rstrip()):
        return ""
    cut = sum(1 for text in block[:-1] if _CUT_WITH_A_BLANK_RE.search(text))
    if 2 * cut < len(block) or not blocks.is_prose(" ".join(block)[len(indent):]):
        return ""
    return match.group()


# "Section titled “Privacy”- Mask …": a few words, then a heading in quotes, glued to a line.
_ANCHOR_PREFIX_RE = re.compile(
    r"(?P<words>(?:[^\W\d_]+ ){1,3})[“\"«](?P<heading>[^“”\"«»]{1,80})[”\"»](?=\S)")


def heading_anchor_prefixes(lines: Sequence[str | None],
                            code: Sequence[bool]) -> dict[int, Edit]:
    """A screen reader's name for a heading's anchor glued before the line under it.

    A documentation theme puts a hidden link beside each heading ("Section titled
    “Privacy”"); a scraper runs its text into the first line of the section:
    "Privacy" / "Section titled “Privacy”- Mask Account IDs: …".  The quoted words
    are the heading just above, word for word, and the line's own text follows the
    closing quote with no space: that prefix goes.  A sentence that names the heading
    above it ("The section titled “Privacy” lists …") has a space after the quote.
    """
    edits: dict[int, Edit] = {}
    previous = ""
    for index, line in enumerate(lines):
        if line is None or code[index]:
            continue
        text = line.strip()
        if not text:
            continue
        match = _ANCHOR_PREFIX_RE.match(text)
        if match and previous and match.group("heading").strip() == previous:
            start = len(line) - len(line.lstrip())
            edits[index] = Edit(start, match.group(), "", "chrome",
                                "a heading's anchor text glued to the line under it")
        previous = text
    return edits


# A wiki's link to edit a section, glued to the section's heading: emptied by the scraper
# ("Overview[]") or still named ("History [edit]", "История [править | править код]",
# "Ιστορία [επεξεργασία]", Simple English Wikipedia's "History[change | change source]"; a
# heading closing with its years in brackets, "Historical Society (2015-2017)[edit | edit
# source]").
# "change" alone is too common a word: only the pair Simple English prints is its link.
_EDIT_WORDS = "edit|edit source|править|править код|επεξεργασία|επεξεργασία κώδικα"
_SECTION_EDIT_RE = re.compile(
    r"(?P<heading>[^\W\d_][^\[\]|.!?:;]{0,80}?(?:[^\W_)]|\([^()]{1,30}\)))(?P<link> ?\[(?P<words>"
    rf"(?:{_EDIT_WORDS})(?: \| (?:{_EDIT_WORDS}))?|change \| change source"
    r")?\])", re.I)
#: Emptied links are read as a wiki's only on a page with this many headings carrying one.
_EMPTY_EDIT_LINKS = 2
_SECTION_HEADING_WORDS = 8


def _lone_lines(lines: Sequence[str | None], code: Sequence[bool]
                ) -> Iterator[tuple[int, str]]:
    """The lines of text that stand alone between blank lines (or the text's edges), with
    their index: where a wiki prints a section's heading, and its edit link by it.

    >>> list(_lone_lines(["History", "", "Born in Leeds,", "he moved.", "", "Edit"],
    ...                  [False] * 6))
    [(0, 'History'), (5, 'Edit')]
    """
    for index, line in enumerate(lines):
        if line is None or code[index] or not line.strip():
            continue
        if (index and (lines[index - 1] or "").strip()) or (
                index + 1 < len(lines) and (lines[index + 1] or "").strip()):
            continue
        yield index, line


def section_edit_links(lines: Sequence[str | None],
                       code: Sequence[bool]) -> dict[int, Edit]:
    """A wiki's "edit this section" link glued to the end of each section's heading.

    MediaWiki prints a link beside every heading; a scraper keeps its text ("History
    [edit]", "История [править]") or, when the text came from the style sheet, only its
    brackets: "Overview[]".  The heading is the author's and stays; the link goes.  The
    heading stands in a paragraph of its own and has a few words, no sentence's stop.
    Named links go wherever they stand; empty brackets only on a page where two headings
    or more carry them, as a wiki puts one beside each section: a lone "Values[]" may
    be a type in a text about code.

    >>> page = ["Overview[]", "", "Some text here.", "", "Illustrated example[]"]
    >>> sorted((i, e.before) for i, e in section_edit_links(page, [False] * 5).items())
    [(0, '[]'), (4, '[]')]
    >>> section_edit_links(["Values[]", "", "It returns Values[] at once."], [False] * 3)
    {}
    >>> edits = section_edit_links(["История [править | править код]"], [False])
    >>> [e.before for e in edits.values()]
    [' [править | править код]']
    """
    found: dict[int, Edit] = {}
    empty = 0
    for index, line in _lone_lines(lines, code):
        start = len(line) - len(line.lstrip())
        match = _SECTION_EDIT_RE.fullmatch(line.strip())
        if match is None or len(match.group("heading").split()) > _SECTION_HEADING_WORDS:
            continue
        empty += match.group("words") is None
        found[index] = Edit(start + match.start("link"), match.group("link"), "", "chrome",
                            "a wiki's link to edit the section")
    if empty < _EMPTY_EDIT_LINKS:
        found = {i: e for i, e in found.items() if e.before.strip() != "[]"}
    return found


# A wiki's edit link on a line of its own under the section's heading: in brackets
# ("[Edit]", "[edit source]", "[править | править код]") or bare ("Edit", "edit source",
# "Править", "Επεξεργασία").
_EDIT_LINK_WORDS = (r"(?:edit|edit source|edit section|править|править код|редактировать|"
                    r"επεξεργασία|επεξεργασία κώδικα|bearbeiten|quelltext bearbeiten|modifier|"
                    r"modifier le code|editar|editar código)")
_EDIT_LINK_LINE_RE = re.compile(
    rf"(?P<open>\[)?\s*{_EDIT_LINK_WORDS}(?:\s*\|\s*{_EDIT_LINK_WORDS})?\s*(?(open)\])", re.I)
# A mobile wiki's bare link glued to its heading ("Early lifeEdit"): a small letter, then
# "Edit" with no space, as no English word ends.
# A heading may hold a colon ("Manual of Style: Character PagesEdit").
_GLUED_EDIT_RE = re.compile(r"(?P<heading>[^\W\d_][^.!?;\[\]]{0,80}?[a-zà-ÿ])(?P<link>Edit)")
#: A bare or glued link is a wiki's only on a page where this many headings carry one.
_BARE_EDIT_LINKS = 2


def _is_heading(text: str) -> bool:
    """A section's heading: a few words, no sentence's stop at its end."""
    return (bool(text) and len(text.split()) <= _SECTION_HEADING_WORDS
            and not re.search(r"[.!?,;:]$", text) and not _EDIT_LINK_LINE_RE.fullmatch(text))


def section_edit_lines(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, str]:
    """A wiki's "edit this section" link left as a line of its own under each heading.

    A scraper that keeps a heading's block elements apart puts MediaWiki's or a wiki
    farm's link on the line under the heading ("History" / "[edit]", "Sides" / "Edit").
    The link is the wiki's tool, not the section's text.  In brackets it says so by
    itself and goes right under any heading; a bare "Edit" may be a word of a menu or a
    manual's list ("File" / "Edit" / "View"), so it goes only with a blank line or the
    page's end below it and only on a page where two headings or more carry one, as a
    wiki prints one beside every section.

    >>> page = ["History", "Edit", "", "It began in 1450.", "", "Costume", "Edit", ""]
    >>> sorted(section_edit_lines(page, [False] * 8))
    [1, 6]
    >>> section_edit_lines(["File", "Edit", "View", "", "Menus", "Edit", "Help"], [False] * 7)
    {}
    """
    bracketed: dict[int, str] = {}
    bare: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line is None or code[index] or not index:
            continue
        text = " ".join(line.split())
        above = " ".join((lines[index - 1] or "").split())
        match = _EDIT_LINK_LINE_RE.fullmatch(text)
        if match is None or not _is_heading(above) or code[index - 1]:
            continue
        if match.group("open"):
            bracketed[index] = "a wiki's link to edit the section"
            continue
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if not (below or "").strip():
            bare[index] = "a wiki's link to edit the section"
    glued = len(glued_edit_links(lines, code, at_least=1))
    if len(bare) + glued + len(bracketed) < _BARE_EDIT_LINKS:
        bare = {}
    return bracketed | bare


def glued_edit_links(lines: Sequence[str | None], code: Sequence[bool], *,
                     at_least: int = _BARE_EDIT_LINKS) -> dict[int, Edit]:
    """The "Edit" a mobile wiki glued to each heading ("Early lifeEdit" → "Early life").

    The heading stands in a paragraph of its own, a few words with no stop.  A name
    may end so ("TextEdit", "QuickEdit"), so the link is read as a wiki's only on a page
    where ``at_least`` headings carry it.

    >>> page = ["Early lifeEdit", "", "Born in Leeds.", "", "CareerEdit", ""]
    >>> [(i, e.column) for i, e in sorted(glued_edit_links(page, [False] * 6).items())]
    [(0, 10), (4, 6)]
    >>> glued_edit_links(["TextEdit", "", "A text editor."], [False] * 3)
    {}
    >>> len(glued_edit_links(["Manual of Style: Character PagesEdit", "", "Pages on people.",
    ...                       "", "Cross referencingEdit", ""], [False] * 6))
    2
    """
    found: dict[int, Edit] = {}
    for index, line in _lone_lines(lines, code):
        match = _GLUED_EDIT_RE.fullmatch(line.strip())
        if match is None or len(match.group("heading").split()) > _SECTION_HEADING_WORDS:
            continue
        start = len(line) - len(line.lstrip())
        found[index] = Edit(start + match.start("link"), "Edit", "", "chrome",
                            "a wiki's link to edit the section")
    return found if len(found) >= at_least else {}
