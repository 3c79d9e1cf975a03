"""The published queries: same rows in every engine, the right spans, readable output."""

from __future__ import annotations

import csv
import io
import json
import subprocess

import pytest
import rdflib

from extract.records import Predicate, Relation
from graph.query import (
    QUERY_DIR,
    format_csv,
    format_json,
    format_table,
    list_queries,
    load_query,
    run_query,
)
from graph.rdf import write_turtle
from ontology import ontology_path

PUBLISHED = ["committees", "initiatives", "mentions", "people", "proposals", "spans"]

# The scorer's definition of spans (shared/eval/score.py, SPAN_QUERY): spans.rq must agree.
SCORER_SPANS = """
PREFIX cppcc: <https://w3id.org/cppcc-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?i ?name ?cityname WHERE {
  ?i a/rdfs:subClassOf* cppcc:Initiative .
  { ?i rdfs:label ?name } UNION { ?i skos:altLabel ?name }
  { ?i cppcc:mentionedIn/cppcc:aboutPlace ?p } UNION { ?i cppcc:involvesPlace ?p }
  ?p cppcc:partOf* ?city .
  ?city a/rdfs:subClassOf* cppcc:Prefecture ; rdfs:label ?cityname .
}
"""


@pytest.fixture
def graph_path(kb, tmp_path):
    # one initiative also involves a county of another city
    initiative = "initiative/“一都四区”示范县"
    kb.relations.append(Relation(initiative, Predicate.INVOLVES_PLACE, "place/370124", "sy"))
    path = tmp_path / "graph.ttl"
    write_turtle(kb, path)
    return path


def test_query_published_names():
    assert list(list_queries()) == PUBLISHED


@pytest.mark.parametrize("name", PUBLISHED)
def test_query_has_a_comment_header_and_order(name):
    text = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
    assert text.startswith(f"# {name}: ")
    assert "ORDER BY" in text
    assert list_queries()[name]


@pytest.mark.parametrize("name", PUBLISHED)
def test_query_same_rows_in_rdflib_and_oxigraph(graph_path, tmp_path, name):
    sparql = load_query(name)
    in_memory = run_query(sparql, graph_path=graph_path)
    stored = run_query(sparql, graph_path=graph_path, store_dir=tmp_path / "store")
    by_rdflib = run_query(sparql, graph_path=graph_path, engine="rdflib")
    assert in_memory == stored == by_rdflib
    assert in_memory[1], f"{name} gives no rows on the sample graph"


def test_query_spans_answers_the_hand_made_case(graph_path):
    _, rows = run_query(load_query("spans"), graph_path=graph_path)
    assert [(name, city) for name, city, _, _ in rows] == [
        ("“一都四区”示范县", "商洛市"),  # a county's report counts for its prefecture
        ("“一都四区”示范县", "济南市"),  # an involved county counts for its prefecture
        ("“五好山阳”", "商洛市"),
        ("“渝事好商量”", "重庆市"),  # a municipality is a city
        ("数字平阴", "济南市"),
    ]


def test_query_spans_agrees_with_the_scorer(graph_path):
    g = rdflib.Graph().parse(graph_path, format="turtle").parse(ontology_path(), format="turtle")
    scorer = {(str(i), str(city)) for i, _, city in g.query(SCORER_SPANS)}
    _, rows = run_query(load_query("spans"), graph_path=graph_path, engine="rdflib")
    assert {(i, city) for _, city, i, _ in rows} == scorer


def test_query_spans_needs_no_ontology(graph_path):
    g = rdflib.Graph().parse(graph_path, format="turtle")
    assert len(g.query(load_query("spans"))) == 5


def test_query_people_lists_posts_with_and_without_a_body(graph_path):
    _, rows = run_query(load_query("people"), graph_path=graph_path)
    posts = {(name, role, org) for name, role, org, _, _ in rows}
    assert ("王斌", "记者", None) in posts
    assert ("王昕", "县政协主席", "山阳县政协") in posts
    assert ("卢兆亮", None, None) in posts


@pytest.mark.tools
def test_query_roqet_runs_spans(tool, graph_path):
    roqet = tool("roqet")
    done = subprocess.run([roqet, "-q", "-D", str(graph_path), "-r", "csv", str(QUERY_DIR / "spans.rq")],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    header, *rows = list(csv.reader(io.StringIO(done.stdout)))
    expected = run_query(load_query("spans"), graph_path=graph_path)
    assert (header, [tuple(r) for r in rows]) == expected


@pytest.mark.parametrize(
    ("name", "error"),
    [("nosuch", "no query 'nosuch'"), ("../spans", "no query"), ("missing.rq", "no query")],
)
def test_query_load_errors_list_the_published(name, error):
    with pytest.raises(ValueError, match=error) as err:
        load_query(name)
    assert "spans" in str(err.value)


@pytest.mark.parametrize("name", ["spans", "spans.rq", str(QUERY_DIR / "spans.rq")])
def test_query_load_by_name_or_path(name):
    assert load_query(name).startswith("# spans:")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({}, "needs store_dir or graph_path"), ({"engine": "rdflib"}, "needs graph_path"),
     ({"engine": "jena", "graph_path": "g.ttl"}, "unknown engine")],
)
def test_query_run_errors(kwargs, error):
    with pytest.raises(ValueError, match=error):
        run_query("SELECT * WHERE { ?s ?p ?o }", **kwargs)


def test_query_rejects_construct(graph_path):
    with pytest.raises(ValueError, match="only SELECT"):
        run_query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", graph_path=graph_path)


HEADER = ["名称", "code", "备注"]
ROWS = [("大同市", "140200", None), ("代县", "140923", "a\nb"), ("Ｘ", "1", "é")]


@pytest.mark.parametrize(
    ("formatter", "expected"),
    [
        (format_table,
         "名称    code    备注\n"
         "------  ------  ----\n"
         "大同市  140200\n"
         "代县    140923  a\\nb\n"
         "Ｘ      1       é"),
        (format_csv, '名称,code,备注\n大同市,140200,\n代县,140923,"a\nb"\nＸ,1,é\n'),
    ],
)
def test_query_formatters(formatter, expected):
    assert formatter(HEADER, ROWS) == expected


def test_query_format_json():
    assert json.loads(format_json(HEADER, ROWS)) == [
        {"名称": "大同市", "code": "140200", "备注": None},
        {"名称": "代县", "code": "140923", "备注": "a\nb"},
        {"名称": "Ｘ", "code": "1", "备注": "é"},
    ]


def test_query_format_table_with_no_rows():
    assert format_table(["a", "名"], []) == "a  名\n-  --"
