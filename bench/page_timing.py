"""How long the map and the spans page take to appear in headless Chromium.

Give it HTML files written by ``graph.view.render_map`` or
``graph.spans_view.render_spans``, or let it write them from a synthetic
knowledge base shaped like a build of many reports::

    python -m bench.page_timing outputs/graph.html outputs/spans.html
    python -m bench.page_timing --synthetic 100 --out bench/out/pages

For each page it loads ``file://`` in Chromium (Debian's ``/usr/bin/chromium``
and ``chromedriver``, network emulated offline) and reports, in milliseconds
from navigation start: the end of parsing (``domContentLoaded``) and the first
complete draw of the network (the page's ``readyAt``, set on vis-network's
first ``afterDrawing``; physics is off, so the first draw is the final one),
then the time of a few interactions (search and focus, a type filter, a city
filter) measured inside the page. Figures are the median of ``--runs`` loads.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import random
import shutil
import statistics
import string
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from extract.records import Doc, Entity, EntityType, KnowledgeBase, Mention, Predicate, Relation, Report

__all__ = ["PageTiming", "main", "synthetic_kb", "time_page"]

logger = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
READY_TIMEOUT = 120.0

_MAP_PROBE = """
const m = window.cppccMap, t0 = performance.now();
m.search(arguments[0]);
const t1 = performance.now();
m.setType('Person', false);
const t2 = performance.now();
m.setCity(0);
const t3 = performance.now();
m.showAll();
return {search: t1 - t0, typeFilter: t2 - t1, cityFilter: t3 - t2,
        nodes: m.nodes.length, edges: m.edges.length};
