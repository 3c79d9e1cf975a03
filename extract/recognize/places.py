"""Places: administrative divisions from the gazetteer, named regions and features, townships.

Short forms resolve to full names by the report's own place (朔州 in a Shanxi report → 朔州市);
enumerations split into their members (晋中、忻州、阳泉、吕梁四市 → four prefectures).
"""

from __future__ import annotations

import re
from functools import cache

from extract.context import DocContext
from extract.gazetteer import Division, Gazetteer, NamedArea, province_abbreviations
from extract.lexicon import Lexicon, common_word
from extract.recognize.organizations import STUDIO_KINDS, ZONE_OFFICES, free_trade_zones
from extract.records import Doc, Entity, EntityType, Mention
from extract.segment import Segmenter, is_word
from extract.sentences import SentenceIndex
from extract.trie import compile_trie

__all__ = ["division_entity", "division_matcher", "find_places", "place_kind"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
# A township: two to four characters before 镇 / 乡 / 街道 / 苏木, after a boundary or a verb of
# going (深入古宜镇).
_GOING = ("深入", "前往", "来到", "走进", "抵达", "落户", "在", "赴", "到")
"""Verbs of going a township's name may follow, and never starts with."""
_GOING_RE = re.compile("|".join(_GOING))
_VISITS = ("视察", "调研", "考察", "走访", "参观")
"""Verbs of visiting a township's name may follow with 了 (视察了下塘镇)."""
_NO_TOWNSHIP_ENDS = ("城乡", "全乡", "各乡", "乡镇", "千乡", "小城镇", "家乡", "故乡", "老乡")
"""Phrases ending in 乡 or 镇 that name no township (万村千乡, 发展小城镇, 情系家乡)."""


def _going_to_township(name: str) -> bool:
    """A word and a verb of going to the countryside or building a town (家电下乡, 以城带乡, 送电到乡,
    移民建镇), not a township named for a place (塔下乡)."""
    ends = ("下乡", "到乡", "带乡", "建镇")
    return name.endswith(ends) and len(name) > 3 and common_word(name[:-2], min_freq=1)
_LINKS = frozenset("是于和与及")
"""Words a township may follow when its name holds no ordinary word (是黄田镇大坑村的村民)."""
_STUDIO = rf"(?:政协)?委员(?:{STUDIO_KINDS})"
"""A members' studio, as a township's own (湖口镇委员工作室)."""
_TOWNSHIP = re.compile(
    r"(?:(?<![\u4e00-\u9fff])" + "".join(f"|(?<={w})|(?<={w}了)" for w in _GOING) + r"|(?<=[是于和与及、])"
    r"|(?<=[该本我][县区市旗])"  # 到该县向阳镇: the county the report speaks of
    r"|(?<=政协)(?=[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?:政协|委员)?联络[组室处])"  # 县政协业州镇联络组
    + "".join(f"|(?<={w}了)" for w in _VISITS) + ")"  # 视察了下塘镇明华社区
    r"(?!" + "|".join(_GOING) + r"|[该本我][县区市旗])([\u4e00-\u9fff]{2,4}?)(镇|乡|街道|苏木)"
    r"(?:(?![\u4e00-\u9fff])|(?=党委|党工委|人民政府|政府|办事处|人大|调研|视察|考察|走访|督导|指导|检查"
    # 在古槐街道召开: a meeting held there; 泉水街道联络组: its members' liaison group
    rf"|{_STUDIO}|政协|商量|协商议事|议事|召开|举行|(?:政协|委员)?联络[组室处]"
    r"|副?(?:镇长|乡长)"  # 、熊口镇副镇长: its head
    r"|[\u4e00-\u9fff]{2,4}社区|[\u4e00-\u9fff]{2,3}村(?![民级落庄镇委])|[\u4e00-\u9fff]{2,6}?嘎查"
    r"|[和与及][\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?![\u4e00-\u9fff])"  # 猴桥镇和界头镇
    r"|(?<=[到赴]..[镇乡])和|(?<=[到赴]...[镇乡])和"  # 到大营镇和观音堂示范区
    # 回龙镇、云龙镇等地, 下老乡、坡结乡等9个乡镇
    r"|(?<=[、和与及][\u4e00-\u9fff]{2}[镇乡])等|(?<=[、和与及][\u4e00-\u9fff]{3}[镇乡])等"
    # 毛庄镇三叶绿色养殖生态园, 鹅湖镇潘家茶园: a site visited in the township, named after it
    r"|(?<=镇)[\u4e00-\u9fff]{2,10}?(?:生态园|产业园|示范园|茶园|果园|基地|合作社|有限公司|农场)[、，,。；;等]"
    r"|(?<=镇)[\u4e00-\u9fff]{2,12}?有限公司))"
)
# A township right after its county's name, and a village right after its township (临泽县板桥镇土桥村)
_STREET_AT = re.compile(r"[\u4e00-\u9fff]{2,4}?街道")
"""A street of a district right after its name, whatever follows (湖里殿前街道率先)."""
_TOWN_AT = re.compile(
    rf"{_STREET_AT.pattern}"
    r"|(?:[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道|苏木)|[\u4e00-\u9fff]{2,8}?族乡)"  # 萨马街鄂温克民族乡
    r"(?=[\u4e00-\u9fff]{2,3}村|[\u4e00-\u9fff]{2,4}社区|党委|党工委|人民政府|政府|办事处|人大|政协|委员|的"
    r"|区域|乡村|辖区|调研|视察|考察|[^\u4e00-\u9fff]|$)"
)
# A township in running text, where only its name can vouch for it: after a verb of going
# (在哈尔盖镇修建) or its county (精河县托里镇就业驿站), before any word
_TOWN_GLUED = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:镇|乡|苏木)(?=[\u4e00-\u9fff])")
# A township its own government, party committee or village vouches for, wherever it stands
# (致使沙柳河镇果洛藏贡麻村, 近期吉尔孟乡政府): its name starts after an ordinary word
_TOWN_VOUCHED = re.compile(
    r"(?:镇|乡|苏木)(?=人民政府|政府|党委|(?:(?![的和与及各等在对])[\u4e00-\u9fff]){2,6}?(?:村(?![民级落庄镇委])|嘎查))"
)
_TOWN_BODY = re.compile(rf"{_STUDIO}|党委|(?:政协|委员)?联络[组室处]")
"""A township's own bodies right after its name, which vouch for it."""
_TOWN_LEAD = re.compile(
    "这是|那是|这|那|是|听取|调研|视察|走访|考察|慰问|看望|深入|前往|来到|走进|到|赴|关于|以及|包括|还有"
)
"""Words a township's name found after a boundary may start with that are no part of it (这是湖口镇,
听取虹梅街道, 调研天池街道)."""
_COMMUNITY_BODIES = r"工作点|工作站|居委会|居民委员会|党委|党总支|党支部|党群|议事|协商|(?:政协)?委员"
"""A community's own bodies and members' offices, written right after its name (南郊社区工作点)."""
_COMMUNITY_AT = re.compile(r"(?![在到的了和与及])[\u4e00-\u9fff]{2,4}?社区")
"""A community right after its township, whatever follows (金桂社区豹塘路, 下塘镇明华社区高标准农田)."""
_VILLAGE_AT = re.compile(
    r"(?:(?![的和与及各等在对])[\u4e00-\u9fff]){2,6}?(?:(?<![农乡])村(?![民级落庄镇])|嘎查)"
)
"""A village right after its township: 东风镇三庄村, and an Inner Mongolian gacha (某镇扎嘎斯台嘎查)."""
_COUNTY_VILLAGE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,3}?村)(?=党|村委|两委|委会|村民委员会|[^\u4e00-\u9fff])"
)
"""A village right after its county, before its own bodies or the clause's end (雷山县西江村党总支)."""
_VENUE = re.compile(
    r"(?:在|赶到|来到|抵达)(?P<rel>[省市县区旗州])?(?P<name>[\u4e00-\u9fff]{0,8}?"
    r"(?:会议中心|迎宾馆|宾馆|大剧院|剧院|大礼堂|礼堂|会堂|文化宫|工人文化宫|文化活动中心|文化中心|体育馆|会展中心|演艺中心|艺术中心|市民中心|大酒店|酒店|饭店|剧场|大剧场))"
)

