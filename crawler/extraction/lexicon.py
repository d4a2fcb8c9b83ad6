"""Every extraction lexicon, loaded from ``crawler/data/*.json`` and compiled here, once.

A linguist adds a word to the JSON file of its family (each documented by its ``_about``
key); no Python changes. This module only turns the word lists into the patterns the
rules use; the order of a list is kept where the data file says order matters.
"""

from __future__ import annotations

import re
from fractions import Fraction

from crawler.data import load
from crawler.extraction.persian import (
    JALALI_MONTHS,
    RAW_JOIN,
    WB_L,
    WB_R,
    LabelledWords,
    Prefiltered,
    alt,
    flex,
    fold,
    groups,
    key,
    literal_led,
    phrase_starts,
    seq,
    two_lists_re,
    whole_word_alt,
    word_alt,
    word_trie,
    words_re,
)

_UNITS = load("units.json")
_COUNTED = load("counted_nouns.json")
_SUBJECTS = load("subject_cues.json")
_KINDS = load("kind_cues.json")


def kind_anchors(*keys: str) -> tuple[str, ...]:
    """The first word (folded) of every phrase of the 'kind_cues' lists ``keys``: a match
    of a pattern built from those lists (``words_re``, ``word_alt``, ``word_trie``, ``alt``)
    starts with one of them as written, so a rule that needs such a match in a window can
    be left out where none of them stands (``figures.model.needs``)."""
    return tuple(dict.fromkeys(fold(p).split()[0] for key in keys for p in _KINDS[key]))


_GRAMMAR = load("grammar.json")
_CAL = load("calendar.json")
_NAMES = load("given_names.json")
_TOWNS = load("cities.json")["cities"]
_NAME_PARTS = load("name_parts.json")
_ROLES = load("roles.json")
_AGENCIES = load("agencies.json")
_SPEECH = load("speech.json")
_NUMBERS = load("number_words.json")
_OUTSIDE = load("outside_economy.json")


def _labels(key: str) -> frozenset[str]:
    return frozenset(_SUBJECTS[key])


# ---------------------------------------------------------------- grammar
# (every branch opens with a literal: see ``persian.literal_led``)
CLAUSE_END_RE = re.compile(
    r":|؛|"
    + literal_led(
        _GRAMMAR["finite_verbs"],
        r"[\w\u200c]",
        RAW_JOIN,
        tail=r"(?:[\u200c ]?(?:" + seq(_GRAMMAR["auxiliaries"]) + r"))?\s+و(?=\s)",
    )
)
# a closing parenthesis ends the noun phrase of an amount given in parentheses
# («حامل جو (۵۴ هزار تن) در بندر ...»: the port is not what was carried)
NP_STOP_RE = re.compile(r"[،,)]|" + WB_L + f"(?:{seq(_GRAMMAR['np_stops'])})" + WB_R + r"|\d")
PREP_RE = words_re(_GRAMMAR["prepositions"])
# Round 35: a phrase naming a cause («بر اثر بارش‌ها», «به دلیل خشکسالی»)
CAUSE_RE = words_re(_GRAMMAR["cause_openers"])
THAT_RE = words_re(_GRAMMAR["complementizers"])
VERB_STOP_RE = words_re(_GRAMMAR["verb_stops"])
# the finite verbs of 'verb_stops' (not the prefix «می», which opens names too: «می متالز»,
# nor «که»): a credit that holds one is a piece of a sentence, no outlet
FINITE_VERB_WORDS = frozenset(fold(w) for w in _GRAMMAR["verb_stops"]) - {"می", "که"}
BARE_VERB_RE = words_re(_GRAMMAR["bare_verbs"])
_THIS = seq(_GRAMMAR["demonstratives"])
ANAPHOR_BEFORE_RE = re.compile(WB_L + rf"(?:{_THIS})\s?(?:{seq(_GRAMMAR['anaphor_nouns'])})" + WB_R)
COUNT_ANAPHOR_RE = re.compile(WB_L + rf"(?:{_THIS})\s?(?:{seq(_GRAMMAR['count_anaphor'])})" + WB_R)
ANAPHOR_AFTER_RE = re.compile(r"\s?(?:از\s)?(?:" + seq(_GRAMMAR["pronouns_after"]) + ")" + WB_R)

# ---------------------------------------------------------------- numbers
# «چهاردرصد»: units a number word may be glued to
GLUED_NUMBER_UNITS: list[str] = _NUMBERS["glued_units"]
# «صدرصد»: units a number word ending in their first letter is glued to, sharing it
SHARED_LETTER_UNITS: list[str] = _NUMBERS["glued_units_sharing_first_letter"]
# «حدود نه درصد»: units after which a lone «نه» is nine, not the negation
NINE_BEFORE_UNITS: list[str] = [fold(w) for w in _NUMBERS["nine_before_units"]]
NUMBER_WORDS: dict[str, dict[str, Fraction]] = {
    cls: {w: Fraction(v) for w, v in words.items()}
    for cls, words in _NUMBERS.items()
    if isinstance(words, dict)
}
ORDINAL_ONES: list[str] = _NUMBERS["ordinal_ones"]
SCALES: dict[str, int] = {w: int(v) for w, v in NUMBER_WORDS["scales"].items()}
# Words around numbers that join, bound or blur them (the same file, '_about' says how).
RANGE_JOINS: tuple[str, ...] = tuple(fold(w) for w in _NUMBERS["range_joins"])
RANGE_FROM, RANGE_TO = (fold(w) for w in _NUMBERS["from_to"])
BETWEEN = seq(_NUMBERS["between"])
VAGUE_QUANTITIES = seq(_NUMBERS["vague_quantities"])

# ---------------------------------------------------------------- units
UNIT_WORDS: list[tuple[str, list[str]]] = [(u["code"], u["words"]) for u in _UNITS["units"]]
POWER_UNITS = frozenset(_UNITS["power"])
RATED_POWER_UNITS = frozenset(_UNITS["rated_power"])
MONEY_UNITS = frozenset(_UNITS["money"])
IMPLIED_MONEY_RE = words_re(_UNITS["implied_money_scales"])
COUNT_NOUNS: dict[str, str | None] = _COUNTED["nouns"]
# «۴۲ نوع» counts kinds; «دو نوع گندم ...» in words names the kinds listed
KINDS_IN_DIGITS_ONLY = frozenset(_COUNTED["kinds_in_digits_only"])
# «اشتغال ایجاد شده را ۷۱۴ مورد ذکر کرد»: a generic classifier counting the jobs named before it
JOB_CLASSIFIERS = frozenset(_COUNTED["jobs_by_case"]["classifiers"])
JOBS_BEFORE_RE = re.compile(
    word_alt(_COUNTED["jobs_by_case"]["jobs_before"]) + r"[^.:؛!?\n\d]{0,60}$"
)
# Counted people and jobs: the figure is in persons («۲ میلیون مسافر», «۱۲۰۰ فرصت شغلی»).
# A compound noun is also written glued when the page lost its ZWNJ («ثبت‌نام‌کننده» ->
# «ثبتنامکننده», «مراجعه‌کننده» -> «مراجعهکننده»): both spellings count persons.
PERSON_COUNT_NOUNS: frozenset[str] = frozenset(
    form
    for noun in _COUNTED["persons"] + _COUNTED["demonyms"]
    for form in (noun, noun.replace(" ", ""))
)
# «یک هزار روستایی» (villagers) but «مجتمع ۸۹ روستایی» (a scheme's size in villages)
PERSONS_UNLESS_AFTER: dict[str, re.Pattern[str]] = {
    noun: re.compile(word_alt(heads) + r"\s?$")
    for noun, heads in _COUNTED["persons_unless_after"].items()
}
# «۷۵۲ روستایی بالای ۲۰ خانوار»: a village (indefinite «ی») sized by households, no villagers
_SIZED = _COUNTED["persons_unless_sized"]
SIZED_BY_HOUSEHOLDS_RE = re.compile(
    r"\s(?:"
    + seq([*_UNITS["thresholds"], *_SIZED["before_size"]])
    + r")\s?(?:[^\s.،,:؛]+\s?){1,4}?(?:"
    + seq(_SIZED["size_words"])
    + ")"
    + WB_R
)
SUBJECT_AFTER_NOUNS = frozenset(_COUNTED["subject_after"])
# round 28: «... ۲۰۵۰ فروند است»: a classifier that names what it counts when no noun follows
CLASSIFIER_LABELS: dict[str, str] = _COUNTED["classifier_labels"]
_NOUNS_BY_LABEL: dict[str, list[str]] = {}
for _noun, _label in COUNT_NOUNS.items():
    if _label and _label != "?":
        _NOUNS_BY_LABEL.setdefault(_label, []).append(_noun)
