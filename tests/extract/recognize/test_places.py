"""Places: divisions resolved by the report's own place, short forms, features."""

import pytest

from extract.pipeline import extract_doc
from extract.read import make_doc
from extract.records import EntityType


def _places(text: str) -> dict[str, str]:
    result = extract_doc(make_doc(text, "t.txt"))
    return {m.text: m.key for m in result.mentions if m.type is EntityType.PLACE}


def test_places_full_and_short_forms_resolve_to_codes():
    found = _places("政协第十四届运城市盐湖区委员会第二次会议闭幕。共商盐湖发展大计。")
    assert found["运城市"] == "place/140800"
    assert found["盐湖区"] == "place/140802"
    assert found["盐湖"] == "place/140802"


def test_places_inside_person_names_are_dropped():
    found = _places("政协运城市盐湖区委员会。副主席周长春、李雪峰出席。")
    assert "长春" not in found


def test_places_far_county_short_forms_are_words():
    # 同德 is a county of Qinghai; in a report of Inner Mongolia it is 同心同德.
    found = _places("政协乌拉特中旗第十四届委员会开幕。与旗委同心同德。")
    assert "同德" not in found
    assert found["乌拉特中旗"] == "place/150824"


def test_places_slogans_are_not_two_character_counties():
    assert "兴县" not in _places("紧紧围绕“生态立县、工业强县、旅居兴县”战略。")
    assert "兴县" not in _places("保定市政协开幕。为促进“又好又快发展、强市兴县富民”作出了贡献。")
    assert _places("赴吕梁兴县考察。")["兴县"] == "place/141123"


def test_places_inner_mongolia_banner_abbreviations():
    assert _places("政协科右前旗第十五届委员会第一次会议开幕。")["科右前旗"] == "place/152221"


def test_places_venue_named_culture_centre():
    found = _places("会议在武定县宣传文化中心开幕。")
    assert found["武定县宣传文化中心"] == "place/feature/武定县宣传文化中心"


def test_places_venues_and_regions_of_several_divisions():
    found = _places("政协塔什库尔干塔吉克自治县第十五届委员会会议在葱岭演艺中心开幕。密切与港澳委员联系。")
    assert found["葱岭演艺中心"] == "place/feature/葱岭演艺中心"
    assert found["港澳"] == "place/region/港澳"


def test_places_communities_standing_alone_and_not_generic_ones():
    found = _places("政协合肥市包河区委员会开幕。滨湖世纪社区、方兴社区、区直各部门列席。加强城乡社区治理。")
    assert found["方兴社区"].startswith("place/village/")
    assert found["滨湖世纪社区"].startswith("place/village/")
    assert "城乡社区" not in found


def test_places_areas_named_after_the_places_they_join():
    found = _places("落实强省会、福州都市圈等重大战略。推动成渝地区双城经济圈建设。发展大城市群和都市圈。")
    assert found["福州都市圈"] == "place/region/福州都市圈"
    assert "双城经济圈" not in found
    assert not [s for s in found if s.startswith("大城")]


def test_places_townships_after_a_verb_of_going_and_no_generic_ones():
    found = _places("政协三江侗族自治县委员会。视察组先后深入古宜镇、黄排出口。全县各乡镇。城市或集镇。")
    assert found["古宜镇"].startswith("place/town/")
    assert not [s for s in found if s.endswith(("各乡镇", "集镇"))]


def test_places_a_provinces_short_name_before_one_of_its_places():
    found = _places("政协商丘市委员会开幕。\n甘肃武都:野生大熊猫入村\n西藏萨嘎达瓦 转经\n推进山西转型。")
    assert found["甘肃"] == "place/620000"
    assert found["西藏"] == "place/540000"
    # an unambiguous province's short name is the province whatever follows it (山西转型, 香港热心人士);
    # one that is also another division's (吉林 the city) is not, unless one of its places follows
    assert found["山西"] == "place/140000"
    assert "吉林" not in _places("政协商丘市委员会开幕。推进吉林转型。")


def _place_names(text: str) -> dict[str, tuple[str, ...]]:
    result = extract_doc(make_doc(text, "t.txt"))
    return {e.label: e.aliases for e in result.entities if e.type is EntityType.PLACE}


def test_places_the_hall_a_meeting_opens_in_and_its_building():
    found = _place_names("中国人民政治协商会议元谋县第十届委员会第五次会议在县图书馆报告厅开幕。")
    assert "县图书馆报告厅" in found["元谋县图书馆"]
    assert "南丰县桔都大厦" in _place_names("政协南丰县第十四届委员会第六次会议在县桔都大厦开幕。")
    assert "中山市会议中心" in _place_names("政协中山市委员会会议假中山市会议中心举行。")


