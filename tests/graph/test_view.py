"""The relationship map: nodes, edges, legend, cities, panel data, layout, escaping, determinism."""

from __future__ import annotations

import json
import logging
import random
import re
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kbtools import assemble, make_docs, make_mentions, same_bytes_under_hash_seeds

from extract.records import Doc, Entity, EntityType, KnowledgeBase, Predicate, Relation, Report
from graph.view import (
    MapStats,
    embed_json,
    evidence_window,
    layout_positions,
    prefecture_of,
    render_map,
    styles,
    vis_assets,
)

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'

# Small real text: sentences of the dev reports and of the national reports.
TEXTS = {
    "d05_pingding.txt": "2021年4月13日下午至16日,"
    "中国人民政治协商会议阳泉市平定县第十届委员会第一次会议胜利召开。"
    "李慧琳代表民盟平定支部做了大会发言《加快紫砂药茶融合发展 打造平定对外交流名片》。",
    "d06_linfen.txt": "市政协副主席杨忠华主持会议。\n"
    "认真贯彻落实中共临汾市委五届九次全会暨市委经济工作会议精神,"
    "聚焦“三个努力成为”目标任务,紧扣高质量发展和民生关切,通过提案积极建言资政、献计出力。",
    "1955.txt": "开滦煤矿为九百六十八万吨，大同矿务局所属煤矿为六百四十五万吨，"
    "淮南矿务局所属煤矿为六百八十五万吨。",
    "19.txt": "有事好商量，众人的事情由众人商量，是人民民主的真谛。",
    "xss.txt": f"市政协副主席杨忠华在{SCRIPT}调研。{IMG}",
}
PER, ORG, PLA, PRO, INI = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.PLACE,
    EntityType.PROPOSAL,
    EntityType.INITIATIVE,
)
ENTITIES = [
    Entity("place/140000", PLA, "山西省", "Province", ("山西",), code="140000"),
    Entity("place/140200", PLA, "大同市", "Prefecture", ("大同",), code="140200", parent="place/140000"),
    Entity("place/140300", PLA, "阳泉市", "Prefecture", ("阳泉",), code="140300", parent="place/140000"),
    Entity("place/140321", PLA, "平定县", "County", ("平定",), code="140321", parent="place/140300"),
    Entity("place/141000", PLA, "临汾市", "Prefecture", ("临汾",), code="141000", parent="place/140000"),
    Entity("person/140321/李慧琳", PER, "李慧琳"),
    Entity("person/141000/杨忠华", PER, "杨忠华"),
    Entity("org/dp/民盟/140321", ORG, "民盟平定支部", "DemocraticParty", parent="place/140321"),
    Entity("org/cppcc/141000", ORG, "政协临汾市委员会", "Committee", ("市政协",), parent="place/141000"),
    Entity("org/大同矿务局", ORG, "大同矿务局", "Enterprise", parent="place/140200"),
    Entity("proposal/140321/紫砂药茶", PRO, "《加快紫砂药茶融合发展 打造平定对外交流名片》"),
    Entity("initiative/三个努力成为", INI, "“三个努力成为”目标任务", aliases=("“三个努力成为”",)),
    Entity("initiative/有事好商量", INI, "“有事好商量”", aliases=("有事好商量",)),
    Entity("initiative/xss", INI, SCRIPT, aliases=(IMG,)),
]
MENTIONS = [  # (source, surface, key)
    ("d05_pingding.txt", "阳泉市", "place/140300"),
    ("d05_pingding.txt", "平定县", "place/140321"),
    ("d05_pingding.txt", "李慧琳", "person/140321/李慧琳"),
    ("d05_pingding.txt", "民盟平定支部", "org/dp/民盟/140321"),
    ("d05_pingding.txt", "《加快紫砂药茶融合发展 打造平定对外交流名片》", "proposal/140321/紫砂药茶"),
    ("d06_linfen.txt", "市政协", "org/cppcc/141000"),
    ("d06_linfen.txt", "杨忠华", "person/141000/杨忠华"),
    ("d06_linfen.txt", "“三个努力成为”目标任务", "initiative/三个努力成为"),
    ("1955.txt", "大同矿务局", "org/大同矿务局"),
    ("19.txt", "有事好商量", "initiative/有事好商量"),
    ("xss.txt", "杨忠华", "person/141000/杨忠华"),
    ("xss.txt", SCRIPT, "initiative/xss"),
    ("xss.txt", IMG, "initiative/xss"),
]
RELATIONS = [  # (subject, predicate, object, source, a surface in the evidence sentence, role)
    (
        "person/141000/杨忠华",
        Predicate.MEMBERSHIP,
        "org/cppcc/141000",
        "d06_linfen.txt",
        "杨忠华",
        "市政协副主席",
    ),
    ("person/141000/杨忠华", Predicate.MEMBERSHIP, "org/cppcc/141000", "xss.txt", "杨忠华", "市政协副主席"),
    (
        "proposal/140321/紫砂药茶",
        Predicate.PROPOSED_BY,
        "org/dp/民盟/140321",
        "d05_pingding.txt",
        "李慧琳",
        "",
    ),
    (
        "proposal/140321/紫砂药茶",
        Predicate.PROPOSED_BY,
        "person/140321/李慧琳",
        "d05_pingding.txt",
        "李慧琳",
        "",
    ),
    ("initiative/xss", Predicate.INVOLVES_PLACE, "place/140200", "xss.txt", SCRIPT, ""),
    ("place/140321", Predicate.PART_OF, "place/140300", "", "", ""),
]
REPORTS = {  # source: (title, place)
    "d05_pingding.txt": ("平定县政协十届一次会议", "place/140321"),
    "d06_linfen.txt": ("临汾市政协提案审查会议", "place/141000"),
    "1955.txt": ("1955年政府工作报告", ""),
    "19.txt": ("中共十九大报告", ""),
    "xss.txt": (IMG, ""),
}


