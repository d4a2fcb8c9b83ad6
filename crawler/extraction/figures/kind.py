"""Kind: target, forecast, actual, change or share, from cues in the figure's clause
(crawler/data/kind_cues.json). ``KIND_RULES`` is the ordered list of named rules; the
first that gives a kind decides, and no rule means no kind (null)."""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.data import load
from crawler.extraction.figures.cues import COMMA_RE, DIGIT_RE, names_a_whole
from crawler.extraction.figures.model import (
    Figure,
    Reading,
    acts_on,
    cached,
    ignores,
    needs,
    rules_with_cues,
)
from crawler.extraction.lexicon import (
    ABILITY_RE,
    ACHIEVED_RE,
    ACTUAL_RE,
    ADJECTIVAL_TARGET_CUES,
    ALLOCATION_RE,
    ANNOUNCED_BUDGET_RE,
    ANNOUNCEMENT_RE,
    ASSIGNED_RE,
    BUDGET_ORGANISATION_RE,
    BUDGETED_ADJACENT_RE,
    BUDGETED_AFTER_RE,
    BUDGETED_RE,
    CAUSATIVE_RE,
    CHANGE_AFTER_RE,
    CHANGE_RE,
    COMPARATIVE_AFTER_RE,
    COMPARED_WITH_PAST_RE,
    CONDITIONAL_CLAUSE_RE,
    CONDITIONAL_PREMISE_RE,
    COPULA_RE,
    DEADLINE_RE,
    DISCOURSE_MUST_RE,
    ENTITLEMENT_RE,
    ESTIMATE_RE,
    EXCEEDS_PAST_AFTER_RE,
    EXPECTED_RE,
    FORECAST_RE,
    FUTURE_AFTER_GLUED_UNIT_RE,
    FUTURE_CHANGE_VERB_RE,
    FUTURE_RE,
    FUTURE_TIME_RE,
    GLUED_FUTURE_RE,
    GOAL_RE,
    HABITUAL_RE,
    JOB_QUOTA_AFTER_RE,
    JOB_QUOTA_RE,
    LABEL_STRICT_RE,
    MEASURED_ESTIMATE_RE,
    MONEY_UNITS,
    MOVE_TO_RE,
    NEED_AFTER_RE,
    NEED_BEFORE_RE,
    NEEDED_WORKFORCE_RE,
    OPENING_RE,
    PAID_OUT_RE,
    PART_OF_AFTER_RE,
    PAST_AFTER_RE,
    PAST_BOUND_TARGETS,
    PAST_COPULA_RE,
    PAST_IMPERFECTIVE_RE,
    PAST_YEAR_RE,
    PERCENT_NOUN_RE,
    PERFORMANCE_RE,
    PERTAINING_RE,
    PLAN_NOUN_RE,
    PLAN_PREDICATE_RE,
    PLANNED_CAPACITY_RE,
    PLANNED_PASSIVE_RE,
    PLANNING_RE,
    PREDICTED_COLON_RE,
    PREDICTED_PARTICIPLE_RE,
    PREDICTED_RE,
    PREMISE_CLOSER_RE,
    PREMISE_RE,
    PREPARATIONS_RE,
    PREPARED_AFTER_RE,
    PRESENT_PASSIVE_RE,
    PRESENT_STATE_RE,
    PRESENT_VERB_RE,
    PROGRESS_AFTER_RE,
    PROGRESS_BEFORE_RE,
    PROGRESSIVE_RE,
    PURPOSE_RE,
    QUOTA_STATEMENT_RE,
    RANK_RE,
    RATE_CHANGE_AFTER_RE,
    RATE_CHANGE_VERB_RE,
    RATE_RE,
    REACHED_PART_RE,
    REACHED_VERB_RE,
    REALISED_PREDICATE_RE,
    REALISED_RE,
    REFERENCE_CLAUSE_RE,
    REFERENCE_FRAME_RE,
    REMAINDER_RE,
    REQUIRED_BEFORE_RE,
    RESTATED_SHARE_RE,
    RETURN_RE,
    SCHEDULE_RE,
    SCHEME_QUOTA_RE,
    SECTOR_PART_AFTER_RE,
    SET_AMOUNT_RE,
    SETTLED_BEFORE_RE,
    SHARE_AFTER_RE,
    SHARE_BEFORE_RE,
    SHARE_MEASURE_RE,
    SHARE_OF_BEFORE_RE,
    SHARE_VERB_RE,
    SO_FAR_RE,
    SPENDING_PASSIVE_RE,
    STATE_PASSIVE_RE,
    SUM_UP_RE,
    TARGET_ADJ_BEFORE_RE,
    TARGET_RE,
    THAT_RE,
    VERB_STOP_RE,
    WEAK_TARGET_RE,
    WITH_RE,
    WITNESS_BEFORE_RE,
    WITNESS_PRESENT_RE,
    kind_anchors,
)
from crawler.extraction.persian import WB_L, WB_R, fold, seq, two_lists_re, word_alt, words_re

_CUES = load("kind_cues.json")
# «است», «هست», «قرار دارد»: the 'copulas' that are neither past nor the perfect's «اند»
# (round 42: a state at a deadline)
PRESENT_COPULAS = frozenset(fold(w) for w in _CUES["copulas"]) - frozenset(
    fold(w) for w in (*_CUES["past_copulas"], "اند")
)
# «تا پایان سال ...»: deadline target cues that a past verb turns into a date (round 27)
DEADLINE_TARGETS = frozenset(fold(w) for w in _CUES["deadline_targets"])
# «در قانون/لایحه بودجه», «سرجمع اعتبارات»: the budget document an amount is placed in
BUDGET_DOCUMENT_RE = words_re(_CUES["budget_documents"])
# «... به این سرجمع اضافه شد», «... به بودجه عمرانی افزوده شد»: an amount added to a budget
BUDGET_ADDITION_RE = words_re(_CUES["budget_additions"])
BUDGET_NOUN_RE = words_re(_CUES["budget_nouns"])
# «امسال», «سال جاری», «تا چهار سال آینده»: this year or the years to come (round 31)
YEARS_TO_COME_RE = words_re(_CUES["years_to_come"])
# «سهم استان», «سهمیه ما»: a quota named with the territory or body it is set for
TERRITORY_QUOTA_RE = re.compile(
    WB_L + r"(?:سهمیه|سهم)\s(?:" + "|".join(_CUES["quota_holders"]) + r")(?![\w\u200c])"
)
QUOTA_AFTER_UNIT_RE = re.compile(r"\s?" + TERRITORY_QUOTA_RE.pattern)
# «تصویب بودجه ...», «... بودجه ... مصوب شد»: the act that passes a budget
BUDGET_APPROVAL_RE = re.compile("|".join(_CUES["budget_approvals"]))
# «... ریال از بودجه عمرانی شهر به ... اختصاص دارد»: a line drawn from a named budget
FROM_BUDGET_AFTER_RE = re.compile(
    r"\s?(?:\S+\s){0,2}?از\s(?:" + "|".join(_CUES["budget_lines_after"]) + r")(?![\w\u200c])"
)
ALLOTMENT_FROM_BUDGET_RE = words_re(_CUES["allotments_from_budget"])

LEVEL_BEFORE_RE = re.compile(WB_L + r"به\s?$")
FROM_BEFORE_RE = re.compile(WB_L + r"از\s?$")
OWN_PERCENT_RE = re.compile(r"\d\s?(?:درصد|[%٪])")  # «۶۰ درصدی», «۶۰٪»
PERCENT_OF_CUE_RE = re.compile(r"\d\s?(?:درصد|[%٪])\s?$")  # «معادل ۷۶ درصد» before a cue
OBJECT_CHANGED_RE = re.compile(WB_L + r"را\s?" + CHANGE_RE.pattern)
NEXT_STATEMENT_RE = re.compile(r"[،,]|" + THAT_RE.pattern)
# «... ۴۶۰ شغل ایجاد شود و بیشترین ... هدف‌گذاری شده است»: a verb (subjunctive included)
# followed by «و» ends the number's clause; what follows is a coordinated statement
# «... به ظرفیت ۵۰۰ مگاوات دست یابیم و تلاش می‌کنیم ...»: a subjunctive of reaching as the
# number's own verb closes its statement before «و» (kind_cues.json 'reach_subjunctives')
_REACH_SUBJUNCTIVE = word_alt(_CUES["reach_subjunctives"]) + WB_R
_VERB_THEN_AND_RE = re.compile(
    "(?:"
    + VERB_STOP_RE.pattern
    + "|"
    + PREMISE_CLOSER_RE.pattern
    + "|"
    + _REACH_SUBJUNCTIVE
    + r")\s?و\s"
)
WITH_BEFORE_RE = re.compile(WB_L + r"با\s?(?:حدود\s?)?$")
OBJECT_MARK_RE = words_re(["را"])  # literal-led: a scan skips to its first letter
# «تا پایان برنامه ششم»: a target cue that only dates the number; with the future as the
# number's own verb it dates a forecast («... به شش درصد خواهد رسید»); a vision horizon
# («تا افق ۱۴۰۴ ... تولید خواهد کرد») is not one of them: it stays the goal it sets
HORIZON_TARGET_RE = words_re(_CUES["horizon_targets"])
# «طبق آخرین برآورد، ...», «بر اساس برآوردها، ...»: an estimate named as the source
ESTIMATE_SOURCE_RE = words_re(_CUES["estimate_sources"])
# «۲۷ درصد معادل ۵۶ هزار هکتار از شالیزارها»: a percentage restated as an amount, then «از»
RESTATED_AMOUNT_AFTER_RE = re.compile(
    r"\s?"
    + words_re(_CUES["restating_words"]).pattern
    + r"\s?\d[\d.,/٫]*(?:\s?[^\W\d_]+){0,3}?(?=\s?از\s)"
)

# round 27: «... ۲۰۰ تومان ... کاهش قیمت داشته است»: a change noun as the amount's predicate
CHANGE_PREDICATE_RE = re.compile(
    CHANGE_RE.pattern + r"(?:\s?[^\s\d،,.:؛]+)?\s?" + words_re(_CUES["change_light_verbs"]).pattern
)
# «۳۰۰ تومان تا ۸۰۰ تومان»: the upper end of a range right after the lower one
RANGE_END_AFTER_RE = re.compile(r"\s?تا\s?\d")
# how far after the amount its change predicate may stand («... در هر کیلوگرم در میادین ...»)
_CHANGE_PREDICATE_SPAN = 80
# round 27: «سهم ... ۱۲.۵ درصد بود که این رقم ... به ۲۲.۵ درصد رسید»: the figure before
FIGURE_ANAPHOR_RE = words_re(_CUES["figure_anaphors"])
# round 27: «تاکنون ۷۸ درصد معادل ۱۱۹ هزار واحد ...», «۵۵ درصد به میزان ۴۹ هزار تن ...»
RESTATED_AS_AMOUNT_RE = re.compile(
    r"\s?" + words_re(_CUES["restating_words"]).pattern + r"\s?\d[\d.,/٫]*"
)

# round 31: «... ۱۱۵ درصد گزارش شده است», «... اعلام شد»: a passive of reporting gives a value
REPORTED_PASSIVE_RE = words_re(_CUES["reported_passives"])
# round 31: «از مجموع ۶۴ هزار واحد مسکونی که مقرر شده بود ... تحویل شود»: the number's
# noun described by a relative clause that sets it as a goal
RELATIVE_TARGET_AFTER_RE = re.compile(
    r"\s?(?:[^\s\d،,.:؛]+\s){0,3}?که\s" + words_re(_CUES["relative_targets"]).pattern
)


_DIGIT_CHAR_RE = re.compile(r"\d")