def test_places_a_meeting_room_is_no_place():
    found = _places("政协三江侗族自治县委员会在县政协会议室召开会议。")
    assert not any("会议室" in s for s in found)


def test_places_a_feature_inside_a_longer_place_name_is_no_mention():
    found = _places(
        "政协大理市第八届委员会第一次会议在苍山饭店礼堂隆重开幕。政协第九届黄山市徽州区委员会开幕。"
    )
    assert "苍山" not in found and "黄山" not in found
    assert found["苍山饭店"] == "place/feature/苍山饭店"
    names = _place_names("政协大理市第八届委员会第一次会议在苍山饭店礼堂隆重开幕。")
    assert "苍山饭店礼堂" in names["苍山饭店"]


def test_places_lines_named_by_the_places_they_join_and_new_towns():
    found = _places("政协兴隆县委员会开幕。京哈高铁建成通车,承平高速全面开工。会议在东部新城召开。")
    assert found["京哈高铁"] == "place/feature/京哈高铁"
    assert found["承平高速"] == "place/feature/承平高速"
    assert found["东部新城"] == "place/region/东部新城"
    assert not any(s.endswith("高速") for s in _places("这是高速发展的时期。经济保持高速增长。"))


def test_places_a_countys_short_name_in_a_list_of_its_provinces_places():
    found = _places("政协磐安县委员会开幕。结合赴丽水、建德等县、市的学习考察。")
    assert found["建德"] == "place/330182"
    assert "建德" not in _places("政协磐安县委员会开幕。建德人民热情好客。")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("区政协一行考察了西沽公园,听取了介绍。", "西沽公园"),
        ("基层治理的实践与探索——以清江村为例。", "清江村"),
        ("1月22日下午在创新广场胜利闭幕。", "创新广场"),
        ("会议在胜利宾馆电影厅落下帷幕。", "胜利宾馆"),
    ],
)
def test_places_sites_visited_and_meeting_halls(text, surface):
    assert surface in _places(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("委员们深入贫困村、走进农村开展调研。", "贫困村"),
        ("建立以国家公园为主体的自然保护地体系。", "国家公园"),
        ("参观了这个博物馆。", "这个博物馆"),
    ],
)
def test_places_kinds_of_villages_and_parks_are_no_names(text, surface):
    assert surface not in _places(text)


def test_places_an_acting_county_head_is_no_county():
    assert "代县" not in _places("双牌县政协开幕。县委副书记、代县长蔡富强出席。")
    assert "代县" in _places("委员们考察了代县长城的保护。")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("调研组先后深入临泽县板桥镇土桥村实地查看。", "板桥镇"),
        ("调研组先后深入临泽县板桥镇土桥村实地查看。", "土桥村"),
        ("在泾源县泾河源镇冶家村,养殖户讲解技术。", "冶家村"),
        ("县委常委、常务副县长、高沟镇党委书记吴勇出席。", "高沟镇"),
        ("委员们从全市各地陆续赶到萍乡市宏基大酒店报到。", "萍乡市宏基大酒店"),
        ("日前,湖南省怀化市溆浦县淘金坪乡政协委员开展群众走访。", "淘金坪乡"),
        ("在县政协的推动下,卢峰镇雅堂村芙蓉学校旁的垃圾清走了。", "卢峰镇"),
        ("在县政协的推动下,卢峰镇雅堂村芙蓉学校旁的垃圾清走了。", "雅堂村"),
        ("政协委员钟少伟是黄田镇大坑村的村民。", "黄田镇"),
        ("政协委员钟少伟是黄田镇大坑村的村民。", "大坑村"),
    ],
)
def test_places_townships_after_their_county_villages_after_their_township_and_hotels_reached(text, surface):
    assert surface in _places(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [("农村实行政社分开,建立乡政府。", "建立乡"), ("全县各乡镇党委书记参加。", "各乡镇")],
)
def test_places_verbs_and_every_township_are_no_townships(text, surface):
    assert surface not in _places(text)


@pytest.mark.parametrize(
    "text",
    ["高世忠主席强调,搭建乡镇“协商议事室”平台。", "在全区12个街道开展了“走进街道,走访社区”主题实践活动。"],
)
def test_places_townships_in_general_are_no_township(text):
    assert not [n for n in _places(text) if n.endswith(("乡镇", "街道"))]


