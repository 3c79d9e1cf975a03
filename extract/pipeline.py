"""The extraction pipeline, declared once: one document in, one :class:`DocResult` out.

Documents are independent until resolution, so :func:`extract_doc` runs in worker processes and
its results are cached by content.

>>> [stage.__name__ for stage in STAGES]
['stage_context', 'stage_places', 'stage_organizations', 'stage_people', 'stage_programmes', 'stage_report']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from extract.context import DocContext, find_context
from extract.gazetteer import Gazetteer
from extract.lexicon import Lexicon
from extract.recognize.organizations import ZONE_OFFICES, find_organizations
from extract.recognize.people import PersonHit, find_people
from extract.recognize.places import division_entity, find_places
from extract.recognize.programmes import (
    MEMBER_OPENS,
    ProgrammeHit,
    find_programmes,
    list_head,
    national_programme,
    programme_key,
)
from extract.records import Doc, DocResult, Entity, EntityType, Mention, Predicate, Relation, Report
from extract.relate import body_of_role, split_role
from extract.segment import Segmenter, SegmenterKind, get_segmenter
from extract.sentences import SentenceIndex

__all__ = ["EXTRACTOR_VERSION", "STAGES", "extract_doc"]

EXTRACTOR_VERSION = "2"
"""Bumped whenever extraction changes, so cached results of older versions are not reused."""


@dataclass(slots=True)
class _State:
    """What the stages of one document build up (private to the pipeline)."""

    doc: Doc
    gazetteer: Gazetteer
    sentences: SentenceIndex
    segmenter: Segmenter | None = None
    ctx: DocContext = field(default_factory=lambda: DocContext(None, ()))
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    people: list[PersonHit] = field(default_factory=list)
    person_keys: dict[str, str] = field(default_factory=dict)
    report: Report | None = None

    def entity(self, entity: Entity) -> None:
        old = self.entities.get(entity.key)
        if old is None:
            self.entities[entity.key] = entity
        elif entity.aliases and not set(entity.aliases) <= set(old.aliases):
            self.entities[entity.key] = _merge_aliases(old, entity.aliases)


def _merge_aliases(entity: Entity, aliases: tuple[str, ...]) -> Entity:
    return Entity(
        key=entity.key,
        type=entity.type,
        label=entity.label,
        kind=entity.kind,
        aliases=tuple(sorted({*entity.aliases, *aliases} - {entity.label})),
        docs=entity.docs,
        code=entity.code,
        parent=entity.parent,
    )


def stage_context(s: _State) -> None:
    """The report's own place and its chain of enclosing places."""
    s.ctx = find_context(s.doc, s.gazetteer, s.segmenter)


def stage_places(s: _State) -> None:
    mentions, entities = find_places(s.doc, s.ctx, s.gazetteer, s.sentences, s.segmenter)
    s.mentions += mentions
    for e in entities:
        s.entity(e)
    if s.ctx.place is not None:
        for division in s.ctx.chain:
            s.entity(division_entity(division))


def stage_organizations(s: _State) -> None:
    mentions, entities = find_organizations(s.doc, s.ctx, s.gazetteer, s.sentences)
    s.mentions += mentions
    for e in entities:
        s.entity(e)
    _drop_areas_inside_bodies(s, mentions)
    _sub_body_aliases(s, mentions)
    _formal_names(s, mentions)
    _township_bodies(s)
    _zones_of_offices(s)


_ZONE_OFFICE = re.compile(f"(?:{ZONE_OFFICES})$")


def _zones_of_offices(s: _State) -> None:
    """The zone an office is named for (平阴经济开发区 of 平阴经济开发区党工委): a body of its own, where
    the report names only its office. A new area (梅河新区) is a place, and no body here."""
    for m in [m for m in s.mentions if m.key.startswith("org/zone/")]:
        office = _ZONE_OFFICE.search(m.label)
        zone = m.label[: office.start()] if office else ""
        if not zone or (zone.endswith("新区") and not zone.endswith("高新区")):
            continue
        end = m.end - len(office.group())
        written = s.doc.text[m.start : end]
        aliases = (written,) if written != zone else ()  # 经开区 of 经开区党工委, the report's own zone
        _add_body(s, f"org/zone/{zone}", zone, m.kind, aliases, m, end)


_TOWNSHIP_BODY = re.compile(r"(?P<body>党委|党工委|人民政府|政府|办事处)(?!工作报告)")


def _township_bodies(s: _State) -> None:
    """The party committee, government or office of a township the report names, written right after
    its name (高沟镇党委, 宣化店镇政府, 石岐街道办事处): one node per township and body."""
    for m in [m for m in s.mentions if m.kind == "Township"]:
        body = _TOWNSHIP_BODY.match(s.doc.view, m.end)
        if body is None or (body["body"] == "办事处") != m.text.endswith("街道"):
            continue  # a street office is a 街道's; a 镇 or 乡 has a government
        name = "人民政府" if body["body"] == "政府" else body["body"]  # 宣化店镇政府 is its 人民政府
        label = m.label + name
        written = s.doc.text[m.start : body.end()]
        kind = "PartyOrganization" if "党" in name else "GovernmentBody"
        key = f"org/town/{m.key.removeprefix('place/')}/{name}"
        _add_body(s, key, label, kind, tuple(sorted({written} - {label})), m, body.end())


