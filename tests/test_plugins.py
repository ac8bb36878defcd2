"""One plugin system: pluggy hooks, built-ins through the same door, packages by entry point.

The third-party plugin is ``tests/support/house_plugin.py``, installed for
each test by an entry point in a ``.dist-info`` folder on ``sys.path``, as pip
would install a package's.  Every hook has a ``test_hook_<name>`` here (a
meta-test checks), and every built-in plugin has tests of its own.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import click
import polib
import pytest
from click.testing import CliRunner

from cms_i18n import hookspecs, pipeline, plugins
from cms_i18n.catalog.checks import entry_problems
from cms_i18n.catalog.po import PoEntry
from cms_i18n.clean import clean_unit
from cms_i18n.config import load_settings
from cms_i18n.errors import ConfigError
from tests.helpers import GLOSSARIES
from tests.support import house_plugin

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def _install(site_dir: Path, name: str, target: str) -> None:
    dist = site_dir / f"{name}-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[cms_i18n]\n{name} = {target}\n")


@pytest.fixture
def house(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The house plugin installed as a package would be, and the registry read afresh."""
    _install(tmp_path / "site-packages", "house_mt", "tests.support.house_plugin")
    monkeypatch.syspath_prepend(str(tmp_path / "site-packages"))
    plugins.reset()
    yield
    plugins.reset()


# -- one test per hook -----------------------------------------------------------

@pytest.mark.engine
def test_hook_cms_i18n_engines(house: None, tmp_path: Path) -> None:
    """A third-party engine opts into n-best and its own glossary strategy: no name check.

    Apertium alone would get stand-in nouns for Spanish and one hypothesis;
    the house engine, Apertium underneath, gets the approved term written into
    the source and is asked for four hypotheses where a term is.
    """
    content = tmp_path / "content"
    content.mkdir()
    (content / "brief.txt").write_text("The SCO met in Astana.\n\nNothing else happened.\n")
    settings = load_settings(root=tmp_path, content_dir=str(content),
                             glossary_dir=str(GLOSSARIES), locale_dir=str(tmp_path / "locale"),
                             memory=str(tmp_path / "memory.sqlite"), house_register="plain")
    summary = pipeline.translate(settings, "es", engine_name="house-mt")
    engine = house_plugin.HouseEngine.last
    assert engine is not None and summary.engine == "house-mt"
    assert engine.asked == [(["The OCS met in Astana."], 4), (["Nothing else happened."], 1)]
    po = polib.pofile(str(summary.catalog))
    assert "machine translation: house-mt, score -0.10" in po[0].comment
    assert "OCS" in po[0].msgstr


def test_hook_cms_i18n_sources(house: None, tmp_path: Path) -> None:
    (tmp_path / "a.note").write_text("A short note.\n")
    settings = load_settings(root=tmp_path, source="notes", content_dir=str(tmp_path))
    [document] = plugins.sources()["notes"](settings).documents()
    prepared = pipeline.prepare_document(document, settings)
    assert prepared.document.id == "a" and prepared.units[0].source == "A short note."


def test_hook_cms_i18n_settings(house: None, tmp_path: Path) -> None:
    assert load_settings(root=tmp_path)["house_register"] == "formal"
    (tmp_path / "cms-i18n.yaml").write_text("house_register: shouty\n")
    with pytest.raises(ConfigError, match="setting 'house_register' must be one of formal, "
                                          "plain, not 'shouty'"):
        load_settings(root=tmp_path)


def test_hook_cms_i18n_clean_steps(house: None) -> None:
    cleaned = clean_unit("Wait for it... there.")
    assert cleaned.text == "Wait for it… there."
    assert [f.note for f in cleaned.fixes] == ["three dots made an ellipsis"]


def test_hook_cms_i18n_checks(house: None) -> None:
    entry = PoEntry(msgid="Calm words.", msgstr="PALABRAS TRANQUILAS.")
    found = entry_problems(entry, "es.po", ships=True)
    assert [(p.check, p.severity) for p in found] == [("shouting", "warning")]
    entry.flags.append("no-shouting")            # a two-text check is silenced the same way
    assert entry_problems(entry, "es.po", ships=True) == []


