"""Proposals and initiatives by the patterns reports use."""

import pytest

from extract.recognize.programmes import find_programmes
from extract.records import EntityType


def _found(text: str) -> dict[str, EntityType]:
    return {h.label: h.type for h in find_programmes(text)}


@pytest.mark.parametrize(
    ("text", "label", "type_"),
    [
        (
            "提交了《关于“大力推进茶叶产业持续健康发展”的建议案》。",
            "《关于“大力推进茶叶产业持续健康发展”的建议案》",
            EntityType.PROPOSAL,
        ),
        (
            "根据《临汾市政协提案工作细则》规定,经严格审查。",
            "《临汾市政协提案工作细则》",
            EntityType.INITIATIVE,
        ),
        (
            "审议通过了《政协北京市昌平区第五届委员会民主监督小组工作简则》。",
            "《政协北京市昌平区第五届委员会民主监督小组工作简则》",
            EntityType.INITIATIVE,
        ),
        ("制定了《绿园区政协民主监督工作规程》。", "《绿园区政协民主监督工作规程》", EntityType.INITIATIVE),
        ("严格落实“第一议题”制度。", "“第一议题”制度", EntityType.INITIATIVE),
        ("锚定“3815”战略发展目标。", "“3815”战略发展目标", EntityType.INITIATIVE),
        ("建设“五好山阳”。", "五好山阳", EntityType.INITIATIVE),
        ("打赢了三大攻坚战,如期全面建成了小康社会。", "三大攻坚战", EntityType.INITIATIVE),
    ],
)
def test_programmes_found(text, label, type_):
    assert _found(text).get(label) == type_


@pytest.mark.parametrize(
    "text", ["增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "是“十四五”规划收官之年。"]
)
def test_programmes_formulas_are_not_initiatives(text):
    assert _found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "要配合重点工程建设。", "再开工15项重大水利工程。", "积极配合国家重大工程。", "这是一项长远战略。",
        "科技创新、数智转型等发展战略纵深推进。", "办好民生工程。", "关于加强村级工程建设项目管理的建议",
        "随着桂阳公路这条国际旅游大通道的扩建改造工程竣工通车。",
        "通过完善搭建学习教育平台、拓宽知情明政平台。",
    ],
)
def test_programmes_generic_and_counted_names_are_not_initiatives(text):
    assert not [t for t in _found(text).values() if t is EntityType.INITIATIVE]


@pytest.mark.parametrize(
    ("text", "label", "surface"),
    [
        ("深入实施创新驱动发展战略。", "创新驱动发展战略", "创新驱动发展战略"),
        ("实施就业优先战略和更加积极的就业政策。", "就业优先战略", "就业优先战略"),
        ("围绕打赢脱贫攻坚战建言。", "脱贫攻坚", "脱贫攻坚战"),
        ("全面推行河长制、林长制。", "河长制", "河长制"),
        ("全面推行河长制、林长制。", "林长制", "林长制"),
        ("扎实开展党史学习教育和主题教育。", "主题教育", "主题教育"),
        ("学习推广新时代“枫桥经验”。", "枫桥经验", "枫桥经验"),
    ],
)
def test_programmes_national_names_with_their_edges(text, label, surface):
    hits = [h for h in find_programmes(text) if h.label == label]
    assert hits and hits[0].type is EntityType.INITIATIVE
    assert text[hits[0].start : hits[0].end] == surface
    assert not [h for h in find_programmes(text) if h.label in ("驱动发展战略", "业优先战略", "推行河长制")]


def test_programmes_common_words_before_a_short_head_are_not_names():
    assert "家长制" not in _found("要反对家长制作风。")


def test_programmes_national_form_folds_into_its_canonical_name():
    hit = next(h for h in find_programmes("打赢扫黑除恶专项斗争。") if h.label == "扫黑除恶")
    assert hit.aliases == ("扫黑除恶专项斗争",)


def test_programmes_a_report_about_proposals_is_no_proposal():
    assert _found("审议《政协第十二届委员会常务委员会关于五年来提案工作情况的报告》。") == {}



@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("推动乡村振兴。", "乡村振兴战略"),
        ("实施“六个工程”。", "六个工程"),
        ("紧扣创新驱动发展核心战略。", "创新驱动发展核心战略"),
        ("推进供给侧结构性改革,积极建言。", "供给侧结构性改革"),
        ("推进无废城市建设试点。", "无废城市建设"),
        ("服务疏解非首都功能。", "疏解北京非首都功能"),
        ("深化文明城市创建。", "全国文明城市创建"),
        ("在疫情防控、北外滩开发、文明城区创建、民生保障等方面。", "全国文明城区创建"),
        ("助推市域社会治理现代化。", "市域社会治理现代化"),
    ],
)
def test_programmes_more_forms(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    "text", ["县乡村振兴局局长出席。", "我们仍处于发展重要战略机遇期。", "谋划好重大战略。"]
)
def test_programmes_not_names(text):
    assert not [t for t in _found(text).values() if t is EntityType.INITIATIVE]


@pytest.mark.parametrize(
    "text",
    [
        "改进战略管理,提升能力。",  # the head goes on: 战略管理, 战略目标, 工程款
        "向第三步战略目标迈进。",
        "基本解决建设领域拖欠工程款问题。",
        "力图抢占战略要地。",  # a verb before the head: no name
        "从而妨碍重点工程的建设。",
        "以至许多工程长期不能投产。",  # a quantity, no name
        "个别工程修得不够好。",
    ],
)
def test_unquoted_heads_not_names(text):
    assert not [t for t in _found(text).values() if t is EntityType.INITIATIVE]


def test_national_strategy_whole():
    assert _found("实施全面节约战略,推进各类资源节约。").get("全面节约战略") is EntityType.INITIATIVE


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "委员们提出“优化科技创新体系,打造数字经济核心区”“健全全方位企业服务体系”等提案。",
            ["优化科技创新体系,打造数字经济核心区", "健全全方位企业服务体系"],
        ),
        (
            "「集聚全产业链资源 打造新动力源」、「关于大幅缩短投资项目审批时间的建议案」等提案",
            ["集聚全产业链资源 打造新动力源", "关于大幅缩短投资项目审批时间的建议案"],
        ),
    ],
)
def test_programmes_quoted_titles_before_proposal_words_are_proposals(text, labels):
    found = _found(text)
    for label in labels:
        assert found.get(label) is EntityType.PROPOSAL, sorted(found)
    assert EntityType.INITIATIVE not in found.values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("打响五大国际品牌、实施九大专项行动。", "五大国际品牌"),
        ("打响五大国际品牌、实施九大专项行动和落实强省会。", "九大专项行动"),
        ("奋力建设“七个岳阳”。", "七个岳阳"),
        ("围绕建设“五个强县”目标。", "五个强县"),
    ],
)
def test_programmes_numbered_sets_and_local_slogans(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    "text",
    ["坚持“两个确立”。", "第五大品牌。", "贯彻党的十五大精神。"],
)
def test_programmes_counts_and_formulas_are_no_sets(text):
    assert EntityType.INITIATIVE not in _found(text).values()


