"""Run one build or one query in a child process and measure it from outside.

The benchmark runs each build in its own process so that its peak memory
(the whole process tree: the build and its extraction workers) and its time
are its own. :func:`run_child` starts ``python -m bench.runner ...``, samples
the tree's resident memory, and returns what the child wrote::

    python -m bench.runner build --inputs FILES.json --out DIR --cache DIR --result R.json
    python -m bench.runner query --name spans --store DIR --graph G.ttl --engine oxigraph --result R.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import REPO_ROOT

__all__ = ["ChildRun", "main", "run_build", "run_child", "run_query"]

log = logging.getLogger(__name__)

_SAMPLE_SECONDS = 0.05
"""How often the process tree's memory is read."""


@dataclass(frozen=True, slots=True)
class ChildRun:
    """A child process's result, with what was measured from outside."""

    result: dict
    """What the child wrote (the build summary, or the query's timing)."""
    wall_seconds: float
    """From start to exit, interpreter start-up and imports included."""
    peak_rss_bytes: int
    """Largest sum of memory over the child and its descendants, sampled (PSS: shared pages
    counted once; see :func:`_tree_rss`)."""
    max_rss_bytes: int
    """Largest resident memory of any single process of the tree (``ru_maxrss``)."""
    samples: int = 0
    stderr: str = field(default="", repr=False)


def _tree_rss(proc) -> int:
    """The memory the process tree holds: the sum of each process's proportional set size.

    Forked workers share the parent's pages until they write to them; summing resident sizes
    would count those pages once per process. PSS divides each shared page among the
    processes that map it, so the sum is what the tree really holds. Where PSS is not
    available (no ``/proc/<pid>/smaps``), the resident size is summed instead."""
    import psutil

    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            try:
                total += p.memory_full_info().pss
            except (AttributeError, psutil.AccessDenied):
                total += p.memory_info().rss
    return total


def run_child(args: list[str], *, timeout: float | None = None, max_rss_mb: float | None = None) -> ChildRun:
    """Run ``python -m bench.runner <args> --result FILE`` and measure it.

    The child is stopped (``TimeoutError``, ``MemoryError``) when it runs longer
    than ``timeout`` seconds or its process tree holds more than ``max_rss_mb``.
    """
    try:
        import psutil
    except ImportError as exc:
        raise ImportError("the benchmark samples memory with psutil: pip install -e '.[bench]'") from exc
    with tempfile.TemporaryDirectory(prefix="cppcc-bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        err_file = Path(tmp) / "stderr.txt"
        cmd = [sys.executable, "-m", "bench.runner", *args, "--result", str(result_file)]
        started = time.perf_counter()
        with err_file.open("w", encoding="utf-8") as err:
            child = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=err)
            watched = psutil.Process(child.pid)
            peak, samples = 0, 0
            while child.poll() is None:
                peak = max(peak, _tree_rss(watched))
                samples += 1
                if timeout is not None and time.perf_counter() - started > timeout:
                    _stop(watched, child)
                    raise TimeoutError(f"{args[0]} took more than {timeout:.0f} s; stopped")
                if max_rss_mb is not None and peak > max_rss_mb * 2**20:
                    _stop(watched, child)
                    raise MemoryError(f"{args[0]} held more than {max_rss_mb:.0f} MB; stopped")
                time.sleep(_SAMPLE_SECONDS)
        wall = time.perf_counter() - started
        stderr = err_file.read_text(encoding="utf-8", errors="replace")
        if child.returncode != 0 or not result_file.is_file():
            raise RuntimeError(f"bench.runner {args[0]} failed (exit {child.returncode}): {stderr[-3000:]}")
        result = json.loads(result_file.read_text(encoding="utf-8"))
    max_rss = max(result.get("self_max_rss_bytes", 0), result.get("children_max_rss_bytes", 0))
    return ChildRun(result, wall, peak, max_rss, samples, stderr)


def _stop(watched, child: subprocess.Popen) -> None:
    """Kill the child and the workers it started."""
    import psutil

    try:
        procs = [*watched.children(recursive=True), watched]
    except psutil.Error:
        procs = [watched]
    for p in procs:
        with contextlib.suppress(psutil.Error):
            p.kill()
    child.wait()


def _max_rss() -> dict[str, int]:
    # ru_maxrss is in kilobytes on Linux
    return {
        "self_max_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "children_max_rss_bytes": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    }


def _cpu_seconds() -> float:
    """User and system time of this process and of its finished children (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_build(inputs: list[str], out: str, cache: str, *, jobs: int | None, html: bool) -> dict:
    """Call the real builder; its summary as plain values, with the call's own timing."""
    from graph.build import build

    cpu = _cpu_seconds()
    started = time.perf_counter()
    summary = build(inputs, out, jobs=jobs, cache_dir=cache, html=html, validate=True)
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu
    plain = {
        "documents": summary.documents,
        "skipped": len(summary.skipped),
        "entities": dict(sorted(summary.entities.items())),
        "triples": summary.triples,
        "seconds": summary.seconds,
        "bytes_read": summary.bytes_read,
        "stages": dict(summary.stages),
        "cached": getattr(summary, "cached", None),
        "call_seconds": seconds,
        "cpu_seconds": cpu,
    }
    return plain


def run_query(name: str, *, store: str | None, graph: str | None, engine: str, repeat: int) -> dict:
    """Time a published query: the first run, and the best of ``repeat`` runs."""
    from graph.query import load_query
    from graph.query import run_query as query

    sparql = load_query(name)
    times, rows = [], 0
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        _, result = query(sparql, store_dir=store, graph_path=graph, engine=engine)
        times.append(time.perf_counter() - started)
        rows = len(result)
    return {"query": name, "engine": engine, "rows": rows, "first_seconds": times[0],
            "best_seconds": min(times), "runs": len(times)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.runner", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph of the files listed in a JSON file")
    b.add_argument("--inputs", type=Path, required=True, help="JSON list of input paths")
    b.add_argument("--out", required=True)
    b.add_argument("--cache", required=True)
    b.add_argument("--jobs", type=int)
    b.add_argument("--no-html", action="store_true", help="skip the HTML map and spans page")
    q = sub.add_parser("query", help="time a published query")
    q.add_argument("--name", default="spans")
    q.add_argument("--store")
    q.add_argument("--graph")
    q.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph")
    q.add_argument("--repeat", type=int, default=3)
    for p in (b, q):
        p.add_argument("--result", type=Path, required=True, help="write the result here (JSON)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "build":
        inputs = json.loads(args.inputs.read_text(encoding="utf-8"))
        result = run_build(inputs, args.out, args.cache, jobs=args.jobs, html=not args.no_html)
    else:
        result = run_query(args.name, store=args.store, graph=args.graph, engine=args.engine,
                           repeat=args.repeat)
    result.update(_max_rss())
    args.result.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

