"""Tests for graph.io: an output is the new one or the previous one, never half of one."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from extract.errors import ExitCode, OutputError
from graph import io
from graph.io import OutputSet, atomic_write_bytes, atomic_write_text, atomic_writer, commit_outputs

PREVIOUS = (
    "@prefix cppcc: <https://w3id.org/cppcc#> .\n"
    "<place/140200> a cppcc:Prefecture ; cppcc:label \"大同市\" .\n"
    "<org/cppcc/140200> a cppcc:Committee ; cppcc:label \"政协大同市委员会\" .\n"
)
NEW_LINE = "<person/140200/郝向华> a cppcc:Person ; cppcc:label \"郝向华\" ; cppcc:role \"市政协主席\" .\n"


def listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


# one file ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("政协大同市委员会\n", "政协大同市委员会\n".encode()),
        ("第一行\n第二行", "第一行\n第二行".encode()),  # \n stays \n on every platform
        ("各位委员\r\n", "各位委员\r\n".encode()),  # what is given is what is written
        ("", b""),
    ],
)
def test_io_atomic_write_text_writes_utf8(tmp_path: Path, text: str, expected: bytes) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(PREVIOUS, encoding="utf-8")
    atomic_write_text(path, text)
    assert path.read_bytes() == expected
    assert listing(tmp_path) == ["graph.ttl"]


def test_io_atomic_write_bytes_and_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "outputs" / "sub" / "graph.nt"
    atomic_write_bytes(path, NEW_LINE.encode("utf-8"))
    assert path.read_bytes() == NEW_LINE.encode("utf-8")


def test_io_failure_inside_the_block_leaves_the_previous_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(PREVIOUS, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="validation failed"), atomic_writer(path) as file:
        file.write(NEW_LINE * 1000)
        raise RuntimeError("validation failed")
    assert path.read_bytes() == before
    assert listing(tmp_path) == ["graph.ttl"]


def test_io_interrupt_inside_the_block_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    with pytest.raises(KeyboardInterrupt), atomic_writer(path, "wb") as file:
        file.write(b"half")
        raise KeyboardInterrupt
    assert listing(tmp_path) == []


def test_io_failure_to_rename_is_an_output_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(PREVIOUS, encoding="utf-8")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(io.os, "replace", full)
    with pytest.raises(OutputError) as caught:
        atomic_write_text(path, NEW_LINE)
    assert str(caught.value).startswith(f"{path}: cannot be written: No space left on device.")
    assert caught.value.exit_code == ExitCode.FAILED
    assert path.read_text(encoding="utf-8") == PREVIOUS
    assert listing(tmp_path) == ["graph.ttl"]


def test_io_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        atomic_write_text(tmp_path / "graph.ttl", NEW_LINE)


@pytest.mark.parametrize("mode", [0o640, 0o600, 0o644])
def test_io_replacing_keeps_the_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(PREVIOUS, encoding="utf-8")
    path.chmod(mode)
    atomic_write_text(path, NEW_LINE)
    assert path.stat().st_mode & 0o777 == mode


def test_io_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    atomic_write_text(path, NEW_LINE)
    mask = os.umask(0o022)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's 0600


def test_io_bad_mode() -> None:
    with pytest.raises(ValueError, match="'a'"), atomic_writer("x", "a"):  # type: ignore[arg-type]
        pass


_WRITER = textwrap.dedent(
    """
    import sys, time
    from graph.io import atomic_writer
    line = sys.argv[2]
    with atomic_writer(sys.argv[1]) as out:
        for i in range(10_000_000):
            out.write(line)
            if i == 50_000:
                out.flush()
                print("writing", flush=True)
            if i > 50_000:
                time.sleep(0.001)
    """
)


def test_io_killed_writer_leaves_the_previous_file_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text(PREVIOUS, encoding="utf-8")
    before = path.read_bytes()
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), NEW_LINE], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"
        temporaries = [p for p in tmp_path.iterdir() if p.name != "graph.ttl"]
        assert len(temporaries) == 1 and temporaries[0].stat().st_size > 1_000_000  # well under way
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert path.read_bytes() == before


# a set of outputs ----------------------------------------------------------------------------


def previous_outputs(folder: Path) -> dict[str, bytes]:
    (folder / "store").mkdir(parents=True)
    (folder / "store" / "data.db").write_bytes(b"old store")
    (folder / "graph.ttl").write_text(PREVIOUS, encoding="utf-8")
    (folder / "entities.csv").write_text("iri,label\nplace/140200,大同市\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not an output of the build\n", encoding="utf-8")
    return {name: (folder / name).read_bytes() for name in ("graph.ttl", "entities.csv", "store/data.db")}


def test_io_output_set_commits_everything_together(tmp_path: Path) -> None:
    previous_outputs(tmp_path)
    with OutputSet(tmp_path) as outputs:
        outputs.write_text("graph.ttl", PREVIOUS + NEW_LINE)
        with outputs.open("entities.csv") as file:
            file.write("iri,label\nperson/140200/郝向华,郝向华\n")
        outputs.write_bytes("maps/graph.html", "<html>大同</html>".encode())
        store = outputs.path("store")
        store.mkdir()
        (store / "data.db").write_bytes(b"new store")
        assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == PREVIOUS  # nothing moved yet
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == PREVIOUS + NEW_LINE
    assert "郝向华" in (tmp_path / "entities.csv").read_text(encoding="utf-8")
    assert (tmp_path / "store" / "data.db").read_bytes() == b"new store"
    assert listing(tmp_path) == [
        "entities.csv", "graph.ttl", "maps", "maps/graph.html", "notes.txt", "store", "store/data.db",
    ]


@pytest.mark.parametrize("failure", [RuntimeError("shapes violated"), KeyboardInterrupt()])
def test_io_output_set_failure_leaves_every_previous_output(tmp_path: Path, failure: BaseException) -> None:
    before = previous_outputs(tmp_path)
    names = listing(tmp_path)
    with pytest.raises(type(failure)), OutputSet(tmp_path) as outputs:
        outputs.write_text("graph.ttl", NEW_LINE)
        outputs.write_text("entities.csv", "iri,label\n")
        (outputs.path("store")).mkdir()
        raise failure
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert listing(tmp_path) == names  # no staging folder left


def test_io_output_set_names_must_stay_inside(tmp_path: Path) -> None:
    with OutputSet(tmp_path) as outputs:
        for name in ("../graph.ttl", "/tmp/graph.ttl", ""):
            with pytest.raises(ValueError, match="relative path"):
                outputs.path(name)
    assert listing(tmp_path) == []
    with pytest.raises(RuntimeError, match="inside a `with OutputSet"):
        OutputSet(tmp_path).path("graph.ttl")


def test_io_output_set_output_folder_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "outputs").write_text("a file\n", encoding="utf-8")
    with pytest.raises(OutputError, match="it is a file, not a folder"), OutputSet(tmp_path / "outputs"):
        pass


def test_io_commit_checks_everything_before_moving_anything(tmp_path: Path) -> None:
    before = previous_outputs(tmp_path)
    staged = tmp_path / "staged"
    staged.mkdir()
    (staged / "graph.ttl").write_text(NEW_LINE, encoding="utf-8")
    staging = {tmp_path / "graph.ttl": staged / "graph.ttl", tmp_path / "entities.csv": staged / "x"}
    with pytest.raises(OutputError, match=r"entities\.csv: cannot be written: it was not written"):
        commit_outputs(staging)
    assert {name: (tmp_path / name).read_bytes() for name in before} == before


def test_io_commit_file_over_folder_is_refused_before_moving_anything(tmp_path: Path) -> None:
    before = previous_outputs(tmp_path)
    staged = tmp_path / "staged"
    staged.mkdir()
    (staged / "a").write_text(NEW_LINE, encoding="utf-8")
    (staged / "b").write_text(NEW_LINE, encoding="utf-8")
    with pytest.raises(OutputError, match="is a folder"):
        commit_outputs({tmp_path / "graph.ttl": staged / "a", tmp_path / "store": staged / "b"})
    assert {name: (tmp_path / name).read_bytes() for name in before} == before


_BUILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from graph.io import OutputSet
    with OutputSet(Path(sys.argv[1])) as outputs:
        outputs.write_text("entities.csv", "iri,label\\n")
        with outputs.open("graph.ttl") as out:
            for i in range(10_000_000):
                out.write(sys.argv[2])
                if i == 50_000:
                    out.flush()
                    print("writing", flush=True)
                if i > 50_000:
                    time.sleep(0.001)
    """
)


def test_io_killed_build_leaves_every_previous_output(tmp_path: Path) -> None:
    before = previous_outputs(tmp_path)
    build = subprocess.Popen([sys.executable, "-c", _BUILD, str(tmp_path), NEW_LINE], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert build.stdout is not None
        assert build.stdout.readline().strip() == "writing"
        build.send_signal(signal.SIGKILL)
    finally:
        build.kill()
        build.wait(timeout=30)
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    left = [name for name in listing(tmp_path) if name.startswith(".staging-")]
    assert left  # a killed process cannot clean up: its staging folder stays, hidden, beside the outputs