def test_programmes_a_great_many_is_no_numbered_set():
    assert "一大批重大工程" not in _found("建成一大批重大工程。")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("实施“3113”项目攻坚行动计划。", "3113"),
        ("围绕“1+1188”发展格局。", "1+1188"),
        ("深化“大学习”、推动“大落实”。", "大学习"),
        ("建设“两地一城”、“三地一枢纽”。", "三地一枢纽"),
        ("全力建设平安吉安。", "平安吉安"),
        ("助力后疫情时代健康台州建设。", "健康台州"),
        ("考察了金泽镇“协商于民”政协委员工作站,并开展座谈交流。", "“协商于民”政协委员工作站"),
        ("推动乡村全面振兴。", "乡村振兴战略"),
    ],
)
def test_programmes_codes_campaigns_and_numbered_slogans(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE, sorted(_found(text))


@pytest.mark.parametrize(
    "text", ["打掉“大老虎”。", "到“2024”年。", "“三个1亿人”问题。", "支持“两院”工作。", "监督“一府两院”。"]
)
def test_programmes_scare_quotes_and_years_are_no_programmes(text):
    assert EntityType.INITIATIVE not in _found(text).values()


def test_programmes_titles_before_proposal_words_are_proposals():
    text = "提交的《着力打造“六个环境” 持续优化营商环境》《改革创新 推动工业园区高质量发展》等提案"
    found = _found(text)
    assert found["《改革创新 推动工业园区高质量发展》"] is EntityType.PROPOSAL
    assert found["《着力打造“六个环境” 持续优化营商环境》"] is EntityType.PROPOSAL


@pytest.mark.parametrize(
    ("text", "label"),
    [("为美丽繁荣和谐平果建设作出贡献。", "美丽繁荣和谐平果"), ("社会保障、平安吉安等。", "平安吉安")],
)
def test_programmes_place_brands_of_several_qualities(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize("text", ["开辟绿色通道。", "完成“十四五”规划目标任务。", "“十四五”重大工程。"])
def test_programmes_plans_and_words_that_hold_a_place_name_are_no_programmes(text):
    assert EntityType.INITIATIVE not in _found(text).values(), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "严格遵守《政协章程》。",
        "通过了《政协来宾市第四届委员会第三次会议选举办法》。",
        "印发《县政协十届一次会议编组办法》。",
        "制定《第五次会议筹备工作方案》。",
        "开辟绿色通道。",
    ],
)
def test_programmes_a_charter_and_a_sessions_papers_are_no_programmes(text):
    assert EntityType.INITIATIVE not in _found(text).values(), _found(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2017年,是智慧政协建设起步之年。", "智慧政协"),
        ("深化法治杭州建设。", "法治杭州"),
        ("助推文旅强市战略。", "文旅强市战略"),
        ("印发《关于加强和改进政协委员工作的实施意见》。", "《关于加强和改进政协委员工作的实施意见》"),
    ],
)
def test_programmes_cppcc_brands_city_brands_and_left_edges(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE, _found(text)


def test_programmes_proposals_a_member_lists_or_names():
    found = _found(
        "胡睦熙提交了三个提案,分别为“把市民广场建得更美”、“兴建胡纮纪念馆的建议”。"
        "我的提案是关于县域智库建设的可行性探索。"
    )
    assert found["把市民广场建得更美"] is EntityType.PROPOSAL
    assert found["兴建胡纮纪念馆的建议"] is EntityType.PROPOSAL
    assert found["关于县域智库建设的可行性探索"] is EntityType.PROPOSAL
    assert _found("关于加强文化艺术中心建设的提议")["关于加强文化艺术中心建设的提议"] is EntityType.PROPOSAL


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("推进“三化”建设。", "“三化”建设"),
        ("围绕“推动跨越发展、加快绿色崛起”工作主线。", "“推动跨越发展、加快绿色崛起”工作主线"),
        ("成功创建全国民族团结进步示范州。", "全国民族团结进步示范州"),
        ("积极创建国家级民族文化生态保护区。", "国家级民族文化生态保护区"),
        ("建设富强美丽活力幸福文明平安新吴起。", "富强美丽活力幸福文明平安新吴起"),
        ("为构建和谐临夏作出贡献。", "和谐临夏"),
        ("印发《旗政协常务委员会2024年工作要点》。", "《旗政协常务委员会2024年工作要点》"),
    ],
)
def test_programmes_construction_titles_sought_and_longer_place_brands(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE, _found(text)


@pytest.mark.parametrize("text", ["“七五”期间的建设。", "完成“八五”计划。", "全国人大代表。", "和谐安定。"])
def test_programmes_plan_periods_and_words_are_no_programmes(text):
    assert EntityType.INITIATIVE not in _found(text).values(), _found(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("为加快建设富强美丽活力幸福文明平安新吴起凝聚智慧和力量。", "富强美丽活力幸福文明平安新吴起"),
        ("开启新阶段加快建设富裕和谐美丽现代化新徽州积极建言献策。", "富裕和谐美丽现代化新徽州"),
        ("为加快新时代幸福美好农安建设做出新贡献。", "新时代幸福美好农安"),
    ],
)
def test_programmes_long_place_brands_whatever_follows(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("广大提案者锚定“走在前、开新局”,围绕发展格局建言。", "走在前、开新局"),
        ("为“推进跨越发展,建设幸福开平”做出新的贡献!", "推进跨越发展,建设幸福开平"),
        ("为实现“追赶苏浙、挺进百强”的精彩开局贡献了力量。", "追赶苏浙、挺进百强"),
        ("为建设“宜游宜居生态县”作出了积极贡献。", "宜游宜居生态县"),
    ],
)
def test_programmes_quoted_goals_a_report_works_for(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    "text",
    [
        "他说:“建设经验不够,工作经验不够。”",
        "发出了政协“好声音”。",
        "黑龙江工程学院逸夫楼图书馆报告厅。",
    ],
)
def test_programmes_quoted_sentences_and_school_names_are_no_goals(text):
    assert not [label for label, t in _found(text).items() if t is EntityType.INITIATIVE]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("紧扣加快建设现代化国际城市、扎实推进福州实践。", "现代化国际城市"),
        ("为加快建设长江大保护典范城市、打造世界级宜昌作出了新的贡献。", "长江大保护典范城市"),
        ("为建设经济强市、美丽南宫宏伟目标而努力奋斗。", "经济强市、美丽南宫"),
        ("为加快建设国际化创新型城区和国际宜居城区作出新的贡献。", "国际化创新型城区和国际宜居城区"),
    ],
)
def test_programmes_the_kind_of_place_a_report_works_to_build(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize("text", ["加快城市建设,推进新型城镇化。", "建设3个新城区。", "打造城市群和都市圈。"])
def test_programmes_building_work_and_counts_are_no_goals(text):
    assert not [label for label, t in _found(text).items() if t is EntityType.INITIATIVE]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("会议审议通过《关于我市垃圾分类工作情况的调研报告》。", "《关于我市垃圾分类工作情况的调研报告》"),
        ("沈勇民代表区政协科技委作《打造升级版的“政用产学研”,加快推进我区科创中心建设》的大会发言。",
         "《打造升级版的“政用产学研”,加快推进我区科创中心建设》"),
        ("市政协决定对澳门联络组《保护利用好文化遗产》等16件优秀提案予以表彰。", "《保护利用好文化遗产》"),
        ("20件优秀提案具体如下:\n5、加快推进我市分布式光伏发电产业的建议\n提案者:民建漳州市委会\n",
         "加快推进我市分布式光伏发电产业的建议"),
        ("翟昆鹏委员建议加快我市民营经济发展,席子明委员建议清除“马路停车场”,", "加快我市民营经济发展"),
        ("5位委员分别就深化农村改革、助力延边绿色发展等方面提出了具有前瞻性的意见。", "助力延边绿色发展"),
        ("许多提案如构建全市物流公共信息平台、疏导交通拥堵等提案都得到了较好落实。", "疏导交通拥堵"),
    ],
)
def test_programmes_proposals_in_more_forms(text, label):
    assert _found(text).get(label) is EntityType.PROPOSAL


