"""What a report says about itself: its own place, and the bodies 我市, 市政协, 县委 point to.

A report of 政协代县委员会 is about 代县 (under 忻州市, 山西省); in it 县政协 is that committee,
市政协 the committee of 忻州市, 省委 the party committee of 山西省.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extract.gazetteer import Division, Gazetteer
from extract.lexicon import Lexicon
from extract.records import Doc
from extract.segment import Segmenter, is_word

__all__ = [
    "BARE_CPPCC_RE",
    "SESSION_MEETING_RE",
    "DocContext",
    "find_context",
    "numbered_session",
    "place_in",
]

_Surfaces = list[tuple[int, str]]
"""A report's place names as written, each with where it starts."""

# 政协第十四届运城市盐湖区委员会, 中国人民政治协商会议阳泉市平定县第十届委员会, 政协乌拉特中旗第十四届委员会
_NUM = "[一二三四五六七八九十百零〇两0-9]+"
COMMITTEE_RE = re.compile(
    rf"(?:中国人民政治协商会议|政协)\s?(?:第{_NUM}届)?\s?(?P<place>(?:(?!政协|委员会)[\u4e00-\u9fff]){{2,24}}?)"
    rf"\s?(?:第{_NUM}届)?委员会"
)
# 政协沁县第十四届五次会议, 政协靖远县十一届五次会议, 政协吉安市三届常委会: a committee named by a
# meeting of its term, with no 委员会 written
SESSION_MEETING_RE = re.compile(
    rf"(?:中国人民政治协商会议|政协)(?P<place>(?:(?!政协|委员会)[\u4e00-\u9fff]){{2,12}}?)"
    rf"第?{_NUM}届(?:{_NUM}次|常委会|常务委员会)"
)
# 山阳县政协, 拉萨市政协, 平阴政协 (not 全国政协, 人民政协 ...)
PLACE_CPPCC_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12}?)政协")


def numbered_session(text: str) -> str:
    """``text`` without its session numbers (政协第十四届长治市委员会 → 政协长治市委员会)."""
    return re.sub(rf"第{_NUM}届", "", text)


def place_in(text: str, gazetteer: Gazetteer, near: tuple[str, ...] = ()) -> Division | None:
    """The most specific division named by ``text`` read as a run of place names (运城市盐湖区 → 盐湖区).

    The whole text must be covered by division names (full or short), left to right.
    """
    text = numbered_session(text).strip()
    found: list[Division] = []
    i = 0
    while i < len(text):
        for j in range(len(text), i, -1):
            division = gazetteer.resolve(text[i:j], near=near + tuple(d.code for d in found))
            if division is not None and (j - i >= 2):
                found.append(division)
                i = j
                break
        else:
            return None
    if not found:
        return None
    # Later names are more specific when they sit inside the earlier ones.
    return found[-1]


@dataclass(frozen=True, slots=True)
class DocContext:
    """The report's own place and its enclosing places."""

    place: Division | None
    chain: tuple[Division, ...]
    """The place followed by its ancestors, nearest first."""
    cppcc: bool = False
    """The place is that of a CPPCC committee the report names (not only its commonest place)."""
    below: tuple[Division, ...] = ()
    """Of a city's report, the one county, district or banner of each level word it names in full
    within the city (谷城县 in a 襄阳市政协 report that writes 县政协主席): what 县 points to there."""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.chain)

    @property
    def province(self) -> Division | None:
        return self.chain[-1] if self.chain else None

    def far(self, division: Division, gazetteer: Gazetteer) -> bool:
        """Whether ``division`` lies in another province than the report's (False when either is unknown)."""
        province = gazetteer.province_of(division.code)
        return self.province is not None and province is not None and province.code != self.province.code

    def at_level(self, level: str) -> Division | None:
        """The place a level word points to from this report (市 in a 县 report → its 市).

        ``level`` is one of 省 自治区 市 州 盟 地区 县 区 旗. 市 is the nearest enclosing place whose name
        ends in 市 (a county-level city points to itself); 省 the province.
        """
        if level in ("省", "自治区", "全省"):
            province = self.province
            if province is not None and level == "自治区" and not province.name.endswith("自治区"):
                return None  # 自治区党委 in a report of a province is another place's
            return province
        for division in self.chain:
            if division.municipality and level == "市":
                return division
            if level in ("区",) and division.name.endswith("自治区"):
                continue
            if division.name.endswith(level):
                return division
        if level == "县" and self.chain and self.chain[0].level == "County":
            # a county turned city or district (平果县 → 平果市, 静海县 → 静海区) is still 县 in its reports
            return self.chain[0]
        return next((d for d in self.below if d.name.endswith(level)), None)


