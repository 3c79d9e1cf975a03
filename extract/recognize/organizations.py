"""Organizations: CPPCC committees and their bodies, party and state organs, parties, and named bodies.

Every body tied to a place gets a key from the place's code, so 市政协 in a Datong report, 大同市政协
and 政协第十五届大同市委员会 are one node (successive sessions fold into one committee).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.context import (
    BARE_CPPCC_RE,
    COMMITTEE_RE,
    SESSION_MEETING_RE,
    DocContext,
    numbered_session,
    place_in,
)
from extract.gazetteer import Division, Gazetteer
from extract.lexicon import Lexicon, branch_names, common_word, read_lines, read_table
from extract.records import Doc, Entity, EntityType, Mention
from extract.sentences import SentenceIndex

__all__ = [
    "STUDIO_KINDS",
    "ZONE_OFFICES",
    "BodyRef",
    "body",
    "find_organizations",
    "special_committee",
    "unplaced_body",
]

_NUM = "[一二三四五六七八九十百零〇两0-9]+"
_REL = "(?:全国|省|自治区|市|州|盟|县|区|旗)"
_HAN = "\u4e00-\u9fff"


@dataclass(frozen=True, slots=True)
class BodyRef:
    """A kind of body tied to a place: what a key, a label and aliases are made from."""

    kind: str
    """``cppcc``, ``cppcc-standing``, ``party``, ``government`` … (see ``_BODY``)."""
    place: Division | None
    """None for national bodies."""


# kind → (key part, ontology class, label templates: the first is the label, the rest aliases)
_BODY: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "cppcc": ("cppcc", "Committee", ("政协{p}委员会", "{p}政协", "中国人民政治协商会议{p}委员会")),
    "cppcc-standing": (
        "cppcc/standing",
        "Committee",
        ("政协{p}委员会常务委员会", "{p}政协常务委员会", "{p}政协常委会"),
    ),
    "cppcc-proposals": ("cppcc/proposals", "Committee", ("政协{p}委员会提案委员会", "{p}政协提案委员会")),
    # a session's committee that reviews the proposals members file (提案审查委员会)
    "cppcc-proposal-review": (
        "cppcc/proposal-review",
        "Committee",
        ("政协{p}委员会提案审查委员会", "{p}政协提案审查委员会"),
    ),
    "cppcc-party-group": ("cppcc/party-group", "Committee", ("{p}政协党组",)),
    "cppcc-office": ("cppcc/office", "Committee", ("{p}政协机关",)),
    "cppcc-office-party-group": ("cppcc/office/party-group", "Committee", ("{p}政协机关党组",)),
    "cppcc-general-office": (
        "cppcc/general-office",
        "Committee",
        ("{p}政协办公室", "{p}政协办公厅", "政协{p}委员会办公室", "政协{p}委员会办公厅"),
    ),
    # the administrative office of a league or prefecture (盟行署, 地区行政公署)
    "administrative-office": ("administrative-office", "GovernmentBody", ("{p}行政公署", "{p}行署")),
    "party": ("party", "PartyOrganization", ("中共{p}委", "中共{p}委员会")),
    "party-standing": ("party/standing", "PartyOrganization", ("中共{p}委常委会",)),
    "party-discipline": ("party/discipline", "PartyOrganization", ("中共{p}纪律检查委员会", "{p}纪委")),
    "government": ("government", "GovernmentBody", ("{p}人民政府", "{p}政府")),
    "congress": ("congress", "GovernmentBody", ("{p}人民代表大会", "{p}人大")),
    "congress-standing": (
        "congress/standing",
        "GovernmentBody",
        ("{p}人大常委会", "{p}人民代表大会常务委员会"),
    ),
    # a body's leading party members' group (党组): 县人大常委会党组, 市政府党组
    "congress-party-group": ("congress/standing/party-group", "PartyOrganization", ("{p}人大常委会党组",)),
    "government-party-group": (
        "government/party-group",
        "PartyOrganization",
        ("{p}人民政府党组", "{p}政府党组"),
    ),
    "court": ("court", "GovernmentBody", ("{p}人民法院",)),
    "supervision": ("supervision", "GovernmentBody", ("{p}监察委员会", "{p}监委")),
    "intermediate-court": (
        "court/intermediate",
        "GovernmentBody",
        ("{p}中级人民法院", "{p}中院", "{p}人民法院"),
    ),
    "procuratorate": ("procuratorate", "GovernmentBody", ("{p}人民检察院",)),
    "federation": ("federation", "SocialOrganization", ("{p}工商联", "{p}工商业联合会")),
    # people's organisations that take part in every CPPCC committee (参加单位)
    "trade-unions": ("trade-unions", "SocialOrganization", ("{p}总工会",)),
    "science": ("science", "SocialOrganization", ("{p}科学技术协会", "{p}科协")),
    "taiwan-compatriots": ("taiwan-compatriots", "SocialOrganization", ("{p}台湾同胞联谊会", "{p}台联")),
    "women": ("women", "SocialOrganization", ("{p}妇女联合会", "{p}妇联")),
    "returned-overseas": ("returned-overseas", "SocialOrganization", ("{p}归国华侨联合会", "{p}侨联")),
    "arts": ("arts", "SocialOrganization", ("{p}文学艺术界联合会", "{p}文联")),
    # more people's organisations, and the associations of the 文联 (陕西作协, 市书协)
    "disabled": ("disabled", "SocialOrganization", ("{p}残疾人联合会", "{p}残联")),
    "red-cross": ("red-cross", "SocialOrganization", ("{p}红十字会",)),
    "social-sciences": ("social-sciences", "SocialOrganization", ("{p}社会科学界联合会", "{p}社科联")),
    "youth": ("youth", "SocialOrganization", ("{p}青年联合会", "{p}青联")),
    "writers": ("arts/writers", "SocialOrganization", ("{p}作家协会", "{p}作协")),
    "calligraphers": ("arts/calligraphers", "SocialOrganization", ("{p}书法家协会", "{p}书协")),
    "painters": ("arts/painters", "SocialOrganization", ("{p}美术家协会", "{p}美协")),
    "musicians": ("arts/musicians", "SocialOrganization", ("{p}音乐家协会", "{p}音协")),
    "photographers": ("arts/photographers", "SocialOrganization", ("{p}摄影家协会", "{p}摄协")),
    "dramatists": ("arts/dramatists", "SocialOrganization", ("{p}戏剧家协会", "{p}剧协")),
    # the Communist Youth League's committee of a place, named with 共青团 before the place (团市委)
    "youth-league": ("youth-league", "SocialOrganization", ("共青团{p}委员会", "共青团{p}委")),
}
_NATIONAL_STANDING = "中国人民政治协商会议全国委员会常务委员会"
_NATIONAL: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    # surface → (key, class, label, aliases)
    "全国政协": ("org/cppcc/national", "Committee", "全国政协", ("中国人民政治协商会议全国委员会",)),
    "中国人民政治协商会议全国委员会": ("org/cppcc/national", "Committee", "全国政协", ()),
    "全国政协常委会": ("org/cppcc/standing/national", "Committee", "全国政协常委会", (_NATIONAL_STANDING,)),
    _NATIONAL_STANDING: ("org/cppcc/standing/national", "Committee", "全国政协常委会", ()),
    "中共中央": ("org/party/central", "PartyOrganization", "中共中央", ("党中央",)),
    "中共中央政治局": ("org/party/central/politburo", "PartyOrganization", "中共中央政治局", ()),
    "中央政治局": ("org/party/central/politburo", "PartyOrganization", "中共中央政治局", ("中央政治局",)),
    "党中央": ("org/party/central", "PartyOrganization", "中共中央", ("党中央",)),
    "中国共产党": ("org/party/cpc", "PartyOrganization", "中国共产党", ()),
    "国务院": ("org/government/state-council", "GovernmentBody", "国务院", ()),
    "全国人大": ("org/congress/national", "GovernmentBody", "全国人民代表大会", ("全国人大",)),
    "全国人民代表大会": ("org/congress/national", "GovernmentBody", "全国人民代表大会", ("全国人大",)),
    "全国工商联": ("org/federation/national", "SocialOrganization", "全国工商联", ()),
    "中共中央办公厅": ("org/party/central/general-office", "PartyOrganization", "中共中央办公厅", ()),
    "全国政协办公厅": ("org/cppcc/national/general-office", "Committee", "全国政协办公厅", ()),
    "共青团中央": ("org/youth-league/national", "SocialOrganization", "共青团中央", ("团中央",)),
    "团中央": ("org/youth-league/national", "SocialOrganization", "共青团中央", ("团中央",)),
}
# the national people's organisations and associations: their full names and short ones
for _key, _full, _short in (
    ("trade-unions", "中华全国总工会", "全国总工会"),
    ("women", "中华全国妇女联合会", "全国妇联"),
    ("science", "中国科学技术协会", "中国科协"),
    ("returned-overseas", "中华全国归国华侨联合会", "中国侨联"),
    ("arts", "中国文学艺术界联合会", "中国文联"),
    ("disabled", "中国残疾人联合会", "中国残联"),
    ("arts/writers", "中国作家协会", "中国作协"),
    ("arts/calligraphers", "中国书法家协会", "中国书协"),
    ("arts/painters", "中国美术家协会", "中国美协"),
):
    for _surface in (_full, _short):
        _NATIONAL[_surface] = (f"org/{_key}/national", "SocialOrganization", _full, (_short,))


# 第十四届福州市委员会常务委员会 with no 政协 before it: the report's own committee (checked by the caller)
_SESSION_FIRST = re.compile(rf"第{_NUM}届(?P<place>(?:(?!政协|委员会)[{_HAN}]){{2,24}}?)委员会")


_PARTY_TERM = re.compile(rf"(?:中国共产党|中共)(?P<place>[{_HAN}]{{2,20}}?)第{_NUM}届委员会(?![委员])")


def _committees(view: str) -> list[re.Match[str]]:
    session_first = [
        m
        for m in _SESSION_FIRST.finditer(view)
        if not view[max(0, m.start() - 5) : m.start()].rstrip().endswith(("政协", "协商会议"))
    ]
    return sorted([*COMMITTEE_RE.finditer(view), *session_first], key=lambda m: m.start())


def body(ref: BodyRef) -> Entity:
    """The entity of a body tied to a place (its label from the place's full name)."""
    if ref.place is None:
        raise ValueError(f"body {ref.kind!r} needs a place")
    if ref.kind == "court" and ref.place.level == "Prefecture" and not ref.place.municipality:
        ref = BodyRef("intermediate-court", ref.place)  # a prefecture's court is its intermediate court
    part, cls, templates = _BODY[ref.kind]
    p = _party_name(ref.place) if ref.kind.startswith("party") else ref.place.name
    names = [t.format(p=p) for t in templates]
    if ref.place.kind == "市辖区" and (city := _city_of(ref.place.parent)):
        # a district's bodies are named with their city too: 中共成都市成华区委, 政协成都市成华区委员会
        names += [t.format(p=city + ref.place.name) for t in templates]
    if ref.place.kind in ("自治州", "自治县"):
        # and an autonomous place's by its short name: 黔南州人民政府, 三江县政协
        shorts = [short for short in ref.place.short if short.endswith(("州", "县"))]
        names += [t.format(p=short) for short in shorts for t in templates]
    return _body_entity(f"org/{part}/{ref.place.code}", cls, names, ref.place.key)


_PRESIDIUM = re.compile(
    rf"(?P<name>(?:[{_HAN}]{{0,12}}?政协[{_HAN}]{{0,4}}?[一二三四五六七八九十]+届[一二三四五六七八九十]+次会议)?(?:大会)?主席团)"
    r"(?=常务主席|会议|第|举行|召开|名单|[，,。；;、）)]|$)"
)
"""The presidium of a session, named with the session or as 大会主席团; not 主席团成员 (a post)."""


def unplaced_body(kind: str, rel: str, doc_id: str) -> Entity:
    """A body of a report that names its place only by a level word (市政协, 县委): the report's
    own, one node per report, named as the report names it."""
    part, cls, templates = _BODY[kind]
    names = [t.format(p=rel) for t in templates if t.startswith("{p}")]
    if kind == "youth-league":
        names = [f"团{rel}委"]  # 团市委, 团县委
    if kind.startswith("party"):
        names = [rel + templates[0].removeprefix("中共{p}")]  # 市委, 市委常委会
    return _body_entity(f"org/{part}/report/{doc_id}/{rel}", cls, names)


def _body_entity(key: str, cls: str, names: list[str], parent: str = "") -> Entity:
    """A body's entity: the first name its label, the others its aliases."""
    return Entity(
        key=key,
        type=EntityType.ORGANIZATION,
        label=names[0],
        kind=cls,
        aliases=tuple(sorted(set(names[1:]) - {names[0]})),
        parent=parent,
    )


def _city_of(code: str) -> str:
    parent = Gazetteer.load().by_code(code)
    return parent.name if parent is not None else ""


_CLIPPED_TOPICS = {"委员工": "委员工作"}
"""Names a special committee's short form clips (委员工委: the 委员工作委员会)."""


def special_committee(place: Division, name: str, surface: str) -> Entity:
    """A special committee (专门委员会) of ``place``'s CPPCC committee, by its name (经济, 文史和学习).

    >>> from extract.gazetteer import Division
    >>> d = Division(code="140200", name="大同市", level="Prefecture", parent="140000")
    >>> e = special_committee(d, "经济", "市政协经济委员会")
    >>> e.key, e.label
    ('org/cppcc/special/140200/经济', '政协大同市委员会经济委员会')
    >>> e.aliases
    ('大同市政协经济委员会', '市政协经济委员会')
    """
    if name == "提案":
        return _with_alias(body(BodyRef("cppcc-proposals", place)), surface)
    name = _CLIPPED_TOPICS.get(name, name)
    names = (f"政协{place.name}委员会{name}委员会", f"{place.name}政协{name}委员会")
    aliases = tuple(sorted({names[1], numbered_session(surface).strip()} - {names[0]}, key=len, reverse=True))
    return Entity(
        key=f"org/cppcc/special/{place.code}/{name}",
        type=EntityType.ORGANIZATION,
        label=names[0],
        kind="Committee",
        aliases=aliases,
        parent=place.key,
    )


def _cppcc_owner(view: str, at: int, ctx: DocContext, gazetteer: Gazetteer) -> tuple[Division, int] | None:
    """Whose 政协 starts at ``at``: a run of place names or a level word before it, else the report's own."""
    tail = _HAN_TAIL.search(view, max(0, at - 16), at)
    if tail is not None and (found := _place_suffix(tail.group(), gazetteer, ctx)):
        return found[0], at - len(found[1])
    rel = re.search(rf"{_REL}$", view[max(0, at - 3) : at])
    if rel is not None:
        if rel.group() == "全国":
            return None
        place = ctx.at_level(rel.group())
        return (place, at - len(rel.group())) if place is not None else None
    return (ctx.place, at) if ctx.place is not None else None


def _party_name(place: Division) -> str:
    # 代县 → 代县县 (中共代县县委); 山阳县 → 山阳县 (中共山阳县委)
    return place.name + place.name[-1] if len(place.name) == 2 and place.name[-1] in "县区旗" else place.name


# A body written after a place name or a level word (大同市政协, 市政协, 县委, 区人民政府 ...).
_SUFFIX_KIND: tuple[tuple[str, str], ...] = (
    ("政协常务委员会", "cppcc-standing"),
    ("政协常委会", "cppcc-standing"),
    ("政协提案审查委员会", "cppcc-proposal-review"),
    ("政协提案委员会", "cppcc-proposals"),
    ("政协提案委", "cppcc-proposals"),
    ("政协党组", "cppcc-party-group"),
    ("政协机关党组", "cppcc-office-party-group"),
    ("政协机关", "cppcc-office"),
    ("政协办公室", "cppcc-general-office"),
    ("政协办公厅", "cppcc-general-office"),
    ("行政公署", "administrative-office"),
    ("行署", "administrative-office"),
    ("政协", "cppcc"),
    ("委常委会", "party-standing"),
    ("纪律检查委员会", "party-discipline"),
    ("纪检委", "party-discipline"),
    ("纪委监委", "party-discipline"),
    ("纪委", "party-discipline"),
    ("人民政府党组", "government-party-group"),
    ("政府党组", "government-party-group"),
    ("人民政府", "government"),
    ("政府", "government"),
    ("人大常委会党组", "congress-party-group"),
    ("人大常委会", "congress-standing"),
    ("人大常务委员会", "congress-standing"),
    ("人民代表大会常务委员会", "congress-standing"),
    ("人民代表大会", "congress"),
    ("人大", "congress"),
    ("监察委员会", "supervision"),
    ("监委", "supervision"),
    ("中级人民法院", "intermediate-court"),
    ("中级法院", "intermediate-court"),
    ("人民法院", "court"),
    ("法院", "court"),
    ("人民检察院", "procuratorate"),
    ("检察院", "procuratorate"),
    ("工商业联合会", "federation"),
    ("工商联", "federation"),
    ("总工会", "trade-unions"),
    ("科学技术协会", "science"),
    ("科协", "science"),
    ("台湾同胞联谊会", "taiwan-compatriots"),
    ("台联", "taiwan-compatriots"),
    ("妇女联合会", "women"),
    ("妇联", "women"),
    ("归国华侨联合会", "returned-overseas"),
    ("侨联", "returned-overseas"),
    ("文学艺术界联合会", "arts"),
    ("文联", "arts"),
    ("残疾人联合会", "disabled"),
    ("残联", "disabled"),
    ("红十字会", "red-cross"),
    ("社会科学界联合会", "social-sciences"),
    ("社科联", "social-sciences"),
    ("青年联合会", "youth"),
    ("青联", "youth"),
    ("作家协会", "writers"),
    ("作协", "writers"),
    ("书法家协会", "calligraphers"),
    ("书协", "calligraphers"),
    ("美术家协会", "painters"),
    ("美协", "painters"),
    ("音乐家协会", "musicians"),
    ("音协", "musicians"),
    ("摄影家协会", "photographers"),
    ("摄协", "photographers"),
    ("戏剧家协会", "dramatists"),
    ("剧协", "dramatists"),
    ("党委", "party"),
    ("委", "party"),
)
_SUFFIX_RE = "|".join(re.escape(s) for s, _ in _SUFFIX_KIND)
_SUFFIX_OF = dict(_SUFFIX_KIND)

# 市政协, 县委, 区人民政府 (a level word standing for the report's own place)
_RELATIVE = re.compile(
    rf"(?:第?{_NUM}届)?(?:(?<![辖社小景片街矿库牧郊园])|(?!区))(?P<rel>{_REL})"
    rf"(?:第?{_NUM}届)?(?P<suffix>{_SUFFIX_RE})(?!员)"
)
"""A level word and a body's word (市政协, 县委), a term before or after the level (十四届市政协常委会);
not 区 closing a word (辖区政协委员, 社区党委)."""
# 大同市政协, 代县县委, 山西省委, 中共大同市委, 晋城市第八届人民代表大会
# A body's word after a run of place names (大同市政协, 晋城市第八届人民代表大会): found by its word,
# then the place names are read backwards from it.
_PLACED = re.compile(rf"(?:第{_NUM}届)?(?P<suffix>{_SUFFIX_RE})(?!员)")
_HAN_TAIL = re.compile(rf"[{_HAN}]{{2,16}}\Z")
_NEXT_BODY = re.compile(
    r"[、和及与](?P<word>人民政府|政府|人大常委会|人大|政协)(?!委员|常委|副?主席|代表|[会员])"
)
"""Another of the place's leading bodies after one named with its place (腾冲县人大、政协组织)."""
_LEADING = ("party", "government", "congress", "congress-standing", "cppcc")
_NEXT_ORGAN = re.compile(r"[、和及与](?P<word>中级人民法院|人民法院|法院|人民检察院|检察院)")
"""The other judicial organ after a court or procuratorate, its level word shared (市法院、检察院)."""
_JUDICIAL = ("court", "intermediate-court", "procuratorate")
_ACTIVITY_GROUP = re.compile(
    rf"(?P<group>(?:第{_NUM}|(?!先进|优秀|各|全体|所有|每个)(?:(?!委员|政协)[{_HAN}]){{2,4}}?)(?:委员)?活动(?:小)?组)"
    rf"(?![{_HAN}]{{0,1}}长)"
)
"""A members' activity group of a committee, numbered or named, right after the committee's name (not the
kind of group an award goes to: 市政协先进界别活动小组)."""
_STANDING_AFTER = re.compile(rf"(?:{_NUM}届)?(?:常务委员会|常委会)")
_BARE_CENTRAL = re.compile(
    r"中央(?=[和、及与](?:省|自治区|市|州|盟|县|区|旗)|的(?:决策部署|部署|要求|精神))"
)
_CENTRAL_AFTER = re.compile(rf"(?:[^{_HAN}]|[是在]|按照|落实|贯彻|遵照|执行|根据|学习|传达)$")
"""中央 alone for the party's Central Committee: after a verb of following it, before the lower levels."""
_NATIONAL_TERM = re.compile(rf"(?:中国人民政治协商会议|政协)第{_NUM}届全国委员会(?!常务委员会)")
_NATIONAL_RE = re.compile("|".join(sorted(map(re.escape, _NATIONAL), key=len, reverse=True)))
# 中国人民政治协商会议 as the national institution (not the head of a committee's name)
_CPPCC_NATIONAL = re.compile(
    rf"中国人民政治协商会议(?!\s*第?{_NUM}届|[{_HAN}]{{2,16}}\s*(?:第{_NUM}届)?委员会)"
)
_LEVEL_LIST = re.compile(
    r"(?P<levels>(?:[省市州县区旗盟]、)+)[省市州县区旗盟](?P<suffix>委|政协(?!委员)|人大(?!代表)|政府)(?![员托派])"
)
_BARE_GOVERNMENT = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=委、))政府(?=副?(?P<level>[县市区旗州盟])长)|(?<=[县市区旗州盟]委、)政府(?!工作报告)"
)
_TERM_STANDING = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=关于))第?{_NUM}届委员会(?:常务委员会|常委会)"
    rf"|(?:(?<![{_HAN}])|(?<=[受向由对经在和与及])|(?<=代表))(?:(?P<lvl>[省市县区州旗盟]|自治区)政协|(?P<where>(?:(?![代受向由对经在和与及的])[{_HAN}]){{1,8}}?[县市区旗]))"
    rf"第?{_NUM}届委员会(?:常务委员会|常委会)"
)
"""The standing committee by its term alone (关于第十届委员会常务委员会工作报告), or with its level
(受区政协第九届委员会常务委员会委托)."""
_BARE_CPPCC_BEFORE = re.compile(r"(?<!人民)政协\Z")
_BARE_PARTY_GROUP = re.compile(rf"(?:(?<![{_HAN}])|(?<=[、和与及在向由对经的是]))政协党组")
"""政协党组 with no level or place before it: in a CPPCC report, its own committee's."""
_BARE_STANDING = re.compile(r"(?<!人大)(?<![委会])(?:常务委员会|常委会)(?!议)")
_PROPOSALS_AFTER = re.compile(rf"(?:第?{_NUM}届)?(?:第?{_NUM}次(?:全体)?会议)?提案委员会")
_REVIEW_AFTER = re.compile(rf"(?:第?{_NUM}届)?(?:第?{_NUM}次(?:全体)?会议)?提案审查委员会")
"""A session's proposal review committee after its committee (区政协十五届一次会议提案审查委员会)."""
_BARE_REVIEW = re.compile(r"(?<![政协会议])提案审查委员会")
_BARE_PROPOSALS = re.compile(r"提案委(?:员会)?(?![员托派])")  # standing alone (checked by the caller)
_TOPIC = "|".join(sorted(map(re.escape, read_lines("cppcc_committee_topics.txt")), key=len, reverse=True))
# 经济委员会, 文史和学习委员会, 港澳台侨和外事委员会; short forms 经科委, 社法委
_SPECIAL = re.compile(
    rf"(?P<name>(?:{_TOPIC})(?:[和与及、]?(?:{_TOPIC})){{0,5}})"
    r"(?:专门委员会|专委会|专委(?![员托派])|委员会|委(?![员托派]))"
)
_CPPCC_PLACE_SPECIAL = re.compile(
    rf"政协(?P<place>(?:(?!政协|委员会)[{_HAN}]){{2,12}}?[省市县区州旗盟])(?:{_SPECIAL.pattern})"
)
_SPECIAL_NEXT = re.compile(rf"(?:\d+件)?[、和及与](?:{_SPECIAL.pattern})")
_HEAD_AFTER = re.compile(r"副?主任(?!委员)")
"""A committee's head's post right after its short name (提案委主任, 教文委副主任)."""
_HEARING = ("听取", "会同", "邀请", "带领", "陪同")
"""Verbs a committee's head may follow with the committee's short name (听取提案委主任…的汇报)."""


