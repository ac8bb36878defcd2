"""Apertium, run as one persistent pipeline per mode, chained where no direct pair exists.

``apertium`` the shell wrapper starts a dozen processes per call, and its ``-z``
mode buffers and stalls.  This engine reads the pair's mode file, starts the
mode's own pipeline once in null-flush mode, and streams NUL-terminated
records through it: one process tree per run, a few milliseconds per unit.

Where Debian has no direct pair (English → Portuguese), the texts go through a
route of installed modes (``eng-spa → es-pt``, see :mod:`.apertium_routes`);
each step is one such pipeline, shared by every route that uses it.

A batch a stage fails (a crash, a hang) is retried on fresh pipelines until the
text it fails on is found (:mod:`.apertium_retry`): every other text is
translated, and that one's :class:`Translation` has no text and says why
(``failed``).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cms_i18n.engines import apertium_unknown
from cms_i18n.engines.acronyms import (
    CHAIN_CODE,
    acronyms_in,
    codes_left,
    dotted_spans,
    hidden_word,
    hide,
    initials_in,
    show,
)
from cms_i18n.engines.agents import head_words, open_led, open_pairs, plain_by
from cms_i18n.engines.agreement import agree_participles, participle_heads
from cms_i18n.engines.apertium_case import (
    BODY_HEADS,
    acronym_capitals,
    body_case,
    capitals_in,
    conjunction_case,
    lower_after_names,
    lower_offices,
    opening_acronyms,
    sentence_case,
    title_case_headline,
)
from cms_i18n.engines.apertium_process import DEFAULT_TIMEOUT, ModePipeline
from cms_i18n.engines.apertium_retry import RetryBudget, RetryingPipeline, Unanswered
from cms_i18n.engines.apertium_routes import (
    DEFAULT_MAX_STEPS,
    Mode,
    Route,
    find_route,
    install_hint,
    parse_modes,
    reachable,
    variant_modes,
)
from cms_i18n.engines.articles import articles_as_articles
from cms_i18n.engines.base import EngineBase, Translation, UnknownWords
from cms_i18n.engines.called import disguised, restored
from cms_i18n.engines.commas import close_commas, open_commas, opens
from cms_i18n.engines.compounds import (
    Title,
    close_compounds,
    cut_titles,
    hyphenated_words,
    join_titles,
    open_compounds,
)
from cms_i18n.engines.dates import find_dates, hide_dates
from cms_i18n.engines.hidden import left_in
from cms_i18n.engines.meetings import meetings
from cms_i18n.engines.names import (
    candidates,
    find_names,
    hide_names,
    names_in,
    owned_names,
    show_names,
)
from cms_i18n.engines.pivot import (
    capitalised_words,
    fold_articles,
    lower_nouns,
    place_prepositions,
    pronominal_auxiliary,
    raise_nouns,
    write_pivot_words,
)
from cms_i18n.engines.possessives import with_genitive_s
from cms_i18n.engines.prefixes import Prefixed, cut_prefixes, join_prefixes
from cms_i18n.engines.quotes import (
    QUOTES_NOTE,
    as_double,
    as_single,
    curly_as_in_source,
    moved_quotes,
    quoted,
    quotes_note,
)
from cms_i18n.engines.ranks import Rank, cut_ranks, join_ranks, plain_titles
from cms_i18n.engines.scales import spelt_scales
from cms_i18n.engines.territories import (
    Written,
    agents_with_articles,
    as_companies,
    cldr_locale,
    misread_states,
    state_runs,
    states_misread,
    states_named,
    states_read_as_words,
    unknown_states,
    write_states,
)
from cms_i18n.engines.unwritten import unwritten
from cms_i18n.errors import ConfigError, EngineError, LanguageError
from cms_i18n.glossary.grammar import ARTICLES, STANDINS
from cms_i18n.languages import base, normalize, to_iso639_3
from cms_i18n.sentences import record_pieces

DEFAULT_MODES_DIRS = ("/usr/share/apertium/modes", "/usr/local/share/apertium/modes")
INSTALL_HINT = "install Apertium and the pair, e.g. `apt-get install apertium apertium-eng-spa`"

_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
# A sentence's end, as counted to place a run of spaces: a stop, question or exclamation
# mark (and what closes after it) before a blank.
_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\]]*(?= )")
# How a text's people's names and acronyms are hidden from the engine, tried in this
# order until nothing hidden is left in the output: names as stand-in surnames (which
# keep a name's grammar), as code words, left to the engine; then nothing hidden.
_WAYS: tuple[tuple[str | None, bool], ...] = (("standin", True), ("code", True),
                                               (None, True), (None, False))


def modes_dirs(settings: Mapping[str, Any]) -> list[Path]:
    configured = settings.get("apertium_modes_dir") or os.environ.get("CMS_I18N_APERTIUM_MODES")
    dirs = [configured] if configured else list(DEFAULT_MODES_DIRS)
    return [Path(d) for d in dirs]


def find_modes(settings: Mapping[str, Any]) -> dict[str, Path]:
    """Map mode name (``eng-spa``) to its mode file, for every installed pair."""
    found: dict[str, Path] = {}
    for folder in modes_dirs(settings):
        if folder.is_dir():
            for path in sorted(folder.glob("*.mode")):
                found.setdefault(path.stem, path)
    return found


def mode_name(source: str, target: str) -> str:
    """Apertium's mode name for a BCP-47 pair: ``en``, ``es`` → ``eng-spa``."""
    return f"{to_iso639_3(source)}-{to_iso639_3(target)}"


#: The programs every pair's pipeline runs: the mode's reader and the morphological
#: analyser and generator (Debian's ``apertium`` and ``lttoolbox``).
PROGRAMS = ("apertium-wblank-mode", "lt-proc")


def missing_programs() -> list[str]:
    """Of :data:`PROGRAMS`, those not on the PATH."""
    return [program for program in PROGRAMS if shutil.which(program) is None]


