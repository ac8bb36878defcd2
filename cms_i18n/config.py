"""Settings: every key declared once, with its type and default; one resolver.

Where a value comes from, lowest first::

    declared defaults < site config file < Django's CMS_I18N < command-line flags

Every layer is checked against the declarations before it is merged, so a
wrong value (``target_langs: 42``, ``glossary_strategy: magic``) stops the run
with one line that names the setting, the file and the line.  Relative paths
follow one rule: each layer's paths are taken from that layer's own folder —
a config file's from the file's folder, ``CMS_I18N``'s from ``BASE_DIR``, a
flag's from the current directory, and the defaults from the site root (the
config file's folder, else the current directory).

Adding a setting is one change: a :class:`Setting` in :data:`SETTINGS` below
(or, for a plugin's own setting, in the list its ``cms_i18n_settings`` hook
returns), with its kind, default and a one-line help.  The manifest a CMS
reads, ``plugin.yaml``, is written from these declarations by
``python -m cms_i18n.manifest --write``; a test fails until it is current.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cms_i18n import safeyaml
from cms_i18n.errors import ConfigError, LanguageError
from cms_i18n.fileio import decode_utf8, read_file

SITE_CONFIG_NAME = "cms-i18n.yaml"


# -- kinds of value ------------------------------------------------------------

class Kind:
    """What values a setting takes.  ``check`` returns the value to keep, or raises
    :class:`ValueError` with what was expected (the caller adds key, file and line).

    Most kinds only say which values they take (``accepts``) and how to name them
    (``description``); a kind that reads a value further (a list of languages)
    overrides ``check``.
    """

    #: a folder or file: relative values are resolved against their layer's folder
    is_path = False
    #: what the kind takes, for ``must be <description>, not <value>``
    description = "any value"

    def accepts(self, value: Any) -> bool:
        return True

    def check(self, value: Any) -> Any:
        if not self.accepts(value):
            raise _expected(self, value)
        return value

    def describe(self) -> str:
        return self.description


def _expected(kind: Kind, value: Any) -> ValueError:
    return ValueError(f"must be {kind.describe()}, not {value!r}")


class Text(Kind):
    description = "a non-empty string"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str) and bool(value.strip())


class PathSetting(Text):
    is_path = True
    description = "a path (a string)"


class MemoryLocation(PathSetting):
    """A path to an SQLite file, or a ``postgresql://`` URL (not a path to resolve).

    Any other URL (``mysql://…``, ``sqlite:///…``) is refused rather than taken
    for a relative path: ``mysql://x/y`` would otherwise become an SQLite file
    in a folder named ``mysql:``.
    """

    description = "a path or a postgresql:// URL"

    def accepts(self, value: Any) -> bool:
        return super().accepts(value) and (not _URL_SCHEME.match(value)
                                           or is_database_url(value))


_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_POSTGRES_URL = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)


def is_database_url(location: object) -> bool:
    """True for a ``postgresql://`` URL, which is not a path to resolve."""
    return isinstance(location, str) and bool(_POSTGRES_URL.match(location))


class Matching(Text):
    """A string that ``pattern`` matches whole, described to the user as ``description``."""

    def __init__(self, pattern: str, description: str) -> None:
        self.pattern = re.compile(pattern, re.DOTALL)
        self.description = description

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str) and bool(self.pattern.fullmatch(value))


#: a file name without a folder: the gettext domain
NAME = Matching(r"[\w-][\w.-]*", "a name of letters, digits, '.', '-' or '_'")
BROKER_URL = Matching(r"(?:redis|rediss|redis\+socket)://.*", "a redis:// URL")


class Integer(Kind):
    def __init__(self, minimum: int) -> None:
        self.minimum = minimum
        self.description = f"a whole number of at least {minimum}"

    def accepts(self, value: Any) -> bool:
        return not isinstance(value, bool) and isinstance(value, int) and value >= self.minimum


