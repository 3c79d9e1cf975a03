"""A small hand-made knowledge base from real report sentences.

Three reports: 山阳县 (a county of 商洛市), 平阴县 (a county of 济南市) and
重庆市 (a municipality). Offsets are computed from the text, so
``text[m.start:m.end] == m.text`` holds for every mention.
"""

from __future__ import annotations

import pytest

from extract.records import (
    Doc,
    Entity,
    EntityType,
    KnowledgeBase,
    Mention,
    Predicate,
    Relation,
    Report,
)

PER, ORG, PLA, PRO, INI = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PROPOSAL,
                           EntityType.INITIATIVE)

TEXTS = {
    "sy": (
        "d11_shanyang.txt",
        "本报讯 (记者 王斌)3月11日,山阳县政协十届四次会议开幕。县委书记谢晓军等到会祝贺。"
        "县政协主席王昕代表常委会作工作报告。\n"
        "王昕表示,2025年是“十四五”规划收官之年,县政协要紧扣县委十九届八次全会提出的奋斗目标,"
        "为加快打造“一都四区”示范县、建设“五好山阳”凝聚力量。",
    ),
    "py": (
        "d13_pingyin.txt",
        "1月6日下午,政协第十一届平阴县委员会第二次会议召开第二次全体会议。\n"
        "会上,于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名县政协委员,分别围绕市场主体高质量发展、"
        "数字平阴建设等课题作了大会发言。",
    ),
    "cq": (
        "cq_report.txt",
        "政协重庆市第六届委员会第三次会议开幕。市政协主席唐方裕作常务委员会工作报告。"
        "“渝事好商量”协商品牌覆盖全市。",
    ),
}

ENTITIES = [
    Entity("place/610000", PLA, "陕西省", "Province", ("陕西",), (), "610000"),
    Entity("place/611000", PLA, "商洛市", "Prefecture", ("商洛",), (), "611000", "place/610000"),
    Entity("place/611024", PLA, "山阳县", "County", ("山阳",), ("sy",), "611024", "place/611000"),
    Entity("place/370000", PLA, "山东省", "Province", ("山东",), (), "370000"),
    Entity("place/370100", PLA, "济南市", "Prefecture", ("济南",), (), "370100", "place/370000"),
    Entity("place/370124", PLA, "平阴县", "County", ("平阴",), ("py",), "370124", "place/370100"),
    Entity("place/500000", PLA, "重庆市", "Municipality", ("重庆",), ("cq",), "500000"),
    Entity("org/cppcc/611024", ORG, "山阳县政协", "Committee", ("县政协",), ("sy",), "", "place/611024"),
    Entity("org/cpc/611024", ORG, "中共山阳县委", "PartyOrganization", ("县委",), ("sy",), "",
           "place/611024"),
    Entity("org/cppcc/370124", ORG, "政协第十一届平阴县委员会", "Committee", (), ("py",), "", "place/370124"),
    Entity("org/cppcc/500000", ORG, "政协重庆市第六届委员会", "Committee", ("市政协",), ("cq",), "",
           "place/500000"),
    Entity("person/611024/谢晓军", PER, "谢晓军", "", (), ("sy",)),
    Entity("person/611024/王昕", PER, "王昕", "", (), ("sy",)),
    Entity("person/611024/王斌", PER, "王斌", "", (), ("sy",)),
    Entity("person/370124/卢兆亮", PER, "卢兆亮", "", (), ("py",)),
    Entity("person/500000/唐方裕", PER, "唐方裕", "", (), ("cq",)),
    Entity("initiative/“一都四区”示范县", INI, "“一都四区”示范县", "", ("“一都四区”",), ("sy",)),
    Entity("initiative/“五好山阳”", INI, "“五好山阳”", "", (), ("sy",)),
    Entity("initiative/“渝事好商量”", INI, "“渝事好商量”", "", (), ("cq",)),
    Entity("initiative/数字平阴", INI, "数字平阴", "", (), ("py",)),
    Entity("proposal/370124/数字平阴建设", PRO, "数字平阴建设", "", (), ("py",)),
]

