"""Tests for extract.read: report files of every kind a collection holds, read or skipped with a reason.

The files in tests/data/read are real report excerpts in the encodings and
shapes reports come in (tests/data/read/make_files.py made them); larger and
stranger files are made here, in tmp, from the same text.
"""

from __future__ import annotations

import array
import os
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extract import read
from extract.errors import ExitCode, InputError, UsageError
from extract.read import Skipped, find_reports, make_doc, read_report, read_reports
from extract.records import Doc

DATA = Path(__file__).parent.parent / "data" / "read"


def data(name: str) -> Path:
    return DATA / name


def copy(name: str, to: Path) -> Path:
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(data(name), to)
    return to


# reading each kind of file ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "in_text", "in_view"),
    [
        ("utf8.txt", "utf-8", "湘西土家族苗族自治州第十一届委员会", "湘西土家族苗族自治州第十一届"),
        ("utf8_bom.txt", "utf-8-sig", "湘西土家族苗族自治州第十一届委员会", "湘西土家族苗族自治州第十一届"),
        ("gbk.txt", "gb18030", "中共长治市委书记丁小强", "中共长治市委书记丁小强"),
        ("utf16le_bom.txt", "utf-16-le", "政协第八届晋城市委员会第一次会议", "政协第八届晋城市委员会"),
        ("utf16be_bom.txt", "utf-16-be", "政协第八届晋城市委员会第一次会议", "政协第八届晋城市委员会"),
        ("utf16le.txt", "utf-16-le", "市政协常委会工作报告", "市政协常委会工作报告"),
        ("utf16be.txt", "utf-16-be", "市政协常委会工作报告", "市政协常委会工作报告"),
        ("big5.txt", "big5", "中華人民共和國憲法", "中华人民共和国宪法"),
        ("traditional.txt", "utf-8", "關於憲法草案的報告", "关于宪法草案的报告"),
        ("crlf.txt", "utf-8", "拉萨市委员会第五次会议开幕\n", "拉萨市委员会第五次会议开幕\n"),
        ("fullwidth.txt", "utf-8", "\u3000\u3000１９５５年国家决算", "  1955年国家决算"),
        ("controls.txt", "utf-8", "工作报告\x07\n", "工作报告 \n"),
    ],
)
def test_read_report_kinds(name: str, encoding: str, in_text: str, in_view: str) -> None:
    doc = read_report(data(name))
    assert isinstance(doc, Doc)
    assert doc.encoding == encoding
    assert doc.source == name
    assert in_text in doc.text
    assert in_view in doc.view
    assert len(doc.view) == len(doc.text)
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert len(doc.doc_id) == 16 and doc.doc_id == make_doc(doc.text, name).doc_id


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("utf8.txt", "utf8_bom.txt"),  # the mark is not text
        ("utf16le_bom.txt", "utf16be_bom.txt"),
        ("utf16le.txt", "utf16be.txt"),
    ],
)
def test_read_same_text_in_two_encodings_is_the_same_doc(first: str, second: str) -> None:
    a, b = read_report(data(first)), read_report(data(second))
    assert (a.text, a.doc_id) == (b.text, b.doc_id)


def test_read_windows_line_endings_are_folded() -> None:
    raw = data("crlf.txt").read_bytes()
    doc = read_report(data("crlf.txt"))
    assert raw.count(b"\r\n") == doc.text.count("\n") == 20
    assert doc.text.encode("utf-8") == raw.replace(b"\r\n", b"\n")


def test_read_old_mac_line_endings_are_folded(tmp_path: Path) -> None:
    text = data("utf8.txt").read_text(encoding="utf-8")
    path = tmp_path / "mac.txt"
    path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    assert read_report(path).text == text


def test_read_control_characters_stay_in_text_but_not_in_view() -> None:
    doc = read_report(data("controls.txt"))
    for char in "\x0c\x0b\x07\x1b":
        assert char in doc.text and char not in doc.view


def test_read_traditional_view_is_simplified_offsets_kept() -> None:
    doc = read_report(data("traditional.txt"))
    start = doc.text.index("中華人民共和國憲法")
    assert doc.view[start : start + 9] == "中华人民共和国宪法"
    assert "我们第一届全国人民代表大会第一次会议" in doc.view


def test_read_big5_reads_as_the_same_report_as_its_utf8_copy() -> None:
    big5, utf8 = read_report(data("big5.txt")), read_report(data("traditional.txt"))
    assert len(big5.text) == len(utf8.text)
    assert "各位代表：\n\n我们第一届全国人民代表大会第一次会议，在听了刘少奇同志" in big5.view
    assert big5.view.splitlines()[:4] == utf8.view.splitlines()[:4]


