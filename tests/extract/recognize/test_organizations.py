"""Organizations: committees and organs keyed by their place's code."""

import pytest

from extract.pipeline import extract_doc
from extract.read import make_doc
from extract.records import EntityType
from extract.resolve import resolve


def _orgs(text: str) -> dict[str, str]:
    result = extract_doc(make_doc(text, "t.txt"))
    return {m.text: m.key for m in result.mentions if m.type is EntityType.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "政协第十四届运城市盐湖区委员会第二次会议闭幕。",
            "政协第十四届运城市盐湖区委员会",
            "org/cppcc/140802",
        ),
        (
            "政协第十四届运城市盐湖区委员会开幕。在中共运城市盐湖区委的坚强领导下。",
            "中共运城市盐湖区委",
            "org/party/140802",
        ),
        (
            "政协乌拉特中旗第十四届委员会开幕。市政协副主席、旗委书记徐茂龙讲话。",
            "市政协",
            "org/cppcc/150800",
        ),
        ("政协乌拉特中旗第十四届委员会开幕。市政协副主席、旗委书记徐茂龙讲话。", "旗委", "org/party/150824"),
        (
            "山阳县政协十届四次会议开幕。县政协主席王昕代表常委会作工作报告。",
            "常委会",
            "org/cppcc/standing/611024",
        ),
        ("李慧琳代表民盟平定支部做了大会发言。", "民盟平定支部", None),
    ],
)
def test_organizations_resolve(text, surface, key):
    found = _orgs(text)
    assert surface in found
    if key:
        assert found[surface] == key


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "政协乌拉特中旗第十四届委员会开幕。市纪检委派驻市委组织部纪检组组长刘智文。",
            "市委组织部",
            "org/party/150800/组织部",
        ),
        (
            "政协乌拉特中旗第十四届委员会开幕。市卫计委党组成员高伍良。",
            "市卫计委",
            "org/government/150800/卫计委",
        ),
        ("得到国务院扶贫办的支持。", "国务院扶贫办", "org/government/national/扶贫办"),
        ("大同市教育局局长出席。", "大同市教育局", "org/government/140200/教育局"),
        ("代县政协召开座谈会,县卫健局有关负责人参加。", "县卫健局", "org/government/140923/卫生健康局"),
        (
            "钟山区政协召开座谈会。区城市综合执法局、区文体广电旅游局等相关单位参加。",
            "区城市综合执法局",
            "org/government/520201/城市综合执法局",
        ),
        ("中共永州市委编办主任出席。", "中共永州市委编办", "org/party/431100/机构编制委员会办公室"),
        ("绥化市政协。市农委通过行政推动落实提案。", "市农委", "org/government/231200/农业委员会"),
        ("双峰县政协。县科工局负责人发言。", "县科工局", "org/government/431321/科学技术和工业信息化局"),
        ("代县政协视察。听取了县公安局和司法局工作情况汇报。", "司法局", "org/government/140923/司法局"),
    ],
)
def test_organizations_departments(text, surface, key):
    assert _orgs(text).get(surface) == key


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("平阴经济开发区党工委书记出席。", "平阴经济开发区党工委"),
        ("大同经济技术开发区管委会主任出席。", "大同经济技术开发区管委会"),
        ("推进太原高新技术产业开发区建设。", "太原高新技术产业开发区"),
    ],
)
def test_organizations_development_zones_named_after_a_place(text, surface):
    assert _orgs(text)[surface] == f"org/zone/{surface}"


def test_organizations_zones_need_a_place_name():
    assert not [k for k in _orgs("调研工业园区和全县开发区建设。").values() if k.startswith("org/zone/")]


def test_organizations_standing_committee_gets_the_formal_name_the_report_writes():
    text = "政协第十四届运城市盐湖区委员会第二次会议闭幕。会议通过了关于常务委员会工作报告的决议。"
    result = extract_doc(make_doc(text, "t.txt"))
    standing = next(e for e in result.entities if e.key == "org/cppcc/standing/140802")
    assert "政协第十四届运城市盐湖区委员会常务委员会" in standing.aliases



@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "政协黔东南苗族侗族自治州第十届委员会开幕。州人民法院院长张德昌出席。",
            "州人民法院",
            "org/court/intermediate/522600",
        ),
        ("政协渝中区委员会开幕。区法院、区检察院相关领导出席。", "区法院", "org/court/500103"),
        ("政协渝中区委员会开幕。区法院、区检察院相关领导出席。", "区检察院", "org/procuratorate/500103"),
        (
            "绛县政协副主席白海珠受政协绛县第十三届委员会常务委员会的委托,向大会报告工作。",
            "政协绛县第十三届委员会常务委员会",
            "org/cppcc/standing/140826",
        ),
        (
            "政协绛县第十三届委员会开幕。围绕总体部署和县政协常委会工作安排。",
            "县政协常委会",
            "org/cppcc/standing/140826",
        ),
        ("会议闭幕。眉山网记者张忠苹摄", "眉山网", "org/media/眉山网"),
    ],
)
def test_organizations_courts_short_forms_and_boundaries(text, surface, key):
    assert _orgs(text)[surface] == key


def test_organizations_a_departments_list_after_a_level_word():
    found = _orgs("政协渝中区委员会开幕。区消防救援局相关领导出席。")
    assert "区消防救援局" in found


def test_organizations_committee_formal_names_with_session_and_prefecture():
    text = "武定县政协十届三次会议开幕。县政协主席周廷质出席。"
    result = extract_doc(make_doc(text, "t.txt"))
    committee = next(e for e in result.entities if e.key == "org/cppcc/532329")
    assert "中国人民政治协商会议武定县第十届委员会" in committee.aliases
    assert "政协楚雄彝族自治州武定县委员会" in committee.aliases


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("政协沁县第十四届五次会议举行第二次全体会议。", "政协沁县", "org/cppcc/140430"),
        ("政协靖远县十一届五次会议开幕。", "政协靖远县", "org/cppcc/620421"),
        ("政协吉安市三届常委会第五次会议召开。", "政协吉安市三届常委会", "org/cppcc/standing/360800"),
    ],
)
def test_organizations_committee_named_by_a_meeting_of_its_term(text, surface, key):
    assert _orgs(text).get(surface) == key


_PROPOSALS = "org/cppcc/proposals/141000"


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "政协临汾市委员会开幕。市政协经济委员会主任王刚出席。",
            "市政协经济委员会",
            "org/cppcc/special/141000/经济",
        ),
        (
            "政协临汾市委员会开幕。市政协文史和学习委员会编辑出版文史资料。",
            "市政协文史和学习委员会",
            "org/cppcc/special/141000/文史和学习",
        ),
        ("临汾市政协经科委组织调研。", "临汾市政协经科委", "org/cppcc/special/141000/经科"),
        ("临汾市政协经建委组织调研。", "临汾市政协经建委", "org/cppcc/special/141000/经建"),
        ("临汾市政协文史学委组织调研。", "临汾市政协文史学委", "org/cppcc/special/141000/文史学"),
        # led by a vice-chair, the report's own committee's
        ("临汾市政协开幕。副主席带领教科卫体委视察。", "教科卫体委", "org/cppcc/special/141000/教科卫体"),
        (
            "江阴市政协港澳台侨和外事委员会组织委员视察。",
            "江阴市政协港澳台侨和外事委员会",
            "org/cppcc/special/320281/港澳台侨和外事",
        ),
        ("政协临汾市委员会开幕。提案委员会审查立案。", "提案委员会", _PROPOSALS),
        ("政协临汾市委员会开幕。提案委对提案进行审查。", "提案委", _PROPOSALS),
        ("政协临汾市委员会开幕。市政协提案委员会审查立案。", "市政协提案委员会", _PROPOSALS),
    ],
)
def test_organizations_special_committees_by_name(text, surface, key):
    assert _orgs(text)[surface] == key


@pytest.mark.parametrize(
    "text",
    [
        "政协临汾市委员会开幕。市卫生健康委员会主任出席。",  # a government commission, not the CPPCC's
        "政协临汾市委员会开幕。市政协委员李明发言。",
        "政协临汾市委员会开幕。提案委员李明审查。",
        "全国政协经济委员会副主任出席。",
    ],
)
def test_organizations_special_committees_need_a_cppcc_owner(text):
    keys = _orgs(text).values()
    assert not [k for k in keys if k.startswith(("org/cppcc/special/", "org/cppcc/proposals/"))]


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("县人武部", "org/government/330328/人民武装部"),
        ("县委办", "org/party/330328/办公室"),
        ("县府办", "org/government/330328/人民政府办公室"),
        ("县人大办", "org/government/330328/人大常委会办公室"),
        ("县委办公室", "org/party/330328/办公室"),
    ],
)
def test_organizations_department_short_forms_take_their_full_names(surface, key):
    text = "政协文成县第八届委员会开幕。县人武部、县委办、县府办、县人大办负责人。县委办公室主任。"
    assert _orgs(text)[surface] == key


def test_organizations_department_labels_use_the_full_name():
    result = extract_doc(make_doc("政协文成县第八届委员会开幕。县人武部负责人。", "t.txt"))
    dept = next(e for e in result.entities if e.key == "org/government/330328/人民武装部")
    assert dept.label == "文成县人民武装部"


