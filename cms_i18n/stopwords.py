"""Function words ("the", "и", "και") of the languages scraped pages come in.

The cleaner judges a line prose or chrome by how thick it is with them, and the
catalogue checks read "one" after a sentence's first word by them; kept here,
apart from :mod:`cms_i18n.clean`, so that reading the list does not load the
cleaner (whose import compiles hundreds of patterns).  The words are in the
cleaner's data, ``cms_i18n/clean/data/stopwords.txt``, one language a line.
"""

from __future__ import annotations

from importlib import resources


def _stopwords() -> frozenset[str]:
    # Through the top package: ``resources.files("cms_i18n.clean")`` would import the cleaner.
    text = resources.files("cms_i18n").joinpath("clean/data/stopwords.txt").read_text("utf-8")
    return frozenset(word for line in text.splitlines()
                     if line.strip() and not line.startswith("#")
                     for word in line.split(":", 1)[1].split())


#: Every language's function words, lower case, together.
STOPWORDS = _stopwords()