def test_places_a_township_visited_for_a_survey_and_a_new_area_named_for_a_river():
    assert "草河掌镇" in _places("县政协主席深入草河掌镇调研指导。")
    found = _place_names("临沂市政协。市委常委、副市长,沂河新区党工委书记就市政府工作报告发言。")
    assert "沂河新区" in found and "沂河" not in found


def test_places_a_name_read_as_a_person_elsewhere_in_the_report_is_no_place():
    found = _places("县领导孔斌、黄海平、马士成出席。孔斌黄海平等到会祝贺。")
    assert "黄海" not in found
    assert "黄山" not in _places("作者: 黄山 | 责任编辑: 秦金月\n(记者 黄山)5月22日下午,会议召开。")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("政协第十四届东莞市委员会第四次会议在市会议大厦隆重开幕。", "市会议大厦"),
        ("政协第十三届邢台市委员会第四次会议圆满完成各项议程,在冶金俱乐部闭幕。", "冶金俱乐部"),
        ("政协邵阳市大祥区第六届委员会第六次会议在区行政中心一楼大会议室开幕。", "区行政中心一楼大会议室"),
    ],
)
def test_places_the_building_a_session_opens_or_closes_in(text, surface):
    assert surface in _places(text)


def test_places_a_meeting_room_of_no_named_building_is_no_place():
    assert not [s for s in _places("政协邵阳市大祥区委员会在三楼会议室召开主席会议。") if "会议室" in s]


def _all_place_names(text: str) -> set[str]:
    result = extract_doc(make_doc(text, "t.txt"))
    return {n for e in result.entities if e.type is EntityType.PLACE for n in (e.label, *e.aliases)}


def test_places_a_hall_after_its_building_and_the_building_as_written():
    names = _all_place_names("政协梅河口市第十届委员会第一次会议在市政务中心一楼会议室隆重开幕。")
    assert "市政务中心" in names  # the building of the room, as the report writes it
    names = _all_place_names("政协贵港市第五届委员会第一次会议在市会议中心大会堂胜利闭幕。")
    assert "市会议中心大会堂" in names


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # townships and communities before the members' stations they hold
        (
            "辽阳市政协。在东京陵街道政协委员工作站观摩。小屯镇委员工作站、庆阳街道黎明社区“两代表一委员”工作室代表发言。",
            {"东京陵街道", "小屯镇", "庆阳街道", "黎明社区"},
        ),
        # a place right after its province's name, or before 以及
        ("曲靖市政协。到周边四川宜宾、泸州和贵州毕节以及曲靖等地开展调研考察。", {"毕节", "宜宾", "泸州"}),
        # the province a region or programme is named after (the port itself is the programme)
        ("政协定安县委员会。2020年是海南自由贸易港建设的开启之年。", {"海南"}),
        ("长沙市政协。推进湖南湘江新区建设。", {"湖南", "湖南湘江新区"}),
    ],
)
def test_places_townships_before_stations_places_after_provinces_and_regions_heads(text, surfaces):
    assert surfaces <= set(_places(text))


def test_places_no_township_takes_the_verb_before_it():
    found = _places("辽阳市政协。在东京陵街道政协委员工作站观摩。深入大柳镇调研。")
    assert "在东京陵街道" not in found
    assert "深入大柳镇" not in found


def test_places_a_township_before_its_consultation_room_and_no_verb_as_one():
    found = _places("济南市章丘区政协。主席听取了街道政协委员联络室工作汇报。双山街道商量工作室。")
    assert "双山街道" in found
    assert not [s for s in found if s.startswith("听取")]


def test_places_a_provinces_own_short_name_before_any_word_and_a_hall_after_its_building():
    found = _places("韶关市政协。政协常委黎宏照和香港热心人士林亮先生慷慨解囊。")
    assert found["香港"] == "place/810000"
    names = _all_place_names("静安区政协全会在海上文化中心大宁剧院隆重召开。")
    assert "海上文化中心大宁剧院" in names


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("建议:在哈尔盖镇修建饲料加工厂,方便群众运进牲畜饲料。", "哈尔盖镇"),
        ("督查组一行先后到精河县托里镇就业驿站、阿拉山口市调研。", "托里镇"),
    ],
)
def test_places_a_township_before_any_word_after_a_verb_of_going_or_its_county(text, town):
    assert town in _places(text)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("因湖水上涨,致使沙柳河镇果洛藏贡麻村和潘保村三十余户牧民受灾。", ("沙柳河镇", "果洛藏贡麻村")),
        ("安排资金33万元,修建红果乡三滩傈僳族村村小。", ("红果乡", "三滩傈僳族村")),
        ("三是近期吉尔孟乡政府工作人员作风散漫。", ("吉尔孟乡",)),
    ],
)
def test_places_a_township_its_village_or_government_vouches_for_after_any_word(text, towns):
    found = _places(text)
    assert all(t in found for t in towns), sorted(found)


