"""``cms-i18n worker``: a Celery worker translating chunks into the shared memory."""

from __future__ import annotations

from pathlib import Path

import click

from cms_i18n.cli._options import config_option, lang_option, target_languages
from cms_i18n.config import load_settings


@click.command("worker")
@lang_option("Target language to serve (repeat or comma-separate). "
             "Default: target_langs from the settings.")
@click.option("--engine", type=str, default=None,
              help="Engine to load (default: the engine setting).")
@click.option("--concurrency", "-c", type=click.IntRange(min=1), default=1,
              help="Processes, each with its own engines (default 1: this process).")
@click.option("--loglevel", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@config_option()
def command(langs: tuple[str, ...], engine: str | None, concurrency: int, loglevel: str,
            config_file: Path | None) -> None:
    """Serve `translate --executor celery`: one queue per language pair, each engine
    (an Argos model) loaded once for the worker's lifetime.

    Needs broker_url (redis://) and, when workers run on several machines, a
    memory every one of them reaches (postgresql://).
    """
    from cms_i18n.tasks import run_worker

    settings = load_settings(config_file)
    run_worker(settings, target_languages(settings, langs), concurrency=concurrency,
               loglevel=loglevel.upper(), engine=engine)
