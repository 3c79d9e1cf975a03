"""People, with the posts the text gives them.

A name is a surname (from the surname list) and one or two more characters (three or four in
lists, for ethnic-minority names), standing where names stand: after a post (市政协副主席范建民), in a
list after a post or a list word (副主席王宗勤、李金果), before a post (李敏主席, 冯志亮同志), in
bylines (记者 王斌, 摄影:李小龙), in doctrines (邓小平理论), at the head of a clause before a verb
(刘文成被选举为, 李慧琳代表), alone on a byline line. Each candidate must end where a name can end:
punctuation, a space, or a word that follows names (主持, 代表, 等 ...).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extract.gazetteer import province_abbreviations
from extract.lexicon import Lexicon, branch_names, common_word, read_lines
from extract.recognize.programmes import is_national_form, is_place_name
from extract.records import Doc
from extract.sentences import SentenceIndex
from extract.trie import compile_trie

__all__ = ["PersonHit", "find_people"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LIST_WORDS = ("还有", "名单", "是：", "是:", "有：", "有:")
_DOTS = "·•・‧."
"""Middle dots that join the parts of a transliterated name."""
_DOTTED = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,6}}){{1,2}}")
"""A transliterated name, its parts joined by a middle dot (亚森·图尔荪, 买买提·吐尔逊)."""
_DOTTED_THEN_POST = re.compile(
    rf"(?:^|(?<=[。，,；;：:、！？\s（(“]))(?P<name>{_DOTTED.pattern})"
    r"(?P<post>委员|常委|同志|代表|副?主席|副?书记|副?主任|说)",
    re.MULTILINE,
)
"""A transliterated name at a clause's start, its post right after it (艾尼瓦尔·巴哈尔丁委员)."""
_NAME_THEN_POST = re.compile(
    r"总书记|同志|一行|副?(?:主席|省长|州长|市长|县长|区长|书记|主任|秘书长|局长|部长|主委|教授)|院士|老师|委员(?!会)|常委(?![会员])"
    r"|代表(?=[、，,]|的发言)"
)
"""The posts and titles written after a name (李敏主席, 冯志亮同志, 廖佑菊委员, 卫虎林教授, 石志刚老师,
朱泽兵代表、), or the party they lead (姜玉慧一行)."""
_REPORT_HEARD = re.compile(
    r"(?:听取|审议)(?:了|并审议了?|并通过了?)?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:所作|作|做)的[^。；;\n]{0,20}?报告"
)
"""Who presented a report the meeting heard (听取王会英作的常务委员会工作报告)."""
_PRESENTED_FOR = re.compile(
    r"(?:(?<=通过)|(?<=批准)|(?<=听取)|(?<=审议)|(?<=[和、])|(?<=通过了)|(?<=听取了)|(?<=审议了))"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:和(?P<second>[\u4e00-\u9fff]{2,3}?)(?:同志)?分别)?"
    r"(?:代表[^。；;，,\n]{2,30}?|受[^。；;，,\n]{2,30}?委托)(?:所作|作)的?[^。；;\n]{0,30}?报告"
)
"""Who presented a report for a body the meeting approved (审议通过瓦标龙代表十三届州政协常务委员会所作的
工作报告, 和邹涵受…常务委员会委托所作的提案工作情况报告)."""
_PERSON_NOTE = r"[（(](?:[女男]|[\u4e00-\u9fff]{1,4}族)(?:[，,、](?:[女男]|[\u4e00-\u9fff]{1,4}族))?[）)]"
"""A person's sex or people noted after their name in a list: (女), (回族), (女,满族)."""
_ORDERED_ITEM = re.compile(
    rf"(?P<name>{_DOTTED.pattern}|[\u4e00-\u9fff]{{2,4}})(?:{_PERSON_NOTE})?"
    r"(?:(?P<sep>[ \u3000]?、[ \u3000]?|[ \u3000]{1,4})(?=[\u4e00-\u9fff])"
    r"|(?=[。；;，,）)\n]|$))"
)
_POST_NOTE = re.compile(r"[（(](?:挂职|兼|兼职|代|正处级|正厅级|副处级|副厅级|列席)[）)]")
"""A note on a post written between it and its holder: 县委副书记(挂职)张延玲."""
_ORDER_NOTE = re.compile(
    r"[（(][^（）()\n]{0,8}(?:姓氏笔画|笔画为序|笔划为序|排名不分先后)[^（）()\n]{0,6}[）)]\s*[:：]?\s*"
)


@dataclass(frozen=True, slots=True)
class PersonHit:
    """A name found in the text, with the posts written with it (as written)."""

    start: int
    end: int
    name: str
    roles: tuple[str, ...] = ()
    national: bool = False
    """Named as a national leader (总书记, a doctrine): one node across all reports."""


@cache
def _follow() -> tuple[str, ...]:
    return tuple(sorted(read_lines("person_follow.txt"), key=len, reverse=True))


@cache
def _post_matcher() -> re.Pattern[str]:
    return compile_trie(Lexicon.load().posts)


_NOT_NAME_CHARS = set(
    "的了是在与及或等为对把被将于也就又还而并但且这那个们您我你他她它年日时分秒第届次率"
)
_LENIENT_BAD = set("的了是在等和与及或为对把被将这那个们年届次")
_DOTTED_BAD = _LENIENT_BAD - {"那"}
"""In a name whose parts a dot joins, 那 transliterates (沙恒别克·贾那提别克)."""
_AFTER_POST_NOT_NAME = ("台", "团", "们", "会", "员", "处", "单位", "职务", "暨", "要")
_BRANCH_SPEAKER = re.compile(
    r"(?:总支|支部|支社|基层委|工委|市委会|县委会|区委会|主委)(?!员)(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?=作了?题为|作了?(?:大会|书面|口头)?发言|代表|认为|建议|表示|指出)"
)
"""A speaker right after the party branch they belong to, before the speech (…总支冯鹏飞作了题为)."""
_HONOURED_MEMBERS = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]))(?P<run>[\u4e00-\u9fff]{2,4}(?:[、和][\u4e00-\u9fff]{2,4}){1,11})"
    r"(?:等[0-9一二三四五六七八九十]+[人名位])?(?:同志)?被(?:评为|评选为|表彰为|授予)"
    r"(?P<title>[^，,。；;“”《》]{0,24}?(?:委员|常委))"
)
"""Two or more names honoured as members (…等6人被评为…优秀政协委员): the title says what they are."""
_POST_BEFORE_BRANCH = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]))(?P<post>[\u4e00-\u9fff]{0,6}?(?:政协委员|政协常委|委员|常委))、"
    r"(?:" + "|".join(branch_names().values()) + r")[\u4e00-\u9fff]{0,12}$"
)
"""A member's post, then the democratic party branch they speak for, ending where the branch's name ends."""
_GLUED_ATTENDING = re.compile(
    r"(?:^|(?<=[ \t\u3000]))(?P<run>[\u4e00-\u9fff]{4,12})(?=出席|参加|到会|调研|视察)", re.MULTILINE
)
"""A run of names glued together after a space or a line's start, closed by what they attended."""
_TOOK_PART = re.compile(r"(?:出席|参加|陪同|到会)(?:[。，,；;]|会议|活动|调研|视察)")
"""What two or more names heading a clause did when they took part (王吉才、刘铁柱参加。)."""
_ENTRUSTED = re.compile(r"受[^，,。；;]{2,16}?委托")
"""受…委托 after a name: on whose behalf the holder spoke."""
_BIAN_BIAN = re.compile(r"边[\u4e00-\u9fff]{1,2}边")
"""边走边看 after a post: what the holder did, no name (边 is a surname too)."""
_GAP_BREAK = re.compile(r"[，,。；;：:\s]")
_CANDIDATE = ("提名候选人", "候选人", "提名人选", "人选")
_HEAD_POSTS = ("主席", "书记", "长", "主任", "记者", "通讯员", "摄影")
"""Posts of one holder, after which a name the surname model does not know may stand (主席才让)."""
_PUNCT_BOUNDARY = set("，。、；：:;,.！？!?）)」』”’\n\t （(】《“［］[]")


def _can_end(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    ch = text[end]
    if ch in _PUNCT_BOUNDARY or ch.isspace() or ch.isdigit():
        return True
    if ch in "一二三四五六七八九十两" and text[end + 1 : end + 2] in ("位", "名", "人"):
        return True  # 赵伟四位同志
    if ch == "于" and text[end + 1 : end + 2].isdigit():
        return True  # 刘元章于2011年: a date after the name
    if ch in "及和与" and text.startswith(_post_starts(), end + 1):
        return True  # 徐年春及秘书长陈文珠: the next post's holder
    if ch == "来" and any(is_place_name(text[end + 1 : end + 1 + n]) for n in (2, 3)):
        return True  # 副主席牛立文来宿松调研: the place the holder came to
    if _BIAN_BIAN.match(text, end):
        return True  # 委员张育福边听边记: doing two things at once
    return text.startswith(_follow(), end) or text.startswith(_post_starts(), end)


@cache
def _post_starts() -> tuple[str, ...]:
    posts = Lexicon.load().posts
    extra = ("市", "县", "区", "省", "旗", "州")  # 范建民市长 is caught by the name-then-post pattern
    return tuple(p for p in posts if len(p) >= 2) + extra


@cache
def _follow_pairs() -> frozenset[str]:
    return frozenset(w[:2] for w in _follow() if len(w) >= 2)


@cache
def _surname_class() -> str:
    lex = Lexicon.load()
    chars = set(lex.surnames) | {c[0] for c in lex.compound_surnames}
    return "[" + "".join(sorted(chars)) + "]"


@cache
def _clause_heads() -> re.Pattern[str]:
    """Clause starts followed by a surname: where a clause can open with a name (after punctuation, a
    closing quotation or a question: ”杨贤毅提出, 增收?张成建议; or after two spaces, a digest's
    paragraph break: 李靖摄  马凯说), or the people a meeting accepts or approves
    (会议接受石晓莉、杨舰同志请辞)."""
    return re.compile(
        rf"(?:^|(?<=[，,。；;：:\n（(”？?！!])|(?<=[ \t\u3000]{{2}})|(?<=[》”]、)"
        rf"|(?<=接受|同意|批准|其中))\s*"
        rf"(?={_surname_class()}|[\u4e00-\u9fff]{{1,6}}[{_DOTS}])",
        re.MULTILINE,
    )


@cache
def _list_heads() -> re.Pattern[str]:
    return re.compile(rf"[，,、](?={_surname_class()})")


def _follows_word(text: str, pos: int) -> bool:
    if text[pos : pos + 2] not in _follow_pairs():
        return False
    return any(len(w) >= 2 and text.startswith(w, pos) for w in _follow())


def _name_at(
    text: str,
    pos: int,
    *,
    longest: int = 3,
    lenient: bool = False,
    unknown: bool = False,
    after_post: bool = False,
    foreign: bool = False,
) -> int:
    """Length of the name starting at ``pos`` (0 if none). ``lenient`` allows up to 5 characters
    when the name is closed by list punctuation (敖登其其格、); ``unknown`` (a list that already
    holds a name) also allows a name with no known surname (梁勇、立胡左格、). ``after_post``: right
    after a post, a name may start with a word (王国辉: 王国) when its given name is none, and a
    name with no known surname may stand alone, closed by punctuation (州政协主席才让，). ``foreign``
    (after any post): a name of four or more transliteration characters (委员嘎玛多吉说)."""
    lex = Lexicon.load()
    dotted = _DOTTED.match(text, pos)
    if dotted and not text.startswith(_post_starts(), pos):  # 秘书长海比布·斯迪克: the post opens no name
        # the last part ends at the first place a name can end (亚森·图尔荪|向大会作)
        last = max(dotted.group().rfind(c) for c in _DOTS) + pos + 1
        bad = _DOTTED_BAD - {"年"} if foreign else _DOTTED_BAD  # 副主任加孜·年扎: 年 transliterates
        for end in range(last + 1, dotted.end() + 1):
            if any(c in bad for c in text[pos:end]):
                break
            if _can_end(text, end):
                return end - pos
        # no word closes it (叶尔夏提·吐尔逊拜领衔): the last part runs while its characters transliterate
        chars = _transliteration_chars()
        end = last
        while end < dotted.end() and text[end] in chars:
            end += 1
        if end - last >= 2 and not any(c in bad for c in text[pos:end]):
            return end - pos
    sur = lex.surname_length(text[pos : pos + 4])
    if sur and (after_post or foreign) and (n := _transliterated_at(text, pos)) >= 4:
        return n  # 旗长孟和达来、: a transliterated name that starts like a surname
    if not sur:
        if text.startswith(_post_starts(), pos):
            n = 0  # 副主席温都苏: a post opens the next group
        elif unknown:
            n = _lenient_at(text, pos, (3, 4, 5, 6)) or _transliterated_at(text, pos, shortest=2)
            n = next((k for k in range(2, n) if _follows_word(text, pos + k)), n)  # 图雅|出席会议
        elif after_post and (n := _transliterated_at(text, pos) or _two_transliterated(text, pos)):
            pass  # 秘书长拥措出席: a name of two transliteration characters, closed by a word after names
        elif foreign and (n := _transliterated_at(text, pos, shortest=4)):
            pass  # 副主席呼和巴拉、: a name of transliteration characters, whatever words it holds
        elif after_post:
            n = _lenient_at(text, pos, (2, 3, 4, 5, 6), verb_closes=True)
            cand = text[pos : pos + n]
            pairs = [cand[i : i + 2] for i in range(n - 1)]
            if n and (
                any(common_word(w, min_freq=20) for w in (cand[:2], cand[-2:]))
                or any(common_word(w, min_freq=50) for w in pairs)
                or _post_matcher().search(cand)
            ):
                n = 0  # 共商改革大计, 级会议开幕式, 兼总参谋长: words, not a name the surname model lacks
        else:
            n = 0
        return n if n and not text[pos : pos + n].endswith(_post_starts()) else 0
    lengths = [n for n in (sur + 2, sur + 1) if n <= max(longest, sur + 1) or sur == 2]  # 上官守刚
    if len(lengths) == 2 and (
        _follows_word(text, pos + lengths[1])
        or _GIVES_REPORT.match(text, pos + lengths[1])
        or (
            text[pos + lengths[1] : pos + lengths[1] + 1] in ("率", "向")
            and text.startswith(_post_starts(), pos + lengths[1] + 1)
        )
    ):
        # 李强所作, 主席俞健率市政协委员, 副主席汪岚向记者: a word after the shorter name wins
        lengths.reverse()
    elif len(lengths) == 2 and _ENTRUSTED.match(text, pos + lengths[1]):
        lengths.reverse()  # 夏玮受市委书记卢希望委托: the shorter name, then 受 and who entrusted them
    elif len(lengths) == 2 and _verb_closes(text, pos + lengths[1], "说讲摄称"):
        lengths.reverse()  # 委员毛璇说。, 李靖摄, 主席杨俊峰称,: the name ends before 说 or a photo's credit
    closed_list = pos > 0 and text[pos - 1] == "、"
    for n in lengths:
        cand = text[pos : pos + n]
        if len(cand) < n or not all(_HAN.match(c) for c in cand):
            continue
        if n > sur + 1 and cand[-1] in "和与及" and text.startswith(_post_starts(), pos + n):
            continue  # 王强和秘书长李明: 和 joins two posts' holders
        bad = [c for c in cand[sur:] if c in _NOT_NAME_CHARS]
        opens_given = len(bad) == 1 and bad[0] in "在年" and n == sur + 2 and cand[sur] == bad[0]
        opens_given = opens_given and not common_word(cand[: sur + 1], min_freq=1)
        in_list = closed_list or text[pos + n : pos + n + 1] == "、"
        if opens_given and _can_end(text, pos + n) and in_list:
            bad = []  # 崔巍、金在虎出席, 徐年春及, 唐年初、王朝晖: 在 or 年 opens a given name in a list
        elif (
            len(bad) == 1
            and n == sur + 2
            and cand[sur] == bad[0] in "时日"
            and not common_word(cand[sur:], min_freq=5)  # 林日丰: a rare word (日丰) is still a given name
            and not common_word(cand[: sur + 1], min_freq=1)
            and _can_end(text, pos + n)
        ):
            bad = []  # 主席罗时亮主持, 李高峰、查日升,: 时 or 日 opens a given name that is no word
        # 厉有为、刘玉浦, 柳红年、高德, 部长李兴也,, (记者 高龙 丁振年): a given name may end in 为, 也 or
        # 年 where list punctuation, a closing bracket or a space closes it
        closed = text[pos + n : pos + n + 1] in "、，,)）" or text[pos + n : pos + n + 1].isspace() or (
            text[pos + n : pos + n + 1] in "及和与" and text.startswith(_post_starts(), pos + n + 1)
        )
        ends_well = cand[-1] in "为于也" or (cand[-1] == "年" and not common_word(cand[sur:], min_freq=1))
        if bad and not (n == sur + 2 and closed and bad == [cand[-1]] and ends_well):
            continue
        if _wordlike(cand) and not (
            after_post and n == 3 and sur == 1 and not common_word(cand, min_freq=1)
            and not common_word(cand[1:], min_freq=20) and not common_word(cand[:2], min_freq=3000)
        ) and not (after_post and n == 2 and _in_chain_of_leaders(text, pos + n)):
            continue
        if n == sur + 2 and cand[-1] in "化性式型度率" and common_word(cand[sur - 1 : sur + 1], min_freq=50):
            continue  # 常态化, 规范化: a word and a suffix that makes another word, no name
        if text[pos + n : pos + n + 1] in _LEVELS and is_place_name(cand + text[pos + n]):
            continue  # 海东市政协: a place and its level, no name before 市
        before_de = after_post and text[pos + n : pos + n + 1] == "的"
        if before_de and n == sur + 1 and common_word(cand, min_freq=1):
            before_de = False  # 主任他的: no name of two characters that is a word
        if _can_end(text, pos + n) or before_de:
            return n  # …, or a full name after its post before 的 (区长王少勇的充分肯定, 常委何静的)
    if not lenient:
        return 0
    n = _lenient_at(text, pos, (4, 5), verb_closes=after_post)
    if n and after_post and not (text[pos + n : pos + n + 1] in "、，,。等" or _follows_word(text, pos + n)):
        return 0  # 王吉敏站在: a surname's name of four closes on 等 or a word of two, not on 在
    if n and sur and common_word(text[pos + sur + 1 : pos + n], min_freq=100):
        return 0  # 满怀喜悦: a word after the first two characters, no name of four
    tail = text[pos + sur + 2 : pos + n] if n and sur else ""
    if len(tail) >= 2 and (len(set(tail)) == 1 or common_word(tail, min_freq=100 if sur == 2 else 20)):
        return sur + 2  # 孙兆永早早来到, 主席雷珍民厚爱: a name of three, then a word before the verb
    for k in range(sur + 2, n) if n and sur else ():
        if any(len(w) >= 2 and text.startswith(w, pos + k) for w in _follow()):
            return k  # 邓又林应邀出席: a word that follows names ends the name inside the run
        if _verb_closes(text, pos + k, "说讲称"):
            return k  # 主席杨俊峰称,: a verb of saying closes the name
    return n


@cache
def _transliteration_chars() -> frozenset[str]:
    return frozenset("".join("".join(line.split()) for line in read_lines("transliteration_chars.txt")))


_BYLINE_LAST = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[ \t\u3000]*(?:$|\n|[)）]))", re.MULTILINE)
"""A byline's last name, closing its line or bracket (通讯员 果子琪)."""


