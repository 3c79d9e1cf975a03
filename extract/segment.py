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

import logging
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
        self._tokenizer.initialize()
        for word in sorted(_lexicon_words()):
            self._tokenizer.add_word(word, freq=_LEXICON_FREQ)

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
