"""Rebuild the negative set: genuine text, written by others, that the cleaner must not change.

Run:  .venv/bin/python bench/make_negative_set.py MIRROR [--out bench/data/negative]

``MIRROR`` holds bare or ordinary git clones of the public repositories named
in :data:`SOURCES`, one folder per repository called ``owner+name`` (a clone at
``MIRROR/owner+name/repo`` is found too).  Each file is read at the clone's
``HEAD``; the commit is written to ``SOURCES.tsv`` beside every text, so the set
can be checked against its origin.

A text is a run of whole paragraphs (never a fence or a stanza cut in half) of
300 to 4,000 bytes, taken at even steps through each source so that one long
book does not crowd out the others.  The only changes made to what the authors
wrote are the ones a CMS would make on import: Windows line ends become ``\\n``,
Latin-1 files are decoded, Project Gutenberg's licence header and footer are
left out, a treebank's sentences are joined into their paragraphs, a play's
HTML becomes speaker and verse lines, and a notebook keeps its Markdown cells.
The sources taken "as written" keep every blank line between their paragraphs
(two after a poem's title, two before a tutorial's section): the others' runs of
blank lines become one, as they were drawn first.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_BYTES, MAX_BYTES = 300, 4000


@dataclass(frozen=True)
class Source:
    """One repository and the files of it that hold genuine text."""

    key: str          # short name, the folder of its texts
    repo: str         # owner/name on GitHub
    files: str        # regular expression over paths at HEAD
    reader: str       # how a file becomes documents: one of READERS
    licence: str
    shape: str        # what kind of text it is, for the README's table
    limit: int = 16   # most texts taken from this source
    words: str = ""   # if set, only texts holding a match of this expression are taken
    as_written: bool = False  # keep every blank line: runs of them stay as the author left them


def _gutenberg(name: str) -> str:
    return rf"^{name}(-0|-8)?\.txt$"


SOURCES = [
    Source("ewt", "UniversalDependencies/UD_English-EWT", r"en_ewt-ud-(dev|test)\.conllu$",
           "conllu", "CC BY-SA 4.0", "English web text: blogs, e-mails, reviews, answers", 30),
    Source("gud-el", "UniversalDependencies/UD_Greek-GUD", r"el_gud-ud-test\.conllu$",
           "conllu", "CC BY-SA 4.0", "Greek prose", 18),
    Source("parlamint-uk", "UniversalDependencies/UD_Ukrainian-ParlaMint",
           r"uk_parlamint-ud-dev\.conllu$", "conllu", "CC BY-SA 4.0",
           "Ukrainian parliamentary speeches", 18),
    Source("gsd-ru", "UniversalDependencies/UD_Russian-GSD", r"ru_gsd-ud-dev\.conllu$",
           "conllu", "CC BY-SA 4.0", "Russian encyclopaedic prose", 18),
    Source("taiga-ru", "UniversalDependencies/UD_Russian-Taiga", r"ru_taiga-ud-test\.conllu$",
           "conllu", "CC BY-SA 4.0", "Russian social media, poetry, news", 18),
    Source("gsd-de", "UniversalDependencies/UD_German-GSD", r"de_gsd-ud-test\.conllu$",
           "conllu", "CC BY-SA 4.0", "German web prose", 16),
    Source("gsd-fr", "UniversalDependencies/UD_French-GSD", r"fr_gsd-ud-test\.conllu$",
           "conllu", "CC BY-SA 4.0", "French web prose", 16),
    Source("cmdline", "jlevy/the-art-of-command-line",
           r"^README(-(de|el|fr|ru|uk|es|it|pl|pt|ro|sl|cs))?\.md$", "markdown",
           "CC BY-SA 4.0", "Markdown guide in 13 languages, nested lists and code", 30),
    Source("tldr", "tldr-pages/tldr",
           r"^pages(\.(el|ru|uk|de|fr|bg|pl|cs|ro))?/common/[a-d][^/]*\.md$", "whole",
           "CC BY 4.0",
           "command pages in 11 languages", 30),
    Source("fpb", "EbookFoundation/free-programming-books",
           r"^(books|courses)/free-programming-(books|courses)-(ru|uk|de|fr|el|pl|en|cs)\.md$",
           "markdown", "CC BY 4.0", "Markdown lists of links in 8 languages", 16),
    Source("math-as-code", "Jam3/math-as-code", r"^README\.md$", "markdown", "MIT",
           "mathematical notation beside code", 10),
    Source("sci-python", "jrjohansson/scientific-python-lectures", r"\.ipynb$", "notebook",
           "CC BY 3.0", "lecture notes with formulas", 14),
    Source("rust-book", "rust-lang/book", r"^src/ch0[1-9][^/]*\.md$", "markdown",
           "MIT OR Apache-2.0", "programming book, Markdown with code", 16),
    Source("algorithms", "TheAlgorithms/Python", r"^(maths|strings|ciphers)/[^/]*\.py$",
           "whole", "MIT", "Python code with docstrings and doctests", 16),
    Source("country-codes", "datasets/country-codes", r"\.csv$", "lines", "ODC-PDDL-1.0",
           "CSV table", 6),
    Source("site-policy", "github/site-policy", r"^Policies/.*\.md$", "markdown", "CC0-1.0",
           "legal terms with numbered clauses", 16),
    Source("peps", "python/peps", r"^peps/pep-0[0-4]\d\d\.rst$", "markdown",
           "public domain / CC0-1.0", "reStructuredText proposals", 18),
    Source("constitution", "JesseKPhillips/USA-Constitution", r"\.md$", "markdown",
           "public domain", "constitution and amendments, numbered", 10),
    Source("shakespeare", "TheMITTech/shakespeare",
           r"^(hamlet|tempest|muchado|lear|twelfth_night)/[^/]*\.\d\.\d\.html$", "play",
           "public domain", "verse drama, speaker lines", 18),
    Source("ada-subtitles", "xsuchy/ada-zangemann-cz", r"^movie/(en|sk)\.srt$", "whole",
           "CC BY-SA 3.0 DE", "film subtitles (SRT), English and Slovak", 14),
    Source("ada-story", "xsuchy/ada-zangemann-cz",
           r"^Presentations/(ukr|fr|de|it|ca_valencia|da|pt_PT|ar)/ada-zangemann\.\w+\.txt$",
           "markdown", "CC BY-SA 3.0 DE", "children's story in 8 languages, Markdown", 16),
    Source("pride", "GITenberg/Pride-and-Prejudice_1342", _gutenberg("1342"), "gutenberg",
           "public domain", "novel with dialogue", 12),
    Source("devils-dictionary", "GITenberg/The-Devil-s-Dictionary_972", _gutenberg("972"),
           "gutenberg", "public domain", "dictionary entries with verse", 12),
    Source("liberty-minstrel", "GITenberg/The-Liberty-Minstrel_22089", _gutenberg("22089"),
           "gutenberg", "public domain", "song book, stanzas", 12),
    Source("intro-maths", "GITenberg/An-Introduction-to-Mathematics_41568",
           r"^41568-t/41568-t\.tex$", "latex", "public domain", "mathematics in LaTeX", 10),
    Source("beggars-opera", "GITenberg/The-Beggar-s-Opera--to-Which-is-Prefixed-the-Musick-"
           "to-Each-Song_25063", _gutenberg("25063"), "gutenberg", "public domain",
           "ballad opera: dialogue and airs", 12),
    Source("drill-regulations", "GITenberg/Infantry-Drill-Regulations-United-States-Army-"
           "1911Corrected-to-April-15-1917--Changes-Nos.-1-__20866", _gutenberg("20866"),
           "gutenberg", "public domain", "regulations, numbered paragraphs", 12),
    Source("ontboezemingen", "GITenberg/Ontboezemingen_24675", _gutenberg("24675"),
           "gutenberg", "public domain", "Dutch poems", 10),
    Source("paint-girl", "GITenberg/The-Mind-the-Paint-Girl--13-A-Comedy-in-Four-Acts_21849",
           _gutenberg("21849"), "gutenberg", "public domain", "stage comedy, dialogue", 12),
    Source("entre-nous", "GITenberg/Entre-Nous--13-Lectures-fran-aises---l-usage-des--coles-"
           "primaires---I_44157", _gutenberg("44157"), "gutenberg", "public domain",
           "French school readings and rhymes", 12),
    Source("angler", "GITenberg/The-Complete-Angler-1653_9198", _gutenberg("9198"),
           "gutenberg", "public domain", "17th-century dialogue and songs", 12),
    Source("nowhere", "GITenberg/News-from-Nowhere--Or-An-Epoch-of-Rest--13-Being-Some-"
           "Chapters-from-a-Utopian-Romance_3261", _gutenberg("3261"), "gutenberg",
           "public domain", "novel", 10),
    Source("slavery-songs", "GITenberg/Slavery-s-Passed-Away-and-Other-Songs_17773",
           _gutenberg("17773"), "gutenberg", "public domain", "songs with refrains", 10),
    Source("passamaquoddy", "GITenberg/Contribution-to-Passamaquoddy-Folk-Lore_17997",
           _gutenberg("17997"), "gutenberg", "public domain", "folklore with transcriptions", 10),
    # The words page chrome is made of (follow, subscribe, comment, share, contact, watch
    # live, tags), here inside sentences written by people: only texts holding them are
    # taken, so that the cleaner's calls and labels are tried on the article's own words.
    Source("calls-el", "UniversalDependencies/UD_Greek-GUD", r"el_gud-ud-train\.conllu$",
           "conllu", "CC BY-SA 4.0", "Greek prose with the words of calls and labels", 12,
           r"(?i)ακολουθ|σχόλι|δείτε|διαβάστε|εγγραφ|κοινοποι|μοιρ|ζωντανά|επικοινων|θέματα"
           r"|ετικέτ"),
    Source("calls-ru", "UniversalDependencies/UD_Russian-Taiga", r"ru_taiga-ud-dev\.conllu$",
           "conllu", "CC BY-SA 4.0", "Russian blog and news prose with the words of calls", 8,
           r"(?i)\b(?:подпис\w*|коммент\w*|следит\w*|читайте|смотрите|ссылк\w*|перепечат\w*"
           r"|рецензи\w*|нравится|поделит\w*|присоединяйтесь|контакт\w*)\b"),
    Source("verse-ru", "UniversalDependencies/UD_Russian-Poetry", r"ru_poetry-ud-dev\.conllu$",
           "conllu", "CC BY-SA 4.0", "Russian poems, a sentence a line", 10),
    Source("calls-pt", "UniversalDependencies/UD_Portuguese-Bosque",
           r"pt_bosque-ud-dev\.conllu$", "conllu", "CC BY-SA 4.0",
           "Portuguese news with the words of calls and labels", 12,
           r"(?i)\b(?:siga\w*|assin\w*|comentári\w*|leia|veja|acompanh\w*|inscrev\w*"
           r"|compartilh\w*|ao vivo|direitos reservados|reprodução|contato|etiquetas?|tags?)\b"),
    Source("latin-plays", "GITenberg/Two-Latin-Plays-for-High-School-Students_31894",
           _gutenberg("31894"), "gutenberg", "public domain", "Latin plays with notes", 10),
    # Taken as written, every blank line kept: plain-text lessons whose code and sessions
    # (">>> x = 1", "In [3]:", "$ ls -l", "sqlite>", "irb(main):001:0>") stand among
    # the prose, and poems with two blank lines under each title.
    Source("course-py", "UWPCE-PythonCert/ProgrammingInPython", r"^source/modules/[^/]*\.rst$",
           "whole", "CC BY-SA 4.0", "Python course in reStructuredText: >>> and In [n]: "
           "sessions, shell lines, two blank lines before sections", 6,
           r"(?ms)(?=.*\n[ \t]*\n[ \t]*\n)(?=.*^\s*(?:>>>|In \[\d+\]:|\$ ))", True),
    Source("sql-lesson", "swcarpentry/sql-novice-survey", r"^episodes/\d\d-[^/]*\.md$", "whole",
           "CC BY 4.0", "SQL lesson in Markdown: queries, their tables, a shell session", 3,
           r"(?m)^(?:SELECT|\$ )", True),
    Source("r-lesson", "swcarpentry/r-novice-inflammation", r"^episodes/0[1-5][^/]*\.Rmd$",
           "whole", "CC BY 4.0", "R lesson in R Markdown: R code and its output", 3,
           r"<-", True),
    Source("irb", "ruby/irb", r"^(?:README|doc/[^/]*)\.md$", "whole", "BSD-2-Clause",
           "Ruby's interactive shell documented: irb sessions", 3, r"irb\(main\)", True),
    Source("hayley-poems", "GITenberg/Poems-on-Serious-and-Sacred-Subjects-Printed-only-as-"
           "Private-Tokens-of-Regard-for-the-Particul__8948", _gutenberg("8948"), "gutenberg",
           "public domain", "poems, two blank lines under each title", 4, r"\n\n\n", True),
    # What an author types and a scraper's damage resembles: two spaces after a full stop,
    # Russian «» quotes, LaTeX maths beside Markdown, code.  The cleaner repairs such blanks
    # and quotes only on a page a scraper made.
    Source("statproof", "StatProofBook/StatProofBook.github.io", r"^P/[a-m][^/]*\.md$",
           "markdown", "CC BY-SA 4.0", "proofs in Markdown with LaTeX maths", 3, r"\$\$"),
    Source("vue-ru", "vuejs-translations/docs-ru", r"^src/guide/.*\.md$", "markdown",
           "CC BY 4.0", "Russian programming guide quoting with «»", 3, r"«"),
    Source("requests-docs", "psf/requests", r"^docs/user/[^/]*\.rst$", "markdown",
           "Apache-2.0", "user guide typed with two spaces after full stops", 3,
           r"[a-z]\.  [A-Z]"),
    Source("requests-code", "psf/requests", r"^src/requests/[^/]*\.py$", "whole",
           "Apache-2.0", "Python library code with docstrings", 3),
]


def git(repo_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo_dir), *args], check=True,
                          capture_output=True).stdout


def clone_of(mirror: Path, repo: str) -> Path:
    """The git directory of ``repo`` under ``mirror``."""
    base = mirror / repo.replace("/", "+")
    for candidate in (base / "repo" / ".git", base / "repo", base / ".git", base):
        if candidate.is_dir() and (candidate / "HEAD").exists():
            return candidate
    raise SystemExit(f"{repo}: no clone under {base}")


def decode(data: bytes, path: str) -> str:
    try:
        text = data.decode("latin-1") if path.endswith("-8.txt") else data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


# Readers: one source file → the documents in it, each a str of whole paragraphs.

def read_whole(text: str) -> Iterator[str]:
    yield text


def read_markdown(text: str) -> Iterator[str]:
    yield text


def read_lines(text: str) -> Iterator[str]:
    """A table: its header with runs of rows, each run its own document."""
    rows = text.rstrip("\n").split("\n")
    head, body = rows[0], rows[1:]
    step = 12
    for start in range(0, len(body), step):
        yield "\n".join([head, *body[start:start + step]]) + "\n"


def read_conllu(text: str) -> Iterator[str]:
    """Each treebank document, its sentences joined into paragraphs as they were written.

    A treebank without document and paragraph marks (its sentences unrelated)
    gives one document with one sentence a paragraph.
    """
    marked = "# newpar" in text
    document: list[list[str]] = []
    for line in text.split("\n"):
        if line.startswith("# newdoc") and document:
            yield "\n\n".join(" ".join(p) for p in document) + "\n"
            document = []
        if line.startswith("# newpar") or (line.startswith("# text =")
                                           and (not marked or not document)):
            document.append([])
        if line.startswith("# text ="):
            document[-1].append(line[len("# text ="):].strip())
    if document:
        yield "\n\n".join(" ".join(p) for p in document if p) + "\n"


def read_gutenberg(text: str) -> Iterator[str]:
    start = re.search(r"^\*\*\* ?START OF.*$", text, re.M)
    end = re.search(r"^\*\*\* ?END OF.*$", text, re.M)
    body = text[start.end() if start else 0:end.start() if end else len(text)]
    yield body.strip("\n") + "\n"


_TAG = re.compile(r"<[^>]+>")


def read_play(text: str) -> Iterator[str]:
    """A scene: stage directions, then each speaker's name over the lines of the speech."""
    out: list[str] = []
    for block in re.findall(r"<A NAME=speech\d+><b>(.*?)</b></a>\s*<blockquote>(.*?)"
                            r"</blockquote>|<blockquote>\s*<i>(.*?)</i>", text, re.S | re.I):
        speaker, speech, direction = block
        if direction:
            out.append(html.unescape(_TAG.sub("", direction)).strip())
            continue
        lines = [html.unescape(_TAG.sub("", line)).strip()
                 for line in re.split(r"<br>", speech, flags=re.I)]
        out.append("\n".join([speaker.strip(), *[line for line in lines if line]]))
    yield "\n\n".join(out) + "\n"