def _closes_byline(text: str, start: int, end: int) -> bool:
    """A surname's name that is no word as a whole, closing a byline's line or bracket (通讯员 果子琪)."""
    name = text[start:end]
    closed = _BYLINE_LAST.match(text, start)
    if closed is None or closed.end() != end or not Lexicon.load().surname_length(name):
        return False
    return not common_word(name, min_freq=1)


_NEXT_CREDIT = ("记者", "实习生", "通讯员", "摄影", "编辑")
"""Posts of a piece's credits that close the name before them (记者格桑卓嘎实习生…)."""


def _transliterated_at(text: str, pos: int, *, shortest: int = 3) -> int:
    """Length of a name of ``shortest`` to six transliteration characters at ``pos`` (呼和巴拉, 巴特尔),
    closed by list punctuation or a word that follows names; 0 if none."""
    chars = _transliteration_chars()
    n = 0
    while n < 6 and pos + n < len(text) and text[pos + n] in chars:
        n += 1
    for k in range(n, shortest - 1, -1):
        if pos + k == len(text) or text[pos + k] in "、，,。；;\n" or _follows_word(text, pos + k):
            return k
        if k >= 4 and (text[pos + k] in " \t\u3000)）\n" or text.startswith(_NEXT_CREDIT, pos + k)):
            return k  # (记者格桑卓嘎实习生边巴央金): a space, a bracket or the next credit's post closes it
        if _verb_closes(text, pos + k, "说讲"):
            return k  # 委员嘎玛多吉说：: the name ends before 说
    return 0


_NAME_DOT = re.compile(rf"(?<=[\u4e00-\u9fff])[{_DOTS}](?=[\u4e00-\u9fff])")
"""A dot between two characters: where a transliterated name's parts meet (艾力·克依木)."""


def _transliterated_sides(text: str, dot: int) -> tuple[int | None, int]:
    """The name of two to four transliteration characters on each side of the dot at ``dot``
    (艾力·克依木), or (None, 0); 和 joins two names, it ends none."""
    chars = _transliteration_chars() - {"和"}
    start = dot
    while start > 0 and dot - start < 4 and text[start - 1] in chars:
        start -= 1
    end = dot + 1
    while end < len(text) and end - dot - 1 < 4 and text[end] in chars:
        end += 1
    before, after = text[start - 1 : start], text[end : end + 1]
    if before in chars or after in chars or before in _DOTS:
        return None, 0  # longer runs than a name's parts: no name
    if end - dot - 1 > 2 and common_word(text[end - 1 : end + 1], min_freq=300):
        end -= 1  # 古丽努尔·阿布勒希望通过: the last character opens the next word (希望)
    if dot - start > 2 and common_word(text[start : start + 2], min_freq=300):
        start += 1  # the first character closes the word before it
    if dot - start < 2 or end - dot - 1 < 2:
        return None, 0
    return start, end


def _two_transliterated(text: str, pos: int) -> int:
    """2 where a name of two transliteration characters that reads as no word stands at ``pos``, closed
    by punctuation or a word that follows names (秘书长拥措出席; not 主席多次指出)."""
    n = _transliterated_at(text, pos, shortest=2)
    return n if n == 2 and not common_word(text[pos : pos + 2], min_freq=1) else 0


def _verb_closes(text: str, pos: int, verbs: str) -> bool:
    """One of ``verbs`` at ``pos``, closed by punctuation or the end (毛璇说。, 李靖摄 ): a name before it
    ends there."""
    return text[pos : pos + 1] in tuple(verbs) and text[pos + 1 : pos + 2] in ("", *"。，,：:；;”\n \t")


def _lenient_at(text: str, pos: int, lengths: tuple[int, ...], *, verb_closes: bool = False) -> int:
    """In a list already holding names, a name of a form the surname model does not know
    (敖登其其格, 立胡左格): closed by list punctuation (or 和, 及 or 为 before a post: 保元庆及秘书长,
    释宽东为常务委员), no function character, no common word. ``verb_closes``: a word that follows names
    may close it too (赛尔桑在主席台), for names of three characters or more that start with no such word."""
    if text.startswith(_follow(), pos):
        return 0
    for n in lengths:
        cand = text[pos : pos + n]
        if (
            len(cand) == n
            and all(_HAN.match(c) for c in cand)
            and cand[0] not in _FUNCTION_SURNAMES
            and not any(c in _LENIENT_BAD for c in cand[:-1])
            and (cand[-1] not in _LENIENT_BAD or _ends_list_item(text, pos, n))
            and not common_word(cand, min_freq=1)
            and not common_word(cand[:2])
            and (
                pos + n >= len(text)
                or text[pos + n] in "、，,。"
                or (text[pos + n] in "和及为" and text.startswith(_post_starts(), pos + n + 1))
                or (verb_closes and n >= 3 and text.startswith(_follow(), pos + n))
            )
        ):
            return n
    return 0


def _ends_list_item(text: str, pos: int, n: int) -> bool:
    """钢布和、: a name of three or more characters may end in 和 where list punctuation closes it."""
    return text[pos + n - 1] == "和" and n >= 3 and text[pos + n : pos + n + 1] in "、，,。"


_FUNCTION_SURNAMES = set("和于向要来但由经都权席从以对将把被为与及同在是党年")
_TITLE_ENDS = ("主席", "总理", "书记", "委员", "同志", "总书记", "部长", "市长", "县长")


def _weak(cand: str) -> bool:
    """A candidate only a post or a list can vouch for: it starts with a surname that is also a
    function word (和, 于, 要 …), starts with a common word, or ends with a title (周总理)."""
    return cand[0] in _FUNCTION_SURNAMES or common_word(cand[:2]) or cand.endswith(_TITLE_ENDS)


_SUPPLIED = re.compile(
    r"(?:[（(]|(?m:^))[^（）()\n]{0,16}?[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[ \u3000]*供稿[）)]"
    r"|供稿[:：][ \u3000]*(?:[\u4e00-\u9fff]{2,12}?(?:政协|办公室|委员会|办))?"
    r"[ \u3000]*(?P<name2>[\u4e00-\u9fff]{2,3})[）)]"
)
_SUPPLIED_RUN = re.compile(
    r"[（(][^（）()\n]{0,20}?[ \u3000]+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){1,4})[ \u3000]*供稿[）)]"
)
"""The writers of a contributed piece, apart by spaces (（通山县政协  张远杰  焦三华  李芳  供稿）)."""
_SIGNING_BODY = r"(?P<body>[\u4e00-\u9fff]{2,14}?(?:协|[委会组党社局室部支团处办院所站联科]))"
"""The body a piece is signed by, before its writers (乐平市政协, 农工党唐山市委会, 文史提案科)."""
_BODY_BYLINE = re.compile(
    r"[（(](?:文/图|文／图|文|图)?[:：/／]?[ \u3000]*" + _SIGNING_BODY + r"[ \u3000]+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[/／、 \u3000][\u4e00-\u9fff]{2,3}){0,3})[ \u3000]*[）)]"
)
"""A piece signed in brackets by its body and writers: (乐平市政协 徐晓华), (文/图区委宣传部 赵静/李永涛)."""
_BODY_LINE = re.compile(
    r"^[ \t\u3000]*" + _SIGNING_BODY + r"[ \t\u3000]{2,}"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]{2,}[\u4e00-\u9fff]{2,3}){0,3})[ \t\u3000]*$",
    re.MULTILINE,
)
"""A piece signed on a line of its own by its body and writers, apart by wide spaces
(农工党唐山市委会  郑黎明  杨小明)."""
_BRACKETED_NAME = re.compile(
    r"[（(][ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*[）)]\s*(?:$|\n)", re.MULTILINE
)
"""A name alone in brackets closing a paragraph, spaces allowed inside: a byline ( 谢继青)."""
_NOTED = r"[\u4e00-\u9fff]{2,3}[（(][\u4e00-\u9fff]{1,6}[）)]"
_NOTED_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[（(][\u4e00-\u9fff]{1,6}[）)]")
_NOTED_RUN = re.compile(rf"(?:(?<=[：:，,。；;\n])|^)[ \t\u3000]*(?:{_NOTED}、){{2,}}{_NOTED}", re.MULTILINE)
"""Three or more names, each with a note in brackets (its party, sector or place), apart by 、."""
_NAME_POST_NOTED = re.compile(
    r"(?:^|(?<=[、，,：:；;。\s]))(?P<name>[\u4e00-\u9fff]{2,3})[（(](?P<post>[\u4e00-\u9fff]{2,8})[）)]"
    r"(?=[、，,；;。和及等]|$)",
    re.MULTILINE,
)
"""A name in a list, its post in brackets after it (解光云(常委)、胡荣华)."""
_PHOTO_POSITION = re.compile(
    r"(?:^|(?<=[。，,；;：:\s“、]))(?P<name>[\u4e00-\u9fff]{2,3})[（(](?:[左右]|中|前排|后排)[一二三四五六七八九十]*[）)]",
    re.MULTILINE,
)
"""A name in a caption, where its person stands in the photo after it in brackets (杜明燕(中), 李华(左二))."""
_TITLE_WRITER = re.compile(r"》[（(](?P<name>[\u4e00-\u9fff]{2,3})[）)]")
"""A name alone in brackets right after a title: who wrote it (《关于…的建议》(孙廷廷))."""
_PHOTO_PLACE = re.compile(r"[左右中前后][一二三四五六七八九十]+")
"""Where someone stands in a photo, in brackets after the name (陆振山(左一)): no name."""


