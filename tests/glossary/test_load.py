"""Loading glossary files: every mistake is a one-line InputError naming file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cms_i18n.errors import InputError
from cms_i18n.glossary import cached_glossary, load_glossary
from cms_i18n.glossary.load import collect

GOOD = """\
source_lang: en
concepts:
  - id: AU
    names: [African Union]
    acronyms: [AU]
    targets:
      es: {name: Unión Africana, acronym: UA, gender: f, number: sg}
"""


def error(tmp_file: Path) -> InputError:
    with pytest.raises(InputError) as info:
        load_glossary(tmp_file.parent)
    return info.value


def test_a_good_file_loads(write: Callable[[str, str], Path]) -> None:
    path = write("g.yaml", GOOD)
    glossary = load_glossary(path.parent)
    au = glossary.get("AU")
    assert au is not None and au.targets["es"].acronym is not None
    assert au.targets["es"].acronym.gender == "f"        # inherited from the name
    assert glossary.languages == {"es"}
    assert load_glossary(path).version == glossary.version   # a file or its folder


# (file content, expected line, words the message must contain)
BROKEN = [
    # a bracket left open is named where it opens, as in the settings and front matter
    ("concepts:\n  - id: AU\n    names: [African Union\n", 3, ["invalid YAML", "'['"]),
    ("concepts:\n  - id: AU\n    names: [African Union\n    acronyms: [AU]\n", 3,
     ["invalid YAML: the '[' opened on this line is not closed before line 4"]),
    (GOOD.replace("    acronyms: [AU]\n", "    acronym: [AU]\n"), 5, ["unknown key 'acronym'"]),
    (GOOD.replace("gender: f", "gender: x"), 7, ["gender must be one of"]),
    (GOOD.replace("number: sg", "number: dual"), 7, ["number must be one of"]),
    (GOOD.replace("  - id: AU\n", "  - id: 'A U'\n"), 3, ["invalid concept id"]),
    (GOOD.replace("  - id: AU\n", "  - note: no id\n"), 3, ["concept without an 'id'"]),
    (GOOD.replace("      es: {name: Unión Africana, ", "      es: {"), 7, ["has no 'name'"]),
    (GOOD.replace("      es:", "      xx-invalid-code:"), 7, ["unknown language code"]),
    (GOOD.replace("    names: [African Union]\n    acronyms: [AU]\n", ""), 3,
     ["no source forms"]),
    (GOOD + "      es: {name: Otra}\n", 8, ["given twice"]),
    (GOOD.replace("acronyms: [AU]", "acronyms: [AU, AU]"), 5, ["listed twice"]),
    (GOOD.replace("number: sg}", "number: sg, forbidden: [UA]}"), 7,
     ["both allowed and forbidden"]),
    (GOOD.replace("    acronyms: [AU]\n", "    acronyms: [AU]\n    acronyms: [UA]\n"), 6,
     ["duplicate key"]),
    ("concepts: {id: AU}\n", 1, ["'concepts' must be a list"]),
    ("- id: AU\n", 1, ["must be a mapping"]),
    # the rule for an acronym in parentheses: per language, and per entry
    (GOOD.replace("concepts:\n", "languages:\n  es: {acronym_in_parentheses: maybe}\n"
                  "concepts:\n"), 3,
     ["acronym_in_parentheses must be one of target, keep, drop, target-or-keep, not 'maybe'"]),
    (GOOD.replace("number: sg}", "number: sg, acronym_in_parentheses: both}"), 7,
     ["acronym_in_parentheses must be one of"]),
    (GOOD.replace("concepts:\n", "languages:\n  es: {acronym_in_parenthesis: keep}\n"
                  "concepts:\n"), 3, ["unknown key 'acronym_in_parenthesis'"]),
    (GOOD.replace("concepts:\n", "languages: [es]\nconcepts:\n"), 2,
     ["'languages' must map language codes"]),
    (GOOD.replace("concepts:\n", "languages:\n  en: {acronym_in_parentheses: keep}\n"
                  "concepts:\n"), 3, ["en is the source language"]),
]


@pytest.mark.parametrize(("text", "line", "words"), BROKEN,
                         ids=[b[2][0] for b in BROKEN])
def test_yaml_errors_name_file_and_line(write: Callable[[str, str], Path], text: str, line: int,
                                        words: list[str]) -> None:
    path = write("bad.yaml", text)
    err = error(path)
    assert err.path == str(path)
    assert err.line == line
    for word in words:
        assert word in err.message
    assert "\n" not in err.format()


def test_a_language_rule_for_acronyms_in_parentheses_an_entry_may_override(
        write: Callable[[str, str], Path]) -> None:
    path = write("g.yaml", GOOD.replace("concepts:\n", "languages:\n"
                                        "  es: {acronym_in_parentheses: keep}\n"
                                        "  fr: {acronym_in_parentheses: drop}\nconcepts:\n")
                 + "      fr: {name: Union africaine, acronym: UA, gender: f,"
                   " acronym_in_parentheses: target-or-keep}\n"
                   "      pt: {name: União Africana, gender: f}\n")
    au = load_glossary(path.parent).get("AU")
    assert au is not None
    assert {lang: e.paren for lang, e in au.targets.items()} == {
        "es": "keep", "fr": "target-or-keep", "pt": "target"}


def test_duplicate_id_across_files_points_at_the_second(write) -> None:
    write("a.yaml", GOOD)
    second = write("b.yaml", GOOD)
    err = error(second)
    assert (err.path, err.line) == (str(second), 3)
    assert "duplicate concept id 'AU'" in err.message and "a.yaml:3" in err.message


def test_conflicting_variants_between_concepts(write) -> None:
    other = GOOD.replace("id: AU", "id: AU2").replace("[African Union]", "[Union of Africa]")
    write("a.yaml", GOOD)
    path = write("b.yaml", other)
    err = error(path)
    assert "conflicting variants: acronym 'AU' of AU2 is already acronym of AU" in err.message
    assert err.path == str(path) and err.line == 3


def test_a_name_of_one_concept_may_not_be_a_short_form_of_another(write) -> None:
    path = write("g.yaml", GOOD + """\
  - id: X
    short: [african union]
    targets: {es: {name: Equis, gender: f}}