def test_read_markdown_is_read_as_it_is(tmp_path: Path) -> None:
    text = "# 政协工作报告\n\n**各位委员**：\n\n- 协商议政\n"
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    assert read_report(path).text == text


def test_read_very_long_line(tmp_path: Path) -> None:
    line = data("traditional.txt").read_text(encoding="utf-8").replace("\n", "")
    path = tmp_path / "long.txt"
    path.write_text(line * (5_000_000 // len(line.encode("utf-8")) + 1), encoding="utf-8")  # 5 MB, one line
    doc = read_report(path)
    assert "\n" not in doc.text and len(doc.text) > 1_500_000
    assert len(doc.view) == len(doc.text)
    assert doc.view.count("中华人民共和国宪法") == doc.text.count("中華人民共和國憲法") > 100


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\r\t政协委员會議报告，。"),
    min_size=1,
    max_size=300,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, form=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_read_round_trip(tmp_path: Path, text: str, form: str) -> None:
    """Any text written in UTF-8 (with or without a mark) or UTF-16/32 with a mark reads back."""
    folded = text.replace("\r\n", "\n").replace("\r", "\n")
    assume(read._NON_BLANK.search(make_doc(text, "x").view) is not None)
    assume(not any(text.encode("utf-8").startswith(magic) for magic, _ in read._MAGIC))
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(form))
    doc = read_report(path)
    assert doc.text == folded
    assert doc.doc_id == make_doc(folded, "report.txt").doc_id


def test_read_other_encodings_are_guessed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "The Chinese People’s Political Consultative Conference (CPPCC) – “a patriotic united front "
        "organization of the Chinese people” – held the second session of its 14th National Committee "
        "in Beijing; the chairman’s work report was adopted.\n"
    ) * 2
    path = tmp_path / "english.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_report(path)
    assert doc.text == text
    assert f"{path}: encoding guessed as {doc.encoding}" in caplog.text


def test_read_short_file_in_another_encoding_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("Café Zhōngguó\n".encode("latin-1", "replace"))
    with pytest.raises(InputError, match="offset 3") as caught:
        read_report(path)
    assert "--encoding" in caught.value.hint


# --encoding ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "reported"),
    [
        ("gbk.txt", "GBK", "gbk"),
        ("big5.txt", "big5", "big5"),
        ("utf16le.txt", "utf-16-le", "utf-16-le"),
        ("utf8_bom.txt", "utf-8", "utf-8"),  # the mark is dropped all the same
    ],
)
def test_read_encoding_given(name: str, encoding: str, reported: str) -> None:
    doc = read_report(data(name), encoding=encoding)
    assert doc.encoding == reported
    assert doc.text == read_report(data(name)).text


def test_read_encoding_given_wins_over_detection() -> None:
    doc = read_report(data("gbk.txt"), encoding="latin-1")  # any bytes decode in Latin-1
    assert doc.encoding == "iso8859-1"
    assert "长治" not in doc.text


def test_read_encoding_given_that_does_not_fit() -> None:
    with pytest.raises(InputError) as caught:
        read_report(data("gbk.txt"), encoding="utf-8")
    message = str(caught.value)
    assert message.startswith(str(data("gbk.txt")))
    assert "does not decode as utf-8" in message and "offset 0" in message
    assert "looks like gb18030" in message


@pytest.mark.parametrize("encoding", ["klingon", "base64", ""])
def test_read_unknown_encoding_is_a_usage_error(encoding: str) -> None:
    with pytest.raises(UsageError) as caught:
        read_report(data("utf8.txt"), encoding=encoding)
    assert caught.value.exit_code == ExitCode.USAGE
    with pytest.raises(UsageError):
        read_reports([DATA], encoding=encoding)  # at once, before anything is read


# files that are not readable reports ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason", "hint"),
    [
        ("empty.txt", "is empty", "Remove it"),
        ("blank.txt", "holds only whitespace", "Remove it"),
        ("binary.txt", "is not text but a gzip archive", "plain text"),
        ("damaged.txt", "like utf-8, but byte 0xe4 at offset 699 is not valid utf-8", "--encoding"),
        ("mixed.txt", "looks most like gb18030", "mixes encodings"),
    ],
)
def test_read_bad_files(name: str, reason: str, hint: str) -> None:
    with pytest.raises(InputError) as caught:
        read_report(data(name))
    error = caught.value
    assert error.path == str(data(name))
    assert reason in error.reason
    assert hint in error.hint
    assert str(error).startswith(f"{data(name)}: ")