# (doc, surface form, key, occurrence): mentions found in the text
MENTIONS = [
    ("sy", "山阳县", "place/611024"),
    ("sy", "县委", "org/cpc/611024"),
    ("sy", "谢晓军", "person/611024/谢晓军"),
    ("sy", "县政协", "org/cppcc/611024"),
    ("sy", "王昕", "person/611024/王昕"),
    ("sy", "王斌", "person/611024/王斌"),
    ("sy", "“一都四区”示范县", "initiative/“一都四区”示范县"),
    ("sy", "“五好山阳”", "initiative/“五好山阳”"),
    ("py", "政协第十一届平阴县委员会", "org/cppcc/370124"),
    ("py", "卢兆亮", "person/370124/卢兆亮"),
    ("py", "数字平阴建设", "proposal/370124/数字平阴建设"),
    ("py", "数字平阴", "initiative/数字平阴"),
    ("cq", "政协重庆市第六届委员会", "org/cppcc/500000"),
    ("cq", "重庆市", "place/500000"),
    ("cq", "唐方裕", "person/500000/唐方裕"),
    ("cq", "“渝事好商量”", "initiative/“渝事好商量”"),
]


def sentence_of(text: str, start: int) -> tuple[int, int]:
    """The sentence (ending in 。 or a line break) around ``start``."""
    begin = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    return begin, (min(ends) + 1 if ends else len(text))


def find(doc_id: str, surface: str) -> tuple[int, int, tuple[int, int]]:
    text = TEXTS[doc_id][1]
    start = text.index(surface)
    return start, start + len(surface), sentence_of(text, start)


def make_kb() -> KnowledgeBase:
    docs = {d: Doc(d, src, text, text) for d, (src, text) in TEXTS.items()}
    entities = {e.key: e for e in ENTITIES}
    mentions = []
    for doc_id, surface, key in MENTIONS:
        start, end, sentence = find(doc_id, surface)
        e = entities[key]
        mentions.append(Mention(doc_id, start, end, surface, e.type, key, e.label, e.kind, sentence))
    mentions.sort(key=lambda m: (m.doc_id, m.start, m.end, m.key))

    def sentence(doc_id: str, surface: str) -> tuple[int, int]:
        return find(doc_id, surface)[2]

    relations = [
        Relation("person/611024/谢晓军", Predicate.MEMBERSHIP, "org/cpc/611024", "sy",
                 sentence("sy", "谢晓军"), "县委书记"),
        Relation("person/611024/王昕", Predicate.MEMBERSHIP, "org/cppcc/611024", "sy",
                 sentence("sy", "王昕"), "县政协主席"),
        Relation("person/500000/唐方裕", Predicate.MEMBERSHIP, "org/cppcc/500000", "cq",
                 sentence("cq", "唐方裕"), "市政协主席"),
        Relation("proposal/370124/数字平阴建设", Predicate.PROPOSED_BY, "person/370124/卢兆亮", "py",
                 sentence("py", "卢兆亮")),
        Relation("initiative/数字平阴", Predicate.INVOLVES_PLACE, "place/370124", "py",
                 sentence("py", "数字平阴")),
        Relation("initiative/“一都四区”示范县", Predicate.INVOLVES_ORGANIZATION, "org/cppcc/611024", "sy",
                 sentence("sy", "“一都四区”")),
        Relation("place/611024", Predicate.PART_OF, "place/611000", "sy"),
        # a post given with no body: a membership without organization
        Relation("person/611024/王斌", Predicate.MEMBERSHIP, "", "sy", sentence("sy", "王斌"), "记者"),
        # dangling: left out
        Relation("person/611024/王昕", Predicate.MEMBERSHIP, "org/unknown", "sy", (0, 0), "主席"),
    ]
    reports = [
        Report("cq", "cq_report.txt", "", "place/500000", "person/500000/唐方裕",
               "政协重庆市第六届委员会第三次会议", "2025-01"),
        Report("py", "d13_pingyin.txt", "政协第十一届平阴县委员会第二次会议召开第二次全体会议",
               "place/370124", "", "政协第十一届平阴县委员会第二次会议", "2024-01-06"),
        Report("sy", "d11_shanyang.txt", "", "place/611024", "person/611024/王昕", "山阳县政协十届四次会议",
               "2025"),
    ]
    return KnowledgeBase(reports, docs, entities, mentions, sorted(relations, key=repr))


@pytest.fixture
def kb() -> KnowledgeBase:
    return make_kb()


@pytest.fixture
def tool():
    """``tool(name)``: the path of a Debian command-line tool the test drives.

    Skips the test when the tool is missing, except under ``CI`` where a
    missing tool fails it (install them with ``make sysdeps``).
    """
    import os
    import shutil

    def need(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            message = f"{name} is not installed (apt-get install raptor2-utils rasqal-utils serdi)"
            if os.environ.get("CI"):
                pytest.fail(message + "; CI is set, so tools are required")
            pytest.skip(message)
        return path

    return need