class Seconds(Kind):
    """A positive number of seconds (a whole number or a fraction)."""

    description = "a number of seconds greater than 0"

    def accepts(self, value: Any) -> bool:
        return not isinstance(value, bool) and isinstance(value, int | float) and value > 0


class Flag(Kind):
    description = "true or false"

    def accepts(self, value: Any) -> bool:
        return isinstance(value, bool)


class Choice(Kind):
    def __init__(self, *choices: str) -> None:
        self.choices = choices
        self.description = "one of " + ", ".join(choices)

    def accepts(self, value: Any) -> bool:
        return value in self.choices


class _Fallback(Choice):
    """``apply.fallback``: one of its choices, or null (the content source's default)."""

    def accepts(self, value: Any) -> bool:
        return value is None or super().accepts(value)


class Nullable(Kind):
    """``null``, or a value of ``kind``."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.is_path = kind.is_path

    def check(self, value: Any) -> Any:
        return None if value is None else self.kind.check(value)

    def describe(self) -> str:
        return f"null or {self.kind.describe()}"


class Language(Kind):
    description = "a language code (BCP-47, e.g. es or pt-BR)"

    def check(self, value: Any) -> Any:
        from cms_i18n.languages import normalize

        if not isinstance(value, str):
            raise _expected(self, value)
        try:
            normalize(value)
        except LanguageError as exc:
            raise ValueError(exc.message) from None
        return value


class Languages(Kind):
    """A list of language codes; ``"es, fr"`` and ``"es fr"`` are read as ``[es, fr]``.
    A language listed twice (``[es, es]``, ``[pt-BR, pt_BR]``) is refused: it would be
    done twice."""

    description = "a list of language codes"

    def check(self, value: Any) -> Any:
        from cms_i18n.languages import normalize

        if isinstance(value, str):
            value = [part for part in re.split(r"[,\s]+", value) if part]
        if not isinstance(value, list) or not value:
            raise _expected(self, value)
        seen: dict[str, str] = {}
        for code in value:
            Language().check(code)
            key = normalize(code)
            if key in seen:
                first = seen[key]
                twice = (f"{code!r} twice" if first == code
                         else f"{first!r} and {code!r}, the same language")
                raise ValueError(f"lists {twice}; name each language once")
            seen[key] = code
        return value


class LanguageList(Kind):
    """A list of language codes, empty allowed; a string is read as a comma-separated
    list, so ``gl: es`` means ``gl: [es]``."""

    description = "a list of language codes"

    def check(self, value: Any) -> Any:
        if isinstance(value, str):
            value = [part for part in re.split(r"[,\s]+", value) if part]
        if not isinstance(value, list):
            raise _expected(self, value)
        for code in value:
            Language().check(code)
        return value


class Registered(Text):
    """The name of something plugins register (an engine, a content source), or one of
    ``also``; checked against the registry so the error names the file and line."""

    def __init__(self, what: str, names: Callable[[], Iterable[str]], *also: str) -> None:
        self.what = what
        self.names = names
        self.also = also
        self.description = f"the name of a registered {what}"

    def check(self, value: Any) -> Any:
        value = super().check(value)
        if value in self.also:
            # ``auto``: known without asking the registry, which imports every engine.
            return value
        known = [*self.also, *sorted(self.names())]
        if value not in known:
            raise ValueError(f"unknown {self.what} {value!r} (registered: {', '.join(known)})")
        return value


def _engine_names() -> Iterable[str]:
    from cms_i18n.plugins import engines

    return engines()


def _source_names() -> Iterable[str]:
    from cms_i18n.plugins import sources

    return sources()


#: Every compute type CTranslate2 knows; which of them this CPU runs is checked when
#: a model is loaded.
COMPUTE_TYPES = ("auto", "default", "int8", "int8_float32", "int8_float16", "int8_bfloat16",
                 "int16", "float16", "bfloat16", "float32")


class LanguageMap(Kind):
    """A mapping of language code to a value of ``kind``: ``{gl: [es]}``."""

    def __init__(self, kind: Kind, description: str) -> None:
        self.kind = kind
        self.description = f"a mapping of language code to {description}"

    def check(self, value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _expected(self, value)
        return {Language().check(code): self.kind.check(item) for code, item in value.items()}


class Patterns(Kind):
    """A list of regular expressions, each checked to compile."""

    description = "a list of regular expressions"

    def check(self, value: Any) -> Any:
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            raise _expected(self, value)
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return value


class Anything(Kind):
    """Checked by the code that reads it (e.g. Django model names, once apps are ready)."""

    def __init__(self, description: str, *types: type) -> None:
        self.description = description
        self.types = types

    def accepts(self, value: Any) -> bool:
        return not self.types or isinstance(value, self.types)


# -- declarations --------------------------------------------------------------

@dataclass(frozen=True)
class Setting:
    """One setting: ``key`` (``apply.fallback`` inside a group), kind, default, help."""

    key: str
    kind: Kind
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("source_lang", Language(), "en", "language of the content"),
    Setting("target_langs", Languages(), ["es"],
            "languages translate and apply use when --lang is not given"),
    Setting("source", Registered("content source", _source_names), "files",
            "content source: files | wagtail | a plugin's source"),
    Setting("content_dir", PathSetting(), "examples/content", "folder of the files source"),
    Setting("glossary_dir", PathSetting(), "glossaries",
            "glossary folder (YAML, TBX or CSV files)"),
    Setting("locale_dir", PathSetting(), "locale", "where catalogues are written"),
    Setting("domain", NAME, "content",
            "gettext domain: <locale_dir>/<lang>/LC_MESSAGES/<domain>.po"),
    Setting("engine", Registered("engine", _engine_names, "auto"), "auto",
            "auto | argos | apertium | a plugin's engine"),
    Setting("glossary_strategy", Choice("auto", "standin", "codeswitch", "none"), "auto",
            "how terms reach the engine; auto: the engine's own choice"),
    Setting("memory", MemoryLocation(), ".cms-i18n/memory.sqlite",
            "translation memory: a path (SQLite) or a postgresql:// URL shared by workers"),
    Setting("catalogue_layout", Choice("language", "section", "document"), "language",
            "one catalogue per language, per section (folder) or per document"),
    Setting("executor", Choice("local", "celery"), "local",
            "where translate does the work: local processes, or Celery workers"),
    Setting("jobs", Integer(0), 1, "local processes translating side by side; 0: one per core"),
    Setting("chunk_documents", Integer(1), 50,
            "documents per chunk handed to a process or a Celery task"),
    Setting("broker_url", Nullable(BROKER_URL), None,
            "redis:// URL of the Celery broker (executor: celery, cms-i18n worker)"),
    Setting("celery.visibility_timeout", Integer(1), 600,
            "seconds before a task held by a vanished worker goes back to the queue"),
    Setting("celery.max_retries", Integer(0), 5,
            "times a failing task is retried before the run reports it"),
    Setting("celery.poll_seconds", Seconds(), 0.5,
            "how often the coordinator looks for finished chunks"),
    Setting("celery.quiet_seconds", Seconds(), 15,
            "seconds without a finished chunk before the coordinator says why it waits"),
    Setting("argos_packages_dir", Nullable(PathSetting()), None,
            "installed Argos models (null: $CMS_I18N_ARGOS_PACKAGES, else "
            "~/.local/share/cms-i18n/argos-packages)"),
    Setting("argos_beam_size", Integer(1), 4, "beam size"),
    Setting("argos_threads", Integer(0), 0,
            "total CTranslate2 threads; 0: one per core (a share of them per process with "
            "--jobs or worker --concurrency)"),
    Setting("argos_inter_threads", Integer(0), 0,
            "batches side by side; 0: one per thread, 1: one batch, every thread"),
    Setting("argos_compute_type", Choice(*COMPUTE_TYPES), "auto",
            "CTranslate2 compute type (int8, float32 …)"),
    Setting("argos_batch_size", Integer(1), 32, "sentences per batch"),
    Setting("argos_max_decoding_length", Nullable(Integer(1)), None,
            "cap on tokens per sentence (null: 256)"),
    Setting("engine_timeout", Integer(1), 120,
            "seconds an engine may stay silent on a batch before it is failed"),
    Setting("engine_retries", Integer(0), 12,
            "failed engine batches a run retries on fresh pipelines, down to the unit that "
            "fails alone, before it stops (0: stop at the first)"),
    Setting("apertium_modes_dir", Nullable(PathSetting()), None,
            "folder of Apertium's *.mode files (null: $CMS_I18N_APERTIUM_MODES, else "
            "the system's)"),
    Setting("apertium_mark_unknown", Flag(), False,
            "keep Apertium's * marks on unknown words"),
    Setting("apertium_pivot", Language(), "es",
            "language preferred in the middle of a chain of Apertium pairs (eng-spa → es-pt)"),
    Setting("apertium_via", LanguageMap(LanguageList(), "a list of language codes"), {},
            "per target, the languages its Apertium chain goes through ({gl: [es]}; [] "
            "direct; a string is a comma-separated list)"),
    Setting("apertium_variants", LanguageMap(Text(), "an Apertium mode variant"), {},
            "per target, the variant of the chain's last mode ({ca-valencia: valencia_uni})"),
    Setting("apertium_max_steps", Integer(1), 3, "longest chain of Apertium pairs tried"),
    Setting("clean.chrome_patterns", Patterns(), [],
            "extra regular expressions for a site's own page chrome lines"),
    Setting("apply.fallback", _Fallback("source", "skip"), None,
            "a document nobody reviewed anything of: not written (null: a page all in the "
            "source language is no translation), written in the source language (source), "
            "or not written, nor one whose reviewed text is withdrawn (skip)"),
    Setting("apply.include_fuzzy", Flag(), False,
            "let apply use unreviewed machine translations"),
)


def declared(extra: Iterable[Setting] = ()) -> dict[str, Setting]:
    """Every declared setting by key: the core ones, plugins' ones, then ``extra``."""
    from cms_i18n.plugins import plugin_settings

    return {s.key: s for s in (*SETTINGS, *plugin_settings(), *extra)}


