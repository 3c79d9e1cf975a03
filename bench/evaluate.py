"""Our extraction beside the peers, scored by the shared scorer.

For the seed reports (texts in ``seeds/`` with gold in ``../shared/eval/gold``),
the dev set (``../shared/eval/dev``) and the project's checks
(``bench/data/checks``), build our graph with the real
builder, build the LAC and jieba peer graphs, score the three with
``../shared/eval/score.py --json`` and print one table per set::

    python -m bench.evaluate [--shared ../shared] [--json] [--keep DIR]

Peers are shown only where they tag the type (Person, Place, Organization)
and for the micro average over all five types (which counts every proposal and
initiative they cannot find as missed).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import REPO_ROOT, default_shared
from bench.peers import PEER_TAGS, Peer, load_tagger, quiet_jieba, write_peer_graph

__all__ = [
    "COLUMNS",
    "ROWS",
    "EvalSet",
    "build_ours",
    "evaluate",
    "find_sets",
    "format_table",
    "main",
    "score_graph",
]

log = logging.getLogger(__name__)

ROWS = ("Person", "Place", "Organization", "Proposal", "Initiative", "micro", "spans", "roles", "proposers")
"""Rows of the table, in order: the five types, their micro average, then the relation figures."""
COLUMNS = ("ours P", "ours R", "ours F1", "LAC F1", "jieba F1")
_PEER_ROWS = {str(t) for tags in PEER_TAGS.values() for t in tags.values()} | {"micro"}
"""Rows a peer's figure is shown in: the types it tags, and the micro average."""
ONTOLOGY = REPO_ROOT / "ontology" / "cppcc.ttl"


@dataclass(frozen=True, slots=True)
class EvalSet:
    """Texts and their gold."""

    name: str
    texts: tuple[Path, ...]
    gold: Path
    """Folder of gold JSON files (one per text, and ``spans.json`` when it applies)."""
    note: str = ""
    """Why the set is smaller than its gold, when it is."""


CHECKS = REPO_ROOT / "bench" / "data" / "checks"
"""1756 more real excerpts annotated for the project (see its SOURCES.md); all used in tuning."""


def find_sets(
    shared: Path, work: Path, *, seeds: Path = REPO_ROOT / "seeds", checks: Path = CHECKS
) -> list[EvalSet]:
    """The seed set (texts of ``seeds/`` that have gold), the dev set and the checks, those present.

    When only some seed reports have their text, their gold files are copied
    into ``work`` so that the missing ones do not count as misses.
    """
    sets = []
    gold_dir = shared / "eval" / "gold"
    if gold_dir.is_dir() and seeds.is_dir():
        golds = {}
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(gold, dict) and gold.get("doc"):  # spans.json is a list
                golds[gold["doc"]] = path
        texts = {doc: seeds / doc for doc in golds if (seeds / doc).is_file()}
        if texts and len(texts) == len(golds):
            sets.append(EvalSet("seeds", tuple(texts[d] for d in sorted(texts)), gold_dir))
        elif texts:
            subset = work / "seeds-gold"
            subset.mkdir(parents=True, exist_ok=True)
            for doc in texts:
                shutil.copy(golds[doc], subset / golds[doc].name)
            missing = sorted(set(golds) - set(texts))
            note = (f"{len(texts)} of {len(golds)} seed texts present (spans not scored); "
                    f"missing: {', '.join(missing)}")
            log.warning("seeds: %s", note)
            sets.append(EvalSet("seeds", tuple(texts[d] for d in sorted(texts)), subset, note))
        else:
            log.warning("seeds: none of the %d gold documents has its text in %s; skipped", len(golds), seeds)
    dev = shared / "eval" / "dev"
    if (dev / "texts").is_dir() and (dev / "gold").is_dir():
        sets.append(EvalSet("dev", tuple(sorted((dev / "texts").glob("*.txt"))), dev / "gold"))
    else:
        log.warning("dev: no texts or gold under %s; skipped", dev)
    if (checks / "texts").is_dir() and (checks / "gold").is_dir():
        texts = tuple(sorted((checks / "texts").glob("*.txt")))
        note = "annotated for the project; all used in tuning"
        sets.append(EvalSet("checks", texts, checks / "gold", note))
    return sets


