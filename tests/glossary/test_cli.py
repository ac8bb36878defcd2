"""`cms-i18n glossary …` through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cms_i18n.cli import main
from cms_i18n.glossary import load_glossary
from tests.glossary.conftest import BUNDLED


def invoke(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, ["glossary", "--glossary-dir", str(BUNDLED), *args])
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, ["glossary", *args])


def test_validate_the_bundled_glossary() -> None:
    result = invoke("validate")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "ok: 32 concepts in 1 file(s); languages ca, de, es, fr, gl, it, pt, ru")


def test_validate_lists_every_problem_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "g"
    bad.mkdir()
    (bad / "a.yaml").write_text("concepts:\n  - id: A\n    names: [x]\n    colour: red\n",
                                encoding="utf-8")
    (bad / "b.csv").write_text("concept_id,lang,term,kind\nB,en,y,full\nB,es,z,wrong\n",
                               encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "validate", str(bad)])
    assert result.exit_code == 1
    assert f"error: {bad / 'a.yaml'}:4: unknown key 'colour' in a concept" in result.output
    assert f"error: {bad / 'b.csv'}:3: unknown kind 'wrong'" in result.output
    assert "Traceback" not in result.output


def test_list_with_a_language() -> None:
    result = invoke("list", "--lang", "es")
    assert result.exit_code == 0
    line = next(li for li in result.output.splitlines() if li.startswith("SCO "))
    assert "Organización de Cooperación de Shanghai (OCS)  [f/sg]" in line


def test_lookup_a_target_term_and_a_sentence() -> None:
    result = invoke("lookup", "OTSC", "--lang", "es")
    assert result.exit_code == 0
    assert "'OTSC' is the es acronym of CSTO" in result.output
    assert "es: Organización del Tratado de Seguridad Colectiva (OTSC)  [f/sg]" in result.output
    assert "fr:" not in result.output
    result = invoke("lookup", "Shoigu, secretary of the Security Council, said")
    assert "'Security Council' at 25: RUS_SC, short (cue words in the sentence)" in result.output


@pytest.mark.parametrize(("term", "concept", "spanish"), [
    ("RUS_SC", "RUS_SC", "es: Consejo de Seguridad de Rusia"),
    ("csto_csc", "CSTO_CSC", "es: Consejo de Seguridad Colectiva"),
])
def test_lookup_an_id_that_list_prints(term: str, concept: str, spanish: str) -> None:
    # The ids `glossary list` shows are what a user copies; "CSTO_CSC" was read as a
    # sentence holding "CSTO" and answered with the CSTO itself.
    result = invoke("lookup", term, "--lang", "es")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"{term!r} is the id of {concept}", result.output
    assert spanish in result.output
    assert "\nCSTO\n" not in result.output and "CSTO  (" not in result.output


def test_lookup_nothing() -> None:
    result = invoke("lookup", "NATO")
    assert result.exit_code == 1
    assert "no glossary entry for 'NATO'" in result.output
    assert "nearest" not in result.output


@pytest.mark.parametrize(("misnomer", "concept", "name"), [
    # names a reader maps at once, which the glossary does not list: the lookup says
    # which body they come closest to, and still exits 1 (no entry)
    ("Shanghai Cooperation Council", "SCO", "'Shanghai Cooperation Organisation'"),
    ("Shanghai Co-operation Council", "SCO", "'Shanghai Co-operation Organisation'"),
])
def test_lookup_a_misnomer_names_the_nearest_body(misnomer: str, concept: str,
                                                  name: str) -> None:
    result = invoke("lookup", misnomer)
    assert result.exit_code == 1
    assert f"no glossary entry for {misnomer!r}; nearest: " in result.output
    assert f"{concept} ({name})" in result.output.splitlines()[0]
    assert f"\n{concept}  (" in result.output


def test_a_near_entry_is_never_printed_where_a_match_would_be() -> None:
    """``lookup … > file`` or ``| head`` shows stdout only: a near entry printed there
    looked like the entry found.  Everything about a miss goes to stderr."""
    result = CliRunner().invoke(
        main, ["glossary", "lookup", "--lang", "es", "National Security Committee"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no glossary entry for 'National Security Committee'; nearest: " in result.stderr
    assert "\nRUS_SC  (" in result.stderr and "es: Consejo de Seguridad de Rusia" in result.stderr


def test_lookup_an_adjective_owner_finds_the_council() -> None:
    result = invoke("lookup", "Russian National Security Council")
    assert result.exit_code == 0
    assert "'Russian National Security Council' at 0: RUS_SC, short" in result.output


def test_export_import_round_trip(tmp_path: Path) -> None:
    tbx = tmp_path / "out.tbx"
    assert invoke("export", "--format", "tbx", "-o", str(tbx)).exit_code == 0
    folder = tmp_path / "glossaries"
    result = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(folder), "import",
                                       str(tbx)])
    assert result.exit_code == 0, result.output
    assert "wrote 32 concepts to" in result.output
    assert load_glossary(folder).version == load_glossary(BUNDLED).version
    again = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(folder), "import",
                                      str(tbx)])
    assert again.exit_code == 1 and "exists; use --force" in again.output


def test_import_refuses_what_clashes_with_the_glossary(tmp_path: Path) -> None:
    csv = tmp_path / "extra.csv"
    csv.write_text("concept_id,lang,term,kind,gender\nSCO2,en,SCO,acronym,\n"
                   "SCO2,es,OCS,acronym,f\n", encoding="utf-8")
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "entities.yaml").write_bytes((BUNDLED / "entities.yaml").read_bytes())
    result = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(folder), "import",
                                       str(csv)])
    assert result.exit_code == 1
    assert "conflicting variants: acronym 'SCO' of SCO2 is already acronym of SCO" in result.output
    assert not (folder / "extra.yaml").exists()


def test_import_notes_missing_grammar(tmp_path: Path) -> None:
    csv = tmp_path / "new.csv"
    csv.write_text("concept_id,lang,term,kind\nNATO,en,NATO,acronym\nNATO,es,OTAN,acronym\n",
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(tmp_path / "g"),
                                       "import", str(csv)])
    assert result.exit_code == 0, result.output
    assert "no grammatical gender for NATO" in result.output
    assert "OTAN" in (tmp_path / "g" / "new.yaml").read_text(encoding="utf-8")


def test_export_csv_to_stdout() -> None:
    result = invoke("export", "--format", "csv")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "concept_id,lang,term,kind,gender,number,note"
    assert "SCO,es,Organización de Cooperación de Shanghai,full,f,sg," in lines


def test_a_broken_glossary_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "g.yaml").write_text("concepts: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(tmp_path), "list"])
    assert result.exit_code == 1
    # named where the bracket opens, not past the end of the file
    assert result.output.startswith(f"error: {tmp_path / 'g.yaml'}:1: invalid YAML")
    assert "Traceback" not in result.output


def test_init_copies_the_bundled_glossary_and_keeps_a_sites_own(tmp_path: Path) -> None:
    folder = tmp_path / "glossaries"
    result = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(folder), "init"])
    assert result.exit_code == 0, result.output
    assert f"wrote {folder / 'entities.yaml'}" in result.output
    assert load_glossary(folder).version == load_glossary(BUNDLED).version

    edited = (folder / "entities.yaml").read_text(encoding="utf-8") + "\n# our own note\n"
    (folder / "entities.yaml").write_text(edited, encoding="utf-8")
    again = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(folder), "init"])
    assert again.exit_code == 0, again.output
    assert "kept" in again.output and "--force replaces it" in again.output
    assert (folder / "entities.yaml").read_text(encoding="utf-8") == edited


def test_init_in_a_site_without_a_glossary_copies_into_the_sites_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A site that has no glossaries/ folder reads the bundled glossary; ``init``, as
    ``translate`` tells it, creates the site's folder, never writes into the product's."""
    (tmp_path / "cms-i18n.yaml").write_text("source_lang: en\ntarget_langs: [es]\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shipped = (BUNDLED / "entities.yaml").read_bytes()
    result = CliRunner().invoke(main, ["glossary", "init", "--force"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "glossaries" / "entities.yaml").read_bytes() == shipped
    refused = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(BUNDLED), "init",
                                        "--force"])
    assert refused.exit_code == 1
    assert "the glossary cms-i18n ships" in refused.output
    assert (BUNDLED / "entities.yaml").read_bytes() == shipped


def test_init_refuses_a_copy_that_clashes_with_the_sites_glossary(tmp_path: Path) -> None:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "ours.csv").write_text("concept_id,lang,term,kind,gender\nOURS,en,SCO,acronym,\n"
                                     "OURS,es,OCS,acronym,f\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "--glossary-dir", str(folder), "init"])
    assert result.exit_code == 1
    assert "conflicting variants" in result.output and "Traceback" not in result.output
    assert not (folder / "entities.yaml").exists()
