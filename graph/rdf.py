"""Knowledge base → RDF: streamed Turtle, and an rdflib graph for small builds.

The graph is produced as *blocks*: one subject with its sorted
``(predicate, object)`` pairs, in a fixed order (reports, meetings, entities,
memberships, reified facts, sentences, mentions; each sorted). The Turtle
writer formats blocks one at a time, so the whole graph never sits in memory;
:func:`to_rdflib` builds the same triples as rdflib terms.

Terms inside a block are plain values: an IRI is a ``str``, an integer an
``int`` (``xsd:integer``), a literal a :class:`Lit`.

Text is written as given, except that in literals the characters outside
XML 1.0 (the lexical space of ``xsd:string``: C0 controls but tab, LF and CR,
lone surrogates, U+FFFE, U+FFFF) are *replaced* by U+FFFD, one for one. In
IRIs nothing is replaced: lone surrogates are percent-encoded from their
``surrogatepass`` UTF-8 bytes, so distinct keys keep distinct IRIs.

>>> from extract.records import Entity, EntityType, KnowledgeBase
>>> kb = KnowledgeBase(entities={"place/140923": Entity("place/140923", EntityType.PLACE, "代县")})
>>> import io; out = io.StringIO(); write_turtle(kb, out)
2
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from os import PathLike
from typing import IO, NamedTuple

from extract.records import EntityType, KnowledgeBase, Mention, Predicate, Relation, Report
from ontology import CPPCC, ID, NS, ontology_path

__all__ = [
    "MARKER",
    "Block",
    "Lit",
    "blocks",
    "class_closure",
    "clean_text",
    "entity_iri",
    "escape_string",
    "iri_segment",
    "key_iri",
    "meeting_iri",
    "mention_iri",
    "report_iri",
    "sentence_iri",
    "to_rdflib",
    "turtle_literal",
    "write_turtle",
]

log = logging.getLogger(__name__)

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
ID_BASE = str(ID)

RDF_TYPE = RDF + "type"
PREFIXES = {"cppcc": NS, "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD}


class Lit(NamedTuple):
    """A literal: its text, and a language tag or a datatype IRI (or neither: xsd:string)."""

    value: str
    lang: str = ""
    datatype: str = ""


Term = str | int | Lit
Block = tuple[str, list[tuple[str, Term]]]

# --------------------------------------------------------------------------
# IRIs

# RFC 3987 ucschar, less the characters that print as nothing or as space
# (format controls, bidi marks, variation selectors, fillers, spaces), which are
# percent-encoded so an IRI reads as what it is. Fixed ranges, not Unicode
# categories, so IRIs do not change with the Unicode version.
_UCSCHAR = [(0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF)] + [
    (plane << 16, (plane << 16) + 0xFFFD) for plane in range(1, 15)
]
_INVISIBLE = [
    (0xA0, 0xA0), (0xAD, 0xAD), (0x34F, 0x34F), (0x61C, 0x61C), (0x115F, 0x1160), (0x1680, 0x1680),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x2000, 0x200F), (0x2028, 0x202F), (0x205F, 0x206F),
    (0x3000, 0x3000), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
]


def _subtract(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for lo, hi in ranges:
        for h_lo, h_hi in sorted(holes):
            if h_hi < lo or h_lo > hi:
                continue
            if h_lo > lo:
                out.append((lo, h_lo - 1))
            lo = h_hi + 1
        if lo <= hi:
            out.append((lo, hi))
    return out


_KEPT = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _subtract(_UCSCHAR, _INVISIBLE))
_IRI_UNSAFE = re.compile(f"[^A-Za-z0-9\\-._~{_KEPT}]")


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in match.group().encode("utf-8", "surrogatepass"))


def iri_segment(segment: str) -> str:
    """Percent-encode one path segment (``/`` included), keeping readable Unicode.

    >>> iri_segment("郝向华"), iri_segment('a b/"c"'), iri_segment("..")
    ('郝向华', 'a%20b%2F%22c%22', '%2E%2E')
    """
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return _IRI_UNSAFE.sub(_percent, segment)


@lru_cache(maxsize=1 << 16)
def key_iri(key: str) -> str:
    """The IRI of a ``/``-separated key under ``id/``, each segment encoded.

    >>> key_iri("person/140200/郝向华")
    'https://w3id.org/cppcc-kg/id/person/140200/郝向华'
    """
    return ID_BASE + "/".join(iri_segment(s) for s in key.split("/"))


def entity_iri(key: str) -> str:
    """The IRI of the entity with this ``Entity.key``."""
    return key_iri(key)


@lru_cache(maxsize=1 << 14)
def _doc_segment(doc_id: str) -> str:
    return iri_segment(doc_id)


def report_iri(doc_id: str) -> str:
    return ID_BASE + "report/" + _doc_segment(doc_id)


def sentence_iri(doc_id: str, start: int, end: int) -> str:
    return f"{ID_BASE}sentence/{_doc_segment(doc_id)}/{start}-{end}"


def mention_iri(doc_id: str, start: int, end: int, n: int) -> str:
    """``n`` numbers the mentions of one span (0, 1 ...) in knowledge-base order."""
    return f"{ID_BASE}mention/{_doc_segment(doc_id)}/{start}-{end}-{n}"


def meeting_iri(name: str) -> str:
    """A meeting's IRI: its name as written, as one segment."""
    return ID_BASE + "meeting/" + iri_segment(name)


