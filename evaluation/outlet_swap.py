"""Metamorphic measurement of attribution on outlets the product has never met.

    python -m evaluation.realtext swap-outlets --part dev [--json] [--misses]

Why: dev attribution reads 1.000 while every first run on unseen texts read 0.79-0.88,
mostly on outlets (and spellings) no list held. Waiting for new texts measures this once
per round; swapping names measures it now. For every cached text whose gold agency is
written in it, the agency's mentions are replaced by an outlet the team invented
(``evaluation/invented_outlets.json``, none of them known to the product), and the product
must credit the invented outlet by its name. Beside that plain swap, each text is rewritten
with its credit removed and one credit phrasing written in (a dateline, «به گزارش X از
شهر»، an interview, a closing «/X», a source line, a chain «به گزارش Y به نقل از X» whose
origin must win). The texts are third-party: the swapped versions live in memory only.

Every choice (the outlet of a text, the phrasing's place) follows from the text's id, so
two runs on the same code give the same numbers. Extraction runs in-process through the
same spider and pipelines as ``scrapy extract`` (cleaning, normalising, extraction), so
the numbers are the product's.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from crawler.extraction.persian import fold, key

DATA = Path(__file__).resolve().parent / "invented_outlets.json"
AGENCIES = Path(__file__).resolve().parent.parent / "crawler" / "data" / "agencies.json"

# The product's pipelines up to extraction (no duplicate filter: variants of one text
# are near-duplicates on purpose; no feed or state).
PIPELINES = {
    "pipelines.boilerplate.BoilerplatePipeline": 200,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.extraction.ExtractionPipeline": 400,
}


@dataclass(frozen=True)
class Outlet:
    """An invented outlet: how a text writes it, and the name the gold would credit."""

    written: str
    credited: str


def invented_outlets(path: Path = DATA) -> list[Outlet]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Outlet(o["written"], o["credited"]) for o in data["outlets"]]


@lru_cache(maxsize=1)
def _agencies() -> tuple[dict[str, list[str]], frozenset[str]]:
    """Canonical name -> every spelling; and the spellings that are everyday words."""
    data = json.loads(AGENCIES.read_text(encoding="utf-8"))
    spellings = {a["name"]: [a["name"], *a["aliases"]] for a in data["agencies"]}
    return spellings, frozenset(key(w) for w in data["common_word_aliases"])


def known_keys() -> frozenset[str]:
    """Comparison keys of every spelling of every known agency."""
    spellings, _ = _agencies()
    return frozenset(key(s) for names in spellings.values() for s in names)


def _spelling_re(spelling: str) -> str:
    """A spelling in folded text, spaces and ZWNJ optional between its words."""
    words = fold(spelling).split()
    return r"\s*".join(re.escape(w) for w in words)


# What stands right before an everyday-word spelling («مهر», «فارس») when it credits the
# agency: a desk word, a credit cue, a slash, a bracket or a dash; anywhere else it is a
# month or a province and stays.
_CREDIT_BEFORE = re.compile(
    r"(?:خبرنگار|خبرنگاران|گزارش|نقل\s?از|منبع(?:\s?خبر)?\s?[:：]?|گفت\s?و\s?گو\s?با|گفتگو\s?با"
    r"|مصاحبه\s?با|[/(\-–—])\s*$"
)
_CREDIT_AFTER = re.compile(r"^\s*(?:[:/؛)\-–—]|از\s|در\s|\s*$)")
_LETTER = r"[^\W\d_]"


def mentions(text: str, agency: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``agency`` (any spelling, longest first), as offsets into
    ``text``; an everyday-word spelling only in a credit's place."""
    spellings, common = _agencies()
    names = spellings.get(agency, [agency])
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    for spelling in sorted(names, key=lambda s: -len(s)):
        if not _PERSIAN_OR_LATIN.search(spelling) or "." in spelling:
            continue  # (addresses: «irna.ir» is a site's url, not a credit in prose)
        pattern = re.compile(
            rf"(?:(?<!{_LETTER})|(?<=خبرنگار)){_spelling_re(spelling)}(?!{_LETTER})"
        )
        for m in pattern.finditer(folded):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            if key(spelling) in common and not (
                _CREDIT_BEFORE.search(folded[max(0, a - 25) : a])
                or _CREDIT_AFTER.match(folded[b : b + 4])
            ):
                continue
            taken.append((a, b))
    return sorted(taken)


_PERSIAN_OR_LATIN = re.compile(r"[^\W\d_]")


def swap(text: str, spans: list[tuple[int, int]], name: str) -> str:
    """``text`` with every span replaced by ``name``."""
    out, last = [], 0
    for a, b in spans:
        out += [text[last:a], name]
        last = b
    out.append(text[last:])
    return "".join(out)


_CLAUSE_START = "\n.!؟?،؛"
_CLAUSE_END = "\n.،؛:"


