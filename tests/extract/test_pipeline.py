"""The pipeline's invariants on real text."""

from pathlib import Path

import pytest

from extract.pipeline import extract_doc
from extract.read import make_doc
from extract.records import EntityType
from extract.resolve import resolve

SAMPLE = Path(__file__).parent.parent / "data" / "sample_report.txt"


@pytest.fixture(scope="module")
def result():
    return extract_doc(make_doc(SAMPLE.read_text(encoding="utf-8"), SAMPLE.name))


def _proposer_pairs(text: str, name: str) -> set[tuple[str, str]]:
    """(proposal, proposer) labels of the proposedBy links built from ``text``."""
    kb = resolve([extract_doc(make_doc(text, name))])
    return {
        (kb.entities[r.subject].label, kb.entities[r.object].label)
        for r in kb.relations
        if r.predicate.value == "proposedBy"
    }


def test_pipeline_mentions_index_the_text(result):
    text = result.doc.text
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
        s, e = m.sentence
        assert s <= m.start and m.end <= e


def test_pipeline_report_place_and_presenter(result):
    assert result.report.place == "place/611024"  # 山阳县
    assert result.report.presenter.endswith("/王昕")


def test_pipeline_is_deterministic():
    doc = make_doc(SAMPLE.read_text(encoding="utf-8"), SAMPLE.name)
    assert extract_doc(doc) == extract_doc(doc)


def test_resolve_keeps_the_forms_a_report_writes_as_names(result):
    # 县政协 in a 山阳县 report is how that report names 政协山阳县委员会
    kb = resolve([result])
    committee = kb.entities["org/cppcc/611024"]
    assert committee.label == "政协山阳县委员会"
    assert "县政协" in committee.aliases
    assert committee.docs == (result.doc.doc_id,)


def test_pipeline_joint_initiative_involves_the_places_it_names():
    text = (
        "政协大同市委员会常务委员会工作报告\n"
        "与张家口、乌兰察布、锡林郭勒三市（盟）政协联合发起“三省（区）四地”区域发展倡议。"
    )
    result = extract_doc(make_doc(text, "t.txt"))
    involved = {r.object for r in result.relations if r.predicate.value == "involvesPlace"}
    assert {"place/130700", "place/150900", "place/152500"} <= involved


def test_pipeline_an_alliance_involves_the_members_a_later_sentence_lists():
    text = (
        "为加强协作联动,决定建立洞庭湖生态经济区(四市一区)政协主席联席会议制度,并制定如下工作规则。\n"
        "联席会议成员单位由湖北省荆州市和湖南省岳阳市、常德市、益阳市、长沙市望城区政协组成;\n"
        "联席会议设召集人。"
    )
    result = extract_doc(make_doc(text, "t.txt"))
    key = "initiative/洞庭湖生态经济区(四市一区)政协主席联席会议"
    assert key in {e.key for e in result.entities}
    involved = {
        r.object for r in result.relations if r.subject == key and r.predicate.value == "involvesPlace"
    }
    assert {"place/421000", "place/430600", "place/430700", "place/430900"} <= involved


def test_pipeline_traditional_text_found_as_simplified_labels_as_written():
    text = (
        "各界新聞網訊(記者 陳雪)3月14日,吳起縣政協十屆一次會議開幕。"
        "縣政協黨組副書記梁豐代表常委會作工作報告。五年來,縣政協在中共吳起縣委的堅強領導下履職。"
    )
    kb = resolve([extract_doc(make_doc(text, "wuqi.txt"))])
    people = {e.label: e for e in kb.entities.values() if e.type.value == "Person"}
    assert set(people) == {"陳雪", "梁豐"}
    assert "梁丰" in people["梁豐"].aliases  # the simplified form as an alias
    committee = kb.entities["org/cppcc/610626"]
    assert committee.label == "政协吴起县委员会" and "吳起縣政協" in committee.aliases
    assert "org/party/610626" in kb.entities


def test_pipeline_a_programmes_short_name_in_a_traditional_text_is_a_name_as_written():
    text = "政協北京市東城區委員會開幕。立足首都“四個中心”的戰略定位,建設更可持續的“五宜”東城。"
    kb = resolve([extract_doc(make_doc(text, "dongcheng.txt"))])
    names = {n for e in kb.entities.values() if e.type.value == "Initiative" for n in (e.label, *e.aliases)}
    assert "四個中心" in names  # the quoted name alone, as the report writes it
    assert "四个中心" in names


