"""Units: a number becomes a figure only when a unit follows it (or «٪»/«%» precedes it).

That one rule already drops years («سال ۱۴۰۳»), article numbers («اصل ۹۰»), news codes and
ordinals. Durations («۲ سال اخیر», «۶ ماه نخست») are periods, never figures.
"""

from __future__ import annotations

import re

from crawler.data import load
from crawler.extraction.figures.cues import DIGIT_RE
from crawler.extraction.lexicon import (
    AREA_AFTER_METRE_RE,
    AREA_BEFORE_METRE_RE,
    BUILT_LINE_RE,
    CASE_IDIOM_AFTER_RE,
    CASE_IDIOM_NOUN,
    CLASS_THRESHOLD_BEFORE_RE,
    CLASS_THRESHOLD_LAST_WORDS,
    CLASS_THRESHOLD_TAIL,
    CONTAINER_NOUNS,
    COUNT_NOUNS,
    DESTINATION_EXAMPLES_RE,
    DESTINATION_FLOW_RE,
    DESTINATION_NOUN_RE,
    DIMENSION_BEFORE_RE,
    EMPHATIC_BEFORE_RE,
    EXTENT_AFTER_RE,
    EXTENT_BEFORE_RE,
    EXTENT_WITH_RE,
    FLOW_COUNT_MIN,
    FLOW_NOUN_RE,
    FLOW_NOUNS,
    GLUED_UNIT_RE,
    IMPLIED_MONEY_RE,
    IN_CASES_BEFORE_RE,
    IN_CASES_NOUNS,
    KINDS_IN_DIGITS_ONLY,
    LABEL_STRICT_RE,
    LABOUR_FORCE_AFTER_RE,
    LENGTH_UNITS,
    LOCATION_AFTER_RE,
    LOCATION_BEFORE_RE,
    MEASURE_WORD_RE,
    MONEY_UNITS,
    NEGATED_VERB_RE,
    NEVER_COUNTED_RE,
    NOT_COUNTED_AFTER_RE,
    NOT_COUNTED_PHRASE_RE,
    NUMBERED_FACILITY_RE,
    ONE_THING_BEFORE_RE,
    OPEN_COUNT_MIN,
    OPEN_NOUN_RE,
    OPEN_PASSIVE_AFTER_RE,
    PER_UNIT_BEFORE_RE,
    PER_UNIT_WORD,
    POPULATION_ADJECTIVE_PLACE_RE,
    POPULATION_AFTER_RE,
    POPULATION_BEFORE_RE,
    POPULATION_COUNTED,
    POPULATION_SHARE_RE,
    PRE_BLOCK_RE,
    QUALIFIER_RE,
    RANGE_FROM,
    RANGE_JOINS,
    RANGE_TO,
    REFERENCE_PERSON_BEFORE_RE,
    REFERENCE_UNITS,
    REFERS_BACK_BEFORE_RE,
    RESIDENTS_BEFORE_RE,
    SCALES,
    SERVED_POPULATION_RE,
    SPEECH_COLON_RE,
    SUBJECT_RE,
    TIME_AFTER_RE,
    TON_PERSON_RE,
    TOTALITY_BEFORE_RE,
    UNIT_AFTER_RE,
    UNREPORTED_UNITS,
    VERB_STOP_RE,
    WHERE_BEFORE_RE,
    WHERE_PLACES,
    WHERE_REACH,
    WITH_POPULATION_RE,
    YEAR_OWNER_BEFORE_RE,
)
from crawler.extraction.numbers import NumberSpan
from crawler.extraction.persian import WB_L, WB_R, alt, seq

PCT_BEFORE_RE = re.compile(r"[%٪]\s?$")
_SPACES_RE = re.compile(r"\s+")
# «۱۵ تا ۲۰ درصد», «بین ۲ الی ۳ هزار تن», «از ۶۴ به ۷۰ بندر»: the first number opens a range
# and shares the other end's unit.
_RANGE_JOINS = frozenset({*RANGE_JOINS, RANGE_TO, "-", "–"})
# «۲ و ۳ درصد», «25، 20، 12 و 7 درصد»: the items of a list share the unit written after the
# last one.
_LIST_JOINS = frozenset({"و", "،", ","})
# «فسا با ۳۹۳ سامانه، اقلید با ۲۵۸ و بوانات با ۲۰۸ سامانه»: items of a ranking, each named
# and its amount after «با», share the unit written after the last one
_WITH_ITEM_JOIN_RE = re.compile(r"(?:و|،|,)\s?(?:[^\s\d.،,:؛]+\s){1,3}با")
_WITH_BEFORE_RE = re.compile(WB_L + r"با\s?$")
# How many numbers a list may run over before its unit.
_LIST_MAX = 6
# «از ۶۴ به ...», «از کیلویی ۲۰ هزار به کیلویی ۲۴ هزار تومان»: a price range's ends may
# each carry the distributive word of the price
_FROM_BEFORE_RE = re.compile(WB_L + re.escape(RANGE_FROM) + r"(?:\s" + PER_UNIT_WORD + r")?\s?$")
_PER_UNIT_END_RE = re.compile(r"\s" + PER_UNIT_WORD + "$")
# whether a threshold's last word stands in the characters before a number: one search of
# the words as plain text (the same test as ``w in tail`` for one of them, with no slice
# and no generator per number)
_CLASS_THRESHOLD_GUARD = re.compile("|".join(map(re.escape, CLASS_THRESHOLD_LAST_WORDS)))
# «۹۳ - ۹۲», «۹۸ تا ۱۴۰۰»: the number closes a range
_RANGE_END_BEFORE_RE = re.compile(r"\d\s?(?:-|–|تا)\s?$")
_SCALE_RES = {word: re.compile(WB_L + word + WB_R) for word in SCALES}
# «یک واحد» is the indefinite article, not a count (surfaces are folded: «يک» is «یک»)
_INDEFINITE = ("یک",)
# «یک فقره درخواست»: a classifier that only counts makes «یک» the number one
_CLASSIFIERS_AFTER_ONE = frozenset(load("counted_nouns.json")["classifiers_after_one"])
# «۳ همت», «۱۲۰ م.م.ک», «۱۲ گیگاوات»: an abbreviated scale and unit -> (unit, factor)
SCALED_UNITS: dict[str, tuple[str, int]] = {
    code: (unit, int(factor)) for code, (unit, factor) in load("units.json")["scaled"].items()
}

Unit = tuple[str, str | None, int]  # (unit code, counted noun or None, end offset)

# «۷۹۳۸ تعداد طرح», «۲۴۰ تعداد واحد»: a redundant word of quantity between a number and its
# counted noun (counted_nouns.json 'fillers_before_noun'); the noun after it is counted
_FILLERS_BEFORE_NOUN = tuple(load("counted_nouns.json")["fillers_before_noun"])
_FILLER_RE = re.compile(r"\s?(?:" + "|".join(map(re.escape, _FILLERS_BEFORE_NOUN)) + r")\s")

