"""Options every command spells the same way: --config, --lang."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cms_i18n.cli import main
from cms_i18n.cli._options import asked_languages, target_languages
from cms_i18n.errors import LanguageError


def test_languages_are_repeated_or_comma_separated() -> None:
    assert asked_languages(("es, pt_BR", "fr")) == ["es", "pt-BR", "fr"]
    assert asked_languages(()) == []
    assert target_languages({"target_langs": ["ca"]}, ()) == ["ca"]
    with pytest.raises(LanguageError):
        asked_languages(("es,klingon-xx-yy-zz",))


@pytest.mark.parametrize("name", ["translate", "apply", "status", "check", "compile"])
def test_an_unknown_language_lists_the_sites_and_points_to_engines(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cms-i18n.yaml").write_text("target_langs: [es, pt-BR]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [name, "--lang", "xx"])
    assert result.exit_code == 1
    assert result.output == (
        "error: unknown language code 'xx' (--lang); the site's target_langs: es, pt-BR; "
        "`cms-i18n engines` lists every language the installed engines reach\n")


@pytest.mark.parametrize("name", ["translate", "apply"])
def test_the_source_language_as_a_target_is_one_clear_line(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cms-i18n.yaml").write_text("source_lang: en\nengine: apertium\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [name, "--lang", "en"])
    assert result.exit_code == 1
    assert result.output == (
        "error: 'en' is the source language (source_lang: en): the target languages are "
        "the ones to translate into (--lang)\n")
    # the default target language when the site names none is not taken for a pair either
    (tmp_path / "cms-i18n.yaml").write_text("source_lang: es\nengine: apertium\n",
                                            encoding="utf-8")
    result = CliRunner().invoke(main, [name])
    assert result.exit_code == 1
    assert result.output.startswith("error: 'es' is the source language (source_lang: es)")


def test_a_language_asked_for_twice_is_done_once() -> None:
    assert target_languages({"target_langs": ["ca"]}, ("es,fr", "es")) == ["es", "fr"]


def _options(command: click.Command) -> dict[str, click.Option]:
    return {name: param for param in command.params if isinstance(param, click.Option)
            for name in param.opts}


@pytest.mark.parametrize("name", ["translate", "apply", "status", "check", "compile",
                                  "worker", "engines", "clean", "glossary", "memory"])
def test_every_command_takes_config_as_a_path(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    config = _options(command)["--config"]
    assert isinstance(config.type, click.Path) and config.type.type is Path
    if "--lang" in _options(command) and name not in ("glossary",):
        assert "-l" in _options(command)["--lang"].opts