def test_pipeline_names_in_a_glossed_text_keep_their_glosses_as_aliases():
    text = "市政協(xié)主席楊(yáng)真平代表政協(xié)湘潭市第十三屆委員會常務(wù)委員會向大會作工作報(bào)告。"
    kb = resolve([extract_doc(make_doc(text, "xiangtan.txt"))])
    person = kb.entities["person/430300/杨真平"]
    assert person.label == "楊真平" and "楊(yáng)真平" in person.aliases
    standing = kb.entities["org/cppcc/standing/430300"]
    assert standing.label == "政协湘潭市委员会常务委员会"  # the label is the name without glosses
    assert "政協(xié)湘潭市第十三屆委員會常務(wù)委員會" in standing.aliases


def test_resolve_joins_a_name_set_over_two_lines():
    text = (
        "中国人民政治协商会议\n第七届磐安县委员会常务委员会工作报告\n"
        "我受政协第七届磐安县委员会常务委员会的委托。"
    )
    kb = resolve([extract_doc(make_doc(text, "t.txt"))])
    names = [n for e in kb.entities.values() for n in (e.label, *e.aliases)]
    assert names and not [n for n in names if "\n" in n]



def test_pipeline_member_named_before_a_title_proposed_it():
    text = "政协开化县委员会表彰优秀提案。谢春峰等委员的《关于建设开化汽车城的建议》获奖。"
    result = extract_doc(make_doc(text, "t.txt"))
    [rel] = [r for r in result.relations if r.predicate.value == "proposedBy"]
    assert rel.object.endswith("/谢春峰")


def test_pipeline_quoted_name_alone_and_with_its_head_is_one_programme():
    text = "建设“五好山阳”。深入开展“五好山阳”行动。"
    result = extract_doc(make_doc(text, "t.txt"))
    keys = {m.key for m in result.mentions if m.type.value == "Initiative"}
    assert len(keys) == 1


def test_pipeline_a_members_own_proposal_names_its_proposer():
    text = "政协上海市宝山区委员会会议闭幕。在区政协的表彰中,沈勇民的个人提案《关于实施岸电建设的建议》获奖。"
    result = extract_doc(make_doc(text, "t.txt"))
    [rel] = [r for r in result.relations if r.predicate.value == "proposedBy"]
    assert rel.object.endswith("/沈勇民")


def test_pipeline_the_body_a_proposal_goes_to_is_not_its_proposer():
    text = (
        "政协中卫市委员会开幕。民进中卫市委会向市政协提交大会发言材料9篇,其中,"
        "《对标新方位 推动中卫市“一带两廊”空间发展规划落实》等5篇被选为书面交流。"
    )
    result = extract_doc(make_doc(text, "t.txt"))
    objects = [r.object for r in result.relations if r.predicate.value == "proposedBy"]
    # the branch's committee, keyed by its city whatever form names it (民进中卫市委会)
    assert objects and all(o == "org/party/中国民主促进会/640500/委员会/民进中卫市委员会" for o in objects)


def test_pipeline_own_place_is_the_longest_place_name_before_cppcc():
    text = "河西区政协十二届三次会议隆重举行。河西区政协主席出席。区政协常委会工作报告。"
    result = extract_doc(make_doc(text, "t.txt"))
    assert {m.key for m in result.mentions if m.text == "区政协常委会"} == {"org/cppcc/standing/120103"}


def test_pipeline_own_place_with_no_committee_named_follows_the_level_its_report_uses():
    text = "州政协十一届二十九次常委会召开。围绕全州中心工作,为推动临夏州经济社会发展。"
    result = extract_doc(make_doc(text, "t.txt"))
    assert {m.key for m in result.mentions if m.text == "州政协"} == {"org/cppcc/622900"}


def test_pipeline_a_former_county_name_finds_todays_city():
    text = "政协旬阳县第九届委员会第五次会议开幕。县委和县政府高度重视。"
    result = extract_doc(make_doc(text, "t.txt"))
    assert "org/cppcc/610981" in {m.key for m in result.mentions}
    assert not [m for m in result.mentions if m.key.endswith("/341523")]  # no 和县


def test_pipeline_a_terms_first_session_hears_the_standing_committee_of_the_term_before():
    text = "太和县政协十届一次会议胜利闭幕。会议审议通过了常务委员会工作报告。"
    result = extract_doc(make_doc(text, "t.txt"))
    standing = next(e for e in result.entities if e.key == "org/cppcc/standing/341222")
    assert "中国人民政治协商会议太和县第九届委员会常务委员会" in standing.aliases