# «۹۰۰ طرح نیمه‌تمام صنعتی بالای ۵۰ درصد»: a threshold right after a count of things (a
# known counted noun and up to four words qualifying it) names the class of the things
# counted by a size, not an amount of its own (units.json 'class_thresholds'); a «با»
# phrase names what is measured, an amount the gold reports («۲۰ واحد صنعتی با پیشرفت
# فیزیکی بالای ۶۰ درصد»)
_CLASS_THRESHOLDS = seq(load("units.json")["class_thresholds"])
_THRESHOLD_END_RE = re.compile(rf"(?:{_CLASS_THRESHOLDS})\s?$")
_COUNTED_CLASS_BEFORE_RE = re.compile(
    rf"\d\s?(?:{alt(COUNT_NOUNS)})(?:ی|یی|\s?ای)?(?:\s(?!با\s)[^\s\d.،,:؛]+){{0,4}}\s(?:{_CLASS_THRESHOLDS})\s?$"
)


# «۱۱۷۸ شناور زیر یکهزار تن و مابقی بالای یکهزار تن»: a threshold right after a word for
# the rest of the things counted (kind_cues.json 'remainder_words') sizes that rest's class
_REMAINDER_CLASS_BEFORE_RE = re.compile(
    WB_L + rf"(?:{seq(load('kind_cues.json')['remainder_words'])})\s(?:{_CLASS_THRESHOLDS})\s?$"
)


def _class_of_counted(folded: str, num: NumberSpan) -> bool:
    """«۹۰۰ طرح نیمه‌تمام بالای ۵۰ درصد», «۶۰ پروژه عمرانی بالای ۸۰ درصد پیشرفت»: the number
    after the threshold sizes the class of the things counted before it (or of the rest
    of them: «... و مابقی بالای هزار تن»)."""
    if not _THRESHOLD_END_RE.search(folded, max(0, num.start - 14), num.start):
        return False  # the cheap test: most numbers follow no threshold word
    return bool(
        _COUNTED_CLASS_BEFORE_RE.search(folded, max(0, num.start - 90), num.start)
        or _REMAINDER_CLASS_BEFORE_RE.search(folded, max(0, num.start - 30), num.start)
    )


# «با ۴ درصد افت مفید»: a quality allowance a purchase is priced on (units.json
# 'purchase_allowances'), a term, not an amount
_ALLOWANCE_AFTER_RE = re.compile(
    r"\s?(?:" + seq(load("units.json")["purchase_allowances"]["after"]) + ")" + WB_R
)


def _noun_after_filler(folded: str, num: NumberSpan) -> Unit | None:
    """The counted noun after a filler word right after the number, if one is there."""
    if not folded.startswith(_FILLERS_BEFORE_NOUN, num.end + 1) and not folded.startswith(
        _FILLERS_BEFORE_NOUN, num.end
    ):
        return None  # the cheap test: most numbers are followed by no filler
    filler = _FILLER_RE.match(folded, num.end)
    m = UNIT_AFTER_RE.match(folded, filler.end() - 1) if filler else None
    if m is None or m.lastgroup != "count" or NOT_COUNTED_AFTER_RE.match(folded, m.end()):
        return None
    return "count", _SPACES_RE.sub(" ", m.group("count")).lower(), m.end()


# «( ۲۱ هزار و ۸۰۰ ) ریال», «(۱۲) درصد»: a number set alone in brackets, its unit right
# after the closing bracket (a measure unit only: «(۲) واحد» numbers a list item)
_OPEN_BRACKET_BEFORE_RE = re.compile(r"\(\s?$")
_CLOSE_BRACKET_RE = re.compile(r"\s?\)")


def _unit_after_bracket(folded: str, num: NumberSpan) -> Unit | None:
    if ")" not in folded[num.end : num.end + 2]:
        return None
    opened = _OPEN_BRACKET_BEFORE_RE.search(folded, max(0, num.start - 2), num.start)
    if opened is None or PRE_BLOCK_RE.search(folded, max(0, opened.start() - 12), opened.start()):
        return None  # «در سال (۱۴۰۲) ...», «بند (۳) ...»: a year or a label in brackets
    close = _CLOSE_BRACKET_RE.match(folded, num.end)
    m = UNIT_AFTER_RE.match(folded, close.end()) if close else None
    if m is None or m.lastgroup in ("count", "times"):
        return None  # «جزء (۴) برابر با ...»: «equal to», after an item's number
    code = "percent" if m.lastgroup == "pct" else m.lastgroup
    assert code is not None
    return code, None, m.end()


def unit_at(folded: str, num: NumberSpan) -> Unit | None:
    """(unit, counted noun or None, end offset) for the unit right after a number."""
    m = UNIT_AFTER_RE.match(folded, num.end)
    if m is None and (bracketed := _unit_after_bracket(folded, num)) is not None:
        return bracketed
    if m is None or m.end() - num.end > 40:
        if PCT_BEFORE_RE.search(folded, max(0, num.start - 2), num.start):
            return "percent", None, num.end
        if (glued := GLUED_UNIT_RE.match(folded, num.end)) is not None:
            # «۹۰ درصدروان», «۱۶ هزار نفرتعهد»: glued to the next word
            return str(glued.lastgroup), None, glued.end()
        return _noun_after_filler(folded, num)
    code = m.lastgroup
    if code == "pct":
        return "percent", None, m.end()
    if code == "count":
        if NOT_COUNTED_AFTER_RE.match(folded, m.end()):
            if num.value >= FLOW_COUNT_MIN and (flow := FLOW_NOUN_RE.match(folded, m.end())):
                # «۷۵۷ هزار و ۲۱۴ مورد بازدید»: visits counted in thousands are a flow
                flow_noun = flow.group("noun")
                return FLOW_NOUNS.get(flow_noun, "count"), flow_noun, flow.end()
            return None  # «۴۳ فقره تذکر»: warnings and inspections are not economic figures
        noun = _SPACES_RE.sub(" ", m.group("count")).lower()  # «TEU» is the list's «teu»
        if noun == CASE_IDIOM_NOUN and CASE_IDIOM_AFTER_RE.match(folded, m.end()):
            return None  # «ساری ۲۰۲۲ مورد توجه گردشگران»: an idiom, no noun counted
        return "count", noun, m.end()
    if code == "ton" and TON_PERSON_RE.match(folded, m.end()):
        return "person", None, m.end()
    assert code is not None
    return code, None, m.end()


# «در سال ۹۶ گمرک انزلی ...», «از سال ۹۸»: a year written with two digits after «سال» and
# a preposition of time
_YEAR_HEAD_RE = re.compile(WB_L + r"(?:در|از|طی)\s?سال\s?$")
# «سال ۱۱٫۲ درصد», «سالهای ۲.۵ درصد»: the year word right before a number
_YEAR_WORD_BEFORE_RE = re.compile(WB_L + r"سال(?:\s?های)?\s?:?\s?$")