def test_places_a_township_named_for_its_site_and_no_township_from_a_rivers_countryside():
    found = _places("释印乐委员《关于白马寺镇周边污水无法正常排放亟待解决的建议》。发展长江乡村旅游。")
    assert "白马寺镇" in found and "白马寺" not in found and "长江乡" not in found, sorted(found)


def test_places_no_township_vouched_for_from_a_word_or_a_clause():
    found = _places("加强乡政府建设,推进城乡政府服务,下,卢峰镇雅堂村。城镇新农村建设。")
    assert not [t for t in found if t.endswith(("镇", "乡")) and t != "卢峰镇"], sorted(found)


def test_places_no_township_from_a_word_before_xiang_or_zhen():
    found = _places(
        "在重点乡镇推广,在特色小镇建设中,在全县各乡镇开展,到我县乡镇调研。"
        "保护少数民族传统文化及特色村镇,发展中小城市和小城镇。"
    )
    assert not [t for t in found if t.endswith(("镇", "乡"))]


def test_places_a_verb_before_the_reports_own_county_government_is_no_far_county():
    found = _places("政协第九届凤阳县委员会闭幕。县政协将会同县政府及时召开交办会。")
    assert "凤阳县" in found and "会同县" not in found


def test_places_a_former_county_name_in_a_list_is_a_full_name():
    found = _places("柳州市城中区政协开幕。城中区、海城区、北流县、钦南区、容县等七个县(市、区)政协参加。")
    assert "北流县" in found


def test_places_far_counties_after_their_province_or_in_a_counted_list():
    found = _places(
        "湘鄂黔渝边区县(市区)政协工作联系会在龙山县召开。会上,长阳、德江、凤凰等10个县市区政协交流发言;"
        "会议通过了湖北省长阳县加入联系会的决议。"
    )
    assert found.get("长阳") == found.get("长阳县") == "place/420528"
    assert found.get("德江") == "place/520626"


def test_places_an_industrial_cluster_zone_named_after_its_county():
    assert "范县产业集聚区" in _places("委员们到范县产业集聚区调研。")


def test_places_a_run_of_provinces_short_names_is_their_border_region():
    found = _places("开展“加强湘粤桂合作”调研。湘鄂渝黔政协联席会议召开。推动京津冀协同发展。")
    assert found["湘粤桂"] == "place/region/湘粤桂" and found["湘鄂渝黔"] == "place/region/湘鄂渝黔"


def test_places_no_border_region_from_repeated_or_worded_runs():
    found = _places("苏新亚和鲁新元出席。川川渝渝合作。")
    assert not [k for k in found.values() if k.startswith("place/region/")], found


def test_places_a_township_after_its_county_before_a_community():
    found = _places("银川市政协。调研组先后到兴庆区银古路街道宝南社区、掌政镇调研。")
    assert "银古路街道" in found and "宝南社区" in found


def test_places_a_province_and_its_city_written_together_however_segmented():
    found = _places("晋中市政协会议。委员围绕高标准建设山西晋中国家级农高区作了发言。")
    assert found.get("山西") == "place/140000" and found.get("晋中") == "place/140700", found


def test_places_no_division_that_runs_on_into_a_feature_after_its_province():
    found = _places("铜陵市政协会议。例如大冶钢厂,安徽铜官山矿务局。黑龙江三江平原、江西鄱阳湖地区。")
    assert "铜官" not in found and "鄱阳" not in found, found


def test_places_rivers_and_ranges_with_a_longer_name_than_the_one_inside_them():
    found = _places("双辽市政协。现场查看西辽河双辽段。地处冈底斯山至念青唐古拉山以南。")
    assert "西辽河" in found and "念青唐古拉山" in found and "辽河" not in found and "唐古拉山" not in found


