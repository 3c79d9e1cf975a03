"""The map and the spans page in a real browser: headless Chromium, offline, driven by selenium.

The pages are rendered from the small knowledge bases of ``test_view.py`` and
``test_spans_view.py`` (real report sentences plus the two XSS strings).
Needs Debian's ``chromium`` and ``chromium-driver``; without them the tests are
skipped, unless the environment variable ``CI`` is set, where they fail.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from graph.spans_view import render_spans
from graph.view import render_map

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARGUMENTS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
)
ALERT_TRAP = """
window.__alerts = [];
window.alert = window.confirm = window.prompt = function (message) { window.__alerts.push(String(message)); };
"""
READY_TIMEOUT = 60.0


def _sibling(name: str) -> ModuleType:
    """A test module beside this one, loaded by path (so no package layout is assumed)."""
    spec = importlib.util.spec_from_file_location(f"_browser_{name}", Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAP = _sibling("test_view")
SPANS = _sibling("test_spans_view")


def _missing(what: str) -> None:
    message = f"{what} is missing: apt-get install chromium chromium-driver (or make sysdeps)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set and {message}")
    pytest.skip(message)


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not Path(tool).exists():
            _missing(tool)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium (pip install -e '.[dev]')")
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (*ARGUMENTS, f"--user-data-dir={profile}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        browser.execute_cdp_cmd("Network.enable", {})
        browser.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
        )
        browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_TRAP})
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Page:
    """One page loaded in the browser, with what it logged and requested while loading."""

    def __init__(self, driver: Any, path: Path, api: str) -> None:
        self.driver = driver
        self.api = api
        driver.get("about:blank")
        driver.get_log("browser")
        driver.get_log("performance")
        driver.get(path.resolve().as_uri())
        deadline = time.monotonic() + READY_TIMEOUT
        while not driver.execute_script(f"return !!(window.{api} && window.{api}.ready);"):
            assert time.monotonic() < deadline, f"{path.name} did not draw within {READY_TIMEOUT:.0f} s"
            time.sleep(0.05)
        self.requests = self._requests()

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def _requests(self) -> list[str]:
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def severe(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    def alerts(self) -> list[str]:
        return self.js("return window.__alerts;")

    def panel_text(self) -> str:
        return self.js(
            "var panel = document.getElementById('panel');"
            "return panel.hidden ? '' : document.getElementById('panel-body').textContent;"
        )


def _assert_offline_and_clean(page: Page) -> None:
    assert page.requests, "the performance log recorded no request at all"
    assert [u for u in page.requests if not u.startswith(("file://", "data:"))] == []
    assert page.severe() == []
    assert page.alerts() == []


@pytest.fixture(scope="module")
def map_page(driver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Page, Any]]:
    path = tmp_path_factory.mktemp("map") / "graph.html"
    stats = render_map(MAP.build_kb(), path)
    yield Page(driver, path, "cppccMap"), stats


@pytest.fixture(scope="module")
def spans_page(driver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Page, Any]]:
    path = tmp_path_factory.mktemp("spans") / "spans.html"
    stats = render_spans(SPANS.build_kb(), path)
    yield Page(driver, path, "cppccSpans"), stats


def _node_id(page: Page, key: str) -> int:
    return page.js("var key = arguments[0]; return cppccMap.data.details.findIndex(d => d.key === key);", key)


def _reset(page: Page) -> None:
    page.js("cppccMap.showAll(); document.getElementById('panel').hidden = true;")


# --- The map -----------------------------------------------------------------------------------


def test_browser_map_draws_the_whole_kb_offline(map_page: tuple[Page, Any], tmp_path: Path) -> None:
    page, stats = map_page
    sizes = page.js(
        "var m = cppccMap; return [m.nodes.length, m.edges.length, m.nodeView.length,"
        " m.edgeView.length, m.network.body.nodeIndices.length, m.network.body.edgeIndices.length];"
    )
    assert sizes == [stats.nodes, stats.edges] * 3
    canvas = page.js("var c = document.querySelector('#network canvas'); return [c.width, c.height];")
    assert min(canvas) > 100
    legend = page.js(
        "return Array.from(document.querySelectorAll('#legend-types li')).map(li => li.textContent);"
    )
    assert [text.rstrip("0123456789") for text in legend] == [
        "人物",
        "组织",
        "地点",
        "提案",
        "品牌举措",
        "报告",
    ]
    _assert_offline_and_clean(page)
    page.driver.save_screenshot(str(tmp_path / "graph.png"))
    assert (tmp_path / "graph.png").stat().st_size > 10_000


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("大同", "place/140200"),  # an alias, exactly
        ("有事好商量", "initiative/有事好商量"),  # the label without its quotation marks
        ("紫砂药茶", "proposal/140321/紫砂药茶"),  # part of a title
        ("民盟平定", "org/dp/民盟/140321"),
    ],
)
def test_browser_map_search_finds_and_focuses(map_page: tuple[Page, Any], query: str, key: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    page, _stats = map_page
    _reset(page)
    box = page.driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(query)
    results = page.js(
        "return Array.from(document.querySelectorAll('#results li')).map(li => li.textContent);"
    )
    assert results and not page.js("return document.getElementById('results').hidden;")
    box.send_keys(Keys.ENTER)
    node = _node_id(page, key)
    assert page.js("return cppccMap.network.getSelectedNodes();") == [node]
    # the opened panel narrows the canvas; when vis-network measures it again, the node stays centred
    page.js("cppccMap.network.setSize();")
    view = page.js("return cppccMap.network.getViewPosition();")
    spot = page.js(f"return cppccMap.network.getPosition({node});")
    assert abs(view["x"] - spot["x"]) < 1 and abs(view["y"] - spot["y"]) < 1
    label = page.js(f"return cppccMap.data.details[{node}].label;")
    assert page.panel_text().startswith(label)


def test_browser_map_type_filter(map_page: tuple[Page, Any]) -> None:
    from selenium.webdriver.common.by import By

    page, stats = map_page
    _reset(page)
    people = page.js("return cppccMap.data.types.find(t => t.type === 'Person').count;")
    box = page.driver.find_elements(By.CSS_SELECTOR, "#legend-types input")[0]
    box.click()
    try:
        assert page.js("return cppccMap.nodeView.length;") == stats.nodes - people
        assert page.js("return cppccMap.nodeView.get().filter(n => n.type === 'Person').length;") == 0
        assert page.js("return cppccMap.edgeView.length;") < stats.edges
        assert page.js("return cppccMap.network.body.nodeIndices.length;") == stats.nodes - people
    finally:
        box.click()
    assert page.js("return cppccMap.nodeView.length;") == stats.nodes


@pytest.mark.parametrize(
    ("city", "inside", "outside"),
    [
        ("阳泉市", ["person/140321/李慧琳", "place/140321"], ["person/141000/杨忠华", "org/大同矿务局"]),
        ("大同市", ["org/大同矿务局", "place/140200"], ["person/140321/李慧琳"]),
    ],
)
def test_browser_map_city_filter(
    map_page: tuple[Page, Any], city: str, inside: list[str], outside: list[str]
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page, stats = map_page
    _reset(page)
    select = Select(page.driver.find_element(By.ID, "city"))
    option = next(o for o in select.options if o.text.startswith(city))
    select.select_by_visible_text(option.text)
    shown = set(page.js("return cppccMap.nodeView.getIds();"))
    assert 0 < len(shown) < stats.nodes
    assert {_node_id(page, k) for k in inside} <= shown
    assert not {_node_id(page, k) for k in outside} & shown
    edges = page.js("return cppccMap.edgeView.get().map(e => [e.from, e.to]);")
    assert all(a in shown and b in shown for a, b in edges)
    select.select_by_index(0)
    assert page.js("return cppccMap.nodeView.length;") == stats.nodes


def test_browser_map_click_shows_panel_with_evidence(map_page: tuple[Page, Any], tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page, _stats = map_page
    _reset(page)
    node = _node_id(page, "person/141000/杨忠华")
    page.js(
        f"cppccMap.network.focus({node}, {{scale: 2.5, animation: false}}); cppccMap.network.unselectAll();"
    )
    spot = page.js(f"return cppccMap.network.canvasToDOM(cppccMap.network.getPosition({node}));")
    canvas = page.driver.find_element(By.CSS_SELECTOR, "#network canvas")
    size = canvas.size
    ActionChains(page.driver).move_to_element_with_offset(
        canvas, round(spot["x"] - size["width"] / 2), round(spot["y"] - size["height"] / 2)
    ).click().perform()
    assert page.js("return cppccMap.network.getSelectedNodes();") == [node]
    text = page.panel_text()
    assert text.startswith("杨忠华")
    assert "市政协副主席 · 政协临汾市委员会" in text  # the role and its organization
    assert "市政协副主席杨忠华主持会议。" in text  # an evidence sentence ...
    assert "d06_linfen.txt" in text  # ... and its source file
    marks = page.js("return Array.from(document.querySelectorAll('#panel mark')).map(m => m.textContent);")
    assert marks and set(marks) == {"杨忠华"}
    page.driver.save_screenshot(str(tmp_path / "panel.png"))


def test_browser_map_shows_markup_from_reports_as_text(map_page: tuple[Page, Any]) -> None:
    page, _stats = map_page
    _reset(page)
    assert page.js(f"return cppccMap.select({_node_id(page, 'initiative/xss')});")
    heading = page.js("return document.querySelector('#panel h2').textContent;")
    assert heading == MAP.SCRIPT
    text = page.panel_text()
    assert MAP.IMG in text and "xss.txt" in text
    assert page.js("return document.querySelectorAll('img, #panel script').length;") == 0
    page.js("cppccMap.search(arguments[0]);", MAP.IMG)
    assert page.alerts() == []
    assert page.severe() == []


# --- The spans page ----------------------------------------------------------------------------


def test_browser_spans_draws_the_matrix_offline(spans_page: tuple[Page, Any], tmp_path: Path) -> None:
    page, stats = spans_page
    placed = page.js("return cppccSpans.data.rows.filter(r => r.cells.length).length;")
    rows = page.js("return document.querySelectorAll('#matrix tbody tr').length;")
    cells = page.js("return document.querySelectorAll('#matrix tbody td button').length;")
    columns = page.js("return document.querySelectorAll('#matrix thead tr.cities th').length;")
    assert rows == placed == page.js("return cppccSpans.rowCount();")
    assert cells == stats.cells == page.js("return cppccSpans.cellCount();")
    assert columns == stats.cities
    unplaced = page.js(
        "return Array.from(document.querySelectorAll('#unplaced li')).map(li => li.textContent);"
    )
    assert unplaced == ["中原经济区"] and rows + len(unplaced) == stats.initiatives
    _assert_offline_and_clean(page)
    page.driver.save_screenshot(str(tmp_path / "spans.png"))


def test_browser_spans_cell_click_shows_evidence(spans_page: tuple[Page, Any]) -> None:
    from selenium.webdriver.common.by import By

    page, _stats = spans_page
    row = page.js("return cppccSpans.data.rows.findIndex(r => r.key === 'initiative/美丽南宫');")
    city = page.js("return cppccSpans.data.cities.findIndex(c => c.label === '邢台市');")
    button = (
        page.driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")[row]
        .find_elements(By.CSS_SELECTOR, "td")[city]
        .find_element(By.TAG_NAME, "button")
    )
    button.click()
    text = page.panel_text()
    assert text.startswith("经济强市、美丽南宫")
    assert "为建设经济强市、美丽南宫宏伟目标而努力奋斗。" in text and "d14_nangong.txt" in text
    assert "涉及地点：南宫市" in text


@pytest.mark.parametrize(
    ("query", "rows"), [("数字平阴", 1), ("美丽南宫", 1), ("发展", 1), ("没有这个举措", 0), ("", 5)]
)
def test_browser_spans_filter(spans_page: tuple[Page, Any], query: str, rows: int) -> None:
    from selenium.webdriver.common.by import By

    page, _stats = spans_page
    box = page.driver.find_element(By.ID, "filter")
    box.clear()
    if query:
        box.send_keys(query)
    else:
        page.js("cppccSpans.filter('');")
    shown = page.js(
        "return Array.from(document.querySelectorAll('#matrix tbody tr')).filter(r => !r.hidden).length;"
    )
    assert shown == rows == page.js("return cppccSpans.rowCount();")


def test_browser_spans_shows_markup_from_reports_as_text(spans_page: tuple[Page, Any]) -> None:
    page, _stats = spans_page
    page.js("cppccSpans.filter('');")
    labels = page.js(
        "return Array.from(document.querySelectorAll('#matrix tbody th button')).map(b => b.textContent);"
    )
    assert SPANS.SCRIPT in labels
    row = page.js("return cppccSpans.data.rows.findIndex(r => r.key === 'initiative/xss');")
    city = page.js("return cppccSpans.data.rows[arguments[0]].cells[0][0];", row)
    assert page.js("return cppccSpans.select(arguments[0], arguments[1]);", row, city)
    text = page.panel_text()
    assert text.startswith(SPANS.SCRIPT) and f"{SPANS.SCRIPT}在临汾调研。" in text and "xss.txt" in text
    page.js("cppccSpans.showRow(arguments[0]);", row)
    assert SPANS.IMG in page.panel_text()  # the alias
    page.js("cppccSpans.filter(arguments[0]);", SPANS.IMG)
    assert page.js("return cppccSpans.rowCount();") == 1
    assert page.js("return document.querySelectorAll('img').length;") == 0
    assert page.alerts() == []
    assert page.severe() == []


def test_browser_large_map_starts_with_mentioned_in_hidden(
    driver: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selenium.webdriver.common.by import By

    import graph.view

    monkeypatch.setattr(graph.view, "LARGE", 1)
    path = tmp_path / "graph.html"
    stats = render_map(MAP.build_kb(), path)
    page = Page(driver, path, "cppccMap")
    _assert_offline_and_clean(page)
    mentions = page.js("return cppccMap.data.edges.filter(e => e.kind === 'mentionedIn').length;")
    assert mentions > 0
    assert page.js("return cppccMap.edgeView.length;") == stats.edges - mentions
    boxes = page.driver.find_elements(By.CSS_SELECTOR, "#legend-edges input")
    kinds = page.js("return cppccMap.data.edgeKinds.map(k => k.kind);")
    box = boxes[kinds.index("mentionedIn")]
    assert not box.is_selected()
    box.click()
    assert page.js("return cppccMap.edgeView.length;") == stats.edges
