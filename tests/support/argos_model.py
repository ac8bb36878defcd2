"""Build real Argos Translate packages from scratch, for tests and benchmarks.

Real models come from the Argos package index, which tests must never reach.
What a test needs is the real *format* and the real code path: a zip holding one
folder with ``metadata.json``, a CTranslate2 model in ``model/`` and a
``sentencepiece.model``.  :func:`build_argos_package` makes one: it trains a
small SentencePiece model on built-in text, fills a CTranslate2
``TransformerSpec`` with random weights (numpy only, no torch) and zips the lot.
The output is nonsense, which is fine: plumbing, batching, scores and error paths
are what such a model proves.

Used as a pytest plugin (``pytest_plugins = ["tests.support.argos_model"]``) it
provides the fixtures ``argos_model_file``, ``argos_packages_dir`` and
``no_network``.
"""

from __future__ import annotations

import json
import random
import shutil
import socket
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

# A few hundred words of plain news English: enough for SentencePiece to learn
# word pieces that cover the seed article's vocabulary reasonably.
CORPUS = """\
Heads of delegations from several Asian nations will meet informally in the capital this
week on the sidelines of a global security forum. The meeting, set for three days, will
coincide with the annual conference of senior security officials. The organisers say the
closed-door format will promote open dialogue and stronger international coordination.
More than one hundred foreign delegations are expected to take part in discussions that
cover cyber threats, the protection of critical infrastructure and shared responses to
emerging global risks. Among the confirmed guests is the secretary-general of a regional
organisation. For the first time, representatives of a new government will also attend.
While the authorities are not formally recognised by the international community, the
country keeps observer status and continues to engage with regional organisations.
Modern security challenges are global and cross-border in nature, the council said in a
statement. No country can deal with them alone or in one-on-one partnerships. In recent
years, countries from the south and the east have gained a stronger voice in regional and
international organisations, it added. Confirmed participants include delegations from
the union, the league, the commonwealth and the treaty organisation. First held in 2010,
the forum provides a platform for dialogue on terrorism, organised crime, extremism, drug
trafficking and other global challenges. The minister told reporters on Monday that the
talks had been constructive. Officials expect a joint statement on Friday. Analysts said
the agreement could change trade between the two regions. Prices rose by 3.5 percent in
May, the statistics office reported, and unemployment fell to its lowest level in a decade.
The president thanked the volunteers who helped after the floods. Schools will reopen next
month. Talks on a new treaty were postponed until the autumn, a spokesperson said.
"""

_SYLLABLE_TEXT = (
    "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
    "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu "
    "bra tre pli sto gru fen dor mil pas tun wex yor quo"
)
_SYLLABLES = _SYLLABLE_TEXT.split()


def corpus_text(min_words: int = 0, *, seed: int = 0) -> str:
    """The built-in corpus, padded with pseudo-words up to ``min_words`` words.

    A large vocabulary (Argos uses 8000 to 50000 pieces) needs more distinct
    strings than a few paragraphs hold; invented words provide them.  The real
    text is repeated alongside so that it keeps half the weight: its words stay
    whole pieces, and English tokenizes to about as many pieces as a real
    model's (1.2–1.5 per word) instead of being shredded.
    """
    text = CORPUS
    words = len(text.split())
    if words >= min_words:
        return text
    rng = random.Random(seed)
    repeats = max(1, min_words // (2 * words))
    lines = [text] * repeats
    words *= repeats
    while words < min_words:
        line = " ".join(
            "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4)))
            for _ in range(12)
        )
        lines.append(line.capitalize() + ".")
        words += 12
    return "\n".join(lines) + "\n"


def train_sentencepiece(dest: Path, vocab_size: int, *, seed: int = 0) -> Path:
    """Train a BPE SentencePiece model at ``dest`` (``…/sentencepiece.model``)."""
    import sentencepiece as spm

    dest.parent.mkdir(parents=True, exist_ok=True)
    # The trainer needs enough distinct strings for the vocabulary asked for;
    # pad the corpus with invented words until it has them (small vocabularies
    # stay close to real English).
    for words_per_piece in (1.5, 4, 8, 16):
        text = corpus_text(min_words=int(vocab_size * words_per_piece), seed=seed)
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.txt"
            corpus.write_text(text, encoding="utf-8")
            try:
                spm.SentencePieceTrainer.train(
                    input=str(corpus),
                    model_prefix=str(Path(tmp) / "sp"),
                    vocab_size=vocab_size,
                    model_type="bpe",
                    character_coverage=1.0,
                    num_threads=1,
                    minloglevel=2,
                )
            except RuntimeError as exc:
                if "Vocabulary size too high" in str(exc):
                    continue
                raise
            shutil.move(str(Path(tmp) / "sp.model"), dest)
            break
    else:
        raise ValueError(f"cannot train a {vocab_size}-piece vocabulary on the built-in corpus")
    return dest


def build_ctranslate2_model(
    dest: Path,
    vocabulary: list[str],
    *,
    layers: int = 2,
    d_model: int = 64,
    heads: int = 2,
    ffn: int | None = None,
    seed: int = 0,
    quantization: str | None = None,
) -> Path:
    """Save a random-weight CTranslate2 Transformer with a shared vocabulary to ``dest``."""
    from ctranslate2.specs import TransformerSpec

    if d_model % heads:
        raise ValueError(f"d_model {d_model} is not a multiple of heads {heads}")
    ffn = ffn or 4 * d_model
    vocab = len(vocabulary)
    rng = np.random.default_rng(seed)
    spec = TransformerSpec.from_config(layers, heads)

    def shape_for(name: str) -> tuple[int, ...]:
        parts = name.split("/")
        leaf, owner = parts[-1], parts[-2]
        if leaf in ("gamma", "beta"):
            return (d_model,)
        if "embeddings" in name or owner == "projection":
            return (vocab, d_model)
        block = parts[-3]
        if block == "self_attention":
            return {"linear_0": (3 * d_model, d_model), "linear_1": (d_model, d_model)}[owner]
        if block == "attention":
            return {"linear_0": (d_model, d_model), "linear_1": (2 * d_model, d_model),
                    "linear_2": (d_model, d_model)}[owner]
        if block == "ffn":
            return {"linear_0": (ffn, d_model), "linear_1": (d_model, ffn)}[owner]
        raise ValueError(f"unexpected model variable {name}")

    for name, value in spec.variables().items():
        if value is not None:
            continue
        shape = shape_for(name)
        if name.endswith("gamma"):
            array = np.ones(shape, dtype=np.float32)
        elif name.endswith("beta"):
            array = np.zeros(shape, dtype=np.float32)
        else:
            scale = 1.0 if "embeddings" in name else (1.0 / shape[-1]) ** 0.5
            array = rng.normal(0.0, scale, size=shape).astype(np.float32)
        _set_variable(spec, name, array)

    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=quantization)
    dest.mkdir(parents=True, exist_ok=True)
    spec.save(str(dest))
    return dest