def test_a_plugin_check_reads_the_entry(house: None) -> None:
    entry = PoEntry(msgid="The summit in Astana.", msgstr="La cumbre en Nur-Sultán.",
                    msgctxt="news/summit", translator_comments=["keep: Astana"])
    found = entry_problems(entry, "es.po", ships=True, lang="es", source_lang="en")
    assert [(p.check, p.message) for p in found] == [
        ("house-keep", "Astana was to be kept in news/summit (en → es)")]
    entry.msgstr = "La cumbre en Astana."
    assert entry_problems(entry, "es.po", ships=True, lang="es", source_lang="en") == []


def test_hook_cms_i18n_commands(house: None) -> None:
    cli = click.Group("cms-i18n")
    plugins.add_commands(cli)
    assert {"translate", "status", "house"} <= set(cli.commands)
    result = CliRunner().invoke(cli, ["house"])
    assert result.output == "house engine house-mt\n"


# -- the registry --------------------------------------------------------------

def test_without_the_package_its_plugins_are_gone() -> None:
    plugins.reset()
    assert "house-mt" not in plugins.engines() and "notes" not in plugins.sources()
    assert set(plugins.engines()) == {"apertium", "argos"}
    assert set(plugins.sources()) == {"files", "wagtail"}


def test_a_broken_plugin_is_one_line_naming_it(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _install(tmp_path, "broken", "no_such_module_anywhere")
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins.reset()
    try:
        with pytest.raises(ConfigError, match=r"plugin 'broken' \(no_such_module_anywhere\) "
                                              r"cannot be loaded: ModuleNotFoundError"):
            plugins.engines()
    finally:
        plugins.reset()


def _engine_plugin(name: str) -> object:
    """A plugin providing one engine class called ``name``."""

    class Plugin:
        @staticmethod
        @hookspecs.hookimpl
        def cms_i18n_engines() -> list[type]:
            return [type(f"{name.title()}Engine", (), {"name": name})]

    return Plugin()


def test_two_engines_of_one_name_are_refused() -> None:
    with plugins.registered(_engine_plugin("apertium")), pytest.raises(
            ConfigError, match="two plugins provide the engine 'apertium'"):
        plugins.engines()


def test_a_plugin_registered_for_a_while() -> None:
    with plugins.registered(_engine_plugin("extra")):
        assert "extra" in plugins.engines()
    assert "extra" not in plugins.engines()


# -- meta-tests ------------------------------------------------------------------

def _hooks() -> list[str]:
    return [name for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
            if name.startswith("cms_i18n_")]


def test_every_hook_has_a_test() -> None:
    assert len(_hooks()) == 6
    missing = [name for name in _hooks() if f"test_hook_{name}" not in globals()]
    assert not missing, f"hooks without a test_hook_<name> here: {missing}"


def _mirror(module: str) -> Path:
    """``cms_i18n.catalog.checks`` → ``tests/catalog/test_checks.py`` (or a folder)."""
    parts = module.split(".")[1:]
    folder = TESTS.joinpath(*parts)
    if parts[-1] == "plugin":
        folder = TESTS.joinpath(*parts[:-1])
    return folder if folder.is_dir() else TESTS.joinpath(*parts[:-1], f"test_{parts[-1]}.py")


def test_every_builtin_plugin_has_tests() -> None:
    plugins.reset()
    registered = [name for name, _ in plugins.manager().list_name_plugin()]
    assert registered == list(plugins.BUILTIN)
    for module in plugins.BUILTIN:
        assert _mirror(module).exists(), f"{module} has no tests at {_mirror(module)}"


def test_everything_the_builtin_plugins_provide_is_tested() -> None:
    """Each engine, source, command and check name is exercised by some test."""
    plugins.reset()
    text = "\n".join(p.read_text("utf-8") for p in TESTS.rglob("test_*.py"))
    cli = click.Group("cms-i18n")
    plugins.add_commands(cli)
    names = [*plugins.engines(), *plugins.sources(), *cli.commands,
             *(check.name for check in plugins.checks())]
    untested = [n for n in names if not re.search(rf"[\"']{re.escape(n)}[\"']", text)]
    assert not untested, f"provided by a built-in plugin but named in no test: {untested}"
