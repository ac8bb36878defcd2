"""Graded checks: each finds what it should and stays quiet on good translations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cms_i18n import plugins
from cms_i18n.catalog.checks import (
    CHECKS,
    COSMETIC,
    CRITICAL,
    PLAIN,
    WARNING,
    Check,
    CheckedEntry,
    Graded,
    check_catalog,
    check_numbers,
    copied_from_other_languages,
    critical_problems,
    load_glossary_for_checks,
    numbers,
)
from cms_i18n.catalog.po import PoEntry, PoFile, format_po, parse_po, read_po
from cms_i18n.hookspecs import hookimpl
from tests.catalog.test_po import HEADER
from tests.helpers import GLOSSARIES

BY_NAME = {check.name: check for check in CHECKS}
SPANISH = CheckedEntry(source_lang="en", target_lang="es")

# (check, source, bad translation, good translation)
CASES = [
    ("placeholders", "Hello {name}, you have %(count)d messages",
     "Hola {nombre}, tienes %(count)d mensajes", "Hola {name}, tienes %(count)d mensajes"),
    ("placeholders", "Welcome {{ user }}", "Bienvenido", "Bienvenido {{ user }}"),
    ("markup", 'Read <a href="/report">the report</a>.', "Lea el informe.",
     'Lea <a href="/report">el informe</a>.'),
    ("markup", 'See <a href="/en/x">this</a>', 'Vea <a href="/es/x">esto</a>',
     'Vea <a href="/en/x">esto</a>'),
    ("markdown", "See [the statement](https://example.org/s) and `cms-i18n check`.",
     "Vea [la declaración](https://example.org/x) y `cms-i18n check`.",
     "Vea [la declaración](https://example.org/s) y `cms-i18n check`."),
    ("markdown", "Run `make`.", "Ejecute `hacer`.", "Ejecute `make`."),
    ("urls", "Details at https://example.org/forum.", "Detalles en https://example.org/foro.",
     "Detalles en https://example.org/forum."),
    ("emails", "Write to feedback@rttv.ru.", "Escriba a comentarios@rttv.ru.",
     "Escriba a feedback@rttv.ru."),
    ("numbers", "More than 100 delegations, May 27 to 29.",
     "Más de 10 delegaciones, 27-29 de mayo.", "Más de 100 delegaciones, del 27 al 29 de mayo."),
    ("numbers", "It costs 1,000.50 dollars.", "Cuesta 100,50 dólares.",
     "Cuesta 1.000,50 dólares."),
    ("brackets", "The SCO (Shanghai) met.", "La OCS (Shanghái se reunió.",
     "La OCS (Shanghái) se reunió."),
    # an acronym in brackets left out, letters and all, is no bracket lost: the glossary
    # drops one a language has none for, and says so on the entry
    ("brackets", "The Organization (CSTO) met (twice).",
     "La Organización (OTSC) se reunió dos veces).",
     "La Organización (OTSC) se reunió (dos veces)."),
    ("brackets", "The National Security Council (NSC) met (twice).",
     "El Consejo de Seguridad Nacional se reunió dos veces).",
     "El Consejo de Seguridad Nacional se reunió (dos veces)."),
    ("newlines", "Line one\nLine two", "Línea uno Línea dos", "Línea uno\nLínea dos"),
    ("unchanged", "The forum opens today.", "The forum opens today.", "El foro abre hoy."),
    ("short", "They are in favour", "São a", "São a favor"),
    ("short", "It is raining in Lisbon today.", "Hoje.", "Hoje chove em Lisboa."),
    ("endpunctuation", "Who will attend?", "¿Quién asistirá.", "¿Quién asistirá?"),
    ("endpunctuation", "Delegations arrive.", "Las delegaciones llegan",
     "Las delegaciones llegan."),
    ("doublespacing", "One space here.", "Un  espacio aquí.", "Un espacio aquí."),
    ("doublespacing", "Talks ended.  It rains.", "Acabaron.   Llueve.", "Acabaron.  Llueve."),
    ("doublespacing", "It is late. We know.  Yes.", "Es tarde.  Sabemos.  Sí.",
     "Es tarde. Sabemos.  Sí."),
    ("whitespace", "Trimmed.", " Recortado.", "Recortado."),
    ("doublewords", "The forum opens.", "El el foro abre.", "El foro abre."),
    ("punctuationspacing", 'He said: "We are here."', 'Dijo: " Estamos aquí."',
     'Dijo: "Estamos aquí."'),
    ("punctuationspacing", "He is an observer.", "Es un observador .", "Es un observador."),
    ("doubledstop", "Talks with the US.", "Conversaciones con EE.UU..",
     "Conversaciones con EE.UU."),
    ("rank", "The deputy governor said so.", "El gobernador de diputado lo dijo.",
     "El vicegobernador lo dijo."),
    ("acronyms", "A Q&A session.", "Una sesión de Q&Un.", "Una sesión de Q&A."),
    ("invertedmarks", "Who will attend? Nobody!", "Quién asistirá? Nadie!",
     "¿Quién asistirá? ¡Nadie!"),
    # the engine's "**X**" → "*X**": a '*' printed on the page, the bold gone
    ("emphasis", "Ministers of the **Shanghai Cooperation Organisation** (SCO) met.",
     "Ministros de la *Organización de Cooperación de Shanghai** (OCS) se reunieron.",
     "Ministros de la **Organización de Cooperación de Shanghai** (OCS) se reunieron."),
    # an editor's text without the bold
    ("emphasis", "Ministers of the **Shanghai Cooperation Organisation** met.",
     "Ministros de la Organización de Cooperación de Shanghai se reunieron.",
     "Ministros de la __Organización de Cooperación de Shanghai__ se reunieron."),
    ("emphasis", "They discussed *regional security*.", "Hablaron de *seguridad regional.",
     "Hablaron de _seguridad regional_."),
    # two editors' copies merged by GNU msgcat, the conflict left in
    ("conflict", "Cold week ahead",
     "#-#-#-#-#  alice.po (site)  #-#-#-#-#\nSemaine froide en vue\n"
     "#-#-#-#-#  bob.po (site)  #-#-#-#-#\nUne semaine de froid s'annonce",
     "Une semaine de froid s'annonce"),
    # a terminal's escape pasted with an editor's text
    ("control", "The town is glad to have the ferry back.",
     "El pueblo se alegra \x1b]0;pwned\x07de tener el transbordador.",
     "El pueblo se alegra de tener el transbordador."),
]


@pytest.mark.parametrize(("name", "source", "bad", "good"), CASES)
def test_check_flags_the_bad_translation_and_passes_the_good(name: str, source: str,
                                                             bad: str, good: str) -> None:
    check = BY_NAME[name]
    assert check.run(source, bad, SPANISH), f"{name} missed a problem"
    assert check.run(source, good, SPANISH) is None, f"{name} flagged a good translation"


@pytest.mark.parametrize(("name", "source", "translation"), [
    # a person's name is the same in every language
    ("unchanged", "Maria Zakharova", "Maria Zakharova"),
    # the page's own slip, translated as it stands
    ("doublewords", "By By Maria Lopez", "Por Por Maria Lopez"),
    # an e-mail's paragraph wrapped at 72 columns, translated as one line
    ("newlines", "The club will hold its annual meeting in the village hall on the\n"
                 "first Tuesday of March, when members will elect a new committee\n"
                 "and hear the treasurer's report.",
     "El club celebrará su reunión anual en el salón del pueblo el primer martes de marzo, "
     "cuando los socios elegirán un nuevo comité y oirán el informe del tesorero."),
])
def test_a_check_passes_what_an_editor_would_leave(name: str, source: str,
                                                   translation: str) -> None:
    """Warnings on texts an editor rightly leaves as they are teach editors to ignore
    the check: an approved person's name, a double word the source has, the wrap of an
    e-mail's paragraph."""
    assert BY_NAME[name].run(source, translation, SPANISH) is None


