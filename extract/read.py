"""Input files → :class:`~extract.records.Doc`: encodings detected, offsets kept.

Report collections are messy: saved from web pages, exported from Word, in
GBK, half in traditional characters, with empty or duplicated files. Reading
gives either a :class:`Doc` or an :class:`~extract.errors.InputError` that
names the file, says why and what to do; a build turns those into
:class:`Skipped` records and goes on with the rest.

>>> doc = make_doc("各位委員：\\r\\n", "a.txt")
>>> doc.text, doc.view, doc.doc_id
('各位委員：\\n', '各位委员：\\n', '23ee3ca5dd643be1')

Encodings are found in this order: a byte order mark (UTF-8, UTF-16, UTF-32);
UTF-16 or UTF-32 without one when the bytes hold NULs and decode as plausible
text; UTF-8; then GB18030 (which covers GBK and GB2312), Big5 and UTF-16, the
one whose text is most plausibly Chinese (the share of its characters that are
common ones), when that is clear; then charset-normalizer's guess. A file
decodes strictly or not at all: a damaged file is skipped with the likely
encoding and the offset of the first bad byte, never read with holes.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.errors import Hints, InputError, Reasons, UsageError
from extract.normalize import _char_table, make_view
from extract.records import Doc

__all__ = [
    "SUFFIXES",
    "Skipped",
    "check_encoding",
    "find_reports",
    "make_doc",
    "read_report",
    "read_reports",
]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".text")
"""What a report file's name ends in (any case), when found inside a folder."""

_SAMPLE = 1 << 16
"""Bytes looked at to choose an encoding."""
_PLAUSIBLE = 0.8
"""Share of plausible characters above which a decoding is taken as clear."""
_WINDOW = 256
_WINDOWS = 1024
"""Stretches of ``_WINDOW`` characters checked in a double-byte decoding (at most ``_WINDOWS``)."""
_WINDOW_PLAUSIBLE = 0.75
"""Below this share, a stretch of an otherwise plausible decoding is garbage (real text
stays above 0.95 in every stretch of the reports in the corpora)."""
_GUESSABLE = 256
"""Bytes below which charset-normalizer's guesses are not worth taking."""
_NOT_TEXT = 0.1
"""Share of control characters above which a decoded file is not text."""
_TRIED = "UTF-8, GB18030, Big5 or UTF-16"