def _binary_numbers() -> bytes:
    return array.array("i", range(4096)).tobytes()  # NUL bytes, not UTF-16 text


def _text_in_controls() -> bytes:
    text = data("utf8.txt").read_text(encoding="utf-8")
    return "".join(c + "\x01\x02" for c in text).encode("utf-8")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (_binary_numbers(), "holds NUL bytes"),
        (_text_in_controls(), "are control characters"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"{\\rtf1\\ansi\\ansicpg936 \\'d5\\'fe\\'d0\\'ad}", "an RTF document"),
        (b"\xef\xbb\xbf", "is empty"),
        (b"\xff\xfe" + "\u3000 \n".encode("utf-16-le"), "holds only whitespace"),
        (b"\xe2\x80\x8b\n\xe2\x80\x8b", "holds only whitespace"),  # zero-width spaces are no text
    ],
)
def test_read_not_text(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_report(path)


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist") as caught:
        read_report(tmp_path / "missing.txt")
    assert caught.value.path == str(tmp_path / "missing.txt")


def test_read_broken_link(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="does not exist"):
        read_report(tmp_path / "link.txt")


def test_read_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_report(tmp_path)


def test_read_named_pipe_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)  # opening it would block for ever
    with pytest.raises(InputError, match="named pipe"):
        read_report(fifo)


def test_read_permission_denied_by_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy("utf8.txt", tmp_path / "locked.txt")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(read, "open", denied, raising=False)
    with pytest.raises(InputError) as caught:
        read_report(path)
    assert caught.value.reason == "cannot be read: permission denied"
    assert "chmod" in caught.value.hint


