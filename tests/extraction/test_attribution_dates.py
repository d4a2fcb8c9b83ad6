"""Attribution, news ids and Jalali dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crawler.extraction.attribution import extract_attribution, extract_news_id
from crawler.extraction.dates import (
    jalali_from_url,
    parse_jalali_datetime,
    to_iso,
    to_jalali_string,
)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("به گزارش خبرگزاری تسنیم از قزوین، جلسه برگزار شد.", "خبرگزاری تسنیم"),
        ("به گزارش کرد پرس، بختیار خلیقی گفت", "کرد پرس"),
        ("به گزارش پایگاه خبری معدننامه، خلیقی گفت", "پایگاه خبری معدن‌نامه"),
        ("به گزارش پایگاه خبری معدن‌نامه، خلیقی گفت", "پایگاه خبری معدن‌نامه"),
        ("به گزارش گروه استان‌های باشگاه خبرنگاران جوان از اردبیل، x", "باشگاه خبرنگاران جوان"),
        ("به گزارش گروه استانهای باشگاه خبرنگاران جوان از یاسوج، x", "باشگاه خبرنگاران جوان"),
        ("به گزارش ایسنا، x", "ایسنا"),
        ("به گزارش ايرنا از بیرجند، x", "ایرنا"),
        ("به گزارش خبرنگار مهر، x", "مهر"),
        ("به گزارش خبرگزاری صداوسیما مرکز زنجان، x", "خبرگزاری صداوسیما"),
        ("عنوان\nایسنا/کردستان مدیرکل گفت", "ایسنا"),
        ("به گزارش روابط عمومی اداره کل صمت استان یزد، x", "روابط عمومی اداره کل صمت استان یزد"),
        ("معاون استاندار گفت: صادرات افزایش یافت.", None),
    ],
)
def test_attribution(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source


@pytest.mark.parametrize(
    ("text", "news_id"),
    [
        ("کد خبر 2772595", "2772595"),
        ("کد خبر: ۸۵۳۲۱۴۶۷", "85321467"),
        ("کد خبر: 1403091810472", "1403091810472"),  # ISNA: 13 digits
        ("کد خبر: ۱۴۰۳۱۲۰۴۰۰۰۵۱۲", "14031204000512"),  # Fars: 14 digits
        ("خبر بدون کد", None),
    ],
)
def test_news_id(text: str, news_id: str | None) -> None:
    assert extract_news_id(text) == news_id


@pytest.mark.parametrize(
    "text",
    [
        "۲۳ اردیبهشت ۱۴۰۳ - ۱۰:۳۰",
        "1403/02/23 10:30",
        "۱۴۰۳/۰۲/۲۳ - ۱۰:۳۰",
        "یکشنبه ۲۳ اردیبهشت ماه ۱۴۰۳ ساعت ۱۰:۳۰",
        "١٤٠٣/٠٢/٢٣ ١٠:٣٠",
    ],
)
def test_jalali_to_iso(text: str) -> None:
    dt = parse_jalali_datetime(text)
    assert to_iso(dt) == "2024-05-12T10:30:00+03:30"
    assert to_jalali_string(dt) == "1403-02-23T10:30"


def test_iso_with_offset_returned_as_is_and_old_dst() -> None:
    dt = parse_jalali_datetime("2024-05-12T07:00:00+00:00")
    assert dt == datetime(2024, 5, 12, 7, tzinfo=UTC)
    assert dt.utcoffset() == timedelta(0)
    assert to_jalali_string(dt) == "1403-02-23T10:30"
    # before 2022 Iran observed DST: summer offset +04:30
    assert to_iso(parse_jalali_datetime("۱۰ تیر ۱۴۰۰ ۱۲:۰۰")) == "2021-07-01T12:00:00+04:30"


def test_unparseable_dates() -> None:
    assert parse_jalali_datetime("دیروز") is None
    assert parse_jalali_datetime("") is None
    assert parse_jalali_datetime("1403/13/40") is None


def test_jalali_from_url() -> None:
    assert jalali_from_url("/fa/news/1403/02/23/3090000/slug") == date(2024, 5, 12)
    assert jalali_from_url("https://www.tasnimnews.com/fa/news/1402/12/29/1/x") == date(2024, 3, 19)
    assert jalali_from_url("https://www.mehrnews.com/news/123/slug") is None
    assert jalali_from_url(None) is None
