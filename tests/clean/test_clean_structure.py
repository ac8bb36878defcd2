"""Which line breaks the cleaner joins: only a program's wrap of running prose.

Each block is judged as a whole.  The blocks below are real lines: a Greek
poem whose stanza has one long line, a poem's two lines, an indented
lullaby, a list of members, an interview, a postal address, a table and
code; and a real report paragraph wrapped the way a mail client or a text
dump wraps it, which is joined only where the page shows a scraper broke it
(page chrome around it, or its other paragraphs on single long lines).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cms_i18n.clean import CleanOptions, clean_document, clean_unit
from cms_i18n.clean.structure import code_mask, has_verse, verse_block, wrapped_breaks

REAL4 = Path(__file__).resolve().parents[2] / "bench" / "data" / "real" / "clean4" / "dev"

STANZA = """\
Ο μετάλλινος λυρισμός του γηραλέου αιώνα μας
του μυτερού καιρού μας του ουρανοξύστη
που νυχτερεύει σε ακατέργαστο έρωτα διδάσκοντας
ερημία στην έναστρη γλαφυρότητα της καμπύλης
κι ανεχόρταγα φιλιέται στα νυχτιάτικα κοιμητήρια
με τη ψηλόφλογη κι απαρομοίαστη άλγεβρα
τη στιλπνότατη αραπίνα του Μεσαίωνα –
ο μετάλλινος λυρισμός που διαφεντεύει τα πλήθη και συνταράζει
το γαλαζοπράσινο ροχάλισμα των κυμάτων
εκείνος όπου ποτέ δεν την έμαθε
την αθάμπωτη φωταψία της ακατάκριτης τίγρης
κάνει χιλιάδες την οργή κι αμέτρητη τη θλίψη
βρωμίζοντας τη μεγάλη μας αρχαιότητα: τη θάλασσα
τη λάμπουσα μητέρα της βιολογίας."""

KEPT = {
    "stanza with one long line": STANZA,
    "two lines of a poem": "Ο διάλογος του ανέμου.. με τ’απέραντο γαλάζιο\n"
                           "συνεχίζεται στο χορό των κυμάτων…",
    "indented lullaby": "    Баю-баюшки-баю,\n    А  я  песенку  спою\n    ...",
    "list of members": "China\nIndia\nIran\nKazakhstan\nKyrgyzstan",
    "interview": "Q: Will the summit agree on the bank?\nA: Not this year.\nQ: Why not?\n"
                 "A: The members still disagree on who pays in.",
    "postal address": "Permanent Mission of Malaysia to the United Nations\n"
                      "313 East 43rd Street\nnew york, ny 10017",
    "table": "| Member | joined |\n| Kazakhstan | in 2001 |\n| India | in 2017 |",
    "code": "    for word in words:\n        print(word, len(word))",
    "bulleted list": "- delegations from the member states of the organisation\n"
                     "- observers and dialogue partners of the organisation",
}


@pytest.mark.parametrize("block", KEPT.values(), ids=KEPT.keys())
def test_authored_breaks_are_kept(block: str) -> None:
    assert wrapped_breaks(block.split("\n")) == []
    assert clean_document(block + "\n").text == block + "\n"


def _paragraph() -> str:
    """A real report paragraph (a dev page's expected output), one line."""
    lines = (REAL4 / "securitycouncilreport-org.out.txt").read_text("utf-8").splitlines()
    return next(line for line in lines if line.startswith("Over the past two years"))


@pytest.mark.parametrize("width", [64, 72, 79])
def test_a_paragraph_wrapped_at_one_width_alone_keeps_its_lines(width: int) -> None:
    """A lone paragraph wrapped where the next word would not fit is what a book,
    an e-mail or an editor makes: its breaks are found inside sentences (before a word in
    lower case, or a name after a line stopping on a word), and kept."""
    paragraph = _paragraph()
    wrapped = textwrap.wrap(paragraph, width)
    breaks = wrapped_breaks(wrapped)
    inside = [i for i in range(len(wrapped) - 1) if wrapped[i + 1][0].islower()
              or (wrapped[i][-1].isalpha() and wrapped[i + 1][0].isupper())]
    assert breaks == inside and breaks
    text = "\n".join(wrapped) + "\n"
    cleaned = clean_document(text)
    assert cleaned.text == text
    assert not cleaned.fixes


CHROME_ABOVE = "Home » News » Security\nShare this article\n\n"


@pytest.mark.parametrize("width", [64, 72, 79])
def test_a_program_wrap_of_prose_in_a_scraped_page_is_joined(width: int) -> None:
    """Page chrome around it shows a scraper at work: the breaks are its damage."""
    paragraph = _paragraph()
    wrapped = textwrap.wrap(paragraph, width)
    breaks = wrapped_breaks(wrapped)
    cleaned = clean_document(CHROME_ABOVE + "\n".join(wrapped) + "\n")
    assert cleaned.text.count("\n") == len(wrapped) - len(breaks)
    assert "Over the past two years" in cleaned.text.split("\n")[0]
    reasons = {fix.note for fix in cleaned.fixes if fix.kind == "whitespace"}
    assert reasons == {"line break inside a sentence joined", "joined to the line before",
                       "1 blank line at the start removed"}


@pytest.mark.parametrize("dirt", ["Нeads", "Russiaâ€™s", "Heads\x1b[0m"],
                         ids=["look-alike letter", "mojibake", "terminal escape"])
def test_a_program_wrap_in_a_text_with_scraped_dirt_is_joined(dirt: str) -> None:
    """Dirt no author types is the scraper's mark too: its wrap is joined with it."""
    wrapped = textwrap.wrap(f"{dirt} {_paragraph()}", 72)
    cleaned = clean_document("\n".join(wrapped) + "\n").text
    assert cleaned.count("\n") == len(wrapped) - len(wrapped_breaks(wrapped))
    assert cleaned.count("\n") < len(wrapped)


def test_a_unit_is_joined_as_its_document_was() -> None:
    """A paragraph cleaned on its own cannot see the page: the document's verdict,
    carried by the options, decides."""
    unit = "\n".join(textwrap.wrap(_paragraph(), 72))
    assert clean_unit(unit).text == unit
    assert clean_unit(unit, CleanOptions(unwrap=False)).text == unit
    joined = clean_unit(unit, CleanOptions(unwrap=True)).text
    assert joined.count("\n") == unit.count("\n") - len(wrapped_breaks(unit.split("\n")))
    assert joined.startswith("Over the past two years or so, the Security Council has on "
                             "several occasions chosen")


def test_the_stanza_is_verse_and_spacing_in_its_text_is_kept() -> None:
    lines = STANZA.split("\n")
    assert verse_block(lines, max(len(line) for line in lines))
    assert has_verse(lines, [False] * len(lines))
    text = STANZA + "\n\nΤι σύνολα συνωστίζονται στα ευλύγιστα του Νηρέα  τ\n"
    assert clean_document(text).text == text


def test_the_same_gap_in_prose_without_verse_is_repaired() -> None:
    text = "The intention to join the organisation was stated by  representatives of Iran.\n"
    cleaned = clean_document(text, CleanOptions(scraped=True))
    assert cleaned.text == text.replace("by  rep", "by rep")
    assert [fix.note for fix in cleaned.fixes] == ["gap between words"]


RECIPE = ("Scones\n\nMy grandmother made scones, apple pie with sweet pastry and a roast "
          "with not a packet in sight. She was a simple cook,  but she had a light hand.\n\n"
          "500g flour\n1 tsp salt\n1 tsp sugar\n2 tsp bicarb soda\n75g butter\n"
          "300ml milk, though I usually add a little more\n")
LETTER = ("Peace and Disarmament Security Council\nOur member Keith Hale encouraged us to "
          "send the letter below. He wrote it after the meeting of the branch in March this "
          "year, and he read it to us at the next one.\nDear Foreign Secretary\nI am writing "
          "on behalf of the regional branch of the "
          "Association  (the branch) to urge you to call a meeting of the Council at once, "
          "since the situation could develop into a war.\nEven though several states are "
          "trying hard to find a diplomatic solution, the Council has not met on it, and "
          "no date has been set for it.\n"
          "Yours sincerely\nPatricia Rogers\nLike us on Facebook\n")


@pytest.mark.parametrize("text", [RECIPE, LETTER], ids=["ingredients", "letter"])
def test_short_lines_of_a_prose_page_are_no_verse_and_its_gaps_are_repaired(
        text: str) -> None:
    """A recipe's list of quantities and a letter's "Dear …" between its paragraphs are
    short lines, but no stanza: read as verse, they kept every gap a scraper left in the
    page's prose, the poet's spacing being kept."""
    cleaned = clean_document(text, CleanOptions(scraped=True))
    assert "  " not in cleaned.text
    assert cleaned.text.replace("Like us on Facebook\n", "") == text.replace("  ", " ").replace(
        "Like us on Facebook\n", "")
    assert [fix.note for fix in cleaned.fixes if fix.kind != "chrome"] == ["gap between words"]


def test_a_text_laid_out_at_one_width_keeps_its_lines() -> None:
    """Every paragraph wrapped at the same margin, as a plain-text book, an e-mail or a
    Markdown source is: the lines are the author's, and nothing is joined."""
    paragraph = _paragraph()
    text = "\n\n".join("\n".join(textwrap.wrap(paragraph, 72)) for _ in range(3)) + "\n"
    assert clean_document(text).text == text


def test_paragraphs_wrapped_at_one_width_with_no_blank_line_between_them_are_joined() -> None:
    """A university's news release (a dev set): the page broke every paragraph at about 60
    columns and set the paragraphs one under the other with no blank line, which no
    plain-text author does (the wrap would hide where a paragraph ends).  Each paragraph
    comes out on one line; the breaks after their last sentences stay."""
    paragraphs = [
        "OXFORD, Miss. - The Office of Research and Sponsored Programs honored 19 faculty "
        "members as recipients of 2008 Faculty Research Program grants at its annual "
        "luncheon Monday (April 7).",
        "Each of the fellows receives a certificate and funding to support a research "
        "project for the upcoming year. The list of honorees comprises 12 faculty from the "
        "College of Liberal Arts and three from the School of Pharmacy.",
        "The program is designed to provide initial support for projects that will be of "
        "interest to external funding agencies.",
    ]
    text = "\n".join("\n".join(textwrap.wrap(p, 59)) for p in paragraphs) + "\n"
    assert clean_document(text).text == "\n".join(paragraphs) + "\n"


def test_a_book_s_wrapped_paragraph_whose_sentence_ends_at_a_line_s_end_keeps_its_lines(
        ) -> None:
    """One wrapped paragraph, a sentence ending near the margin by chance: no paragraph
    ends inside it, and it is the author's layout."""
    text = ("The first edition has been a favourite theme for the scorn of those\n"
            "who love it not. The first edition and the worst, gibes a modern\n"
            "poet, and many are the true lovers of literature entirely insensitive\n"
            "to the accessory, historical or sentimental, associations of books.\n"
            "Yet so he must confess himself to have looked upon a friend's superb\n"
            "copy of an old book with eyes that did not see it.\n")
    assert clean_document(text).text == text


def test_a_wrapped_paragraph_among_long_ones_is_joined() -> None:
    """A page whose other paragraphs run on single long lines shows no margin: the
    broken one is a scraper's damage."""
    paragraph = _paragraph()
    wrapped = "\n".join(textwrap.wrap(paragraph, 72))
    text = f"{paragraph}\n\n{wrapped}\n\n{paragraph}\n"
    assert clean_document(text).text == f"{paragraph}\n\n{paragraph}\n\n{paragraph}\n"


def test_a_paragraph_filled_by_hand_among_long_ones_is_joined() -> None:
    """A paragraph filled by hand at no one width (its lines 57 to 72 characters, the
    next word fitting after some of them), each line going on in small letters and its
    sentences ending inside the lines: prose, not verse, among paragraphs of one line."""
    paragraph = _paragraph()
    filled = ("For the last week, we have been experiencing networking issues. At\n"
              "first, I thought it was a Time Warner problem. Multiple times a\n"
              "day (7 plus), we found ourselves power cycling both our router (pictured\n"
              "on the left) and our cable modem. I had Time Warner out who\n"
              "ended up running a new line to the house because of a low\n"
              "signal. No luck. The guy left and down it went again.")
    text = f"{paragraph}\n\n{filled}\n\n{paragraph}\n"
    assert clean_document(text).text == (
        f"{paragraph}\n\n{filled.replace(chr(10), ' ')}\n\n{paragraph}\n")


def test_a_crontab_line_keeps_its_break_before_the_prose_under_it() -> None:
    # A developer's note: the schedule's line, then the sentence explaining it, which
    # opens with the command's name in small letters.
    text = ("Use flock for an exclusive file lock.\n"
            "*/5 * * * * /usr/bin/flock -n /tmp/myjob.lock /usr/local/bin/myjob.sh\n"
            "flock -n grabs an exclusive lock before executing. If another process holds "
            "the lock, it exits immediately instead of spawning a duplicate.\n")
    assert clean_document(text).text == text


def test_a_poem_running_on_in_small_letters_keeps_its_lines_among_long_paragraphs() -> None:
    paragraph = _paragraph()
    poem = ("I celebrate myself, and sing myself,\n"
            "and what I assume you shall assume, for every atom belonging\n"
            "to me as good belongs to you, and I loafe\n"
            "and invite my soul, I lean and loafe at my ease observing\n"
            "a spear of summer grass.")
    text = f"{paragraph}\n\n{poem}\n\n{paragraph}\n"
    assert clean_document(text).text == text


def test_a_space_marking_each_soft_break_is_kept() -> None:
    """Lines that end in one space wherever the paragraph goes on (format=flowed): the
    space is the author's mark; a scraper's stray trailing blanks still go."""
    flowed = ("Once upon a time, there was a little girl named Ada. \n"
              "Her family was so poor that all their savings fit \n"
              "inside a cookie jar. They lived in a hut next to a \n"
              "scrapyard on the edge of town.\n")
    assert clean_document(flowed).text == flowed
    stray = "Heads of state met on Tuesday. \nThey left on Wednesday.  \n"
    assert clean_document(stray, CleanOptions(scraped=True)).text == (
        "Heads of state met on Tuesday.\nThey left on Wednesday.\n")
    # Without evidence of a scraper, an author's stray blanks are theirs too.
    assert clean_document(stray).text == stray


def test_a_definition_with_its_body_indented_is_code() -> None:
    """Python pasted without fences: the signature's lines and the body are indented."""
    code = ("def decrypt_message(\n    encrypted_blocks: list[int],\n    message_length: int,\n"
            ") -> str:\n    decrypted_blocks = []\n    n, d = key\n")
    text = "The decryption reverses it:\n\n" + code
    assert clean_document(text).text == text


def test_a_literal_block_after_a_double_colon_is_kept_as_typed() -> None:
    text = ("The votes were counted as follows::\n\n    Votes rejecting all options:  82\n"
            "    Votes with rank ordering:     436\n\nThe count was published.\n")
    assert clean_document(text).text == text


def test_restructuredtext_link_targets_and_directives_are_markup() -> None:
    text = ("Many proposals were rejected.\n\n.. _Python wiki:\n"
            "    http://wiki.python.org/moin/PythonDecorators\n.. _subsequently rejected:\n"
            "    https://mail.python.org/pipermail/python-dev/2004-September/048518.html\n")
    assert clean_document(text).text == text


# A module as PEP 8 lays it out: two blank lines around top-level definitions, one
# between methods, a blank line of spaces left by an editor, a blank line ending the file.
MODULE = '''\
"""Acronyms of the bodies a wire story names."""
import re


BODIES = {"SCO": "Shanghai Cooperation Organisation",
          "CSTO": "Collective Security Treaty Organization"}


def spell_out(text: str) -> str:
    seen: set[str] = set()
    \n\
    def first(match: re.Match[str]) -> str:
        return match.group(0) if match.group(0) in seen else BODIES[match.group(0)]

    return re.sub(r"\\b(?:SCO|CSTO)\\b", first, text)


if __name__ == "__main__":
    print(spell_out("SCO and CSTO"))

'''


def test_a_source_file_keeps_every_blank_line() -> None:
    cleaned = clean_document(MODULE)
    assert cleaned.text == MODULE
    assert not cleaned.fixes


def test_blank_lines_between_two_code_paragraphs_of_a_page_are_the_code_s() -> None:
    page = ("The function below spells the acronyms out.\n\n\n"
            + MODULE.split('"""\n', 1)[1].rstrip("\n") + "\n\n\n\nIt runs once per story.\n")
    cleaned = clean_document(page).text
    assert "Organization\"}\n\n\ndef spell_out" in cleaned
    assert "    seen: set[str] = set()\n    \n    def first" in cleaned
    # The prose around the code keeps its author's blank lines; on a page that shows a
    # scraper (a share bar taken out) it gets one blank line before and after the code.
    assert cleaned == page
    scraped = clean_document(page + "\nShare this:\nFacebook Twitter Email\n").text
    assert "Organization\"}\n\n\ndef spell_out" in scraped
    assert scraped.startswith("The function below spells the acronyms out.\n\nimport re\n")
    assert scraped.endswith('print(spell_out("SCO and CSTO"))\n\nIt runs once per story.\n')


def test_a_heading_of_two_lines_that_ends_no_sentence_keeps_its_break() -> None:
    """A heading broken over two lines above a table or a list is the author's layout; a
    sentence a scraper broke after a long line is joined."""
    heading = ["Notes on the letters used in the tables of this page for the sources,",
               "mostly beside the years of the figures"]
    assert wrapped_breaks(heading) == []
    sentence = ["Heads of delegations from the member states of the organisation met",
                "on Tuesday in the Russian capital."]
    assert wrapped_breaks(sentence) == [0]
    table = "\n".join(heading) + "\n\nb  start of the year  ja  January\nc  census  fb  February\n"
    assert clean_document(table).text == table


def test_a_dollar_sign_before_a_figure_opens_no_shell_command() -> None:
    lines = ["The index closed higher on Friday, the exchange said.", "", "$ 451.27  489.13"]
    assert code_mask(lines) == [False, False, False]
    assert code_mask(["$ ls -la", "total 8"])[0]


def test_a_wrapped_paragraph_s_short_first_line_joins_too() -> None:
    """Once the paragraph shows a program's wrap, a break inside a sentence after which
    the next word would have fitted is the scraper's as well."""
    paragraph = ["Although the capital declines to take part in the",
                 "meetings, it takes part both in the legislative work and in the discussion",
                 "of the documents the organisation adopts. The chief of the joint staff said",
                 "this at a video conference between the capitals of the member states."]
    assert wrapped_breaks(paragraph) == [0, 1, 2]
    poem = ["As the river ages, it expands the valley", "giving all of us a place to sit",
            "under the willows"]
    assert wrapped_breaks(poem) == []


def test_a_paragraphs_opening_words_broken_off_its_long_rest_are_joined() -> None:
    """An inline link or a <br> the scraper made a line break of: a few words of the
    first sentence on a line of their own, the rest of the paragraph on one long line."""
    paragraph = _paragraph()
    cut = paragraph.index(" ", 45)
    head, rest = paragraph[:cut], paragraph[cut + 1:]
    assert rest[:1].islower() and not head.endswith((".", ":"))
    text = f"{head}\n{rest}\n\nData Integrity\n{paragraph}\n"
    assert clean_document(text).text == f"{paragraph}\n\nData Integrity\n{paragraph}\n"


def test_short_paragraphs_broken_at_the_width_of_a_wrapped_page_are_joined() -> None:
    """Once a page shows a scraper wrapped it, a two-line paragraph broken at that width
    inside its sentence is the same damage, whether its next line starts with a small
    letter or follows a word no sentence ends on."""
    wrapped = "\n".join(textwrap.wrap(_paragraph(), 72))
    page_line = _paragraph()
    one = "As he noted, the leaders of the member states will find a way"
    two = "The organization has received no official statements about"
    text = (f"{page_line}\n\n{wrapped}\n\n{one}\nto solve the problems.\n\n"
            f"“{two}\nArmenia’s exit from the organization,” he said.\n")
    assert clean_document(text).text == (
        f"{page_line}\n\n{page_line}\n\n{one} to solve the problems.\n\n"
        f"“{two} Armenia’s exit from the organization,” he said.\n")


def test_a_couplet_on_a_page_of_single_line_paragraphs_keeps_its_break() -> None:
    """Two short lines of verse stop inside a sentence too, but nothing on the page was
    wrapped and the second line is no long rest: the break is the poet's."""
    couplet = "And the leaves that were red and the leaves that were gold\nfell on the road.\n"
    text = f"{_paragraph()}\n\n{couplet}"
    assert clean_document(text).text == text


# A scraped page (chrome removed, a look-alike repaired) whose paragraph a <br> broke once,
# in the middle of a sentence: no wrapping width shows, the page's damage does.
SCRAPED_ONCE = ("Share this article\n"
                "VIENNA, May 4 -- The ministers agreed on a new work plan for the energy club,\n"
                "the chairman told reporters after the closed session.\n"
                "They will meet again in the autumn.\n")


def test_a_paragraph_broken_once_on_a_scraped_page_is_joined() -> None:
    out = clean_document(SCRAPED_ONCE).text
    assert "energy club, the chairman told reporters" in out
    assert out.count("\n") == 2


def test_the_same_break_without_a_scraper_s_damage_is_the_author_s() -> None:
    text = SCRAPED_ONCE.split("\n", 1)[1]
    assert clean_document(text).text == text


def test_a_poem_on_a_scraped_page_keeps_its_lines() -> None:
    poem = ("Because I could not stop for Death, he kindly stopped for me and waited\n"
            "the carriage held but just ourselves\n"
            "and Immortality.\n")
    out = clean_document("Share this article\n" + poem).text
    assert out == poem


def test_a_poem_in_couplets_on_a_scraped_page_keeps_every_couplet_s_break() -> None:
    # poetrysoup.com: rhyming couplets under the site's buttons; a couplet whose first line
    # stops inside its sentence ("… her eyes have teared" / "because those birds …") was
    # joined as a paragraph a <br> broke.
    poem = ("Fog settles on the tombstones. In the dark, an eerie blue,\n"
            "the graveyard is a misty ocean Raven passes through.\n\n"
            "As Raven looks out on the sea of mist, her eyes have teared\n"
            "because those birds that bear her name have suddenly appeared.\n\n"
            "A sign it has to be, she thinks. The ravens drawing near\n"
            "are circling above one stone. Her heart is seized with fear.\n")
    assert clean_document("Submit Your Poems\n\n" + poem).text == poem


def test_paragraphs_each_broken_once_on_a_scraped_page_are_still_joined() -> None:
    # Three paragraphs of one shape, but their lines run as long as a paragraph's: no stanza.
    paragraph = ("VIENNA, May 4 -- The ministers agreed on a new work plan for the energy club,\n"
                 "the chairman told reporters after the closed session, adding that the plan "
                 "was agreed by all of the members.")
    out = clean_document("Share this article\n" + "\n\n".join([paragraph] * 3) + "\n").text
    assert out.count("energy club, the chairman told reporters") == 3


def test_a_scraped_paragraph_wrapped_at_one_width_joins_before_names_too() -> None:
    # mustseeplaces.eu: a paragraph filled at 72 columns on a scraped page; three of its
    # breaks fall before a capitalised word ("every" / "Greek island").
    paragraph = ("I’m sitting at Avli in Rethymnon, Crete, one of the most highly regarded\n"
                 "restaurants in the Greek islands. Known for honouring traditional\n"
                 "flavours of the land and preparing them with inspired techniques, Avli\n"
                 "seamlessly blends the best of both old and new. Like the people of every\n"
                 "Greek island, Cretans are fiercely proud of their local dishes. There\n"
                 "are subtle differences, but a mutual climate with sun-soaked\n"
                 "Mediterranean earth, warm seas and cultural influences from ancient\n"
                 "Greek, Byzantine, Venetian and Turkish ruling periods bring the\n"
                 "scattering of islands together in their cuisine profiles, producing a\n"
                 "unique culinary landscape.\n")
    out = clean_document('Category Archives for "Greece"\n\n' + paragraph).text
    assert out == paragraph.replace("\n", " ").rstrip() + "\n"


def test_a_heading_over_a_wrapped_paragraph_keeps_its_break() -> None:
    text = ("Gastronomic origins\n"
            "From those historic eras until now, Greek island dishes show off the local\n"
            "produce, with olives, citrus, fresh seafood and local vegetables playing\n"
            "starring roles in the cuisine of every island.\n")
    out = clean_document('Category Archives for "Greece"\n\n' + text).text
    assert out.startswith("Gastronomic origins\nFrom those historic eras")


CASES_WRAPPED = Path(__file__).parent / "cases" / "wrapped"
WRAPPED_AS_TYPED = sorted(CASES_WRAPPED.glob("*.txt"))


@pytest.mark.parametrize("path", WRAPPED_AS_TYPED, ids=lambda path: path.stem)
def test_a_text_its_author_wrapped_keeps_its_lines(path: Path) -> None:
    """An e-mail's quoted empty lines (">" / ">"), its header of addresses on one long
    line ("Cc: …") and a manual page's "SEE ALSO" under its other capital headings are
    the text's own: none of them is the evidence of a scraper that would join the
    paragraphs its author wrapped at one width, and none is removed as chrome."""
    text = path.read_text("utf-8")
    result = clean_document(text)
    assert result.text == text
    assert result.fixes == ()


def test_an_archived_message_keeps_its_wrap_among_the_archive_s_links() -> None:
    """The links an archive prints around a message are page chrome, but they do not
    make the sender's wrap a scraper's: the paragraphs, wrapped at one width with no
    blank line between them, keep their lines, and the header its name and address."""
    message = (CASES_WRAPPED / "mail-archive-quoting-a-proposal.txt").read_text("utf-8")
    head, body = message.split("\n", 4)[:4], message.split("\n", 4)[4]
    links = ("Previous message (by thread): [Python-Dev] PEP 565: Show DeprecationWarning"
             " in __main__\n"
             "Next message (by thread): [Python-Dev] PEP 563: Postponed Evaluation of"
             " Annotations (Draft 3)\n"
             "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n")
    page = "\n".join(head) + "\n" + links + body + "\n" + links
    result = clean_document(page)
    assert "\n".join(head) + "\n" in result.text
    assert body in result.text
    assert not any(fix.kind == "whitespace" and "joined" in fix.note for fix in result.fixes)


# https://newspressagrinio.blogspot.com/ (a column a blog set with each paragraph's first
# word apart, its lines broken where its editor broke them; its title's Latin "H" shows
# a scraper's page)
DROP_WORDS = (
    "ΤΟ ΠΑΡΑΔΟΞΟ ΜΙΑΣ\nΑΠΟΡΡΙΨΗΣ ΜΕΤΑ ΠΟΛΛΩΝ ΕΠΑΙΝΩΝ\nΚΑΙ ΤΗΣ\n"
    "ΠΑΡΑΠΟΜΠΗΣ ΜΙΑΣ ΤΕΚΜΗΡΙΩΜΕΝΗΣ ΠΡΟΤΑΣHΣ ΣΤΙΣ ΚΑΛΕΝΔΕΣ\n"
    "Όλα\n"
    "τα προηγούμενα χρόνια (και δυστυχώς τα χρόνια είναι πολλά, όχι μόνο πέντε, δέκα\n"
    "ή δεκαπέντε), ο Δήμος Αγρινίου, θεωρούσε ότι συμβάλλει στην τουριστική ανάπτυξη\n"
    "της περιοχής με το να τυπώνει ιλουστρασιόν φυλλάδια.\n"
    "Ηρακλή να μάχεται με το θηρίο, να στήνει πάνω σε βάθρα μέλια, κρασιά και λάδια\n"
    "(τα τουριστικά προϊόντα δήθεν της περιοχής μας) και να τα απλώνει όλα αυτά με\n"
    "«φαντασία και όραμα» σε ένα περίπτερο γεμάτο από φίκους και άλλα καλλωπιστικά,\n"
    "για να εντυπωσιάσει τους καταξιωμένους επαγγελματίες του κλάδου.\n"
    "Το\n"
    "αποτέλεσμα όμως, παρά το γεγονός ότι όλα αυτά, είχαν και την έγκριση του ΕΟΤ,\n"
    "το γνωρίζουμε όλοι: Μηδέν επί μηδέν, ίσον με μηδέν.\n")


def test_a_paragraph_s_first_word_set_apart_is_joined_to_its_line() -> None:
    out = clean_document(DROP_WORDS).text
    assert "\nΌλα τα προηγούμενα χρόνια" in out
    assert "\nΤο αποτέλεσμα όμως," in out


def test_a_line_going_on_inside_a_bracket_or_a_quotation_is_joined() -> None:
    out = clean_document(DROP_WORDS).text
    assert "κρασιά και λάδια (τα τουριστικά" in out
    assert "όλα αυτά με «φαντασία και όραμα»" in out


def test_a_currency_ticker_is_no_code_and_goes_above_the_headline() -> None:
    text = ("AZN = 54.42 RUB\nUSD = 92.51 RUB\nEUR = 98.91 RUB\n\n"
            "Названы время и место встречи премьер-министров стран ШОС\n\n16.06.2018 17:34\n\n"
            "Встреча глав правительств стран Шанхайской организации сотрудничества состоится "
            "в середине октября в Душанбе.\n")
    assert clean_document(text).text == text.split("\n\n", 1)[1]


def test_long_paragraph_lines_ending_in_a_blank_are_no_mail_s_soft_breaks() -> None:
    """A blog's paragraphs, one long line each ending with a blank and straight quotes over
    a text quoting in guillemets, under its date: a converter's work, so the blanks at the
    line ends go and the title's quotes take the text's guillemets."""
    body = ("Практически все члены клуба любят путешествовать, и летом мы снова собрались в "
            "дорогу, чтобы увидеть музеи и сёла нашего района. ")
    text = ("пятница, 25 августа 2017 г.\n\n\n\"Путь\" на экскурсии\n\n"
            f"{body}\nГруппа клуба «Путь» посетила музей в деревне и два села, где нас "
            "встретили очень тепло и рассказали о своей работе. \nДеревня Пронино. \n"
            "Автобус остановился около центра.\n")
    out = clean_document(text, CleanOptions()).text
    assert "«Путь» на экскурсии" in out and " \n" not in out and "\n\n\n" not in out