def test_places_a_county_under_its_province_with_no_prefecture_is_counted_as_a_city():
    from extract.gazetteer import Gazetteer
    from extract.recognize.places import place_kind

    gazetteer = Gazetteer.load()
    assert place_kind(gazetteer.by_code("429006")) == "DirectCounty"  # 天门市
    assert place_kind(gazetteer.by_code("469005")) == "DirectCounty"  # 文昌市
    assert place_kind(gazetteer.by_code("110105")) == "County"  # 朝阳区 of 北京市
    assert place_kind(gazetteer.by_code("140923")) == "County"  # 代县


def test_places_a_township_of_an_ordinary_word_its_village_vouches_for():
    found = _places("威宁自治县政协。副主席徐锋到东风镇三庄村指导工作。推进机构改革、建立乡政府。")
    assert "东风镇" in found and "三庄村" in found
    assert "建立乡" not in found


def test_places_no_region_from_a_short_name_inside_another_word():
    found = _places("奉节县政协。与西南大学共建肉兔科技小院。为推动黔西南高质量发展。西南地区发展。")
    assert list(found) == ["奉节县", "西南地区"], found


def test_places_no_township_where_a_countys_name_ends_in_zhen():
    found = _places("贵阳市政协。深入实施“富矿精开”,推进清镇“铝及铝加工产业园”发展。")
    assert found.get("清镇") == "place/520181" and "推进清镇" not in found, found


def test_places_the_districts_the_division_data_leaves_out():
    assert _places("近年来,渝北区政协深入学习。")["渝北区"] == "place/500112"


def test_places_a_street_office_after_its_district_and_a_community_before_its_road():
    found = _places("天心区政协。天心区桂花坪街道的居民们都赞不绝口。之前,桂花坪街道金桂社区豹塘路常有摊贩。")
    assert "桂花坪街道" in found and "金桂社区" in found, found


def test_places_no_feature_across_the_edge_of_the_reports_own_division():
    assert "南海" not in _places("西山区政协。中共西山区委书记、云南海口产业园区党工委书记张攀。")
    assert "罗浮山" in _places("惠州市政协。推动环南昆山—罗浮山县镇村高质量发展。")


def test_places_a_township_after_a_link_its_studio_vouches_for_and_none_of_a_committee():
    found = _places("南雄市政协。南雄市政协驻镇政协委员工作室将聚焦工作。座谈会,这是湖口镇委员工作室。")
    assert "湖口镇" in found and not [s for s in found if s.endswith("驻镇") or s.startswith("这是")], found


def test_places_a_township_before_and_and_the_next_township():
    found = _places("保山市政协调研。在荷花镇、猴桥镇和界头镇“院坝协商”点调研。推进小城镇和特色小镇建设。")
    assert {"荷花镇", "猴桥镇", "界头镇"} <= set(found)
    assert not {"小城镇", "特色小镇"} & set(found)


def test_places_an_industrial_park_or_a_mountain_a_visit_goes_to():
    found = _place_names(
        "宝鸡市政协主席刘其智到陈仓区中车时代产业园调研。在欧亚铜业产业园和银盛和再生铜项目现场,委员们座谈。"
        "在雅玛里克山上,视察组了解绿化情况。"
    )
    assert found["陈仓区中车时代产业园"] == ("中车时代产业园",)
    assert "欧亚铜业产业园" in found
    assert "雅玛里克山" in found


def test_places_no_site_of_a_quantity_or_a_division():
    names = _all_place_names("扩大到更多科技园区和科教单位。鞍山市政协委员到鞍山调研。")
    assert not [n for n in names if n.endswith("园区")]


def test_places_a_township_after_its_county_before_a_word_of_area():
    found = _place_names("崂山区政协委员及崂山区沙子口街道区域活动组部分政协委员视察。")
    assert "沙子口街道" in found


def test_places_no_township_of_a_clause_opened_by_you():
    assert "成立由镇" not in _place_names("安吉县政协开会。成立由镇党委副书记任组长的小组。")


def test_places_former_names_of_divisions_renamed_or_merged():
    text = "南通市港闸区政协组织委员赴襄樊市、陇南地区学习考察，并与北京市崇文区政协开展交流。"
    found = _places(text)
    assert found["港闸区"] == "place/320611"  # merged into 崇川区 in 2020: a place of its own
    assert found["崇文区"] == "place/110103"
    assert found["襄樊市"] == "place/420600"  # 襄阳市 today: one node, the old name an alias
    assert found["陇南地区"] == "place/621200"


def test_places_a_former_district_named_like_a_part_of_a_city_is_no_place():
    found = _places("济南市区和城市郊区的道路改造工程")
    assert set(found) == {"济南市"}


