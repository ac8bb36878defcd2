"""The top of a scraped page: what stands above the article's first paragraph.

Between the start of a scraped page and the article's own text lies the
site's: its name, a language switcher, a menu, a breadcrumb trail, the
page's ``<title>`` copied above the headline, view counters.  No list of one
site's words finds these on a site nobody tuned for; their *kind* does:

* **the title twice** — the headline (or a dateline, or a section label)
  printed twice near the top, once by the page's ``<title>`` or breadcrumb
  and once as the headline: the copy that stands alone (or only beside a
  counter) goes, the one with the article's lines beside it stays, and if
  both stand alone the earlier one goes.  So does a copy that merges the
  headline with the byline below it ("ON THE RIVER by William Vaughn Moody"
  above "ON THE RIVER" / "by William Vaughn Moody"), a copy with an item
  count ("Press Statements 2015 (128)"), and a word or two just above a copy
  that goes ("kavafis"): the site's or the section's name;
* **a counter** — a line of bare figures ("0 0", "1 880") beside the title or
  the dateline;
* **a headline in another language** — a ticker line above the headline in
  another script than the article, or in letters the article never uses (an
  Azerbaijani headline above an English article);
* **a breadcrumb glued into words** — "HomeNews / DocumentsPress Statements",
  or into a line of the top ("… You are here: Home>Collections>AlembicIndian …");
  a wiki page's path over its heading ("Collected Poems/Evening" over "Evening");
  the headline again after its section and date ("Uzbekistan 26/06/2009 …");
* **mastheads and menus** — a line naming the site ("Official website of
  the President of …", "The Astana Times"), a row of section names ("Nation
  Business Opinion Culture Tech"), a language switcher ("KZ | RU | EN |
  中文").  A language switcher is one anywhere on the page.

Only the lines above the first line of prose are judged (for verse, above
the first stanza), and only the first few for the title's copies: a refrain
of a poem or a line repeated in the body of a text is the text's own.  It runs
on a whole scraped plain-text page, like :mod:`cms_i18n.clean.page`; each line
taken carries its reason, which ``clean --explain`` shows.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
import unicodedata
from collections.abc import Collection, Sequence

from cms_i18n.clean import blocks, page
from cms_i18n.clean.edits import Edit
from cms_i18n.clean.gaps import a_date_header
from cms_i18n.clean.homoglyphs import english_words, to_latin_view
from cms_i18n.clean.structure import is_list_item
from cms_i18n.clean.vocabulary import HOME_WORDS, as_seen, data_text

# How many of the first remaining lines a copy of the title is looked for in.
_ECHO_WINDOW = 8
_LABEL_WORDS = 2
_PROSE_WORDS = 20
_HEADLINE_WORDS = 20
_REPEATED_BLOCK = 3
_SUPPORT_WORDS = 3
_MENU_ITEMS = 3
_MASTHEAD_WORDS = 5
# A headline printed twice in a row has at least this many words ("Ministers meet today").
_TWICE_WORDS = 3
# A line printed this many times above the article is the title's copies, whatever stands beside.
_THRICE = 3
# A headline between a site's name and its copy: longer than a heading ("Why it matters").
_HEADLINE_BETWEEN_WORDS = 4
_FOREIGN_SHARE = 0.1
_FOREIGN_LETTERS = 3

# An item count in brackets ("(128)"); a year in brackets is part of a name ("Resolution
# 2223 (2015)").
_COUNT_RE = re.compile(r"\((?!(?:19|20)\d{2}\))\d[\d\s.,]*\)")
# The title again with a photo's credit label after it: "… мировой порядок Фото:".
# The title again as a gallery's photo, numbered: "SCO Beijing summit concludes - ảnh 1".
_PHOTO_NUMBER_RE = re.compile(
    r" (?:[-–—|:] )?(?i:photo|foto|фото|φωτογραφία|φωτο|ảnh|hình|image|imagen|bild|picture|pic"
    r"|slide|изображение|εικόνα|图片|圖片|图|圖) ?\d{1,3}")
_CREDIT_LABEL_RE = re.compile(r" (?:[^\W\d_]+ ?){1,2}:")
# "HomeNews", "DocumentsPress": a word's end glued to the next word's capital.
_GLUE_RE = re.compile(r"[a-z]{2}[A-Z][a-z]")
_CRUMB_SEPARATOR_RE = re.compile(r"\s[/›»>|→]\s")
_OFFICIAL_SITE_RE = re.compile(
    r"(?:the )?official (?:web ?site|site|portal|web portal|internet resource|page)"
    r"(?: of(?: the)?)?(?: .*)?", re.I)
# The publisher's line a site sets over every page: "Published daily by the Lowy Institute".
# How often it comes out says it is a periodical's; a book's "Produced by …" credit and
# its title page's "Published by …" say no such thing.
_PUBLISHED_BY_RE = re.compile(
    r"published (?:daily|weekly|monthly|online) by (?:the )?(?P<name>.+)", re.I)
# A newspaper's name: a few capitalised words ending in what papers call themselves.
_OUTLET_RE = re.compile(
    r"(?:The )?(?:[A-Z][\w'’&.-]* ){0,3}(?:Times|Post|Herald|Tribune|Journal|Gazette|Daily"
    r"|Observer|Chronicle|Telegraph|Monitor|Express|Standard|Insider|Inside|Today|Weekly"
    r"|Courier|Dispatch|Diplomat|Review|Independent|Messenger|Bulletin|Digest)")
# Letters any page of its script may use: only others tell another language ("ə", "ı", "қ").
_BASE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                          + "".join(map(chr, range(0x3ac, 0x3d0))))
_OPEN_END_RE = re.compile(r"\b(?:of|of the|the|for|and)$", re.I)
# "В Степанакерте: +6 °C", "Almaty -3°C": the weather widget of a masthead.
_WEATHER_RE = re.compile(r"[+−-]?\d{1,2}(?:[.,]\d)?\s?[°˚º]\s?[CFС]?(?!\w)")
# The weather widget's reading as a whole line, a place before it or not ("17°", "+16˚C",
# "Moscow +3°", "Αθήνα 18°C").
_WEATHER_LINE_RE = re.compile(r"(?:[^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+){0,2}:? )?"
                              + _WEATHER_RE.pattern)
# The same widget's other readings under it: how warm it feels, the wind, the pressure,
# the humidity, a traffic score ("Ощущается как 14", "2 м/с, южн", "767мм", "50%", "4/10").
_FEELS_LIKE_RE = re.compile(
    r"(?:ощущается как|feels like|αίσθηση|gefühlt|ressenti)\s*[+−-]?\d{1,2}\s?[°˚º]?\s?[CFС]?",
    re.I)
_WEATHER_DETAIL_RE = re.compile(
    _FEELS_LIKE_RE.pattern
    + r"|\d{1,2}(?:[.,]\d)?\s?(?:м/с|m/s|км/ч|km/h|mph|μποφόρ|bft)(?:,?\s*[^\W\d_]{1,12}\.?)?"
    r"|\d{3}\s?(?:мм|mm)(?: рт\. ?ст\.| hg)?|\d{1,3}\s?%|(?:пробки|traffic)?\s*\d{1,2}/10"
    r"|(?:сейчас|now|τώρα|jetzt|maintenant)(?: (?:в|во|in|στην?|στο|à|a) [^\W\d_][^.!?,;:]{0,40})?"
    r"|(?:(?:ясно|облачно|пасмурно|малооблачно|переменная облачность|без осадков|небольшой дождь|"
    r"дождь|снег|туман|sunny|clear|cloudy|partly cloudy|mostly cloudy|overcast|light rain|rain|"
    r"showers|snow|fog|mist|αίθριος|αίθριο|λίγα σύννεφα|νεφελώδης|συννεφιά|βροχή|χιόνι),?\s*)+",
    re.I)
# "9.4 C": the same reading whose degree sign was an icon the scraper lost; a line of its
# own, and the weather only beside the masthead's date (an address's "12 C" is no reading).
_BARE_WEATHER_RE = re.compile(r"[+−-]?\d{1,2}(?:[.,]\d)? ?[CFС]")
# The site's name after the headline in the page's <title>: "Жизнь волшебника - читать …".
_TITLE_SEPARATOR_RE = re.compile(r" (?:[-–—|:]|::) ")
# "ДАЙДЖЕСТ: |": a section's name and the separator of a trail.
_LABEL_TRAIL_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s*:?\s*[|/›»>]")
# The steps of a trail before its last one: short names, each closed by a separator
# ("Новости и события » Политика » ", "Home › World › ").
_TRAIL_STEPS_RE = re.compile(r"(?:[^\W\d_][^/›»>|→.!?]{0,29} [/›»>→] )+")
# A Russian outlet names itself by its kind: "МЕДИАГРУППА «ЗВЕЗДА»", "Газета «Правда»".
_OUTLET_KIND_RE = re.compile(
    r"(?:медиагруппа|медиахолдинг|газета|телеканал|радио|журнал|информационное агентство|ИА"
    r"|издание|портал|сетевое издание)\s+«[^»]{1,30}»", re.I)
_PUNCTUATION_RE = re.compile(r"[.,;:!?\"“”«»()]")
# "Home>Collections>Alembic": three steps of a trail or more, joined by ">" with no space.
_GLUED_TRAIL_RE = re.compile(r"(?<![\w>])[A-Z][\w&'’-]*(?:>[A-Z][\w&'’-]*){2,}")
# A listing's line over the headline: its section and date, then the headline again
# ("Uzbekistan 26/06/2009 Legislative Chamber discusses …").
_SECTION_DATE_RE = re.compile(
    r"(?:[^\W\d_][\w'’.-]* ){0,3}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?: \d{1,2}:\d{2})?")


#: Why this module takes a line.  Another rule judging a line by its neighbours sees
#: through these: a title is not chrome for standing beside a copy of itself.
REASONS = frozenset({
    "language switcher", "copy of a line below it", "copy of the lines below it",
    "repeated title", "headline and byline repeated in one line", "heading with an item count",
    "the title as a photo caption", "label above a repeated line", "separator",
    "counter beside the title", "breadcrumb", "section menu", "masthead", "weather",
    "headline in another language", "the page's title with the site's name",
    "breadcrumb glued to the title", "label with a separator", "clock or age rating",
    "the site's name above the headline, again under it", "line in the site's language",
    "section trail", "breadcrumb ending in the title", "epigraph above the headline",
    "the site's name over the dateline", "masthead beside the weather",
    "the masthead's date again at the end",
    "the dateline again among labels above the headline", "embedded post",
    "list in bars above the headline", "sidebar above the headline"})


#: Why this module (or the repeated-title rule) takes a copy of the page's title: the
#: copy names the headline, which a judgement of the lines around it must keep.
TITLE_COPIES = frozenset({
    "copy of a line below it", "repeated title", "the page's title with the site's name",
    "breadcrumb glued to the title", "heading with an item count",
    "the title as a photo caption", "headline and byline repeated in one line",
    "breadcrumb ending in the title", "the title with its section and date",
    "page path ending in the title", "the page's title with its date"})

#: The title again after its section and date, a wiki page's path and a trail glued into a
#: line are the top's too.
REASONS = REASONS | {"the title with its section and date", "page path ending in the title",
                     "breadcrumb glued into the line", "the page's title with its date",
                     "the forge's name and the repository's over its links",
                     "the site's name over the trail that opens with it",
                     "caption's copy with the page's lines glued to it",
                     "another story's headline over the page's",
                     "counter under the picture's caption",
                     "breadcrumb glued to the site's name"}


def _language_item() -> str:
    """The pattern of one item of a language switcher: a language's name or code, or a
    locale."""
    codes: list[str] = []
    names: list[str] = []
    for line in data_text("languages.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("codes:"):
            codes.extend(line.split(":", 1)[1].split())
        else:
            names.append(line.strip())
    names.sort(key=len, reverse=True)
    # A locale ("en-GB", "ru-RU"), with the count of pages in it a switcher may print after
    # it ("en-GB1"): a language's code in lower case, its country's in capitals.
    locale = "(?:" + "|".join(c.lower() for c in codes) + r")-[A-Z]{2}\d{0,4}"
    return "(?:" + locale + "|" + "|".join(re.escape(c) for c in codes) + "|(?i:" + "|".join(
        re.escape(n) for n in names) + "))"


_LANGUAGE_ITEM = _language_item()
_SWITCHER_RE = re.compile(
    rf"(?:[•·|/]\s*)?{_LANGUAGE_ITEM}(?:\s*[|/·•,]?\s*{_LANGUAGE_ITEM})+(?:\s*[|/·•])?")
# The switcher's one item, set as a bulleted link ("• English"): the page's first line only.
_LONE_LANGUAGE_RE = re.compile(rf"[•·]\s*{_LANGUAGE_ITEM}")

def without_accents(text: str) -> str:
    """``text`` with its accents off ("Κοινοποίηση" → "Κοινοποιηση")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """A name as the lists hold it: lower case, accents off ("ΠΟΛΙΤΙΚΗ" → "πολιτικη")."""
    return without_accents(text.lower())


#: The outlet and section names of data/masthead.txt, folded (:func:`fold`).
SECTION_NAMES = frozenset(
    fold(line.strip()) for line in data_text("masthead.txt").splitlines()
    if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=blocks.SEEN_LINES)
def is_section_name(text: str) -> bool:
    """Is this the name of a site's section or of an outlet ("World", "Политика")?"""
    return fold(text.strip()) in SECTION_NAMES


def is_language_switcher(text: str) -> bool:
    """A line of nothing but languages to switch to: "KZ | RU | EN | 中文".

    >>> is_language_switcher("العربية 中文 English Français Русский Español")
    True
    >>> is_language_switcher("• en-GB1 ru-RU1")
    True
    >>> is_language_switcher("Русский English     | 中文版     |")
    True
    >>> is_language_switcher("English and French are official languages.")
    False
    """
    return _SWITCHER_RE.fullmatch(text) is not None


def is_section_menu(text: str) -> bool:
    """A row of section names: "Nation Business Opinion Culture Tech".

    Capitalised words, no punctuation, and nearly all of them the names of
    sections sites use (``data/masthead.txt``); a headline in Title Case has
    a verb or a name among its words.
    """
    parts = [p for p in re.split(r"\s*[|/·•]\s*|\s+", text) if p]
    if len(parts) < _MENU_ITEMS or _PUNCTUATION_RE.search(text):
        return False
    known = sum(is_section_name(p) for p in parts)
    return all(p[:1].isupper() for p in parts) and 5 * known >= 4 * len(parts)


_TRAIL_SEPARATOR_RE = re.compile(r"\s+[|/›»>→]\s+")
_TRAIL_STEP_WORDS = 3


def is_section_trail(text: str) -> bool:
    """A trail of the site's sections: "Политика | За рубежом", "World / Europe".

    Two steps or more between separators, each a few words with no figure and
    no punctuation, the first of them a section's name (``data/masthead.txt``).

    >>> is_section_trail("Политика | За рубежом"), is_section_trail("Peace / War")
    (True, False)
    """
    steps = _TRAIL_SEPARATOR_RE.split(text)
    return (len(steps) >= 2 and is_section_name(steps[0])
            and all(0 < len(step.split()) <= _TRAIL_STEP_WORDS and not any(
                ch.isdigit() for ch in step) and not _PUNCTUATION_RE.search(step)
                for step in steps))


#: The link home as a word, folded: "Главная", "Αρχική", "Home".
_HOME = frozenset(fold(word) for word in HOME_WORDS)


def _trail_to_title(text: str, others: Sequence[str]) -> bool:
    """A breadcrumb trail from the site's home to the page, its last step the page's
    title that another line above the article prints ("Home / Projects / UN Security
    Council 2014" under "UN Security Council 2014"): its first step "Home" or a section's
    name, the steps between a few words each, the title a step of any length.

    >>> _trail_to_title("Home / Projects / UN Security Council 2014", ["UN Security Council 2014"])
    True
    >>> _trail_to_title("Home / Projects / UN Security Council 2014", ["Another title"])
    False
    """
    steps = _TRAIL_SEPARATOR_RE.split(text)
    if len(steps) < 3:
        return False
    first, *between, last = steps
    return ((fold(first.strip()) in _HOME or is_section_name(first))
            and all(0 < len(step.split()) <= _TRAIL_STEP_WORDS for step in between)
            and any(copy_key(last.strip()) == copy_key(other.strip()) for other in others))


def is_glued_breadcrumb(text: str) -> bool:
    """A trail whose steps ran into one another: "HomeNews / DocumentsPress Statements".

    Two glued words and a separator, or three glued words; one alone is a name
    ("JavaScript", "YouTube"), unless the first is the link home ("HomeMeetings").  A
    Latin line is read as its look-alike letters will be repaired ("HeadsНeads"), so
    cleaning what the cleaner wrote finds no trail anew.
    """
    view = to_latin_view(text) if blocks.script_of(text) == "LATIN" else text
    glued = len(_GLUE_RE.findall(view))
    # The link home glued to the page's one step ("HomeMeetings", "ГлавнаяНовости"): a trail
    # of two, as no name opens with the word "Home" and a capital after it on a line alone.
    home = glued == 1 and len(text.split()) <= _TRAIL_STEP_WORDS and \
        _HOME_GLUED_RE.match(view) is not None
    return (glued >= 3 or home or (glued >= 2 and _CRUMB_SEPARATOR_RE.search(text) is not None)) \
        and not page.SENTENCE_END_RE.search(text)


_HOME_GLUED_RE = re.compile(rf"(?i:{'|'.join(sorted(HOME_WORDS, key=len, reverse=True))})"
                            r"(?=[A-ZА-ЯЁΑ-ΩΆ-Ώ][a-zа-яёα-ωά-ώ]{3})")


def _is_label(text: str) -> bool:
    """A word or two naming a site or a section: no figure, no punctuation."""
    return (0 < len(text.split()) <= _LABEL_WORDS and not any(ch.isdigit() for ch in text)
            and not _PUNCTUATION_RE.search(text) and not text.lower().startswith("by "))


_NAME_LINKS = frozenset({"of", "the", "and", "for", "&"})


def _names_a_site(text: str) -> bool:
    """"Official website of the President of Russia", "Published daily by the Lowy
    Institute": the site's own name, whatever the headline's length, where every word
    after "official website" (or "by") is a name's (capitalised, or "of", "the", "and"
    between them).  A headline about a site has a verb in lower
    case ("Official website of the CSTO relaunched").

    >>> _names_a_site("Official website of the President of Russia")
    True
    >>> _names_a_site("The official web portal of the Republic of Kazakhstan")
    True
    >>> _names_a_site("Official website of the CSTO relaunched after attack")
    False
    >>> _names_a_site("Published daily by the Lowy Institute")
    True
    """
    match = _OFFICIAL_SITE_RE.fullmatch(text)
    words = text.partition(" of ")[2].split()
    if not match and (match := _PUBLISHED_BY_RE.fullmatch(text)):
        words = match.group("name").split()
    return bool(match) and any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)


# A periodical's name as its masthead prints it, two names joined by "or" too ("The Spike or
# Victoria University College Review"): capitalised words, the last what periodicals call
# themselves.
_PERIODICAL_RE = re.compile(
    r"(?:The )?[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|the|and|or|for|&)){0,9}"
    r" (?:Review|Magazine|Quarterly|Journal|Gazette|Annual|Monthly|Bulletin|Chronicle"
    r"|Miscellany|Record|Register)")
_PERIODICAL_WORDS = 10


def _names_a_periodical(text: str) -> bool:
    """A periodical's name over an item it printed, a poem, a story: a digital library's
    masthead for the issue, whatever the title's length; a headline about a review has a
    verb in lower case ("The Review Board Meets Again" ends on no periodical's word).

    >>> _names_a_periodical("The Spike or Victoria University College Review")
    True
    >>> _names_a_periodical("Why the college review was delayed")
    False
    """
    return len(text.split()) <= _PERIODICAL_WORDS and bool(_PERIODICAL_RE.fullmatch(text))


def _is_masthead(text: str) -> bool:
    return bool(_OFFICIAL_SITE_RE.fullmatch(text) or _OUTLET_KIND_RE.fullmatch(text)
                or _PUBLISHED_BY_RE.fullmatch(text)) or (
        len(text.split()) <= _MASTHEAD_WORDS and bool(_OUTLET_RE.fullmatch(text)))


class _Top:
    """The remaining lines of a page, their paragraphs and the article's first line."""

    def __init__(self, lines: Sequence[str | None], views: dict[int, str],
                 found: dict[int, str]) -> None:
        self.lines = lines
        self.found = found
        # Each line's run of non-blank lines (first, last), found once for the whole run.
        self._spans: dict[int, tuple[int, int]] = {}
        self.order = [i for i in sorted(views) if i not in found]
        # The lines themselves: a view makes Cyrillic and Greek look-alikes Latin.
        self.texts = {i: " ".join((lines[i] or "").split()) for i in self.order}
        # A long headline reads as prose too, but ends no sentence.
        # A long trail of the site's sections is no headline either.
        prose = [i for i in self.order if blocks.is_prose(self.texts[i]) and (
            page.SENTENCE_END_RE.search(self.texts[i])
            or len(self.texts[i].split()) >= _PROSE_WORDS) and not _is_trail(self.texts[i])]
        if prose:   # the article starts with the paragraph of its first line of prose
            self.body = self.paragraph(prose[0])[0]
        else:   # verse: the first stanza, a paragraph of two lines or more
            self.body = next((i for i in self.order if len(self.paragraph(i)) >= 2),
                             len(lines))
        self.head = [i for i in self.order if i < self.body]
        self.taken: dict[int, str] = {}

    @functools.cached_property
    def script(self) -> str | None:
        """The script the article below the top is written in, if nearly all of it is."""
        body = " ".join(self.texts[i] for i in self.order if i >= self.body)
        script = blocks.script_of(body)
        if script and 10 * blocks.script_letters(body, script) < 9 * sum(
                map(str.isalpha, body)):
            return None   # an article in two scripts: no line is foreign to it
        return script

    @functools.cached_property
    def copies(self) -> dict[str, list[int]]:
        """The remaining lines by :func:`copy_key`, each key's lines in order."""
        copies: dict[str, list[int]] = {}
        for index in self.order:
            copies.setdefault(copy_key(self.texts[index]), []).append(index)
        return copies

    @functools.cached_property
    def place(self) -> dict[int, int]:
        """Each remaining line's place in :attr:`order`."""
        return {index: k for k, index in enumerate(self.order)}

    def paragraph(self, index: int) -> list[int]:
        """The remaining lines of this line's paragraph (no blank line between)."""
        span = self._spans.get(index)
        if span is None:
            first = last = index
            while first - 1 >= 0 and (self.lines[first - 1] or "").strip():
                first -= 1
            while last + 1 < len(self.lines) and (self.lines[last + 1] or "").strip():
                last += 1
            span = (first, last)
            if 0 <= index < len(self.lines) and (self.lines[index] or "").strip():
                # Every line of the run has the same one.
                self._spans.update(dict.fromkeys(range(first, last + 1), span))
            else:
                self._spans[index] = span
        first, last = span
        return [i for i in range(first, last + 1) if i in self.texts]

    def _beside(self, index: int) -> list[int]:
        """The other lines of its paragraph, neither taken, nor counters, nor copies of it."""
        return [j for j in self.paragraph(index)
                if j not in self.taken and self.texts[j] != self.texts[index]
                and not blocks.is_bare_counter(self.texts[j])]

    def supported(self, index: int) -> bool:
        """Does the article's own text stand beside this line in its paragraph?"""
        return any(len(self.texts[j].split()) >= _SUPPORT_WORDS for j in self._beside(index))

    def alone(self, index: int) -> bool:
        return not self._beside(index)

    def take(self, index: int, reason: str) -> None:
        self.taken.setdefault(index, reason)


def take_top(lines: Sequence[str | None], views: dict[int, str],
             found: dict[int, str]) -> None:
    """Add the chrome at the top of a scraped page to ``found`` (index → reason)."""
    _take_ticker_above(lines, views, found)   # before the article's first line is sought
    _take_header_printed_thrice(views, found)
    _take_site_notice_above(lines, views, found)
    top = _Top(lines, views, found)
    for index in top.order:
        if is_language_switcher(top.texts[index]):
            top.take(index, "language switcher")
    first = top.order[0] if len(top.order) > 1 else None
    if (first is not None and first < top.body and top.alone(first)
            and _LONE_LANGUAGE_RE.fullmatch(top.texts[first])):
        # A switcher that lists one language, a link set as a list's item opening the page;
        # a list of the text's own names more than one item.
        top.take(first, "language switcher")
    if first is not None and _LABEL_TRAIL_RE.fullmatch(top.texts[first]):
        top.take(first, "label with a separator")   # "ДАЙДЖЕСТ: |" opening the page
    if first is not None and _is_page_widget(top.texts[first]):
        top.take(first, "clock or age rating")
    elif first is not None and (_is_todays_date_over_body(top, first)
                                or _is_days_date_over_dated_story(top, first)):
        top.take(first, "today's date in the masthead")
    if first is not None and _is_header_widget_word(top, first):
        top.take(first, "image's alt text or search box label")
    if first is not None and is_stamp(top.texts[first]):
        top.take(first, "template stamp or token")
    for index in top.order[:_ECHO_WINDOW]:
        # A trail glued into a line of the page's top ("… – Economic Times You are here:
        # Home>Collections>AlembicIndian pharma …|Alembic"), which ends no sentence.
        text = top.texts[index]
        if _GLUED_TRAIL_RE.search(text) and not page.SENTENCE_END_RE.search(text):
            top.take(index, "breadcrumb glued into the line")
    _take_date_archive_trail(top)
    _take_labels_over_dateline(top)
    _take_site_line_over_dated_headline(top)
    _take_numbered_trail(top)
    _take_bulleted_trail(top)
    _take_embedded_post(top)
    _take_barred_list(top)
    _take_copies(top)
    _take_copy_with_glued_tail(top)   # before a cut copy: the clean copy is no cut
    _take_cut_copy(top)
    _take_cut_title_over_its_text(top)
    _take_other_story_over_headline(top)
    _take_count_under_caption(top)
    _take_masthead_credits(top)
    _take_title_of_lines_below(top)
    _take_meta_run_of_lines_below(top)
    _take_title_block_around_note(top)
    _take_dated_meta_copies(top)
    _take_dated_labels_over_headline(top)
    _take_page_path(top)
    _take_name_over_tagline(top)
    _take_blog_name_over_tagline(top)
    _take_tagline_in_two_languages(top)
    _take_greeting_over_chrome(top)
    _take_name_with_slogan(top)
    _take_name_over_dateline(top)
    _take_epigraph(top)
    _take_spaced_name_over_label(top)
    _take_head_kinds(top)
    _take_weather_opening(top)
    _take_site_language(top)
    _take_foreign_first_line(top)
    _take_ideographs_over_article(top)
    _take_title_with_underscored_site(top)
    _take_lower_case_labels(top)
    _take_forge_header(top)
    _take_name_over_its_trail(top)
    _take_address_and_glued_trail(top)
    _take_tag_over_body(top)
    _take_later_advert(top)
    _take_weather_box(top)
    for index, reason in top.taken.items():
        found.setdefault(index, reason)


# The line a social network prints under a post embedded in a page: who posted it and
# when ("Posted by Mary Ng on Saturday, August 29, 2020", "A post shared by Anna Berg
# (@annaberg) on Aug 29, 2020 at 10:02am PDT").
_EMBED_FOOTER_RE = re.compile(
    r"(?:a post )?(?:posted|shared) by [^\W\d_][^.!?]{0,60}? on [^.!?]{0,40}\b(?:19|20)\d{2}\b"
    r"(?: at \d{1,2}:\d{2} ?(?:[ap]m)?(?: [A-Z]{2,4})?)?",
    re.I)
_EMBED_PREVIEW_WORDS = 6
_CUT_WORD_RE = re.compile(r"[^\W\d_]{2,}(?:…|\.{3,})$")