# Where a meeting opens: 会议在县图书馆报告厅开幕, 在黑龙江工程学院逸夫楼图书馆报告厅隆重开幕,
# 假中山市会议中心举行 (Hong Kong and Macao papers); a meeting room (会议室) is no place, but the building
# it is in is (区行政中心一楼大会议室)
_MEETING_VENUE = re.compile(
    r"[在假](?P<rel>[省市县区旗州])?(?P<name>[\u4e00-\u9fff0-9A-Za-z]{1,20}?"
    r"(?:报告厅|会议厅|礼堂|大厦|中心|宾馆|饭店|酒店|会堂|剧院|图书馆|大楼|体育馆|展览馆|广场|电影厅|多功能厅"
    r"|俱乐部|会议室))"
    r"(?:隆重|胜利|正式|顺利)?(?:开幕|召开|举行|闭幕|落下帷幕)"
)

# 在雅玛里克山上, 在欧亚铜业产业园和…, 到陈仓区中车时代产业园调研: an industrial park or a mountain a visit
# goes to, named by its kind's ending and the words around it
_SITE_VISITED = re.compile(
    r"(?:深入|前往|来到|走进|在|赴|到)(?P<name>(?:(?![的了和与及、在对把被将为我全各本该这那等其此些个])"
    r"[\u4e00-\u9fff]){2,12}?(?:产业园|工业园|科技园|物流园|园区|山))"
    r"(?=上|里|内|和|、|，|,|。|调研|视察|考察|参观|开展|现场|项目|实地)"
)
_NO_SITE_OPENING = ("更多", "一些", "部分", "有关", "相关", "重点", "主要", "多个", "各类", "其他", "其它")
"""Words of quantity or kind that open a phrase, not a site's name (更多科技园区)."""
_HALL = re.compile(
    r"(?P<building>[\u4e00-\u9fff0-9A-Za-z]*?(?:图书馆|大厦|中心|宾馆|饭店|酒店|大楼|会堂|剧院|会场))"
    r"[\u4e00-\u9fff]{0,4}(?:报告厅|会议厅|会议室|多功能厅|礼堂|电影厅)"
)
_HALL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:报告厅|会议厅|礼堂|会堂|剧院|电影厅|多功能厅)")
_NOT_VENUE = re.compile(r"[在的]|召开|举行|会议(?!中心|厅|室|大厦)")


@cache
def division_matcher() -> re.Pattern[str]:
    """One trie pattern over every unambiguous division name and short form."""
    return compile_trie(Gazetteer.load().surfaces())


@cache
def area_matcher() -> re.Pattern[str] | None:
    """One trie pattern over the names of regions and features (None when there are none)."""
    surfaces = Gazetteer.load().area_surfaces()
    return compile_trie(surfaces) if surfaces else None


def place_kind(division: Division) -> str:
    """The ontology class of a division."""
    if division.municipality:
        return "Municipality"
    if division.level == "County" and division.parent.endswith("0000"):
        parent = Gazetteer.load().by_code(division.parent)
        if parent is not None and not parent.municipality:
            return "DirectCounty"  # 天门市, 文昌市: under its province, no prefecture above it
    return division.level


def division_entity(division: Division) -> Entity:
    """The entity of a division, with its code and parent (no documents: mentions add them)."""
    return Entity(
        key=division.key,
        type=EntityType.PLACE,
        label=division.name,
        kind=place_kind(division),
        code=division.code,
        parent=f"place/{division.parent}" if division.parent else "",
    )


def _area_entity(area: NamedArea) -> Entity:
    kind = "Region" if area.category == "region" else "GeoFeature"
    return Entity(key=area.key, type=EntityType.PLACE, label=area.name, kind=kind)


def _named_area(part: str, name: str, kind: str) -> Entity:
    """A region or feature named by the text alone (京哈高铁, 东部新城, 西沽公园), keyed by its name."""
    return Entity(key=f"place/{part}/{name}", type=EntityType.PLACE, label=name, kind=kind)


