"""A synthetic backfill: N daily issues recombined from articles, re-dated.

Two corpora, both written by the team, and a third from pages a user points at:

- ``samples``: every character comes from ``raw/`` (the five sample issues of one paper);
- ``team``: articles in the styles of many papers: the samples, the regression set
  (``tests/fixtures/regression/raw``), pages written for the bench (``bench/texts``: mostly the
  ordinary news a real page is full of, with none of the extractors' cue words) and the sentences
  of the extractors' own test tables, grouped a few at a time into articles. Real pages cost what
  this one costs, not what five cue-dense samples cost.
- ``pages``: the articles of a folder of plain-text issues with an ``issues.csv`` manifest (the
  layout ``raw/`` has), such as a user's own paper: what a backfill of *that* paper costs per
  character. Its issues are as long as the samples' (like the other two corpora's), so the three
  compare issue for issue. Such a corpus is built under ``bench/out`` and never belongs in the
  repository.

The test tables' sentences are read from a snapshot, ``bench/test_sentences.json``, not from
``tests/`` as they stand: a corpus that grew with every test written would make each bench run
harder than the last one and figures of two stops incomparable (the pool went from 154 to 301
articles in four days, +28 % of extraction work per character). Refresh it on purpose, and record
the cost before and after in ``bench/FINDINGS.md``:

    python -m bench.make_corpus --snapshot-test-sentences

Each issue is a seeded draw of articles, and each article's 年/月/日 expressions are moved by the
distance between its source issue date and the new issue date, so "11月30日" printed the day
before an issue stays the day before. Same seed, same corpus, byte for byte.

    python -m bench.make_corpus --n 3650 --kind team --out bench/out/corpus
    python -m bench.make_corpus --n 1000 --pages ~/my-paper/raw --out bench/out/corpus-my-paper
"""

from __future__ import annotations

import argparse
import ast
import calendar
import csv
import hashlib
import json
import random
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from extractors.decode import decode
from extractors.segment import segment

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
REGRESSION_RAW = ROOT / "tests" / "fixtures" / "regression" / "raw"
BENCH_TEXTS = ROOT / "bench" / "texts"
TESTS = ROOT / "tests"
TEST_SENTENCES = ROOT / "bench" / "test_sentences.json"
KINDS = ("samples", "team", "pages")
# Test sentences per made-up article, and the least CJK a string needs to count as a sentence.
SENTENCES_PER_ARTICLE = 5
MIN_SENTENCE_HAN = 15
DEFAULT_START = date(2014, 1, 1)
DEFAULT_SEED = 20140101
PAPER = "太原日报"
# Share of issues written in GB18030 instead of UTF-8, as older archives are.
GB18030_SHARE = 0.1
STAMP_NAME = ".corpus.json"

_DATE = re.compile(
    r"(?P<iso>(?P<iy>(?:19|20)\d{2})(?P<isep>[-./])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))(?!\d)"
    r"|(?P<y>(?:19|20)\d{2})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})(?P<dm>[日号]))?)?"
    r"|(?<![\d.\-/])(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})(?P<dm2>[日号]))?"
    r"|(?<=[至到—\-~～])(?P<d3>\d{1,2})(?P<dm3>[日号])"
)


@dataclass(frozen=True)
class Chunk:
    """An article of a sample issue with the section labels printed above it, and its issue date."""

    text: str
    issue_date: date


@dataclass(frozen=True)
class Corpus:
    root: Path
    issues: int
    bytes: int
    seconds: float
    reused: bool


def _valid(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _pad(original: str, value: int) -> str:
    return f"{value:0{len(original)}d}" if original.startswith("0") else str(value)


def _nearest_year(month: int, day: int, base: date) -> date | None:
    """The date with this month and day closest to ``base`` (how readers take a year-less date)."""
    candidates = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _valid(y, month, day))]
    return min(candidates, key=lambda d: abs((d - base).days), default=None)


