"""The records that flow through the pipeline.

Text goes in as a :class:`Doc`; recognisers turn it into :class:`Mention`s and
:class:`Relation`s (one :class:`DocResult` per document); resolution merges
mentions across documents into :class:`Entity` records, gathered with the
reports in a :class:`KnowledgeBase`, which ``graph/`` turns into RDF, networkx
and the map.

Every record is frozen and made of plain values, so results can be cached on
disk and sent between processes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Doc",
    "DocResult",
    "Entity",
    "EntityType",
    "KnowledgeBase",
    "Mention",
    "Predicate",
    "Relation",
    "Report",
]


class EntityType(StrEnum):
    """The five entity types of the ontology (local names of its classes)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PROPOSAL = "Proposal"
    INITIATIVE = "Initiative"


class Predicate(StrEnum):
    """Relations drawn from text (local names of ontology properties).

    ``MEMBERSHIP`` is not a property: it becomes a ``cppcc:Membership`` node with
    ``cppcc:member`` (subject), ``cppcc:organization`` (object) and ``cppcc:role``.
    """

    MEMBERSHIP = "Membership"
    PROPOSED_BY = "proposedBy"
    INVOLVES_PLACE = "involvesPlace"
    INVOLVES_ORGANIZATION = "involvesOrganization"
    BASED_IN = "basedIn"
    PART_OF = "partOf"


@dataclass(frozen=True, slots=True)
class Doc:
    """One input report, decoded."""

    doc_id: str
    """Stable id: the first 16 hex digits of the SHA-256 of ``text``."""
    source: str
    """The input file's name (no folder), as ``cppcc:sourceFile`` gives it."""
    text: str
    """The decoded text, line endings folded to ``\\n`` and a hard-wrapped text's breaks inside its
    paragraphs dropped; all offsets index this."""
    view: str
    """What recognisers read: ``text`` with traditional characters simplified and
    full-width forms folded, character for character (``len(view) == len(text)``)."""
    encoding: str = "utf-8"
    """The encoding the file was decoded with."""
    glosses: tuple[tuple[int, str], ...] = ()
    """Pinyin glosses a mirror site printed after characters (政協(xié)), dropped from ``text``:
    each with the offset in ``text`` where it stood, in order."""

    def as_written(self, start: int, end: int) -> str:
        """``text[start:end]`` with the glosses that stood inside it or right after it put back."""
        if not self.glosses:
            return self.text[start:end]
        at = bisect.bisect_right(self.glosses, (start, "\uffff"))
        parts, last = [], start
        for offset, gloss in self.glosses[at:]:
            if offset > end:
                break
            parts += [self.text[last:offset], gloss]
            last = offset
        return "".join(parts) + self.text[last:end]


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names an entity."""

    doc_id: str
    start: int
    """Offset of the first character in ``Doc.text``."""
    end: int
    """Offset after the last character (``Doc.text[start:end] == text``)."""
    text: str
    """The surface form as written."""
    type: EntityType
    key: str
    """The resolution key: mentions with the same key are the same entity
    (``place/140923``, ``org/cppcc/140200``, ``person/140200/郝向华`` ...)."""
    label: str
    """The canonical name this mention proposes for its entity (simplified)."""
    kind: str = ""
    """The ontology subclass, when finer than ``type`` (``County``, ``Committee`` ...)."""
    sentence: tuple[int, int] = (0, 0)
    """Offsets of the sentence the mention stands in: its evidence."""
    shared: bool = False
    """The span names the entity only with a word it shares with the list's last item (省 of 省、市政协,
    涿州市 of 涿州市、涞水县政协): evidence of the entity, but no name of it."""


@dataclass(frozen=True, slots=True)
class Relation:
    """A fact between two entities, drawn from one sentence."""

    subject: str
    """Key of the subject entity (the person of a membership)."""
    predicate: Predicate
    object: str
    """Key of the object entity (the organization of a membership)."""
    doc_id: str
    sentence: tuple[int, int] = (0, 0)
    """Offsets of the evidence sentence in ``Doc.text``; ``(0, 0)`` for facts
    that come from reference data (the gazetteer's hierarchy), not from text."""
    role: str = ""
    """For memberships: the post as written (市政协副主席)."""


@dataclass(frozen=True, slots=True)
class Report:
    """What a document says about itself: the ``cppcc:Report`` node."""

    doc_id: str
    source: str
    title: str = ""
    place: str = ""
    """Key of the report's own place (``place/140923`` for 代县), or empty."""
    presenter: str = ""
    """Key of the person who presents the report, or empty."""
    meeting: str = ""
    """The session it was given at, as written (政协第十五届大同市委员会第二次会议)."""
    date: str = ""
    """ISO date (``2023-03-19``), year-month or year, as far as the text gives it."""


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extracted from one document."""

    doc: Doc
    report: Report
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    entities: tuple[Entity, ...] = ()
    """Entities this document introduces with attributes mentions cannot carry
    (places with their codes and parents, committees with their place)."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing, merged across mentions and documents."""

    key: str
    type: EntityType
    label: str
    """Canonical name (simplified Chinese)."""
    kind: str = ""
    """Ontology subclass (``Prefecture``, ``Committee`` ...) or empty."""
    aliases: tuple[str, ...] = ()
    """Every other surface form met, sorted."""
    docs: tuple[str, ...] = ()
    """Ids of the documents that mention it, sorted."""
    code: str = ""
    """GB/T 2260 six-digit code, for administrative divisions."""
    parent: str = ""
    """Key of the directly enclosing place (places) or the place an
    organization is based in (organizations), or empty."""


@dataclass(slots=True)
class KnowledgeBase:
    """The resolved build: what ``graph/`` writes out."""

    reports: list[Report] = field(default_factory=list)
    docs: dict[str, Doc] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    """By key."""
    mentions: list[Mention] = field(default_factory=list)
    """Sorted by (doc_id, start, end, key)."""
    relations: list[Relation] = field(default_factory=list)
    """Deduplicated and sorted."""
