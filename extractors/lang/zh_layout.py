"""Chinese newspaper page layout vocabulary: bylines, captions, jump lines, column labels, notices.

Pure data for ``extractors.segment``: word lists and the regular expressions built from them.
Every pattern is matched against one paragraph (a line of the issue with markdown marks and
surrounding whitespace removed). Adding a column name or a news-agency byline means adding a word
here, never touching the segmenter.
"""

from __future__ import annotations

import re

from .zh_common import SERVICE_NUMBERS, SIGN_OFF_WORDS
from .zh_common import NOTICE_WORDS as _NOTICE_WORDS

__all__ = ["SERVICE_NUMBERS"]  # a shared word list this module passes on

# Sentence-final punctuation: a paragraph ending in one of these is complete.
FINAL_PUNCT = "。！？!?…；;"
# Closing quotes/brackets: final when what they close ends in FINAL_PUNCT ("…。”").
CLOSERS = "”’」』）)】》\"'"
# Punctuation a headline never ends with: a line ending so continues in the next one.
CLAUSE_PUNCT = ",，、:：—-(（“‘《「『"
# Punctuation a continuation line may start with (the break fell before it).
CONTINUATION_START = ",，、。；;：:）)》”’!！?？"

# Whitespace inside a line, including the ideographic space used for indents.
SPACE = r"[ \t\u3000\u00a0]"

HEADLINE_MAX_CHARS = 40
# A line with no sentence-final punctuation this long may still be a deck line under a headline,
# but only when a byline ("本报讯", "记者 …") follows the run of such lines.
DECK_MAX_CHARS = 200
# Hard-wrapped text: at least WRAP_MIN_LINES lines (and WRAP_MIN_SHARE of all lines) of one
# length, at least WRAP_MIN_WIDTH characters; natural paragraphs never line up like that.
WRAP_MIN_WIDTH = 12
WRAP_MIN_LINES = 10
WRAP_MIN_SHARE = 0.25
# ...and where at least this share of lines follow a blank line, blank lines separate paragraphs.
WRAP_GAP_SHARE = 0.05
# No headline stacks more lines than this (kicker, main, decks).
DECK_MAX_LINES = 8

# --- bylines --------------------------------------------------------------------------------

# One personal name as bylines print it: 2-4 ideographs, or a 2-char name spaced out ("张 波").
_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]\s[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6})"
_NAMES = rf"{_NAME}(?:(?:\s+|、){_NAME})*"
BYLINE_ROLES = (
    "本报记者", "本报通讯员", "本报评论员", "本报特约评论员", "特约评论员", "评论员",
    "新华社记者", "新华社通讯员", "中新社记者", "见习记者", "特约记者", "首席记者",
    "记者", "通讯员", "实习生", "撰稿", "文", "图", "文/图", "图/文", "文图",
)
_ROLE = "(?:" + "|".join(re.escape(r) for r in sorted(BYLINE_ROLES, key=len, reverse=True)) + ")"
# A role is always set apart from the names ("记者 王勇", "文/张三"): "记者节" is no byline.
_ROLE_SEP = r"(?:\s*[/:：]\s*|\s+)"
_ROLE_NAMES = rf"{_ROLE}{_ROLE_SEP}{_NAMES}"