def _digest(*parts: str) -> str:
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:20]


# --------------------------------------------------------------------------
# Literals

# Literals hold XML 1.0 characters only (the lexical space of xsd:string):
# C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF are
# *replaced* by U+FFFD, one for one, so offsets into sentence text still hold
# and every parser (raptor cuts strings at NUL) reads the same text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ECHAR = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Escaped: what Turtle forbids raw (" \ LF CR), tab, the C1 controls, and the
# invisible format characters (bidi marks, zero-width, line separators, BOM),
# which are legal but unreadable or mangled by editors.
_NEEDS_ESCAPE = re.compile(
    "[\x00-\x1f\"\\\\\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ud800-\udfff\ufeff\ufffe\uffff]"
)


def clean_text(text: str) -> str:
    """``text`` with the characters no literal holds replaced by U+FFFD (see above).

    >>> clean_text("a\\x00b\\ud800")
    'a\ufffdb\ufffd'
    """
    if _NOT_XML.search(text) is None:
        return text
    return _NOT_XML.sub("\ufffd", text)


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    if _NOT_XML.match(ch):
        return "\ufffd"
    return _ECHAR.get(ch) or f"\\u{ord(ch):04X}"


def escape_string(text: str) -> str:
    """The body of a Turtle ``"..."`` string for ``text`` (after :func:`clean_text`).

    >>> escape_string('他说"好"\\n')
    '他说\\\\"好\\\\"\\\\n'
    """
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def turtle_literal(lit: Lit) -> str:
    body = '"' + escape_string(lit.value) + '"'
    if lit.lang:
        return body + "@" + lit.lang
    if lit.datatype:
        return body + "^^" + _turtle_iri(lit.datatype)
    return body


def _prefixed(iri: str) -> str | None:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", iri[len(ns) :]):
            return f"{prefix}:{iri[len(ns):]}"
    return None


_VOCABULARY: dict[str, str] = {RDF_TYPE: "a"}


def _turtle_iri(iri: str) -> str:
    if iri.startswith(ID_BASE):
        return "<" + iri + ">"
    written = _VOCABULARY.get(iri)
    if written is None:
        written = _VOCABULARY[iri] = _prefixed(iri) or f"<{iri}>"
    return written


def _date_literal(date: str) -> Lit:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return Lit(date, datatype=XSD + "date")
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return Lit(date, datatype=XSD + "gYearMonth")
    if re.fullmatch(r"\d{4}", date):
        return Lit(date, datatype=XSD + "gYear")
    log.warning("report date %r is not YYYY, YYYY-MM or YYYY-MM-DD: written as a plain string", date)
    return Lit(date)


