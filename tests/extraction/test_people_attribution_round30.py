"""Round 30: credits and people in the forms heldout27 showed, team-written sentences
(people, outlets and figures invented, none in the corpus): a channel post's speaker line
«X؛ <role>: <quote>» names a speaker, never the site; a page's title line closing with an
outlet-shaped name after a bar («... | X نیوز») credits that site when nothing else does;
the old wire's archive copy whose dash was garbled («شهر س خبرگزاری جمهوری اسلامی
12/5/74») is IRNA; a role head glued to the word after it («مدیرزراعت») is a role, never
a name word; the bare «به» before a comma («... به بازار فارس، ...») is a destination, no
interview; comment-section headers («نظرات بینندگان») are page furniture."""

from __future__ import annotations

import pytest

from crawler.cleaning.lexicon import line_kind
from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people

HEAD = "افزایش تولید در استان\n\n"
_ZEROS = "0" * 40


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(HEAD + text)[0]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a surname, a semicolon, the role, a colon: the speaker line of a channel post
        (
            "کاظمی؛ مدیرکل جهاد کشاورزی همدان: امسال ۴۰ هزار تن سیب برداشت شد",
            [("کاظمی", "مدیرکل جهاد کشاورزی همدان")],
        ),
        (
            "بهرامی؛ رئیس اتاق بازرگانی یزد: صادرات استان ۱۲ درصد بیشتر شد",
            [("بهرامی", "رئیس اتاق بازرگانی یزد")],
        ),
        # a given name and surname before the semicolon
        (
            "علی رنجبر؛ مدیرعامل شرکت آب منطقه‌ای کرمان: سه سد آبگیری شد",
            [("علی رنجبر", "مدیرعامل شرکت آب منطقه‌ای کرمان")],
        ),
        # a rubric word before the semicolon is no speaker
        ("سیب؛ رئیس سازمان جهاد کشاورزی: تولید ۱۰ درصد بیشتر شد", []),
        # an outlet before the semicolon, the role goes on to its verb: no name there
        ("ایلنا؛ مدیرکل صنعت استان گفت: تولید ۲۰ درصد بیشتر شد.", []),
        # no colon closing the role: the semicolon ends a headline, no speaker line
        ("کاظمی؛ مدیرکل جهاد کشاورزی همدان و برداشت سیب", []),
    ],
)
def test_semicolon_speaker_line(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _people(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "کاظمی؛ مدیرکل جهاد کشاورزی همدان: امسال ۴۰ هزار تن سیب برداشت شد",
        "بهرامی؛ رئیس اتاق بازرگانی یزد: صادرات استان ۱۲ درصد بیشتر شد",
    ],
)
def test_semicolon_speaker_is_no_outlet(text: str) -> None:
    assert extract_attribution(HEAD + text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the page's title line, the site's name after the bar (an emoji after it)
        (
            "برداشت زعفران در قائنات آغاز شد | کویر نیوز 🌿\n\nبرداشت زعفران از مزارع آغاز"
            " شد و ۱۲ تن محصول به دست می‌آید.",
            "کویر نیوز",
        ),
        (
            "صادرات پسته رکورد زد | رفسنجان آنلاین\n\nصادرات پسته ۸ درصد بیشتر شد.",
            "رفسنجان آنلاین",
        ),
        # a section or a date after the bar is no outlet
        ("قیمت طلا امروز | اخبار استان\n\nقیمت سکه ۲ درصد کم شد.", None),
        ("برداشت گندم آغاز شد | ۱۲ خرداد ۱۴۰۳\n\nبرداشت گندم ۵ درصد بیشتر شد.", None),
        # a credit in the text wins over the title bar
        (
            "صادرات پسته رکورد زد | رفسنجان آنلاین\n\nبه گزارش ایسنا، صادرات پسته ۸ درصد بیشتر شد.",
            "ایسنا",
        ),
    ],
)
def test_title_bar_site_name(text: str, want: str | None) -> None:
    assert extract_attribution(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the archive copy's dash lost or garbled before the wire's name and its date
        # stamp, a row of zeros before the city (page residue), the title and date above
        (
            f"تولید پسته بیشتر شد\n۲۵ مرداد ۱۳۷۴\n{_ZEROS} کرمان س خبرگزاری جمهوری اسلامی"
            " 12/5/74 دو واحد فرآوری پسته در رفسنجان افتتاح شد.\nمدیر صنایع گفت این واحدها"
            " ۴۰ نفر را شاغل کرده‌اند.",
            "ایرنا",
        ),
        (
            f"کاشی یزد\n۱۲ بهمن ۱۳۷۵\nکد خبر: 1234\n{_ZEROS} یزد خبرگزاری جمهوری اسلامی"
            " 03/11/75 تولید کاشی ۵ درصد بیشتر شد.\nمدیر صنایع گفت این واحدها ۴۰ نفر را"
            " شاغل کرده‌اند.",
            "ایرنا",
        ),
    ],
)
def test_old_wire_with_date_stamp(text: str, want: str) -> None:
    assert extract_attribution(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a role head glued to the next word: the name ends before it, the role opens there
        (
            "مهندس کریمی مدیرزراعت سازمان کشاورزی همدان گفت: ۳ هزار هکتار کشت شد.",
            [("کریمی", "مدیرزراعت سازمان کشاورزی همدان")],
        ),
        # a surname that opens with a role head is still a name
        ("مدیرکل صنعت یزد گفت: تولید بیشتر شد.\nمدیرزاده افزود: ۱۲ واحد افتتاح شد.", None),
    ],
)
def test_role_glued_to_the_next_word(text: str, want: list[tuple[str, str]] | None) -> None:
    got = _people(text)
    if want is None:
        assert [name for name, _ in got] == ["مدیرزاده"]
    else:
        assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # goods sent to a market named like an agency's alias, before a comma: no interview
        (
            "با عرضه روزانه ۵۰ تن برنج به بازار فارس، پیش‌بینی می‌شود قیمت‌ها کاهش یابد.",
            None,
        ),
        # the bare «به» before a speech verb still names the agency interviewed
        ("رضایی به ایسنا گفت: تولید برنج ۱۰ درصد بیشتر شد.", "ایسنا"),
    ],
)
def test_bare_to_before_a_comma_is_no_interview(text: str, want: str | None) -> None:
    assert extract_attribution(text) == want


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("نظرات بینندگان", True),
        ("نظرات کاربران", True),
        ("نظرات و دیدگاه‌ها", True),
        # a sentence about viewers' comments is no furniture
        ("نظرات بینندگان درباره این برنامه بررسی شد.", False),
    ],
)
def test_comment_section_headers_are_furniture(line: str, furniture: bool) -> None:
    assert (line_kind(line) is not None) == furniture
