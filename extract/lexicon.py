"""General vocabulary the recognisers share, read from ``extract/data/``.

Nothing here names a particular report's people, proposals or initiatives: surnames, posts,
the head nouns of programme names, and the formulas that are not programmes.

>>> lex = Lexicon.load()
>>> "王" in lex.surnames and lex.posts["副市长"]
'government'
"""

from __future__ import annotations

import importlib.metadata
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["Lexicon", "branch_names", "common_word", "read_lines", "read_table"]

_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})


@cache
def _jieba_dictionary() -> dict[str, int]:
    """jieba's dictionary, without names: word → frequency.

    Parsing the 350,000 lines takes over a second, so the result is kept in the system's temporary
    folder, keyed by the dictionary file's size and time (like jieba's own cache); any problem with
    the cache only means parsing again."""
    path = Path(str(importlib.metadata.distribution("jieba").locate_file("jieba/dict.txt")))
    stat = path.stat()
    cached = Path(tempfile.gettempdir()) / f"cppcc-kg-words-{stat.st_size}-{int(stat.st_mtime)}.pickle"
    try:
        with cached.open("rb") as handle:
            words = pickle.load(handle)
        if isinstance(words, dict):
            return words
    except (OSError, pickle.PickleError, EOFError, ValueError):
        pass
    words = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2] not in _NAME_TAGS:
                words[parts[0]] = int(parts[1])
    try:
        fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(words, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cached)
    except OSError:
        pass
    return words


def common_word(text: str, *, min_freq: int = 300) -> bool:
    """Whether ``text`` is an ordinary word (not a name) at least ``min_freq`` times in jieba's corpus.

    >>> common_word("全体"), common_word("常正")
    (True, False)
    """
    return _jieba_dictionary().get(text, 0) >= min_freq


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file (``#`` starts a comment line)."""
    text = resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, comment lines skipped."""
    return [line.split("\t") for line in read_lines(name)]


@cache
def branch_names() -> dict[str, str]:
    """Each democratic party's full name → the name its branches are called by (民革, 九三学社)."""
    parties = read_table("democratic_parties.tsv")
    return {full: "九三学社" if abbr == "九三" else abbr for full, abbr in parties}


@cache
def _compound_heads(compound: tuple[str, ...]) -> frozenset[str]:
    return frozenset(c[:2] for c in compound)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The vocabulary, loaded once."""

    surnames: frozenset[str]
    """Single-character surnames."""
    compound_surnames: tuple[str, ...]
    """Two-or-more-character surnames, longest first."""
    posts: dict[str, str]
    """Post → kind of body it is held in (``cppcc``, ``party``, ``government`` … ``inherit``)."""
    posts_longest_first: tuple[str, ...]
    formulas: frozenset[str]
    """Ideological formulas and plan periods: never initiatives."""
    doctrine_suffixes: tuple[str, ...]
    initiative_heads: dict[str, bool]
    """Head noun → whether it makes an initiative only after a quoted name."""
    left_stops: tuple[str, ...]
    left_stop_exceptions: dict[str, tuple[str, ...]]
    """Stop word → what, right after it, makes it part of the name (创新 before 驱动)."""
    """Words that end the left edge of an unquoted programme name, longest first."""

    @classmethod
    @cache
    def load(cls) -> Lexicon:
        surnames = frozenset(ch for line in read_lines("surnames.txt") for ch in line.split())
        compound = tuple(sorted(read_lines("compound_surnames.txt"), key=len, reverse=True))
        posts = {post: kind for post, kind in read_table("posts.tsv")}
        heads = {head: flag == "1" for head, flag in read_table("initiative_heads.txt")}
        stops = read_table("stopwords_left.txt")
        return cls(
            surnames=surnames,
            compound_surnames=compound,
            posts=posts,
            posts_longest_first=tuple(sorted(posts, key=len, reverse=True)),
            formulas=frozenset(read_lines("formulas.txt")),
            doctrine_suffixes=tuple(sorted(read_lines("doctrine_suffixes.txt"), key=len, reverse=True)),
            initiative_heads=heads,
            left_stops=tuple(sorted((row[0] for row in stops), key=len, reverse=True)),
            left_stop_exceptions={row[0]: tuple(row[1].split("|")) for row in stops if len(row) > 1},
        )

    def surname_length(self, text: str) -> int:
        """Length of the surname ``text`` starts with (0 when it starts with none)."""
        if text[:2] in self._compound_heads:
            for sur in self.compound_surnames:
                if text.startswith(sur):
                    return len(sur)
        return 1 if text[:1] in self.surnames else 0

    @property
    def _compound_heads(self) -> frozenset[str]:
        return _compound_heads(self.compound_surnames)
