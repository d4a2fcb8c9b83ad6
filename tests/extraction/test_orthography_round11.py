"""Round 11: the same words in another site's spelling give the same records.

Each sentence is the team's own; each test was seen failing on the code before the change
(the numbers, the dateline, the credit line, the «٪» kind cue, the restated figure).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from crawler.cleaning.residual import is_furniture
from crawler.extraction import _dedupe_figures, extract_record, parse_number_spans
from crawler.extraction.figures import Figure
from crawler.stages.boilerplate import drop_head
from crawler.stages.extraction import extract_article
from crawler.stages.normalise import normalise_article


def _values(text: str) -> list[int | float]:
    return [n.value for n in parse_number_spans(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # «یکهزار» is «یک» glued to «هزار»: a number of its own, never a multiplier of
        # the number before it («بند ۳ یکهزار ...» is item 3, then one thousand ...)
        ("طبق بند ۳ یکهزار و ۲۹۰ میلیارد تومان اعتبار رسید", [3, 1_290_000_000_000]),
        ("طبق بند 3 يكهزار و 290 ميليارد تومان اعتبار رسيد", [3, 1_290_000_000_000]),
        ("یکهزار و ۸۱ فرصت شغلی ایجاد شد", [1081]),
        ("یکهزارو ۲۰۰ تن برنج خرید شد", [1200]),
        # a spaced decimal point before the percent sign, as before «درصد»
        ("تولید 25. 2% رشد داشت", [25.2]),
        ("تولید ۲۵. ۲٪ رشد داشت", [25.2]),
        ("تولید 25. 2 درصد رشد داشت", [25.2]),
    ],
)
def test_number_spellings(text: str, values: list[int | float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "line",
    [
        "جمعه، ۰۳ شهریور ۱۴۰۲ - ۲۰:۵۴",
        "جمعه، ٠٣ شهريور ١٤٠٢ - ٢٠:٥٤",  # Arabic yeh and Arabic-Indic digits
        "يكشنبه ۱۲ آبان ۱۴۰۳",
        "جمعه، 03شهریور 1402 - 20:54",  # the day glued to its month
    ],
)
def test_dateline_is_furniture_in_any_spelling(line: str) -> None:
    assert is_furniture(line)


def _figures(title: str | None, body: str) -> list[tuple]:
    rec = extract_record(title, None, body)
    return [(f["value"], f["unit"], f["subject"], f["kind"]) for f in rec["figures"]]


def test_percent_sign_keeps_the_kind_after_a_target_with_its_own_percentage() -> None:
    """«در پی الزام ... به تامین ۲۰ درصد برق ...، ۴۰ پنل ... نصب شده است»: the target cue
    belongs to the percentage; the panels installed after it are done, whether the
    percentage is written «درصد» or «٪»."""
    body = (
        "در پی الزام ادارات به تامین {p} برق مصرفی خود از انرژی خورشیدی، ۴۰ پنل "
        "خورشیدی با ظرفیت ۱۲۰ کیلووات در ساختمان‌های دولتی نصب شده است."
    )
    word = _figures(None, body.format(p="۲۰ درصد"))
    assert [kind for *_, kind in word] == ["target", "actual", "actual"]
    for sign in ("۲۰٪", "20%"):
        assert _figures(None, body.format(p=sign)) == word


def test_a_restatement_in_another_digit_script_is_the_same_words() -> None:
    """A headline «۶۰۰ میلیارد تومان» restated in the body as «600 میلیارد تومان» is one
    fact, as it is when both are written in one script (the copies' words are compared
    folded), even when the two copies' clauses suggest different subjects."""
    copies = [
        Figure(6e11, "IRT", "credit", None, None, None, text, "", start, start + 20)
        for text, start in (("۶۰۰ میلیارد تومان", 0), ("600 میلیارد تومان", 100))
    ]
    copies[1] = replace(copies[1], subject="budget")
    spans = [("title", 0, 50), ("body", 51, 300)]
    assert len(_dedupe_figures(copies, spans)) == 1


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("منبع خبر : تسنیم", "تسنیم"),
        ("•  منبع  خبر  :  تسنیم", "تسنیم"),  # doubled spaces, as some pages type them
        ("منبع  خبر :  فارس", "فارس"),
    ],
)
def test_credit_line_spacing_does_not_change_the_attribution(credit: str, agency: str) -> None:
    item = {
        "body": "مدیر کل جهاد کشاورزی استان گفت: ۲۰ هزار تن گندم خرید شد.",
        "credit_lines": [credit],
    }
    normalise_article(item)
    extract_article(item)
    assert agency in (item["attributed_to"] or "")


def test_title_restated_in_other_digits_is_dropped_from_the_body() -> None:
    """A text export repeats its title as the body's first line, sometimes in another
    digit script or with Arabic letters: either way it is the title, not a paragraph."""
    title = "۶۰۰ میلیارد تومان برای ساخت کمربندی شهر هزینه می‌شود"
    for repeat in (title, "600 ميليارد تومان براي ساخت کمربندي شهر هزينه می‌شود"):
        item = {"title": title}
        body = drop_head([repeat, "معاون استاندار گفت: ساخت کمربندی آغاز شد."], item)
        assert body == ["معاون استاندار گفت: ساخت کمربندی آغاز شد."]


@pytest.mark.parametrize(
    "sentence",
    [
        "ظرفیت نیروگاه‌ها از ۲ هزار مگاوات به پنج هزار رسیدهایم.",
        "شمار مشترکان گاز به ۴۵ هزار رسیدهاند.",
        "تعداد متقاضیان امسال به ۱۲ هزار رسیدهاست.",
        "تعداد طرح‌های فعال از ۲۰ هزار گذشتهاست.",
    ],
)
def test_a_participle_with_its_ending_glued_is_no_counted_noun(sentence: str) -> None:
    """«به پنج هزار رسیدهایم» is «رسیده‌ایم» with its ZWNJ dropped: a verb, so the number
    before it counts nothing (the same sentence with the ZWNJ gives no count either)."""
    assert not [f for f in _figures(None, sentence) if f[1] == "count"]
    spaced = sentence.replace("هایم", "ه‌ایم").replace("هاند", "ه‌اند").replace("هاست", "ه است")
    assert not [f for f in _figures(None, spaced) if f[1] == "count"]
