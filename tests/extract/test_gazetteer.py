"""Tests for extract.gazetteer: divisions, hierarchy, short forms, resolution, regions, enumerations."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.gazetteer import (
    Division,
    Gazetteer,
    expand_abbreviations,
    find_suffixed,
    is_township_name,
    parse_enumeration,
    short_forms,
    split_enumeration,
    suffix_kind,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def one(gazetteer: Gazetteer, name: str) -> Division:
    """The division with this full name (which must be unique) or this code."""
    if name.isdigit():
        return gazetteer.by_code(name)
    found = [d for d in gazetteer.lookup(name) if d.name == name]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


# --- the table ----------------------------------------------------------------------------------


def test_gazetteer_load_counts(gazetteer: Gazetteer) -> None:
    levels = Counter(d.level for d in gazetteer.divisions if not d.until)
    assert levels["Province"] == 34
    assert 330 <= levels["Prefecture"] <= 340
    assert 2800 <= levels["County"] <= 2900
    gone = Counter(d.level for d in gazetteer.divisions if d.until)
    assert gone["Province"] == 0
    assert 80 <= gone["County"] + gone["Prefecture"] <= 120


def test_gazetteer_load_is_cached_and_sorted(gazetteer: Gazetteer) -> None:
    assert Gazetteer.load() is gazetteer
    codes = [d.code for d in gazetteer.divisions]
    assert codes == sorted(codes)
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(set(codes)) == len(codes)


def test_gazetteer_every_parent_exists_one_level_up(gazetteer: Gazetteer) -> None:
    rank = {"Province": 0, "Prefecture": 1, "County": 2}
    for division in gazetteer.divisions:
        if division.level == "Province":
            assert division.parent == ""
            continue
        parent = gazetteer.by_code(division.parent)
        assert parent is not None, division
        assert rank[parent.level] < rank[division.level], division


@pytest.mark.parametrize(
    "code",
    [
        "110100",  # 北京市 placeholder between the municipality and its districts
        "500200",  # 重庆市 placeholder for its counties
        "133100",  # 雄安新区: a new area, listed in regions.tsv
        "500157",  # 两江新区
        "320576",  # 苏州工业园区
        "710100",  # 台北市: subdivisions of Taiwan are not in GB/T 2260
        "810101",  # 中西区 of Hong Kong
        "999900",  # 海域
    ],
)
def test_gazetteer_leaves_out_non_divisions(gazetteer: Gazetteer, code: str) -> None:
    assert gazetteer.by_code(code) is None


@pytest.mark.parametrize(
    ("name", "chain"),
    [
        ("代县", ["忻州市", "山西省"]),
        ("迎泽区", ["太原市", "山西省"]),
        ("乌拉特中旗", ["巴彦淖尔市", "内蒙古自治区"]),
        ("沧源佤族自治县", ["临沧市", "云南省"]),
        ("南宫市", ["邢台市", "河北省"]),
        ("神农架林区", ["湖北省"]),
        ("济源市", ["河南省"]),
        ("石河子市", ["新疆维吾尔自治区"]),
        ("琼海市", ["海南省"]),
        ("东城区", ["北京市"]),
        ("城口县", ["重庆市"]),
        ("浦东新区", ["上海市"]),
        ("六枝特区", ["六盘水市", "贵州省"]),
        ("湘西土家族苗族自治州", ["湖南省"]),
        ("山西省", []),
    ],
)
def test_gazetteer_ancestors(gazetteer: Gazetteer, name: str, chain: list[str]) -> None:
    assert [d.name for d in gazetteer.ancestors(one(gazetteer, name).code)] == chain


@pytest.mark.parametrize(
    ("name", "prefecture", "province"),
    [
        ("代县", "忻州市", "山西省"),
        ("忻州市", "忻州市", "山西省"),
        ("东城区", "北京市", "北京市"),
        ("北京市", "北京市", "北京市"),
        ("神农架林区", None, "湖北省"),
        ("山西省", None, "山西省"),
        ("东莞市", "东莞市", "广东省"),
    ],
)
def test_gazetteer_prefecture_and_province_of(
    gazetteer: Gazetteer, name: str, prefecture: str | None, province: str
) -> None:
    code = one(gazetteer, name).code
    found = gazetteer.prefecture_of(code)
    assert (found.name if found else None) == prefecture
    assert gazetteer.province_of(code).name == province


@pytest.mark.parametrize("code", ["", "000000", "140999", "abc"])
def test_gazetteer_unknown_codes(gazetteer: Gazetteer, code: str) -> None:
    assert gazetteer.by_code(code) is None
    assert gazetteer.ancestors(code) == ()
    assert gazetteer.prefecture_of(code) is None
    assert gazetteer.province_of(code) is None


@pytest.mark.parametrize(
    ("name", "kind", "municipality"),
    [
        ("北京市", "直辖市", True),
        ("重庆市", "直辖市", True),
        ("山西省", "省", False),
        ("广西壮族自治区", "自治区", False),
        ("香港特别行政区", "特别行政区", False),
        ("大同市", "地级市", False),
        ("阿里地区", "地区", False),
        ("锡林郭勒盟", "盟", False),
        ("湘西土家族苗族自治州", "自治州", False),
        ("代县", "县", False),
        ("南宫市", "县级市", False),
        ("迎泽区", "市辖区", False),
        ("乌拉特中旗", "旗", False),
        ("鄂温克族自治旗", "自治旗", False),
        ("神农架林区", "林区", False),
        ("万柏林区", "市辖区", False),
        ("碑林区", "市辖区", False),
        ("六枝特区", "特区", False),
    ],
)
def test_gazetteer_kind_and_municipality(
    gazetteer: Gazetteer, name: str, kind: str, municipality: bool
) -> None:
    division = one(gazetteer, name)
    assert (division.kind, division.municipality) == (kind, municipality)


def test_gazetteer_children(gazetteer: Gazetteer) -> None:
    names = {d.name for d in gazetteer.children(one(gazetteer, "忻州市").code)}
    assert {"代县", "忻府区", "原平市", "五台县", "繁峙县"} <= names
    assert gazetteer.children(one(gazetteer, "东莞市").code) == ()


# --- short forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("大同市", ("大同",)),
        ("忻州市", ("忻州",)),
        ("山西省", ("山西",)),
        ("北京市", ("北京",)),
        ("内蒙古自治区", ("内蒙古",)),
        ("广西壮族自治区", ("广西", "广西自治区")),
        ("新疆维吾尔自治区", ("新疆", "新疆自治区")),
        ("宁夏回族自治区", ("宁夏", "宁夏自治区")),
        ("香港特别行政区", ("香港",)),
        ("湘西土家族苗族自治州", ("湘西", "湘西州", "湘西自治州")),
        ("巍山彝族回族自治县", ("巍山", "巍山县", "巍山自治县")),
        ("沧源佤族自治县", ("沧源", "沧源县", "沧源自治县")),
        ("察布查尔锡伯自治县", ("察布查尔", "察布查尔县", "察布查尔自治县")),
        ("兴安盟", ("兴安",)),
        ("阿里地区", ("阿里",)),
        ("乌拉特中旗", ("乌中旗",)),
        ("科尔沁右翼前旗", ("科右前旗",)),
        ("东乌珠穆沁旗", ("东乌旗",)),
        ("阿巴嘎旗", ()),
        ("鄂温克族自治旗", ("鄂温克旗", "鄂温克自治旗")),
        ("鄂伦春自治旗", ("鄂伦春旗",)),
        ("代县", ()),
        ("迎泽区", ("迎泽",)),
        ("神农架林区", ("神农架",)),
        ("六枝特区", ("六枝",)),
        ("浦东新区", ("浦东",)),
        ("峰峰矿区", ("峰峰",)),
        ("万柏林区", ("万柏林",)),  # a district, not a 林区
        ("140302", ()),  # 城区 of 阳泉市: a one-character stem
    ],
)
def test_gazetteer_short_forms(gazetteer: Gazetteer, name: str, short: tuple[str, ...]) -> None:
    division = one(gazetteer, name)
    assert division.short == short
    assert short_forms(division.name, division.kind) == short


def test_gazetteer_short_forms_have_two_characters_at_least(gazetteer: Gazetteer) -> None:
    for division in gazetteer.divisions:
        assert all(len(s) >= 2 and s != division.name for s in division.short), division
        assert list(division.short) == sorted(set(division.short))


@pytest.mark.parametrize(
    ("surface", "ambiguous"),
    [
        ("城区", True),
        ("郊区", True),
        ("矿区", True),
        ("和平", True),
        ("东方", True),
        ("城关", True),
        ("长子", True),
        ("和政", True),  # straddles 和 and the next word (和政治)
        ("民和", True),  # 人民和...
        ("和县", True),  # a two-character full name that straddles too (市和县)
        ("平原", True),  # jieba tags it as a place; places_ambiguity.tsv drops it
        ("和布克赛尔", False),  # the function-character rule is for two characters only
        ("和政县", False),
        ("大同", False),  # a prefecture's short form is never dropped
        ("朝阳", False),
        ("平遥", False),  # jieba mis-tags it; places_ambiguity.tsv keeps it
        ("迎泽", False),
        ("和平区", False),  # full names longer than two characters still match
        ("东方市", False),
    ],
)
def test_gazetteer_ambiguous_names(gazetteer: Gazetteer, surface: str, ambiguous: bool) -> None:
    assert gazetteer.lookup(surface)
    assert gazetteer.is_ambiguous(surface) is ambiguous
    assert (surface in gazetteer.surfaces()) is not ambiguous
    assert surface in gazetteer.surfaces(ambiguous=True)


def test_gazetteer_surfaces_are_sorted_and_known(gazetteer: Gazetteer) -> None:
    surfaces = gazetteer.surfaces()
    assert list(surfaces) == sorted(set(surfaces))
    assert all(gazetteer.lookup(s) for s in surfaces)


# --- lookup and resolution ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "codes"),
    [
        ("朝阳", ["110105", "211300", "211321", "220104"]),
        ("兴安", ["152200", "230405", "450325"]),
        ("大同", ["140200", "230606"]),
        ("代县", ["140923"]),
        ("朔州", ["140600"]),
        ("不存在", []),
    ],
)
def test_gazetteer_lookup(gazetteer: Gazetteer, surface: str, codes: list[str]) -> None:
    assert [d.code for d in gazetteer.lookup(surface)] == codes


@pytest.mark.parametrize(
    ("surface", "near", "expected"),
    [
        ("代县", (), "140923"),
        ("朔州", ("140000",), "140600"),
        ("朝阳", (), "211300"),  # the prefecture outranks the districts and the county
        ("朝阳", ("110101",), "110105"),  # in a Beijing document, Beijing's district
        ("朝阳", ("220100",), "220104"),  # in a Changchun document, Changchun's district
        ("朝阳", ("210000",), "211300"),  # in Liaoning, the city before its county
        ("朝阳区", (), None),  # two districts, same level, no context
        ("朝阳区", ("110000",), "110105"),
        ("兴安", ("150000",), "152200"),  # 兴安盟 in an Inner Mongolia context
        ("兴安", ("450300",), "450325"),  # 兴安县 in a Guilin context
        ("兴安", ("230400",), "230405"),  # 兴安区 in a Hegang context
        ("吉林", (), "220000"),
        ("吉林", ("220200",), "220200"),
        ("城区", ("140300",), "140302"),  # 阳泉市城区
        ("城区", ("140500",), "140502"),  # 晋城市城区
        ("城区", (), None),
        ("伊宁", (), None),  # 伊宁市 and 伊宁县: same level, same prefecture
        ("伊宁", ("654021",), "654021"),  # a place already known in the document wins
        ("大同", ("999999", ""), "140200"),  # unknown context codes are ignored
        ("不存在", ("140000",), None),
    ],
)
def test_gazetteer_resolve(
    gazetteer: Gazetteer, surface: str, near: tuple[str, ...], expected: str | None
) -> None:
    found = gazetteer.resolve(surface, near=near)
    assert (found.code if found else None) == expected


@given(st.sampled_from(Gazetteer.load().divisions))
def test_gazetteer_resolve_returns_a_candidate(division: Division) -> None:
    gazetteer = Gazetteer.load()
    for surface in division.names:
        found = gazetteer.resolve(surface, near=(division.code,))
        assert found is not None and surface in found.names
    # In its own context a division's full name resolves to itself.
    assert gazetteer.resolve(division.name, near=(division.code,)) == division


# --- regions and features -----------------------------------------------------------------------


def test_gazetteer_regions_and_features_load(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.regions) >= 80
    assert len(gazetteer.features) >= 300
    for area in (*gazetteer.regions, *gazetteer.features):
        assert area.name and area.kind
        assert all(gazetteer.by_code(code).level == "Province" for code in area.provinces)
        assert area.aliases == tuple(sorted(set(area.aliases)))
    names = [a.name for a in (*gazetteer.regions, *gazetteer.features)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("surface", "name", "category", "kind", "province"),
    [
        ("京津冀", "京津冀", "region", "city_cluster", "河北省"),
        ("长三角", "长江三角洲", "region", "city_cluster", "上海市"),
        ("珠三角", "珠江三角洲", "region", "city_cluster", "广东省"),
        ("粤港澳大湾区", "粤港澳大湾区", "region", "city_cluster", "香港特别行政区"),
        ("成渝地区双城经济圈", "成渝地区双城经济圈", "region", "city_cluster", "重庆市"),
        ("长株潭", "长株潭", "region", "city_cluster", "湖南省"),
        ("关中平原城市群", "关中平原城市群", "region", "city_cluster", "陕西省"),
        ("中西部地区", "中西部地区", "region", "policy_region", "山西省"),
        ("黄河流域", "黄河流域", "region", "river_basin", "山西省"),
        ("长江经济带", "长江经济带", "region", "economic_belt", "四川省"),
        ("雄安新区", "雄安新区", "region", "new_area", "河北省"),
        ("黄河", "黄河", "feature", "river", "山西省"),
        ("汾河", "汾河", "feature", "river", "山西省"),
        ("滹沱河", "滹沱河", "feature", "river", "河北省"),
        ("太湖", "太湖", "feature", "lake", "江苏省"),
        ("五台山", "五台山", "feature", "mountain", "山西省"),
        ("太行山", "太行山", "feature", "range", "山西省"),
        ("雁门关", "雁门关", "feature", "pass", "山西省"),
        ("云冈石窟", "云冈石窟", "feature", "grotto", "山西省"),
        ("敦煌莫高窟", "莫高窟", "feature", "grotto", "甘肃省"),
        ("大运河", "京杭大运河", "feature", "canal", "江苏省"),
        ("长城", "长城", "feature", "heritage", "山西省"),
    ],
)
def test_gazetteer_lookup_area(
    gazetteer: Gazetteer, surface: str, name: str, category: str, kind: str, province: str
) -> None:
    (area,) = gazetteer.lookup_area(surface)
    assert (area.name, area.category, area.kind) == (name, category, kind)
    assert one(gazetteer, province).code in area.provinces
    assert area.key == f"place/{category}/{name}"


def test_gazetteer_strategy_regions_say_so(gazetteer: Gazetteer) -> None:
    for name in ("京津冀", "长江经济带", "粤港澳大湾区", "黄河流域"):
        (area,) = gazetteer.lookup_area(name)
        assert "strategy" in area.note


# --- enumerations, abbreviations and patterns ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items", "count", "unit"),
    [
        ("晋中、忻州、阳泉、吕梁四市", ["晋中", "忻州", "阳泉", "吕梁"], 4, "市"),
        ("太原、大同等6市", ["太原", "大同"], 6, "市"),
        ("原平市、代县、繁峙县三县（市）", ["原平市", "代县", "繁峙县"], 3, "县（市）"),
        ("大同市和朔州市", ["大同市", "朔州市"], None, ""),
        ("晋冀蒙三省（区）", ["山西省", "河北省", "内蒙古自治区"], 3, "省（区）"),
        ("川渝", ["四川省", "重庆市"], None, ""),
        ("晋陕豫", ["山西省", "陕西省", "河南省"], None, ""),
        ("新宁、武冈两县", ["新宁", "武冈"], 2, "县"),  # division names, not abbreviations
        ("晋中", ["晋中"], None, ""),  # a division name is never split into abbreviations
        ("晋", ["晋"], None, ""),  # one character alone is never a province
    ],
)
def test_gazetteer_parse_enumeration(text: str, items: list[str], count: int | None, unit: str) -> None:
    enumeration = parse_enumeration(text)
    assert (list(enumeration.items), enumeration.count, enumeration.unit) == (items, count, unit)
    assert split_enumeration(text) == items


@pytest.mark.parametrize(
    ("compound", "provinces"),
    [
        ("晋冀蒙", ("山西省", "河北省", "内蒙古自治区")),
        ("京津冀", ("北京市", "天津市", "河北省")),
        ("云贵川", ("云南省", "贵州省", "四川省")),
        ("沪", ()),
        ("忻州", ()),
    ],
)
def test_gazetteer_expand_abbreviations(compound: str, provinces: tuple[str, ...]) -> None:
    assert expand_abbreviations(compound) == provinces


@pytest.mark.parametrize(
    ("name", "township"),
    [
        ("峨口镇", True),
        ("滩头乡", True),
        ("新建街道", True),
        ("巴音苏木", True),
        ("乡", False),
        ("代县", False),
    ],
)
def test_gazetteer_is_township_name(name: str, township: bool) -> None:
    assert is_township_name(name) is township


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("滹沱河", ("feature", "river")),
        ("松花江", ("feature", "river")),
        ("娘子关", ("feature", "pass")),
        ("天龙山石窟", ("feature", "grotto")),
        ("太忻一体化经济区", ("region", "economic_zone")),
        ("太原都市圈", ("region", "metropolitan_area")),
        ("山西中部城市群", ("region", "city_cluster")),
        ("东部产业新城", ("region", "new_town")),
        ("中国（山西）自由贸易试验区", ("region", "free_trade_zone")),
        ("晋中国家农业高新技术产业示范区", ("region", "demonstration_zone")),
        ("汾河湿地公园", ("feature", "park")),  # 湿地公园 and 公园 both fit: the longer wins
        ("吕梁山区", ("region", "mountain_area")),
        ("河", None),
        ("abc河", None),
    ],
)
def test_gazetteer_suffix_kind(name: str, kind: tuple[str, str] | None) -> None:
    assert suffix_kind(name) == kind


def test_gazetteer_find_suffixed_offers_starts_within_the_run() -> None:
    text = "治理滹沱河，建设太原都市圈"
    hits = {(h.suffix, h.end): h.starts for h in find_suffixed(text)}
    river_end = text.index("河") + 1
    assert text.index("滹") in hits[("河", river_end)]
    ring_end = len(text)
    assert text.index("太") in hits[("都市圈", ring_end)]
    assert all(start >= text.index("建") for start in hits[("都市圈", ring_end)])


def test_gazetteer_a_county_that_became_a_city_or_district_keeps_its_former_name():
    gazetteer = Gazetteer.load()
    assert [d.code for d in gazetteer.lookup("京山县")] == ["420882"]  # 京山市 since 2018
    assert [d.code for d in gazetteer.lookup("长寿县")] == ["500115"]  # 长寿区
    assert [d.name for d in gazetteer.lookup("朝阳县")] == ["朝阳县"]  # a county today stays itself


@pytest.mark.parametrize(
    ("former", "today"),
    [
        ("襄樊市", "420600"),  # renamed 襄阳市 in 2010, same code
        ("思茅市", "530800"),  # 普洱市 since 2007 (and the county-level 思茅市 before 2003: 思茅区)
        ("陇南地区", "621200"),  # a prefecture that became a city under a new code
        ("冀州市", "131103"),  # a county-level city that became a district (冀州区)
        ("通州市", "320612"),  # 南通's 通州区, not Beijing's: the same province only
        ("北站区", "410704"),  # renamed 凤泉区, same code
    ],
)
def test_gazetteer_a_renamed_division_is_found_by_its_former_name(
    gazetteer: Gazetteer, former: str, today: str
) -> None:
    found = gazetteer.resolve(former)
    assert found is not None and found.code == today and not found.until
    assert former in found.former and found.is_full(former) and former in found.names


@pytest.mark.parametrize(
    ("name", "code", "parent", "until"),
    [
        ("港闸区", "320611", "320600", "2013"),  # merged into 崇川区 in 2020
        ("崇文区", "110103", "110000", "2009"),  # merged into 东城区 in 2010
        ("萝岗区", "440116", "440100", "2013"),
        ("动力区", "230107", "230100", "2005"),
    ],
)
def test_gazetteer_a_merged_division_is_a_division_of_its_own(
    gazetteer: Gazetteer, name: str, code: str, parent: str, until: str
) -> None:
    (found,) = gazetteer.lookup(name)
    assert (found.code, found.parent, found.until, found.level) == (code, parent, until, "County")
    assert found.short == ()  # 动力 is a word
    assert gazetteer.prefecture_of(code).code == parent
    assert gazetteer.by_code(code) is found


@pytest.mark.parametrize("name", ["南市区", "市郊区", "开县", "蓟县", "西沙群岛"])
def test_gazetteer_former_names_that_read_as_words_are_left_out(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) == ()


def test_gazetteer_former_divisions_file_is_well_formed() -> None:
    from extract.gazetteer import DATA

    rows = [
        line.split("\t")
        for line in (DATA / "places_former.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) > 300
    assert all(re.fullmatch(r"\d{6}", r[0]) and re.fullmatch(r"\d{4}-\d{4}", r[2]) for r in rows)
    assert len({(r[0], r[1]) for r in rows}) == len(rows)


def test_gazetteer_conventional_abbreviations_of_prefectures():
    gazetteer = Gazetteer.load()
    assert {d.code for d in gazetteer.lookup("巴州")} == {"511902", "652800"}  # and 巴中市巴州区
    assert [d.code for d in gazetteer.lookup("锡盟")] == ["152500"]
    assert [d.code for d in gazetteer.lookup("版纳")] == ["532800"]