def _take_embedded_post(top: _Top) -> None:
    """A social network's post embedded above the article: its preview, cut off on a word
    with "…" ("… I co-chaired the 9th Annual ASEAN Economic…"), right over the network's
    line of who posted it and when ("Posted by Mary Ng on Saturday, August 29, 2020").
    Both are the embed's, not the article's: its text starts below them.  A "Posted by"
    line with no cut preview over it is the article's byline, and a preview with no such
    line under it a teaser judged by other rules.
    """
    # The preview may read as the article's first line of prose: the page's first lines
    # are looked at, whatever paragraph the article was found to start with.
    for above, below in itertools.pairwise(top.order[:_ECHO_WINDOW]):
        preview, footer = top.texts[above], top.texts[below]
        if (_EMBED_FOOTER_RE.fullmatch(footer) and _CUT_WORD_RE.search(preview)
                and len(preview.split()) >= _EMBED_PREVIEW_WORDS):
            top.take(above, "embedded post")
            top.take(below, "embedded post")


# A list's item set in bars, one to a line, as a sidebar's table of sponsors or links
# prints it: "| Ag Partners, LLC |", "Bakers Jewelry |".
_BARRED_ITEM_RE = re.compile(r"(?:\|\s*)?[^|\s][^|]{0,80}?\s+\|")
_BARRED_ITEMS = 4


def _take_barred_list(top: _Top) -> None:
    """A run of four lines or more, each one item closed by a bar ("| Cape Air |" /
    "Mattfeldt Electric |"), with no line of the article's prose above it: a sidebar's
    list of sponsors or links printed above the headline, not the article.  A table's
    rows hold two cells or more, and a box drawn in bars lines its bars up: neither is
    such a list.

    When a headline stands right under the list (a line ending no sentence over the
    article's prose), the short lines above the list in its paragraph, up to the page's
    top, are the same sidebar's ("Welcome to our local news page!" / "1240 AM KLTZ:
    7:30am, 12:30pm" / "Valley County Website") and go with it.
    """
    runs: list[list[int]] = []
    for index in top.order:
        text = top.texts[index]
        if len(text.split()) >= _PROSE_WORDS and blocks.is_prose(text):
            break
        if not _BARRED_ITEM_RE.fullmatch(text):
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) < _BARRED_ITEMS or len({len(top.lines[i] or "") for i in run}) == 1:
            continue
        for index in run:
            top.take(index, "list in bars above the headline")
        below = [i for i in top.order if i > run[-1]][:2]
        if len(below) < 2 or below[0] != run[-1] + 1:
            continue
        headline, body = (top.texts[i] for i in below)
        if (page.SENTENCE_END_RE.search(headline) or len(headline.split()) < _HEADLINE_BETWEEN_WORDS
                or len(body.split()) < _PROSE_WORDS or not blocks.is_prose(body)):
            continue
        above = [i for i in top.paragraph(run[0]) if i < run[0]]
        if above and above[0] == top.order[0] and all(
                len(top.texts[i].split()) < _PROSE_WORDS for i in above):
            for index in above:
                top.take(index, "sidebar above the headline")


# An editor's note in brackets ("[Illustration]", "[Music]", "[Applause]") stands where the
# thing it names stood, as often as it did: no title, so never a title's copy.
_EDITORS_NOTE_RE = re.compile(r"\[[^\[\]]{1,80}\]")


# "钻石娱乐现金网网址: UN Security Council endorses …": a label, a colon, then the headline.
_PREFIX_RE = re.compile(r"(?P<prefix>[^\s:：][^:：]{0,40}?)\s*[:：]\s*(?P<rest>\S.*)")


def _top_of(lines: Sequence[str | None], code: Sequence[bool]) -> _Top | None:
    """The page's head as the in-line edits above the article judge it (each judges
    the lines the edits before it left), or None for a page with no line of text."""
    views = {i: " ".join(line.split()) for i, line in enumerate(lines)
             if line is not None and line.strip() and not code[i]}
    return _Top(lines, views, {}) if views else None


def foreign_prefixes(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, Edit]:
    """A label in another script glued before a headline above the article: its edit.

    A spam site that copies a story sets its own words before the headline
    ("钻石娱乐现金网网址: UN Security Council endorses …"); the label is written
    in letters the article never uses, while the headline after it is wholly
    in the article's script.  A headline in the article's own language that
    opens with a place or a section ("ASTANA: …", "Analysis: …") keeps it, and
    so does one that names its source ("ChinaDaily: …" above a Russian article
    that says "В Chinadaily опубликована …").
    """
    top = _top_of(lines, code)
    if top is None:
        return {}
    script = top.script
    if script is None:
        return {}
    edits: dict[int, Edit] = {}
    for index in top.head:
        line = lines[index] or ""
        match = _PREFIX_RE.fullmatch(line.strip())
        if not match:
            continue
        prefix, rest = match.group("prefix"), match.group("rest")
        letters = sum(ch.isalpha() for ch in rest)
        if (any(ch.isalpha() for ch in prefix) and not blocks.script_letters(prefix, script)
                and not _letters_used(prefix, top, script, index)
                and len(rest.split()) >= _TWICE_WORDS and _headline_like(rest)
                and 10 * blocks.script_letters(rest, script) >= 9 * letters > 0):
            start = len(line) - len(line.lstrip())
            cut = line.index(rest, start)
            edits[index] = Edit(start, line[start:cut], "", "chrome",
                                "label in another script before the headline")
    return edits


# A trail glued into the dateline under it: "HomeNewsOrganization of the Council27.04.2023,
# 16:49" — the steps run together, the last step's letter against the date's first figure.
_TRAIL_ON_DATE_RE = re.compile(
    r"(?P<trail>[^\W\d_][^.!?]{2,160}?[^\W\d_])"
    r"(?P<date>(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
    r"(?:,?\s*(?:\d{1,2}:\d{2})(?::\d{2})?)?)")


# A headline this long at least is no word a line may open with by chance.
_GLUED_COPY_WORDS = 4


def headline_glued_to_next_line(lines: Sequence[str | None],
                                code: Sequence[bool]) -> dict[int, Edit]:
    """The headline printed again at the head of the line under it, glued to what follows
    with no space ("… Humanitarian SpaceNYC July 16th 2021 Lucile Grosjean, …" under
    "… Humanitarian Space"): the edit that takes the copy off, the line's own words (a
    dateline, a byline, the lead) staying where they stand.  Only over the article, only
    for a headline of four words or more standing alone, and only where the copy runs
    straight into a capital or a figure: a sentence that opens with the title's words
    goes on after a space.
    """
    top = _top_of(lines, code)
    if top is None:
        return {}
    edits: dict[int, Edit] = {}
    heads = [i for i in top.head[:_ECHO_WINDOW] if len(top.paragraph(i)) == 1]
    for index in heads:
        headline = (lines[index] or "").strip()
        later = [i for i in top.order if i > index]
        if not later or len(headline.split()) < _GLUED_COPY_WORDS:
            continue
        # (under it, or under the dateline set between them: "изменена 2019-05-20 19:34")
        for k, under in enumerate(later[:2]):
            if k and not page.DATELINE_RE.search(lines[later[0]] or ""):
                break
            below = lines[under] or ""
            start = len(below) - len(below.lstrip())
            rest = below[start + len(headline):]
            if (below[start:].startswith(headline) and rest[:1].isalnum()
                    and (rest[:1].isupper() or rest[:1].isdigit())
                    and not headline[-1:].isspace()):
                edits[under] = Edit(start, headline, "", "chrome",
                                    "headline's copy glued to the line under it")
                break
    return edits


def headline_glued_after_a_sentence(lines: Sequence[str | None],
                                     code: Sequence[bool]) -> dict[int, Edit]:
    """The headline printed again at the end of a paragraph, run into its last full stop
    with no space ("… реагирования.Учения Коллективных сил ОДКБ пройдут в Армении" under
    that headline): a picture's title or alt text that stood after the paragraph.  The
    edit takes the copy off; the paragraph stays whole.  Only for a headline of four words
    or more over the article: an author writes a space after a full stop.
    """
    top = _top_of(lines, code)
    if top is None:
        return {}
    heads = [i for i in top.head[:_ECHO_WINDOW] if len(top.paragraph(i)) == 1]
    if not heads:
        return {}
    headline = (lines[heads[0]] or "").strip()
    if len(headline.split()) < _GLUED_COPY_WORDS:
        return {}
    edits: dict[int, Edit] = {}
    for index in top.order:
        line = (lines[index] or "").rstrip()
        if index <= heads[0] or code[index] or not line.endswith(headline):
            continue
        start = len(line) - len(headline)
        if start > 0 and line[start - 1] in ".!?…»”\"":
            edits[index] = Edit(start, headline, "", "chrome",
                                "headline's copy glued to a paragraph's end")
    return edits


# A section's label run into the heading under it: a word in Title Case or in capitals,
# then at once the heading's first word, capitalised ("NewsSecurity council meets …",
# "НовостиСовбез ООН …", "ΕΙΔΗΣΕΙΣΣυνεδρίαση …").
_GLUED_LABEL_RE = re.compile(
    r"(?P<label>[A-ZА-ЯЁΑ-ΩΆ-Ώ](?:[a-zа-яёα-ωά-ώ]{2,20}|[A-ZА-ЯЁΑ-ΩΆ-Ώ]{2,20}?))"
    r"(?=[A-ZА-ЯЁΑ-ΩΆ-Ώ][a-zа-яёα-ωά-ώ])")
# Names a site or a magazine writes as one word with two capitals: never a label.
_CAMEL_NAMES = frozenset({"businessweek", "worldcat", "newsweek", "politicshome", "sportscenter",
                          "techcrunch", "newsnow", "worldnet", "livejournal", "videolan"})
#: The heading left after the label: a headline's words, three at least.
_GLUED_HEADING_WORDS = (3, 20)


def glued_section_labels(lines: Sequence[str | None],
                         code: Sequence[bool]) -> dict[int, Edit]:
    """A section's label glued to the heading under it: the edit that takes it off.

    A page prints its section's name over each headline ("News" / "Security council
    meets …"), in a block the scraper ran into the heading's with no space.  The label
    is one of the section names sites use (``data/masthead.txt``), the heading goes on
    with a capital at once and has a headline's words, no sentence's stop at its end.
    A name of two capitals ("BusinessWeek", or "WorldPride" where the text names it
    again) or a label that is no section's stays.

    >>> page = ["NewsSecurity council meets on Syria aid", "", "The council met."]
    >>> [(i, e.before) for i, e in glued_section_labels(page, [False] * 3).items()]
    [(0, 'News')]
    >>> glued_section_labels(["BusinessWeek names its top schools", ""], [False] * 2)
    {}
    """
    edits: dict[int, Edit] = {}
    tokens: collections.Counter[str] | None = None
    for index, line in enumerate(lines):
        if line is None or code[index] or not line.strip():
            continue
        text = line.strip()
        words = text.split()
        match = _GLUED_LABEL_RE.match(text)
        if (match is None or not _GLUED_HEADING_WORDS[0] <= len(words) <= _GLUED_HEADING_WORDS[1]
                or page.SENTENCE_END_RE.search(text) or not is_section_name(match.group("label"))
                or fold(words[0]) in _CAMEL_NAMES
                or sum(w.isalpha() for w in words[1:]) < _GLUED_HEADING_WORDS[0] - 1):
            continue   # (a trail run into a dateline, "НовостиПолитика10 июня 2018", is no heading)
        # A name the text writes so again ("WorldPride" over "… WorldPride opens …") is
        # the name of a thing, not a label and a word glued.
        if tokens is None:
            tokens = collections.Counter(re.findall(r"\w+", " ".join(
                x for x in lines if x is not None)))
        if tokens[re.match(r"\w+", words[0]).group()] > 1:  # type: ignore[union-attr]
            continue
        start = len(line) - len(line.lstrip())
        edits[index] = Edit(start, match.group("label"), "", "chrome",
                            "section label glued to the heading")
    return edits


def trail_before_dateline(lines: Sequence[str | None],
                          code: Sequence[bool]) -> dict[int, Edit]:
    """A breadcrumb glued to the dateline above the article: the edit that takes it off.

    The trail's steps ran into each other ("HomeNews…", two words glued at a
    capital at least) and its last step into the date ("…of Ukraine27.04.2023,
    16:49"); the date, and its time, are the article's and stay on the line.
    Only above the article's first paragraph; a line of prose that cites a date
    keeps its words apart from it.
    """
    top = _top_of(lines, code)
    if top is None:
        return {}
    edits: dict[int, Edit] = {}
    for index in top.head[:_ECHO_WINDOW]:
        line = lines[index] or ""
        match = _TRAIL_ON_DATE_RE.fullmatch(line.strip())
        if not match or not _GLUE_RE.search(match.group("trail")):
            continue
        start = len(line) - len(line.lstrip())
        trail = match.group("trail")
        edits[index] = Edit(start, trail, "", "chrome", "breadcrumb glued to the dateline")
    return edits


# A dateline's date, and its time if any, after its label if any: "2024-07-23", "6 March, 09:45",
# "March 12, 2021 14:05", "23.11.2023 12:35", "12 марта 2021".
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл"
          r"|авг|сен|окт|ноя|дек|ιαν|φεβ|μαρ|απρ|μα[ΐι]|ιουν|ιουλ|αυγ|σεπ|οκτ|νοε|δεκ)[^\W\d_]*\.?")
_DATE_HEAD_RE = re.compile(
    r"(?:[^\W\d_]+(?: [^\W\d_]+)?:? )?"   # its label: "Published:", "Updated", "Posted on"
    rf"(?P<date>(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d{{2}}"
    rf"|\d{{1,2}} {_MONTH}(?:,? (?:19|20)\d{{2}})?|{_MONTH} \d{{1,2}}(?:,? (?:19|20)\d{{2}})?)"
    r"(?:,? (?:\d{1,2}:\d{2})(?: ?[ap]\.?m\.?)?)?)(?P<tail>\s+\S.*)", re.I)
# A sign of a reading control: larger, smaller, reset ("+ ↺ − 16 px", "A- A A+").
_CONTROL_SIGN_RE = re.compile(r"[+\-−–↺↻⟲⟳⤺⤻⊕⊖]|A[+\-−]?")
# The units a reading control shows its size in.
_CONTROL_UNIT_RE = re.compile(r"\d{1,2}(?:px|pt|%)?|px|pt|%")


def _is_glued_widget(date: str, tail: str) -> str | None:
    """Why the words after a dateline's date are a widget of the page, if they are.

    A view counter glued to the date is bare figures after a date with its time
    or its year ("6 March, 09:45 1222"); a reading control is signs and a size
    with no word, two signs at least ("+ ↺ − 16 px", "A- A A+").  Anything with a
    word (a place, a name, "Updated") is the dateline's own.
    """
    tokens = tail.split()
    if (blocks.is_bare_counter(tail) and len(tokens) == 1
            and (":" in date or page.YEAR_RE.search(date))):
        return "counter glued to the dateline"
    signs = [t for t in tokens if _CONTROL_SIGN_RE.fullmatch(t)]
    if (len(signs) >= 2 and any(not t.isalpha() for t in signs)
            and all(_CONTROL_SIGN_RE.fullmatch(t) or _CONTROL_UNIT_RE.fullmatch(t)
                    for t in tokens)):
        return "reading control glued to the dateline"
    return None


# A view counter with its label, the last field of a meta line set apart by bars ("… | By:
# Hajira Amla | Views: 4189", "… | Просмотров: 312", "… | Προβολές: 57").
_BARRED_COUNTER_RE = re.compile(
    r"\s*\|\s*(?:views|hits|reads|page views|просмотр\w*|прочтени\w*|προβολές|αναγνώσεις)"
    r"\s*:?\s*\d[\d,. ]{0,9}$", re.I)
# Fields of a meta line whose values the scraper lost, closing it: two labels or more,
# each a word and its colon ("2021-12-17 08:13:44 admin source: share:").
_EMPTY_LABELS_RE = re.compile(r"(?:\s+[^\W\d_]{2,15}\s*:){2,}\s*$")


def widget_after_dateline(lines: Sequence[str | None],
                          code: Sequence[bool]) -> dict[int, Edit]:
    """A page widget glued after the dateline above the article: the edit that takes it off.

    The date and its time are the article's and stay; a view counter or a
    text-size control the scraper ran into the same line goes, and so does a labelled
    counter closing a dated meta line after a bar ("… | By: Hajira Amla | Views: 4189"), and
    the labels of fields whose values were lost closing a dated meta line alone in its
    paragraph ("2021-12-17 08:13:44 admin source: share:").
    Only above the article's first paragraph, and only on a line that is the date and
    the widget (or a meta line with its counter labelled and barred off).
    """
    top = _top_of(lines, code)
    if top is None:
        return {}
    edits: dict[int, Edit] = {}
    if top.body >= len(lines):
        return edits     # no paragraph of prose: a list of dates and figures, no article
    for index in [*top.head[:_ECHO_WINDOW], top.body]:
        line = (lines[index] or "").rstrip()
        counter = _BARRED_COUNTER_RE.search(line)
        if counter and dates_in(line[:counter.start()]):
            # labelled and after a bar: no table's cell, whatever shares its paragraph;
            # a meta line of many fields may be long enough to pass for the first paragraph
            edits[index] = Edit(counter.start(), counter.group(), "", "chrome",
                                "counter at the end of the meta line")
            continue
        empty = _EMPTY_LABELS_RE.search(line)
        if empty and dates_in(line[:empty.start()]) and len(top.paragraph(index)) == 1:
            # the date, its time and the poster stay; the labels of what was lost go
            edits[index] = Edit(empty.start(), empty.group(), "", "chrome",
                                "empty fields at the end of the meta line")
            continue
        if index == top.body or len(top.paragraph(index)) > 1:
            continue     # a row of a list or a table of dates, not a dateline alone
        start = len(line) - len(line.lstrip())
        match = _DATE_HEAD_RE.fullmatch(line[start:])
        if not match:
            continue
        reason = _is_glued_widget(match.group("date"), match.group("tail"))
        if reason and _CRAWL_DATE_ALONE_RE.fullmatch(line[start:start + match.end("date")]):
            # the date is a crawler's record, not the article's ("date 2019-11-20 + ↺ − 16
            # px"): nothing of the line is the text's
            edits[index] = Edit(start, line[start:], "", "chrome",
                                f"{reason}, after the crawler's date")
        elif reason:
            edits[index] = Edit(start + match.start("tail"), match.group("tail"), "", "chrome",
                                reason)
    return edits


# A crawler's record of the day it fetched the page, written before the page's first line:
# a field's name in lower case and an ISO date (" date 2025-09-01 Назван председатель …"),
# or only its year and month where the crawler knew no more (" date 2022-03 Το …").
_CRAWL_DATE_RE = re.compile(r"(?P<prefix>date (?:19|20)\d{2}-\d{2}(?:-\d{2})?\s+)(?P<rest>\S.*)")
_CRAWL_DATE_ALONE_RE = re.compile(r"date (?:19|20)\d{2}-\d{2}(?:-\d{2})?")


def _first_line_match(lines: Sequence[str | None], code: Sequence[bool], pattern: re.Pattern[str]
                      ) -> tuple[int, int, re.Match[str] | None]:
    """The text's first line that is not blank, where its words start, and ``pattern``
    matched over the whole of them (None when it is code or does not match)."""
    first = next((i for i, line in enumerate(lines) if line is not None and line.strip()), -1)
    if first < 0 or code[first]:
        return first, 0, None
    line = lines[first] or ""
    start = len(line) - len(line.lstrip())
    return first, start, pattern.fullmatch(line[start:].rstrip())


def crawl_date_prefix(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, Edit]:
    """A crawler's "date YYYY-MM-DD" glued before the text's first line: the edit that cuts it.

    No author opens a text with a field's name in lower case and a date in ISO form
    run into a headline; the prefix goes and the line after it stays ("date 2025-09-01
    Назван председатель ШОС …" keeps its headline), to be judged on its own ("Home"
    after it is the site's link and goes as such).  Only on the text's first line.  When
    the rest is a few capitalised labels ("date 2017-07-06 TPM World News") the line is
    left whole: the site's labels with the date are judged together against the
    dateline (:func:`_take_dated_labels_over_headline`).  When the rest is a date
    alone ("date 2018-10-07 07 Oct 2018") it is the site's dateline, and the crawler's
    date before it goes.  When the rest is the masthead's link to a service of the site
    ("date 2020-07-14 Log in", "date 2025-12-16 Погода"), the whole line goes.
    """
    first, start, match = _first_line_match(lines, code, _CRAWL_DATE_RE)
    if match is None:
        return {}
    rest = match.group("rest")
    bare = rest.strip(" .")
    dated = any(span == (0, len(bare)) for *_, span in dates_in(bare))
    labels = (not dated and len(rest.split()) <= _DATED_LABEL_WORDS
              and not _PUNCTUATION_RE.search(rest)
              and not is_section_name(rest) and not is_section_trail(rest)
              and fold(rest) not in _HOME)
    if (labels and _masthead_link(rest)) or _menu_row(rest):
        # The crawler's date before the masthead's own link ("date 2020-07-14 Log in",
        # "date 2025-12-16 Погода") or its menu ("date 2025-09-02 Local National Weather
        # Sports Traffic Watch Now"): the whole line is the page's, none of it the text's.
        line = lines[first] or ""
        return {first: Edit(start, line[start:].rstrip(), "", "chrome",
                            "crawler's date before the masthead's link")}
    # The site's labels are capitalised, each of them; a headline in sentence case
    # ("date 2020-09-15 Recipes to bring people together") is the text's first line,
    # and only the crawler's date before it goes.
    capitalised = all(not word[:1].isalpha() or word[:1].isupper() for word in rest.split())
    if labels and capitalised and not page.BYLINE_RE.match(rest):
        return {}   # a byline after the date ("date 2019-04-23 By Drue Watkins") stays
    # (with the blanks before it: the line left is the text's first, " Village plans …"
    # would keep a space a second cleaning takes off)
    line = lines[first] or ""
    return {first: Edit(0, line[:start] + match.group("prefix"), "", "chrome",
                        "crawler's date before the first line")}


def _menu_row(text: str) -> bool:
    """Is ``text`` the site's menu, a row of section names, with a button of the site's
    after it or not ("Local National Weather Sports Traffic Watch Now")?

    >>> _menu_row("Local National Weather Sports Traffic Watch Now")
    True
    >>> _menu_row("National Weather Service warns of storms")
    False
    """
    from cms_i18n.clean import chrome  # chrome reads this module
    words = text.split()
    for cut in range(len(words), _MENU_ITEMS - 1, -1):
        rest = " ".join(words[cut:])
        if is_section_menu(" ".join(words[:cut])) and (
                not rest or chrome.is_chrome(chrome.view(rest))):
            return True
    return False


#: The masthead's links to a service of the site's, in the languages of the pages: its
#: weather and its account (the account's words are chrome's, see ``data/chrome.txt``).
_MASTHEAD_LINKS = frozenset(fold(word) for word in (
    "weather", "погода", "καιρός", "wetter", "météo", "el tiempo", "tiempo", "clima"))


def _masthead_link(text: str) -> bool:
    """Is ``text`` a masthead's link, an account's or the weather's ("Log in", "Погода")?"""
    from cms_i18n.clean import chrome  # chrome reads this module
    return fold(text) in _MASTHEAD_LINKS or chrome.is_chrome(chrome.view(text))


# An age rating in brackets run into the text's first line: "(12+) Встреча сельских старост".
_RATING_PREFIX_RE = re.compile(r"(?P<prefix>[(\[](?:0|6|12|13|15|16|18|21)\+[)\]]\s*)"
                               r"(?P<rest>[^\W\d_].*)")


def rating_prefix(lines: Sequence[str | None], code: Sequence[bool]) -> dict[int, Edit]:
    """An age rating in brackets glued before the text's first line: the edit that cuts it.

    A news site's template marks each story with its rating ("(12+)", "[16+]"), as media
    registers require, beside the headline; a scraper runs the two into one line.  The
    rating goes and the headline stays.  Only on the text's first line, and only a
    rating in brackets: "18+ tips for a party" may be the author's own title.

    >>> rating_prefix(["(12+) Встреча сельских старост", "", "Текст."], [False] * 3)[0].before
    '(12+) '
    >>> rating_prefix(["18+ tips for a party", "", "Text."], [False] * 3)
    {}
    """
    first, start, match = _first_line_match(lines, code, _RATING_PREFIX_RE)
    if match is None or not match.group("rest")[0].isupper():
        return {}
    return {first: Edit(start, match.group("prefix"), "", "chrome",
                        "age rating before the first line")}


def _letters_used(text: str, top: _Top, script: str, index: int) -> bool:
    """Does another line written in the article's script use a letter of this text?
    ("В Chinadaily опубликована статья …" uses those of "ChinaDaily".)"""
    letters = {ch.lower() for ch in text if ch.isalpha()}
    for other in top.order:
        line = top.texts[other]
        alpha = sum(ch.isalpha() for ch in line)
        if (other != index and 2 * blocks.script_letters(line, script) >= alpha > 0
                and any(ch.lower() in letters for ch in line)):
            return True
    return False


# A post's header field that names its subject ("Subject: Re: …", "Тема: …", "Θέμα: …").
_SUBJECT_FIELD_RE = re.compile(r"(?:subject|topic|тема|θέμα)\s*:\s*", re.I)


def _take_copies(top: _Top) -> None:
    """The title (or a dateline, or a label) printed twice near the top."""
    window = [i for i in top.order if i not in top.taken][:_ECHO_WINDOW]
    texts = top.texts
    # (A copy with a look-alike letter in it is a copy still: "Minister for Тourism", its
    # capital T Cyrillic, under "Minister for Tourism".)
    keys = {i: copy_key(to_latin_view(texts[i])) for i in top.order}
    counts: dict[str, int] = {}
    for index in top.order:
        counts[keys[index]] = counts.get(keys[index], 0) + 1
    loose: dict[str, int] = {}
    for index in top.order:
        loose[words_key(texts[index])] = loose.get(words_key(texts[index]), 0) + 1
    for k, first in enumerate(window):
        text = texts[first]
        if (first in top.taken or text.endswith((",", ";", ":"))
                or is_list_item(top.lines[first] or "") or _EDITORS_NOTE_RE.fullmatch(text)):
            continue
        if counts[keys[first]] >= _THRICE and _take_all_copies_but_one(top, text):
            continue
        for second in window[k + 1:]:
            other = texts[second]
            if second in top.taken:
                continue
            if keys[second] == keys[first] and counts[keys[first]] == 2:
                _take_one_of_two(top, first, second)
                break
            if (len(text.split()) <= _LOOSE_COPY_WORDS and words_key(text)
                    and words_key(other) == words_key(text) and loose[words_key(text)] == 2):
                # A byline printed twice, once with its label's colon and once without
                # ("Редактор Николай Протасов" / "Редактор: Николай Протасов").
                _take_one_of_two(top, first, second)
                break
            field = _SUBJECT_FIELD_RE.match(other)
            if field and copy_key(to_latin_view(other[field.end():])) == keys[first]:
                # The thread's title, then its post's header repeating it in a field
                # ("Re: Pics of the pond" / "Subject: Re: Pics of the pond" / "by …"):
                # the header is the post's, and the lone copy over it goes.
                top.take(first, "copy of a line below it")
                break
            if _COUNT_RE.fullmatch(other.removeprefix(text).strip()) and other != text:
                top.take(second, "heading with an item count")
            elif other.startswith(f"{text} ") and (
                    _CREDIT_LABEL_RE.fullmatch(other[len(text):])
                    or _PHOTO_NUMBER_RE.fullmatch(other[len(text):])):
                top.take(second, "the title as a photo caption")
            elif _COUNT_RE.fullmatch(text.removeprefix(other).strip()) and other != text:
                top.take(first, "heading with an item count")
        # Above the headline (never below it, where a heading may begin the same way).
        if len(text.split()) >= 2 and first not in top.taken:
            for other_index in window[:k]:
                _take_title_variant(top, other_index, text)
    for k, index in enumerate(window[:-2]):
        # "ON THE RIVER by William Vaughn Moody" above "ON THE RIVER" / "by William …"
        after = [j for j in window[k + 1:] if j not in top.taken]
        if (index not in top.taken and top.alone(index) and len(after) >= 2
                and texts[index] == f"{texts[after[0]]} {texts[after[1]]}"):
            top.take(index, "headline and byline repeated in one line")
            _take_label_above(top, index)
    head = [i for i in top.order if i <= top.body]
    for k, index in enumerate(head[1:-1], start=1):
        # "Headline" / "Headline Редакция «Текстерры»" / "Редакция «Текстерры»": the two
        # lines it stands between, glued into one, anywhere above the article.
        before = [j for j in head[:k] if j not in top.taken]
        after = [j for j in head[k + 1:] if j not in top.taken]
        if (index not in top.taken and before and after
                and len(texts[before[-1]].split()) >= _TWICE_WORDS
                and texts[index] == f"{texts[before[-1]]} {texts[after[0]]}"):
            top.take(index, "headline and byline repeated in one line")