_NAME_RUN = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}、)(?:[\u4e00-\u9fff]{4}、(?=[\u4e00-\u9fff]{2,3}、)|[\u4e00-\u9fff]{2,3}、)+"
    r"[\u4e00-\u9fff]{2,3}"
)
"""Three or more short words joined by 、: a list of names when each one is a name (one of four
characters may stand inside it: 廖磊、阿刘时布、胡强强)."""
_MEMBER_TITLE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[是为由和及]))原?(?P<name>[\u4e00-\u9fff]{2,3})(?:等)?(?:[0-9一二三四五六七八九十两]+(?:名|位))?"
    r"(?:(?P<post>委员|代表)(?:的提案|的)?(?:《|关于|(?=[\n，,。；;]|$))|的(?:个人|集体|联名)?提案(?:的提案)?《"
    r"|(?:撰写|提交|递交|提出)的(?:提案)?《)"
)
"""A member or deputy named right before a titled item: its writer."""
_RUN_AFTER_COMMA = re.compile(
    r"[,，](?P<g>(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?=[。；;，,\n]|$)"
)
"""A list's next group after a comma."""
_MEMBERS_ACTING = re.compile(
    r"(?P<run>(?:[\u4e00-\u9fff]{2,4}、){0,15}[\u4e00-\u9fff]{2,3})(?<!等)"
    r"(?:等(?:[0-9一二三四五六七八九十两]+(?:名|位))?(?:[市县区州旗]?政协)?(?:常委[或和及])?委员(?=[\u4e00-\u9fff《])(?!会)"
    r"|等[0-9一二三四五六七八九十两百]+(?:名|位|人)(?=[\u4e00-\u9fff])"
    r"|委员(?=代表|就|对|为|以《|第一个|围绕|针对|结合|呼吁|建议|提出|提交|递交|撰写|带来|联名|领衔|认为|表示|指出|说|发言|作(?:了|题为)|是"
    r"|、[\u4e00-\u9fff]{2,3}委员"
    r"|十分|一样|的提案|也|还|深有|感慨|告诉|工作室|会客室|荣获|获评|所在))"
)
"""Members before what they did (等委员从…, 委员代表…作题为): a speaker's name without a post list."""
_PURGED = re.compile(
    r"(?:肃清|清除|消除)(?P<run>(?:[\u4e00-\u9fff]{2,3}(?:恶劣影响|不良影响|流毒|余毒)?[、和及与]){0,4}"
    r"[\u4e00-\u9fff]{2,3})的?(?:恶劣影响|不良影响|流毒|余毒|思想流毒)"
)
"""The fallen officials whose influence a report vows to purge (肃清孙政才恶劣影响和薄熙来、王立军流毒)."""
_BODIES_BEFORE_NAME = (
    "委", "政协", "政府", "局", "部", "委员会", "党校", "学校", "学院", "大学", "公司", "联合会",
    "我校", "社区", "医院", "协会", "商会", "集团", "银行",
)
"""Ends of a body's name right before a person's, their post after it (城管局杨国良局长, 分公司张丑荣委员)."""
_SPEAKS_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,3}地)?(?:说|表示|介绍|认为|告诉|感慨|坦言)")
"""What a member named after 的 then does: speaks (黄川洋委员高兴地说)."""
_LISTED_MEMBER = re.compile(r"(?:委员|常委)[、和及]")
"""A member listed before, after whom the list goes on."""
_ACTS_AFTER = re.compile("积极|主动|带头|结合|围绕|针对|提出|建议|提交|呼吁")
"""What a member named after 的 then does, besides speaking (的冯晓磊委员积极为业主提供…)."""
_VISITING = ("了解", "走访", "参观", "考察", "看望", "走进", "来到", "观摩", "视察")
"""Verbs of a visit, before the member whose studio was visited (了解夏永成委员工作室)."""
_BEFORE_LIST = "由是为对向给把将了的在就有"
"""Words a list of members may stand right after (由…, 就…等委员提出)."""
_COUNT_ROLE = re.compile(
    r"等?[0-9一二三四五六七八九十]+[名位](?P<role>(?:(?!同志|为)[\u4e00-\u9fff]){0,10}?(委员|常委|代表|主席|成员))"
)
"""A count of the names before it and their post (等3位县政协常委, 8名委员)."""
_COMMA_RUN = re.compile(
    r"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*(?P<run>(?:[\u4e00-\u9fff]{2,3}[,，]){2,12}[\u4e00-\u9fff]{2,3})"
    r"(?=以及|等|和|在|出席|[。；;])",
    re.MULTILINE,
)
"""Three or more names apart by commas opening a sentence (曹雄泰,孙安敏,林蓉,吴财锋,林卫春以及…)."""
_ETC_POST_RUN = re.compile(
    r"(?:^|(?<=[。；;：:\n，,的有了是就对由请向与和]))(?![就对由请向与和])"
    r"(?P<run>(?:[\u4e00-\u9fff]{2,4}、){1,11}[\u4e00-\u9fff]{2,4})"
    r"(?:等(?:[0-9一二三四五六七八九十两百]+(?:名|位|人))?|(?<!等)[0-9一二三四五六七八九十两百]+(?:名|位))"
    r"(?P<post>[\u4e00-\u9fff]{0,10}?(?:领导|委员|常委|代表|同志|干部|会员|盟员|社员))(?!会)",
    re.MULTILINE,
)
"""Names closed by 等 or a count and the post they hold (…、覃雪松等县政协班子领导, 曹高峻、李慧等会员,
杜青、胡颖婷两名委员)."""
_HELD_AFTER_DENG = ("委员", "常委", "代表", "会员", "盟员", "社员")
"""The posts a list closed by 等 may name its people by (…、赵平等委员)."""
_MEMBER_NOTED = re.compile(
    r"(?:^|(?<=[。；;！!？?]))[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[（(][^（）()\n]{2,40}[）)]"
    r"(?P<post>委员|代表)(?!会)",
    re.MULTILINE,
)
"""A member or deputy opening a sentence, their work in brackets after the name: 王洪秦(…主任)委员."""
_SPEAKERS_HEAD = re.compile(
    r"^[ \t\u3000]*(?P<run>(?:[\u4e00-\u9fff]{2,5}(?:[·•・‧][\u4e00-\u9fff]{1,6}){0,2}、){0,5}"
    r"[\u4e00-\u9fff]{2,5}(?:[·•・‧][\u4e00-\u9fff]{1,6}){0,2}?)(?P<post>委员|常委|代表)[:：]",
    re.MULTILINE,
)
"""A digest's paragraph opening with its speakers and their post: 仁青冷智、拉旦才郎委员:."""
_SPACED_LETTERS = re.compile(
    r"(?:记者|通讯员|摄影|作者)[ \t\u3000:：]+(?P<chars>[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]){1,7})"
    r"(?=[ \t\u3000]*(?:$|[）)\n]))"
    r"|[（(](?P<chars2>[\u4e00-\u9fff][ \t\u3000][\u4e00-\u9fff])[ \t\u3000]+摄[）)]"
    r"|(?<=讯)[ \t\u3000]*[（(](?P<chars3>[\u4e00-\u9fff][ \t\u3000][\u4e00-\u9fff])[）)]",
    re.MULTILINE,
)
"""Reporters' names written letter by letter (本报记者 邓 蕾 马 军; (记者 束 蓉); 本报讯 (姜 来))."""
_ROSTER_LINE = re.compile(
    r"^[ \t\u3000]*(?P<label>[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,4})"
    r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[:：][ \t\u3000]*"
    r"(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff、 \t\u3000]*?)[ \t\u3000]*$",
    re.MULTILINE,
)
"""A line of a notice's roster: a post, spaced to its label's width or not, then its holders
(组 长:王洪斌, 成 员:刘福军、陈 涛, 组 长(召集人):沙志钊)."""
_ROSTER_ITEM = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2})[ \t\u3000]*")
"""An item of a roster: a name, or a two-character one spaced to the width of three (陈 涛)."""
_ROSTER_GOES_ON = re.compile(
    r"\n[ \t\u3000]*(?:[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2})、)+"
    r"[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2})[ \t\u3000]*(?=\n|$)"
)
"""A line of names alone, apart by 、: a roster's list going on from the line before."""
_HOUSEHOLD = re.compile(
    r"(?:牧户|农户|牧民|村民|脱贫户|贫困户|养殖户|种植户)(?P<name>[\u4e00-\u9fff]{2,7}?)家(?=[，,、。；;实查调走看座中])"
)
_AWARDED = re.compile(r"(?P<run>(?:[\u4e00-\u9fff]{2,4}[、和]){0,8}[\u4e00-\u9fff]{2,3}?)荣?获(?:评|得)?")
_RUN_HEADS = (
    "同志", "还有", "以及", "和", "及", "有", "是", "为", "负责人", "领导", "代表", "干部", "我社", "我会"
)
"""Words a list of names may follow directly (老同志翟怀新、吴振法 …; in a party's news, 我社李晓林、徐胜)."""
_BODY_HEADS = ("委会", "委员会", "支部", "党组", "协会", "商会", "学会", "工商联", "联合会")
"""Ends of a body's name a list of its members may follow directly (民建市委会王…、…)."""
_LIST_HEADS = _RUN_HEADS + _BODY_HEADS


def _plain_or_unknown(x: str) -> bool:
    """A name before 委员《…》: a surname's name that is no word, or one the model lacks (释印乐)."""
    if Lexicon.load().surname_length(x):
        return not _wordlike(x)
    return len(x) == 3 and not common_word(x, min_freq=1) and not common_word(x[:2], min_freq=20) and not any(
        c in _LENIENT_BAD or c in _NOT_NAME_CHARS for c in x
    )


def _heading_speaker(x: str) -> bool:
    """A name heading a speaker's paragraph: a surname's name that is no word, a dotted name, or a
    name of two to five characters none of whose pairs is a common word (克智布, 拉旦才郎)."""
    if _DOTTED.fullmatch(x) or (len(x) <= 3 and Lexicon.load().surname_length(x) and not _wordlike(x)):
        return True  # 白宇委员：
    if _weak(x) or any(c in _LENIENT_BAD for c in x) or _post_matcher().search(x):
        return False
    pairs = [x[i : i + 2] for i in range(len(x) - 1)]
    worded = common_word(x, min_freq=1) or any(common_word(w, min_freq=20) for w in pairs)
    return _plain_or_unknown(x) or not worded


def _surnamed_no_word(x: str) -> bool:
    """Starts with a surname and reads as no word (刘健年; not 宋朝 or 边设计)."""
    return Lexicon.load().surname_length(x) > 0 and not _weak(x) and not common_word(x, min_freq=1)


def _member_name(x: str) -> bool:
    """A name read on its own (the words after it may be 等委员): a surname's name that reads as no
    word, whatever its given name means (张华东)."""
    return _surnamed_no_word(x) and _name_at(x + "，", 0) == len(x)


def _items(run: str, at: int, separators: str = "、") -> list[tuple[int, int]]:
    """The spans of the items of a list ``run`` that starts at ``at`` (王五、赵六 → two spans)."""
    return [(at + p.start(), at + p.end()) for p in re.finditer(f"[^{separators}]+", run)]


def _spaced_item_name(x: str) -> bool:
    """A surname and a given name that make no word and hold no function character, whatever word
    the surname is too (党世根)."""
    return (
        Lexicon.load().surname_length(x) == 1
        and not _wordlike(x)
        and not common_word(x, min_freq=1)
        and not any(c in _NOT_NAME_CHARS for c in x[1:])
    )


def _plain_name(x: str) -> bool:
    """A surname and a given name that read as nothing else."""
    return _spaced_item_name(x) and not _weak(x)


_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚"
    "卢姜崔钟谭陆汪范金廖贾夏韦方邹孟熊秦邱江薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔汤"
)


def _glued_names(text: str, pos: int, end: int | None = None) -> list[tuple[int, int]]:
    """Two to four names written with nothing between them, closed by punctuation (马秀梅乔栋明,
    王云照王月亮, 杨伦旭张建刚陈小川); ``end`` closes the run instead where given."""
    if end is None:
        run = re.match(r"[\u4e00-\u9fff]{4,12}(?=[，,、。；;：:）)\s]|$)", text[pos:])
        if run is None:
            return []
        end = pos + len(run.group())
    whole = text[pos:end]
    if not 4 <= len(whole) <= 15:
        return []

    def splits(i: int) -> list[list[int]]:
        if i == len(whole):
            return [[]]
        found = []
        for n in (3, 2):
            if i + n < len(whole) and common_word(whole[i + n - 1 : i + n + 1], min_freq=500):
                continue  # 线上协|商建言: a cut through a word (协商) parts no two names
            if whole[i + n - 2 : i + n] in _follow_pairs():
                continue  # 陈丽|华参加: what follows names (参加, 出席) ends no name
            pair = whole[i + 2 : i + 3] == "边" or (i >= 2 and whole[i - 2] == "边")
            if n == 2 and whole[i] == "边" and pair:
                continue  # 张育福边听边记: doing two things at once (边…边…), no names of 边
            if i + n <= len(whole) and _plain_name(whole[i : i + n]):
                found += [[i + n, *rest] for rest in splits(i + n)]
        return found

    def doubt(cuts: list[int]) -> int:
        # a three-character name ending in a common surname (叶艳刘|洪桥) is the less likely reading
        starts = [0, *cuts[:-1]]
        return sum(b - a == 3 and whole[b - 1] in _COMMON_SURNAMES for a, b in zip(starts, cuts, strict=True))

    readings = splits(0)
    cuts = min(readings, key=doubt) if readings else None
    if not cuts or len(cuts) < 2:
        return []
    starts = [0, *cuts[:-1]]
    return [(pos + a, pos + b) for a, b in zip(starts, cuts, strict=True)]


_GIVES_REPORT = re.compile(r"[作做]了?[^，。；;,\n]{0,48}?(?:报告|讲话|发言|说明|总结|汇报)")
"""A report, speech or statement given next (作政协…常务委员会关于…提案工作情况的报告)."""


_LEVELS = frozenset("市县区州旗省盟")
_AFTER_COMRADE = (
    "代表", "为核心", "所作", "作", "任职", "任免", "免职", "职务", "辞去", "请辞", "受",
    "宣布", "主持", "讲话",
)
"""What follows X同志 where X is a name (冯志亮同志代表, 刘明芬同志辞去)."""


def _vouched(text: str, start: int, end: int) -> bool:
    """A weak name after a post that still reads as one: a verb of the clause follows it and what
    comes after its first character is no common word (于群主持, but not 和常务委员 or 来川视察)."""
    rest = text[start + 1 : end]
    if len(rest) == 2 and text[start] not in _FUNCTION_SURNAMES and _in_chain_of_leaders(text, end):
        return True  # 县人大党组书记许家财,县政协副主席金京锡: one of a chain of leaders
    if len(rest) == 2 and _follows_word(text, end) and not common_word(rest, min_freq=300):
        return True  # 州政协副主席向顶天带领: a name of three, then what the holder did
    if len(rest) >= 2 and common_word(rest, min_freq=1):
        return False
    if text[start] in "来到赴在" and rest[:1] in province_abbreviations():
        return False  # 来川视察: a visit to a province by its one-character name
    # 县人大常委会主任于旭峰，: a three-character name closed by punctuation; 主席于松利作工作报告
    return (
        _follows_word(text, end)
        or (len(rest) == 2 and end < len(text) and text[end] in "，,、。；;等")  # 副部长于景双等出席
        or text[end : end + 1] in ("）", ")")  # (全媒体记者 向文): a byline closing on its name
        or _verb_closes(text, end, "说")  # 市政协副主席于龙说。
        or _GIVES_REPORT.match(text, end) is not None
        or (len(rest) == 1 and _in_chain_of_leaders(text, end))
    )