def _sentence(text: str, start: int) -> tuple[int, int]:
    begin = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i + 1 for i in (text.find("。", start),) if i >= 0] + [
        i for i in (text.find("\n", start),) if i >= 0
    ]
    return begin, min(stops, default=len(text))


def build_kb() -> KnowledgeBase:
    docs = make_docs(TEXTS)
    entities = {e.key: e for e in ENTITIES}
    mentions = make_mentions(docs, entities, MENTIONS, _sentence)
    relations = []
    for subject, predicate, obj, source, surface, role in RELATIONS:
        doc_id = docs[source].doc_id if source else ""
        sentence = _sentence(docs[source].text, docs[source].text.index(surface)) if source else (0, 0)
        relations.append(Relation(subject, predicate, obj, doc_id, sentence, role))
    reports = [Report(docs[s].doc_id, s, title, place) for s, (title, place) in REPORTS.items()]
    return assemble(docs, entities, mentions, relations, reports)


def page_data(html: str, element: str = "map-data") -> dict:
    match = re.search(rf'<script type="application/json" id="{element}">(.*?)</script>', html, re.S)
    assert match, f"no {element} block in the page"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[MapStats, str, dict]:
    path = tmp_path_factory.mktemp("map") / "graph.html"
    stats = render_map(build_kb(), path)
    html = path.read_text(encoding="utf-8")
    return stats, html, page_data(html)


def _node(data: dict, key: str) -> int:
    return next(i for i, d in enumerate(data["details"]) if d["key"] == key)


def test_view_draws_every_entity_and_report(rendered: tuple[MapStats, str, dict]) -> None:
    stats, _html, data = rendered
    assert stats.nodes == len(ENTITIES) + len(REPORTS) == len(data["nodes"]) == len(data["details"])
    assert stats.edges == len(data["edges"]) == len(data["edgeEvidence"])
    assert [n["id"] for n in data["nodes"]] == list(range(stats.nodes))
    assert {d["key"] for d in data["details"]} >= {e.key for e in ENTITIES}


@pytest.mark.parametrize(
    ("kind", "source", "target", "label"),
    [
        ("Membership", "person/141000/杨忠华", "org/cppcc/141000", "市政协副主席"),
        ("proposedBy", "proposal/140321/紫砂药茶", "org/dp/民盟/140321", None),
        ("proposedBy", "proposal/140321/紫砂药茶", "person/140321/李慧琳", None),
        ("involvesPlace", "initiative/xss", "place/140200", None),
        ("partOf", "place/140321", "place/140300", None),
        ("partOf", "place/140300", "place/140000", None),  # from Entity.parent alone
        ("basedIn", "org/大同矿务局", "place/140200", None),
        ("mentionedIn", "initiative/有事好商量", "report/", None),
    ],
)
def test_view_edges(
    rendered: tuple[MapStats, str, dict], kind: str, source: str, target: str, label: str | None
) -> None:
    _stats, _html, data = rendered
    keys = [d["key"] for d in data["details"]]
    found = [
        e
        for e in data["edges"]
        if e["kind"] == kind and keys[e["from"]] == source and keys[e["to"]].startswith(target)
    ]
    assert len(found) == 1, f"{kind} {source} → {target}: {found}"
    assert found[0].get("label") == label