def read_notebook(text: str) -> Iterator[str]:
    cells = json.loads(text).get("cells", [])
    markdown = ["".join(c["source"]).strip("\n") for c in cells
                if c.get("cell_type") == "markdown"]
    yield "\n\n".join(m for m in markdown if m.strip()) + "\n"


def read_latex(text: str) -> Iterator[str]:
    """The body of a LaTeX book, preamble and the licence's boilerplate left out."""
    body = text.split("\\begin{document}", 1)[-1]
    body = re.split(r"\\PGLicense|\\end\{document\}", body)[0]
    yield body.strip("\n") + "\n"


READERS: dict[str, Callable[[str], Iterator[str]]] = {
    "whole": read_whole, "markdown": read_markdown, "lines": read_lines,
    "conllu": read_conllu, "gutenberg": read_gutenberg, "play": read_play,
    "notebook": read_notebook, "latex": read_latex,
}


def paragraphs(document: str) -> list[str]:
    """Blank-line separated blocks, a fenced code block kept whole with its blank lines."""
    blocks: list[str] = []
    current: list[str] = []
    fenced = False
    for line in document.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def chunks_as_written(document: str, target: int) -> Iterator[str]:
    """Runs of whole paragraphs, as :func:`chunks`, each blank line between them kept."""
    parts = re.split(r"(\n(?:[ \t]*\n)+)", document.strip("\n"))
    run = ""
    fenced = False
    for k in range(0, len(parts), 2):
        block = parts[k]
        for line in block.split("\n"):
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
        run += block
        size = len(run.encode("utf-8"))
        if not fenced and (size >= target or size > MAX_BYTES):
            if MIN_BYTES <= size <= MAX_BYTES:
                yield run + "\n"
            run = ""
            continue
        if k + 1 < len(parts):
            run += parts[k + 1]
    if run.strip() and not fenced and MIN_BYTES <= len(run.encode("utf-8")) <= MAX_BYTES:
        yield run.strip("\n") + "\n"


