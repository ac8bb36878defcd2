"""The learned judgement of page chrome: its model file, its scorer, its place in the cleaner.

The lines below are real: a news site's menu and an article's opening
paragraphs, as the article-extraction benchmark of scrapinghub (MIT) stores
the page and marks its article text.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from cms_i18n.clean import blocks, chrome, clean_document, explain, model

MENU = ["Markets", "Tech", "Success", "Perspectives", "Edition", "International", "Arabic",
        "Español"]
TITLE = "Asian stocks slip on trade worries"
BODY = [
    "Hong Kong (CNN Business) A muddled view of US-China trade talks once again seems to be "
    "weighing on investors.",
    "The major Asian market indexes were mixed in early trading Tuesday after CNBC reported "
    "that the mood in Beijing was pessimistic. The news organization, citing an anonymous "
    "government source, reported that President Donald Trump's reluctance to roll back "
    "tariffs was dampening China's outlook on trade talks.",
]
ARTICLE = TITLE + "\n\n" + "\n\n".join(BODY) + "\n"
# Another site's menu, which no rule of the cleaner knows line by line …
UNKNOWN_MENU = "Digg\n\nDesign\nDigg Features\n"
# … and its account links, which the rules know: evidence that the page was scraped.
ACCOUNT = "Subscribe\nSearch\nSign In\n"
PAGE = UNKNOWN_MENU + "\n" + ACCOUNT + "\n" + ARTICLE


def test_the_model_file_names_the_scorer_s_features_and_a_threshold() -> None:
    data = json.loads(resources.files("cms_i18n.clean").joinpath(
        "data/chrome_model.json").read_text("utf-8"))
    assert data["features"] == list(model.FEATURES)
    assert data["context"] == list(model.CONTEXT_FEATURES)
    assert len(data["alone"]["weights"]) == len(model.FEATURES)
    assert len(data["in_context"]["weights"]) == len(model.FEATURES) + len(model.CONTEXT_FEATURES)
    assert 0.5 <= data["threshold"] < 1
    loaded = model.bundled()
    assert loaded.threshold == data["threshold"]
    assert loaded.weights[0] == data["in_context"]["weights"][0]


def test_a_model_file_for_other_features_is_refused() -> None:
    data = json.loads(resources.files("cms_i18n.clean").joinpath(
        "data/chrome_model.json").read_text("utf-8"))
    with pytest.raises(ValueError, match="features"):
        model.ChromeModel.from_json({**data, "features": ["length"]})
    data["alone"] = {"weights": [1.0], "bias": 0.0}
    with pytest.raises(ValueError, match="weights"):
        model.ChromeModel.from_json(data)


def test_a_model_file_with_a_vocabulary_scores_a_line_by_its_words_too() -> None:
    data = json.loads(resources.files("cms_i18n.clean").joinpath(
        "data/chrome_model.json").read_text("utf-8"))
    # The shipped weights, and one more for each word feature: only the summed
    # log-odds counts.
    extra = [1.0] + [0.0] * (len(model.WORD_FEATURES) - 1)
    for stage, at in (("alone", len(model.FEATURES)), ("in_context", len(model.FEATURES))):
        weights = data[stage]["weights"]
        data[stage] = {**data[stage], "weights": [*weights[:at], *extra, *weights[at:]]}
    worded = model.ChromeModel.from_json(
        {**data, "word_features": list(model.WORD_FEATURES), "words": {"cookies": 3.0}})
    texts = [*MENU, "We use cookies", TITLE, *BODY]
    blank_above = [True] * len(texts)
    blank_below = [True] * len(texts)
    plain = model.score_page(texts, blank_above, blank_below)
    scores = model.score_page(texts, blank_above, blank_below, worded)
    cookies = len(MENU)
    assert scores[cookies] > plain[cookies]
    assert scores[-1] == pytest.approx(plain[-1], abs=0.05)
    with pytest.raises(ValueError, match="word features"):
        model.ChromeModel.from_json({**data, "word_features": ["length"],
                                     "words": {"cookies": 3.0}})


def test_a_site_s_menu_scores_as_chrome_and_the_article_as_text() -> None:
    texts = [*MENU, TITLE, *BODY]
    blank_above = [k == 0 or k >= len(MENU) for k in range(len(texts))]
    blank_below = [k >= len(MENU) - 1 for k in range(len(texts))]
    scores = model.score_page(texts, blank_above, blank_below)
    menu, title, body = scores[:len(MENU)], scores[len(MENU)], scores[len(MENU) + 1:]
    threshold = model.bundled().threshold
    assert min(menu) > max(body)
    assert max(body) < 0.5
    assert title < threshold
    assert sum(score >= threshold for score in menu) >= len(MENU) // 2


def test_a_menu_no_rule_knows_goes_from_a_scraped_page_and_explain_names_the_model() -> None:
    result = clean_document(PAGE)
    assert result.text == ARTICLE
    notes = explain(result.fixes)
    assert any(line.startswith("line 1: chrome: 'Digg' → '' (page chrome (model, p=0.")
               for line in notes)
    assert clean_document(result.text).text == result.text


def test_a_text_nobody_scraped_keeps_its_short_lines() -> None:
    """Without chrome the rules recognise, nothing shows the page was scraped: a list
    of words above an article is the author's."""
    text = UNKNOWN_MENU + "\n" + ARTICLE
    assert clean_document(text).text == text