def _read_as_nobody(path: Path) -> str:
    """read_report in a forked child that has given up root (modules are already loaded)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(reader)
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                read_report(path)
                answer = "read"
            except InputError as error:
                answer = error.reason
        except BaseException as error:
            answer = f"child failed: {error!r}"
        os.write(writer, answer.encode("utf-8"))
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        answer = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return answer


def test_read_permission_denied_by_mode(tmp_path_factory: pytest.TempPathFactory) -> None:
    """chmod 000. Root reads any file, so as root the read runs in a child that drops to nobody."""
    folder = tmp_path_factory.mktemp("locked")
    for parent in (folder, *folder.parents):  # nobody must reach the file, not read it
        if parent != Path("/"):
            parent.chmod(parent.stat().st_mode | 0o111)
    path = copy("utf8.txt", folder / "locked.txt")
    path.chmod(0)
    try:
        if os.geteuid() == 0:
            answer = _read_as_nobody(path)
        else:
            try:
                read_report(path)
                answer = "read"
            except InputError as error:
                answer = error.reason
    finally:
        path.chmod(0o644)
    assert answer == "cannot be read: permission denied"


# finding reports in folders ------------------------------------------------------------------


def test_find_reports_in_a_messy_folder(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    copy("utf8.txt", root / "2024" / "b.txt")
    copy("gbk.txt", root / "2024" / "a.TXT")
    copy("big5.txt", root / "2023" / "report.md")
    copy("utf8.txt", root / "notes.text")
    copy("binary.txt", root / "report.docx")
    copy("utf8.txt", root / ".hidden.txt")
    copy("utf8.txt", root / ".git" / "x.txt")
    (root / "empty").mkdir()  # inside a given folder: nothing in it to list
    (tmp_path / "nothing").mkdir()
    (root / "link").symlink_to(root / "2024")
    files, skipped = find_reports([root, tmp_path / "missing", tmp_path / "nothing"])
    assert [f.relative_to(root).as_posix() for f in files] == [
        "2023/report.md",
        "2024/a.TXT",
        "2024/b.txt",
        "notes.text",
    ]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert sorted(reasons) == [".git", ".hidden.txt", "link", "missing", "nothing", "report.docx"]
    assert reasons["missing"].startswith("does not exist")
    assert reasons["nothing"].startswith("holds no report files (.md, .text, .txt)")
    assert reasons["report.docx"].startswith("is not a report file")
    assert reasons["link"].startswith("is a symbolic link to a folder")
    assert reasons[".git"].startswith("is a hidden folder")
    assert skipped == sorted(skipped)


def test_find_reports_keeps_a_named_file_whatever_its_suffix(tmp_path: Path) -> None:
    path = copy("utf8.txt", tmp_path / "report.html")
    assert find_reports([path]) == ([path], [])


def test_find_reports_the_same_file_twice_is_kept_once(tmp_path: Path) -> None:
    path = copy("utf8.txt", tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    files, skipped = find_reports([tmp_path, path, tmp_path / "sub" / ".." / "a.txt"])
    assert (len(files), skipped) == (1, [])


def test_find_reports_folder_with_no_reports(tmp_path: Path) -> None:
    copy("binary.txt", tmp_path / "scan.pdf")
    files, skipped = find_reports([tmp_path])
    assert files == []
    assert [s.path for s in skipped] == [str(tmp_path), str(tmp_path / "scan.pdf")]


def test_find_reports_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy("utf8.txt", tmp_path / "sub" / "a.txt")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = find_reports([tmp_path, tmp_path / "sub"])
    assert files == []
    assert [s.path for s in skipped] == [str(tmp_path), str(tmp_path / "sub")]  # sub once, given and found
    assert skipped[0].reason.startswith("holds no report files")
    assert skipped[1].reason.startswith("cannot be listed: Permission denied")


# reading a collection ------------------------------------------------------------------------


def split(items: list[Doc | Skipped]) -> tuple[list[Doc], list[Skipped]]:
    return [i for i in items if isinstance(i, Doc)], [i for i in items if isinstance(i, Skipped)]


def test_read_reports_the_same_report_twice_is_built_once(tmp_path: Path) -> None:
    first = copy("utf8.txt", tmp_path / "a" / "report.txt")
    second = copy("utf8_bom.txt", tmp_path / "b" / "report copy.txt")  # same text, with a mark
    docs, skipped = split(list(read_reports([tmp_path / "b", tmp_path / "a"])))
    assert [d.source for d in docs] == ["report.txt"]
    reason = f"duplicate of {first} (the same text). It is built once, from the first file."
    assert skipped == [Skipped(str(second), reason)]


def test_read_reports_skips_with_reasons_and_reads_the_rest(tmp_path: Path) -> None:
    for name in ("utf8.txt", "gbk.txt", "empty.txt", "binary.txt", "damaged.txt"):
        copy(name, tmp_path / name)
    docs, skipped = split(list(read_reports([tmp_path, tmp_path / "missing.txt"])))
    assert [d.source for d in docs] == ["gbk.txt", "utf8.txt"]
    assert [Path(s.path).name for s in skipped] == ["missing.txt", "binary.txt", "damaged.txt", "empty.txt"]
    assert all(s.reason.endswith(".") for s in skipped)


def test_read_reports_nothing_readable(tmp_path: Path) -> None:
    copy("empty.txt", tmp_path / "empty.txt")
    docs, skipped = split(list(read_reports([tmp_path, tmp_path / "missing"])))
    assert docs == [] and len(skipped) == 2
    assert ExitCode.after_build(len(docs), len(skipped)) == ExitCode.NOTHING


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A collection with duplicates across folders and encodings, bad files and a missing path."""
    root = tmp_path_factory.mktemp("collection")
    copy("utf8.txt", root / "x" / "report.txt")
    copy("utf8_bom.txt", root / "y" / "report.txt")
    copy("utf16le.txt", root / "y" / "shuozhou.txt")
    copy("utf16be.txt", root / "x" / "shuozhou.txt")
    copy("big5.txt", root / "z" / "1954.txt")
    copy("traditional.txt", root / "z" / "1954 utf8.txt")
    copy("gbk.txt", root / "changzhi.txt")
    copy("empty.txt", root / "z" / "empty.txt")
    copy("mixed.txt", root / "mixed.txt")
    return [root / "x", root / "y", root / "z", root / "changzhi.txt", root / "mixed.txt", root / "gone.txt"]


def _summary(paths: list[Path]) -> list[tuple[str, str, str]]:
    return [
        ("doc", item.source, item.doc_id) if isinstance(item, Doc) else ("skip", item.path, item.reason)
        for item in read_reports(paths)
    ]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.randoms(use_true_random=False))
def test_read_reports_deterministic_whatever_the_order(collection: list[Path], order: random.Random) -> None:
    expected = _summary(collection)
    shuffled = list(collection)
    order.shuffle(shuffled)
    assert _summary(shuffled) == expected
    docs = [s for s in expected if s[0] == "doc"]
    assert len(docs) == 5 and len({d[2] for d in docs}) == 5  # x/report, x/shuozhou, z/1954 twice, changzhi
    duplicates = [s for s in expected if s[0] == "skip" and "duplicate of" in s[2]]
    assert [Path(s[1]).parent.name for s in duplicates] == ["y", "y"]  # the first by sorted path wins


# size ------------------------------------------------------------------------------------------

