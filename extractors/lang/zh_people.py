"""Chinese vocabulary for people and bodies: surnames, titles, the words that follow a name, the
suffixes of organisation names, and how a paper's name gives its home city.

Pure data for ``extractors.people``. A name is only ever read right after a title ("市长陈博") or in
a list continuing one ("副主任李文权、何爱萍"), starting with a surname from ``SURNAMES`` and followed
by one of ``NAME_FOLLOWERS``; adding a title or a follower word never means touching the finder.
"""

from __future__ import annotations

from .zh_common import BODY_ENDINGS, PAPER_KINDS

# Single-character surnames: the 百家姓 plus common modern ones (操学诚's 操 is rare but real).
SURNAMES_SINGLE = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂"
    "濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相"
    "查后荆红游竺权逯盖益桓公操闫岳帅仝佘付冼兰覃"
    "隋佟栗粟邝麦揭谌亓晋靖檀苑蹇郇綦鲜"
)
SURNAMES_DOUBLE = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "钟离", "澹台", "端木", "西门", "南宫", "万俟", "闻人", "赫连", "独孤",
    "申屠", "公羊", "呼延", "太史", "濮阳", "单于", "百里", "东郭", "拓跋",
)

# Titles and ranks a name follows ("市委书记韦韬", "院士张勤"). Matched longest first.
TITLES = (
    "总书记", "书记", "副书记", "党组书记", "党委书记", "党工委书记", "工委书记", "支部书记",
    "党支部书记", "纪委书记", "市委书记", "省委书记", "区委书记", "县委书记", "常务副书记",
    "市长", "副市长", "常务副市长", "代市长", "省长", "副省长", "代省长", "区长", "副区长", "代区长",
    "县长", "副县长", "代县长", "镇长", "副镇长", "乡长", "村长",
    "主席", "副主席", "常务副主席", "主委", "副主委", "驻会副主委", "主任", "副主任", "常务副主任", "局长", "副局长", "部长",
    "副部长", "厅长", "副厅长", "处长", "副处长", "科长", "副科长", "所长", "副所长", "站长",
    "校长", "副校长", "院长", "副院长", "常务副院长", "馆长", "副馆长", "社长", "主编", "总编辑",
    "秘书长", "副秘书长", "会长", "副会长", "理事长", "团长", "副团长", "队长", "大队长", "组长",
    "副组长", "台长", "庭长", "检察长", "副检察长", "政委", "司令员", "指挥长", "总指挥",
    "董事长", "副董事长", "总经理", "副总经理", "经理", "总裁", "总监", "行长", "副行长",
    "总工程师", "工程师", "教授", "副教授", "研究员", "副研究员", "院士", "博士", "讲师", "老师",
    "主任医师", "医生", "律师", "专家", "负责人", "常委", "委员", "代表", "会计师", "民警",
    "巡视员", "调研员", "督察长", "首席专家", "首席科学家", "特聘专家", "审判员", "法官", "警官",
    # an assistant to a head ("市长助理某某主持会议"): the whole title, else 市长 reads 助理 as a name
    "市长助理", "区长助理", "县长助理", "省长助理", "州长助理", "镇长助理", "总经理助理", "院长助理", "校长助理",
)