def find_context(doc: Doc, gazetteer: Gazetteer, segmenter: Segmenter | None = None) -> DocContext:
    """The report's own place: the place of the CPPCC committee it names most, else its commonest place.

    With a ``segmenter``, a short form counts in the second case only where it stands as a word (not
    大同 of 画大同心圆)."""
    view = doc.view
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in (*COMMITTEE_RE.finditer(view), *SESSION_MEETING_RE.finditer(view)):
        division = place_in(m["place"], gazetteer)
        if _SITE_OWNER.match(view, m.end()):
            continue  # …委员会办公厅主管, …办公厅 © 2017 版权所有: the site's owner, in a footer
        if division is not None:
            votes[division.code] += 3
            first[division.code] = min(first.get(division.code, m.start()), m.start())
    hints: tuple[str, ...] | None = None  # places the report names unambiguously, for 西湖区政协 (of two)
    scanned: _Surfaces | None = None  # every place name of the report, found at most once

    def place_surfaces() -> _Surfaces:
        nonlocal scanned
        if scanned is None:
            scanned = _all_place_surfaces(view)
        return scanned

    for m in PLACE_CPPCC_RE.finditer(view):
        if view.startswith(_PUBLICATIONS, m.end()):
            continue  # 来源:广西政协报: a paper or a site of that committee, whoever the report is about
        before = view[max(0, m.start("place") - 1) : m.end("place")]
        if re.search(r"(?:^|[^\u4e00-\u9fff])全[省市州县区旗盟]$", before):
            continue  # 全州政协系统: the committees of the whole prefecture; not 全州县
        # the longest run of place names before 政协: 河西区政协 is 河西区, not 西区
        for cut in range(len(m["place"]) - 1):
            division = place_in(m["place"][cut:], gazetteer)
            if division is None and gazetteer.lookup(m["place"][cut:]):
                if hints is None:
                    hints = _unambiguous_places(place_surfaces(), gazetteer)
                division = place_in(m["place"][cut:], gazetteer, hints)  # 杭州西湖区 … 西湖区政协
            if division is not None and gazetteer.is_ambiguous(m["place"][cut:]):
                break  # 友好政协: friendly committees (a pairing of two), not the committee of 友好区
            if division is not None:
                votes[division.code] += 2
                first.setdefault(division.code, m.start())
                break
    bare = Counter(BARE_CPPCC_RE.findall(view))
    bare_level, bare_count = bare.most_common(1)[0] if bare else ("", 0)
    # 我县成功举办… (a county's own news) with 县政协 once: the level of the report's own committee
    if ours := Counter(_OWN_LEVEL_RE.findall(view)):
        own_level, n = ours.most_common(1)[0]
        if not bare or own_level == bare_level:
            bare_level, bare_count = own_level, bare_count + n
    if votes and bare_count >= 2 and not any(_fits(gazetteer.by_code(c), bare_level) for c in votes):
        # 市政协 throughout, and only 福建省政协 named (传达学习福建省政协…经验): the committee named
        # is another's; the report's own is the 市政协 it writes, placed as if none were named
        votes.clear()
        first.clear()
    cppcc = bool(votes)
    level, surfaces = "", []
    if not votes:
        # No committee named: the commonest place, favouring the level its 州政协/县政协 names, and
        # no 和县 read from 县委和县政府, no 全州 from 全州各族 (a conjunction or 全 before a level).
        level = bare_level
        surfaces = place_surfaces()
        short: Counter[str] = Counter()
        # places written in full and unambiguous, and provinces (北京市, 贵州): they settle which of several
        # a short name is (朝阳 in a 区政协 report that names 北京市 is 朝阳区, not 朝阳市)
        named = tuple(
            sorted(
                {
                    c[0].code
                    for _, x in surfaces
                    if len(c := gazetteer.lookup(x)) == 1 and (c[0].is_full(x) or c[0].level == "Province")
                }
            )
        )
        weak: Counter[str] = Counter()
        for start, surface in surfaces:
            if len(surface) == 2 and surface[0] in "和与及并或同全":
                continue  # 和县 of 县委和县政府, 全州 of 全州各族
            if _in_name_after_post(view, start):
                continue  # 宜春 of 副主席阮宜春: a name's given part after its surname and post
            division = gazetteer.resolve(surface, near=named)
            if division is not None and division.level == "County" and not division.is_full(surface):
                weak[division.code] += 1  # 彭水 of 助推彭水文旅, however it is segmented
            unworded = segmenter is not None and not is_word(segmenter, view, start, start + len(surface))
            if unworded and not any(d.is_full(surface) for d in gazetteer.lookup(surface)):
                continue  # 大同 of 画大同心圆
            if division is None and level:
                # 开平 in a 市政协 report: of 开平市 and 开平区, the one its level word names
                fitting = [
                    c for c in gazetteer.lookup(surface) if c.name != surface and c.name.endswith(level)
                ]
                division = fitting[0] if len(fitting) == 1 else None
            if division is None or division.level == "Province":
                continue
            if division.level == "County":
                if not division.is_full(surface) and level and division.name.endswith(level):
                    short[division.code] += 1
                    first.setdefault(division.code, start)
                glued = start and _HAN.match(view[start - 1]) and view[start - 1] not in _LINKS
                if len(surface) == 2 and glued:
                    continue  # 范县 of 示范县 (but 为沁县建设)
                if not division.is_full(surface):
                    continue  # a county's short name alone is too weak a sign (龙门 of 龙门石窟)
            votes[division.code] += 2 if level and division.name.endswith(level) else 1
            first.setdefault(division.code, start)
        if short:
            # 区政协 and 崇明 written twice or more, and no place written more: the district of that
            # short name
            code, n = min(short.items(), key=lambda kv: (-kv[1], first[kv[0]]))
            # once is enough where the county's province or city is written too (贵州 … 威宁)
            placed = {d.code for d in gazetteer.ancestors(code)} & set(named)
            if (n >= 2 or (placed and level) or bare_count >= 3) and n > max(votes.values(), default=0):
                votes[code] = n
        if not votes and weak:
            # no other place at all: a county's short name written twice or more, and no other
            # county's as often (助推彭水文旅 … 彭水九黎文化旅游投资有限公司)
            (code, n), *rest = weak.most_common()
            fits = not level or _fits(gazetteer.by_code(code), level)  # not 文登区 in a 市政协 report
            if n >= 2 and (not rest or rest[0][1] < n) and fits:
                votes[code] = n
    if cppcc and len(votes) >= 3 and len(set(votes.values())) == 1:
        # many committees named alike (a meeting of 22 cities' committees): the host the report
        # names most, where it names one more often than any of them (九江 … 九江市 … 九江人民)
        host = _most_named(place_surfaces(), gazetteer, bare_level)
        if host and host not in votes:
            votes[host] = max(votes.values()) + 1
    if not votes:
        return DocContext(None, ())
    # Most votes; ties go to the more specific place, then the one named first.
    rank = {"County": 0, "Prefecture": 1, "Province": 2}
    code = min(votes, key=lambda c: (-votes[c], rank[gazetteer.by_code(c).level], first.get(c, 0)))
    if not cppcc and level in ("县", "区", "旗") and gazetteer.by_code(code).level != "County":
        code = _county_within(surfaces, gazetteer, code, level) or code
    if cppcc and bare_level:
        code = _home_of_places(place_surfaces(), gazetteer, code, bare_level) or code
    if cppcc and bare_level == "市" and bare_count >= 2 and votes[code] <= 2:
        code = _named_within(place_surfaces(), gazetteer, code, "市") or code
    if cppcc and bare_level in ("区", "县") and gazetteer.by_code(code).municipality:
        code = _named_within(place_surfaces(), gazetteer, code, bare_level) or code
    place = gazetteer.by_code(code)
    below = _one_county_each(place_surfaces(), gazetteer, code) if place.level == "Prefecture" else ()
    return DocContext(place, (place, *gazetteer.ancestors(code)), cppcc, below)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_OWN_LEVEL_RE = re.compile(r"我([县旗])")
