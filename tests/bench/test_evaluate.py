"""The evaluation table and how sets are found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import default_shared
from bench.evaluate import ROWS, find_sets, format_table, score_graph
from bench.peers import PeerDoc, peer_turtle
from extract.records import EntityType


def fig(p: float, r: float, f1: float) -> dict:
    return {"p": p, "r": r, "f1": f1, "tp": 1, "fp": 0, "fn": 0}


def report(f1: float, *, spans: bool = True) -> dict:
    out = {
        "entities": {t: fig(f1, f1, f1) for t in ROWS[:5]},
        "roles": fig(1.0, 0.5, 0.5),
        "proposers": fig(1.0, 0.25, 0.25),
    }
    out["entities"]["micro"] = fig(f1, f1, f1)
    out["entities"]["Person"] = fig(0.946, 0.917, 0.931)
    if spans:
        out["spans"] = fig(0.9, 0.643, 0.75)
    return out


CANNED = {"sets": {"dev": {"docs": 14, "note": "", "ours": report(0.8), "lac": report(0.6, spans=False),
                           "jieba": report(0.4, spans=False)}}}


def test_format_table_layout() -> None:
    lines = format_table(CANNED).splitlines()
    assert lines[0] == "dev (14 documents)"
    assert lines[1].split() == ["ours", "P", "ours", "R", "ours", "F1", "LAC", "F1", "jieba", "F1"]
    assert [line.split()[0] for line in lines[2:]] == list(ROWS)
    assert len({len(line) for line in lines[1:]}) == 1  # fixed width


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("Person", ["0.946", "0.917", "0.931", "0.931", "0.931"]),
        ("Place", ["0.800", "0.800", "0.800", "0.600", "0.400"]),
        ("Proposal", ["0.800", "0.800", "0.800", "-", "-"]),  # peers do not tag proposals
        ("micro", ["0.800", "0.800", "0.800", "0.600", "0.400"]),
        ("spans", ["0.900", "0.643", "0.750", "-", "-"]),
        ("roles", ["1.000", "0.500", "0.500", "-", "-"]),
    ],
)
def test_format_table_cells(row: str, cells: list[str]) -> None:
    line = next(line for line in format_table(CANNED).splitlines() if line.startswith(row + " "))
    assert line.split()[1:] == cells


def test_format_table_without_our_build() -> None:
    results = {"sets": {"dev": {**CANNED["sets"]["dev"], "ours": None, "ours_error": "no builder"}}}
    text = format_table(results)
    assert "ours: no builder" in text
    person = next(line for line in text.splitlines() if line.startswith("Person"))
    assert person.split()[1:] == ["-", "-", "-", "0.931", "0.931"]


def test_find_sets_matches_seed_texts_to_gold(tmp_path: Path) -> None:
    shared, seeds, work = tmp_path / "shared", tmp_path / "seeds", tmp_path / "work"
    gold = shared / "eval" / "gold"
    gold.mkdir(parents=True)
    seeds.mkdir()
    for name in ("000_a", "001_b"):
        gold_doc = {"doc": f"{name}.txt", "entities": []}
        (gold / f"{name}.json").write_text(json.dumps(gold_doc), encoding="utf-8")
    (gold / "spans.json").write_text("[]", encoding="utf-8")
    (seeds / "000_a.txt").write_text("报告", encoding="utf-8")
    (seeds / "other.txt").write_text("报告", encoding="utf-8")

    found = find_sets(shared, work, seeds=seeds, checks=tmp_path / "no-checks")
    assert [s.name for s in found] == ["seeds"]  # no dev set in this shared folder, no checks
    only = found[0]
    assert [p.name for p in only.texts] == ["000_a.txt"]
    assert sorted(p.name for p in only.gold.iterdir()) == ["000_a.json"]  # partial: no spans, no 001_b
    assert "001_b.txt" in only.note

    (seeds / "001_b.txt").write_text("报告", encoding="utf-8")
    full = find_sets(shared, work, seeds=seeds, checks=tmp_path / "no-checks")[0]
    assert (full.gold, full.note, len(full.texts)) == (gold, "", 2)


def test_find_sets_includes_the_committed_checks(tmp_path: Path) -> None:
    [checks] = [s for s in find_sets(tmp_path / "shared", tmp_path / "work") if s.name == "checks"]
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in checks.gold.glob("*.json")]
    docs = sorted(g["doc"] for g in golds if isinstance(g, dict))
    assert docs == sorted(p.name for p in checks.texts) and len(docs) == 1756
    assert "tuning" in checks.note


SCORER = default_shared() / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.is_file(), reason="needs the shared scorer (../shared/eval/score.py)")
def test_score_graph_runs_the_shared_scorer(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    doc = {"doc": "a.txt", "entities": [{"type": "Place", "name": "大同市", "aliases": ["大同"]}]}
    (gold / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    graph = tmp_path / "g.ttl"
    found = [PeerDoc("a.txt", ((EntityType.PLACE, "大同"),))]
    graph.write_text(peer_turtle(found, peer="x"), encoding="utf-8")
    report = score_graph(graph, gold, shared=default_shared())
    assert report["entities"]["Place"]["tp"] == 1
    assert report["entities"]["micro"]["f1"] == 1.0


def test_score_graph_names_a_missing_scorer(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"score\.py"):
        score_graph(tmp_path / "g.ttl", tmp_path, shared=tmp_path)


def test_format_table_shows_a_dash_where_the_gold_has_nothing_to_score() -> None:
    empty = {"tp": 0, "fp": 0, "fn": 0, "p": 1.0, "r": 0.0, "f1": 0.0}
    results = {"sets": {"dev": {"docs": 1, "ours": {"proposers": empty}}}}
    line = next(x for x in format_table(results).splitlines() if x.startswith("proposers"))
    assert line.split()[1:4] == ["-", "-", "-"]
