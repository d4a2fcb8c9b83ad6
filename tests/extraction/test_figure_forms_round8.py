"""Which numbers become figures, and their value and unit (round 8), on sentences the team
wrote for what Persian economic news does beyond the texts seen so far: a range's two ends
read separately in every form («X تا Y», «X الی Y», «بین X تا Y», «بین X و Y», digits and
words), a list whose unit follows only its last item, people named by where they are from,
codes after «شماره»/«سامانه», the size of a place in households, approvals and lodgings
counted, prices listed without their unit between two that carry it, and a quote opened
by a speech verb's colon."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.numbers import parse_number_spans


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each end of a range keeps its own scale; the lower end is a figure too
        (
            "امسال ۹۵۰ هزار تا یک‌میلیون تن سیب برداشت می‌شود.",
            [(950000, "ton"), (1000000, "ton")],
        ),
        (
            "پیش‌بینی می‌شود بین ۱.۲ میلیون الی دو میلیون تن گندم خرید شود.",
            [(1200000, "ton"), (2000000, "ton")],
        ),
        (
            "تولید شیر بین نهصد هزار تا یک میلیون و صد هزار تن است.",
            [(900000, "ton"), (1100000, "ton")],
        ),
        (
            "ارزش صادرات بین ۸۰۰ میلیون تا یک میلیارد دلار برآورد شد.",
            [(800000000, "USD"), (1000000000, "USD")],
        ),
        # a bare lower end takes the scale it lacks, but stays below the upper end
        ("قیمت هر دستگاه ۱۰ تا ۱۲ میلیون تومان است.", [(10000000, "IRT"), (12000000, "IRT")]),
        ("سالانه ۸۰۰ تا یک میلیون تن کالا صادر می‌شود.", [(800000, "ton"), (1000000, "ton")]),
        ("برای این طرح ۲ تا ۳ هزار میلیارد ریال لازم است.", [(2e12, "IRR"), (3e12, "IRR")]),
        # «بین X و Y»: «و» between the two ends of a range, not inside one number
        (
            "برداشت سیب امسال بین ۹۵۰ هزار و یک میلیون تن است.",
            [(950000, "ton"), (1000000, "ton")],
        ),
        ("سود این سپرده‌ها بین ۱۸ و ۲۲ درصد است.", [(18, "percent"), (22, "percent")]),
        # «بین» meaning among: one number
        ("بسته‌های معیشتی بین ۱۲ هزار و ۵۰۰ خانوار توزیع شد.", [(12500, "count")]),
        ("این مبلغ بین یک میلیون و ۲۰۰ هزار نفر تقسیم شد.", [(1200000, "person")]),
        # a list with its unit after the last item only
        (
            "سهم سایر شهرستانها 25، 20، 12 و 7 درصد تعیین شد.",
            [(25, "percent"), (20, "percent"), (12, "percent"), (7, "percent")],
        ),
        (
            "رشد تخلیه و بارگیری به ترتیب ۱۱۹، ۳۴ و ۳۲ درصد بود.",
            [(119, "percent"), (34, "percent"), (32, "percent")],
        ),
        (
            "سهم بنادر ۳، ۴ و ۵ هزار تن بود.",
            [(3000, "ton"), (4000, "ton"), (5000, "ton")],
        ),
        # people named by where they are from are persons
        ("امسال ۸۸۴ کردستانی با تسهیلات بانک مسکن خانه‌دار شدند.", [(884, "person")]),
        ("۱۲۰۰ اصفهانی در این طرح مشارکت کردند.", [(1200, "person")]),
        ("بیش از ۳۰ هزار هموطن از این خدمات بهره‌مند شدند.", [(30000, "person")]),
        # lodgings counted, also right after a speech verb's colon
        ("وی خاطرنشان کرد: 350 زائرسرای دولتی در مشهد وجود دارد.", [(350, "count")]),
        ("مدیرکل گفت: ۴۰ مسافرخانه و ۱۲ متل در استان فعال است.", [(40, "count"), (12, "count")]),
        # approvals counted, but a resolution's number is a label
        ("از مجموع ۸۱ مصوبه پرداخت تسهیلات، ۴۹ فقره پرداخت شد.", [(81, "count"), (49, "count")]),
        ("طبق مصوبه ۱۲ هیئت وزیران ۵۰۰ میلیارد ریال تخصیص یافت.", [(500000000000, "IRR")]),
        # codes and names after «شماره», «سامانه», «تلفن»
        ("در اسکله شماره ۱۳ بندر شهید رجایی ۶۶ هزار تن گندم تخلیه شد.", [(66000, "ton")]),
        ("تخلفات را به سامانه 124 سازمان صنعت اطلاع دهید.", []),
        ("شکایات از طریق تلفن ۱۳۷ شهرداری پیگیری می‌شود.", []),
        ("در سامانه ۵۰ هزار نفر ثبت نام کردند.", [(50000, "person")]),
        # the size of a place, in persons or households, is no figure
        ("تامین آب نقاط جمعیتی بالای ۲۰ خانوار در دستور کار است.", []),
        ("آبرسانی به روستاهای بیش از ۵۰ خانوار انجام می‌شود.", []),
        ("۴۱ هکتار زمین در شهرهای کمتر و بیشتر از ۱۰۰ هزار نفر اختصاص یافت.", [(41, "hectare")]),
        ("در شهرهای بالاتر از ۲۰۰ هزار نفر ۳۰۰ واحد ساخته شد.", [(300, "count")]),
        ("آب ۲۰ خانوار روستای بالا تامین شد.", [(20, "count")]),
        # a price listed without its unit between two that carry it
        (
            "گوشت گاو شصت و پنج هزار تومان، تخم مرغ هشت هزار و ۹۰۰ و مرغ دوازده هزار و ۹۰۰ "
            "تومان است.",
            [(65000, "IRT"), (8900, "IRT"), (12900, "IRT")],
        ),
        (
            "هر کیلو برنج ۸۵ هزار تومان، روغن ۹۰ هزار و قند ۴۰ هزار تومان است.",
            [(85000, "IRT"), (90000, "IRT"), (40000, "IRT")],
        ),
        # not between two amounts of one unit: no unit is guessed
        ("گوشت ۴۵۰ هزار تومان و مرغ ۹۰ هزار است.", [(450000, "IRT")]),
    ],
)
def test_figure_values_and_units(text: str, expected: list[tuple[int | float, str]]) -> None:
    assert amounts(text) == expected


def test_between_split_keeps_one_number_when_the_ends_are_far_apart() -> None:
    """«بین ۲ هزار و ۴۰۰ میلیارد» is 2,400 billion, not a range from 2,000 to 400 billion."""
    spans = parse_number_spans("بین ۲ هزار و ۴۰۰ میلیارد ریال")
    assert [s.value for s in spans] == [2400000000000]


def test_between_split_gives_each_end_its_offsets() -> None:
    text = "بین ۹۵۰ هزار و یک میلیون تن"
    spans = parse_number_spans(text)
    assert [s.surface for s in spans] == ["۹۵۰ هزار", "یک میلیون"]
    assert [text[s.start : s.end] for s in spans] == ["۹۵۰ هزار", "یک میلیون"]