def test_emphasis_an_editor_adds_is_a_warning_and_other_tags_stay_critical() -> None:
    """An editor's Ctrl+B on a phrase in the page editor was a critical problem: the
    text stayed a draft nobody could approve.  A link or a script added stays critical."""
    markup = BY_NAME["markup"]
    bold = markup.run("They signed a memorandum of understanding.",
                      "Firmaron un <b>memorando de entendimiento</b>.", SPANISH)
    assert bold is not None and bold.severity == WARNING, bold
    for added in ('Firmaron un <a href="/x">memorando</a>.', "Firmaron un <b>memorando.",
                  "Firmaron un <script>memorando</script>."):
        found = markup.run("They signed a memorandum.", added, SPANISH)
        assert found is not None and found.severity == CRITICAL, (added, found)


def test_backticks_in_plain_text_are_characters_not_code_spans() -> None:
    """A .txt source's "it`s" is an apostrophe typed as a backtick: `check` reported a
    critical "msgstr lacks code span" on it; a Markdown source's code span still counts."""
    entry = PoEntry(msgid="The minister said it`s a `historic` day.",
                    msgstr="El ministro lo dijo`s un `día` histórico.",
                    references=["news/brief.txt:3"])
    check = BY_NAME["markdown"]
    assert check.run(entry.msgid, entry.msgstr, CheckedEntry.of(entry)) is None
    entry.references = ["news/brief.md:3"]
    assert check.run(entry.msgid, entry.msgstr, CheckedEntry.of(entry))


