"""Subject: what a figure measures, from the cue lexicons (crawler/data/subject_cues.json).

The noun right after the unit («۸۳۱ میلیون دلار صادرات», «۳۷ درصد اشتغال»), else the
nearest cue before the number, else later in the clause; for counts the counted noun
decides («شهرک» -> industrial_parks, «واحد صنعتی» -> industrial_units, a bare
«واحد/مورد» inherits from the previous count). What is left undecided goes to the
ordered default rules in ``defaults.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from crawler.extraction.figures.cues import (
    np_subject,
    sector_in_clause,
    segment_start,
    subject_from,
)
from crawler.extraction.figures.model import Discourse, Figure, Reading
from crawler.extraction.lexicon import (
    ARTICLE_SECTOR_MIN,
    ARTICLE_SECTOR_RATIO,
    BUSINESS_ACTIVITY_RE,
    BUYER_PLACE_RE,
    BUYING_BEFORE_RE,
    CARRIED_FLOWS,
    CARRIER_INSTRUMENT_RE,
    CARRIER_TRAFFIC_RE,
    CARRIERS,
    CAUSE_RE,
    CLASSIFIED_BACK,
    CLASSIFIER_LABELS,
    COMMODITY_UNITS,
    CONSIGNMENT_NOUNS,
    CONSIGNMENT_TRADE_RE,
    COOPERATIVE_RE,
    COUNT_CAPACITY_BEFORE_RE,
    COUNT_CAPACITY_HEADS,
    COUNT_INTRODUCER_RE,
    COUNT_NOUNS,
    COUNT_OF_ESTABLISHMENT_RE,
    COUNTABLE_SUBJECTS,
    COUNTED_NOUN_AFTER_RE,
    COUNTED_PLURAL_BEFORE_RE,
    COUNTED_PLURAL_WINDOW,
    DELIVERY_RE,
    DESTINATION_SUBJECTS,
    ESTABLISHMENT_NOUN_RE,
    ESTABLISHMENT_SUBJECTS,
    ESTATE_PLOT_RE,
    ESTATE_UNIT_NOUNS,
    EXPORT_NOUN_RE,
    FISHING_FLEET_RE,
    FLOW_CONTAINERS,
    GENERAL_WORKS_RE,
    GENERIC_HEADS,
    GOODS_FLOW_RE,
    GOODS_ITEM_AFTER_RE,
    GOODS_ITEM_BEFORE_RE,
    GOODS_ITEM_NOUNS,
    GOODS_ITEM_VERB_RE,
    GROWER_CLAIM_RE,
    GROWER_CLAIM_WORDS,
    HAUL_RE,
    HAULING_TRIP_NOUNS,
    HEADS_OVER_MEASURES,
    HIRING_RE,
    HOUSEHOLD_NOUNS,
    IMPORTED_VEHICLE_RE,
    INDUSTRIAL_ESTATE_RE,
    INDUSTRIAL_GRADE_RE,
    INDUSTRIAL_SETTING_RE,
    INVESTOR_CLASSIFIERS,
    INVESTORS_ATTRACTED_RE,
    ISSUANCE_RE,
    ISSUED_FOR_RE,
    ISSUED_RE,
    JOB_CLASSIFIERS,
    JOBS_BEFORE_RE,
    JOBS_PLAN_NOUNS,
    JOBS_SCHEME_RE,
    JOBS_WORD_RE,
    LICENCE_WORD_RE,
    LIVELIHOOD_WORDS,
    LOAN_APPLICANT_RE,
    LOAN_APPLICANT_WORDS,
    LOAN_FILES,
    LOAN_GIVEN_RE,
    LOAN_GIVEN_VERB_RE,
    LOAN_PORTALS,
    LOAN_RE,
    LOAN_RECEIVED_RE,
    LOAN_RECIPIENT_NOUNS,
    LOAN_TO_RECIPIENT_RE,
    LODGING_BED_NOUNS,
    LODGING_RE,
    MAKING_VERB_RE,
    MEASURE_SUBJECTS,
    MEMBER_RE,
    MONEY_UNITS,
    MONTH_AFTER_DAY_RE,
    NARROWED_QUALIFIER_RE,
    NEED_RE,
    NETWORK_COVERAGE_RE,
    NETWORK_UTILITIES,
    NOTHING_NAMED_AFTER_RE,
    NP_STOP_RE,
    OCCUPATIONS_LEFT_OPEN,
    OUTSIDE_ECONOMY_NOUNS,
    PARTITIVE_PRONOUN_RE,
    PASSENGER_CARRIERS,
    PASSENGER_MODE_RE,
    PASSENGER_NOUNS,
    PER_MEASURE_RE,
    PERSON_COUNT_NOUNS,
    PREP_RE,
    PURCHASE_PLACES,
    PURPOSE_BEFORE_RE,
    QUALIFIER_RE,
    RECIPIENT_BEFORE_RE,
    REFERS_BACK_NOUNS,
    SCHEME_FUNDING_RE,
    SCHEME_NOUNS,
    SCHEME_SECTORS,
    SECTOR_PROJECT_NOUNS,
    SECTOR_SUBJECTS,
    SECTOR_WORD_RE,
    SENT_ABROAD_RE,
    SENT_TO_BANK_RE,
    SERVED_NOUNS,
    SHARED_FACILITIES,
    SIZE_ADJECTIVE_NOUNS,
    SIZE_ADJECTIVE_RE,
    SUBJECT_AFTER_NOUNS,
    SUBJECT_RE,
    SUPPLY_RE,
    TOPIC_HEAD_RE,
    TOPIC_RE,
    TRANSIT_CUE,
    TRANSIT_FLEET_CLASSIFIER,
    TRANSIT_FLEET_THEN,
    TRANSIT_FLEET_WORDS,
    UNDECIDED_NOUN_AFTER_RE,
    UNIT_SECTOR_RE,
    UNITS_WITH_BEDS_RE,
    VENTURE_PROJECT_RE,
    VERB_STOP_RE,
    WORK_RE,
    names_greenhouses,
)
from crawler.extraction.persian import WB_L, WB_R
from crawler.extraction.sentences import Span

# «سقف تسهیلات هر واحد مسکن»: what follows «هر» is the unit of the rate, not the subject
PER_RE = re.compile(WB_L + r"هر" + WB_R)
# «۴۳۰۰ واحد دیگر»: more of what was counted before
OTHER_AFTER_RE = re.compile(r"\s?دیگر" + WB_R)
# «۳۴ واحد سه مگاواتی دیگر»: «دیگر» a few words after the noun
# a count right after «و»: coordinated with the one before
COORDINATED_RE = re.compile(WB_L + r"و\s?$")
OTHER_NEAR_RE = re.compile(r"^[^،,\d]{0,20}?" + WB_L + r"دیگر" + WB_R)


@dataclass(frozen=True)
class Count:
    """A count's subject so far, and whether its noun is generic («۴ مورد», a bare
    «واحد»): a generic count with nothing more specific said inherits the subject of the
    count before it (``count_subject``)."""

    subject: str | None
    generic: bool


CountRule = Callable[[Reading, Discourse, Count], Count]


def topic(folded: str, sent: Span, clause: Span) -> str | None:
    """The subject a speaker announces before the colon: «درباره واردات گفت: ...»,
    «با اشاره به صادرات استان گفت: ...», «با اشاره به سهم اشتغال استان ... افزود: ...»."""
    if clause.start <= sent.start:
        return None
    m = TOPIC_RE.search(folded, sent.start, clause.start)
    if m is None:
        return None
    head = TOPIC_HEAD_RE.match(folded, m.end())  # «با اشاره به سهم اشتغال ...»
    s = SUBJECT_RE.match(folded, head.end() if head else m.end())
    return s.lastgroup if s and s.lastgroup != "growth" else None


def find_subject(
    folded: str, clause: Span, start: int, unit: str, unit_end: int, announced: str | None
) -> str | None:
    """Nearest subject cue, searched in the order that fits how Persian news attach them.

    1. the noun phrase right after the unit («۸۳۱ میلیون دلار صادرات», «۳۷ درصد اشتغال»);
    2. the comma-delimited segment before the number («صادرات استان ... 20 درصد افزایش»);
    3. for percentages, forward to the verb, where «رشد» names the subject
       («در حوزه معدن ۱۳ درصد، ... ۲۳ درصد رشد هدف گذاری شده»);
    4. the rest of the clause before the number, then the topic the speaker announced
       («درباره واردات گفت: ...»), unless the segment prices one unit of measure
       («هرکیلو ... ۳۷ میلیون تومان»: a price), then the clause after the number.
    """
    s = np_subject(folded, clause, start, unit_end, part=unit == "percent")
    return s or subject_before(folded, clause, start, unit, unit_end, announced)


def subject_before(
    folded: str,
    clause: Span,
    start: int,
    unit: str,
    unit_end: int,
    announced: str | None,
    sent: Span | None = None,
) -> str | None:
    """``find_subject`` past its first step, for a number whose noun phrase after the unit
    names no subject (``amount_subject`` reads that phrase once per figure: the default
    rules ask it again, ``Reading.np_subject``)."""
    seg_start = segment_start(folded, clause.start, start)
    per = PER_RE.search(folded, seg_start, start)
    if per:
        s = subject_from(folded, seg_start, per.start(), allow_growth=False, last=True)
        if s:
            return s
    s = subject_from(folded, seg_start, start, allow_growth=False, last=True)
    if s:
        cause = _cause_before(folded, seg_start, start)
        if cause is not None:  # «تولید زعفران بر اثر بارش‌های مناسب ... ۵۰۰ کیلوگرم»
            s = subject_from(folded, seg_start, cause, allow_growth=False, last=True) or s
        return measure_heads_phrase(folded, seg_start, start, s)
    if unit == "percent":
        vstop = VERB_STOP_RE.search(folded, unit_end, clause.end)
        end = vstop.start() if vstop else clause.end
        s = subject_from(folded, unit_end, end, allow_growth=True, last=False)
        if s:
            return _earlier_clause_subject(folded, clause, sent, unit_end, end) or s
    # the whole clause before the number (the same search as the segment's when no comma
    # cut the clause: then it found nothing already, and is not run twice)
    if seg_start > clause.start:
        s = subject_from(folded, clause.start, start, allow_growth=False, last=True)
        if s:
            return s
    if announced:
        if unit in MONEY_UNITS and PER_MEASURE_RE.search(folded, seg_start, start):
            return "price"  # «درباره صادرات گفت: اکنون هرکیلو زعفران ... ۳۷ میلیون تومان»
        return announced  # announced by the speaker; beats words after the number
    s = subject_from(folded, unit_end, clause.end, allow_growth=False, last=False)
    if s and unit == "percent":
        return _earlier_clause_subject(folded, clause, sent, unit_end, clause.end) or s
    return s


_LATER_NUMBER_RE = re.compile(r"[0-9۰-۹]")
_CAUSE_HINTS = ("اثر", "دلیل", "علت", "سبب", "واسطه")


def _cause_before(folded: str, lo: int, hi: int) -> int | None:
    """Round 35: where a phrase naming a cause opens between ``lo`` and the number
    ('cause_openers': «تولید زعفران بر اثر بارش‌های مناسب ... حدود ۵۰۰ کیلوگرم افزایش
    داشته»): the cues inside it say why the amount changed, not what it measures."""
    stretch = folded[lo:hi]
    if not any(h in stretch for h in _CAUSE_HINTS):  # cheap guard before the regex
        return None
    m = CAUSE_RE.search(folded, lo, hi)
    return m.start() if m else None


def _earlier_clause_subject(
    folded: str, clause: Span, sent: Span | None, unit_end: int, end: int
) -> str | None:
    """Round 35: «نرخ بیکاری ... روند نزولی داشت و امسال به ۱۰.۴ درصد رسید، نرخ مشارکت
    اقتصادی ۴۰ درصد است و ۱۴ هزار شغل ایجاد شد»: a percentage whose clause names nothing
    before it, in a clause joined to an earlier one of its sentence, measures what that
    earlier clause named, when the only cues after it stand past a comma that opens a
    segment with a number of its own (they head that later number)."""
    if sent is None or sent.start >= clause.start:
        return None
    comma = folded.find("،", unit_end, end)
    if comma == -1 or not _LATER_NUMBER_RE.search(folded, comma, end):
        return None
    if subject_from(folded, unit_end, comma, allow_growth=True, last=False):
        return None
    return subject_from(folded, sent.start, clause.start, allow_growth=False, last=True)


def measure_heads_phrase(folded: str, lo: int, hi: int, found: str) -> str:
    """«سرمایه‌گذاری در نیروگاه‌های تجدیدپذیر استان ۸۰۰ میلیارد تومان», «درآمد استان از
    گردشگری سلامت ۲۰ میلیون دلار»: a measure noun heading the phrase that runs, with no
    verb, up to the number is what the number measures; a sector word inside its
    complement says of what (subjects.json: a measure label first). Generic heads
    («تولید برق», «ظرفیت نیروگاه») keep the domain their own rule gives. A measure in the
    complement loses to the measure heading the phrase too («واردات ماشین‌آلات خط تولید
    ... ۸۰ میلیون دلار», «حقوق ورودی کالاهای وارداتی ۹۰ میلیارد تومان»), when the head opens
    the segment's phrase (no preposition before it: «در حوزه صادرات، سرمایه‌گذاری ...»
    names a domain, not the head)."""
    if found in MEASURE_SUBJECTS:
        return _measure_over_measure(folded, lo, hi, found)
    if found not in SECTOR_SUBJECTS:
        return found
    for m in SUBJECT_RE.finditer(folded, lo, hi):
        label = m.lastgroup
        if label in MEASURE_SUBJECTS and label not in GENERIC_HEADS and label != "growth":
            if VERB_STOP_RE.search(folded, m.end(), hi) is None:
                return label
            return found
    return found


def _measure_over_measure(folded: str, lo: int, hi: int, found: str) -> str:
    """``measure_heads_phrase`` for a measure found nearest the number: the first cue of
    the segment heads it when it is a flow of goods or a duty ('heads_over_measures'), no
    preposition stands before it and no verb between it and the number."""
    head = SUBJECT_RE.search(folded, lo, hi)
    if head is None:
        return found
    label = head.lastgroup
    if label == found or label not in HEADS_OVER_MEASURES:
        return found
    if PREP_RE.search(folded, lo, head.start()):
        return found
    return found if VERB_STOP_RE.search(folded, head.end(), hi) else label


def _noun_subject(folded: str, noun: str, unit_end: int) -> tuple[str | None, bool]:
    """Subject for a counted noun and whether it is generic (may inherit)."""
    # «به ۵۰ کشور صادر می‌شود»: countries counted only as destinations of exports
    fixed = COUNT_NOUNS.get(noun, None) or DESTINATION_SUBJECTS.get(noun)
    if fixed in (None, "?") and PARTITIVE_PRONOUN_RE.match(folded, unit_end):
        return None, True  # «۴۴۴ معدن ... که ۳۶۳ فقره آن فعال هستند»: part of the count before
    q = QUALIFIER_RE.match(folded, unit_end)
    if fixed == "?":
        if q:
            return q.lastgroup, False
        if not OTHER_AFTER_RE.match(folded, unit_end):
            # «۲۰۰۰ واحد نهضت ملی مسکن»: a subject named in the noun phrase
            stop = NP_STOP_RE.search(folded, unit_end, unit_end + 30)
            m = SUBJECT_RE.search(folded, unit_end, stop.start() if stop else unit_end + 30)
            # ... or right after the noun, whatever it is: «۲۶۴ مورد شغل»
            right_after = m is not None and m.start() - unit_end <= 1 and m.lastgroup != "growth"
            if m and (m.lastgroup in COUNTABLE_SUBJECTS or right_after):
                return m.lastgroup, False
        return None, True
    if fixed is None and noun in SUBJECT_AFTER_NOUNS:
        m = SUBJECT_RE.match(folded, unit_end + 1) or COUNTED_NOUN_AFTER_RE.match(folded, unit_end)
        if (
            m is None
            and noun in REFERS_BACK_NOUNS
            and NOTHING_NAMED_AFTER_RE.match(folded, unit_end)
        ):
            return None, True  # «... و قزوین با ۱۱۰ فقره»: more of what was counted before
        u = None if m else UNDECIDED_NOUN_AFTER_RE.match(folded, unit_end)
        if u is not None:  # round 28: «۲۴۸۲ فقره واحد صنعتی»: the unit's qualifier decides
            after = _noun_subject(folded, u.group("noun"), u.end())[0]
            return (after if after != "?" else None), False
        return (m.lastgroup if m else CLASSIFIER_LABELS.get(noun)), False
    return fixed, False


_TRANSIT_WORDS = (TRANSIT_CUE, TRANSIT_CUE + "ی")


def _carried_flow_of(folded: str, m: re.Match[str], lo: int) -> str:
    """Round 44: «به صورت ترانزیت وارد شده», «ترانزیتی وارد استان شد», «ترانزیت خارجی»: an
    entry or exit word right after the transit word says which way the transit went, not a
    flow of its own (imports or exports): the goods and their carriers are transit. «صادر»
    after a licence word of the clause (from ``lo``) issues the licence («برای ۶۸۰ دستگاه
    خودرو مجوز خروج موقت صادر شد»): no flow at all ("")."""
    flow = m.lastgroup or ""
    if (
        flow == "exports"
        and ISSUED_RE.match(folded, m.start())
        and LICENCE_WORD_RE.search(folded, lo, m.start())
    ):
        return ""
    before = folded[max(0, m.start() - 12) : m.start()]
    if flow == "transit" or TRANSIT_CUE not in before:
        return flow
    return "transit" if before.rstrip().endswith(_TRANSIT_WORDS) else flow


def carried_flow(r: Reading, state: Discourse, c: Count) -> Count:
    """Carriers counted («۳۰۰ دستگاه کامیون», «۲۱ کشتی», «۳۷۳۹ واگن») are transport, unless
    the clause says which flow of goods they are: «۳۰۰ دستگاه کامیون حامل کالا ... صادر
    می‌شود», «ترانزیت خروجی ... ۱۵۰ دستگاه کامیون», also when they are named as the means
    («... تن کالا بوسیله ۱۸ هزار دستگاه کامیون ... صادر شد»: the flow named in the clause
    wins, round 7); carriers named as the means of goods of several flows («... تن محموله
    ترانزیتی، ... صادراتی و ... وارداتی ... بوسیله ۱۳۷ دستگاه واگن») stay transport, as do
    those named as the means of no flow («توسط ۹ هزار کامیون ...
    بارگیری شده») or in traffic («... تردد می‌کنند») stay transport; a
    traffic rate per day with no flow («روزانه ۹۰۰ کامیون تردد می‌کند») is transport too
    (the round-7 convention); fishing boats and ports («۶۴ بندر صیادی», «۹۳۰ فروند لنج
    صیادی») carry no flow of goods: transport, as the round-7 convention counts vessels."""
    return replace(c, subject=_carried_flow(r, state, c.subject))


def _carried_flow(r: Reading, state: Discourse, subject: str | None) -> str | None:
    """``carried_flow`` on the subject alone."""
    if subject != "transport":
        return subject
    classifier = r.noun in SUBJECT_AFTER_NOUNS  # «۳۰۰ دستگاه کامیون»
    after = COUNTED_NOUN_AFTER_RE.match(r.folded, r.unit_end) if classifier else None
    near = max(r.clause.start, r.start - 30)
    named_before = FISHING_FLEET_RE.search(r.folded, near, r.start)
    if named_before and segment_start(r.folded, named_before.end(), r.start) > named_before.end():
        named_before = None  # «۲۲ بندر صیادی، ۱۰ بندر تجاری»: another item of a list
    if named_before or FISHING_FLEET_RE.match(r.folded, after.end() if after else r.unit_end):
        return subject  # «۹۲۰۰ فروند شناور صیادی», «۲۲ بندر صیادی»: fishing, no goods flow
    carrier = after.group().strip() if after else r.noun
    if carrier not in CARRIERS:
        return subject
    folded, clause = r.folded, r.clause
    last = state.last_count
    if last and last[0] == r.si and COORDINATED_RE.search(folded, clause.start, r.start):
        return last[1]  # «۶ هزار کامیون داخلی و ۳۵۶ کامیون خارجی»
    flows = [
        (abs(m.start() - r.num.start), flow)
        for m in SUBJECT_RE.finditer(folded, clause.start, clause.end)
        if m.lastgroup in CARRIED_FLOWS and (flow := _carried_flow_of(folded, m, clause.start))
    ]
    if not flows or CARRIER_TRAFFIC_RE.search(folded, clause.start, clause.end):
        return subject
    if len({f for _, f in flows}) > 1 and CARRIER_INSTRUMENT_RE.search(
        folded, max(clause.start, r.start - 12), r.start
    ):
        return subject  # «... تن ترانزیتی، ... صادراتی و ... وارداتی ... بوسیله ۱۳۷ واگن»
    flow = min(flows)[1]
    if (
        flow == "imports"
        and carrier in PASSENGER_CARRIERS
        and not IMPORTED_VEHICLE_RE.search(folded, clause.start, clause.end)
    ):
        return subject  # round 31: «۴۷۸ هزار خودرو ... وارد استان شدند»: travellers' traffic
    return flow


_CLAUSE_MARKS = frozenset("،,.:؛")


def transit_fleet(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 34: «بیش از ۹۱ هزار دستگاه ناوگان ترانزیتی از مرزهای استان تردد کرده‌اند»,
    «پایانه مرزی ... با ۲۱ هزار دستگاه، بیشترین سهم را در ترانزیت کالا داشته است»: vehicles
    counted (a carrier, a fleet word, or the vehicle classifier standing alone) in a sentence
    whose only flow of goods is transit are the transit fleet: transit, in traffic too
    (dev gold: 11 of 11 vehicles counted beside transit). Freight traffic with no flow named
    stays transport; a sentence naming exports or imports as well leaves ``carried_flow``'s
    reading ('transit_fleet' in counted_nouns.json)."""
    if c.subject not in (None, "transport"):
        return c
    folded, sent = r.folded, r.sent
    if TRANSIT_CUE not in folded[sent.start : sent.end]:
        return c
    noun = r.noun
    if noun == TRANSIT_FLEET_CLASSIFIER:
        rest = folded[r.unit_end : r.unit_end + 24].lstrip()
        word = rest.split(maxsplit=1)[0] if rest else ""
        if rest[:1] not in _CLAUSE_MARKS and word not in TRANSIT_FLEET_WORDS | TRANSIT_FLEET_THEN:
            return c  # «۲۰ دستگاه حفاری»: machines, not vehicles
    elif noun not in CARRIERS:
        return c
    flows = {
        _carried_flow_of(folded, m, sent.start)
        for m in SUBJECT_RE.finditer(folded, sent.start, sent.end)
        if m.lastgroup in CARRIED_FLOWS
    } - {""}
    return Count("transit", generic=False) if flows == {"transit"} else c


