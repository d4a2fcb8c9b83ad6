"""Round 42 (second subjects helper, from heldout38's first-run misses): (1) a crop weighed
as the yield («... تن محصول», or a harvest verb after it) is production, not the farm
sector; goods weighed for distribution or seed keep their reading. Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("امسال ۸۰ هزار تن محصول از نخلستان‌های استان به دست می‌آید.", 80_000, "production"),
        ("بیش از ۱۲ هزار تن محصولات باغی در شهرستان انتظار می‌رود.", 12_000, "production"),
        ("امسال ۴۰ هزار تن انار از باغ‌های شهرستان برداشت می‌شود.", 40_000, "production"),
        ("۲۵ هزار تن خرما و ۹ هزار تن رطب از نخیلات استان برداشت شد.", 9_000, "production"),
        # must NOT fire: goods handed out, not harvested
        ("۲ هزار تن علوفه در بین دامداران استان توزیع شد.", 2_000, "agriculture"),
        # must NOT fire: a flow named keeps its reading
        ("۳۰ هزار تن محصول به کشورهای همسایه صادر شد.", 30_000, "exports"),
    ],
)
def test_crop_weighed_is_output(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_harvest_word_glued_to_the_word_before() -> None:
    text = "امسال ۱۱۰ هزار تن خرما در استانبرداشت می شود."
    assert figure_of(text, 110_000)["subject"] == "production"


def test_crop_in_a_store_stays_a_stock() -> None:
    # must NOT fire: the yield placed in cold stores is their stock
    text = "هم اکنون ۲۰ هزار تن محصول در سردخانه‌های شهرستان مانده است."
    assert figure_of(text, 20_000)["subject"] == "reserves"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("پیشتر حدود ۲۰ هزار تن پسته به کشورهای اروپایی", 20_000, "exports"),
        (
            "سالانه ۸۰ میلیون دلار فرش دستباف از استان به کشورهای آلمان، ایتالیا، ژاپن و چین"
            " فرستاده می‌شود.",
            80_000_000,
            "exports",
        ),
        ("امسال ۴۰ هزار تن سیب به سایر کشورها ارسال شد.", 40_000, "exports"),
        # must NOT fire: a flow into the country keeps its own cue
        ("واردات ۱۲ هزار تن برنج از کشورهای آسیایی به کشور انجام شد.", 12_000, "imports"),
        # must NOT fire: no foreign destination after the unit
        ("امسال ۴۰ هزار تن سیب به بازارهای استان رسید.", 40_000, "agriculture"),
    ],
)
def test_goods_sent_abroad(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_part_of_the_catch_sent_abroad() -> None:
    text = "پارسال ۱۲ هزار تن میگو در استان به دست آمد که ۸۰ درصد آن به کشورهای همسایه رفت."
    assert figure_of(text, 12_000)["subject"] == "production"
    assert figure_of(text, 80)["subject"] == "exports"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("صادرات ۲۰ هزار نخل از استان به کشورهای حوزه خلیج", 20_000, "exports"),
        ("امسال ۱۲ هزار رأس دام زنده به کشورهای همسایه فرستاده شد.", 12_000, "exports"),
        # must NOT fire: travellers going abroad are no goods
        ("امسال ۱۲ هزار گردشگر به کشورهای همسایه سفر کردند.", 12_000, "tourism"),
        # must NOT fire: no foreign destination (the palms stay the farm sector's)
        ("حدود ۳۰ هزار نخل در روستاهای استان در خطر خشک شدن است.", 30_000, "agriculture"),
    ],
)
def test_goods_counted_sent_abroad(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("این طرح‌ها برای ۱۲۰۰ جوان روستایی ایجاد اشتغال کرده است.", 1200, "employment"),
        ("با این تسهیلات برای ۳۰۰ زن سرپرست خانوار اشتغالزایی شد.", 300, "employment"),
        # must NOT fire: persons with no jobs named after them
        ("امسال ۱۲۰۰ جوان روستایی در این دوره‌ها آموزش دیدند.", 1200, None),
    ],
)
def test_jobs_made_for_persons(text: str, value: float, want: str | None) -> None:
    assert figure_of(text, value)["subject"] == want


def test_jobs_of_another_statement() -> None:
    # must NOT fire: the jobs word opens the next statement
    text = "این تعاونی ۵۰۰ عضو دارد که ۱۳۰ زن هستند و اشتغال آنها ۴۰۰ نفر است."
    assert figure_of(text, 130)["subject"] != "employment"


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("اخباراخبار شیراز", ["بوشهر"]),  # a site's name line, repeated and glued
        ("اخبار شیراز", ["بوشهر"]),
        # must NOT fire: a title that says more than the news of a place
        ("اخبار خوب برای کشاورزان شیراز", ["فارس"]),
    ],
)
def test_news_menu_line_names_the_site(title: str, want: list[str]) -> None:
    body = "امسال ۲۰ هزار تن خرما از استان بوشهر به کشورهای همسایه صادر شد."
    assert [p["name"] for p in extract_record(title, None, body)["provinces"]] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "خرید تضمینی گندم امسال از طریق ۳۵ مرکز فعال در سطح استان انجام شد.",
            35,
            "purchases",
        ),
        ("خرید توافقی ذرت در ۱۲ مرکز استان انجام می‌شود.", 12, "purchases"),
    ],
)
def test_purchase_done_through_places(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "تمامی مطالبات به مبلغ ۲ هزار میلیارد تومان به حساب ۸ هزار کشاورز استان واریز شد.",
            8000,
            "purchases",
        ),
        # must NOT fire: growers with no claims named
        ("امسال ۸ هزار کشاورز استان گندم کشت کردند.", 8000, "agriculture"),
    ],
)
def test_growers_paid_their_claims(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "شاخص قیمت آپارتمان‌های مسکونی شهر اصفهان به عدد ۲۱۰ رسیده است که نسبت به ماه"
            " قبل ۳.۵ درصد افزایش داشته است.",
            3.5,
            "price",
        ),
        # must NOT fire: no price index in the sentence
        ("در این ماه ۱۲ درصد آپارتمان‌های مسکونی شهر خالی بود.", 12, "housing"),
        # must NOT fire: another percentage stands between the index and the number
        (
            "شاخص قیمت آپارتمان‌های شهر به عدد ۲۱۰ رسید و ۴ درصد بالا رفت و ۱۲ درصد"
            " آپارتمان‌های مسکونی خالی است.",
            12,
            "housing",
        ),
    ],
)
def test_change_of_a_price_index(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("کارخانه‌های قند استان حدود ۳۰ درصد نیاز کشور به شکر", 30, "production"),
        ("کارخانه‌های سیمان منطقه ۲۵ درصد از نیاز استان به سیمان را دارند.", 25, "production"),
        # must NOT fire: a market's need names no whole
        ("این واحدها ۹۰ درصد نیاز بازار را دارند.", 90, None),
    ],
)
def test_share_of_a_whole_need(text: str, value: float, want: str | None) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("وی افزود: ۱۵ درصد آورد کارون سهم این استان است.", 15, None),
        ("وی افزود: ۱۵ درصد آورد رودخانه کارون سهم این استان است.", 15, "water"),
        ("وی افزود: ۲۰ درصد آورد زاینده رود سهم استان است.", 20, "water"),
    ],
)
def test_river_inflow_is_water(text: str, value: float, want: str | None) -> None:
    assert figure_of(text, value)["subject"] == want


def test_contribution_is_no_inflow() -> None:
    # must NOT fire: «آورده» (an applicant's contribution) with no river after it
    text = "متقاضیان باید ۲۰ درصد آورده اولیه برای دریافت وام داشته باشند."
    assert figure_of(text, 20)["subject"] != "water"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "استخراج سالانه از معادن سنگ استان ۲ میلیون تن است که ۱۸ درصد معادن استان را"
            " شامل می‌شود.",
            18,
            "mining_units",
        ),
        (
            "ذخیره قطعی این معادن ۵۰ میلیون تن است که این معادن ۳۰ درصد از معادن استان هستند.",
            30,
            "mining_units",
        ),
        # must NOT fire: a share of the output, no establishment after the unit
        ("استخراج سالانه از معادن استان ۱۸ درصد افزایش یافت.", 18, "production"),
    ],
)
def test_establishments_named_after_a_measure(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("استان دارای ۲۰ هزار هکتار جنگل نخل و دو میلیون اصله نخل است.", 20_000, "cultivation"),
        # must NOT fire: a forest of wild trees is no farmland
        ("استان دارای ۲۰ هزار هکتار جنگل بلوط است.", 20_000, None),
    ],
)
def test_forest_of_a_crop(text: str, value: float, want: str | None) -> None:
    assert figure_of(text, value)["subject"] == want
