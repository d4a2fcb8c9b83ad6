"""Round 45 people phenomena (own sentences).

- «ماشاءالله X، مدیرباغبانی ...»: a compound given name in «الله» whose first part ends in
  «ا» is often written with the hamza «ء» before «الله» («ماشاءالله»); the lists hold the
  plain spelling («ماشاالله»), so the hamza spelling reads as the same given name even when
  no role the reader knows follows it (h41b12).
- «درویش علی X»: an older compound given name in «علی» («درویشعلی», «قربانعلی») the lists
  lacked, so «درویش» was dropped and «علی X» read as the person (h41a07). «درویش» alone
  stays a word (a dervish), never a given name.
- «ناییب رییس انجمن ...»: the role opener «نایب» misspelt with a doubled «ی» is no name."""

import pytest

from crawler.extraction.people import extract_people

ROLE = "مدیر باغبانی سازمان جهاد کشاورزی استان"


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


def names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hamza spelling with a glued role the reader does not know
        (
            "به گزارش خبرگزاری ما از یزد، ماشاءالله کریمی، مدیرباغبانی سازمان جهاد کشاورزی "
            "استان یزد، صبح امروز (20 مرداد)، در جمع خبرنگاران گفت: تولید بالا رفت.",
            ["ماشاءالله کریمی"],
        ),
        (
            "به گزارش خبرگزاری ما از یزد، عطاءالله رحیمی، مدیرباغبانی سازمان جهاد کشاورزی "
            "استان یزد، صبح امروز، در جمع خبرنگاران گفت: تولید بالا رفت.",
            ["عطاءالله رحیمی"],
        ),
        # the plain spelling was read already
        (
            "به گزارش خبرگزاری ما از یزد، ماشاالله کریمی، مدیرباغبانی سازمان جهاد کشاورزی "
            "استان یزد، صبح امروز، در جمع خبرنگاران گفت: تولید بالا رفت.",
            ["ماشاالله کریمی"],
        ),
        # must not fire: the interjection in a sentence names nobody
        ("ماشاءالله تولید خرما امسال بالا رفت و صادرات هم بیشتر شد.", []),
    ],
)
def test_round45_hamza_before_allah(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "به گزارش خبرنگار ما، درویش علی کریمی ظهر جمعه در گفتگو با خبرنگاران اظهار کرد: "
            "تولید بالا رفت.\nکریمی ادامه داد: صادرات هم بالا رفت.",
            ["درویش علی کریمی"],
        ),
        (
            "به گزارش خبرنگار ما، قربانعلی کریمی ظهر جمعه در گفتگو با خبرنگاران اظهار کرد: "
            "تولید بالا رفت.",
            ["قربانعلی کریمی"],
        ),
        (
            "به گزارش خبرنگار ما، قربان علی کریمی ظهر جمعه در گفتگو با خبرنگاران اظهار کرد: "
            "تولید بالا رفت.",
            ["قربان علی کریمی"],
        ),
        # must not fire: «درویش» alone is a word, no given name
        ("آیین درویش خوانی در روستا برگزار شد و تولید بالا رفت.", []),
    ],
)
def test_round45_compound_given_in_ali(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ناییب رییس انجمن ملی پسته گفت در دنیا صدها نوع پسته هست.", []),
        ("نایب رییس انجمن ملی پسته گفت در دنیا صدها نوع پسته هست.", []),
    ],
)
def test_round45_misspelt_role_opener(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «مدیرباغبانی»: a head glued to a word that ends like a surname, an institution after
        (
            "به گزارش خبرگزاری ما، رضا کریمی، مدیرباغبانی سازمان جهاد کشاورزی استان یزد، "
            "در جمع خبرنگاران گفت: تولید بالا رفت.",
            [("رضا کریمی", "مدیرباغبانی سازمان جهاد کشاورزی استان یزد")],
        ),
        (
            "به گزارش خبرگزاری ما، رضا کریمی، رییسشیلاتی اداره کل شیلات استان گفت: صید بالا رفت.",
            [("رضا کریمی", "رییسشیلاتی اداره کل شیلات استان")],
        ),
        # must not fire: a surname-shaped glued word with no institution after it
        (
            "به گزارش خبرگزاری ما، رضا کریمی و مدیرباغبانی گفتند: تولید بالا رفت.",
            [("رضا کریمی", None)],
        ),
    ],
)
def test_round45_glued_head_before_institution(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected
