"""The native glossary format: YAML, one concept per entry.

.. code-block:: yaml

    source_lang: en
    concepts:
      - id: SCO
        names: [Shanghai Cooperation Organisation, Shanghai Cooperation Organization]
        acronyms: [SCO]
        note: Russian and Chinese are the working languages.
        targets:
          es:
            name: Organización de Cooperación de Shanghai
            acronym: OCS
            gender: f
            number: sg
            variants: [Organización de Cooperación de Shanghái]
            forbidden: [Organización de Cooperación del Shanghai]

Settings that hold for every concept of the file in one target language sit
in a ``languages`` block; a target entry may override them:

.. code-block:: yaml

    languages:
      es: {acronym_in_parentheses: target}    # target | keep | drop | target-or-keep

The file is read node by node so that every error names its line, and scalars
are taken as written ("no" stays the string "no", not False).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from cms_i18n import safeyaml
from cms_i18n.errors import InputError
from cms_i18n.glossary import build
from cms_i18n.glossary.model import PAREN_RULES, Concept, Origin, TargetEntry

CONCEPT_KEYS = {"id", "names", "acronyms", "short", "default", "cues", "note", "translate",
                "enforce",
                "gender", "number", "targets"}
TARGET_KEYS = {"name", "acronym", "gender", "number", "acronym_gender", "acronym_number",
               "variants", "short", "forbidden", "note", "article", "acronym_in_parentheses"}
TOP_KEYS = {"source_lang", "concepts", "description", "languages"}
LANGUAGE_KEYS = {"acronym_in_parentheses"}
_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def at(self, node: yaml.Node) -> Origin:
        return Origin(str(self.path), node.start_mark.line + 1)

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]
                ) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise build.fail(f"{what} must be a mapping", self.at(node))
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.string(key_node, "key")
            if key in out:
                raise build.fail(f"duplicate key {key!r} in {what}", self.at(key_node))
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise build.fail(f"unknown key {key!r} in {what} (known: {known})",
                                 self.at(key_node))
            out[key] = value_node
        return out

    def string(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise build.fail(f"{what} must be text", self.at(node))
        return str(node.value)

    def strings(self, node: yaml.Node, what: str, fold: bool = True) -> tuple[str, ...]:
        if isinstance(node, yaml.ScalarNode):
            return (build.check_text(self.string(node, what), what, self.at(node)),)
        if not isinstance(node, yaml.SequenceNode):
            raise build.fail(f"{what} must be text or a list of texts", self.at(node))
        values = tuple(build.check_text(self.string(n, what), what, self.at(n)) for n in node.value)
        return build.unique(values, what, self.at(node), fold=fold)

    def choice(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> str:
        value = self.string(node, what)
        if value not in allowed:
            raise build.fail(f"{what} must be one of {', '.join(allowed)}, not {value!r}",
                             self.at(node))
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool:
        value = self.string(node, what).lower()
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        raise build.fail(f"{what} must be true or false, not {value!r}", self.at(node))


def read_yaml(path: Path, default_source: str = "en") -> tuple[str, list[Concept]]:
    """Parse one YAML glossary file into (source language, concepts)."""
    text = build.read_text(path)
    try:
        root = safeyaml.compose(text, duplicates_checked_by_caller=True)
    except yaml.YAMLError as exc:
        # the one wording the settings and front matter use too: a bracket left open is
        # named on the line that opens it
        message, line = safeyaml.describe_error(exc, text)
        raise InputError(message, path=path, line=line) from None
    if root is None:
        return default_source, []
    r = _Reader(path)
    top = r.mapping(root, "the glossary file", TOP_KEYS)
    source = default_source
    if "source_lang" in top:
        source = build.check_lang(r.string(top["source_lang"], "source_lang"),
                                  r.at(top["source_lang"]))
    seq = top.get("concepts")
    if seq is None:
        raise build.fail("missing 'concepts' list", r.at(root))
    if not isinstance(seq, yaml.SequenceNode):
        raise build.fail("'concepts' must be a list", r.at(seq))
    parens = _languages(r, top["languages"], source) if "languages" in top else {}
    return source, [_concept(r, node, source, parens) for node in seq.value]


def _languages(r: _Reader, node: yaml.Node, source: str) -> dict[str, str]:
    """The file's per-language settings: language → rule for an acronym in parentheses."""
    if not isinstance(node, yaml.MappingNode):
        raise build.fail("'languages' must map language codes to settings", r.at(node))
    parens: dict[str, str] = {}
    for key_node, value_node in node.value:
        lang = build.check_lang(r.string(key_node, "language"), r.at(key_node))
        if lang in parens or lang == source:
            raise build.fail(f"language {lang} given twice" if lang in parens else
                             f"{lang} is the source language", r.at(key_node))
        settings = r.mapping(value_node, f"the settings of {lang}", LANGUAGE_KEYS)
        parens[lang] = r.choice(settings["acronym_in_parentheses"], "acronym_in_parentheses",
                                PAREN_RULES) if "acronym_in_parentheses" in settings \
            else "target"
    return parens