# What a page's meta tags add to its title or description: a separator, the date, the site's
# name (" - 10.10.2025, ПРАЙМ", " | 21.08.2024, Daily News").
_DATE_AND_SITE_RE = re.compile(
    r" [-–—|] \d{1,2}[./]\d{1,2}[./](?:19|20)\d{2},? [^\W\d_][^\W\d_ .«»\"'-]*(?: [^\W\d_]+)?")
# The shortest title or lead whose copy the meta tags make.
_META_COPY_CHARS = 20


def _take_dated_meta_copies(top: _Top) -> None:
    """The page's title and description as its meta tags print them, the date and the
    site's name after each ("Заседание Совета глав государств СНГ - 10.10.2025, ПРАЙМ",
    "… пройдет в пятницу в Душанбе (Таджикистан). | 10.10.2025, ПРАЙМ"), near the top:
    what comes before the date is the headline, or a sentence the article says below,
    so the copy goes and the headline and the article stay.  A heading that names a
    date ("Итоги - 10.10.2025") has no site's name after it and copies nothing."""
    window = top.order[:_ECHO_WINDOW]
    for index in window:
        text = top.texts[index]
        match = _DATE_AND_SITE_RE.search(text)
        if index in top.taken or not match or match.end() != len(text):
            continue
        head = text[:match.start()].strip()
        if len(head) < _META_COPY_CHARS:
            continue
        if any(other != index and other not in top.taken
               and (copy_key(top.texts[other]) == copy_key(head)
                    or (other > index and head in top.texts[other]
                        and top.texts[other] != text))
               for other in top.order):
            top.take(index, "the page's meta copy with its date and the site's name")


# The months' names a date may spell, by their first letters, in English, Russian and Greek.
_MONTH_STEMS = (("jan", "янв", "ιαν"), ("feb", "фев", "φεβ"), ("mar", "мар", "μαρ"),
                ("apr", "апр", "απρ"), ("may", "ма", "μαι"), ("jun", "июн", "ιουν"),
                ("jul", "июл", "ιουλ"), ("aug", "авг", "αυγ"), ("sep", "сен", "σεπ"),
                ("oct", "окт", "οκτ"), ("nov", "ноя", "νοε"), ("dec", "дек", "δεκ"))
_ISO_DATE_RE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_DAY_MONTH_RE = re.compile(r"\b(\d{1,2}) ([^\W\d_]{3,})\.?,? ((?:19|20)\d{2})\b")
_MONTH_DAY_RE = re.compile(r"\b([^\W\d_]{3,})\.? (\d{1,2}),? ((?:19|20)\d{2})\b")
# A meta line's words besides its date: a field's name ("date") and labels, no sentence.
_DATED_LABEL_WORDS = 6


def _month(word: str) -> int | None:
    word = without_accents(word).lower()
    for number, stems in enumerate(_MONTH_STEMS, 1):
        # "ма" alone would be any Russian word: only "мая", "май", "марта" … by their stems.
        if any(word.startswith(stem) for stem in stems if stem != "ма") or (
                word in ("май", "мая")):
            return number
    return None


def dates_in(text: str) -> list[tuple[int, int, int, tuple[int, int]]]:
    """The dates a line spells, as (year, month, day, where), whichever way it writes them:
    "2017-07-06", "July 6, 2017", "6 июля 2017"."""
    dates = [(int(m[1]), int(m[2]), int(m[3]), m.span()) for m in _ISO_DATE_RE.finditer(text)]
    for match in _DAY_MONTH_RE.finditer(text):
        month = _month(match[2])
        if month:
            dates.append((int(match[3]), month, int(match[1]), match.span()))
    for match in _MONTH_DAY_RE.finditer(text):
        month = _month(match[1])
        if month:
            dates.append((int(match[3]), month, int(match[2]), match.span()))
    return dates


def _same_day(text: str, other: str) -> bool:
    """Do the two lines name a day in common ("Friday, July 23, 2010", "23 July, 2010")?

    A date over the headline that the dateline under it gives again is the post's own
    date (a blog's date over a story it carries with its source's dateline), not the
    day a masthead was printed on: it stays."""
    return bool({d[:3] for d in dates_in(text)} & {d[:3] for d in dates_in(other)})


#: A wire story's dateline opening its first paragraph, its day without a year
#: ("JOHANNESBURG, AUGUST 23:", "BORACAY ISLAND, Philippines, Feb. 19 –").
_WIRE_DATELINE_RE = re.compile(
    r"(?-i:[A-Z][A-Z .'’-]{2,40})(?:, [^\W\d_][\w .'’-]{1,30})?, "
    r"(?P<month>[^\W\d_]{3,9})\.? (?P<day>\d{1,2})\b(?! *,? *(?:19|20)\d{2})"
    r"(?: *\([^()]{1,40}\))? *[:–—-]", re.I)


def _wire_dateline_of_another_day(text: str, line: str) -> bool:
    """Does ``line`` open with a wire dateline whose day (no year given) is not the day
    the date ``text`` names?  Then ``text`` over the headline is the masthead's date of
    the day the page was printed, not the story's.

    >>> _wire_dateline_of_another_day("Friday, September 29, 2023",
    ...     "JOHANNESBURG, AUGUST 23: The leaders from the 5-member group met.")
    True
    >>> _wire_dateline_of_another_day("Wednesday, August 23, 2023",
    ...     "JOHANNESBURG, AUGUST 23: The leaders from the 5-member group met.")
    False
    """
    match = _WIRE_DATELINE_RE.match(line)
    month = _month(match["month"]) if match else None
    if match is None or not month:
        return False
    days = {(d[1], d[2]) for d in dates_in(text)}
    return bool(days) and (month, int(match["day"])) not in days


def _take_dated_labels_over_headline(top: _Top) -> None:
    """A meta line of labels above the headline carrying the article's date, which the
    dateline under the headline gives again (" date 2017-07-06 TPM World News" over the
    headline and "By Associated Press Published July 6, 2017"): the dateline printed
    twice, and the copy that stands alone among the site's labels goes.  The line must
    stand alone, have no time of day, end no sentence and hold nothing but its date
    and a few words, the first a field's name in lower case unless the page shows other
    chrome; the dateline below stays, and so does a lone date with no copy."""
    window = top.order[:_ECHO_WINDOW]
    for position, index in enumerate(window):
        text = top.texts[index]
        dates = dates_in(text)
        if index in top.taken or len(dates) != 1 or not top.alone(index):
            continue
        start, end = dates[0][3]
        rest = (text[:start] + " " + text[end:]).split()
        if (not rest or len(rest) > _DATED_LABEL_WORDS or _TIME_OF_DAY_RE.search(text)
                or page.SENTENCE_END_RE.search(text) or page.BYLINE_RE.match(text)
                or _PUNCTUATION_RE.search(" ".join(rest))):
            continue
        # A field's name in lower case ("date") is the template's; a capitalised line
        # ("Meeting notes 2017-07-06") may be the text's title, unless chrome is about.
        if not (rest[0][:1].islower() or top.found):
            continue
        below = window[position + 1:]
        # A headline between the copy and the dateline: the copy is over the article.
        headline = next((i for i in below if _headline_like(top.texts[i])
                         and len(top.texts[i].split()) >= _TWICE_WORDS
                         and not dates_in(top.texts[i])), None)
        if headline is None:
            continue
        if any(i > headline and page.DATELINE_RE.search(top.texts[i])
               and any(d[:3] == dates[0][:3] for d in dates_in(top.texts[i]))
               for i in below):
            top.take(index, "the dateline again among labels above the headline")


# A site's name before its tagline on one line: "Материк. ", "Caspian Review | ".
_SITE_NAME_PREFIX_RE = re.compile(r"[^\W\d_][\w'’&.-]*(?: [\w'’&.-]+){0,2}\s*[.:|–—-]")


# A DokuWiki page's id, its namespaces joined by colons: "church:vicars_letters:oct2010mag".
_WIKI_PAGE_ID_RE = re.compile(r"[a-z0-9_.-]*[a-z][a-z0-9_.-]*(?::[a-z0-9_.-]*[a-z_][a-z0-9_.-]*)+")


def _take_page_path(top: _Top) -> None:
    """A wiki page's path above its heading ("Sonnets to Duse and other Poems/Sonnet"
    over "Sonnet"): steps joined by slashes with no space, the last the heading
    printed below it.  The heading stays; a line that only holds a slash ("and/or")
    has no heading under it that its last part is.  A DokuWiki page's id alone in its
    paragraph above the article ("church:vicars_letters:oct2010mag") is the wiki's
    header too: no word of prose is written in lower case with colons and no space
    (a clock's "14:15" has no letter)."""
    head = [i for i in top.head if i not in top.taken]
    for index in head:
        text = top.texts[index]
        if _WIKI_PAGE_ID_RE.fullmatch(text) and top.alone(index):
            top.take(index, "wiki page's id")
            continue
        steps = text.split("/")
        if (len(steps) < 2 or " /" in text or "/ " in text or "://" in text
                or not all(step.strip() for step in steps)):
            continue
        if any(top.texts[other] == steps[-1] for other in head if other > index):
            top.take(index, "page path ending in the title")


def _take_name_over_tagline(top: _Top) -> None:
    """A masthead that prints the site's name with its tagline, then the tagline alone
    ("Материк. Информационно-аналитический портал …" / "Информационно-аналитический
    портал …"), above the headline: both lines are the site's.  The tagline's line goes
    only with a line still between it and the article (the headline), so a section's
    label glued to the headline ("World: Leaders meet" over "Leaders meet") keeps the
    headline."""
    head = [i for i in top.head if i not in top.taken]
    for k, first in enumerate(head):
        for second in head[k + 1:-1]:
            text, tagline = top.texts[first], top.texts[second]
            if (len(tagline.split()) >= _TWICE_WORDS and text.endswith(f" {tagline}")
                    and _SITE_NAME_PREFIX_RE.fullmatch(text[:-len(tagline)].rstrip())):
                top.take(first, "masthead")
                top.take(second, "masthead")


# A blog's tagline that names the blog: capitalised words ending in what a blog calls
# itself ("A Rugby Volunteer's Blog", "The Official Blog of the Parish"), or the word
# first in Russian and Greek ("Блог районной библиотеки", "Ιστολόγιο του συλλόγου").
_BLOG_TAGLINE_RE = re.compile(
    r"(?:(?:An?|The|My|Our) )?(?:[A-Z][\w'’&.-]* ){0,4}(?:Blog|Weblog)"
    r"(?: (?:of|for|about|on) (?:the )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})?"
    r"|(?:Блог|Ιστολόγιο|Ιστολόγιον) [^\W\d_]+(?: [^\W\d_]+){0,4}")
_BLOG_NAME_WORDS = 5


def _take_blog_name_over_tagline(top: _Top) -> None:
    """A blog's masthead above a post: its name, then a tagline that names the blog ("A
    Rugby Life" / "A Rugby Volunteer's Blog"), then the post's title.  Both go only as that
    pair, the name alone on the line above, short and with no sentence's end, and with a
    headline still between the tagline and the post's first paragraph: a post titled "My
    Cooking Blog" over its text keeps it, and so does a club's "Club Blog" heading over
    a post with nothing above it."""
    head = [i for i in top.head if i not in top.taken]
    for k, index in enumerate(head[1:-1], start=1):
        text, name = top.texts[index], head[k - 1]
        if (_BLOG_TAGLINE_RE.fullmatch(text) and top.alone(index) and top.alone(name)
                and _wordy(top.texts[head[-1]])
                and len(top.texts[name].split()) <= _BLOG_NAME_WORDS
                and not page.SENTENCE_END_RE.search(top.texts[name])
                and not any(ch.isdigit() for ch in top.texts[name])):
            top.take(name, "masthead")
            top.take(index, "masthead")
            return


# How far apart a tagline and its translation may be in words: a third either way.
_TRANSLATION_RATIO = 1.5


def _take_tagline_in_two_languages(top: _Top) -> None:
    """A site's tagline printed in its two languages under the site's chrome ("Information
    and public services for the Island of Jersey" / "L'înformâtion et les sèrvices … dé
    Jèrri"), above the headline: two lines alone, of about as many words, neither ending
    a sentence, the second in letters the article never uses and the first not.  Only on
    a page whose chrome stands above them (skip links, a browser notice), and only with
    a headline still below: a bilingual document's title over its text stays."""
    head = [i for i in top.head if i not in top.taken]
    if not top.found or min(top.found) > (head[0] if head else 0):
        return
    for k in range(len(head) - 2):
        first, second, headline = head[k], head[k + 1], head[k + 2]
        one, two = top.texts[first], top.texts[second]
        sizes = sorted((len(one.split()), len(two.split())))
        if (top.alone(first) and top.alone(second) and sizes[0] >= _TWICE_WORDS
                and sizes[1] <= _TRANSLATION_RATIO * sizes[0]
                and not page.SENTENCE_END_RE.search(one)
                and not page.SENTENCE_END_RE.search(two)
                and _headline_like(top.texts[headline]) and _wordy(top.texts[headline])
                and _is_foreign(two, one, top) and not _is_foreign(top.texts[headline], one, top)):
            top.take(first, "the site's tagline in two languages")
            top.take(second, "the site's tagline in two languages")
            return


_GREETING_WORDS = 12


def _take_greeting_over_chrome(top: _Top) -> None:
    """The page's first line the site's wish to its readers, an exclamation with no figure
    ("Новых эмоций, ощущений, впечатлений от чтения хороших книг!", "Happy reading!"),
    set right above a line of the site's chrome (an accessibility panel's label) and
    over the headline: the header's slogan.  A page set with no blank line reads it as
    its first paragraph's line, so the headline is the next line left, not a line of the
    head.  An exclamation over the article's text with no headline under it may be the
    title ("С Днём Победы!") and stays."""
    if len(top.order) < 3:
        return
    first, headline = top.order[0], top.order[1]
    text = top.texts[first]
    if (first not in top.taken and headline not in top.taken
            and not any((top.lines[i] or "").strip() for i in range(first))
            and text.endswith("!") and len(text.split()) <= _GREETING_WORDS
            and not any(ch.isdigit() for ch in text) and first + 1 in top.found
            and len(top.texts[headline].split()) >= _TWICE_WORDS
            and _headline_like(top.texts[headline])):
        top.take(first, "the site's greeting")


def _take_all_copies_but_one(top: _Top, text: str) -> bool:
    """A headline printed three times or more above the article (the page's ``<title>``,
    a breadcrumb's last step, the headline): one stays, the one with the article's
    lines beside it, else the last, nearest the article; the others go.  A line
    that comes back in the text's body is a refrain or a heading of the text's own."""
    copies = top.copies.get(copy_key(text), [])
    if (len(text.split()) < _TWICE_WORDS or page.SENTENCE_END_RE.search(text)
            or not all(i < top.body for i in copies)):   # every copy in the head
        return False
    before = [top.order[top.place[i] - 1] for i in copies if top.place[i]]
    if len(before) == len(copies) and all(blocks.is_name(top.texts[i]) for i in before):
        return False    # an affiliation under each of its authors' names, no title
    kept = next((i for i in copies if top.supported(i)), copies[-1])
    for index in copies:
        if index != kept:
            top.take(index, "repeated title")
    return True


def _take_title_variant(top: _Top, index: int, title: str) -> None:
    """The page's ``<title>`` ("Headline - Site"), a trail glued to the headline
    ("Полная версияЖизнь волшебника") or a trail whose last step is the headline
    ("Home › World › UN chief urges talks") beside the headline itself."""
    text = top.texts[index]
    if index in top.taken or text == title:
        return
    if text.startswith(title) and _TITLE_SEPARATOR_RE.match(text[len(title):]):
        top.take(index, "the page's title with the site's name")
    elif (text.startswith(title) and len(title.split()) >= _TWICE_WORDS
          and _DATE_TAIL_RE.fullmatch(text[len(title):])):
        # The headline again with the date the listing sets after it, its separator glued
        # to the date ("… quarterly press conference |22 November 2019").
        top.take(index, "the page's title with its date")
    elif (text.endswith(title) and len(text) > len(title)
          and text[-len(title) - 1].isalpha() and text[-len(title) - 1].islower()
          and title[0].isupper()):
        top.take(index, "breadcrumb glued to the title")
    elif (text.endswith(title) and _TRAIL_STEPS_RE.fullmatch(text[:-len(title)])) or (
            text.endswith(f" {title}") and len(title.split()) >= _TWICE_WORDS
            and _home_trail(text[:-len(title) - 1])):
        # "Home › World › UN chief urges talks", and a trail from the home page whose
        # separators were lost: "Home cyprustimes.com (Κύπρος) …".
        top.take(index, "breadcrumb ending in the title")
    elif (text.endswith(f" {title}") and len(title.split()) >= _TWICE_WORDS
          and _SECTION_DATE_RE.fullmatch(text[:-len(title) - 1])):
        top.take(index, "the title with its section and date")
    elif _site_around(text, title):
        top.take(index, "the page's title with the site's name")


# What sets a site's name apart from the title it stands beside: "Site: Title - Site".
_SITE_MARKS = " :|-–—»›"


def _site_around(text: str, title: str) -> bool:
    """Is ``text`` the title with the site's name on both sides ("Краеведческое общество:
    Населенные пункты и храмы Ополья - Краеведческое общество"), as a page's ``<title>``
    prints it?

    >>> _site_around("Local Society: Villages and churches - Local Society",
    ...              "Villages and churches")
    True
    >>> _site_around("Villages: Villages and churches", "Villages and churches")
    False
    """
    before, found, after = text.partition(title)
    if not found or len(title.split()) < _TWICE_WORDS:
        return False
    head, tail = before.rstrip(_SITE_MARKS), after.lstrip(_SITE_MARKS)
    return bool(head) and head == tail and head != before and tail != after


# A separator and a date after a copy of the title, spaced or glued: " |22 November 2019",
# " – 04.09.2007", ", March 3, 2015".
_DATE_TAIL_RE = re.compile(
    r" ?[-–—|,] ?(?:\d{1,2} [^\W\d_]{3,}\.? (?:19|20)\d{2}|[^\W\d_]{3,}\.? \d{1,2},? (?:19|20)\d{2}"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2})")
# A trail whose separators were lost opens at the home page: "Home cyprustimes.com (Κύπρος)".
_TRAIL_HOME_TOKENS = 6


def _home_trail(text: str) -> bool:
    """The steps of a trail from the home page, its separators lost, that a scraper glued
    before the title: "Home", then a few names (the site's, a section's), none ending a
    sentence.

    >>> _home_trail("Home cyprustimes.com (Κύπρος)"), _home_trail("Home is where we start.")
    (True, False)
    """
    tokens = text.split()
    return (len(tokens) <= _TRAIL_HOME_TOKENS and bool(tokens)
            and tokens[0].casefold() in HOME_WORDS
            and not any(t[-1] in ".!?:;," for t in tokens)
            and not any(t.islower() and t in blocks.STOPWORDS for t in tokens[1:]))


def copy_key(text: str) -> str:
    """What two copies of a title share, whatever the case of a word or a closing full
    stop: "… Minister In Tajikistan …" and "… Minister in Tajikistan …", a headline and
    the lead that repeats it as a sentence.  Quotes fold to straight ones: a page's
    ``<title>`` keeps the typed "Ministers' meeting" where the headline prints
    "Ministers’ meeting", and the two are one title."""
    return text.casefold().removesuffix(".").translate(_COPY_MARKS)


# A short line (a byline, a dateline, a label) is one line printed twice when its copy has
# the same words and figures, whatever its marks: a byline with and without its colon.
_LOOSE_COPY_WORDS = 6
_WORD_OR_FIGURE_RE = re.compile(r"\w+")


def words_key(text: str) -> str:
    """What two copies of a short line share, whatever their punctuation and case: its words
    and figures ("Редактор Николай Протасов" and "Редактор: Николай Протасов"), a word
    doubled in one of them once.

    >>> words_key("Редактор: Николай Протасов") == words_key("Редактор Николай Протасов")
    True
    >>> words_key("2 сентября 2025") == words_key("3 сентября 2025")
    False

    A word the template printed twice ("By By Deborah Rafferty") is one:

    >>> words_key("By By Deborah Rafferty") == words_key("By Deborah Rafferty")
    True
    """
    words = _WORD_OR_FIGURE_RE.findall(text.casefold())
    return " ".join(word for at, word in enumerate(words) if at == 0 or word != words[at - 1])


# Curly quotes and apostrophes as the straight marks a title's other copy may type.
# Dashes, likewise, as the hyphen it may type between a title and the site's name.
_COPY_MARKS = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")


# A cut copy keeps this share of the headline at least.
_CUT_COPY_SHARE = 0.5


#: Lines of a link or two ("« Back") a headline's dated copy may stand under it.
_DATED_COPY_REACH = 2
# The time of day after a date in figures: "15.09.2020 12:29".
_AFTER_DATE_TIME_RE = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2})?$")


def date_and_time(text: str) -> bool:
    """Is the text a date and its time, in words or in figures ("15.09.2020 12:29")?

    >>> date_and_time("15.09.2020 12:29"), date_and_time("May 12, 2020"), date_and_time("v2")
    (True, True, False)
    """
    return _only_a_date(text) or \
        _NUMERIC_DATE_RE.fullmatch(_AFTER_DATE_TIME_RE.sub("", text)) is not None


#: Tabs at least, and at most, run on after the heading's words in a menu's line.
_MENU_TABS = (2, 4)


def _menu_tabs_after(full: str, heading: str) -> bool:
    """Do a few more tabs follow ``heading``'s words in ``full``: capitalised words, no
    function word among them ("Books Journals"), where a headline's own words go on as
    a sentence does ("… sign Agreement", "… In Style")?

    >>> _menu_tabs_after("Policy Briefs and Reports Books Journals", "Policy Briefs and Reports")
    True
    >>> _menu_tabs_after("Nets Win The Derby In Style", "Nets Win The Derby")
    False
    """
    rest = full[len(heading):]
    words = rest.split()
    return (rest[:1] == " " and _MENU_TABS[0] <= len(words) <= _MENU_TABS[1]
            and all(w[:1].isupper() and w.casefold() not in blocks.STOPWORDS for w in words))


def _take_cut_copy(top: _Top) -> None:
    """The headline printed again under itself, cut short: "… Community of Sant'Egidio
    sign Agreement" over "… Community of Sant" (a page's title cut at its apostrophe).

    The copy is the start of the line just above it, half of it at least and a few
    words long, and ends no sentence; the full line above stays.  A heading that
    begins like the headline but goes on its own way is no copy.  The headline over
    its copy followed by nothing but a date and time goes, the dated copy staying.
    """
    left = [i for i in top.order[:_ECHO_WINDOW] if i not in top.taken]
    for above, index in itertools.pairwise(left):
        full, cut = top.texts[above], top.texts[index]
        if (len(cut.split()) >= _TWICE_WORDS and full.startswith(cut) and len(cut) < len(full)
                and len(cut) >= _CUT_COPY_SHARE * len(full) and _headline_like(full)
                and not page.SENTENCE_END_RE.search(cut)):
            if _GLUED_HANDLE_RE.fullmatch(full[len(cut):]):
                # the longer copy is the headline with the author's handle glued to it
                # ("… Tech Founderby@ezerez"): the clean copy under it is the headline
                top.take(above, "the headline again, with its author's handle glued")
            elif _GLUED_COUNTS_RE.fullmatch(full[len(cut):]):
                # ... or a gallery's counts glued to it ("… Israel-Hamas war4Photo2Video©")
                top.take(above, "the headline again, with a gallery's counts glued")
            elif _menu_tabs_after(full, cut):
                # a section's tabs run together, the first one the page's own heading
                # ("Policy Briefs and Reports Books Journals" / "Policy Briefs and
                # Reports"): the tabs go, the heading under them stays
                top.take(above, "menu tabs over the page's heading")
            else:
                top.take(index, "the headline again, cut short")
            return
    for above, index in itertools.combinations(left[:_DATED_COPY_REACH + 2], 2):
        full, dated = top.texts[above], top.texts[index]
        between = [j for j in left if above < j < index]
        if (len(full.split()) >= _TWICE_WORDS and dated.startswith(full + " ")
                and _headline_like(full) and date_and_time(dated[len(full):].strip())
                and all(len(top.texts[j].split()) <= 2 for j in between)):
            # the headline over its copy with the page's date and time after it
            # ("… SCO member States" / "« Back" / "… SCO member States 15.09.2020 12:29"):
            # the dated line is the page's heading, and the bare copy above it goes
            top.take(above, "the headline again, over its copy with the date")
            return


# A page's title cut from its text's first words, then the site's name ("Well what a week!
# We would like to … to say a - TopicsExpress"): the cut at least this many words.
_CUT_TITLE_WORDS = 6
_CUT_TITLE_RE = re.compile(r"(?P<cut>.+?) [-–—|] (?P<site>[^\W_][^|]{0,40})")
_CUT_TITLE_SITE_WORDS = 4


def _take_cut_title_over_its_text(top: _Top) -> None:
    """A page whose ``<title>`` is the first words of its text, cut short, with the site's
    name after it, printed over that text (a paragraph, ending a sentence): the title goes,
    the text stays whole.

    >>> lines = ["Well what a week! We would like to take this chance to say a - TopicsExpress",
    ...          "Well what a week! We would like to take this chance to say a few thanks to "
    ...          "all our friends and helpers."]
    >>> found: dict[int, str] = {}
    >>> take_top(lines, {0: lines[0], 1: lines[1]}, found)
    >>> found
    {0: "the page's title with the site's name"}
    """
    left = [i for i in top.order[:2] if i not in top.taken]
    if len(left) < 2:
        return
    title, text = top.texts[left[0]], top.texts[left[1]]
    match = _CUT_TITLE_RE.fullmatch(title)
    if (match is not None and len(match.group("cut").split()) >= _CUT_TITLE_WORDS
            and len(match.group("site").split()) <= _CUT_TITLE_SITE_WORDS
            and text.startswith(match.group("cut") + " ")
            and page.SENTENCE_END_RE.search(text)):
        # (a heading that goes on from the title's words, "… 2019 Foreword by the
        # Director", is the document's own)
        top.take(left[0], "the page's title with the site's name")


# Another line's start glued to the copy's last letter: a capital, an opening quote
# before it ("…БАКЛАНОВА“Школа-пресс”"); a cut word's rest ("…St Mary's Hospital") is no
# other line.
_GLUED_START_AFTER_RE = re.compile(r"[\"'“‘«„(]?[A-ZА-ЯЁΑ-ΩΆ-Ώ]")
# A caption's copy is a sentence's worth: this many words at least.
_GLUED_CAPTION_WORDS = 5


