"""Round 15 subject rules, each on its own (team-written sentences, not corpus text):
a visit as the occasion of a statement, documents issued, the price of one unit of
measure and its change, goods bought, ships loading at a port, and the two flows of
trade named together. Each case says what the sentence must give and, beside it, a
near sentence the rule must leave alone."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def subject_of(text: str, value: float) -> str | None:
    figures = [f for f in extract_record(None, None, text)["figures"] if f["value"] == value]
    assert figures, f"no figure of value {value} read from {text!r}"
    return figures[0]["subject"]


CASES = [
    # visit_is_an_occasion: the visit is the setting; a visit by tourists stays tourism
    (
        "مدیرکل در بازدید از کارخانه کاشی گفت: ۳۵ درصد کاشی استان در این واحد تولید می‌شود.",
        35,
        "production",
    ),
    (
        "امسال ۴۰ هزار گردشگر از موزه‌های استان بازدید کردند که ۱۵ درصد بیشتر از سال قبل است.",
        15,
        "tourism",
    ),
    # issued_documents_changed: a bill of lading or a permit issued, not exported
    (
        "در پایانه بار همدان ۶۰ هزار بارنامه صادر شد که نسبت به سال قبل ۱۱ درصد افزایش داشت.",
        11,
        "transport",
    ),
    ("۴۰۰ فقره مجوز حفر چاه صادر شده که نسبت به سال قبل ۱۸ درصد کاهش داشته است.", 18, "licences"),
    ("صادرات پسته استان صادر شده به چین نسبت به سال قبل ۹ درصد افزایش داشته است.", 9, "exports"),
    # price_of_a_measure_unit / change_of_a_price
    ("هر هکتار زمین کشاورزی در دشت مغان ۴ میلیارد تومان معامله می‌شود.", 4000000000, "price"),
    ("ساخت ۴۰۰ واحد مسکونی با ۹۰۰ میلیارد تومان اعتبار آغاز شد.", 900000000000, "credit"),
    (
        "خرید و فروش یک متر مربع خانه در قزوین ۲۲ میلیون تومان بوده"
        " که نسبت به ماه قبل ۴ درصد افزایش دارد.",
        4,
        "price",
    ),
    # goods_bought: the verb of buying decides over the harvest word before
    ("با شروع برداشت زیتون، ۱۲۰۰ تن زیتون از باغداران طارم خریداری شد.", 1200, "purchases"),
    ("با شروع برداشت زیتون، ۱۲۰۰ تن زیتون از باغات طارم برداشت شد.", 1200, "production"),
    # goods_at_port (_ships_loaded): a ship loading is port trade
    ("نرخ بارگیری این کشتی در اسکله بندر امام روزانه ۱۱ هزار تن است.", 11000, "trade"),
    # trade cues first: both flows named together
    ("صادرات و واردات استان از مرز سرو ۱۲ درصد کاهش یافت.", 12, "trade"),
    ("واردات کالا از مرز سرو ۱۲ درصد کاهش یافت.", 12, "imports"),
]


@pytest.mark.parametrize(("text", "value", "want"), CASES)
def test_round15_subject_rules(text: str, value: float, want: str) -> None:
    assert subject_of(text, value) == want
