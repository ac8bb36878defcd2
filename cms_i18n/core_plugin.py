"""The built-in clean steps and catalogue checks, offered through the plugin hooks.

They live in :mod:`cms_i18n.clean` and :mod:`cms_i18n.catalog.checks`; these hooks
import them when the registry is first asked for steps or checks, not when it is
made, so that a command that neither cleans nor checks (``--help``, ``engines``,
``glossary lookup``) does not load the cleaner, whose import compiles hundreds of
patterns.  A plugin's steps and checks come after these (:mod:`cms_i18n.plugins`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_i18n.hookspecs import hookimpl

if TYPE_CHECKING:
    from cms_i18n.catalog.checks import Check
    from cms_i18n.clean import Step


@hookimpl
def cms_i18n_clean_steps() -> list[Step]:
    from cms_i18n.clean import TEXT_STEPS

    return list(TEXT_STEPS)


@hookimpl
def cms_i18n_checks() -> list[Check]:
    from cms_i18n.catalog.checks import CHECKS

    return list(CHECKS)
