"""A report's own place and the places level words point to from it."""

import pytest

from extract.context import find_context
from extract.gazetteer import Gazetteer
from extract.read import make_doc


def _context(text: str):
    return find_context(make_doc(text, "t.txt"), Gazetteer.load())


def test_context_level_words_point_along_the_own_places_chain():
    ctx = _context("政协代县委员会第十五届第一次会议开幕。")
    assert ctx.place.name == "代县"
    assert ctx.at_level("市").name == "忻州市"
    assert ctx.at_level("省").name == "山西省"
    assert ctx.cppcc


def test_context_a_committee_named_by_a_meeting_of_its_term_is_the_reports_own():
    ctx = _context("政协沁县第十四届五次会议举行第二次全体会议。县政协主席主持会议。")
    assert ctx.place.name == "沁县" and ctx.cppcc
    assert _context("政协吉安市三届常委会第五次会议召开。").place.name == "吉安市"
    assert _context("政协召开十一届十六次常委会。").place is None


def test_context_a_place_inside_a_name_after_a_post_is_no_place_of_the_report():
    text = "区政协召开常委会议。区政协副主席阮宜春参加。区政协主席讲话。结合盐都实际,抓好落实。"
    assert _context(text).place.name == "盐都区"  # not 宜春市, and 盐都 once with 区政协 throughout
    assert _context("县政协召开常委会议。县政协副主席王永春参加。").place is None


def test_context_an_autonomous_region_word_points_nowhere_from_a_province():
    assert _context("政协代县委员会开幕。").at_level("自治区") is None
    assert _context("政协奇台县委员会开幕。").at_level("自治区").name == "新疆维吾尔自治区"


def test_context_a_report_naming_no_place_has_none():
    ctx = _context("市政协十三届十八次常委会会议召开。")
    assert ctx.place is None and ctx.at_level("市") is None


def test_context_a_county_report_naming_only_its_city_is_the_countys_it_names():
    text = "县政协召开常委会议。传达《中共新余市委关于加强政协工作的意见》。实现新时代分宜振兴。"
    ctx = _context(text)
    assert ctx.place.name == "分宜县"
    assert ctx.at_level("市").name == "新余市"
    assert _context("县政协召开常委会议。传达中共新余市委的意见。").place.name == "新余市"


def test_context_a_district_report_writing_only_its_short_name_is_that_districts():
    text = "区政协召开专题议政会,助推崇明生态岛建设。区政协主席主持会议。推动崇明农业发展。"
    assert _context(text).place.name == "崇明区"
    assert _context("区政协召开专题议政会,助推崇明生态岛建设。").place is None  # written once: too weak


def test_context_a_provincial_committee_named_in_a_city_report_is_not_its_own():
    text = (
        "8月29日,市政协召开常委会专题议政协商会。市政协文化文史和学习委负责同志传达学习福建省政协"
        "专题议政性常委会会议经验。张步军指出,要为泰安经济社会高质量发展做出积极贡献。"
    )
    assert _context(text).place.name == "泰安市"
    # a county turned city still writes 县政协: its committee named in full stays its own
    text = "政协广德县第十届委员会第一次会议开幕。县政协主席作报告。县政协常委会履职。"
    assert _context(text).place.name == "广德市"


def test_context_a_county_turned_district_is_still_the_county_of_its_reports():
    ctx = _context("我受政协静海县第十一届委员会常务委员会的委托,向大会报告工作。县政协高举两面旗帜。")
    assert ctx.place.name == "静海区"
    assert ctx.at_level("县").name == "静海区"


def test_context_a_visiting_municipalitys_committee_does_not_take_the_reports_place():
    text = (
        "上午,市政协组织机关党员干部参观。宋志强主席到将乐县调研。晚上,上海市政协、福建省政协在三明市书画院"
        "联合举办笔会。上海市政协常委带领调研组来明调研。陈欣副主席赴泰宁县、宁化县、清流县调研。"
    )
    assert _context(text).place.name == "三明市"
    # a report of the municipality that names a district of its own stays its own
    own = _context("上海市政协召开常委会议。市政协主席赴浦东新区、闵行区、嘉定区调研。")
    assert own.place.name == "上海市"


def test_context_a_short_name_of_several_places_is_the_one_in_the_province_written_in_full():
    text = (
        "区政协常务委员会工作报告。区政协党组副书记主持。朝阳作为人口大区,做了大同的经验交流。"
        "建设“五宜”朝阳。来源:北京市朝阳区融媒体中心"
    )
    assert _context(text).place.name == "朝阳区"
    assert _context(text).province.name == "北京市"


def test_context_a_districts_short_name_written_most_outweighs_a_city_written_once():
    text = "县政协召开会议。委员们到阳江学习。为江华高质量发展争光。县政协委员。江华融媒体中心报道。"
    assert _context(text).place.name == "江华瑶族自治县"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("市政协召开会议。开平侨乡。市政协委员为开平发展建言。澳门联络组。", "开平市"),  # not 开平区
        ("县政协召开会议。为沁县建设多提建议,谋划今后五年沁县发展。", "沁县"),
        ("县政协召开会议。贵州日报报道,县政协委员为威宁发展建言。县政协主席讲话。", "威宁彝族回族苗族自治县"),
    ],
)
def test_context_a_countys_short_name_by_its_level_word_its_link_words_and_its_province(text, place):
    assert _context(text).place.name == place


