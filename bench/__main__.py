"""``python -m bench``: the speed benchmark (``make bench``); see ``bench/README.md``.

    python -m bench [--sizes seeds,corpus,x10,x30] [--quick] [--jobs N] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from bench import OUT_DIR, default_shared
from bench.peers import quiet_jieba
from bench.speed import SIZES, format_results, run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description="Speed benchmark of the cppcc-kg build.")
    ap.add_argument("--sizes", default=",".join(SIZES), help=f"comma-separated, of {', '.join(SIZES)}")
    ap.add_argument("--quick", action="store_true", help="seeds and corpus only")
    ap.add_argument("--shared", type=Path, default=default_shared(),
                    help="the shared folder (default ../shared)")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="work and results folder (default bench/out)")
    ap.add_argument("--jobs", type=int, help="extraction workers (default: the builder's, the CPU count)")
    ap.add_argument("--no-html", action="store_true", help="builds skip the HTML pages")
    ap.add_argument("--no-peers", action="store_true", help="do not time LAC and jieba")
    ap.add_argument("--no-rdflib", action="store_true", help="time the spans query in the store only")
    ap.add_argument("--peer-mb", type=float, default=5.0,
                    help="time the peers on all files up to this size, else on a sample this size (MB)")
    ap.add_argument("--timeout", type=float, default=3600.0, help="seconds allowed per build or query")
    ap.add_argument("--max-memory-mb", type=float, default=8192.0,
                    help="stop a build or query whose processes hold more than this (MB)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_jieba()
    sizes = ["seeds", "corpus"] if args.quick else [s.strip() for s in args.sizes.split(",") if s.strip()]
    try:
        results = run(
            sizes,
            shared=args.shared,
            out_root=args.out,
            jobs=args.jobs,
            html=not args.no_html,
            peers=not args.no_peers,
            peer_limit_mb=args.peer_mb,
            rdflib=not args.no_rdflib,
            timeout=args.timeout,
            max_rss_mb=args.max_memory_mb,
            progress=lambda msg: print(f"... {msg}", file=sys.stderr, flush=True),
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "results.json"
    text = json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    print(format_results(results))
    print(f"\nresults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
