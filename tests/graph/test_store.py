"""The embedded pyoxigraph store: bulk load, round trip, rebuild when stale."""

from __future__ import annotations

import os

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from graph.rdf import to_rdflib, write_turtle
from graph.store import STAMP, build_store, ensure_store, is_stale, open_store, select


@pytest.fixture
def turtle(kb, tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(kb, path)
    return path


def test_store_round_trip_is_isomorphic(kb, turtle, tmp_path):
    build_store(turtle, tmp_path / "store", ontology=False)
    store = open_store(tmp_path / "store")
    back = rdflib.Graph().parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
                                format="nt")
    assert isomorphic(back, to_rdflib(kb))


@pytest.mark.parametrize("chunk_bytes", [1, 300, 1 << 20])
def test_store_loads_in_pieces(kb, turtle, tmp_path, chunk_bytes):
    build_store(turtle, tmp_path / "store", ontology=False, chunk_bytes=chunk_bytes)
    store = open_store(tmp_path / "store")
    back = rdflib.Graph().parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
                                format="nt")
    assert isomorphic(back, to_rdflib(kb))


def test_store_loads_foreign_turtle_whole(tmp_path):
    path = tmp_path / "other.ttl"
    path.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b """one\n\ntwo""" .\n', encoding="utf-8")
    build_store(path, tmp_path / "store", ontology=False, chunk_bytes=1)
    assert select(tmp_path / "store", "SELECT ?o WHERE { ?s ?p ?o }") == (["o"], [("one\n\ntwo",)])


def test_store_holds_graph_and_ontology(kb, turtle, tmp_path):
    build_store(turtle, tmp_path / "store")
    header, rows = select(tmp_path / "store", """
        PREFIX cppcc: <https://w3id.org/cppcc-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?label WHERE { ?x a/rdfs:subClassOf* cppcc:Province ; rdfs:label ?label }
        ORDER BY ?label""")
    assert header == ["label"]
    assert rows == [("山东省",), ("重庆市",), ("陕西省",)]


@pytest.mark.parametrize(
    ("turtle_newer", "stale"),
    [(False, False), (True, True)],
)
def test_store_is_stale_when_the_turtle_is_newer(turtle, tmp_path, turtle_newer, stale):
    store = tmp_path / "store"
    assert is_stale(turtle, store)
    build_store(turtle, store)
    stamp = (store / STAMP).stat().st_mtime_ns
    shift = 10**9 if turtle_newer else -(10**9)
    os.utime(turtle, ns=(stamp + shift, stamp + shift))
    assert is_stale(turtle, store) is stale


def test_store_ensure_rebuilds_with_new_content(kb, turtle, tmp_path):
    store = tmp_path / "store"
    ensure_store(turtle, store)
    turtle.write_text('<http://example.org/a> <http://example.org/b> "新" .\n', encoding="utf-8")
    stamp = (store / STAMP).stat().st_mtime_ns
    os.utime(turtle, ns=(stamp + 10**9, stamp + 10**9))
    ensure_store(turtle, store)
    assert select(store, "SELECT ?o WHERE { <http://example.org/a> ?p ?o }") == (["o"], [("新",)])
    assert not (tmp_path / "store.building").exists()
    assert not (tmp_path / "store.old").exists()


def test_store_ensure_keeps_a_fresh_store(turtle, tmp_path):
    store = tmp_path / "store"
    ensure_store(turtle, store)
    before = (store / STAMP).stat().st_mtime_ns
    ensure_store(turtle, store)
    assert (store / STAMP).stat().st_mtime_ns == before


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda tmp: open_store(tmp / "nowhere"), FileNotFoundError, "no store"),
        (lambda tmp: build_store(tmp / "missing.ttl", tmp / "store"), FileNotFoundError, "no graph"),
    ],
)
def test_store_errors_say_what_to_do(tmp_path, call, error, words):
    with pytest.raises(error, match=words):
        call(tmp_path)


def test_store_refuses_broken_turtle(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.ttl"):
        build_store(bad, tmp_path / "store")
    assert not (tmp_path / "store").exists()