def test_view_merges_a_fact_met_twice_and_keeps_both_sentences(rendered: tuple[MapStats, str, dict]) -> None:
    _stats, _html, data = rendered
    person = _node(data, "person/141000/杨忠华")
    [edge] = [e for e in data["edges"] if e["kind"] == "Membership" and e["from"] == person]
    sources = {
        data["docs"][data["sentences"][ref[0]][0]]["source"] for ref in data["edgeEvidence"][edge["id"]]
    }
    assert sources == {"d06_linfen.txt", "xss.txt"}


def test_view_legend_lists_types_and_edge_kinds_in_chinese(rendered: tuple[MapStats, str, dict]) -> None:
    _stats, _html, data = rendered
    assert [t["name"] for t in data["types"]] == ["人物", "组织", "地点", "提案", "品牌举措", "报告"]
    counts = {t["type"]: t["count"] for t in data["types"]}
    assert counts == {"Person": 2, "Organization": 3, "Place": 5, "Proposal": 1, "Initiative": 3, "Report": 5}
    assert {k["kind"] for k in data["edgeKinds"]} == {
        "Membership",
        "proposedBy",
        "involvesPlace",
        "involvesOrganization",
        "partOf",
        "basedIn",
        "mentionedIn",
    }
    shapes = {t["type"]: t["shape"] for t in data["types"]}
    assert len(set(shapes.values())) == len(shapes)
    for node in data["nodes"]:
        assert node["shape"] == shapes[node["type"]]


@pytest.mark.parametrize(
    ("key", "cities"),
    [
        ("person/140321/李慧琳", ["阳泉市"]),  # the report's county climbs to its prefecture
        ("place/140321", ["阳泉市"]),
        ("org/大同矿务局", ["大同市"]),  # the report has no place; the body's own place does
        ("person/141000/杨忠华", ["临汾市"]),
        ("initiative/有事好商量", []),
        ("place/140000", []),  # a province is in no city
    ],
)
def test_view_node_cities(rendered: tuple[MapStats, str, dict], key: str, cities: list[str]) -> None:
    _stats, _html, data = rendered
    node = data["nodes"][_node(data, key)]
    assert [data["cities"][c]["label"] for c in node["cities"]] == cities


def test_view_city_list_is_sorted_by_code(rendered: tuple[MapStats, str, dict]) -> None:
    _stats, _html, data = rendered
    assert [c["label"] for c in data["cities"]] == ["大同市", "阳泉市", "临汾市"]


@pytest.mark.parametrize(
    ("key", "names", "sources", "sentence"),
    [
        ("person/141000/杨忠华", ["杨忠华"], ["d06_linfen.txt", "xss.txt"], "市政协副主席杨忠华主持会议。"),
        (
            "initiative/三个努力成为",
            ["“三个努力成为”目标任务", "“三个努力成为”"],
            ["d06_linfen.txt"],
            "聚焦“三个努力成为”目标任务",
        ),
        ("org/大同矿务局", ["大同矿务局"], ["1955.txt"], "大同矿务局所属煤矿为六百四十五万吨"),
    ],
)
def test_view_panel_details(
    rendered: tuple[MapStats, str, dict], key: str, names: list[str], sources: list[str], sentence: str
) -> None:
    _stats, _html, data = rendered
    detail = data["details"][_node(data, key)]
    assert [detail["label"], *detail["aliases"]] == names
    assert [data["docs"][d]["source"] for d in detail["docs"]] == sources
    texts = [
        (data["sentences"][s][1], data["docs"][data["sentences"][s][0]]["source"])
        for s, _, _ in detail["evidence"]
    ]
    assert any(sentence in text for text, _ in texts), texts
    for (_s, start, end), (text, _source) in zip(detail["evidence"], texts, strict=True):
        assert text[start:end] in names or start == -1


