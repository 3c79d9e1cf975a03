"""The ontology and the shapes parse, agree with the closed namespace, and are documented."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

from ontology import CPPCC, NS, SHAPES_FILE, ontology_path


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(SHAPES_FILE), format="turtle")


TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def defined(onto: rdflib.Graph) -> set[str]:
    return {
        str(s)[len(NS) :]
        for t in TERM_TYPES
        for s in onto.subjects(RDF.type, t)
        if isinstance(s, rdflib.URIRef) and str(s).startswith(NS)
    }


def namespace_terms() -> set[str]:
    return set(CPPCC.__annotations__)


def test_ontology_defines_every_namespace_term_and_nothing_else(onto):
    assert defined(onto) == namespace_terms()


def test_ontology_uses_only_defined_cppcc_terms(onto):
    used = {str(t)[len(NS) :] for triple in onto for t in triple if str(t).startswith(NS)}
    assert used <= namespace_terms()


@pytest.mark.parametrize("name", sorted(namespace_terms()))
def test_ontology_term_is_labelled_and_commented_in_chinese_and_english(onto, name):
    term = CPPCC[name]
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in onto.objects(term, prop)}
        assert {"en", "zh"} <= langs, f"cppcc:{name} lacks {prop} in {({'en', 'zh'} - langs)}"


@pytest.mark.parametrize(
    ("cls", "ancestors"),
    [
        ("County", {"Place"}),
        ("Municipality", {"Province", "Prefecture", "Place"}),
        ("DirectCounty", {"County", "Prefecture", "Place"}),
        ("Committee", {"Organization"}),
        ("Media", {"Organization"}),
        ("GeoFeature", {"Place"}),
    ],
)
def test_ontology_class_hierarchy(onto, cls, ancestors):
    found = {str(c)[len(NS) :] for c in onto.transitive_objects(CPPCC[cls], RDFS.subClassOf)}
    assert ancestors <= found


@pytest.mark.parametrize(
    ("term", "prop", "external"),
    [
        ("Person", RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Person"),
        ("Organization", RDFS.subClassOf, "http://www.w3.org/ns/org#Organization"),
        ("Membership", RDFS.subClassOf, "http://www.w3.org/ns/org#Membership"),
        ("Proposal", RDFS.subClassOf, "http://www.w3.org/ns/opengov#Motion"),
        ("Province", RDFS.subClassOf, "http://schema.org/AdministrativeArea"),
        ("partOf", RDFS.subPropertyOf, "http://schema.org/containedInPlace"),
        ("evidence", RDFS.subPropertyOf, "http://www.w3.org/ns/prov#wasDerivedFrom"),
        ("adminCode", RDFS.subPropertyOf, "http://www.wikidata.org/prop/direct/P442"),
        ("Mention", RDFS.subClassOf, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase"),
    ],
)
def test_ontology_aligns_with_public_vocabularies(onto, term, prop, external):
    assert (CPPCC[term], prop, rdflib.URIRef(external)) in onto


def test_shapes_parse_and_are_shacl(shapes):
    assert set(shapes.subjects(RDF.type, SH.NodeShape))


def test_shapes_use_only_defined_cppcc_terms(shapes):
    used = {str(t)[len(NS) :] for triple in shapes for t in triple if str(t).startswith(NS)}
    assert used <= namespace_terms()


@pytest.mark.parametrize(
    "name",
    sorted(n for n in namespace_terms() if n[0].isupper()),
)
def test_shapes_target_every_class(onto, shapes, name):
    targets = {str(t)[len(NS) :] for t in shapes.objects(None, SH.targetClass) if str(t).startswith(NS)}
    lineage = {str(c)[len(NS) :] for c in onto.transitive_objects(CPPCC[name], RDFS.subClassOf)}
    assert lineage & targets, f"no shape targets cppcc:{name} or a superclass"