def test_places_a_former_name_must_stand_as_a_word():
    assert "增城市" not in _places("今年新增城市绿地55.6万平方米,赴襄樊市考察。")  # 增城区 until 2014


def test_places_a_pilot_free_trade_zone_and_its_area():
    found = _places(
        "推进中国(上海)自由贸易试验区和中国（天津）自由贸易试验区临港新片区建设,中国(北方)自由贸易试验区"
    )
    assert found["中国(上海)自由贸易试验区"] == "place/region/中国(上海)自由贸易试验区"
    assert "中国（天津）自由贸易试验区临港新片区" in found
    assert not any("北方" in surface for surface in found)  # no province of that name


def test_places_the_sites_of_a_visit_listed_after_the_first():
    found = _places("一行先后来到玉山县规划展示馆、玉山县博物馆、金银潭公园、上饶市德隆纺织有限公司视察。")
    assert "金银潭公园" in found and "玉山县规划展示馆" in found
    assert not any("纺织" in surface for surface in found)


def test_places_sumu_and_gacha_of_inner_mongolia():
    found = _places("西乌旗政协调研。调研组深入吉仁高勒镇扎嘎斯台嘎查、巴彦胡舒苏木哈日阿图嘎查实地查看。")
    assert {"扎嘎斯台嘎查", "巴彦胡舒苏木", "哈日阿图嘎查"} <= set(found)
    assert "巴彦胡舒苏" not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("民盟栖霞区基层委员会在区政协和尧化街道政协工委的支持下开展活动。", "尧化街道", "town"),
        ("先后到项目现场、陆城街道政协委员基层工作总站调研。", "陆城街道", "town"),
        ("“2022年7月苏波盖乡政协工委成立以来,委员积极履职。”", "苏波盖乡", "town"),
        ("调研组先后深入新春街道盟科社区实地查看。", "盟科社区", "village"),
        ("委员先后前往天池街道工作站、南郊社区工作点参观。", "南郊社区", "village"),
        ("历史文化街区。在六星街社区政协委员工作站最显眼位置,有一张考核榜。", "六星街社区", "village"),
    ],
)
def test_townships_and_communities_before_their_bodies(text, name, kind):
    found = _places(text)
    assert found.get(name, "").startswith(f"place/{kind}/"), found
    assert "月苏波盖乡" not in found and "在六星街社区" not in found


@pytest.mark.parametrize(
    "text",
    [
        "积极发展消费信贷。做好“家电下乡”、“农机下乡”、“摩托车下乡”工作。",
        "加快实施移民建镇工程，发展小城镇。",
    ],
)
def test_no_township_in_phrases_of_the_countryside(text):
    assert not [k for k in _places(text).values() if k.startswith("place/town/")]


def test_a_township_named_for_a_place_below_it_stays():
    assert _places("调研组来到上高县塔下乡调研。").get("塔下乡", "").startswith("place/town/")


def test_a_division_named_for_a_lake_is_no_lake_and_its_city_settles_which():
    found = _places("近日,杭州西湖区下情通报会上传来佳讯。西湖区政协从源头入手。")
    assert found["西湖区"] == "place/330106"
    assert "西湖" not in found
    assert "西湖" not in _places("西湖区政协召开会议。")  # of two cities, unresolved: still no lake


def test_a_far_countys_name_inside_a_feature_leaves_the_feature():
    found = _places("惠州市政协召开会议,推进环南昆山—罗浮山县镇村高质量发展。")
    assert found.get("罗浮山") == "place/feature/罗浮山"


@pytest.mark.parametrize(
    "text",
    [
        "城区绿化景观精细化维护、我县乡镇村村通道路管理和维护。",
        "与市委宣传部联合举办“情系家乡”昌邑籍书画展。",
    ],
)
def test_no_township_or_village_in_our_county_or_a_hometown(text):
    assert not [k for k in _places(text).values() if k.startswith(("place/town/", "place/village/"))]


def test_places_a_township_before_the_site_visited_in_it():
    found = _places(
        "太康县政协一行先后深入到毛庄镇三叶绿色养殖生态园、政协联络组,大许寨镇华瑞农牧有限公司等地察看。"
    )
    assert "毛庄镇" in found and "大许寨镇" in found, found
    assert "江西蔬乡" not in _places("调研组来到江西蔬乡生态农业有限公司,实地察看。")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("仪征市政协召开会议。推动镇(园区)建立基层协商民主领导小组。", "推动镇"),
        ("崂山区政协召开会议。刘明佳指出,创建街道“政协委员之家”是阵地。", "创建街道"),
        ("崂山区政协召开会议。崂山首个街道“政协委员之家”在王哥庄挂牌成立。", "崂山首个街道"),
    ],
)
def test_places_no_township_named_by_a_verb_or_a_count(text, absent):
    assert absent not in _places(text)


