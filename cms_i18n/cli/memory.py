"""``cms-i18n memory``: what the translation memory holds, and purging by engine build.

Every machine translation is stored with the engine build that wrote it (for
Apertium the mode and its files' dates, for Argos the package and a digest of its
model).  When a build turns out to have been broken — a faulty mode, a bad model —
its entries can be taken out, so the next run translates those units again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cms_i18n.cli._options import SharedOptionsGroup, config_option
from cms_i18n.config import load_settings
from cms_i18n.errors import UserError

if TYPE_CHECKING:
    from cms_i18n.memory import Memory


def _open(ctx: click.Context) -> Memory:
    from cms_i18n.memory import Memory

    settings = load_settings(ctx.obj["config_file"], memory=ctx.obj["memory"])
    location = settings.get("memory")
    if location and not str(location).startswith(("postgres://", "postgresql://")) \
            and not Path(location).exists():
        raise UserError(f"{location}: no translation memory there yet")
    return Memory(location)


def _day(value: float) -> str:
    return dt.datetime.fromtimestamp(value, dt.timezone.utc).strftime("%Y-%m-%d %H:%M")


def _date(value: str) -> float:
    """``YYYY-MM-DD`` (midnight UTC) or ``YYYY-MM-DDTHH:MM`` as seconds since the epoch."""
    for layout in ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"):
        try:
            moment = dt.datetime.strptime(value, layout)
        except ValueError:
            continue
        return moment.replace(tzinfo=dt.timezone.utc).timestamp()
    raise click.BadParameter(f"{value!r} is not a date like 2026-11-30 or 2026-11-30T14:00")


@click.group("memory", cls=SharedOptionsGroup)
@click.option("--memory", "memory", default=None,
              help="Memory file or postgresql:// URL (default from settings).")
@config_option()
@click.pass_context
def command(ctx: click.Context, memory: str | None, config_file: Path | None) -> None:
    """The translation memory: machine translations by engine build; purge a build."""
    ctx.obj = {"memory": memory, "config_file": config_file}


@command.command("list")
@click.pass_context
def list_(ctx: click.Context) -> None:
    """One line per engine build: entries, first and last stored (UTC)."""
    with _open(ctx) as memory:
        builds = memory.builds()
        stats = memory.stats()
    for build, count, first, last in builds:
        click.echo(f"{count:8}  {_day(first)}  {_day(last)}  {build}")
    click.echo(f"{stats['machine']} machine translations, {stats['reviewed']} reviewed")


@command.command("purge")
@click.option("--engine", default=None, help="Every build of this engine (apertium, argos …).")
@click.option("--build", default=None,
              help="Builds starting with this text, as `memory list` shows them "
                   "(apertium/eng-spa, argos:en-es:1.9 …).")
@click.option("--before", default=None, metavar="DATE",
              help="Entries stored before this date (UTC): 2026-11-30 or 2026-11-30T14:00.")
@click.option("--dry-run", is_flag=True, help="Say how many entries would go; delete nothing.")
@click.pass_context
def purge(ctx: click.Context, engine: str | None, build: str | None, before: str | None,
          dry_run: bool) -> None:
    """Delete machine translations by engine, build and/or date (all given must match).

    Reviewed translations are editors' work and are never purged.
    """
    if not (engine or build or before):
        raise UserError("say what to purge: --engine, --build and/or --before")
    moment = _date(before) if before else None
    with _open(ctx) as memory:
        count = memory.purge(engine=engine, build=build, before=moment, dry_run=dry_run)
    click.echo(f"{'would purge' if dry_run else 'purged'} {count} machine translations")