# «۳۰۰ دستگاه کامیون», «۲۱ فروند کشتی»: the counted noun after a classifier, by its label
COUNTED_NOUN_AFTER_RE = re.compile(r"\s?(?:" + groups(_NOUNS_BY_LABEL.items()) + ")" + WB_R)
# round 28: «۲۴۸۲ فقره واحد صنعتی»: a noun whose qualifier decides, after a classifier
UNDECIDED_NOUN_AFTER_RE = re.compile(
    r"\s?(?P<noun>" + seq(n for n, label in COUNT_NOUNS.items() if label == "?") + ")" + WB_R
)
CARRIERS = frozenset(_COUNTED["carriers"])
SERVED_NOUNS = frozenset(_COUNTED["served_nouns"])
PURCHASE_PLACES = frozenset(_COUNTED["purchase_places"])
# crops delivered to a buyer, growers and consignments of a purchase, crops paid for
DELIVERY_RE = words_re(_SUBJECTS["delivery_words"])
BUYER_PLACE_RE = words_re(_SUBJECTS["buyer_places"])
GROWER_RE = words_re(_SUBJECTS["grower_words"])
CROP_PAYMENT_RE = words_re(_SUBJECTS["crop_payment_words"])
GROWER_CLAIM_WORDS: tuple[str, ...] = tuple(_SUBJECTS["grower_claim_words"])
GROWER_CLAIM_RE = words_re(GROWER_CLAIM_WORDS)
# round 39: money paid to growers for something other than their crop (insurance, loans, aid)
GROWER_PAYMENT_STOP_RE = words_re(_SUBJECTS["grower_payment_stops"])
# growers named by their crop («گندمکاران»): paid, they are paid for that crop
CROP_GROWER_RE = words_re(_SUBJECTS["crop_grower_words"])
CROP_PURCHASE_STEM: str = _SUBJECTS["crop_purchase_stem"]
# «۵۳ هکتار دیگر»: the word after a unit that makes an amount more of the one before
MORE_OF_THE_SAME_WORD: str = _SUBJECTS["more_of_the_same_word"]
# «جابجایی ۹۰ هزار مسافر», «مسافران جابه‌جا شده»: passengers a carrier moved
_PASSENGERS_MOVED = _SUBJECTS["passengers_moved"]
PASSENGER_NOUN: str = _PASSENGERS_MOVED["noun"]
PASSENGER_MOVED_STEMS: tuple[str, ...] = tuple(_PASSENGERS_MOVED["stems"])
PASSENGER_MOVED_BEFORE: int = _PASSENGERS_MOVED["before"]
PASSENGER_MOVED_AFTER: int = _PASSENGERS_MOVED["after"]
# «مسافران ورودی/خروجی»: travellers counted by direction, arrivals and departures
TRAVELLER_DIRECTIONS: tuple[str, ...] = tuple(_SUBJECTS["traveller_directions"])
# round 39: land set aside «برای احداث/ساخت/ایجاد ...» something: read by what is built
LAND_PURPOSE_PHRASES: tuple[str, ...] = tuple(_SUBJECTS["land_purpose_phrases"])
LAND_PURPOSE_RE = words_re(LAND_PURPOSE_PHRASES)
LAND_PURPOSE_WINDOW: int = _SUBJECTS["land_purpose_window"]
CONSIGNMENT_NOUNS = frozenset(_SUBJECTS["consignment_nouns"])
MAKING_VERB_RE = words_re(_SUBJECTS["making_verbs"])
# «جابجایی ۹۰ هزار مسافر از فرودگاه»: passengers of a transport mode
PASSENGER_NOUNS = frozenset(_COUNTED["passengers"])
PASSENGER_MODE_RE = words_re(_COUNTED["passenger_modes"])
# round 24b: «کالا توسط ۶۱ هزار سفر جابجا شد»: trips that haul goods or people
HAULING_TRIP_NOUNS = frozenset(_COUNTED["hauling_trips"]["nouns"])
HAUL_RE = words_re(_COUNTED["hauling_trips"]["haul_words"])
CARRIED_FLOWS = frozenset(_COUNTED["carried_flows"])
# round 24: containers carry the one flow their clause names by a consignment adjective
FLOW_CONTAINERS = frozenset(_COUNTED["flow_containers"])
CARRIER_INSTRUMENT_RE = re.compile(word_alt(_COUNTED["carrier_instruments"]) + r"\s?$")
CARRIER_TRAFFIC_RE = words_re(_COUNTED["carrier_traffic"])
# round 34: vehicles counted in a sentence whose only flow is transit are the transit fleet
_TRANSIT_FLEET = _COUNTED["transit_fleet"]
TRANSIT_FLEET_CLASSIFIER: str = _TRANSIT_FLEET["classifier"]
TRANSIT_FLEET_WORDS = frozenset(_TRANSIT_FLEET["fleet_words"]) | CARRIERS
TRANSIT_FLEET_THEN = frozenset(_TRANSIT_FLEET["then_words"])
TRANSIT_CUE: str = _TRANSIT_FLEET["cue"]
# round 31: passenger vehicles entering a place are traffic, unless the clause names them
# imported into the country (counted_nouns.json 'passenger_carriers')
PASSENGER_CARRIERS = frozenset(_COUNTED["passenger_carriers"]["words"])
IMPORTED_VEHICLE_RE = re.compile(word_alt(_COUNTED["passenger_carriers"]["imported_words"]))
# round 26: a border people cross («مرز», «پایانه مرزی»): its passengers are transport
BORDER_CROSSING_RE = words_re(_COUNTED["border_crossings"])
# «۲۶۸ میلیون قوطی تن ماهی»: packs and containers counted; the product after them may
# begin with a unit word («تن ماهی», tuna)
CONTAINER_NOUNS = frozenset(_COUNTED["containers"])
FISHING_FLEET_RE = re.compile(r"\s?(?:" + seq(_COUNTED["fishing_fleet"]) + ")" + WB_R)
NOT_COUNTED_AFTER_RE = re.compile(r"\s?(?:" + seq(_COUNTED["not_counted_after"]) + ")" + WB_R)
# «سه سایت خبری»: a known noun («سایت») in a phrase that counts nothing the economy reports
NOT_COUNTED_PHRASE_RE = re.compile(r"\s?(?:" + seq(_COUNTED["not_counted_phrases"]) + ")" + WB_R)
# «ساری ۲۰۲۲ مورد توجه گردشگران»: «مورد» in an idiom («مورد توجه قرار گرفتن»), no noun counted
CASE_IDIOM_NOUN: str = _COUNTED["case_idioms"]["noun"]
CASE_IDIOM_AFTER_RE = re.compile(r"\s?(?:" + seq(_COUNTED["case_idioms"]["after"]) + ")" + WB_R)
# «۱۰ ترانس برق», «۶۸۰۰ پایه»: a count of a noun the list does not know (see 'open_count')
_OPEN = _COUNTED["open_count"]
OPEN_COUNT_MIN = int(_OPEN["min_value"])
OPEN_NOUN_RE = re.compile(
    r"[ ]?(?P<noun>[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{2,})"
    + WB_R
    + r"(?![ ]?های?"
    + WB_R
    + ")"
)
# «... بالای ۱۰۰ هزار معرفی شدند»: the open noun is a compound verb's nominal (round 42)
OPEN_PASSIVE_AFTER_RE = re.compile(r"\s?(?:" + seq(_OPEN["passive_after_noun"]) + ")" + WB_R)
# «۳۹۶ هزار سفر», «۳۰ هزار و ۸۳۸ بازدید»: events counted in thousands are a flow
_FLOWS = _OPEN["flows_counted_in_thousands"]
FLOW_COUNT_MIN = int(_FLOWS["min_value"])
FLOW_NOUNS: dict[str, str] = _FLOWS["nouns"]
FLOW_NOUN_RE = re.compile(r"[ ]?(?P<noun>" + seq(FLOW_NOUNS) + ")" + WB_R)
# «قانون بودجه ۹۹ درآمد ...», «فروردین ماه ۹۸ سرریز شد»: a two-digit year after the word
# it belongs to, a budget or a month written with «ماه»
YEAR_OWNER_BEFORE_RE = re.compile(
    WB_L + "(?:" + seq(_OPEN["year_owners"]) + "|(?:" + seq(_CAL["jalali_months"]) + r")\s?ماه)\s?$"
)
# «به ۵۰ کشور صادر می‌شود»: countries counted as the destinations of goods
DESTINATION_NOUN_RE = re.compile(
    r"[ ]?(?P<noun>" + seq(_OPEN["destinations"]["nouns"]) + ")" + WB_R
)
DESTINATION_SUBJECTS: dict[str, str] = {
    n: _OPEN["destinations"]["subject"] for n in _OPEN["destinations"]["nouns"]
}
DESTINATION_FLOW_RE = re.compile(WB_L + "(?:" + seq(_OPEN["destinations"]["flow_words"]) + ")")
# «به ۱۰۰ کشور دنیا نظیر آلمان، ایتالیا، ... صادر می‌شود»: examples listed after the countries
DESTINATION_EXAMPLES_RE = re.compile(
    r"[ ]?(?:دنیا|جهان)?[ ]?(?:" + seq(_OPEN["destinations"]["example_introducers"]) + ")" + WB_R
)
_MONTHS = [
    *_CAL["jalali_months"],
    *_CAL["month_variants"],
    *_CAL["gregorian_months"],
    *_CAL["gregorian_variants"],  # «۲۱ جولای ۲۰۱۸»: English-borrowed month names
]
# round 43: «تا ۲۵ آبان»: a day of a month right after a number: a date, no figure
MONTH_AFTER_DAY_RE = re.compile(r"[ ]?(?:" + seq([*_MONTHS, *_CAL["lunar_months"]]) + ")" + WB_R)
NEVER_COUNTED_RE = re.compile(
    r"[ ]?(?:"
    + seq([w for group in _OPEN["never_counted"].values() for w in group])
    + "|(?:"
    + seq([*_MONTHS, *_CAL["lunar_months"]])  # «تا ۲۱ رمضان»: a day of a lunar month
    + r")(?:[ ]?ماه)?)"
    # «رسیدهایم», «شدهاند»: a participle's ending glued on when the ZWNJ was dropped
    + rf"(?:(?<=ه)(?:{seq(_OPEN['glued_endings'])}))?"
    + WB_R
)
# «۲۲۹۵ مگاولت آمپر», «۶۳ کیلوولت», «۱۶ گیگابایت»: a unit of measure the record does not
# carry, written as a metric prefix and a base unit; the number before it counts nothing
MEASURE_WORD_RE = re.compile(
    r"[ ]?(?:" + seq(_OPEN["measure_prefixes"]) + r")[ ]?(?:" + seq(_OPEN["measure_stems"]) + ")"
)
UNIT_AFTER_RE = re.compile(
    rf"\s?(?:(?:{seq(_UNITS['fraction_words'])})\s)?(?:(?P<pct>[%٪])|(?:"
    + groups(UNIT_WORDS)
    # «۸۲ دستگاه‌های»: no count; «۹۰۰ هزار قطعهای»: «-ای» glued to a noun ending in «ه»;
    # «۸ روستای استان» (round 40): the ezafe «ی» of a noun ending in a long vowel
    + rf"|(?P<count>{alt(COUNT_NOUNS)})(?!\s?های?{WB_R})(?:(?<=ه)ای|(?<=[او])ی)?)"
    + rf"(?:{WB_R}|(?={seq(_UNITS['glued_after'])})"
    + rf"|(?=(?:{seq(_UNITS['glued_prepositions'])}){WB_R})))",
    re.IGNORECASE,  # Latin abbreviations in any case: «MW», «Kwh», «TEU»; Persian has none
)
_QUALIFIERS = load("qualifiers.json")
# «۱۹۴ واحد فعال پرورش مرغ»: a status adjective may stand before the qualifier
QUALIFIER_RE = re.compile(
    rf"\s?(?:(?:{seq(_QUALIFIERS['status'])})\s?)?(?:(?:{seq(_QUALIFIERS['industry_heads'])})\s)?(?:"
    + groups((q["label"], q["words"]) for q in _QUALIFIERS["qualifiers"])
    + rf"){WB_R}"
)
# round 38: «تعداد کل واحدهای مرغ گوشتی شیروان، ۱۰۱ واحد»: the plural and its count word
COUNTED_PLURAL_BEFORE_RE = re.compile(
    WB_L + "(?:" + seq(_QUALIFIERS["counted_plural_before"]["words"]) + ")"
)
COUNTED_PLURAL_WINDOW: int = _QUALIFIERS["counted_plural_before"]["window"]
TIME_AFTER_RE = re.compile(r"\s?(?:" + seq(_UNITS["durations"], " ") + ")" + WB_R)
# a number after a label is no quantity; the strict labels are labels too (each word once)
# a month name is a label too: «۴ فروردین ۹۵ وارد شدند», «دی ۱۹»: a day's year or a name
PRE_BLOCK_RE = re.compile(
    word_alt([*_UNITS["labels_before"], *_UNITS["labels_strict"], *_MONTHS]) + r"\s?:?\s?$"
)
# «اسکله شماره ۱۳ بندر»: a bare number after these is a name or a code, never a quantity
LABEL_STRICT_RE = re.compile(word_alt(_UNITS["labels_strict"]) + r"\s?:?\s?$")
# «شهرهای بالای ۲۵ هزار نفر», «با جمعیت یک میلیون نفر», «... نفر جمعیت»: a place's size
POPULATION_BEFORE_RE = re.compile(
    WB_L
    + "(?:(?:"
    + seq(_UNITS["population_before"])
    + ")|(?:"
    + seq(_UNITS["place_classes"])
    + r")\s?(?:\S+\s){0,2}(?:"
    + seq(_UNITS["thresholds"])
    + r"))\s?(?:\S+\s?){0,2}$"
)
# «۸۰۰ کیلومتر مرز ساحلی»: a length that describes a place; km² are not reported at all
EXTENT_AFTER_RE = re.compile(r"\s?(?:" + seq(_UNITS["extent_after"]) + ")" + WB_R)
# «۲۰۰ متر زمین», «۶۰ متر زیربنا»: a bare metre before land or floor space is an area
AREA_AFTER_METRE_RE = re.compile(r"\s?(?:" + seq(_UNITS["area_after_metre"]) + ")" + WB_R)
# «متراژ زمین هر واحد ۳۰۰ متر», «زیربنای هر خانه ۱۲۰ متر»: land or floor space named before a
# bare metre in its clause (no number, no clause break between) is an area too
AREA_BEFORE_METRE_RE = re.compile(
    word_alt(_UNITS["area_before_metre"]) + WB_R + r"[^.:؛!?\n\d،۰-۹]{0,50}$"
)
# «مساحت ... را ۷۱ هزار کیلومتر»: an area or a distance named before a length in its clause
EXTENT_BEFORE_RE = re.compile(word_alt(_UNITS["extent_before"]) + r"[^.:؛!?\n\d]*$")
UNREPORTED_UNITS = frozenset(_UNITS["unreported"])
# «۲۳۰ کیلومتر با کشور عراق مرز مشترک دارد»: the neighbour between a length and its extent
EXTENT_WITH_RE = two_lists_re(
    r"\s?با\s[^.:؛،!?\n\d]{1,40}?\s",
    seq(_UNITS["extent_after"]),
    r"\s?",
    _UNITS["extent_verbs"],
)
# «تورهایی با ارتفاع ۷ تا ۱۰ متر», «در عمق ۱۴ متری»: a dimension noun sizes one thing
DIMENSION_BEFORE_RE = re.compile(
    "("
    + word_alt(_UNITS["dimension_before"])
    + r")[^.:؛!?\n\d]{0,30}(?:\d[\d.٫/]*\s?(?:تا|الی|-)\s?)?$"
)
# «خط انتقال به طول ۲۰ کیلومتر»: the length of a line, pipe, road or network built
BUILT_LINE_RE = re.compile(
    word_alt(_UNITS["built_lines"]) + r"(?:\s?(?:ها|های|هایی)|ی)?" + WB_R
)  # «کانالی», «جاده‌های»
LENGTH_UNITS = frozenset({"km", "m"})
# «در ۴۵ کیلومتری جنوب شازند»: a distance in its adjectival form that places something
LOCATION_BEFORE_RE = re.compile(word_alt(_UNITS["location_before"]) + r"\s?$")
LOCATION_AFTER_RE = re.compile(r"\s?(?:" + seq(_UNITS["location_after"]) + ")" + WB_R)
POPULATION_COUNTED = frozenset(_UNITS["population_counted"])
# «با جمعیت» after a service that reaches the place: the population served is a figure
WITH_POPULATION_RE = re.compile(word_alt(_UNITS["served_population"]["with"]))
SERVED_POPULATION_RE = words_re(_UNITS["served_population"]["words"])
# round 45: «۴ درصد جمعیت استان را عشایر تشکیل می‌دهند»: where people live, a group's part
POPULATION_SHARE_RE = words_re(_UNITS["population_share_words"])
# round 27: «گازرسانی به ۲۴ روستا با جمعیتی ۴۴۰ نفر»: the persons right after «با جمعیت»
WITH_POPULATION_BEFORE_RE = re.compile(
    word_alt(_UNITS["served_population"]["with"]) + r"\s?(?:[^\s\d،,.:؛]+\s?){0,2}$"
)
# «در ۱۲ مورد دیگر»: in how many cases, not a count
IN_CASES_BEFORE_RE = re.compile(word_alt(_COUNTED["in_cases"]["before"]) + r"\s?$")
IN_CASES_NOUNS = frozenset(_COUNTED["in_cases"]["nouns"])
POPULATION_AFTER_RE = re.compile(r"\s?(?:" + seq(_UNITS["population_after"]) + ")" + WB_R)
LABOUR_FORCE_AFTER_RE = re.compile(r"\s?(?:" + seq(_UNITS["labour_force_after"]) + ")" + WB_R)
PER_UNIT_BEFORE_RE = re.compile(word_alt(_UNITS["per_unit_before"]) + r"\s?$")
TON_PERSON_RE = re.compile(r"\s?از\s?(?:" + seq(_UNITS["people_after_ton"]) + ")" + WB_R)
# «شناورهای بالای هزار تن», «وام‌های زیر ۱۰۰ میلیون تومان»: a class of things named by a size
# (not after a word that only ends in «ها», 'not_plurals': «تنها بالای هشت هزار تن»)
CLASS_THRESHOLD_BEFORE_RE = re.compile(
    "".join(rf"(?<!(?<!\w){fold(w)[:-2]})" for w in _UNITS["not_plurals"])
    + r"(?:ها|های|هایی)(?:\s[^\s\d.،,:؛]+)?\s(?:"
    + seq(_UNITS["class_thresholds"])
    + r")\s?$"
)
# The last word of each threshold («بالای», «زیر», «از»): a match ends with one of them and at
# most two characters after it (``\s?$`` before a final newline), so a window whose last
# characters hold none has no match (a substring test before the search)
CLASS_THRESHOLD_LAST_WORDS = tuple(
    sorted({fold(w).split()[-1] for w in _UNITS["class_thresholds"]})
)
CLASS_THRESHOLD_TAIL = max(map(len, CLASS_THRESHOLD_LAST_WORDS)) + 2
# «حتی یک ریال», «یک تومان هم ... پرداخت نشد»: the idiom «not a single rial»
EMPHATIC_BEFORE_RE = re.compile(word_alt(_UNITS["emphatic_before"]) + r"\s?$")
NEGATED_VERB_RE = re.compile(r"(?:^|\s)(?:" + seq(_UNITS["negated_verbs"]) + ")")
# «حدودهفت هزار», «بیش‌ازسه میلیون»: approximation words a number word may be glued to
GLUED_APPROX_WORDS: tuple[str, ...] = tuple(load("approximation.json")["glued_to_number_words"])
APPROX_BEFORE_RE = re.compile(
    WB_L
    + "(?:"
    + groups((a["approx"], a["words"]) for a in load("approximation.json")["approx"])
    + r")\s?$"
)

# ---------------------------------------------------------------- subjects
SUBJECT_CUES: list[tuple[str, list[str]]] = [(c["label"], c["words"]) for c in _SUBJECTS["cues"]]
SUBJECT_RE = LabelledWords(SUBJECT_CUES)
TOPIC_RE = re.compile(word_alt(_SUBJECTS["topic_openers"]) + r"\s?")
NON_FARM_LAND_RE = words_re(_SUBJECTS["non_farm_land"])
# round 37: stems found by substring (no regex): «گلخان» in any spacing of «گلخانه‌ای»
GREENHOUSE_STEMS: tuple[str, ...] = tuple(_SUBJECTS["greenhouse_stems"])


