"""Round 42 people phenomena (own sentences, given names no lexicon holds, as
``swap-names`` writes them): a lead may put its time between the speaker's name and the
cue after a comma («X، روز پنجشنبه در گفت‌وگو با ... گفت»), open that time with a day of a
month and no time word («X ۱۲ فروردین‌ماه ۱۴۰۴ در حاشیه ... گفت», the year glued to the
word after it by careless copy), or write a weekday in two words («صبح یک شنبه»); a name,
its role, then a lead's verb of news («X Y مدیرعامل شرکت ... از بهره‌برداری ... خبر داد»)
is a speaker as with «گفت»; a given name the lists lacked («فضه», h37a12) names an
investor. Must-not-fire rows: an everyday noun before the same time and cue, a date after
a noun, a role after a noun before «خبر داد», a weekday word alone."""

import pytest

from tests.extraction.probes import names_after_head


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a comma, then the time, then the cue
        (
            "به گزارش ایراف، روناک رستگارمنش، روز پنجشنبه در گفت و گو با ایرنا گفت: صادرات"
            " استان ۱۲ درصد افزایش یافت.",
            ["روناک رستگارمنش"],
        ),
        (
            "کیان دهقانپور، یکشنبه شب ۱۹ دی با بیان اینکه مزایده برگزار شد، گفت: سرمایه"
            " گذار آن انتخاب شد.",
            ["کیان دهقانپور"],
        ),
        # a day of a month opens the time, no time word before it
        (
            "به گزارش ایلنا، نیوشا میرباقری ۱۲ فروردین ماه ۱۴۰۴ در حاشیه بازدید از خانه های"
            " تاریخی گفت: ۴۰ هزار نفر بازدید کردند.",
            ["نیوشا میرباقری"],
        ),
        # ... its year glued to the word after it
        (
            "به گزارش ایلنا، نیوشا میرباقری ۱۲فروردین ماه ۱۴۰۴در حاشیه بازدید از خانه های"
            " تاریخی گفت: ۴۰ هزار نفر بازدید کردند.",
            ["نیوشا میرباقری"],
        ),
        # a weekday written in two words
        (
            "به گزارش خبرنگار مهر، بهراد نوری زنوزی صبح یک شنبه در جمع خبرنگاران با بیان"
            " اینکه مجوز ۱۲۳ واحد صادر شد، افزود: اشتغال افزایش یافت.",
            ["بهراد نوری زنوزی"],
        ),
        # a name, its role, then a lead's verb of news
        (
            "ژیار کاووسی مدیر عامل شرکت گاز استان خوزستان از بهره برداری ۲۲ پروژه گازرسانی"
            " خبر داد.",
            ["ژیار کاووسی"],
        ),
        (
            "اهواز: سید ژیار کاووسی مدیر عامل شرکت گاز استان خوزستان از بهره برداری ۲۲ پروژه"
            " خبر داد.",
            ["سید ژیار کاووسی"],
        ),
        # an investor named after «با سرمایه‌گذاری», a given name the lists lacked («فضه»)
        (
            "مدیرکل گفت: اقامتگاه روستای گازرخان با سرمایه گذاری فضه مولایی و با حجم"
            " سرمایه گذاری ۴۰۰۰ میلیون ریال آغاز شد.",
            ["فضه مولایی"],
        ),
        # must not fire: an everyday noun before the same time and cue
        (
            "صادرات، روز پنجشنبه در گفت و گو با ایرنا بررسی شد و مدیرکل گفت: رقم بالاست.",
            [],
        ),
        ("تولید گندم ۱۲ فروردین ماه در جلسه ای بررسی شد و مدیر گفت: رقم بالاست.", []),
        # must not fire: a role after a noun, then «خبر داد»
        ("شرکت گاز مدیر عامل جدید دارد و از افزایش ۲۲ پروژه خبر داد.", []),
        # must not fire: a number before a noun is no date
        ("کارخانه ۱۲ واحد تولیدی در استان دارد و مدیر گفت: رقم بالاست.", []),
        # must not fire: a weekday alone opens no name
        ("یک شنبه در جلسه شورا گفت و گو شد.", []),
    ],
)
def test_unknown_given_names_anchored_past_time_and_news_verbs(text: str, names: list[str]) -> None:
    assert names_after_head(text) == names