def _add_body(
    s: _State, key: str, label: str, kind: str, aliases: tuple[str, ...], at: Mention, end: int
) -> None:
    """A body named from ``at``'s start to ``end``, where another mention found it (a township's
    government after the township, a zone inside its office's name): its entity and its mention."""
    s.entity(Entity(key=key, type=EntityType.ORGANIZATION, label=label, kind=kind, aliases=aliases))
    s.mentions.append(
        Mention(
            s.doc.doc_id, at.start, end, s.doc.text[at.start : end], EntityType.ORGANIZATION, key, label,
            kind=kind, sentence=at.sentence,
        )
    )


def _drop_areas_inside_bodies(s: _State, bodies: list[Mention]) -> None:
    """A region or feature written by a short form inside a body's name is part of the name (西南 of
    西南大学, 东北 of 东北网); its entity goes too when the report names it nowhere else."""
    spans = [(m.start, m.end) for m in bodies]

    def inside(m: Mention) -> bool:
        short = m.type is EntityType.PLACE and m.kind in ("Region", "GeoFeature") and m.text != m.label
        return short and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans)

    dropped = {m.key for m in s.mentions if inside(m)}
    if not dropped:
        return
    s.mentions = [m for m in s.mentions if not inside(m)]
    for key in dropped - {m.key for m in s.mentions}:
        del s.entities[key]


_SUB_BODIES = {
    "org/cppcc/standing/": "常务委员会",
    "org/cppcc/proposals/": "提案委员会",
    "org/cppcc/proposal-review/": "提案审查委员会",
}
"""A committee's sub-bodies whose formal name is the committee's formal name and a suffix."""


_SESSION = re.compile(
    r"(?<![全省新上下每本这同历])(?:(?P<a>[一二三四五六七八九十]{1,3})届(?:县|市|区|州|旗|盟)?政协"
    r"|(?:县|市|区|州|旗|盟)政协(?P<b>[一二三四五六七八九十]{1,3})届)"
)


_FIRST_SESSION = re.compile(r"(?:第)?(?P<n>[一二三四五六七八九十]{1,3})届(?:委员会)?(?:第)?一次(?:全体)?会议")
_DIGITS = "一二三四五六七八九"


def _cn_number(text: str) -> int:
    """一 … 九十九 as a number (0 when it is none).

    >>> _cn_number("十"), _cn_number("十四"), _cn_number("二十一"), _cn_number("九")
    (10, 14, 21, 9)
    """
    if not text or any(c not in _DIGITS + "十" for c in text):
        return 0
    if "十" not in text:
        return _DIGITS.index(text) + 1 if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    value = (_DIGITS.index(tens) + 1 if tens else 1) * 10
    return value + (_DIGITS.index(ones) + 1 if ones else 0)


def _cn_numeral(number: int) -> str:
    """A number from 1 to 99 in Chinese numerals.

    >>> _cn_numeral(9), _cn_numeral(10), _cn_numeral(13), _cn_numeral(20)
    ('九', '十', '十三', '二十')
    """
    tens, ones = divmod(number, 10)
    text = ("" if tens <= 1 else _DIGITS[tens - 1]) + ("十" if tens else "")
    return text + (_DIGITS[ones - 1] if ones else "")


def _formal_names(s: _State, mentions: list[Mention]) -> None:
    """The formal names of the report's own committee that the report implies but may not
    write: with the session it names (县政协十届三次会议 → 中国人民政治协商会议武定县第十届委员会)
    and, for a district or county, with its prefecture before it (政协珠海市香洲区委员会)."""
    place = s.ctx.place
    key = f"org/cppcc/{place.code}" if place is not None else ""
    if not key or not any(m.key == key for m in mentions):
        return
    names = [place.name]
    prefecture = s.gazetteer.prefecture_of(place.code) if place.level == "County" else None
    if prefecture is not None and prefecture.code != place.code:
        names.append(prefecture.name + place.name)
    sessions = {m["a"] or m["b"] for m in _SESSION.finditer(s.doc.view)}
    # … and the session written in the name of the committee or its sub-bodies (政协三江侗族自治县
    # 第十三届委员会常务委员会)
    own = {key, *(prefix + place.code for prefix in _SUB_BODIES)}
    for mention in mentions:
        if mention.key in own:
            seen = s.doc.view[mention.start : mention.end]  # simplified: 第十三屆 is 第十三届
            sessions |= set(re.findall(r"第([一二三四五六七八九十]{1,3})届", seen))
    # the first session of a term hears the report of the term before it (十届一次会议 → 第九届常委会)
    for first in _FIRST_SESSION.finditer(s.doc.view):
        number = _cn_number(first["n"])
        if number and number > 1:
            sessions.add(_cn_numeral(number - 1))
    sessions = sorted(sessions)
    forms = {f"政协{n}委员会" for n in names} | {f"中国人民政治协商会议{n}委员会" for n in names}
    for number in sessions:
        for n in names:
            forms |= {
                f"政协{n}第{number}届委员会",
                f"政协第{number}届{n}委员会",
                f"中国人民政治协商会议{n}第{number}届委员会",
                f"中国人民政治协商会议第{number}届{n}委员会",
            }
    committee = s.entities[key]
    s.entity(
        Entity(
            key=key,
            type=EntityType.ORGANIZATION,
            label=committee.label,
            kind=committee.kind,
            aliases=tuple(sorted((forms | _written_forms(s.doc, forms)) - {committee.label})),
        )
    )
    for prefix, suffix in _SUB_BODIES.items():
        sub = s.entities.get(prefix + place.code)
        if sub is not None and any(m.key == sub.key for m in mentions):
            subs = {f + suffix for f in forms}
            s.entity(
                Entity(
                    key=sub.key,
                    type=EntityType.ORGANIZATION,
                    label=sub.label,
                    kind=sub.kind,
                    aliases=tuple(sorted(subs | _written_forms(s.doc, subs))),
                )
            )


