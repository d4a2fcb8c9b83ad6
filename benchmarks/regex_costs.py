"""``python -m benchmarks.regex_costs``: the extraction stage's regex time, pattern by pattern.

Why: cProfile sums every ``re.Pattern`` method into one line, and timing a pattern through
a wrapper charges the wrapper to it. So the stage runs once over the benchmark inputs with
``re.compile`` handing out recording wrappers (each pattern named by the line that compiled
it), and every recorded call (method, text, pos, endpos) is then replayed on the plain
compiled pattern alone, best of a few rounds. Two floors are replayed over the same calls:
a pattern that fails at once (what a call costs at all) and a pattern that tries every
position behind a word-boundary lookbehind and never matches (what scanning a window costs
before any alternative is tried). A pattern's time close to the second floor is the engine
walking the window, which no rewrite of its alternatives can remove; only fewer or shorter
windows can. Run it in a fresh process (the wrappers must be in place before the
extraction modules compile their patterns)."""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

_ROUNDS = 5
# A call that fails at once (one character no text holds), and a scan of every position
# behind the lookbehind most word patterns open with, never matching
_CALL_FLOOR = "\uffff"
_SCAN_FLOOR = r"(?<![\w])\uffff"

type Call = tuple[str, int, int, int]  # method, text index, pos, endpos


class _Recorder:
    """Compiled patterns that note every ``search``/``match``/``fullmatch``/``finditer``."""

    def __init__(self) -> None:
        self.on = False
        self.texts: dict[str, int] = {}
        self.calls: dict[str, list[Call]] = defaultdict(list)
        self.sources: dict[str, tuple[str, int]] = {}

    def install(self) -> None:
        compile_ = re.compile
        lookup = re._compile  # type: ignore[attr-defined]
        recorder = self

        class Recording:
            def __init__(self, pattern: re.Pattern[str], site: str) -> None:
                self._p, self._site = pattern, site
                self.pattern, self.flags = pattern.pattern, pattern.flags
                self.groups, self.groupindex = pattern.groups, pattern.groupindex

            def __getattr__(self, name: str) -> Any:
                return getattr(self._p, name)

            def __hash__(self) -> int:
                return hash(self._p)

            def __eq__(self, other: object) -> bool:
                return self._p == getattr(other, "_p", other)

        def recorded(name: str) -> Callable[..., Any]:
            def call(self: Any, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
                if recorder.on:
                    index = recorder.texts.setdefault(string, len(recorder.texts))
                    recorder.calls[self._site].append((name, index, pos, endpos))
                return getattr(self._p, name)(string, pos, endpos)

            return call

        for name in ("search", "match", "fullmatch", "finditer"):
            setattr(Recording, name, recorded(name))

        def compiled(pattern: Any, flags: int = 0) -> Any:
            plain = compile_(getattr(pattern, "_p", pattern), flags)
            frame, sites = sys._getframe(1), []
            while frame is not None and len(sites) < 2:
                where = frame.f_code.co_filename.rsplit("crawler/", 1)[-1]
                sites.append(f"{where}:{frame.f_lineno}")
                frame = frame.f_back
            # a pattern built by a helper of persian.py is named by the helper's caller too
            site = sites[0] if "persian.py" not in sites[0] else f"{sites[0]} < {sites[-1]}"
            recorder.sources.setdefault(site, (plain.pattern, plain.flags))
            return Recording(plain, site)

        re.compile = compiled  # type: ignore[assignment]
        re._compile = lambda p, f: getattr(p, "_p", None) or lookup(p, f)  # type: ignore[attr-defined]


def replay(pattern: re.Pattern[str], calls: list[Call], texts: list[str], articles: int) -> float:
    """Microseconds per article of ``calls`` made on ``pattern`` (best of ``_ROUNDS``)."""
    best = float("inf")
    for _ in range(_ROUNDS):
        start = time.perf_counter()
        for method, index, pos, endpos in calls:
            if method == "finditer":
                for _m in pattern.finditer(texts[index], pos, endpos):
                    pass
            else:
                getattr(pattern, method)(texts[index], pos, endpos)
        best = min(best, time.perf_counter() - start)
    return best / articles * 1e6


def main(top: int = 30) -> None:
    if any(name.startswith("crawler.extraction") for name in sys.modules):
        raise SystemExit("run in a fresh process: the extraction patterns are compiled already")
    recorder = _Recorder()
    recorder.install()
    from benchmarks.calls import extraction_inputs
    from crawler.stages.extraction import extract_article

    items = extraction_inputs()
    for item in items:  # warm-up: first-use compilation and tables are start-up
        extract_article(dict(item))
    recorder.on = True
    for item in items:
        extract_article(dict(item))
    recorder.on = False
    texts = [""] * len(recorder.texts)
    for text, index in recorder.texts.items():
        texts[index] = text
    n = len(items)
    call_floor, scan_floor = re.compile(_CALL_FLOOR), re.compile(_SCAN_FLOOR)
    rows = []
    for site, calls in recorder.calls.items():
        pattern = re.compile(*recorder.sources[site])
        own = replay(pattern, calls, texts, n)
        floors = (replay(call_floor, calls, texts, n), replay(scan_floor, calls, texts, n))
        rows.append((own, len(calls) / n, *floors, site, pattern.pattern[:50]))
    rows.sort(reverse=True)
    total = [sum(r[i] for r in rows) for i in range(4)]
    print(f"{n} articles, {len(rows)} patterns: {total[0]:.0f} µs and {total[1]:.0f} calls per")
    print(f"article (call floor {total[2]:.0f} µs, scan floor {total[3]:.0f} µs)")
    print("µs/article  calls  call floor  scan floor  site  pattern")
    for own, calls_per, floor, scan, site, source in rows[:top]:
        print(f"{own:10.2f} {calls_per:6.1f} {floor:11.2f} {scan:11.2f}  {site}  {source!r}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
