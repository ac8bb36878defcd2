"""Shared test set-up: the tiny Argos model fixtures, no network, no skipped engines in CI,
and a folder of temporary files of the checkout's own."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests try the same examples on every run (a run's verdict depends on the
# code, not on the draw); HYPOTHESIS_PROFILE=explore searches at random for new bugs,
# and what it finds is kept as an @example of the test.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

pytest_plugins = ["tests.support.argos_model", "tests.support.ci_guard",
                  "tests.support.services", "pytester"]


def pytest_configure(config: pytest.Config) -> None:
    """Each checkout's runs keep their temporary folders under a root of their own.

    pytest numbers a run's folder under one root per user and, when a run starts,
    deletes the oldest beyond the last three.  Two checkouts of the project tested
    side by side on one machine would delete each other's folders while they run —
    the PostgreSQL and Redis servers of a run live there, and die with them.
    ``--basetemp`` or ``PYTEST_DEBUG_TEMPROOT``, when given, are left as they are.
    """
    if config.option.basetemp or os.environ.get("PYTEST_DEBUG_TEMPROOT"):
        return
    checkout = hashlib.sha1(str(config.rootpath).encode("utf-8")).hexdigest()[:10]
    root = Path(tempfile.gettempdir()) / f"cms-i18n-tests-{checkout}"
    root.mkdir(mode=0o711, exist_ok=True)
    os.environ["PYTEST_DEBUG_TEMPROOT"] = str(root)


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """Every test runs with the network blocked: cms-i18n must work offline."""