_BOMS = (  # longest first: the UTF-32 LE mark starts like the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
"""Byte order mark, the codec that decodes past it, the name reported."""

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx, .odt or .zip file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
"""The openings of the binary files most often saved under a text file's name."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NON_BLANK = re.compile(r"\S")
_REGULAR_KINDS = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


@dataclass(frozen=True, slots=True, order=True)
class Skipped:
    """An input left out of a build, and why."""

    path: str
    """The path as given, or as found inside a given folder."""
    reason: str
    """Why, and what to do about it (``does not exist. Check the path.``)."""

    @classmethod
    def of(cls, error: InputError) -> Skipped:
        """The skip an :class:`InputError` stands for."""
        return cls(error.path, f"{error.reason}. {error.hint}" if error.hint else f"{error.reason}.")


def check_encoding(name: str) -> str:
    """The canonical codec name of ``name``; :class:`UsageError` if Python knows none.

    >>> check_encoding("GBK"), check_encoding("utf8")
    ('gbk', 'utf-8')
    """
    try:
        canonical = codecs.lookup(name).name
        b"\0\0\0\0".decode(canonical)  # LookupError for bytes-to-bytes codecs (base64 ...) too
    except UnicodeDecodeError:
        pass
    except LookupError:
        raise UsageError("", Reasons.UNKNOWN_ENCODING.format(name=name), Hints.UNKNOWN_ENCODING) from None
    return canonical


def make_doc(text: str, source: str, *, encoding: str = "utf-8") -> Doc:
    """A :class:`Doc` of ``text`` as if read from a file named ``source``.

    Line endings are folded to ``\\n``, a hard-wrapped text's paragraphs joined again and a
    leading byte order mark dropped, as :func:`read_report` does.
    """
    text, glosses = _split_pinyin_glosses(_unwrap_lines(_fold_newlines(text.removeprefix("\ufeff"))))
    view = make_view(text)
    return Doc(doc_id=_doc_id(text), source=source, text=text, view=view, encoding=encoding, glosses=glosses)


def read_report(path: Path, *, encoding: str | None = None) -> Doc:
    """Read one report file.

    ``encoding`` (any Python codec name) overrides detection. Raises
    :class:`InputError`, naming the file, when it is missing, unreadable, not a
    regular file, binary, empty or blank, or does not decode; raises
    :class:`UsageError` for an unknown ``encoding``.
    """
    path = Path(path)
    codec = check_encoding(encoding) if encoding is not None else None
    data = _read_bytes(path)
    if not data:
        raise InputError(path, Reasons.EMPTY, Hints.EMPTY)
    text, used = _decode_as(path, data, codec) if codec else _decode(path, data)
    del data  # the bytes are not kept: only the text and its view
    text, glosses = _split_pinyin_glosses(_unwrap_lines(_fold_newlines(text.removeprefix("\ufeff"))))
    if not text:
        raise InputError(path, Reasons.EMPTY, Hints.EMPTY)
    _check_is_text(path, text)
    view = make_view(text)
    if not _NON_BLANK.search(view):
        raise InputError(path, Reasons.BLANK, Hints.EMPTY)
    return Doc(doc_id=_doc_id(text), source=path.name, text=text, view=view, encoding=used, glosses=glosses)


def find_reports(
    paths: Sequence[Path], *, suffixes: Sequence[str] = SUFFIXES
) -> tuple[list[Path], list[Skipped]]:
    """The report files among ``paths``, and the inputs left out with the reason for each.

    Folders are searched recursively; inside them a report file is one whose
    name ends in one of ``suffixes`` (any case), and everything else is listed
    as skipped (hidden files and folders, other files, links to folders, a
    folder with no report). A file named directly is kept whatever its name.
    The same file reached twice is kept once. Both lists are sorted (paths
    part by part), so the result does not depend on the order of ``paths``.
    """
    wanted = tuple(sorted({s.lower() for s in suffixes}))
    found: dict[str, Path] = {}
    skipped: set[Skipped] = set()
    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except OSError as error:
            skipped.add(Skipped.of(_stat_error(path, error)))
            continue
        if stat.S_ISDIR(mode):
            files = _walk(path, wanted, skipped)
            if not files and not any(skip.path == str(path) for skip in skipped):  # not already unlistable
                reason = Reasons.NO_REPORTS.format(suffixes=", ".join(wanted))
                skipped.add(Skipped.of(InputError(path, reason, Hints.NO_REPORTS)))
        else:
            files = [path]  # not a regular file: read_report says what it is
        for file in files:
            key = os.path.realpath(file)
            if key not in found or file < found[key]:
                found[key] = file
    return sorted(found.values()), sorted(skipped)


def read_reports(
    paths: Sequence[Path], *, encoding: str | None = None, suffixes: Sequence[str] = SUFFIXES
) -> Iterator[Doc | Skipped]:
    """Every report among ``paths`` as a :class:`Doc`, every input left out as :class:`Skipped`.

    First the inputs :func:`find_reports` leaves out, then each report file in
    sorted order: its :class:`Doc`, or a :class:`Skipped` when it cannot be read
    or holds the same text as a file before it (``duplicate of <first file>``).
    The same inputs give the same sequence whatever their order. Files are read
    one at a time, as the iterator is consumed. An unknown ``encoding`` raises
    :class:`UsageError` here, before anything is read.
    """
    codec = check_encoding(encoding) if encoding is not None else None
    files, skipped = find_reports(paths, suffixes=suffixes)
    return _read_all(files, skipped, codec)


def _read_all(
    files: Iterable[Path], skipped: Iterable[Skipped], codec: str | None
) -> Iterator[Doc | Skipped]:
    for skip in skipped:
        log.warning("skipped %s: %s", skip.path, skip.reason)
        yield skip
    first: dict[str, str] = {}
    for path in files:
        try:
            doc = read_report(path, encoding=codec)
        except InputError as error:
            skip = Skipped.of(error)
        else:
            original = first.setdefault(doc.doc_id, str(path))
            if original == str(path):
                log.debug("read %s (%s, %d characters)", path, doc.encoding, len(doc.text))
                yield doc
                continue
            skip = Skipped.of(InputError(path, Reasons.DUPLICATE.format(first=original), Hints.DUPLICATE))
        log.warning("skipped %s: %s", skip.path, skip.reason)
        yield skip


# reading ------------------------------------------------------------------


def _stat_error(path: Path, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return InputError(path, Reasons.MISSING, Hints.MISSING)
    if isinstance(error, PermissionError):
        return InputError(path, Reasons.PERMISSION, Hints.PERMISSION)
    return InputError(path, Reasons.UNREADABLE.format(error=error.strerror or error), Hints.UNREADABLE)


def _read_bytes(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise _stat_error(path, error) from None
    if stat.S_ISDIR(mode):
        raise InputError(path, Reasons.FOLDER, Hints.FOLDER)
    for test, kind in _REGULAR_KINDS:
        if test(mode):  # never open a pipe or a device: reading it could block forever
            raise InputError(path, Reasons.NOT_REGULAR.format(kind=kind), Hints.NOT_REGULAR)
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise _stat_error(path, error) from None


def _walk(folder: Path, suffixes: tuple[str, ...], skipped: set[Skipped]) -> list[Path]:
    """Report files under ``folder``, in sorted order; what is left out goes to ``skipped``."""

    def unlistable(error: OSError) -> None:
        reason = Reasons.UNLISTABLE.format(error=error.strerror or error)
        skipped.add(Skipped.of(InputError(error.filename or folder, reason, Hints.PERMISSION)))

    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=unlistable):
        kept = []
        for name in sorted(dirs):
            path = Path(root, name)
            if name.startswith("."):
                skipped.add(Skipped.of(InputError(path, Reasons.HIDDEN_FOLDER, Hints.HIDDEN)))
            elif path.is_symlink():
                skipped.add(Skipped.of(InputError(path, Reasons.LINKED_FOLDER, Hints.LINKED_FOLDER)))
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            path = Path(root, name)
            if name.startswith("."):
                skipped.add(Skipped.of(InputError(path, Reasons.HIDDEN_FILE, Hints.HIDDEN)))
            elif not name.lower().endswith(suffixes):
                reason = Reasons.NOT_REPORT.format(suffixes=", ".join(suffixes))
                skipped.add(Skipped.of(InputError(path, reason, Hints.NOT_REPORT)))
            else:
                files.append(path)
    return files


def _fold_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


_WRAP_WIDTH = 50
"""The narrowest line width (a CJK character counts two) a hard-wrapped text is taken to be wrapped at."""
_WRAPPED_LINES = 5
"""How many lines must run to that width before the text is taken to be wrapped."""
_SENTENCE_ENDS = tuple("。！？；：!?;:")
_GOES_ON = re.compile(r"[\u4e00-\u9fff0-9（(“《、，,]")
_NEW_ITEM = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _unwrap_lines(text: str) -> str:
    r"""``text`` with the line breaks of hard-wrapped paragraphs dropped, as a PDF's text has them
    (市⏎中级人民法院工作报告): a break after a line that runs to the text's width and does not end
    its sentence, before a line that goes on and opens no new item. A text is taken to be wrapped
    only when several lines, and a good share of them, run to one width of 25 characters or more;
    any other text is returned as it is.

    >>> line = "会议汇报了各组讨论常委会工作报告、市政府工作报告和市"
    >>> _unwrap_lines("\n".join([line] * 5 + ["中级人民法院工作报告。"])).count("\n")
    0
    >>> _unwrap_lines("一、提案工作\n二、专题协商\n")
    '一、提案工作\n二、专题协商\n'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    widths = [_width(line.rstrip()) for line in lines]
    wide = sorted({w for w in widths if w >= _WRAP_WIDTH})
    if not wide:
        return text
    # the width most lines run to, give or take a half-width character
    near = {w: sum(1 for x in widths if abs(x - w) <= 1) for w in wide}
    width = max(wide, key=lambda w: (near[w], w))
    body = sum(1 for line in lines if line.strip())
    if near[width] < _WRAPPED_LINES or near[width] < 0.3 * body:
        return text
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == len(lines):
            break
        following = lines[i + 1]
        wrapped = (
            widths[i] >= width - 4  # a wrapped line may hold a few half-width digits
            and not line.rstrip().endswith(_SENTENCE_ENDS)
            and _GOES_ON.match(following) is not None
            and _NEW_ITEM.match(following) is None
        )
        if not wrapped:
            out.append("\n")
    return "".join(out)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONED_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]*[{_TONED}][a-zü{_TONED}]*[)）]")
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü{_TONED}]{{1,6}}[)）]")
_GLOSSED = 3
"""Toned glosses a text must hold before its glosses are taken for a mirror site's annotations."""


