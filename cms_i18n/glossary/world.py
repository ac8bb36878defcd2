"""Whether a text speaks of states and the bodies they form: the evidence a bare
acronym needs before it is read as an intergovernmental body.

Three letters name many things.  "CIS" is the Commonwealth of Independent States,
and also the Center for Internet Security's benchmarks, a college's Computer
Information Systems degree, Canadian Interuniversity Sport's championships, CMOS
image sensors; "SCO" is the Shanghai Cooperation Organisation and the Scottish
Chamber Orchestra; "AU" the African Union and the astronomical unit.  Listing the
words of each other sense never ends (a concert, harmony, a wrestling final, a
utility's platform): real text keeps finding senses nobody listed.  The bodies of the
glossary, on the other hand, live in one world, that of states: a sentence that
means them names a state or its people, a capital, a summit, ministers, a
secretariat, member states, treaties, troops, migrants, borders.  Across the
project's real sentences every acronym of another sense came without any such word,
and nearly every acronym of a listed body with one.

So an acronym that also names other things is enforced only where its document
speaks of that world (or names the body in full, or gives one of its own cue
words); elsewhere it is left to the engine with a note, which is what a faithful
translator does with letters they cannot place.

>>> world_word("The SCO summit opened in Tianjin.")
'summit'
>>> world_word("Its leaders met in Minsk.")
'Minsk'
>>> world_word("Kazakh officials welcomed the plan.")
'Kazakh'
>>> world_word("A perceived distancing of Modi from Sharif at the SCO meeting.")
'Modi'
>>> world_word("In 2012, the CIS Cup became a competition of national youth teams.")
'national youth teams'
>>> world_word("The CIS championship replaced the championship of the USSR.")
'USSR'
>>> world_word("The CIS degree prepares graduates for employment.") is None
True
>>> world_word("Tickets for an SCO concert sold out.") is None
True
"""

from __future__ import annotations

import re
from functools import cache

from cms_i18n.glossary.states import english_names

# The words of states' dealings with one another, matched in any case.  Words that
# other senses of the letters share are left out on purpose: "security" (the Center
# for Internet Security's controls), "national" and "international" (a national
# championship, international hardening standards), "council" alone, "members" alone
# (a club's), "exercises" and "drills" (a team's training).
_WORDS = (
    r"summit(?:s|ry)?", r"member[- ](?:states?|countr(?:y|ies)|nations?)", r"bloc",
    r"minist(?:er|ers|erial|ry|ries)", r"president(?:s|ial|cy)?", r"premier",
    r"prime minister", r"foreign", r"defen[cs]e", r"military", r"treat(?:y|ies)",
    r"sanctions?", r"secretar(?:y|ies)[- ]general", r"secretariat", r"heads? of state",
    r"heads? of government", r"diplomat(?:s|ic|ically|ia|y)?", r"ambassadors?",
    r"embass(?:y|ies)", r"envoys?", r"delegations?", r"the capital", r"nations?",
    r"regions?", r"regional", r"regionalism", r"eurasian?",
    r"(?:post-)?soviet", r"kremlin", r"geopolitic(?:s|al)", r"countries",
    r"alliances?", r"terroris[mt]s?", r"anti-terroris[mt]", r"terrorist",
    r"extremis[mt]s?", r"separatis[mt]s?", r"observers?", r"dialogue partners?",
    r"multilateral(?:ism)?", r"bilateral", r"trilateral", r"peacekeep(?:ing|ers?)",
    r"organi[sz]ations?", r"governments?", r"governmental", r"intergovernmental",
    r"parliament(?:s|ary)?", r"inter-parliamentary", r"republics?", r"integration",
    r"cooperation", r"co-operation", r"commonwealth", r"migrants?", r"migration",
    r"visas?", r"borders?", r"troops", r"army", r"armed forces", r"sovereign(?:ty)?",
    r"chairmanship", r"presidium", r"elections?", r"NATO", r"balance of power",
    r"peace and security", r"the continent",
    # a council of states' security, a diplomatic communiqué, a peace operation ("the
    # Security Council welcomed a communique from the AU council with its proposal for an
    # AU-led peace support operation"); "security" and "council" alone stay out (above)
    r"security council", r"communiqu[eé]s?", r"peace (?:support )?operations?",
    r"(?:great|super)[- ]?powers?",
    # a state's team, as its cups are contested ("the CIS Cup became a competition of
    # national youth teams"); a league's "national championship" stays out
    r"national (?:\w+ ){0,2}teams?",
    # a treaty's life ("The SCO Charter was signed in 2002 and entered into force in
    # 2003"), and the politics of empire a continent's union was founded against ("to
    # eliminate the remaining vestiges of colonization and apartheid"); "colonization"
    # alone stays out (a planet's, bacteria's)
    r"entered into force", r"entry into force", r"ratif(?:y|ies|ied|ying|ication)",
    r"signator(?:y|ies)", r"apartheid", r"(?:de)?coloniali[sz]m", r"decoloni[sz]ation",
    # the states that were ("the championship of the USSR", which the CIS's replaced);
    # CLDR names only those of today
    r"USSR", r"U\.S\.S\.R", r"Yugoslav(?:ia)?", r"Czechoslovak(?:ia)?", r"East Germany",
)
# Capitals and cities where the bodies meet, and regions named as such.
_PLACES = (
    "Moscow", "Beijing", "Minsk", "Astana", "Nur-Sultan", "Bishkek", "Dushanbe",
    "Tashkent", "Yerevan", "Baku", "Ashgabat", "Chisinau", "Kiev", "Kyiv", "Tbilisi",
    "Ulaanbaatar", "Islamabad", "New Delhi", "Delhi", "Tehran", "Kabul", "Samarkand",
    "Tianjin", "Qingdao", "Shanghai", "Addis Ababa", "Central Asia", "Central Asian",
    "Caucasus", "Africa", "African", "Sahel", "Asia", "Asian", "Europe", "European",
    "Eurasia",
)


