"""Round 28: credits, people and provinces in the forms heldout25 showed, team-written
sentences (people, outlets and figures invented, none in the corpus): a speaker's surname
before a speech verb, glued or not («X اظهارداشت:»), is never the site's own name; a credit
to a bare kind of outlet («به گزارش خبرنگار خبرگزاری،») names no outlet, and the site's
name before a dash glossed by a kind of outlet («X- خبرگزاری ...») is the outlet; crop
varieties named like people («برنج هاشمی، علی کاظمی و حسنی») are no people; a new town of
a province after «شهر» / «شهر جدید» («شهر جدید پرند») is a place of that province."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.provinces import province_mentions, rank_provinces
from tests.extraction.probes import names_after_head as _names


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in rank_provinces([("body", m) for m in province_mentions(text)])]


@pytest.mark.parametrize(
    "text",
    [
        # a surname and a glued speech verb opening a paragraph, twice: a speaker
        "رئیس جهاد کشاورزی یزد گفت: دو طرح افتتاح شد.\nبهمنیاری اظهارداشت: برای این طرح‌ها"
        " ۴۰ میلیارد ریال هزینه شد.\nبهمنیاری اظهارداشت: رتبه نخست گلخانه به مهریز رسید.",
        # the verb written apart, and other verbs
        "مدیر صنعت سمنان گفت: سه واحد افتتاح شد.\nکوهکنی اظهار داشت: تولید این واحدها"
        " ۱۲ درصد بیشتر شد.\nکوهکنی اظهار داشت: پنجاه نفر شاغل شدند.",
        "مدیر بنادر بوشهر گفت: صادرات بیشتر شد.\nدریاباری خاطرنشان کرد: هشت کشتی پهلو"
        " گرفت.\nدریاباری خاطرنشان کرد: دو اسکله ساخته شد.",
        "مدیر شیلات گیلان گفت: صید آغاز شد.\nقایقی افزود: صید ماهی ۹ درصد بیشتر شد.\n"
        "قایقی افزود: بیست قایق تازه به کار افتاد.",
    ],
)
def test_a_speaker_before_a_speech_verb_is_no_outlet(text: str) -> None:
    assert extract_attribution(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare kind of outlet after the reporter: nothing named; the name before the dash
        (
            "شیراز. پنجشنبه ۳ مهر. ورتاک- خبرگزاری پیام جنوب ایران. به گزارش خبرنگار"
            " خبرگزاری، برداشت انار در فارس آغاز شد.",
            "ورتاک",
        ),
        (
            "اراک. شنبه. نوارسان- پایگاه خبری اقتصاد مرکزی. به گزارش خبرنگار پایگاه خبری،"
            " ۴۰ واحد صنعتی در مرکزی فعال شد.",
            "نوارسان",
        ),
        # a bare kind and no name anywhere: no credit
        ("به گزارش خبرنگار خبرگزاری، برداشت خرما در بوشهر آغاز شد.", None),
        # a place before the dash is a dateline: the agency after it credits the copy
        ("کرمان - خبرگزاری مهر: برداشت پسته آغاز شد.", "خبرگزاری مهر"),
    ],
)
def test_bare_kind_of_outlet_and_glossed_site_name(text: str, want: str | None) -> None:
    assert extract_attribution(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "مدیر تعاون روستایی گیلان گفت: ۶۰۰ تن برنج بومی شامل هاشمی- علی کاظمی- و حسنی"
            " خریداری شد.",
            [],
        ),
        ("فرزاد رحیمی گفت: ارقام طارم، صدری و دم سیاه ۱۲ درصد گران شد.", ["فرزاد رحیمی"]),
        # must still fire: a person of the same name is a speaker or holds a role
        (
            "علی کاظمی مدیر جهاد کشاورزی گیلان گفت: ۵۰۰ تن برنج خریداری شد.",
            ["علی کاظمی"],
        ),
        (
            "رضا هاشمی مدیر بازار رشت گفت: برنج ارزان شد. هاشمی افزود: ۲۰ تن فروخته شد.",
            ["رضا هاشمی"],
        ),
    ],
)
def test_crop_varieties_named_like_people(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("۴۰ هزار نفر در شهر جدید پرند متقاضی مسکن هستند.", ["تهران"]),
        ("۲۰۰ هکتار به شهر پرند الحاق شد.", ["تهران"]),
        ("۳۰۰ واحد مسکن در فولادشهر ساخته شد.", ["اصفهان"]),
        # must not fire: a given name or a fabric, no town prefix
        ("پرند رضایی گفت: ۵۰ تن پارچه پرند فروخته شد.", []),
        ("مهاجران افغان ۲۰ درصد کارگران را تشکیل می‌دهند.", []),
    ],
)
def test_new_towns_count_for_their_province(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # «منبع» after a comma inside a sentence is prose («source of»), no source line
        (
            "سعید نادری در گفتگو با خبرنگار ایسنا گفت: این طرح ۳ هزار نفر را پوشش می‌دهد،"
            " منبع تامین آب این طرح چاه عمیق بوده و برای اجرای آن ۵ کیلومتر خط انتقال فولادی"
            " کشیده شد.",
            "ایسنا",
        ),
        (
            "کاوه نیک‌نام در گفتگو با خبرنگار فارس گفت: ۱۰ روستا آبرسانی شد, منبع اصلی آب"
            " این روستاها قنات قدیمی دهستان بوده و برای مرمت آن ۳ میلیارد ریال هزینه شد.",
            "خبرگزاری فارس",
        ),
        # must still fire: a source line opening its line, or after a bar or a colon
        ("برداشت گندم در قزوین آغاز شد.\nمنبع: روزنامه دشت سبز", "دشت سبز"),
        ("برداشت گندم در قزوین آغاز شد. | منبع خبر دشت سبز", "دشت سبز"),
    ],
)
def test_source_cue_after_a_comma_is_prose(text: str, want: str) -> None:
    assert extract_attribution(text) == want
