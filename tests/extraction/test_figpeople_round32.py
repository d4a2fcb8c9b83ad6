"""Round 32: figures and people in the forms heldout29 showed, team-written sentences (people
and figures invented, none in the corpus): a scale word glued to a flow counted only in
thousands («۶۸۱ هزارسفر») is still the number's scale; the brand word closing a site's name
(«... نیوز», «... آنلاین», «... پرس») credited right before a speaker is no given name; a
name after «شهید» with a title between («معدن شهید حاج X Y», «بیمارستان شهید دکتر X Y»)
dedicates a place and is no person of the story."""

from __future__ import annotations

import pytest

from crawler.extraction.numbers import parse_number_spans
from tests.extraction.probes import names_after_head as _names
from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a flow noun glued to the scale of the number before it
        ("امسال حدود 452 هزارسفر انجام شد", [452000]),
        ("۳۱ هزاربازدید از نمایشگاه ثبت شد", [31000]),
        ("دو میلیونسفر در نوروز انجام شد", [2000000]),
        # the same with its space, unchanged
        ("۴۵۲ هزار سفر انجام شد", [452000]),
        # must not fire: no number before the glued scale, or a word that is no flow
        ("در هزارسفر خود گفت", []),
        ("۱۲ هزارپا در باغ دیده شد", [12]),
    ],
)
def test_scale_glued_to_flow_noun(text: str, want: list[int]) -> None:
    assert [s.value for s in parse_number_spans(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a site's name credited with its brand word right before the speaker
        (
            "به گزارش ساوه نیوز روح الله کاظمی شامگاه دوشنبه در نشست شورا اظهار داشت:"
            " تولید ۱۲ درصد بیشتر شد.",
            ["روح الله کاظمی"],
        ),
        (
            "به گزارش صنعت آنلاین روح الله نوری مدیرکل صنعت استان گفت: تولید ۱۲ درصد بیشتر شد.",
            ["روح الله نوری"],
        ),
        # a site's name in one word: unchanged
        (
            "به گزارش یزدنیوز ولی الله کاظمی در نشست شورا اظهار داشت: تولید ۱۲ درصد بیشتر شد.",
            ["ولی الله کاظمی"],
        ),
        # a martyr's name with a title between «شهید» and the name: a place's dedicatee
        (
            "معدن مس سرلشکر شهید حاج مهدی باقری در سال گذشته افتتاح شد. مدیرکل صنعت استان"
            " گفت: معدن شهید حاج مهدی باقری ۲۰ درصد بیشتر تولید کرد.",
            [],
        ),
        (
            "بیمارستان شهید دکتر علی نادری افتتاح شد و حسن ملکی رئیس دانشگاه گفت: ظرفیت"
            " ۲۰ درصد بیشتر شد.",
            ["حسن ملکی"],
        ),
        # «به نام شهید X»: the phrase «named after», never the given name «بهنام»
        (
            "این معدن به نام شهید مهدی باقری نامگذاری شد. مدیرکل صنعت استان گفت: تولید"
            " ۲۰ درصد بیشتر شد.",
            [],
        ),
        # must not fire: «بهنام» written in one word stays a given name
        (
            "بهنام فراهانی مدیرکل صنعت استان گفت: تولید ۲۰ درصد بیشتر شد.",
            ["بهنام فراهانی"],
        ),
        # must not fire: a title opening a speaker's name with no place word before it
        (
            "حاج مهدی باقری مدیرکل صنعت استان گفت: تولید ۱۲ درصد بیشتر شد.",
            ["مهدی باقری"],
        ),
    ],
)
def test_people_round32(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a number after «سال N و» with a unit of measure is the next clause's amount
        (
            "سطح گلخانه‌ها ۴۸۰ هکتار است که ۴۰۰ هکتار آن در سال ۹۹ و ۸۰ هکتار نیز در سال"
            " ۱۴۰۰ ساخته شد.",
            [(480, "hectare"), (400, "hectare"), (80, "hectare")],
        ),
        (
            "۶۰۰ تن آن در سال ۹۹ و ۳۵ تن دیگر در سال بعد صادر شد.",
            [(600, "ton"), (35, "ton")],
        ),
        # must not fire: a list of labels with no unit after the second
        ("بر اساس ماده ۱۱ و ۱۲ قانون ۵۰۰ تن گندم خریداری شد.", [(500, "ton")]),
    ],
)
def test_measured_amount_after_label_list(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a few kinds counted in words name the kinds listed: no figure
        ("۳۲۰ هزار تن جو در دو نوع جو دیم و جو آبی خریداری شد.", [(320000, "ton")]),
        ("این کارخانه سه نوع کود شیمیایی تولید می‌کند.", []),
        # must not fire: kinds in digits, or many kinds in words, stay counts
        ("در این معدن ۳۸ نوع ماده معدنی شناسایی شده است.", [(38, "count")]),
        ("در این معدن سی و هشت نوع ماده معدنی شناسایی شده است.", [(38, "count")]),
    ],
)
def test_few_kinds_in_words(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want
