"""People and roles in the patterns these outlets use."""

from __future__ import annotations

import pytest

from crawler.extraction.names import find_names
from crawler.extraction.people import extract_people
from crawler.extraction.persian import key


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


def test_name_then_role_lists_with_commas() -> None:
    text = (
        "جلسه با حضور رضا رحمانی وزیر صنعت، معدن و تجارت، هدایت الله جمالیپور استاندار قزوین، "
        "سیده حمیده زرآبادی نماینده مردم قزوین در مجلس شورای اسلامی، "
        "حمید رضا خانپور مدیرعامل شرکت شهرک های صنعتی قزوین برگزار شد."
    )
    assert people(text) == [
        ("رضا رحمانی", "وزیر صنعت، معدن و تجارت"),
        ("هدایت الله جمالیپور", "استاندار قزوین"),
        ("سیده حمیده زرآبادی", "نماینده مردم قزوین در مجلس شورای اسلامی"),
        ("حمید رضا خانپور", "مدیرعامل شرکت شهرک های صنعتی قزوین"),
    ]


def test_name_comma_role() -> None:
    text = "یاسر عبدالهی، معاون هماهنگی امور اقتصادی استاندار اردبیل در جلسه کمیته گفت: ..."
    assert people(text) == [("یاسر عبدالهی", "معاون هماهنگی امور اقتصادی استاندار اردبیل")]


def test_role_then_name() -> None:
    assert people("در این نشست استاندار قزوین، هدایت الله جمالیپور گفت: ...") == [
        ("هدایت الله جمالیپور", "استاندار قزوین")
    ]


def test_as_role_and_null_role() -> None:
    text = (
        "در پایان از زحمات مهدی مهتابانی تقدیر به عمل آمد و حبیب امین زاده به عنوان رئیس جدید "
        "سازمان صنعت، معدن و تجارت آذربایجان شرقی معرفی شد."
    )
    assert people(text) == [
        ("مهدی مهتابانی", None),
        ("حبیب امین زاده", "رئیس جدید سازمان صنعت، معدن و تجارت آذربایجان شرقی"),
    ]


def test_unnamed_speaker_role_goes_to_next_sentence_opener() -> None:
    text = (
        "مدیرکل صنعت، معدن و تجارت کردستان گفت: هدف گذاری انجام شد.\n"
        "به گزارش کرد پرس، بختیار خلیقی در مراسم تکریم گفت: ...\n"
        "خلیقی گفت: این استان مرزی است. وی افزود: ..."
    )
    assert people(text) == [("بختیار خلیقی", "مدیرکل صنعت، معدن و تجارت کردستان")]


def test_isna_prefix_and_double_surname() -> None:
    text = (
        "ایسنا/چهارمحال و بختیاری مدیرکل تعاون، کار و رفاه اجتماعی چهارمحال و بختیاری گفت: ...\n"
        "حسن یوسفی شهرکی در نشست کارگروه افزود: ..."
    )
    assert people(text) == [
        ("حسن یوسفی شهرکی", "مدیرکل تعاون، کار و رفاه اجتماعی چهارمحال و بختیاری")
    ]


def test_surname_variants_dedupe_and_zwnj_compounds() -> None:
    text = (
        "هدایت الله جمالیپور استاندار قزوین گفت. هدایت الله جمالی پور افزود. علیرضا پیمان‌پاک گفت."
    )
    got = people(text)
    assert [key(n) for n, _ in got] == [key("هدایت الله جمالیپور"), key("علیرضا پیمان‌پاک")]


@pytest.mark.parametrize(
    "text",
    [
        "زیارت امام رضا و حضرت علی",
        "وی گفت: امید داریم صادرات بیشتر شود.",
        "خلیقی گفت: ...",
        "به گزارش خبرگزاری تسنیم از قزوین، جلسه برگزار شد.",
        "بندر شهید بهشتی چابهار",
    ],
)
def test_not_people(text: str) -> None:
    assert find_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a compound given name written with ZWNJ, and a surname that is also a city's adjective
        ("کرامت‌الله شیرازی افزود: تسهیلات پرداخت شد.", "کرامت‌الله شیرازی"),
        # Kurdish given names (Kurdpress and the western provinces' desks)
        (
            "به گزارش خبرنگار ما از سنندج، هیوا مرادی در جلسه شورا افزود: صادرات بیشتر شد.",
            "هیوا مرادی",
        ),
        ("سیروان کریمی، مدیرکل صنعت کردستان گفت: تولید بیشتر شد.", "سیروان کریمی"),
    ],
)
def test_compound_and_kurdish_given_names(text: str, name: str) -> None:
    assert [p["name"] for p in extract_people(text)[0]] == [name]