def _last(regex: re.Pattern[str], folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``regex`` in [lo, hi): the cue nearest before a number."""
    found = None
    for found in regex.finditer(folded, lo, hi):  # noqa: B007 (the last one is kept)
        pass
    return found


def _governing(regex: re.Pattern[str], folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The cue nearest before a number (``_last`` in [lo, hi)) that governs it: no verb
    stands between the cue and the number, else the cue belongs to an earlier statement."""
    cue = _last(regex, folded, lo, hi)
    if cue is None or VERB_STOP_RE.search(folded, cue.end(), hi):
        return None
    return cue


def _governed(regex: re.Pattern[str], folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first cue after an amount (in [lo, hi)) that its statement reaches: no verb
    stands between the amount and the cue, else the cue is another statement's."""
    cue = regex.search(folded, lo, hi)
    if cue is None or VERB_STOP_RE.search(folded, lo, cue.start()):
        return None
    return cue


def _distance(found: list[re.Match[str]], lo: int, point: int) -> int | None:
    """Distance from ``point`` to the nearest of ``found`` starting at ``lo`` or later."""
    best: int | None = None
    for m in found:
        if m.start() < lo:
            continue
        d = m.start() - point if m.start() >= point else point - m.end()
        if best is None or d < best:
            best = d
    return best


class KindContext:
    """A reading with the cue facts several kind rules share, each computed once."""

    def __init__(self, r: Reading) -> None:
        self.r = r
        self.folded = r.folded
        self.clause = r.clause

    @cached
    def predicted_across_colon(self) -> bool:
        """«وی پیش‌بینی کرد: امسال ۷۰۰ هزار تن ... فروخته شود»: a forecast cue right before
        a colon governs the statement after it (the clause starts at the colon), unless the
        number's own verb is past («... پیش‌بینی کرد: سال گذشته ۵۰۰ تن فروخته شد و ...»)."""
        r, f = self.r, self.folded
        if f.find(":", r.sent.start, self.clause.start + 1) < 0:
            return False  # the common case: no colon before the clause
        if PREDICTED_COLON_RE.search(f, r.sent.start, r.start) is None:
            return False
        return ACTUAL_RE.search(f, r.unit_end, self.statement_end) is None

    @cached
    def expected(self) -> bool:
        """«انتظار می‌رود ... به ۱۰۰ درصد برسد»: an expectation of reaching a level names
        the goal (a target), where «پیش‌بینی می‌شود ... برسد» reports a forecast."""
        return EXPECTED_RE.search(self.folded, self.clause.start, self.r.start) is not None

    @cached
    def forecast_said(self) -> bool:
        """«پیش‌بینی می‌شود ...» anywhere, or a future or forecast verb after the number
        («تا پایان سال ... به ۱۲۰ مگاوات می‌رسد»: where things are heading, not a plan)."""
        f, c = self.folded, self.clause
        return (
            PREDICTED_RE.search(f, c.start, c.end) is not None
            or self.predicted_across_colon
            or FUTURE_RE.search(f, self.r.num.end, c.end) is not None
            or GLUED_FUTURE_RE.search(f, self.r.num.end, c.end) is not None
            or FORECAST_RE.search(f, self.r.num.end, c.end) is not None
        )

    def weak(self, cue: re.Match[str]) -> bool:
        """A «برسد»-like target cue after «پیش‌بینی»: it reports a forecast; «بازارهای هدف»
        is an adjective and «تا پایان سال گذشته» a past date: no target."""
        f = self.folded
        return (
            (
                self.forecast_said
                and WEAK_TARGET_RE.fullmatch(cue.group()) is not None
                and not self.on_a_plan
                and not self.expected
            )
            or (
                cue.group() in ADJECTIVAL_TARGET_CUES  # «آب کشور باید ...» stays a modal
                and TARGET_ADJ_BEFORE_RE.search(f, max(0, cue.start() - 12), cue.start())
                is not None
            )
            or PAST_AFTER_RE.match(f, cue.end()) is not None
            or (cue.group() in DEADLINE_TARGETS and self.own_verb_past and self.only_deadlines)
            or _quota_of_the_past(f, cue, self.r.start)
            or DISCOURSE_MUST_RE.match(f, cue.start()) is not None
        )

    @cached
    def only_deadlines(self) -> bool:
        """No target cue in the clause but deadlines: «احیای ۱۲۰ واحد تا پایان سال
        هدف‌گذاری شده است» keeps its goal, whatever the tense of its copula."""
        return (
            all(
                t.group() in DEADLINE_TARGETS
                for t in TARGET_RE.finditer(self.folded, self.clause.start, self.clause.end)
            )
            and PLAN_NOUN_RE.search(self.folded, self.clause.start, self.clause.end) is None
        )

    @cached
    def own_verb_past(self) -> bool:
        """«تا پایان سال ۹۶ حدود ۷۲۱۴ میلیارد ریال بوده», «... ۵۰۰ واحد تحویل شد»: the
        number's own verb is past, so a deadline before or after it dates what was done
        (round 27), it sets no goal."""
        own = self.own_verb
        if own is None:
            return False
        f = self.folded
        lo = max(self.r.unit_end, own.start() - 12)
        if ANNOUNCING_RE.search(f, lo, own.end() + 4) or ANNOUNCEMENT_RE.search(
            f, lo, own.end() + 4
        ):
            return False  # «از احیای ۱۸۰ واحد ... تا پایان سال خبر داد»: the plan announced
        if ACTUAL_RE.match(f, own.start()):
            return True
        # «... رسیده است»: a perfect, the participle right before the copula
        return COPULA_RE.match(f, own.start()) is not None and bool(
            ACTUAL_RE.search(f, lo, own.start())
        )

    @cached
    def on_a_plan(self) -> bool:
        """«با توجه به برنامه‌ریزی‌ها انتظار می‌رود ... به ۱۰۰ درصد برسد»: an expectation
        that rests on a plan named before the number states the plan's goal (a target)."""
        return PLAN_NOUN_RE.search(self.folded, self.clause.start, self.r.start) is not None

    @cached
    def statement_start(self) -> int:
        """After the last «که» before the number: «... به ۴ طرح میرسد که ۷۶ میلیارد ریال
        ... تخصیص یافته است» is a new statement; the verb before it is not its verb."""
        start = self.clause.start
        for that in THAT_RE.finditer(self.folded, start, self.r.start):
            start = that.end()
        return start

    @cached
    def before(self) -> str:
        return self.folded[max(self.clause.start, self.r.start - 14) : self.r.start]

    @cached
    def reached(self) -> bool:
        """«با ۸ درصد کاهش به ۱۳۵ میلیون دلار رسید»: a level reached, not a change."""
        return LEVEL_BEFORE_RE.search(self.before) is not None

    @cached
    def change_adjacent(self) -> bool:
        """«افزایش ۲۰ درصدی», «۲۰ درصد افزایش», unless a level is reached («به ۸٫۱ درصد»)."""
        r = self.r
        after = self.folded[r.unit_end : r.unit_end + 14]  # «۲۵. ۲ درصد رشد»: past a cut
        cue = CHANGE_RE.search(self.before)
        # «با رشد ۱۰۰ درصدی ۵۴۳۴ تن ...»: a number between the cue and this one is the
        # change; the amount after it is the level that changed
        if cue is not None and _DIGIT_CHAR_RE.search(self.before, cue.end()):
            cue = None
        return not self.reached and (
            cue is not None
            or CHANGE_AFTER_RE.match(after) is not None
            or (r.unit in ("percent", "times") and RATE_CHANGE_AFTER_RE.match(after) is not None)
        )

    @cached
    def own_verb(self) -> re.Match[str] | None:
        """The first verb after the number in its clause."""
        return VERB_STOP_RE.search(self.folded, self.r.unit_end, self.clause.end)

    @cached
    def done_so_far(self) -> bool:
        """«تاکنون» just before the number or in its own statement: «... تعهد شده بود که ۲۸
        هزار واحد آن تاکنون تحویل شده است» reports what is done, whatever the cue before."""
        r, f = self.r, self.folded
        verb_end = self.own_verb.end() if self.own_verb else self.clause.end
        return (
            SO_FAR_RE.search(f, max(self.clause.start, r.start - 20), r.start) is not None
            or SO_FAR_RE.search(f, r.unit_end, verb_end) is not None
        )

    @cached
    def statement_end(self) -> int:
        """Where the number's own statement ends: the next comma or «که» in the clause."""
        end = NEXT_STATEMENT_RE.search(self.folded, self.r.unit_end, self.clause.end)
        return end.start() if end else self.clause.end

    @cached
    def coordinated_at(self) -> int:
        """Where a coordinated statement starts after the number's own verb, «... ایجاد شود
        و بیشترین اشتغال ... هدف‌گذاری شده است»: cues past it are that statement's (the
        clause end when there is none). Guarded by «و» to stay cheap."""
        f, lo, hi = self.folded, self.r.unit_end, self.clause.end
        if f.find(" و ", lo, hi) < 0:
            return hi
        m = _VERB_THEN_AND_RE.search(f, lo, hi)
        return m.end() if m else hi

    @cached
    def past_copula(self) -> bool:
        """«... ۱۱۰۲ میلیارد تومان بوده که ...», «... به ۲۱۶ مگاوات رسیده»: the number's own
        statement ends in a past copula or «رسید/رسیده»: it reports what was."""
        r = self.r
        end = min(self.statement_end, r.unit_end + 80)
        return PAST_COPULA_RE.search(self.folded, r.unit_end, end) is not None

    @cached
    def per_unit(self) -> bool:
        """«هر کیلوگرم ...», «روزانه ...», «سالانه ...»: a rate or a habit, not an amount
        reported once (prices in force carry no kind)."""
        c = self.clause
        return HABITUAL_RE.search(self.folded, c.start, c.end) is not None

    @cached
    def habit_in_statement(self) -> bool:
        """A habit word in the clause up to the end of the number's own statement (the next
        comma or «که»): «... چهار میلیون تن پیش‌بینی شده است، ... با ظرفیت سالانه یک
        میلیون تن ...»: the «سالانه» after the comma is the other number's, not this one's
        (round 43; ``per_unit`` reads the whole clause)."""
        c = self.clause
        return HABITUAL_RE.search(self.folded, c.start, self.statement_end) is not None

    @cached
    def own_habit(self) -> bool:
        """A habit word («هر», «روزانه») before the number, or after it with no number
        of its own: «۲۰۰ تن ... به قیمت هر کیلوگرم ۱۴۰ هزار تومان» prices the kilogram
        (the habit is the 140's), the 200 tonnes are one event."""
        r, f, c = self.r, self.folded, self.clause
        for m in HABITUAL_RE.finditer(f, c.start, c.end):
            if m.start() < r.start or not DIGIT_RE.search(f, m.end(), min(c.end, m.end() + 20)):
                return True
        return False

    @property
    def adjectival(self) -> bool:
        """«۲۰ درصدی صادرات»: a rate, not a part."""
        return self.folded[self.r.unit_end - 1] == "ی"


def _quota_of_the_past(folded: str, cue: re.Match[str], number: int) -> bool:
    """«سهمیه تسهیلات استان در سال گذشته ۸۵۰ میلیارد تومان بود»: a quota of a past year
    is what was allotted then, not a target."""
    return (
        cue.group() in PAST_BOUND_TARGETS
        and PAST_YEAR_RE.search(folded, cue.end(), number) is not None
    )


KindRule = Callable[[KindContext], str | None]


@needs(*kind_anchors("planned_capacity_before"))
def planned_capacity(k: KindContext) -> str | None:
    """«پروانه ... با ظرفیت ایجاد اشتغال برای ۱۲۰۰ نفر صادر شد»: the jobs a licence, a
    permit or a plan opens room for are planned, a target, whatever verb reports the
    licence (the cue right before the number, only «برای» between)."""
    r, f = k.r, k.folded
    if f.find("ظرفیت", max(0, r.start - 60), r.start) < 0:
        return None  # cheap guard: no capacity word near
    cue = _last(PLANNED_CAPACITY_RE, f, max(k.clause.start, r.start - 60), r.start)
    if cue is None or f[cue.end() : r.start].strip() not in ("", "برای"):
        return None
    return "target"


_ASSIGNED_STEMS = ("تعیین", "مشخص", "تعریف", "ابلاغ")
_CAUSATIVE_STEMS = ("موجب", "باعث", "سبب", "منجر")


def _any_of(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A cheap guard: one search for any of ``stems`` as plain text in a window (found
    exactly where ``stem in text[lo:hi]`` holds for one of them), instead of a slice and a
    generator per figure."""
    return re.compile("|".join(map(re.escape, stems)))


_ASSIGNED_GUARD = _any_of(_ASSIGNED_STEMS)
_CAUSATIVE_GUARD = _any_of(_CAUSATIVE_STEMS)


@needs(*_ASSIGNED_STEMS)
@ignores("percent", "times", MONEY_UNITS)
def assigned_amount(k: KindContext) -> str | None:
    """«در قالب مسکن حمایتی ۲۷ هزار و ۶۳ واحد مسکونی تعیین شده است», «... ۲۰۰۰ فقره مشخص
    شد»: an amount whose own verb says a plan or an authority set it is a quota, a target,
    whatever the tense of the participle; not a percentage, money or a price per unit
    («نرخ سود ۱۸ درصد تعیین شد», «قیمت هر کیلو ... تعیین شد»: levels in force), nor what
    is done so far."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times") or r.unit in MONEY_UNITS or k.per_unit:
        return None
    if _ASSIGNED_GUARD.search(f, r.unit_end, k.statement_end) is None:
        return None  # cheap guard: no word of setting after the number
    cue = ASSIGNED_RE.search(f, r.unit_end, k.statement_end)
    if cue is None or k.done_so_far or VERB_STOP_RE.search(f, r.unit_end, cue.start()):
        return None
    # «معادل ۹۰ درصد هدف تعیین‌شده»: the goal the percentage measures, then its participle
    named = TARGET_RE.search(f, r.unit_end, cue.start())
    return None if _measured_against(k, (named or cue).start()) else "target"


def _measured_against(k: KindContext, cue: int) -> bool:
    """«۷۸۰۶ میلیارد ریال، معادل ۷۶ درصد سهمیه ابلاغی، ... پرداخت شده», «۳۵۰ هزار تن
    معادل ۹۰ درصد هدف تعیین‌شده ... خریداری شد»: a percentage between the amount and a
    target cue after it measures the amount against the target; the cue is the
    percentage's, the amount's own verb decides its kind. The percentage stands right
    before the cue (a percentage elsewhere in a list, «... زیر ۵۰ درصد را خواستار شد», is
    no measure)."""
    lo = max(k.r.unit_end, cue - 24)
    return PERCENT_OF_CUE_RE.search(k.folded, lo, cue) is not None


@needs("تعلق")
def entitled_by_scheme(k: KindContext) -> str | None:
    """«به هر واحد روستایی ۲۰۰ میلیون تومان وام تعلق می‌گیرد», «مبلغ ۳۵۰ میلیون تومان وام با
    نرخ ۵ درصد ... به این پروژه‌ها تعلق می‌گیرد»: an amount (money, a rate or a count) whose
    own verb says it is granted to each beneficiary states what a scheme sets: a target,
    not a one-off event to come nor a share."""
    r, f = k.r, k.folded
    if "تعلق" not in f[r.unit_end : k.statement_end]:
        return None  # cheap guard: no verb of granting after the number
    cue = _governed(ENTITLEMENT_RE, f, r.unit_end, k.statement_end)
    if cue is None:
        return None
    return "target"


_ANNOUNCING_STEMS = ("اعلام", "ابلاغ", "تعیین")


@needs(*_ANNOUNCING_STEMS)
@acts_on(MONEY_UNITS)
def announced_budget(k: KindContext) -> str | None:
    """«اعتبارات عمرانی امسال استان را ۶ هزار میلیارد تومان اعلام کرد», «بودجه جاری ... برای
    سال آینده ۱۲۰۰ میلیارد تومان ابلاغ شد»: money named as a budget, a credit line or a loan
    ceiling before it in its clause, whose statement ends in announcing it, is what the
    budget sets: a target, whatever the tense of the announcing verb (the announcement is
    past, the spending is not); not a percentage, a change or money paid out of it."""
    r, f = k.r, k.folded
    if r.unit not in MONEY_UNITS or k.change_adjacent or k.per_unit:
        return None
    tail = f[r.unit_end : k.statement_end]
    if not any(stem in tail for stem in _ANNOUNCING_STEMS):
        return None  # cheap guard: no announcing verb after the number
    verb = _governed(ANNOUNCEMENT_RE, f, r.unit_end, k.statement_end)
    if verb is None:
        return None
    lo = max(k.clause.start, r.start - 90)
    cue = _governing(ANNOUNCED_BUDGET_RE, f, lo, r.start)
    if cue is None:
        return None
    body = _last(BUDGET_ORGANISATION_RE, f, max(lo, cue.start() - 30), cue.end())
    if body is not None and body.end() == cue.end():
        return None  # «سازمان برنامه و بودجه»: the body that reports, not a budget
    if PAID_OUT_RE.search(f, r.unit_end, k.statement_end):
        return None
    return "target"


_BUDGET_WORDS = ("بودجه", "جمع", "اضافه", "افزوده", "منظور")
_BUDGET_GUARD = _any_of(_BUDGET_WORDS)


@needs(*_BUDGET_WORDS, sentence=True)
@acts_on(MONEY_UNITS)
def in_budget_document(k: KindContext) -> str | None:
    """«۴۴ میلیارد تومان به راه روستایی و ۱۱۶ میلیارد تومان برای آب شرب به این سرجمع اضافه
    شده است», «یک میلیارد تومان برای پژوهش در قانون بودجه امسال در نظر گرفته شده», «سرجمع
    اعتبارات استانی به ۸۴۴ میلیارد تومان رسید»: money in a sentence that places it in a
    budget document (the budget law or bill, a budget total) or adds it to a credit line is
    a line the budget sets, a target (round 15), whatever the tense of the verb that
    places it; not money paid, spent or absorbed out of it («از محل قانون بودجه تاکنون ۴۰
    میلیارد تومان پرداخت شده»: actual), what a past year's total was, a percentage or a
    change; a total reached («به ... رسید») is still the budget's, a past copula («بود»)
    tells what it was. A bare allocation («... به بانک کشاورزی اختصاص یافت») names no document: its
    verb decides (actual in the dev gold)."""
    r, f = k.r, k.folded
    if r.unit not in MONEY_UNITS or k.change_adjacent or k.per_unit:
        return None
    s = r.sent
    if _BUDGET_GUARD.search(f, s.start, s.end) is None:
        return None  # cheap guard: no budget word in the sentence
    if BUDGET_DOCUMENT_RE.search(f, s.start, s.end) is None:
        added = BUDGET_ADDITION_RE.search(f, r.unit_end, s.end)
        if added is None or BUDGET_NOUN_RE.search(f, r.unit_end, added.start()) is None:
            return None
    if k.done_so_far or PAID_OUT_RE.search(f, r.unit_end, k.statement_end):
        return None
    if k.past_copula and not k.reached:
        return None  # «... در قانون بودجه ۶۰۰ میلیارد تومان بود»: what it was (``budgeted``)
    return None if PAST_YEAR_RE.search(f, s.start, r.start) else "target"


@needs("سهم")
@acts_on(MONEY_UNITS)
def territory_quota(k: KindContext) -> str | None:
    """«۷۰۰ میلیارد ریال سهم استان از تسهیلات ازدواج است», «از ۵۸۵ میلیارد تومان سهم استان،
    ۴۶۸ میلیارد ... پرداخت شد», «سهم شهرستان از اعتبارات تبصره ۱۸ امسال ۹۰۰ میلیارد تومان
    است»: money named as the quota of a province, county or body (its holder right after
    «سهم/سهمیه») is what the scheme or budget sets for it: a target (round 19's ruling on a
    province's quota), when stated with a copula or an announcement, or when the amount stands
    after «از» as the whole that what follows is paid out of; money paid or spent as the
    quota («... سهم استان پرداخت شد») stays with its verb, and a quota stated with a past
    copula («... بود», «بوده») is actual (lead, Round 23). Counts are ``scheme_quota``'s."""
    r, f = k.r, k.folded
    if r.unit not in MONEY_UNITS or k.change_adjacent or k.per_unit:
        return None
    lo = k.statement_start
    if "سهم" not in f[lo : min(k.statement_end, r.unit_end + 12)]:
        return None  # cheap guard: no quota word before or right after the amount
    after = QUOTA_AFTER_UNIT_RE.match(f, r.unit_end)
    if after is not None:
        if FROM_BEFORE_RE.search(f, max(0, r.start - 6), r.start):
            return "target"  # «از ۵۸۵ میلیارد تومان سهم استان، ...»: the whole drawn on
        cue = after
    else:
        cue = _governing(TERRITORY_QUOTA_RE, f, lo, r.start)
        if cue is None:
            return None
        if PAST_YEAR_RE.search(f, cue.end(), r.start):
            return None  # «سهم استان ... در سال گذشته ...»: what was allotted then
    if k.done_so_far or PAST_COPULA_RE.search(f, r.unit_end, k.statement_end):
        return None  # «سهم استان ... ۸۵۰ میلیارد تومان ... بود»: what it was (lead, Round 23)
    return "target" if _stated_as_quota(k, cue) else None


@acts_on(MONEY_UNITS)
def passed_budget(k: KindContext) -> str | None:
    """«از تصویب بودجه ۲۰۰۰ میلیارد ریالی شهرداری خبر داد», «بودجه ... شهرداری ... تصویب شد»,
    «امسال ۴۰۰ میلیارد تومان بودجه برای عمران مصوب شده است», «۳۰۰ میلیارد ریال از بودجه
    عمرانی به ساخت پل اختصاص دارد», «۶۰ میلیارد تومان از اعتبار اربعین به استان ابلاغ
    شده»: money named as a budget or credit line that a council or government passes,
    or allots out of a named budget, is what the budget sets: a target, whatever the
    tense of the passing verb (the approval is past, the spending is not); not money paid
    or spent out of it, done so far, a past copula (what it was) or a change."""
    r, f = k.r, k.folded
    if r.unit not in MONEY_UNITS or k.change_adjacent or k.per_unit:
        return None
    end = k.statement_end
    s = r.sent
    drawn = FROM_BUDGET_AFTER_RE.match(f, r.unit_end)
    if drawn is not None:
        verb = ALLOTMENT_FROM_BUDGET_RE.search(f, drawn.end(), end)
        if verb is None or VERB_STOP_RE.search(f, drawn.end(), verb.start()):
            return None
    else:
        lo = max(s.start, r.start - 60)
        if BUDGET_APPROVAL_RE.search(f, lo, end) is None:
            return None  # cheap guard: no approval near
        line = _governing(BUDGET_NOUN_RE, f, max(s.start, r.start - 25), r.start)
        if line is None:
            line = BUDGET_NOUN_RE.match(f, r.unit_end + 1)  # «۴۰۰ میلیارد تومان بودجه ...»
        if line is None:
            return None
        before = BUDGET_APPROVAL_RE.search(f, max(s.start, line.start() - 12), line.start())
        passed = before or BUDGET_APPROVAL_RE.search(f, r.unit_end, end)
        if passed is None:
            return None
    if k.done_so_far or k.past_copula or PAID_OUT_RE.search(f, r.unit_end, end):
        return None
    return "target"


@needs(*_CAUSATIVE_STEMS)
@ignores("percent", "times")
def caused_outcome(k: KindContext) -> str | None:
    """«آبرسانی مرزی موجب می‌شود تا ۱۳۰ روستا تحت پوشش قرار بگیرند», «راه‌اندازی کارخانه
    باعث می‌شود ۶۰۰۰ تن پسته فرآوری شود»: a causative frame before the amount (no verb
    between) says what an action will bring about, a forecast, even when the subjunctive
    after it names an opening or a benefit; a percentage or a change is left to the
    change rules."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times") or k.change_adjacent:
        return None
    lo = max(k.clause.start, r.start - 60)
    if _CAUSATIVE_GUARD.search(f, lo, r.start) is None:
        return None  # cheap guard
    cue = _governing(CAUSATIVE_RE, f, lo, r.start)
    if cue is None:
        return None
    return "forecast"


@needs("مقدم")
def prepared_event(k: KindContext) -> str | None:
    """«مقدمات اجرای ۱۸۲۰ پروژه جدید آماده شده و ...», «مقدمات احداث ۳ هزار واحد مسکونی
    فراهم شده است»: an amount inside an event whose preparations are reported done (no
    verb between the preparations and the amount, nor between the amount and «آماده/فراهم
    شده») is an event to come, a forecast, though the verb is past."""
    r, f = k.r, k.folded
    if f.find("مقدم", max(k.statement_start, r.start - 40), r.start) < 0:
        return None  # cheap guard
    cue = _governing(PREPARATIONS_RE, f, max(k.statement_start, r.start - 40), r.start)
    if cue is None:
        return None
    done = _governed(PREPARED_AFTER_RE, f, r.unit_end, k.statement_end)
    if done is None:
        return None
    return "forecast"


# «با سرمایه‌گذاری ۶ هزار میلیارد ریالی و اشتغال ۳۳۰ نفری ... آماده بهره‌برداری است»: an
# amount whose unit «و» joins right to the next attribute of the same plan shares its opening
_JOINED_ATTRIBUTE_RE = re.compile(r"ی?\s?و\s")
# «(۴۵ نفر) از جمله طرح‌هایی است که ...»: the amount's plan named one of a class, the
# relative clause after «که» tells what happens to the class
_ONE_OF_PLANS_RE = re.compile(
    r"از\sجمله(?:\s[^\s،,.؛:]+){1,4}\s(?:است|هستند|می\s?باشد|می\s?باشند)\s?$"
)

# «۱۰ پروژه گازرسانی به ارزش ۹ هزار میلیارد ریال ... آماده افتتاح است»: the value of the
# plans the amount counts, given right after its noun (round 31)
VALUED_AT_RE = words_re(_CUES["valued_at"])
_VALUED_AT_SPAN = 30  # characters after the unit: its noun's words, then the phrase


def _valued_at(f: str, lo: int, hi: int) -> bool:
    """The numbers in [lo, hi) are the value of what the amount before ``lo`` counts: a
    'valued_at' phrase comes first, close after the unit, with no number before it."""
    m = VALUED_AT_RE.search(f, lo, min(hi, lo + _VALUED_AT_SPAN))
    return m is not None and not DIGIT_RE.search(f, lo, m.start())


def scheduled_opening(k: KindContext) -> str | None:
    """«قرار است پروژه ۳۶ واحدی مسکن ... به بهره‌برداری برسد», «۱۲ طرح ... افتتاح می‌شود»:
    an opening after the amount in its statement is scheduled, a forecast, whatever plan
    cue stands before it; a past verb in the statement reports it done («... کلنگ‌زنی و
    ... افتتاح و به بهره‌برداری رسید»), and an expectation («انتظار می‌رود ... به
    بهره‌برداری برسد») or a goal word («هدف‌گذاری شده ...») names the goal, left to the
    target rules; a number between the amount and the opening owns it."""
    r, f = k.r, k.folded
    found = OPENING_RE.search(f, r.unit_end, k.statement_end)
    one_of = found is None and _ONE_OF_PLANS_RE.search(f, r.unit_end, k.statement_end)
    if one_of:  # «... از جمله طرح‌هایی است که مورد بهره‌برداری قرار می‌گیرد»
        found = OPENING_RE.search(f, k.statement_end, k.clause.end)
    if found is None or k.done_so_far or k.expected:
        return None
    if GOAL_RE.search(f, k.clause.start, r.start):
        return None  # «هدف‌گذاری شده ... ۳۰۰ واحد ... به بهره‌برداری برسد»: the goal, a target
    if (
        DIGIT_RE.search(f, r.unit_end, found.start())
        and not _JOINED_ATTRIBUTE_RE.match(f, r.unit_end)
        and not _valued_at(f, r.unit_end, found.start())
    ):
        return None  # «۸۳۲۶ واحد آغاز عملیات و ۵۰۲۳ واحد آماده افتتاح»: the next number's
    if one_of:  # the copula of «از جمله ... است» names the class; the clause's verb decides
        return None if ACTUAL_RE.search(f, found.start(), k.clause.end) else "forecast"
    if ACTUAL_RE.search(f, r.unit_end, k.statement_end) or VERB_STOP_RE.search(
        f, r.unit_end, found.start()
    ):
        return None
    return "forecast"


@needs("قرار", "مقرر", "بنا", sentence=True)
@ignores("percent", "times")
def scheduled_premise(k: KindContext) -> str | None:
    """«قرار است در آینده نزدیک با بهره‌برداری از کارخانه ...، ۱ میلیون تن به ظرفیت تولید
    افزوده شود», «مقرر است پس از راه‌اندازی این واحد ۳۰۰ نفر مشغول به کار شوند»: a schedule,
    then a premise of opening or completion, then the amount: what the premise is scheduled
    to bring about, a forecast (a schedule gives way to an opening, as in
    ``scheduled_opening``). Not a goal word («هدف‌گذاری شده») or a deadline («تا پایان سال
    ...»), a level to reach («... به ۲۰۰ هزار تن برسد»: the goal, a target), a past verb
    reporting the outcome done, or a percentage (``premise_percent``)."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times") or k.change_adjacent:
        return None
    lo = max(r.sent.start, r.start - 160)
    cue = _last(SCHEDULE_RE, f, lo, r.start)
    if cue is None or CONDITIONAL_PREMISE_RE.search(f, cue.end(), r.start) is None:
        return None
    if GOAL_RE.search(f, lo, r.start) or k.done_so_far or k.own_verb_past:
        return None
    if VERB_STOP_RE.search(f, cue.end(), r.start) or ACTUAL_RE.search(
        f, r.unit_end, k.statement_end
    ):
        return None  # a verb closes the schedule before the number, or the outcome is done
    if TARGET_RE.search(f, cue.end(), r.start) or WEAK_TARGET_RE.search(
        f, r.unit_end, k.statement_end
    ):
        return None  # «... تا پایان سال ۱۴۰۴ به ۲۰۰ هزار تن برسد»: a level to reach, the goal
    return "forecast"


# «از افتتاح ۱۴ پروژه ... در دهه فجر امسال خبر داد»: an opening announced for a
# commemorative week or decade (crawler/data/kind_cues.json)
ANNOUNCED_OPENING_RE = words_re(_CUES["announced_openings"])
ANNOUNCING_RE = words_re(_CUES["announcing"])
COMMEMORATIVE_RE = words_re(_CUES["commemorative_periods"])
PAST_PERIOD_RE = words_re(_CUES["past_period_words"])


@needs("خبر")
def announced_opening(k: KindContext) -> str | None:
    """«مدیرعامل ... از افتتاح ۱۴ پروژه آبرسانی در دهه فجر امسال خبر داد», «از افتتاح و
    کلنگ‌زنی ۷۱ پروژه ... در هفته دولت خبرداد»: an amount inside an opening (delivery,
    start-up) that the speaker announces for a commemorative week still to come is a
    scheduled event, a forecast (round 15), though «خبر داد» is past; a period said to be
    past («هفته دولت سال گذشته») or a verb of its own between keeps the past reading."""
    r, f = k.r, k.folded
    if "خبر" not in f[r.unit_end : k.statement_end]:
        return None  # cheap guard
    head = _governing(ANNOUNCED_OPENING_RE, f, max(k.statement_start, r.start - 60), r.start)
    if head is None:
        return None
    told = _governed(ANNOUNCING_RE, f, r.unit_end, k.statement_end)
    if told is None:
        return None
    period = COMMEMORATIVE_RE.search(f, r.unit_end, told.start())
    if period is None or PAST_PERIOD_RE.search(f, period.end(), told.start()):
        return None
    return "forecast"


# «از تولید ۸۰ مگاوات ... در سال آینده خبر داد»: a period to come named in the announcement
ANNOUNCED_FUTURE_RE = words_re(_CUES["announced_future_periods"])
# the last word of each of those periods: one of them stands in every match (the cheap guard)
_FUTURE_PERIOD_ENDS = frozenset(p.split()[-1] for p in _CUES["announced_future_periods"])


def announced_for_period_to_come(k: KindContext) -> str | None:
    """«مدیرعامل ... از تولید بیش از ۸۰ مگاوات انرژی خورشیدی در سال آینده خبر داد», «از
    صادرات ۲ میلیون تن ... در سال‌های آینده خبر داد» (round 35): an amount the speaker
    announces («از ... خبر داد») for a period still to come named between it and the
    announcing verb is what that period will bring, a forecast, though «خبر داد» is past
    (as an opening announced for a commemorative week to come is); a past period after
    the future one keeps the past reading."""
    r, f = k.r, k.folded
    window = f[r.unit_end : k.statement_end]
    if not any(w in window for w in _FUTURE_PERIOD_ENDS):
        return None  # cheap guard
    told = _governed(ANNOUNCING_RE, f, r.unit_end, k.statement_end)
    if told is None:
        return None
    period = ANNOUNCED_FUTURE_RE.search(f, r.unit_end, told.start())
    if period is None or PAST_PERIOD_RE.search(f, period.end(), told.start()):
        return None
    return "forecast"


@acts_on("percent")
def fulfilment_rate(k: KindContext) -> str | None:
    """«عملکرد استان در عملیاتی کردن تعهد اشتغال به میزان ۱۰۸ درصد بود», «عملکرد بانک‌ها در
    پرداخت سهمیه ... ۱۰۲ درصد شد»: a percentage stated as a performance («عملکرد») in
    reaching a commitment, allocation or quota (an 'achieved' word between, no verb) is the
    rate the target was met, a share (the lead's reading, h18b06), not the target; a change
    verb after it keeps it a change."""
    r, f = k.r, k.folded
    if r.unit != "percent" or CHANGE_AFTER_RE.match(f, r.unit_end):
        return None
    lo = max(k.statement_start, r.start - 80)
    perf = PERFORMANCE_RE.search(f, lo, r.start)
    if perf is None or VERB_STOP_RE.search(f, perf.end(), r.start):
        return None
    return "share" if ACHIEVED_RE.search(f, perf.end(), r.start) else None


def _state_at_deadline(k: KindContext, own: re.Match[str]) -> bool:
    """«ظرفیت ... تا پایان سال جاری ۲۲۱۰ مگاوات ... است», «۵۵۸ واحد ... تا پایان امسال
    قابل بهره‌برداری است» (round 42): a present copula as the number's own verb, with a
    deadline as the clause's only target cue and no plan named, states where things will
    stand by then: a forecast, as an indicative present does (dev gold: 2 of 2). Not a
    perfect («... رسیده است»: the participle before the copula), nor a copula after a past
    verb or copula of the number's («... ۱۷۳ میلیون دلار بوده و ... رو به رشد است»)."""
    f, lo = k.folded, k.r.unit_end
    if own.group() not in PRESENT_COPULAS or not k.only_deadlines:
        return False
    return ACTUAL_RE.search(f, lo, own.start()) is None and not k.past_copula


def by_deadline(k: KindContext) -> str | None:
    """«تا پایان سال جاری ۹۸ درصد روستاها ... بهره‌مند می‌شوند», «تا پایان امسال ۲۵۰۰
    واحد ... تحویل داده می‌شود»: a deadline before the number and an indicative present as
    its own verb say what will have come by then: a forecast (round 15: a one-off present
    announces an event), percentages included. A subjunctive or a modal with the deadline
    («باید تا پایان سال ... احیا شود», «... به ۹۰ درصد برسد») names the goal (target); a past
    deadline («تا پایان سال گذشته»), a habit or a planned action's passive («... واحد
    صنعتی راه‌اندازی می‌شود»: a plan, ``planned_passive``) is left to the other rules."""
    r, f = k.r, k.folded
    if "تا" not in f[k.clause.start : r.start]:
        return None  # cheap guard: no deadline before the number
    deadline = _last(DEADLINE_RE, f, k.clause.start, r.start)
    if deadline is None or PAST_AFTER_RE.match(f, deadline.end()) or k.own_habit:
        return None
    own = k.own_verb
    if own is None or k.change_adjacent:
        return None
    if not PRESENT_VERB_RE.match(f, own.start()) and not _state_at_deadline(k, own):
        return None
    if r.unit != "percent" and PLANNED_PASSIVE_RE.search(f, r.unit_end, k.statement_end):
        return None  # «تا پایان سال ۱۵ واحد ... راه‌اندازی می‌شود»: a planned action, a plan
    for t in TARGET_RE.finditer(f, k.clause.start, k.clause.end):
        if not deadline.start() <= t.start() < deadline.end():
            return None  # another target cue (a modal, a goal) names a target
    return "forecast"


def target_before(k: KindContext) -> str | None:
    """A target cue before the number in the clause («هدف‌گذاری ... ۲ میلیارد دلار»),
    unless done so far («تاکنون»), reported fulfilled before the number («تعهد ... محقق
    و ...») or a weak cue after «پیش‌بینی»."""
    r, f = k.r, k.folded
    t = TARGET_RE.search(f, k.clause.start, r.start)
    if t is None or k.done_so_far or k.weak(t) or _in_purpose_phrase(k, t.start()):
        return None
    if _cue_has_its_figure(k, t) or _part_of_the_cue(k, t.start()):
        return None
    if REALISED_PREDICATE_RE.search(f, t.end(), r.start):
        return None  # «تعهد اشتغال محقق و برای ۱۸ هزار نفر شغل ایجاد شد»: fulfilled, done
    if SO_FAR_RE.search(f, t.end(), r.start):
        return None  # «با هدف حمایت از ... تا امروز ۵۲۰ تن ... خریداری شده»: done so far
    if HORIZON_TARGET_RE.match(f, t.start()) and future_verb(k):
        return None  # «تا پایان برنامه به شش درصد خواهد رسید»: a dated forecast
    if k.own_verb_past and PREMISE_CLOSER_RE.search(f, t.end(), r.start):
        # round 31: «مقرر شده بود ... تحویل شود ۳۴ هزار واحد ... تحویل شد»: the goal's own
        # verb closes its statement; the number's past verb reports what was done
        return None
    # «از تعهد ۶۰ درصدی اشتغال با ایجاد شغل برای ۴۲۴۱ نفر»: the cue is the percentage's
    return None if OWN_PERCENT_RE.search(k.folded, t.end(), r.start) else "target"


# «۶۸ درصد (از) این سهمیه», «۴۰٪ آن تعهد»: a percentage right before the cue
PERCENT_OF_BEFORE_RE = re.compile(r"\d\s?(?:درصد|[%٪])\s?(?:از\s)?(?:این\s|آن\s|کل\s)?$")


RESTATES_BEFORE_RE = re.compile(WB_L + r"(?:معادل|یعنی|برابر(?:\sبا)?|به\sمیزان)\s?$")


def _part_of_the_cue(k: KindContext, cue: int) -> bool:
    """«تاکنون ۶۸ درصد این سهمیه معادل ۱۱۹ میلیارد تومان به مرحله قرارداد رسیده», «۴۰ درصد
    از این سهمیه یعنی ۸۰ میلیارد ریال پرداخت شد»: the cue is the whole a percentage takes a
    part of, and the amount after it restates that part; the amount's own verb decides
    (the mirror of ``_measured_against``)."""
    lo = max(k.clause.start, cue - 24)
    if PERCENT_OF_BEFORE_RE.search(k.folded, lo, cue) is None:
        return False
    # «... معادل/یعنی ۱۱۹ میلیارد»: the amount restates the part (not «... ۲۵ درصد تا پایان
    # برنامه، جذب ۱۵ هزار میلیارد تومان ... ضروری است»: a need of its own)
    r = k.r
    return RESTATES_BEFORE_RE.search(k.folded, max(cue, r.start - 16), r.start) is not None


@ignores("percent", MONEY_UNITS)
def job_quota(k: KindContext) -> str | None:
    """«سهم اشتغال استان در سال جاری ۳۳ هزار نفر بوده است», «سهمیه اشتغال شهرستان در سال
    گذشته ۲۵۰۰ نفر اعلام شده بود», «۱۶ هزار نفرتعهد اشتغال استان بود»: the jobs a quota or
    commitment sets, stated with a copula or an announcement, are a target, also for a
    past year (the jobs were to be made; money allotted then stays actual); not what its
    own statement reports done («... نفر شغل ایجاد شد», «تاکنون ...»)."""
    r, f = k.r, k.folded
    if r.unit == "percent" or r.unit in MONEY_UNITS:
        return None
    lo = k.statement_start
    if "اشتغال" not in f[lo : r.unit_end + 24] and "شغل" not in f[lo : r.unit_end + 24]:
        return None  # cheap guard: no job word near
    cue = JOB_QUOTA_RE.search(f, lo, r.start) or JOB_QUOTA_AFTER_RE.match(f, r.unit_end)
    if cue is None or k.done_so_far:
        return None
    return "target" if _stated_as_quota(k, cue) else None


def _stated_as_quota(k: KindContext, cue: re.Match[str]) -> bool:
    """The number's own statement only states the quota the cue names: a copula or an
    announcement, nothing reported done, to come or fulfilled."""
    r, f = k.r, k.folded
    if REALISED_PREDICATE_RE.search(f, cue.end(), k.statement_end):
        return False  # «تعهد اشتغال ... محقق شد»: fulfilled
    rest = QUOTA_STATEMENT_RE.sub(" ", f[max(r.unit_end, cue.end()) : k.statement_end])
    return not (ACTUAL_RE.search(rest) or FORECAST_RE.search(rest) or FUTURE_RE.search(rest))


# what a territory's quota counts with no scheme named: places, persons, power to build; a
# territory's part of a harvest or an output («سهم شهر ارومیه ... ۳۰۰ هزار تن») is no quota
_QUOTA_UNITS = frozenset({"count", "person", "MW"})


@needs("سهم")
@ignores("percent", MONEY_UNITS)
def scheme_quota(k: KindContext) -> str | None:
    """«سهم استان در اجرای طرح کارورزی ۵۵۰ نفر بود», «سهم استان از طرح نهضت ملی مسکن ۱۲
    هزار واحد است»: a count a province's quota in a scheme names, stated with a copula or
    an announcement, is what the scheme sets: a target, as a job quota is, also for a past
    year; not money (its verb decides: round 15) nor a percentage (a share). Round 42: the
    quota of a province or county with no scheme named («... برای کل کشور پیش‌بینی شده که
    سهم استان تهران ۱۳۲ هزار شغل است», «سهمیه استان در مقاوم‌سازی ... ۷۰۰۰ واحد») reads
    the same for counts, persons and power (dev gold: 5 of 5 a target; a tonnage is a part)."""
    r, f = k.r, k.folded
    if r.unit == "percent" or r.unit in MONEY_UNITS or k.per_unit:
        return None
    lo = k.statement_start
    if "سهم" not in f[lo : r.start]:
        return None  # cheap guard: no quota word before the number
    cue = _last(SCHEME_QUOTA_RE, f, lo, r.start)
    if cue is None and r.unit in _QUOTA_UNITS:
        cue = _last(TERRITORY_QUOTA_RE, f, lo, r.start)
    if cue is None or k.done_so_far or VERB_STOP_RE.search(f, cue.end(), r.start):
        return None
    return "target" if _stated_as_quota(k, cue) else None


@ignores("percent")
def done_before_remainder(k: KindContext) -> str | None:
    """«از این مبلغ ۴۰۰ میلیارد ریال آن پرداخت و مابقی ... واریز می‌شود», «۸۰۰ واحد تحویل
    و باقی‌مانده تا پایان سال تحویل خواهد شد»: an amount with a bare verbal noun, set by
    «و» against the remainder still to come, is the part done: actual (the verb after
    the remainder is the remainder's); a percentage against the remainder («۶۰ درصد
    مشترکان در شهر و بقیه ساکن روستاها هستند») is a part of the whole, left to the share
    rules."""
    r, f = k.r, k.folded
    if r.unit == "percent":
        return None
    window = f[r.unit_end : min(k.clause.end, r.unit_end + 40)]
    if "قی" not in window and "بقیه" not in window:
        return None  # cheap guard: no remainder word near
    rem = REMAINDER_RE.search(f, r.unit_end, r.unit_end + len(window))
    if rem is None:
        return None
    between = f[r.unit_end : rem.start()]
    if _BARE_NOUN_AND_RE.fullmatch(between) is None:
        return None
    if ACTUAL_RE.search(between) or FORECAST_RE.search(between):
        return None  # a verb of its own decides
    if TARGET_RE.search(f, k.clause.start, r.start):
        return None  # «قرار است ۳۰۰ واحد ... تحویل و مابقی ...»: both parts still planned
    return "actual"


@ignores("percent")
def allotted_parts(k: KindContext) -> str | None:
    """«۳۷ میلیارد تومان از این اعتبار برای ۶ طرح آموزشی، ۴۴ میلیارد تومان برای ۳۵ طرح
    درمانی و مابقی به راه روستایی هزینه می‌شود», «۴۰ میلیارد تومان برای مدارس، ... و بقیه
    برای راه‌ها هزینه شد»: money split over destinations («برای/به ...») in a list that ends
    in the remainder shares the remainder's verb, the only verb of the list: a present
    passive or a future announces the spending (forecast, round 15), a past reports it
    (actual). The projects a part is for («برای ۶ طرح») take the same kind. Not a
    percentage (a part of a whole: the share rules), nor a list with a verb of its own
    before the remainder («۴۰۰ میلیارد ریال پرداخت و مابقی ...»: ``done_before_remainder``)."""
    r, f = k.r, k.folded
    if r.unit == "percent":
        return None
    end = r.sent.end
    if "قی" not in f[r.unit_end : end] and "بقیه" not in f[r.unit_end : end]:
        return None  # cheap guard: no remainder word after the number
    if r.unit in MONEY_UNITS:
        head = _ALLOTTED_TO_RE.match(f, r.unit_end)
    else:  # «برای ۶ طرح»: the destination of the money before it
        head = _ALLOTTED_FOR_BEFORE_RE.search(f, max(r.sent.start, r.start - 40), r.start)
    if head is None:
        return None
    rem = _governed(REMAINDER_RE, f, r.unit_end, end)
    if rem is None:
        return None
    if not _REMAINDER_ALLOTTED_RE.match(f, rem.end()):
        return None  # «... به حساب کشاورزان واریز و الباقی هفته آینده ...»: done, then the rest
    listed = (r.unit_end, rem.start())
    if ACTUAL_RE.search(f, *listed) or FORECAST_RE.search(f, *listed):
        return None  # a verb of its own before the remainder
    stop = VERB_STOP_RE.search(f, rem.end(), end)
    tail = (rem.end(), stop.end() + 12 if stop else end)
    if PRESENT_PASSIVE_RE.search(f, *tail) or FUTURE_RE.search(f, *tail):
        return "forecast"  # «هزینه/صرف/مصرف می‌شود», «... خواهد شد»
    return "actual" if ACTUAL_RE.search(f, *tail) else None


# «... تومان (از این اعتبار) برای/به ...»: money given a destination
_ALLOTTED_TO_RE = re.compile(r"\s?(?:از\s(?:این|آن|محل)\s\S+\s)?(?:برای|به)\s")
# «و مابقی (نیز) به/برای ...»: the remainder has its destination too (parallel parts)
_REMAINDER_ALLOTTED_RE = re.compile(r"\s?(?:آن\s|نیز\s)*(?:برای|به)\s")
# «... تومان (از این اعتبار) برای ۶ طرح»: a count of what the money is for
_ALLOTTED_FOR_BEFORE_RE = re.compile(
    r"\d\s?(?:میلیارد|میلیون|هزار)?\s?(?:تومان|ریال)\s?(?:از\s(?:این|آن)\s\S+\s)?برای\s$"
)


_BARE_NOUN_AND_RE = re.compile(r"(?:\s\S+){1,4}\sو\s(?:نیز\s)?")


def required_amount(k: KindContext) -> str | None:
    """«اعتبار مورد نیاز حدود ۵۲ هزار میلیارد تومان»: the amount asked for is a target. A
    count of what the need serves is not the amount needed («زمین مورد نیاز ۵۳ هزار واحد
    تامین شده», «برق مورد نیاز ۹۰۰ هزار مشترک»): its own verb decides; only workers needed
    («نیروی انسانی مورد نیاز ۵۰۰ نفر») are the need itself."""
    r = k.r
    lo = max(k.clause.start, r.start - 18)
    cue = REQUIRED_BEFORE_RE.search(k.folded, lo, r.start)
    if cue is None:
        return None
    if r.unit in _HEADS and not _workforce_needed(k, cue.start()):
        return None
    return "target"


_HEADS = frozenset({"count", "person"})


def _workforce_needed(k: KindContext, cue: int) -> bool:
    """The need before ``cue`` is of workers («نیروی انسانی مورد نیاز»)."""
    return NEEDED_WORKFORCE_RE.search(k.folded, max(0, cue - 16), cue) is not None


def _cue_has_its_figure(k: KindContext, cue: re.Match[str]) -> bool:
    """«تعهد ... ۱۹ هزار نفر است که سهمیه ... ۹ هزار نفر بود که در نیمه اول ۱۲ هزار نفر
    شغل ایجاد شد»: a number between the cue and the «که» that opens the number's statement
    is the cue's own figure; «از ۲۴ هزار نفر تعهد، ۲۹ هزار نفر تحقق ... با ۱۷ درصد رشد»: a
    number and a word of realisation between them report the outcome, not the commitment."""
    r, f = k.r, k.folded
    if FUTURE_RE.search(f, r.unit_end, k.statement_end):
        return False  # «... است که در صورت تحقق شاهد رشدی ۲۳ درصدی خواهیم بود»: the goal's
    if (
        cue.end() < k.statement_start
        and DIGIT_RE.search(f, cue.end(), k.statement_start)
        and ACTUAL_RE.search(f, r.unit_end, k.statement_end)
    ):
        return True
    return (
        DIGIT_RE.search(f, cue.end(), r.start) is not None
        and REALISED_RE.search(f, cue.end(), r.start) is not None
    )


def _in_purpose_phrase(k: KindContext, cue: int) -> bool:
    """«با هدف تنظیم بازار و ...، توزیع ۲۰ تن مرغ ...»: the cue names the purpose of an
    action, and a comma closes that phrase before the number."""
    f = k.folded
    purpose = PURPOSE_RE.search(f, max(k.clause.start, cue - 4), cue + 8)
    return purpose is not None and COMMA_RE.search(f, cue, k.r.start) is not None


@needs("منظور", "هدف")
@ignores("percent", "times")
def purpose_object(k: KindContext) -> str | None:
    """«سد به منظور آبیاری ۲ هزار هکتار ساخته شد», «کارخانه با هدف فرآوری ۳۰ هزار تن زیتون
    احداث شده است»: an amount that is the object of the one verbal noun a purpose phrase
    names is what the work is meant to do, a target, whatever the tense of the verb that
    reports the work. Not a purpose closed by a comma before the amount («به منظور تنظیم
    بازار، ۲۰ تن مرغ توزیع شد»), nor a percentage."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times") or k.change_adjacent:
        return None
    lo = max(k.clause.start, r.start - 40)
    if "منظور" not in f[lo : r.start] and "هدف" not in f[lo : r.start]:
        return None  # cheap guard
    cue = _last(PURPOSE_RE, f, lo, r.start)
    if cue is None or "راستا" in cue.group():
        return None
    between = f[cue.end() : r.start]
    if len(between.split()) != 1 or COMMA_RE.search(between) or VERB_STOP_RE.search(between):
        return None
    return "target"


@needs("مصوب", "ابلاغی", "هدف", "تعهد", "برنامه")
@ignores("percent")
def set_amount(k: KindContext) -> str | None:
    """An amount a budget, a notice, a goal or a commitment sets, named right before it in
    its clause with no verb between («رقم ابلاغی برای پرداخت تسهیلات ... ۷ هزار میلیارد
    ریال بود», «اعتبار مصوب ... ۱۲۰ میلیارد تومان است», «از هدفگذاری ۵۰۰ مگاواتی تاکنون
    ۲۱۶ مگاوات محقق شده»), is a target even with a past copula (a notice or a goal; an
    approved amount stated with one is what it was, as in ``budgeted``) or beside what is
    realised of it; not a percentage, money paid out of it or done so far («از محل اعتبار مصوب
    تاکنون ۴۰ میلیارد تومان پرداخت شده»), nor a quota of a past year."""
    r, f = k.r, k.folded
    if r.unit == "percent" or k.per_unit or k.change_adjacent:
        return None
    lo = max(k.clause.start, r.start - 90)
    if (
        "مصوب" not in f[lo : r.start]
        and "ابلاغی" not in f[lo : r.start]
        and "هدف" not in f[lo : r.start]
        and "تعهد" not in f[lo : r.start]
        and "برنامه" not in f[lo : r.start]
    ):
        return None  # the common case, decided without a scan
    cue = _governing(SET_AMOUNT_RE, f, lo, r.start)
    if cue is None:
        return None
    if DIGIT_RE.search(f, max(lo, cue.start() - 16), cue.start()):
        return None  # «از ۲۴ هزار نفر تعهد استان ۲۹ هزار نفر تحقق ...»: the cue's figure is before
    if SO_FAR_RE.search(f, cue.end(), r.start) or REALISED_PREDICATE_RE.search(
        f, cue.end(), r.start
    ):
        return None  # «تعهد ... محقق و برای ۱۸ هزار نفر»: fulfilled before the number
    if PAID_OUT_RE.search(f, r.unit_end, k.statement_end):
        return None
    if k.past_copula and BUDGETED_RE.match(f, cue.start()):
        return None  # «اعتبار مصوب ... ۶۰۰ میلیارد تومان بود»: what the approved amount was
    if PAST_YEAR_RE.search(f, k.clause.start, r.start):
        return None  # «سال گذشته بودجه مصوب ... ۹۰۰ میلیارد تومان بوده»: then, left to its verb
    # «از تحقق تعهد ۶۰ درصدی اشتغال با ایجاد شغل برای ۵ هزار نفر»: the cue is the percentage's
    return None if OWN_PERCENT_RE.search(f, cue.end(), r.start) else "target"


@acts_on("percent")
def level_moved_from(k: KindContext) -> str | None:
    """«نرخ بیکاری از ۱۷٫۷ درصد به ۱۳٫۳ درصد کاهش یافت»: the percentage a move starts
    from, another number right after it, is a level like the one reached (actual), not
    the change."""
    r = k.r
    if r.unit != "percent" or not MOVE_TO_RE.match(r.folded, r.unit_end):
        return None
    if not FROM_BEFORE_RE.search(k.before):
        return None
    # round 30: «پیشرفت فیزیکی ... از ۳ درصد به ۱۹ درصد رسیده است»: the level a part of a
    # whole moves from, when the level reached is a share ('share_reached': a reaching
    # verb), is a share too; a rate's («نرخ بیکاری از ۱۷٫۷ درصد ...») stays a level, and a
    # part moved by a change verb («ضریب اشغال از ۶۴ درصد به ۴۰ درصد کاهش یافته») as well
    f = r.folded
    if (
        not RATE_RE.search(f, k.clause.start, r.start)
        and REACHED_PART_RE.search(f, max(k.statement_start, r.start - 100), r.start)
        and _governed(REACHED_VERB_RE, f, r.unit_end, k.statement_end) is not None
    ):
        return "share"
    return "actual"


@ignores("percent")
def realised(k: KindContext) -> str | None:
    """An amount named as realised is actual, even beside the commitment it fulfils:
    «۲۹ هزار نفر از این تعهد محقق شد», «۳۱۰۰ شغل معادل ۱۰۴ درصد تعهد تحقق یافت» (the
    realised predicate ends its statement), «عملکرد درآمدها ... ۹۱۲ میلیارد تومان است» (a
    realised percentage is a share: ``share_achieved``)."""
    r, f = k.r, k.folded
    if r.unit == "percent":
        return None
    after = REALISED_RE.search(f, r.unit_end, min(k.clause.end, r.unit_end + 20))
    if after is None:  # «۴۲۰۰ شغل معادل ۹۵ درصد تعهد اشتغال محقق شد»: its own predicate
        after = REALISED_PREDICATE_RE.search(f, r.unit_end, k.statement_end)
    if after and VERB_STOP_RE.search(f, r.unit_end, after.start()):
        after = None  # «... دلار است که در صورت تحقق ...»: a condition on a target
    before = PERFORMANCE_RE.search(f, max(k.statement_start, r.start - 80), r.start)
    if after and k.change_adjacent:
        return None  # «صرفه‌جویی ۸۹۵ مگاواتی ... محقق شد»: a change realised, still a change
    return "actual" if after or before else None


@needs(*kind_anchors("estimate"))
def estimated(k: KindContext) -> str | None:
    """An amount named as estimated is a forecast: «هزینه ... ۳۰ میلیارد تومان برآورد شده
    است», «با برآورد سرمایه‌گذاری ۹۶ میلیارد ریال», «بر اساس برآوردها تا پایان ۱۴۰۶ ... ۹۰
    درصد ... جمع‌آوری می‌شود»; not a measured past statistic («برآورد نقطه‌ای نرخ بیکاری
    ... ۱۰٫۱ درصد بوده است») nor an estimated change (the change rules decide)."""
    r, f = k.r, k.folded
    before = ESTIMATE_RE.search(f, max(k.statement_start, r.start - 80), r.start)
    after = None
    if r.unit != "percent":  # «۱۷ درصد برآورد شده است»: an estimated level (share rules)
        after = ESTIMATE_RE.search(f, r.unit_end, min(k.clause.end, r.unit_end + 25))
    if after and VERB_STOP_RE.search(f, r.unit_end, after.start()):
        after = None  # «... ۵۰ تن است و برآورد ...»: another statement's estimate
    if (before is None and after is None) or k.change_adjacent or k.past_copula:
        return None
    if MEASURED_ESTIMATE_RE.search(f, k.clause.start, r.start):
        return None  # «خسارت سیل ... ۸۰ میلیارد تومان برآورد شده»: damage done, a reserve: measured
    if (
        before is not None
        and after is None
        and COMMA_RE.search(f, before.end(), r.start)
        and COPULA_RE.search(f, r.unit_end, k.statement_end)
        and ESTIMATE_SOURCE_RE.search(f, max(0, before.start() - 18), before.start())
    ):
        # «طبق آخرین برآورد، حجم آب سدها ۴۰۰ میلیون مترمکعب است»: the estimate is the
        # source of a stated level; «برآورد سرمایه ... در استان، ۳۱ هزار میلیارد ریال است»
        # has the estimate as its subject (the comma only closes a long noun phrase)
        return None
    return "forecast"


def budgeted(k: KindContext) -> str | None:
    """An amount named as approved or provided for is a target: «نسبت به میزان مصوب ...
    ۷۲۸ میلیارد تومان», «مصوبه ... تأمین ۲۰ درصد برق», «درآمد پیش‌بینی‌شده ... ۷۷۵ هزار
    میلیارد ریال», «احداث ۵ هزار مگاوات ... پیش‌بینی‌شده است», «در لایحه بودجه ... ۹۰۰
    میلیارد تومان»; not the change of such an amount («سرمایه‌گذاری پیش‌بینی‌شده ... ۲۹۰
    درصد رشد داشته») nor money its statement reports paid out of it («از محل اعتبارات مصوب
    ۵۰ میلیارد تومان پرداخت شد»: actual)."""
    r, f = k.r, k.folded
    cue = _last(BUDGETED_RE, f, max(k.clause.start, r.start - 50), r.start)
    after = None
    if r.unit != "percent":  # after a percentage («۷۹ درصد درآمد پیش‌بینی‌شده»): a part
        # the participle closes the amount's statement, however long its noun phrase (a list
        # with commas included; a verb or «که» between is checked below)
        # («ایجاد ۳۰۰ هزار فرصت شغلی در برنامه ششم توسعه و سند ... پیش‌بینی شده است»)
        after = BUDGETED_AFTER_RE.search(f, r.unit_end, min(k.clause.end, r.unit_end + 120))
        if after is None and r.unit in MONEY_UNITS:
            adjacent = BUDGETED_ADJACENT_RE.match(f, r.unit_end)  # «۴۷۹۴ میلیارد تومان مصوب»
            if adjacent and not ACTUAL_RE.match(f, adjacent.end() + 1):
                after = adjacent
    if (cue is None and after is None) or k.change_adjacent or k.habit_in_statement:
        return None  # «نرخ مصوب هر کیلوگرم شیر ...»: a price in force, not a target
    if k.past_copula:
        return None  # «میزان مصوبات ... ۱۱۰۲ میلیارد تومان بوده»: what the approved amount was
    if cue is not None and PAID_OUT_RE.search(f, r.unit_end, k.statement_end):
        return None  # «از محل قانون بودجه ۵۰ میلیارد تومان پرداخت شد»: paid out, not budgeted
    if (
        cue is not None
        and ACTUAL_RE.search(f, r.unit_end, min(k.statement_end, k.coordinated_at))
        and (
            COMMA_RE.search(f, cue.end(), r.start)
            or _own_simple_past(k, cue)
            or (r.unit not in MONEY_UNITS and _part_after_that(k, cue))
        )
    ):
        # «از مجموع ۸۱ مصوبه ...، ۴۹ فقره ... عملیاتی شده»: the part done; «... مصوبه ... است
        # که ۱۱ هزار میلیارد تومان در نظر گرفته شد»: a statement of its own after «که»
        return None
    plan = _planned_or_estimated(k, cue or after)
    # the nearest cue governs: «سرمایه پیش‌بینی‌شده ... با سهم چهار درصدی» is a share;
    # «... مصوب شده که ۴۰ درصد آن تاکنون پرداخت شده» reports the approval, done
    if (
        cue is not None
        and not SHARE_BEFORE_RE.search(f, cue.end(), r.start)
        and not ACTUAL_RE.match(f, cue.end() + 1)
        and not k.done_so_far
    ):
        return plan
    if after and not VERB_STOP_RE.search(f, r.unit_end, after.start()):
        return plan
    return None


# round 30: «... را ۲۲۲۰ نفر اعلام کرد»: a verb that states a value (announcing, naming)
STATING_VERB_RE = words_re(_CUES["stating_verbs"])
# «پیش‌بینی شده است/بود»: the participle as a verb, not an adjective of the noun before it
_PARTICIPLE_AS_VERB_RE = re.compile(r"\s?(?:" + COPULA_RE.pattern + r"|می\s?باش)")


_DIGIT_RUN_RE = re.compile(r"\d[\d.,/٫]*")
_YEAR_WORD_BEFORE_RE = re.compile(WB_L + r"سال\s?$")


def _number_between(folded: str, lo: int, hi: int) -> bool:
    """A number in [lo, hi) other than the number of a legal clause or a label («تبصره ۱۸»,
    «ماده ۲۰», «بند (الف) تبصره ۱۸») or a year after «سال» (round 31): those name a
    scheme or a date, not an amount."""
    if DIGIT_RE.search(folded, lo, hi) is None:
        return False
    for d in _DIGIT_RUN_RE.finditer(folded, lo, hi):
        before = max(0, d.start() - 12)
        if LABEL_STRICT_RE.search(folded, before, d.start()) is None and (
            _YEAR_WORD_BEFORE_RE.search(folded, before, d.start()) is None
        ):
            return True
    return False


@needs("پیش", sentence=True)
def projected_noun(k: KindContext) -> str | None:
    """«حجم سرمایه‌گذاری پیش‌بینی‌شده مربوط به این سرمایه‌گذاران حدود ۶۰ میلیارد ریال بوده»,
    «اشتغال پیش‌بینی‌شده طرح‌هایی که تسهیلات دریافت کرده‌اند را ۲۲۲۰ نفر اعلام کرد» (round
    30): a noun named projected («پیش‌بینی‌شده» as its adjective) before an amount stated
    with a copula or a verb of stating is that estimate: a forecast (a target in a plan's
    own statement, as 'budgeted' reads the participle), however long the noun phrase or a
    «که» clause between. Not a percentage or a change, not with a number or another verb
    between, nor an amount its statement reports done («... تاکنون ۲۰ میلیارد ریال جذب
    شده»). Read after 'budgeted', which takes the participle near the amount."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times") or k.change_adjacent or k.per_unit:
        return None
    lo = max(r.sent.start, r.start - 160)
    if "پیش" not in f[lo : r.start]:
        return None  # cheap guard
    cue = _last(PREDICTED_PARTICIPLE_RE, f, lo, r.start)
    if cue is None or _PARTICIPLE_AS_VERB_RE.match(f, cue.end()):
        return None
    if _number_between(f, max(lo, cue.start() - 24), r.start):
        return None  # «۱۰۰ میلیارد تومان پیش‌بینی‌شده ...»: the amount before is the estimate
    if TERRITORY_QUOTA_RE.search(f, cue.end(), r.start):
        return None  # «... پیش‌بینی شده که سهم استان ۱۳۲ هزار شغل است»: the quota's (round 42)
    verb = VERB_STOP_RE.search(f, cue.end(), r.start)
    if verb is not None and not THAT_RE.search(f, cue.end(), verb.end()):
        return None  # a statement of its own between the noun and the amount
    own = k.own_verb
    cop = COPULA_RE.search(f, r.unit_end, k.statement_end)  # «... ریال بوده و ...»
    if cop is not None and (own is None or cop.start() <= own.start()):
        return _planned_or_estimated(k, cue)
    if own is None or own.start() > k.statement_end:
        return None
    if not STATING_VERB_RE.search(f, max(r.unit_end, own.start() - 12), own.end() + 4):
        return None
    return _planned_or_estimated(k, cue)


