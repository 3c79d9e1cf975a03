"""Check a build against ``ontology/shapes.ttl`` before it is published.

Two layers, both driven by the same rules:

* :func:`check_records` walks the whole :class:`KnowledgeBase` and applies
  each shape as a plain-Python check on the records (one label, offsets
  ``0 <= start < end``, every entity mentioned in a report, a membership's
  member is a person ...). It is linear and fast: a million mentions take
  seconds.
* :func:`check_graph` runs the SHACL shapes themselves with pyshacl on an
  rdflib graph. pyshacl is slow (tens of thousands of triples a second), so
  :func:`validate` gives it the whole written Turtle when the build is small
  (``shacl_limit`` triples or fewer, about a second and a half of pyshacl) and
  otherwise a closed sample: the mentions and facts of a deterministic sample
  of documents, their reports, and every entity these reach (with their
  ancestors). The sample costs about a second whatever the build's size.

The build calls ``validate(kb, turtle_path)`` after writing the Turtle and
before moving it into place; it raises :class:`GraphInvalid` naming the first
violations.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from os import PathLike
from pathlib import Path

from extract.records import EntityType, KnowledgeBase, Predicate
from graph.rdf import class_closure, entity_iri, mention_iri, report_iri, sentence_iri
from ontology import SHAPES_FILE, ontology_path

__all__ = ["GraphInvalid", "Validation", "Violation", "check_graph", "check_records", "sample_kb", "validate"]

log = logging.getLogger(__name__)

SHACL_LIMIT = 10_000
"""Graphs of at most this many triples are validated whole by pyshacl (it checks about 6,500 a second)."""
SAMPLE_MENTIONS = 300
"""Above it, pyshacl sees the documents of a sample of about this many mentions."""
_TRIPLES_PER_MENTION = 6
"""A mention alone writes at least this many triples (type, entity, report, offsets, sentence)."""
SHOWN = 20
"""How many violations an error message lists."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One failed rule: the node (IRI), the property path, and what is wrong."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"<{self.focus}> {self.path}" if self.path else f"<{self.focus}>"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Validation:
    """What :func:`validate` checked."""

    records: int
    """Records checked in Python (entities, reports, mentions, relations)."""
    shacl_triples: int
    """Triples pyshacl validated."""
    sampled: bool
    """Whether pyshacl saw a sample rather than the whole graph."""


class GraphInvalid(ValueError):
    """The graph breaks the shapes; ``violations`` lists every violation found."""

    def __init__(self, violations: list[Violation], source: str):
        self.violations = violations
        self.source = source
        shown = "\n  ".join(map(str, violations[:SHOWN]))
        more = f"\n  ... and {len(violations) - SHOWN} more" if len(violations) > SHOWN else ""
        super().__init__(
            f"{source} does not conform to {ontology_path(SHAPES_FILE)} "
            f"({len(violations)} violations):\n  {shown}{more}\n"
            "Fix the stage that produced these records; the graph was not published."
        )


# --------------------------------------------------------------------------
# Record-level checks

_P, _O = EntityType.PROPOSAL, EntityType.ORGANIZATION
_ALLOWED = {
    Predicate.PROPOSED_BY: ({EntityType.PROPOSAL}, {EntityType.PERSON, EntityType.ORGANIZATION}),
    Predicate.INVOLVES_PLACE: ({EntityType.PROPOSAL, EntityType.INITIATIVE}, {EntityType.PLACE}),
    Predicate.INVOLVES_ORGANIZATION: ({_P, EntityType.INITIATIVE}, {_O}),
    Predicate.BASED_IN: ({EntityType.ORGANIZATION}, {EntityType.PLACE}),
    Predicate.PART_OF: ({EntityType.PLACE}, {EntityType.PLACE}),
    Predicate.MEMBERSHIP: ({EntityType.PERSON}, {EntityType.ORGANIZATION}),
}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CODE = re.compile(r"[0-9]{6}")


def _span(doc_len: int | None, start: int, end: int) -> str:
    if not 0 <= start < end:
        return f"offsets {start}-{end}: start must be >= 0 and less than end"
    if doc_len is not None and end > doc_len:
        return f"offsets {start}-{end} run past the end of the text ({doc_len} characters)"
    return ""


