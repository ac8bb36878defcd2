"""``manage.py cms_i18n`` from a shell: help, usage errors and user errors like the CLI's."""

from __future__ import annotations

import pytest

from tests.contrib.wagtail.conftest import Site


def shell(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command the way ``manage.py`` does; (exit status, stdout, stderr)."""
    from cms_i18n.contrib.wagtail.management.commands.cms_i18n import Command

    try:
        Command().run_from_argv(["manage.py", "cms_i18n", *args])
        code = 0
    except SystemExit as exited:
        code = exited.code if isinstance(exited.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_the_commands(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    for args in ((), ("--help",)):
        code, out, _ = shell(capsys, *args)
        assert code == 0 and out.startswith("Usage: manage.py cms_i18n [OPTIONS] COMMAND")
        assert all(name in out for name in ("translate", "apply", "status", "check", "compile",
                                              "glossary"))
    code, out, _ = shell(capsys, "apply", "--help")
    assert code == 0 and "--include-fuzzy" in out and "--fallback [source|skip]" in out


def test_user_errors_are_one_line_with_the_cli_exit_codes(
        site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = shell(capsys, "apply", "--lang", "fr")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and "no catalogues named content.po for fr under " in err
    assert err.count("\n") == 1 and "Traceback" not in err

    code, _, err = shell(capsys, "translate", "--lang", "es")           # an empty site
    assert code == 1 and err.startswith("error: nothing to translate: no live page")

    code, _, err = shell(capsys, "translat")
    assert code == 1 and err == ("error: manage.py cms_i18n: No such command 'translat'. Did "
                                 "you mean 'translate'? (see `manage.py cms_i18n --help`)\n")

    code, _, err = shell(capsys, "apply", "--fallback", "never")
    assert code == 1 and err.startswith("error: manage.py cms_i18n apply: Invalid value for "
                                        "'--fallback': 'never' is not one of")
    assert err.count("\n") == 1

    code, _, err = shell(capsys, "status", "--lang", "es", "--settings=x.y")  # Django's own
    assert code == 1 and err.startswith("error: no catalogues named content.po for es under ")


def test_status_without_catalogs_says_so(site: Site, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    code, out, err = shell(capsys, "status")
    assert code == 1 and out == "" and err.startswith("error: no catalogues named content.po "
                                                      "under ")


def test_a_refused_translation_fails_apply_with_the_cli_exit_status(
        site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.contrib.wagtail.conftest import make_article
    from tests.contrib.wagtail.test_site import approve

    make_article(body=[("paragraph", "<p>The SCO met in Moscow on Tuesday.</p>")])
    code, _, err = shell(capsys, "translate", "--lang", "es", "-q")
    assert code == 0, err
    approve(site, edits={"The SCO met": '<a href="javascript:alert(1)">La OCS</a> se reunió.'})

    code, out, err = shell(capsys, "apply", "--lang", "es")
    assert code == 2, err
    lines = err.splitlines()
    assert any(ln.startswith(f"refused: {site.po()}:") and "javascript" in ln.lower()
               for ln in lines), err
    assert lines[-1].startswith("error: es: 1 translation refused for critical problems")
    assert "Traceback" not in err and "es: " in out          # the summary is still printed


def test_hints_name_the_command_as_the_site_runs_it(
        site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    """A message's hint at another command names it as ``manage.py cms_i18n …``: the site
    has no ``cms-i18n`` of its own to run (status said "run `cms-i18n translate` first")."""
    from cms_i18n.contrib.wagtail.management.commands.cms_i18n import site_command
    from tests.contrib.wagtail.conftest import make_article
    from tests.contrib.wagtail.test_sync import BODY

    make_article(body=BODY)
    _, out, err = shell(capsys, "status")
    said = out + err
    assert "`cms-i18n " not in said, said
    assert "`manage.py cms_i18n translate" in said, said
    assert site_command("`cms-i18n glossary init` copies it") == (
        "`manage.py cms_i18n glossary init` copies it")