def _headed_short_name(view: str, start: int, end: int) -> bool:
    """A committee's short name between a verb that heads the clause and its head's post (会议听取教文委
    副主任…的汇报)."""
    return view.endswith(_HEARING, 0, start) and _HEAD_AFTER.match(view, end) is not None


_CPPCC_SPECIAL = re.compile(rf"政协(?:第{_NUM}届)?(?:{_SPECIAL.pattern})")
_SECTOR_AFTER = re.compile(r"[^。，,；;]{0,16}?界别")
_BARE_ORGANS = re.compile(
    r"(?<=[、和与及])(?P<word>人大常委会|人民法院|人民检察院)(?=工作报告|[、和与及][^、，,。]{0,12}工作报告)"
)
"""The congress's standing committee, court and procuratorate standing alone in a list of the reports
a session hears (区人民政府工作报告、人大常委会工作报告、人民法院和人民检察院工作报告): the report's own."""
_BARE_FEDERATION = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[、和与及]))(?P<word>工商联|总工会|科协|台联|妇联|侨联|文联)"
)

_YOUTH_LEAGUE = re.compile(
    rf"共青团(?P<place>[{_HAN}]{{2,20}}?)(?:委员会|委(?![员会]))"
    rf"|(?:共青团|(?<![{_HAN}])团|(?<=[、和与及])团)(?P<rel>省|自治区|市|州|盟|县|区|旗)委(?![员会])"
    r"|(?<=[、和与及])(?P<bare>共青团)(?=[、，,。；;和与及等])"
)
"""The Communist Youth League's committee of a place (共青团三明市委员会, 团市委, 走访市妇联、团县委) or,
standing alone among the people's organisations (工商联、共青团、妇联), the report's own place's."""