class _Pipeline(ModePipeline):
    """A mode's pipeline with this engine's options (see :mod:`.apertium_process`)."""

    def __init__(self, mode_file: Path, mark_unknown: bool,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        if shutil.which("apertium-wblank-mode") is None:
            raise EngineError(f"apertium-wblank-mode not found: {INSTALL_HINT}")
        super().__init__(mode_file, ["-g" if mark_unknown else "-n", ""], timeout=timeout)


# First steps whose analyser reads a possessive before a name hidden behind a stand-in
# as a genitive ("the Kremlin's Jones said" → "Jones del Kremlin dijo"; see
# :func:`.names.owned_names`).  Not eng-cat: its "'s" is read back as the genitive
# (:func:`.possessives.clitic_s`), but a stand-in there changes how the verb
# after the name is tagged ("China's Xi Jinping met Putin" lost "va conèixer").  en-gl
# drops the "'s" either way.  There the name is left to the engine as before.
_GENITIVE_READERS = frozenset({"eng-spa"})


class ApertiumEngine(EngineBase):
    """Rule-based translation through Apertium's installed language pairs.

    Settings: ``apertium_modes_dir`` (where ``*.mode`` files live),
    ``apertium_mark_unknown`` (keep Apertium's ``*`` marks on unknown words;
    off by default, so drafts read cleanly), ``apertium_pivot`` (the language
    preferred in the middle of a chain; ``es`` by default), ``apertium_via``
    (per target, the languages a chain must go through: ``{gl: [es]}``;
    ``[]`` for the direct pair only), ``apertium_variants`` (per target tag,
    the mode variant of the last step: ``{ca-valencia: valencia_uni}``; by
    default the tag's own region or variant, ``pt-BR`` → ``es-pt_BR``),
    ``engine_timeout`` (seconds a pipeline may stay silent) and ``engine_retries``
    (failed batches a run retries on fresh pipelines, see :mod:`.apertium_retry`).
    """

    name = "apertium"
    reads_documents = True

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        super().__init__(settings)
        self._pipelines: dict[str, RetryingPipeline] = {}
        self._budget = RetryBudget(self.settings)
        self._routes: dict[tuple[str, str], Route] = {}
        # first step's mode → hyphenated word → whether its dictionary knows it whole
        self._whole: dict[str, dict[str, bool]] = {}
        self._common: dict[str, dict[str, bool]] = {}
        # Spanish analyser's mode → word → whether it is a feminine plural noun
        self._feminine: dict[str, dict[str, bool]] = {}
        # language → the mode whose analyser reads it (see _reader)
        self._readers: dict[str, Mode | None] = {}
        # first step's mode → capitalised word → (a given name?, has a common reading?)
        self._names: dict[str, dict[str, tuple[bool, bool]]] = {}
        # first step's mode → word after an "X-led" compound → its dictionary readings
        self._readings: dict[str, dict[str, tuple[str, ...]]] = {}
        # mode → the states' and cities' names its analyser does not know → their
        # target names, and the states' names it also reads as common words
        self._states: dict[str, dict[str, str]] = {}
        # a later step of a chain → the states' names it misreads (see _misread_states)
        self._misread: dict[str, dict[str, tuple[str, str]]] = {}
        # a first step out of English → the states' names it also reads as common
        # words → their names in its target language (see _states_as_words)
        self._as_words: dict[str, dict[str, str]] = {}
        # later step → a capitalised word → how it writes the word as a common noun
        # ("Castillo" → "castelo"), or nothing for a word it reads so anyway
        self._nouns: dict[str, dict[str, str]] = {}
        # a later step of a chain → the steps before it
        self._earlier: dict[str, tuple[Mode, ...]] = {}
        # (source, target) → a title's head → its translation alone
        self._heads: dict[tuple[str, str], dict[str, str]] = {}
        # a step out of English → an acronym → its words in capitals in mid-sentence
        self._acronyms: dict[str, dict[str, tuple[str, ...]]] = {}

    @property
    def version(self) -> str:
        """Engine version plus the installed pairs' mode files, for the memory key."""
        stamps = [f"{name}:{int(path.stat().st_mtime)}" for name, path in
                  sorted(find_modes(self.settings).items())]
        return "apertium/" + ",".join(stamps)

    def version_for(self, source: str, target: str) -> str:
        """Version of the modes used, so installing another pair keeps the memory valid.

        The product's own repairs around the modes are not named here: the memory's
        key carries a hash of their code (:func:`cms_i18n.pipeline.engine_key`)."""
        try:
            modes = self.route(source, target).modes
            steps = "+".join(f"{m.name}:{int(m.path.stat().st_mtime) if m.path else 0}"
                             for m in modes)
        except EngineError:
            steps = f"{mode_name(source, target)}:0"
        unknown = int(bool(self.settings.get('apertium_mark_unknown')))
        return f"apertium/{steps}:{unknown}"

    def describe(self, source: str, target: str) -> str:
        """How the entry comment names this engine for a pair: ``apertium eng-spa → es-pt``."""
        return f"{self.name} {self.route(source, target).describe()}"

    def glossary_strategy(self, target: str) -> str:
        """``standin`` where a stand-in noun table exists for the language: a rule-based
        engine inflects articles for a noun it knows, never for a placeholder."""
        return "standin" if base(target) in STANDINS else "codeswitch"

    def install_hint(self, source: str, target: str) -> str:
        """Debian's packages of the pairs that would make a route, or that there are none;
        first, the programs that run every pair when they are not on the PATH."""
        missing = missing_programs()
        if missing:
            return f"{', '.join(missing)} not found on the PATH: {INSTALL_HINT}"
        hint = install_hint(source, target, installed=find_modes(self.settings))
        return f"`{hint}`" if hint else "Debian has no Apertium pair that leads there"

    def variants(self, source: str, target: str) -> dict[str, str]:
        """Mode variants of the route's last step, by the tag that selects them.

        A variant with a BCP-47 tag of its own is listed under it (``pt-BR`` →
        ``eng-spa → es-pt_BR``); the others under the ``apertium_variants``
        setting that selects them (``apertium_variants: {ca: valencia_uni}``).
        """
        route = self.route(source, target)
        out = {}
        for mode in variant_modes(route, parse_modes(find_modes(self.settings))):
            tag = f"{target}-{mode.variant.replace('_', '-')}"
            try:
                usable = normalize(tag) == tag
            except LanguageError:
                usable = False
            how = " → ".join([*(m.name for m in route.modes[:-1]), mode.name])
            out[tag if usable else f"apertium_variants: {{{target}: {mode.variant}}}"] = \
                f"apertium {how}"
        return out

    def pairs(self) -> set[tuple[str, str]]:
        """Every (source, target) pair a route of installed modes reaches; none while
        the programs that run every mode are not on the PATH (a service started with a
        bare PATH finds the modes' files, and could run none of them)."""
        if missing_programs():
            return set()
        modes = parse_modes(find_modes(self.settings))
        result = set()
        for source in sorted({m.source for m in modes}):
            result |= {(source, target) for target in self.routes(source)}
        return result

    def routes(self, source: str) -> dict[str, Route]:
        """Every target language reachable from ``source`` now, with its route."""
        return reachable(parse_modes(find_modes(self.settings)), source, **self._options())

    def route(self, source: str, target: str) -> Route:
        """The modes that translate ``source`` into ``target``; EngineError when none do."""
        key = (source, target)
        if key not in self._routes:
            found = find_modes(self.settings)
            options = self._options()
            via = (self.settings.get("apertium_via") or {}).get(target)
            if via is None:
                via = (self.settings.get("apertium_via") or {}).get(base(target))
            if isinstance(via, str):
                via = [v for v in via.replace(",", " ").split() if v]
            route = find_route(parse_modes(found), source, target, via=via, **options)
            if route is None:
                have = ", ".join(sorted(self.routes(source))) or "none"
                how = self.install_hint(source, target)
                through = f" through {', '.join(via)}" if via else ""
                raise EngineError(
                    f"Apertium cannot translate {base(source)}→{target}{through} "
                    f"(reachable from {base(source)} now: {have}); {how}")
            self._routes[key] = route
            for step, mode in enumerate(route.modes[1:], start=1):
                self._earlier.setdefault(mode.name, route.modes[:step])
        return self._routes[key]

    def translate_batch(self, texts: Sequence[str], source: str, target: str, *,
                        n_best: int = 1, documents: Sequence[str] | None = None
                        ) -> list[Translation]:
        """One hypothesis per text (Apertium has no n-best: ``n_best`` is ignored).

        ``documents``: per text, the whole source of its document, where a word found
        as a person's name in one paragraph is a name in every other (see :mod:`.names`).

        What is hidden from the engine must come back: a text whose output still holds
        a stand-in surname or a code word (glued to a neighbour, lowercased,
        accented, see :mod:`.hidden`) is translated again with its people's names
        as code words, then with its names left to the engine, then with nothing
        hidden; only the last try's output, or a clean one, is kept.
        """
        route = self.route(source, target)
        if base(source) == "en":    # "a role in ASEAN.He said": two sentences, one token
            texts = [_GLUED_SENTENCE.sub(". ", text) for text in texts]
        singles = [as_double(text) for text in texts]
        texts = [double or text for double, text in zip(singles, texts, strict=True)]
        if base(source) == "en":    # a headline in title case read as a sentence
            texts = self._sentence_case(route, texts)
        todo = [i for i, t in enumerate(texts) if t.strip()]
        spans = dict(zip(todo, self._people(
            route, [texts[i] for i in todo],
            None if documents is None else [documents[i] for i in todo]), strict=True))
        results = [Translation(text="") for _ in texts]
        common = self._common_acronyms(route, [texts[i] for i in todo])
        for names, acronyms in _WAYS:
            if not todo:
                break
            outs = self._translate(route, source, target, [texts[i] for i in todo],
                                   [spans[i] for i in todo], names, common if acronyms else set(),
                                   dates=acronyms)
            last = (names, acronyms) == _WAYS[-1]
            leaked = []
            for i, (out, hidden) in zip(todo, outs, strict=True):
                if out.text and not last and (left_in(out.text, hidden) or codes_left(out.text)):
                    leaked.append(i)
                else:
                    results[i] = out
            todo = leaked
        if base(target) in BODY_HEADS:
            results = self._body_case(results, base(target))
        results = self._quotes(texts, results, source, target)
        results = [replace(r, text=curly_as_in_source(text, r.text)) if r.text else r
                   for text, r in zip(texts, results, strict=True)]
        return [replace(r, text=as_single(r.text), notes=tuple(
            as_single(n) if n.startswith(QUOTES_NOTE) else n for n in r.notes))
            if double and r.text else r for r, double in zip(results, singles, strict=True)]

    def _quotes(self, texts: Sequence[str], results: list[Translation], source: str,
                target: str) -> list[Translation]:
        """``results`` with a note on each quotation the engine may have put around other
        words than the source's (see :mod:`.quotes`): each span the texts quote is
        translated alone, in one batch, to be compared with what the output quotes."""
        todo = [i for i, (text, r) in enumerate(zip(texts, results, strict=True))
                if r.text and not r.failed and (quoted(text) or quoted(r.text))]
        spans = sorted({span for i in todo for span in quoted(texts[i])})
        alone = dict(zip(spans, (t.text for t in self.translate_batch(spans, source, target)),
                         strict=True)) if spans else {}
        for i in todo:
            moved = moved_quotes(texts[i], results[i].text,
                                 [alone[span] for span in quoted(texts[i])])
            if moved:
                results[i] = replace(results[i], notes=(
                    *results[i].notes, *(quotes_note(out, theirs) for out, theirs in moved)))
        return results

    def _body_case(self, results: list[Translation], lang: str) -> list[Translation]:
        """``results`` with the words of a body's name after its head in lower case where
        ``lang``'s own analyser (the first stage of a mode out of ``lang``) reads them only
        as common words (see :func:`.apertium_case.body_case`); as they are where no
        installed mode reads ``lang``."""
        reader = self._reader(lang)
        if reader is None:
            return results

        def common(words: list[str]) -> set[str]:
            cache = self._asked_once(self._common, reader, set(words),
                                     apertium_unknown.common_words)
            return {w for w in words if cache.get(w)}

        return [replace(r, text=body_case(r.text, lang, common)) if r.text and not r.failed
                else r for r in results]

    def _translate(self, route: Route, source: str, target: str, texts: list[str],
                   spans: list[list[tuple[int, int]]], names: str | None, common: set[str],
                   *, dates: bool = True) -> list[tuple[Translation, list[str]]]:
        """``texts`` translated with the acronyms of ``common`` hidden as code words, and
        the people's names at ``spans`` as stand-in surnames (``names`` "standin"), as
        code words ("code") or not at all (None); with ``dates``, dates and month names
        as code words written back as the target writes them (see :mod:`.dates`), and
        initials and unknown dotted abbreviations as code words written back as written
        (see :func:`.acronyms.initials_in`); per text, the translation and the stand-ins
        it used."""
        # the offices a body's name spells in capitals reach it in lower case, as it reads
        # them ("Heads of State" came out "Jefes de Estatales")
        lowered = [lower_offices(text) for text in texts]
        if names == "standin":
            people = [hide_names(text, where) for text, where in zip(lowered, spans, strict=True)]
        else:
            people = [(text, {}) for text in lowered]
        hidden = []
        # a state's name inside a company's or a paper's ("Air China", "China Daily"):
        # the whole run as the source has it, never the state read as a word
        as_words = self._states_as_words(route.modes[0]) if route.modes and dates else {}
        known = self._dotted_known(route, [text for text, _ in people]) if dates else set()
        for n, ((text, standins), where) in enumerate(zip(people, spans, strict=True)):
            found = find_dates(text, target) if dates else []
            runs = state_runs(text, as_words)
            initials, dotted = initials_in(text) if dates else ([], set())
            initials += dotted_spans(text, dotted - known)
            hid, codes = hide(text, common, [*(where if names == "code" else ()),
                                             *((d.start, d.end) for d in found), *runs,
                                             *initials])
            hid, codes, companies = as_companies(hid, codes, {text[a:b] for a, b in runs})
            people[n] = (text, {**standins, **companies})
            hidden.append((hid, hide_dates(codes, text, found)))
        sent = self._compounds(route, [text for text, _ in hidden], target)
        mark = bool(self.settings.get("apertium_mark_unknown"))
        notes: list[list[str]] = [[] for _ in texts]
        current = self._through(route.modes, [_shield_clitic(s.text) for s in sent],
                                mark_last=mark, sources=texts, notes=notes)
        alone = self._heads_alone(route, source, target,
                                  {t.head for s in sent for t in s.titles} |
                                  {r.sent for s in sent for r in s.ranks} |
                                  {p.word for s in sent for p in s.prefixed})
        results = [(Translation(text=""), list(standins)) for _, standins in people]

        def written_back(n: int, out: str) -> str:
            """The engine's output for text ``n`` with its edges, code words, stand-in
            names and place prepositions as the target writes them."""
            out = _unshield_clitic(texts[n], out)
            return place_prepositions(show_names(show(_restore_edges(texts[n], out),
                                                      hidden[n][1]), people[n][1], target),
                                      target)

        again: list[int] = []
        for n, (prepared, out) in enumerate(zip(sent, current, strict=True)):
            if isinstance(out, Unanswered):
                results[n] = (Translation(text="", failed=out.reason), [])
                continue
            if prepared.commas:
                out = close_commas(out)
            joined: str | None = close_compounds(out, prepared.marker, target)
            if joined is not None and prepared.titles:
                joined = join_titles(joined, prepared.titles, alone, target)
            if joined is not None and prepared.ranks:
                joined = join_ranks(joined, prepared.ranks, alone, target)
            if joined is not None and prepared.prefixed:
                joined = join_prefixes(joined, prepared.prefixed, alone, target)
            if joined is None:
                again.append(n)
                continue
            results[n] = (Translation(text=written_back(n, joined), notes=tuple(notes[n])),
                          results[n][1])
        if again:       # a head the engine merged or reworded: titles and ranks left whole
            opened = [sent[n].untitled for n in again]
            named: list[list[str]] = [[] for _ in again]
            outs = self._through(route.modes, [_shield_clitic(text) for text, _ in opened],
                                 mark_last=mark,
                                 sources=[texts[n] for n in again], notes=named)
            for n, (_, marker), out, repairs in zip(again, opened, outs, named, strict=True):
                if isinstance(out, Unanswered):
                    results[n] = (Translation(text="", failed=out.reason), [])
                    continue
                if sent[n].commas:
                    out = close_commas(out)
                results[n] = (Translation(text=written_back(
                    n, close_compounds(out, marker, target)), notes=tuple(repairs)),
                    results[n][1])
        return results

    def _prepare(self, route: Route, texts: list[str], target: str
                 ) -> tuple[list[tuple[str, dict[str, str]]], list[tuple[str, dict[str, str]]],
                            list[_Sent]]:
        """``texts`` as the route's first step gets them, in three layers, each with what
        undoes it: people's names it would translate as common words hidden behind
        stand-in surnames (see :mod:`.names`), then acronyms it reads only as common words
        behind code words (see :mod:`.acronyms`), then compounds, titles and ranks cut
        (see :meth:`_compounds`)."""
        people = [hide_names(text, spans)
                  for text, spans in zip(texts, self._people(route, texts), strict=True)]
        common = self._common_acronyms(route, texts)
        hidden = [hide(text, common) for text, _ in people]
        return people, hidden, self._compounds(route, [text for text, _ in hidden], target)

    def _heads_alone(self, route: Route, source: str, target: str, heads: set[str]
                     ) -> dict[str, str]:
        """Each title's head translated alone, to be found in the sentence's translation;
        asked of the engine once a run (the answer does not depend on the sentence)."""
        known = self._heads.setdefault((source, target), {})
        asked = sorted(heads - known.keys())
        if asked:
            # "the attorney", not "attorney": alone, es-fr reads "Abogado" as a verb
            # ("Plaidé")
            outs = self._through(route.modes, [f"the {head}" for head in asked])
            known.update((head, _without_article(out, target))
                         for head, out in zip(asked, _answered(outs), strict=True))
        return {head: known[head] for head in heads}

    def _common_acronyms(self, route: Route, texts: list[str]) -> set[str]:
        """The acronyms of ``texts`` that the route's first step reads only as common
        words ("RATS"), asked of its analyser once a run (see :mod:`.acronyms`)."""
        first = route.modes[0] if route.modes else None
        words = {word for text in texts for word in acronyms_in(text)}
        if first is None or first.path is None or not words:
            return set()
        cache = self._asked_once(self._common, first, words, apertium_unknown.common_words)
        return {w for w in words if cache[w]}

    def _sentence_case(self, route: Route, texts: list[str]) -> list[str]:
        """``texts`` with their headlines in title case written in sentence case, each
        read whole by the route's first step's analyser (see :func:`.sentence_case`)."""
        first = route.modes[0] if route.modes else None
        heads = [i for i, text in enumerate(texts) if title_case_headline(text)]
        if first is None or first.path is None or not heads:
            return texts
        read = apertium_unknown.headline_units(first.path, [texts[i] for i in heads],
                                               self._timeout())
        out = list(texts)
        for i, (common, given) in zip(heads, read, strict=True):
            out[i] = sentence_case(texts[i], common, given)
        return out

    def _dotted_known(self, route: Route, texts: list[str]) -> set[str]:
        """The dotted abbreviations of ``texts`` the route's first step knows whole
        ("U.S.", "U.N."), asked of its analyser once a run; the others are hidden as
        written (see :func:`.acronyms.initials_in`)."""
        first = route.modes[0] if route.modes else None
        words = {word for text in texts for word in initials_in(text)[1]}
        if first is None or first.path is None or not words:
            return set()
        cache = self._asked_once(self._whole, first, words, apertium_unknown.whole_words)
        return {w for w in words if cache[w]}

    def _people(self, route: Route, texts: list[str], documents: list[str] | None = None
                ) -> list[list[tuple[int, int]]]:
        """Per text, where it names a person by a word the route's first step would
        translate as a common word ("Donald Trump"), by what stands before it in the
        text or anywhere in its document (``documents``, per text), asked of its
        analyser once a run (see :mod:`.names`)."""
        first = route.modes[0] if route.modes else None
        wholes = dict.fromkeys(documents or ())
        words = {word for text in [*texts, *wholes] for word in candidates(text)}
        if first is None or first.path is None or not words:
            return [[] for _ in texts]
        known = self._names.setdefault(first.name, {})
        asked = sorted(words - known.keys())
        if asked:
            read = apertium_unknown.name_readings(first.path, asked, self._timeout())
            known.update((word, read.get(word, (False, False))) for word in asked)

        def readings(text: str) -> tuple[set[str], set[str]]:
            found = candidates(text)
            return {w for w in found if known[w][0]}, {w for w in found if known[w][1]}

        named = {whole: names_in(whole, *readings(whole)) for whole in wholes}
        found = []
        for n, text in enumerate(texts):
            given, common = readings(text)
            owned = owned_names(text, common) if first.name in _GENITIVE_READERS else []
            found.append(sorted([*owned, *(
                (a, b) for a, b in find_names(text, given, common,
                                              named=named[documents[n]] if documents else ())
                if not any(start <= a < end for start, end in owned))]))
        return found

    def _asked_once(self, caches: dict[str, dict[str, bool]], first: Mode, words: set[str],
                    ask: Callable[[Path, Sequence[str], float], set[str]]
                    ) -> dict[str, bool]:
        """``caches``' answers for ``first``'s analyser, the ``words`` it lacks asked
        (``ask``: which of them it says yes to) in one process."""
        cache = caches.setdefault(first.name, {})
        asked = sorted(words - cache.keys())
        if asked and first.path is not None:
            yes = ask(first.path, asked, self._timeout())
            cache.update((w, w in yes) for w in asked)
        return cache

    def _compounds(self, route: Route, texts: list[str], target: str) -> list[_Sent]:
        """``texts`` as sent to the engine: ranks before titles cut (see :mod:`.ranks`),
        an "X-led" compound before a noun written after it (see :mod:`.agents`),
        head-first titles cut to their heads, other compounds spaced out, except those
        the first step's dictionary knows whole (see :mod:`.compounds`), a blank before a
        comma between words (see :mod:`.commas`); a possessive
        apostrophe after an s as a genitive (see :mod:`.possessives`); a parliament's
        speaker as its chairperson, a head of something as its chief (see
        :func:`.ranks.plain_titles`); a figure's "bn" as "billion" (see :mod:`.scales`)."""
        texts = [plain_titles(with_genitive_s(spelt_scales(text, target))) for text in texts]
        first = route.modes[0] if route.modes else None
        if first is None or first.path is None:
            return [_Sent(text, None, [], (text, None), [], []) for text in texts]
        if base(route.source) == "en":
            texts = self._led_after(first, first.path, texts)
        cache = self._asked_once(self._whole, first,
                                 {w for t in texts for w in hyphenated_words(t)},
                                 apertium_unknown.whole_words)
        whole = {w for w, known in cache.items() if known}
        sent = []
        for text in texts:
            unprefixed, prefixed = cut_prefixes(text, target)
            unranked, ranks = cut_ranks(unprefixed, target)
            cut, titles = cut_titles(unranked, target, whole)
            opened, marker = open_compounds(cut, whole)
            untitled = open_compounds(text, whole) if titles or ranks or prefixed \
                else (opened, marker)
            commas = opens(opened) and opens(untitled[0])
            if commas:
                opened, untitled = open_commas(opened), (open_commas(untitled[0]), untitled[1])
            sent.append(_Sent(opened, marker, titles, untitled, ranks, prefixed, commas))
        return sent

    def _led_after(self, first: Mode, path: Path, texts: list[str]) -> list[str]:
        """``texts`` with each "X-led" compound before a noun written after it ("the
        mission led by Germany") and verbs the engine misreads before "by" made plain
        (see :mod:`.agents`); the words after the compounds are read by ``first``'s
        analyser, once per run."""
        known = self._readings.setdefault(first.name, {})
        asked = sorted({w for text in texts for w in head_words(text)} - known.keys())
        if asked:
            read = apertium_unknown.readings(path, asked, self._timeout())
            known.update((word, tuple(read.get(word, ()))) for word in asked)
        return [open_pairs(plain_by(open_led(text, known))) for text in texts]

    def _timeout(self) -> float:
        return float(self.settings.get("engine_timeout") or DEFAULT_TIMEOUT)

    def unknown_words(self, texts: Sequence[str], source: str, target: str
                      ) -> list[list[UnknownWords]]:
        """Per text, the words each step of the route does not know (it passes them
        through untranslated); the pipeline lists them on the entry.

        A later step of a chain sees what the earlier ones made of the text: a
        Spanish word the es-fr pair does not know stays Spanish in the French
        draft, so the texts are run through the steps before it (the pipelines are
        already running) and that step's analyser reads the result.  A word an
        earlier step already passed through is not listed again.

        The texts are prepared as :meth:`translate_batch` prepares them, so the steps
        read what they read there: a person's name it hides ("Waltz") never reaches
        them to be translated as a word ("Vals") and listed, and an acronym it hides
        is none of theirs to list.  A later step's capitalised word that the source
        writes so ("Connolly", "Mike") is the source's own name, passed through by
        every step, not a word left in the language in between.
        """
        timeout = self._timeout()
        route = self.route(source, target)
        modes = route.modes
        found: list[list[UnknownWords]] = [[] for _ in texts]
        seen: list[set[str]] = [set() for _ in texts]
        todo = [i for i, t in enumerate(texts) if t.strip()]
        *_, sent = self._prepare(route, [texts[i] for i in todo], target)
        current = [s.text for s in sent]
        for step, mode in enumerate(modes):
            if step:
                current = _answered(self._through(modes[step - 1:step], current,
                                                  sources=[texts[i] for i in todo]))
            if mode.path is None or not current:
                continue
            words = apertium_unknown.unknown_words(mode.path, current, timeout)
            # written in the target language, as written or in capitals: not left
            named = {word for name in self._state_names(mode) for word in name.split()}
            named |= {word.upper() for word in named}
            for i, listed in zip(todo, words, strict=True):
                listed = [w for w in listed if w not in named and not hidden_word(w)
                          and not (step and w[:1].isupper() and
                                   re.search(rf"(?<!\w){re.escape(w)}(?!\w)", texts[i]))]
                fresh = [w for w in listed if w.casefold() not in seen[i]]
                seen[i].update(w.casefold() for w in listed)
                if fresh:
                    found[i].append(UnknownWords(tuple(fresh), mode.name, mode.source,
                                                 first=step == 0))
        return found

    def _through(self, modes: Sequence[Mode], texts: list[str], *,
                 mark_last: bool = False, sources: Sequence[str] | None = None,
                 hide_states: bool = False, notes: list[list[str]] | None = None
                 ) -> list[str | Unanswered]:
        """``texts`` run through ``modes`` one after the other, edges kept; a text a
        step fails on alone (see :mod:`.apertium_retry`) stays :class:`Unanswered`
        and goes no further.

        ``sources``, the source text of each (the first step's input where
        ``modes`` start with it), tell a later step's common nouns the earlier steps
        wrote with a capital from the source's names (see :mod:`.pivot`).

        Unknown-word marks only on the last step, if at all: a mark would hide
        the word from the next step's analyser.  A later step of a chain gets as
        code words, written back after it, what it would misread: the names the first
        step did not know and passed through ("Des Moines", which es-pt read as the
        verb "dês") and the states' names it knows as other words (see
        :meth:`_misread_states`).  A first step out of English that wrote a state the
        text names mid-sentence as another word ("Rusia y Porcelana") translates that
        text again with the state as a code word, written back as the state's name in
        its target language (``hide_states``, see :meth:`_states_as_words`); only then,
        for a code word loses the agreement the name gave ("Rusia y China abstuvieron").

        What a step writes wrong and is repaired here, in each record (see
        :func:`_repaired`), and named: a numbered article as a garment (:mod:`.articles`)
        and an acronym opening a sentence in small letters
        (:func:`.apertium_case.acronym_capitals`); ``notes``, per text, gets a note for
        each.
        """
        current: list[str | Unanswered] = list(texts)
        kept = self._names_kept(modes, texts)
        if sources is None and modes and modes[0].name not in self._earlier:
            sources = texts
        for step, mode in enumerate(modes, start=1):
            going = [i for i, text in enumerate(current) if isinstance(text, str)]
            if not going:
                break
            mark = mark_last and step == len(modes)
            names = self._state_names(mode)
            misread = self._misread_states(mode) if step > 1 else {}
            as_words = self._states_as_words(mode) if step == 1 and hide_states else {}
            into = f"{mode.target}_{mode.variant}" if mode.variant else mode.target
            sent, codes = [], []
            for i in going:
                text = write_pivot_words(write_states(str(current[i]), names), mode.source, into)
                if step > 1:
                    text, code = _keep(text, kept[i], misread, texts[i])
                elif as_words:
                    text, hid = hide(text, (), states_named(text, as_words), code=CHAIN_CODE)
                    code = {c: as_words[word] for c, word in hid.items()}
                else:
                    code = {}
                sent.append(text)
                codes.append(code)
            lowered = self._lower_nouns(mode, sent, None if sources is None else
                                        [sources[i] for i in going])
            sent = [text for text, _ in lowered]
            forms = self._acronym_forms(mode, sent)
            # Each line that ends a sentence, and each part of a title a dash or a bar
            # separates, is a record of its own (see record_pieces).
            cut = [record_pieces(text, mode.source) for text in sent]
            # "so-called" and a noun "southeast" as words the English step translates whole
            # (see :mod:`.called`)
            so_called = mode.source == "en" and base(mode.target) == "es"
            disguised_pieces: set[tuple[int, int]] = set()
            records = []
            for i, (pieces, _) in zip(going, cut, strict=True):
                for n, piece in enumerate(pieces):
                    if piece.strip():
                        record, changed = disguised(piece) if so_called else (piece, False)
                        records.append(record)
                        if changed:
                            disguised_pieces.add((i, n))
            outputs = iter(self._pipeline(mode.name, mode.path, mark).translate(records))
            for i, (pieces, breaks), code, (_, nouns) in zip(going, cut, codes, lowered,
                                                             strict=True):
                found: list[str] = [] if notes is None else notes[i]
                done: list[str | Unanswered] = [
                    (show(_part_case(piece, _restore_edges(
                        piece, _repaired(mode, piece, out, forms, found,
                                         (i, n) in disguised_pieces)),
                        n > 0 and "\n" not in breaks[n - 1]), code)
                     if isinstance(out := next(outputs), str) else out)
                    if piece.strip() else piece for n, piece in enumerate(pieces)]
                failed = next((out for out in done if isinstance(out, Unanswered)), None)
                current[i] = failed or raise_nouns("".join(
                    str(piece) + gap for piece, gap in zip(done, [*breaks, ""], strict=True)),
                    nouns)
            if base(mode.source) == "en" and base(mode.target) == "es":
                self._agree_participles(going, current)
            elif step > 1:
                # "dirigée par Arabie saoudite": the state takes its article after the agent's
                # preposition (see :func:`.territories.agents_with_articles`)
                for i in going:
                    if isinstance(output := current[i], str):
                        current[i] = agents_with_articles(output, mode.target)
            if step == 1 and not hide_states:
                self._states_again(mode, going, sent, current, mark, notes)
        return current

    def _reader(self, lang: str) -> Mode | None:
        """A mode out of ``lang`` whose analyser reads ``lang``'s words, looked up once a
        run (the modes' folders are not listed again for every batch); None where no
        installed mode reads it."""
        if lang not in self._readers:
            self._readers[lang] = next((m for m in parse_modes(find_modes(self.settings))
                                        if m.source == lang and m.path is not None), None)
        return self._readers[lang]

    def _agree_participles(self, going: list[int], current: list[str | Unanswered]) -> None:
        """The English step's Spanish with each participle set off by commas agreeing
        with the feminine plural noun before it (see :mod:`.agreement`), as the Spanish
        analyser of an installed mode out of Spanish reads the nouns; as written where
        none is installed."""
        heads = {word for i in going if isinstance(text := current[i], str)
                 for word in participle_heads(text)}
        reader = self._reader("es") if heads else None
        if reader is None:
            return
        cache = self._asked_once(self._feminine, reader, heads, apertium_unknown.feminine_plurals)
        for i in going:
            if isinstance(text := current[i], str):
                current[i] = agree_participles(text, lambda word: cache.get(word, False))

    def _acronym_forms(self, mode: Mode, texts: list[str]) -> dict[str, tuple[str, ...]]:
        """For a step out of English, the acronyms opening a sentence of ``texts``, each
        with the words in capitals the step writes for it in mid-sentence ("the NATO
        said" → "La OTAN dijo": "OTAN"); asked of it once a run (see
        :func:`.apertium_case.acronym_capitals`)."""
        if mode.path is None or base(mode.source) != "en":
            return {}
        wanted = {a for text in texts for a in opening_acronyms(text) if not hidden_word(a)
                  and not left_in(a, [CHAIN_CODE])}
        known = self._acronyms.setdefault(mode.name, {})
        asked = sorted(wanted - known.keys())
        if asked:
            # "the NATO" alone came out "El DE LA OTAN"; with a verb after it "La OTAN dijo"
            outs = _answered(self._through([mode], [f"the {a} said" for a in asked]))
            known.update((a, capitals_in(out)) for a, out in zip(asked, outs, strict=True))
        return {a: known[a] for a in wanted}

    def _states_again(self, mode: Mode, going: list[int], sent: list[str],
                      current: list[str | Unanswered], mark: bool,
                      notes: list[list[str]] | None = None) -> None:
        """The texts a first step out of English wrote a state of as another word
        ("Rusia y Porcelana"), in ``current``, translated again with their states hidden
        (see :meth:`_through`)."""
        as_words = self._states_as_words(mode)
        if not as_words:
            return
        again = [(i, text) for i, text in zip(going, sent, strict=True)
                 if isinstance(out := current[i], str) and
                 states_misread(text, out, as_words)]
        if not again:
            return
        found: list[list[str]] = [[] for _ in again]
        outs = self._through([mode], [text for _, text in again], mark_last=mark,
                             hide_states=True, notes=found)
        for (i, _), out, named in zip(again, outs, found, strict=True):
            if isinstance(out, str):
                current[i] = out
                if notes is not None:
                    notes[i][:] = named

    def _lower_nouns(self, mode: Mode, texts: list[str], sources: list[str] | None
                     ) -> list[tuple[str, list[str]]]:
        """For a later step of a chain, ``texts`` with the capitalised common nouns its
        analyser also reads as people's names, which the earlier steps wrote (their
        ``sources`` lack them), in lower case, and how the step writes each of them
        (see :mod:`.pivot`); the texts as they are for a first step."""
        if sources is None or mode.path is None or mode.name not in self._earlier:
            return [(text, []) for text in texts]
        found = [capitalised_words(text, source)
                 for text, source in zip(texts, sources, strict=True)]
        known = self._nouns.setdefault(mode.name, {})
        asked = sorted(set().union(*found) - known.keys())
        if asked:
            read = apertium_unknown.readings(mode.path, asked, self._timeout())
            for word in asked:
                readings = read.get(word, [])
                person = any("<np><ant>" in r or "<np><cog>" in r for r in readings)
                noun = any("<n>" in r and "<np>" not in r for r in readings)
                known[word] = ""
                if person and noun:
                    out = _answered(self._through([mode], [word.lower()]))[0]
                    known[word] = out.strip() if re.fullmatch(r"[^\W\d_]+", out.strip()) \
                        else ""
        result = []
        for text, words in zip(texts, found, strict=True):
            lowered, which = lower_nouns(text, {w for w in words if known.get(w)})
            by_lower = {w.lower(): known[w] for w in words if known.get(w)}
            result.append((lowered, [by_lower[w] for w in which]))
        return result

    def _names_kept(self, modes: Sequence[Mode], texts: list[str]) -> list[set[str]]:
        """Per text, for a chain, the capitalised words its first step does not know and
        passes through as they are, names mostly ("Des", "Moines", "Lukashenko")."""
        if len(modes) < 2 or modes[0].path is None:
            return [set() for _ in texts]
        unknown = apertium_unknown.unknown_words(modes[0].path, texts, self._timeout())
        return [{w for w in words if w[:1].isupper() and not w.isupper() and
                 re.fullmatch(r"[^\W\d_]+", w)} for words in unknown]

    def _misread_states(self, mode: Mode) -> dict[str, tuple[str, str]]:
        """For a later step of a chain, the states' names as the steps before it write
        them that it translates as another word (es-pt: "China" → "Chinesa"), each with
        the state's name in the chain's source language and in the step's target
        language; asked of it once a run (see :func:`.territories.misread_states`)."""
        earlier = self._earlier.get(mode.name, ())
        if mode.path is None or not earlier:
            return {}
        if mode.name not in self._misread:
            self._misread[mode.name] = {}
            path = mode.path
            self._misread[mode.name] = misread_states(
                earlier[0].source, cldr_locale(mode.target, mode.variant),
                lambda names: _answered(self._through(earlier, names)),
                lambda names: _answered(self._through([mode], names)),
                lambda names: {name for name, (_, common) in apertium_unknown.name_readings(
                    path, names, self._timeout()).items() if common})
        return self._misread[mode.name]

    def _states_as_words(self, mode: Mode) -> dict[str, str]:
        """For a step out of English, the one-word states' names its analyser also reads
        as common words ("China", "Turkey"), each with the state's name in the step's
        target language; asked of it once a run (see :mod:`.territories`)."""
        if mode.path is None or base(mode.source) != "en":
            return {}
        if mode.name not in self._as_words:
            self._as_words[mode.name] = {}
            path = mode.path
            self._as_words[mode.name] = states_read_as_words(
                mode.source, cldr_locale(mode.target, mode.variant),
                lambda names: {name for name, (_, common) in apertium_unknown.name_readings(
                    path, names, self._timeout()).items() if common})
        return self._as_words[mode.name]

    def _state_names(self, mode: Mode) -> dict[str, str]:
        """The states' and cities' names ``mode``'s analyser does not know, each with its
        name in the mode's target language (see :mod:`.territories`); asked of it once a
        run."""
        if mode.path is None:
            return {}
        if mode.name not in self._states:
            self._states[mode.name] = {}
            path, timeout = mode.path, self._timeout()
            self._states[mode.name] = unknown_states(
                mode.source, cldr_locale(mode.target, mode.variant),
                lambda names: apertium_unknown.unknown_words(path, names, timeout),
                self._written_before(mode))
        return self._states[mode.name]

    def _written_before(self, mode: Mode) -> Written | None:
        """For a later step of a chain, the chain's source language and how the steps
        before it write names: it reads them as they write them ("Belarús")."""
        earlier = self._earlier.get(mode.name, ())
        if not earlier:
            return None
        return (earlier[0].source,
                lambda names: _answered(self._through(earlier, [f"{name}." for name in names])))

    def close(self) -> None:
        for pipeline in self._pipelines.values():
            pipeline.close()
        self._pipelines.clear()

    def _options(self) -> dict[str, Any]:
        steps = self.settings.get("apertium_max_steps") or DEFAULT_MAX_STEPS
        if not isinstance(steps, int) or steps < 1:
            raise ConfigError(f"apertium_max_steps must be a positive number, not {steps!r}")
        return {"pivot": self.settings.get("apertium_pivot"),
                "variants": self.settings.get("apertium_variants") or {},
                "max_steps": steps}

    def _pipeline(self, mode: str, path: Path | None, mark_unknown: bool) -> RetryingPipeline:
        key = f"{mode}+marks" if mark_unknown else mode
        if key not in self._pipelines:
            if path is None:
                raise EngineError(f"Apertium mode {mode} is not installed; {INSTALL_HINT}")
            timeout = self._timeout()
            self._pipelines[key] = RetryingPipeline(
                lambda: _Pipeline(path, mark_unknown, timeout), self._budget)
        return self._pipelines[key]

    def renew_retries(self) -> None:
        """Every retry of ``engine_retries`` available again: a Celery worker's engine
        serves many runs, and counts them per chunk."""
        self._budget.renew()


@dataclass(frozen=True)
class _Sent:
    """One text as the engine gets it, and what to undo in its translation."""

    text: str
    marker: str | None
    titles: list[Title]
    untitled: tuple[str, str | None]   # the text and marker with titles and ranks left whole
    ranks: list[Rank]
    prefixed: list[Prefixed]           # prefixes taken off proper adjectives ("post-Soviet")
    commas: bool = False               # a blank put before its commas (see :mod:`.commas`)


# A straight quote opening a word that starts with an "s" ("exercises 'Search-2017'", "the
# 'Sun'"): Apertium's English reads the quote and the "s" as the clitic "'s" and loses the
# letter ("earch-2017'").
_CLITIC_LOOKALIKE = re.compile(r"(?<![^\s(\[“\"«—–-])'(?=[sS][^\W\d_])")


# A sentence run into the one before it with no space after the stop ("a role in
# ASEAN.He even mentioned"): the engine reads "ASEAN.He" as one unknown word.  Only a
# word that opens sentences follows, so "ASP.NET", "Node.js" and "README.md" stay.
_GLUED_SENTENCE = re.compile(
    r"(?<=[^\W\d_]{2})\.(?=(?:The|He|She|It|They|We|This|These|In|On|At|But|And|His|Her|"
    r"Their|Its|Our|However|After|Before|When|While|According)\b)")


def _shield_clitic(text: str) -> str:
    """``text`` with each straight quote that opens a word starting with "s" sent as the
    opening curly quote, which the engine keeps as a mark of its own.

    >>> _shield_clitic("exercises 'Search-2017' and the 'Sun', Russia's own")
    "exercises ‘Search-2017' and the ‘Sun', Russia's own"
    """
    return _CLITIC_LOOKALIKE.sub("‘", text) if "'" in text else text


def _unshield_clitic(source: str, output: str) -> str:
    """The engine's ``output`` with the quotes :func:`_shield_clitic` curled straight
    again, unless the ``source`` has curly opening quotes of its own.

    >>> _unshield_clitic("the 'Sun' said", "El ‘Sol' dijo")
    "El 'Sol' dijo"
    """
    if "‘" in source or "‘" not in output:
        return output
    return output.replace("‘", "'")


def _answered(outputs: Sequence[str | Unanswered]) -> list[str]:
    """Outputs of a probe (a title's head, a state's name), nothing for a text the
    engine failed on: the probe then finds nothing, as for a word it wrote otherwise."""
    return [out if isinstance(out, str) else "" for out in outputs]


def _without_article(text: str, lang: str) -> str:
    """A noun phrase without the definite article in front: "L'avocat" → "avocat".

    >>> _without_article("Los secretarios", "es"), _without_article("l'advocat", "ca")
    ('secretarios', 'advocat')
    """
    table = ARTICLES.get(base(lang))
    if table is None:
        return text
    for article in sorted(table.forms(), key=len, reverse=True):
        blank = "" if article.endswith("'") else " "
        if text[:len(article) + len(blank)].casefold() == article + blank:
            return text[len(article) + len(blank):]
    return text


def _keep(text: str, unknown: set[str], misread: Mapping[str, tuple[str, str]],
          source: str) -> tuple[str, dict[str, str]]:
    """``text``, on its way to a later step of a chain, with the words that step must not
    read as code words: the ``unknown`` words the first step passed through, and the
    states' names of ``misread`` that ``source`` (the chain's source text) names; the
    codes, each with what to write for it.

    >>> _keep("Des Moines y China.", {"Des", "Moines"}, {"China": ("China", "China")},
    ...       "Des Moines and China.")
    ('ZXQWA ZXQWB y ZXQWC.', {'ZXQWA': 'Des', 'ZXQWB': 'Moines', 'ZXQWC': 'China'})
    """
    states = {name: there for name, (first, there) in misread.items()
              if re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", source)}
    words = unknown | states.keys()
    if not words:
        return text, {}
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    spans = [m.span() for m in re.finditer(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", text)]
    hidden, codes = hide(text, (), spans, code=CHAIN_CODE)
    return hidden, {code: states.get(word, word) for code, word in codes.items()}


def _repaired(mode: Mode, piece: str, out: str,
              forms: Mapping[str, tuple[str, ...]] | None = None,
              notes: list[str] | None = None, so_called: bool = False) -> str:
    """One step's output ``out`` for the record ``piece`` with the step's known faults
    repaired: capitals after names and conjunctions (:mod:`.apertium_case`), *meet*
    as *reunirse* (:mod:`.meetings`), French articles written twice and the
    auxiliary of pronominal verbs (:mod:`.pivot`); and, each with a note in
    ``notes``: a numbered article written as a garment (:mod:`.articles`), an acronym
    opening a sentence in small letters (``forms``: how the step writes each in
    capitals, see :func:`.apertium_case.acronym_capitals`), "so-called" and
    "southeast", sent as other words where ``so_called`` (see :mod:`.called`), and a
    lemma the generator could not write, as the pronoun it was or left out (see
    :mod:`.unwritten`)."""
    out = conjunction_case(piece, lower_after_names(piece, out))
    named: list[str] = []
    if forms:
        out, changed = acronym_capitals(piece, out, dict(forms))
        named += [f"acronym: capitals kept at a sentence's start: {c} ({mode.name})"
                  for c in changed]
    if mode.source == "en" and base(mode.target) == "es":
        out = meetings(piece, out)
        out, changed = articles_as_articles(piece, out)
        named += [f"article: a numbered article of a law or treaty, not a garment: {c} "
                  f"({mode.name})" for c in changed]
        if so_called:
            out, changed = restored(piece, out)
            named += [f"so-called: written as Spanish writes it: {c} ({mode.name})"
                      for c in changed]
    out, changed = unwritten(piece, out, mode.target)
    named += [f"{c} ({mode.name})" for c in changed]
    if notes is not None:
        notes.extend(n for n in named if n not in notes)
    return pronominal_auxiliary(fold_articles(out, mode.target), mode.target)


_ARTICLE_OPENS = re.compile(r"(?:El|La|Los|Las|Un|Una|Unos|Unas|Le|Les|Il|Lo|Gli|Os|As|O|A)\s")
_ARTICLE_OPENS_EN = re.compile(r"(?:The|A|An)\s")


def _part_case(source: str, output: str, after_separator: bool) -> str:
    """``output`` with a small first letter where ``source``, a part of a sentence after a
    dash or a bar, starts with one: Apertium writes a record's first letter as a
    capital.

    >>> _part_case("formed in 2002", "Formado en 2002", True)
    'formado en 2002'
    >>> _part_case("Alliance in Eurasia", "Alianza en Eurasia", True)
    'Alianza en Eurasia'

    An article the engine put before a name is no capital of the source's either:

    >>> _part_case("Russia's alliance", "La alianza de Rusia", True)
    'la alianza de Rusia'
    >>> _part_case("The alliance", "La alianza", True)
    'La alianza'
    """
    body = source.lstrip()
    text = output.lstrip()
    if after_separator and text[:1].isupper() and _ARTICLE_OPENS.match(text) and \
            not _ARTICLE_OPENS_EN.match(body):
        at = len(output) - len(text)
        return output[:at] + text[:1].lower() + text[1:]
    if not after_separator or not body[:1].islower() or not text[:1].isupper():
        return output
    first = re.match(r"\w+", text)
    if first is None or (not first.group()[1:].islower() and len(first.group()) > 1):
        return output          # "OTAN", "iPhone": written so on purpose
    at = len(output) - len(text)
    return output[:at] + text[:1].lower() + text[1:]


def _restore_edges(source: str, output: str) -> str:
    """Keep the source's leading/trailing whitespace; Apertium normalises it.

    Where Apertium drops a word (a subject pronoun, say) it leaves the blanks
    on both sides: spaces the source did not have there are closed up (see
    :func:`_spaces_as_in_source`).

    >>> _restore_edges("The talks ended.  It is raining.", "Las charlas acabaron.   Llueve.")
    'Las charlas acabaron.  Llueve.'
    """
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()):]
    return lead + _spaces_as_in_source(source, output.strip()) + trail


def _place(text: str, at: int) -> tuple[int, bool]:
    """Where a run of spaces starting at ``at`` stands: after how many sentence ends,
    and whether right after one."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at + 1)]
    return len(ends), bool(ends) and ends[-1] == at


def _spaces_as_in_source(source: str, body: str) -> str:
    """``body`` (a translation of ``source``) with each run of two spaces or more the
    source has no run for at the same place closed up to one, and one longer than the
    source's run there cut to its length.

    A place is the number of sentence ends before the run, and whether it follows
    one: two spaces after a full stop are kept where the source has them, while a
    dropped word's blanks beside them ("acabaron.   Llueve", for "ended.  It is
    raining") or anywhere else ("Es tarde.  Lo conocemos", for "It is late. We
    know") are not the source's.
    """
    runs = {_place(source, m.start()): len(m.group()) for m in _DOUBLE_SPACE.finditer(source)}

    def fix(m: re.Match[str]) -> str:
        return " " * min(len(m.group()), runs.get(_place(body, m.start()), 1))

    return _DOUBLE_SPACE.sub(fix, body)