def _take_copy_with_glued_tail(top: _Top) -> None:
    """A caption printed again over itself with other lines of the top run into its end:
    "Ребята … Алексей Белов.  © Фото Валерия БАКЛАНОВА“Школа-пресс”: равнение на лучших!
    Школа-пресс-2013" over "Ребята … Алексей Белов. © Фото Валерия БАКЛАНОВА".

    A picture's caption stands in a lightbox's copy too, and a scraper that drops the breaks
    there glues the headline's copy and a gallery's label to it.  The line opens with every
    word of the line right under it, spaces aside, and goes on straight after its last
    letter, with no blank between; the clean copy under it stays.
    """
    left = [i for i in top.order[:_ECHO_WINDOW] if i not in top.taken]
    for above, index in itertools.pairwise(left):
        full, copy = " ".join(top.texts[above].split()), " ".join(top.texts[index].split())
        if (len(copy.split()) >= _GLUED_CAPTION_WORDS and len(full) > len(copy)
                and full.startswith(copy) and _GLUED_START_AFTER_RE.match(full, len(copy))
                and top.alone(above)):
            top.take(above, "caption's copy with the page's lines glued to it")


# A caption that ends with its picture's credit: "… Алексей Белов. © Фото Валерия
# БАКЛАНОВА", "… at the county hall. Photo: John Smith".
_CREDIT_END_RE = re.compile(as_seen(
    r".*\S\s+(?:©|\(c\)|(?:©\s*)?(?:photo|фото|φωτο(?:γραφια|γραφία)?)\s*(?::|by\b|—|-)?)"
    r"\s*[^\W\d_][^.!?]{1,60}"), re.IGNORECASE)


def _take_count_under_caption(top: _Top) -> None:
    """Bare figures alone right under a picture's caption near the page's top ("0" under
    "… Алексей Белов. © Фото Валерия БАКЛАНОВА"): the picture's counter (views, likes)
    whose icon the scraper dropped.  A caption ends with its credit; an article's
    paragraph above a figure does not.  Never a year, nor a figure from 1 to 31.
    """
    from cms_i18n.clean.meta import is_bare_count  # meta reads this module
    left = [i for i in top.order[:_ECHO_WINDOW] if i not in top.taken]
    for above, index in itertools.pairwise(left):
        if (is_bare_count(top.texts[index]) and top.alone(index)
                and _CREDIT_END_RE.fullmatch(top.texts[above])):
            top.take(index, "counter under the picture's caption")


# Another story's headline over the page's: this many words at least.
_OTHER_STORY_WORDS = 5


def _take_other_story_over_headline(top: _Top) -> None:
    """Another story's headline opening the page over the page's own, on a page that shows
    other chrome ("Что изменится в России с 1 ноября 2024 года" over "“Школа-пресс”:
    равнение на лучших!" and a text about a school press contest).

    A site's header links the day's most read story above every page.  The line is alone,
    a headline's length, and no word of substance of it comes again below it, while the
    headline under it, alone too, shares its words with the text: the title of a text
    speaks of it, another story's speaks of something else.
    """
    left = [i for i in top.order if i not in top.taken]
    if len(left) < 3 or not top.taken or left[0] not in top.head:
        return
    first, headline = left[0], left[1]
    text = top.texts[first]
    mine = _substance_words(text)
    below = set().union(*(_substance_words(top.texts[i]) for i in left[1:]))
    body = set().union(*(_substance_words(top.texts[i]) for i in left[2:]))
    if (len(text.split()) >= _OTHER_STORY_WORDS and _headline_like(text)
            and not page.SENTENCE_END_RE.search(text) and top.alone(first)
            and top.alone(headline) and headline in top.head
            and len(top.texts[headline].split()) <= _HEADLINE_WORDS
            and not top.texts[headline].endswith((".", ",", ";", ":"))   # "… на лучших!"
            and mine and not mine & below
            and not _only_a_date(text)      # the article's dateline, a weekday and all
            and _substance_words(top.texts[headline]) & body):
        top.take(first, "another story's headline over the page's")


def _only_a_date(text: str) -> bool:
    """Is the line a date and nothing else, its weekday and time of day aside
    ("Κυριακή, 14 Απριλίου 2024 23:58"): a dateline, whatever its length, no headline.

    >>> _only_a_date("Κυριακή, 14 Απριλίου 2024 23:58"), _only_a_date("Что изменится 1 мая 2024")
    (True, False)
    """
    rest = text
    for *_, (start, end) in sorted(dates_in(text), key=lambda d: -d[-1][0]):
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", " ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in WEEKDAY_NAMES]
    return len(rest) < len(text) and not words and not re.search(r"\d", rest)


# A blog platform's author handle glued to the page's title: "by@ezerez", " by @anna_b".
_GLUED_HANDLE_RE = re.compile(r"\s*by\s?@[\w.-]+", re.IGNORECASE)
# A gallery's counts glued to a headline: "4Photo2Video©", "12 Photos".
_GLUED_COUNTS_RE = re.compile(r"(?:\s*\d+\s?(?:Photos?|Videos?|Images?|Pictures?|Фото|Видео)"
                              r")+\s*©?", re.IGNORECASE)


def _take_one_of_two(top: _Top, first: int, second: int) -> None:
    """Of two copies, a lone one goes when the other has the article's lines beside it;
    of two alone, the earlier.  A lone title above an infobox that repeats it
    ("Mersenne prime" / "Mersenne prime" / "Named after …") is the page's own.
    A headline printed twice in a row, the article's lines or its byline right
    under the second copy, is one title: the copy goes.  The lead printed again as the
    article's first paragraph takes the copy above it."""
    if _take_doubled_lines(top, first, second):
        return
    under = top.texts.get(second + 1, "")
    if (second == first + 1 and first == top.order[0]
            and (blocks.is_prose(under) or page.BYLINE_RE.match(under))
            and len(top.texts[first].split()) >= _TWICE_WORDS
            and not page.SENTENCE_END_RE.search(top.texts[first])):
        top.take(second, "repeated title")
        return
    if not top.alone(first) and top.supported(first):
        # The page's first line, its subtitle under it, then a lone copy of it below.
        if top.alone(second) and first == top.order[0] and len(top.texts[first].split()) >= 3:
            top.take(second, "repeated title")
            _take_label_above(top, second)
        return
    between = [j for j in top.order if first < j < second
               and j not in top.taken and not blocks.is_bare_counter(top.texts[j])]
    gap = top.lines[first + 1:second]
    if ((blocks.is_prose(top.texts[first]) or second == top.body) and top.alone(second)
            and all(line is None or not line.strip() for line in gap)):
        # (lines gone in this cleaning are looked through: the next one never sees them)
        # The lead printed twice: the page's description above the article's first paragraph.
        top.take(first, "copy of a line below it")
        return
    if (first == top.order[0] and _is_label(top.texts[first]) and top.alone(first)
            and top.alone(second) and second in top.head and len(between) == 1
            and len(top.texts[between[0]].split()) >= _HEADLINE_BETWEEN_WORDS
            and _headline_like(top.texts[between[0]])):
        # The site's name above the headline and again under it as its byline
        # ("Caravanserai" / "CSTO members to discuss …" / "Caravanserai"): the masthead goes.
        top.take(first, "the site's name above the headline, again under it")
        return
    # Both above the article, nothing but chrome between them: a copy in the body
    # is the text's own, and so is a heading repeated after a list of headings.
    if second in top.head and not between and not top.supported(second):
        top.take(first, "copy of a line below it")
        _take_label_above(top, first)
        if top.alone(second) and is_list_item(top.lines[second] or ""):
            # The copy kept wears a list's bullet ("Ask the Government" / "• Ask the
            # Government"): a menu's heading and its item, no headline; both go.
            top.take(second, "menu item repeating the line above it")


def _take_doubled_lines(top: _Top, first: int, second: int) -> bool:
    """A few lines printed twice in a row above the article ("Official website of the" /
    "President of …", "Xinhua" / "14:56 UTC+8, 2022-02-28 0"): the first copy goes,
    unless a line outside the two copies stands beside them as the article's."""
    order = top.order
    start, width = order.index(first), order.index(second) - order.index(first)
    lines, copy = order[start:start + width], order[start + width:start + 2 * width]
    if not (2 <= width <= _REPEATED_BLOCK and len(copy) == width
            and all(j in top.head for j in copy)
            and [copy_key(top.texts[j]) for j in lines] == [copy_key(top.texts[j]) for j in copy]):
        return False
    doubled = {*lines, *copy}
    if any(len(top.texts[k].split()) >= _SUPPORT_WORDS for j in doubled
           for k in top.paragraph(j) if k not in doubled and k not in top.taken
           and not blocks.is_bare_counter(top.texts[k])):
        return False
    for index in lines:
        top.take(index, "copy of the lines below it")
    return True


def _take_site_language(top: _Top) -> None:
    """Lines above the article in the site's language, not the article's; the page's
    first line too where the scraper ran it into the article's first paragraph."""
    # A line of its own: a paragraph of such lines is a text in two languages.
    lines = [i for i in top.head if i not in top.taken and top.alone(i)]
    first = top.order[0] if top.order else None
    if (first is not None and first not in top.head and first not in top.taken
            and not blocks.is_prose(top.texts[first])):
        lines.insert(0, first)
    for index in lines:
        if _in_site_language(top.texts[index], top):
            top.take(index, "line in the site's language")


# A page's <title>, the site's name glued on with an underscore ("… adopted statement
# document_Hangzhou Net"): a few words, an underscore, one to three capitalised words.
_UNDERSCORE_SITE_RE = re.compile(
    r"\w[\w'’,-]*(?: [\w'’,-]+){2,}_[^\W\d_][\w.&'’-]*(?: [^\W\d_][\w.&'’-]*){0,2}")


def _take_title_with_underscored_site(top: _Top) -> None:
    """A line above the article that is the page's title with the site's name glued on
    by an underscore, as some content systems build the ``<title>``: no author joins a
    sentence's words to a name so, and the headline the page prints stays."""
    for index in top.head:
        text = top.texts[index]
        if (index not in top.taken and _UNDERSCORE_SITE_RE.fullmatch(text)
                and not page.SENTENCE_END_RE.search(text)
                and text.rsplit("_", 1)[1][0].isupper()):
            top.take(index, "the page's title with the site's name")


# A back-to-top link's anchor left as the page's first word.
_TOP_ANCHORS = frozenset({"top", "to top", "наверх", "вверх", "επάνω", "πάνω"})
# Headlines run together into one line: this many words, no mark between them, and
# this many of them opening a new headline with a capital after a lower-case word.
_RUN_WORDS = 25
_RUN_STARTS = 4
_RUN_MARK_RE = re.compile(r"[.,;:!?…()\[\]|•·–—]")


# A headline's last word run into the next one's first, no space between: a word in small
# letters (three or more) touching a capital that opens a word ("выборовРост").
_GLUED_START_RE = re.compile(
    r"(?<!\S)[a-zа-яёα-ωά-ώ][a-zа-яёα-ωά-ώ-]{2,}(?=[A-ZА-ЯЁΑ-ΩΆ-Ώ][a-zа-яёα-ωά-ώ])")
# A ticker's headlines glued so: this many junctions in a line of this many words.
_GLUED_STARTS = 3
_GLUED_RUN_WORDS = 15


def _glued_headlines(text: str) -> bool:
    """Are these headlines a scraper ran into one line with no space between them
    ("… в день выборовРост цен на мясо: … горячие источникиХудожники создали …")?

    A word in small letters glued to the capital of the next headline's first word, three
    times or more in a long line: no author types so, and a brand's capital inside a word
    ("iPhone", "eBay") follows one or two letters, not a word.

    >>> _glued_headlines("Минэнерго усиливает контроль в день выборовРост цен на мясо: что "
    ...                  "происходит на рынкахПутешествие по долине: музей и источникиХудожники"
    ...                  " создали мурал в БишкекеПрогноз погоды")
    True
    >>> _glued_headlines("The iPhone and the eBay app sold well in March, and YouTube grew.")
    False
    """
    return (len(text.split()) >= _GLUED_RUN_WORDS and not _SENTENCE_STOP_RE.search(text)
            and len(_GLUED_START_RE.findall(text)) >= _GLUED_STARTS)


# A sentence's full stop inside a line: a paragraph whose links lost their spaces ("… formed
# in 1996 betweenChina,Kazakhstan … In June 2001, …") is prose, no ticker.
_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s|$)")


def _headline_starts(text: str) -> int:
    """How many capitalised words follow a lower-case word that is no function word:
    "долгов В Хакасии", not a name after an article or a preposition ("του Συμβουλίου",
    "перед Трампом")."""
    words = [word.strip("\"'«»“”„") for word in text.split()]
    return sum(1 for before, word in itertools.pairwise(words)
               if before[-1:].islower() and word[:1].isupper() and not word[1:2].isupper()
               and before.lower() not in blocks.STOPWORDS)


def _notice_patterns() -> dict[str, re.Pattern[str]]:
    """The kinds of words a site's notice about itself holds (``data/site_notices.txt``)."""
    kinds: dict[str, list[str]] = {}
    for line in data_text("site_notices.txt").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            kind, _, pattern = line.partition(":")
            # folded as the line is: "сайт" is read as "саит", "συγγνώμη" as "συγγνωμη"
            kinds.setdefault(kind.strip(), []).append(without_accents(pattern.strip()))
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
            for kind, patterns in kinds.items()}


_NOTICE_KINDS = _notice_patterns()
# A banner is a sentence or three; a longer paragraph is an article about the works.
_NOTICE_WORDS = 60


def is_maintenance_notice(text: str) -> bool:
    """Does this line tell the reader the site is under maintenance and apologise?

    >>> is_maintenance_notice("Ведутся технические работы на сайте. Приносим извинения!")
    True
    >>> is_maintenance_notice("Road maintenance on the A4 will cause delays, sorry drivers.")
    False
    """
    return _says_all(text, ("work", "site", "apology"))


def _says_all(text: str, kinds: Sequence[str]) -> bool:
    """Does this line, a banner's length at most, hold a word of every one of these
    kinds of :data:`_NOTICE_KINDS`?"""
    folded = fold(" ".join(text.split()))
    return len(folded.split()) <= _NOTICE_WORDS and all(
        _NOTICE_KINDS[kind].search(folded) for kind in kinds)


def _take_site_notice_above(lines: Sequence[str | None], views: dict[int, str],
                            found: dict[int, str]) -> None:
    """A site's maintenance banner opening the page ("Ведутся технические работы. Это может
    временно повлиять на скорость работы сайта. Приносим извинения за неудобства …").

    So is an institution's closure banner ("All libraries will be closed Monday, …"), over
    a headline of its own (see :func:`is_closure_notice`).

    It speaks of the works, of the site and apologises, all three: a story about
    works on a road, or an article that quotes such a notice inside it, names no site
    or apologises to no one in its opening line.  Only the page's first line, a
    paragraph of its own that ends a sentence (a headline on the works ends none),
    with the article's prose under it, so a text that is the notice and nothing else
    stays.
    """
    order = [i for i in sorted(views) if i not in found]
    if len(order) < 2:
        return
    first = order[0]
    text = " ".join((lines[first] or "").split())   # its own letters: views make them Latin
    if ((first + 1 < len(lines) and (lines[first + 1] or "").strip())
            or not page.SENTENCE_END_RE.search(text)):
        return
    if is_maintenance_notice(text):
        if any(blocks.is_prose(views[i]) and page.SENTENCE_END_RE.search(views[i])
               for i in order[1:]):
            found.setdefault(first, "the site's maintenance notice")
    elif is_closure_notice(text) and _over_a_headline(order, views, found):
        found.setdefault(first, "the site's closure notice")


def _over_a_headline(order: Sequence[int], views: dict[int, str],
                     found: dict[int, str]) -> bool:
    """Does a headline of its own (no sentence's end, under the first line and chrome at
    most) stand between the page's first line and the article's first sentence?"""
    for index in order[1:]:
        text = views[index]
        if index in found:
            continue
        return bool(text) and not page.SENTENCE_END_RE.search(text) and len(
            text.split()) < _NOTICE_HEADLINE_WORDS
    return False


# A headline is shorter than this.
_NOTICE_HEADLINE_WORDS = 20


def is_closure_notice(text: str) -> bool:
    """Does this line tell the reader that all the institution's places will be closed on
    a day?  A site's banner over every page, never a story's headline (which ends no
    sentence) when it opens the page over another headline.

    >>> is_closure_notice("All libraries will be closed Monday, October 14th in celebration.")
    True
    >>> is_closure_notice("The bridge will be closed on Monday for repairs.")
    False
    """
    return _says_all(text, ("closed", "premises", "day"))


# A masthead's tagline is a few words.
_TAGLINE_WORDS = 8
# A picture's or a post's credit to where it was found ("via Dujour Magazine"): the post's.
_VIA_CREDIT_RE = re.compile(r"(?i:(?:(?:photo|image|picture|video)s?\s+)?via)\s+[A-Z@]")


def _take_masthead_credits(top: _Top) -> None:
    """A journal's masthead lines above the headline: the credit to who funds the site
    ("Функционирует при финансовой поддержке Министерства …") and the tagline saying
    what the site is ("литературно-художественный и общественно-политический журнал").

    The credit opens with its verb and ends no sentence; the tagline is a few words in
    lower case ending on the publication's noun (``data/site_notices.txt``), on a page
    that shows other chrome.  A lead that says who funded a project ends its sentence,
    and a headline opens with a capital: both stay, and so does a credit to where the
    post's picture was found ("via Dujour Magazine").
    """
    for index in top.head:
        text = " ".join((top.lines[index] or "").split())   # its own letters
        if index in top.taken or page.SENTENCE_END_RE.search(text):
            continue
        folded = fold(text)
        match = _NOTICE_KINDS["funding"].match(folded)
        if match:
            top.take(index, "the site's funding credit")
            continue
        words = folded.split()
        if (text[:1].islower() and len(words) <= _TAGLINE_WORDS and (top.found or top.taken)
                and _NOTICE_KINDS["publication"].fullmatch(words[-1])
                and not _VIA_CREDIT_RE.match(text)):
            top.take(index, "the masthead's tagline")


# The parts a page's <title> joins: "Author. Title. Site", "Title | Author".
_TITLE_PARTS_RE = re.compile(r"\.\s+|\s+[|–—-]\s+")


def _take_title_of_lines_below(top: _Top) -> None:
    """The page's `<title>` made of lines printed below it ("Эльвина Мороз. Между городом
    и деревней. Эльвина Мороз" over the author's name and the title): two parts at least,
    each of them a whole line further down, above the article.  Only the page's first
    line, where the scraper prints the `<title>`, and only lines above the article's
    first paragraph: a line naming the sections of the text ("Spring. Summer. Autumn")
    is its list of contents.  The lines below stay."""
    for index in [i for i in top.head if i not in top.taken][:1]:
        parts = [p.strip().rstrip(".") for p in _TITLE_PARTS_RE.split(top.texts[index])]
        if len(parts) < 2 or not all(parts):
            continue
        below = {top.texts[i].rstrip(".") for i in top.head if i > index}
        if all(part in below for part in parts):
            top.take(index, "the page's title made of the lines below")


# The end of a lead a meta tag cut short: "… the collective response agenda..", "…".
_CUT_LEAD_END_RE = re.compile(r"\s*(?:\.{2,}|…)$")
#: A run of the title, its subtitle and its lead has this many words at least.
_META_RUN_WORDS = 12


