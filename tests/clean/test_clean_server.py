"""A server's error or warning printed into a page: removed with its true reason,
wherever it stands; kept where the page quotes it to explain it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cms_i18n.clean.server import REASON, is_server_message
from cms_i18n.cli import main
from tests.clean.test_clean_middle import ARTICLE, page
from tests.support.cleaning import cleaned_text, removed_lines

WARNING = "Warning: Undefined variable $x in /var/www/html/index.php on line 12"
DEPRECATED = ("Deprecated: Function create_function() is deprecated in "
              "/home/site/public_html/wp-includes/plugin.php on line 45")
NOTICE = "PHP Notice:  Trying to get property 'ID' of non-object in /srv/www/single.php on line 3"
FATAL = ("Fatal error: Uncaught Error: Call to undefined function get_header() in "
         "C:\\xampp\\htdocs\\site\\index.php:7\nStack trace:\n#0 {main}\n"
         "  thrown in C:\\xampp\\htdocs\\site\\index.php on line 7")


# a theme's method declared unlike its parent's: PHP's own "::" and "$" read as code no more
DECLARATION = ("Warning: Declaration of Theme_Walker::start_el($output, $item, $depth, $args) "
               "should be compatible with Walker_Nav_Menu::start_el(&$output, $item, $depth = 0, "
               "$args = NULL, $id = 0) in /home/site/public_html/wp-content/themes/theme/"
               "library/walkers.php on line 39")


@pytest.mark.parametrize("message", [WARNING, DEPRECATED, NOTICE, FATAL, DECLARATION,
                                     "Warning:  mysql_connect(): Access denied for user "
                                     "'root'@'localhost' (using password: YES) in "
                                     "/var/www/db.inc on line 8"])
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_a_server_message_goes_wherever_it_stands(message: str, where: str) -> None:
    text = {"top": message + "\n\n" + ARTICLE, "middle": page(message),
            "end": page(end=(message,))}[where]
    assert cleaned_text(text) == ARTICLE
    assert set(removed_lines(text).values()) == {REASON}


def test_explain_gives_the_true_reason_for_a_message_opening_the_page() -> None:
    result = CliRunner().invoke(main, ["clean", "--explain"], input=DEPRECATED + "\n" + ARTICLE)
    assert result.stdout == ARTICLE
    assert result.stderr.splitlines()[0] == (
        "line 1: chrome: 'Deprecated: Function create_function(…' → '' "
        "(server error printed into the page)")
    assert "headline in another language" not in result.stderr


@pytest.mark.parametrize("text", [
    # a tutorial shows the message it explains, introduced by a colon
    "Undefined variables\n\nWhen a variable is read before it is set, the page shows:\n\n"
    f"{WARNING}\n\nSet the variable first and the warning goes away.\n",
    # ... or names the variable the message names
    f"Undefined variables\n\nRunning the script gives\n\n{WARNING}\n\n"
    "because $x was never set before the loop.\n",
    # in a code block it is code
    f"Reading a variable before setting it\n\n    {WARNING}\n\nSet it first.\n",
    f"Reading a variable before setting it\n\n```\n{WARNING}\n```\n\nSet it first.\n",
    # a sentence about a warning is no message
    page("Warning: the storm will reach the coast in /the evening on line 12 of the map."),
])
def test_a_message_the_page_discusses_stays(text: str) -> None:
    assert cleaned_text(text) == text


def test_the_shape() -> None:
    assert is_server_message(WARNING) and is_server_message(DEPRECATED)
    assert is_server_message(NOTICE)
    assert not is_server_message("Warning: Undefined variable in the budget, the mayor said.")
    assert not is_server_message("Notice: the office is closed in /August on line 2 of buses.")


def test_a_failed_server_side_include_goes_unless_the_page_explains_it() -> None:
    """Apache prints "[an error occurred while processing this directive]" where an
    include failed: chrome above a car column; a tutorial about includes keeps it."""
    message = "[an error occurred while processing this directive]"
    assert cleaned_text(f"{message}\n\n{ARTICLE}") == ARTICLE
    tutorial = ("When an SSI directive fails, Apache prints its error message in the page:\n\n"
                f"{message}\n\nSet the errmsg of the config directive to change it.\n")
    assert cleaned_text(tutorial) == tutorial
