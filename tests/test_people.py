"""People and bodies: names read after titles and in lists, titles and noise words that are not
names, organisation names, and the paper's home city."""

from __future__ import annotations

import re

import pytest

from extractors.people import (
    canonical_body,
    find_people,
    home_city,
    is_plausible_name,
    leading_body,
    looks_like_body,
    opens_with_titles,
    person_groups,
    titled_names,
    trailing_body,
)

NAME_CASES = [
    # title + name, from the samples
    ("市政协主席操学诚出席会议并讲话,市政协副主席陈晓红主持会议。", [("操学诚", "主席"), ("陈晓红", "副主席")]),
    ("副市长陈博出席并讲话。", [("陈博", "副市长")]),
    ("市委宣讲团成员、市委党校主持日常工作的副校长孙劲松作宣讲报告。", [("孙劲松", "副校长")]),
    ("市委宣讲团成员、市委城乡管理工委书记、市城乡管理局局长张建伟作宣讲报告。", [("张建伟", "局长")]),
    ("省委常委、市委书记韦韬就《行动方案(讨论稿)》向全会作了说明。", [("韦韬", "市委书记")]),
    # an adverb of time between the name and its verb is not the name's last character
    ("市委副书记、市长柯望川即主持召开部署会。", [("柯望川", "市长")]),
    ("副市长庞晓岚随即主持召开调度会。", [("庞晓岚", "副市长")]),
    ("区长韦韬当即作出部署。", [("韦韬", "区长")]),
    ("副区长柯明随即前往现场。", [("柯明", "副区长")]),
    # so is the day or hour of the act printed between them
    ("市长柯望川昨天上午主持召开专家座谈会。", [("柯望川", "市长")]),
    ("副区长庞晓岚今天(9日)下午主持召开调度会。", [("庞晓岚", "副区长")]),
    ("主任韦韬5月6日主持召开主任会议。", [("韦韬", "主任")]),
    ("书记柯明于3月2日主持召开常委会会议。", [("柯明", "书记")]),
    ("院长乔建中上午前往现场。", [("乔建中", "院长")]),
    ("市长今天下午主持召开会议。", []),
    ("书记于5月6日主持召开常委会会议。", []),
    ("区长当天赶到现场。", []),
    ("副秘书长苗雨关于议程作了说明。", [("苗雨", "副秘书长")]),
    # an assistant's title is one title
    ("区长助理乔木森主持会议。", [("乔木森", "区长助理")]),
    ("市长助理、市公安局局长柯明出席。", [("柯明", "局长")]),
    ("市长助理出席会议。", []),
    ("全国政协常委、国际核能院院士张勤结合理论体系作了阐述。", [("张勤", "院士")]),
    ("市委常委、宣传部部长程永平出席并为获奖者颁奖。", [("程永平", "部长")]),
    ("市文物局党组书记、局长刘玉伟表示,全市文物系统将坚持方针。", [("刘玉伟", "局长")]),
    ("市民政局党组书记、局长李亚江表示。", [("李亚江", "局长")]),
    ("市科技局党组书记、局长王强表示,科技部门将按照部署。", [("王强", "局长")]),
    # names listed with 、 share the title before them
    ("市人大常委会副主任李文权、何爱萍带队。", [("李文权", "副主任"), ("何爱萍", "副主任")]),
    (
        "上海大学研究院院长黄继忠,复旦大学文物与博物馆学系教授王金华、浙江大学研究院副院长李志荣等专家学者分别发言",
        [("黄继忠", "院长"), ("王金华", "教授"), ("李志荣", "副院长")],
    ),
    # a compound surname
    ("市政协副主席欧阳明华主持会议。", [("欧阳明华", "副主席")]),
    ("副区长欧阳明说,要抓紧落实。", [("欧阳明", "副区长")]),
    # a name ending in a conjunction character: the name when a verb or punctuation follows it,
    # the conjunction when a name or a title does
    ("区人大常委会主任黄永和主持会议。", [("黄永和", "主任")]),
    ("县政协主席孙德与、副主席周敏出席。", [("孙德与", "主席"), ("周敏", "副主席")]),
    ("副区长陈立同主持会议。", [("陈立同", "副区长")]),
    ("副市长王强和李明出席会议。", [("王强", "副市长"), ("李明", "副市长")]),
    ("局长赵凯与副局长刘洋参加调研。", [("赵凯", "局长"), ("刘洋", "副局长")]),
    ("市长王强和同志们一起座谈。", [("王强", "市长")]),
    ("院长高建及全体干部出席。", [("高建", "院长")]),
    # a conjunction after a title opens no name; generic nouns for people are never names
    ("12位省政协委员和专家学者围绕湿地保护作了发言。", []),
    ("部分人大代表与群众代表参加座谈。", []),
    ("市政协常委和委员们分组讨论。", []),
    # titles alone are not names
    ("晋源区文旅局负责人汇报晋源全域旅游建设工作情况。", []),
    ("市政协召开主席会议,研究有关工作。", []),
    ("拨打市长热线12345反映问题。", []),
    ("会议由市委常委会主持,各位委员出席。", []),
    ("基层医疗机构代表围绕分级诊疗进行了座谈。", []),
    # noise words a tagger calls names
    ("积极推进养老院、干休所、疗养院等老年人集中场所的接种工作。", []),
    ("持续打造经典、智慧、群众、红色四类博物馆。", []),
    ("推动高质量发展,实现高质量就业。", []),
]


