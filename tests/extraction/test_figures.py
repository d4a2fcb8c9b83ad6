"""Figures: unit, subject, kind, approximation, period, and what is NOT a figure."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.figures import Figure, extract_figures


def one(text: str) -> Figure:
    figs = extract_figures(text)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("صادرات ۸۳۱ میلیون دلار بود.", 831000000, "USD"),
        ("سرمایه‌گذاری ۱۲ میلیون یورویی انجام شد.", 12000000, "EUR"),
        ("۴۵۰۰ میلیارد ریال تسهیلات پرداخت شد.", 4500 * 10**9, "IRR"),
        ("۲۰ هزار میلیارد تومان اعتبار لازم است.", 20 * 10**12, "IRT"),
        ("۲۰ همت اعتبار لازم است.", 20 * 10**12, "IRT"),
        ("۴۳۳ هزار تن کالا صادر شد.", 433000, "ton"),
        ("رشد ۲۳ درصدی صادرات", 23, "percent"),
        ("رشد ۲۳ درصد", 23, "percent"),
        ("رشد ۲۳٪ صادرات", 23, "percent"),
        ("رشد 23% صادرات", 23, "percent"),
        ("۱۱ هزار نفر اشتغال", 11000, "person"),
        ("۳ تن از مدیران", 3, "person"),
        ("۸۵ هزار هکتار زیر کشت", 85000, "hectare"),
        ("7.9 دهم مترمربع", 7.9, "m2"),
        ("۴۲۰ میلیون متر مربع پارچه", 420000000, "m2"),
        ("۸۰۰ مگاوات ظرفیت", 800, "MW"),
        ("۳۸ میلیارد کیلووات ساعت برق", 38 * 10**9, "kWh"),
        ("۲ میلیون بشکه نفت", 2000000, "barrel"),
        ("تا دو برابر افزایش", 2, "times"),
        ("۱۹ شهرک صنعتی", 19, "count"),
        ("سه خوشه صنعتی", 3, "count"),
        ("۲۳۸ قلم کالا", 238, "count"),
    ],
)
def test_units(text: str, value: float, unit: str) -> None:
    f = one(text)
    assert f.value == pytest.approx(value)
    assert f.unit == unit


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("در سال گذشته ۸۳۱ میلیون دلار صادرات داشته است.", "exports"),
        ("۳۲۰ هزار تن کالا به ارزش ۴۸۵ میلیون دلار وارد استان شد و واردات کاهش یافت.", "imports"),
        ("با در اختیار داشتن ۳۷ درصد اشتغال", "employment"),
        ("هزار و ۶۱ واحد صنعتی فعال وجود دارد.", "industrial_units"),
        ("۳۵۶ واحد معدنی وجود دارد.", "mining_units"),
        ("۱۰ واحد تولیدی دارای پروانه", "production_units"),
        ("فعالیت در ۱۹ شهرک صنعتی استان", "industrial_parks"),
        ("سه خوشه صنعتی فرش", "clusters"),
        ("صدور ۳۱۹ پروانه اکتشاف", "licences"),
        ("جذب ۳٫۷ هزار میلیارد تومان سرمایه‌گذاری", "investment"),
        ("۲۰ هزار میلیارد تومان اعتبار نیاز است.", "credit"),
        ("شفافیت 20 درصدی کالا", "transparency"),
        ("نرخ بیکاری استان به ۹٫۴ درصد رسید.", "unemployment"),
        ("قیمت خرید هر کیلوگرم گندم ۱۵ هزار تومان است.", "price"),
        ("۲۳۸ قلم کالای تولیدی", None),
        ("بیش از ۶۶ درصد از مصوبات اجرایی شده است.", None),
    ],
)
def test_subjects(text: str, subject: str | None) -> None:
    assert extract_figures(text)[0].subject == subject


def test_bare_unit_inherits_subject_from_previous_count() -> None:
    figs = extract_figures(
        "در حوزه معدن ۳۵۶ واحد معدنی وجود دارد که ۴ مورد در حال تجهیز، ۲۰۰ مورد فعال است."
    )
    assert [(f.value, f.subject) for f in figs] == [
        (356, "mining_units"),
        (4, "mining_units"),
        (200, "mining_units"),
    ]


def test_growth_subject_in_sector_list() -> None:
    figs = extract_figures(
        "در حوزه معدن ۱۳ درصد، در حوزه صنعت ۸ درصد و در حوزه تجارت ۲۳ درصد رشد هدف گذاری شده است."
    )
    assert [(f.value, f.subject, f.kind) for f in figs] == [
        (13, "growth", "target"),
        (8, "growth", "target"),
        (23, "growth", "target"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("هدف گذاری صادرات استان، 3 میلیارد دلار در سال است.", "target"),
        ("انتظار می رود شفاف سازی به 100 درصد برسد.", "target"),
        ("پیش بینی می شود بیش از ۷۱ هزار نفر اشتغال ایجاد گردد.", "forecast"),
        ("میزان صادرات امسال تا دو برابر افزایش می یابد.", "forecast"),
        ("از افزایش 20 درصدی صادرات استان خبر داد", "change"),
        ("واردات نیز کاهش ۱۵ درصدی داشته است.", "change"),
        ("تولید نسبت به سال قبل ۱۲ درصد افزایش داشته است.", "change"),
        ("بیش از ۸۰ درصد صادرات استان مربوط به صنایع است.", "share"),
        ("۲۶ درصد آن به کالاهای اساسی اختصاص داشت.", "share"),
        ("در سال گذشته ۸۳۱ میلیون دلار صادرات داشته است.", "actual"),
        ("ظرفیت بندر امروز ۸٫۵ میلیون تن است و هدف ما رساندن آن به ۱۶ میلیون تن است.", "actual"),
        ("برای سال بعد فروش ۳۰۰ تن زعفران برنامه‌ریزی شده است.", "target"),
        ("مقرر شد ۴۰ کیلومتر از جاده روستایی آسفالت شود.", "target"),
        ("صادرات فرش ۱۸ درصد نزول داشت.", "change"),
        ("شهرستان ۳۵ درصد بازار لبنیات را در اختیار دارد.", "share"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    assert extract_figures(text)[0].kind == kind


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("بیش از ۳ هزار واحد صنعتی", "more_than"),
        ("بالغ بر ۱۴ میلیون تن", "more_than"),
        ("نزدیک به ۱۱ هزار نفر", "about"),
        ("حدود ۲۶۰ معدن", "about"),
        ("کمتر از ۱۰ درصد", "less_than"),
        ("دست کم ۵۰ نفر", "at_least"),
        ("۱۹ شهرک", None),
    ],
)
def test_approx(text: str, approx: str | None) -> None:
    assert one(text).approx == approx


def test_period_and_surfaces() -> None:
    text = "وی بیان کرد: در ۶ ماه نخست امسال بیش از ۴۳۳ هزار تن کالا صادر شده است."
    f = one(text)
    assert f.period == "۶ ماه نخست امسال"
    assert f.text.startswith("بیش از ۴۳۳ هزار تن")
    assert f.sentence == text


@pytest.mark.parametrize(
    "text",
    [
        "هدف گذاری حوزه صادرات در سال ۱۴۰۳ تعیین شد",
        "رئیس کمیسیون اصل ۹۰ مجلس",
        "کد خبر 2772595",
        "در ۲ سال اخیر برای شفاف سازی",
        "از دو سال پیش امضا کردیم",
        "در ۶ ماه نخست امسال",
        "تاریخ 1403/02/23 ساعت 10:30",
        "یکی از دستگاه های بزرگ",
        "دومین نمایشگاه",
        "میلیون‌ها تومان هزینه",
        "یک شرکت خارجی",
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_record_deduplicates_restatements_and_prefers_body() -> None:
    rec = extract_record(
        title="۲۶۳ میلیون دلار کالا از قزوین صادر شد",
        lead=None,
        body="در ۶ ماه نخست امسال ۲۶۳ میلیون دلار کالا از قزوین صادر شده است.",
    )
    assert len(rec["figures"]) == 1
    f = rec["figures"][0]
    assert f["period"] == "۶ ماه نخست امسال"
    assert set(f) == {"value", "unit", "subject", "kind", "approx", "period", "text", "sentence"}


def test_statements_joined_by_a_verb_and_wa_keep_their_own_subject_and_kind() -> None:
    """«... است و ...»: the target of the first statement does not leak into the second."""
    figs = extract_figures(
        "هدف‌گذاری صادرات استان دو میلیارد دلار است و حدود ۳ هزار و ۴۰۰ نفر در واحدهای "
        "صنعتی شیراز مشغول به کار شدند."
    )
    assert [(f.value, f.subject, f.kind) for f in figs] == [
        (2000000000, "exports", "target"),
        (3400, "employment", "actual"),
    ]


def test_a_statement_without_its_own_subject_continues_the_one_before() -> None:
    figs = extract_figures(
        "سطح زیر کشت کلزا دو برابر شده و به ۴ هزار و ۵۰۰ هکتار رسیده است و "
        "یک میلیارد و ۲۰۰ میلیون دلار صادرات انجام شد."
    )
    assert [(f.value, f.unit, f.subject) for f in figs] == [
        (2, "times", "cultivation"),
        (4500, "hectare", "cultivation"),
        (1200000000, "USD", "exports"),
    ]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "صادرات استان در ۹ ماه نخست امسال به ۲۰۰ میلیون دلار رسید که نسبت به مدت مشابه "
            "سال گذشته ۱۵ درصد رشد داشته است.",
            ["۹ ماه نخست امسال", "۹ ماه نخست امسال"],
        ),
        ("تولید نسبت به سال گذشته ۱۰ درصد افزایش یافت.", [None]),
        ("تولید فولاد در سال گذشته ۳ میلیون تن بود.", ["سال گذشته"]),
    ],
)
def test_the_base_of_a_comparison_is_not_the_period(text: str, periods: list) -> None:
    assert [f.period for f in extract_figures(text)] == periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «تن از» is people only when people follow
        ("۳ تن از کارگران معدن بازنشسته شدند.", [(3, "person")]),
        ("خرید حمایتی ۵۰ هزار تن از این محصول انجام شد.", [(50000, "ton")]),
        ("در این طرح ۱۲۰ قفس پرورش ماهی نصب شد.", [(120, "count")]),
    ],
)
def test_ton_or_persons_and_new_count_nouns(text: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


def test_a_preposition_ends_the_noun_phrase_after_the_unit() -> None:
    fig = one("تسهیلات ۸ هزار میلیارد ریالی به واحدهای صادرات‌محور پرداخت شد.")
    assert fig.subject == "credit"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "نرخ بیکاری استان ۷/۸ درصد است. این نرخ در مدت مشابه پارسال ۹٫۱ درصد بود.",
            ["unemployment", "unemployment"],
        ),
        (
            "سرمایه‌گذاری در شهرک‌ها به ۶ هزار میلیارد تومان رسید. این رقم ۲۷ درصد رشد نشان می‌دهد.",
            ["investment", "investment"],
        ),
        (
            "یک هزار و ۸۴۰ واحد تولیدی در ۲۶ شهرک صنعتی فعال هستند. از این تعداد، ۲۳۰ واحد "
            "راکد است که احیای ۱۲۰ واحد هدف‌گذاری شده است.",
            ["industrial_units", "industrial_parks", "industrial_units", "industrial_units"],
        ),
        (
            "۸۹۰ میلیون دلار کالا به عراق صادر شده است. بیش از ۷۰ درصد این کالاها از مرز "
            "پرویزخان ارسال شد.",
            ["exports", "exports"],
        ),
        # no anaphor: a later statement's subject is not borrowed
        (
            "بیش از ۱۸ هزار نفر صیاد فعالیت می‌کنند و صید ترال ممنوع است.",
            ["employment"],
        ),  # Round 21/24: fishers at work
    ],
)
def test_anaphora_take_the_subject_of_the_figure_they_refer_to(text: str, subjects: list) -> None:
    assert [f.subject for f in extract_figures(text)] == subjects


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "پیش‌بینی می‌شود این رقم تا دو سال آینده به ۱۸۰۰ کامیون برسد.",
            ["forecast"],
        ),
        ("هدف‌گذاری شده که تولید به ۱۸۰۰ تن برسد.", ["target"]),
        ("واردات با ۸ درصد کاهش به ۱۳۵ میلیون دلار رسید.", ["change", "actual"]),
        ("صادرات امسال از ۹۰ میلیون دلار فراتر می‌رود.", ["forecast"]),
        ("سهم بخش معدن از تولید ناخالص داخلی استان را ۱۸ درصد عنوان کرد.", ["share"]),
    ],
)
def test_kinds_forecast_level_and_share(text: str, kinds: list) -> None:
    assert [f.kind for f in extract_figures(text)] == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of adjacent cues the head noun decides
        ("ظرفیت تولید شمش روی به ۲۰۰ هزار تن در سال می‌رسد.", [(200000, "capacity")]),
        ("سهمیه تسهیلات اشتغال استان ۸۵۰ میلیارد تومان بود.", [(850000000000, "credit")]),
        # ... but a power unit says what the capacity is of
        ("ظرفیت نیروگاه‌های استان ۹ هزار و ۲۰۰ مگاوات است.", [(9200, "capacity")]),
        # a cue that starts in the noun phrase may run over a preposition
        ("دو هزار و ۵۰۰ نفر مشغول به کار می‌شوند.", [(2500, "employment")]),
        ("سطح نخلستان‌های بارور استان ۳۶ هزار و ۵۰۰ هکتار است.", [(36500, "cultivation")]),
        # an anaphor refers to the latest figure even when it had no subject
        (
            "۶۸ درصد مصوبات اجرا شد. این رقم باید به ۷۵ درصد برسد.",
            [(68, None), (75, None)],
        ),
    ],
)
def test_head_nouns_and_noun_phrases(text: str, expected: list) -> None:
    assert [(f.value, f.subject) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("از ابتدای فعالیت منطقه ۳۲ هکتار از اراضی واگذار شد.", [32]),
        ("پیش‌بینی می‌شود تا پایان سال ۲ هزار و ۵۰۰ شغل دیگر ایجاد شود.", [2500]),
        ("در منطقه ۳ شهرداری ۵۰ واحد مسکونی ساخته شد.", [50]),
        ("در سال ۱۴۰۳ طرح‌های زیادی افتتاح شد.", []),
    ],
)
def test_a_quantity_after_a_blocking_word(text: str, values: list) -> None:
    assert [f.value for f in extract_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "پیش‌بینی می‌شود صادرات استان تا پایان سال به یک میلیارد دلار برسد.",
            "forecast",
        ),
        ("صادرات استان تا پایان سال باید به یک میلیارد دلار برسد.", "target"),
        ("حدود ۶۰ درصد شمش روی ایران در این استان تولید می‌شود.", "share"),
    ],
)
def test_time_frames_do_not_make_a_forecast_a_target(text: str, kind: str) -> None:
    assert extract_figures(text)[0].kind == kind


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("پیش‌بینی می‌شود مصرف برق امسال ۱۰ درصد افزایش یابد.", ["forecast"]),
        (
            "ظرفیت به ۲۴۰ مگاوات رسیده و تا پایان سال ۱۴۰۶ دو برابر خواهد شد.",
            ["actual", "forecast"],
        ),
        ("نرخ بیکاری استان به ۸٫۱ درصد کاهش یافت.", ["actual"]),
        ("نرخ بیکاری ۲ درصد کاهش یافت.", ["change"]),
        ("از این تعداد حدود ۴۰ درصد در بخش صنعت مشغول به کار شده‌اند.", ["share"]),
        ("مصالح ساختمانی بیش از ۶۰ درصد اقلام صادراتی را تشکیل می‌دهد.", ["share"]),
    ],
)
def test_predicted_changes_levels_and_shares(text: str, kinds: list) -> None:
    assert [f.kind for f in extract_figures(text)] == kinds


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a part of what came before takes its subject ...
        (
            "امسال ۶۲ همت تسهیلات برای واحدهای تولیدی مصوب شده که ۴۰ درصد آن پرداخت شده است.",
            ["credit", "credit"],
        ),
        # ... unless the words after it say what the part is
        (
            "تولید میگو به ۱۴ هزار تن می‌رسد و پیش‌بینی می‌شود ۷۰ درصد آن به چین صادر شود.",
            ["production", "exports"],
        ),
        # a statement whose unit is followed by its own noun does not borrow a subject
        (
            "صید آبزیان به ۶۸ هزار تن رسیده و بیش از ۱۲ هزار نفر صیاد فعالیت می‌کنند.",
            ["production", "employment"],  # Round 21/24: fishers at work
        ),
    ],
)
def test_parts_and_own_nouns(text: str, subjects: list) -> None:
    assert [f.subject for f in extract_figures(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # no noun before the number: the complement after a preposition tells
        ("از این میزان ۲۵۰ هزار تن به مراکز خرید تضمینی تحویل داده خواهد شد.", ["purchases"]),
        (
            "قرار است دو میلیارد دلار سرمایه‌گذاری جذب شود و ۸ هزار نفر در این بخش "
            "مشغول به کار شوند.",
            ["investment", "employment"],
        ),
        # a domain beats a generic head noun
        ("سهم انرژی‌های تجدیدپذیر از تولید برق استان کمتر از ۵ درصد است.", ["electricity"]),
        (
            "ظرفیت نیروگاه‌های خورشیدی به ۸۵ مگاوات رسیده و تا پایان سال آینده دو برابر خواهد شد.",
            ["capacity", "electricity"],
        ),
    ],
)
def test_complements_and_domains(text: str, subjects: list) -> None:
    assert [f.subject for f in extract_figures(text)] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تولید ۳۶۰ تا ۳۸۰ هزار تن پیش‌بینی می‌شود.", [(360000, "ton"), (380000, "ton")]),
        ("قیمت بین ۱۲ تا ۱۴ هزار تومان است.", [(12000, "IRT"), (14000, "IRT")]),
        ("تعداد بنادر صیادی از ۶۴ به ۷۰ بندر می‌رسد.", [(64, "count"), (70, "count")]),
        # «به» without «از» is not a range
        ("صادرات ۳۰ درصد رشد کرد و به ۴۰ میلیون دلار رسید.", [(30, "percent"), (40000000, "USD")]),
    ],
)
def test_ranges_share_unit_and_scale(text: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("در هفت ماه نخست امسال ۸۶ هزار و ۵۰۰ گردشگر خارجی از یزد بازدید کردند.", ["tourism"]),
        ("هم‌اکنون ۲۸۰ اقامتگاه بوم‌گردی و ۴۲ هتل در استان فعال است.", ["tourism_units"] * 2),
        ("ضریب اشغال هتل‌های شهر یزد به ۷۸ درصد رسید.", ["tourism"]),
        ("بیش از ۱۲ هزار نفر در استان در رشته‌های صنایع‌دستی فعالیت می‌کنند.", ["employment"]),
        (
            "۲ هزار واحد نهضت ملی مسکن تحویل شد. قرار است ۴ هزار و ۳۰۰ واحد دیگر تحویل شود.",
            ["housing", "housing"],
        ),
        ("سقف تسهیلات هر واحد نهضت ملی مسکن ۵۵۰ میلیون تومان است.", ["credit"]),
        ("۳۲ هزار هکتار از اراضی کشاورزی زیر پوشش آبیاری قرار می‌گیرد.", ["cultivation"]),
        (
            # «این رقم» is the amount, not the count that came after it
            "امسال ۱۸ همت تسهیلات به ۳۱۰ واحد تولیدی پرداخت شد. این رقم ۲۲ درصد بیشتر است.",
            ["credit", "production_units", "credit"],
        ),
    ],
)
def test_everyday_lexicon_and_amount_anaphora(text: str, subjects: list) -> None:
    assert [f.subject for f in extract_figures(text)] == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # the speaker announces the topic before the colon
        (
            "مدیرکل گمرکات درباره واردات گفت: ۳ میلیارد دلار کالا ترخیص شده که ۶۵ درصد آن "
            "مواد اولیه خطوط تولید بوده است.",
            ["imports", "imports"],
        ),
        # power units are electricity whatever paid for them
        (
            "ساخت ۶۰۰ مگاوات نیروگاه خورشیدی با سرمایه‌گذاری فولادسازان در دستور کار است.",
            ["capacity"],
        ),
        # hectares are farmland unless the sentence is about industry or housing
        ("سطح گلخانه‌ها با ۱۱۰ هکتار افزایش به ۱۳۵۰ هکتار رسید.", ["cultivation"] * 2),
        ("برداشت شلتوک از ۲۳۸ هزار هکتار شالیزار به پایان رسید.", ["cultivation"]),
        # an industrial estate's land is industrial_parks (the lead's Round 23 ruling)
        ("۳۲ هکتار از اراضی شهرک صنعتی واگذار شد.", ["industrial_parks"]),
    ],
)
def test_topics_power_and_land(text: str, subjects: list) -> None:
    assert [f.subject for f in extract_figures(text)] == subjects


def test_so_far_is_actual_even_in_a_planning_sentence() -> None:
    text = (
        "قرار است ظرفیت خورشیدی به ۵۰۰ مگاوات برسد و برای این منظور تاکنون ۱۲ هزار میلیارد "
        "ریال سرمایه‌گذاری جذب شده است."
    )
    assert [f.kind for f in extract_figures(text)] == ["target", "actual"]


@pytest.mark.parametrize(
    ("text", "subject", "kind"),
    [
        ("نرخ مصوب هر کیلوگرم شیر خام ۲۲ هزار و ۵۰۰ تومان است.", "price", None),
        ("هر کیلوگرم روغن زیتون محلی حدود ۸۵۰ هزار تومان فروخته می‌شود.", "price", None),
        ("هزینه تولید هر کیلوگرم شیر به بیش از ۲۴ هزار تومان رسید.", "price", "actual"),
        ("زرشک اناری حدود ۲۰ درصد ارزان‌تر فروخته می‌شود.", "price", None),
        (
            "با پرداخت این تسهیلات ۷ هزار و ۲۰۰ نفر در روستاها مشغول به کار شده‌اند.",
            "employment",
            "actual",
        ),
        ("حدود ۳۰ درصد محصول برای تولید روغن به کارخانه‌ها تحویل می‌شود.", "production", "share"),
        ("نرخ بیکاری استان را 12.6 درصد عنوان کرد.", "unemployment", "actual"),
        ("ارزش این محموله ۱۴ همت برآورد می‌شود.", None, "forecast"),
    ],
)
def test_prices_per_unit_people_at_work_and_parts(text: str, subject, kind) -> None:
    fig = extract_figures(text)[0]
    assert (fig.subject, fig.kind) == (subject, kind)


def test_the_same_value_about_two_things_is_two_figures() -> None:
    record = extract_record(
        None,
        None,
        "۴۰ درصد تسهیلات پرداخت شده است. هزینه گرمایش گلخانه‌ها بیش از ۴۰ درصد هزینه تولید است.",
    )
    assert [(f["value"], f["subject"]) for f in record["figures"]] == [
        (40, "credit"),
        (40, "price"),
    ]


def test_a_restatement_with_the_same_words_is_one_figure() -> None:
    record = extract_record(
        "برداشت ۱۸۰ هزار تن گندم پیش‌بینی می‌شود",
        None,
        "پیش‌بینی می‌شود بیش از ۱۸۰ هزار تن گندم از مزارع استان برداشت شود.",
    )
    assert [f["value"] for f in record["figures"]] == [180000]


@pytest.mark.parametrize(
    "text",
    [
        "در استان ۱۸۵ سردخانه و انبار فعال است.",
        "سال گذشته ۳۸۰ میلیون شاخه گل در گلخانه‌ها تولید شد.",
        "۴۲۰ مزرعه پرورش ماهی در استان فعال است.",
    ],
)
def test_more_counted_nouns(text: str) -> None:
    assert [f.unit for f in extract_figures(text)] == ["count"]
