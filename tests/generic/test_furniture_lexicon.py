"""In-article furniture lines (``crawler/data/furniture_lines.json``) and the residual
filter that drops them on every path; article sentences that use the same words stay."""

from __future__ import annotations

import pytest

from crawler.cleaning.lexicon import END, line_kind, strip_end_marker
from crawler.cleaning.residual import clean_lines

FURNITURE = {
    "انتهای پیام/ م": END,
    "انتهاي خبر": END,  # Arabic ye
    "پایان خبر": END,
    "/ ن": "agency_code",
    "۷۲۲۲/۲۰۶۱": "agency_code",
    "برای مشاهده این ویدیو لطفا نسخه جدید پخش‌کننده را نصب کنید": "media",
    "برای مشاهده این فیلم فلش پلیر را نصب نمایید": "media",
    "ویدیوی مرتبط را در آپارات ببینید": "media",
    "مرورگر شما از پخش ویدیو پشتیبانی نمی‌کند.": "media",
    "دانلود فایل": "media",
    "مدت زمان: ۰۲:۳۴": "media",
    "منبع: پایگاه خبری سپیدار": "source",
    "کلیه حقوق این سایت متعلق به روابط عمومی استانداری است.": "copyright",
    "تمامی حقوق مادی و معنوی این پایگاه محفوظ است": "copyright",
    "© ۱۴۰۳ یزدنما": "copyright",
    "استفاده از مطالب این پایگاه با ذکر منبع بلامانع است.": "copyright",
    "تبلیغات": "ads",
}
ARTICLE = (
    "منبع درآمد بیشتر روستاییان استان کشاورزی و دامداری است.",
    "حقوق کارگران این کارخانه تا پایان ماه پرداخت و محفوظ می‌ماند.",
    "دانلود رایگان نرم‌افزار ثبت‌نام از امروز برای همه متقاضیان تسهیلات مسکن روستایی "
    "در سراسر استان امکان‌پذیر شده است.",
    "پایان خبر خوشی برای کشاورزان نبود و قیمت خرید تضمینی تغییر نکرد.",
    "قیمت هر کیلو گوشت ۴۲۰/۵ هزار تومان اعلام شد.",
    "۱۴۰۳/۰۲/۱۵",
)


@pytest.mark.parametrize(("line", "kind"), FURNITURE.items())
def test_furniture_lines_recognised(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentences_with_the_same_words_kept(line: str) -> None:
    assert line_kind(line) is None


def test_end_marker_glued_to_the_last_paragraph_is_cut() -> None:
    text, ended = strip_end_marker("این طرح تا پایان سال اجرا می‌شود. انتهای پیام/")
    assert ended and text == "این طرح تا پایان سال اجرا می‌شود."
    assert strip_end_marker("پایان خبر خوشی برای کشاورزان نبود.") == (
        "پایان خبر خوشی برای کشاورزان نبود.",
        False,
    )


def test_residual_filter_drops_furniture_and_stops_at_the_end_marker() -> None:
    lines = [
        "مدیرکل صنعت استان گفت: صادرات ۱۲ درصد رشد کرد.",
        "برای مشاهده این ویدیو لطفا نسخه جدید پخش‌کننده را نصب کنید",
        "وی افزود: ۴۰ واحد تولیدی تسهیلات گرفتند. انتهای خبر",
        "اخبار مرتبط با این گزارش را در صفحه اقتصادی بخوانید که به‌روز شده است.",
    ]
    kept = clean_lines(lines, rejoin=False).paragraphs
    assert kept == [
        "مدیرکل صنعت استان گفت: صادرات ۱۲ درصد رشد کرد.",
        "وی افزود: ۴۰ واحد تولیدی تسهیلات گرفتند.",
    ]