def test_the_menu_below_an_article_goes_when_the_page_shows_chrome_there() -> None:
    page = ARTICLE + "\n" + ACCOUNT + "\n" + UNKNOWN_MENU
    assert clean_document(page).text == ARTICLE


_ROOT = Path(__file__).resolve().parents[2]
GENUINE = sorted(p for p in (_ROOT / "bench" / "data" / "real").glob("clean*/dev/*.txt")
                 if ".in." not in p.name and ".out." not in p.name)


@pytest.mark.parametrize("path", GENUINE, ids=[p.parent.parent.name + "/" + p.name
                                               for p in GENUINE])
def test_genuine_real_texts_stay_byte_identical(path: Path) -> None:
    text = path.read_text("utf-8")
    assert clean_document(text).text == text


def test_an_edge_run_takes_an_unsure_line_between_sure_ones_and_stops_at_a_dateline() -> None:
    """What :func:`model.edges` makes of the scores, whatever the model file says."""
    sure, unsure, low, prose = 0.95, 0.6, 0.4, BODY[0]
    texts = ["Home", "World", "Sport", prose, "About", "Contact"]
    assert model.edges([sure, unsure, sure, 0.1, sure, sure], texts, 0.9) == [0, 1, 2, 5, 4]
    assert model.edges([sure, low, sure, 0.1, sure, sure], texts, 0.9) == [0, 5, 4]
    assert model.edges([sure, unsure, sure, 0.1, sure, sure], texts, 0.9,
                       (False, True)) == [5, 4]
    # A dateline ends the run however sure the model is; a menu's "2020 Election" does not.
    dated = ["Home", "Tue 25 Nov 2026 14.05 GMT", "Sport", prose]
    assert model.edges([sure, sure, sure, 0.1], dated, 0.9) == [0]
    assert model.edges([sure, unsure, sure, 0.1], dated, 0.9) == [0]
    menu = ["Home", "2020 Election", "Sport", prose]
    assert model.edges([sure, sure, sure, 0.1], menu, 0.9) == [0, 1, 2]


