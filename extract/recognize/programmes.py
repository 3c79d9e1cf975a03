"""Proposals and initiatives: titled items, quoted programme names, and named campaigns.

- 《…》 titles: a proposal when the title is one (建议, 提案, 议案, 倡议书, or a speech given as 发言);
  an initiative when it names a plan, rule or opinion that sets up a programme (方案, 规划, 细则 …).
- 关于…的建议 without brackets, and numbered proposals (全国政协2020年4736号提案): proposals.
- The topics members spoke on (围绕A、B、C等课题作了大会发言): proposals by those members.
- “X” + a head noun (平台, 品牌, 制度, 机制 …), or “X” alone when it reads as a programme: initiatives.
- Unquoted names ending in a strong head (战略, 攻坚战, 主题教育, 学习教育, 专项斗争, 工程, 行动):
  initiatives, their left edge cut at the verb before them.
- National programmes, campaigns and strategies (``data/national_programmes.txt``: 乡村振兴战略,
  脱贫攻坚, 河长制 ...), quoted or not, under their canonical name; where an unquoted name overlaps
  one, the known name and its edges win (创新驱动发展战略, not 驱动发展战略; 河长制, not 推行河长制).
Ideological formulas and plan periods (两个确立, 十四五) are never initiatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import Lexicon, common_word, read_lines, read_table
from extract.records import EntityType
from extract.trie import compile_trie

__all__ = [
    "MEMBER_OPENS",
    "ProgrammeHit",
    "find_programmes",
    "is_national_form",
    "list_head",
    "national_programme",
    "programme_key",
]

_HAN = "\u4e00-\u9fff"
_TITLE = re.compile(r"《(?P<title>[^《》\n]{2,60})》")
_PROPOSAL_WORDS = ("建议案", "建议", "提案", "议案", "提议", "倡议书", "意见建议", "社情民意")
_PROGRAMME_TITLE_ENDS = (
    "方案",
    "规划",
    "细则",
    "简则",
    "规程",
    "意见",
    "办法",
    "条例",
    "规定",
    "规则",
    "通则",
    "准则",
    "纲要",
    "计划",
    "制度",
    "机制",
    "工作要点",
)
_SESSION_PAPER = re.compile(
    r"第[一二三四五六七八九十\d]+次|[一二三四五六七八九十]届[一二三四五六七八九十]次|选举办法|编组办法|筹备"
)
_TOPIC_AFTER = ("议题", "课题", "为题", "为主题")
_ALLIANCE = re.compile(
    r"(?:(?:[一二三四五六七八九十两百]+|\d+)[县市区旗](?:[（(][市区县旗、]{1,5}[）)])?|[县市区旗][（(][市区县旗、]{1,5}[）)]"
    r"|[（(](?:[一二三四五六七八九十两]+[省市县区旗州地]){1,4}[）)])政协"  # 洞庭湖生态经济区(四市一区)政协
    r"(?:主席|秘书长)?(?:经济|工作|文史|提案)?(?:联系会|联席会议|联席会|协作会)"
)
"""The standing alliance of several committees, counted or listed by level
(广西二十八县(市、区)政协经济联系会, “双帽”七县（市）政协联席会议)."""
_REGION_BEFORE = re.compile(r"(?:经济区|经济带|经济圈|城市群|都市圈|协作区)\Z")
"""A region an alliance of committees is named after, right before its count of members."""
_ALLIANCE_HEAD = 8
"""Most characters of the region or slogan an alliance is named after, before its count of members."""
_PLAN_PERIOD = re.compile(r"五年(?:规划|计划)|十[一二三四五六七八九]五")
_NOT_PROGRAMME_TITLE = ("决定", "报告", "决议", "讲话", "通知", "通报", "公告", "名单", "议程", "说明")
_PROPOSING_BEFORE = "|".join(
    f"(?<={verb})" for verb in ("提交了", "提交", "提出了", "提出", "带来了", "递交了", "递交", "例如")
)
_ABOUT = re.compile(
    rf"(?:(?<![《{_HAN}])|(?<=[一两几][件份条项])|{_PROPOSING_BEFORE})"
    rf"关于(?P<body>(?:(?!”、?“)[^，,。；;《》「」\n]){{4,40}}?)"
    r"(?:的(?:几点|若干)?|(?<=[^的])等)(?:系列)?(?P<what>建议案|建议|提案|提议)"
    r"|(?:^|(?<=[:：、]))关于(?P<item>[^。；;《》「」“”\n]{4,60}?)的(?:几点|若干)?(?:建议案|建议|提案|提议)"
    r"(?=[ \t]*(?:[(（]|$))",
    re.MULTILINE,
)
"""关于…的建议 without brackets (关于…的系列提案, 关于…、…等建议): after no word, a count or a verb of
proposing (提交了关于…的提案), or as a list's item, commas and all, ending its line
(4、关于推进生态养殖,改善水资源环境的建议(提案人:倪玉奎))."""
_HANDLED_IN_TITLE = re.compile(
    r"(?<=《)(?P<title>(?P<about>关于)(?P<body>(?:(?!会议|以来|年度|期间|[届次])[^《》\n]){4,50}?)"
    r"(?P<what>建议案|提案))"
    r"(?=(?:的)?(?:办理|落实|督办)(?:情况|工作)?的?(?:报告|通报|说明|汇报)》)"
)
"""A proposal named inside the title of the report on its handling (《关于…的建议案办理情况的通报》); not
the proposals of a session (《关于市政协十届一次会议以来提案办理情况的报告》)."""
# 民建荆州市委员会关于推进重点企业数字化转型、蒋萍委员关于完善…政策等建议: proposals named by their
# writer and topic in a list closed by 等建议
_WRITER_ABOUT = re.compile(
    rf"(?<=[委会员表社联部组])关于(?P<body>[^，,。；;《》\n、]{{4,40}}?)"
    rf"(?=、[{_HAN}]{{2,20}}?(?:委员会|委会|委员|代表|支社|支部|工商联|界)关于|等(?:重点)?(?:建议|提案))"
)
# A table of proposals under a header of 提案人 and 案由, one row a line: the proposer, spaces, the title
_CASE_TABLE = re.compile(
    r"(?m)^[ \t\u3000]*(?:提案人|提案者|提出者|提案单位)[ \t\u3000]+案[ \t\u3000]*由[ \t\u3000]*$"
)
_CASE_ROW = re.compile(
    r"[ \t\u3000]*(?P<who>[^\s，,。；;]{2,20})[ \t\u3000]+(?P<title>[^\s《》]{6,80}?)[ \t\u3000]*(?:\n|$)"
)
_PERIODICAL = re.compile(
    r"(?:(?!关于)[\u4e00-\u9fff]){0,8}?"
    r"(?:社情民意(?:信息|专报|快报|摘报)?|(?:专报|摘编|快报|摘报|专刊|参阅|内参))"
)
"""The title of a committee's standing publication (社情民意专报, 重要提案摘编)."""
_NUMBERED = re.compile(r"(?:全国政协|省政协|市政协|县政协)?\d{4}年(?:第)?\d+号提案")
# 就2019年区政协17号、14号、76号提案办理情况进行视察: a year's proposals by their numbers, listed
_NUMBERED_RUN = re.compile(
    r"(?P<year>\d{4})年(?:度)?(?P<body>(?:全国|省|自治区|市|州|盟|县|区|旗)政协)?"
    r"(?P<nums>第?\d+号(?:[、和及]第?\d+号)+)提案"
)
_TOPICS = re.compile(
    r"(?:分别)?围绕(?P<items>(?:(?!围绕|进行了|作了|展开|讨论)[^。；《》]){4,200}?"
    r"|(?<=分别围绕)[^。《》\n]{4,100}?[；;][^。《》\n]{4,800}?)"
    r"等?(?:热点|重点|焦点|难点)?(?:课题|议题|问题|方面|内容|主题)?[，,]?(?:作了|作|做了|做|进行了)(?:精彩|专题)?(?:大会)?发言"
)
"""Topics spoken on: 围绕A、B作了发言, 分别围绕A;B,C等方面作了大会发言 (semicolons between topics that may
hold commas of their own), and 分别围绕A,B,C等热点问题,作了精彩发言."""
_TOPICS_RUN_ON = re.compile(r"开展|报告|[，,][\u4e00-\u9fff]{2,8}?作(?!用|风|为|品)")
"""What a run of clauses holds that a list of topics does not: an activity, a report, someone speaking."""
# What proposals covered, asked or were submitted on, one topic an item (an item may hold a comma of
# its own: 以知音文化为主线打造汉阳文化IP,提升文旅夜游品质). 共提交个人提案11件,涉及加强数字政府网络安全…、
# 加强城市形象宣传和品牌、…
_TOPICS_COVERED = re.compile(
    r"提案\d*件[，,]?(?:内容|主要)?(?:涉及|包括)(?P<items>[^。；;:：《》]{4,200}?、[^。；;:：《》]{4,400}?)(?=等|。|$)"
)
# 收到要求整治泉湖周边环境、搬迁二手车市场、建设泉湖公园等相关提案11件
_TOPICS_ASKED = re.compile(
    r"收到(?:要求|关于)?(?P<items>[^。；;，,“”《》]{4,200}?、[^。；;，,“”《》]{4,200}?)等(?:相关|方面的?)?提案"
)
# 市委会围绕养老护理、能源互联网等方面,向市政协提交了3件集体提案
_TOPICS_SUBMITTED = re.compile(
    r"围绕(?P<items>[^。；;，,“”《》]{4,200}?、[^。；;，,“”《》]{4,200}?)等方面[，,]?(?:向[^。；;，,]{2,12})?"
    r"提交了?[0-9一二三四五六七八九十]*件(?:集体|党派)?提案"
)
_WHOLE_ITEMS = (_TOPICS_COVERED, _TOPICS_ASKED, _TOPICS_SUBMITTED)
"""The lists whose items are split at 、 alone."""
# 8位同志在会上发言。他们分别就加强民间融资监管、…、不断提高职教发展水平等进行发言
_TOPICS_EACH = re.compile(
    r"分别就(?P<items>[^。；;“”《》]{4,200}?、[^。；;“”《》]{4,200}?)等(?:方面|问题|议题)?(?:进行了?|作了?|做了?)(?:大会)?发言"
)
# 5位委员分别就深化农村改革、助力延边绿色发展…等方面提出了…建议; 许多提案如构建全市物流公共信息平台、
# …、疏导交通拥堵等提案都得到了较好落实
_TOPICS_RAISED = re.compile(
    r"(?:委员(?:们)?(?:分别)?就|提案如)(?P<items>[^。；;]{4,200}?、[^。；;]{4,200}?)等(?:方面|问题|提案)"
    r"(?=[^。；;]{0,12}(?:提出|建议|提案|落实|办理|得到))"
)
# 胡汉军、赵璐冰5位政协委员先后发言,分别就创新合作打造…新动能、北京第三代半导体产业发展…等方面积极建言献策
_TOPICS_SPOKEN = re.compile(
    r"委员[^。；;]{0,60}?(?:分别[就从]|(?<=[，,])从(?![^。；;]{0,12}到))"
    r"(?P<items>[^。；;“”]{4,200}?、[^。；;“”]{4,200}?|(?<=分别从)[^。；;“”]{4,100}?[；;][^。；;“”]{4,100}?)"
    r"等(?:多个|几个)?(?:方面|问题)(?:内容)?(?=[^。；;]{0,12}(?:建言|发言|提出|建议|作了|进行了))"
)
_SHORTEST_TOPIC = {
    _TOPICS: 4, _TOPICS_EACH: 4, _TOPICS_SUBMITTED: 4,
    _TOPICS_SPOKEN: 5, _TOPICS_COVERED: 5, _TOPICS_ASKED: 5,
}
"""The length a list's shortest item must reach for its items to be topics, not fields (卫生、环保)."""
# 经济建设方面的提案59件…。主要有:重视规上企业培育、发展山地生态农业…等: the proposals of a kind, listed
_TOPICS_LISTED = re.compile(
    r"(?<=提案)[^。；;\n]{0,40}。?主要有[:：](?P<items>[^。；;\n]{4,400}?、[^。；;\n]{4,400}?)(?=等|。)"
)
# 共提出提案181件。如关于完善科技创新服务体系、建立大数据共建共享机制…: proposals given as examples
_TOPICS_EXAMPLES = re.compile(
    r"提案[^。；;]{0,16}[。，,；;]如(?P<items>关于[^。；;\n]{4,200}?、[^。；;\n]{4,200}?)(?=等|[。；;\n]|$)"
)
# 农工党邯郸市委和焦清海等委员提出的加强医务工作者职业防护、构建传染病防控网等建议: the topics raised
_TOPICS_PROPOSED = re.compile(
    r"(?<!提案)(?<!报告)提出(?:的|了)(?P<items>[^。；;，,“”《》]{4,200}?、[^。；;，,“”《》]{4,200}?"
    r"|[^。；;，,《》]{4,200}?、[^。；;，,《》]{4,200}?(?=等[0-9一二三四五六七八九十]+件))"
    r"等(?:[0-9一二三四五六七八九十]+件)?(?:重点)?(?:建议案|建议|提案|意见建议)"
)
"""What members proposed (付丽红等委员提出的A、B等建议); not what a proposal or a study report puts forward
(采纳提案提出的A、B等建议: the proposal is named already)."""
# 主要建议包括强化服务理念,推动经济发展;加大金融扶持力度,促进小微企业发展;…: topics of two clauses each,
# apart by semicolons
_TOPICS_INCLUDED = re.compile(
    r"(?:(?:主要|重点)(?:建议|提案)|所提(?:建议|提案))(?:包括|有|涉及)[:：]?(?P<items>[^。；;\n]{4,40}(?:[；;][^。；;\n]{4,40}){1,12})"
    r"(?=[。\n]|等|$)"
)
_MEMBERS_OFFICE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[、和及与的在])|(?<=建设|建成|打造|依托|通过|设立|成立|开展|推进|用好|建好|发挥|深化))"
    r"(?P<name>(?:政协)?委员(?:工作室|工作站|议事室|活动室|联络站)|社情民意信息联系点)"
    r"(?![\u4e00-\u9fff]{0,2}(?:主任|站长|负责人|建设))"
)
"""The members' offices of a committee by their common name, standing as a name of their own (建好用好
委员工作室, 政协委员工作站、委员议事室), not a named one's tail (陈建飞委员工作室) nor before its head
(工作室主任)."""
_NUMBERED_SET = re.compile(
    rf"[一二三四五六七八九十]+大(?!批)(?P<stem>[{_HAN}]{{0,4}}?)"
    r"(?:工程|行动|专项行动|品牌|计划|战略举措|战略|举措|任务|攻坚战|平台)"
)
_COUNTED_THINGS = (
    "项目", "工作", "方面", "问题", "环节", "领域", "阶段", "层面", "部门", "单位", "会议", "文件",
    "建议", "提案",
)
"""What a number counts in plain prose (推进三个项目, 落实两项工作): no named set of tasks."""
# 扎实做好六篇文章、加快推进六个攻坚突破; 办好两件大事: a numbered set of tasks after a verb of doing, closed
# by punctuation or a conjunction
_NUMBERED_TASKS = re.compile(
    r"(?:做好|办好|抓好|推进|实施|建设|打造|完成|完成好|落实|聚焦|围绕|扛起|实现|提升|突出)"
    rf"(?P<name>[二三四五六七八九十两](?:个|篇|件|项|大)(?P<stem>(?:(?![的和与及了是在])[{_HAN}]){{2,4}}?))"
    r"(?=[、，,。；;和与及]|$)"
)
_HAN_RE = re.compile(rf"[{_HAN}]")
_BIG_VERBS = re.compile(rf"大[{_HAN}]{{2}}(?:、大[{_HAN}]{{2}}){{2,}}")
_CPPCC_BRAND = re.compile(
    r"(?:智慧|智库|书香|数字|网上|掌上|阳光|法治|活力|清廉)政协(?!委员|主席|党组|机关|常委)"
)
# 定力政协、智力政协、合力政协、活力政协建设: a run of qualities of the CPPCC to build, each a brand
_CPPCC_BRAND_RUN = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=推进|打造|建设|争创|创建|推动|围绕|聚焦))(?P<run>(?:[{_HAN}]{{2}}政协、){{2,6}}[{_HAN}]{{2}}政协)"
    r"(?:建设|品牌)?"
)
_CPPCC_QUALITY = re.compile(rf"(?<![{_HAN}])(?P<brand>[{_HAN}]{{2}}政协)建设")
_NOT_QUALITY_START = frozenset("省市县区州旗盟各全本我该两这其")
_NO_QUALITY = frozenset(("基层", "地方", "人民", "自身", "加强", "推进", "推动", "加快"))
"""Words before 政协建设 that name whose committees or a verb, not a quality (基层政协建设, 加强政协建设)."""
# 第九届三江茶马文化艺术节, 第三届黄河文化论坛: a numbered series of events, named after its number
_EVENT_SERIES = re.compile(
    rf"第[一二三四五六七八九十百\d]+届(?P<name>[{_HAN}·]{{2,14}}?"
    r"(?:文化节|艺术节|旅游节|美食节|音乐节|电影节|博览会|交易会|洽谈会|论坛|大赛|运动会|峰会|年会))"
    rf"(?![{_HAN}]{{0,1}}(?:组委会|委员会|秘书处))"
)
# 实施全面振兴新突破三年行动, 实施规上企业智能化改造和数字化转型三年行动计划: a plan of years
_YEARS_ACTION = re.compile(
    rf"(?<=实施|推进|启动|开展|落实)(?P<name>[{_HAN}]{{4,24}}?[一二三四五六七八九十两]年(?:专项)?行动(?:计划|方案)?)"
)
_THEMED_YEARS = re.compile(
    rf"(?:(?<=[是为：:，,])|^)(?P<run>(?:(?![一二三四五六七八九十两今明去前])[{_HAN}]{{4}}年、)+"
    rf"(?![一二三四五六七八九十两今明去前])[{_HAN}]{{4}}年)(?=[。，,；;]|$)",
    re.MULTILINE,
)
"""Two or more themed years in a list, each four characters and 年 (战略拓展年、克难攻坚年)."""
_OWN_PLACE = re.compile("(?:我|全|本)[省市县区州旗盟]")
_QUOTED = re.compile(r"[“\"‘](?P<name>[^“”\"‘’\n]{2,40})[”\"’]")
_PUN_QUOTED = re.compile(r"“(?P<name>[^“”‘’\n]{0,8}(?:‘[^“”‘’\n]{1,4}’[^“”‘’\n]{0,8}){1,2})”")
"""A short quoted name with a pun marked inside it by single quotes (“邀你商‘陶’”, “‘菏’你协商”)."""
# “扩大绿色能源应用”“提升智慧城市安全治理能力”等提案; 「…」、「…」等提案: quoted titles of proposals
_TITLES = (
    r"(?P<items>(?:(?:《[^《》\n]{4,60}》|[“「\"][^“”「」\"\n]{4,40}[”」\"])"
    r"(?:[、，, ]|和(?=[《“「]))?){1,10})"
)
"""One to ten titles in 《》, “” or 「」, one after another."""
# …》和《…》(并案)的集体提案: a note in brackets and a kind of proposal may stand between
_QUOTED_PROPOSALS = re.compile(
    _TITLES + r"(?:[（(][^（）()\n]{1,6}[）)])?(?:等|的|这些)[\u4e00-\u9fff]{0,4}?(?:提案|建议案|议案)"
)
# 委员就《…》、《…》等作了大会发言: titles of the speeches members gave
_SPOKEN_TITLES = re.compile(_TITLES + r"等?(?:作了|作|做了|做)(?:大会|书面|口头)?发言")
# 代表发言题为“…”; 做了“关于加快发展高中教育…”的发言: a speech's quoted title
_SPEECH_TITLED = (
    re.compile(r"(?:发言|提案)题为(?P<items>[“「][^“”「」\n]{4,40}[”」])"),
    re.compile(r"(?:题为|作了|做了)(?P<items>[“「][^“”「」\n]{4,40}[”」])的(?:大会|书面|口头|交流)?发言"),
)
_PROPOSALS_ARE = re.compile(
    r"提案[,，:：]?(?:分别(?:为|是)[:：]?|是[:：]?|为[:：])"  # not 撰写提案,为“…”做出贡献
    rf"(?:{_TITLES}|(?P<about>关于[^。；;“”\n]{{4,40}}?)(?=[。；;”]))"
)
_QUOTED_ITEM = re.compile(r"《(?P<title>[^《》\n]{4,60})》|[“「\"](?P<name>[^“”「」\"\n]{4,40})[”」\"]")
# 数字平阴, 美丽南宫, 平安忻州, 健康大同: a quality and a place's short name, a local programme.
_BRAND_WORDS = compile_trie(
    [
        "数字", "美丽", "平安", "健康", "智慧", "幸福", "文明", "法治", "生态", "活力", "书香", "魅力",
        "繁荣", "和谐", "富裕", "富强", "宜居", "开放", "创新", "绿色", "人文", "清廉", "诚信", "品质",
        "秀美", "壮美", "美好", "富庶", "绿美", "团结", "现代化",
    ]
).pattern
"""Qualities a place's brand is made of, as one trie (no word of them starts another)."""
# 数字大同, 美丽繁荣和谐平果: a place's brand, one to six qualities (and 新) before the place's name
_PLACE_BRAND = re.compile(
    rf"(?:{_BRAND_WORDS}){{1,6}}[新大]?(?P<place>[{_HAN}]{{2,3}}?)(?=建设|作出|[等和与及的而]|[^{_HAN}]|$)"
)
# 建设美丽宿松具有…: after a verb of building, a brand and a place's name need no boundary after them
_BUILT_PLACE_BRAND = re.compile(rf"(?<=建设|打造|创建|争创|建成)(?:{_BRAND_WORDS}){{1,6}}[新大]?")
_LONG_PLACE_BRAND = re.compile(rf"(?:新时代)?(?:{_BRAND_WORDS}){{2,6}}(?:现代化)?新?")
_GOAL_KIND = (
    "典范城市|中心城市|国际城市|城市|新城区|城区|新城|先行区|示范区|强市|强县|强区|强州|强旗|名城|之都|排头兵|先行者"
)
_GOAL_PLACE = re.compile(
    rf"(?:加快|奋力|全面|着力|努力|全力)?(?:建设|打造|建成|创建|争创)(?P<goal>(?:(?![的和与及是为在把])[{_HAN}]){{2,12}}?"
    rf"(?P<kind>{_GOAL_KIND})(?:和(?:(?![的和与及是为在把])[{_HAN}]){{2,10}}?(?:{_GOAL_KIND}))?)"
    rf"(?![{_HAN}]{{0,1}}(?:建设|工作|发展|的|群|圈|带))"
)
_PLACE_BRAND_AFTER = re.compile(rf"、?(?:新时代)?(?:{_BRAND_WORDS}){{1,6}}新?")
# 全国民族团结进步示范州, 国家生态文明建设示范县, 省级森林城市: a national or provincial title a place
# works for, a programme of its own
_TITLE_SOUGHT = re.compile(
    rf"(?:全国|国家级|国家|省级)(?:(?![和与及])[{_HAN}]){{2,14}}?(?:示范(?:县|区|州|市|城市|旗)|森林城市|文明城市|卫生城市|园林城市|保护区)"
    rf"(?![{_HAN}]?(?:建设|创建)?[{_HAN}]{{0,1}}[局办])"
)
_BRAND_AFTER = (
    "建设", "打造", "推进", "创建", "争创", "建成", "深化", "共建", "共创", "助力", "服务", "加快", "奋力",
    "全力", "构建", "为", "向", "围绕", "聚焦", "推动", "时代", "的",
)
"""Where a place brand may start inside a run of characters: after these (建设平安吉安, 为美丽平果)."""