"""
_SPANS_PROBE = """
const s = window.cppccSpans, t0 = performance.now();
s.filter(arguments[0]);
const t1 = performance.now();
s.filter('');
return {search: t1 - t0, rows: s.rowCount(), cells: s.cellCount()};
"""


@dataclass(frozen=True, slots=True)
class PageTiming:
    """Milliseconds from navigation start, medians over runs."""

    page: str
    bytes: int
    dom_content_loaded: float
    drawn: float
    interactions: dict[str, Any]


# --- Synthetic knowledge base ----------------------------------------------------------------

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
_GIVEN = "建国志强红梅晓东海燕立新国华文军玉兰春生永刚丽娟明辉卫东德胜秀英振华宏伟"
_ROLES = ("市政协主席", "市政协副主席", "市政协秘书长", "市政协常委", "市政协委员", "县政协副主席")
_BODIES = ("发展和改革委员会", "教育局", "卫生健康委员会", "生态环境局", "农业农村局", "文化和旅游局")
_TOPICS = ("乡村振兴", "营商环境", "黄河流域生态保护", "数字经济", "文旅融合", "养老服务", "职业教育")


def synthetic_kb(reports: int = 100, *, seed: int = 1) -> KnowledgeBase:
    """A knowledge base shaped like a build of ``reports`` county reports.

    About 65 entities per report (people with posts, bodies, places, proposals,
    initiatives, some shared across reports), mentioned in generated sentences
    with real offsets. For speed measurements only: the names are made up.
    """
    rng = random.Random(seed)
    world = _World()
    provinces = [
        world.add(f"place/{p}0000", EntityType.PLACE, f"省{p}", "Province", code=f"{p}0000")
        for p in range(11, 17)
    ]
    shared = [
        world.add(f"initiative/shared{i}", EntityType.INITIATIVE, f"“{rng.choice(_TOPICS)}{i}号”行动")
        for i in range(60)
    ]
    national = world.add("org/cppcc/000000", EntityType.ORGANIZATION, "全国政协", "Committee")
    kb = KnowledgeBase()
    for r in range(reports):
        province = provinces[r % len(provinces)]
        city_code = f"{province[6:8]}{(r // len(provinces)) % 8 + 1:02d}00"
        county_code = f"{city_code[:4]}{r // 48 + 1:02d}"
        city = world.add(
            f"place/{city_code}", EntityType.PLACE, f"城{city_code}市", "Prefecture", province, city_code
        )
        county = world.add(
            f"place/{county_code}", EntityType.PLACE, f"县{county_code}", "County", city, county_code
        )
        committee = world.add(
            f"org/cppcc/{county_code}",
            EntityType.ORGANIZATION,
            f"政协县{county_code}委员会",
            "Committee",
            county,
        )
        text = _Text(world)
        text.say("{}政协工作报告在{}召开的会议上通过。", committee, county)
        text.say("{}位于{}。", county, city)
        people = []
        for p in range(40):
            name = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(_GIVEN)[:1]
            person = world.add(f"person/{county_code}/{name}{p}", EntityType.PERSON, name)
            people.append(person)
            role = rng.choice(_ROLES)
            text.say(f"{role}{{}}出席会议并讲话。", person, fact=(Predicate.MEMBERSHIP, committee, role))
            if rng.random() < 0.1:
                text.say(
                    "{}当选为全国政协委员。", person, fact=(Predicate.MEMBERSHIP, national, "全国政协委员")
                )
        for b, body in enumerate(_BODIES):
            org = world.add(
                f"org/gov/{city_code}/{b}",
                EntityType.ORGANIZATION,
                f"城{city_code}市{body}",
                "GovernmentBody",
                city,
            )
            text.say("{}与{}联合开展调研。", org, committee)
        towns = [
            world.add(
                f"place/{county_code}{t:03d}", EntityType.PLACE, f"镇{county_code}{t}", "Township", county
            )
            for t in range(5)
        ]
        for i in range(10):
            proposal = world.add(
                f"proposal/{county_code}/{i}",
                EntityType.PROPOSAL,
                f"《关于推进{rng.choice(_TOPICS)}的建议（{county_code}-{i}）》",
            )
            author = rng.choice(people)
            text.say(
                "{1}提交的{0}被评为优秀提案。", proposal, author, fact=(Predicate.PROPOSED_BY, author, "")
            )
        local = [
            world.add(f"initiative/{county_code}/{i}", EntityType.INITIATIVE, f"“{county_code}品牌{i}”")
            for i in range(4)
        ]
        for initiative in local + rng.sample(shared, 4):
            town = rng.choice(towns)
            text.say("{}在{}深入开展。", initiative, town, fact=(Predicate.INVOLVES_PLACE, town, ""))
        doc, mentions, relations = text.finish(f"{r:03d}")
        kb.docs[doc.doc_id] = doc
        kb.reports.append(Report(doc.doc_id, doc.source, f"县{county_code}政协常委会工作报告", county))
        kb.mentions.extend(mentions)
        kb.relations.extend(relations)
    docs_of: dict[str, set[str]] = {}
    for mention in kb.mentions:
        docs_of.setdefault(mention.key, set()).add(mention.doc_id)
    kb.entities = {
        k: replace(e, docs=tuple(sorted(docs_of.get(k, ())))) for k, e in sorted(world.entities.items())
    }
    kb.mentions.sort(key=lambda m: (m.doc_id, m.start, m.end, m.key))
    kb.relations = sorted(
        set(kb.relations), key=lambda x: (x.subject, x.predicate, x.object, x.doc_id, x.sentence)
    )
    return kb


class _World:
    """The synthetic entities, by key."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def add(
        self, key: str, type_: EntityType, label: str, kind: str = "", parent: str = "", code: str = ""
    ) -> str:
        self.entities.setdefault(key, Entity(key, type_, label, kind, parent=parent, code=code))
        return key


class _Text:
    """One synthetic report, written sentence by sentence, with its mentions and relations."""

    def __init__(self, world: _World) -> None:
        self.world = world
        self.parts: list[str] = []
        self.length = 0
        self.found: list[tuple[int, int, str, tuple[int, int]]] = []
        self.facts: list[tuple[str, Predicate, str, tuple[int, int], str]] = []

    def say(self, template: str, *keys: str, fact: tuple[Predicate, str, str] | None = None) -> None:
        """Add a sentence naming ``keys`` in its ``{}`` or ``{n}`` slots; ``fact`` links the first key."""
        start = self.length
        sentence = ""
        auto = 0
        for literal, slot, _spec, _conversion in string.Formatter().parse(template):
            sentence += literal
            if slot is None:
                continue
            if slot:
                key = keys[int(slot)]
            else:
                key, auto = keys[auto], auto + 1
            label = self.world.entities[key].label
            self.found.append((start + len(sentence), start + len(sentence) + len(label), key, (0, 0)))
            sentence += label
        end = start + len(sentence)
        self.found[-len(keys) :] = [(s, e, k, (start, end)) for s, e, k, _ in self.found[-len(keys) :]]
        if fact is not None:
            predicate, obj, role = fact
            self.facts.append((keys[0], predicate, obj, (start, end), role))
        self.parts.append(sentence)
        self.length = end

    def finish(self, number: str) -> tuple[Doc, list[Mention], list[Relation]]:
        text = "".join(self.parts)
        doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        doc = Doc(doc_id, f"{number}_{doc_id}.txt", text, text)
        mentions = []
        for start, end, key, sentence in self.found:
            entity = self.world.entities[key]
            mentions.append(
                Mention(
                    doc_id, start, end, text[start:end], entity.type, key, entity.label, entity.kind, sentence
                )
            )
        relations = [Relation(s, p, o, doc_id, sentence, role) for s, p, o, sentence, role in self.facts]
        return doc, mentions, relations