def test_pipeline_the_new_term_is_no_term_one():
    text = "菏泽市政协十六届一次会议闭幕。希望新一届市政协承前启后。"
    result = extract_doc(make_doc(text, "t.txt"))
    committee = next(e for e in result.entities if e.key == "org/cppcc/371700")
    assert "政协菏泽市第十六届委员会" in committee.aliases
    assert not [a for a in committee.aliases if "第一届" in a]


def test_pipeline_a_countys_short_name_alone_does_not_make_the_own_place():
    text = "市政协召开提案督办工作会议。委员视察龙门石窟周边环境。"
    result = extract_doc(make_doc(text, "t.txt"))
    assert not [m for m in result.mentions if m.key.startswith("org/cppcc/4413")]  # not 惠州 by 龙门


def _proposed_by(text: str) -> dict[str, list[str]]:
    result = extract_doc(make_doc(text, "t.txt"))
    labels = {e.key: e.label for e in result.entities}
    found: dict[str, list[str]] = {}
    for r in result.relations:
        if r.predicate.value == "proposedBy":
            found.setdefault(labels[r.subject], []).append(labels[r.object])
    return found


def test_pipeline_proposers_written_after_the_title():
    found = _proposed_by(
        "政协漳州市委员会表彰优秀提案。20件优秀提案具体如下:\n"
        "1、关于加快推进我市“快递进村”工作的建议\n提案者:民进漳州市委会\n"
        "2、《关于做强做大梅县区铜箔产业的建议》(提案人:王杞龙、赖志宇)\n"
    )
    assert found["关于加快推进我市“快递进村”工作的建议"] == ["民进漳州市委员会"]
    assert found["《关于做强做大梅县区铜箔产业的建议》"] == ["王杞龙", "赖志宇"]


def test_pipeline_numbered_proposals_under_a_list_head_are_its_members():
    found = _proposed_by(
        "政协迎泽区三届一次会议召开。本次大会,卫虎林教授共提交了三份提案,分别是:\n"
        "1、城市规划和设计要体现“以人为本”\n2、建议有限制开放马路市场\n3、打造名牌,政府需要做好三项工作\n"
    )
    assert found["城市规划和设计要体现“以人为本”"] == ["卫虎林"]
    assert found["建议有限制开放马路市场"] == ["卫虎林"]
    assert found["打造名牌,政府需要做好三项工作"] == ["卫虎林"]


def test_pipeline_proposers_a_member_and_the_branch_they_spoke_for():
    pairs = _proposer_pairs(
        "莆田市政协六届四次会议召开。会议听取了吴健明副主席代表市农工党所作的题为《东圳水库水环境综合治理工作思路》的发言;"
        "蔡福华委员代表市民革所作的题为《青少年法治教育的困境与出路》的发言。",
        "putian.txt",
    )
    assert pairs == {
        ("《东圳水库水环境综合治理工作思路》", "吴健明"),
        ("《东圳水库水环境综合治理工作思路》", "农工党莆田市委员会"),
        ("《青少年法治教育的困境与出路》", "蔡福华"),
        ("《青少年法治教育的困境与出路》", "民革莆田市委员会"),
    }


def test_pipeline_proposers_in_brackets_after_a_run_of_titles():
    found = _proposed_by(
        "临高县政协会议召开。民革代表委员向大会提交《关于调整中职学校教职工工资发放比例的建议》(孙廷廷)、"
        "《关于开展临高新八景评选活动》《关于加强门牌号管理的提案》(冯淑玲)、《关于加强我县青少年生命教育的提案》(袁运奇)。"
    )
    assert found["《关于调整中职学校教职工工资发放比例的建议》"] == ["孙廷廷"]
    assert found["《关于开展临高新八景评选活动》"] == ["冯淑玲"]
    assert found["《关于加强门牌号管理的提案》"] == ["冯淑玲"]
    assert found["《关于加强我县青少年生命教育的提案》"] == ["袁运奇"]


def test_pipeline_a_members_title_after_their_name_and_de():
    found = _proposed_by(
        "政协茶陵县委员会开会。许建华委员的《突破县城建设四个瓶颈,建设美丽茶陵》、彭东明委员的《加强历史人文教育》"
        "两个提案受到关注。"
    )
    assert found["《突破县城建设四个瓶颈,建设美丽茶陵》"] == ["许建华"]
    assert found["《加强历史人文教育》"] == ["彭东明"]


def test_pipeline_proposers_before_a_verb_of_proposing():
    found = _proposed_by(
        "政协安庆市委员会开幕。3件个人提案分别是杨卫东提交的《关于推行安庆市老旧小区物业管理全覆盖的建议》。"
    )
    assert found["《关于推行安庆市老旧小区物业管理全覆盖的建议》"] == ["杨卫东"]