def test_emphasis_and_conflicts_are_critical_and_emphasis_needs_markdown() -> None:
    """A lost ``**`` prints a '*' on the page or drops the bold, as a lost ``<strong>``
    tag would: critical.  In a .txt source a '*' is a character."""
    assert BY_NAME["emphasis"].severity == CRITICAL
    assert BY_NAME["conflict"].severity == CRITICAL
    source, broken = "The **SCO** met.", "La *OCS** se reunió."
    found = BY_NAME["emphasis"].run(source, broken, SPANISH)
    assert found and found.message == ("msgid has 1 bold (**…**) span, msgstr 0; msgid has "
                                       "0 italic (*…*) spans, msgstr 1; msgstr has a '*' or "
                                       "'_' that opens or closes no emphasis")
    plain = CheckedEntry(references=("news/brief.txt:3",))
    assert BY_NAME["emphasis"].run(source, broken, plain) is None
    # list items, a multiplication, snake_case names, code spans and URLs are no emphasis
    for source, target in [("* Eight states attended.", "* Asistieron ocho estados."),
                           ("It is 2 * 3 = 6.", "Es 6."),
                           ("Set `max_len` in my_config.", "Ajuste `max_len` en mi_config."),
                           ("See https://example.org/a_b_c.", "Vea https://example.org/a_b_c.")]:
        assert BY_NAME["emphasis"].run(source, target, SPANISH) is None, (source, target)


def test_a_time_given_on_the_24_hour_clock_is_the_same_time() -> None:
    """Spanish writes "13:00" for "1:00pm": no number lost, none added; a wrong hour is
    still one."""
    source = "AUSTRALIA DAY REGATTA 10:00am - 1:00pm, SATURDAY PRACTICE 4pm - 6 p.m."
    assert check_numbers(source, "REGATA 10:00 - 13:00, ENTRENAMIENTO 16 h - 18:00",
                         SPANISH) is None
    wrong = check_numbers(source, "REGATA 10:00 - 15:00, ENTRENAMIENTO 16 h - 18:00", SPANISH)
    assert wrong is not None and "15" in str(wrong)
    # a time opening a schedule's line is no decimal to write as 13,45
    for source, target in [("*1.45pm – Billerettes", "*13.45 – Billerettes"),
                           ("*12.30pm – Rock Choir", "*12.30 – Rock Choir"),
                           ("06:00 am Gates open", "06.00 Apertura de puertas")]:
        assert check_numbers(source, target, SPANISH) is None, (source, target)


def test_digits_inside_words_are_no_numbers() -> None:
    """"i18n", "f03-alice.po", "mp3", "H2O", "4x4" are names and codes: a translation
    that adds one adds no number.  A standalone number, or one with its unit or ending
    ("10km", "5th"), is still one."""
    for source, target in [("Read the guide.", "Lea la guía de i18n y l10n."),
                           ("Merged copies.", "Copias fusionadas de f03-alice.po y f03-bob.po."),
                           ("A song.", "Una canción en mp3."),
                           ("Water and a jeep.", "Agua (H2O) y un 4x4.")]:
        assert check_numbers(source, target, SPANISH) is None, target
    for source, target, message in [
            ("Drive 10km.", "Conduzca 12km.", "msgstr lacks number 10; msgstr adds number 12"),
            ("The 5th day.", "El 6.º día.", "msgstr lacks number 5; msgstr adds number 6"),
            ("COVID-19 cases.", "Casos de COVID-20.",
             "msgstr lacks number 19; msgstr adds number 20"),
            ("3 bugs in v2.", "4 errores en v2.", "msgstr lacks number 3; msgstr adds number 4"),
            ("Read about i18n.", "Lea sobre i18n, 18 páginas.", "msgstr adds number 18")]:
        found = check_numbers(source, target, SPANISH)
        assert found is not None and found.message == message, (target, found)


def test_a_link_that_lost_its_closing_bracket_is_reported_once() -> None:
    """The link target shown as text is the link the msgstr lacks (critical), not also a
    URL it adds; a URL added besides the link still is one."""
    source = "Read the [full statement](https://example.org/sco-statement) online."
    broken = "Lea la [declaración completa](https://example.org/sco-statement en línea."
    found = {check.name: check.run(source, broken, SPANISH) for check in CHECKS}
    markdown = found["markdown"]
    assert markdown is not None and markdown.message == \
        "msgstr lacks link target https://example.org/sco-statement"
    assert found["urls"] is None
    added = ("Lea la [declaración](https://example.org/sco-statement) en "
             "https://example.org/sco-statement.")
    urls = BY_NAME["urls"].run(source, added, SPANISH)
    assert urls is not None and urls.message == "msgstr adds URL https://example.org/sco-statement"


