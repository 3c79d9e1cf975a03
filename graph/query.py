"""The published SPARQL queries, a runner for either engine, and formatters.

>>> sorted(list_queries())[:3]
['committees', 'initiatives', 'mentions']
>>> print(format_table(["名称", "n"], [("大同市", "1"), ("代县", None)]))
名称    n
------  -
大同市  1
代县
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from os import PathLike
from pathlib import Path
from typing import Literal

from graph.store import Row, ensure_store, open_store, select, term_value
from ontology import ontology_path

__all__ = [
    "QUERY_DIR",
    "format_csv",
    "format_json",
    "format_table",
    "list_queries",
    "load_query",
    "run_query",
]

QUERY_DIR = Path(__file__).parent / "queries"

Engine = Literal["oxigraph", "rdflib"]


def list_queries() -> dict[str, str]:
    """Published query names → the first line of their comment header, by name."""
    found = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        found[path.stem] = first.lstrip("# ").split(": ", 1)[-1]
    return found


def load_query(name: str | PathLike) -> str:
    """The text of a published query (``spans``, ``spans.rq``) or of a ``.rq`` file path."""
    path = Path(name)
    if path.suffix == ".rq" and path.is_file():
        return path.read_text(encoding="utf-8")
    published = QUERY_DIR / (path.stem + ".rq")
    if path.parent == Path(".") and published.is_file():
        return published.read_text(encoding="utf-8")
    raise ValueError(f"no query {str(name)!r}: give a .rq file or one of {', '.join(list_queries())}")


def run_query(
    sparql: str,
    *,
    store_dir: str | PathLike | None = None,
    graph_path: str | PathLike | None = None,
    engine: Engine = "oxigraph",
) -> tuple[list[str], list[Row]]:
    """Run a SELECT query; returns the variable names and rows of plain values (None if unbound).

    ``engine="oxigraph"`` queries the store at ``store_dir`` (rebuilt first from
    ``graph_path`` when that file is newer) or, with ``graph_path`` alone, an
    in-memory store of it. ``engine="rdflib"`` parses ``graph_path``. Either way
    the ontology is loaded beside the graph.
    """
    if engine == "oxigraph":
        if store_dir is not None:
            store = open_store(ensure_store(graph_path, store_dir) if graph_path is not None else store_dir)
            return select(store, sparql)
        if graph_path is None:
            raise ValueError("run_query needs store_dir or graph_path")
        import pyoxigraph as ox

        store = ox.Store()
        for path in (Path(graph_path), ontology_path()):
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        return select(store, sparql)
    if engine == "rdflib":
        if graph_path is None:
            raise ValueError("engine='rdflib' needs graph_path (the Turtle file)")
        import rdflib

        g = rdflib.Graph()
        g.parse(Path(graph_path), format="turtle")
        g.parse(ontology_path(), format="turtle")
        result = g.query(sparql)
        if result.type != "SELECT":
            raise ValueError("only SELECT queries return rows; this query is an ASK or CONSTRUCT")
        header = [str(v) for v in result.vars]
        return header, [tuple(term_value(t) for t in row) for row in result]
    raise ValueError(f"unknown engine {engine!r}: use 'oxigraph' or 'rdflib'")


# --------------------------------------------------------------------------
# Formatters


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters count two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cell(value: str | None) -> str:
    if value is None:
        return ""
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def format_table(header: list[str], rows: list[Row]) -> str:
    """An aligned text table (CJK characters count two columns), no trailing spaces."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [_width(h) for h in header]
    for row in cells:
        widths = [max(w, _width(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, cells)])


def format_csv(header: list[str], rows: list[Row]) -> str:
    """RFC 4180 CSV with a header row; unbound values are empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return out.getvalue()


def format_json(header: list[str], rows: list[Row]) -> str:
    """A JSON array of objects, one per row, keys in header order; unbound values are null."""
    return json.dumps([dict(zip(header, row, strict=True)) for row in rows], ensure_ascii=False, indent=2)