def test_organizations_media_named_in_a_list_and_as_a_source():
    text = "来源:塔什库尔干零距离 日期:2026\n工作品牌越来越响亮,人民网、学习强国、湘声报等央省主流媒体报道。"
    found = _orgs(text)
    for name in ("塔什库尔干零距离", "人民网", "学习强国", "湘声报"):
        assert found[name] == f"org/media/{name}"


def test_organizations_a_numbered_committee_without_cppcc_is_the_reports_own():
    text = (
        "中国人民政治协商会议第十四届福州市委员会第三次会议开幕。"
        "主席作第十四届福州市委员会常务委员会工作报告。"
    )
    assert _orgs(text)["第十四届福州市委员会常务委员会"] == "org/cppcc/standing/350100"


def test_organizations_a_districts_bodies_are_named_with_its_city_too():
    result = extract_doc(make_doc("政协成都市成华区委员会开幕。区委书记出席。", "t.txt"))
    party = next(e for e in result.entities if e.key == "org/party/510108")
    assert party.label == "中共成华区委"
    assert "中共成都市成华区委" in party.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2024-01-20 来源: 吉安新闻网—井冈山报\n", "井冈山报"),
        ("版权所有:滨州日报  技术支持:锦华科技\n", "锦华科技"),
        ("新甘谷讯【记者 谢映波】1月6日", "新甘谷"),
        ("杰瑞新能源科技有限公司总经理蔡孝井出席。", "杰瑞新能源科技有限公司"),
    ],
)
def test_organizations_sources_site_makers_and_bodies_before_their_posts(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "来源:    发布时间:2021-01-13\n", "建议关于加快我区公立医院改革。", "粉碎江青反革命集团的斗争。",
        "作者:本站编辑 来源:本站原创 浏览次数:", "07:49:00    来源: 收藏\n",
        "作者:管理员  来源:系统  阅读次数:", "文章来源:新闻中心 发布时间:2017-12-11",
        "2022-03-24 13:43  浏览数:325  来源:小键人5012507    \n",
    ],
)
def test_organizations_no_body_from_field_names_or_phrases(text):
    assert not [s for s in _orgs(text) if s not in ("区",)], _orgs(text)


def test_organizations_a_kind_of_body_is_no_body():
    found = _orgs("县工商联、异地商会、行业协会积极参与;人民日报、新华社报道。")
    assert "异地商会" not in found and "行业协会" not in found
    assert "人民日报" in found


def test_organizations_the_national_institution_is_not_a_committee_split_by_lines():
    text = "热烈祝贺\n中国人民政治协商会议塔什库尔干塔吉克自治县\n\n第十五届委员会第六次全体会议隆重开幕"
    assert "org/cppcc/institution" not in _orgs(text).values()


def test_organizations_county_word_in_a_county_level_citys_report():
    found = _orgs("政协平果市第九届委员会第四次会议开幕。在县委的坚强领导下。")
    assert found["县委"] == "org/party/451082"


def test_organizations_people_s_organisations_of_the_reports_place():
    found = _orgs("政协南通市委员会开幕。工商联1件;总工会1件;科协1件;台联2件;市妇联、南通市文联参加。")
    assert found["总工会"] == "org/trade-unions/320600"
    assert found["台联"] == "org/taiwan-compatriots/320600"
    assert found["市妇联"] == "org/women/320600"
    assert found["南通市文联"] == "org/arts/320600"


def test_organizations_a_list_of_special_committees_after_the_first():
    found = _orgs("政协南通市委员会开幕。市政协文教卫体委1件、城建社法委1件、人资环委1件。")
    assert found["城建社法委"] == "org/cppcc/special/320600/城建社法"
    assert found["人资环委"] == "org/cppcc/special/320600/人资环"


def test_organizations_an_autonomous_prefectures_bodies_by_its_short_name_too():
    result = extract_doc(make_doc("黔南州政协第十二届委员会开幕。州人民政府领导出席。", "t.txt"))
    government = next(e for e in result.entities if e.key == "org/government/522700")
    assert "黔南州人民政府" in government.aliases


def test_organizations_supervisory_commissions_and_party_departments_without_cpc():
    result = extract_doc(make_doc("政协大连市中山区委员会开幕。区委统战部、区监委负责同志出席。", "t.txt"))
    keys = {m.text: m.key for m in result.mentions}
    assert keys["区监委"] == "org/supervision/210202"
    dept = next(e for e in result.entities if e.key == "org/party/210202/统战部")
    assert "中山区委统战部" in dept.aliases


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "政协永宁县委员会开幕。县人大常委会党组书记、主任郭雪平出席。",
            "县人大常委会党组",
            "org/congress/standing/party-group/640121",
        ),
        ("政协鄂托克前旗委员会开幕。旗委副书记、政府旗长杨颖新出席。", "政府", "org/government/150623"),
        ("吐鲁番市政协开幕。聚焦市委、政府中心工作。", "政府", "org/government/650400"),
    ],
)
def test_organizations_party_groups_and_the_government_named_alone(text, surface, key):
    assert _orgs(text)[surface] == key


def test_organizations_party_departments_from_the_post_before_them():
    text = "张家川县政协开幕。县委常委、组织部长何吉洲,县委副书记、政法委书记李维岳,县政法委负责同志出席。"
    result = extract_doc(make_doc(text, "t.txt"))
    keys = {m.text: m.key for m in result.mentions}
    assert keys["组织部"] == "org/party/620525/组织部"
    assert keys["政法委"] == keys["县政法委"] == "org/party/620525/政法委员会"
    labels = {e.key: e.label for e in result.entities}
    assert labels["org/party/620525/政法委员会"] == "中共张家川回族自治县委政法委员会"


def test_organizations_party_departments_after_a_chain_of_party_posts():
    text = "西宁市政协开幕。市委副书记、统战部部长、政法委书记李家成,市委常委、社工部部长张平出席。"
    found = _orgs(text)
    assert found["政法委"] == "org/party/630100/政法委员会"
    assert found["社工部"] == "org/party/630100/社会工作部"


@pytest.mark.parametrize("text", ["政协商丘市委员会开幕。委员们在本组讨论。", "市委常委、秘书长王平出席。"])
def test_organizations_no_department_without_its_name(text):
    assert not any("/组织部" in k or "/政法委" in k for k in _orgs(text).values())


def test_organizations_a_bracketed_name_is_no_part_of_a_body_and_a_meeting_no_chamber():
    found = _orgs("深圳市政协开幕。市各民主党派、市工商联(总商会)负责人出席。市委召开民主协商会。")
    assert found["市工商联"] == "org/federation/440300"
    assert not any(s.endswith("协商会") or "(" in s for s in found)


def test_organizations_military_districts_and_college_leaders():
    found = _orgs("黔南州政协开幕。州政府班子和都匀军分区、杭州警备区政委雷林、广西科技师范学院领导出席。")
    assert {"都匀军分区", "杭州警备区", "广西科技师范学院"} <= set(found)


def test_organizations_democratic_party_branches_are_one_committee_per_place():
    result = extract_doc(
        make_doc("政协漳州市委员会开幕。民进漳州市委会、民进市委、九三学社漳州市委提交提案。", "t.txt")
    )
    keys = {m.text: m.key for m in result.mentions}
    branch = "org/party/中国民主促进会/350600/委员会/民进漳州市委员会"
    assert keys["民进漳州市委会"] == keys["民进市委"] == branch
    assert keys["九三学社漳州市委"].endswith("/350600/委员会/九三学社漳州市委员会")


def test_organizations_a_party_branch_written_in_full_or_short_is_one_node_with_both_names():
    result = extract_doc(
        make_doc(
            "政协阜阳市委员会开幕。中国国民党革命委员会阜阳市委员会、民革市委、民进市委会、"
            "致公党阜阳市基层委员会提交提案。",
            "t.txt",
        )
    )
    keys = {m.text: m.key for m in result.mentions}
    assert keys["中国国民党革命委员会阜阳市委员会"] == keys["民革市委"]
    names = {e.key: (e.label, set(e.aliases)) for e in result.entities}
    label, aliases = names[keys["民革市委"]]
    assert label == "民革阜阳市委员会" and "中国国民党革命委员会阜阳市委员会" in aliases
    assert names[keys["民进市委会"]][0] == "民进阜阳市委员会"  # 市委会 alone: the report's city's
    assert "中国致公党阜阳市基层委员会" in names[keys["致公党阜阳市基层委员会"]][1]


def test_organizations_federations_in_a_report_that_names_its_committee_by_level_only():
    found = _orgs("州政协常委会召开。州政协主席出席。临夏各族群众。邀请各民主党派、工商联参加。")
    assert found["工商联"] == "org/federation/622900"