_BARE_GARRISON = re.compile(rf"(?:(?<![{_HAN}])|(?<=[、和与及]))军分区")
"""军分区 alone among a city's bodies (市政府、军分区领导; 市委常委、军分区政委): the city's own."""


def find_organizations(
    doc: Doc, ctx: DocContext, gazetteer: Gazetteer, sentences: SentenceIndex
) -> tuple[list[Mention], list[Entity]]:
    """Every organization named in ``doc``, resolved to keys."""
    view = doc.view
    found: list[tuple[int, int, Entity]] = []
    shared: set[tuple[int, int]] = set()  # spans naming a body by a word shared with the list's last

    def add(start: int, end: int, entity: Entity) -> None:
        found.append((start, end, entity))

    # Full committee names: 政协第十四届运城市盐湖区委员会[常务委员会]
    for m in _committees(view):
        place = place_in(m["place"], gazetteer, ctx.codes)
        if place is None or (not m.group().startswith(("政协", "中国")) and place.code not in ctx.codes):
            continue
        end = m.end()
        kind = "cppcc"
        after = _STANDING_AFTER.match(view, end)
        if after:
            kind, end = "cppcc-standing", after.end()
        elif proposals := _PROPOSALS_AFTER.match(view, end):
            kind, end = "cppcc-proposals", proposals.end()  # 市政协十二届三次会议提案委员会
        elif view.startswith(("办公厅", "办公室"), end):
            kind, end = "cppcc-general-office", end + 3  # 中国人民政治协商会议…委员会办公厅主管
        elif review := _REVIEW_AFTER.match(view, end):
            kind, end = "cppcc-proposal-review", review.end()
        elif special := _SPECIAL.match(view, end):
            surface = view[m.start() : special.end()]
            add(m.start(), special.end(), special_committee(place, special["name"], surface))
            continue
        entity = body(BodyRef(kind, place))
        add(m.start(), end, _with_alias(entity, view[m.start() : end]))

    # 政协沁县第十四届五次会议, 政协吉安市三届常委会: the committee named by a meeting of its term
    for m in SESSION_MEETING_RE.finditer(view):
        place = place_in(m["place"], gazetteer, ctx.codes)
        if place is None:
            continue
        if m.group().endswith(("常委会", "常务委员会")):
            add(m.start(), m.end(), _with_alias(body(BodyRef("cppcc-standing", place)), m.group()))
        else:
            end = m.end("place")
            add(m.start(), end, _with_alias(body(BodyRef("cppcc", place)), view[m.start() : end]))

    # 中国共产党河南省第十一届委员会, 中共安阳市第十二届委员会: the party's committee of that place
    for m in _PARTY_TERM.finditer(view):
        place = place_in(m["place"], gazetteer, ctx.codes)
        if place is not None and m["place"].endswith(place.name[-1]):
            add(m.start(), m.end(), _with_alias(body(BodyRef("party", place)), view[m.start() : m.end()]))

    for m in _PLACED.finditer(view):
        suffix = m["suffix"]
        place = _place_ending(view, m.start(), 16, gazetteer, ctx)
        if place is None:
            continue
        place_div, _surface, _run = place
        start = m.start() - len(_surface)
        cpc = view.endswith("中共", 0, start)
        if _glued_far_county(view, start, _surface, place_div, ctx) and not cpc:
            continue  # 县委书记杨蔚宁县委副书记: 宁县 ends a name, it is no county of this province
        kind = _SUFFIX_OF[suffix]
        if kind == "party" and not (cpc or _is_party_committee(view, m.end())):
            continue
        if cpc:
            start -= 2
        end = m.end()
        entity = body(BodyRef(kind, place_div))
        add(start, end, _with_alias(entity, view[start:end]))
        if kind in _LEADING and (nxt := _NEXT_BODY.match(view, end)):
            add(nxt.start("word"), nxt.end(), body(BodyRef(_SUFFIX_OF[nxt["word"]], place_div)))
        if kind == "cppcc":  # 涿州市、涞水县、易县政协: every place of the list has its committee
            for a, b, division in _places_sharing(view, start, gazetteer, ctx):
                add(a, b, body(BodyRef(kind, division)))
                shared.add((a, b))

    for m in _RELATIVE.finditer(view):
        rel = m["rel"]
        if rel == "全国":
            continue
        if rel in "县区旗" and view[m.start("rel") - 1 : m.start("rel")] in ("省", "市", "州"):
            continue  # 市县政协, 省市区政协: the committees of those levels together, none in particular
        kind, end = _SUFFIX_OF[m["suffix"]], m.end()
        if kind == "party" and _party_branch_committee(view, end):
            continue  # 大理州委会: a democratic party's committee
        after = _STANDING_AFTER.match(view, end) if kind == "cppcc" else None
        review = _REVIEW_AFTER.match(view, end) if kind == "cppcc" else None
        if after:
            kind, end = "cppcc-standing", after.end()
        elif review:
            kind, end = "cppcc-proposal-review", review.end()
        place = ctx.at_level(rel)
        if place is not None:
            if not (kind == "party" and rel in ("省", "自治区") and place.level != "Province"):
                add(m.start(), end, body(BodyRef(kind, place)))
            organ = _NEXT_ORGAN.match(view, end) if kind in _JUDICIAL else None
            if organ:  # 市法院、检察院: the same level's other judicial organ, its level word shared
                add(organ.start("word"), organ.end(), body(BodyRef(_SUFFIX_OF[organ["word"]], place)))
            continue
        # a report that names no place: the level word points to its own body
        party_word = kind != "party" or _is_party_committee(view, end)
        if ctx.place is None and rel not in ("省", "自治区") and party_word:
            add(m.start(), end, unplaced_body(kind, rel, doc.doc_id))

    # 省、州、市委: level words sharing the body word written after the last of them (in a CPPCC
    # committee's report; 省、市、县政府 in a national report are every province's)
    # 州政协, 县政协 written with a level word: a CPPCC committee's report even when it names no place
    level_cppcc = BARE_CPPCC_RE.findall(view)
    cppcc_report = ctx.cppcc or len(level_cppcc) >= 2
    for m in _LEVEL_LIST.finditer(view) if cppcc_report else ():
        kind = _SUFFIX_OF[m["suffix"]]
        for i, level in enumerate(m["levels"][::2]):
            place = ctx.at_level(level)
            if place is not None and not (kind == "party" and level == "省" and place.level != "Province"):
                at = m.start() + 2 * i
                add(at, at + 1, body(BodyRef(kind, place)))
                shared.add((at, at + 1))

    # 政府 alone, before its head's post (政府旗长, 政府副县长) or after the party committee (市委、政府)
    for m in _BARE_GOVERNMENT.finditer(view):
        place = ctx.at_level(m["level"]) if m["level"] else ctx.place
        if place is not None:
            add(m.start(), m.end(), body(BodyRef("government", place)))

    # 政协临朐县提案委员会: a special committee after 政协 and its place's name
    for m in _CPPCC_PLACE_SPECIAL.finditer(view):
        place = place_in(m["place"], gazetteer, ctx.codes)
        if place is not None:
            add(m.start(), m.end(), special_committee(place, m["name"], m.group()))

    # Special committees after 政协 (市政协经济委员会, 大同市政协文史委, 政协提案委员会).
    for m in _CPPCC_SPECIAL.finditer(view):
        owner = _cppcc_owner(view, m.start(), ctx, gazetteer)
        if owner is not None:
            place, start = owner
            add(start, m.end(), special_committee(place, m["name"], view[start : m.end()]))
            # the list goes on with the same committee's others: 市政协文教卫体委1件、城建社法委1件
            end = m.end()
            while more := _SPECIAL_NEXT.match(view, end):
                surface = view[more.start("name") : more.end()]
                add(more.start("name"), more.end(), special_committee(place, more["name"], surface))
                end = more.end()

    # Bare 常委会 / 常务委员会 / 提案委员会 in a CPPCC report: its own standing or proposals committee.
    own = ctx.place
    levels = level_cppcc if own is None else []
    if levels:
        # a report that never names its place, only its level (市政协): its bodies stay the report's own
        rel = max(sorted(set(levels)), key=levels.count)[0]
        for m in _BARE_STANDING.finditer(view):
            start = m.start() - 2 if _BARE_CPPCC_BEFORE.search(view, 0, m.start()) else m.start()
            add(start, m.end(), unplaced_body("cppcc-standing", rel, doc.doc_id))  # 审议政协常委会工作报告
        for m in _BARE_FEDERATION.finditer(view) if len(levels) >= 2 else ():
            add(m.start(), m.end(), unplaced_body(_SUFFIX_OF[m["word"]], rel, doc.doc_id))
    if own is not None:
        for m in _BARE_STANDING.finditer(view):
            # 召开政协常委会: 政协 written before it, with no level or place
            start = m.start() - 2 if _BARE_CPPCC_BEFORE.search(view, 0, m.start()) else m.start()
            add(start, m.end(), body(BodyRef("cppcc-standing", own)))
        for m in _TERM_STANDING.finditer(view) if "届委员会常" in view else ():
            start = m.start()
            if m["where"]:  # 政协吉安市第三届委员会常委会: the name starts at its place, after 政协 or not
                where = m["where"]
                cut = next((k for k in range(len(where) - 1) if gazetteer.lookup(where[k:])), None)
                if cut is None:
                    continue
                start = m.start("where") + cut
                start -= 2 if view.endswith("政协", 0, start) else 0
            # 自治区政协十一届委员会常务委员会 in a city's report: the region's, by its level word
            place = (ctx.at_level(m["lvl"]) or own) if m["lvl"] else own
            add(start, m.end(), body(BodyRef("cppcc-standing", place)))
        for m in _BARE_REVIEW.finditer(view):
            add(m.start(), m.end(), body(BodyRef("cppcc-proposal-review", own)))
        for m in _BARE_PARTY_GROUP.finditer(view) if cppcc_report else ():
            add(m.start(), m.end(), _with_alias(body(BodyRef(_SUFFIX_OF[m.group()], own)), m.group()))
        for m in _BARE_PROPOSALS.finditer(view):
            before = view[m.start() - 1] if m.start() else ""
            headed = _headed_short_name(view, m.start(), m.end())
            if not re.match(f"[{_HAN}]", before) or before in "、和与及经由向对被的" or headed:
                add(m.start(), m.end(), _with_alias(body(BodyRef("cppcc-proposals", own)), m.group()))
            elif before == own.name[-1] and not any(
                gazetteer.lookup(view[m.start() - k : m.start()]) for k in (2, 3, 4, 5) if k <= m.start()
            ):
                # 带领市提案委一行: the level word alone, the report's own committee's
                start = m.start() - 1
                add(start, m.end(), _with_alias(body(BodyRef("cppcc-proposals", own)), view[start : m.end()]))

        # 经科委《…》, 、人资环委1件, 由文化委员会提交, 带领教科卫体委: a special committee alone in a CPPCC
        # report is its own
        for m in _SPECIAL.finditer(view) if cppcc_report else ():
            before = view[m.start() - 1] if m.start() else ""
            # 听取教文委副主任…的汇报: its head's post vouches for it after a verb that heads the clause
            headed = _headed_short_name(view, m.start(), m.end())
            alone = not re.match(f"[{_HAN}]", before) or before in "、和与及经由领"
            if m["name"] != "提案" and (alone or headed):
                add(m.start(), m.end(), special_committee(own, m["name"], m.group()))

        # 工商联, 妇联 … and the organs in a list of reports standing alone are the committee's place's,
        # in a CPPCC report only
        bare = (*_BARE_FEDERATION.finditer(view), *_BARE_ORGANS.finditer(view)) if cppcc_report else ()
        for m in bare:
            if m.re is _BARE_FEDERATION and _SECTOR_AFTER.match(view, m.end()):
                continue  # 经济、教育、工商联等21个界别: the sector, not the body
            kind = _SUFFIX_OF[m["word"]]
            add(m.start(), m.end(), _with_alias(body(BodyRef(kind, own)), m["word"]))

    if cppcc_report and own is not None and own.level == "Prefecture" and own.short:
        # 军分区 is a prefecture's military command, named by the city's short name (吉安军分区)
        for m in _BARE_GARRISON.finditer(view):
            name = min(own.short, key=len) + "军分区"
            add(m.start(), m.end(), _with_alias(_named_body(name, "GovernmentBody"), m.group()))

    for m in _YOUTH_LEAGUE.finditer(view) if "团" in view else ():
        if m["place"]:
            place = place_in(m["place"], gazetteer, ctx.codes)
        elif m["rel"]:
            place = ctx.at_level(m["rel"])
            if place is None and ctx.place is None:
                add(m.start(), m.end(), unplaced_body("youth-league", m["rel"], doc.doc_id))
                continue
        else:
            place = ctx.place if cppcc_report else None  # as 工商联 alone: in a CPPCC report only
        if place is not None:
            add(m.start(), m.end(), _with_alias(body(BodyRef("youth-league", place)), m.group()))

    # 大会主席团常务主席…, 市政协十四届一次会议主席团: the session's presidium, one body per report
    for m in _PRESIDIUM.finditer(view) if "主席团" in view else ():
        name, start = m["name"], m.start("name")
        if name == "主席团":
            continue  # 主席团 alone: the word, with no session or 大会 to name it
        cut = name.find("政协")
        if cut > 1:  # 审议通过了市政协…: the name starts at its place or level word
            keep = next((k for k in range(cut, 1, -1) if gazetteer.lookup(name[cut - k : cut])), 0)
            if not keep and name[cut - 1] not in "省市县区州旗盟":
                continue
            keep = keep or 1
            name, start = name[cut - keep :], start + cut - keep
        entity = Entity(
            key=f"org/presidium/{doc.doc_id}", type=EntityType.ORGANIZATION, label=name, kind="Committee"
        )
        add(start, m.end("name"), entity)

    for m in _NATIONAL_RE.finditer(view):
        key, cls, label, aliases = _NATIONAL[m.group()]
        surface = m.group()
        names = tuple(sorted({*aliases, surface} - {label}))
        add(
            m.start(),
            m.end(),
            Entity(key=key, type=EntityType.ORGANIZATION, label=label, kind=cls, aliases=names),
        )
    # 政协第十四届全国委员会: the national committee, named with its term
    for m in _NATIONAL_TERM.finditer(view) if "全国委员会" in view else ():
        key, cls, label, aliases = _NATIONAL["全国政协"]
        names = tuple(sorted({*aliases, m.group()}))
        entity = Entity(key=key, type=EntityType.ORGANIZATION, label=label, kind=cls, aliases=names)
        add(m.start(), m.end(), entity)
    # 按照中央和省、市委…, 落实中央的决策部署: 中央 alone, beside the party's committees of lower levels
    for m in _BARE_CENTRAL.finditer(view):
        if m.start() and not _CENTRAL_AFTER.search(view, max(0, m.start() - 2), m.start()):
            continue
        key, cls, label, aliases = _NATIONAL["中共中央"]
        names = tuple(sorted({*aliases, "中央"}))
        central = Entity(key=key, type=EntityType.ORGANIZATION, label=label, kind=cls, aliases=names)
        add(m.start(), m.end(), central)
    for m in _CPPCC_NATIONAL.finditer(view):
        add(
            m.start(),
            m.end(),
            Entity(
                key="org/cppcc/institution",
                type=EntityType.ORGANIZATION,
                label="中国人民政治协商会议",
                kind="Committee",
            ),
        )

    for start, end, entity in _named_bodies(view, ctx, gazetteer):
        add(start, end, entity)
    for start, end, entity in _departments(view, ctx, gazetteer, doc.doc_id):
        add(start, end, entity)

    # 襄阳市政协第二十四委员活动组, 政协第八届石狮市委员会蚶江活动组: a group of the committee's members
    for start, end, entity in list(found):
        code = entity.key.removeprefix("org/cppcc/")
        group = _ACTIVITY_GROUP.match(view, end) if code.isdigit() else None
        place = gazetteer.by_code(code) if group else None
        if group and place is not None:
            name = f"{place.name}政协{group['group']}"
            surface = view[start : group.end()]
            aliases = (surface,) if surface != name else ()
            key = f"org/cppcc/group/{code}/{group['group']}"
            group_body = Entity(key, EntityType.ORGANIZATION, name, "Committee", aliases, parent=place.key)
            add(start, group.end(), group_body)

    kept = _drop_nested_same_type(found)
    # 县人大常委会党组书记、主任: the body a party group leads is named there too
    for start, end, entity in list(kept):
        parent = _GROUP_OF.get(entity.key.rsplit("/", 1)[0])
        place = gazetteer.by_code(entity.key.rsplit("/", 1)[1]) if parent else None
        if parent and place is not None:
            kept.append((start, end - 2, body(BodyRef(parent, place))))
    return _to_mentions(doc, kept, sentences, shared)


