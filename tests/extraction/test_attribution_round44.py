"""Round 44 attribution phenomena (own sentences).

- «گیل خبر/ در دومین روز ...»: a site's lead opens with its own name and a slash; a name
  shaped as an outlet's («X خبر», «X نیوز», «X آنلاین») needs no role after the slash to
  be the credit (h40b12). A rubric of everyday nouns («بازار خبر/», «گندم/») and an end
  marker («انتهای خبر/») stay none.
- «به گزارش پایگاه اطلاع رسانی اخبار یزدی ها( یزدی نیوز)»: a site describes itself, then
  gives its own name in brackets; an outlet-shaped name there is the credit (h40b10). A
  bracket holding a place or a date is cut as before (dev: «... وزارت راه و شهرسازی
  (فارس)», «خبرگزاری شبستان (۱۸ فروردین)»)."""

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "افتتاح طرح‌های صنعتی در استان"
BODY = "مدیرکل صنعت، معدن و تجارت استان گفت: ۸۳ پروانه صادر شد."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an outlet-shaped lead, prose after the slash
        (f"{HEAD}\nگیل خبر/ در دومین روز هفته دولت کارخانه افتتاح شد.", "گیل خبر"),
        (f"{HEAD}\nشمال نیوز / در دومین روز هفته دولت کارخانه افتتاح شد.", "شمال نیوز"),
        (f"{HEAD}\nکرانه آنلاین/ با حضور استاندار کارخانه افتتاح شد.", "کرانه آنلاین"),
        # must not fire: a rubric of everyday nouns, a bare noun, an end marker
        (f"{HEAD}\nبازار خبر/ در دومین روز قیمت‌ها بالا رفت.", None),
        (f"{HEAD}\nگندم/ در دومین روز خرید گندم آغاز شد.", None),
        (f"{HEAD}\nانتهای خبر/ در دومین روز خرید گندم آغاز شد.", None),
    ],
)
def test_round44_slash_lead(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the outlet's own name in brackets after its description
        (f"{HEAD}\nبه گزارش پایگاه اطلاع رسانی اخبار شهر ما( شهرما نیوز)، {BODY}", "شهرما نیوز"),
        (f"{HEAD}\nبه گزارش پایگاه خبری اخبار کویر (کویر خبر)، {BODY}", "کویر خبر"),
        # must not fire: a place or a date in the bracket is cut
        (
            f"{HEAD}\nبه گزارش پایگاه خبری وزارت راه و شهرسازی (فارس)، {BODY}",
            "پایگاه خبری وزارت راه و شهرسازی",
        ),
        (f"{HEAD}\nبه گزارش خبرگزاری شبستان (۱۸ فروردین)، {BODY}", "خبرگزاری شبستان"),
    ],
)
def test_round44_bracketed_outlet(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source