# A reporter named with the outlet before the role, as reprints and papers' apps print bylines:
# "滨江日报记者 王勇", "某某晚报社全媒体记者:王勇/文图", "某某新闻记者 王勇".
BYLINE_OUTLET_ENDINGS = ("日报社", "晚报社", "报社", "报", "新闻", "网", "电视台", "融媒体中心", "融媒")
BYLINE_OUTLET_ROLES = ("全媒体记者", "首席记者", "见习记者", "特约记者", "记者")
_OUTLET_ROLE = (
    rf"(?!全|各)[\u4e00-\u9fff·]{{1,10}}?(?:{'|'.join(BYLINE_OUTLET_ENDINGS)})(?:{'|'.join(BYLINE_OUTLET_ROLES)})"
)
_CREDIT_TAIL = r"(?:\s*/\s*(?:文图|图文|文|图))?"
# A whole line that is a byline: "记者 王勇 通讯员 王琦", "本报评论员", "本报评", "太报评".
BYLINE_LINE = re.compile(
    rf"^(?:[□■●◎]\s*)?(?:{_ROLE_NAMES}(?:\s+{_ROLE_NAMES})*"
    rf"|{_OUTLET_ROLE}{_ROLE_SEP}{_NAMES}{_CREDIT_TAIL}(?:\s+{_ROLE_NAMES})*"
    r"|本报评论员|本报特约评论员|[\u4e00-\u9fff]{1,3}报评(?:论员)?"
    r"|[(（]\s*(?:完|END)\s*[)）])$"
)
# A byline in parentheses closing an article: "(阎铁洁)", "(李俊华、李思明)", "(张 波)",
# "(中共太原市委党史研究室供稿)", "(本报记者 张三)".
PAREN_BYLINE = re.compile(
    rf"[(（]\s*(?:{_ROLE}{_ROLE_SEP})?(?:{_NAMES}|[\u4e00-\u9fff]{{2,24}}(?:供稿|提供|整理|报道|编译))\s*[)）]$"
)
# The same at the end of a paragraph, after the sentence it closes: "…氛围。(尹哲)".
TRAILING_PAREN_BYLINE = re.compile(
    rf"(?<=[。！？!?”’…])\s*(?P<byline>[(（]\s*(?:{_ROLE}{_ROLE_SEP})?(?:{_NAMES}|[\u4e00-\u9fff]{{2,24}}(?:供稿|提供|整理|报道|编译))\s*[)）])$"
)
# A reporter credit after the last sentence: "…活起来。” 记者 弓凤飞".
TRAILING_ROLE_BYLINE = re.compile(
    rf"(?<=[。！？!?”’…)）])\s*(?P<byline>(?:本报|新华社)?(?:记者|通讯员|见习记者|实习生){_ROLE_SEP}{_NAMES}"
    rf"(?:\s+(?:本报)?(?:记者|通讯员|见习记者|实习生){_ROLE_SEP}{_NAMES})*)$"
)
# A byline that signs a commentary, which has no subheads and no closing byline.
COMMENTARY_BYLINE = re.compile(r"评论员|报评|短评|时评|述评|社论")
# What opens a news report: "本报讯", "本报讯(记者 张三)", "本报北京12月1日电", "新华社太原12月1日电(记者 X)".
BYLINE_OPENER = re.compile(
    r"^(?P<byline>"
    r"(?:本报讯|[\u4e00-\u9fff]{1,4}(?:报|网)讯"
    r"|(?:本报|新华社|中新社|中新网|人民网|央视网|据新华社)[\u4e00-\u9fff]{0,8}(?:\d{1,2}月\d{1,2}日)?(?:电|讯)"
    r"|(?:本报|新华社)记者\s*" + _NAMES + r"\s*报道"
    r")"
    r"(?:\s*[(（][^()（）]{1,40}[)）])?"
    r")[\s:：]*"
)

# --- captions -------------------------------------------------------------------------------

# A photo credit: "刘堂摄", "本报记者 刘堂 摄", "新华社记者 张三 摄", "(本报记者 张三 摄)",
# "新华社发(张三 摄)", "图/张三".
_CREDIT_CORE = rf"(?:{_ROLE}{_ROLE_SEP})?{_NAMES}\s*(?:/\s*)?摄(?:影)?"
_CREDIT = (
    rf"(?:新华社发\s*)?[(（]\s*{_CREDIT_CORE}\s*[)）]|{_CREDIT_CORE}|新华社发"
    rf"|(?:摄影|图片|图)\s*[/:：]\s*{_NAMES}"
)
CREDIT_LINE = re.compile(rf"^(?:{_CREDIT})$")
# A credit after the caption text: "…选购心仪的商品。牛利敏 摄", "…园。 清徐县融媒体中心提供".
TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[。！？!?”’…)）])|\s)\s*(?P<credit>{_CREDIT}|[\u4e00-\u9fff]{{2,20}}(?:提供|供图))$"
)
# Words that make a paragraph an image caption.
CAPTION_MARKERS = ("图为", "上图", "下图", "左图", "右图", "图片为")
# A line ending in these is a verb phrase ("禁止拍摄"), not a credit.
NOT_CREDIT_ENDINGS = ("拍摄", "摄影展")

# --- jump lines -----------------------------------------------------------------------------

_PAGE = r"第?\s*[0-9０-９〇一二三四五六七八九十A-Za-z]{1,4}\s*(?:版|面)"
JUMP_LINE = re.compile(rf"^[(（【]?\s*(?:上接|下转|接上|转下|转第|接第|紧接)\s*{_PAGE}?\s*[)）】]?$")
JUMP_FROM = re.compile(r"上接|接上|接第|紧接")
LEADING_JUMP = re.compile(rf"^[(（【]\s*(?:上接|接上|接第|紧接)\s*{_PAGE}\s*[)）】]\s*")
TRAILING_JUMP = re.compile(rf"\s*[(（【]\s*(?:下转|转下|转第)\s*{_PAGE}\s*[)）】]$")