_SIMPLE_PAST_STOPS = frozenset(_CUES["simple_past_stops"])


# «۸۰ شهرک صنعتی مصوب ... وجود دارد که از این تعداد ۷۵ شهرک عملیاتی شده» (round 44): a
# part of the approved things, counted after «که» and a partitive, with its own verb
_PARTITIVE_AFTER_THAT_RE = re.compile(r"که\s?(?:از\s?(?:این|آن|مجموع|کل)\s?(?:تعداد|میان|ها)?\s?)")


def _part_after_that(k: KindContext, cue: re.Match[str]) -> bool:
    return _PARTITIVE_AFTER_THAT_RE.search(k.folded, cue.end(), k.r.start) is not None


def _own_simple_past(k: KindContext, cue: re.Match[str]) -> bool:
    """«... مصوبه ... است که ۱۱ هزار میلیارد تومان در نظر گرفته شد»: after «که» the number
    has a statement of its own, and a simple past verb reports it done; a copula («بودجه
    مصوب که ۵۰۰ میلیارد تومان است») or a perfect participle only describe the approved
    amount (the cue still governs)."""
    own = k.own_verb
    return k.statement_start > cue.end() and own is not None and own.group() in _SIMPLE_PAST_STOPS


def _planned_or_estimated(k: KindContext, cue: re.Match[str] | None) -> str:
    """«پیش‌بینی‌شده» is a plan (target) in a programme or a budget («در برنامه ...
    پیش‌بینی شده», «درآمد پیش‌بینی‌شده») named in its own statement (after the last verb
    before it), otherwise an estimate, a forecast («سرمایه‌گذاری پیش‌بینی‌شده ...»);
    «مصوب» is always decided, a target."""
    if cue is None or not PREDICTED_PARTICIPLE_RE.match(k.folded, cue.start()):
        return "target"
    # round 27: only a plan noun in the participle's own statement: «سرمایه‌گذاری پیش‌بینی‌شده
    # طرح‌ها ... ۳۰۲۵ میلیارد تومان است که ... سرمایه‌گذاری پیش‌بینی‌شده ... ۷۴۷۴ میلیارد
    # تومان»: the «طرح» before «است که» names the plans of the first estimate, no programme
    stop = _last(VERB_STOP_RE, k.folded, k.clause.start, cue.start())
    lo = stop.end() if stop else k.clause.start
    planned = PLAN_NOUN_RE.search(k.folded, lo, cue.start())
    if planned or _provided_for(k, cue, lo):
        return "target"
    return "forecast"