_GROUP_OF = {
    "org/cppcc/party-group": "cppcc",
    "org/congress/standing/party-group": "congress-standing",
    "org/government/party-group": "government",
}
"""A party group's key (without its place) → the kind of body it leads."""

_DEPARTMENTS = {row[0]: row[1] for row in read_table("departments.txt")}
_FULL_NAME = {row[0]: row[2] for row in read_table("departments.txt") if len(row) > 2}
_DEPARTMENT_RE = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _DEPARTMENTS), key=len, reverse=True)) + ")(?<!部(?=门))"
)
"""A department's name; not one of 部门, departments in general (市水利部门)."""
_OWNER_BEFORE = re.compile(rf"(?P<who>国务院|国家|中央|(?P<rel>{_REL})(?P<party>委)?|[{_HAN}]{{2,16}})\Z")


def _departments(view: str, ctx: DocContext, gazetteer: Gazetteer, doc_id: str):
    """Departments of a government or party committee: 市卫计委, 市委组织部, 国务院扶贫办, 国家住建部.

    Found by the department's name, then the owner is read backwards: 国务院/国家/中央, a level word
    (with 委 for the party committee's departments), or a run of place names. A name starting with
    委 is the party committee's own (县委办: 委 + 办); short forms get their full name (人武部 →
    人民武装部), which keys and labels the department. In a report that names no place at all, a
    department owned by a level word is the report's own (市发改委: one node per report, as 市政协)."""
    listed: tuple[int, Division, bool] | None = None  # the end, place and party of the last one found
    for m in _DEPARTMENT_RE.finditer(view):
        dept = m.group()
        before = view[max(0, m.start() - 18) : m.start()]
        in_list = listed and _LIST_GOES_ON.fullmatch(view, listed[0], m.start()) is not None
        if in_list and not _REL_BEFORE.search(before):
            # 市经信委、科技局、商务局等部门, 市公安局和司法局: a list goes on with the same owner's
            # departments
            if not listed[2]:
                # 区民政局、农林畜牧局、…商务局: a bureau the list names between two it knows is the same
                # government's
                for item in _LISTED_BUREAU.finditer(view, listed[0], m.start()):
                    name = item["name"]
                    if not any(c in name for c in "的和与及等各全该本这那") and name not in _DEPARTMENTS:
                        code, owner = listed[1].code, listed[1].name
                        yield _department_entity(*item.span("name"), name, name, code, owner, False)
            yield from _department(m, listed[1], listed[2], m.start())
            listed = (m.end(), listed[1], listed[2])
            continue
        own_office = dept.startswith("委")
        if own_office:
            if before.endswith("委"):
                continue
            before, dept = before + "委", dept[1:]
        full = _FULL_NAME.get(m.group(), dept)
        party, place, start, scope = False, None, None, ""
        detached, implied = False, 0
        if not own_office and _DEPARTMENTS[m.group()] == "party":
            # 县委常委、组织部长; 区委副书记、政法委书记: the department of the party committee before
            # the post; 县党委宣传部 as 县委宣传部
            if _PARTY_POST_BEFORE.search(before):
                before, detached = _PARTY_POST_BEFORE.sub("委", before), True
            elif before.endswith("党委"):
                before, detached = before[:-2] + "委", True
            elif (rel := re.search(rf"(?<![{_HAN}]){_REL}$", before)) and rel.group() != "全国":
                before, implied = before + "委", 1  # 县政法委: a county's 政法委 is its party committee's
        for national in ("国务院", "国家", "中央"):
            if not own_office and before.endswith(national):
                start, scope, owner = m.start() - len(national), "national", national
                break
        else:
            rel = re.search(rf"(?P<rel>{_REL})(?P<party>委)?$", before)
            tail = re.search(rf"[{_HAN}]{{2,16}}$", before[:-1] if before.endswith("委") else before)
            found = _place_suffix(tail.group(), gazetteer, ctx) if tail else None
            if found is not None:
                place, surface = found
                party = before.endswith("委")
                start = m.start() - len(surface) - (1 if party and not own_office else 0)
                if party and view.endswith("中共", 0, start):
                    start -= 2  # 中共广州市委统战部: the party's name is the department's too
            elif rel is not None:
                place = ctx.at_level(rel["rel"])
                party = bool(rel["party"])
                start = m.start() - len(rel.group()) + (1 if own_office else 0)
            if place is None:
                if _ministry_alone(view, m, before):
                    yield _department_entity(m.start(), m.end(), dept, full, "national", "", False)
                elif (
                    rel is None and ctx.place is not None
                    and (
                        _HANDLING_UNIT.search(before)
                        or (_ACTING_DEPARTMENT.match(view, m.end()) and _CLAUSE_OPEN.search(before))
                    )
                    and _DEPARTMENTS[m.group()] == "government"
                ):
                    # 主办单位:农业农村局;协办单位:文体局: bare departments handling a proposal, the
                    # report's own place's; and one opening a clause with what it did (2.财政局承办的…)
                    place, start = ctx.place, m.start()
                    listed = (m.end(), place, False)
                    yield _department_entity(start, m.end(), dept, full, place.code, place.name, False)
                elif rel is not None and ctx.place is None and (_DEPARTMENTS[m.group()] == "party") == party:
                    scope, owner = f"report/{doc_id}/{rel['rel']}", rel["rel"] + ("委" if party else "")
                    at = m.start() if detached else start + implied
                    yield _department_entity(at, m.end(), dept, full, scope, owner, party, placed=False)
                continue
            if detached:
                start = m.start()  # the owner was read from the words before the post, not the name
            start += implied
            scope = place.code
            owner = _owner_name(place, party)
        if _DEPARTMENTS[m.group()] == "party" and not party:
            continue
        if scope != "national" and not own_office:
            listed = (m.end(), place, party)
        yield _department_entity(start, m.end(), dept, full, scope, owner, party)


_REL_BEFORE = re.compile(rf"{_REL}委?\Z")
_LIST_GOES_ON = re.compile(
    rf"[、和及与](?:[ \t\u3000“”\"]*[{_HAN}]{{2,8}}[ \t\u3000“”\"]*、){{0,2}}[ \t\u3000“”\"]*"
)
"""What may stand between a department and the next of the same owner's in a list: the link, and up to
two items of other kinds (区民政局、农林畜牧局、“双创办”、 商务局)."""
_LISTED_BUREAU = re.compile(rf"(?<=[、和及与])[ \t\u3000]*(?P<name>[{_HAN}]{{2,6}}局)(?=[ \t\u3000]*、)")
_HANDLING_UNIT = re.compile(r"(?:主办|协办|承办|会办|牵头|配合)单位[为是]?[:：]?[ \t\u3000]*$")
"""The label a proposal's handling department follows (主办单位:农业农村局)."""
_ACTING_DEPARTMENT = re.compile("承办|牵头|会同|已(?!经?[是有])")
"""What a department named alone did, right after its name (财政局承办的…, 财政局已拨付)."""
_CLAUSE_OPEN = re.compile(r"(?:^|[，,。；;：:\n]|[0-9０-９]+[.．、])[ \t\u3000]*$")
"""The edge of a clause, or a numbered item's mark, right before a name (2.财政局)."""
_LOCAL_DEPARTMENTS = ("人民武装部", "人武部")