def _written_forms(doc: Doc, forms: Iterable[str]) -> set[str]:
    """The ``forms`` the report writes otherwise than in simplified characters, as it writes them
    (政協湘潭市第十三屆委員會 for 政协湘潭市第十三届委员会), glosses and all."""
    written = set()
    for form in forms:
        at = doc.view.find(form)
        if at >= 0 and (text := doc.as_written(at, at + len(form))) != form:
            written.add(text)
    return written


def _sub_body_aliases(s: _State, mentions: list[Mention]) -> None:
    """A standing committee a report names only as 常务委员会 still has a formal name: its
    committee's formal name as the report writes it (政协第十四届运城市盐湖区委员会) with
    常务委员会 after it. Added as aliases of the sub-bodies the report mentions."""
    formal: dict[str, set[str]] = {}
    for m in mentions:
        seen = s.doc.view[m.start : m.end]  # simplified: 政協 is 政协
        formal_form = seen.startswith(("政协", "中国人民"))
        if m.key.startswith("org/cppcc/") and m.key.count("/") == 2 and formal_form:
            formal.setdefault(m.key.rsplit("/", 1)[1], set()).add(_SPACE.sub("", seen))
    for m in mentions:
        for prefix, suffix in _SUB_BODIES.items():
            if m.key.startswith(prefix) and m.key[len(prefix) :] in formal:
                names = tuple(sorted(f + suffix for f in formal[m.key[len(prefix) :]]))
                s.entity(
                    Entity(key=m.key, type=EntityType.ORGANIZATION, label=m.label, kind=m.kind, aliases=names)
                )


_SPACE = re.compile(r"\s+")


def stage_people(s: _State) -> None:
    """People, their keys (kept apart by city), and their posts as memberships."""
    s.people = find_people(s.doc, s.sentences)
    national = {h.name for h in s.people if h.national}
    scope = _scope(s)
    for h in s.people:
        s.person_keys[h.name] = (
            f"person/national/{h.name}" if h.name in national else f"person/{scope}/{h.name}"
        )
    # A place inside a name is part of the name (周长春 is no mention of 长春), and so it is where the
    # name is written again elsewhere in the report (孔斌黄海平等 after 黄海平 in a list; 记者 黄山)
    spans = [(h.start, h.end) for h in s.people]
    names = {h.name for h in s.people if len(h.name) >= 2}
    lengths = sorted({len(name) for name in names})
    view = s.doc.view

    def in_name(m: Mention) -> bool:
        if any(a < m.end and m.start < b for a, b in spans):
            return True
        return any(view[m.start : m.start + n] in names for n in lengths if n >= m.end - m.start)

    s.mentions = [m for m in s.mentions if m.type is not EntityType.PLACE or not in_name(m)]
    for h in s.people:
        key = s.person_keys[h.name]
        s.mentions.append(
            Mention(
                s.doc.doc_id,
                h.start,
                h.end,
                s.doc.text[h.start : h.end],
                EntityType.PERSON,
                key,
                h.name,
                sentence=s.sentences.at(h.start),
            )
        )
        s.entity(Entity(key=key, type=EntityType.PERSON, label=h.name))
        previous = ""
        for role in h.roles:
            for post in split_role(role):
                held = body_of_role(post, s.ctx, s.gazetteer, previous, s.doc.doc_id)
                org_key = ""
                if held is not None:
                    org_key, org = held
                    if org is not None:
                        s.entity(org)
                    previous = org_key
                s.relations.append(
                    Relation(
                        key, Predicate.MEMBERSHIP, org_key, s.doc.doc_id, s.sentences.at(h.start), role=post
                    )
                )


def _scope(s: _State) -> str:
    if s.ctx.place is None:
        return "x"
    prefecture = s.gazetteer.prefecture_of(s.ctx.place.code)
    return (prefecture or s.ctx.place).code


_NUMBERED_PROPOSAL = re.compile(r"(?!全国).*\d+号提案$")
"""A proposal by its number, not the national committee's (区政协2019年17号提案)."""


