"""Round 21 (dev-d first run): which numbers are figures and in what unit, on team-written
sentences (our own words, sectors and provinces the corpus lacks).

- people counted by role or status are persons («۱۶۰ بازرس», «۳.۲ میلیون بیمه شده»);
- «اقامتی» alone counts accommodation places, not stays (person-nights);
- packs and containers counted keep their count when the product after them begins with
  a unit word («قوطی تن ماهی»: tuna, not tonnes);
- persons in adjectival form right after a place noun are its population («استان ۶
  میلیون و ۴۰۰ هزار نفری خراسان رضوی»), and a count of zero («۰ نفر») is a page counter;
- networks of water, irrigation, gas and power are counted, also in words («شش شبکه
  آبیاری»); a bare «شبکه» (TV channels) is not;
- a threshold word after counted places («۱۷ روستای ... بیش از ۱۸۰۳ خانوار») approximates
  their total; it names no class of places («روستاهای بالای ۲۰ خانوار» stays refused).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("۱۶۰ بازرس بر واحدهای اقامتی استان نظارت دارند.", [(160, "person")]),
        ("۲۵۰ کارشناس بر اجرای طرح‌های آبخیزداری نظارت می‌کنند.", [(250, "person")]),
        ("۳۷۰ صادرکننده در نمایشگاه تبریز حضور یافتند.", [(370, "person")]),
        ("شمار مستمری بگیر استان به ۸۵ هزار مستمری بگیر رسید.", [(85000, "person")]),
        (
            "۱۸ هزار شرکت تعاونی و ۳.۲ میلیون بیمه شده تامین اجتماعی در استان فعالند.",
            [(18000, "count"), (3200000, "person")],
        ),
        ("مجموعا پنج هزار و ۲۲۰ اقامتی موقت آماده‌سازی شده است.", [(5220, "count")]),
        ("در مشهد ۳۴۰ اقامتی بین راهی برای زائران تجهیز شد.", [(340, "count")]),
        ("ظرفیت تولید سالانه ۲۶۸ میلیون قوطی تن ماهی است.", [(268000000, "count")]),
        ("امسال ۱۲۰ هزار کارتن تن ماهی از بندرعباس صادر شد.", [(120000, "count")]),
        ("این کارخانه روزانه ۴۰۰ قوطی تن ماهی تولید می‌کند.", [(400, "count")]),
        ("380 هزاجر تن گندم خریداری شد.", []),
        (
            "با گازرسانی به ۱۷ روستای شهرستان دشتی بیش از یکهزار و 803 خانوار بهره‌مند می‌شوند.",
            [(17, "count"), (1803, "count")],
        ),
        (
            "با بهره برداري از شبكه به 17 روستاي دشتي"
            " بيش از يكهزار و 803 خانوار از گاز بهرهمند مي شوند.",
            [(17, "count"), (1803, "count")],
        ),
        (
            "آب شرب ۲۵ روستای بخش مرکزی با بیش از ۴ هزار خانوار تامین شد.",
            [(25, "count"), (4000, "count")],
        ),
        ("گازرسانی به روستاهای بالای ۲۰ خانوار ادامه دارد.", []),
        (
            "۱۴۰۰ واحد مرغ گوشتی در استان ۶ میلیون و ۴۰۰ هزار نفری خراسان رضوی فعالند.",
            [(1400, "count")],
        ),
        ("در کلانشهر ۳ میلیون نفری تبریز ۲۰۰ هزار نفر بیکارند.", [(200000, "person")]),
        ("مسافران کشور ۸۵ میلیون نفری ما امسال کمتر سفر کردند.", []),
        ("این طرح با اشتغالزائی ۳۳۰ نفری آماده بهره برداری است.", [(330, "person")]),
        ("۰ نفر", []),
        ("شش شبکه آبیاری نیز در استان در دست بهره‌برداری است.", [(6, "count")]),
        ("امسال سه شبکه آبرسانی روستایی در خرم‌آباد افتتاح شد.", [(3, "count")]),
        ("دو شبکه گازرسانی در شهرستان دشتی به بهره برداری رسید.", [(2, "count")]),
        ("این گزارش از سه شبکه تلویزیونی پخش شد.", []),
        ("پسندیدم ۰ نفر | نظرات 0 مورد", []),
        ("آبرسانی به روستاهای کمتر از ۵۰ خانوار در اولویت نیست.", []),
    ],
)
def test_figure_unit(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want
