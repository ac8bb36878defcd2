"""Which Apertium modes lead from one language to another, and which Debian packages hold them.

Debian packages few pairs from English (``eng-spa``, ``eng-cat``, ``en-gl``) but
many from Spanish (``es-pt``, ``es-fr``, ``spa-ita``, ``es-gl``, ``spa-cat``).
A *route* is a chain of installed modes whose output language is the next
one's input: English → Portuguese is ``eng-spa → es-pt``.  The shortest route
wins; among routes of the same length the one through the preferred pivot
(Spanish unless configured), then the alphabetically first.  A target tag's
region or variant (``pt-BR``, ``ca-valencia``) picks the last step's mode
variant (``es-pt_BR``, ``eng-cat_valencia``) when one is installed.

Mode names mix ISO 639-1 and 639-3 codes (``es-pt``, ``spa-ita``); they are
read as BCP-47 base languages.  Modes that are not a plain pair (``eco-es-fr``,
``en-eo-bytecode``) and modes with a source variant (``oc_aran-es``) are
ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from cms_i18n.languages import base, to_iso639_1

DEFAULT_PIVOT = "es"
DEFAULT_MAX_STEPS = 3

# Debian package → the plain modes it installs (read from the packages themselves
# with ``dpkg -c``; transitional dummies such as apertium-es-it are left out).
DEBIAN_PACKAGES: dict[str, tuple[str, ...]] = {
    "apertium-eng-spa": ("eng-spa", "spa-eng", "spa-eng_US"),
    "apertium-eng-cat": ("eng-cat", "eng-cat_valencia", "eng-cat_iec2017",
                         "eng-cat_valencia_uni", "cat-eng", "cat-eng_US"),
    "apertium-en-gl": ("en-gl", "gl-en"),
    "apertium-eo-en": ("en-eo", "eo-en"),
    "apertium-es-pt": ("es-pt", "es-pt_BR", "pt-es"),
    "apertium-fr-es": ("es-fr", "fr-es"),
    "apertium-spa-ita": ("spa-ita", "ita-spa"),
    "apertium-es-ro": ("ro-es",),
    "apertium-es-gl": ("es-gl", "gl-es"),
    "apertium-spa-cat": ("spa-cat", "spa-cat_valencia", "spa-cat_iec2017",
                         "spa-cat_valencia_uni", "cat-spa"),
    "apertium-fra-cat": ("fra-cat", "cat-fra"),
    "apertium-por-cat": ("por-cat", "cat-por", "cat-por_BR"),
    "apertium-cat-ita": ("cat-ita", "ita-cat"),
    "apertium-pt-gl": ("pt-gl", "gl-pt"),
    "apertium-eo-es": ("es-eo",),
    "apertium-oc-es": ("es-oc", "oc-es"),
}


@dataclass(frozen=True)
class Mode:
    """One installed Apertium mode: ``es-pt_BR`` is es → pt, variant ``BR``."""

    name: str
    source: str
    target: str
    variant: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class Route:
    """The modes run one after the other to translate ``source`` into ``target``."""

    source: str
    target: str
    modes: tuple[Mode, ...]

    def describe(self) -> str:
        """``eng-spa → es-pt``: how entry comments and listings name the route."""
        return " → ".join(m.name for m in self.modes)

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.source, *(m.target for m in self.modes))


def parse_mode(name: str, path: Path | None = None) -> Mode | None:
    """Read a mode name; None for anything that is not a plain language pair.

    >>> parse_mode("es-pt_BR")
    Mode(name='es-pt_BR', source='es', target='pt', variant='BR', path=None)
    >>> parse_mode("eng-cat_valencia").target, parse_mode("spa-ita").source
    ('ca', 'es')
    >>> parse_mode("eco-es-fr") is None, parse_mode("oc_aran-es") is None
    (True, True)
    """
    parts = name.split("-")
    if len(parts) != 2:
        return None
    source, (target, _, variant) = parts[0], parts[1].partition("_")
    if not (source.isalpha() and target.isalpha()) or source == target:
        return None
    return Mode(name, to_iso639_1(source), to_iso639_1(target), variant, path)


def parse_modes(found: Mapping[str, Path]) -> list[Mode]:
    return [m for name, path in sorted(found.items()) if (m := parse_mode(name, path))]


def wanted_variants(target: str, configured: Mapping[str, Any] | None = None) -> list[str]:
    """Mode variants a target tag asks for, most specific first.

    ``apertium_variants`` maps a tag to a variant (``{"ca-valencia": "valencia_uni"}``);
    otherwise the tag's own subtags are tried: ``pt-BR`` → ``BR``.

    >>> wanted_variants("ca-valencia")
    ['valencia']
    >>> wanted_variants("ca-ES-valencia")
    ['ES_valencia', 'valencia', 'ES']
    >>> wanted_variants("ca", {"ca": "iec2017"})
    ['iec2017']
    """
    chosen = (configured or {}).get(target)
    if chosen:
        return [str(chosen)]
    subtags = target.split("-")[1:]
    if not subtags:
        return []
    out = ["_".join(subtags)]
    out += [s for s in reversed(subtags) if s not in out]
    return out


def find_route(modes: Iterable[Mode], source: str, target: str, *,
               pivot: str | Sequence[str] | None = None, via: Sequence[str] | None = None,
               variants: Mapping[str, Any] | None = None,
               max_steps: int = DEFAULT_MAX_STEPS) -> Route | None:
    """The route from ``source`` to ``target`` (BCP-47 tags), or None.

    ``via`` fixes the languages in between (``["es"]``; ``[]``: direct only);
    ``pivot`` is the language (or languages) preferred in between when
    routes of the same length compete.
    """
    src, dst = base(source), base(target)
    plain: dict[tuple[str, str], Mode] = {}
    last: dict[tuple[str, str], list[Mode]] = {}
    for mode in modes:
        if not mode.variant:
            plain[(mode.source, mode.target)] = mode
        last.setdefault((mode.source, mode.target), []).append(mode)
    wanted = [w.casefold() for w in wanted_variants(target, variants)]

    def final(frm: str) -> Mode | None:
        options = last.get((frm, dst), [])
        for want in wanted:
            for mode in options:
                if mode.variant.casefold() == want:
                    return mode
        return plain.get((frm, dst))

    if via is not None:
        steps = [src, *(base(v) for v in via), dst]
        chain = [plain.get(pair) for pair in pairwise(steps[:-1])]
        end = final(steps[-2])
        if end is None or any(m is None for m in chain):
            return None
        return Route(src, dst, (*(m for m in chain if m is not None), end))

    preferred = [base(p) for p in ([pivot] if isinstance(pivot, str) else pivot or [])] \
        or [DEFAULT_PIVOT]
    best: tuple[tuple[Any, ...], Route] | None = None
    frontier: list[tuple[str, tuple[Mode, ...]]] = [(src, ())]
    for _ in range(max_steps):
        grown: list[tuple[str, tuple[Mode, ...]]] = []
        for lang, path in frontier:
            end = final(lang)
            if end is not None:
                route = Route(src, dst, (*path, end))
                middle = route.languages[1:-1]
                rank = (sum(lang not in preferred for lang in middle), route.describe())
                if best is None or rank < best[0]:
                    best = (rank, route)
            seen = {src, *(m.target for m in path)}
            grown += [(m.target, (*path, m)) for (a, b), m in sorted(plain.items())
                      if a == lang and b not in seen and b != dst]
        if best is not None:
            return best[1]
        frontier = grown
    return None


def reachable(modes: Sequence[Mode], source: str, **options: Any) -> dict[str, Route]:
    """Every target language reachable from ``source``, with its route."""
    targets = sorted({m.target for m in modes} - {base(source)})
    routes = {t: find_route(modes, source, t, **options) for t in targets}
    return {t: r for t, r in routes.items() if r is not None}


def variant_modes(route: Route, modes: Sequence[Mode]) -> list[Mode]:
    """The variants of the last step of ``route``: ``es-pt_BR`` for ``eng-spa → es-pt``."""
    frm = route.modes[-1].source
    return [m for m in modes if m.source == frm and m.target == route.target and m.variant]


def package_of(mode_name: str) -> str | None:
    """The Debian package that installs a mode, when known."""
    for package, names in DEBIAN_PACKAGES.items():
        if mode_name in names:
            return package
    return None


def install_hint(source: str, target: str, installed: Iterable[str] = ()) -> str | None:
    """The Debian packages to install for ``source`` → ``target``, or None if none can.

    Uses the same route search over every mode Debian ships; packages already
    installed are not named again.

    >>> install_hint("en", "fr")
    'apt-get install apertium apertium-eng-spa apertium-fr-es'
    >>> install_hint("en", "fr", installed=["eng-spa"])
    'apt-get install apertium-fr-es'
    >>> install_hint("en", "ja") is None
    True
    """
    have = set(installed)
    known = [m for names in DEBIAN_PACKAGES.values() for name in names
             if (m := parse_mode(name))]
    route = find_route(known, source, target)
    if route is None:
        return None
    packages = [p for m in route.modes if m.name not in have and (p := package_of(m.name))]
    if not packages:
        return None
    if not have:
        packages.insert(0, "apertium")
    return "apt-get install " + " ".join(dict.fromkeys(packages))