def names_greenhouses(folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` names greenhouses (a 'greenhouse_stems' substring)."""
    return any(folded.find(stem, lo, hi) >= 0 for stem in GREENHOUSE_STEMS)


# round 38: stems found by substring (no regex): a modern irrigation system named
IRRIGATION_SYSTEM_STEMS: tuple[str, ...] = tuple(_SUBJECTS["irrigation_system_stems"])
LAND_NOUNS_AFTER: tuple[str, ...] = tuple(_SUBJECTS["land_nouns_after"])
LAND_WINDOW: int = _SUBJECTS["land_window"]


def names_irrigation_system(folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` names a modern irrigation system ('irrigation_system_stems')."""
    return any(folded.find(stem, lo, hi) >= 0 for stem in IRRIGATION_SYSTEM_STEMS)


# round 42: «... هکتار از زمین‌های کشاورزی», «... هکتار اراضی زراعی»: land named as farmland
# right after a unit (matched at the unit's end)
FARMLAND_AFTER_RE = two_lists_re(
    r"\s*(?:از\s+)?", seq(LAND_NOUNS_AFTER), r"(?:\s?ها)?ی?\s+", _SUBJECTS["farmland_words"]
)


def names_land_after(folded: str, at: int) -> bool:
    """Whether a land noun ('land_nouns_after') stands within 'land_window' characters
    after ``at`` (the end of a unit): «۱۸ هزار هکتار از اراضی کشاورزی»."""
    return any(folded.find(noun, at, at + LAND_WINDOW) >= 0 for noun in LAND_NOUNS_AFTER)


WORK_RE = words_re(_SUBJECTS["at_work"])
# round 43: «اعتبارات سفر اول رییس جمهور», «سفرهای استانی»: a state trip's public money
STATE_TRIP_RE = words_re(_SUBJECTS["state_trip_words"])
# round 43: «ارتزاق ... ۴۰ هزار خانوار از طریق صید»: households living off an activity
LIVELIHOOD_WORDS = tuple(_SUBJECTS["livelihood_words"])
HOUSEHOLD_NOUNS = frozenset(_SUBJECTS["household_nouns"])
# round 26: at-work words that, after a role noun, say a trader is active, not employed
BUSINESS_ACTIVITY_RE = words_re(_SUBJECTS["business_activity_words"])
# round 27: «تبصره ۱۸» is a loan scheme, «تبصره‌ها و ردیف‌های بودجه‌ای» the budget's notes
LOAN_RE = re.compile(
    word_alt(_SUBJECTS["loan_words"])
    + WB_R
    + "|"
    + word_alt(_SUBJECTS["loan_words_singular"])
    + WB_R
    + r"(?!\s?ها)"
)
# round 42: «... واحد ... متقاضی دریافت تسهیلات ... هستند»: units named applicants for a loan
# round 42: occupations counted at work whose reading the lead left open (Round 27)
OCCUPATIONS_LEFT_OPEN = frozenset(_SUBJECTS["occupations_left_open"])
LOAN_APPLICANT_WORDS: tuple[str, ...] = tuple(_SUBJECTS["loan_applicant_words"])
LOAN_APPLICANT_RE = two_lists_re(
    WB_L, seq(LOAN_APPLICANT_WORDS), r"(?:\s\S+){0,2}\s", _SUBJECTS["loan_words"]
)
# round 25: named loan schemes («رونق تولید», «تبصره ۱۸»): their money and units are credit
LOAN_SCHEME_RE = words_re(_SUBJECTS["loan_schemes"])
LOAN_TERM_RE = words_re(_SUBJECTS["loan_terms"])
DEBT_RE = words_re(_SUBJECTS["debt_words"])
PAID_RE = re.compile(word_alt(_SUBJECTS["paid_words"]))
PUBLIC_FUNDS_RE = re.compile(word_alt(_SUBJECTS["public_funds_words"]))
# round 12: «اعتبار» of works opened, built or completed is public money spent on them
PUBLIC_WORKS_RE = re.compile(word_alt(_SUBJECTS["public_works_words"]))
NEED_RE = words_re(_SUBJECTS["need_words"])
PUBLIC_FINANCE_MIN: int = _SUBJECTS["public_finance_article"]["min_words"]
PUBLIC_FINANCE_RATIO: float = _SUBJECTS["public_finance_article"]["ratio"]
# «تسهیلات جعاله تعمیر مسکن با ...»: a loan noun heading the phrase before a number (the
# 'loan_terms' words: one list, one pattern, two names for the two rules that read it)
LOAN_HEAD_RE = LOAN_TERM_RE
LOAN_FILES = frozenset(_SUBJECTS["loan_files"])
HOME_OWNER_RE = words_re(_SUBJECTS["home_owner_words"])
BANK_RE = words_re(_SUBJECTS["bank_words"])
# round 24: the size of a loan («سقف تسهیلات», «مبلغ وام»), and a bank named as the lender
# right after money («... میلیارد تومان از بانک مسکن»)
LOAN_SIZE_RE = re.compile(
    word_alt(_SUBJECTS["loan_size_words"]) + r"\s" + word_alt(_SUBJECTS["loan_terms"]) + WB_R
)
LENDER_AFTER_RE = re.compile(
    r"\s*" + word_alt(_SUBJECTS["lender_openers"]) + r"\s" + word_alt(_SUBJECTS["bank_words"])
)
SECTOR_PROJECT_NOUNS = frozenset(_SUBJECTS["sector_project_nouns"])
# round 21: schemes of a sector whose schemes are its own unit («۱۷ پروژه مسکن ملی»)
SCHEME_NOUNS = frozenset(_SUBJECTS["scheme_nouns"]["nouns"])
SCHEME_SECTORS = frozenset(_SUBJECTS["scheme_nouns"]["sectors"])
# round 18: land is not a flow of goods; plans that received a loan are loan files
FLOWS_NOT_LAND = _labels("flows_not_land")
LOAN_RECIPIENT_NOUNS = frozenset(_SUBJECTS["loan_recipient_nouns"])
# round 27b: a rating word before power in MW, and power put into service, are capacity
RATED_POWER_WORD_RE = words_re(_SUBJECTS["rated_power_words"])
IN_SERVICE_RE = words_re(_SUBJECTS["in_service_words"])
# round 27 (the lead's ruling on jobs-scheme plans): «۷۴۷ طرح اشتغال», «تسهیلات اشتغال»
_JOBS_SCHEME = _SUBJECTS["jobs_scheme_plans"]
JOBS_PLAN_NOUNS = frozenset(_JOBS_SCHEME["plan_nouns"])
JOBS_WORD_RE = words_re(_JOBS_SCHEME["jobs_words"])
JOBS_SCHEME_RE = re.compile(
    word_alt(_JOBS_SCHEME["scheme_heads"]) + r"\s" + word_alt(_JOBS_SCHEME["jobs_words"]) + WB_R
)
SCHEME_FUNDING_RE = words_re(_JOBS_SCHEME["funding_words"])
# «۲۷۰۰ طرح به ۱۸ بانک ارائه شده», «... طرح ... را به بانک‌های عامل ارسال کرده»
SENT_TO_BANK_RE = re.compile(
    WB_L
    + r"به\s(?:\d+\s)?"
    + word_alt(_SUBJECTS["bank_words"])
    + r"[^.:؛!?\n\d]{0,20}?"
    + word_alt(_JOBS_SCHEME["sent_verbs"])
    + WB_R
)
# a verb stem: its inflections follow («وام گرفتند», «تسهیلات دریافت کردند»)
LOAN_RECEIVED_RE = re.compile(word_alt(_SUBJECTS["loan_received_words"]))
# round 21: «به ۳۹۰ طرح ... تسهیلات پرداخت شد», «... طرح تسهیلات بانکی را دریافت کرده‌اند»:
# a loan noun, then within three words a verb of giving or receiving ('loan_given_verbs')
LOAN_GIVEN_RE = re.compile(
    word_alt(_SUBJECTS["loan_terms"])
    + r"(?:\s[^\s،,.:؛\d]+){0,3}?\s(?:"
    + seq(_SUBJECTS["loan_given_verbs"])
    + ")"
)
# round 38: «این میزان تسهیلات به ۱۹۰ طرح», «وام به ۳۲۰ طرح»: a loan noun, up to two words,
# then «به/برای» right before the plans counted: the loan's recipients
LOAN_TO_RECIPIENT_RE = re.compile(
    word_alt(_SUBJECTS["loan_terms"]) + r"(?:\s[^\s،,.:؛\d]+){0,2}?\s(?:به|برای)\s$"
)
_LOANS_TO_PLANS = _SUBJECTS["loans_to_plans"]
LOAN_GIVEN_VERB_RE = words_re(_SUBJECTS["loan_given_verbs"] + _LOANS_TO_PLANS["allotting_verbs"])
# round 38: «سامانه بهین یاب»: the state's loan portal (a substring: «بهین یابد» is written too)
LOAN_PORTALS: tuple[str, ...] = tuple(_LOANS_TO_PLANS["portals"])
# «به ۳۹۰ طرح», «برای ۱۱۶۹ طرح»: the plans counted are the recipients
RECIPIENT_BEFORE_RE = re.compile(WB_L + r"(?:به|برای)\s$")
# «جهت دریافت تسهیلات»: a receipt named as a purpose, right before the receipt words
PURPOSE_BEFORE_RE = re.compile(word_alt(_SUBJECTS["purpose_words"]) + r"\s?$")
# «با سود ۱۸ درصد»: an interest word ending right before a percentage
INTEREST_BEFORE_RE = re.compile(word_alt(_SUBJECTS["interest_words"]) + r"\s?$")
PRICE_WORD_RE = words_re(_SUBJECTS["price_words"])
# «کیلویی ۹ هزار تومان», «شانه ای ۱۸ الی ۲۰ هزار تومان», «کیلویی ۷ هزار الی ۹ هزار تومان»:
# a distributive word ending right before the number, or before the start of its range
PER_UNIT_PRICE_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_SUBJECTS["per_unit_words"])
    + r")(?:\s[\d.,]+(?:\s(?:هزار|میلیون|میلیارد))?(?:\s(?:تومان|ریال))?\s(?:"
    + seq(RANGE_JOINS)
    + r"))?\s?$"
)
# «از کیلویی ۲۰ هزار به کیلویی ۲۴ هزار تومان»: the distributive word repeated before each end
PER_UNIT_WORD = "(?:" + seq(_SUBJECTS["per_unit_words"]) + ")"
COUNTABLE_SUBJECTS = _labels("countable")
TRADE_SUBJECTS = _labels("trade")
NOT_FOR_PERSONS = _labels("not_for_persons")
GENERIC_HEADS = _labels("generic_heads")
# «تولید واقعی انرژی خورشیدی», «تولید سالانه برق»: a word between a generic head and its domain
HEAD_MODIFIER_RE = re.compile(r"\s?" + word_alt(_SUBJECTS["head_modifiers"]) + WB_R + r"\s?")
HEADS_OVER_MEASURES = _labels("heads_over_measures")
DOMAIN_SUBJECTS = _labels("domains")
SECTOR_SUBJECTS = frozenset(
    s["label"] for s in load("subjects.json")["labels"] if s["group"] == "sector"
)
ESTABLISHMENT_SUBJECTS = frozenset(
    s["label"] for s in load("subjects.json")["labels"] if s["group"] == "establishments"
)
MEASURE_SUBJECTS = frozenset(
    s["label"] for s in load("subjects.json")["labels"] if s["group"] == "measure"
)
VOLUME_RE = words_re(_SUBJECTS["volume_words"])
POWER_DEMAND_RE = words_re(_SUBJECTS["power_demand_words"])
# one generator or plant (singular: «نیروگاه‌های ...» is a fleet, its output electricity)
GENERATOR_RE = re.compile(word_alt(_SUBJECTS["generator_words"]) + WB_R + r"(?!\s?ها)")
FULL_VOLUME_RE = words_re(_SUBJECTS["full_volume_words"])
TANK_RE = words_re(_SUBJECTS["tank_words"])
CURRENT_STORAGE_RE = words_re(_SUBJECTS["current_storage_words"])
# round 25: «... متر مکعب آب در سدها ذخیره شده است»: the water a reservoir holds now
HELD_WATER_RE = words_re(_SUBJECTS["held_water_words"])
INDUSTRIAL_SETTING_RE = words_re(_SUBJECTS["industrial_setting_words"])
# round 27: «سیب صنعتی», «گیاهان صنعتی»: a crop graded for processing, no industrial setting
INDUSTRIAL_GRADE_RE = re.compile(word_alt(_SUBJECTS["industrial_grade_crops"]) + r"\s?$")
INDUSTRIAL_ESTATE_RE = words_re(_SUBJECTS["industrial_estate_words"])
# round 43: «توسعه ۴۰۰ متری شهرک صنعتی ...»: a length or area whose own noun, right after
# the unit (its adjective «ی» and «از» allowed), is an industrial estate
ESTATE_AFTER_UNIT_RE = re.compile(
    r"ی?\s?(?:از\s)?" + word_alt(_SUBJECTS["industrial_estate_words"]) + WB_R
)
ESTATE_UNIT_NOUNS = frozenset(_SUBJECTS["estate_unit_nouns"])
# round 31: «۱۶۷ قطعه زمین ... در شهرک‌ها و نواحی صنعتی»: plots of land counted
ESTATE_PLOT_RE = words_re(_SUBJECTS["estate_plot_words"])
# round 31: «دهک‌های پایین درآمدی», «اقشار کم‌درآمد»: an income group, no revenue
INCOME_GROUP_RE = words_re(_SUBJECTS["income_group_words"])
# round 17: the sectors a unit's noun phrase names («۲۵۴ واحد صنعتی و کشاورزی»)
UNIT_SECTOR_RE = re.compile(
    WB_L
    + "(?:"
    + groups((c["label"], c["words"]) for c in _SUBJECTS["unit_sector_adjectives"])
    + ")"
    + WB_R
)
# round 42: «۴ واحد تولیدی کشاورزی»: a general qualifier narrowed by the sector adjective after it
NARROWED_QUALIFIER_RE = re.compile(
    r"\s?(?:" + seq(_QUALIFIERS["narrowed_qualifiers"]) + r")\s" + UNIT_SECTOR_RE.pattern
)
CAPACITY_OF_SUBJECTS = _labels("capacity_of")
# a rated (nominal) word right after a production cue: «استخراج اسمی» is a capacity
RATED_AFTER_RE = re.compile(r"\s?" + word_alt(_SUBJECTS["rated_words"]) + WB_R)
MONEY_ONLY_SUBJECTS = _labels("money_only")
GOODS_UNITS = frozenset(_SUBJECTS["goods_units"])
LAND_ONLY_SUBJECTS = _labels("land_only")
LAND_GOODS_SECTOR: str = _SUBJECTS["land_goods_sector"]
VALUE_OF_GOODS_RE = re.compile(word_alt(_SUBJECTS["value_of_goods"]) + r"\s?$")
BY_MEASURE_RE = re.compile(word_alt(_SUBJECTS["by_measure"]) + r"\s?$")
TOPIC_HEAD_RE = re.compile(
    r"(?:(?:" + seq(_SUBJECTS["topic_heads"]) + r")(?:\s?(?:ی|های|ها))?\s?){0,2}"
)
# the words of the units of goods («تن», «لیتر», ...): «۴۳ میلیون تن به ارزش ...»
GOODS_UNIT_WORD_RE = re.compile(
    "(?:" + alt(w for code, words in UNIT_WORDS if code in GOODS_UNITS for w in words) + ")" + WB_R
)
HOSTED_RE = words_re(_SUBJECTS["hosted_words"])
# «۲۸۰ هزار واحد مسکونی تحت پوشش گاز طبیعی»: dwellings a utility network reaches
NETWORK_COVERAGE_RE = words_re(_SUBJECTS["network_coverage_words"])
NETWORK_UTILITIES = frozenset(_SUBJECTS["network_utilities"])
# a prefix: the verb goes on glued («مشرف شدهاند», «سفر کردهاند»)
ARRIVAL_RE = re.compile(word_alt(_SUBJECTS["arrival_words"]))
# round 23: the labour market's populations (the active, the employed, the jobless)
# counted in persons or a percentage: «جمعیت فعال اقتصادی ۴۱۴ هزار نفر», «۱۸ هزار نفر جویای کار»
LABOUR_FORCE_RE = re.compile(
    WB_L + "(?:" + groups(_SUBJECTS["labour_force_nouns"].items()) + ")" + WB_R
)
# round 21: person-nights are lodging; persons entering a place are travellers
PERSON_NIGHT_RE = re.compile(word_alt(_SUBJECTS["person_night_words"]))
ENTRY_BEFORE_RE = re.compile(
    word_alt(_SUBJECTS["entry_before"]) + r"\s(?:(?:بیش|کمتر)\s?از\s|حدود\s|بالغ\sبر\s)?$"
)
ENTRY_PLACE_AFTER_RE = re.compile(r"\s?به\s(?:" + seq(_SUBJECTS["entry_places"]) + ")" + WB_R)
EXPORT_NOUN_RE = words_re(_SUBJECTS["export_nouns"])
# round 33: «... نفر وارد این استان شدند»: coming into a place, the verb up to four words on
_CAME_IN = _SUBJECTS["came_in_words"]
CAME_IN_RE = re.compile(
    _CAME_IN["verb"]
    + r"\s(?!(?:"
    + seq(_CAME_IN["not_into"])
    + ")"
    + WB_R
    + r")(?:\S+\s){1,4}?(?:می\s)?(?:شد|شو|گردید)\w*"
)
# round 38: «... نفر هم از گیلان خارج شدند»: leaving a place, «از» and up to four words
LEFT_PLACE_RE = re.compile(
    r"(?<!\w)از\s(?!(?:"
    + seq(_CAME_IN["not_out_of"])
    + ")"
    + WB_R
    + r")(?:\S+\s){1,4}?"
    + _CAME_IN["left_verb"]
    + r"\s(?:می\s)?(?:شد|شو|گردید)\w*"
)
PUBLIC_REVENUE_RE = words_re(_SUBJECTS["public_revenue_words"])
IN_BUDGET_RE = words_re(_SUBJECTS["in_budget_words"])
SETTING_UP_RE = words_re(_SUBJECTS["setting_up_words"])
SPENT_RE = words_re(_SUBJECTS["spent_words"])
# round 27: the supply works of a utility («آبرسانی», «گازرسانی»): public networks
SUPPLY_WORK_RE = words_re(_SUBJECTS["supply_works"])
# «۴۴ روستا با ۱۶۰۰ میلیارد ریال آبرسانی شد»: money as the means of what follows
MEANS_BEFORE_RE = re.compile(WB_L + r"با\s?(?:[^\s\d،,.:؛]+\s?){0,2}$")
# public money allotted or spent on a scheme, and the funds of a project
ALLOTTED_RE = words_re(_SUBJECTS["allotted_words"])
SCHEME_RE = words_re(_SUBJECTS["scheme_words"])
FUND_WORD_RE = words_re(_SUBJECTS["fund_words"])
# money the clause says was invested («... سرمایه گذاری شده است»)
INVESTED_RE = words_re(_SUBJECTS["invested_words"])
# round 38: «... ۱۸۲۱ میلیارد تومان سرمایه گذاری»: the noun heading the amount after its unit
INVESTMENT_HEAD_AFTER_RE = re.compile(
    r"\s?(?:" + seq(_SUBJECTS["investment_heads_after"]) + ")" + WB_R
)
# round 15: goods bought («... از چایکاران خریداری شد»), an official's visit as the
# occasion of a statement («در بازدید از معادن ... گفت»), documents issued («بارنامه ...
# صادر شد»), and one unit of measure priced («هر/یک متر مربع ... ۴۲ میلیون تومان»)
BOUGHT_RE = words_re(_SUBJECTS["bought_words"])
OCCASION_RE = words_re(_SUBJECTS["occasion_words"])
ISSUED_DOCUMENT_RE = words_re(_SUBJECTS["issued_documents"])
PER_MEASURE_RE = re.compile(
    WB_L
    + "(?:"
    + "|".join(map(re.escape, _SUBJECTS["per_measure_words"]))
    + r")\s?"  # «هر کیلو», also glued: «هرکیلو», «هرمتر مربع»
    + "(?:"
    + seq(_SUBJECTS["per_measure_units"])
    + ")"
    + WB_R
)
PARTITIVE_BEFORE_RE = re.compile(
    WB_L
    + rf"از\s?(?:(?:{seq(_SUBJECTS['partitive_heads'])})\s?)?(?:{_THIS})\s?(?:"
    + seq([*_GRAMMAR["anaphor_nouns"], *_SUBJECTS["partitive_nouns"]])
    + ")"
    + WB_R
)
HEAD_LINK_RE = re.compile(word_alt(_SUBJECTS["head_links"]) + r"\s?$")
# round 17: «تسهیلات مصوب ۹۰۰ میلیارد ریال»: a participle qualifying the cue before a number
HEAD_PARTICIPLE_RE = re.compile(word_alt(_SUBJECTS["head_participles"]) + r"\s?$")
TAX_CONTEXT_RE = words_re(_SUBJECTS["tax_context"])
# «به ۹۲۴ روستا ... گازرسانی شده»: the good supplied names a served noun's sector
SUPPLY_RE = LabelledWords((c["label"], c["words"]) for c in _SUBJECTS["supply_words"])
ARTICLE_SECTOR_MIN: int = _SUBJECTS["article_sector"]["min_words"]
ARTICLE_SECTOR_RATIO: float = _SUBJECTS["article_sector"]["ratio"]
# «۷۸ هزار تن کالا ... وارد خراسان رضوی شد»: which way goods crossed, read from the verb.
# Round 44: a transit word between a direction and the auxiliary is the verb («به خارج از
# کشور ترانزیت شد»: the transit went abroad); the direction reads no export of its own.
_TRANSIT_VERBS = [
    w for c in _SUBJECTS["goods_flow_verbs"] if c["label"] == "transit" for w in c["words"]
]
GOODS_FLOW_RE = two_lists_re(
    WB_L,
    groups((c["label"], c["words"]) for c in _SUBJECTS["goods_flow_verbs"]),
    r"\s(?:(?!" + seq(_TRANSIT_VERBS) + r")[^\s،,.:؛\d]+\s){0,3}?",
    _SUBJECTS["flow_auxiliaries"],
)
GOODS_WORD_RE = words_re(_SUBJECTS["goods_words"])
# round 34: «۱۳۰۰ قلم کالا ... تولید و ۶۵۰ قلم کالا ... صادر می‌شود»: items of goods moved
_GOODS_ITEMS = _SUBJECTS["goods_items"]
GOODS_ITEM_NOUNS = frozenset(_GOODS_ITEMS["nouns"])
GOODS_ITEM_AFTER_RE = re.compile(r"\s?(?:" + seq(_GOODS_ITEMS["goods"]) + ")" + WB_R)
GOODS_ITEM_VERB_RE = two_lists_re(
    WB_L,
    groups((c["label"], c["words"]) for c in _GOODS_ITEMS["verbs"]),
    r"\s",
    _GOODS_ITEMS["ends"],
)
GOODS_ITEM_BEFORE_RE = re.compile(
    WB_L + "(?:" + groups((c["label"], c["words"]) for c in _GOODS_ITEMS["before"]) + r")\s?$"
)
# round 17: consignments named for the trade they serve («۲۵ محموله کیوی صادراتی»)
CONSIGNMENT_TRADE_RE = re.compile(
    WB_L
    + "(?:"
    + groups((c["label"], c["words"]) for c in _SUBJECTS["consignment_trade_words"])
    + ")"
    + WB_R
)
# round 17: money set for concluding a contract, and the progress of works
CONTRACT_PURPOSE_RE = words_re(_SUBJECTS["contract_purpose_words"])
GOODS_MOVED_RE = words_re(_SUBJECTS["goods_moved_verbs"])
GOODS_EXCHANGED_RE = words_re(_SUBJECTS["goods_exchanged_words"])
WORKS_PROGRESS_RE = words_re(_SUBJECTS["works_progress_words"])
WORKS_ANAPHOR_RE = words_re(_SUBJECTS["works_anaphors"])
# round 43: «... ۳۷۰۰ نفر از مردم منطقه منتفع خواهند بود»: persons served by works
BENEFIT_WORDS = tuple(_SUBJECTS["benefit_words"])
BENEFIT_RE = re.compile(word_alt(BENEFIT_WORDS))
WORKS_SECTORS = frozenset(_SUBJECTS["works_sectors"])
# round 8: goods carried by a ship or landed at a port are port trade, or imports when
# the sentence (or the one before) names goods a country imports by sea
PORT_RE = words_re(_SUBJECTS["port_words"])
PORT_GOODS_SECTORS = frozenset(_SUBJECTS["port_goods_sectors"])
IMPORTED_GOODS_RE = words_re(_SUBJECTS["imported_goods_words"])
# «... تن ذرت از برزیل وارد بندر شد»: goods from a named foreign country
FROM_COUNTRY_RE = re.compile(WB_L + r"از\s?(?:" + seq(_SUBJECTS["foreign_countries"]) + ")" + WB_R)
PORT_HANDLING_RE = words_re(_SUBJECTS["port_handling_words"])
# round 30b: lodging and its occupancy («اشغال», «اقامتگاه», «اسکان‌های رسمی»)
LODGING_RE = words_re(_SUBJECTS["lodging_words"])
# round 40: beds counted in a sentence about lodging are its lodging stock (tourism); beds of
# establishments counted right before them («۲ هتل با ۱۲۰ تختخواب») are their size
LODGING_BED_NOUNS = frozenset(fold(w) for w in _SUBJECTS["lodging_bed_nouns"])
UNITS_WITH_BEDS_RE = re.compile(r"\d\s?\S+\s(?:\S+\s)?با\s(?:(?:بیش|کمتر)\s?از\s)?$")
# round 40: goods that came into the province with nothing foreign named are freight carried in
INTO_PROVINCE_WORDS = tuple(fold(w) for w in _SUBJECTS["into_province_words"])
INTO_PROVINCE_RE = words_re(INTO_PROVINCE_WORDS)
FROM_ABROAD_RE = words_re(_SUBJECTS["from_abroad_words"])
# «۶۶ هزار تن گندم در حال تخلیه است»: a staple the country buys abroad, right after the unit
STAPLE_CARGO_AFTER_RE = re.compile(r"\s?(?:" + seq(_SUBJECTS["staple_cargo_words"]) + ")" + WB_R)
# persons counted about hiring are jobs; persons who became home owners are housing
HIRING_RE = words_re(_SUBJECTS["hiring_words"])
QUOTA_RE = words_re(_SUBJECTS["quota_words"])
# round 22: «۶۸ درصد این سهمیه معادل ۱۱۹ میلیارد تومان», «۱۰۲ میلیارد تومان معادل ۵۸ درصد
# سهمیه ابلاغی»: an amount equated with a share restates one quantity
_EQUIVALENT = "(?:" + seq(_SUBJECTS["equivalent_words"]) + ")"
_SHARE = r"\d[\d.]*\s?(?:درصد|[%٪])"
EQUATED_AFTER_SHARE_RE = re.compile(_SHARE + r"[^\d،,]{0,30}?" + WB_L + _EQUIVALENT + r"\s?$")
# «۴۲۰ تعاونی معادل ۳۱ درصد»: the equivalent word right before a share
EQUIVALENT_BEFORE_RE = re.compile(WB_L + _EQUIVALENT + r"\s?$")
# «که» opening a relative clause: what follows modifies the noun before it
RELATIVE_RE = re.compile(WB_L + "که" + WB_R)
EQUATED_WITH_SHARE_RE = re.compile(
    r"\s?[،,]?\s?"
    + _EQUIVALENT
    + r"\s?"
    + _SHARE
    + r"\s?(?:از\s?)?(?:این\s?|کل\s?)?"
    + "(?:"
    + seq(_SUBJECTS["restated_wholes"])
    + ")"
    + WB_R
)
# «برای ۳۸۴ محدوده معدنی پروانه بهره‌برداری صادر شده»: a licence issued for what is counted
LICENCE_WORD_RE = words_re(dict(SUBJECT_CUES)["licences"])
# a prefix: the verb goes on glued («صادرشده»)
ISSUED_RE = re.compile(WB_L + "(?:" + seq(_SUBJECTS["issued_words"]) + ")")
# «صدور مجوز برای ایجاد ۱۸ نیروگاه»: the licence issued, named before what it is for
ISSUANCE_RE = words_re(_SUBJECTS["issuance_words"])
ISSUED_FOR_RE = words_re(_SUBJECTS["issued_for_words"])
# «۲۸ کیلومتر خطوط انتقال»: a line or pipe, whose sector is the commodity it carries
CONDUIT_RE = words_re(_SUBJECTS["conduit_words"])
LENGTH_OF_RE = re.compile(word_alt(_SUBJECTS["length_of_words"]) + r"\s?$")
COMMODITY_SUBJECTS = frozenset(c["label"] for c in _SUBJECTS["supply_words"])
# «بیشترین پروانه صادر شده با ۵۷ فقره»: what a classifier naming nothing after it counts
REFERS_BACK_NOUNS = frozenset(_COUNTED["refers_back"]["nouns"])
# ... when its noun phrase ends right after it: punctuation, the end, a stop or a follower
NOTHING_NAMED_AFTER_RE = re.compile(
    r"\s*(?:$|[،,.:؛)]|"
    + word_alt(
        _COUNTED["refers_back"]["followed_by"] + _GRAMMAR["np_stops"] + _GRAMMAR["verb_stops"]
    )
    + WB_R
    + ")"
)
CLASSIFIED_BACK = _labels("classified_back")
GOODS_FLOW_SUBJECTS = frozenset(c["label"] for c in _SUBJECTS["goods_flow_verbs"])
# «ارزش این کالاها ...»: the goods just counted
GOODS_ANAPHOR_RE = re.compile(WB_L + rf"(?:{_THIS})\s?(?:{seq(_SUBJECTS['goods_words'])})" + WB_R)
# round 27: «از تولیدات صنایع دستی ... از گمرک خارج شده»: products named by their making
PRODUCTS_RE = words_re(_SUBJECTS["products_words"])
# «ارزش وزنی این تولیدات ...»: the products or goods just counted
PRODUCTS_ANAPHOR_RE = re.compile(
    WB_L
    + rf"(?:{_THIS})\s?(?:{seq(_SUBJECTS['products_words'] + _SUBJECTS['goods_words'])})"
    + WB_R
)
SECTOR_WORD_RE = LabelledWords((c["label"], c["words"]) for c in _SUBJECTS["sector_words"])
# «۲۳۸ قلم کالا», «۶۶ درصد از مصوبات»: things counted outside the economy keep no subject
OUTSIDE_ECONOMY_NOUNS = frozenset(fold(w) for w in _OUTSIDE["nouns"])
OUTSIDE_ECONOMY_AFTER_RE = re.compile(
    r"\s?(?:(?:" + seq(_OUTSIDE["links"]) + r")\s)*(?:" + seq(_OUTSIDE["nouns"]) + ")" + WB_R
)

# ---------------------------------------------------------------- kinds
TARGET_RE = re.compile(WB_L + "(?:" + alt(_KINDS["target"]) + ")" + WB_R)
WEAK_TARGET_RE = re.compile(seq(_KINDS["weak_target"]))
TARGET_ADJ_BEFORE_RE = re.compile(word_alt(_KINDS["adjective_target_nouns"]) + r"\s?$")
# «بازارهای هدف»: only these cues turn into adjectives after those nouns, not «باید»
ADJECTIVAL_TARGET_CUES = frozenset(fold(w) for w in _KINDS["adjectival_target_cues"])
PAST_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["past_qualifiers"]) + ")" + WB_R)
DISCOURSE_MUST_RE = re.compile("(?:" + seq(_KINDS["discourse_must"]) + ")" + WB_R)
PAST_BOUND_TARGETS = frozenset(fold(w) for w in _KINDS["past_bound_targets"])
# «در سال گذشته», «پارسال»: a past year named between a cue and its number
PAST_YEAR_RE = re.compile(
    WB_L + r"(?:سال\s?(?:" + seq(_KINDS["past_qualifiers"]) + ")|پارسال)" + WB_R
)
PLANNED_PASSIVE_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_KINDS["planned_actions"])
    + r")\s?(?:(?:"
    + seq(_KINDS["passive_light_verbs"])
    + r")\s?)?(?:"
    + seq(_KINDS["planned_passive"])
    + ")"
    + WB_R
)
# «۳۰ میلیارد تومان ... هزینه می‌شود»: money spent once, to come (a forecast)
SPENDING_PASSIVE_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_KINDS["spending_actions"])
    + r")\s?(?:(?:"
    + seq(_KINDS["passive_light_verbs"])
    + r")\s?)?(?:"
    + seq(_KINDS["planned_passive"][:3])
    + ")"
    + WB_R
)
# the present passives: the first three 'planned_passive' verbs («می‌شود», «می‌شوند»,
# «می‌گردد»; the rest are subjunctive or future)
PRESENT_PASSIVES: list[str] = _KINDS["planned_passive"][:3]
PRESENT_PASSIVE_RE = words_re(PRESENT_PASSIVES)
HABITUAL_RE = words_re(_KINDS["habitual"])
# «پیش‌بینی‌شده» as a participle says budgeted (a target), not predicted: never a forecast
# cue (the check runs only after a cue matched, so the scan stays as cheap as before)
BUDGETED_RE = words_re(_KINDS["budgeted"])
# «شاهد افتتاح ۹۵۶ پروژه ... هستیم»: witnessing, in the present, an event to come
WITNESS_BEFORE_RE = words_re(_KINDS["witness_before"])
WITNESS_PRESENT_RE = words_re(_KINDS["witness_present"])
# «تا پایان سال جاری», «تا آخر تابستان»: a deadline (the word after it is read separately)
DEADLINE_RE = re.compile(word_alt(_KINDS["deadline_heads"]) + WB_R + r"\s?[^\W\d_]+")
# «... پیش‌بینی شده است», «... در نظر گرفته شده است» (set aside: always a plan) after an amount
BUDGETED_AFTER_RE = words_re([*_KINDS["budgeted_after"], *_KINDS["set_aside_after"]])
# «رقم ابلاغی ...», «هدفگذاری ۵۰۰ مگاواتی»: the name of an amount a budget or goal sets
SET_AMOUNT_RE = words_re(_KINDS["set_amounts"])
# «از ۱۷٫۷ درصد به ۱۳٫۳ درصد»: the number a move starts from, read right after its unit
MOVE_TO_RE = re.compile(r"\s?" + word_alt(_KINDS["move_to"]) + r"\s?(?:حدود\s?)?[0-9۰-۹]")
# «با صادرات ۱۹۰ میلیون دلار رتبه نخست را دارد», «در جایگاه سوم»: a standing earned
RANK_RE = re.compile(
    word_alt(_KINDS["rank_nouns"])
    + r"\s?(?:"
    + seq(_KINDS["rank_ordinals"])
    + r"|\S+مین)"  # «رتبه پانزدهمین»
    + WB_R
)
WITH_RE = words_re(["با"])
# «با اشاره به ورود ۹۰۰ هزار خودرو ... گفت»: an event the speaker refers to (not «... اینکه»)
REFERENCE_FRAME_RE = words_re(_KINDS["reference_frames"])
FUTURE_TIME_RE = words_re(_KINDS["future_times"])
REFERENCE_CLAUSE_RE = re.compile(r"\s?(?:" + seq(_KINDS["reference_clauses"]) + ")" + WB_R)
# «از محل اعتبارات مصوب ۵۰ میلیارد تومان پرداخت شد»: money paid out of a budget, done
PAID_OUT_RE = re.compile(
    word_alt(_KINDS["paid_out_nouns"])
    + r"\s?(?:"
    + seq(_KINDS["paid_out_auxiliaries"])
    + ")"
    + WB_R
)
# «... در استان تولید می‌شود»: a present passive that describes what goes on
STATE_PASSIVE_RE = re.compile(
    word_alt(_KINDS["state_passives"]) + r"\s?(?:" + seq(PRESENT_PASSIVES) + ")" + WB_R
)
# «هم‌اکنون ... نگهداری می‌شود»: the present states what is
PRESENT_STATE_RE = words_re(_KINDS["present_state"])
# «... پرداخت و مابقی ... واریز می‌شود»: what the verb after the remainder is said of
REMAINDER_RE = words_re(_KINDS["remainder_words"])
# «سهم اشتغال استان ... نفر بوده است», «۱۶ هزار نفرتعهد اشتغال»: a job quota or commitment
JOB_QUOTA_RE = words_re(_KINDS["job_quotas"])
JOB_QUOTA_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["job_quotas"]) + ")" + WB_R)
QUOTA_STATEMENT_RE = words_re(_KINDS["quota_statements"])
# «سهم استان در اجرای طرح کارورزی ...», «سهمیه شهرستان از برنامه ...»: a quota in a scheme
SCHEME_QUOTA_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_KINDS["scheme_quota_nouns"])
    + r")(?:\s\S+){1,3}?\s(?:از|در)\s(?:اجرای\s)?(?:"
    + seq(_KINDS["scheme_nouns"])
    + ")"
    + WB_R
)
# «... ۲۰۰ میلیون تومان وام تعلق می‌گیرد»: what a scheme grants each beneficiary
ENTITLEMENT_RE = words_re(_KINDS["entitlements"])
# «اعتبارات عمرانی امسال ... ۶ هزار میلیارد تومان اعلام کرد»: a budget as announced
ANNOUNCED_BUDGET_RE = words_re(_KINDS["announced_budgets"])
ANNOUNCEMENT_RE = words_re(_KINDS["announcements"])
BUDGET_ORGANISATION_RE = words_re(_KINDS["budget_organisations"])
# «امسال ۹۹ واحد راکد به چرخه تولید باز می‌گردند»: a one-off return or arrival to come
RETURN_RE = words_re(_KINDS["returns"])
# «۴۷۹۴ میلیارد تومان مصوب», «۱۵ هزار میلیارد ریال اعتبارات مصوب»: approved, right after
# the unit or after the credit noun the unit measures
BUDGETED_ADJACENT_RE = re.compile(
    r"\s?(?:(?:"
    + seq(_KINDS["budgeted_adjacent_nouns"])
    + r")\s)?(?:"
    + seq(_KINDS["budgeted_adjacent"])
    + ")"
    + WB_R
)
# «هزار و ۴۰۰ کیلومتر آن معادل ۱۴ درصد»: a percentage restating the amount before it
RESTATED_SHARE_RE = re.compile(word_alt(_KINDS["restated_share"]) + r"\s?$")
_NOT_PARTICIPLE = r"(?!\s?(?:" + seq(_KINDS["participle_tails"]) + ")" + WB_R + ")"
# the 'expected' cues («انتظار می‌رود») are predicted cues too (listed once, in 'expected')
_PREDICTED = [*_KINDS["predicted"], *_KINDS["expected"]]
PREDICTED_RE = re.compile(word_alt(_PREDICTED) + WB_R + _NOT_PARTICIPLE)
# «می‌توان گفت»: one can say, a way of stating, not a forecast
_NOT_SAYING = r"(?!\s?(?:" + seq(_KINDS["saying_after_can"]) + ")" + WB_R + ")"
FORECAST_RE = re.compile(word_trie(_KINDS["forecast"]) + WB_R + _NOT_PARTICIPLE)
# «می‌توان ... ایجاد کرد», «می‌تواند ... تولید کند»: what one can do (not «می‌توان گفت»)
ABILITY_RE = re.compile(word_alt(_KINDS["ability"]) + WB_R + _NOT_SAYING)
EXPECTED_RE = words_re(_KINDS["expected"])
PLAN_PREDICATE_RE = words_re(_KINDS["plan_predicates"])
# «وی پیش‌بینی کرد: ...»: a forecast cue whose statement goes on after a colon
PREDICTED_COLON_RE = re.compile(word_alt(_PREDICTED) + WB_R + r"[^.!?؟؛:]{0,20}:")
# «با صدور ۱۹۰ پروانه، ...», «اگر ۲۰ درصد ... استحصال شود، ...»: a premise closed by a comma
PREMISE_RE = re.compile(r"(?:^|[:؛]\s?)(?:" + seq(_KINDS["conditions"]) + r")\s[^،,:؛]+[،,]")
# a simple past by its stem: negated («نرسید», «تجاوز نکرد») or with a person ending
# («فروختند», «بازگشتیم»); stems that double as verbal nouns («خرید», «پرداخت») never bare
_PAST_ALL = alt([*_KINDS["past_stems"], *_KINDS["past_stems_nominal"]])
_PAST_ENDING = "(?:" + seq(_KINDS["past_endings"]) + ")"
# round 43: a bare nominal stem right before the full stop closes its sentence as the verb
# («... زیر کشت ارقام فجر و شمیم رفت.», «... به فروش رفت.»): a simple past, not a noun
_PAST_VERB = (
    "(?!(?:نبود|" + alt(_KINDS["past_stems_nominal"]) + ")" + WB_R + r"(?!\s?\.)" + ")"
    "ن?(?:" + _PAST_ALL + ")" + _PAST_ENDING + "?"
)
ACTUAL_RE = re.compile(
    WB_L
    + "(?:"
    + whole_word_alt(_KINDS["actual"])  # (followed by ``WB_R``: the trie where exact)
    + "|"
    + _PAST_VERB
    + r"|\S+ه(?:\s(?:"  # a perfect participle: «... داده است», «... شده‌اند»
    + seq(_KINDS["perfect_auxiliaries"])
    + r")|(?:"  # the same written glued: «دادهاند», «رسیدهایم»
    + seq(_KINDS["glued_perfect_auxiliaries"])
    + ")))"
    + WB_R
    # «تحویل داده می‌شود», «ساخته خواهد شد»: a participle before these is a passive to come
    + r"(?!\s?(?:"
    + seq(_KINDS["passive_auxiliaries"])
    + ")"
    + WB_R
    + ")"
)
REALISED_RE = words_re(_KINDS["realised"])
# «... صید می‌کرد», «... تولید می‌شدند»: a past imperfective (habit or course in the past)
PAST_IMPERFECTIVE_RE = re.compile(r"می\s?(?:" + _PAST_ALL + ")" + _PAST_ENDING + "?" + WB_R)
# «... در حال برنامه‌ریزی است», «در دست تصویب»: what is being planned is a plan
PLANNING_RE = re.compile(r"(?:" + seq(_KINDS["planning_in_progress"]) + ")" + WB_R)
# «... معادل ۹۵ درصد تعهد محقق شد», «تعهد ... محقق و ...»: a commitment reported fulfilled
REALISED_PREDICATE_RE = words_re(_KINDS["realised_predicates"])
# «در حال ساخت», «در دست اقدام»: under way (not «در حال حاضر», now)
PROGRESSIVE_RE = re.compile(
    word_alt(_KINDS["progressive"])
    + WB_R
    + r"\s?(?!(?:"
    + seq(_KINDS["not_progressive"])
    + ")"
    + WB_R
    + r")[^\W\d_]"
)
# «شاخص دسترسی ...», «ضریب نفوذ ...», «پرشدن ...»: a percentage of these is a part reached
SHARE_MEASURE_RE = words_re(_KINDS["share_measures"])
# «... به ۹۷ درصد رسیده است», «... به ۸۸ درصد می‌رسد»: the verbs of a level reached (round 27)
REACHED_VERB_RE = words_re(_KINDS["reached_verbs"])
# «... به ۲٫۵ درصد افزایش می‌یابد», «... ۴ درصد ارتقا خواهد یافت»: a change still to come
FUTURE_CHANGE_VERB_RE = words_re(_KINDS["future_change_verbs"])
# a part of a whole a percentage may measure: a share measure or the progress of a work
REACHED_PART_RE = words_re([*_KINDS["share_measures"], *_KINDS["progress_nouns"]])
# «با ظرفیت ایجاد اشتغال برای ۱۲۰۰ نفر»: the jobs a licence or a plan opens
PLANNED_CAPACITY_RE = words_re(_KINDS["planned_capacity_before"])
# «... به بهره‌برداری برسد», «... افتتاح می‌شود»: an opening scheduled
OPENING_RE = words_re(_KINDS["openings"])
# «۲۷ هزار واحد مسکونی تعیین شده است»: an amount a plan or an authority set
ASSIGNED_RE = words_re(_KINDS["assigned"])
# «... موجب می‌شود تا ۱۳۰ روستا تحت پوشش قرار بگیرند»: what an action will bring about
CAUSATIVE_RE = words_re(_KINDS["causatives"])
# «مقدمات اجرای ۱۸۲۰ پروژه ... آماده شده»: the event prepared is still to come
PREPARATIONS_RE = words_re(_KINDS["preparations_before"])
PREPARED_AFTER_RE = words_re(_KINDS["prepared_after"])
# round 17: physical progress of a work (a share) and premises of a future outcome
PROGRESS_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["progress_nouns"]) + ")" + WB_R)
PROGRESS_BEFORE_RE = re.compile(WB_L + "(?:" + seq(_KINDS["progress_nouns"]) + r")\s?$")
CONDITIONAL_PREMISE_RE = words_re(_KINDS["conditional_premises"])
# «قرار است ...», «مقرر است ...»: a schedule (not a decision taken, «مقرر شد»)
SCHEDULE_RE = words_re(_KINDS["schedules"])
CONDITIONAL_CLAUSE_RE = words_re(_KINDS["conditional_clauses"])
PREMISE_CLOSER_RE = words_re(_KINDS["premise_closers"])
# «هدف‌گذاری شده ...»: a goal named, not a schedule
GOAL_RE = words_re(_KINDS["goal_cues"])
# «اعتبار تخصیص یافته ... ۲۱ درصد بود»: the subject of an allocation rate
ALLOCATION_RE = words_re(_KINDS["allocation_subjects"])
# a plain present verb («می‌رسد», «عرضه می‌شود», «کار می‌کنند»)
# a present verb «می...», never a scale word of a number («۲۱۰ میلیون ریال»)
PRESENT_VERB_RE = re.compile(WB_L + r"(?!(?:" + seq(list(SCALES)) + ")" + WB_R + r")می\s?[^\W\d_]")
PERFORMANCE_RE = words_re(_KINDS["performance"])
COPULA_RE = words_re(_KINDS["copulas"])
PURPOSE_RE = words_re(_KINDS["purpose"])
SO_FAR_RE = words_re(_KINDS["so_far"])
SUM_UP_RE = words_re(_KINDS["sum_up_verbs"])
FUTURE_RE = words_re(_KINDS["future"])
# «افتتاح خواهدشد»: the future auxiliary written glued to the verb after it
GLUED_FUTURE_RE = re.compile(word_alt(_KINDS["future"]) + r"(?=[^\W\d_])")
# «۸۰ میلیون لیترخواهد رسید»: the future auxiliary glued to the unit before it
FUTURE_AFTER_GLUED_UNIT_RE = re.compile("(?:" + seq(_KINDS["future"]) + ")" + WB_R)
ESTIMATE_RE = words_re(_KINDS["estimate"])
MEASURED_ESTIMATE_RE = words_re(_KINDS["measured_estimates"])
PAST_COPULA_RE = words_re(_KINDS["past_copulas"])
PLAN_NOUN_RE = words_re(_KINDS["plan_nouns"])
REQUIRED_BEFORE_RE = re.compile(
    WB_L + "(?:" + seq(_KINDS["required_before"]) + r")\s?(?:حدود\s?)?$"
)
# «نیروی انسانی مورد نیاز ۵۰۰ نفر»: the workers needed, counted in heads (a need of them)
NEEDED_WORKFORCE_RE = re.compile(WB_L + "(?:" + seq(_KINDS["needed_workforce"]) + r")\s?$")
# «پیش‌بینی‌شده»: the participle among the budgeted cues (a plan or an estimate)
PREDICTED_PARTICIPLE_RE = re.compile(seq(_KINDS["budgeted_after"]))
_THAT = seq(_GRAMMAR["that_pronouns"])
_SHARE_OF = seq(_KINDS["share_of_before"])
SHARE_OF_BEFORE_RE = re.compile(
    WB_L + rf"از\s?(?:{_THAT})\s?(?:{_SHARE_OF})[،,]?\s?(?:\S+\s?){{0,2}}$"
)
SHARE_VERB_RE = re.compile(WB_L + r"را\s?(?:" + seq(_KINDS["share_verbs"]) + ")" + WB_R)
CHANGE_RE = words_re(_KINDS["change"])
SHARE_BEFORE_RE = words_re(_KINDS["share_before"])
PERTAINING_RE = words_re(_KINDS["pertaining"])
NEED_BEFORE_RE = words_re(_KINDS["need_before"])
NEED_AFTER_RE = words_re(_KINDS["need_after"])
ACHIEVED_RE = re.compile(word_alt(_KINDS["achieved"]))
# «پرداخت ۱۰۰ درصدی», «وصول ۹۵ درصدی»: the part of a payment or collection settled
SETTLED_BEFORE_RE = words_re(_KINDS["settled_before"])
RATE_RE = words_re(_KINDS["rates"])
PART_OF_AFTER_RE = re.compile(
    r"\s?از\s?(?!(?:" + seq(_KINDS["not_a_part_after_az"]) + ")" + WB_R + r")[^\W\d_]{2,}"
)
PERCENT_NOUN_RE = re.compile(r"(?<![\d\s])\s?" + WB_L + r"درصد" + WB_R)
COMPARATIVE_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["comparatives"], " ") + ")" + WB_R)
# «۲۴ درصد پیشرفت نسبت به مدت مشابه سال گذشته»: a rate compared with a past period
COMPARED_WITH_PAST_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_CAL["comparison_base"])
    + r")\s?(?:"
    + seq(_KINDS["compared_with_past"])
    + ")"
    + WB_R
)
CHANGE_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["change_after"], " ") + ")" + WB_R)
# round 36: «۱۶ میلیون دلار از مدت مشابه سال قبل بیشتر است»: an amount by which the
# period exceeds (or falls short of) a past one, the past named right after the amount
EXCEEDS_PAST_AFTER_RE = re.compile(
    r"\s?(?:نسبت\s?به|از)\s?(?:"
    + seq(_KINDS["compared_with_past"])
    + r")"
    + WB_R
    + r"[^\d.،,؛:\n]{0,30}?"
    + WB_L
    + r"(?:بیشتر|کمتر|بالاتر|پایین\s?تر)"
    + WB_R
)
# «۳۰ درصد کم شده است», «۶ درصد بالا رفت»: a change verb right after a rate
RATE_CHANGE_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["rate_change_verbs"], " ") + ")" + WB_R)
# «۳ درصد از نظر میانگین کشوری بالا رفته است»: the same verbs as the percentage's own verb
RATE_CHANGE_VERB_RE = re.compile(WB_L + "(?:" + seq(_KINDS["rate_change_verbs"], " ") + ")" + WB_R)
SECTOR_PART_AFTER_RE = re.compile(r"\s?(?:" + seq(_KINDS["sector_parts_after"]) + ")" + WB_R)
# «۸۰ درصد صادرات», «۹۰ درصد این صادرات», «۲۶ درصد آن», «۴۰ درصد پارچه کشور»: a part of a whole
SHARE_AFTER_RE = re.compile(
    r"\s?(?:(?:از\s)?(?:آن|آنها|این\s?\S+)"
    + WB_R
    + r"|(?:از\s|این\s)?(?!رشد"
    + WB_R
    + "|"
    + seq(_KINDS["cheaper_dearer"])
    + r")(?="
    + SUBJECT_RE.pattern
    + r")|[^،,\d]{0,25}"
    + WB_L
    + "(?:"
    + seq(_KINDS["wholes"])
    + ")"
    + WB_R
    + r")"
)
NOT_A_WHOLE_RE = re.compile(word_alt(_KINDS["not_a_whole"]))

# ---------------------------------------------------------------- periods
_YEARQ = (
    "(?:" + seq(_CAL["year_words"]) + r"|سال\s?(?:" + seq(_CAL["year_qualifiers"]) + r"|\d{4}))"
)
# Each period form with the words it opens with (the first also with «<1-2 digits> ماه»): the
# openers make the finder of ``PERIOD_RE`` (``persian.Prefiltered``), so a form added here
# must name its first words.
_PERIOD_FORMS: list[tuple[list[str], str]] = [
    # «۶ ماهه نخست امسال», «۹ ماه منتهی به آذر»
    (
        _CAL["month_counts"],
        rf"(?:\d{{1,2}}|{seq(_CAL['month_counts'])})\s?ماه(?:ه)?\s?"
        rf"(?:{seq(_CAL['month_ordinals'])}|منتهی\s?به\s?\S+)(?:\s?{_YEARQ})?",
    ),
    (["نیمه"], rf"نیمه\s?(?:{seq(_CAL['half_ordinals'])})(?:\s?{_YEARQ})?"),  # «نیمه نخست امسال»
    (["از ابتدای", "ابتدای"], rf"(?:از\s?)?ابتدای\s?{_YEARQ}(?:\s?تاکنون)?"),  # «از ابتدای امسال»
    (
        list(JALALI_MONTHS),
        rf"(?:{seq(JALALI_MONTHS)})\s?ماه(?:\s?{_YEARQ}|\s?\d{{4}})?",  # «اردیبهشت ماه امسال»
    ),
    (["سال"], rf"سال\s?(?:\d{{4}}|{seq([*_CAL['year_qualifiers'], 'آینده'])})"),  # «سال ۱۴۰۲»
    (["برنامه"], rf"برنامه\s?(?:{seq(_CAL['plan_ordinals'])})"),  # «برنامه هفتم»
    (_CAL["year_words"], seq(_CAL["year_words"])),  # «امسال»
]
PERIOD_RE = Prefiltered(
    re.compile(WB_L + "(?:" + "|".join(form for _, form in _PERIOD_FORMS) + ")" + WB_R),
    re.compile(
        WB_L + r"(?:\d{1,2}\s?ماه|" + alt(w for words, _ in _PERIOD_FORMS for w in words) + ")"
    ),
)
COMPARISON_BASE_RE = re.compile(
    "(?:"
    + seq(_CAL["comparison_base"])
    + r")\s?(?:"
    + "|".join(flex(w) + r"\s?" for w in _CAL["same_period"])
    + ")?$"
)

# ---------------------------------------------------------------- people
GIVEN = {fold(n).replace(" ", "") for n in _NAMES["male"] + _NAMES["female"]}
# «ماشاءالله», «عطاءالله»: a compound given name in «الله» whose first part ends in «ا» is
# often written with the hamza «ء» before «الله»; it reads as the listed plain spelling
GIVEN |= {n.replace("االله", "اءالله").replace("االه", "اءاله") for n in GIVEN if "اال" in n}
# a given name that is also a town («مهران», «رستم») is ambiguous as the listed everyday
# words are: «گمرک مهران شامل ...» names the border town, no person
AMBIGUOUS_GIVEN = {fold(n) for n in _NAMES["ambiguous"]} | {
    fold(n) for n in _NAMES["male"] + _NAMES["female"] if n in _TOWNS
}
HONORIFIC_PARTS = {fold(n) for n in _NAMES["honorific_parts"]}
SECOND_PARTS = {fold(n) for n in _NAMES["second_parts"]}
SECOND_HOSTS = {fold(n) for n in _NAMES["second_part_hosts"]}
ALWAYS_SECOND = set(_NAME_PARTS["always_second"])
SURNAME_SUFFIX = set(_NAME_PARTS["surname_suffixes"])
SURNAME_PLACE_CLOSERS = frozenset(fold(w) for w in _NAME_PARTS["surname_place_closers"])
SURNAME_PREFIX = set(_NAME_PARTS["surname_prefixes"])
SURNAME_ENDINGS: tuple[str, ...] = tuple(_NAME_PARTS["surname_endings"])
DISTINCTIVE_SURNAME_ENDINGS: tuple[str, ...] = tuple(_NAME_PARTS["distinctive_surname_endings"])
BLOCK_BEFORE = set(_NAME_PARTS["place_words"])
# «معدن شهید حاج قاسم X»: a title between a place word and the name it dedicates
TITLES_AFTER_PLACE_WORDS = frozenset(fold(w) for w in _NAME_PARTS["titles_after_place_words"])
# «به نام شهید X»: a preposition never opens a given name written in two words («بهنام»)
SPLIT_COMPOUND_HEADS_REFUSED = frozenset(
    fold(w) for w in _NAME_PARTS["split_compound_heads_refused"]
)
NOT_SECOND_SURNAME = {fold(w) for w in _NAME_PARTS["not_second_surname"]}
STOP_TOKENS = {fold(w) for w in _NAME_PARTS["not_surname"]}
# «کرد»: an everyday word that is also a surname, one only where a speaker is anchored
ANCHORED_SURNAMES = frozenset(fold(w) for w in _NAME_PARTS["anchored_surnames"])
GLUED_VERB_ENDS = tuple(fold(w) for w in _NAME_PARTS["glued_verb_ends"])
# «صوت», «فیلم»: a page's media label glued before the name that opens the story
PAGE_LABELS = frozenset(fold(w) for w in _NAME_PARTS["page_labels"])
JOINED_HONORIFICS: tuple[str, ...] = tuple(_NAME_PARTS["joined_honorifics"])
JOINED_HONORIFIC_RE = re.compile(r"^(?:" + seq(_NAME_PARTS["joined_honorifics"]) + r")(\w{3,})$")
HONORIFIC_BEFORE_RE = re.compile(r"(?:" + seq(_NAME_PARTS["honorifics"]) + r")\s?$")
# «سردار اسماعیلی»: a military rank right before a lone surname, part of how the person is
# called (longest first: «سرتیپ دوم»)
RANK_BEFORE_RE = re.compile(
    WB_L
    + r"(?:"
    + seq(sorted((fold(w) for w in _NAME_PARTS["military_ranks"]), key=len, reverse=True))
    + r")\s$"
)
# «با پیگیری مهندس شاهرخی استاندار ...»: a title inside a sentence, before a name and a role
# (literal-led, no boundary: the scan of a whole text skips to each title's first letter
# in C; the same matches, the titles of one first letter in the same order)
TITLE_IN_SENTENCE_RE = re.compile(
    "(?:" + literal_led(sorted(_NAME_PARTS["honorifics"], key=len, reverse=True), None) + r")\s"
)
# an honorific and/or quotes before a name that opens a clause («مهندس میرزایی», ««...»»)
# (longest first: «حجت‌الاسلام والمسلمین» is one title, not «حجت‌الاسلام» and a name; two
# titles may stand together: «سردار دکتر»)
HONORIFIC_OPEN_RE = re.compile(
    r"[\s«»\"]*(?:(?:"
    + seq(sorted(_NAME_PARTS["honorifics"], key=len, reverse=True))
    + r")\s[\s«»\"]*){0,2}"
)
# «مدیریت شعب ...»: an office named as a role; never inside an organisation's name
# («سازمان مدیریت و برنامه‌ریزی»)
_OFFICE_OWNERS = "".join(rf"(?<!{fold(w)}\s)" for w in _ROLES["office_owners"])
ROLE_HEAD_RE = re.compile(
    WB_L
    + "(?:"
    + alt(_ROLES["role_heads"])
    + "|"
    + _OFFICE_OWNERS
    + "(?:"
    + alt(_ROLES["office_heads"])
    + "))"
    + WB_R
)
# «معاون برنامه‌ریزی، توسعه و فناوری سازمان صنایع ...»: an organisation that a portfolio
# list after a role's comma runs into (regex source, used in a lookahead by people.py)
# (a plural, folded to «شرکت ها», is the firms themselves: «صادرات و واردات شرکت‌ها را»)
PORTFOLIO_OWNER = "(?:" + alt(_ROLES["portfolio_owners"]) + r")(?![\w\u200c])(?!\sها)"
OFFICE_HEAD_RE = re.compile(WB_L + "(?:" + alt(_ROLES["office_heads"]) + ")" + WB_R)
OFFICE_SPEECH_RE = re.compile(
    WB_L + "(?:" + alt(_ROLES["office_speech_cues"] + _SPEECH["speech_verbs"]) + ")" + WB_R
)
TERM_RE = re.compile(
    r"[،,:؛.!?؟\n()«»\"–—]|"
    + WB_L
    + "(?:"
    + seq(_ROLES["terminators"])
    + ")"
    + WB_R
    + "|"
    + WB_L
    + rf"در\s?(?:{seq(_ROLES['event_nouns'])})"
)
# «در جلسه», «در گفتگو»: where a name or a role clearly ends
# an ordinal may stand before the event («در بیستمین نشست ...», «در نخستین جلسه ...»)
EVENT_RE = re.compile(
    WB_L
    + r"در\s?(?:(?:[^\W\d_]{2,}مین|نخستین|اولین|آخرین)\s)?"
    + rf"(?:{seq(_ROLES['event_nouns'])})"
)
# Commas inside these names do not end a role.
PROTECT_RE = re.compile(
    "|".join(
        r"\s?".join(re.escape(w).replace("،", r"\s?[،,]") for w in fold(p).split())
        for p in _ROLES["protected_names"]
    )
)
# What may open a sentence before its speaker: the attribution «به گزارش ...،» or a
# scene-setting phrase «در ادامه این نشست،».
OPENER_RE = re.compile(
    r"\s*(?:به\s?گزارش[^،,:\n]{1,80}|(?:در\s?ادامه\s?)?(?:در\s?)?(?:"
    + _THIS
    + r")\s?(?:"
    + seq(_ROLES["scene_nouns"])
    + r")|در\s?ادامه)[،,]\s*"
)

# ---------------------------------------------------------------- speakers
# «... افزود», «... در گفتگو با»: what anchors a name no lexicon holds (speech.json).
SPEECH_CUE_RE = re.compile(
    r"\s?(?:" + alt(_SPEECH["speech_verbs"] + _SPEECH["speech_phrases"]) + ")" + WB_R
)
# «X از افزایش ... خبر داد»: a lead that names its speaker before «از»
# (both written literal-led, ``word_trie``: searched over a sentence's rest for every
# sentence start, two to twenty times faster than behind a leading lookbehind)
NEWS_OF_RE = re.compile(word_trie(_SPEECH["news_of_verbs"]) + WB_R)
SPEECH_VERB_RE = re.compile(word_trie(_SPEECH["speech_verbs"]) + WB_R)
# «... از شرکت‌های ... بازدید کرد»: the closing verb of a visit or an attendance
SCENE_VERB_RE = re.compile(word_trie(_SPEECH["scene_verbs"]) + WB_R)
# «... خاطرنشان کرد: ۳۵۰ زائرسرای»: a colon after a speech verb opens a quote, not a label
SPEECH_COLON_RE = re.compile(WB_L + "(?:" + alt(_SPEECH["speech_verbs"]) + r")\s?:\s?$")
# «... خبر داد روانشاد با بیان این که ... افزود»: a sentence that lost its full stop (a line
# break read as a space) runs on after its closing verb into the next one
# (written literal-led with ``word_trie``: the same matches, searched a sixth faster)
RUN_ON_RE = re.compile(
    word_trie(_SPEECH["speech_verbs"] + _SPEECH["news_of_verbs"]) + r"[ \t]+(?=[^\W\d_])"
)
# «جلیلیان‌نسب درباره توسعه خدمات ... خاطرنشان کرد»: a topic between a name and its verb
SPEAKER_TOPIC_RE = re.compile(r"(?:" + alt(_SPEECH["topic_phrases"]) + ")" + WB_R)
# «سیفی باغی به وصول حقوق دولتی اشاره کرد و افزود»: the verb of a clause whose speaker
# points to a matter with «به»
POINTED_TO_RE = re.compile(word_trie(_SPEECH["pointed_to_verbs"]) + WB_R)
# «... مازندران است شهیدفر افزود»: a sentence closed by a copula (or «رسید», «کرد»), its full
# stop lost, runs on into a surname and a speech verb
# the last word of a verb that closes a clause («خبر داد», «اظهار کرد», «است») or of a cue
# that stands before a name («با حضور», «به گفته»): never a given name
CLOSING_WORDS = frozenset(
    fold(p).split()[-1]
    for k in ("run_on_closers", "speech_verbs", "news_of_verbs", "name_cues_before")
    for p in _SPEECH[k]
)
RUN_ON_COPULA_RE = re.compile(
    WB_L + "(?:" + alt(_SPEECH["run_on_closers"]) + ")" + r"[ \t]+(?=[^\W\d_])"
)
# Where a match of ``RUN_ON_RE`` or of ``RUN_ON_COPULA_RE`` may start (a speech verb or a
# closer, as a whole word, then a space): both are wanted over every sentence of a text,
# and one scan for the two lists finds their few places (people.``_run_ons``)
RUN_ON_EITHER_RE = re.compile(
    phrase_starts(
        _SPEECH["speech_verbs"] + _SPEECH["news_of_verbs"] + _SPEECH["run_on_closers"], r"[ \t]"
    )
)
_DAY_WORDS = sorted({fold(w).replace(" ", "") for w in _SPEECH["glued_day_words"]}, key=len)
_DAY_HEADS = [w for w in _DAY_WORDS if not w.endswith(("شنبه", "جمعه"))]
_WEEKDAYS = [w for w in _DAY_WORDS if w not in _DAY_HEADS]
# «روزسه شنبه», «امروزپنج شنبه», «روزیکشنبه»: a day head glued to a weekday, or to the
# first word of a weekday written in two, is a time word of its own
_GLUED_DAY_TOKENS = {
    head + fold(day).split()[0]
    for head in _DAY_HEADS
    for day in _SPEECH["glued_day_words"]
    if fold(day).endswith(("شنبه", "جمعه"))
}
TIME_WORDS = frozenset(
    {w for p in _SPEECH["time_words"] for w in fold(p).split()} | _GLUED_DAY_TOKENS
)
# A weekday (with «روز»/«امروز» before it) glued to the end of a longer word.
GLUED_DAY_RE = re.compile(
    r"(?<=[^\W\d_]{3})(?:" + seq(_DAY_HEADS) + r")?(?:" + seq(_WEEKDAYS) + r")$"
)
# «مختار مهاجرگفت:»: a one-word speech verb glued to the end of the word before its colon
GLUED_SPEECH_VERBS = tuple(fold(w) for w in _SPEECH["glued_speech_verbs"])
GLUED_SPEECH_RE = re.compile(
    r"(?<=[^\W\d_]{3})(?:" + alt(_SPEECH["glued_speech_verbs"]) + r")(?=\s?[:：])"
)
NOT_SPEAKERS = frozenset(fold(w) for w in _SPEECH["not_speakers"])
NAME_BOUNDARIES = frozenset(fold(w) for w in _SPEECH["name_boundaries"])
# «دیدار با X استاندار ...», «سفر X، رئیس ...»: a person met or visiting follows; so does
# one whose words are reported («به گفته X معاون ...», «به اعتقاد X، رئیس ...»)
# (``word_trie``: the cues open with five letters, so the scan of a whole text skips to
# them in C; the same matches, about 40 % faster)
# «در این بازدید X معاون ...، Y رئیس ...»: a scene, then the officials attending it
# (``word_alt``: literal-led, so a scan of the whole text skips to each «د» in C instead of
# trying the word boundary at every character; the same matches, about 7 times faster)
ATTENDEE_CUE_RE = re.compile(
    word_alt(["در"]) + r"\s?(?:" + _THIS + r")\s?(?:" + seq(_ROLES["scene_nouns"]) + r")\s+(?![،,])"
)
MEETING_CUE_RE = re.compile(
    word_trie(_SPEECH["meeting_cues"] + _SPEECH["name_cues_before"]) + r"\s+"
)
# «X میزان ... را ۸۴۰ میلیارد اعلام کرد»: a sentence's object, then its closing verb (a
# comma may follow «را»: «X، عمده فعالیت ... را، در زمینه ... اعلام کرد»)
REPORTED_RE = re.compile(
    r"\sرا[،,]?\s[^.!?؟\n]*?"
    + WB_L
    + "(?:"
    + alt(_SPEECH["report_verbs"] + _SPEECH["speech_verbs"])
    + ")"
    + WB_R
)
# «X در گفت‌وگو با خبرنگاران اعلام کرد: ...»: a verb of report with the colon that opens a
# quote closes a speaker's sentence as a speech verb does (the colon: no object with «را»)
REPORT_COLON_RE = re.compile(word_trie(_SPEECH["report_verbs"]) + r"\s?:")
# «به گفته X»، «با حضور X»: a person's name follows (an anchor for everyday-word given names)
NAME_CUE_BEFORE_RE = re.compile(r"(?:" + alt(_SPEECH["name_cues_before"]) + r")\s?$")
# «به گفته نادری سال گذشته ...»: a cue reporting whose words follow (a surname may stand
# alone after it), and the indefinite words in «ی» that follow such a cue without a name
REPORTED_BY_RE = re.compile(r"(?:" + alt(_SPEECH["reported_by_cues"]) + r")\s+$")
REPORTED_BY_NOT_NAMES = frozenset(fold(w) for w in _SPEECH["reported_by_not_names"])
# everyday nouns of economic news (by sector) that never open a name no lexicon holds
NOT_SPEAKER_NOUNS = frozenset(
    fold(w) for words in _SPEECH["not_speaker_nouns"].values() for w in words
)
# «تنظیم و انتشار: X», «X (خبرنگار)»: a name that credits the copy, not a person of the story
# «گزارش و عکس: X», «متن، عکس: X»: two or three labels joined before the colon; a page's
# list bullet may open the line («  • نویسنده : X»: the page's byline box); a credit may
# also close the last sentence on its own line after a full stop or a slash («... تبدیل
# شود./عکس: X», «... است. عکس: X»: the photo credit the page set after the story); an
# agency's footer puts its credits after the news code and parts them with asterisks
# («۷۱۸۶/۶۰۴۲ خبرنگار: X** انتشار دهنده: Y»)
_BYLINE_LABEL = r"(?:" + alt(_SPEECH["byline_labels"]) + r")"
BYLINE_BEFORE_RE = re.compile(
    r"(?:^|\n|[.!؟/*]|\d+/\d+)[ \t]*(?:[•●▪■◾◆♦*·►◄][ \t]*)?"
    + _BYLINE_LABEL
    + r"(?:\s?(?:و|[،,/])\s?"
    + _BYLINE_LABEL
    + r"){0,2}\s?[:：]\s*$"
)
BYLINE_AFTER_RE = re.compile(r"\s*[(\-–—|]\s*(?:" + alt(_SPEECH["byline_marks"]) + r")" + WB_R)
# «سیده X گزارش می‌دهد» alone on its line: the reporter who signs the copy
BYLINE_VERB_RE = re.compile(r"[ \t]*(?:" + alt(_SPEECH["byline_verbs"]) + r")[ \t.:]*(?:\n|$)")
CLAUSE_OPENER_FIRST = frozenset(fold(p).split()[0] for p in _SPEECH["clause_openers"])
CLAUSE_OPENER_RE = re.compile(
    r"\s*(?:" + alt(_SPEECH["clause_openers"]) + r")" + WB_R + r"[،,]?\s*"
)

# ---------------------------------------------------------------- agencies
# Every spelling of an agency (canonical name, aliases), as its comparison key -> the
# canonical name; the attribution rules match these on whole words from a phrase's start.
AGENCY_ALIASES: dict[str, str] = {
    key(spelling): a["name"]
    for a in _AGENCIES["agencies"]
    for spelling in (a["name"], *a["aliases"])
}
# every spelling as written (canonical names and aliases)
AGENCY_SPELLINGS: tuple[str, ...] = tuple(
    spelling for a in _AGENCIES["agencies"] for spelling in (a["name"], *a["aliases"])
)
AGENCY_ALIAS_WORDS = max(
    len(fold(s).split()) for a in _AGENCIES["agencies"] for s in (a["name"], *a["aliases"])
)
AGENCY_DESK_WORDS = frozenset(key(w) for w in _AGENCIES["desk_words"])
AGENCY_COMMON_WORDS = frozenset(key(w) for w in _AGENCIES["common_word_aliases"])
BRAND_POINTERS = frozenset(key(w) for w in _AGENCIES["brand_pointers"])
BRAND_PREFIX_RE = re.compile(r"^(?:" + seq(_AGENCIES["brand_prefixes"]) + ")" + WB_R + r"\s*")
# «پایگاه خبری ایران شاد» -> «ایران شاد»; never before an organisation («پایگاه خبری وزارت ...»)
OUTLET_KIND_RE = re.compile(
    r"^\s*(?>(?:"
    + alt(_AGENCIES["outlet_kind_prefixes"])
    + ")"
    + WB_R
    + ")"
    + r"\s*(?!(?:"
    + alt(_AGENCIES["organisation_heads"])
    + ")"
    + WB_R
    + r")(?=\S)"
)
# the first words of a kind of outlet («پایگاه», «روزنامه»): desk words that belong to the
# outlet's written name, never stripped from before it
OUTLET_KIND_FIRST_WORDS = frozenset(
    key(fold(p).split()[0]) for p in _AGENCIES["outlet_kind_prefixes"] + _AGENCIES["brand_prefixes"]
)
# «X مرکز خوزستان», «X استان زنجان»: words that open a desk's place after an outlet's name
PLACE_DESK_WORDS = frozenset(key(w) for w in _AGENCIES["place_desk_words"])
# «به گزارش سالانه ...»: a report's adjective, no outlet follows
REPORT_ADJECTIVES = frozenset(key(w) for w in _AGENCIES["report_adjectives"])
# kinds of outlet that stay in an unknown outlet's name («خبرگزاری آوای دنا»)
KEPT_OUTLET_KINDS = frozenset(key(w) for w in _AGENCIES["kept_outlet_kinds"])
# «پایگاه خبری فناوری اطلاعات زنجان»: fields a described site is named by before its place
SITE_FIELDS = frozenset(key(w) for w in _AGENCIES["site_fields"])
# the words an agency's name (or a desk before it) can start with: a cheap first check
AGENCY_FIRST_WORDS = AGENCY_DESK_WORDS | {
    key(fold(s).split()[0]) for a in _AGENCIES["agencies"] for s in (a["name"], *a["aliases"])
}
BRAND_STOP_RE = re.compile(word_alt(_AGENCIES["brand_stops"]) + WB_R + "|" + ROLE_HEAD_RE.pattern)
# «منبع: سازمان بنادر و دریانوردی»: an organisation's release, not an outlet's copy
ORGANISATION_HEAD_RE = re.compile(r"^\s*(?:" + alt(_AGENCIES["organisation_heads"]) + ")" + WB_R)
# «به گزارش روابط عمومی ...»: a press office, never an outlet's brand
PRESS_OFFICE_RE = re.compile(r"^\s*(?:" + alt(_AGENCIES["press_offices"]) + ")" + WB_R)
NOT_BRANDS = frozenset(key(w) for w in _AGENCIES["not_brands"])
# any kind of outlet opening a name, also before an organisation's word («پایگاه تحلیلی
# خبری بانک و صنعت»: the name joined by «و» is read after it)
ANY_OUTLET_KIND_RE = re.compile(
    r"^\s*(?:"
    + alt([*_AGENCIES["outlet_kind_prefixes"], *_AGENCIES["brand_prefixes"]])
    + ")"
    + WB_R
    + r"\s*"
)
# «گروه رسانه‌ای سپهر» as the first line: a site's masthead, its kind before its name
MASTHEAD_KIND_RE = re.compile(r"^\s*(?:" + alt(_AGENCIES["masthead_kinds"]) + ")" + WB_R + r"\s*")
_LEAD_PREFIXES = seq(_AGENCIES["lead_prefixes"])
# ISNA/IRNA leads open with «ایسنا/کردستان» before the first sentence.
SRC_PREFIX_RE = re.compile(r"\s*(?:" + _LEAD_PREFIXES + r")\s?/\s?")

# ---------------------------------------------------------------- attribution cues
_ATTRIBUTION = load("attribution_cues.json")


# Cue phrases are tried longest first («منبع خبر» before «منبع»), each opening with its
# first word as a literal (``persian.word_alt``: a search skips ahead in C to it).
# «به گزارش X» is unbounded (a flat ``seq``): «وبه گزارش» glued to the «و» before it
# credits too.
REPORT_CUE = seq(sorted(_ATTRIBUTION["report"], key=len, reverse=True), r"\s*")
# «طبق اعلام X،», «بنابر اعلام X»: a credit only when a kind of outlet opens X (attribution.py)
ANNOUNCED_CUE = seq(sorted(_ATTRIBUTION["announced_by"], key=len, reverse=True))
ORIGIN_CUE = word_alt(sorted(_ATTRIBUTION["origin"], key=len, reverse=True))
SOURCE_LINE_CUE = word_alt(sorted(_ATTRIBUTION["source_line"], key=len, reverse=True))
# «انتهای پیام/الف»: a letter's name after the closing slash is a staff initial
LETTER_NAMES = frozenset(key(w) for w in _ATTRIBUTION["letter_names"])
# the words every origin cue ends with («نقل از»: also in «به نقل ازخبرنگار»), a cheap test
ORIGIN_TAILS: tuple[str, ...] = tuple(
    " ".join(fold(p).split()[-2:]) for p in _ATTRIBUTION["origin"]
)
INTERVIEW_TALK = seq(_ATTRIBUTION["interview_talk"])
INTERVIEW_MANNER = seq(_ATTRIBUTION["interview_manner"])
INTERVIEW_CONTACT = seq(_ATTRIBUTION["interview_contact"])
OFFICE_VISIT = seq(_ATTRIBUTION["office_visit"])
# «در گفتگو با خبرنگار X یادآورشد:», «... خاطرنشان کرد»: every speech verb of a quote
# (speech.json, whole compound verbs first, their space optional) ends an interview cue, as
# the attribution stems do; compared with their spaces taken out (``speech_verb_key``)
_INTERVIEW_SPEECH = [*_SPEECH["speech_verbs"], *_ATTRIBUTION["speech_verbs"]]


def speech_verb_key(verb: str) -> str:
    """An interview's verb as matched («یادآور شد», «یادآورشد») in one spelling."""
    return fold(verb).replace(" ", "")


ATTRIBUTION_SPEECH_VERBS = frozenset(speech_verb_key(w) for w in _INTERVIEW_SPEECH)
INTERVIEW_ENDS = seq([*_INTERVIEW_SPEECH, *_ATTRIBUTION["interview_ends"]])
WROTE_WORDS: tuple[str, ...] = tuple(_ATTRIBUTION["wrote"])
WROTE = seq(WROTE_WORDS)
# «وب‌سایت X در این باره نوشت»: what may stand between a republished site and «نوشت»
WROTE_ADVERBIALS = seq(_ATTRIBUTION["wrote_adverbials"])
PLACE_KIND_RE = re.compile(r"(?:" + seq(_ATTRIBUTION["place_kinds"]) + r")\s")
# («... ندای تفتان دراستان سیستان ...»: a preposition glued to the desk's place kind cuts too)
DESK_TAIL_RE = re.compile(
    r"\s+(?:(?:"
    + seq(_ATTRIBUTION["desk_tails"])
    + r")\s|(?:"
    + seq(_ATTRIBUTION["glued_prepositions"])
    + r")(?="
    + PLACE_KIND_RE.pattern
    + r")).*$"
)
AFTER_AGENCY = frozenset(_ATTRIBUTION["after_agency"])
AGENCY_GLUED_PREPS: tuple[str, ...] = tuple(_ATTRIBUTION["glued_prepositions"])
GLUED_DESK_WORDS = seq(_ATTRIBUTION["glued_desk_words"])
GLUED_SPEECH_PHRASES = seq(_ATTRIBUTION["glued_speech_phrases"])
# «به گزارش پایگاه خبری X از صداوسیما»: the network a programme site belongs to
OWNER_NETWORKS = frozenset(fold(w).replace(" ", "") for w in _ATTRIBUTION["owner_networks"])
NAMES_WITH_AND = seq(_ATTRIBUTION["names_with_and"])
NEWS_ID_LABELS = seq(_ATTRIBUTION["news_id_labels"])
# the first word of each label, written in every match («کد», «شناسه»): a text holding
# none of them holds no news id (a substring test, where the pattern is tried at every word)
NEWS_ID_FIRST_WORDS = tuple(sorted({fold(w).split()[0] for w in _ATTRIBUTION["news_id_labels"]}))
# «به گزارش روز دوشنبه ایرنا»: day words between the report cue and an outlet's name
REPORT_TIME_OPENER_RE = re.compile(
    r"^\s*(?:(?:" + seq(_ATTRIBUTION["report_time_openers"]) + r")\s+)+(?=[^\W\d_])"
)


def news_id_source(space: str) -> str:
    """Regex source of «کد خبر: 2772595» in folded text: a news-id label, a colon or not,
    the id (group ``id``), with ``space`` around the colon. One pattern for the cleaning
    (which moves a whole line of it out of the body) and the attribution (which finds it
    anywhere in the text), so a label or the id's length is changed in one place."""
    return rf"(?:{NEWS_ID_LABELS}){space}[:：]?{space}(?P<id>\d{{3,16}})"


# ---------------------------------------------------------------- round 9 subjects
# a facility of water and of oil or gas alike («چاه», «خط لوله»): the commodity decides
SHARED_FACILITIES = frozenset(fold(w) for w in _SUBJECTS["shared_facilities"])
COMMODITY_UNITS: dict[str, str] = {
    unit: label for label, units in _SUBJECTS["commodity_units"].items() for unit in units
}
# «۱.۶ میلیون نفر عضو تعاونی‌ها»: members of cooperatives
MEMBER_RE = words_re(_SUBJECTS["member_words"])
COOPERATIVE_RE = words_re(
    [w for w, label in COUNT_NOUNS.items() if label == "cooperatives"]
    + _COUNTED["establishment_plurals"]["cooperatives"]
)
# «... به بانک‌های عامل ارسال کرده», «از طریق بانک‌ها پرداخت شده»: money given through banks
BANK_REFERRAL_RE = words_re(_SUBJECTS["bank_referral_words"])
# «تعداد معادن», «تعداد واحدهای صنعتی»: the establishments a count, a multiple or a share counts
_ESTABLISHMENTS: dict[str, list[str]] = {}
for _noun, _label in COUNT_NOUNS.items():
    if _label in _COUNTED["establishment_plurals"]:
        _ESTABLISHMENTS.setdefault(_label, []).append(_noun)
for _label, _plurals in _COUNTED["establishment_plurals"].items():
    _ESTABLISHMENTS.setdefault(_label, []).extend(_plurals)
COUNT_OF_ESTABLISHMENT_RE = re.compile(
    WB_L + r"تعداد\s?(?:کل\s?)?(?:" + groups(_ESTABLISHMENTS.items()) + ")" + WB_R
)
# Round 21: «۱۰ درصد شهرک‌های کشور», «۳۰ درصد از معادن»: a share of establishments
SHARE_OF_ESTABLISHMENT_RE = re.compile(
    r"\s(?:از\s)?(?:" + groups(_ESTABLISHMENTS.items()) + ")" + WB_R
)
# Round 19: «معادن سیلیس به تعداد ۱۹ فقره»: the establishment named before «به تعداد»
ESTABLISHMENT_NOUN_RE = re.compile(WB_L + "(?:" + groups(_ESTABLISHMENTS.items()) + ")" + WB_R)
COUNT_INTRODUCER_RE = re.compile(WB_L + "(?:" + seq(_COUNTED["count_introducers"]) + r")\s?$")
# «تسهیلات برای خرید ۵۶۳۵ دستگاه»: a count right after the noun of buying
BUYING_BEFORE_RE = re.compile(WB_L + "(?:" + seq(_SUBJECTS["buying_nouns"]) + r")\s?$")
# «۳۶۳ فقره آن فعال هستند»: a part of the count before
PARTITIVE_PRONOUN_RE = re.compile(r"\s?(?:" + seq(_COUNTED["partitive_pronouns"]) + ")" + WB_R)
CONVOY_RE = words_re(_SUBJECTS["convoy_words"])
# Round 15 (see units.json and counted_nouns.json): «قیمت یک مترمربع»: a unit of reference
REFERENCE_UNITS = frozenset(_UNITS["reference_units"])
# «مصرف سرانه یک نفر»: one person a need or a use refers to
REFERENCE_PERSON_BEFORE_RE = re.compile(word_alt(_UNITS["reference_person_before"]) + r"\s?$")
# «استان ۶ میلیون و ۴۰۰ هزار نفری خراسان»: a place's population as its attribute
POPULATION_ADJECTIVE_PLACE_RE = re.compile(
    word_alt(_UNITS["population_adjective_places"]) + r"\s?$"
)
# «۹۰ درصدروان», «۱۶ هزار نفرتعهد»: a unit word glued to whatever word follows it still
# closes the number (a named group per unit code)
GLUED_UNIT_RE = re.compile(
    r"(?!\s?(?:"
    + seq(_UNITS["glued_exceptions"])
    + r"))\s?(?:"
    + "|".join(f"(?P<{code}>{seq(words)})" for code, words in _UNITS["glued_to_any_word"].items())
    + r")(?=[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc])"
)
# «یک شناور ۲۲۹ متری»: «یک», then up to two words, right before the size of that one thing
ONE_THING_BEFORE_RE = re.compile(
    word_alt(_UNITS["one_thing_before"]) + r"(?:\s[^\s\d.،,:؛]+){1,2}\s?$"
)
# «برای این سه طرح»: a demonstrative right before a small count in words refers back
REFERS_BACK_BEFORE_RE = re.compile(word_alt(_COUNTED["refers_back_before"]) + r"\s?$")

# «کسب و کار نیوز»: the words that close an outlet's name joined by «و» (attribution)
BRAND_TAILS = frozenset(fold(w) for w in _ATTRIBUTION["brand_tails"])

# «اسکله ۳۲ بندر شهید رجایی», «سکوی ۱۲ پارس جنوبی»: a numbered facility right before a bare number
NUMBERED_FACILITY_RE = re.compile(word_alt(_UNITS["numbered_facilities"]) + r"\s?$")
_WHERE = _COUNTED["where_counted"]
# «۲۲ پروژه در ۱۷ شهر استان»: «در» right before a count of places that says where
WHERE_BEFORE_RE = re.compile(word_alt(_WHERE["before"]) + r"\s?$")
WHERE_PLACES = frozenset(_WHERE["places"])
WHERE_REACH: int = _WHERE["reach"]
# «برای جمعیت ساکن در ۱۹۹۹ روستا»: people living in the places: the places are served
RESIDENTS_BEFORE_RE = re.compile(word_alt(_WHERE["residents_before"]) + r"\s?در\s?$")
# «تمامی ۲۶ شهر استان»: a word of totality right before a count of places
TOTALITY_BEFORE_RE = re.compile(word_alt(_WHERE["totality_before"]) + r"\s?$")

# round 28: «۱۲۰ پروژه عمرانی»: civil works of every sector, no one sector after a project noun
GENERAL_WORKS_RE = re.compile(r"\s?" + word_alt(_SUBJECTS["general_works_words"]) + WB_R)
# round 34: «۵۵ پروژه صنعتی»: industrial ventures, projects
VENTURE_PROJECT_RE = re.compile(
    r"\s?" + word_alt(_SUBJECTS["venture_project_words"]["words"]) + WB_R
)
# round 28: «ارزش پروژه‌های عمرانی افتتاحی ۲۱۵ میلیارد تومان»: the value of projects
_VALUE_OF_PROJECTS = _SUBJECTS["value_of_projects"]
VALUE_OF_PROJECTS_RE = re.compile(
    word_alt(_VALUE_OF_PROJECTS["heads"]) + r"\s?" + word_alt(_VALUE_OF_PROJECTS["nouns"]) + WB_R
)
# round 28: «با ظرفیت تولید بالغ بر ۵۰۰ میلیون قطعه بچه میگو»: a capacity head right before a count
_COUNT_CAPACITY = _SUBJECTS["count_capacity_before"]
COUNT_CAPACITY_HEADS = tuple(fold(w) for w in _COUNT_CAPACITY["heads"])
COUNT_CAPACITY_BEFORE_RE = re.compile(
    word_alt(_COUNT_CAPACITY["heads"])
    + r"(?:\s(?:"
    + seq(_COUNT_CAPACITY["links"])
    + r"))*(?:\s(?:"
    + seq(_COUNT_CAPACITY["approx"])
    + r"))?\s?$"
)
# round 38: «یک واحد ۲ هزار و ۵۰۰ قطعه‌ای»: a count written as an adjective (its «ای»)
SIZE_ADJECTIVE_NOUNS = frozenset(fold(w) for w in _SUBJECTS["size_adjective_nouns"])
SIZE_ADJECTIVE_RE = re.compile(r"\s?ای" + WB_R + r"(?!\s?که" + WB_R + ")")
# round 28: «... تن سیب درختی در سردخانه‌های استان باقی مانده»: goods held in a store
STORE_PLACE_RE = re.compile(WB_L + r"در\s" + word_alt(_SUBJECTS["store_places"]) + WB_R)
# round 30b: «... تن جو از انبار وارد بندر شد»: goods that left a store at home
FROM_STORE_RE = re.compile(WB_L + r"از\s" + word_alt(_SUBJECTS["store_places"]) + WB_R)
# round 33: «... تن سیب زمینی موجودی انبارها»: goods called the stock of a store
STOCK_OF_STORE_RE = re.compile(
    WB_L + word_alt(_SUBJECTS["stock_words"]) + r"\s" + word_alt(_SUBJECTS["store_places"]) + WB_R
)
# round 33: «... ۴۰ درصد نیاز برنج کشور را تأمین می‌کند»: a share of a good supplied
SHARE_SUPPLIED_RE = re.compile(
    WB_L
    + word_alt(_SUBJECTS["share_supplied"]["wholes"])
    + r"\s(?:[^.؛:\n]{0,40}?\s)?(?:را\s)?"
    + word_alt(_SUBJECTS["share_supplied"]["verbs"])
    + r"\s(?:می|کرده|شده|گردیده)"
)
SUPPLIED_FROM_OUTSIDE = tuple(_SUBJECTS["share_supplied"]["outside"])
# round 42b: «۳۹ هزار هکتار جنگل نخل»: a forest of a crop tree right after the hectares
FOREST_AFTER_UNIT_RE = re.compile(
    r"\s?" + word_alt(_SUBJECTS["crop_forests"]["forest_nouns"]) + WB_R
)
# round 42b: «۱۰ درصد آورد زاینده رود»: the inflow of a river right after the unit
_INFLOW = _SUBJECTS["river_inflow"]
INFLOW_AFTER_UNIT_RE = re.compile(
    r"\s?(?:از\s)?(?:کل\s)?" + word_alt(_INFLOW["inflow_nouns"]) + WB_R
)
RIVER_WORD_RE = words_re(_INFLOW["river_words"])
INFLOW_WINDOW = int(_INFLOW["window"])
# round 42b: «۴۰ درصد نیاز کشور به شکر»: the share of a whole's need right after a percentage
NEED_OF_A_WHOLE_AFTER_RE = re.compile(
    r"\s?(?:از\s)?(?:کل\s)?"
    + word_alt(_SUBJECTS["need_of_a_whole"]["need_words"])
    + r"\s"
    + word_alt(_SUBJECTS["share_supplied"]["wholes"])
    + WB_R
)
# round 33: «احداث مسیر ۱۱ هزار مترمربع», «با زیربنای ۳۲۰۰ مترمربع»: an area built
BUILDING_RE = words_re(_SUBJECTS["building_words"])
# round 38: «۲۸ کیلومتر راه روستایی», «۳۰ کیلومتر از جاده‌های ...»: a road right after a
# length's unit (not «راه آهن», «راه اندازی», «راه و شهرسازی»)
_ROAD_LENGTHS = _SUBJECTS["road_lengths"]
_NOT_ROAD_AFTER = r"(?!\s?(?:" + "|".join(map(re.escape, _ROAD_LENGTHS["not_roads_after"])) + r"))"
ROAD_WORD_RE = re.compile(word_alt(_ROAD_LENGTHS["roads"]) + WB_R + _NOT_ROAD_AFTER)
ROAD_AFTER_UNIT_RE = re.compile(r"\s*(?:از\s)?" + ROAD_WORD_RE.pattern)
# round 38: «میزان باطله برداری نیز حدود ۲۲ میلیون تن», «۳۶ هزار تن نیز باطله برداشت»
WASTE_WORDS: tuple[str, ...] = tuple(_SUBJECTS["waste_words"])
WASTE_AFTER_UNIT_RE = re.compile(r"\s?(?:نیز\s|هم\s)?" + word_alt(WASTE_WORDS))
# round 40: «سالانه ۱۲۰ هزار تن کانسنگ»: ore right after its unit is the mine's output
ORE_AFTER_UNIT_RE = re.compile(r"\s?" + word_alt(_SUBJECTS["ore_nouns"]))
# round 43: «استخراج ماده معدنی و باطله ... چهار میلیون تن»: ore and waste mined together
ORE_AND_WASTE_RE = re.compile(
    word_alt(_SUBJECTS["ore_nouns"]) + r"\s?و\s?" + word_alt(WASTE_WORDS) + WB_R
)
# round 42b: «۱۶۴ هزار تن محصول», «... تن خرما ... برداشت می‌شود»: a crop weighed as the yield
_CROP_OUTPUT = _SUBJECTS["crop_output"]
YIELD_AFTER_UNIT_RE = re.compile(r"\s?" + word_alt(_CROP_OUTPUT["yield_nouns"]) + WB_R)
HARVEST_STEMS: tuple[str, ...] = tuple(_CROP_OUTPUT["harvest_stems"])
# round 42b: «شاخص قیمت آپارتمان‌های مسکونی ... ۴.۱ درصد افزایش»: a price index's change
PRICE_INDEX_RE = words_re(_SUBJECTS["price_index_heads"]["words"])
# round 42b: «... تن خرما به کشورهای حوزه خلیج»: goods sent to foreign countries
SENT_ABROAD_RE = re.compile(
    WB_L + r"به\s?(?:" + seq(_SUBJECTS["sent_abroad"]["destinations"]) + ")" + WB_R
)
# round 33: «سردخانه ۲ هزار تنی»: a store named before its size
STORE_NAMED_RE = words_re(_SUBJECTS["store_places"])
# round 28: «۶۰۰ هکتار به شهر جدید ... الحاق شد»: land annexed to a town's limits
ANNEXATION_RE = words_re(_SUBJECTS["annexation_words"])
# round 28: «... هنوز در انبارها نگهداری می‌شود»: goods still kept in a store
KEPT_RE = words_re(_SUBJECTS["kept_words"])
# round 30: «بیشترین جذب سرمایه‌گذاران ... با ۳۱ مورد»: cases counted of investors attracted
INVESTORS_ATTRACTED_RE = re.compile(
    WB_L + "(?:" + seq(_SUBJECTS["investors_attracted"]["words"]) + ")"
)
INVESTOR_CLASSIFIERS = frozenset(_SUBJECTS["investors_attracted"]["classifiers"])
# round 30: «۷۰۰ مگاوات نیروگاه خورشیدی ...»: a plant noun right after power in MW sizes it
PLANT_AFTER_POWER_RE = re.compile(r"\s?(?:" + seq(_SUBJECTS["plants_after_power"]["words"]) + ")")