# What may follow a name: punctuation, or a word starting the rest of the sentence.
NAME_FOLLOWER_PUNCT = ",，、。；;：:!！?？)）“”\"'《 \u3000\n"
NAME_FOLLOWERS = (
    "出席", "主持", "讲话", "作", "在", "表示", "说", "指出", "强调", "认为", "要求", "带队",
    "等", "就", "向", "为", "参加", "致辞", "介绍", "发言", "一行", "同志", "的", "和", "与", "及",
    "分别", "率队", "率", "宣读", "传达", "通报", "提出", "对", "到", "来", "深入", "调研", "会见",
    "结合", "围绕", "从", "重点", "也", "还", "则", "以", "担任", "任", "获", "被", "将", "同",
    "陪同", "参观", "先后", "进行", "听取", "宣布", "颁奖", "颁发", "回答", "答", "当选", "主讲",
    "宣讲", "解读", "汇报", "教授", "院士", "博士", "告诉", "称", "坦言", "感慨", "介绍说", "透露",
    "希望", "建议", "呼吁", "代表", "看望", "慰问", "检查", "督导", "考察", "走访", "前往", "来到",
    "并", "又", "都", "亲自", "专程", "一同", "共同", "作了", "也是", "是", "已", "曾", "主动",
    "发表", "发布", "作出", "批示", "签署", "指示", "致信", "提到", "说明", "部署", "带领", "关于",
    # adverbs of time before the verb ("市长某某即主持召开…", "随即前往")
    "即", "随即", "即将", "当即", "立即", "随后", "再次",
    # the day or hour of the act between the name and its verb ("市长某某昨天上午主持召开…",
    # "主任某某今天(8日)下午主持", "书记某某于5月6日主持", "某某3月2日在…")
    "今天", "昨天", "前天", "今日", "昨日", "日前", "近日", "当天", "当日", "同日",
    # 于 only before a date's digits: "某某关于…", "某某对于…" keep 于 in the next word
    *(f"于{digit}" for digit in "123456789"),
    "上午", "下午", "晚上", "晚间", "中午", "早上", "凌晨",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    "０", "１", "２", "３", "４", "５", "６", "７", "８", "９",
)
# Single characters that, closing a three-character candidate, are more likely the next word
# ("韦韬就《…》": 韦韬, not 韦韬就).
WEAK_LAST_CHARS = "就在作等和与及向为对说称也还将到率同把从以被于并的又都是已曾即当随"
# Conjunctions among them: closing a candidate they are the name's last character when a verb or
# punctuation follows ("郑庆和主持", "郑庆和、"), the conjunction when a name or title does
# ("王强和李明出席"); opening one, before a title or a generic noun, never a surname ("委员和专家").
CONJUNCTION_CHARS = "和与及同"
# Followers that are nouns, not verbs: after "X和" they make 和 a conjunction ("王强和同志们").
NOUN_FOLLOWERS = ("同志", "一行", "代表", "教授", "院士", "博士", "的", "等")
# "某某同志": a name right before 同志 is a person's, when a particle or punctuation precedes it
# ("听取了某某同志作的报告", "、某某同志"); "广大同志", "老同志" are no names (NOT_NAMES, surname test).
COMRADE = "同志"
BEFORE_COMRADE_NAME = ("了", "由", "请", "和", "与", "及", "是")
# Nouns for people in general: never a personal name, nor part of one ("和专家", "王代表").
GENERIC_PERSON_NOUNS = (
    "专家", "学者", "代表", "委员", "常委", "负责人", "同志", "嘉宾", "群众", "干部", "党员", "企业家",
    "居民", "市民", "村民", "人员", "职工", "员工", "师生", "学生", "记者", "志愿者", "们",
)
# Characters no personal name ends with (so "主席会议" or "局长办公会" yield no name).
NEVER_LAST_CHARS = "会局厅处委办部团组队们了要指讲出主席长记任员"

# Words that look like names to a tagger or a surname test but are not.
NOT_NAMES = frozenset({
    "养老", "智慧", "高质量", "会议", "会上", "同志", "一行", "代表", "委员", "常委", "主任",
    "主席", "书记", "市长", "局长", "部长", "教授", "院士", "负责人", "专家", "学者", "群众",
    "干部", "党员", "人员", "同学", "老师", "师生", "居民", "市民", "全体", "分别", "先后",
    "高度", "严格", "全面", "深入", "认真", "充分", "积极", "重点", "主要", "相关", "有关",
    "广大", "各位", "全体", "老", "年轻", "青年", "基层", "领导", "机关", "相关",
})

# --- bodies (organisations) -------------------------------------------------------------------

# How an organisation's name ends, matched longest first at the end of a candidate: the endings
# every body may have, and the levels, chambers and departments of party and government.
BODY_SUFFIXES = BODY_ENDINGS + (
    "常委会", "人大常委会", "党组", "党工委", "监委", "政协", "人大", "市委", "省委", "区委", "县委", "州委",
    "办公厅", "总队",
    # 部, 处, 所, 站, 院 end common words too (干部, 场所, 网站): only in compounds.
    "宣传部", "组织部", "统战部", "武装部", "人武部", "工作部", "政治部", "项目部",
    "办事处", "管理处", "派出所", "研究所", "工作站", "服务站", "卫生院", "设计院",
    "科学院", "社科院", "规划院", "人民法院", "人民检察院", "研究院", "党校",
    "宣讲团", "代表团", "研究会", "总工会", "主席团", "团委", "团市委", "红十字会", "社科联", "总会",
    "平台", "联盟", "公安局", "中心组", "组委会", "理事会", "党支部", "机关", "示范区", "开发区", "博物馆",
    "省", "市", "区", "县", "州", "镇", "乡", "旗",
    # central bodies: 国务院, 中央军委, 党中央
    "国务院", "军委", "中央",
    # abbreviated command bodies: 市防指 (防汛抗旱指挥部), 市安委 (安全生产委员会)
    "防指", "安委",
)
# Bodies whose names may run past the usual length: a command body is named after the emergency
# or campaign it commands ("市应对某某疫情应急指挥部"), up to this many characters after its level.
LONG_NAMED_BODY_ENDINGS = ("指挥部",)
LONG_BODY_NAME_REACH = 24
# Verbs and particles (regular expressions) that cannot occur inside a body's name: a subject containing one is a
# clause, not a name ("市人大常委会组织…代表开展").
NOT_IN_BODY = ("组织(?!部)", "开展", "召开", "举行", "举办", "出席", "参加", "推动", "为了", "通过", "进行", "的")

