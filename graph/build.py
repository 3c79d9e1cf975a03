"""Build the knowledge graph of a collection of reports: read, extract, resolve, write.

>>> from graph.build import build                     # doctest: +SKIP
>>> summary = build(["seeds"], "outputs")             # doctest: +SKIP
>>> summary.entities["Person"]                        # doctest: +SKIP

Every output is written into a staging folder inside ``out_dir`` and moved into place only when
all of them are complete and the graph conforms to the shapes, so an interrupted or failed build
leaves the previous outputs as they were.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import multiprocessing
import os
import pickle
import shutil
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from extract.errors import Hints, NoReportsError
from extract.pipeline import EXTRACTOR_VERSION, extract_doc
from extract.read import Skipped, read_reports
from extract.records import Doc, DocResult, EntityType, KnowledgeBase
from extract.resolve import resolve

__all__ = ["OUTPUT_FILES", "BuildSummary", "build", "extract_all"]

log = logging.getLogger(__name__)

OUTPUT_FILES = ("graph.ttl", "entities.csv", "graph.html", "spans.html")
"""The files a build writes (plus the ``store/`` folder of the Oxigraph store)."""
_PARALLEL_FROM = 8
"""Fewer documents than this are extracted in-process: workers cost more than they save."""
_PARALLEL_BYTES = 1_000_000
"""Less text than this (characters) is extracted in-process too: a worker's start (loading the
gazetteer and the segmenter's dictionary) costs seconds."""