def shift_dates(text: str, source: date, target: date) -> str:
    """Move every 年/月/日 expression of ``text`` (printed on ``source``) to sit as far from ``target``.

    Full dates move by the day difference, month-only expressions by the month difference, bare
    years by the year difference; a bare day after 至/到 ("11月26日至29日") follows the date it
    continues. What is not a valid date stays as printed.
    """
    days = target - source
    months = (target.year - source.year) * 12 + target.month - source.month
    anchor: tuple[date, date] | None = None  # last full date seen: (as printed, as shifted)

    def month_day(old: date, new: date, mark: str, m_text: str, d_text: str) -> str:
        nonlocal anchor
        anchor = (old, new)
        return f"{_pad(m_text, new.month)}月{_pad(d_text, new.day)}{mark}"

    def replace(match: re.Match) -> str:
        nonlocal anchor
        g = match.groupdict()
        if g["iso"]:
            old = _valid(int(g["iy"]), int(g["im"]), int(g["id"]))
            if old is None:
                return match.group()
            new = old + days
            anchor = (old, new)
            sep = g["isep"]
            return f"{new.year}{sep}{new.month:0{len(g['im'])}d}{sep}{new.day:0{len(g['id'])}d}"
        if g["y"]:
            year = int(g["y"])
            if g["d"]:
                old = _valid(year, int(g["m"]), int(g["d"]))
                if old is None:
                    return match.group()
                new = old + days
                return f"{new.year}年" + month_day(old, new, g["dm"], g["m"], g["d"])
            if g["m"]:
                if not 1 <= int(g["m"]) <= 12:
                    return match.group()
                new_year, new_month = _add_months(year, int(g["m"]), months)
                return f"{new_year}年{_pad(g['m'], new_month)}月"
            return f"{year + target.year - source.year}年"
        if g["m2"]:
            month = int(g["m2"])
            if g["d2"]:
                old = _nearest_year(month, int(g["d2"]), source)
                if old is None:
                    return match.group()
                return month_day(old, old + days, g["dm2"], g["m2"], g["d2"])
            if not 1 <= month <= 12:
                return match.group()
            return f"{_pad(g['m2'], _add_months(2000, month, months)[1])}月"
        # A bare day continuing the last full date: "26日至29日" keeps its month unless the shift
        # carried it into another one.
        if anchor is None:
            return match.group()
        old_anchor, new_anchor = anchor
        day = int(g["d3"])
        old_year, old_month = (old_anchor.year, old_anchor.month)
        if day < old_anchor.day:
            old_year, old_month = _add_months(old_year, old_month, 1)
        old = _valid(old_year, old_month, day)
        if old is None:
            return match.group()
        new = old + days
        if (new.year, new.month) == (new_anchor.year, new_anchor.month):
            return f"{_pad(g['d3'], new.day)}{g['dm3']}"
        return f"{new.month}月{new.day}{g['dm3']}"

    return _DATE.sub(replace, text)


def sample_chunks(raw_dir: Path = RAW) -> list[Chunk]:
    """The articles of every sample issue listed in ``raw_dir/issues.csv``, with their issue dates."""
    chunks: list[Chunk] = []
    with (raw_dir / "issues.csv").open(encoding="utf-8-sig", newline="") as manifest:
        for row in csv.DictReader(manifest):
            text = decode((raw_dir / row["file"]).read_bytes())[0]
            issue_date = date.fromisoformat(row["issue_date"])
            previous_end = 0
            for article in segment(text):
                # Section labels and kickers between articles travel with the article below them.
                piece = text[previous_end : article.char_end].strip()
                previous_end = max(previous_end, article.char_end)
                if piece:
                    chunks.append(Chunk(piece, issue_date))
            tail = text[previous_end:].strip()
            if tail:
                chunks.append(Chunk(tail, issue_date))
    if not chunks:
        raise RuntimeError(f"no sample articles found in {raw_dir}")
    return chunks


_HAN = re.compile(r"[\u4e00-\u9fff]")
_MODULE_DATE = re.compile(r"^(?:ISSUE_DATE|ISSUE|PRINTED|TODAY)\s*=\s*date\((\d{4}),\s*(\d{1,2}),\s*(\d{1,2})\)", re.M)
# The issue date most of the extractors' test tables resolve against when a module names none.
TEST_DEFAULT_DATE = date(2023, 12, 1)


