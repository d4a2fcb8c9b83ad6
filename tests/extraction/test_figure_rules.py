"""Each kind rule and each default-subject rule on its own, with sentences written for
the rule: it gives its answer where its cue is, and nothing where it is not."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.cues import segment_start
from crawler.extraction.figures.defaults import (
    DEFAULT_SUBJECT_RULES,
    amounts_are_not_documents,
    anaphor_antecedent,
    area_is_land,
    banks_lend,
    capacity_stated,
    change_of_previous,
    conduit_carries,
    continued_statement,
    cooperative_members,
    crop_paid_for,
    crops_delivered,
    distributive_price,
    equated_amount_restates,
    establishments_multiplied,
    facility_commodity,
    farmland_by_default,
    given_through_banks,
    goods_are_not_land,
    goods_are_not_money,
    goods_at_port,
    goods_moved,
    home_owners,
    income_group_is_no_revenue,
    interest_on_a_loan,
    jobs_of_a_relative_clause,
    lent_by_a_bank,
    loan_heads_phrase,
    loan_size_named,
    money_for_a_contract,
    money_invested,
    money_measure_heads_amount,
    money_part_of_previous,
    paid_out_is_credit,
    part_of_previous,
    persons_at_work,
    persons_hired,
    persons_on_a_network,
    population_served,
    power_rating_is_capacity,
    price_per_unit,
    priced_per_unit,
    products_crossing,
    public_funds_are_budget,
    public_money_allotted,
    public_revenue_is_budget,
    rate_is_price,
    sector_money_of_public_finance,
    sector_named_nearby,
    share_filled_is_water,
    share_of_lodging_used,
    share_of_output,
    spent_on_setting_up,
    staple_cargo_landed,
    stored_water,
    travellers_are_people,
    works_progress,
)
from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import (
    KIND_RULES,
    KindContext,
    change_by_nature,
    change_next_to,
    find_kind,
    forecast_near,
    nearest_verb,
    planned_passive,
    predicted_change,
    share_achieved,
    share_in_list,
    share_of_whole,
    sums_up,
    target_after,
    target_before,
)
from crawler.extraction.figures.model import Discourse, Reading
from crawler.extraction.figures.subject import (
    COUNT_SUBJECT_RULES,
    Count,
    carried_flow,
    classifier_refers_back,
    consignments_crossing,
    count_subject,
    establishments_named_before,
    facility_holds_commodity,
    generic_establishments,
    goods_bought,
    goods_made,
    housing_schemes,
    industrial_setting,
    jobs_scheme_plans,
    licence_issued_for,
    loan_files,
    parties_of_a_purchase,
    passengers_moved,
    plans_given_loans,
    plots_in_an_estate,
    projects_of_the_sector,
    purchase_places,
    served_sector,
    trips_hauling,
    units_given_loans,
    units_of_several_sectors,
)


def reading(text: str, nth: int = 0) -> Reading:
    """The ``nth`` figure of ``text``, read by the same steps ``extract_figures`` uses."""
    return list(readings(text))[nth][0]


@pytest.mark.parametrize(
    ("rule", "fires", "silent", "kind"),
    [
        (
            target_before,
            "هدف‌گذاری صادرات استان ۲ میلیارد دلار است.",
            "صادرات استان تاکنون ۲ میلیارد دلار بوده و هدف دیگری دارد.",
            "target",
        ),
        (target_after, "تولید باید به ۱۰۰ هزار تن برسد.", "تولید ۱۰۰ هزار تن بود.", "target"),
        (
            share_of_whole,
            "۸۰ درصد صادرات استان به عراق است.",
            "رشد ۲۰ درصدی صادرات ثبت شد.",
            "share",
        ),
        (
            forecast_near,
            "پیش‌بینی می‌شود تولید ۵ میلیون تن باشد.",
            "تولید ۵ میلیون تن بود.",
            "forecast",
        ),
        (
            predicted_change,
            "پیش‌بینی کارشناسان اقتصادی استان این است که قیمت‌ها ۱۰ درصد افزایش پیدا کند.",
            "قیمت‌ها ۱۰ درصد افزایش پیدا کرد.",
            "forecast",
        ),
        (change_next_to, "صادرات ۲۰ درصد افزایش یافت.", "صادرات ۲۰ درصد کل کشور است.", "change"),
        (change_by_nature, "تولید دو برابر شده است.", "تولید ۱۲ هزار تن شده است.", "change"),
        (nearest_verb, "صادرات ۲ میلیون دلار بود.", "صادرات ۲ میلیون دلار", "actual"),
        (
            share_achieved,
            "با جذب ۸۰ درصدی تسهیلات، طرح‌ها به پایان رسید.",
            "با رشد ۸۰ درصدی صادرات، طرح‌ها به پایان رسید.",
            "share",
        ),
        (
            share_achieved,
            "۴۵ درصد اعتبارات عمرانی به شهرستان تخصیص یافت.",
            "اعتبارات عمرانی ۴۵ درصد رشد یافت.",
            "share",
        ),
        (
            planned_passive,
            "۳۲۰ واحد مسکونی در این شهر ساخته می‌شود.",
            "روزانه ۳۲۰ کامیون از این مرز رد می‌شود.",
            "forecast",
        ),
        (
            share_in_list,
            "فرش با ۳۰ درصد و زعفران با ۱۲ درصد بیشترین سهم صادرات را دارند.",
            "فرش با ۳۰ درصد رشد صادر شد.",
            "share",
        ),
    ],
)
def test_kind_rule_alone(rule, fires: str, silent: str, kind: str) -> None:
    assert rule(KindContext(reading(fires))) == kind
    assert rule(KindContext(reading(silent))) is None


def test_nearest_verb_prefers_the_future() -> None:
    assert nearest_verb(KindContext(reading("صادرات ۲ میلیون دلار خواهد بود."))) == "forecast"


def test_a_level_reached_is_not_a_change() -> None:
    """«با ۸ درصد کاهش به ۱۳۵ میلیون دلار رسید»: the 8 is a change, the 135 a level."""
    text = "صادرات با ۸ درصد کاهش به ۱۳۵ میلیون دلار رسید."
    assert change_next_to(KindContext(reading(text, 0))) == "change"
    assert change_next_to(KindContext(reading(text, 1))) is None
    assert find_kind(reading(text, 1)) == "actual"


def test_a_rate_is_never_a_share() -> None:
    """«نرخ بیکاری ... ۱۱٫۵ درصد و در سطح کشور ...»: the whole named after it is a place."""
    text = "نرخ بیکاری استان ۱۱٫۵ درصد و در سطح کشور ۹ درصد بوده است."
    assert share_of_whole(KindContext(reading(text))) is None
    assert share_of_whole(KindContext(reading("۱۱ درصد کل کشور در استان است."))) == "share"


def test_not_a_target_cue() -> None:
    """«بازارهای هدف» is an adjective; «تا پایان سال گذشته» a past date."""
    markets = "۴۰ هزار تن کالا به بازارهای هدف صادر شد."
    assert target_before(KindContext(reading(markets))) is None
    assert find_kind(reading(markets)) == "actual"
    past = "مبلغ ۹۰ میلیارد ریال تا پایان سال گذشته پرداخت شده است."
    assert target_after(KindContext(reading(past))) is None
    assert find_kind(reading(past)) == "actual"


def test_a_forecast_verb_before_that_belongs_to_another_statement() -> None:
    text = "تعداد طرح‌ها به ۴ طرح می‌رسد که ۷۶ میلیارد ریال به آنها پرداخت شده است."
    assert forecast_near(KindContext(reading(text, 1))) is None
    assert find_kind(reading(text, 1)) == "actual"


def test_a_part_of_a_group_named_after_az() -> None:
    """«۴۵ درصد از کشاورزان» is a part; «از نظر وزنی» is a respect, not a whole."""
    assert share_of_whole(KindContext(reading("۴۵ درصد از کشاورزان بیمه شده‌اند."))) == "share"
    by_weight = "صادرات ۲۰ درصد از نظر وزنی افزایش داشت."
    assert share_of_whole(KindContext(reading(by_weight))) is None
    assert find_kind(reading(by_weight)) == "change"
    ratio = "درصد پرشدگی سدها نسبت به گنجایش آنها ۴۲ درصد است."
    assert share_of_whole(KindContext(reading(ratio))) == "share"


def test_a_plan_in_a_province_whose_name_has_and() -> None:
    text = "امسال ۱۲ هزار شغل در استان سیستان و بلوچستان ایجاد می‌شود."
    assert planned_passive(KindContext(reading(text))) == "forecast"


def test_a_present_arrival_after_a_past_verb_sums_up() -> None:
    past = "واحدهایی که از وام بهره‌مند شدند به ۳۰ واحد می‌رسد."
    assert sums_up(KindContext(reading(past))) == "actual"
    plan = "تولید امسال به ۳۰ هزار تن می‌رسد."
    assert sums_up(KindContext(reading(plan))) is None
    assert find_kind(reading(plan)) == "forecast"


def test_a_commitment_is_a_target() -> None:
    text = "تعهد اشتغال استان امسال ۱۲ هزار فرصت شغلی است."
    assert target_before(KindContext(reading(text))) == "target"
    # the cue belongs to the percentage right after it, not to the persons after that
    done = "مدیرکل از تحقق تعهد ۶۰ درصدی اشتغال با ایجاد شغل برای ۵ هزار نفر خبر داد."
    assert target_before(KindContext(reading(done, 1))) is None


def test_kind_rules_run_in_this_order() -> None:
    """A percentage a premise brings about is read first («در صورت تحقق ۱۰۰ درصدی درآمدها ۲۰
    درصد ... افزوده شود» is no share achieved); the object of a purpose («به منظور آبیاری
    ...») beats every verb. A share reached beats a target cue («تعهد ۶۰ درصدی»); a target
    beats the verb; a share beats a forecast; a change beats the verb; a premise («با ...،»)
    beats the planned passive;
    an estimate beats a weak target cue («بر اساس برآوردها تا پایان سال ...»);
    a thing under way or a habit stops the list with no kind before any verb is read; a
    scheduled opening beats a schedule cue («قرار است ... به بهره‌برداری برسد»); a need
    («... اعتبار نیاز است») is read after the under-way rule («در حال اجراست و ... نیاز دارد»);
    a verb of the clause beats a reference frame and a rank («با اشاره به ... گفت», «با
    تولید ... رتبه نخست را کسب خواهد کرد» stays a forecast); a job capacity a licence
    opens is a target before any verb reports the licence («... صادر شد»); the outcome of a
    premise («در صورت تکمیل ...») is read after a need and before a habit («سالانه»); an
    amount a budget or goal sets, named right before it, beats what is realised after it
    («از هدفگذاری ۵۰۰ مگاواتی تاکنون ۲۱۶ مگاوات محقق شده»); the level a move starts from is
    read before the change the move's verb names («از ۱۷٫۷ درصد به ۱۳٫۳ درصد کاهش یافت»);
    what a scheme grants («... ۵ درصد ... تعلق می‌گیرد») is a target before any share rule;
    a budget as announced is a target before the announcing verb is read as past; a deadline
    with an indicative present («تا پایان سال ... بهره‌مند می‌شوند») is a forecast before the
    deadline is read as a target cue; a territory's money quota and a budget passed are
    targets before a realised or past verb is read; a part of a whole with a future verb
    after a time to come is a forecast before the share rules read it; a noun named
    projected before an amount («سرمایه‌گذاری پیش‌بینی‌شده ... بوده») is read after the
    budgeted amount and before any verb."""
    assert [r.__name__ for r in KIND_RULES] == [
        "premise_percent",
        "share_achieved",
        "purpose_object",
        "planned_capacity",
        "entitled_by_scheme",
        "set_amount",
        "announced_budget",
        "in_budget_document",
        "territory_quota",
        "passed_budget",
        "realised",
        "allotted_parts",
        "done_before_remainder",
        "budgeted",
        "projected_noun",
        "estimated",
        "assigned_amount",
        "caused_outcome",
        "prepared_event",
        "announced_opening",
        "announced_for_period_to_come",
        "scheduled_opening",
        "scheduled_premise",
        "job_quota",
        "scheme_quota",
        "fulfilment_rate",
        "by_deadline",
        "target_before",
        "required_amount",
        "beyond_target_by",
        "target_after",
        "target_in_relative",
        "changed_object",
        "share_to_come",
        "share_to_change",
        "share_reached",
        "share_of_whole",
        "share_in_list",
        "remainder_share",
        "under_way",
        "needed_amount",
        "conditional_outcome",
        "amount_changed_by",
        "year_to_come_present",
        "habitual_present",
        "sums_up",
        "forecast_near",
        "future_glued_to_unit",
        "examples_mentioned",
        "able_to",
        "predicted_change",
        "change_next_to",
        "exceeds_past_by",
        "level_moved_from",
        "change_by_nature",
        "change_named_before",
        "restated_share",
        "future_verb",
        "witnessed_to_come",
        "consequence",
        "planned_passive",
        "jobs_take_place",
        "plain_future",
        "present_return",
        "realised_in_part",
        "nearest_verb",
        "referred_event",
        "ranked_by",
        "stated_state",
        "wrapped_line",
    ]
    assert find_kind(reading("رشد ۲۰ درصدی صادرات ثبت شد.")) == "change"


S = Discourse


@pytest.mark.parametrize(
    ("rule", "text", "nth", "state", "before", "after"),
    [
        (
            continued_statement,
            "صادرات استان دو برابر شده و به ۴۰۰ میلیون دلار رسیده است.",
            1,
            S(),
            None,
            "exports",
        ),
        (continued_statement, "به ۴۰۰ میلیون دلار رسیده است.", 0, S(), None, None),
        (continued_statement, "به ۴۰۰ میلیون دلار رسیده است.", 0, S(), "price", "price"),
        (
            part_of_previous,
            "۴۰ درصد آن پرداخت شده است.",
            0,
            S(last_subject="credit"),
            None,
            "credit",
        ),
        (
            part_of_previous,
            "قرار است ۷۰ درصد آن صادر شود.",
            0,
            S(last_subject="production"),
            None,
            "exports",
        ),
        (part_of_previous, "۴۰ درصد آن پرداخت شده است.", 0, S(), None, None),
        (
            anaphor_antecedent,
            "این رقم ۲۷ درصد رشد داشته است.",
            0,
            S(last_subject="companies", last_amount_subject="exports"),
            "growth",
            "exports",
        ),
        (
            anaphor_antecedent,
            "از این تعداد ۲۳ درصد فعال هستند.",
            0,
            S(last_subject="industrial_units", last_amount_subject="exports"),
            None,
            "industrial_units",
        ),
        (
            anaphor_antecedent,
            "قیمت ۲۷ درصد رشد داشته است.",
            0,
            S(last_amount_subject="exports"),
            "growth",
            "growth",
        ),
        (
            anaphor_antecedent,
            "این میزان تولید ۱۴ درصد رشد داشته است.",
            0,
            S(last_amount_subject="electricity"),
            "production",
            "electricity",
        ),
        (
            anaphor_antecedent,
            "این میزان تولید ۱۴ درصد رشد داشته است.",
            0,
            S(last_amount_subject="exports"),
            "production",
            "production",
        ),
        (
            change_of_previous,
            "مصرف ۹ هزار مگاوات ساعت بوده که نسبت به پارسال ۱۲ درصد رشد نشان می‌دهد.",
            1,
            S(last_amount_subject="electricity", last_amount_si=0),
            None,
            "electricity",
        ),
        (
            change_of_previous,
            "مصرف ۹ هزار مگاوات ساعت بود. سهم استان ۱۲ درصد است.",
            1,
            S(last_amount_subject="electricity", last_amount_si=0),
            None,
            None,
        ),
        (area_is_land, "تولید این شهرستان ۱۸۲۰ هکتار است.", 0, S(), "production", "cultivation"),
        (area_is_land, "تولید این شهرستان ۱۸۲۰ تن است.", 0, S(), "production", "production"),
        (farmland_by_default, "۸۵ هزار هکتار زیر پوشش است.", 0, S(), None, "cultivation"),
        (farmland_by_default, "شهرک صنعتی ۳۲ هکتار وسعت دارد.", 0, S(), None, None),
        (
            persons_at_work,
            "۷۲۰۰ نفر در این واحدها فعالیت می‌کنند.",
            0,
            S(),
            None,
            "employment",
        ),
        (
            persons_at_work,
            "۱۲ هزار نفر صیاد فعالیت می‌کنند.",
            0,
            S(),
            None,
            "employment",
        ),  # Round 21/24: occupations at work
        (price_per_unit, "هر کیلوگرم زعفران ۸۵۰ هزار تومان است.", 0, S(), None, "price"),
        (price_per_unit, "زعفران ۸۵۰ هزار تومان است.", 0, S(), None, None),
        (
            price_per_unit,
            "جو هر کیلوگرم به قیمت ۹ هزار تومان خریداری می‌شود.",
            0,
            S(),
            "purchases",
            "price",
        ),
        (price_per_unit, "۹ هزار تومان جو خریداری شد.", 0, S(), "purchases", "purchases"),
        (
            priced_per_unit,
            "قیمت ماهی صید روز هر کیلوگرم ۹۰۰ هزار ریال است.",
            0,
            S(),
            "production",
            "price",
        ),
        (
            priced_per_unit,
            "هر کیلوگرم ماهی ۹۰۰ هزار ریال شد.",
            0,
            S(),
            "production",
            "production",
        ),
        (priced_per_unit, "قیمت ماهی ۹۰۰ هزار ریال است.", 0, S(), "fisheries", "fisheries"),
        (
            money_invested,
            "۹۰ میلیارد تومان در طرح‌های گردشگری سرمایه گذاری شد.",
            0,
            S(),
            "tourism",
            "investment",
        ),
        (
            money_invested,
            "۹۰ میلیارد تومان تسهیلات در طرح‌های سرمایه گذاری شد.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (
            money_invested,
            "۹۰ میلیارد تومان در طرح‌ها هزینه شد.",
            0,
            S(),
            "tourism",
            "tourism",
        ),
        (rate_is_price, "نرخ گوشت در میادین ۴۵۰ هزار ریال است.", 0, S(), None, "price"),
        (rate_is_price, "۴۵۰ هزار ریال به این طرح رسید.", 0, S(), None, None),
        (
            public_funds_are_budget,
            "اعتبارات تملک دارایی شهرستان ۹۰ میلیارد ریال است.",
            0,
            S(),
            "credit",
            "budget",
        ),
        (
            public_funds_are_budget,
            "۹۰ میلیارد ریال اعتبار از محل تسهیلات تبصره ۱۸ به بانک‌ها ابلاغ شد.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (
            public_funds_are_budget,
            "۹۰ میلیارد ریال اعتبار برای این طرح لازم است.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (
            paid_out_is_credit,
            "با اشاره به تخصیص اعتبارات مصوب گفت: مبلغ ۹۰ میلیارد ریال پرداخت شد.",
            0,
            S(),
            None,
            "budget",
        ),
        (
            amounts_are_not_documents,
            "۳ معدن با اشتغال ۱۲۰ نفر پروانه بهره‌برداری گرفتند.",
            1,
            S(),
            "licences",
            "employment",
        ),
        (amounts_are_not_documents, "۱۲۰ نفر پروانه گرفتند.", 0, S(), "licences", None),
        (
            amounts_are_not_documents,
            "مجوز صادرات ۱۰۰ هزار تن پیاز به عراق صادر شد.",
            0,
            S(),
            "licences",
            "exports",
        ),
        (
            amounts_are_not_documents,
            "قرارداد ۴۰ میلیارد تومانی ساخت سد امضا شد.",
            0,
            S(),
            "contracts",
            "contracts",
        ),
        (amounts_are_not_documents, "۱۲ پروانه صادر شد.", 0, S(), "licences", "licences"),
        (
            capacity_stated,
            "خوابگاه‌ها با ظرفیت ۹۰۰ نفر آماده پذیرش مسافران است.",
            0,
            S(),
            "tourism",
            "capacity",
        ),
        (capacity_stated, "۹۰۰ نفر مسافر پذیرش شدند.", 0, S(), "tourism", "tourism"),
        (stored_water, "مخزن این سد ۳۰ میلیون مترمکعب آب دارد.", 0, S(), None, "water"),
        (stored_water, "۳۰ میلیون مترمکعب ذخیره شده است.", 0, S(), "reserves", "water"),
        (stored_water, "ذخایر این معدن ۳۰ میلیون تن است.", 0, S(), "reserves", "reserves"),
        (stored_water, "از حجم ۸۰ میلیون متر مکعبی این سد ...", 0, S(), "water", "capacity"),
        (
            public_funds_are_budget,
            "۳۰ میلیارد تومان برای سازه‌های آبخیزداری تخصیص یافت.",
            0,
            S(),
            "water",
            "budget",
        ),
        (
            travellers_are_people,
            "در نوروز ۴۲۰ هزار نفر وارد شهرستان شدند.",
            0,
            S(),
            "imports",
            "tourism",
        ),
        (travellers_are_people, "۴۲۰ هزار تن کالا وارد شد.", 0, S(), "imports", "imports"),
        (distributive_price, "مرغ کیلویی ۹۰ هزار تومان فروخته شد.", 0, S(), None, "price"),
        (distributive_price, "کیلویی ۸ الی ۹ هزار تومان است.", 1, S(), "revenue", "price"),
        (distributive_price, "۹۰ هزار تومان فروخته شد.", 0, S(), "revenue", "revenue"),
        (distributive_price, "کیلویی ۹۰ هزار تومان وام داد.", 0, S(), "credit", "credit"),
        (distributive_price, "کیلویی ۹۰ تن است.", 0, S(), None, None),
        (power_rating_is_capacity, "ظرفیت ۸۰۰ مگاوات است.", 0, S(), "electricity", "capacity"),
        (power_rating_is_capacity, "اوج مصرف ۸۰۰ مگاوات بود.", 0, S(), None, "electricity"),
        (power_rating_is_capacity, "۸۰۰ مگاوات ساعت برق تولید شد.", 0, S(), None, "electricity"),
        (power_rating_is_capacity, "ظرفیت ۸۰۰ تن است.", 0, S(), "capacity", "capacity"),
        (share_filled_is_water, "سد ۸۰ درصد ظرفیت دارد.", 0, S(), "capacity", "water"),
        (share_filled_is_water, "۸۰ درصد ظرفیت کارخانه است.", 0, S(), "capacity", "capacity"),
        (sector_named_nearby, "امسال ۱۲ هزار تن گندم به دست آمد.", 0, S(), None, "agriculture"),
        (sector_named_nearby, "۸۰۰ هزار تن سنگ آهن بارگیری شد.", 0, S(), None, "mining"),
        (sector_named_nearby, "برای گازرسانی ۹۰ میلیارد ریال لازم است.", 0, S(), None, "energy"),
        (sector_named_nearby, "۴۰ میلیارد ریال به صنعت گردشگری رسید.", 0, S(), None, "tourism"),
        (sector_named_nearby, "۴۰ میلیارد ریال به کارخانه رسید.", 0, S(), None, "manufacturing"),
        (sector_named_nearby, "امسال ۱۲ هزار تن به دست آمد.", 0, S(), None, None),
        (sector_named_nearby, "۱۲ هزار تن گندم خریداری شد.", 0, S(), "purchases", "purchases"),
        (sector_named_nearby, "۱۸ هزار نفر صیاد با شناورها کار می‌کنند.", 0, S(), None, None),
        (sector_named_nearby, "۳۰ درصد سفرهای با قطار است.", 0, S(), None, None),
        (sector_named_nearby, "حدود ۳۰ درصد کامیون‌ها کهنه‌اند.", 0, S(), None, "transport"),
        (sector_named_nearby, "در بخش دام ۳۰ درصد بیشتر شد.", 0, S(), None, None),
        (sector_named_nearby, "۶۰۰ هکتار برای شهرک صنعتی است.", 0, S(), None, None),
        (goods_at_port, "کشتی حامل ۲۰ هزار تن گوگرد پهلو گرفت.", 0, S(), "mining", "trade"),
        (goods_at_port, "کالای اساسی رسید. ۹۰ هزار تن جو وارد بندر شد.", 0, S(), None, "imports"),
        (goods_at_port, "کالای اساسی در بندر ۹۰ هزار تن تخلیه شد.", 0, S(), None, "trade"),
        (goods_at_port, "۲۰ هزار تن گندم به سیلو رسید.", 0, S(), "agriculture", "agriculture"),
        (
            spent_on_setting_up,
            "برای احداث این کارخانه ۹۰ میلیارد تومان هزینه شد.",
            0,
            S(),
            "manufacturing",
            "investment",
        ),
        (
            spent_on_setting_up,
            "برای احداث این کارخانه ۹۰ میلیارد تومان اعتبار هزینه شد.",
            0,
            S(),
            "budget",
            "budget",
        ),
        (
            spent_on_setting_up,
            "در این کارخانه ۹۰ میلیارد تومان هزینه شد.",
            0,
            S(),
            "manufacturing",
            "manufacturing",
        ),
        (
            public_revenue_is_budget,
            "در بودجه امسال ۹۰ میلیارد تومان مالیات پیش‌بینی شده است.",
            0,
            S(),
            "tax",
            "budget",
        ),
        (
            public_revenue_is_budget,
            "امسال ۹۰ میلیارد تومان مالیات وصول شد که در بودجه نبود.",
            0,
            S(),
            "tax",
            "tax",
        ),
        (goods_at_port, "۹۰۰ تن ماهی در اسکله صیادی تخلیه شد.", 0, S(), "trade", "production"),
        (goods_at_port, "۹۰۰ تن ماهی در اسکله تجاری تخلیه شد.", 0, S(), "trade", "trade"),
        (goods_at_port, "۹۰ هزار تن جو از اوکراین وارد بندر شد.", 0, S(), None, "imports"),
        # round 21: a share of a good made or extracted is production, a capacity before
        # it is the reason; a share of establishments counts them
        (
            share_of_output,
            "با ظرفیت استان ۳۰ درصد از سیمان کشور تولید می‌شود.",
            0,
            S(),
            "capacity",
            "production",
        ),
        (share_of_output, "۳۰ درصد از ظرفیت کارخانه خالی است.", 0, S(), "capacity", "capacity"),
        (
            establishments_multiplied,
            "که ۷ درصد شهرک‌های کشور است.",
            0,
            S(),
            "manufacturing",
            "industrial_parks",
        ),
        (
            establishments_multiplied,
            "که ۷ درصد تولید کشور است.",
            0,
            S(),
            "manufacturing",
            "manufacturing",
        ),
        (goods_at_port, "۹۰ هزار تن جو از انبار وارد بندر شد.", 0, S(), None, "trade"),
        (staple_cargo_landed, "۹۰ هزار تن جو از انبار وارد بندر شد.", 0, S(), "trade", "trade"),
        (staple_cargo_landed, "۹۰ هزار تن جو در بندر تخلیه شد.", 0, S(), "trade", "imports"),
        (staple_cargo_landed, "کشتی حامل ۹۰ هزار تن جو رسید.", 0, S(), "agriculture", "imports"),
        (staple_cargo_landed, "۹۰ هزار تن جو به سیلو رسید.", 0, S(), "agriculture", "agriculture"),
        (staple_cargo_landed, "۹۰ هزار تن کالا در بندر تخلیه شد.", 0, S(), "trade", "trade"),
        (
            income_group_is_no_revenue,
            "وام اشتغال دهک‌های پایین درآمدی ۹۰ میلیارد تومان است.",
            0,
            S(),
            "revenue",
            "credit",
        ),
        (
            income_group_is_no_revenue,
            "درآمد دهک‌های پایین درآمدی ۹ درصد رشد کرد.",
            0,
            S(),
            "revenue",
            "revenue",
        ),
        (share_of_lodging_used, "۳۰ درصد از ظرفیت هتل‌ها پر است.", 0, S(), "capacity", "tourism"),
        (share_of_lodging_used, "۳۰ درصد از ظرفیت کارخانه است.", 0, S(), "capacity", "capacity"),
        (share_of_lodging_used, "ظرفیت هتل‌ها ۳۰ درصد رشد کرد.", 0, S(), "capacity", "capacity"),
        (
            sector_money_of_public_finance,
            "بودجه تملک ابلاغ شد. ۹۰ میلیارد ریال برای آب شرب است.",
            0,
            S(),
            "water",
            "budget",
        ),
        (
            sector_money_of_public_finance,
            "بودجه تملک ابلاغ شد. ۹۰ میلیارد ریال برای آب شرب است.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (
            sector_money_of_public_finance,
            "۹۰ میلیارد ریال برای آب شرب است.",
            0,
            S(),
            "water",
            "water",
        ),
        (
            goods_are_not_money,
            "۹ هزار تن جو به قیمت روز به دولت فروختند.",
            0,
            S(),
            "price",
            "purchases",
        ),
        (persons_hired, "در آزمون استخدامی سهمیه ۳ درصدی اعمال شد.", 0, S(), None, "employment"),
        (persons_hired, "در شهر سهمیه ۳ درصدی اعمال شد.", 0, S(), None, None),
        # round 22: an amount equated with a share is that share's quantity (or the
        # quota's the share is of); jobs modified by a relative clause stay jobs;
        # members of cooperatives named before them are cooperatives
        (
            equated_amount_restates,
            "۶۰ درصد این سهمیه معادل ۱۴۴ میلیارد تومان به مرحله انعقاد قرارداد رسید.",
            1,
            S(last_subject="credit"),
            "contracts",
            "credit",
        ),
        (
            equated_amount_restates,
            "۶۰ قرارداد به ارزش ۱۴۴ میلیارد تومان منعقد شد.",
            1,
            S(last_subject="credit"),
            "contracts",
            "contracts",
        ),
        (
            equated_amount_restates,
            "۹۰ میلیارد تومان معادل ۳۷ درصد سهمیه ابلاغی پرداخت شد.",
            0,
            S(last_amount_subject="credit", last_amount_si=0),
            "budget",
            "credit",
        ),
        (
            equated_amount_restates,
            "۹۰ میلیارد تومان معادل ۳۷ درصد بودجه استان است.",
            0,
            S(last_amount_subject="credit", last_amount_si=0),
            "budget",
            "budget",
        ),
        (
            jobs_of_a_relative_clause,
            "اشتغال طرح‌هایی که وام گرفته‌اند ۶۰۰ نفر است.",
            0,
            S(),
            "credit",
            "employment",
        ),
        (
            jobs_of_a_relative_clause,
            "متقاضیانی که وام اشتغال گرفته‌اند ۶۰۰ نفر هستند.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (
            cooperative_members,
            "این تعاونی‌ها ۱۰۵۳ نفر عضو دارند.",
            0,
            S(),
            "employment",
            "cooperatives",
        ),
        (cooperative_members, "این کارخانه ۱۰۵۳ نفر عضو دارد.", 0, S(), None, None),
        (
            amounts_are_not_documents,
            "۳ میلیون متر مکعب ماسه برای پروژه‌ها برداشت شد.",
            0,
            S(),
            "projects",
            "production",
        ),
        (
            amounts_are_not_documents,
            "پروانه با هزینه ۳۹ میلیارد ریال صادر شد.",
            0,
            S(),
            "licences",
            None,
        ),
        (
            goods_at_port,
            "کشتی ۲۰ هزار تن کالا را به بندر حمل کرد.",
            0,
            S(),
            "transport",
            "transport",
        ),
        (
            persons_hired,
            "آزمون استخدامی برگزار شد. ۳۰ نفر در زنجان پذیرفته شدند.",
            0,
            S(),
            None,
            "employment",
        ),
        (persons_hired, "۳۰ نفر در زنجان پذیرفته شدند.", 0, S(), None, None),
        (persons_hired, "در آزمون استخدامی ۳۰ نفر گردشگر آمدند.", 0, S(), "tourism", "tourism"),
        (home_owners, "۴۰ نفر با تسهیلات بانک خانه دار شدند.", 0, S(), "credit", "housing"),
        (home_owners, "۴۰ نفر تسهیلات بانک گرفتند.", 0, S(), "credit", "credit"),
        (home_owners, "۴۰ تن با تسهیلات خانه دار شدند.", 0, S(), None, None),
        (loan_heads_phrase, "وام تعمیر مسکن ۸۰ میلیارد ریال شد.", 0, S(), "housing", "credit"),
        (
            loan_heads_phrase,
            "وام مسکن داده شد و ۸۰ میلیارد ریال ماند.",
            0,
            S(),
            "housing",
            "housing",
        ),
        (loan_heads_phrase, "وام صادرات ۸۰ میلیارد ریال شد.", 0, S(), "exports", "exports"),
        (
            banks_lend,
            "بانکها ۸۰ میلیارد ریال در بخش صنعت دادند.",
            0,
            S(),
            "manufacturing",
            "credit",
        ),
        (banks_lend, "بانکها با خرید ۸۰ میلیارد ریال دادند.", 0, S(), "purchases", "purchases"),
        (
            banks_lend,
            "دولت ۸۰ میلیارد ریال در بخش صنعت داد.",
            0,
            S(),
            "manufacturing",
            "manufacturing",
        ),
        (public_funds_are_budget, "۸۰ میلیارد ریال اعتبار تخصیص یافت.", 0, S(), "credit", "budget"),
        (
            public_funds_are_budget,
            "۸۰ میلیارد ریال اعتبار در بودجه نیاز است.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (public_funds_are_budget, "۲ برابر اعتبار مصوب شد.", 0, S(), "credit", "budget"),
        (public_funds_are_budget, "۸۰ میلیارد ریال وام تخصیص یافت.", 0, S(), "credit", "credit"),
        (
            given_through_banks,
            "۸۰ میلیارد ریال از طریق بانک پرداخت شد.",
            0,
            S(),
            "employment",
            "credit",
        ),
        (
            given_through_banks,
            "۸۰ میلیارد ریال از طریق دولت پرداخت شد.",
            0,
            S(),
            "employment",
            "employment",
        ),
        (cooperative_members, "۸۰ هزار نفر عضو تعاونی‌ها هستند.", 0, S(), None, "cooperatives"),
        (cooperative_members, "۸۰ هزار نفر عضو انجمن هستند.", 0, S(), None, None),
        (facility_commodity, "۸۰ هزار لیتر از چاه نفت برداشت شد.", 0, S(), "water", "energy"),
        (facility_commodity, "۸۰ هزار لیتر از چاه آب برداشت شد.", 0, S(), "water", "water"),
        # public money allotted, spent on a scheme or set for a project is the budget
        (
            public_money_allotted,
            "۸۰ میلیارد تومان به حوزه اشتغال اختصاص یافت.",
            0,
            S(),
            "employment",
            "budget",
        ),
        (
            public_money_allotted,
            "۸۰ میلیارد تومان تسهیلات به حوزه اشتغال اختصاص یافت.",
            0,
            S(),
            "credit",
            "credit",
        ),
        (
            public_money_allotted,
            "در این طرح ۸۰ میلیارد تومان هزینه شده است.",
            0,
            S(),
            "water",
            "budget",
        ),
        (
            public_money_allotted,
            "برای راه اندازی این طرح ۸۰ میلیارد تومان هزینه شده است.",
            0,
            S(),
            "investment",
            "investment",
        ),
        (
            public_money_allotted,
            "اعتبار این پروژه ۸۰ میلیارد تومان است.",
            0,
            S(),
            "projects",
            "budget",
        ),
        # round 17: a fund noun qualified by an allotted participle before the money
        (
            public_money_allotted,
            "اعتبار تخصیص یافته طرح‌های اشتغال روستایی ۸۰ میلیارد تومان است.",
            0,
            S(),
            "employment",
            "budget",
        ),
        (
            public_money_allotted,
            "اعتبار طرح‌های اشتغال روستایی ۸۰ میلیارد تومان است.",
            0,
            S(),
            "employment",
            "employment",
        ),
        (
            public_money_allotted,
            "در این طرح ۸۰ میلیارد تومان هزینه خواهد شد.",
            0,
            S(),
            "water",
            "budget",
        ),
        # round 17: money set to conclude a contract is budget, a contract's worth is not
        (
            money_for_a_contract,
            "۸۰ میلیارد تومان برای انعقاد قرارداد با پیمانکار در نظر گرفته شد.",
            0,
            S(),
            "contracts",
            "budget",
        ),
        (
            money_for_a_contract,
            "قرارداد ۸۰ میلیارد تومانی با پیمانکار منعقد شد.",
            0,
            S(),
            "contracts",
            "contracts",
        ),
        (
            money_for_a_contract,
            "۸۰ میلیارد تومان تسهیلات برای انعقاد قرارداد با بانک در نظر گرفته شد.",
            0,
            S(),
            "contracts",
            "contracts",
        ),
        # round 17: at-work words right after the unit, though no verb stops the phrase
        (persons_at_work, "۸۰ نفر مشغول بکارند.", 0, S(), None, "employment"),
        (persons_at_work, "۸۰ نفر کار می‌کنند.", 0, S(), None, "employment"),
        (
            persons_at_work,
            "۸۰ نفر صیاد در دریا مشغولند.",
            0,
            S(),
            "fisheries",
            "employment",
        ),  # Round 21/24
        # round 17: goods moved or loaded by carriers are freight, exchanged goods trade
        (goods_moved, "۸۰ هزار تن کالا در استان جابجا شد.", 0, S(), "trade", "transport"),
        (goods_moved, "۸۰ هزار تن کالا جابجا و مبادله شد.", 0, S(), "trade", "trade"),
        (goods_moved, "۸۰ هزار تن کالا در بندر بارگیری شد.", 0, S(), "trade", "trade"),
        (goods_moved, "۸۰ هزار تن کالا در بازارچه عرضه شد.", 0, S(), "trade", "trade"),
        # round 17: a share of the progress of works is construction, a named sector stays
        (
            works_progress,
            "این پروژه ۸۰ درصد پیشرفت فیزیکی دارد.",
            0,
            S(),
            "projects",
            "construction",
        ),
        (works_progress, "این سد ۸۰ درصد پیشرفت فیزیکی دارد.", 0, S(), "water", "water"),
        (works_progress, "این پروژه ۸۰ درصد سهم استان است.", 0, S(), "projects", "projects"),
        (
            money_part_of_previous,
            "که ۸۰ میلیارد تومان آن در روستاها جذب شد.",
            0,
            S(last_amount_subject="budget"),
            "employment",
            "budget",
        ),
        (
            money_part_of_previous,
            "که ۸۰ میلیارد تومان در روستاها جذب شد.",
            0,
            S(last_amount_subject="budget"),
            "employment",
            "employment",
        ),
        # crops handed to a buyer were bought; inputs handed to farmers were not
        (
            crops_delivered,
            "۸۰ هزار تن ذرت به سیلوهای استان تحویل شد.",
            0,
            S(),
            "agriculture",
            "purchases",
        ),
        (
            crops_delivered,
            "۸۰ هزار تن کود به کشاورزان تحویل شد.",
            0,
            S(),
            "agriculture",
            "agriculture",
        ),
        (
            crop_paid_for,
            "۸۰ میلیارد تومان از بهای چای به حساب چایکاران واریز شد.",
            0,
            S(),
            "price",
            "purchases",
        ),
        (crop_paid_for, "بهای چای ۸۰ هزار تومان تعیین شد.", 0, S(), "price", "price"),
        # round 17: money for one unit of measure paid to growers is the price per unit
        (
            crop_paid_for,
            "برای خرید هر کیلوگرم جو ۱۵ هزار تومان به کشاورزان پرداخت می‌شود.",
            0,
            S(),
            "price",
            "price",
        ),
        # a line or a pipe measures the network of what it carries, never its material
        (
            conduit_carries,
            "طرح آبرسانی شامل نصب ترانس برق و ۸۰ کیلومتر خطوط انتقال است.",
            0,
            S(),
            "electricity",
            "water",
        ),
        (
            conduit_carries,
            "برای گازرسانی ۸۰ کیلومتر لوله فولادی اجرا شد.",
            0,
            S(),
            "manufacturing",
            "energy",
        ),
        (conduit_carries, "۸۰ کیلومتر خط انتقال برق احداث شد.", 0, S(), None, "electricity"),
        (
            conduit_carries,
            "شبکه آبرسانی ۸۰ کیلومتر جاده را پوشش داد.",
            0,
            S(),
            "construction",
            "construction",
        ),
        (conduit_carries, "مخزن و ۸۰ کیلومتر خط انتقال ساخته شد.", 0, S(), "reserves", "reserves"),
        # tonnes are never farmland: the harvest verb after the number, else the farm sector
        (
            goods_are_not_land,
            "۸۰ هزار تن زرشک از باغات برداشت شد.",
            0,
            S(),
            "cultivation",
            "production",
        ),
        (
            goods_are_not_land,
            "۸۰ هزار تن انجیر در باغات است.",
            0,
            S(),
            "cultivation",
            "agriculture",
        ),
        (
            goods_are_not_land,
            "۸۰ هزار هکتار باغات انجیر است.",
            0,
            S(),
            "cultivation",
            "cultivation",
        ),
        # round 18: hectares are never a flow of goods; a loan's interest rate
        (area_is_land, "گندم از سطح ۸۰ هزار هکتار خریداری شد.", 0, S(), "purchases", "cultivation"),
        (area_is_land, "۸۰ هزار هکتار زیر کشت رفت.", 0, S(), "agriculture", "agriculture"),
        (interest_on_a_loan, "وام تولید با سود ۸ درصد پرداخت شد.", 0, S(), "production", "credit"),
        (interest_on_a_loan, "تولید با سود ۸ درصد همراه شد.", 0, S(), "production", "production"),
        (interest_on_a_loan, "وام با ۸ درصد افزایش پرداخت شد.", 0, S(), "production", "production"),
        # round 24: what money is (a loan's size, a bank lending, a measure heading it)
        (
            loan_size_named,
            "سقف وام مسکن، از ۵۰ به ۸۰ میلیون تومان رسید.",
            1,
            S(),
            "housing",
            "credit",
        ),
        (loan_size_named, "سقف مسکن ۸۰ میلیون تومان است.", 0, S(), "housing", "housing"),
        (
            loan_size_named,
            "سقف وام تعیین شد و مسکن ۸۰ میلیون تومان است.",
            0,
            S(),
            "housing",
            "housing",
        ),
        (lent_by_a_bank, "۸۰ میلیارد تومان از بانک مسکن جذب شد.", 0, S(), "housing", "credit"),
        (lent_by_a_bank, "۸۰ میلیارد تومان در مسکن از بانک جذب شد.", 0, S(), "housing", "housing"),
        (money_measure_heads_amount, "درآمد ۸ میلیارد تومانی صادرات", 0, S(), "exports", "revenue"),
        (money_measure_heads_amount, "درآمد ۸ میلیارد تومان صادرات", 0, S(), "exports", "exports"),
        (
            money_measure_heads_amount,
            "درآمد کل ۸ میلیارد تومانی صادرات",
            0,
            S(),
            "exports",
            "exports",
        ),
        (persons_on_a_network, "۸۰۰ نفر از گاز برخوردار شدند.", 0, S(), None, "energy"),
        (persons_on_a_network, "۸۰۰ نفر از گاز استفاده کردند.", 0, S(), None, None),
        (
            population_served,
            "گازرسانی به ۹ روستا با جمعیتی ۸۰۰ نفر و اعتبار ۲ میلیارد ریال انجام شد.",
            1,
            S(),
            "credit",
            "energy",
        ),
        (
            population_served,
            "بیمه روستایی به ۳ روستا با جمعیت ۸۰۰ نفر تحت پوشش رسید.",
            1,
            S(),
            None,
            None,
        ),
        (
            products_crossing,
            "۹ میلیون دلار از تولیدات استان از گمرک خارج شد.",
            0,
            S(),
            "production",
            "exports",
        ),
        (
            products_crossing,
            "۹ هزار تن محصولات تولید می‌شود که نیمی صادر می‌شود.",
            0,
            S(),
            "production",
            "production",
        ),
        (
            power_rating_is_capacity,
            "مصرف ۴ مگاوات است که این مولد ۱ مگاوات را تامین کرد.",
            1,
            S(),
            None,
            "capacity",
        ),
        (power_rating_is_capacity, "مصرف نیروگاه‌ها ۴ مگاوات است.", 0, S(), None, "electricity"),
    ],
)
def test_default_subject_rule_alone(
    rule,
    text: str,
    nth: int,
    state: Discourse,
    before: str | None,
    after: str | None,
) -> None:
    assert rule(reading(text, nth), state, before) == after


def test_default_subject_rules_run_in_this_order() -> None:
    """The overriding rules (persons at work, power units) come last."""
    assert [r.__name__ for r in DEFAULT_SUBJECT_RULES] == [
        "income_group_is_no_revenue",
        "continued_statement",
        "range_end_of_previous",
        "more_of_the_same",
        "part_of_previous",
        "money_part_of_previous",
        "partitive_of_previous",
        "anaphor_antecedent",
        "beneficiaries_of_the_works",
        "change_of_previous",
        "change_of_the_amount_referred_to",
        "goods_are_not_money",
        "value_of_goods",
        "by_measure",
        "money_measure_heads_amount",
        "customs_revenue_is_tax",
        "public_revenue_is_budget",
        "price_list_continues",
        "price_list_announced",
        "flow_list_continues",
        "visit_is_an_occasion",
        "issued_not_exported",
        "issued_documents_changed",
        "land_annexed_for_housing",
        "farmland_named_after",
        "greenhouse_land",
        "land_under_irrigation_systems",
        "land_for_its_purpose",
        "forest_of_a_crop",
        "farmland_by_default",
        "area_is_land",
        "persons_at_work",
        "occupation_after_unit",
        "persons_on_a_network",
        "population_served",
        "persons_of_a_supply_work",
        "persons_in_a_sector",
        "persons_hired",
        "jobs_of_a_relative_clause",
        "labour_force_counted",
        "borrowers_are_credit",
        "price_per_unit",
        "priced_per_unit",
        "distributive_price",
        "price_of_a_measure_unit",
        "change_of_a_price",
        "change_of_a_price_index",
        "rate_is_price",
        "public_funds_are_budget",
        "public_money_allotted",
        "money_for_a_contract",
        "value_of_projects",
        "interest_on_a_loan",
        "loan_heads_phrase",
        "scheme_funds_are_credit",
        "banks_lend",
        "loan_size_named",
        "lent_by_a_bank",
        "given_through_banks",
        "paid_out_is_credit",
        "quota_of_loans",
        "loans_paid_are_credit",
        "equated_amount_restates",
        "share_restates_a_count",
        "amounts_are_not_documents",
        "estate_land",
        "capacity_stated",
        "capacity_heads_phrase",
        "share_of_output",
        "establishments_multiplied",
        "stored_water",
        "water_held_now",
        "share_filled_is_water",
        "river_inflow_is_water",
        "share_of_lodging_used",
        "home_owners",
        "travellers_are_people",
        "cooperative_members",
        "persons_hosted",
        "passengers_carried",
        "visitors_arrived",
        "passengers_moved_are_transport",
        "person_nights_are_tourism",
        "persons_entering_a_place",
        "persons_who_came_in",
        "housing_applicants",
        "border_passengers",
        "power_rating_is_capacity",
        "works_progress",
        "waste_removed_is_mining",
        "land_is_no_capacity",
        "length_of_a_work",
        "ore_weighed_is_output",
        "crop_weighed_is_output",
        "sector_named_nearby",
        "spent_on_setting_up",
        "money_invested",
        "investment_heads_amount",
        "plant_built_with_money",
        "funds_of_a_firms_plant",
        "supply_work_funded",
        "products_crossing",
        "part_crossing",
        "goods_crossing",
        "goods_cross_by_their_own_verb",
        "goods_at_port",
        "staple_cargo_landed",
        "goods_moved",
        "goods_brought_into_the_province",
        "goods_sent_abroad",
        "coordinated_amount",
        "facility_commodity",
        "conduit_carries",
        "goods_are_not_land",
        "crops_delivered",
        "crop_paid_for",
        "growers_claims",
        "money_paid_to_growers",
        "goods_bought",
        "area_built",
        "size_of_a_store",
        "goods_in_store",
        "state_trip_funds",
        "sector_money_of_public_finance",
        "share_supplied",
        "share_of_a_whole_need",
        "persons_are_no_investment",
        "sector_as_last_resort",
    ]


# an article plainly about gas supply (its sector words outnumber all others)
_GAS_ARTICLE = "شرکت گاز برای گازرسانی و گاز روستاها برنامه دارد. "


@pytest.mark.parametrize(
    ("rule", "text", "before", "after"),
    [
        (
            carried_flow,
            "۳۰۰ دستگاه کامیون حامل کالا به عراق صادر شد.",
            Count("transport", False),
            Count("exports", False),
        ),
        (
            carried_flow,
            "روزانه ۳۰۰ دستگاه کامیون در این جاده تردد می‌کند.",
            Count("transport", False),
            Count("transport", False),
        ),
        (
            industrial_setting,
            "۴۵ واحد تولیدی در شهرک‌های صنعتی احیا شد.",
            Count("production_units", False),
            Count("industrial_units", False),
        ),
        (
            industrial_setting,
            "۴۵ واحد تولیدی در روستاها احیا شد.",
            Count("production_units", False),
            Count("production_units", False),
        ),
        (
            plots_in_an_estate,
            "۹۰ قطعه زمین در نواحی صنعتی واگذار شد.",
            Count("manufacturing", False),
            Count("industrial_parks", False),
        ),
        (
            plots_in_an_estate,
            "۹۰ قطعه زمین به متقاضیان مسکن واگذار شد.",
            Count("housing", False),
            Count("housing", False),
        ),
        (
            licence_issued_for,
            "برای ۲۰ محدوده معدنی پروانه بهره‌برداری صادر شد.",
            Count(None, True),
            Count("licences", False),
        ),
        (
            licence_issued_for,
            "در ۲۰ محدوده معدنی کار استخراج آغاز شد.",
            Count(None, True),
            Count(None, True),
        ),
        (
            licence_issued_for,
            "صدور مجوز برای ایجاد ۱۸ نیروگاه خورشیدی در استان آغاز شد.",
            Count("electricity", False),
            Count("licences", False),
        ),
        (
            licence_issued_for,
            "صدور ۲۰۰ پروانه اکتشاف و ۳۱۰ فقره بسته مزایده در استان انجام شد.",
            Count(None, False),
            Count(None, False),
        ),
        (
            licence_issued_for,
            "۱۸ نیروگاه خورشیدی در استان فعال است.",
            Count("electricity", False),
            Count("electricity", False),
        ),
        (
            classifier_refers_back,
            "بیشترین پروانه بهره‌برداری صادر شده با ۵۷ فقره مربوط به اراک است.",
            Count(None, True),
            Count("licences", False),
        ),
        (
            classifier_refers_back,
            "شهرستان اراک با ۵۷ فقره بیشترین سهم را داشت.",
            Count(None, True),
            Count(None, True),
        ),
        (
            parties_of_a_purchase,
            "گندم از سوی ۸۰ هزار کشاورز تحویل مراکز خرید شد.",
            Count("agriculture", False),
            Count("purchases", False),
        ),
        (
            parties_of_a_purchase,
            "۸۰ هزار کشاورز محصول خود را بیمه کردند.",
            Count("agriculture", False),
            Count("agriculture", False),
        ),
        (
            projects_of_the_sector,
            _GAS_ARTICLE + "۱۷ پروژه گازرسانی در حال اجراست.",
            Count("projects", False),
            Count("energy", False),
        ),
        (
            projects_of_the_sector,
            "۱۷ پروژه گازرسانی در حال اجراست.",
            Count("projects", False),
            Count("projects", False),
        ),
        # round 21: housing schemes are housing whatever the article, other works are not
        (
            housing_schemes,
            "هم‌اکنون ۱۷ پروژه فعال مسکن ملی در استان در حال اجراست.",
            Count("projects", False),
            Count("housing", False),
        ),
        (
            housing_schemes,
            "۱۷ پروژه گازرسانی در حال اجراست.",
            Count("projects", False),
            Count("projects", False),
        ),
        (
            housing_schemes,
            "۵۲ طرح معدنی در استان تصویب شد.",
            Count("projects", False),
            Count("projects", False),
        ),
        (
            generic_establishments,
            "تعداد معادن فعال استان به ۶۰۰ مورد رسید.",
            Count(None, True),
            Count("mining_units", False),
        ),
        (
            generic_establishments,
            "تعداد معادن فعال استان به ۶۰۰ مورد رسید.",
            Count(None, False),
            Count(None, False),
        ),
        (
            generic_establishments,
            "شمار بازدیدها به ۶۰۰ مورد رسید.",
            Count(None, True),
            Count(None, True),
        ),
        (
            facility_holds_commodity,
            "در این میدان نفت ۴۰ حلقه چاه حفر شده است.",
            Count("water", False),
            Count("energy", False),
        ),
        (
            facility_holds_commodity,
            "در این دشت ۴۰ حلقه چاه آب حفر شده است.",
            Count("water", False),
            Count("water", False),
        ),
        (
            served_sector,
            "گازرسانی به ۱۲ روستا انجام شد.",
            Count(None, False),
            Count("energy", False),
        ),
        (served_sector, "۱۲ روستا در این بخش قرار دارند.", Count(None, False), Count(None, False)),
        (
            loan_files,
            "برای پرداخت تسهیلات ۳۰ پرونده تشکیل شد.",
            Count(None, False),
            Count("credit", False),
        ),
        (loan_files, "برای این متهمان ۳۰ پرونده تشکیل شد.", Count(None, False), Count(None, False)),
        # round 18: plans that received a loan are loan files; plans sent for one are not
        (
            plans_given_loans,
            "۳۰ طرح صنایع دستی از وام قرض الحسنه بهره‌مند شدند.",
            Count("projects", False),
            Count("credit", False),
        ),
        (
            plans_given_loans,
            "۳۰ طرح جهت دریافت تسهیلات به بانک‌ها معرفی شد.",
            Count("projects", False),
            Count("credit", False),
        ),
        (
            plans_given_loans,
            "۳۰ طرح با اعتبار دولتی اجرا شد.",
            Count("projects", False),
            Count("projects", False),
        ),
        # round 21: plans as the recipients of loans paid, or receiving them, are credit
        (
            plans_given_loans,
            "به ۳۰ طرح صنعتی ۹ میلیارد ریال، معادل نیمی از سهمیه، تسهیلات پرداخت شد.",
            Count("projects", False),
            Count("credit", False),
        ),
        (
            plans_given_loans,
            "۳۰ طرح صنعتی اجرا شد. به کارگران آن تسهیلات پرداخت شد.",
            Count("projects", False),
            Count("projects", False),
        ),
        # round 27b: jobs-scheme plans: credit with funds in their sentence, else employment
        (
            jobs_scheme_plans,
            "۳۰ طرح اشتغال روستایی با اعتبار ۹ میلیارد ریال اجرا شد.",
            Count("projects", False),
            Count("credit", False),
        ),
        (
            jobs_scheme_plans,
            "۳۰ طرح اشتغال در کمیته فنی بررسی شد.",
            Count("projects", False),
            Count("employment", False),
        ),
        (
            jobs_scheme_plans,
            "۳۰ طرح عمرانی با اعتبار ۹ میلیارد ریال اجرا شد.",
            Count("projects", False),
            Count("projects", False),
        ),
        (
            units_given_loans,
            "۴۰ واحد تسهیلات بانکی دریافت کردند.",
            Count("credit", False),
            Count(None, True),
        ),
        (
            units_given_loans,
            "۴۰ واحد تسهیلات بانکی برای خرید مسکن.",
            Count("credit", False),
            Count("credit", False),
        ),
        (
            goods_made,
            "۴۰ هزار جفت کفش در کارگاه‌ها دوخته شد.",
            Count("manufacturing", False),
            Count("production", False),
        ),
        (
            goods_made,
            "۴۰ هزار جفت کفش فروخته شد و در کارگاه‌ها دوخته شد.",
            Count("manufacturing", False),
            Count("manufacturing", False),
        ),
        (
            goods_made,
            "۱۲ کارگاه کفش دوخته‌اند.",
            Count("workshops", False),
            Count("workshops", False),
        ),
        (
            purchase_places,
            "۳۲ سیلو در استان کار خرید تضمینی گندم را انجام می‌دهند.",
            Count(None, False),
            Count("purchases", False),
        ),
        (
            purchase_places,
            "۳۲ سیلو در استان گندم را نگهداری می‌کنند.",
            Count(None, False),
            Count(None, False),
        ),
        # round 17: consignments counted with a flow verb after them count that flow
        (
            consignments_crossing,
            "۸۰ محموله انار به عراق صادر شد.",
            Count("agriculture", False),
            Count("exports", False),
        ),
        (
            consignments_crossing,
            "۸۰ محموله انار به میادین میوه ارسال شد.",
            Count("agriculture", False),
            Count("agriculture", False),
        ),
        # round 17: a unit's noun phrase naming two sectors or more counts production units
        (
            units_of_several_sectors,
            "۸۰ واحد صنعتی و کشاورزی تسهیلات گرفتند.",
            Count("industrial_units", False),
            Count("production_units", False),
        ),
        (
            units_of_several_sectors,
            "۸۰ واحد دامداری صنعتی تسهیلات گرفتند.",
            Count("agricultural_units", False),
            Count("agricultural_units", False),
        ),
        (
            units_of_several_sectors,
            "۸۰ واحد صنعتی و ۲۰ واحد کشاورزی تسهیلات گرفتند.",
            Count("industrial_units", False),
            Count("industrial_units", False),
        ),
        # round 17: the consignment's noun phrase names the trade it serves
        (
            consignments_crossing,
            "۸۰ محموله انار صادراتی به عراق ارسال شد.",
            Count("agriculture", False),
            Count("exports", False),
        ),
        (
            consignments_crossing,
            "۸۰ محموله برنج وارداتی در گمرک ترخیص شد.",
            Count("agriculture", False),
            Count("imports", False),
        ),
        (
            passengers_moved,
            "۸ هزار مسافر از طریق فرودگاه جابجا شدند.",
            Count("tourism", False),
            Count("transport", False),
        ),
        (
            establishments_named_before,
            "معادن فلدسپات به تعداد ۲۶ فقره در شهرستان فعال است.",
            Count("mining", False),
            Count("mining_units", False),
        ),
        (
            establishments_named_before,
            "کارخانه‌های آرد به تعداد ۱۴ مورد در استان فعالند.",
            Count(None, True),
            Count("production_units", False),
        ),
        (
            establishments_named_before,
            "معادن استان تعطیل شدند و به تعداد ۲۶ فقره پرونده تشکیل شد.",
            Count(None, True),
            Count(None, True),
        ),
        (
            establishments_named_before,
            "معادن فلدسپات با ۲۶ فقره پروانه فعال است.",
            Count(None, True),
            Count(None, True),
        ),
        (
            goods_bought,
            "وام برای خرید ۲۱۰ دستگاه تاکسی پرداخت شد.",
            Count("transport", False),
            Count("purchases", False),
        ),
        (
            goods_bought,
            "وام برای ۲۱۰ دستگاه تاکسی پرداخت شد.",
            Count("transport", False),
            Count("transport", False),
        ),
        (
            goods_bought,
            "خرید ۲۱۰ دستگاه تاکسی در دستور کار است.",
            Count("transport", False),
            Count("transport", False),
        ),
        (
            passengers_moved,
            "۸ هزار مسافر در هتل‌ها اقامت کردند.",
            Count("tourism", False),
            Count("tourism", False),
        ),
        (
            trips_hauling,
            "این حجم از کالا توسط ۶۱ هزار سفر جابجا شد.",
            Count("trade", False),
            Count("transport", False),
        ),
        (
            trips_hauling,
            "برای حمل این محصولات ۲۵ هزار سفر انجام شد.",
            Count(None, False),
            Count("transport", False),
        ),
        (
            trips_hauling,
            "در نوروز ۳۹۶ هزار سفر به استان انجام شد.",
            Count(None, False),
            Count(None, False),
        ),
        (
            trips_hauling,
            "۲ میلیون سفر با قطار به مشهد انجام شد.",
            Count("tourism", False),
            Count("tourism", False),
        ),
    ],
)
def test_count_subject_rule_alone(rule, text: str, before: Count, after: Count) -> None:
    assert rule(reading(text), Discourse(), before) == after


def test_count_subject_rules_run_in_this_order() -> None:
    """A licence or an establishment named makes a generic count specific before the
    rules that only relabel it."""
    assert [r.__name__ for r in COUNT_SUBJECT_RULES] == [
        "establishments_in_the_plural",
        "carried_flow",
        "transit_fleet",
        "industrial_setting",
        "plots_in_an_estate",
        "units_of_several_sectors",
        "establishments_named_before",
        "units_counted_in_the_plural_before",
        "licence_issued_for",
        "classifier_refers_back",
        "investors_attracted",
        "companies_and_units",
        "projects_of_the_sector",
        "housing_schemes",
        "generic_establishments",
        "facility_holds_commodity",
        "served_sector",
        "dwellings_on_a_network",
        "loan_files",
        "plans_given_loans",
        "jobs_scheme_plans",
        "units_given_loans",
        "units_applying_for_loans",
        "goods_counted_sent_abroad",
        "goods_items_moved",
        "goods_made",
        "purchase_places",
        "parties_of_a_purchase",
        "goods_bought",
        "consignments_crossing",
        "containers_of_a_flow",
        "passengers_moved",
        "trips_hauling",
        "persons_made_self_supporting",
        "persons_counted_at_work",
        "households_living_off",
        "jobs_made_for_persons",
        "members_of_cooperatives",
        "jobs_by_case",
        "capacity_head_before",
        "lodging_beds",
        "size_as_an_adjective",
        "plots_of_greenhouses",
    ]


def test_a_licensed_generic_count_inherits_nothing() -> None:
    """«۵ مورد از آنها» after a count of mines inherits mining units, but a licence issued
    for it makes it a count of licences (generic no more), remembered as the last count."""
    state = Discourse()
    text = "استان ۴۰ معدن دارد و برای ۵ مورد از آنها کار استخراج آغاز شد."
    assert [count_subject(reading(text, i), state) for i in (0, 1)] == ["mining_units"] * 2
    state = Discourse()
    text = "استان ۴۰ معدن دارد و برای ۵ مورد از آنها پروانه بهره‌برداری صادر شد."
    assert count_subject(reading(text, 0), state) == "mining_units"
    assert count_subject(reading(text, 1), state) == "licences"
    assert state.last_count == (0, "licences")


def test_segment_start_is_after_the_last_comma() -> None:
    text = "صادرات، واردات, تولید ۲۰"
    assert segment_start(text, 0, len(text)) == text.index(",") + 1
    assert segment_start(text, 0, text.index("،")) == 0
