"""Sentence openers the people stage skips before a speaker or an unnamed role, and the
names anchored there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from crawler.extraction.names import speaker_at
from crawler.extraction.openers import OPENERS, body_start
from crawler.extraction.persian import fold


def body(text: str) -> str:
    folded = fold(text)
    return text[body_start(folded, 0, len(folded)) :]


@pytest.mark.parametrize(
    ("opener", "text"),
    [
        ("credit", "به گزارش خبرنگار مهر، مدیرکل بنادر گفت"),
        ("credit", "به گزارش خبرگزاری صدا و سیما ، مرکز لرستان ؛ مدیرکل بنادر گفت"),
        ("credit", "به گزارش خبرنگارباشگاه خبرنگاران سنندج،، مدیرکل بنادر گفت"),
        ("credit", "به نقل از خبرگزاری ایرنا، مدیرکل بنادر گفت"),
        ("credit", "گزارش خبرگزاری صدا و سیما، مرکز یزد؛ مدیرکل بنادر گفت"),
        ("agency", "خبرگزاری صدا و سیما مرکز خوزستان، مدیرکل بنادر گفت"),
        ("dateline", "یاسوج-مدیرکل بنادر گفت"),
        ("dateline", "بيرجند - ايرنا - مدیرکل بنادر گفت"),
        ("lead_prefix", "خبرگزاری تسنیم: مدیرکل بنادر گفت"),
        ("lead_prefix", "خبرآنی / لرستان مدیرکل بنادر گفت"),
        ("linking", "همچنین مدیرکل بنادر گفت"),
        ("scene", "در ادامه این نشست، مدیرکل بنادر گفت"),
        ("residue", " date 2025-09-02 مدیرکل بنادر گفت"),
        ("residue", "، مدیرکل بنادر گفت"),
    ],
)
def test_openers_are_skipped(opener: str, text: str) -> None:
    assert opener in dict(OPENERS)
    assert body(text) == "مدیرکل بنادر گفت", opener


@pytest.mark.parametrize(
    "text",
    [
        "استاندار یزد گفت: تمام دستگاه‌ها آماده‌اند.",  # a subject and verb, not a prefix
        "ایسنا / زنجان مدیرکل صمت گفت",  # prefix then place, kept apart from the role
        "وی افزود: ۲۰ طرح اجرا شد.",
    ],
)
def test_a_sentence_own_words_are_kept(text: str) -> None:
    assert body(text).startswith(("استاندار", "مدیرکل", "وی"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("باقری اظهار داشت: ۵ واحد", "باقری"),
        ("شبیر اربابیا اظهار کرد: قیمت", "شبیر اربابیا"),
        ("نوربخش عسکری در گفتگو با خبرنگاران درباره بودجه گفت", "نوربخش عسکری"),
        ("تولید گندم در گفتگو با کشاورزان بررسی شد", None),  # a phrase, then no speech verb
        ("یزدان‌بخش قربانی مدیرعامل شرکت آب گفت", "یزدان‌بخش قربانی"),
        ("زمانی نژاد، مدیر بنیاد مسکن استان گلستان گفت", "زمانی نژاد"),
        ("مهندس میرزایی در پایان این برنامه", "میرزایی"),
        ("دکتر کاوه‌پور، در بازدید از کارخانه", "کاوه‌پور"),
        ("پتروشیمی در پایان سال ۲۰ تن تولید کرد", None),
        ("«کاوان رستمی» عنوان کرد", "کاوان رستمی"),
        ("نعمت الله نازپرورده روز شنبه در گفت و گو", "نعمت الله نازپرورده"),
        ("وی افزود: ۲۰", None),
        ("دولت اعلام کرد", None),
        ("استاندار گفت", None),
        ("کشاورزان استان گفتند", None),
    ],
)
def test_speaker_at_clause_start(text: str, name: str | None) -> None:
    span = speaker_at(text, 0, len(text))
    assert (text[span[0] : span[1]] if span else None) == name
