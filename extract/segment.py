"""Word segmentation, behind one interface: jieba by default, pkuseg when given a model.

Recognisers use it to check that a short place name stands as a word of its own (扬中 is a
county, but not in 发扬中华). jieba runs on a private :class:`jieba.Tokenizer` loaded with our
lexicons (every division name and short form, regions, features, posts); the global tokenizer
is never touched. spacy-pkuseg ships no trained model and none can be downloaded at run time,
so it is used only when the user gives the path of a model they have.

>>> seg = get_segmenter()
>>> words(seg, "发扬中华优秀传统文化")[:2]
['发扬', '中华']
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import tempfile
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Protocol

__all__ = ["Segmenter", "SegmenterKind", "get_segmenter", "is_word", "words"]

log = logging.getLogger(__name__)

_LEXICON_FREQ = 60
"""Frequency given to our names: enough to be words alone, not enough to beat common words."""


class SegmenterKind(StrEnum):
    """The segmenters cppcc-kg can use."""

    JIEBA = "jieba"
    PKUSEG = "pkuseg"


class Segmenter(Protocol):
    def cut(self, text: str) -> list[str]: ...


class _Jieba:
    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading at DEBUG/INFO
        self._tokenizer = jieba.Tokenizer()
        words = sorted(_lexicon_words())
        cached = _prefix_cache(words)
        tables = _read_tables(cached)
        if tables is not None:
            self._tokenizer.FREQ, self._tokenizer.total = tables
            self._tokenizer.initialized = True
            return
        self._tokenizer.initialize()
        for word in words:
            self._tokenizer.add_word(word, freq=_LEXICON_FREQ)
        _write_tables(cached, (self._tokenizer.FREQ, self._tokenizer.total))

    def cut(self, text: str) -> list[str]:
        return list(self._tokenizer.cut(text, HMM=False))


class _Pkuseg:
    def __init__(self, model: Path) -> None:
        try:
            import spacy_pkuseg
        except ImportError as error:  # pragma: no cover - depends on the install
            raise ImportError(
                "the pkuseg segmenter needs spacy-pkuseg: pip install 'cppcc-kg[pkuseg]'"
            ) from error
        if not Path(model).exists():
            raise FileNotFoundError(
                f"{model}: no pkuseg model here; give the folder of a trained spacy-pkuseg model "
                "(none ships with the package and none is downloaded), or use the jieba segmenter"
            )
        self._seg = spacy_pkuseg.pkuseg(model_name=str(model), user_dict=sorted(_lexicon_words()))

    def cut(self, text: str) -> list[str]:
        return list(self._seg.cut(text))


def _prefix_cache(words: list[str]) -> Path:
    """Where the prefix dictionary of jieba's words plus ``words`` is kept between runs.

    jieba keeps its own dictionary in the temporary folder too, but reads it back with
    ``marshal.load`` on the open file, which reads object by object and takes about a second;
    reading the bytes first and then ``marshal.loads`` takes a third of that. The name holds
    jieba's dictionary file's size and time and a digest of our words, so a changed lexicon or
    jieba never reuses stale tables."""
    import jieba

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    stat = dictionary.stat()
    digest = hashlib.sha256("\n".join(words).encode("utf-8")).hexdigest()[:16]
    name = f"cppcc-kg-jieba-{stat.st_size}-{int(stat.st_mtime)}-{_LEXICON_FREQ}-{digest}.marshal"
    return Path(tempfile.gettempdir()) / name


def _read_tables(path: Path) -> tuple[dict[str, int], int] | None:
    try:
        freq, total = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return (freq, total) if isinstance(freq, dict) and isinstance(total, int) else None


def _write_tables(path: Path, tables: tuple[dict[str, int], int]) -> None:
    """Write the tables atomically; a cache that cannot be written only costs time next run."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(tables, handle)
        os.replace(tmp, path)
    except OSError as error:
        log.debug("jieba tables not cached at %s: %s", path, error)


def _lexicon_words() -> set[str]:
    from extract.gazetteer import Gazetteer
    from extract.lexicon import Lexicon

    gazetteer = Gazetteer.load()
    names = set(gazetteer.surfaces()) | set(gazetteer.area_surfaces())
    names |= set(Lexicon.load().posts)
    return {n for n in names if len(n) >= 2}


@cache
def get_segmenter(kind: SegmenterKind | str = SegmenterKind.JIEBA, model: str | None = None) -> Segmenter:
    """The segmenter of ``kind`` (cached): jieba, or pkuseg with the trained model at ``model``."""
    kind = SegmenterKind(kind)
    if kind is SegmenterKind.PKUSEG:
        if not model:
            raise ValueError("the pkuseg segmenter needs a model path (--pkuseg-model)")
        return _Pkuseg(Path(model))
    return _Jieba()


def words(segmenter: Segmenter, text: str) -> list[str]:
    """The words of ``text``."""
    return segmenter.cut(text)


def is_word(segmenter: Segmenter, text: str, start: int, end: int, *, window: int = 8) -> bool:
    """Whether ``text[start:end]`` is segmented as whole words in its context (its edges fall on
    word boundaries), judged on a window of ``window`` characters each side."""
    lo, hi = max(0, start - window), min(len(text), end + window)
    bounds = {lo}
    pos = lo
    for w in segmenter.cut(text[lo:hi]):
        pos += len(w)
        bounds.add(pos)
    return start in bounds and end in bounds