def test_programmes_a_draft_rule_is_a_programme_and_for_is_no_list_of_proposals():
    found = _found("审议通过了《政协海西州委员会重点提案遴选与督办暂行办法(审议稿)》。")
    assert found["《政协海西州委员会重点提案遴选与督办暂行办法(审议稿)》"] is EntityType.INITIATIVE
    found = _found("积极撰写提案,为“推进跨越发展,建设幸福开平”做出新的贡献!")
    assert found["推进跨越发展,建设幸福开平"] is EntityType.INITIATIVE


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("聚焦扎实做好六篇文章、加快推进六个攻坚突破。", "六篇文章"),
        ("聚焦扎实做好六篇文章、加快推进六个攻坚突破。", "六个攻坚突破"),
        ("聚焦办好两件大事,牢牢把握高质量发展。", "两件大事"),
        ("是加快推进“三步走”战略和五大战略举措的重要一年。", "五大战略举措"),
        ("对加快打造“四个强县”、建设美丽宿松具有重要参考价值。", "美丽宿松"),
        ("在建设富庶大福清中,彰显了政协担当。", "富庶大福清"),
        ("围绕生态宜居南宁建设,组织开展学习考察。", "生态宜居南宁"),
        ("内容主要集中在创建“五无”新甘南、加强生态环境保护。", "“五无”新甘南"),
        ("坚持“五位一体”总体布局和“四个全面”战略布局。", "“四个全面”战略布局"),
        ("围绕推动“三重”工作的落实。", "“三重”工作"),
        ("“十个新突破”工作重点以及热点问题。", "“十个新突破”工作重点"),
        ("全市上下积极抢抓京津冀协同发展重大机遇。", "京津冀协同发展"),
    ],
)
def test_programmes_numbered_tasks_place_brands_and_national_strategies(text, label):
    assert _found(text).get(label) == EntityType.INITIATIVE


@pytest.mark.parametrize(
    "text",
    [
        "要建设一个什么样的党。",
        "推进三个项目、落实五项重点工作。",
        "做好“废品”的收购工作。",
        "坚持“两个确立”。",
    ],
)
def test_programmes_counts_articles_and_quoted_words_before_work_are_no_programmes(text):
    assert not [label for label, t in _found(text).items() if t == EntityType.INITIATIVE]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "农工党邯郸市委和焦清海、付丽红等委员提出的加强医务工作者职业防护、构建传染病防控网等建议,领导小组高度重视。",
            "构建传染病防控网",
        ),
        (
            "民进黄石市委会《关于打造仙岛湖“诗画仙岛”主题游线》和《关于整合东方山资源争创国家5A景区》(并案)的集体提案。",
            "《关于打造仙岛湖“诗画仙岛”主题游线》",
        ),
        (
            "部分市政协委员就《以有形之手推动企业科技创新》、《整合职教资源服务地方经济》等作了大会发言。",
            "《以有形之手推动企业科技创新》",
        ),
    ],
)
def test_programmes_topics_raised_and_runs_of_titles_are_proposals(text, label):
    assert _found(text).get(label) == EntityType.PROPOSAL


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "赵铁军、王宜等18位委员分别围绕加快我市海洋生物产业发展,创新人才管理机制,"
            "城市全域空间布局发展等热点问题,作了精彩发言。",
            {"加快我市海洋生物产业发展", "创新人才管理机制", "城市全域空间布局发展"},
        ),
        (
            "8位同志在会上发言。他们分别就加强民间融资监管、科学规划市区交通枢纽、实施精准扶贫等进行发言。",
            {"加强民间融资监管", "科学规划市区交通枢纽", "实施精准扶贫"},
        ),
    ],
)
def test_programmes_topics_members_spoke_on_each(text, labels):
    found = _found(text)
    assert {label for label in labels if found.get(label) == EntityType.PROPOSAL} == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "共提交个人提案11件,涉及加强数字政府网络安全综合防御体系、以知音文化为主线打造汉阳文化IP,"
            "提升文旅夜游品质、增强湖泊湿地碳汇监测能力建设。",
            {"加强数字政府网络安全综合防御体系", "以知音文化为主线打造汉阳文化IP,提升文旅夜游品质"},
        ),
        (
            "近三年来,区政协收到要求整治泉湖周边环境、搬迁二手车市场、建设泉湖公园等相关提案11件。",
            {"整治泉湖周边环境", "搬迁二手车市场", "建设泉湖公园"},
        ),
    ],
)
def test_programmes_topics_the_proposals_covered(text, labels):
    found = _found(text)
    assert {label for label in labels if found.get(label) == EntityType.PROPOSAL} == labels


def test_programmes_fields_the_proposals_covered_are_no_topics():
    assert not _found("共收到提案86件,涉及经济发展、城市环境、文教卫生、旅游产业等方面。")


def test_programmes_topics_summed_up_before_the_titled_speeches_are_left_to_the_titles():
    text = (
        "6名委员围绕乡村振兴、农村中小学教育资源合并、打造区域医疗中心等问题作了精彩发言。"
        "李应权委员代表民革周口市委作了题为《推动乡村振兴,共建美丽家园》的发言。"
    )
    found = _found(text)
    assert "农村中小学教育资源合并" not in found and "打造区域医疗中心" not in found
    assert found["《推动乡村振兴,共建美丽家园》"] == EntityType.PROPOSAL


def test_programmes_rules_on_trial():
    text = "审议通过了《松江区政协关于完善委员联系界别群众制度机制的实施意见(试行)》;"
    found = {lbl for lbl, t in _found(text).items() if t == EntityType.INITIATIVE}
    assert any(lbl.endswith("(试行)》") for lbl in found)


@pytest.mark.parametrize(
    "text", ["建立长效机制,完善工作机制。", "积极探索建立激励机制。", "始终坚持“两手抓、两手都要硬”。"]
)
def test_programmes_generic_mechanisms_and_formulas_are_no_programmes(text):
    assert not [lbl for lbl, t in _found(text).items() if t == EntityType.INITIATIVE]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("全面落实“四有”目标要求,推动工作。", "“四有”目标要求"),
        ("推进绿美丰顺建设。", "绿美丰顺"),
        ("建设团结富裕文明和谐美丽新果洛。", "团结富裕文明和谐美丽新果洛"),
        ("创建文明典范城市。", "文明典范城市"),
        ("开展‘改革进步年’活动。", "“改革进步年”活动"),
        ("开展“巩固拓展年”。", "巩固拓展年"),
        ("牢牢扭住社会稳定和长治久安总目标。", "社会稳定和长治久安总目标"),
    ],
)
def test_programmes_goals_brands_and_years_of_a_theme(text, label):
    assert _found(text).get(label) == EntityType.INITIATIVE


def test_programmes_a_formula_with_a_goal_after_it_is_still_a_formula():
    assert not _found("为实现“两个一百年”奋斗目标而奋斗。")


