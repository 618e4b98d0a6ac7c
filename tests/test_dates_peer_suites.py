"""bench/peer_suites.py judges an answer against a peer's: strictly, or by a convention we keep on
purpose and name. Invented cases; the peers' suites themselves are never stored here."""

from __future__ import annotations

from datetime import datetime as dt

import pytest

from bench.peer_suites import INSTANT, judge, main

BASE = dt(2023, 12, 1, 9, 30)


@pytest.mark.parametrize(
    ("text", "got", "want", "verdict"),
    [
        # strictly right, and strictly wrong
        ("5月6日", (dt(2024, 5, 6), dt(2024, 5, 7)), (dt(2024, 5, 6), dt(2024, 5, 7)), (True, None)),
        ("5月6日", (dt(2024, 5, 7), dt(2024, 5, 8)), (dt(2024, 5, 6), dt(2024, 5, 7)), (False, None)),
        ("5月6日", None, (dt(2024, 5, 6), dt(2024, 5, 7)), (False, None)),
        # a clock time the peer gives as an instant: its start decides
        ("9点", (dt(2023, 12, 1, 9), dt(2023, 12, 1, 10)), (dt(2023, 12, 1, 9), INSTANT), (True, None)),
        # conventions, each named
        ("2030年以前", (None, dt(2031, 1, 1)), (BASE, dt(2031, 1, 1)), (True, "open start")),
        ("2020-2022年", (dt(2020, 1, 1), dt(2023, 1, 1)), (dt(2020, 1, 1), dt(2022, 1, 1)),
         (True, "whole last unit")),
        ("7月9日", (dt(2023, 7, 9), dt(2023, 7, 10)), (dt(2024, 7, 9), dt(2024, 7, 10)), (True, "nearest year")),
        ("2030年内", (None, dt(2031, 1, 1)), (dt(2030, 1, 1), dt(2031, 1, 1)),
         (True, "within a period is until its end")),
        ("6天以后", (dt(2023, 12, 7), dt(2023, 12, 8)), (dt(2023, 12, 7), None), (True, "offsets are points")),
        ("20秒以后", (dt(2023, 12, 1, 9, 30, 20), dt(2023, 12, 1, 9, 30, 21)), (dt(2023, 12, 1, 9, 30, 20), None),
         (True, "offsets are points")),
        ("20秒以后", (dt(2023, 12, 1, 9, 35, 20), dt(2023, 12, 1, 9, 35, 21)), (dt(2023, 12, 1, 9, 30, 20), None),
         (False, None)),
        # a year named in the text is no nearest-year excuse
        ("2023年7月9日", (dt(2023, 7, 9), dt(2023, 7, 10)), (dt(2024, 7, 9), dt(2024, 7, 10)), (False, None)),
    ],
)
def test_judge(text, got, want, verdict):
    assert judge(text, BASE, got, want) == verdict


def test_no_checkout_scores_nothing(capsys):
    assert main([]) == 0
    assert "nothing to score" in capsys.readouterr().err