@pytest.mark.parametrize("text, expected", NAME_CASES)
def test_find_people(text, expected):
    assert [(p.name, p.title) for p in find_people(text)] == expected


def test_offsets_point_at_the_name():
    text = "市政协副主席陈晓红主持会议。"
    (person,) = find_people(text)
    assert text[person.start : person.end] == "陈晓红"
    assert text[person.phrase_start : person.start] == "市政协副主席"


@pytest.mark.parametrize(
    "text, known, expected",
    [
        ("操学诚讲话", ("操学诚",), ["操学诚"]),
        ("市委常委会主持会议 韦韬讲话", ("韦韬",), ["韦韬"]),
        ("韦书记提出要全产业链考量谋划", ("韦韬",), []),
        ("操学诚讲话", (), []),
    ],
)
def test_known_names_are_found_bare(text, known, expected):
    assert [p.name for p in find_people(text, known)] == expected


def test_jieba_supplies_bare_names_in_short_lines_only_when_asked():
    assert [p.name for p in find_people("张建国讲话", use_jieba=True)] == ["张建国"]
    assert find_people("张建国讲话") == []
    assert find_people("持续打造经典、智慧、群众四类博物馆", use_jieba=True) == []


def _titled_by_sentence(body: str) -> set[str]:
    sentences = re.findall(r"[^。;!?\n]*[。;!?\n]?", body)
    return {p.name for sentence in sentences for p in find_people(sentence) if p.title}


@pytest.mark.parametrize(
    "body, names",
    [
        # titled names of several sentences, one of them a list after its title
        ("区长韩立新主持会议。副区长周敏、高远出席。", {"韩立新", "周敏", "高远"}),
        # a name ending the body, with no stop after it
        ("会议听取了汇报。讲话的是县长严华", {"严华"}),
        # a name before a stop: the stop ends it, the next sentence's words are no part of it
        ("出席的有市长王强。李明等群众代表列席。", {"王强"}),
        # a name read before 同志, and one known elsewhere, carry no title: not titled names
        ("会议听取了刘志远同志作的报告。韩立新讲话。", set()),
        # a title with no name after it
        ("市政协召开主席会议;各位委员出席。", set()),
    ],
)
def test_titled_names_of_a_body_are_those_of_its_sentences(body, names):
    assert titled_names(body) == names == _titled_by_sentence(body)


@pytest.mark.parametrize(
    "text, groups",
    [
        ("市人大常委会副主任李文权、何爱萍带队。", [["李文权", "何爱萍"]]),
        (
            "上海大学研究院院长黄继忠,复旦大学系教授王金华、浙江大学研究院副院长李志荣等专家学者分别发言",
            [["黄继忠", "王金华", "李志荣"]],
        ),
        ("市政协主席操学诚出席会议并讲话,市政协副主席陈晓红主持会议。", [["操学诚"], ["陈晓红"]]),
    ],
)
def test_person_groups(text, groups):
    assert [[p.name for p in g] for g in person_groups(text, find_people(text))] == groups


@pytest.mark.parametrize(
    "candidate, plausible",
    [("操学诚", True), ("陈博", True), ("欧阳明华", True), ("养老", False), ("智慧", False), ("高质量", False),
     ("会议", False), ("主任", False), ("市长", False), ("王", False), ("王大小明", False),
     ("和专家", False), ("何代表", False), ("于委员", False), ("和平", True), ("郑庆和", True)],
)
def test_is_plausible_name(candidate, plausible):
    assert is_plausible_name(candidate) is plausible