def test_programmes_a_proposal_of_some_points():
    found = _found("承办单位认真采纳。如:关于施甸县高质量发展的几点建议,承办单位高度重视。")
    assert found.get("关于施甸县高质量发展的几点建议") == EntityType.PROPOSAL


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2019年是加快实现“三个努力建成”和“两个率先”目标的关键一年。", "三个努力建成"),
        ("2019年是加快实现“三个努力建成”和“两个率先”目标的关键一年。", "两个率先"),
        ("聚焦统筹做好“四个融合”文章,紧紧围绕全区中心工作。", "四个融合"),
        ("是菏泽市政协“‘菏’你协商”品牌的子品牌之一。", "“‘菏’你协商”品牌"),
        ("还创建了“花城商量”“‘甄’情协商”等特色地方协商品牌。", "‘甄’情协商"),
        ("“2025年是‘十四五’收官之年,也是六届市政协的‘改革进步年’。”", "改革进步年"),
        ("著力推进定力政协、智力政协、合力政协、活力政协建设,不断提高。", "定力政协"),
        ("昌都市第九届三江茶马文化艺术节开幕式在体育文化中心举行。", "三江茶马文化艺术节"),
        ("是全省实施全面振兴新突破三年行动的首战之年。", "全面振兴新突破三年行动"),
    ],
)
def test_programmes_numbered_goals_puns_runs_of_brands_and_event_series(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    "text",
    [
        "坚决做到“两个维护”,坚持“两个毫不动摇”。",
        "为实现“两个一百年”奋斗目标而努力。",
        "为实现“两个一百年”目标而努力。",
        "省政协、市政协、县政协共同参与。",
        "反对“一个中国两个政府”的图谋。",
        "第十届中国国际中小企业博览会组委会发布通知。",
    ],
)
def test_programmes_formulas_bodies_and_organisers_are_not_initiatives(text):
    assert not any(t is EntityType.INITIATIVE for t in _found(text).values()), _found(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("锚定建言资政和凝聚共识“双提升”的履职方向。", "双提升"),
        ("积极助推产业数字化、“双招双引”、镇街工业园区改造提升。", "双招双引"),
        ("坚持“党建+履职”,推动工作创新。", "党建+履职"),
        ("一年来,大力传承弘扬“晋江经验”。", "晋江经验"),
        ("深化“最多跑一次”改革,优化营商环境。", "“最多跑一次”改革"),
        ("紧紧围绕区域中心城市建设、决胜全面振兴新突破三年行动履职尽责。", "全面振兴新突破三年行动"),
        ("不断推进“站、室、点”等平台建设。", "站、室、点"),
        ("全力推进“两园一地”等目标任务落实。", "两园一地"),
    ],
)
def test_programmes_paired_and_plus_names_models_reforms_and_names_listed_before_a_kind(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE, _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "树牢“四个意识”等理念。",
        "他说:“国家的统一,人民的团结,这是胜利的基本保证。”改革开放以来……",
        "坚持“巩固、消化、补充、改善”的改革方针。",
    ],
)
def test_programmes_formulas_before_a_kind_and_quoted_sentences_are_not_initiatives(text):
    assert not any(t is EntityType.INITIATIVE for t in _found(text).values()), _found(text)


def test_programmes_proposals_given_as_examples_after_a_count():
    text = "五年来共提出提案181件。如关于完善科技创新服务体系、建立大数据共建共享机制、做好后续运营规划"
    found = _found(text)
    for label in ("关于完善科技创新服务体系", "建立大数据共建共享机制", "做好后续运营规划"):
        assert found.get(label) is EntityType.PROPOSAL, found


def test_programmes_a_verb_of_reaching_is_no_part_of_an_action():
    found = _found("助力实现全面振兴新突破三年行动。")
    assert "全面振兴新突破三年行动" in found and "实现全面振兴新突破三年行动" not in found


def test_programmes_quoted_names_side_by_side_before_their_kind_are_one_list():
    found = _found("开展“微协商”“微建议”“微监督”活动60余次。")
    assert found.get("微协商") is EntityType.INITIATIVE
    assert found.get("微建议") is EntityType.INITIATIVE
    # no shared kind after the run: a name that reads as no programme stays out
    assert "弹性外交" not in _found("坚决反对所谓“弹性外交”、“双重承认”。")
    found = _found("新搭建“委员联系界别群众工作室”1个。")
    assert found.get("委员联系界别群众工作室") is EntityType.INITIATIVE


def test_programmes_a_party_committees_quoted_programme_and_a_positioning():
    found = _found("积极响应落实市委“有诉必应马上办”和区委“未诉先办”,加强工作。")
    assert found.get("有诉必应马上办") is EntityType.INITIATIVE
    assert found.get("未诉先办") is EntityType.INITIATIVE
    assert "篡改毛主席的既定方针" not in _found("造谣污蔑党中央“篡改毛主席的既定方针”,公开煽动。")
    found = _found("围绕该区融入和服务“一个创新服务基地、三个中心城市”定位,充分发挥作用。")
    assert found.get("一个创新服务基地、三个中心城市") is EntityType.INITIATIVE


def test_programmes_a_campaign_of_da_verbs_and_proposals_listed_with_their_writers():
    found = _found("要准确理解把握开展大学习、大调研、大策划、大落实的重大意义。")
    assert found.get("大学习、大调研、大策划、大落实") is EntityType.INITIATIVE
    assert not any("大银行" in x for x in _found("垄断的大银行、大工业、大商业和铁路。"))
    found = _found("民建荆州市委员会关于推进重点企业数字化转型、蒋萍委员关于完善纾困扶持政策等建议。")
    assert found.get("关于推进重点企业数字化转型") is EntityType.PROPOSAL
    assert found.get("关于完善纾困扶持政策") is EntityType.PROPOSAL


def test_programmes_titles_of_a_list_of_proposals_are_proposals_whatever_they_end_in():
    found = _found(
        "这3件优秀提案分别为:市民革《大力推动我市中医药全产业链发展》,"
        "市农工党《加快建立我市长期护理保险制度》,市台盟《破解镇街执法机制堵点难题》。"
    )
    assert found["《大力推动我市中医药全产业链发展》"] is EntityType.PROPOSAL
    assert found["《加快建立我市长期护理保险制度》"] is EntityType.PROPOSAL
    assert found["《破解镇街执法机制堵点难题》"] is EntityType.PROPOSAL


def test_programmes_a_notice_is_no_proposal_and_a_study_report_is_one():
    found = _found(
        "《政协韶关市委员会关于2025年度优秀提案的通报》指出。会议审议了"
        "《市政协关于全市重大项目建设情况监督性视察的报告(草案)》和"
        "《市政协关于促进各民族交往交流交融界别协商情况的报告(草案)》。"
    )
    assert "《政协韶关市委员会关于2025年度优秀提案的通报》" not in found
    assert found["《市政协关于全市重大项目建设情况监督性视察的报告(草案)》"] is EntityType.PROPOSAL
    assert found["《市政协关于促进各民族交往交流交融界别协商情况的报告(草案)》"] is EntityType.PROPOSAL


