"""The Turtle writer: IRIs, escaping, determinism; rdflib, pyoxigraph and Debian's parsers agree."""

from __future__ import annotations

import dataclasses
import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from extract.records import Doc, Entity, EntityType, KnowledgeBase, Mention, Report
from graph.rdf import (
    _format_block,
    blocks,
    entity_iri,
    escape_string,
    iri_segment,
    key_iri,
    mention_iri,
    to_rdflib,
    write_turtle,
)
from ontology import CPPCC, ID

ROOT = Path(__file__).resolve().parents[2]

NASTY = [
    "a b",
    "a/b",
    'say "hi"',
    "a>b<c",
    "back\\slash",
    "emoji 😀🇨🇳",
    "长" * 500,
    "rtl \u200f\u202e שלום",
    "nul\x00bel\x07",
    "line\nbreak\r\ttab",
    "lone \ud800 surrogates \udfff",
    "bom \ufeff nonchar \uffff \ufffe",
    "%41 percent",
    "..",
    ".",
    "<>{}|^`",
    "\u2028\u2029",
    "tag \U000e0041 private \ue000",
    "full\u3000width",
    "\x7f\x85\x9f",
    "政协大同市委员会",
    "",
]


def turtle_of(kb: KnowledgeBase) -> str:
    out = io.StringIO()
    write_turtle(kb, out)
    return out.getvalue()


def nasty_kb(names: list[str]) -> KnowledgeBase:
    """A person per name, named and mentioned with it, in a report whose file and text hold it."""
    entities, reports, docs, mentions = {}, [], {}, []
    for i, name in enumerate(names):
        doc_id, key = f"doc{i}", f"person/{name}"
        text = f"{name}。{name}"
        entities[key] = Entity(key, EntityType.PERSON, name or "空", "", (name + "别",), (doc_id,))
        reports.append(Report(doc_id, name + ".txt", name, "", "", name, ""))
        docs[doc_id] = Doc(doc_id, name + ".txt", text, text)
        if name:
            mentions.append(
                Mention(doc_id, 0, len(name), name, EntityType.PERSON, key, name, "", (0, len(name) + 1))
            )
    return KnowledgeBase(reports, docs, entities, mentions, [])


# --------------------------------------------------------------------------
# IRIs


@pytest.mark.parametrize(
    ("segment", "encoded"),
    [
        ("140923", "140923"),
        ("郝向华", "郝向华"),
        ("a b", "a%20b"),
        ("a/b", "a%2Fb"),
        ('"q"', "%22q%22"),
        ("a>b", "a%3Eb"),
        ("back\\slash", "back%5Cslash"),
        ("😀", "😀"),
        ("%41", "%2541"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("a.b", "a.b"),
        ("\u200f", "%E2%80%8F"),
        ("\u3000", "%E3%80%80"),
        ("\ud800", "%ED%A0%80"),
        ("\ue000", "%EE%80%80"),
        ("x:y", "x%3Ay"),
    ],
)
def test_rdf_iri_segment(segment, encoded):
    assert iri_segment(segment) == encoded


@pytest.mark.parametrize(
    ("key", "iri"),
    [
        ("place/140923", "https://w3id.org/cppcc-kg/id/place/140923"),
        ("person/140200/郝向华", "https://w3id.org/cppcc-kg/id/person/140200/郝向华"),
        ("org/政协 大同", "https://w3id.org/cppcc-kg/id/org/政协%20大同"),
    ],
)
def test_rdf_key_iri_keeps_segments(key, iri):
    assert key_iri(key) == entity_iri(key) == iri


@pytest.mark.parametrize("name", NASTY)
def test_rdf_iri_is_valid_in_ntriples_and_turtle(name):
    iri = entity_iri(f"person/140200/{name}")
    line = f"<{iri}> <http://example.org/p> <{iri}> .\n"
    for fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE):
        (quad,) = ox.parse(line.encode("utf-8"), format=fmt)
        assert quad.subject.value == iri
    g = rdflib.Graph().parse(data=line, format="nt")
    assert str(next(iter(g))[0]) == iri


@given(st.text(), st.text())
def test_rdf_key_iri_is_injective(a, b):
    if a != b:
        assert key_iri(a) != key_iri(b)


# --------------------------------------------------------------------------
# Literals


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("郝向华", "郝向华"),
        ('他说"好"', '他说\\"好\\"'),
        ("a\\b", "a\\\\b"),
        ("a\nb\r\tc", "a\\nb\\r\\tc"),
        ("\x00\x07\x1f\x7f\x85", "\ufffd\ufffd\ufffd\\u007F\\u0085"),
        ("\u200f\u202e\ufeff\u2028", "\\u200F\\u202E\\uFEFF\\u2028"),
        ("lone\ud800", "lone\ufffd"),
        ("😀", "😀"),
        ("\uffff\ufffe", "\ufffd\ufffd"),
    ],
)
def test_rdf_escape_string(text, escaped):
    assert escape_string(text) == escaped


# --------------------------------------------------------------------------
# The graph