def _concept(r: _Reader, node: yaml.Node, source: str, parens: dict[str, str]) -> Concept:
    fields = r.mapping(node, "a concept", CONCEPT_KEYS)
    origin = r.at(node)
    if "id" not in fields:
        raise build.fail("concept without an 'id'", origin)
    cid = build.check_id(r.string(fields["id"], "id"), r.at(fields["id"]))
    names = r.strings(fields["names"], "name") if "names" in fields else ()
    acronyms = r.strings(fields["acronyms"], "acronym", fold=False) if "acronyms" in fields else ()
    short = r.strings(fields["short"], "short form", False) if "short" in fields else ()
    if not (names or acronyms or short):
        raise build.fail(f"concept {cid} has no source forms (names, acronyms or short)", origin)
    translate = r.boolean(fields["translate"], "translate") if "translate" in fields else True
    default = r.boolean(fields["default"], "default") if "default" in fields else False
    enforce = r.boolean(fields["enforce"], "enforce") if "enforce" in fields else True
    if default and not short:
        raise build.fail(f"concept {cid}: 'default' only applies to short forms",
                         r.at(fields["default"]))
    targets: dict[str, TargetEntry] = {}
    if "targets" in fields:
        tnode = fields["targets"]
        if not isinstance(tnode, yaml.MappingNode):
            raise build.fail("'targets' must map language codes to entries", r.at(tnode))
        for key_node, value_node in tnode.value:
            lang = build.check_lang(r.string(key_node, "language"), r.at(key_node))
            if lang in targets:
                raise build.fail(f"concept {cid}: language {lang} given twice", r.at(key_node))
            if lang == source:
                raise build.fail(f"concept {cid}: {lang} is the source language; list its forms "
                                 "under names/acronyms", r.at(key_node))
            targets[lang] = _target(r, value_node, lang, cid, parens.get(lang, "target"))
    elif translate and enforce:
        raise build.fail(f"concept {cid} has no targets (add some, or 'translate: false')", origin)
    gender = build.check_gender(r.string(fields["gender"], "gender"), r.at(fields["gender"])) \
        if "gender" in fields else None
    number = build.check_number(r.string(fields["number"], "number"), r.at(fields["number"])) \
        if "number" in fields else "sg"
    return Concept(
        id=cid, names=names, acronyms=acronyms, short=short, default=default,
        cues=r.strings(fields["cues"], "cue", False) if "cues" in fields else (),
        note=" ".join(r.string(fields["note"], "note").split()) if "note" in fields else "",
        translate=translate, enforce=enforce, gender=gender, number=number, targets=targets,
        origin=origin,
    )


def _target(r: _Reader, node: yaml.Node, lang: str, cid: str, paren: str) -> TargetEntry:
    if isinstance(node, yaml.ScalarNode):   # shorthand: `de: Afrikanische Union`
        origin = r.at(node)
        return TargetEntry(lang, build.term(r.string(node, "name"), None, None, origin, "name"),
                           paren=paren, origin=origin)
    f = r.mapping(node, f"the {lang} entry of {cid}", TARGET_KEYS)
    origin = r.at(node)
    if "name" not in f:
        raise build.fail(f"concept {cid}: the {lang} entry has no 'name'", origin)

    def text(key: str) -> str | None:
        return r.string(f[key], key) if key in f else None

    name = build.term(r.string(f["name"], "name"), text("gender"), text("number"), r.at(f["name"]),
                      "name")
    acronym = None
    if "acronym" in f:
        acronym = build.term(r.string(f["acronym"], "acronym"),
                             text("acronym_gender") or name.gender,
                             text("acronym_number") or name.number, r.at(f["acronym"]), "acronym")
    elif "acronym_gender" in f or "acronym_number" in f:
        raise build.fail(f"concept {cid}: acronym grammar given without an acronym", origin)
    return TargetEntry(
        lang=lang, name=name, acronym=acronym,
        variants=r.strings(f["variants"], "variant", False) if "variants" in f else (),
        short=r.strings(f["short"], "short form", False) if "short" in f else (),
        forbidden=r.strings(f["forbidden"], "forbidden rendering", False)
        if "forbidden" in f else (),
        note=" ".join((text("note") or "").split()),
        article=r.boolean(f["article"], "article") if "article" in f else True,
        paren=r.choice(f["acronym_in_parentheses"], "acronym_in_parentheses", PAREN_RULES)
        if "acronym_in_parentheses" in f else paren,
        origin=origin,
    )


def dump_yaml(concepts: list[Concept], source_lang: str = "en", header: str = "") -> str:
    """The native YAML text for ``concepts`` (what ``glossary import`` writes)."""
    data = {"source_lang": source_lang, "concepts": [c.as_dict() for c in concepts]}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100,
                          default_flow_style=None)
    lines = [f"# {line}".rstrip() for line in header.splitlines()] if header else []
    return "\n".join([*lines, body]) if lines else body
