"""Chinese words the calendar prints: the categories calendar apps show, the labels of an entry's
title and description lines, and how an entry names its source.

Pure data for the record declarations (``extractors/records.py``, which write them into the
``deadlines`` view's SQL) and for ``flows/calendar.py`` (which writes the ICS file).
"""

from __future__ import annotations

from .zh_common import BOOK_TITLE_CLOSE, BOOK_TITLE_OPEN, FULL_DATE_FORMAT, LIST_COMMA

# --- the calendar itself ----------------------------------------------------------------------

CALENDAR_NAME = "本报讯·公共事项日历"
CALENDAR_DESCRIPTION = "报纸刊登的报名窗口、截止日期、管控时段和会议(baoxun 自动生成)"
# The title of an entry whose row has none and whose type declares no category.
FALLBACK_TITLE = "公共事项"
# The source line under an entry's description: 来源:《某某日报》 2025年3月2日 《标题》.
SOURCE_LABEL = "来源:"
TITLE_OPEN, TITLE_CLOSE = BOOK_TITLE_OPEN, BOOK_TITLE_CLOSE
DATE_FORMAT = FULL_DATE_FORMAT

# --- labels shared by several types -----------------------------------------------------------

LIST_SEPARATOR = LIST_COMMA  # between the items of a list in a description (phones, daily hours)
DEADLINE_SUFFIX = "截止"  # "…截止": the entry marking a last day

# --- meetings ---------------------------------------------------------------------------------

MEETING_CATEGORY = "会议"
VENUE_LABEL = "地点:"
ORGANIZER_LABEL = "主办:"

# --- conscription -----------------------------------------------------------------------------

CONSCRIPTION_WINDOW_CATEGORY = "征兵报名"
CONSCRIPTION_DEADLINE_CATEGORY = "征兵报名截止"
MALE_CALL_UP = "男兵"
FEMALE_CALL_UP = "女兵"
FIRST_HALF = "上半年"
SECOND_HALF = "下半年"
ONLINE_REGISTRATION = "征兵网上报名"
SITE_LABEL = "报名网站:"
AGE_LABEL = "年龄:"
AGE_TO = "至"
AGE_UNIT = "周岁"

# --- air quality ------------------------------------------------------------------------------

AIR_QUALITY_CATEGORY = "空气质量管控"
# An order's number in its name ("第10号"), as a DuckDB regular expression; the title keeps the
# name from it on ("第10号调度令").
ORDER_NUMBER_SQL_PATTERN = "第[0-9〇零一二三四五六七八九十百]+号"
HEAVY_POLLUTION_CONTROL = ":重污染天气管控"  # after the name of an order with an alert level
STRICTER_CONTROL = ":加严空气质量管控"  # after the name of any other order
ISSUER_LABEL = "发布:"
LEVEL_LABEL = "级别:"
DAILY_LABEL = "每日:"

# --- notices ----------------------------------------------------------------------------------

NOTICE_DEADLINE_CATEGORY = "公告截止"
NOTICE_EFFECTIVE_CATEGORY = "公告施行"
NOTICE_PERIOD_CATEGORY = "公告时段"
EFFECTIVE_SUFFIX = "起施行"
PHONE_LABEL = "电话:"