def stage_programmes(s: _State) -> None:
    """Proposals and initiatives, who proposed them, and the places they name."""
    hits = find_programmes(s.doc.view)
    places = _ByStart(m for m in s.mentions if m.type is EntityType.PLACE)
    orgs = _ByStart(m for m in s.mentions if m.type is EntityType.ORGANIZATION)
    people = _ByStart(m for m in s.mentions if m.type is EntityType.PERSON)
    # A quoted name met with its head noun and alone is one programme (“五好山阳” and 五好山阳).
    headed = {
        programme_key(h.type, core): h
        for h in sorted(hits, key=lambda h: (h.start, h.label))
        if h.type is EntityType.INITIATIVE and h.label.startswith("“")
        for core in h.aliases
    }
    paired = _paired_speakers(s, [h for h in hits if h.type is EntityType.PROPOSAL], people)
    branch = _SoleBranch.of(s.doc.view, orgs)
    for h in hits:
        key = programme_key(h.type, h.label)
        if key not in headed and h.type is EntityType.INITIATIVE and h.label.startswith("“"):
            # “协商于民”工作站 and “协商于民”政协委员工作站: one programme under its heads
            cores = (programme_key(h.type, core) for core in h.aliases)
            key = next((k for k in cores if k in headed and headed[k] is not h), key)
        if key in headed and headed[key] is not h:
            whole = headed[key]
            h = replace(h, label=whole.label, aliases=tuple(sorted({*whole.aliases, h.label})))
            key = programme_key(h.type, h.label)
        if h.type is EntityType.PROPOSAL and _NUMBERED_PROPOSAL.match(h.label):
            # 区政协2019年17号提案: numbers repeat from committee to committee; the report's own is meant
            own = s.ctx.place.code if s.ctx.place else s.doc.doc_id
            key = key.replace("proposal/", f"proposal/{own}/", 1)
        names = set(h.aliases) | _as_written(s.doc, h.start, h.end, (h.label, *h.aliases))
        s.entity(Entity(key=key, type=h.type, label=h.label, aliases=tuple(sorted(names - {h.label}))))
        sentence = s.sentences.at(h.start)
        s.mentions.append(
            Mention(
                s.doc.doc_id,
                h.start,
                h.end,
                s.doc.text[h.start : h.end],
                h.type,
                key,
                h.label,
                sentence=sentence,
            )
        )
        if h.type is EntityType.INITIATIVE:
            involved = [m for m in places.within(h.start, h.end) if m.end <= h.end]
            joint = _JOINT.search(s.doc.view, sentence[0], sentence[1]) is not None
            if joint:
                involved += [m for m in places.within(*sentence) if m.kind in _JOINT_PLACES]
                for m in orgs.within(*sentence):
                    s.relations.append(
                        Relation(key, Predicate.INVOLVES_ORGANIZATION, m.key, s.doc.doc_id, sentence)
                    )
            for m in involved:
                s.relations.append(Relation(key, Predicate.INVOLVES_PLACE, m.key, s.doc.doc_id, sentence))
            if h.label.endswith(_ALLIANCE_HEADS):
                _alliance_members(s, key, h, places)
        else:
            proposers = [paired[h.start, h.end]] if (h.start, h.end) in paired else []
            for proposer in proposers or _proposers(s, h, sentence, orgs, people, branch):
                s.relations.append(Relation(key, Predicate.PROPOSED_BY, proposer, s.doc.doc_id, sentence))
    _zones_as_programmes(s, [h for h in hits if h.type is EntityType.INITIATIVE])


def _zones_as_programmes(s: _State, hits: list[ProgrammeHit]) -> None:
    """A zone that is itself a national programme (海南自由贸易港, 成渝地区双城经济圈), named inside the
    programme's mention, is one thing: the programme, not a region beside it."""
    zones = set()
    for m in s.mentions:
        programme = national_programme(m.label) if m.kind == "Region" else None
        for h in hits if programme else ():
            if h.start <= m.start and m.end <= h.end and h.label == programme:
                zones.add(m)
                key = programme_key(h.type, h.label)
                s.entity(replace(s.entities[key], aliases=(*s.entities[key].aliases, m.label)))
    if not zones:
        return
    s.mentions = [m for m in s.mentions if m not in zones]
    dropped = {m.key for m in zones} - {m.key for m in s.mentions}
    s.relations = [r for r in s.relations if r.object not in dropped and r.subject not in dropped]
    for key in dropped:
        s.entities.pop(key, None)


def _as_written(doc: Doc, start: int, end: int, names: Iterable[str]) -> set[str]:
    """The ``names`` read in the view of ``doc[start:end]``, as the text writes them where they differ
    (四個中心 for 四个中心 in a report in traditional characters)."""
    view = doc.view[start:end]
    written = set()
    for name in names:
        at = view.find(name)
        if at >= 0 and doc.text[start + at : start + at + len(name)] != name:
            written.add(doc.text[start + at : start + at + len(name)])
    return written


def _glossed_names(s: _State) -> None:
    """Names as a glossed text writes them (政協(xié)湘潭市委員會), kept as aliases of their entities."""
    for m in s.mentions:
        written = s.doc.as_written(m.start, m.end)
        if written != m.text:
            s.entity(Entity(key=m.key, type=m.type, label=m.label, kind=m.kind, aliases=(written,)))


