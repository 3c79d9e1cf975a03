"""The embedded on-disk SPARQL store (pyoxigraph), built from the Turtle graph.

The store holds the graph and the ontology (so ``a/rdfs:subClassOf*`` queries
work) in its default graph. It is rebuilt when the Turtle file is newer than
the store, into a fresh folder that then replaces the old one, so a reader
never sees half a store.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "g.ttl").write_text('<http://a> <http://b> "c" .\\n', encoding="utf-8")
>>> ensure_store(folder / "g.ttl", folder / "store").name
'store'
>>> select(folder / "store", 'SELECT ?o WHERE { <http://a> ?p ?o }')
(['o'], [('c',)])
"""

from __future__ import annotations

import json
import logging
import shutil
from os import PathLike
from pathlib import Path

from graph.rdf import MARKER
from ontology import ontology_path

__all__ = [
    "CHUNK_BYTES",
    "STAMP",
    "Row",
    "build_store",
    "ensure_store",
    "is_stale",
    "open_store",
    "select",
    "term_value",
]

log = logging.getLogger(__name__)

CHUNK_BYTES = 16 << 20
"""Pieces the store loads a large graph in (see :func:`build_store`)."""
_BLOCK_END = b" .\n\n"
STAMP = "cppcc-kg.json"
"""File in the store folder recording which Turtle file it was built from."""

Row = tuple[str | None, ...]


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as err:  # pragma: no cover - a declared dependency
        raise ImportError("the store needs pyoxigraph: pip install 'pyoxigraph>=0.4,<0.6'") from err
    return pyoxigraph


def is_stale(turtle: str | PathLike, store_dir: str | PathLike) -> bool:
    """Whether ``store_dir`` is missing or older than ``turtle``."""
    stamp = Path(store_dir) / STAMP
    if not stamp.is_file():
        return True
    return Path(turtle).stat().st_mtime_ns > stamp.stat().st_mtime_ns


def build_store(
    turtle: str | PathLike,
    store_dir: str | PathLike,
    *,
    ontology: bool = True,
    chunk_bytes: int = CHUNK_BYTES,
) -> Path:
    """Bulk-load ``turtle`` (and the ontology) into a new store at ``store_dir``, replacing any.

    A graph written by :func:`graph.rdf.write_turtle` is loaded in pieces of about
    ``chunk_bytes``, cut between subject blocks, which bounds the loader's memory
    (13 M triples, 840 MB of Turtle: 0.34 GB peak in 16 MB pieces, 1.1 GB in
    64 MB pieces, 1.75 GB in one go); any other Turtle file is loaded whole.
    """
    ox = _pyoxigraph()
    turtle, store_dir = Path(turtle), Path(store_dir)
    if not turtle.is_file():
        raise FileNotFoundError(f"no graph at {turtle}: build it first (cppcc-kg build)")
    fresh = store_dir.with_name(store_dir.name + ".building")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.parent.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(fresh))
    try:
        _load(store, turtle, chunk_bytes)
        if ontology:
            store.bulk_load(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)
        store.flush()
        store.optimize()
        count = len(store)
    except (SyntaxError, ValueError, OSError) as err:
        del store
        shutil.rmtree(fresh, ignore_errors=True)
        raise ValueError(f"{turtle} could not be loaded into the store: {err}") from err
    del store
    stamp = {"turtle": str(turtle.resolve()), "size": turtle.stat().st_size, "triples": count}
    (fresh / STAMP).write_text(json.dumps(stamp, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    old = store_dir.with_name(store_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if store_dir.exists():
        store_dir.rename(old)
    fresh.rename(store_dir)
    shutil.rmtree(old, ignore_errors=True)
    log.info("store %s built from %s: %d triples", store_dir, turtle, count)
    return store_dir


def _load(store, turtle: Path, chunk_bytes: int) -> None:
    ox = _pyoxigraph()
    with open(turtle, "rb") as f:
        if f.readline() != MARKER.encode("utf-8"):
            store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
            return
        header = b""
        while (line := f.readline()).startswith(b"@prefix"):
            header += line
        rest = line
        while buf := f.read(chunk_bytes):
            buf = rest + buf
            cut = buf.rfind(_BLOCK_END)
            if cut < 0:
                rest = buf
                continue
            store.bulk_load(header + buf[: cut + len(_BLOCK_END)], format=ox.RdfFormat.TURTLE)
            rest = buf[cut + len(_BLOCK_END) :]
        if rest.strip():
            store.bulk_load(header + rest, format=ox.RdfFormat.TURTLE)


def ensure_store(turtle: str | PathLike, store_dir: str | PathLike) -> Path:
    """The store at ``store_dir``, rebuilt first if ``turtle`` is newer."""
    if is_stale(turtle, store_dir):
        build_store(turtle, store_dir)
    return Path(store_dir)


def open_store(store_dir: str | PathLike):
    """Open a built store read-only (several readers may share it)."""
    ox = _pyoxigraph()
    store_dir = Path(store_dir)
    if not (store_dir / STAMP).is_file():
        raise FileNotFoundError(
            f"no store at {store_dir}: build one with graph.store.build_store(turtle, folder)"
        )
    return ox.Store.read_only(str(store_dir))


def term_value(term) -> str | None:
    """The plain value of a pyoxigraph or rdflib term: an IRI, a literal's text, or None."""
    if term is None:
        return None
    value = getattr(term, "value", None)
    if isinstance(value, str) and not hasattr(term, "n3"):
        return value  # pyoxigraph NamedNode, Literal, BlankNode
    return str(term)


def select(store, sparql: str) -> tuple[list[str], list[Row]]:
    """Run a SELECT query on a store (a pyoxigraph Store or a store folder): header and rows."""
    ox = _pyoxigraph()
    if not isinstance(store, ox.Store):
        store = open_store(store)
    try:
        result = store.query(sparql)
    except SyntaxError as err:
        raise ValueError(f"SPARQL syntax error: {err}") from err
    if not isinstance(result, ox.QuerySolutions):
        raise ValueError("only SELECT queries return rows; this query is an ASK or CONSTRUCT")
    header = [v.value for v in result.variables]
    rows = [tuple(term_value(solution[v]) for v in header) for solution in result]
    return header, rows
