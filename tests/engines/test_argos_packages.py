"""Installing, listing and removing Argos packages: good archives and hostile ones."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cms_i18n.engines.argos_packages import (
    ArgosPackage,
    find_package,
    inspect_archive,
    install_package,
    list_packages,
    remove_package,
    scan_packages,
)
from cms_i18n.errors import InputError, UserError

pytestmark = pytest.mark.usefixtures("no_network")

FOLDER = "translate-en_es-1_0"


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry under ``folder`` (hidden ones too) with a digest of its content."""
    result = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel == ".cms-i18n.lock":
            continue
        result[rel] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "/"
    return result


def repack(source: Path, dest: Path, *, folder: str | None = None,
           meta: Callable[[dict], dict | None] | None = None, drop: tuple[str, ...] = (),
           extra: tuple[tuple[zipfile.ZipInfo | str, bytes], ...] = ()) -> Path:
    """Copy an archive, renaming its folder, editing metadata, dropping or adding members."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            top, _, rest = info.filename.partition("/")
            if rest in drop:
                continue
            data = zin.read(info)
            if rest == "metadata.json" and meta is not None:
                edited = meta(json.loads(data))
                data = b"{not json" if edited is None else json.dumps(edited).encode()
            zout.writestr(f"{folder or top}/{rest}", data)
        for name, data in extra:
            zout.writestr(name, data)
    return dest


def test_install_writes_argos_layout_and_lists_it(argos_model_file: Path, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    installed = install_package(argos_model_file, packages)
    assert installed.path == packages / FOLDER
    assert installed.pair == ("en", "es") and installed.package_version == "1.0"
    for required in ("metadata.json", "model/model.bin", "sentencepiece.model"):
        assert (installed.path / required).is_file()
    assert [p.id for p in list_packages(packages)] == ["translate-en_es"]
    # No staging folder is left behind.
    assert [p.name for p in packages.iterdir() if p.is_dir()] == [FOLDER]


def test_installed_folder_is_readable_by_argostranslate(argos_packages_dir: Path,
                                                        tmp_path: Path) -> None:
    pytest.importorskip("argostranslate.package")
    # argostranslate reads its settings at import time, so ask a fresh interpreter.
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(argos_packages_dir),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = ("from argostranslate import package\n"
            "print([(p.from_code, p.to_code, p.package_version)"
            " for p in package.get_installed_packages()])")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[('en', 'es', '1.0')]"


def test_reinstall_needs_force_and_force_replaces_atomically(
        argos_packages_dir: Path, argos_model_file: Path, tmp_path: Path) -> None:
    before = snapshot(argos_packages_dir)
    with pytest.raises(InputError, match=r"already installed.*--force"):
        install_package(argos_model_file, argos_packages_dir)
    assert snapshot(argos_packages_dir) == before

    newer = repack(argos_model_file, tmp_path / "newer.argosmodel",
                   folder="translate-en_es-1_1",
                   meta=lambda m: {**m, "package_version": "1.1"})
    with pytest.raises(InputError, match="already installed"):
        install_package(newer, argos_packages_dir)
    package = install_package(newer, argos_packages_dir, force=True)
    assert package.package_version == "1.1"
    assert [(p.path.name, p.package_version) for p in list_packages(argos_packages_dir)] == [
        ("translate-en_es-1_1", "1.1")]


def test_second_pair_installs_beside_the_first(argos_packages_dir: Path,
                                               argos_model_file: Path, tmp_path: Path) -> None:
    en_fr = repack(argos_model_file, tmp_path / "en_fr.argosmodel", folder="translate-en_fr-1_0",
                   meta=lambda m: {**m, "to_code": "fr"})
    install_package(en_fr, argos_packages_dir)
    assert [p.pair for p in list_packages(argos_packages_dir)] == [("en", "es"), ("en", "fr")]


def _symlink_member() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{FOLDER}/model/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _fifo_member() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{FOLDER}/fifo")
    info.create_system = 3
    info.external_attr = (stat.S_IFIFO | 0o644) << 16
    return info


HOSTILE: dict[str, tuple[dict, str]] = {
    "dot-dot member": ({"extra": ((f"{FOLDER}/../evil.txt", b"x"),)}, r"'\.\.' path component"),
    "dot-dot to sibling": ({"extra": ((f"{FOLDER}/../../x", b"x"),)}, r"'\.\.' path"),
    "absolute member": ({"extra": (("/tmp/evil.txt", b"x"),)}, "absolute path"),
    "drive-letter member": ({"extra": (("C:/evil.txt", b"x"),)}, "absolute path"),
    "backslash member": ({"extra": ((f"{FOLDER}\\..\\evil.txt", b"x"),)}, "backslash"),
    "symlink member": ({"extra": ((_symlink_member(), b"/etc/passwd"),)}, "symbolic link"),
    "fifo member": ({"extra": ((_fifo_member(), b""),)}, "special file"),
    "file beside the folder": ({"extra": (("evil.txt", b"x"),)}, "outside the package"),
    "two folders": ({"extra": (("other/x.txt", b"x"),)}, "exactly one top-level folder"),
    "missing metadata": ({"drop": ("metadata.json",)}, r"metadata.json .* is missing"),
    "missing model": ({"drop": ("model/model.bin",)}, r"model/model.bin .* is missing"),
    "missing tokenizer": ({"drop": ("sentencepiece.model",)}, "sentencepiece.model"),
    "metadata not JSON": ({"meta": lambda m: None}, "not valid JSON"),
    "metadata without codes": ({"meta": lambda m: {"package_version": "1"}}, "from_code"),
    "metadata odd code": ({"meta": lambda m: {**m, "to_code": "../x"}}, "to_code"),
    "metadata odd version": ({"meta": lambda m: {**m, "package_version": "1/2"}},
                             "package_version"),
    "metadata same pair": ({"meta": lambda m: {**m, "to_code": "en"}}, "the same"),
    "not a translation": ({"meta": lambda m: {**m, "type": "sbd"}}, "not a translation"),
    "hidden folder name": ({"folder": ".hidden"}, "unusable package folder name"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_unfit_archive_is_refused_and_nothing_changes(
        case: str, argos_packages_dir: Path, argos_model_file: Path, tmp_path: Path) -> None:
    changes, message = HOSTILE[case]
    bad = repack(argos_model_file, tmp_path / "bad.argosmodel", **changes)
    before = snapshot(argos_packages_dir)
    with pytest.raises(InputError, match=message) as caught:
        install_package(bad, argos_packages_dir, force=True)
    assert caught.value.path is not None and "bad.argosmodel" in caught.value.path
    assert snapshot(argos_packages_dir) == before
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_archive_that_would_overwrite_another_package_is_refused_even_with_force(
        argos_packages_dir: Path, argos_model_file: Path, tmp_path: Path) -> None:
    # Same folder name as the installed en → es package, but it claims en → fr.
    impostor = repack(argos_model_file, tmp_path / "impostor.argosmodel",
                      meta=lambda m: {**m, "to_code": "fr"})
    before = snapshot(argos_packages_dir)
    for force in (False, True):
        with pytest.raises(InputError, match="would overwrite another package"):
            install_package(impostor, argos_packages_dir, force=force)
    assert snapshot(argos_packages_dir) == before


def test_folder_that_is_not_a_package_is_not_overwritten(argos_model_file: Path,
                                                         tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    (packages / FOLDER).mkdir(parents=True)
    (packages / FOLDER / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="not an installed package"):
        install_package(argos_model_file, packages, force=True)
    assert (packages / FOLDER / "notes.txt").read_text() == "mine"


def test_size_limit(argos_model_file: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="MiB allowed"):
        install_package(argos_model_file, tmp_path / "p", max_bytes=100_000)
    assert not (tmp_path / "p" / FOLDER).exists()


def test_not_a_zip_truncated_zip_and_missing_file(argos_model_file: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.argosmodel"
    text.write_text("hello")
    truncated = tmp_path / "truncated.argosmodel"
    truncated.write_bytes(argos_model_file.read_bytes()[: argos_model_file.stat().st_size // 2])
    for path, message in ((text, "not a valid"), (truncated, "not a valid"),
                          (tmp_path / "absent.argosmodel", "no such file")):
        with pytest.raises(InputError, match=message):
            install_package(path, tmp_path / "packages")
    assert not any((tmp_path / "packages").glob("translate-*"))


def test_corrupt_member_data_is_caught_during_staging(
        argos_packages_dir: Path, argos_model_file: Path, tmp_path: Path) -> None:
    # A valid directory but damaged compressed bytes in model.bin (CRC mismatch).
    newer = repack(argos_model_file, tmp_path / "n.argosmodel", folder="translate-en_es-2_0",
                   meta=lambda m: {**m, "package_version": "2.0"})
    data = bytearray(newer.read_bytes())
    with zipfile.ZipFile(newer) as zf:
        info = zf.getinfo("translate-en_es-2_0/model/model.bin")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 50, start + 60):
        data[offset] ^= 0xFF
    damaged = tmp_path / "damaged.argosmodel"
    damaged.write_bytes(bytes(data))
    before = snapshot(argos_packages_dir)
    with pytest.raises(InputError, match="corrupt"):
        install_package(damaged, argos_packages_dir, force=True)
    assert snapshot(argos_packages_dir) == before


def test_unloadable_model_is_refused(argos_packages_dir: Path, argos_model_file: Path,
                                     tmp_path: Path) -> None:
    with zipfile.ZipFile(argos_model_file) as zf:
        real_model = zf.read(f"{FOLDER}/model/model.bin")
    broken = tmp_path / "broken.argosmodel"
    repack(argos_model_file, broken, folder="translate-en_es-3_0", drop=("model/model.bin",),
           meta=lambda m: {**m, "package_version": "3.0"},
           extra=(("translate-en_es-3_0/model/model.bin", real_model[:200]),))
    before = snapshot(argos_packages_dir)
    with pytest.raises(InputError, match="not a loadable CTranslate2 model"):
        install_package(broken, argos_packages_dir, force=True)
    assert snapshot(argos_packages_dir) == before


def test_inspect_reports_folder_and_metadata(argos_model_file: Path) -> None:
    info = inspect_archive(argos_model_file)
    assert info.folder == FOLDER
    assert info.package_id == "translate-en_es"
    assert info.metadata["from_code"] == "en" and info.total_bytes > 0


def test_folder_without_metadata_is_skipped_with_a_warning(
        argos_packages_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (argos_packages_dir / "leftover").mkdir()
    (argos_packages_dir / "broken").mkdir()
    (argos_packages_dir / "broken" / "metadata.json").write_text("[1, 2]")
    packages, problems = scan_packages(argos_packages_dir)
    assert [p.pair for p in packages] == [("en", "es")]
    assert len(problems) == 2
    assert any("leftover" in p and "no metadata.json" in p for p in problems)
    assert any("broken" in p and "JSON object" in p for p in problems)
    with caplog.at_level("WARNING"):
        list_packages(argos_packages_dir)
    assert "leftover" in caplog.text


def test_stale_staging_folder_is_cleaned_by_the_next_install(
        argos_model_file: Path, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    stale = packages / ".cms-i18n-install-crashed" / FOLDER
    stale.mkdir(parents=True)
    install_package(argos_model_file, packages)
    assert sorted(p.name for p in packages.iterdir()) == [FOLDER]   # lock released, removed


def test_remove_by_pair_by_id_and_by_folder(argos_packages_dir: Path,
                                            argos_model_file: Path) -> None:
    for spec in (("en", "es"), "translate-en_es", FOLDER):
        if not list_packages(argos_packages_dir):
            install_package(argos_model_file, argos_packages_dir)
        removed = remove_package(spec, argos_packages_dir)
        assert removed.pair == ("en", "es")
        assert list_packages(argos_packages_dir) == []
        assert [p.name for p in argos_packages_dir.iterdir() if p.is_dir()] == []


def test_remove_unknown_package_names_what_is_installed(argos_packages_dir: Path) -> None:
    with pytest.raises(UserError, match=r"no installed Argos package matches 'en → fr'.*"
                                        r"translate-en_es"):
        remove_package(("en", "fr"), argos_packages_dir)


def test_find_package_prefers_exact_tags() -> None:
    pt = ArgosPackage(Path("pt"), "en", "pt", "1.0")
    pb = ArgosPackage(Path("pb"), "en", "pb", "1.0")
    assert find_package([pt, pb], "en", "pt-BR") is pb
    assert find_package([pt, pb], "en", "pt") is pt
    assert find_package([pt], "en-GB", "pt-PT") is pt
    assert find_package([pt], "en", "es") is None


def test_metadata_without_version_installs_as_version_0(tmp_path: Path,
                                                        argos_model_file: Path) -> None:
    bare = repack(argos_model_file, tmp_path / "bare.argosmodel",
                  meta=lambda m: {k: v for k, v in m.items() if k != "package_version"})
    package = install_package(bare, tmp_path / "packages")
    assert package.package_version == "0" and package.pair == ("en", "es")