# --- column labels (sections) ----------------------------------------------------------------

# Column names printed as a label over a group of articles.
SECTION_NAMES = (
    "政务之要", "要闻", "要闻速递", "本地新闻", "综合新闻", "时政要闻", "今日关注", "社会新闻",
    "民生新闻", "城事", "法治", "图片新闻", "新闻速递", "简讯", "短讯", "快讯", "消息树",
    "评论", "时评", "观点", "国内新闻", "国际新闻", "经济新闻", "文化", "体育", "副刊",
    "历史上的今天", "太原历史上的今天", "党史上的今天", "今日提示",
)
SECTION_LINE = re.compile(
    r"^(?:"
    + "|".join(re.escape(n) for n in SECTION_NAMES)
    + r"|聚焦\s*[\u4e00-\u9fff]{2,8}"
    r"|[\u4e00-\u9fff]{2,4}之(?:要|窗|声|页)"
    r"|(?:深入)?学习(?:宣传)?贯彻[\u4e00-\u9fff“”《》·]{0,30}精神"
    r"|深入学习宣传贯彻"
    r")$"
)
# A section line that is incomplete: the label goes on in the next line ("深入学习宣传贯彻" / "…精神").
SECTION_OPEN_END = re.compile(r"^(?:深入)?学习(?:宣传)?贯彻$")
SECTION_CONTINUATION = re.compile(r"^[\u4e00-\u9fff“”《》·]{2,30}精神$")

# --- notices and classifieds -----------------------------------------------------------------

# What a notice calls itself, and 通报: a bulletin is laid out as a notice (a title, a body, a
# signature) though the notice extractor does not count it as one.
NOTICE_WORDS = _NOTICE_WORDS + ("通报",)
_NOTICE_WORD = "(?:" + "|".join(NOTICE_WORDS) + ")"
# "关于" as traditional-script gateways print it: "關於", or "關于" from converters that leave 于 alone.
_ABOUT = "[关關][于於]"
# A notice's own title: "寻亲启事", "通告", "关于调整公交线路的通告", "拍卖公告(第3号)".
NOTICE_TITLE = re.compile(
    rf"^(?:{_ABOUT}[^。]{{1,50}}的|[\u4e00-\u9fff]{{0,10}}|[\u4e00-\u9fff]{{0,10}}(?:19|20)\d{{2}}年度?[\u4e00-\u9fff]{{0,8}}){_NOTICE_WORD}"
    r"(?:\s*[(（]第?[0-9一二三四五六七八九十]+号?[)）])?$"
)
# A formal notice title runs longer than a headline: "[issuer]关于[matter]的通告", up to this many
# characters, with no sentence punctuation ("某市公安局交通警察支队关于某路段施工期间实施交通管制的通告").
FORMAL_NOTICE_TITLE_MAX_CHARS = 120
FORMAL_NOTICE_TITLE = re.compile(
    rf"^[\u4e00-\u9fff()（）·]{{0,40}}{_ABOUT}(?:[^。,，;；!！?？:：]|(?<=\d)[:：](?=\d\d)){{2,100}}的[\u4e00-\u9fff]{{0,4}}?{_NOTICE_WORD}"
    r"(?:\s*[(（]第?[0-9一二三四五六七八九十]+号?[)）])?$"
)
# "[issuer]通告(第1号)": a notice title naming a long issuer before its kind ("某县某某疫情防控工作
# 指挥部办公室通告(第1号)"); the issuer ends with one of these.
ISSUER_TITLE_ENDINGS = (
    "办公室", "指挥部", "领导小组", "委员会", "人民政府", "政府", "管委会", "局", "厅", "委", "办",
    "中心", "支队", "大队", "公司", "集团", "医院", "法院", "检察院", "街道办事处", "办事处", "部",
)
ISSUER_NOTICE_TITLE = re.compile(
    r"^[\u4e00-\u9fff()（）·]{2,40}(?:" + "|".join(ISSUER_TITLE_ENDINGS) + rf"){_NOTICE_WORD}"
    r"(?:\s*[(（]第?[0-9一二三四五六七八九十]+号?[)）])?$"
)
# An advice label ("温馨提示:…", "特别提示:…") names nobody: a line it opens is advice inside the
# story or notice above it (a notice's closing reminder before its signature), not a notice of its
# own. A named one ("市气象台温馨提示:…") is another matter (the notice extractor reads it).
ADVICE_LABELS = frozenset(q + "提示" for q in ("", "温馨", "友情", "特别", "重要", "安全", "出行", "健康"))
# A notice printed on one line: "通告 亲贤村…特此通告 …".
NOTICE_INLINE = re.compile(rf"^(?P<title>(?:[\u4e00-\u9fff]{{0,8}}){_NOTICE_WORD})(?:{SPACE}+|[:：]\s*)(?=\S)")
# A notice's closing line ("特此通知", "特此公告。"): the last line of the notice above, never a title.
SIGN_OFF_LINE = re.compile(r"^特此(?:" + "|".join(SIGN_OFF_WORDS) + r")[。.!！]?$")
# Titles of blocks of one-line classified notices.
CLASSIFIED_TITLE = re.compile(r"^(?:遗失声明|挂失声明|遗失启事|作废声明|声明|分类广告|分类信息|公告栏|启事栏)$")
# One classified item: "张三遗失身份证,号码…,声明作废。"
CLASSIFIED_ITEM = re.compile(r"(?:遗失|丢失|被盗|不慎|灭失|损毁).{0,120}(?:作废|声明|特此声明)[。.]?$")
CLASSIFIED_ITEM_MAX_CHARS = 200
# The start of a classified item: who lost what, within the first words ("某某公司遗失…").
CLASSIFIED_ITEM_START = re.compile(r"^[^。；;!！?？]{1,60}?(?:遗失|丢失|被盗|不慎|灭失|损毁)")
# Lines a classified item may be wrapped over at the column width.
CLASSIFIED_WRAP_MAX_LINES = 3
# Short unpunctuated lines ("联系人 张先生") inside a notice shorter than this belong to it.
NOTICE_MAX_CHARS_FOR_LINES = 600
# A notice ends with its date (and signature above it).
SIGNATURE_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]$|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$")