def test_context_an_autonomous_county_writes_its_committee_as_its_level_word():
    text = "威宁自治县政协2025年工作回眸。自治县政协主席禄炳军到经开区调研。“中国光彩事业毕节行活动”。"
    ctx = _context(text)
    assert ctx.place.name == "威宁彝族回族苗族自治县"
    assert ctx.at_level("市").name == "毕节市"


def test_context_no_place_from_a_phrase_and_a_county_named_twice_by_its_short_name():
    from extract.segment import SegmenterKind, get_segmenter

    segmenter = get_segmenter(SegmenterKind.JIEBA, None)
    text = "召集人、彭水九黎文化旅游投资有限公司总经理赵丹。委员们画大同心圆,不断助推彭水文旅高质量发展。"
    ctx = find_context(make_doc(text, "t.txt"), Gazetteer.load(), segmenter)
    assert ctx.place.name == "彭水苗族土家族自治县"
    assert find_context(make_doc("委员们画大同心圆。", "t.txt"), Gazetteer.load(), segmenter).place is None


def test_context_a_word_before_zhengxie_is_no_committees_place():
    text = "县政协主席李飞林前往平湖开展友好政协交流活动。2019年,青田政协与平湖政协缔结为友好政协。友好政协。"
    assert _context(text).place.name == "青田县"


def test_context_a_meeting_of_many_committees_is_the_hosts_report():
    text = (
        "全国22城市政协横向联系会在浔举行。市政协主席程来安出席。辽宁省辽阳市政协主席尚杰洪,内蒙古自治区满洲里市政协"
        "主席张雅斌,江苏省连云港市政协主席仲琨参加。介绍了九江市情。近年来,九江市围绕发展目标,努力把九江建设成为强市。"
    )
    assert _context(text).place.name == "九江市"


def test_context_a_city_report_that_names_its_prefectures_visiting_committee_once():
    text = (
        "市政协围绕全市工作大局开展调研视察活动。市政协主要对城区创卫工作进行调研。"
        "5月16日,迎接泰安市政协到肥城市调研中等职业教育工作。举办肥城、银川书画名家作品联展。"
    )
    assert _context(text).place.name == "肥城市"


def test_context_a_sites_paper_and_footer_do_not_make_the_report_theirs():
    text = (
        "桂林市政协:195件提案全部找到“婆家”\n来源:广西政协报\n"
        "3月10日,桂林市政府、市政协联合召开提案交办会。桂林市政协六届二次会议以来立案195件。\n"
        "市政协提案委已将提案交给各承办单位。\n"
        "网站链接\n中国人民政治协商会议广西壮族自治区委员会办公厅主管 · 广西政协报社主办\n"
    )
    ctx = _context(text)
    assert ctx.place is not None and ctx.place.name == "桂林市"
    text = (
        "【济阳政协】区政府领导向区政协征求意见建议\n信息来源:济南政协\n"
        "区政府就报告向区政协征求意见建议。区政协主席任道胜主持会议。\n"
        "中国人民政治协商会议山东省济南市委员会办公厅 © 2017 版权所有\n"
    )
    ctx = _context(text)
    assert ctx.place is not None and ctx.place.name == "济阳区"


def test_context_a_committee_of_a_name_two_places_share_is_the_one_the_report_names():
    ctx = _context("杭州西湖区下情通报会上传来佳讯。今年以来,西湖区政协从源头入手。西湖区政协还开展协商。")
    assert ctx.place is not None and ctx.place.code == "330106"


def test_context_a_countys_own_news_is_the_countys_whatever_committee_it_names():
    text = (
        "我县成功举办淮河流域政协联谊会第六次会议\n"
        "我县成功举办淮河流域政协联谊会第六次会议。4月25日至27日,联谊会第六次会议在寿县举行。"
        "六安市政协副主席宋新国、寿县县委副书记、县长从维德、县政协主席戴克奎参加了会议。"
    )
    assert _context(text).place.code == "340422"


def test_context_a_district_report_naming_its_municipalitys_committee_is_the_districts():
    text = (
        "据北京市政协官网消息,共青团界委员工作站揭牌仪式在中关村举行。区政协副主席胡淑彦出席。"
        "海淀区青年联合会主席参加。海淀街道政协委员工作站同日揭牌。"
    )
    assert _context(text).place.name == "海淀区"


def test_context_a_city_reports_county_word_points_to_the_one_county_it_names():
    text = (
        "襄阳市政协第二十四委员活动组开展调研。市政协委员、县政协主席熊福然,市政协委员、县委常委刘凯参加。"
        "近年来,谷城县全面推进乡村振兴。"
    )
    ctx = _context(text)
    assert ctx.place.name == "襄阳市"
    assert ctx.at_level("县").name == "谷城县"
    assert ctx.at_level("区") is None
    two = _context(text + "保康县、南漳县也作了交流。")
    assert two.at_level("县") is None  # three counties named: 县 points to none of them