"""我县, 我旗: a county's own news, whatever committees it names (我市 and 我区 may be the city above
or an autonomous region)."""


def _in_name_after_post(view: str, start: int) -> bool:
    """Whether the place name at ``start`` follows a post and one surname (副主席阮|宜春, 委员王|兰州)."""
    lex = Lexicon.load()
    if start < 3 or view[start - 1] not in lex.surnames:
        return False
    before = view[max(0, start - 9) : start - 1]
    return any(before.endswith(post) for post in lex.posts)


_SITE_OWNER = re.compile(r"(?:办公厅|办公室)?[ \t\u3000]*(?:主管|主办|©|版权所有)")
_PUBLICATIONS = ("报", "网", "杂志", "月刊", "新闻", "客户端", "微信", "公众号", "APP")
"""What a committee's name may open that is a publication of it (广西政协报, 福建政协网)."""
_LINKS = frozenset("为在对的年于到是将把向从")
"""Characters that may come right before a county's two-character name (为沁县建设)."""
BARE_CPPCC_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=自治))([市县区州旗盟])政协")
"""市政协, 县政协, and 自治县政协 (the level word of an autonomous county's own reports)."""


def _home_of_places(surfaces: _Surfaces, gazetteer: Gazetteer, code: str, level: str) -> str:
    """A report whose named committee is a visitor's (上海市政协 in a 三明 log that writes 市政协 and
    names 将乐县, 泰宁县, 宁化县, 清流县): the prefecture where three or more of the places it names in full
    lie, when none lies within the committee's place and that prefecture fits the report's bare level;
    its code, or ''."""
    if gazetteer.by_code(code).level != "Province":
        return ""  # a city's or county's committee named in full names its own place too
    inside: dict[str, set[str]] = {}
    for _, surface in surfaces:
        division = gazetteer.resolve(surface)
        if division is None or not division.is_full(surface) or division.level == "Province":
            continue
        chain = {division.code, *(a.code for a in gazetteer.ancestors(division.code))}
        if code in chain:
            return ""  # the committee's own place is named: it is the report's
        prefecture = gazetteer.prefecture_of(division.code) if division.level == "County" else division
        if prefecture is not None:
            inside.setdefault(prefecture.code, set()).add(division.code)
    homes = [c for c, named in inside.items() if len(named) >= 3 and _fits(gazetteer.by_code(c), level)]
    return homes[0] if len(homes) == 1 else ""


