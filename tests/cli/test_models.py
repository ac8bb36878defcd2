"""`cms-i18n models`: what a user types and what they see."""

from __future__ import annotations

import http.server
import json
import sys
import threading
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cms_i18n.cli import main

pytestmark = pytest.mark.usefixtures("no_network")


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_list_empty_folder_says_how_to_install(tmp_path: Path) -> None:
    code, out, _ = run("models", "list", "--packages-dir", tmp_path / "none")
    assert code == 0
    assert "no Argos packages installed" in out and "models install --from" in out


def test_install_list_remove_round_trip(argos_model_file: Path, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    code, out, err = run("models", "install", "--from", argos_model_file,
                         "--packages-dir", packages)
    assert (code, err) == (0, "")
    assert "installed en → es (version 1.0)" in out

    code, out, _ = run("models", "list", "--packages-dir", packages)
    assert code == 0
    assert "en → es" in out and "translate-en_es-1_0" in out and "pairs: en-es" in out

    code, out, _ = run("models", "list", "--json", "--packages-dir", packages)
    listed = json.loads(out)
    assert [(p["source"], p["target"], p["version"]) for p in listed] == [("en", "es", "1.0")]

    code, out, _ = run("models", "remove", "en", "es", "--packages-dir", packages)
    assert code == 0 and "removed en → es" in out
    assert json.loads(run("models", "list", "--json", "--packages-dir", packages)[1]) == []


def test_packages_dir_from_environment(argos_model_file: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMS_I18N_ARGOS_PACKAGES", str(tmp_path / "env-packages"))
    assert run("models", "install", "--from", argos_model_file)[0] == 0
    assert (tmp_path / "env-packages" / "translate-en_es-1_0" / "metadata.json").is_file()


def test_reinstall_without_force_is_a_one_line_error(argos_packages_dir: Path,
                                                     argos_model_file: Path) -> None:
    code, _, err = run("models", "install", "--from", argos_model_file,
                       "--packages-dir", argos_packages_dir)
    assert code == 1
    assert err.startswith(f"error: {argos_model_file}: translate-en_es is already installed")
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _, _ = run("models", "install", "--force", "--from", argos_model_file,
                     "--packages-dir", argos_packages_dir)
    assert code == 0


def test_hostile_archive_error_names_the_file(argos_packages_dir: Path,
                                              argos_model_file: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(argos_model_file) as zin, zipfile.ZipFile(evil, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("translate-en_es-1_0/../../escaped.txt", b"x")
    before = sorted(p.relative_to(argos_packages_dir) for p in argos_packages_dir.rglob("*"))
    code, _, err = run("models", "install", "--force", "--from", evil,
                       "--packages-dir", argos_packages_dir)
    assert code == 1
    assert err.startswith(f"error: {evil}: refusing to install: member ")
    assert sorted(p.relative_to(argos_packages_dir)
                  for p in argos_packages_dir.rglob("*")) == before
    assert not (argos_packages_dir.parent / "escaped.txt").exists()


def test_usage_errors(tmp_path: Path, argos_model_file: Path) -> None:
    assert run("models", "install")[0] == 1
    assert run("models", "install", "en")[0] == 1
    assert run("models", "install", "en", "es", "--from", argos_model_file)[0] == 1
    assert run("models", "remove")[0] == 1


def test_remove_unknown(argos_packages_dir: Path) -> None:
    code, _, err = run("models", "remove", "translate-en_de", "--packages-dir",
                       argos_packages_dir)
    assert code == 1 and "no installed Argos package matches 'translate-en_de'" in err


def test_list_warns_about_foreign_folders(argos_packages_dir: Path) -> None:
    (argos_packages_dir / "stray").mkdir()
    code, out, err = run("models", "list", "--packages-dir", argos_packages_dir)
    assert code == 0 and "en → es" in out
    assert "warning: skipping" in err and "stray" in err


# ---------------------------------------------------------------- online index


def test_offline_index_gives_a_clear_message(tmp_path: Path) -> None:
    code, _, err = run("models", "install", "en", "es", "--packages-dir", tmp_path / "p",
                       "--index-url", "https://index.invalid/index.json")
    assert code == 3
    assert "cannot reach the Argos package index" in err
    assert "models install --from FILE.argosmodel" in err
    assert not (tmp_path / "p" / "translate-en_es-1_0").exists()


def test_stalled_index_gives_up_at_the_deadline(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def stall(*args: object, **kwargs: object) -> None:
        release.wait(30)
        raise OSError("released")

    monkeypatch.setattr(urllib.request, "urlopen", stall)
    try:
        code, _, err = run("models", "install", "en", "es", "--timeout", "0.5",
                           "--packages-dir", tmp_path / "p")
    finally:
        release.set()
    assert code == 3 and "no answer within" in err


def test_without_argostranslate_the_index_install_says_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("argostranslate", "argostranslate.package", "argostranslate.settings"):
        monkeypatch.setitem(sys.modules, name, None)
    code, _, err = run("models", "install", "en", "es", "--packages-dir", tmp_path / "p")
    assert code == 3 and "pip install 'cms-i18n[argos]'" in err and "--from" in err


@pytest.fixture
def local_index(argos_model_file: Path, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An Argos-style package index served on 127.0.0.1."""
    pytest.importorskip("argostranslate.package")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    site = tmp_path / "site"
    site.mkdir()
    (site / "en_es.argosmodel").write_bytes(argos_model_file.read_bytes())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[misc]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    entry = {"package_version": "1.0", "argos_version": "1.9", "from_code": "en",
             "to_code": "es", "from_name": "English", "to_name": "Spanish",
             "type": "translate", "links": [f"{base}/en_es.argosmodel"]}
    (site / "index.json").write_text(json.dumps([entry, {**entry, "to_code": "fr"}]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{base}/index.json"
    finally:
        server.shutdown()
        server.server_close()


def test_install_pair_from_an_index(local_index: str, tmp_path: Path) -> None:
    packages = tmp_path / "p"
    code, out, err = run("models", "install", "en", "es", "--index-url", local_index,
                         "--packages-dir", packages)
    assert (code, err) == (0, "")
    assert "installed en → es" in out
    assert (packages / "translate-en_es-1_0" / "model" / "model.bin").is_file()
    # The download went through a temporary file that is gone now.
    assert sorted(p.name for p in packages.iterdir()) == ["translate-en_es-1_0"]


def test_pair_missing_from_the_index(local_index: str, tmp_path: Path) -> None:
    code, _, err = run("models", "install", "en", "de", "--index-url", local_index,
                       "--packages-dir", tmp_path / "p")
    assert code == 3 and "no en → de package" in err and "en-es, en-fr" in err


def test_index_download_is_checked_like_a_file(local_index: str, tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "en_es.argosmodel").write_bytes(b"not a zip at all")
    code, _, err = run("models", "install", "en", "es", "--index-url", local_index,
                       "--packages-dir", tmp_path / "p")
    assert code == 1 and "not a valid .argosmodel" in err
    assert not list((tmp_path / "p").glob("translate-*"))
    assert not list((tmp_path / "p").glob(".cms-i18n-download-*"))