# --- Timing in Chromium ----------------------------------------------------------------------


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium driven by selenium, offline, with a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for tool in (CHROMIUM, CHROMEDRIVER):
        if not Path(tool).exists():
            raise SystemExit(f"{tool} is missing: apt-get install chromium chromium-driver")
    profile = tempfile.mkdtemp(prefix="cppcc-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def time_page(driver: Any, page: Path, *, runs: int = 3, query: str = "") -> PageTiming:
    """Load ``page`` ``runs`` times and measure it (see the module's docstring)."""
    url = page.resolve().as_uri()
    loaded, drawn = [], []
    interactions: dict[str, Any] = {}
    for _ in range(runs):
        driver.get("about:blank")
        driver.get(url)
        deadline = time.monotonic() + READY_TIMEOUT
        ready = None
        while ready is None:
            ready = driver.execute_script(
                "const p = window.cppccMap || window.cppccSpans; return p && p.ready ? p.readyAt : null;"
            )
            if ready is None:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{page} did not draw within {READY_TIMEOUT:.0f} s")
                time.sleep(0.02)
        drawn.append(float(ready))
        loaded.append(
            float(
                driver.execute_script(
                    "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;"
                )
            )
        )
        is_map = driver.execute_script("return !!window.cppccMap;")
        probe = _MAP_PROBE if is_map else _SPANS_PROBE
        if not query:
            query = driver.execute_script(
                "return window.cppccMap ? (cppccMap.data.details[0] || {}).label || ''"
                " : (cppccSpans.data.rows[0] || {}).label || '';"
            )
        interactions = driver.execute_script(probe, query)
    return PageTiming(
        page.name, page.stat().st_size, statistics.median(loaded), statistics.median(drawn), interactions
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.page_timing", description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, help="HTML files to time")
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="REPORTS",
        help="first write graph.html and spans.html for a synthetic build of REPORTS reports",
    )
    parser.add_argument("--out", type=Path, default=Path("bench/out/pages"), help="where --synthetic writes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", default="", help="search text for the interaction figures")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pages = list(args.pages)
    if args.synthetic:
        from graph.spans_view import render_spans
        from graph.view import render_map

        args.out.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        kb = synthetic_kb(args.synthetic)
        print(
            f"synthetic KB: {args.synthetic} reports, {len(kb.entities)} entities, "
            f"{len(kb.mentions)} mentions, {len(kb.relations)} relations "
            f"({time.perf_counter() - start:.1f} s)"
        )
        for name, render in (("graph.html", render_map), ("spans.html", render_spans)):
            start = time.perf_counter()
            stats = render(kb, args.out / name)
            print(f"render {name}: {stats} in {time.perf_counter() - start:.2f} s")
            pages.append(args.out / name)
    if not pages:
        parser.error("give HTML files or --synthetic REPORTS")
    with chromium() as driver:
        for page in pages:
            timing = time_page(driver, page, runs=args.runs, query=args.query)
            print(
                f"{timing.page}: {timing.bytes / 1e6:.1f} MB, parsed {timing.dom_content_loaded:.0f} ms, "
                f"drawn {timing.drawn:.0f} ms; "
                + json.dumps(
                    {k: round(v, 1) if isinstance(v, float) else v for k, v in timing.interactions.items()},
                    ensure_ascii=False,
                    sort_keys=True,
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