def test_organizations_a_report_that_never_names_its_place_keeps_its_own_bodies():
    text = (
        "市政协十三届十八次常委会会议召开。市政协副主席陆欣主持。听取市政府报告。"
        "邀请市委、各民主党派、工商联参加。"
    )
    result = extract_doc(make_doc(text, "t.txt"))
    keys = {m.text: m.key for m in result.mentions if m.type is EntityType.ORGANIZATION}
    doc = result.doc.doc_id
    assert keys["市政协"] == f"org/cppcc/report/{doc}/市"
    assert keys["常委会"] == f"org/cppcc/standing/report/{doc}/市"
    assert keys["市政府"] == f"org/government/report/{doc}/市"
    assert keys["市委"] == f"org/party/report/{doc}/市"
    assert keys["工商联"] == f"org/federation/report/{doc}/市"
    labels = {e.key: e.label for e in result.entities}
    assert labels[keys["市政协"]] == "市政协"
    assert labels[keys["市委"]] == "市委"


def test_organizations_a_report_that_names_its_place_has_no_unplaced_bodies():
    found = _orgs("政协大同市委员会开幕。市政协主席出席。市委书记讲话。")
    assert not any("/report/" in key for key in found.values())


def test_organizations_posts_in_a_report_without_a_place_are_held_in_its_own_bodies():
    result = extract_doc(make_doc("市政协十三届十八次常委会会议召开。市政协副主席陆欣主持会议。", "t.txt"))
    held = {r.role: r.object for r in result.relations if r.predicate.value == "Membership"}
    assert held["市政协副主席"] == f"org/cppcc/report/{result.doc.doc_id}/市"


def test_organizations_level_words_sharing_one_body_word():
    found = _orgs("政协景洪市委员会开幕。学习省、州、市委有关会议精神。")
    assert found["省"] == "org/party/530000"
    assert found["州"] == "org/party/532800"
    assert found["市委"] == "org/party/532801"


def test_organizations_level_words_sharing_one_body_word_are_no_names_of_it():
    kb = resolve([extract_doc(make_doc("政协景洪市委员会开幕。学习省、州、市委有关会议精神。", "t.txt"))])
    assert "省" not in kb.entities["org/party/530000"].aliases
    assert "州" not in kb.entities["org/party/532800"].aliases


def test_organizations_places_sharing_one_body_word():
    text = "北京房山区、涿州市、涞水县、易县、涞源县政协在综合各位专家学者建议的基础上,共同提出建议。"
    result = extract_doc(make_doc(text, "t.txt"))
    found = {m.key for m in result.mentions if m.type is EntityType.ORGANIZATION}
    assert {"org/cppcc/110111", "org/cppcc/130681", "org/cppcc/130623", "org/cppcc/130633"} <= found
    kb = resolve([result])
    assert "涿州市" not in kb.entities["org/cppcc/130681"].aliases


def test_organizations_no_committee_of_a_place_before_a_list_of_places():
    found = _orgs("会议研究了发展涿州市、涞水县政协工作的事项。")
    assert "发展涿州市" not in found and "涿州市" not in found


def test_organizations_bare_standing_committee_after_zhengxie_in_a_report_naming_no_place():
    found = _orgs("县政协十届五次会议举行预备会议。县政协主席董光林出席。委员们用心审议政协常委会工作报告。")
    assert found["政协常委会"].startswith("org/cppcc/standing/report/")


def test_organizations_a_body_named_by_its_suffix_before_yiji():
    assert "大连工业大学" in _orgs("感谢甘井子区政协长期以来对大连工业大学以及各位委员的关心和支持。")


_QITAI = "奇台县政协开幕。学习自治区党委十届二次全体会议和昌吉州党委全会精神。"
_ZHONGSHAN = "中山市政协开幕。市纪委监委、市中级法院领导出席。"


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (_QITAI, "自治区党委", "org/party/650000"),
        (_QITAI, "昌吉州党委", "org/party/652300"),
        (_ZHONGSHAN, "市纪委监委", "org/party/discipline/442000"),
        (_ZHONGSHAN, "市中级法院", "org/court/intermediate/442000"),
        ("市政协十三届十八次常委会召开。审议市政协十三届常务委员会报告。", "市政协十三届常务委员会", None),
    ],
)
def test_organizations_more_written_forms(text, surface, key):
    found = _orgs(text)
    assert surface in found
    if key:
        assert found[surface] == key


def test_organizations_a_party_group_names_the_body_it_leads_too():
    text = "政协永宁县委员会开幕。县人大常委会党组书记、主任郭雪平出席。"
    result = extract_doc(make_doc(text, "t.txt"))
    keys = {m.key for m in result.mentions}
    assert {"org/congress/standing/party-group/640121", "org/congress/standing/640121"} <= keys


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("协商通过政协武宣县第十届委员会提案审查委员会成员名单。", "政协武宣县第十届委员会提案审查委员会"),
        (
            "经政协临潭县第十四届委员会第六次会议提案审查委员会认真审查。",
            "政协临潭县第十四届委员会第六次会议提案审查委员会",
        ),
        ("西吉县政协第十一届委员会会议召开。提案审查委员会全体成员参加。", "提案审查委员会"),
    ],
)
def test_organizations_a_sessions_proposal_review_committee(text, surface):
    assert _orgs(text)[surface].startswith("org/cppcc/proposal-review/")


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("平顶山市政协开幕。市政协办公室负责同志出席。", "市政协办公室", "org/cppcc/general-office/410400"),
        ("科尔沁右翼前旗政协开幕。盟行署领导出席。", "盟行署", "org/administrative-office/152200"),
        ("商丘市政协开幕。市政府督查室参加。", "市政府督查室", "org/government/411400/人民政府督查室"),
        ("兴化市政协开幕。市经信委参加。", "市经信委", "org/government/321281/经济和信息化委员会"),
    ],
)
def test_organizations_offices_of_committees_governments_and_leagues(text, surface, key):
    assert _orgs(text)[surface] == key


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        (
            "政协福清市委员会开幕。受十四届市政协常委会委托。",
            "十四届市政协常委会",
            "org/cppcc/standing/350181",
        ),
        ("政协汕头市委员会开幕。期间召开政协常委会。", "政协常委会", "org/cppcc/standing/440500"),
        ("政协黄石市委员会开幕。民进会员紧扣市委、市政府中心工作。", "民进", "org/party/中国民主促进会"),
    ],
)
def test_organizations_terms_bare_standing_committees_and_parties_without_a_branch(text, surface, key):
    assert _orgs(text).get(surface) == key


def test_organizations_a_far_countys_name_glued_to_a_name_is_no_county():
    found = _orgs("连山壮族瑶族自治县政协开幕。县委书记杨蔚宁县委副书记、县长黄常雄出席。")
    assert "宁县委" not in found
    assert not any("621026" in key for key in found.values())


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("常州市政协开幕。我们按照中央和省、市委关于政协工作的部署。", "中央", "org/party/central"),
        ("墨江县政协开幕。认真贯彻落实中央的决策部署和省委的要求。", "中央", "org/party/central"),
        ("兴化市政协开幕。市经信委、科技局、商务局等部门。", "商务局", "org/government/321281/商务局"),
    ],
)
def test_organizations_the_central_committee_alone_and_departments_in_a_list(text, surface, key):
    assert _orgs(text).get(surface) == key


def test_organizations_central_words_of_other_kinds_are_no_central_committee():
    assert "中央" not in _orgs("九江市政协开幕。各部门、市直及驻市中央、省属各单位负责人。")


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("长沙县政协开幕。长沙经开区党工委、县人大。", "长沙经开区党工委", "org/zone/长沙经开区"),
        ("政协赞皇县委员会会议关于第十届委员会常务委员会工作报告", "第十届委员会常务委员会", None),
        ("赣州市政协开幕。听取了市政府办公厅《关于提案办理情况的报告》", "市政府办公厅", None),
    ],
)
def test_organizations_zones_standing_committees_by_term_and_general_offices(text, surface, key):
    found = _orgs(text)
    assert surface in found
    if key:
        assert found[surface].startswith(key)


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("县委常委、凤宁现代产业园管委会主任杨岸峰出席。", "凤宁现代产业园管委会", "org/office/"),
        ("市委副书记、清东陵保护区管委会主任刘继良出席。", "清东陵保护区管委会", "org/office/"),
        ("区委常委,沈阳-欧盟经济开发区管委会副主任出席。", "沈阳-欧盟经济开发区管委会", "org/zone/"),
        ("寿县政协开幕。县政协主席李琼,县经开区管委会主任赵德兵出席。", "县经开区管委会", "org/zone/"),
    ],
)
def test_organizations_the_office_of_a_zone_park_or_reserve_named_whole(text, surface, key):
    assert _orgs(text).get(surface, "").startswith(key)


def test_organizations_no_zone_office_of_a_clause_or_a_pronoun():
    found = _orgs("姑苏区政协开幕。姑苏区委书记方文浜代表保护区党工委讲话。据悉,该园区管委会负责招商。")
    assert not [s for s in found if s.endswith(("党工委", "管委会"))]


