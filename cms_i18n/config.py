"""Settings: ``plugin.yaml`` defaults < site config file < command-line flags.

The defaults live in the plugin manifest a CMS reads, so there is one place
that declares every setting.  A site overrides them in ``cms-i18n.yaml`` (found
in the current directory) or a file given with ``--config``; relative paths in
a config file are taken from that file's folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from cms_i18n.errors import ConfigError

SITE_CONFIG_NAME = "cms-i18n.yaml"
PATH_KEYS = ("content_dir", "glossary_dir", "locale_dir", "memory", "argos_packages_dir")


@lru_cache(maxsize=1)
def manifest() -> dict[str, Any]:
    """The plugin manifest (``plugin.yaml``) shipped with the package."""
    text = files("cms_i18n").joinpath("plugin.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def defaults() -> dict[str, Any]:
    """A fresh copy of the default settings declared in the manifest."""
    return _deep_copy(manifest()["settings"])


def read_config_file(path: Path) -> dict[str, Any]:
    """Read a site config file; errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("config file not found", path=path) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", path=path) from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError(f"malformed YAML: {exc.problem}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"malformed YAML: {exc}", path=path) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("a config file must be a mapping of setting: value", path=path, line=1)
    known = defaults()
    for key, value in data.items():
        if key not in known:
            raise ConfigError(
                f"unknown setting {key!r} (known: {', '.join(sorted(known))})",
                path=path, line=_line_of(text, key),
            )
        if isinstance(known[key], dict) and not isinstance(value, dict):
            raise ConfigError(f"setting {key!r} must be a mapping", path=path,
                              line=_line_of(text, key))
    return data


def load_settings(config_file: str | Path | None = None, *, root: str | Path | None = None,
                  **overrides: Any) -> dict[str, Any]:
    """Resolve the settings for one run.

    ``overrides`` are command-line values; ``None`` means "not given".  Paths
    are made absolute: relative to the config file's folder, else to ``root``
    (default: the current directory).
    """
    settings = defaults()
    base = Path(root) if root is not None else Path.cwd()
    site = Path(config_file) if config_file else base / SITE_CONFIG_NAME
    if config_file or site.is_file():
        _merge(settings, read_config_file(site))
        base = site.resolve().parent
    env_packages = os.environ.get("CMS_I18N_ARGOS_PACKAGES")
    if env_packages and not settings.get("argos_packages_dir"):
        settings["argos_packages_dir"] = env_packages
    _merge(settings, {k: v for k, v in overrides.items() if v is not None})
    for key in PATH_KEYS:
        if settings.get(key):
            settings[key] = str((base / Path(settings[key]).expanduser()).resolve())
    settings["root"] = str(base)
    if isinstance(settings.get("target_langs"), str):
        settings["target_langs"] = [s.strip() for s in settings["target_langs"].split(",")]
    return settings


def _merge(into: dict[str, Any], new: Mapping[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _deep_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_copy(v) for v in value]
    return value


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key}:") or line.startswith(f"'{key}'") or line.startswith(f'"{key}"'):
            return number
    return None