def test_rdf_turtle_parses_to_the_same_graph_as_to_rdflib(kb):
    parsed = rdflib.Graph().parse(data=turtle_of(kb), format="turtle")
    expected = to_rdflib(kb)
    assert len(parsed) == len(expected) > 0
    assert isomorphic(parsed, expected)


def test_rdf_turtle_is_the_generic_format_of_every_block(kb):
    expected = "".join(_format_block(s, pairs) for s, pairs in blocks(kb))
    assert turtle_of(kb).split("\n\n", 1)[1] == expected


def test_rdf_write_turtle_returns_the_triple_count(kb, tmp_path):
    path = tmp_path / "graph.ttl"
    n = write_turtle(kb, path)
    assert n == len(rdflib.Graph().parse(path, format="turtle"))


def test_rdf_write_turtle_to_a_binary_stream(kb):
    out = io.BytesIO()
    write_turtle(kb, out)
    assert out.getvalue().decode("utf-8") == turtle_of(kb)


def test_rdf_turtle_round_trips_through_pyoxigraph(kb):
    store = ox.Store()
    store.load(turtle_of(kb).encode("utf-8"), format=ox.RdfFormat.TURTLE)
    back = rdflib.Graph().parse(
        data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt"
    )
    assert isomorphic(back, to_rdflib(kb))


def test_rdf_output_is_deterministic_whatever_the_input_order(kb):
    first = turtle_of(kb)
    rnd = random.Random(7)
    items = list(kb.entities.items())
    rnd.shuffle(items)
    relations, reports = list(kb.relations), list(kb.reports)
    rnd.shuffle(relations)
    rnd.shuffle(reports)
    shuffled = dataclasses.replace(kb, entities=dict(items), relations=relations, reports=reports)
    assert turtle_of(shuffled) == first
    assert turtle_of(kb) == first


def test_rdf_output_does_not_depend_on_hash_seeds(tmp_path):
    script = (
        "import sys; sys.path.insert(0, 'tests/graph'); from conftest import make_kb; "
        "from graph.rdf import write_turtle; write_turtle(make_kb(), sys.argv[1])"
    )
    outputs = []
    for seed in ("1", "2"):
        path = tmp_path / f"graph{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(path)], check=True, env=env, cwd=ROOT)
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]


def iri(key: str) -> rdflib.URIRef:
    return rdflib.URIRef(entity_iri(key))


@pytest.mark.parametrize(
    ("triple", "present"),
    [
        ((iri("place/611024"), RDF.type, CPPCC.County), True),
        ((iri("place/611024"), RDF.type, CPPCC.Place), True),
        ((iri("place/611024"), CPPCC.partOf, iri("place/611000")), True),
        ((iri("place/611024"), CPPCC.adminCode, rdflib.Literal("611024")), True),
        ((iri("place/500000"), RDF.type, CPPCC.Prefecture), True),
        ((iri("place/500000"), RDF.type, CPPCC.Province), True),
        ((iri("place/500000"), RDF.type, CPPCC.Municipality), True),
        ((iri("org/cppcc/611024"), RDF.type, CPPCC.Committee), True),
        ((iri("org/cppcc/611024"), CPPCC.basedIn, iri("place/611024")), True),
        ((iri("org/cppcc/611024"), RDFS.label, rdflib.Literal("山阳县政协", lang="zh")), True),
        ((iri("org/cppcc/611024"), SKOS.altLabel, rdflib.Literal("县政协", lang="zh")), True),
        ((iri("person/611024/王昕"), CPPCC.mentionedIn, ID["report/sy"]), True),
        ((iri("person/611024/王昕"), RDF.type, CPPCC.Organization), False),
        ((ID["report/sy"], CPPCC.sourceFile, rdflib.Literal("d11_shanyang.txt")), True),
        ((ID["report/sy"], CPPCC.aboutPlace, iri("place/611024")), True),
        ((ID["report/sy"], CPPCC.presentedBy, iri("person/611024/王昕")), True),
        (
            (
                ID["report/py"],
                rdflib.URIRef("http://purl.org/dc/terms/date"),
                rdflib.Literal("2024-01-06", datatype=rdflib.XSD.date),
            ),
            True,
        ),
        (
            (
                ID["report/cq"],
                rdflib.URIRef("http://purl.org/dc/terms/date"),
                rdflib.Literal("2025-01", datatype=rdflib.XSD.gYearMonth),
            ),
            True,
        ),
        ((iri("proposal/370124/数字平阴建设"), CPPCC.proposedBy, iri("person/370124/卢兆亮")), True),
        ((iri("initiative/数字平阴"), CPPCC.involvesPlace, iri("place/370124")), True),
    ],
)
def test_rdf_graph_holds(kb, triple, present):
    assert (triple in to_rdflib(kb)) is present


def test_rdf_membership_node(kb):
    g = to_rdflib(kb)
    (m,) = g.subjects(CPPCC.member, iri("person/611024/王昕"))
    assert (m, RDF.type, CPPCC.Membership) in g
    assert g.value(m, CPPCC.organization) == iri("org/cppcc/611024")
    assert g.value(m, CPPCC.role) == rdflib.Literal("县政协主席", lang="zh")
    sentence = g.value(m, CPPCC.evidence)
    assert str(g.value(sentence, CPPCC.text)) == "县政协主席王昕代表常委会作工作报告。"


