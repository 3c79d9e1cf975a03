"""The scaled-corpus generator: deterministic, level-keeping, name-varying, to size."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from bench.generate import (
    Template,
    find_places,
    find_spans,
    generate,
    load_gazetteer,
    load_lexicon,
    load_names,
    read_manifest,
    vary,
)

# Small real text: the opening of a county report and a line of a government work report.
REPORT = (
    "3月20日上午，政协第十四届运城市盐湖区委员会第二次会议胜利闭幕。\n"
    "区委书记王吉敏，区委副书记、区长李哲，区委副书记钟立伟在主席台前排就坐。\n"
    "大会执行主席、区政协主席常正，副主席王宗勤、李金果、周长春、李雪峰，秘书长陈晓涛在主席台前排就坐。\n"
    "常正主持会议并指出，会议圆满完成了各项议程。\n"
)
WORK_REPORT = "扩展上海自由贸易试验区范围，新设广东、天津、福建自由贸易试验区。山西省大同市代县的委员参加。\n"
NO_NAMES = "".join(f"第{n}条 会议号召，全国各族人民紧密团结，认真落实。\n" for n in "一二三四五六七八")


@pytest.fixture(scope="module")
def tables():
    return {"gazetteer": load_gazetteer(), "names": load_names(), "lexicon": load_lexicon()}


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    corpus, extra = tmp_path / "src" / "corpus", tmp_path / "src" / "dev"
    corpus.mkdir(parents=True)
    extra.mkdir(parents=True)
    (corpus / "work.txt").write_text(WORK_REPORT * 3, encoding="utf-8")
    (corpus / "plain.txt").write_text(NO_NAMES, encoding="utf-8")
    (extra / "county.txt").write_text(REPORT, encoding="utf-8")
    return [corpus, extra]


def _read_all(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.txt"))}


def test_generate_is_deterministic(tmp_path: Path, sources: list[Path]) -> None:
    a = generate(tmp_path / "a", scale=4, seed=7, sources=sources)
    b = generate(tmp_path / "b", scale=4, seed=7, sources=sources)
    generate(tmp_path / "c", scale=4, seed=8, sources=sources)
    assert [p.name for p in a] == [p.name for p in b]
    assert _read_all(tmp_path / "a") == _read_all(tmp_path / "b")
    assert _read_all(tmp_path / "a") != _read_all(tmp_path / "c")


@pytest.mark.parametrize("scale", [1, 3, 10])
def test_generate_sizes_scale(tmp_path: Path, sources: list[Path], scale: int) -> None:
    files = generate(tmp_path / "out", scale=scale, sources=sources)
    base = sum(p.stat().st_size for p in sources[0].glob("*.txt"))
    total = sum(p.stat().st_size for p in files)
    biggest = max(p.stat().st_size for p in files)
    assert scale * base <= total < scale * base + biggest
    manifest = read_manifest(tmp_path / "out")
    assert manifest is not None
    assert (manifest["scale"], manifest["files"], manifest["bytes"]) == (scale, len(files), total)


def test_generate_copies_all_differ(tmp_path: Path, sources: list[Path]) -> None:
    files = generate(tmp_path / "out", scale=10, sources=sources)
    originals = {p.read_bytes() for s in sources for p in s.glob("*.txt")}
    texts = [p.read_bytes() for p in files]
    assert len(set(texts)) == len(texts)
    assert not originals & set(texts)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("区委书记王吉敏，区委副书记、区长李哲在主席台就坐。", {"王吉敏", "李哲"}),
        ("副主席王宗勤、李金果、周长春、李雪峰出席。", {"王宗勤", "李金果", "周长春", "李雪峰"}),
        ("在主席台就坐的还有郭一民、董稷强、任刚、薛学农等。", {"郭一民", "董稷强", "任刚", "薛学农"}),
        ("国务院总理李克强所作的政府工作报告", {"李克强"}),
        ("会议自始至终洋溢着团结、民主、务实、鼓劲的气氛。", set()),
        ("增强人民群众的幸福感、安全感、获得感。", set()),
        ("主席高度重视委员会工作。", set()),
    ],
)
def test_find_spans_people(tables, text: str, people: set[str]) -> None:
    spans = find_spans(text, **tables)
    assert {s.key for s in spans if s.kind == "person"} == people
    assert all(text[s.start : s.end] == s.key for s in spans if s.kind == "person")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("政协运城市盐湖区委员会", ["运城市", "盐湖区"]),
        ("山西省忻州市代县", ["山西省", "忻州市", "代县"]),
        ("扩展上海自由贸易试验区范围", ["上海"]),
        ("加快沿海城市发展，城区面貌一新", []),
    ],
)
def test_find_places(tables, text: str, places: list[str]) -> None:
    found = find_places(text, tables["gazetteer"], tables["lexicon"])
    assert [text[s.start : s.end] for s in found] == places


@pytest.mark.parametrize("text", ["政协运城市盐湖区委员会", "山西省忻州市代县", WORK_REPORT])
@pytest.mark.parametrize("seed", range(5))
def test_vary_keeps_levels_and_nesting(tables, text: str, seed: int) -> None:
    gaz = tables["gazetteer"]
    template = Template("t", text, find_spans(text, **tables))
    out = vary(template, random.Random(seed), **tables)
    before = find_places(text, gaz, tables["lexicon"])
    after = find_places(out, gaz, tables["lexicon"])
    assert [gaz.places[s.key].level for s in after] == [gaz.places[s.key].level for s in before]
    assert all(a.key != b.key for a, b in zip(after, before, strict=True))
    for (outer, inner), (was_outer, was_inner) in zip(pairwise(after), pairwise(before), strict=True):
        if _inside(gaz, was_inner.key, was_outer.key):  # 运城市盐湖区: still a county of its city
            assert _inside(gaz, inner.key, outer.key)


def _inside(gaz, code: str, ancestor: str) -> bool:
    code = gaz.places[code].parent
    while code:
        if code == ancestor:
            return True
        code = gaz.places[code].parent
    return False


def test_vary_replaces_every_name(tables) -> None:
    template = Template("t", REPORT, find_spans(REPORT, **tables))
    originals = {REPORT[s.start : s.end] for s in template.spans}
    assert {"王吉敏", "常正", "运城市", "盐湖区"} <= originals
    for seed in range(5):
        out = vary(template, random.Random(seed), **tables)
        assert not [name for name in originals if name in out]
        assert out.count("\n") == REPORT.count("\n")
        assert "主持会议并指出" in out


def test_gazetteer_short_forms_only_above_counties(tables) -> None:
    gaz = tables["gazetteer"]
    for surface, (code, short) in gaz.surfaces.items():
        place = gaz.places[code]
        assert surface == (place.short if short else place.name)
        assert not (short and place.level == "county")
    assert gaz.surfaces["大同市"][0] == "140200000000"
    assert "大同" not in gaz.surfaces  # also the word 'great harmony'
    assert "城区" not in gaz.surfaces


def test_generate_rejects_bad_scale(tmp_path: Path, sources: list[Path]) -> None:
    with pytest.raises(ValueError, match="scale"):
        generate(tmp_path / "out", scale=0, sources=sources)
