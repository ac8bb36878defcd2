"""The plugin guide's example, installed as a package would be, does what the guide says.

``docs/plugins.md`` is one plugin module spread over its code blocks; this test
writes them into ``desk_mt/plugin.py`` in a folder on ``sys.path``, names it in
the ``cms_i18n`` entry-point group, and runs every hook the guide shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import polib
import pytest
import tomllib
from click.testing import CliRunner

from cms_i18n import plugins
from cms_i18n.catalog.checks import entry_problems
from cms_i18n.catalog.po import PoEntry
from cms_i18n.clean import clean_unit
from cms_i18n.config import load_settings
from cms_i18n.errors import ConfigError
from tests.helpers import REPO, make_site, run

GUIDE = REPO / "docs" / "plugins.md"


def guide_module() -> str:
    """Every ``python`` block of the guide, in order: the plugin module."""
    blocks = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 6
    return "\n\n".join(blocks)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    packages = tmp_path / "site-packages"
    (packages / "desk_mt").mkdir(parents=True)
    (packages / "desk_mt" / "__init__.py").write_text("")
    (packages / "desk_mt" / "plugin.py").write_text(guide_module(), encoding="utf-8")
    dist = packages / "desk_mt-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: desk_mt\nVersion: 1.0\n")
    toml = re.search(r"```toml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert toml is not None
    named = tomllib.loads(toml.group(1))["project"]["entry-points"]["cms_i18n"]
    (dist / "entry_points.txt").write_text(
        "[cms_i18n]\n" + "".join(f"{name} = {module}\n" for name, module in named.items()))
    monkeypatch.syspath_prepend(str(packages))
    site = make_site(tmp_path / "site", content=None)
    (site / "content").mkdir()
    (site / "content" / "brief.txt").write_text("The SCO met -- briefly -- in Astana.\n")
    (site / "cms-i18n.yaml").write_text("content_dir: content\ndesk_strategy: codeswitch\n")
    monkeypatch.chdir(site)
    monkeypatch.setenv("CMS_I18N_ARGOS_PACKAGES", str(tmp_path / "no-argos"))
    plugins.reset()
    yield site
    plugins.reset()


@pytest.mark.engine
def test_the_engine_translates_with_the_setting_and_the_clean_step(desk: Path) -> None:
    result = run("translate", "--engine", "desk", "--lang", "es", "--quiet")
    assert result.exit_code == 0, result.output
    po = polib.pofile(str(desk / "locale" / "es" / "LC_MESSAGES" / "content.po"))
    entry = po[0]
    assert entry.msgid == "The SCO met — briefly — in Astana."
    assert "machine translation: desk" in entry.comment
    assert "OCS" in entry.msgstr
    unsupported = run("translate", "--engine", "desk", "--lang", "de", "--quiet")
    assert unsupported.stderr == "error: engine 'desk' cannot translate en→de: the desk " \
        "translates English into Spanish only (needs apertium-eng-spa)\n"


def test_the_setting_is_checked_with_file_and_line(desk: Path) -> None:
    assert load_settings()["desk_strategy"] == "codeswitch"
    (desk / "cms-i18n.yaml").write_text("content_dir: content\ndesk_strategy: magic\n")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.format().endswith("cms-i18n.yaml:2: setting 'desk_strategy' must be "
                                          "one of standin, codeswitch, not 'magic'")


def test_the_clean_step_notes_its_edits(desk: Path) -> None:
    cleaned = clean_unit("Talks ended -- late -- today.")
    assert cleaned.text == "Talks ended — late — today."
    assert [f.note for f in cleaned.fixes] == ["double dash made an em dash"] * 2


def test_the_check_warns(desk: Path) -> None:
    entry = PoEntry(msgid="Talks ended.", msgstr="Las conversaciones terminaron " * 3)
    found = entry_problems(entry, "es.po", ships=True)
    assert [(p.check, p.severity) for p in found if p.check == "desk-length"] == \
        [("desk-length", "warning")]
    title = PoEntry(msgid="Talks ended in Astana today.", msgctxt="news/talks:title",
                    msgstr="Las conversaciones terminaron hoy en Astaná tras tres días de "
                           "negociaciones")
    assert [p.message for p in entry_problems(title, "es.po", ships=True)
            if p.check == "desk-length"] == [
        "the translation is more than 1.2 times as long as the source"]
    title.flags.append("no-desk-length")
    assert "desk-length" not in {p.check for p in entry_problems(title, "es.po", ships=True)}


def test_the_command_reads_the_settings(desk: Path) -> None:
    cli = click.Group("cms-i18n")
    plugins.add_commands(cli)
    result = CliRunner().invoke(cli, ["desk", "--config", str(desk / "cms-i18n.yaml")])
    assert result.output == "desk: glossary terms by codeswitch\n"