def test_a_markdown_link_an_editor_broke_is_one_link_problem_not_also_an_added_url(
        tmp_path: Path) -> None:
    source = ("The ministers discussed trade. Read the [full statement]"
              "(https://example.org/sco-statement) online.")
    broken = ("Los ministros hablaron de comercio. Lea la [declaración completa]"
              "(https://example.org/sco-statement en línea.")
    po = tmp_path / "content.po"
    po.write_text(format_po(PoFile(header=HEADER, entries=[
        PoEntry(msgid=source, msgstr=broken, msgctxt="summit",
                references=["content/summit.md:3"])])), encoding="utf-8")
    report = check_catalog(po, "es", source_lang="en")
    found = [(p.check, p.message) for p in report.problems]
    assert ("markdown", "msgstr lacks link target https://example.org/sco-statement") in found
    assert not [p for p in report.problems if p.check == "urls"], found
    # An address an editor really added or changed in running text is still one.
    entry = CheckedEntry.of(PoEntry(msgid=source, msgstr=broken + " https://example.org/x",
                                    references=["content/summit.md:3"]))
    assert BY_NAME["urls"].run(source, broken + " https://example.org/x", entry).message == \
        "msgstr adds URL https://example.org/x"


def test_a_line_break_an_editor_typed_after_the_text_is_critical(tmp_path: Path) -> None:
    """An editor pressed Enter at the end of a reviewed translation: msgfmt refuses the
    catalogue, compile refused it, and apply published it with an empty line added."""
    found = BY_NAME["lineends"].run("Charter of the SCO", "Carta de la OCS\n", SPANISH)
    assert found is not None and found.severity == CRITICAL
    assert "end with a line break: remove it from the msgstr" in found.message
    assert BY_NAME["lineends"].run("Line one\nline two", "Línea uno\nlínea dos",
                                   SPANISH) is None
    po = tmp_path / "content.po"
    po.write_text(format_po(PoFile(header=HEADER, entries=[
        PoEntry(msgid="Charter of the SCO", msgstr="Carta de la OCS\n", msgctxt="charter",
                references=["content/charter.md:1"])])), encoding="utf-8")
    report = check_catalog(po, "es", source_lang="en")
    assert [(p.check, p.severity) for p in report.problems
            if p.check == "lineends"] == [("lineends", CRITICAL)]


def test_every_check_is_graded_and_documented() -> None:
    for name, severity, function in CHECKS:
        assert severity in (CRITICAL, WARNING, COSMETIC), name
        assert function.__doc__, name


def test_negative_set_stays_quiet() -> None:
    # Legitimate differences between languages that none of the checks may flag.
    pairs = [
        ("50% of the vote", "el 50 % de los votos"),
        ("Chinese full stop.", "中文句号。"),
        ("Is it true?", "هل هذا صحيح؟"),
        ("May 27, 2025", "27 de mayo de 2025"),
        ("ASEAN", "ASEAN"),                                    # a name, not a sentence
        ("He said “yes.”", "Dijo «sí».”"[:-1]),
        ("The 13th conference", "La 13.ª conferencia"),
        # prose, not a format string: "%-o" is a percentage and a word
        ("IPC is 46%-owned by Reliance Industries.",
         "IPC es en un 46 % propiedad de Reliance Industries."),
        ("A 20%off sale, 100%sure.", "Una rebaja del 20 %, 100 % seguro."),
        # thousands grouped as each language writes them are the same number
        ("It sold 2,003,784 copies.", "Vendió 2 003 784 ejemplares."),
        ("It sold 2,003,784 copies.", "Vendió 2.003.784 ejemplares."),
        ("It sold 2,003,784 copies.", "Il en a vendu 2\u202f003\u202f784."),
        ("It sold 2,003,784 copies.", "Vendió 2\u00a0003\u00a0784 ejemplares."),
        ("It cost 1,234.5 dollars.", "Costó 1.234,5 dólares."),
        # a year then an amount, not one number of seven digits
        ("In 2003, 784m was spent.", "En 2003 784m se gastaron."),
    ]
    for source, target in pairs:
        found = {check.name for check in CHECKS if check.run(source, target, PLAIN)}
        assert not found, (source, target, found)


def write(tmp_path: Path, entries: list[PoEntry], text: str | None = None) -> Path:
    path = tmp_path / "locale" / "es" / "LC_MESSAGES" / "content.po"
    path.parent.mkdir(parents=True)
    path.write_text(text if text is not None else
                    format_po(PoFile(header=HEADER, entries=entries)), encoding="utf-8")
    return path