def _ministry_alone(view: str, m: re.Match[str], before: str) -> bool:
    """A ministry of the State Council named alone (被自然资源部列为): a government department
    ending in 部 that no place or level owns; not 教育部门 or 财政部署, which are words."""
    dept = m.group()
    return (
        _DEPARTMENTS[dept] == "government"
        and dept.endswith("部")
        and dept not in _LOCAL_DEPARTMENTS
        and view[m.end() : m.end() + 1] not in ("门", "署", "分", "位", "长")
        and not (before and before[-1] in "省市县区州旗盟镇乡委厅局")
    )


def _department(m: re.Match[str], place: Division, party: bool, start: int):
    """A department written without its owner, after one that has it (科技局 of 市经信委、科技局)."""
    dept = m.group()
    if dept.startswith("委") or (_DEPARTMENTS[dept] == "party") != party:
        return
    owner = _owner_name(place, party)
    yield _department_entity(start, m.end(), dept, _FULL_NAME.get(dept, dept), place.code, owner, party)


def _owner_name(place: Division, party: bool) -> str:
    """The name of a department's owner: the party committee of ``place`` (中共X委) or ``place``."""
    return ("中共" + _party_name(place) + "委") if party else place.name


def _department_entity(
    start: int, end: int, dept: str, full: str, scope: str, owner: str, party: bool, *, placed: bool = True
):
    kind = "PartyOrganization" if party else "GovernmentBody"
    key = f"org/{'party' if party else 'government'}/{scope}/{full}"
    label = owner + full
    names = {owner + dept, *_plain_owner(owner, full), *_plain_owner(owner, dept)}
    return (
        start,
        end,
        Entity(
            key=key,
            type=EntityType.ORGANIZATION,
            label=label,
            kind=kind,
            aliases=tuple(sorted(names - {label})),
            parent=f"place/{scope}" if scope != "national" and placed else "",
        ),
    )


_PARTY_POST_BEFORE = re.compile(rf"委(?:常委|副书记|委员)、(?:[{_HAN}]{{2,4}}部(?:部长|长)、)*$")
"""A party committee's post, then perhaps its departments' (市委副书记、统战部部长、), before a department."""


def _plain_owner(owner: str, dept: str) -> tuple[str, ...]:
    """A party department's name as reports write it, without 中共 (中山区委统战部)."""
    return (owner[2:] + dept,) if owner.startswith("中共") else ()


def _place_suffix(text: str, gazetteer: Gazetteer, ctx: DocContext) -> tuple[Division, str] | None:
    """The longest run of place names ending ``text`` (中共运城市盐湖区 → 盐湖区, '运城市盐湖区')."""
    for cut in range(len(text)):
        tail = text[cut:]
        if len(tail) < 2:
            break
        division = place_in(tail, gazetteer, ctx.codes)
        if division is None:
            if len(tail) >= 3 and len(gazetteer.lookup(tail)) >= 2:
                return None  # 中共河东区委 where no 河东区 is known: not 东区, the one named inside it
            continue
        if len(tail) == 2 and tail[0] in _CONJUNCTIONS and division.code not in ctx.codes:
            continue  # 部署和县政协常委会: 和 joins 县政协常委会 to what comes before; not 和县
        whole = len(tail) == 2 and tail[0] == "全" and tail[1] in "省市州县区旗盟"
        if (whole or gazetteer.is_ambiguous(tail)) and division.code not in ctx.codes:
            return None  # 全州政协系统: the committees of the whole prefecture; not 全州县
        glued_word = len(tail) == 3 and cut > 0 and common_word(tail[:2], min_freq=500)
        if glued_word and division.level == "County" and ctx.far(division, gazetteer):
            continue  # 将会同县政府召开: the verb 会同 before the report's own 县政府; not 会同县
        return division, tail
    return None


_CONJUNCTIONS = frozenset("和与及并或同")


def _places_sharing(
    view: str, start: int, gazetteer: Gazetteer, ctx: DocContext
) -> list[tuple[int, int, Division]]:
    """The places listed with 、 before the one at ``start`` that share the body's word written after
    the last of them (北京房山区、涿州市、涞水县、易县政协): each item's span and division, while every
    item is a run of place names and nothing else."""
    found = []
    while view[start - 1 : start] == "、":
        place = _place_ending(view, start - 1, 11, gazetteer, ctx)
        if place is None:
            break
        division, surface, run = place
        head = view[run : start - 1 - len(surface)]
        if head and place_in(head, gazetteer, ctx.codes) is None:
            # 流域的昭通市、毕节市政协: after 的, the list starts at the place; 发展涿州市: after any
            # other word, the place may be the word's object, so the list starts after it
            if head.endswith("的"):
                found.append((start - 1 - len(surface), start - 1, division))
            break
        found.append((run, start - 1, division))
        if head:
            break  # a place named with its province or city before it opens the list
        start = run
    return found


def _place_ending(
    view: str, end: int, reach: int, gazetteer: Gazetteer, ctx: DocContext
) -> tuple[Division, str, int] | None:
    """The division whose name (or run of names) ends the Chinese run before ``end``, looking back at
    most ``reach`` characters: the division, its name as written, and where the run starts."""
    run = _HAN_TAIL.search(view, max(0, end - reach), end)
    place = _place_suffix(run.group(), gazetteer, ctx) if run else None
    return (*place, run.start()) if place and run else None


def _is_party_committee(view: str, end: int) -> bool:
    # 大同市委 is the party committee; 山西省委 too. Reject 委 that starts another word (委托, 委员),
    # and 大理州委会, a democratic party's committee.
    return not _party_branch_committee(view, end) and not view.startswith(("托", "派", "屈", "婉"), end)


def _party_branch_committee(view: str, end: int) -> bool:
    """Whether 委 before ``end`` goes on into 委会, a democratic party's committee (大理州委会), not into
    会议 (市委会议 is the party committee's meeting)."""
    return view.startswith("会", end) and not view.startswith("会议", end)


def _with_alias(entity: Entity, surface: str) -> Entity:
    surface = surface.strip()
    if not surface or surface == entity.label or surface in entity.aliases:
        return entity
    return Entity(
        key=entity.key,
        type=entity.type,
        label=entity.label,
        kind=entity.kind,
        aliases=tuple(sorted({*entity.aliases, surface})),
        parent=entity.parent,
    )


# --- bodies named by their own words: parties, people's organizations, companies, media -------------

