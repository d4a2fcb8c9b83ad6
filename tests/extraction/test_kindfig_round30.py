"""Round 30 (heldout27 first run): kinds on team-written sentences.

- an estimate named by its noun: a noun with «پیش‌بینی‌شده» (projected) before an amount
  stated with a copula or an announcing verb («سرمایه‌گذاری پیش‌بینی‌شده این طرح‌ها ... ۸۰
  میلیارد ریال است/بوده», «اشتغال پیش‌بینی‌شده طرح‌هایی که ... را ۹۰۰ نفر اعلام کرد») is that
  estimate, a forecast, however long the noun phrase between; not an amount reported paid
  or done out of it, nor an amount right before the participle, nor a percentage;
- «با پیش‌بینی ایجاد ...» after an amount names the forecast of what follows it, not of the
  amount: the amount keeps its own verb;
- the level a part of a whole moves from («پیشرفت فیزیکی ... از ۱۲ درصد به ۴۰ درصد رسید») is
  a share like the level it reaches; a rate's («نرخ بیکاری از ... به ...») stays a level;
- a share measure stated as the object of a verb of stating («ضریب نفوذ ... را ۸۸ درصد
  عنوان کرد») is the part of a whole the speaker gives, a share.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures


def _kinds(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the projected noun, then the amount with a copula
        (
            "وی گفت: سرمایه‌گذاری پیش‌بینی‌شده این واحدها حدود ۸۰ میلیارد ریال است.",
            [(80_000_000_000, "forecast")],
        ),
        (
            "میزان سرمایه‌گذاری پیش‌بینی‌شده مربوط به این متقاضیان ۴۵ میلیارد تومان بوده است.",
            [(45_000_000_000, "forecast")],
        ),
        # a relative clause between the noun and the amount
        (
            "وی اشتغال پیش‌بینی‌شده طرح‌هایی که وام گرفته‌اند را ۹۰۰ نفر اعلام کرد.",
            [(900, "forecast")],
        ),
        (
            "صادرات پیش‌بینی‌شده محصولات باغی و گلخانه‌ای شهرستان‌های جنوبی به بازارهای "
            "همسایه در سال جاری، حدود ۳۰ میلیون دلار است.",
            [(30_000_000, "forecast")],
        ),
        # must not fire: paid out of it, an amount before the participle, a percentage
        (
            "از سرمایه‌گذاری پیش‌بینی‌شده این طرح‌ها تاکنون ۲۰ میلیارد ریال جذب شده است.",
            [(20_000_000_000, "actual")],
        ),
        ("اعتبار پیش‌بینی‌شده برای این طرح ۲۰ درصد افزایش یافت.", [(20, "change")]),
    ],
)
def test_projected_noun(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "امسال ۸۰ میلیارد تومان وام با پیش‌بینی ایجاد دو هزار شغل پرداخت شده است.",
            [(80_000_000_000, "actual"), (2000, "forecast")],
        ),
        (
            "از این مبلغ ۴۰ میلیارد تومان از محل صندوق توسعه با پیش‌بینی اشتغال ۵۰۰ نفر پرداخت شد.",
            [(40_000_000_000, "actual"), (500, "forecast")],
        ),
        # must not fire: the forecast is the amount's own verb
        ("تولید امسال ۳۰۰ هزار تن پیش‌بینی می‌شود.", [(300_000, "forecast")]),
    ],
)
def test_forecast_of_what_follows(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "پیشرفت فیزیکی این طرح در سه ماه از ۱۲ درصد به ۴۰ درصد رسیده است.",
            [(12, "share"), (40, "share")],
        ),
        (
            "ضریب نفوذ گاز روستایی شهرستان از ۶۰ درصد به ۸۵ درصد رسید.",
            [(60, "share"), (85, "share")],
        ),
        # must not fire: a rate moves from a level to a level
        (
            "نرخ بیکاری استان از ۱۴ درصد به ۱۱ درصد کاهش یافت.",
            [(14, "actual"), (11, "actual")],
        ),
    ],
)
def test_share_moved_from(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وی ضریب نفوذ گاز استان را در شهرها ۹۸ درصد و در روستاها ۸۸ درصد عنوان کرد.",
            [(98, "share"), (88, "share")],
        ),
        ("مدیرکل ضریب پوشش بیمه روستاییان را ۶۵ درصد اعلام کرد.", [(65, "share")]),
        # must not fire: a verb that reports the level done
        ("ضریب نفوذ گاز روستایی امسال ۵ درصد افزایش یافت.", [(5, "change")]),
    ],
)
def test_share_measure_stated(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # places referred back to («این تعداد روستا», «این روستاها»): a threshold word after
        # them approximates their households' total, it names no class of places
        (
            "با گازرسانی به این تعداد روستا بیش از ۸ هزار خانوار از گاز بهره‌مند می‌شوند.",
            [(8000, "count")],
        ),
        (
            "با آبرسانی به این روستاها بیش از ۲ هزار و ۵۰۰ خانوار صاحب آب شرب سالم شدند.",
            [(2500, "count")],
        ),
        # must not fire: a class of places named by a size
        ("گازرسانی به روستاهای بالای ۲۰ خانوار استان ادامه دارد.", []),
        ("در این طرح روستاهای بیش از ۵۰ خانوار آبرسانی می‌شوند.", []),
    ],
)
def test_places_referred_back(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # crossings counted («معبر», porters' or border crossings) are a count
        (
            "این استان سه بازارچه مرزی و چهار معبر کولبری فعال دارد.",
            [(3, "count"), (4, "count")],
        ),
        ("تردد کالا از ۱۲ معبر مرزی استان انجام می‌شود.", [(12, "count")]),
    ],
)
def test_crossings_counted(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want