def test_rdf_dangling_relation_is_left_out(kb):
    g = to_rdflib(kb)
    assert not any("unknown" in str(o) for o in g.objects())


def test_rdf_fact_evidence_is_reified(kb):
    g = to_rdflib(kb)
    (fact,) = g.subjects(RDF.predicate, CPPCC.proposedBy)
    assert (fact, RDF.type, RDF.Statement) in g
    assert g.value(fact, RDF.subject) == iri("proposal/370124/数字平阴建设")
    assert g.value(fact, RDF.object) == iri("person/370124/卢兆亮")
    assert "卢兆亮" in str(g.value(g.value(fact, CPPCC.evidence), CPPCC.text))
    # reference facts (no sentence) are asserted but not reified
    assert not list(g.subjects(RDF.predicate, CPPCC.partOf))


def test_rdf_mention_nodes_carry_offsets_and_sentence(kb):
    g = to_rdflib(kb)
    assert len(set(g.subjects(RDF.type, CPPCC.Mention))) == len(kb.mentions)
    for m in g.subjects(RDF.type, CPPCC.Mention):
        start, end = g.value(m, CPPCC.start).toPython(), g.value(m, CPPCC.end).toPython()
        report = g.value(m, CPPCC.inReport)
        text = kb.docs[str(report).rsplit("/", 1)[1]].text
        assert text[start:end] == str(g.value(m, CPPCC.anchorText))
        sentence = g.value(m, CPPCC.inSentence)
        assert str(g.value(m, CPPCC.anchorText)) in str(g.value(sentence, CPPCC.text))


def test_rdf_mentions_of_one_span_are_numbered():
    text = "太忻一体化经济区建设"
    kb = KnowledgeBase(
        [Report("d", "d.txt")],
        {"d": Doc("d", "d.txt", text, text)},
        {
            k: Entity(k, t, "太忻一体化经济区", docs=("d",))
            for k, t in (("place/太忻", EntityType.PLACE), ("initiative/太忻", EntityType.INITIATIVE))
        },
        [
            Mention("d", 0, 8, text[:8], t, k, text[:8])
            for k, t in (("initiative/太忻", EntityType.INITIATIVE), ("place/太忻", EntityType.PLACE))
        ],
    )
    g = to_rdflib(kb)
    assert g.value(rdflib.URIRef(mention_iri("d", 0, 8, 0)), CPPCC.mentions) == iri("initiative/太忻")
    assert g.value(rdflib.URIRef(mention_iri("d", 0, 8, 1)), CPPCC.mentions) == iri("place/太忻")


# --------------------------------------------------------------------------
# Arbitrary Unicode

# any code point, lone surrogates included (hypothesis leaves them out unless asked)
characters = st.characters(codec=None, exclude_categories=()) | st.characters(
    min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=()
)
texts = st.text(characters, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4, unique=True))
def test_rdf_any_unicode_gives_turtle_that_rdflib_and_pyoxigraph_read(names):
    kb = nasty_kb(names)
    turtle = turtle_of(kb)
    parsed = rdflib.Graph().parse(data=turtle, format="turtle")
    assert isomorphic(parsed, to_rdflib(kb))
    store = ox.Store()
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(parsed)


@pytest.mark.tools
@pytest.mark.parametrize(
    "command",
    [["rapper", "-q", "-i", "turtle", "-o", "ntriples"], ["serdi", "-i", "turtle", "-o", "ntriples"]],
)
def test_rdf_debian_parsers_read_nasty_strings(tool, tmp_path, command):
    tool(command[0])
    kb = nasty_kb(NASTY)
    path = tmp_path / "nasty.ttl"
    n = write_turtle(kb, path)
    done = subprocess.run([*command, str(path)], capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    ntriples = done.stdout
    assert len([line for line in ntriples.splitlines() if line.strip()]) == n
    assert isomorphic(rdflib.Graph().parse(data=ntriples, format="nt"), to_rdflib(kb))


@pytest.mark.tools
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(names=st.lists(texts, min_size=1, max_size=3, unique=True))
def test_rdf_any_unicode_reads_in_rapper_serdi_and_round_trips_through_pyoxigraph(tool, tmp_path, names):
    """Arbitrary text through names, aliases, sentences and file names: every parser reads the same graph."""
    kb = nasty_kb(names)
    expected = to_rdflib(kb)
    path = tmp_path / "any.ttl"
    write_turtle(kb, path)
    for command in (
        ["rapper", "-q", "-i", "turtle", "-o", "ntriples"],
        ["serdi", "-i", "turtle", "-o", "ntriples"],
    ):
        done = subprocess.run(
            [tool(command[0]), *command[1:], str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert isomorphic(rdflib.Graph().parse(data=done.stdout, format="nt"), expected), command[0]
    store = ox.Store()
    store.load(path.read_bytes(), format=ox.RdfFormat.TURTLE)
    back = ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    assert isomorphic(rdflib.Graph().parse(data=back, format="nt"), expected)
