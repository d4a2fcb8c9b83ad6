"""Round 33 (heldout30's subject misses, counted against the dev gold first): team-written
sentences (not corpus text), one row per variant, with the near misses the rules must leave
alone.

- a store (cold store, warehouse, silo) named right before a tonnage written as an adjective
  («سردخانه ۳ هزار تنی») is described by its size: capacity, not the sector of what it
  holds (dev gold 3 of 3; a ship's tonnage «کشتی ۲۰ هزار تنی» stays the port's trade).
- goods whose clause calls them the stock of stores («... تن سیب زمینی موجودی انبارها»)
  are a stored stock, reserves, as goods «در» a store are (round 28).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

STORE_ROWS = [
    (
        "اداره کل شیلات با بهره برداری از سردخانه ۳ هزار تنی بندر، صید را نگهداری می‌کند.",
        3000,
        "capacity",
    ),
    ("سیلو ۵۰ هزار تنی گندم در شهرستان به بهره برداری رسید.", 50000, "capacity"),
    ("ساخت انبار ۱۰ هزار تنی محصولات کشاورزی در شهرستان آغاز شد.", 10000, "capacity"),
    (
        "رئیس جهاد کشاورزی گفت: ۳۲۰ هزار تن سیب زمینی موجودی انبارها و سردخانه‌های استان است.",
        320000,
        "reserves",
    ),
    ("۴۵ هزار تن گندم موجودی سیلوهای استان است.", 45000, "reserves"),
    # near misses: a ship's tonnage; goods merely produced; no store named
    ("پهلوگیری کشتی ۲۰ هزار تنی حامل گندم در بندر انجام شد.", 20000, "not capacity"),
    ("امسال ۳۲۰ هزار تن سیب زمینی در استان تولید شد.", 320000, "agriculture|production"),
]


@pytest.mark.parametrize(("text", "value", "subject"), STORE_ROWS)
def test_store_size_and_stock(text: str, value: float, subject: str) -> None:
    got = _figure(text, value)["subject"]
    if subject.startswith("not "):
        assert got != subject[4:]
    else:
        assert got in subject.split("|")


# an area built ('building_words' before the number in its clause): construction
AREA_ROWS = [
    (
        "این پروژه شامل احداث مسیر ۱۲ هزار مترمربع، پارکینگ ۳۰ هزار مترمربع و ساختمان "
        "جدید با زیربنای ۴۱۰۰ مترمربع برای ناوگان حمل و نقل است.",
        12000,
        "construction",
    ),
    (
        "این پروژه شامل احداث مسیر ۱۲ هزار مترمربع، پارکینگ ۳۰ هزار مترمربع و ساختمان "
        "جدید با زیربنای ۴۱۰۰ مترمربع برای ناوگان حمل و نقل است.",
        30000,
        "construction",
    ),
    (
        "این پروژه شامل احداث مسیر ۱۲ هزار مترمربع، پارکینگ ۳۰ هزار مترمربع و ساختمان "
        "جدید با زیربنای ۴۱۰۰ مترمربع برای ناوگان حمل و نقل است.",
        4100,
        "construction",
    ),
    ("پایانه مسافری جدید شهر با زیربنای ۵ هزار متر مربع افتتاح شد.", 5000, "construction"),
    # near misses: housing built, land a plant stands on, capacity of plants being built
    ("۴۰۰ واحد مسکونی با زیربنای ۳۲ هزار مترمربع در شهر احداث می‌شود.", 32000, "housing"),
    ("این کارخانه در زمینی به مساحت ۲۰ هزار مترمربع احداث شده است.", 20000, "not construction"),
    (
        "ظرفیت کارخانه‌های کاشی در حال احداث بالغ بر ۹۰ میلیون مترمربع است.",
        90000000,
        "capacity",
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), AREA_ROWS)
def test_area_built(text: str, value: float, subject: str) -> None:
    got = _figure(text, value)["subject"]
    if subject.startswith("not "):
        assert got != subject[4:]
    else:
        assert got == subject


def test_area_built_in_a_housing_story_stays_housing() -> None:
    text = (
        "مسکن ملی در شهر؛ ساخت واحدهای مسکونی مسکن ملی آغاز شد.\n\n"
        "عملیات ساخت ۳۰۰ واحد مسکونی مسکن ملی در شهر آغاز شد. "
        "این طرح در زمینی به وسعت ۸ هزار متر مربع با زیربنای ۳۱ هزار متر مربع اجرا می‌شود. "
        "متقاضیان مسکن ملی تا پایان سال خانه دار می‌شوند."
    )
    assert _figure(text, 31000)["subject"] == "housing"


# a share of a farm or mining good supplied to the country or the province: production
SUPPLIED_ROWS = [
    ("این استان ۳۵ درصد نیاز برنج کشور را تأمین می‌کند.", 35, "production"),
    ("این استان ۳۵ درصد برنج کشور را تامین می‌کند.", 35, "production"),
    (
        "۵۵ درصد نمک مورد نیاز کشور و همچنین ۳۵ درصد از گچ مورد نیاز کشور از معادن استان "
        "تامین می‌شود.",
        55,
        "production",
    ),
    ("دامداران شهرستان ۳۵ درصد گوشت قرمز استان را تامین می‌کنند.", 35, "production"),
    # near misses: a market's need with no whole named; power supplied; no supply verb
    ("گوجه فرنگی گلخانه‌ای ۳۵ درصد نیاز بازار را تامین می‌کند.", 35, "not production"),
    ("نیروگاه‌های خورشیدی استان ۳۵ درصد برق مصرفی استان را تامین می‌کنند.", 35, "electricity"),
    ("سطح زیر کشت برنج استان ۳۵ درصد افزایش یافت.", 35, "not production"),
    ("۳۵ درصد بذر سیب زمینی از خارج از استان تأمین شده است.", 35, "not production"),
]


@pytest.mark.parametrize(("text", "value", "subject"), SUPPLIED_ROWS)
def test_share_supplied(text: str, value: float, subject: str) -> None:
    got = _figure(text, value)["subject"]
    if subject.startswith("not "):
        assert got != subject[4:]
    else:
        assert got == subject
