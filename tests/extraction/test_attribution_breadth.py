"""Attribution on real copy, by phenomenon (round 3): press offices are no outlet, a
site's own name opening a paragraph, a quoted outlet that «نوشت», a bare closing agency
line, IRIB's bulletins, ministry news bases, provincial bureaus and a source line's
fuller name. Sentences written by the team; conventions as in the real-text NOTES.md."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # a press office is no agency (NOTES: «به گزارش روابط عمومی ...» -> null)
        ("به گزارش روابط عمومی بانک ملی، مدیر شعب بانک گفت: وام داده شد.", None),
        ("به گزارش روابط عمومی اداره کل صنعت، معدن و تجارت یزد، صادرات بالا رفت.", None),
        # ... but an organisation's information portal is credited, whole name (the lead's
        # Round 23 ruling, as Round 22 credited an organisation's own news site)
        (
            "به گزارش پایگاه اطلاع‌رسانی استانداری کرمان، طرح افتتاح شد.",
            "پایگاه اطلاع‌رسانی استانداری کرمان",
        ),
        # ... but the site's own name opening a paragraph is the brand
        (
            "نوا خبر- مدیرکل میراث فرهنگی استان گفت: گردشگران بیشتر شدند.\n"
            "به گزارش روابط عمومی اداره کل میراث فرهنگی، سفرها بیشتر شد.",
            "نوا خبر",
        ),
        ("تیتر یک\nپیام کویر: سعید رستمی مدیرکل جهاد گفت: گندم خریده شد.", "پیام کویر"),
        ("یزد. سپیده‌نیوز؛ «علی اکبری» ادامه داد: ۳۰ واحد افتتاح شد.", "سپیده‌نیوز"),
        # page labels and speakers before a colon are not a brand
        ("کد خبر: ۱۲۳۴۵\nاستاندار یزد: صادرات بالا رفت.", None),
        ("عکس: آرشیو\nقیمت گوشت ثابت ماند.", None),
        # a quoted outlet that wrote
        ("«صبح کویر» نوشت: درآمد استان ۷ هزار میلیارد ریال شد.", "صبح کویر"),
        ("روزنامه «همشهری» نوشت: قیمت مسکن بالا رفت.", "همشهری"),
        # a bare agency name as the last line
        ("صادرات استان ۲۰ درصد بیشتر شد.\n\nایسنا", "ایسنا"),
        ("صادرات استان ۲۰ درصد بیشتر شد.\nانتهای پیام/ تسنیم", "خبرگزاری تسنیم"),
        # IRIB's bulletins, by phone
        (
            "مدیر بانک در ارتباط تلفنی با خبر ۲۱ سیما گفت: وام‌ها بخشیده شد.",
            "خبرگزاری صداوسیما",
        ),
        ("مدیر بانک در مصاحبه با شبکه خبر گفت: وام‌ها بخشیده شد.", "خبرگزاری صداوسیما"),
        # provincial bureaus of national agencies
        ("به گزارش خبرگزاری صدا و سیمای مرکز کرمان، طرح افتتاح شد.", "خبرگزاری صداوسیما"),
        ("به گزارش باشگاه خبرنگاران جوان بوشهر، طرح افتتاح شد.", "باشگاه خبرنگاران جوان"),
        ("به گزارش خبرگزاری مهر از اراک، طرح افتتاح شد.", "خبرگزاری مهر"),
        ("کرمان - ایرنا - مدیرکل صنعت گفت: صادرات بالا رفت.", "ایرنا"),
        # republished: the origin
        ("به گزارش سایت نوا به نقل از ایلنا، صادرات بالا رفت.", "ایلنا"),
        # a ministry's news base keeps its whole name
        (
            "به گزارش پایگاه خبری وزارت راه و شهرسازی به نقل از روابط عمومی اداره کل، "
            "۲۰۰ واحد افتتاح شد.",
            "پایگاه خبری وزارت راه و شهرسازی",
        ),
        # the website of a newspaper is its own outlet, one spelling
        ("قیمت مرغ ثابت ماند.\nمنبع: ایران‌آنلاین", "ایران آنلاین"),
        # a source line's fuller name over the short credit
        ("منبع: تحلیل بازار | لینک خبر\nبه گزارش بازار، ۱۵ واحد راه افتاد.", "تحلیل بازار"),
    ],
)
def test_attribution_breadth(text: str, agency: str | None) -> None:
    assert extract_attribution(text) == agency
