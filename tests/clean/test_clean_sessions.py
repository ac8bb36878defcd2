"""A plain-text tutorial's sessions, code and their headings are never chrome
(cms_i18n.clean.sessions)."""

from __future__ import annotations

import pytest

from cms_i18n.clean import apply_plan, clean_document
from cms_i18n.clean.sessions import is_prompt
from tests.support.cleaning import removed_lines

BODY = ("The list is the workhorse of the language: it holds values in order, grows as you "
        "add to it, and lets you look at any item by its place.")
MORE = "Try each of these at the prompt and compare what you see with the answers shown here."
SESSIONS = {
    "Python": ">>> x = [1, 2]\n>>> x.append(3)\n>>> x\n[1, 2, 3]",
    "IPython": "In [3]: x[0]\nOut[3]: 1",
    "shell": ("$ ls -l\ntotal 8\n-rw-r--r-- 1 ann staff 120 Mar 3 10:12 lists.py\n"
              "$ python3 lists.py"),
    "Ruby": "irb(main):001:0> a = [1, 2]\n=> [1, 2]\nirb(main):002:0> a.size\n=> 2",
    "R": "> x <- c(1, 2, 3)\n> mean(x)\n[1] 2",
    "SQL": "sqlite> SELECT name FROM person;\nDyer\nPabodie\nsqlite> .quit",
}
CHROME = ["Share this:", "Previous | Next | Contents", "Advertisement", "Like this:\nLoading..."]


@pytest.mark.parametrize("language", SESSIONS)
@pytest.mark.parametrize("chrome", CHROME)
@pytest.mark.parametrize("place", ["top", "middle", "end"])
def test_a_session_beside_chrome_keeps_every_line(language: str, chrome: str,
                                                  place: str) -> None:
    session = SESSIONS[language]
    if place == "top":
        page = f"{chrome}\n{session}\n\nLists in Python\n\n{BODY}\n\n{MORE}\n"
    elif place == "middle":
        page = f"Lists in Python\n\n{BODY}\n\n{chrome}\n{session}\n\n{MORE}\n"
    else:
        page = f"Lists in Python\n\n{BODY}\n\n{MORE}\n\n{session}\n{chrome}\n"
    removed = removed_lines(page)
    assert not set(removed) & set(session.split("\n")), removed
    cleaned = clean_document(page)
    assert session in cleaned.text
    assert apply_plan(page, cleaned.fixes) == cleaned.text


@pytest.mark.parametrize("summary", [
    "Syntax summary\n\nx = []\nx.append(v)\nx.pop()\nlen(x)",
    "Syntax summary\n\nx = []          make an empty list\nx.append(v)     add v at the end\n"
    "len(x)          count the items",
])
@pytest.mark.parametrize("chrome", ["Share this:", "Advertisement"])
def test_a_short_syntax_summary_and_its_heading_stay(summary: str, chrome: str) -> None:
    for page in (f"{chrome}\n{summary}\n\nLists in Python\n\n{BODY}\n\n{MORE}\n",
                 f"Lists in Python\n\n{BODY}\n\n{MORE}\n\n{summary}\n\n{chrome}\n"):
        cleaned = clean_document(page).text
        assert summary in cleaned
        assert chrome not in cleaned.split("\n")


@pytest.mark.parametrize("line", [
    ">>> x = 1", "... print(x)", "In [3]: x", "Out[3]: 1", "$ ls -l", "ann@host ~ % make all",
    "ann@host:~$ git status", "irb(main):001:0> a = 1", "irb(main):002* end",
    "[1] pry(main)> ls", "iex(1)> 1 + 1", "> x <- c(1, 2)", "+ mean(x)", "sqlite> .tables",
    "mysql> SHOW TABLES;", "postgres=# \\dt", "ghci> map (+1) [1,2]", "C:\\> dir",
    "PS C:\\Users\\ann> Get-ChildItem",
])
def test_prompts_of_many_languages(line: str) -> None:
    assert is_prompt(line)


@pytest.mark.parametrize("line", [
    "> He said it was fine.", "$ 448.56", "$5 million", "Home > News > World",
    "Note> read the manual", "% of voters", "In 2021: a year of change",
])
def test_prose_currency_and_trails_are_no_prompt(line: str) -> None:
    assert not is_prompt(line)
