"""The CI guard: a skipped engine test fails the run in CI, and only there."""

from __future__ import annotations

import pytest

SUITE = """
import pytest

@pytest.mark.engine
def test_engine():
    pytest.skip("apertium not installed")

def test_other():
    pytest.skip("not relevant here")

@pytest.mark.engine
@pytest.mark.xfail(strict=True, reason="a known bug")
def test_known_bug():
    assert False
"""


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest('pytest_plugins = ["tests.support.ci_guard"]\n')
    pytester.makeini("[pytest]\nmarkers =\n    engine: a real engine\n")
    pytester.makepyfile(test_suite=SUITE)
    return pytester


def test_skipped_engine_test_fails_in_ci(suite: pytest.Pytester,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    result = suite.runpytest()
    # (the known bug ran and failed as expected: no skip, so no failure of the run)
    result.assert_outcomes(failed=1, skipped=1, xfailed=1)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*engine test skipped in CI*apertium not installed*"])


def test_outside_ci_a_skip_stays_a_skip(suite: pytest.Pytester,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    suite.runpytest().assert_outcomes(skipped=2, xfailed=1)
