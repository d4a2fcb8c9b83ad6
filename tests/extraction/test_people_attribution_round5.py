"""Round 5: the copy's origin over the site's own credit (a source line naming an outlet,
a closing «/ X» over a source line), a site closing with its own unknown name, the old
wire dateline with a dash. Team-written sentences (not copied from the corpus)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.persian import key

_BODY = "مدیرکل صمت استان از راه‌اندازی ۱۲ واحد تولیدی خبر داد."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reprint: the site's own «به گزارش» (a known outlet) and a source line naming the
        # outlet the copy comes from
        (f"به گزارش ایلنا، {_BODY}\nمنبع: دنیای اقتصاد", "دنیای اقتصاد"),
        (f"ایلنا - {_BODY}\nمنبع : روزنامه صبح کرمان", "صبح کرمان"),
        # an organisation's release named by the source line: the agency that reported it
        (f"به گزارش ایلنا، {_BODY}\nمنبع: سازمان صنعت، معدن و تجارت", "ایلنا"),
        (f"به گزارش ایلنا، {_BODY}\nمنبع: روابط عمومی اداره کل", "ایلنا"),
        # «منبع خبر : X» is a source line too
        (f"منبع خبر : ایسنا - لینک خبر\nبه گزارش ایلنا، {_BODY}", "ایسنا"),
        # the copy's own closing credit over the aggregator's source line
        (f"منبع: روزنامه جام جم | لینک خبر\n{_BODY}/ تسنیم", "خبرگزاری تسنیم"),
        (f"منبع: روزنامه جام جم\n{_BODY}", "جام جم"),
        # a site closing with its own (unknown) name; staff initials are no outlet
        (f"{_BODY}\n/کارون نیوز", "کارون نیوز"),
        (f"{_BODY}\n/شوشان", "شوشان"),
        (f"{_BODY}\nانتهای پیام/ س", None),
        (f"{_BODY}\n/م.ع", None),
        # the old wire dateline, comma or dash after the city
        (f"# تبریز- خبرگزاری جمهوری اسلامی 10/07/75 {_BODY}", "ایرنا"),
        (f"اهواز، خبرگزاری جمهوری اسلامی\n{_BODY}", "ایرنا"),
    ],
)
def test_origin_over_the_sites_own_credit(text: str, want: str | None) -> None:
    got = extract_attribution(text)
    assert (key(got) if got else None) == (key(want) if want else None)