def test_unnamed_speaker_after_a_scene_opener_gets_the_next_named_person() -> None:
    text = (
        "در ادامه این نشست، مدیرعامل منطقه ویژه اقتصادی پتروشیمی بندر امام از طرح‌های "
        "جدید خبر داد.\nکاوه شوشتری‌نژاد افزود: ظرفیت افزایش خواهد یافت."
    )
    assert [(p["name"], p["role"]) for p in extract_people(text)[0]] == [
        ("کاوه شوشتری‌نژاد", "مدیرعامل منطقه ویژه اقتصادی پتروشیمی بندر امام")
    ]


@pytest.mark.parametrize("name", ["عبدالغفور ریگی", "نوراحمد کرمانی", "دادشاه بلوچ"])
def test_baluchi_given_names(name: str) -> None:
    text = f"در این همایش، {name}، معاون استاندار سیستان و بلوچستان گفت: صادرات بیشتر شد."
    assert [p["name"] for p in extract_people(text)[0]] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an everyday-word given name before a surname-like follower
        ("فرشته رحیمیان افزود: صادرات بیشتر شد.", ["فرشته رحیمیان"]),
        ("رحیم بابازاده افزود: قیمت چرم بالا رفت.", ["رحیم بابازاده"]),
        # the honorific written joined to the given name
        ("سیدمحسن هاشمی افزود: ترانزیت بیشتر شد.", ["سیدمحسن هاشمی"]),
        ("کامبیز ذوالفقاری افزود: بارندگی کم شد.", ["کامبیز ذوالفقاری"]),
        # but not an everyday word, nor a surname's tail folded apart
        ("امید داریم صادرات بیشتر شود.", []),
        ("ناصر حسن‌زاده گفت: صادرات بیشتر شد. حسن‌زاده افزود: واردات کم شد.", ["ناصر حسن‌زاده"]),
    ],
)
def test_surname_like_followers_and_joined_honorifics(text: str, names: list) -> None:
    assert [p["name"] for p in extract_people(text)[0]] == names


