"""Speed of decoding and segmentation on the sample issues (target: a 20 KB issue in a few ms).

Run: ``.venv/bin/python bench/bench_segment.py [--repeat N] [--json FILE]``. Reports the median
time per sample issue, and throughput on one large page made of every sample repeated.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.decode import decode  # noqa: E402
from extractors.segment import segment  # noqa: E402

TARGET_MS_PER_20KB = 5.0


def median_seconds(function, argument, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(argument)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    rows = []
    for path in sorted((ROOT / "raw").glob("*.txt")):
        data = path.read_bytes()
        text, _ = decode(data)
        rows.append({
            "file": path.name,
            "bytes": len(data),
            "articles": len(segment(text)),
            "decode_ms": 1000 * median_seconds(decode, data, args.repeat),
            "segment_ms": 1000 * median_seconds(segment, text, args.repeat),
        })
    big_text = "\n\n".join(decode(p.read_bytes())[0] for p in sorted((ROOT / "raw").glob("*.txt"))) * 12
    big_seconds = median_seconds(segment, big_text, max(3, args.repeat // 10))
    big_bytes = len(big_text.encode("utf-8"))

    for row in rows:
        per_20kb = row["segment_ms"] * 20_000 / row["bytes"]
        print(f"{row['file']}: {row['bytes']:>6} B, {row['articles']:>2} items, "
              f"decode {row['decode_ms']:.2f} ms, segment {row['segment_ms']:.2f} ms ({per_20kb:.2f} ms per 20 KB)")
    print(f"one {big_bytes / 1e6:.1f} MB page: segment {big_seconds * 1000:.0f} ms, "
          f"{big_bytes / 1e6 / big_seconds:.1f} MB/s")
    worst = max(row["segment_ms"] * 20_000 / row["bytes"] for row in rows)
    print(f"worst {worst:.2f} ms per 20 KB (target {TARGET_MS_PER_20KB} ms): {'ok' if worst <= TARGET_MS_PER_20KB else 'SLOW'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"samples": rows, "large_page_mb_per_s": big_bytes / 1e6 / big_seconds},
                                        indent=2), encoding="utf-8")
    return 0 if worst <= TARGET_MS_PER_20KB else 1


if __name__ == "__main__":
    sys.exit(main())