@dataclass(slots=True)
class BuildSummary:
    """What a build did, for the command line, the benchmark and Python callers."""

    documents: int = 0
    """Reports read and built."""
    skipped: list[Skipped] = field(default_factory=list)
    """Inputs left out, with the reason for each."""
    entities: dict[str, int] = field(default_factory=dict)
    """Entities per type (Person, Organization, Place, Proposal, Initiative), mentioned ones only."""
    triples: int = 0
    seconds: float = 0.0
    bytes_read: int = 0
    """Size of the reports' text, in UTF-8 bytes."""
    stages: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage: read, extract, resolve, rdf, validate, csv, html, store, commit.

    Where the system can fork, validation runs in a process of its own beside csv, html and
    store, so the stages can add up to more than ``seconds``."""
    cached: int = 0
    """Documents whose extraction came from the cache."""
    outputs: list[str] = field(default_factory=list)


@contextmanager
def _timed(stages: dict[str, float], name: str) -> Iterator[None]:
    """Add the time spent in the block to ``stages[name]``."""
    started = time.perf_counter()
    try:
        yield
    finally:
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - started


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    jobs: int | None = None,
    cache_dir: str | Path | None = None,
    encoding: str | None = None,
    html: bool = True,
    validate: bool = True,
    store: bool = True,
    segmenter: str = "jieba",
    pkuseg_model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildSummary:
    """Build the graph of the reports under ``inputs`` into ``out_dir``.

    ``jobs`` worker processes extract documents in parallel (default: the CPU count);
    ``segmenter`` is ``jieba`` (default) or ``pkuseg`` with the trained model at ``pkuseg_model``;
    ``cache_dir`` keeps each document's extraction by content, so a rebuild redoes only changed
    reports (default ``out_dir/.cache``; pass ``""`` to disable). Raises
    :class:`extract.errors.NoReportsError` when no report could be read (nothing is written),
    :class:`graph.validate.GraphInvalid` when the graph breaks the shapes (nothing is written).
    """
    started = time.perf_counter()
    out = Path(out_dir)
    summary = BuildSummary()
    timer = partial(_timed, summary.stages)

    with timer("read"):
        docs: list[Doc] = []
        for item in read_reports([Path(p) for p in inputs], encoding=encoding):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
            else:
                docs.append(item)
    if not docs:
        where = ", ".join(str(p) for p in inputs)
        raise NoReportsError(where, _no_reports_reason(summary.skipped), Hints.NOTHING_READABLE)
    summary.documents = len(docs)
    summary.bytes_read = sum(len(d.text.encode("utf-8")) for d in docs)

    cache = (
        Path(cache_dir) if cache_dir not in (None, "") else (out / ".cache" if cache_dir is None else None)
    )
    with timer("extract"):
        extractor = partial(extract_doc, segmenter=segmenter, pkuseg_model=pkuseg_model)
        results, summary.cached = extract_all(
            docs, jobs=jobs, cache_dir=cache, progress=progress, extractor=extractor, salt=segmenter
        )
    with timer("resolve"):
        kb = resolve(results)
    summary.entities = _count(kb)

    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    checked = None
    try:
        from graph.rdf import write_turtle

        with timer("rdf"):
            summary.triples = write_turtle(kb, staging / "graph.ttl")
        checked = _Validation(kb, staging / "graph.ttl", summary.triples) if validate else None
        with timer("csv"):
            _write_csv(kb, staging / "entities.csv")
        if html:
            from graph.spans_view import render_spans
            from graph.view import render_map

            with timer("html"):
                render_map(kb, staging / "graph.html")
                render_spans(kb, staging / "spans.html")
        if store:
            from graph.store import build_store

            with timer("store"):
                build_store(staging / "graph.ttl", staging / "store")
        if checked is not None:
            summary.stages["validate"] = checked.wait()
        with timer("commit"):
            summary.outputs = _commit(staging, out)
    finally:
        if checked is not None:
            checked.stop()
        shutil.rmtree(staging, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary


class _Validation:
    """The shapes check of a written graph, running beside the other writers.

    Where the system can fork, a child process inherits the knowledge base (no copy is pickled)
    and checks it while the parent writes the CSV, the pages and the store; :meth:`wait` returns
    the child's seconds or raises what it found. Elsewhere the check runs at once, in-process.
    """

    def __init__(self, kb: KnowledgeBase, turtle: Path, triples: int) -> None:
        self._proc = None
        self._inline: float | None = None
        if "fork" not in multiprocessing.get_all_start_methods():
            self._inline = _check(kb, turtle, triples)
            return
        context = multiprocessing.get_context("fork")
        self._recv, send = context.Pipe(duplex=False)
        self._proc = context.Process(
            target=_check_in_child, args=(send, kb, turtle, triples), name="cppcc-kg-validate", daemon=True
        )
        self._proc.start()
        send.close()

    def wait(self) -> float:
        """Seconds the check took; raises :class:`graph.validate.GraphInvalid` if the graph breaks
        the shapes, or the child's error."""
        if self._proc is None:
            return self._inline or 0.0
        try:
            outcome = self._recv.recv()
        except EOFError:
            self._proc.join()
            code = self._proc.exitcode
            raise RuntimeError(f"the validation process ended without an answer (exit code {code})") from None
        self._proc.join()
        kind, payload = outcome
        if kind == "ok":
            return payload
        if kind == "invalid":
            from graph.validate import GraphInvalid

            violations, source = payload
            raise GraphInvalid(violations, source)
        raise RuntimeError(f"validation failed:\n{payload}")

    def stop(self) -> None:
        """End the child if it still runs (the build failed elsewhere)."""
        if self._proc is not None and self._proc.is_alive():
            self._proc.terminate()
            self._proc.join()
        if self._proc is not None:
            self._recv.close()


def _check(kb: KnowledgeBase, turtle: Path, triples: int) -> float:
    from graph.validate import validate as check

    started = time.perf_counter()
    check(kb, turtle, triples=triples)
    return time.perf_counter() - started


def _check_in_child(send, kb: KnowledgeBase, turtle: Path, triples: int) -> None:
    from graph.validate import GraphInvalid

    try:
        outcome = ("ok", _check(kb, turtle, triples))
    except GraphInvalid as invalid:
        outcome = ("invalid", (invalid.violations, invalid.source))
    except BaseException:  # the parent reports it; the child must answer in every case
        outcome = ("error", traceback.format_exc())
    send.send(outcome)
    send.close()


