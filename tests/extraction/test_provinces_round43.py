"""Round 43 province phenomena (own sentences). «میانه» is also the everyday «middle»
(«آسیای میانه», Central Asia; «در میانه راه»): the town counts only after «شهرستان/شهر»
(dev gold: 3 of 3 town mentions so written, 3 of 3 «آسیای میانه» no place; h39a04). A
crossing or pass ending a headline («... تا گذرگاه‌های حساس») is no crossing of the place
opening the next line («تهران- ایانا-», an agency's dateline): a crossing names its place
on its own line (h39a03)."""

import pytest

from crawler.extraction import extract_record


def provinces(title: str | None, body: str) -> list[str]:
    return [p["name"] for p in extract_record(title, None, body)["provinces"]]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            None,
            "صادرات استان البرز به عراق، افغانستان و کشورهای آسیای میانه ۶۰ درصد رشد کرد."
            " مدیرکل گمرک استان البرز گفت: ۲۰ قلم کالا صادر شد.",
            ["البرز"],
        ),
        (
            "رشد صادرات به عراق، افغانستان و کشورهای آسیای میانه",
            "مدیرکل گمرکات استان البرز گفت: صادرات ۶۰ درصد رشد کرد.",
            ["البرز"],
        ),
        (None, "کار در میانه راه است. مدیرکل راه استان زنجان گفت: ۲۰ طرح آغاز شد.", ["زنجان"]),
        (None, "کار در میانه راه است. مدیرکل راه گفت: ۲۰ طرح آغاز شد.", []),
        # must not fire: the town after «شهرستان» stays a place
        (None, "۱۲۰ واحد مسکن در شهرستان میانه ساخته شد.", ["آذربایجان شرقی"]),
        # a headline's last word a pass, an agency's Tehran dateline opening the next line
        (
            "کشاورزی مازندران؛ از قله‌های افتخار تا گذرگاه‌های حساس",
            "تهران- ایانا- استان مازندران قطب کشاورزی است. مدیر جهاد کشاورزی ساری گفت:"
            " ۲۰ تن کلزا خریده شد.",
            ["مازندران"],
        ),
        # must not fire: a crossing naming its province on the same line
        (
            None,
            "مدیرکل گمرک استان زنجان گفت: ۲۰ هزار تن کالای استان زنجان از مرز جلفا در"
            " آذربایجان شرقی صادر شد.",
            ["زنجان", "آذربایجان شرقی"],
        ),
    ],
)
def test_round43_provinces(title: str | None, body: str, expected: list[str]) -> None:
    assert provinces(title, body) == expected