def defaults(extra: Iterable[Setting] = ()) -> dict[str, Any]:
    """A fresh nested dict of every default (groups such as ``apply`` as dicts)."""
    result: dict[str, Any] = {}
    for setting in declared(extra).values():
        group, _, name = setting.key.rpartition(".")
        (result.setdefault(group, {}) if group else result)[name] = _copy(setting.default)
    return result


# -- layers ----------------------------------------------------------------------

@dataclass
class Layer:
    """Values from one place, with what an error message needs to point at them.

    ``base`` is the folder relative paths are taken from; ``label`` turns a
    dotted key into how the user wrote it; ``line_of`` finds its line.
    """

    values: Mapping[str, Any]
    base: Path
    path: str | None = None
    label: Callable[[str], str] = field(default=lambda key: f"setting {key!r}")
    line_of: Callable[[str], int | None] = field(default=lambda key: None)
    unknown_prefix: str = ""

    def error(self, key: str, problem: str) -> ConfigError:
        sep = " " if problem.startswith("must") else ": "
        return ConfigError(f"{self.label(key)}{sep}{problem}", path=self.path,
                           line=self.line_of(key))


def check_layer(layer: Layer, schema: Mapping[str, Setting]) -> dict[str, Any]:
    """The layer's values checked against ``schema``, paths made absolute."""
    groups = {key.rpartition(".")[0] for key in schema if "." in key}
    checked: dict[str, Any] = {}
    for key, value in layer.values.items():
        if key in groups:
            if not isinstance(value, Mapping):
                raise layer.error(key, f"must be a mapping, not {value!r}")
            checked[key] = {name: _check(layer, schema, f"{key}.{name}", item)
                            for name, item in value.items()}
        elif key in schema:
            checked[key] = _check(layer, schema, key, value)
        else:
            known = sorted({k.partition(".")[0] for k in schema})
            raise ConfigError(f"{layer.unknown_prefix}unknown setting {key!r}"
                              f"{_nearest(str(key), known)}", path=layer.path,
                              line=layer.line_of(key))
    return checked