def _word_more_than_place(text: str) -> bool:
    """绿色通道, 和平: a county's short name that is mostly an ordinary word (not 杭州, 大同)."""
    from extract.gazetteer import Gazetteer

    divisions = Gazetteer.load().lookup(text)
    return all(d.level == "County" for d in divisions) and common_word(text, min_freq=300)


def _brand_may_start(view: str, start: int) -> bool:
    """A place brand starts after a non-character or one of ``_BRAND_AFTER`` (建设平安吉安)."""
    return not start or not _HAN_RE.match(view[start - 1]) or view.endswith(_BRAND_AFTER, 0, start)


def _place_name_at(view: str, pos: int) -> str:
    """The name of a place (three characters, else two) starting at ``pos``, or ''."""
    return next((name for name in (view[pos : pos + 3], view[pos : pos + 2]) if is_place_name(name)), "")


def _brand_place_end(view: str, pos: int) -> int:
    """Where the place a brand or slogan builds ends, its name starting at ``pos``; 0 if no place
    (or one that is mostly an ordinary word) starts there."""
    place = _place_name_at(view, pos)
    return pos + len(place) if place and not _word_more_than_place(place) else 0


def _alliance_start(view: str, at: int) -> int | None:
    """Where an alliance's name starts before its count at ``at``: at the slogan quoted right before it
    (“双帽”七县), or at the farthest place name or province's one-character name within reach
    (广西二十八县, 湘鄂黔渝边区县); None when neither is there (区政协联席会: one committee's meeting)."""
    from extract.gazetteer import province_abbreviations

    if view[at - 1 : at] in ("”", "\""):
        opened = max(view.rfind("“", max(0, at - 12), at - 1), view.rfind("\"", max(0, at - 12), at - 1))
        return opened if opened >= 0 else None
    if _REGION_BEFORE.search(view, max(0, at - _EDGE_REACH), at):
        # 洞庭湖生态经济区(四市一区)政协主席联席会议: the region its members make up, from its left edge
        start = _left_edge(view, at, Lexicon.load())
        if start is not None and at - start >= 4:
            return start
    for start in range(max(0, at - _ALLIANCE_HEAD), at):
        head = view[start:at]
        if not re.fullmatch(rf"[{_HAN}]+", head):
            continue
        if is_place_name(head[:2]) or is_place_name(head[:3]) or head[0] in province_abbreviations():
            return start
    return None


