"""Attribution («به گزارش X از Y،» -> X) and news ids («کد خبر N»).

The agency is what follows «به گزارش» up to the first comma, minus the provincial desk
(«از قزوین») and desk prefixes («گروه استان‌های ...»). Known agencies are returned in
their canonical spelling with ZWNJ restored («معدننامه» -> «معدن‌نامه»), because outlets
and cleaners drop ZWNJ at random and the value is used as a key downstream.
ISNA writes its source as a lead prefix «ایسنا/کردستان» instead: read that too.
"""

from __future__ import annotations

import re

from crawler.extraction.lexicon import AGENCY_NAMES, LEAD_SOURCE_RE
from crawler.extraction.persian import WB_L, WB_R, fold, key

# Canonical names (crawler/data/agencies.json). Matching is ZWNJ/space-insensitive (key()).
_AGENCY_BY_KEY = {key(s): name for name, aliases in AGENCY_NAMES for s in (name, *aliases)}
_AGENCY_KEYS = sorted(_AGENCY_BY_KEY, key=len, reverse=True)

ATTRIB_RE = re.compile(WB_L + r"به\s?گزارش\s+(?P<src>[^،,:؛\n.]{2,90})")
_DESK_RE = re.compile(r"\s+(?:از|به\s?نقل\s?از|در)\s+.*$")
_DESK_PREFIX_RE = re.compile(
    r"(?:(?:گروه|سرویس|دفتر)\s\S+(?:\s?های)?|خبرنگار(?:ان)?|پایگاه\s?خبری)\s"
)
NEWS_ID_RE = re.compile(WB_L + r"(?:کد|شناسه)\s?(?:خبر|مطلب)\s?[:：]?\s?(?P<id>\d{3,16})" + WB_R)


def _canonical(src: str) -> str | None:
    """Canonical agency name contained in `src`, or None when no known agency is in it."""
    k = key(src)
    if k in _AGENCY_BY_KEY:
        return _AGENCY_BY_KEY[k]
    for ak in _AGENCY_KEYS:
        if len(ak) >= 4 and ak in k:
            return _AGENCY_BY_KEY[ak]
    return None


def extract_attribution(text: str) -> str | None:
    """Agency credited by the first «به گزارش ...» (or an ISNA-style lead prefix)."""
    m = LEAD_SOURCE_RE.search(fold(text))
    if m:
        return _canonical(m.group("src")) or m.group("src")
    m = ATTRIB_RE.search(text)
    if m is None:
        m = ATTRIB_RE.search(fold(text))
        if m is None:
            return None
    raw = m.group("src").strip()
    # cut the provincial desk («از قزوین») on the folded copy, same length as `raw`
    cut = _DESK_RE.search(fold(raw))
    if cut:
        raw = raw[: cut.start()].strip()
    exact = _AGENCY_BY_KEY.get(key(raw))
    if exact:
        return exact
    pre = _DESK_PREFIX_RE.match(fold(raw))
    if pre and pre.end() < len(raw):
        canon = _canonical(raw[pre.end() :])
        if canon:
            return canon
    return _canonical(raw) or raw or None


def extract_news_id(text: str) -> str | None:
    """The outlet's news id from a «کد خبر N» / «کد خبر: N» line."""
    m = NEWS_ID_RE.search(fold(text))
    return m.group("id") if m else None
