"""Jalali dates of Persian news pages -> timezone-aware datetimes.

Pages print «۲۳ اردیبهشت ۱۴۰۳ - ۱۰:۳۰» or «1403/02/23 10:30», meta tags carry ISO strings
with an offset, Tasnim puts the Jalali date in the URL. Calendar conversion is jdatetime's
(never hand-written arithmetic); the offset is zoneinfo's Asia/Tehran, which knows that Iran
observed DST until 2022 (+04:30 in old summers) and +03:30 since.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import jdatetime

from crawler.extraction.persian import MONTH_NUMBER, fold

TEHRAN = ZoneInfo("Asia/Tehran")
MONTHS = MONTH_NUMBER
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
NAMED_DATE_RE = re.compile(rf"(?P<d>\d{{1,2}})\s*(?P<m>{_MONTH_ALT})(?:\s*ماه)?\s*(?P<y>\d{{4}})")
NUM_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<d>\d{1,2})(?!\d)"
)
TIME_RE = re.compile(r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)")
URL_DATE_RE = re.compile(r"/(?P<y>1[34]\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/|$)")


def _iso_aware(text: str) -> datetime | None:
    s = text.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]", s):
        return None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.year < 1700:
        return None  # a Jalali date written ISO-style: handled below
    return dt if dt.tzinfo else dt.replace(tzinfo=TEHRAN)


def parse_jalali_datetime(text: str | None) -> datetime | None:
    """Aware datetime (Asia/Tehran unless the input had an offset) or None if unreadable.

    ISO strings with an offset are returned as they are; Gregorian ISO without one is taken
    as Tehran time; Jalali dates (named month or numeric) are converted with jdatetime.
    """
    if not text:
        return None
    iso = _iso_aware(text)
    if iso is not None:
        return iso
    folded = fold(text)
    m = NAMED_DATE_RE.search(folded)
    if m:
        y, mo, d = int(m.group("y")), MONTHS[m.group("m")], int(m.group("d"))
    else:
        m = NUM_DATE_RE.search(folded)
        if not m:
            return None
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    rest = folded[: m.start()] + " " + folded[m.end() :]
    t = TIME_RE.search(rest)
    h = mi = sec = 0
    if t:
        h, mi, sec = int(t.group("h")), int(t.group("mi")), int(t.group("s") or 0)
    try:
        if y > 1700:
            g = date(y, mo, d)
        else:
            g = jdatetime.date(y, mo, d).togregorian()
        return datetime(g.year, g.month, g.day, h, mi, sec, tzinfo=TEHRAN)
    except ValueError:
        return None


def jalali_from_url(url: str | None) -> date | None:
    """Gregorian date of a Jalali /YYYY/MM/DD/ path segment (Tasnim URLs), or None."""
    if not url:
        return None
    m = URL_DATE_RE.search(fold(url))
    if not m:
        return None
    try:
        return jdatetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).togregorian()
    except ValueError:
        return None


def to_iso(dt: datetime | None) -> str | None:
    """ISO 8601 with seconds and offset: '2024-05-12T10:30:00+03:30'."""
    if dt is None:
        return None
    return dt.replace(microsecond=0).isoformat()


def to_jalali_string(dt: datetime | None) -> str | None:
    """Jalali wall-clock time in Tehran, 'YYYY-MM-DDTHH:MM', for `published_jalali`."""
    if dt is None:
        return None
    local = dt.astimezone(TEHRAN) if dt.tzinfo else dt
    year, month, day = _jalali_day(local.date())
    return f"{year:04d}-{month:02d}-{day:02d}T{local.hour:02d}:{local.minute:02d}"


@lru_cache(maxsize=1024)
def _jalali_day(day: date) -> tuple[int, int, int]:
    """The Jalali (year, month, day) of a Gregorian day: a crawl's articles fall on a few
    days, and jdatetime's conversion costs more than the rest of the date handling."""
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day