def test_organizations_two_zones_joined_by_and_are_no_one_zone():
    assert not any("北海和" in s for s in _orgs("盖州市政协开幕。北海和仙人岛经济开发区领导出席。"))
    found = _orgs("吉林市政协到永吉经济开发区调研碳纤维产业发展情况。")
    assert "永吉经济开发区" in found and not any("到" in s for s in found), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("该提案被自然资源部列为全国典型案例。", "自然资源部"),
        ("鞍山日报消息(记者 张伟)会议闭幕。", "鞍山日报"),
        ("两名委员接受了大庆市电视台新闻频道的采访。", "大庆市电视台"),
        ("期间,潍坊晚报、齐鲁晚报分别采访市委会副主委。", "齐鲁晚报"),
        ("德州日报新媒体出品\n", "德州日报"),
        ("嘉兴职业技术学院党委书记,浙江红船干部学院常务副院长出席。", "浙江红船干部学院"),
        ("委员们视察了吕梁市图书馆暨文化广场。", "吕梁市图书馆"),
        ("2019-01-23 19:2513540唐山晚报  原标题:市政协会议开幕", "唐山晚报"),
        ("华侨大学、泉州师院、仰恩大学、福炼公司、中化泉州公司负责人出席。", "泉州师院"),
        ("华侨大学、泉州师院、仰恩大学、福炼公司、中化泉州公司负责人出席。", "福炼公司"),
        ("上饶师院、江西医专领导出席。", "江西医专"),
        ("代表团参观了包头钢铁公司。", "包头钢铁公司"),
        ("大会主席团常务主席陈志奇、李原出席。", "大会主席团"),
        ("恩施州政协八届一次会议主席团举行第一次会议。", "恩施州政协八届一次会议主席团"),
        ("大会审议通过了市政协四届一次会议主席团名单。", "市政协四届一次会议主席团"),
        ("市政协四届一次会议大会主席团举行第二次会议。", "市政协四届一次会议大会主席团"),
        ("(皖西日报融媒体记者 袁洁 摄)", "皖西日报"),
        (
            "政协双牌县第十届委员会第一次会议开幕。何江鸿代表双牌县第九届委员会常务委员会向大会作工作报告。",
            "双牌县第九届委员会常务委员会",
        ),
        (
            "政协铜川市印台区第十届委员会第一次会议开幕。文志奇受区政协第九届委员会常务委员会委托作报告。",
            "区政协第九届委员会常务委员会",
        ),
    ],
)
def test_organizations_ministries_papers_schools_and_firms(text, surface):
    assert surface in _orgs(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("各级教育部门和财政部门要落实责任。", "教育部"),
        ("要发展证券公司、保险公司和信托公司。", "证券公司"),
        ("推进政策性银行改革。", "政策性银行"),
        ("建成786所县医院。", "所县医院"),
        ("主席团成员在主席台就座。", "主席团"),
        ("主席团会议召开。", "主席团"),
        ("大会审议通过了市政协四届一次会议主席团名单。", "审议通过了市政协四届一次会议主席团"),
    ],
)
def test_organizations_kinds_of_firms_and_departments_are_no_names(text, surface):
    assert surface not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("  赣江网/抚州头条客户端讯 记者李明报道:政协会议开幕。", "赣江网"),
        ("  赣江网/抚州头条客户端讯 记者李明报道:政协会议开幕。", "抚州头条客户端"),
        ("2022年01月27日 20:06 来源:北海网作者:王康景", "北海网"),
        ("新南海客户端、北海网、南方都市报 记者 王康景 党朝峰", "南方都市报"),
        ("新华网西宁1月26日电(记者 张三)会议开幕。", "新华网"),
        ("会场一角。新华社记者 齐芷玥 摄", "新华社"),
        ("2017-12-25   来源 今日东宁 记者 李想", "今日东宁"),
        ("市人民检察院、宜春经开区、赣南学院等单位负责同志出席。", "赣南学院"),
        ("大唐幼儿园董事长敖桂明是来自教育界的政协委员。", "大唐幼儿园"),
        ("某实验中学支部主委杨立栋参加。", "某实验中学"),
        ("全国劳动模范、南丰县嘉艺礼品有限公司工艺品设计员黄国强说。", "南丰县嘉艺礼品有限公司"),
        ("盘锦军分区主要领导出席。", "盘锦军分区"),
    ],
)
def test_organizations_media_in_bylines_and_bodies_closed_by_a_post_or_a_list(text, surface):
    assert surface in _orgs(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("学龄前儿童能够进入幼儿园。", "学龄前儿童能够进入幼儿园"),
        ("办好各级各类学校等。", "办好各级各类学校"),
        ("加强中小学校长和师资队伍的建设。", "加强中小学"),
        ("重视文化馆建设。", "重视文化馆"),
    ],
)
def test_organizations_kinds_of_schools_are_no_names(text, surface):
    assert surface not in _orgs(text)


def test_organizations_a_districts_departments_branches_and_organs_standing_alone():
    text = (
        "政协上海市崇明区委员会召开议政会。民盟区委、致公党区支部代表发言。随后,区经委、区农业农村委负责人发言。"
        "会议协商讨论了区人民政府工作报告、人大常委会工作报告、人民法院和人民检察院工作报告。"
    )
    orgs = _orgs(text)
    assert orgs["致公党区支部"].startswith("org/party/中国致公党/310151/")
    assert "310151" in orgs["区经委"]
    assert "310151" in orgs["区农业农村委"]
    for bare in ("人大常委会", "人民法院", "人民检察院"):
        assert bare in orgs, bare


def test_organizations_a_sector_is_no_body():
    text = "政协克拉玛依市克拉玛依区委员会开幕。来自经济、教育、工商联、科学技术等21个界别的委员参加会议。"
    assert "工商联" not in _orgs(text)


def test_organizations_an_ambiguous_district_is_not_read_as_the_name_inside_it():
    # 河东区 is in Tianjin and in Shandong: with no place in the report it is not 东区 of Panzhihua
    assert "东区委" not in _orgs("认真贯彻中共河东区委七届五次全体会议精神。")
    found = _orgs("天津市河东区政协。认真贯彻中共河东区委全体会议精神。")
    assert "中共河东区委" in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("政协惠州市委员会通报。优秀提案为:市民革《大力推动中医药产业发展》", "市民革"),
        ("政协惠州市委员会通报。优秀提案为:市九三学社《推动人工智能产业发展》", "市九三学社"),
        ("政协惠州市委员会通报。市党外知识分子联谊会《打造青年人才友好型城市》", "市党外知识分子联谊会"),
        ("大祥融媒讯:3月17日上午,会议开幕。", "大祥融媒"),
        ("长城网石家庄4月8日讯(冯素琴)4月8日,会议开幕。", "长城网"),
        ("据邢台日报讯(记者 李开)集众智事无不成。", "邢台日报"),
        ("供稿:上高之声 责任编辑:SN001", "上高之声"),
        ("委员走访社区。伊州区融媒体中心记者 张超摄", "伊州区融媒体中心"),
    ],
)
def test_organizations_party_branches_before_titles_and_news_sources(text, surface):
    assert surface in _orgs(text)


def test_organizations_a_writer_who_supplied_a_piece_is_no_paper():
    assert not [s for s in _orgs("(供稿:汉寿县政协周蔚环)") if "周蔚环" in s]
    assert "据邢台日报" not in _orgs("据邢台日报讯(记者 李开)集众智事无不成。")


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # the party's committee named by its term
        ("政协安阳市委员会。会议传达了中国共产党河南省第十一届委员会第九次全体会议精神。",
         "中国共产党河南省第十一届委员会", "org/party/410000"),
        ("政协安阳市委员会。会议传达了中共安阳市第十二届委员会第八次全体会议精神。",
         "中共安阳市第十二届委员会", "org/party/410500"),
        # a department of a party committee written with 中共 before it
        ("政协广州市黄埔区委员会开幕。中共广州市委统战部副部长李鸿文出席。", "中共广州市委统战部", None),
        # departments by the short names county reports use
        ("安图县政协召开会议。听取了安图县发改局做的《关于全县项目建设情况的通报》。", "安图县发改局", None),
    ],
)
def test_organizations_party_committees_by_term_and_departments(text, surface, key):
    found = _orgs(text)
    assert surface in found
    assert key is None or found[surface] == key


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a name cut at no 等 inside a word (高等), a firm before the post of its head, a team by number
        ("江苏科技大学党委书记王建华、镇江高等专科学校党委书记杨国祥等在主席台就座。", "镇江高等专科学校"),
        ("王洪秦(北京市国振律师事务所主任)委员认为,报告全面。", "北京市国振律师事务所"),
        ("州委常委、市委书记蒋俊,州委第一巡查组组长张如黎出席。", "州委第一巡查组"),
        ("省换届风气第八巡察组、省换届指导组有关领导同志参加了会议。", "省换届风气第八巡察组"),
        # a body before what it does for an event, a site before its page's date field
        ("由市政协主办,市文联、市总工会协办,东兴建筑集团承办的书法展开幕。", "东兴建筑集团"),
        ("作者: 梧州政协网日期: 2026-02-11来源: 本站", "梧州政协网"),
    ],
)
def test_organizations_named_bodies_cut_at_their_own_edges(text, surface):
    assert surface in _orgs(text)