def test_places_the_reports_own_short_name_is_no_feature_of_that_name():
    found = _places("崂山区政协召开会议。崂山首个街道“政协委员之家”在王哥庄挂牌成立。")
    assert found.get("崂山") != "place/feature/崂山", found
    assert _places("泰安市政协召开会议。泰山景区管委会负责同志出席。").get("泰山") == "place/feature/泰山"


def test_places_a_verb_before_a_townships_name_is_no_part_of_it():
    found = _place_names("徐汇区政协开展视察。听取虹梅街道党工委情况介绍,调研天池街道委员工作站。")
    assert "虹梅街道" in found and "天池街道" in found
    assert not [n for n in found if n.startswith(("听取", "调研"))]


def test_places_an_acting_county_head_names_no_dai_county():
    assert "代县" not in _place_names("尤溪县政协开幕。吴长树向县人民政府代县长廖才添递交大会提案。")
    assert "代县" in _place_names("代县政协开幕。委员们考察了代县长城的保护。")


def test_places_a_township_after_luohu_settling_in():
    assert "天荒坪镇" in _place_names("安吉县政协。绿色发展政协委员会客厅落户天荒坪镇;今年,村里又挂牌。")


def test_places_a_township_listed_after_another_before_deng():
    found = _places("梁平区政协组织老委员走进回龙镇、云龙镇等地调研。")
    assert found["云龙镇"] == "place/town/500155/云龙镇"


@pytest.mark.parametrize(
    "text",
    [
        "兴宾区政协出台了《关于乡(镇)、街道政协委员联络站工作的实施方案》。",
        "龙潭区政协委员进社区活动开展以来,各活动组充分发挥政协委员优势,紧紧围绕街道党工委的中心工作开展活动。",
    ],
)
def test_places_no_township_named_by_a_function_word_or_a_verb(text):
    assert not any(k.startswith("place/town/") for k in _places(text).values())


def test_places_no_village_after_a_verb_of_going_inside_the_run():
    found = _places("汉阴县政协组织调研。各调研小组到镇入村,与镇村干部交流。")
    assert not any(k.startswith("place/village/") for k in found.values())


def test_places_a_venue_also_by_its_name_without_the_division_before_it():
    names = _all_place_names("我县举办会议。淮河流域政协联谊会第六次会议开幕式在寿县寿州宾馆举行开幕式。")
    assert {"寿县寿州宾馆", "寿州宾馆"} <= names
    names = _all_place_names("瑞安市政协会议在瑞安市政会议中心举行。中山市政协会议在中山市会议中心举行。")
    assert not {"政会议中心", "会议中心"} & names


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("平舆县政协。现场会在古槐街道召开。", "古槐街道", "place/town/411723/古槐街道"),
        ("厦门市湖里区政协。湖里殿前街道率先启动轮值工作。", "殿前街道", "place/town/350206/殿前街道"),
        ("长丰县政协。视察了下塘镇明华社区高标准农田。", "下塘镇", "place/town/340121/下塘镇"),
        ("长丰县政协。视察了下塘镇明华社区高标准农田。", "明华社区", "place/village/340121/明华社区"),
        ("柳州市城中区政协。\n沿江街道政协委员联络站(提案组)", "沿江街道", "place/town/450202/沿江街道"),
    ],
)
def test_places_streets_where_meetings_are_held_after_a_districts_short_name_and_visited(text, surface, key):
    assert _places(text)[surface] == key


def test_places_a_village_after_its_county_and_a_township_in_a_title_after_guanyu():
    found = _places("黔东南州凯里市政协。凯里市孟江村党支部书记介绍情况。")
    assert found["孟江村"].startswith("place/village/")
    found = _places("沙坡头区政协委员撰写了《关于永康镇阳沟村自发移民点互联网未接入户的建议》。")
    assert found["永康镇"] == "place/town/640502/永康镇"
    assert "关于永康镇" not in found


def test_places_a_township_by_its_head_and_no_street_named_for_a_whole_district():
    assert _places("潜江市政协。市政协委员、熊口镇副镇长殷书梅说。")["熊口镇"] == "place/town/429005/熊口镇"
    found = _places("汕头市龙湖区政协。龙湖区街道政协工作室、委员联络站揭牌。")
    assert not any(k.startswith("place/town/") for k in found.values())