def test_programmes_a_four_character_qualifier_naming_the_work_before_the_head():
    found = _found("着力打造“书香润初心·聚力兴夹江”政协履职品牌,搭建“石事实商量”协商议事平台。")
    assert found["“书香润初心·聚力兴夹江”政协履职品牌"] is EntityType.INITIATIVE
    assert found["“石事实商量”协商议事平台"] is EntityType.INITIATIVE
    assert not [k for k in _found("打击“台独”势力分裂活动,粉碎“四人帮”的反党宗派活动。") if "活动" in k]


@pytest.mark.parametrize(
    "text, label",
    [
        ("把握“亲民协政、为民履职”的工作定位,围绕发展大局。", "“亲民协政、为民履职”的工作定位"),
        (
            "坚持“提高质量、补齐短板、打造品牌、增强实效”的工作要求。",
            "“提高质量、补齐短板、打造品牌、增强实效”的工作要求",
        ),
        ("委员们共谋镇江“跨越发展、后发先至”大计。", "“跨越发展、后发先至”大计"),
        ("开展的“姑苏共话”圆桌协商工作得到肯定。", "“姑苏共话”圆桌协商"),
        ("推广“‘伊’起商‘码’上议”基层协商议事品牌。", "“‘伊’起商‘码’上议”基层协商议事品牌"),
        # a short slogan glued to the place it builds
        ("建设更有保障、更可持续的“五宜”朝阳。", "“五宜”朝阳"),
    ],
)
def test_programmes_work_formulas_brands_and_slogans_of_a_place(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


def test_programmes_no_slogan_of_a_place_that_goes_on_into_a_word():
    assert "“大家”朝阳区" not in _found("这就是“大家”朝阳区的故事。")
    assert not [k for k in _found("这就是“大家”朝阳区的故事。") if "朝阳" in k]



@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("是全力冲刺“苦战三年,打造崭新静海”奋斗目标的关键一年。", "苦战三年,打造崭新静海"),
        ("深入开展扫黑除恶专项行动。", "扫黑除恶"),
        ("永春县被确定为新时代枫桥经验示范点。", "枫桥经验"),
        ("打造长征国家文化公园泸州样板。", "长征国家文化公园"),
        ("省政协主席一行考察调研鄱阳湖生态经济区建设情况。", "鄱阳湖生态经济区"),
        ("坚持研之有方、言之有物,实干政协建设展现新作为。", "实干政协"),
    ],
)
def test_programmes_goals_national_forms_and_qualities_a_committee_builds(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    "text",
    [
        "牢牢把握“稳字当头、稳中求进”工作总基调。",
        "加强基层政协建设,推进人民政协建设。",
        "为实现“两个一百年”奋斗目标而奋斗。",
    ],
)
def test_programmes_no_initiative_from_a_formula_with_its_head_or_whose_committees(text):
    assert not any(t is EntityType.INITIATIVE for t in _found(text).values()), _found(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("加快建设现代化滨海大都市健康美丽新城区。", "现代化滨海大都市健康美丽新城区"),
        ("打造智库政协。", "智库政协"),
    ],
)
def test_programmes_a_new_district_to_build_and_a_think_tank_committee(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


def test_programmes_an_award_is_no_programme():
    assert not _found("评选“十佳提案”“十佳委员”。")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("创新“三三制”调研法,推行院坝协商。", "“三三制”调研法"),
        ("“彝区三房”改造资金248万元。", "“彝区三房”改造"),
        ("推行“一线”工作法。", "“一线”工作法"),
    ],
)
def test_programmes_a_quoted_method_or_renovation(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("会上,委员许左琴就精准扶贫工作提出三点建议,", "精准扶贫工作"),
        ("委员沈蓉作了发展城市公共交通提升市民幸福指数的发言,", "发展城市公共交通提升市民幸福指数"),
        ("委员向一兵提出了长阳地道中药材产业化发展的建议,", "长阳地道中药材产业化发展"),
        ("委员覃春燕提出了县城清江南岸开发规划的设想,", "县城清江南岸开发规划"),
        ("委员何方艳建议进一步加强师资队伍建设,", "进一步加强师资队伍建设"),
        ("”区政协委员刘俊文建议,加强浔阳历史文化的保护与传承,打造打卡点。", "加强浔阳历史文化的保护与传承"),
        ("”崔巍委员以《体现时代特色,展示中国风采》为主题代表文艺界别发言。", "《体现时代特色,展示中国风采》"),
    ],
)
def test_programmes_what_a_member_named_after_the_post_spoke_on_or_proposed(text, topic):
    assert _found(text).get(topic) is EntityType.PROPOSAL


def test_programmes_what_members_suggest_together_is_no_proposal():
    assert not _found("委员们的建议有效助推我区经济社会高质量发展,为现代化做出贡献。")
    assert not _found("据统计,政协委员共提交建议、提案合计10件。")
    assert not _found("大家就完善“两个工作报告”(稿)提出了中肯的意见。")


def test_programmes_main_suggestions_of_two_clauses_apart_by_semicolons():
    found = _found("主要建议有:大力发展现代产业集群,助推临港产业带建设;优化营商环境,加速民企迭代升级等。")
    assert found.get("大力发展现代产业集群,助推临港产业带建设") is EntityType.PROPOSAL
    assert found.get("优化营商环境,加速民企迭代升级") is EntityType.PROPOSAL


def test_programmes_a_quoted_topic_of_consultation_is_no_initiative_and_a_counted_proposal_about():
    assert not _found("围绕“加强物业管理,提升物业服务水平”议题召开专题议政性常委会会议。")
    found = _found("我带来一件关于包头蓄水工程建设的提案,希望尽快建设。")
    assert found.get("关于包头蓄水工程建设的提案") is EntityType.PROPOSAL


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("广西二十八县(市、区)政协经济联系会第二十四次会议开幕", "广西二十八县(市、区)政协经济联系会"),
        ("湘鄂黔渝边区县(市区)政协工作联系会第十次会议在龙山召开", "湘鄂黔渝边区县(市区)政协工作联系会"),
        ("“双帽”七县（市）政协联席会议在代县召开", "“双帽”七县（市）政协联席会议"),
    ],
)
def test_programmes_an_alliance_of_committees_named_by_region_or_slogan(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize("text", ["平遥县政协联席会议召开。", "市政府、市政协召开工作联席会。"])
def test_programmes_one_committees_joint_meeting_is_no_alliance(text):
    assert not [label for label in _found(text) if "联席" in label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("“去年我提交了关于高速公路广告牌视觉污染的提案。”", "关于高速公路广告牌视觉污染的提案"),
        ("高级研究员付国伟带来了关于加强人才建设的提案,他说。", "关于加强人才建设的提案"),
        ("委员提出关于加快互联网医院建设的建议,可以带来更好服务。", "关于加快互联网医院建设的建议"),
        ("4、关于推进生态养殖,改善水资源环境的建议(提案人:倪玉奎)", "关于推进生态养殖,改善水资源环境的建议"),
        (
            "民盟西夏总支:关于加快建设新建小区周边配套市政道路,解决居民出行问题的建议\n",
            "关于加快建设新建小区周边配套市政道路,解决居民出行问题的建议",
        ),
        # a series (的系列提案), or a list closed by 等建议
        (
            "提案155件。其中,关于依托中老铁路加快昆明国际物流高质量发展的系列提案,助推出台了办法。",
            "关于依托中老铁路加快昆明国际物流高质量发展的系列提案",
        ),
        (
            "方面的提案176件。关于加快吉林西部生态经济区建设、打造白城“碳中和”先行示范城市品牌等建议,市政府高度重视。",
            "关于加快吉林西部生态经济区建设、打造白城“碳中和”先行示范城市品牌等建议",
        ),
        # a speech's quoted title, commas and all
        (
            "会上,澳门组代表发言题为“关于推动我市港澳台侨资企业创新发展,助力中山高质量崛起的建议”。",
            "关于推动我市港澳台侨资企业创新发展,助力中山高质量崛起的建议",
        ),
        (
            "联组讨论会议做了“关于加快发展高中教育和加快发展城区供暖”的发言。",
            "关于加快发展高中教育和加快发展城区供暖",
        ),
    ],
)
def test_programmes_untitled_about_after_a_verb_as_an_item_or_a_series_and_speech_titles(text, label):
    assert _found(text).get(label) is EntityType.PROPOSAL