_NARROWED_UNITS = frozenset({"industrial_units", "agricultural_units"})


def industrial_setting(r: Reading, state: Discourse, c: Count) -> Count:
    """«۴۵ واحد تولیدی راکد مستقر در شهرک‌های صنعتی», «۳۲۵ واحد تولیدی صنعتی»,
    «۱۸ واحد تولیدی با همت ... شرکت شهرک‌های صنعتی احیا شد»: production units counted in a
    sentence about an industrial setting (industrial estates, the industry ministry's
    office) are industrial units; so are bare units in an estate (``units_in_an_estate``).
    «صنعتی» grading a crop («سیب صنعتی ... ماده اولیه ۴۲ کارخانه فرآوری», round 27) names
    no setting. Round 42: «۳۸ واحد تولیدی صنعتی و ۴ واحد تولیدی کشاورزی»: a sector
    adjective right after the general qualifier ('narrowed_qualifiers') names the units'
    sector, agricultural or industrial, whatever the setting (dev gold 3 of 3)."""
    if c.subject == "production_units":
        narrowed = NARROWED_QUALIFIER_RE.match(r.folded, r.unit_end)
        if narrowed is not None and narrowed.lastgroup in _NARROWED_UNITS:
            return replace(c, subject=narrowed.lastgroup)
    if c.subject == "production_units" and any(
        not INDUSTRIAL_GRADE_RE.search(r.folded, max(r.sent.start, m.start() - 20), m.start())
        for m in INDUSTRIAL_SETTING_RE.finditer(r.folded, r.sent.start, r.sent.end)
    ):
        return replace(c, subject="industrial_units")
    return units_in_an_estate(r, c)