def test_the_chrome_vocabulary_holds_the_word_lists_words_never_their_comments() -> None:
    """share_words.txt explains itself in '#' lines ("a real sentence always has other
    words too"); those words are no chrome, and a sentence of them scores none."""
    index = model.FEATURES.index("chrome vocabulary")
    sentence = "A real sentence always has other words too."
    row = model.line_features([sentence], [True], [True])[0]
    assert row[index] == 0.0
    assert not any(model.chrome_word(word) for word in ("a", "real", "sentence", "of", "made"))
    # The lists' own words, as a view shows them (look-alike letters made Latin) and in
    # any case: share bars' and section names' in Cyrillic and Greek too.
    for word in ("Share", "WhatsApp", "Поделиться", "Πολιτική", "ΠΟΛΙΤΙΚΗ", "World"):
        assert model.chrome_word(chrome.view(word)), word
    bar = model.line_features(["Share Facebook Twitter"], [True], [True])[0]
    assert bar[index] == 1.0


def test_an_edge_run_stops_at_a_headline_over_its_byline_or_place() -> None:
    """A briefing's title over its speaker and place stays, however sure the model is."""
    sure, prose = 0.95, BODY[0]
    texts = ["Home", "Daily Press Briefing", "Richard Boucher, Spokesman", "Washington, DC",
             prose]
    assert model.edges([sure, sure, sure, sure, 0.1], texts, 0.9) == [0]


def test_an_edge_run_stops_at_a_credit_naming_who_made_the_article() -> None:
    """A recipe's "Chef: Paul Knapp" under its date went with the "View More." below it."""
    sure, prose = 0.95, BODY[0]
    texts = [prose, "Mon, 11 November 2024", "Chef: Paul Knapp", "View More."]
    assert model.edges([0.1, 0.3, sure, sure], texts, 0.9) == [3]
    follow = [prose, "Follow: Facebook Twitter", "View More."]
    assert model.edges([0.1, sure, sure], follow, 0.9) == [2, 1]


# Other stories' headlines, as a "most read" box lists them under an article.
OTHER_STORIES = ["Fed holds interest rates steady amid inflation fears",
                 "Apple unveils new iPhone with satellite messaging",
                 "Why electric car sales slowed in Europe this summer"]


def test_a_list_of_other_stories_closing_a_scraped_page_goes() -> None:
    """Headline-shaped lines that share none of the article's words, under its last
    sentence, down to the page's end: another story's headline each, whatever the box's
    label says; the article's text is kept to the byte."""
    page = ARTICLE + "\nShare this article\n\n" + "\n".join(OTHER_STORIES) + "\n"
    result = clean_document(page)
    assert result.text == ARTICLE
    notes = explain(result.fixes)
    assert any("Fed holds interest rates" in line and "(other stories)" in line
               for line in notes)
    assert clean_document(result.text).text == result.text


def test_a_stanza_closing_a_report_stays_whatever_words_its_last_lines_share() -> None:
    """A report closing on a verse of its own: the stanza's last two lines, capitalised,
    no stop, sharing none of the report's words, went as other stories' headlines; they
    run on from the stanza's lines above, which speak of the report's matter, with no
    blank line between."""
    stanza = ["The traders in Beijing were pessimistic about the tariffs",
              "The Asian markets were mixed and the investors weighed the talks",
              "The players were enchanted and the scorers licked their lips",
              "There was even a display of cheese and pineapple on sticks"]
    scraped = ACCOUNT + "\n" + ARTICLE + "\n"
    assert clean_document(scraped + "\n".join(stanza) + "\n").text == \
        ARTICLE + "\n" + "\n".join(stanza) + "\n"
    # set apart by a blank line, such lines are still a list of other stories
    assert clean_document(scraped + "\n".join(OTHER_STORIES) + "\n").text == ARTICLE


def test_lines_speaking_of_the_article_s_matter_stay_below_it() -> None:
    """Lines under the last sentence that share the article's words (its own points,
    a caption) are the article's, and so is a single headline-shaped line."""
    own = ["Trade talks between Beijing and Washington resume next week",
           "Asian market indexes mixed as investors weigh tariffs"]
    scraped = ACCOUNT + "\n" + ARTICLE + "\n"
    page = scraped + "\n".join(own) + "\n"
    assert clean_document(page).text == ARTICLE + "\n" + "\n".join(own) + "\n"
    one = scraped + OTHER_STORIES[0] + "\n"
    assert clean_document(one).text == ARTICLE + "\n" + OTHER_STORIES[0] + "\n"
    stories = scraped + "\n".join(OTHER_STORIES) + "\n"
    assert clean_document(stories).text == ARTICLE


