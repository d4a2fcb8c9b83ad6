"""Round 31 wave 2 (heldout28's subject misses left by wave 1, counted against the dev gold
first): team-written sentences (not corpus text), one row per variant, with the near misses
the rule must leave alone.

- watering green space («آبیاری فضای سبز») is a town's water use, not farming: water
  spent on it, or litres per head of which it is one use, are water (dev gold: 3 of 3
  figures beside it water); drip irrigation of orchards stays farming.
- «مجموعه» between a number and a known counted noun («۱۸ مجموعه شهرک و ناحیه صنعتی»)
  is a classifier: the noun after it is counted, as after «تعداد» (dev gold: 2 of 2 such
  counts take the noun after: industrial_parks, tourism_units).
- drinking water («آب آشامیدنی») is a water cue, as «آب شرب» is: the share of villagers
  it reaches, the people it is trucked to, the money spent on it (dev gold: 8 of 8
  figures beside it water).
- money after a bare «با» in a clause naming a power plant or a factory («نیروگاه ...
  با صد میلیارد تومان به بهره برداری رسید») is what the plant was built with: investment
  (the lead's Round 24 ruling on a firm's plant; dev gold 7 of 8 money beside such plants
  investment, the eighth a loan named); loans, budget words and state works keep theirs.
- passenger vehicles counted entering a province or town («۴۷۸ هزار خودرو ... وارد استان
  شدند») are travellers' traffic, transport, not imports (the round-27 travellers' and
  vehicles' practice; dev gold 9 of 9 cars entering a place transport); vehicles imported
  into the country, and trucks, keep the flow their clause names.
- persons registered, applying or found eligible with no subject of their own, after the
  text named housing («... طرح مسکن ملی ... ۸۹ هزار نفر ثبت‌نام کرده‌اند»), are the
  scheme's applicants: housing (dev gold 25 of 25 such persons in housing articles);
  with no housing named, or job seekers, they keep theirs.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

GREEN_SPACE_ROWS = [
    (
        "سرانه مصرف آب ۱۴۰ لیتر است که ۶ لیتر آن برای نوشیدن و بقیه برای آبیاری فضای سبز است.",
        6,
        "water",
    ),
    ("۳۵ درصد آب شهر صرف آبیاری فضای سبز می‌شود.", 35, "water"),
    ("روزانه ۲۰ هزار مترمکعب پساب برای آبیاری فضاهای سبز شهر مصرف می‌شود.", 20000, "water"),
    # near miss: irrigating farms and orchards is farming
    ("۳۰۰ هکتار از باغات استان به آبیاری قطره‌ای مجهز شد.", 300, "cultivation"),
]


@pytest.mark.parametrize(("text", "value", "subject"), GREEN_SPACE_ROWS)
def test_green_space_watering_is_water(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


CLASSIFIER_SET_ROWS = [
    ("در استان ۲۲ مجموعه شهرک و ناحیه صنعتی فعال است.", 22, "industrial_parks"),
    ("۴۰ مجموعه واحد صنعتی در این شهرک مستقر شده است.", 40, "industrial_units"),
    ("۳۰۰ مجموعه گردشگری در استان فعال است.", 300, "tourism_units"),
]


@pytest.mark.parametrize(("text", "value", "subject"), CLASSIFIER_SET_ROWS)
def test_set_classifier_counts_the_noun_after(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


def test_set_of_unknown_things_has_no_subject() -> None:
    assert _figure("تاکنون ۱۸ مجموعه در استان فعال شده است.", 18)["subject"] is None


DRINKING_WATER_ROWS = [
    ("شاخص بهره‌مندی روستاییان استان از آب آشامیدنی ۸۸ درصد است.", 88, "water"),
    ("آب آشامیدنی ۱۲ هزار نفر در روستاها با تانکر تامین می‌شود.", 12000, "water"),
    ("۳۰۰ میلیارد ریال برای تامین آب آشامیدنی روستاها هزینه شد.", 300e9, "water"),
]


@pytest.mark.parametrize(("text", "value", "subject"), DRINKING_WATER_ROWS)
def test_drinking_water_is_water(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


PLANT_MONEY_ROWS = [
    (
        "نیروگاه خورشیدی ۵ مگاواتی شهرستان با ۶۰ میلیارد تومان به بهره برداری رسید.",
        60e9,
        "investment",
    ),
    ("کارخانه فرآوری زعفران با بیش از ۲۰ میلیارد تومان افتتاح شد.", 20e9, "investment"),
    # near misses: a loan or public funds named, a state work, the plant's sales
    ("نیروگاهی با ۱۰۰ میلیون یورو تسهیلات افتتاح شد.", 100e6, "credit"),
    ("این نیروگاه با اعتبار ۴۰ میلیارد تومان ساخته شد.", 40e9, "budget"),
    ("این سد با ۷۰۰ میلیارد تومان به بهره برداری رسید.", 700e9, "water"),
    ("برق تولیدی نیروگاه ۳۰ میلیارد تومان فروخته شد.", 30e9, "electricity"),
]


@pytest.mark.parametrize(("text", "value", "subject"), PLANT_MONEY_ROWS)
def test_money_a_plant_is_built_with_is_investment(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


VEHICLES_ENTERING_ROWS = [
    ("در تعطیلات ۵۲۰ هزار خودرو از مبادی ورودی وارد استان شدند.", 520000, "transport"),
    ("بیش از ۳۰۰ هزار خودرو به شهر وارد شده است.", 300000, "transport"),
    ("در این مدت ۱۲ هزار اتوبوس وارد استان شد.", 12000, "transport"),
    # near misses: vehicles imported into the country, trucks carrying goods
    ("۸۰۰ دستگاه خودرو خارجی وارد کشور شد.", 800, "imports"),
    ("۶۰۰ دستگاه خودرو از گمرک استان ترخیص شد.", 600, "imports"),
    ("۲۰۰ کامیون حامل کالا وارد استان شد.", 200, "imports"),
]


@pytest.mark.parametrize(("text", "value", "subject"), VEHICLES_ENTERING_ROWS)
def test_vehicles_entering_a_place_are_transport(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


HOUSING_APPLICANT_ROWS = [
    ("ثبت نام طرح مسکن ملی ادامه دارد. تاکنون ۶۰ هزار نفر ثبت نام کرده‌اند.", 60000, "housing"),
    ("زمین برای ساخت مسکن واگذار می‌شود. حدود ۹ هزار نفر واجد شرایط شدند.", 9000, "housing"),
    ("در طرح مسکن ملی، ثبت نام کنندگان مرحله اول ۳۰۰۰ نفر بوده‌اند.", 3000, "housing"),
    # near misses: no housing named, job seekers registered
    ("ثبت نام آغاز شد. تاکنون ۶۰ هزار نفر ثبت نام کرده‌اند.", 60000, None),
    ("طرح مسکن ادامه دارد. ۱۸ هزار نفر جویای کار ثبت نام کرده‌اند.", 18000, "unemployment"),
]


@pytest.mark.parametrize(("text", "value", "subject"), HOUSING_APPLICANT_ROWS)
def test_housing_applicants_are_housing(text: str, value: float, subject: str | None) -> None:
    assert _figure(text, value)["subject"] == subject
