"""An installed cms-i18n has every data file its code reads: pyproject's package-data
patterns cover each file of the package's ``data`` folders."""

from __future__ import annotations

from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "cms_i18n"


def _shipped() -> set[Path]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["cms_i18n"]
    return {path for pattern in patterns for path in PACKAGE.glob(pattern) if path.is_file()}


def test_every_data_file_of_the_package_is_shipped() -> None:
    data = {path for path in PACKAGE.rglob("*") if path.is_file() and "data" in
            path.relative_to(PACKAGE).parts[:-1] and "__pycache__" not in path.parts}
    missing = sorted(str(path.relative_to(REPO)) for path in data - _shipped())
    assert not missing, f"left out of the wheel by pyproject's package-data: {missing}"
    # The look-alike repair's word list and letter models are among them.
    assert PACKAGE / "clean" / "data" / "english" / "words.txt.gz" in data
    assert PACKAGE / "clean" / "data" / "letters" / "cyrillic.tsv" in data
