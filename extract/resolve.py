"""Merge the documents' results into one knowledge base: one node per real thing.

Keys decide identity (the recognisers give places their codes, bodies their place's code, people
their city, programmes their name); here the names met are gathered and every list sorted.

Every form a report writes for a thing is one of its names (skos:altLabel), the forms that point
from the report's place too: 市政协 in a Datong report names 政协大同市委员会 there, as the
annotation guidelines count it. Several bodies can so share a name such as 县委; their labels and
places tell them apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from extract.normalize import to_simplified
from extract.records import DocResult, Entity, EntityType, KnowledgeBase, Predicate, Relation

__all__ = ["resolve"]

_LINE_BREAK = re.compile(r"[ \t\u3000]*\n\s*")


def resolve(results: Iterable[DocResult]) -> KnowledgeBase:
    """Merge per-document results (in any order) into a sorted, deduplicated knowledge base."""
    results = sorted(results, key=lambda r: r.doc.doc_id)
    kb = KnowledgeBase()
    base: dict[str, Entity] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        kb.docs[r.doc.doc_id] = r.doc
        kb.reports.append(r.report)
        for e in r.entities:
            if e.key not in base or (not base[e.key].code and e.code):
                base[e.key] = e
            aliases[e.key].update(_LINE_BREAK.sub("", a) for a in e.aliases)
        for m in r.mentions:
            docs[m.key].add(m.doc_id)
            if not m.shared:  # 省 of 省、市政协 is evidence of the committee, but no name of it
                surface = _LINE_BREAK.sub("", m.text.strip())  # a name set over two lines is one name
                surfaces[m.key][surface] += 1
            if m.key not in base:
                base[m.key] = Entity(key=m.key, type=m.type, label=m.label, kind=m.kind)
    for key, e in sorted(base.items()):
        if key not in docs and not (e.type is EntityType.PLACE and e.code):
            continue  # named by no report (a post's body inferred from context): not a node
        label = e.label
        names = set(aliases[key]) | set(surfaces[key])
        if e.type in (EntityType.PERSON, EntityType.PROPOSAL, EntityType.INITIATIVE) and surfaces[key]:
            # As written wins for names drawn from text (traditional stays traditional);
            # the simplified form becomes an alias.
            written = max(surfaces[key].items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
            if to_simplified(written) == label:
                label = written
        names |= {to_simplified(n) for n in names}
        names.add(e.label)
        names.discard(label)
        names = {n for n in names if n.strip()}
        kb.entities[key] = Entity(
            key=key,
            type=e.type,
            label=label,
            kind=e.kind,
            aliases=tuple(sorted(names)),
            docs=tuple(sorted(docs.get(key, ()))),
            code=e.code,
            parent=e.parent,
        )
    kb.reports.sort(key=lambda r: r.doc_id)
    kb.mentions = sorted(
        (m for r in results for m in r.mentions), key=lambda m: (m.doc_id, m.start, m.end, m.key)
    )
    relations = set()
    for r in results:
        for rel in r.relations:
            if rel.subject not in kb.entities:
                continue
            if rel.object and rel.object not in kb.entities:
                if rel.predicate is not Predicate.MEMBERSHIP:
                    continue
                rel = Relation(rel.subject, rel.predicate, "", rel.doc_id, rel.sentence, rel.role)
            if not rel.object and rel.predicate is not Predicate.MEMBERSHIP:
                continue
            relations.add(rel)
    kb.relations = sorted(
        relations, key=lambda r: (r.doc_id, r.sentence, r.subject, r.predicate, r.object, r.role)
    )
    return kb