# --------------------------------------------------------------------------
# Classes


@lru_cache(maxsize=1)
def _superclasses() -> dict[str, frozenset[str]]:
    """Local name → itself and its cppcc superclasses, read from cppcc.ttl."""
    import rdflib
    from rdflib.namespace import OWL
    from rdflib.namespace import RDFS as _RDFS

    g = rdflib.Graph().parse(ontology_path(), format="turtle")
    classes = {str(c)[len(NS) :] for c in g.subjects(rdflib.RDF.type, OWL.Class) if str(c).startswith(NS)}
    closure = {}
    for name in classes:
        found = {str(c) for c in g.transitive_objects(CPPCC[name], _RDFS.subClassOf)}
        closure[name] = frozenset(c[len(NS) :] for c in found if c.startswith(NS))
    return closure


def class_closure(name: str) -> frozenset[str]:
    """``name`` and its superclasses in the ontology (empty if it is not a class).

    >>> sorted(class_closure("Municipality"))
    ['Municipality', 'Place', 'Prefecture', 'Province']
    """
    return _superclasses().get(name, frozenset())


# --------------------------------------------------------------------------
# Blocks

_PREDICATES = {p: NS + p.value for p in Predicate if p is not Predicate.MEMBERSHIP}
_LINK_OF_PARENT = {EntityType.PLACE: NS + "partOf", EntityType.ORGANIZATION: NS + "basedIn"}
_NO_SENTENCE = (0, 0)


def _block(subject: str, pairs: Iterable[tuple[str, Term]]) -> Block:
    """Deduplicated pairs sorted by predicate then object, ``rdf:type`` first.

    (The objects of one predicate are all IRIs, all literals or all integers.)
    """
    ordered = sorted(set(pairs))
    return subject, [x for x in ordered if x[0] == RDF_TYPE] + [x for x in ordered if x[0] != RDF_TYPE]


_WARNED: set[str] = set()


def _entity_classes(kind: str, type_: str) -> list[str]:
    names = class_closure(kind) if kind else frozenset()
    if kind and not names and kind not in _WARNED:
        _WARNED.add(kind)
        log.warning("unknown entity kind %r (not a class of cppcc.ttl): typed by its type only", kind)
    return [NS + n for n in sorted(names | class_closure(type_) | {type_})]


def _report_blocks(kb: KnowledgeBase) -> Iterator[Block]:
    for report in sorted(kb.reports, key=lambda r: r.doc_id):
        pairs: list[tuple[str, Term]] = [
            (RDF_TYPE, NS + "Report"),
            (NS + "sourceFile", Lit(report.source)),
            (RDFS + "label", Lit(report.title, "zh") if report.title else Lit(report.source)),
        ]
        if report.title:
            pairs.append((NS + "title", Lit(report.title, "zh")))
        if report.date:
            pairs.append((DCTERMS + "date", _date_literal(report.date)))
        if report.meeting:
            pairs.append((NS + "atMeeting", meeting_iri(report.meeting)))
        for prop, key in (("aboutPlace", report.place), ("presentedBy", report.presenter)):
            if key and key in kb.entities:
                pairs.append((NS + prop, entity_iri(key)))
            elif key:
                log.debug("report %s: %s %r is not an entity, left out", report.doc_id, prop, key)
        yield _block(report_iri(report.doc_id), pairs)


def _meeting_blocks(reports: list[Report]) -> Iterator[Block]:
    for meeting in sorted({r.meeting for r in reports if r.meeting}):
        yield _block(
            meeting_iri(meeting),
            [(RDF_TYPE, NS + "Meeting"), (RDFS + "label", Lit(meeting, "zh"))],
        )


def _known(kb: KnowledgeBase, rel: Relation) -> bool:
    if rel.subject in kb.entities and rel.object in kb.entities:
        return True
    if rel.predicate is Predicate.MEMBERSHIP and rel.subject in kb.entities and not rel.object:
        return True  # a post the text gives with no body (记者, 摄影): a membership without organization
    log.debug("relation %s %s %s left out: an end is not an entity", rel.subject, rel.predicate, rel.object)
    return False


