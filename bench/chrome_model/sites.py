"""The benchmark pages' sites, and the one split of them into train and held-out.

Shared by ``train.py`` (which needs numpy) and ``bench/bench_keep.py`` (which does
not), so that both scripts hold out the same sites and neither spells the split again.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

HELD_OUT_SHARE = 5          # one site in five (by the first byte of its host's SHA-1)


def git_show(repo: Path, path: str) -> bytes:
    """A file of a clone or git directory of a benchmark, as its HEAD holds it."""
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout


def host(url: str) -> str:
    """A page's site: its host without "www.".

    >>> host("https://www.example.com/news/1")
    'example.com'
    """
    name = re.sub(r"^https?://", "", url).split("/")[0].lower()
    return name[4:] if name.startswith("www.") else name


def held_out_site(site: str, salt: str = "") -> bool:
    """Whether a site is held out: the SHA-1 of ``salt`` and its name starts with a byte
    divisible by :data:`HELD_OUT_SHARE`."""
    return hashlib.sha1((salt + site).encode()).digest()[0] % HELD_OUT_SHARE == 0
