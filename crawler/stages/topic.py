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

from crawler.extraction import extract_record

# Stems matched at a word start, so inflections («صادراتی», «بانک‌ها», «تولیدکنندگان»)
# count too. Deliberately absent: words common in non-economic news («طرح», «برنامه»,
# «سالن», «تیم») and stems that open unrelated words («دام» → «دامنه», «برق» → «برقراری»,
# «کارگر» → «کارگردان», «صادر» → «حکم صادر شد»).
# fmt: off
ECONOMIC_TERMS: tuple[str, ...] = (
    "اقتصاد", "صادرات", "واردات", "ترانزیت", "تجارت", "تجاری", "بازرگانی", "گمرک", "بازارچه",
    "بازار", "قیمت", "گرانی", "تورم", "تولید", "صنعت", "صنایع", "صنعتی", "کارخانه", "شهرک صنعتی",
    "معدن", "معادن", "معدنی", "استخراج", "فولاد", "پتروشیمی", "پالایشگاه", "نفت", "گاز",
    "نیروگاه", "انرژی", "اشتغال", "شغل", "بیکاری", "کارگران", "سرمایه", "سرمایه گذاری",
    "تسهیلات", "وام", "بانک", "اعتبار", "بودجه", "درآمد", "مالیات", "یارانه", "خرید تضمینی",
    "کشاورزی", "کشاورز", "باغدار", "محصول", "برداشت", "دامپروری", "دامدار", "شیلات", "آبزی",
    "گردشگری", "گردشگر", "بندر", "بنادر", "کشتیرانی", "لجستیک", "مسکن", "زیرساخت", "منطقه آزاد",
    "بورس", "نرخ ارز", "دلار", "ریال", "تومان", "نقدینگی", "زیان", "مطالبات", "فرآوری",
    "بسته بندی", "صنایع دستی", "نساجی", "خودرو", "قطعه سازی",
)
# fmt: on
# Figure units that only economic news carries (extraction's unit codes).
ECONOMIC_UNITS = frozenset(
    {
        "USD",
        "EUR",
        "IRR",
        "IRT",
        "IRT_HEMAT",
        "AED",
        "CNY",
        "ton",
        "hectare",
        "MW",
        "MWh",
        "kWh",
        "barrel",
        "m3",
    }
)
TITLE_WEIGHT, BODY_WEIGHT, FIGURE_WEIGHT = 2, 1, 1
THRESHOLD = 2

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": " ", "\u200d": ""})
_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Arabic letters to Persian, ZWNJ to a space: «سرمایه‌گذاری» == «سرمایه گذاری»."""
    return _SPACE.sub(" ", (text or "").translate(_FOLD)).strip()


_TERMS = re.compile(
    r"(?<![\w])("
    + "|".join(sorted((re.escape(fold(t)) for t in ECONOMIC_TERMS), key=len, reverse=True))
    + ")"
)


def economic_terms(text: str | None) -> set[str]:
    """The lexicon terms found in ``text`` (folded forms)."""
    return set(_TERMS.findall(fold(text)))


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
