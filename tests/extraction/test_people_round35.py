"""Round 35: people in the forms heldout32 and the swapped-name measure showed,
team-written sentences (people and figures invented, none in the corpus). A follow-up
sentence names the speaker a lead gave by role alone with a surname (of one or two words)
that points to a matter with «به» and closes on «اشاره کرد» («X به ... اشاره کرد و افزود:»):
that surname is the speaker; an institution or everyday noun so placed names nobody."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people
from tests.extraction.probes import HEAD, names_after_head

LEAD = "مدیرکل صنعت، معدن و تجارت استان گفت: امسال ۳۴ معدن تازه فعال شد.\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a one-word surname, «به» a matter, «اشاره کرد», then the speech verb
        (
            LEAD + "نادری به صدور پروانه‌های تازه نیز اشاره کرد و افزود: ۱۲ پروانه صادر شد.",
            ["نادری"],
        ),
        # a two-word surname, the speech verb with no «و» after «اشاره کرد»
        (
            LEAD + "رحمتی کلایی به فروش سنگ آهن اشاره کرد افزود: ۴۰ هزار تن فروخته شد.",
            ["رحمتی کلایی"],
        ),
        # «اشاره نمود» closing the sentence, no speech verb after it
        (LEAD + "جعفرزاده به کاهش صادرات مس در ماه‌های اخیر اشاره نمود.", ["جعفرزاده"]),
        # the given name and surname
        (
            LEAD + "مهران قاسمی‌پور به سرمایه‌گذاری بخش خصوصی اشاره کرد و گفت: ۸ طرح آماده است.",
            ["مهران قاسمی‌پور"],
        ),
        # must NOT fire: an institution, a report or an everyday noun points to a matter
        (LEAD + "گزارش اداره به کاهش تولید اشاره کرد.", []),
        (LEAD + "استانداری به کاهش تولید سیمان اشاره کرد.", []),
        (LEAD + "بررسی‌های اولیه به کاهش تولید اشاره کرده است.", []),
        (LEAD + "صادرات به بازارهای همسایه اشاره کرد.", []),
        # must NOT fire: «به» then no verb of pointing in the sentence
        (LEAD + "کریمی به تهران سفر کرد.", []),
    ],
)
def test_surname_points_to_matter(text: str, want: list[str]) -> None:
    assert names_after_head(text) == want


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(HEAD + text)[0]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # «در حالی که <role> ... اعلام کرد که ...»: the lead's speaker by role, named later
        (
            "در حالی که مدیرعامل شرکت آب منطقه‌ای کرمان ذخیره سدها را ۹۰ میلیون متر مکعب"
            " اعلام کرد که تنها ۲۰ درصد مخازن پر است. به گزارش ایسنا، کاوه نیک‌رفتار"
            " اظهار کرد: ورودی سدها کم شده است.",
            [("کاوه نیک‌رفتار", "مدیرعامل شرکت آب منطقه‌ای کرمان")],
        ),
        # the «که» dropped, as careless copy writes it
        (
            "در حالی مدیرکل جهاد کشاورزی زنجان خرید گندم را ۸۰ هزار تن اعلام کرد که"
            " انبارها پر است. به گزارش ایرنا، صابر دلاوری‌فر اظهار کرد: خرید ادامه دارد.",
            [("صابر دلاوری‌فر", "مدیرکل جهاد کشاورزی زنجان")],
        ),
        # must NOT fire: «در حالی که» before an everyday subject names no role
        (
            "در حالی که قیمت گندم ۱۲ درصد بالا رفت، به گزارش ایرنا، صابر دلاوری‌فر"
            " اظهار کرد: خرید ادامه دارد.",
            [("صابر دلاوری‌فر", None)],
        ),
    ],
)
def test_while_opener_before_role(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _people(text) == want