@pytest.mark.parametrize(
    ("text", "title", "by"),
    [
        ("盟员李明委员以《抢抓户外经济风口》为题在大会作了口头发言。", "《抢抓户外经济风口》", "李明"),
        (
            "提案热点。艾尼瓦尔·巴哈尔丁委员《关于助推新能源产业发展的提案》由州长督办。",
            "《关于助推新能源产业发展的提案》",
            "艾尼瓦尔·巴哈尔丁",
        ),
        ("看看\n农工党西夏区总支:关于提升妇幼保健的建议\n", "关于提升妇幼保健的建议", "农工党西夏区总支"),
        # he who brought a proposal is the member the paragraph named last before
        ("委员李榜文告诉记者,他是创业者。因此,他带来了提案《促进青年创业》。", "《促进青年创业》", "李榜文"),
        # a name found elsewhere, glued to the word before it; a writer right before 的《
        ("副主委顾征英出席。我会顾征英提交的《建议解决房问题》获奖。", "《建议解决房问题》", "顾征英"),
        ("文化支部蒙智扉的《关于营造文化景观的建议》被采用。", "《关于营造文化景观的建议》", "蒙智扉"),
        # a speech titled 题为《…》; a body before 的《…》 or 的调研报告《…》
        ("党员、街道办事处副主任何慧在开幕式上作题为《人口战略先行》的发言。", "《人口战略先行》", "何慧"),
        ("民建椒江区委会的《关于缝制设备的建议》获奖。", "《关于缝制设备的建议》", "民建椒江区委员会"),
        # a collective proposal in a party's own news, or one its branch named by kind alone put forward:
        # the one branch the news names
        (
            "致公党北海市委会开会。其中,集体提案《关于冷链的建议》、《关于充电站的建议》获奖。",
            "《关于充电站的建议》",
            "致公党北海市委员会",
        ),
        ("民进船山总支开会。总支向大会提交了《关于学前的建议》。", "《关于学前的建议》", "民进船山总支"),
    ],
)
def test_pipeline_the_writer_before_a_title_by_a_post_a_dotted_name_or_a_colon(text, title, by):
    assert _proposed_by("政协伊犁州委员会开幕。" + text)[title] == [by]


def test_pipeline_a_party_branch_right_before_a_run_of_titles_proposed_them():
    found = _proposed_by(
        "黄石市政协表彰优秀提案。民进黄石市委会《关于打造仙岛湖“诗画仙岛”主题游线》和"
        "《关于整合东方山资源争创国家5A景区》(并案)的集体提案,荣获优秀提案。"
    )
    assert found["《关于打造仙岛湖“诗画仙岛”主题游线》"] == ["民进黄石市委员会"]
    assert found["《关于整合东方山资源争创国家5A景区》"] == ["民进黄石市委员会"]


def test_pipeline_proposers_who_submitted_titles_people_and_branches_by_level():
    found = _proposed_by(
        "兰州市政协十三届四次会议收到提案。在城建方面,滕真提交了《关于建设环黄河风情线自行车旅游的提案》,"
        "市民盟提交了《关于巩固南河道治理成果和提升南河道形象的提案》。"
    )
    assert found["《关于建设环黄河风情线自行车旅游的提案》"] == ["滕真"]
    assert found["《关于巩固南河道治理成果和提升南河道形象的提案》"] == ["民盟兰州市委员会"]


def test_pipeline_proposers_named_before_about_in_a_list_closed_by_deng():
    found = _proposed_by(
        "荆州市政协。民建荆州市委员会关于推进重点企业数字化转型、蒋萍委员关于完善纾困扶持政策等建议,"
        "着眼大处建诤言。"
    )
    assert found.get("关于推进重点企业数字化转型") == ["民建荆州市委员会"]
    assert found.get("关于完善纾困扶持政策") == ["蒋萍"]


def test_pipeline_proposals_listed_after_their_writers_each_linked():
    found = _proposed_by(
        "政协韶关市委员会通报优秀提案。这5件优秀提案分别为:市民盟《做大做强我市检验检测服务业》,"
        "市九三学社《加快建立我市长期护理保险制度》,市政协委员林志伟《打造品牌农业引领农业高质量发展》。"
    )
    assert found["《做大做强我市检验检测服务业》"] == ["民盟韶关市委员会"]
    assert found["《加快建立我市长期护理保险制度》"] == ["九三学社韶关市委员会"]
    assert found["《打造品牌农业引领农业高质量发展》"] == ["林志伟"]