@pytest.mark.parametrize(
    "text, body",
    [
        ("“锦绣太原城·晋阳文化旅游协商平台”", True),
        ("市政协党组", True),
        ("市委宣讲团", True),
        ("我市", True),
        ("市卫健委、市教科文卫体工会委员会", True),
        ("南京大学环境学院和市生态环境局", True),
        ("市住房和城乡建设局", True),
        ("专家和学者", False),
        ("市社科联", True),
        ("哈尔滨市委", True),
        ("市人大常委会组织出席全市人大代表", False),
        ("全市工业高质量发展大会", False),
        ("省委书记韦韬", False),
        ("为深入学习贯彻党的二十大精神,进一步发挥典型示范引领作用", False),
        ("", False),
    ],
)
def test_looks_like_body(text, body):
    assert looks_like_body(text) is body


@pytest.mark.parametrize(
    "text, expected",
    [
        ("学习贯彻党的十九届六中全会精神市委宣讲团", "市委宣讲团"),
        ("市政协党组", "市政协党组"),
        ("政协西安市第十五届委员会第三次", None),
        ("政协西安市第十五届委员会", "政协西安市第十五届委员会"),
        ("市委理论学习中心组", "市委理论学习中心组"),
        ("学习贯彻全会精神郑州市委宣讲团", "市委宣讲团"),
        ("甘孜州委宣讲团", "州委宣讲团"),
        ("全市疫苗接种工作", None),
        ("全市工业高质量发展", None),
        ("镇党委", "镇党委"),
        ("白沙乡政府", "乡政府"),
        ("城乡建设委员会", None),
        ("城镇管理局", None),
        ("研究部署市应对突发传染病疫情应急指挥部", "市应对突发传染病疫情应急指挥部"),
        ("县流感疫情防控工作指挥部", "县流感疫情防控工作指挥部"),
        ("县召开新型流感疫情联防联控工作指挥部", None),  # past the usual length: no verb inside
        ("市应对突发传染病疫情应急工作联络组", None),
    ],
)
def test_trailing_body(text, expected):
    assert trailing_body(text) == expected


def test_leading_body_stops_at_the_verb():
    assert leading_body("市文物局深化“省校合作”,积极借力高校研究优势") == "市文物局"
    assert leading_body("深化“省校合作”") is None


@pytest.mark.parametrize(
    "text, city, expected",
    [
        ("我市", "太原", "太原市"),
        ("市委", "太原", "中共太原市委"),
        # a named place's committee as printed, as the gold of other papers spells it
        ("哈尔滨市委", "太原", "哈尔滨市委"),
        ("中共青岛市委", "青岛", "中共青岛市委"),
        ("中共苍梧县委", "太原", "中共苍梧县委"),
        ("政协澄溪市东坪区委员会", "澄溪", "东坪区政协"),
        ("政协临川市东坪区委员会", "澄溪", "临川市东坪区政协"),
        ("市人大常委会", "太原", "市人大常委会"),
        ("市十六届人大常委会", "郑州", "市人大常委会"),
        ("南京大学环境学院和市生态环境局", "南京", "南京大学环境学院、市生态环境局"),
        ("省社科院与市委", "太原", "省社科院、中共太原市委"),
        # bodies meeting jointly, joined by 暨
        ("区委常委会暨区防汛指挥部", "东坪", "区委常委会、区防汛指挥部"),
        ("东坪区暨南路街道", "东坪", "东坪区暨南路街道"),
        ("市住房和城乡建设局", "太原", "市住房和城乡建设局"),
        ("“科技与人文”论坛组委会", "太原", "“科技与人文”论坛组委会"),
        ("区第十七届人大常委会", "郑州", "区人大常委会"),
        ("政协西安市第十五届委员会", "西安", "市政协"),
        ("政协兰州市委员会常务委员会", "兰州", "市政协"),
        ("政协西安市委员会", "太原", "西安市政协"),
        ("政协陕西省第十三届委员会", "西安", "陕西省政协"),
        ("我市", None, None),
        ("市委", None, "市委"),
        # a county's or district's paper calling its home 我县/我区: that place when the paper is it
        ("我县", "澄源县", "澄源县"),
        ("本区", "东坪区", "东坪区"),
        ("我县", "澄溪", None),  # a city paper's "我县" quotes a county it does not name
        ("我区", "澄源县", None),
        ("我县", None, None),
    ],
)
def test_canonical_body(text, city, expected):
    assert canonical_body(text, city) == expected