def test_critical_problem_in_a_reviewed_entry_fails_the_catalog(tmp_path: Path) -> None:
    po = write(tmp_path, [
        PoEntry(msgctxt="doc", msgid="Hello {name}", msgstr="Hola {nombre}"),
        PoEntry(msgctxt="doc", msgid="Bye {name}", msgstr="Adiós", flags=["fuzzy"]),
    ])
    report = check_catalog(po, "es")
    starts = [e.line for e in read_po(po).entries]
    critical = [p for p in report.problems if p.severity == CRITICAL]
    assert [(p.line, p.ships) for p in critical] == [(starts[0], True), (starts[1], False)]
    assert report.failed
    assert critical[0].format().startswith(f"{po}:{starts[0]}: critical: placeholders: ")
    assert "(draft)" in critical[1].format()


def test_problems_only_in_drafts_do_not_fail_unless_drafts_ship(tmp_path: Path) -> None:
    po = write(tmp_path, [PoEntry(msgctxt="doc", msgid="Bye {name}", msgstr="Adiós",
                                  flags=["fuzzy"])])
    assert not check_catalog(po, "es").failed
    assert check_catalog(po, "es", include_fuzzy=True).failed


def test_msgfmt_findings_are_critical_with_their_line(tmp_path: Path) -> None:
    po = write(tmp_path, [PoEntry(msgctxt="doc", msgid="Line\n", msgstr="Línea")])
    report = check_catalog(po, "es")
    msgfmt = [p for p in report.problems if p.check == "msgfmt"]
    msgstr_line = read_po(po).entries[0].msgstr_line
    assert msgfmt and msgfmt[0].severity == CRITICAL and msgfmt[0].line == msgstr_line
    assert "\\n" in msgfmt[0].message and report.failed


def test_syntax_error_is_one_critical_problem_not_a_crash(tmp_path: Path) -> None:
    po = write(tmp_path, [], 'msgid "a"\nmsgstr "b\n')
    report = check_catalog(po, "es", use_msgfmt=False)
    assert [(p.check, p.line, p.severity) for p in report.problems] == [("syntax", 2, CRITICAL)]
    assert report.failed


def test_untranslated_entries_are_cosmetic(tmp_path: Path) -> None:
    po = write(tmp_path, [PoEntry(msgctxt="doc", msgid="Not yet", msgstr="")])
    report = check_catalog(po, "es")
    assert [(p.check, p.severity) for p in report.problems] == [("untranslated", COSMETIC)]
    assert not report.failed


def test_reviewed_translation_that_breaks_the_glossary_is_critical(tmp_path: Path) -> None:
    glossary, notes = load_glossary_for_checks(GLOSSARIES)     # SCO is OCS in Spanish
    assert glossary is not None and not notes
    po = write(tmp_path, [
        PoEntry(msgctxt="doc", msgid="The SCO met in Minsk.", msgstr="La SCO se reunió en Minsk."),
        PoEntry(msgctxt="doc", msgid="The SCO met again.", msgstr="La OCS se reunió de nuevo."),
        PoEntry(msgctxt="doc", msgid="The SCO left.", msgstr="La SCO se fue.",
                flags=["fuzzy"]),   # a draft: listed as the draft's, never failing
    ])
    report = check_catalog(po, "es", glossary=glossary)
    found = [p for p in report.problems if p.check == "glossary"]
    entries = read_po(po).entries
    assert [(p.line, p.severity, p.ships) for p in found] == [
        (entries[0].line, CRITICAL, True), (entries[2].line, CRITICAL, False)]
    assert "OCS" in found[0].message and report.failed
    assert found[1].format().endswith("critical (draft): glossary: " + found[1].message)
    only_draft = write(tmp_path / "draft", [entries[2]])
    assert not check_catalog(only_draft, "es", glossary=glossary).failed


def test_a_name_wrong_each_time_it_is_repeated_is_one_finding(tmp_path: Path) -> None:
    glossary, _ = load_glossary_for_checks(GLOSSARIES)
    po = write(tmp_path, [PoEntry(
        msgctxt="doc", msgid="The SCO met in Minsk. The SCO agreed. The SCO left.",
        msgstr="La SCO se reunió en Minsk. La SCO acordó. La SCO se fue.")])
    lines = [p.format() for p in check_catalog(po, "es", glossary=glossary).problems
             if p.check == "glossary"]
    assert lines and len(lines) == len(set(lines)), lines


def test_missing_glossary_is_a_note_not_an_error(tmp_path: Path) -> None:
    glossary, notes = load_glossary_for_checks(tmp_path / "nowhere")
    assert glossary is None and "glossary check skipped" in notes[0]


