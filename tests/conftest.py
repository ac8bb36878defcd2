"""Shared test set-up: the tiny Argos model fixtures, no network, no skipped engines in CI."""

from __future__ import annotations

import pytest

pytest_plugins = ["tests.support.argos_model", "tests.support.ci_guard",
                  "tests.support.services", "pytester"]


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """Every test runs with the network blocked: cms-i18n must work offline."""
