"""Kind of quotas and obligations (round 4), on sentences the team wrote: a quota
(«سهمیه») or what must be done («باید») is a target, unless the quota is a past year's
(what was allotted then) or «باید» only introduces what the speaker says."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def kinds(text: str) -> list[tuple[int | float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سهمیه استان در ساخت مسکن روستایی امسال ۵۰۰۰ واحد است.", (5000, "target")),
        ("سهمیه کردستان برای چهار سال ساخت ۳۶ هزار واحد مسکونی است.", (36000, "target")),
        ("از این تعداد ۳۰۰ فرصت شغلی باید برای زنان سرپرست خانوار ایجاد شود.", (300, "target")),
        ("وی گفت: امسال باید ۲۵۰۰ شغل در استان ایجاد شود.", (2500, "target")),
        # a past year's quota is what was allotted then
        ("سهمیه تسهیلات اشتغال استان در سال گذشته ۹۰۰ میلیارد تومان بود.", (900 * 10**9, "actual")),
        ("سهمیه سوخت کشاورزان پارسال ۱۲ میلیون لیتر بود.", (12_000_000, "actual")),
        # «باید» that introduces the speaker's statement
        ("باید گفت صادرات استان در سال گذشته ۴۰ درصد افزایش یافت.", (40, "change")),
        ("باید توجه داشت که ۱۲۰ واحد صنعتی در سال گذشته تعطیل شد.", (120, "actual")),
    ],
)
def test_quota_and_obligation_kinds(text: str, expected: tuple) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copy hard-wrapped into lines: the verb is on a later line
        (
            "وی افزود: بیشترین تعداد با ۴۲ هزار و\n\n۱۵۰ مسافر مربوط به رشت بوده\n\nاست.",
            (42150, "actual"),
        ),
        (
            "همچنین ۱۸ هزار تن در شهرستان ساوه\n\nو ۹ هزار تن در تفرش برداشت شده است.",
            (18000, "actual"),
        ),
        ("امسال ۱۲ هزار و\n\n۵۰۰ شغل در استان ایجاد خواهد شد.", (12500, "forecast")),
    ],
)
def test_a_wrapped_line_takes_the_verb_of_its_sentence(text: str, expected: tuple) -> None:
    assert expected in kinds(text)


def test_a_line_with_its_own_verb_keeps_it() -> None:
    text = "۲۰۰ واحد صنعتی امسال احیا می‌شود\n\nمدیرکل صنعت گفت: پارسال ۵۰ واحد احیا شد."
    assert kinds(text)[0] != (200, "actual")