# (source, unsafe translation, the check that must refuse it)
UNSAFE = [
    ("The <strong>African Union</strong> met.",
     "La <strong>Unión Africana{el ministro se reunió.", "markup"),
    ("<b>bold</b> and <i>italic</i>", "<b>negrita <i>y</b> cursiva</i>", "markup"),
    ("Read <a href=\"/x\">this</a>.", "Lea <a href=\"/x\"esto</a>.", "markup"),
    ("Read [the report](/report).", "Lea [el informe](javascript:alert(1)).", "markdown"),
    ("Read <a href=\"/r\">it</a>.", "Lea <a href=\"javascript:alert(1)\">lo</a>.", "markup"),
    ("See <img src=\"/a.png\">", "Vea <img src=\"data:text/html;base64,PHNjcmlwdD4=\">",
     "markup"),
    ("Read <a href=\"/r\">it</a>.", "Lea <a href=\"/r\" onclick=\"steal()\">lo</a>.",
     "unsafe-link"),
    ("[Home](/)", "[Inicio](/) [x](jav&#x61;script:alert(1))", "unsafe-link"),
    ("Hello {name}", "Hola", "placeholders"),
]


@pytest.mark.parametrize(("source", "translation", "check_name"), UNSAFE)
def test_critical_problems_refuse_what_must_not_be_published(
        source: str, translation: str, check_name: str) -> None:
    found = critical_problems(source, translation)
    assert check_name in {f.check for f in found}, found
    assert all(str(f).startswith(f.check + ": ") for f in found)


def test_critical_problems_pass_a_faithful_translation() -> None:
    safe = [
        ("The <strong>African Union</strong> met.",
         "La <strong>Unión Africana</strong> se reunió."),
        ("<p>One<br>two</p>", "<p>Uno<br>dos</p>"),
        ("Read [the report](/report) on `cms-i18n`.",
         "Lea [el informe](/report) sobre `cms-i18n`."),
        ('An <img src="data:image/png;base64,AAAA"> icon',
         'Un icono <img src="data:image/png;base64,AAAA">'),
        ("40% over", "40 % más"),
        ("Untranslated", ""),
    ]
    for source, translation in safe:
        assert critical_problems(source, translation) == [], (source, translation)


def test_numbers_are_read_group_by_group() -> None:
    assert numbers("en 2003 784m") == [2003, 784]
    assert numbers("2,003,784 · 2.003.784 · 2 003 784 · 2\u00a0003\u00a0784") == \
        [2003784] * 4
    assert numbers("1,000.50 and 1.000,50") == [100050, 100050]
    assert check_numbers("It sold 2,003,784 copies.", "Vendió 2003 784 ejemplares.", PLAIN)


C_FORMAT = CheckedEntry(frozenset({"c-format"}))


def test_printf_directives_are_placeholders_only_in_a_format_string(tmp_path: Path) -> None:
    prose = ("IPC is 46%-owned by Reliance Industries",
             "IPC es en un 46 % propiedad de Reliance Industries")
    assert critical_problems(*prose) == []
    po = write(tmp_path, [
        PoEntry(msgctxt="doc", msgid=prose[0], msgstr=prose[1]),
        PoEntry(msgctxt="doc", msgid="%d of %s", msgstr="de %s", flags=["c-format"]),
        PoEntry(msgctxt="doc", msgid="{0:.1f} km", msgstr="{0} km",
                flags=["python-brace-format"]),
    ])
    report = check_catalog(po, "es", use_msgfmt=False)
    lines = [e.line for e in read_po(po).entries]
    assert [(p.line, p.check, p.message) for p in report.problems
            if p.check == "placeholders"] == [
        (lines[1], "placeholders", "msgstr lacks placeholder %d"),
        (lines[2], "placeholders",
         "msgstr lacks placeholder {0:.1f}; msgstr adds placeholder {0}")]
    assert [f.check for f in critical_problems("%d of %s", "de %s", C_FORMAT)] == \
        ["placeholders", "flags"]


def test_template_variables_are_placeholders_everywhere() -> None:
    for source, lost in (("Hello {name}", "Hola {nombre}"), ("Hi {{ user }}", "Hola"),
                         ("Hi ${user}", "Hola $ {user}"), ("See {1}", "Vea")):
        assert [f.check for f in critical_problems(source, lost)] == ["placeholders"]


def test_format_flags_cms_i18n_never_writes_are_critical(tmp_path: Path) -> None:
    python = CheckedEntry(frozenset({"python-format"}))
    assert [f.check for f in critical_problems("40% over", "40 % más", python)] == ["flags"]
    assert critical_problems("40% over", "40 % más",
                             CheckedEntry(frozenset({"fuzzy", "no-wrap"}))) == []
    po = write(tmp_path, [PoEntry(msgctxt="doc", msgid="40% over", msgstr="40 % más",
                                  flags=["python-format"])])
    report = check_catalog(po, "es", use_msgfmt=False)
    assert [(p.check, p.severity) for p in report.problems] == [("flags", CRITICAL)]
    assert report.failed


