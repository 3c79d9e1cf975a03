"""The peers: tag mapping, the Turtle they write, and scoring it with the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace

from bench import default_shared
from bench.peers import PEER_TAGS, Peer, PeerDoc, chunks, load_tagger, peer_turtle, tag_text, write_peer_graph
from extract.records import EntityType

CPPCC = Namespace("https://w3id.org/cppcc-kg/ontology#")
SCORER = default_shared() / "eval" / "score.py"
TEXT = "区委书记王吉敏在北京市主持会议。张三在北京市工作。"


def fake_tagger(pairs):
    return lambda text: pairs


@pytest.mark.parametrize(
    ("peer", "pairs", "expected"),
    [
        (Peer.LAC, [("张三", "PER"), ("在", "p"), ("北京市", "LOC"), ("全国政协", "ORG"), ("今天", "TIME")],
         ((EntityType.ORGANIZATION, "全国政协"), (EntityType.PERSON, "张三"), (EntityType.PLACE, "北京市"))),
        (Peer.JIEBA, [("张三", "nr"), ("北京", "ns"), ("北京", "ns"), ("政协", "nt"), ("工作", "vn")],
         ((EntityType.ORGANIZATION, "政协"), (EntityType.PERSON, "张三"), (EntityType.PLACE, "北京"))),
        (Peer.JIEBA, [(" ", "nr"), ("张", "nrfg")], ()),
        (Peer.LAC, [("张三", "nr")], ()),
    ],
)
def test_tag_text_maps_tags(peer: Peer, pairs, expected) -> None:
    assert tag_text("ignored", fake_tagger(pairs), PEER_TAGS[peer]) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("一。二！\n三", 10, ["一。", "二！\n", "三"]),
        ("一二三四五", 2, ["一二", "三四", "五"]),
        ("", 5, []),
    ],
)
def test_chunks(text: str, limit: int, expected: list[str]) -> None:
    assert chunks(text, limit) == expected
    assert "".join(chunks(text, limit)) == text


def test_peer_turtle_is_the_contract() -> None:
    docs = [PeerDoc("b.txt", ((EntityType.PERSON, '王"吉敏'),)),
            PeerDoc("a.txt", ((EntityType.PLACE, "北京市"), (EntityType.PERSON, "张三")))]
    text = peer_turtle(docs, peer="lac")
    assert text == peer_turtle(list(reversed(docs)), peer="lac")  # order-free, deterministic
    g = Graph().parse(data=text, format="turtle")
    reports = {str(g.value(r, CPPCC.sourceFile)): r for r in g.subjects(RDF.type, CPPCC.Report)}
    assert sorted(reports) == ["a.txt", "b.txt"]
    found = {(str(g.value(e, RDF.type)).rsplit("#", 1)[1], str(g.value(e, RDFS.label)),
              str(g.value(g.value(e, CPPCC.mentionedIn), CPPCC.sourceFile)))
             for e in g.subjects(CPPCC.mentionedIn, None)}
    assert found == {("Person", '王"吉敏', "b.txt"), ("Place", "北京市", "a.txt"),
                     ("Person", "张三", "a.txt")}
    assert (None, RDFS.label, Literal("张三")) in g


@pytest.mark.skipif(not SCORER.is_file(), reason="needs the shared scorer (../shared/eval/score.py)")
def test_peer_graph_scores_through_the_scorer(tmp_path: Path) -> None:
    text = tmp_path / "texts" / "tiny.txt"
    text.parent.mkdir()
    text.write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "tiny.json").write_text(json.dumps({"doc": "tiny.txt", "entities": [
        {"type": "Person", "name": "王吉敏", "aliases": []},
        {"type": "Person", "name": "李哲", "aliases": []},
        {"type": "Place", "name": "北京市", "aliases": ["北京"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    pairs = [("王吉敏", "nr"), ("北京市", "ns"), ("张三", "nr"), ("主持会议", "n")]
    graph = write_peer_graph([text], Peer.JIEBA, tmp_path / "peer.ttl", tagger=fake_tagger(pairs))
    done = subprocess.run([sys.executable, str(SCORER), "--graph", str(graph), "--gold", str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    scores = json.loads(done.stdout)["entities"]
    assert (scores["Person"]["tp"], scores["Person"]["fp"], scores["Person"]["fn"]) == (1, 1, 1)
    assert (scores["Place"]["tp"], scores["Place"]["fp"], scores["Place"]["fn"]) == (1, 0, 0)


@pytest.mark.parametrize("peer", list(Peer))
def test_peer_tags_a_tiny_doc(peer: Peer) -> None:
    found = tag_text(TEXT, load_tagger(peer), PEER_TAGS[peer])
    expected = {(EntityType.PERSON, "王吉敏"), (EntityType.PERSON, "张三"), (EntityType.PLACE, "北京市")}
    assert expected <= set(found)


def test_jieba_peer_leaves_the_global_tokenizer_alone() -> None:
    import jieba

    before = jieba.dt.initialized
    load_tagger(Peer.JIEBA)("张三在北京市工作")
    assert jieba.dt.initialized == before