def test_programmes_a_lectures_quoted_title_is_no_proposal():
    assert not _found("王教授作了题为“学习贯彻二十大精神”的专题辅导。")


def test_programmes_verbs_of_securing_or_asking_before_an_unquoted_programme_are_no_part_of_it():
    found = _found(
        "调研组仔细询问工程推进过程中遇到的问题。实施好国道改移工程,意义重大。要精准发力,确保工程按时间节点完成。"
    )
    assert [label for label in found if label.endswith("工程")] == ["国道改移工程"]


def test_programmes_a_quoted_count_of_one_kind_is_no_programme():
    found = _found("建设“1河”(南九水河),“1路”(台柳路),“9谷”(山谷)“18馆”(艺术创作)建设。实施“1+N”工程。")
    assert list(found) == ["“1+N”工程"]


def test_programmes_the_titles_of_a_run_of_proposals_are_proposals():
    found = _found(
        "民主党派的代表发言,分别在《关于我区参与“粤港澳大湾区”建设的思考》、《关于推进高新技术产业集群化的几点建议》、"
        "《进一步优化政务服务 打通办事最后“一公里”》、《增强本土文化自信 提升三水城市软实力》等方面建言。"
    )
    assert found["《增强本土文化自信 提升三水城市软实力》"] is EntityType.PROPOSAL


def test_programmes_a_title_beside_one_proposal_only_stays_undecided():
    assert "《增强本土文化自信》" not in _found("学习《增强本土文化自信》、《关于加强农村法治建设的建议》。")


def test_programmes_an_about_clause_with_a_comma_in_running_text_is_no_title():
    found = _found("关于加强社区治理,委员们提出了很多有价值的建议。")
    assert not [label for label in found if label.startswith("关于")]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "座谈会上,胡汉军、赵璐冰5位政协委员先后发言,分别就创新合作打造汽车产业发展新动能、"
            "北京第三代半导体产业发展等方面积极建言献策。",
            ["创新合作打造汽车产业发展新动能", "北京第三代半导体产业发展"],
        ),
        (
            "赖慧云、海洪委员分别从创建文明城如何做好卫生环境工作、建设有民族和文化特色的人行天桥等方面内容"
            "进行了专题发言。",
            ["创建文明城如何做好卫生环境工作", "建设有民族和文化特色的人行天桥"],
        ),
        (
            "经济建设方面的提案59件,占提案总数的42.4%。主要有:重视规上企业培育、发展山地生态农业、促进医养融合等。",
            ["重视规上企业培育", "发展山地生态农业", "促进医养融合"],
        ),
        (
            "提出提案64件,所提建议有:在三亚建设中国国际数字贸易产业园;大力发展低空经济等。",
            ["在三亚建设中国国际数字贸易产业园", "大力发展低空经济"],
        ),
    ],
)
def test_programmes_topics_members_spoke_on_and_the_main_proposals_of_a_kind(text, topics):
    found = _found(text)
    assert all(found.get(t) is EntityType.PROPOSAL for t in topics)


def test_programmes_topics_leaders_spoke_on_are_no_proposals():
    found = _found("市委书记分别从加强党的建设、推动高质量发展等方面提出要求。主要有:加强学习、改进作风等。")
    assert not [t for t in found.values() if t is EntityType.PROPOSAL]


@pytest.mark.parametrize(
    "text",
    [
        "学习市委书记调研长三角生态绿色一体化发展示范区的讲话精神。",
        "关于实施葡萄酒产业高质量发展西干渠灌域供水保障工程的建议",
        "为机关全体党员干部上党纪学习教育纪律党课。",
    ],
)
def test_programmes_no_unquoted_name_cut_short_where_no_edge_is_in_reach(text):
    found = _found(text)
    assert not [label for label in found if label.startswith(("角", "展", "关全体"))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("运用委员沙龙、委员讲坛、委员讲堂“三位一体”学习模式。", {"委员沙龙", "委员讲坛", "委员讲堂"}),
        ("举办第36期委员读书班。", {"委员读书班"}),
        ("州政协与县政协共同开展院坝协商会议。", {"院坝协商"}),
    ],
)
def test_programmes_forms_of_cppcc_work_every_committee_names_alike(text, names):
    found = _found(text)
    assert all(found.get(n) is EntityType.INITIATIVE for n in names)


def test_programmes_no_topics_read_across_the_titles_members_spoke_on():
    found = _found(
        "委员们紧紧围绕群众最关心、最直接、最现实问题,坦诚议政,踊跃建言,委员王存虎就《多措并举促进文化旅游融合发展》"
        "作了发言。"
    )
    assert "坦诚议政" not in found and "最现实问题" not in found


def test_programmes_topics_members_spoke_on_after_cong_and_no_fields_or_ranges():
    found = _found(
        "会上,马致远等七名委员紧紧围绕工作大局,以“保障和改善民生”为主题,从调整产业结构、改善旅游基础条件、"
        "全力实施精准扶贫等多个方面作了深刻的分析研究。"
    )
    assert all(found.get(t) is EntityType.PROPOSAL for t in ("调整产业结构", "改善旅游基础条件"))
    fields = _found("何斌、张惟鹏等委员聚焦乡村振兴,从发展蔬菜产业、油茶产业、农村电商等方面提出提案。")
    assert "油茶产业" not in fields and "农村电商" not in fields
    ranges = _found("委员们围绕民生,从老旧小区改造到脱贫攻坚、从食品安全到交通管理等方面提出建议。")
    assert not [label for label in ranges if "到" in label]


@pytest.mark.parametrize(
    "text",
    [
        "审议通过《提案工作报告(讨论稿)》,协商通过有关事项。",
        "审议《关于市政协十三届委员会主席、副主席、常委候选人建议人选的说明》。",
        "通过《调整联系会轮流主办次序的决议(草案)》。",
    ],
)
def test_programmes_a_sessions_paper_in_draft_or_an_explanation_is_no_proposal(text):
    assert EntityType.PROPOSAL not in _found(text).values()


def test_programmes_a_revised_rule_sets_up_a_programme():
    found = _found("审议《中国人民政治协商会议合肥市委员会提案工作条例(修订)》。")
    assert found.get("《中国人民政治协商会议合肥市委员会提案工作条例(修订)》") is EntityType.INITIATIVE


