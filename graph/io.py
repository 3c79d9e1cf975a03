"""Atomic outputs: a build leaves either the new outputs or the previous ones, never half of one.

One file: :func:`atomic_writer` writes to a temporary file in the same folder,
flushes it to disk and renames it over the target only when the block ends
without error (``os.replace`` is atomic); on an error the temporary file is
removed and the target is untouched:

>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "graph.ttl"
>>> with atomic_writer(out) as f:
...     _ = f.write("@prefix cppcc: <https://example.org/cppcc#> .\\n")
>>> out.read_text(encoding="utf-8")[:7]
'@prefix'

A set of outputs: :class:`OutputSet` stages every output (files or folders) in
a hidden folder beside them and moves them all into place only when the block
ends without error, so a failed or interrupted build (an output that does not
validate, an exception, Ctrl-C) leaves the previous outputs as they were.
Each move is atomic; the moves together are not, but they take microseconds
and start only once every output is complete. A process killed outright
(SIGKILL, power loss) may leave a hidden temporary file or ``.staging-*``
folder behind, never a partial output.

Text is written as UTF-8 with ``\\n`` line endings, whatever the platform.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

from extract.errors import Hints, OutputError, Reasons

__all__ = ["OutputSet", "atomic_write_bytes", "atomic_write_text", "atomic_writer", "commit_outputs"]


@contextmanager
def atomic_writer(
    path: Path | str, mode: Literal["w", "wb"] = "w", *, encoding: str = "utf-8"
) -> Iterator[IO[Any]]:
    """A file object whose content replaces ``path`` when the block ends without error.

    ``mode`` is ``"w"`` (text, ``encoding``, ``\\n`` line endings) or ``"wb"``.
    The folder is created if needed. Raises :class:`OutputError`, naming
    ``path``, when the file cannot be written; an exception inside the block
    propagates after the temporary file is removed.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_writer mode must be 'w' or 'wb', not {mode!r}")
    path = Path(path)
    _check_not_folder(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _output_error(path, error) from None
    temp = Path(name)
    text = mode == "w"
    try:
        with open(fd, mode, encoding=encoding if text else None, newline="\n" if text else None) as file:
            os.fchmod(file.fileno(), _file_mode(path))
            yield file
            try:
                file.flush()
                os.fsync(file.fileno())
            except OSError as error:
                raise _output_error(path, error) from None
        try:
            os.replace(temp, path)
        except OSError as error:
            raise _output_error(path, error) from None
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(path.parent)


def atomic_write_text(path: Path | str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` (UTF-8 unless told, ``\\n`` line endings), atomically."""
    with atomic_writer(path, "w", encoding=encoding) as file:
        file.write(text)


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data``, atomically."""
    with atomic_writer(path, "wb") as file:
        file.write(data)


def commit_outputs(staging: Mapping[Path, Path]) -> list[Path]:
    """Move each staged output (value) to its final place (key); return the final paths, sorted.

    Every staged output must exist and every target must be replaceable before
    anything moves: files are moved first, in sorted order, then folders (an
    old folder is moved aside, the new one renamed in, the old one removed).
    Staged files are flushed to disk first. Raises :class:`OutputError` naming
    the output that cannot be committed.
    """
    pairs = sorted((Path(final), Path(staged)) for final, staged in staging.items())
    for final, staged in pairs:
        if not staged.exists():
            raise OutputError(final, Reasons.UNWRITABLE.format(error=f"it was not written (no {staged})"),
                              Hints.OUTPUT)
        if staged.is_file():
            _check_not_folder(final)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _output_error(final, error) from None
        _sync_tree(staged, final)
    files = [(f, s) for f, s in pairs if not s.is_dir()]
    folders = [(f, s) for f, s in pairs if s.is_dir()]
    for final, staged in files:
        try:
            os.replace(staged, final)
        except OSError as error:
            raise _output_error(final, error) from None
    for final, staged in folders:
        _replace_folder(staged, final)
    for parent in sorted({final.parent for final, _ in pairs}):
        _sync_folder(parent)
    return [final for final, _ in pairs]


class OutputSet:
    """Outputs staged together and moved into ``folder`` together, when all are written.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with OutputSet(folder) as outputs:
    ...     _ = outputs.write_text("graph.ttl", "# graph\\n")
    ...     with outputs.open("entities.csv") as f:
    ...         _ = f.write("iri,label\\n")
    >>> sorted(p.name for p in folder.iterdir())
    ['entities.csv', 'graph.ttl']

    :meth:`path` gives the staged path of an output for code that writes files
    or folders itself (a store, a rendered page). Leaving the block without an
    error commits every staged output (:func:`commit_outputs`); leaving it
    with one discards them all, and the previous outputs stay as they were.
    """

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self._staging: Path | None = None
        self._staged: dict[str, Path] = {}

    def __enter__(self) -> OutputSet:
        _check_not_file(self.folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.folder))
        except OSError as error:
            raise _output_error(self.folder, error) from None
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            if kind is None:
                self.commit()
        finally:
            self.discard()

    def path(self, name: str) -> Path:
        """Where to write output ``name`` (a path relative to the folder, e.g. ``graph.ttl``)."""
        if self._staging is None:
            raise RuntimeError("OutputSet.path() is used inside a `with OutputSet(folder)` block")
        relative = Path(name)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise ValueError(f"output name {name!r} must be a relative path inside {self.folder}")
        key = relative.as_posix()
        if key not in self._staged:
            staged = self._staging / relative
            try:
                staged.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise _output_error(self.folder / relative, error) from None
            self._staged[key] = staged
        return self._staged[key]

    @contextmanager
    def open(
        self, name: str, mode: Literal["w", "wb"] = "w", *, encoding: str = "utf-8"
    ) -> Iterator[IO[Any]]:
        """Output ``name`` open for writing (text in UTF-8 with ``\\n`` line endings, or binary)."""
        if mode not in ("w", "wb"):
            raise ValueError(f"OutputSet.open mode must be 'w' or 'wb', not {mode!r}")
        path = self.path(name)
        text = mode == "w"
        try:  # only a failure to open is an OutputError: errors of the block pass through
            file = open(path, mode, encoding=encoding if text else None, newline="\n" if text else None)  # noqa: SIM115
        except OSError as error:
            raise _output_error(self.folder / name, error) from None
        with file:
            yield file

    def write_text(self, name: str, text: str, *, encoding: str = "utf-8") -> Path:
        """Stage output ``name`` with ``text``; return its staged path."""
        with self.open(name, "w", encoding=encoding) as file:
            file.write(text)
        return self._staged[Path(name).as_posix()]

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Stage output ``name`` with ``data``; return its staged path."""
        with self.open(name, "wb") as file:
            file.write(data)
        return self._staged[Path(name).as_posix()]

    def commit(self) -> list[Path]:
        """Move every staged output into place; return their final paths, sorted."""
        staged, self._staged = self._staged, {}
        return commit_outputs({self.folder / name: path for name, path in staged.items()})

    def discard(self) -> None:
        """Drop every staged output that is not committed, and the staging folder."""
        self._staged = {}
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None


# helpers ------------------------------------------------------------------


def _output_error(path: Path, error: OSError) -> OutputError:
    return OutputError(path, Reasons.UNWRITABLE.format(error=error.strerror or error), Hints.OUTPUT)


def _check_not_folder(path: Path) -> None:
    if path.is_dir():
        raise OutputError(path, Reasons.OUTPUT_IS_FOLDER, Hints.OUTPUT_IS_FOLDER)


def _check_not_file(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise OutputError(path, Reasons.UNWRITABLE.format(error="it is a file, not a folder"), Hints.OUTPUT)


@cache
def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no other way to read it: set and restore at once
    os.umask(mask)
    return mask


def _file_mode(path: Path) -> int:
    """The mode of the file ``path`` replaces, or what a new file would get."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _sync_tree(staged: Path, final: Path) -> None:
    """Flush a staged file, or every file of a staged folder, to disk."""
    files = [staged] if staged.is_file() else sorted(p for p in staged.rglob("*") if p.is_file())
    for file in files:
        try:
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())
        except OSError as error:
            raise _output_error(final, error) from None


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_folder(staged: Path, final: Path) -> None:
    aside = None
    try:
        if final.exists() or final.is_symlink():
            aside = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-", dir=final.parent))
            os.replace(final, aside / final.name)
        os.replace(staged, final)
    except OSError as error:
        if aside is not None and not final.exists() and (aside / final.name).exists():
            with suppress(OSError):
                os.replace(aside / final.name, final)  # put the previous output back
        raise _output_error(final, error) from None
    finally:
        if aside is not None and final.exists():
            shutil.rmtree(aside, ignore_errors=True)