def _cut_after_post(text: str, post: str, start: int, end: int) -> bool:
    """A lone name after a post that is really part of a longer word: a form of CPPCC work named
    with the post (委员沙龙), a studio's name cut inside 工作室 (委员农创工作室), or a function
    word before a determiner (委员和各参加单位)."""
    name = text[start:end]
    return (
        is_national_form(post[-2:] + name)
        or (name.endswith("工") and text.startswith("作", end))
        or (name[0] in _FUNCTION_SURNAMES and name[1] in "各全每该诸")
    )


def _speaks(text: str, cand: str) -> bool:
    """Whether ``cand`` of three characters opens a sentence of the report as its speaker (于海山指出):
    a name, however much its given name reads as a word."""
    return len(cand) == 3 and (
        re.search(rf"(?:^|(?<=[。！？!?\n]))[ \t\u3000]*{re.escape(cand)}(?:指出|强调|表示|要求)", text, re.M)
        is not None
    )


def _in_chain_of_leaders(text: str, end: int) -> bool:
    """A comma at ``end`` and, after it, the next leader's post and name (主任林中,市政协主席林健,)."""
    return text[end : end + 1] in "，," and _NEXT_POST_HOLDER.match(text, end + 1) is not None


_COMMITTEE_HEADED = re.compile(r"[\u4e00-\u9fff]{1,3}委(?:副?主任|副?书记)")
"""A committee's short name and its head's post (文史委主任), not a name in a list."""
_NEXT_POST_HOLDER = re.compile(
    r"(?:[\u4e00-\u9fff]{1,12}、)?[\u4e00-\u9fff]{0,10}?(?:主席|书记|主任|市长|县长|区长|旗长|州长|部长|会长|院长|社长"
    r"|馆长|校长|专家)"
    r"[\u4e00-\u9fff]{2,3}[，,、]"
)
"""A chain of leaders goes on after the comma (主任林中,市政协主席林健,): the post of the next one."""


def _wordlike(cand: str) -> bool:
    """An ordinary word, not a name: 全体, 常务, 经过… (its first two characters, for three)."""
    if len(cand) == 2:
        return common_word(cand)
    return common_word(cand[:2], min_freq=1000) or common_word(cand, min_freq=100)


def _name_list(
    text: str, pos: int, *, first_lenient: bool = False, after_post: bool = False, foreign: bool = False
) -> list[tuple[int, int]]:
    """Names separated by 、 or spaces from ``pos`` on (副主席王宗勤、李金果、周长春)."""
    names: list[tuple[int, int]] = []
    i = pos
    skipped = False
    while i < len(text):
        lenient = bool(names) or first_lenient
        n = _name_at(text, i, lenient=lenient, unknown=bool(names), after_post=after_post, foreign=foreign)
        glued = None if n else (_GLUED_ITEM.match(text, i) or (_GLUED_LAST.match(text, i) if names else None))
        if glued and _post_matcher().search(glued.group()):
            glued = None  # 代区长马海峰: a post and a name, not two names
        if glued and (pieces := _glued_names(text, i, glued.end())):
            # 执行主席是:王云照王月亮 宋钧 …: two names written as one item of a list that goes on
            after = _separator_end(text, glued.end())
            if names or after is not None:
                names += pieces
                if after is None:
                    break
                skipped, i = False, after
                continue
        padded = None if n or not names else _PADDED_NAME.match(text, i)
        if padded and text[padded.end() : padded.end() + 1] in "、，,。":
            # 殷学勇、梁 皓、梁天新: a two-character name spaced to the width of three
            n = 3 if Lexicon.load().surname_length(padded[1]) == 1 else 0
        if not n:
            # inside a list, one item the model cannot read (宁波 reads as a city) is stepped over
            # when a name follows it; the item itself is not taken
            item = _LIST_ITEM.match(text, i)
            if skipped or item is None:
                break
            # a post after a name opens the next group (实习记者 寇静 记者 王斌), but an item of two
            # characters between names in 、 is one more holder (执行主席是徐生明、县毅、刘志宇)
            lone = names and len(item.group()) == 2 and text.startswith("、", item.end())
            if text.startswith(_post_starts(), i) and not (
                lone and not _post_matcher().search(item.group()) and not is_place_name(item.group())
            ):
                break
            if not names and not (
                first_lenient and text[item.end()] == "、" and Lexicon.load().surname_length(item.group())
            ):
                break  # a list's first item is stepped over only where it starts like a name
            after = _separator_end(text, item.end())
            if after is None or not _name_at(text, after, lenient=True, unknown=True):
                break
            # 副主席尚福全、党增加、齐晖: a surname's name that is a word, between names, is one too
            word = item.group()
            if names and after_post and len(word) <= 3 and Lexicon.load().surname_length(word) and not (
                is_place_name(word) or _post_matcher().search(word)
            ):
                names.append(item.span())
            skipped, i = True, after
            continue
        skipped = False
        names.append((i, i + n))
        after = _separator_end(text, i + n)
        if after is None:
            break
        i = after
    return names


_GLUED_CREDIT = re.compile(
    r"(?:^|(?<=[。【（(?？]))(?P<name>[\u4e00-\u9fff]{2,3}?)摄(?:影|影报道)?(?=[】）)\s]|$)", re.MULTILINE
)
"""A photo's credit with no space, closing a caption or a line: 【大会现场。朱其摄】, 井娇摄影报道, and after
the question marks a page's lost characters became (报告????袁文鸿摄)."""
_SPACED_CREDIT = re.compile(
    r"(?:^|(?<=[。\s（(]))(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,6}){1,2}"
    # 李 翎 摄影报道: a name spaced to the width of three
    r"|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \t\u3000]+摄影报道))"
    r"[ \t\u3000]+摄(?:影报道)?(?=\s|$|[）)])",
    re.MULTILINE,
)
_SLASH_CREDIT = re.compile(
    r"(?<=[\s(（])(?P<names>(?:[\u4e00-\u9fff]{2,4}[ \u3000]+){0,4}[\u4e00-\u9fff]{2,4}?)"
    r"(?:文[/／]图|[/／](?:文|摄|图))(?=[\s)）]|$)"
)
"""Names a piece credits with a slash and what they did: 包四华/文, 欧阳海员 刘家 张驰/摄, and with 文/图
glued to the last name (张惠玲 叶蔚蓉文/图)."""
_WRITERS = re.compile(
    r"(?:(?:作[ \u3000]?者|撰稿人?|审稿人?|监制|采写|编辑|责任编辑|责编|校对|校核|核发|审核|剪辑|摄像"
    r"|制作|配音|上传|供稿"
    r"|文字|图片|初审|复审|终审|审校|监审|总监审|(?<![\u4e00-\u9fff])文)"
    # 供稿:…, 供稿丨钱佩予 (丨 read as |); 责任编辑 :   周满荣; 图片/郑春宝
    r"[ \t\u3000]*[:：|｜/／][ \t\u3000]*【?"
    r"|^[ \t\u3000□■◆●]*(?:作者|撰稿人?|采写|通讯员)[ \t\u3000]+"
    r"|^[ \t\u3000]*(?:图文|文图)[/／][ \t\u3000]*"  # 图文/孙仕维 穆昊星
    # 来源: 中国宁波网 龚哲明: the site, then its writer
    r"|来[ \u3000]?源[:：][ \t\u3000]*[\u4e00-\u9fff]{2,10}(?:网|报|台)[ \t\u3000]+)"
    r"(?P<names>(?:[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff]))"
    r"(?:(?:[ \t\u3000]+|[ \t\u3000]*、[ \t\u3000]*)(?:[\u4e00-\u9fff]{2,6}|"  # 作者: 郭 寅、牛一然
    r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
    r"(?:(?![\u4e00-\u9fff:：])|(?=(?:时间|日期|来源|发布)[:：]))){0,9})"
    r"(?=[ \t\u3000]*(?:$|\n|来[ \u3000]?源|编辑|责任|点击|浏览|阅读|发布|时间|日期|[|｜）)】]|[（(][0-9]"
    r"|[ \t\u3000]{2}"
    r"|[\u4e00-\u9fff]{2,4}[:：/／]))",
    re.MULTILINE,
)
_PADDED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)
"""A two-character name spaced to the width of three (魏 萌)."""
_DISCOURSES = re.compile(
    r"(?:(?<=[《“\s，,。、：:])|^)(?P<name>[\u4e00-\u9fff]{2,3}?)关于[^《》。；;\n]{2,30}?(?:重要)?论述",
    re.MULTILINE,
)
"""A leader's discourses on a subject, compiled under their name (习近平关于网络强国论述摘编)."""
_MARXISM = re.compile(r"(?P<marx>马克思)(?:(?P<lenin>列宁)|恩格斯)?主义")
"""The doctrine every report's guiding thought opens with, and the people it is named after."""
_PROPOSERS = re.compile(
    r"(?:提案者|提案人|领衔人|联名人)[:：][ \t\u3000]*"
    r"(?P<items>[\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{0,5}"
    r"(?:[、，,][\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{0,5}){0,11})"
    r"(?=[）)；;。\n]|$)"
)
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_BODY_ENDS = ("委", "会", "组", "党", "社", "局", "室", "部", "支", "团", "处", "办", "院", "所", "站", "联")


def _spaced_names(
    text: str, m: re.Match[str], keep: Callable[[str], bool] = _plain_name
) -> list[tuple[int, int]]:
    """The names in ``m``'s group ``names``, written apart by spaces (赵巧红 郑镇 张桂汉): the items
    ``keep`` takes."""
    at = m.start("names")
    spans = [(at + p.start(), at + p.end()) for p in re.finditer(r"[\u4e00-\u9fff]{2,3}", m["names"])]
    return [(s, e) for s, e in spans if keep(text[s:e])]


def _bracketed_names(text: str, m: re.Match[str]) -> list[tuple[int, int, str]]:
    """The names apart by spaces alone in brackets (王子文 王谊通 吉薇), a two-character name spaced to
    the width of three among them (王 飞 范文杰); none unless every item is a name."""
    group = "names" if m["names"] else "listed"
    at = m.start(group)
    tokens = [(at + t.start(), at + t.end()) for t in re.finditer(r"[^\s、]+", m[group])]
    plain = sum(_plain_name(text[s:e]) for s, e in tokens)
    found = []
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        if e - s == 1:
            if i + 1 == len(tokens) or tokens[i + 1][1] - tokens[i + 1][0] != 1:
                return []
            if Lexicon.load().surname_length(text[s]) != 1:
                return []
            found.append((s, tokens[i + 1][1], text[s] + text[tokens[i + 1][0]]))
            i += 2
            continue
        if not _plain_name(text[s:e]) and not (plain >= 2 and _spaced_item_name(text[s:e])):
            return []  # (苗东升 党世根 陈涛): among two plain names, one whose surname is also a word
        found.append((s, e, text[s:e]))
        i += 1
    return found


_MEDIA_BYLINE = re.compile(
    r"(?:融媒|融媒体|融媒体中心|日报|晚报|新闻网|电视台|广播电视台)[ \t\u3000]+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){0,4})"
    r"(?:[ \t\u3000]+(?=[0-9０-９]{1,2}月|[0-9０-９]{4}年)|[ \t\u3000]*$)",
    re.MULTILINE,
)


def _credited(x: str) -> bool:
    """An item of a piece's credit (作者: …): a name, or a surname's name that reads as a place too (黄山),
    not a word for a site's account (管理员)."""
    return _plain_name(x) or bool(
        Lexicon.load().surname_length(x)
        and not x.endswith(_BODY_ENDS)
        and (is_place_name(x) or not common_word(x, min_freq=1))
        and not _post_matcher().search(x)
        and not any(c in _LENIENT_BAD for c in x)
    )


def _proposer_name(name: str) -> bool:
    """An item of a proposers' list that is a person: no body's word ending it, no place, no word."""
    return (
        not name.endswith(_BODY_ENDS)
        and not is_place_name(name)
        and not common_word(name, min_freq=1)
        and not any(c in _LENIENT_BAD for c in name)
    )


