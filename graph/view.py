"""The relationship map: a knowledge base drawn as one self-contained HTML page.

:func:`render_map` turns a :class:`~extract.records.KnowledgeBase` into
``graph.html``: people, organizations, places, proposals, initiatives and the
reports that mention them, joined by memberships, proposers, the places and
bodies initiatives involve, the place hierarchy and "mentioned in" links.
The network is built with :class:`pyvis.network.Network`; the page inlines
vis-network (read from the installed pyvis package), its own script and the
data, so it opens from disk with no network at all. Positions are computed
here (seeded, deterministic) and physics is off, so even a large graph appears
at once and stays still.

Entities are tied to the reports that mention them (dashed "mentioned in"
edges, which the legend can hide) rather than to each other by co-mention: a
sentence listing twenty names would add 190 edges and hide everything else.
A node's cities, for the city filter, are the prefecture-level cities of the
reports that mention it (``Report.place`` climbed through ``Entity.parent``)
and, for places and bodies, the city they lie in.

Every label, alias and sentence comes from report text: it travels as JSON in
a ``<script type="application/json">`` block with ``<``, ``>``, ``&`` and the
line separators escaped, and the page puts it in the DOM with ``textContent``.

The helpers for prefectures, evidence sentences and page assembly are shared
with :mod:`graph.spans_view`.

>>> from extract.records import KnowledgeBase
>>> import tempfile, pathlib
>>> render_map(KnowledgeBase(), pathlib.Path(tempfile.mkdtemp()) / "graph.html")
MapStats(nodes=0, edges=0, sentences=0)
"""

from __future__ import annotations

import html
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from extract.records import Doc, EntityType, KnowledgeBase, Mention, Predicate, Relation, Report

__all__ = [
    "MapStats",
    "SentenceTable",
    "ViewContext",
    "embed_json",
    "entity_docs",
    "layout_positions",
    "page_html",
    "prefecture_of",
    "render_map",
    "report_cities",
    "styles",
    "write_page",
]

logger = logging.getLogger(__name__)

CITY_KINDS = frozenset({"Prefecture", "Municipality", "DirectCounty"})
"""Kinds of place that count as a prefecture-level city."""
MAP_TITLE = "政协知识图谱 · 关系图"
REPORT_TYPE = "Report"
MENTIONED_IN = "mentionedIn"
MAX_EVIDENCE = 20
"""Evidence sentences kept per node (spread over its reports) and per edge."""
MAX_SENTENCE = 240
"""Longer sentences are cut to a window of this many characters around the mention."""
MAX_LABEL = 18
"""Labels drawn on the canvas are cut to this many characters (the panel shows them whole)."""
LARGE = 1500
"""From this many edges on, the page trades looks for speed (straight edges, no hover) and starts
with the "mentioned in" edges hidden (the legend shows them)."""
FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"

_VIS_DIR = ("lib", "vis-9.1.2")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class MapStats:
    """What :func:`render_map` drew."""

    nodes: int
    """Nodes on the map: entities and reports."""
    edges: int
    """Edges on the map, after merging the same fact met in several sentences."""
    sentences: int
    """Distinct evidence sentences embedded in the page."""


# --- Page plumbing, shared with spans_view ---------------------------------------------------


def static_text(name: str) -> str:
    """A file of ``graph/static`` (templates, scripts, styles), as text."""
    return resources.files("graph").joinpath("static", name).read_text(encoding="utf-8")


@cache
def styles() -> dict[str, Any]:
    """Colours, shapes and Chinese names of node types and edge kinds (``static/styles.json``)."""
    return json.loads(static_text("styles.json"))


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's stylesheet and script, read from the installed pyvis package."""
    folder = resources.files("pyvis").joinpath(*_VIS_DIR)
    try:
        css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
        js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise RuntimeError(
            f"vis-network is missing from the installed pyvis ({folder}): "
            "reinstall pyvis==0.3.2, which ships it under pyvis/lib/vis-9.1.2"
        ) from err
    return css, js


