"""TBX interchange (ISO 30042), the termbase format CAT tools and Weblate read.

Export writes TBX-Basic in the 2008 ``<martif>`` form, which Translate Toolkit
(and so Weblate) and most CAT tools import: one ``termEntry`` per concept, one
``langSet`` per language, one ``tig`` per term with the standard data
categories ``termType`` (fullForm, acronym, shortForm, variant),
``administrativeStatus`` (preferred, admitted, deprecated = forbidden),
``grammaticalGender`` and ``grammaticalNumber``.  What TBX has no category for
(cue words, the default reading of a short form, do-not-translate, article use,
the rule for an acronym in parentheses) travels in ``x-``-prefixed categories
that other tools ignore.

Import reads both that form and TBX v3 (``<tbx>``, ``conceptEntry`` /
``langSec`` / ``termSec``).  A langSet without termType notes is read the
simple way: first term approved, later ones accepted variants.  Parsing uses
expat directly, so every error carries its line, and DTDs/entities are refused.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from cms_i18n.errors import InputError
from cms_i18n.glossary import build
from cms_i18n.glossary.csvfile import PAREN_FLAG
from cms_i18n.glossary.model import PAREN_RULES, Concept, Origin, TargetEntry, Term

_GENDER_OUT = {"m": "masculine", "f": "feminine", "n": "neuter"}
_NUMBER_OUT = {"sg": "singular", "pl": "plural"}
_FORBIDDEN = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "notrecommendedterm-admn-sts",
              "forbidden", "deprecated"}
_ID_JUNK = re.compile(r"[^A-Za-z0-9_.-]+")
_ACRONYM = {"acronym", "abbreviation", "initialism"}
#: TBX nests about ten elements deep (martif, text, body, termEntry, langSet, tig,
#: term, inline markup); far deeper is hostile, and walking it would overflow.
MAX_DEPTH = 100


@dataclass
class _El:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_El] = field(default_factory=list)
    text: str = ""
    tail: str = ""

    def all(self, *tags: str) -> list[_El]:
        return [c for c in self.children if c.tag in tags]

    def first(self, *tags: str) -> _El | None:
        found = self.all(*tags)
        return found[0] if found else None

    def deep_text(self) -> str:
        return self.text + "".join(c.deep_text() + c.tail for c in self.children)


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1] if not name.startswith("xml:") else name


def _parse(data: bytes, path: Path) -> _El:
    parser = xml.parsers.expat.ParserCreate()
    stack: list[_El] = []
    root: list[_El] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise InputError(f"elements nested more than {MAX_DEPTH} deep; a termbase is a "
                             "few levels deep", path=path, line=parser.CurrentLineNumber)
        el = _El(_local(tag), {_local(k): v for k, v in attrs.items()}, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(el)
        else:
            root.append(el)
        stack.append(el)

    def end(tag: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if stack:
            el = stack[-1]
            if el.children:         # mixed content: <term>A<hi>B</hi>C</term>
                el.children[-1].tail += text
            else:
                el.text += text

    def refuse(*_args: object) -> None:
        raise InputError("TBX files with DTD declarations or entities are not accepted",
                         path=path, line=parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise InputError(f"malformed XML: {xml.parsers.expat.errors.messages[exc.code]}",
                         path=path, line=exc.lineno) from None
    return root[0]


def read_tbx(path: Path, source_lang: str = "en") -> tuple[str, list[Concept]]:
    """Parse a TBX file into (source language, concepts)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read glossary: {exc.strerror}", path=path) from None
    root = _parse(data, path)
    if root.tag not in ("martif", "tbx"):
        raise InputError(f"not a TBX file (root element <{root.tag}>)", path=path, line=root.line)
    text = root.first("text")
    body = text.first("body") if text else None
    if body is None:
        raise InputError("TBX file without <text><body>", path=path, line=root.line)
    doc_lang = root.attrs.get("xml:lang")
    if doc_lang:
        source_lang = build.check_lang(doc_lang, Origin(str(path), root.line))
    concepts = [_entry(e, path, source_lang) for e in body.all("termEntry", "conceptEntry")]
    return source_lang, concepts


def _cats(el: _El) -> dict[str, list[str]]:
    """Data categories directly under ``el``: termNote/descrip/admin/note by type."""
    out: dict[str, list[str]] = {}
    for child in el.children:
        if child.tag in ("termNote", "descrip", "admin", "termCompList"):
            kind = child.attrs.get("type", "")
            out.setdefault(kind, []).append(" ".join(child.deep_text().split()))
        elif child.tag == "note":
            out.setdefault("note", []).append(" ".join(child.deep_text().split()))
        elif child.tag in ("descripGrp", "adminGrp", "termNoteGrp"):
            for k, v in _cats(child).items():
                out.setdefault(k, []).extend(v)
    return out