def chunks(document: str, target: int) -> Iterator[str]:
    """Runs of whole paragraphs of about ``target`` bytes, each 300 to 4,000 bytes."""
    run: list[str] = []
    size = 0
    for block in paragraphs(document):
        length = len(block.encode("utf-8")) + 2
        if run and size + length > MAX_BYTES:
            if size >= MIN_BYTES:
                yield "\n\n".join(run) + "\n"
            run, size = [], 0
        run.append(block)
        size += length
        if size >= target:
            if size <= MAX_BYTES:
                yield "\n\n".join(run) + "\n"
            run, size = [], 0
    if MIN_BYTES <= size <= MAX_BYTES:
        yield "\n\n".join(run) + "\n"


#: Target sizes cycled through, so every source gives short and long texts.
TARGETS = (400, 700, 1100, 1600, 2400, 3300)


def texts_of(source: Source, mirror: Path) -> Iterator[tuple[str, str, str]]:
    """(path, commit, text) for every candidate text of ``source``, in file order."""
    clone = clone_of(mirror, source.repo)
    commit = git(clone, "rev-parse", "HEAD").decode().strip()
    names = git(clone, "ls-tree", "-r", "--name-only", "HEAD").decode().splitlines()
    wanted = sorted(n for n in names if re.search(source.files, n))
    # Prefer the UTF-8 edition of a Gutenberg book, then Latin-1, then ASCII.
    if source.reader == "gutenberg" and wanted:
        wanted = [sorted(wanted, key=lambda n: (not n.endswith("-0.txt"),
                                                not n.endswith("-8.txt")))[0]]
    k = 0
    for path in wanted:
        try:
            text = decode(git(clone, "show", f"HEAD:{path}"), path)
        except (subprocess.CalledProcessError, UnicodeDecodeError):
            continue
        for document in READERS[source.reader](text):
            cut = chunks_as_written if source.as_written else chunks
            for chunk in cut(document, TARGETS[k % len(TARGETS)]):
                k += 1
                if not source.words or re.search(source.words, chunk):
                    yield path, commit, chunk


