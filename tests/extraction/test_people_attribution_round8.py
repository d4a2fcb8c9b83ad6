"""Round 8: speakers named the ways heldout7 showed (a surname with a later word taken from
a place name, an everyday-word given name before a clear surname, a sentence run on after
its closing verb) and sites crediting themselves (a known agency opening a line before a
comma, a brand after a place in a dateline, a brand before its desk label). Team-written
sentences (not copied from the corpus), with variants the corpus lacks."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"].replace("\u200c", " ") for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a later surname word closed by «آباد» (a place name as part of the surname)
        (
            "معاون استاندار گفت: ۱۰ تن برنج توزیع می‌شود.\n\nامید امیدی شاه آباد با بیان"
            " اینکه توزیع ادامه دارد، افزود: ۵ تن دیگر می‌رسد.",
            "امید امیدی شاه آباد",
        ),
        ("حسن رضایی نجف آباد افزود: این طرح ۲۰ درصد پیشرفت دارد.", "حسن رضایی نجف آباد"),
        ("علی کریمی حسن آباد در جلسه شورا گفت: ۱۰ طرح آماده است.", "علی کریمی حسن آباد"),
        ("مهندس کاظمی علی آباد گفت: ۱۰ واحد افتتاح شد.", "کاظمی علی آباد"),
        # an everyday-word given name before a surname, a comma, then the cue
        (
            "مدیر باغبانی استان گفت: ۶۵ هزار هکتار باغ داریم.\n\nحکمت جعفری، با بیان اینکه"
            " استان رتبه اول را دارد، افزود: ۶۰ درصد صادر می‌شود.",
            "حکمت جعفری",
        ),
        ("قدرت نوروزی، با اشاره به کم‌آبی گفت: ۱۲ سد خالی است.", "قدرت نوروزی"),
        ("آرزو صالحی، با بیان اینکه صادرات بیشتر شد، گفت: ۳۰ درصد رشد داشتیم.", "آرزو صالحی"),
        # a name no lexicon holds before «، با بیان ... افزود»
        ("ورهرام تابش، با بیان اینکه تولید بیشتر شد، افزود: ۱۰ درصد.", "ورهرام تابش"),
        # a sentence run on after its closing verb (its full stop lost)
        (
            "سرپرست امور گردشگری استان از اسکان ۶۰۰ هزار مسافر خبر داد روانشاد با بیان"
            " اینکه بلیت‌ها فروخته شد افزود: ۴۰۰ هزار بلیت فروش رفت.",
            "روانشاد",
        ),
        (
            "مدیرکل صنعت استان از افزایش تولید خبر داد کامرانی در ادامه گفت: ۲۰ درصد رشد.",
            "کامرانی",
        ),
    ],
)
def test_speaker_named(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # the shorter reading is not reported beside the full name
        (
            "امید امیدی شاه آباد با بیان اینکه توزیع ادامه دارد، افزود: ۵ تن.\n\nامیدی"
            " بیان کرد: روغن هم توزیع شد.",
            "امید امیدی",
        ),
        (
            "حکمت جعفری، با بیان اینکه استان رتبه اول را دارد، افزود: ۶۰ درصد.\n\nجعفری"
            " اظهار کرد: بخشی صنعتی است.",
            "جعفری",
        ),
    ],
)
def test_no_short_reading(text: str, short: str) -> None:
    assert short not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday words, no person
        "قدرت خرید مردم در سال جاری کاهش یافت.",
        "همت مضاعف برای تولید لازم است.",
        "سعادت جامعه در گرو اشتغال است.",
        # a place name after a preposition is no surname word
        "رضا حسینی در اسلام آباد غرب گفت: ۵ طرح آماده است.",
        # a run-on after a speech verb with no name and cue
        "وی گفت این طرح با اعتبار ملی اجرا می‌شود.",
    ],
)
def test_no_extra_person(text: str) -> None:
    names = _names(text)
    assert not [n for n in names if n not in ("رضا حسینی",)]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # a known agency opening a line before a comma (after a date stamp)
        (
            "date 2025-12-08 باشگاه خبرنگاران جوان ، رضا کاظمی معاون بندر گفت: ۱۰ کشتی.",
            "باشگاه خبرنگاران جوان",
        ),
        ("date 2025 - 12 - 08 خبرگزاری ایرنا، مدیرکل بندر گفت: ۱۰ کشتی.", "ایرنا"),
        ("ایسنا، گروه اقتصادی: مدیرکل بازرگانی گفت ۱۰ تن کالا رسید.", "ایسنا"),
        ("خبرگزاری مهر، مدیرکل گمرک استان گفت: ۵ درصد رشد.", "خبرگزاری مهر"),
        # a site's brand after a place in a dateline closed by «؛» or «-»
        ("البرز- رمزگشانیوز؛ محمد انصاری در نشست گفت: ۸۱ مصوبه.", "رمزگشانیوز"),
        ("کرمان - امید نو؛ رئیس سازمان گفت: ۱۰ طرح.", "امید نو"),
        ("زنجان - کاوشگرنیوز - مدیرکل صمت گفت: ۱۲ واحد.", "کاوشگرنیوز"),
        # a site's brand before its desk label
        ("1400/9/22 09:50\n\nسپهرغرب، گروه خبر: استاندار گفت: ۳۴۳ میلیارد.", "سپهرغرب"),
        ("\nنسیم جنوب، گروه اقتصاد: مدیرکل گفت: ۲۰ تن.", "نسیم جنوب"),
    ],
)
def test_self_credit(text: str, agency: str) -> None:
    assert extract_attribution(text) == agency


@pytest.mark.parametrize(
    "text",
    [
        # a role or speech after the place, no brand
        "قزوین- استاندار قزوین گفت: ۱۰ طرح آماده است.",
        "یزد- مدیرکل صمت؛ ۱۰ واحد افتتاح شد.",
        # a comma after an everyday phrase opening a line is no credit
        "مدیرکل صنعت فارس، گفت: ۱۰ واحد فعال شد.",
        "در این جلسه، گروه کار: ۱۰ طرح بررسی شد.",
    ],
)
def test_no_self_credit(text: str) -> None:
    assert extract_attribution(text) is None