def test_view_report_node_carries_its_report(rendered: tuple[MapStats, str, dict]) -> None:
    _stats, _html, data = rendered
    detail = next(d for d in data["details"] if d.get("report", {}).get("source") == "d05_pingding.txt")
    assert detail["report"]["place"] == "平定县"
    assert detail["label"] == "平定县政协十届一次会议"


def test_view_escapes_text_from_reports(rendered: tuple[MapStats, str, dict]) -> None:
    _stats, html, data = rendered
    assert SCRIPT not in html and IMG not in html
    assert "<img" not in html and "onerror=alert" not in html.replace("onerror=alert(1)\\u003e", "")
    # the data block, vis-network and the page's script; vis-network itself holds one "<script>" string
    assert html.replace(vis_assets()[1], "").count("<script") == 3
    detail = next(d for d in data["details"] if d["key"] == "initiative/xss")
    assert detail["label"] == SCRIPT and detail["aliases"] == [IMG]
    assert any(d.get("report", {}).get("title") == IMG for d in data["details"])


def test_view_page_needs_no_network(rendered: tuple[MapStats, str, dict]) -> None:
    _stats, html, _data = rendered
    markup = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1\2", html, flags=re.S)
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\b(src|href)\s*=", markup, re.I)
    assert set(re.findall(r"url\(\s*['\"]?([a-z]+):", html, re.I)) <= {"data"}
    assert "@import" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html


def test_view_same_kb_same_bytes(tmp_path: Path) -> None:
    kb = build_kb()
    render_map(kb, tmp_path / "a.html")
    render_map(kb, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


@settings(max_examples=5, deadline=None)
@given(st.randoms(use_true_random=False))
def test_view_input_order_does_not_matter(
    tmp_path_factory: pytest.TempPathFactory, rnd: random.Random
) -> None:
    folder = tmp_path_factory.mktemp("order")
    kb = build_kb()
    render_map(kb, folder / "sorted.html")
    items = list(kb.entities.items())
    for part in (kb.reports, kb.mentions, kb.relations, items):
        rnd.shuffle(part)
    kb.entities = dict(items)
    kb.docs = dict(sorted(kb.docs.items(), key=lambda _: rnd.random()))
    render_map(kb, folder / "shuffled.html")
    assert (folder / "sorted.html").read_bytes() == (folder / "shuffled.html").read_bytes()


def test_view_empty_kb(tmp_path: Path) -> None:
    assert render_map(KnowledgeBase(), tmp_path / "graph.html") == MapStats(nodes=0, edges=0, sentences=0)
    assert page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))["nodes"] == []