class _ByStart:
    """Mentions sorted by where they start, to take those starting in a span without a scan."""

    __slots__ = ("_items", "_starts")

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._items = sorted(mentions, key=lambda m: (m.start, m.end, m.key))
        self._starts = [m.start for m in self._items]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions with ``start <= m.start < end``, in order."""
        return self._items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


# A sentence about a joint programme names who takes part (联合, 携手, 联席会议, 区域合作 …).
_JOINT = re.compile(r"联合|携手|共同|联席|联盟|协同|一体化|区域合作|合作机制|倡议|共建|结对|联动")
_JOINT_PLACES = ("Prefecture", "County", "DirectCounty", "Municipality", "Province")
_ALLIANCE_HEADS = ("联席会议", "联系会", "联席会", "协作会", "联盟")
"""What an alliance of committees is called, and called again alone once named (联席会议成员单位…)."""
_MEMBERS_LISTED = re.compile(
    r"成员(?:单位)?(?:由|包括|为|是)(?P<members>[^。；;\n]{4,120}?)(?:组成|[。；;\n])"
)
"""A sentence that lists an alliance's members (成员单位由荆州市和岳阳市、常德市…政协组成)."""


def _alliance_members(s: _State, key: str, hit: ProgrammeHit, places: _ByStart) -> None:
    """The places an alliance named by ``hit`` takes in, listed in a later sentence that calls it by its
    head alone (联席会议成员单位由湖北省荆州市和湖南省岳阳市…政协组成)."""
    head = next(h for h in _ALLIANCE_HEADS if hit.label.endswith(h))
    for m in _MEMBERS_LISTED.finditer(s.doc.view, hit.end):
        if not s.doc.view.endswith(head, 0, m.start()):
            continue
        sentence = s.sentences.at(m.start())
        for place in places.within(m.start("members"), m.end("members")):
            if place.kind in _JOINT_PLACES:
                s.relations.append(Relation(key, Predicate.INVOLVES_PLACE, place.key, s.doc.doc_id, sentence))

# 谢春峰等委员的《…》: a member named right before a title wrote it
_WRITER_GAP = re.compile(
    r"(?:等)?(?:[0-9一二三四五六七八九十两]+(?:名|位))?"
    r"(?:委员|代表|的(?:个人|集体|联名)?提案(?:的提案)?)?(?:的|以)?"
)
"""What stands between a member and the title they wrote: 等委员的, 委员, 的提案, 委员以 (…为题)."""
_PROPOSER_AFTER = re.compile(
    r"[ \t\u3000]*[,，]?\n?[ \t\u3000]*[（(]?(?:提案者|提案人|提出者|提案单位|领衔人)[:：][ \t\u3000]*"
)
_PROPOSED_BEFORE = re.compile(
    r"(?:(?:共同|联名)?(?:提交|撰写|提出|递交|主笔|执笔)(?:的|了)(?:提案)?|作了?(?:题为)?|就|提出了?|建议)《?$"
)
_RUN_THEN_WRITER = re.compile(r"(?:[、，,和及]?《[^《》\n]{2,80}》)*[（(]")
"""The titles that follow one in a run, up to the bracket a writer's name stands in."""
_TITLE_BEFORE = re.compile(r"《[^《》\n]{2,60}》(?:[（(][^（）()\n]{1,6}[）)])?[、和]?$")
"""A title (and a note in brackets) right before a position: the run of titles a proposal ends."""
_PROPOSING = re.compile(
    r"提出|提交|撰写|发言|建议|提议|期望|呼吁|提案|联名|代表|作了|题为|带来|上报|报送|反映"
)
"""Verbs by which a sentence says someone put something forward (提交, 上报社情民意信息)."""
_MEMBER_AFTER_TOPIC = re.compile(r"[，,]委员(?=[\u4e00-\u9fff]{2,3}提出)")
"""就…现代化,委员张龙提出了5条具体建议: the member who proposed the topic, named after it."""
_MEMBER_OPENS = re.compile(MEMBER_OPENS)
_COUNTED = r"[0-9一二三四五六七八九十两]+[余多]?(?:件|篇|条|份)"
_SUBMITTED = re.compile(
    rf"(?:提交|提出|递交|反映|上报|报送)了?(?:{_COUNTED}[\u4e00-\u9fff]{{0,4}}(?:提案|建议|社情民意)"
    rf"|[\u4e00-\u9fff]{{0,4}}(?:提案|建议|社情民意)[\u4e00-\u9fff]{{0,4}}{_COUNTED})"
)
"""What a body put forward, counted (提交了6件集体提案, 反映社情民意信息50余篇)."""
_BODY_GAP = re.compile(r"(?:(?:提交|撰写)?的(?:调研报告|集体提案|提案)?)?")
"""What stands between a body and the titles it put forward: nothing, 的, 的调研报告 (民建椒江区委会的《)."""
_BARE_BRANCH_OPENS = re.compile(r"[ \t\u3000]*(?:总支|支部|基层委|[市县区]委会)(?:向|共|还|在|围绕)")
"""A sentence opened by a party branch named by its kind alone (总支向政协大会提交了…)."""
_SPOKE_FOR = re.compile(r"(?:副?主席|委员|常委|会员|盟员|社员|党员)?代表")
"""What stands between a member and the body they spoke for (蔡福华委员代表市民革)."""
_PRONOUN = re.compile(r"[他她](?![们人])")
"""He or she, standing for the member the sentences before named (not 他们, 他人)."""
_TITLES_OPEN = re.compile(r"[ \t\u3000]*(?:其中[，,]?)?《")
_APPROVES = re.compile(r"(?:等(?:市|县|区|州|省)?领导)?(?:同志)?(?:的)?(?:签批|批示|圈阅|批阅|肯定性批示)")
"""What follows a leader who approved a proposal, not one who wrote it (得到市长刘运签批)."""
"""A sentence that opens with a title (《…》被选为口头发言)."""


