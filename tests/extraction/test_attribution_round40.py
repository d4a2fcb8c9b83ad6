"""Round 40 attribution phenomena (own sentences): an outlet whose name opens with a part
of the day crediting its own reporter («با خبرنگار صبح کرمان»), a lead prefix agency's
«X/place» glued after a headline on one line, and a visit to an agency's office that is a
tour (a place), no interview."""

import pytest

from crawler.extraction.attribution import extract_attribution


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the site's own reporter, its outlet's name opening with a part of the day
        ("مینا کاظمی در گفت و گو با خبرنگار صبح کرمان با اعلام این خبر افزود: x", "صبح کرمان"),
        ("علی رضایی در گفت‌وگو با خبرنگار صبح ساحل اظهار کرد: x", "صبح ساحل"),
        ("علی رضایی در گفتگو با خبرنگار عصر مازندران گفت: x", "عصر مازندران"),
        # a time of day after the reporter, never an outlet
        ("علی رضایی در گفت‌وگو با خبرنگار صبح امروز اظهار کرد: x", None),
        ("علی رضایی در گفت‌وگو با خبرنگار صبح شنبه اظهار کرد: x", None),
        ("علی رضایی در گفت‌وگو با خبرنگاران صبح امروز گفت: x", None),
        # a lead prefix agency's desk lead after a headline on the same line
        (
            "- ساخت سه نیروگاه خورشیدی تازه با سرمایه بخش خصوصی در استان یزد ایسنا/یزد"
            " مدیرکل برق گفت: x",
            "ایسنا",
        ),
        (
            "افزایش دوبرابری صادرات زعفران و پسته از مرزهای خراسان رضوی ایرنا/ مشهد رئیس"
            " سازمان گفت: x",
            "ایرنا",
        ),
        # a slash with no place after it: no desk lead
        ("قیمت گوشت مرغ کاهش یافت و مهر/ آبان ماه گذشته تولید زیاد بود.", None),
        # a visit to the agency's office that runs on into the clause: a tour, no credit
        (
            "علی رضایی امروز با حضور در خبرگزاری جمهوری اسلامی (ایرنا) مرکز کرمان بخش‌های"
            " مختلف خبری را دید و از کار خبرنگاران قدردانی کرد.",
            None,
        ),
        # a visit whose cue a word closes: the interview given there credits the agency
        ("علی رضایی با حضور در دفتر ایلنا گفت: تولید بالاست.", "ایلنا"),
        ("علی رضایی با حضور در خبرگزاری ایرنا مرکز کرمان گفت: تولید بالاست.", "ایرنا"),
    ],
)
def test_attribution_round40(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source