def check_records(kb: KnowledgeBase) -> list[Violation]:
    """Every violation of the shapes the records would produce, in a stable order."""
    found: list[Violation] = []
    add = found.append
    reports = {r.doc_id for r in kb.reports}
    for key in sorted(kb.entities):
        e = kb.entities[key]
        iri = entity_iri(key)
        if key != e.key:
            add(Violation(iri, "", f"entity filed under key {key!r} but its key is {e.key!r}"))
        if not e.label:
            add(Violation(iri, "rdfs:label", "an entity needs exactly one non-empty rdfs:label"))
        if any(not a for a in e.aliases):
            add(Violation(iri, "skos:altLabel", "empty alias"))
        if e.kind and not class_closure(e.kind):
            add(Violation(iri, "rdf:type", f"kind {e.kind!r} is not a class of cppcc.ttl"))
        elif e.kind and e.type.value not in class_closure(e.kind):
            add(Violation(iri, "rdf:type", f"kind {e.kind!r} is not a subclass of type {e.type.value!r}"))
        if not e.docs and not (e.type is EntityType.PLACE and e.code):
            add(Violation(iri, "cppcc:mentionedIn", "an entity must be mentioned in at least one report"))
        for d in e.docs:
            if d not in reports:
                add(Violation(iri, "cppcc:mentionedIn", f"document {d!r} has no report"))
        if e.code and not _CODE.fullmatch(e.code):
            add(Violation(iri, "cppcc:adminCode", f"code {e.code!r} is not six digits"))
        parent = kb.entities.get(e.parent)
        linked = e.type in (EntityType.PLACE, EntityType.ORGANIZATION)
        if parent is not None and linked and parent.type is not EntityType.PLACE:
            link = "cppcc:partOf" if e.type is EntityType.PLACE else "cppcc:basedIn"
            add(Violation(iri, link, f"parent {e.parent!r} is a {parent.type.value}, not a Place"))
    seen: set[str] = set()
    for r in sorted(kb.reports, key=lambda r: r.doc_id):
        iri = report_iri(r.doc_id)
        if r.doc_id in seen:
            add(Violation(iri, "cppcc:sourceFile", "two reports share this doc_id"))
        seen.add(r.doc_id)
        if not r.source:
            add(Violation(iri, "cppcc:sourceFile", "a report has exactly one non-empty cppcc:sourceFile"))
        for link, key, want in (("cppcc:aboutPlace", r.place, EntityType.PLACE),
                                ("cppcc:presentedBy", r.presenter, EntityType.PERSON)):
            target = kb.entities.get(key)
            if target is not None and target.type is not want:
                add(Violation(iri, link, f"{key!r} is a {target.type.value}, not a {want.value}"))
        if r.date and not _DATE.fullmatch(r.date):
            add(Violation(iri, "dcterms:date", f"date {r.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD"))
    last, n = None, 0
    for m in kb.mentions:
        span = (m.doc_id, m.start, m.end)
        n = n + 1 if span == last else 0
        last = span
        if m.key not in kb.entities:
            continue
        doc = kb.docs.get(m.doc_id)
        problems = []
        problem = _span(len(doc.text) if doc else None, m.start, m.end)
        if problem:
            problems.append(("cppcc:start", problem))
        elif doc is not None and doc.text[m.start : m.end] != m.text:
            problems.append(("cppcc:anchorText", f"text {m.text!r} differs from the report's text at these "
                                                 f"offsets {doc.text[m.start:m.end]!r}"))
        if not m.text:
            problems.append(("cppcc:anchorText", "a mention has exactly one non-empty cppcc:anchorText"))
        if m.doc_id not in reports:
            problems.append(("cppcc:inReport", f"document {m.doc_id!r} has no report"))
        if problems:
            iri = mention_iri(m.doc_id, m.start, m.end, n)
            found += [Violation(iri, path, text) for path, text in problems]
        if m.sentence != (0, 0):
            found += _sentence_violations(kb, m.doc_id, m.sentence)
    found += _single_links(kb)
    for rel in kb.relations:
        s, o = kb.entities.get(rel.subject), kb.entities.get(rel.object)
        if s is not None and o is None and not rel.object and rel.predicate is Predicate.MEMBERSHIP:
            if s.type is not EntityType.PERSON:
                add(Violation(entity_iri(rel.subject), "cppcc:Membership",
                              f"{s.type.value} {rel.subject!r} holds a post: only a person can"))
            if not rel.role:
                add(Violation(entity_iri(rel.subject), "cppcc:role",
                              "a membership has no role: the post as written is required"))
            continue
        if s is None or o is None:
            continue
        subjects, objects = _ALLOWED[rel.predicate]
        what = "cppcc:Membership" if rel.predicate is Predicate.MEMBERSHIP else f"cppcc:{rel.predicate.value}"
        if s.type not in subjects or o.type not in objects:
            add(Violation(entity_iri(rel.subject), what,
                          f"{s.type.value} {rel.subject!r} → {o.type.value} {rel.object!r}: expected "
                          f"{'/'.join(sorted(subjects))} → {'/'.join(sorted(objects))}"))
        if rel.predicate is Predicate.MEMBERSHIP and not rel.role:
            add(Violation(entity_iri(rel.subject), "cppcc:role",
                          f"membership in {rel.object!r} has no role: the post as written is required"))
        found += _sentence_violations(kb, rel.doc_id, rel.sentence)
    return _unique(found)