def test_pipeline_proposers_glued_named_in_the_title_or_in_the_sentence_before():
    found = _proposed_by(
        "鄂州市鄂城区政协表彰。民进鄂城支部会员王敏《关于规范管理城区地摊经济的提案》、"
        "王桂芳《关于“双减”政策正确落实的几点建议》等提案荣获表彰。"
    )
    assert found["《关于规范管理城区地摊经济的提案》"] == ["王敏"]
    assert found["《关于“双减”政策正确落实的几点建议》"] == ["王桂芳"]
    found = _proposed_by("定州市政协召开主席会议,审议《政协定州市委员会关于防范金融风险工作的调研报告》。")
    assert found["《政协定州市委员会关于防范金融风险工作的调研报告》"] == ["政协定州市委员会"]
    found = _proposed_by(
        "承德市政协会议期间,民建承德市委共提交6件集体提案,其中5件被选为大会发言。"
        "《关于发挥冀菜品牌作用的建议》被选为口头发言,《关于倡导沉浸式文旅的建议》被选为书面发言。"
    )
    assert found["《关于发挥冀菜品牌作用的建议》"] == ["民建承德市委员会"]
    assert found["《关于倡导沉浸式文旅的建议》"] == ["民建承德市委员会"]


def test_pipeline_the_committee_a_session_meets_in_is_not_the_proposer():
    found = _proposed_by(
        "民进曲靖市委围绕热点问题,在曲靖市政协五届一次会议上分别作了《关于促进曲靖市特殊教育发展的建议》大会发言。"
    )
    assert found.get("《关于促进曲靖市特殊教育发展的建议》") == ["民进曲靖市委员会"]


def test_pipeline_a_speaker_before_the_title_of_the_speech():
    found = _proposed_by(
        "政协莆田市委员会开幕。经济界委员林华忠作《完善机制,持续优化营商环境》的发言;"
        "农业界委员吴政锋作《促进莆田特色农产品高质量发展》的发言。"
    )
    assert found["《完善机制,持续优化营商环境》"] == ["林华忠"]
    assert found["《促进莆田特色农产品高质量发展》"] == ["吴政锋"]


def test_pipeline_a_member_right_before_what_they_spoke_on_or_urged():
    found = _proposed_by(
        "政协长阳土家族自治县委员会举行大会发言。委员田锦锋就清江库区渔业转型发展提出建议,"
        "委员何方艳建议进一步加强师资队伍建设,委员向一兵提出了长阳地道中药材产业化发展的建议。"
    )
    assert found["清江库区渔业转型发展"] == ["田锦锋"]
    assert found["进一步加强师资队伍建设"] == ["何方艳"]
    assert found["长阳地道中药材产业化发展"] == ["向一兵"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # topics apart by 、, and no one else paired
            "顺义区政协召开座谈会。座谈会上,胡汉军、赵璐冰、李巍3位政协委员先后发言,分别就创新合作打造汽车产业发展新动能、"
            "北京第三代半导体产业发展、进一步促进北京中德产业园发展等方面积极建言献策。",
            {
                ("创新合作打造汽车产业发展新动能", "胡汉军"),
                ("北京第三代半导体产业发展", "赵璐冰"),
                ("进一步促进北京中德产业园发展", "李巍"),
            },
        ),
        (  # topics between semicolons, commas inside them
            "市政协十三届四次会议举行第二次全体会议。王兵、成丽娟、童笛等3名委员,分别围绕争资争项促进固投增长;"
            "打好金融组合拳破解中小企业“融资难、融资贵”;抢抓产业西迁机遇,加快构建现代化产业体系等方面作了大会发言。",
            {
                ("争资争项促进固投增长", "王兵"),
                ("打好金融组合拳破解中小企业“融资难、融资贵”", "成丽娟"),
                ("抢抓产业西迁机遇,加快构建现代化产业体系", "童笛"),
            },
        ),
    ],
)
def test_pipeline_speakers_paired_with_their_topics_in_order_and_no_one_else(text, expected):
    assert _proposer_pairs(text, "t.txt") == expected


def test_pipeline_a_traditional_reports_committee_takes_its_session_forms_as_written():
    text = "市政協主席楊真平代表政協湘潭市第十三屆委員會常務委員會向大會作工作報告。"
    kb = resolve([extract_doc(make_doc(text, "xiangtan.txt"))])
    committee = kb.entities["org/cppcc/430300"]
    assert {"政协湘潭市第十三届委员会", "政協湘潭市第十三屆委員會"} <= set(committee.aliases)