_PARTIES = read_table("democratic_parties.tsv")
_PARTY_ABBR = {abbr: full for full, abbr in _PARTIES}
_PARTY_FULL = {full: full for full, _ in _PARTIES}
_PARTY_NAMES = "|".join(sorted(map(re.escape, [*_PARTY_ABBR, *_PARTY_FULL]), key=len, reverse=True))
_PARTY_RE = re.compile(
    f"(?P<party>{_PARTY_NAMES})"
    # 民盟盟员上报民盟广安市委: the place runs up to no second party's name, whose own branch it is
    rf"(?P<branch>中央|(?P<where>(?:(?!{_PARTY_NAMES})[{_HAN}]){{0,8}}?)(?:市委会|县委会|区委会|省委会|委员会|总支社|总支|支社|支部|小组|基层委员会|基层委(?![员会托派])|工作委员会|工委(?![员会])"
    rf"|(?P<level>[省市州县区])委(?![员会托派]))(?P<part>(?:{_TOPIC})委员会)?)?"
)
"""A democratic party, or one of its branches: 民进漳州市委会, 九三学社宜宾市委, 民进安庆市委文化委员会,
民进汉阳区工委 (a working committee where the party has no committee of its own)."""
_PARTY_LEAD = re.compile(f"(?:{_PARTY_NAMES})")
_LEVEL_PARTY = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[和与及由是为])|(?<=代表)|(?<=联合)|(?<=携手)|(?<=会同)|(?<=邀请))(?P<level>[市县区])"
    r"(?P<party>" + "|".join(sorted(map(re.escape, [*_PARTY_ABBR, "九三学社"]), key=len, reverse=True)) + ")"
    r"(?=提交|提出|撰写|递交|围绕|就|在|的|所作|作了|以及|开展|举办|组织|共同|[、，,。；;和与及《])"
)
"""A party named by its level alone, as its branch there: 市民盟, 县民建, 市九三学社 (before a verb, a list
mark or the title it wrote), and the branch a member speaks for (代表市农工党所作的…发言)."""
_BRANCH_COMMITTEES = frozenset(("市委会", "县委会", "区委会", "省委会", "委员会"))
_FACULTY = re.compile(rf"(?:(?![的和及在是为])[{_HAN}]){{2,12}}?(?:学院|研究院|研究所|医院)|总支|分会|委员会")
"""A university's own school, institute, hospital or branch, written right after its name."""
_SUFFIXED = read_table("organization_suffixes.tsv")
_SUFFIXED_RE = re.compile(
    "(?:" + "|".join(sorted((re.escape(s) for s, _ in _SUFFIXED), key=len, reverse=True)) + ")"
)
# A post may follow a body's name directly (杰瑞新能源科技有限公司总经理蔡孝井)
_AFTER_BODY = (
    "总经理", "董事长", "副总经理", "副董事长", "党委书记", "负责人", "院长", "副院长",
    "会长", "副会长", "理事长", "副理事长", "领导", "政委", "司令员", "主要领导", "主要负责",
    "党委", "党支部", "党总支", "支部", "校长", "副校长", "园长", "馆长", "副馆长", "主任",
    "副政委", "副司令员", "记者", "常务副院长", "创始人", "创办人", "总裁", "副总裁", "董事",
)
_VERB_AFTER_BODY = (
    "主办", "承办", "协办", "联办", "冠名", "创建", "申报", "获批", "获评", "牵头",
    "参观", "调研", "考察", "视察", "观摩", "开展", "揭牌", "成立", "设立", "举办", "组织", "召开", "签约",
    "合作", "共建", "联合", "携手", "签署", "派出", "成功", "正式", "挂牌", "入驻", "落户", "荣获", "获得",
    "被评为", "被授予", "积极", "主动", "先后", "共同", "负责",
)
"""What a body named by its suffix does, or what is done there, right after its name (东兴建筑集团承办,
前往宁强政协书画院参观)."""
_MEMBER_BEFORE = re.compile(rf"(?:^|[^{_HAN}]|[、和与及])(?P<name>[{_HAN}]{{2,3}})\Z")
"""A member's name right before their studio (、董伟委员工作室), after a list mark or no word."""
_LIST_CLOSE = ("等单位", "等部门", "等企业", "等学校", "等")
"""What may close a list of bodies right after a name (宜春学院等单位)."""
_STRONG_SUFFIXES = ("有限公司", "有限责任公司")
"""Suffixes that close a firm's name whatever follows (嘉艺礼品有限公司工艺品设计员)."""
_OCCUPATION_AFTER = ("教师", "教授", "医生", "职工", "员工")
"""What a member of a body named by a place does there (新疆农业职业技术学院教师; not 中小学教师)."""
_NOT_AFTER_BODY = ("领导人", "领导小组")  # 二十国集团领导人: the name goes on
_COUNT = re.compile(r"^[0-9]+(?:[所家个座])?")
"""Digits before a body's name: a page's time glued to it (19:2513540唐山晚报), or a count (786所县医院)."""
_AFTER_MEDIA = (
    "消息", "报道", "讯", "记者", "评论员", "刊发", "发表", "头版", "融媒体", "全媒体", "日期", "发布时间",
    "的采访", "的报道", "先后", "推出", "刊登", "刊载", "转载", "开设", "专访", "新闻频道", "频道",
    "分别", "新媒体", "全媒体", "全媒",
)
_NAME_TAIL = re.compile(rf"[{_HAN}A-Za-z0-9（）()·]{{2,20}}\Z")
_SUFFIX_CLASS = {s: c for s, c in _SUFFIXED}
_QUOTED_MEDIA = re.compile(r"[“\"](?P<name>[^”\"\n]{2,12})[”\"](?P<what>公众号|客户端|APP|微信公众号)")
_SOURCE_MEDIA = re.compile(
    rf"(?:(?:来源|来 源)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)|来自[ \t\u3000]*[:：][ \t\u3000]*)"
    rf"(?P<name>[{_HAN}]{{2,12}}?)"
    rf"(?:(?![{_HAN}:：0-9A-Za-z])|(?=(?:作者|编辑|记者|责编|通讯员)[:：]?))"
)
"""The body a page's 来源 or 来自 line names (来源:人民政协报, 来源 :西双版纳新闻网, 来自: 中国徐州网); not a
user's handle, digits glued (小键人5012507)."""
_SOURCE_DONE = ("收集", "整理", "转载", "综合")
"""What a site did with a piece, written after its name in the 来源 field (济宁新闻网收集)."""
_NO_SOURCE = frozenset(
    {
        "本站", "原创", "网络", "转载", "未知", "本网", "综合", "发布时间", "时间", "日期", "作者", "编辑",
        "收藏", "系统", "新闻中心", "互联网", "网友", "投稿", "浏览量", "浏览次数", "点击量", "阅读量",
        "放大", "缩小", "关闭", "打印", "字号",
    }
)
"""What a page's 来源 line may name that is no body (本站原创, 收藏, 系统)."""
# 吉安新闻网—井冈山报: a second source after a dash; 技术支持：锦华科技, a site's maker
_SOURCE_SECOND = re.compile(
    rf"(?:来源|来 源)[:：][ \t\u3000]*[{_HAN}]{{2,12}}[—－-]+(?P<name>[{_HAN}]{{2,12}})(?![{_HAN}])"
)
_SUPPLIED_MEDIA = re.compile(
    rf"供稿[:：][ \t\u3000]*(?P<name>[{_HAN}]{{2,10}}?(?:之声|网|融媒|融媒体中心|日报|报|电视台))(?![{_HAN}])"
)
"""A station or paper that supplied the piece (供稿:上高之声); not a writer (供稿:汉寿县政协周蔚环)."""
_PAGE_MEDIA = re.compile(
    rf"(?:您所在的位置|当前位置)[:：][ \t\u3000]*"
    rf"(?P<name>[{_HAN}]{{2,12}}?(?:网|报|新闻|发布))[ \t\u3000]*(?:>|＞|»)"
    rf"|(?:发布者|制作|主办单位|版权所有)[:：©]?[ \t\u3000]*"
    rf"(?P<paper>[{_HAN}]{{2,12}}?(?:网|报|新闻|发布))(?![{_HAN}])"
    rf"|本文为(?P<own>[{_HAN}]{{2,12}}?(?:网|报|新闻|发布))原创"
)
"""A site or paper the page's own chrome names: its breadcrumb (您所在的位置: 福州新闻网 >>), who published,
made or owns it (发布者:前进发布, 制作:哈尔滨新闻网, 版权所有©琼海市人民政府网), an original piece's site."""
_SITE_MAKER = re.compile(rf"技术支持[:：][ \t\u3000]*(?P<name>[{_HAN}]{{2,16}})(?![{_HAN}])")
# 人民网、学习强国、中国网、湘声报等央省主流媒体: the items of a list closed by 等…媒体
_MEDIA_KINDS = ("报纸", "报刊", "网站", "电视", "广播", "杂志", "媒体", "平台", "客户端", "公众号", "新闻")
_MEDIA_LIST = re.compile(
    rf"(?P<items>(?:[{_HAN}]{{2,10}}、)+[{_HAN}]{{2,10}})等(?:[0-9一二三四五六七八九十]+家)?"
    rf"(?:(?![了还接受在被向对和])[{_HAN}]){{0,6}}(?:媒体|新闻单位)"
)
"""Media listed and closed by 等…媒体 or 新闻单位 (人民网、央视网等18家中央媒体); not people who then met
the press (委员栾健、王希江等还接受了媒体的专访)."""
_DATELINE = rf"[{_HAN}]{{2,4}}[0-9]{{1,2}}月[0-9]{{1,2}}日"
"""A news item's place and day after its site's name (石家庄4月8日, 西宁1月26日)."""
_NEWS_MEDIA = re.compile(
    rf"(?<![{_HAN}])(?P<name>[{_HAN}]{{2,10}}?(?:网|融媒))(?:{_DATELINE}|[0-9]{{1,2}}月[0-9]{{1,2}}日)?(?:讯|消息)"
    rf"|(?<![{_HAN}])据?(?!本报|本网|通)(?P<paper>[{_HAN}]{{2,10}})讯(?=[【\[（(])"
)
"""A site's or paper's news (大祥融媒讯, 长城网石家庄4月8日讯, 每日甘肃网12月18日讯, 据邢台日报讯)."""
# 眉山网记者张忠苹: a news site or paper named before its reporter, alone or closing a list of them
# (新海南客户端、南海网、南国都市报 记者); an agency's (新华社记者); a site's dateline (新华网西宁1月26日电)
_MEDIA_END = r"(?:网|日报|晚报|都市报|电视台|融媒体中心|融媒|客户端|新华社|新闻社|通讯社|中新社)"
_REPORTER_MEDIA = re.compile(
    rf"(?<![{_HAN}])(?P<name>[{_HAN}]{{2,6}}{_MEDIA_END}|{_MEDIA_END})[ \t\u3000]?(?:记者|通讯员)"
    rf"|(?<![{_HAN}])(?P<paper>[{_HAN}]{{1,6}}网){_DATELINE}电"
)
_MEDIA_RUN = re.compile(
    rf"(?<![{_HAN}])(?P<items>(?:[{_HAN}]{{2,8}}{_MEDIA_END}[、/／])+[{_HAN}]{{2,8}}{_MEDIA_END})"
    rf"[ \t\u3000]?(?:记者|通讯员|讯)"
)


_TOWNSHIP_BODY = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[、和与及在到赴]))(?P<town>[{_HAN}]{{2,4}}?(?:镇|乡|街道))"
    r"(?P<body>政协(?:委员)?(?:联络组|联络室|联络处|联络站|工委|工作委员会|活动组|委员组)|党工委)"
    r"(?![委员会])"
)
"""A township's CPPCC liaison group or working committee, or a street's party working committee, named
after it."""
_INSPECTION_TEAM = re.compile(
    rf"(?:中央|{_REL}委?)(?:[{_HAN}]{{0,8}}?第{_NUM}(?:巡视|巡察|巡查|督导|督查|指导|检查|巡回督查)组"
    rf"|(?:(?![的和与及各在对要把被将为由是派])[{_HAN}]){{0,10}}?(?:第{_NUM})?"
    r"(?:换届风气|换届选举|换届工作|换届)(?:工作)?(?:调研)?(?:督查|督导|指导|巡视)(?:督导|指导)?组)"
)
"""A numbered inspection team of a party committee or level (州委第一巡查组, 省换届风气第八巡察组)."""


def _glued_far_county(view: str, start: int, surface: str, place: Division, ctx: DocContext) -> bool:
    """A county's name of two characters glued to the characters before it, of another province
    than the report's: more likely the end of a word or a name than that county."""
    province = ctx.province
    return (
        len(surface) == 2
        and place.level == "County"
        and start > 0
        and re.match(f"[{_HAN}]", view[start - 1]) is not None
        and province is not None
        and place.code[:2] != province.code[:2]
    )


def _party(full: str, written: str) -> Entity:
    """A democratic party as a whole (民进 → 中国民主促进会)."""
    return Entity(
        key=f"org/party/{full}",
        type=EntityType.ORGANIZATION,
        label=full,
        kind="DemocraticParty",
        aliases=tuple(sorted({written} - {full})),
    )