def test_a_language_specific_check_runs_only_for_its_languages(tmp_path: Path) -> None:
    entries = [PoEntry(msgctxt="doc", msgid="Who will attend?", msgstr="Qui viendra ?")]
    fr = write(tmp_path / "fr", entries)
    assert "invertedmarks" not in {p.check for p in check_catalog(fr, "fr").problems}
    es = write(tmp_path / "es", [PoEntry(msgctxt="doc", msgid="Who will attend?",
                                         msgstr="Quién asistirá?")])
    found = [p for p in check_catalog(es, "es").problems if p.check == "invertedmarks"]
    assert [(p.severity, p.message) for p in found] == [
        (COSMETIC, "msgstr has '?' without '¿'")]


def test_a_negated_format_flag_switches_that_format_off(tmp_path: Path) -> None:
    lost = ("%d of %s", "de %s")
    both = CheckedEntry(frozenset({"python-format", "no-python-format"}))
    assert critical_problems(*lost, both) == []
    assert critical_problems(*lost, CheckedEntry(frozenset({"no-python-format"}))) == []
    python = CheckedEntry(frozenset({"python-format"}))
    assert [f.check for f in critical_problems(*lost, python)] == ["placeholders", "flags"]
    po = write(tmp_path, [
        PoEntry(msgctxt="doc", msgid=lost[0], msgstr=lost[1], flags=["no-python-format"]),
        PoEntry(msgctxt="doc#2", msgid=lost[0], msgstr=lost[1],
                flags=["c-format", "python-format", "no-python-format"]),
    ])
    report = check_catalog(po, "es", use_msgfmt=False)
    lines = [e.line for e in read_po(po).entries]
    assert [(p.line, p.check, p.message) for p in report.problems] == [
        (lines[1], "placeholders", "msgstr lacks placeholder %d"),
        (lines[1], "flags", "c-format was not written by cms-i18n: this is content, not a "
                            "format string; remove the flag")]


def test_a_no_flag_silences_warnings_and_cosmetics_never_a_critical_check(
        tmp_path: Path) -> None:
    po = write(tmp_path, [
        PoEntry(msgctxt="doc", msgid="He is here.", msgstr="Está aquí .",
                flags=["no-punctuationspacing"]),
        PoEntry(msgctxt="doc", msgid="Read <b>this</b>.", msgstr="Lea <b>esto.",
                flags=["no-markup", "no-placeholders"]),
    ])
    report = check_catalog(po, "es", use_msgfmt=False)
    assert [(p.check, p.severity) for p in report.problems] == [("markup", CRITICAL)]
    hostile = CheckedEntry(frozenset({"no-markup", "no-unsafe-link"}))
    assert {f.check for f in critical_problems(
        'Read <a href="/r">it</a>.', 'Lea <a href="javascript:alert(1)">lo</a>.',
        hostile)} == {"markup", "unsafe-link"}


def test_a_check_grades_a_finding_at_most_as_it_is_declared() -> None:
    def loud(source: str, target: str, entry: CheckedEntry) -> Graded:
        return Graded(CRITICAL, f"{entry.target_lang}: {target}")
    assert Check("loud", WARNING, loud).run("a", "b", SPANISH) == Graded(WARNING, "es: b")
    mild = Check("mild", CRITICAL, lambda source, target, entry: Graded(COSMETIC, "mild"))
    assert mild.run("a", "b") == Graded(COSMETIC, "mild")
    assert mild.run("a", "b", CheckedEntry(frozenset({"no-mild"}))) is None
    # a function of the two texts alone, or one without a signature, gets no entry
    assert Check("two", COSMETIC, lambda source, target: target).run("a", "b", SPANISH) == \
        Graded(COSMETIC, "b")
    assert Check("builtin", COSMETIC, max).run("a", "b") == Graded(COSMETIC, "b")


def test_a_check_may_be_a_callable_object_of_any_kind() -> None:
    @dataclass
    class Longer:                        # a dataclass instance cannot be hashed
        """A translation more than ``ratio`` times as long as its source."""

        ratio: float

        def __call__(self, source: str, target: str, entry: CheckedEntry) -> str | None:
            return f"{entry.target_lang}: too long" if len(target) > self.ratio * len(source) \
                else None

    longer = Check("longer", WARNING, Longer(1.5))
    assert longer.run("Yes.", "Sí, claro que sí.", SPANISH) == Graded(WARNING, "es: too long")
    assert longer.run("Yes.", "Sí.", SPANISH) is None


