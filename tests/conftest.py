"""Shared test set-up: the tiny Argos model fixtures, no network, no skipped engines in CI."""

from __future__ import annotations

import os

import pytest

pytest_plugins = ["tests.support.argos_model"]


@pytest.fixture(autouse=True)
def _offline(no_network: None) -> None:
    """Every test runs with the network blocked: cms-i18n must work offline."""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """In CI, an engine test that skips is a failure: the engines must be installed there."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and item.get_closest_marker("engine"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"engine test skipped in CI (engines must be installed): {reason}"
