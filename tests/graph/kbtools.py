"""Building small knowledge bases by hand from real report sentences, for the page tests."""

from __future__ import annotations

import hashlib
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

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


def same_bytes_under_hash_seeds(kb: KnowledgeBase, module: str, function: str, folder: Path) -> bool:
    """Render ``kb`` with ``module.function(kb, path)`` in two processes of different hash seeds and
    say whether the two pages are byte for byte the same."""
    (folder / "kb.pickle").write_bytes(pickle.dumps(kb))
    script = (
        f"import pickle, sys; from pathlib import Path; from {module} import {function}; "
        f"{function}(pickle.loads(Path(sys.argv[1]).read_bytes()), Path(sys.argv[2]))"
    )
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-c", script, folder / "kb.pickle", folder / f"{seed}.html"],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
    return (folder / "1.html").read_bytes() == (folder / "2.html").read_bytes()
