"""The text-level residual filter: furniture lines, ids and tags, hard wraps."""

from __future__ import annotations

from crawler.cleaning.residual import clean_lines, is_furniture, rejoin_wrapped

SENTENCE = (
    "مدیرکل صنعت، معدن و تجارت استان گفت: صادرات استان در سال گذشته به ۸۳۱ میلیون دلار "
    "رسید و امسال هدف‌گذاری یک میلیارد دلار است."
)


def test_furniture_lines() -> None:
    for line in (
        "سایر زبان ها",
        "صفحه نخست",
        "نظر شما",
        "شما در حال پاسخ به نظر «» هستید.",
        "captcha",
        "تبادل نظر",
        "آدرس ایمیل خود را با فرمت مناسب وارد نمایید.",
        "گفتگو با هوش مصنوعی",
        "💬 سلام! میخوای دربارهی «تیتر» بیشتر بدونی؟",
        "بیشتر بخوانید: خبر مرتبط",
        ". . . .",
        "۱۸ اردیبهشت ۱۴۰۳ - ۱۰:۳۰",
        "عکس: روابط عمومی استانداری",
        "این خبر بروز رسانی می شود...",
        "![بازدید مسافران نوروزی از بازار](https://cdn.example.ir/thumb/%D9%85%D8%B3+85%.jpg)",
        "[نسخه قابل چاپ](https://example.ir/fa/print/4521)",
        "https://example.ir/fa/news/4521/افتتاح-۱۲-طرح",
    ):
        assert is_furniture(line), line


def test_sentences_that_mention_furniture_words_stay() -> None:
    for line in (
        SENTENCE,
        "وی گفت: نظر شما درباره این طرح برای ما مهم است و باید در جلسه بعد بررسی شود.",
        "در ۱۸ اردیبهشت ۱۴۰۳ جلسه کارگروه صادرات استان برگزار شد.",
        "نشانی سامانه https://example.ir است و ثبت‌نام ۱۲ هزار متقاضی در آن انجام شد.",
    ):
        assert not is_furniture(line), line


def test_end_marker_cuts_the_rest_and_news_id_and_tags_move_out() -> None:
    result = clean_lines([SENTENCE, "کد خبر ۲۷۷۲۵۹۵", "برچسب‌ها", "صادرات", "کردستان", "نظر شما"])
    assert result.paragraphs == [SENTENCE]
    assert result.news_id == "2772595"
    assert result.tags == ["صادرات", "کردستان"]
    after_end = clean_lines([SENTENCE, "انتهای پیام/ش", "متن بعد از پایان خبر که نباید بماند."])
    assert after_end.paragraphs == [SENTENCE]


def test_nav_menu_runs_are_dropped() -> None:
    menu = ["سیاسی", "ورزشی", "اجتماعی", "اقتصادی", "فیلم و صوت"]
    assert clean_lines([*menu, SENTENCE]).paragraphs == [SENTENCE]


def test_hard_wrapped_lines_are_rejoined_and_subheadings_kept() -> None:
    lines = [
        "معاون استاندار از افزایش 20 درصدی صادرات استان در سال جاری خبر داد و گفت: هدفگذاری",
        "صادرات استان 3 میلیارد دلار است که همه دستگاههای مرتبط باید برای تحقق این هدف",
        "تلاش کنند.",
        "توسعه صادرات در اولویت است",
        "وی گفت: با توجه به توانمندی قطعه سازان استان تلاش کردیم تا آنها را به صنایع نفت",
        "وصل کنیم که این امر موجب افزایش تنوع و خلاقیت آنها نیز خواهد شد.",
    ]
    out = rejoin_wrapped(lines)
    assert len(out) == 3
    assert out[0].endswith("برای تحقق این هدف تلاش کنند.")
    assert out[1] == "توسعه صادرات در اولویت است"
    assert out[2].endswith(
        "به صنایع نفت وصل کنیم که این امر موجب افزایش تنوع و خلاقیت آنها نیز خواهد شد."
    )


def test_credit_lines_leave_the_body_but_are_kept_for_the_attribution() -> None:
    """«منبع: X» and «انتهای پیام/ X» are furniture, yet often the only place a republished
    copy names its agency: they move to ``credits`` (and a plain sentence never does)."""
    result = clean_lines([SENTENCE, "منبع : خبرگزاری برنا", "انتهای پیام/ ایلنا"], rejoin=False)
    assert result.paragraphs == [SENTENCE]
    assert result.credits == ["منبع : خبرگزاری برنا", "انتهای پیام/ ایلنا"]
    assert clean_lines([SENTENCE, "نظر شما"]).credits == []


def test_a_dropped_source_line_still_names_the_agency_of_the_record() -> None:
    from crawler.stages.boilerplate import strip_boilerplate
    from crawler.stages.extraction import extract_article

    item = {"text_input": f"عنوان خبر\n{SENTENCE}\nمنبع : خبرگزاری برنا", "errors": []}
    strip_boilerplate(item, None, max_chars=100_000)
    assert "منبع" not in item["body"]
    extract_article(item)
    assert item["attributed_to"] == "خبرگزاری برنا"


def test_worded_furniture_is_the_lexicons_and_glued_spellings_count() -> None:
    """The worded lines are crawler/data/furniture_lines.json's 'page' group: spellings
    without ZWNJ («برچسبها», «بروزرسانی میشود») and a bar for a colon are the same line."""
    for line in (
        "فیلم | بازدید رئیس جهاد کشاورزی از پایانه",
        "این خبر بروز رسانی میشود",
        "اشتراکگذاری",
        "تعداد بازدید: ۱۲۳۴",
        "منبع",
    ):
        assert is_furniture(line), line


def test_a_sentence_that_opens_with_a_tool_word_stays() -> None:
    """«ذخیره» (save) is a page tool alone on a line, and also the first word of news:
    «ذخیره سدهای استان ... رسید»."""
    line = "ذخیره سدهای استان به ۸۰ درصد ظرفیت رسید و وضعیت آب شرب در تابستان پایدار است."
    assert not is_furniture(line)
    assert clean_lines([SENTENCE, line]).paragraphs == [SENTENCE, line]
    assert is_furniture("ذخیره")


def test_tags_headers_without_zwnj_and_other_id_labels() -> None:
    result = clean_lines([SENTENCE, "شناسه خبر: ۴۵۲۱۷", "برچسبها", "صادرات", "کردستان"])
    assert result.paragraphs == [SENTENCE]
    assert result.news_id == "45217"
    assert result.tags == ["صادرات", "کردستان"]
