"""The plugin manifest, ``plugin.yaml``, written from the code it describes.

A CMS reads ``plugin.yaml`` to install the plugin: what to ``pip install``,
which commands to call on which event, and every setting with its default.
The settings come from :data:`cms_i18n.config.SETTINGS`, so the manifest
cannot drift from what the code accepts; after declaring a setting, run::

    python -m cms_i18n.manifest --write

(``tests/test_manifest.py`` fails until the file is current).  Nothing reads
the manifest at run time: the defaults are the declarations themselves.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from cms_i18n import __version__
from cms_i18n.config import SETTINGS, Setting

PATH = Path(__file__).with_name("plugin.yaml")

_HEADER = f"""\
# cms-i18n plugin manifest.
#
# Written by `python -m cms_i18n.manifest --write` from the code; do not edit.
# A CMS reads this file to install the plugin.  A site overrides the
# `settings` defaults in its own config file (cms-i18n.yaml in the site root,
# or --config FILE), and command-line flags override both.
name: cms-i18n
version: {__version__}
description: >-
  Offline translation and glossary plugin: cleans scraped source text,
  enforces approved entity names, translates with Argos Translate or
  Apertium, and writes gettext catalogues for editors to review.
license: Apache-2.0
python: ">=3.10"
package: cms-i18n
command: cms-i18n

# What the CMS may call, and when.  A catalogue always describes the whole
# site (a run over part of it would retire the rest), and the translation
# memory makes a run over unchanged content cost next to nothing, so both
# content hooks run the full command, outside the editor's request.
hooks:
  content_published:
    description: >-
      Translate the site into every target language
      (only new or changed units reach the engine).
    command: cms-i18n translate
  content_saved:
    description: >-
      Nothing by default; a site that wants drafts translated early
      runs translate here too.
    command: null
  build:
    description: Compile reviewed catalogues to .mo files.
    command: cms-i18n compile
  apply:
    description: Write reviewed translations back into the CMS.
    command: cms-i18n apply
"""


def render(settings: tuple[Setting, ...] = SETTINGS) -> str:
    """The whole manifest: the fixed header, then one line per setting with its help."""
    lines = [_HEADER, "settings:"]
    group = ""
    for setting in settings:
        parent, _, name = setting.key.rpartition(".")
        if parent != group:
            if parent:
                lines.append(f"  {parent}:")
            group = parent
        indent = "    " if parent else "  "
        lines.append(f"{indent}{name}: {_scalar(setting.default)}  # {setting.help}")
    return "\n".join(lines) + "\n"


def _scalar(value: object) -> str:
    """A default in YAML flow style on one line: ``[es]``, ``null``, ``auto``."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000)
    return text.removesuffix("\n").removesuffix("\n...")


def main(argv: list[str]) -> int:
    text = render()
    if argv[1:] == ["--write"]:
        PATH.write_text(text, encoding="utf-8")
        return 0
    if argv[1:]:
        sys.stderr.write("usage: python -m cms_i18n.manifest [--write]\n")
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
