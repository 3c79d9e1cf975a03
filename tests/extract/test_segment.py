"""The segmenter choice: jieba by default, pkuseg only with a model."""

import pytest

from extract.segment import SegmenterKind, get_segmenter, is_word, words


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("发扬中华优秀传统文化", 1, 3, False),  # 扬中 (a county) is not a word here
        ("共商盐湖发展大计", 2, 4, True),  # 盐湖, the short form of 盐湖区, is
    ],
)
def test_segment_short_place_names_stand_as_words(text, start, end, expected):
    assert is_word(get_segmenter(), text, start, end) is expected


def test_segment_jieba_is_private():
    import jieba

    seg = get_segmenter(SegmenterKind.JIEBA)
    assert words(seg, "政协大同市委员会")
    assert jieba.dt.initialized is False or "乌拉特中旗" not in jieba.dt.FREQ


def test_segment_pkuseg_needs_a_model(tmp_path):
    with pytest.raises(ValueError, match="model path"):
        get_segmenter(SegmenterKind.PKUSEG)
    with pytest.raises(FileNotFoundError, match="no pkuseg model"):
        get_segmenter(SegmenterKind.PKUSEG, str(tmp_path / "missing"))


def test_segment_jieba_tables_cached_equal_fresh(tmp_path, monkeypatch):
    import tempfile

    from extract import segment

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    fresh = segment._Jieba()
    assert list(tmp_path.glob("cppcc-kg-jieba-*.marshal"))
    cached = segment._Jieba()
    assert cached._tokenizer.FREQ == fresh._tokenizer.FREQ
    assert cached._tokenizer.total == fresh._tokenizer.total
    text = "发扬中华优秀传统文化，共商盐湖发展大计，乌拉特中旗政协"
    assert cached.cut(text) == fresh.cut(text)


def test_segment_jieba_bad_cache_is_rebuilt(tmp_path, monkeypatch):
    import tempfile

    from extract import segment

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = segment._prefix_cache(sorted(segment._lexicon_words()))
    path.write_bytes(b"not marshal data")
    seg = segment._Jieba()
    assert seg.cut("共商盐湖发展大计")[:2] == ["共商", "盐湖"]
    assert segment._read_tables(path) is not None