# Self-references: "我市" is the paper's home city.
SELF_REFERENCES = {"我市": "市", "本市": "市", "全市": "市"}
# A level printed bare before a title ("镇党委书记", "乡长"): the body the title belongs to, like "县委".
BARE_LEVELS = ("镇", "乡", "县", "市", "区", "街道")
# A county's or district's paper calls its home "我县", "我区": that place when the paper is known to
# be its own (a "某某县报"), else no body the warehouse can name (the pronoun is no organizer).
OWN_LOCALITY = {"我县": "县", "本县": "县", "我区": "区", "本区": "区"}
# A term number inside a body's name ("市十六届人大常委会", "政协西安市第十五届委员会") is the
# meeting's, not the body's: dropped from an organizer.
TERM_NUMBER = r"第?[\d一二三四五六七八九十百零〇两]+届"
# A people's political consultative conference committee, as printed ("政协西安市委员会",
# "中国人民政治协商会议陕西省委员会常务委员会"); named as the samples name it: 市政协.
CPPCC_PREFIXES = ("中国人民政治协商会议", "政协")

# A paper's name is its home city plus one of these ("某某日报" -> 某某, "哈尔滨晚报" -> 哈尔滨).
PAPER_SUFFIXES = PAPER_KINDS
PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)

# --- the pieces extractors/people.py builds its patterns from ---------------------------------

# A party committee's prefix, short form first ("中共太原市委").
PARTY_PREFIXES = ("中共", "中国共产党")
# A place's level ending its name ("东坪市", "东坪区"), and the levels a body's name may start at.
PLACE_LEVELS = ("省", "市", "区", "县")
BODY_LEVELS = ("省", "市", "区", "县", "州", "镇", "乡")
# Where a body's name printed inside a phrase may start (its level, or 中共).
BODY_START_CHARS = "省市区县州中镇乡"
# 州 ends a city's name before its level (兰州市); 城 before 镇/乡 makes a word (城镇, 城乡).
CITY_NAME_END = "州"
LEVELS_AFTER_CITY_NAME = ("市", "区", "县")
TOWNSHIP_LEVELS = "镇乡"
BEFORE_TOWNSHIP_IN_WORDS = "城"
CITY = "市"
# The city's party committee printed bare ("市委"): the paper's city's (中共太原市委).
CITY_PARTY_COMMITTEE = "市委"
# A CPPCC committee of a level ("政协西安市委员会", "…委员会常务委员会"), and its short name.
CPPCC_LEVELS = "省市区县州"
COMMITTEE = "委员会"
STANDING_COMMITTEE = "常务委员会"
CPPCC_SHORT = "政协"
# Joining two bodies in one name ("A和B"), longest first; what parts the names of one list.
BODY_CONJUNCTIONS = ("以及", "和", "与", "及", "暨(?![南阳])")  # 暨: bodies meeting jointly; 暨南, 暨阳 are names
LIST_WORDS = ("和", "与", "及", "以及")
NAME_LIST_JOINERS = "、和与及"  # "副主任李文权、何爱萍": names listed after one title
# Characters a bare (untitled) name may directly follow: particles and prepositions.
BARE_NAME_PRECEDERS = "了由请和与及同向对给被把让是为"
# Quotes around a body's quoted name ("“锦绣太原城·…平台”").
BODY_OPEN_QUOTES = "“\"『「"
BODY_CLOSE_QUOTES = "”\"』」"
# A session's presidium keeps its session's numbers ("…第五次会议主席团").
SESSION_NUMBER = r"次(?:会议|大会)"
# The bodies a city's name is printed before, counted to find a paper's city in its text.
CITY_BODIES = ("委", "人民政府", "政府", "人大", "政协")
NOT_A_CITY_STARTS = ("全", "我", "本", "该", "各")
# A place not in the national area-code list (a county-level city) counts only after these
# ("中共东坪市委"): the characters before "市委" in "主持召开市委常委会" or ",审议市政府…" are a
# verb, not a place, and nothing but the list or 中共 tells a place from a verb.
CITY_NAME_PRECEDERS = ("中共",)