def test_places_townships_after_the_county_the_report_speaks_of_and_in_a_counted_list():
    found = _places("期间，视察组先后到该县向阳镇、下老乡、坡结乡等9个乡镇，围绕库区水资源开展视察。")
    assert {"向阳镇", "坡结乡"} <= set(found)
    assert "该县向阳镇" not in found


def test_places_a_township_before_its_members_liaison_group_or_a_firm_visited_there():
    assert "泉水街道" in _places("12月5日，泉水街道联络组全体委员进行学习。")
    found = _places("一行来到中河口镇常德天富生态农业发展有限公司为企业解难。")
    assert "中河口镇" in found
    found = _places("行驶20多公里便能抵达松岗镇洛威村。一下车，花海扑入眼帘。")
    assert {"松岗镇", "洛威村"} <= set(found)


def test_places_a_village_or_community_gone_to_whatever_follows():
    assert "黑沟沿村" in _places("2016年，他投资在黑沟沿村建起了集吃、住、游于一体的民宿。")
    found = _places("组织委员深入望仙坡社区、金牛桥社区、兴宁社区等开展宣讲。")
    assert {"望仙坡社区", "兴宁社区"} <= set(found)
    assert "大石村" in _places("调研组先后到达大石村艺术交流中心。")
    found = _places("在助力社区治理上创新突破。我们村的路修好了，到象州县寺村砂糖橘示范园观摩。")
    assert not {"助力社区", "我们村", "象州县寺村"} & set(found)


def test_places_a_county_level_city_far_from_home_in_a_list_of_places():
    found = _places("兰州市政协召开会议。成员包括唐山、秦皇岛、呼和浩特、包头、赤峰、满洲里、徐州、连云港。")
    assert found["满洲里"] == "place/150781"


def test_places_cities_named_in_a_run_without_marks():
    found = _places("昆明市政协召开会议。自2016年搭建“昆明南宁贵阳三市政协主席联席会议”以来，合作不断深化。")
    assert found["南宁"] == "place/450100"
    assert found["贵阳"] == "place/520100"


def test_places_a_township_of_a_liaison_group_after_zhengxie_or_after_yiji():
    assert "业州镇" in _places("建始县政协相关负责人及县政协业州镇联络组的政协委员们在社区开展活动。")
    found = _places("考察了协商议事室，以及石湖乡大娄新村新型社区。")
    assert {"石湖乡", "大娄新村"} <= set(found)


def test_places_the_next_village_of_a_township_listed_after_the_first():
    found = _places("与会人员还实地调研了晋安区寿山乡前洋村和九峰村，听取乡镇干部介绍。")
    assert {"前洋村", "九峰村"} <= set(found)


def test_places_streets_and_their_communities_listed_and_no_verb_or_division_opening_them():
    found = _places("到近海街道宝安社区和新安街道长安社区、龙源社区调研。近海街道在宝安社区辖区内建设。")
    assert {"宝安社区", "新安街道", "长安社区", "龙源社区"} <= set(found)
    assert "宝安" not in found and "在宝安社区" not in found
    assert "开展委员联村" not in _places("朱兵率队到泸县福集镇开展委员联村(社区)动员工作。")
    found = _places("调研组一行先后深入东轵城村、张金村、背坡村、黄龙庙村，实地考察农村道路。")
    assert "黄龙庙村" in found and "黄龙" not in found


def test_places_an_ethnic_township_after_its_county_and_the_place_in_a_papers_dateline():
    found = _places("杜明燕在内蒙古自治区呼伦贝尔市扎兰屯市萨马街鄂温克民族乡调研。")
    assert "萨马街鄂温克民族乡" in found
    assert _places("本报合作讯 (记者 祝小辉) 11月14日，州政协召开主席会议。")["合作"] == "place/623001"


def test_places_a_township_named_by_a_word_before_its_village_and_one_gone_to_before_he():
    found = _places("采访团实地感受石人乡荷叶村、华坛山镇樟涧村,将“好商量”协商议事。")
    assert {"石人乡", "荷叶村", "华坛山镇", "樟涧村"} <= set(found)
    assert "华坛山镇樟涧村" not in found  # a township, then its village: no village of both
    assert "大营镇" in _places("2024年,杨舒棠先后到大营镇和观音堂示范区的6个村看望慰问困难群众。")
