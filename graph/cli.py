"""The ``cppcc-kg`` command: parse options, call the library, report.

Exit codes (see :class:`extract.errors.ExitCode`): 0 built; 1 built but some inputs were skipped;
2 bad command line; 3 no readable report (nothing written); 4 the build failed (nothing written).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from extract.errors import CppccKgError, ExitCode

__all__ = ["main"]

log = logging.getLogger("cppcc_kg")

_EPILOG = (
    "exit codes: 0 built; 1 built, some inputs skipped; 2 usage error; "
    "3 no readable report (nothing written); 4 build failed (previous outputs untouched)"
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cppcc-kg",
        description="Knowledge graphs from the work reports of China's political consultative conferences.",
        epilog=_EPILOG,
    )
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="build the graph of a folder of reports",
        description="Read reports (UTF-8, GB18030, UTF-16 text or Markdown), extract people, organizations, "
        "places, proposals and initiatives, and write graph.ttl, entities.csv, graph.html, spans.html and an "
        "Oxigraph store into the output folder. Outputs are replaced only when the whole build succeeds.",
        epilog=_EPILOG,
    )
    b.add_argument("inputs", nargs="+", type=Path, help="report files or folders (searched recursively)")
    b.add_argument("-o", "--out", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    b.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: CPU count)")
    b.add_argument(
        "--encoding", default=None, help="read every input with this encoding instead of detecting it"
    )
    b.add_argument("--cache", type=Path, default=None, help="extraction cache folder (default: OUT/.cache)")
    b.add_argument("--no-cache", action="store_true", help="extract every report afresh")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html and spans.html")
    b.add_argument("--no-store", action="store_true", help="do not build the Oxigraph store")
    b.add_argument(
        "--segmenter",
        choices=("jieba", "pkuseg"),
        default="jieba",
        help="word segmenter (default jieba; pkuseg needs --pkuseg-model)",
    )
    b.add_argument("--pkuseg-model", default=None, help="folder of a trained spacy-pkuseg model")

    q = sub.add_parser(
        "query",
        help="run SPARQL over a built graph",
        description="Run a SPARQL query (a .rq file, or a ready query by --name) over a built graph and "
        "print the rows. Uses the Oxigraph store under the graph's folder, building it if needed.",
        epilog="ready queries: " + ", ".join(_query_names()),
    )
    q.add_argument("file", nargs="?", type=Path, help="a SPARQL query file (.rq)")
    q.add_argument("--name", help="a ready query: " + ", ".join(_query_names()))
    q.add_argument("--graph", type=Path, default=Path("outputs/graph.ttl"), help="the built graph (Turtle)")
    q.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph", help="SPARQL engine")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    q.add_argument("--list", action="store_true", help="list the ready queries and exit")
    return p


def _query_names() -> list[str]:
    try:
        from graph.query import list_queries

        return sorted(list_queries())
    except Exception:  # pragma: no cover - only for help text
        return []


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "build":
            return _build(args)
        return _query(args)
    except CppccKgError as error:
        print(f"cppcc-kg: {error.message}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("cppcc-kg: interrupted; previous outputs are untouched", file=sys.stderr)
        return int(ExitCode.FAILED)


def _build(args: argparse.Namespace) -> int:
    from graph.build import build
    from graph.validate import GraphInvalid

    def progress(done: int, total: int) -> None:
        if total >= 20 and sys.stderr.isatty():
            print(f"\rextracting {done}/{total}", end="" if done < total else "\n", file=sys.stderr)
        elif total >= 20 and (done == total or done % max(1, total // 10) == 0):
            print(f"extracting {done}/{total}", file=sys.stderr)

    cache = "" if args.no_cache else args.cache
    try:
        summary = build(
            args.inputs,
            args.out,
            jobs=args.jobs,
            cache_dir=cache,
            encoding=args.encoding,
            html=not args.no_html,
            store=not args.no_store,
            progress=progress,
            segmenter=args.segmenter,
            pkuseg_model=args.pkuseg_model,
        )
    except GraphInvalid as error:
        print(f"cppcc-kg: {error}", file=sys.stderr)
        return int(ExitCode.FAILED)
    except OSError as error:
        print(f"cppcc-kg: cannot write {args.out}: {error}; previous outputs are untouched", file=sys.stderr)
        return int(ExitCode.FAILED)
    mb = summary.bytes_read / 1e6
    print(f"documents read: {summary.documents} ({mb:.2f} MB; {summary.cached} from cache)")
    print("entities: " + ", ".join(f"{t} {n}" for t, n in summary.entities.items()))
    print(f"triples: {summary.triples}")
    print(
        f"time: {summary.seconds:.1f} s ("
        + ", ".join(f"{k} {v:.1f}" for k, v in summary.stages.items())
        + ")"
    )
    print(f"written to {args.out}/: " + ", ".join(summary.outputs))
    if summary.skipped:
        print(f"skipped {len(summary.skipped)} input(s):")
        for s in summary.skipped:
            print(f"  {s.path}: {s.reason}")
    return int(ExitCode.after_build(summary.documents, len(summary.skipped)))


def _query(args: argparse.Namespace) -> int:
    from graph.query import format_csv, format_json, format_table, list_queries, load_query, run_query

    if args.list:
        for name, summary in sorted(list_queries().items()):
            print(f"{name}\t{summary}")
        return 0
    if bool(args.file) == bool(args.name):
        print("cppcc-kg query: give a query file or --name NAME (see --list)", file=sys.stderr)
        return int(ExitCode.USAGE)
    if args.name:
        try:
            sparql = load_query(args.name)
        except ValueError as error:
            print(f"cppcc-kg query: {error}", file=sys.stderr)
            return int(ExitCode.USAGE)
    else:
        try:
            sparql = args.file.read_text(encoding="utf-8")
        except OSError as error:
            print(f"cppcc-kg query: cannot read {args.file}: {error.strerror}", file=sys.stderr)
            return int(ExitCode.USAGE)
    if not args.graph.exists():
        print(
            f"cppcc-kg query: {args.graph}: no such graph; build one first (cppcc-kg build)", file=sys.stderr
        )
        return int(ExitCode.USAGE)
    store_dir = args.graph.parent / "store" if args.engine == "oxigraph" else None
    header, rows = run_query(sparql, store_dir=store_dir, graph_path=args.graph, engine=args.engine)
    formatter = {"table": format_table, "csv": format_csv, "json": format_json}[args.format]
    sys.stdout.write(formatter(header, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
