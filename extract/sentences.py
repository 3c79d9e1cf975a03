"""Split a text into sentences, keeping offsets: the evidence every fact points to.

>>> split_sentences("会议开幕。王昕指出：要团结！\\n下一段")
[(0, 5), (5, 14), (15, 18)]
"""

from __future__ import annotations

import bisect
import re

__all__ = ["SentenceIndex", "split_sentences"]

# A sentence ends after 。！？; or a line break; closing quotes and brackets stay with it.
_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n+")
_MAX = 400  # very long "sentences" (tables, pasted lists) are cut at commas so evidence stays readable
_SOFT = re.compile(r"[，,、]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` covering the non-blank text, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.start() if m.group().startswith("\n") else m.end()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    while end - start > _MAX:
        cut = None
        for m in _SOFT.finditer(text, start + _MAX // 2, start + _MAX):
            cut = m.end()
        cut = cut or start + _MAX
        spans.append((start, cut))
        start = cut
    spans.append((start, end))


class SentenceIndex:
    """Find the sentence that holds an offset."""

    __slots__ = ("_starts", "spans")

    def __init__(self, text: str) -> None:
        self.spans = split_sentences(text)
        self._starts = [s for s, _ in self.spans]

    def at(self, offset: int) -> tuple[int, int]:
        """The sentence containing ``offset`` (or the nearest one before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.spans[0] if self.spans else (0, 0)
        return self.spans[i]
