"""Notices printed in traditional script read as their simplified twins do.

Mainland notices also reach readers through traditional-script gateways (big5 mirrors of a city
site, portals' traditional editions). Each case is written twice, in both scripts: the traditional
page must give the rows its simplified twin gives, with every field as the page printed it.
All names, places and numbers are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.notices import extract
from extractors.records import Issue, IssueContext
from extractors.segment import segment

ISSUE_DATE = date(2023, 6, 28)


def notices_of(text: str):
    ctx = IssueContext(issue_id="iss_test", issue_date=ISSUE_DATE, area_code="0351")
    found = extract(Issue(ctx=ctx, text=text, articles=segment(text)))
    for notice in found:
        assert text[notice.char_start : notice.char_end] == notice.evidence
    return found


def rows(found):
    return [(n.kind, n.title, n.issuer, n.notice_date, n.phones) for n in found]


# (simplified text, traditional text, rows of the simplified, rows of the traditional)
TWINS = [
    pytest.param(
        "因河湾大桥维修需要,决定大桥限时封闭,现就封闭安排通告如下:\n一、管制时间:2023年7月1日至7月9日。\n"
        "请过往车辆提前绕行。\n河湾县交通运输局\n河湾县公安局交警大队\n2023年6月26日\n",
        "因河灣大橋維修需要,決定大橋限時封閉,現就封閉安排通告如下:\n一、管制時間:2023年7月1日至7月9日。\n"
        "請過往車輛提前繞行。\n河灣縣交通運輸局\n河灣縣公安局交警大隊\n2023年6月26日\n",
        [("通告", None, "河湾县交通运输局、河湾县公安局交警大队", date(2023, 6, 26), ())],
        [("通告", None, "河灣縣交通運輸局、河灣縣公安局交警大隊", date(2023, 6, 26), ())],
        id="untitled-notice-signed-by-two-bodies",
    ),
    pytest.param(
        "关于青岚路限时封闭施工的通告\n\n因青岚路改造需要,现就改造安排通告如下:\n一、管制时间:2023年7月1日至7月5日。\n\n"
        "河湾县公安局交警大队\n2023年6月27日\n",
        "關於青嵐路限時封閉施工的通告\n\n因青嵐路改造需要,現就改造安排通告如下:\n一、管制時間:2023年7月1日至7月5日。\n\n"
        "河灣縣公安局交警大隊\n2023年6月27日\n",
        [("通告", "关于青岚路限时封闭施工的通告", "河湾县公安局交警大队", date(2023, 6, 27), ())],
        [("通告", "關於青嵐路限時封閉施工的通告", "河灣縣公安局交警大隊", date(2023, 6, 27), ())],
        id="titled-notice",
    ),
    pytest.param(
        # A short 公告 whose whole body is the decision and when it takes effect: no "现", no sign-off.
        # The traditional twin is half converted ("關于", "決定于"), as some gateways print it.
        "关于恢复青岚路夜间通行的公告\n经河湾县交通运输局评估,青岚路桥梁加固已经完工,决定于7月2日6时起恢复该路段夜间通行。\n",
        "關于恢復青嵐路夜間通行的公告\n經河灣縣交通運輸局評估,青嵐路橋梁加固已經完工,決定于7月2日6時起恢復該路段夜間通行。\n",
        [("公告", "关于恢复青岚路夜间通行的公告", None, None, ())],
        [("公告", "關于恢復青嵐路夜間通行的公告", None, None, ())],
        id="unsigned-decision-notice",
    ),
    pytest.param(
        "关于东湖公园闭园维修的通告\n\n因设施老化,县园林局研究决定自7月3日起东湖公园闭园维修,预计9月底重新开放。\n",
        "關於東湖公園閉園維修的通告\n\n因設施老化,縣園林局研究決定自7月3日起東湖公園閉園維修,預計9月底重新開放。\n",
        [("通告", "关于东湖公园闭园维修的通告", "县园林局", None, ())],
        [("通告", "關於東湖公園閉園維修的通告", "縣園林局", None, ())],
        id="unsigned-decision-notice-from-a-day",
    ),
    pytest.param(
        "关于青岚路桥梁加固进展的通告\n青岚路桥梁加固工程进展顺利,施工方决定加派人手,预计下月完工。\n",
        "關于青嵐路橋梁加固進展的通告\n青嵐路橋梁加固工程進展順利,施工方決定加派人手,預計下月完工。\n",
        [],
        [],
        id="neg-decision-without-a-moment-addresses-nobody",
    ),
    pytest.param(
        "遗失声明\n\n张晓明遗失居民身份证一张,声明作废。\n李文华遗失河湾县青岚小学毕业证书一本,声明作废。\n",
        "遺失聲明\n\n張曉明遺失居民身份證一張,聲明作廢。\n李文華遺失河灣縣青嵐小學畢業證書一本,聲明作廢。\n",
        [("遗失声明", "遗失声明", "张晓明", None, ()), ("遗失声明", "遗失声明", "李文华", None, ())],
        [("遺失聲明", "遺失聲明", "張曉明", None, ()), ("遺失聲明", "遺失聲明", "李文華", None, ())],
        id="classified-block-one-row-a-line",
    ),
    pytest.param(
        "寻人启事\n\n王桂芬,女,72岁,于6月1日上午在河湾县东湖公园走失,有知情者请与其子王建国联系,电话13912345678。\n",
        "尋人啓事\n\n王桂芬,女,72歲,於6月1日上午在河灣縣東湖公園走失,有知情者請與其子王建國聯繫,電話13912345678。\n",
        [("寻人启事", "寻人启事", "王建国", None, ("+8613912345678",))],
        [("尋人啓事", "尋人啓事", "王建國", None, ("+8613912345678",))],
        id="personal-notice-the-contact-issues-it",
    ),
    pytest.param(
        "# 东湖片区明日停水\n\n本报讯 记者从河湾县供水公司获悉,该公司已发布停水通知,6月29日8时至18时东湖片区停水,"
        "请市民提前储水。(记者 李明)\n",
        "# 東湖片區明日停水\n\n本報訊 記者從河灣縣供水公司獲悉,該公司已發布停水通知,6月29日8時至18時東湖片區停水,"
        "請市民提前儲水。(記者 李明)\n",
        [("停水通知", "东湖片区明日停水", "河湾县供水公司", None, ())],
        [("停水通知", "東湖片區明日停水", "河灣縣供水公司", None, ())],
        id="reported-notice",
    ),
    pytest.param(
        "# 河湾县部署防汛工作\n\n本报讯 河湾县昨日召开防汛工作会议,县政府办公室向各乡镇印发通知,要求做好防汛准备。(记者 李明)\n",
        "# 河灣縣部署防汛工作\n\n本報訊 河灣縣昨日召開防汛工作會議,縣政府辦公室向各鄉鎮印發通知,要求做好防汛準備。(記者 李明)\n",
        [],
        [],
        id="neg-circular-to-townships",
    ),
    pytest.param(
        "# 青岚小学举行毕业典礼\n\n本报讯 青岚小学昨日举行毕业典礼,校长宣读了表彰通报,全体师生合影留念。(记者 李明)\n",
        "# 青嵐小學舉行畢業典禮\n\n本報訊 青嵐小學昨日舉行畢業典禮,校長宣讀了表彰通報,全體師生合影留念。(記者 李明)\n",
        [],
        [],
        id="neg-story-without-a-notice",
    ),
]


@pytest.mark.parametrize("simplified, traditional, simplified_rows, traditional_rows", TWINS)
def test_traditional_page_reads_as_its_simplified_twin(simplified, traditional, simplified_rows, traditional_rows):
    assert len(simplified) == len(traditional)  # the twins are the same text, character for character
    assert rows(notices_of(simplified)) == simplified_rows
    assert rows(notices_of(traditional)) == traditional_rows