def units_in_an_estate(r: Reading, c: Count) -> Count:
    """«شهرک صنعتی ... با ۱۴۹ واحد دارای پروانه بهره‌برداری», «۴۵۶ واحد در شهرک مستقر و
    از این تعداد ۳۳۴ واحد ...»: a bare «واحد» ('estate_unit_nouns') counted in a sentence
    that names an industrial estate ('industrial_estate_words') counts the units settled
    there, not the estates counted before it nor the manufacturing sector: the counted
    noun decides, not the place. A qualified unit («۲۰ واحد مسکونی») keeps its own."""
    if not c.generic or r.noun not in ESTATE_UNIT_NOUNS:
        return c
    if INDUSTRIAL_ESTATE_RE.search(r.folded, r.sent.start, r.sent.end) is None:
        return c
    return Count("industrial_units", generic=False)


# the plot noun of a subdivided estate («۷۴ قطعه», «۴۲ قطعه از آن»)
_PLOT_NOUN = "قطعه"
# words a bare plot may be followed by: a partitive («۴۲ قطعه از آن») or the greenhouse
_PLOT_FOLLOWERS = ("از ", "گلخان")
# land named right after the plot («۳۰ قطعه زمین»): land plots, read by their purpose
_LAND_AFTER_PLOT = "زمین"