def _entry(el: _El, path: Path, source_lang: str) -> Concept:
    origin = Origin(str(path), el.line)
    raw_id = el.attrs.get("id") or _first_term(el)
    if not raw_id:
        raise build.fail(f"<{el.tag}> without an id or any term", origin)
    cid = build.check_id(_ID_JUNK.sub("_", raw_id.strip()).strip("_") or "concept", origin)
    cats = _cats(el)
    names: list[str] = []
    acronyms: list[str] = []
    short: list[str] = []
    targets: dict[str, TargetEntry] = {}
    src_gram: tuple[str | None, str] = (None, "sg")
    for ls in el.all("langSet", "langSec"):
        lorigin = Origin(str(path), ls.line)
        raw_lang = ls.attrs.get("xml:lang") or ls.attrs.get("lang")
        if not raw_lang:
            raise build.fail(f"<{ls.tag}> without xml:lang in concept {cid}", lorigin)
        lang = build.check_lang(raw_lang, lorigin)
        terms = []
        for tig in ls.all("tig", "ntig", "termSec"):
            holder = tig.first("termGrp") or tig
            tel = holder.first("term")
            if tel is None:
                raise build.fail(f"<{tig.tag}> without <term> in concept {cid}",
                                 Origin(str(path), tig.line))
            tcats = _cats(holder)
            for k, v in _cats(tig).items():
                if holder is not tig:
                    tcats.setdefault(k, []).extend(v)
            terms.append((build.check_text(tel.deep_text(), "term", Origin(str(path), tel.line)),
                          tcats, Origin(str(path), tel.line)))
        if not terms:
            raise build.fail(f"concept {cid} has an empty {lang} entry", lorigin)
        lcats = _cats(ls)
        if lang == source_lang:
            for i, (text, tc, torigin) in enumerate(terms):
                ttype = _one(tc, "termType").lower()
                if ttype in _ACRONYM:
                    acronyms.append(text)
                elif ttype == "shortform":
                    short.append(text)
                else:
                    names.append(text)
                if i == 0 and (tc.get("grammaticalGender") or tc.get("grammaticalNumber")):
                    src_gram = (build.check_gender(_one(tc, "grammaticalGender"), torigin),
                                build.check_number(_one(tc, "grammaticalNumber"), torigin))
            continue
        targets[lang] = _target(cid, lang, terms, lcats, lorigin)
    flags = {v.lower() for v in cats.get("x-flag", [])}
    translate = "do-not-translate" not in flags
    if not (names or acronyms or short):
        raise build.fail(f"concept {cid} has no {source_lang} terms", origin)
    enforce = "not-enforced" not in flags
    if translate and enforce and not targets:
        raise build.fail(f"concept {cid} has no target-language terms", origin)
    return Concept(
        id=cid, names=build.unique(names, "name", origin),
        acronyms=build.unique(acronyms, "acronym", origin, fold=False),
        short=build.unique(short, "short form", origin, fold=False), default="default" in flags,
        cues=build.unique([c for c in cats.get("x-cue", []) if c], "cue", origin, fold=False),
        note=" ".join(cats.get("note", []) + cats.get("definition", [])),
        translate=translate, enforce=enforce, gender=src_gram[0] if not translate else None,
        number=src_gram[1] if not translate else "sg", targets=targets, origin=origin,
    )


def _first_term(el: _El) -> str:
    """Fallback id for entries without one: their first term."""
    for ls in el.all("langSet", "langSec"):
        for tig in ls.all("tig", "ntig", "termSec"):
            tel = (tig.first("termGrp") or tig).first("term")
            if tel is not None:
                return tel.deep_text()
    return ""


def _one(cats: dict[str, list[str]], key: str) -> str:
    values = cats.get(key)
    return values[0] if values else ""


