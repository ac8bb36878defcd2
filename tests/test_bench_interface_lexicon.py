"""bench/make_interface_lexicon.py rebuilds the cleaner's interface lexicon from clones of
the systems' repositories: the lines a page prints, put together as the skins do."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_interface_lexicon", ROOT / "bench" / "make_interface_lexicon.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _clone(mirror: Path, name: str, files: dict[str, str]) -> None:
    repo = mirror / name / "repo"
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    for command in (["init", "-q", "."], ["add", "-A"],
                    ["-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "m"]):
        subprocess.run(["git", *command], cwd=repo, check=True, capture_output=True)


def _mirror(tmp_path: Path) -> Path:
    english = {"jumpto": "Jump to:", "jumptonavigation": "navigation", "jumptosearch": "search",
               "comma-separator": ",&#32;", "pipe-separator": "&#32;|&#32;",
               "colon-separator": ":&#32;", "diff": "diff",
               "revision-nav": "($1) $2{{int:pipe-separator}}$3 ($4){{int:pipe-separator}}$5 ($6)",
               "previousrevision": "← Older revision", "nextrevision": "Newer revision →",
               "currentrevisionlink": "Latest revision",
               "pagecategories": "{{PLURAL:$1|Category|Categories}}",
               "tagline": "From {{SITENAME}}", "permalink": "Permanent link"}
    russian = {"jumpto": "Перейти к:", "jumptonavigation": "навигация", "jumptosearch": "поиск",
               "tagline": "Материал из {{grammar:genitive|{{SITENAME}}}}"}
    _clone(tmp_path, "mediawiki4intranet+core", {"languages/i18n/en.json": json.dumps(english),
                                                 "languages/i18n/ru.json": json.dumps(russian)})
    _clone(tmp_path, "wikimedia+mediawiki", {
        "languages/i18n/el.json": json.dumps({"permalink": "Σταθερός σύνδεσμος"}),
        "UPSTREAM": "github.com/wikimedia/mediawiki @ 0123456789ab, el.json\n"})
    _clone(tmp_path, "latex2html+latex2html", {
        "l2hconf.pin": "'up' ,'WIDTH=\"26\"',\n'next','WIDTH=\"37\"',\n"
                       "'previous','WIDTH=\"63\"',\n'contents','WIDTH=\"65\"',\n"
                       '    . "$NEXT $UP $PREVIOUS $CONTENTS $INDEX $CUSTOM_BUTTONS"\n',
        "styles/german.perl": '$next_name = "N&auml;chste Seite";\n$up_name = "Aufw&auml;rts";\n'
                              '$prev_name = "Vorherige Seite";\n$toc_title = "Inhalt";\n'})
    _clone(tmp_path, "heiseonline+shariff", {
        "src/js/services/facebook.js": "shareText: {\n de: 'teilen',\n en: 'share',\n},\n"
                                       "title: {\n de: 'Bei Facebook teilen',\n"
                                       " ja: 'フェイスブック上で共有',\n},\n"})
    return tmp_path


def test_the_lexicon_is_rebuilt_from_clones_of_the_sources(tmp_path: Path) -> None:
    text = _script().build(_mirror(tmp_path))
    rows = {tuple(line.split("\t")[::2]) for line in text.splitlines()
            if line and not line.startswith("#")}
    assert ("en", "Jump to: navigation, search") in rows
    assert ("en", "(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)") \
        in rows
    assert {("en", "Category: {*}"), ("en", "Categories: {*}"), ("en", "From {*}")} <= rows
    assert {("ru", "Перейти к: навигация, поиск"), ("ru", "Материал из {*}")} <= rows
    assert ("el", "Σταθερός σύνδεσμος") in rows
    assert ("en", "next up previous contents") in rows
    assert ("de", "Nächste Seite: {*} Aufwärts: {*} Vorherige Seite: {*} Inhalt") in rows
    assert ("de", "Bei Facebook teilen") in rows
    assert not any(lang == "ja" for lang, _ in rows)    # a language the cleaner leaves
    header = [line for line in text.splitlines() if line.startswith("# ")]
    assert "# MediaWiki: github.com/wikimedia/mediawiki @ 0123456789ab, el.json; " \
           "licence GPL-2.0-or-later" in header
    assert any(line.startswith("# Shariff: github.com/heiseonline/shariff @ ") and
               line.endswith("licence MIT") for line in header)


def test_a_second_build_gives_the_same_file(tmp_path: Path) -> None:
    script, mirror = _script(), _mirror(tmp_path)
    assert script.build(mirror) == script.build(mirror)
