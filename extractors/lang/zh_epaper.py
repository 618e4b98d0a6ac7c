"""How e-paper pages print their page labels and dates (for ``extractors.html``).

A printed page's label: 第01版：要闻, 第 3 版 综合新闻, A02版:时政, 第十二版. The page number is
digits or Chinese numerals; the name after it is the page's section.
"""

from __future__ import annotations

import re

from .zh_common import COLONS, DASHES

PAGE_ORDINAL = "第"  # 第…版 names one page; a header's 共8版 (eight pages in all) names none
PAGE_WORD = "版"
_CHINESE_PAGE_NUMBER = "[一二三四五六七八九十]{1,3}"

PAGE_LABEL = re.compile(
    PAGE_ORDINAL + r"?\s*(?P<prefix>[A-Za-z]?)(?P<no>\d{1,3}|" + _CHINESE_PAGE_NUMBER + r")\s*"
    + PAGE_WORD + r"\s*[" + COLONS + r"\-" + DASHES + r"\s]?\s*(?P<name>[^\s<>|/]{0,20})"
)

# A day in metadata: 2023-12-01, 2023/12/1, 2023.12.01, 2023年12月1日.
META_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/年.](?P<m>\d{1,2})[-/月.](?P<d>\d{1,2})")

# Where an article page says it was printed, after its author: 《某某日报》（2024年03月05日 第 02 版）.
PRINTED_IN = re.compile(r"《(?P<paper>[^《》]{1,20})》\s*[（(](?P<where>[^（）()]*" + PAGE_WORD + r")\s*[）)]")