def _single_links(kb: KnowledgeBase) -> list[Violation]:
    """cppcc:partOf and cppcc:basedIn have one value: the parent and the text must agree."""
    targets: dict[tuple[str, str], set[str]] = {}
    for key, e in kb.entities.items():
        if e.parent in kb.entities and e.type in (EntityType.PLACE, EntityType.ORGANIZATION):
            link = "partOf" if e.type is EntityType.PLACE else "basedIn"
            targets.setdefault((key, link), set()).add(e.parent)
    for rel in kb.relations:
        if rel.predicate in (Predicate.PART_OF, Predicate.BASED_IN) and _ends_known(kb, rel):
            targets.setdefault((rel.subject, rel.predicate.value), set()).add(rel.object)
    return [
        Violation(entity_iri(key), f"cppcc:{link}",
                  f"{len(found)} values {sorted(found)}: it has one (the parent and the relations disagree)")
        for (key, link), found in sorted(targets.items())
        if len(found) > 1
    ]


def _ends_known(kb: KnowledgeBase, rel) -> bool:
    return rel.subject in kb.entities and rel.object in kb.entities


def _sentence_violations(kb: KnowledgeBase, doc_id: str, sentence: tuple[int, int]) -> list[Violation]:
    if sentence == (0, 0):
        return []
    doc = kb.docs.get(doc_id)
    iri = sentence_iri(doc_id, *sentence)
    problem = _span(len(doc.text) if doc else None, *sentence)
    if problem:
        return [Violation(iri, "cppcc:start", problem)]
    if doc is None:
        return [Violation(iri, "cppcc:text", f"document {doc_id!r} is not in the knowledge base: no text")]
    return []


def _unique(found: Iterable[Violation]) -> list[Violation]:
    return list(dict.fromkeys(found))


# --------------------------------------------------------------------------
# SHACL


def _shapes():
    import rdflib

    return rdflib.Graph().parse(ontology_path(SHAPES_FILE), format="turtle")


def check_graph(graph) -> list[Violation]:
    """Run shapes.ttl with pyshacl on an rdflib graph (or a Turtle file path)."""
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    if isinstance(graph, str | PathLike):
        graph = rdflib.Graph().parse(Path(graph), format="turtle")
    _, results, _ = pyshacl.validate(graph, shacl_graph=_shapes(), allow_warnings=True)
    found = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        text = str(message) if message else str(results.value(result, SH.sourceConstraintComponent))
        if value is not None:
            text += f" (value: {value.n3()})"
        found.append(Violation(str(focus), graph.namespace_manager.normalizeUri(path) if path else "", text))
    return sorted(_unique(found), key=lambda v: (v.focus, v.path, v.message))