def score_graph(graph: Path, gold: Path, *, shared: Path, ontology: Path | None = None) -> dict:
    """The shared scorer's JSON report for ``graph`` against ``gold``."""
    scorer = shared / "eval" / "score.py"
    if not scorer.is_file():
        raise FileNotFoundError(f"{scorer}: the shared scorer is missing; pass --shared SHARED_FOLDER")
    cmd = [sys.executable, str(scorer), "--graph", str(graph), "--gold", str(gold), "--json"]
    if ontology is not None:
        cmd += ["--ontology", str(ontology)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = done.stderr.strip()[-2000:]
        raise RuntimeError(f"{scorer} failed on {graph} (exit {done.returncode}): {tail}")
    return json.loads(done.stdout)


def _graph_file(out_dir: Path) -> Path:
    """The Turtle graph a build wrote into ``out_dir``."""
    preferred = out_dir / "graph.ttl"
    if preferred.is_file():
        return preferred
    found = sorted(out_dir.glob("*.ttl"))
    if len(found) != 1:
        names = [p.name for p in found]
        raise FileNotFoundError(f"{out_dir}: expected graph.ttl from the build, found {names}")
    return found[0]


def build_ours(texts: Sequence[Path], out_dir: Path) -> Path:
    """Build our graph of ``texts`` into ``out_dir`` with the real builder; its Turtle file."""
    from graph.build import build

    summary = build(list(texts), out_dir, cache_dir=out_dir / "cache", html=False, validate=False)
    log.info("ours: %d documents, %d triples in %.1f s", summary.documents, summary.triples, summary.seconds)
    return _graph_file(Path(out_dir))


def evaluate(shared: Path, work: Path, *, sets: Sequence[str] = ("seeds", "dev", "checks")) -> dict:
    """Build and score ours and the peers on each set; ``{"sets": {name: {...}}}``.

    Per set: ``docs``, ``note``, and for ``ours``, ``lac`` and ``jieba`` the
    scorer's report, or ``None`` with the reason under ``<who>_error``.
    """
    results: dict = {"shared": str(shared), "sets": {}}
    taggers = {}
    for eval_set in find_sets(shared, work):
        if eval_set.name not in sets:
            continue
        out = work / eval_set.name
        entry: dict = {"docs": len(eval_set.texts), "note": eval_set.note}
        try:
            graph = build_ours(eval_set.texts, out / "ours")
            entry["ours"] = score_graph(graph, eval_set.gold, shared=shared, ontology=ONTOLOGY)
        except ImportError as exc:
            entry["ours"], entry["ours_error"] = None, f"the builder is not available ({exc})"
            log.warning("%s: ours: %s", eval_set.name, entry["ours_error"])
        for peer in Peer:
            taggers.setdefault(peer, load_tagger(peer))
            graph = write_peer_graph(eval_set.texts, peer, out / f"{peer}.ttl", tagger=taggers[peer])
            entry[str(peer)] = score_graph(graph, eval_set.gold, shared=shared)
        results["sets"][eval_set.name] = entry
    return results


def _figure(report: Mapping | None, row: str) -> Mapping | None:
    if report is None:
        return None
    figure = report["entities"][row] if row in report.get("entities", {}) else report.get(row)
    if figure is not None and not any(figure.get(k) for k in ("tp", "fp", "fn")):
        return None  # nothing in the gold to score (a set whose gold names no proposer)
    return figure


def format_table(results: Mapping) -> str:
    """The fixed-format text table of :func:`evaluate`'s results.

    >>> print(format_table({"sets": {}}))
    no evaluation set found
    """
    if not results.get("sets"):
        return "no evaluation set found"
    blocks = []
    for name, entry in results["sets"].items():
        head = f"{name} ({entry['docs']} documents)"
        if entry.get("note"):
            head += f": {entry['note']}"
        if entry.get("ours") is None:
            head += f"\n  ours: {entry.get('ours_error', 'not built')}"
        lines = [head, f"{'':<14}" + "".join(f"{c:>10}" for c in COLUMNS)]
        for row in ROWS:
            ours = _figure(entry.get("ours"), row)
            cells = [f"{ours[k]:>10.3f}" if ours else f"{'-':>10}" for k in ("p", "r", "f1")]
            for peer in Peer:
                fig = _figure(entry.get(str(peer)), row) if row in _PEER_ROWS else None
                cells.append(f"{fig['f1']:>10.3f}" if fig else f"{'-':>10}")
            lines.append(f"{row:<14}" + "".join(cells))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=default_shared(),
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--sets", default="seeds,dev,checks", help="comma-separated: seeds, dev, checks")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep the graphs")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_jieba()
    if not (args.shared / "eval").is_dir():
        print(f"error: {args.shared / 'eval'} not found; pass --shared SHARED_FOLDER", file=sys.stderr)
        return 2
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = evaluate(args.shared, args.keep, sets=sets)
    else:
        with tempfile.TemporaryDirectory(prefix="cppcc-eval-") as work:
            results = evaluate(args.shared, Path(work), sets=sets)
    print(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True) if args.json
          else format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
