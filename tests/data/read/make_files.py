"""Write the reading test files from real report text (run once; the files are committed).

Sources: the dev excerpts (/work/shared/eval/dev/texts) and the Wikisource
reports (/work/shared/corpora). Each file is a few KB at most.

    .venv/bin/python tests/data/read/make_files.py /work/shared
"""

from __future__ import annotations

import codecs
import gzip
import sys
from pathlib import Path

HERE = Path(__file__).parent
BIG5_FORMS = str.maketrans("届産够强爲着麽况却", "屆產夠強為著麼況卻")


def main(shared: Path) -> None:
    def dev(name: str) -> str:
        return (shared / "eval/dev/texts" / name).read_text(encoding="utf-8")

    def corpus(name: str, size: int) -> str:
        text = (shared / "corpora" / name).read_text(encoding="utf-8")[:size]
        return text[: text.rfind("\n") + 1] if "\n" in text else text

    files: dict[str, bytes] = {}
    simplified = dev("d07_xiangxi.txt")
    files["utf8.txt"] = simplified.encode("utf-8")
    files["utf8_bom.txt"] = codecs.BOM_UTF8 + simplified.encode("utf-8")
    files["gbk.txt"] = dev("d02_changzhi.txt").encode("gbk")
    wide = dev("d03_jincheng.txt")
    files["utf16le_bom.txt"] = codecs.BOM_UTF16_LE + wide.encode("utf-16-le")
    files["utf16be_bom.txt"] = codecs.BOM_UTF16_BE + wide.encode("utf-16-be")
    files["utf16le.txt"] = dev("d04_shuozhou.txt").encode("utf-16-le")
    files["utf16be.txt"] = dev("d04_shuozhou.txt").encode("utf-16-be")
    traditional = corpus("gov-work-reports/1954.txt", 1200)
    files["traditional.txt"] = traditional.encode("utf-8")
    # a Big5 file writes the Taiwan forms of the variants Wikisource keeps from the mainland
    files["big5.txt"] = traditional.translate(BIG5_FORMS).encode("big5")
    crlf = dev("d10_lasa.txt")
    files["crlf.txt"] = crlf.replace("\n", "\r\n").encode("utf-8")
    files["fullwidth.txt"] = corpus("gov-work-reports/1956.txt", 700).encode("utf-8")
    paragraphs = dev("d09_lincang.txt").split("\n")
    # what Word and web exports leave: page breaks, vertical tabs, a bell, an escape
    stray = ["\x0c", "\x0b", "\x07", "\x1b", "\x0c"]
    files["controls.txt"] = "\n".join(
        p + stray[i % len(stray)] if p else p for i, p in enumerate(paragraphs)
    ).encode("utf-8")
    files["empty.txt"] = b""
    files["blank.txt"] = " \u3000\t\n\r\n\u3000\u3000 \n".encode()
    files["binary.txt"] = gzip.compress(dev("d05_pingding.txt").encode("utf-8"), mtime=0)
    half = dev("d12_jiaozuo.txt")
    middle = len(half) // 2
    files["mixed.txt"] = half[:middle].encode("gbk") + half[middle:].encode("utf-8")
    damaged = dev("d06_linfen.txt").encode("utf-8")
    files["damaged.txt"] = damaged[:700] + damaged[701:]  # one byte of a character lost
    for name, data in sorted(files.items()):
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