def test_organizations_no_body_from_a_kind_of_firm_or_school():
    found = _orgs("整顿和规范会计师事务所等中介服务组织。镇江高等专科学校党委书记杨国祥出席。")
    assert "规范会计师事务所" not in found
    assert "专科学校" not in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # departments by the names city reports use
        (
            "泸州市政协召开会议。市文化广电旅游局、市自然资源和规划局、市公路局负责同志参加。",
            "市自然资源和规划局",
        ),
        ("泸州市政协召开会议。市委党史研究室负责同志参加。", "市委党史研究室"),
        # a body before a visit to it or what it does; a military district before its 副政委
        ("考察组一行先后前往宁强政协书画院参观。", "宁强政协书画院"),
        ("尤其在支持宿州学院创建宿州大学方面。", "宿州学院"),
        ("崇左军分区副政委叶远平出席。", "崇左军分区"),
        ("来源:安顺日报社 记者 王五", "安顺日报社"),
    ],
)
def test_organizations_departments_and_bodies_before_what_is_done_there(text, surface):
    assert surface in _orgs(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("区政协主席深入李少清委员工作室、景奉国委员工作室调研。", "李少清委员工作室"),
        ("依托文化艺术界委员工作室开展活动。", "文化艺术界委员工作室"),
        ("辽阳市政协。在东京陵街道政协委员工作站观摩。", "东京陵街道政协委员工作站"),
        ("张文有委员工作室揭牌。", "张文有委员工作室"),
        ("张文有委员工作室、董伟委员工作室集中揭牌。", "董伟委员工作室"),
        ("查看了李少清委员工作室、景奉国委员工作室建设情况。", "景奉国委员工作室"),
    ],
)
def test_organizations_a_members_studio_named_for_a_member_sector_or_place(text, surface):
    assert surface in _orgs(text)


def test_organizations_a_studio_whatever_follows_only_after_a_clear_edge():
    found = _orgs("标志着中宁县政协界别委员工作室建设迈出新步伐。")
    assert not [s for s in found if s.startswith("标志")]


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("政协裕民县委员会开会。政协党组书记、主席张三讲话。", "政协党组", "org/cppcc/party-group/654225"),
        ("惠农区政协召开会议。会议由政协党组副书记李四主持。", "政协党组", "org/cppcc/party-group/640205"),
        ("平城区政协召开常委会议,讨论政协常委会工作报告。", "政协常委会", "org/cppcc/standing/140213"),
    ],
)
def test_organizations_the_own_committees_parts_with_no_level_before_them(text, surface, key):
    assert _orgs(text).get(surface) == key


def test_organizations_no_bare_party_group_inside_another_name():
    assert "政协党组" not in _orgs("惠农区政协召开会议。全国政协党组召开会议。")


def test_organizations_no_studio_named_for_nobody():
    assert not [s for s in _orgs("建好用好政协委员工作室。") if "工作室" in s]
    found = _orgs("杨浦区政协开会。各街道政协委员工作站负责人参加,大桥街道政协委员工作站负责人发言。")
    assert "大桥街道政协委员工作站" in found
    assert not [s for s in found if s.startswith("各")]


def test_organizations_a_name_not_cut_at_a_function_word_inside_a_place():
    found = _orgs("来源:呼和浩特日报 记者 王五\n由市政协主办,和平区文化馆承办。")
    assert "呼和浩特日报" in found and "浩特日报" not in found
    assert "科大讯飞有限公司" in _orgs("在科大讯飞有限公司调研。")


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("政协盐边县委员会成果丰硕。积极配合县文联,召开研讨会。", "县文联", "org/arts/510422"),
        ("每日甘肃网12月18日讯 据陇南日报报道", "每日甘肃网", "org/media/每日甘肃网"),
        ("甘肃日报、甘肃新媒体集团各平台", "甘肃新媒体集团", "org/named/甘肃新媒体集团"),
    ],
)
def test_organizations_a_body_after_a_verb_of_helping_a_dated_sites_news_and_a_group_before_its_units(
    text, surface, key
):
    found = _orgs(text)
    assert found.get(surface) == key, sorted(found)
    assert not [s for s in found if s.startswith("积极")]


def test_organizations_a_party_branch_of_a_place_with_a_four_character_short_name():
    found = _orgs("民盟西双版纳州委员会提案工作再创佳绩。")
    assert "民盟西双版纳州委员会" in found and "民盟" not in found


def test_organizations_a_verb_before_the_reports_own_county_government_is_no_far_county():
    found = _orgs("政协第九届凤阳县委员会闭幕。县政协将会同县政府及时召开交办会。")
    assert found.get("县政府") == "org/government/341126", sorted(found.items())


def test_organizations_a_standing_committee_by_its_term_starts_at_its_place_and_a_reviewing_committee():
    found = _orgs(
        "政协第九届吉安市委员会开幕。李庐琦作政协吉安市第三届委员会常委会工作报告。经提案委员会审查,立案90件"
    )
    assert "政协吉安市第三届委员会常委会" in found, sorted(found)
    assert not [s for s in found if s.startswith("李")]
    assert found.get("提案委员会", "").startswith("org/cppcc/")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("环渤海新闻网消息(记者 孙美)2月9日上午,市政协十四届二次会议开幕。", "环渤海新闻网"),
        ("满城区融媒体中心\n3月5日,满城区政协召开会议。", "满城区融媒体中心"),
    ],
)
def test_organizations_a_sites_news_and_a_places_media_centre(text, surface):
    assert surface in _orgs(text)


def test_organizations_media_after_a_verb_of_receiving_and_before_their_interview():
    found = _orgs("委员姚文伟、孙娟娟等先后接受大庆电视台、大庆日报的采访。")
    assert {"大庆电视台", "大庆日报"} <= set(found)
    assert not [s for s in found if s.startswith(("接受", "先后"))]


def test_organizations_a_partys_basic_level_committee_written_short():
    found = _orgs("区政协副主席、民盟瓯海区基层委主委戴刚向大会报告。")
    assert "民盟瓯海区基层委" in found and "民盟" not in found


def test_organizations_a_partys_own_news_names_its_committee_with_one_character():
    found = _orgs("九三学社桂林市委员会召开会议。副主委赖慧云代表社桂林市委做大会发言,社市委还提交了提案。")
    assert found.get("社桂林市委") == found.get("九三学社桂林市委员会")
    assert found.get("社市委") == found.get("九三学社桂林市委员会")
    assert "org/party/450300" not in found.values()


def test_organizations_she_before_a_city_committee_is_no_party_where_the_party_is_not_named():
    found = _orgs("合作社市委书记王强调研。")
    assert "社市委" not in found and not [k for k in found.values() if "九三学社" in k]


def test_organizations_a_partys_own_news_names_its_committee_shiweihui():
    text = "北海市政协开幕。张兰代表致公党北海市委会作了发言。两会期间,市委会共提交集体提案8件。"
    found = _orgs(text)
    assert found["市委会"] == found["致公党北海市委会"]
    assert "市委" not in found  # not the Communist Party's committee


def test_organizations_shiweihui_of_no_party_or_of_several_is_left_alone():
    assert "市委会" not in _orgs("北海市政协开幕。市委会共提交提案8件。")
    assert "市委会" not in _orgs("北海市政协开幕。民盟、民建参加。市委会共提交提案8件。")


def test_organizations_a_garrison_alone_among_a_citys_bodies_is_the_citys():
    found = _orgs("政协吉安市第五届委员会开幕。市委、市政府、军分区的领导出席。市委常委、军分区政委讲话。")
    assert found["军分区"] == "org/named/吉安军分区"


def test_organizations_no_garrison_alone_in_a_county_report():
    found = _orgs("政协代县第十届委员会开幕。县委、县政府、军分区领导出席。")
    assert "军分区" not in found


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("政协安庆市第十届委员会开幕。由文化委员会提交的《关于进一步繁荣文艺的建议》。", "文化委员会",
         "org/cppcc/special/340800/文化"),
        ("政协开化县委员会开幕。县政协《关于交通秩序的建议》及经科委《关于加强工业的建议》。", "经科委",
         "org/cppcc/special/330824/经科"),
    ],
)
def test_organizations_a_special_committee_alone_in_a_cppcc_report_is_its_own(text, surface, key):
    assert _orgs(text)[surface] == key


def test_organizations_no_special_committee_inside_another_word():
    found = _orgs("政协安庆市委员会开幕。加强文化委员会建设的市直部门。")
    assert not any("/special/" in k for k in found.values())


def test_organizations_jiusan_branches_named_zhishe_one_node_however_the_party_is_written():
    text = "克拉玛依市政协。九三学社克拉玛依支社提交提案,九三克拉玛依支社建言。九三学社中卫市总支社参加。"
    found = _orgs(text)
    assert found["九三学社克拉玛依支社"] == found["九三克拉玛依支社"]
    assert "九三学社中卫市总支社" in found


def test_organizations_the_level_word_and_tiananwei_is_the_reports_own():
    found = _orgs("银川市政协开会。市政协副主席张正标带领市提案委一行前往兴庆区调研。")
    assert found["市提案委"] == "org/cppcc/proposals/640100"