_PROPOSING_KINDS = ("DemocraticParty", "Committee", "SocialOrganization")
"""Bodies that put proposals forward: party branches, committees, people's organisations (市工商联)."""


def _proposers(
    s: _State,
    h: ProgrammeHit,
    sentence: tuple[int, int],
    orgs: _ByStart,
    people: _ByStart,
    branch: _SoleBranch,
) -> list[str]:
    """Who put a proposal forward: the nearest person (else party branch or committee) before it
    in its sentence, when the sentence says so (提出, 提交, 发言 …)."""
    view = s.doc.view

    def proposing(m: Mention) -> bool:
        return m.type is EntityType.PERSON or m.kind in _PROPOSING_KINDS

    if view[h.start - 1 : h.start] == "就" and (member := _MEMBER_AFTER_TOPIC.match(view, h.end)):
        named = [m for m in people.within(member.end(), member.end() + 3) if m.start == member.end()]
        if named:
            return [named[0].key]
    # 杜义霞委员就…提出建议; 阎旭东委员认为,要…: the member opening the clause of the topic
    opener = _MEMBER_OPENS.search(view, sentence[0], h.start)
    if opener and opener.end() == h.start:
        named = [m for m in people.within(sentence[0], opener.start() + 1) if m.end == opener.start()]
        if named:
            # 王林高委员代表民革淮安市委提出,…: the member, and the body they spoke for
            behalf = orgs.within(*opener.span("behalf")) if opener["behalf"] else []
            bodies = [m.key for m in behalf if (m.start, m.end) == opener.span("behalf") and proposing(m)]
            return [named[0].key, *bodies[:1]]
    # 经贸委员会  关于研究制定城区交通规划: a table's row, its proposer opening the line before the title
    line = view.rfind("\n", 0, h.start) + 1
    if view[line : h.start].strip() and view[h.start - 1 : h.start] in (" ", "\t", "\u3000"):
        opening = [
            m for m in (*people.within(line, h.start), *orgs.within(line, h.start))
            if proposing(m) and not view[m.end : h.start].strip() and not view[line : m.start].strip()
        ]
        if opening:
            return [opening[0].key]
    # 《…》 then 提案者：民进漳州市委会 or （提案人：王杞龙、赖志宇）: the proposers written after it
    named_after = _PROPOSER_AFTER.match(view, h.end)
    if named_after:
        start = named_after.end()
        end = view.find("\n", start)
        end = len(view) if end < 0 else end
        after = [m for m in (*people.within(start, end), *orgs.within(start, end)) if proposing(m)]
        if after:
            return list(dict.fromkeys(m.key for m in sorted(after, key=lambda m: (m.start, m.key))))
    # 《A》(孙廷廷)、《B》《C》(冯淑玲): the writer in brackets after the run of titles this one opens
    if view.startswith("》", h.end - 1) and (run := _RUN_THEN_WRITER.match(view, h.end)):
        named = [m for m in people.within(run.end(), run.end() + 4) if m.start == run.end()]
        if named and view.startswith((")", "）"), named[0].end):
            return [named[0].key]
    # 余翔提交的《…》, 由大观总支提交的《…》: the writer right before a verb of proposing
    verb = _PROPOSED_BEFORE.search(view, max(sentence[0], h.start - 8), h.start)
    if verb:
        before = (*people.within(sentence[0], verb.start()), *orgs.within(sentence[0], verb.start()))
        writers = [m for m in before if m.end == verb.start() and proposing(m)]
        if writers:
            return [writers[0].key]
    # 民进黄石市委会《…》和《…》的集体提案: a party branch or committee right before the titles
    first = h.start
    while (run := _TITLE_BEFORE.search(view, max(sentence[0], first - 64), first)) is not None:
        first = run.start()
    glued = [
        m for m in orgs.within(sentence[0], first)
        if m.end <= first and _BODY_GAP.fullmatch(view, m.end, first) and proposing(m)
    ]
    if glued and view.startswith(("《", "关于"), h.start):
        return [glued[0].key]
    # 《政协定州市委员会关于…的调研报告》: the committee or branch that opens its own title
    opening = [m for m in orgs.within(h.start + 1, h.start + 2) if m.start == h.start + 1 and proposing(m)]
    if opening and view.startswith("关于", opening[0].end):
        return [opening[0].key]
    # 农工党西夏区总支：关于…的建议: the proposer heading its title, a colon between
    if view[h.start - 1 : h.start] in (":", "："):
        heading = [
            m for m in (*people.within(sentence[0], h.start), *orgs.within(sentence[0], h.start))
            if m.end == h.start - 1 and proposing(m)
        ]
        if heading:
            return [heading[0].key]
    # 会员王敏《…》、王桂芳《…》: a writer's name glued to the title
    glued_person = [m for m in people.within(sentence[0], h.start) if m.end == h.start]
    if glued_person and view.startswith("《", h.start):
        return [glued_person[-1].key]
    writers = [
        m for m in people.within(max(sentence[0], h.start - 24), h.start)
        if m.end <= h.start and _WRITER_GAP.fullmatch(view, m.end, h.start)
    ]
    if writers:
        # 盟员邓解芳和江飞霞的个人提案《…》: the writer and those named together with them
        named = [m for m in people.within(sentence[0], h.start) if m.end <= writers[-1].end]
        return _named_together(view, named)
    def submitted_before() -> list[str]:
        # 民建承德市委共提交6件集体提案…。《…》被选为口头发言: the titles of a sentence that opens with
        # one are the proposals the sentence before says who submitted
        if not sentence[0] or not _TITLES_OPEN.match(view, sentence[0]):
            return []
        previous = s.sentences.at(sentence[0] - 1)
        verb = _SUBMITTED.search(view, previous[0], previous[1])
        if verb is None:
            return []
        who = [m for m in orgs.within(previous[0], verb.start()) if proposing(m) and m.end <= verb.start()]
        return [who[-1].key] if who else []

    def collective() -> list[str]:
        # 集体提案《…》, 总支向政协大会提交了《…》 in a party's own news: the one branch the news names;
        # also where the news's headline names it (民盟平阳县支部政协委员认真履职 … 提交了提案11篇,其中《…》)
        if branch.key is None:
            return []
        before = view[max(sentence[0], first - 12) : first]  # before the run of titles this one ends
        if "集体提案" in before or _BARE_BRANCH_OPENS.match(view, sentence[0]) or branch.in_headline:
            return [branch.key]
        return []

    def listed_under() -> list[str]:
        # 卫虎林共提交了三份提案,分别是:⏎1、…⏎2、…: a numbered line under a list's head, put forward by
        # the member or body the head's sentence names last
        head = list_head(view, h.start)
        if head is None:
            return []
        opened = s.sentences.at(head)[0]
        before = (*people.within(opened, head), *orgs.within(opened, head))
        named = [m for m in before if m.end <= head and proposing(m)]
        return [max(named, key=lambda m: m.start).key] if named else []

    if view[h.start - 1 : h.start] in ("、", ".", "．", " ", "\t", "\u3000") and (listed := listed_under()):
        return listed
    if not _PROPOSING.search(s.doc.view, sentence[0], h.start):
        return submitted_before() or collective()
    bodies = []
    not_by: list[Mention] = []
    for m in orgs.within(sentence[0], h.start):
        if m.end > h.start or m.kind not in ("DemocraticParty", "Committee"):
            continue
        # 向市政协提交: the recipient; 在曲靖市政协五届一次会议上: where, not who; 被市政协采用: who took it
        # up; 向市政协、盟省委上报: the recipients listed after the first
        listed = view[m.start - 1 : m.start] in "、和及" and any(b.end == m.start - 1 for b in not_by)
        if view.endswith(("向", "给", "交", "在", "被"), 0, m.start) or listed:
            not_by.append(m)
        else:
            bodies.append(m)
    # 《A》得到市委书记田庆盈签批,《B》…: who approved the one before is no writer of this one
    persons = [
        m for m in people.within(sentence[0], h.start)
        if m.end <= h.start and not _APPROVES.match(view, m.end)
    ]
    if bodies and persons and _SPOKE_FOR.fullmatch(view, persons[-1].end, bodies[-1].start):
        return [persons[-1].key, bodies[-1].key]  # 蔡福华委员代表市民革所作的题为《…》: both
    if bodies and (not persons or bodies[-1].start > persons[-1].start):
        # 民进区工委、民盟区工委联名提案《…》: the bodies listed together put it forward together
        return _named_together(view, bodies)
    if persons:
        return _named_together(view, persons)
    # 委员李榜文告诉记者…。因此，他带来了提案《…》: he is the last person the paragraph named before
    if _PRONOUN.search(view, sentence[0], h.start):
        paragraph = view.rfind("\n", 0, sentence[0]) + 1
        named = [m for m in people.within(paragraph, sentence[0]) if m.end <= sentence[0]]
        if named:
            return [named[-1].key]
    return submitted_before() or collective()


