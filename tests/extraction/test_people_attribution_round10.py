"""Round 10 phenomena (own sentences): words that start with a given name («علی‌رغم»),
manners of attending («با حضور ویدئوکنفرانسی»), «-کلا» place names, agency names in a
speaker's place, adjective + noun surnames («پاک طینت»), Arabic letter forms, a surname
retyped with two letters swapped, roles that run into a period, long sentences before
the cue; ministries' «اداره ارتباطات» offices, visits to an agency's office, new outlets."""

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people


def _people(text: str) -> list[dict[str, str | None]]:
    return extract_people(text)[0]


def _names(text: str) -> list[str]:
    return [p["name"] for p in _people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "معاون شرکت به این مطلب هم اشاره کرد علی‌رغم مشکلات برق تولید بالا رفت.",
        "مدیرکل گفت علیرغم تحریم‌ها صادرات افزایش یافت.",
        "علی رغم کم‌آبی، کشت گندم در دشت افزایش یافت.",
        "مراسم با حضور ویدئوکنفرانسی رئیس جمهور و جمعی از مسئولان برگزار شد.",
        "نیروگاه با حضور ویدئو کنفرانسی وزیر نیرو افتتاح شد.",
        "طرح با حضور برخط استاندار به بهره‌برداری رسید.",
        "قرار است پروژه مسکن شهری، امیر کلای بابل ، طرح هادی روستای کیاکلا به بهره برداری برسد.",
        "پروژه ۵۰ واحدی محمد کلای ساری، طرح هادی روستا افتتاح می‌شود.",
        'احرار خبر" مديرکل تعاون، کار و رفاه اجتماعي استان با بيان اينکه بيکاري کم شد '
        "گفت: خوب است.",
    ],
)
def test_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "مهدی پاک طینت میزان سرمایه گذاری را ۸۴۰ میلیارد تومان اعلام کرد و گفت: خوب است.",
            "مهدی پاک طینت",
        ),
        ("رضا نیک سرشت مدیرکل صنعت استان گفت: خوب است.", "رضا نیک سرشت"),
        (
            "به گزارش احرار خبر، ميراحد حسيني در حاشيه ديدار با وزير کار گفت: خوب است.",
            "ميراحد حسيني",
        ),
        ("میراحد حسینی مدیرکل تعاون گفت: خوب است.", "میراحد حسینی"),
        (
            "برزعلی در ادامه به تاثیر افزایش قیمت تضمینی گندم در خرید این محصول استراتژیک "
            "اشاره کرد و گفت: خرید بالا رفت.",
            "برزعلی",
        ),
        ("مانا احمدی، مدیرکل بنادر استان گفت: خوب است.", "مانا احمدی"),
    ],
)
def test_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "به گفته حسین شاهمردای معاون بازرگانی شرکت معدنی گل گهر در ۶ ماهه نخست امسال "
            "این شرکت رکورد زد. شاهمرادی عنوان کرد: تولید بالا رفت.",
            "حسین شاهمردای",
            "معاون بازرگانی شرکت معدنی گل گهر",
        ),
        (
            "محمد کریمی مدیر فروش شرکت در نیمه نخست امسال ۲۰ تن فروخت. کریمی افزود: خوب است.",
            "محمد کریمی",
            "مدیر فروش شرکت",
        ),
        (
            "علی رضایی مدیرکل صنعت استان در سال ۱۴۰۳ گفت: تولید بالا رفت.",
            "علی رضایی",
            "مدیرکل صنعت استان",
        ),
    ],
)
def test_one_person_and_role(text: str, name: str, role: str) -> None:
    assert _people(text) == [{"name": name, "role": role}]


def test_different_surnames_stay_apart() -> None:
    # one letter changed is no swap: two people
    assert len(_names("محمد کریمی گفت خوب است. کریمن افزود: بد است.")) == 2


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "علی رضایی با حضور در دفتر ایلنا با بیان اینکه تولید افزایش یافت، گفت: بالاست.",
            "ایلنا",
        ),
        (
            "مدیرکل با حضور در دفتر خبرگزاری تسنیم در یزد گفت: خوب است.",
            "خبرگزاری تسنیم",
        ),
        ("محمد احمدی در گفتوگو با خبرنگار مانا در بوشهر گفت: ۱۲ بندر فعال است.", "مانا"),
        ("به گزارش پایگاه خبری شصت دقیقه از صداوسیما، مدیرکل گفت خوب است.", "شصت دقیقه"),
        ("به گزارش احرار خبر، میراحد حسینی گفت خوب است.", "احرار خبر"),
        (
            "به گزارش اداره ارتباطات و اطلاع رسانی راه و شهرسازی استان قم، "
            "محمد صادقی گفت: خوب است.",
            None,
        ),
        (
            "به گزارش اداره کل ارتباطات و اطلاع‌رسانی وزارت نیرو، وزیر گفت: خوب است.",
            None,
        ),
        ("مانا گفت این کار خوب است.", None),
        ("در سفر به تهران، مانا احمدی گفت خوب است.", None),
    ],
)
def test_attribution(text: str, agency: str | None) -> None:
    assert extract_attribution(text) == agency