def test_programmes_topics_spoken_on_end_before_deng_neirong():
    found = _found("李刚、杨勇等八名政协委员分别围绕全域旅游、黄连全产业链发展等内容作大会发言。")
    assert found.get("黄连全产业链发展") is EntityType.PROPOSAL and "黄连全产业链发展等内容" not in found


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("委员窦悦提议加快城市生活垃圾分类,以此助推我市“双城同创”。", "加快城市生活垃圾分类"),
        ("委员张铎期望打造省级“医联体”品牌,更好服务基层百姓看病就医。", "打造省级“医联体”品牌"),
        ("委员李伟在发言中建议,要加强金融监管、化解地方债务,守住底线。", "加强金融监管、化解地方债务"),
        ("会上,就发挥律师队伍的专业优势,助推市域社会治理现代化,委员张龙提出了5条具体建议。",
         "发挥律师队伍的专业优势,助推市域社会治理现代化"),
        ("孙俊杰、郭美琴2名委员,围绕发挥开发区“龙头”作用、持续优化全市营商环境等内容进行了发言。",
         "持续优化全市营商环境"),
    ],
)
def test_programmes_what_a_member_named_after_the_post_urged_or_spoke_on(text, topic):
    assert _found(text).get(topic) is EntityType.PROPOSAL, sorted(_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "委员们纷纷结合本职工作围绕卫生、环保、农业农村等领域进行了发言。",
        "荔瑾等7位委员紧密联系各自工作实际,围绕我市经济社会发展进行了发言。",
        "委员贺孝成建议,一是夯实基础建设,完善全域旅游。",
    ],
)
def test_programmes_fields_the_place_at_large_and_numbered_points_are_no_topics(text):
    assert EntityType.PROPOSAL not in _found(text).values(), sorted(_found(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [("加快琼州海峡经济带建设的提案。", "琼州海峡经济带"), ("培育轨道交通经济带。", "轨道交通经济带"),
     ("大力发展现代产业集群,助推台州临港产业带建设。", "台州临港产业带")],
)
def test_programmes_economic_belts(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE, sorted(_found(text))


def test_programmes_no_belt_from_what_the_economy_drives():
    assert not [k for k in _found("由主要依靠第二产业带动转向三产协同带动。") if k.endswith("带")]


def test_programmes_the_pairing_of_two_provinces():
    found = _found("掌政镇闽宁协作农业示范园。围绕盟委确定的京蒙协作目标。聚焦“滇粤协作”对口支援。")
    assert {"闽宁协作", "京蒙协作", "滇粤协作"} <= {k for k, v in found.items() if v is EntityType.INITIATIVE}


def test_programmes_no_pairing_from_a_word_a_run_of_three_or_hong_kong():
    found = _found("加强创新合作。推进陕甘宁合作。深化港澳合作。")
    assert not [k for k in found if k.endswith("合作")], found


def test_programmes_a_question_quoted_is_no_programme():
    found = _found("围绕“商量什么”,充分把握协商重点;针对“谁来商量”,有效提升;聚焦“怎么商量”,积极搭建平台。")
    assert EntityType.INITIATIVE not in found.values(), found


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "宫伏山委员提出了加强耕地保护和加强中小学生思想道德建设的建议。",
            {"加强耕地保护", "加强中小学生思想道德建设"},
        ),
        (
            "安久维委员作了关于提高我省劳动报酬在初次分配中的比重的发言。",
            {"关于提高我省劳动报酬在初次分配中的比重"},
        ),
        (
            "韩慧峰、王景顺等委员分别从大力推进绥化农业特色观光游建设步伐;加强三甲医院与基层医院合作,"
            "促进卫生医疗事业快速发展等方面作了发言。",
            {"大力推进绥化农业特色观光游建设步伐", "加强三甲医院与基层医院合作,促进卫生医疗事业快速发展"},
        ),
    ],
)
def test_programmes_what_a_member_named_before_the_post_spoke_on(text, topics):
    found = _found(text)
    assert all(found.get(t) is EntityType.PROPOSAL for t in topics), sorted(found)


def test_programmes_a_brand_after_a_qualifier_of_proposal_work_and_no_quoted_instruction():
    found = _found(
        "按照三中全会提出的“健全协商民主机制”重要要求,唱响“全程面对面协商”提案工作品牌。通过院坝协商、小微协商等。"
    )
    assert "“全程面对面协商”提案工作品牌" in found and "小微协商" in found
    assert not [label for label in found if "健全" in label], found


def test_programmes_consolidating_poverty_alleviation_with_rural_revitalisation_is_one_programme():
    found = _found("到兔街镇指导巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作。")
    assert list(found) == ["巩固拓展脱贫攻坚成果同乡村振兴有效衔接"], found


def test_programmes_runs_of_titles_spoken_proposed_or_commended():
    found = _found(
        "同时《发展股权投资基金,推进倍增发展》《发展农业领域新质生产力》作大会书面发言。会员蒋超提出的《我国数据跨境流动制度亟需完善》"
        "《企业劳动争议调解激励机制亟需完善》等6篇信息评为优秀信息。会员陈胜楠提出的《加强涉诉群体性纠纷预防化解》评为优秀提案。"
    )
    assert len([label for label, t in found.items() if t is EntityType.PROPOSAL]) == 5, found


def test_programmes_not_what_a_named_proposal_puts_forward():
    found = _found(
        "州扶贫办认真采纳提案提出的增加涉农保险险种、科学分担保险费等建议。"
        "付丽红等委员提出的加强医务工作者职业防护、构建传染病防控网等建议。"
    )
    assert "加强医务工作者职业防护" in found and "增加涉农保险险种" not in found, found


def test_programmes_national_strategies_in_their_short_forms():
    found = _found("落实国家支持东北振兴政策措施,着力推进大理乳业供给侧改革,推进西部大开发。")
    assert {"东北全面振兴", "供给侧结构性改革", "西部大开发战略"} <= set(found), found


def test_programmes_a_speech_titled_with_wei_ti_and_not_a_papers_headline():
    found = _found("常委陶颖代表民革阜阳市委员会以《推进城市低效用地再开发》为题作了发言。")
    assert found == {"《推进城市低效用地再开发》": EntityType.PROPOSAL}
    assert not _found("《人民政协报》在头版头条以《让民族文化成为旅游发展之魂》为题进行了报道。")


def test_programmes_a_plan_without_the_reports_own_place_and_more_national_programmes():
    found = _found("关于落实我市东部基础教育三年行动计划的建议。让大运河文化带活起来。推进新型基础设施建设。")
    assert {"东部基础教育三年行动计划", "大运河文化带建设", "新型基础设施建设"} <= set(found), found
    assert not [label for label in found if label.startswith("我市")]


def test_programmes_the_chengdu_chongqing_circle_written_without_diqu():
    assert "成渝地区双城经济圈建设" in _found("为融入成渝双城经济圈建设积极建言献策。")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("建好用好委员之家,推进有事好商量协商平台全覆盖。", "委员之家"),
        ("深化有事来商量,推动协商向基层延伸。", "有事来商量"),
        ("全面落实双减政策,减轻学生负担。", "双减"),
        ("深化最多跑一次改革。", "最多跑一次改革"),
        ("扎实开展我为群众办实事实践活动。", "我为群众办实事"),
        ("认真落实全面二孩政策。", "全面二孩政策"),
        ("扎实做好易地扶贫搬迁后续扶持工作。", "易地扶贫搬迁"),
        ("推动新时代吉林全面振兴全方位振兴。", "东北全面振兴"),
    ],
)
def test_programmes_general_cppcc_and_national_vocabulary(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


def test_programmes_the_saying_is_no_platform():
    text = "深刻把握“有事好商量、众人的事由众人商量”这一人民民主的真谛。做到有事好商量,众人的事由众人商量。"
    assert "有事好商量" not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "坚定拥护“两个确立”、坚决做到“两个维护”的实际行动。",  # a formula before 的 and a head
        "凡本网注明来源“政协六安市委员会”“六安市政协”的稿件,版权均属本网。",  # a committee quoted
    ],
)
def test_programmes_no_formula_or_committee_quoted(text):
    assert not [t for t in _found(text).values() if t is EntityType.INITIATIVE]