_BYLINE_LINE = re.compile(
    r"(?:^|(?<=[\s（(]))(?:本报|本台|本网)?记者[ \t\u3000]+"
    r"(?P<rest>[\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{2,30})(?=\n|$|[）)])",
    re.MULTILINE,
)
"""The names of a byline after 记者, spaced apart on their line (本报记者 李 宏 鲍蔓华)."""
_GLUED_BYLINE = re.compile(
    r"[（(](?P<run>[\u4e00-\u9fff]{4,12}?)[ \u3000]*(?:文/图|文／图|文|图|摄|报道)[）)]"
    r"|(?<=[。！？!?\s])[（(](?P<closing>[\u4e00-\u9fff]{4,9})[）)][ \t\u3000]*(?=\n|$)"
)
"""Names glued together in brackets before a byline's mark (（杨伦旭张建刚陈小川文/图）), or closing a
piece's last sentence on their own line's end (…将在近期挂牌。(张倩范文杰))."""
# 选举张亚军、尚卫东四位同志为…; 选举丁新月、王宇等47人为…: what may stand between the names and 为
_BEFORE_WEI = re.compile(r"(?:等)?(?:[0-9一二三四五六七八九十]+(?:位|名|人))?(?:同志)?(?:当选为?|为)")
_BYLINE_RUNS = re.compile(
    r"(?m)^[ \t\u3000]*(?P<run>[\u4e00-\u9fff]{4,15})[ \t\u3000]*$"
    r"|[:：][ \t\u3000]*(?P<run2>[\u4e00-\u9fff]{4,12})[ \t\u3000]+(?:信息)?来源"
)
_REPORTED_LINE = re.compile(
    r"(?m)^[ \t\u3000□■◆●]*(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){0,4})"
    r"[ \t\u3000]+(?:报道|采写|整理)[ \t\u3000]*$"
)
"""A byline of names spaced apart on a line of its own, then what they did (□于向阳 陈文 徐雯雯 报道)."""
_BRACKETED_NAMES = re.compile(
    r"[（(](?P<names>[\u4e00-\u9fff]{1,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{1,3}){1,5})[）)]"
    r"|(?:(?<=[。！？!?”])|^)[ \t\u3000]*"
    r"[（(](?P<listed>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){1,5})[）)][ \t\u3000]*$",
    re.MULTILINE,
)
"""Names apart by spaces, alone in brackets: a piece's writers or photographers (王子文 王谊通 吉薇); or
apart by 、, in brackets closing a paragraph (…延伸。(刘永欢、蒋鹏))."""
_DATELINE = r"(?:讯|\d日电)[ \t\u3000]*[（(][ \t\u3000]*"
"""A dateline's end and the bracket its writers' names open with (本报讯 (, 1月10日电()."""
_DATELINE_NAMES = re.compile(
    _DATELINE + r"(?P<names>[\u4e00-\u9fff]{2,3}(?:(?:[ \t\u3000]+|、)[\u4e00-\u9fff]{2,3}){0,4})"
    r"[ \t\u3000]*[）)]"
)
_SOURCE_DATELINE = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{2,10}[（(]"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:(?:[ \t\u3000]+|、)[\u4e00-\u9fff]{2,3}){0,4})[ \t\u3000]*[）)]"
    r"[ \t\u3000]*(?=[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{4}年[0-9０-９]{1,2}月)",
    re.MULTILINE,
)
"""A paragraph opening with its source and its writers in brackets, then the date
(大梦蕉城(陈菱舟)11月13日)."""
_DATELINE_ONE = re.compile(
    _DATELINE + r"(?P<name>[\u4e00-\u9fff]{4,6}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}){0,3})[）)]"
)
_LABELLED_BYLINE = re.compile(r"[（(](?P<body>[^（）()\n]{4,60})[）)]")
_BYLINE_POSTS = ("记者", "本报记者", "见习记者", "特约记者", "摄影记者", "通讯员", "实习生", "摄影")
_BYLINE_POST_LABEL = re.compile("(?:" + "|".join(_BYLINE_POSTS) + ")(?:[/／:：]|$)")
"""A byline's post as a token, alone or before its mark (记者, 记者:, 通讯员/)."""
_DATED_NAMES = re.compile(
    r"(?m)^[ \t\u3000•·]*[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:[ \t\u3000]+[0-9:]{4,8})?[ \t\u3000]+"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){1,5})[ \t\u3000]*$"
)
"""A page's date on a line of its own, then its writers' names spaced apart."""
_COLON_BODY = (
    r"[\u4e00-\u9fff]{1,10}(?:政协|[委会局办部社站镇乡]|街道|中心)[:：][ \t\u3000]*[\u4e00-\u9fff]{2,3}"
)
_BODY_COLON_BYLINE = re.compile(
    rf"[（(](?P<names>{_COLON_BODY}(?:[ \t\u3000]*[/／、][ \t\u3000]*{_COLON_BODY}){{0,3}})[ \t\u3000]*[）)]"
)
"""A byline in brackets giving each writer after the body they are of
(凤庆县政协:杨增伟 / 三岔河镇:段思元)."""
_COLON_NAME = re.compile(r"[:：][ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})")
_BYLINE_MARKS = ("文", "图", "摄", "文/图", "文／图")
_NAME_THEN_MARK = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[/／](?:文图|图文|文/图|文|图|摄)")
_MEDIA_ENDS = ("网", "报", "台", "社", "融媒", "融媒体", "新闻", "中心")


def _transliterated_name(word: str) -> bool:
    """``word`` is wholly transliteration characters and no ordinary word (拉姆, 格桑卓嘎)."""
    return len(word) == _transliterated_at(word, 0, shortest=2) and not common_word(word, min_freq=1)


def _labelled_byline(text: str, m: re.Match[str]) -> list[tuple[int, int, str]]:
    """The writers of a bracketed byline that names what they are (记者 文/郑代玉 图/张泉江 于中平;
    蒋剑 马子入 陈加普 记者 李全民): each name with the post last written before it, or none if the
    byline is anything but posts, marks and names."""
    found: list[tuple[int, int, str]] = []
    role, labelled = "", False
    tokens = [(t.group(), m.start("body") + t.start()) for t in re.finditer(r"[^ \t\u3000]+", m["body"])]
    merged: list[tuple[str, int]] = []
    while tokens:
        word, at = tokens.pop(0)
        if len(word) == 1 and tokens and _BYLINE_POST_LABEL.match(word + tokens[0][0]):
            nxt, nat = tokens.pop(0)
            word, at = word + nxt, nat - 1  # (记 者:吴阳金): a post spaced to the width of its label
        merged.append((word, at))
    for i, (word, at) in enumerate(merged):
        if i == 0 and word.endswith(_MEDIA_ENDS) and _HAN_ONLY.fullmatch(word):
            continue  # (中国西藏网 记者/王媛媛 拉姆): the paper or site the writers are of
        mark = re.match(r"(文/图|文／图|[文图摄])[/／:：]", word)
        post = re.match("(" + "|".join(_BYLINE_POSTS) + ")[/／:：]", word)
        if (marked := _NAME_THEN_MARK.fullmatch(word)) and _credited(marked["name"]):
            found.append((at, at + len(marked["name"]), role))  # 程海英/文图: the name, then what they did
            labelled = True
            continue
        if mark:
            labelled, word, at = True, word[mark.end() :], at + mark.end()
        elif post:
            role, labelled, word, at = post[1], True, word[post.end() :], at + post.end()
        if word in _BYLINE_POSTS:
            role, labelled = word, True
        elif word in _BYLINE_MARKS:
            labelled = True
        elif 2 <= len(word) <= 3 and _HAN_ONLY.fullmatch(word) and _credited(word):
            found.append((at, at + len(word), role))
        elif role and _transliterated_name(word):
            # 记者/王媛媛 拉姆: a name of transliteration characters
            found.append((at, at + len(word), role))
        else:
            return []
    return found if labelled else []


_CREDIT_MARK = re.compile(r"(?:文/图|文／图|图/文|图／文)[ \t\u3000]+")
_SEX_NOTE = re.compile(_PERSON_NOTE + r"[ \u3000]*")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[、 \u3000])")
_GLUED_ITEM = re.compile(r"[\u4e00-\u9fff]{4,9}(?=[、 \u3000，,。；;]|$)")
_GLUED_LAST = re.compile(r"[\u4e00-\u9fff]{4,12}?(?=等|分别|[也还]?在|出席|参加|到会|应邀|列席)")
"""A list's last item of names glued together, closed by what they did (施双林雷家彬管金堂杨赵义在主席台)."""


def _separator_end(text: str, j: int) -> int | None:
    """Where the next item starts after a list separator at ``j`` (、, or a run of spaces within a line);
    a sex or people noted after a name comes first (田亮(女)、孔颖(女) 、罗静, 王赵山(回族)、邓招军)."""
    if sex := _SEX_NOTE.match(text, j):
        j = sex.end()
    if text[j : j + 1] in (" ", "\u3000") and text[j + 1 : j + 2] == "、":
        j += 1  # 晁明辉 、张立民: a space before the mark
    if j < len(text) and text[j] == "、":
        k = j + 1
        while k < len(text) and text[k] in " \u3000" and k - j <= 2:
            k += 1  # 王跃昆、 韦述鹰: a space after the mark
        return k if k < len(text) and _HAN.match(text[k]) else None
    k = j
    while k < len(text) and text[k] in " \u3000" and k - j < 4:
        k += 1
    return k if k > j and k < len(text) and _HAN.match(text[k]) else None


_ROLE_OPENING = re.compile(
    r"中共|全国|省|自治区|自治州|自治县|自治旗|军分区|市|州|盟|县|区|旗|大会|政府|国家|国务院"
)
"""Where the body written before a post starts: its level or kind."""
_ROLE_LEVELS = frozenset("省市州盟县区旗")


def _role_before(text: str, post_start: int, post_end: int) -> str:
    """The post with the body written before it (区政协 + 副主席), cut at punctuation."""
    i = post_start
    limit = max(0, post_start - 16)
    while i > limit and _HAN.match(text[i - 1]) and text[i - 1] not in "的在由为是和与及":
        i -= 1
    role = text[i:post_end]
    # drop a leading name-like or clause word before a body word: keep from the first level/body word
    prefix = role[: len(role) - (post_end - post_start)]
    m = _ROLE_OPENING.search(prefix)
    while m and len(m.group()) == 1 and prefix[m.end() : m.end() + 1] in _ROLE_LEVELS:
        m = _ROLE_OPENING.search(prefix, m.end())  # 泉州市政协主席: 州 closes 泉州, 市 is the level
    post = text[post_start:post_end]
    if m and m.end() == len(role) - len(post) and post.startswith(m.group()):
        return post  # 寿县县长: the level word closes the place's name, the post has its own
    return role[m.start() :] if m else post


