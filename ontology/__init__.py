"""The cppcc-kg vocabulary as a closed namespace.

A misspelt term fails at import time:

>>> from ontology import CPPCC
>>> str(CPPCC.Person)
'https://w3id.org/cppcc-kg/ontology#Person'

The Turtle files beside this module (``cppcc.ttl``, ``shapes.ttl``) define
and constrain these terms; ``tests/ontology`` checks the two agree.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["CPPCC", "ID", "NS", "ONTOLOGY_FILE", "SHAPES_FILE", "ontology_path"]

NS = "https://w3id.org/cppcc-kg/ontology#"
ID = Namespace("https://w3id.org/cppcc-kg/id/")


class CPPCC(DefinedNamespace):
    """Classes and properties of the cppcc-kg ontology."""

    _fail = True
    _NS = Namespace(NS)

    # Classes: the five entity types and their subclasses
    Person: URIRef
    Organization: URIRef
    Committee: URIRef  # CPPCC bodies at every level and their sub-bodies
    PartyOrganization: URIRef  # CPC committees, their departments and branches
    GovernmentBody: URIRef  # governments, departments, congresses, courts, procuratorates
    DemocraticParty: URIRef  # the eight democratic parties and their branches
    SocialOrganization: URIRef  # 工商联, people's organisations, associations, foundations
    Enterprise: URIRef
    Institution: URIRef  # schools, hospitals, research and cultural institutions
    Media: URIRef
    Place: URIRef
    Province: URIRef
    Prefecture: URIRef
    Municipality: URIRef  # 直辖市: both a Province and a Prefecture
    DirectCounty: URIRef  # 省直辖县级行政区: both a County and a Prefecture
    County: URIRef
    Township: URIRef
    Village: URIRef
    Region: URIRef
    GeoFeature: URIRef
    Proposal: URIRef
    Initiative: URIRef
    # Classes: documents, provenance and posts
    Report: URIRef
    Meeting: URIRef
    Mention: URIRef
    Sentence: URIRef
    Membership: URIRef

    # Entity ↔ report
    mentionedIn: URIRef
    sourceFile: URIRef
    aboutPlace: URIRef
    presentedBy: URIRef
    atMeeting: URIRef
    title: URIRef
    # Places
    partOf: URIRef
    adminCode: URIRef
    # Facts drawn from text
    involvesPlace: URIRef
    involvesOrganization: URIRef
    proposedBy: URIRef
    basedIn: URIRef
    member: URIRef
    organization: URIRef
    role: URIRef
    # Provenance: mentions, sentences and the evidence of facts
    mentions: URIRef
    inReport: URIRef
    inSentence: URIRef
    start: URIRef
    end: URIRef
    anchorText: URIRef
    text: URIRef
    evidence: URIRef


ONTOLOGY_FILE = "cppcc.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_path(name: str = ONTOLOGY_FILE) -> Path:
    """Path of one of the packaged Turtle files (``cppcc.ttl`` or ``shapes.ttl``)."""
    return Path(str(resources.files(__name__).joinpath(name)))