def find_places(
    doc: Doc,
    ctx: DocContext,
    gazetteer: Gazetteer,
    sentences: SentenceIndex,
    segmenter: Segmenter | None = None,
) -> tuple[list[Mention], list[Entity]]:
    """Every place named in ``doc``, resolved, with the entities they introduce.

    A short form (盐湖 for 盐湖区) must stand as a word of its own when a segmenter is given.
    """
    view = doc.view
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    near = list(ctx.codes)

    hits = [(m.start(), m.end(), m.group()) for m in division_matcher().finditer(view)]
    touching: dict[int, list[tuple[int, int, str]]] = {}  # hits by each of their two edges
    for hit in hits:
        touching.setdefault(hit[0], []).append(hit)
        touching.setdefault(hit[1], []).append(hit)
    county_ends: list[int] = []  # where a county is written in full: a township may follow (临泽县板桥镇)
    # Unambiguous names first give the context for the ambiguous ones.
    for start, end, surface in sorted(hits, key=lambda h: len(gazetteer.lookup(h[2])) > 1):
        division = gazetteer.resolve(surface, near=tuple(near))
        if division is not None and division.level == "County" and division.is_full(surface):
            county_ends.append(end)
        elif division is not None and division.level == "County" and _STREET_AT.match(view, end):
            county_ends.append(end)  # 湖里殿前街道: a street after its district's short name
        if division is None or not _plausible(division, surface, view, end, ctx, gazetteer):
            continue
        if (
            segmenter is not None
            and surface != division.name  # a former name too must stand as a word (新增城市绿地)
            and not _PLACE_LIST_AFTER.match(view, end)  # 建德等县: places, however segmented
            and not _nested_pair(division, start, end, touching, gazetteer, near, segmenter, view)
            and not _in_city_run(start, end, touching, view, gazetteer)
            and not is_word(segmenter, view, start, end)
        ):
            continue
        if division.code not in near:
            near.append(division.code)
        mentions.append(
            _mention(doc, start, end, division.key, division.name, place_kind(division), sentences)
        )
        _add_with_ancestors(division, gazetteer, entities)

    # 本报合作讯: the place a paper's news comes from, named in its dateline whatever the word reads as
    for m in _PAPER_DATELINE.finditer(view) if "讯" in view else ():
        division = gazetteer.resolve(m["name"], near=tuple(near))
        taken = any(x.start < m.end("name") and m.start("name") < x.end for x in mentions)
        if division is not None and not taken:
            mentions.append(
                _mention(doc, *m.span("name"), division.key, division.name, place_kind(division), sentences)
            )
            _add_with_ancestors(division, gazetteer, entities)

    areas_pattern = area_matcher()
    province = ctx.province.code[:2] if ctx.province is not None else ""  # the report's, by its code
    named_towns: list[tuple[int, int]] = []
    for m in areas_pattern.finditer(view) if areas_pattern else ():
        areas = gazetteer.lookup_area(m.group())
        if not areas:
            continue
        area = areas[0]
        short = m.group() != area.name
        if short and segmenter is not None and not is_word(segmenter, view, m.start(), m.end()):
            continue  # 西南 of 西南大学: a short form inside another word
        a, b = m.span()
        crossed = [x for x in mentions if x.start < a < x.end < b or a < x.start < b < x.end]
        if any(x.key.removeprefix("place/") in ctx.codes for x in crossed):
            continue  # 南海 of 云南海口: across the edge of the name of a division of the report's own
        divisions = (x for x in mentions if x.key.removeprefix("place/").isdigit())
        if any(x.start <= a and b <= x.end and (x.start, x.end) != (a, b) for x in divisions):
            continue  # 西湖 of 西湖区: a division named for the lake, not the lake
        if any(x.start < b < x.end and province in ("", x.key.removeprefix("place/")[:2]) for x in crossed):
            continue  # 杭州西湖 of 杭州西湖区: a division of the report's province runs on past the name
        whole = view[a : b + 1]
        if view[b : b + 1] in ("区", "县", "市") and any(d.is_full(whole) for d in gazetteer.lookup(whole)):
            continue  # 西湖区 of two cities, unresolved: still a division's name, no lake
        if area.category == "feature" and ctx.place is not None and m.group() in ctx.place.short:
            continue  # 崂山首个街道 in a 崂山区 report: its own district by the short name, no mountain
        if area.category == "feature" and view.startswith("新区", m.end()):
            # 沂河新区: a new area named for the river or mountain it lies by, a region of its own
            name = m.group() + "新区"
            entity = _named_area("region", name, "Region")
            entities[entity.key] = entity
            mentions.append(_mention(doc, m.start(), m.end() + 2, entity.key, name, "Region", sentences))
            continue
        entity = _area_entity(area)
        after = view[m.end() : m.end() + 2]
        if entity.kind == "GeoFeature" and after[:1] in ("镇", "乡") and not common_word(after, min_freq=100):
            named_towns.append((m.start(), m.end() + 1))  # 白马寺镇: a township named for its site
        entities[entity.key] = entity
        mentions.append(_mention(doc, m.start(), m.end(), area.key, area.name, entity.kind, sentences))
        head = _division_opening(m.group(), gazetteer, near) if entity.kind == "Region" else None
        if head is not None and not any(x.start == m.start() for x in mentions[:-1]):
            # 海南 of 海南自由贸易港, 湖南 of 湖南湘江新区: the province or city a region is named after
            division, n = head
            kind, end = place_kind(division), m.start() + n
            mentions.append(_mention(doc, m.start(), end, division.key, division.name, kind, sentences))
            _add_with_ancestors(division, gazetteer, entities)

    # a building named before the hall a meeting opens in is the place (市会议中心 of 市会议中心圆形报告厅)
    venues = list(_VENUE.finditer(view))
    taken = {m.start() for m in venues}
    venues += [m for m in _MEETING_VENUE.finditer(view) if m.start() not in taken]
    for m in sorted(venues, key=lambda m: m.start()):
        name = m["name"]
        if len(name) < 3 or _NOT_VENUE.search(name):
            continue
        if name.endswith("会议室") and not _HALL.fullmatch(name):
            continue  # 在三楼会议室召开: a room of no building named
        owner = ctx.at_level(m["rel"]) if m["rel"] else None
        if m["rel"] and owner is None:
            continue
        start = m.start("rel") if m["rel"] else m.start("name")
        names = {view[start : m.end("name")], (owner.name + name) if owner else name}
        # 寿县寿州宾馆: the division it stands in, named before it, is left out of its name too
        end = m.end("name")
        opening = max((x.end for x in mentions if x.start == start and x.end < end - 3), default=start)
        # not 会议中心 of 中山市会议中心 (no name of its own), nor 政会议中心 of 瑞安市政会议中心
        cut = (view[opening : opening + 2], view[opening - 1 : opening + 1])
        if opening > start and not any(common_word(w, min_freq=20) for w in cut):
            names.add(view[opening:end])
        if hall := _HALL_AFTER.match(view, m.end("name")):
            names |= {n + hall.group() for n in names}  # 苍山饭店礼堂: the building and its hall
        if hall := _HALL.fullmatch(name):
            name = hall["building"]  # the building a hall is in (县图书馆 of 县图书馆报告厅)
            names.add((m["rel"] or "") + name)  # as written: 市政务中心 of 市政务中心一楼会议室
        label = (owner.name + name) if owner else name
        key = f"place/feature/{label}"
        aliases = tuple(sorted(names - {label}))
        entities[key] = Entity(
            key=key, type=EntityType.PLACE, label=label, kind="GeoFeature", aliases=aliases
        )
        mentions.append(_mention(doc, start, m.end("name"), key, label, "GeoFeature", sentences))

    for m in _SITE_VISITED.finditer(view):
        start, end = m.span("name")
        name = view[start:end]
        if any(x.start < end <= x.end or x.start < start < x.end for x in mentions):
            continue  # 到鞍山: a division's name, or one crossing the site's edge
        if common_word(name, min_freq=1) or name.startswith(_NO_SITE_OPENING):
            continue
        # 陈仓区中车时代产业园: the division it lies in named before it is part of the name as written
        opening = max((x.end for x in mentions if x.start == start and x.end < end - 3), default=start)
        aliases = (view[opening:end],) if opening > start else ()
        entity = Entity(
            key=f"place/feature/{name}", type=EntityType.PLACE, label=name, kind="GeoFeature", aliases=aliases
        )
        entities[entity.key] = entity
        mentions.append(_mention(doc, start, end, entity.key, name, "GeoFeature", sentences))

    towns = [(m.start(), m.end()) for m in _TOWNSHIP.finditer(view)] + named_towns
    towns += [town.span() for end in county_ends if (town := _TOWN_AT.match(view, end))]
    towns += [town for m in _TOWN_VOUCHED.finditer(view) if (town := _vouched_town(view, m.start()))]
    going = [m.end() for m in _GOING_RE.finditer(view)]
    for at in sorted({*county_ends, *going}):
        town = _TOWN_GLUED.match(view, at)
        if town and not view.startswith(_GOING, at) and _unworded_stem(town["stem"]):
            towns.append(town.span())
    division_ends = {x.end for x in mentions if x.key.removeprefix("place/").isdigit()}
    for start, end in sorted(set(towns)):
        if (lead := _TOWN_LEAD.match(view, start, end - 3)) and _HAN.match(view[lead.end()]):
            start = lead.end()  # 这是湖口镇: the name starts after the link
        if start > 0 and view[start - 1].isdigit() and view[start] in "年月日号":
            start += 1  # 2022年7月苏波盖乡: the date's unit is no part of the name
        name = view[start:end]
        if gazetteer.lookup(name) or name.endswith(_NO_TOWNSHIP_ENDS) or _going_to_township(name):
            continue  # 搭建乡镇“协商议事室”: townships in general
        if name.endswith("街道") and any(d.is_full(name[:-2]) for d in gazetteer.lookup(name[:-2])):
            continue  # 龙湖区街道政协工作室: the streets of a district, no one street
        if end in division_ends:
            continue  # 推进清镇“…”: 镇 ends a county's name (清镇市), no township's
        stem = name[:-2] if name.endswith(("街道", "苏木")) else name[:-1]
        # 东风镇三庄村, 湖口镇委员工作室; not 建立乡政府
        vouched = name.endswith(("镇", "乡", "苏木")) and _VILLAGE_AT.match(view, end)
        vouched = vouched or (name.endswith("街道") and _COMMUNITY_AT.match(view, end))  # 和新安街道长安社区
        vouched = vouched or _TOWN_BODY.match(view, end)  # 沿江街道政协委员联络站: its own members' office
        linked = view[start - 1 : start] in _LINKS and (start, end) not in named_towns
        if linked and not vouched and not _unworded_stem(stem):
            continue  # 和特色村镇: after a link word, only a name with no ordinary word in it
        if name.startswith("进入") and name[2:] in ("镇", "乡", "街道", "苏木"):
            continue  # “进入街道”: a verb of going before the word, no township's name
        stops = Lexicon.load().left_stops
        if stem.endswith("个") or stem in stops or any(len(w) >= 2 and stem.endswith(w) for w in stops):
            # 崂山首个街道, 推动镇(园区)建立, 创建街道“政协委员之家”: a count or a verb, no name; 紧紧围绕街道
            # 党工委: a verb closes the words before 街道
            continue
        if any(c in name[:-1] for c in "各全每等和与及或的了在对把被将为由这那该是驻我") or "政协" in name:
            continue  # 全县各乡镇, 城市或集镇, 这是湖口镇, 政协驻镇: no name (湖口镇 alone is found too)
        glued = end < len(view) and _HAN.match(view[end])
        if glued and not vouched and common_word(stem, min_freq=500):
            continue  # 建立乡政府: a verb before 乡, no township's name
        entity = _local_place(ctx, "town", name, "Township")
        entities[entity.key] = entity
        mentions.append(_mention(doc, start, end, entity.key, name, "Township", sentences))
        village = _VILLAGE_AT.match(view, end) or _COMMUNITY_AT.match(view, end)
        while village and _village_name(village.group()):
            entity = _local_place(ctx, "village", village.group(), "Village")
            entities[entity.key] = entity
            mentions.append(_mention(doc, *village.span(), entity.key, village.group(), "Village", sentences))
            # 寿山乡前洋村和九峰村: the township's next village, listed after it
            at = village.end() + 1
            same_kind = _COMMUNITY_AT if village.group().endswith("社区") else _VILLAGE_AT
            village = same_kind.match(view, at) if view[at - 1 : at] in ("、", "和", "及", "与") else None
            glued = village and _HAN.match(view[village.end() : village.end() + 1])
            if village and glued and village.group().endswith("村"):
                village = None  # a next 村 glued to what follows may be none (和九峰村民); 和九峰村， is one

    # 雷山县西江村党总支: a village right after its county, before its own bodies
    for end in county_ends:
        village = _COUNTY_VILLAGE.match(view, end)
        name = village["name"] if village else ""
        if name and not common_word(name, min_freq=1) and not common_word(name[:2], min_freq=300):
            entity = _local_place(ctx, "village", name, "Village")
            entities[entity.key] = entity
            mentions.append(_mention(doc, *village.span("name"), entity.key, name, "Village", sentences))

    for m in _VILLAGE.finditer(view):
        stem, name, start = m["stem"], m.group(), m.start()
        if stem[0] in "在到赴" and len(stem) > 2:
            stem, name, start = stem[1:], name[1:], start + 1  # 在六星街社区: a verb of going before it
        if common_word(name, min_freq=1) or any(common_word(w, min_freq=300) for w in (stem, stem[:2])):
            continue  # 城乡社区, 基层社区: no name
        if stem[0] in "各全本该每这那其此某等和与及的":
            continue
        entity = _local_place(ctx, "village", name, "Village")
        entities[entity.key] = entity
        mentions.append(_mention(doc, start, m.end(), entity.key, name, "Village", sentences))

    visited = list(_VISITED.finditer(view)) + list(_VILLAGE_GONE_TO.finditer(view))
    for run in _VISITED_RUN.finditer(view) if "、" in view else ():
        at = run.start("run")
        for k, item in enumerate(run["run"].split("、")):
            if k > 0 and (m := _VISITED_ITEM.fullmatch(view, at, at + len(item))):
                visited.append(m)
            at += len(item) + 1
    for m in visited:
        stem, name = m["stem"], m["name"]
        start, end = m.span("name")
        if any(c in stem for c in "各全本该每这那其此某等和与及的了在是个些到入赴我"):
            continue  # 深入各村, 参观了这个博物馆, 调研小组到镇入村: no name
        if common_word(name, min_freq=1):
            continue
        if m["kind"] != "村" and common_word(stem, min_freq=1000):
            continue  # 以国家公园为主体: a kind of park, not one
        if m["kind"] == "村" and (common_word(name[-2:], min_freq=300) or stem.endswith(_VILLAGE_KINDS)):
            continue  # 走进农村, 深入贫困村: a kind of village, not one
        village = m["kind"] in ("村", "社区")
        named_in = any(start <= x.start < end and _named_division(x) for x in mentions)
        if village and (named_in or re.search("街道|镇|乡", stem)):
            continue  # 到象州县寺村, 七一路街道文明社区: a division or township is named with it
        if m["kind"] == "社区" and common_word(stem, min_freq=300):
            continue  # 深入基层社区: a kind of community, not one
        if village:
            entity = _local_place(ctx, "village", name, "Village")
        else:
            entity = _named_area("feature", name, "GeoFeature")
        entities[entity.key] = entity
        mentions.append(_mention(doc, start, end, entity.key, name, entity.kind, sentences))

    areas = [(x.start, x.end) for x in mentions if x.kind in ("Region", "GeoFeature")]
    for m in _CITY_REGION.finditer(view):
        start = _division_head(view, m.start(), gazetteer)
        if start is None or any(a < m.end() and start < b for a, b in areas):
            continue  # none, or a named region the list knows (成渝地区双城经济圈)
        name = view[start : m.end()]
        entity = _named_area("region", name, "Region")
        entities[entity.key] = entity
        mentions.append(_mention(doc, start, m.end(), entity.key, name, "Region", sentences))
    # 湘粤桂, 湘鄂渝黔: the border area of the provinces a run of their one-character names joins
    taken = [(x.start, x.end) for x in mentions]
    for m in _province_run().finditer(view):
        run = m.group()
        if len(set(run)) < len(run) or common_word(run, min_freq=1):
            continue
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue  # 京津冀: a region the list knows
        entity = _named_area("region", run, "Region")
        entities[entity.key] = entity
        mentions.append(_mention(doc, m.start(), m.end(), entity.key, run, "Region", sentences))
    # 京哈高铁, 承平高速, 桂三高速公路: a line named by the places it joins
    for m in _LINE.finditer(view):
        stem = m["stem"]
        if common_word(stem, min_freq=50) or any(c in stem for c in "各全每等和与及的新建"):
            continue
        entity = _named_area("feature", m.group(), "GeoFeature")
        entities[entity.key] = entity
        mentions.append(_mention(doc, m.start(), m.end(), entity.key, m.group(), "GeoFeature", sentences))
    # 梅河新区党工委, 和林格尔新区管委会: a new area its offices are named for, a region of its own
    taken = [(x.start, x.end) for x in mentions]
    for m in _NEW_AREA_OFFICE.finditer(view):
        if any(a < m.end() and m.start() < b for a, b in taken) or common_word(m["stem"], min_freq=50):
            continue  # a new area the list knows (贵安新区), or a word before 新区
        entity = _named_area("region", m.group(), "Region")
        entities[entity.key] = entity
        mentions.append(_mention(doc, m.start(), m.end(), entity.key, m.group(), "Region", sentences))
    # 中国(上海)自由贸易试验区 and its 临港新片区: a pilot free trade zone of a province
    for m in free_trade_zones(view, gazetteer):
        entity = _named_area("region", m.group(), "Region")
        entities[entity.key] = entity
        mentions.append(_mention(doc, m.start(), m.end(), entity.key, m.group(), "Region", sentences))
    # 东部新城, 滨江新城区: a new town of the city, a region of its own
    for m in _NEW_TOWN.finditer(view):
        entity = _named_area("region", m.group(), "Region")
        entities[entity.key] = entity
        mentions.append(_mention(doc, m.start(), m.end(), entity.key, m.group(), "Region", sentences))
    return _drop_features_inside_places(mentions), list(entities.values())