def extract_all(
    docs: Sequence[Doc],
    *,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    extractor: Callable[[Doc], DocResult] = extract_doc,
    salt: str = "",
) -> tuple[list[DocResult], int]:
    """Extract every document (in parallel when there are many), reusing cached results.

    ``salt`` separates cache entries of different extractor settings (the segmenter)."""
    results: dict[str, DocResult] = {}
    todo: list[Doc] = []
    for doc in docs:
        cached = _cache_get(cache_dir, doc, salt) if cache_dir else None
        if cached is not None:
            results[doc.doc_id] = cached
        else:
            todo.append(doc)
    hits = len(results)
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    done = hits
    if progress:
        progress(done, len(docs))
    if len(todo) >= _PARALLEL_FROM and sum(len(d.text) for d in todo) >= _PARALLEL_BYTES and workers > 1:
        chunk = max(1, len(todo) // (workers * 8))
        # Load the lexicons, matchers and segmenter once here: forked workers inherit them
        # instead of each spending seconds loading its own.
        first = min(todo, key=lambda d: (len(d.text), d.doc_id))
        results[first.doc_id] = extractor(first)
        _cache_put(cache_dir, results[first.doc_id], salt)
        done += 1
        todo = [d for d in todo if d.doc_id != first.doc_id]
        forks = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork") if forks else None
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for result in pool.map(extractor, _by_size(todo), chunksize=chunk):
                results[result.doc.doc_id] = result
                _cache_put(cache_dir, result, salt)
                done += 1
                if progress:
                    progress(done, len(docs))
    else:
        for doc in todo:
            result = extractor(doc)
            results[doc.doc_id] = result
            _cache_put(cache_dir, result, salt)
            done += 1
            if progress:
                progress(done, len(docs))
    return [results[d.doc_id] for d in docs], hits


def _by_size(docs: Iterable[Doc]) -> list[Doc]:
    # Large documents first, so the last worker does not start the biggest one alone.
    return sorted(docs, key=lambda d: (-len(d.text), d.doc_id))


@cache
def extractor_fingerprint() -> str:
    """A digest of the extraction code and data: a cached result is reused only by the same code."""
    import extract

    root = Path(extract.__file__).parent
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_file(cache_dir: Path, doc: Doc, salt: str) -> Path:
    key = f"{extractor_fingerprint()}\0{salt}\0{doc.source}\0{doc.text}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    return cache_dir / f"{digest}.pickle"


def _cache_get(cache_dir: Path, doc: Doc, salt: str) -> DocResult | None:
    path = _cache_file(cache_dir, doc, salt)
    try:
        with path.open("rb") as f:
            result = pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        return None
    return result if isinstance(result, DocResult) and result.doc == doc else None


def _cache_put(cache_dir: Path | None, result: DocResult, salt: str) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        path = _cache_file(cache_dir, result.doc, salt)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as error:  # a cache that cannot be written only costs time
        log.warning("cache not written (%s): %s", cache_dir, error)


def _count(kb: KnowledgeBase) -> dict[str, int]:
    counts = Counter(e.type.value for e in kb.entities.values() if e.docs)
    return {t.value: counts.get(t.value, 0) for t in EntityType}


def _write_csv(kb: KnowledgeBase, path: Path) -> None:
    from graph.rdf import entity_iri

    sources = {r.doc_id: r.source for r in kb.reports}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["iri", "type", "label", "aliases", "documents"])
    for key in sorted(kb.entities):
        e = kb.entities[key]
        if not e.docs:
            continue
        writer.writerow(
            [
                entity_iri(key),
                e.kind or e.type.value,
                e.label,
                "|".join(e.aliases),
                "|".join(sorted(sources[d] for d in e.docs)),
            ]
        )
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _commit(staging: Path, out: Path) -> list[str]:
    """Move every staged output into place (each move atomic), the store folder last."""
    written = []
    for name in OUTPUT_FILES:
        src = staging / name
        if src.exists():
            with src.open("rb") as f:
                os.fsync(f.fileno())
            os.replace(src, out / name)
            written.append(name)
    if (staging / "store").exists():
        old = out / "store"
        trash = staging / "store.old"
        if old.exists():
            os.replace(old, trash)
        os.replace(staging / "store", old)
        written.append("store/")
    return written


def _no_reports_reason(skipped: list[Skipped]) -> str:
    return f"no readable report ({len(skipped)} input(s) skipped)"