def test_an_author_s_list_under_an_article_nobody_scraped_stays() -> None:
    """Without chrome the rules recognise, headline-shaped lines under an article are
    the author's own list."""
    text = ARTICLE + "\n" + "\n".join(OTHER_STORIES) + "\n"
    assert clean_document(text).text == text


def test_a_recent_posts_list_above_the_headline_goes() -> None:
    """Above the headline (the line sharing the article's words), other stories'
    headlines from the page's top down are a widget's list."""
    page = ACCOUNT + "\nRecent Posts\n" + "\n".join(OTHER_STORIES) + "\n\n" + ARTICLE
    result = clean_document(page)
    assert result.text == ARTICLE
    assert sum("(other stories)" in line for line in explain(result.fixes)) == 3


def test_a_headline_sharing_none_of_the_article_s_words_keeps_what_is_above_it() -> None:
    """With no line above the article that shares its words, nothing there reads as
    its headline, and no line above it is taken as another story's."""
    headline = "Markets wobble again"
    text = "\n".join(OTHER_STORIES) + "\n\n" + headline + "\n\n" + "\n\n".join(BODY) + "\n"
    page = text + "\nShare this article\n"
    assert clean_document(page).text == text


def test_a_blog_post_s_footer_and_its_list_s_dates_go_with_the_list() -> None:
    """'Posted by … | Permalink | Comments (3)' under a post goes on a page the rules
    show scraped; so does 'posted 2 years ago in …' beside each listed story."""
    footer = "Posted by Ann Lee at 9:12 AM | Permalink | Comments (3) | Email This"
    scraped = ACCOUNT + "\n" + ARTICLE
    result = clean_document(scraped + "\n" + footer + "\n")
    assert result.text == ARTICLE
    assert any("(a post's footer)" in line for line in explain(result.fixes))
    listed = "\n".join(f"{story}\nposted 2 years ago in Business" for story in OTHER_STORIES)
    assert clean_document(scraped + "\n" + listed + "\n").text == ARTICLE
    # Without chrome the rules recognise, the footer is the author's to keep.
    assert clean_document(ARTICLE + "\n" + footer + "\n").text == ARTICLE + "\n" + footer + "\n"


def test_a_listed_headline_may_ask_in_title_case_or_open_with_a_figure() -> None:
    """'Why Do We Get Allergies?' and '32 arrested at …' are other stories' headlines;
    a question in sentence case is the reader's call or the article's, and keeps itself
    and what is above it."""
    scraped = ACCOUNT + "\n" + ARTICLE
    listed = ["Why Do Electric Cars Cost So Much?", *OTHER_STORIES[:1],
              "32 arrested at call centre that targeted pensioners"]
    assert clean_document(scraped + "\n" + "\n".join(listed) + "\n").text == ARTICLE
    asked = [*OTHER_STORIES[:2], "What do you think of the new rules?"]
    text = scraped + "\n" + "\n".join(asked) + "\n"
    assert clean_document(text).text == ARTICLE + "\n" + "\n".join(asked) + "\n"


def test_a_list_the_article_announces_with_a_colon_stays_under_it() -> None:
    """Headline-shaped lines right under the article's line ending in a colon are the
    list it announces ("The new version brings:"), even on a scraped page."""
    text = (ARTICLE + "\nThe new version of the game brings:\n\n"
            + "\n\n".join(OTHER_STORIES) + "\n")
    assert clean_document(ACCOUNT + "\n" + text).text == text