def test_pipeline_a_zone_that_is_a_national_programme_is_one_entity():
    text = "海口市政协开幕。今年是海南自由贸易港建设的开启之年,服务海南自由贸易港,推动京津冀协同发展。"
    found = extract_doc(make_doc(text, "t.txt"))
    zones = [e for e in found.entities if "自由贸易港" in e.label]
    assert [(e.type, e.label) for e in zones] == [("Initiative", "海南自由贸易港建设")]
    assert "海南自由贸易港" in zones[0].aliases
    assert any(e.label == "京津冀" and e.type == "Place" for e in found.entities)  # beside its programme
    keys = {e.key for e in found.entities}
    assert all(r.object in keys or not r.object.startswith("place/region/") for r in found.relations)


def test_pipeline_the_member_named_after_the_topic_proposed_it():
    text = "政协吉林市委员会会议。就发挥律师队伍的专业优势,助推市域社会治理现代化,委员张龙提出了5条具体建议。"
    found = extract_doc(make_doc(text, "t.txt"))
    labels = {e.key: e.label for e in found.entities}
    by = {labels[r.subject]: labels[r.object] for r in found.relations if r.predicate == "proposedBy"}
    assert by == {"发挥律师队伍的专业优势,助推市域社会治理现代化": "张龙"}


def test_pipeline_one_quoted_programme_under_several_heads_is_one_entity():
    text = "青浦区政协。考察“协商于民”政协委员工作站。推进“协商于民”委员工作站建设,提高“协商于民”工作站实效。"
    found = extract_doc(make_doc(text, "t.txt"))
    stations = [e for e in found.entities if "协商于民" in e.label]
    assert len(stations) == 1
    names = {stations[0].label, *stations[0].aliases}
    assert {"“协商于民”政协委员工作站", "“协商于民”委员工作站", "协商于民"} <= names


def test_pipeline_a_table_of_proposals_under_proposer_and_title():
    text = (
        "开平市政协表彰优秀提案。\n\n优秀提案(16件):\n\n提案人 案 由\n\n"
        "经贸委员会 关于研究制定城区交通规划,改善城区交通堵塞状况\n\n"
        "提案委员会 关于加强自来水供水系统的管理与维护,确保市民饮用纯净自来水的建议\n\n致公党市委\n"
    )
    found = extract_doc(make_doc(text, "t.txt"))
    labels = {e.key: e.label for e in found.entities}
    by = {labels[r.subject]: labels[r.object] for r in found.relations if r.predicate == "proposedBy"}
    assert by["关于研究制定城区交通规划,改善城区交通堵塞状况"] == "政协开平市委员会经贸委员会"
    water = "关于加强自来水供水系统的管理与维护,确保市民饮用纯净自来水的建议"
    assert by[water] == "政协开平市委员会提案委员会"


def test_pipeline_a_sessions_review_committee_takes_the_committees_formal_names():
    text = (
        "政协开封市第十三届委员会第一次会议闭幕。"
        "审议通过了政协开封市第十三届委员会第一次会议提案审查委员会关于提案审查情况的报告。"
    )
    found = extract_doc(make_doc(text, "kaifeng.txt"))
    review = next(e for e in found.entities if e.key == "org/cppcc/proposal-review/410200")
    assert "政协开封市第十三届委员会提案审查委员会" in review.aliases


def test_pipeline_a_digest_of_speeches_each_member_with_their_topic():
    text = (
        "市政协十二届四次会议举行第二次全体会议。丁润环委员第一个走上发言席,提出了聚焦重点、集中发力,积极谋划推进"
        "制造业强市建设的建议。随后,杜义霞委员就构建现代职业教育体系,服务区域经济高质量发展提出建议;魏富春委员为"
        "创新居家养老服务模式,提高老年人幸福指数提出了具体对策;阎旭东委员认为,要开展苦咸水高值化水产养殖,探索我市"
        "重度盐碱地利用新途径;岳建玲委员建议加快科技成果转移转化,培育优势产业发展新动能。"
    )
    pairs = _proposer_pairs(text, "cangzhou.txt")
    assert pairs == {
        ("聚焦重点、集中发力,积极谋划推进制造业强市建设", "丁润环"),
        ("构建现代职业教育体系,服务区域经济高质量发展", "杜义霞"),
        ("创新居家养老服务模式,提高老年人幸福指数", "魏富春"),
        ("开展苦咸水高值化水产养殖,探索我市重度盐碱地利用新途径", "阎旭东"),
        ("加快科技成果转移转化,培育优势产业发展新动能", "岳建玲"),
    }