def _nested_pair(
    division: Division, start: int, end: int, touching: dict[int, list[tuple[int, int, str]]],
    gazetteer: Gazetteer, near: list[str], segmenter: Segmenter, view: str,
) -> bool:
    """A short name written right before or after a division it holds or lies in, the two standing as
    words together (山西晋中, which a segmenter reads as 山西晋|中): both are places; not where the
    second runs on into a word (安徽铜官山, 江西鄱阳湖)."""
    for a, b, other in (*touching.get(start, ()), *touching.get(end, ())):
        if b != start and a != end:
            continue
        # 杭州西湖区: a name of two places (西湖区 of 杭州 and of 南昌) is the one its neighbour holds
        neighbour = gazetteer.resolve(other, near=tuple(near))
        neighbour = neighbour or gazetteer.resolve(other, near=(division.code,))
        if neighbour is None:
            continue
        inner, outer = (neighbour, division) if a == end else (division, neighbour)
        if any(d.code == outer.code for d in gazetteer.ancestors(inner.code)):
            return is_word(segmenter, view, min(a, start), max(b, end))
    return False


@cache
def _province_run() -> re.Pattern[str]:
    """Three to five provinces' one-character names in a row, and no more (湘鄂渝黔)."""
    chars = "".join(sorted(province_abbreviations()))
    return re.compile(f"(?<![{chars}])[{chars}]{{3,5}}(?![{chars}])")


