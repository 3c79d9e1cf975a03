"""Tests for extract.normalize: the recognisers' same-length view, and labels in simplified form.

The rows are real report text from /work/shared/corpora (the year or congress
is given), with the stray characters web and Word exports leave.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import normalize
from extract.normalize import make_view, to_simplified

# characters of the reports, traditional and simplified, plus what exports leave
REPORT_CHARS = (
    "我們第一届全國人民代表大會第一次會議在聽了劉少奇同志關於憲法草案的報告中華人民共和國"
    "政协第十四届委员会常务委员会工作报告乾坤藉口覆灭干净了解瞭解"
    "，。、；：！？（）《》“”—…ＡＢＣ１２３４５６７８９０％．／－ \u3000\u200b\x0c\x0b\x07\r\n\t"
)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        # traditional characters → simplified (1954, 1957)
        ("中華人民共和國憲法", "中华人民共和国宪法"),
        ("我們第一届全國人民代表大會第一次會議", "我们第一届全国人民代表大会第一次会议"),
        ("从第一届全国人民代表大会第三次会議閉幕以来", "从第一届全国人民代表大会第三次会议闭幕以来"),
        # phrase-aware: 藉口 → 借口 (1954), but 乾坤 keeps 乾 (cpc 19) where 乾 alone would be 干
        ("美國可以藉口實際並不存在的", "美国可以借口实际并不存在的"),
        ("朗朗乾坤。", "朗朗乾坤。"),
        # full-width digits, letters and signs → ASCII; U+3000 → space (1956)
        ("\u3000\u3000１９５５年国家决算的收支总数如下：", "  1955年国家决算的收支总数如下："),
        ("增长３．６８％；", "增长3.68%；"),
        ("ＧＤＰ／ＣＰＩ－２", "GDP/CPI-2"),
        # Chinese punctuation stays full-width, in the block or not
        ("（一）加强团结，凝聚共识！真的吗？是：对；", "（一）加强团结，凝聚共识！真的吗？是：对；"),
        ("、。《政府工作报告》“两会”", "、。《政府工作报告》“两会”"),
        # full-width comma kept, digits folded (1956)
        ("２７，２０３，３１９，０００元", "27，203，319，000元"),
        # half-width CJK punctuation → the full-width forms
        ("会议闭幕｡｢报告｣､", "会议闭幕。「报告」、"),
        # odd spaces and invisible characters → space (1957 opens with U+200B)
        ("\u200b\n\n政府工作报告", " \n\n政府工作报告"),
        ("政协\u00a0委员\ufeff\u200d会议\u2003", "政协 委员  会议 "),
        # control characters → space; \n and \t stay
        ("工作报告\x0c\x0b\x07\x1b\r\n\t委员", "工作报告     \n\t委员"),
        ("\x00\x85\x9f", "   "),
        # line and paragraph separators → \n
        ("开幕\u2028闭幕\u2029", "开幕\n闭幕\n"),
        # the vertical stroke a page writes between a field's label and its value → |
        ("供稿丨钱佩予", "供稿|钱佩予"),
        ("", ""),
    ],
)
def test_normalize_make_view(text: str, view: str) -> None:
    assert make_view(text) == view


@pytest.mark.parametrize(
    ("label", "simplified"),
    [
        ("中華人民共和國", "中华人民共和国"),
        ("劉少奇", "刘少奇"),
        ("政協", "政协"),
        ("乾淨", "干净"),
        ("乾隆", "乾隆"),
        ("市政协主席", "市政协主席"),
    ],
)
def test_normalize_to_simplified(label: str, simplified: str) -> None:
    assert to_simplified(label) == simplified


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_view_keeps_length_of_any_text(text: str) -> None:
    assert len(make_view(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=REPORT_CHARS, max_size=200))
def test_normalize_view_is_character_for_character(text: str) -> None:
    view = make_view(text)
    assert len(view) == len(text)
    for char, seen in zip(text, view, strict=True):
        if char == "\n" or (char.isascii() and char.isprintable()):
            assert seen == char
        assert seen == "\n" or seen == "\t" or seen.isprintable()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=REPORT_CHARS.replace("\n", "").replace("\r", ""), max_size=40), max_size=6))
def test_normalize_view_converts_lines_independently(lines: list[str]) -> None:
    assert make_view("\n".join(lines)) == "\n".join(make_view(line) for line in lines)


def test_normalize_lone_surrogates_fall_back_to_characters() -> None:
    text = "中華\ud800人民"  # OpenCC takes UTF-8 only
    assert make_view(text) == "中华\ud800人民"
    assert to_simplified(text) == "中华\ud800人民"


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_normalize_view_same_whatever_the_chunk_size(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    text = "各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n" * 5
    expected = make_view(text)
    monkeypatch.setattr(normalize, "_CHUNK", chunk)
    assert make_view(text) == expected
    assert "关于宪法草案的报告" in expected


def test_normalize_very_long_line_is_cut_into_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "_CHUNK", 1000)
    line = "中華人民共和國憲法" * 500  # no newline anywhere
    view = make_view(line)
    assert len(view) == len(line)
    assert view.count("中华人民共和国宪法") == 500


class _ShorteningConverter:
    """An OpenCC stand-in whose phrase table changes lengths, as a future table might."""

    def convert(self, text: str) -> str:
        return text.replace("會議", "会")


def test_normalize_line_whose_length_would_change_is_converted_by_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    normalize._char_table()  # built from the real OpenCC before it is replaced
    monkeypatch.setattr(normalize, "_converter", _ShorteningConverter)
    text = "第一次會議\n全國會議\n閉幕"
    view = make_view(text)
    assert len(view) == len(text)
    # the two lines the converter shortens go by the character table; the third keeps its output
    assert view == "第一次会议\n全国会议\n閉幕"


def test_normalize_character_table_is_one_for_one() -> None:
    table = normalize._char_table()
    assert len(table) > 4000
    assert all(len(v) == 1 for v in table.values())
    assert table[ord("國")] == "国"
    assert ord("国") not in table
