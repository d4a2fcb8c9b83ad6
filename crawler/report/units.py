"""Units and scales made comparable: every Iranian money unit in rials, masses in tonnes.

Figures in the feeds already carry their scale in the value («۲۵ هزار تن» is 25000 ton)
and money in the unit the article used (IRT for tomans, IRR for rials). An analyst
comparing two provinces needs one unit per quantity, so the report adds a normalised
value and unit beside the original ones. Records of older schemas or other tools may
write the scale into the unit («میلیارد تومان», «million USD»): the scale words are
multiplied out first. The vocabulary is ``crawler/data/report_units.json``.
"""

from __future__ import annotations

import re
from functools import cache

from crawler.report.vocab import units


@cache
def _scale_re() -> re.Pattern[str]:
    words = sorted(units()["scales"], key=len, reverse=True)
    return re.compile(r"^\s*(" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE)


def split_scale(unit: str) -> tuple[float, str]:
    """«هزار میلیارد تومان» -> (10^12, «تومان»): every leading scale word multiplied out."""
    factor = 1.0
    scales = {k.lower(): v for k, v in units()["scales"].items()}
    while match := _scale_re().match(unit):
        factor *= scales[match.group(1).lower()]
        unit = unit[match.end() :]
    return factor, unit.strip()


@cache
def conversion(unit: str) -> tuple[float, str]:
    """The factor and normalised unit of one unit string (cached: a feed has few units)."""
    scale, base = split_scale(unit)
    rule = units()["units"].get(base) or units()["units"].get(base.upper())
    if rule is None:
        return scale, base or unit
    return scale * rule["factor"], rule["to"]


def normalise(value: float, unit: str) -> tuple[float, str]:
    """The value and unit an analyst compares: IRT×10 -> IRR, همت -> IRR, kg -> ton.

    A unit the vocabulary does not know (percent, person, hectare, ...) is already
    comparable and is kept as it is.
    """
    factor, to = conversion(unit)
    if factor == 1:
        return value, to
    return float(f"{value * factor:.12g}"), to