def is_place_name(text: str) -> bool:
    """Whether ``text`` is the name or short name of a division."""
    from extract.gazetteer import Gazetteer

    return bool(Gazetteer.load().lookup(text))


# 18个大型水利工程, 一项系统工程, 一部分工程: counts and generic phrases, not names
_COUNTED = re.compile(r"[0-9一二三四五六七八九十百千两几多数]+[个项座批条种类部]|一|这|该|各|本|其")
_QUANTITY = re.compile(r"[0-9一二三四五六七八九十百千两几多数]+[个项座批条种类部]")


_COUNT_OF_ONE_KIND = re.compile(rf"[0-9]+[{_HAN}]")
"""A number and one character (1路, 18馆): a count of things, not a programme's name."""


def _count_of_one_kind(label: str) -> bool:
    return _COUNT_OF_ONE_KIND.fullmatch(label.strip("“”")) is not None


def _counted(name: str) -> bool:
    """A count, not a name: 18个大型水利工程, 再开工15项重大水利工程, 一项系统工程."""
    return bool(_COUNTED.match(name) or _QUANTITY.search(name))


def _generic(stem: str) -> bool:
    """A stem made only of generic modifiers (重点, 国家重大) names no particular programme."""
    words = _generic_words()
    i = 0
    while i < len(stem):
        word = next((w for w in words if stem.startswith(w, i)), None)
        if word is None:
            return False
        i += len(word)
    return True


