"""Round 9 phenomena (own sentences): surnames in «فر/نسب» after a topic or a lost full
stop, emoji before a role, glued cue prepositions, a site crediting an agency's lead."""

import pytest

from crawler.extraction import extract_record
from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("جلیلیان‌نسب درباره توسعه خدمات این اداره، خاطر نشان کرد: کار زیاد است.", "جلیلیان‌نسب"),
        ("کریمی‌پور در پاسخ به پرسش خبرنگاری درباره واردات گفت: خوب است.", "کریمی‌پور"),
        ("سمیعی نسب درمورد قیمت مرغ اظهار داشت: بازار آرام است.", "سمیعی نسب"),
        ("تولید مرکبات استان زیاد است شهیدفر افزود: این محصولات متنوع هستند", "شهیدفر"),
        ("سهم استان ۲۰ درصد است شهبازی اظهار داشت: خوب است", "شهبازی"),
    ],
)
def test_surname_speakers(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "تولید درباره واردات گفت: خوب است.",
        "کشاورزی درباره قیمت گفت: خوب است.",
        "تولید مرکبات زیاد است تولید افزود: خوب است",
        "این طرح تکمیل شد کشاورزان گفت: خوب است",
    ],
)
def test_no_person_from_nouns(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("mark", ["\ufe0f", "🔹 ", "▪️ "])
def test_role_after_emoji(mark: str) -> None:
    text = (
        "به گزارش تسنیم، فریبرز ضرغامی گفت: خوب است.\nضرغامی بیان کرد: آب کم است.\n"
        f"{mark}قائم‌مقام شرکت آب منطقه‌ای کهگیلویه و بویراحمد افزود: تراز سد پایین است."
    )
    assert extract_people(text)[0][0]["role"].startswith("قائم")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("به گزارش صبح رزن به نقل ازخبرنگار مهر، حمیدرضا متین گفت: خوب.", "خبرگزاری مهر"),
        ("به گزارش سایت ما به نقل ازایسنا، مدیرکل گفت: خوب.", "ایسنا"),
        ("خبر یزد\nعنوان\nخبر یزد - ایسنا/یزد رییس سازمان گفت: خوب.", "ایسنا"),
        ("افتتاح می شوند. - ایرنا/کرمان مدیرکل بنیاد مسکن گفت: خوب.", "ایرنا"),
        (
            "مدیر سازمان در گفتگوباخبرنگارباشگاه خبرنگاران ساری بااشاره به اینکه "
            "۱۲۵ هزار هکتار باغ است گفت: خوب",
            "باشگاه خبرنگاران جوان",
        ),
        ("سمنان (پانا) - رئیس سازمان گفت: خوب.", "خبرگزاری پانا"),
    ],
)
def test_attribution(text: str, agency: str) -> None:
    assert extract_attribution(text) == agency


@pytest.mark.parametrize(
    "text",
    [
        "باشگاه خبرنگاران جوان - سخاوت اسدی مدیرعامل سازمان منطقه ویژه نقش منطقه را حیاتی دانست.",
        "شجاعت رضایی معاون استاندار گفت: بازار آرام است.",
    ],
)
def test_everyday_word_given_name_with_role(text: str) -> None:
    assert len(_names(text)) == 1


@pytest.mark.parametrize(
    "text", ["شجاعت و سخاوت از صفات خوب است.", "سخاوت کشاورزان مایه افتخار است."]
)
def test_everyday_word_given_name_alone(text: str) -> None:
    assert _names(text) == []


def _provinces(body: str) -> list[str]:
    return [p["name"] for p in extract_record(None, None, body)["provinces"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a new town («شهر جدید X») names its province though its name is an everyday word
        ("مدیرعامل شرکت عمران شهر جدید پردیس از تحویل ۳ هزار واحد مسکن خبر داد.", ["تهران"]),
        (
            "استاندار کرمان گفت: پسته کرمان در بازار کرمان گران شد. "
            "بورس پسته در رفسنجان و تهران افتتاح شد.",
            ["کرمان", "تهران"],
        ),
        (
            "فرماندار رفسنجان گفت: تولید پسته در رفسنجان و اصفهان کم شد. پسته کرمان گران است.",
            ["کرمان", "اصفهان"],
        ),
        # a comparison is no place of the activity
        ("تولید پسته کرمان بیشتر از کرمان پارسال است. نسبت به رفسنجان و تهران کم است.", ["کرمان"]),
    ],
)
def test_places_of_activity(body: str, expected: list[str]) -> None:
    assert _provinces(body) == expected
