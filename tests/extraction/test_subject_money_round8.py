"""Subjects of public money and loans (round 8), on sentences the team wrote: public funds
are the budget though written «اعتبار» (a share or multiple of them too, in an article
about public finance); money approved for projects is the budget; funds still needed stay
credit; a loan noun heading the phrase, banks giving the money, the Islamic contract a
loan is made under and loan files counted are credit; home buyers are housing; projects
named by the article's own sector count that sector."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def subjects(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


# an article about the provincial budget: public funds named often, no loan anywhere
_BUDGET_ARTICLE = (
    "استاندار گفت: امسال ۵۲۰ میلیارد تومان اعتبارات عمرانی به استان اختصاص یافت. "
    "وی افزود: اعتبارات هزینه ای نیز از محل بودجه سال جاری تخصیص داده شده است. "
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a share of the funds, in an article about the budget, with no public word nearby
        (
            _BUDGET_ARTICLE + "وی گفت: ۴.۲ درصد از مجموع اعتبارات سهم شهرستان بافق است.",
            (4.2, "percent", "budget"),
        ),
        # a multiple of them
        (
            _BUDGET_ARTICLE + "این رقم نسبت به سال قبل ۲.۵ برابر اعتبارات بوده است.",
            (2.5, "times", "budget"),
        ),
        # funds in such an article, though the sentence names none of the public words
        (
            _BUDGET_ARTICLE + "وی گفت: برای شهرستان ماهنشان ۴۰ میلیارد تومان اعتبار منظور شد.",
            (40_000_000_000, "IRT", "budget"),
        ),
        # money approved for projects by the government
        (
            "وی گفت: اجرای ۱۲ طرح با ۳۱۰ میلیارد تومان به تصویب دولت رسید.",
            (310_000_000_000, "IRT", "budget"),
        ),
        # funds still needed stay credit, though the sentence speaks of the budget
        (
            "وی گفت: برای تکمیل طرح در بودجه سال آینده ۹۰ میلیارد تومان اعتبار مورد نیاز است.",
            (90_000_000_000, "IRT", "credit"),
        ),
        (
            "وی گفت: تکمیل پروژه های نیمه تمام استان به ۲۰۰ میلیارد تومان اعتبار نیاز دارد.",
            (200_000_000_000, "IRT", "credit"),
        ),
        # a loan for a purpose: the loan heads the phrase, the purpose is its modifier
        (
            "وی گفت: تسهیلات تعمیر مسکن روستایی به میزان ۸۴ میلیارد ریال پرداخت شد.",
            (84_000_000_000, "IRR", "credit"),
        ),
        (
            "مدیر بانک گفت: وام خرید مسکن ۳۵۰ میلیارد ریال بوده است.",
            (350_000_000_000, "IRR", "credit"),
        ),
        # banks giving money for a purpose named after it
        (
            "وی گفت: بانکهای استان امسال ۱۲ هزار میلیارد ریال در بخش کشاورزی هزینه کرده اند.",
            (12_000_000_000_000, "IRR", "credit"),
        ),
        # the Islamic contract a loan is made under: not a sale's revenue
        (
            "وی افزود: بیشترین تسهیلات در قالب فروش اقساطی با ۴۸ میلیارد ریال بوده است.",
            (48_000_000_000, "IRR", "credit"),
        ),
        (
            "وی افزود: کمترین مبلغ در قالب مضاربه با ۹ میلیارد ریال پرداخت شد.",
            (9_000_000_000, "IRR", "credit"),
        ),
    ],
)
def test_money_subject(text: str, want: tuple[float, str, str | None]) -> None:
    assert want in subjects(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # loan files counted in a sentence about loans
        (
            "وی گفت: از ۶۰ مصوبه پرداخت تسهیلات، ۲۵ پرونده در حال بررسی است.",
            (25, "count", "credit"),
        ),
        (
            "وی گفت: وام ودیعه مسکن با ۴۲۰ پرونده پرداخت شده است.",
            (420, "count", "credit"),
        ),
        # persons who bought a home with a loan are housing
        (
            "وی گفت: ۳۱۰ نفر با استفاده از تسهیلات بانک موفق به خرید خانه شدند.",
            (310, "person", "housing"),
        ),
        (
            "وی گفت: امسال ۵۴۰ نفر با وام این بانک خانه دار شدند.",
            (540, "person", "housing"),
        ),
    ],
)
def test_count_subject(text: str, want: tuple[float, str, str | None]) -> None:
    assert want in subjects(text)


def test_projects_of_the_article_sector() -> None:
    """Lodging projects in an article about pilgrims and lodging are tourism."""
    text = (
        "مدیرکل میراث فرهنگی گفت: امسال گردشگران و زائران بیشتری به استان آمدند. "
        "ضریب اشغال هتل ها و اقامتگاه ها بالا بود و هتلداری رونق گرفت. "
        "وی افزود: ۱۶۰ پروژه اقامتی در استان در حال ساخت است."
    )
    assert (160, "count", "tourism") in subjects(text)


def test_ventures_stay_projects() -> None:
    """Ventures («طرح») with their sector named stay projects, even in an article about
    that sector."""
    text = (
        "رئیس سازمان صنعت گفت: معادن استان و بخش معدن رونق گرفت و معدن سنگ آهن فعال شد. "
        "استخراج از معادن و مواد معدنی افزایش یافت. "
        "وی افزود: ۳۸ طرح معدنی در استان در دست اجراست."
    )
    assert (38, "count", "projects") in subjects(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # loans in the sentence: «اعتبار» stays credit even with a public word
        (
            "وی گفت: ۳۰ میلیارد تومان اعتبار برای پرداخت وام به مددجویان اختصاص یافت.",
            (30_000_000_000, "IRT", "credit"),
        ),
        # the projects' value named right after the unit stays projects
        (
            "وی گفت: ۲۴۰ میلیارد تومان پروژه با کمک دولت در دهه فجر افتتاح می شود.",
            (240_000_000_000, "IRT", "projects"),
        ),
        # projects with a sector word that is not the article's sector stay projects
        (
            "وی گفت: ۴۵ پروژه آبرسانی در دهه فجر افتتاح می شود.",
            (45, "count", "projects"),
        ),
        # a bank named, but another measure between it and the money: not lending
        (
            "وی گفت: بانک ملی صادرات ۱۲۰ میلیون دلار کالا را تامین کرد.",
            (120_000_000, "USD", "exports"),
        ),
    ],
)
def test_not_over_applied(text: str, want: tuple[float, str, str | None]) -> None:
    assert want in subjects(text)