@cache
def _generic_words() -> tuple[str, ...]:
    return tuple(sorted(read_lines("generic_modifiers.txt"), key=len, reverse=True))


_STUDY_REPORT = re.compile(r"(?:调研|视察|考察|调查|协商)(?:情况)?的?报告$")
"""The end of a study's title: 调研报告, …监督性视察的报告, …界别协商情况的报告."""
_DRAFT = re.compile(
    r"[（(](?:审议稿|草案|征求意见稿|送审稿|讨论稿|代拟稿|修订稿|修订草案|修订|试行|暂行)[）)]$"
)
# 《…》的大会发言; 《…》等16件优秀提案: a title said to be a speech or a proposal after it
_SPEECH_TITLE_AFTER = re.compile(
    r"(?:[、，,和及]?《[^《》\n]{2,80}》)*"  # 《A》《B》作大会书面发言: every title of the run
    r"(?:的?(?:作了?|做了?)?(?:大会)?(?:书面|口头|即席)?发言|等[0-9一二三四五六七八九十百]+件[\u4e00-\u9fff]{0,6}(?:提案|建议)"
    r"|[^。；;《》]{0,6}评为(?:优秀|重点)(?:提案|建议)|为(?:主)?题(?![，,]?(?:进行了?)?(?:报道|刊发|刊登|撰文|播出|发表)))"
)
_LISTED = re.compile(
    r"(?m)^[ \t\u3000]*[0-9]{1,3}[、.．][ \t\u3000]*"
    r"(?P<title>[^\n《》“”]{4,60}?的(?:建议案|建议|提案|提议))[ \t\u3000]*$"
)
# 共提交了三份提案,分别是:⏎1、城市规划和设计要体现“以人为本”⏎2、…: the numbered lines after a list's head
_LIST_OF_PROPOSALS = re.compile(r"(?:提案|建议)[，,]?(?:分别(?:是|为)|如下)[:：][ \t\u3000]*\n")
_NUMBERED_LINE = re.compile(
    r"[ \t\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．][ \t\u3000]*"
    r"(?P<title>[^\n。；;]{4,60}?)[ \t\u3000]*(?:\n|$)"
)


def list_head(view: str, at: int) -> int | None:
    r"""Where the head of the numbered list of proposals holding the line at ``at`` starts (提案,分别是:),
    or None when that line is no item of such a list.

    >>> list_head("他提交了两份提案,分别是:\n1、加强管理\n2、改善服务", 20)
    6
    """
    line = view.rfind("\n", 0, at) + 1
    while line > 0 and _NUMBERED_LINE.fullmatch(view, line, view.find("\n", line) + 1 or len(view)):
        head = _LIST_OF_PROPOSALS.search(view, view.rfind("\n", 0, line - 1) + 1, line)
        if head is not None and head.end() == line:
            return head.start()
        line = view.rfind("\n", 0, line - 1) + 1
    return None


_MEMBER_SUGGESTS = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}委员建议[:：]?(?!一是|首先|第一)"
    r"(?P<topic>[^，。；;,\n“”:：]{4,24}(?:“[^”]{2,10}”)?)(?=[，。；;,\n]|$)"
)
_MEMBER_SPOKE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=政协))委员(?P<name>(?:(?![们的等和与及对在])[\u4e00-\u9fff]){2,3}?)"
    r"(?:就(?P<on>[^，。；;,\n“”《》]{4,24}?)提出了?(?:[0-9一二三四五六七八九十几两]+[点条])?(?:意见)?建议"
    r"|作了(?P<spoke>[^，。；;,\n“”《》]{4,30}?)的(?:大会)?发言"
    r"|提出了?(?P<raised>[^，。；;,\n“”《》]{4,30}?)的(?:建议|设想)"
    r"|(?:在发言中)?(?:建议|提议|期望|呼吁)[，,]?要?(?!一是|首先|第一)(?P<urged>(?:[^，。；;,\n“”《》]|“[^”\n]{1,12}”){4,24}?)的?"
    r"(?=[，。；;,\n]|$))"
)
# 安久维委员作了关于…的发言, 宫伏山委员提出了加强耕地保护和加强…建设的建议: the member named before 委员
_MEMBER_FIRST_SPOKE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[，,。；;]))[\u4e00-\u9fff]{2,3}委员"
    r"(?:作了(?P<spoke>[^，。；;,\n“”《》]{4,40}?)的(?:大会)?发言|提出了?(?P<raised>[^，。；;,\n“”《》]{4,60}?)的(?:建议|设想))"
)
# 就发挥律师队伍的专业优势,助推市域社会治理现代化,委员张龙提出了5条具体建议: the topic before the member
_MEMBER_SPOKE_BEFORE = re.compile(
    r"(?:(?<=[，。；;,\n])|^)就(?P<on>[^。；;\n“”《》]{4,40}?)[，,]委员(?:(?![们的等和与及对在])[\u4e00-\u9fff]){2,3}?"
    r"提出了?(?:[0-9一二三四五六七八九十几两]+[点条])?(?:具体)?(?:意见)?建议"
)
"""What a member named after their post spoke on or proposed (委员许左琴就精准扶贫工作提出三点建议,
委员沈蓉作了发展城市公共交通的发言, 委员何方艳建议进一步加强师资队伍建设)."""
_SPEECH_VERBS = "发言|建议|提案|撰写|提交|题为|作了|做了"
_SPEECH_TITLE_BEFORE = re.compile(
    rf"(?:{_SPEECH_VERBS})[^。]{{0,12}}$|提出的$|[{_HAN}]{{2,3}}委员的$"
    rf"|(?:{_SPEECH_VERBS}|提出的)《[^《》\n]{{2,80}}》[、，,和及]?$"
)
"""What comes before a member's title: a verb of writing or speaking, right before it or before the
title before it in a run (提出的《A》《B》), or the member's name (许建华委员的《…》)."""
# 这20件优秀提案分别为：市民革《…》，市民盟《…》: every title of the sentence is one of the proposals
_PROPOSALS_LISTED = re.compile(r"(?:提案|建议)(?:分别(?:为|是)|(?:为|是|有|包括)[:：])")


def _in_proposal_list(view: str, start: int) -> bool:
    """Whether the sentence holding ``start`` announced, before it, a list of proposals."""
    opened = max(view.rfind(c, max(0, start - 600), start) for c in "。；;\n") + 1
    return _PROPOSALS_LISTED.search(view, opened, start) is not None


@dataclass(frozen=True, slots=True)
class ProgrammeHit:
    """A proposal or initiative found in the text."""

    start: int
    end: int
    type: EntityType
    label: str
    """Canonical name (the whole name, head noun included)."""
    aliases: tuple[str, ...] = ()
    """Other forms: the quoted core without its head noun, the title without brackets."""


def programme_key(type_: EntityType, label: str) -> str:
    """Key of a proposal or initiative: the same name is the same thing in every report."""
    core = re.sub(r"[\s“”\"‘’《》「」]", "", label)
    core = re.sub(r"[，,、]", "、", core)  # 产业兴县,科学发展 and 产业兴县、科学发展 are one name
    return f"{'proposal' if type_ is EntityType.PROPOSAL else 'initiative'}/{core}"


