"""Traditional characters of the phone and conscription vocabulary, each with its simplified form.

Mainland pages also reach readers through traditional-script gateways (big5 mirrors of a city
site, news portals' traditional editions): the same notice with 電話, 熱線, 報名, 截止時間. The
phone and conscription extractors fold these characters before matching their word lists, one
character to one character, so offsets survive and evidence and owners stay as printed.

Only characters whose simplified form differs, and only those the two extractors' vocabularies
(and the words around a number or a window) use; a character whose traditional form is shared
with another simplified character (髮/發 -> 发) maps the common reading only.
"""

from __future__ import annotations

_PAIRS = (
    # telephones, lines, numbers, calling
    "電电話话線线熱热專专號号碼码撥拨機机傳传轉转聯联繫系係系絡络訊讯詢询諮咨"
    # bodies, places and their offices
    "辦办務务處处區区縣县鎮镇鄉乡門门會会協协團团園园館馆廳厅醫医衛卫師师員员黨党軍军"
    "國国東东華华廣广場场層层廠厂隊队屬属總总監监審审檢检紀纪營营業业單单對对關关開开"
    # reporting, registering, the call-up
    "舉举報报徵征應应網网錄录記记幾几歲岁齡龄體体還还這这進进達达過过運运選选轉转預预"
    "領领題题額额項项頁页隨随驗验騙骗駐驻養养護护殘残婦妇兒儿僑侨親亲孫孙學学實实"
    "寬宽導导將将歡欢氣气災灾點点現现療疗種种積积稅税筆笔簽签類类緊紧約约級级線线練练"
    "組组經经結结給给統统編编節节獲获規规見见覽览計计訂订訓训議议許许設设訪访證证訴诉"
    "試试該该詳详請请讀读調调責责賬账貨货購购費费資资車车輛辆郵邮鐵铁銀银銷销長长問问"
    "間间聞闻閱阅飯饭饋馈頃顷價价眾众傳传餘余別别製制動动參参發发變变後后噸吨啟启據据"
    "數数時时構构標标棟栋檔档橋桥樁桩條条來来產产冊册準准減减與与個个們们為为於于從从"
    "義义書书畝亩億亿則则臺台滿满週周撥拨帳帐並并當当執执搶抢揮挥擇择"
)



def pair_table(pairs: str) -> dict[str, str]:
    """A string of (traditional, simplified) pairs read two characters at a time, as a fold table;
    a pair printed twice is harmless, one whose two forms are the same is left out."""
    return {t: s for t, s in (pairs[i : i + 2] for i in range(0, len(pairs), 2)) if t != s}


TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = pair_table(_PAIRS)
