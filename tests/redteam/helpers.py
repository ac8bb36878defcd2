"""What every red-team case asserts: a clean one-line refusal, or a correct result."""

from __future__ import annotations

from pathlib import Path

from click.testing import Result

from tests.helpers import run


def refused(result: Result, *fragments: str) -> str:
    """Assert a clean refusal: non-zero exit, one ``error:`` line naming the problem.

    Progress lines may precede it on stderr; a traceback never appears (the runner
    re-raises anything but a clean exit, so a crash fails the test by itself).
    """
    assert result.exit_code not in (0, None), result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
    return errors[0]


def translate(*args: str | Path) -> Result:
    return run("translate", "--lang", "es", "--engine", "apertium", *map(str, args))


def write_site(root: Path, files: dict[str, str]) -> Path:
    """A site: ``content/`` holding ``files``, a config naming it, an empty glossary."""
    content = root / "content"
    content.mkdir()
    (root / "glossaries").mkdir()
    for name, text in files.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    (root / "cms-i18n.yaml").write_text(
        "content_dir: content\ntarget_langs: [es]\nglossary_dir: glossaries\n"
        "memory: memory.sqlite\n", encoding="utf-8")
    return content