def test_organizations_bodies_named_by_their_suffix_between_verbs_of_setting_up():
    found = _orgs("固原市政协。独立设置自治区中医医院,依托宁夏医科大学设立中医研究院。鼓励组建大型企业集团。")
    assert "宁夏医科大学" in found and "自治区中医医院" in found
    assert not [s for s in found if s.startswith(("独立设置", "鼓励组建"))]


def test_organizations_a_higher_standing_committee_by_its_level_word_and_term():
    found = _orgs("固原市政协会议。崔波主席代表自治区政协十一届委员会常务委员会所作的工作报告。")
    assert found["自治区政协十一届委员会常务委员会"] == "org/cppcc/standing/640000"


def test_organizations_cooperatives_mills_and_morning_papers_by_their_suffix():
    found = _orgs(
        "双辽市政协。一行来到双辽市双英花生种植专业合作社、双辽市春天粮米加工厂。审议通过了关于与延边晨报合作事宜。"
        "扶持发展农民专业合作社。"
    )
    assert {"双辽市双英花生种植专业合作社", "双辽市春天粮米加工厂", "延边晨报"} <= set(found)
    assert not [s for s in found if s.endswith("农民专业合作社")]


def test_organizations_an_autonomous_countys_bodies_by_its_level_word():
    found = _orgs("政协威宁自治县委员会围绕自治县委、自治县人民政府中心工作。自治县政协主席禄炳军调研。")
    assert found["政协威宁自治县委员会"] == found["县政协"] == "org/cppcc/520526"
    assert found["县委"] == "org/party/520526"


def test_organizations_a_firm_after_a_zone_and_a_university_before_a_verb_of_joining():
    found = _orgs("县政协。县委常委王凤雏到经开区雅新魔芋有限公司调研。与西南大学共建肉兔科技小院。")
    assert {"雅新魔芋有限公司", "西南大学", "肉兔科技小院"} <= set(found), found


def test_organizations_a_new_areas_offices_and_a_studio_named_for_its_host():
    found = _orgs("贵阳市政协。贵安新区党工委委员杨志荣出席。近来,苗乡九黎书院委员工作室的委员们脚步匆忙。")
    assert {"贵安新区党工委", "苗乡九黎书院委员工作室"} <= set(found), found


def test_organizations_a_parties_prefecture_committee_is_not_the_party_committee():
    found = _orgs("大理州委会多项工作亮点写入州政协工作报告。州委会议召开。中共中央政治局会议通过了意见。")
    assert "大理州委" not in found and found["州委"] == "org/party/532900", found
    assert found["中共中央政治局"] == "org/party/central/politburo"


def test_organizations_a_paper_before_its_reporters():
    assert "长沙晚报" in _orgs("天心区政协会议开幕。\n长沙晚报全媒体记者 洪虹 实习生 单熙媛\n")


def test_organizations_a_sessions_review_committee_and_an_office_party_group_after_a_level_word():
    found = _orgs("开州区政协召开常委会。审议区政协十五届一次会议提案审查委员会名单。")
    assert found["区政协十五届一次会议提案审查委员会"] == "org/cppcc/proposal-review/500154"
    found = _orgs("哈密市政协机关党组召开会议。")
    assert found["哈密市政协机关党组"] == "org/cppcc/office/party-group/650500"


def test_organizations_the_whole_prefectures_committees_are_no_county_and_a_teachers_school():
    found = _orgs("黔南州政协召开会议。魏明禄指出,全州政协系统要深入。新疆农业职业技术学院教师李洁琼说。")
    assert not [k for k in found.values() if k.endswith("/450324")], found
    assert "新疆农业职业技术学院" in found
    assert not [s for s in _orgs("县政协。提高中小学教师待遇。") if s.endswith("中小学")]


def test_organizations_a_groups_reporters_and_a_papers_app_one_node_however_found():
    found = _orgs(
        "天健网消息(大连新闻传媒集团记者 金东淑 冉嬛)凝心聚力。"
        "湖南日报·新湖南客户端2月8日讯(记者 李孟河)今天上午。来源:新湖南客户端。下载客户端。"
    )
    assert found["大连新闻传媒集团"] == "org/named/大连新闻传媒集团"
    assert found["新湖南客户端"] == "org/media/新湖南客户端" and found["湖南日报"] == "org/media/湖南日报"
    assert "下载客户端" not in found


def test_organizations_a_party_branch_as_a_pieces_source_is_no_medium():
    found = extract_doc(make_doc("黄石市政协。来源:民进黄石市委会\n民进黄石市委会提交了提案。", "t.txt"))
    assert not [e for e in found.entities if e.kind == "Media"], found.entities


def test_organizations_the_national_committee_by_its_term_and_its_standing_committee():
    found = _orgs(
        "苏尼特左旗政协召开会议。王沪宁主席在政协第十四届全国委员会第二次会议上作的工作报告;"
        "会议传达学习了《全国政协常委会关于学习贯彻的决议》。"
    )
    assert found["政协第十四届全国委员会"] == "org/cppcc/national"
    assert found["全国政协常委会"] == "org/cppcc/standing/national"


def test_organizations_a_zones_office_named_without_its_place_is_the_reports_own_zones():
    found = _orgs("醴陵市政协开幕。得到中共醴陵市委书记、经开区党工委第一书记王利波的批示。")
    assert found["经开区党工委"] == "org/zone/醴陵经开区党工委"
    named = _orgs("海州区政协开幕。连云港高新区党工委书记李锋,区长、高新区管委会主任朱伟哲出席。")
    assert named["高新区管委会"] == "org/zone/连云港高新区管委会"  # the zone the report names


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("代县政协召开会议。县残联、县红十字会负责人出席。", "县残联", "org/disabled/140923"),
        ("代县政协召开会议。县残联、县红十字会负责人出席。", "县红十字会", "org/red-cross/140923"),
        ("该书受到陕西作协主席贾平凹的厚爱。", "陕西作协", "org/arts/writers/610000"),
        ("忻州市政协、忻州市书法家协会联合举办书画展。", "忻州市书法家协会", "org/arts/calligraphers/140900"),
        ("该书受到中国作协副主席陈忠实的厚爱。", "中国作协", "org/arts/writers/national"),
        ("全国妇联、中华全国总工会发出倡议。", "全国妇联", "org/women/national"),
    ],
)
def test_organizations_peoples_organizations_and_arts_associations(text, surface, key):
    assert _orgs(text).get(surface) == key


def test_organizations_the_office_of_a_pilot_free_trade_zone():
    found = _orgs("中国(上海)自由贸易试验区管理委员会、中国(上海)自由贸易试验区临港新片区管委会负责人出席。")
    assert found["中国(上海)自由贸易试验区管理委员会"] == "org/office/中国(上海)自由贸易试验区管理委员会"
    assert "中国(上海)自由贸易试验区临港新片区管委会" in found


def test_organizations_a_paper_before_what_it_ran():
    assert _orgs("会议期间,蚌埠日报先后推出《为民生鼓与呼》等专题报道。")["蚌埠日报"].startswith("org/")


def test_organizations_a_partys_working_committee_of_a_district_is_one_node():
    found = _orgs("汉阳区政协召开会议。民进汉阳区工委10名政协委员参加会议。民进区工委提交集体提案。")
    assert found["民进汉阳区工委"] == found["民进区工委"] == "org/party/中国民主促进会/420105/工委"


def test_youth_league_committees_by_full_relative_and_bare_names():
    found = _orgs(
        "三明市政协召开主席会议。县政协、市政协委员参加。张炜琳副主席带队走访市妇联、团市委等联系部门。"
        "共青团三明市委员会书记出席。市各民主党派、工商联、总工会、共青团、妇联负责人列席。团中央发来贺信。"
    )
    assert found["团市委"] == "org/youth-league/350400"
    assert found["共青团三明市委员会"] == "org/youth-league/350400"
    assert found["共青团"] == "org/youth-league/350400"
    assert found["团中央"] == "org/youth-league/national"
    assert found["市妇联"] == "org/women/350400"
    assert "市委" not in found  # 团市委 is no party committee
    assert not [t for t in found if "走访" in t]


def test_youth_league_alone_in_a_national_report_is_no_place_s():
    found = _orgs("国务院召开会议。支持工会、共青团、妇联等群团组织更好发挥作用。")
    assert "共青团" not in found


def test_cppcc_general_office_by_the_committees_full_name():
    found = _orgs("广西壮族自治区政协召开会议。\n中国人民政治协商会议广西壮族自治区委员会办公厅主管\n")
    assert found["中国人民政治协商会议广西壮族自治区委员会办公厅"] == "org/cppcc/general-office/450000"


@pytest.mark.parametrize(
    "text",
    [
        "各级政府都要重视图书馆建设。",
        "充分发挥行业协会商会作用。",
        "加快建设一批世界一流大学和一流学科。",
        "扩大军事集团,充分发挥党校作用。",
    ],
)
def test_organizations_kinds_of_body_after_a_verb_or_a_count_are_none(text):
    assert not _orgs(text)


def test_organizations_a_count_of_offices_names_none_and_a_visit_is_no_part_of_the_name():
    text = "已建成12个街道委员工作室、4个界别委员工作室。市政协主席莅临潆溪街道冯家寺社区委员工作站调研。"
    found = _orgs(text)
    assert not [t for t in found if t[0].isdigit() or "建成" in t or "莅临" in t], found


