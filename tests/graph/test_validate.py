"""Validation accepts a good build and refuses a bad one, naming the node."""

from __future__ import annotations

import dataclasses

import pytest
import rdflib

from extract.records import EntityType, KnowledgeBase, Predicate, Relation
from graph.rdf import entity_iri, mention_iri, report_iri, to_rdflib, write_turtle
from graph.validate import GraphInvalid, check_graph, check_records, sample_kb, validate
from ontology import CPPCC


def test_validate_accepts_a_good_build(kb, tmp_path):
    path = tmp_path / "graph.ttl"
    n = write_turtle(kb, path)
    result = validate(kb, path)
    assert result.shacl_triples == n
    assert not result.sampled


def test_validate_samples_large_builds(kb):
    result = validate(kb, shacl_limit=3, sample_mentions=4)
    assert result.sampled
    assert 0 < result.shacl_triples < len(to_rdflib(kb))


def test_validate_sample_is_closed(kb):
    assert check_graph(to_rdflib(sample_kb(kb, 1))) == []


def test_validate_sample_has_every_kind_of_node_and_link(kb):
    whole, part = to_rdflib(kb), to_rdflib(sample_kb(kb, 1))
    assert set(part.objects(None, rdflib.RDF.type)) == set(whole.objects(None, rdflib.RDF.type))
    assert set(part.predicates()) == set(whole.predicates())
    assert len(part) < len(whole)


