"""`cms-i18n engines`: every language reachable now, and how; what to install for the rest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import make_site, run

pytestmark = pytest.mark.engine


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_site(tmp_path, content=None)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CMS_I18N_ARGOS_PACKAGES", str(tmp_path / "no-argos"))
    return tmp_path


def test_lists_chains_and_variants(site: Path) -> None:
    result = run("engines")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("from en (English), ")
    assert any(line.split()[:4] == ["fr", "French", "apertium", "eng-spa"]
               and line.endswith("eng-spa → es-fr") for line in lines)
    assert any(line.strip() == "pt-BR: apertium eng-spa → es-pt_BR" for line in lines)
    assert any(line.strip() == "ca-valencia: apertium eng-cat_valencia" for line in lines)
    # German and Russian are glossary languages no Debian pair reaches.
    assert any(line.startswith("not reachable: de (German)") and "Argos" in line
               for line in lines)


def test_json_names_routes_and_what_is_missing(site: Path) -> None:
    data = json.loads(run("engines", "--json").output)
    assert data["source"] == "en"
    assert data["reachable"]["pt"][0] == {"engine": "apertium", "how": "apertium eng-spa → es-pt",
                                          "variants": {"pt-BR": "apertium eng-spa → es-pt_BR"}}
    assert data["reachable"]["es"][0]["how"] == "apertium eng-spa"
    assert set(data["missing"]) == {"de", "ru"}


def test_a_missing_pair_is_named_with_its_debian_package(site: Path, tmp_path: Path) -> None:
    modes = tmp_path / "modes"
    modes.mkdir()
    for name in ("eng-spa", "spa-eng"):
        (modes / f"{name}.mode").symlink_to(f"/usr/share/apertium/modes/{name}.mode")
    (site / "cms-i18n.yaml").write_text(
        f"apertium_modes_dir: {modes}\ntarget_langs: [es, fr, pt]\n", encoding="utf-8")
    result = run("engines")
    assert "1 language reachable now" in result.output
    assert "not reachable: fr (French): argos: no Argos model for en→fr: `cms-i18n models " \
        "install --from FILE.argosmodel`" in result.output
    assert "`apt-get install apertium-fr-es`" in result.output
    assert "`apt-get install apertium-es-pt`" in result.output
