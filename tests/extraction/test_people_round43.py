"""Round 43 people and roles phenomena (own sentences).

- «X/ لرستان» alone on its line: a reporter signs the copy with the desk's place after a
  slash; no person of the story (h39b08).
- «سیدابراهیم ...»: an honorific part glued to a given name opens a full name; the word
  before it («آیت الله»: the title written with a space) is no given name of his (h39b09).
- «رئیسی» and «رییسی»: the hamza seat is a spelling; one person (h39b09).
- «به گزارش X، سید علی فاضل؛ مدیرعامل ... گفت»: the name between the credit's comma and
  «؛» before the role is the speaker (h39b03); a desk's place there («مرکز اصفهان؛») is no
  name.
- Roles: a speech verb glued to the role's last place («پیرانشهرگفت:», h39a12); «در جریان
  بازدید» ends a role as «در جلسه» does (h39b09); a quote closed after its full stop («...
  کردند.» رئیس اداره ... افزود») ends the sentence before the role (h39b10)."""

import pytest

from crawler.extraction.people import extract_people

SAID = "مدیرکل راه و شهرسازی لرستان گفت: ۲۰ واحد ساخته شد."


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporter's signature with the desk's place
        (f"{SAID}\nمهدی زکی‌پور/ لرستان\nارسال نظر", []),
        (f"{SAID}\nمهدی زکی‌پور / استان لرستان", []),
        # must not fire: a name before a slash and a word that is no place, or a place the
        # line runs on after
        (f"{SAID}\nعلی رضایی/ عکاس", [("علی رضایی", None)]),
        (
            f"{SAID}\nعلی رضایی/ لرستان مدیرکل راه گفت: ۲۰ واحد.",
            [("علی رضایی", "مدیرکل راه و شهرسازی لرستان")],
        ),
        # the title «آیت الله» written with a space before a glued honorific part
        ("آیت الله سیدابراهیم رییسی به استان سفر کرده است.", [("سیدابراهیم رییسی", None)]),
        # one person, two spellings of the hamza seat
        (
            "به گزارش ایرنا، دکتر سید ابراهیم رئیسی از نمایشگاه بازدید کرد.\n\n"
            "آیت الله سیدابراهیم رییسی به استان سفر کرده است.",
            [("سید ابراهیم رئیسی", None)],
        ),
        # must not fire: a surname alone still takes the fuller name before it
        (
            "ایلقار قنبرزاده با تشریح برنامه‌ها گفت: ۲۰ واحد. قنبرزاده افزود: خوب است.",
            [("ایلقار قنبرزاده", None)],
        ),
        # the name between the credit's comma and «؛»
        (
            "به گزارش چشمه نور، سید علی فاضل؛ مدیرعامل شرکت معادن غدیر در این مراسم، گفت:"
            " ۴ میلیون تن سنگ آهن استخراج می‌شود.",
            [("سید علی فاضل", "مدیرعامل شرکت معادن غدیر")],
        ),
        (
            "به گزارش چشمه نور، علی فاضل؛ مدیرعامل شرکت معادن غدیر گفت: ۴ میلیون تن.",
            [("علی فاضل", "مدیرعامل شرکت معادن غدیر")],
        ),
        # must not fire: a desk's place before «؛»
        ("به گزارش خبرگزاری صدا و سیما، مرکز اصفهان؛ مدیرعامل شرکت آب گفت: ۲۰ تن.", []),
        # roles: a speech verb glued to the role's place
        (
            "به گزارش چشمه نور، مدیر جهاد کشاورزی پیرانشهرگفت: ۲۲ هزار تن تحویل شد."
            " علی رضایی افزود: خوب است.",
            [("علی رضایی", "مدیر جهاد کشاورزی پیرانشهر")],
        ),
        # must not fire: a place glued to a preposition still ends the role at the place
        (
            "به گزارش چشمه نور، مدیرکل گمرک استان فارساز افزایش صادرات خبر داد."
            " علی رضایی افزود: خوب است.",
            [("علی رضایی", "مدیرکل گمرک استان فارس")],
        ),
        # «در جریان بازدید» ends the role
        (
            "به گزارش ایرنا، دکتر علی رضایی از نمایشگاه بازدید کرد.\n"
            "رئیس جمهور در جریان بازدید از این نمایشگاه با توضیحات مسئولان مطلع شد.",
            [("علی رضایی", "رئیس جمهور")],
        ),
        # a quote closed after its full stop ends the sentence before the role
        (
            "به گزارش چشمه نور، علی رضایی روز یکشنبه بیان کرد: «۵۱ هزار نفر در شهرستان"
            " شاهرود اقامت کردند.» رئیس اداره میراث فرهنگی شهرستان شاهرود افزود: «۸۱ هزار"
            " گردشگر بازدید کردند.»",
            [("علی رضایی", "رئیس اداره میراث فرهنگی شهرستان شاهرود")],
        ),
    ],
)
def test_round43_people(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
