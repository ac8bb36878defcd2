"""A scripted editor session, run through cms-i18n or through ``msgmerge`` alone.

Three documents of a small newsroom (plain text, Markdown, HTML) are translated into
Spanish; then, round after round, the content changes (paragraphs changed, deleted,
added and reordered) and editors work on the catalogue with the tools they use:
polib (Poedit stands in), Babel, a text editor, ``msgmerge --update --previous`` run
by a translation platform.  Some edits are approved, some are left fuzzy ("needs
editing").  After each update of the catalogue, every text an editor typed that was on
file before it must still be on file (as a msgstr, live or obsolete).

The ``cms-i18n`` arm updates the catalogue with ``cms-i18n translate``.  The
``msgmerge`` arm updates it the way a gettext team would without cms-i18n: the new
template (written by ``cms-i18n translate`` into a scratch folder) merged with
``msgmerge --update --previous``.  Both arms start from the same first catalogue and
get exactly the same edits, so their figures compare.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polib
from babel.messages import pofile
from click.testing import CliRunner

from cms_i18n.catalog.po import read_po
from cms_i18n.cli import main

REPO = Path(__file__).resolve().parents[2]
PO = Path("locale/es/LC_MESSAGES/content.po")
POT = Path("locale/content.pot")

BRIEFING = [
    "Armenia will not attend",
    "Security officials from Armenia will not attend the meeting of the Collective "
    "Security Treaty Organization (CSTO) in Minsk this week, the foreign ministry said.",
    "The CSTO, which also includes Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, "
    "has held joint drills every autumn since 2004.",
    "Yerevan froze its participation in the bloc in 2024 after a dispute over border "
    "security.",
    "Observers from the Shanghai Cooperation Organisation (SCO) were invited for the "
    "first time.",
    "The ministers are expected to adopt a statement on cyber threats on Friday.",
    "Read more",
]
DRILLS = """\
---
title: Home
slug: drills
---

# Drills near Dushanbe

The CSTO held command-staff drills near Dushanbe on Tuesday, with 2,000 troops.

Turnout was 40% over last year's, the organisers said.

Officers from the SCO watched the exercise from a command post.

