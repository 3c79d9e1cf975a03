"""Facts between entities: posts (memberships), proposers, and what initiatives involve.

>>> from extract.context import DocContext
>>> body_of_role("记者", DocContext(None, ()), None) is None
True
"""

from __future__ import annotations

import re

from extract.context import DocContext, place_in
from extract.gazetteer import Gazetteer
from extract.lexicon import Lexicon
from extract.recognize.organizations import BodyRef, body, unplaced_body
from extract.records import Entity, EntityType

__all__ = ["body_of_role", "split_role"]

_LEVEL = "(全国|省|自治区|市|州|盟|县|区|旗)"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_LEVEL}?政协"), "cppcc"),
    (re.compile(rf"{_LEVEL}人大常委会|{_LEVEL}人民代表大会常务委员会"), "congress-standing"),
    (re.compile(rf"{_LEVEL}人大"), "congress"),
    (re.compile(rf"{_LEVEL}?中级人民法院"), "intermediate-court"),
    (re.compile(rf"{_LEVEL}?人民法院"), "court"),
    (re.compile(rf"{_LEVEL}?人民检察院|检察长"), "procuratorate"),
    (re.compile(rf"{_LEVEL}(?:纪检委|纪委)"), "party-discipline"),
    (re.compile(rf"{_LEVEL}委(?!员)"), "party"),
    (re.compile(rf"{_LEVEL}?(?:人民)?政府"), "government"),
    (re.compile(r"(省|市|州|盟|县|区|旗)长$"), "government"),
)


def split_role(role: str) -> list[str]:
    """The posts of a role phrase (区委副书记、区长 → 区委副书记, 区长)."""
    return [p for p in re.split(r"[、，,；;]", role) if p]


def body_of_role(
    role: str, ctx: DocContext, gazetteer: Gazetteer | None, previous: str = "", doc_id: str = ""
) -> tuple[str, Entity | None] | None:
    """The body a post is held in, from the words before the post and the report's place.

    ``previous`` is the key of the body of the post written just before in the same list
    (副主席 after 区政协主席 is held in the same committee). In a report that names no place,
    a level word points to the report's own body (``doc_id``: 市政协副主席 → its 市政协). Returns the
    body's key and its entity (None when the key is ``previous``), or None when the text does not say.
    """
    lex = Lexicon.load()
    post = next((p for p in lex.posts_longest_first if role.endswith(p)), "")
    kind_of_post = lex.posts.get(post, "")
    if kind_of_post == "media" or not role:
        return None
    if kind_of_post == "national":
        return "org/party/central", Entity(
            key="org/party/central", type=EntityType.ORGANIZATION, label="中共中央", kind="PartyOrganization"
        )
    prefix = role[: len(role) - len(post)] if post else role
    if "执行主席" in role or prefix.startswith("大会"):
        return _held(BodyRef("cppcc", ctx.place)) if ctx.place else None
    named = re.match(r"中共(?P<place>[\u4e00-\u9fff]{2,12}?)委", prefix)
    if named and gazetteer is not None:
        place = place_in(named["place"], gazetteer, ctx.codes)
        if place is not None:
            return _held(BodyRef("party", place))
    for pattern, kind in _RULES:
        m = pattern.search(prefix if kind != "government" or not pattern.pattern.endswith("$") else role)
        if not m:
            continue
        level = next((g for g in m.groups() if g), None) if m.groups() else None
        if level == "全国":
            return None
        place = ctx.at_level(level) if level else ctx.place
        if place is None:
            if ctx.place is None and doc_id and level and level not in ("省", "自治区"):
                entity = unplaced_body(kind, level, doc_id)
                return entity.key, entity
            return None
        return _held(BodyRef(kind, place))
    if kind_of_post == "inherit" and not prefix:
        if previous:
            return previous, None
        if (
            post in ("主席", "副主席", "常务副主席", "秘书长", "副秘书长", "委员", "常委", "执行主席")
            and ctx.place
        ):
            return _held(BodyRef("cppcc", ctx.place))
    return None


def _held(ref: BodyRef) -> tuple[str, Entity]:
    entity = body(ref)
    return entity.key, entity