""")
    assert "short form 'african union' of X is a full name of AU" in error(path).message


def test_two_default_readings_of_one_short_form(write) -> None:
    text = "concepts:\n" + "".join(f"""\
  - id: C{i}
    names: [Council {i}]
    short: [Council]
    default: true
    targets: {{es: {{name: Consejo {i}, gender: m}}}}
""" for i in (1, 2))
    path = write("g.yaml", text)
    assert "more than one default reading (C1, C2)" in error(path).message


def test_shared_short_forms_are_allowed(bundled) -> None:
    shared = [c.id for c in bundled if "Security Council" in c.short]
    assert sorted(shared) == ["NATIONAL_SC", "RUS_SC", "UNSC"]


def test_collect_reports_every_problem_not_just_the_first(write) -> None:
    write("a.yaml", GOOD.replace("gender: f", "gender: x"))
    write("b.csv", "concept_id,lang,term\nX,en,y\n")
    write("c.yaml", GOOD)
    _, errors = collect(Path(write("d.yaml", GOOD.replace("id: AU", "id: ZZ")).parent))
    messages = [e.format() for e in errors]
    assert any("gender must be one of" in m for m in messages)
    assert any("b.csv:1: CSV header lacks column(s) kind" in m for m in messages)
    assert any("conflicting variants" in m for m in messages)


def test_missing_folder_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="glossary not found"):
        load_glossary(tmp_path / "nope")
    odd = tmp_path / "g.json"
    odd.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match=r"unsupported glossary format \.json"):
        load_glossary(odd)


def test_not_utf8(write) -> None:
    # The byte's line and column, as for a content file: a long glossary saved in
    # Latin-1 by a spreadsheet is mended at that line.
    path = write("g.yaml", "")
    path.write_bytes("concepts: []\n# caf\xe9\n".encode("latin-1"))
    problem = error(path)
    assert problem.message.startswith("not valid UTF-8: byte 0xe9 at column 6")
    assert problem.line == 2


def test_a_character_yaml_refuses_is_named_with_its_line(write) -> None:
    path = write("g.yaml", "concepts:\n  - id: x\n    en: [Foo\x00]\n")
    problem = error(path)
    assert "unacceptable character #x0000" in problem.message and problem.line == 3


def test_empty_folder_is_an_empty_glossary(tmp_path: Path) -> None:
    assert len(load_glossary(tmp_path)) == 0


def test_the_bundled_glossary_is_valid_and_complete(bundled) -> None:
    # Catalan and Galician only where a source names the body (see the entries' notes).
    assert bundled.languages == {"es", "fr", "de", "ru", "pt", "it", "ca", "gl"}
    complete = bundled.languages - {"ca", "gl"}
    ids = {c.id for c in bundled}
    # The CSTO's and the SCO's bodies: only the languages whose press a note cites.
    sourced = {"CSTO_CSC": {"es", "fr", "it", "ru"}, "CSTO_CSSC": {"es", "fr", "ru"},
               "CSTO_CMFA": {"es", "fr", "ru"}, "CSTO_CMD": {"es", "fr", "ru"},
               "SCO_CHS": {"es", "fr", "de", "ru", "pt", "it"},
               # Ukraine's council: no Russian source checked names it
               "UA_NSDC": {"es", "fr", "de", "pt", "it"},
               # the secretariats: the noun with the organisation's approved acronym,
               # where the language has one for the organisation (no Catalan for the CSTO)
               "SCO_SEC": {"es", "fr", "de", "ru", "pt", "it", "ca", "gl"},
               "CSTO_SEC": {"es", "fr", "de", "ru", "pt", "it", "gl"},
               # Iran's and the United States' councils (no Catalan or Galician source)
               "IR_SNSC": {"es", "fr", "de", "ru", "it", "pt"},
               "US_NSC": {"es", "fr", "de", "ru", "pt", "it"},
               # the African Union's council: its working languages' press (es, fr)
               "AU_PSC": {"es", "fr"},
               # the SCO's anti-terrorist structure and its executive committee, the CIS's
               # councils of heads of state and of government: the languages whose press
               # or whose bodies' own pages name them
               "SCO_RATS": {"es", "fr", "de", "ru", "pt", "it"},
               "SCO_RATS_EC": {"es", "fr", "ru", "pt"},
               "CIS_CHS": {"es", "fr", "de", "ru", "pt", "it"},
               "CIS_CHG": {"es", "fr", "de", "ru", "it"},
               # the CIS's Anti-Terrorism Center and the CSTO's Joint Staff: the languages
               # whose press names them (no Portuguese text written by a person found)
               "CIS_ATC": {"es", "fr", "de", "ru", "it"},
               "CSTO_JS": {"es", "fr", "de", "ru", "it"},
               # the treaty the CSTO was built on: its names in print
               "CST": {"es", "fr", "de", "ru", "it", "pt"}}
    assert ids == {"SCO", "CSTO", "RUS_SC", "ASEAN", "BRICS", "AU", "LAS", "CIS", "UNSC",
                   "TALIBAN", "GLOBAL_SOUTH", "NATIONAL_SC", "UN", "AUMP_CHURCH", *sourced}
    for concept in bundled:
        if not concept.enforce:
            # evidence for a shared short form, or a longer name that holds a body's
            assert not concept.targets and (concept.cues or concept.names), concept.id
            continue
        if concept.id in sourced:
            assert set(concept.targets) == sourced[concept.id], concept.id
            assert all(e.note for e in concept.targets.values()), concept.id
            continue
        assert complete <= set(concept.targets), concept.id
        for entry in concept.targets.values():
            assert entry.name.gender in ("m", "f", "n"), (concept.id, entry.lang)


def test_acronyms_differing_in_case_are_two_acronyms(write: Callable[[str, str], Path]) -> None:
    # Acronyms match as written, so "Asean" (some British papers) needs its own entry.
    path = write("g.yaml", GOOD.replace("acronyms: [AU]", "acronyms: [AU, Au]"))
    glossary = load_glossary(path.parent)
    [concept] = glossary.concepts
    assert concept.acronyms == ("AU", "Au")
    assert [o.text for o in glossary.matcher.find("The Au and the AU, not the au.")] == \
        ["Au", "AU"]


def test_a_glossary_is_read_once_and_again_when_a_file_changes(
        write: Callable[[str, str], Path]) -> None:
    path = write("g.yaml", GOOD)
    first = cached_glossary(path.parent)
    assert cached_glossary(path.parent) is first                  # no second read
    assert cached_glossary(path.parent / ".") is first            # the same folder
    assert first.get("AU").targets["es"].name.text == "Unión Africana"

    write("g.yaml", GOOD.replace("Unión Africana", "Unión Africana (UA)"))
    changed = cached_glossary(path.parent)
    assert changed is not first
    assert changed.get("AU").targets["es"].name.text == "Unión Africana (UA)"

    write("h.yaml", GOOD.replace("AU", "EU").replace("African Union", "European Union")
          .replace("Unión Africana", "Unión Europea").replace("UA", "UE"))
    added = cached_glossary(path.parent)                          # a file added
    assert added is not changed and added.get("EU") is not None
    (path.parent / "h.yaml").unlink()
    assert cached_glossary(path.parent).get("EU") is None         # and removed


def test_a_broken_glossary_is_never_kept(write: Callable[[str, str], Path]) -> None:
    path = write("g.yaml", GOOD)
    good = cached_glossary(path.parent)
    write("g.yaml", GOOD.replace("gender: f", "gender: q"))
    for _ in range(2):                                # refused each time, not remembered
        with pytest.raises(InputError):
            cached_glossary(path.parent)
    write("g.yaml", GOOD)
    assert cached_glossary(path.parent).version == good.version
