"""Which initiatives span which cities: an initiative × city matrix as one HTML page.

:func:`render_spans` writes ``spans.html``. A row is an initiative, a column a
prefecture-level city; a cell is filled when the initiative reaches that city,
and clicking it lists the evidence: the sentences, each with its source file.

An initiative reaches a city when a report about a place in that city mentions
it (the report's ``Report.place`` climbed through ``Entity.parent`` to its
prefecture: 代县 → 忻州市), or when it involves a place in that city
(``involvesPlace``, climbed the same way). Initiatives that reach no city are
listed below the matrix.

The page is built like the map (:mod:`graph.view`): no network, data as escaped
JSON, text put in the DOM with ``textContent``, the same bytes for the same KB.

>>> from extract.records import KnowledgeBase
>>> import tempfile, pathlib
>>> render_spans(KnowledgeBase(), pathlib.Path(tempfile.mkdtemp()) / "spans.html")
SpansStats(initiatives=0, cities=0, cells=0)
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.records import EntityType, KnowledgeBase, Predicate
from graph.view import MAX_EVIDENCE, ViewContext, page_html, prefecture_of, spread, static_text, write_page

__all__ = ["SpansStats", "render_spans", "spans_data"]

logger = logging.getLogger(__name__)

SPANS_TITLE = "政协知识图谱 · 品牌举措与城市"


@dataclass(frozen=True, slots=True)
class SpansStats:
    """What :func:`render_spans` drew."""

    initiatives: int
    """Rows: every initiative of the knowledge base (those reaching no city are listed apart)."""
    cities: int
    """Columns: prefecture-level cities some initiative reaches."""
    cells: int
    """Filled cells: (initiative, city) pairs with evidence."""


def render_spans(kb: KnowledgeBase, path: Path, *, title: str = SPANS_TITLE) -> SpansStats:
    """Write the initiative × city page of ``kb`` to ``path`` (one HTML page, UTF-8) and say what it drew.

    The same ``kb`` always gives the same bytes.
    """
    data = spans_data(kb, title=title)
    page = page_html(static_text("spans.html"), title=title, css="spans.css", js="spans.js", data=data)
    write_page(path, page)
    stats = SpansStats(
        initiatives=len(data["rows"]),
        cities=len(data["cities"]),
        cells=sum(len(row["cells"]) for row in data["rows"]),
    )
    logger.info("spans %s: %d initiatives, %d cities, %d cells", path, *_fields(stats))
    return stats


def spans_data(kb: KnowledgeBase, *, title: str = SPANS_TITLE) -> dict[str, Any]:
    """Everything the spans page shows, as JSON-ready values.

    ``rows`` are initiatives, most cities first; each has ``cells``: ``[city
    index, evidence items, evidence total]``, by city. An evidence item is
    ``{"doc", "ref", "place"}``: the source document's index, a sentence
    reference (``[sentence, highlight start, highlight end]`` into
    ``sentences``, or null when only the document is known) and, for evidence
    through ``involvesPlace``, the place's name.
    """
    ctx = ViewContext(kb)
    involves: dict[str, list[Any]] = defaultdict(list)
    for relation in kb.relations:
        if relation.predicate is Predicate.INVOLVES_PLACE:
            involves[relation.subject].append(relation)

    reach: dict[str, dict[str, dict[int, list[dict[str, Any]]]]] = {}
    for key in sorted(k for k, e in kb.entities.items() if e.type is EntityType.INITIATIVE):
        cells: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        seen: set[tuple[str, int]] = set()
        mentioned = set()
        for mention in ctx.mentions.get(key, ()):
            city = ctx.city_of_doc.get(mention.doc_id, "")
            mentioned.add(mention.doc_id)
            ref = ctx.sentences.ref(mention.doc_id, mention.sentence, (mention.start, mention.end))
            if city and ref is not None and (city, ref[0]) not in seen:
                seen.add((city, ref[0]))
                doc = ctx.doc_index[mention.doc_id]
                cells[city][doc].append({"doc": doc, "ref": ref, "place": ""})
        for doc_id in sorted(ctx.docs_of.get(key, set()) - mentioned):
            city = ctx.city_of_doc.get(doc_id, "")
            if city and doc_id in ctx.doc_index:
                doc = ctx.doc_index[doc_id]
                cells[city][doc].append({"doc": doc, "ref": None, "place": ""})
        for relation in sorted(involves.get(key, ()), key=lambda r: (r.doc_id, r.sentence, r.object)):
            city = prefecture_of(relation.object, kb)
            if not city or relation.doc_id not in ctx.doc_index:
                continue
            doc = ctx.doc_index[relation.doc_id]
            ref = None
            if relation.sentence != (0, 0):
                ref = ctx.sentences.ref(relation.doc_id, relation.sentence, None)
            if ref is not None:
                if (city, ref[0]) in seen:
                    continue
                seen.add((city, ref[0]))
            cells[city][doc].append({"doc": doc, "ref": ref, "place": ctx.label(relation.object)})
        reach[key] = cells

    city_keys = sorted({c for cells in reach.values() for c in cells}, key=lambda k: _city_order(kb, k))
    city_index = {key: i for i, key in enumerate(city_keys)}
    rows = []
    for key, cells in reach.items():
        entity = kb.entities[key]
        rows.append(
            {
                "key": key,
                "label": entity.label or key,
                "aliases": sorted(set(entity.aliases) - {entity.label}),
                "docs": sorted(ctx.doc_index[d] for d in ctx.docs_of.get(key, ()) if d in ctx.doc_index),
                "cells": sorted(
                    [
                        city_index[city],
                        spread(by_doc, MAX_EVIDENCE),
                        sum(len(items) for items in by_doc.values()),
                    ]
                    for city, by_doc in cells.items()
                ),
            }
        )
    rows.sort(key=lambda row: (-len(row["cells"]), row["label"], row["key"]))
    return {
        "title": title,
        "cities": [
            {"key": key, "label": kb.entities[key].label, "province": _province_label(kb, key)}
            for key in city_keys
        ],
        "docs": [{"source": ctx.source(d), "title": ctx.title(d)} for d in ctx.doc_ids],
        "sentences": ctx.sentences.rows,
        "rows": rows,
    }


def _city_order(kb: KnowledgeBase, key: str) -> tuple[str, str, str]:
    """Cities by province, then code: neighbours on the map sit side by side in the matrix."""
    entity = kb.entities[key]
    return (entity.code or "999999", entity.label, key)


def _province_label(kb: KnowledgeBase, key: str) -> str:
    """The province a city belongs to (a municipality is its own), or empty."""
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        entity = kb.entities.get(key)
        if entity is None:
            return ""
        if entity.kind in ("Province", "Municipality"):
            return entity.label
        key = entity.parent
    return ""


def _fields(stats: SpansStats) -> tuple[int, int, int]:
    return stats.initiatives, stats.cities, stats.cells