def find_programmes(view: str) -> list[ProgrammeHit]:
    """Every proposal and initiative named in a text (the recogniser's view of it)."""
    lex = Lexicon.load()
    hits: list[ProgrammeHit] = []

    undecided: list[re.Match[str]] = []  # titles no rule took, nor any rule set aside
    for m in _TITLE.finditer(view):
        title = m["title"].strip()
        bare = _DRAFT.sub("", title)
        if _STUDY_REPORT.search(bare):
            # 《关于我市生活垃圾分类工作情况的调研报告》: a study the committee puts forward
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m.group(), (title,)))
            continue
        if bare.endswith(_NOT_PROGRAMME_TITLE):
            continue  # a report, decision or list, even one about proposals (…提案工作情况的报告)
        if _SESSION_PAPER.search(title):
            continue  # a session's own papers (选举办法, 编组办法, 筹备工作方案) set up no programme
        if _PERIODICAL.fullmatch(bare):
            # 《社情民意》, 《社情民意专报》, 《重要提案摘编》: a standing publication, not one item
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group(), (title,)))
            continue
        listed = _in_proposal_list(view, m.start())  # …提案分别为：《加快建立我市长期护理保险制度》
        programme = bare.endswith(_PROGRAMME_TITLE_ENDS) and not bare.endswith(_PROPOSAL_WORDS) and not listed
        if programme and (_PLAN_PERIOD.search(bare) or bare in (*_PROGRAMME_TITLE_ENDS, "纲要")):
            continue  # nor does a plan for a period (第十三个五年规划纲要) or a bare kind (《纲要(草案)》)
        if not programme and (
            _is_proposal_title(title)
            or _SPEECH_TITLE_BEFORE.search(view, max(0, m.start() - 100), m.start())
            or _SPEECH_TITLE_AFTER.match(view, m.end())
            or listed
        ):
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m.group(), (title,)))
        elif programme:
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group(), (title,)))
        else:
            undecided.append(m)
    hits += _run_mates(view, undecided, hits)

    # 5、加快推进我市分布式光伏发电产业的建议: a numbered line that is a proposal's title
    for m in _LISTED.finditer(view):
        hits.append(ProgrammeHit(m.start("title"), m.end("title"), EntityType.PROPOSAL, m["title"]))
    for head in _LIST_OF_PROPOSALS.finditer(view):
        at = head.end()
        while (line := _NUMBERED_LINE.match(view, at)) is not None:
            title = line["title"]
            if not title.startswith(("《", "“")) or not title.endswith(("》", "”")):
                hits.append(ProgrammeHit(line.start("title"), line.end("title"), EntityType.PROPOSAL, title))
            at = line.end()
    # 翟昆鹏委员建议加快我市民营经济发展: what a member proposes, up to the clause's end
    for m in _MEMBER_SUGGESTS.finditer(view):
        hits.append(ProgrammeHit(m.start("topic"), m.end("topic"), EntityType.PROPOSAL, m["topic"]))
    for m in _MEMBER_SPOKE.finditer(view) if "委员" in view else ():
        if not lex.surname_length(m["name"]) or common_word(m["name"][-2:], min_freq=100):
            continue  # 政协委员共提交建议: no member's name after 委员
        group = next(g for g in ("on", "spoke", "raised", "urged") if m[g])
        hits.append(ProgrammeHit(m.start(group), m.end(group), EntityType.PROPOSAL, m[group]))
    for m in _MEMBER_FIRST_SPOKE.finditer(view) if "委员" in view else ():
        group = "spoke" if m["spoke"] else "raised"
        at = m.start(group)
        parts = m[group].split("和") if group == "raised" else [m[group]]
        if len(parts) == 2 and min(map(len, parts)) >= 4:  # 加强耕地保护和加强…建设: two topics
            hits.append(ProgrammeHit(at, at + len(parts[0]), EntityType.PROPOSAL, parts[0]))
            at += len(parts[0]) + 1
            hits.append(ProgrammeHit(at, at + len(parts[1]), EntityType.PROPOSAL, parts[1]))
        else:
            hits.append(ProgrammeHit(m.start(group), m.end(group), EntityType.PROPOSAL, m[group]))
    for m in _MEMBER_SPOKE_BEFORE.finditer(view) if "委员" in view else ():
        hits.append(ProgrammeHit(m.start("on"), m.end("on"), EntityType.PROPOSAL, m["on"]))
    for m in _ABOUT.finditer(view):
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m.group()))
    for m in _HANDLED_IN_TITLE.finditer(view) if "办理" in view or "督办" in view or "落实" in view else ():
        bare = m["body"] + m["what"]  # without 关于, as reports write it too
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m["title"], (bare,)))
    for m in _WRITER_ABOUT.finditer(view) if "等" in view else ():
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m.group()))
    for table in _CASE_TABLE.finditer(view) if "案" in view else ():
        at = table.end()
        while True:
            while view.startswith("\n", at):
                at += 1
            row = _CASE_ROW.match(view, at)
            if row is None:
                break
            hits.append(ProgrammeHit(row.start("title"), row.end("title"), EntityType.PROPOSAL, row["title"]))
            at = row.end()
    for m in _NUMBERED.finditer(view):
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m.group()))
    for m in _NUMBERED_RUN.finditer(view) if "号" in view else ():
        for n in re.finditer(r"第?(\d+)号", m["nums"]):
            s, e = m.start("nums") + n.start(), m.start("nums") + n.end()
            label = f"{m['body'] or ''}{m['year']}年{n[1]}号提案"  # 区政协2019年17号提案
            hits.append(ProgrammeHit(s, e, EntityType.PROPOSAL, label, (f"{n[1]}号提案",)))
    topics = (_TOPICS, _TOPICS_RAISED, _TOPICS_PROPOSED, _TOPICS_EXAMPLES, _TOPICS_SPOKEN, _TOPICS_LISTED)
    topics += (_TOPICS_EACH, *_WHOLE_ITEMS)
    for m in [m for regex in topics for m in regex.finditer(view)]:
        # 分别从A;B,C等方面: items a semicolon parts may hold commas of their own
        separators = "；;" if re.search("[；;]", m["items"]) else "、" if m.re in _WHOLE_ITEMS else "、，,"
        shortest = min(len(x.strip()) for x in re.split(f"[{separators}]", m["items"]))
        if shortest < _SHORTEST_TOPIC.get(m.re, 0):
            continue  # 从发展蔬菜产业、油茶产业等方面, 围绕卫生、环保等领域, 涉及经济发展、城市环境: fields
        if m.re is _TOPICS and _TOPICS_RUN_ON.search(m["items"]):
            continue  # 围绕“…”开展专题协商议政,巴庚明作…报告,部分委员作大会发言: clauses, no list of topics
        if m.re in (_TOPICS, _TOPICS_EACH) and "题为《" in view[m.end() : m.end() + 120].split("\n")[0]:
            continue  # 围绕A、B等问题作了发言。李应权委员作了题为《…》的发言: the titles to come name them
        if re.match(r"[我全本][省市县区州旗]", m["items"]) and not re.search("[、，,]", m["items"]):
            continue  # 围绕我市经济社会发展进行了发言: the place's affairs at large, no topic
        if re.fullmatch(r"(?:协商|会议|活动|调研|视察)?(?:主题|议题|课题)", m["items"].strip()):
            continue  # 围绕协商主题进行了发言: the meeting's theme named before, no topic of its own
        start = m.start("items")
        for part in re.finditer(f"[^{separators}]+", m["items"]):
            topic = part.group().strip()
            if 4 <= len(topic) <= (24 if separators == "、，," else 30):
                s = start + part.start()
                hits.append(ProgrammeHit(s, s + len(part.group()), EntityType.PROPOSAL, topic))

    for m in _TOPICS_INCLUDED.finditer(view):
        start = m.start("items")
        for part in re.finditer(r"[^；;]+?(?=等?$|[；;])", m["items"]):
            if 4 <= len(topic := part.group().strip()) <= 30:
                s = start + part.start()
                hits.append(ProgrammeHit(s, s + len(part.group()), EntityType.PROPOSAL, topic))

    puns = _PUN_QUOTED.finditer(view) if "‘" in view else ()
    quoted = sorted((*_QUOTED.finditer(view), *puns), key=lambda m: m.start())
    for m in quoted:
        core = m["name"].strip()
        if re.fullmatch(r"十?[一二三四五六七八九]五", core):
            continue  # “十四五”规划…: a plan names a period, never a programme
        if re.search(r"[。！？!?]", core) or re.search(r"^(?:谁|怎么|如何|为何)|什么$", core):
            continue  # a sentence or a question quoted (“谁来商量”), no name
        if _committee_name(core):
            continue  # 注明来源“政协六安市委员会”“六安市政协”: a committee quoted, no programme
        if _DIRECTIVE.match(core) and _DIRECTIVE_AFTER.match(view, m.end()):
            continue  # 提出的“健全协商民主机制”重要要求: an instruction quoted, no programme
        head, end = _head_after(view, m.end(), lex)
        if (core in lex.formulas or _is_formula(core)) and (
            not head
            or head.startswith("等")
            or (core in lex.formulas and (head in _DIRECT_HEADS or head.startswith("的")))
        ):
            # “两个一百年”目标 is a formula still, and so is “两个维护”的实际行动; “两个率先”目标 is
            # a local goal
            continue
        # “五无”新甘南: the place the slogan builds
        slogan_place = not head and view.startswith(("新", "大"), m.end())
        place_end = _brand_place_end(view, m.end() + 1) if slogan_place else 0
        if not head and not slogan_place and re.fullmatch(rf"[{_HAN}]{{2,4}}", core):
            # “五宜”朝阳: a short slogan glued to the name of the place it builds, closing the phrase
            place_end = _brand_place_end(view, m.end())
            if place_end and _HAN_RE.match(view[place_end : place_end + 1]):
                place_end = 0
        if place_end:
            head, end = view[m.end() : place_end], place_end
        if head in _NAMING_HEADS or head.startswith("等"):
            # “站、室、点”等平台: the names listed are the programmes, not the kind after 等
            # “两个率先”目标, 做好“四个融合”文章: the head says what the quoted name is, not part of it
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, core))
            continue
        owner = next((o for o in _SLOGAN_OWNERS if view.endswith(o, 0, m.start())), "")
        if owner and not head and 4 <= len(core) <= 12 and _SLOGAN_TAKEN.search(
            view, max(0, m.start() - len(owner) - 8), m.start() - len(owner)
        ):
            # 落实市委“有诉必应马上办”和区委“未诉先办”: a party committee's or government's own programme
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, core))
            continue
        if not head and core.endswith("报告"):
            continue  # 完善“两个工作报告”: the reports a session hears, no programme
        if not head and view.startswith(_TOPIC_AFTER, m.end()):
            continue  # 围绕“加强物业管理,提升物业服务水平”议题: a topic of consultation, no programme
        slogan = not head and _goal_slogan(view, m.start(), core)
        if not head and not slogan and (not _reads_as_programme(core) or common_word(core, min_freq=1)):
            continue
        label = f"“{core}”{head}" if head else core
        hits.append(ProgrammeHit(m.start(), end, EntityType.INITIATIVE, label, (core,) if head else ()))
    hits += _quoted_run_mates(view, quoted, hits, lex)

    for m in _PLACE_BRAND.finditer(view):
        if not _brand_may_start(view, m.start()):
            continue
        if is_place_name(m["place"]) and not _word_more_than_place(m["place"]):
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group()))
    # a long brand (two qualities or more) is one whatever follows it (…文明平安新吴起凝聚智慧)
    # and after a verb of building, a brand and a place need no boundary after them
    long_brands = (m for m in _LONG_PLACE_BRAND.finditer(view) if _brand_may_start(view, m.start()))
    for m in (*long_brands, *_BUILT_PLACE_BRAND.finditer(view)):
        if end := _brand_place_end(view, m.end()):
            hits.append(ProgrammeHit(m.start(), end, EntityType.INITIATIVE, view[m.start() : end]))

    # 加快建设现代化国际城市, 打造世界级宜昌, 建设经济强市、美丽南宫: the kind of place a report works to
    # build, a development goal of its own
    for m in _GOAL_PLACE.finditer(view):
        goal = m["goal"]
        if _generic(goal[: -len(m["kind"])]) or _counted(goal):
            continue
        end = m.end()
        if brand := _PLACE_BRAND_AFTER.match(view, end):
            place = _place_name_at(view, brand.end())
            if place:
                end = brand.end() + len(place)
        hits.append(ProgrammeHit(m.start("goal"), end, EntityType.INITIATIVE, view[m.start("goal") : end]))

    for m in _TITLE_SOUGHT.finditer(view):
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group()))

    # 闽宁协作, 京蒙协作, 滇粤协作: the pairing of two provinces, east and west, a lasting programme
    for m in _paired_provinces().finditer(view):
        if m["pair"][0] != m["pair"][1]:
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group()))

    # 智慧政协, 书香政协: the CPPCC's own brands, quoted or not
    for m in _CPPCC_BRAND.finditer(view):
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group()))
    # 责任政协建设迈上新台阶；实干政协建设展现新作为: a quality the committee builds itself toward
    for m in _CPPCC_QUALITY.finditer(view) if "政协建设" in view else ():
        quality = m["brand"][:2]
        if quality[0] not in _NOT_QUALITY_START and quality not in _NO_QUALITY and not is_place_name(quality):
            hits.append(ProgrammeHit(m.start(), m.end("brand"), EntityType.INITIATIVE, m["brand"]))
    for m in _CPPCC_BRAND_RUN.finditer(view) if "政协、" in view else ():
        items = m["run"].split("、")
        if any(is_place_name(x[:2]) or x[0] in "省市县区州旗盟各全本我该" for x in items):
            continue  # 省政协、市政协、县政协: bodies, not brands
        at = m.start("run")
        for x in items:
            hits.append(ProgrammeHit(at, at + len(x), EntityType.INITIATIVE, x))
            at += len(x) + 1
    for m in _YEARS_ACTION.finditer(view) if "年行动" in view else ():
        if "“" not in m["name"] and "”" not in m["name"]:
            own = _OWN_PLACE.match(m["name"])  # 加速落实我市东部基础教育三年行动计划: the plan without 我市
            start, end = m.start("name") + (own.end() if own else 0), m.end("name")
            hits.append(ProgrammeHit(start, end, EntityType.INITIATIVE, view[start:end]))
    for m in _EVENT_SERIES.finditer(view) if "届" in view else ():
        hits.append(ProgrammeHit(m.start("name"), m.end("name"), EntityType.INITIATIVE, m["name"]))
    # 也是战略拓展年、克难攻坚年、深化改革年: the themed years a report names, listed
    for m in _THEMED_YEARS.finditer(view) if "年、" in view else ():
        at = m.start("run")
        for item in m["run"].split("、"):
            hits.append(ProgrammeHit(at, at + len(item), EntityType.INITIATIVE, item))
            at += len(item) + 1

    # 五大国际品牌, 九大专项行动, 十大工程: a number with 大 names a set of programmes (a count uses 个/项)
    for m in _ALLIANCE.finditer(view) if "政协" in view else ():
        if (start := _alliance_start(view, m.start())) is not None:
            hits.append(ProgrammeHit(start, m.end(), EntityType.INITIATIVE, view[start : m.end()]))
    for m in _NUMBERED_SET.finditer(view):
        after = view[m.end() : m.end() + 1]
        ordinal = m.start() and view[m.start() - 1] in "第0123456789一二三四五六七八九十"
        if ordinal or view.endswith("党的", 0, m.start()):
            continue  # 第五大, 党的十五大
        if not (_HAN_RE.match(after) and after not in "和与及等的"):
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group()))

    # 大学习、大调研、大策划、大落实: a campaign named by three or more 大 verbs, one name
    for m in _BIG_VERBS.finditer(view) if "、大" in view else ():
        verbs = [x[1:] for x in m.group().split("、")]
        if all(common_word(v, min_freq=100) for v in verbs) and 2 * sum(
            v in _CAMPAIGN_VERBS for v in verbs
        ) >= len(verbs):  # 大学习、大调研 … (not 大银行、大工业、大商业)
            hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, m.group()))

    for m in _NUMBERED_TASKS.finditer(view):
        name = m["name"]
        if name in lex.formulas or _generic(m["stem"]) or m["stem"].endswith(_COUNTED_THINGS):
            continue
        hits.append(ProgrammeHit(m.start("name"), m.end("name"), EntityType.INITIATIVE, name))

    # 建好用好政协委员工作室, 依托委员之家: the members' offices every committee runs, by their common name
    for m in _MEMBERS_OFFICE.finditer(view) if "委员" in view or "联系点" in view else ():
        bare = m["name"].removeprefix("政协")  # 政协委员工作室 and 委员工作室: one kind of office
        label, aliases = (f"政协{bare}", (bare,)) if bare.startswith("委员") else (bare, ())
        hits.append(ProgrammeHit(m.start("name"), m.end("name"), EntityType.INITIATIVE, label, aliases))

    national = _national_hits(view)
    for head, quoted_only in lex.initiative_heads.items():
        if quoted_only:
            continue
        for m in re.finditer(re.escape(head), view):
            start = _left_edge(view, m.start(), lex)
            if start is None:
                continue  # 调研长三角生态绿色一体化发展示范区: no edge within reach, so no known start
            if own := _OWN_PLACE.match(view, start, m.start()):
                start = own.end()  # 我市东部基础教育三年行动: the programme without 我市
            name = view[start : m.end()]
            if len(name) - len(head) < _MIN_STEM.get(head, 2) or (start > 0 and view[start - 1] in '”"》'):
                continue
            if any(n.start < m.end() and start < n.end for n in national):
                continue
            if view.startswith(_HEAD_GOES_ON, m.end()):
                continue  # 战略机遇期, 战略合作, 工程师: the head is part of another word
            if len(name) - len(head) < 2 and common_word(name, min_freq=1):  # 家长制
                continue
            if name in lex.formulas or not re.fullmatch(rf"[{_HAN}0-9+]+", name) or _counted(name):
                continue
            if _generic(name[: len(name) - len(head)]):
                continue
            hits.append(ProgrammeHit(start, m.end(), EntityType.INITIATIVE, name))
    hits += _speakers_topics(view)
    quoted_proposals = []
    # 三个提案，分别为“…”、“…”; 我的提案是关于县域智库建设的可行性探索
    for m in _PROPOSALS_ARE.finditer(view):
        if m["items"]:
            quoted_proposals += _titled_proposals(view, m)
        else:
            about = ProgrammeHit(m.start("about"), m.end("about"), EntityType.PROPOSAL, m["about"])
            quoted_proposals.append(about)
    speeches = (_SPOKEN_TITLES, *_SPEECH_TITLED) if "发言" in view else _SPEECH_TITLED[:1]
    spoken = [m for regex in speeches for m in regex.finditer(view)]
    for m in (*_QUOTED_PROPOSALS.finditer(view), *spoken):
        quoted_proposals += _titled_proposals(view, m)
    if quoted_proposals:  # a title quoted as a proposal is no programme of the same words
        hits = [
            h for h in hits
            if not any(q.start <= h.start and h.end <= q.end for q in quoted_proposals)
        ]
    # “1路”“9谷”“18馆”: a count of one kind of thing a plan builds, no programme
    hits = [h for h in hits if h.type is EntityType.PROPOSAL or not _count_of_one_kind(h.label)]
    return _dedupe(hits + national + quoted_proposals)