def sentences_of_test_tables(tests_dir: Path = TESTS) -> list[Chunk]:
    """The Chinese sentences of the test modules' tables, a few at a time as one article each.

    Each module's sentences are dated by its ``ISSUE_DATE``-like constant (else 2023-12-01), so
    re-dating keeps their relative dates as the tests read them.
    """
    chunks: list[Chunk] = []
    for path in sorted(tests_dir.glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        found = _MODULE_DATE.search(source)
        issue_date = date(*map(int, found.groups())) if found else TEST_DEFAULT_DATE
        seen: set[str] = set()
        sentences = []
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.strip()
                if len(_HAN.findall(text)) >= MIN_SENTENCE_HAN and text not in seen:
                    seen.add(text)
                    sentences.append(text)
        for start in range(0, len(sentences), SENTENCES_PER_ARTICLE):
            chunks.append(Chunk("\n\n".join(sentences[start : start + SENTENCES_PER_ARTICLE]), issue_date))
    return chunks


def write_test_sentence_snapshot(path: Path = TEST_SENTENCES, tests_dir: Path = TESTS) -> list[Chunk]:
    """Write the test tables' sentence articles as they stand to ``path``; the team corpus reads them there."""
    chunks = sentences_of_test_tables(tests_dir)
    articles = [{"issue_date": chunk.issue_date.isoformat(), "text": chunk.text} for chunk in chunks]
    document = {
        "about": "The sentences of baoxun's own test tables, five to an article, as `python -m "
        "bench.make_corpus --snapshot-test-sentences` read them; the team bench corpus draws these.",
        "articles": articles,
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return chunks


def read_test_sentence_snapshot(path: Path = TEST_SENTENCES) -> list[Chunk]:
    """The test tables' sentence articles as last snapshot (see :func:`write_test_sentence_snapshot`)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return [Chunk(item["text"], date.fromisoformat(item["issue_date"])) for item in document["articles"]]


def team_chunks() -> list[Chunk]:
    """Articles in the styles of many papers, all written by the team (see the module's docstring)."""
    return sample_chunks(RAW) + sample_chunks(REGRESSION_RAW) + sample_chunks(BENCH_TEXTS) + read_test_sentence_snapshot()


def check_pages(pages: Path | None) -> list[Path]:
    """The files a ``pages`` corpus draws from: the folder's manifest and every issue it lists.

    Raises ValueError, saying why, for a folder with no manifest, a manifest that lists nothing,
    or one that lists a file that is not there.
    """
    if pages is None:
        raise ValueError("a 'pages' corpus needs the folder of issues it draws from")
    manifest = Path(pages) / "issues.csv"
    if not manifest.is_file():
        raise ValueError(f"{pages} has no issues.csv: list its plain-text issues there (columns file, issue_date), as raw/issues.csv does")
    with manifest.open(encoding="utf-8-sig", newline="") as handle:
        listed = [row.get("file") or "" for row in csv.DictReader(handle)]
    if not listed:
        raise ValueError(f"{manifest} lists no issues")
    missing = [name for name in listed if not (Path(pages) / name).is_file()]
    if missing:
        raise ValueError(f"{manifest} lists files that are not there: {', '.join(missing[:5])}")
    return [manifest, *(Path(pages) / name for name in listed)]


def chunks_for(kind: str, pages: Path | None = None) -> list[Chunk]:
    if kind == "samples":
        return sample_chunks(RAW)
    if kind == "team":
        return team_chunks()
    if kind == "pages":
        return sample_chunks(check_pages(pages)[0].parent)
    raise ValueError(f"unknown corpus kind {kind!r} (one of {', '.join(KINDS)})")


def _source_files(kind: str, pages: Path | None = None) -> list[Path]:
    if kind == "samples":
        return sorted(p for p in RAW.iterdir() if p.is_file())
    if kind == "pages":
        return check_pages(pages)
    return sorted([p for d in (RAW, REGRESSION_RAW, BENCH_TEXTS) for p in d.iterdir() if p.is_file()] + [TEST_SENTENCES])


def _issue_lengths(raw_dir: Path) -> list[int]:
    with (raw_dir / "issues.csv").open(encoding="utf-8-sig", newline="") as manifest:
        return [len(decode((raw_dir / row["file"]).read_bytes())[0]) for row in csv.DictReader(manifest)]


def compose_issue(chunks: list[Chunk], issue_date: date, length: int, rng: random.Random) -> str:
    """Draw articles until the issue is about ``length`` characters, each re-dated to ``issue_date``."""
    parts: list[str] = []
    size = 0
    while size < length:
        chunk = rng.choice(chunks)
        parts.append(shift_dates(chunk.text, chunk.issue_date, issue_date))
        size += len(parts[-1])
    return "\n\n".join(parts) + "\n"


def issue_files(n: int, start: date = DEFAULT_START) -> Iterator[tuple[str, date]]:
    """(relative path, issue date) of the ``n`` daily issues from ``start``, one folder per year."""
    for offset in range(n):
        day = start + timedelta(days=offset)
        yield f"{day.year}/{day.isoformat()}.txt", day


def _stamp(n: int, seed: int, start: date, kind: str, pages: Path | None = None) -> dict:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in _source_files(kind, pages):
        digest.update(path.read_bytes())
    return {"n": n, "seed": seed, "start": start.isoformat(), "kind": kind, "sources": digest.hexdigest()[:16]}


def build_corpus(
    out_dir: Path,
    n: int = 3650,
    *,
    seed: int = DEFAULT_SEED,
    start: date = DEFAULT_START,
    kind: str = "samples",
    pages: Path | None = None,
) -> Corpus:
    """Write ``n`` issues and ``issues.csv`` under ``out_dir``; reuse it when already built the same way.

    Issues are about as long as the samples (~20 KB); ``kind`` says which articles they draw from
    (for ``pages``: the issues listed in ``pages/issues.csv``).
    """
    clock = time.perf_counter()
    out_dir = Path(out_dir)
    if pages is not None and kind != "pages":
        raise ValueError(f"a folder of pages goes with kind 'pages', not {kind!r}")
    stamp = _stamp(n, seed, start, kind, pages)
    stamp_file = out_dir / STAMP_NAME
    if stamp_file.is_file() and json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
        size = sum(p.stat().st_size for p in out_dir.rglob("*.txt"))
        return Corpus(out_dir, n, size, time.perf_counter() - clock, reused=True)
    if out_dir.exists():
        # Only a corpus this module wrote (it has a stamp) or an empty folder is replaced: an
        # --out pointing at someone's pages must not cost them their files.
        if not stamp_file.is_file() and any(out_dir.iterdir()):
            raise ValueError(f"{out_dir} holds files this bench did not write: give --out an empty or new folder")
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    # Marked as the bench's from the start, so that a build cut short is replaced next time, not refused.
    stamp_file.write_text(json.dumps({**stamp, "complete": False}), encoding="utf-8")
    chunks = chunks_for(kind, pages)
    lengths = _issue_lengths(RAW)
    rng = random.Random(seed)
    total = 0
    with (out_dir / "issues.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.writer(manifest, lineterminator="\n")
        writer.writerow(["file", "issue_date", "paper"])
        for rel, day in issue_files(n, start):
            text = compose_issue(chunks, day, rng.choice(lengths), rng)
            data = text.encode("gb18030" if rng.random() < GB18030_SHARE else "utf-8")
            path = out_dir / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            total += len(data)
            writer.writerow([rel, day.isoformat(), PAPER])
    stamp_file.write_text(json.dumps(stamp), encoding="utf-8")
    return Corpus(out_dir, n, total, time.perf_counter() - clock, reused=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=3650, help="number of daily issues (default 3650: ten years)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--start", type=date.fromisoformat, default=DEFAULT_START, help="date of the first issue")
    parser.add_argument("--kind", choices=KINDS, default=None, help="which articles issues draw from (default team; pages with --pages)")
    parser.add_argument("--pages", type=Path, help="a folder of plain-text issues with an issues.csv manifest to draw from (--kind pages)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus")
    parser.add_argument(
        "--snapshot-test-sentences", action="store_true",
        help=f"rewrite {TEST_SENTENCES.relative_to(ROOT)} from the test tables as they stand (the team corpus changes), and build nothing",
    )
    args = parser.parse_args(argv)
    if args.snapshot_test_sentences:
        before = read_test_sentence_snapshot() if TEST_SENTENCES.is_file() else []
        after = write_test_sentence_snapshot()
        print(f"{TEST_SENTENCES.relative_to(ROOT)}: {len(before)} → {len(after)} articles, "
              f"{sum(len(c.text) for c in before):,} → {sum(len(c.text) for c in after):,} characters")
        return
    kind = args.kind or ("pages" if args.pages else "team")
    try:
        corpus = build_corpus(args.out, args.n, seed=args.seed, start=args.start, kind=kind, pages=args.pages)
    except ValueError as error:
        parser.error(str(error))
    verb = "reused" if corpus.reused else "wrote"
    print(f"{verb} {corpus.issues} issues, {corpus.bytes / 1e6:.1f} MB in {corpus.root} ({corpus.seconds:.1f} s)")


if __name__ == "__main__":
    main()