def _letters(text: str) -> str:
    """The letters and figures of a line, folded: "A single shield." → "asingleshield"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _take_meta_run_of_lines_below(top: _Top) -> None:
    """The page's first line the page's meta title and description run together, the
    description cut short ("Under a single shield. CIS, SCO and CSTO with joint defense
    While old conflicts … the collective response agenda..") over the title, the
    subtitle and the lead that print them in full: two whole lines below at least, then
    the start of the next, word for word, and the line ends where the meta tag cut it
    ("..", "…").  The lines below are the article's and stay; a first line that goes on
    in words of its own is the text's."""
    left = [i for i in top.order if i not in top.taken]
    if len(left) < 4:
        return
    first = left[0]
    text = " ".join((top.lines[first] or "").split())
    cut = _CUT_LEAD_END_RE.search(text)
    if cut is None or len(text.split()) < _META_RUN_WORDS:
        return
    run = _letters(text[:cut.start()])
    joined = ""
    for count, index in enumerate(left[1:], 1):
        line = _letters(top.lines[index] or "")
        if run == joined + line or (count > 2 and run.startswith(joined)
                                    and (joined + line).startswith(run)):
            if count >= 2:
                top.take(first, "the meta title and lead run together above the text")
            return
        joined += line
        if not run.startswith(joined):
            return


def _take_title_block_around_note(top: _Top) -> None:
    """The author's name and the title above a one-line note on the author and printed
    again under it ("Эльвина Мороз" / "Между городом и деревней" / "Об авторе | …" /
    "Эльвина Мороз" / "Между городом и деревней" / the text): the copies beside the text,
    under the note, are the article's; the ones above go.  Two lines at least, in the
    same order, nothing between them and the note but the copies."""
    paragraph = top.paragraph(top.body)
    if len(paragraph) != 1:
        return
    above = [i for i in top.head if i not in top.taken]
    below = [i for i in top.order if i > top.body][:len(above)]
    for size in range(min(len(above), len(below)), 1, -1):
        upper, lower = above[-size:], below[:size]
        if ([top.texts[i] for i in upper] == [top.texts[i] for i in lower]
                and any(i > lower[-1] for i in top.order)):
            for index in upper:
                top.take(index, "title block printed again under the note")
            return


# Words of this many letters or more are the ones a headline and its story share.
_STORY_WORD_LETTERS = 4
#: A headline shares this many such words with the paragraph under it.
_STORY_SHARED_WORDS = 3


def _story_words(text: str) -> set[str]:
    """The longer words of a line, folded, a possessive's "'s" cut off: "Messi's" → "messi"."""
    words = (re.sub(r"['’]s$", "", word) for word in re.findall(r"[^\W\d_][\w'’-]*", text))
    return {word.casefold() for word in words if len(word) >= _STORY_WORD_LETTERS
            and word.casefold() not in blocks.STOPWORDS}


def _shares_story(line: str, below: str) -> bool:
    """Does this long line tell the story the paragraph under it tells: three of its longer
    words again there ("Lionel Messi's first goal … against Chelsea gave Barcelona …" over
    "Chelsea had subdued Messi … in the first half … and gave Antonio Conte's side …")?
    Then it is the article's headline, however many names it capitalises; a ticker's
    headlines are other stories'."""
    return len(_story_words(line) & _story_words(below)) >= _STORY_SHARED_WORDS


def _take_ticker_above(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """A headline ticker above the article, and the anchor of a "top" link over it.

    "Счета абаканских школ … из-за долгов В Хакасии задержан мужчина … застолья
    Жительница Аскиза …": the latest headlines of a site, printed one after another,
    come out of the scraper as one line of many words without a single mark of
    punctuation, where a capital after a lower-case word opens each headline.  An
    author's sentence of that length has a comma or a full stop somewhere; a long
    headline without one tells the story of the paragraph under it, in its words.  The word
    "top" alone as the page's first line, above such a ticker, is the anchor a "back to
    top" link aims at.
    """
    order = [i for i in sorted(views) if i not in found]
    for index in order[:_ECHO_WINDOW]:
        text = " ".join((lines[index] or "").split())
        if _glued_headlines(text):
            found.setdefault(index, "headlines run together")
            continue
        if len(text.split()) < _RUN_WORDS or _RUN_MARK_RE.search(text):
            continue
        if _headline_starts(text) < _RUN_STARTS:
            break   # a long line of the article's: what follows is its text
        below = next((i for i in order if i > index), None)
        if below is not None and _shares_story(text, lines[below] or ""):
            break   # the article's headline, its names told again right under it
        found.setdefault(index, "headlines run together")
        if order[0] != index and (lines[order[0]] or "").strip().lower() in _TOP_ANCHORS:
            found.setdefault(order[0], "back-to-top anchor")


# A site's header block printed again and again over the article (its desktop, mobile and
# sticky copies): this many times at least, each block of two lines to this many, each
# line of this many words at most.
_HEADER_COPIES = 3
_HEADER_LINES = 3
_HEADER_WORDS = 15


def _take_header_printed_thrice(views: dict[int, str], found: dict[int, str]) -> None:
    """The site's header, its name and tagline, printed three times and more one after the
    other at the page's top ("Florida Atlantic University’s first student-run news
    source." / "UNIVERSITY PRESS", thrice): every copy goes.  A tagline reads as a sentence,
    so the article's first line would be sought among its copies; an author repeats no
    block of lines three times before the text begins.

    >>> views = dict(enumerate(["Our first student-run news source.", "UNIVERSITY PRESS"] * 3
    ...                        + ["An afternoon of awards", "The awards were given on Friday."]))
    >>> found: dict[int, str] = {}
    >>> _take_header_printed_thrice(views, found)
    >>> sorted(found)
    [0, 1, 2, 3, 4, 5]
    """
    order = [i for i in sorted(views) if i not in found]
    texts = [" ".join(views[i].split()) for i in order]
    for size in range(2, _HEADER_LINES + 1):   # one line thrice may be the headline's copies
        block = texts[:size]
        if len(block) < size or any(len(text.split()) > _HEADER_WORDS for text in block):
            return
        copies = 1
        while texts[copies * size:(copies + 1) * size] == block:
            copies += 1
        if copies >= _HEADER_COPIES and len(texts) > copies * size:
            for index in order[:copies * size]:
                found.setdefault(index, "the site's header printed again and again")
            return


_FOREIGN_FIRST_WORDS = (3, 16)


def _take_foreign_first_line(top: _Top) -> None:
    """The page's first line, in another script than the whole article under it.

    "Deniz polisinden Adalar çevresinde 'deniz taksi' denetimi" opening a Greek
    article: a site's ticker prints the latest headline of another of its editions
    above the story, in the Latin letters the article never uses.  Only the first
    line, a line of its own that ends no sentence and reads as words (some in lower
    case), not a name ("Vladimir Putin") or an acronym, and with a letter English
    does not write ("ç"): a title in plain English over a Greek or Russian text may be
    the page's own (a translation's, a bilingual page's) and stays.  A page in two
    languages has no single script, and a heading between its two texts is no first line.
    """
    if not top.head:
        return
    # The article's script: that of its paragraphs of prose, the page's last lines aside.
    prose = " ".join(top.texts[i] for i in top.order
                     if i >= top.body and blocks.is_prose(top.texts[i]))
    script = blocks.script_of(prose)
    if script not in {"GREEK", "CYRILLIC"} or 10 * blocks.script_letters(
            prose, script) < 9 * sum(ch.isalpha() for ch in prose):
        return
    index = top.head[0]
    if index != top.order[0] or index in top.taken or not top.alone(index):
        return
    text = top.texts[index]
    words = blocks.words_of(_QUOTED_RE.sub(" ", text))
    if (not _FOREIGN_FIRST_WORDS[0] <= len(words) <= _FOREIGN_FIRST_WORDS[1]
            or page.SENTENCE_END_RE.search(text) or blocks.script_letters(text, script)
            or sum(word[0].islower() for word in words) < 2):
        return
    if (all(blocks.script_of(word) == "LATIN" for word in words)
            and any(ch.isalpha() and not ch.isascii() for ch in text)):
        top.take(index, "a line in another script above the article")


# Chinese and Japanese letters; a line of this many of them at least, and this share of its
# letters, is written in them.
_IDEOGRAPH_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_IDEOGRAPH_LINE = 8
_IDEOGRAPH_SHARE = 0.8


def _take_ideographs_over_article(top: _Top) -> None:
    """The page's first line in Chinese or Japanese letters over an article that has none.

    "久久精品…_国产…_…" over an English headline: a hijacked site's spam title, or another
    edition's ticker.  The article never writes a letter of that script, so the line says
    nothing of it; a page quoting a Chinese name or a bilingual title has those letters
    again below, and keeps its line.

    >>> lines = ["久久久久久青草大香综合精品_久久精品国产免费一区", "", "Cooperation in the SCO",
    ...          "", "The deepening cooperation plays a key role in the region, officials said."]
    >>> top = _Top(lines, {i: t for i, t in enumerate(lines) if t}, {})
    >>> _take_ideographs_over_article(top)
    >>> top.taken
    {0: 'a line in Chinese letters over an article that has none'}
    """
    if not top.order:
        return
    index = top.order[0]
    if index in top.taken or not top.alone(index):
        return
    text = top.texts[index]
    ideographs = len(_IDEOGRAPH_RE.findall(text))
    letters = sum(ch.isalpha() for ch in text)
    if ideographs < _IDEOGRAPH_LINE or ideographs < _IDEOGRAPH_SHARE * letters:
        return
    if any(_IDEOGRAPH_RE.search(top.texts[i]) for i in top.order[1:]):
        return
    if not any(blocks.is_prose(top.texts[i]) for i in top.order[1:]):
        return
    top.take(index, "a line in Chinese letters over an article that has none")


# A word or a few in lower-case Latin letters, as an image's file name is written
# ("diakopi nerou", "kleistos_dromos").
_LOWER_LATIN_RE = re.compile(r"[a-z]{2,}(?:[ _-][a-z]{2,}){0,4}")
_TAG_WORDS = 4


def _take_lower_case_labels(top: _Top) -> None:
    """Lines of lower-case words above the article that no editor wrote.

    * In a Greek or a Russian article, a line of a few lower-case Latin words alone
      between the headline and the text ("diakopi nerou" under "Χωρίς νερό …") is an
      image's file name, transliterated, where its alt text was: the article's language
      is not in it.  A line of English words only ("the lighthouse keeper") is a title
      in English, a poem's over its verse on a page that also holds a Russian text.
    * Opening a listing of a tag's stories, the tag in lower case, in any script
      ("security council" over "• The Security Council unanimously adopted …",
      "совет безопасности" over "• Совет безопасности …"): a label whose words the
      item below repeats, over a bulleted item.  A title in lower case over prose or
      verse (a poem's "the fish") has no list under it, and stays.
    """
    script = top.script
    for index in top.head:
        text = top.texts[index]
        if index in top.taken or not top.alone(index):
            continue
        if (script in {"GREEK", "CYRILLIC"} and _LOWER_LATIN_RE.fullmatch(text)
                and not english_words().issuperset(re.split(r"[ _-]", text))):
            top.take(index, "a file name in Latin letters over a text in another script")
            continue
        below = next((j for j in top.order if j > index and j not in top.taken), None)
        words = text.split()
        if (index == top.order[0] and below is not None and len(words) <= _TAG_WORDS
                and all(word.isalpha() and word.islower() for word in words)
                and is_list_item(top.lines[below] or "")
                and all(re.search(rf"\b{re.escape(word)}\b", top.texts[below], re.I)
                        for word in words)):
            top.take(index, "the tag a listing shows, over its first item")


# A code forge's header: its name and the repository's, in lower case ("shithub: 9pro",
# "cgit: linux-stable", "sourcehut: ~anna/tools").
_FORGE_HEADER_RE = re.compile(r"[a-z][\w.-]*: ~?[\w.~/-]*\w")


def _take_forge_header(top: _Top) -> None:
    """The forge's header opening the page, alone, over the links the rules found to be
    chrome ("shithub: 9pro" over "Download patch"): no commit and no file begins so.  A
    label of the text's own ("note: draft") has the text under it, not the site's links."""
    if not top.order:
        return
    first = top.order[0]
    below = next((j for j in range(first + 1, len(top.lines))
                  if top.lines[j] is None or (top.lines[j] or "").strip()), None)
    if (_FORGE_HEADER_RE.fullmatch(top.texts[first]) and top.alone(first)
            and below is not None and (top.lines[below] is None or below in top.found)):
        top.take(first, "the forge's name and the repository's over its links")


def _take_name_over_its_trail(top: _Top) -> None:
    """The site's name over a breadcrumb trail the rules found that opens with it ("Cardbox
    forum system" over "Cardbox forum system help > Topic page"): the trail's first step
    names the site, so the line above it is the masthead.  Only on the page's first lines
    and only where the trail's separator follows the name's step."""
    for index in top.order[:_ECHO_WINDOW]:
        if index >= top.body or index in top.taken or not top.alone(index):
            continue
        text = top.texts[index]
        below = next((j for j in range(index + 1, len(top.lines))
                      if top.lines[j] is None or (top.lines[j] or "").strip()), None)
        if below is None or below not in top.found or top.lines[below] is None:
            continue
        trail = " ".join((top.lines[below] or "").split())
        step = _CRUMB_SEPARATOR_RE.split(trail, maxsplit=1)
        if (len(step) == 2 and len(text.split()) <= _MASTHEAD_WORDS
                and (step[0] == text or step[0].startswith(text + " "))):
            top.take(index, "the site's name over the trail that opens with it")


# The site's name written as its address, in any script ("ΑΥΤΟΔΙΟΙΚΗΣΗ.TV", "Правда.ру",
# "example.com").
_SITE_ADDRESS_RE = re.compile(
    r"(?:www\.)?(?P<name>[^\W_][\w-]*)(?:\.[\w-]+)*\.(?i:com|net|org|info|ru|рф|ру|gr|eu|tv"
    r"|news|online|io|uk|de|fr|kz|ua|by|cy)")


def _take_address_and_glued_trail(top: _Top) -> None:
    """The site's address opening the page and its trail glued to it below ("ΑΥΤΟΔΙΟΙΚΗΣΗ.TV"
    over "ΑΥΤΟΔΙΟΙΚΗΣΗΔΗΜΟΙΔΗΜΟΣ ΒΡΙΛΗΣΣΙΩΝ"): the trail's home step is the site's name,
    and in capitals no case shows where the steps were glued, but the name does.  Both
    go, above the article only; with no trail, the address goes over a headline."""
    if len(top.order) < 2:
        return
    first = top.order[0]
    match = _SITE_ADDRESS_RE.fullmatch(top.texts[first])
    if not match or first >= top.body or first in top.taken:
        return
    name = match["name"].casefold()
    # (A step glued on is a word of three letters or more: "Examples of …" under
    # "example.com" is no trail; a trail is short and ends no sentence.)
    trails = [i for i in top.order[1:_ECHO_WINDOW] if i < top.body and i not in top.taken
              and top.texts[i].casefold().startswith(name)
              and top.texts[i][len(name):len(name) + 3].isalpha()
              and len(top.texts[i].split()) <= _MASTHEAD_WORDS
              and not page.SENTENCE_END_RE.search(top.texts[i])]
    below = next((i for i in top.order[1:] if i not in top.taken), None)
    if trails or (below is not None and below < top.body and top.alone(below)
                  and len(top.texts[below].split()) >= _NEWS_HEADLINE_WORDS
                  and _headline_like(top.texts[below])):
        top.take(first, "masthead")
    for index in trails:
        top.take(index, "breadcrumb glued to the site's name")


_TAG_OVER_BODY_WORDS = 3


def _take_tag_over_body(top: _Top) -> None:
    """A tag or an image's label glued over the article's first paragraph, its words
    all the headline's ("Security Council" over "UN Security Council failed to …" under
    "Security Council Fails to Adopt Press Statement …"): the site's, on a page that
    shows other chrome.  A label of three capitalised words at most, no figure and no
    punctuation, with a sentence under it in the same paragraph that says its words
    again.  A heading of the text's own says something the headline does not, stands
    apart from its paragraph, or is one of several: an author who glues a heading to
    its paragraph does so for every section ("Security Council" / "The council has …",
    then "General Assembly" / "The assembly has …"), and those stay."""
    if not top.found or top.body not in top.texts or top.body in top.taken:
        return
    paragraph = top.paragraph(top.body)
    head = [i for i in top.head if i not in top.taken]
    if len(paragraph) < 2 or paragraph[0] != top.body or not head:
        return
    label, below, headline = (top.texts[top.body], top.texts[paragraph[1]],
                              top.texts[head[-1]])
    words = label.split()
    headline_words = {w.casefold() for w in re.findall(r"\w+", headline)}
    below_words = {w.casefold() for w in re.findall(r"\w+", below)}
    if any(_glued_heading(top, i) for i in top.order if i > paragraph[-1]
           and i not in top.taken and (i == 0 or not (top.lines[i - 1] or "").strip())):
        return
    if (0 < len(words) <= _TAG_OVER_BODY_WORDS and all(w[:1].isupper() for w in words)
            and not any(ch.isdigit() for ch in label) and not _PUNCTUATION_RE.search(label)
            and all(w.casefold() in headline_words and w.casefold() in below_words
                    for w in words)
            and len(headline.split()) >= len(words) + _TWICE_WORDS
            and _headline_like(headline) and blocks.is_prose(below)
            and page.SENTENCE_END_RE.search(below)):
        top.take(top.body, "label repeating the headline over the first paragraph")


def _glued_heading(top: _Top, index: int) -> bool:
    """Does a paragraph open with a short capitalised line over a sentence of its own?"""
    paragraph = top.paragraph(index)
    words = top.texts[index].split()
    return (len(paragraph) >= 2 and paragraph[0] == index
            and 0 < len(words) <= _TAG_OVER_BODY_WORDS and words[0][:1].isupper()
            and not page.SENTENCE_END_RE.search(top.texts[index])
            and blocks.is_prose(top.texts[paragraph[1]]))


# A year as an advert or a guide's edition names it: "2025", "2025-26", "2025/2026".
_YEAR_OR_SEASON_RE = re.compile(r"\b((?:19|20)\d{2})(?:[-–/](?:(?:19|20)?\d{2}))?\b")
_ADVERT_WORDS = 15


def _take_later_advert(top: _Top) -> None:
    """A line above the headline that names a year later than the article's dateline.

    "The Guide to Major Trusts 2025-26. DSC (Directory of Social Change)" over
    "DEC launches Congo (DR) crisis appeal" / "Howard Lake | 20 November 2008 | News":
    a line the site printed when the page was scraped, not when the article was written,
    is its advert or its banner.  Only a short line alone above the headline, the
    headline right over a dateline with a full date, and every year in the line at least
    two years after the dateline's: a headline or a standfirst that looks ahead ("Plans
    for 2030") stands under its own dateline's line, never above the headline.
    """
    head = [i for i in top.head if i not in top.taken]
    body = set().union(*(_substance_words(top.texts[i]) for i in top.order if i >= top.body))
    for position, dateline in enumerate(head[1:], start=1):
        dates = dates_in(top.texts[dateline])
        if not dates:
            continue
        year = dates[0][0]
        headline = top.texts[head[position - 1]]
        if (page.BYLINE_RE.match(headline) or dates_in(headline) or not _headline_like(headline)
                or len(headline.split()) < _TWICE_WORDS):
            return
        for index in head[:position - 1]:
            text = top.texts[index]
            years = [int(m[1]) for m in _YEAR_OR_SEASON_RE.finditer(text)]
            # (A line that shares the article's words speaks of it: "Plans for 2030".)
            if (years and all(y >= year + 2 for y in years) and top.alone(index)
                    and len(text.split()) <= _ADVERT_WORDS and not dates_in(text)
                    and not _substance_words(text) & body):
                top.take(index, "an advert dated after the article, above its headline")
        return


_NUMBERED_STEP_RE = re.compile(r"\s*(\d{1,2})[.)]\s+(\S.*)")
_TRAIL_ITEMS = (2, 5)


def _compact(text: str) -> str:
    """A name as a slug or a heading may write it: "mailwrap", "Mail Wrap", "mail-wrap"."""
    return re.sub(r"[\s_-]+", "", text).casefold()


def _take_numbered_trail(top: _Top) -> None:
    """A breadcrumb printed as a numbered list opening the page, ending on the page's title.

    "1. Chris Webb" / "  2. mailwrap" over the heading "MailWrap": a code host or a
    template that sets its trail as an ordered list leaves it as numbered lines of a
    name or two each, and its last step is the page the trail leads to, which the
    heading below names again.  A list of contents opening a document names its
    sections, not the title under it, and stays.
    """
    steps: list[int] = []
    for number, index in enumerate(top.order, start=1):
        match = _NUMBERED_STEP_RE.fullmatch(top.lines[index] or "")
        if not match or int(match[1]) != number:
            break
        steps.append(index)
    if not _TRAIL_ITEMS[0] <= len(steps) <= _TRAIL_ITEMS[1]:
        return
    names = [top.texts[i].split(None, 1)[1] for i in steps]
    if any(len(name.split()) > _LABEL_WORDS + 1 or _PUNCTUATION_RE.search(name)
           for name in names):
        return
    last = _compact(names[-1])
    below = [i for i in top.head if i > steps[-1]][:_ECHO_WINDOW]
    if any(_compact(top.texts[i]) == last for i in below):
        for index in steps:
            top.take(index, "breadcrumb ending in the title")


_BULLETED_STEP_RE = re.compile(r"\s*[•·▪‣◦*-]\s+(\S.*)")
_BULLETED_STEPS = (2, 6)
_BULLETED_STEP_WORDS = 16
_STEP_SEPARATORS = frozenset({"|", "/", "»", "›", ">", "→"})


def _take_bulleted_trail(top: _Top) -> None:
    """A breadcrumb printed as a bulleted list above the article, from the home page to the title.

    "  • Home" / "  • Media Statement" / "  • Meeting of the BRICS Ministers …": a template
    that sets its trail as an unordered list leaves it as bulleted lines, the first
    naming the home page and the last the page itself, which the page prints again as
    its heading.  A list an author opens a text with neither starts at "Home" nor ends
    on a line the page repeats, and stays.
    """
    steps: list[int] = []
    names: list[str] = []
    for index in range(top.body):
        line = top.lines[index] or ""
        match = _BULLETED_STEP_RE.fullmatch(line)
        if match:
            if match[1].strip() not in _STEP_SEPARATORS:   # "  • |" between two steps
                steps.append(index)
                names.append(" ".join(match[1].split()))
        elif line.strip() and steps:
            break   # a line of text after the list: its end
    if not _BULLETED_STEPS[0] <= len(steps) <= _BULLETED_STEPS[1]:
        return
    if names[0].lower().rstrip(" .:") not in HOME_WORDS | {"home page", "main page",
                                                             "главная страница"}:
        return
    if any(len(name.split()) > _BULLETED_STEP_WORDS for name in names):
        return
    last = _compact(names[-1])
    if any(_compact(top.texts[i]) == last for i in top.order if i not in steps):
        for index in range(steps[0], steps[-1] + 1):
            if index in top.texts:
                top.take(index, "breadcrumb ending in the title")
        # The title printed once more above the trail, and a step printed again as the
        # section's label under it ("Media Statement"): the heading below stays.
        for index in top.head:
            if index < steps[0] and _compact(top.texts[index]) == last:
                top.take(index, "title copy above its breadcrumb")
            elif index > steps[-1] and top.texts[index] in names[1:-1] \
                    and top.alone(index):
                top.take(index, "breadcrumb step printed as the section's label")


def _numbering(top: _Top, index: int) -> bool:
    """Is this bare number one of a sequence the text counts through ("63" … "64"), as
    subtitles number their cues and a document its sections?  A counter stands alone."""
    text = top.texts[index]
    if not text.isdigit():
        return False
    neighbours = {str(int(text) - 1), str(int(text) + 1)}
    return any(top.texts[j] in neighbours for j in top.order if j != index)


def _take_label_above(top: _Top, index: int) -> None:
    """A word or two just above a copy that goes: the site's or the section's name."""
    before = [j for j in top.order if j < index and j not in top.taken]
    # The page's first line above its first paragraph is the title ("Europe"), not a label.
    if before and _is_label(top.texts[before[-1]]) and (
            before[-1] in top.head or before[-1] != top.order[0]):
        top.take(before[-1], "label above a repeated line")


def _inside_marked_lines(lines: Sequence[str | None], index: int) -> bool:
    """Is this mark alone on its line one of a block of lines that all open with it?

    A comment block's empty line ("# SPDX-FileCopyrightText: …" / "#" /
    "# SPDX-License-Identifier: …"), a quotation's (">") — not a separator.  A run
    of them is judged as one: a quoted message's two empty lines (">" / ">")
    between its quoted lines are the quotation's too.
    """
    mark = (lines[index] or "").strip()
    above, below = index - 1, index + 1
    while above > 0 and (lines[above] or "").strip() == mark:
        above -= 1
    while below < len(lines) - 1 and (lines[below] or "").strip() == mark:
        below += 1
    return above >= 0 and below < len(lines) and all(
        (lines[k] or "").startswith(mark + " ") for k in (above, below))


_SLOGAN_PART_WORDS = (2, 8)


def _is_title_cased(part: str) -> bool:
    """Every word of a name capitalised, or a link word between them ("Institute for
    War and Peace Reporting", "Giving Voice, Driving Change"); no figure."""
    words = part.replace(",", " ").split()
    return (_SLOGAN_PART_WORDS[0] <= len(words) <= _SLOGAN_PART_WORDS[1]
            and words[0][:1].isupper() and not any(ch.isdigit() for ch in part)
            and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


def _take_name_over_dateline(top: _Top) -> None:
    """The page's first line a name (every word capitalised: "National Security and
    Defense Council of Ukraine"), alone, over a dateline and then a headline that holds
    that name word for word (:func:`_name_inside`) inside a longer sentence
    ("Secretary of the National Security and Defense Council of Ukraine … met with …"):
    the site's name printed over its own news.  A page's own title over its dateline
    has its first paragraph under the date, not another headline."""
    order = [i for i in top.order if i not in top.taken]
    if len(order) < 4:
        return
    first, date, headline = order[0], order[1], order[2]
    name, title = top.texts[first], top.texts[headline]
    if (first in top.head and headline in top.head and top.alone(first) and top.alone(date)
            and top.alone(headline) and len(name.split()) >= _SUPPORT_WORDS
            and _is_title_cased(name) and page._is_date(top.texts[date])
            and len(top.texts[date].split()) <= _SUPPORT_WORDS + 2
            and _headline_like(title) and _name_inside(name, title)):
        top.take(first, "the site's name over the dateline")


_STEM = 6


def _name_inside(name: str, title: str) -> bool:
    """Does the headline hold the name's words in a row, as written (a word of six letters
    or more by its first six: "Ministry of Defence" in "Minister of Defence meets …"), with
    words in lower case besides them: a sentence about the body, not its name again?"""
    words, others = name.split(), title.split()

    def same(a: str, b: str) -> bool:
        return a == b or (len(a) >= _STEM and len(b) >= _STEM and a[:_STEM] == b[:_STEM])

    for start in range(len(others) - len(words) + 1):
        if all(same(w, o) for w, o in zip(words, others[start:start + len(words)], strict=False)):
            rest = others[:start] + others[start + len(words):]
            return any(w[:1].islower() for w in rest)
    return False


def _take_name_with_slogan(top: _Top) -> None:
    """The page's first line a site's name and its slogan split by a bar ("Institute for
    War and Peace Reporting | Giving Voice, Driving Change"), above a headline that
    shares no word with it: the page's ``<title>`` as the site's home page sets it.  A
    ``<title>`` that holds the headline ("Leaders Meet in Astana | Daily News") shares
    its words with the headline below, and the copy rules judge it."""
    if len(top.order) < 3:
        return
    first, second = top.order[0], top.order[1]
    if first not in top.head or second not in top.head or first in top.taken:
        return
    parts = top.texts[first].split(" | ")
    headline = top.texts[second]
    if (len(parts) == 2 and all(_is_title_cased(part) for part in parts)
            and not page.SENTENCE_END_RE.search(parts[1])
            and len(headline.split()) >= 2 and _headline_like(headline)
            and not _content_words(top.texts[first]) & _content_words(headline)):
        top.take(first, "masthead")


# A quotation with its author after it, in brackets or after a dash: "«…» (Γ. Ρίτσος)".
# After a dash the author's name is capitalised: "„…” – powiedział minister." is a
# reporter's sentence, its speaker named in the text.
_QUOTED_WITH_AUTHOR_RE = re.compile(
    r"[«“\"„].{10,}[»”\"“]\s*(?:\((?:[^\W\d_]{1,3}\.\s*)*[^\W\d_][^()]{1,40}\)"
    r"|[—–-]\s*(?![a-zß-ÿа-яёα-ωάέήίόύώϊϋΐΰ])[^\W\d_][^()]{1,40})"
    # With neither brackets nor a dash the quotation ends its own sentence inside its
    # marks and a capitalised author of a few words follows, with no full stop: "“… for
    # the whole humanity.” A survivor".  A reporter's "“We agree,” Nebenzia said." ends
    # on the stop, and a quoted headline ("“No retreat” Putin says") has none inside.
    r"|[«“\"„].{10,}[.!?…][»”\"“]\s+(?![a-zß-ÿа-яёα-ωάέήίόύώϊϋΐΰ])[^\W\d_][\w’'-]*"
    r"(?: [\w’'-]+){0,3}")
# An author and what they were: "Иван Дзюба, украинский литературовед, критик, …", "— Mark Twain".
_ATTRIBUTION_RE = re.compile(
    r"(?:[—–-]\s*)?(?P<name>(?:[^\W\d_][\w.’'-]*\s+){1,3}[^\W\d_][\w.’'-]*)"
    r"(?:,\s+(?P<what>[^\W\d_].*))?")
_ATTRIBUTION_WORDS = 15
_SITE_NAME_WORDS = 3


def _is_attribution(text: str) -> bool:
    """"Иван Дзюба, украинский литературовед, критик" or "— Mark Twain": a name of two
    to four capitalised words, then at most what the person was, in lower case; no
    sentence ends in it."""
    match = _ATTRIBUTION_RE.fullmatch(text)
    if not match or len(text.split()) > _ATTRIBUTION_WORDS or text.endswith((".", "!", "?")):
        return False
    what = match.group("what") or ""
    return (all(w[:1].isupper() for w in match.group("name").split())
            and (bool(what) or text.startswith(("—", "–", "-")))
            and (not what or what[:1].islower()))


# A quoted headline's genre after its dash ("“… demands Security Council’s attention” –
# Briefing"): the kind of piece, no author of a quotation.
_GENRE_AFTER_RE = re.compile(r"[—–-]\s*(?:briefing|interview|opinion|analysis|report|review|"
                             r"explainer|editorial|commentary|statement|video|photos?)\s*$",
                             re.IGNORECASE)


def _take_epigraph(top: _Top) -> None:
    """A quotation with its author opening the page, above the headline: the site's
    motto or a rotating epigraph, which its header prints over every article
    ("«Παράταιρος ο λόγος ο δυνατός…» (Γ. Ρίτσος)" under the blog's name; a quotation
    over "Иван Дзюба, украинский литературовед, …"; "“… for the whole humanity.” A
    survivor").  It goes, with the site's name
    just above it, only where a headline follows it and the article follows that: an
    author's epigraph stands under the title, and stays."""
    order = [i for i in top.order if i not in top.taken]
    if len(order) < 4:
        return
    start = 0
    name = top.texts[order[0]]
    if (len(name.split()) <= _SITE_NAME_WORDS and not any(ch.isdigit() for ch in name)
            and not _PUNCTUATION_RE.search(name) and top.alone(order[0])
            and len(top.paragraph(order[1])) <= 2):
        start = 1    # the site's name over its motto
    quote = top.paragraph(order[start])
    if not quote or quote[0] != order[start] or len(quote) > 2:
        return
    last = top.texts[quote[-1]]
    if len(quote) == 1:
        epigraph = bool(_QUOTED_WITH_AUTHOR_RE.fullmatch(last)) and not _GENRE_AFTER_RE.search(last)
    else:
        epigraph = _is_attribution(last) and len(top.texts[quote[0]].split()) >= _SUPPORT_WORDS
    after = [i for i in order if i > quote[-1]]
    if not epigraph or len(after) < 2:
        return
    headline = top.texts[after[0]]
    if (top.alone(after[0]) and 2 <= len(headline.split()) <= _HEADLINE_WORDS
            and not headline.endswith((".", ",", ";", ":"))):
        for index in order[:start] + quote:
            top.take(index, "epigraph above the headline")


# A site's name set in capitals with wide gaps between its words ("ΓΙΑΝΝΕΝΑ  ΠΟΛΗ  ΤΩΝ
# ΕΥΕΡΓΕΤΩΝ"): three words or more, every gap two spaces or more.
_SPACED_CAPITALS_RE = re.compile(r"\s*[^\W\d_]+(?: {2,}[^\W\d_]+){2,}\s*")
# A collection's or a section's label: a word, a colon and its capitalised name ("Ποιήματα:
# Αποκηρυγμένα (1886-1898)", "Poems: Early Work"); "Αφιέρωση: στη μητέρα μου" is a dedication.
_KIND_LABEL_RE = re.compile(r"[^\W\d_]+: [^\W\d_][^.!?;:]{0,60}")
_KIND_LABEL_WORDS = 6


def _take_spaced_name_over_label(top: _Top) -> None:
    """The page's first line a name in spaced capitals, over a section's label ("Kind:
    name") and a headline, each alone, on a page a converter made (a blank line holding
    blanks, or chrome found): the site's name and the collection the page files the
    text under ("ΓΙΑΝΝΕΝΑ  ΠΟΛΗ  ΤΩΝ  ΕΥΕΡΓΕΤΩΝ" / "Ποιήματα: Αποκηρυγμένα (1886-1898)"
    over a poem's title).  Both go; the headline stays.  A poem's title in spaced
    capitals stands right over its verse, with no label under it, and stays."""
    order = [i for i in top.order if i not in top.taken]
    if len(order) < 4:
        return
    name, label, headline = order[:3]
    raw = top.lines[name] or ""
    scraped = bool(top.found) or any(
        line is not None and line and not line.strip() for line in top.lines)
    if (scraped and _SPACED_CAPITALS_RE.fullmatch(raw) and raw.upper() == raw
            and all(top.alone(i) for i in (name, label, headline))
            and _KIND_LABEL_RE.fullmatch(top.texts[label])
            and top.texts[label].partition(": ")[2][:1].isupper()
            and len(top.texts[label].split()) <= _KIND_LABEL_WORDS
            and ":" not in top.texts[headline] and len(top.texts[headline].split()) >= 2
            and _headline_like(top.texts[headline])):
        top.take(name, "the site's name in spaced capitals")
        top.take(label, "section label under the site's name")


def wraps_on(lines: Sequence[str | None], index: int) -> bool:
    """Does this line go on with a sentence the line above left open, in text wrapped at a
    width ("… the average strength of the" / "home sides visited by each team …")?  It
    opens in small letters under a line of prose that ends on a word or a comma: a
    menu's row stands on its own.

    >>> wraps_on(["and the average strength of the away sides entertained at home and the",
    ...              "home sides visited by each team playing away - the higher the figure"], 1)
    True
    >>> wraps_on(["Sport", "home - news - sport"], 1)
    False
    """
    line = (lines[index] or "").strip()
    above = (lines[index - 1] or "").strip() if index else ""
    return (line[:1].islower() and len(above) >= page.PROSE_LINE
            and (above[-1:].isalpha() or above.endswith(",")))


def _take_head_kinds(top: _Top) -> None:
    """Counters, foreign headlines, glued breadcrumbs, mastheads and menus above the body."""
    head = [i for i in top.head if i not in top.taken]
    if not head:
        return
    headlines = [i for i in head if len(top.texts[i].split()) >= 3 and _wordy(top.texts[i])]
    for index in head:
        text = top.texts[index]
        later = [i for i in headlines if i > index]
        if not any(ch.isalnum() for ch in text) and len(text) <= _LABEL_WORDS and not (
                _inside_marked_lines(top.lines, index)):
            top.take(index, "separator")   # "|" left alone by the links around it
        elif (blocks.is_bare_counter(text) and len(top.paragraph(index)) >= 2
              and not _numbering(top, index)
              and not page.fact_under_its_label(top.lines, index)):   # "🍴 Makes" / "12"
            top.take(index, "counter beside the title")
        elif is_glued_breadcrumb(text):
            top.take(index, "breadcrumb")
        elif is_section_trail(text):
            top.take(index, "section trail")
        elif _trail_to_title(text, [top.texts[i] for i in head if i != index]):
            top.take(index, "breadcrumb trail ending in the page's title")
        elif later and is_section_menu(text) and not wraps_on(top.lines, index):
            top.take(index, "section menu")
        elif later and _is_masthead(text) and (
                len(text.split()) < len(top.texts[later[0]].split()) or _names_a_site(text)):
            top.take(index, "masthead")
            if _OPEN_END_RE.search(text):   # "Official website of the" / "President of …"
                top.take(later[0], "masthead")
        elif later and top.found and top.alone(index) and _names_a_periodical(text):
            top.take(index, "masthead")
        elif (_WEATHER_RE.search(text) and len(text.split()) <= _LABEL_WORDS + 4) or (
                _BARE_WEATHER_RE.fullmatch(text) and any(
                    _is_masthead_date(top.texts[i]) for i in top.paragraph(index))):
            top.take(index, "weather")
        elif (index != top.order[0] and top.alone(index) and (
                (top.found and _RELATIVE_TIME_RE.fullmatch(text))
                or _BULLETED_TIME_RE.fullmatch(text))):
            # Beside a byline ("By Anna Berg" / "3 hours ago") it dates the article; opening
            # a text with no chrome ("An hour ago") it may be a title.  Set as a list's
            # item under the headline ("• 3 years ago"), it is the meta bar's icon and
            # stamp, whatever else the top holds.
            top.take(index, "time since the page was posted")
        elif top.found and _is_empty_label(top, index, headlines):
            top.take(index, "label with nothing after it")
        elif (top.found and later and top.alone(index) and _cut_at_its_link(text)
              and not _goes_on_below(top, index)):
            top.take(index, "sentence cut off where its link was")
        elif (index == top.order[0] and later and (later[0] == index + 1 or (
                  later[0] == top.order[1] and _is_link_run(text)
                  and _mostly_other_script(text, blocks.script_of(top.texts[later[0]]))))
              and _headline_like(text) and _headline_like(top.texts[later[0]])
              and not is_list_item(top.lines[index] or "")
              and _is_foreign(text, top.texts[later[0]], top)):
            # A ticker's headline opening the page, right above the article's own.
            top.take(index, "headline in another language")
    _take_masthead_beside_weather(top)


# How long ago the page was posted, as the site's widget counts it at the time of the
# visit: "1 year ago", "3 hours ago", "2 дня назад", "πριν από 5 ώρες".
_RELATIVE_TIME_RE = re.compile(
    r"(?:posted |updated )?(?:\d{1,3}|an?|one) (?:second|sec|minute|min|hour|hr|day|week|month"
    r"|year|yr)s? ago|\d{1,3} (?:секунд|минут|час|дн|день|недел|месяц|год|лет)[^\W\d_]* назад"
    r"|πριν(?: από)? \d{1,3} (?:δευτερόλεπτ|λεπτ|ώρ|ημέρ|μέρ|εβδομάδ|μήν|χρόν)[^\W\d_]*",
    re.I)
# The same stamp as a meta bar's item, its icon printed as a bullet ("• 3 years ago").
_BULLETED_TIME_RE = re.compile(r"[•·▪◦]\s*(?:" + _RELATIVE_TIME_RE.pattern + ")", re.I)
# A field's label: a word or three and a colon ("Short Link:", "Share:").
_FIELD_LABEL_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2} ?:")


# The words no sentence ends on: a line ending in one was cut where its link stood ("Get
# the latest news on" over the link's words, which the scraper dropped).
_OPEN_WORDS = frozenset(" ".join([
    "a an the and or of on in at to for with from by about into via than",
    "и в во на с со по для к о об от из у за",
    "και το τα η ο οι του της των για σε με από στο στη στην στον"]).split())
# A cut sentence is a call's worth of words, eight or more; a title ending in "for" is
# shorter ("Things I am most thankful for").
_CUT_WORDS = 8
# A time of day: an article's dateline gives the time it was filed, a masthead the day.
_TIME_OF_DAY_RE = re.compile(r"\b\d{1,2}:\d{2}\b")


def _cut_at_its_link(text: str) -> bool:
    """A sentence of eight words or more that ends on a word no sentence ends on."""
    words = text.split()
    return (len(words) >= _CUT_WORDS and words[-1] in _OPEN_WORDS
            and not page.SENTENCE_END_RE.search(text))


def _goes_on_below(top: _Top, index: int) -> bool:
    """Does the next remaining line go on with this one's sentence (a small letter)?"""
    below = next((i for i in top.order if i > index), None)
    return below is not None and top.texts[below][:1].islower()


def _take_masthead_beside_weather(top: _Top) -> None:
    """The masthead's other short lines, in the paragraph of its weather: the day's
    date, the site's name, a label ("25 Nov" / "2024" / "ABCMEDIA").  A dateline with
    its time of day is the article's and stays, and so does a byline."""
    for weather in [i for i, reason in top.taken.items() if reason == "weather"]:
        for index in top.paragraph(weather):
            text = top.texts[index]
            if (index not in top.taken and index < top.body
                    and (len(text.split()) <= _LABEL_WORDS + 1 or _is_masthead_date(text))
                    and not _TIME_OF_DAY_RE.search(text) and not page.BYLINE_RE.match(text)):
                top.take(index, "masthead beside the weather")
                _take_date_again_at_end(top, index)


def _take_weather_opening(top: _Top) -> None:
    """A masthead opening the page as a paragraph of its own: the weather, the place and
    the date of the day ("9.4 C" / "Alexandroupoli" / "Tuesday, December 9, 2025"),
    taken whatever follows it — over a poem its paragraph would pass for a stanza.
    Every line is short, one is a reading of the weather and one the date with no time
    of day; a paragraph with any other line is left to the rules above."""
    if len(top.order) < 2:
        return
    lines = top.paragraph(top.order[0])
    texts = [top.texts[i] for i in lines]
    weather = [t for t in texts if _BARE_WEATHER_RE.fullmatch(t) or (
        _WEATHER_RE.search(t) and len(t.split()) <= _LABEL_WORDS + 4)]
    dates = [t for t in texts if _is_masthead_date(t) and not _TIME_OF_DAY_RE.search(t)]
    if (not weather or not dates or lines[-1] == top.order[-1]
            or not all(t in weather or t in dates or (
                len(t.split()) <= _LABEL_WORDS and not page.BYLINE_RE.match(t)
                and not page.SENTENCE_END_RE.search(t)) for t in texts)):
        return
    for index in lines:
        if index not in top.taken:
            top.take(index, "weather" if top.texts[index] in weather
                     else "masthead beside the weather")
    for index in lines:
        _take_date_again_at_end(top, index)


def _take_weather_box(top: _Top) -> None:
    """The masthead's weather box above the article's first line of prose, however the
    scraper set its lines apart: the reading ("17°", "+16˚C", "Moscow +3°") and the
    readings beside it ("Ощущается как 14", "2 м/с, южн", "767мм", "50%").

    A page that prints every block as one line, with no blank line between, leaves the
    headline and the widget in one paragraph, where the rules by paragraph see no top;
    the reading is a temperature and nothing else, which no headline or byline is.
    Beside the reading, and only there, its other figures go with it.
    """
    prose = next((i for i in top.order if blocks.is_prose(top.texts[i])
                  and page.SENTENCE_END_RE.search(top.texts[i])), None)
    if prose is None:
        return
    # Every line above it, those other rules took too: the box is read as a whole.
    texts = {i: " ".join(line.split()) for i, line in enumerate(top.lines[:prose])
             if line is not None and line.strip()}
    above = sorted(texts)
    readings = [i for i in above if (_WEATHER_LINE_RE.fullmatch(texts[i])
                                     and len(texts[i].split()) <= _LABEL_WORDS + 1)
                or _FEELS_LIKE_RE.fullmatch(texts[i])]
    for index in readings:
        if index not in top.found:
            top.take(index, "weather")
    for index in readings:
        position = above.index(index)
        for step in (1, -1):
            at = position + step
            while 0 <= at < len(above):
                other = above[at]
                if other in top.taken or other in top.found:
                    at += step
                    continue
                if not _WEATHER_DETAIL_RE.fullmatch(texts[other]):
                    break
                top.take(other, "weather")
                at += step


def _take_date_again_at_end(top: _Top, index: int) -> None:
    """The masthead's date printed again by the footer: the same line, in a paragraph of
    its own, as the page's last line the rules left ("Tuesday, December 9, 2025" under a
    poem whose masthead opened with it).  Only the date of the day, which the masthead
    beside its weather showed; a date inside the text stays."""
    text = top.texts[index]
    if not _is_masthead_date(text):
        return
    last = top.order[-1]
    if last > index + 1 and top.texts[last] == text and top.alone(last):
        top.take(last, "the masthead's date again at the end")


def _is_empty_label(top: _Top, index: int, headlines: Sequence[int]) -> bool:
    """A field's label in a paragraph of its own, right above the headline: its value, a
    link or a widget, was not scraped, and the headline is no value of a label.  A list
    under it ("Ground floor gallery:" / "  • exhibition in preparation") is what it
    announces: the label is the text's and stays."""
    later = [i for i in headlines if i > index]
    if not (_FIELD_LABEL_RE.fullmatch(top.texts[index]) and top.alone(index) and later):
        return False
    below = next((i for i in top.order if i > index), None)
    # Code is no line of the page's text, but it is a label's value ("Example:" over it).
    return (below == later[0] and below not in top.paragraph(index)
            and not any((top.lines[i] or "").strip() for i in range(index + 1, below))
            and not page.DATELINE_RE.search(top.texts[below])
            and not blocks.is_name(top.texts[below])
            and not is_list_item(top.lines[below] or ""))


# An age rating: "18+", "Возрастное ограничение 18+", "Age rating: 16+", "Κατάλληλο 12+".
_AGE_RATING_RE = re.compile(r"(?:[^\W\d_]+:? ){0,2}(?:0|6|12|13|15|16|18|21)\+")
# A clock: a time to the second, with a date and a weekday at most ("Friday, 07 October 2022,
# 11:09:12 pm"); an article's dateline gives the minute it was filed, a live clock ticks.
# Greek sites write the half of the day as "πμ" / "μμ" ("Δευτέρα, 29 Απριλίου 2024,
# 11:21:12 μμ").
_CLOCK_RE = re.compile(r"(?P<date>[^\W\d_]+\.?,?(?: [\w.,/-]+){1,3}),? \d{1,2}:\d{2}:\d{2}"
                       r"(?: ?(?:[ap]\.?m\.?|[AP]\.?M\.?|[πμ]\.?μ\.?))?(?: [A-Z]{2,4})?")
# The days of the week a clock opens with, in the languages of the pages cleaned.
WEEKDAY_NAMES = frozenset(" ".join([
    "monday tuesday wednesday thursday friday saturday sunday",
    "mon tue tues wed thu thur thurs fri sat sun",
    "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс",
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
    "lunes martes miércoles jueves viernes sábado domingo",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag"]).split())


# Today's date as a template prints it, field by field, each closed by a comma
# ("Sunday, 24, November, 2024"); a writer's dateline runs the day into its month.
_TEMPLATE_DATE_RE = re.compile(r"[^\W\d_]+, \d{1,2}, [^\W\d_]+, (?:19|20)\d{2}")


# Today's date as a news theme prints it in its header, the weekday and the month cut
# short and the day with its ordinal ("Tue. Apr 16th, 2024").
_THEME_DATE_RE = re.compile(
    r"(?P<bullet>[•·]\s*)?"
    r"(?P<weekday>[^\W\d_]{3,4})\. [^\W\d_]{3,4}\.? \d{1,2}(?:st|nd|rd|th), (?:19|20)\d{2}")


def _is_todays_date_over_body(top: _Top, first: int) -> bool:
    """The page's first line today's date in a theme's header, set right above the
    article's first paragraph: a post's own dateline stands beside its headline (a blog's
    "Saturday, February 17, 2007" over the post's title stays), and a theme's short
    weekday with a full stop and an ordinal day is no writer's way with a dateline.

    Set as an item of the header's bar, a bullet before it ("• Sat. Jul 20th, 2024"), it
    is the header's over a headline too, when the post's own dateline stands between the
    headline and the article: the page then dates the post twice, and the first date is
    the day the page was crawled."""
    match = _THEME_DATE_RE.fullmatch(top.texts[first])
    if not (match and match.group("weekday").lower() in WEEKDAY_NAMES
            and len(top.order) > 1 and top.alone(first)):
        return False
    if top.order[1] == top.body:
        return True
    return bool(match.group("bullet")) and any(
        page.DATELINE_RE.search(top.texts[index])
        for index in top.order[2:] if index < top.body)


# A date in figures, day first or year first ("30.05.2011", "31/10/2009", "2011-05-30"),
# glued to a time before it or not ("10:0231.10.2009г.").
_FIGURES_DATE_RE = re.compile(r"(\d{2})[./](\d{2})[./]((?:19|20)\d{2})"
                              r"|((?:19|20)\d{2})-(\d{2})-(\d{2})")
#: Words at most, the date aside, in a line that dates the story under the masthead.
_STORY_DATE_WORDS = 4


# A date in brackets after a title's words: "Meeting Recap (November 10, 2018)".
_BRACKETED_DATE_RE = re.compile(r"\([^()]*\b(?:19|20)\d{2}\)")


def _story_dates(text: str) -> set[tuple[int, int, int]]:
    """The dates a short line gives (year, month, day): a story's date line; not a title
    that dates what it tells in brackets ("Meeting Recap (November 10, 2018)", under the
    blog's date header "Tuesday, November 13, 2018", which stays).

    >>> sorted(_story_dates("30.05.2011 15:21")), _story_dates("Meeting Recap (November 10, 2018)")
    ([(2011, 5, 30)], set())
    """
    if _BRACKETED_DATE_RE.search(text):
        return set()
    found = {(y, m, d) for y, m, d, _span in dates_in(text)}
    for match in _FIGURES_DATE_RE.finditer(text):
        if match.group(1):
            found.add((int(match.group(3)), int(match.group(2)), int(match.group(1))))
        else:
            found.add((int(match.group(4)), int(match.group(5)), int(match.group(6))))
    rest = _FIGURES_DATE_RE.sub(" ", text)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in WEEKDAY_NAMES
             and w.casefold() not in ("г", "гг")]
    return found if len(words) <= _STORY_DATE_WORDS else set()


def _is_days_date_over_dated_story(top: _Top, first: int) -> bool:
    """The page's first line a date alone ("Пятница, 26 Апреля 2024", "Tuesday, 23 April
    2024", "2 июня 2017"), over a story that a line of its own dates otherwise
    ("30.05.2011 15:21", "10:0231.10.2009г."), above the story's first paragraph: the page
    dates the story twice, and the masthead's date is the day it was crawled.  A blog's
    date header over its post has no other date line under it, and stays."""
    text = top.texts[first]
    if not (top.alone(first) and _only_a_date(text)):
        return False
    day = {(y, m, d) for y, m, d, _span in dates_in(text)}
    opening = set(top.paragraph(top.body))      # a dateline heads the first paragraph too
    for index in top.order[1:]:
        if index > top.body and index not in opening:
            break
        dates = _story_dates(top.texts[index])
        if dates and not dates & day:
            return True
    return False


# A lone word the page's header leaves as its first line: the logo's alt text ("logo"),
# or the label of a search box ("Google"), as the widgets print them.
_HEADER_WIDGET_WORDS = frozenset({
    "logo", "site logo", "header logo", "логотип", "λογότυπο",
    "Google", "Google Search", "Custom Search", "Поиск Google"})


def _is_header_widget_word(top: _Top, first: int) -> bool:
    """The page's first line, alone, one of :data:`_HEADER_WIDGET_WORDS`, and either in
    lower case (an alt text as the attribute holds it; a title is capitalised) or with
    another line (a dateline, a headline) between it and the article's first paragraph:
    "Logo" or "Google" right above prose may be a heading of the text's own."""
    text = top.texts[first]
    return (first < top.body and top.alone(first) and text in _HEADER_WIDGET_WORDS
            and (text.islower() or (len(top.order) > 1 and top.order[1] != top.body)))


# A template's stamp or a session token printed as the page's first line
# ("A9Rg5v6at_1j0ynqj_7j8.."): one run of letters, figures and "_.-", no word in it.
_STAMP_RE = re.compile(r"[A-Za-z0-9_.-]{12,}")
# Letters and figures alternating this often: no word, name, version or product code does.
_STAMP_SWITCHES = 6


def is_stamp(text: str) -> bool:
    """A token line: letters and figures mixed many times over, no space, no word.

    The line is read only as a page's first line, over the article: a code's
    identifier or a hash in the text below stays.

    >>> is_stamp("A9Rg5v6at_1j0ynqj_7j8.."), is_stamp("3f9a2c7b1e4d8f60")
    (True, True)
    >>> is_stamp("COVID-19"), is_stamp("python3.12-venv"), is_stamp("ISBN-978-3-16-148410-0")
    (False, False, False)
    """
    if not _STAMP_RE.fullmatch(text):
        return False
    switches = sum(a.isdigit() != b.isdigit() for a, b in itertools.pairwise(
        ch for ch in text if ch.isalnum()))
    return switches >= _STAMP_SWITCHES and sum(ch.isalpha() for ch in text) >= 3


_ARCHIVE_STEP_WORDS = 3


def is_date_archive_trail(text: str) -> bool:
    """A date archive's trail: "Reports > 2011 > April > Wednesday 27", "Home » 2019 » Март".

    Three steps or more between separators, each a few words ending no sentence,
    one of them a year alone and another a month's name: how a site files its
    posts by date, never a sentence (an arrow between years, "2010 > 2011", has no month).

    >>> is_date_archive_trail("Reports > 2011 > April > Wednesday 27")
    True
    >>> is_date_archive_trail("Sales rose > 2011 > 2012")
    False
    >>> is_date_archive_trail("1990 / 2000 / 2010")
    False
    """
    steps = _TRAIL_SEPARATOR_RE.split(text.strip())
    return (len(steps) >= 3
            and all(0 < len(step.split()) <= _ARCHIVE_STEP_WORDS
                    and not page.SENTENCE_END_RE.search(step) for step in steps)
            and any(re.fullmatch(r"(?:19|20)\d{2}", step) for step in steps)
            and any(re.fullmatch(_MONTH, step.split()[0], re.I) for step in steps
                    if not step[:1].isdigit()))


# A section of a site that files its posts, named by its noun ("Fishin' Reports", "Report
# Archive", "Club Blog", "Архив новостей", "Αρχείο ειδήσεων").
_FILING_SECTION_RE = re.compile(
    r"(?:[A-Z][\w&'’-]* ){1,3}(?:News|Reports|Blog|Updates|Announcements|Archives?)"
    r"|(?:[A-Z][\w&'’-]* )?Archives?|(?:Архив|Новости|Блог)(?: [^\W\d_]+){0,2}"
    r"|(?:Αρχείο|Ειδήσεις|Ιστολόγιο)(?: [^\W\d_]+){0,2}")
_LABEL_RUN = 3
_DATELINE_WORDS = 8


def _take_labels_over_dateline(top: _Top) -> None:
    """A section's labels between the page's chrome and the dateline, with no headline:
    "Fishin' Reports" / "Report Archive" over "Wednesday, April 27, 2011".

    Each label names a section by the noun sites file posts under, stands alone, and
    the first lines left on the page are these labels, chrome above them and a dateline
    below; a headline of the same shape ("Weekend News") over a body with no dateline
    stays.
    """
    left = [i for i in top.order if i not in top.taken]
    run = list(itertools.takewhile(
        lambda i: bool(_FILING_SECTION_RE.fullmatch(top.texts[i])) and top.alone(i),
        left[:_LABEL_RUN]))
    if not run or len(run) == len(left) or not _after_chrome(top, run[0]):
        return
    if _is_short_dateline(top.texts[left[len(run)]]):
        for index in run:
            top.take(index, "section label over the dateline")


def _is_short_dateline(text: str) -> bool:
    """A dateline alone: a few words with a year and a date's shape, no sentence."""
    return (len(text.split()) <= _DATELINE_WORDS and bool(page.YEAR_RE.search(text))
            and bool(page.DATELINE_RE.search(text)) and not page.SENTENCE_END_RE.search(text))


# A site's greeting to its visitors ("Welcome to! Start reading our guides …", "Добро
# пожаловать на сайт …", "Καλώς ήρθατε στο …").
_WELCOME_RE = re.compile(
    r"(?:welcome to|добро пожаловать|καλώς (?:ήρθατε|ορίσατε))\b.*", re.I)


def _take_site_line_over_dated_headline(top: _Top) -> None:
    """The page's first line, the site's, over a headline that its dateline follows:
    a section's label ("Library Blog") or the site's greeting ("Welcome to! Start
    reading our guides …") over "Announcing Our New Events Season!" and "Tuesday,
    December 11, 2018".

    The headline and its dateline under it say where the article begins; a text
    that opens with a greeting and goes on in prose (a newsletter's "Welcome to our
    spring issue!") keeps it, and so does a label over prose.  A blog sets the date
    first, over the post's title, and its name over both goes too.
    """
    left = [i for i in top.order if i not in top.taken]
    if len(left) < 4 or left[0] != top.order[0]:
        return
    first, headline, dateline = (top.texts[i] for i in left[:3])
    label = bool(_FILING_SECTION_RE.fullmatch(first)) and top.alone(left[0])
    blog = top.alone(left[0]) and _blog_name_over_date_header(top, left)
    if not (label or blog or _WELCOME_RE.fullmatch(first)):
        return
    if (top.alone(left[1]) and len(headline.split()) <= _HEADLINE_WORDS
            and not headline.endswith((".", ",", ";", ":", "…"))
            and _is_short_dateline(dateline) and not _is_short_dateline(headline)):
        top.take(left[0], "the site's line over the headline and its dateline")
    # A blog prints the post's date over its title: "Saturday Cricket Club Blog" /
    # "Tuesday, March 08, 2005" / "Saturday CC v/s Dunford Devils Match Report"; its name
    # need not say "Blog" ("The Drawn Cutlass" over "Friday, April 18, 2008" and the post's
    # title) when the date is a blog's date header and no word of the name comes again
    # in the post: a headline speaks of its own article.
    elif ((label or blog) and top.alone(left[1]) and top.alone(left[2])
            and _is_short_dateline(headline) and not _is_short_dateline(dateline)
            and len(dateline.split()) <= _HEADLINE_WORDS
            and not dateline.endswith((".", ",", ";", ":", "…"))):
        top.take(left[0], "the blog's name over a post's date and title")


_BLOG_NAME_WORDS = 4


def _blog_name_over_date_header(top: _Top, left: Sequence[int]) -> bool:
    """Is the first line a blog's name, a few capitalised words that no line of the post
    says again, over a blog's date header ("Friday, April 18, 2008")?

    >>> lines = ["The Drawn Cutlass", "", "Friday, April 18, 2008", "", "Putin's GF", "",
    ...          "OK, you all know the story by now: the president has a new friend."]
    >>> top = _Top(lines, {i: t for i, t in enumerate(lines) if t}, {})
    >>> _blog_name_over_date_header(top, top.order)
    True
    """
    first = top.texts[left[0]]
    words = first.split()
    if (not 0 < len(words) <= _BLOG_NAME_WORDS or page.SENTENCE_END_RE.search(first)
            or any(ch.isdigit() for ch in first) or not all(w[:1].isupper() for w in words
                                                            if w.lower() not in _TITLE_SMALL)
            or not a_date_header(top.texts[left[1]])):
        return False
    name = _substance_words(first)
    rest = set().union(*(_substance_words(top.texts[i]) for i in left[2:]))
    return bool(name) and not name & rest


# The small words a name in title case leaves in lower case ("Notes from the Field").
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "from"})


def _take_date_archive_trail(top: _Top) -> None:
    for index in top.order[:_ECHO_WINDOW]:
        if is_date_archive_trail(top.texts[index]):
            top.take(index, "date archive's trail")


def _is_page_widget(text: str) -> bool:
    """The page's first line a site's header widget: an age rating, a clock (a
    weekday, a date with its year, and the time to the second, or a date and a time
    set as an item of the header's bar behind a bullet), or today's date printed
    field by field."""
    clock = _CLOCK_RE.fullmatch(text)
    weekday = text.split()[0].strip(".,").lower() in WEEKDAY_NAMES if text.split() else False
    return bool(_AGE_RATING_RE.fullmatch(text) or (
        clock and page.YEAR_RE.search(clock.group("date")) and weekday) or (
        _TEMPLATE_DATE_RE.fullmatch(text) and weekday) or _BULLETED_CLOCK_RE.fullmatch(text))


# "• 12/04/2024 22:31": a header's clock set as an item of its bar, today's date and the time.
_BULLETED_CLOCK_RE = re.compile(r"[•·▪]\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2},? \d{1,2}:\d{2}")


# What separates the items of a row of links: "麻豆中文字幕丨欧美…丨…".
_ITEM_SEPARATORS = frozenset("丨｜|·•/、")


def _is_link_run(text: str) -> bool:
    """A row of separated items (links), not one title.

    A blank line apart from the headline, a first line in another script is
    chrome only as such a row: one title in another language above a text
    ("Asian security officials to convene in Moscow" over a Russian story) may be
    the author's.

    >>> _is_link_run("麻豆中文字幕丨欧美一级免费丨国产成人"), _is_link_run("Asian officials meet")
    (True, False)
    """
    return sum(ch in _ITEM_SEPARATORS for ch in text) >= 2


def _headline_like(text: str) -> bool:
    """A few words ending in no sentence: a headline, not a line of prose."""
    return len(text.split()) <= _HEADLINE_WORDS and not text.endswith(
        (".", ",", ";", ":", "!", "?", "…", ")"))


def _wordy(text: str) -> bool:
    """Made of words: a drawing or a table row is made of signs."""
    signs = [ch for ch in text if not ch.isspace()]
    return bool(signs) and 5 * sum(ch.isalpha() for ch in signs) >= 4 * len(signs)


#: A word this long opening a line says which language the line is in.
_NAMING_WORD = 4


def _is_foreign(text: str, headline: str, top: _Top) -> bool:
    """Is the line in another language than the article, and the headline under it not?
    One that opens with a word of the article's script is the article's, naming something
    in another ("Καταστατικό Goblin’s Tavern", the statutes of a club with an English
    name)."""
    body = " ".join(top.texts[i] for i in top.order if i >= top.body)
    alphabet = {ch for ch in body.lower() if ch.isalpha()}
    script = top.script
    first = text.split()[0] if text.split() else ""
    if script is not None and len(first) >= _NAMING_WORD and _mostly_other_script(text, script) \
            and blocks.script_letters(first, script) == len(first):
        return False
    return (_in_other_letters(text, alphabet, script)
            and not _in_other_letters(headline, alphabet, script))


_ADDRESS_RE = re.compile(r"\w[./]\w")
# A label or a file name: a few words of its own; a line of more is a text's.
_SITE_LINE_WORDS = 6
# What a line quotes: a title the site's own words stand around.
_QUOTED_RE = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")


def _in_site_language(text: str, top: _Top) -> bool:
    """Is the line the site's, in another script than the article's?

    A line of its own that ends no sentence and introduces nothing, whose own
    words, what it quotes aside, are a few, all written in another script, most
    of them in lower case, beside the number of a page or a picture: a
    reader's page label ("Kitabı oku: «Шанхайская организация …», sayfa 3"
    above a Russian text), an image's file name ("ohe symvoulio asfaleias (1)"
    in a Greek one).  A name, a title in capitals, an acronym, a dateline or a
    byline ("By Shavkat Mirziyoyev | China Daily") is no such line, and
    neither is a heading ("Why it matters") where two texts in two languages
    were put one after the other.
    """
    own = _QUOTED_RE.sub(" ", text)
    if not any(ch.isdigit() for ch in own):
        return False
    words = blocks.words_of(own)
    if (not 2 <= len(words) <= _SITE_LINE_WORDS
            or page.DATELINE_RE.search(text) or _ADDRESS_RE.search(text)
            or page.SENTENCE_END_RE.search(text) or text.endswith(":")):
        return False   # a site's address is a link, which the rules on links judge
    script = top.script   # the whole article's, worked out once a page
    return (script is not None
            and all(blocks.script_of(word) not in (script, None) for word in words)
            and 2 * sum(word[0].islower() for word in words) >= len(words))


def _in_other_letters(text: str, alphabet: set[str], script: str | None) -> bool:
    """Written in another script than the article, or in letters it never uses.

    Only letters beyond a script's plain alphabet count: a short article need
    not use every letter of its own language to be written in it.
    """
    letters = [ch for ch in text.lower() if ch.isalpha()]
    if _wordy(text) and _mostly_other_script(text, script):
        return True   # however its words are spaced ("麻豆中文字幕丨…") and whatever it counts
    if (not _wordy(text) or script is None or len(text.split()) < 2
            or any(ch.isdigit() for ch in text) or page.DATELINE_RE.search(text)):
        return False   # a dateline ("Published: 26 May 2025") is no headline
    if blocks.script_of(text) not in (script, None):
        return True
    strange = [ch for ch in letters if ch not in alphabet and ch not in _BASE_LETTERS]
    return len(strange) >= _FOREIGN_LETTERS and len(strange) >= _FOREIGN_SHARE * len(letters)


_OTHER_SCRIPT_LETTERS = 10


def _mostly_other_script(text: str, script: str | None) -> bool:
    """Are most of the line's letters, ten or more, of another script than ``script``
    (a line of Chinese links above an English headline)?  A dateline is not."""
    letters = sum(ch.isalpha() for ch in text)
    return (script is not None and letters >= _OTHER_SCRIPT_LETTERS
            and 2 * blocks.script_letters(text, script) < letters
            and not page.DATELINE_RE.search(text))


# A line of a panel or a menu: a few words; a headline has more.
_PANEL_LINE_WORDS = 3
# Above the headline: a site's name, its tagline, a menu, a rating; a line this long is a
# standfirst or a headline of its own.
_ABOVE_HEADLINE_WORDS = 6


def take_header(lines: Sequence[str | None], views: dict[int, str], found: dict[int, str],
                bylines: Collection[int] = ()) -> None:
    """The lines above the article's first paragraph, judged as one block.

    Once the rules have taken part of that block, what is left of it is
    judged by where it stands against the article's headline, its dateline
    and its byline, which always stay:

    * **above the headline a copy of the title names** (the page's
      ``<title>`` with the site's name, a trail glued to the headline): the
      site's lines — its name, a banner's alt text, "Add to library",
      "Rating: 4" — short lines that are neither a name nor a date;
    * **in a panel that is mostly chrome**: the short lines left in a
      paragraph of which the rules took half or more ("Reading settings" /
      "Font size" / "Line height" / "Margins"), however a scraper split it;
      a short title the article's first paragraph names word for word ("Trade
      magazine" over "A trade magazine, also called …") stays there, its copy
      nearest the article.

    A page of mostly short lines (verse, a list) is left as it is, and so is
    a block the rules found nothing in: a text nobody scraped has a title, a
    byline and a date above its first paragraph, and nothing else to lose.
    """
    if not page.is_prose_document(views, found):
        return
    top = _Top(lines, views, found)
    # (a byline's copy names the byline, which stands under the headline: no title)
    copies = [" ".join((lines[i] or "").split()) for i, reason in found.items()
              if reason in TITLE_COPIES and not page.BYLINE_RE.match(views.get(i, ""))]
    head = [i for i in top.head if _may_be_site_line(top, i, bylines)]
    if not head:
        return
    # The lowest line a copy begins with (a banner printed twice above the headline
    # names the banner, the headline glued to its byline names the headline), else the
    # first a copy names: the site's lines above it are all the site's.
    headline = next((i for i in reversed(top.head) if any(
        copy == top.texts[i] or copy.startswith(f"{top.texts[i]} ") for copy in copies)), None)
    first = next((i for i in top.head if any(_copy_of(copy, top.texts[i]) for copy in copies)),
                 None)
    if headline is None or (first is not None and first > headline):
        headline = first
    if headline is not None:
        headline = headline_over_dateline(top.head, top.texts, headline, found)
    if headline is not None:
        for index in top.head:
            # Short lines, and a line whose copy went: printed twice above the headline,
            # it is the site's banner, not the page's title.
            if index >= headline:
                continue
            text = top.texts[index]
            banner = text in copies and not _copy_below(lines, found, text, index)
            short = index in head and len(text.split()) <= _ABOVE_HEADLINE_WORDS
            if banner or short:
                found.setdefault(index, "above the headline its copy names")
        _take_contact_card(top, headline, found)
    # A short title the article's first paragraph names, nearest the article, is the text's
    # heading, in the panel of a wiki mirror too ("Trade magazine" / "from Wikipedia").
    named = next((i for i in reversed(head) if top.body < len(lines)
                  and blocks.is_named_by(top.texts[i], top.texts.get(top.body, ""))), None)
    for index in head:
        if (index != headline and index != named and index not in found
                and len(top.texts[index].split()) <= _PANEL_LINE_WORDS
                and _mostly_chrome(lines, found, index)
                and not _title_over_a_share_bar(top, index, found)):
            found[index] = "short line in a panel of chrome"


# A contact card's field: "Phone: (518) 489-0188", "Fax:", "Тел.: …", "Τηλ.: …".
_CONTACT_FIELD_RE = re.compile(
    r"(?:phone|tel|telephone|fax|mobile|cell|e-?mail|телефон|тел|факс|τηλ|τηλέφωνο|φαξ)\.?\s*:.{0,40}",
    re.I)


def headline_over_dateline(order: Sequence[int], texts: dict[int, str], named: int,
                           found: Collection[int] = ()) -> int:
    """The article's headline, when the line taken for it stands under the article's dateline.

    A caption printed twice under the story ("Foreign Minister … Picture: File Photo")
    looks like a headline to a rule that looks for one (long, named by a copy, sharing
    the article's words), yet a headline stands over its dateline: when the first
    headline-long line of ``order`` above ``named`` has a dateline under it, still above
    ``named``, that line is the headline, and the short lines between it and its
    dateline ("TBS Report") are its byline and its labels, not the site's.
    """
    for index in order:
        if index >= named:
            break
        if index in found or len(texts.get(index, "").split()) <= _ABOVE_HEADLINE_WORDS:
            continue
        if any(j not in found and page.DATELINE_RE.search(texts.get(j, ""))
               and not blocks.is_prose(texts.get(j, "")) for j in order if index < j < named):
            return index
        break
    return named


def _copy_below(lines: Sequence[str | None], found: dict[int, str], text: str,
                index: int) -> bool:
    """Did a copy of ``text`` below ``index`` go as the title printed again?  Then the line
    is the page's title, the one the title rule kept, and no banner printed twice."""
    return any(i > index and reason == "repeated title"
               and " ".join((lines[i] or "").split()) == text for i, reason in found.items())


def _take_contact_card(top: _Top, headline: int, found: dict[int, str]) -> None:
    """A person's name heading a card above the headline whose other lines went as the
    site's, one of them a phone or fax field ("David Parente" / "CDFDA President" /
    "Albany, NY" / "Phone: …" / "Fax:"): the site's contact box, not the article's
    byline, and it goes with them.  A name beside a line that stays is left."""
    for index in top.head:
        if index >= headline or index in found:
            continue
        card = [j for j in top.paragraph(index) if j != index]
        if (card and card[0] == index + 1 and blocks.is_name(top.texts[index])
                and all(found.get(j) == "above the headline its copy names" for j in card)
                and any(_CONTACT_FIELD_RE.fullmatch(top.texts[j]) for j in card)):
            found[index] = "contact box above the headline"


def _title_over_a_share_bar(top: _Top, index: int, found: dict[int, str]) -> bool:
    """Is this the page's first line, with nothing beside it but a share bar under it
    ("Video: SCO need-to-know" / "Share - WeChat")?  A share bar follows a headline."""
    lines = top.lines
    beside = []
    for j in range(index + 1, len(lines)):
        if lines[j] is not None and not (lines[j] or "").strip():
            break
        if lines[j] is not None:
            beside.append(j)
    return (index == top.order[0] and bool(beside) and all(
        j in found and blocks.is_share_line(" ".join((lines[j] or "").split())) for j in beside))


def _may_be_site_line(top: _Top, index: int, bylines: Collection[int]) -> bool:
    """Could this line above the article be the site's: not prose, not a dateline or a
    byline, not a person's name, not an item of the article's own list?"""
    text = top.texts[index]
    return not (index in bylines or blocks.is_prose(text) or page.DATELINE_RE.search(text)
                or blocks.is_name(text) or (text.isupper() and blocks.is_name(text.title()))
                or is_list_item(top.lines[index] or ""))


def _copy_of(copy: str, title: str) -> bool:
    """Does a copy of the title hold this line as the title: the same words, with the
    site's name after them or a trail glued before them?"""
    return len(title) >= 4 and (copy == title or copy.startswith(f"{title} ")
                                or copy.endswith(title))


def _mostly_chrome(lines: Sequence[str | None], found: dict[int, str], index: int) -> bool:
    """Is half or more of this line's paragraph chrome found in this judgement?

    Lines gone in an earlier round are looked through, not counted: they were
    judged with their neighbours then, and counting them again would let the
    judgement creep on to a byline that a share bar, since gone, vouched for.
    """
    first = last = index
    while first > 0 and (lines[first - 1] is None or (lines[first - 1] or "").strip()):
        first -= 1
    while last + 1 < len(lines) and (lines[last + 1] is None or (lines[last + 1] or "").strip()):
        last += 1
    members = [i for i in range(first, last + 1) if lines[i] is not None]
    texts = {i: " ".join((lines[i] or "").split()) for i in members}
    kept = {texts[i] for i in members if i not in found}
    # A copy of a line that stays is no part of a panel ("Xinhua" / "14:56 UTC+8" twice),
    # nor is one that holds it (the headline and byline glued over the byline).
    return 2 * sum(i in found and texts[i] not in kept and not any(
        len(line.split()) >= 2 and texts[i].endswith(f" {line}") for line in kept)
        for i in members) >= len(members)


# A teaser cut where the site's box ended: "… held talks here yesterday the…", "… Sofia....".
_CUT_END_RE = re.compile(r"\s*(?:…|\.{3,})$")
# A teaser long enough that its words printed again below are a copy, not a phrase.
_TEASER_WORDS = 8
# How many remaining lines below a teaser its copy is looked for in.
_TEASER_REACH = 4
# A word of substance: this many letters or more, no function word.
_SUBSTANCE_LETTERS = 4
# At most this share of a ticker item's words of substance comes back in the article.
_TICKER_SHARE = 0.2
# A ticker's teaser is a sentence's worth of words.
_TICKER_TEASER_WORDS = 8
# A trail has this many steps or more: "A > B > C".
_TRAIL_STEPS = 3
_TRAIL_STEP_WORDS_MAX = 10
_ARROW_RE = re.compile(r"\s+[›»>→]\s+")
# The trail's label: "You are in:", "Вы здесь:".
_TRAIL_LABEL_RE = re.compile(r"^(?:[^\W\d_]+ ){0,3}[^\W\d_]+:\s+")
# A menu's first link names the home page (HOME_WORDS); the others follow it as
# capitalised words, or all in lower case in a longer row.
_MENU_ROW_ITEMS = 4
_LOWER_MENU_ROW_ITEMS = 6
# A byline's label with no name after it: "АВТОР", "Author:", "By".
_EMPTY_BYLINE_RE = re.compile(r"(?:by|author|authors|автор|авторы|συντάκτης|κείμενο|autor|auteur)"
                              r"\s*:?", re.I)
# The rest of a call the lines above it began is a few words: "и узнавайте новости первыми!".
_CALL_REST_WORDS = 8
_FOLLOWING_REASONS = frozenset({"page chrome", "short line among chrome"})


def _substance_words(text: str) -> set[str]:
    return blocks.substance_words(text, _SUBSTANCE_LETTERS)


def _is_trail(text: str) -> bool:
    """A breadcrumb trail of three steps or more: "You are in: Bureau of Public Affairs >
    Press Relations Office > Daily Press Briefings > 2003 > April".  Each step a few
    words that end no sentence; a sentence that compares ("a > b") has fewer steps."""
    steps = _ARROW_RE.split(_TRAIL_LABEL_RE.sub("", text, count=1))
    # (a longer label is the author's: "Path to Message Posting and Editing Options:
    # Settings > Options > …", a help page's way to a setting)
    return len(steps) >= _TRAIL_STEPS and ": " not in steps[0] and all(
        0 < len(step.split()) <= _TRAIL_STEP_WORDS_MAX and not page.SENTENCE_END_RE.search(step)
        for step in steps)


def _is_menu_row(text: str) -> bool:
    """A row of a site's menu opening with its home link: "Home Issues & Press Travel &
    Business Countries Youth & Education Careers About State Video".  Capitalised words
    joined by "&" at most, no figure, no punctuation: a headline has a verb in lower case.
    A site that sets its menu in lower case runs six items or more so ("главная
    библиотекам читателям мир библиотек виртуальная справка").

    >>> _is_menu_row("главная библиотекам читателям мир библиотек виртуальная справка")
    True
    >>> _is_menu_row("Home is where the heart is for most of us")
    False
    """
    words = text.split()
    lowered = text == text.lower()
    if not words or words[0].lower() not in HOME_WORDS or \
            len(words) < (_LOWER_MENU_ROW_ITEMS if lowered else _MENU_ROW_ITEMS):
        return False
    return not any(ch.isdigit() for ch in text) and not _PUNCTUATION_RE.search(text) and (
        lowered or all(word[:1].isupper() or word in ("&", "|", "/", "·", "•")
                       for word in words))


def _is_icon(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Co")


# A menu's item beside its icon: a word or two ("🏠 News 📰 Video").
_ICON_ITEM_WORDS = 2


def _is_icon_row(text: str) -> bool:
    """A row of a site header's icons: no letter and no figure, a pictograph, an emoji or a
    private-use glyph among its signs ("☰  🔍  👤"); a rule of dashes or stars has none.
    Or a menu whose items each follow their icon ("🏠 News 📰 Video 🎧 Podcasts"): two
    icons or more, a word or two after each, no sentence."""
    if not any(ch.isalnum() for ch in text):
        return any(_is_icon(ch) for ch in text)
    items = re.split(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uE000-\uF8FF]\s*", text)
    icons = sum(_is_icon(ch) for ch in text)
    return (icons >= 2 and not items[0].strip() and not page.SENTENCE_END_RE.search(text)
            and all(len(item.split()) <= _ICON_ITEM_WORDS for item in items))


# A button's letter or two ("f", "in", "A+"): a row of them is a share or text-size bar.
_BUTTON_CHARS = 2
_BUTTON_ROW_MAX = 6


def _is_button_row(text: str) -> bool:
    """A row of one-letter buttons: "f t in", "A A A"; two to six marks of a letter or two
    each, in an alphabet of single letters (no Chinese word of two characters)."""
    marks = text.split()
    return 2 <= len(marks) <= _BUTTON_ROW_MAX and all(
        len(mark) <= _BUTTON_CHARS and mark.isalpha() and mark.isascii() for mark in marks)


# The site's name (and its section) beside the headline in the page's <title>, either side:
# " | Astana Daily", " :: Astana Daily :: News", "Astana Daily - ".
_SITE_PART = r"[^\W_][^.!?]{0,60}?"
_SITE_SEPARATOR = r"(?: (?:[-–—|·»]|::) )"
_SITE_AFTER_RE = re.compile(rf"(?:{_SITE_SEPARATOR}{_SITE_PART}){{1,2}}")
_SITE_BEFORE_RE = re.compile(rf"(?:{_SITE_PART}{_SITE_SEPARATOR}){{1,2}}")
_SITE_NAME_WORDS = 6


def _take_title_with_site(top: _Top, kept: list[int]) -> None:
    """The page's ``<title>`` above its headline: the headline with the site's name (and its
    section) after it or before it, a few words set off by a separator."""
    window = kept[:_ECHO_WINDOW]
    for k, index in enumerate(window):
        text = top.texts[index]
        for below in window[k + 1:]:
            title = top.texts[below]
            if (below > top.body or len(title.split()) < _TWICE_WORDS
                    or not _headline_like(title) or text == title):
                continue
            rest = (text[len(title):] if text.startswith(title) and _SITE_AFTER_RE.fullmatch(
                text[len(title):]) else text[:-len(title)] if text.endswith(title)
                and _SITE_BEFORE_RE.fullmatch(text[:-len(title)]) else None)
            if rest is not None and len(rest.split()) <= _SITE_NAME_WORDS + 2:
                top.take(index, "the page's title with the site's name")
                break


def _take_header_marks(top: _Top, kept: list[int]) -> None:
    """Icons and one-letter buttons above the headline: a row of them, or a run of two lines
    or more of a single letter each ("F" / "T" / "W").  A chapter's numeral alone ("I",
    "IV") over its title stays."""
    head = [i for i in kept if i < top.body]
    headlines = [i for i in head if len(top.texts[i].split()) >= _TWICE_WORDS
                 and _wordy(top.texts[i])]
    if not headlines:
        return
    for index in head:
        if index >= headlines[-1]:
            break
        text = top.texts[index]
        in_letter_run = _is_letter(top, index) and (
            _is_letter(top, index - 1) or _is_letter(top, index + 1))
        if _is_icon_row(text) or _is_button_row(text) or in_letter_run:
            top.take(index, "icons and buttons of the site's header")


def _is_letter(top: _Top, index: int) -> bool:
    """Is this line of the page a single letter ("F"), as a button prints it?"""
    text = " ".join((top.lines[index] or "").split()) if 0 <= index < len(top.lines) else ""
    return len(text) == 1 and text.isalpha()


def take_above_article(lines: Sequence[str | None], views: dict[int, str],
                       found: dict[int, str]) -> None:
    """The top of the page once the other rules have judged it: what is left of its chrome.

    * a teaser printed above the paragraph that prints it again, whole (a standfirst the
      second paragraph opens with, a teaser cut with "…" over its paragraph);
    * a ticker's last item left on top of the article: a headline and its teaser, cut with
      "…", whose words the article below does not share;
    * the masthead's date or clock opening the page, parted from the headline by lines
      already found to be chrome (the site's name, "image", a section's label); a dateline
      beside the headline stays;
    * a line the site prints three times or more above the headline (a logo's text), none
      of whose words the article uses; a menu row opening with its home link; a trail of
      three steps or more;
    * in the head, a dateline printed again, a byline's label with no name after it, and
      the rest of a call whose first lines were chrome ("и узнавайте новости первыми!");
    * the kinds of line a site sets above its headline or between the headline and the
      first paragraph, each known by its shape and place (:func:`_take_top_kinds`): a
      blog's category line, a counter of views or comments, a banner's label, a share or
      save button, an image's alt text cut short over its caption, the site's description
      of itself, a section's name over the headline or glued to its copy, the author's
      name over the byline that names it again, and what is left of a masthead between
      lines already found to be chrome.
    """
    if not page.is_prose_document(views, found):
        return
    top = _Top(lines, views, found)
    kept = list(top.order)
    if len(kept) < 3:
        return
    _take_teaser_copies(top, kept)
    _take_ticker_item(top, kept)
    _take_ticker_headline(top, kept)
    _take_masthead_date(top, kept)
    _take_site_lines(top, kept)
    _take_top_kinds(top, kept)
    _take_head_leftovers(top, kept)
    _take_header_marks(top, kept)
    _take_title_with_site(top, kept)
    for index, reason in top.taken.items():
        found.setdefault(index, reason)


def _take_teaser_copies(top: _Top, kept: list[int]) -> None:
    texts = top.texts
    candidates = [i for i in kept if i <= top.body][-2:] + [i for i in kept if i > top.body][:1]
    for index in candidates:
        text = texts[index]
        teaser = _CUT_END_RE.sub("", text)
        cut = teaser != text
        if len(teaser.split()) < _TEASER_WORDS or len(top.paragraph(index)) != 1:
            continue
        below = [i for i in kept if i > index][:_TEASER_REACH]
        # Right under the headline, a standfirst of one whole sentence printed again as
        # the sentence a paragraph below opens with ("… ως Παγκόσμιας Ημέρας Ποίησης." over
        # "… ως Παγκόσμιας Ημέρας Ποίησης. Εμπνευστής …"): the lead printed twice, on a
        # page whose top, above the headline, shows other chrome (a speech's refrain, on a
        # page with none there, stays, whatever a section further down holds).
        lead = (any(i < kept[0] for i in top.found) and len(kept) > 1 and index == kept[1]
                and top.paragraph(kept[0]) == [kept[0]]
                and not cut and page.SENTENCE_END_RE.search(teaser) is not None)
        # (or as a paragraph of its own a few paragraphs down, word for word: the
        # standfirst the site prints over the picture, the article's second paragraph)
        if any((texts[i] != text and texts[i].startswith(teaser)
                and (_goes_on(texts[i][len(teaser):], cut)
                     or (lead and _NEXT_SENTENCE_RE.match(texts[i][len(teaser):]))))
               or (lead and texts[i] == text and len(top.paragraph(i)) == 1)
               for i in below):
            top.take(index, "teaser printed again below")


# A sentence going on after a teaser's words: a clause after a comma, or words in lower case.
_GOES_ON_RE = re.compile(r"(?:,\s+|\s+)[^\W\d_A-ZА-ЯЁΑ-Ω]")
_GOES_ON_WORDS = 3
# The next sentence of a paragraph: a space, then a capital or a figure, and words on.
_NEXT_SENTENCE_RE = re.compile(r" [^\W_a-zа-яёα-ωά-ώ]\S*(?: \S+){2,}")


def _goes_on(rest: str, cut: bool) -> bool:
    """Does the copy below go on with the teaser's sentence (", the Foreign Ministry
    said …")?  A caption after a title ("… Фото: …") or a closing stop does not; a
    teaser cut mid-word ("the fir…") may go on inside the word."""
    if len(rest.split()) < _GOES_ON_WORDS:
        return False
    return bool(_GOES_ON_RE.match(rest) or (cut and rest[:1].isalpha() and rest[:1].islower()))


def _take_ticker_item(top: _Top, kept: list[int]) -> None:
    texts = top.texts
    first, second = kept[0], kept[1]
    headline, teaser = texts[first], texts[second]
    if not (_headline_like(headline) and len(headline.split()) >= _TWICE_WORDS
            and _CUT_END_RE.search(teaser) and len(teaser.split()) >= _TICKER_TEASER_WORDS
            and teaser[:1].isupper()   # a line going on with the one above is one sentence
            and second == first + 1):
        return
    words = _substance_words(f"{headline} {teaser}")
    rest = set().union(*(_substance_words(texts[i]) for i in kept[2:]))
    if words and len(words & rest) <= _TICKER_SHARE * len(words):
        top.take(first, "a ticker's last item above the article")
        top.take(second, "a ticker's last item above the article")


# A ticker's headline and the article's: four words or more each.
_TICKER_HEADLINE_WORDS = 4
_TICKER_LABEL_RE = re.compile(
    r"(?:breaking(?: news)?|latest|just in|live|news flash|срочно|молния|новости|έκτακτο)"
    r"\s*[:|•—–-]\s+(?=\S)", re.I)
_TICKER_NOT_RE = re.compile(r"[/|:•·]|\bby\b|\b(?:19|20)\d{2}-|\d[./]\d", re.I)
# The article's headline shares this many words of substance with its first paragraph.
_HEADLINE_SHARED = 2


def _take_ticker_headline(top: _Top, kept: list[int]) -> None:
    """The last headline of a ticker whose other lines went, right above the article's
    headline: none of its words of substance is the article's, while the headline under
    it shares two or more with the first paragraph.  Only under chrome already found: on a
    page that shows none, a line over the headline is the author's (a series, a kicker)."""
    texts = top.texts
    first, second = kept[0], kept[1]
    ticker, headline = texts[first], texts[second]
    # A ticker's label says what the line is, on a page that shows no other chrome too.
    label = _TICKER_LABEL_RE.match(ticker)
    if label:
        ticker = ticker[label.end():]
    if first in top.taken or not (label or any(
            top.lines[i] is None or i in top.found for i in range(first))):
        return
    # Each a line of its own: two lines of one paragraph may be one sentence, wrapped.
    if (not top.alone(second) or second in top.paragraph(first)
            or not (ticker[:1].isupper() and headline[:1].isupper())):
        return
    body = [i for i in kept[2:] if i >= top.body]
    if not body or not all(
            _headline_like(text) and len(text.split()) >= _TICKER_HEADLINE_WORDS
            and not page.BYLINE_RE.match(text) and not page.SENTENCE_END_RE.search(text)
            for text in (ticker, headline)) or body[0] != kept[2]:
        return
    # A dateline, a byline or a source line has a slash, a colon, a time or a "by".
    if (is_list_item(top.lines[first] or "") or _TICKER_NOT_RE.search(ticker)
            or _TIME_OF_DAY_RE.search(ticker) or _RELATIVE_TIME_RE.search(ticker)
            or a_date_header(ticker)):
        return
    article = set().union(*(_substance_words(texts[i]) for i in kept[1:]))
    lead = _substance_words(" ".join(texts[i] for i in top.paragraph(body[0])))
    if (_substance_words(ticker) and not _substance_words(ticker) & article
            and len(_substance_words(headline) & lead) >= _HEADLINE_SHARED):
        top.take(first, "a ticker's last headline above the article's")


def _is_masthead_date(text: str) -> bool:
    """A date (a weekday, a time at most beside it) with no label: "December 3, 2021",
    "Friday, Apr 26 2024 | Time 06:26 Hrs(IST)"."""
    return (page.YEAR_RE.search(text) is not None and page.DATELINE_RE.search(text) is not None
            and not page.BYLINE_RE.match(text) and ":" not in text.split()[0]
            and len(text.split()) <= _LABEL_WORDS + 6
            and (text[:1].isdigit() or text.split()[0].strip(".,").lower() in WEEKDAY_NAMES
                 or page.DATELINE_RE.match(text) is not None))


def _take_masthead_date(top: _Top, kept: list[int]) -> None:
    first, headline = kept[0], kept[1]
    text = top.texts[first]
    if not _is_masthead_date(text) or first in top.taken:
        return
    between = [i for i in range(first + 1, headline) if (top.lines[i] or "").strip()
               or top.lines[i] is None]
    chrome_between = [i for i in between if top.lines[i] is None or i in top.found]
    # The site's words between ("image", a section, the site's name); a counter or a
    # field's label beside the date ("0 0", "Auther :") is the article's panel.
    # A copy of the title between is the title's, and the date under it its dateline.
    worded = [i for i in chrome_between if top.lines[i] is not None and any(
        ch.isalpha() for ch in top.lines[i] or "") and not (
            top.lines[i] or "").rstrip().endswith(":")]
    if any(top.found.get(i) in TITLE_COPIES for i in chrome_between):
        return
    title = top.texts[headline]
    if (worded and all(i in chrome_between for i in between) and top.alone(first)
            and _headline_like(title) and len(title.split()) >= _TWICE_WORDS
            and not page.BYLINE_RE.match(title)
            # a date with its time of day is the article's dateline ("Thursday, 23 February
            # 2023 - 3:26pm |" over a release's region), unless the article dates itself
            and not (_HOUR_RE.search(text) and not _dated_elsewhere(top, kept, first))):
        top.take(first, "the masthead's date, parted from the headline by chrome")


# A time of day, "06:26", "3:26pm", "9:05 a.m.".
_HOUR_RE = re.compile(r"\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?(?![\w:])", re.I)
# How many words of the first paragraph a dateline opens it in ("Washington, May 27 (UNI)").
_LEAD_DATELINE_WORDS = 6


def _dated_elsewhere(top: _Top, kept: list[int], first: int) -> bool:
    """Does the article give its own date, apart from the line ``first``: a short date
    line above its first paragraph, or a dateline opening that paragraph ("Washington,
    May 27 (UNI) …")?  Then a clock at the top of the page is the masthead's."""
    for index in kept:
        if index == first or index > top.body:
            continue
        text = top.texts[index]
        if index == top.body:
            text = " ".join(text.split()[:_LEAD_DATELINE_WORDS])
        elif len(text.split()) > _LABEL_WORDS + 6:
            continue
        if page.DATELINE_RE.search(text) and not page.BYLINE_RE.match(text):
            return True
    return False


def _take_site_lines(top: _Top, kept: list[int]) -> None:
    texts = top.texts
    head = [i for i in kept if i < top.body]
    body = set().union(*(_substance_words(texts[i]) for i in kept if i >= top.body))
    # Copies another rule took count too: it may have kept one as the title.
    printed: dict[str, list[int]] = {}
    for index in range(top.body):
        line = top.lines[index]
        if line is not None and line.strip():
            printed.setdefault(copy_key(" ".join(line.split())), []).append(index)
    for copies in printed.values():
        text = " ".join((top.lines[copies[0]] or "").split())
        words = _substance_words(text)
        # A logo's text is a name: no figure, no comma (an affiliation under each of its
        # authors' names has its address).
        # Nothing but the copies, lines ending in one, and chrome from the page's top down
        # to the last copy: a speaker's name through a play has the lines spoken between.
        run = all(top.lines[i] is None or not (top.lines[i] or "").strip() or i in top.found
                  or " ".join((top.lines[i] or "").split()).endswith(text)
                  for i in range(copies[-1]))
        if (len(copies) >= _THRICE and words and not words & body and run
                and not any(ch.isdigit() or ch == "," for ch in text)):
            for index in head:
                if copy_key(texts[index]) == copy_key(text) or texts[index].endswith(text):
                    top.take(index, "the site's line printed again and again")
    for index in head:
        if _is_menu_row(texts[index]) and not wraps_on(top.lines, index):
            top.take(index, "section menu")
        elif _is_trail(texts[index]):
            top.take(index, "breadcrumb")


# A news headline under a section's label: seven words or more.
_NEWS_HEADLINE_WORDS = 7


def _over_headline(top: _Top, index: int) -> bool:
    """Does a news headline (a paragraph of its own, seven words or more, no sentence)
    follow this line, on a page the rules found chrome on?"""
    below = next((i for i in top.order if i > index and i not in top.taken), None)
    if below is None or not (top.found or top.taken) or not top.alone(below):
        return False
    title = top.texts[below]
    return len(title.split()) >= _NEWS_HEADLINE_WORDS and _headline_like(title)


def _take_head_leftovers(top: _Top, kept: list[int]) -> None:
    texts = top.texts
    # The first line of two lines of prose or more: the article's, not a call's end.
    long = next((i for i in kept if len(texts[i].split()) >= _PROSE_WORDS), len(top.lines))
    seen: set[str] = set()
    for index in kept:
        if index >= long or index in top.taken:
            break
        text = texts[index]
        # On a scraped page's head only: a schedule's dates come back in a text of its own.
        if text in seen and top.found and index < top.body and page.YEAR_RE.search(text) and (
                page.DATELINE_RE.search(text) and len(text.split()) <= _LABEL_WORDS + 4):
            top.take(index, "dateline printed again")
            continue
        seen.add(text)
        after = index + 1
        if (_EMPTY_BYLINE_RE.fullmatch(text) and after < len(top.lines)
                and (top.lines[after] is None or after in top.found)):
            top.take(index, "a byline's label with no name after it")
        elif (is_section_name(text) and index + 1 < len(top.lines)
              and not (top.lines[index + 1] or "").strip() and _over_headline(top, index)):
            top.take(index, "section label over the headline")
        elif (text[:1].islower() and len(text.split()) <= _CALL_REST_WORDS
              and top.found.get(index - 1) in _FOLLOWING_REASONS
              and (top.lines[index - 1] or "").strip()):
            top.take(index, "the rest of a call the lines above it began")


# A blog's label over the list of posts it files the article in, with the value after it:
# "Posts Tagged ‘assaut’", "Filed under Opinion", "Archives des étiquettes : Emmanuel
# Macron", "Archivo de la etiqueta: ruido", "Рубрика: Политика", "Κατηγορία: Πολιτική".
_ARCHIVE_LABEL = (
    r"posts? tagged|tagged(?: with| as)?|(?:tag|category|topic) archives?|archives? for|filed under"
    r"|archives? (?:des?|du) (?:la |l[’'] ?)?(?:étiquettes?|catégories?|mots?[- ]clés?|rubriques?)"
    r"|archivos? de (?:la |las )?(?:etiquetas?|categorías?)|entradas etiquetadas(?: como| con)?"
    r"|архивы? (?:метки|меток|рубрики|категории|тега)|записи с меткой|записи в рубрике"
    r"|αρχείο (?:ετικέτας|ετικετών|κατηγορίας)|schlagwort-archive?|kategorie-archive?")
_FIELD_LABEL = (
    r"tags?|categor(?:y|ies)|topics?|filed in|rubriques?|catégories?|étiquettes?|mots?[- ]clés?"
    r"|categorías?|etiquetas?|temas?|рубрик[аи]|метк[аи]|теги?|категори[яи]|ετικέτες|ετικέτα"
    r"|κατηγορία|κατηγορίες|kategorien?|schlagwörter|schlagworte")
_CATEGORY_LINE_RE = re.compile(
    rf"(?:{_ARCHIVE_LABEL})\s*:?\s*(?P<value>\S.*)|(?:{_FIELD_LABEL})\s*:\s*(?P<field>\S.*)",
    re.I)
_CATEGORY_VALUE_WORDS = 6


def _under_archive_heading(top: _Top, index: int) -> bool:
    """Is the line above this one, across blank lines, a blog's archive heading already
    taken ("Category Archives: Exhibition")?  A blog prints the category's description
    under it, over the posts the archive lists."""
    above = index - 1
    while above >= 0 and top.lines[above] is not None and not (top.lines[above] or "").strip():
        above -= 1
    if above < 0 or above not in top.found:
        return False
    text = " ".join((top.lines[above] or "").split())
    match = _CATEGORY_LINE_RE.fullmatch(text)
    return bool(match and match["value"] and is_category_line(text))


def is_category_line(text: str) -> bool:
    """A blog's category or tag line: a label that files the post, then a few words.

    >>> is_category_line("Posts Tagged ‘assaut’"), is_category_line("Filed under Opinion")
    (True, True)
    >>> is_category_line("Archivo de la etiqueta: ruido")
    True
    >>> is_category_line("Tagged as a risk, the bridge was closed in May.")
    False
    """
    match = _CATEGORY_LINE_RE.fullmatch(text)
    if not match:
        return False
    value = match["value"] or match["field"] or ""
    return (0 < len(value.split()) <= _CATEGORY_VALUE_WORDS
            and not page.SENTENCE_END_RE.search(value.rstrip("’'\"”»")))


# How long ago a story was posted, as a listing prints it beside its counters: "3 hours
# ago", "hace 3 horas", "il y a 2 jours", "5 часов назад", "πριν από 2 ώρες".
_AGE = (
    r"(?:\d+|an?|one)\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago"
    r"|hace\s+\d+\s*(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)"
    r"|il y a\s+\d+\s*(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|\d+\s*(?:секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\s+назад"
    r"|πριν(?: από)?\s+\d+\s*(?:δευτερόλεπτα|λεπτά|ώρες|ώρα|μέρες|ημέρες|εβδομάδες|μήνες"
    r"|χρόνια)")
_POSTED = r"(?:posted|published|updated|publicado|actualizado|publié|mis à jour|опубликовано" \
          r"|обновлено|δημοσιεύθηκε|δημοσιεύτηκε)"
# A counter of what readers did, with its word: "1 171 просмотров", "34 comments",
# "Views: 1.2K", "σχόλια 3".
_COUNTED = (
    r"views?|reads?|readers|comments?|shares?|likes?|просмотр\w*|прочтени\w*|комментари\w*"
    r"|subscribers?|followers?|members?|posts|подписчик\w*|участник\w*|συνδρομητές|μέλη"
    r"|προβολές|αναγνώσεις|σχόλια|vistas?|visitas|lecturas|comentarios?|vues|lectures"
    r"|commentaires?|aufrufe|kommentare")
_COUNT = r"\d[\d\s.,]*(?:[kmкм]\b)?"
_COUNTER = rf"(?:{_COUNT})\s*(?:{_COUNTED})|(?:{_COUNTED})\s*:?\s*(?:{_COUNT})"
# A community widget's counters in a row, its page count first ("8 pages, 0 posts"): a page
# count alone is a report's length, and stays.
_COUNTER_LINE_RE = re.compile(
    rf"{_COUNTER}|(?:{_COUNT})\s*(?:pages?|{_COUNTED})(?:\s*[,|·•]\s*(?:{_COUNTER}))+", re.I)
# A listing's line under its title: the story's age with its counters ("Posted 3 hours ago |
# 12 comments", "5 hours ago · 1.2K views"), in either order.
_AGE_AND_COUNTS_RE = re.compile(
    rf"(?:{_POSTED}:?\s+)?(?:{_AGE})(?:\s*[|·•,/–—-]?\s*(?:{_COUNTER}))+"
    rf"|(?:(?:{_COUNTER})\s*[|·•,/–—-]?\s*)+(?:{_POSTED}:?\s+)?(?:{_AGE})", re.I)
# A bare counter opening a page: thousands shortened ("1.2K") or three figures or more; a
# figure or two alone is a chapter's or a part's number.
_BARE_COUNT_RE = re.compile(r"\d{1,3}(?:[.,]\d)?[KkMm]|\d{3,7}|\d{1,3}(?:[ ,.]\d{3})+")
# A banner's label over the headline: a word that ranks the story, in the languages of
# the pages.
_BANNER_LABELS = frozenset({
    "featured", "breaking", "breaking news", "exclusive", "trending", "top story", "editor's pick",
    "editor’s pick", "must read", "sponsored", "destacado", "destacada", "exclusiva",
    "última hora", "à la une", "exclusif", "exclusivité", "en direct", "главное", "эксклюзив",
    "срочно", "молния", "αποκλειστικό", "έκτακτο", "επικαιρότητα"})
# A button beside the headline, alone on its line: share, save, print or send the article.
_BUTTON_WORDS = frozenset({
    "share", "save", "print", "email", "e-mail", "bookmark", "compartir", "guardar", "imprimir",
    "enviar", "partager", "enregistrer", "sauvegarder", "imprimer", "envoyer", "поделиться",
    "сохранить", "печать", "распечатать", "отправить", "κοινοποίηση", "αποθήκευση", "εκτύπωση",
    "αποστολή", "teilen", "speichern", "drucken", "senden", "merken"})
# A site that says what it is: "САЙТ ГАЗЕТЫ ПАРЛАМЕНТСКОГО СОБРАНИЯ …", "The website of the
# weekly newspaper of …", "Site officiel du journal …".
_SITE_OF_RE = re.compile(
    r"(?:(?:the )?(?:official )?(?:web ?site|site|portal) of (?:the )?(?:daily |weekly )?"
    r"(?:newspaper|magazine|journal|news agency|paper)"
    r"|(?:официальный )?(?:сайт|портал) (?:газеты|журнала|издания|телеканала|радиостанции"
    r"|информационного агентства|агентства)"
    r"|(?:η )?(?:επίσημη )?ιστοσελίδα (?:της εφημερίδας|του περιοδικού|του πρακτορείου)"
    r"|(?:el )?(?:sitio|portal)(?: web)?(?: oficial)? del? "
    r"(?:periódico|diario|semanario|la revista)"
    r"|(?:le )?site(?: web)?(?: officiel)? d(?:u|e la|e l[’']) ?(?:journal|quotidien|hebdomadaire"
    r"|magazine|revue))\b.*", re.I)
_SITE_OF_WORDS = 14
# A site's tagline or a commemorative banner: a founding year or an anniversary ("Since
# 1887", "Est. 1952", "Celebrating 75 years", "75 years of …", "с 1990 года", "desde 1887",
# "depuis 1944", "από το 1975"), or what the paper calls itself ("The voice of …", "Your
# source for …", "News you can trust").
_SLOGAN_RE = re.compile(
    r".*\b(?:since|est\.?|established(?: in)?|founded(?: in)?|desde|fundado en|depuis|fondé en"
    r"|с|основан[аo]? в|από το|ιδρύθηκε το)\s+(?:19|20|18)\d{2}(?:\s*(?:года|г\.))?"
    r"|.*\b(?:celebrating|marking|celebrando|célébrant|празднуем|отмечаем|γιορτάζουμε)\s+\d+\s*"
    r"(?:years?|años|ans|лет|год[а]?|χρόνια)\b.*"
    r"|(?:celebrating\s+)?\d+(?:th|st|nd|rd)?\s+(?:years?|anniversary)\s+of\b.*"
    r"|(?:the )?(?:voice|conscience|heart|home|pulse) of (?:the )?[^\W\d_].*"
    r"|your (?:trusted |daily |local |independent |number one )?(?:source|home|guide|window) "
    r"(?:for|of|to|on)\b.*|(?:news|journalism|reporting) (?:you can trust|that matters)\b.*"
    # a motto of phrases on one noun ("By the fans, for the fans", "Of the people, by the
    # people"); "By Anna Berg for Reuters" names two, and is a byline
    r"|(?:by|for|of|from|для|από|για) (?:the )?(?P<motto>[^\W\d_]+)"
    r"(?:,? (?:and )?(?:by|for|of|from|для|από|για) (?:the )?(?P=motto)){1,2}[.!]?",
    re.I)
_SLOGAN_WORDS = 10
# What a masthead's widgets leave between its lines: a few words or signs each.
_LEFTOVER_WORDS = 3
_LEFTOVER_RUN = 3
_SLUG_RE = re.compile(r"[^\W\d_]+(?:[-_][^\W\d_]+)+")


def _take_top_kinds(top: _Top, kept: list[int]) -> None:
    """The kinds of line a site prints above its headline, or between the headline and the
    first paragraph, that the article never prints there; each known by its shape and place.

    The top reaches down to the article's second line of prose (a standfirst reads as
    prose too), the headline is the first line of a few words, no sentence, sharing two
    words with the article below:

    * a blog's category or tag line as the page's first line, or alone in the top
      ("Posts Tagged ‘assaut’", "Archives des étiquettes : Emmanuel Macron"), and the
      category's description a blog prints under its archive's heading, over the headline
      and sharing none of its words ("Layouts seen at Exhibitions in Australia and
      Overseas" under "Category Archives: Exhibition");
    * a counter with its word ("1 171 просмотров", "34 comments"), a bare counter
      ("1.2K", "4 310") opening the page over its headline, and the story's age with its
      counters ("Posted 3 hours ago | 12 comments", "hace 3 horas · 12 comentarios");
    * the masthead's date opening the page ("Wednesday, 2 December 2026") over a headline
      that has its own dateline under it, of another day (a blog's date over its post,
      the only date of the page or the day the dateline gives again, stays);
    * a banner's label ("Featured", "Exclusive", "Última hora") and a share or save
      button alone ("Guardar") in the top;
    * above the headline, a site's tagline or a commemorative banner that says nothing of
      the article: a founding year, an anniversary, what the paper calls itself ("The
      Voice of the Valley Since 1887", "Celebrating 75 Years of Public Service");
    * an image's alt text cut short right over its caption ("Publicidad institucional en
      la estación" over "Publicidad institucional en la estación de metro de Callao, …");
    * the site's description of itself opening the page ("САЙТ ГАЗЕТЫ …", "The website
      of the newspaper of …"), and a section's name alone under it or opening the page,
      over a news headline ("НОВОСТИ", "España");
    * the headline glued to its section's name, over the headline itself ("Страна и мир
      Госдума готова …" over "Госдума готова …");
    * the author's name alone over the byline that names it ("THETOC TEAM" over
      "ΓΡΑΦΕΙ: THETOC TEAM"), and a name's file name over the name ("Laura-Mitchell" over
      "Laura J. Mitchell");
    * up to three short lines with no date, no name and nothing of the article, between
      lines already found to be chrome above the headline: what a weather or a rates
      widget leaves ("ощущается как -4", "3 м/c,").
    """
    texts = top.texts
    prose = [i for i in kept if blocks.is_article_prose(texts[i])]
    if len(prose) == 1 and kept[0] < prose[0] and _is_masthead_date(texts[kept[0]]) \
            and _wire_dateline_of_another_day(texts[kept[0]], texts[prose[0]]):
        # a wire story of one paragraph, datelined another day than the page's top
        top.take(kept[0], "the masthead's date over a headline with its own dateline")
    if len(prose) < 2:
        return
    region = [i for i in kept if i < prose[1]]
    body = set().union(*(_substance_words(texts[i]) for i in kept if i >= prose[1]))
    # (A copy of the headline after its section's name is no headline: the line it ends
    # with is.)
    headline = next((i for i in region if _headline_like(texts[i])
                     and len(texts[i].split()) >= _TWICE_WORDS
                     and len(_substance_words(texts[i]) & body) >= 2
                     and not any(j > i and texts[i].endswith(" " + texts[j]) for j in region)),
                    len(top.lines))
    first = region[0]

    def next_kept(index: int) -> int | None:
        return next((j for j in kept if j > index and j not in top.taken), None)

    def same_paragraph(a: int, b: int) -> bool:
        return all((top.lines[k] or "").strip() for k in range(a, b + 1))

    for index in region:
        text = texts[index]
        below = next_kept(index)
        below_text = texts[below] if below is not None else ""
        if is_category_line(text) and (index == first or top.alone(index)):
            top.take(index, "a blog's category line")
        elif (index == first and index < headline < len(top.lines) and top.alone(index)
              and _under_archive_heading(top, index) and not page.SENTENCE_END_RE.search(text)
              and not _substance_words(text) & _substance_words(texts[headline])):
            top.take(index, "the archive's description under its heading")
        elif _AGE_AND_COUNTS_RE.fullmatch(text):
            top.take(index, "the story's age and counters")
        # (A separator the counter stood after is left before it: "| 753 view".)
        elif (_COUNTER_LINE_RE.fullmatch(text.lstrip("|·• "))
              and not page.YEAR_RE.search(text)) or (
                index == first and index < headline and _BARE_COUNT_RE.fullmatch(text)
                and not page.YEAR_RE.fullmatch(text)):
            top.take(index, "counter of views or comments")
        elif (index == first and index < headline < len(top.lines) and _is_masthead_date(text)
              and len(text.split()) >= 2
              # (a dateline has a day or a time: "2015 Club Champion - Lydia Doherty" has
              # a year only)
              and (any(page.YEAR_RE.search(texts[j])
                       and page.DATELINE_RE.search(page.YEAR_RE.sub("", texts[j]))
                       and len(texts[j].split()) <= _LABEL_WORDS + 6
                       and not _same_day(text, texts[j])
                       for j in region if headline < j)
                   or any(_wire_dateline_of_another_day(text, texts[j])
                          for j in region if headline < j))):
            top.take(index, "the masthead's date over a headline with its own dateline")
        elif (index < headline < len(top.lines) and _SLOGAN_RE.fullmatch(text)
              and len(text.split()) <= _SLOGAN_WORDS and not page.SENTENCE_END_RE.search(text)
              and not _substance_words(text) & (body | _substance_words(texts[headline]))):
            top.take(index, "the site's tagline or a banner above the headline")
        elif text.casefold().strip(" :") in _BANNER_LABELS:
            top.take(index, "a banner's label over the headline")
        elif 0 < len(text.split()) <= 2 and all(
                word.strip(":|·•!").casefold() in _BUTTON_WORDS for word in text.split()):
            top.take(index, "share or save button")
        elif (below is not None and below == index + 1 and len(text.split()) >= 3
              and below_text.startswith(text + " ") and not page.SENTENCE_END_RE.search(text)
              and len(below_text.split()) >= len(text.split()) + 2 and _after_chrome(top, index)):
            top.take(index, "an image's alt text cut short over its caption")
        elif (index == first and _SITE_OF_RE.fullmatch(text)
              and len(text.split()) <= _SITE_OF_WORDS and not page.SENTENCE_END_RE.search(text)):
            top.take(index, "the site's description of itself")
        elif (index < headline < len(top.lines) and below is not None and below <= headline
              and texts[headline] != text and text.endswith(" " + texts[headline])
              and 0 < len(text[: -len(texts[headline])].split()) <= _LABEL_WORDS + 1
              and not any(ch.isdigit() for ch in text[: -len(texts[headline])])
              # ("World: Leaders meet …" over "Leaders meet …": a label the headline keeps.)
              and not _PUNCTUATION_RE.search(text[: -len(texts[headline])])
              # a section's name ends in a word of its own; "How to" opens a title
              # shortened below it ("How to Prune Roses for Winter" over "Prune Roses …")
              and text[: -len(texts[headline])].split()[-1].casefold()
              not in blocks.STOPWORDS):
            top.take(index, "the headline again after its section's name")
        elif (below is not None and same_paragraph(index, below) and len(text.split()) <= 4
              and re.fullmatch(rf"[^\W\d_]+(?: [^\W\d_]+)?\s*:\s*{re.escape(text)}",
                               below_text)):
            top.take(index, "the author's name over the byline that names it")
        elif (below is not None and below in region and not below_text.endswith(".")
              and len(below_text.split()) <= _HEADLINE_WORDS and _substance_words(below_text) & body
              and _alt_text_over_title(text, below_text, body)
              and any(page.DATELINE_RE.search(texts[j]) for j in region if j < index)):
            top.take(index, "an image's alt text between the date and the headline")
        elif (_SLUG_RE.fullmatch(text) and below is not None and blocks.is_name(below_text)
              and [w.casefold() for w in re.split(r"[-_]", text)]
              == [w.casefold() for w in below_text.split() if len(w.strip(".")) > 1]):
            top.take(index, "a name's file name over the name")
    # A section's name at the top, alone and over a news headline, once the page shows chrome.
    for index in region:
        if index in top.taken:
            continue
        if index > headline or any(j not in top.taken for j in region if j < index):
            break
        text = texts[index]
        # (An author's name over the headline is a byline.)
        label = is_section_name(text) or (index == first and _is_label(text)
                                          and text[:1].isupper() and not blocks.is_name(text)
                                          and not _substance_words(text) & body)
        # (A news section's label sits over the notice's date as well, when it has no
        # headline: "League News" over "• 04/09/07", under the site's own chrome, "Back to
        # news"; a newsletter's heading over its date, chrome or none further down, stays.)
        news = bool(_NEWS_SECTION_RE.fullmatch(text))
        if ((label or news) and top.alone(index) and (top.found or top.taken)
                and (_over_headline(top, index)
                     or (news and _over_date(top, index) and _after_chrome(top, index)))):
            top.take(index, "section label over the headline")
    if headline < len(top.lines):
        _take_masthead_leftovers(top, [i for i in region if i < headline], body)


#: A picture's alt text is a phrase of this many words.
_ALT_WORDS = (2, 5)


def _alt_text_over_title(text: str, headline: str, body: set[str]) -> bool:
    """Is ``text`` a picture's alt text left right over a headline set in title case: a
    phrase in sentence case ("Elegant home interior"), no figure, no stop, none of its
    words in the headline and at most one in the article ("home" gardeners)?  A kicker
    over its headline shares its matter.

    >>> _alt_text_over_title("Elegant home interior", "Tomatoes With Curled, Gnarly Leaves?",
    ...                      {"tomatoes", "gardeners"})
    True
    >>> _alt_text_over_title("Tomato troubles", "Tomatoes With Curled, Gnarly Leaves?",
    ...                      {"tomatoes", "gardeners", "tomato"})
    False
    """
    words = text.split()
    title = [w for w in headline.split()[1:] if w[:1].isalpha()]
    return (_ALT_WORDS[0] <= len(words) <= _ALT_WORDS[1] and words[0][:1].isupper()
            and all(w.isalpha() and w.islower() for w in words[1:])
            and sum(w[:1].isupper() for w in title) >= max(2, len(title) - 1)
            and not _substance_words(text) & _substance_words(headline)
            and len(_substance_words(text) & body) < len(words) - 1)


# A section of a site's news, named by what it files ("League News", "Club Updates",
# "Новости клуба", "Τοπικές Ειδήσεις"): a word or two and the section's noun.
_NEWS_SECTION_RE = re.compile(
    r"(?:[A-Z][\w&'’-]* ){1,2}(?:News|Updates|Announcements|Notices)"
    r"|(?:Новости|Анонсы|Объявления)(?: [^\W\d_]+){1,2}"
    r"|[^\W\d_]+ (?:Ειδήσεις|Νέα|Ανακοινώσεις)|(?:Ειδήσεις|Νέα|Ανακοινώσεις) [^\W\d_]+")
# A date alone on its line, in figures, a list's bullet before it ("  • 04/09/07").
_DATE_ALONE_RE = re.compile(r"(?:[•·▪*-] ?)?\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})")


# A date in figures, its year in two digits or four ("04/09/07"): the notice's dateline.
_NUMERIC_DATE_RE = re.compile(r"(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})(?![\d./-])")


def _over_date(top: _Top, index: int) -> bool:
    """Does a date alone on its line follow this one (a notice dated, with no headline)?"""
    below = next((i for i in top.order if i > index and i not in top.taken), None)
    return below is not None and bool(_DATE_ALONE_RE.fullmatch(top.texts[below]))


def _after_chrome(top: _Top, index: int) -> bool:
    """Is the nearest line above this one chrome (found, taken, or gone in an earlier round)?"""
    j = index - 1
    while j >= 0 and top.lines[j] is not None and not (top.lines[j] or "").strip():
        j -= 1
    return j >= 0 and (top.lines[j] is None or j in top.found or j in top.taken)


def _take_masthead_leftovers(top: _Top, above: list[int], body: set[str]) -> None:
    """Runs of up to three short lines between lines found to be chrome above the headline,
    with no date, no byline, no name and no word of the article."""
    def chrome(index: int) -> bool:
        return top.lines[index] is None or index in top.found or index in top.taken

    def nearest(index: int, step: int) -> int | None:
        j = index + step
        while 0 <= j < len(top.lines):
            if top.lines[j] is None or (top.lines[j] or "").strip():
                return j
            j += step
        return None

    run: list[int] = []
    for index in above:
        if chrome(index):
            continue
        run.append(index)
        after = nearest(index, 1)
        if after is not None and not chrome(after):
            continue
        before = nearest(run[0], -1)
        if (before is not None and chrome(before) and after is not None
                and len(run) <= _LEFTOVER_RUN and all(_masthead_leftover(top.texts[i], body, top)
                                                      for i in run)):
            for i in run:
                top.take(i, "what a masthead's widget left between its lines")
        run = []


def _masthead_leftover(text: str, body: set[str], top: _Top) -> bool:
    # (A title that the chrome around it prints again is the page's own: "Полная
    # версияЖизнь волшебника" over "Жизнь волшебника".)
    copied = any(text in (top.lines[j] or "") and " ".join((top.lines[j] or "").split()) != text
                 for j in top.found)
    return (0 < len(text.split()) <= _LEFTOVER_WORDS and not copied
            and not page.DATELINE_RE.search(text) and not _NUMERIC_DATE_RE.search(text)
            and not page.BYLINE_RE.match(text) and not blocks.is_name(text)
            and not page.SOURCE_LINE_RE.match(text) and not _substance_words(text) & body)