_SLOGAN_OWNERS = (
    "省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "党中央", "市政府", "县政府", "区政府",
)
_SLOGAN_TAKEN = re.compile(
    r"(?:落实|响应|贯彻|按照|围绕|实施|推进|推动|聚焦|服务|深化|践行|融入|助力|配合|”)[和与及、]?$"
)
"""What a report does with a party committee's programme just before naming it (落实市委“…”)."""
_RUN_GAP = frozenset(("", "、", "和", "及", "与"))
"""What may stand between two quoted names of one list (“微协商”“微建议”, “A”和“B”)."""
_TITLE_GAP = frozenset(("", "、", "，", ",", " ", "\u3000"))
"""What may stand between two titles of one run (《A》、《B》)."""


def _side_by_side(
    view: str, spans: list[tuple[int, int]], gaps: frozenset[str]
) -> list[list[tuple[int, int]]]:
    """``spans`` (in order) grouped into runs written side by side: only one of ``gaps`` between two
    neighbours of a run."""
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and view[runs[-1][-1][1] : span[0]] in gaps:
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _quoted_run_mates(
    view: str, quoted: list[re.Match[str]], hits: list[ProgrammeHit], lex: Lexicon
) -> list[ProgrammeHit]:
    """The other names of a run of quoted names written side by side before the kind they share,
    where one of them is taken as a programme (开展“微协商”“微建议”“微监督”活动): one list of one kind."""
    taken = {h.start for h in hits if h.type is EntityType.INITIATIVE}
    by_span = {m.span(): m for m in quoted}
    runs = [[by_span[span] for span in run] for run in _side_by_side(view, list(by_span), _RUN_GAP)]
    mates = []
    for run in runs:
        if len(run) < 2 or not any(m.start() in taken for m in run):
            continue
        if not _head_after(view, run[-1].end(), lex)[0]:
            continue  # the kind written after the last name is what makes the run one list
        for m in run:
            core = m["name"].strip()
            if m.start() in taken or core in lex.formulas or _is_formula(core):
                continue
            if not re.fullmatch(rf"[{_HAN}0-9+]+", core):
                continue  # a sentence or a list quoted, no name
            mates.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, core))
    return mates