def _quantity(folded: str, num: NumberSpan) -> bool:
    """After a blocking word («منطقه», «سال») the number is still a quantity when a unit
    follows and it cannot be a year: «منطقه ۳۲ هکتار», «تا پایان سال ۲ هزار و ۵۰۰ شغل»,
    but not «سال ۱۴۰۳ طرح‌های ...» nor a two-digit year («در سال ۹۶ گمرک انزلی ...»); a
    two-digit number with a unit of measure right after it («در سال ۱۶ تن زعفران تولید
    می‌شود»: a yearly amount) is a quantity: a year is not written before a unit."""
    value = num.value
    if isinstance(value, float) and not value.is_integer():
        # «بند ۲.۱», «نسخه ۳.۵»: a section or version number; but no year has decimals
        # («جمعیت بالای ۱۰ سال ۱۱٫۲ درصد»: the age class's «سال», then a percentage)
        return (
            _YEAR_WORD_BEFORE_RE.search(folded, max(0, num.start - 8), num.start) is not None
            and unit_at(folded, num) is not None
        )
    if 1300 <= value <= 1500 or 1900 <= value <= 2100 or value < 10:
        return False
    if (
        value < 100
        and _bare(num)
        and _YEAR_HEAD_RE.search(folded, max(0, num.start - 12), num.start)
        and not _measured(folded, num)  # «در سال ۱۶ تن زعفران»: a unit of measure, no year
    ):
        return False
    return unit_at(folded, num) is not None


def _shared_unit(
    folded: str, num: NumberSpan, following: list[NumberSpan]
) -> tuple[Unit, int | float] | None:
    """The unit and value of ``num`` when it opens a range («۹۵۰ هزار تا یک میلیون تن») or
    is an item of a list whose unit follows its last item («۲۵، ۲۰، ۱۲ و ۷ درصد»); kind and
    subject are then read after the whole range or list. Each end is read on its own: a
    scale word written only on the last end («۳۶۰ تا ۳۸۰ هزار تن») serves a bare first end,
    never one with a scale of its own, and a range's lower end stays below its upper end."""
    prev = num
    closes_range = _RANGE_END_BEFORE_RE.search(folded, max(0, num.start - 8), num.start)
    for other in following[:_LIST_MAX]:
        join = folded[prev.end : other.start].strip()
        if prev is num and join.startswith(RANGE_TO):
            join = _PER_UNIT_END_RE.sub("", join)  # «... به کیلویی ۲۴ هزار تومان»
        if join in _RANGE_JOINS and prev is num:
            after_from = _FROM_BEFORE_RE.search(folded, max(0, num.start - 16), num.start)
            if join == RANGE_TO and not after_from:
                return None  # «به» joins a range only after «از»: «از ۶۴ به ۷۰ بندر»
            found = unit_at(folded, other)
            if found is None:
                return None
            return found, _lower_end(num, other)
        ranked = join not in _LIST_JOINS and _with_item(folded, prev, join)
        if closes_range or (join not in _LIST_JOINS and not ranked):
            return None  # «سال زراعی ۹۳-۹۲، ۱۹۰ نفر»: a range's end is no item of the list
        found = unit_at(folded, other)
        if found is None and ranked:  # «... و بوانات با ۲۰۸ سامانه»: any counted noun
            found = open_count(folded, other)
        if found is not None:
            return found, _with_scale(num, other)
        prev = other
    return None


def _with_item(folded: str, prev: NumberSpan, join: str) -> bool:
    """«اقلید با ۲۵۸ و بوانات با ۲۰۸ سامانه»: the number after «با» and the next item, named
    and after «با» too, are items of one ranking (the cheap test first: the join ends in
    «با»)."""
    return (
        join.endswith("با")
        and _WITH_ITEM_JOIN_RE.fullmatch(join) is not None
        and _WITH_BEFORE_RE.search(folded, max(0, prev.start - 4), prev.start) is not None
    )


def _with_scale(num: NumberSpan, other: NumberSpan) -> int | float:
    """``num`` with the scale words of ``other`` when it has none of its own."""
    if any(_SCALE_RES[word].search(num.surface) for word in SCALES):
        return num.value
    return num.value * _scale_missing(num.surface, other.surface)


def _lower_end(num: NumberSpan, other: NumberSpan) -> int | float:
    """A range's lower end: «۸۰۰ تا یک میلیون» is 800 thousand, not 800 million."""
    value = _with_scale(num, other)
    while value > other.value and value != num.value and value >= 1000 * num.value:
        value //= 1000
    return value


def _scale_missing(first: str, second: str) -> int:
    """The scale words («هزار», «میلیون», ...) of ``second`` that ``first`` lacks, multiplied."""
    factor = 1
    for word, scale in SCALES.items():
        if _SCALE_RES[word].search(second) and not _SCALE_RES[word].search(first):
            factor *= scale
    return factor


