"""Settings: declared defaults < site config < command-line flags, each value checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cms_i18n.config import BUNDLED_GLOSSARY_DIR, SETTINGS, defaults, load_settings
from cms_i18n.errors import ConfigError


def test_every_declared_setting_has_its_default() -> None:
    values = defaults()
    assert values["target_langs"] == ["es"] and values["apply"]["fallback"] is None
    assert values["apertium_modes_dir"] is None and values["apertium_mark_unknown"] is False
    for setting in SETTINGS:
        group, _, name = setting.key.rpartition(".")
        assert (values[group] if group else values)[name] == setting.default
        assert setting.help, setting.key
        assert setting.kind.check(setting.default) == setting.default


def test_site_config_then_flags(tmp_path: Path) -> None:
    (tmp_path / "cms-i18n.yaml").write_text("domain: news\nlocale_dir: out/locale\n"
                                            "clean:\n  chrome_patterns: ['^Share$']\n"
                                            "apertium_mark_unknown: true\n")
    settings = load_settings(root=tmp_path, domain="site")
    assert settings["domain"] == "site"
    assert settings["locale_dir"] == str((tmp_path / "out" / "locale").resolve())
    assert settings["clean"]["chrome_patterns"] == ["^Share$"]
    assert settings["engine"] == "auto" and settings["apertium_mark_unknown"] is True
    assert settings["apply"] == {"fallback": None, "include_fuzzy": False}


def test_relative_paths_each_from_their_own_folder(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Config values from the file's folder, flags from the current directory,
    defaults from the site root (the config file's folder)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "cms-i18n.yaml").write_text("content_dir: pages\n")
    (site / "glossaries").mkdir()
    monkeypatch.chdir(tmp_path)
    settings = load_settings("site/cms-i18n.yaml", locale_dir="out")
    assert settings["content_dir"] == str(site / "pages")
    assert settings["locale_dir"] == str(tmp_path / "out")
    assert settings["glossary_dir"] == str(site / "glossaries")
    assert settings["root"] == str(site)


@pytest.mark.parametrize("written", ["es, pt-BR", "es pt-BR"])
def test_comma_or_blank_separated_languages(tmp_path: Path, written: str) -> None:
    (tmp_path / "cms-i18n.yaml").write_text(f"target_langs: {written}\n")
    assert load_settings(root=tmp_path)["target_langs"] == ["es", "pt-BR"]


@pytest.mark.parametrize(("text", "message", "line"), [
    ("domain: x\nlocal_dir: y\n", "unknown setting 'local_dir'; did you mean 'locale_dir'?", 2),
    ("target_lang: [es]\n", "unknown setting 'target_lang'; did you mean 'target_langs'?", 1),
    ("colour: blue\n", "unknown setting 'colour'; every setting is listed in the README's "
     "Configuration table and in plugin.yaml", 1),
    # a bracket left open: the line that opens it, and the line where reading stopped
    # (still open where the file ends: "before line 2" of a one-line file said a line
    # that is not there)
    ("domain: [unclosed\n", "invalid YAML: the '[' opened on this line is not closed before "
     "the end of the file", 1),
    ("source_lang: en\ntarget_langs: [es, fr\ncontent_dir: content\n",
     "invalid YAML: the '[' opened on this line is not closed before line 3 (expected ',' or "
     "']', but got ':')", 2),
    ("domain: 'open\nengine: argos\n", "invalid YAML: the quote opened on this line is not "
     "closed before the end of the file", 1),
    ("- a list\n", "must be a mapping", 1),
    ("clean: yes\n", "setting 'clean' must be a mapping, not True", 1),
    ("domain: x\ntarget_langs: 42\n",
     "setting 'target_langs' must be a list of language codes, not 42", 2),
    ("target_langs: [es, klingon]\n",
     "setting 'target_langs': unknown language code 'klingon'", 1),
    ("content_dir: 123\n", "setting 'content_dir' must be a path (a string), not 123", 1),
    ("glossary_strategy: magic\n",
     "setting 'glossary_strategy' must be one of auto, standin, codeswitch, none, not 'magic'",
     1),
    ("domain: x\napply:\n  include_fuzzy: false\n  fallback: maybe\n",
     "setting 'apply.fallback' must be one of source, skip, not 'maybe'", 4),
    ("apply:\n  fallbak: skip\n", "unknown setting 'apply.fallbak' in 'apply'; did you mean "
     "'fallback'?", 2),
    ("apply:\n  preview: yes\n", "unknown setting 'apply.preview' in 'apply'; it takes "
     "fallback, include_fuzzy", 2),
    ("argos_beam_size: 0\n", "setting 'argos_beam_size' must be a whole number of at least 1",
     1),
    ("argos_threads: '2'\n", "setting 'argos_threads' must be a whole number", 1),
    ("apertium_mark_unknown: sometimes\n", "setting 'apertium_mark_unknown' must be true or "
     "false", 1),
    ("domain: ../../etc/passwd\n", "setting 'domain' must be a name of letters", 1),
    ("clean:\n  chrome_patterns: ['(unclosed']\n",
     "setting 'clean.chrome_patterns': bad regular expression '(unclosed'", 2),
    # a key written twice: the second one's line, not the last silently winning
    ("memory: a.sqlite\ndomain: x\nmemory: b.sqlite\n",
     "duplicate key 'memory' (first on line 1)", 3),
    ("apply:\n  fallback: skip\n  fallback: source\n",
     "duplicate key 'fallback' (first on line 2)", 3),
    ("memory: mysql://x/y\n",
     "setting 'memory' must be a path or a postgresql:// URL, not 'mysql://x/y'", 1),
    ("memory: sqlite:///m.db\n", "setting 'memory' must be a path or a postgresql:// URL", 1),
    ("domain: x\nengine: nosuch\n",
     "setting 'engine': unknown engine 'nosuch' (registered: auto, apertium, argos", 2),
    ("source: cms\n", "setting 'source': unknown content source 'cms' (registered: files", 1),
    ("argos_compute_type: int3\n", "setting 'argos_compute_type' must be one of auto, "
     "default, int8", 1),
    ("celery:\n  poll_seconds: 0\n",
     "setting 'celery.poll_seconds' must be a number of seconds greater than 0, not 0", 2),
    ("celery:\n  poll_seconds: soon\n", "setting 'celery.poll_seconds' must be a number", 2),
    ("apertium_via: {gl: [klingon]}\n", "setting 'apertium_via': unknown language code", 1),
    # a language listed twice would be translated twice
    ("source_lang: en\ntarget_langs: [es, es]\n",
     "setting 'target_langs': lists 'es' twice; name each language once", 2),
    ("target_langs: pt-BR, fr, pt_BR\n",
     "setting 'target_langs': lists 'pt-BR' and 'pt_BR', the same language", 1),
    # no engine has a pair from a language to itself: say so, not that no pair exists
    ("source_lang: en\ntarget_langs: [en]\n",
     "setting 'target_langs': 'en' is the source language (source_lang: en): the target "
     "languages are the ones to translate into", 2),
    ("target_langs: [es, EN]\ndomain: x\n", "setting 'target_langs': 'EN' is the source "
     "language", 1),
    ("apertium_via: {gl: 3}\n", "setting 'apertium_via' must be a list of language codes", 1),
])
def test_bad_config_names_setting_file_and_line(tmp_path: Path, text: str, message: str,
                                                line: int) -> None:
    path = tmp_path / "site.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert message in caught.value.message
    assert caught.value.path == str(path) and caught.value.line == line
    assert "\n" not in caught.value.format()


@pytest.mark.parametrize(("data", "message", "line"), [
    (b"target_langs: [es]\n# caf\xe9\n", "not valid UTF-8: byte 0xe9 at column 6", 2),
    (b"target_langs: [es]\nsource_lang: en\x00\n", "unacceptable character #x0000", 2),
])
def test_a_byte_the_config_cannot_hold_is_named_with_its_line(
        tmp_path: Path, data: bytes, message: str, line: int) -> None:
    path = tmp_path / "site.yaml"
    path.write_bytes(data)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert message in caught.value.message and caught.value.line == line


def test_a_merge_key_may_repeat_what_it_brings_in(tmp_path: Path) -> None:
    (tmp_path / "cms-i18n.yaml").write_text(
        "apply: {<<: {fallback: skip, include_fuzzy: true}, fallback: source}\n")
    assert load_settings(root=tmp_path)["apply"] == {"fallback": "source", "include_fuzzy": True}


def test_settings_that_read_a_string_as_a_list(tmp_path: Path) -> None:
    """``apertium_via: {gl: es}`` is ``[es]``; ``{ca: "es, fr"}`` two languages."""
    (tmp_path / "cms-i18n.yaml").write_text("apertium_via: {gl: es, ca: 'es, fr', pt: []}\n"
                                            "argos_compute_type: int8_float32\n"
                                            "memory: postgresql://u@h/db\n"
                                            "celery: {poll_seconds: 2}\n")
    settings = load_settings(root=tmp_path)
    assert settings["apertium_via"] == {"gl": ["es"], "ca": ["es", "fr"], "pt": []}
    assert settings["memory"] == "postgresql://u@h/db"
    assert settings["celery"]["poll_seconds"] == 2


def test_a_bad_flag_is_refused_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="setting 'domain' must be a name"):
        load_settings(root=tmp_path, domain="a/b")


def test_a_site_without_a_glossary_folder_enforces_the_bundled_glossary(
        tmp_path: Path) -> None:
    settings = load_settings(root=tmp_path)
    assert Path(settings["glossary_dir"]) == BUNDLED_GLOSSARY_DIR
    assert any(BUNDLED_GLOSSARY_DIR.glob("*.yaml"))


def test_the_sites_own_glossary_folder_comes_first(tmp_path: Path) -> None:
    (tmp_path / "glossaries").mkdir()
    assert load_settings(root=tmp_path)["glossary_dir"] == str(tmp_path / "glossaries")


@pytest.mark.parametrize("how", ["file", "flag"])
def test_a_glossary_folder_the_user_names_is_never_replaced(tmp_path: Path, how: str) -> None:
    # a folder named and missing is reported as missing, not swapped for another glossary
    if how == "file":
        (tmp_path / "cms-i18n.yaml").write_text("glossary_dir: terms\n", encoding="utf-8")
        settings = load_settings(root=tmp_path)
    else:
        settings = load_settings(root=tmp_path, glossary_dir=str(tmp_path / "terms"))
    assert settings["glossary_dir"] == str(tmp_path / "terms")


@pytest.mark.engine
def test_the_readme_site_config_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The minimal cms-i18n.yaml next to the README's quick start, as a user copies it:
    translate, status and apply run on it, and apply waits for a review."""
    import re

    from tests.helpers import run

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Your own site"):readme.index("## A short tour")]
    example = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert example is not None
    (tmp_path / "cms-i18n.yaml").write_text(example.group(1), encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "notice.txt").write_text(
        "Library hours\n\nThe library opens at nine on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings["target_langs"] == ["es"] and settings["engine"] == "apertium"
    assert settings["content_dir"] == str(tmp_path / "content")

    translated = run("translate")
    assert translated.exit_code == 0, translated.output
    assert translated.stdout.startswith("es: 1 document, 2 units, 2 translated")
    assert (tmp_path / "locale" / "es" / "LC_MESSAGES" / "content.po").is_file()
    assert run("status").exit_code == 0
    applied = run("apply")
    assert applied.exit_code == 0
    assert applied.stdout.startswith("es: nothing written: no entry of locale/es/LC_MESSAGES/"
                                     "content.po is reviewed yet")
    assert sorted(p.name for p in (tmp_path / "content").iterdir()) == ["notice.txt"]