def _set_variable(spec: object, name: str, value: np.ndarray) -> None:
    """Assign ``value`` to the spec attribute addressed by ``a/layer_0/b/c``."""
    node = spec
    *path, leaf = name.split("/")
    for part in path:
        head, _, index = part.rpartition("_")
        if head and index.isdigit() and isinstance(getattr(node, head, None), list):
            node = getattr(node, head)[int(index)]
        else:
            node = getattr(node, part)
    setattr(node, leaf, value)


def build_argos_package(
    dest: Path,
    from_code: str = "en",
    to_code: str = "es",
    *,
    layers: int = 2,
    d_model: int = 64,
    heads: int = 2,
    vocab_size: int = 250,
    ffn: int | None = None,
    package_version: str = "1.0",
    folder: str | None = None,
    metadata: dict[str, object] | None = None,
    quantization: str | None = None,
    seed: int = 0,
) -> Path:
    """Write ``<dest>/translate-<from>_<to>-<version>.argosmodel`` and return its path.

    ``dest`` is a directory.  ``metadata`` entries override or extend the
    generated ``metadata.json``.  The archive has the layout Argos Translate
    1.9+ installs: one top folder, ``metadata.json``, ``model/`` (CTranslate2),
    ``sentencepiece.model``, ``README.md``.
    """
    import sentencepiece as spm

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    version_tag = package_version.replace(".", "_")
    folder = folder or f"translate-{from_code}_{to_code}-{version_tag}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / folder
        sp_path = train_sentencepiece(root / "sentencepiece.model", vocab_size, seed=seed)
        processor = spm.SentencePieceProcessor(model_file=str(sp_path))
        vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
        build_ctranslate2_model(
            root / "model", vocabulary, layers=layers, d_model=d_model, heads=heads,
            ffn=ffn, seed=seed, quantization=quantization,
        )
        meta: dict[str, object] = {
            "package_version": package_version,
            "argos_version": "1.9.0",
            "from_code": from_code,
            "from_name": from_code,
            "to_code": to_code,
            "to_name": to_code,
            "type": "translate",
            "links": [],
        }
        meta.update(metadata or {})
        (root / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        (root / "README.md").write_text(
            f"Random-weight test model {from_code} → {to_code}; output is meaningless.\n",
            encoding="utf-8",
        )
        archive = dest / f"{folder}.argosmodel"
        write_zip(archive, root)
    return archive


def write_zip(archive: Path, folder: Path) -> Path:
    """Zip ``folder`` as the single top-level folder of ``archive`` (with folder entries)."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(folder, f"{folder.name}/")
        for path in sorted(folder.rglob("*")):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            zf.write(path, name + ("/" if path.is_dir() else ""))
    return archive


# --------------------------------------------------------------------------
# pytest fixtures


@pytest.fixture(scope="session")
def argos_model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny en → es ``.argosmodel`` (2 layers, d_model 64), built once per session."""
    return build_argos_package(tmp_path_factory.mktemp("argos-model"), "en", "es")


@pytest.fixture
def argos_packages_dir(tmp_path: Path, argos_model_file: Path) -> Path:
    """A fresh packages folder with the tiny en → es package installed (per test)."""
    from cms_i18n.engines.argos_packages import install_package

    packages = tmp_path / "argos-packages"
    install_package(argos_model_file, packages)
    return packages


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any connection or name lookup outside the loopback interface."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def is_local(host: object) -> bool:
        return str(host) in ("localhost", "::1") or str(host).startswith("127.")

    def guarded_connect(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and not is_local(host):
            raise OSError(f"network blocked in tests: connect to {address!r}")
        return real_connect(self, address)

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not is_local(host):
            raise socket.gaierror(socket.EAI_NONAME, f"network blocked in tests: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    yield
