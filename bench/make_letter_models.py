"""Build the letter models the cleaner reads Cyrillic and Greek mojibake with.

Run:  .venv/bin/python bench/make_letter_models.py MIRROR

``MIRROR`` holds the Universal Dependencies treebanks named in :data:`SOURCES`
(one folder per repository, ``owner+name``, a clone or a bare copy).  The
sentences of the files named there (the ``# text`` lines) are counted as
letter trigrams, words padded with ``_``; a sentence that stands in a text of
the negative set (bench/data/negative) is left out, so that the set's texts,
which the mojibake benchmark corrupts, were never seen by the model.  Trigrams
seen once are dropped, which keeps each file small.  The output goes to
``cms_i18n/clean/data/letters/`` (see its README.md).
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections import Counter
from pathlib import Path

from cms_i18n.clean.letters import words_of

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "cms_i18n" / "clean" / "data" / "letters"
NEGATIVE = ROOT / "bench" / "data" / "negative"

#: model → (repository, commit, file) whose sentences it is counted from.
SOURCES: dict[str, list[tuple[str, str, str]]] = {
    "cyrillic": [
        ("UniversalDependencies/UD_Russian-GSD", "5400f2fd7264b7699727bb61b09f53841899df26",
         "ru_gsd-ud-test.conllu"),
        ("UniversalDependencies/UD_Russian-Taiga", "3c64a056edcd5c6e2c29b3724d973729c354e016",
         "ru_taiga-ud-test.conllu"),
        ("UniversalDependencies/UD_Russian-PUD", "da5b3816eeaa24283c1d81a48bb1de4d062fc5d5",
         "ru_pud-ud-test.conllu"),
        ("UniversalDependencies/UD_Russian-Poetry", "72fe3ef588e571dc0e61f93e782a519e2cb9f00d",
         "ru_poetry-ud-test.conllu"),
        ("UniversalDependencies/UD_Ukrainian-ParlaMint",
         "db32b178704bb0f9cbcc83dfaddb5cab80147ea8", "uk_parlamint-ud-test.conllu"),
    ],
    "greek": [
        ("UniversalDependencies/UD_Greek-GUD", "e014415b034f6263ab634fafd1e9df8fef5d87aa",
         "el_gud-ud-train.conllu"),
    ],
}
MIN_COUNT = 2
#: The lower-case letters a lost byte most often hides (see cms_i18n.clean.lostbytes): the
#: word list holds only words seen twice or more with one of them, which a choice between
#: such letters is about ("вас" or "вая").
HIDDEN = frozenset("сэяρύ")


def read_source(mirror: Path, repo: str, commit: str, path: str) -> str:
    folder = mirror / repo.replace("/", "+")
    for git_dir in (folder / "repo", folder):
        if git_dir.exists():
            shown = subprocess.run(["git", "-C", str(git_dir), "show", f"{commit}:{path}"],
                                   capture_output=True, check=False)
            if shown.returncode == 0:
                return shown.stdout.decode("utf-8")
    raise SystemExit(f"{repo}: {path} at {commit[:12]} not found under {folder}")


def sentences(conllu: str) -> list[str]:
    return [line[len("# text = "):].strip() for line in conllu.splitlines()
            if line.startswith("# text = ")]


#: The letters each model counts: a word with any other letter (a Latin name) is left out.
SCRIPTS = {"cyrillic": re.compile("[\u0400-\u04ff]+"), "greek": re.compile("[\u0370-\u03ff]+")}


def trigrams(text: str, script: re.Pattern[str]) -> Counter[str]:
    """Letter trigrams of ``text``'s words, lower-cased, each word padded with ``_``."""
    counts: Counter[str] = Counter()
    for word in words_of(text):
        if not script.fullmatch(word):
            continue
        padded = f"_{word}_"
        for i in range(len(padded) - 2):
            counts[padded[i:i + 3]] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mirror", type=Path)
    args = parser.parse_args()
    negative = "\n".join(p.read_text("utf-8") for p in NEGATIVE.glob("*/*.txt"))
    OUT.mkdir(parents=True, exist_ok=True)
    for model, sources in SOURCES.items():
        counts: Counter[str] = Counter()
        words: Counter[str] = Counter()
        kept = left = 0
        for repo, commit, path in sources:
            for sentence in sentences(read_source(args.mirror, repo, commit, path)):
                if sentence in negative:
                    left += 1
                    continue
                kept += 1
                counts.update(trigrams(sentence, SCRIPTS[model]))
                words.update(w for w in words_of(sentence) if SCRIPTS[model].fullmatch(w))
        rows = sorted((gram, n) for gram, n in counts.items() if n >= MIN_COUNT)
        target = OUT / f"{model}.tsv"
        target.write_text("".join(f"{gram}\t{n}\n" for gram, n in rows), "utf-8")
        listed = sorted((word, n) for word, n in words.items()
                        if n >= MIN_COUNT and HIDDEN & set(word))
        (OUT / f"{model}-words.tsv").write_text(
            "".join(f"{word}\t{n}\n" for word, n in listed), "utf-8")
        print(f"{model}: {kept} sentences ({left} in the negative set left out), "
              f"{len(rows)} trigrams → {target.relative_to(ROOT)}, {len(listed)} words")


if __name__ == "__main__":
    main()
