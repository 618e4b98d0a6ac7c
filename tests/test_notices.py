"""Public notices: printed notices, one-line classifieds and reported notices, negatives beside them.

Each case is a piece of a page (as the segmenter sees it) and the rows expected from it; a row is
compared on the fields the case names. Texts are from the sample issues or written the way other
papers print the same kind of notice.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from extractors.notices import extract, kind_of_title, schedule_of
from extractors.records import Issue, IssueContext
from extractors.segment import segment
from tests.conftest import GOLD, sample_text

ISSUE_DATE = date(2023, 1, 5)


def notices_of(text: str, issue_date: date | None = ISSUE_DATE, area_code: str = "0351"):
    ctx = IssueContext(issue_id="iss_test", issue_date=issue_date, area_code=area_code)
    found = extract(Issue(ctx=ctx, text=text, articles=segment(text)))
    for notice in found:
        assert text[notice.char_start : notice.char_end] == notice.evidence
    return found


def row(notice, names) -> dict:
    return {name: getattr(notice, name) for name in names}


N = None  # a field the text does not state


CASES = [
    # --- the samples -------------------------------------------------------------------------
    pytest.param(
        "寻亲启事\n\n刘秀兰于2022年4月26日在西山矿务局医院附近快速路捡到一名女婴,取名张斯媛,现寻找其亲生父母。"
        "请知情者联系刘秀兰 15235362639。\n",
        [dict(kind="寻亲启事", title="寻亲启事", issuer="刘秀兰", notice_date=N, phones=("+8615235362639",))],
        id="sample-001-寻亲启事",
    ),
    pytest.param(
        "记者 阎轶洁 通讯员 李俾 张振江\n\n抓党建促基层治理能力提升 党群服务中心架起党群“连心桥”\n\n"
        "通告 亲贤村城中村改造太原广场项目地块二项目,为提高物业服务品质,现决定更换物业公司,解除与山西众诚物业管理"
        "有限公司的合作。 特此通告 太原绿城房地产开发有限公司 2022年7月26日\n",
        [dict(kind="通告", title="通告", issuer="太原绿城房地产开发有限公司", notice_date=date(2022, 7, 26), phones=())],
        id="sample-003-通告-on-one-line",
    ),
    pytest.param(
        "## 市疫情防控办提示 五地返(抵)并人员要主动报备\n\n本报讯 7月27日0时至24时,31个省(自治区、直辖市)和新疆生产"
        "建设兵团报告新增本土确诊病例86例。为进一步筑牢“外防输入、内防反弹”防线,7月28日,市疫情防控办发布提示,"
        "5地返(抵)并人员要主动报备。\n\n7天内有国内疫情风险地区的返(抵)并人员,要主动向居住地社区(村)、单位或入住"
        "酒店报备。(刘涛)\n",
        [dict(kind="提示", issuer="市疫情防控办", notice_date=date(2022, 7, 28), title="市疫情防控办提示 五地返(抵)并人员要主动报备")],
        id="sample-003-reported-提示",
    ),
    pytest.param(
        "# 我市明确『植物油』燃料部门监管职责\n\n本报讯 1月4日,市安全生产工作专班消息,针对中小餐饮企业使用“植物油”"
        "燃料的系列监管事项,我市下发通知,明确各部门的安全生产监管职责。\n\n通知指出,各级各部门要切实履行好属地和市级"
        "各职能部门职责。(申波)\n",
        [],
        id="sample-001-internal-通知-no-issuer",
    ),
    # --- printed notices as other papers print them -------------------------------------------
    pytest.param(
        "## 关于调整12路公交线路的公告\n\n因迎泽大街道路施工,自2023年1月10日起,12路公交车临时改线运行,恢复时间另行"
        "通知。给您出行带来的不便,敬请谅解。特此公告。\n\n太原市公共交通控股(集团)有限公司\n\n2023年1月5日\n",
        [dict(kind="公告", issuer="太原市公共交通控股(集团)有限公司", notice_date=date(2023, 1, 5),
              effective_from=date(2023, 1, 10), deadline=N)],
        id="特此公告-issuer-and-date-lines",
    ),
    pytest.param(
        "招聘启事\n\n山西华宇物业服务有限公司因业务发展需要,现招聘保安10名、保洁员5名,男女不限,年龄55岁以下。有意者"
        "请于1月15日前到公司面试。\n\n联系人:王女士\n\n联系电话:0351-7654321 13803456789\n",
        [dict(kind="招聘启事", issuer="山西华宇物业服务有限公司", deadline=date(2023, 1, 15),
              phones=("+863517654321", "+8613803456789"))],
        id="招聘启事-联系人-联系电话",
    ),
    pytest.param(
        "遗失声明\n\n王建国遗失太原市小店区房屋产权证,证号:并房权证小字第0012345号,声明作废。\n\n"
        "山西鑫达商贸有限公司遗失增值税专用发票一份,发票代码:1400221130,发票号码:03456789,声明作废。\n\n"
        "李红梅不慎遗失身份证,身份证号:140105198801011234,声明作废。\n",
        [dict(kind="遗失声明", issuer="王建国", phones=()),
         dict(kind="遗失声明", issuer="山西鑫达商贸有限公司", phones=()),
         dict(kind="遗失声明", issuer="李红梅", phones=())],
        id="遗失声明-block-numbers-are-not-phones",
    ),
    pytest.param(
        "遗失公告\n\n张志强遗失机动车行驶证,证号:晋A12345,声明作废。赵丽不慎遗失太原理工大学毕业证书,证书编号:"
        "101121201505001234,声明作废。\n",
        [dict(kind="遗失公告", issuer="张志强", phones=()), dict(kind="遗失公告", issuer="赵丽", phones=())],
        id="遗失公告-two-notices-on-one-line",
    ),
    pytest.param(
        "# 分类广告\n\n遗失声明\n\n■太原市迎泽区福瑞祥餐饮店遗失食品经营许可证正本,许可证编号:JY11401060012345,声明作废。\n\n"
        "■郭建华遗失残疾人证,证号:14010519700101123442,特此声明。\n",
        [dict(kind="遗失声明", issuer="太原市迎泽区福瑞祥餐饮店", phones=()),
         dict(kind="遗失声明", issuer="郭建华", phones=())],
        id="classified-page-bulleted-items",
    ),
    pytest.param(
        "任前公示\n\n根据干部选拔任用有关规定,现将拟任职干部予以公示:张三,男,1975年5月生,大学学历,现任市某局办公室"
        "主任,拟任市某局副局长。公示期为2023年1月5日至1月11日。如有异议,请在公示期内向市委组织部反映。\n\n"
        "举报电话:0351-4226666\n\n中共太原市委组织部\n\n2023年1月4日\n",
        [dict(kind="任前公示", issuer="中共太原市委组织部", notice_date=date(2023, 1, 4), deadline=date(2023, 1, 11),
              phones=("+863514226666",))],
        id="公示-公示期-举报电话",
    ),
    # a clause of purpose or grounds opening an unsigned notice is no issuer, however it ends
    pytest.param(
        "交通管制通告\n\n为了确保全市越野跑比赛的顺利进行,比赛当日滨河东路采取临时管制措施,有关事项如下:\n"
        "一、管制时间:2023年1月8日6:00至13:00\n二、管制范围:滨河东路全段。\n",
        [dict(kind="交通管制通告", issuer=None, starts_at=datetime(2023, 1, 8, 6), ends_at=datetime(2023, 1, 8, 13))],
        id="purpose-clause-is-no-issuer",
    ),
    pytest.param(
        "交通管制通告\n\n为保障全市职工运动会,体育路将临时封闭,有关事项如下:\n"
        "一、管制时间:2023年1月8日6:00至13:00\n二、管制范围:体育路全段。\n",
        [dict(kind="交通管制通告", issuer=None, starts_at=datetime(2023, 1, 8, 6))],
        id="purpose-clause-ending-like-an-association-is-no-issuer",
    ),
    pytest.param(
        "停水通知\n\n因管网改造施工,定于1月8日8时至20时对迎泽区桥东街、柳巷南路一带停水,请用户提前做好储水准备。"
        "咨询电话:0351-4042233\n\n太原供水集团有限公司\n\n2023年1月5日\n",
        [dict(kind="停水通知", issuer="太原供水集团有限公司", notice_date=date(2023, 1, 5),
              starts_at=datetime(2023, 1, 8, 8), ends_at=datetime(2023, 1, 8, 20), phones=("+863514042233",))],
        id="停水通知-hours",
    ),
    pytest.param(
        "计划停电通知\n\n为保证电网安全运行,国网太原供电公司定于2023年1月7日8:00-18:00对以下线路停电检修:10千伏桃园线。"
        "届时请用户做好准备。供电服务热线:95598\n\n国网太原供电公司\n2023年1月5日\n",
        [dict(kind="停电通知", title="计划停电通知", issuer="国网太原供电公司", starts_at=datetime(2023, 1, 7, 8),
              ends_at=datetime(2023, 1, 7, 18), phones=())],
        id="停电通知-service-number-has-no-e164",
    ),
    pytest.param(
        "注销公告\n\n太原市恒通商贸有限公司经股东会决议,拟向登记机关申请注销登记,请债权人自本公告见报之日起45日内向"
        "公司清算组申报债权。\n\n山西润丰科技有限公司经股东决定,拟注销,请债权人自本公告见报之日起45日内向公司清算组"
        "申报债权,联系电话:13934561234。\n",
        [dict(kind="注销公告", issuer="太原市恒通商贸有限公司", deadline=date(2023, 2, 19), phones=()),
         dict(kind="注销公告", issuer="山西润丰科技有限公司", deadline=date(2023, 2, 19), phones=("+8613934561234",))],
        id="注销公告-block-45-days",
    ),
    pytest.param(
        "温馨提示\n\n春节将至,请广大市民文明祭扫,不在街头巷尾焚烧纸钱,共同维护城市环境。\n\n太原市民政局\n",
        [dict(kind="温馨提示", issuer="太原市民政局", notice_date=N)],
        id="温馨提示-signed-without-date",
    ),
    pytest.param(
        "太原市公安局交通管理局通告\n\n为保障春运期间道路交通安全,自2023年1月7日起至2月15日止,全市高速公路出入口"
        "实行交通管制。请广大驾驶人合理安排出行。\n",
        [dict(kind="通告", issuer="太原市公安局交通管理局", starts_at=datetime(2023, 1, 7), ends_at=datetime(2023, 2, 16))],
        id="issuer-in-title-unsigned",
    ),
    pytest.param(
        "声明\n\n近期有不法分子冒用我公司名义对外招揽业务,其一切行为与本公司无关。特此声明。\n\n"
        "山西晋泰建设集团有限公司\n二〇二三年一月五日\n",
        [dict(kind="声明", issuer="山西晋泰建设集团有限公司", notice_date=date(2023, 1, 5))],
        id="特此声明-chinese-numeral-date",
    ),
    pytest.param(
        "临时停水公告\n\n各用水户:\n\n因加压泵站检修,1月7日8时至15时北营片区停水,请提前储水,给大家带来的不便请多包涵。\n\n"
        "北营县供水有限公司\n\n二0二三年一月五日\n",
        [dict(kind="停水公告", issuer="北营县供水有限公司", notice_date=date(2023, 1, 5))],
        id="signature-date-typed-with-a-latin-zero",
    ),
    pytest.param(
        "通告\n\n因管网改造,1月9日全天东环路禁止通行,请绕行。特此通告。\n\n东环街道办事处\n二O二三年一月五日\n",
        [dict(kind="通告", issuer="东环街道办事处", notice_date=date(2023, 1, 5))],
        id="signature-date-typed-with-a-letter-o",
    ),
    # A story that says who issued a notice, then prints the notice ("现就…通告如下"): the story's
    # sentence names the issuer and the day of the notice it prints; a sentence of another kind does not.
    pytest.param(
        "1月3日,青川县公安局发布关于元宵灯会当晚滨江路临时封闭的通告。为保障灯会安全,现就灯会交通安排通告如下:\n"
        "一、2月5日18时至23时,滨江路禁止机动车通行。\n二、去往城东的车辆可走环城北路。\n",
        [dict(kind="通告", issuer="青川县公安局", notice_date=date(2023, 1, 3))],
        id="reporting-sentence-names-the-printed-notices-issuer",
    ),
    pytest.param(
        "紧急通知!湾头镇居民非必要不外出\n1月3日,湾头镇疫情防控指挥部发布紧急通知,全文如下:\n"
        "为降低聚集风险,现将居家管理要求紧急通知如下:\n1、全镇居民非必要不外出。\n2、各村实行卡口管理。\n",
        [dict(kind="紧急通知", issuer="湾头镇疫情防控指挥部", notice_date=date(2023, 1, 3))],
        id="reported-紧急通知-printed-below-its-report",
    ),
    pytest.param(
        "1月3日,青川县气象台发布寒潮预警提示。为保障灯会安全,现就灯会交通安排通告如下:\n"
        "一、2月5日18时至23时,滨江路禁止机动车通行。\n",
        [dict(kind="通告", issuer=N, notice_date=N)],
        id="a-report-of-another-kind-names-no-issuer",
    ),
    # A report naming the notice by an unquoted formal title longer than the usual words between verb and kind.
    pytest.param(
        "1月4日,青川县交通运输局发布关于春节期间城区至各乡镇客运班线临时调整运行时刻的公告,请旅客合理安排出行。\n",
        [dict(kind="公告", issuer="青川县交通运输局", notice_date=date(2023, 1, 4),
              title="关于春节期间城区至各乡镇客运班线临时调整运行时刻的公告")],
        id="reported-long-formal-title",
    ),
    pytest.param(
        "1月4日,青川县应急管理局发布关于进一步做好春节期间全县烟花爆竹经营单位安全检查工作的通知,要求各乡镇开展拉网式排查。\n",
        [],
        id="reported-long-formal-title-of-a-circular",
    ),
    pytest.param(
        "1月4日,青川县应急管理局发布进一步做好春节期间全县烟花爆竹经营单位安全检查工作的通知,提醒市民注意安全。\n",
        [],
        id="long-words-before-the-kind-without-a-formal-title",
    ),
    pytest.param(
        "关于交通管制的通告(第3号)\n\n因马拉松比赛需要,1月8日7时至12时,对迎泽大街实施临时交通管制,请过往车辆绕行。"
        "特此通告。\n\n太原市公安局 太原市体育局\n2023年1月5日\n",
        [dict(kind="通告", issuer="太原市公安局、太原市体育局", notice_date=date(2023, 1, 5),
              starts_at=datetime(2023, 1, 8, 7), ends_at=datetime(2023, 1, 8, 12))],
        id="two-issuers-numbered-title",
    ),
    pytest.param(
        "寻人启事\n\n李大爷,男,78岁,患有老年痴呆,于2023年1月2日在小店区走失,走失时身穿黑色棉衣。如有知情者请联系其家属,"
        "联系电话:13503512345,必有酬谢。\n\n李国强\n",
        [dict(kind="寻人启事", issuer="李国强", phones=("+8613503512345",), deadline=N)],
        id="寻人启事-signed-by-family-not-the-missing",
    ),
    pytest.param(
        "公告\n\n我公司开发建设的龙城花园小区二期住宅已具备交付条件,请业主于2023年1月31日前持购房合同及身份证到小区"
        "售楼处办理交房手续。逾期未办理的,视为已交付。特此公告\n\n山西龙城房地产开发有限公司\n2023年1月5日\n",
        [dict(kind="公告", issuer="山西龙城房地产开发有限公司", deadline=date(2023, 1, 31), notice_date=date(2023, 1, 5))],
        id="公告-请于-前-办理",
    ),
    pytest.param(
        "征求意见公告\n\n《太原市养犬管理条例(草案)》现向社会公开征求意见,征求意见时间为2023年1月5日至2月4日。"
        "意见可发送至邮箱tyrd@163.com。\n\n太原市人大常委会法制工作委员会\n2023年1月5日\n",
        [dict(kind="征求意见公告", issuer="太原市人大常委会法制工作委员会", deadline=date(2023, 2, 4))],
        id="征求意见-window",
    ),
    pytest.param(
        "太原市人民政府通告\n\n为加强大气污染防治,本通告自2023年1月1日起施行,有效期至2023年12月31日。\n\n"
        "太原市人民政府\n2022年12月30日\n",
        [dict(kind="通告", issuer="太原市人民政府", notice_date=date(2022, 12, 30), effective_from=date(2023, 1, 1))],
        id="起施行-effective",
    ),
    pytest.param(
        "注销公告\n\n太原市恒通商贸有限公司(统一社会信用代码:91140105MA0K123456)经股东会决议,拟向登记机关申请注销登记,"
        "请债权人自本公告见报之日起45日内向公司清算组申报债权。\n\n太原市公共交通控股(集团)有限公司经股东决定,拟注销,"
        "请债权人自本公告见报之日起45日内申报债权。\n",
        [dict(kind="注销公告", issuer="太原市恒通商贸有限公司", phones=()),
         dict(kind="注销公告", issuer="太原市公共交通控股(集团)有限公司", phones=())],
        id="注销公告-registration-number-in-brackets",
    ),
    pytest.param(
        "通　告\n\n因供热管网抢修,定于1月6日9时至18时对小店区部分区域停止供热,请用户做好防寒准备。特此通告。\n\n"
        "太原市热力集团有限责任公司\n2023年1月5日\n",
        [dict(kind="通告", title="通告", issuer="太原市热力集团有限责任公司", starts_at=datetime(2023, 1, 6, 9),
              ends_at=datetime(2023, 1, 6, 18))],
        id="spaced-out-title-停止供热",
    ),
    pytest.param(
        "环境影响评价公示\n\n太原某化工项目环境影响报告书已编制完成,现予以公示。公示期为5个工作日(2023年1月5日至1月11日),"
        "公众可通过电话或信函提出意见。联系电话:0351-5556666\n\n太原市生态环境局\n2023年1月5日\n",
        [dict(kind="环境影响评价公示", issuer="太原市生态环境局", deadline=date(2023, 1, 11), phones=("+863515556666",))],
        id="公示期-workdays-with-dates-in-brackets",
    ),
    pytest.param(
        "停气通知\n\n因燃气管网改造,我公司定于2023年1月9日9:00至17:00对杏花岭区府东街一带暂停供气,请用户关闭阀门。\n\n"
        "咨询电话:0351-3031234\n\n特此通知\n\n太原天然气有限公司\n\n2023年1月5日\n",
        [dict(kind="停气通知", issuer="太原天然气有限公司", notice_date=date(2023, 1, 5), phones=("+863513031234",),
              starts_at=datetime(2023, 1, 9, 9))],
        id="特此通知-own-line-closes-the-notice",
    ),
    pytest.param(
        "分类广告\n\n减资公告\n\n山西晋阳商贸有限公司经股东会决议,注册资本由500万元减至100万元,请债权人自本公告之日起"
        "45日内向本公司申报债权。\n\n联系人:钱女士 电话:13600001111\n\n特此公告\n\n山西晋阳商贸有限公司\n\n2023年1月5日\n",
        [dict(kind="减资公告", issuer="山西晋阳商贸有限公司", notice_date=date(2023, 1, 5), phones=("+8613600001111",))],
        id="特此公告-signed-notice-under-a-classified-heading",
    ),
    pytest.param(
        "寻人启事\n\n赵秀英,女,81岁,于2023年1月3日下午在杏花岭区五一广场附近走失,走失时身穿灰色羽绒服。如有知情者请与其女儿"
        "孙丽娟联系,电话:13934567890,必有重谢。\n",
        [dict(kind="寻人启事", issuer="孙丽娟", phones=("+8613934567890",))],
        id="寻人启事-contact-after-a-relative-word",
    ),
    pytest.param(
        "寻物启事\n\n本人于1月3日晚在太原南站候车室不慎遗失黑色双肩包一个,内有笔记本电脑及证件。有拾到者请与王先生联系,"
        "电话:15803512345,定当酬谢。\n",
        [dict(kind="寻物启事", issuer="王先生", phones=("+8615803512345",))],
        id="寻物启事-polite-form-is-the-issuer",
    ),
    pytest.param(
        "寻狗启事\n\n1月2日在滨河东路走失泰迪犬一只,棕色,名叫豆豆。联系人:刘女士 电话:13703511234\n",
        [dict(kind="寻狗启事", issuer="刘女士")],
        id="寻狗启事-联系人-label",
    ),
    # ...but the clerk to contact does not issue a body's 公示 or 通告: left unknown when unsigned.
    pytest.param(
        "关于东坪新区控制性详细规划草案的公示\n\n为听取公众意见,现将草案予以公示。\n一、公示时间\n"
        "2023年1月6日至2023年2月5日。\n二、意见反馈\n邮寄地址:东坪区规划服务中心\n联系人:孟立川\n"
        "联系电话:0351-6612345\n欢迎提出宝贵意见。\n",
        [dict(kind="公示", issuer=N, phones=("+863516612345",))],
        id="公示-contact-person-is-not-the-issuer",
    ),
    pytest.param(
        "通告\n\n因管网检修,1月8日9时至17时东坪路沿线停水。联系人:孟立川,电话:0351-6612345。\n\n"
        "东坪区供水服务中心\n2023年1月5日\n",
        [dict(kind="通告", issuer="东坪区供水服务中心")],
        id="通告-signed-body-over-its-contact",
    ),
    pytest.param(
        "寻人启事\n\n王大爷,男,80岁,于1月2日走失。如有知情者请与其家属联系,电话:13503519876。\n",
        [dict(kind="寻人启事", issuer=N)],
        id="寻人启事-relative-word-alone-names-nobody",
    ),
    pytest.param(
        "停水通知\n\n因管道抢修,太原供水集团有限公司定于1月7号9时至18时对万柏林区和平北路一带停止供水,敬请谅解。\n\n"
        "服务热线:0351-4042233\n\n太原供水集团有限公司\n\n2023年1月5号\n\n"
        "停电信息\n\n因线路改造,国网太原供电公司将于1月8号8时至16时对小店区龙城街道部分区域停电。如有疑问请拨打95598。\n",
        [dict(kind="停水通知", issuer="太原供水集团有限公司", notice_date=date(2023, 1, 5), phones=("+863514042233",)),
         dict(kind="停电信息", issuer="国网太原供电公司", notice_date=N, starts_at=datetime(2023, 1, 8, 8),
              ends_at=datetime(2023, 1, 8, 16), phones=())],
        id="停水通知-then-停电信息-item-号-dates",
    ),
    pytest.param(
        "计划停气预告\n\n因管网碰口作业,太原天然气有限公司计划于2023年1月10日22时至次日6时对晋源区部分小区停止供气。\n",
        [dict(kind="计划停气预告", issuer="太原天然气有限公司", starts_at=datetime(2023, 1, 10, 22))],
        id="停气预告-outage-title-without-notice-word",
    ),
    pytest.param(
        "停电信息\n\n因线路检修,本公司将于1月8号8时至16时对部分区域停电。\n",
        [dict(kind="停电信息", issuer=N, starts_at=datetime(2023, 1, 8, 8))],
        id="停电信息-self-reference-names-no-issuer",
    ),
    pytest.param(
        "停电信息\n\n近年来我市电网建设加快,居民停电时间逐年缩短。\n",
        [],
        id="neg-outage-title-over-no-period",
    ),
    pytest.param(
        "分类信息\n\n声明:太原市小店区惠民便利店(统一社会信用代码92140105MA0H1K2L3M)经营者赵建平因个人原因,自2023年1月5日起"
        "停止经营,特此声明。联系电话:13934561111\n",
        [dict(kind="声明", issuer="太原市小店区惠民便利店", phones=("+8613934561111",))],
        id="声明-business-and-its-keeper-the-business-declares",
    ),
    pytest.param(
        "声明\n\n山西恒信建材有限公司法定代表人孙卫东因公司印章遗失,现声明原印章作废。特此声明。\n",
        [dict(kind="声明", issuer="山西恒信建材有限公司")],
        id="声明-company-and-its-legal-representative",
    ),
    pytest.param(
        "声明\n\n王建华(身份证号140105198001011234)因个人原因,自即日起不再代理任何业务。特此声明。\n",
        [dict(kind="声明", issuer="王建华")],
        id="声明-a-person-declares-registration-in-brackets",
    ),
    # --- reported notices ---------------------------------------------------------------------
    pytest.param(
        "# 春节期间市区禁止燃放烟花爆竹\n\n本报讯 近日,太原市公安局发布通告,自2023年1月10日起,市区六城区范围内禁止燃放"
        "烟花爆竹。违反规定的,公安机关将依法处罚。请广大市民自觉遵守。(李明)\n",
        [dict(kind="通告", issuer="太原市公安局", notice_date=N, effective_from=date(2023, 1, 10))],
        id="reported-通告-effective",
    ),
    pytest.param(
        "# 市气象台提醒 注意防范寒潮\n\n本报讯 1月4日,市气象台发布温馨提示,受寒潮影响,未来三天我市将出现大风降温天气,"
        "提醒广大市民注意防寒保暖。(王芳)\n",
        [dict(kind="温馨提示", issuer="市气象台", notice_date=date(2023, 1, 4))],
        id="reported-温馨提示",
    ),
    pytest.param(
        "# 我市调整燃放管理\n\n本报讯 太原市人民政府日前发布《关于2023年春节期间烟花爆竹燃放管理的通告》,明确市民可在"
        "指定区域燃放。(刘涛)\n",
        [dict(kind="通告", issuer="太原市人民政府", title="关于2023年春节期间烟花爆竹燃放管理的通告")],
        id="reported-document-title",
    ),
    pytest.param(
        "# 市疫情防控办提示\n\n本报讯 1月4日,市疫情防控办提示:广大市民要做好个人防护,出现发热症状请及时就医。(刘涛)\n",
        [dict(kind="提示", issuer="市疫情防控办", notice_date=date(2023, 1, 4))],
        id="reported-colon-提示",
    ),
    pytest.param(
        "# 迎泽大街周日临时交通管制\n\n本报讯 市公安局交警支队1月5日发布通告,1月8日7时至12时,迎泽大街实施临时交通管制,"
        "请广大驾驶人提前绕行。(陈剑)\n",
        [dict(kind="通告", issuer="市公安局交警支队", notice_date=date(2023, 1, 5),
              starts_at=datetime(2023, 1, 8, 7), ends_at=datetime(2023, 1, 8, 12))],
        id="reported-date-between-issuer-and-verb",
    ),
    pytest.param(
        "# 社保卡年审开始\n\n本报讯 1月4日,市人社局发布公告,请参保人员于2023年3月31日前登录“民生山西”完成社保待遇"
        "资格认证,咨询电话:12333。截至1月4日,全市已有10万人完成认证。(李晓井)\n",
        [dict(kind="公告", issuer="市人社局", deadline=date(2023, 3, 31), phones=())],
        id="reported-deadline-not-a-count",
    ),
    pytest.param(
        "# 中考报名下周开始\n\n本报讯 1月4日,市教育局发布2023年中考报名公告,请考生于1月9日至1月13日登录平台报名。(王芳)\n",
        [dict(kind="报名公告", issuer="市教育局", notice_date=date(2023, 1, 4), deadline=date(2023, 1, 13))],
        id="reported-words-between-verb-and-kind",
    ),
    pytest.param(
        "# 春节安全管理\n\n本报讯 近日,市应急管理局发布关于加强春节期间烟花爆竹安全管理的通告,请广大市民注意安全。(王芳)\n",
        [dict(kind="通告", issuer="市应急管理局", title="关于加强春节期间烟花爆竹安全管理的通告")],
        id="reported-关于-title-without-brackets",
    ),
    pytest.param(
        "声明\n\n本人张晓明不慎将身份证丢失,现声明作废。\n\n声明人:张晓明\n2023年1月5日\n",
        [dict(kind="声明", issuer="张晓明", phones=())],
        id="personal-声明-本人",
    ),
    pytest.param(
        "# 寒潮来袭\n\n本报讯 受冷空气影响,我市气温骤降。市气象台温馨提示:广大市民要注意添衣保暖,驾驶员注意行车安全。(王芳)\n",
        [dict(kind="温馨提示", issuer="市气象台", notice_date=N)],
        id="reported-qualified-colon-提示",
    ),
    pytest.param(
        "# 降温来袭\n\n本报讯 受冷空气影响,本周气温将下降8℃。青岚市气象台温馨提示广大市民,及时添衣保暖。(赵敏)\n",
        [dict(kind="温馨提示", issuer="青岚市气象台")],
        id="温馨提示-spoken-to-its-audience-in-a-news-item",
    ),
    pytest.param(
        "# 降温来袭\n\n本报讯 1月4日,河湾县气象局在此温馨提示:广大市民及时添衣保暖。(赵敏)\n",
        [dict(kind="温馨提示", issuer="河湾县气象局", notice_date=date(2023, 1, 4))],
        id="温馨提示-after-在此",
    ),
    pytest.param(
        "# 降温来袭\n\n本报讯 气象部门温馨提示广大市民,及时添衣保暖。(赵敏)\n",
        [],
        id="neg-温馨提示-by-no-named-body",
    ),
    pytest.param(
        "# 降温来袭\n\n本报讯 受冷空气影响,本周气温将下降8℃,局地有大风。\n\n温馨提示\n\n请广大市民及时添衣保暖,"
        "驾驶员注意行车安全。(赵敏)\n",
        [],
        id="neg-温馨提示-box-with-no-body-named-is-no-notice",
    ),
    pytest.param(
        "# 降温来袭\n\n受冷空气影响,本周气温将下降8℃。温馨提醒广大老人和儿童尽量减少外出。\n",
        [],
        id="neg-温馨提醒-with-nobody-before-it",
    ),
    pytest.param(
        "# 降温来袭\n\n本报讯 青岚市交警支队提醒广大驾驶人,雨雪天气减速慢行。(赵敏)\n",
        [],
        id="neg-a-body-reminding-drivers-is-news-not-a-notice",
    ),
    pytest.param(
        "市应急管理局发布安全提示\n\n近日,市应急管理局发布安全提示,提醒广大市民春节期间注意用火用电安全。\n",
        [dict(kind="安全提示", issuer="市应急管理局")],
        id="headline-reporting-a-notice-without-byline",
    ),
    pytest.param(
        "# 口岸通关\n\n本报讯 1月4日,太原海关发布公告,自1月8日起,入境人员无需再进行核酸检测。请旅客合理安排行程。(李明)\n",
        [dict(kind="公告", issuer="太原海关", notice_date=date(2023, 1, 4), effective_from=date(2023, 1, 8))],
        id="reported-海关-公告",
    ),
    pytest.param(
        "# 春运出行\n\n本报讯 市委办公厅、市政府办公厅联合发布倡议书,倡导广大市民就地过年。(张波)\n",
        [dict(kind="倡议书", issuer="市委办公厅、市政府办公厅")],
        id="reported-two-issuers",
    ),
    # --- negatives ----------------------------------------------------------------------------
    pytest.param(
        "# 我市部署安全生产工作\n\n本报讯 1月4日,市安委办下发通知,要求各级各部门切实履行监管职责,各县(市、区)要开展"
        "隐患排查。通知要求,各单位要强化值班值守。(申波)\n",
        [],
        id="neg-通知要求-internal",
    ),
    pytest.param(
        "# 市政府印发实施方案\n\n本报讯 近日,市政府办公室印发《太原市优化营商环境三年行动实施方案》的通知,要求各县"
        "(市、区)人民政府、市直各有关单位认真贯彻执行。(张波)\n",
        [],
        id="neg-印发方案的通知",
    ),
    pytest.param(
        "# 社区服务更贴心\n\n本报讯 走进迎泽区柳巷社区,社区在公告牌上张贴了最新的服务信息,居民办事更方便了。社区工作"
        "人员说,录取通知书已经发到每户。(李俾)\n",
        [],
        id="neg-公告牌-通知书",
    ),
    pytest.param(
        "# 中方就有关问题发表声明\n\n新华社北京1月4日电 外交部发言人4日发表声明,中方坚决反对有关国家的错误做法,敦促"
        "其立即停止干涉中国内政。\n",
        [],
        id="neg-diplomatic-声明",
    ),
    pytest.param(
        "# 2024年春季征兵 今起网上报名\n\n本报讯 市征兵办消息,12月1日,2024年春季征兵工作启动。男兵上半年报名时间为:"
        "2023年12月1日至2024年2月10日。(刘涛)\n",
        [],
        id="neg-消息-is-no-notice-kind",
    ),
    pytest.param(
        "太原市人民政府办公室关于印发太原市冬季供暖实施方案的通知\n\n各县(市、区)人民政府,市人民政府各委、办、局:\n"
        "现将《太原市冬季供暖实施方案》印发给你们,请认真贯彻执行。\n\n太原市人民政府办公室\n2023年1月4日\n",
        [],
        id="neg-circular-printed-in-full",
    ),
    pytest.param(
        "# 第一批示范项目名单出炉\n\n本报讯 1月4日,市住建局公布了第一批绿色建筑示范项目公示名单,共12个项目入选。(陈剑)\n",
        [],
        id="neg-公示名单-is-a-list",
    ),
    pytest.param(
        "# 一封特殊的公开信\n\n他在信中写道:“请大家珍惜时间。”这封信感动了很多人。\n",
        [],
        id="neg-headline-ending-in-a-notice-word",
    ),
    # --- issue 15: how other city papers print notices ------------------------------------------
    pytest.param(
        "青河市公安局交通管理支队关于东环路雨污分流改造工程施工期间对东环路部分路段实施交通管制的通告\n"
        "(青公交通〔2024〕17号)\n\n为保障东环路雨污分流改造工程顺利实施,现决定对东环路(滨河路至纬五路段)实施"
        "交通管制。具体通告如下:\n一、自2024年3月4日起,禁止机动车通行。\n特此通告。\n",
        [dict(kind="通告", issuer="青河市公安局交通管理支队", notice_date=N)],
        id="formal-title-longer-than-a-headline-issuer-before-关于",
    ),
    pytest.param(
        "关于第五届青河湖国际自行车赛期间实施临时交通管制措施的通告\n\n第五届青河湖国际自行车赛将于2024年5月12日"
        "在我市举行。为确保比赛安全顺利进行,决定在比赛当天对湖滨大道实施临时交通管制,现通告如下:\n"
        "一、5月12日7时至13时,禁止一切车辆通行湖滨大道。\n",
        [dict(kind="通告", issuer=N, title="关于第五届青河湖国际自行车赛期间实施临时交通管制措施的通告")],
        id="formal-title-unsigned",
    ),
    pytest.param(
        "青河市明日起调整部分区域管控措施\n\n为做好防汛工作,经综合研判,决定对部分区域实施临时管控,现将有关事项通告如下:\n"
        "一、7月3日20时起,以下区域暂停通行:\n滨河区:临水路3号院;\n二、请市民提前安排出行。\n\n"
        "青河市防汛抗旱\n\n应急指挥部\n\n2024年7月3日\n",
        [dict(kind="通告", issuer="青河市防汛抗旱应急指挥部", notice_date=date(2024, 7, 3))],
        id="untitled-通告如下-under-a-headline-issuer-wrapped-over-two-lines",
    ),
    pytest.param(
        "根据项目备案,我局拟将位于纬三路以南地块国有土地使用权划拨供应给青河市自来水公司。任何单位对本公告所列内容"
        "有异议的,请于公告之日起10日内向我局反映,联系电话:6612345。 青河市自然资源局 2024年2月20日\n\n"
        "经青河市人民政府批准,我局将纬三路以南地块国有土地使用权划拨供应给青河市自来水公司。\n特此公告\n"
        "青河市自然资源局\n2024年3月5日\n",
        [dict(kind="公告", issuer="青河市自然资源局", notice_date=date(2024, 2, 20), phones=("+863516612345",)),
         dict(kind="公告", issuer="青河市自然资源局", notice_date=date(2024, 3, 5), phones=())],
        id="untitled-two-公告-each-closed-by-its-signature",
    ),
    pytest.param(
        "全市春运工作会议召开\n\n会议要求各部门做好春运保障。\n\n\n各位市民朋友:\n春节将至,为做好疫情防控,我们提出如下倡议:\n"
        "1.减少聚集。如有发热,请联系区疾控中心(联系电话:6654321)。\n2.勤洗手、戴口罩。\n"
        "青河市滨河区卫生健康局\n2024年1月20日\n",
        [dict(kind="倡议", issuer="青河市滨河区卫生健康局", notice_date=date(2024, 1, 20), phones=("+863516654321",))],
        id="untitled-倡议-from-its-addressee-line",
    ),
    pytest.param(
        "2025年起春秋两季征兵\n\n根据《征兵工作条例》,现将2025年滨河区东关街道辖区内适龄公民征兵工作有关事项通告如下:\n"
        "一、征集对象为年满18周岁的男性公民。\n",
        [dict(kind="通告", issuer="滨河区东关街道", notice_date=N)],
        id="untitled-现将-sentence-naming-the-issuers-own-area",
    ),
    pytest.param(
        "关于解除青河市重污染天气橙色预警的通告\n根据监测数据,我市空气质量已转为良。我市重污染天气应急指挥部决定自即日起解除"
        "橙色预警。\n特此通告。\n2024年1月12日\n",
        [dict(kind="通告", issuer="市重污染天气应急指挥部", notice_date=date(2024, 1, 12))],
        id="issuer-is-the-body-that-decides-我市-dropped",
    ),
    pytest.param(
        "青河二中开展冬季长跑\n\n学校组织全体学生参加冬季长跑活动,报名截止时间为2024年1月10日\n活动由体育组负责。\n",
        [],
        id="neg-a-date-ending-a-line-of-prose-is-no-signature",
    ),
    pytest.param(
        "各学院:\n根据上级要求,现将我校2024年兵役登记工作有关事项通知如下。\n一、各学院设立登记站。\n"
        "学生处 保卫处\n2024年3月1日\n",
        [],
        id="neg-circular-to-departments-with-a-signature",
    ),
    pytest.param(
        "给老师的一封感谢信\n\n感谢您多年来对孩子的关心和照顾,我们全家铭记在心。\n学生家长 王小明\n2024年6月1日\n",
        [],
        id="neg-signed-letter-that-never-calls-itself-a-notice",
    ),
    pytest.param(
        "青河辟谣:封路消息不实\n\n官方微博“青河发布”3月2日发布辟谣通告。\n\n网传“3月3日起全城封路”的消息不实,请广大市民不信谣、"
        "不传谣。\n\n青河市交通运输局\n\n2024年3月2日\n\n同日,上述官方微博发布《关于恢复城乡公交运营的通告》。\n\n"
        "自即日起恢复全部城乡公交线路运营。\n",
        [dict(kind="通告", issuer="青河市交通运输局", notice_date=date(2024, 3, 2)),
         dict(kind="通告", issuer="青河市交通运输局", notice_date=date(2024, 3, 2), title="关于恢复城乡公交运营的通告")],
        id="reported-through-a-channel-signed-below-and-the-next-one-同日-上述",
    ),
    pytest.param(
        "青河辟谣:封路消息不实\n\n网传消息不实,请广大市民不信谣。如需实行交通管制,将提前向社会发布公告。\n\n"
        "青河市交通运输局\n\n2024年3月2日\n",
        [],
        id="neg-a-notice-to-come-is-no-notice-even-above-a-signature",
    ),
    pytest.param(
        "# 公交恢复运营\n\n同日,上述官方微博发布《关于恢复城乡公交运营的通告》,请广大市民合理安排出行。\n",
        [],
        id="neg-上述-with-no-notice-before-it",
    ),
    pytest.param(
        "滨河县举办春季招聘会\n\n本报讯 3月1日,县人社局举办春季招聘会。(王五)\n\n"
        "赵一鸣遗失滨河县第二中学毕业证书,证\n号:20101234,声明作废。\n滨河县万通物流有限公司遗失财务专用章\n一枚,声明作废。\n"
        "钱小芳遗失残疾人证,证号:14012319,声明作废。\n",
        [dict(kind="遗失声明", issuer="赵一鸣"), dict(kind="遗失声明", issuer="滨河县万通物流有限公司"),
         dict(kind="遗失声明", issuer="钱小芳")],
        id="classified-run-under-no-heading-lines-wrapped-mid-sentence",
    ),
    pytest.param(
        "滨河县2025年征兵公告\n\n根据《征兵工作条例》,现将我县2025年征兵工作有关事项公告如下:\n一、征集对象为年满18至22周岁的"
        "男性青年。\n咨询电话:0351-6612345\n滨河县人民政府 滨河县人民武装部\n2024年12月20日\n",
        [dict(kind="征兵公告", issuer="滨河县人民政府、滨河县人民武装部", notice_date=date(2024, 12, 20),
              phones=("+863516612345",))],
        id="place-year-征兵公告-issuers-sharing-a-line",
    ),
    pytest.param(
        "2025年上半年征兵通告\n\n全市适龄青年请于2025年2月10日前登录全国征兵网报名。\n",
        [dict(kind="征兵通告", issuer=N, deadline=date(2025, 2, 10))],
        id="year-征兵通告-unsigned",
    ),
    pytest.param(
        "我市2025年征兵工作启动\n\n本报讯 记者从市征兵办获悉,我市2025年征兵工作全面启动,适龄青年踊跃报名。(王五)\n",
        [],
        id="neg-year-headline-of-a-story-ending-in-no-notice-word",
    ),
    pytest.param(
        "# 我市严打电信诈骗\n\n昨日,市反诈中心发布公告,请广大群众积极举报电信诈骗线索,并公布了举报电话、邮箱。\n\n"
        "举报方式\n\n滨河市反诈中心\n\n举报电话:0351-6612345\n\n举报邮箱:fanzha@example.cn\n\n滨河市公安局\n\n"
        "举报电话:0351-6623456\n\n目前,专项行动已破获电信诈骗案件三十余起,抓获犯罪嫌疑人五十余名,追回群众损失二百余万元。\n",
        [dict(kind="公告", issuer="市反诈中心", phones=("+863516612345", "+863516623456"))],
        id="reported-notice-announcing-numbers-takes-the-contact-list-after-it",
    ),
    pytest.param(
        "# 我市严打电信诈骗\n\n昨日,市反诈中心发布公告,请广大群众提高警惕,谨防电信诈骗。\n\n"
        "便民服务\n\n滨河市人民医院\n\n预约电话:0351-6612345\n",
        [dict(kind="公告", issuer="市反诈中心", phones=())],
        id="neg-a-list-after-a-report-that-announces-no-numbers",
    ),
    pytest.param(
        "滨河县森林防火工作领导小组办公室通告(第2号)\n\n清明将至,为防范森林火灾,即日起全县林区禁止一切野外用火。\n\n"
        "举报电话:0351-6612345\n\n特此通告\n\n                    滨河县森林防火工作\n\n                    领导小组办公室\n\n"
        "                    2024年3月28日\n",
        [dict(kind="通告", issuer="滨河县森林防火工作领导小组办公室", notice_date=date(2024, 3, 28),
              phones=("+863516612345",))],
        id="issuer-titled-notice-signature-indented-and-wrapped-read-once",
    ),
    pytest.param(
        "市民广场今起开放\n\n本报讯 市民广场改造完工,今起开放。(王五)\n\n"
        "■滨河县顺发建材有限公司不慎遗失营业执照副本,统一社会信用代码:91140100MA0ABCDE1X,现声明作废。\n"
        "■钱小芳遗失残疾人证,证号:14012319,声明作废。 孙大伟遗失机动车行驶证,车牌号:晋A12345,声明作废。\n"
        "■滨河县万通物流有限公司经股东会决议,拟注销本公司,请债权人自本公告之日起45日内向本公司清算组申报债权。"
        "联系人:李先生,电话:13912345678。\n",
        [dict(kind="遗失声明", issuer="滨河县顺发建材有限公司"), dict(kind="遗失声明", issuer="钱小芳"),
         dict(kind="遗失声明", issuer="孙大伟"),
         dict(kind="公告", issuer="滨河县万通物流有限公司", phones=("+8613912345678",))],
        id="classified-run-with-bullets-two-items-on-a-line-and-an-unsigned-注销-notice",
    ),
    pytest.param(
        "滨河县推进老旧小区改造\n\n县住建局经决定,今年改造老旧小区12个,惠及居民三千余户。\n",
        [],
        id="neg-a-body-deciding-in-a-story-that-never-calls-itself-a-notice",
    ),
    pytest.param(
        "# 东环路封闭施工\n\n本报讯 记者从滨河市自然资源和规划局获悉,该局已发布公告,东环路沿线地块3月5日起征收,请业主配合。(王五)\n",
        [dict(kind="公告", issuer="滨河市自然资源和规划局")],
        id="reported-by-该局-the-body-named-before",
    ),
    pytest.param(
        "# 西环路封闭施工\n\n本报讯 记者从青岚市交通运输局获悉,西环路将封闭施工。现该局已发布通告,西环路4月1日起封闭,请车辆绕行。(赵六)\n",
        [dict(kind="通告", issuer="青岚市交通运输局")],
        id="reported-by-现该局-the-adverb-goes",
    ),
    pytest.param(
        "# 西环路封闭施工\n\n本报讯 西环路将封闭施工。另市交通运输局发布通告,西环路4月1日起封闭,请车辆绕行。(赵六)\n",
        [dict(kind="通告", issuer="市交通运输局")],
        id="reported-by-另市-the-adverb-goes",
    ),
    pytest.param(
        "# 现代物流园开园\n\n本报讯 现代物流有限公司发布公告,物流园4月1日起对外开放,请市民有序参观。(赵六)\n",
        [dict(kind="公告", issuer="现代物流有限公司")],
        id="neg-现代-starts-the-name",
    ),
    pytest.param(
        "招领启事\n\n本单位职工在青岚公园拾到黑色手提包一个,请失主携证件前来认领。如有疑问请与李女士联系。\n联系电话:13812345670\n",
        [dict(kind="招领启事", issuer="李女士", phones=("+8613812345670",))],
        id="neg-a-word-for-a-person-is-no-subject-the-contact-is",
    ),
    pytest.param(
        "# 东环路封闭施工\n\n本报讯 该支队已发布通告,东环路3月5日起封闭施工,请车辆绕行。(王五)\n",
        [],
        id="neg-该支队-with-nothing-named-before",
    ),
    pytest.param(
        "# 停水为何没停\n\n本报讯 市民王先生反映,前天晚上并未停水。河湾县供水公司工作人员表示,水厂蓄水充足,未造成停水。"
        "供水公司发出停水通知,就是为了让住户事先蓄水备用。(记者 李明)\n",
        [],
        id="neg-why-such-notices-are-issued",
    ),
    pytest.param(
        "# 东湖片区停水\n\n本报讯 河湾县供水公司发布停水通知,6月29日8时至18时东湖片区停水,请市民提前储水。(记者 李明)\n",
        [dict(kind="停水通知", issuer="河湾县供水公司")],
        id="reported-outage-notice",
    ),
    pytest.param(
        "# 全省廉洁招录\n\n本报讯 省纪委、省人社厅近日下发《关于加强廉洁招录工作的通知》,要求各级把廉洁招录摆上位置,"
        "并公布举报电话。群众发现问题可拨打举报电话。(李明)\n",
        [],
        id="neg-circular-that-asks-every-level-below",
    ),
    pytest.param(
        "# 夏季防暑\n\n本报讯 省卫健委日前发布通知,提醒广大市民做好夏季防暑,要求各级医疗机构开设防暑门诊。(李明)\n",
        [dict(kind="通知", issuer="省卫健委")],
        id="reported-to-citizens-though-it-asks-every-level-too",
    ),
    pytest.param(
        "# 市空气质量持续改善\n\n本报讯 记者从市生态环境局获悉,截至12月31日,全市空气质量优良天数达到250天,"
        "系统提示显示各监测点运行正常。(王勇)\n",
        [],
        id="neg-截至-statistic-and-系统提示",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_notices(text, expected):
    found = notices_of(text)
    assert [row(n, e.keys()) for n, e in zip(found, expected)] == expected
    assert len(found) == len(expected), [(n.kind, n.issuer, n.evidence) for n in found]


# A government's numbered heading over an unsigned notice ("<issuer><subject>公告 <document number>"):
# the heading names the issuer, the kind is the subject's; a signed one keeps its signer.
NUMBERED_HEADING_CASES = [
    pytest.param(
        "青岚市柳川区政府迁坟公告 青柳政布〔2022〕7号\n"
        "因青岚大道拓宽,规划红线内的墓地须整体迁出。请墓主家属在一个月内到柳川区民政局登记办理,"
        "过期未迁的按无主坟处理。\n特此公告。\n2022年12月20日\n",
        [dict(kind="迁坟公告", issuer="青岚市柳川区政府", notice_date=date(2022, 12, 20))],
        id="unsigned-heading-names-the-issuer",
    ),
    pytest.param(
        "河湾县政府土地征收预公告(河征预〔2022〕3号)\n"
        "为建设城东学校,拟收回河湾镇东关村一片集体土地。公告刊登后在该范围内新种、新建的,一律不作补偿。\n"
        "特此公告\n2022年12月28日\n",
        [dict(kind="土地征收预公告", issuer="河湾县政府", notice_date=date(2022, 12, 28))],
        id="number-in-brackets",
    ),
    pytest.param(
        "青岚市柳川区政府迁坟公告 青柳政布〔2022〕8号\n"
        "滨河公园扩建范围内的墓地须于1月31日前迁出,请墓主家属到柳川区民政局登记。\n"
        "特此公告。\n青岚市柳川区民政局\n2022年12月21日\n",
        [dict(kind="迁坟公告", issuer="青岚市柳川区民政局")],
        id="neg-a-signer-outranks-the-heading",
    ),
    pytest.param(
        "关于春节期间暂停办理业务的公告 青政服〔2022〕9号\n"
        "1月21日至1月27日,青岚市政务服务中心暂停办理业务,1月28日起恢复正常。\n特此公告。\n2022年12月29日\n",
        [dict(kind="公告", issuer=None)],
        id="neg-an-about-title-names-no-issuer",
    ),
]


@pytest.mark.parametrize("text, expected", NUMBERED_HEADING_CASES)
def test_a_numbered_government_heading(text, expected):
    found = notices_of(text)
    assert [row(n, e.keys()) for n, e in zip(found, expected)] == expected
    assert len(found) == len(expected), [(n.kind, n.issuer, n.evidence) for n in found]


_CLOSURE = "为做好防疫工作,现将有关事项通告如下:即日起,城区网吧、歌厅暂停营业。恢复时间另行通知。\n\n特此通告。\n\n"

# Signatures as papers print them: a long body wrapped over two lines (joined without a separator),
# seal annotations, dates whose 年/月/日 were lost. (text, issue date, expected rows)
SIGNATURE_CASES = [
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE
        + "　　　　青岚市应对突发公共卫生事件工作\n　　　　　　　领导小组办公室(代章)\n　　　　　　2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市应对突发公共卫生事件工作领导小组办公室", notice_date=date(2021, 2, 3))],
        id="wrapped-body-with-seal-note",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市防疫工作领导小组\n办公室\n2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市防疫工作领导小组办公室", notice_date=date(2021, 2, 3))],
        id="wrapped-after-a-body-word-the-lower-line-is-a-unit",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市防疫工作领导小组办公室\n（盖章）\n2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市防疫工作领导小组办公室", notice_date=date(2021, 2, 3))],
        id="seal-note-on-its-own-line",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市应对突发公共卫生事件工作\n领导小组办公室（代章） 2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市应对突发公共卫生事件工作领导小组办公室", notice_date=date(2021, 2, 3))],
        id="wrapped-body-ending-on-the-date-line",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n为做好防疫工作,即日起城区网吧暂停营业。\n青岚市市场监督管理局（盖章） 2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市市场监督管理局", notice_date=date(2021, 2, 3))],
        id="neg-a-sentence-above-the-date-line-is-no-part-of-the-name",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市卫生健康委员会\n青岚市市场监督管理局\n2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市卫生健康委员会、青岚市市场监督管理局", notice_date=date(2021, 2, 3))],
        id="neg-two-bodies-each-with-its-place-stay-two",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "河湾县人民政府办公室\n学生资助管理中心\n2021年2月3日\n",
        date(2021, 2, 5),
        [dict(issuer="河湾县人民政府办公室、学生资助管理中心")],
        id="neg-a-second-body-not-a-unit-word-stays-apart",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市防疫指挥部\n2021 2 3\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市防疫指挥部", notice_date=date(2021, 2, 3))],
        id="date-printed-with-spaces-for-年月日",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市防疫指挥部\n20210203\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市防疫指挥部", notice_date=date(2021, 2, 3))],
        id="date-printed-as-eight-digits",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市防疫指挥部\n2021125\n",
        date(2021, 1, 27),
        [dict(issuer="青岚市防疫指挥部", notice_date=date(2021, 1, 25))],
        id="seven-digits-read-the-one-way-that-is-not-after-the-issue",
    ),
    pytest.param(
        "关于暂停城区公共场所营业的通告\n\n" + _CLOSURE + "青岚市防疫指挥部\n2021125\n",
        date(2021, 12, 20),
        [dict(issuer="青岚市防疫指挥部", notice_date=None)],
        id="neg-seven-digits-two-readings-before-the-issue-stay-null",
    ),
    pytest.param(
        "青岚市防疫指挥部通告(第4号)\n\n" + _CLOSURE + "2021 1 3 5\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市防疫指挥部", notice_date=None)],
        id="unreadable-signature-the-numbered-title-names-the-issuer",
    ),
    pytest.param(
        "青岚市防疫指挥部第4号通告\n\n" + _CLOSURE + "2021 1 3 5\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市防疫指挥部", notice_date=None)],
        id="unreadable-signature-number-before-the-kind",
    ),
    pytest.param(
        "疫情防控通告(第4号)\n\n" + _CLOSURE + "青岚市应对新冠肺炎疫情工作\n领导小组办公室(代章)\n",
        date(2021, 2, 5),
        [dict(issuer="青岚市应对新冠肺炎疫情工作领导小组办公室", notice_date=None)],
        id="undated-wrapped-signature",
    ),
    pytest.param(
        "本报讯 为做好防疫工作,青岚市发布通告。\n\n" + _CLOSURE + "青岚市应对新冠肺炎疫情工作领导小组\n办公室\n2021年2月3日\n",
        date(2021, 2, 5),
        [dict(kind="通告", issuer="青岚市应对新冠肺炎疫情工作领导小组办公室", notice_date=date(2021, 2, 3))],
        id="a-place-reports-the-notice-its-signature-names-the-issuer",
    ),
    pytest.param(
        "本报讯 青岚市发布通告,即日起城区网吧暂停营业。(李四)\n",
        date(2021, 2, 5),
        [],
        id="neg-a-place-reports-a-notice-with-no-signature",
    ),
    # A heading broken over lines above its notice word: the lines complete the title, and the body
    # they name issues an unsigned notice.
    pytest.param(
        "青岚县公安局\n关于在城区禁止燃放烟花爆竹的\n通告\n\n为保障公共安全,现就燃放管理通告如下:\n"
        "一、即日起城区全域禁止燃放烟花爆竹。\n\n青岚县公安局\n2023年1月10日\n",
        date(2023, 1, 12),
        [dict(kind="通告", title="青岚县公安局关于在城区禁止燃放烟花爆竹的通告", issuer="青岚县公安局",
              notice_date=date(2023, 1, 10))],
        id="heading-over-three-lines",
    ),
    pytest.param(
        "河湾县交通运输局\n通告\n\n因河湾大桥维修,6月1日至6月5日大桥禁止车辆通行,请车辆绕行。\n\n2023年5月28日\n",
        date(2023, 6, 2),
        [dict(kind="通告", title="河湾县交通运输局通告", issuer="河湾县交通运输局", notice_date=date(2023, 5, 28))],
        id="unsigned-notice-its-heading-names-the-issuer",
    ),
    pytest.param(
        "节前安全提醒\n通告\n\n因河湾大桥维修,6月1日至6月5日大桥禁止车辆通行,请车辆绕行。特此通告。\n\n"
        "河湾县交通运输局\n2023年5月28日\n",
        date(2023, 6, 2),
        [dict(kind="通告", title="通告", issuer="河湾县交通运输局", notice_date=date(2023, 5, 28))],
        id="neg-a-kicker-that-names-no-body-is-no-part-of-the-title",
    ),
    pytest.param(
        "河湾县交通运输局\n\n通告\n\n因河湾大桥维修,6月1日至6月5日大桥禁止车辆通行,请车辆绕行。\n\n2023年5月28日\n",
        date(2023, 6, 2),
        [dict(kind="通告", title="通告", issuer=None, notice_date=date(2023, 5, 28))],
        id="neg-a-line-set-apart-by-a-blank-line-is-no-part-of-the-heading",
    ),
    pytest.param(
        "因东坪路管网检修,5月20日东坪路沿线停水。特此通告。\n青岚市供水公司\n2023年5月18日\n"
        "关于河湾大桥禁止通行的通告\n\n因河湾大桥维修,6月1日至6月5日大桥禁止车辆通行,请车辆绕行。特此通告。\n\n"
        "河湾县交通运输局\n2023年5月28日\n",
        date(2023, 6, 2),
        [dict(kind="通告", title=None, issuer="青岚市供水公司", notice_date=date(2023, 5, 18)),
         dict(kind="通告", title="关于河湾大桥禁止通行的通告", issuer="河湾县交通运输局", notice_date=date(2023, 5, 28))],
        id="neg-the-signature-of-the-notice-before-is-no-part-of-the-heading",
    ),
    # A date line is never part of the issuer's name: above the issuer it is the signature's date
    # (here a copy lost the year's digits: the issue's year reads it).
    pytest.param(
        "关于河湾大桥禁止通行的通告\n\n因河湾大桥维修,6月1日至6月5日大桥禁止车辆通行,请车辆绕行。\n特此通告。\n"
        "年5月28日\n河湾县交通运输局\n",
        date(2023, 6, 2),
        [dict(kind="通告", issuer="河湾县交通运输局", notice_date=date(2023, 5, 28))],
        id="date-line-above-the-issuer-line",
    ),
    # A notice that publishes a document prints it after its signature: the notice ends there, also
    # where its date (Chinese numerals, digits without 年月日) is none the layout breaks at.
    pytest.param(
        "关于《青岚市养犬规定(征求意见稿)》向社会征求意见的公告\n\n现将规定全文公布,征求社会各界意见。请于6月30日前反馈市司法局。\n联系电话:0351-4567890\n青岚市司法局\n二〇二三年六月一日\n青岚市养犬规定(征求意见稿)\n第一章 总则\n第一条 为规范养犬行为,制定本规定。\n",
        date(2023, 6, 2),
        [dict(kind="公告", issuer="青岚市司法局", notice_date=date(2023, 6, 1), phones=("+863514567890",))],
        id="signature-then-the-document-it-publishes",
    ),
    pytest.param(
        "关于《青岚市养犬规定(征求意见稿)》向社会征求意见的公告\n\n现将规定全文公布,征求社会各界意见。请于6月30日前反馈市司法局。\n联系电话:0351-4567890\n青岚市司法局\n2023601\n第一章 总则\n第一条 为规范养犬行为,制定本规定。\n",
        date(2023, 6, 2),
        [dict(kind="公告", issuer="青岚市司法局", notice_date=date(2023, 6, 1))],
        id="signature-with-a-digit-date-then-the-document",
    ),
    pytest.param(
        "关于东坪路改造的公告\n\n东坪路将于6月改造,现就改造安排公告如下:\n青岚市住房和城乡建设局\n二〇二三年六月一日\n"
        "起东坪路半幅通行\n请车辆绕行东湖路。\n",
        date(2023, 6, 2),
        [dict(kind="公告", issuer=None, notice_date=None)],
        id="neg-a-date-line-inside-the-body-followed-by-no-document",
    ),
]


# A 公示/公告 printed as a heading and labelled lines, without a signature: the labelled unit issues it.
LABELLED_UNIT_CASES = [
    pytest.param(
        "关于柳溪路管网改造施工的公示\n\n因管网改造,1月9日至2月20日柳溪路(东关街至北门街段)半幅通行,请车辆绕行。\n\n"
        "实施单位:青岚市水务建设有限公司\n联系电话:0351-5550123\n",
        [dict(kind="公示", issuer="青岚市水务建设有限公司", phones=("+863515550123",))],
        id="实施单位-line-issues-the-公示",
    ),
    pytest.param(
        "拟命名道路名称公示\n\n拟将新区两条道路命名为安和路、泰和路,公示期为1月5日至1月14日。\n\n"
        "实施单位:青岚市城建集团有限公司\n公示单位:青岚市民政局\n联系人:郑先生\n联系电话:0351-5550124\n",
        [dict(kind="公示", issuer="青岚市民政局", deadline=date(2023, 1, 14))],
        id="公示单位-before-实施单位-and-before-the-contact-person",
    ),
    pytest.param(
        "公告\n\n青岚市南湖公园将于1月15日起闭园改造,预计9月底重新开放。\n\n发布单位:青岚市园林服务中心\n监督电话:0351-5550125\n",
        [dict(kind="公告", issuer="青岚市园林服务中心")],
        id="发布单位-line",
    ),
    pytest.param(
        "公示\n\n以下家庭符合保障性住房配租条件,现予以公示。公示期为1月5日至1月11日。\n\n"
        "公示单位:青岚市住房保障中心 联系电话:0351-5550126\n",
        [dict(kind="公示", issuer="青岚市住房保障中心")],
        id="公示单位-and-phone-on-one-line",
    ),
    pytest.param(
        "关于暂停柳溪路施工的公告\n\n因管网改造,1月9日起柳溪路半幅通行。\n\n施工单位:王师傅\n联系电话:0351-5550127\n",
        [dict(kind="公告", issuer=None)],
        id="neg-a-labelled-value-that-is-no-body-issues-nothing",
    ),
    pytest.param(
        "关于柳溪路管网改造施工的公示\n\n实施单位:青岚市水务建设有限公司。因管网改造,柳溪路半幅通行,请车辆绕行。\n\n"
        "特此公示\n\n青岚市住房和城乡建设局\n\n2023年1月4日\n",
        [dict(kind="公示", issuer="青岚市住房和城乡建设局", notice_date=date(2023, 1, 4))],
        id="neg-a-signature-beats-a-labelled-unit",
    ),
    pytest.param(
        "青岚市2022年度拟认定科技型企业名单公示\n\n经专家评审,以下8家企业拟认定为科技型企业。公示期为1月5日至1月11日。\n\n"
        "公示单位:青岚市科学技术局\n",
        [dict(kind="公示", issuer="青岚市科学技术局", deadline=date(2023, 1, 11))],
        id="unit-line-set-apart-by-the-layout-and-no-phone",
    ),
    pytest.param(
        "## 柳溪路施工公示\n\n柳溪路(东关街至北门街段)1月9日至2月20日半幅通行。\n\n"
        "建设单位:青岚市城建集团有限公司\n施工单位:青岚市第三建筑工程有限公司\n",
        [dict(kind="施工公示", issuer="青岚市城建集团有限公司")],
        id="labelled-unit-lines-are-no-signature",
    ),
]


@pytest.mark.parametrize("text, expected", LABELLED_UNIT_CASES)
def test_labelled_unit_issues_an_unsigned_notice(text, expected):
    found = notices_of(text)
    assert [row(n, e.keys()) for n, e in zip(found, expected)] == expected
    assert len(found) == len(expected), [(n.kind, n.issuer, n.evidence) for n in found]


@pytest.mark.parametrize("text, issue_date, expected", SIGNATURE_CASES)
def test_signatures(text, issue_date, expected):
    found = notices_of(text, issue_date)
    assert [row(n, e.keys()) for n, e in zip(found, expected)] == expected
    assert len(found) == len(expected), [(n.kind, n.issuer, n.evidence) for n in found]


@pytest.mark.parametrize(
    "title, kind",
    [
        ("通告", "通告"),
        ("寻亲启事", "寻亲启事"),
        ("遗失声明", "遗失声明"),
        ("关于调整12路公交线路的公告", "公告"),
        ("关于交通管制的通告(第3号)", "通告"),
        ("河湾县防疫指挥部通告第5号", "通告"),
        ("河湾县人民政府公告〔2021〕2号", "公告"),
        # A government's numbered title: the subject between the issuer and the word is the kind.
        ("青岚市柳川区政府迁坟公告 青柳政布〔2022〕7号", "迁坟公告"),
        ("河湾县政府土地征收预公告(河征预〔2022〕3号)", "土地征收预公告"),
        ("青岚市柳川区政府迁坟公告", "公告"),
        ("关于春节期间暂停办理业务的公告 青政服〔2022〕9号", "公告"),
        ("全市道路停车收费调整公告 青发改〔2022〕5号", "公告"),
        ("河湾县防疫指挥部第5号通告", "通告"),
        ("住宅楼5号", None),
        ("太原市公安局交通管理局通告", "通告"),
        ("计划停电通知", "停电通知"),
        ("开工公告", "开工公告"),
        ("市疫情防控办提示 五地返(抵)并人员要主动报备", None),
        ("全市工业高质量发展大会引发热烈反响", None),
        # A service notice titled without a notice word, and its near misses.
        ("临时停水预告", "临时停水预告"),
        ("检修停电", "检修停电"),
        ("北关片区计划停电信息", None),  # a place before it: no service title as a whole
        ("停电信息发布会召开", None),
        ("通告\n", "通告"),  # a title's final line break ends it as well
        ("通告\n\n", None),
        ("", None),
        (None, None),
    ],
)
def test_kind_of_title(title, kind):
    assert kind_of_title(title) == kind


CTX = IssueContext(issue_id="iss_test", issue_date=ISSUE_DATE)


@pytest.mark.parametrize(
    "text, notice_date, expected",
    [
        ("请于2023年1月10日前到市民服务中心办理", None, dict(deadline=date(2023, 1, 10))),
        ("公示期为2023年1月3日至1月9日", None, dict(deadline=date(2023, 1, 9))),
        ("公示时间:1月5日—1月11日", None, dict(deadline=date(2023, 1, 11))),
        ("报名截止时间为1月20日17时", None, dict(deadline=date(2023, 1, 20))),
        ("请债权人自本公告发布之日起45日内申报债权", date(2023, 1, 4), dict(deadline=date(2023, 2, 18))),
        ("请债权人自本公告发布之日起45日向公司申报债权", date(2023, 1, 4), dict(deadline=date(2023, 2, 18))),
        ("如有异议,请自公示之日起10个工作日向市纪委反映", date(2023, 1, 4), dict(deadline=date(2023, 1, 18))),
        ("今年起,3月1日至5日开展检查", None, dict(deadline=None)),
        ("本办法自2023年1月1日起施行", None, dict(effective_from=date(2023, 1, 1), deadline=None)),
        ("定于1月6日8时至20时停水", None, dict(starts_at=datetime(2023, 1, 6, 8), ends_at=datetime(2023, 1, 6, 20))),
        # works in the dated sentence, the stoppage they cause in the next one
        ("我公司计划于1月8日23:00-1月9日07:00对西苑路供水管道实施连通作业。施工期间沿线用户停水。", None,
         dict(starts_at=datetime(2023, 1, 8, 23), ends_at=datetime(2023, 1, 9, 7))),
        ("1月9日9时至17时对南关变电站设备进行维修,届时以下线路停电。", None,
         dict(starts_at=datetime(2023, 1, 9, 9), ends_at=datetime(2023, 1, 9, 17))),
        # a stoppage printed as one instant starts then; its end is the restoring time, if printed
        ("定于1月6日14时起对桂园小区停水。", None, dict(starts_at=datetime(2023, 1, 6, 14), ends_at=None)),
        ("因进水管爆裂,水厂于1月6日14:00停止供水,预计恢复供水时间为22:00左右。", None,
         dict(starts_at=datetime(2023, 1, 6, 14), ends_at=datetime(2023, 1, 6, 22))),
        ("定于1月6日22时停水,预计3时恢复供水。", None,
         dict(starts_at=datetime(2023, 1, 6, 22), ends_at=datetime(2023, 1, 7, 3))),
        ("东区将于2023 年 1 月 7 日 21:30暂停供水,预计2023 年 1 月 8 日 5:00恢复供水。", None,
         dict(starts_at=datetime(2023, 1, 7, 21, 30), ends_at=datetime(2023, 1, 8, 5))),
        ("1月6日20时起线路停电检修,预计23时恢复送电。", None,
         dict(starts_at=datetime(2023, 1, 6, 20), ends_at=datetime(2023, 1, 6, 23))),
        # a restoring time printed on an earlier day is no end; one without a stoppage is no period
        ("定于1月6日22时停水,1月5日20时恢复供水。", None, dict(starts_at=datetime(2023, 1, 6, 22), ends_at=None)),
        ("受降雪影响的线路已于1月4日18时恢复供电。", None, dict(starts_at=None, ends_at=None)),
        # a range keeps its own end, whatever restoring time a later sentence prints
        ("定于1月6日8时至20时停水。如提前完工,将于18时恢复供水。", None,
         dict(starts_at=datetime(2023, 1, 6, 8), ends_at=datetime(2023, 1, 6, 20))),
        ("1月6日上午停电,请用户做好准备。", None, dict(starts_at=datetime(2023, 1, 6, 8), ends_at=datetime(2023, 1, 6, 12))),
        # a closure under the road law's own words for it: 限制交通措施, 交通限制时间
        ("现对桐荫街采取限制交通措施,通告如下:\n一、交通限制时间:\n2023年1月9日至2月20日。\n"
         "二、交通限制措施:\n桐荫街全线封闭。", None, dict(starts_at=datetime(2023, 1, 9), ends_at=datetime(2023, 2, 21))),
        ("一、限制交通时间:1月9日7时至18时\n二、限制交通路段:槐序路", None,
         dict(starts_at=datetime(2023, 1, 9, 7), ends_at=datetime(2023, 1, 9, 18))),
        ("本公司将于1月9日至1月13日组织驾驶员培训,讲解限制交通的常见情形。", None, dict(starts_at=None)),
        # a closure printed as a ban on passing; an event notice's windows, one item each, are one period
        ("1月8日9时至12时,槐序路禁止通行。", None, dict(starts_at=datetime(2023, 1, 8, 9), ends_at=datetime(2023, 1, 8, 12))),
        ("一、1月8日7时至9时,槐序路禁止一切车辆通行。\n二、1月8日8时30分至11时,桐荫街禁止机动车通行。", None,
         dict(starts_at=datetime(2023, 1, 8, 7), ends_at=datetime(2023, 1, 8, 11))),
        ("1月9日至10日,桐荫街实施交通管制;1月11日,桐荫街继续实施交通管制。", None,
         dict(starts_at=datetime(2023, 1, 9), ends_at=datetime(2023, 1, 12))),
        # ...but a window after a gap is another stoppage, not more of the first
        ("1月8日8时至12时槐序路停电;1月8日14时至18时桐荫街停电。", None,
         dict(starts_at=datetime(2023, 1, 8, 8), ends_at=datetime(2023, 1, 8, 12))),
        ("定于1月8日8时至18时停水。1月15日8时至18时再次停水。", None,
         dict(starts_at=datetime(2023, 1, 8, 8), ends_at=datetime(2023, 1, 8, 18))),
        ("定于1月8日8时至18时停电。1月8日停电期间请勿操作用电设备。", None,
         dict(starts_at=datetime(2023, 1, 8, 8), ends_at=datetime(2023, 1, 8, 18))),
        ("1月8日9时至12时,广场内禁止燃放烟花爆竹。", None, dict(starts_at=None)),
        ("1月8日9时至12时,桐荫街恢复通行。", None, dict(starts_at=None)),
        ("请于1月10日17时前完成清障作业", None, dict(deadline=date(2023, 1, 10), starts_at=None)),
        # how long a closure lasts after its "since" closes its period
        ("自1月9日起,为期两个月,对槐序路实施封闭施工。", None,
         dict(starts_at=datetime(2023, 1, 9), ends_at=datetime(2023, 3, 9))),
        ("自1月9日起,对槐序路实施封闭施工。", None, dict(effective_from=date(2023, 1, 9), starts_at=None)),
        ("1月5日0时至7日24时,全市工地停止土方作业。请市民减少外出。", None, dict(starts_at=None)),
        ("1月3日,维修人员到场查看", None, dict(starts_at=None, deadline=None)),
        ("截至1月4日,全市累计接种疫苗100万剂次", None, dict(deadline=None, effective_from=None)),
        ("张三,男,1975年5月生,现任某局副局长", None, dict(deadline=None, effective_from=None, starts_at=None)),
        ("2022年7月26日,会议在太原召开", None, dict(deadline=None, starts_at=None)),
    ],
)
def test_schedule_of(text, notice_date, expected):
    schedule = schedule_of(text, CTX, notice_date)
    assert {name: getattr(schedule, name) for name in expected} == expected


def test_without_issue_date_the_signed_date_anchors_the_notice():
    text = "停水通知\n\n定于1月8日8时至20时停水,请用户做好准备。\n\n太原供水集团有限公司\n2023年1月5日\n"
    [notice] = notices_of(text, issue_date=None)
    assert (notice.issuer, notice.notice_date, notice.starts_at) == ("太原供水集团有限公司", date(2023, 1, 5), datetime(2023, 1, 8, 8))


def test_without_any_year_month_days_stay_unresolved():
    text = "停水通知\n\n定于1月8日8时至20时停水,请用户做好准备。\n\n太原供水集团有限公司\n"
    [notice] = notices_of(text, issue_date=None)
    assert (notice.issuer, notice.notice_date, notice.starts_at) == ("太原供水集团有限公司", None, None)


def test_event_id_is_stable_and_distinguishes_items():
    text = CASES[6].values[0]
    first, second = notices_of(text), notices_of(text)
    assert [n.event_id for n in first] == [n.event_id for n in second]
    assert len({n.event_id for n in first}) == 3


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.gold.json")), ids=lambda p: p.name[:3])
def test_sample_issue_agrees_with_gold(gold_path):
    """Every required gold notice is found with its issuer, and nothing outside the gold is."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    found = notices_of(sample_text(gold["file"]), date.fromisoformat(gold["issue_date"]))
    got = {(n.kind, n.issuer, n.notice_date.isoformat() if n.notice_date else None) for n in found}
    required = {(g["kind"], g["issuer"], g["date"]) for g in gold["public_notices"] if not g.get("optional")}
    allowed = required | {(g["kind"], g["issuer"], g["date"]) for g in gold["public_notices"]}
    assert required <= got
    assert {(k, i) for k, i, _ in got} <= {(k, i) for k, i, _ in allowed}


HEARING_NOTICE = ("为听取社会各方意见,现就{matter}听证会有关事项公告如下:\n{first}\n{matter}\n{second}\n2026年3月5日上午9时\n"
                  "三、听证地点\n县政府三楼会议室\n四、报名办法\n有意参加者请于2月20日前到县发改局报名。联系电话:0734-5551234\n"
                  "特此公告\n甲县发展和改革局\n2026年2月1日\n")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("一、听证事项", "二、听证时间", id="chinese-numerals"),
        pytest.param("(一)听证事项", "(二)听证时间", id="parenthesised"),
        pytest.param("1.听证事项", "2.听证时间", id="digits"),
    ],
)
def test_a_field_value_under_an_enumerated_heading_does_not_split_the_notice(first, second):
    """The short value line under "一、听证事项" is no headline: one signed notice, no unsigned first half."""
    text = HEARING_NOTICE.format(matter="东湖镇供水价格调整", first=first, second=second)
    (notice,) = notices_of(text)
    assert (notice.kind, notice.issuer, notice.notice_date, notice.char_start) == ("公告", "甲县发展和改革局", date(2026, 2, 1), 0)