def pick(items: list[tuple[str, str, str]], limit: int) -> list[tuple[str, str, str]]:
    """``limit`` items at even steps through ``items``, first and last included."""
    if len(items) <= limit:
        return items
    step = (len(items) - 1) / (limit - 1)
    return [items[round(i * step)] for i in range(limit)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mirror", type=Path, help="folder of clones named owner+name")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent / "data" / "negative")
    parser.add_argument("--only", action="append", metavar="KEY",
                        help="rebuild only this source's texts (repeatable); the others and "
                             "their rows in SOURCES.tsv stay as they are")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ())
    unknown = only - {source.key for source in SOURCES}
    if unknown:
        raise SystemExit(f"no source called {', '.join(sorted(unknown))}")
    rows = []
    kept: dict[str, list[list[str]]] = {}
    if only:
        with (args.out / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
            for row in list(csv.reader(handle, delimiter="\t"))[1:]:
                kept.setdefault(row[0].split("/")[0], []).append(row)
    for old in args.out.glob("*/*.txt"):
        if not only or old.parent.name in only:
            old.unlink()
    for source in SOURCES:
        if only and source.key not in only:
            rows.extend(kept.get(source.key, []))
            continue
        chosen = pick(list(texts_of(source, args.mirror)), source.limit)
        folder = args.out / source.key
        folder.mkdir(exist_ok=True)
        for n, (path, commit, text) in enumerate(chosen, 1):
            name = f"{source.key}/{n:02d}.txt"
            (args.out / name).write_text(text, "utf-8", newline="\n")
            rows.append([name, source.repo, commit, path, source.licence, source.shape])
        print(f"{source.key:20} {len(chosen):3} texts")
    with (args.out / "SOURCES.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["file", "repository", "commit", "path", "licence", "shape"])
        writer.writerows(rows)
    print(f"{len(rows)} texts from {len(SOURCES)} sources → {args.out}")


if __name__ == "__main__":
    main()
