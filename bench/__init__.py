"""Benchmarks and evaluation of the cppcc-kg builder.

``python -m bench`` measures speed and memory (see ``bench/README.md``),
``python -m bench.evaluate`` scores our graph beside the peer taggers,
``python -m bench.generate`` writes scaled corpora, and ``bench.peers`` holds
the peers (Baidu LAC, jieba's part-of-speech tagger).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA_DIR", "OUT_DIR", "REPO_ROOT", "default_shared"]

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The repository's root folder."""
DATA_DIR = Path(__file__).resolve().parent / "data"
"""Data files the benchmark reads (name lists, post words)."""
OUT_DIR = REPO_ROOT / "bench" / "out"
"""Where benchmark runs write results and cached corpora (ignored by git)."""


def default_shared() -> Path:
    """The shared folder (gold, dev texts, corpora): ``../shared`` beside the repository."""
    return (REPO_ROOT / ".." / "shared").resolve()