def test_pipeline_a_digest_of_speeches_members_speaking_for_a_body_a_comma_after_the_verb():
    text = (
        "政协淮安市八届四次会议举行第二次全体会议,12位委员作大会发言。王林高委员代表民革淮安市委提出,将国家战略"
        "转化为“淮安机遇”。汤丰名委员呼吁,加快推动淮安制造业高质量发展。李萍委员代表民进淮安市委建议,打造水上巴士"
        "项目,构建水上公交体系。王红委员在发言中提出,加快推动规划建设沿淮铁路,实现我市高铁县县通目标。"
    )
    pairs = _proposer_pairs(text, "huaian.txt")
    assert pairs == {
        ("将国家战略转化为“淮安机遇”", "王林高"),
        ("将国家战略转化为“淮安机遇”", "民革淮安市委员会"),
        ("加快推动淮安制造业高质量发展", "汤丰名"),
        ("打造水上巴士项目,构建水上公交体系", "李萍"),
        ("打造水上巴士项目,构建水上公交体系", "民进淮安市委员会"),
        ("加快推动规划建设沿淮铁路,实现我市高铁县县通目标", "王红"),
    }


def test_pipeline_speakers_paired_with_the_titles_after_fenbie_not_the_one_before():
    text = (
        "瑞安市政协会议召开。会议期间,胡利盛委员代表民进瑞安市基层委员会作题为《采用一拖四策略》的发言,"
        "李海鹰、金文钦、陈志安委员分别代表基层委在大会上作《关于开通公交专线的建议》《关于加速落实教育计划的建议》"
        "《关于加快配套路网建设的建议》的即席发言,受到广泛关注。"
    )
    pairs = _proposer_pairs(text, "ruian.txt")
    assert {
        ("《关于开通公交专线的建议》", "李海鹰"),
        ("《关于加速落实教育计划的建议》", "金文钦"),
        ("《关于加快配套路网建设的建议》", "陈志安"),
    } <= pairs, pairs


def test_pipeline_a_townships_party_committee_government_and_street_office():
    text = "中山市政协。在石岐街道办事处揭牌。来到东风镇党委。吉尔孟乡政府。乡镇政府。"
    found = extract_doc(make_doc(text, "t.txt"))
    bodies = {e.label: e.kind for e in found.entities if e.key.startswith("org/town/")}
    assert bodies == {
        "石岐街道办事处": "GovernmentBody",
        "东风镇党委": "PartyOrganization",
        "吉尔孟乡人民政府": "GovernmentBody",
    }


def test_pipeline_the_zone_an_office_is_named_for_is_a_body_and_a_new_area_a_place():
    text = (
        "平阴县政协开幕。县长潘建军,平阴经济开发区党工委副书记出席。"
        "梅河口市委书记王爱明,梅河新区党工委书记牟大鹏,市北高新区党工委书记出席。"
    )
    result = extract_doc(make_doc(text, "t.txt"))
    found = {e.label: e.type for e in result.entities}
    assert found["平阴经济开发区"] is EntityType.ORGANIZATION
    assert found["平阴经济开发区党工委"] is EntityType.ORGANIZATION
    assert found["梅河新区"] is EntityType.PLACE and "梅河新区" not in {
        e.label for e in result.entities if e.type is EntityType.ORGANIZATION
    }
    assert "市北高新区" not in {e.label for e in result.entities if e.type is EntityType.PLACE}


def test_pipeline_bodies_listed_together_propose_together_and_a_branch_proposes_what_its_proposals_covered():
    text = (
        "政协汉阳区第十六届委员会第五次会议召开。在政协大会上,民进区工委、民盟区工委联名提案"
        "《扩优提质强根基 构建全区优质均衡教育新格局》作为大会发言。大会期间,民进汉阳区工委代表、委员共提交"
        "个人提案11件,涉及加强数字政府网络安全综合防御体系、实施“汉阳聚才兴业”计划等方面的内容。"
    )
    pairs = _proposer_pairs(text, "t.txt")
    title = "《扩优提质强根基 构建全区优质均衡教育新格局》"
    assert {(title, "民进汉阳区工委"), (title, "民盟汉阳区工委")} <= pairs
    assert ("加强数字政府网络安全综合防御体系", "民进汉阳区工委") in pairs


def test_pipeline_a_branch_opening_a_sentence_proposes_the_topics_it_submitted():
    text = (
        "致公党常州市委在两会上建言献策。市委会围绕养老护理、能源互联网、职业技能培训等方面,"
        "向市政协提交了3件集体提案。"
    )
    pairs = _proposer_pairs(text, "t.txt")
    assert {("养老护理", "致公党常州市委员会"), ("能源互联网", "致公党常州市委员会")} <= pairs


