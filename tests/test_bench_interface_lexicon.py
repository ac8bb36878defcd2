"""bench/make_interface_lexicon.py rebuilds the cleaner's interface lexicon from clones of
the systems' repositories: the lines a page prints, put together as the skins do."""

from __future__ import annotations

import importlib.util
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_interface_lexicon", ROOT / "bench" / "make_interface_lexicon.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _clone(mirror: Path, name: str, files: dict[str, str | bytes]) -> None:
    repo = mirror / name / "repo"
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            (repo / path).write_bytes(text)
        else:
            (repo / path).write_text(text, encoding="utf-8")
    for command in (["init", "-q", "."], ["add", "-A"],
                    ["-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "m"]):
        subprocess.run(["git", *command], cwd=repo, check=True, capture_output=True)


def _mo(messages: dict[str, str]) -> bytes:
    """A compiled gettext file holding these messages, as ``msgfmt`` writes one."""
    messages = {"": "Content-Type: text/plain; charset=UTF-8\n", **messages}
    keys = sorted(messages)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(messages[k].encode() + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    table_ids, table_strs, offset = [], [], 0
    for k in keys:
        table_ids += [len(k.encode()), start + offset]
        offset += len(k.encode()) + 1
    offset = 0
    for k in keys:
        table_strs += [len(messages[k].encode()), start + len(ids) + offset]
        offset += len(messages[k].encode()) + 1
    head = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return head + struct.pack(f"{len(table_ids)}i", *table_ids) + \
        struct.pack(f"{len(table_strs)}i", *table_strs) + ids + strs


def _package(mirror: Path, name: str, version: str, files: dict[str, str | bytes]) -> None:
    """A Debian package ``MIRROR/name_version_all.deb`` holding these files."""
    root = mirror / f"build-{name}"
    for path, content in {**files, "DEBIAN/control": (
            f"Package: {name}\nVersion: {version}\nArchitecture: all\n"
            f"Maintainer: t <t@example.org>\nDescription: t\n")}.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            (root / path).write_bytes(content)
        else:
            (root / path).write_text(content, encoding="utf-8")
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(root),
                    str(mirror / f"{name}_{version}_all.deb")], check=True, capture_output=True)
    shutil.rmtree(root)


def _mirror(tmp_path: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb unpacks the Debian packages the lexicon reads")
    english = {"jumpto": "Jump to:", "jumptonavigation": "navigation", "jumptosearch": "search",
               "comma-separator": ",&#32;", "pipe-separator": "&#32;|&#32;",
               "colon-separator": ":&#32;", "diff": "diff",
               "revision-nav": "($1) $2{{int:pipe-separator}}$3 ($4){{int:pipe-separator}}$5 ($6)",
               "previousrevision": "← Older revision", "nextrevision": "Newer revision →",
               "currentrevisionlink": "Latest revision",
               "pagecategories": "{{PLURAL:$1|Category|Categories}}",
               "tagline": "From {{SITENAME}}", "permalink": "Permanent link"}
    russian = {"jumpto": "Перейти к:", "jumptonavigation": "навигация", "jumptosearch": "поиск",
               "tagline": "Материал из {{grammar:genitive|{{SITENAME}}}}"}
    _clone(tmp_path, "mediawiki4intranet+core", {"languages/i18n/en.json": json.dumps(english),
                                                 "languages/i18n/ru.json": json.dumps(russian)})
    _package(tmp_path, "mediawiki", "1:1.39.17-1", {
        "usr/share/mediawiki/languages/i18n/el.json": json.dumps(
            {"permalink": "Σταθερός σύνδεσμος"})})
    _clone(tmp_path, "latex2html+latex2html", {
        "l2hconf.pin": "'up' ,'WIDTH=\"26\"',\n'next','WIDTH=\"37\"',\n"
                       "'previous','WIDTH=\"63\"',\n'contents','WIDTH=\"65\"',\n"
                       '    . "$NEXT $UP $PREVIOUS $CONTENTS $INDEX $CUSTOM_BUTTONS"\n',
        "styles/german.perl": '$next_name = "N&auml;chste Seite";\n$up_name = "Aufw&auml;rts";\n'
                              '$prev_name = "Vorherige Seite";\n$toc_title = "Inhalt";\n'})
    _clone(tmp_path, "heiseonline+shariff", {
        "src/js/services/facebook.js": "shareText: {\n de: 'teilen',\n en: 'share',\n},\n"
                                       "title: {\n de: 'Bei Facebook teilen',\n"
                                       " ja: 'フェイスブック上で共有',\n},\n"})
    _package(tmp_path, "wordpress-l10n", "6.1.9-1", {
        "usr/share/wordpress/wp-content/languages/ru_RU.mo": _mo({
            "Leave a Reply": "Добавить комментарий", "Cancel reply": "Отменить ответ",
            "Leave a Reply to %s": "Добавить комментарий для %s", "Tags: ": "Метки: ",
            "label\x04Search for:": "Найти:", "% Comments": "Комментарии (%)",
            "Manage Comments": "Управление комментариями"}),
        "usr/share/wordpress/wp-content/languages/el.mo": _mo({"Cancel reply": "Ακύρωση"})})
    _clone(tmp_path, "dokuwiki+dokuwiki", {
        "inc/lang/en/lang.php": "<?php\n$lang['user_tools'] = 'User Tools';\n"
                                "$lang['lastmod'] = 'Last modified:';\n$lang['by'] = 'by';\n"
                                "$lang['youarehere'] = 'You are here:';\n"
                                "$lang['external_edit'] = 'external edit';\n"
                                "$lang['license'] = 'Except where otherwise noted:';\n"
                                "$lang['breadcrumb'] = 'Trace:';\n",
        "inc/lang/el/lang.php": "<?php\n$lang['user_tools'] = 'Εργαλεία Χρήστη';\n"
                                "$lang['lastmod'] = \"Τελευταία τροποποίηση:\";\n"
                                "$lang['by'] = 'από';\n"})
    _clone(tmp_path, "sphinx-doc+sphinx", {
        "sphinx/locale/ru/LC_MESSAGES/sphinx.po":
            'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\n'
            'msgid "Previous topic"\nmsgstr "Предыдущий раздел"\n\n'
            '#, python-format\nmsgid ""\n"Last updated on %(last_updated)s."\n'
            'msgstr "Обновлено: %(last_updated)s."\n\n'
            'msgid "next"\nmsgstr "вперёд"\n\nmsgid "previous"\nmsgstr "назад"\n'})
    _clone(tmp_path, "phpbb+phpbb", {"phpBB/language/en/common.php":
                                     "<?php\n$lang = array_merge($lang, array(\n"
                                     "\t'CURRENT_TIME'\t=> 'It is currently %s',\n"
                                     "\t'FORUM_INDEX'\t=> 'Board index',\n));\n"})
    _clone(tmp_path, "squidfunk+mkdocs-material", {
        "src/templates/partials/languages/ru.html":
            '{% macro t(key) %}{{ {\n  "action.skip": "Перейти к содержанию",\n'
            '  "readtime.other": "Читать # мин",\n  "footer": "Нижний колонтитул"\n'
            '}[key] }}{% endmacro %}\n'})
    _clone(tmp_path, "TryGhost+Casper", {
        "locales/de.json": json.dumps({"Powered by Ghost": "Erstellt mit Ghost",
                                       "Read next": "", "Close": "Schließen"})})
    _package(tmp_path, "libpublicinbox-perl", "1.9.0-1", {
        "usr/share/perl5/PublicInbox/WwwStream.pm":
            "\tmy $code = $ibx->{coderepo} ? qq( / <a\\nhref=#code>code</a>) : '';\n"
            "\tmy $links = qq(<a\\nhref=\"${upfx}_/text/help/\">help</a> / ).\n"
            "\t\t\tqq(<a\\nhref=\"${upfx}_/text/mirror/\">mirror</a>$code / ).\n"
            "\t\t\tqq(<a\\nhref=\"$atom\">Atom feed</a>);\n",
        "usr/share/perl5/PublicInbox/View.pm": "id=R><b>Reply instructions:</b>\n"})
    _clone(tmp_path, "jaredmauch+mailman2-python3", {
        "messages/el/LC_MESSAGES/mailman.po": (
            'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-7\\n"\n\n'
            'msgid "Next message (by thread):"\nmsgstr "Επόμενο μήνυμα:"\n').encode("iso-8859-7"),
        "templates/el/article.html": (
            '<P><UL>\n <LI> <B>Μηνύματα ταξινομημένα κατά:</B>\n'
            '  <a href="date.html#%(sequence)s">[ ημερομηνία ]</a>\n'
            '  <a href="thread.html#%(sequence)s">[ θέμα ]</a>\n </LI>\n</UL>\n'
            '<a href="%(listurl)s">Περισσότερες πληροφορίες για την %(listname)s λίστα</a><br>\n'
        ).encode("iso-8859-7")})
    _clone(tmp_path, "TryGhost+Source", {
        "locales/fr.json": json.dumps({"A collection of {numberOfPosts} posts":
                                       "Une collection de {numberOfPosts} publications"})})
    _clone(tmp_path, "natalyandreeva+joomla", {
        "language/en-GB/en-GB.ini": 'JNEXT="Next"\nJPREV="Prev"\n',
        "language/en-GB/en-GB.lib_joomla.ini": 'JLIB_HTML_START="Start"\nJLIB_HTML_END="End"\n',
        "language/en-GB/en-GB.com_content.ini": 'COM_CONTENT_WRITTEN_BY="Written by %s"\n'
                                                'COM_CONTENT_ARTICLE_HITS="Hits: %s"\n'})
    _clone(tmp_path, "daemsa+synathina", {
        "language/el-GR/el-GR.ini": 'JNEXT="Επόμενο"\n',
        "language/el-GR/el-GR.mod_breadcrumbs.ini":
            'MOD_BREADCRUMBS_FIELD_SHOWHERE_LABEL="Εμφάνισε το "_QQ_"Βρίσκεστε εδώ"_QQ_""\n'
            'MOD_BREADCRUMBS_HERE="Βρίσκεστε εδώ: "\n'})
    _clone(tmp_path, "WordPressBugBounty+plugins-wpforo", {
        "wpforo/includes/phrases.php": "<?php\n'Topic starter' => __('Topic starter', 'wpforo'),"
                                       "\n'Joined:' => __('Joined:', 'wpforo'),\n",
        "wpforo/languages/wpforo-ru_RU.po": 'msgid "Topic starter"\nmsgstr "Автор темы"\n'})
    _clone(tmp_path, "NodeBB+NodeBB", {
        "public/language/de/topic.json": json.dumps({"replies-to-this-post": "%1 Antworten",
                                                     "share-this-post": "Diesen Beitrag teilen"}),
        "public/language/de/global.json": json.dumps({"pagination.out-of": "%1 von %2"})})
    _clone(tmp_path, "Piwigo+Piwigo", {
        "language/el_GR/common.lang.php": "<?php\n$lang['Random photos'] = 'Τυχαίες φωτογραφίες';"
                                          "\n$lang['Author'] = \"Δημιουργός\";\n"})
    _clone(tmp_path, "coppermine-gallery+cpg1.6.x", {
        "lang/german.php": "<?php\n$lang_main_menu['alb_list_lnk'] = 'Albenliste';\n"
                           "$lang_main_menu['alb_list_title'] = 'Zur Albenliste';\n"
                           "$lang_main_menu['adm_mode_lnk'] = 'Admin-Modus';\n"
                           "$lang_meta_album_names['random'] = 'Zufällige Dateien';\n"})
    _clone(tmp_path, "instantsoft+icms2", {
        "system/languages/ru/language.php": "<?php\n    define('LANG_BACK_TO_HOME', "
                                            "'Вернуться на главную');\n"
                                            "    define('LANG_CP_COMMENTS', 'Комментарии');\n"})
    _clone(tmp_path, "gallery+gallery3", {
        "modules/info/helpers/info_block.php": '$block->title = $album ? t("Album info") : '
                                               't("Photo info");\n',
        "modules/image_block/helpers/image_block_block.php":
            'return array("random_image" => t("Random image"));\n'})
    return tmp_path


def test_the_lexicon_is_rebuilt_from_clones_of_the_sources(tmp_path: Path) -> None:
    text = _script().build(_mirror(tmp_path))
    rows = {tuple(line.split("\t")[::2]) for line in text.splitlines()
            if line and not line.startswith("#")}
    assert ("en", "Jump to: navigation, search") in rows
    assert ("en", "(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)") \
        in rows
    assert {("en", "Category: {*}"), ("en", "Categories: {*}"), ("en", "From {*}")} <= rows
    assert {("ru", "Перейти к: навигация, поиск"), ("ru", "Материал из {*}")} <= rows
    assert ("el", "Σταθερός σύνδεσμος") in rows
    assert ("en", "next up previous contents") in rows
    assert ("de", "Nächste Seite: {*} Aufwärts: {*} Vorherige Seite: {*} Inhalt") in rows
    assert ("de", "Bei Facebook teilen") in rows
    assert not any(lang == "ja" for lang, _ in rows)    # a language the cleaner leaves
    header = [line for line in text.splitlines() if line.startswith("# ")]
    assert "# MediaWiki: Debian package mediawiki 1:1.39.17-1, languages/i18n/<lang>.json, " \
           "for the languages the fork lacks; licence GPL-2.0-or-later" in header
    assert any(line.startswith("# Shariff: github.com/heiseonline/shariff @ ") and
               line.endswith("licence MIT") for line in header)


def test_a_second_build_gives_the_same_file(tmp_path: Path) -> None:
    script, mirror = _script(), _mirror(tmp_path)
    assert script.build(mirror) == script.build(mirror)


def test_the_other_systems_lines_are_read_from_their_message_files(tmp_path: Path) -> None:
    text = _script().build(_mirror(tmp_path))
    rows = {tuple(line.split("\t")[::2]) for line in text.splitlines()
            if line and not line.startswith("#")}
    # WordPress: the front end's lines, printf's parameters as {*}, a label before its links.
    assert {("en", "Leave a Reply"), ("ru", "Добавить комментарий"),
            ("ru", "Добавить комментарий для {*}"), ("ru", "Метки: {*}"), ("ru", "Найти:"),
            ("ru", "Комментарии ({*})"), ("el", "Ακύρωση")} <= rows
    assert ("ru", "Управление комментариями") not in rows    # an admin screen's
    # DokuWiki: its bars, the footer line as the template puts it together.
    assert {("el", "Εργαλεία Χρήστη"), ("en", "You are here: {*}"),
            ("el", "{*} · Τελευταία τροποποίηση: {*} από {*}"),
            ("en", "Last modified: {*} (external edit)")} <= rows
    # Sphinx: gettext source files, the relation bar in the theme's order.
    assert {("ru", "Предыдущий раздел"), ("ru", "Обновлено: {*}."),
            ("ru", "вперёд | назад"), ("en", "Show Source")} <= rows
    assert {("en", "It is currently {*}"), ("en", "Board index")} <= rows
    assert {("ru", "Перейти к содержанию"), ("ru", "Читать {*} мин")} <= rows
    assert ("ru", "Нижний колонтитул") not in rows    # a screen reader's label
    # Ghost: an empty translation is shown in English.
    assert {("de", "Erstellt mit Ghost"), ("de", "Read next")} <= rows
    assert ("de", "Schließen") not in rows
    assert {("en", "help / mirror / Atom feed"), ("en", "help / mirror / code / Atom feed"),
            ("en", "Reply instructions:")} <= rows
    # Mailman's pipermail, read in the character set its catalogue names.
    assert {("el", "Επόμενο μήνυμα: {*}"), ("el", "Previous message (by thread): {*}"),
            ("el", "Μηνύματα ταξινομημένα κατά: [ ημερομηνία ] [ θέμα ]"),
            ("el", "Περισσότερες πληροφορίες για την {*} λίστα")} <= rows
    header = [line for line in text.splitlines() if line.startswith("# ")]
    assert "# WordPress: Debian package wordpress-l10n 6.1.9-1, wp-content/languages/" \
           "<locale>.mo (the front end's strings); licence GPL-2.0-or-later" in header
    for system in ("DokuWiki", "Sphinx", "phpBB", "Material for MkDocs", "Ghost (Casper theme)",
                   "Mailman 2 (pipermail)"):
        assert any(line.startswith(f"# {system}: github.com/") for line in header), system


def test_the_forums_galleries_and_cms_lines_are_read_from_their_language_files(
        tmp_path: Path) -> None:
    text = _script().build(_mirror(tmp_path))
    rows = {tuple(line.split("\t")[::2]) for line in text.splitlines()
            if line and not line.startswith("#")}
    # Ghost's Source theme: a tag page's count, its parameter as {*}.
    assert ("fr", "Une collection de {*} publications") in rows
    # Joomla: the pager as the layout puts it together, a label before its links; no byline.
    assert {("en", "Start Prev {*} Next End"), ("en", "Hits: {*}"),
            ("el", "Βρίσκεστε εδώ: {*}")} <= rows
    assert ("en", "Written by {*}") not in rows
    # wpForo: a translated badge, an English label where the phrase has no translation.
    assert {("ru", "Автор темы"), ("en", "Joined: {*}"), ("ru", "Joined: {*}")} <= rows
    # NodeBB: %1 as {*}; not the pager's "%1 of %2", which opens sentences too.
    assert {("de", "{*} Antworten"), ("de", "Diesen Beitrag teilen")} <= rows
    assert ("de", "{*} von {*}") not in rows
    assert ("el", "Τυχαίες φωτογραφίες") in rows
    assert ("el", "Δημιουργός") not in rows    # an author's name follows it in a caption
    # Coppermine: the menu's links and special albums, not their tooltips nor admin links.
    assert {("de", "Albenliste"), ("de", "Zufällige Dateien")} <= rows
    assert not {("de", "Zur Albenliste"), ("de", "Admin-Modus")} & rows
    assert ("ru", "Вернуться на главную") in rows
    assert ("ru", "Комментарии") not in rows    # the control panel's
    # Gallery 3: the sidebar blocks' titles, where the module sets them.
    assert {("en", "Album info"), ("en", "Photo info"), ("en", "Random image")} <= rows
    assert ("en", "Popular tags") not in rows    # no tag module in this clone
    header = [line for line in text.splitlines() if line.startswith("# ")]
    for system in ("Ghost (Source theme)", "Joomla", "wpForo", "NodeBB", "Piwigo", "Coppermine",
                   "InstantCMS", "Gallery 3"):
        assert any(line.startswith(f"# {system}: github.com/") and "licence" in line
                   for line in header), system
