"""CSV interchange: one row per term, easy to edit in a spreadsheet.

Columns: ``concept_id, lang, term, kind, gender, number, note`` (only the first
four are required; others such as ``source_url`` or ``confidence`` are ignored,
so ``../shared/data/entity-names.csv`` imports as is).

``kind`` is one of

* ``full`` – the approved name (source language: the canonical name);
* ``variant`` – source: another way of writing the name (spelling, possessive);
  target: an accepted variant, never produced by enforcement;
* ``acronym`` – the approved acronym (a second one in a target language is
  kept as an accepted variant);
* ``short`` – an ambiguous short form ("Security Council");
* ``forbidden`` – a rendering to flag (target languages);
* ``cue`` – a source word that points to this concept near a short form;
* ``note`` – a note for editors (``lang`` empty: about the concept);
* ``flag`` – ``default`` (default reading of its short forms), ``not-enforced``
  (another body sharing a short form: evidence only),
  ``do-not-translate``, or, with a target ``lang``, ``no-article`` and
  ``acronym-in-parentheses: RULE`` (``keep``, ``drop``, ``target-or-keep``;
  ``target`` when absent).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cms_i18n.errors import InputError
from cms_i18n.glossary import build
from cms_i18n.glossary.model import PAREN_RULES, Concept, Origin, TargetEntry, Term

COLUMNS = ("concept_id", "lang", "term", "kind", "gender", "number", "note")
KINDS = ("full", "variant", "acronym", "short", "forbidden", "cue", "note", "flag")
FLAGS = ("default", "do-not-translate", "not-enforced", "no-article")
PAREN_FLAG = "acronym-in-parentheses:"


@dataclass
class _Draft:
    origin: Origin
    names: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    gender: str | None = None
    number: str = "sg"
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)


def read_csv(path: Path, source_lang: str = "en") -> tuple[str, list[Concept]]:
    """Parse a CSV glossary into (source language, concepts), in first-seen order."""
    text = build.read_text(path)
    # strict: a quote opened and never closed is an error, not a field that
    # swallows every following line and leaves a misleading complaint about them.
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = reader.fieldnames or []
    missing = [c for c in COLUMNS[:4] if c not in header]
    if missing:
        raise InputError(f"CSV header lacks column(s) {', '.join(missing)} "
                         f"(expected {', '.join(COLUMNS)})", path=path, line=1)
    drafts: dict[str, _Draft] = {}
    started = reader.line_num + 1
    try:
        for row in reader:
            _row(row, Origin(str(path), reader.line_num), drafts, source_lang)
            started = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise InputError('a quoted field is never closed (a " without its closing "); '
                             "it starts on this line", path=path, line=started) from None
        raise InputError(f"malformed CSV: {exc}", path=path, line=started) from None
    return source_lang, [_finish(cid, d) for cid, d in drafts.items()]


def _row(row: dict[str, str | None], origin: Origin, drafts: dict[str, _Draft],
         source_lang: str) -> None:
    if None in row:
        raise build.fail("row has more fields than the header", origin)
    values = {k: (v or "").strip() for k, v in row.items()}
    if not any(values.values()):
        return
    cid = build.check_id(values["concept_id"], origin)
    kind = values["kind"].lower()
    if kind not in KINDS:
        raise build.fail(f"unknown kind {values['kind']!r} (expected one of {', '.join(KINDS)})",
                         origin)
    draft = drafts.setdefault(cid, _Draft(origin))
    lang = build.check_lang(values["lang"], origin) if values["lang"] else ""
    text = values["term"]
    note = values.get("note", "")
    if kind == "note":
        text = build.check_text(text or note, "note", origin)
        if lang and lang != source_lang:
            _target(draft, lang, origin)["notes"].append(text)
        else:
            draft.notes.append(text)
        return
    if kind == "flag" and text.startswith(PAREN_FLAG):
        rule = text[len(PAREN_FLAG):].strip()
        if not lang or lang == source_lang:
            raise build.fail(f"flag {PAREN_FLAG} needs a target language", origin)
        if rule not in PAREN_RULES:
            raise build.fail(f"{PAREN_FLAG} must be one of {', '.join(PAREN_RULES)}, not {rule!r}",
                             origin)
        _target(draft, lang, origin)["paren"] = rule
        return
    if kind == "flag":
        if text not in FLAGS:
            raise build.fail(f"unknown flag {text!r} (expected one of {', '.join(FLAGS)})", origin)
        if text == "no-article":
            if not lang or lang == source_lang:
                raise build.fail("flag no-article needs a target language", origin)
            _target(draft, lang, origin)["article"] = False
        else:
            draft.flags.add(text)
        return
    if not lang:
        raise build.fail(f"{kind} row without a language", origin)
    text = build.check_text(text, kind, origin)
    if lang == source_lang:
        if kind == "full":
            draft.names.insert(0, text)
            if values.get("gender") or values.get("number"):   # do-not-translate grammar
                draft.gender = values.get("gender") or None
                draft.number = build.check_number(values.get("number"), origin)
        elif kind == "variant":
            draft.names.append(text)
        elif kind == "acronym":
            draft.acronyms.append(text)
        elif kind == "short":
            draft.short.append(text)
        elif kind == "cue":
            draft.cues.append(text)
        else:
            raise build.fail(f"kind {kind} is for target languages, not the source", origin)
        if note:
            draft.notes.append(f"{text}: {note}")
        return
    entry = _target(draft, lang, origin)
    if kind == "cue":
        raise build.fail("cues are source-language words", origin)
    gram = (values.get("gender") or None, values.get("number") or None)
    if kind == "full":
        if entry["name"] is not None:
            raise build.fail(f"concept {cid} has two full names in {lang}", origin)
        entry["name"] = build.term(text, *gram, origin, "name")
    elif kind == "acronym":
        if entry["acronym"] is None:
            entry["acronym"] = build.term(text, *gram, origin, "acronym")
        else:
            entry["variants"].append(text)
    elif kind == "variant":
        entry["variants"].append(text)
    elif kind == "short":
        entry["short"].append(text)
    elif kind == "forbidden":
        entry["forbidden"].append(text)
    if note:
        entry["notes"].append(f"{text}: {note}")


def _target(draft: _Draft, lang: str, origin: Origin) -> dict[str, Any]:
    return draft.targets.setdefault(lang, {
        "name": None, "acronym": None, "variants": [], "short": [], "forbidden": [],
        "notes": [], "article": True, "paren": "target", "origin": origin,
    })


def _finish(cid: str, d: _Draft) -> Concept:
    translate = "do-not-translate" not in d.flags
    if not (d.names or d.acronyms or d.short):
        raise build.fail(f"concept {cid} has no source-language forms", d.origin)
    enforce = "not-enforced" not in d.flags
    if translate and enforce and not d.targets:
        raise build.fail(f"concept {cid} has no target-language terms", d.origin)
    targets = {}
    for lang, e in d.targets.items():
        origin = e["origin"]
        assert isinstance(origin, Origin)
        name, acronym = e["name"], e["acronym"]
        if name is None and acronym is None:
            raise build.fail(f"concept {cid} has no full name or acronym in {lang}", origin)
        if name is None:    # e.g. BRICS: the acronym is the name
            name = acronym
        assert isinstance(name, Term)
        if isinstance(acronym, Term) and acronym.gender is None and name.gender:
            acronym = Term(acronym.text, name.gender, name.number)
        targets[lang] = TargetEntry(
            lang=lang, name=name, acronym=acronym if acronym != name else None,
            variants=build.unique(e["variants"], "variant", origin, fold=False),
            short=build.unique(e["short"], "short form", origin, fold=False),
            forbidden=build.unique(e["forbidden"], "forbidden rendering", origin, fold=False),
            note="; ".join(e["notes"]),
            article=bool(e["article"]), paren=str(e["paren"]), origin=origin,
        )
    return Concept(
        id=cid, names=build.unique(d.names, "name", d.origin),
        acronyms=build.unique(d.acronyms, "acronym", d.origin, fold=False),
        short=build.unique(d.short, "short form", d.origin, fold=False),
        default="default" in d.flags,
        cues=build.unique(d.cues, "cue", d.origin, fold=False), note="; ".join(d.notes),
        translate=translate, enforce=enforce,
        gender=build.check_gender(d.gender, d.origin) if not translate else None,
        number=d.number if not translate else "sg", targets=targets, origin=d.origin,
    )


def dump_csv(concepts: list[Concept], source_lang: str = "en") -> str:
    """CSV text for ``concepts``; :func:`read_csv` reads it back to equal concepts."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for c in concepts:
        src_gender = (c.gender or "", c.number) if not c.translate else ("", "")
        for i, name in enumerate(c.names):
            w.writerow((c.id, source_lang, name, "full" if i == 0 else "variant",
                        *(src_gender if i == 0 else ("", "")), ""))
        for acro in c.acronyms:
            w.writerow((c.id, source_lang, acro, "acronym", "", "", ""))
        for short in c.short:
            w.writerow((c.id, source_lang, short, "short", "", "", ""))
        for cue in c.cues:
            w.writerow((c.id, source_lang, cue, "cue", "", "", ""))
        if c.default:
            w.writerow((c.id, "", "default", "flag", "", "", ""))
        if not c.translate:
            w.writerow((c.id, "", "do-not-translate", "flag", "", "", ""))
        if not c.enforce:
            w.writerow((c.id, "", "not-enforced", "flag", "", "", ""))
        if c.note:
            w.writerow((c.id, "", c.note, "note", "", "", ""))
        for lang, e in sorted(c.targets.items()):
            w.writerow((c.id, lang, e.name.text, "full", e.name.gender or "", e.name.number, ""))
            if e.acronym:
                w.writerow((c.id, lang, e.acronym.text, "acronym", e.acronym.gender or "",
                            e.acronym.number, ""))
            for kind, forms in (("variant", e.variants), ("short", e.short),
                                ("forbidden", e.forbidden)):
                for form in forms:
                    w.writerow((c.id, lang, form, kind, "", "", ""))
            if not e.article:
                w.writerow((c.id, lang, "no-article", "flag", "", "", ""))
            if e.paren != "target":
                w.writerow((c.id, lang, f"{PAREN_FLAG} {e.paren}", "flag", "", "", ""))
            if e.note:
                w.writerow((c.id, lang, e.note, "note", "", "", ""))
    return out.getvalue()