def _entity_blocks(kb: KnowledgeBase, facts: dict[tuple[str, str, str], set]) -> Iterator[Block]:
    out_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, p, o in facts:
        out_of[s].append((p, o))
    for key in sorted(kb.entities):
        e = kb.entities[key]
        pairs: list[tuple[str, Term]] = [(RDF_TYPE, c) for c in _entity_classes(e.kind, e.type.value)]
        pairs.append((RDFS + "label", Lit(e.label, "zh")))
        pairs += [(SKOS + "altLabel", Lit(a, "zh")) for a in e.aliases if a != e.label]
        pairs += [(NS + "mentionedIn", report_iri(d)) for d in e.docs]
        if e.code:
            pairs.append((NS + "adminCode", Lit(e.code)))
        if e.parent:
            link = _LINK_OF_PARENT.get(e.type)
            if link is None or e.parent not in kb.entities:
                log.debug("entity %s: parent %r left out (no such entity or no link for a %s)",
                          key, e.parent, e.type)
            else:
                pairs.append((str(link), entity_iri(e.parent)))
        pairs += [(p, entity_iri(o)) for p, o in out_of.get(key, ())]
        yield _block(entity_iri(key), pairs)


def _membership_blocks(memberships: dict[tuple[str, str, str], set]) -> Iterator[Block]:
    nodes = []
    for (person, org, role), evidence in memberships.items():
        pairs: list[tuple[str, Term]] = [(RDF_TYPE, NS + "Membership"), (NS + "member", entity_iri(person))]
        if org:
            pairs.append((NS + "organization", entity_iri(org)))
        if role:
            pairs.append((NS + "role", Lit(role, "zh")))
        pairs += [(NS + "evidence", sentence_iri(*ev)) for ev in evidence]
        nodes.append(_block(key_iri("membership/" + _digest(person, org, role)), pairs))
    yield from sorted(nodes, key=lambda b: b[0])


def _fact_blocks(facts: dict[tuple[str, str, str], set]) -> Iterator[Block]:
    nodes = []
    for (s, p, o), evidence in facts.items():
        if not evidence:
            continue
        pairs: list[tuple[str, Term]] = [
            (RDF_TYPE, RDF + "Statement"),
            (RDF + "subject", entity_iri(s)),
            (RDF + "predicate", p),
            (RDF + "object", entity_iri(o)),
        ]
        pairs += [(NS + "evidence", sentence_iri(*ev)) for ev in evidence]
        nodes.append(_block(key_iri("fact/" + _digest(s, p, o)), pairs))
    yield from sorted(nodes, key=lambda b: b[0])


def _sentence_rows(kb: KnowledgeBase, sentences: set[tuple[str, int, int]]) -> Iterator[tuple]:
    """``(doc_id, start, end, text or None)`` for every sentence, sorted."""
    for doc_id, start, end in sorted(sentences):
        doc = kb.docs.get(doc_id)
        if doc is None:
            log.debug("sentence %s %d-%d: no text (document not in the knowledge base)", doc_id, start, end)
        yield doc_id, start, end, None if doc is None else doc.text[start:end]


def _sentence_blocks(kb: KnowledgeBase, sentences: set[tuple[str, int, int]]) -> Iterator[Block]:
    for doc_id, start, end, text in _sentence_rows(kb, sentences):
        pairs: list[tuple[str, Term]] = [
            (RDF_TYPE, NS + "Sentence"),
            (NS + "end", end),
            (NS + "inReport", report_iri(doc_id)),
            (NS + "start", start),
        ]
        if text is not None:
            pairs.append((NS + "text", Lit(text)))
        yield sentence_iri(doc_id, start, end), pairs