def read_unit(
    folded: str,
    num: NumberSpan,
    following: list[NumberSpan],
    previous: NumberSpan | None = None,
) -> tuple[Unit, int | float] | None:
    """The number's unit and its value in that unit, or None when it is not a figure
    (a label such as «اصل ۹۰», a duration, no unit, an indefinite «یک واحد»).
    ``previous`` is the number before ``num`` in the text, if any."""
    if PRE_BLOCK_RE.search(folded, max(0, num.start - 16), num.start) and not _quantity(
        folded, num
    ):
        return None
    if previous is not None and _label_continued(folded, num, previous):
        return None
    if (1300 <= num.value <= 1500 or 1900 <= num.value <= 2100) and _dated_year(folded, num):
        return None  # «تا دوم فروردین ماه 1403، 17 هزار نفر»: the date's year, no list item
    if TIME_AFTER_RE.match(folded, num.end):
        return None
    if _bare(num) and LABEL_STRICT_RE.search(folded, max(0, num.start - 10), num.start):
        return None  # «اسکله شماره ۱۳ بندر», «سامانه ۱۲۴ سازمان»: a name or a code
    if _year_pair(folded, num, following, previous):
        return None  # «سال آبی ۹۹-۹۸ سد ...», «سال زراعی ۱۴۰۲-۱۴۰۱»: a span of two years
    found = unit_at(folded, num)
    value = num.value
    if found is None and (shared := _shared_unit(folded, num, following)):
        found, value = shared
    if found is None and (found := open_count(folded, num)) is None:
        return None
    unit, noun, unit_end = found
    if _numbered_facility(folded, num, unit_end):
        return None  # «اسکله ۳۲ بندر شهید رجایی»: the berth's number
    if unit == "count" and _places_described(folded, num, noun, previous):
        return None  # «۲۲ پروژه در ۱۷ شهر استان», «تمامی ۲۶ شهر استان»
    if unit in UNREPORTED_UNITS:
        return None  # «۸۱ هزار کیلومتر مربع»: a place's area
    if unit in LENGTH_UNITS and EXTENT_AFTER_RE.match(folded, unit_end):
        return None  # «۸۰۰ کیلومتر مرز ساحلی»: a place's extent
    if unit in LENGTH_UNITS and EXTENT_BEFORE_RE.search(folded, max(0, num.start - 45), num.start):
        return None  # «مساحت ... را ۷۱ هزار کیلومتر اعلام کرد»: a place's size, not an amount
    if unit in LENGTH_UNITS and _location(folded, num, unit_end):
        return None  # «در ۴۵ کیلومتری جنوب شازند»: where something is
    if unit in LENGTH_UNITS and EXTENT_WITH_RE.match(folded, unit_end):
        return None  # «۲۳۰ کیلومتر با کشور عراق مرز مشترک دارد»: a place's extent
    if unit in LENGTH_UNITS and _dimension_of_thing(folded, num, unit_end):
        return None  # «تورهایی با ارتفاع ۷ تا ۱۰ متر», «در عمق ۱۴ متری»: one thing's size
    if unit == "m" and folded[unit_end - 1] != "ی" and _area_in_metres(folded, num, unit_end):
        unit = "m2"  # «۲۰۰ متر زمین», «متراژ زمین هر واحد ۳۰۰ متر»: an area in bare metres
    if unit in SCALED_UNITS:
        unit, factor = SCALED_UNITS[unit]
        big = value * factor
        value = int(big) if float(big).is_integer() else big
    if unit == "count" and num.surface.strip() in _INDEFINITE:
        if noun not in _CLASSIFIERS_AFTER_ONE and not _count_list_item(
            folded, num, unit_end, following, previous
        ):
            return None
    if (
        unit == "count"
        and noun in KINDS_IN_DIGITS_ONLY
        and value < 10
        and not DIGIT_RE.search(num.surface)
    ):
        return None  # «در دو نوع گندم معمولی و گندم نان»: the kinds listed, no count
    if (
        unit in REFERENCE_UNITS
        and num.surface.strip() in _INDEFINITE
        and _rate_in_sentence(folded, num, following, previous)
    ):
        return None  # «قیمت یک مترمربع», «تولید یک تن فولاد»: the unit a rate refers to
    if (
        unit == "person"
        and num.surface.strip() in _INDEFINITE
        and REFERENCE_PERSON_BEFORE_RE.search(folded, max(0, num.start - 16), num.start)
    ):
        return None  # «معادل مصرف سرانه یک نفر»: the person a use refers to
    if unit in LENGTH_UNITS and _size_of_one_thing(folded, num, unit_end):
        return None  # «یک شناور ۲۲۹ متری»: the size of the one thing named
    if unit == "count" and NOT_COUNTED_PHRASE_RE.match(folded, num.end):
        return None  # «در سه سایت خبری منتشر شد»: web sites, no count of the economy
    if unit == "count" and _refers_back(folded, num):
        return None  # «برای این سه طرح»: the schemes listed before, no new count
    if noun in IN_CASES_NOUNS and _in_cases(folded, num, unit_end):
        return None
    if (unit == "person" or noun in POPULATION_COUNTED) and _population(folded, num, unit_end):
        return None
    if unit == "percent" and _population_share(folded, unit_end):
        return None  # «۴ درصد جمعیت استان را عشایر تشکیل می‌دهند»: demography
    if noun in POPULATION_COUNTED and _one_village_size(folded, num):
        return None  # «روستای چنشت با حدود ۵۰۰ خانوار»: one village's size
    if unit == "person" and _population_adjective(folded, num, unit_end):
        return None  # «استان ۶ میلیون و ۴۰۰ هزار نفری خراسان رضوی»: the place's size
    if unit == "percent" and "افت" in folded[unit_end : unit_end + 4]:
        if _ALLOWANCE_AFTER_RE.match(folded, unit_end):
            return None  # «با ۴ درصد افت مفید»: a term of purchase, not an amount
    if unit == "percent" and _budget_line(folded, num, unit_end):
        return None  # «اعتبار ردیف سه درصد نفت و گاز»: the name of a budget line
    if value == 0 and unit in _COUNTED_UNITS:
        return None  # «۰ نفر», «0 مورد»: a page's counter of likes or comments counts nothing
    if PER_UNIT_BEFORE_RE.search(folded, max(0, num.start - 12), num.start):
        return None  # «به ازای هر یک کیلوگرم»: the denominator of a rate
    tail_at = max(0, num.start - CLASS_THRESHOLD_TAIL)
    if _CLASS_THRESHOLD_GUARD.search(
        folded, tail_at, num.start
    ) and CLASS_THRESHOLD_BEFORE_RE.search(folded, max(0, num.start - 40), num.start):
        return None  # «شناورهای بالای هزار تن»: a class of things, not an amount
    if _class_of_counted(folded, num):
        return None  # «۹۰۰ طرح نیمه‌تمام بالای ۵۰ درصد»: the class of the things counted
    if value == 1 and unit in MONEY_UNITS and _not_a_single(folded, num, unit_end):
        return None  # «یک ریال تخصیص نیافت»: the idiom, not an amount
    return (unit, noun, unit_end), value


# How far after «یک ریال» its clause's verb may stand.
_NEGATION_REACH = 60


# Marks that end a sentence (and, for a clause, the comma) in the windows below.
_SENTENCE_STOPS = (".", "؛", "\n")
_COMMA_CLAUSE_STOPS = (".", "؛", "،", "\n")


def _start_after_stop(folded: str, start: int, end: int, stops: tuple[str, ...]) -> int:
    """The window's start moved past the last stop mark before ``end``: a cue must stand in
    the number's own sentence (or clause), not in the one before it."""
    for stop in stops:
        cut = folded.rfind(stop, start, end)
        if cut >= 0:
            start = cut + 1
    return start


def _end_before_stop(folded: str, start: int, end: int, stops: tuple[str, ...]) -> int:
    """The window's end moved back to the first stop mark after ``start``: what follows the
    number counts only up to the end of its own sentence (or clause)."""
    for stop in stops:
        cut = folded.find(stop, start, end)
        if cut >= 0:
            end = cut
    return end


