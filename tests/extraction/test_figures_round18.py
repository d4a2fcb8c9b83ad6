"""Round 18, figure values and units, on sentences the team wrote (several sectors and
verb forms each): a day of a lunar month is a date, not a count; a pair of consecutive
years joined by a dash («سال آبی ۹۹-۹۸») names a farming or water year, not a count; a
scale word cut where the page broke it («۱۳ هزا رتومان») counts nothing; a bare «متر»
before land or floor space is square metres; the everyday misspelling «هرار» is «هزار»;
villagers and nomads counted are persons."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of a lunar month is a date
        ("ستاد اقامه نماز تا ۲۱ رمضان بازارچه خیریه را در ساری برپا می‌کند.", []),
        ("توزیع ۵۰۰ تن برنج از ۱۵ شعبان در روستاهای سیستان آغاز شد.", [(500, "ton")]),
        ("فروشگاه‌های زنجیره‌ای از ۱۲ ربیع‌الاول تا ۱۷ ربیع الاول تخفیف می‌دهند.", []),
        ("بازار دام تبریز از ۱۰ ذی‌الحجه ۴۰ هزار راس دام عرضه کرد.", [(40000, "count")]),
        ("مراسم ۲۸ صفر با حضور زائران در مشهد برگزار شد.", []),
        # a pair of consecutive years joined by a dash is a farming or water year
        ("با بارش‌های سال آبی ۹۹-۹۸ سد کرج ۷۶ درصد پر شد.", [(76, "percent")]),
        ("در سال زراعی ۱۴۰۲ - ۱۴۰۱ گندمکاران ۲۰ هزار تن گندم فروختند.", [(20000, "ton")]),
        ("سال تحصیلی ۰۳-۰۲ مدارس استان ۱۲۰ کلاس جدید دارند.", [(120, "count")]),
        # a scale word cut where the page broke it
        ("گوشت گاوی بدون استخوان 13 هزا رتومان فروخته می‌شود.", []),
        ("قیمت هر کیلو برنج ۹۰ میلیا رد ریال اعلام شد.", []),
        # a bare «متر» before land or floor space is square metres
        (
            "در این طرح ۲۰۰ متر زمین و ۶۰ متر زیربنا به هر خانوار داده می‌شود.",
            [(200, "m2"), (60, "m2")],
        ),
        ("هر متقاضی ۲۵۰ متر زمین برای ساخت کارگاه در شهرک صنعتی دریافت کرد.", [(250, "m2")]),
        ("واحدهای نهضت ملی مسکن با ۱۲۰ متر زیر بنا ساخته می‌شوند.", [(120, "m2")]),
        ("این خط لوله ۸۰۰ متر طول دارد.", [(800, "m")]),
        # «هرار» is the everyday misspelling of «هزار»
        ("زمینه اشتغال ۶ هرار نفر در استان فراهم شد.", [(6000, "person")]),
        ("تولید شیر کارخانه ۱۲ هرار تن افزایش یافت.", [(12000, "ton")]),
        ("بانک ۳۰۰ هرار میلیارد ریال تسهیلات پرداخت کرد.", [(300000000000000, "IRR")]),
        # villagers and nomads counted are persons
        ("برای یک هزار روستایی در مازندران اشتغال ایجاد شده است.", [(1000, "person")]),
        ("سه هزار روستایی و ۲ هزار عشایر بیمه اجتماعی شدند.", [(3000, "person"), (2000, "person")]),
        ("۴۵۰ روستانشین در طرح پرورش قارچ شاغل شدند.", [(450, "person")]),
        # ... but a scheme sized in villages counts villages
        ("مجتمع ۸۹ روستایی بم پشت آبرسانی شد.", [(89, "count")]),
        ("طرح ۱۲ روستایی گازرسانی دهستان در کرمان افتتاح شد.", [(12, "count")]),
    ],
)
def test_values_and_units(text: str, expected: list) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حدود چهاردرصد از تسهیلات اشتغالزایی کشور به مازندران رسید.", [(4, "percent")]),
        ("نرخ بیکاری استان پنجدرصد کاهش یافت.", [(5, "percent")]),
        (
            "سهم صادرات پسته کرمان بیست و سه درصد و سهم زعفران دودرصد شد.",
            [(23, "percent"), (2, "percent")],
        ),
        ("نرخ سود سپرده به دهدرصد رسید.", [(10, "percent")]),
    ],
)
def test_number_word_glued_to_percent(text: str, expected: list) -> None:
    """A number word glued to «درصد» when the space was dropped is still a percentage."""
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تسهیلات تبصره ۱۸ فرصت مناسبی برای اشتغال در بنگاه‌ها است.", []),
        ("کمیسیون ماده ۱۰۰ پرونده تخلفات ساختمانی کرج را بررسی کرد.", []),
        ("منابع تبصره ۱۴ هدفمندی یارانه‌ها صرف گازرسانی روستاها شد.", []),
        ("مشمولان اصل ۴۴ سهام عدالت را دریافت کردند.", []),
        ("بر اساس ماده ۵۶ قانون ۲۰ واحد صنفی پلمب شد.", [(20, "count")]),
        ("اجرای اصل ۴۴ ۳۰ شرکت دولتی را به بخش خصوصی واگذار کرد.", [(30, "count")]),
        ("از محل تبصره ۱۴ بودجه ۵۰ میلیارد ریال به گازرسانی رسید.", [(50000000000, "IRR")]),
        ("در قالب تبصره ۱۸ تعداد ۱۲۰ طرح تولیدی تسهیلات گرفتند.", [(120, "count")]),
    ],
)
def test_article_of_a_law_is_a_label(text: str, expected: list) -> None:
    """The number of a law's article or note names it; it counts nothing after it."""
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هر کولر ۲۰۰ لیتر آب مصرف می‌کند که معادل مصرف سرانه یک نفر است.", [(200, "litre")]),
        ("این مقدار گندم نیاز سالانه یک نفر را تامین می‌کند.", []),
        ("سهم یک نفر از یارانه نان ۵۰ هزار تومان است.", [(50000, "IRT")]),
        (
            "در این کارگاه یک نفر و در کارگاه دوم ۳ نفر مشغول به کار شدند.",
            [(1, "person"), (3, "person")],
        ),
    ],
)
def test_one_person_a_use_refers_to(text: str, expected: list) -> None:
    """«یک نفر» after a need, a use or a share is the person it refers to; one person
    counted in a list stays a count."""
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "خردادماه با رسیدن به ماده معدنی در عمق ۱۷۰ متری زمین اتفاقات خوبی رقم خورد.",
        "چاه در عمق ۳۰۰ متری زمین به آب رسید.",
    ],
)
def test_adjectival_metre_before_land_is_no_area(text: str) -> None:
    """Only a bare «متر» before land is an area: «۱۷۰ متری زمین» is a depth."""
    assert [a for a in amounts(text) if a[1] == "m2"] == []