def _vouched_town(view: str, suffix: int) -> tuple[int, int] | None:
    """The longest township name (two to four characters) whose suffix (镇, 乡, 苏木) starts at ``suffix``
    that an ordinary word or a boundary comes right before, its name holding no ordinary word
    (致使|沙柳河镇)."""
    width = 2 if view.startswith("苏木", suffix) else 1
    for n in (4, 3, 2):
        start = suffix - n
        stem = view[max(start, 0) : suffix]
        if start < 0 or not all(_HAN.match(c) for c in stem):
            continue
        before = view[max(start - 2, 0) : start]
        opens = start == 0 or not _HAN.match(before[-1]) or common_word(before, min_freq=1000)
        if _unworded_stem(stem) and opens:
            return start, suffix + width
        plain = _plain_stem(stem) and not stem.endswith("族")  # not 回族乡 of 某某回族乡
        if n == 2 and opens and len(before) == 2 and common_word(before, min_freq=1000) and plain:
            return start, suffix + width  # 感受|石人乡荷叶村: a word for a name, after a word of its own
    return None


def _plain_stem(stem: str) -> bool:
    """A stem with none of the characters no township's name holds (各, 全, 的, 县 …)."""
    return not any(c in stem for c in "各全每等和与及或的了在对把被将为由我本该其此这那所有县市区省")