REVIEW = """A Winter's Tale Returns to the Old Vic

The company's revival of the late romance opened on Thursday night to a full house. \
The director moves the first acts to a frozen court, and the cast carries the shift well.

Leontes is played with a cold fury that never tips into pantomime. The sheep-shearing \
scene, usually the evening's longest stretch, passes quickly and with real warmth.

The production runs for six weeks before a short tour of the north.

Performances Tuesday to Saturday at Half Past Seven
Matinees Every Sunday Afternoon at Two O'Clock
Tickets From Twenty Pounds in the Stalls
Box Office Open Daily Until the Curtain Rises
"""


def test_a_review_s_box_under_its_last_sentence_stays_when_only_its_tags_are_chrome() -> None:
    """A box of times and prices under a review is headline-shaped and shares few of the
    review's words; with no chrome above it, only a tag line under it, it is the
    article's, and only the tag line goes (before, the box's four lines went with it)."""
    result = clean_document(REVIEW + "Tags: Shakespeare, Theatre, Old Vic\n")
    assert result.text == REVIEW
    assert clean_document(result.text).text == REVIEW


_DATA = Path(__file__).resolve().parent / "data"


def test_the_end_model_file_names_the_scorer_s_features_and_a_threshold() -> None:
    data = json.loads(resources.files("cms_i18n.clean").joinpath(
        "data/end_model.json").read_text("utf-8"))
    assert data["features"] == [*model.FEATURES, *model.END_FEATURES]
    assert len(data["weights"]) == len(model.FEATURES) + len(model.END_FEATURES)
    assert 0.5 <= data["threshold"] < 1
    assert model.bundled_end().threshold == data["threshold"]
    with pytest.raises(ValueError, match="features"):
        model.EndModel.from_json({**data, "features": ["length"]})


def test_the_end_cut_is_the_suffix_whose_summed_evidence_is_highest() -> None:
    """What :func:`model.end_cut` makes of the scores, whatever the model file says."""
    texts = ["Para one.", "Para two.", "Privacy", "About us", "Our newsletter.", "Contact"]
    sure, doubt, text = 0.999, 0.9, 0.01
    # A doubtful line between sure ones goes with them …
    assert model.end_cut([text, text, sure, sure, doubt, sure], texts, 0.98) == 2
    # … and one at the bottom goes with the sure ones above it; alone, it stays …
    assert model.end_cut([text, text, sure, sure, sure, doubt], texts, 0.98) == 2
    assert model.end_cut([text, text, text, text, text, doubt], texts, 0.98) == 6
    # … and a few sure lines cannot carry a paragraph the model thinks the article's.
    assert model.end_cut([text, text, text, sure, sure, sure], texts, 0.98) == 3
    # A byline (or a newsroom's credit) under the article stops the cut.
    credited = [*texts[:3], "Additional reporting by Anna Berg", *texts[4:]]
    assert model.end_cut([text, text, sure, sure, sure, sure], credited, 0.98) == 4


def test_a_scraped_page_s_closing_notices_go_and_its_article_stays() -> None:
    """A real blog page (the article-extraction benchmark's): under the archives' and
    categories' boxes the rules leave, the site's links and its prose-shaped notices
    (an affiliate programme's disclosure, a theme's copyright), each ending in a full
    stop, are the site's; every paragraph of the article is kept to the byte."""
    page = (_DATA / "theantijunecleaver-html-text.txt").read_text("utf-8")
    body = (_DATA / "theantijunecleaver-body.txt").read_text("utf-8").splitlines()
    result = clean_document(page)
    kept = set(result.text.splitlines())
    assert all(paragraph in kept for paragraph in body)
    assert not any(line.startswith(("We are a participant in the Amazon Services",
                                    "@2016 - PenciDesign")) for line in kept)
    cut = [line for line in explain(result.fixes) if "(end model, p=" in line]
    assert any("We are a participant" in line for line in cut)
    assert clean_document(result.text).text == result.text