def _provided_for(k: KindContext, cue: re.Match[str], lo: int) -> bool:
    """round 33: the participle as the amount's own verb with a purpose or a beneficiary
    («برای») in its statement provides the amount for it, a plan: «این اعتبار برای ۹۰۰
    نفر پیش‌بینی شده است», «ساخت ۸ هزار واحد ... برای سال آینده پیش‌بینی شده است»
    (dev gold: target 5 of 5 kinded figures); with no «برای» it stays an estimate
    («حداکثر مصرف برق ... ۲۹۶۰ مگاوات پیش‌بینی شده است»: forecast 3 of 3)."""
    return cue.start() > k.r.start and "برای " in k.folded[lo : cue.start()]


def target_in_relative(k: KindContext) -> str | None:
    """«از مجموع ۶۴ هزار واحد مسکونی که مقرر شده بود ... تحویل شود», «۲۰۰ کیلومتر راهی که
    قرار است امسال آسفالت شود»: a «که» clause right after the number's noun sets the amount
    as a goal (round 31); a verb before «که» («... ۵۰ واحد است که قرار است ...») leaves the
    number a statement of its own."""
    r, f = k.r, k.folded
    if f.find("که", r.unit_end, r.unit_end + 40) < 0:
        return None
    m = RELATIVE_TARGET_AFTER_RE.match(f, r.unit_end)
    if m is None:
        return None
    that = f.rfind("که", r.unit_end, m.end())
    verb = VERB_STOP_RE.search(f, r.unit_end, that)
    return None if verb is not None or k.done_so_far else "target"