def test_programmes_a_brand_ending_in_zhengxie_is_still_one():
    assert _found("打造“书香政协”品牌。").get("“书香政协”品牌") is EntityType.INITIATIVE


def test_programmes_a_years_proposals_listed_by_number():
    found = _found("与会人员就2019年区政协17号、14号、76号提案办理情况进行视察。")
    for n in (17, 14, 76):
        assert found.get(f"区政协2019年{n}号提案") is EntityType.PROPOSAL


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("市政协共向平台转交《社情民意》415件,编报《社情民意专报》102期。", "《社情民意专报》"),
        ("编印《重要提案摘编》,送市领导参阅。", "《重要提案摘编》"),
    ],
)
def test_programmes_a_committees_publication_is_an_initiative(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("要充分发挥委员工作室作用,提升协商议政实效。", "政协委员工作室"),
        ("已建成政协委员工作站46个、社情民意信息联系点12个。", "政协委员工作站"),
        ("已建成政协委员工作站46个、社情民意信息联系点12个。", "社情民意信息联系点"),
    ],
)
def test_programmes_members_offices_by_their_common_name(text, label):
    assert _found(text).get(label) is EntityType.INITIATIVE


def test_programmes_a_named_studio_keeps_its_name_and_a_head_no_office():
    found = _found("为陈建飞委员工作室揭牌。工作室主任介绍情况。委员工作室主任张三发言。")
    assert "政协委员工作室" not in found


def test_programmes_clauses_after_weirao_are_no_list_of_topics():
    text = "会议围绕“做大做强绿色食品产业”开展专题协商议政,巴庚明作主调研报告,部分市政协委员作大会发言。"
    assert not [t for t in _found(text).values() if t is EntityType.PROPOSAL]


@pytest.mark.parametrize(
    "label", ["党纪学习教育", "深入贯彻中央八项规定精神学习教育", "树立和践行正确政绩观学习教育"]
)
def test_programmes_the_partys_learning_campaigns_whole(label):
    text = "县政协开展党纪学习教育,推进深入贯彻中央八项规定精神学习教育,开展树立和践行正确政绩观学习教育。"
    assert _found(text).get(label) is EntityType.INITIATIVE


def test_programmes_an_unquoted_name_starts_after_huijuqi():
    found = _found("解决民生实事1162件,汇聚起强县工程和乡村振兴的磅礴力量。")
    assert "汇聚起强县工程" not in found and "强县工程" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "会议围绕“传承弘扬优秀传统文化,发挥非遗传承人队伍作用”课题进行了专题协商,市政协部分常委、"
        "委员和部分旗区政协主席、专家围绕协商主题进行了发言。",
        "委员们围绕“打造世界级旅游城市”展开热烈的讨论,就雁山在其中如何担当已任、谋划发展进行了发言。",
    ],
)
def test_programmes_no_topics_across_a_second_clause_or_from_the_meetings_theme(text):
    assert not [label for label, t in _found(text).items() if t is EntityType.PROPOSAL], _found(text)


def test_programmes_what_a_member_suggests_after_a_colon_starts_after_it():
    found = _found("王某委员建议:加大对政协委员的培训力度。唐俊洪委员建议:一是加强调研,二是加强交流。")
    assert found.get("加大对政协委员的培训力度") is EntityType.PROPOSAL, found
    assert not [label for label in found if label.startswith((":", "：", "一是"))], found


def test_programmes_a_proposal_named_inside_the_title_of_the_report_on_its_handling():
    found = _found("会议审议了《关于加快推进我市“公交都市”建设的建议案办理情况的通报》。")
    assert found.get("关于加快推进我市“公交都市”建设的建议案") is EntityType.PROPOSAL
    found = _found("听取了《关于市政协十届一次会议以来提案办理情况的报告》。")
    found |= _found("听取了《关于2020年度提案办理情况的报告》。")
    assert not [label for label, t in found.items() if t is EntityType.PROPOSAL]


@pytest.mark.parametrize(
    "text",
    [
        "调研组来到安徽紫朔环境工程技术有限公司、朔里镇官庄村。",
        "该工程于2017年4月20日开工建设,7月27日通过工程竣工验收,现已并网。",
    ],
)
def test_programmes_no_project_in_a_firms_name_or_after_a_date_and_tongguo(text):
    assert not find_programmes(text)


@pytest.mark.parametrize(
    "text",
    ["区政府实施了一批民生实事工程。", "这是一项系统工程。", "抓好生态修复工程,建成一批精品工程和惠民工程。"],
)
def test_programmes_projects_named_only_by_what_kind_they_are_are_none(text):
    assert not find_programmes(text)


def test_programmes_no_name_opens_with_a_verb_of_visiting_or_with_suizhe():
    found = _found("随着通北示范区建设推进,委员们专题视察坝上高效节水工程。")
    assert "通北示范区" in found
    assert not any(name.startswith(("随着", "专题视察")) for name in found)


def test_programmes_themed_years_listed():
    found = _found("2018年是湘西州推动高质量发展的关键一年，也是战略拓展年、克难攻坚年、深化改革年。")
    assert found["战略拓展年"] is EntityType.INITIATIVE and found["深化改革年"] is EntityType.INITIATIVE
    assert "关键一年" not in found
    assert not any(k.endswith("今年") for k in _found("去年、今年、明年，发展很快。"))


def test_programmes_topics_put_forward_as_a_counted_set_of_key_proposals():
    found = _found("今年他们提出了加强“送子车”管理、新矿区建设、加强网吧管理等15件重点建议案。")
    for topic in ("加强“送子车”管理", "新矿区建设", "加强网吧管理"):
        assert found.get(topic) is EntityType.PROPOSAL, topic


def test_programmes_a_verb_of_building_or_furthering_is_no_part_of_the_name():
    found = _found("为加快建成珠西经济带和平陆运河经济带现代化核心港口城市。促进洞庭湖生态经济区绿色发展。")
    assert "珠西经济带" in found and "建成珠西经济带" not in found
    assert "洞庭湖生态经济区" in found and "促进洞庭湖生态经济区" not in found


def test_programmes_an_alliance_named_after_a_region_with_its_members_counted_in_brackets():
    found = _found(
        "建立洞庭湖生态经济区(四市一区)政协主席联席会议制度。昆明南宁贵阳三市政协主席联席会议召开。"
    )
    assert found.get("洞庭湖生态经济区(四市一区)政协主席联席会议") is EntityType.INITIATIVE
    assert found.get("昆明南宁贵阳三市政协主席联席会议") is EntityType.INITIATIVE


def test_programmes_a_quoted_name_before_yishihui():
    found = _found("11月26日上午,市政协召开“兴有善议·乡村振兴”协商议事会。定期召开“家门口议事会”。")
    assert found.get("“兴有善议·乡村振兴”协商议事会") is EntityType.INITIATIVE
