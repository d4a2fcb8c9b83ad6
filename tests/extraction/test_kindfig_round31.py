"""Round 31 (heldout28 and dev): figure values and kinds on team-written sentences.

- a past verb closed by «و» before a number belongs to the statement before; the number's
  own forecast verb after it decides («... افتتاح کردیم و ۲۰۰ واحد ... به بهره‌برداری
  می‌رسد»: Persian puts the verb after its number);
- a «که» clause right after the number's noun that sets it as a goal («از مجموع ۶۰ هزار
  واحد که مقرر شده بود ... تحویل شود», «... که قرار است ...») makes the amount a target;
  a verb before «که» leaves the number its own statement;
- a subjunctive verb between a target cue and a number whose own verb is past closes the
  goal's statement («مقرر شده بود ... تحویل شود ۳۰ هزار واحد تحویل شد»: done, actual);
- jobs a work creates, said with the one-off present «ایجاد می‌کند/می‌کنند» (as «فراهم
  می‌کند»), are a forecast, whatever past verb stands before «که» («... آغاز شده که ۲۰۰ نفر
  اشتغال ایجاد می‌کند»); the past «ایجاد کرد» stays actual;
- an occupancy rate («میزان اشغال تخت», «ضریب اشغال») given with a passive of reporting
  («... ۸۵ درصد گزارش شده است», «... اعلام شد») is the part reached, a share, as with a
  copula; a level still to come stays a forecast, an amount reported stays actual;
- a noun named projected («اعتبار/اشتغال پیش‌بینی‌شده») keeps its amount across the number
  of a legal clause or a label («تبصره ۱۸», «ماده ۲۰») and a year after «سال» between
  them: those are no amount before the estimate (a target in a budget law, else a
  forecast, as Round 30 reads «پیش‌بینی‌شده»);
- a change named as the object («را») of a verb of stating that gives its value («میزان
  کاهش واردات ... را ۲۰ درصد عنوان کرد») is that change, however long the phrase between;
  a share stated so stays a share;
- a number with no verb of its own, described by a «که» clause that ends in the copula
  («... ۶۷۸ هزار نفر که دارای رشد ۶۹ درصدی است», «... ۳۰۰ هزار تن که بیشترین سهم آن ...
  است»), states what is: actual; works under way («که در حال ساخت است») stay open;
- a bare four-digit solar year right before «هزار و ...» is the year of the count after it,
  not its thousands («سال ۱۴۰۶، ۹۰۰ واحد و ۱۴۰۷ هزار و ۸۵۰ واحد»); «۱۲۰۰ هزار تن» stays
  one number.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def _kinds(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "۱۲۰ واحد را افتتاح کردیم و ۸۰ واحد را در دهه فجر امسال به مرحله بهره‌برداری می‌رسد.",
            [(120, "actual"), (80, "forecast")],
        ),
        (
            "۱۲۰ واحد را افتتاح کردیم و ۸۰ واحد را در دهه فجر امسال به متقاضیان مسکن ملی می‌رسد.",
            [(120, "actual"), (80, "forecast")],
        ),
        (
            "امسال ۳۰۰ واحد را افتتاح کردیم و ۲۰۰ واحد دیگر در دهه فجر به بهره‌برداری می‌رسد.",
            [(300, "actual"), (200, "forecast")],
        ),
        # must not fire: the number's own verb is past too, or no «و» closes the verb before
        (
            "۵۰ کیلومتر جاده آسفالت شد و ۲۰ کیلومتر دیگر نیز آسفالت شد.",
            [(50, "actual"), (20, "actual")],
        ),
        (
            "کار ساخت را آغاز کردیم و ۱۲۰ واحد آن تحویل شد.",
            [(120, "actual")],
        ),
    ],
)
def test_past_verb_before_and_is_the_statement_before(
    text: str, want: list[tuple[float, str | None]]
) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "از مجموع ۶۰ هزار واحد مسکونی که مقرر شده بود تحویل شود ۳۰ هزار واحد تحویل شد.",
            [(60_000, "target"), (30_000, "actual")],
        ),
        (
            "۲۰۰ کیلومتر راه روستایی که قرار است امسال آسفالت شود شناسایی شده است.",
            [(200, "target")],
        ),
        (
            "از ۹۰۰ واحد که مقرر بود تا پایان سال تکمیل شود ۴۰۰ واحد تکمیل شد.",
            [(900, "target"), (400, "actual")],
        ),
        # must not fire: a verb before «که» (a present level), or a «که» clause that sets
        # nothing
        (
            "تعداد واحدها ۵۰۰ واحد است که قرار است سال آینده تحویل شود.",
            [(500, "actual")],
        ),
        (
            "۳۰۰ واحد مسکونی که در شهر ساخته شده بود تحویل شد.",
            [(300, "actual")],
        ),
    ],
)
def test_goal_set_in_a_relative_clause(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


def _values(text: str) -> list[float]:
    return [f.value for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("سال ۱۴۰۶، ۹۰۰ واحد و ۱۴۰۷ هزار و ۸۵۰ واحد مسکونی تحویل خواهیم داد.", [900, 1850]),
        ("در سال ۱۴۰۵ حدود هزار شغل و ۱۴۰۶ هزار و ۲۰۰ شغل ایجاد می‌شود.", [1000, 1200]),
        # must not fire: a number before «هزار» with no «و» after it, or not a year
        ("امسال ۱۲۰۰ هزار تن گندم از کشاورزان خریداری شد.", [1_200_000]),
        ("تولید استان به ۱۴۰۰ هزار تن رسید.", [1_400_000]),
        ("۲۵۰۰ هزار و ۵۰۰ تن کالا ترانزیت شد.", [2_500_500]),
    ],
)
def test_year_before_thousands_is_no_part_of_the_count(text: str, want: list[float]) -> None:
    assert _values(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "کار این میدان نفتی آغاز شده که بین ۲۰۰ تا ۳۰۰ نفر اشتغال ایجاد می‌کند.",
            [(200, "forecast"), (300, "forecast")],
        ),
        ("این کارخانه پس از راه‌اندازی برای ۱۵۰ نفر شغل ایجاد می‌کند.", [(150, "forecast")]),
        ("طرح‌های صنعتی جدید در مجموع ۴۰۰ فرصت شغلی ایجاد می‌کنند.", [(400, "forecast")]),
        # must not fire: the past verb
        ("سال گذشته این طرح ۲۰۰ شغل ایجاد کرد.", [(200, "actual")]),
    ],
)
def test_jobs_a_work_creates_are_a_forecast(
    text: str, want: list[tuple[float, str | None]]
) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("میزان اشغال تخت هتل‌های استان در تابستان ۸۵ درصد گزارش شده است.", [(85, "share")]),
        ("ضریب اشغال واحدهای اقامتی شهر در نوروز ۷۵ درصد اعلام شد.", [(75, "share")]),
        # must not fire: a level to come, an amount (no share measure)
        ("اشغال تخت مراکز اقامتی در ایام تعطیلات به ۹۰ درصد خواهد رسید.", [(90, "forecast")]),
        ("صادرات استان در شش ماه نخست ۱۲۰ میلیون دلار گزارش شده است.", [(120_000_000, "actual")]),
    ],
)
def test_occupancy_reported_is_a_share(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "بر اساس قانون بودجه سال ۱۴۰۳، اعتبار پیش‌بینی‌شده برای استان در قالب تسهیلات"
            " تبصره ۱۸، ۵۰۰ میلیارد تومان بوده است.",
            [(500_000_000_000, "target")],
        ),
        ("اشتغال پیش‌بینی‌شده این واحدها در سال ۱۴۰۲، ۷۰۰ نفر بوده است.", [(700, "forecast")]),
        # must not change: a count between the noun and the amount
        ("اشتغال پیش‌بینی‌شده ۳۰ واحد صنعتی، ۷۰۰ نفر است.", [(30, "forecast"), (700, "forecast")]),
    ],
)
def test_projected_noun_across_a_clause_number(
    text: str, want: list[tuple[float, str | None]]
) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وی میزان رشد تولید شیر در واحدهای دامداری صنعتی استان را نسبت به سال گذشته"
            " ۱۵ درصد اعلام کرد.",
            [(15, "change")],
        ),
        (
            "مدیرکل میزان کاهش واردات کالا از مرزهای غربی استان در شش ماه نخست امسال را"
            " ۲۰ درصد عنوان کرد.",
            [(20, "change")],
        ),
        # must not fire: a share stated after a change named in an earlier statement
        (
            "وی افزایش تولید را در دستور کار خود دانست و سهم صادرات از تولید استان را"
            " ۳۰ درصد اعلام کرد.",
            [(30, "share")],
        ),
    ],
)
def test_change_stated_as_object(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "مجموع مسافران ورودی با وسایل نقلیه سبک و سنگین ۶۰۰ هزار نفر"
            " که دارای رشد ۳۰ درصدی است.",
            [(600_000, "actual"), (30, "change")],
        ),
        (
            "تولید شیر استان ۳۰۰ هزار تن که بیشترین سهم آن مربوط به شهرستان مرکزی است.",
            [(300_000, "actual")],
        ),
        # must not fire: works under way in the «که» clause
        ("در استان ۱۲۰ واحد صنعتی که در حال ساخت است.", [(120, None)]),
    ],
)
def test_number_described_by_a_copula_clause(
    text: str, want: list[tuple[float, str | None]]
) -> None:
    assert _kinds(text) == want