def _unworded_stem(stem: str) -> bool:
    """A township's name with nothing but its name to vouch for it: no ordinary word, whole or in
    part (哈尔盖, 托里; not 重点, 特色小, 全县各)."""
    if not _plain_stem(stem):
        return False
    pairs = [stem[i : i + 2] for i in range(len(stem) - 1)]
    return not common_word(stem, min_freq=20) and not any(common_word(w, min_freq=50) for w in pairs)


def _division_opening(name: str, gazetteer: Gazetteer, near: list[str]) -> tuple[Division, int] | None:
    """The province or prefecture whose name or short name opens a region's ``name``, and its length."""
    for n in (3, 2):
        if len(name) > n + 1 and gazetteer.lookup(name[:n]):
            division = gazetteer.resolve(name[:n], near=tuple(near))
            if division is not None and division.level in ("Province", "Prefecture"):
                return division, n
    return None


def _named_division(x: Mention) -> bool:
    """Whether ``x`` names a division in full or a prefecture or province by its short name (象州县,
    淄博): a name a village's is not made of."""
    code = x.key.removeprefix("place/")
    return code.isdigit() and (x.text.endswith(tuple("省市县区旗州盟")) or code.endswith("00"))


def _village_name(name: str) -> bool:
    """Whether ``name``, found right after its township, reads as a village's or community's name: no
    word, and no verb opening a long phrase (开展委员联村)."""
    stem = name[:-2] if name.endswith("社区") else name[:-1]
    long_phrase = len(stem) >= 5 and common_word(stem[:2], min_freq=300)
    township_inside = "镇" in stem or "乡" in stem[1:]  # 华坛山镇樟涧村: a township, then its village
    worded = common_word(name, min_freq=1) or long_phrase
    return not worded and name[0] not in "镇乡村" and not township_inside


def _drop_features_inside_places(mentions: list[Mention]) -> list[Mention]:
    """A mountain or river inside a longer place's name is no mention of its own (黄山 of 黄山市,
    苍山 of 苍山饭店), nor a division's short name opening a village's or township's (宝安 of 宝安社区,
    黄龙 of 黄龙庙村)."""
    spans = sorted((m.start, m.end) for m in mentions)
    local = [(m.start, m.end) for m in mentions if m.kind in ("Village", "Township")]
    kept = []
    for m in mentions:
        inside = m.kind == "GeoFeature" and any(
            a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans
        )
        short = m.key.removeprefix("place/").isdigit() and m.label != m.text
        inside = inside or (short and any(a == m.start and m.end < b for a, b in local))
        if not inside:
            kept.append(m)
    return kept


def _local_place(ctx: DocContext, part: str, name: str, kind: str) -> Entity:
    """A township or community, keyed within the report's county (else its own place)."""
    county = next((d for d in ctx.chain if d.level == "County"), None)
    scope = county.code if county else (ctx.place.code if ctx.place else "0")
    return Entity(
        key=f"place/{part}/{scope}/{name}",
        type=EntityType.PLACE,
        label=name,
        kind=kind,
        parent=f"place/{scope}" if county else "",
    )