def test_organizations_general_offices_of_governments_congresses_and_party_committees():
    found = _orgs(
        "琼海市政协召开会议。琼海市人民政府办公室、市人大常委会办公室负责人参加。"
        "学习《中共江西省委办公厅关于加强市县政协工作的措施》。中共中央办公厅、全国政协办公厅印发通知。"
    )
    assert found["琼海市人民政府办公室"] == "org/government/469002/人民政府办公室"
    assert found["市人大常委会办公室"] == "org/government/469002/人大常委会办公室"
    assert found["中共江西省委办公厅"] == "org/party/360000/办公厅"
    assert found["中共中央办公厅"] == "org/party/central/general-office"
    assert found["全国政协办公厅"] == "org/cppcc/national/general-office"


def test_organizations_sites_the_pages_chrome_names_and_no_view_count():
    found = _orgs(
        "您所在的位置: 福州新闻网 >> 福州统一战线。发布者:前进发布 来源: 浏览量。制作:哈尔滨新闻网  备案号。"
        "本文为江华新闻网原创文章。"
    )
    for name in ("福州新闻网", "前进发布", "哈尔滨新闻网", "江华新闻网"):
        assert found.get(name) == f"org/media/{name}", found
    assert "浏览量" not in found


def test_organizations_media_listed_with_a_count_and_what_opens_the_list():
    found = _orgs("来自人民网、央视网等18家中央及市属媒体围绕协商平台深入报道。")
    assert found.get("人民网") == "org/media/人民网" and found.get("央视网") == "org/media/央视网", found
    found = _orgs("7名委员和代表,接受新闻网、娄底市电视台等媒体采访。")
    assert "娄底市电视台" in found and "接受新闻网" not in found and "新闻网" not in found, found


def test_organizations_no_media_from_members_who_met_the_press_or_a_pages_buttons():
    assert not _orgs("在本次政协会议上,委员栾健、王希江等还接受了媒体的专访。")
    assert not _orgs("发布时间:2017-05-03 文章来源: 放大 缩小 关闭 浏览量:\n")


def test_organizations_service_centres_named_by_their_place_only():
    found = _orgs("盘山县政协召开会议。盘山县招商服务中心、莲湖区政务服务中心负责人参加。建好党群服务中心。")
    assert found.get("盘山县招商服务中心") == "org/named/盘山县招商服务中心", found
    assert "党群服务中心" not in found and "建好党群服务中心" not in found


def test_organizations_a_consultation_meeting_is_no_chamber_of_commerce():
    assert not [t for t in _orgs("保山市政协召开这次提案面商会,委员面对面协商。") if "商会" in t]


def test_organizations_a_party_named_by_its_level_before_yiji():
    found = _orgs("肇庆市政协开幕。市民进以及王沁、谢春元等委员提出《关于推进东部城区产业一体化的建议》。")
    assert found["市民进"] == "org/party/中国民主促进会/441200/委员会/民进肇庆市委员会"


def test_organizations_departments_of_a_report_that_names_no_place_are_its_own():
    text = "市政协召开评议会。会上,市发改委、市金融办等部门的负责同志汇报。县委常委、统战部部长出席。"
    result = extract_doc(make_doc(text, "t.txt"))
    doc = result.doc.doc_id
    found = {m.text: m.key for m in result.mentions if m.type is EntityType.ORGANIZATION}
    assert found["市发改委"] == f"org/government/report/{doc}/市/发改委"
    assert found["市金融办"] == f"org/government/report/{doc}/市/金融工作办公室"
    assert found["统战部"] == f"org/party/report/{doc}/县/统战部"
    # with a place, the place's
    placed = _orgs("安康市政协召开会议。市发改委负责同志汇报。")
    assert placed["市发改委"] == "org/government/610900/发改委"


def test_organizations_bare_departments_handling_a_proposal_are_the_reports_places():
    found = _orgs("红寺堡区政协召开会议。主办单位:农业农村局;协办单位:文体局、住建局。")
    assert found["农业农村局"] == "org/government/640303/农业农村局"
    assert found["文体局"] == "org/government/640303/文体局"
    assert "农业农村局" not in _orgs("红寺堡区政协召开会议。要重视农业农村局面。")


def test_organizations_the_other_judicial_organ_shares_the_level_word():
    found = _orgs("宁德市政协开幕。宁德军分区领导,市法院、检察院主要负责同志出席。")
    assert found["检察院"] == "org/procuratorate/350900", found


def test_organizations_bodies_named_by_their_suffix_before_adverbs_and_verbs_of_arriving():
    found = _orgs(
        "沈河区政协召开会议。辽宁股权交易中心挂牌企业达1283家,沈阳民间借贷登记服务中心正式营业。"
        "中宁县政协文艺界别委员工作室正式成立。去年银川市人民医院积极开展义诊。"
    )
    expected = {"辽宁股权交易中心", "沈阳民间借贷登记服务中心", "中宁县政协文艺界别委员工作室"}
    expected.add("银川市人民医院")
    assert expected <= set(found)


def test_organizations_media_in_a_list_after_a_verb_of_receiving_glued_before_it():
    found = _orgs("唐山市政协。主委刘晓玲等8人次接受唐山电视台、报社等媒体采访。")
    assert "唐山电视台" in found and not [s for s in found if s.endswith("接受唐山电视台")]


def test_organizations_the_politburo_without_the_party_written():
    found = _orgs("晋江市政协召开会议,学习领会在中央政治局民主生活会上的重要讲话精神。")
    assert found.get("中央政治局") == "org/party/central/politburo"


def test_organizations_a_congress_standing_committee_written_in_full_after_a_level_word():
    found = _orgs("乐至县政协会议。刘翼当选为县人大常务委员会委员。")
    assert found.get("县人大常务委员会") == "org/congress/standing/512022"


def test_organizations_a_verb_of_going_is_no_part_of_a_studios_name():
    found = _orgs("浔阳区政协。委员兵分五路,由副主席带队,赴各街道委员工作室、社区、创业园区恳谈。")
    assert not [s for s in found if s.startswith("赴")]


def test_organizations_what_a_site_did_with_a_piece_is_no_part_of_its_name():
    found = _orgs("济宁市政协召开会议。\n来源:济宁新闻网收集编辑:济宁新闻网")
    assert "济宁新闻网" in found and "济宁新闻网收集" not in found


def test_organizations_a_party_branch_ends_before_a_second_mention_of_its_party():
    found = _orgs("广安市政协。全市民盟盟员上报民盟广安市委信息240余条。")
    assert found["民盟广安市委"] == "org/party/中国民主同盟/511600/委员会/民盟广安市委员会"
    assert not any("盟员" in label for label in found)


def test_organizations_a_body_named_after_a_verb_of_holding():
    found = _orgs("道外区政协举行医药卫生界别委员工作站揭牌仪式。")
    assert "医药卫生界别委员工作站" in found
    assert not any("举行" in surface for surface in found)


def test_organizations_qu_closing_a_word_is_no_level():
    found = _orgs("县政协主席到铁东街道调研,要求结合辖区政协委员特长助力街道发展。县政协党组书记出席。")
    assert "区政协" not in found


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a hospital, and another that hosts a members' studio named after it
        (
            "三亚市政协王海明一行先后到三亚市妇幼保健院、三亚中心医院委员联系界别群众工作站进行实地调研。",
            {"三亚市妇幼保健院", "三亚中心医院"},
        ),
        # a kindergarten by its former head
        ("梁平区原政协委员、双桂幼儿园原园长唐祖萍在参加活动时感慨道。", {"双桂幼儿园"}),
        # a paper before its all-media reporter
        ("九江新闻网讯(九江日报全媒记者 包四华/文)", {"九江日报"}),
    ],
)
def test_organizations_bodies_before_a_hosted_studio_a_former_head_or_an_all_media_reporter(text, surfaces):
    assert surfaces <= set(_orgs(text))


def test_organizations_a_paper_and_its_office_are_one():
    found = _orgs("来源: 九江市融媒体中心(九江日报社 九江市广播电视台)。九江日报全媒记者 包四华")
    assert found["九江日报社"] == found["九江日报"] == "org/media/九江日报"


def test_organizations_a_department_named_alone_opening_a_clause_is_the_reports_places():
    found = _orgs("中卫市沙坡头区政府。2.财政局承办的“关于工业园区建设资金的建议”,财政局已拨付资金。")
    assert found["财政局"] == "org/government/640502/财政局"
    assert "财政局" not in _orgs("中卫市沙坡头区政府。他曾在财政局工作。")


def test_organizations_departments_in_general_are_none_and_more_departments_by_name():
    assert not any("水利部" in s for s in _orgs("张家口市政协了解市水利部门上半年主要工作完成情况。"))
    found = _orgs("吕梁市政协考察。会议由吕梁市委史志研究室主任李成明主持。天水市扶贫开发办公室印发通知。")
    assert found["吕梁市委史志研究室"] == "org/party/141100/史志研究室"
    assert found["天水市扶贫开发办公室"] == "org/government/620500/扶贫开发办公室"