def test_a_check_reads_the_entry_it_is_run_on(tmp_path: Path) -> None:
    seen: list[CheckedEntry] = []

    def spy(source: str, target: str, entry: CheckedEntry) -> None:
        seen.append(entry)

    po = write(tmp_path, [PoEntry(msgctxt="doc/a", msgid="One.", msgstr="Uno.",
                                  flags=["fuzzy", "no-wrap"], translator_comments=["mine"],
                                  extracted_comments=["machine translation: apertium"])])
    with plugins.registered(_Plugin([Check("spy", COSMETIC, spy)])):
        check_catalog(po, "es", source_lang="en", use_msgfmt=False)
    assert seen == [CheckedEntry(frozenset({"fuzzy", "no-wrap"}), "doc/a", ("mine",),
                                 ("machine translation: apertium",), "en", "es")]
    assert seen[0].fuzzy and seen[0].formats == frozenset()


class _Plugin:
    """A plugin object offering ``checks`` through the hook."""

    def __init__(self, checks: list[Check]) -> None:
        self.checks = checks

    @hookimpl
    def cms_i18n_checks(self) -> list[Check]:
        return self.checks


def test_words_left_in_the_pivot_language_are_a_warning_until_replaced() -> None:
    french = CheckedEntry(frozenset({"fuzzy"}), extracted_comments=(
        "machine translation: apertium eng-spa → es-fr",
        "unknown to es-fr, left in es: informalmente",), target_lang="fr")
    check = BY_NAME["pivot"]
    source = "They will meet informally."
    found = check.run(source, "Ils se réuniront informalmente.", french)
    assert found is not None and found.severity == WARNING
    assert found.message == "left in es by es-fr, which did not know it: informalmente"
    assert check.run(source, "Ils se réuniront informellement.", french) is None
    # the note of a first step ("unknown to the engine") is no pivot's word
    english = CheckedEntry(extracted_comments=(
        "unknown to the engine, left as in the source: Tianjin",))
    assert check.run("In Tianjin.", "À Tianjin.", english) is None


def test_a_page_run_into_one_paragraph_is_a_warning_naming_its_length() -> None:
    """A feed whose line breaks were lost reached the catalogue as one entry of 37 KB,
    and nothing said so."""
    feed = "Leaders met in Astana to discuss trade and security. " * 120
    found = BY_NAME["long"].run(feed, feed.replace("Leaders met", "Los líderes"), SPANISH)
    assert found is not None and found.severity == WARNING
    assert f"one paragraph of {len(feed):,} characters" in found.message
    lines = "\n".join(["Leaders met in Astana to discuss trade and security."] * 120)
    assert BY_NAME["long"].run(lines, lines, SPANISH) is None


@pytest.mark.parametrize(("source", "good"), [
    ("Q&A on the ASEAN Summit", "Preguntas y respuestas sobre la Cumbre de la ASEAN"),
    ("R&D spending rose.", "El gasto en I+D aumentó."),
])
def test_an_abbreviation_of_words_written_the_language_s_way_is_no_lost_name(
        source: str, good: str) -> None:
    """An editor's "Preguntas y respuestas" for "Q&A" was a warning: "msgstr lacks name
    Q&A"; the engine's "Q&Un" still is one."""
    check = BY_NAME["acronyms"]
    assert check.run(source, good, SPANISH) is None
    assert check.run(source, good.replace("Preguntas y respuestas", "Q&Un"), SPANISH) \
        or "Q&A" not in source


def test_a_suggestion_with_brackets_still_tells_the_copy_from_the_genuine_text() -> None:
    """The Spanish text pasted into the Catalan catalogue is named there only: the engine's
    Catalan suggestion noted beside it says which language is which.  A suggestion holding
    " (" was read as no suggestion, and the genuine Spanish catalogue was named too."""
    spanish = "La OTSC (Organización del Tratado) se reunió en Moscú el martes"
    entry = 'msgctxt "a"\nmsgid "The CSTO (Treaty Organization) met in Moscow on Tuesday"\n'
    es = parse_po(f'#. machine translation: apertium\n{entry}msgstr "{spanish}"\n')
    ca = parse_po('#. suggestion for this text: "L\'OTSC (Organització del Tractat) es va '
                  'reunir a Moscou dimarts" (machine translation: apertium)\n'
                  f'{entry}msgstr "{spanish}"\n')
    assert copied_from_other_languages(es, "es.po", "es", [("ca", "ca.po", ca)]) == []
    [found] = copied_from_other_languages(ca, "ca.po", "ca", [("es", "es.po", es)])
    assert found.message.endswith("copied into the Catalan catalogue?"), found.message
