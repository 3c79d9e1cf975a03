"""Which initiatives span which cities: rows, cells, evidence, escaping, determinism."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kbtools import assemble, make_docs, make_mentions, same_bytes_under_hash_seeds

from extract.records import Entity, EntityType, KnowledgeBase, Predicate, Relation, Report
from graph.spans_view import SpansStats, render_spans

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'

# Small real text from the dev reports (Linfen, Pingyin county, Nangong city, Jiaozuo).
TEXTS = {
    "d06_linfen.txt": "认真贯彻落实中共临汾市委五届九次全会暨市委经济工作会议精神,"
    "聚焦“三个努力成为”目标任务,紧扣高质量发展和民生关切,通过提案积极建言资政、献计出力。",
    "d13_pingyin.txt": "孙铁军6名县政协委员,分别围绕市场主体高质量发展、数字平阴建设、"
    "加快推进东部产业新城建设等课题作了大会发言。",
    "d14_nangong.txt": "在围绕中心、服务大局、关注民生、绿色发展上履职尽责,发挥作用,"
    "为建设经济强市、美丽南宫宏伟目标而努力奋斗。",
    "d12_jiaozuo.txt": "紧紧抓住中原经济区建设重大机遇,强力推进经济转型示范市建设。",
    "xss.txt": f"{SCRIPT}在临汾调研。{IMG}",
}
PLA, INI = EntityType.PLACE, EntityType.INITIATIVE
ENTITIES = [
    Entity("place/140000", PLA, "山西省", "Province", code="140000"),
    Entity("place/141000", PLA, "临汾市", "Prefecture", ("临汾",), code="141000", parent="place/140000"),
    Entity("place/370000", PLA, "山东省", "Province", code="370000"),
    Entity("place/370100", PLA, "济南市", "Prefecture", code="370100", parent="place/370000"),
    Entity("place/370124", PLA, "平阴县", "County", ("平阴",), code="370124", parent="place/370100"),
    Entity("place/130000", PLA, "河北省", "Province", code="130000"),
    Entity("place/130500", PLA, "邢台市", "Prefecture", code="130500", parent="place/130000"),
    Entity("place/130581", PLA, "南宫市", "County", ("南宫",), code="130581", parent="place/130500"),
    Entity("place/410800", PLA, "焦作市", "Prefecture", code="410800", parent="place/410000"),
    Entity("place/410000", PLA, "河南省", "Province", code="410000"),
    Entity("initiative/三个努力成为", INI, "“三个努力成为”目标任务", aliases=("“三个努力成为”",)),
    Entity("initiative/高质量发展", INI, "高质量发展"),
    Entity("initiative/数字平阴", INI, "数字平阴", aliases=("数字平阴建设",)),
    Entity("initiative/美丽南宫", INI, "经济强市、美丽南宫", aliases=("美丽南宫",)),
    Entity("initiative/中原经济区", INI, "中原经济区", aliases=("中原经济区建设",)),
    Entity("initiative/xss", INI, SCRIPT, aliases=(IMG,)),
]
MENTIONS = [  # (source, surface, key)
    ("d06_linfen.txt", "“三个努力成为”目标任务", "initiative/三个努力成为"),
    ("d06_linfen.txt", "高质量发展", "initiative/高质量发展"),
    ("d13_pingyin.txt", "高质量发展", "initiative/高质量发展"),
    ("d13_pingyin.txt", "数字平阴建设", "initiative/数字平阴"),
    ("d14_nangong.txt", "经济强市、美丽南宫", "initiative/美丽南宫"),
    ("d12_jiaozuo.txt", "中原经济区建设", "initiative/中原经济区"),
    ("xss.txt", SCRIPT, "initiative/xss"),
    ("xss.txt", IMG, "initiative/xss"),
]
RELATIONS = [  # (subject, object, source, a surface in the evidence sentence): involvesPlace
    ("initiative/美丽南宫", "place/130581", "d14_nangong.txt", "美丽南宫"),
    ("initiative/xss", "place/141000", "xss.txt", "临汾"),
]
REPORTS = {  # source: place (Nangong's report is left without a place: its city comes from involvesPlace)
    "d06_linfen.txt": "place/141000",
    "d13_pingyin.txt": "place/370124",
    "d14_nangong.txt": "",
    "d12_jiaozuo.txt": "",
    "xss.txt": "",
}


def _sentence(text: str, start: int) -> tuple[int, int]:
    begin = text.rfind("。", 0, start) + 1
    end = text.find("。", start)
    return begin, len(text) if end < 0 else end + 1


def build_kb() -> KnowledgeBase:
    docs = make_docs(TEXTS)
    entities = {e.key: e for e in ENTITIES}
    mentions = make_mentions(docs, entities, MENTIONS, _sentence)
    relations = [
        Relation(
            subject,
            Predicate.INVOLVES_PLACE,
            obj,
            docs[source].doc_id,
            _sentence(docs[source].text, docs[source].text.index(surface)),
        )
        for subject, obj, source, surface in RELATIONS
    ]
    reports = [Report(docs[s].doc_id, s, f"{s} 的报告", place) for s, place in REPORTS.items()]
    return assemble(docs, entities, mentions, relations, reports)


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="spans-data">(.*?)</script>', html, re.S)
    assert match, "no spans-data block in the page"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[SpansStats, str, dict]:
    path = tmp_path_factory.mktemp("spans") / "spans.html"
    stats = render_spans(build_kb(), path)
    html = path.read_text(encoding="utf-8")
    return stats, html, page_data(html)


def _row(data: dict, key: str) -> dict:
    return next(row for row in data["rows"] if row["key"] == key)


@pytest.mark.parametrize(
    ("key", "cities"),
    [
        ("initiative/三个努力成为", ["临汾市"]),  # the report's own city
        ("initiative/数字平阴", ["济南市"]),  # a county report counts for its prefecture
        ("initiative/高质量发展", ["临汾市", "济南市"]),  # two reports, two cities, in the columns' order
        ("initiative/美丽南宫", ["邢台市"]),  # no report place: the place it involves, climbed
        ("initiative/中原经济区", []),  # neither: listed apart
        ("initiative/xss", ["临汾市"]),
    ],
)
def test_spans_cities_of_an_initiative(
    rendered: tuple[SpansStats, str, dict], key: str, cities: list[str]
) -> None:
    _stats, _html, data = rendered
    row = _row(data, key)
    assert [data["cities"][cell[0]]["label"] for cell in row["cells"]] == cities


def test_spans_columns_and_rows_are_sorted(rendered: tuple[SpansStats, str, dict]) -> None:
    stats, _html, data = rendered
    assert [c["label"] for c in data["cities"]] == ["邢台市", "临汾市", "济南市"]  # by code
    assert [c["province"] for c in data["cities"]] == ["河北省", "山西省", "山东省"]
    assert [row["label"] for row in data["rows"]][:1] == ["高质量发展"]  # most cities first
    assert data["rows"][-1]["key"] == "initiative/中原经济区"
    assert stats == SpansStats(initiatives=6, cities=3, cells=6)


@pytest.mark.parametrize(
    ("key", "city", "source", "text", "place"),
    [
        ("initiative/三个努力成为", "临汾市", "d06_linfen.txt", "“三个努力成为”目标任务", ""),
        ("initiative/高质量发展", "济南市", "d13_pingyin.txt", "高质量发展", ""),
        ("initiative/美丽南宫", "邢台市", "d14_nangong.txt", "经济强市、美丽南宫", "南宫市"),
    ],
)
def test_spans_cell_evidence(
    rendered: tuple[SpansStats, str, dict], key: str, city: str, source: str, text: str, place: str
) -> None:
    _stats, _html, data = rendered
    row = _row(data, key)
    [cell] = [cell for cell in row["cells"] if data["cities"][cell[0]]["label"] == city]
    _index, items, total = cell
    assert total == len(items) >= 1
    item = items[0]
    assert data["docs"][item["doc"]]["source"] == source
    sentence_doc, sentence = data["sentences"][item["ref"][0]]
    assert data["docs"][sentence_doc]["source"] == source
    assert text in sentence and sentence.endswith("。")
    assert item["place"] == place
    if item["ref"][1] >= 0:
        assert sentence[item["ref"][1] : item["ref"][2]] in [row["label"], *row["aliases"]]


def test_spans_escapes_text_from_reports(rendered: tuple[SpansStats, str, dict]) -> None:
    _stats, html, data = rendered
    assert SCRIPT not in html and IMG not in html and "<img" not in html
    assert html.count("<script") == 2  # the data block and the page's script
    row = _row(data, "initiative/xss")
    assert row["label"] == SCRIPT and row["aliases"] == [IMG]
    assert any(SCRIPT in text for _doc, text in data["sentences"])


def test_spans_page_needs_no_network(rendered: tuple[SpansStats, str, dict]) -> None:
    _stats, html, _data = rendered
    markup = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1\2", html, flags=re.S)
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\b(src|href)\s*=|url\(|@import", markup, re.I)
    assert "default-src 'none'" in html


@settings(max_examples=5, deadline=None)
@given(st.randoms(use_true_random=False))
def test_spans_same_bytes_whatever_the_input_order(
    tmp_path_factory: pytest.TempPathFactory, rnd: random.Random
) -> None:
    folder = tmp_path_factory.mktemp("order")
    render_spans(build_kb(), folder / "a.html")
    render_spans(build_kb(), folder / "b.html")
    kb = build_kb()
    items = list(kb.entities.items())
    for part in (kb.reports, kb.mentions, kb.relations, items):
        rnd.shuffle(part)
    kb.entities = dict(items)
    render_spans(kb, folder / "c.html")
    assert (
        (folder / "a.html").read_bytes()
        == (folder / "b.html").read_bytes()
        == (folder / "c.html").read_bytes()
    )


def test_spans_empty_kb(tmp_path: Path) -> None:
    assert render_spans(KnowledgeBase(), tmp_path / "spans.html") == SpansStats(0, 0, 0)
    assert page_data((tmp_path / "spans.html").read_text(encoding="utf-8"))["rows"] == []


def test_spans_initiative_known_only_from_entity_docs(tmp_path: Path) -> None:
    kb = build_kb()
    linfen = next(r.doc_id for r in kb.reports if r.source == "d06_linfen.txt")
    kb.entities["initiative/委员讲堂"] = Entity("initiative/委员讲堂", INI, "委员讲堂", docs=(linfen,))
    render_spans(kb, tmp_path / "spans.html")
    row = _row(page_data((tmp_path / "spans.html").read_text(encoding="utf-8")), "initiative/委员讲堂")
    [(_city, [item], total)] = row["cells"]
    assert item["ref"] is None and total == 1


def test_spans_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    assert same_bytes_under_hash_seeds(build_kb(), "graph.spans_view", "render_spans", tmp_path)
