"""The default-subject rules: an ordered list of named rules applied, in order, to the
subject the cues gave an amount (not a count). Each takes the reading, the discourse
state and the subject so far, and returns the subject (the same one when it does not
apply). Order matters: the later rules (persons at work, power units) override, and the
last, 'sector_as_last_resort', fills what is still empty; counts run that one alone,
after their own list passes (``counts_by_last_resort``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set

from crawler.data import load
from crawler.extraction.figures.cues import (
    bare_unit,
    sector_in_clause,
    segment_start,
    subject_from,
)
from crawler.extraction.figures.model import (
    Discourse,
    Figure,
    Reading,
    acts_on,
    ignores,
    needs,
    rules_with_cues,
)
from crawler.extraction.figures.subject import (
    PER_RE,
    commodity_decides,
    destination_end,
    establishments_counted,
    find_subject,
    plain_sector,
    subject_before,
    topic,
)
from crawler.extraction.lexicon import (
    ALLOTTED_RE,
    ANAPHOR_BEFORE_RE,
    ANNEXATION_RE,
    ARRIVAL_RE,
    BANK_RE,
    BANK_REFERRAL_RE,
    BENEFIT_RE,
    BENEFIT_WORDS,
    BORDER_CROSSING_RE,
    BOUGHT_RE,
    BUILDING_RE,
    BUYER_PLACE_RE,
    BY_MEASURE_RE,
    CAME_IN_RE,
    CAPACITY_OF_SUBJECTS,
    CARRIER_TRAFFIC_RE,
    CHANGE_RE,
    COMMODITY_SUBJECTS,
    COMPARATIVE_AFTER_RE,
    CONDUIT_RE,
    CONTRACT_PURPOSE_RE,
    CONVOY_RE,
    COOPERATIVE_RE,
    COUNT_ANAPHOR_RE,
    CROP_GROWER_RE,
    CROP_PAYMENT_RE,
    CROP_PURCHASE_STEM,
    CURRENT_STORAGE_RE,
    DEBT_RE,
    DELIVERY_RE,
    DOMAIN_SUBJECTS,
    ENTRY_BEFORE_RE,
    ENTRY_PLACE_AFTER_RE,
    EQUATED_AFTER_SHARE_RE,
    EQUATED_WITH_SHARE_RE,
    EQUIVALENT_BEFORE_RE,
    ESTATE_AFTER_UNIT_RE,
    EXPORT_NOUN_RE,
    FARMLAND_AFTER_RE,
    FISHING_FLEET_RE,
    FLOWS_NOT_LAND,
    FOREST_AFTER_UNIT_RE,
    FROM_ABROAD_RE,
    FROM_COUNTRY_RE,
    FROM_STORE_RE,
    FULL_VOLUME_RE,
    FUND_WORD_RE,
    GENERATOR_RE,
    GENERIC_HEADS,
    GOODS_ANAPHOR_RE,
    GOODS_EXCHANGED_RE,
    GOODS_FLOW_RE,
    GOODS_FLOW_SUBJECTS,
    GOODS_MOVED_RE,
    GOODS_UNIT_WORD_RE,
    GOODS_UNITS,
    GOODS_WORD_RE,
    GROWER_CLAIM_RE,
    GROWER_CLAIM_WORDS,
    GROWER_PAYMENT_STOP_RE,
    GROWER_RE,
    HARVEST_STEMS,
    HELD_WATER_RE,
    HIRING_RE,
    HOME_OWNER_RE,
    HOSTED_RE,
    IMPORTED_GOODS_RE,
    IN_BUDGET_RE,
    IN_SERVICE_RE,
    INCOME_GROUP_RE,
    INDUSTRIAL_ESTATE_RE,
    INFLOW_AFTER_UNIT_RE,
    INFLOW_WINDOW,
    INTEREST_BEFORE_RE,
    INTO_PROVINCE_RE,
    INVESTED_RE,
    INVESTMENT_HEAD_AFTER_RE,
    ISSUED_DOCUMENT_RE,
    ISSUED_RE,
    KEPT_RE,
    LABOUR_FORCE_RE,
    LAND_GOODS_SECTOR,
    LAND_ONLY_SUBJECTS,
    LAND_PURPOSE_PHRASES,
    LAND_PURPOSE_RE,
    LAND_PURPOSE_WINDOW,
    LEFT_PLACE_RE,
    LENDER_AFTER_RE,
    LENGTH_OF_RE,
    LENGTH_UNITS,
    LICENCE_WORD_RE,
    LOAN_HEAD_RE,
    LOAN_RE,
    LOAN_SCHEME_RE,
    LOAN_SIZE_RE,
    LOAN_TERM_RE,
    LODGING_RE,
    MAKING_VERB_RE,
    MEANS_BEFORE_RE,
    MEMBER_RE,
    MONEY_ONLY_SUBJECTS,
    MONEY_UNITS,
    MORE_OF_THE_SAME_WORD,
    NEED_OF_A_WHOLE_AFTER_RE,
    NEED_RE,
    NETWORK_COVERAGE_RE,
    NETWORK_UTILITIES,
    NON_FARM_LAND_RE,
    NOT_FOR_PERSONS,
    NP_STOP_RE,
    OCCASION_RE,
    ORE_AFTER_UNIT_RE,
    ORE_AND_WASTE_RE,
    OUTSIDE_ECONOMY_AFTER_RE,
    OUTSIDE_ECONOMY_NOUNS,
    PAID_RE,
    PARTITIVE_BEFORE_RE,
    PASSENGER_MODE_RE,
    PASSENGER_MOVED_AFTER,
    PASSENGER_MOVED_BEFORE,
    PASSENGER_MOVED_STEMS,
    PASSENGER_NOUN,
    PASSENGER_NOUNS,
    PER_MEASURE_RE,
    PER_UNIT_PRICE_RE,
    PERSON_NIGHT_RE,
    PLANT_AFTER_POWER_RE,
    PORT_GOODS_SECTORS,
    PORT_HANDLING_RE,
    PORT_RE,
    POWER_DEMAND_RE,
    POWER_UNITS,
    PRICE_INDEX_RE,
    PRICE_WORD_RE,
    PRODUCTS_ANAPHOR_RE,
    PRODUCTS_RE,
    PUBLIC_FINANCE_MIN,
    PUBLIC_FINANCE_RATIO,
    PUBLIC_FUNDS_RE,
    PUBLIC_REVENUE_RE,
    PUBLIC_WORKS_RE,
    QUOTA_RE,
    RATED_POWER_UNITS,
    RATED_POWER_WORD_RE,
    RELATIVE_RE,
    RIVER_WORD_RE,
    ROAD_AFTER_UNIT_RE,
    ROAD_WORD_RE,
    SCHEME_RE,
    SECTOR_SUBJECTS,
    SECTOR_WORD_RE,
    SENT_ABROAD_RE,
    SETTING_UP_RE,
    SHARE_OF_ESTABLISHMENT_RE,
    SHARE_SUPPLIED_RE,
    SPENT_RE,
    STAPLE_CARGO_AFTER_RE,
    STATE_TRIP_RE,
    STOCK_OF_STORE_RE,
    STORE_NAMED_RE,
    STORE_PLACE_RE,
    SUBJECT_RE,
    SUPPLIED_FROM_OUTSIDE,
    SUPPLY_RE,
    SUPPLY_WORK_RE,
    TANK_RE,
    TAX_CONTEXT_RE,
    TRADE_SUBJECTS,
    TRAVELLER_DIRECTIONS,
    VALUE_OF_GOODS_RE,
    VALUE_OF_PROJECTS_RE,
    VERB_STOP_RE,
    VOLUME_RE,
    WASTE_AFTER_UNIT_RE,
    WASTE_WORDS,
    WITH_POPULATION_BEFORE_RE,
    WORK_RE,
    WORKS_ANAPHOR_RE,
    WORKS_PROGRESS_RE,
    WORKS_SECTORS,
    YIELD_AFTER_UNIT_RE,
    names_greenhouses,
    names_irrigation_system,
    names_land_after,
)
from crawler.extraction.persian import WB_R, words_re
from crawler.extraction.sentences import Span

Rule = Callable[[Reading, Discourse, str | None], str | None]
# a share or a multiple («۱.۳ درصد از مجموع اعتبارات», «۱.۷ برابر رشد»)
_SHARE_UNITS = frozenset({"percent", "times"})

# where the name of an item of a list starts: after a comma or the number before
_LIST_ITEM_SPLIT_RE = re.compile(r"[،,\d]")
# the end of a volume's unit: a cue right after it is that volume's noun phrase
_AFTER_VOLUME_UNIT_RE = re.compile(r"مکعبی?\s?$")


def income_group_is_no_revenue(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 31: «تسهیلات اشتغال برای مددجویان و پنج دهک پایین درآمدی ... ایجاد شده که در
    مجموع ۳۵۶ میلیارد تومان ...», «... ویژه اقشار کم‌درآمد»: people named by their income
    group ('income_group_words') are whom a scheme serves; the «درآمد» of that name is no
    revenue. When the cues gave revenue, they are read again with the income groups of the
    clause left out, so a real revenue cue still gives it and otherwise the clause's other
    cues decide (credit here), or the default rules after this one."""
    if subject != "revenue":
        return subject
    folded, clause = r.folded, r.clause
    groups = [m.span() for m in INCOME_GROUP_RE.finditer(folded, clause.start, clause.end)]
    if not groups:
        return subject
    parts, at = [], 0
    for a, b in groups:
        parts += [folded[at:a], " " * (b - a)]
        at = b
    masked = "".join([*parts, folded[at:]])
    announced = topic(masked, r.sent, clause)
    return find_subject(masked, clause, r.num.start, r.unit, r.unit_end, announced)