def _party_body(key: str, label: str, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(key=key, type=EntityType.ORGANIZATION, label=label, kind="DemocraticParty", aliases=aliases)


_PARTY_SHORT = branch_names()
"""The name a party's branches are called by (民革, 九三学社)."""


def _branch_committee(full: str, party: str, scope: Division, written: str) -> Entity:
    """A party's committee in ``scope``, one node however it is written (民进漳州市委会, 民革市委, 市民盟,
    中国国民党革命委员会阜阳市委员会), with its formal name among its names."""
    label = f"{_PARTY_SHORT[full]}{scope.name}委员会"
    aliases = tuple(sorted({written, f"{full}{scope.name}委员会"} - {label}))
    return _party_body(f"org/party/{full}/{scope.code}/委员会/{label}", label, aliases)


def _named_body(name: str, kind: str) -> Entity:
    """A body known by its own name (东兴建筑集团, 州委第一巡查组), keyed by it."""
    return Entity(key=f"org/named/{name}", type=EntityType.ORGANIZATION, label=name, kind=kind)


def _media(name: str, aliases: tuple[str, ...] = ()) -> Entity:
    """A paper, site, station or account, keyed by its name (皖西日报, 大江网, “盐池议政”); a paper and
    its office are one (九江日报社 is 九江日报)."""
    if name.endswith("报社") and len(name) >= 4:
        name, aliases = name[:-1], tuple(dict.fromkeys((name, *aliases)))
    key = f"org/media/{name}"
    return Entity(key=key, type=EntityType.ORGANIZATION, label=name, kind="Media", aliases=aliases)


_SELF_NAMED = {"社": "九三学社", "盟": "民盟"}
"""How a party's own news calls it before its committees (社桂林市委, 盟市委)."""
_SELF_BRANCH = re.compile(
    rf"(?<![学民])(?P<self>[社盟])(?P<where>[{_HAN}]{{0,7}}?)(?P<level>[省市州县区])委(?:会)?(?![员会托派])"
)


def _self_named_branches(view: str, ctx: DocContext, gazetteer: Gazetteer):
    """The committees a democratic party's own news names with its one-character name (社桂林市委: the
    九三学社's; 盟市委: the 民盟's), where the news names that party."""
    for m in _SELF_BRANCH.finditer(view):
        party = _SELF_NAMED[m["self"]]
        if party not in view:
            continue
        where = m["where"]
        scope = place_in(where + m["level"], gazetteer, ctx.codes) if where else ctx.at_level(m["level"])
        if scope is not None:
            full = _PARTY_ABBR.get(party) or _PARTY_FULL[party]
            yield m.start(), m.end(), _branch_committee(full, party, scope, m.group())


_BARE_BRANCH = re.compile(rf"(?:(?<![{_HAN}])|(?<=[在和与及由是为向]))(?P<level>[省市州县区])委会(?!议)")
"""市委会 alone: how a democratic party's own news names its committee there (市委会共提交…)."""


def _bare_branches(view: str, ctx: DocContext, named: list[re.Match[str]]):
    """The committee a party's own news calls 市委会, where the news names that one party only
    (``named``: the matches of the parties and branches it names)."""
    if "委会" not in view:
        return
    parties = [(_PARTY_ABBR.get(m["party"]) or _PARTY_FULL[m["party"]], m["party"]) for m in named]
    if not parties or len({full for full, _ in parties}) > 1:
        return
    full, party = parties[0]
    for m in _BARE_BRANCH.finditer(view):
        scope = ctx.at_level(m["level"])
        if scope is not None:
            yield m.start(), m.end(), _branch_committee(full, party, scope, m.group())


def _named_bodies(view: str, ctx: DocContext, gazetteer: Gazetteer):
    yield from _self_named_branches(view, ctx, gazetteer)
    named = list(_PARTY_RE.finditer(view))
    yield from _bare_branches(view, ctx, named)
    for m in named:
        full = _PARTY_ABBR.get(m["party"]) or _PARTY_FULL[m["party"]]
        where = m["where"] or ""
        level_only = len(where) == 1 and where in "省市州县区旗盟"  # 致公党区支部: the district's branch
        if where and not level_only and not any(
            gazetteer.lookup(where[i : i + n]) for n in (2, 3, 4) for i in range(len(where) - n + 1)
        ):
            # 民进会员紧扣市委: no place between the party and 市委, so no branch: the party alone
            yield m.start(), m.end("party"), _party(full, m["party"])
            continue
        if m["branch"] == "中央":
            yield m.start(), m.end(), _party_body(f"org/party/{full}/central", m.group())
        elif m["branch"]:
            scope = place_in(where, gazetteer, ctx.codes) if where and not level_only else None
            if level_only:
                scope = ctx.at_level(where)
            branch = m["branch"][len(where) :]
            if m["level"] and not where:
                scope = ctx.at_level(m["level"])  # 民革市委: the branch in the report's city
            elif not where and branch in _BRANCH_COMMITTEES and branch != "委员会":
                scope = ctx.at_level(branch[0])  # 民进市委会: the branch in the report's city
            committee = branch in _BRANCH_COMMITTEES or (m["level"] and not m["part"])
            if committee and scope is not None:
                # 民进漳州市委会, 九三学社宜宾市委, 民革市委: the branch's committee, one node
                yield m.start(), m.end(), _branch_committee(full, m["party"], scope, m.group())
            elif branch in ("工委", "工作委员会") and scope is not None:
                # 民进汉阳区工委, 民进区工委: the party's working committee of that place, one node
                label = _PARTY_SHORT[full] + scope.name + "工委"
                names = tuple(sorted({m.group(), full + scope.name + "工委"} - {label}))
                yield m.start(), m.end(), _party_body(f"org/party/{full}/{scope.code}/工委", label, names)
            else:
                # 九三克拉玛依支社 and 九三学社克拉玛依支社: one branch, however the party is written
                rest = m.group()[len(m["party"]) :]
                key = f"org/party/{full}/{scope.code if scope else 'x'}/{branch}/{rest}"
                names = {m.group(), full + rest, _PARTY_SHORT[full] + rest}  # 中国致公党阜阳市基层委员会
                yield m.start(), m.end(), _party_body(key, m.group(), tuple(sorted(names)))
        else:
            yield m.start(), m.end(), _party(full, m["party"])
    # 市民盟提交了《…》: a party's branch named by the level it works at, the report's place's
    for m in _LEVEL_PARTY.finditer(view):
        scope = ctx.at_level(m["level"])
        if scope is not None:
            full = _PARTY_ABBR.get(m["party"]) or _PARTY_FULL[m["party"]]
            yield m.start(), m.end(), _branch_committee(full, m["party"], scope, m.group())
    for m in _QUOTED_MEDIA.finditer(view):
        yield m.start(), m.end(), _media(m["name"], (m.group(),))
    for m in _MEDIA_LIST.finditer(view) if "媒体" in view or "新闻单位" in view else ():
        items = m["items"].split("、")
        pos = m.start("items")
        for i, name in enumerate(items):
            if i == 0:  # the first item may be glued to the words before it (…越来越响亮,人民网)
                name = name[-10:] if pos == 0 or not re.match(f"[{_HAN}]", view[pos - 1]) else ""
                if lead := re.match("来自|包括|如|有|接受|受到", name):
                    name = name[lead.end() :]  # 来自人民网、央视网等18家媒体
                elif leads := list(re.finditer("来自|包括|接受|受到", name)):
                    name = name[leads[-1].end() :]  # 8人次接受唐山电视台、报社等媒体采访
            if name and not name.endswith(_MEDIA_KINDS) and name not in ("新闻网", "电视台", "报社", "网站"):
                end = pos + len(items[i])  # the name ends its item (no kind of media alone: 新闻网)
                yield end - len(name), end, _media(name)
            pos += len(items[i]) + 1
    for m in _MEDIA_RUN.finditer(view):
        pos = m.start("items")
        for name in re.split("[、/／]", m["items"]):
            yield pos, pos + len(name), _media(name)
            pos += len(name) + 1
    for regex in (_SOURCE_MEDIA, _SOURCE_SECOND, _SUPPLIED_MEDIA, _NEWS_MEDIA, _REPORTER_MEDIA, _PAGE_MEDIA):
        if regex is _NEWS_MEDIA and "讯" not in view and "消息" not in view:
            continue
        for m in regex.finditer(view):
            group = next(g for g in ("name", "paper", "own") if g in regex.groupindex and m[g])
            name = m[group]
            end = m.end(group)
            if regex is _SOURCE_MEDIA and len(name) > 4 and name.endswith(_SOURCE_DONE):
                name, end = name[:-2], end - 2  # 来源:济宁新闻网收集: what the site did with the piece
            if name not in _NO_SOURCE and not name.startswith(("本站", "本网")) and not _PARTY_RE.match(name):
                yield m.start(group), end, _media(name)  # (not 来源:民进瑞安市基层委员会)
    for m in _INSPECTION_TEAM.finditer(view):
        yield m.start(), m.end(), _named_body(m.group(), "GovernmentBody")
    # 山庄乡政协联络组, 尧化街道政协工委, 蒲城街道党工委: a township's CPPCC office or party committee
    stops = Lexicon.load().left_stops
    for m in _TOWNSHIP_BODY.finditer(view) if "镇" in view or "乡" in view or "街道" in view else ():
        town, start = m["town"], m.start()
        # 听取虹梅街道党工委, 紧紧围绕街道党工委: a verb before the township's name is no part of it
        cut = max((town.rfind(w) + len(w) for w in stops if len(w) >= 2 and w in town[:-1]), default=0)
        town, start = town[cut:], start + cut
        stem = town[:-2] if town.endswith("街道") else town[:-1]
        if len(stem) < 2 or common_word(stem, min_freq=300) or town.endswith("乡镇"):
            continue  # 乡镇政协工委, 街道党工委: townships in general, no one township
        if any(c in stem for c in "的和与及各全该本这那在到对由并月日"):
            continue
        kind = "PartyOrganization" if m["body"] == "党工委" else "Committee"
        yield start, m.end(), _named_body(view[start : m.end()], kind)
    for m in _SITE_MAKER.finditer(view):
        yield m.start("name"), m.end("name"), _named_body(m["name"], "Enterprise")
    zones = [(m, _place_head(view, m.start(), gazetteer)) for m in _ZONE.finditer(view)]
    for m, head in zones:
        if head is None and ctx.place is not None and (own := _OWN_ZONE_OFFICE.fullmatch(m.group())):
            if view[m.start() - 1 : m.start()] in _CLAUSE_EDGES:
                # 市委书记、经开区党工委第一书记: the office of the zone the report names, else of its own
                # place's zone
                kind = own["zone"]
                named = {
                    view[h : z.start()] for z, h in zones if h is not None and z.group().startswith(kind)
                }
                place = min(ctx.place.short, key=len, default=ctx.place.name)
                name = (named.pop() if len(named) == 1 else place) + m.group()
                zone = Entity(
                    key=f"org/zone/{name}", type=EntityType.ORGANIZATION, label=name, kind="GovernmentBody",
                    aliases=(m.group(),),
                )
                yield m.start(), m.end(), zone
            continue
        if head is None:
            continue
        name = view[head : m.end()]
        zone = Entity(key=f"org/zone/{name}", type=EntityType.ORGANIZATION, label=name, kind="GovernmentBody")
        yield head, m.end(), zone
    placed = {m.end() for m, head in zones if head is not None}
    for m in _NAMED_ZONE_OFFICE.finditer(view) if "管" in view or "党工委" in view else ():
        if m.end() in placed or _ZONE.fullmatch(m.group()):
            continue  # named after a division above, or the report's own zone (经开区党工委)
        if _NOT_IN_ZONE_NAME.search(m["zone"]):
            continue  # 区委书记方文浜代表保护区党工委: a clause, no zone's name
        # 凤宁现代产业园管委会, 清东陵保护区管委会: the office of a zone, park or reserve, named whole
        # after a clause's edge; the zone itself is a body only where it is an economic zone
        kind = "zone" if _ZONE.search(m["zone"]) else "office"
        name = m.group()
        yield m.start(), m.end(), Entity(
            key=f"org/{kind}/{name}", type=EntityType.ORGANIZATION, label=name, kind="GovernmentBody"
        )
    for m in free_trade_zones(view, gazetteer, _FREE_TRADE_ZONE_OFFICE):
        name = m.group()  # 中国(上海)自由贸易试验区管理委员会
        yield m.start(), m.end(), Entity(
            key=f"org/office/{name}", type=EntityType.ORGANIZATION, label=name, kind="GovernmentBody"
        )
    for m in _SUFFIXED_RE.finditer(view):
        goes_on = m.end() < len(view) and re.match(f"[{_HAN}]", view[m.end()])
        head_at = m.end() + view.startswith("原", m.end())  # 双桂幼儿园原园长: its head, present or former
        post_after = view.startswith(_AFTER_BODY, head_at) and not view.startswith(_NOT_AFTER_BODY, m.end())
        # 东兴建筑集团承办; 对大连工业大学以及…: a verb, or a conjunction, after the body's name
        post_after = post_after or view.startswith((*_VERB_AFTER_BODY, "以及"), m.end())
        # 吕梁市图书馆暨文化广场: one name, then another
        post_after = post_after or view.startswith("暨", m.end())
        occupation = goes_on and not post_after and view.startswith(_OCCUPATION_AFTER, m.end())
        post_after = post_after or occupation
        if _SUFFIX_CLASS[m.group()] == "Media" and view.startswith(_AFTER_MEDIA, m.end()):
            post_after = True  # 鞍山日报消息, 唐山晚报记者: a paper before its news or its reporter
        if (
            view.startswith(_LIST_CLOSE, m.end()) and m.group() not in _WEAK_SUFFIXES
        ) or m.group().endswith(_STRONG_SUFFIXES):
            post_after = True  # 宜春学院等单位; a firm's name closed by 有限公司
        if goes_on and not post_after and _HOSTED_STUDIO.match(view, m.end()):
            post_after = True  # 三亚中心医院委员联系界别群众工作站: the body that hosts a members' studio
        if goes_on and not post_after and m.group().startswith("委员"):
            # 、董伟委员工作室集中揭牌: a member's studio, its suffix ending its name whatever follows
            owner = _MEMBER_BEFORE.search(view, max(0, m.start() - 4), m.start())
            post_after = owner is not None and _studio_owner(owner["name"], gazetteer)
            # 苗乡九黎书院委员工作室的委员们: a studio named for the body that hosts it
            post_after = post_after or view.endswith(_HOST_SUFFIXES, 0, m.start())
        if goes_on and not post_after and m.group() == "大学" and _FACULTY.match(view, m.end()):
            post_after = True  # 河南科技大学车辆与交通工程学院, 河南科技大学总支: a university, then its unit
        if _SUFFIX_CLASS[m.group()] == "Enterprise" and view.startswith("各", m.end()):
            post_after = True  # 甘肃日报报业集团各子报: a group before its several units
        if goes_on and not post_after:
            continue  # the suffix goes on into another word
        head = _NAME_TAIL.search(view, max(0, m.start() - 20), m.start())
        if head is None:
            continue
        written = _after_open_bracket(head.group())
        name = _trim_left(written + m.group(), gazetteer)
        if name and (member := _MEMBER_OF.search(name, 0, len(name) - len(m.group()))):
            rest = name[member.end() :]
            if len(rest) >= 4 and any(gazetteer.lookup(rest[:n]) for n in (2, 3)):
                name = rest  # 区政协委员武汉房陵清真餐饮有限公司: a member, then the firm by its place
        if name and (party := _PARTY_LEAD.match(name)) and len(name) - party.end() >= 4:
            # 民盟洛阳市河南科技大学总支: the party and the place of its branch, then the body it is in
            rest = name[party.end() :]
            at = next((n for n in (4, 3, 2) if gazetteer.lookup(rest[:n]) and len(rest) - n >= 4), 0)
            name = rest[at:] if at else name
        firm = _SUFFIX_CLASS[m.group()] == "Enterprise"
        if firm and name and (village := _VILLAGE_OF.match(name, 0, len(name) - len(m.group()))):
            rest = name[village.end() :]
            stem = rest[: len(rest) - len(m.group())]
            placed = any(gazetteer.lookup(stem[:n]) for n in (2, 3))  # 内蒙古旭丰…有限公司
            if len(stem) >= 2 and (placed or not common_word(stem[:2], min_freq=20)):
                name = rest  # 布瓦村九耕农业开发有限责任公司: the firm, after the village it is in
        if name is not None and re.match(r"[0-9一二三四五六七八九十两几多]+[所家个座批]", name):
            continue  # 建成12个街道委员工作室, 786所县医院: a count of bodies, none named
        if _COUNT.match(written):  # 19:2513540唐山晚报: digits glued before the name are no part of it
            name = _trim_left(_COUNT.sub("", written) + m.group(), gazetteer)
        if name and "·" in name and len(name.rsplit("·", 1)[1]) >= 4:
            name = name.rsplit("·", 1)[1]  # 湖南日报·新湖南客户端: two media, the second by its suffix
        if name is None or any(w in name for w in ("我区", "我市", "我县", "我州", "我省", "我旗")):
            continue
        if occupation and not any(gazetteer.lookup(name[:n]) for n in (2, 3, 4)):
            continue  # 提高中小学教师: a kind of school, no named one
        if name.endswith(("协商会", "面商会")):
            continue  # 民主协商会: a meeting, not a 商会
        if name[: len(name) - len(m.group())] in _GENERIC_STEMS:
            continue  # 异地商会, 行业协会: a kind of body, not one
        if m.group().startswith("委员") and not _studio_owner(name[: len(name) - len(m.group())], gazetteer):
            continue  # 建好用好政协委员工作室: no member, sector or place the studio is named for
        if (
            m.group() in _WEAK_SUFFIXES
            and not _named_weak(view, m.end() - len(name), m.end(), gazetteer)
            and not (m.group() in _HEADED_SUFFIXES and view.startswith(_HEADS, head_at))
        ):
            continue  # 证券公司, 政策性银行, 民办幼儿园: a kind of body, not one
        cls = _SUFFIX_CLASS[m.group()]
        start = m.end() - len(name)
        # a paper or an app is one node however it is found (by its suffix or as a byline's source)
        yield start, m.end(), _media(name) if cls == "Media" else _named_body(name, cls)


# Development zones and their offices, named after a place: 大同经济技术开发区, 平阴经济开发区党工委,
# 太原高新区管委会. A body of government (the zone's administration), as reports treat it.
ZONE_OFFICES = "管委会|管理委员会|党工委"
"""The offices of a development zone or a new area, written after its name (平阴经济开发区党工委)."""
_ZONE = re.compile(
    r"(?:(?:经济技术|高新技术产业|高新技术|经济|工业|农业高新技术产业|旅游)开发区|高新区|经开区|(?:工业|产业|科技)园区"
    rf"|综合保税区|新区(?={ZONE_OFFICES}))(?:{ZONE_OFFICES})?"
)
FREE_TRADE_ZONE = re.compile(
    r"中国[（(](?P<province>[\u4e00-\u9fff]{2,3})[）)]自由贸易试验区"
    r"(?:(?:(?![和与及])[\u4e00-\u9fff]){2,4}?(?:新片区|片区))?"
)
"""A pilot free trade zone, or one of its areas (中国(上海)自由贸易试验区, and its 临港新片区)."""
_FREE_TRADE_ZONE_OFFICE = re.compile(rf"{FREE_TRADE_ZONE.pattern}(?:{ZONE_OFFICES})")


def free_trade_zones(
    view: str, gazetteer: Gazetteer, pattern: re.Pattern[str] = FREE_TRADE_ZONE
) -> Iterator[re.Match[str]]:
    """The names ``pattern`` finds of a free trade zone (or of its office) whose bracketed name is a
    province's (中国(上海)…, not 中国(北方)…)."""
    if "自由贸易试验区" not in view:
        return
    for m in pattern.finditer(view):
        if any(d.level == "Province" for d in gazetteer.lookup(m["province"])):
            yield m
_NAMED_ZONE_OFFICE = re.compile(
    r"(?:(?<=[、，,。；;：:\s])|^)(?P<zone>(?![该本各全此其])[\u4e00-\u9fff]"
    r"(?:[\u4e00-\u9fff]|[-－—](?=[\u4e00-\u9fff])){0,14}?"
    r"(?:开发区|高新区|经开区|新区|示范区|产业园|园区|保护区|试验区|实验区|合作区|集聚区|物流园|工业园|度假区"
    rf"|风景区|景区|自贸区|保税区|港区))(?:{ZONE_OFFICES})",
    re.MULTILINE,
)
"""The office of a zone, park or reserve written whole after a clause's edge
(县委常委、凤宁现代产业园管委会主任, 沈阳-欧盟经济开发区管委会, 清东陵保护区管委会)."""
_NOT_IN_ZONE_NAME = re.compile(r"[委的在]|(?<=.)[和与及]|书记|代表|主任|[市县区镇局]长|出席|参加")
"""Words that make the run before an office a clause, not a zone's name."""
_OWN_ZONE_OFFICE = re.compile(r"(?P<zone>经开区|高新区|经济开发区|经济技术开发区)(?:管委会|党工委)")
"""A zone's office named without its place: the report's own place's (经开区党工委)."""
_CLAUSE_EDGES = ("、", "，", ",", "。", "；", ";", "：", ":")
_ZONE_HEAD = 8
"""Most characters a zone's name has before its kind (山西大同, 乌兰察布)."""


def _place_head(view: str, end: int, gazetteer: Gazetteer) -> int | None:
    """Where the name before ``end`` starts: the farthest start within reach that begins with the
    name or short name of a division (推进太原高新区 → 太原高新区), or None."""
    for start in range(max(0, end - _ZONE_HEAD), end - 1):
        head = view[start:end]
        if not re.fullmatch(rf"[{_HAN}]+", head) or any(c in head for c in "和与及到赴") or "政协" in head:
            continue  # 北海和仙人岛经济开发区: two names, not one; 吉林市政协到永吉经济开发区: who went where
        if any(gazetteer.lookup(head[:n]) for n in range(2, min(len(head), 6) + 1)):
            return start
        if view.startswith("新区", end) and gazetteer.lookup_area(head + "新区"):
            return start  # 贵安新区党工委: a state-level new area's office
    return None


_LEFT_STOP = re.compile(
    r".*(?:的|在|和|与|及|由|对|向|为|是|了|把|将|从|到|(?<![高中初平同均对])等|以|于|经(?!开区|[济贸信科管营])|经开区|高新区|开发区|据|共建|共|同|组织|参加|来到|走进|深入|前往|参观|考察|看望|邀请|联合|委托|会同|配合|协助|陪同|接受|依托|推动|支持|加强|引进|成立|举办|召开|设立|设置|筹建|组建|建立|创建|会上|走访|调研|视察|慰问|带队|率队|联系|指导|督导|对接|加入|携手|出席"
    r"|发挥|重视|关心|规范|清理|鼓励|扩大|防止|兴办|开办|筹办|包括|覆盖|一批|若干|一些|各级|所有|莅临|建成"
    r"|今年|去年|明年|赴|举行)"
)


_GENERIC_STEMS = frozenset(
    (
        "异地", "行业", "各类", "有关", "相关", "基层", "民间", "社会", "个体", "民营", "外商", "台商",
        "老年", "青年", "妇女", "企业", "中小", "地方", "专业", "各级", "全国", "省级", "市级", "县级",
        "政协", "各界", "界别", "军事", "利益", "一流", "世界一流", "电视", "函授", "普通", "高水平",
        "应用型", "研究型", "重点", "大型", "乡镇", "农村", "城市", "公立", "民办",
    )
)
"""Words before a body's suffix that name a kind of body, not one (异地商会, 行业协会)."""


_WEAK_SUFFIXES = frozenset(
    (
        "公司", "银行", "幼儿园", "学校", "文化馆", "律师事务所", "会计师事务所", "加工厂", "专业合作社",
        "客户端", "服务中心", "管理中心", "交易中心",
    )
)
"""Suffixes that end kinds of firms or schools as often as names (证券公司, 商业银行, 民办幼儿园)."""
_HEADED_SUFFIXES = frozenset(("幼儿园", "学校", "文化馆"))
_HEADS = ("董事长", "园长", "校长", "馆长", "副园长", "副校长", "副馆长", "党支部", "支部", "党委")
"""The head of a school or hall right after it names the body (大唐幼儿园董事长, 县文化馆馆长)."""


_VILLAGE_OF = re.compile(r".*(?:村|社区|嘎查)(?![镇委民])")
"""The village a firm is in, written before its name (布瓦村九耕农业…有限责任公司), up to its last 村."""
_MEMBER_OF = re.compile(r".*(?:委员|代表|主席|主任)(?![会员])")
"""A member's or head's post before a body's name written after it (区政协委员武汉房陵…有限公司)."""
STUDIO_KINDS = "工作站|工作室|之家|活动站|联络室|联络站"
"""The kinds of members' studios, after 委员 (委员工作室, 政协委员联络站)."""
_HOSTED_STUDIO = re.compile(rf"(?:政协)?委员[{_HAN}]{{0,8}}?(?:{STUDIO_KINDS})")
"""A members' studio right after the body that hosts it (医院委员联系界别群众工作站)."""
_HOST_SUFFIXES = tuple(s for s, _ in _SUFFIXED if not s.startswith("委员") and len(s) >= 2)
"""Ends of the names of bodies that host a members' studio (书院, 公司, 医院)."""


def _studio_owner(stem: str, gazetteer: Gazetteer) -> bool:
    """Whether a members' studio's name before 委员工作室 names whose it is: a member (张文有), a sector
    (文化艺术界), or a place (小屯镇, 东京陵街道), with 政协 after it or not."""
    stem = stem.removesuffix("政协")
    if stem[:1] in ("各", "全", "每", "本", "该", "诸"):
        return False  # 各街道政协委员工作站: the studios of every street, no one studio
    if stem.endswith(("界", "界别", "街道", "镇", "乡", "社区", "村", "县", "区", "市", "旗")):
        return len(stem) >= 2
    if len(stem) >= 4 and stem.endswith(_HOST_SUFFIXES):
        return True  # 苗乡九黎书院委员工作室: the body that hosts it
    if gazetteer.lookup(stem):
        return True
    surnamed = Lexicon.load().surname_length(stem) > 0
    return 2 <= len(stem) <= 3 and surnamed and not common_word(stem, min_freq=1)


def _named_weak(view: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A firm with a weak suffix is named when its name opens with a place (包头钢铁公司, 中国银行)
    or it stands in a list of bodies (华侨大学、福炼公司、中化泉州公司)."""
    name = view[start:end]
    if name.startswith("中国") or any(gazetteer.lookup(name[:n]) for n in (2, 3)):
        return True
    if name.endswith("客户端"):  # 新湖南客户端: an app named for its place, wherever the place stands
        return any(gazetteer.lookup(name[i : i + n]) for n in (2, 3) for i in range(len(name) - 3 - n + 1))
    stem = name[:-2]
    listed = view[start - 1 : start] == "、" or view[end : end + 1] == "、"
    if name.endswith("专业合作社"):
        # 武夷绿园蔬菜专业合作社 in a list: a brand, then what it grows (not 农民专业合作社)
        kind_only = name[:-5].endswith(("农民", "农业", "家庭", "各类"))  # 扶持发展农民专业合作社
        return listed and len(name) >= 9 and not kind_only and not common_word(name[:-5], min_freq=1)
    # not 证券公司、保险公司 or 省以下专业银行: no word in the name before its kind, unless a place
    pairs = [stem[i : i + 2] for i in range(len(stem) - 1)]
    return listed and len(stem) <= 4 and not any(common_word(w) and not gazetteer.lookup(w) for w in pairs)


def _after_open_bracket(text: str) -> str:
    """``text`` after a bracket it opens and does not close (市工商联(总 → 总)."""
    for i in range(len(text) - 1, -1, -1):
        if text[i] in ")）":
            return text
        if text[i] in "(（":
            return text[i + 1 :]
    return text


def _trim_left(name: str, gazetteer: Gazetteer) -> str | None:
    """Cut a suffix-matched name at the last function word before it (在科大讯飞 → 科大讯飞), unless
    the word is part of a place's name (呼和浩特日报, not 浩特日报)."""
    m = _LEFT_STOP.match(name)
    while m:
        cut = m.end()
        if not any(
            gazetteer.lookup(name[a : a + n]) for a in range(max(0, cut - 4), cut) for n in (2, 3, 4)
            if a + n > cut
        ):
            return name[cut:] if len(name) - cut >= 4 else None
        m = _LEFT_STOP.match(name[: cut - 1])  # the last function word before this one
    return name if len(name) >= 4 else None


def _drop_nested_same_type(found: list[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
    """Keep the longest of overlapping organization spans; identical spans keep the first key."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2].key))
    kept: list[tuple[int, int, Entity]] = []
    last_end = -1
    for start, end, entity in found:
        if start < last_end:
            continue
        kept.append((start, end, entity))
        last_end = end
    return kept


def _to_mentions(
    doc: Doc, found: list[tuple[int, int, Entity]], sentences: SentenceIndex, shared: set[tuple[int, int]]
) -> tuple[list[Mention], list[Entity]]:
    mentions = [
        Mention(
            doc_id=doc.doc_id,
            start=start,
            end=end,
            text=doc.text[start:end],
            type=EntityType.ORGANIZATION,
            key=entity.key,
            label=entity.label,
            kind=entity.kind,
            sentence=sentences.at(start),
            shared=(start, end) in shared,
        )
        for start, end, entity in found
    ]
    return mentions, [entity for _, _, entity in found]
