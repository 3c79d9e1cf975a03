"""Tests for extract.trie: the trie-shaped regex and leftmost-longest matching."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.trie import compile_trie, finditer_longest


def naive_longest(words: list[str], text: str) -> list[tuple[int, int, str]]:
    """Leftmost-longest non-overlapping matches by brute force."""
    vocabulary = set(words)
    longest = max(map(len, vocabulary))
    found = []
    i = 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 0, -1):
            if text[i : i + n] in vocabulary:
                found.append((i, i + n, text[i : i + n]))
                i += n
                break
        else:
            i += 1
    return found


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["大同", "大同市"], "大同市政协", [(0, 3, "大同市")]),
        (["大同", "大同市"], "大同政协", [(0, 2, "大同")]),
        (["忻州", "忻州市", "代县"], "忻州市代县", [(0, 3, "忻州市"), (3, 5, "代县")]),
        # Overlapping names: the leftmost wins, then scanning resumes after it.
        (["山西", "西安", "西安市"], "山西安全", [(0, 2, "山西")]),
        (["五台", "五台山", "五台县"], "五台山和五台县", [(0, 3, "五台山"), (4, 7, "五台县")]),
        # A longer name that fails at its last character falls back to the shorter one.
        (["太原", "太原市", "太原市委"], "太原市政协", [(0, 3, "太原市")]),
        (["长江", "长江经济带"], "长江经济发展", [(0, 2, "长江")]),
        (["京津冀"], "协同发展", []),
        (["a.b", "a*", "[x]"], "a.b a* axb [x]", [(0, 3, "a.b"), (4, 6, "a*"), (11, 14, "[x]")]),
    ],
)
def test_trie_finds_leftmost_longest(words: list[str], text: str, expected: list[tuple[int, int, str]]):
    assert list(finditer_longest(compile_trie(words), text)) == expected


def test_trie_is_independent_of_word_order() -> None:
    words = ["晋中", "晋中市", "晋城", "晋城市", "阳泉", "阳泉市", "吕梁", "吕梁山"]
    assert compile_trie(words).pattern == compile_trie(reversed(words)).pattern


@pytest.mark.parametrize("words", [[], [""], ["大同", ""]])
def test_trie_rejects_empty_input(words: list[str]) -> None:
    with pytest.raises(ValueError, match="compile_trie"):
        compile_trie(words)


def test_trie_splits_wide_nodes_and_still_matches_every_word() -> None:
    # Many first characters force the bucketed dispatch at the root.
    words = [chr(0x4E00 + i) + chr(0x4E00 + 2 * i) for i in range(300)]
    pattern = compile_trie(words)
    assert "(?=" in pattern.pattern
    for word in words:
        assert list(finditer_longest(pattern, "。" + word + "。")) == [(1, 3, word)]


_ALPHABET = "甲乙丙丁.*-[]^\\"


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=60),
    text=st.text(alphabet=_ALPHABET + "戊x", max_size=80),
)
def test_trie_agrees_with_a_naive_scan(words: list[str], text: str) -> None:
    assert list(finditer_longest(compile_trie(words), text)) == naive_longest(words, text)


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text(alphabet="甲乙丙丁戊己", min_size=1, max_size=4), min_size=1, max_size=40))
def test_trie_matches_each_word_whole(words: list[str]) -> None:
    pattern = compile_trie(words)
    for word in words:
        match = pattern.fullmatch(word)
        assert match is not None and match.group() == word