# --- list lines inside an article ---------------------------------------------------------------

# An enumerated item: "一、…", "1.…" (not "1.2亿元"), "(一)…", "1)…", "①…", "第三条…".
ENUMERATED = re.compile(
    r"^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、]|\d{1,3}[.．](?!\d)|[一二三四五六七八九十]{1,3}[.．]"
    r"|[①-⑳⑴-⒇❶-❿]|第[一二三四五六七八九十\d]{1,3}[条章节])"
)
# "label:content" with a short label: "男兵:2023年12月1日至…", "报名网站:全国征兵网", "联 系 人:张先生".
# The same shape is a kicker in "访谈：…" or "聚焦：…": what it is depends on the lines around it.
# A label never ends in a digit: "中国队3:0胜日本队" is a score and "9:30" a time.
LABELLED_LINE = re.compile(
    r"^(?P<label>[^\s:：,，。;；!！?？、“”\"'《》()（）【】]{1,8}(?:[ \u3000][^\s:：,，。;；]{1,3}){0,3})"
    r"(?<![0-9０-９])[ \u3000]*[:：][ \u3000]*(?P<content>\S.*)$"
)
# A hotline entry: "燃气抢修 66668888", "郑州热力集团客服中心\t67188888", "火警 119".
HOTLINE_LINE = re.compile(
    r"^(?P<label>[^\s\d０-９:：,，。;；!！?？]{2,20})[ \t\u3000]+(?P<content>[(（]?[\d０-９][\d０-９\-－()（） 、/]{1,24}[\d０-９])$"
)
# Labels that name a field of a list rather than a topic: "报名时间:", "咨询电话:", "地址:".
# (A headline kicker names a topic or a genre: "访谈：", "聚焦：", "评论员文章：".)
FIELD_LABEL = re.compile(
    r"(?:时间|日期|期限|时段|截止|地点|地址|场所|位置|电话|热线|手机|传真|邮箱|邮编|信箱|网站|网址|网页|链接|"
    r"公众号|微信|联系人|联系方式|报名方式|报名渠道|对象|条件|名额|人数|费用|收费|票价|主办单位|承办单位|"
    r"协办单位|指导单位|主办|承办|协办|开户行|开户银行|账号|户名)$"
)
# An enumerated heading that names a field of a formal notice ("一、听证事项", "三、听证地点",
# "二、项目名称"; traditional forms beside the simplified): the short line under it is the field's
# value, however much it looks like a headline. Read on the text after the enumerator.
ENUMERATED_FIELD_HEADING = re.compile(
    r"^[^\s,，。;；:：!！?？“”\"]{0,10}"
    r"(?:事[项項]|名[称稱]|[内內]容|[范範][围圍]|[时時][间間]|日期|地[点點]|[对對]象|[单單]位)$"
)
# Content that is only a datum, so its line is data, never a headline: a date or time with a day or
# hour in it ("2023年12月1日至2024年2月10日", "每日7时至21时"), a phone number of five digits or
# more, a web or mail address.
_DIGIT = "[0-9０-９]"
LIST_DATUM = re.compile(
    r"^(?:"
    rf"(?=.*{_DIGIT}.*[月日号时点:：])(?:自|从|每日|每天|即日起?)?[0-9０-９年月日号时分秒点半:：\-－—~～至到起止"
    r"上下午晚早中间凌晨(（)）星期周一二三四五六七日天 ,，、.．]+"
    rf"|(?=(?:\D*{_DIGIT}){{5}})[(（]?[0-9０-９][0-9０-９\-－()（）转 、/或]*[0-9０-９]"
    r"|(?:https?://)?[\w.\-]+\.(?:cn|com|net|org|gov|edu)(?:[/\w.\-?=&%#]*)"
    r"|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r")[。;；.]?$"
)
# A "label:value" line longer than this is prose that happens to open with "…包括:".
LIST_ENTRY_MAX_CHARS = 60
# A list entry ending in one of these was cut mid-value by the layout: the next line goes on with it.
ENTRY_CONNECTORS = "至到、和及或与~～-－—/,，:："
# A headline line "聚焦：…" with a label this short over another headline line is the kicker.
KICKER_LABEL_MAX_CHARS = 6
# Emergency and service numbers printed alone after a label ("火警 119"): zh_common.SERVICE_NUMBERS.

