"""``cms-i18n models``: list, install and remove Argos Translate packages.

Installing is the only step that may use the network, and only when asked
with a language pair; ``--from FILE.argosmodel`` works offline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from cms_i18n.cli._options import SharedOptionsGroup, config_option
from cms_i18n.config import load_settings
from cms_i18n.engines.argos_packages import (
    INDEX_TIMEOUT,
    install_from_index,
    install_package,
    remove_package,
    resolve_packages_dir,
    scan_packages,
)

_DIR_HELP = ("Argos packages folder (default: $CMS_I18N_ARGOS_PACKAGES, else "
             "~/.local/share/cms-i18n/argos-packages).")


def _packages_dir_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--packages-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
        help=_DIR_HELP,
    )(func)


def _packages_dir(given: Path | None) -> Path:
    """``--packages-dir``, else the site's ``argos_packages_dir`` (``--config``), else
    the default: the folder ``translate`` reads models from."""
    if given is None:
        ctx = click.get_current_context()
        given = load_settings(ctx.obj.get("config_file")).get("argos_packages_dir")
    return resolve_packages_dir(given)


def _size(num: int) -> str:
    """Human size: ``1.2 MiB``."""
    value = float(num)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


@click.group("models", cls=SharedOptionsGroup)
@config_option()
@click.pass_context
def command(ctx: click.Context, config_file: Path | None) -> None:
    """Manage the Argos Translate models used by `--engine argos`."""
    ctx.obj = {"config_file": config_file}


@command.command("list")
@_packages_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print the packages as JSON.")
def list_command(packages_dir: Path | None, as_json: bool) -> None:
    """List installed packages and the language pairs they translate."""
    folder = _packages_dir(packages_dir)
    packages, problems = scan_packages(folder)
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    if as_json:
        click.echo(json.dumps([
            {"id": p.id, "source": p.pair[0], "target": p.pair[1],
             "version": p.package_version, "path": str(p.path), "bytes": p.size_bytes()}
            for p in packages
        ], indent=2))
        return
    if not packages:
        click.echo(f"no Argos packages installed in {folder}")
        click.echo("install one with: cms-i18n models install --from FILE.argosmodel")
        return
    click.echo(f"Argos packages in {folder}:")
    rows = [(f"{p.pair[0]} → {p.pair[1]}", p.package_version, p.path.name,
             _size(p.size_bytes())) for p in packages]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        click.echo("  " + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3]))
                   + "  " + row[3])
    pairs = ", ".join(sorted({f"{p.pair[0]}-{p.pair[1]}" for p in packages}))
    click.echo(f"pairs: {pairs}")


@command.command("install")
@click.argument("pair", nargs=-1, metavar="[FROM TO]")
@click.option("--from", "from_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Install this .argosmodel file (offline).")
@click.option("--force", is_flag=True,
              help="Replace an installed package for the same language pair.")
@click.option("--index-url", default=None, metavar="URL",
              help="Argos package index (default: argostranslate's setting).")
@click.option("--timeout", type=click.FloatRange(min=0.5), default=INDEX_TIMEOUT,
              show_default=True, help="Seconds to wait for the package index.")
@_packages_dir_option
def install_command(pair: tuple[str, ...], from_file: Path | None, force: bool,
                    index_url: str | None, timeout: float, packages_dir: Path | None) -> None:
    """Install a package from a file (--from) or from the Argos package index (FROM TO).

    The archive is checked whole before anything is written and moved into
    place in one step: a corrupt or hostile file leaves the installed packages
    as they were.
    """
    if from_file is not None and pair:
        raise click.UsageError("give either --from FILE or a language pair, not both")
    if from_file is None and len(pair) != 2:
        raise click.UsageError("give a language pair (e.g. `install en es`) or --from FILE")
    if from_file is not None:
        package = install_package(from_file, _packages_dir(packages_dir), force=force)
    else:
        package = install_from_index(pair[0], pair[1], _packages_dir(packages_dir),
                                     index_url=index_url,
                                     force=force, timeout=timeout)
    click.echo(f"installed {package.pair[0]} → {package.pair[1]} "
               f"(version {package.package_version}) in {package.path}")


@command.command("remove")
@click.argument("spec", nargs=-1, required=True, metavar="FROM TO | PACKAGE")
@_packages_dir_option
def remove_command(spec: tuple[str, ...], packages_dir: Path | None) -> None:
    """Remove a package, named by language pair or by folder/id (see `models list`)."""
    if len(spec) > 2:
        raise click.UsageError("give a language pair (FROM TO) or one package name")
    target: str | tuple[str, str] = (spec[0], spec[1]) if len(spec) == 2 else spec[0]
    package = remove_package(target, _packages_dir(packages_dir))
    click.echo(f"removed {package.pair[0]} → {package.pair[1]} "
               f"(version {package.package_version}) from {package.path.parent}")