@pytest.mark.parametrize(
    "paper, text, city",
    [
        ("太原日报", "", "太原"),
        ("哈尔滨日报", "", "哈尔滨"),
        ("太原晚报", "", "太原"),
        ("山西日报", "", None),
        (None, "太原市委、太原市人民政府联合印发;太原市委召开会议", "太原"),
        (None, "没有城市", None),
        # a city of the national list, wherever it stands; another place only where it stands apart
        (None, "昨天菏泽市委召开会议,据菏泽市政府消息", "菏泽"),
        (None, "中共东坪市委召开全会。东坪市委书记讲话", "东坪"),
        (None, "会上,东坪市政府通报情况", None),  # not a listed city, nor after 中共: unknown
        # negatives: the characters before a bare 市委 or 市人大 are a verb, not a place
        (None, "市委书记某某主持召开市委常委会", None),
        (None, "会议听取市人大常委会工作报告,审议市政府报告", None),
        (None, "主持召开市委常委会。中共东坪市委书记出席", "东坪"),
        # the city's name at the very start of the text; a 市委 with fewer than two characters before it
        (None, "菏泽市委召开会议", "菏泽"),
        (None, "市委召开会议,泽市政府通报", None),
    ],
)
def test_home_city(paper, text, city):
    assert home_city(paper, text) == city


@pytest.mark.parametrize(
    "text, name, opens",
    [
        ("县委副书记、县长方明远强调,要稳住大盘。", "方明远", True),
        ("镇党委书记葛长青要求,各村抓好备耕。", "葛长青", True),
        ("会议指出,区政协主席韦平川强调,要深入调研。", "韦平川", True),
        ("会议要求,按照市委书记方明远要求,抓好落实。", "方明远", False),
        ("会上传达了县长方明远强调的三项要求。", "方明远", False),
    ],
)
def test_opens_with_titles(text, name, opens):
    (person,) = [p for p in find_people(text) if p.name == name]
    assert opens_with_titles(text, person) is opens


# Bodies are read once per text (and city): a remembered answer is the one reading the text again
# gives, asked twice in a row, in either order, and for another city.
@pytest.mark.parametrize(
    "text, city",
    [("市委", "太原"), ("市委", None), ("我县", "澄源县"), ("我县", "澄溪"), ("南京大学环境学院和市生态环境局", "南京"),
     ("专家和学者", "太原"), ("", "太原"), (None, None), ("省委书记韦韬", "太原")],
)
def test_remembered_body_readings_are_the_readings(text, city):
    for _ in range(2):
        assert looks_like_body(text) is looks_like_body.__wrapped__(text)
        assert canonical_body(text, city) == canonical_body.__wrapped__(text, city)


# A follower word is tried only where one can begin: at every place of these sentences, the gated
# match is the alternation's (a follower, a noun follower, punctuation, the text's end, none).
@pytest.mark.parametrize(
    "text",
    ["市政协主席王文涛出席会议并讲话。", "副市长李明同志指出,", "主任张强和李华等参加", "市长刘洋", "记者从市里获悉", ""],
)
def test_follower_gate_agrees_with_the_alternation(text):
    from extractors import people

    for pos in range(len(text) + 1):
        gated, full = people._FOLLOWER_GATED.match(text, pos), people._FOLLOWER.match(text, pos)
        assert (gated and gated.group()) == (full and full.group())


# A name's places in a text are found without a pattern: the spans its escaped pattern's matches
# have, next to each other, overlapping (found once, as the engine finds them), none, the empty name.
@pytest.mark.parametrize(
    "word, text",
    [("王强", "王强、李明和王强出席"), ("王强", "王强王强"), ("哈哈", "哈哈哈哈哈"), ("张三", "市长李四讲话"),
     ("张三", ""), ("", "王强"), ("a.b", "a.b axb a.b")],
)
def test_name_places_are_the_escaped_patterns_matches(word, text):
    import re

    from extractors import people

    assert list(people._occurrences(word, text)) == [m.span() for m in re.finditer(re.escape(word), text)]