_PEAK = textwrap.dedent(
    """
    import sys, time, tracemalloc
    from pathlib import Path
    from extract.read import read_report
    import extract.normalize
    extract.normalize.make_view("預熱")  # load OpenCC's tables before measuring
    tracemalloc.start()
    started = time.perf_counter()
    doc = read_report(Path(sys.argv[1]))
    seconds = time.perf_counter() - started
    assert len(doc.view) == len(doc.text)
    assert doc.view.endswith("关于宪法草案的报告\\n"), doc.view[-40:]
    peak = tracemalloc.get_traced_memory()[1]
    print(len(doc.text), peak, round(seconds, 2))
    """
)


@pytest.mark.slow
def test_read_100_mb_file_in_bounded_memory(tmp_path: Path) -> None:
    """A 100 MB report (simplified paragraphs, traditional ones, a 5 MB line) read with a bounded peak.

    The Doc holds the text and its view (2 bytes a character here); reading
    must not add more than about one more copy of the file on top.
    """
    simplified = data("utf8.txt").read_text(encoding="utf-8")
    traditional = data("traditional.txt").read_text(encoding="utf-8")
    block = (simplified + traditional).encode("utf-8")
    long_line = traditional.replace("\n", "").encode("utf-8") * 2000 + b"\n"
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        size = 0
        while size < 100_000_000:
            out.write(block * 1000)
            size += len(block) * 1000
            if size > 50_000_000 and long_line:
                out.write(long_line)
                size += len(long_line)
                long_line = b""
        out.write("關於憲法草案的報告\n".encode())
    run = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    chars, peak, seconds = run.stdout.split()
    file_size = path.stat().st_size
    print(
        f"{file_size / 1e6:.0f} MB, {int(chars):,} chars: allocated {int(peak) / 1e6:.0f} MB, {seconds} s"
    )
    # What reading allocates, measured with tracemalloc: the same on every run, unlike RSS, which
    # moved between 247 and 597 MB for this file with the machine's load. Measured: 4.0 x the file
    # (the bytes and the decoded text overlap while decoding; the view's pieces and their join overlap
    # while the view is made). The bound keeps it linear in the file with a little room.
    assert int(peak) < 4.5 * file_size


def test_make_doc_drops_a_mirror_sites_pinyin_glosses() -> None:
    doc = make_doc("州政協(xié)主席團(tuán)常務(wù)主席劉建平主持。", "mirror.txt")
    assert doc.text == "州政協主席團常務主席劉建平主持。"
    assert doc.view == "州政协主席团常务主席刘建平主持。"
    assert doc.glosses == ((3, "(xié)"), (6, "(tuán)"), (8, "(wù)"))


@pytest.mark.parametrize(
    ("start", "end", "written"),
    [
        (0, 3, "州政協(xié)"),  # a gloss right after the last character is the span's
        (3, 6, "主席團(tuán)"),  # the gloss at the start belongs to the character before
        (0, 16, "州政協(xié)主席團(tuán)常務(wù)主席劉建平主持。"),
        (10, 13, "劉建平"),
    ],
)
def test_doc_as_written_puts_back_the_glosses_of_a_span(start: int, end: int, written: str) -> None:
    doc = make_doc("州政協(xié)主席團(tuán)常務(wù)主席劉建平主持。", "mirror.txt")
    assert doc.as_written(start, end) == written


def test_make_doc_keeps_brackets_of_an_ordinary_text() -> None:
    text = "见附件(a)和附件(b)，会议(xié)一次。"
    assert make_doc(text, "plain.txt").text == text


def test_make_doc_joins_the_lines_of_a_hard_wrapped_text():
    # a PDF's text: every line cut at 25 characters, in the middle of words (市|中级人民法院, 秘书长|何忠海)
    para = (
        "八届七次常委会议召开，会议汇报了讨论的工作报告和"
        "市中级人民法院工作报告，汇报了选举办法情况，八届九次常委会议召开，会议讨论了全市就业情况，市政府秘书长"
        "何忠海到会就全市就业工作作了讲话，八届十次常委会议召开，会议协商讨论了全市畜牧业发展情况，副市长到会讲话。"
    )
    lines = [para[i : i + 25] for i in range(0, len(para), 25)]
    assert "市\n中级" in "\n".join(lines) and "秘书长\n何忠海" in "\n".join(lines)
    assert make_doc("\n".join(lines) + "\n", "t.txt").text == para + "\n"
    plain = "一、提案工作\n二、专题协商\n三、民主监督\n"
    assert make_doc(plain, "t.txt").text == plain