_CLAUSE = re.compile(r"[^。；;\n]+")
_SPOKE_ON = "就|围绕|为|针对"
_PUT_FORWARD = "认为[，,]要?|(?:建议|呼吁|提出了?)[，,：:]?"
_ON_BEHALF = r"(?:代表(?P<behalf>[^，,。；;：:\s]{2,20}?)(?=提出|建议|呼吁|就|围绕|针对))?"
_SPEECH_LEAD = "(?:第一个走上发言席[，,]|在(?:大会)?发言中)?"
MEMBER_OPENS = rf"委员{_SPEECH_LEAD}{_ON_BEHALF}(?:{_SPOKE_ON}|{_PUT_FORWARD})"
"""What stands between a member and the topic of their clause (委员就, 委员认为,要,
委员代表民革淮安市委提出,)."""
_SPEAKER_CLAUSE = re.compile(
    r"[ \t\u3000]*(?:(?:随后|接着|最后|此外|同时)[，,])?(?P<name>[\u4e00-\u9fff]{2,3})委员"
    rf"{_SPEECH_LEAD}{_ON_BEHALF}"
    rf"(?:(?:{_SPOKE_ON})(?P<on>[^《》]{{4,60}}?)(?:提出了?|发表了?|作了?)(?:具体|相关|许多)?的?"
    r"(?:建议|对策|意见|真知灼见|发言)"
    rf"|(?:{_PUT_FORWARD})(?![，,])(?P<raised>[^《》]{{4,60}}?)(?:的建议)?)$"
)
"""One speaker's clause in a digest of a session's speeches: what the member spoke on, up to the
clause's end, commas and all (杜义霞委员就构建现代职业教育体系,服务区域经济高质量发展提出建议)."""


def _speakers_topics(view: str) -> list[ProgrammeHit]:
    """The topics of a digest of speeches: three or more clauses, each a member and what they spoke on
    (…;刘焱委员围绕让大运河文化带真正“活”起来“火”起来提出具体建议;岳建玲委员建议加快…,培育…新动能;)."""
    if view.count("委员") < 3:
        return []
    found = []
    for clause in _CLAUSE.finditer(view):
        m = _SPEAKER_CLAUSE.fullmatch(clause.group())
        if m is None or _LEVEL_WORD_START.match(m["name"]):
            continue
        group = "on" if m["on"] else "raised"
        topic = m[group].strip()
        if len(topic) >= 4 and not re.search(r"[我全本][省市县区州旗]经济社会发展$", topic):
            at = clause.start() + m.start(group)
            found.append(ProgrammeHit(at, at + len(m[group]), EntityType.PROPOSAL, topic))
    return found if len(found) >= 3 else []


_LEVEL_WORD_START = re.compile(r"[省市县区州旗盟]?政协|各|全体|与会|部分")
"""Words that stand where a member's name would (市政协委员, 全体委员): no one member."""


def _run_mates(view: str, undecided: list[re.Match[str]], hits: list[ProgrammeHit]) -> list[ProgrammeHit]:
    """The titles no rule took in a run of titles side by side (《A》、《B》、《C》) of which at least two
    are proposals and none a programme: proposals too (分别在《关于…的思考》、《增强本土文化自信 …》…)."""
    kinds: dict[tuple[int, int], EntityType | None] = {(h.start, h.end): h.type for h in hits}
    left = {m.span(): m for m in undecided}
    kinds.update(dict.fromkeys(left))
    mates = []
    for run in _side_by_side(view, sorted(kinds), _TITLE_GAP):
        taken = [kinds[span] for span in run]
        if taken.count(EntityType.PROPOSAL) < 2 or EntityType.INITIATIVE in taken:
            continue
        for m in (left[span] for span in run if span in left):
            title = m["title"].strip()
            mates.append(ProgrammeHit(m.start(), m.end(), EntityType.PROPOSAL, m.group(), (title,)))
    return mates


def _titled_proposals(view: str, m: re.Match[str]) -> list[ProgrammeHit]:
    """The titles in the ``items`` of ``m``, each a proposal (《…》 kept, quotation marks dropped)."""
    hits = []
    for item in _QUOTED_ITEM.finditer(view, m.start("items"), m.end("items")):
        label = item.group() if item["title"] else item["name"].strip()
        hits.append(ProgrammeHit(item.start(), item.end(), EntityType.PROPOSAL, label))
    return hits


_HEAD_GOES_ON = (
    "机遇", "性", "合作", "伙伴", "定位", "支点", "意义", "高度", "眼光", "思维", "地位", "全局",
    "谋划", "考量", "储备", "新兴", "师", "学院", "大学", "职业", "动", "领", "头", "来",
    "使命", "位置", "协作", "要地", "资源", "目标", "战术", "管理", "定力", "武器", "咨询", "对话", "研究",
    "能力", "款", "项目", "技术有限", "有限公司", "公司", "集团",
)
"""What, right after an unquoted head, makes the head part of another word."""

_MIN_STEM = {"长制": 1}
"""Characters an unquoted name needs before its head (two, unless given): 林长制, 河长制."""


@cache
def _national() -> tuple[re.Pattern[str], dict[str, str]]:
    """One trie pattern over every form of the national programmes, and form → canonical name."""
    forms: dict[str, str] = {}
    for row in read_table("national_programmes.txt"):
        canonical = row[0].strip()
        forms[canonical] = canonical
        for form in row[1].split("|") if len(row) > 1 else ():
            forms[form.strip()] = canonical
    return compile_trie(forms), forms


def is_national_form(text: str) -> bool:
    """Whether ``text`` is a form of a national programme or of CPPCC work (委员沙龙, 河长制)."""
    return text in _national()[1]


def national_programme(text: str) -> str | None:
    """The canonical name of the national programme ``text`` is a form of (海南自由贸易港 →
    海南自由贸易港建设), or None."""
    return _national()[1].get(text)


def _national_hits(view: str) -> list[ProgrammeHit]:
    pattern, forms = _national()
    hits = []
    for m in pattern.finditer(view):
        if m.start() > 0 and re.match(rf"[{_HAN}]", view[m.start() - 1]) and m.group() in _NEEDS_EDGE:
            continue
        if view.startswith(_BODY_AFTER, m.end()):
            continue  # 乡村振兴局: the name of a body, not the programme
        if _SAYING_GOES_ON.match(view, m.end()):
            continue  # 有事好商量、众人的事由众人商量: the saying, not the platform named after it
        label = forms[m.group()]
        aliases = (m.group(),) if m.group() != label else ()
        hits.append(ProgrammeHit(m.start(), m.end(), EntityType.INITIATIVE, label, aliases))
    return hits


_BODY_AFTER = ("局", "办", "厅", "部", "委", "处", "科", "站", "中心", "工作队", "研究院")
"""A programme's name followed by one of these names a body (乡村振兴局, 河长办)."""

_SAYING_GOES_ON = re.compile(r"[、，,\s]?[”\"]?[、，,\s]?众人的事")
"""The rest of the saying a CPPCC platform is named after (有事好商量，众人的事由众人商量)."""

_NEEDS_EDGE = frozenset({"湖长制"})
"""Forms that are the tail of another (河湖长制): only a name where no character comes before."""


@cache
def _paired_provinces() -> re.Pattern[str]:
    """Two provinces' one-character names before 协作 or 合作 (闽宁协作), not Hong Kong, Macao or Taiwan's."""
    from extract.gazetteer import province_abbreviations

    chars = "".join(sorted(province_abbreviations() - set("港澳台")))
    return re.compile(
        f"(?<![{chars}])(?P<pair>[{chars}]{{2}})(?:扶贫|对口)?(?:协作|合作)(?![{_HAN}]?(?:区|办|组|社|部|处|会))"
    )


def _is_proposal_title(title: str) -> bool:
    return any(w in title for w in _PROPOSAL_WORDS)