def _not_a_single(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«حتی یک ریال از این اعتبار پرداخت نشد», «یک تومان هم به پیمانکار نرسیده»: a money
    amount of one after «حتی»/«هیچ» or before a negated verb in its clause says nothing was
    paid; it is no amount the article reports."""
    if EMPHATIC_BEFORE_RE.search(folded, max(0, num.start - 8), num.start):
        return True
    end = _end_before_stop(
        folded, unit_end, min(len(folded), unit_end + _NEGATION_REACH), _COMMA_CLAUSE_STOPS
    )
    return NEGATED_VERB_RE.search(folded, unit_end, end) is not None


# Between a count's noun and the next item of a list of counts: up to two words (the
# noun's qualifiers, «صنعتی»), then «و» or a comma.
_ITEM_GAP_RE = re.compile(r"(?:\s?[^\s\d.:؛،,]+){0,2}\s?[و،,]\s?")


def _count_list_item(
    folded: str,
    num: NumberSpan,
    unit_end: int,
    following: list[NumberSpan],
    previous: NumberSpan | None,
) -> bool:
    """«استان یک شهر صنعتی و ۱۳ شهرک دارد», «۱۳ شهرک و یک ناحیه صنعتی»: «یک» before a
    counted noun is an indefinite article, except as an item of a list of counts, where it
    is the count of one."""
    if following:
        nxt = following[0]
        gap = _ITEM_GAP_RE.fullmatch(folded, unit_end, nxt.start)
        found = unit_at(folded, nxt) if gap else None
        if found is not None and found[0] == "count":
            return True
    if previous is None:
        return False
    found = unit_at(folded, previous)
    if found is None or found[0] != "count" or found[2] > num.start:
        return False
    return _ITEM_GAP_RE.fullmatch(folded, found[2], num.start) is not None


def _in_cases(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«در ۱۲ مورد دیگر نرخ بیکاری کمتر است»: «در» + number + a noun of cases says in how
    many respects something holds, unless a qualifier names what is counted."""
    if not IN_CASES_BEFORE_RE.search(folded, max(0, num.start - 4), num.start):
        return False
    named = QUALIFIER_RE.match(folded, unit_end) or SUBJECT_RE.match(folded, unit_end + 1)
    return named is None


_AND_ONLY_RE = re.compile(r"\s?و\s?")


def _label_continued(folded: str, num: NumberSpan, previous: NumberSpan) -> bool:
    """«ماده ۱۱ و ۱۲ نظارت ...», «اصول ۴۴ و ۴۵», «فاز ۱۳ و ۲۴»: a bare number joined by «و»
    to a label of as many digits continues the list of labels; it is no quantity. One
    followed right by a unit of measure starts a new clause's amount instead («... در سال
    ۹۷ و ۷۰ هکتار نیز در سال ۹۸»): labels are not measured in hectares or tonnes."""
    return (
        _bare(num)
        and _bare(previous)
        and len(num.surface) == len(previous.surface)
        and _AND_ONLY_RE.fullmatch(folded, previous.end, num.start) is not None
        and PRE_BLOCK_RE.search(folded, max(0, previous.start - 16), previous.start) is not None
        and not _quantity(folded, previous)
        and not _measured(folded, num)
    )


def _measured(folded: str, num: NumberSpan) -> bool:
    """A unit of measure (no counted noun, no percent) right after the number."""
    m = UNIT_AFTER_RE.match(folded, num.end)
    return m is not None and m.group("count") is None and m.group("pct") is None


_DASHES = ("-", "–")


def _year_pair(
    folded: str, num: NumberSpan, following: list[NumberSpan], previous: NumberSpan | None
) -> bool:
    """Two consecutive years joined by a dash («سال آبی ۹۹-۹۸», «سال زراعی ۱۴۰۲ - ۱۴۰۱»,
    «سال تحصیلی ۰۳-۰۲») name one farming, water or school year: neither end counts what
    follows. Both ends are bare and written in two digits or as a solar year, one apart."""
    near = folded[max(0, num.start - 3) : num.end + 3]
    if "-" not in near and "–" not in near or not _bare(num):
        return False
    for a, b in ((num, following[0] if following else None), (previous, num)):
        if a is None or b is None or not _bare(a) or not _bare(b):
            continue
        if folded[a.end : b.start].strip() not in _DASHES or abs(a.value - b.value) != 1:
            continue
        if all(len(x.surface) == 2 or 1300 <= x.value <= 1500 for x in (a, b)):
            return True
    return False


def _dated_year(folded: str, num: NumberSpan) -> bool:
    """A bare number in the range of years (the caller tests the range) right after a
    month written with «ماه» or a budget word («فروردین ماه 1403», «قانون بودجه 1402») is
    the year of that date or law: it counts nothing, nor does it open a list («1403، 17
    هزار و 330 نفر»)."""
    if not _bare(num):
        return False
    return YEAR_OWNER_BEFORE_RE.search(folded, max(0, num.start - 16), num.start) is not None


def _bare(num: NumberSpan) -> bool:
    """A number written as one digit group, with no scale word: what a code looks like."""
    return num.surface.isdigit() and float(num.value).is_integer()


# nothing but spaces up to the end of the text
_TEXT_END_RE = re.compile(r"\s*$")
# a label's colon, or the end of a range whose start was not a count
_OPEN_BLOCK_BEFORE_RE = re.compile(r"(?::|\d\s?(?:تا|-|–))\s?$")


def _area_in_metres(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """A bare «متر» is an area when land or floor space is named right after it («۲۰۰ متر
    زمین») or before it in its clause («متراژ زمین هر واحد ۳۰۰ متر», «زیربنای هر خانه ۱۲۰
    متر»), as everyday copy writes an area."""
    if AREA_AFTER_METRE_RE.match(folded, unit_end):
        return True
    before = folded[max(0, num.start - 70) : num.start]
    return ("زمین" in before or "بنا" in before or "اعیان" in before) and bool(
        AREA_BEFORE_METRE_RE.search(before)
    )


def open_count(folded: str, num: NumberSpan) -> Unit | None:
    """A count of a noun the counted-noun list does not know: «۱۰ ترانس برق», «۶ هزار و ۸۰۰
    پایه», «۴۵۳۷ فرصت». Counts of things in economic news are open-ended, so any noun may
    be counted, but only a number written with digits or a scale word («یک هزار زمین»),
    of at least ``OPEN_COUNT_MIN``, not a year, right before the noun; and not before what
    a number describes without counting it (months, places, ranks, meetings, measures,
    ages, function words: 'never_counted')."""
    value = num.value
    if isinstance(value, float) or value < OPEN_COUNT_MIN:
        return None
    if not DIGIT_RE.search(num.surface) and not any(w in num.surface for w in SCALES):
        return None  # «سه بانک»: a few things named in words, not a reported count
    if (1300 <= value <= 1500 or 1900 <= value <= 2100) and not any(
        w in num.surface for w in SCALES
    ):
        return None  # «۱۴۰۲ شمسی», «1397 مصوب»: a year
    if (
        value < 100
        and _bare(num)
        and YEAR_OWNER_BEFORE_RE.search(folded, max(0, num.start - 16), num.start)
    ):
        return None  # «قانون بودجه ۹۹ درآمد استان»: the budget's year
    if (dest := _destinations(folded, num)) is not None:
        return dest  # «به ۵۰ کشور صادر می‌شود»: the countries goods go to
    if value >= FLOW_COUNT_MIN and (flow := FLOW_NOUN_RE.match(folded, num.end)):
        noun = flow.group("noun")
        return FLOW_NOUNS.get(noun, "count"), noun, flow.end()  # «۳۹۶ هزار سفر»: trips
    if (
        UNIT_AFTER_RE.match(folded, num.end)
        or NEVER_COUNTED_RE.match(folded, num.end)
        or NOT_COUNTED_AFTER_RE.match(folded, num.end)
        or MEASURE_WORD_RE.match(folded, num.end)
    ):
        return None  # a known word refused by the unit rules, never a count, or a measure
    if _OPEN_BLOCK_BEFORE_RE.search(
        folded, max(0, num.start - 12), num.start
    ) and not SPEECH_COLON_RE.search(folded, max(0, num.start - 20), num.start):
        return None  # «شناسه مطلب : 13310 ارسال», «سالهای ۹۰ تا ۹۵ تعطیل»
    m = OPEN_NOUN_RE.match(folded, num.end)
    if m is None:
        return None
    noun = m.group("noun")
    if _TEXT_END_RE.match(folded, m.end()):
        return None  # «... به مبلغ ۲۱ میلیا»: a word cut off where the text ends
    tail = folded[m.end() : m.end() + 8]  # cheap guard: the stems of 'passive_after_noun'
    if ("ش" in tail or "گرد" in tail) and OPEN_PASSIVE_AFTER_RE.match(folded, m.end()):
        return None  # «... ۱۰۰ هزار معرفی شدند»: a compound verb's nominal, not a noun counted
    if noun.endswith(("ها", "های", "هایی")) or _plural_in_at(noun):
        return None  # «۸۲ دستگاه‌های اجرایی»: a plural after a year counts nothing
    after = UNIT_AFTER_RE.match(folded, m.end())
    if after and after.lastgroup != "count" and not _container(noun):
        return None  # «380 هزاجر تن»: a misspelt scale before a unit, not a counted noun
    if noun.endswith("ی") and noun[:-1] in COUNT_NOUNS:
        noun = noun[:-1]  # «۱۱ روستای بخش مرکزی»: a known noun with its ezafe
    return "count", noun, m.end()


# how far after the counted countries the flow of goods may be named, within the clause
_DESTINATION_REACH = 150
# ... and after a list of the countries named as examples («نظیر آلمان، ایتالیا، ...»)
_DESTINATION_LIST_REACH = 400


def _destinations(folded: str, num: NumberSpan) -> Unit | None:
    """«به ۵۰ کشور صادر می‌شود», «۳۰ کشور مقصد صادرات»: countries are places, never counted
    on their own, but countries a clause sends goods to are the destinations of exports."""
    m = DESTINATION_NOUN_RE.match(folded, num.end)
    if m is None:
        return None
    reach = _DESTINATION_REACH
    if DESTINATION_EXAMPLES_RE.match(folded, m.end()):
        reach = _DESTINATION_LIST_REACH  # the countries named as examples before the flow
    end = _end_before_stop(folded, m.end(), min(len(folded), m.end() + reach), _SENTENCE_STOPS)
    if reach == _DESTINATION_LIST_REACH and (verb := VERB_STOP_RE.search(folded, m.end(), end)):
        # the flow must come before the clause's first verb («... دیدار کرد و درباره صادرات»)
        flow = DESTINATION_FLOW_RE.search(folded, m.end(), end)
        if flow is not None and flow.start() > verb.start():
            end = verb.start()
    if DESTINATION_FLOW_RE.search(folded, m.end(), end) is None and not _flow_before(folded, num):
        return None
    noun = m.group("noun").strip()
    return "count", noun, m.end()


# «۹۵ اعتبارات»: an Arabic plural in «ات» counts nothing (counted_nouns.json 'plurals_in_at')
_PLURALS_IN_AT = load("counted_nouns.json")["open_count"]["plurals_in_at"]
_PLURAL_AT_MIN = int(_PLURALS_IN_AT["min_length"])
_SINGULARS_IN_AT = frozenset(_PLURALS_IN_AT["singulars"])
_COUNTED_AT_ENDINGS = tuple(_PLURALS_IN_AT["counted_endings"])


def _plural_in_at(noun: str) -> bool:
    """«اعتبارات», «تسهیلات», «خدمات»: a noun in the Arabic plural is no counted noun
    (one counts in the singular), unless it is a singular that ends in «ات» («قنات»)."""
    return (
        noun.endswith("ات")
        and len(noun) >= _PLURAL_AT_MIN
        and noun not in _SINGULARS_IN_AT
        and not noun.endswith(_COUNTED_AT_ENDINGS)
    )


def _flow_before(folded: str, num: NumberSpan) -> bool:
    """«با صادرات ۱۴۰۰ قلم کالا به ۹۰ کشور دنیا», «محصولات به ۳۰ کشور صادر شده و ...»:
    countries right after «به» in a clause that named the flow of goods before them
    (within the sentence) are the destinations too, as when the flow follows them."""
    if not folded[max(0, num.start - 4) : num.start].rstrip().endswith("به"):
        return False
    start = _start_after_stop(
        folded, max(0, num.start - _DESTINATION_REACH), num.start, _SENTENCE_STOPS
    )
    return DESTINATION_FLOW_RE.search(folded, start, num.start) is not None


def _container(noun: str) -> bool:
    """«قوطی», «بسته», «کارتن‌های»: a pack or container counted, whose product may begin
    with a unit word («۲۶۸ میلیون قوطی تن ماهی»: tuna, not tonnes)."""
    return noun in CONTAINER_NOUNS or noun.removesuffix("ی") in CONTAINER_NOUNS


# units that count people or things: a count of zero of them reports nothing
_COUNTED_UNITS = frozenset({"count", "person"})


def _population_adjective(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«استان ۶ میلیون و ۴۰۰ هزار نفری خراسان رضوی», «شهر ۲۰۰ هزار نفری بروجرد»: persons
    in the adjectival form right after a place noun are the place's population used to
    describe it; an amount stays when another noun heads it («اشتغالزایی ۳۳۰ نفری»)."""
    if not folded[num.end : unit_end].endswith("ی"):
        return False
    return (
        POPULATION_ADJECTIVE_PLACE_RE.search(folded, max(0, num.start - 14), num.start) is not None
    )


def _size_of_one_thing(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«یک شناور ۲۲۹ متری», «یک دستگاه جرثقیل ۵۰ متری»: a length in its adjectival form
    right after «یک» and the thing it sizes describes that one thing (a vessel's length, a
    crane's reach); it is not an amount the article reports («جاده ۴۵ کیلومتری» and
    «۱۲ کشتی ۲۰ هزار تنی» stay)."""
    return folded[num.end : unit_end].endswith("ی") and bool(
        ONE_THING_BEFORE_RE.search(folded, max(0, num.start - 30), num.start)
    )


# How far before a length «طول» may stand, and after its unit, for a line built to be named.
_BUILT_BEFORE, _BUILT_AFTER = 60, 25
# How far before a length its dimension noun may stand.
_DIMENSION_REACH = 40
_DIMENSION_WORDS = tuple(load("units.json")["dimension_before"])

_BUDGET_LINES = load("units.json")["budget_line_percents"]
_BUDGET_LINE_AFTER_RE = re.compile(r"\s?(?:" + seq(_BUDGET_LINES["after"]) + ")" + WB_R)
_BUDGET_LINE_BEFORE_RE = re.compile(WB_L + "(?:" + seq(_BUDGET_LINES["before"]) + ")" + WB_R)
_BUDGET_LINE_MAX = float(_BUDGET_LINES["max_value"])
_BUDGET_LINE_REACH = int(_BUDGET_LINES["reach"])


def _budget_line(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«اعتبار ردیف سه درصد نفت و گاز»: a small percentage of oil revenue after a budget
    word (in its sentence) names the levy's budget line, no figure ('budget_line_percents')."""
    if num.value > _BUDGET_LINE_MAX or not _BUDGET_LINE_AFTER_RE.match(folded, unit_end):
        return False
    start = _start_after_stop(
        folded, max(0, num.start - _BUDGET_LINE_REACH), num.start, _SENTENCE_STOPS
    )
    return _BUDGET_LINE_BEFORE_RE.search(folded, start, num.start) is not None


_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")


def _rate_in_sentence(
    folded: str, num: NumberSpan, following: list[NumberSpan], previous: NumberSpan | None
) -> bool:
    """Whether the sentence of «یک» + unit holds another number, the rate the unit is the
    reference of («قیمت یک مترمربع ... ۳۵ میلیون تومان», «از سطح یک هکتار، ۱۵ نفر ...»);
    alone in its sentence it is an amount of one unit («از بازگشت یک هکتار زمین کشاورزی
    به چرخه تولید خبر داد», «این رقم به یک تن طلا افزایش یابد»; round 43)."""
    if previous is not None and not _SENTENCE_END_RE.search(folded, previous.end, num.start):
        return True
    return bool(following) and not _SENTENCE_END_RE.search(folded, num.end, following[0].start)


def _dimension_of_thing(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«تورهایی با ارتفاع ۷ تا ۱۰ متر و طول هزار و ۲۰۰ متر», «در عمق ۱۴ متری دریا»,
    «قایقی به طول ۱۲ متر», «لوله‌هایی با قطر ۱.۲ متر»: a length right after a dimension
    noun in its clause is the size of one thing (a net, a boat, a well, a pipe), not an
    amount the article reports. «طول» stays a figure when a line, pipe, road, canal or
    network built is named near it («خط انتقال به طول ۲۰ کیلومتر», «طول شبکه ریلی ...»):
    what is built is the economic amount."""
    before = folded[max(0, num.start - _DIMENSION_REACH) : num.start]
    if not any(word in before for word in _DIMENSION_WORDS):
        return False  # the cheap test first: most lengths have no dimension noun before
    m = DIMENSION_BEFORE_RE.search(folded, max(0, num.start - _DIMENSION_REACH), num.start)
    if m is None:
        return False
    if not m.group(1).lstrip().startswith("طول"):
        return True
    window = folded[max(0, num.start - _BUILT_BEFORE) : min(len(folded), unit_end + _BUILT_AFTER)]
    return BUILT_LINE_RE.search(window) is None


def _numbered_facility(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«اسکله ۳۲ بندر شهید رجایی», «سکوی ۱۲ پارس جنوبی», «پایانه ۲ فرودگاه»: a bare number
    right after a facility that ports, fields and airports number is that facility's
    number, not a count of the noun after it. A size in adjectival form («اسکله ۵ هزار
    تنی», «ترمینال ۱۲۰۰ تنی») is the facility's capacity and stays a figure."""
    if not _bare(num) or folded[num.end : unit_end].endswith("ی"):
        return False
    return NUMBERED_FACILITY_RE.search(folded, max(0, num.start - 12), num.start) is not None


_CLAUSE_STOPS = (".", "؛", "\n", "!", "؟", ":")


def _places_described(folded: str, num: NumberSpan, noun: str, previous: NumberSpan | None) -> bool:
    """A count of places that only describes where or which: «۲۲ پروژه گازرسانی در ۱۷
    شهر استان», «ساخت ۷۳۰ واحد مسکن در ۶۰ روستای قصرقند» («در» + places right after a
    count of the things done there, in one clause) and «تمامی ۲۶ شهر استان» (a word of
    totality names the whole set). Places served («آبرسانی به ۱۳ شهر») stay counts, and
    so do places after a count of people («آب ۴۵۶ هزار نفر در ۱۳ شهر را تامین می‌کند»):
    where the people served live is the scheme's coverage, as the gold has it, and so is
    «ساکن در» (round 29: «مجتمع آبرسانی برای جمعیت ساکن در ۱۹۹۹ روستا», h26b05)."""
    if noun.removesuffix("ی") not in WHERE_PLACES and noun not in WHERE_PLACES:
        return False
    window = max(0, num.start - 10)
    if TOTALITY_BEFORE_RE.search(folded, window, num.start):
        return True
    if previous is None or not WHERE_BEFORE_RE.search(folded, window, num.start):
        return False
    if RESIDENTS_BEFORE_RE.search(folded, max(0, num.start - 16), num.start):
        return False  # «برای جمعیت ساکن در ۱۹۹۹ روستا»: the people of the places, served
    if num.start - previous.end > WHERE_REACH:
        return False
    between = folded[previous.end : num.start]
    if any(stop in between for stop in _CLAUSE_STOPS) or _headline_slash(between):
        return False
    found = unit_at(folded, previous)
    # «۸۷ درصد در ۲۴ شهر زندگی می‌کنند»: a share placed in places says where it is, too
    return found is not None and found[0] in _WHERE_AFTER_UNITS and found[2] <= num.start


def _headline_slash(between: str) -> bool:
    """«افتتاح ۳۳۳ واحد مسکونی در ماه آینده/ساخت مسکن در ۲۰ شهر استان»: a slash between
    words (not digits: «۱۴۰۲/۵/۱», «۵/۵ درصد») parts the items of a headline as a full stop
    parts sentences; the places after it are no longer where the count before it is."""
    if "/" not in between:
        return False
    return any(
        not (between[i - 1 : i].isdigit() and between[i + 1 : i + 2].isdigit())
        for i, ch in enumerate(between)
        if ch == "/"
    )


# counts and shares that places after «در» locate («۴۰۰ کارگاه در ۱۲ شهرستان»,
# «۶۰ درصد واحدها در ۱۲ شهرستان»)
_WHERE_AFTER_UNITS = frozenset({"count", "percent"})


def _refers_back(folded: str, num: NumberSpan) -> bool:
    """«برای این سه طرح ۲۰۰ میلیارد ریال», «همین چهار واحد»: a small count written in
    words right after a demonstrative names things the text listed before; a count in
    digits after «این» («انتفاع این ۲۰ طرح») is still reported, as the gold has it."""
    if DIGIT_RE.search(num.surface):
        return False
    return REFERS_BACK_BEFORE_RE.search(folded, max(0, num.start - 8), num.start) is not None


def _location(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«در ۴۵ کیلومتری جنوب شازند», «۱۲ کیلومتری مرز»: a distance in its adjectival form
    after «در» or before a direction or a place says where something is; it is not an
    amount («جاده ۴۵ کیلومتری» stays a length)."""
    if not folded[num.end : unit_end].endswith("ی"):
        return False
    return bool(
        LOCATION_AFTER_RE.match(folded, unit_end)
        or LOCATION_BEFORE_RE.search(folded, max(0, num.start - 8), num.start)
    )


# a digit right before a place class: the places are counted («۱۷ روستای ...»), so a
# threshold word after them approximates their total, it names no class of places
# (or a place word right before: «۱۷ روستای شهرستان دشتی»); round 30: so are places referred
# back to («به این تعداد روستا بیش از ۱۱ هزار خانوار», «این روستاها»: the places just counted)
_COUNTED_PLACES_RE = re.compile(r"(?:\d\s?(?:[^\s\d.،,؛:]+\s?)?|" + WB_L + r"این\s?(?:تعداد\s?)?)$")


# «روستای گردشگری چنشت با حدود ۵۰۰ خانوار»: households after «با» that one village named
# before (its singular ezafe «روستای», no number counting villages) holds size that place
_ONE_VILLAGE_WITH_RE = re.compile(
    WB_L + r"روستای\s(?:[^\s\d.،,:؛]+\s){1,5}با\s(?:[^\s\d.،,:؛]+\s){0,2}$"
)


def _one_village_size(folded: str, num: NumberSpan) -> bool:
    if "روستای" not in folded[max(0, num.start - 80) : num.start]:
        return False  # the cheap test
    m = _ONE_VILLAGE_WITH_RE.search(folded, max(0, num.start - 80), num.start)
    return m is not None and not _COUNTED_PLACES_RE.search(
        folded, max(0, m.start() - 20), m.start()
    )


def _population(folded: str, num: NumberSpan, unit_end: int) -> bool:
    """«شهرهای بالای ۲۵ هزار نفر», «با جمعیت یک میلیون نفر», «۲۵ هزار نفر جمعیت»: the
    size of a place describes it; it is not an amount the article reports. A labour-force
    group («۱۲۰ هزار نفر جمعیت فعال») is counted, not a place's size."""
    after = POPULATION_AFTER_RE.match(folded, unit_end)
    if after is not None:
        return LABOUR_FORCE_AFTER_RE.match(folded, after.end()) is None
    m = POPULATION_BEFORE_RE.search(folded, max(0, num.start - 40), num.start)
    if m is None or _COUNTED_PLACES_RE.search(folded, max(0, m.start() - 20), m.start()):
        return False  # «به ۱۷ روستای دشتی بیش از ۱۸۰۳ خانوار»: the places' total, no class
    return not (
        WITH_POPULATION_RE.match(folded, m.start()) and _served(folded, m.start(), unit_end)
    )


# How far after «درصد جمعیت» its clause may say where people live or which part they make.
_SHARE_CLAUSE = 80
_CLAUSE_ENDS = ".،,؛\n"


def _population_share(folded: str, unit_end: int) -> bool:
    """«۴ درصد جمعیت استان را عشایر به خود اختصاص داده‌اند», «۱.۳ درصد جمعیت کشور در این
    منطقه زندگی می‌کنند»: a percent of the population whose clause says where people live
    or which part of it a group makes is demography, no figure; a population a service
    reaches («... از نعمت گاز برخوردار هستند») stays ('served_population')."""
    after = POPULATION_AFTER_RE.match(folded, unit_end)
    if after is None:
        return False  # the cheap test
    hi = min(len(folded), after.end() + _SHARE_CLAUSE)
    for i in range(after.end(), hi):
        if folded[i] in _CLAUSE_ENDS:
            hi = i
            break
    return bool(
        POPULATION_SHARE_RE.search(folded, after.end(), hi)
        and not SERVED_POPULATION_RE.search(folded, after.end(), hi)
    )


# How far from «با جمعیت» a word may say that a service reaches the population.
_SERVED_BEFORE, _SERVED_AFTER = 120, 60


def _served(folded: str, start: int, end: int) -> bool:
    """«تامین آب شرب ۲۰ شهرستان ... با جمعیت ۲ میلیون نفر»: the sentence around a place's
    population says a service supplies or covers it (see 'served_population')."""
    lo = folded.rfind(".", max(0, start - _SERVED_BEFORE), start) + 1 or max(
        0, start - _SERVED_BEFORE
    )
    hi = folded.find(".", end, end + _SERVED_AFTER)
    hi = hi if hi >= 0 else end + _SERVED_AFTER
    return bool(
        SERVED_POPULATION_RE.search(folded, lo, start)
        or SERVED_POPULATION_RE.search(folded, end, hi)
    )


# How far apart the amounts of one list of prices stand.
_LIST_GAP = 80
# «۳۶۵ میلیارد اعتبار»: nouns after a bare money scale that make it money (``MoneySeen.credit``)
CREDIT_NOUNS_AFTER_SCALE = frozenset(load("units.json")["credit_nouns_after_scale"])
# A number that ends its line: spaces, then a line break or the end of the text
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")
# «هر کیلوگرم ۶۲۰۰», «کیلویی ۶۲۰۰»: a price's per-unit words right before it
_PRICED_PER_BEFORE_RE = re.compile(
    rf"(?:{WB_L}هر\s?(?:{seq(load('units.json')['price_per_after_each'])})|{PER_UNIT_WORD})\s?:?\s?$"
)


class MoneySeen:
    """The money unit of the latest amount, for a later amount written without one."""

    def __init__(self) -> None:
        self.unit: str | None = None
        self.end = -1

    def note(self, unit: str, unit_end: int) -> None:
        if unit in MONEY_UNITS:
            self.unit, self.end = unit, unit_end

    def implied(
        self, folded: str, num: NumberSpan, following: list[NumberSpan]
    ) -> tuple[Unit, int | float] | None:
        """The money unit of an amount written without one: see ``_carried`` and
        ``_between``."""
        return (
            self._between(folded, num, following)
            or self._list_price(folded, num)
            or self._carried(folded, num)
        )

    def credit(
        self,
        folded: str,
        num: NumberSpan,
        found: tuple[Unit, int | float],
        following: list[NumberSpan],
    ) -> tuple[Unit, int | float] | None:
        """«اختصاص ۳۶۵ میلیارد اعتبار»: billions with no unit before a credit noun
        (units.json 'credit_nouns_after_scale') are money, not a count of credits: in the
        money unit of the amount before, or else of the first money amount after it (a
        headline takes the body's unit); with none in sight, no figure. Any other reading
        is returned as found."""
        (unit, noun, _), _value = found
        if unit != "count" or noun not in CREDIT_NOUNS_AFTER_SCALE:
            return found
        if not IMPLIED_MONEY_RE.search(folded, num.start, num.end):
            return found
        money = self.unit
        if money is None:
            for nxt in following:
                after = unit_at(folded, nxt)
                if after is not None and after[0] in MONEY_UNITS:
                    money = after[0]
                    break
        if money is None:
            return None
        return (money, None, num.end), num.value

    def _list_price(self, folded: str, num: NumberSpan) -> tuple[Unit, int | float] | None:
        """«۳ـ پیاز هر کیلوگرم ۴۶۰۰ تومان / ۴ـ خیار هر کیلوگرم ۶۲۰۰ / ۵ـ ...»: in a list of
        prices, one per line, an item whose price closes its line with no unit after a
        per-unit word («هر کیلوگرم», «کیلویی») is in the money unit of the item before it."""
        if self.unit is None or num.start - self.end > _LIST_GAP:
            return None
        if not _LINE_END_RE.match(folded, num.end):
            return None  # the cheap test: most numbers do not end their line
        if not _PRICED_PER_BEFORE_RE.search(folded, max(0, num.start - 16), num.start):
            return None
        if "\n" not in folded[self.end : num.start]:
            return None  # the item before is on a line of its own
        return (self.unit, None, num.end), num.value

    def _between(
        self, folded: str, num: NumberSpan, following: list[NumberSpan]
    ) -> tuple[Unit, int | float] | None:
        """«گوشت ... شصت و پنج هزار تومان، تخم مرغ هشت هزار و ۹۰۰ و مرغ ... دوازده هزار و
        ۹۰۰ تومان»: in a list of prices, an amount in thousands or more between two amounts
        in one money unit, within the sentence, is in that unit too."""
        if self.unit is None or not following or num.start - self.end > _LIST_GAP:
            return None
        nxt = following[0]
        if nxt.start - num.end > _LIST_GAP or not any(w in num.surface for w in SCALES):
            return None
        if "." in folded[self.end : nxt.start]:
            return None
        found = unit_at(folded, nxt)
        if found is None and following[1:]:
            # «هندوانه ۴ هزار و ۵۰۰ و خربزه ۱۱ تا ۱۲ هزار تومان»: the next price is a range
            shared = _shared_unit(folded, nxt, following[1:])
            found = shared[0] if shared else None
        if found is None or found[0] != self.unit:
            return None
        return (self.unit, None, num.end), num.value

    def _carried(self, folded: str, num: NumberSpan) -> tuple[Unit, int | float] | None:
        """«... ۲۷۰ میلیارد ریال ... در بخش تکلیفی نیز ۶۸ میلیارد به ۲۵۰۰ نفر پرداخت شد»:
        billions with no unit, a few sentences after an amount in money, are that money."""
        if self.unit is None or num.start - self.end > 400:
            return None
        if not IMPLIED_MONEY_RE.search(folded, num.start, num.end):
            return None
        return (self.unit, None, num.end), num.value