def test_the_top_cut_is_the_prefix_above_the_headline_whose_evidence_is_highest() -> None:
    """What :func:`model.top_cut` makes of the chrome model's scores: a doubtful menu
    item among sure ones goes with them; the headline and all under it stay, and so
    does a byline or a dateline above it, with what is under it."""
    sure, doubt, text = 0.999, 0.9, 0.01
    texts = ["Home", "World", "Opinion pieces we love", "Sport", TITLE, BODY[0]]
    assert model.top_cut([sure, sure, doubt, sure, sure, text], texts, 0.97, 4) == 4
    # A doubtful line alone at the top stays, and the sure ones under it with it.
    assert model.top_cut([doubt, text, sure, sure, sure, text], texts, 0.97, 4) == 0
    # However sure the model is, the prefix ends above the headline …
    assert model.top_cut([sure] * 6, texts, 0.97, 4) == 4
    # … and above a byline or a dateline.
    dated = ["Home", "World", "Tue 25 Nov 2026 14.05 GMT", "Sport", TITLE, BODY[0]]
    assert model.top_cut([sure] * 6, dated, 0.97, 4) == 2
    signed = ["Home", "By Anna Berg", "World", "Sport", TITLE, BODY[0]]
    assert model.top_cut([sure] * 6, signed, 0.97, 4) == 1


def test_an_article_cut_by_the_store_under_widgets_is_no_list_of_other_stories() -> None:
    """A headline over the opening of its own text, cut before its first full stop, under
    a quote widget's sentences: the page's article, which stays."""
    page = ("Вторник, 22 апреля 2025, 00:07\nПеременная облачность 16°\n\nЦитата дня\n"
            "Площадь детского сада составляет свыше 2,7 тысячи квадратных метров. Учреждение "
            "передали в столичную систему образования.\n\n"
            "Представители администрации поздравили три семьи в Международный день слепых\n\n"
            "День белой трости учредили 15 октября 1970 года по инициативе Международной "
            "федерации слеп\n")
    out = clean_document(page).text
    assert "Представители администрации поздравили три семьи в Международный день слепых" in out
    assert "День белой трости учредили 15 октября 1970 года" in out


def test_model_top_run_stops_at_a_wiki_edit_pages_title() -> None:
    """A wiki's edit form prints "Editing" / the page's title / "(section)": the title is
    the text's headline, and the model's run of menu lines ends at it."""
    lines = ["Log in", "Editing", "Tail call", "(section)", "A tail call reuses the caller's "
             "frame, so a loop written as recursion runs in constant space on the stack."]
    assert blocks.is_edit_page_title(lines, 2)
    assert not blocks.is_edit_page_title(lines, 1)
    texts = lines
    scores = [0.99, 0.99, 0.99, 0.99, 0.0]
    assert model.edges(scores, texts, 0.5, (True, False)) == [0, 1, 2, 3]
    assert model.edges(scores, texts, 0.5, (True, False), stops={2}) == [0, 1]


def test_a_page_s_own_headline_over_its_dateline_and_numbered_clauses_stays() -> None:
    """A declaration's headline shares the words of its clauses, which end in semicolons
    and so are no sentences: it is the page's own, not another story's headline over the
    article, and neither it nor the dateline under it is removed."""
    headline = "Joint declaration of the river basin ministers on shared water management"
    clauses = [
        "1. Recalling the treaty on the river basin signed by the ministers in 1994;",
        "2. Noting the reports of the joint commission on water management in the basin;",
        "3. Welcoming the budget the secretariat drew up for the shared monitoring stations;",
    ]
    closing = [
        "4. We agree to meet again next spring and to publish the data every quarter.",
        "5. The secretariat will prepare a draft budget for the coming year.",
    ]
    text = (headline + "\n\nGeneva. 3rd March 2011\n\n" + "\n\n".join(clauses + closing)
            + "\n")
    result = clean_document(ACCOUNT + "\n" + text)
    assert result.text == text
    assert not any("(other stories)" in line for line in explain(result.fixes))