def _target(cid: str, lang: str, terms: list[tuple[str, dict[str, list[str]], Origin]],
            lcats: dict[str, list[str]], origin: Origin) -> TargetEntry:
    name: Term | None = None
    acronym: Term | None = None
    variants: list[str] = []
    short: list[str] = []
    forbidden: list[str] = []
    typed = any(tc.get("termType") or tc.get("administrativeStatus") for _, tc, _ in terms)
    for text, tc, torigin in terms:
        status = _one(tc, "administrativeStatus").lower()
        ttype = _one(tc, "termType").lower()
        gram = (_one(tc, "grammaticalGender") or None, _one(tc, "grammaticalNumber") or None)
        if status in _FORBIDDEN:
            forbidden.append(text)
        elif ttype == "shortform":
            short.append(text)
        elif ttype in _ACRONYM and acronym is None and "admitted" not in status:
            acronym = build.term(text, *gram, torigin, "acronym")
        elif name is None and (not typed or (ttype in ("fullform", "")
                                             and "admitted" not in status)):
            name = build.term(text, *gram, torigin, "name")
        else:
            variants.append(text)
    if name is None and acronym is not None:
        name, acronym = acronym, None
    if name is None:
        raise build.fail(f"concept {cid} has no approved {lang} term", origin)
    if acronym is not None and acronym.gender is None and name.gender:
        acronym = Term(acronym.text, name.gender, name.number)
    flags = {v.lower() for v in lcats.get("x-flag", [])}
    paren = "target"
    for flag in flags:
        if flag.startswith(PAREN_FLAG):
            paren = flag[len(PAREN_FLAG):].strip()
            if paren not in PAREN_RULES:
                raise build.fail(f"{PAREN_FLAG} must be one of {', '.join(PAREN_RULES)}, "
                                 f"not {paren!r}", origin)
    return TargetEntry(
        lang=lang, name=name, acronym=acronym,
        variants=build.unique(variants, "variant", origin, fold=False),
        short=build.unique(short, "short form", origin, fold=False),
        forbidden=build.unique(forbidden, "forbidden rendering", origin, fold=False),
        note=" ".join(lcats.get("note", [])), article="no-article" not in flags, paren=paren,
        origin=origin,
    )


def dump_tbx(concepts: list[Concept], source_lang: str = "en") -> str:
    """TBX-Basic (martif) text; :func:`read_tbx` reads it back to equal concepts."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<martif type="TBX-Basic" xml:lang={quoteattr(source_lang)}>',
           "  <martifHeader>",
           "    <fileDesc><sourceDesc><p>cms-i18n controlled glossary</p></sourceDesc></fileDesc>",
           "  </martifHeader>",
           "  <text>",
           "    <body>"]
    for c in concepts:
        out.append(f"      <termEntry id={quoteattr(c.id)}>")
        if c.note:
            out.append(f"        <note>{escape(c.note)}</note>")
        for cue in c.cues:
            out.append(f'        <descrip type="x-cue">{escape(cue)}</descrip>')
        if c.default:
            out.append('        <admin type="x-flag">default</admin>')
        if not c.translate:
            out.append('        <admin type="x-flag">do-not-translate</admin>')
        if not c.enforce:
            out.append('        <admin type="x-flag">not-enforced</admin>')
        out.append(f"        <langSet xml:lang={quoteattr(source_lang)}>")
        src_gram = Term("", c.gender, c.number) if not c.translate else None
        for i, name in enumerate(c.names):
            out += _tig(name, "fullForm" if i == 0 else "variant",
                        "preferredTerm-admn-sts" if i == 0 else "admittedTerm-admn-sts",
                        src_gram if i == 0 else None)
        for acro in c.acronyms:
            out += _tig(acro, "acronym", "admittedTerm-admn-sts", None)
        for s in c.short:
            out += _tig(s, "shortForm", "admittedTerm-admn-sts", None)
        out.append("        </langSet>")
        for lang, e in sorted(c.targets.items()):
            out.append(f"        <langSet xml:lang={quoteattr(lang)}>")
            if e.note:
                out.append(f"          <note>{escape(e.note)}</note>")
            if not e.article:
                out.append('          <admin type="x-flag">no-article</admin>')
            if e.paren != "target":
                out.append(f'          <admin type="x-flag">{PAREN_FLAG} {e.paren}</admin>')
            out += _tig(e.name.text, "fullForm", "preferredTerm-admn-sts", e.name)
            if e.acronym:
                out += _tig(e.acronym.text, "acronym", "preferredTerm-admn-sts", e.acronym)
            for v in e.variants:
                out += _tig(v, "variant", "admittedTerm-admn-sts", None)
            for s in e.short:
                out += _tig(s, "shortForm", "admittedTerm-admn-sts", None)
            for f in e.forbidden:
                out += _tig(f, "variant", "deprecatedTerm-admn-sts", None)
            out.append("        </langSet>")
        out.append("      </termEntry>")
    out += ["    </body>", "  </text>", "</martif>", ""]
    return "\n".join(out)


def _tig(text: str, ttype: str, status: str, gram: Term | None) -> list[str]:
    lines = ["          <tig>", f"            <term>{escape(text)}</term>",
             f'            <termNote type="termType">{ttype}</termNote>',
             f'            <termNote type="administrativeStatus">{status}</termNote>']
    if gram is not None and gram.gender:
        lines.append(f'            <termNote type="grammaticalGender">'
                     f'{_GENDER_OUT[gram.gender]}</termNote>')
    if gram is not None and (gram.gender or gram.number != "sg"):
        lines.append(f'            <termNote type="grammaticalNumber">'
                     f'{_NUMBER_OUT[gram.number]}</termNote>')
    lines.append("          </tig>")
    return lines
