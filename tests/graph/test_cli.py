"""The command line: help, exit codes, summaries."""

import shutil
from pathlib import Path

import pytest

from graph.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_cli_help_explains_itself(capsys):
    for argv in (["--help"], ["build", "--help"], ["query", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 0
        assert "exit codes" in capsys.readouterr().out or argv[0] == "query"


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ({"a.txt": "山阳县政协十届四次会议开幕。县政协主席王昕代表常委会作工作报告。"}, 0),
        ({"a.txt": "山阳县政协十届四次会议开幕。县政协主席王昕代表常委会作工作报告。", "b.txt": ""}, 1),
        ({"b.txt": ""}, 3),
    ],
)
def test_cli_build_exit_codes(tmp_path, capsys, files, code):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "out"), "--no-html", "--no-store"]) == code
    out, err = capsys.readouterr()
    if code in (0, 1):
        assert "documents read: 1" in out
    if code == 1:
        assert "b.txt" in out and "skipped 1 input" in out
    if code == 3:
        assert "no readable report" in err


def test_cli_usage_error_is_2(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["build"])
    assert exit_.value.code == 2


def test_cli_query_spans(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "seeds" / "d11_shanyang.txt", folder)
    assert main(["build", str(folder), "-o", str(tmp_path / "out"), "--no-html"]) == 0
    capsys.readouterr()
    assert (
        main(["query", "--name", "spans", "--graph", str(tmp_path / "out" / "graph.ttl"), "--format", "csv"])
        == 0
    )
    out = capsys.readouterr().out
    assert "五好山阳" in out and "商洛市" in out


def test_cli_query_needs_a_built_graph(tmp_path, capsys):
    assert main(["query", "--name", "spans", "--graph", str(tmp_path / "none.ttl")]) == 2
    assert "build one first" in capsys.readouterr().err


@pytest.mark.tools
def test_cli_spans_of_the_committed_graph_agree_in_oxigraph_and_roqet(tool, capsys, tmp_path):
    """outputs/graph.ttl loads into two real SPARQL engines, and both give what the command prints."""
    import csv
    import io
    import subprocess

    import pyoxigraph

    graph = tmp_path / "graph.ttl"
    shutil.copy(ROOT / "outputs" / "graph.ttl", graph)
    assert main(["query", "--name", "spans", "--graph", str(graph), "--format", "csv"]) == 0
    header, *printed = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert printed, "the seeds' graph has initiatives with cities"

    sparql = (ROOT / "graph" / "queries" / "spans.rq").read_text(encoding="utf-8")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    solutions = store.query(sparql)
    names = [v.value for v in solutions.variables]
    oxigraph = [[("" if s[n] is None else s[n].value) for n in names] for s in solutions]
    assert names == header and oxigraph == printed

    done = subprocess.run(
        [tool("roqet"), "-q", "-D", str(graph), "-r", "csv", str(ROOT / "graph" / "queries" / "spans.rq")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    roqet_header, *roqet_rows = list(csv.reader(io.StringIO(done.stdout)))
    assert roqet_header == header and roqet_rows == printed
