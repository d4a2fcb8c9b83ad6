"""Round 33 (second subject helper; dev's subject misses, counted against the dev gold
first): team-written sentences (not corpus text), one row per variant, with the near misses
the rule must leave alone.

- persons named right after «نفر» by an occupation counted as jobs («۲ هزار نفر صیاد»,
  «۵۰۰ نفر راننده») are people at work, employment, with no at-work verb too, not the
  catch or the sector the clause names (dev gold 11 of 12 such counts employment; the 12th,
  weavers applying for a loan, credit: a loan the cues read stays).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

OCCUPATION_ROWS = [
    ("حدود ۳ هزار نفر صیاد با ۲۰۰ فروند قایق به صید میگو می‌پردازند.", 3000, "employment"),
    ("با حضور ۱۵۰۰ نفر صیاد در فصل صید میگو، ۴ هزار تن میگو صید شد.", 1500, "employment"),
    ("در این شهرستان ۶۰۰ نفر ماهیگیر در دریاچه فعال‌اند.", 600, "employment"),
    ("۸۰۰ نفر راننده در بخش حمل و نقل کالا عضو این انجمن هستند.", 800, "employment"),
    ("امسال ۲۵۰ نفر قالیباف در روستاهای استان فرش تولید کردند.", 250, "employment"),
    # near misses: a loan the clause names, persons with no occupation, a tourist count
    ("۶۰۰ نفر بافنده برای دریافت تسهیلات به بانک معرفی شدند.", 600, "credit"),
    ("۲ هزار نفر از نمایشگاه صنایع دستی بازدید کردند.", 2000, "tourism"),
    ("۴۰۰ نفر صیاد بیمه شدند و ۱۲ هزار تن ماهی صید شد.", 12000, "production"),
]


@pytest.mark.parametrize(("text", "value", "subject"), OCCUPATION_ROWS)
def test_occupation_after_unit(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


# - persons with no subject whose clause says they came into a place («... نفر وارد این
#   استان شدند») are travellers, tourism (dev gold 18 of 18); coming into a market, a cycle
#   or a stage is not travel.
CAME_IN_ROWS = [
    ("در تعطیلات نوروز ۲ میلیون و ۱۰۰ هزار نفر وارد این استان شدند.", 2_100_000, "tourism"),
    ("از ابتدای طرح ۳۵۰ هزار نفر از شهرهای مختلف وارد شیراز شده‌اند.", 350_000, "tourism"),
    ("پیش‌بینی می‌شود ۸۰۰ هزار نفر در این ایام وارد جزیره کیش شوند.", 800_000, "tourism"),
    # near misses (never tourism): into the job market, into a welfare cycle, into a stage
    ("امسال ۵۰۰ نفر وارد بازار کار شدند.", 500, "-tourism"),
    ("۱۲۰ نفر وارد چرخه حمایت شدند.", 120, "-tourism"),
    ("۳۰ نفر از متقاضیان وارد مرحله مصاحبه شدند.", 30, "-tourism"),
]


@pytest.mark.parametrize(("text", "value", "subject"), CAME_IN_ROWS)
def test_persons_who_came_in(text: str, value: float, subject: str) -> None:
    got = _figure(text, value)["subject"]
    assert got != subject[1:] if subject.startswith("-") else got == subject


# - the employment cue in the older spelling with hamza («اشتغالزائی»): the jobs, not the
#   investment named before them in the list.
HAMZA_JOBS_ROWS = [
    (
        "طرح فولاد با سرمایه‌گذاری ۶ هزار میلیارد ریالی و اشتغالزائی ۲۴۰ نفری افتتاح شد.",
        240,
        "employment",
    ),
    ("این کارخانه با اشتغال زائی ۸۰ نفر به بهره‌برداری رسید.", 80, "employment"),
    # near miss: the investment of the same plan keeps its cue
    (
        "طرح فولاد با سرمایه‌گذاری ۶ هزار میلیارد ریالی و اشتغالزائی ۲۴۰ نفری افتتاح شد.",
        6e12,
        "investment",
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), HAMZA_JOBS_ROWS)
def test_jobs_cue_with_hamza(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


# - the progress of projects the cues already read as projects («پروژه‌های عمرانی استان ...
#   درصد پیشرفت فیزیکی دارند», civil works of every sector) stays projects when no works
#   sector is named; works with nothing named stay construction, a named sector wins.
PROGRESS_ROWS = [
    ("هم اکنون پروژه‌های عمرانی استان از ۳۰ تا ۷۰ درصد پیشرفت فیزیکی دارند.", 30, "projects"),
    ("هم اکنون پروژه‌های عمرانی استان از ۳۰ تا ۷۰ درصد پیشرفت فیزیکی دارند.", 70, "projects"),
    # near misses: a port's works (construction), a dam (water)
    ("عملیات ساخت اسکله جدید بندر اکنون ۸۵ درصد پیشرفت فیزیکی دارد.", 85, "construction"),
    ("سد کمندان هم اکنون ۴۰ درصد پیشرفت فیزیکی دارد.", 40, "water"),
]


@pytest.mark.parametrize(("text", "value", "subject"), PROGRESS_ROWS)
def test_progress_of_projects(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
