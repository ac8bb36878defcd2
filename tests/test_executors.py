"""Local processes: the same catalogues as one process, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest

from tests.helpers import make_site, run
from tests.support.corpus import write_corpus, write_news_corpus

pytestmark = pytest.mark.engine


@pytest.fixture
def sites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    first = make_site(tmp_path / "one", content=None)
    write_corpus(first / "content", 12, sections=2, paragraphs=3)
    second = tmp_path / "two"
    shutil.copytree(first, second)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return first, second


def translate(site: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(site)
    (site / "cms-i18n.yaml").write_text("content_dir: content\nchunk_documents: 2\n"
                                        "catalogue_layout: section\n")
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q", *args)
    assert result.exit_code == 0, result.output
    return result.output


def catalogs(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*.po*"))
            if ".cms-i18n" not in p.parts}


def test_two_processes_write_what_one_writes(sites: tuple[Path, Path],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = sites
    alone = translate(one, monkeypatch, "--jobs", "1")
    shared = translate(two, monkeypatch, "--jobs", "2")
    assert "12 documents" in shared and "translated" in shared
    assert alone.split(" s (")[0].split(", ")[:-1] == shared.split(" s (")[0].split(", ")[:-1]
    assert catalogs(one) == catalogs(two) and len(catalogs(one)) == 4


def test_an_error_in_a_process_is_one_line(sites: tuple[Path, Path],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    one, _ = sites
    (one / "content" / "section-00" / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    monkeypatch.chdir(one)
    (one / "cms-i18n.yaml").write_text("content_dir: content\n")
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q", "--jobs", "2")
    assert result.exit_code == 1
    assert "broken.txt:1: not valid UTF-8" in result.output and "Traceback" not in result.output
    assert not (one / "locale" / "es" / "LC_MESSAGES" / "content.po").exists()


def _cores_of_this_process() -> int:
    from cms_i18n.engines.base import available_cores
    from cms_i18n.executors import _process

    return available_cores(_process["context"].settings)


def test_each_process_engine_gets_its_share_of_the_cores(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from cms_i18n.config import load_settings
    from cms_i18n.engines.base import available_cores
    from cms_i18n.executors import ProcessExecutor
    from cms_i18n.pipeline import RunContext

    site = make_site(tmp_path / "site")
    monkeypatch.chdir(site)
    context = RunContext.open(load_settings(None), "es", "apertium")
    executor = ProcessExecutor(context, 2)
    try:
        shares = {executor.pool.submit(_cores_of_this_process).result() for _ in range(4)}
    finally:
        executor.close(False)
        context.engine.close()
    assert shares == {max(1, available_cores() // 2)}


def test_processes_share_out_a_small_catalog(sites: tuple[Path, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import cms_i18n.executors as executors

    real = executors._translate_in_process
    sizes = tmp_path / "chunk-sizes"

    def counting(documents: list, catalog: Path) -> object:     # runs in the processes
        with sizes.open("a") as out:
            out.write(f"{len(documents)}\n")
        return real(documents, catalog)

    counting.__qualname__ = counting.__name__ = real.__name__
    counting.__module__ = real.__module__
    monkeypatch.setattr(executors, "_translate_in_process", counting)
    one, _ = sites
    monkeypatch.chdir(one)
    (one / "cms-i18n.yaml").write_text("content_dir: content\ncatalogue_layout: section\n")
    result = run("translate", "--lang", "es", "--engine", "apertium", "-q", "--jobs", "2")
    assert result.exit_code == 0, result.output
    # Two sections of six documents, chunk_documents 50: each section in three chunks,
    # so that both processes have work, rather than one chunk of six each.
    assert sorted(map(int, sizes.read_text().split())) == [2] * 6


def test_real_news_reads_the_same_in_any_process_and_any_layout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """200 real news sentences (unknown names, words whose readings Apertium's tagger
    was not trained on): one process or two, catalogues per section or per document,
    every unit gets the same translation."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = make_site(tmp_path / "one", content=None)
    write_news_corpus(first / "content", 20, sections=2)
    for name in ("two", "documents"):
        shutil.copytree(first, tmp_path / name)
    translate(first, monkeypatch, "--jobs", "1")
    translate(tmp_path / "two", monkeypatch, "--jobs", "2")
    assert catalogs(first) == catalogs(tmp_path / "two")
    site = tmp_path / "documents"
    monkeypatch.chdir(site)
    (site / "cms-i18n.yaml").write_text("content_dir: content\ncatalogue_layout: document\n")
    assert run("translate", "--lang", "es", "--engine", "apertium", "-q").exit_code == 0

    def msgstrs(root: Path) -> dict[tuple[str, str], str]:
        return {(e.msgctxt, e.msgid): e.msgstr for po in root.rglob("*.po")
                for e in polib.pofile(str(po)) if not e.obsolete}

    by_section, by_document = msgstrs(first / "locale"), msgstrs(site / "locale")
    assert len(by_section) == 200 and by_section == by_document


@pytest.mark.service
def test_a_coordinator_watches_its_queue_over_one_connection(redis_url: str) -> None:
    """Every poll of a waiting coordinator asks the broker which workers beat and
    whether the awaited task is still there: over the one connection it keeps."""
    import time

    import redis

    from cms_i18n.executors import QueueWatch
    from cms_i18n.heartbeats import Heartbeat

    server = redis.Redis.from_url(redis_url)
    beat = Heartbeat(redis_url, "cms-i18n-1@test", ["cms-i18n.en-es"], interval=0.1).start()
    watch = QueueWatch(redis_url, "cms-i18n.en-es", "unacked", "es",
                       {"celery": {"poll_seconds": 0.01}})
    try:
        deadline = time.monotonic() + 60
        while beat.name not in (watch.processes() or {}):
            assert time.monotonic() < deadline, "no heartbeat"
            time.sleep(0.05)
        before = server.info("stats")["total_connections_received"]
        for _ in range(20):
            assert watch.serving(watch.processes() or {}) == {"cms-i18n-1@test"}
            assert watch.lost("cms-i18n-nothing-sent")
        opened = server.info("stats")["total_connections_received"] - before
    finally:
        watch.close()
        beat.stop()
        server.close()
    assert opened <= 1, f"{opened} connections for 20 polls"