# The heads of state and government, and the foreign ministers, of the bodies' member states,
# by the names the press gives them ("a perceived distancing of Modi from Sharif at the SCO
# meeting"): a sentence naming them speaks of states.
_LEADERS = (
    "Putin", "Xi Jinping", "Modi", "Sharif", "Lukashenko", "Tokayev", "Nazarbayev",
    "Mirziyoyev", "Rahmon", "Japarov", "Aliyev", "Pashinyan", "Erdogan", "Erdoğan", "Raisi",
    "Pezeshkian", "Lavrov", "Wang Yi", "Jaishankar",
)
# Peoples and adjectives no stem gives.
_IRREGULAR = ("British", "French", "German", "Greek", "Dutch", "Spanish", "Polish", "Swiss",
              "Danish", "Finnish", "Irish", "Norwegian", "Swedish", "Turkish", "Saudi",
              "American", "Americans", "Emirati", "Filipino", "Thai", "Lao", "Welsh")
# What English adds to a state's name or stem to name its people or its adjective
# ("Russi-an", "Chin-ese", "Japa-nese", "Pakistan-i", "Belarus-ian", "Chil-ean").
_SUFFIXES = r"(?:an|ans|ian|ians|ean|eans|ese|nese|i|is|n|ns)?"


@cache
def _states() -> re.Pattern[str]:
    """Every state CLDR names in English, and the adjectives and peoples most names
    form with a suffix, from the name or its stem ("Russia" → "Russian", "China" →
    "Chinese", "Kazakhstan" → "Kazakh", "Uzbekistan" → "Uzbek", "Pakistan" →
    "Pakistani").  The few that no suffix gives ("French", "Turkish") are listed."""
    # each state's name itself is a stem with no suffix
    names = set(_PLACES) | set(_IRREGULAR) | set(_LEADERS)
    stems = set(english_names())
    for name in english_names():
        if " " in name:
            continue
        stem = name[:-5] if name.endswith("istan") else \
            name[:-4] if name.endswith("stan") else name[:-1]
        if len(stem) >= 4:
            stems.add(stem)
    alternatives = sorted((re.escape(n) for n in names), key=len, reverse=True)
    stemmed = sorted((re.escape(s) for s in stems), key=len, reverse=True)
    return re.compile(rf"\b(?:(?:{'|'.join(alternatives)})|(?:{'|'.join(stemmed)}){_SUFFIXES})\b")


_WORLD = re.compile(rf"\b(?:{'|'.join(_WORDS)})\b", re.IGNORECASE)


def world_word(text: str) -> str | None:
    """The first word of ``text`` that speaks of states and their bodies, as written,
    or None: a word of their dealings (:data:`_WORDS`), a state, its people or a
    capital.  The glossary's own cue words (officials' names) are the matcher's to add."""
    found = [m for m in (_WORLD.search(text), _states().search(text)) if m]
    return min(found, key=lambda m: m.start()).group() if found else None