def _sentence_turtle(kb: KnowledgeBase, sentences: set[tuple[str, int, int]]) -> Iterator[tuple[str, int]]:
    """What ``_format_block`` makes of each sentence block, formatted directly (the bulk of a graph)."""
    for doc_id, start, end, text in _sentence_rows(kb, sentences):
        doc = _doc_segment(doc_id)
        head = (f"<{ID_BASE}sentence/{doc}/{start}-{end}>\n    a cppcc:Sentence ;\n    cppcc:end {end} ;\n"
                f"    cppcc:inReport <{ID_BASE}report/{doc}> ;\n    cppcc:start {start}")
        if text is None:
            yield head + " .\n\n", 4
        else:
            yield f'{head} ;\n    cppcc:text "{escape_string(text)}" .\n\n', 5


def _sorted_mentions(mentions: list[Mention]) -> Iterable[Mention]:
    def key(m: Mention) -> tuple:
        return (m.doc_id, m.start, m.end, m.key)

    if all(key(a) <= key(b) for a, b in pairwise(mentions)):
        return mentions
    return sorted(mentions, key=key)


def _mention_rows(kb: KnowledgeBase) -> Iterator[tuple[Mention, int]]:
    """Each mention of a known entity with its number among the mentions of its span."""
    last, n = None, 0
    for m in _sorted_mentions(kb.mentions):
        span = (m.doc_id, m.start, m.end)
        n = n + 1 if span == last else 0
        last = span
        if m.key not in kb.entities:
            log.debug("mention %s %d-%d left out: %r is not an entity", m.doc_id, m.start, m.end, m.key)
            continue
        yield m, n


def _mention_blocks(kb: KnowledgeBase) -> Iterator[Block]:
    for m, n in _mention_rows(kb):
        pairs: list[tuple[str, Term]] = [
            (RDF_TYPE, NS + "Mention"),
            (NS + "anchorText", Lit(m.text)),
            (NS + "end", m.end),
            (NS + "inReport", report_iri(m.doc_id)),
        ]
        if m.sentence != _NO_SENTENCE:
            pairs.append((NS + "inSentence", sentence_iri(m.doc_id, *m.sentence)))
        pairs += [(NS + "mentions", entity_iri(m.key)), (NS + "start", m.start)]
        yield mention_iri(m.doc_id, m.start, m.end, n), pairs


def _mention_turtle(kb: KnowledgeBase) -> Iterator[tuple[str, int]]:
    """What ``_format_block`` makes of each mention block, formatted directly."""
    for m, n in _mention_rows(kb):
        doc = _doc_segment(m.doc_id)
        if m.sentence != _NO_SENTENCE:
            s, e = m.sentence
            sentence, count = f"    cppcc:inSentence <{ID_BASE}sentence/{doc}/{s}-{e}> ;\n", 7
        else:
            sentence, count = "", 6
        yield (
            f"<{ID_BASE}mention/{doc}/{m.start}-{m.end}-{n}>\n    a cppcc:Mention ;\n"
            f'    cppcc:anchorText "{escape_string(m.text)}" ;\n    cppcc:end {m.end} ;\n'
            f"    cppcc:inReport <{ID_BASE}report/{doc}> ;\n{sentence}"
            f"    cppcc:mentions <{entity_iri(m.key)}> ;\n    cppcc:start {m.start} .\n\n"
        ), count


def _gather(kb: KnowledgeBase) -> tuple[dict, dict, set]:
    """Memberships and facts (each with its evidence sentences), and every sentence cited."""
    memberships: dict[tuple[str, str, str], set] = defaultdict(set)
    facts: dict[tuple[str, str, str], set] = defaultdict(set)
    sentences: set[tuple[str, int, int]] = set()
    for rel in kb.relations:
        if not _known(kb, rel):
            continue
        evidence = set()
        if rel.sentence != _NO_SENTENCE:
            evidence.add((rel.doc_id, *rel.sentence))
            sentences.add((rel.doc_id, *rel.sentence))
        if rel.predicate is Predicate.MEMBERSHIP:
            memberships[(rel.subject, rel.object, rel.role)] |= evidence
        else:
            facts[(rel.subject, _PREDICATES[rel.predicate], rel.object)] |= evidence
    sentences.update(
        (m.doc_id, *m.sentence) for m in kb.mentions if m.sentence != _NO_SENTENCE and m.key in kb.entities
    )
    return memberships, facts, sentences


