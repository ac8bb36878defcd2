"""The files content source: documents in, translated copies out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cms_i18n import safeyaml
from cms_i18n.content.files import FileSource, not_utf8
from cms_i18n.errors import InputError, UserError


def source(root: Path, **settings: object) -> FileSource:
    return FileSource({"content_dir": str(root), "target_langs": ["es"], **settings})


def test_documents_ids_and_formats(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "moscow.md").write_text(
        "---\ntitle: Moscow forum\nslug: moscow-forum\ntags: [a]\n---\nBody.\n", "utf-8")
    (tmp_path / "brief.txt").write_text("One.\n\nTwo.\n", "utf-8")
    (tmp_path / "page.html").write_text("<p>Hi</p>", "utf-8")
    (tmp_path / "brief.es.txt").write_text("Uno.\n", "utf-8")      # an earlier translation
    (tmp_path / "notes.docx").write_bytes(b"PK\3\4")               # not content
    docs = {d.id: d for d in source(tmp_path).documents()}
    assert set(docs) == {"brief", "moscow-forum", "page"}
    md = docs["moscow-forum"]
    assert md.format == "markdown" and md.fields == {"title": "Moscow forum"}
    assert md.body == "Body.\n" and md.body_line == 6 and md.meta["tags"] == ["a"]
    assert docs["page"].format == "html"


def test_write_translation_keeps_front_matter(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Hello\nauthor: Ann\n---\nText.\n", "utf-8")
    src = source(tmp_path)
    doc = next(iter(src.documents()))
    written = src.write_translation(doc, "es", "Texto.\n", {"title": "Hola"})
    out = Path(written.where)
    assert out == tmp_path / "a.es.md" and written.changed
    text = out.read_text("utf-8")
    head, body = text.split("---\n")[1:3]
    assert yaml.safe_load(head) == {"title": "Hola", "author": "Ann", "lang": "es",
                                    "translation_of": "a"}
    assert body == "Texto.\n"
    assert [d.id for d in src.documents()] == ["a"]


def test_html_translation_records_the_language(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text('<html lang="en"><body><p>Hi</p></body></html>', "utf-8")
    src = source(tmp_path)
    doc = next(iter(src.documents()))
    out = Path(src.write_translation(doc, "es", doc.body.replace("Hi", "Hola"), {}).where)
    assert out.read_text("utf-8") == '<html lang="es"><body><p>Hola</p></body></html>'


@pytest.mark.parametrize(("name", "data", "message", "line"), [
    ("bad.txt", b"ok\nline two \xff\n", "not valid UTF-8", 2),
    ("bin.txt", b"\0\1\2binary", "binary file", None),
    ("fm.md", b"---\ntitle: [unclosed\n---\nbody\n",
     "front matter: invalid YAML: the '[' opened on this line is not closed", 2),
])
def test_bad_files_name_file_and_line(tmp_path: Path, name: str, data: bytes, message: str,
                                      line: int | None) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(source(tmp_path).documents())
    assert message in caught.value.message
    assert caught.value.path == str(tmp_path / name) and caught.value.line == line


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="content folder not found"):
        list(source(tmp_path / "nope").documents())


def test_a_stray_control_byte_is_text_for_the_cleaner(tmp_path: Path) -> None:
    (tmp_path / "scraped.txt").write_bytes(b"First paragraph.\n\nSecond\x00 paragraph.\n")
    [doc] = list(source(tmp_path).documents())
    assert "Second\x00 paragraph." in doc.body


def test_each_folders_files_come_together_in_a_stable_order(tmp_path: Path) -> None:
    names = ["z.txt", "a/b/deep.txt", "a/x.txt", "a-b/y.txt", "a/c.txt", "b/w.txt",
             "a/b/c/deeper.txt", "m.md"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.\n", "utf-8")
    (tmp_path / "elsewhere").symlink_to(tmp_path / "a", target_is_directory=True)
    found = [p.relative_to(tmp_path).as_posix() for p in source(tmp_path).paths()]
    # Sorted by folder, then name: a folder's own files before its subfolders.
    assert found == sorted(names, key=lambda n: (Path(n).parent.parts, Path(n).name))
    assert found[:2] == ["m.md", "z.txt"] and source(tmp_path).count() == len(names)


def test_a_document_id_used_twice_names_both_files(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import make_site, run

    site = make_site(tmp_path, content=None)
    for name in ("a", "b"):
        (site / "content" / name).mkdir(parents=True)
        (site / "content" / name / "story.md").write_text(
            "---\nslug: story\n---\nThe forum opens.\n", "utf-8")
    (site / "cms-i18n.yaml").write_text("content_dir: content\n")
    monkeypatch.chdir(site)
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == (f"error: {site}/content/b/story.md: document id 'story' "
                                     f"is used by {site}/content/a/story.md too")


def test_a_hostile_file_name_makes_an_escaped_document_id(tmp_path: Path) -> None:
    # The id is the catalogue's msgctxt: a right-to-left override turned it round in a PO
    # editor, a line break split it.  Each is written as an escape, one id per file.
    for name in ("summit \u202etxt.exe.txt", "odd\nname.txt", "plain.txt"):
        (tmp_path / name).write_text("The council met.\n", encoding="utf-8")
    ids = {d.id for d in source(tmp_path).documents()}
    assert ids == {"summit \\u202etxt.exe", "odd\\nname", "plain"}


def test_a_missing_content_folder_names_where_content_dir_was_set(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder a user misspelt is named with the config file and line that set it."""
    from cms_i18n.config import load_settings

    site = tmp_path / "site"
    site.mkdir()
    config = site / "cms-i18n.yaml"
    config.write_text("target_langs: [es]\ncontent_dir: contnet\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        list(FileSource(load_settings(config)).documents())
    assert caught.value.format() == (f"{config}:2: content_dir: no such folder or file: "
                                     f"{site / 'contnet'}")

    # A folder with no cms-i18n.yaml: say so, where it was looked for, and what to write.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError) as caught:
        list(FileSource(load_settings()).documents())
    message = caught.value.format()
    assert message.startswith(
        f"no cms-i18n.yaml in {tmp_path}, so no content folder to translate: a site is a "
        "folder with a cms-i18n.yaml naming its content; create one there (`content_dir: "
        "<your content folder>`, `target_langs: [es]`) and run the command from that folder "
        '(README, "Your own site")')
    assert "examples" not in message        # the repository's example is not the user's site

    # A config file that does not set it.
    (tmp_path / "cms-i18n.yaml").write_text("target_langs: [es]\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        list(FileSource(load_settings()).documents())
    assert caught.value.format().startswith(f"{tmp_path / 'cms-i18n.yaml'}: content_dir is "
                                            "not set here: add `content_dir: <your content "
                                            "folder>`")
    assert "examples" not in caught.value.format()

    # --source DIR names only the folder given.
    with pytest.raises(UserError) as caught:
        list(FileSource(load_settings(content_dir="nowhere")).documents())
    assert caught.value.format() == f"{tmp_path / 'nowhere'}: content folder not found"


# Front matter: a translated field changes its own value, nothing else.

NEW_USER = ("---\n"
            "# maintained by the web desk\n"
            "title: Ferry timetable changes\n"
            "weight: 010\n"
            "version: 1.10\n"
            "country: NO\n"
            "kickoff: 12:30\n"
            "published: 2024-05-02T22:15:00+01:00\n"
            "tags: [transport, ferry]\n"
            "---\n")


def _translate(tmp_path: Path, source_text: str, fields: dict[str, str],
               body: str = "Texto.\n") -> str:
    (tmp_path / "fm.md").write_text(source_text, "utf-8")
    src = source(tmp_path)
    doc = next(iter(src.documents()))
    written = src.write_translation(doc, "es", body, fields)
    return Path(written.where).read_text("utf-8")


def _head(text: str) -> dict[str, object]:
    assert text.startswith("---\n")
    loaded = safeyaml.safe_load(text[4:text.index("\n---\n") + 1])
    assert isinstance(loaded, dict)
    return loaded


def test_a_translated_title_leaves_every_other_value_as_written(tmp_path: Path) -> None:
    text = _translate(tmp_path, NEW_USER + "Text.\n",
                      {"title": "Cambios de horario del transbordador"})
    assert text == NEW_USER.replace(
        "title: Ferry timetable changes\n",
        "title: Cambios de horario del transbordador\n").replace(
        "tags: [transport, ferry]\n",
        "tags: [transport, ferry]\nlang: es\ntranslation_of: fm\n") + "Texto.\n"
    for kept in ("weight: 010\n", "country: NO\n", "kickoff: 12:30\n", "version: 1.10\n",
                 "published: 2024-05-02T22:15:00+01:00\n", "tags: [transport, ferry]\n",
                 "# maintained by the web desk\n"):
        assert kept in text


def test_comments_around_and_after_a_translated_value_stay(tmp_path: Path) -> None:
    source_text = ("---\n# desk: web\ntitle: Ferry news  # shown in the menu\n"
                   "\n# the rest is for the theme\nsummary: 'Boats, late'\nlayout: post\n"
                   "---\nText.\n")
    text = _translate(tmp_path, source_text, {"title": "Noticias", "summary": "Barcos"})
    assert text == ("---\n# desk: web\ntitle: Noticias  # shown in the menu\n"
                    "\n# the rest is for the theme\nsummary: 'Barcos'\nlayout: post\n"
                    "lang: es\ntranslation_of: fm\n---\nTexto.\n")


@pytest.mark.parametrize("translation", [
    "Transbordador: nuevos horarios", "# no es un comentario", "Horario #2 del muelle",
    "- primero", "yes", "010", "12:30", "*estrella", "&ancla", "!etiqueta", "[lista]",
    "{mapa}", "@usuario", "%por ciento", "`código`", "'comillas' y \"dobles\"",
    "Dos\nlíneas", "  con espacios  ", "", "fin con dos puntos:", "---", "...",
    "tab\tdentro", "L\u2028S", "ni\u00f1o\u00a0fr\u00e9d\u00e9ric", "barra \\ invertida",
])
def test_a_translation_needing_quotes_reads_back_as_itself(tmp_path: Path,
                                                           translation: str) -> None:
    for style in ("Ferry news", "'Ferry news'", '"Ferry news"', "|\n  Ferry news"):
        source_text = f"---\ntitle: {style}\nweight: 010\n---\nText.\n"
        text = _translate(tmp_path, source_text, {"title": translation})
        assert _head(text) == {"title": translation, "weight": 8, "lang": "es",
                               "translation_of": "fm"}
        # as the product reads a page back
        assert source(tmp_path).read(tmp_path / "fm.es.md").meta == _head(text)
        assert "\nweight: 010\nlang: es\ntranslation_of: fm\n---\nTexto.\n" in text


def test_a_block_scalar_title_is_replaced_whole(tmp_path: Path) -> None:
    source_text = ("---\ntitle: |\n  Ferry timetable\n  changes\n\n"
                   "description: >-\n  Boats leave\n  later.\n"
                   "# next\nweight: 010\n---\nText.\n")
    text = _translate(tmp_path, source_text, {"title": "Cambios de horario\n",
                                               "description": "Los barcos salen tarde."})
    assert text == ("---\ntitle: \"Cambios de horario\\n\"\n\n"
                    "description: \"Los barcos salen tarde.\"\n"
                    "# next\nweight: 010\nlang: es\ntranslation_of: fm\n---\nTexto.\n")
    assert _head(text)["title"] == "Cambios de horario\n"


def test_a_value_over_several_lines_is_replaced_whole(tmp_path: Path) -> None:
    source_text = ("---\ntitle: Ferry timetable\n  changes for\n  the summer\n"
                   "slug: ferry\n---\nText.\n")
    text = _translate(tmp_path, source_text, {"title": "Horarios de verano"})
    assert text == ("---\ntitle: Horarios de verano\nslug: ferry\nlang: es\n"
                    "translation_of: ferry\n---\nTexto.\n")


def test_a_language_line_already_there_is_set_in_its_place(tmp_path: Path) -> None:
    source_text = "---\nlang: en  # the site's language\ntitle: News\nweight: 010\n---\nA.\n"
    text = _translate(tmp_path, source_text, {"title": "Noticias"})
    assert text == ("---\nlang: es  # the site's language\ntitle: Noticias\nweight: 010\n"
                    "translation_of: fm\n---\nTexto.\n")


def test_windows_line_ends_stay(tmp_path: Path) -> None:
    (tmp_path / "fm.md").write_bytes(b"---\r\ntitle: News\r\nweight: 010\r\n---\r\nText.\r\n")
    src = source(tmp_path)
    doc = next(iter(src.documents()))
    out = Path(src.write_translation(doc, "es", "Texto.\r\n", {"title": "Noticias"}).where)
    assert out.read_bytes() == (b"---\r\ntitle: Noticias\r\nweight: 010\r\nlang: es\r\n"
                                b"translation_of: fm\r\n---\r\nTexto.\r\n")


def test_writing_the_same_translation_again_changes_nothing(tmp_path: Path) -> None:
    first = _translate(tmp_path, NEW_USER + "Text.\n", {"title": "Horario: \"nuevo\" #1"})
    src = source(tmp_path)
    doc = next(iter(src.documents()))
    again = src.write_translation(doc, "es", "Texto.\n", {"title": "Horario: \"nuevo\" #1"})
    assert not again.changed and Path(again.where) == tmp_path / "fm.es.md"
    assert (tmp_path / "fm.es.md").read_text("utf-8") == first
    assert [d.id for d in src.documents()] == ["fm"]


NESTED = ("---\ntitle: Harbour news\nslug: harbour\nimage:\n  alt: A red boat\n"
          "  src: /img/boat.png\n  title: boat.png\n  date: 2024-05-02\n"
          "seo: {description: The harbour at noon, canonical: /news/harbour}\n"
          "gallery:\n  - caption: Boats at dawn   # the first photo\n"
          "    url: https://example.org/a.jpg\n  - caption: '1990'\nweight: 010\n---\n")


def test_reader_facing_values_at_any_depth_are_fields_and_addresses_are_not(
        tmp_path: Path) -> None:
    (tmp_path / "fm.md").write_text(NESTED + "Text.\n", "utf-8")
    doc = next(iter(source(tmp_path).documents()))
    assert doc.fields == {"title": "Harbour news", "image.alt": "A red boat",
                          "seo.description": "The harbour at noon",
                          "gallery.1.caption": "Boats at dawn"}


def test_nested_values_are_replaced_where_they_are_written(tmp_path: Path) -> None:
    text = _translate(tmp_path, NESTED + "Text.\n", {
        "title": "Noticias del puerto", "image.alt": "Un barco [rojo]",
        "seo.description": "El puerto, a mediodía", "gallery.1.caption": "Barcos al alba"})
    assert text == NESTED.replace("title: Harbour news", "title: Noticias del puerto") \
        .replace("alt: A red boat", "alt: Un barco [rojo]") \
        .replace("{description: The harbour at noon,", '{description: "El puerto, a mediodía",') \
        .replace("caption: Boats at dawn ", "caption: Barcos al alba ") \
        .replace("weight: 010\n", "weight: 010\nlang: es\ntranslation_of: harbour\n") + "Texto.\n"
    head = _head(text)
    assert head["seo"] == {"description": "El puerto, a mediodía", "canonical": "/news/harbour"}
    assert head["image"]["alt"] == "Un barco [rojo]"    # type: ignore[index]


def test_a_russian_file_in_its_code_page_is_told_to_convert_from_windows_1251() -> None:
    data = "Президент России выступил на заседании Совета\n".encode("cp1251")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = not_utf8(data, exc, "news.txt").format()
    assert "iconv -f WINDOWS-1251 -t UTF-8" in message