# A site visited or taken as an example: 考察了西沽公园, 走进马家村, 以清江村为例 (villages only here)
_SITE_KINDS = "公园|广场|水库|景区|纪念馆|博物馆|展览馆|展示馆|陈列馆|村"
_VISITED = re.compile(
    r"(?:(?<=考察)|(?<=参观)|(?<=走进)|(?<=来到)|(?<=深入)|(?<=前往)|(?<=走访)|(?<=调研)|(?<=以))了?"
    rf"(?P<name>(?P<stem>[\u4e00-\u9fff]{{2,6}}?)(?P<kind>{_SITE_KINDS}))"
    r"(?=[，,、。；;和及与为]|$)"
)
_VISITED_RUN = re.compile(
    r"(?:考察|参观|走进|来到|前往|走访|深入|到达|抵达|(?<=先后)到|(?<=分别)到)了?(?P<run>[^。；;，,\n]{4,160})"
)
"""The sites of a visit, listed (先后来到玉山县规划展示馆、玉山县博物馆、金银潭公园): each after the first."""
_VISITED_ITEM = re.compile(
    rf"(?P<name>(?P<stem>[\u4e00-\u9fff]{{2,8}}?)(?P<kind>{_SITE_KINDS}|社区))(?:等?(?:调研|视察|考察|参观)|等[\u4e00-\u9fff]*)?"
)
_VILLAGE_GONE_TO = re.compile(
    r"(?:(?<=深入)|(?<=前往)|(?<=来到)|(?<=走进)|(?<=抵达)|(?<=到达)|(?<=在)|(?<=赴)|(?<=到))了?"
    r"(?P<name>(?P<stem>(?:(?![了在到达])[\u4e00-\u9fff]){2,4}?)(?P<kind>村|社区))(?![民级落庄镇])"
    r"(?<!社区(?=治理|建设|服务|工作|发展|管理|卫生))"
)
"""A village or community gone to or worked in, whatever follows (在黑沟沿村建起, 深入望仙坡社区、)."""
_VILLAGE_KINDS = (
    "贫困", "重点", "示范", "试点", "行政", "自然", "美丽", "文明", "先进", "薄弱", "空心", "中心",
    "边远", "偏远", "传统", "特色", "城中", "新农", "乡", "山", "渔", "农",
)
"""Words that end a kind of village, not a name (贫困村, 示范村, 城中村, 新农村)."""
# A community (社区, village level): two to four characters before 社区, standing alone (方兴社区、).
# Villages (…村) are left alone: 村 ends too many words (农村, 空心村, 文明村).
_VILLAGE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<stem>[\u4e00-\u9fff]{2,4}?)社区"
    rf"(?:(?![\u4e00-\u9fff])|(?=(?:{_COMMUNITY_BODIES})))"
)
"""A community named alone, or before its own bodies or a members' office (南郊社区工作点)."""
# 福州都市圈, 山西中部城市群, 呼包鄂榆城市群: an area named after the places it joins
_COUNTED_PLACE_LIST = re.compile(
    r"(?:、[\u4e00-\u9fff]{2,4}){0,9}等[0-9一二三四五六七八九十]+个(?:县|市|区|旗)"
)
_PLACE_LIST_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}){0,6}等(?:县|市|地|区|旗)")
_LINE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<stem>(?:(?![这那是但同也都就还又在])[\u4e00-\u9fff]){2})"
    r"(?:高速公路|高速铁路|高铁|高速|铁路|城际铁路)(?!公路|发展|增长|运转|运行|列车|时代)"
)
_NEW_TOWN = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在于到赴至]))(?:东部|西部|南部|北部|滨江|滨河|滨湖|滨海|临空|临港)(?:产业)?新城(?:区)?"
    r"(?![\u4e00-\u9fff]{0,2}(?:管委会|建设指挥部))"
)
_NEW_AREA_OFFICE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[、，,。；;]))(?P<stem>[\u4e00-\u9fff]{{2,4}})(?<!高)新区(?={ZONE_OFFICES})"
)
_PAPER_DATELINE = re.compile(r"(?:本报|本台|本网|本刊)(?P<name>[\u4e00-\u9fff]{2,6}?)(?:电|讯)")
_CITY_REGION = re.compile(r"(?:都市圈|城市群|经济区|经济带|经济圈|产业集聚区)")
_REGION_HEAD = 8


def _division_head(view: str, end: int, gazetteer: Gazetteer) -> int | None:
    """The farthest start within reach where a division's name or short name begins and the name
    runs on to ``end`` (融入福州都市圈 → 福州), or None."""
    for start in range(max(0, end - _REGION_HEAD), end - 1):
        if not _HAN.match(view[start]):
            continue
        name = view[start:end]
        head = any(gazetteer.lookup(view[start : start + k]) for k in (2, 3, 4, 5))
        if head and re.fullmatch(r"[\u4e00-\u9fff]+", name) and not re.search("[和与及]", name):
            return start
    return None


_SLOGAN_VERBS = frozenset("兴强富立活稳治旺")
"""First characters of two-character county names that slogans also make (工业强县, 生态立县)."""


_EDGES = ("、", "，", ",", " ", "\n", "")
"""What may stand right before a post opening a clause: a list mark, a comma, a space, a line's start."""