@dataclass(frozen=True, slots=True)
class _SoleBranch:
    """The one democratic party branch a report names (None if it names none or several), and whether
    its headline names it: the proposer of what a party's own news leaves unattributed."""

    key: str | None
    in_headline: bool

    @classmethod
    def of(cls, view: str, orgs: _ByStart) -> _SoleBranch:
        parties = [m for m in orgs.within(0, len(view)) if m.kind == "DemocraticParty"]
        branches = {m.key for m in parties if m.key.count("/") >= 4}  # not the party as a whole
        if len(branches) != 1:
            return cls(None, False)
        headline = _headline_end(view)
        return cls(next(iter(branches)), any(m.end <= headline for m in parties if m.key in branches))


def _headline_end(view: str) -> int:
    """Where a news item's headline ends: its short lines before the first line of prose (one ending
    in 。 or longer than a headline), at most three of them; 0 where the text opens with prose."""
    end = 0
    lines = 0
    for line in view[:400].splitlines(keepends=True):
        body = line.strip()
        if not body:
            end += len(line)
            continue
        if len(body) > 60 or body.endswith(("。", "：", ":")) or lines == 3:
            break
        lines += 1
        end += len(line)
    return end


def _named_together(view: str, found: list[Mention]) -> list[str]:
    """The last of ``found`` and those joined to it by 、 和 与 及 right before it (邓解芳和江飞霞)."""
    joint = [found[-1]]
    for m in reversed(found[:-1]):
        if view[m.end : joint[0].start] not in ("、", "和", "与", "及"):
            break
        joint.insert(0, m)
    return [m.key for m in joint]


