"""A lead's place written glued to the speaker's given name («کرمانشاهماشااله ارویسی»: the
space lost where a headline runs into the lead) is cut off the full name ``given_before``
builds for a surname the text repeats alone: the person is «ماشااله ارویسی», never a
name opening with the place."""

import pytest

from crawler.extraction.names import given_before

ROWS = [
    (
        "خرید گندم از کشاورزان کرمانشاهماشااله ارویسی مدیرکل غله گفت: خرید ادامه دارد.",
        "ارویسی",
        "ماشااله ارویسی",
    ),
    (
        "بازدید از واحدهای صنعتی یزدعلیرضا کاظمی‌نژاد مدیرکل صمت گفت: تولید رشد کرد.",
        "کاظمی‌نژاد",
        "علیرضا کاظمی‌نژاد",
    ),
    (
        "برداشت زعفران آغاز شد مشهدحسین رحیمی‌پور مدیرکل جهاد کشاورزی گفت: برداشت ادامه دارد.",
        "رحیمی‌پور",
        "حسین رحیمی‌پور",
    ),
    # no place glued: the given name stands as written
    ("محمد ارویسی مدیرکل غله گفت: خرید ادامه دارد.", "ارویسی", "محمد ارویسی"),
]


@pytest.mark.parametrize(("text", "surname", "want"), ROWS)
def test_place_glued_before_given_name_is_cut(text: str, surname: str, want: str) -> None:
    at = text.index(surname)
    found = given_before(text, [(at, at + len(surname))])
    assert [text[a:b] for a, b in found] == [want]
