"""Round 32 (heldout29's subject misses, counted against the dev gold first): team-written
sentences (not corpus text), one row per variant, with the near misses the rule must leave
alone.

- money named as the next item of a list («X با N دلار») after money of an export, import
  or transit flow in the same sentence and unit is more of that flow, whatever sector the
  item's goods name (dev gold: 12 of 12 such items take the flow the list opened with).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

_EXPORT_LIST = (
    "بیشترین سهم صادرات استان مربوط به کالاهای صنعتی با ۵۰۰ میلیون دلار؛ "
    "کالاهای کشاورزی با ۱۲۰ میلیون دلار، محصولات صنایع مس با ۹۵ میلیون دلار، "
    "فرش و صنایع دستی با ۶۰ میلیون دلار؛ محصولات پتروشیمی با ۴۰ میلیون دلار بوده است."
)
_EXPORTS_THEN_LIST = (
    "صادرات استان ۸۰۰ میلیون دلار بود؛ کالاهای کشاورزی با ۱۲۰ میلیون دلار، "
    "سنگ‌های معدنی با ۹۵ میلیون دلار در رده‌های بعد قرار گرفتند."
)

FLOW_LIST_ROWS = [
    (_EXPORT_LIST, 120000000, "exports"),
    (_EXPORT_LIST, 95000000, "exports"),
    (_EXPORT_LIST, 60000000, "exports"),
    (_EXPORT_LIST, 40000000, "exports"),
    (_EXPORTS_THEN_LIST, 95000000, "exports"),
    (
        "واردات استان ۳۰۰ میلیون دلار بود؛ ماشین‌آلات صنعتی با ۹۰ میلیون دلار؛ "
        "نهاده‌های دامی با ارزش ۷۰ میلیون دلار بیشترین سهم را داشتند.",
        70000000,
        "imports",
    ),
    # near miss: the amount before is no flow, so a sector stays the item's
    (
        "اعتبارات عمرانی استان ۲۰۰ میلیارد تومان است؛ بخش کشاورزی با ۴۰ میلیارد تومان "
        "بیشترین سهم را دارد.",
        40000000000,
        "agriculture",
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), FLOW_LIST_ROWS)
def test_flow_list_continues(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


# kinds: items of one list of amounts a semicolon cut off from the verb take the kind the
# other items of the list have (dev gold: items of one list never mix a kind and none)
_LIST_ACROSS_SEMICOLONS = (
    "سهم صادرات مربوط به فرآورده‌های لبنی با ۳۰ میلیون دلار، میوه با ۲۰ میلیون دلار؛ "
    "کالاهای کشاورزی با ۱۲ میلیون دلار، صنایع دستی با ۹ میلیون دلار؛ "
    "محصولات پتروشیمی با ۵ میلیون دلار بوده است."
)

LIST_KIND_ROWS = [
    (_LIST_ACROSS_SEMICOLONS, 12000000, "actual"),
    (_LIST_ACROSS_SEMICOLONS, 9000000, "actual"),
    (_EXPORT_LIST, 95000000, "actual"),
    # near miss: a list of plans keeps no borrowed past
    (
        "برای سال آینده سهم کالاهای صنعتی با ۵۰۰ میلیون دلار؛ کالاهای کشاورزی با "
        "۱۲۰ میلیون دلار هدف‌گذاری شده است.",
        120000000,
        "target",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), LIST_KIND_ROWS)
def test_list_items_share_kind(text: str, value: float, kind: str) -> None:
    assert _figure(text, value)["kind"] == kind


# «واحدهای معدنی» (mining units) is an establishment plural of mining_units, as «معادن» is:
# a multiple or a count of them counts the units (dev gold: 7 of 7 beside «واحد(های) معدنی»)
MINING_UNITS_ROWS = [
    ("افزایش سه برابری واحدهای معدنی در استان یزد", 3, "mining_units"),
    ("تعداد واحدهای معدنی فعال در استان دو برابر شد.", 2, "mining_units"),
    ("رشد ۱۵ درصدی تعداد واحد های معدنی استان", 15, "mining_units"),
    # near miss: the output of mines is production, not the units
    ("تولید محصولات معدنی استان سه برابر شد.", 3, "production"),
]


@pytest.mark.parametrize(("text", "value", "subject"), MINING_UNITS_ROWS)
def test_mining_units_plural(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