# --- dated entries and mastheads -------------------------------------------------------------

# A date on its own line heads an entry ("1950年12月21日" in a "this day in history" column).
DATE_LINE = re.compile(r"^(?:19|20|1[0-9])\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]$")  # 号 for 日 in some papers
MASTHEAD_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|都市报|商报|时报|周报)"
    r"|.{0,12}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[,，]?\s*)?(?:星期|周|礼拜)[一二三四五六日天].{0,30}"
    r"|(?:今日|本期)\s*\d{1,3}\s*版.{0,20}"
    r"|第\s*[0-9０-９]{1,3}\s*版.{0,20}"
    r"|[A-Z]\d{1,2}\s*[:：]?\s*[\u4e00-\u9fff]{2,6}|\d{1,2}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{2,6}"
    r"|(?:责任编辑|责编|本版编辑|编辑|美编|校对|组版|版式|设计|值班主任|本版责编|责任校对)(?:[:：]|\s+)\s*.{1,30}"
    r"|(?:国内统一连续出版物号|国内统一刊号|邮发代号|CN)\s*[:：]?\s*.{1,30}"
    r"|农历[\u4e00-\u9fff]{2,4}年[\u4e00-\u9fff]{1,3}月[\u4e00-\u9fff]{1,3}"
    r")$"
)

WEEKDAY_NUMBER = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# A drawn rule: a line of dashes, stars, underscores or box-drawing strokes.
RULE_LINE = re.compile(r"^(?:[-*_=—─━＊·•]\s*){3,}$")

# --- markdown ---------------------------------------------------------------------------------

MD_HEADING = re.compile(r"(?P<marks>#{1,6})[ \t\u3000]+")
MD_HEADING_TRAILER = re.compile(r"[ \t\u3000]+#+[ \t\u3000]*$")
MD_BOLD = re.compile(r"\*\*|__")

# --- pinyin glosses ---------------------------------------------------------------------------

# Traditional-script mirrors of city papers print the pinyin of many characters after them in
# brackets ("會(huì)議", "區(qū)長", "發(fā)展"): a converter's annotation, not the paper's words, and it
# splits every word it follows. A reader skips it as a markdown mark: one syllable of lowercase
# letters with a tone mark (so an English word or an abbreviation in brackets is never one), right
# after a Han character (or the "?" a converter left for one it could not encode).
_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff?])\([a-zü]{{0,5}}[{_TONED_VOWELS}][a-zü{_TONED_VOWELS}]{{0,5}}\)")

# --- the pieces extractors/segment.py tests paragraphs with -----------------------------------

# A deck line opens with a dash rule: "——", box-drawing "──", full-width "－－" or ASCII "--".
DECK_DASH_RULES = ("——", "──", "－－", "--")
# Marks that show a line is prose, not a headline: a full stop or a comma; with semicolons, a clause.
PROSE_MARKS = "。,，"
CLAUSE_MARKS = "。,，;；"
# A headline may end in a question or exclamation mark.
HEADLINE_END_MARKS = "？！?!"
# Opening marks a paragraph may start with and still begin a sentence.
SENTENCE_OPENERS = "“‘《(（「『"
# Hyphens between an area code and the number: ASCII and full-width.
PHONE_HYPHENS = "-－"
# A photo credit ends with who provided it ("某某提供", "某某供图").
CREDIT_PROVIDED_ENDINGS = ("提供", "供图")
