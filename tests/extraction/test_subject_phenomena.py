"""Subject phenomena of Persian economic news (round 3, breadth), on sentences the team
wrote: carriers counted (trucks, wagons, ships) are transport unless the clause names the
flow of goods they carry; export and import verbs in every inflection."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.figures.cues import sector_in_clause
from crawler.extraction.sentences import Span


def subjects(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the carriers are the means of a flow the clause names: the flow wins (round-7
        # convention as the lead restated it in round 9)
        (
            "در این مدت ۴۵ هزار تن بار توسط ۲ هزار و ۱۰۰ کامیون به ترکیه صادر شد.",
            [(45000, "ton", "exports"), (2100, "count", "exports")],
        ),
        (
            "محموله‌ها به وسیله ۸۴۰ واگن از مرز سرخس ترانزیت شده است.",
            [(840, "count", "transit")],
        ),
        # coordinated with the carriers before: the same
        (
            "کالا توسط ۱۲۰۰ کامیون داخلی و ۳۱۰ کامیون خارجی وارد شده است.",
            [(1200, "count", "imports"), (310, "count", "imports")],
        ),
        # vessels, ships and ports counted
        (
            "از ورود ۱۴ فروند کشتی حامل نهاده دامی به بندر امام خبر داد.",
            [(14, "count", "transport")],
        ),
        (
            "استان دارای ۹ اسکله و ۴ بندر است.",
            [(9, "count", "transport"), (4, "count", "transport")],
        ),
        # the carriers are the flow itself: the clause names it
        (
            "ماهانه حدود ۶۰۰ دستگاه کامیون حامل سیمان از این گمرک صادر می‌شود.",
            [(600, "count", "exports")],
        ),
        ("ترانزیت خروجی از مرز میرجاوه ۳۵۰ دستگاه کامیون بوده است.", [(350, "count", "transit")]),
        # a daily traffic rate with no flow is transport (round-7 convention); so are
        # fishing boats and ports counted (round 21, as the real-text annotators wrote)
        ("روزانه ۱۵۰۰ کامیون از پایانه بازرگان تردد می‌کنند.", [(1500, "count", "transport")]),
        ("هر روز حدود ۴۰۰ دستگاه تریلی از این گذرگاه عبور می‌کند.", [(400, "count", "transport")]),
        ("بیش از ۳ هزار فروند شناور صیادی در استان فعال است.", [(3000, "count", "transport")]),
        (
            "شمار بنادر صیادی از ۱۸ به ۲۱ بندر می‌رسد.",
            [(18, "count", "transport"), (21, "count", "transport")],
        ),
        # a list: the fishing word carries no flow of goods, the trade port none either
        (
            "استان ۷ بندر صیادی، ۵ بندر تجاری دارد.",
            [(7, "count", "transport"), (5, "count", "transport")],
        ),
        # sector words beyond the dev texts: the last resort names the sector
        # (round 42b: a harvest «به دست آمد» is output, production: the row distributes instead)
        ("امسال ۸ هزار تن کنجد در شهرستان توزیع شد.", [(8000, "ton", "agriculture")]),
        ("۶۰ هزار تن پرلیت از این محدوده بارگیری شد.", [(60000, "ton", "mining")]),
        ("۹۰ میلیارد ریال برای ترانسفورماتور هزینه شد.", [(90000000000, "IRR", "electricity")]),
        # goods are never money labels; their value and their change by weight/value follow
        (
            "صادرات از محل درآمد گمرکات به ۲ میلیون تن به ارزش ۹۰۰ میلیون دلار رسید که از لحاظ"
            " وزنی ۱۲ درصد و از لحاظ ارزشی ۷ درصد افزایش داشت.",
            [
                (2000000, "ton", "exports"),
                (900000000, "USD", "exports"),
                (12, "percent", "exports"),
                (7, "percent", "exports"),
            ],
        ),
        # a value whose own clause names a fitting measure keeps it
        (
            "۵ هزار تن جو به ارزش ۸۰ میلیارد تومان از کشاورزان خریداری شد.",
            [(5000, "ton", "purchases"), (80000000000, "IRT", "purchases")],
        ),
        # the topic a speaker announces, after a head noun
        (
            "وی با اشاره به سهم اشتغال استان در بخش‌ها گفت: بخش صنعت ۳۱ درصد است.",
            [(31, "percent", "employment")],
        ),
        # persons hosted are tourism; an occupancy rate too
        (
            "هتل‌های شهر در تعطیلات میزبان ۴۰ هزار نفر بودند و ضریب اشغال ۷۰ درصد ثبت شد.",
            [(40000, "person", "tourism"), (70, "percent", "tourism")],
        ),
        # revenue collected by customs or the tax office is tax
        (
            "درآمد وصولی گمرک بندر لنگه با ۱۴ درصد افزایش همراه بود.",
            [(14, "percent", "tax")],
        ),
        # villages, households and files served take the sector their clause names
        ("عملیات گازرسانی به ۲۷ روستا آغاز شد.", [(27, "count", "energy")]),
        ("برق‌رسانی به ۴۰ روستا در این بخش انجام شد.", [(40, "count", "electricity")]),
        (
            "حدود ۳ هزار خانوار روستایی از خدمات بنیاد مسکن بهره‌مند شدند.",
            [(3000, "count", "housing")],
        ),
        ("تاکنون ۹۰۰ پرونده برای دریافت وام به بانک‌ها معرفی شد.", [(900, "count", "credit")]),
        # a price list goes on after its first per-unit price, whatever verb closes it
        (
            "هر کیلو گندم ۲۲۰۰ تومان. جو ۱۸۰۰ تومان و ذرت ۱۶۰۰ تومان خریداری می‌شود.",
            [(2200, "IRT", "price"), (1800, "IRT", "price"), (1600, "IRT", "price")],
        ),
        # ... but a long clause after a price is no item of its list
        (
            "قیمت هر کیلو شیر ۲۰ هزار تومان است. وی گفت: دامداران استان اکنون ۹۰ میلیارد تومان"
            " از کارخانه‌ها طلب دارند.",
            [(20000, "IRT", "price"), (90000000000, "IRT", "manufacturing")],
        ),
        # money in a clause joined to money before it is more of the same
        (
            "از ۵۰۰ میلیارد تومان بودجه مصوب، ۳۰۰ میلیارد تومان جذب شده است و ۲۰۰ میلیارد"
            " تومان باقی مانده است.",
            [
                (500000000000, "IRT", "budget"),
                (300000000000, "IRT", "budget"),
                (200000000000, "IRT", "budget"),
            ],
        ),
        # a cue linked to the number by an approximation word is its head
        (
            "با سرمایه‌گذاری بالغ بر ۴۰۰ میلیارد تومان زمینه اشتغال ۵۰۰ نفر فراهم شد.",
            [(400000000000, "IRT", "investment"), (500, "person", "employment")],
        ),
        # a cue inside a purpose phrase before an adverb is no head: the noun after decides
        (
            "برای تکمیل این طرح‌ها بیش از ۹۰ میلیارد تومان تسهیلات نیاز است.",
            [(90000000000, "IRT", "credit")],
        ),
        # job capacity: the domain after a generic head names the figure
        ("این واحد ۸۵ نفر ظرفیت اشتغال دارد.", [(85, "person", "employment")]),
        # persons counted in a sector, in a text about jobs, are that sector's jobs
        (
            "شهرستان در زمینه اشتغالزایی از تعهد خود جلوتر است. در بخش کشاورزی با ۴۲۰۰ نفر"
            " تحقق یافت.",
            [(4200, "person", "employment")],
        ),
        # a partitive «از کل این مبلغ» is a part of the latest amount, whatever its use
        (
            "امسال ۹۰۰ میلیارد تومان مالیات وصول شد. از کل این مبلغ، ۲۰۰ میلیارد تومان به"
            " شهرداری‌ها رسید تا صرف پروژه‌های عمرانی شود.",
            [(900000000000, "IRT", "tax"), (200000000000, "IRT", "tax")],
        ),
        # ... unless the phrase after its unit names it
        (
            "مبادلات تجاری استان ۵۰۰ میلیون دلار بود؛ از این مبلغ ۱۲۰ میلیون دلار سهم واردات است.",
            [(500000000, "USD", "trade"), (120000000, "USD", "imports")],
        ),
        # «صادر» is also «issued»: a licence issued for an output is no export
        (
            "مجوز افزایش تولید سیمان به ۲ میلیون تن برای این کارخانه صادر شد.",
            [(2000000, "ton", "production")],
        ),
        # ... but a licence to export keeps exports
        (
            "مجوز صادرات ۵۰ هزار تن سیب‌زمینی صادر شد.",
            [(50000, "ton", "exports")],
        ),
        # the revenue the government plans is its budget
        (
            "درآمد پیش بینی شده برای استان امسال ۹ هزار میلیارد ریال است.",
            [(9000000000000, "IRR", "budget")],
        ),
        ("درآمد فروش این شرکت ۴۰ میلیارد ریال بود.", [(40000000000, "IRR", "revenue")]),
        # money in a clause paying out loans is credit, whatever purpose it names
        (
            "این بانک در بخش تسهیلات قرض الحسنه و اشتغالزایی، مبلغ ۴۰ هزار میلیارد ریال و در"
            " بخش قرض الحسنه ازدواج مبلغ ۶ هزار میلیارد ریال تسهیلات پرداخت کرده است.",
            [(40000000000000, "IRR", "credit"), (6000000000000, "IRR", "credit")],
        ),
        # persons counted in a clause about their debts are borrowers
        ("بدهی ۹۰۰ نفر از کشاورزان خسارت‌دیده امهال شد.", [(900, "person", "credit")]),
        # export and import verbs in their inflections
        (
            "واحدهای استان ۲۴۰ هزار تن کاشی به عراق صادر کردند.",
            [(240000, "ton", "exports")],
        ),
        ("تجار ۳۱ هزار تن برنج از هند وارد کرده‌اند.", [(31000, "ton", "imports")]),
        ("۵۶ میلیون دلار کالا به خارج از کشور ارسال شد.", [(56000000, "USD", "exports")]),
    ],
)
def test_subject_phenomenon(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert subjects(text) == want


def test_a_word_cut_at_the_window_end_is_not_another_word() -> None:
    """The noun phrase window ends inside «مسکن»: «مس» (copper, mining) must not match."""
    folded = "91 هزار خانوار روستایی هم از طرحهای بنیاد مسکن بهره مند شدند"
    unit_end = folded.index("خانوار") + len("خانوار")
    cut = folded.index("مسکن") + 2 - unit_end  # the window of 30 ends after «مس»
    assert cut == 30
    clause = Span(0, len(folded))
    assert sector_in_clause(folded, clause, 0, unit_end) == "housing"