# «از هدف برنامه بالاتر»: up to three words of the cue's phrase, then a comparative
_COMPARED_AFTER_CUE_RE = re.compile(r"(?:\s[^\s،,.؛:\n\d]+){0,3}?" + COMPARATIVE_AFTER_RE.pattern)


@needs("از")
def beyond_target_by(k: KindContext) -> str | None:
    """«... که ۲۰ درصد از هدف برنامه بالاتر است», «۱۵ درصد از تعهد سالانه بیشتر شد»: the
    number, «از», a target cue and a comparative within three words measure the number
    against the target: a change, as «۱۵ درصد بیش از تعهد» is (not the target, nor a part
    of it: «۳۰ درصد از تعهد سالانه را پوشش دهد» names no comparative)."""
    r, f = k.r, k.folded
    at = r.unit_end + 1 if f.startswith(" ", r.unit_end) else r.unit_end
    if not f.startswith("از ", at):
        return None  # cheap guard: «از» right after the unit
    t = TARGET_RE.match(f, at + 3)
    if t is None or _COMPARED_AFTER_CUE_RE.match(f, t.end()) is None:
        return None
    return "change"


def _money_quota_that_was(k: KindContext, cue: re.Match[str]) -> bool:
    """Money named as a quota after it («۸۰۰ میلیارد ریال تسهیلات نیز، سهمیه روستایی ... در
    استان بوده که ... پرداخت شده است») with a past copula closing the statement reports what
    the quota was: actual, as ``territory_quota`` reads a quota before the amount (the lead's
    Round 23 ruling). Counts are not: the dev gold reads a count quota with «بود» as a
    target (7 of 8)."""
    return (
        k.r.unit in MONEY_UNITS
        and cue.group() in PAST_BOUND_TARGETS
        and PAST_COPULA_RE.search(k.folded, cue.end(), k.coordinated_at) is not None
    )


# «... از مجموع ۶۲ هزار», «از کل ۵۰۰»: the whole a part is counted out of, by its number
_WHOLE_BETWEEN_RE = re.compile(
    WB_L + "(?:" + seq(_CUES["out_of_a_whole"]) + r")\s(?:\S+\s){0,3}?\d"
)


def target_after(k: KindContext) -> str | None:
    """«... به 100 درصد برسد», «تولید ۲ هزار مگاوات ... در برنامه بود», but not «۸٫۵ میلیون
    تن است و هدف ...» (a verb between)."""
    r = k.r
    if COMPARATIVE_AFTER_RE.match(k.folded, r.unit_end):
        return None  # «۱۵ درصد بیش از تعهد خود»: a change measured against the target
    plan = PLAN_PREDICATE_RE.search(k.folded, r.unit_end, k.statement_end)
    if plan and not VERB_STOP_RE.search(k.folded, r.unit_end, plan.start()):
        return "target"
    t = TARGET_RE.search(k.folded, r.unit_end, k.coordinated_at)
    if t is None or k.weak(t):
        return None
    if _money_quota_that_was(k, t):
        return None  # «۸۰۰ میلیارد ریال تسهیلات، سهمیه روستایی ... بوده»: what it was
    if r.unit == "percent" and not k.adjectival and SHARE_AFTER_RE.match(k.folded, r.unit_end):
        return None  # «۶۰ درصد این اعتبار باید صرف ... شود»: the part, a share, not the goal
    # a verb between closes the number's statement: «... ۲٫۹ درصدی نرخ بیکاری رسیدیم و
    # امسال ... هدف‌گذاری شده» (a past verb, even one the verb list lacks)
    between = (r.unit_end, t.start())
    if VERB_STOP_RE.search(k.folded, *between) or ACTUAL_RE.search(k.folded, *between):
        return None
    if PERFORMANCE_RE.search(k.folded, *between):
        return None  # «با ایجاد ۱۶ هزار شغل، عملکرد استان در ... تعهد»: the performance
    if "از" in k.folded[between[0] : between[1]] and _WHOLE_BETWEEN_RE.search(k.folded, *between):
        return None  # «۴۴ هزار واحد ... از مجموع ۶۲ هزار واحد هدفگذاری شده»: the whole's cue
    return None if r.unit != "percent" and _measured_against(k, t.start()) else "target"


@needs("خواه")
@acts_on("percent")
def share_to_come(k: KindContext) -> str | None:
    """«تا پایان سال آینده ۹۵ درصد روستاها از گاز برخوردار خواهند شد», «در پایان برنامه ۸۰
    درصد خانوارها تحت پوشش قرار خواهند گرفت»: a part of a whole whose own verb is future,
    after a time to come in its statement, is what will be reached then: a forecast (round
    15's future verb; h20a08), not the share it is today."""
    r, f = k.r, k.folded
    if r.unit != "percent" or k.change_adjacent:
        return None
    if "خواه" not in f[r.unit_end : k.statement_end]:
        return None  # cheap guard: no future auxiliary after the number
    fut = _governed(FUTURE_RE, f, r.unit_end, k.statement_end)
    if fut is None:
        return None
    return "forecast" if FUTURE_TIME_RE.search(f, k.statement_start, r.start) else None


@needs("خواه", "یاب", "پیدا")
@acts_on("percent")
def share_to_change(k: KindContext) -> str | None:
    """«سهم استان در طرح‌های صنعتی کشور به ۲٫۵ درصد افزایش می‌یابد», «شاخص بهره‌مندی از آب
    شرب ... ۴٫۵ درصد ارتقا خواهد یافت» (h26a06, h26b05): a part of a whole (a «سهم» or a
    'share_measures' word before it in its statement) whose own verb is a change still to
    come ('future_change_verbs') is what that part will be: a forecast, not the share it is
    today. A change with no part named («بودجه ... ۳۸ درصد افزایش می‌یابد») is left to the
    change rules."""
    r, f = k.r, k.folded
    if r.unit != "percent":
        return None
    tail = f[r.unit_end : min(k.statement_end, r.unit_end + 40)]
    if "خواه" not in tail and "یاب" not in tail and "پیدا" not in tail:
        return None  # cheap guard: no future or present change verb after the number
    verb = _governed(FUTURE_CHANGE_VERB_RE, f, r.unit_end, min(k.statement_end, r.unit_end + 40))
    if verb is None:
        return None
    lo = max(k.statement_start, r.start - 100)
    if SHARE_BEFORE_RE.search(f, lo, r.start) or REACHED_PART_RE.search(f, lo, r.start):
        return "forecast"
    return None


@acts_on("percent")
def share_reached(k: KindContext) -> str | None:
    """«ضریب نفوذ گاز ... به ۹۷ درصد رسیده است», «سطح اشغال هتل‌ها ... به ۸۵ درصد رسید»,
    «ضریب نفوذ گاز ... به ۹۸ درصد افزایش یافته است» (round 42: a rise to a level reaches it),
    «وابستگی به منابع سطحی ... به حدود ۳۶ درصد رسیده است», «پیشرفت پروژه‌ها ... به ۷۲ درصد
    رسیده» (the lead's Round 27 ruling): a percentage that measures a part of a whole (a
    'share_measures' word or the progress of a work before it in its statement) is a share
    also when its own verb says the level was reached ('reached_verbs'). The present
    «می‌رسد» reads so only with no premise before it and no future said in its sentence
    («با بهره‌برداری از این طرح ... به ۹۵ درصد می‌رسد»: a forecast); a rate («نرخ
    بیکاری ... به ۹ درصد رسید») or a change («با ۱۲ درصد افزایش») measures no part, and
    «خواهد رسید» or «باید ... برسد» are read by the future and target rules."""
    r, f = k.r, k.folded
    if r.unit != "percent" or not k.reached:
        return None
    window = f[r.unit_end : k.statement_end]
    if "رس" not in window and "یافت" not in window:
        return None  # cheap guard: no verb of reaching after the number
    verb = _governed(REACHED_VERB_RE, f, r.unit_end, k.statement_end)
    if verb is None:
        return None
    if REACHED_PART_RE.search(f, max(k.statement_start, r.start - 100), r.start) is None:
        return None
    if verb.group().startswith("می") and (
        FUTURE_RE.search(f, r.sent.start, r.start)
        or FUTURE_TIME_RE.search(f, k.statement_start, k.statement_end)
        or _after_premise(k, closed=False)
    ):
        return None  # «با اتمام این پروژه‌ها ... به ۹۹ درصد می‌رسد»: what will be reached
    return "share"


@acts_on("percent")
def share_of_whole(k: KindContext) -> str | None:
    """A percentage of a whole: «۸۰ درصد صادرات», «۲۶ درصد آن», «از این تعداد ۴۰ درصد»,
    «... ۶۰ درصد اقلام را تشکیل می‌دهد», «۳۰ درصد محصول», «سهم ... ۱۸ درصد»."""
    r, f, c = k.r, k.folded, k.clause
    if r.unit != "percent" or RATE_RE.search(f, c.start, r.start):
        return None  # «نرخ بیکاری ... ۱۱٫۵ درصد و در سطح کشور»: a rate, not a part
    if not k.adjectival and k.change_adjacent:
        return None  # «۱۲ درصد بیش از تعهد», «۱۰ درصد افزایش»: a change, not a part
    if (
        (not k.adjectival and SHARE_AFTER_RE.match(f, r.unit_end))
        or SHARE_OF_BEFORE_RE.search(f, max(c.start, r.start - 30), r.start)
        or (not k.adjectival and PART_OF_AFTER_RE.match(f, r.unit_end))
        or PERCENT_NOUN_RE.search(f, c.start, r.start)  # «درصد حجم آب ... حدود ۳۰ درصد»
        or SHARE_VERB_RE.search(f, r.unit_end, min(c.end, r.unit_end + 60))
        or (not k.adjectival and names_a_whole(f, r.unit_end, c.end))
        or SHARE_BEFORE_RE.search(f, max(c.start, r.start - 60), r.start)
        or _share_measure(k)
        or _progress_part(k)
        or _share_named_after(k)
        or _pertaining_before(k)
        or _restated_part(k)
        or _restated_as_amount(k)
    ):
        return "share"
    return None


def _pertaining_before(k: KindContext) -> bool:
    """«محموله‌ها به ترتیب مربوط به کالاهای ساختمانی ۳۷ درصد»: a percentage stated for
    what «مربوط به» names before it, with no verb between, is that part of a whole."""
    r, f = k.r, k.folded
    cue = PERTAINING_RE.search(f, max(k.statement_start, r.start - 60), r.start)
    return cue is not None and not VERB_STOP_RE.search(f, cue.end(), r.start)


def _share_measure(k: KindContext) -> bool:
    """«شاخص دسترسی به آب ... ۹۵ درصد است», «پرشدن ۸۰ درصدی مخزن»: a percentage of access,
    coverage, occupancy or fill is the part reached, unless its statement reports it as
    a level to come or another verb reports it (a level reached after «به» is read first
    by 'share_reached', round 27: a share)."""
    r, f = k.r, k.folded
    if k.reached or not SHARE_MEASURE_RE.search(f, max(k.statement_start, r.start - 100), r.start):
        return False
    end = k.statement_end
    own = k.own_verb
    if own is not None and own.group() == "است" and own.end() < end:
        # «با بیان اینکه ... برخورداری ... ۹۹ درصد است یادآور شد»: the present copula closes
        # the embedded statement; the speech verb after it frames it, it does not report it
        end = own.end()
    verb = ACTUAL_RE.search(f, r.unit_end, end)
    if verb is not None and COPULA_RE.match(f, verb.start()):
        verb = None  # «ضریب اشغال ... ۶۸ درصد بوده است»: a copula states the part, past or not
    if verb is not None and _stated_object(k, verb):
        verb = None  # «ضریب برخورداری ... را ... ۹۹ درصد عنوان کرد»: the speaker gives the part
    if verb is not None and REPORTED_PASSIVE_RE.search(
        f, max(r.unit_end, verb.start() - 12), verb.end()
    ):
        verb = None  # round 31: «میزان اشغال تخت ... ۱۱۵ درصد گزارش شده است»: the part given
    return not (verb or FORECAST_RE.search(f, r.unit_end, end))


def _stated_object(k: KindContext, verb: re.Match[str]) -> bool:
    """«وی ضریب برخورداری ... را در شهرها ۹۹ درصد و در بخش روستایی ۴۵ درصد عنوان کرد»
    (round 30): the measure is the object («را») of a verb of stating ('stating_verbs') that
    gives its value; the verb reports a saying, not the level done."""
    r, f = k.r, k.folded
    return bool(
        OBJECT_MARK_RE.search(f, max(k.statement_start, r.start - 100), r.start)
        and STATING_VERB_RE.search(f, max(r.unit_end, verb.start() - 12), verb.end() + 4)
    )


def _progress_part(k: KindContext) -> bool:
    """«سد ... ۳۱ درصد پیشرفت فیزیکی دارد», «با پیشرفت ۷۰ درصدی», «۶۴ درصد پیشرفت کار
    داشته است»: the physical progress of a work is the part of the whole work done, a
    share, whatever verb states it; not a progress compared with a past period («۲۴ درصد
    پیشرفت نسبت به مدت مشابه سال گذشته»: a change) nor a level reached («به ۶۰ درصد»)."""
    r, f = k.r, k.folded
    if k.reached or "پیشرفت" not in f[max(0, r.start - 16) : r.unit_end + 12]:
        return False  # cheap guard: no progress word next to the percentage
    if not (
        PROGRESS_AFTER_RE.match(f, r.unit_end)
        or PROGRESS_BEFORE_RE.search(f, max(k.clause.start, r.start - 16), r.start)
    ):
        return False
    return COMPARED_WITH_PAST_RE.search(f, r.unit_end, k.statement_end) is None


def _restated_part(k: KindContext) -> bool:
    """«تاکنون ۲۷ درصد معادل ۵۶ هزار هکتار از شالیزارها برداشت شده»: a percentage restated
    as an amount and then followed by «از» and a noun is a part of that whole, like «۴۰ درصد
    از مزارع»; the restatement only puts the amount between the part and its whole."""
    r, f = k.r, k.folded
    if k.adjectival or f.find("از", r.unit_end, min(k.clause.end, r.unit_end + 60)) < 0:
        return False  # cheap guard
    m = RESTATED_AMOUNT_AFTER_RE.match(f, r.unit_end)
    return m is not None and PART_OF_AFTER_RE.match(f, m.end()) is not None


def _restated_as_amount(k: KindContext) -> bool:
    """«از مجموع ۱۵۳ هزار واحد ... تاکنون ۷۸ درصد معادل ۱۱۹ هزار واحد مقاوم‌سازی شده»,
    «... خریداری شد که ۵۵ درصد به میزان ۴۹ هزار تن درجه یک ...» (round 27): a percentage
    restated right after it as an amount ('restating_words' and a number) is that part of a
    whole, named before or not; a change word in its statement leaves it to the change
    rules («۲۰ درصد معادل ۵۰۰ میلیارد تومان افزایش یافت»)."""
    r, f = k.r, k.folded
    if k.adjectival or not RESTATED_AS_AMOUNT_RE.match(f, r.unit_end):
        return False  # (a match at one place: as cheap as a substring test)
    return CHANGE_RE.search(f, max(k.statement_start, r.start - 40), k.statement_end) is None