_PROGRAMME_WORDS = ("工程", "行动", "活动", "计划", "平台", "品牌", "机制", "制度")


def _is_formula(core: str) -> bool:
    # “两个确立”, “四个意识”: numbered formulas; “十四五”: plan periods
    if core.endswith(_PROGRAMME_WORDS):
        return False  # “六个工程”: numbered, but a programme
    numbered = re.fullmatch(r"[一二三四五六七八九十两]个(?P<what>[\u4e00-\u9fff]{1,6})", core)
    if numbered and _local_slogan(numbered["what"]):
        return False  # “七个岳阳”, “五个强县”: kinds of a place to build, a local programme
    if numbered and len(numbered["what"]) >= 4 and not core.startswith("一") and "不" not in core:
        return False  # “三个优势转化”, “三个努力建成”: a local goal (the national ones are listed)
    return bool(numbered) or bool(
        re.fullmatch(r"十[一二三四五六七八九]五", core)
    )


def _committee_name(core: str) -> bool:
    """A CPPCC or party committee's name (政协六安市委员会, 六安市政协, 中共X县委), not a brand ending in 政协
    (书香政协)."""
    if core.startswith(("政协", "中共", "中国人民政治协商会议")) and core.endswith(("委员会", "委")):
        return True
    owner = core[:-2]
    return core.endswith("政协") and (is_place_name(owner) or owner in ("全国", "省", "市", "县", "区"))


def _local_slogan(what: str) -> bool:
    """What a numbered slogan builds is a place: 岳阳 (七个岳阳), 强县 (五个强县), 新城."""
    if what.endswith(("县", "市", "城", "州", "区", "旗")) and len(what) >= 2:
        return True
    return any(is_place_name(what[i:]) for i in range(len(what) - 1))


_DIRECT_HEADS = frozenset({"建设", "工作", "目标", "奋斗目标", "文章", "改革", "定位"})
_NAMING_HEADS = frozenset({"目标", "奋斗目标", "文章", "定位"})
"""Heads that make a programme only right after its quoted name (“三化”建设, not “七五”期间的建设)."""


_DIRECTIVE = re.compile("健全|完善|加强|推进|推动|建立|坚持|深化|强化|提高|提升|发挥|构建")
_DIRECTIVE_AFTER = re.compile("的?(?:重要|重大|战略)?(?:要求|部署|指示|论述)")
"""An instruction quoted: its verb of policy, and the word after it that says it is one."""
_WORK_QUALIFIERS = ("协商", "议事", "议政", "履职", "实践", "主题", "民主", "服务", "学习", "提案", "工作")
"""A four-character qualifier before a head names the work (“…”政协履职品牌), not what is fought
(“台独”势力分裂活动)."""


def _head_after(view: str, pos: int, lex: Lexicon) -> tuple[str, int]:
    """The head noun right after a quoted name (“有事来商量”协商平台 → 协商平台), allowing 的."""
    j = pos + 1 if view.startswith("的", pos) else pos
    best = ""
    for head in lex.initiative_heads:
        if view.startswith(head, j) and len(head) > len(best) and not (head in _DIRECT_HEADS and j > pos):
            best = head
    if not best:
        # a one- to four-character qualifier before the head (“3815”战略发展目标, “…”政协履职品牌)
        for head in lex.initiative_heads:
            if head in _DIRECT_HEADS:
                continue
            for k in range(1, 5):
                if (
                    len(head) + k > len(best)
                    and view.startswith(head, j + k)
                    and re.fullmatch(rf"[{_HAN}]+", view[j : j + k])
                    and not any(c in "和与及的为在" for c in view[j : j + k])
                    and (k == 1 or "等" not in view[j : j + k])
                    and (k < 4 or (j == pos and any(w in view[j : j + k] for w in _WORK_QUALIFIERS)))
                ):
                    best = view[j : j + k + len(head)]
    if not best:
        return "", pos
    return view[pos : j + len(best)], j + len(best)


_CAMPAIGN_VERBS = frozenset(
    (
        "学习", "调研", "讨论", "落实", "走访", "排查", "整治", "比武", "练兵", "招商", "宣讲",
        "培训", "接访", "下访", "服务", "宣传", "协商", "监督", "开放", "改革", "发展",
    )
)
"""What a campaign named 大 + verb does (“大学习”, “大走访”); 大 before a noun is no campaign (“大老虎”)."""


# “智慧政协”, “书香政协”, “五好山阳”, “有事来商量”: a quoted name reads as a programme when it is
# short, has no sentence punctuation, and is not a plain phrase of exhortation (four-character
# pairs joined by 、).


# what a goal or strategy follows: 为“推进跨越发展，建设幸福开平”, 锚定“走在前、开新局”, 建设“宜游宜居生态县”
_GOAL_BEFORE = re.compile(
    r"(?:为|围绕|锚定|聚焦|突出|实现|实施|推进|紧扣|践行|落实|建设|打造|确定的|确立的|提出的)$"
)
_STRONG_GOAL_BEFORE = re.compile(r"(?:建设|打造|实施|锚定|紧扣|确定的|确立的|提出的)$")
_SLOGAN_PART = re.compile(rf"(?:(?![不没的了是])[{_HAN}0-9]){{2,9}}")
"""A phrase of a slogan: no negation or particle in it (a quoted sentence has them)."""


def _goal_slogan(view: str, start: int, core: str) -> bool:
    """A quoted goal or strategy the report works for: phrases joined by 、 or a comma after a verb of
    aiming (为“推进跨越发展，建设幸福开平”), or one phrase after a strong one (建设“宜游宜居生态县”)."""
    parts = re.split(r"[、，,]", core)
    if 2 <= len(parts) <= 4 and all(_SLOGAN_PART.fullmatch(p) for p in parts):
        return bool(_GOAL_BEFORE.search(view, max(0, start - 4), start))
    return (
        len(parts) == 1
        and 3 <= len(core) <= 9
        and _SLOGAN_PART.fullmatch(core) is not None
        and not common_word(core, min_freq=1)
        and bool(_STRONG_GOAL_BEFORE.search(view, max(0, start - 4), start))
    )


def _reads_as_programme(core: str) -> bool:
    core = core.replace("‘", "").replace("’", "")
    if re.fullmatch(rf"[{_HAN}]{{2,12}}(?:工作室|工作站|服务站|议事室|议事厅)", core):
        return True  # “委员联系界别群众工作室”: a members' room or station, however long its name
    if not re.fullmatch(rf"[{_HAN}0-9+·]{{2,10}}", core):
        return False
    if re.match(r"[一二三四五六七八九十百]佳", core):
        return False  # “十佳提案”: an award, no programme
    if re.fullmatch(r"\d+", core):
        # “1453”, “3113”: a code of three or more digits names a programme; a year does not
        return len(core) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", core)
    return (
        core.endswith(
            ("政协", "商量", "协商", "工程", "行动", "讲堂", "讲坛", "之家", "书院", "驿站", "超市")
        )
        or bool(re.fullmatch(rf"[一二三四五六七八九十两百千万双\d]+[{_HAN}]{{1,8}}", core))  # “双提升”
        or bool(re.fullmatch(rf"(?:[一二三四五六七八九十两]+[{_HAN}]{{1,2}})+", core))  # 三地一枢纽
        or bool(re.fullmatch(r"\d+(?:\+\d+)+", core))  # “1+1188”
        or (core[0] == "大" and core[1:] in _CAMPAIGN_VERBS)  # “大学习”, “大调研”: a campaign
        or bool(re.fullmatch(rf"[{_HAN}]{{2,4}}\+[{_HAN}]{{0,4}}", core))  # “党建+履职”, “互联网+”
        or (len(core) >= 4 and core.endswith("经验") and is_place_name(core[:-2]))  # “晋江经验”
        or (len(core) >= 4 and core.endswith("年") and not core[-2].isdigit())  # “巩固拓展年”: a year's theme
        or core.startswith(("五好", "美丽", "平安", "健康", "数字", "智慧", "幸福", "文明", "书香", "法治"))
    )


_EDGE_REACH = 10
"""Most characters an unquoted programme's name has before its head."""


def _left_edge(view: str, pos: int, lex: Lexicon) -> int | None:
    """Where an unquoted programme name ending at ``pos`` starts: after punctuation or a verb; None
    when the name would run on past ``_EDGE_REACH`` characters (its start is not known)."""
    i = pos
    limit = max(0, pos - _EDGE_REACH)
    while i > limit and re.match(rf"[{_HAN}0-9+]", view[i - 1]):
        stop = next(
            (
                w
                for w in lex.left_stops
                if view.endswith(w, 0, i) and not view.startswith(lex.left_stop_exceptions.get(w, ()), i)
            ),
            None,
        )
        if stop:
            break
        i -= 1
    if i == pos - _EDGE_REACH and i > 0 and re.match(rf"[{_HAN}0-9+]", view[i - 1]):
        return None
    return i


def _dedupe(hits: list[ProgrammeHit]) -> list[ProgrammeHit]:
    """Drop hits inside a longer hit of the same type; sort."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.type, h.label))
    kept: list[ProgrammeHit] = []
    for h in hits:
        if any(k.type == h.type and k.start <= h.start and h.end <= k.end for k in kept):
            continue
        kept.append(h)
    return kept