def _paired_speakers(
    s: _State, proposals: list[ProgrammeHit], people: _ByStart
) -> dict[tuple[int, int], str]:
    """In 甲、乙…N名委员，分别围绕A、B…作了大会发言, the speakers paired with the topics in order: the
    speaker's key by the span of each topic."""
    by_sentence: dict[tuple[int, int], list[ProgrammeHit]] = {}
    for h in proposals:
        # the whole sentence, semicolons and all: 分别围绕A；B；C…作了大会发言 is one list of topics
        by_sentence.setdefault(_full_sentence(s.doc.view, h.start), []).append(h)
    paired = {}
    for sentence, items in by_sentence.items():
        at = s.doc.view.find("分别", sentence[0], sentence[1])
        if at < 0:
            continue
        # the speakers named before 分别 and after any title before it, the topics after it
        after = [h for h in items if h.start > at]
        since = max((h.end for h in items if h.end <= at), default=sentence[0])
        speakers = people.within(since, at)
        if not after:  # 王某、李某就《A》《B》分别作了发言: 分别 after the topics
            after, speakers = items, people.within(sentence[0], items[0].start)
        if len(speakers) == len(after) > 1:
            for person, item in zip(speakers, after, strict=True):
                paired[item.start, item.end] = person.key
    return paired


_FULL_STOP = re.compile(r"[。！？!?\n]")


def _full_sentence(view: str, at: int) -> tuple[int, int]:
    """The span of the sentence around ``at`` that only a full stop or a line break ends.

    >>> _full_sentence("甲。乙；丙。丁", 4)
    (2, 6)
    """
    start = max((m.end() for m in _FULL_STOP.finditer(view, 0, at)), default=0)
    stop = _FULL_STOP.search(view, at)
    return start, stop.end() if stop else len(view)


_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?")
_MEETING = re.compile(
    r"(?:中国人民政治协商会议|政协)[^，,。\n]{2,30}?委员会第[一二三四五六七八九十]+次(?:全体)?会议"
)
_PRESENTS = re.compile(
    r"代表[^，,。\n]{0,40}?常务委员会[^，,。\n]{0,10}?(?:作|做|报告)|所作[^，,。]{0,6}工作报告|作[^，,。\n]{0,30}工作报告"
)


def stage_report(s: _State) -> None:
    """The report node: its place, title, presenter, meeting and date."""
    view = s.doc.view
    title = next((line.strip() for line in view.splitlines() if line.strip()), "")[:80]
    date = ""
    m = _DATE.search(view)
    if m:
        y, mo, d = m["y"], m["m"], m["d"]
        date = y if not mo else (f"{y}-{int(mo):02d}" if not d else f"{y}-{int(mo):02d}-{int(d):02d}")
    meeting = _MEETING.search(view)
    presenter = ""
    people = [m for m in s.mentions if m.type is EntityType.PERSON]
    for p in _PRESENTS.finditer(view):
        near = [m for m in people if 0 <= p.start() - m.end <= 12]
        if near:
            presenter = near[-1].key
            break
    s.report = Report(
        doc_id=s.doc.doc_id,
        source=s.doc.source,
        title=title,
        place=s.ctx.place.key if s.ctx.place else "",
        presenter=presenter,
        meeting=meeting.group() if meeting else "",
        date=date,
    )


STAGES: tuple[Callable[[_State], None], ...] = (
    stage_context,
    stage_places,
    stage_organizations,
    stage_people,
    stage_programmes,
    stage_report,
)
"""The stages, in order; each reads and extends the document's state."""


def extract_doc(
    doc: Doc,
    gazetteer: Gazetteer | None = None,
    *,
    segmenter: SegmenterKind | str = SegmenterKind.JIEBA,
    pkuseg_model: str | None = None,
) -> DocResult:
    """Run every stage on one document (``segmenter``: jieba, or pkuseg with ``pkuseg_model``)."""
    Lexicon.load()
    state = _State(
        doc=doc,
        gazetteer=gazetteer or Gazetteer.load(),
        sentences=SentenceIndex(doc.text),
        segmenter=get_segmenter(segmenter, pkuseg_model),
    )
    for stage in STAGES:
        stage(state)
    assert state.report is not None
    if doc.glosses:
        _glossed_names(state)
    mentions = tuple(sorted(set(state.mentions), key=lambda m: (m.start, m.end, m.key)))
    relations = tuple(
        sorted(set(state.relations), key=lambda r: (r.sentence, r.subject, r.predicate, r.object, r.role))
    )
    entities = tuple(sorted(state.entities.values(), key=lambda e: e.key))
    return DocResult(doc=doc, report=state.report, mentions=mentions, relations=relations, entities=entities)
