"""``cms-i18n clean`` as a shell filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cms_i18n.cli import main

DIRTY = "Share on Facebook Share on Twitter\nНeads of state met in Moscowâ€™s Kremlin.\n"
CLEAN = "Heads of state met in Moscow’s Kremlin.\n"


@pytest.fixture(autouse=True)
def _empty_cwd(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command from an empty folder: no site config lying around."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def run(args: list[str], stdin: str | bytes | None = None):
    return CliRunner().invoke(main, ["clean", *args], input=stdin)


def test_file_to_stdout(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(DIRTY, encoding="utf-8")
    result = run([str(source)])
    assert result.exit_code == 0
    assert result.stdout == CLEAN
    assert result.stderr == ""
    assert source.read_text(encoding="utf-8") == DIRTY   # the input is never rewritten


def test_stdin_to_stdout_composes_in_a_pipeline() -> None:
    first = run([], DIRTY)
    assert first.exit_code == 0 and first.stdout == CLEAN
    second = run(["-"], first.stdout)
    assert second.stdout == CLEAN


def test_explain_prints_fixes_with_line_numbers_to_stderr() -> None:
    result = run(["--explain"], DIRTY)
    assert result.stdout == CLEAN
    lines = result.stderr.splitlines()
    assert lines[0].startswith("line 1: chrome: 'Share on Facebook")
    assert "line 2: homoglyph: 'Нeads' → 'Heads' (look-alike letter in a Latin word)" in lines
    assert any(line.startswith("line 2: mojibake: 'â€™' → '’'") for line in lines)
    assert lines[-1] == "<stdin>: 3 fixes"


def test_invalid_utf8_is_a_one_line_error_naming_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Fine line\nCaf\xe9 line\n".encode("latin-1"))
    result = run([str(source)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {source}:2: not valid UTF-8: byte 0xe9 at column 4; convert it to UTF-8 "
        f"first, e.g. iconv -f WINDOWS-1252 -t UTF-8 {source} > {source}.utf8 and, if it "
        f"reads right, mv {source}.utf8 {source} (the encoding it was saved in: "
        "WINDOWS-1252, ISO-8859-1, WINDOWS-1251, KOI8-R, WINDOWS-1253 …)\n")


def test_invalid_utf8_on_standard_input_says_how_to_convert_it() -> None:
    result = run([], "caf\xe9\n".encode("latin-1"))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: <stdin>:1: not valid UTF-8: byte 0xe9 at column 4; "
                                    "convert it to UTF-8 first, e.g. … | iconv -f "
                                    "WINDOWS-1252 -t UTF-8 | cms-i18n clean")
    assert result.stderr.count("\n") == 1


def test_binary_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "image.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run([str(source)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {source}:")
    assert "binary" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_short_page_with_stray_control_bytes_is_cleaned_not_refused(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_bytes(b"The Council\x00 met\x01 on\x1b Monday.\x00\n"
                       b"Its\x07 members\x00 agreed.\x02\n")
    result = run([str(source)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "The Council met on Monday.\nIts members agreed.\n"


def test_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run([str(missing)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {missing}: cannot read")


def test_markdown_is_picked_by_extension(tmp_path: Path) -> None:
    source = tmp_path / "post.md"
    source.write_text("Нeads  met.\n\n    indented  code ”kept”\n", encoding="utf-8")
    result = run([str(source)])
    assert result.stdout == "Heads met.\n\n    indented  code ”kept”\n"
    as_text = run(["--format", "text", str(source)])
    assert as_text.stdout == "Heads met.\n\n    indented code “kept”\n"


def test_quote_style_can_be_forced() -> None:
    result = run(["--quotes", "straight"], "”Ready,” he said.\n")
    assert result.stdout == '"Ready," he said.\n'


def test_site_chrome_pattern_option() -> None:
    text = "Text.\nSputnik Globe brings you the news\n"
    assert run([], text).stdout == text
    result = run(["--chrome-pattern", "^Sputnik Globe brings"], text)
    assert result.stdout == "Text.\n"
    bad = run(["--chrome-pattern", "(oops"], "Text.\n")
    assert bad.exit_code == 1
    assert bad.stderr.startswith("error: clean.chrome_patterns: bad regular expression '(oops'")


def test_help_documents_explain() -> None:
    result = CliRunner().invoke(main, ["clean", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "--explain" in text and "to standard error" in text


def test_site_config_patterns_are_used(tmp_path: Path) -> None:
    config = tmp_path / "site.yaml"
    config.write_text("clean:\n  chrome_patterns:\n    - '^Sputnik Globe brings'\n",
                      encoding="utf-8")
    result = run(["--config", str(config)], "Text.\nSputnik Globe brings you the news\n")
    assert result.exit_code == 0
    assert result.stdout == "Text.\n"


def test_bad_pattern_in_site_config_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "site.yaml"
    config.write_text("clean:\n  chrome_patterns:\n    - '(oops'\n", encoding="utf-8")
    result = run(["--config", str(config)], "Text.\n")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error: {config}:2: setting 'clean.chrome_patterns': bad regular")


AUTHORED = ("# Home\n\nThe CSTO held drills near Dushanbe.\n\nSputnik brings you the news\n\n"
            "See also: [CSTO exercises in Tajikistan](https://example.org/csto)\n")


def test_authored_text_keeps_headings_and_links_the_chrome_rules_would_take() -> None:
    scraped = run(["--format", "markdown", "--explain"], AUTHORED)
    assert "See also" not in scraped.stdout and "# Home" not in scraped.stdout
    # Every removed line is listed, with its line number.
    assert "line 1: chrome: '# Home'" in scraped.stderr
    assert "line 7: chrome: 'See also: [CSTO" in scraped.stderr

    authored = run(["--format", "markdown", "--authored", "--explain",
                    "--chrome-pattern", "^Sputnik brings"], AUTHORED)
    assert authored.stdout == AUTHORED.replace("Sputnik brings you the news\n\n", "")
    assert "line 5: chrome: 'Sputnik brings you the news' → '' (the site's chrome " \
           "pattern)" in authored.stderr
    assert run(["--format", "markdown", "--authored"], AUTHORED).stdout == AUTHORED


def test_stray_control_bytes_are_removed_with_a_note_not_refused(tmp_path: Path) -> None:
    source = tmp_path / "scraped.txt"
    source.write_bytes(b"Heads of delegations met.\n\nThe talks\x00 ended\x07 on Friday.\n")
    result = run([str(source), "--explain"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Heads of delegations met.\n\nThe talks ended on Friday.\n"
    assert result.stderr.count(": control: ") == 2


def test_explain_names_the_place_rules_and_authored_text_keeps_those_lines() -> None:
    slides = ("Python builds a list by embedding a for within list brackets.\n\n"
              + "".join(f"CS 538 Spring 2008\n\n{n}\n\nSlide {n} says more about lists.\n\n"
                        for n in (534, 535, 536)))
    scraped = run(["--explain"], slides)
    assert scraped.exit_code == 0
    assert "CS 538" not in scraped.stdout and "\n535\n" not in scraped.stdout
    assert "line 3: chrome: 'CS 538 Spring 2008' → '' (running footer)" in scraped.stderr
    assert "line 5: chrome: '534' → '' (page number)" in scraped.stderr
    authored = run(["--authored"], slides)
    assert authored.stdout.count("CS 538 Spring 2008") == 3


@pytest.mark.parametrize("saved", [
    b"\xef\xbb\xbfNotes for the meeting. \r\nBring the figures.\r\n",        # Notepad
    b"Dear colleagues,\r\n\r\n\r\nthe council met twice.\r\n",               # an e-mail
    b"Line one of the note.\rLine two of the note.\r",                        # old Mac
])
def test_a_genuine_file_comes_out_saved_as_it_was(tmp_path: Path, saved: bytes) -> None:
    source = tmp_path / "note.txt"
    source.write_bytes(saved)
    result = run(["--explain", str(source)])
    assert result.exit_code == 0
    assert result.stdout_bytes == saved
    assert result.stderr == f"{source}: 0 fixes\n"


def test_a_windows_file_is_cleaned_and_keeps_its_line_breaks(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_bytes(DIRTY.replace("\n", "\r\n").encode("utf-8"))
    result = run([str(source)])
    assert result.stdout_bytes == CLEAN.replace("\n", "\r\n").encode("utf-8")
    again = run([], result.stdout_bytes)
    assert again.stdout_bytes == result.stdout_bytes


def test_a_file_mixing_line_breaks_gets_one_kind_with_a_note(tmp_path: Path) -> None:
    source = tmp_path / "pieced.txt"
    source.write_bytes(b"The council met.\r\nIt agreed.\nIt adjourned.\r\n")
    result = run(["--explain", str(source)])
    assert result.stdout_bytes == b"The council met.\nIt agreed.\nIt adjourned.\n"
    assert "CRLF line breaks" in result.stderr
