"""Is an article provincial economic news? A plain, explainable rule (issue 6).

Relevant means: the article is about a province (extraction found at least one) *and*
about the economy. The economy test is a small lexicon of economic subjects
(production, trade, jobs, investment, prices, farming, mining, energy, …) scored by
where a term appears: a term in the title or lead is the article's subject (2 points),
a term in the body may be an aside (1 point per distinct term), and a money, tonnage
or other economic figure found by extraction adds a point. Two points make it
economic. A lexicon rather than a classifier, so a wrong decision can be traced to a
word and fixed by editing the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from crawler.data import load
from crawler.extraction import extract_record
from crawler.extraction.persian import fold

# The lexicon and the economic unit codes: crawler/data/economic_terms.json.
_LEXICON = load("economic_terms.json")
ECONOMIC_TERMS: tuple[str, ...] = tuple(_LEXICON["terms"])
ECONOMIC_UNITS = frozenset(_LEXICON["units"])
TITLE_WEIGHT, BODY_WEIGHT, FIGURE_WEIGHT = 2, 1, 1
THRESHOLD = 2

_SPACE = re.compile(r"\s+")


def _normal(text: str | None) -> str:
    """Folded (Arabic letters to Persian, ZWNJ to a space: «سرمایه‌گذاری» == «سرمایه
    گذاری»), with runs of white space made one space."""
    return _SPACE.sub(" ", fold(text or "")).strip()


_TERMS = re.compile(
    r"(?<![\w])("
    + "|".join(sorted((re.escape(_normal(t)) for t in ECONOMIC_TERMS), key=len, reverse=True))
    + ")"
)


def economic_terms(text: str | None) -> set[str]:
    """The lexicon terms found in ``text`` (folded forms)."""
    return set(_TERMS.findall(_normal(text)))


def economic_score(
    title: str | None, lead: str | None, body: str | None, figures: Iterable[Mapping[str, Any]] = ()
) -> int:
    """Points for economic subject matter (see the module docstring)."""
    head = economic_terms(f"{title or ''} \n {lead or ''}")
    rest = economic_terms(body) - head
    score = TITLE_WEIGHT * len(head) + BODY_WEIGHT * len(rest)
    if any(f.get("unit") in ECONOMIC_UNITS for f in figures or ()):
        score += FIGURE_WEIGHT
    return score


def is_provincial_economy(
    title: str | None,
    lead: str | None,
    body: str | None,
    provinces: Iterable[Any] | None,
    figures: Iterable[Mapping[str, Any]] | None = None,
) -> bool:
    """True when the article names a province and its subject is economic."""
    if not provinces or not list(provinces):
        return False
    return economic_score(title, lead, body, figures or ()) >= THRESHOLD


def item_is_provincial_economy(item: Mapping[str, Any]) -> bool:
    """The topic flag of an item; its provinces are extracted here when the extraction
    stage has not run, so a missing stage never marks everything irrelevant."""
    provinces = item.get("provinces")
    if provinces is None:
        found = extract_record(item.get("title"), item.get("lead"), item.get("body") or "")
        provinces = found.get("provinces") or []
    return is_provincial_economy(
        item.get("title"), item.get("lead"), item.get("body"), provinces, item.get("figures") or []
    )