def test_numbered_proposals_of_two_committees_stay_apart():
    keys = []
    for place in ("庐阳区", "瑶海区"):
        text = f"合肥市{place}政协召开督办会。与会人员就2019年区政协17号、14号提案办理情况进行视察。"
        doc = make_doc(text, "t.txt")
        keys.append({e.key for e in extract_doc(doc).entities if e.type is EntityType.PROPOSAL})
    assert len(keys[0]) == 2 and len(keys[1]) == 2
    assert not keys[0] & keys[1]


def test_proposers_named_together_and_the_first_title_a_member_brought():
    pairs = _proposer_pairs("盟员邓解芳和江飞霞的个人提案《关于推进昆曲传承的建议》获评优秀提案。", "t.txt")
    assert {("《关于推进昆曲传承的建议》", "邓解芳"), ("《关于推进昆曲传承的建议》", "江飞霞")} <= pairs
    text = "此次大会,社员肖堃带来了《关于李亨祠堂保护的建议》《关于农田建设的建议》等提案。"
    pairs = _proposer_pairs(text, "t.txt")
    assert ("《关于李亨祠堂保护的建议》", "肖堃") in pairs


def test_proposers_he_who_brought_a_proposal_is_the_member_named_before():
    text = "市政协委员邱明虎今年关注低空经济。会前,他进行了调研,并带来《关于大力发展低空经济的建议》。"
    assert ("《关于大力发展低空经济的建议》", "邱明虎") in _proposer_pairs(text, "t.txt")


def test_proposers_a_leader_who_approved_the_title_before_wrote_none():
    text = (
        "其中:社市委政协提案《加快高能级开放平台建设的建议》得到市委书记田庆盈签批,"
        "《关于加快培育我市绿色农业产业集群的建议》得到市委副书记、市长刘运签批。"
    )
    pairs = _proposer_pairs(text, "t.txt")
    assert not {writer for _, writer in pairs} & {"田庆盈", "刘运"}


def test_proposers_the_one_branch_a_news_headline_names_submitted_its_proposals():
    text = (
        "建睿智之言 献务实之策——民盟平阳县支部政协委员认真履职\n日期:2018-03-12\n"
        "政协平阳县第十五届委员会第二次会议开幕。盟员政协委员积极撰写提案,共向县政协提交了提案11篇,"
        "其中《关于加快鳌江动车站改造提升的提案》《关于平阳县城乡生活垃圾处置工作的提案》被列为重点提案。"
    )
    writers = {w for _, w in _proposer_pairs(text, "t.txt")}
    assert writers == {"民盟平阳县支部"}
    # the same sentences with the branch named in the prose, not in a headline: no writer
    prose = "政协平阳县第十五届委员会第二次会议开幕,民盟平阳县支部委员参会。" + text.split("\n", 2)[2]
    assert not _proposer_pairs(prose, "t.txt")


def test_pipeline_proposers_a_federation_of_industry_and_commerce():
    found = _proposed_by("政协绥化市委员会。市工商联提出了《关于拓宽中小企业融资渠道的建议》。")
    assert found["《关于拓宽中小企业融资渠道的建议》"] == ["绥化市工商联"]


def test_pipeline_proposers_of_public_opinion_reports_not_who_took_them_up():
    found = _proposed_by(
        "广安市政协召开会议。2018年,民盟盟员上报民盟广安市委信息240余条,民盟广安市委共计向市政协、盟省委上报"
        "社情民意信息210余条,被盟省委采用32条,近20条被市政协采用,其中《关于加强农用运输车监管的建议》"
        "《关于尽快盘活闲置工业区厂房的建议》等被省政协采用。"
        "2018年,民建广安市委共反映社情民意信息50余篇,10篇被广安市政协采用。"
        "其中《将法官助理纳入回避制度的建议》等9篇分送至市委领导批阅。"
    )
    assert found["《关于加强农用运输车监管的建议》"] == ["民盟广安市委员会"]
    assert found["《关于尽快盘活闲置工业区厂房的建议》"] == ["民盟广安市委员会"]
    assert found["《将法官助理纳入回避制度的建议》"] == ["民建广安市委员会"]



def test_pipeline_an_abbreviation_two_divisions_share_follows_the_reports_other_places():
    text = (
        "巴州政协结对认亲活动。巴州政协机关党员干部来到塔克拉玛干沙漠边的尉犁县、且末县,"
        "深入村民家中。巴州政协秘书长张安民带领机关部门负责人前往尉犁县尉犁镇。"
    )
    keys = {m.key for m in extract_doc(make_doc(text, "t.txt")).mentions}
    assert "org/cppcc/652800" in keys
    assert not any("511902" in k for k in keys)
