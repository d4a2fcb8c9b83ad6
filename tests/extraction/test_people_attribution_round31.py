"""Round 31: people in the forms heldout28 showed, team-written sentences (people and
figures invented, none in the corpus): a given name that is also an everyday word («ولی»)
opening a line before a surname the text then uses alone is a full name; an everyday noun
(«خبر») glued before a surname by a lost line break is no given name; «سالار» ends surnames;
«شهر صنعتی البرز» is an industrial city (in Qazvin) named Alborz, no mention of the
province; a role announced as the source («بر اساس اعلام مدیرکل ...،») goes to the speaker
named next; an agency's name spelt as an everyday word («مهر») alone before a comma and a
full date opening a line is the copy's credit."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people
from crawler.extraction.provinces import province_mentions
from tests.extraction.probes import names_after_head as _names

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # «ولی» opens the line, the surname alone speaks later: one person, the full name
        (
            "مدیرکل بنادر گیلان از رشد صادرات خبر داد.\n\nولی رستمی امروز با اشاره به"
            " گزارش ستاد اظهار کرد: ۳۰ کشتی پهلو گرفت.\n\nرستمی افزود: بار ۲۰ درصد بیشتر شد.",
            ["ولی رستمی"],
        ),
        # the same after a full stop
        (
            "مدیرکل بنادر گیلان از رشد صادرات خبر داد. ولی رستمی امروز با اشاره به"
            " گزارش ستاد اظهار کرد: ۳۰ کشتی پهلو گرفت.\n\nرستمی افزود: بار ۲۰ درصد بیشتر شد.",
            ["ولی رستمی"],
        ),
        # a date after the name and a comma, the speech verb far on (the line opens the
        # story's speaker, the surname alone speaks later)
        (
            "مدیرکل بنادر گیلان از رشد صادرات خبر داد.\n\nولی رستمی امروز، ۱۲ مهرماه با"
            " اشاره به آخرین گزارش ستاد هماهنگی بنادر استان گیلان اظهار کرد: ۳۰ کشتی"
            " پهلو گرفت.\n\nرستمی از رشد بار خبر داد و گفت: بار ۲۰ درصد بیشتر شد.",
            ["ولی رستمی"],
        ),
        # «ولی» the conjunction opening a line before no surname: no person
        (
            "مدیرکل بنادر گیلان گفت: بار ۲۰ درصد بیشتر شد.\n\nولی پیش بینی می‌شود"
            " در پاییز ۱۰ درصد کم شود.",
            [],
        ),
    ],
)
def test_ambiguous_given_name_opening_a_line(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a page's «لینک خبر» glued to a surname label line: «خبر» is no given name
        (
            "منبع: ایرنا | لینک خبر نوروزی: نوروزی:\n\nحسن نوروزی مدیرکل گمرک یزد گفت:"
            " صادرات ۱۰ درصد بیشتر شد.\n\nنوروزی افزود: واردات کم شد.",
            ["حسن نوروزی"],
        ),
    ],
)
def test_everyday_noun_before_surname(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a surname in «سالار» run on after a passive verb whose full stop (and paragraph
        # break) the page lost, the speech verb right after it
        (
            "مدیر کل راه و شهرسازی گیلان گفت: از ۲۰ هزار واحد ۸ هزار واحد تحویل شد"
            " سپهسالار افزود: ۳ هزار واحد دیگر واگذار می‌شود.",
            ["سپهسالار"],
        ),
        # «سالار» alone is a given name, no surname ending
        (
            "مدیر کل راه و شهرسازی گیلان گفت: از ۲۰ هزار واحد ۸ هزار واحد تحویل شد"
            " سالار افزود: ۳ هزار واحد دیگر واگذار می‌شود.",
            [],
        ),
    ],
)
def test_surname_ending_salar(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the industrial city named Alborz (spaced or glued): no province
        ("مدیرعامل شهر صنعتی البرز گفت: ۳۰ واحد تازه در این شهر مستقر شد.", []),
        ("به گزارش خبرنگار ما از قزوین، ۱۲ شرکت در شهرصنعتی البرز فعال است.", ["قزوین"]),
        # the province's own industrial parks and the province itself stay
        ("شرکت شهرک‌های صنعتی البرز ۲۰ قرارداد بست.", ["البرز"]),
        ("استاندار البرز از شهر صنعتی کاوه بازدید کرد.", ["البرز"]),
    ],
)
def test_industrial_city_named_alborz(text: str, want: list[str]) -> None:
    assert [m.province for m in province_mentions(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a role announced as the source, its holder named in the next sentence
        (
            "بر اساس اعلام مدیرکل راه و شهرسازی استان زنجان، ۹ هزار نفر ثبت نام کردند.\n"
            "«مهدی کاویانی» اظهار داشته است: ۴ هزار نفر در گام نخست ثبت نام کردند.",
            [("مهدی کاویانی", "مدیرکل راه و شهرسازی استان زنجان")],
        ),
        (
            "طبق اعلام رئیس سازمان جهاد کشاورزی استان سمنان، ۲۰ هزار تن گندم خرید شد.\n"
            "مهدی کاویانی گفت: ۵ هزار تن دیگر خرید می‌شود.",
            [("مهدی کاویانی", "رئیس سازمان جهاد کشاورزی استان سمنان")],
        ),
        # an office announced as the source is no role
        (
            "بر اساس اعلام روابط عمومی شرکت گاز استان، ۲۰ هزار مشترک گازدار شدند.\n"
            "مهدی کاویانی اظهار کرد: ۶ هزار مشترک دیگر گازدار می‌شوند.",
            [("مهدی کاویانی", None)],
        ),
    ],
)
def test_role_announced_as_source(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(p["name"], p["role"]) for p in extract_people(HEAD + text)[0]] == want


_STORY = "\n\nگروه اقتصادی: مدیرکل صنعت استان از تولید ۲ میلیون تن سیمان خبر داد."


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # an agency spelt as an everyday word, a comma, a full date: the credit
        ("مهر , 8 دی 1391 ساعت 10:30", "خبرگزاری مهر"),
        ("مهر، ۸ دی ۱۳۹۱", "خبرگزاری مهر"),
        ("تسنیم , 21 بهمن 1396", "خبرگزاری تسنیم"),
        # a province's name before a date may be a dateline's place: no credit
        ("فارس، 8 دی 1391", None),
        # a weekday or the month itself before the date: no credit
        ("جمعه، 8 دی 1391", None),
        ("۸ مهر ۱۳۹۱", None),
        # no full date after the comma: the month word stays a month
        ("مهر، سال ۱۳۹۱", None),
    ],
)
def test_agency_before_a_date(line: str, want: str | None) -> None:
    assert extract_attribution("تولید سیمان در استان\n\n" + line + _STORY) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a foreign name, its role, a visit closing the sentence
        (
            "به گزارش خبرنگار ما از تبریز، گورگن هاکوپیان سفیر ارمنستان در ایران امروز"
            " از کارخانه‌های شهرک صنعتی بازدید کرد.",
            [("گورگن هاکوپیان", "سفیر ارمنستان در ایران")],
        ),
        # (an attendance; the name search still wants a comma, colon or cue within 110
        # characters of the sentence's start before it reads a name there)
        (
            "گورگن هاکوپیان سرکنسول ارمنستان، به همراه هیئت همراه در دفتر شرکت حضور یافت.",
            [("گورگن هاکوپیان", "سرکنسول ارمنستان")],
        ),
        # no role after the name: no anchor
        ("گورگن هاکوپیان امروز از کارخانه‌های شهرک صنعتی بازدید کرد.", []),
        # a role, but no visit, attendance or speech verb: no anchor
        ("گورگن هاکوپیان سفیر ارمنستان در ایران از سال گذشته است.", []),
    ],
)
def test_name_role_and_a_visit(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(p["name"], p["role"]) for p in extract_people(HEAD + text)[0]] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a town the gazetteer lacks, shaped like a name, ends a list of towns
        (
            "مدیرکل راه و شهرسازی تهران گفت: این طرح در شهرهای ورامین، پاکدشت و امیر"
            " شاه اجرا می‌شود.",
            [],
        ),
        # after the list, a clause that names a person: a person
        (
            "این طرح در شهرهای ورامین و پاکدشت اجرا شد و علی رستمی مدیرکل راه و شهرسازی"
            " گفت: ۲۰ واحد ساخته شد.",
            ["علی رستمی"],
        ),
        # a list of people after «با حضور», no place head: people
        (
            "این طرح با حضور استاندار، علی رستمی و امیر شاه افتتاح شد و علی رستمی گفت:"
            " ۲۰ واحد ساخته شد.",
            ["علی رستمی", "امیر شاه"],
        ),
    ],
)
def test_name_ending_a_list_of_towns(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # after an honorific, the everyday noun that opens the object ends the name
        (
            "مهندس رستگارمنش شاخص بهره‌مندی روستاها از آب شرب را ۸۰ درصد عنوان کرد و افزود:"
            " ۲۰ روستا آبرسانی شد.",
            ["رستگارمنش"],
        ),
        (
            "مهندس رستگارمنش ضریب نفوذ گاز در روستاها را ۹۵ درصد اعلام کرد و افزود:"
            " ۱۲ روستا گازدار شد.",
            ["رستگارمنش"],
        ),
        (
            "مهندس رستگارمنش سطح زیر کشت گندم را ۲۰ هزار هکتار اعلام کرد و افزود:"
            " ۸ هزار هکتار آبی است.",
            ["رستگارمنش"],
        ),
    ],
)
def test_everyday_noun_after_a_titled_surname(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a given name no lexicon holds, a surname of two words, the object and «را ...
        # اعلام کرد»: the whole name
        ("آنوشا کاظمی فشمی میزان اشتغال ایجاد شده را ۳۷۴۴ نفر اعلام کرد.", ["آنوشا کاظمی فشمی"]),
        # with an honorific part before the given name
        (
            "سیده آنوشا کاظمی فشمی، میزان تسهیلات پرداختی را ۸۰ میلیارد ریال اعلام کرد.",
            ["سیده آنوشا کاظمی فشمی"],
        ),
        # the object's noun after a surname of one word: two words
        ("آنوشا کاظمی میزان اشتغال ایجاد شده را ۳۷۴۴ نفر اعلام کرد.", ["آنوشا کاظمی"]),
        # a common adjective in «ی» after it is no second surname word
        ("آنوشا کاظمی صنعتی شدن استان را هدف اعلام کرد.", ["آنوشا کاظمی"]),
    ],
)
def test_two_word_surname_before_a_report(text: str, want: list[str]) -> None:
    assert _names(text) == want
