"""The speed benchmark's targets, table and sampling (from canned results; no build)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.speed import TARGETS, check_targets, format_results, sample_files


def size(mb_per_s: float, peak: float, jieba: float, seconds_per_mb: float) -> dict:
    return {
        "files": 87, "documents": 87, "skipped": 0, "entities": {"Person": 10}, "triples": 1000,
        "bytes_read": 4_340_000, "cached": 0, "stages": {"read": 0.5, "extract": 2.0, "store": 0.3},
        "build_seconds": 4.34 / mb_per_s, "cpu_seconds": 3.0, "wall_seconds": 5.0, "mb_per_s": mb_per_s,
        "mb_per_cpu_s": 1.0, "seconds_per_mb": seconds_per_mb, "peak_rss_mb": peak,
        "max_process_rss_mb": peak / 2,
        "peers": {"jieba": {"files": 87, "bytes": 4_340_000, "seconds": 100.0, "cpu_seconds": 99.0,
                            "mb_per_s": jieba, "mb_per_cpu_s": 0.05, "load_seconds": 1.0, "sampled": False}},
        "ratio": {"jieba": round(mb_per_s / jieba, 2)},
        "cpu_ratio": {"jieba": 20.0},
    }


def canned(x30_speed: float = 1.5, linearity: float = 1.1, spans: float = 0.2) -> dict:
    return {
        "sizes": {"corpus": size(2.0, 300.0, 0.05, 0.5), "x30": size(x30_speed, 1500.0, 0.05, 0.55)},
        "skipped": {"seeds": "no seed reports"},
        "incremental": {"size": "x30", "changed": "a.txt", "documents": 2640, "cached": 2639,
                        "seconds": 20.0, "cold_seconds": 90.0, "stages": {}},
        "queries": {"size": "x30", "query": "spans",
                    "oxigraph": {"rows": 10, "first_seconds": spans, "best_seconds": spans / 2, "runs": 3,
                                 "peak_rss_mb": 100.0},
                    "rdflib": {"error": "took more than 60 s"}},
        "linearity": {"from": "corpus", "to": "x30", "ratio": linearity},
        "machine": {"cpus": 2, "python": "3.11", "load_average_at_start": [0.1],
                    "load_average_at_end": [0.2]},
    }


def statuses(results: dict) -> dict[str, str]:
    return {t["name"]: t["status"] for t in check_targets(results)}


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (canned(), ["PASS", "PASS", "PASS", "PASS", "PASS"]),
        (canned(x30_speed=0.9), ["FAIL", "PASS", "PASS", "PASS", "PASS"]),
        (canned(x30_speed=0.1), ["FAIL", "FAIL", "PASS", "PASS", "PASS"]),
        (canned(linearity=1.3, spans=1.5), ["PASS", "PASS", "FAIL", "PASS", "FAIL"]),
        ({"sizes": {}}, ["n/a"] * 5),
    ],
)
def test_check_targets(results: dict, expected: list[str]) -> None:
    assert list(statuses(results).values()) == expected
    assert list(statuses(results)) == [t.name for t in TARGETS]


def test_check_targets_memory_is_of_the_largest_size() -> None:
    results = canned()
    results["sizes"]["x30"]["peak_rss_mb"] = 4096.0
    assert statuses(results)["peak memory, largest size"] == "FAIL"


def test_format_results_layout() -> None:
    results = canned()
    results["targets"] = check_targets(results)
    text = format_results(results)
    lines = text.splitlines()
    assert lines[0].split() == ["size", "files", "MB", "build", "s", "cpu", "s", "MB/s", "peak", "MB",
                                "jieba", "MB/s", "LAC", "MB/s", "x", "jieba", "x", "LAC"]
    assert lines[1].split()[:2] == ["corpus", "87"]
    assert lines[1].split()[-2:] == ["40.0", "-"]
    assert "seeds   skipped: no seed reports" in text
    cpu = lines[lines.index("per processor second (the build's own and its workers'; the peers')") + 2]
    assert cpu.split() == ["corpus", "1.000", "0.050", "-", "20.0", "-"]
    assert ("incremental rebuild (x30, a.txt changed): 20.00 s (cold 90.00 s), "
            "2639 of 2640 from the cache") in text
    assert "rdflib (parse + query): failed (took more than 60 s)" in text
    assert "linearity: time per MB x30 / corpus = 1.10" in text
    assert sum(line.startswith("  PASS") for line in lines) == 5
    json.dumps(results)  # the same dict is written as results.json


def test_sample_files(tmp_path: Path) -> None:
    files = []
    for i in range(10):
        path = tmp_path / f"{i}.txt"
        path.write_bytes(b"x" * 100)
        files.append(path)
    assert sample_files(files, 1000) == files
    assert sample_files(files, 500) == files[::2]
    assert sample_files(files, 250) == files[::4]