def embed_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element of an HTML page.

    >>> embed_json({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def page_html(template: str, *, title: str, css: str, js: str, data: Any) -> str:
    """Fill an HTML template of ``static/`` with vis-network, the page's own style and script, and data.

    Placeholders are ``{{title}}``, ``{{vis_css}}``, ``{{vis_js}}``, ``{{page_css}}``,
    ``{{page_js}}`` and ``{{data}}``; values are inserted once and never rescanned.
    """
    vis_css, vis_js = vis_assets()
    values = {
        "title": html.escape(title),
        "vis_css": vis_css,
        "vis_js": vis_js,
        "page_css": static_text(css),
        "page_js": static_text(js),
        "data": embed_json(data),
    }
    origin = {
        "vis_css": "vis-network.css of the installed pyvis",
        "vis_js": "vis-network.min.js of the installed pyvis",
        "page_css": f"graph/static/{css}",
        "page_js": f"graph/static/{js}",
        "data": "the page's data (embed_json)",
    }
    for name, closing in (
        ("vis_js", "</script|<!--"),
        ("page_js", "</script|<!--"),
        ("data", "</script|<!--"),
        ("vis_css", "</style"),
        ("page_css", "</style"),
    ):
        if re.search(closing, values[name], re.IGNORECASE):
            raise RuntimeError(
                f"{origin[name]} holds {closing.split('|')[0]!r}, which would end its element "
                "early in the page: remove it or split the string"
            )

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ValueError(f"unknown placeholder {{{{{name}}}}} in an HTML template of graph/static")
        return values[name]

    return _PLACEHOLDER.sub(fill, template)


def write_page(path: Path, page: str) -> None:
    """Write ``page`` to ``path`` as UTF-8 with ``\\n`` line ends."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(page)


# --- Places and reports ----------------------------------------------------------------------


def prefecture_of(key: str, kb: KnowledgeBase) -> str:
    """The prefecture-level city enclosing ``key``, climbing ``Entity.parent``; empty if none.

    Works for places (代县 → 忻州市) and for organizations, whose parent is the
    place they are based in. A prefecture is its own city, and so is a
    municipality (北京市), which counts as a city too.
    """
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        entity = kb.entities.get(key)
        if entity is None:
            return ""
        if entity.kind in CITY_KINDS:
            return key
        key = entity.parent
    return ""


def report_cities(kb: KnowledgeBase) -> dict[str, str]:
    """Each report's prefecture-level city (from ``Report.place``), by doc id; empty if unknown."""
    return {report.doc_id: prefecture_of(report.place, kb) for report in kb.reports}


def entity_docs(kb: KnowledgeBase) -> dict[str, set[str]]:
    """The documents that mention each entity: ``Entity.docs`` and the entity's mentions."""
    docs: dict[str, set[str]] = {key: set(entity.docs) for key, entity in kb.entities.items()}
    for mention in kb.mentions:
        if mention.key in docs:
            docs[mention.key].add(mention.doc_id)
    return docs


# --- Evidence sentences ----------------------------------------------------------------------


class SentenceTable:
    """Evidence sentences, each stored once, with a highlight per reference.

    A reference is ``[sentence index, highlight start, highlight end]`` (offsets
    into the sentence; ``-1, -1`` when nothing is highlighted). A sentence is
    ``[document index, text]``.
    """

    def __init__(self, kb: KnowledgeBase, doc_index: dict[str, int]) -> None:
        self._docs = kb.docs
        self._doc_index = doc_index
        self._index: dict[tuple[str, int, int], int] = {}
        self.rows: list[list[Any]] = []

    def ref(self, doc_id: str, sentence: tuple[int, int], span: tuple[int, int] | None) -> list[int] | None:
        """Reference to the sentence ``sentence`` of ``doc_id`` highlighting ``span``; None if unknown."""
        doc = self._docs.get(doc_id)
        if doc is None or doc_id not in self._doc_index:
            return None
        cut = evidence_window(doc, sentence, span)
        if cut is None:
            return None
        start, end, hl_start, hl_end = cut
        key = (doc_id, start, end)
        if key not in self._index:
            self._index[key] = len(self.rows)
            self.rows.append([self._doc_index[doc_id], doc.text[start:end]])
        return [self._index[key], hl_start, hl_end]


def evidence_window(
    doc: Doc, sentence: tuple[int, int], span: tuple[int, int] | None
) -> tuple[int, int, int, int] | None:
    """Offsets ``(start, end, highlight start, highlight end)`` of the evidence to show.

    The sentence as given, or when it is missing (``(0, 0)``) or out of range the
    line around ``span``; trimmed of white space and cut to :data:`MAX_SENTENCE`
    characters around ``span``. Highlight offsets are relative to ``start``.
    """
    text = doc.text
    start, end = sentence
    if span is not None and not 0 <= span[0] < span[1] <= len(text):
        span = None
    if not 0 <= start < end <= len(text):
        if span is None:
            return None
        start = text.rfind("\n", 0, span[0]) + 1
        end = text.find("\n", span[1])
        end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    if span is not None and not (start <= span[0] and span[1] <= end):
        span = None
    if end - start > MAX_SENTENCE:
        middle = (span[0] + span[1]) // 2 if span else start + MAX_SENTENCE // 2
        start = max(start, min(middle - MAX_SENTENCE // 2, end - MAX_SENTENCE))
        end = start + MAX_SENTENCE
        if span is not None and not (start <= span[0] and span[1] <= end):
            span = None
    if span is None:
        return start, end, -1, -1
    return start, end, span[0] - start, span[1] - start


def spread(refs_by_doc: dict[int, list[Any]], limit: int) -> list[Any]:
    """Up to ``limit`` items taken in turn from each document's list, so the first cover many reports.

    >>> spread({0: ["a1", "a2", "a3"], 1: ["b1"]}, 3)
    ['a1', 'b1', 'a2']
    """
    if len(refs_by_doc) <= 1:  # the common case, kept cheap: most facts come from one report
        return [item for items in refs_by_doc.values() for item in items[:limit]]
    queues = [refs_by_doc[doc] for doc in sorted(refs_by_doc)]
    chosen: list[Any] = []
    depth = 0
    while len(chosen) < limit and any(depth < len(q) for q in queues):
        for queue in queues:
            if depth < len(queue) and len(chosen) < limit:
                chosen.append(queue[depth])
        depth += 1
    return chosen


# --- Lookups over one knowledge base, shared with spans_view -------------------------------------


def _report_key(report: Report) -> str:
    return f"report/{report.doc_id}"


class ViewContext:
    """Lookups over one knowledge base that the map and the spans page share."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.reports = sorted(kb.reports, key=lambda r: (r.source, r.doc_id))
        self.report_of = {r.doc_id: r for r in self.reports}
        self.doc_ids = sorted(set(self.report_of) | set(kb.docs), key=lambda d: (self.source(d), d))
        self.doc_index = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        self.city_of_doc = report_cities(kb)
        self.docs_of = entity_docs(kb)
        self.sentences = SentenceTable(kb, self.doc_index)
        self.mentions: dict[str, list[Mention]] = defaultdict(list)
        for mention in sorted(kb.mentions, key=lambda m: (m.doc_id, m.start, m.end, m.key)):
            self.mentions[mention.key].append(mention)
        self.posts: dict[str, set[str]] = defaultdict(set)
        """Posts held with no organization named (memberships without an object): 记者, 市长."""
        for relation in kb.relations:
            if relation.predicate is Predicate.MEMBERSHIP and not relation.object and relation.role:
                self.posts[relation.subject].add(relation.role)

    def source(self, doc_id: str) -> str:
        doc = self.kb.docs.get(doc_id)
        if doc is not None:
            return doc.source
        report = self.report_of.get(doc_id)
        return report.source if report is not None else doc_id

    def title(self, doc_id: str) -> str:
        report = self.report_of.get(doc_id)
        return report.title if report is not None else ""

    def label(self, key: str) -> str:
        entity = self.kb.entities.get(key)
        return entity.label if entity is not None else ""

    def entity_cities(self, key: str) -> set[str]:
        """The cities of the reports that mention ``key``, and the city it lies in (places, bodies)."""
        cities = {self.city_of_doc.get(doc_id, "") for doc_id in self.docs_of.get(key, ())}
        return (cities | {prefecture_of(key, self.kb)}) - {""}

    def evidence(self, mentions: Iterable[Mention]) -> tuple[list[list[int]], int]:
        """One reference per sentence of ``mentions``, spread over reports, and their count."""
        by_doc: dict[int, list[list[int]]] = defaultdict(list)
        seen: set[int] = set()
        for mention in mentions:
            ref = self.sentences.ref(mention.doc_id, mention.sentence, (mention.start, mention.end))
            if ref is not None and ref[0] not in seen:
                seen.add(ref[0])
                by_doc[self.doc_index[mention.doc_id]].append(ref)
        return spread(by_doc, MAX_EVIDENCE), len(seen)

    def entity_detail(self, key: str) -> dict[str, Any]:
        entity = self.kb.entities[key]
        evidence, total = self.evidence(self.mentions.get(key, ()))
        return {
            "key": key,
            "label": entity.label or key,
            "kind": entity.kind,
            "aliases": sorted(set(entity.aliases) - {entity.label}),
            "code": entity.code,
            "docs": sorted(self.doc_index[d] for d in self.docs_of.get(key, ()) if d in self.doc_index),
            "evidence": evidence,
            "evidenceTotal": total,
            "posts": sorted(self.posts.get(key, ())),
        }

    def report_detail(self, report: Report) -> dict[str, Any]:
        return {
            "key": _report_key(report),
            "label": report.title or report.source,
            "kind": "",
            "aliases": [],
            "code": "",
            "docs": [self.doc_index[report.doc_id]],
            "evidence": [],
            "evidenceTotal": 0,
            "posts": [],
            "report": {
                "source": report.source,
                "title": report.title,
                "meeting": report.meeting,
                "date": report.date,
                "place": self.label(report.place),
                "presenter": self.label(report.presenter),
            },
        }


# --- Layout ----------------------------------------------------------------------------------

_SMALL = 200
"""Components and communities up to this many nodes get a force layout directly."""
_MARGIN = 1.5
"""Room between packed components and between communities, in units of the ideal edge length."""


def layout_positions(graph: nx.Graph, *, seed: int = 7, spacing: float = 80.0) -> dict[Any, tuple[int, int]]:
    """Deterministic positions for every node of ``graph``, in pixels (``spacing`` per ideal edge).

    Each connected component is laid out on its own, then components are packed
    in rows, largest first. A component of up to :data:`_SMALL` nodes gets a
    Fruchterman-Reingold force layout (seeded). A larger one is split into
    communities (networkx's Louvain, seeded); each community is laid out the
    same way, recursively, the communities are placed by a force layout of the
    graph between them and pushed apart until their discs no longer overlap.
    Work grows with the number of nodes times the size of a community, not with
    the square of the graph: ten thousand nodes take a few seconds.

    >>> layout_positions(nx.path_graph(2))
    {0: (0, 0), 1: (0, 80)}
    """
    np = _numpy()
    rank = {node: i for i, node in enumerate(graph)}
    components = sorted(
        (sorted(rank[node] for node in c) for c in nx.connected_components(graph)),
        key=lambda c: (-len(c), c[0]),
    )
    nodes = list(graph)
    local_of = {}
    for members in components:
        local_of.update((member, i) for i, member in enumerate(members))
    edges_of: list[list[tuple[int, int]]] = [[] for _ in components]
    component_of = {member: c for c, members in enumerate(components) for member in members}
    for u, v in graph.edges():
        a, b = rank[u], rank[v]
        if a != b:
            edges_of[component_of[a]].append((local_of[a], local_of[b]))
    boxes = [
        _layout(len(members), np.asarray(sorted(edges), dtype=np.int64).reshape(-1, 2), None, seed)
        for members, edges in zip(components, edges_of, strict=True)
    ]
    offsets = _pack([coords.max(axis=0) - coords.min(axis=0) for coords in boxes])
    positions: dict[Any, tuple[int, int]] = {}
    for members, coords, offset in zip(components, boxes, offsets, strict=True):
        placed = (coords - coords.min(axis=0) + np.asarray(offset)) * spacing
        for member, (x, y) in zip(members, placed.tolist(), strict=True):
            positions[nodes[member]] = (round(x), round(y))
    return positions


def _numpy() -> Any:
    try:
        import numpy
    except ImportError as err:  # pragma: no cover - numpy comes with the project's extras
        raise ImportError("the map's layout needs numpy: pip install numpy") from err
    return numpy


def _layout(n: int, edges: Any, weights: Any, seed: int, depth: int = 0) -> Any:
    """Coordinates (n × 2) of nodes ``0..n-1`` joined by ``edges`` (m × 2), about one unit apart."""
    np = _numpy()
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.asarray([[0.0, 0.0], [0.0, 1.0]])  # one above the other: labels sit below nodes
    if n <= _SMALL or depth >= 4:
        return _forces(n, edges, weights, seed)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(edges.tolist())
    communities = sorted(
        (sorted(c) for c in nx.community.louvain_communities(graph, seed=seed)), key=lambda c: (-len(c), c[0])
    )
    if len(communities) == 1:
        return _forces(n, edges, weights, seed)
    group = np.empty(n, dtype=np.int64)
    local = np.empty(n, dtype=np.int64)
    for g, members in enumerate(communities):
        group[members] = g
        local[members] = np.arange(len(members))
    same = group[edges[:, 0]] == group[edges[:, 1]]
    inside: list[list[Any]] = [[] for _ in communities]
    for u, v in edges[same].tolist():
        inside[int(group[u])].append((int(local[u]), int(local[v])))
    inner = []
    for members, pairs in zip(communities, inside, strict=True):
        coords = _layout(
            len(members), np.asarray(pairs, dtype=np.int64).reshape(-1, 2), None, seed, depth + 1
        )
        inner.append(coords - coords.mean(axis=0))
    radii = np.asarray([float(np.sqrt((c**2).sum(axis=1)).max()) + 0.5 for c in inner])
    crossing = np.sort(group[edges[~same]], axis=1)
    pairs, counts = np.unique(crossing, axis=0, return_counts=True) if len(crossing) else (crossing, [])
    centres = _layout(
        len(communities), pairs.reshape(-1, 2), 1.0 + np.log(np.asarray(counts, float)), seed, depth + 1
    )
    centres = centres - centres.mean(axis=0)
    reach = float(np.sqrt((centres**2).sum(axis=1)).max()) or 1.0
    centres = _separate(centres / reach * float(np.sqrt((radii**2).sum())), radii)
    coords = np.empty((n, 2))
    for members, placed, centre in zip(communities, inner, centres, strict=True):
        coords[members] = placed + centre
    return coords


def _forces(n: int, edges: Any, weights: Any, seed: int, iterations: int = 60) -> Any:
    """Fruchterman-Reingold with ideal edge length 1 (dense: for a few hundred nodes at most)."""
    np = _numpy()
    attraction = np.zeros((n, n))
    w = np.ones(len(edges)) if weights is None else np.asarray(weights, dtype=np.float64)
    attraction[edges[:, 0], edges[:, 1]] = w
    attraction[edges[:, 1], edges[:, 0]] = w
    side = math.sqrt(n)
    pos = np.random.default_rng(seed).random((n, 2)) * side
    temperature = side * 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        d2 = np.maximum(dx * dx + dy * dy, 1e-4)
        force = 1.0 / d2 - attraction * np.sqrt(d2)
        disp = np.stack([(dx * force).sum(axis=1), (dy * force).sum(axis=1)], axis=1)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _separate(centres: Any, radii: Any, rounds: int = 200) -> Any:
    """Push discs apart (each overlapping pair by half its overlap per round) until none overlap."""
    np = _numpy()
    centres = centres.astype(np.float64).copy()
    count = len(centres)
    angle = np.arange(count * count, dtype=np.float64).reshape(count, count) * 2.399963
    fallback = np.stack([np.cos(angle), np.sin(angle)], axis=-1)  # fixed directions for coincident centres
    need = radii[:, None] + radii[None, :] + _MARGIN
    np.fill_diagonal(need, 0.0)
    for _ in range(rounds):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=-1))
        overlap = np.clip(need - dist, 0.0, None)
        np.fill_diagonal(overlap, 0.0)
        if overlap.max() <= 1e-6:
            break
        direction = np.where(dist[..., None] > 1e-9, delta / np.maximum(dist, 1e-9)[..., None], fallback)
        centres += (overlap[..., None] * direction * 0.5).sum(axis=1)
    return centres


def _pack(sizes: list[Any]) -> list[tuple[float, float]]:
    """Top-left corners that lay boxes of the given sizes in rows, in order, without overlap."""
    if not sizes:
        return []
    area = sum((float(w) + _MARGIN) * (float(h) + _MARGIN) for w, h in sizes)
    row_width = max(max(float(w) for w, _ in sizes), math.sqrt(area) * 1.6)
    corners: list[tuple[float, float]] = []
    x = y = row_height = 0.0
    for w, h in sizes:
        if x > 0 and x + float(w) > row_width:
            x, y, row_height = 0.0, y + row_height + _MARGIN, 0.0
        corners.append((x, y))
        x += float(w) + _MARGIN
        row_height = max(row_height, float(h))
    return corners


# --- The map ---------------------------------------------------------------------------------


def render_map(kb: KnowledgeBase, path: Path, *, title: str = MAP_TITLE, seed: int = 7) -> MapStats:
    """Write the relationship map of ``kb`` to ``path`` (one HTML page, UTF-8) and say what it drew.

    The same ``kb`` always gives the same bytes.
    """
    data = map_data(kb, title=title, seed=seed)
    write_page(path, page_html(static_text("map.html"), title=title, css="map.css", js="map.js", data=data))
    stats = MapStats(nodes=len(data["nodes"]), edges=len(data["edges"]), sentences=len(data["sentences"]))
    logger.info("map %s: %d nodes, %d edges, %d sentences", path, stats.nodes, stats.edges, stats.sentences)
    return stats


def map_data(kb: KnowledgeBase, *, title: str = MAP_TITLE, seed: int = 7) -> dict[str, Any]:
    """Everything the map page shows, as JSON-ready values; nodes and edges are pyvis's.

    Node ids are positions in ``nodes`` (entities by key, then reports by source
    file); ``details[id]`` holds what the side panel shows for node ``id`` and
    ``edgeEvidence[id]`` the evidence of edge ``id``.
    """
    style = styles()
    ctx = ViewContext(kb)
    entity_keys = sorted(key for key, entity in kb.entities.items() if entity.type in _TYPES)
    node_keys = entity_keys + [_report_key(report) for report in ctx.reports]
    node_id = {key: i for i, key in enumerate(node_keys)}

    node_cities = [ctx.entity_cities(key) for key in entity_keys]
    node_cities += [{ctx.city_of_doc.get(report.doc_id, "")} - {""} for report in ctx.reports]
    city_keys = sorted(
        set().union(*node_cities), key=lambda k: (kb.entities[k].code, kb.entities[k].label, k)
    )
    city_index = {key: i for i, key in enumerate(city_keys)}
    city_counts = Counter(city for cities in node_cities for city in cities)

    edges = _collect_edges(ctx, node_id)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(node_keys)))
    graph.add_edges_from((edge.source, edge.target) for edge in edges)
    positions = layout_positions(graph, seed=seed)

    details = [ctx.entity_detail(key) for key in entity_keys] + [ctx.report_detail(r) for r in ctx.reports]
    types = [str(kb.entities[key].type) for key in entity_keys] + [REPORT_TYPE] * len(ctx.reports)
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True)
    net.node_ids = _IdList()  # pyvis checks ids against a list: make that check O(1) for large maps
    for i, (kind, detail) in enumerate(zip(types, details, strict=True)):
        look = style["types"][kind]
        degree = graph.degree(i)
        net.add_node(
            i,
            label=_short(detail["label"]),
            shape=look["shape"],
            color=look["color"],
            x=positions[i][0],
            y=positions[i][1],
            size=round(8 + 4 * math.sqrt(degree), 1) if degree else 8,
            title=f"{detail['label']}（{look['name']}）",
            type=kind,
            cities=sorted(city_index[c] for c in node_cities[i]),
        )
    for number, edge in enumerate(edges):
        net.add_edge(edge.source, edge.target, **_edge_options(number, edge, style["edges"][edge.kind]))
    net.set_options(json.dumps(_vis_options(len(edges))))
    nodes, vis_edges, _heading, _height, _width, options = net.get_network_data()

    type_counts = Counter(types)
    kind_counts = Counter(edge.kind for edge in edges)
    return {
        "title": title,
        "types": [
            {"type": t, "name": s["name"], "color": s["color"], "shape": s["shape"], "count": type_counts[t]}
            for t, s in sorted(style["types"].items(), key=lambda item: item[1]["order"])
        ],
        "edgeKinds": [
            {
                "kind": k,
                "name": s["name"],
                "color": s["color"],
                "dashes": s["dashes"],
                "count": kind_counts[k],
                # On a large map "mentioned in" edges outnumber the facts; they start hidden.
                "hidden": k == MENTIONED_IN and len(edges) >= LARGE,
            }
            for k, s in sorted(style["edges"].items(), key=lambda item: item[1]["order"])
        ],
        "kindNames": style["kinds"],
        "cities": [{"key": k, "label": kb.entities[k].label, "count": city_counts[k]} for k in city_keys],
        "docs": [
            {
                "source": ctx.source(d),
                "title": ctx.title(d),
                "city": city_index.get(ctx.city_of_doc.get(d, ""), -1),
            }
            for d in ctx.doc_ids
        ],
        "sentences": ctx.sentences.rows,
        "nodes": nodes,
        "edges": vis_edges,
        "details": details,
        "edgeEvidence": [spread(edge.refs, MAX_EVIDENCE) for edge in edges],
        "options": json.loads(options),
    }


_TYPES = frozenset(EntityType)
_PARENT_LINK = {EntityType.PLACE: str(Predicate.PART_OF), EntityType.ORGANIZATION: str(Predicate.BASED_IN)}


@dataclass(slots=True)
class _Edge:
    """One drawn edge: every relation between the same two nodes with the same predicate."""

    source: int
    target: int
    kind: str
    roles: set[str] = field(default_factory=set)
    refs: dict[int, list[list[int]]] = field(default_factory=lambda: defaultdict(list))


def _collect_edges(ctx: ViewContext, node_id: dict[str, int]) -> list[_Edge]:
    """The map's edges: facts from text, the hierarchy of places and bodies, links to reports."""
    kb = ctx.kb
    merged: dict[tuple[int, int, str], _Edge] = {}

    def add(subject: str, kind: str, obj: str) -> _Edge | None:
        source, target = node_id.get(subject), node_id.get(obj)
        if source is None or target is None or source == target:
            return None
        return merged.setdefault((source, target, kind), _Edge(source, target, kind))

    skipped = 0
    for relation in sorted(kb.relations, key=_relation_order):
        if relation.predicate is Predicate.MEMBERSHIP and not relation.object:
            continue  # a post with no organization: shown in the person's panel, not as an edge
        edge = add(relation.subject, str(relation.predicate), relation.object)
        if edge is None:
            skipped += 1
            continue
        if relation.predicate is Predicate.MEMBERSHIP and relation.role:
            edge.roles.add(relation.role)
        if relation.sentence != (0, 0) and relation.doc_id in ctx.doc_index:
            ref = ctx.sentences.ref(relation.doc_id, relation.sentence, None)
            refs = edge.refs[ctx.doc_index[relation.doc_id]]
            if ref is not None and ref not in refs:
                refs.append(ref)
    if skipped:
        logger.warning("map: %d relations name entities the knowledge base does not hold; not drawn", skipped)
    for key in sorted(kb.entities):
        entity = kb.entities[key]
        if entity.parent and entity.type in _PARENT_LINK:
            add(key, _PARENT_LINK[entity.type], entity.parent)
    for key in sorted(ctx.docs_of):
        for doc_id in sorted(ctx.docs_of[key]):
            if doc_id in ctx.report_of:
                add(key, MENTIONED_IN, _report_key(ctx.report_of[doc_id]))
    return [merged[k] for k in sorted(merged)]


def _relation_order(relation: Relation) -> tuple[Any, ...]:
    return (
        relation.subject,
        str(relation.predicate),
        relation.object,
        relation.doc_id,
        relation.sentence,
        relation.role,
    )


def _edge_options(number: int, edge: _Edge, look: dict[str, Any]) -> dict[str, Any]:
    roles = "、".join(sorted(edge.roles))
    options: dict[str, Any] = {
        "id": number,
        "kind": edge.kind,
        "color": look["color"],
        "dashes": look["dashes"],
        "title": roles or look["name"],
    }
    if roles:
        options["label"] = _short(roles)
    if not look["arrows"]:
        options["arrows"] = {"to": {"enabled": False}}
    return options


class _IdList(list):  # type: ignore[type-arg]
    """A list of node ids with a set beside it, so pyvis's ``in`` checks take constant time."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _vis_options(edge_count: int) -> dict[str, Any]:
    """vis-network options: positions are given, physics is off; large maps drop curves and hover."""
    large = edge_count >= LARGE
    return {
        "autoResize": True,
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"align": "middle", "face": FONT, "size": 11, "strokeWidth": 3},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1,
        },
        "interaction": {
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "hover": not large,
            "tooltipDelay": 250,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {
            "borderWidth": 1,
            "font": {"face": FONT, "size": 14, "strokeColor": "#ffffff", "strokeWidth": 3},
        },
        "physics": {"enabled": False},
    }