def _plausible(
    division: Division, surface: str, view: str, end: int, ctx: DocContext, gazetteer: Gazetteer
) -> bool:
    """A short form far from the report's own province is more often a word than a place
    (朝阳产业, 同心同德): keep it only for prefectures and provinces, standing alone or in a list. A
    former full name (北流县 of 北流市) is a full name."""
    former = len(surface) == len(division.name) >= 3 and surface[:-1] == division.name[:-1]
    if division.is_full(surface) or former:
        # a two-character full name glued to the word before it (示范县 is no mention of 范县)
        start = end - len(surface)
        if (
            len(surface) == 2
            and view[end : end + 1] == "长"
            and view[end + 1 : end + 2] != "城"
            and (view[start - 1 : start] in _EDGES or view.endswith(("政府", "书记"), 0, start))
        ):
            # 县委副书记、代县长蔡富强, 县人民政府代县长廖才添: an acting county head, not 代县
            # (but 代县长城 is)
            return False
        if len(surface) <= 2 and start > 0 and common_word(view[start - 1 : start + 1], min_freq=500):
            return False
        if _word_before_own_body(division, surface, view, start, end, ctx, gazetteer):
            return False
        # a slogan's verb and 县 after a word (旅居兴县, 农业富县): no mention of 兴县 or 富县,
        # unless that word is a place (吕梁兴县)
        before = view[max(0, start - 2) : start]
        slogan = len(surface) == 2 and surface[0] in _SLOGAN_VERBS and len(before) == 2
        # …and the pair of a slogan's verbs on a city and its counties (强市兴县富民)
        paired = slogan and before[0] in _SLOGAN_VERBS and before[1] in "市省区"
        return not (paired or (slogan and common_word(before, min_freq=50) and not gazetteer.lookup(before)))
    if ctx.province is None:
        return True
    if division.level == "County":
        # a county's short name is used near home: in its own prefecture's reports, or in its
        # province's in a list of places (赴云和、建德等县、市)
        home = gazetteer.prefecture_of(division.code)
        own = gazetteer.prefecture_of(ctx.chain[0].code) if ctx.chain else None
        if own is None or (home is not None and home.code == own.code):
            return True
        province = gazetteer.province_of(division.code)
        if province is None:
            return False
        if _after_own_province(view, end - len(surface), province):
            return True  # 湖北省长阳县: a county right after its own province's name
        if _listed_among_places(view, end - len(surface), end, gazetteer):
            return True  # 赤峰、满洲里、徐州: a county-level city in a list of places, of any province
        # a list of places closed by their count (长阳、德江、凤凰等10个县市区), of any province
        return _COUNTED_PLACE_LIST.match(view, end) is not None or (
            province.code == ctx.province.code and _PLACE_LIST_AFTER.match(view, end) is not None
        )
    province = gazetteer.province_of(division.code)
    if province is not None and province.code == ctx.province.code:
        return True
    if division.level == "Province":
        following = [d for k in (2, 3) for d in gazetteer.lookup(view[end : end + k])]
        if any(gazetteer.province_of(d.code) == division for d in following):
            return True  # 江苏扬州, 甘肃武都: a province's short name before one of its places
        if len(surface) >= 2 and len(gazetteer.lookup(surface)) == 1:
            return True  # 香港热心人士, 四川籍: a province's own short name, whatever follows it
    if province is not None and _after_own_province(view, end - len(surface), province):
        return True  # 贵州毕节: a place right after its own province's name
    return (
        end >= len(view)
        or not _HAN.match(view[end])
        or view[end] in "、和与及等市省一二三四五六七八九十两"
        or view.startswith("以及", end)
        or _city_before_city(view, end, gazetteer)
    )


def _in_city_run(
    start: int, end: int, touching: dict[int, list[tuple[int, int, str]]], view: str, gazetteer: Gazetteer
) -> bool:
    """Whether the name at ``start:end`` stands between two cities' names written without marks
    (昆明南宁贵阳), however the words are segmented."""
    return any(h[1] == start and len(h[2]) >= 2 for h in touching.get(start, ())) and _city_before_city(
        view, end, gazetteer
    )


def _city_before_city(view: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a prefecture's or province's name of two characters or more starts at ``end``, as in a run
    of cities' names written without marks (昆明南宁贵阳三市)."""
    names = (view[end : end + k] for k in (2, 3))
    return any(d.level in ("Prefecture", "Province") for name in names for d in gazetteer.lookup(name))


def _listed_among_places(view: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name at ``start:end`` is an item of a list apart by 、 whose item before it, or after
    it, is a division's name too (赤峰、满洲里、徐州)."""
    if view[start - 1 : start] != "、" or (end < len(view) and view[end] not in "、等和及"):
        return False
    before = re.search(r"[\u4e00-\u9fff]{2,8}$", view[max(0, start - 9) : start - 1])
    after = re.match(r"、([\u4e00-\u9fff]{2,8}?)(?=[、等和及，,。；;]|$)", view[end : end + 10])
    items = [m.group(m.lastindex or 0) for m in (before, after) if m]
    return any(gazetteer.lookup(item) for item in items)


def _after_own_province(view: str, start: int, province: Division) -> bool:
    """Whether the name of ``province`` ends right before ``start`` (贵州毕节, 湖北省长阳县)."""
    return any(view.endswith(p, 0, start) for p in province.names if len(p) >= 2)


_OWN_BODIES = ("政府", "人民政府", "委", "政协", "人大")


def _word_before_own_body(
    division: Division, surface: str, view: str, start: int, end: int, ctx: DocContext, gazetteer: Gazetteer
) -> bool:
    """A word glued to the words before it and to the report's own unnamed body (将会同县政府召开: 会同 is
    a verb before 县政府), where that word is the short name of a county of another province."""
    return (
        len(surface) == 3
        and division.level == "County"
        and start > 0
        and _HAN.match(view[start - 1]) is not None
        and common_word(surface[:2], min_freq=500)
        and view.startswith(_OWN_BODIES, end)
        and ctx.far(division, gazetteer)
    )


def _add_with_ancestors(division: Division, gazetteer: Gazetteer, entities: dict[str, Entity]) -> None:
    entities.setdefault(division.key, division_entity(division))
    for ancestor in gazetteer.ancestors(division.code):
        entities.setdefault(ancestor.key, division_entity(ancestor))


def _mention(
    doc: Doc, start: int, end: int, key: str, label: str, kind: str, sentences: SentenceIndex
) -> Mention:
    return Mention(
        doc_id=doc.doc_id,
        start=start,
        end=end,
        text=doc.text[start:end],
        type=EntityType.PLACE,
        key=key,
        label=label,
        kind=kind,
        sentence=sentences.at(start),
    )
