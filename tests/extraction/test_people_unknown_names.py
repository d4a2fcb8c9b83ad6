"""People whose names no lexicon holds, read by the mechanism around them (round 11).

Every name here is written by the team and checked to be outside the product's lexicons
(``test_names_are_unknown``), so each test reads a mechanism, not a lexicon entry:
an unknown given name before a surname the text names alone (``names.given_before``),
a speaker after a long credit's comma, a person after a meeting cue with a role after a
comma, a speaker who opens a sentence closed by a verb of report, and the things that are
no person next to them."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people
from evaluation.swapnames import known_parts

# given names and surnames of these sentences (none in any lexicon)
NAMES = ["تورنگ", "آرشام", "هیرسا", "ماهلقا", "سلحشورپور", "میرصفوی", "بهمنیارنژاد", "دهکردی"]


def people(text: str) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in extract_people(text)[0]}


def test_names_are_unknown() -> None:
    assert all(known_parts(n) == [] for n in NAMES), [known_parts(n) for n in NAMES]


@pytest.mark.parametrize(
    "text, name",
    [
        # the full name once, in a lead with no speech cue right after it; the surname
        # alone later before a speech verb
        (
            "تورنگ سلحشورپور با تشریح برنامه‌های سال از آغاز طرح آبرسانی خبر داد.\n"
            "سلحشورپور افزود: ۱۲ روستا آب می‌گیرند.",
            "تورنگ سلحشورپور",
        ),
        # an honorific part before the unknown given name; a surname that opens with «میر»
        (
            "سید آرشام میرصفوی صبح امروز (شنبه ۳ آبان) از بازدید کارخانه خبر داد.\n"
            "میرصفوی گفت: تولید دو برابر شد.",
            "سید آرشام میرصفوی",
        ),
        # a two-word surname
        (
            "در همین حال هیرسا بهمنیارنژاد دهکردی طرح‌ها را بررسی کرد.\n"
            "بهمنیارنژاد دهکردی اظهار کرد: سه طرح افتتاح می‌شود.",
            "هیرسا بهمنیارنژاد دهکردی",
        ),
    ],
)
def test_unknown_given_name_before_a_surname_named_alone(text: str, name: str) -> None:
    found = people(text)
    assert name in found, found
    assert len(found) == 1, found  # the surname alone is the same person


def test_no_given_name_from_a_verb_or_a_cue() -> None:
    # «خبر داد سلحشورپور افزود»: a full stop lost; «داد» closes the clause before
    found = people(
        "ماهلقا سلحشورپور از آغاز طرح خبر داد سلحشورپور افزود: کار ادامه دارد.\n"
        "سلحشورپور گفت: همه آماده‌اند."
    )
    assert not any(n.startswith(("داد", "حضور")) for n in found), found
    found = people("نشست با حضور سلحشورپور برگزار شد.\nسلحشورپور گفت: خوب بود.")
    assert found == {"سلحشورپور": None}, found


def test_speaker_after_a_long_credit_comma() -> None:
    text = (
        "به گزارش خبرنگار ما و به نقل از روابط عمومی اداره کل تعاون، کار و رفاه "
        "اجتماعی استان مرکزی، «آرشام میرصفوی» افزود: ۹ هزار فرصت شغلی ایجاد شد."
    )
    assert "آرشام میرصفوی" in people(text)


def test_after_a_comma_a_phrase_is_no_speaker() -> None:
    text = (
        "مدیرعامل شرکت آب منطقه‌ای گفت: کاهش بارندگی‌ها و برداشت بیش از اندازه، شرایط "
        "آبی استان را در وضعیتی نگران‌کننده توصیف کرد."
    )
    assert people(text) == {}


def test_person_after_a_meeting_cue_with_a_role_after_a_comma() -> None:
    text = (
        "همزمان با سفر هیرسا بهمنیارنژاد، رئیس بنیاد مسکن انقلاب اسلامی، ۱۲۰ واحد مسکونی افتتاح شد."
    )
    assert people(text) == {"هیرسا بهمنیارنژاد": "رئیس بنیاد مسکن انقلاب اسلامی"}


def test_speaker_comma_then_an_event() -> None:
    text = "تورنگ دهکردی، در همایش سرمایه‌گذاری استان گفت: رشد اقتصادی داریم."
    assert "تورنگ دهکردی" in people(text)


def test_speaker_who_opens_a_sentence_closed_by_a_verb_of_report() -> None:
    text = (
        "طرح‌ها آماده شد.\nماهلقا سلحشورپور میزان سرمایه‌گذاری این نیروگاه‌ها را ۸۴۰ "
        "میلیارد ریال اعلام کرد."
    )
    assert "ماهلقا سلحشورپور" in people(text)
    # a noun phrase that opens the sentence is no speaker
    assert people("طرح‌ها آماده شد.\nتولید شیر استان را ۱۰۰ هزار تن اعلام کرد.") == {}
    # a name ZWNJ-joined to its suffix is read whole
    found = people("طرح‌ها آماده شد.\nآرشام بهمنیار‌نژاد میزان تولید را ۸ تن عنوان کرد.")
    assert "آرشام بهمنیار‌نژاد" in found, found


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "مدیرکل راهداری و حمل و نقل جاده‌ای استان، تورنگ سلحشورپور گفت: بار جابجا شد.",
            "تورنگ سلحشورپور",
            "مدیرکل راهداری و حمل و نقل جاده‌ای استان",
        ),
        (
            "تورنگ سلحشورپور، مدیرکل راهداری استان اظهار کرد: بار جابجا شد.",
            "تورنگ سلحشورپور",
            "مدیرکل راهداری استان",
        ),
        (
            "رئیس سازمان صنعت، معدن و تجارت استان، سلحشورپور، گفت: ۱۰ واحد افتتاح شد.",
            "سلحشورپور",
            "رئیس سازمان صنعت، معدن و تجارت استان",
        ),
    ],
)
def test_role_before_or_after_across_a_comma(text: str, name: str, role: str) -> None:
    assert people(text) == {name: role}