def test_organizations_a_firm_named_after_a_members_post():
    found = _orgs("武昌区政协委员一行到社区。区政协委员武汉房陵清真餐饮有限公司总经理程鹏捐赠按摩椅。")
    assert found["武汉房陵清真餐饮有限公司"] == "org/named/武汉房陵清真餐饮有限公司"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("阿坝州政协调研。来到汶川县威州镇布瓦村九耕农业开发有限责任公司。", "九耕农业开发有限责任公司"),
        ("武川县政协调研。走进武川县鱼得水沟村内蒙古旭丰农业科技有限公司。", "内蒙古旭丰农业科技有限公司"),
    ],
)
def test_organizations_a_firm_is_named_without_the_village_it_is_in(text, surface):
    assert surface in _orgs(text)


def test_organizations_media_listed_before_deng_news_units():
    found = _orgs("贵阳市政协。新华网、央视网、中国青年网、团结报、人民政协网等多家中央新闻单位参加报道。")
    assert {"新华网", "央视网", "中国青年网", "团结报", "人民政协网"} <= set(found)


def test_organizations_departments_listed_across_items_of_other_kinds():
    text = (
        "咸阳市秦都区政协召开会议。区政协提案专委会部分成员参加了会议。"
        "区民政局、农林畜牧局、“双创办”、 商务局、教育局五家承办单位负责人作了汇报。"
    )
    found = _orgs(text)
    assert found["区政协提案专委会"] == "org/cppcc/proposals/610402"
    assert found["农林畜牧局"] == "org/government/610402/农林畜牧局"
    assert found["商务局"] == "org/government/610402/商务局"
    assert found["教育局"] == "org/government/610402/教育局"


def test_organizations_a_list_of_cities_sharing_their_committee_after_a_word():
    found = _orgs("赤水河流域的昭通市、毕节市、遵义市、泸州市政协主席参加了视察。")
    assert found["昭通市"] == "org/cppcc/530600"
    assert found["泸州市政协"] == "org/cppcc/510500"


def test_organizations_a_university_before_its_own_school_or_branch():
    found = _orgs("河南科技大学车辆与交通工程学院教授张三发言。")
    assert found["河南科技大学"] == "org/named/河南科技大学"
    found = _orgs("民盟洛阳市河南科技大学总支主委张三发言。")
    assert found["河南科技大学"] == "org/named/河南科技大学"
    assert "民盟洛阳市河南科技大学" not in found


def test_organizations_a_special_committee_after_zhengxie_and_its_place():
    found = _orgs("政协副主席张汝俊作了《政协临朐县提案委员会关于提案工作的报告》。")
    assert found["政协临朐县提案委员会"] == "org/cppcc/proposals/370724"
    assert _orgs("政协大同市文史委员会编辑出版。")["政协大同市文史委员会"] == "org/cppcc/special/140200/文史"


def test_organizations_chemical_plants_and_sewage_works_by_their_suffix():
    found = _orgs("先后视察了城关镇污水处理厂、垃圾填埋场，茅坪镇永宏化工厂。")
    assert {"城关镇污水处理厂", "茅坪镇永宏化工厂"} <= set(found)


def test_organizations_the_site_a_source_line_names_with_spaces_or_after_laizi():
    assert "西双版纳新闻网" in _orgs("  • 来源 :西双版纳新闻网\n")
    assert "中国徐州网" in _orgs("作者: 李梦虎 于珑|来自: 中国徐州网\n")


def test_organizations_teams_that_inspect_or_guide_elections():
    for text, team in (
        ("省委换届风气督查组来我县检查。", "省委换届风气督查组"),
        ("市委第二换届风气督查组组长张三出席。", "市委第二换届风气督查组"),
        ("自治区第二换届督查指导组莅临。", "自治区第二换届督查指导组"),
    ):
        assert team in _orgs(text)
    assert not any(k.endswith("督导组") for k in _orgs("市委要求各督导组认真履职。"))


def test_organizations_a_townships_cppcc_office_or_a_streets_party_working_committee():
    assert "山庄乡政协联络组" in _orgs("山庄乡政协联络组组织委员视察。")
    found = _orgs("尧化街道政协工委召开会议，听取虹梅街道党工委汇报。")
    assert {"尧化街道政协工委", "虹梅街道党工委"} <= set(found)
    found = _orgs("要紧紧围绕街道党工委中心工作，各乡镇政协工委积极参与。")
    assert not any(k.endswith(("党工委", "政协工委")) for k in found)


def test_orgs_levels_written_together_are_no_one_committee():
    text = "襄阳市政协到谷城县调研市县政协协同工作。市政协委员、县政协主席熊福然参加。"
    result = extract_doc(make_doc(text, "t.txt"))
    found = {(m.start, m.text): m.key for m in result.mentions if m.type is EntityType.ORGANIZATION}
    together = text.index("市县政协")
    assert not [s for s in found if together <= s[0] <= together + 1]  # 市县政协: both levels together
    assert found[(text.index("县政协主席"), "县政协")] == "org/cppcc/420625"  # 谷城县, the one county named


def test_orgs_the_next_leading_body_shares_the_place_written_before_it():
    text = "5月11—14日,腾冲县人大、政协组织了50余名人大代表、政协委员到蒲川乡视察。"
    found = _orgs(text)
    assert found["腾冲县人大"] == "org/congress/530581"
    assert found["政协"] == "org/cppcc/530581"


def test_orgs_no_place_is_read_across_a_line_break():
    assert _orgs("相关热词:\n茶叶\n腾冲县\n政协\n人大") == {}


def test_orgs_a_special_committee_by_its_short_name_before_its_heads_post():
    text = (
        "政协杭州市滨江区委员会召开常委会议。会议听取提案委主任周国桥的汇报。"
        "会议听取教文委副主任黄美丽的汇报。会议听取城建委主任陈悦的汇报。"
    )
    found = _orgs(text)
    assert found["提案委"] == "org/cppcc/proposals/330108"
    assert found["教文委"] == "org/cppcc/special/330108/教文"
    assert found["城建委"] == "org/cppcc/special/330108/城建"
    other = _orgs("政协东安县委员会召开会议。永州市政协委员学习联络委主任欧阳国川一行来东安调研。")
    assert not [s for s in other if s.endswith("联络委")]


def test_orgs_a_group_before_its_founder():
    found = _orgs("调研组召开座谈会,与圣农集团创始人傅光明等当地政协委员座谈。")
    assert found["圣农集团"] == "org/named/圣农集团"


def test_orgs_the_members_work_committee_by_its_clipped_short_form():
    found = _orgs("政协文成县委员会召开会议。县政协委员工委和经济委进行业务指导。")
    assert found["县政协委员工委"] == "org/cppcc/special/330328/委员工作"


def test_orgs_a_committees_members_activity_group_numbered_or_named():
    found = _orgs("襄阳市政协第二十四委员活动组组织开展乡村振兴专题调研。")
    assert found["襄阳市政协第二十四委员活动组"] == "org/cppcc/group/420600/第二十四委员活动组"
    found = _orgs("政协第八届石狮市委员会蚶江活动组提出建议。")
    assert found["政协第八届石狮市委员会蚶江活动组"] == "org/cppcc/group/350581/蚶江活动组"


def test_orgs_members_of_levels_written_together_name_no_committee():
    found = _orgs("衡山县政协组织省、市、县政协委员围绕片区发展协商。")
    assert "org/cppcc/430000" not in found.values() and "org/cppcc/430400" not in found.values()


def test_orgs_a_partys_branch_by_its_level_after_a_verb_of_joining():
    found = _orgs("近日,兰州市政协联合市民革开展委员联系界别群众书画笔会活动。")
    assert found["市民革"] == "org/party/中国国民党革命委员会/620100/委员会/民革兰州市委员会"


def test_orgs_jing_opening_a_word_is_no_function_word_before_a_name():
    found = _orgs("工商联界别委员工作室、经济界别委员工作室等围绕产业发展建言资政。据山西经济日报报道。")
    assert "经济界别委员工作室" in found and "济界别委员工作室" not in found
    assert found.get("山西经济日报") == "org/media/山西经济日报"


def test_orgs_a_cooperative_by_its_brand_and_produce_in_a_list_of_sites():
    found = _orgs("调研组一行先后深入鸾凤共富产业园项目、圣农博物馆、武夷绿园蔬菜专业合作社、玲珑溪谷等地。")
    assert found["武夷绿园蔬菜专业合作社"] == "org/named/武夷绿园蔬菜专业合作社"
    assert "农民专业合作社" not in _orgs("发展家庭农场、农民专业合作社、龙头企业等。")


def test_orgs_construction_cityscape_and_traffic_police_departments_by_level_word():
    found = _orgs("政协鸡西市滴道区委员会召开会议。区建设局办理提案。区市容园林委相关负责人表示。")
    assert found["区建设局"] == "org/government/230304/建设局"
    assert found["区市容园林委"] == "org/government/230304/市容园林委员会"


def test_orgs_no_activity_group_of_the_kind_an_award_goes_to():
    found = _orgs("政协厦门市委员会表彰市政协先进界别活动小组5个。")
    assert not [s for s in found if s.endswith("活动小组")]