def _share_named_after(k: KindContext) -> bool:
    """«۱٫۳ درصد از مجموع اعتبارات سهم تفرش»: a «سهم» that follows the percentage in its
    own statement, with no verb between, names what it is."""
    r, f = k.r, k.folded
    cue = SHARE_BEFORE_RE.search(f, r.unit_end, min(k.statement_end, r.unit_end + 40))
    return cue is not None and not VERB_STOP_RE.search(f, r.unit_end, cue.start())


@acts_on("percent")
def changed_object(k: KindContext) -> str | None:
    """«۲۳ درصد ذخایر معدنی را با اکتشاف ... افزایش داده‌ایم»: a percentage that a change
    verb takes as its object («را ... افزایش/کاهش») is the change, not a part."""
    r, f = k.r, k.folded
    if r.unit != "percent":
        return None
    end = k.statement_end
    mark = _governed(OBJECT_MARK_RE, f, r.unit_end, end)
    if mark is None:
        return None
    return "change" if CHANGE_RE.search(f, mark.end(), end) else None


@acts_on("percent")
def share_achieved(k: KindContext) -> str | None:
    """«تخصیص ۲۵ درصدی اعتبارات», «جذب ۱۰۰ درصدی تسهیلات», «۶۱ درصد به استان تخصیص
    یافته», «پرداخت ۱۰۰ درصدی بهای گندم» (a payment or a collection named right before an
    adjectival percentage): the part of an allocation or a commitment reached is a share
    (not when the percentage is a change: «۶۱ درصد رشد یافت»)."""
    r, f, c = k.r, k.folded, k.clause
    if r.unit != "percent" or CHANGE_AFTER_RE.match(f, r.unit_end):
        return None
    vstop = k.own_verb
    after = ACHIEVED_RE.search(f, r.unit_end, vstop.end() if vstop else c.end)
    before = ACHIEVED_RE.search(f, max(c.start, r.start - 12), r.start)
    if before is None and k.adjectival:  # «پرداخت ۱۰۰ درصدی بهای گندم»: the part settled
        before = SETTLED_BEFORE_RE.search(f, max(c.start, r.start - 12), r.start)
    return "share" if before or after or _rate_of_allocation(k) else None


def _rate_of_allocation(k: KindContext) -> bool:
    """«کل اعتبار تخصیص یافته به طرح‌های عمرانی ۲۱ درصد بود»: a percentage whose subject
    is an allocation («تخصیص», «اختصاص», «جذب»), stated with a plain copula, is the rate of
    it reached: a share."""
    r, f = k.r, k.folded
    lo = max(k.statement_start, r.start - 80)
    if ALLOCATION_RE.search(f, lo, r.start) is None or k.change_adjacent:
        return False
    cop = COPULA_RE.search(f, r.unit_end, k.statement_end)
    return cop is not None and not VERB_STOP_RE.search(f, r.unit_end, cop.start())


# «۱۰ درصد به جای مانده ...», «۹۳ درصد باقی مانده است»: the part of a whole still left
_REMAINDER_AFTER_RE = re.compile(r"\s?(?:" + seq(_CUES["remainder_after_percent"]) + ")" + WB_R)


@acts_on("percent")
def remainder_share(k: KindContext) -> str | None:
    """«۱۰ درصد به جای مانده در مناطق روستایی ... قرار دارند», «۹۳ درصد باقی مانده است»: a
    percentage right before a word of what remains is the part of a whole still left: a
    share, whatever verb states it (a change word before it was read by the rules before)."""
    r, f = k.r, k.folded
    if r.unit != "percent" or k.adjectival:
        return None
    return "share" if _REMAINDER_AFTER_RE.match(f, r.unit_end) else None


@acts_on("percent")
def share_in_list(k: KindContext) -> str | None:
    """«بخش پتروشیمی با ۴۹ درصد، ... بخش معدن با ۵/۵ درصد ... بیشترین سهم صادرات»: a
    percentage after «با» in a sentence about shares is one of them."""
    r, f = k.r, k.folded
    if r.unit != "percent" or not WITH_BEFORE_RE.search(
        f, max(k.clause.start, r.start - 12), r.start
    ):
        return None
    return "share" if SHARE_BEFORE_RE.search(f, r.sent.start, r.sent.end) else None


NO_KIND = ""  # a rule's answer that stops the list with no kind (``find_kind`` gives None)


@ignores("percent")
def under_way(k: KindContext) -> str | None:
    """«۵۰۰ واحد مسکونی در حال ساخت است», «۳ هزار واحد در دست اقدام است»: an amount whose
    own statement says it is under way (progressive «در حال / در دست» before a verbal noun)
    is neither done nor planned: no kind. Not «در حال حاضر» (now), not a percentage (the
    progress of a project is left to the share rules). What is being planned or approved
    («در حال برنامه‌ریزی», «در دست تصویب») is a plan: target."""
    r = k.r
    if r.unit == "percent":
        return None
    found = PROGRESSIVE_RE.search(k.folded, r.unit_end, k.statement_end)
    if found is None or VERB_STOP_RE.search(k.folded, r.unit_end, found.start()):
        return None
    if ACTUAL_RE.search(k.folded, r.unit_end, found.start()):
        return None  # «... ۱۱ پنل بوده و چند درخواست دیگر در دست بررسی است»: another clause
    if PLANNING_RE.match(k.folded, found.end() - 1):  # the pattern reads the noun's first letter
        return "target"  # «۵ هزار سامانه ... در حال برنامه‌ریزی است»: being planned, a plan
    return NO_KIND


@needs(*kind_anchors("need_before", "need_after"))
def needed_amount(k: KindContext) -> str | None:
    """«نیاز به سرمایه‌گذاری ۷۰ هزار میلیارد تومانی داریم», «به ۳۰۰ میلیارد تومان اعتبار
    نیاز دارد»: the amount needed is a target (no verb between the need and the amount;
    «۳ هزار هکتار نیاز به بهسازی دارد» is what needs it, not what is needed)."""
    r, f = k.r, k.folded
    cue = _last(NEED_BEFORE_RE, f, k.clause.start, r.start)
    if cue is not None and not VERB_STOP_RE.search(f, cue.end(), r.start):
        return "target"
    cue = NEED_AFTER_RE.search(f, r.unit_end, k.clause.end)
    if cue is not None and not VERB_STOP_RE.search(f, r.unit_end, cue.start()):
        return "target"
    return None


_PREMISE_MEASURES = frozenset(_CUES["premise_measures"])
_CONDITION_STEMS = ("صورت", "چنانچه", "اگر", "بهره", "اندازی", "تکمیل", "اجرای", "افتتاح")


@ignores("percent", "times")
def conditional_outcome(k: KindContext) -> str | None:
    """«سد در صورت تکمیل سالانه ۵ میلیون مترمکعب آب ... تامین کند», «با بهره‌برداری از این
    کارخانه برای ۴۵۰ نفر شغل ایجاد می‌شود», «چنانچه این طرح اجرا شود ۸۰۰ واحد ... بهره‌مند
    می‌شوند»: an amount after a premise (a verbal noun of completion or opening, no verb
    between, at least its object before the amount; or a conditional clause) is what the
    premise will bring about: a forecast. Not what the statement reports done («با
    بهره‌برداری از این طرح ۲۲۰ نفر مشغول به کار شدند»), nor the premise's own object («با
    اجرای ۱۲ طرح ...»), a percentage or a change."""
    r = k.r
    if r.unit in ("percent", "times") or k.change_adjacent:
        return None
    return "forecast" if _after_premise(k, closed=False) else None


@acts_on("percent")
def premise_percent(k: KindContext) -> str | None:
    """«در صورت تحقق کامل درآمدها ۱۵ درصد به بودجه افزوده شود», «اگر نقدینگی تامین شود ۲۵
    درصد بر ظرفیت تولید افزوده می‌شود»: a percentage that a premise brings about is a
    forecast (Round 17), not a share of the noun after it. The premise's own percentage
    («در صورت تحقق ۱۰۰ درصدی», «اگر ۲۰ درصد از این مخزن استحصال شود») is left to the other
    rules: a conditional clause must be closed by its verb before the percentage."""
    r = k.r
    if r.unit != "percent" or k.change_adjacent:
        return None
    before = k.folded[max(k.statement_start, r.start - 30) : r.start].split()[-2:]
    if _PREMISE_MEASURES.intersection(before):
        return None  # «به میزان ۹۵ درصد», «سهم هر ماه ۱۰۰ درصد»: the premise's own measure
    return "forecast" if _after_premise(k, closed=True) else None


def _after_premise(k: KindContext, *, closed: bool) -> bool:
    """A premise (a verbal noun of completion, «در صورت», or a conditional clause) before
    the amount with no verb between and more than its object, and no past verb after;
    ``closed``: a conditional clause's verb must come before the amount."""
    r, f = k.r, k.folded
    lo = max(k.statement_start, r.start - 160)
    window = f[lo : r.start]  # (sliced once, not once per stem)
    if not any(stem in window for stem in _CONDITION_STEMS):
        return False  # cheap guard
    cue = _last(CONDITIONAL_PREMISE_RE, f, lo, r.start)
    if cue is not None and (
        VERB_STOP_RE.search(f, cue.end(), r.start)
        or (
            len(between := f[cue.end() : r.start].split()) < 2
            and not (between and between[0] in _PREMISE_BACK_REFERENCES)
            and not _object_of_a_verb(k)
        )
    ):
        cue = None  # «با اجرای ۱۲ طرح»: the premise's own object
    if cue is None:
        cue = _last(CONDITIONAL_CLAUSE_RE, f, lo, r.start)
        if cue is None or ACTUAL_RE.search(f, cue.end(), r.start):
            return False
        if closed and not PREMISE_CLOSER_RE.search(f, cue.end(), r.start):
            return False  # «اگر ۲۰ درصد از این مخزن استحصال شود»: inside the clause
    # a past verb after: the outcome is reported done (its own verb may stand past a list of
    # places: «زمینه اشتغال ۳۶۹ نفر در شهرستان‌های اراک، ساوه و ... فراهم شده است»)
    return ACTUAL_RE.search(f, r.unit_end, k.statement_end) is None and not k.own_verb_past


# «با بهره برداری ازآن ...»: a back reference glued to «از» is the premise's object
_PREMISE_BACK_REFERENCES = frozenset(_CUES["premise_back_references"])


_OBJECT_AFTER_UNIT_RE = re.compile(r"\s?(?:\S+\s){0,2}?را" + WB_R)


def _object_of_a_verb(k: KindContext) -> bool:
    """«پس از بهره‌برداری حدود ۵ هزار نفر را مشغول به کار می‌کند»: «را» after the amount
    (and at most two words of its noun) makes it the object of a finite verb; a verbal noun
    takes no «را», so the premise before it is complete, not the amount's owner."""
    f, end = k.folded, k.r.unit_end
    return "را" in f[end : end + 24] and _OBJECT_AFTER_UNIT_RE.match(f, end) is not None


@ignores("percent")
def habitual_present(k: KindContext) -> str | None:
    """«هر کیلوگرم مرغ ۸۰ هزار تومان به فروش می‌رسد», «روزانه ... عرضه می‌شود»: a rate or a
    habit («هر», «روزانه», «سالانه») with a plain present as the number's own verb states
    what happens as a rule, no event to come: no kind. A future or a forecast cue in the
    clause, a change or a percentage is left to the other rules."""
    r, f, c = k.r, k.folded, k.clause
    if r.unit == "percent" or k.change_adjacent or not k.own_habit:
        return None  # «... به قیمت هر کیلوگرم ۱۴۰ هزار تومان»: the habit of another number
    verb = PRESENT_VERB_RE.search(f, r.unit_end, k.statement_end)
    if verb is None or ACTUAL_RE.search(f, r.unit_end, verb.start()):
        return None  # «... ۱۰۰ میلیارد ریال پرداخت شده و ... هر دو هفته ...»: its verb is past
    if VERB_STOP_RE.search(f, r.unit_end, verb.start()):
        return None
    if FUTURE_RE.search(f, c.start, c.end) or PREDICTED_RE.search(f, c.start, c.end):
        return None
    if r.unit not in MONEY_UNITS and PAST_IMPERFECTIVE_RE.match(f, verb.start()):
        return "actual"  # «سالانه ۱۴۰ هزار تن ... صید می‌کرد»: a past habit reports what was
    return NO_KIND


def sums_up(k: KindContext) -> str | None:
    """«طرح‌هایی که از این تسهیلات بهره‌مند شدند به ۴ طرح می‌رسد»: «می‌رسد» after a past
    verb in the same statement sums the past up; the figure is actual, not a forecast."""
    r, f, c = k.r, k.folded, k.clause
    end = min(c.end, r.unit_end + 25)
    if SUM_UP_RE.search(f, r.unit_end, end) and ACTUAL_RE.search(f, k.statement_start, r.start):
        return "actual"
    return None


def forecast_near(k: KindContext) -> str | None:
    """A forecast cue close to the number («پیش‌بینی ...», «... خواهد رسید»)."""
    r, c = k.r, k.clause
    lo, hi = max(k.statement_start, r.start - 30), min(c.end, r.unit_end + 40)
    for m in r.doc.matches(FORECAST_RE, c):  # a loop, not a generator: read per figure
        if lo <= m.start() and m.end() <= hi and not _forecast_of_what_follows(k, m):
            return "forecast"
    return None


def future_glued_to_unit(k: KindContext) -> str | None:
    """«مصرف به ۸۰ میلیون لیترخواهد رسید»: the future auxiliary written glued to the unit
    before it (the source dropped the space) is the number's own verb: a forecast."""
    r, f = k.r, k.folded
    if r.unit_end >= len(f) or not f[r.unit_end].isalpha():
        return None  # the usual case: a space or a mark after the unit
    return "forecast" if FUTURE_AFTER_GLUED_UNIT_RE.match(f, r.unit_end) else None


MENTION_OPENING_RE = words_re(_CUES["mention_opening"])
MENTION_CLOSING_RE = words_re(_CUES["mention_closing"])
# «از نتایج این اقدامات می‌توان به ...»: the examples are results, what was done (round 43)
MENTION_RESULTS_RE = words_re(_CUES["mention_results"])
_MENTION_SPAN = 400  # characters the idiom's list may run on either side of a number


def examples_mentioned(k: KindContext) -> str | None:
    """«... ۵۰ هزار میلیارد تومانی که ظرف سه سال گذشته سرمایه‌گذاری شده است. از آن جمله
    می‌توان به سرمایه‌گذاری ۸۰۰ میلیارد تومان در ... اشاره کرد»: «one can mention ...»
    lists examples of what the sentence before stated, no ability. A number between the
    idiom's two ends takes the tense of the sentence before when that sentence states an
    amount in the same unit word; otherwise it has no kind (examples of capacities after a
    count of mines: none, as the gold reads them)."""
    r, f = k.r, k.folded
    # the idiom spans its paragraph: a list item («واحد P.P», «و ...») may look like a
    # sentence end to the splitter
    lo = max(f.rfind("\n", 0, r.start) + 1, r.start - _MENTION_SPAN)
    if f.find("توان", lo, r.start) < 0:
        return None  # the common case, tested by substring
    opening = _last(MENTION_OPENING_RE, f, lo, r.start)
    if opening is None or MENTION_CLOSING_RE.search(f, opening.end(), r.start):
        return None
    hi = f.find("\n", r.unit_end, r.unit_end + _MENTION_SPAN)
    if (
        MENTION_CLOSING_RE.search(f, r.unit_end, hi if hi >= 0 else r.unit_end + _MENTION_SPAN)
        is None
    ):
        return None
    if MENTION_RESULTS_RE.search(f, max(lo, opening.start() - 40), opening.start()):
        return "actual"  # «از نتایج این اقدامات می‌توان به توسعه ۴۰۰ متری ... اشاره کرد»
    sents = r.doc.sents
    si = r.si
    while si > 0 and sents[si].start > opening.start():
        si -= 1
    words = f[r.num.end : r.unit_end].split()
    if si == 0 or not words:
        return NO_KIND
    before = sents[si - 1]
    word, at = words[-1], before.start
    while (at := f.find(word, at, before.end)) >= 0:
        if DIGIT_RE.search(f, max(before.start, at - 20), at):
            break
        at += len(word)
    else:
        return NO_KIND  # the sentence before states no amount of this unit
    verbs = sorted(
        (m.start(), m.end(), label)
        for regex, label in ((FORECAST_RE, "forecast"), (ACTUAL_RE, "actual"))
        for m in regex.finditer(f, at, before.end)
    )
    if not verbs:
        return NO_KIND
    if len(verbs) > 1 and verbs[-2][2] == "forecast" and verbs[-1][0] - verbs[-2][1] <= 2:
        return "forecast"  # «سرمایه‌گذاری خواهد شد»: the future auxiliary before the verb
    return verbs[-1][2]


def able_to(k: KindContext) -> str | None:
    """«با تامین آن می‌توان ۱۱ هزار شغل ایجاد کرد», «این طرح می‌تواند ۵۰۰ شغل ایجاد کند»:
    what one can do, a modal before the number in its statement, is a forecast; a number
    before the modal is not its object («با داشتن چهار بازارچه ... می‌تواند دروازه ... باشد»)."""
    r, f = k.r, k.folded
    cue = _governing(ABILITY_RE, f, max(k.statement_start, r.start - 40), r.start)
    if cue is None:
        return None
    return "forecast"


@needs(*kind_anchors("predicted", "expected"), sentence=True)
def predicted_change(k: KindContext) -> str | None:
    """What a forecast cue governs is a forecast: «پیش‌بینی می‌شود ... ۱۰ درصد افزایش یابد»,
    «بر اساس پیش‌بینی‌ها امسال ... ۲۰ هزار تن ... برداشت می‌کنند», also across a colon
    («وی پیش‌بینی کرد: امسال ۷۰۰ هزار تن ... فروخته شود»)."""
    found = PREDICTED_RE.search(k.folded, k.clause.start, k.r.start)
    if found is not None and _noun_of_an_earlier_figure(k, found):
        found = None  # «... و پیش‌بینی ایجاد اشتغال برای ۴۰۷۲ نفر ... که ۷۷۹ طرح ...»
    return "forecast" if found or k.predicted_across_colon else None


def _noun_of_an_earlier_figure(k: KindContext, cue: re.Match[str]) -> bool:
    """A forecast noun after «و» heading a phrase with its own number before this one."""
    f = k.folded
    return (
        _AND_FORECAST_NOUN_RE.search(f, max(0, cue.start() - 3), cue.start()) is not None
        and _CUE_AS_VERB_RE.match(f, cue.end()) is None
        and _DIGIT_CHAR_RE.search(f, cue.end(), k.r.start) is not None
    )