def sample_kb(kb: KnowledgeBase, mentions: int = SAMPLE_MENTIONS) -> KnowledgeBase:
    """A closed part of ``kb`` for pyshacl.

    Documents are picked by a hash of their id until about ``mentions``
    mentions; the sample holds their mentions and relations. Then, for each
    kind of entity, relation or presenter that none of them has, the first
    document (in the same order) that has one lends its report and just those
    mentions or relations, so that every kind of node and link the build wrote
    is checked at least once. Added to these: the entities they reach (with
    their ancestors and the reports' places and presenters). An entity keeps
    only the picked documents among its ``docs`` (or its first document, whose
    report is then added), so the sample stays small however widely an entity
    is mentioned.
    """

    def kind(m) -> str | None:
        e = kb.entities.get(m.key)
        return (e.kind or e.type.value) if e is not None else None

    per_doc: dict[str, int] = {}
    for m in kb.mentions:
        per_doc[m.doc_id] = per_doc.get(m.doc_id, 0) + 1
    order = sorted(per_doc, key=lambda d: hashlib.sha256(d.encode("utf-8", "surrogatepass")).digest())
    chosen, total = set(), 0
    for doc_id in order:
        if total >= mentions:
            break
        chosen.add(doc_id)
        total += per_doc[doc_id]
    # The first document, in the same order, of each kind of thing the picked ones lack.
    rank = {d: i for i, d in enumerate(order)}
    lent: dict[str, str] = {}
    things = [(m.doc_id, kind(m)) for m in kb.mentions]
    things += [(r.doc_id, r.predicate.value) for r in kb.relations]
    things += [(r.doc_id, "presenter") for r in kb.reports if r.presenter]
    have = {what for doc_id, what in things if doc_id in chosen}
    for doc_id, what in things:
        if what is None or what in have or doc_id not in rank:
            continue
        if what not in lent or rank[doc_id] < rank[lent[what]]:
            lent[what] = doc_id
    extra = {(doc_id, what) for what, doc_id in lent.items()}
    kept_mentions = [m for m in kb.mentions if m.doc_id in chosen or (m.doc_id, kind(m)) in extra]
    kept_relations = [
        r for r in kb.relations if r.doc_id in chosen or (r.doc_id, r.predicate.value) in extra
    ]
    chosen |= {doc_id for doc_id, _ in extra}
    keys = {m.key for m in kept_mentions}
    keys |= {k for r in kept_relations for k in (r.subject, r.object)}
    keys |= {k for r in kb.reports if r.doc_id in chosen for k in (r.place, r.presenter)}
    todo = sorted(keys)
    by_id = {r.doc_id: r for r in kb.reports}
    entities, docs = {}, set(chosen)
    while todo:
        key = todo.pop()
        if key in entities or key not in kb.entities:
            continue
        e = kb.entities[key]
        mine = tuple(d for d in e.docs if d in chosen) or e.docs[:1]
        entities[key] = replace(e, docs=mine)
        todo.append(e.parent)
        for d in set(mine) - docs:
            docs.add(d)
            if d in by_id:
                todo += [by_id[d].place, by_id[d].presenter]
    reports = [r for r in kb.reports if r.doc_id in docs]
    return replace(kb, reports=reports, entities=entities, mentions=kept_mentions, relations=kept_relations)


# --------------------------------------------------------------------------
# The build's entry point


def validate(
    kb: KnowledgeBase | None = None,
    turtle: str | PathLike | None = None,
    *,
    triples: int | None = None,
    shacl_limit: int = SHACL_LIMIT,
    sample_mentions: int = SAMPLE_MENTIONS,
) -> Validation:
    """Check a build; raise :class:`GraphInvalid` if it breaks the shapes.

    With ``kb``: the record checks over everything, then pyshacl over the
    written ``turtle`` (or ``to_rdflib(kb)`` when no file is given) if the build
    has at most ``shacl_limit`` triples (``triples``, the count the writer
    returned, or the triples of the graph of ``kb``), else over
    :func:`sample_kb`. With ``turtle`` alone: pyshacl over the whole file
    (fine for small files only).
    """
    from graph.rdf import to_rdflib

    if kb is None and turtle is None:
        raise ValueError("validate() needs the knowledge base, the written Turtle file, or both")
    source = str(turtle) if turtle is not None else "the knowledge base"
    records = 0
    if kb is not None:
        records = len(kb.entities) + len(kb.reports) + len(kb.mentions) + len(kb.relations)
        found = check_records(kb)
        if found:
            raise GraphInvalid(found, source)
    sampled, whole = False, None
    if kb is not None:
        if triples is None and len(kb.mentions) <= shacl_limit // _TRIPLES_PER_MENTION:
            whole = to_rdflib(kb)
            triples = len(whole)
        sampled = triples is None or triples > shacl_limit
    if sampled:
        graph = to_rdflib(sample_kb(kb, sample_mentions))
    elif turtle is not None:
        import rdflib

        graph = rdflib.Graph().parse(Path(turtle), format="turtle")
    else:
        graph = whole if whole is not None else to_rdflib(kb)
    found = check_graph(graph)
    if found:
        raise GraphInvalid(found, source)
    log.info("%s conforms: %d records checked, pyshacl on %d triples%s", source, records, len(graph),
             " (sample)" if sampled else "")
    return Validation(records, len(graph), sampled)