def _split_pinyin_glosses(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """``text`` without the pinyin some mirror sites print after characters (政協(xié) → 政協), and
    the glosses dropped, each with the offset in the new text where it stood.

    Only a text with several toned glosses is touched, and only glosses right after a character
    are dropped: a lone ``(a)`` in an ordinary text stays.

    >>> _split_pinyin_glosses("州政協(xié)主席團(tuán)成員劉(liú)明(míng)")
    ('州政協主席團成員劉明', ((3, '(xié)'), (6, '(tuán)'), (9, '(liú)'), (10, '(míng)')))
    >>> _split_pinyin_glosses("附件(a)")
    ('附件(a)', ())
    """
    if next(itertools.islice(_TONED_GLOSS.finditer(text), _GLOSSED - 1, None), None) is None:
        return text, ()
    parts: list[str] = []
    glosses: list[tuple[int, str]] = []
    kept = last = 0
    for m in _GLOSS.finditer(text):
        parts.append(text[last : m.start()])
        kept += m.start() - last
        glosses.append((kept, m.group()))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), tuple(glosses)


def _doc_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of ``text`` in UTF-8, without encoding it whole at once."""
    digest = hashlib.sha256()
    step = 1 << 20
    for start in range(0, len(text), step):
        digest.update(text[start : start + step].encode("utf-8"))
    return digest.hexdigest()[:16]


def _check_is_text(path: Path, text: str) -> None:
    sample = text[:_SAMPLE]
    share = len(_CONTROL.findall(sample)) / len(sample)
    if share > _NOT_TEXT:
        raise InputError(path, Reasons.NOT_TEXT.format(share=share), Hints.BINARY)


# decoding -----------------------------------------------------------------


def _decode_as(path: Path, data: bytes, codec: str) -> tuple[str, str]:
    """``data`` decoded with the codec the user chose."""
    try:
        return str(data, codec), codec
    except UnicodeDecodeError as error:
        likely = _likely(data)
        reason = Reasons.WRONG_ENCODING.format(encoding=codec, byte=f"0x{data[error.start]:02x}",
                                               offset=error.start)
        raise InputError(path, reason, Hints.WRONG_ENCODING.format(likely=likely)) from None


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """``data`` decoded with the encoding it is found to be in, and that encoding's name."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _decode_whole(path, data, codec, name)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, Reasons.BINARY.format(kind=kind), Hints.BINARY)
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        # not final: a truncated last character is reported when the whole file is decoded
        wide = _best(sample, ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"), final=False)
        if wide is not None:
            return _decode_whole(path, data, wide, wide)
        if data.count(b"\x00") > len(data) // 100:
            raise InputError(path, Reasons.NUL_BYTES, Hints.BINARY)
    try:
        return str(data, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = ("gb18030", "big5", "cp950") + (("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())
    best = _best(sample, candidates, final=len(sample) == len(data))
    if best is not None:  # a Chinese encoding, clearly: the file decodes in it or is damaged
        text, name = _decode_whole(path, data, best, best)
        _check_windows(path, text, name)
        return text, name
    if len(data) >= _GUESSABLE and not _mostly_utf8(sample):
        guessed = _charset_normalizer_guess(data)
        if guessed is not None:
            try:
                text = str(data, guessed)
            except UnicodeDecodeError:
                pass
            else:
                log.warning("%s: encoding guessed as %s; pass --encoding if that is wrong", path, guessed)
                return text, guessed
    raise _undecodable(path, data)


def _decode_whole(path: Path, data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return str(data, codec), name
    except UnicodeDecodeError as error:
        reason = Reasons.UNDECODABLE.format(tried=_TRIED, likely=name, byte=f"0x{data[error.start]:02x}",
                                            offset=error.start)
        raise InputError(path, reason, Hints.ENCODING.format(likely=name)) from None


def _undecodable(path: Path, data: bytes) -> InputError:
    likely = _likely(data)
    try:
        str(data, likely)
    except UnicodeDecodeError as error:
        offset = error.start
    else:  # pragma: no cover - it would have been decoded
        offset = 0
    byte = f"0x{data[offset]:02x}"
    reason = Reasons.UNDECODABLE.format(tried=_TRIED, likely=likely, byte=byte, offset=offset)
    return InputError(path, reason, Hints.ENCODING.format(likely=likely))


def _likely(data: bytes) -> str:
    """The encoding ``data`` looks most like, even if it does not decode in it: of those
    whose text is plausible up to their first error, the one that gets furthest."""
    best, furthest = "utf-8", -1
    for codec in ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be"):
        try:
            str(data, codec)
        except UnicodeDecodeError as error:
            end = error.start
        else:
            end = len(data)
        prefix = codecs.getincrementaldecoder(codec)("strict").decode(data[: min(end, _SAMPLE)], final=False)
        if end > furthest and _plausibility(prefix) > _PLAUSIBLE:
            best, furthest = codec, end
    return best


def _mostly_utf8(sample: bytes) -> bool:
    """Whether ``sample`` is UTF-8 with at most a few bad bytes (a damaged or mixed file)."""
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=False)
    wide = sum(1 for c in text if c > "\x7f")
    return wide > 0 and text.count("\ufffd") <= wide // 20


def _best(sample: bytes, codecs_: Sequence[str], *, final: bool) -> str | None:
    """The codec among ``codecs_`` whose decoding of ``sample`` is clearly the most plausible
    (the first of those that tie); ``final`` when the sample is the whole file."""
    best, best_score = None, _PLAUSIBLE
    for codec in codecs_:
        try:
            text = codecs.getincrementaldecoder(codec)("strict").decode(sample, final=final)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score > best_score:
            best, best_score = codec, score
    return best


def _check_windows(path: Path, text: str, name: str) -> None:
    """Raise when a stretch of ``text`` is garbage: a file that mixes encodings, or a
    double-byte file that lost a byte (the rest of the line decodes, shifted, as nonsense)."""
    starts = range(0, max(1, len(text) - _WINDOW + 1), _WINDOW)
    if len(starts) > _WINDOWS:  # a large file: windows spread evenly over it
        starts = range(0, len(text) - _WINDOW + 1, (len(text) - _WINDOW) // (_WINDOWS - 1))
    for start in starts:
        if _plausibility(text[start : start + _WINDOW]) < _WINDOW_PLAUSIBLE:
            reason = Reasons.MIXED.format(likely=name, offset=start)
            raise InputError(path, reason, Hints.ENCODING.format(likely=name))


@cache
def _common() -> frozenset[str]:
    """The 3,755 most common Chinese characters (GB 2312 level 1)."""
    return frozenset(
        bytes((lead, trail)).decode("gb2312")
        for lead in range(0xB0, 0xD8)
        for trail in range(0xA1, 0xFF)
        if lead < 0xD7 or trail <= 0xF9
    )


def _plausibility(text: str) -> float:
    """The share of ``text`` that is plausible: printable ASCII, common Chinese characters
    (in simplified or traditional form), Chinese and general punctuation."""
    if not text:
        return 0.0
    common, simplified = _common(), _char_table()
    good = 0
    for char in text:
        code = ord(char)
        if code < 0x80:
            good += char.isprintable() or char in "\n\r\t\f"
        elif 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2010 <= code <= 0x206F:
            good += 1
        else:
            good += simplified.get(code, char) in common
    return good / len(text)


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[: _SAMPLE * 4]).best()
    return None if match is None else check_encoding(match.encoding)