def _nearest(key: str, known: Sequence[str]) -> str:
    """``; did you mean 'target_langs'?``: the known name nearest a misspelt one, or
    where every name is listed."""
    near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if near:
        return f"; did you mean {near[0]!r}?"
    return ("; every setting is listed in the README's Configuration table and in "
            "plugin.yaml")


def _check(layer: Layer, schema: Mapping[str, Setting], key: str, value: Any) -> Any:
    if key not in schema:
        group = key.rpartition(".")[0]
        names = sorted(k.rpartition(".")[2] for k in schema if k.startswith(group + "."))
        name = key.rpartition(".")[2]
        near = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        hint = f"did you mean {near[0]!r}?" if near else f"it takes {', '.join(names)}"
        raise ConfigError(f"{layer.unknown_prefix}unknown setting {key!r} in {group!r}; "
                          f"{hint}", path=layer.path, line=layer.line_of(key))
    kind = schema[key].kind
    if isinstance(value, Path) and kind.is_path:
        value = str(value)
    try:
        value = kind.check(value)
    except ValueError as exc:
        raise layer.error(key, str(exc)) from None
    if kind.is_path and value and not is_database_url(value):
        value = str((layer.base / Path(value).expanduser()).resolve())
    return value


def config_file_layer(path: Path) -> Layer:
    """A site config file read as a layer; YAML and encoding errors name the file and line."""
    text = decode_utf8(read_file(path, "config file", error=ConfigError), path,
                       error=ConfigError)
    try:
        data = safeyaml.safe_load(text)
        lines = _key_lines(safeyaml.compose(text))
    except yaml.YAMLError as exc:
        message, line = safeyaml.describe_error(exc, text)
        raise ConfigError(message, path=path, line=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("a config file must be a mapping of setting: value", path=path, line=1)
    return Layer(data, path.resolve().parent, str(path), line_of=lines.get)


def _key_lines(node: yaml.Node | None, prefix: str = "") -> dict[str, int]:
    """Dotted key → 1-based line, for the mappings of a composed YAML document."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = f"{prefix}{key_node.value}"
            lines.setdefault(key, key_node.start_mark.line + 1)
            if not prefix:
                lines.update(_key_lines(value_node, f"{key}."))
    return lines


# -- resolving -------------------------------------------------------------------

def load_settings(config_file: str | Path | None = None, *, root: str | Path | None = None,
                  site: Layer | None = None, extra: Sequence[Setting] = (),
                  **flags: Any) -> dict[str, Any]:
    """The settings of one run: defaults < config file < ``site`` < ``flags``.

    ``config_file`` defaults to ``cms-i18n.yaml`` in ``root`` (default: the
    current directory) when there is one.  ``site`` is a further layer (Django's
    ``CMS_I18N``) and ``extra`` the settings only it may set.  ``flags`` are
    command-line values; ``None`` means "not given", and relative paths are
    taken from the current directory.  ``root`` in the result is the folder
    the defaults' paths are taken from.
    """
    schema = declared(extra)
    base = Path(root).resolve() if root is not None else Path.cwd()
    config_path = Path(config_file) if config_file else base / SITE_CONFIG_NAME
    layers: list[Layer] = []
    if config_file or config_path.is_file():
        layers.append(config_file_layer(config_path))
        base = config_path.resolve().parent
    if site is not None:
        layers.append(site)
    given = {key: value for key, value in flags.items() if value is not None}
    layers.append(Layer(_nest(given), Path.cwd()))
    settings = check_layer(Layer(defaults(extra), base), schema)
    for layer in layers:
        _merge(settings, check_layer(layer, schema))
    _check_targets(settings, layers)
    settings["root"] = str(base)
    # Where each top-level value was written (a file and line), for an error about a
    # value that is well formed but names nothing: a content folder that is not there.
    settings["set_in"] = {key: [layer.path, layer.line_of(key)] for layer in layers
                          if layer.path is not None for key in layer.values}
    for key in given:
        settings["set_in"][key.partition(".")[0]] = [None, None]      # a flag
    settings["config_file"] = str(config_path) if config_file or config_path.is_file() \
        else None
    settings["config_searched"] = str(config_path)
    # The site's own glossary folder, where `cms-i18n glossary init` copies to, even
    # while it does not exist and the bundled glossary is read in its place.
    settings["site_glossary_dir"] = settings["glossary_dir"]
    if (not any("glossary_dir" in layer.values for layer in layers)
            and not Path(settings["glossary_dir"]).exists()):
        # No glossary of the site's own: the product's controlled glossary, as it
        # ships, rather than none; `cms-i18n glossary init` copies it to edit.
        settings["glossary_dir"] = str(BUNDLED_GLOSSARY_DIR)
    return settings


def _check_targets(settings: Mapping[str, Any], layers: Sequence[Layer]) -> None:
    """A ``target_langs`` written with the source language among its languages is a
    mistake (an engine would be asked for a pair from the language to itself): one
    line naming where it was written."""
    layer = next((layer for layer in reversed(layers) if "target_langs" in layer.values),
                 None)
    if layer is None:
        return
    line = source_is_target(settings["source_lang"], settings["target_langs"])
    if line:
        raise layer.error("target_langs", line)


def source_is_target(source_lang: str, targets: Iterable[str]) -> str | None:
    """What is wrong when one of ``targets`` is ``source_lang`` (None when none is)."""
    from cms_i18n.languages import normalize

    source = normalize(source_lang)
    for code in targets:
        if normalize(code) == source:
            return (f"{code!r} is the source language (source_lang: {source_lang}): the "
                    "target languages are the ones to translate into")
    return None


def check_glossary_dir(settings: Mapping[str, Any]) -> None:
    """Raise the error for a ``glossary_dir`` the site's config file names and that is
    not there (a misspelt folder), naming the file and line as a missing ``content_dir``
    does; nothing when it is there, or was not set in the config file (the default
    folder may be absent: the bundled glossary is used, see :func:`load_settings`;
    a ``--glossary-dir`` given on the command line is the command's to read)."""
    folder = settings.get("glossary_dir")
    set_in = settings.get("set_in")
    where = set_in.get("glossary_dir") if isinstance(set_in, Mapping) else None
    if (not folder or where is None or where[0] is None
            or where[0] != settings.get("config_file") or Path(folder).exists()):
        return
    raise ConfigError(f"glossary_dir: no such folder or file: {folder} (`cms-i18n glossary "
                       "init` creates it with the bundled glossary to edit)",
                       path=where[0], line=where[1])


#: The glossary shipped inside the package: what a site with no glossary folder of
#: its own enforces (:func:`cms_i18n.glossary.load.bundled_glossary_dir`).
BUNDLED_GLOSSARY_DIR = Path(__file__).with_name("glossaries")


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """``{"apply.fallback": "skip"}`` → ``{"apply": {"fallback": "skip"}}``."""
    nested: dict[str, Any] = {}
    for key, value in flat.items():
        group, _, name = key.rpartition(".")
        (nested.setdefault(group, {}) if group else nested)[name] = value
    return nested


def _merge(into: dict[str, Any], new: Mapping[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
