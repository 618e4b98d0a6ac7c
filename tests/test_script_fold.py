"""folded_issue: an issue as a script's word lists read it, each article folded only when it prints
a character the fold changes (told for all its articles in one search)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractors import meetings, notices
from extractors.records import Issue, IssueContext
from extractors.script_fold import _ARTICLE_TEXTS, _folded_article, folded_issue
from extractors.segment import segment

CTX = IssueContext(issue_id="iss_test", issue_date=None)


def _folded_one_by_one(issue: Issue, fold) -> Issue:
    """What folded_issue is: every article asked on its own."""
    text = fold(issue.text)
    if text is issue.text:
        return issue
    return replace(issue, text=text, articles=tuple(_folded_article(article, fold) for article in issue.articles))


@pytest.mark.parametrize("fold", [notices._fold_script, meetings._fold_script, lambda text: text.replace("滨", "濱")])
@pytest.mark.parametrize(
    "text",
    [
        "",
        "槐序路今日恢复通行\n\n本报讯 槐序路改造完工,今日起恢复通行。",  # nothing to fold
        "停水通知\n\n定於1月8日停水,請用戶做好準備。\n\n滨江供水公司\n\n"
        "市民讲堂开讲\n\n本报讯 昨日市民讲堂开讲,百余人到场。",  # one article in traditional script
        "關於槐序路施工的通告\n\n施工期間請繞行。\n\n另一则消息\n\n本报讯 今日天晴。\n\n會議召開\n\n本报讯 會議昨日召開。",
        "標題\n\n正文最後一個字是會",  # a folding character at the very end
    ],
)
def test_folded_issue_folds_the_articles_one_by_one_would(text, fold):
    issue = Issue(ctx=CTX, text=text, articles=segment(text))
    folded, expected = folded_issue(issue, fold), _folded_one_by_one(issue, fold)
    assert folded.text == expected.text
    assert folded.articles == expected.articles
    for got, want, printed in zip(folded.articles, expected.articles, issue.articles):
        assert (got is printed) == (want is printed)  # an article with nothing to fold is kept as it is
        assert all(getattr(got, name) == getattr(want, name) for name in _ARTICLE_TEXTS)
