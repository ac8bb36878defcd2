"""Units no engine sees: another script, source code; apply keeps them as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest

from cms_i18n.as_written import CODE_NOTE, in_other_script, is_code, left_as_written
from tests.helpers import entries, make_site, msgfmt_check, run

DATA = Path(__file__).parent / "data" / "as_written"
GENUINE = ("g1-russian.txt", "g2-greek.txt", "g3-python.py.txt")
ENGLISH = ("The Collective Security Treaty Organization met in Minsk on Tuesday.\n\n"
           "Its members agreed to hold joint exercises next year.\n")


@pytest.mark.parametrize("text", [
    "Совет Безопасности Российской Федерации провёл оперативное совещание.",
    "Η Ιθάκη σ’ έδωσε τ’ ωραίο ταξίδι.",
    "上海合作组织成员国元首理事会会议在阿斯塔纳举行。",
])
def test_a_text_mostly_in_another_script_is_not_english(text: str) -> None:
    assert in_other_script(text, "en")
    assert left_as_written(text, "en") == "not in English: left as written"


@pytest.mark.parametrize("text", [
    "The CSTO («ОДКБ» in Russian) met in Minsk.",
    "Sergei Shoigu (Сергей Шойгу) spoke first.",
    "UPDATE: the Council met on Tuesday (9+6=15 votes).",
    "If the vote fails: what then?",
    "See the ruling (A/RES/77/1) for details.",
    "Putin (left) meets Xi.",
    "iii) La taxe foncière ;",
])
def test_english_with_a_word_in_another_script_or_brackets_goes_to_the_engine(
        text: str) -> None:
    assert left_as_written(text, "en") is None


@pytest.mark.parametrize("text", [
    "Copyright\n=========",
    "Backwards Compatibility\n-----------------------",
    "Because both blocks of code may be running inside the\n    same iteration of a loop.",
])
def test_headings_underlined_and_prose_indented_after_code_are_no_code(text: str) -> None:
    assert not is_code(text)


def test_english_is_in_another_script_when_the_source_is_russian() -> None:
    assert in_other_script(ENGLISH, "ru")
    assert not in_other_script("Совет Безопасности провёл совещание.", "ru")


@pytest.mark.parametrize("text", [
    'def count_votes(votes):\n    return sum(1 for v in votes if v == "yes")',
    "if any(v == 'veto' for v in votes):  # P5 veto\n        return False\n    return yes",
    "print(count_votes([\"yes\"] * 9 + ['no']))",
    "for (int i = 0; i < n; i++) {\n    total += votes[i];\n}",
    "```js\nif (k === 3) {\n  console.assert(k > 2 && k < 4)\n}\n```",
    "x = 1",
])
def test_source_code_is_left_as_written(text: str) -> None:
    assert is_code(text)
    assert left_as_written(text, "en") == CODE_NOTE


def _site(root: Path, names: tuple[str, ...]) -> Path:
    make_site(root, content=None)
    content = root / "content"
    content.mkdir()
    for name in names:
        shutil.copy(DATA / name, content / name)
    (content / "news.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "cms-i18n.yaml").write_text("content_dir: content\n", encoding="utf-8")
    return content


def test_genuine_texts_reach_no_engine_and_apply_keeps_them_byte_for_byte(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = _site(tmp_path, (*GENUINE, "sco-code.md"))
    monkeypatch.chdir(tmp_path)
    done = run("translate", "--lang", "es,fr", "--engine", "apertium")
    assert done.exit_code == 0, done.output
    assert "left as written (another language or source code)" in done.output
    for lang in ("es", "fr"):
        po = tmp_path / "locale" / lang / "LC_MESSAGES" / "content.po"
        msgfmt_check(po)
        live = entries(po)
        held = [e for e in live if e.msgctxt in ("g1-russian", "g2-greek", "g3-python.py")]
        assert len(held) == 7
        assert all(e.msgstr == "" for e in held)
        notes = {e.msgctxt: e.comment for e in held}
        assert notes["g1-russian"] == notes["g2-greek"] == "not in English: left as written"
        assert notes["g3-python.py"] == "source code: left as written"
        news = [e for e in live if e.msgctxt == "news"]
        assert news and all(e.msgstr for e in news)     # English still goes to the engine
        text = po.read_text(encoding="utf-8")
        assert "Huella(" not in text and "Empreinte(" not in text and "regreso" not in text
        # Nothing in the genuine documents is translated: --fallback source writes them.
        done = run("apply", "--lang", lang, "--include-fuzzy", "--fallback", "source")
        assert done.exit_code == 0, done.output
        for name in GENUINE:
            stem, suffix = name.rsplit(".", 1)
            written = content / f"{stem}.{lang}.{suffix}"
            assert written.read_bytes() == (content / name).read_bytes(), name
    spanish = (content / "sco-code.es.md").read_text(encoding="utf-8")
    source = (content / "sco-code.md").read_text(encoding="utf-8")
    # The blank line after the front matter stays.
    assert spanish.startswith("---\ntitle: ") and "\ntranslation_of: sco-code\n---\n\n# " \
        in spanish
    code = source[source.index("```python"):source.rindex("```") + 3]
    assert code in spanish


def test_apply_with_nothing_translated_reproduces_every_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = _site(tmp_path, (*GENUINE, "sco-code.md"))
    (content / "spaced.txt").write_bytes(
        b"A first paragraph ends with blanks.   \n\n\n\nA second one, after three blank"
        b" lines.\n")
    (content / "reviewed.txt").write_text("The meeting is on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    # One document reviewed: the language is published, and with --fallback source the
    # others are written in the source language, each byte for byte.
    po = Path("locale/es/LC_MESSAGES/content.po")
    catalog = polib.pofile(str(po))
    reviewed = catalog.find("The meeting is on Monday.", msgctxt="reviewed")
    reviewed.msgstr = "La reunión es el lunes."
    reviewed.flags.remove("fuzzy")
    catalog.save()
    done = run("apply", "--lang", "es", "--fallback", "source")
    assert done.exit_code == 0, done.output
    assert (content / "reviewed.es.txt").read_text(encoding="utf-8") == \
        "La reunión es el lunes.\n"
    for name in (*GENUINE, "news.txt", "spaced.txt"):
        stem, suffix = name.rsplit(".", 1)
        assert (content / f"{stem}.es.{suffix}").read_bytes() == (content / name).read_bytes()
    # Markdown: the front matter as written with the language added, the rest as it was.
    source = (content / "sco-code.md").read_text(encoding="utf-8")
    assert (content / "sco-code.es.md").read_text(encoding="utf-8") == source.replace(
        "title: SCO vote counter\n", "title: SCO vote counter\nlang: es\n"
        "translation_of: sco-code\n", 1)


def test_an_editor_translates_a_held_unit_by_hand_and_apply_publishes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = _site(tmp_path, ("g1-russian.txt",))
    monkeypatch.chdir(tmp_path)
    assert run("translate", "--lang", "es", "--engine", "apertium").exit_code == 0
    po_path = tmp_path / "locale" / "es" / "LC_MESSAGES" / "content.po"
    catalog = polib.pofile(str(po_path))
    entry = next(e for e in catalog if e.msgid.startswith("Совет"))
    entry.msgstr = "El Consejo de Seguridad de la Federación de Rusia celebró una reunión."
    catalog.save()
    done = run("translate", "--lang", "es", "--engine", "apertium")
    assert done.exit_code == 0, done.output
    kept = next(e for e in entries(po_path) if e.msgid.startswith("Совет"))
    assert kept.msgstr == entry.msgstr
    assert run("apply", "--lang", "es").exit_code == 0
    written = (content / "g1-russian.es.txt").read_text(encoding="utf-8")
    assert written.startswith(entry.msgstr + "\n\nСекретарь Совета")