def continued_statement(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«... دو برابر شده و به ۴۵۰۰ هکتار رسیده است»: a statement with no cue continues
    the one before it in the sentence, when nothing after the unit names what is
    measured («۱۲ هزار نفر صیاد» is its own thing)."""
    if subject is not None:
        return subject
    wide = r.doc.clause_at(r.sent, r.num.start, statements=False)
    if wide.start < r.clause.start and bare_unit(r.folded, r.unit_end, r.clause.end):
        announced = topic(r.folded, r.sent, r.clause)
        return find_subject(
            r.folded, Span(wide.start, r.clause.end), r.num.start, r.unit, r.unit_end, announced
        )
    return subject


_RANGE_TO_RE = re.compile(r"\sاز\s[^،.:؛]*\sبه\s*$")


def range_end_of_previous(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 35: «از ۲ هزار و ۵۰۰ تن به ۷ هزار و ۵۰۰ تن دانه‌های روغنی رسیدیم», «از ۱۲
    درصد به ۱۸ درصد»: the amount after «به» that ends a change from the amount before it
    (same unit, same sentence, «از ... به» with no comma between) measures what that
    amount measured, though the goods named after it would give their sector."""
    if subject is not None or state.last_amount_si != r.si or state.last_amount_unit != r.unit:
        return subject
    if not state.last_amount_subject:
        return subject
    lo = max(r.sent.start, r.num.start - 80)
    if "به" not in r.folded[r.num.start - 5 : r.num.start]:  # cheap guard before the regex
        return subject
    if _RANGE_TO_RE.search(r.folded[lo : r.num.start]) is None:
        return subject
    return state.last_amount_subject


def more_of_the_same(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «۳۲۷ هکتار زمین برای احداث نیروگاه خورشیدی ... . همچنین ۵۳ هکتار دیگر در
    مراحل استعلام قرار دارد», «۳۴ هزار هکتار آن به بار نشسته، ۵ هزار هکتار دیگر ...»: an
    amount with no subject whose unit is followed by «دیگر» ('more_of_the_same_word') and
    nothing else before the clause's end names it is more of what the latest amount in the
    same unit, in its sentence or the one before, measured (dev gold: 20 of 23 figures
    «N unit دیگر» with an earlier figure in that unit share its subject)."""
    if subject is not None or r.unit == "count":
        return subject
    at = r.unit_end
    while at < len(r.folded) and r.folded[at] == " ":
        at += 1
    if not r.folded.startswith(MORE_OF_THE_SAME_WORD, at):
        return subject
    last = state.last_in_unit.get(r.unit)
    if last is None or last[1] is None or not 0 <= r.si - last[0] <= 1:
        return subject
    if not bare_unit(r.folded, at + len(MORE_OF_THE_SAME_WORD), r.clause.end):
        return subject  # «۵ هزار تن دیگر گندم»: the words after name it
    return last[1]


@acts_on("percent")
def part_of_previous(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۶۲ همت تسهیلات ... که ۴۰ درصد آن پرداخت شده»: a part of what came before, unless
    the words after say where it went («۷۰ درصد آن ... صادر شود»)."""
    if not (r.part_of and state.last_subject):
        return subject
    later = subject_from(r.folded, r.unit_end, r.clause.end, allow_growth=False, last=False)
    return (later if later in TRADE_SUBJECTS else None) or state.last_subject or later


@acts_on(MONEY_UNITS)
def money_part_of_previous(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۳۰۰ میلیارد تومان اعتبار ... اختصاص یافته که ۱۲۰ میلیارد تومان آن در بخش روستایی
    جذب شده»: money with a pronoun right after its unit is a part of the latest amount,
    and is what that amount was, whatever sector the part went to, unless the words after
    say where it went as a flow of goods («۷۱ میلیون دلار آن از گمرک همدان صادر شده»)."""
    if r.unit not in MONEY_UNITS or not (r.anaphor_after and state.last_amount_subject):
        return subject
    later = subject_from(r.folded, r.unit_end, r.clause.end, allow_growth=False, last=False)
    return later if later in TRADE_SUBJECTS else state.last_amount_subject


@acts_on(MONEY_UNITS)
def partitive_of_previous(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«... ۵۲۲۰ میلیارد تومان عوارض ... . از کل این مبلغ، ۱۵۵۰ میلیارد تومان به حساب
    شهرداری واریز شده تا صرف پروژه‌ها شود»: a part of the latest amount is what that amount
    was, whatever its use after the number, unless the phrase after its unit names it."""
    if r.unit not in MONEY_UNITS or not state.last_amount_subject:
        return subject
    if r.np_subject():
        return subject  # «از این مبلغ ۱۱۸ میلیون دلار سهم صادرات»: the part names itself
    part = PARTITIVE_BEFORE_RE.search(r.folded, r.sent.start, r.num.start)
    if part is None:
        return subject
    if COUNT_ANAPHOR_RE.search(r.folded, part.start(), part.end()):
        # «از این تعداد ۱۶۲ طرح با اعتبار ۷۵ میلیارد تومان ...»: a part of a count, and the
        # money is what that part of the count holds, not a part of an earlier amount
        return subject
    return state.last_amount_subject


def anaphor_antecedent(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«این رقم ... ۲۷ درصد رشد», «از این تعداد ...»: a figure with no subject (or only
    «رشد») that refers back takes its antecedent's; «این تعداد» points at a count,
    «این رقم/مبلغ» at an amount."""
    if (r.part_of and state.last_subject) or subject not in (None, "growth", *GENERIC_HEADS):
        return subject
    folded, sent = r.folded, r.sent
    refers = r.anaphor or (
        ANAPHOR_BEFORE_RE.search(folded, sent.start, r.num.start) is not None
        and bare_unit(folded, r.unit_end, r.clause.end)
    )
    if not refers:
        return subject
    counted = COUNT_ANAPHOR_RE.search(folded, sent.start, r.num.start)
    antecedent = state.last_subject if counted else state.last_amount_subject
    if subject in GENERIC_HEADS:  # «این میزان تولید» after «تولید برق»: the domain stays
        return antecedent if antecedent in DOMAIN_SUBJECTS else subject
    return antecedent or state.last_subject or subject


@acts_on("percent")
def change_of_previous(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۱۹ هزار مگاوات ساعت بوده که نسبت به مدت مشابه ۱۲ درصد رشد نشان می‌دهد»: a change
    in percent with no subject of its own (or only «رشد») is the change of the amount
    before it in the same sentence; with no amount before it there, of the count before it
    in its clause («۵۵ واحد صنعتی به بهره برداری رسیده که ... ۱۲ درصد رشد داشته»:
    industrial units; not «۲۵ هزار خودرو عبور می‌کنند و ... زمان سفر ۳۰ درصد کاهش»). A
    comparative right after the percentage («... که ۳۴ درصد بیشتر از سال قبل است», round 34)
    marks a change as a change word does."""
    if r.unit != "percent" or subject not in (None, "growth"):
        return subject
    if state.last_amount_si == r.si:
        antecedent = state.last_amount_subject
    elif state.last_count is not None and r.clause.start <= state.last_count_at < r.num.start:
        antecedent = state.last_count[1]
    else:
        return subject
    lo, hi = max(r.clause.start, r.num.start - 20), min(r.clause.end, r.unit_end + 30)
    # round 34: «... ۱۳۶ میلیون دلار بوده که ۳۴ درصد بیشتر از سال قبل است»: a comparative
    # right after the percentage compares the amount before it (dev gold 21 of 22)
    if not CHANGE_RE.search(r.folded, lo, hi) and not COMPARATIVE_AFTER_RE.match(
        r.folded, r.unit_end
    ):
        return subject
    return antecedent or subject


@acts_on("percent")
def change_of_the_amount_referred_to(
    r: Reading, state: Discourse, subject: str | None
) -> str | None:
    """Round 40: «تولید شلتوک در شالیزارهای استان به ۱.۴ میلیون تن برسد که این مقدار نسبت
    به سال گذشته ۱۵ درصد بیشتر است»: a change in percent whose clause refers back to the
    amount before it in the sentence («این مقدار», «این رقم») and names no cue of its own
    between the anaphor and the number or right after its unit is that amount's change: the
    amount's subject, not a cue read from an earlier clause that the amount itself had
    overruled (here the paddies' cultivation, where the tonnage is production)."""
    if subject in (None, "growth") or state.last_amount_si != r.si:
        return subject
    antecedent = state.last_amount_subject
    if antecedent is None or antecedent == subject:
        return subject
    folded, lo = r.folded, r.clause.start
    refers = ANAPHOR_BEFORE_RE.search(folded, lo, r.num.start)
    if refers is None:
        return subject
    if SUBJECT_RE.search(folded, refers.end(), r.num.start) or r.np_subject(part=True):
        return subject  # a cue of its own between the anaphor and the number
    hi = min(r.clause.end, r.unit_end + 30)
    if not CHANGE_RE.search(folded, lo, hi) and not COMPARATIVE_AFTER_RE.match(folded, r.unit_end):
        return subject
    return antecedent


def fitting_cue(r: Reading, skip: frozenset[str], after: bool = True) -> str | None:
    """The label of the cue of the figure's clause nearest before the number that is not
    in ``skip``, else (when ``after``) of the first such cue after its unit («۲ میلیون متر
    مکعب شن و ماسه برای پروژه‌های عمرانی برداشت شد»: the verb after it), else None: what a
    figure is when the cue first found is one it cannot take."""
    before: str | None = None
    for m in SUBJECT_RE.finditer(r.folded, r.clause.start, r.clause.end):
        label = m.lastgroup
        if label in skip or label == "growth":
            continue
        if m.end() <= r.num.start:
            before = label
        elif m.start() >= r.unit_end:
            return before or (label if after else None)
    return before


@acts_on(GOODS_UNITS)
def goods_are_not_money(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«صادرات ... از میزان درآمد گمرکات ... به ۴۳ میلیون تن رسید»: tonnes, litres or cubic
    metres of goods are never revenue, tax, a budget, credit, an investment or a price; the
    nearest cue before the number that can measure goods decides, else the first one after
    it in the clause («۷۷۰ هزار تن گندم به قیمت تضمینی به دولت فروختند»: the verb says
    purchases, the price is what they were sold at), else (later) the sector."""
    if r.unit not in GOODS_UNITS or subject not in MONEY_ONLY_SUBJECTS:
        return subject
    return fitting_cue(r, MONEY_ONLY_SUBJECTS)


@acts_on(MONEY_UNITS)
def value_of_goods(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۴۳ میلیون تن به ارزش ۱۲ میلیارد دلار»: money given as the value of a quantity of
    goods just named measures the same thing (exports, imports, production ...), unless a
    cue of its own names what goods can be («... به ارزش ۲۶۵۰ میلیارد تومان خریداری شده»)."""
    if r.unit not in MONEY_UNITS or state.last_amount_si != r.si or not state.last_amount_subject:
        return subject
    if subject is not None and subject not in MONEY_ONLY_SUBJECTS:
        return subject
    lo = max(r.clause.start, r.start - 45)
    value = VALUE_OF_GOODS_RE.search(r.folded, lo, r.start)
    if value is None or not GOODS_UNIT_WORD_RE.search(r.folded, lo, value.start()):
        return subject
    return state.last_amount_subject


@acts_on("percent")
def by_measure(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«... به ۴۳ میلیون تن به ارزش ۱۲ میلیارد دلار رسید که از لحاظ وزنی ۳۵ درصد و از لحاظ
    ارزشی پنج درصد افزایش داشته»: a percentage by weight or by value is the change of the
    amounts just given."""
    if r.unit != "percent" or state.last_amount_si != r.si or not state.last_amount_subject:
        return subject
    if BY_MEASURE_RE.search(r.folded, max(r.sent.start, r.start - 20), r.start):
        return state.last_amount_subject
    return subject


@acts_on("person")
def cooperative_members(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«بیش از ۱.۶ میلیون نفر عضو تعاونی‌ها هستند», «۱۲۰۰ نفر به عضویت شرکت‌های تعاونی
    درآمده‌اند»: persons who are members of cooperatives are cooperatives; so are members
    of cooperatives named before them as their owner (round 22: «این تعاونی‌ها دارای ۱۰۵۳
    نفر عضو ...», «اتحادیه تعاونی‌های صیادی ۳۲۰۰ نفر عضو دارد»), whatever jobs the clause
    also counts."""
    if r.unit != "person":
        return subject
    member = MEMBER_RE.search(r.folded, r.unit_end, min(r.clause.end, r.unit_end + 25))
    if member is None:
        return subject
    if COOPERATIVE_RE.search(r.folded, member.end(), r.clause.end) or COOPERATIVE_RE.search(
        r.folded, r.clause.start, r.num.start
    ):
        return "cooperatives"
    return subject


def _counted_by_direction(r: Reading) -> bool:
    """Round 39: travellers counted by direction before the number, in its clause
    («تعداد مسافران ورودی از مرزهای ... ۲ میلیون نفر»: 'traveller_directions'): arrivals or
    departures, tourism (the lead's Round 27 ruling; dev gold 3 of 3), not a carrier's
    or a border terminal's traffic."""
    return any(r.folded.find(w, r.clause.start, r.num.start) >= 0 for w in TRAVELLER_DIRECTIONS)


@acts_on("person", "percent")
def passengers_carried(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«سالانه ۱۴ میلیون نفر معادل ۴۲ درصد مسافران شبکه ریلی کشور ...», «سه کاروان با
    مجموع ظرفیت ۱۲۰ نفر ... با قطار مشهد- اهواز اعزام می‌شوند»: passengers (or the persons a
    convoy holds) in a clause that names the means of travel (the rail network, a train, a
    flight) are transport: the means is the point; passengers named before the number
    («مسافر خارجی که به مشهد آمده ... ۷۳۰ هزار نفر») and persons who came to a place as
    visitors («... به مشهد مشرف شده اند») stay tourism ('visitors_arrived', after this rule)."""
    if r.unit not in ("person", "percent") or subject not in (None, "tourism", "capacity"):
        return subject
    lo, hi = r.clause.start, r.clause.end
    if not PASSENGER_MODE_RE.search(r.folded, lo, hi):
        return subject
    if r.unit == "person" and _counted_by_direction(r):
        return subject  # «مسافران ورودی از ... فرودگاه اهواز ... ۲ میلیون نفر»: arrivals
    after = r.folded[r.unit_end : hi]  # (sliced once, not once per noun)
    passengers = any(noun in after for noun in PASSENGER_NOUNS)  # «مسافران»
    if passengers or subject == "capacity" and CONVOY_RE.search(r.folded, lo, r.num.start):
        return "transport"
    return subject


@acts_on(_SHARE_UNITS)
def establishments_multiplied(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«رشد ۱۲ برابری تعداد معادن استان», «تعداد واحدهای صنعتی فعال ۲۰ درصد افزایش یافت»: a
    multiple or a share of the number of establishments counts those establishments; so
    does a share whose noun right after the unit is an establishment noun (round 21: «۸۵
    شهرک فعال است که ۱۰ درصد شهرک‌های کشور است», «۳۰ درصد از معادن استان»)."""
    if r.unit not in _SHARE_UNITS:
        return subject
    counted = establishments_counted(r)
    if counted is None and (subject is None or subject in SECTOR_SUBJECTS):
        named = SHARE_OF_ESTABLISHMENT_RE.match(r.folded, r.unit_end)
        counted = named.lastgroup if named else None
    return counted or establishments_named_after_a_measure(r, subject)


# measures a cue before a share reads off a clause about what the establishments do
_ESTABLISHMENT_SHARE_OVER = frozenset({"production", "reserves"})


def establishments_named_after_a_measure(r: Reading, subject: str | None) -> str | None:
    """Round 42b: «استخراج سالیانه از معادن ... بیش از ۱.۴ میلیون تن است که حدود ۲۱ درصد
    معادن استان را سنگ‌های تزیینی شامل می‌شوند»: a share whose noun right after the unit is
    an establishment noun is a share of those establishments, though a measure of what they
    do (output, reserves) was read from the clause before the number: the noun the share
    heads decides, as it does over a sector (``establishments_multiplied``)."""
    if r.unit != "percent" or subject not in _ESTABLISHMENT_SHARE_OVER:
        return subject
    named = SHARE_OF_ESTABLISHMENT_RE.match(r.folded, r.unit_end)
    return named.lastgroup if named else subject


# how far the noun phrase of a conduit may name what it carries («خط انتقال آب شرب»)
_CONDUIT_NP = 40


@acts_on(LENGTH_UNITS)
def conduit_carries(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«اجرای ۲۸ کیلومتر خطوط انتقال و ۱۴ کیلومتر شبکه داخلی» in a water-supply scheme,
    «۹۰۰ کیلومتر عملیات خط لوله» for rural water, «۹ کیلومتر خط انتقال لوله فولادی»,
    «خط انتقال به طول ۲۰ کیلومتر» ('length_of_words'): a length whose noun phrase is a
    line or a pipe ('conduit_words') measures the network of
    the commodity it carries: the one its noun phrase names («خط انتقال برق»), else the
    first supply word of its sentence (the scheme it belongs to: «این طرح آبرسانی شامل
    ... نصب دو ترانس برق، اجرای ۲۸ کیلومتر خطوط انتقال»), else the article's sector when
    it is a commodity; not the pipe's material, a capacity or the pipes bought."""
    if r.unit not in LENGTH_UNITS:
        return subject
    m = CONDUIT_RE.match(r.folded, r.unit_end + 1)
    if m is not None:
        stop = NP_STOP_RE.search(r.folded, m.end(), m.end() + _CONDUIT_NP)
        np_end = min(stop.start() if stop else m.end() + _CONDUIT_NP, r.sent.end)
    else:  # «اجرای خط انتقال به طول ۲۰ کیلومتر»
        lo = max(r.sent.start, r.start - _CONDUIT_NP)
        length_of = LENGTH_OF_RE.search(r.folded, lo, r.start)
        conduits = list(CONDUIT_RE.finditer(r.folded, lo, length_of.start())) if length_of else []
        if not conduits:
            return subject
        m, np_end = conduits[-1], length_of.start()
    for found in (
        SUPPLY_RE.search(r.folded, m.end(), np_end),
        SECTOR_WORD_RE.search(r.folded, m.end(), np_end),
        SUPPLY_RE.search(r.folded, r.sent.start, r.sent.end),
    ):
        if found and found.lastgroup in COMMODITY_SUBJECTS:
            return found.lastgroup
    article = plain_sector(r.folded, state)
    return article if article in COMMODITY_SUBJECTS else subject


@acts_on(GOODS_UNITS)
def crops_delivered(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۳۰ هزار تن ذرت دانه‌ای ... به سیلوهای استان تحویل شد», «کارخانه‌های قند ... ۳۰۰
    هزار تن چغندر از کشاورزان تحویل گرفتند»: farm goods a delivery verb after the number
    says were handed to a buyer ('buyer_places' in the clause) were bought: purchases."""
    if r.unit not in GOODS_UNITS or subject not in (None, "agriculture"):
        return subject
    if DELIVERY_RE.search(r.folded, r.unit_end, r.clause.end) is None:
        return subject
    if BUYER_PLACE_RE.search(r.folded, r.clause.start, r.clause.end) is None:
        return subject
    return "purchases"


@acts_on(MONEY_UNITS)
def crop_paid_for(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۹۰ میلیارد تومان دیگر از بهای برگ سبز چای به حساب چایکاران واریز شد»: the price
    of a crop paid ('crop_payment_words') to its growers ('grower_words') is the purchase
    paid, not a price per unit; money paid to farmers with no price named («۱۲۰ میلیارد
    ریال به کشاورزان پرداخت شد») may be aid or loans and is left alone. Money for one unit
    of measure («برای خرید هر کیلوگرم گندم ۲ هزار تومان به کشاورزان پرداخت می‌شود») is
    the price paid per unit, not the purchase (``_per_measure_before``)."""
    if subject != "price" or r.unit not in MONEY_UNITS or _per_measure_before(r):
        return subject
    lo, hi = r.clause.start, r.clause.end
    if CROP_PAYMENT_RE.search(r.folded, lo, hi) and GROWER_RE.search(r.folded, lo, hi):
        return "purchases"
    return subject


_CLAIMED_OVER = frozenset({None, "revenue", "price", "agriculture"})


@acts_on(MONEY_UNITS, "percent")
@needs(*GROWER_CLAIM_WORDS, sentence=True)
def growers_claims(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 38: «مطالبات کامل ۹۵ درصد از کشاورزان گندمکار پرداخت شد», «کل مطالبات
    چایکاران ... بابت فروش ۷۸ هزار تن برگ سبز چای، ۱۶۴ میلیارد تومان بود»: money or a
    share in a sentence that names the growers' claims ('grower_claim_words' and
    'grower_words') is what the buyer owes or paid for the crop: purchases (dev gold: all
    such figures), not the sale's revenue, a price or the farming sector; money for one
    unit of measure («قیمت خرید هر کیلوگرم گندم ...») stays a price."""
    if subject not in _CLAIMED_OVER or (r.unit not in MONEY_UNITS and r.unit != "percent"):
        return subject
    if subject == "price" and _per_measure_before(r):
        return subject  # «قیمت خرید هر کیلوگرم گندم ... ۱۹ هزار تومان»: still a price
    lo, hi = r.sent.start, r.sent.end
    if GROWER_CLAIM_RE.search(r.folded, lo, hi) and GROWER_RE.search(r.folded, lo, hi):
        return "purchases"
    return subject


def facility_commodity(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """See ``commodity_decides``: a well or a pipeline of oil and gas is no water."""
    return commodity_decides(r, subject)


_PAID_OVER = frozenset({None, "agriculture", "revenue", "production", "trade"})


@acts_on(MONEY_UNITS, "percent")
@needs("پرداخت", "واریز", sentence=False)
def money_paid_to_growers(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «از واریز بیش از ۱۸۰۰ میلیارد تومان به حساب گندمکاران استان خبر داد»,
    «۳۲۸۰ میلیارد ریال به گندم کاران پرداخت شده است»: money whose clause pays
    ('crop_payment_words') growers named by their crop ('crop_grower_words'), or farmers
    ('grower_words') in a sentence that speaks of buying ('crop_purchase_stem'), is what
    the buyer paid for their crop: purchases (dev gold: 31 of 36 money figures in a
    sentence naming growers and a payment; the rest a price per unit, a loan and an
    insurance premium), not the farming sector nor a revenue. Money for one unit of
    measure stays a price (``_per_measure_before``); insurance, damages, loans and aid
    ('grower_payment_stops' in the clause) are no purchase. Round 42: a percentage so
    paid («مبلغ ... به ۹۵ درصد از گندمکاران پرداخت شده») is the part of the growers or of
    their money paid: purchases too (dev gold: 16 of 16 percentages in a sentence naming
    growers and a payment), also when the buyer's name («غله و خدمات بازرگانی») gave it
    trade."""
    if subject not in _PAID_OVER or (r.unit not in MONEY_UNITS and r.unit != "percent"):
        return subject
    lo, hi = r.clause.start, r.clause.end
    if CROP_PAYMENT_RE.search(r.folded, lo, hi) is None:
        return subject
    if CROP_GROWER_RE.search(r.folded, lo, hi) is None:
        # farmers in general («به کشاورزان پرداخت شد») may be paid aid or loans: only
        # when the sentence speaks of buying («خرید», «خریداری») is it their crop's price
        if GROWER_RE.search(r.folded, lo, hi) is None:
            return subject
        if r.folded.find(CROP_PURCHASE_STEM, r.sent.start, r.sent.end) < 0:
            return subject
    if GROWER_PAYMENT_STOP_RE.search(r.folded, lo, hi) or _per_measure_before(r):
        return subject
    return "purchases"


@acts_on("person")
def persons_hosted(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«مراکز اقامتی استان میزبان ۱۹۵ هزار نفر بوده‌اند», «اسکان ۴۰ هزار نفر»: persons
    hosted or accommodated are tourism."""
    if r.unit == "person" and subject is None:
        if HOSTED_RE.search(r.folded, r.clause.start, r.clause.end):
            return "tourism"
    return subject


@acts_on("person")
def visitors_arrived(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۱۴۴ هزار نفر از طریق فرودگاه، ۲۳۳ هزار نفر از طریق راه آهن ... به مشهد مشرف شده
    اند», «۹۰ هزار نفر با قطار به استان سفر کردند»: persons whose sentence says they came
    to a place as visitors or pilgrims are tourism; the means of travel named is not the
    subject (persons moved, «جابجا شدند», stay transport)."""
    if r.unit == "person" and subject in (None, "transport"):
        if ARRIVAL_RE.search(r.folded, r.unit_end, r.sent.end):
            return "tourism"
    return subject


def _passengers_moved(folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` names passengers moved: a 'passengers_moved' stem just
    before the passenger noun («جابجایی ... مسافر») or shortly after it («مسافران جابه‌جا
    شده»)."""
    at = folded.find(PASSENGER_NOUN, lo, hi)
    while at >= 0:
        near_lo, near_hi = max(lo, at - PASSENGER_MOVED_BEFORE), min(hi, at + PASSENGER_MOVED_AFTER)
        if any(folded.find(stem, near_lo, near_hi) >= 0 for stem in PASSENGER_MOVED_STEMS):
            return True
        at = folded.find(PASSENGER_NOUN, at + len(PASSENGER_NOUN), hi)
    return False


@acts_on("person")
@needs(*PASSENGER_MOVED_STEMS, sentence=True)
def passengers_moved_are_transport(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «مجموع مسافران جابه‌جا شده به جزایر استان ۱.۵ میلیون نفر بوده است», «با بیان
    اینکه جابجایی مسافران ... افزایش یافته، گفت: ۸۹ هزار نفر در مسیر داخلی ... سفر کردند»:
    persons in a sentence that speaks of passengers moved ('passengers_moved') are a
    carrier's traffic: transport (the lead's Round 27 ruling; dev gold: 13 of 14 persons
    in a sentence naming passengers moved, where no occupation said otherwise), not the
    tourism their noun names, also when a travel verb follows («... سفر کردند»:
    ``visitors_arrived`` read them as visitors)."""
    if r.unit != "person" or subject not in (None, "tourism"):
        return subject
    if not _passengers_moved(r.folded, r.sent.start, r.sent.end):
        return subject
    return "transport"


@acts_on("person")
def person_nights_are_tourism(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۹۵۰ هزار نفر شب ظرفیت اسکان زائران آماده شد», «۳ میلیون نفر شب اقامت ثبت شد»
    (round 21): persons counted in person-nights measure the lodging of travellers, so
    they are tourism even when a capacity word follows the unit (a capacity stated before
    the number, «ظرفیت اسکان ... ۲۸۰ هزار نفر», is read by 'capacity_heads_phrase')."""
    if r.unit != "person" or subject not in (None, "capacity"):
        return subject
    if "شب" not in r.folded[r.num.end : r.unit_end]:
        return subject  # cheap guard: no night in the unit
    return "tourism" if PERSON_NIGHT_RE.search(r.folded, r.num.end, r.unit_end + 1) else subject


# Round 31: registration and eligibility words, and the housing scheme named before them
_HOUSING_APPLICANTS = load("subject_cues.json")["housing_applicants"]
_APPLICANT_RE = words_re(_HOUSING_APPLICANTS["words"])
_HOUSING_SCHEME_WORDS = tuple(_HOUSING_APPLICANTS["schemes"])


@acts_on("person")
def housing_applicants(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«تا روز پنجم ثبت نام بیش از ۸۹ هزار نفر ثبت‌نام کرده‌اند», «حدود ۱۵ هزار نفر واجد
    شرایط شدند» after a housing scheme was named: persons registered, applying or found
    eligible, with no subject of their own, are the scheme's applicants: housing."""
    if r.unit != "person" or subject is not None:
        return subject
    if not any(r.folded.find(w, 0, r.start) >= 0 for w in _HOUSING_SCHEME_WORDS):
        return subject  # the cheap test: no housing named before the number
    if _APPLICANT_RE.search(r.folded, r.clause.start, r.clause.end) is None:
        return subject
    return "housing"


@acts_on("person")
def persons_entering_a_place(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«ورود بیش از ۸۹۰ هزار نفر به استان را نشان می‌دهد», «ورود ۶۰۰ هزار نفر به استان گیلان
    ثبت شد» (round 21): persons whose entry into a province, town or island is counted are
    travellers: tourism; an entry into anything else («ورود ۵۰۰ نفر به بازار کار») is not."""
    if r.unit != "person" or subject is not None:
        return subject
    if "ورود" not in r.folded[max(0, r.start - 20) : r.start]:
        return subject  # cheap guard: no entry word before the number
    before = ENTRY_BEFORE_RE.search(r.folded, max(r.sent.start, r.start - 20), r.start)
    if before and ENTRY_PLACE_AFTER_RE.match(r.folded, r.unit_end):
        return "tourism"
    return subject


@needs("وارد", "خارج")
@acts_on("person")
def persons_who_came_in(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«از بیست و هشتم اسفند تا پانزدهم فروردین ۴ میلیون و ۳۸۳ هزار نفر وارد این استان
    شدند», «۴۲ هزار نفر از سراسر کشور وارد اردبیل شده‌اند» (round 33): persons with nothing
    else said of them whose clause says they came into a place («وارد ... شدند») are
    travellers: tourism, as their entry counted is (dev gold: 18 of 18 persons said to come
    in are tourism). Coming into a market, a cycle or a stage ('not_into' in
    'came_in_words': «۵۰۰ نفر وارد بازار کار شدند») is not travel."""
    if r.unit != "person" or subject is not None:
        return subject
    after = r.folded[r.unit_end : r.clause.end]
    if "وارد" in after and CAME_IN_RE.search(r.folded, r.unit_end, r.clause.end):
        return "tourism"
    # round 38: travellers who left the place («... نفر هم از گیلان خارج شدند»; dev gold 2
    # of 2), not persons out of a cycle of aid or a list ('not_out_of')
    if "خارج" in after and LEFT_PLACE_RE.search(r.folded, r.unit_end, r.clause.end):
        return "tourism"
    return subject


@needs("مرز", "گذرگاه", sentence=True)
@acts_on("person", "percent")
def border_passengers(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 26: «میانگین تردد روزانه مسافر از این مرز ۳۷۰۰ نفر بوده», «روزانه ۶۰۰ نفر
    مسافر از این مرز تردد می‌کنند»: persons counted in a clause about the traffic of people
    ('carrier_traffic') through a border ('border_crossings' in the sentence) are the
    passengers a border terminal moves: transport (the lead's Round 9 ruling), though
    their noun (travellers, pilgrims) names tourism; so is a percentage of that traffic
    (its change: «... و از کاهش ۲۰ درصدی برخوردار است», a traffic word before it in its
    sentence); traffic to a place with no border («تردد مسافر به جزایر ...») stays with the
    rules before."""
    if r.unit not in ("person", "percent") or subject not in (None, "tourism"):
        return subject
    if (
        "مرز" not in r.folded[r.sent.start : r.sent.end]
        and "گذرگاه" not in r.folded[r.sent.start : r.sent.end]
    ):
        return subject  # cheap guard: no border word in the sentence
    lo, hi = (r.clause.start, r.clause.end) if r.unit == "person" else (r.sent.start, r.start)
    if CARRIER_TRAFFIC_RE.search(r.folded, lo, hi) is None:
        return subject
    if BORDER_CROSSING_RE.search(r.folded, r.sent.start, r.sent.end) is None:
        return subject
    if r.unit == "person" and _counted_by_direction(r):
        return subject  # «مسافران ورودی از مرزهای ...»: arrivals and departures (Round 27)
    return "transport"


def public_revenue_is_budget(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«درآمد پیش بینی شده برای کل کشور ... ۷۷۵ هزار میلیارد ریال», «درآمدهای عمومی استان
    ... ۹۱۲ میلیارد تومان»: the revenue the government plans or collects is its budget;
    so is a duty the clause places in the budget before the number («در بودجه سال ۱۴۰۴
    پیش‌بینی شده ۹۵۰ میلیارد تومان حقوق دولتی ... وصول شود»)."""
    if subject == "revenue" and PUBLIC_REVENUE_RE.search(r.folded, r.clause.start, r.clause.end):
        return "budget"
    if subject in ("tax", "revenue") and IN_BUDGET_RE.search(r.folded, r.clause.start, r.num.start):
        return "budget"
    return subject


# «متر مکعبی»: the unit written as an adjective, the size of the noun before the number
_ADJECTIVE_UNIT_RE = re.compile(r"ی(?![\w])")


@acts_on(MONEY_UNITS)
def money_measure_heads_amount(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«درآمدزایی ۲۳۰ میلیارد ریالی تولید این محصول», «سرمایه گذاری ۴۰۰ میلیارد تومانی
    تولید لوله», «درآمد ۵۰ میلیارد تومانی صادرات فرش»: money written as an adjective (the
    unit with «ی») describes the noun right before the number; when that noun is a money
    measure (revenue, investment, credit, budget, tax, price) it is what the money is, and
    the sector or flow after the unit is only that measure's complement."""
    if r.unit not in MONEY_UNITS or subject in MONEY_ONLY_SUBJECTS:
        return subject
    end = r.unit_end
    if not (_ADJECTIVE_UNIT_RE.match(r.folded, end) or _ADJECTIVE_UNIT_RE.match(r.folded, end - 1)):
        return subject
    lo = max(r.clause.start, r.num.start - 24)
    cues = list(SUBJECT_RE.finditer(r.folded, lo, r.num.start))
    if not cues or cues[-1].lastgroup not in MONEY_ONLY_SUBJECTS:
        return subject
    return cues[-1].lastgroup if not r.folded[cues[-1].end() : r.num.start].strip() else subject


def customs_revenue_is_tax(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«درآمد وصولی این گمرک ... ۱۸ درصد افزایش», «۸۵ درصد درآمدها از محل مالیات»: revenue in
    a clause about customs or taxes is the duties and taxes collected."""
    if subject == "revenue" and TAX_CONTEXT_RE.search(r.folded, r.clause.start, r.clause.end):
        return "tax"
    return subject


# what an item of a price list may have been read as: nothing, the deal, the flow its verb names
_LISTED_OVER = frozenset({None, "purchases", "revenue", "exports", "imports", "transit"})


@acts_on(MONEY_UNITS)
def price_list_continues(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«هر کیلو برنج خزر ۱۷۲۰ تومان. سفید رود ۱۵۱۰ تومان، ندا ۱۲۸۰ تومان ... خریداری
    می‌شود»: money with no cue before it, right after a price (in its sentence or the one
    before), is the next item of the price list, whatever verb closes the list; an item
    is named in two words at most; a flow of goods the closing verb names («... ۳۷ میلیون
    تومان، نگین ۴۷ میلیون تومان است که باید صادر شود») is that verb, not the item's."""
    if r.unit not in MONEY_UNITS or subject not in _LISTED_OVER:
        return subject
    if state.last_amount_subject != "price" or state.last_amount_si not in (r.si, r.si - 1):
        return subject
    if SUBJECT_RE.search(r.folded, r.clause.start, r.num.start):
        return subject
    if not _list_item(r):
        return subject  # «دامداران استان هم اکنون ... طلب دارند»: no item of a list
    return "price"


def _list_item(r: Reading) -> bool:
    """Whether the words right before the money name an item of a list: two words at most
    after the comma, the number or the «و» before them («سیب قرمز ۳ هزار تومان»)."""
    item = _LIST_ITEM_SPLIT_RE.split(r.folded[r.clause.start : r.start])[-1].split()
    if "و" in item:  # «... ۱۲۸۰ تومان و برنج آمل ۱۰۷۰ تومان»
        item = item[len(item) - item[::-1].index("و") :]
    return len(item) <= 2


@acts_on(MONEY_UNITS)
def price_list_announced(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«قیمت انواع میوه در میدان تره بار را به شرح زیر اعلام کرد: سیب زرد ۴ هزار تومان،
    انار ۳ هزار تومان ...», «نرخ مصالح: سیمان ...»: money with no cue of its own, named as
    an item of a list that a colon opens after a price word (in its sentence or ending the
    one before), is a price, not the sector of the goods listed."""
    if r.unit not in MONEY_UNITS or not (subject is None or subject in SECTOR_SUBJECTS):
        return subject
    folded = r.folded
    lo = r.doc.sents[r.si - 1].start if r.si > 0 else r.sent.start
    colon = folded.rfind(":", lo, r.num.start)
    if colon < 0 or not PRICE_WORD_RE.search(folded, lo, colon):
        return subject
    if colon < r.sent.start and folded[colon + 1 : r.sent.start].strip():
        return subject  # the colon is not the end of the sentence before
    if SUBJECT_RE.search(folded, max(colon, r.clause.start), r.num.start) or not _list_item(r):
        return subject
    return "price"


# the flows a list of money items may go on («سهم صادرات مربوط به کالاهای صنعتی با ...»)
_LISTED_FLOWS = frozenset({"exports", "imports", "transit", "trade"})
# an item of such a list: a name after a comma or a semicolon, then «با» (and «ارزش ...»)
_WITH_ITEM_RE = re.compile(r"[،,؛;]([^،,؛;.:]{1,60})\sبا(?:\s?ارزش(?:\s?\S+)?)?\s?$")


@acts_on(MONEY_UNITS)
def flow_list_continues(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«بیشترین سهم صادرات مربوط به کالاهای صنعتی با ۷۸۷ میلیون دلار؛ کالاهای کشاورزی با
    ۲۴۵ میلیون دلار، محصولات معدنی با ...»: money named as the next item of a list («X با
    N») after money of an export, import or transit flow in its sentence, in the same
    unit, is more of that flow: the sector of the goods listed is only the item's name
    (dev gold: 12 of 12 such items take the flow the list opened with)."""
    if r.unit not in MONEY_UNITS or not (subject is None or subject in SECTOR_SUBJECTS):
        return subject
    if state.last_amount_si != r.si or state.last_amount_unit != r.unit:
        return subject
    if state.last_amount_subject not in _LISTED_FLOWS:
        return subject
    lo = max(r.sent.start, r.num.start - 80)
    if not _WITH_ITEM_RE.search(r.folded[lo : r.num.start]):
        return subject
    return state.last_amount_subject


@acts_on(MONEY_UNITS)
def coordinated_amount(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«از ۶۹۹ میلیارد تومان اعتبار مصوب، ۳۸۲ میلیارد تومان جذب شده است و ۳۱۷ میلیارد تومان
    باقی مانده»: money with no subject, in a clause joined to an amount of money before it
    in the same sentence, is more of the same."""
    if subject is not None or r.unit not in MONEY_UNITS or state.last_amount_si != r.si:
        return subject
    return state.last_amount_subject if state.last_amount_unit in MONEY_UNITS else subject


_DOCUMENTS = frozenset({"licences", "exports", "growth"})


def issued_not_exported(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«مجوز افزایش تولید کنسانتره مس به ۳۰۰ هزار تن ... صادر شده»: «صادر» is also
    «issued»; in a clause about a licence with no export noun, the verb says nothing of
    exports, and the cue before the number decides."""
    if subject != "exports":
        return subject
    clause = (r.clause.start, r.clause.end)
    labels = [m.lastgroup for m in SUBJECT_RE.finditer(r.folded, *clause)]
    if "licences" not in labels or EXPORT_NOUN_RE.search(r.folded, *clause):
        return subject
    cues = SUBJECT_RE.finditer(r.folded, r.clause.start, r.num.start)
    others = [m.lastgroup for m in cues if m.lastgroup not in _DOCUMENTS]
    return others[-1] if others else None


def visit_is_an_occasion(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«وزیر در حاشیه بازدید از معادن سنگ آهن گفت ۴۰ درصد سنگ آهن کشور ...», «استاندار در
    بازدید از کارخانه سیمان گفت: ...»: an official's visit named as the occasion of a
    statement ('occasion_words') is no tourism cue; when every tourism cue of the sentence
    stands in such a phrase, the other cues of the clause decide (else the later rules)."""
    if subject != "tourism":
        return subject
    visits = list(r.doc.matches(OCCASION_RE, r.sent))
    if not visits:
        return subject
    for m in SUBJECT_RE.finditer(r.folded, r.sent.start, r.sent.end):
        if m.lastgroup == "tourism" and not any(v.start() <= m.start() < v.end() for v in visits):
            return subject
    return fitting_cue(r, frozenset({"tourism"}))


def goods_bought(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«تاکنون ۴۵۰ تن برگ سبز ... از چایکاران خریداری شد», «۳۰۰ تن شیر خام به ارزش ۶
    میلیارد تومان از دامداران خریداری شده»: goods (or the value of goods: a
    'value_of_goods' word right before the money) whose first verb after the unit says
    they were bought ('bought_words') are the purchase, whatever harvest, price or sector
    word stands before them; a price per unit («به قیمت هر کیلو ...») stays a price.
    Round 38: a share of goods (or of their value) bought, the participle in its noun
    phrase («پرداخت ۷۹ درصد از بهای برگ سبز چای خریداری شده از چایکاران»), is a share of
    the purchase: purchases (dev gold: 5 of 5 percentages before «خریداری شده»)."""
    if r.unit in MONEY_UNITS:
        lo = max(r.clause.start, r.start - 45)
        if VALUE_OF_GOODS_RE.search(r.folded, lo, r.start) is None:
            return subject
    elif r.unit not in GOODS_UNITS and r.unit != "percent":
        return subject
    if subject not in _BOUGHT_OVER and subject not in SECTOR_SUBJECTS:
        return subject
    bought = BOUGHT_RE.search(r.folded, r.unit_end, r.clause.end)
    if bought is None or VERB_STOP_RE.search(r.folded, r.unit_end, bought.start()):
        return subject
    return "purchases"


# what a bought good may have been read as before its verb: its harvest, its price
_BOUGHT_OVER = frozenset({None, "production", "price", "revenue"})


@acts_on("percent")
def issued_documents_changed(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۲۷۵ هزار برگ بارنامه ... صادر شده که ... ۲۵ درصد افزایش داشت», «... پروانه خروج
    موقت ... صادرشده که ... رشد ۲۳۱ درصدی را نشان می‌دهد»: «صادر» is «issued» when a
    document stands before it; a change in percent after documents issued in its
    sentence, with no export noun there, is the change of those documents: a bill of
    lading ('issued_documents') is transport, a licence, permit or card is licences."""
    if r.unit != "percent" or not (subject in _ISSUED_OVER or subject in SECTOR_SUBJECTS):
        return subject
    lo, hi = r.sent.start, r.num.start
    issued = list(ISSUED_RE.finditer(r.folded, lo, hi))
    if not issued:
        return subject
    changed = CHANGE_RE.search(r.folded, issued[-1].end(), min(r.clause.end, r.unit_end + 30))
    last = state.last_count
    if changed and last and last[0] == r.si and last[1] == "transport":
        # round 44: «برای ۶۸۰ دستگاه خودرو مجوز خروج موقت صادر شد که ... ۲۲ درصد افزایش»:
        # the vehicles counted right before the issuing verb changed, not the licences
        if _same_statement(r, state.last_count_at) and state.last_count_at < issued[-1].start():
            return "transport"
    if EXPORT_NOUN_RE.search(r.folded, r.sent.start, r.sent.end):
        return subject
    if changed is None and subject != "exports":  # «... صادر شد که ۱۴ درصد بیشتر ...»
        return subject
    if ISSUED_DOCUMENT_RE.search(r.folded, lo, issued[-1].start()):
        return "transport"
    if LICENCE_WORD_RE.search(r.folded, lo, issued[-1].start()):
        return "licences"
    return subject


def _same_statement(r: Reading, at: int) -> bool:
    """Whether ``at`` lies in the sentence of ``r`` with no sentence-internal colon or
    semicolon between it and the number (the same statement)."""
    if not r.sent.start <= at < r.num.start:
        return False
    part = r.folded[at : r.num.start]
    return ":" not in part and "؛" not in part


# what a change of documents issued may have been read as: «صادر» as exports, the
# customs office's trade, or nothing
_ISSUED_OVER = frozenset({None, "growth", "exports", "trade"})


def _per_measure_before(r: Reading) -> bool:
    """Whether one unit of measure ('per_measure_units' after a 'per_measure_words' word:
    «هر کیلوگرم», «یک متر مربع») stands in the segment before the number with no other
    number between them: the money is for that one unit."""
    seg = segment_start(r.folded, r.clause.start, r.num.start)
    ends = [m.end() for m in PER_MEASURE_RE.finditer(r.folded, seg, r.num.start)]
    return bool(ends) and not _DIGIT_RE.search(r.folded, ends[-1], r.num.start)


_DIGIT_RE = re.compile(r"\d")


@acts_on(MONEY_UNITS)
def price_of_a_measure_unit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«خرید و فروش یک مترمربع زیربنای واحد مسکونی ... ۴۲ میلیون و ۷۳۰ هزار تومان», «هر
    هکتار زمین کشاورزی ... ۴ میلیارد تومان معامله می‌شود»: money for one unit of measure
    ('per_measure_units' after «هر» or «یک») in the segment before it is a price, though
    the sector of the good or the deal («خرید و فروش») is named; its segment (from the
    comma before it) bounds the search. Round 23: a flow of goods read from the verb
    («هرکیلو زعفران نگین ۴۷ میلیون تومان است که ... باید صادر شود», «هر تن سیمان ... به
    افغانستان صادر می‌شود») is what the good is sold for, not the exports: money for one
    unit right before it, with no other number between (``_per_measure_before``), is the
    price."""
    if r.unit not in MONEY_UNITS:
        return subject
    if subject in GOODS_FLOW_SUBJECTS:
        return "price" if _per_measure_before(r) else subject
    if not (subject in _PRICED_OVER or subject in SECTOR_SUBJECTS):
        return subject
    seg = segment_start(r.folded, r.clause.start, r.num.start)
    # a participle may qualify the good priced («زیربنای واحد مسکونی معامله شده»)
    return "price" if PER_MEASURE_RE.search(r.folded, seg, r.num.start) else subject


@acts_on("percent")
def change_of_a_price(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«... ۴۲ میلیون تومان بوده که نسبت به ماه قبل و ماه مشابه سال قبل به ترتیب ۲.۵ و ۳۸
    درصد افزایش دارد»: a change in percent right after a price in its sentence, with no
    measure of its own (only a sector or a deal word), is the change of that price."""
    if r.unit != "percent" or state.last_amount_si != r.si:
        return subject
    if state.last_amount_subject != "price":
        return subject
    if not (subject in _PRICED_OVER or subject == "growth" or subject in SECTOR_SUBJECTS):
        return subject
    lo, hi = max(r.sent.start, r.num.start - 20), min(r.sent.end, r.unit_end + 30)
    return "price" if CHANGE_RE.search(r.folded, lo, hi) else subject


_PERCENT_WORD_RE = re.compile(r"درصد")


@acts_on("percent")
@needs("شاخص", sentence=True)
def change_of_a_price_index(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42b: «شاخص قیمت آپارتمان‌های مسکونی شهر به عدد ۱۷۴.۳ رسیده که نسبت به ماه قبل
    ۴.۱ درصد افزایش داشته»: a percentage after a price index named in its sentence
    ('price_index_heads'), with no other percentage between, is that index's change: a
    price, not the sector of what it prices («مسکونی»: housing), which the nearest cue read."""
    if r.unit != "percent" or not (subject is None or subject in SECTOR_SUBJECTS):
        return subject
    hits = list(PRICE_INDEX_RE.finditer(r.folded, r.sent.start, r.num.start))
    if not hits or _PERCENT_WORD_RE.search(r.folded, hits[-1].end(), r.num.start):
        return subject
    return "price"


# what a price for one unit of measure may have been read as: the deal, nothing
_PRICED_OVER = frozenset({None, "revenue", "purchases"})


# what an estate's hectares override: nothing, or the investment its takers' name reads
_ESTATE_LAND_OVER = frozenset({None, "investment"})


@acts_on("hectare", "m", "m2", "km2")
def estate_land(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """The lead's Round 23 ruling: the area of industrial estates and zones, land added to
    them and land in them allotted to investors («شهرک صنعتی ... ۱۵۰۰ هکتار مساحت دارد»,
    «۲۴ هکتار به شهرک صنعتی ... افزوده می‌شود», «قرارداد واگذاری ... به مساحت ۲۵۰ هکتار
    در شهرک‌ها و نواحی صنعتی») are industrial_parks: hectares with no subject whose clause
    names an industrial estate ('industrial_estate_words'), also once a document cue
    («قرارداد واگذاری ... به مساحت ۲۵۰ هکتار») was dropped by 'amounts_are_not_documents',
    so it runs right after that rule. Farmland in another clause keeps its own reading.
    Round 28: land allotted to investors («۲۶ هکتار از اراضی صنعتی ... به متقاضیان سرمایه
    گذاری واگذار شده») is land, never the investment its takers' name reads (no gold
    hectares say investment; four dev misses did)."""
    if r.unit != "hectare":
        return _estate_named_after(r, subject)
    if subject not in _ESTATE_LAND_OVER:
        return subject
    if INDUSTRIAL_ESTATE_RE.search(r.folded, r.clause.start, r.clause.end):
        return "industrial_parks"
    return subject


# what an estate named right after a length or an area overrides: nothing, the
# investment, or the manufacturing sector its «صنعتی» reads
_ESTATE_NAMED_OVER = frozenset({None, "investment", "manufacturing"})


def _estate_named_after(r: Reading, subject: str | None) -> str | None:
    """Round 43: a length or an area whose own noun, right after the unit, is an industrial
    estate («توسعه ۴۰۰ متری شهرک صنعتی ...», «۱۲ هزار متر مربع از شهرک صنعتی ...») measures
    the estate: industrial_parks (the lead's Round 23 ruling on an estate's land), not the
    manufacturing sector its «صنعتی» reads; a road or a building named first keeps its own
    reading («۴۰۰ متر جاده شهرک صنعتی»)."""
    if subject not in _ESTATE_NAMED_OVER:
        return subject
    if ESTATE_AFTER_UNIT_RE.match(r.folded, r.unit_end):
        return "industrial_parks"
    return subject


@acts_on("hectare")
def land_annexed_for_housing(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 28: «سال گذشته ۶۰۰ هکتار به شهر جدید پرند الحاق شد و اکنون ۳۱ هزار واحد
    مسکونی ...», «۱۲۰۵ هکتار زمین به محدوده طرح مسکن ملی الحاق شد»: hectares with no
    subject whose clause annexes them to a town's or a scheme's limits ('annexation_words'),
    in a sentence that names housing, are land set aside for housing: housing (the lead's
    Round 23 ruling on land by its purpose), not farmland."""
    if subject is not None or r.unit != "hectare":
        return subject
    if ANNEXATION_RE.search(r.folded, r.clause.start, r.clause.end) is None:
        return subject
    housing = any(
        m.lastgroup == "housing"
        for m in SECTOR_WORD_RE.finditer(r.folded, r.sent.start, r.sent.end)
    )
    return "housing" if housing else subject


@acts_on("hectare")
def greenhouse_land(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 37: «شهرک گلخانه‌ای ... با مساحت ۱۲۰ هکتار در قالب ۷۴ قطعه ۱.۴ هکتاری»:
    hectares with no subject in a sentence that names greenhouses are greenhouse land,
    cultivation (dev gold: 9 of 9 hectares in a sentence naming greenhouses), also when a
    greenhouse estate («شهرک») would stop the farmland default (``farmland_by_default``);
    the plots counted there: ``subject.plots_of_greenhouses``."""
    if subject is not None or r.unit != "hectare":
        return subject
    return "cultivation" if names_greenhouses(r.folded, r.sent.start, r.sent.end) else subject


@acts_on("hectare")
def land_under_irrigation_systems(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 38: «۱۳۰۰ هکتار سامانه آبیاری نوین در شهرستان ... افتتاح شد», «۹۵۷ هکتار از
    این سامانه قطره‌ای، ۶۷ هکتار بارانی ...»: hectares with no subject in a sentence that
    names a modern irrigation system before them or in their own clause
    ('irrigation_system_stems') measure the system, the farming sector's works: agriculture
    (real-text dev gold: 5 of 5), not the area sown, also when a farming cue before them
    read them as farmland («جهاد کشاورزی ... ۱۳۰۰ هکتار»). Hectares of land named right
    after the unit («۱۸ هزار هکتار از اراضی کشاورزی»: 'land_nouns_after') stay the
    farmland, cultivation (team gold heldout3 m04, heldout4). Land a dam or a network
    irrigates («آبیاری ۱۵۰۰ هکتار از اراضی») names no system: cultivation."""
    if subject not in (None, "cultivation") or r.unit != "hectare":
        return subject
    # the sentence up to the end of the figure's clause: a system named after it is another
    # point («مساحت اراضی کشاورزی ۸۸۳ هزار هکتار ...، ۵۰ درصد ... مستعد سامانه‌های نوین»)
    if not names_irrigation_system(r.folded, r.sent.start, r.clause.end):
        return subject
    # «۶۲۰۰ هکتار از اراضی کشاورزی ... به سامانه‌های نوین مجهز شده»: the farmland itself
    return subject if names_land_after(r.folded, r.unit_end) else "agriculture"


def _land_purpose(r: Reading) -> re.Match[str] | None:
    """The purpose phrase a hectare figure's land is set aside for: the first one after its
    unit in its clause, else the last one before its number in its sentence."""
    after = LAND_PURPOSE_RE.search(r.folded, r.unit_end, r.clause.end)
    if after is not None:
        return after
    last = None
    for m in LAND_PURPOSE_RE.finditer(r.folded, r.sent.start, r.num.start):
        last = m
    return last


@acts_on("hectare")
@needs(*LAND_PURPOSE_PHRASES, sentence=True)
def land_for_its_purpose(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «مساحت پیش‌بینی‌شده برای احداث کارخانه سیمان را ۱۰۰ هکتار عنوان کرد», «۳۲۷
    هکتار زمین برای احداث نیروگاه خورشیدی», «۲ هکتار زمین برای احداث مسکن محرومان»:
    hectares with no subject set aside for building something ('land_purpose_phrases') take
    the sector of what is built, the first sector word within 'land_purpose_window'
    characters after the phrase (the lead's Round 23 ruling: land takes its purpose; dev
    gold: 13 of 13 such hectares, none cultivation), not the farmland default. With no
    sector word there the land is left to the defaults."""
    if subject is not None or r.unit != "hectare":
        return subject
    purpose = _land_purpose(r)
    if purpose is None:
        return subject
    if INDUSTRIAL_ESTATE_RE.search(r.folded, r.clause.start, r.clause.end):
        return subject  # an estate's land: ``estate_land`` (Round 23)
    hi = min(purpose.end() + LAND_PURPOSE_WINDOW, r.sent.end)
    for m in SECTOR_WORD_RE.finditer(r.folded, purpose.end(), hi):
        return m.lastgroup
    return subject


# how far after a forest noun its tree may be named («جنگل نخل», «جنگل‌های گردوی ...»)
_FOREST_TREE_WINDOW = 16


@acts_on("hectare")
@needs("جنگل")
def forest_of_a_crop(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42b: «استان بوشهر دارای ۳۹ هزار هکتار جنگل نخل ... است»: hectares of a forest
    of a crop tree (a forest noun right after the unit, then a farm word: 'crop_forests')
    are an orchard, farmland sown, cultivation, as «نخلستان» reads; a forest of wild trees
    keeps the forest that 'non_farm_land' leaves out of farmland."""
    if subject is not None or r.unit != "hectare":
        return subject
    m = FOREST_AFTER_UNIT_RE.match(r.folded, r.unit_end)
    if m is None:
        return subject
    tree = SECTOR_WORD_RE.search(r.folded, m.end(), m.end() + _FOREST_TREE_WINDOW)
    return "cultivation" if tree and tree.lastgroup in ("agriculture", "cultivation") else subject


@acts_on("hectare")
def farmland_named_after(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42: «با بهره‌برداری از این سد ۴۳۰۰ هکتار از زمین‌های کشاورزی منطقه آبی می‌شود»,
    «آب در سطح ۴۵ هزار هکتار از زمین‌های کشاورزی ... جاری شد»: hectares whose own noun,
    right after the unit, is land named as farmland ('land_nouns_after' then
    'farmland_words') measure that farmland: cultivation, whatever a dam, a water work or a
    sector named before the number gave them (dev gold: 25 of 25 such hectares)."""
    if r.unit != "hectare" or subject == "cultivation":
        return subject
    if not names_land_after(r.folded, r.unit_end):
        return subject
    return "cultivation" if FARMLAND_AFTER_RE.match(r.folded, r.unit_end) else subject


@acts_on("hectare")
def farmland_by_default(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Hectares in provincial news are farmland unless the sentence speaks of industrial
    parks, housing, mines or forest."""
    if subject is None and r.unit == "hectare":
        if not NON_FARM_LAND_RE.search(r.folded, r.sent.start, r.sent.end):
            return "cultivation"
    return subject


@acts_on("person")
def persons_at_work(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«با این تسهیلات ۷۲۰۰ نفر ... مشغول به کار شده‌اند», «۱۲ هزار نفر ... فعالیت
    می‌کنند»: persons counted at work are employment; round 17: the at-work words may
    follow the unit at once though they are no verb the noun phrase stops at («۶۸۰۰ نفر
    مشغول بکارند», «۴۵۰ نفر کار می‌کنند»). Round 21/24 (the lead's ruling): members of an
    occupation named right after the unit («۳۰ هزار نفر صیاد ... مشغول به فعالیت هستند»,
    «۹۰۰ نفر قالیباف ... مشغول به کار هستند»: the 'occupation' nouns, those counted_nouns.json
    counts as employment) are people at work too, not their sector."""
    folded = r.folded
    if r.unit != "person":
        return subject
    rest = r.unit_end + (folded[r.unit_end : r.unit_end + 1] == " ")
    if not WORK_RE.search(folded, r.unit_end, r.clause.end):
        return subject
    if OCCUPATION_RE.match(folded, rest, r.clause.end):
        return "employment"
    if (
        bare_unit(folded, r.unit_end, r.clause.end) or WORK_RE.match(folded, rest, r.clause.end)
    ) and r.np_subject() is None:
        return "employment"
    return subject


# members of an occupation counted after «نفر»: the nouns counted_nouns.json counts as jobs
OCCUPATION_RE = words_re(
    noun for noun, label in load("counted_nouns.json")["nouns"].items() if label == "employment"
)


# what an occupation counted after «نفر» overrides: no subject, output, a sector's own
_OCCUPATION_OVER = SECTOR_SUBJECTS | {None, "production"}


@acts_on("person")
def occupation_after_unit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۲ هزار نفر صیاد با ۱۵۰ فروند قایق به صید می‌پردازند», «۵۰۰ نفر راننده در بخش حمل و
    نقل» (round 33): persons named right after «نفر» by an occupation that counted_nouns.json
    counts as jobs ('occupation' nouns: fishers, drivers, workers, weavers) are people at
    work, employment, with no at-work verb too, as the same noun counted alone is («۳۰ هزار
    صیاد»), not the catch, output or sector the clause names. A loan or another measure the
    cues gave stays (dev gold: 11 of 12 such counts employment; the 12th, weavers applying for
    a loan, credit)."""
    if r.unit != "person" or subject not in _OCCUPATION_OVER:
        return subject
    folded = r.folded
    rest = r.unit_end + (folded[r.unit_end : r.unit_end + 1] == " ")
    if folded[r.unit_end - 3 : r.unit_end] != "نفر":
        return subject  # cheap guard: the unit word is «نفر», the occupation after it
    return "employment" if OCCUPATION_RE.match(folded, rest, r.clause.end) else subject


# how far before the number «با جمعیت» may stand («با جمعیتی بالغ بر ۹ هزار نفر»)
_POPULATION_WINDOW = 30


@acts_on("person")
def population_served(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«گازرسانی به ۲۴ روستا با جمعیتی ۴۴۰ نفر و ... اعتباری بالغ بر ...», «آبرسانی به ۱۲
    روستا با جمعیت ۹ هزار نفر» (round 27): the persons right after «با جمعیت(ی)» are the
    population a supply work reaches: the sector of the good supplied ('supply_words', the
    first of the clause, else of the sentence), whatever fund, loan or sector word stands
    after them in the clause; with no supply named, the rules after decide."""
    if r.unit != "person":
        return subject
    lo = max(r.sent.start, r.num.start - _POPULATION_WINDOW)
    if "جمعیت" not in r.folded[lo : r.num.start]:
        return subject  # cheap guard: no «جمعیت» right before the number
    if WITH_POPULATION_BEFORE_RE.search(r.folded, lo, r.num.start) is None:
        return subject
    m = SUPPLY_RE.search(r.folded, r.clause.start, r.clause.end) or SUPPLY_RE.search(
        r.folded, r.sent.start, r.sent.end
    )
    return m.lastgroup if m else subject


@acts_on("person")
def persons_on_a_network(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۲ هزار و ۵۰۰ خانوار با جمعیت ۹ هزار و ۵۰۰ نفر از نعمت گاز طبیعی برخوردار می‌شوند»,
    «۱۲ هزار نفر از روستاییان به شبکه آب شرب متصل شدند»: persons counted as covered by,
    connected to or enjoying a utility network ('network_coverage_words' after the unit)
    measure the reach of that utility (the first 'network_utilities' sector word after the
    unit in the clause), as dwellings and households so counted do; people are no sector
    otherwise, so the last resort would leave them with none. Round 38: a project or plan
    named before them («در پروژه گازرسانی به ...، ۱۷ هزار نفر از نعمت گاز بهره‌مند می‌شوند»)
    is where they are served, not what they are: persons are never 'not_for_persons'
    labels, so the utility decides here too."""
    if r.unit != "person" or (subject is not None and subject not in NOT_FOR_PERSONS):
        return subject
    if NETWORK_COVERAGE_RE.search(r.folded, r.unit_end, r.clause.end) is None:
        return subject
    words = SECTOR_WORD_RE.finditer(r.folded, r.unit_end, r.clause.end)
    return next((m.lastgroup for m in words if m.lastgroup in NETWORK_UTILITIES), subject)


# sectors whose people are counted as themselves, not as jobs: tourists, travellers
_PEOPLE_SECTORS = frozenset({"tourism", "transport"})


_SUPPLY_UTILITIES: dict[str, str] = {
    stem: label
    for stem, label in load("subject_cues.json")["supply_work_utilities"].items()
    if not stem.startswith("_")
}


@acts_on("person")
@needs("رسانی", sentence=True)
def persons_of_a_supply_work(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «با بهره برداری از پروژه گازرسانی ... ۱۷ هزار و ۷۰۰ نفر شامل ... خانوار»,
    «طرح آبرسانی به ... جمعیتی که از این طرح بهره‌مند خواهند شد ۳۶۶۵ نفر»: persons with no
    subject in a sentence that names a utility's supply work ('supply_works') are the people
    it serves: the utility's label ('supply_work_utilities'; dev gold 10 of 10), also when
    the page cuts the sentence before its verb. A project the sentence names («پروژه
    گازرسانی») is where persons are served, never what they are, so its cue gives way."""
    if subject not in (None, "projects") or r.unit != "person":
        return subject
    work = SUPPLY_WORK_RE.search(r.folded, r.sent.start, r.sent.end)
    if work is None:
        return subject
    word = work.group(0)
    for stem, label in _SUPPLY_UTILITIES.items():
        if word.startswith(stem):
            return label
    return subject


@acts_on("person")
def persons_in_a_sector(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«... در زمینه اشتغالزایی ... . در بخش مسکن با ۱۳ هزار نفر تحقق»: persons counted in a
    sector (housing, industry, farming ...), in a text speaking of jobs in this sentence or
    the one before, are the jobs of that sector."""
    if r.unit != "person" or subject not in (SECTOR_SUBJECTS - _PEOPLE_SECTORS) | {None}:
        return subject
    if subject is None:
        sector = sector_in_clause(r.folded, r.clause, r.num.start, r.unit_end)
        if sector not in SECTOR_SUBJECTS - _PEOPLE_SECTORS:
            return subject
    return _jobs_spoken_of(r, subject)


@acts_on("person", "percent")
def persons_hired(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«در این آزمون سهمیه ... اعمال می شود، گفت: ۳۱ نفر سهمیه در بجنورد، ۱۱ نفر در
    شیروان ...», «سهمیه امسال چهار هزار نفر اعلام شده که تاکنون ۲۰۵۰ نفر جذب بازار کار
    شده‌اند»: persons with nothing else said of them, counted in a sentence about hiring
    or jobs (or right after one), are the jobs filled or offered; a percentage with
    nothing else said of it, in a sentence about hiring, is a share of those jobs."""
    if r.unit not in ("person", "percent") or subject is not None:
        return subject
    if r.np_subject() is not None:
        return subject
    if r.unit == "percent" and not QUOTA_RE.search(r.folded, r.clause.start, r.clause.end):
        return subject  # a share is of the hires only when its clause names a quota
    if HIRING_RE.search(r.folded, _sentence_before_start(r), r.sent.end):
        return "employment"  # also a share of the hires: «سهمیه سه درصدی برای گروه هدف»
    return _jobs_spoken_of(r, subject) if r.unit == "person" else subject


def _sentence_before_start(r: Reading) -> int:
    """Where the sentence before the figure's starts (its own, for the first sentence):
    a text names what it speaks of once, and the next sentence carries on with it."""
    return r.doc.sents[r.si - 1].start if r.si > 0 else r.sent.start


def _jobs_spoken_of(r: Reading, subject: str | None) -> str | None:
    """'employment' when a cue of it stands in the figure's sentence or the one before
    (persons counted while jobs are spoken of are the jobs), else ``subject``."""
    lo = _sentence_before_start(r)
    labels = {m.lastgroup for m in SUBJECT_RE.finditer(r.folded, lo, r.sent.end)}
    return "employment" if "employment" in labels else subject


@acts_on("person")
def jobs_of_a_relative_clause(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 22: «اشتغال پیش‌بینی‌شده طرح‌هایی که تسهیلات دریافت کرده‌اند را ۲۲۲۰ نفر اعلام
    کرد», «شمار شاغلان واحدهایی که وام گرفته‌اند به ۳۵۰ نفر رسید»: persons counted after a
    jobs noun whose phrase goes on with a relative clause («که ...») are the jobs; what the
    relative clause names (the loan, a product) only picks out the plans or units."""
    if r.unit != "person" or subject == "employment":
        return subject
    if "که" not in r.folded[r.clause.start : r.num.start]:  # cheap guard before the regexes
        return subject
    rels = list(RELATIVE_RE.finditer(r.folded, r.clause.start, r.num.start))
    if not rels:
        return subject
    head_end = rels[-1].start()  # the head phrase ends where the last relative clause opens
    heads = {m.lastgroup for m in SUBJECT_RE.finditer(r.folded, r.clause.start, head_end)}
    if "employment" in heads or _relative_head(r.folded, r.clause.start, head_end) == "employment":
        return "employment"
    return subject


def _relative_head(folded: str, lo: int, hi: int) -> str | None:
    """Round 38: the cue of the head noun a relative clause opens on, written with the
    relative «ی» glued to it («اشتغالی که ... ایجاد می‌شود ۱۵ نفر است», «جمعیتی که ...»):
    the word right before «که» in [lo, hi) with that «ی» taken off, when it is a cue whole."""
    words = folded[lo:hi].split()
    if not words or len(words[-1]) < 4 or not words[-1].endswith("ی"):
        return None
    stem = words[-1][:-1]
    m = SUBJECT_RE.match(stem, 0)
    return m.lastgroup if m is not None and m.end() == len(stem) else None


# what a labour-market noun overrides: nothing said, the price a «نرخ» names, the jobs
# a «شاغل» cue gives to job seekers
_LABOUR_OVER = frozenset({None, "price", "employment", "unemployment"})


@acts_on("person", "percent")
def labour_force_counted(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 23: «جمعیت فعال اقتصادی استان ۴۱۴ هزار نفر ... تعداد شاغلان ۳۶۶ هزار نفر»,
    «نرخ مشارکت اقتصادی ۴۵.۵ درصد», «۱۸ هزار نفر جویای کار ثبت نام کرده‌اند»: persons or a
    percentage counted as a population of the labour market (the active, the employed,
    the jobless, job seekers: 'labour_force_nouns') are employment or unemployment. The
    noun right after the unit decides, else the last one of the number's segment before
    it with no other number between; a participation rate is no price though «نرخ»
    opens it."""
    if r.unit not in ("person", "percent") or subject not in _LABOUR_OVER:
        return subject
    folded = r.folded
    after = LABOUR_FORCE_RE.match(folded, r.unit_end + (folded[r.unit_end : r.unit_end + 1] == " "))
    if after:
        return after.lastgroup
    lo = segment_start(folded, r.clause.start, r.num.start)
    last = None
    for m in LABOUR_FORCE_RE.finditer(folded, lo, r.num.start):
        last = m
    # a noun with another number after it heads that number («۱۸ هزار نفر جویای کار ...
    # که ۴۷۳ نفر ... مشغول کار شدند»), not this one
    if last is None or _DIGIT_RE.search(folded, last.end(), r.num.start):
        return subject
    return last.lastgroup


@acts_on("person")
def borrowers_are_credit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«بدهی ۶۳۰ نفر از مشمولان ... امهال شد», «اقساط ۲ هزار نفر تقسیط شد»: persons counted
    in a clause about their debts are borrowers."""
    if r.unit == "person" and subject is None:
        if DEBT_RE.search(r.folded, r.clause.start, r.clause.end):
            return "credit"
    return subject


@acts_on(MONEY_UNITS)
def price_per_unit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«هر کیلوگرم روغن زیتون ... ۸۵۰ هزار تومان», «گندم هر کیلوگرم به قیمت ۱۳۰۰ تومان
    خریداری می‌شود»: money per unit of a good is a price, even when it is bought or sold."""
    if subject in (None, "purchases", "revenue") and r.unit in MONEY_UNITS:
        if PER_RE.search(r.folded, r.clause.start, r.num.start):
            return "price"
    return subject


@acts_on(MONEY_UNITS)
def priced_per_unit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«قیمت مصوب ماهی صید روز ... هر کیلوگرم ۹۰۰ هزار ریال», «قیمت معیار مرغ کشتار روز
    ... هر کیلوگرم ۱۵۷ هزار ریال»: money per unit after a price word is the price, though a
    making word (caught, slaughtered) or a sector word names the good priced."""
    if r.unit in MONEY_UNITS and (subject == "production" or subject in SECTOR_SUBJECTS):
        lo = r.clause.start
        if PER_RE.search(r.folded, lo, r.num.start) and PRICE_WORD_RE.search(
            r.folded, lo, r.num.start
        ):
            return "price"
    return subject


@acts_on(MONEY_UNITS)
def distributive_price(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«مرغ برند کیلویی ۹ هزار تومان فروخته می‌شود», «تخم مرغ ... شانه‌ای ۱۸ الی ۲۰ هزار
    تومان به فروش می‌رسد»: money right after a distributive word (per kilo, per tray, per
    litre, per square metre) is a price per unit, not a sale's revenue nor its sector."""
    if r.unit in MONEY_UNITS and (
        subject in (None, "purchases", "revenue") or subject in SECTOR_SUBJECTS
    ):
        if PER_UNIT_PRICE_RE.search(r.folded, max(r.clause.start, r.num.start - 40), r.num.start):
            return "price"
    return subject


@acts_on(MONEY_UNITS)
def rate_is_price(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«نرخ مرغ ... به مبلغ ۶۳۰ هزار ریال», «به مبلغ ۵۶۴ هزار ریال عرضه می‌شود»: money
    with no other subject, in a clause about a rate or a sale, is a price."""
    if subject is None and r.unit in MONEY_UNITS:
        if PRICE_WORD_RE.search(r.folded, r.clause.start, r.clause.end):
            return "price"
    return subject


@acts_on(MONEY_UNITS, _SHARE_UNITS)
def public_funds_are_budget(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«اعتبارات تملک دارایی ... ۴۱۴ میلیارد ریال», «ابلاغ ۲۴ میلیارد ریال اعتبار»: funds
    («اعتبار», or a share or multiple of them) in a sentence about the public budget are the
    budget, not bank credit, unless the sentence speaks of loans or banks («تسهیلات»,
    «بانک», «تبصره ۱۸») or the funds are still needed («... اعتبار نیاز است», the seeds'
    convention); so is money put on a sector («... برای سازه‌های آبخیزداری تخصیص یافت»)
    or approved for projects («اجرای ۳۶ طرح با ۷۹۶ میلیارد تومان به تصویب دولت رسید»),
    and «اعتبار» of works opened, built or completed (round 12: «۱۷ پروژه با ۱۴۸ میلیارد
    تومان اعتبار به بهره‌برداری رسید»).
    In an article about public finance with no word of loans anywhere, «اعتبار» is the
    budget though its own sentence names no public fund («۱.۳ درصد از مجموع اعتبارات سهم
    تفرش»)."""
    money = r.unit in MONEY_UNITS
    if not (
        money
        and (subject is None or subject in SECTOR_SUBJECTS or subject == "projects")
        or (money or r.unit in _SHARE_UNITS)
        and subject == "credit"
    ):
        return subject
    said = r.doc.clause_at(r.sent, r.num.start, statements=False)  # the speaker's role apart
    if LOAN_RE.search(r.folded, said.start, said.end):
        return subject
    if subject == "credit" and _still_needed(r, said):
        return subject
    if subject == "projects" and r.np_subject():
        return subject  # «۶۵۵ میلیارد تومان پروژه ... افتتاح خواهد شد»: the projects' value
    # «سهم شهرستان از تسهیلات اشتغال ... است. ۸۱۵ طرح با اعتبار ۳۵۹ میلیارد تومان ...»:
    # the sentence before already speaks of loans, so these funds are lent
    if subject == "credit" and r.si > 0:
        prev = r.doc.sents[r.si - 1]
        if LOAN_RE.search(r.folded, prev.start, prev.end):
            return subject
    if PUBLIC_FUNDS_RE.search(r.folded, said.start, said.end):
        return "budget"
    if subject == "credit" and PUBLIC_WORKS_RE.search(r.folded, said.start, said.end):
        return "budget"  # «... پروژه با ۱۴۸ میلیارد تومان اعتبار به بهره‌برداری رسید»
    if subject == "credit" and public_finance_article(r.folded, state):
        return "budget"
    return subject


# measures money allotted or spent may be named for, which the public funds override
_FUNDED_MEASURES = frozenset({"employment", "revenue", "projects", "credit", None})


@acts_on(MONEY_UNITS)
def public_money_allotted(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۳۰۰ میلیارد تومان اعتبار استان به حوزه اشتغال اختصاص یافته», «۷۵ میلیارد تومان از
    محل درآمد نفت و گاز به شهرستان اختصاص پیدا کرد» ('allotted_words' after the unit),
    «در این طرح تاکنون ۷۶۱ میلیارد تومان هزینه شده», «دولت ۶۰ میلیارد تومان برای مرمت
    مدارس هزینه کرده» ('spent_words' after the unit, a 'scheme_words' noun in the clause,
    no setting-up word before the number: that is investment), «اعتبار این پروژه
    گازرسانی ۲۳ میلیارد تومان», «اعتبار طرح بهسازی راه ۱۲ میلیارد تومان» (a 'fund_words'
    noun before the money, a project nearer or a scheme word after the fund noun):
    public money allotted, spent or set for a project is the budget, whatever measure or
    sector it went to, unless the sentence speaks of loans (or, for «اعتبار», the sentence
    before does) or it is still needed."""
    if r.unit not in MONEY_UNITS or not (subject in _FUNDED_MEASURES or subject in SECTOR_SUBJECTS):
        return subject
    folded, lo, hi = r.folded, r.clause.start, r.clause.end
    if LOAN_RE.search(folded, r.sent.start, r.sent.end) or _still_needed(r, r.clause):
        return subject
    if subject == "credit" and r.si > 0:  # «... از مشاغل خانگی حمایت شده. ... اختصاص یافت»
        prev = r.doc.sents[r.si - 1]
        if LOAN_RE.search(folded, prev.start, prev.end):
            return subject
    if ALLOTTED_RE.search(folded, r.unit_end, hi) or _allotted_fund_before(r):
        return "budget"
    if SPENT_RE.search(folded, r.unit_end, hi) and SCHEME_RE.search(folded, lo, hi):
        return subject if SETTING_UP_RE.search(folded, lo, r.num.start) else "budget"
    seg = segment_start(folded, lo, r.num.start)
    fund = FUND_WORD_RE.search(folded, seg, r.num.start)
    if fund and subject in ("projects", "credit"):
        if subject == "projects" or SCHEME_RE.search(folded, fund.end(), r.num.start):
            return "budget"  # «اعتبار طرح بهسازی راه روستایی ۱۲ میلیارد تومان است»
    return subject


def _allotted_fund_before(r: Reading) -> bool:
    """«اعتبار تخصیص یافته طرح‌های اشتغال خانگی ... ۵۰ میلیارد تومان است», «اعتبارات ابلاغ
    شده برای مشاغل روستایی ...» (round 17): a fund noun ('fund_words') qualified at once by
    an allotted participle ('allotted_words') in the segment before the money names public
    money allotted, whatever measure the complement names. No other number may stand in
    the segment before («۴۷۷ میلیارد تومان اعتبار اختصاص یافته که ... ۹۴ میلیارد تومان
    ... پرداخت شده» is a part of it), nor a loan term («تسهیلات»)."""
    folded = r.folded
    seg = segment_start(folded, r.clause.start, r.num.start)
    if _DIGIT_RE.search(folded, seg, r.num.start) or LOAN_TERM_RE.search(folded, seg, r.num.start):
        return False
    for fund in FUND_WORD_RE.finditer(folded, seg, r.num.start):
        at = fund.end() + (folded[fund.end() : fund.end() + 1] == " ")
        if ALLOTTED_RE.match(folded, at, r.num.start):
            return True
    return False


# what the value of projects overrides: the budget their «عمرانی» names, or nothing
_VALUED_PROJECTS_OVER = frozenset({None, "projects", "budget"})


@needs("ارزش")
@acts_on(MONEY_UNITS)
def value_of_projects(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 28: «ارزش پروژه‌های عمرانی افتتاحی ۲۱۵ میلیارد تومان، طرح‌های اقتصادی افتتاحی
    ۴۹ میلیارد تومان ...»: money after «ارزش» of projects ('value_of_projects') in its
    clause, with no verb between, is the projects' value: projects, not the budget «عمرانی»
    names (funds, «اعتبار», of the works stay the budget) nor nothing; a sector the projects
    name (energy, housing ...) and loans keep their reading."""
    if r.unit not in MONEY_UNITS or subject not in _VALUED_PROJECTS_OVER:
        return subject
    if "ارزش" not in r.folded[r.clause.start : r.num.start]:
        return subject
    heads = list(VALUE_OF_PROJECTS_RE.finditer(r.folded, r.clause.start, r.num.start))
    m = heads[-1] if heads else None
    if m is None or VERB_STOP_RE.search(r.folded, m.end(), r.num.start):
        return subject
    if LOAN_RE.search(r.folded, r.clause.start, r.clause.end):
        return subject
    return "projects"


@acts_on(MONEY_UNITS)
def money_for_a_contract(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۱۵ میلیارد تومان برای انعقاد قرارداد احداث سالن ... در نظر گرفته شده», «مبلغ ۳۰۰
    میلیارد ریال جهت انعقاد قرارداد با پیمانکاران تامین شد» (round 17): money set aside
    to conclude a contract ('contract_purpose_words' in its clause) is the funds of the
    works, the budget, not the contracts counted or signed; a loan word keeps its label."""
    if subject != "contracts" or r.unit not in MONEY_UNITS:
        return subject
    lo, hi = r.clause.start, r.clause.end
    if not CONTRACT_PURPOSE_RE.search(r.folded, lo, hi) or LOAN_RE.search(r.folded, lo, hi):
        return subject
    return "budget"


@acts_on("percent")
def works_progress(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«این پروژه اکنون ۸۷ درصد پیشرفت فیزیکی دارد», «پیشرفت فیزیکی طرح به ۴۵ درصد رسیده»
    (round 17): a share of the progress of works ('works_progress_words' in the clause) is
    the progress of what is built (round 21) when that is a 'works_sectors' sector: the
    one its clause names («سد ... ۳۱ درصد پیشرفت فیزیکی دارد», «شبکه آبیاری ... ۷۲ درصد
    پیشرفت»: water), else, when the clause refers back to the works, the one named first
    before it in its sentence or the sentence before («سد کمندان ... . این پروژه ۹۸ درصد
    پیشرفت فیزیکی دارد», «... مسکن ملی ... . برخی از طرح‌ها بین ۶۷ تا ۷۰ درصد پیشرفت
    داشته»), else the first its sentence names; else construction, the team's gold for
    roads, ports and other civil works (not the article's sector: a port story names
    water often enough to pass for one). Round 33: projects the cues already read as
    projects («پروژه‌های عمرانی استان از ۲۰ تا ۸۰ درصد پیشرفت فیزیکی دارند»), with no works
    sector named, stay projects (dev gold: the progress of projects 4 projects; of ports
    and terminals, which enter with no subject, 4 construction)."""
    if r.unit != "percent" or subject not in (None, "projects"):
        return subject
    if not WORKS_PROGRESS_RE.search(r.folded, r.clause.start, r.clause.end):
        return subject
    found = _works_sector(r, state)
    if found is None and subject == "projects":
        # round 33: projects named as such, not one work referred back to («این پروژه»)
        if not WORKS_ANAPHOR_RE.search(r.folded, r.clause.start, r.num.start):
            return subject
    return found or "construction"


def _first_works_sector(folded: str, lo: int, hi: int, *, first_only: bool = False) -> str | None:
    """The first 'works_sectors' sector word between ``lo`` and ``hi``; with
    ``first_only``, the first sector word of any label, if it is one («لایروبی کانال بندر»:
    the port named first makes them civil works, not water)."""
    for m in SECTOR_WORD_RE.finditer(folded, lo, hi):
        if m.lastgroup in WORKS_SECTORS:
            return m.lastgroup
        if first_only and m.lastgroup:
            return None
    return None


def _works_sector(r: Reading, state: Discourse) -> str | None:
    """The sector of the works whose progress a percentage gives (see ``works_progress``)."""
    f, clause = r.folded, r.clause
    found = _first_works_sector(f, clause.start, clause.end)
    if found is None and WORKS_ANAPHOR_RE.search(f, clause.start, r.num.start):
        # the works are named first («عملیات تکمیل سد کمندان ...»), before what they serve
        lo = r.sent.start if SECTOR_WORD_RE.search(f, r.sent.start, clause.start) else None
        lo = _sentence_before_start(r) if lo is None else lo
        found = _first_works_sector(f, lo, clause.start, first_only=True)
    return found or _first_works_sector(f, r.sent.start, r.sent.end)


@acts_on("person")
def beneficiaries_of_the_works(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 43: «در این طرح‌ها بیش از ۳۷۰۰ نفر از مردم منطقه منتفع خواهند بود»: persons
    with no subject whose clause says, after them, that they benefit ('benefit_words') from
    works it refers back to before the number ('works_anaphors') are the people the works
    serve: the sector of the works the sentence before names first (``_works_sector``'s
    reading), else the sector of the figure before, when it is a works sector. The works'
    own noun («این پروژه») read as `projects` is no subject for persons."""
    if subject not in (None, "projects"):
        return subject
    f, clause = r.folded, r.clause
    after = f[r.unit_end : clause.end]
    if not any(w in after for w in BENEFIT_WORDS) or not BENEFIT_RE.search(after):
        return subject
    if not WORKS_ANAPHOR_RE.search(f, clause.start, r.num.start):
        return subject
    if r.si == 0:
        return subject
    found = _first_works_sector(f, _sentence_before_start(r), r.sent.start, first_only=True)
    if found is None and state.last_subject in WORKS_SECTORS:
        return state.last_subject  # «گازرسانی به ۶ روستا ...»: the works' figure before
    return found or subject


def _still_needed(r: Reading, said: Span) -> bool:
    """«برای تکمیل آن به ۶۶۰ میلیارد تومان اعتبار نیاز است», «اعتباری حدود یکهزار میلیارد
    تومان مورد نیاز است», «نیاز به ۵۰ میلیارد تومان اعتبار دارد»: the funds are wanted,
    not allotted: a need word after the number, or just before it."""
    return bool(
        NEED_RE.search(r.folded, r.unit_end, said.end)
        or NEED_RE.search(r.folded, max(said.start, r.num.start - 12), r.num.start)
    )


def public_finance_article(folded: str, state: Discourse) -> bool:
    """The whole text is about public finance: it names public funds («اختصاص», «بودجه»,
    «اعتبارات هزینه‌ای» ...) at least 'min_words' times and 'ratio' times as often as loans,
    banks or repayments ('public_finance_article'). Read once per text (kept in the
    discourse state)."""
    if state.public_finance is None:
        public = sum(1 for _ in PUBLIC_FUNDS_RE.finditer(folded))
        loans = sum(1 for _ in LOAN_RE.finditer(folded))
        state.public_finance = (
            public >= PUBLIC_FINANCE_MIN and public >= PUBLIC_FINANCE_RATIO * loans
        )
    return state.public_finance


def _heads_phrase(r: Reading, heads: Iterable[re.Match[str]], between: Set[str]) -> bool:
    """The last of ``heads`` (found before the number) heads the noun phrase that runs up
    to the number: no verb stands between them and every subject cue between them is one
    of ``between`` (the head's modifiers). The loan and the capacity rules differ only in
    what a head is, what may stand between and the subject it then gives."""
    found = list(heads)
    if not found or VERB_STOP_RE.search(r.folded, found[-1].end(), r.num.start):
        return False
    cues = SUBJECT_RE.finditer(r.folded, found[-1].end(), r.num.start)
    return all(m.lastgroup in between for m in cues)


@acts_on("percent")
def interest_on_a_loan(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«تسهیلات رونق تولید با سود ۱۸ درصد», «وام ... با نرخ ۵ درصد و بازپرداخت ۱۸ ساله»: a
    percentage right after an interest word ('interest_words'), in a clause that names a
    loan before it, is the loan's interest rate (credit), not the purpose the loan names."""
    if r.unit != "percent" or subject == "credit":
        return subject
    lo = max(r.clause.start, r.num.start - 12)
    if INTEREST_BEFORE_RE.search(r.folded, lo, r.num.start) is None:
        return subject
    return "credit" if LOAN_RE.search(r.folded, r.clause.start, r.num.start) else subject


@acts_on(MONEY_UNITS)
def loan_heads_phrase(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«تسهیلات جعاله تعمیر مسکن ... به میزان ۱۴۹ میلیارد ریال», «وام خرید مسکن ۲۰۰ میلیارد
    تومان»: a loan noun heading the phrase that runs, with no verb and no comma, up to the
    money makes it credit, whatever purpose (a sector, jobs) the phrase names after it;
    the nearest cue, the purpose, is only the loan's modifier."""
    if r.unit not in MONEY_UNITS or subject not in _LOAN_PURPOSES:
        return subject
    seg = segment_start(r.folded, r.clause.start, r.num.start)
    heads = LOAN_HEAD_RE.finditer(r.folded, seg, r.num.start)
    return "credit" if _heads_phrase(r, heads, _LOAN_PURPOSES | {"credit"}) else subject


# what a loan may be for, named after the loan noun: a sector, jobs, projects
_LOAN_PURPOSES = SECTOR_SUBJECTS | {"employment", "projects"}


@acts_on(MONEY_UNITS)
def scheme_funds_are_credit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 25 (the lead's Round 21 ruling): money whose clause names one of the state's
    loan schemes ('loan_schemes': «۷ هزار میلیارد ریال از محل اعتبارات رونق تولید ...
    مصوب شد», «... از تسهیلات طرح رونق تولید به مبلغ ۱۸۲ میلیارد تومان»,
    «۳۰۰ میلیارد تومان از منابع تبصره ۱۸») is the scheme's lending: credit, not the
    budget its «اعتبارات» names nor the production or sector its name contains."""
    if r.unit not in MONEY_UNITS or subject not in _SCHEME_MISREADINGS:
        return subject
    found = LOAN_SCHEME_RE.search(r.folded, r.clause.start, r.clause.end)
    return "credit" if found else subject


_SCHEME_MISREADINGS = _LOAN_PURPOSES | {"budget", "production", None}


@acts_on(MONEY_UNITS)
def banks_lend(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«بانکهای استان ... افزون بر ۵۹ هزار میلیارد ریال در بخش تولید و اشتغال مصارف
    داشته‌اند», «بانک کشاورزی ۳۰۰ میلیارد ریال به طرح‌های دامپروری پرداخت کرد»: money that
    banks named before it give (no cue between the bank and the number) is lending, credit,
    whatever purpose the words after it name (a sector, production, jobs)."""
    if r.unit not in MONEY_UNITS or subject not in _LOAN_PURPOSES | {"production", None}:
        return subject
    said = r.doc.clause_at(r.sent, r.num.start, statements=False)
    banks = list(BANK_RE.finditer(r.folded, said.start, r.num.start))
    if not banks or VERB_STOP_RE.search(r.folded, banks[-1].end(), r.num.start):
        return subject
    if SUBJECT_RE.search(r.folded, banks[-1].end(), r.num.start):
        return subject
    return "credit"


@acts_on(MONEY_UNITS)
def loan_size_named(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«افزایش سقف تسهیلات ساخت مسکن روستایی، از ۵۰ میلیون تومان به ۱۰۰ میلیون تومان»,
    «مبلغ وام ازدواج در سال جاری ۲۰۰ میلیون تومان است»: money whose clause names, with
    no verb between, the size of a loan ('loan_size_words' right before a loan term) is
    credit, whatever purpose (housing, a sector, jobs) the loan names; a comma or a «از ...
    به» range does not cut the phrase, unlike 'loan_heads_phrase'."""
    if r.unit not in MONEY_UNITS or subject not in _LOAN_PURPOSES:
        return subject
    sizes = list(LOAN_SIZE_RE.finditer(r.folded, r.clause.start, r.num.start))
    if not sizes or VERB_STOP_RE.search(r.folded, sizes[-1].end(), r.num.start):
        return subject
    return "credit"


@acts_on(MONEY_UNITS)
def lent_by_a_bank(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«هزار و ۵۰۰ میلیارد تومان از بانک مسکن در استان پرداخت شد», «۸۰ میلیارد ریال توسط
    بانک کشاورزی به باغداران داده شد»: money followed at once by its lender (a
    'lender_openers' word, then a bank) is lending, credit, not the sector the bank's
    name or the purpose names (banks named before the money: 'banks_lend')."""
    if r.unit not in MONEY_UNITS or subject not in _LOAN_PURPOSES | {"production", None}:
        return subject
    return "credit" if LENDER_AFTER_RE.match(r.folded, r.unit_end) else subject


@acts_on(MONEY_UNITS)
def given_through_banks(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«برای اجرای این طرح ها ۳۱۰ میلیارد تومان از طریق بانک های عامل پرداخت شده که با اجرای
    آن ... اشتغال», «... هزار و ۵۵۴ طرح با ۱۲۰ میلیارد تومان و ایجاد ... فرصت شغلی را به بانک
    های عامل ارسال کرده که تا کنون ۷۵ میلیارد تومان به ۱۰۴۶ طرح پرداخت شده»: money paid,
    sent or introduced to banks, in a sentence that names the banks, is lending (credit),
    whatever purpose (jobs, a sector, the plans) it names; the purpose is not the money."""
    if r.unit not in MONEY_UNITS or subject not in _LOAN_PURPOSES | {None}:
        return subject
    lo, hi = r.sent.start, r.sent.end
    if BANK_RE.search(r.folded, lo, hi) and BANK_REFERRAL_RE.search(r.folded, r.unit_end, hi):
        return "credit"
    return subject


@acts_on(MONEY_UNITS, "person")
def paid_out_is_credit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«در بخش تکلیفی نیز ۶۸ میلیارد به ۲۵۰۰ نفر پرداخت شده است» in a text about loans:
    money or persons paid out (or introduced to banks), with no other subject, near loan
    words are credit; money paid out in a sentence about public funds is the budget."""
    if subject is not None or not (r.unit in MONEY_UNITS or r.unit == "person"):
        return subject
    if not PAID_RE.search(r.folded, r.unit_end, r.clause.end):
        return subject
    if LOAN_RE.search(r.folded, _sentence_before_start(r), r.sent.end):
        return "credit"
    # «با اشاره به تخصیص اعتبارات مصوب گفت: مبلغ ۲۶۳۴ میلیارد ریال ... پرداخت شده»
    public = r.unit in MONEY_UNITS and PUBLIC_FUNDS_RE.search(r.folded, r.sent.start, r.sent.end)
    return "budget" if public else subject


_LOAN_QUOTAS = load("subject_cues.json")["loan_quotas"]
_QUOTA_WORDS = tuple(_LOAN_QUOTAS["words"])
_QUOTA_RE = words_re(_LOAN_QUOTAS["words"])
_QUOTA_NOT_LENT_RE = words_re(_LOAN_QUOTAS["not_lent"])
_QUOTA_WORDS_BETWEEN = int(_LOAN_QUOTAS["max_words_between"])
# a percentage's quota word stands within this many characters after its unit
_QUOTA_REACH = 40


def loan_article(folded: str, state: Discourse) -> bool:
    """The text names loans ('loan_words') anywhere. Read once per text (kept in the
    discourse state)."""
    if state.about_loans is None:
        state.about_loans = LOAN_RE.search(folded) is not None
    return state.about_loans


def _quota_beside(r: Reading) -> bool:
    """A quota word stands beside the number: before money in its clause, or after a
    percentage's unit, at most 'max_words_between' words and no verb between, and it is
    no quota of goods or currency ('not_lent' right after it)."""
    folded = r.folded
    if r.unit == "percent":
        hi = min(r.clause.end, r.unit_end + _QUOTA_REACH)
        found = _QUOTA_RE.search(folded, r.unit_end, hi)
        if found is None:
            return False
        lo, hi = r.unit_end, found.start()
    else:
        quotas = list(_QUOTA_RE.finditer(folded, r.clause.start, r.num.start))
        if not quotas:
            return False
        found = quotas[-1]
        lo, hi = found.end(), r.num.start
    if len(folded[lo:hi].split()) > _QUOTA_WORDS_BETWEEN or VERB_STOP_RE.search(folded, lo, hi):
        return False
    return not _QUOTA_NOT_LENT_RE.match(folded, found.end() + 1)


@acts_on(MONEY_UNITS, "percent")
def quota_of_loans(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 36: «۴۰ درصد پرداختی نسبت به سهمیه ابلاغی ۲۰۰ میلیارد تومانی ...», «۷۰ درصد
    از کل سهمیه استان جذب شده»: in a text about loans, money named as a quota and a
    percentage of a quota are the loans allotted, credit, not the budget «ابلاغی» names nor
    the sector the sentence names ('loan_quotas'; dev gold 8 of 8)."""
    if subject not in (None, "budget") or not (r.unit in MONEY_UNITS or r.unit == "percent"):
        return subject
    lo = r.clause.start if r.unit != "percent" else r.unit_end
    if all(r.folded.find(w, lo, r.clause.end) < 0 for w in _QUOTA_WORDS):
        return subject
    if not _quota_beside(r) or not loan_article(r.folded, state):
        return subject
    return "credit"


# how many sentences back the quota an equated share restates may stand
_RESTATED_WITHIN = 2


@acts_on(MONEY_UNITS)
def equated_amount_restates(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 22: «تاکنون ۶۸ درصد این سهمیه معادل ۱۱۹ میلیارد تومان به مرحله انعقاد قرارداد
    رسیده», «۱۰۲ میلیارد تومان معادل ۵۸ درصد سهمیه ابلاغی پرداخت شده»: money equated
    ('equivalent_words') with a share is the same quantity as that share, so it takes the
    share's subject (a share just before it) or the subject of the whole the share is of (a
    quota or sum, 'restated_wholes', restating the latest amount of the passage), not the
    stage it reached (a contract) nor the notice that set the quota (a budget word)."""
    if r.unit not in MONEY_UNITS:
        return subject
    lo = max(r.clause.start, r.num.start - 60)
    if state.last_subject and EQUATED_AFTER_SHARE_RE.search(r.folded, lo, r.num.start):
        return state.last_subject
    recent = state.last_amount_si >= r.si - _RESTATED_WITHIN
    if recent and state.last_amount_subject and EQUATED_WITH_SHARE_RE.match(r.folded, r.unit_end):
        return state.last_amount_subject
    return subject


@acts_on("percent")
def share_restates_a_count(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 22b: «در بخش کشاورزی ۴۲۰ تعاونی معادل ۳۱ درصد، بخش خدمات ۲۸۰ تعاونی معادل ۲۲
    درصد ...», «۹۰۰ تعاونی مسکن معادل ۴۰ درصد»: a percentage equated ('equivalent_words')
    with the count right before it in its clause is that count's share of the whole, so it
    measures what the count counts (the cooperatives), not the sector the clause names,
    unless the phrase after the percentage names its own whole («... کل اقامتگاه‌ها»)."""
    if r.unit != "percent" or state.last_count is None or state.last_count[0] != r.si:
        return subject
    counted = state.last_count[1]
    at = state.last_count_at
    if counted is None or at < r.clause.start or r.num.start - at > 60:
        return subject
    if not EQUIVALENT_BEFORE_RE.search(r.folded, at, r.num.start):
        return subject
    if r.np_subject():
        return subject
    return counted


# what money lent and paid out may still be called, besides credit
_NOT_LENT = frozenset({"credit", "budget", "price", "tax", "investment", "purchases"})


@acts_on(MONEY_UNITS)
def loans_paid_are_credit(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«در بخش تسهیلات قرض الحسنه و اشتغالزایی، مبلغ ۴۸ هزار میلیارد ریال ... تسهیلات پرداخت
    کرده است», «برای نوسازی ... واحدهای مسکونی مبلغی برابر هزار میلیارد ریال ... تسهیلات
    پرداخت کرده»: money in a clause that pays out loans is credit, whatever purpose it names."""
    if r.unit not in MONEY_UNITS or subject in _NOT_LENT or subject is None:
        return subject
    lo, hi = r.clause.start, r.clause.end
    if PAID_RE.search(r.folded, lo, hi) and LOAN_TERM_RE.search(r.folded, lo, hi):
        return "credit"
    return subject


@ignores("count", "percent")
def amounts_are_not_documents(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«با اشتغال ۱۱۰ نفر پروانه بهره‌برداری دریافت کرد», «مجوز صادرات ۱۰۰ هزار تن
    سیب‌زمینی صادر شد»: persons and physical quantities are not licences, contracts or
    projects, and money is no licence; the cue before the number says what they are
    («مجوز صادرات ۱۰۰ هزار تن»: exports), else, for persons and quantities, the one after
    it («۲ میلیون متر مکعب شن و ماسه برای پروژه‌های عمرانی برداشت شد»: production; not
    for money: «پروانه ... با هزینه ۳۹ میلیارد ریال ... صادر شد» is issued, not exported)."""
    if subject not in NOT_FOR_PERSONS or r.unit in ("count", "percent"):
        return subject
    if r.unit in MONEY_UNITS and subject != "licences":
        return subject  # a contract's or a project's value
    return fitting_cue(r, NOT_FOR_PERSONS, after=r.unit not in MONEY_UNITS)


def _capacity_next_to(r: Reading) -> bool:
    """«ظرفیت» (or «گنجایش») right before the number or right after its unit: «با ظرفیت
    ۷۲۰۰ نفر», «۱۵۰ مگاوات ظرفیت نیروگاه‌ها»."""
    near = r.folded[max(r.clause.start, r.num.start - 12) : r.num.start]
    if subject_from(near, 0, len(near), allow_growth=False, last=True) == "capacity":
        return True
    after = SUBJECT_RE.match(r.folded, r.unit_end + 1)
    return after is not None and after.lastgroup == "capacity"


def capacity_stated(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«مدارس استان با ظرفیت ۷۲۰۰ نفر آماده پذیرش مسافران است»: «ظرفیت» right before the
    number says what it is, whatever follows."""
    near = r.folded[max(r.clause.start, r.num.start - 12) : r.num.start]
    cue = subject_from(near, 0, len(near), allow_growth=False, last=True)
    return "capacity" if cue == "capacity" else subject


@ignores(MONEY_UNITS)
def capacity_heads_phrase(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«ظرفیت اسکان شبانه در مراکز اقامتی ... هتل‌ها ... ۲۸۰ هزار نفر است», «ظرفیت
    اقامتگاه‌های مسافران ... پنج درصد افزایش یافت»: «ظرفیت» heading the noun phrase that
    runs, with no verb, up to the number makes the figure a capacity, though a word of
    the sector it holds (lodging, livestock, a product) stands nearer the number; not when
    the figure's own noun phrase names what it counts, nor for money."""
    if subject not in CAPACITY_OF_SUBJECTS or r.unit in MONEY_UNITS:
        return subject
    if r.np_subject(part=r.unit == "percent"):
        return subject
    cues = SUBJECT_RE.finditer(r.folded, r.clause.start, r.num.start)
    heads = (m for m in cues if m.lastgroup == "capacity")
    return "capacity" if _heads_phrase(r, heads, CAPACITY_OF_SUBJECTS) else subject


@acts_on("percent")
def share_of_output(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 21: «با توجه به ظرفیت‌های تولیدی استان ۶۰ درصد از فولاد کشور ... تولید
    می‌شود», «... ۳۵ درصد از سنگ آهن کشور استخراج می‌شود»: a part («درصد از») of a good
    whose sentence says, after it, that it is made or extracted ('making_verbs') is a
    share of production; the capacity named before it is the reason given, not the
    measure."""
    if r.unit != "percent" or subject != "capacity" or not r.folded.startswith(" از ", r.unit_end):
        return subject
    return "production" if MAKING_VERB_RE.search(r.folded, r.unit_end, r.sent.end) else subject


_SUPPLIED_SECTORS = frozenset({"agriculture", "cultivation", "livestock", "mining"})


@acts_on("percent")
def share_supplied(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 33: «این استان ۴۰ درصد نیاز برنج کشور را تأمین می‌کند», «۴۰ درصد از گچ مورد
    نیاز کشور از معادن استان تامین می‌شود», «... ۲۵ درصد گوشت قرمز استان را تامین می‌کنند»:
    a percentage of a farm or mining good that its sentence says, after it, is supplied to
    the country or the province ('share_supplied') is a share of production, not the
    sector of the good. A market's need with no whole named («۹۰ درصد نیاز بازار را تامین
    می‌کند»), a good brought in from outside («۸۵ درصد این بذور از خارج از استان تأمین
    شده») and other subjects (power: electricity) keep their reading."""
    if r.unit != "percent" or not (subject is None or subject in _SUPPLIED_SECTORS):
        return subject
    end = min(r.sent.end, r.unit_end + 120)
    if "تامین" not in r.folded[r.unit_end : end]:
        return subject
    found = SHARE_SUPPLIED_RE.search(r.folded, r.unit_end, end)
    if found is None:
        return subject
    lead = r.folded[r.unit_end : found.end()]
    if any(word in lead for word in SUPPLIED_FROM_OUTSIDE):
        return subject  # «۸۵ درصد این بذور از خارج از استان تأمین شده»: brought in
    return "production"


@acts_on("percent", "m3")
@needs("آورد")
def river_inflow_is_water(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42b: «۱۰ درصد آورد زاینده رود سهم استان است», «۴۰۰ میلیون متر مکعب آورد
    رودخانه»: a percentage or a volume with no subject whose noun right after the unit is
    the inflow of a river or a reservoir ('river_inflow': «آورد» and a river word just
    after it) measures water (dev gold 3 of 3 such figures)."""
    if subject is not None or r.unit not in ("percent", "m3"):
        return subject
    m = INFLOW_AFTER_UNIT_RE.match(r.folded, r.unit_end)
    if m is None or not RIVER_WORD_RE.search(r.folded, m.end(), m.end() + INFLOW_WINDOW):
        return subject
    return "water"


# the goods sectors whose share of a whole's need is their output
_NEED_MET_OVER = _SUPPLIED_SECTORS | {None, "manufacturing"}


@acts_on("percent")
@needs("نیاز")
def share_of_a_whole_need(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42b: «هشت شرکت نیشکری ... حدود ۴۰ درصد نیاز کشور به شکر را ...», «۳۰ درصد از
    نیاز استان به سیمان»: a percentage right before the need of a whole (the country, the
    province) is the share of that need its producers meet, production, as 'share_supplied'
    reads it with the supplying verb, which may be cut off or far; a market's need names no
    whole and keeps its reading (dev gold 2 of 2)."""
    if r.unit != "percent" or subject not in _NEED_MET_OVER:
        return subject
    return "production" if NEED_OF_A_WHOLE_AFTER_RE.match(r.folded, r.unit_end) else subject


@acts_on("m3")
def stored_water(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«سدهای استان ۴۸۹ میلیون مترمکعب آب دارند»: cubic metres are water (stored, supplied
    or saved) when nothing else is named; water «ذخیره» in a dam is water, not reserves.
    The volume a reservoir holds when full is its capacity: «حجم سد الغدیر ۲۷۷ میلیون متر
    مکعب است», «گنجایش مخزن سد را ۱.۳ میلیارد مترمکعب برشمرد», «۷۶۳ آب‌بندان با حجم ذخیره
    ۳۷۹ میلیون مترمکعب» (not «حجم آب سدها» nor what the reservoir holds now: «ذخیره کنونی»)."""
    if r.unit != "m3" or subject not in (None, "reserves", "water"):
        return subject
    before = r.folded[max(r.clause.start, r.num.start - 10) : r.num.start]
    if VOLUME_RE.search(before) or VOLUME_RE.match(r.folded, r.unit_end + 1):
        return "capacity"  # «از حجم ۱ میلیارد متر مکعبی سد», «۲۲۰ میلیون متر مکعب حجم سد»
    return "capacity" if _full_volume(r) or _size_of_a_tank(r) else "water"


def _size_of_a_tank(r: Reading) -> bool:
    """«ساخت مخزن ۲۰ هزار متر مکعبی شهر دهدشت», «استخر ذخیره ۵ هزار مترمکعبی»: a tank,
    reservoir or pool ('tank_words') named right before a volume written as an adjective
    is described by its size, what it holds when full: capacity."""
    end = r.unit_end
    adjective = _ADJECTIVE_UNIT_RE.match(r.folded, end) or _ADJECTIVE_UNIT_RE.match(
        r.folded, end - 1
    )
    if adjective is None:
        return False
    lo = max(r.clause.start, r.num.start - 16)
    return TANK_RE.search(r.folded, lo, r.num.start) is not None


def _full_volume(r: Reading) -> bool:
    """A reservoir's full volume named before the number in its segment, not the noun
    phrase of an earlier volume («از ۱ میلیارد متر مکعب حجم سد سلمان فارسی ۳۱۷ میلیون متر
    مکعب ... پر شده»: the 317 is what fills it), and nothing around the number says it is
    the water held now («ذخیره کنونی», «... به ۳۳۰ میلیون مترمکعب رسید»)."""
    seg = segment_start(r.folded, r.clause.start, r.num.start)
    for m in FULL_VOLUME_RE.finditer(r.folded, seg, r.num.start):
        if _AFTER_VOLUME_UNIT_RE.search(r.folded, seg, m.start()):
            continue
        end = min(r.clause.end, r.unit_end + 40)
        return not CURRENT_STORAGE_RE.search(r.folded, seg, end)
    if seg > r.clause.start:
        # round 42: «حجم کل مخزن سدهای «مروک»، «ایوشان»، ... ۲۰۸ میلیون مترمکعب است»: the
        # commas of a list of names, with no number between, do not end the volume's phrase
        heads = list(FULL_VOLUME_RE.finditer(r.folded, r.clause.start, seg))
        if heads and not _DIGIT_RE.search(r.folded, heads[-1].end(), r.num.start):
            end = min(r.clause.end, r.unit_end + 40)
            return not CURRENT_STORAGE_RE.search(r.folded, heads[-1].start(), end)
    return False


_DIGIT_RE = re.compile(r"\d")


_WATER_AFTER_UNIT_RE = re.compile(r"\s?آب" + WB_R)


@acts_on("m3")
def water_held_now(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«از این ظرفیت، ۳۰۰ میلیون متر مکعب آب در سدها ذخیره شده است», «مخازن با حجم ۴۲۰
    میلیون متر مکعب آب ذخیره شده پر است»: cubic metres with «آب» as their noun and a verb
    of holding after it ('held_water_words': «ذخیره شده», «موجود است», «پشت سدها») are the
    water a reservoir holds now, even right after «ظرفیت» or «حجم» (a capacity is stated
    without a participle of storing: «سدی با ظرفیت ۲۰ میلیون متر مکعب آب»)."""
    if r.unit != "m3" or subject not in (None, "capacity", "reserves", "water"):
        return subject
    if "آب" not in r.folded[r.unit_end : r.unit_end + 4]:
        return subject
    noun = _WATER_AFTER_UNIT_RE.match(r.folded, r.unit_end)
    if noun is None:
        return subject
    end = min(r.clause.end, noun.end() + 30)
    return "water" if HELD_WATER_RE.search(r.folded, noun.end(), end) else subject


@acts_on("percent")
def share_filled_is_water(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«سد ایلام ... معادل ۸۰ درصد ظرفیت خود», «۹۸ درصد حجم ذخیره سدهای استان آبگیری شده»:
    a percentage of a reservoir's capacity or store is the share filled, water (not its
    capacity, nor mineral reserves)."""
    if r.unit != "percent" or subject not in ("capacity", "reserves"):
        return subject
    for m in SECTOR_WORD_RE.finditer(r.folded, r.clause.start, r.clause.end):
        if m.lastgroup == "water":
            return "water"
    return subject


# «۳۶ درصد از ظرفیت ...», «۲۸ درصد از کل ظرفیت ...»: a share of a capacity, right after its unit
_SHARE_OF_CAPACITY_RE = re.compile(r"\s?(?:از\s)?(?:کل\s)?ظرفیت")


@acts_on("percent")
def share_of_lodging_used(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«سطح اشغال اسکان‌های رسمی ... ۲۸ درصد از کل ظرفیت», «۳۶ درصد از ظرفیت اقامت‌های
    رسمی ... استفاده شده» (round 30b): a percentage of a capacity in a clause about lodging
    ('lodging_words') is the share of the lodging used, its occupancy: tourism (the
    lead's Round 23 ruling), not the capacity, as a share of a dam's capacity is water."""
    if r.unit != "percent" or subject != "capacity":
        return subject
    if not _SHARE_OF_CAPACITY_RE.match(r.folded, r.unit_end):
        return subject
    lodging = LODGING_RE.search(r.folded, r.clause.start, r.clause.end)
    return "tourism" if lodging else subject


@acts_on("hectare")
def area_is_land(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«... تولید ... و سهم شهرستان ۱۸۲۰ هکتار است», «گندم تحویلی از سطح ۳۲ هزار هکتار
    گندم آبی خریداری شده»: hectares are land, never a flow of goods made or bought
    ('flows_not_land'): the farmland the crop came from."""
    return "cultivation" if r.unit == "hectare" and subject in FLOWS_NOT_LAND else subject


@acts_on("person")
def home_owners(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۲۳۲ نفر ... با استفاده از ... تسهیلات خرید و ۶۵۲ نفر نیز با ... تسهیلات فروش اقساطی
    موفق به خرید خانه شده اند», «۸۸۴ نفر ... خانه دار شدند»: persons who became home owners
    are housing, whatever loan bought the home (the loan is the money's subject)."""
    if r.unit == "person" and subject in (None, "credit"):
        if HOME_OWNER_RE.search(r.folded, r.unit_end, r.sent.end):
            return "housing"
    return subject


@acts_on("person")
def travellers_are_people(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۳ میلیون نفر وارد استان شدند»: persons who come in or go out are travellers, not
    imports or exports."""
    if r.unit == "person" and subject in TRADE_SUBJECTS:
        return "tourism"
    return subject


@acts_on(POWER_UNITS)
def power_rating_is_capacity(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """A power unit says what is measured: power in MW or kW is the capacity of a plant, a
    farm of panels or a grid connection («ظرفیت نیروگاه‌ها ۹۲۰۰ مگاوات», «نیروگاه ۱۰
    مگاواتی», «۳۶۳ کیلووات نیروگاه خورشیدی»); energy (MWh, kWh), power exported or
    imported, and power in a clause about demand («اوج مصرف برق ... ۸۲۹۸ مگاوات»,
    «حداکثر بار شبکه», «کسری ۸۰۰ مگاواتی») are electricity, unless «ظرفیت» stands right
    at the number («تا اوج مصرف ... ۱۵۰ مگاوات ظرفیت نیروگاه‌ها»)."""
    if r.unit not in POWER_UNITS:
        return subject
    if r.unit not in RATED_POWER_UNITS or subject in TRADE_SUBJECTS:
        return "electricity"
    if _capacity_next_to(r) or _rated_in_statement(r) or _put_into_service(r):
        return "capacity"
    if PLANT_AFTER_POWER_RE.match(r.folded, r.unit_end):
        return "capacity"  # round 30: «۷۰۰ مگاوات نیروگاه خورشیدی»: the plants' size
    # «اوج مصرف برق ... ثبت شد و این میزان به ۸۲۹۸ مگاوات رسید»: earlier in the sentence,
    # or in the sentence before when the figure refers back to it
    lo = r.sent.start
    if r.si > 0 and (r.anaphor or ANAPHOR_BEFORE_RE.search(r.folded, lo, r.num.start)):
        lo = r.doc.sents[r.si - 1].start
    demand = list(POWER_DEMAND_RE.finditer(r.folded, lo, r.clause.end))
    if demand and not _generator_answers(r, demand[-1].end()):
        return "electricity"
    return "capacity"


def _rated_in_statement(r: Reading) -> bool:
    """Round 27b: «گفت: ظرفیت قابل تولید برق در استان تا پایان سال ۲۲۱۰ مگاوات»,
    «ظرفیت اتصال به شبکه برق ... ۷ هزار مگاوات است، در حالی که ... مصرف ...»: a rating
    word ('rated_power_words') in the figure's clause before the number, with no demand
    word from the clause's start (or the colon that opens its quote) to the number, says
    the power is a capacity; demand named before the quote or after the number is another
    statement's."""
    lo = r.clause.start
    colon = r.folded.rfind(":", lo, r.num.start)
    if colon >= 0:
        lo = colon + 1
    if RATED_POWER_WORD_RE.search(r.folded, lo, r.num.start) is None:
        return False
    return POWER_DEMAND_RE.search(r.folded, lo, r.num.start) is None


def _put_into_service(r: Reading) -> bool:
    """Round 27b: «... که تاکنون ۳۰۷ مگاوات آن وارد مدار شده است»: power its clause says
    was put into service ('in_service_words' after the unit, with no demand word in its
    comma-delimited segment before them: «از زمان بروز ناترازی برق، ...» is the frame) is
    plant capacity added."""
    m = IN_SERVICE_RE.search(r.folded, r.unit_end, r.clause.end)
    if m is None:
        return False
    lo = segment_start(r.folded, r.clause.start, r.num.start)
    return POWER_DEMAND_RE.search(r.folded, lo, m.start()) is None


def _generator_answers(r: Reading, after: int) -> bool:
    """«مصرف برق این واحد ۳ تا ۴ مگاوات است که این مولد، ۱.۲ مگاوات آن را تامین می‌کند»:
    a generator or plant ('generator_words') named in the figure's own clause, before the
    number and after every demand word, is what the power is of: its rating (capacity),
    though the sentence speaks of the demand it meets."""
    lo = max(after, r.clause.start)
    return lo < r.num.start and GENERATOR_RE.search(r.folded, lo, r.num.start) is not None


# what money spent on setting something up may have been labelled before: the sector, the
# capacity or the jobs named around it, a production figure
_SPENT_OVER = frozenset({"capacity", "employment", "production"})


@acts_on(MONEY_UNITS)
def spent_on_setting_up(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«برای راه اندازی این نیروگاه‌ها ۱۸۰ میلیارد تومان هزینه شده است», «برای راه اندازی
    این شرکت با اشتغالزایی ۵۰ نفر ... ۱۲ میلیارد تومان هزینه شده»: money the clause says
    was spent to set up, open or build something is the investment in it, not the sector,
    capacity or jobs named around it (a loan, fund or budget cue keeps its label). Round 24
    (the lead's ruling): money spent to build a public work the state builds, named right
    after the setting-up word («تاکنون ۱۸۰ میلیارد تومان برای ساخت این سد هزینه شده»,
    «برای احداث این جاده ...»: 'public_works_nouns'), is the budget spent on it; the
    setting-up purpose may also follow the money («۹۰ میلیارد تومان برای ساخت پل ... هزینه
    شد»)."""
    if r.unit not in MONEY_UNITS or not (
        subject is None or subject in SECTOR_SUBJECTS or subject in _SPENT_OVER
    ):
        return subject
    setting_up = SETTING_UP_RE.search(r.folded, r.clause.start, r.num.start)
    if setting_up is None:
        setting_up = SETTING_UP_RE.search(r.folded, r.unit_end, r.clause.end)
    if setting_up is None or not SPENT_RE.search(r.folded, r.unit_end, r.clause.end):
        return subject
    at = setting_up.end() + (r.folded[setting_up.end() : setting_up.end() + 1] == " ")
    at += 4 * r.folded.startswith("این ", at)  # «برای ساخت این سد»
    return "budget" if PUBLIC_WORK_RE.match(r.folded, at, r.clause.end) else "investment"


# Round 24 (the lead's ruling): public works the state builds, whose building money is budget
PUBLIC_WORK_RE = words_re(load("subject_cues.json")["public_works_nouns"])


@acts_on(MONEY_UNITS)
def money_invested(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۳ هزار میلیارد ریال در طرح‌های گردشگری استان سرمایه گذاری شده است», «۴ هزار
    میلیارد تومان در طرح‌های اشتغالزایی سرمایه گذاری شد»: money whose verb after the unit,
    in its clause, says it was invested is the investment, not the sector, jobs or output
    of what it went into (a loan, fund or budget cue keeps its own label)."""
    if r.unit not in MONEY_UNITS or not (
        subject is None or subject in SECTOR_SUBJECTS or subject in _SPENT_OVER
    ):
        return subject
    return "investment" if INVESTED_RE.search(r.folded, r.unit_end, r.clause.end) else subject


_HEADED_OVER = frozenset({None, "budget", "credit", "projects"})


@acts_on(MONEY_UNITS)
@needs("سرمایه")
def investment_heads_amount(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 38: «این پروژه‌ها با اعتباری بالغ بر ۱۸۲۱ میلیارد تومان سرمایه‌گذاری آماده
    بهره‌برداری شده», «۱۱۷ میلیارد ریال سرمایه‌گذاری از سوی بخش خصوصی»: money that
    «سرمایه‌گذاری» heads right after its unit ('investment_heads_after') is the investment,
    whatever budget or loan cue stands before it (dev gold: 23 of 23)."""
    if r.unit not in MONEY_UNITS or (
        subject not in _HEADED_OVER and subject not in SECTOR_SUBJECTS
    ):
        return subject
    return "investment" if INVESTMENT_HEAD_AFTER_RE.match(r.folded, r.unit_end) else subject


# Round 31: plants a firm builds (subject_cues.json 'plants_built_with'), and a bare «با»
# (maybe with an approximation) right before the money
_PLANTS_BUILT_WITH = tuple(load("subject_cues.json")["plants_built_with"]["words"])
_BARE_WITH_BEFORE_RE = re.compile(r"(?:^|\s)با\s(?:(?:بیش از|حدود|بالغ بر|نزدیک به)\s)?$")


def plant_built_with_money(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«نیروگاه ۱۰ مگاواتی ... با صد میلیارد تومان به بهره برداری رسید», «کارخانه ... با
    ۲ هزار میلیارد تومان افتتاح شد»: money after a bare «با» in a clause that names a
    power plant or a factory is what the plant was built with, the investment in it (the
    lead's Round 24 ruling on a firm's plant), not the sector of the plant; a loan, fund
    or budget cue keeps its own label."""
    if r.unit not in MONEY_UNITS or not (
        subject is None or subject in SECTOR_SUBJECTS or subject in _SPENT_OVER
    ):
        return subject
    folded, lo, hi = r.folded, r.clause.start, r.clause.end
    if not any(folded.find(w, lo, hi) >= 0 for w in _PLANTS_BUILT_WITH):
        return subject  # most clauses name no plant
    if not _BARE_WITH_BEFORE_RE.search(folded, max(lo, r.num.start - 16), r.num.start):
        return subject
    return "investment"


_FIRM_PLANT_FUNDS = load("subject_cues.json")["firm_plant_funds"]
_FIRM_PLANTS: tuple[str, ...] = tuple(_FIRM_PLANT_FUNDS["plants"])
_PLANT_OPENED: tuple[str, ...] = tuple(_FIRM_PLANT_FUNDS["opened_words"])
_PLANT_FUNDS_STOPS: tuple[str, ...] = tuple(_FIRM_PLANT_FUNDS["stops"])


@acts_on(MONEY_UNITS)
@needs(*_FIRM_PLANTS)
def funds_of_a_firms_plant(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «۲۶ واحد تولیدی ... با ۲ هزار و ۴۲۶ میلیارد ریال اعتبار به بهره‌برداری رسید»,
    «تاکنون بیش از ۴۰۰ میلیارد ریال اعتبار برای اجرای این کارخانه هزینه شده است»: funds read
    as a budget in a clause that names a firm's plant and says it was opened or the money
    spent ('firm_plant_funds') are the investment in the plant (the lead's Round 24 ruling),
    unless the clause names a utility's supply work to the plants or funds paid, lent,
    approved or still needed (those keep their label)."""
    if subject != "budget" or r.unit not in MONEY_UNITS:
        return subject
    folded, lo, hi = r.folded, r.clause.start, r.clause.end
    if not any(folded.find(w, lo, hi) >= 0 for w in _FIRM_PLANTS):
        return subject
    if not any(folded.find(w, lo, hi) >= 0 for w in _PLANT_OPENED):
        return subject
    if any(folded.find(w, lo, hi) >= 0 for w in _PLANT_FUNDS_STOPS):
        return subject
    if SUPPLY_WORK_RE.search(folded, lo, hi):
        return subject
    return "investment"


# the stems of the 'goods_flow_verbs' words, for a cheap test before the regex
_FLOW_STEMS = ("صادر", "خارج", "وارد", "ترخیص", "ترانزیت")


@acts_on(GOODS_UNITS, MONEY_UNITS)
def products_crossing(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۳۲ میلیون دلار از تولیدات صنایع دستی استان به صورت رسمی از گمرک خارج شده»,
    «۵ هزار تن محصولات لبنی به عراق صادر شد» (round 27): products named by their making
    ('products_words') whose verb after the number in the clause says they went out, came
    in or passed through ('goods_flow_verbs') are exports, imports or transit, not the
    production (or the sector) their noun names; «ارزش وزنی این تولیدات ۵ هزار تن» right
    after such a flow weighs the same products, so it crossed the same way. The flow must be
    the first verb after the number: products made, then a share of them exported, stay
    production."""
    if subject != "production" and subject not in SECTOR_SUBJECTS:
        return subject
    if r.unit not in GOODS_UNITS and r.unit not in MONEY_UNITS:
        return subject
    last = state.last_amount_subject
    tail = r.folded[r.unit_end : r.clause.end]
    if last not in GOODS_FLOW_SUBJECTS and not any(w in tail for w in _FLOW_STEMS):
        return subject  # cheap guard: no flow verb after the number, no flow just before
    lo = segment_start(r.folded, r.clause.start, r.num.start)
    if PRODUCTS_RE.search(r.folded, lo, r.clause.end):
        m = GOODS_FLOW_RE.search(r.folded, r.unit_end, r.clause.end)
        stop = m and VERB_STOP_RE.search(r.folded, r.unit_end, m.end())
        if m and (stop is None or stop.start() >= m.start()):
            return m.lastgroup  # the first verb after the number («... تولید می‌شود که
            # ۳۵ درصد آن صادر می‌شود»: made, and a share of it exported)
    if last in GOODS_FLOW_SUBJECTS and PRODUCTS_ANAPHOR_RE.search(r.folded, lo, r.num.start):
        return last
    return subject


@needs(*_FLOW_STEMS)
def part_crossing(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 30: «... ۲۰۰ هزار تن پسته تولید شد که از این میزان ۱۲۰ هزار تن به کشورهای
    هدف صادر شده»: a part of the amount before («از این میزان/مقدار/حجم ...», no verb
    between it and the number) whose first verb after the number says it went out, came in
    or passed through ('goods_flow_verbs') is exports, imports or transit, not the production
    (or the sector) of the whole it is a part of; a part that only names where it went
    («... از بندر خارج شد» in a sentence the port labels trade) keeps its label."""
    if subject != "production" and subject not in SECTOR_SUBJECTS:
        return subject
    if r.unit not in GOODS_UNITS:
        return subject
    tail = r.folded[r.unit_end : r.clause.end]
    if not any(w in tail for w in _FLOW_STEMS):
        return subject
    part = PARTITIVE_BEFORE_RE.search(r.folded, r.sent.start, r.num.start)
    if part is None or VERB_STOP_RE.search(r.folded, part.end(), r.num.start):
        return subject
    m = GOODS_FLOW_RE.search(r.folded, r.unit_end, r.clause.end)
    if m is None:
        return subject
    stop = VERB_STOP_RE.search(r.folded, r.unit_end, m.end())
    return m.lastgroup if stop is None or stop.start() >= m.start() else subject


# how far before the number «با» may stand («با حدود ۱۶۰۰ میلیارد ریال»)
_MEANS_WINDOW = 24


@needs("رسانی")
@acts_on(MONEY_UNITS)
def supply_work_funded(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«اعتباری حدود ۵۰ میلیارد ریال برای آبرسانی به این مناطق هزینه شده», «۴۴ روستا با
    ۱۶۰۰ میلیارد ریال آبرسانی شد» (round 27): money that a supply work of a utility
    ('supply_works') names as its purpose is state money for a public network, the budget
    (the lead's Round 24 ruling), not the utility nor no subject, when the clause names a fund or a
    spending verb or the money is the means («با») of the supply; the value of a project
    («به ارزش ...», a 'value_of_goods' word) and a sentence about loans keep the utility."""
    if r.unit not in MONEY_UNITS or not (subject is None or subject in NETWORK_UTILITIES):
        return subject
    lo, hi = r.clause.start, r.clause.end
    if "رسانی" not in r.folded[lo:hi] or SUPPLY_WORK_RE.search(r.folded, lo, hi) is None:
        return subject
    if LOAN_RE.search(r.folded, r.sent.start, r.sent.end):
        return subject
    before = max(lo, r.num.start - _MEANS_WINDOW)
    if VALUE_OF_GOODS_RE.search(r.folded, before, r.num.start):
        return subject
    if (
        FUND_WORD_RE.search(r.folded, lo, hi)
        or SPENT_RE.search(r.folded, r.unit_end, hi)
        or MEANS_BEFORE_RE.search(r.folded, before, r.num.start)
    ):
        return "budget"
    return subject


@acts_on(GOODS_UNITS, MONEY_UNITS)
def goods_crossing(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۷۸ هزار تن کالا به ارزش ۲۰۶ میلیون دلار از طریق گمرکات وارد خراسان رضوی شد»,
    «... تن کالا از مبادی رسمی استان از کشور خارج شده است»: goods (or their value) whose
    verb says they came in, went out or passed through are imports, exports or transit,
    not the trade the customs office around them names; «ارزش این کالاها ... دلار» is the
    value of the goods just counted, and crossed the same way."""
    if subject not in (None, "trade") or (r.unit not in GOODS_UNITS and r.unit not in MONEY_UNITS):
        return subject
    last = state.last_amount_subject
    if (
        r.unit in MONEY_UNITS
        and last in GOODS_FLOW_SUBJECTS
        and GOODS_ANAPHOR_RE.search(r.folded, r.sent.start, r.num.start)
    ):
        return last
    if not GOODS_WORD_RE.search(r.folded, r.clause.start, r.clause.end):
        return subject
    m = GOODS_FLOW_RE.search(r.folded, r.unit_end, r.clause.end)
    return m.lastgroup if m else subject


@needs(*_FLOW_STEMS)
@acts_on(GOODS_UNITS, MONEY_UNITS)
def goods_cross_by_their_own_verb(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 39: «این میزان کالای صادر شده ... بوده است، همچنین ... ۹ میلیون تن کالا به ارزش
    ... از مرزهای استان وارد کشور شده است»: goods (or their value) in a statement of their
    own, whose first verb after the number says which way they crossed ('goods_flow_verbs'),
    crossed that way, though the flow an earlier statement of the clause named, or the
    speaker's topic («با اشاره به صادرات ... گفت»), is the other one: their own segment (from
    the comma before the number) names no flow before them. Dev gold: goods counted with
    «وارد کشور/استان شده» after them are imports 23 of 23."""
    if subject not in GOODS_FLOW_SUBJECTS:
        return subject
    folded, hi = r.folded, r.clause.end
    m = GOODS_FLOW_RE.search(folded, r.unit_end, hi)
    if m is None or m.lastgroup == subject:
        return subject
    stop = VERB_STOP_RE.search(folded, r.unit_end, m.end())
    if stop is not None and stop.start() < m.start():
        return subject  # not the first verb after the number
    if m.lastgroup == "transit" and _direction_of_transit(r, m.start()):
        return "transit"
    seg = segment_start(folded, r.clause.start, r.num.start)
    if r.np_subject() is not None or subject_from(
        folded, seg, r.num.start, allow_growth=False, last=True
    ):
        return subject  # the number's own words name its flow
    if not GOODS_WORD_RE.search(folded, seg, m.start()):
        return subject
    return m.lastgroup


_DIRECTIONS = frozenset({"exports", "imports"})


def _direction_of_transit(r: Reading, verb_at: int) -> bool:
    """Round 44: «۵ هزار تن کالا به خارج از کشور ترانزیت شد»: the only cues between the
    unit and the transit verb are a way out or in: where the transit went, no flow of its
    own."""
    cues = [m.lastgroup for m in SUBJECT_RE.finditer(r.folded, r.unit_end, verb_at)]
    return bool(cues) and all(c in _DIRECTIONS for c in cues)


@acts_on(GOODS_UNITS)
def goods_moved(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۵ میلیون تن کالا در استان جابه‌جا شد», «۲۴۰ هزار تن کالا توسط ۹ هزار کامیون در
    پایانه مرزی بارگیری شده» (round 17): goods ('goods_words') weighed in a clause whose
    verb after the unit says they were moved or loaded ('goods_moved_verbs') are freight,
    transport, not the trade the goods or the border name; goods at a port stay with
    ``goods_at_port``, goods crossing a border with ``goods_crossing``, goods moved and
    exchanged ('goods_exchanged_words') with trade."""
    if subject not in (None, "trade") or r.unit not in GOODS_UNITS:
        return subject
    lo, hi = r.clause.start, r.clause.end
    if not GOODS_WORD_RE.search(r.folded, lo, hi) or PORT_RE.search(r.folded, lo, hi):
        return subject
    if GOODS_EXCHANGED_RE.search(r.folded, r.unit_end, hi):
        return subject  # «... تن کالا از طریق مرز جا به جا و مبادله شده»: traded
    return "transport" if GOODS_MOVED_RE.search(r.folded, r.unit_end, hi) else subject


@acts_on(GOODS_UNITS, "percent")
@needs("وارد", sentence=True)
def goods_brought_into_the_province(
    r: Reading, state: Discourse, subject: str | None
) -> str | None:
    """Round 40: «۷ میلیون تن کالا وارد استان شده», «... تن کالا توسط شرکت‌های حمل و نقل
    وارد این استان شد»: goods ('goods_words') weighed in a clause that says, after the unit,
    they came into the province ('into_province_words'), with no border, customs office,
    port, foreign place or foreign currency named in the sentence ('from_abroad_words': «به
    ارزش ۴۸۵ میلیون دلار وارد استان شد» is imports), were carried in
    from the rest of the country: transport, not imports, which come from abroad
    (subjects.json; dev gold 2 of 2; goods entering through border terminals stay imports).
    A percentage after them in the sentence («... که این آمار افزایش ۳۹ درصدی ... نشان
    می‌دهد») is the change of that freight, transport too."""
    if subject != "imports":
        return subject
    if r.unit in GOODS_UNITS:
        lo, hi = r.clause.start, r.clause.end
        if not GOODS_WORD_RE.search(r.folded, lo, hi):
            return subject
        if INTO_PROVINCE_RE.search(r.folded, r.unit_end, hi) is None:
            return subject
    elif r.unit == "percent":
        into = INTO_PROVINCE_RE.search(r.folded, r.sent.start, r.num.start)
        if into is None or not GOODS_WORD_RE.search(r.folded, r.sent.start, into.start()):
            return subject
    else:
        return subject
    if FROM_ABROAD_RE.search(r.folded, r.sent.start, r.sent.end):
        return subject
    return "transport"


def _ships_loaded(r: Reading) -> bool:
    """«میانگین بارگیری کشتی‌ها در اسکله ... روزانه ۲۰ هزار تن», «نرم بارگیری این شناور
    روزانه ۱۳ هزار تن» (round 15): goods a ship or a berth ('port_words') loads or unloads
    ('port_handling_words'), read as transport only from the ship's word (no transport cue
    such as «حمل» in the clause), are port trade."""
    lo, hi = r.clause.start, r.clause.end
    if not PORT_RE.search(r.folded, lo, hi) or not PORT_HANDLING_RE.search(r.folded, lo, hi):
        return False
    return all(m.lastgroup != "transport" for m in SUBJECT_RE.finditer(r.folded, lo, hi))


@acts_on(GOODS_UNITS)
def goods_at_port(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«این کشتی حامل ۲۰ هزار تن خاک فسفات است که پس از تخلیه ...», «۹ فروند کشتی حامل
    ۵۵۲ هزار تن گندم در بندر ... پهلودهی شده»: goods carried by a ship or landed at a
    port are port trade, not the sector the goods come from: loading and unloading when
    the clause says so («... در بندر چابهار تخلیه ... قرار دارد»), else imports when the
    sentence or the one before names goods brought from abroad («کالاهای اساسی واردشده»,
    «از خارج») or the clause names the country they came from («از برزیل»), or when the
    cargo just before, a sentence or two earlier, was imports, else trade. A cue of its own
    decided before: a verb that says where they went («... صادر شد»: exports), transport
    («حمل»), a capacity, «تخلیه و بارگیری»; a cue of trade too. A port or boat qualified as
    fishing («اسکله صیادی», «بندر صیادی», «شناور صیادی») lands the catch: production, not
    port trade."""
    if r.unit in GOODS_UNITS and subject == "transport" and _ships_loaded(r):
        return "trade"
    if r.unit not in GOODS_UNITS or subject not in PORT_GOODS_SECTORS | {None, "trade"}:
        return subject
    lo, hi = r.clause.start, r.clause.end
    ports = list(PORT_RE.finditer(r.folded, lo, hi))
    if ports and all(FISHING_FLEET_RE.match(r.folded, m.end()) for m in ports):
        return "production"  # «... تن ماهی در اسکله صیادی تخلیه شد»: the catch landed
    if not ports or subject == "trade":
        return subject
    if PORT_HANDLING_RE.search(r.folded, lo, hi):
        return "trade"
    prev = _sentence_before_start(r)
    if IMPORTED_GOODS_RE.search(r.folded, prev, r.sent.end):
        return "imports"
    if FROM_COUNTRY_RE.search(r.folded, lo, hi):
        return "imports"
    # «... کشتی حامل ۱۴۶ هزار تن روغن ... پهلودهی شده. ... سه شناور حامل جو (۵۴ هزار تن)
    # ... پهلودهی شده»: the next cargo of a report on imported goods is imported too
    last_was_cargo = state.last_amount_unit in GOODS_UNITS and state.last_amount_si >= r.si - 2
    return "imports" if last_was_cargo and state.last_amount_subject == "imports" else "trade"


_NOT_LANDED = frozenset({"exports", "transit", "transport"})


def staple_cargo_landed(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«تخلیه و بارگیری ۷۵ هزار تن گندم آغاز شد», «۲۷۷ هزار تن گندم ... در بندر شهید رجایی
    تخلیه شده است», «بار این دو کشتی ۷۱ هزار تن گندم و ۲۸ هزار تن برنج است» (round 30b):
    a staple the country buys abroad by sea ('staple_cargo_words': grain, edible oil, sugar,
    feed) named right after its unit, in a clause about a ship or a port, is imports, not
    the port's loading and unloading nor the farm sector of the good (dev gold 12 of 13 such
    cargoes; generic «کالای اساسی» unloaded stays the port's trade, 3 of 3). A clause that
    names an export, a transit or a haul of the goods keeps its reading, and so do goods
    that left a store at home («... تن جو از انبار وارد بندر شد») and a fishing port's
    catch."""
    if r.unit not in GOODS_UNITS or subject not in PORT_GOODS_SECTORS | {None, "trade"}:
        return subject
    if not STAPLE_CARGO_AFTER_RE.match(r.folded, r.unit_end):
        return subject
    lo, hi = r.clause.start, r.clause.end
    ports = list(PORT_RE.finditer(r.folded, lo, hi))
    if not ports or all(FISHING_FLEET_RE.match(r.folded, m.end()) for m in ports):
        return subject
    if any(m.lastgroup in _NOT_LANDED for m in SUBJECT_RE.finditer(r.folded, lo, hi)):
        return subject
    return subject if FROM_STORE_RE.search(r.folded, lo, hi) else "imports"


# Persons («۱۸ هزار نفر صیاد») are the very people the clause names, not the sector around
# them; land is read by 'farmland_by_default' («شهرک صنعتی به مساحت ۶۰۰ هکتار» is no
# farmland, nor industry).
_NOT_BY_SECTOR = frozenset({"person", "hectare"})


@acts_on("ton")
def ore_weighed_is_output(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 40: «با بهره‌برداری از این معدن سالانه ۱۲۰ هزار تن کانسنگ استخراج می‌شود»,
    «۴۵۰۰ تن ماده معدنی»: ore ('ore_nouns') weighed right after its unit, with no cue
    that gave the figure a subject, is the mine's output: production (dev gold: mineral
    tonnages 31 of 40 production), not the mining sector the last resort would read from
    «معدن»; waste rock stays with 'waste_removed_is_mining', which gave it a subject."""
    if subject is not None or r.unit != "ton":
        return subject
    return "production" if ORE_AFTER_UNIT_RE.match(r.folded, r.unit_end) else subject


# the farm sector or its land, read from the crop or the orchard named beside the tonnage
_CROP_READ_OVER = frozenset({None, "agriculture", "cultivation"})


# what a figure sent abroad may have been read as: nothing, a sector of goods, or trade at
# large (travellers going abroad are tourism, not goods)
_SENT_ABROAD_OVER = (SECTOR_SUBJECTS - {"tourism"}) | {None, "trade"}
_SENT_ABROAD_UNITS = GOODS_UNITS | MONEY_UNITS | {"percent"}


@acts_on(_SENT_ABROAD_UNITS)
@needs("کشور", "خارج")
def goods_sent_abroad(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42b: «پیشتر حدود ۳۰ هزار تن خرما به کشورهای ...», «سالانه ۱۱۰ میلیون دلار
    کفش ماشینی از ایران به کشورهای عراق، افغانستان، ... صادر می‌شود», «۹۵ درصد آن ... به
    کشورهای عربی»: goods weighed, their value or a share of them that the clause, after the
    unit, sends to foreign countries ('sent_abroad' destinations) are exports, whatever the
    verb (cut off, or past a list of countries the clause stops at); dev gold: 34 of 38
    figures so followed are exports, the others have a cue of their own (imports, output,
    a price), which this rule leaves alone, as it leaves every label but none, a sector's
    and trade at large."""
    if r.unit not in _SENT_ABROAD_UNITS:
        return subject
    # «... تن میگو به دست آمد که ۹۵ درصد آن ... به کشورهای عربی»: the part of the output
    # sent abroad is exported, though it was read as a part of the output
    if subject not in _SENT_ABROAD_OVER and not (r.unit == "percent" and subject == "production"):
        return subject
    hi = destination_end(r)
    if SENT_ABROAD_RE.search(r.folded, r.unit_end, hi) is None:
        return subject
    return "exports"


@acts_on("ton")
def crop_weighed_is_output(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 42b: «۱۶۴ هزار تن محصول شامل ...», «۱۱۰ هزار تن خرما از ... نخل برداشت
    می‌شود»: a tonnage with no subject yet, written as the yield ('yield_nouns' right after
    its unit) or with a harvest word after it in its sentence ('harvest_stems', a substring:
    glued words still count), is the crop harvested, production (dev gold: 36 of 36
    tonnages of «محصول» production), not the farm sector the last resort reads from the
    crop's name or the land the orchard cue reads («... تن محصول از نخلستان‌ها»); a flow,
    purchase or store a cue read keeps its label, and goods placed in a store are its stock
    ('goods_in_store')."""
    if subject not in _CROP_READ_OVER or r.unit != "ton":
        return subject
    if STORE_PLACE_RE.search(r.folded, r.unit_end, r.clause.end):
        return subject  # «۳۰ هزار تن محصول در سردخانه‌ها»: a stock, read by goods_in_store
    if YIELD_AFTER_UNIT_RE.match(r.folded, r.unit_end):
        return "production"
    after = r.folded[r.unit_end : r.sent.end]
    return "production" if any(s in after for s in HARVEST_STEMS) else subject


@ignores(_NOT_BY_SECTOR)
def sector_named_nearby(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۱۲ هزار تن گندم به دست آمد», «۳۵۰ میلیارد ریال به کامیون‌داران»: when nothing else
    said what is measured, the sector the clause names (its products, facilities or
    activities, 'sector_words') is the subject: the noun phrase after the unit first, then
    the nearest word before the number, then the first one after it. A percentage is a
    part of what follows it («۴۰ درصد کامیون‌ها»), so only its noun phrase counts."""
    if subject is not None or r.unit in _NOT_BY_SECTOR:
        return subject
    return sector_in_clause(
        r.folded, r.clause, r.num.start, r.unit_end, np_only=r.unit == "percent"
    )


# a percentage was read by its noun phrase only, a count not at all, before the last resort
_NP_ONLY_BEFORE = frozenset({"percent", "count"})


def outside_economy(r: Reading) -> bool:
    """«۲۳۸ قلم کالای تولیدی», «۶۶ درصد از مصوبات این ستاد»: the figure counts (or is a
    share of) things outside the economy ('outside_economy.json'). A fishing fleet or port
    is no longer one (round 21): vessels and ports counted are transport (round 7), and a
    landing centre takes the fisheries' sector like any other facility."""
    if r.noun is not None and r.noun in OUTSIDE_ECONOMY_NOUNS:
        return True
    return OUTSIDE_ECONOMY_AFTER_RE.match(r.folded, r.unit_end) is not None


def sentence_sector(r: Reading) -> str | None:
    """The sector word of the figure's sentence nearest its number («... تولید گندم ... .
    از این میان ۴۰ درصد ...» is not, but «در بخش کشاورزی، ... ۴۰ درصد» is), else None."""
    best: tuple[int, str] | None = None
    for m in r.doc.matches(SECTOR_WORD_RE, r.sent):
        d = abs(m.start() - r.num.start)
        if m.lastgroup and (best is None or d < best[0]):
            best = (d, m.lastgroup)
    return best[1] if best else None


# how far before a tonnage its waste word may stand («میزان باطله برداری نیز حدود ...»)
_WASTE_BEFORE = 32


@acts_on("ton")
def waste_removed_is_mining(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 38: «این شرکت ... سنگ آهن تولید کرد ضمن اینکه میزان باطله برداری نیز حدود ۲۲
    میلیون تن بود», «۴۵۰۰ تن ماده معدنی تولید و حدود ۳۶ هزار تن نیز باطله برداشت شود»:
    waste rock stripped at a mine is mining work, not output ('waste_words'): a tonnage
    with a waste word right after its unit, or in the words just before it with no other
    number between, is mining (dev gold 3 of 3). Round 43: ore and waste named together
    as one amount mined («میزان استخراج ماده معدنی و باطله ... در حدود چهار میلیون تن»)
    are the mine's whole output, production (h39b03's gold), not waste alone."""
    if r.unit != "ton" or subject == "mining":
        return subject
    if WASTE_AFTER_UNIT_RE.match(r.folded, r.unit_end):
        return "mining"
    lo = max(r.clause.start, r.num.start - _WASTE_BEFORE)
    before = r.folded[lo : r.num.start]
    if any(w in before for w in WASTE_WORDS) and not any(ch.isdigit() for ch in before):
        both = ORE_AND_WASTE_RE.search(r.folded, max(r.clause.start, lo - 24), r.num.start)
        return "production" if both else "mining"
    return subject


@acts_on("hectare")
def land_is_no_capacity(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 38: «یکی از سایت‌های طرح نهضت ملی مسکن به مساحت ۵۶۰ هکتار ظرفیت ساخت ۳۰ هزار
    واحد مسکونی را دارد», «بندر ... با ۲۴۰۰ هکتار مساحت و ... ظرفیت ...»: land is no
    capacity; an area read so (a capacity cue after its unit heads the next phrase) takes
    the sector its clause names, the land's purpose (the lead's Round 23 ruling on land;
    dev gold: 0 of 7 such areas capacity)."""
    if r.unit != "hectare" or subject != "capacity":
        return subject
    return sector_in_clause(r.folded, r.clause, r.num.start, r.unit_end)


@acts_on("km")
def length_of_a_work(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 38: «احداث و آسفالت ۲۸ کیلومتر راه روستایی ... نیازمند ۱۵۰ میلیارد ریال اعتبار
    است», «۱۲ هزار کیلومتر راه در استان وجود دارد», «احداث جاده روستای ... به طول ۱۲
    کیلومتر»: a length in kilometres measures a work laid on the ground. A road right after
    the unit ('road_lengths') is construction, the sector of roads built and kept (dev
    gold 12 of 13 road lengths; «راه آهن» is no road here: a railway stays transport); a
    length after «به طول» ('length_of_words') measures the work named first in its
    segment, a road or a sector word («خط انتقال آب به طول ...»: water); and a length is
    never money, so a money label read off the clause gives way to the sector the clause
    names."""
    if r.unit != "km":
        return subject
    f = r.folded
    if ROAD_AFTER_UNIT_RE.match(f, r.unit_end):
        return "construction"
    lo = max(r.clause.start, r.num.start - 18)
    if "طول" in f[lo : r.num.start] and LENGTH_OF_RE.search(f, lo, r.num.start):
        seg = segment_start(f, r.clause.start, r.num.start)
        road = ROAD_WORD_RE.search(f, seg, r.num.start)
        sector = SECTOR_WORD_RE.search(f, seg, road.start() if road else r.num.start)
        if sector is not None:
            return sector.lastgroup
        if road is not None:
            return "construction"
    if subject in MONEY_ONLY_SUBJECTS:
        return sector_in_clause(f, r.clause, r.num.start, r.unit_end)
    return subject


@acts_on("m2")
def area_built(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 33: «این پروژه شامل احداث مسیر قریب به ۱۱ هزار مترمربع، پارکینگ ۲۵ هزار
    مترمربع و ساختمان جدید با زیربنای ۳۲۰۰ مترمربع», «مسجد ... با زیربنای ۱۲۰۰ متر مربع»: an
    area whose clause names, before the number, a structure being built or a floor area
    ('building_words') is the area built: construction, not the sector the structure
    serves (a terminal's transport). Housing built keeps housing (also an area with no
    subject in an article plainly about housing); land named right before the area
    («در زمینی به مساحت ...»), a capacity or output keep their reading."""
    if r.unit != "m2" or not (
        subject is None or (subject in SECTOR_SUBJECTS and subject != "housing")
    ):
        return subject
    if "زمین" in r.folded[max(r.clause.start, r.num.start - 20) : r.num.start]:
        return subject  # «در زمینی به مساحت ...»: the land, not the area built
    if BUILDING_RE.search(r.folded, r.clause.start, r.num.start) is None:
        return subject
    if subject is None and plain_sector(r.folded, state) == "housing":
        return subject  # «این طرح ... با زیربنای ۳۷ هزار متر مربع» in a housing story
    return "construction"


@acts_on("ton")
def size_of_a_store(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 33: «با بهره برداری از سردخانه ۲ هزار تنی چابهار», «سیلو ۵۰ هزار تنی گندم»: a
    cold store, warehouse or silo ('store_places') named right before a tonnage written as
    an adjective is described by its size, what it holds when full: capacity, not the
    sector of what it holds (as a tank's «... متر مکعبی» is, round 7). A ship's tonnage
    («کشتی ۲۰ هزار تنی») names no store and keeps its reading."""
    if r.unit != "ton" or not (
        subject is None or subject in SECTOR_SUBJECTS or subject == "production"
    ):
        return subject
    end = r.unit_end
    if not (_ADJECTIVE_UNIT_RE.match(r.folded, end) or _ADJECTIVE_UNIT_RE.match(r.folded, end - 1)):
        return subject
    lo = max(r.clause.start, r.num.start - 16)
    return "capacity" if STORE_NAMED_RE.search(r.folded, lo, r.num.start) else subject


@acts_on(GOODS_UNITS)
def goods_in_store(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 28: «۴۵۰ هزار تن سیب درختی در سردخانه‌های استان باقی مانده است», «... تن
    گندم در سیلوهای استان موجود است»: goods in a goods unit whose clause, after the unit,
    places them in a cold store, warehouse or silo ('store_places' after «در») are a stored
    stock: reserves, not the sector of the good; a measure the clause names (bought,
    exported) keeps its label, and so does output unless a 'kept_words' verb after the
    store says it is still kept there («... تن سیب‌زمینی تولید پارسال هنوز در انبارها
    نگهداری می‌شود»)."""
    if r.unit not in GOODS_UNITS or not (
        subject is None or subject in SECTOR_SUBJECTS or subject == "production"
    ):
        return subject
    hit = STORE_PLACE_RE.search(r.folded, r.unit_end, r.clause.end)
    if hit is None and "موجود" in r.folded[r.unit_end : r.clause.end]:
        # round 33: «... تن سیب زمینی موجودی انبارها و سردخانه‌ها»: the stock of stores
        hit = STOCK_OF_STORE_RE.search(r.folded, r.unit_end, r.clause.end)
    if hit is None:
        return subject
    # «... تن سیب‌زمینی تولید پارسال هنوز در انبارها نگهداری می‌شود»: output still kept
    if subject == "production" and not KEPT_RE.search(r.folded, hit.end(), r.clause.end):
        return subject
    return "reserves"


@acts_on("person")
def persons_are_no_investment(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 37: «... ۴۷۴ میلیارد ریال سرمایه‌گذاری نمودند که برای ۸۸۲ نفر شغل ایجاد شده»,
    «سرمایه‌گذاری واحدها ... است که ۲۳ هزار نفر در این واحدها به کار گمارده شده‌اند»,
    «بیشترین سرمایه‌گذاری در صنایع غذایی انجام شده و ۱۵ هزار نفر در ۴۷۱ واحد فعالیت
    دارند»: persons counted take no money subject; beside an investment they are the jobs it
    made, employment (dev gold: no person figure of about 960 is investment; 61 of 62
    persons in a sentence naming investment are employment, the other has none)."""
    return "employment" if subject == "investment" and r.unit == "person" else subject


@ignores(_NOT_BY_SECTOR)
def sector_as_last_resort(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """The round-7 null convention: a figure that no cue and no other rule gave a subject
    (an amount, a percentage or a count) is about the sector its clause names, else the
    one its sentence names, else the sector the article is plainly about; it stays None
    when it counts things outside the economy (items of a list, rounds, approvals ...).
    Persons and hectares are read by their own rules (people are not the sector around
    them, an industrial estate's land is no farmland). Last in the list: every more
    specific rule has spoken."""
    if subject is not None or r.unit in _NOT_BY_SECTOR or outside_economy(r):
        return subject
    # other amounts were read against their clause's sector by 'sector_named_nearby'
    clause = (
        sector_in_clause(r.folded, r.clause, r.num.start, r.unit_end)
        if r.unit in _NP_ONLY_BEFORE
        else None
    )
    return clause or sentence_sector(r) or plain_sector(r.folded, state)


@acts_on(GOODS_UNITS)
def goods_are_not_land(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«۱۲ هزار تن زرشک از باغات شهرستان برداشت شد»: tonnes, litres or cubic metres of goods
    are never farmland (an orchard, a paddy or a greenhouse named beside them is where they
    grew); the nearest measure cue of the clause that goods can take decides (before the
    number, else after it: «برداشت شد» is the harvest), else the farm sector, which is
    what farmland yields. Right before the last resort, which leaves a subject given."""
    if r.unit not in GOODS_UNITS or subject not in LAND_ONLY_SUBJECTS:
        return subject
    return fitting_cue(r, MONEY_ONLY_SUBJECTS | LAND_ONLY_SUBJECTS) or LAND_GOODS_SECTOR


def counts_by_last_resort(counts: list[tuple[Reading, Figure]], state: Discourse) -> None:
    """Counts run the last-resort rule after the list and article-sector passes (a list's
    items first take the subject its last item names); a count that restates one the text
    names elsewhere («۲۳۰ واحد» in the headline) is left to match that one."""
    named = {fig.value for _, fig in counts if fig.subject is not None}
    for r, fig in counts:
        if fig.subject is None and fig.value not in named:
            # «۳۷۵ حلقه چاه، ... ۱۳ پالایشگاه»: the wells of a gas field are no water
            fig.subject = commodity_decides(r, sector_as_last_resort(r, state, None))


@acts_on(MONEY_UNITS, "percent")
def state_trip_funds(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """Round 43: «برای این سفر ۲۲۰ هزار میلیارد تومان اعتبار و تسهیلات برای استان پیش بینی
    شده», «از مجموع اعتبارات ... سفر اول رییس‌جمهور ... هشت هزار میلیارد تومان اختصاص
    یافته»: money read as credit in a sentence that names a state trip to the province
    ('state_trip_words') is the public money the trip approved, the budget, though a loan
    is named only as part of one package with the funds («اعتبار و تسهیلات»). The trip's
    loans themselves («۳۷ هزار میلیارد تومان تسهیلات ... سفر رئیس‌جمهور», «۱۰ درصد
    تسهیلات مصوب سفر») stay credit (dev gold: 12 of 12 trip funds budget, 5 of 5 trip
    loans credit)."""
    said = r.folded[r.sent.start : r.sent.end]
    if subject != "credit" or "سفر" not in said:
        return subject
    if not STATE_TRIP_RE.search(said):
        return subject
    if LOAN_RE.search(_FUNDS_AND_LOANS_RE.sub(" ", said)):
        return subject
    return "budget"


# «اعتبار و تسهیلات»: funds and loans named as one package
_FUNDS_AND_LOANS_RE = re.compile(r"اعتبار(?:ات)?\sو\sتسهیلات")


_FUNDED_SECTORS = SECTOR_SUBJECTS | {"water"}


def sector_money_of_public_finance(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """«اعتبارات تملک دارایی‌های سرمایه‌ای استان ۲۸۹ میلیارد تومان اعلام شد ... ۱۱۶ میلیارد
    تومان برای آب شرب به این سرجمع اضافه شده», «۲۲۵ میلیارد تومان در بخش آب، کشاورزی و
    منابع طبیعی» (round 30b): in a text about public finance ('public_finance_article'),
    money that only a sector (or water) labels is the budget the state spends on that
    sector, not the sector's own economy (dev: 4 amounts become budget as their gold reads;
    none that the gold gives a sector changes). It runs before the last resort, which stays
    the last rule."""
    if r.unit not in MONEY_UNITS or subject not in _FUNDED_SECTORS:
        return subject
    return "budget" if public_finance_article(r.folded, state) else subject


DEFAULT_SUBJECT_RULES: tuple[Rule, ...] = (
    income_group_is_no_revenue,
    continued_statement,
    range_end_of_previous,
    more_of_the_same,
    part_of_previous,
    money_part_of_previous,
    partitive_of_previous,
    anaphor_antecedent,
    beneficiaries_of_the_works,
    change_of_previous,
    change_of_the_amount_referred_to,
    goods_are_not_money,
    value_of_goods,
    by_measure,
    money_measure_heads_amount,
    customs_revenue_is_tax,
    public_revenue_is_budget,
    price_list_continues,
    price_list_announced,
    flow_list_continues,
    visit_is_an_occasion,
    issued_not_exported,
    issued_documents_changed,
    land_annexed_for_housing,
    farmland_named_after,
    greenhouse_land,
    land_under_irrigation_systems,
    land_for_its_purpose,
    forest_of_a_crop,
    farmland_by_default,
    area_is_land,
    persons_at_work,
    occupation_after_unit,
    persons_on_a_network,
    population_served,
    persons_of_a_supply_work,
    persons_in_a_sector,
    persons_hired,
    jobs_of_a_relative_clause,
    labour_force_counted,
    borrowers_are_credit,
    price_per_unit,
    priced_per_unit,
    distributive_price,
    price_of_a_measure_unit,
    change_of_a_price,
    change_of_a_price_index,
    rate_is_price,
    public_funds_are_budget,
    public_money_allotted,
    money_for_a_contract,
    value_of_projects,
    interest_on_a_loan,
    loan_heads_phrase,
    scheme_funds_are_credit,
    banks_lend,
    loan_size_named,
    lent_by_a_bank,
    given_through_banks,
    paid_out_is_credit,
    quota_of_loans,
    loans_paid_are_credit,
    equated_amount_restates,
    share_restates_a_count,
    amounts_are_not_documents,
    estate_land,
    capacity_stated,
    capacity_heads_phrase,
    share_of_output,
    establishments_multiplied,
    stored_water,
    water_held_now,
    share_filled_is_water,
    river_inflow_is_water,
    share_of_lodging_used,
    home_owners,
    travellers_are_people,
    cooperative_members,
    persons_hosted,
    passengers_carried,
    visitors_arrived,
    passengers_moved_are_transport,
    person_nights_are_tourism,
    persons_entering_a_place,
    persons_who_came_in,
    housing_applicants,
    border_passengers,
    power_rating_is_capacity,
    works_progress,
    waste_removed_is_mining,
    land_is_no_capacity,
    length_of_a_work,
    ore_weighed_is_output,
    crop_weighed_is_output,
    sector_named_nearby,
    spent_on_setting_up,
    money_invested,
    investment_heads_amount,
    plant_built_with_money,
    funds_of_a_firms_plant,
    supply_work_funded,
    products_crossing,
    part_crossing,
    goods_crossing,
    goods_cross_by_their_own_verb,
    goods_at_port,
    staple_cargo_landed,
    goods_moved,
    goods_brought_into_the_province,
    goods_sent_abroad,
    coordinated_amount,
    facility_commodity,
    conduit_carries,
    goods_are_not_land,
    crops_delivered,
    crop_paid_for,
    growers_claims,
    money_paid_to_growers,
    goods_bought,
    area_built,
    size_of_a_store,
    goods_in_store,
    state_trip_funds,
    sector_money_of_public_finance,
    share_supplied,
    share_of_a_whole_need,
    persons_are_no_investment,
    sector_as_last_resort,
)


def amount_subject(r: Reading, state: Discourse) -> str | None:
    """The subject of an amount: the cues, then every default rule in order."""
    announced = topic(r.folded, r.sent, r.clause)
    subject = r.np_subject(part=r.unit == "percent") or subject_before(
        r.folded, r.clause, r.num.start, r.unit, r.unit_end, announced, r.sent
    )
    # (those for other units, and those whose words their clause or sentence lacks, left out)
    for rule in rules_with_cues(DEFAULT_SUBJECT_RULES, r.unit, r.doc, r.sent, r.clause):
        subject = rule(r, state, subject)
    return subject