def find_people(doc: Doc, sentences: SentenceIndex) -> list[PersonHit]:
    """Every person named in ``doc`` with the posts written with each mention."""
    text = doc.view
    lex = Lexicon.load()
    hits: dict[tuple[int, int], PersonHit] = {}

    def add(
        start: int, end: int, roles: tuple[str, ...] = (), national: bool = False, name: str = ""
    ) -> None:
        key = (start, end)
        old = hits.get(key)
        if old:
            roles = tuple(dict.fromkeys((*old.roles, *roles)))
            national = national or old.national
        hits[key] = PersonHit(start, end, name or re.sub(r"[ \u3000]", "", text[start:end]), roles, national)

    # 1. post, then a list of names: 区委副书记、区长李哲; 副主席王宗勤、李金果; 摄影:李小龙
    chain: list[str] = []
    chain_end = -1
    for m in _post_matcher().finditer(text):
        post = m.group()
        if common_word(text[m.end() - 1 : m.end() + 3], min_freq=1):
            continue  # 拉萨市长治久安: the post's last character opens a word (长治久安), no post
        role = _role_before(text, m.start(), m.end())
        role_start = m.end() - len(role)
        # 区政协委员、中海油天津化工研究院有限公司副总经理: the body of the next post may stand between
        gap = text[chain_end:role_start] if chain_end >= 0 else "\n"
        if gap in ("、", "") or (gap.startswith("、") and len(gap) <= 30 and not _GAP_BREAK.search(gap)):
            chain.append(role)
        else:
            chain = [role]
        chain_end = m.end()
        j = m.end()
        if text.startswith(_AFTER_POST_NOT_NAME, j) or _BIAN_BIAN.match(text, j):
            chain, chain_end = [], -1  # 常委会, 主席团: the post word is part of another word; 边走边看
            continue
        gaps = " \u3000:：\n" if post.endswith(("记者", "通讯员", "摄影", "实习生")) else " \u3000:："
        media = lex.posts[post] == "media"
        if media:
            gaps += "|｜】"  # a piece's credits: 编辑 | 王晶, 【审核:】高玉婷
        while j < len(text) and text[j] in gaps and j - m.end() < (4 if media else 3):
            j += 1  # 记者\n马博文: a byline may break the line
        if media and (mark := _CREDIT_MARK.match(text, j)):
            j = mark.end()  # 融媒体中心记者 文/图 祁晓蓓 赵琳: what they did, then their names
        if text.startswith(("是：", "是:"), j):
            j += 2
        elif note := _POST_NOTE.match(text, j):
            j = note.end()  # 县委副书记(挂职)张延玲: a note on the post before its holder
        elif text.startswith(("(", "（"), j) and len(_name_list(text, j + 1)) >= 2:
            j += 1  # 14名区政协委员(徐锋、胡平、…): the holders listed in brackets
        elif text.startswith("的", j) and len(_name_list(text, j + 1)) >= 2:
            j += 1  # 曾担任县政协主席的吴祖宏、竺泉海: the holders, listed after 的
        elif text.startswith(("为", "是", "由"), j) and _name_at(text, j + 1):
            j += 1  # 执行主席为刘国强、王振东; 秘书长为姚伟强; 执行主席由陈康、时晓军担任
        elif text.startswith(_CANDIDATE, j):  # 主席候选人亚森·图尔荪: a post's candidate
            word = next(w for w in _CANDIDATE if text.startswith(w, j))
            j += len(word)
            chain = [*chain[:-1], chain[-1] + word]
        names = _name_list(text, j, first_lenient=True, after_post=post.endswith(_HEAD_POSTS), foreign=True)
        if not names:
            names = _glued_names(text, j)  # 记者马秀梅乔栋明: two names written as one
        if (
            len(names) == 1
            and _weak(text[names[0][0] : names[0][1]])
            and not _vouched(text, *names[0])
            and not _speaks(text, text[names[0][0] : names[0][1]])
            and not (media and _closes_byline(text, *names[0]))
        ):
            continue  # one name alone must look like one (和代理, 要态度鲜明 do not; 于群主持 does)
        lone = text[names[0][0] : names[0][1]] if len(names) == 1 else ""
        if lone and re.match(r"\d+[名人位]", text[names[0][1] : names[0][1] + 8]):
            continue  # 委员应到503名: a count follows, no name
        if len(lone) == 2 and not post.endswith(_HEAD_POSTS) and common_word(lone, min_freq=20):
            continue  # after 委员, a word of two characters is no name
        if lone and _cut_after_post(text, post, *names[0]):
            continue
        if lone in _follow():
            continue  # 王建国委员荣获: a word that follows names, not one
        if len(lone) == 3 and lone[0] == "曾" and lone[1:] in _follow():
            continue  # 记者曾到场采访: 曾 (once) and a word that follows names, no name (卢希望 is one)
        if len(lone) == 3 and lone[0] == "全" and common_word(lone[1:], min_freq=100):
            continue  # 走访委员全覆盖: 全 and a word, all of something, no name
        if len(lone) == 3 and lone[-1] in "牌栏榜册箱墙" and common_word(lone[:2], min_freq=100):
            continue  # 委员公示牌: a word and the board or list it is on, no name
        if lone and post == "党员" and not _plain_name(lone):
            continue  # 党员和党组织, 党员都自认为: after 党员, a name alone must read as nothing else
        if lone and lone[0] in "和与及" and _post_matcher().match(text, names[0][1]):
            continue  # 港澳委员和侨界委员: 和 joins two groups of members, no 和侨界
        opened = role_start > 0 and text[role_start - 1] in "“「‘"
        if lone and opened and text[names[0][1] :][:1] in ("”", "」", "’"):
            continue  # 点击“摄影沙龙”: a quoted term that opens like a post, no name
        goes_on = _post_matcher().match(text, names[0][0] + 1) if lone else None
        if (goes_on and len(goes_on.group()) >= 2) or lone.startswith("兼"):
            continue  # 副书记任组长, 书记兼村委会主任: the post goes on, 任 or 兼 and another post
        national = lex.posts[post] == "national"
        # 副主席赖苗、文史委主任: a committee's short name, then its head's post, ends the names
        names = names[:1] + [(s, e) for s, e in names[1:] if not _COMMITTEE_HEADED.match(text, s, e + 3)]
        labelled = next((i for i, (s, e) in enumerate(names) if i and text[e : e + 1] in (":", "：")), None)
        if labelled is not None:
            names = names[:labelled]  # 编辑:张宏晴 初审:郭文清: the next credit's label ends the names
        for s, e in names:
            add(s, e, tuple(chain), national)
        # 大会执行主席是:王平、吴建宇,凌文艺、方秀莉,周咏梅、郑海燕: the holders go on after commas
        end = names[-1][1] if len(names) >= 2 else -1
        while end >= 0 and (more := _RUN_AFTER_COMMA.match(text, end)):
            rest = _items(more["g"], more.start("g"))
            if not all(_name_at(text, a) == b - a and not _weak(text[a:b]) for a, b in rest):
                break
            for s, e in rest:
                add(s, e, tuple(chain), national)
            end = more.end("g")

    # 2a. three or more names in a row, each a name by the surname model and none a weak one:
    # 老同志翟怀新、吴振法、孙福康、黄满忠、薛良 (no post or list word before them)
    def strict(a: int, b: int) -> bool:
        # no ordinary word in the given name either (边设计、边施工, 线材、薄板 are no names)
        name = text[a:b]
        given = name[lex.surname_length(name) :]
        return (
            _name_at(text, a) == b - a
            and not _weak(name)
            and not common_word(name, min_freq=1)
            and not (len(given) >= 2 and common_word(given, min_freq=20))
        )

    def given_word(a: int, b: int) -> bool:
        # fails strict() only because its given name is a word too (华东 of 张华东)
        name = text[a:b]
        return (
            len(name) == 3
            and lex.surname_length(name) == 1
            and _name_at(text, a) == 3
            and not _weak(name)
            and not common_word(name, min_freq=1)
        )

    for m in _NAME_RUN.finditer(text):
        items = _items(m.group(), m.start())
        a, b = items[0]
        if a > 0 and _HAN.match(text[a - 1]):
            # 领导有彭琳、; 农工党铁岭市委会富义泰、刘路: the body whose members the list names
            head = next((k for k in (1, 2) if b - a - k >= 2 and text.endswith(_LIST_HEADS, 0, a + k)), 0)
            if head:
                items[0] = (a + head, b)  # 领导有彭琳、: the list word took the name's place in the run
            elif not text.endswith(_LIST_HEADS, 0, a):
                items = items[1:]  # glued to the word before it (立胡左格 seen from 胡左格): not a name here
        a, b = items[-1]
        if b - a == 3 and strict(a, b - 1) and (not strict(a, b) or _follows_word(text, b - 1)):
            items[-1] = (a, b - 1)  # the last may run into the word after it (张三出席, 何晶荣获)
        elif b - a == 3 and len(items) >= 3 and text[b - 1] == "在" and lex.surname_length(text[a : b - 1]):
            items[-1] = (a, b - 1)  # …、唐华俪、向东在主席台就座: a name of two, then 在
        etc = b - a == 3 and text[b - 1] == "等" and lex.surname_length(text[a : b - 1]) == 1
        if etc:
            items[-1] = (a, b - 1)  # 宋晓炜、何新等到会: the list ends before 等
        names = [(a, b) for a, b in items if strict(a, b)]
        # a given name that is also a word (张华东, 朱建国) still counts toward a long list's share
        last_cut = [items[-1]] if etc else []
        worded = [x for x in items if x not in names and (given_word(*x) or x in last_cut)]
        if len(names) == len(items) >= 2 or (
            len(items) >= 3 and len(names) >= 2 and len(names) + len(worded) == len(items)
        ):
            names = sorted(names + worded)  # 宫镇江、姜宇峰、智建伟: one given name may be a word too
            for a, b in names:
                add(a, b)
            # a list of names may go on after a comma (…、陈刚，周咏梅、郑海燕。)
            more = _RUN_AFTER_COMMA.match(text, m.end())
            if more:
                rest = _items(more["g"], more.start("g"))
                if all(strict(a, b) for a, b in rest):
                    for a, b in rest:
                        add(a, b)
        elif len(names) >= 4 and (
            len(names) + len(worded) >= 0.75 * len(items)
            or (len(items) >= 8 and len(names) + len(worded) >= 0.5 * len(items) and not any(
                common_word(text[a:b], min_freq=1) or is_place_name(text[a:b]) for a, b in items
            ))
        ):
            # a long list of names holds some the model reads less surely (马时雍, 俞国庆): those that
            # start with a surname and are no word are names too; one that reads as a word (宁波) is not
            for a, b in items:
                name = text[a:b]
                if (a, b) in names or (a, b) in last_cut or (
                    lex.surname_length(name) and not common_word(name, min_freq=1)
                ):
                    add(a, b)
                elif _lenient_at(text, a, (b - a,)) and not is_place_name(name):
                    add(a, b)  # a name of a form the surname model lacks (阿刘时布) among many
        else:
            continue
        # 沈建国、沈绍宏、冯利利等3位县政协常委: the post the count gives them
        if count := _COUNT_ROLE.match(text, items[-1][1]):
            for a, b in names:
                add(a, b, (count["role"],))
        # …、晋伟和董志华在主席台, …、韦懿格及黄正华等: the last name joined by 和 or 及
        last = items[-1][1] + 1  # the run may have taken the 和 (晋伟和), its last item does not
        n = _name_at(text, last) if text.startswith(("和", "及"), last - 1) else 0
        if n and (strict(last, last + n) or given_word(last, last + n)):
            add(last, last + n)

    # 2a'. a list closed by 等 and the post of all its names vouches for each item that starts with a
    # surname and is no word (庞治、黄为政、李珊玫、覃雪松等县政协班子领导), or is transliterated
    # (达哇卓玛、扎西拉仲、安旺扎美等14名优秀政协委员代表)
    for m in _ETC_POST_RUN.finditer(text):
        items = _items(m["run"], m.start("run"))
        if all(
            strict(a, b)
            or given_word(a, b)
            or (
                (n := lex.surname_length(text[a:b]))
                and b - a <= 3
                and not common_word(text[a:b], min_freq=1)
                and not common_word(text[a + n : b], min_freq=1000)
                and not is_place_name(text[a:b])
            )
            or (b - a >= 3 and all(c in _transliteration_chars() for c in text[a:b]))
            for a, b in items
        ):
            # 高建林、林新松、胡健、赵平等委员: the post they hold, where it is one
            held = next((w for w in _HELD_AFTER_DENG if m["post"].endswith(w)), "")
            # not 等对委员提案 (no post held), nor 等政协常委或委员 (one post or the other)
            either = re.search("[对向为给与和在把被将的]", m["post"]) or text.startswith("或", m.end())
            post = "" if either else held
            for a, b in items:
                add(a, b, (post,) if post else ())

    for m in _COMMA_RUN.finditer(text):
        items = _items(m["run"], m.start("run"), ",，")
        if all(strict(a, b) for a, b in items):
            for a, b in items:
                add(a, b)

    # 2b. a member named with the proposal they wrote: 谢春峰等委员的《…》, 华美娟委员《…》
    for m in _MEMBER_TITLE.finditer(text):
        name = m["name"]
        titled = m.group().endswith(("《", "关于"))
        if not titled and m.end("name") != m.start("post"):
            continue  # 提案者：柳啸委员 closes a line; 再增加两名委员 counts members
        n = _name_at(text, m.start("name")) or (len(name) if titled and _plain_or_unknown(name) else 0)
        if n == len(m["name"]) and not _weak(m["name"]):
            add(m.start("name"), m.end("name"), (m["post"],) if m["post"] else ())

    # 2b'. the next writer in a list of titles, each after its writer: 王敏《…》、王桂芳《…》、胡元《…》
    for m in re.finditer(r"》[、，,；;](?P<name>[\u4e00-\u9fff]{2,3}?)的?《", text):
        if _member_name(m["name"]) and not is_place_name(m["name"]):
            add(*m.span("name"))

    # 2b*. a writer named after the branch they belong to: 文化支部崔春的《…》, 柳钢支部肖景铁的《…》
    for m in re.finditer(r"(?:支部|总支|支社|小组|工委|委会)(?P<name>[\u4e00-\u9fff]{2,3}?)的?《", text):
        if _member_name(m["name"]) and not is_place_name(m["name"]):
            add(*m.span("name"))

    # 2b''. a member opening a sentence with their post in brackets: 刘野(…医院麻醉科主任医师)委员认为
    for m in _MEMBER_NOTED.finditer(text):
        if _plain_or_unknown(m["name"]) and not _weak(m["name"]):
            add(*m.span("name"), (m["post"],))

    # 2b'''. the speakers opening a digest's paragraph: 白宇委员：, 克智布委员:, 仁青冷智、拉旦才郎委员:
    for m in _SPEAKERS_HEAD.finditer(text):
        items = _items(m["run"], m.start("run"))
        if all(_heading_speaker(text[a:b]) for a, b in items):
            for a, b in items:
                add(a, b, (m["post"],))

    # 2c. members named by what they did: 戎志豪、刘健年等委员从…; 曹振华委员代表民革…作题为
    for m in _MEMBERS_ACTING.finditer(text):
        items = _items(m["run"], m.start("run"))
        a, b = items[0]
        if b - a >= 3 and text[a] in "和与及" and text[a - 1 : a] not in ("", "、"):
            items[0] = a, b = (a + 1, b)  # 市工商联和何斌、张惟鹏等委员: 和 joins the list to the bodies
        elif b - a == 4 and text[a] in _BEFORE_LIST:
            items[0] = a, b = (a + 1, b)  # 就张继营、杨金锋等委员: a word before the list's first name
        elif b - a == 4 and text[a + 1] in "和与及" + _BEFORE_LIST:
            items[0] = a, b = (a + 2, b)  # 市工商联和何斌、…等委员, 民建区委会的辛涌…: a body's end, then 和
        glued = a > 0 and _HAN.match(text[a - 1]) and text[a - 1] not in "和与及" + _BEFORE_LIST
        if glued and not text.endswith(("其中", *_VISITING), 0, a):
            items = items[1:]  # glued to the word before it (not 其中孟康清委员、李百岁委员提出)
        # every item starts with a surname and reads as no word, and one at least reads as a name
        # (刘健年 ends in a character names seldom end in)
        # (了解政协委员工作室: 政协 ends no name; 政协委员 is the post)
        names = [(a, b) for a, b in items if _surnamed_no_word(text[a:b]) and not text.endswith("政协", a, b)]
        counted = bool(items) and text[items[0][0] - 1 : items[0][0]].isdigit()  # 14位政协委员: a count
        named = any(_member_name(text[a:b]) for a, b in names)
        if items and not counted and len(names) == len(items) and named:
            role = () if m.group().endswith("人") else ("委员",)  # 等15人获: no post
            for a, b in names:
                add(a, b, role)

    # 2g. fallen officials whose influence is purged: 坚决清除洪承义、杜晓阳不良影响
    for m in _PURGED.finditer(text):
        at = m.start("run")
        for part in re.finditer(r"[^、和及与]+", m["run"]):
            name = re.sub("(?:恶劣影响|不良影响|流毒|余毒)$", "", part.group())
            s = at + part.start()
            if 2 <= len(name) <= 3 and lex.surname_length(name) == 1 and not common_word(name, min_freq=1):
                add(s, s + len(name))

    # 2f. names honoured as members (刘毅、郑凯、张玉等6人被评为芙蓉区2019年度优秀政协委员): the title
    for m in _HONOURED_MEMBERS.finditer(text):
        items = _items(m["run"], m.start("run"), "、和")
        if len(items) >= 2 and all(_surnamed_no_word(text[a:b]) for a, b in items):
            for a, b in items:
                add(a, b, (m["title"],))

    # 2d. names before 获 (沈勇民获个人一等奖、全先国获三等奖、吴英彦、李小年和王亚雯获优秀奖): the names
    # that end the run, read from the right until one is no name
    for m in _AWARDED.finditer(text):
        at = m.start("run")
        items = _items(m["run"], at, "、和")
        names = []
        for a, b in reversed(items):
            if not _member_name(text[a:b]):
                break
            names.append((a, b))
        if names and (len(names) < len(items) or not _HAN.match(text[at - 1 : at] or "，")):
            for a, b in names:
                add(a, b)

    # 2. a list word: 在主席台就坐的还有郭一民、董稷强 …; 执行主席是：辛耀雄、敖登其其格;
    # a list's order note: 常务委员（按姓氏笔画为序）：丁伟 马力 …
    starts = [
        (m.end(), _listed_role(text, m.start())) for w in _LIST_WORDS for m in re.finditer(re.escape(w), text)
    ]
    # 包括 opens lists of anything: only three or more names that read as no word (包括降职、降级 do)
    for m in re.finditer("包括", text):
        names = _name_list(text, m.end())
        if len(names) >= 3 and not any(common_word(text[s:e], min_freq=1) for s, e in names):
            for s, e in names:
                add(s, e)
    # after an order note every item is a name, however it reads (马力, 宁夏)
    for m in _ORDER_NOTE.finditer(text):
        i, ordered = m.end(), []
        while item := _ORDERED_ITEM.match(text, i):
            ordered.append(item.span("name"))
            i = item.end()
            if not item["sep"]:
                break
        if len(ordered) >= 2:
            for s, e in ordered:
                add(s, e)
    # the members of a sector: 工商联界别的周明俊、蒋晓颖(女),文艺界别的陈梅(女),科技界别的(孟庆才)
    for m in re.finditer(r"界别的[（(]?", text):
        names = _name_list(text, m.end())
        first = text[slice(*names[0])] if names else ""
        if len(names) >= 2 or (first and _plain_name(first) and not _weak(first)):
            for s, e in names:
                add(s, e)
    for j, role in sorted(starts):
        while j < len(text) and text[j] in " :：":
            j += 1
        names = _name_list(text, j, first_lenient=True)
        # 就座的老同志有：肖锋。: one name alone after a list word and its colon, closing the sentence
        alone = len(names) == 1 and text[j - 1 : j] in ":："
        if len(names) >= 2 or (
            alone and text[names[0][1] : names[0][1] + 1] in "。；;\n" and _plain_name(text[slice(*names[0])])
        ):
            for s, e in names:
                add(s, e, (role,) if role else ())

    # 2e. the household visited, by the name of its head (牧户苏伊拉其其格家, 农户张建国家): a name the
    # surname model reads as one, or a run of transliteration characters
    for m in _HOUSEHOLD.finditer(text):
        a, b = m.span("name")
        name = m["name"]
        strict_name = _name_at(text, a) == b - a and not _weak(name) and not common_word(name, min_freq=1)
        if strict_name or (b - a >= 3 and all(c in _transliteration_chars() for c in name)):
            add(a, b)

    # 3. name, then a post or 同志: 李敏主席代表, 陈向阳市长所作, 冯志亮同志, 习近平总书记
    for m in _NAME_THEN_POST.finditer(text):
        national = m.group() == "总书记"
        for n in (3, 2):
            s = m.start() - n
            if s < 0:
                continue
            cand = text[s : m.start()]
            if not all(_HAN.match(c) for c in cand) or lex.surname_length(cand) == 0:
                continue
            # 批准姜在成主席: 在 may open a three-character given name that is no word (not 所在)
            opened_by_zai = n == 3 and cand[1] == "在" and not common_word(cand[:2], min_freq=1)
            odd = [c for c in cand[1:] if c in _NOT_NAME_CHARS]
            if (odd and not (opened_by_zai and odd == ["在"])) or _wordlike(cand):
                continue
            before_body = text.endswith(("政协", "委", "政府"), 0, s)
            if _weak(cand) and not (
                # 州政协于晓峰主席: a surname that is also a function word, right after the body
                before_body and n == 3 and cand[0] in _FUNCTION_SURNAMES
                and not common_word(cand[:2], min_freq=1) and not common_word(cand[1:], min_freq=1)
                and not any(c in "组委部会局办处室副" for c in cand)  # 政协党副组书记
            ):
                continue
            if cand.endswith(("委", "政协", "委会", "局", "厅", "办", "处", "署", "科", "室")):
                continue  # 纪委书记, 管委会主任, 原政协主席, 林管局副局长: a body's post, no name before it
            if m.group() in ("委员", "常委", "代表") and (
                not _member_name(cand)
                or common_word(text[s - 1 : s + 1], min_freq=1)  # 了解入站委员
                or cand[0] in "原前现老新"
                or any(_follows_word(text, s + k) for k in range(1, n))
                or (n == 2 and cand[1] in "以在将对为把被从向与和及就是也都又还")
            ):
                continue  # 应出席委员, 要以委员: words; 原张伟委员: 张伟, a former member
            if cand[-1] in "和与及" and text[s - 1 : s] in ("、", ""):
                break  # 、肖云和秘书长鲁志成: 和 joins a list's last name to the next post's holder
            if is_place_name(cand + m.group()[0]) or (cand[-1] in _LEVELS and is_place_name(cand)):
                continue  # 铁东区长发路: 铁东区, a district, not 铁东 the district head; 衡阳市副市长
            before = text[s - 1] if s > 0 else "\n"
            # 中共宝山区委汪泓书记 (not 委员会原主席: 员 goes with the 委 before it)
            # 城管局杨国良局长: a bureau's or department's head after its name
            # 提案委员会刘美英主任, 市委党校石志刚老师: a committee's or a school's own
            body_before = text.endswith(_BODIES_BEFORE_NAME, 0, s) and cand[0] not in "员会"
            bounded = (
                before in _PUNCT_BOUNDARY
                or before.isspace()
                or (before == "了" and not common_word(text[s - 1 : s + 1], min_freq=1))  # 聆听了钱三雄书记
                or _ends_with_verb(text, s)
                or text.endswith(("关于", "以及"), 0, s)
            )
            led = m.group() == "一行" and before in "对向与和同领率"  # 陪同姜玉慧一行, 率…
            # 主持会议的赵庆华同志宣布: a comrade after 的, doing what the report's leaders do
            chairs = text.startswith(("宣布", "主持", "讲话"), m.end())
            led = led or (m.group() == "同志" and before == "的" and chairs)
            if before == "的" and m.group() in ("委员", "常委"):
                # 参加活动的黄川洋委员高兴地说: a member after 的, who then speaks or acts
                speaks = (_SPEAKS_AFTER.match(text, m.end()) or _ACTS_AFTER.match(text, m.end())) is not None
                # 走访看望孙建业委员、…和确山尚城亿达双语学校的刘慧委员。: the last of members listed
                listed = text.startswith(("。", "，", ",", "、", "；", ";"), m.end())
                listed = listed and _LISTED_MEMBER.search(text, max(0, s - 60), s) is not None
                led = led or speaks or listed
            if not (national or bounded or body_before or led):
                continue
            if m.group() == "同志" and not (
                text.startswith(_AFTER_COMRADE, m.end())
            ):
                break
            add(s, m.start(), (m.group(),) if m.group() not in ("同志", "一行") else (), national)
            break

    # 3a'. a name of transliteration characters on both sides of its dot, wherever it stands
    # (结对认亲户艾力·克依木一家, 贫困户阿西木·斯拉木和…)
    for m in _NAME_DOT.finditer(text) if any(d in text for d in _DOTS) else ():
        s, e = _transliterated_sides(text, m.start())
        if s is not None:
            add(s, e)
    # 3a. a transliterated name opening a clause, then a post: 。艾尼瓦尔·巴哈尔丁委员《…》
    for m in _DOTTED_THEN_POST.finditer(text):
        if not any(c in _LENIENT_BAD for c in m["name"]):
            add(m.start("name"), m.end("name"), (m["post"],) if m["post"] not in ("同志", "说") else ())

    # 3b'. the presenter of a report approved, for the body they spoke for: 审议通过瓦标龙代表…所作的工作报告
    for m in _PRESENTED_FOR.finditer(text):
        for group in ("name", "second") if m["second"] else ("name",):
            name = m[group]
            if not common_word(name, min_freq=1) and not any(c in _LENIENT_BAD for c in name):
                add(*m.span(group))  # …赵中军和姜丽萍分别代表…所作的: both presenters

    # 3b. the presenter of a report heard: 听取王会英作的常务委员会工作报告
    for m in _REPORT_HEARD.finditer(text):
        if _member_name(m["name"]):
            add(*m.span("name"))

    # 3c. a speaker named right after the branch they speak for: 民盟卫东区总支景文录作了题为《…》的发言
    for m in _BRANCH_SPEAKER.finditer(text):
        if _member_name(m["name"]) and not _wordlike(m["name"]):
            # 区政协委员、民盟卫东区总支景文录: the member's post written before the branch
            post = _POST_BEFORE_BRANCH.search(text, max(0, m.start() - 24), m.start())
            add(*m.span("name"), (post["post"],) if post else ())

    # 4. doctrines: 马克思列宁主义, 邓小平理论, 习近平新时代中国特色社会主义思想; a leader's discourses
    # compiled under their name (《习近平关于网络强国论述摘编》)
    for m in _DISCOURSES.finditer(text):
        if _plain_name(m["name"]):
            add(*m.span("name"), (), True)
    for m in _MARXISM.finditer(text):
        for group in ("marx", "lenin"):
            if m[group]:
                add(*m.span(group))
    for suffix in lex.doctrine_suffixes:
        longer = tuple(x for x in lex.doctrine_suffixes if len(x) > len(suffix) and x.endswith(suffix))
        for m in re.finditer(re.escape(suffix), text):
            if any(text.endswith(x, 0, m.end()) for x in longer):
                continue
            for n in (3, 2) if len(suffix) > 2 else (3,):  # 高擎思想明灯: no name of two before 思想
                s = m.start() - n
                cand = text[max(s, 0) : m.start()]
                if s < 0 or not all(_HAN.match(c) for c in cand) or lex.surname_length(cand) == 0:
                    continue
                if _wordlike(cand) or _weak(cand):
                    continue
                before = text[s - 1] if s > 0 else "\n"
                # 高举习近平新时代中国特色社会主义思想: a long suffix vouches for a name that reads as one
                vouched = len(suffix) >= 6 and _plain_name(cand)
                if (
                    vouched
                    or before in _PUNCT_BOUNDARY
                    or before.isspace()
                    or before in "以和与及、是的"
                    or _ends_with_verb(text, s)
                ):
                    add(s, m.start(), (), True)
                    break

    # 5. names heading a clause before a strong verb: 刘文成被选举为…; 李志平、杜嬉婷被授予…
    for m in _clause_heads().finditer(text):
        j = m.end()
        names = _name_list(text, j, after_post=True)
        first = text[names[0][0] : names[0][1]] if names else ""
        # 从速提出: a weak name that is a word as a whole is that word
        vouched = names and _vouched(text, *names[0]) and not common_word(first, min_freq=1)
        lone = len(names) == 1 and _weak(first) and not vouched
        if not names or lone:
            continue
        after = names[-1][1]
        if text[after : after + 1] in ("和", "与", "及") and (n := _name_at(text, after + 1)):
            names.append((after + 1, after + 1 + n))  # 邱旭平、王拥军和卢肖霄分别作了: the last after 和
            after = names[-1][1]
        tail = text[after : after + 6]
        count = _COUNT_ROLE.match(tail + text[after + 6 : after + 20])
        elected = re.match(
            r"(?:等(?:[0-9一二三四五六七八九十]+[人名位])?(?:会员|盟员|社员|同志)?)?"
            r"(?:被选举为|当选为|被选为|补选为|增选为|推选为|当选)",
            text[after : after + 14],
        )
        if elected:
            role = _role_after(text, after + elected.end())
            for s, e in names:
                add(s, e, (role,) if role else ())
            continue
        if (
            re.match(
                r"(被授予|被评为|代表[\u4e00-\u9fff]{2}|为大会|同志|请辞|辞去|主持|介绍了|介绍[，,：:]|对[^，。；;]{2,16}表示"
                r"|宣读|说|指出|强调|表示|建议(?!案)|提出|告诉|感叹|坦言"
                r"|[也还均]?在主席台|宣布|致辞|讲话|等(?:人|同志)?[在为对就围分作提]|受[^，。]{2,40}委托"
                r"|摄(?:$|[ \t\n（(])|(?:提交|递交|撰写|执笔|主笔|联名)了?(?:的)?[《、]|个人(?:建议|提案)《"
                r"|作了?(?:题为)?《|的《|《关于|向(?:大会|全会|全体会议|会议)(?:作|做)|作了?(?:大会|口头|书面)发言"
                r"|分别(?:作|就|围绕|以|提交|发言)|带领|率领|带队|率队"
                r"|关于[ \t\u3000]*[“《]|作了?[^，。；;,\n]{0,30}?工作(?:情况)?报告"
                r"|等[\u4e00-\u9fff、]{0,6}(?:领导|同志|委员|代表|会员|社员|盟员)(?:出席|参加|到会|在|应邀|列席|接受))",
                text[after : after + 48],
            )
            or count
            # 王吉才、刘铁柱、冯彪、于玉民参加。: two or more names, then who took part
            or (len(names) >= 2 and _TOOK_PART.match(tail))
        ):
            roles = (count["role"],) if count else ()
            for s, e in names:
                add(s, e, roles)

    # 5a. the leader a speech is read for: 受胡世忠委托喻志勇宣读讲话
    for m in re.finditer(r"受(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?委托", text):
        if _plain_name(m["name"]) or _member_name(m["name"]):
            add(*m.span("name"))

    # 5b. 会议由王志宏主持; 由杨正明、梁承祥担任
    for m in re.finditer("由(?!于工作)", text):  # 由于工作中的缺点: the conjunction, no 于工 who works
        names = _name_list(text, m.end())
        if names and text.startswith(("主持", "宣读", "宣布", "致辞", "讲话", "担任", "作"), names[-1][1]):
            for s, e in names:
                add(s, e)

    # 6. 选举X为主席; X、Y为副主席
    for m in re.finditer(r"(?:选举|推选|补选|增补|任命)(?:产生|了)?", text):
        names = _name_list(text, m.end())
        after = names[-1][1] if names else 0
        if names and (note := _ORDER_NOTE.match(text, after)):
            after = note.end()  # 选举王本东、王红珍…(按姓氏笔划为序)为…常务委员: how the list is ordered
        between = _BEFORE_WEI.match(text, after) if names else None
        if between:
            role = _role_after(text, between.end())
            for s, e in names:
                add(s, e, (role,) if role else ())
    for m in _list_heads().finditer(text):
        names = _name_list(text, m.end())
        if len(names) == 1 and not _plain_name(text[slice(*names[0])]):
            continue  # 强调,要以此为契机建立委员…: one name alone must look like one
        if names and text.startswith("为", names[-1][1]):
            role = _role_after(text, names[-1][1] + 1)
            if role and role.endswith(tuple(lex.posts)):
                for s, e in names:
                    add(s, e, (role,))

    # 7i. a photo's credit after a space (盛磊 摄), a piece's writers (作者:赵巧红 郑镇 张桂汉)
    for m in (*_SPACED_CREDIT.finditer(text), *_GLUED_CREDIT.finditer(text)) if "摄" in text else ():
        if _plain_name(m["name"]) or _DOTTED.fullmatch(m["name"]):
            add(*m.span("name"))
    # a piece's writers and photographers credited with a slash (包四华/文 欧阳海员 刘家 张驰/摄)
    for m in _SLASH_CREDIT.finditer(text) if "/" in text else ():
        # 记者 陈岩 苏奕斌/文 沈昊鹏/图: the credits of a byline that opened with 记者 are its reporters'
        lead = re.split(r"[，,。；;！？!?（(\n]", text[max(0, m.start() - 40) : m.start("names")])[-1]
        reporting = not m.group().endswith("摄") and ("记者" in lead or m["names"].startswith("记者"))
        credit = ("记者",) if reporting else ()
        # from the slash back, while each reads as a name (not 记者 of 记者 王强/文)
        for n in reversed(list(re.finditer(r"[\u4e00-\u9fff]+", m["names"]))):
            if not Lexicon.load().surname_length(n.group()) or _post_matcher().search(n.group()):
                break
            add(m.start("names") + n.start(), m.start("names") + n.end(), credit)
    # and the reporters after a paper's or station's name, before the dateline (琼海融媒 林精 郑伟 3月7日)
    # or closing its line (麻江县融媒体中心 欧清兰 张安俊 刘书发)
    for m in (*_WRITERS.finditer(text), *_MEDIA_BYLINE.finditer(text)):
        for t in re.finditer(r"[\u4e00-\u9fff]{2,}", m["names"]):
            s, e = m.start("names") + t.start(), m.start("names") + t.end()
            if e - s <= 3 or (e - s == 4 and lex.surname_length(t.group()) == 2):
                if _credited(t.group()):
                    add(s, e)
            else:
                for s2, e2 in _glued_names(text, s, e):  # 作者: 郭凯 张军 丘圣华汤醇: names glued together
                    add(s2, e2)
        # 作者:仇玉存 魏 萌: a two-character name spaced to the width of three among them
        for p in _PADDED_NAME.finditer(m["names"]):
            if lex.surname_length(p[1]) == 1:
                add(m.start("names") + p.start(), m.start("names") + p.end(), name=p[1] + p[2])
    # 7j. the proposers after 提案者：, however the names read (区伟龙) and spaced (张 骊)
    for m in _PROPOSERS.finditer(text):
        for part in re.finditer(r"[^、，,]+", m["items"]):
            s, e = m.start("items") + part.start(), m.start("items") + part.end()
            e -= len(part.group()) - len(part.group().rstrip(" \t\u3000"))
            if text.endswith(("委员", "同志", "代表"), s, e):
                e -= 2  # 提案者：柳啸委员
            name = re.sub(r"[ \t\u3000]+", "", text[s:e])
            # 甘 宁: a two-character name spaced to the width of three, a name whatever else it reads as
            padded = len(name) == 2 and len(text[s:e]) > 2 and Lexicon.load().surname_length(name) == 1
            if 2 <= len(name) <= 4 and _HAN_ONLY.fullmatch(name) and (padded or _proposer_name(name)):
                add(s, e, name=name)

    # 7l. a byline's two-character name spaced to the width of three (本报记者 李 宏 鲍蔓华)
    for m in _BYLINE_LINE.finditer(text):
        tokens = list(re.finditer(r"[\u4e00-\u9fff]+", m["rest"]))
        at = m.start("rest")
        padded = [
            (first, second)
            for first, second in itertools.pairwise(tokens)
            if len(first.group()) == len(second.group()) == 1
            and m["rest"][first.end() : second.start()] in (" ", "\u3000")
            and lex.surname_length(first.group()) == 1
        ]
        for first, second in padded:
            add(at + first.start(), at + second.end(), ("记者",), name=first.group() + second.group())
        for token in tokens if padded else ():
            if len(token.group()) in (2, 3) and _credited(token.group()):
                add(at + token.start(), at + token.end(), ("记者",))  # the names beside a padded one

    # 7g. names glued before a byline's mark: （杨伦旭张建刚陈小川文/图）
    for m in _GLUED_BYLINE.finditer(text):
        group = "run" if m["run"] else "closing"
        for s, e in _glued_names(text, m.start(group), m.end(group)):
            add(s, e, ("记者",))

    # 7h. names alone on a line or between a dateline's fields, written with nothing between them
    # (黄韬炜陈钡婷叶艳刘洪桥曾健锋; 访问次数: 李泽红袁菲 信息来源), and names in brackets after 讯
    # (本报讯 (王钦殿 祝洪兰)): the reporters
    # □于向阳 陈文 徐雯雯 报道: a line of names spaced apart, then what they did
    for m in _REPORTED_LINE.finditer(text):
        spaced = _spaced_names(text, m, lambda x: bool(lex.surname_length(x)) and not _wordlike(x))
        if sum(_plain_name(text[s:e]) for s, e in spaced) >= min(2, len(spaced)):
            for s, e in spaced:  # 于向阳 among plain names, though 于 is a word too
                add(s, e, ("记者",))
    for m in _BYLINE_RUNS.finditer(text):
        group = "run" if m["run"] else "run2"
        for s, e in _glued_names(text, m.start(group), m.end(group)):
            add(s, e, ("记者",))
    # a headline's names glued together before what they did (…联席会议在万举行 罗能平邓瑜华张重新出席)
    for m in _GLUED_ATTENDING.finditer(text):
        glued = _glued_names(text, m.start("run"), m.end("run"))
        if all(e - s == 3 for s, e in glued):  # 刘力江贾义翔 may part as 刘力|江贾|义翔: three each only
            for s, e in glued:
                add(s, e)
    for m in _BRACKETED_NAMES.finditer(text):
        signed = ("记者",) if m["listed"] else ()  # …延伸。(张凤天、史惠英): a paragraph's reporters
        for s, e, name in _bracketed_names(text, m):
            add(s, e, signed, name=name)
    for m in _SPACED_LETTERS.finditer(text):
        group = next(g for g in ("chars", "chars2", "chars3") if m[g])
        chars = m[group].split()
        if len(chars) % 2 == 0 and all(c in lex.surnames for c in chars[::2]):
            at = m.start(group)
            for i in range(0, len(chars), 2):
                s = text.index(chars[i], at)
                e = text.index(chars[i + 1], s + 1) + 1
                hits[(s, e)] = PersonHit(s, e, chars[i] + chars[i + 1], ("记者",))
                at = e
    for m in _DATELINE_NAMES.finditer(text):
        for s, e in _spaced_names(text, m):
            add(s, e, ("记者",))
    for m in _SOURCE_DATELINE.finditer(text):  # 大梦蕉城(陈菱舟)11月13日: the writer after the source
        for s, e in _spaced_names(text, m, _credited):
            add(s, e)
    for m in _DATELINE_ONE.finditer(text):  # 拉萨1月10日电(泽塔雍措): a transliterated name of four or more
        at = m.start("name")
        items = [(at + t.start(), at + t.end()) for t in re.finditer(r"\S+", m["name"])]
        chars = _transliteration_chars()
        # (泽塔雍措 拉巴卓玛): every item such a name (not 艾克热木 麦麦提, one name and its father's)
        if all(e - s >= 4 and all(c in chars for c in text[s:e]) for s, e in items):
            for s, e in items:
                add(s, e, ("记者",))
    for m in _LABELLED_BYLINE.finditer(text):
        for s, e, role in _labelled_byline(text, m):
            add(s, e, (role,) if role else ())

    # 7f. the writer of a contributed piece: （京山县政协 蔡金山 供稿）, （供稿：汉寿县政协周蔚环）
    for m in _SUPPLIED.finditer(text):
        s, e = m.span("name") if m["name"] else m.span("name2")
        cand = text[s:e]
        if lex.surname_length(cand) and not _wordlike(cand) and not _weak(cand):
            add(s, e)

    for m in _SUPPLIED_RUN.finditer(text) if "供稿" in text else ():
        for s, e in _spaced_names(text, m):
            add(s, e)

    # 7o. a notice's roster: a post as a line's label, its holders after the colon, the list going on
    # over the lines after it (组 长:王洪斌 / 成 员:刘福军、陈 涛⏎朱朝明、高 松)
    for m in _ROSTER_LINE.finditer(text) if "、" in text or "组" in text else ():
        post = re.sub(r"[ \t\u3000]", "", m["label"])
        if post not in lex.posts:
            continue
        at, end = m.start("names"), m.end("names")
        while (more := _ROSTER_GOES_ON.match(text, end)) is not None:
            end = more.end()  # the list goes on over the next line
        items = [(at + i.start(), at + i.end()) for i in re.finditer(r"[^、\n]+", text[at:end])]
        items = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in items]
        if not all(_ROSTER_ITEM.fullmatch(text, a, b) for a, b in items):
            continue  # 提案者:曾景贤委员: a name and more, no roster
        names = [(a, b, re.sub(r"[ \t\u3000]", "", text[a:b])) for a, b in items]
        plain = sum(_plain_name(n) for _, _, n in names)
        # every item reads as a name, most of them as nothing else (高松 among them)
        if plain * 2 > len(names) and all(lex.surname_length(n) and not _wordlike(n) for _, _, n in names):
            for a, b, name in names:
                add(a, b, (post,), name=name)

    # 7k. a piece signed in brackets by its body and writers: (九三学社青岛市委 赵伟杰), or on a line
    for m in (*_BODY_BYLINE.finditer(text), *_BODY_LINE.finditer(text)):
        for s, e in _spaced_names(text, m):
            add(s, e)

    # 7b. a name alone in brackets closing a paragraph: the writer's byline (李树恒)
    for m in _BRACKETED_NAME.finditer(text):
        s, e = m.span(1)
        cand = text[s:e]
        if _PHOTO_PLACE.fullmatch(cand):
            continue
        if lex.surname_length(cand) and not _wordlike(cand) and not _weak(cand):
            add(s, e, ("记者",))  # a news paragraph signed in brackets: its reporter

    # 7n. a run of names each noted in brackets with their party or sector (陈旅棱(农工党)、郭大卫(科技)、…)
    for m in _NOTED_RUN.finditer(text) if "、" in text else ():
        items = list(_NOTED_ITEM.finditer(m.group()))
        if all(_spaced_item_name(i["name"]) for i in items):
            for i in items:
                add(m.start() + i.start("name"), m.start() + i.end("name"))

    # 7l'. a listed name with its post in brackets: 解光云(常委)、胡荣华, 汪洋(常委)
    for m in _NAME_POST_NOTED.finditer(text) if "、" in text else ():
        name, post = m["name"], m["post"]
        if not _post_matcher().fullmatch(post) or name.endswith(_BODY_ENDS) or _weak(name):
            continue
        if lex.surname_length(name) and not any(c in _LENIENT_BAD for c in name):
            add(*m.span("name"), (post,))

    # 7m'. a name in a photo's caption, where the person stands in brackets (杜明燕(中)在…)
    for m in _PHOTO_POSITION.finditer(text) if "(" in text or "（" in text else ():
        if _plain_name(m["name"]) and not _weak(m["name"]):
            add(*m.span("name"))

    # 7m. a name alone in brackets right after a title: the title's writer (《…的建议》(孙廷廷))
    for m in _TITLE_WRITER.finditer(text):
        name = m["name"]
        if lex.surname_length(name) and not common_word(name, min_freq=1) and not _weak(name):
            add(*m.span("name"))  # not 《盐池政协》(季刊)

    # 7d. names heading a news page's date line are its reporters (赵二召 王媛媛 发布时间:…)
    for m in re.finditer(
        r"(?m)^[ \t]*((?:[\u4e00-\u9fff]{2,3}[ \t]+)+)(?:发布时间|发布日期|时间|来源)", text[:3000]
    ):
        for part in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group(1)):
            s, e = m.start(1) + part.start(), m.start(1) + part.end()
            cand = text[s:e]
            if lex.surname_length(cand) and not _wordlike(cand) and not _weak(cand):
                add(s, e, ("记者",))

    # 7d'. names spaced apart after a page's date on its line (• 2012-05-31    覃连萍 胡正生 吴练勋), and
    # writers each after the body they are of, in brackets ((凤庆县政协:杨增伟 / 三岔河镇:段思元)): every
    # item credited, or none taken
    for m in _DATED_NAMES.finditer(text):
        items = _spaced_names(text, m, lambda x: True)
        if all(_credited(text[a:b]) for a, b in items):
            for a, b in items:
                add(a, b)
    for m in _BODY_COLON_BYLINE.finditer(text):
        at = m.start("names")
        items = [(at + p.start("name"), at + p.end("name")) for p in _COLON_NAME.finditer(m["names"])]
        if all(_credited(text[a:b]) for a, b in items):
            for a, b in items:
                add(a, b)

    # 7c. a name spaced out on a line of its own in a report's head (段  鸣, 俞 志 平)
    for m in re.finditer(r"(?m)^[ \t]*([\u4e00-\u9fff](?:[ \t]+[\u4e00-\u9fff]){1,2})[ \t]*$", text[:2000]):
        s, e = m.span(1)
        name = re.sub(r"[ \t]+", "", m.group(1))
        if lex.surname_length(name) and not _wordlike(name) and not _weak(name):
            hits[(s, e)] = PersonHit(s, e, name, ("报告人",))

    # 7. a line that is only a name, near the head (a report's byline), or glued to the salutation
    for m in re.finditer(
        r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*(?:$|(?=各位委员|各位代表|各位领导))",
        text[:2000],
    ):
        s, e = m.span(1)
        if (
            lex.surname_length(text[s:e])
            and not any(c in _NOT_NAME_CHARS for c in text[s + 1 : e])
            and not common_word(text[s : s + 2], min_freq=1000)  # 相关附 (of 相关附件): a word's start
            and not is_place_name(text[s:e])  # 贺州 alone on a page's first line: the site's place
        ):
            add(s, e, ("报告人",))

    # Names found with a post are names elsewhere in the report too (常正主持会议; 王昕指出).
    known = {h.name for h in hits.values() if h.roles or h.national or len(h.name) >= 3}
    if known:
        pattern = compile_trie(known)
        for m in pattern.finditer(text):
            s, e = m.span()
            if (s, e) in hits:
                continue
            before = text[s - 1] if s > 0 else "\n"
            glued = _HAN.match(before) and not _ends_with_verb(text, s) and before not in "、和与及由以"
            if glued and (e - s < 3 or common_word(text[s - 1 : s + 1], min_freq=1)):
                continue  # a name of three found already stands glued to the word before it (我会顾征英)
            post = _post_ending_at(text, s)
            if _can_end(text, e) or (post and e - s >= 3):
                # 市政协委员张嘉异第一个: the post right before a name of three holds it, whatever follows
                add(s, e, (_role_before(text, s - len(post), s),) if post else ())
    # 请你来协商·瓯商有话说: words joined by a dot are a brand's name, not a transliterated one
    for key in [k for k, h in hits.items() if "·" in h.name or "•" in h.name]:
        parts = re.split("[·•・‧.]", hits[key].name)
        if any(common_word(p[i : i + 2], min_freq=1000) for p in parts for i in range(len(p) - 1)):
            del hits[key]
    # a name inside a longer one found at the same place is part of it (巴拉 of 副主席呼和巴拉)
    spans = sorted(hits, key=lambda k: (k[0], -k[1]))
    inside: set[tuple[int, int]] = set()
    reach_start, reach_end = -1, -1
    for key in spans:
        if reach_start <= key[0] and key[1] <= reach_end and key != (reach_start, reach_end):
            inside.add(key)
        elif key[1] > reach_end:
            reach_start, reach_end = key
    return sorted((h for k, h in hits.items() if k not in inside), key=lambda h: (h.start, h.end))