def test_view_skips_relations_to_unknown_entities(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    kb = build_kb()
    kb.relations.append(
        Relation("person/141000/杨忠华", Predicate.MEMBERSHIP, "org/unknown", "", (0, 0), "主席")
    )
    with caplog.at_level(logging.WARNING, logger="graph.view"):
        stats = render_map(kb, tmp_path / "graph.html")
    assert stats.edges == render_map(build_kb(), tmp_path / "b.html").edges
    assert "1 relations name entities the knowledge base does not hold" in caplog.text


@pytest.mark.parametrize(
    ("key", "city"),
    [
        ("place/140321", "place/140300"),
        ("place/140300", "place/140300"),
        ("org/dp/民盟/140321", "place/140300"),
        ("place/140000", ""),
        ("person/140321/李慧琳", ""),
        ("place/nowhere", ""),
        ("", ""),
    ],
)
def test_prefecture_of(key: str, city: str) -> None:
    assert prefecture_of(key, build_kb()) == city


def test_prefecture_of_municipality_and_cycles() -> None:
    kb = KnowledgeBase(
        entities={
            "place/110000": Entity("place/110000", PLA, "北京市", "Municipality", code="110000"),
            "place/110108": Entity("place/110108", PLA, "海淀区", "County", parent="place/110000"),
            "place/a": Entity("place/a", PLA, "甲", "Region", parent="place/b"),
            "place/b": Entity("place/b", PLA, "乙", "Region", parent="place/a"),
        }
    )
    assert prefecture_of("place/110108", kb) == "place/110000"
    assert prefecture_of("place/a", kb) == ""


@pytest.mark.parametrize(
    ("text", "sentence", "span", "expected"),
    [
        ("市政协副主席杨忠华主持会议。", (0, 14), (6, 9), "市政协副主席杨忠华主持会议。"),
        ("第一句。\n市政协副主席杨忠华主持会议\n下一行", (0, 0), (11, 14), "市政协副主席杨忠华主持会议"),
        ("  有事好商量。  ", (0, 11), (2, 7), "有事好商量。"),
        ("甲" * 300 + "杨忠华" + "乙" * 300, (0, 603), (300, 303), None),
    ],
)
def test_evidence_window(
    text: str, sentence: tuple[int, int], span: tuple[int, int], expected: str | None
) -> None:
    doc = Doc("d", "s.txt", text, text)
    start, end, hl_start, hl_end = evidence_window(doc, sentence, span)
    shown = text[start:end]
    assert shown[hl_start:hl_end] == text[span[0] : span[1]]
    if expected is None:
        assert len(shown) == 240 and "杨忠华" in shown
    else:
        assert shown == expected


@given(st.text())
def test_embed_json_is_safe_in_a_script_element(text: str) -> None:
    embedded = embed_json({"label": text, "aliases": [text, "</script>"]})
    assert not set(embedded) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(embedded) == {"label": text, "aliases": [text, "</script>"]}


def test_layout_is_deterministic_and_spreads_large_components() -> None:
    graph = nx.relaxed_caveman_graph(12, 40, 0.1, seed=3)  # 480 nodes in communities: the Louvain path
    graph.add_edges_from([(1000, 1001), (1002, 1003)])
    graph.add_node(2000)
    first = layout_positions(graph)
    assert first == layout_positions(graph)
    assert set(first) == set(graph)
    points = list(first.values())
    assert len(set(points)) > 0.98 * len(points)  # at most a few nodes share a pixel
    big = [first[n] for n in graph if n < 1000]
    small = [first[n] for n in (1000, 1001, 1002, 1003, 2000)]
    xs, ys = [p[0] for p in big], [p[1] for p in big]
    inside = [p for p in small if min(xs) <= p[0] <= max(xs) and min(ys) <= p[1] <= max(ys)]
    assert not inside  # packed components do not overlap


@pytest.mark.parametrize(
    ("graph", "expected"), [(nx.empty_graph(0), {}), (nx.path_graph(2), {0: (0, 0), 1: (0, 80)})]
)
def test_layout_small_graphs(graph: nx.Graph, expected: dict) -> None:
    assert layout_positions(graph) == expected


def test_view_post_without_organization_goes_to_the_panel(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    kb = build_kb()
    doc = next(d for d in kb.docs.values() if d.source == "d05_pingding.txt")
    kb.relations.append(
        Relation("person/140321/李慧琳", Predicate.MEMBERSHIP, "", doc.doc_id, (0, 0), "政协委员")
    )
    with caplog.at_level(logging.WARNING, logger="graph.view"):
        stats = render_map(kb, tmp_path / "graph.html")
    assert "does not hold" not in caplog.text
    assert stats.edges == render_map(build_kb(), tmp_path / "b.html").edges
    data = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert data["details"][_node(data, "person/140321/李慧琳")]["posts"] == ["政协委员"]


def test_view_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    assert same_bytes_under_hash_seeds(build_kb(), "graph.view", "render_map", tmp_path)


def test_view_styles_cover_every_type_and_predicate() -> None:
    look = styles()
    assert set(look["types"]) == {str(t) for t in EntityType} | {"Report"}
    assert set(look["edges"]) == {str(p) for p in Predicate} | {"mentionedIn"}
    assert {k for e in ENTITIES if (k := e.kind)} <= set(look["kinds"])


def test_view_large_maps_start_with_mentioned_in_edges_hidden(
    rendered: tuple[MapStats, str, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stats, _html, data = rendered
    assert not any(k["hidden"] for k in data["edgeKinds"])
    import graph.view

    monkeypatch.setattr(graph.view, "LARGE", 1)
    render_map(build_kb(), tmp_path / "large.html")
    large = page_data((tmp_path / "large.html").read_text(encoding="utf-8"))
    assert {k["kind"] for k in large["edgeKinds"] if k["hidden"]} == {"mentionedIn"}
