"""The build end to end: outputs, determinism, cache, atomicity."""

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract.errors import NoReportsError
from graph.build import OUTPUT_FILES, build

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """Four real reports of the seeds folder."""
    folder = tmp_path_factory.mktemp("reports")
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:4]:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def _read_all(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def test_build_writes_every_output(reports, tmp_path):
    summary = build([reports], tmp_path / "out", cache_dir="")
    assert summary.documents == 4
    assert summary.entities["Person"] > 0 and summary.entities["Organization"] > 0
    assert summary.triples > 0
    for name in OUTPUT_FILES:
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert (tmp_path / "out" / "store").is_dir()
    assert not list((tmp_path / "out").glob(".staging-*"))


def test_build_is_deterministic_whatever_the_input_order(reports, tmp_path):
    first = build([reports], tmp_path / "a", cache_dir="", store=False)
    files = sorted(reports.glob("*.txt"))
    random.Random(3).shuffle(files)
    second = build(files, tmp_path / "b", cache_dir="", store=False)
    assert first.triples == second.triples
    assert _read_all(tmp_path / "a") == _read_all(tmp_path / "b")


def test_build_cache_reuses_unchanged_reports(reports, tmp_path):
    work = tmp_path / "in"
    shutil.copytree(reports, work)
    cache = tmp_path / "cache"
    build([work], tmp_path / "out", cache_dir=cache, html=False, store=False)
    changed = sorted(work.glob("*.txt"))[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n会议由市政协副主席王建国主持。\n", encoding="utf-8"
    )
    again = build([work], tmp_path / "out", cache_dir=cache, html=False, store=False)
    assert again.cached == again.documents - 1


def test_build_cache_keeps_apart_texts_that_differ_only_in_glosses(tmp_path):
    glossed, plain = tmp_path / "glossed", tmp_path / "plain"
    name = "xiangtan.txt"
    glossed.mkdir(), plain.mkdir()
    (glossed / name).write_text("政協(xié)湘潭市委員會(huì)主席楊(yáng)真平主持會議。", encoding="utf-8")
    (plain / name).write_text("政協湘潭市委員會主席楊真平主持會議。", encoding="utf-8")
    cache = tmp_path / "cache"
    build([glossed], tmp_path / "a", cache_dir=cache, html=False, store=False)
    again = build([plain], tmp_path / "b", cache_dir=cache, html=False, store=False)
    assert again.cached == 0
    assert "(yáng)" not in (tmp_path / "b" / "graph.ttl").read_text(encoding="utf-8")


def test_build_with_no_readable_report_writes_nothing(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(NoReportsError):
        build([tmp_path / "in"], out, cache_dir="")
    assert not out.exists() or not any(out.iterdir())


def test_build_committed_outputs_match_a_rebuild_of_the_seeds(tmp_path):
    """outputs/ holds the build of seeds/: a rebuild gives the same bytes."""
    committed = ROOT / "outputs"
    if not (committed / "graph.ttl").exists():
        pytest.fail("outputs/graph.ttl is missing: run `make graph` and commit outputs/")
    build([SEEDS], tmp_path / "out", cache_dir="", store=False)
    for name in OUTPUT_FILES:
        assert (tmp_path / "out" / name).read_bytes() == (committed / name).read_bytes(), name


@pytest.mark.slow
def test_build_killed_midway_leaves_previous_outputs(reports, tmp_path):
    out = tmp_path / "out"
    build([reports], out, cache_dir="", store=False)
    before = _read_all(out)
    code = (
        "import os, signal, sys\n"
        "import graph.build as b\n"
        "real = b._commit\n"
        "def dying(staging, out):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "b._commit = dying\n"
        f"b.build([{str(SEEDS)!r}], {str(out)!r}, cache_dir='', store=False)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=300, check=False
    )
    assert run.returncode != 0
    assert _read_all(out) == before


def _broken_resolve(results):
    """The real resolution, then one entity loses its label: the shapes must refuse the graph."""
    import dataclasses

    from extract.resolve import resolve

    kb = resolve(results)
    key = min(k for k, e in kb.entities.items() if e.docs)
    kb.entities[key] = dataclasses.replace(kb.entities[key], label="")
    return kb


def test_build_refuses_a_graph_that_breaks_the_shapes(reports, tmp_path, monkeypatch):
    import graph.build as b
    from graph.validate import GraphInvalid

    out = tmp_path / "out"
    build([reports], out, cache_dir="", store=False)
    before = _read_all(out)
    monkeypatch.setattr(b, "resolve", _broken_resolve)
    with pytest.raises(GraphInvalid, match="rdfs:label"):
        build([reports], out, cache_dir="")
    assert _read_all(out) == before
    assert not (out / "store").exists()
    assert not list(out.glob(".staging-*"))


def test_build_surfaces_a_writer_that_fails_before_the_check_starts(reports, tmp_path, monkeypatch):
    import graph.rdf

    def failing(*args):
        raise OSError("disk full")

    monkeypatch.setattr(graph.rdf, "write_turtle", failing)
    out = tmp_path / "out"
    with pytest.raises(OSError, match="disk full"):
        build([reports], out, cache_dir="", html=False, store=False)
    assert not (out / "graph.ttl").exists()
    assert not list(out.glob(".staging-*"))


def test_build_reports_a_validation_process_that_dies(reports, tmp_path, monkeypatch):
    import graph.build as b

    def dying(*args):
        os._exit(3)

    monkeypatch.setattr(b, "_check", dying)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="exit code 3"):
        build([reports], out, cache_dir="", html=False, store=False)
    assert not (out / "graph.ttl").exists()