def _listed_role(text: str, pos: int) -> str:
    """The post a list word at ``pos`` names its people by (担任政协委员名单:…), or ''."""
    post = _post_ending_at(text, pos) if text.startswith("名单", pos) else ""
    return _role_before(text, pos - len(post), pos) if post else ""


def _post_ending_at(text: str, pos: int) -> str:
    """The longest post written right before ``pos`` (委员 of 市政协委员张嘉异), or ''."""
    posts = Lexicon.load().posts
    return next((text[pos - k : pos] for k in range(min(pos, 8), 1, -1) if text[pos - k : pos] in posts), "")


def _role_after(text: str, pos: int) -> str:
    m = re.match(
        r"[\u4e00-\u9fff]{0,16}?(?:委员会)?(?:副主席|主席|副秘书长|秘书长|常务委员|常委|委员|主任|书记|市长|县长)"
        r"(?![会院部])",  # 委员 of 委员会 is no post
        text[pos:],
    )
    return m.group() if m else ""


_VERB_ENDS = (
    "贯彻",
    "学习",
    "落实",
    "深入",
    "在",
    "对",
    "向",
    "将",
    "批准",
    "通过",
    "协商",
    "讨论",
    "听取",
    "选举",
    "推选",
    "同意",
    "审议",
    "由",
    "以",
    "是",
    "为",
    "和",
    "与",
    "及",
    "请",
    "邀请",
    "陪同",
    "会见",
    "看望",
    "感谢",
    "高举",
    "坚持",
)


def _ends_with_verb(text: str, pos: int) -> bool:
    """A verb ends at ``pos``, or just before its 了 (审议批准了刘大勇同志所作的…)."""
    if text.endswith("了", 0, pos) and pos > 1 and text[pos - 2] not in "为":
        pos -= 1
    return any(text.endswith(v, 0, pos) for v in _VERB_ENDS)