def _most_named(surfaces: _Surfaces, gazetteer: Gazetteer, level: str) -> str:
    """The city or county the report names most often (twice or more, and more than any other) that
    its bare level word fits; its code, or ''."""
    counts: Counter[str] = Counter()
    for _, surface in surfaces:
        division = gazetteer.resolve(surface)
        if division is not None and division.level != "Province" and (not level or _fits(division, level)):
            counts[division.code] += 1
    return _named_most(counts)


def _named_within(surfaces: _Surfaces, gazetteer: Gazetteer, code: str, level: str) -> str:
    """The place of ``code`` whose name ends in ``level`` that the report names twice or more, more
    than any other: a 市政协 report that names its prefecture's committee once (迎接泰安市政协到肥城市调研)
    is that county-level city's; a 区政协 report that names its municipality's committee (北京市政协官网 …
    区政协副主席) is the district's it names most (海淀区 … 海淀). Its code, or ''."""
    counts: Counter[str] = Counter()
    for _, surface in surfaces:
        division = gazetteer.resolve(surface, near=(code,))
        if division is not None and division.parent == code and division.name.endswith(level):
            counts[division.code] += 1
    return _named_most(counts)


def _one_county_each(surfaces: _Surfaces, gazetteer: Gazetteer, code: str) -> tuple[Division, ...]:
    """The counties, districts and banners of the prefecture ``code`` that the report names in full,
    where it names only one of that level word (谷城县 and no other 县 of 襄阳市)."""
    named: dict[str, set[str]] = {}
    for _, surface in surfaces:
        division = gazetteer.resolve(surface, near=(code,))
        if division is None or division.parent != code or not division.is_full(surface):
            continue
        if (level := division.name[-1]) in "县区旗":
            named.setdefault(level, set()).add(division.code)
    return tuple(gazetteer.by_code(min(codes)) for _, codes in sorted(named.items()) if len(codes) == 1)


def _named_most(counts: Counter[str]) -> str:
    """The code named twice or more and more often than any other, or ''."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _fits(division: Division, level: str) -> bool:
    """Whether a bare 县政协, 市政协 … of ``level`` can be the committee of ``division`` (a county turned
    city still writes 县政协; no province's committee is a 市政协)."""
    if level in "县区旗":
        return division.level == "County"
    if level in "州盟":
        return division.level == "Prefecture"
    return division.level == "Prefecture" or division.name.endswith("市")


def _county_within(surfaces: _Surfaces, gazetteer: Gazetteer, code: str, level: str) -> str:
    """A report of a 县政协 that names only its city (中共新余市委) is the report of the county of that
    level, within that city, whose short name it writes (新时代分宜振兴) among the report's place
    ``surfaces``: its code, or ''."""
    for _, surface in surfaces:
        for division in gazetteer.lookup(surface):
            if (
                division.level == "County"
                and division.name.endswith(level)
                and any(a.code == code for a in gazetteer.ancestors(division.code))
            ):
                return division.code
    return ""


def _unambiguous_places(surfaces: _Surfaces, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The codes of the places named by names of one place only (杭州 in 杭州西湖区), of a report's
    ``surfaces``."""
    found = {c[0].code for _, x in surfaces if len(c := gazetteer.lookup(x)) == 1}
    return tuple(sorted(found))


def _all_place_surfaces(view: str) -> _Surfaces:
    from extract.recognize.places import division_matcher

    return [(m.start(), m.group()) for m in division_matcher().finditer(view)]