See also: [CSTO exercises in Tajikistan](https://example.org/csto-tajikistan)
"""
SUMMIT = """\
<html><body>
<h1>Summit in Addis Ababa</h1>
<p>The <strong>African Union</strong> sent observers to the summit.</p>
<p>Delegates from <a href="https://example.org/asean">ASEAN</a> met on the second day.</p>
<p>The final statement was signed by twelve heads of state.</p>
</body></html>
"""


@dataclass
class Figures:
    """What one arm of the session did to the editors' work."""

    arm: str
    typed: int = 0                 # texts the editors typed over the session
    lost: int = 0                  # typed texts on file before an update and gone after
    lost_texts: list[str] = field(default_factory=list)
    changed_with_previous: int = 0  # live changed entries carrying #| msgid at the end
    changed: int = 0               # changed paragraphs at the end
    untranslated: int = 0          # live entries with no translation at the end
    drafts_in_msgstr: int = 0      # editors' fuzzy texts still the msgstr of their entry
    glossary_problem_found: bool = False   # msggrep finds the planted problem
    template_comments: int = 0     # #. lines in the template
    authored_missing: list[str] = field(default_factory=list)  # lines apply left out
    compile_refused_broken_tag: bool = False

    def line(self) -> str:
        return (f"{self.arm:9} typed {self.typed:2}  lost {self.lost}  changed entries with "
                f"#| msgid {self.changed_with_previous}/{self.changed}  untranslated "
                f"{self.untranslated}  editors' drafts still in msgstr {self.drafts_in_msgstr}  "
                f"msggrep finds the planted glossary problem: "
                f"{'yes' if self.glossary_problem_found else 'no'}  template #. lines "
                f"{self.template_comments}  authored lines missing from apply "
                f"{len(self.authored_missing)}  compile refuses a reviewed broken tag: "
                f"{'yes' if self.compile_refused_broken_tag else 'no'}")


def cli(*args: str, status: int = 0) -> str:
    result = CliRunner().invoke(main, list(args))
    if result.exit_code != status:
        raise AssertionError(f"cms-i18n {' '.join(args)} exited {result.exit_code}: "
                             f"{result.output}")
    return result.output


class Session:
    """One site folder, its catalogue, and what the editors typed into it."""

    def __init__(self, root: Path, arm: str) -> None:
        self.root = root
        self.arm = arm
        self.figures = Figures(arm)
        self.typed: list[str] = []
        self.drafts: dict[str, str] = {}     # source-text start → draft the editor left
        self.changed_sources: list[str] = []

    # -- the site ---------------------------------------------------------------

    def write_content(self, briefing: list[str], drills: str, summit: str) -> None:
        content = self.root / "content"
        content.mkdir(exist_ok=True)
        (content / "briefing.txt").write_text("\n\n".join(briefing) + "\n", encoding="utf-8")
        (content / "drills.md").write_text(drills, encoding="utf-8")
        (content / "summit.html").write_text(summit, encoding="utf-8")

    def setup(self) -> None:
        shutil.copytree(REPO / "glossaries", self.root / "glossaries", dirs_exist_ok=True)
        (self.root / "cms-i18n.yaml").write_text("content_dir: content\ntarget_langs: [es]\n",
                                                 encoding="utf-8")
        self.write_content(BRIEFING, DRILLS, SUMMIT)

    def translate(self, *extra: str) -> str:
        return cli("translate", "--lang", "es", "--engine", "apertium", *extra)

    # -- updates ----------------------------------------------------------------

    def update(self) -> None:
        """Bring the catalogue up to date with the content, the arm's way."""
        before = self.on_file()
        if self.arm == "cms-i18n":
            self.translate()
        else:
            scratch = self.root / "scratch"
            shutil.rmtree(scratch, ignore_errors=True)
            self.translate("--locale-dir", str(scratch))
            msgmerge(PO, scratch / "content.pot")
            shutil.copy(scratch / "content.pot", POT)
        after = self.on_file()
        for text in self.typed:
            if text in before and text not in after:
                self.figures.lost += 1
                self.figures.lost_texts.append(text)

    def on_file(self) -> set[str]:
        return {entry.msgstr for entry in read_po(PO).entries if entry.msgstr}

    # -- editors' tools ------------------------------------------------------------

    def type(self, text: str) -> str:
        self.typed.append(text)
        self.figures.typed += 1
        return text

    def with_polib(self, edit: Callable[[polib.POFile], None]) -> None:
        catalog = polib.pofile(str(PO), wrapwidth=79)
        edit(catalog)
        catalog.save()

    def with_babel(self, edit: Callable[[object], None]) -> None:
        with PO.open("rb") as handle:
            catalog = pofile.read_po(handle, abort_invalid=True)
        edit(catalog)
        with PO.open("wb") as handle:
            pofile.write_po(handle, catalog)   # Babel's defaults: #| lines dropped

    def with_text_editor(self, old: str, new: str) -> None:
        """A sed-style edit of one msgstr line, leaving the flags as they were."""
        text = PO.read_text(encoding="utf-8")
        line = f'msgstr "{old}"'
        if line in text:
            PO.write_text(text.replace(line, f'msgstr "{self.type(new)}"', 1),
                          encoding="utf-8")

    # -- one editing action ---------------------------------------------------------

    def find(self, catalog: polib.POFile, start: str) -> polib.POEntry | None:
        return next((e for e in catalog if not e.obsolete and e.msgid.startswith(start)),
                    None)

    def approve(self, catalog: polib.POFile, start: str, text: str | None = None) -> None:
        entry = self.find(catalog, start)
        if entry is None:
            return
        if text is not None:
            entry.msgstr = self.type(text)
        elif entry.msgstr:
            self.type(entry.msgstr)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None

    def draft(self, catalog: polib.POFile, start: str, text: str) -> None:
        entry = self.find(catalog, start)
        if entry is None:
            return
        entry.msgstr = self.type(text)
        if "fuzzy" not in entry.flags:
            entry.flags.insert(0, "fuzzy")
        self.drafts[start] = text


def msgmerge(po: Path, pot: Path) -> None:
    subprocess.run(["msgmerge", "--quiet", "--update", "--previous", "--backup=off",
                    str(po), str(pot)], check=True)


def run_session(root: Path, arm: str, first: Path | None = None) -> Figures:
    """Play the whole session in ``root`` (the current directory must be ``root``).

    ``first``: a catalogue to start from instead of translating (so both arms start
    from the same one); the catalogue of the first run is copied there when None.
    """
    session = Session(root, arm)
    session.setup()
    session.translate()
    if first is not None:
        shutil.copy(first, PO)

    # Round 1, in Poedit (polib): approvals, rewrites, drafts left fuzzy, a comment,
    # and an approval with the wrong name for the SCO (a glossary problem to find).
    def round_one(catalog: polib.POFile) -> None:
        session.approve(catalog, "Armenia will not attend", "Armenia ausente")
        session.approve(catalog, "Security officials from Armenia",
                        "Los responsables de seguridad de Armenia no asistirán a la reunión "
                        "de la Organización del Tratado de Seguridad Colectiva (OTSC) en "
                        "Minsk esta semana, según el Ministerio de Exteriores.")
        session.approve(catalog, "Observers from the Shanghai",
                        "Por primera vez se invitó a observadores de la SCO.")
        session.draft(catalog, "The CSTO, which also includes",
                      "La OTSC, que incluye también a Bielorrusia, Kazajistán, Kirguistán, "
                      "Rusia y Tayikistán, celebra maniobras cada otoño desde 2004.")
        session.draft(catalog, "Yerevan froze", "Ereván congeló su participación en 2024.")
        session.approve(catalog, "The CSTO held command-staff drills")
        session.draft(catalog, "Turnout was 40%", "La participación fue un 40 % mayor.")
        session.approve(catalog, "Delegates from <a href",
                        'Delegados de la <a href="https://example.org/asean">ASEAN</a> se '
                        "reunieron el segundo día.")
        entry = session.find(catalog, "The ministers are expected")
        if entry is not None:
            entry.tcomment = "check the day with the desk"

    session.with_polib(round_one)

    # The content changes: an approved and a drafted paragraph reworded, an approved
    # and a drafted one deleted, one added, two swapped.
    briefing = list(BRIEFING)
    briefing[1] = briefing[1].replace("this week", "next week")
    briefing[2] = briefing[2].replace("every autumn", "every spring")
    briefing.remove(BRIEFING[3])
    briefing.insert(4, "The meeting will be chaired by Belarus.")
    briefing[4], briefing[5] = briefing[5], briefing[4]
    drills = DRILLS.replace("Officers from the SCO watched the exercise from a command "
                            "post.\n\n", "")
    session.write_content(briefing, drills, SUMMIT)
    session.changed_sources = [briefing[1], briefing[2]]
    session.update()

    # Round 2, in Babel: a no-op save (it re-wraps, drops #| and adds python-format to
    # "40% over") plus one more draft.
    def round_two(catalog: object) -> None:
        for message in catalog:                                 # type: ignore[attr-defined]
            if isinstance(message.id, str) and message.id.startswith("The final statement"):
                message.string = session.type("La declaración final la firmaron doce jefes "
                                              "de Estado.")
                message.flags.add("fuzzy")

    session.with_babel(round_two)
    session.update()

    # Round 3: a platform runs msgmerge over the catalogue, then an editor fixes one
    # msgstr in a text editor and leaves it fuzzy; then the content changes again.
    msgmerge(PO, POT)
    session.with_text_editor("Armenia ausente", "Armenia, la gran ausente")
    briefing[0] = "Armenia will not attend the Minsk meeting"
    summit = SUMMIT.replace("twelve heads of state", "eleven heads of state")
    session.write_content(briefing, drills, summit)
    session.changed_sources += [briefing[0], "The final statement was signed by eleven"]
    session.update()
    session.update()          # a run with nothing new changes nothing an editor wrote

    finish(session)
    return session.figures


def finish(session: Session) -> None:
    """The figures at the end: history, problems where editors look, apply, compile."""
    figures = session.figures
    catalog = read_po(PO)
    live = catalog.live()
    for start in session.changed_sources:
        entry = next((e for e in live if e.msgid.startswith(start)), None)
        if entry is None:
            continue
        figures.changed += 1
        if entry.previous_msgid:
            figures.changed_with_previous += 1
    figures.untranslated = sum(1 for e in live if not e.msgstr)
    figures.drafts_in_msgstr = sum(
        1 for start, text in session.drafts.items()
        if any(e.msgid.startswith(start) and e.msgstr == text for e in live))
    found = subprocess.run(["msggrep", "--extracted-comment", "--regexp",
                            "glossary problem: SCO", str(PO)], capture_output=True, text=True,
                           check=False)
    figures.glossary_problem_found = "Por primera vez se invitó" in found.stdout
    figures.template_comments = sum(1 for line in POT.read_text(encoding="utf-8").splitlines()
                                    if line.startswith("#."))

    # apply: every authored line of the Markdown and HTML documents is in the output.
    # The reviewed entry with the glossary problem is refused, as compile refuses it.
    cli("apply", "--lang", "es", status=2)
    drills_es = Path("content/drills.es.md").read_text(encoding="utf-8")
    summit_es = Path("content/summit.es.html").read_text(encoding="utf-8")
    wanted = {"Home": drills_es, "Drills near Dushanbe": drills_es,
              "See also: [CSTO exercises in Tajikistan]": drills_es,
              "Summit in Addis Ababa": summit_es}
    reviewed = {e.msgid: e.msgstr for e in live if e.msgstr and not e.fuzzy}
    for line, output in wanted.items():
        source = next((m for m in reviewed if m.startswith(line)), None)
        if line not in output and (source is None or reviewed[source] not in output):
            figures.authored_missing.append(line)

    # compile: an approved translation that breaks its tag stops compile.
    def break_a_tag(catalog: polib.POFile) -> None:
        entry = session.find(catalog, "The <strong>African Union</strong>")
        if entry is not None:
            entry.msgstr = "La <strong>Unión Africana{el ministro envió observadores."
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")

    session.with_polib(break_a_tag)
    compiled = CliRunner().invoke(main, ["compile", "--lang", "es"])
    figures.compile_refused_broken_tag = (compiled.exit_code != 0
                                          and not PO.with_suffix(".mo").exists())


def first_catalog(root: Path) -> Path:
    """The catalogue of the session's first run, for both arms to start from."""
    session = Session(root, "first")
    session.setup()
    session.translate()
    return root / PO