def test_validate_turtle_alone(kb, tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(kb, path)
    assert validate(turtle=path).records == 0


def entity(kb: KnowledgeBase, key: str, **changes) -> None:
    kb.entities[key] = dataclasses.replace(kb.entities[key], **changes)


def mention(kb: KnowledgeBase, i: int, **changes) -> None:
    kb.mentions[i] = dataclasses.replace(kb.mentions[i], **changes)


def first_mention_iri(kb: KnowledgeBase) -> str:
    m = kb.mentions[0]
    return mention_iri(m.doc_id, m.start, m.end, 0)


# (name, how to break the fixture, the node the message must name, words it must hold)
BREAKS = [
    (
        "no label",
        lambda kb: entity(kb, "person/611024/王昕", label=""),
        entity_iri("person/611024/王昕"),
        "rdfs:label",
    ),
    ("start >= end", lambda kb: mention(kb, 0, end=kb.mentions[0].start), first_mention_iri, "start"),
    (
        "not mentioned",
        lambda kb: entity(kb, "person/611024/王昕", docs=()),
        entity_iri("person/611024/王昕"),
        "mentionedIn",
    ),
    (
        "unknown kind",
        lambda kb: entity(kb, "place/611024", kind="Galaxy"),
        entity_iri("place/611024"),
        "Galaxy",
    ),
    (
        "kind of another type",
        lambda kb: entity(kb, "place/611024", kind="Committee"),
        entity_iri("place/611024"),
        "Committee",
    ),
    (
        "partOf a person",
        lambda kb: entity(kb, "place/611024", parent="person/611024/王昕"),
        entity_iri("place/611024"),
        "partOf",
    ),
    (
        "bad code",
        lambda kb: entity(kb, "place/611024", code="61102"),
        entity_iri("place/611024"),
        "adminCode",
    ),
    (
        "no source file",
        lambda kb: kb.reports.__setitem__(0, dataclasses.replace(kb.reports[0], source="")),
        report_iri("cq"),
        "sourceFile",
    ),
    (
        "role missing",
        lambda kb: kb.relations.append(
            Relation("person/370124/卢兆亮", Predicate.MEMBERSHIP, "org/cppcc/370124", "py", (0, 10), "")
        ),
        entity_iri("person/370124/卢兆亮"),
        "role",
    ),
    (
        "membership of a place",
        lambda kb: kb.relations.append(
            Relation("person/370124/卢兆亮", Predicate.MEMBERSHIP, "place/370124", "py", (0, 10), "委员")
        ),
        entity_iri("person/370124/卢兆亮"),
        "Membership",
    ),
    (
        "two parents",
        lambda kb: kb.relations.append(
            Relation("place/611024", Predicate.PART_OF, "place/370100", "sy", (0, 10))
        ),
        entity_iri("place/611024"),
        "partOf",
    ),
    ("text off its offsets", lambda kb: mention(kb, 0, text="别的"), first_mention_iri, "anchorText"),
]


@pytest.mark.parametrize(("name", "breaks", "node", "words"), BREAKS, ids=[b[0] for b in BREAKS])
def test_validate_refuses_a_bad_build(kb, name, breaks, node, words):
    breaks(kb)
    node = node(kb) if callable(node) else node
    with pytest.raises(GraphInvalid) as err:
        validate(kb)
    assert node in str(err.value)
    assert words in str(err.value)
    assert any(v.focus == node for v in err.value.violations)


# Broken graphs the shapes themselves catch (pyshacl, no records involved)
SHACL_BREAKS = [
    ("no label", lambda g, s: g.remove((s, rdflib.RDFS.label, None)), "rdfs:label"),
    (
        "two labels",
        lambda g, s: g.add((s, rdflib.RDFS.label, rdflib.Literal("又一个", lang="zh"))),
        "rdfs:label",
    ),
    (
        "label not Chinese",
        lambda g, s: g.set((s, rdflib.RDFS.label, rdflib.Literal("Wang Xin", lang="en"))),
        "rdfs:label",
    ),
    ("no report", lambda g, s: g.remove((s, CPPCC.mentionedIn, None)), "mentionedIn"),
]


@pytest.mark.parametrize(("name", "breaks", "words"), SHACL_BREAKS, ids=[b[0] for b in SHACL_BREAKS])
def test_validate_shapes_catch_a_bad_entity(kb, name, breaks, words):
    g = to_rdflib(kb)
    node = rdflib.URIRef(entity_iri("person/611024/王昕"))
    breaks(g, node)
    found = check_graph(g)
    assert any(v.focus == str(node) and words in v.path for v in found), found


@pytest.mark.parametrize(
    ("start", "end"),
    [(5, 5), (7, 3), (-1, 3)],
)
def test_validate_shapes_catch_bad_mention_offsets(kb, start, end):
    g = to_rdflib(kb)
    m = next(iter(sorted(g.subjects(rdflib.RDF.type, CPPCC.Mention))))
    g.set((m, CPPCC.start, rdflib.Literal(start)))
    g.set((m, CPPCC.end, rdflib.Literal(end)))
    assert any(v.focus == str(m) for v in check_graph(g))


def test_validate_shapes_catch_a_membership_without_role(kb):
    g = to_rdflib(kb)
    m = next(iter(g.subjects(rdflib.RDF.type, CPPCC.Membership)))
    g.remove((m, CPPCC.role, None))
    assert [v.path for v in check_graph(g) if v.focus == str(m)] == ["cppcc:role"]


def test_validate_shapes_catch_part_of_a_non_place(kb):
    g = to_rdflib(kb)
    county = rdflib.URIRef(entity_iri("place/611024"))
    g.set((county, CPPCC.partOf, rdflib.URIRef(entity_iri("person/611024/王昕"))))
    assert any(v.focus == str(county) and v.path == "cppcc:partOf" for v in check_graph(g))


def test_validate_records_of_the_fixture_are_clean(kb):
    assert check_records(kb) == []


def test_validate_message_names_the_file_and_what_to_do(kb, tmp_path):
    entity(kb, "person/611024/王昕", label="")
    with pytest.raises(GraphInvalid, match=r"graph\.ttl does not conform") as err:
        validate(kb, tmp_path / "graph.ttl")
    assert "Fix the stage" in str(err.value)


def test_validate_needs_something():
    with pytest.raises(ValueError, match="needs"):
        validate()


def test_validate_coded_places_may_be_unmentioned(kb):
    assert kb.entities["place/610000"].docs == ()
    assert kb.entities["place/610000"].type is EntityType.PLACE
    assert check_records(kb) == []


def test_validate_accepts_a_post_without_a_body():
    """记者 王斌: the text gives a post and no body; the membership has no organization."""
    from extract.read import make_doc
    from extract.records import Entity, EntityType, KnowledgeBase, Mention, Predicate, Relation, Report
    from graph.validate import validate

    doc = make_doc("本报讯（记者 王斌）会议开幕。", "byline.txt")
    start = doc.text.index("王斌")
    kb = KnowledgeBase(
        reports=[Report(doc.doc_id, doc.source)],
        docs={doc.doc_id: doc},
        entities={"person/x/王斌": Entity("person/x/王斌", EntityType.PERSON, "王斌", docs=(doc.doc_id,))},
        mentions=[
            Mention(
                doc.doc_id,
                start,
                start + 2,
                "王斌",
                EntityType.PERSON,
                "person/x/王斌",
                "王斌",
                sentence=(0, len(doc.text)),
            )
        ],
        relations=[
            Relation("person/x/王斌", Predicate.MEMBERSHIP, "", doc.doc_id, (0, len(doc.text)), role="记者")
        ],
    )
    validate(kb)