@needs("داشت", "یافت", "پیدا")
@ignores("percent", "times")
def amount_changed_by(k: KindContext) -> str | None:
    """«بین ۲۰۰ تومان تا هزار تومان در هر کیلوگرم در میادین ... کاهش قیمت داشته است»,
    «صادرات ... ۵۰ میلیون دلار افزایش یافت» (round 27): an amount whose own predicate is a
    change noun with a light verb ('change_light_verbs'), no verb between, is the size of
    the change, not a level, nor a habit for its «هر»; a level reached takes «به»
    («به ۶۰ هزار تومان کاهش یافت»); percentages and multiples have their own rules."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times") or k.reached:
        return None
    hi = min(k.statement_end, r.unit_end + _CHANGE_PREDICATE_SPAN)
    window = f[r.unit_end : hi]
    if "داشت" not in window and "یافت" not in window and "پیدا" not in window:
        return None  # cheap guard: no light verb after the amount
    found = _governed(CHANGE_PREDICATE_RE, f, r.unit_end, hi)
    if found is None:
        return None
    if FUTURE_RE.search(f, found.start(), found.end()):
        return None  # «... ۹ میلیون تن افزایش خواهد یافت»: a change to come, the future's
    if FROM_BEFORE_RE.search(k.before):
        return None  # «از ۲۰ هزار تومان به ۱۶ هزار تومان کاهش یافته»: the level moved from
    if DIGIT_RE.search(f, r.unit_end, found.start()) and not RANGE_END_AFTER_RE.match(
        f, r.unit_end
    ):
        return None  # «(۴۶۱ هزار بارنامه) ۱۴ درصد رشد داشته»: the number nearer owns it;
        # a range's lower end («بین ۳۰۰ تومان تا ۸۰۰ تومان ... کاهش داشته») shares it
    return "change"


_YEAR_TO_COME_STEMS = ("امسال", "جاری", "آینده", "آتی", "فردا")


@needs(*_YEAR_TO_COME_STEMS)
def year_to_come_present(k: KindContext) -> str | None:
    """«امسال ۷۷۰ هزار تن سیب‌زمینی ... تولید می‌شود», «امسال در ۱۴۵ هزار هکتار گندم، در ۴۸
    هزار هکتار جو ... کشت می‌شود», «سالانه ۱۵ هزار واحد و تا چهار سال آینده ۶۳ هزار واحد ...
    احداث می‌شود» (round 31), «فردا نیز ده تریلی سیمان صادر می‌شود» (round 34, tomorrow):
    a present passive as the number's own verb, after this year or
    the years to come named last before the number in its statement, tells what they will
    bring: a forecast, also for a verb of what goes on («تولید می‌شود») and past a list of
    amounts that share the verb. A habit word after the time word («امسال هر کیلوگرم ...»), a
    present-state word, a percentage, a headline or another verb before the passive leave
    the number to the other rules."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times"):
        return None
    lo = k.statement_start
    window = f[lo : r.start]  # (sliced once, not once per word)
    if not any(w in window for w in _YEAR_TO_COME_STEMS):
        return None  # cheap guard
    when = _last(YEARS_TO_COME_RE, f, lo, r.start)
    if when is None:
        return None
    if HABITUAL_RE.search(f, when.end(), r.start) or PRESENT_STATE_RE.search(
        f, when.end(), r.start
    ):
        return None  # «امسال هر کیلوگرم گندم ... خریداری می‌شود»: a price in force
    if _WRAPPED_END_RE.match(f, max(r.sent.start, r.sent.end - 1), min(len(f), r.sent.end + 3)):
        return None  # a headline's present tells what happened
    verb = PRESENT_PASSIVE_RE.search(f, r.unit_end, k.clause.end)
    if verb is None:
        return None
    lo, hi = r.unit_end, verb.start()
    if (
        VERB_STOP_RE.search(f, lo, hi)
        or ACTUAL_RE.search(f, lo, hi)
        or THAT_RE.search(f, lo, hi)
        or HABITUAL_RE.search(f, lo, hi)
    ):
        return None  # the passive is another statement's, or a habit's
    return "forecast"


def change_next_to(k: KindContext) -> str | None:
    """«افزایش ۲۰ درصدی», «۲۰ درصد افزایش», unless a level is reached («به ۸٫۱ درصد»)."""
    return "change" if k.change_adjacent else None


@ignores("percent", "times")
@needs("بیشتر", "کمتر", "بالاتر", "پایین")
def exceeds_past_by(k: KindContext) -> str | None:
    """«حدود ۱۶ میلیون دلار از مدت مشابه سال قبل بیشتر است», «۲ هزار تن نسبت به پارسال
    کمتر بود»: an amount followed by a past period and a comparative is what this period
    exceeds or falls short of it by: a change (dev gold: 2 of 2 such amounts)."""
    if k.reached:
        return None
    return "change" if EXCEEDS_PAST_AFTER_RE.match(k.folded, k.r.unit_end) else None


def change_by_nature(k: KindContext) -> str | None:
    """A rate or multiple with a change word before the verb («۱۲ درصد نسبت به مدت مشابه
    سال گذشته افزایش داشته») or a change verb as its own verb, past a qualifier («۳ درصد
    از نظر میانگین کشوری بالا رفته است»), or a rate compared with a past period there
    («۲۴ درصد پیشرفت نسبت به مدت مشابه سال گذشته»); a multiple is a change by nature
    («دو برابر شده»)."""
    r, f = k.r, k.folded
    if k.reached:
        # «نسبت به سال گذشته به چهار برابر رسیده»: a multiple of a past base reached is a
        # change (dev gold: 31 of 37 multiples are changes)
        if r.unit == "times" and COMPARED_WITH_PAST_RE.search(f, k.clause.start, r.start):
            return "change"
        return None
    if r.unit not in ("percent", "times"):
        # «۹۰۰ هزار تن از تولید را کاهش داد»: an amount a change verb takes as its object
        found = OBJECT_CHANGED_RE.search(f, r.unit_end, k.clause.end)
        if found is None:  # the common case, found without reading the verb
            return None
        verb = k.own_verb
        return "change" if verb is None or found.start() < verb.end() else None
    vstop = k.own_verb
    end = vstop.start() if vstop else k.clause.end
    if CHANGE_RE.search(f, r.unit_end, end):
        return "change"
    if vstop is not None and RATE_CHANGE_VERB_RE.search(f, r.unit_end, vstop.end()):
        return "change"  # «۲۰ درصد در قیاس با سال زراعی گذشته کم شد»: its own verb says so
    if r.unit == "percent" and COMPARED_WITH_PAST_RE.search(f, r.unit_end, end):
        return "change"  # «۲۴ درصد پیشرفت نسبت به مدت مشابه سال گذشته»: compared with the past
    return "change" if r.unit == "times" else None


@acts_on("percent")
def change_named_before(k: KindContext) -> str | None:
    """«این نرخ رشد برای استان ۲۱ درصد می‌باشد»: a percentage stated for a change named
    before it in the same statement, with no verb between, is that change."""
    r, f = k.r, k.folded
    if r.unit != "percent" or k.reached:
        return None
    cue = _governing(CHANGE_RE, f, max(k.statement_start, r.start - 40), r.start)
    if cue is None and not _stated_change(k) and not _change_compared_before(k):
        return None
    return "change"


# how far before a percentage the past period it is compared with may start
_COMPARED_BEFORE_REACH = 50


def _change_compared_before(k: KindContext) -> bool:
    """«رشد گردشگران خارجی نسبت به مدت مشابه سال قبل ۳۵ درصد بود» (h35b04): a change named
    before the past period it is measured against, the period right before the percentage
    and no verb between: the change's value (the change may stand 40 characters before the
    period, as before the number itself)."""
    r, f = k.r, k.folded
    lo = max(k.statement_start, r.start - _COMPARED_BEFORE_REACH)
    window = f[lo : r.start]
    if "نسبت" not in window and "مقایسه" not in window and "مشابه" not in window:
        return False  # cheap guard: no comparison right before the number
    past = _last(COMPARED_WITH_PAST_RE, f, lo, r.start)
    if past is None:
        return False
    return _governing(CHANGE_RE, f, max(k.statement_start, past.start() - 40), r.start) is not None


def _stated_change(k: KindContext) -> bool:
    """«میزان کاهش صادرات ... را در مقایسه با مدت مشابه ... ۲۵ درصد اعلام کرد» (round 31):
    a change named as the object («را») of a verb of stating that gives its value, however
    long the phrase between (as '_stated_object' reads a share)."""
    r, f = k.r, k.folded
    lo = max(k.statement_start, r.start - 140)
    if f.find("را", lo, r.start) < 0:
        return False  # cheap guard
    cue = _governing(CHANGE_RE, f, lo, r.start)
    if cue is None:
        return False
    mark = OBJECT_MARK_RE.search(f, cue.end(), r.start)
    own = k.own_verb
    return (
        mark is not None
        and own is not None
        and STATING_VERB_RE.search(f, max(r.unit_end, own.start() - 12), own.end() + 4) is not None
    )


@acts_on("percent")
def restated_share(k: KindContext) -> str | None:
    """«هزار و ۴۰۰ کیلومتر آن معادل ۱۴ درصد در خراسان رضوی قرار دارد»: a percentage
    right after «معادل» restates the amount before it as its part of a whole (a change
    was read by the change rules before this one)."""
    r = k.r
    if r.unit != "percent":
        return None
    found = RESTATED_SHARE_RE.search(k.folded, max(k.clause.start, r.start - 8), r.start)
    return "share" if found else None


def future_verb(k: KindContext) -> str | None:
    """«۱۸۱ واحد دیگر در هفته دولت ... تحویل خواهد شد»: the number's own verb is future,
    even when a past verb of the statement before stands nearer."""
    r, f = k.r, k.folded
    fut = FUTURE_RE.search(f, r.unit_end, k.clause.end) or GLUED_FUTURE_RE.search(
        f, r.unit_end, k.clause.end
    )
    if fut is None or VERB_STOP_RE.search(f, r.unit_end, fut.start()):
        return None
    return "forecast"


@needs("گرد", "پیوند")
@ignores("percent")
def present_return(k: KindContext) -> str | None:
    """«امسال ۹۹ واحد صنعتی غیرفعال به چرخه تولید باز می‌گردند», «۱۲۰ اتوبوس نو به ناوگان
    می‌پیوندند»: a return or arrival in the present as the number's own verb announces a
    one-off event to come, a forecast, even after a past verb of saying («اشاره کرد و گفت:
    ...»); not in a headline (its present tells what happened) nor a percentage; a habit
    («هر سال ...») was read before."""
    r, f = k.r, k.folded
    tail = f[r.unit_end : k.statement_end]
    if r.unit == "percent" or ("گرد" not in tail and "پیوند" not in tail):
        return None  # cheap guard: no verb of returning or joining after the number
    if _WRAPPED_END_RE.match(f, max(r.sent.start, r.sent.end - 1), min(len(f), r.sent.end + 3)):
        return None  # a headline's present tells what happened
    verb = _governed(RETURN_RE, f, r.unit_end, k.statement_end)
    if verb is None:
        return None
    return None if ACTUAL_RE.search(f, r.unit_end, verb.start()) else "forecast"


# «... با اعتباری بالغ بر ۱۴۲ میلیارد تومان و پیش‌بینی ایجاد اشتغال برای ۴۰۷۲ نفر ...»
# (round 44): a forecast noun after «و», with no verb of its own and a number of its own
# after it, heads a coordinated noun phrase that forecasts that number only
_AND_FORECAST_NOUN_RE = re.compile(r"\sو\s?$")
_CUE_AS_VERB_RE = re.compile(r"\s?(?:می|نمی|شد|شده|کرد|کرده|گردید|است|هست|نمود)")


def _forecast_noun_with_figure(k: KindContext, m: re.Match[str]) -> bool:
    f = k.folded
    if _CUE_AS_VERB_RE.match(f, m.end()):
        return False  # «و پیش‌بینی می‌شود ...»: a verb, which may govern what is before
    return _DIGIT_CHAR_RE.search(f, m.end(), min(k.clause.end, m.end() + 60)) is not None


def _forecast_of_what_follows(k: KindContext, m: re.Match[str]) -> bool:
    """«... ۱۰۳ میلیارد تومان ... با پیش‌بینی ایجاد سه هزار فرصت شغلی پرداخت شده است»
    (round 30): a forecast noun in a «با» phrase after the number forecasts what the phrase
    names, not the number before it; nor does a cue after the number's own past verb and
    a comma, «که» or «و» that closes its statement."""
    if m.start() <= k.r.unit_end:
        return False
    if WITH_BEFORE_RE.search(k.folded, max(0, m.start() - 12), m.start()):
        return True
    if _AND_FORECAST_NOUN_RE.search(k.folded, max(0, m.start() - 3), m.start()) and (
        _forecast_noun_with_figure(k, m)
    ):
        return True
    # «... پارسال ۱۳۰ هزار گردشگر به یزد سفر کردند، پیش‌بینی کرد ...» (round 40): the
    # number's own past verb, closed by a comma, stands between it and the cue
    past = ACTUAL_RE.search(k.folded, k.r.unit_end, m.start())
    if past is None:
        return False
    f, lo = k.folded, past.end()
    # round 42: «... ۳۰۰ تن به فروش رفته که/و پیش‌بینی می‌شود ...»: «که» or «و» closes it too
    return (
        COMMA_RE.search(f, lo, m.start()) is not None
        or THAT_RE.search(f, lo, m.start()) is not None
        or f.find(" و ", lo - 1, m.start()) >= 0
    )


# «... افتتاح کردیم و ...»: a past verb closed by «و»
_PAST_THEN_AND_RE = re.compile("(?:" + ACTUAL_RE.pattern + r")\s?و\s")


def _coordinated_before(k: KindContext) -> int:
    """Where the number's own statement starts when a verb and «و» stand before it and a
    forecast verb follows: «۴۲۸ واحد را افتتاح کردیم و ۴۲۰ واحد را ... به بهره‌برداری
    می‌رسد» (round 31): the past verb before «و» is the statement before (Persian puts the
    verb after its number). The clause start otherwise. Guarded by «و» to stay cheap."""
    f, c, start = k.folded, k.clause, k.r.start
    if f.find(" و ", c.start, start) < 0:
        return c.start
    if FORECAST_RE.search(f, k.r.unit_end, k.statement_end) is None:
        return c.start
    lo = c.start
    for m in _PAST_THEN_AND_RE.finditer(f, c.start, start):
        lo = m.end()
    return lo


# «... ۲۴ هزار نفر بود که ۱۹ هزار نفر تحقق یافته بود», «... ۲۶ هزار نفر بوده است که تاکنون
# ۱۰۴ درصد ... محقق شده است»: an amount stated with a copula, then «که» and a part of it
# realised
_REALISED_IN_PART_RE = two_lists_re(
    r"\s?",
    seq(_CUES["copulas"]),
    r"(?:\s?است)?\s?[،,]?\s?که\s[^.؛!?؟]{0,50}?\d[^.؛!?؟]{0,50}?",
    _CUES["realised_predicates"],
)


def realised_in_part(k: KindContext) -> str | None:
    """«سال ۱۴۰۰ میزان اشتغال ۲۴ هزار نفر بود که ۱۹ هزار نفر تحقق یافته بود»: an amount of
    which a part is then reported realised is the commitment that part fulfils: a target,
    though stated with a past copula (dev gold: 2 of 2 such amounts with no cue of their
    own; an amount with its own past verb, «... ایجاد کردند که ۱۵۰ درصد ... محقق شد»,
    stays what was done)."""
    r, f = k.r, k.folded
    if r.unit == "percent" or f.find("که", r.unit_end, r.unit_end + 16) < 0:
        return None  # the common case, tested by substring
    if _REALISED_IN_PART_RE.match(f, r.unit_end) is None:
        return None
    return "target"


def nearest_verb(k: KindContext) -> str | None:
    """The nearest forecast or actual verb in the clause (a tie goes to forecast); a
    forecast verb before «که» belongs to the statement before, a past one still tells."""
    doc, c, point = k.r.doc, k.clause, k.r.num.end
    # the clause's verbs are found once for all its figures
    forecasts = doc.matches(FORECAST_RE, c)
    if forecasts:
        forecasts = [m for m in forecasts if not _forecast_of_what_follows(k, m)]
    fc = _distance(forecasts, k.statement_start, point)
    ac = _distance(doc.matches(ACTUAL_RE, c), _coordinated_before(k), point)
    if fc is not None and (ac is None or fc <= ac):
        return "forecast"
    return "actual" if ac is not None else None


@needs("شاهد")
def witnessed_to_come(k: KindContext) -> str | None:
    """«در دهه فجر امسال شاهد افتتاح بیش از ۹۵۶ پروژه ... هستیم», «به زودی شاهد آغاز
    ساخت ۳۰۰ واحد هستیم»: «شاهد» before the number's event noun with a present «هستیم»
    as its verb announces what we are to see: a forecast (the future «خواهیم بود» is read
    by the future rules, the past «بودیم» reports it, a change noun by the change rules)."""
    r, f = k.r, k.folded
    if "شاهد" not in f[max(k.clause.start, r.start - 40) : r.start]:
        return None  # cheap guard
    cue = _governing(WITNESS_BEFORE_RE, f, max(k.clause.start, r.start - 40), r.start)
    if cue is None:
        return None
    verb = _governed(WITNESS_PRESENT_RE, f, r.unit_end, k.statement_end)
    if verb is None:
        return None
    return "forecast"


def consequence(k: KindContext) -> str | None:
    """«با صدور ۱۹۰ پروانه صنعتی، ۲۸۰۰ فرصت شغلی ایجاد می‌شود», «اگر ۲۰ درصد مخزن استحصال
    شود، ۱۱ میلیارد بشکه نفت استخراج می‌شود»: a present passive after a premise («با» and
    a verbal noun, or a condition, closed by a comma) says what will follow from it: a
    forecast, not a plan."""
    r, f = k.r, k.folded
    if PREMISE_RE.search(f, r.sent.start, r.start) is None:
        return None
    verb = _governed(PRESENT_PASSIVE_RE, f, r.unit_end, k.statement_end)
    if verb is None:
        return None
    return "forecast"


@ignores("percent", MONEY_UNITS)
def planned_passive(k: KindContext) -> str | None:
    """«۶۵۵ مسکن ملی ساخته می‌شود», «۱۲ هزار هکتار دیگر اضافه می‌شود»: an amount whose
    clause ends in a present passive of a planned action, with no other cue, announces a
    one-off event to come: a forecast, as the lead's Round 15 ruling reads («۵۰۰ شغل ایجاد
    می‌شود»; it was a target before round 22, as the oldest gold has it); not what happens
    every day («روزانه ... عرضه می‌شود») nor money («... تومان معامله می‌شود»)."""
    r, f = k.r, k.folded
    if r.unit == "percent" or r.unit in MONEY_UNITS or k.per_unit:
        return None
    # the number's own verb: before «که» or a comma starts another statement
    plan = PLANNED_PASSIVE_RE.search(f, r.unit_end, k.statement_end)
    if plan is None or ACTUAL_RE.search(f, r.unit_end, plan.start()):
        return None
    return "forecast"


# «برای ۸۰ نفر اشتغالزایی صورت می‌گیرد»: job creation that takes place, after a count of persons
_JOBS_TAKE_PLACE_RE = two_lists_re(
    r"\s?(?:[^\s\d.،,:؛]+\s){0,3}?",
    seq(_CUES["jobs_taking_place"]),
    r"\s",
    _CUES["taking_place_passives"],
)


