"""The recognisers' view of a text: simplified and folded, character for character.

Reports come half in traditional characters, with full-width digits, odd spaces
and stray control characters. Recognisers read :func:`make_view` of the text,
which has the same length, so an offset found in the view indexes the text too:

>>> make_view("中華人民共和國\u3000２０２３年，（一）")
'中华人民共和国 2023年，（一）'

What the view changes, one character for one:

- traditional characters become simplified (OpenCC ``t2s``, phrase-aware; a
  line whose conversion would change its length is converted character by
  character instead);
- full-width and half-width forms (U+FF01–U+FFEE) become what NFKC makes of
  them when that is one character: ``２０２３`` → ``2023``, ``ＡＢ`` → ``AB``,
  ``．／－％`` → ``./-%``, half-width ``｡`` → ``。``. The Chinese punctuation
  ``！（），：；？`` stays full-width, like ``、。《》“”`` which are not in that
  block: it is what the reports write and what recognisers and sentence
  splitters match;
- U+3000 and the other spaces and invisible format characters (no-break
  space, zero-width space, BOM, soft hyphen, direction marks ...) become ``' '``;
- U+2028 and U+2029 (line and paragraph separators) become ``'\\n'``;
- U+4E28 ``丨``, the vertical stroke pages write between a field's label and its value
  (``供稿丨钱佩予``), becomes ``|``;
- control characters other than ``\\n`` and ``\\t`` become ``' '``.

Labels are simplified with :func:`to_simplified`, which may change the length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import opencc

__all__ = ["make_view", "to_simplified"]

_CHUNK = 1 << 20
"""Characters converted at a time, so a large text is never copied whole by OpenCC."""

_HAN = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3100, 0x31FF),
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0x20000, 0x3134F),  # extensions B-G
)
"""Where OpenCC's character tables have entries."""

_KEPT = frozenset("！（），：；？")
"""Full-width forms that stay: Chinese punctuation (see the module docstring)."""

_SPACES = (0x00A0, 0x00AD, 0x1680, 0x180E, *range(0x2000, 0x2010), *range(0x202A, 0x2030),
           *range(0x205F, 0x2065), *range(0x2066, 0x2070), 0x3000, 0xFEFF, 0xFFFC)
"""Spaces and invisible format characters, folded to ``' '``."""


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _char_table() -> dict[int, str]:
    """OpenCC ``t2s`` character by character, for ``str.translate``.

    Built once from OpenCC itself: every ideograph on a line of its own, so no
    phrase can span two of them. Only one-for-one entries are kept.
    """
    chars = [chr(c) for first, last in _HAN for c in range(first, last + 1)]
    simplified = _converter().convert("\n".join(chars)).split("\n")
    if len(simplified) != len(chars):  # pragma: no cover - OpenCC does not touch newlines
        raise RuntimeError("OpenCC t2s changed the number of lines of its own character list")
    return {ord(c): s for c, s in zip(chars, simplified, strict=True) if s != c and len(s) == 1}


@cache
def _fold() -> tuple[re.Pattern[str], dict[str, str]]:
    """The folding of forms and spaces: a pattern that finds what to fold, and the map."""
    fold: dict[str, str] = {}
    for code in range(0xFF01, 0xFFEF):
        char = chr(code)
        nfkc = unicodedata.normalize("NFKC", char)
        if len(nfkc) == 1 and nfkc != char and char not in _KEPT:
            fold[char] = nfkc
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)):
        if chr(code) not in "\n\t":
            fold[chr(code)] = " "
    for code in _SPACES:
        fold[chr(code)] = " "
    fold["\u2028"] = fold["\u2029"] = "\n"
    fold["\u4e28"] = "|"  # 丨, the vertical stroke: a web page's field separator (供稿丨钱佩予), never a word
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(fold)) + "]")
    return pattern, fold


def make_view(text: str) -> str:
    """What recognisers read: ``text`` simplified and folded, of the same length.

    >>> make_view("關於憲法草案的報告")
    '关于宪法草案的报告'
    >>> text = "各位代表：\\r\\n\\x0c１９５４年"
    >>> view = make_view(text)
    >>> view, len(view) == len(text)
    ('各位代表： \\n 1954年', True)
    """
    if not text:
        return text
    parts = [_view_of(chunk) for chunk in _chunks(text)]
    return parts[0] if len(parts) == 1 else "".join(parts)


def to_simplified(s: str) -> str:
    """``s`` in simplified characters (OpenCC ``t2s``), for labels; the length may change.

    >>> to_simplified("中華人民共和國憲法")
    '中华人民共和国宪法'
    """
    try:
        return _converter().convert(s)
    except UnicodeEncodeError:  # lone surrogates: OpenCC takes UTF-8 only
        return s.translate(_char_table())


def _chunks(text: str) -> Iterator[str]:
    """Slices of about ``_CHUNK`` characters, cut after a newline where there is one."""
    start, size = 0, len(text)
    while start < size:
        end = min(start + _CHUNK, size)
        if end < size:
            newline = text.rfind("\n", start, end)
            if newline > start:
                end = newline + 1
        yield text[start:end]
        start = end


def _view_of(chunk: str) -> str:
    simplified = _simplify_in_place(chunk)
    pattern, fold = _fold()
    return pattern.sub(lambda m: fold[m.group()], simplified)


def _simplify_in_place(chunk: str) -> str:
    """``t2s`` of ``chunk`` with every line keeping its length."""
    try:
        converted = _converter().convert(chunk)
    except UnicodeEncodeError:  # lone surrogates
        return chunk.translate(_char_table())
    if converted == chunk:
        return chunk
    lines, converted_lines = chunk.split("\n"), converted.split("\n")
    if len(lines) != len(converted_lines):  # pragma: no cover - OpenCC does not touch newlines
        return chunk.translate(_char_table())
    if all(len(a) == len(b) for a, b in zip(lines, converted_lines, strict=True)):
        return converted
    table = _char_table()
    return "\n".join(
        b if len(a) == len(b) else a.translate(table) for a, b in zip(lines, converted_lines, strict=True)
    )