def plots_in_an_estate(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 31 (the lead's Round 23 ruling on land by its purpose): plots of land counted
    ('estate_plot_words' right at the number: «۱۶۷ قطعه زمین به مساحت ۶۲ هکتار در شهرک‌ها
    و نواحی صنعتی ... واگذار», «۱۲۴ قطعه زمین در نواحی صنعتی ... به سرمایه‌گذاران واگذار
    شد») whose clause names an industrial estate ('industrial_estate_words') are estate
    land, industrial_parks, as the estate's hectares are (``estate_land``), not the
    manufacturing sector nor the housing plots the words read alone («۳۰ هزار قطعه زمین
    به متقاضیان مسکن»: housing). Parts counted («قطعه خودرو») are no land."""
    if not r.noun:
        return c
    if ESTATE_PLOT_RE.match(r.folded, r.unit_end - len(r.noun), r.unit_end + 12) is None:
        return c
    if INDUSTRIAL_ESTATE_RE.search(r.folded, r.clause.start, r.clause.end) is None:
        return c
    return Count("industrial_parks", generic=False)


def plots_of_greenhouses(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 37: «شهرک گلخانه‌ای ... در قالب ۷۴ قطعه ۱.۴ هکتاری ... تا کنون ۴۲ قطعه از آن
    واگذار شده»: plots («قطعه») counted with no subject of their own in a sentence that
    names greenhouses are the greenhouse units of the estate, agricultural_units (greenhouses
    counted are farm units, round 11), as plots in an industrial estate are the estate's
    (``plots_in_an_estate``). Dev gold: plots are read by the estate they lie in (industrial
    estates 2 of 2 industrial_parks, housing 1 of 1, greenhouses 2 of 2). Only a bare plot
    (no subject cue nor «زمین» in the phrase after it, or «از آن», «گلخانه»): «۳۰ قطعه زمین
    به متقاضیان مسکن» names land for housing and keeps its own words. (Parts counted beside
    greenhouses in one sentence, «قطعه خودرو», are not told apart: none in the dev texts.)"""
    if r.noun != _PLOT_NOUN or c.subject is not None:
        return c
    if not names_greenhouses(r.folded, r.sent.start, r.sent.end):
        return c
    after = r.folded[r.unit_end : r.unit_end + 12].lstrip()
    named = _LAND_AFTER_PLOT in after[:8] or r.np_subject() is not None
    if named and not after.startswith(_PLOT_FOLLOWERS):
        return c
    return Count("agricultural_units", generic=False)


# what a licence may be issued for: areas, establishments, plants and facilities of a
# sector, or a noun the lists do not know («۱۵ دفتر خدمات مسافرتی»); not people or carriers
_LICENSED = frozenset({"?", None}) | ESTABLISHMENT_SUBJECTS | SECTOR_SUBJECTS


def licence_issued_for(r: Reading, state: Discourse, c: Count) -> Count:
    """«برای ۳۸۴ محدوده معدنی پروانه بهره‌برداری صادر شده», «جواز کشف طلا در ۱۰ محدوده
    استان صادر شده», «برای ۲۵ واحد دامداری مجوز اعطا شد»: areas or units counted in a
    clause that issues a licence for them count the licences issued (not the mines or
    units themselves); «صادر» with an export noun in the clause is about exports, and
    units given loans as well as licences («... تسهیلات و پروانه صادر شده») stay units. The
    issuing verb comes after the count, a licence word before the verb. A generic noun
    («۱۲ مورد») given the licences no longer inherits the count before it."""
    if r.noun is None or r.noun in CARRIERS or r.unit == "person":
        return c
    if r.noun in SUBJECT_AFTER_NOUNS and _carrier_after(r):
        return c  # «برای ۶۸۰ دستگاه خودرو مجوز خروج موقت صادر شد»: the vehicles are counted
    if COUNT_NOUNS.get(r.noun, None) not in _LICENSED:
        return c
    lo, hi = r.clause.start, r.clause.end
    issued = ISSUED_RE.search(r.folded, r.unit_end, hi)  # the verb, after the count
    if issued is None or not LICENCE_WORD_RE.search(r.folded, lo, issued.start()):
        if not _issued_before(r):
            return c
        issued = None
    if EXPORT_NOUN_RE.search(r.folded, lo, hi) or c.subject == "licences":
        return c
    if LOAN_RE.search(r.folded, r.unit_end, issued.start() if issued else hi):
        return c  # «... واحد مسکن ... تسهیلات و پروانه صادر شده»: the units are the point
    return Count("licences", generic=False)


def _carrier_after(r: Reading) -> bool:
    """A carrier named right after the classifier («۶۸۰ دستگاه خودرو»)."""
    after = COUNTED_NOUN_AFTER_RE.match(r.folded, r.unit_end)
    return bool(after and after.group().strip() in CARRIERS)


def _issued_before(r: Reading) -> bool:
    """«صدور مجوز برای ایجاد ۱۸ نیروگاه», «اعطای پروانه به ۲۵ واحد»: the issuing noun, a
    licence word after it and a word saying what for ('issued_for_words') stand before the
    count, in its clause; «صدور ۲۰۰ پروانه ... و ۳۱۰ فقره بسته مزایده» lists what was
    issued, it issues nothing for the count."""
    m = ISSUANCE_RE.search(r.folded, r.clause.start, r.start)
    licence = m and LICENCE_WORD_RE.search(r.folded, m.start(), r.start)
    return bool(licence and ISSUED_FOR_RE.search(r.folded, licence.end(), r.start))


def classifier_refers_back(r: Reading, state: Discourse, c: Count) -> Count:
    """«بیشترین پروانه بهره‌برداری صادر شده با ۵۷ فقره مربوط به اراک»: a classifier that
    names nothing after it ('refers_back') counts the licences, loans or contracts named
    before it in its clause ('classified_back'); with none named it stays generic and
    takes the count before it («۳۴۰ فقره پروانه ... و قزوین با ۱۱۰ فقره»)."""
    if not c.generic or r.noun not in REFERS_BACK_NOUNS:
        return c
    before = [m.lastgroup for m in SUBJECT_RE.finditer(r.folded, r.clause.start, r.start)]
    named = [label for label in before if label in CLASSIFIED_BACK]
    return Count(named[-1], generic=False) if named else c


def investors_attracted(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 30: «بیشترین میزان جذب سرمایه‌گذاران ... با ۳۱ مورد به شهرک لیا», «شهرک لیا با
    ۶ مورد ... بیشترین میزان جذب سرمایه‌گذاری را ... به خود اختصاص داده»: a generic
    classifier counted in a clause about attracting investors or investment counts the
    investors attracted, investment, not the sector of the estate they went to nor the count
    before it (dev gold 5 of 5)."""
    if r.noun not in INVESTOR_CLASSIFIERS or not (c.generic or c.subject is None):
        return c
    if INVESTORS_ATTRACTED_RE.search(r.folded, r.clause.start, r.clause.end) is None:
        return c
    return Count("investment", generic=False)


# «۶۰ شرکت و واحد صنعتی»: companies counted together with units of a kind
COMPANIES_AND_UNITS_RE = re.compile(r"\s?و\s?(?P<noun>واحد(?:های)?)" + WB_R)


def companies_and_units(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 34: «بیش از ۶۰ شرکت و واحد صنعتی سرب و روی در استان فعال است»: companies
    counted together with units («شرکت و واحد ...») whose qualifier names a kind of
    establishment count those establishments (the units' label is the specific one; dev gold
    2 of 2); «شرکت و موسسه ...» and units with no qualifier keep companies."""
    if c.subject != "companies" or r.noun != "شرکت":
        return c
    m = COMPANIES_AND_UNITS_RE.match(r.folded, r.unit_end)
    if m is None:
        return c
    after = _noun_subject(r.folded, "واحد", m.end())[0]
    return Count(after, generic=False) if after in ESTABLISHMENT_SUBJECTS else c


def projects_of_the_sector(r: Reading, state: Discourse, c: Count) -> Count:
    """«۲۸۰ پروژه اقامتی در استان در حال انجام است» in an article about pilgrims and
    lodging, «۱۷ پروژه آبرسانی» in one about water supply: works («پروژه») whose noun
    phrase names, right after the noun, the sector the whole article is about count that
    sector's works (the sector is the point); elsewhere («۱۳۲ پروژه گازرسانی» in a news
    item about projects opened), with no sector named, or ventures («۵۲ طرح معدنی») they
    stay projects; so do civil works ('general_works_words': «۱۲۰ پروژه عمرانی», round 28),
    which are public works of every sector, even in an article about roads."""
    if c.subject != "projects" or r.noun not in SECTOR_PROJECT_NOUNS:
        return c
    if GENERAL_WORKS_RE.match(r.folded, r.unit_end):
        return c  # round 28: «۱۲۰ پروژه عمرانی»: civil works of every sector
    if VENTURE_PROJECT_RE.match(r.folded, r.unit_end):
        return c  # round 34: «۵۵ پروژه صنعتی»: industrial ventures, as «طرح صنعتی»
    m = SECTOR_WORD_RE.match(r.folded, r.unit_end + 1)
    if m is None or m.lastgroup not in SECTOR_SUBJECTS:
        return c
    return replace(c, subject=m.lastgroup) if plain_sector(r.folded, state) == m.lastgroup else c


# how far after a scheme noun its sector may be named («۱۷ پروژه فعال مسکن ملی»)
_SCHEME_NP = 14


def housing_schemes(r: Reading, state: Discourse, c: Count) -> Count:
    """«۱۷ پروژه فعال مسکن ملی در استان در حال اجراست», «۱۲ طرح مسکن روستایی تحویل شد»
    (round 21): projects or plans counted whose noun phrase names, a word or two after the
    noun, a sector whose schemes are its own unit ('scheme_nouns' sectors: housing, as
    subjects.json reads «housing schemes») count that sector, whatever the article is
    about; other sectors' works keep the article test of 'projects_of_the_sector'."""
    if c.subject != "projects" or r.noun not in SCHEME_NOUNS:
        return c
    stop = NP_STOP_RE.search(r.folded, r.unit_end, r.unit_end + _SCHEME_NP)
    end = stop.start() if stop else r.unit_end + _SCHEME_NP
    m = SECTOR_WORD_RE.search(r.folded, r.unit_end, end)
    return replace(c, subject=m.lastgroup) if m and m.lastgroup in SCHEME_SECTORS else c


def loan_files(r: Reading, state: Discourse, c: Count) -> Count:
    """«تسهیلات جعاله تعمیر مسکن با ۶۳۰ پرونده», «از ۸۱ مصوبه پرداخت تسهیلات، ... ۳۰
    پرونده مراحل تکمیلی خود را طی می‌کنند»: loan files counted in a sentence about loans
    are loans (credit), whatever purpose the sentence names."""
    if r.noun not in LOAN_FILES or (c.subject is not None and c.subject not in SECTOR_SUBJECTS):
        return c
    return replace(c, subject="credit") if LOAN_RE.search(r.folded, r.sent.start, r.sent.end) else c


def plans_given_loans(r: Reading, state: Discourse, c: Count) -> Count:
    """«۷۴۲ طرح در روستاهای مازندران مشمول دریافت وام شدند», «۴۳۰ طرح کشاورزی از تسهیلات
    بانکی بهره‌مند شدند»: plans or applicants ('loan_recipient_nouns') whose clause, after
    the number, says they received a loan ('loan_received_words') are loan files (credit),
    as «پرونده» is; so are plans sent to banks for a loan or approved for one («جهت دریافت
    تسهیلات به بانک‌ها معرفی»: 'purpose_words', round 27 after the lead's Round 21
    ruling), unless a verb of their own stands before the loan noun. Plans carried out with
    funds («۳۹۰۲ طرح ... با اعتبار ... اجرا») stay projects."""
    if r.noun not in LOAN_RECIPIENT_NOUNS or c.subject in MEASURE_SUBJECTS - {"projects"}:
        return c
    m = LOAN_RECEIVED_RE.search(r.folded, r.unit_end, r.clause.end) or _loan_given(r)
    if m is None:
        return replace(c, subject="credit") if _loan_before_or_portal(r) else c
    if PURPOSE_BEFORE_RE.search(r.folded, max(r.unit_end, m.start() - 10), m.start()):
        # round 27: «۲۷۰۰ طرح برای جذب تسهیلات به بانک ارائه شده», «هزار طرح ... برای دریافت
        # تسهیلات تایید و به بانکها معرفی شد»: plans introduced to banks or approved for a
        # loan are loan files too (the lead's Round 21 ruling), unless a past verb before
        # the loan noun reports the plans done («... اجرا شد تا ...»)
        if VERB_STOP_RE.search(r.folded, r.unit_end, m.start()):
            return c
    return replace(c, subject="credit")


# how far before the plans a loan noun naming them its recipients may start
_LOAN_TO_PLANS = 40


def _loan_before_or_portal(r: Reading) -> bool:
    """Round 38: «این میزان تسهیلات به ۱۹۰ طرح در بخش‌های ... پرداخت شده», «وام به ۳۲۰ طرح
    کشاورزی اعطا شد»: a loan noun names the plans its recipients right before «به», and a
    giving or allotting verb («... اختصاص یافته») follows them in the sentence; «۶۱۸ واحد
    ... در سامانه بهین یاب ثبت نام کرده‌اند که ۵۸۶ طرح در این سامانه پذیرفته شده»: plans
    («طرح») counted in a sentence that names the state's loan portal ('loans_to_plans')
    are filed for a loan. Either way the plans are loan files (the lead's Round 21
    ruling)."""
    folded, sent = r.folded, r.sent
    if r.noun in JOBS_PLAN_NOUNS and any(p in folded[sent.start : sent.end] for p in LOAN_PORTALS):
        return True
    lo = max(r.clause.start, r.start - _LOAN_TO_PLANS)
    window = folded[lo : r.start]
    if "به" not in window and "برای" not in window:
        return False
    if LOAN_TO_RECIPIENT_RE.search(folded, lo, r.start) is None:
        return False
    return LOAN_GIVEN_VERB_RE.search(folded, r.unit_end, sent.end) is not None


# how far after a plan noun its jobs word may stand («۷۴۷ طرح اشتغال», «طرح های اشتغال»)
_JOBS_NP = 14


def jobs_scheme_plans(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 27 (the lead's ruling on plans of a jobs scheme): «۷۴۷ طرح اشتغال پایدار ...
    تسهیلات ... دریافت کردند», «۳۹۰۲ طرح اشتغال روستایی با اعتبار ... اجرا», «۲۴۳۳ طرح به
    مبلغ ... ارسال شده» after «وام طرح اشتغال روستایی»: plans of a jobs scheme whose
    sentence names a loan, funds, money or a bank ('funding_words') are loan files,
    credit; with none named («۷۳ طرح اشتغال در کمیته فنی بررسی شد», «۱۲۹۷ طرح اشتغال
    کمیته امداد اجرایی شده») they count jobs made, employment. A plan is of a jobs
    scheme when a jobs word follows its noun, when its sentence names jobs-scheme plans
    (a breakdown: «۵۷۷ طرح اشتغال در رسته خدمات، ۵۴۵ طرح دامپروری»), or when its noun
    names no sector and the text before it named a jobs scheme. Plans sent or introduced
    to a bank («۲۷۰۰ طرح به ۱۸ بانک ارائه شده») are loan files in any scheme. Works and
    ventures of a sector with no jobs scheme named («۱۲ طرح عمرانی») stay projects, and
    so do plans whose clause says their funds are still needed («۸۱۵ طرح با اعتبار مورد
    نیاز ... پیش پذیرش شدند»): no loan given yet."""
    if c.subject != "projects" or r.noun not in JOBS_PLAN_NOUNS:
        return c
    folded, sent = r.folded, r.sent
    bank = SENT_TO_BANK_RE.search(folded, r.unit_end, sent.end)
    if bank and not VERB_STOP_RE.search(folded, r.unit_end, bank.start()):
        return replace(c, subject="credit")  # no verb of the plans' own before the bank
    if NEED_RE.search(folded, r.unit_end, r.clause.end):
        return c  # «۸۱۵ طرح با اعتبار مورد نیاز ... پیش پذیرش شدند»: not funded yet
    stop = NP_STOP_RE.search(folded, r.unit_end, r.unit_end + _JOBS_NP)
    end = stop.start() if stop else r.unit_end + _JOBS_NP
    if not (
        JOBS_WORD_RE.search(folded, r.unit_end, end)
        or JOBS_SCHEME_RE.search(folded, sent.start, sent.end)
        or (
            SECTOR_WORD_RE.search(folded, r.unit_end, end) is None
            and JOBS_SCHEME_RE.search(folded, 0, r.start)
        )
    ):
        return c
    funded = SCHEME_FUNDING_RE.search(folded, sent.start, sent.end)
    return replace(c, subject="credit" if funded else "employment")


def units_given_loans(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 21: «از مجموع ۹۳۳ واحد صنعتی استان ۱۷۶ واحد تسهیلات رونق تولید دریافت
    کرده‌اند», «۴۰ واحد وام بانکی گرفتند»: a bare unit noun ('estate_unit_nouns') whose
    loan noun right after it is the object of a verb of receiving counts the units that
    got the loan, not loans (as «۳ فقره تسهیلات» would): it stays generic and takes the
    subject of the units counted before it."""
    if r.noun not in ESTATE_UNIT_NOUNS or c.subject != "credit":
        return c
    return Count(None, generic=True) if LOAN_GIVEN_RE.match(r.folded, r.unit_end + 1) else c


def units_applying_for_loans(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 42: «یک هزار و ۱۸۱ واحد صنعتی و کشاورزی استان امسال متقاضی دریافت تسهیلات
    رونق تولید هستند»: units that their clause, after them and before any verb, names
    applicants for a loan ('loan_applicant_words' then a loan noun) are the applicants
    counted in a loan scheme: credit (the lead's Round 21/25 ruling; units that got the
    loan keep their establishment label, ``units_given_loans``)."""
    if r.noun not in ESTATE_UNIT_NOUNS or not (
        c.subject is None or c.subject in ESTABLISHMENT_SUBJECTS
    ):
        return c
    hi = r.clause.end
    if not any(r.folded.find(word, r.unit_end, hi) >= 0 for word in LOAN_APPLICANT_WORDS):
        return c  # cheap guard: no applicant word after the units
    m = LOAN_APPLICANT_RE.search(r.folded, r.unit_end, hi)
    if m is None or VERB_STOP_RE.search(r.folded, r.unit_end, m.start()):
        return c
    return Count("credit", generic=False)


def _loan_given(r: Reading) -> re.Match[str] | None:
    """Round 21: «به ۳۹۰ طرح اقتصادی ... ۷ هزار میلیارد ریال، ... تسهیلات پرداخت شده»,
    «۴۸۵۰ طرح تسهیلات بانکی را دریافت کرده‌اند»: a loan noun followed by a verb of giving
    or receiving ('loan_given_verbs') after the plans, in their clause, or in their
    sentence when the plans are its recipients («به / برای ۳۹۰ طرح»): loans counted by
    the plans that got them."""
    hi = (
        r.sent.end
        if RECIPIENT_BEFORE_RE.search(r.folded, max(r.sent.start, r.start - 6), r.start)
        else r.clause.end
    )
    return LOAN_GIVEN_RE.search(r.folded, r.unit_end, hi)


def _served_sector(r: Reading) -> str | None:
    """Villages or households served take the good supplied («به ۹۲۴ روستا و ۴۲ واحد
    صنعتی گازرسانی شده» is energy, whatever else the clause names), else the sector the
    clause names («۹۱ هزار خانوار از پروژه‌های بنیاد مسکن»)."""
    folded, clause = r.folded, r.clause
    m = SUPPLY_RE.search(folded, r.unit_end, clause.end)
    if m is None:
        before = list(SUPPLY_RE.finditer(folded, clause.start, r.num.start))
        m = before[-1] if before else None
    if m is not None:
        return m.lastgroup
    return sector_in_clause(folded, clause, r.num.start, r.unit_end)


def countable_sector_before(r: Reading) -> str | None:
    """A bare «واحد» with nothing to inherit counts what its clause is about, when that is
    a thing counted in units: «واگذاری مسکن مهر ... با ۷۴۱ واحد» is housing."""
    before = list(SECTOR_WORD_RE.finditer(r.folded, r.clause.start, r.num.start))
    label = before[-1].lastgroup if before else None
    return label if label in COUNTABLE_SUBJECTS else None


def list_subjects(counts: list[tuple[Reading, Figure]]) -> None:
    """«در بویراحمد ۳۸۹ مورد، گچساران ۷۴۷ مورد ... و بهمئی ۲۶۴ مورد شغل ایجاد شده»: the
    items of a list of one generic noun in one sentence share the subject its last item
    names."""
    for (r, fig), (nr, nxt) in zip(reversed(counts[:-1]), reversed(counts[1:]), strict=True):
        if (
            fig.subject is None
            and nxt.subject is not None
            and r.si == nr.si
            and r.noun == nr.noun
            and COUNT_NOUNS.get(r.noun or "") == "?"
        ):
            fig.subject = nxt.subject


def article_sector(folded: str) -> str | None:
    """The sector the whole article is about: the sector whose words ('sector_words') it
    names at least 'min_words' times and 'ratio' times as often as any other sector's
    («شرکت گاز ... گازرسانی ... گاز ...» is about energy)."""
    tally = Counter(m.lastgroup for m in SECTOR_WORD_RE.finditer(folded))
    ranked = tally.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= ARTICLE_SECTOR_MIN and n >= ARTICLE_SECTOR_RATIO * second:
        return top
    return None


def plain_sector(folded: str, state: Discourse) -> str | None:
    """``article_sector`` of the text, read once per text (kept in the discourse state)."""
    if not state.article_read:
        state.article_sector, state.article_read = article_sector(folded), True
    return state.article_sector


def counts_take_article_sector(counts: list[tuple[Reading, Figure]], state: Discourse) -> None:
    """«مازندران دارای ... ۴۸ رشته قنات، ۶۲ هزار و ۸۶۶ چاه مجاز ... است», «هم اکنون بیش از
    ۲۲۱ هزار مشترک در استان وجود دارد»: a count that no cue, counted noun or default gave a
    subject counts something of the sector the article is plainly about, unless its own
    noun phrase names another sector («۱۲۰۰ حلقه چاه» in an article about farming) or it
    restates a count the body names («۲۳۰ واحد» in the headline). Counts only, and
    before any other sector: for a count the article's sector comes first. Amounts and
    percentages take it too since round 7, but last, through 'sector_as_last_resort'
    (defaults.py), after the sector their clause or sentence names, since an amount is
    more often about the sector named next to it than about the article's."""
    if not any(fig.subject is None for _, fig in counts):
        return
    sector = plain_sector(counts[0][0].folded, state)
    if sector is None:
        return
    # a headline or lead restating a count the body gives a subject is that count
    named = {fig.value for _, fig in counts if fig.subject is not None}
    for r, fig in counts:
        if fig.subject is None and fig.value not in named and _np_sector(r) in (None, sector):
            fig.subject = sector


def _np_sector(r: Reading) -> str | None:
    """The sector the counted noun phrase names itself («۱۲۰۰ حلقه چاه» water, «۱۸۵ قطعه
    زمین» housing): one other than the article's says the count is not of its topic."""
    return sector_in_clause(r.folded, r.clause, r.num.start, r.num.end, np_only=True)


def establishments_counted(r: Reading) -> str | None:
    """«تعداد معادن در حالی به ۶۰۰ مورد رسید», «رشد ۱۲ برابری تعداد معادن»: «تعداد» and an
    establishment noun (mines, factories, cooperatives, purchase centres ...) in the segment
    before the number, with no verb between, or right after the unit, say what a generic
    count, a multiple or a percentage counts: that establishment's label."""
    folded = r.folded
    after = COUNT_OF_ESTABLISHMENT_RE.match(folded, r.unit_end + 1)
    if after is None and folded[r.unit_end : r.unit_end + 1] != " ":
        after = COUNT_OF_ESTABLISHMENT_RE.match(folded, r.unit_end)
    if after is not None:
        return after.lastgroup
    seg = segment_start(folded, r.clause.start, r.start)
    before = list(COUNT_OF_ESTABLISHMENT_RE.finditer(folded, seg, r.start))
    if not before or VERB_STOP_RE.search(folded, before[-1].end(), r.start):
        return None
    return before[-1].lastgroup


def commodity_decides(r: Reading, subject: str | None) -> str | None:
    """«میزان استخراج از چاه نفت ... ۳۶ هزار لیتر», «با حفاری چاه‌های جدید به ۱۲۰ هزار بشکه
    رسید», «۳۷۵ حلقه چاه، ... ۳۲۰۰ کیلومتر خطوط لوله دریایی و ۱۳ پالایشگاه»: a well, a
    pipeline or a tank holds water or oil and gas alike; when the only water word of the
    sentence is such a facility and the sentence names oil, gas or a refinery (or the
    figure is in barrels), the figure is not water: the cue before the number decides
    (production), else energy."""
    if subject != "water":
        return subject
    water_only_facility, energy = True, COMMODITY_UNITS.get(r.unit) == "energy"
    for m in r.doc.matches(SECTOR_WORD_RE, r.sent):
        if m.lastgroup == "water" and m.group().strip() not in SHARED_FACILITIES:
            water_only_facility = False
            break
        energy = energy or m.lastgroup == "energy"
    if not (water_only_facility and energy):
        return subject
    if r.unit != "count":
        cues = SUBJECT_RE.finditer(r.folded, r.clause.start, r.num.start)
        others = [m.lastgroup for m in cues if m.lastgroup not in ("water", "growth")]
        if others:
            return others[-1]
    return "energy"


def generic_establishments(r: Reading, state: Discourse, c: Count) -> Count:
    """«تعداد معادن ... به ۶۰۰ مورد رسید»: a generic count whose segment (or the words
    right after its unit) names the number of establishments counts those (see
    ``establishments_counted``), and inherits nothing."""
    if c.generic and (counted := establishments_counted(r)):
        return Count(counted, generic=False)
    return c


def facility_holds_commodity(r: Reading, state: Discourse, c: Count) -> Count:
    """«۳۷۵ حلقه چاه، ... ۱۳ پالایشگاه»: see ``commodity_decides``; the wells of an oil or
    gas field are energy, not water."""
    return replace(c, subject=commodity_decides(r, c.subject))


def dwellings_on_a_network(r: Reading, state: Discourse, c: Count) -> Count:
    """«۲۸۲ هزار واحد مسکونی تحت پوشش گاز طبیعی قرار دارند», «۹ هزار واحد مسکونی روستایی
    از نعمت برق برخوردار شدند»: dwellings counted as covered by, connected to or enjoying
    a utility network ('network_coverage_words') measure the reach of that utility (the
    first utility the clause names after the number: energy, electricity or water), not
    housing built or handed over."""
    if c.subject != "housing":
        return c
    if NETWORK_COVERAGE_RE.search(r.folded, r.unit_end, r.clause.end) is None:
        return c
    words = SECTOR_WORD_RE.finditer(r.folded, r.unit_end, r.clause.end)
    utility = next((m.lastgroup for m in words if m.lastgroup in NETWORK_UTILITIES), None)
    return c if utility is None else replace(c, subject=utility)


def served_sector(r: Reading, state: Discourse, c: Count) -> Count:
    """«آبرسانی به ۱۲ روستا»: villages or households served, with no subject yet, take the
    good supplied, else the sector their clause names (``_served_sector``)."""
    if c.subject is None and (r.noun or "") in SERVED_NOUNS:
        return replace(c, subject=_served_sector(r))
    return c


# how far before a count of goods items its flow noun may stand («با صادرات ۱۴۰۰ قلم کالا»)
_ITEM_FLOW_BEFORE = 24


_SEGMENT_END_RE = re.compile(r"[،,؛;]| که ")


def destination_end(r: Reading) -> int:
    """Where the words that may name where a figure's goods went end: at the first comma or
    relative «که» after its unit (what follows speaks of something else: «... در خطر خشک
    شدن است و به دلیل کم‌آبی، درختان ... به کشورهای عربی صادر می‌کنند», «... به دست آمد
    که ۹۵ درصد آن ...»), else at its clause's end."""
    m = _SEGMENT_END_RE.search(r.folded, r.unit_end, r.clause.end)
    return m.start() if m else r.clause.end


# goods counted that a sector's noun names (palms, livestock, carpets), not persons nor trade
_GOODS_COUNT_SECTORS = SECTOR_SUBJECTS - {"tourism", "transport", "housing"}


def goods_counted_sent_abroad(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 42b: «صادرات ۳۰ هزار نخل از بوشهر به کشورهای حوزه خلیج», «۵ هزار رأس دام به
    کشورهای همسایه ...»: goods counted by a noun of their own (no subject yet, or a
    sector's: never a generic classifier) whose clause, after them, sends
    them to foreign countries ('sent_abroad', as for goods weighed: ``goods_sent_abroad``
    in defaults.py) are exports, not the sector of the goods; persons, vehicles and
    dwellings counted keep their reading (travellers going abroad are no exports)."""
    if c.generic or r.noun in PERSON_COUNT_NOUNS:
        return c
    if c.subject is not None and c.subject not in _GOODS_COUNT_SECTORS:
        return c
    hi = destination_end(r)
    if "کشور" not in r.folded[r.unit_end : hi] and "خارج" not in r.folded[r.unit_end : hi]:
        return c
    if SENT_ABROAD_RE.search(r.folded, r.unit_end, hi) is None:
        return c
    return Count("exports", generic=False)


def goods_items_moved(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 34: «بیش از ۱۳۰۰ قلم کالا در استان تولید و ۶۵۰ قلم کالا به ۱۰۰ کشور صادر
    می‌شود», «با صادرات ۱۴۰۰ قلم کالا به ۹۰ کشور»: items of goods ('goods_items': «قلم» then
    «کالا» or «محصول») whose clause says, after the number, that they were made or crossed
    (the auxiliary there or dropped before «و»), or names the flow right before the number,
    count that making or flow; items of a list with no such word («۲۳۸ قلم کالای تولیدی
    ... ثبت شده‌اند», a bare «قلم») keep no subject (dev gold 5 of 5)."""
    if c.subject is not None or r.noun not in GOODS_ITEM_NOUNS:
        return c
    if GOODS_ITEM_AFTER_RE.match(r.folded, r.unit_end) is None:
        return c
    verb = GOODS_ITEM_VERB_RE.search(r.folded, r.unit_end, r.clause.end)
    if verb is None:
        lo = max(r.clause.start, r.num.start - _ITEM_FLOW_BEFORE)
        verb = GOODS_ITEM_BEFORE_RE.search(r.folded, lo, r.num.start)
    return Count(verb.lastgroup, generic=False) if verb and verb.lastgroup else c


def goods_made(r: Reading, state: Discourse, c: Count) -> Count:
    """«۴۰۰ هزار جفت کفش چرمی در کارگاه‌های شهرستان دوخته شد», «۶۰ هزار دستگاه یخچال ...
    مونتاژ شد»: things counted with a noun of no establishment, person or measure of its
    own (a unit of goods, an open count), whose first verb after the number makes them,
    are what was made: production, not the sector of the goods."""
    if c.generic or (c.subject is not None and c.subject not in SECTOR_SUBJECTS):
        return c
    if r.noun is not None and (
        COUNT_NOUNS.get(r.noun, None) is not None or r.noun in OUTSIDE_ECONOMY_NOUNS
    ):
        return c  # «از ۵۹ قلم ... تنها ۴ قلم تولید می‌شود»: items of a list, no goods
    made = MAKING_VERB_RE.search(r.folded, r.unit_end, r.clause.end)
    if made is None:
        return c
    verb = VERB_STOP_RE.search(r.folded, r.unit_end, made.start())
    return c if verb is not None else Count("production", generic=False)


def purchase_places(r: Reading, state: Discourse, c: Count) -> Count:
    """«۸۰ مرکز در استان وظیفه خرید تضمینی گندم را انجام می‌دهند», «۱۵ انبار برای خرید
    توافقی ذرت آماده شده»: centres, stores or silos counted with no subject of their own,
    in a clause that names buying after them, are the places of the state's purchase (as
    «مرکز خرید» is), not the farm sector of the crop bought."""
    if c.subject is not None or r.noun not in PURCHASE_PLACES:
        return c
    for m in SUBJECT_RE.finditer(r.folded, r.unit_end, r.clause.end):
        if m.lastgroup == "purchases":
            return Count("purchases", generic=False)
    return purchase_done_through_places(r, c)


def purchase_done_through_places(r: Reading, c: Count) -> Count:
    """Round 42b: «عملیات خرید تضمینی گندم ... از طریق ۴۲ مرکز فعال ... انجام شد», «خرید
    گندم در ۳۰ مرکز انجام می‌شود»: purchase places counted after the purchase their clause
    names before them (with no other number between) are that purchase's places too, as
    when the purchase follows them (``purchase_places``). Round 43: a date between them is
    no other number («خرید توافقی برنج تا ۲۵ آبان در ۱۹ مرکز ... ادامه دارد»)."""
    seg = r.folded.rfind("،", r.clause.start, r.num.start) + 1 or r.clause.start
    for m in SUBJECT_RE.finditer(r.folded, seg, r.num.start):
        if m.lastgroup == "purchases" and _only_dates_between(r.folded, m.end(), r.num.start):
            return Count("purchases", generic=False)
    return c


_DIGITS_RE = re.compile(r"\d+")


def _only_dates_between(folded: str, lo: int, hi: int) -> bool:
    """No number in [lo, hi) but the day of a date («تا ۲۵ آبان»)."""
    return all(
        MONTH_AFTER_DAY_RE.match(folded, m.end()) for m in _DIGITS_RE.finditer(folded, lo, hi)
    )


def parties_of_a_purchase(r: Reading, state: Discourse, c: Count) -> Count:
    """«۸۵۰ هزار تن گندم از سوی ۴۲ هزار کشاورز تحویل مراکز خرید تضمینی شد», «... در ۱۸
    هزار محموله به مراکز خرید تحویل شد»: growers (counted nouns of the farm sector) or
    consignments ('consignment_nouns') counted in a clause that names the state's purchase,
    or delivery to a buyer ('delivery_words', 'buyer_places'), are the parties of that
    purchase, not the farm sector or transport."""
    grower = c.subject == "agriculture" and r.noun in COUNT_NOUNS
    if not (grower or c.subject is None and r.noun in CONSIGNMENT_NOUNS):
        return c
    lo, hi = r.clause.start, r.clause.end
    delivered = DELIVERY_RE.search(r.folded, lo, hi) and BUYER_PLACE_RE.search(r.folded, lo, hi)
    if delivered or any(m.lastgroup == "purchases" for m in SUBJECT_RE.finditer(r.folded, lo, hi)):
        return Count("purchases", generic=False)
    return growers_paid_their_claims(r, c) if grower else c


def growers_paid_their_claims(r: Reading, c: Count) -> Count:
    """Round 42b: «تمامی مطالبات به مبلغ ... میلیارد تومان به حساب ۱۹ هزار کشاورز واریز شده
    است»: growers counted in a sentence that names their claims ('grower_claim_words', the
    money the buyer owes them for the crop, as ``growers_claims`` in defaults.py reads the
    money itself) are the sellers of that purchase, not the farm sector."""
    if not any(w in r.folded[r.sent.start : r.sent.end] for w in GROWER_CLAIM_WORDS):
        return c  # (a cheap test)
    if GROWER_CLAIM_RE.search(r.folded, r.sent.start, r.sent.end) is None:
        return c
    return Count("purchases", generic=False)


def consignments_crossing(r: Reading, state: Discourse, c: Count) -> Count:
    """«تاکنون ۴۱۸ محموله نارنگی ... به کشورهای خارجی صادر شده است», «۱۲۰ محموله خرما از
    گمرک ... به هند صادر شد»: consignments ('consignment_nouns') whose verb after them in
    their clause says they went out, came in or passed through ('goods_flow_verbs') count
    that flow, not the sector of the goods they carry nor transport; so do consignments the
    noun phrase after them names for a trade ('consignment_trade_words': «۲۵ محموله کیوی
    صادراتی ... ارسال شد», «۱۲ محموله وارداتی در گمرک ترخیص شد», round 17)."""
    if r.noun not in CONSIGNMENT_NOUNS or not (
        c.subject in (None, "trade", "transport") or c.subject in SECTOR_SUBJECTS
    ):
        return c
    m = GOODS_FLOW_RE.search(r.folded, r.unit_end, r.clause.end) or CONSIGNMENT_TRADE_RE.search(
        r.folded, r.unit_end, min(r.clause.end, r.unit_end + _CONSIGNMENT_NP)
    )
    return Count(m.lastgroup, generic=False) if m else c


def containers_of_a_flow(r: Reading, state: Discourse, c: Count) -> Count:
    """«۴۲۰۰ دستگاه کانتینر از محموله گندم ترانزیتی ... ارسال شده», «۳۰۰ کانتینر بار
    صادراتی ...»: containers ('flow_containers'), counted as trade handled, in a clause
    that names one flow of goods by a consignment adjective ('consignment_trade_words')
    carry that flow, as carriers of a named flow do (``carried_flow``); two flows named
    («... ترانزیتی و ... صادراتی») or none leave them trade."""
    if c.subject != "trade":
        return c
    after = (
        COUNTED_NOUN_AFTER_RE.match(r.folded, r.unit_end) if r.noun in SUBJECT_AFTER_NOUNS else None
    )
    if (after.group().strip() if after else r.noun) not in FLOW_CONTAINERS:
        return c
    flows = {
        m.lastgroup for m in CONSIGNMENT_TRADE_RE.finditer(r.folded, r.clause.start, r.clause.end)
    }
    return Count(flows.pop(), generic=False) if len(flows) == 1 else c


# how far before «به تعداد» the noun phrase may name the establishment counted
_INTRODUCED_NP = 40


def establishments_named_before(r: Reading, state: Discourse, c: Count) -> Count:
    """«معادن سیلیس به تعداد ۱۹ فقره با ذخیره قطعی ...», «واحدهای صنعتی شهرک به تعداد ۱۲۰
    واحد», «تعاونی‌های تولید به تعداد ۹۰ مورد» (round 19): an establishment noun named
    before «به تعداد» ('count_introducers'), in the same segment with no verb between,
    says what a classifier or a sector-less count counts: its establishment label, not
    the sector of the noun phrase (mines are mining_units, not mining)."""
    if not (c.generic or c.subject is None or c.subject in SECTOR_SUBJECTS):
        return c
    intro = COUNT_INTRODUCER_RE.search(r.folded, max(0, r.start - 12), r.start)
    if intro is None:
        return c
    lo = max(segment_start(r.folded, r.clause.start, intro.start()), intro.start() - _INTRODUCED_NP)
    digits = list(_NEXT_NUMBER_RE.finditer(r.folded, lo, intro.start()))
    lo = digits[-1].end() if digits else lo  # «... ۱۹ میلیون تن و معادن پلی متال به تعداد»
    # the head of the noun phrase is its first noun: «واحدهای صنعتی شهرک به تعداد ...»
    named = ESTABLISHMENT_NOUN_RE.search(r.folded, lo, intro.start())
    if named is None or VERB_STOP_RE.search(r.folded, named.end(), intro.start()):
        return c
    return Count(named.lastgroup, generic=False)


def units_counted_in_the_plural_before(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 38: «تعداد کل واحدهای مرغ گوشتی شیروان، ۱۰۱ واحد با ظرفیت ...», «تعداد
    واحدهای بسته‌بندی و درجه‌بندی میوه ۲ واحد ... است»: a bare «واحد» or «مورد» counted
    shortly after «تعداد (کل) واحدهای» and its qualifier ('counted_plural_before'), with
    no verb between, counts the units that qualifier names (dev gold: 5 of 6)."""
    if r.noun not in _BARE_UNIT_NOUNS or not (
        c.generic or c.subject is None or c.subject in SECTOR_SUBJECTS
    ):
        return c
    lo = max(r.sent.start, r.start - COUNTED_PLURAL_WINDOW)
    if r.folded.find("تعداد", lo, r.start) < 0:
        return c
    heads = list(COUNTED_PLURAL_BEFORE_RE.finditer(r.folded, lo, r.start))
    if not heads:
        return c
    q = QUALIFIER_RE.match(r.folded, heads[-1].end())
    if q is None or q.lastgroup is None or VERB_STOP_RE.search(r.folded, q.end(), r.start):
        return c
    return Count(q.lastgroup, generic=False)


_BARE_UNIT_NOUNS = frozenset({"واحد", "مورد"})


def goods_bought(r: Reading, state: Discourse, c: Count) -> Count:
    """«۱۱۴۴ میلیارد ریال تسهیلات برای خرید ۵۶۳۵ دستگاه ماشین‌آلات», «وام جهت خرید ۳۰۰
    دستگاه کمباین» (round 19): things counted right after buying named as a purpose
    ('buying_nouns') are the goods the money bought, purchases (round 15), not the loan
    nor the sector of the goods. A plan to buy vehicles with no purpose word («خرید ۱۰۰۰
    دستگاه اتوبوس در دستور کار است», team gold) keeps the round-7 reading: transport."""
    if BUYING_BEFORE_RE.search(r.folded, max(0, r.start - 18), r.start) is None:
        return c
    return Count("purchases", generic=False)


# how far after «محموله» its noun phrase may name the trade («... کیوی صادراتی»)
_CONSIGNMENT_NP = 40


# how far after «واحد» its noun phrase may name the sectors («... اعم از کشاورزی و صنعتی»)
_UNIT_NP = 36
_NEXT_NUMBER_RE = re.compile(r"\d")
_COORDINATORS = frozenset({"و", "،", ",", "، و", ", و"})
_MIXED_OVER = frozenset({None, "industrial_units", "agricultural_units", "production_units"})


def units_of_several_sectors(r: Reading, state: Discourse, c: Count) -> Count:
    """«۲۵۴ واحد صنعتی و کشاورزی به مدار تولید برگشتند», «۲۱۰۰ واحد تولیدی اعم از
    کشاورزی و صنعتی», «۶۰ واحد صنعتی، کشاورزی و خدماتی» (round 17): units whose noun
    phrase names two sectors or more ('unit_sector_adjectives'), coordinated, are
    production units in general, not the units of the first sector named."""
    if r.noun not in ESTATE_UNIT_NOUNS or c.subject not in _MIXED_OVER:
        return c
    window = r.folded[r.unit_end : min(r.clause.end, r.unit_end + _UNIT_NP)]
    window = _NEXT_NUMBER_RE.split(window, maxsplit=1)[0]  # «۱۸۰ واحد صنعتی و ۴۰ واحد ...»
    found = list(UNIT_SECTOR_RE.finditer(window))
    # coordinated sectors only: «واحد دامداری صنعتی» is one kind of farm
    mixed = any(
        a.lastgroup != b.lastgroup and window[a.end() : b.start()].strip() in _COORDINATORS
        for a, b in pairwise(found)
    )
    return Count("production_units", generic=False) if mixed else c


def passengers_moved(r: Reading, state: Discourse, c: Count) -> Count:
    """«۸ هزار مسافر از طریق فرودگاه‌ها جابجا شده‌اند»: passengers counted in a clause that
    names the means of travel (an airport, the railway) are transport, not tourism."""
    if c.subject == "tourism" and (r.noun or "") in PASSENGER_NOUNS:
        if PASSENGER_MODE_RE.search(r.folded, r.clause.start, r.clause.end):
            return replace(c, subject="transport")
    return c


def trips_hauling(r: Reading, state: Discourse, c: Count) -> Count:
    """«این حجم از کالا توسط ۶۱ هزار سفر جابجا شد», «برای حمل این محصولات ۲۵ هزار سفر انجام
    شد»: trips counted in a clause that names hauling or a means of transport are the
    fleet's trips, transport (round 7), not the trade or the sector of the goods named
    around them; a tourism reading (trips to the province) keeps its label."""
    if r.noun not in HAULING_TRIP_NOUNS or c.subject == "tourism":
        return c
    lo, hi = r.clause.start, r.clause.end
    if HAUL_RE.search(r.folded, lo, hi) or PASSENGER_MODE_RE.search(r.folded, lo, hi):
        return Count("transport", generic=False)
    return c


def persons_made_self_supporting(r: Reading, state: Discourse, c: Count) -> Count:
    """«۲۳۰۰ مددجو در سطح استان خودکفا شده», «۶۴۰ مددجو از چرخه حمایتی خارج شدند»: persons
    counted by a noun of their own (aid clients, members), with no subject yet, in a
    sentence about hiring or leaving welfare support for work ('hiring_words') are the
    jobs found, as persons counted with «نفر» are (``persons_hired`` in defaults.py)."""
    if c.subject is not None or c.generic or r.noun not in PERSON_COUNT_NOUNS:
        return c
    if HIRING_RE.search(r.folded, r.sent.start, r.sent.end) is None:
        return c
    return Count("employment", generic=False)


def persons_counted_at_work(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 26: «۴۱۰ زن و ۸۸۷ مرد با حمایت کمیته امداد صاحب شغل شدند», «۳۴۰ جوان روستایی
    مشغول به کار شدند»: persons counted by a noun of their own (women, men, youths, aid
    clients), with no subject yet, whose clause says after them that they work or came to
    hold a job ('at_work' in subject_cues.json) are people at work: employment, as persons
    counted with «نفر» are (``persons_at_work`` in defaults.py), not a sector a list of
    plans named before them. Round 42: so are members of a sector's occupation counted by
    their own noun («بیش از ۱۱ هزار کشاورز ... مشغول فعالیت هستند»: the noun reads the farm
    sector), the lead's Round 21 ruling on occupations counted at work."""
    if c.generic or r.noun not in PERSON_COUNT_NOUNS:
        return c
    if c.subject is not None and (
        c.subject not in SECTOR_SUBJECTS or r.noun in OCCUPATIONS_LEFT_OPEN
    ):
        return c
    m = WORK_RE.search(r.folded, r.unit_end, r.clause.end)
    if m is None or BUSINESS_ACTIVITY_RE.match(r.folded, m.start()):
        return c  # «۳۷۰ صادرکننده ... فعالیت می‌کنند»: traders active, no jobs
    return Count("employment", generic=False)


def households_living_off(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 43: «هم‌اکنون ارتزاق افزون بر ۴۰ هزار خانوار ... از طریق فعالیت‌های صید و
    صیادی انجام می‌شود»: households counted ('household_nouns'), with no subject or only
    a sector's, in a sentence that says they make their living from an activity
    ('livelihood_words') are the livelihoods it gives: employment, not the sector."""
    if c.generic or r.noun not in HOUSEHOLD_NOUNS:
        return c
    if c.subject is not None and c.subject not in SECTOR_SUBJECTS:
        return c
    said = r.folded[r.sent.start : r.sent.end]
    if any(w in said for w in LIVELIHOOD_WORDS):
        return Count("employment", generic=False)
    return c


# how far after persons counted the jobs made for them may be named («برای ۸۰۰ جوان
# روستایی ایجاد اشتغال شد»: a demonym or place between)
_JOBS_FOR_WINDOW = 40


def jobs_made_for_persons(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 42b: «برای هزار و ۶۵۵ جوان قمی ایجاد اشتغال کرده», «برای ۳۰۰ زن سرپرست خانوار
    اشتغال‌زایی شد»: persons counted by a noun of their own, with no subject yet, followed
    closely in their clause by a jobs word ('jobs_words': the jobs made for them) are the
    jobs, employment, as «برای ۱۶۵۵ نفر ایجاد اشتغال» is read by its cue."""
    if c.subject is not None or c.generic or r.noun not in PERSON_COUNT_NOUNS:
        return c
    hi = min(r.clause.end, r.unit_end + _JOBS_FOR_WINDOW)
    if "شغل" not in r.folded[r.unit_end : hi] and "اشتغال" not in r.folded[r.unit_end : hi]:
        return c
    m = JOBS_WORD_RE.search(r.folded, r.unit_end, hi)
    if m is None or _STATEMENT_BETWEEN_RE.search(r.folded, r.unit_end, m.start()):
        return c  # «۱۳۱ زن هستند و اشتغال پیش‌بینی‌شده ...»: another statement's jobs
    return Count("employment", generic=False)


# a number, a coordinating «و» or a clause mark between persons and the jobs word
_STATEMENT_BETWEEN_RE = re.compile(r"\d|[،,؛;]|(?<!\S)و(?!\S)")


def members_of_cooperatives(r: Reading, state: Discourse, c: Count) -> Count:
    """«۴۸ تعاونی در استان تشکیل شد که دارای ۵۳۷ عضو هستند», «تعاونی‌های فرش دستباف ...
    ۲۱۰ عضو دارند»: members counted by their own noun in a sentence that names the
    cooperatives before them are the cooperatives' members (as «۱۲۰۰ نفر عضو تعاونی‌ها»
    is, ``cooperative_members`` in defaults.py), not the sector the cooperatives work in."""
    if r.noun is None or MEMBER_RE.fullmatch(r.noun) is None:
        return c
    if COOPERATIVE_RE.search(r.folded, r.sent.start, r.num.start) is None:
        return c
    return Count("cooperatives", generic=False)


def jobs_named_before(r: Reading) -> bool:
    """«اشتغال ایجاد شده توسط این طرح‌ها را ۷۱۴ مورد ذکر کرد», «بیشترین فرصت شغلی با ۱۲۸۵
    مورد»: jobs named before a generic classifier in its clause, with no other number
    between, are what it counts (persons, ``reported_unit`` in extract.py)."""
    if r.noun not in JOB_CLASSIFIERS:
        return False
    lo = max(r.clause.start, r.num.start - 80)
    return JOBS_BEFORE_RE.search(r.folded, lo, r.num.start) is not None


def jobs_by_case(r: Reading, state: Discourse, c: Count) -> Count:
    """«اشتغال ایجاد شده را ۷۱۴ مورد ذکر کرد»: a generic classifier counting the jobs named
    before it counts jobs: employment, when nothing else named its subject."""
    if c.subject is not None or not jobs_named_before(r):
        return c
    return Count("employment", generic=False)


def establishments_in_the_plural(r: Reading, state: Discourse, c: Count) -> Count:
    """«۹۳ معادن به صورت فعال», «۱۲ کارخانجات فعال»: news often counts establishments with
    the broken plural of their noun ('establishment_plurals' in counted_nouns.json) where
    the singular is the norm; the plural counts the same establishments, not the sector
    the noun belongs to («۹۳ معدن» is mining_units, so is «۹۳ معادن»)."""
    if c.subject is not None or r.noun is None:
        return c
    named = ESTABLISHMENT_NOUN_RE.match(r.folded, r.num.end + 1)
    if named is None or named.lastgroup is None:
        return c
    return Count(named.lastgroup, generic=False)


# The rules that refine a count's subject after its counted noun gave one, in order: a
# licence or an establishment named makes a generic count specific (so it inherits
# nothing), the later rules only change the label.
# how far before a count its capacity head may stand («با ظرفیت تولید بالغ بر ...»)
_CAPACITY_NP = 40
# what a capacity head never turns into a capacity: dwellings and establishments counted
_NOT_A_CAPACITY = ESTABLISHMENT_SUBJECTS | {"housing", "capacity"}


def capacity_head_before(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 28: «۹ کارگاه با ظرفیت تولید بالغ بر ۵۰۰ میلیون قطعه بچه میگو», «واحد
    مرغداری با ظرفیت پرورش ۶ میلیون قطعه جوجه», «به ظرفیت تولید ۸۰۰ میلیون عدد قرص»: a
    count right after a capacity head ('count_capacity_before': «ظرفیت», then words of what
    is made or held and an approximation) is that capacity, not the sector of what it counts
    (dev gold 4 of 5); dwellings or establishments so counted («با ظرفیت ۶۰۰ واحد»: housing;
    a bare «واحد» takes its label later) keep their label."""
    if c.subject in _NOT_A_CAPACITY or r.noun in ESTATE_UNIT_NOUNS:
        return c
    lo = max(r.clause.start, r.num.start - _CAPACITY_NP)
    window = r.folded[lo : r.num.start]
    if not any(h in window for h in COUNT_CAPACITY_HEADS):
        return c
    if COUNT_CAPACITY_BEFORE_RE.search(window) is None:
        return c
    return Count("capacity", generic=False)


# the adjectival ending glued to a bed noun («۱۵۰ تختی») or right after it («۱۵۰ تخت ای»)
_ADJECTIVE_ENDINGS = (" ای", "ای")


def lodging_beds(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 40: «۵۲۰۰ تخت در اماکن اقامتی استان آماده است», «ظرفیت هتل‌ها و مراکز اقامتی
    سه هزار و ۷۰۰ تخت بود»: beds ('lodging_bed_nouns') counted in a sentence that names
    lodging ('lodging_words') are the lodging stock of the place, tourism, not a capacity
    (dev gold 5 of 6 lodging beds); beds stated as the size of establishments counted right
    before them («۲ هتل با ۱۲۰ تختخواب») stay capacity, as do beds written as an adjective
    («هتل ۱۲۰ تختی», 'size_as_an_adjective', after this rule)."""
    if c.subject != "capacity" or r.noun not in LODGING_BED_NOUNS:
        return c
    if r.folded.endswith("ی", 0, r.unit_end) or r.folded.startswith(_ADJECTIVE_ENDINGS, r.unit_end):
        return c  # «هتل ۱۵۰ تختی», «۱۲۰ تخت ای»: the size of one establishment
    if not LODGING_RE.search(r.folded, r.sent.start, r.sent.end):
        return c
    if UNITS_WITH_BEDS_RE.search(r.folded, max(r.clause.start, r.num.start - 40), r.num.start):
        return c
    return Count("tourism", generic=False)


def size_as_an_adjective(r: Reading, state: Discourse, c: Count) -> Count:
    """Round 38: «یک واحد ۲ هزار و ۵۰۰ قطعه‌ای پرورش بوقلمون», «گاوداری ۵۰۰ رأسی», «هتل
    ۱۲۰ تختی»: head, bird or bed counts written as an adjective (the «ای» glued to or right
    after 'size_adjective_nouns') describe the size of the establishment they qualify: its
    capacity, not the livestock or lodging counted (dev gold 2 of 2)."""
    if r.noun not in SIZE_ADJECTIVE_NOUNS:
        return c
    if SIZE_ADJECTIVE_RE.match(r.folded, r.unit_end) is None:
        return c
    return Count("capacity", generic=False)


COUNT_SUBJECT_RULES: tuple[CountRule, ...] = (
    establishments_in_the_plural,
    carried_flow,
    transit_fleet,
    industrial_setting,
    plots_in_an_estate,
    units_of_several_sectors,
    establishments_named_before,
    units_counted_in_the_plural_before,
    licence_issued_for,
    classifier_refers_back,
    investors_attracted,
    companies_and_units,
    projects_of_the_sector,
    housing_schemes,
    generic_establishments,
    facility_holds_commodity,
    served_sector,
    dwellings_on_a_network,
    loan_files,
    plans_given_loans,
    jobs_scheme_plans,
    units_given_loans,
    units_applying_for_loans,
    goods_counted_sent_abroad,
    goods_items_moved,
    goods_made,
    purchase_places,
    parties_of_a_purchase,
    goods_bought,
    consignments_crossing,
    containers_of_a_flow,
    passengers_moved,
    trips_hauling,
    persons_made_self_supporting,
    persons_counted_at_work,
    households_living_off,
    jobs_made_for_persons,
    members_of_cooperatives,
    jobs_by_case,
    capacity_head_before,
    lodging_beds,
    size_as_an_adjective,
    plots_of_greenhouses,
)


def count_subject(r: Reading, state: Discourse) -> str | None:
    """Subject of a count: the counted noun's, then every rule of ``COUNT_SUBJECT_RULES``
    in order. A generic noun («۴ مورد», «از این تعداد ۲۳۰ واحد») then takes the subject
    of the previous count in the sentence (or in the sentence before, when that count
    was of the same noun), or of the latest count of the same noun when the text refers
    back («این تعداد», «... واحد دیگر»)."""
    noun = r.noun or ""
    c = Count(*_noun_subject(r.folded, noun, r.unit_end))
    for rule in COUNT_SUBJECT_RULES:
        c = rule(r, state, c)
    subject = c.subject
    if not c.generic:
        state.last_count = (r.si, subject)
        state.last_count_at = r.num.start
        state.count_subjects[noun] = subject
        return subject
    last = state.last_count
    # the same noun counted in the sentence before: «... ۴۵۷۴ واحد مسکن ... . شهرهای
    # اسلامشهر با ۸۰۰ واحد، پاکدشت ۶۷۰ واحد ...»
    same_noun_before = last and last[0] == r.si - 1 and state.count_subjects.get(noun) == last[1]
    if last and (last[0] == r.si or same_noun_before):
        subject = last[1]
    elif (r.anaphor or OTHER_NEAR_RE.match(r.folded[r.unit_end : r.unit_end + 28])) and (
        r.noun in state.count_subjects or last
    ):
        subject = state.count_subjects.get(noun, None) or (last[1] if last else None)
    if subject is None:
        subject = countable_sector_before(r)
    if subject:
        state.last_count = (r.si, subject)
        state.last_count_at = r.num.start
    return subject
