"""Building small knowledge bases by hand from real report sentences, for the page tests."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace

from extract.records import Doc, Entity, KnowledgeBase, Mention, Relation, Report

Sentence = Callable[[str, int], tuple[int, int]]


def make_docs(texts: dict[str, str]) -> dict[str, Doc]:
    """Source file name → Doc (the text is its own view)."""
    return {
        source: Doc(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], source, text, text)
        for source, text in texts.items()
    }


def make_mentions(
    docs: dict[str, Doc],
    entities: dict[str, Entity],
    rows: Iterable[tuple[str, str, str]],
    sentence: Sentence,
) -> list[Mention]:
    """A mention for each (source, surface, key) row, at the surface's first occurrence."""
    mentions = []
    for source, surface, key in rows:
        doc, entity = docs[source], entities[key]
        start = doc.text.index(surface)
        mentions.append(
            Mention(
                doc.doc_id,
                start,
                start + len(surface),
                surface,
                entity.type,
                key,
                entity.label,
                entity.kind,
                sentence(doc.text, start),
            )
        )
    return mentions


def assemble(
    docs: dict[str, Doc],
    entities: dict[str, Entity],
    mentions: list[Mention],
    relations: list[Relation],
    reports: list[Report],
) -> KnowledgeBase:
    """The knowledge base, with each entity's documents taken from its mentions and everything sorted."""
    docs_of: dict[str, set[str]] = {}
    for mention in mentions:
        docs_of.setdefault(mention.key, set()).add(mention.doc_id)
    return KnowledgeBase(
        reports=reports,
        docs={d.doc_id: d for d in docs.values()},
        entities={k: replace(e, docs=tuple(sorted(docs_of.get(k, ())))) for k, e in entities.items()},
        mentions=sorted(mentions, key=lambda m: (m.doc_id, m.start, m.end, m.key)),
        relations=sorted(relations, key=lambda r: (r.subject, r.predicate, r.object, r.doc_id, r.sentence)),
    )