@needs("زایی")
@acts_on("person")
def jobs_take_place(k: KindContext) -> str | None:
    """«در این طرح به‌صورت مستقیم برای ۸۰ نفر اشتغالزایی صورت می‌گیرد»: job creation «صورت
    می‌گیرد» (takes place) after a count of persons announces the jobs to come, a forecast,
    as «برای ۱۷۲ نفر اشتغالزایی می‌شود» does (the plain-future rule); not a habit («هر سال
    ... برای ۳۰۰ نفر اشتغالزایی صورت می‌گیرد»)."""
    r, f = k.r, k.folded
    if r.unit != "person" or k.own_habit:
        return None
    if "زایی" not in f[r.unit_end : k.statement_end]:
        return None  # cheap guard
    return "forecast" if _JOBS_TAKE_PLACE_RE.match(f, r.unit_end, k.statement_end) else None


@ignores("percent")
def plain_future(k: KindContext) -> str | None:
    """«۴۵۰ هزار تن خریداری می‌شود», «۴۳۰۰ نفر ... استخدام می‌شوند», «طرح‌ها به ارزش ۳۱۷۶
    میلیارد تومان افتتاح می‌شوند»: a present passive as the number's own verb announces a
    one-off event to come, a forecast; not what happens habitually («روزانه ... عرضه
    می‌شود»), a price per unit, nor a percentage (a share or a rate: «۴۰ درصد ... تامین
    می‌شود»)."""
    r, f, c = k.r, k.folded, k.clause
    if r.unit == "percent" or k.own_habit:
        return None
    if _WRAPPED_END_RE.match(f, max(r.sent.start, r.sent.end - 1), min(len(f), r.sent.end + 3)):
        return None  # a headline's present tells what happened
    if PRESENT_STATE_RE.search(f, c.start, r.start):
        return None  # «هم‌اکنون ... نگهداری می‌شود»: what is
    # money only with a planned action («افتتاح می‌شوند»), not a trade («معامله می‌شود»)
    passive = PLANNED_PASSIVE_RE if r.unit in MONEY_UNITS else PRESENT_PASSIVE_RE
    verb = passive.search(f, r.unit_end, k.statement_end)
    if verb is None and r.unit in MONEY_UNITS:  # «... تومان ... هزینه می‌شود»: spent once
        verb = _governed(SPENDING_PASSIVE_RE, f, r.unit_end, k.statement_end)
    if verb is None:
        return None
    if COPULA_RE.search(f, r.unit_end, verb.start()):
        return None  # «۳ هزار زنبوردار فعال هستند و ...»: the number's statement ended
    if STATE_PASSIVE_RE.search(f, max(r.unit_end, verb.start() - 16), verb.end()):
        return None  # «... در استان تولید می‌شود»: what goes on
    if REMAINDER_RE.search(f, r.unit_end, verb.start()):
        return None  # «... آن پرداخت و مابقی ... واریز می‌شود»: the remainder's verb
    return None if ACTUAL_RE.search(f, r.unit_end, verb.start()) else "forecast"


@ignores("percent", "times")
def referred_event(k: KindContext) -> str | None:
    """«با اشاره به ورود ۹۰۰ هزار خودرو به استان گفت: ...», «ضمن اشاره به صادرات ۳۰۰ میلیون
    دلار کالا ...»: an amount in the noun phrase a speaker refers to is an event that took
    place, actual, when no cue before this rule (a plan, a forecast, a verb) told otherwise,
    and a forecast with a future time word in it («در هفته آینده»); not a clause the frame
    opens («با اشاره به اینکه ۷ هزار نفر ... کار می‌کنند»), a percentage (a level) or a
    number after more than the one verbal noun («به تکمیل اسکله ۴۰ بندر»: a name)."""
    r, f = k.r, k.folded
    if r.unit in ("percent", "times"):
        return None  # «با اشاره به شفافیت ۲۰ درصدی کالا»: a level or rate, not an event
    frame = _last(REFERENCE_FRAME_RE, f, max(k.clause.start, r.start - 40), r.start)
    if frame is None or REFERENCE_CLAUSE_RE.match(f, frame.end()):
        return None
    if len(f[frame.end() : r.start].split()) != 1:
        return None  # one verbal noun, then the amount: «... به تکمیل اسکله ۴۰ بندر» names a pier
    # «با اشاره به افتتاح ۲۰ طرح در هفته آینده گفت»: an event to come, a forecast
    return "forecast" if FUTURE_TIME_RE.search(f, frame.end(), k.statement_end) else "actual"


def ranked_by(k: KindContext) -> str | None:
    """«استان با صادرات ۱۹۰ میلیون دلار کالا رتبه نخست را دارد», «با تخلیه ۴۸۰ هزار تن
    ...، در جایگاه دوم قرار دارد»: an amount in a «با» phrase that earns a rank later in its
    clause (no verb between) is what was achieved, actual, whatever the tense of «دارد»."""
    r, f, c = k.r, k.folded, k.clause
    rank = _governed(RANK_RE, f, r.unit_end, c.end)
    if rank is None:
        return None
    with_ = _governing(WITH_RE, f, max(k.statement_start, r.start - 80), r.start)
    if with_ is None:
        return None
    return "actual"


def stated_state(k: KindContext) -> str | None:
    """«مجموع تردد ... ۵۸۶ هزار خودرو ... است», «سرمایه‌گذاری ... ۴۷۵ میلیارد ریال است»:
    with no other cue, a number whose own verb is a plain copula states what is: actual."""
    r, f = k.r, k.folded
    cop = COPULA_RE.search(f, r.unit_end, k.clause.end)
    if cop is None or k.per_unit:
        return None
    verb = k.own_verb
    if verb is not None and verb.start() < cop.start() and THAT_RE.match(f, verb.start()):
        # round 31: «... تعداد ۶۷۸ هزار نفر که دارای رشد ۶۹ درصدی است»: a number with no
        # verb of its own, described by a «که» clause that ends in the copula, states what is
        # (not works under way, «... که در حال ساخت است», left open in Round 30)
        between = (verb.end(), cop.start())
        if VERB_STOP_RE.search(f, *between) is None and PROGRESSIVE_RE.search(f, *between) is None:
            return "actual"
    return "actual" if verb is None or verb.start() >= cop.start() else None


_WRAPPED_END_RE = re.compile(r"[^.!?؟:؛»\s]\s*\n")
_TERMINAL_RE = re.compile(r"[.!?؟]")


def wrapped_line(k: KindContext) -> str | None:
    """«... بیشترین تعداد با ۳۸ هزار و\n\n۲۶۲ اقامت مربوط به شهرکرد ... انجام شده است.»:
    copy hard-wrapped into lines (paragraphs once cleaned) continues the sentence on the next
    lines, where its verb stands. A number with no cue of its own, on a line with no verb
    and no end mark, takes the last verb before the next end mark (a few lines on)."""
    r, f = k.r, k.folded
    end = r.sent.end
    if not _WRAPPED_END_RE.match(f, max(r.sent.start, end - 1), min(len(f), end + 3)):
        return None
    if VERB_STOP_RE.search(f, r.unit_end, end) or PLANNED_PASSIVE_RE.search(f, r.unit_end, end):
        return None  # a line with its own verb: a headline or a sentence without its stop
    stop = _TERMINAL_RE.search(f, end, end + 600)
    if stop is None or f.count("\n", end, stop.start()) > 6:
        return None
    verbs = sorted(
        (m.start(), m.end(), label)
        for regex, label in ((FORECAST_RE, "forecast"), (ACTUAL_RE, "actual"))
        for m in regex.finditer(f, end, stop.end())
    )
    if not verbs:
        return None
    last = verbs[-1]
    if len(verbs) > 1 and verbs[-2][2] == "forecast" and last[0] - verbs[-2][1] <= 2:
        return "forecast"  # «ایجاد خواهد شد»: the future auxiliary before the verb
    return last[2]


KIND_RULES: tuple[KindRule, ...] = (
    premise_percent,
    share_achieved,
    purpose_object,
    planned_capacity,
    entitled_by_scheme,
    set_amount,
    announced_budget,
    in_budget_document,
    territory_quota,
    passed_budget,
    realised,
    allotted_parts,
    done_before_remainder,
    budgeted,
    projected_noun,
    estimated,
    assigned_amount,
    caused_outcome,
    prepared_event,
    announced_opening,
    announced_for_period_to_come,
    scheduled_opening,
    scheduled_premise,
    job_quota,
    scheme_quota,
    fulfilment_rate,
    by_deadline,
    target_before,
    required_amount,
    beyond_target_by,
    target_after,
    target_in_relative,
    changed_object,
    share_to_come,
    share_to_change,
    share_reached,
    share_of_whole,
    share_in_list,
    remainder_share,
    under_way,
    needed_amount,
    conditional_outcome,
    amount_changed_by,
    year_to_come_present,
    habitual_present,
    sums_up,
    forecast_near,
    future_glued_to_unit,
    examples_mentioned,
    able_to,
    predicted_change,
    change_next_to,
    exceeds_past_by,
    level_moved_from,
    change_by_nature,
    change_named_before,
    restated_share,
    future_verb,
    witnessed_to_come,
    consequence,
    planned_passive,
    jobs_take_place,
    plain_future,
    present_return,
    realised_in_part,
    nearest_verb,
    referred_event,
    ranked_by,
    stated_state,
    wrapped_line,
)


def find_kind(r: Reading) -> str | None:
    """The kind of the first rule in ``KIND_RULES`` that gives one."""
    k = KindContext(r)
    # (rules gated out by the unit or by words their clause or sentence lacks left out)
    for rule in rules_with_cues(KIND_RULES, r.unit, r.doc, r.sent, r.clause):
        kind = rule(k)
        if kind is not None:
            return kind or None  # NO_KIND: a rule decided there is none
    return None


# ---------------------------------------------------------------- rules over a sentence
# Some kinds show only across the figures of one sentence; these run, in order, after
# every figure has its own kind.
Listed = list[tuple[Reading, Figure]]  # the percentages of one sentence, in order
SentenceKindRule = Callable[[Listed], None]
_REPORTED = (None, "actual")


def parts_of_a_whole(listed: Listed) -> None:
    """«کشاورزی ۱۷٫۱ درصد، صنعت ۲۵٫۲ درصد و خدمات ۵۷٫۷ درصد است», «۵۵ درصد توسط بخش دولتی
    و ۴۵ درصد توسط بخش خصوصی»: percentages of one sentence that add up to a hundred split
    a whole; each is a share (unless a change or a plan). The run may be part of the
    sentence's percentages (57 + 43 and then 46 + 54: each run found in turn)."""
    if len(listed) < 2:
        return
    # «سهم ... ۱۵ درصد کل انرژی بود که از ... ۴۶ درصد توسط بخش دولتی و ۵۴ درصد توسط بخش
    # خصوصی»: the parts may follow another percentage of the sentence; a run of neighbours
    # (two or more, each reported or a share) that adds up to a hundred is the split
    i = 0
    while i < len(listed) - 1:
        i = _split_from(listed, i)


def _split_from(listed: Listed, i: int) -> int:
    """Mark the run from ``i`` that adds up to a hundred as shares; where the next run
    may start."""
    total = 0.0
    for j in range(i, len(listed)):
        if listed[j][1].kind not in (*_REPORTED, "share"):
            break
        total += float(listed[j][1].value)
        if j > i and abs(total - 100) <= 1:
            for _, f in listed[i : j + 1]:
                f.kind = "share"
            return j + 1
        if total > 101:
            break
    return i + 1


def parts_by_sector(listed: Listed) -> None:
    """«۳۰ درصد در بخش کشاورزی، ۴۰ درصد در بخش صنعت و ۳۸ درصد در خدمات»: reported
    percentages of one sentence, two or more of them placed in a sector, spread a whole
    across sectors; each is a share (their sum is the source's, not checked)."""
    reported = [(r, f) for r, f in listed if f.kind in _REPORTED]
    if len(reported) != len(listed):
        return
    placed = sum(1 for r, _ in reported if SECTOR_PART_AFTER_RE.match(r.folded, r.unit_end))
    if placed >= 2:
        for _, f in reported:
            f.kind = "share"


_OPEN_BRACKET_BEFORE_RE = re.compile(r"[(\[]\s?(?:حدود\s)?$")
_CLOSE_BRACKET_AFTER_RE = re.compile(r"\s?[)\]]")


def parts_in_brackets(listed: Listed) -> None:
    """«عمده‌ترین کالاها محصولات شیمیایی (۵۰ درصد)، سیمان (۱۶ درصد) و ... (۱۲ درصد) بود»:
    two or more reported percentages of one sentence, each alone in brackets after the
    item it measures, are the parts of a whole the sentence lists: each is a share."""
    bracketed = [
        f
        for r, f in listed
        if f.kind in _REPORTED
        and _OPEN_BRACKET_BEFORE_RE.search(r.folded, max(0, r.start - 8), r.start)
        and _CLOSE_BRACKET_AFTER_RE.match(r.folded, r.unit_end)
    ]
    if len(bracketed) >= 2:
        for f in bracketed:
            f.kind = "share"


def change_continues(listed: Listed) -> None:
    """«رشد ۴۷ درصدی در تعداد، ۹۵ درصدی در ذخیره و ۷۸ درصدی در اشتغال»: an adjectival
    percentage listed after a change carries that change (the change word is not repeated)."""
    for (prev_r, prev), (r, f) in zip(listed, listed[1:], strict=False):
        close = r.start - prev_r.unit_end <= 60
        if prev.kind == "change" and f.kind in _REPORTED and close and KindContext(r).adjectival:
            f.kind = "change"


def share_continues(listed: Listed) -> None:
    """«شاخص ... ۹۵ درصد در شهرها و ۶۲ درصد در روستاها است», «۶۰ درصد این هزینه باید به
    ...، حدود ۵ درصد به طرح‌های ...»: a percentage listed right after a share, with no verb
    between them, is another part of the same whole (not a level reached: «به ۳۰ درصد
    برسد» keeps its kind, nor a change or a future)."""
    for (prev_r, prev), (r, f) in zip(listed, listed[1:], strict=False):
        if prev.kind != "share" or f.kind not in (*_REPORTED, "target"):
            continue
        k = KindContext(r)
        gap = (prev_r.unit_end, r.start)
        if r.start - prev_r.unit_end > 60 or k.reached or k.adjectival:
            continue
        if VERB_STOP_RE.search(r.folded, *gap):
            continue  # a modal between («... باید به ...، حدود ۵ درصد به ...») governs both
        if CHANGE_AFTER_RE.match(r.folded, r.unit_end) or FUTURE_RE.search(r.folded, *gap):
            continue
        f.kind = "share"


def share_referred_back(listed: Listed) -> None:
    """«سهم تعاونی‌ها ... ۱۲.۵ درصد بود که این رقم در سال جاری به ۲۲.۵ درصد رسید» (round 27):
    a percentage whose own statement refers back ('figure_anaphors') to the share right
    before it in the sentence is the same part of a whole at another time: a share, though
    reached; a change or a future stays. Round 38: so is a rate of change referred back
    («صادرات ... ۱۰ درصد افزایش داشته و این رقم در شهریورماه به ۴۲ درصد رسیده است»: the
    growth at another time, a change; a rate of change keeps its kind, Round 27)."""
    for (prev_r, prev), (r, f) in zip(listed, listed[1:], strict=False):
        if prev.kind not in ("share", "change") or f.kind not in _REPORTED:
            continue
        k = KindContext(r)
        if (
            FIGURE_ANAPHOR_RE.search(r.folded, max(prev_r.unit_end, k.statement_start), r.start)
            is None
        ):
            continue
        if k.change_adjacent or FUTURE_RE.search(r.folded, r.unit_end, k.statement_end):
            continue
        f.kind = prev.kind


SENTENCE_KIND_RULES: tuple[SentenceKindRule, ...] = (
    parts_of_a_whole,
    parts_by_sector,
    parts_in_brackets,
    change_continues,
    share_continues,
    share_referred_back,
)


# an item of a list of amounts: a name after a comma or a semicolon, then «با» (and «ارزش ...»)
_WITH_ITEM_RE = re.compile(r"[،,؛;]([^،,؛;.:]{1,60})\sبا(?:\s?ارزش(?:\s?\S+)?)?\s?$")


def _with_item(r: Reading) -> bool:
    """Whether the amount is named as an item of a list («..., X با N»)."""
    return (
        _WITH_ITEM_RE.search(r.folded[max(r.sent.start, r.num.start - 80) : r.num.start])
        is not None
    )


def list_items_share_kind(amounts: Listed) -> None:
    """«سهم صادرات مربوط به کالاهای صنعتی با ۷۸۷ میلیون دلار؛ کالاهای کشاورزی با ۲۴۵ میلیون
    دلار، ...؛ محصولات پتروشیمی با ۱۷۰ میلیون دلار ... بوده است»: amounts (not counts nor
    percentages) listed as items of one sentence («X با N») with the same unit and subject
    are one statement; an item a semicolon cut off from the verb, left with no kind, takes
    the kind the other items have (dev gold: items of one list never mix a kind and none)."""
    by_sentence: dict[int, Listed] = {}
    for r, f in amounts:
        by_sentence.setdefault(r.si, []).append((r, f))
    for listed in by_sentence.values():
        if len(listed) < 2:
            continue
        for f in [f for r, f in listed if _with_item(r)]:
            if f.kind is not None:
                continue
            kinds = {
                g.kind for _, g in listed if g.kind and g.unit == f.unit and g.subject == f.subject
            }
            if len(kinds) == 1:
                f.kind = kinds.pop()


def sentence_kinds(percentages: Listed) -> None:
    """Run ``SENTENCE_KIND_RULES`` over the percentages of each sentence."""
    by_sentence: dict[int, Listed] = {}
    for r, f in percentages:
        by_sentence.setdefault(r.si, []).append((r, f))
    for listed in by_sentence.values():
        for rule in SENTENCE_KIND_RULES:
            rule(listed)


# «... با سرمایه‌گذاری ۱۱۱۲ میلیارد ریال و ایجاد اشتغال برای ۳۱۲ نفر و ... با دستور وزیر»
# where the page ends: the last sentence cut before its verb (round 43)
_SENTENCE_CLOSED_RE = re.compile(r"[.!?؟…»)\]]\s*$")


def cut_sentence_continues(read: Listed) -> None:
    """The last sentence of a text cut off before its verb (no closing stop, no verb of
    its own, none of its figures with a kind) goes on with the statement before: its
    figures take the kind the figures of the sentence before all share («... با
    سرمایه‌گذاری ۲۴۰ میلیارد ریال و اشتغال‌زایی برای ۲۰ نفر افتتاح شد. در شهرستان سیرجان هم
    پروژه ... با سرمایه‌گذاری ۱۱۱۲ میلیارد ریال و اشتغال ۳۱۲ نفر ...» where the page ends:
    actual, as the list's opening verb)."""
    if not read:
        return
    last_r = read[-1][0]
    doc, sent = last_r.doc, last_r.sent
    if sent.end < len(doc.text.rstrip()) or _SENTENCE_CLOSED_RE.search(doc.text, sent.start):
        return
    cut = [(r, f) for r, f in read if r.si == last_r.si]
    if any(f.kind is not None for _, f in cut) or len(cut) == len(read):
        return
    f_ = doc.folded
    if ACTUAL_RE.search(f_, sent.start, sent.end) or FORECAST_RE.search(f_, sent.start, sent.end):
        return
    before = [f for r, f in read if r.si == cut[0][0].si - 1]
    kinds = {f.kind for f in before}
    if len(kinds) != 1 or None in kinds:
        return
    kind = kinds.pop()
    for _, f in cut:
        f.kind = kind
