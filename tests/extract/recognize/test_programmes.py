"""Proposals and initiatives by the patterns reports use."""

import pytest

from extract.recognize.programmes import find_programmes
from extract.records import EntityType


def _found(text: str) -> dict[str, EntityType]:
    return {h.label: h.type for h in find_programmes(text)}


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "提交了《关于“大力推进茶叶产业持续健康发展”的建议案》。",
            "《关于“大力推进茶叶产业持续健康发展”的建议案》",
            EntityType.PROPOSAL,
        ),
        (
            "根据《临汾市政协提案工作细则》规定,经严格审查。",
            "《临汾市政协提案工作细则》",
            EntityType.INITIATIVE,
        ),
        ("严格落实“第一议题”制度。", "“第一议题”制度", EntityType.INITIATIVE),
        ("锚定“3815”战略发展目标。", "“3815”战略发展目标", EntityType.INITIATIVE),
        ("建设“五好山阳”。", "五好山阳", EntityType.INITIATIVE),
        ("打赢了三大攻坚战,如期全面建成了小康社会。", "三大攻坚战", EntityType.INITIATIVE),
    ],
)
def test_programmes_found(text, label, type_):
    assert _found(text).get(label) == type_


@pytest.mark.parametrize(
    "text", ["增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "是“十四五”规划收官之年。"]
)
def test_programmes_formulas_are_not_initiatives(text):
    assert _found(text) == {}


@pytest.mark.parametrize(
    "text",
    ["要配合重点工程建设。", "再开工15项重大水利工程。", "积极配合国家重大工程。", "这是一项长远战略。"],
)
def test_programmes_generic_and_counted_names_are_not_initiatives(text):
    assert not [t for t in _found(text).values() if t is EntityType.INITIATIVE]