def neutral(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the clauses that credit the agency: from the previous mark (a
    full stop, comma, line break) to the next one (a comma or colon included)."""
    cuts: list[tuple[int, int]] = []
    for a, b in spans:
        lo = max((text.rfind(c, max(0, a - 120), a) for c in _CLAUSE_START), default=-1) + 1
        ends = [i for i in (text.find(c, b, b + 200) for c in _CLAUSE_END) if i >= 0]
        hi = min(ends) if ends else len(text)
        if hi < len(text) and text[hi] in "،؛:":
            hi += 1
        cuts.append((lo, hi))
    out, last = [], 0
    for lo, hi in sorted(cuts):
        if lo < last:
            lo = last
        out.append(text[last:lo])
        last = max(last, hi)
    out.append(text[last:])
    return "".join(out)


# A credit cue of any kind: a text that still has one after its agency's clauses are
# removed may credit someone else (its own site, a press office): no phrasing variant.
_ANY_CREDIT_RE = re.compile(
    r"به\s?گزارش|به\s?نقل\s?از|برگرفته\s?از|منبع|خبرنگار|نوشت|انتهای\s?پیام|/\s*\S+\s*$"
)
_LEAD_RE = re.compile(r"(?m)^[^\n]{80,}")
_SAID_RE = re.compile(rf"(?<!{_LETTER})گفت(?!{_LETTER}|\s?و\s?گو)")


def _at_lead(text: str, phrase: str) -> str | None:
    m = _LEAD_RE.search(text)
    return None if m is None else text[: m.start()] + phrase + text[m.start() :]


def _variants(place: str, x: Outlet, y: Outlet) -> dict[str, Callable[[str], str | None]]:
    """Credit phrasings written into a neutral text, each naming ``x`` (``y``: the
    republishing site of a chain)."""
    return {
        "dateline": lambda t: _at_lead(t, f"{place} - {x.written}: "),
        "report": lambda t: _at_lead(t, f"به گزارش {x.written} از {place}، "),
        "interview": lambda t: (
            None
            if (m := _SAID_RE.search(t)) is None
            else t[: m.start()] + f"در گفت‌وگو با خبرنگار {x.written} " + t[m.start() :]
        ),
        "closing": lambda t: t.rstrip() + f" /{x.written}\n",
        "source": lambda t: t.rstrip() + f"\nمنبع: {x.written}\n",
        "chain": lambda t: _at_lead(t, f"به گزارش {y.written} به نقل از {x.written}، "),
    }


MODES = ("unswapped", "swapped", "dateline", "report", "interview", "closing", "source", "chain")


@dataclass(frozen=True)
class Case:
    """One text in one mode: what the product must credit."""

    seed: str
    mode: str
    text: str
    expected: str | None


def _pick(seed: str, n: int, salt: str = "") -> int:
    return int(hashlib.sha256((salt + seed).encode("utf-8")).hexdigest(), 16) % n


def cases(golds: list[dict], texts: dict[str, str], outlets: list[Outlet]) -> Iterator[Case]:
    """Every case of every text whose gold agency is written in it."""
    for g in golds:
        agency = g.get("attributed_to")
        text = texts.get(g["seed"])
        if not agency or text is None:
            continue
        spans = mentions(text, agency)
        if not spans:
            continue
        x = outlets[_pick(g["seed"], len(outlets))]
        y = outlets[(outlets.index(x) + 1 + _pick(g["seed"], len(outlets) - 1, "y")) % len(outlets)]
        yield Case(g["seed"], "unswapped", text, agency)
        yield Case(g["seed"], "swapped", swap(text, spans, x.written), x.credited)
        bare = neutral(text, spans)
        if _ANY_CREDIT_RE.search(bare):
            continue
        place = (g.get("provinces") or ["استان"])[0]
        for mode, write in _variants(place, x, y).items():
            written = write(bare)
            if written is not None:
                yield Case(g["seed"], mode, written, x.credited)


def _run() -> Callable[[str, str], dict[str, Any] | None]:
    """The product's record of a text, in-process (generic spider, the pipelines above)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.reactor import install_reactor, is_reactor_installed

    from crawler.offline import OfflineRun

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ITEM_PIPELINES", PIPELINES, priority="cmdline")
    settings.set("LOG_ENABLED", False, priority="cmdline")
    if not is_reactor_installed():
        install_reactor(settings["TWISTED_REACTOR"])
    run = OfflineRun(SpiderLoader.from_settings(settings).load("generic"), settings)

    def record(seed: str, text: str) -> dict[str, Any] | None:
        item = run.item_from_bytes(text.encode("utf-8"), f"file:///swap/{seed}", True, seed)
        return run.process(item)[0]

    return record


def measure(golds: list[dict], texts: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Attribution accuracy per mode, and one line per miss (no third-party text)."""
    record = _run()
    tally: dict[str, list[int]] = {m: [0, 0] for m in MODES}
    misses: list[str] = []
    for case in cases(golds, texts, invented_outlets()):
        rec = record(case.seed, case.text)
        got = rec.get("attributed_to") if rec else None
        ok = key(got) == key(case.expected)
        tally[case.mode][0] += ok
        tally[case.mode][1] += 1
        if not ok:
            misses.append(f"{case.mode:9} {case.seed}: {got} != {case.expected}")
    summary: dict[str, Any] = {
        m: {"texts": n, "accuracy": round(ok / n, 3) if n else None} for m, (ok, n) in tally.items()
    }
    variants = [tally[m] for m in MODES[2:]]
    n = sum(t[1] for t in variants)
    summary["phrasings_all"] = {
        "texts": n,
        "accuracy": round(sum(t[0] for t in variants) / n, 3) if n else None,
    }
    return summary, misses