def _head_blocks(kb: KnowledgeBase, memberships: dict, facts: dict) -> Iterator[Block]:
    yield from _report_blocks(kb)
    yield from _meeting_blocks(kb.reports)
    yield from _entity_blocks(kb, facts)
    yield from _membership_blocks(memberships)
    yield from _fact_blocks(facts)


def blocks(kb: KnowledgeBase) -> Iterator[Block]:
    """Every subject of the graph with its sorted pairs, in the fixed order."""
    memberships, facts, sentences = _gather(kb)
    yield from _head_blocks(kb, memberships, facts)
    yield from _sentence_blocks(kb, sentences)
    yield from _mention_blocks(kb)


# --------------------------------------------------------------------------
# Writers


def _format_block(subject: str, pairs: list[tuple[str, Term]]) -> str:
    parts = ["<", subject, ">\n    "]
    last = None
    for p, o in pairs:
        if isinstance(o, str):
            obj = "<" + o + ">" if o.startswith(ID_BASE) else _turtle_iri(o)
        elif isinstance(o, Lit):
            obj = turtle_literal(o)
        else:
            obj = str(o)
        if p == last:
            parts += (" ,\n        ", obj)
        else:
            if last is not None:
                parts.append(" ;\n    ")
            parts += (_VOCABULARY.get(p) or _turtle_iri(p), " ", obj)
            last = p
    parts.append(" .\n\n")
    return "".join(parts)


def write_turtle(kb: KnowledgeBase, path_or_stream: str | PathLike | IO) -> int:
    """Stream the graph of ``kb`` as Turtle; returns the number of triples written.

    ``path_or_stream`` is a file path (written as UTF-8) or an open text or
    binary stream. Output is byte-for-byte the same for the same ``kb``.
    """
    if isinstance(path_or_stream, str | PathLike):
        with open(path_or_stream, "w", encoding="utf-8", newline="\n") as out:
            return _write(kb, out)
    if isinstance(path_or_stream, io.TextIOBase) or hasattr(path_or_stream, "encoding"):
        return _write(kb, path_or_stream)
    text = io.TextIOWrapper(path_or_stream, encoding="utf-8", newline="\n", write_through=True)
    try:
        return _write(kb, text)
    finally:
        text.detach()


MARKER = "# cppcc-kg graph: prefixes, then one block per subject; no literal holds a raw line break\n"
"""First line of every graph :func:`write_turtle` writes: the store may cut such a file
between blocks (at ``" .\\n\\n"``) to load it in bounded memory."""


def _write(kb: KnowledgeBase, out: IO[str]) -> int:
    out.write(MARKER)
    out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n")
    memberships, facts, sentences = _gather(kb)
    head = ((_format_block(s, pairs), len(pairs)) for s, pairs in _head_blocks(kb, memberships, facts))
    count = 0
    buffer: list[str] = []
    for section in (head, _sentence_turtle(kb, sentences), _mention_turtle(kb)):
        for text, n in section:
            count += n
            buffer.append(text)
            if len(buffer) >= 4096:
                out.write("".join(buffer))
                buffer.clear()
    out.write("".join(buffer))
    return count


def to_rdflib(kb: KnowledgeBase):
    """The same triples as :func:`write_turtle`, as an ``rdflib.Graph`` (small builds, tests)."""
    from rdflib import Graph, Literal, URIRef

    def term(o: Term):
        if isinstance(o, Lit):
            value = clean_text(o.value)
            if o.lang:
                return Literal(value, lang=o.lang)
            return Literal(value, datatype=URIRef(o.datatype) if o.datatype else None)
        if isinstance(o, int):
            return Literal(o)
        return URIRef(o)

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for subject, pairs in blocks(kb):
        s = URIRef(subject)
        for p, o in pairs:
            g.add((s, URIRef(p), term(o)))
    return g