# --- real-text phenomena (issue 14), on sentences written for these tests -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surname-only speakers: no full name anywhere in the text
        (
            "به گزارش خبرنگار مهر، مدیرکل صنعت، معدن و تجارت استان ایلام گفت: ۴ واحد راه افتاد.\n"
            "شاه‌ولی افزود: ۱۰۰ نفر مشغول شدند.",
            [("شاه‌ولی", "مدیرکل صنعت، معدن و تجارت استان ایلام")],
        ),
        (
            "مدیر کل گمرک استان ایلام گفت: ۲۰ تن صادر شد.قنبری افزود: ۳ کامیون رفت.",
            [("قنبری", "مدیر کل گمرک استان ایلام")],
        ),
        (
            "کاظمی نژاد، مدیر بنیاد مسکن استان سمنان گفت: ۳۰۰ واحد ساخته شد.",
            [("کاظمی نژاد", "مدیر بنیاد مسکن استان سمنان")],
        ),
        ("مهندس طاهرخانی در پایان بازدید گفت: ۵ خط راه افتاد.", [("طاهرخانی", None)]),
        # names no lexicon holds, anchored by the speech verb
        (
            "مدیرکل شیلات گیلان گفت: صید آغاز شد.\nبه گزارش ایسنا، یاورعلی قره‌داغی افزود: ...",
            [("یاورعلی قره‌داغی", "مدیرکل شیلات گیلان")],
        ),
        ("به گزارش برنا، «کاوان رستمی» عنوان کرد: ...", [("کاوان رستمی", None)]),
        # surnames of two or three words, up to a speech verb, time word or role
        ("ناصر خاک پور دشتی افزود: ۱۲ درصد رشد داشت.", [("ناصر خاک پور دشتی", None)]),
        (
            "به گزارش خبرنگار مهر، رضا نیک سیرت عصر دوشنبه در جمع خبرنگاران گفت: ...",
            [("رضا نیک سیرت", None)],
        ),
        (
            "بهرام دوست علیزاده رییس سازمان برنامه و بودجه لرستان گفت: ...",
            [("بهرام دوست علیزاده", "رییس سازمان برنامه و بودجه لرستان")],
        ),
        ("فرهاد امینی ر افزود: ...", [("فرهاد امینی", None)]),
        # a full name, then the surname alone: one person
        (
            "به گزارش ایرنا، حمید کاشانی نسب گفت: ...\nکاشانی نسب افزود: ...",
            [("حمید کاشانی نسب", None)],
        ),
    ],
)
def test_speakers_no_lexicon_holds(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role-only speaker after the name is the same person (backward)
        (
            "به گزارش ایرنا، فرهاد کاظمی در جلسه شورا گفت: ...\n"
            "رئیس جهاد کشاورزی استان کرمان افزود: ...",
            [("فرهاد کاظمی", "رئیس جهاد کشاورزی استان کرمان")],
        ),
        # a lead role after a dateline, the name in a later sentence (forward)
        (
            "سمنان- ایرنا- مدیرعامل شرکت گاز استان سمنان گفت: ...\n"
            "مسعود یگانه روز یکشنبه افزود: ...",
            [("مسعود یگانه", "مدیرعامل شرکت گاز استان سمنان")],
        ),
        (
            "خبرگزاری تسنیم: مدیرکل بنادر هرمزگان گفت: ...\n"
            "علی کرمانی در گفتگو با تسنیم افزود: ...",
            [("علی کرمانی", "مدیرکل بنادر هرمزگان")],
        ),
        (
            "به گزارش خبرگزاری صدا و سیما ، مرکز لرستان ؛ مدیرکل تعاون لرستان گفت: ...\n"
            "حسن رفیعی افزود: ...",
            [("حسن رفیعی", "مدیرکل تعاون لرستان")],
        ),
        (
            "خبرآنی / لرستان مدیرکل غله لرستان از خرید گندم خبر داد.\nحسن رفیعی گفت: ...",
            [("حسن رفیعی", "مدیرکل غله لرستان")],
        ),
        # an unnamed role is cut at its first place, not its last
        (
            "مدیر جهاد کشاورزی شهرستان میانه برنامه خرید گندم در میانه را اعلام کرد.\n"
            "حسن رفیعی گفت: ...",
            [("حسن رفیعی", "مدیر جهاد کشاورزی شهرستان میانه")],
        ),
        # role heads with the ezafe, and a village head
        (
            "سخنگوی دولت علی بهادری جهرمی گفت: ...",
            [("علی بهادری جهرمی", "سخنگوی دولت")],
        ),
        (
            "دهیار روستای کلاته غلامرضا پورمحمدی گفت: ...",
            [("غلامرضا پورمحمدی", "دهیار روستای کلاته")],
        ),
        # a ministry name with commas before the name
        (
            "مدیرکل میراث فرهنگی، صنایع دستی و گردشگری گیلان بهمن نوری گفت: ...",
            [("بهمن نوری", "مدیرکل میراث فرهنگی، صنایع دستی و گردشگری گیلان")],
        ),
        # a second speaker introduced by role with «نیز», named in the next sentence
        (
            "به گزارش مهر، احمد کریمی استاندار مرکزی گفت: ...\n"
            "وزیر نیرو نیز در این مراسم گفت: ...\nعلی اکبر محرابیان افزود: ...",
            [("احمد کریمی", "استاندار مرکزی"), ("علی اکبر محرابیان", "وزیر نیرو")],
        ),
        # hard-wrapped copy: lines broken mid-phrase, a role broken over a line
        (
            "به گزارش ایرنا، مدیرکل تعاون، کار\n"
            "و رفاه اجتماعی استان یزد با اعلام این خبر گفت: این\n"
            "تعداد شغل با تحقق تعهد دستگاه های اجرایی استان یزد در سال جاری ایجاد شد و\n"
            "سهم بخش خصوصی از این شغل ها بیش از نیمی از کل آن بوده است. رضا\n"
            "کرمانی افزود: ...",
            [("رضا کرمانی", "مدیرکل تعاون، کار و رفاه اجتماعی استان یزد")],
        ),
    ],
)
def test_roles_across_sentences(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "۱۲ فقره پروانه بهره‌برداری و ۳ پروانه صنعتی صادر شد.",
        "امید است تا پایان سال ۳۰ واحد راه‌اندازی شود.",
        "حجم سد سلمان فارسی به ۳۰۰ میلیون متر مکعب رسید.",
        "با بارش رحمت الهی ۲۰ درصد بر ذخایر افزوده شد.",
        "کارخانه ذوب آهن امید رویان ۲۰ نفر را استخدام کرد.",
        "نیروگاه‌ها در مهدی‌شهر و سمنان ساخته شدند.",
        "دولت اعلام کرد: ۲۰ طرح تصویب شد.\nوی افزود: ۳ طرح ماند.",
        "در پایان از زحمات کارکنان تقدیر شد.",
        "این مبلغ هر روز به دامداران پرداخت می‌شود.",
        "بنابراین، رئیس سازمان گفت: ۲۰ طرح تصویب شد.",
    ],
)
def test_common_words_are_not_people(text: str) -> None:
    assert people(text) == []
