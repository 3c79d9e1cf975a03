"""A build in a child process, measured from outside (the real builder, two tiny reports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.runner import run_child

REPORTS = {
    "a.txt": "3月20日上午，政协第十四届运城市盐湖区委员会第二次会议胜利闭幕。区委书记王吉敏出席会议。\n",
    "b.txt": "政协代县第十届委员会第一次会议开幕。县委书记李哲讲话，县政协主席常正主持会议。\n",
}


@pytest.mark.slow
def test_run_child_build_measures_the_real_build(tmp_path: Path) -> None:
    files = []
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    listing = tmp_path / "inputs.json"
    listing.write_text(json.dumps(files), encoding="utf-8")
    run = run_child(["build", "--inputs", str(listing), "--out", str(tmp_path / "out"),
                     "--cache", str(tmp_path / "cache"), "--jobs", "1", "--no-html"], timeout=600)
    assert run.result["documents"] == 2
    assert run.result["bytes_read"] == sum(len(t.encode("utf-8")) for t in REPORTS.values())
    assert {"read", "extract", "rdf"} <= set(run.result["stages"])
    assert 0 < run.result["call_seconds"] <= run.wall_seconds
    assert run.peak_rss_bytes > 10 * 2**20 and run.max_rss_bytes > 10 * 2**20
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_run_child_reports_a_failed_build(tmp_path: Path) -> None:
    listing = tmp_path / "inputs.json"
    listing.write_text(json.dumps([str(tmp_path / "missing.txt")]), encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"bench\.runner build failed"):
        run_child(["build", "--inputs", str(listing), "--out", str(tmp_path / "out"),
                   "--cache", str(tmp_path / "cache")], timeout=600)


@pytest.mark.parametrize(
    ("limits", "error"), [({"max_rss_mb": 1}, MemoryError), ({"timeout": 0.01}, TimeoutError)]
)
def test_run_child_stops_a_child_over_its_limits(tmp_path: Path, limits: dict, error: type) -> None:
    (tmp_path / "a.txt").write_text(REPORTS["a.txt"], encoding="utf-8")
    listing = tmp_path / "inputs.json"
    listing.write_text(json.dumps([str(tmp_path / "a.txt")]), encoding="utf-8")
    with pytest.raises(error, match="stopped"):
        run_child(["build", "--inputs", str(listing), "--out", str(tmp_path / "out"),
                   "--cache", str(tmp_path / "cache")], **limits)
    assert not (tmp_path / "out" / "graph.ttl").exists()
