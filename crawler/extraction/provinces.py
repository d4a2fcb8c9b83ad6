"""Province detection: the 31 provinces with ISO 3166-2:IR codes, plus a city gazetteer.

Names are matched as whole words on folded text (so «قزوینی», «کرمانی», «اصفهانی», common
surnames, never match «قزوین» ...). Names that are also other things carry guards in
provinces.json: «خلیج فارس», «دریای مازندران», «اقلیم کردستان», «جمهوری آذربایجان» (the bare
word «آذربایجان» is never read as a province), «بانک مرکزی»; a place right after a firm's
kind is the firm («بانک پارسیان», «بیمه البرز»: cities.json 'brand_heads'). City names that
are everyday words (نور، بهار، مهر، شهریار ...) count only after «شهرستان/شهر/بندر/بخش».
Mentions inside person names and agencies named like a place are masked by the caller.

Ranking: title and supertitle mentions weigh 3, lead 2, body 1, a city mention half its
province. The primary province comes first; a secondary one is listed only when it is
mentioned at least twice with at least 40% of the primary's weight, or in the title —
a passing «... و استان همدان» does not make an article about Hamadan. A province listed with
the primary after «دو استان» / «۲ استان» / «استان‌های» («در سطح دو استان خوزستان و کهگیلویه و
بویراحمد») is where the activity is, and is kept.

A province named once is also kept when the text names it as a place of the activity, by
these rules (each a function below, marking the mention): listed with the primary («از
چایکاران گیلان و مازندران», «در دشت‌های ایلام و خوزستان»: `_coordinated`), named as where
goods go or come from («به مقاصد ...»: `_flow_lists`), as the place of a crossing, port or
terminal, or through its town («مرز جلفا در آذربایجان شرقی», «واردات ماهی از بندرهای استان
هرمزگان», «پایانه صادراتی جزیره خارگ»: `_trade_places`), or as ahead of the story's province
in a ranking («رتبه سوم را پس از خوزستان و کردستان»: `_ranking_leaders`).
A province named as where a speaker works («مدیرکل بنادر استان بوشهر») or as a comparison
(«نسبت به استان‌های ...») is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from crawler.data import load
from crawler.extraction.persian import WB_L, WB_R, alt, flex, fold, key, seq, word_alt

_PROV_DATA = load("provinces.json")["provinces"]
_CITY_DATA = load("cities.json")
PROVINCES: dict[str, dict[str, Any]] = {p["name"]: p for p in _PROV_DATA}
ISO: dict[str, str] = {p["name"]: p["iso"] for p in _PROV_DATA}
CITIES: dict[str, str] = _CITY_DATA["cities"]
_AMBIGUOUS_CITIES = {key(c) for c in _CITY_DATA["ambiguous"]}

# name key -> (province, is_city)
_NAME_INDEX: dict[str, tuple[str, bool]] = {}
for _p in _PROV_DATA:
    for _n in [_p["name"], *_p["variants"]]:
        _NAME_INDEX[key(_n)] = (_p["name"], False)
for _c, _prov in CITIES.items():
    _NAME_INDEX.setdefault(key(_c), (_prov, True))

_PROVINCE_NAMES = {n for p in _PROV_DATA for n in [p["name"], *p["variants"]]}
# «آذربایجان شرقی و غربی»: a sibling province named by its bare second word after another
_SIBLINGS: dict[str, dict[str, str]] = {
    p["name"]: words
    for head, words in load("provinces.json")["elided_siblings"].items()
    for p in _PROV_DATA
    if p["name"].startswith(head)
}
_SIBLING_WORD_RE = {
    prov: re.compile(r"\s?(?:[،,]|و)\s?(?P<w>" + seq(words) + ")" + WB_R)
    for prov, words in _SIBLINGS.items()
}
_ALL_NAMES = _PROVINCE_NAMES | set(CITIES)
NAME_RE = re.compile(WB_L + "(?:" + alt(_ALL_NAMES) + ")" + WB_R)
# «گیلان ومازندران»: a province (never a city: «وری» ...) with the «و» of a list glued on
# (the «و» first: a pattern that opens with a letter is searched fast, a lookbehind is not)
GLUED_AND_RE = re.compile(r"و(?<=\sو)(?P<name>" + alt(_PROVINCE_NAMES) + ")" + WB_R)
# «فارساز»: a place with a preposition glued after it (a role ends at the place); names of
# three letters at least, so a word is never read as one («بندر» is no «بن» + «در»); or
# with the clause's speech verb glued after it («پیرانشهرگفت:», round 43)
GLUED_PREP_RE = re.compile(
    WB_L
    + "(?:"
    + alt({n for n in _ALL_NAMES if len(key(n)) >= 3})
    + ")(?=(?:"
    + seq(load("roles.json")["glued_prepositions"])
    + r")\s|(?:"
    + seq(load("roles.json")["glued_speech_verbs"])
    + r")(?![^\W\d_]))"
)
_CITY_PREFIX_RE = re.compile(word_alt(_CITY_DATA["prefixes"]) + r"\s?$")
# «بانک پارسیان», «بیمه البرز»: a firm named after a place
_BRAND_BEFORE_RE = re.compile(word_alt(_CITY_DATA["brand_heads"]) + r"\s?$")
_OSTAN_BEFORE_RE = re.compile(word_alt(["استان"]) + r"\s?$")  # (literal-led: read per name)
# a list of provinces: «دو استان X و Y», «استان‌های X، Y و Z»
# («دراستانهای»: the preposition glued on)
_LIST_HEAD_RE = re.compile(WB_L + r"(?:در)?(?:(?:دو|سه|چهار|\d)\s?استان|استان\s?های)\s?$")
_LIST_JOIN_RE = re.compile(r"\s?(?:[،,]|و)\s?")
# two provinces side by side in a list: «گیلان و مازندران», «ایلام، خوزستان», «فارس و استان بوشهر»
_PAIR_JOIN_RE = re.compile(r"\s?(?:[،,]|و)\s?(?:استان\s)?")
_COMPARISON_RE = re.compile(
    word_alt(_CITY_DATA["comparison_cues"]) + r"\s(?:[^\s،,.؛:\n]+\s?){0,2}$"
)
# «مرز جلفا در », «از بندرهای شمالی استان », «بنادر »: a crossing or port, then the province
# on the same line (a headline's last word «گذرگاه‌های حساس» is no crossing of the dateline
# place opening the next line: «تهران- ایانا-»)
_TRADE_PLACE_RE = re.compile(
    WB_L
    + "(?P<head>"
    + seq(_CITY_DATA["activity_place_heads"])
    + r")(?:[^\S\n][^\s،,.؛:]+){0,3}[^\S\n]?(?:(?:در|از)[^\S\n])?(?:استان[^\S\n]?)?\Z"
)
# the heads' first words, shortest spelling kept: a cheap substring test before the rule
_TRADE_CUES = tuple(
    sorted({fold(w).split()[0] for w in _CITY_DATA["activity_place_heads"]}, key=len)
)
_OFFICE_BEFORE_RE = re.compile(word_alt(_CITY_DATA["office_heads"]) + r"\s?$")
# where goods or travellers go or come from: «به مقاصد X، Y و Z», «از مبادی استان‌های X و Y»
_FLOW_HEAD_RE = re.compile(
    WB_L
    + r"(?:به|از)\s(?:"
    + seq(load("cities.json")["flow_heads"])
    + r")(?:\s(?:استان|شهر|شهرستان)(?:\s?های)?)?\s?"
)
# «مهم‌ترین مقصد کالاهای استان، استان‌های X و Y است»: the destination noun as the subject,
# the provinces its predicate (no «به/از» before the noun)
_DEST_SUBJECT_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_CITY_DATA["destination_subject_heads"])
    + r")(?:\s[^\s،,.؛:\n]+){0,6}?\s(?:نیز\s)?استان\s?های\s?"
)
# the rest of that list up to a province: short items joined by «،» or «و» («تهران،
# بندرعباس، مرز ماهیرود، مشهد، اصفهان و »)
# an item's head words before a city in that list («مرز » of «مرز ماهیرود»)
_ITEM_HEAD_RE = re.compile(r"(?:[^\s،,.؛:\n]+\s?){0,2}")
_FLOW_ITEMS_RE = re.compile(r"(?:[^\s،,.؛:\n]+(?:\s[^\s،,.؛:\n]+){0,2}\s?(?:[،,]|\sو)\s?)*")

# «ارسال گوشت مرغ به استان تهران»: goods sent to a province (a cue word, up to four words,
# then «به», «استان» optional)
_SHIPPED_TO_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_CITY_DATA["shipment_cues"])
    + r")(?:\s[^\s،,.؛:\n]+){0,4}\sبه\s(?:استان\s?)?$"
)
_SHIPMENT_CUES = tuple(sorted({fold(w) for w in _CITY_DATA["shipment_cues"]}, key=len))
# the same told verb-last: «به استان‌های تهران و البرز ارسال می‌شود» («به», then «استان»
# or «استان‌های»: a bare «به تهران ارسال می‌شود» may be the capital's market), the list,
# then the verb within two words; never «نسبت به»
# («به سایر استان‌ها به ویژه استان‌های X و Y»: an example cue in place of «به»)
_EXAMPLE_CUES = tuple(sorted({fold(w) for w in _CITY_DATA["example_cues"]}, key=len))
_TO_BEFORE_RE = re.compile(
    r"(?<!نسبت\s)(?<!نسبت)"
    + WB_L
    + r"(?:(?:به|"
    + seq(_CITY_DATA["example_cues"])
    + r")\sاستان(?:\s?های)?\s?"
    # «به استان‌هایی از جمله X، Y ...», «به سایر استان‌ها به ویژه X و Y»: the example cue
    # right before the list, the group of destinations named before it
    + r"|به\s(?:سایر\s|دیگر\s)?استان(?:\s?ها(?:ی|یی)?)?\s(?:"
    + seq(_CITY_DATA["example_cues"])
    + r")\s)$"
)
_SHIP_VERB_AFTER_RE = re.compile(
    r"(?:\s[^\s،,.؛:\n]+){0,2}?\s(?:" + seq(_CITY_DATA["shipment_verbs"]) + ")"
)
_SHIP_VERB_CUES = tuple(sorted({fold(w) for w in _CITY_DATA["shipment_verbs"]}, key=len))
# «شهرستان البرز» (Qazvin): a county bearing another province's name, after a county word
_COUNTY_NAMESAKES = {key(n): p for n, p in _CITY_DATA["counties_named_like_provinces"].items()}
_NAMESAKE_CUES = tuple(fold(n) for n in _CITY_DATA["counties_named_like_provinces"])
_COUNTY_PREFIX_RE = re.compile(word_alt(_CITY_DATA["county_prefixes"]) + r"\s?$")

# «مرز باشماق», «پایانه مرزی شلمچه», «منطقه آزاد اروند»: a crossing, customs post or free
# zone named by a word that is no city (or is also a surname: «خسروی»), read only right
# after its head; an ambiguous city («مرز مهران») counts after these heads too
_CROSSINGS = {key(n): p for n, p in _CITY_DATA["crossings"].items()}
_CROSSING_PREFIX_RE = re.compile(word_alt(_CITY_DATA["crossing_prefixes"]) + r"\s?$")
_CROSSING_RE = re.compile(
    word_alt(_CITY_DATA["crossing_prefixes"])
    + r"\s(?P<name>"
    + alt(_CITY_DATA["crossings"])
    + ")"
    + WB_R
)
# the cheap test before the crossing rule: every head that holds no shorter head («مرز»
# is in «پایانه مرزی»), read from the same data, so a new head is never missed
_CROSSING_CUES = tuple(
    h
    for h in _CITY_DATA["crossing_prefixes"]
    if not any(o != h and o in h for o in _CITY_DATA["crossing_prefixes"])
)
# origins told verb-last: «از استان‌های گیلان و مازندران وارد می‌شود» (goods only: not
# after a traveller noun)
_FROM_BEFORE_RE = re.compile(WB_L + r"از\sاستان(?:\s?های)?\s?$")
_ORIGIN_VERB_AFTER_RE = re.compile(
    r"(?:\s[^\s،,.؛:\n]+){0,2}?\s(?:" + seq(_CITY_DATA["origin_verbs"]) + ")" + WB_R
)
_ORIGIN_VERB_CUES = tuple(sorted({fold(w) for w in _CITY_DATA["origin_verbs"]}, key=len))
_TRAVELLER_RE = re.compile(WB_L + "(?:" + seq(_CITY_DATA["traveller_nouns"]) + ")")
# the capital as the seat of a decision: «جلسه شورای اقتصاد در تهران», «در تهران تصویب شد»
CAPITAL: str = _CITY_DATA["capital"]
_SEAT_BEFORE_RE = re.compile(
    word_alt(_CITY_DATA["seat_cues"]) + r"(?:(?:\s[^\s،,.؛:\n]+){0,4}\s(?:در|به))?\s?$"
)
_APPROVAL_AFTER_RE = re.compile(
    r"(?:\s[^\s،,.؛:\n]+){0,1}\s(?:" + seq(_CITY_DATA["approval_words"]) + ")"
)


# «بعد از استان‌های X و Y رتبه سوم»: the list of provinces ahead in a ranking, named as
# provinces (a bare «پس از همدان رتبه دوم» is a comparison: the team gold lists no Hamadan)
_PROVINCE_LIST_HEAD = (
    "(?:" + alt(_CITY_DATA["province_list_heads"]) + r"|\d\s?" + flex("استان") + ")"
)
# one province ahead, named as a province: «پس از استان مرکزی رتبه دوم»
_RANKED_HEAD = "(?:" + _PROVINCE_LIST_HEAD + "|" + alt(_CITY_DATA["ranked_province_heads"]) + ")"
_AHEAD_BEFORE_RE = re.compile(
    WB_L + "(?:" + seq(_CITY_DATA["ahead_cues"]) + r")\s" + _RANKED_HEAD + r"\s?$"
)
# the rank word after the list (a comma between: «پس از استان مرکزی، رتبه دوم»)
_RANK_AFTER_RE = re.compile(
    r"\s?[،,]?\s(?:در\s)?(?:" + seq(_CITY_DATA["ranking_words"]) + ")" + WB_R
)
# or a superlative: «پس از استان مرکزی کمترین نرخ بیکاری» (only after a headed list)
_SUPERLATIVE_SUFFIX = _CITY_DATA["superlative_suffix"]
_SUPERLATIVE_AFTER_RE = re.compile(
    r"\s?[،,]?\s(?:در\s)?[^\s،,.؛:\n]+?" + flex(_SUPERLATIVE_SUFFIX) + WB_R
)
# the same ranking told rank first: «رتبه سوم را پس از خوزستان و کردستان», «مقام دوم کشور
# را بعد از استان‌های ...» (the rank word, up to three words, the ahead cue, «استان‌های»
# optional); a bare list must name two provinces at least, as after
_AHEAD_BARE_RE = re.compile(WB_L + "(?:" + seq(_CITY_DATA["ahead_cues"]) + r")\s?$")
_RANK_BEFORE_RE = re.compile(
    WB_L
    + "(?:"
    + seq(_CITY_DATA["ranking_words"])
    + r")(?:\s[^\s،,.؛:\n]+){1,3}\s(?:"
    + seq(_CITY_DATA["ahead_cues"])
    + r")\s(?:"
    + _RANKED_HEAD
    + r"\s?)?$"
)
_RANKING_CUES = tuple(fold(w) for w in _CITY_DATA["ranking_words"])

# «پایگاه خبری 3 استان شمالی کشور: مازندران، گیلان، گلستان»: a site's masthead line (short,
# opened by the head) names the site's coverage, not the story's places
_MASTHEAD_RE = re.compile(r"\s*(?:" + seq(_CITY_DATA["masthead_heads"]) + ")" + WB_R)
_MASTHEAD_CUES = tuple(sorted({fold(w).split()[0] for w in _CITY_DATA["masthead_heads"]}, key=len))
_MASTHEAD_MAX_LINE = 120
# «اخبار اهواز», «اخباراخبار اهواز»: a line of news words and one place names the site
_NEWS_MENU_WORDS = tuple(fold(w) for w in _CITY_DATA["news_menu_words"])
_NEWS_MENU_RE = re.compile(r"\s*(?:(?:" + seq(_CITY_DATA["news_menu_words"]) + r")\s?)+")
# «معادن مس سرچشمه در استان کرمان و مس سونگون در استان آذربایجان شرقی»: a site of production,
# up to six words, «در استان»; then «و», up to four words, «در استان» the second province
_SITE_BEFORE_RE = re.compile(
    WB_L + "(?:" + seq(_CITY_DATA["site_heads"]) + r")(?:\s[^\s،,.؛:\n]+){0,6}\sدر\sاستان\s?$"
)
_SITE_CUES = tuple(sorted({fold(w).split()[0][:4] for w in _CITY_DATA["site_heads"]}, key=len))
_PARALLEL_SITE_RE = re.compile(r"\sو(?:\s[^\s،,.؛:\n]+){0,4}\sدر\sاستان\s?")
# «ایستگاه چلگرد در کوهرنگ»: a town, a join, its county (one place named once)
# (or no join at all: «مبارکه اصفهان», a town and then its province, as an address is written)
_NESTED_JOIN_RE = re.compile(
    r"\s?(?:(?:"
    + seq(_CITY_DATA["nested_place_joins"])
    + r")\s?)?(?:(?:شهرستان|بخش|شهر|استان)\s?)?"
)
_AHEAD_CUES = tuple(fold(w) for w in _CITY_DATA["ahead_cues"])
# a province a pipe, road or line only passes through or leads to: «لوله‌گذاری از طریق استان X
# و شهرستان Y», «با عبور از استان X», «در مسیر ارتباطی و گردشگری به X قرار دارد»
_ROUTE_BEFORE_RE = re.compile(
    "(?:"
    + word_alt(_CITY_DATA["route_through_cues"])
    + r"\sاستان(?:\s?ها(?:ی)?)?"
    + "|"
    + word_alt(_CITY_DATA["route_toward_cues"])
    + r"(?:\s[^\s،,.؛:\n]+){0,3}?\sبه(?:\sاستان)?"
    + r")\s?$"
)
_ROUTE_CUES = tuple(
    sorted({fold(w) for w in _CITY_DATA["route_through_cues"] + _CITY_DATA["route_toward_cues"]})
)
_ROUTE_JOIN_RE = re.compile(r"\s?(?:[،,]|و)\s?(?:(?:استان|شهرستان|شهر)\s?)?")


def _guard(words: list[str], before: bool) -> re.Pattern[str] | None:
    if not words:
        return None
    alt = "|".join(flex(w) for w in words)
    return re.compile(WB_L + f"(?:{alt})\\s?$" if before else f"^\\s?(?:{alt})" + WB_R)


_GUARDS: dict[str, tuple[Any, Any, Any]] = {
    p["name"]: (
        _guard(p.get("not_before", []), True),
        _guard(p.get("not_after", []), False),
        _guard(p.get("requires_before", []), True),
    )
    for p in _PROV_DATA
}


@dataclass
class Mention:
    start: int
    end: int
    province: str
    is_city: bool
    with_ostan: bool
    group: int | None = None  # «دو استان خوزستان و کهگیلویه و بویراحمد»: one list
    flow: bool = False  # named as a destination or origin: «به مقاصد تهران و اصفهان»
    trade: bool = False  # named as where a crossing or port is: «مرز جلفا در آذربایجان شرقی»
    ranked: bool = False  # a leader of a ranking: «بعد از استان‌های خوزستان و کردستان رتبه سوم»
    partners: set[str] = field(default_factory=set)  # listed beside: «گیلان و مازندران»
    seat: bool = False  # the capital as where a decision is taken: «در تهران تصویب شد»
    in_list: bool = False  # a city among destinations: «به مقاصد تهران، مرز میلک و یزد»
    masthead: bool = False  # the site's coverage on its masthead line: not the story's
    site: bool = False  # where one of a firm's sites is, beside another province's site
    nested: bool = False  # the county or province of the town named just before it
    compared: bool = False  # after a comparison cue: «بعد از تهران؛ اصفهان رتبه نخست ...»
    route: bool = False  # only on a route: «لوله‌گذاری از طریق استان X», «در مسیر ... به X»


def province_mentions(text: str, exclude: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every province or city mention in `text`, guards applied, `exclude` spans skipped."""
    folded = fold(text)
    out: list[Mention] = []
    held: list[tuple[int, int, str]] = []  # names short of the word they require before
    found = [m.span() for m in NAME_RE.finditer(folded)]
    glued = [m.span("name") for m in GLUED_AND_RE.finditer(folded)]
    if glued:
        found = sorted(found + glued)
    for start, end in found:
        if exclude and any(s < end and start < e for s, e in exclude):
            continue
        k = key(folded[start:end])
        prov, is_city = _NAME_INDEX[k]
        before = folded[max(0, start - 20) : start]
        if _BRAND_BEFORE_RE.search(before):
            continue
        if not is_city:
            nb, na, rb = _GUARDS[prov]
            if nb and nb.search(before):
                continue
            if na and na.search(folded[end : end + 12]):
                continue
            if rb and not rb.search(before):
                held.append((start, end, prov))
                continue
        elif (
            k in _AMBIGUOUS_CITIES
            and not _CITY_PREFIX_RE.search(before)
            and not _CROSSING_PREFIX_RE.search(before)
        ):
            continue
        out.append(Mention(start, end, prov, is_city, bool(_OSTAN_BEFORE_RE.search(before))))
    if held:
        _guarded_list_items(folded, out, held)
    _elided_siblings(folded, out)
    _crossings(folded, out, exclude)
    _county_namesakes(folded, out)
    _county_lists(out)
    _group_lists(folded, out)
    _flow_lists(folded, out)
    _shipped_to(folded, out)
    _sent_to_verb_last(folded, out)
    _origins_verb_last(folded, out)
    _coordinated(folded, out)
    _trade_places(folded, out)
    _ranking_leaders(folded, out)
    _capital_as_seat(folded, out)
    _site_mastheads(folded, out)
    _news_menu_lines(folded, out)
    _sites_in_two_provinces(folded, out)
    _places_in_their_county(folded, out)
    _compared(folded, out)
    _routes(folded, out)
    return out


def _routes(folded: str, mentions: list[Mention]) -> None:
    """Mark a province a pipe, road or line only passes through or leads to («۱۸۰ کیلومتر
    لوله‌گذاری از طریق استان X و شهرستان Y انجام می‌شود», «در مسیر ارتباطی به X قرار
    دارد») and the places joined right after it: the route, not where the story happens."""
    if not any(c in folded for c in _ROUTE_CUES):
        return  # (a cheap test: most texts name no route)
    on_route = False
    for prev, m in zip([None, *mentions], mentions, strict=False):
        joined = (
            on_route
            and prev is not None
            and _ROUTE_JOIN_RE.fullmatch(folded, prev.end, m.start) is not None
        )
        on_route = joined or (
            not m.is_city
            and _ROUTE_BEFORE_RE.search(folded, max(0, m.start - 60), m.start) is not None
        )
        m.route = on_route


def _compared(folded: str, mentions: list[Mention]) -> None:
    """Mark mentions right after a comparison cue («بعد از تهران؛ استان اصفهان رتبه نخست»,
    «نسبت به فارس»): in a title such a province is the yardstick, not a place of the story,
    so being in the title does not list it (``rank_provinces``); a ranking's leaders are
    still listed through ``_ranking_leaders``."""
    for m in mentions:
        if _COMPARISON_RE.search(folded, max(0, m.start - 40), m.start):
            m.compared = True


def _line_around(folded: str, m: Mention) -> tuple[int, int]:
    """The start and end of the line a mention stands on: page furniture (a masthead, a news
    menu) is told by its whole line, not by the words next to the name."""
    start = folded.rfind("\n", 0, m.start) + 1
    end = folded.find("\n", m.end)
    return start, len(folded) if end < 0 else end


def _site_mastheads(folded: str, mentions: list[Mention]) -> None:
    """Mark the provinces on a site's masthead line («پایگاه خبری 3 استان شمالی کشور: مازندران،
    گیلان، گلستان», «سایت خبری جنوب کشور: بوشهر، هرمزگان»): a short line opened by a site
    head lists the region the site covers, whatever the story is about, so they do not count."""
    if not any(w in folded for w in _MASTHEAD_CUES):
        return  # (a cheap test)
    for m in mentions:
        start, end = _line_around(folded, m)
        if end - start <= _MASTHEAD_MAX_LINE and _MASTHEAD_RE.match(folded, start, m.start):
            m.masthead = True


def _news_menu_lines(folded: str, mentions: list[Mention]) -> None:
    """Round 42b: mark a place alone on a line of news words («اخبار اهواز», a site's name
    or menu, repeated and glued as pages flatten it: «اخباراخبار اهواز»): page furniture,
    like a masthead, naming the site's city, not a place of the story."""
    if not any(w in folded for w in _NEWS_MENU_WORDS):
        return  # (a cheap test)
    for m in mentions:
        start, end = _line_around(folded, m)
        if folded[m.end : end].strip() == "" and _NEWS_MENU_RE.fullmatch(folded, start, m.start):
            m.masthead = True


def _sites_in_two_provinces(folded: str, mentions: list[Mention]) -> None:
    """Mark two provinces named side by side as where a firm's sites are («معادن مس سرچشمه و
    میدوک در استان کرمان و مس سونگون در استان آذربایجان شرقی», «نیروگاه بادی در استان قزوین و
    نیروگاه خورشیدی در استان سمنان»): the activity happens in both. Two rates told side by
    side with no site («نرخ بیکاری در استان کرمان ... و در استان یزد») are a comparison."""
    if "در استان" not in folded or not any(w in folded for w in _SITE_CUES):
        return  # (a cheap test)
    for prev, nxt in zip(mentions, mentions[1:], strict=False):
        if prev.is_city or nxt.is_city or prev.province == nxt.province:
            continue
        if _PARALLEL_SITE_RE.fullmatch(folded, prev.end, nxt.start) and _SITE_BEFORE_RE.search(
            folded, max(0, prev.start - 80), prev.start
        ):
            prev.site = nxt.site = True


def _places_in_their_county(folded: str, mentions: list[Mention]) -> None:
    """Mark a mention that names the county or province of the town just before it
    («ایستگاه چلگرد در کوهرنگ», «روستای X از توابع شهرستان Y», with no join at all as an
    address is written: «فولاد مبارکه اصفهان»): one place named once, so
    it does not count as a second mention («named twice» is what keeps a secondary)."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if prev.is_city and prev.province == m.province and m.start - prev.end <= 20:
            if _NESTED_JOIN_RE.fullmatch(folded, prev.end, m.start):
                m.nested = True


def _crossings(folded: str, mentions: list[Mention], exclude: list[tuple[int, int]] | None) -> None:
    """Add crossings, customs posts and free zones named by a word that is no city of the
    gazetteer («صادرات از مرز باشماق»: Kurdistan, «پایانه مرزی شلمچه»: Khuzestan), read
    only right after their head: goods pass there, so they are places of the story
    (marked as trade places)."""
    if not any(w in folded for w in _CROSSING_CUES):
        return  # (a cheap test: most texts name no crossing)
    added = False
    for hit in _CROSSING_RE.finditer(folded):
        start, end = hit.span("name")
        if exclude and any(s < end and start < e for s, e in exclude):
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a city of the gazetteer already read there
        prov = _CROSSINGS[key(folded[start:end])]
        mentions.append(Mention(start, end, prov, True, False, trade=True))
        added = True
    if added:
        mentions.sort(key=lambda m: m.start)


def _guarded_list_items(
    folded: str, mentions: list[Mention], held: list[tuple[int, int, str]]
) -> None:
    """Keep a name that needs «استان» before it («مرکزی») when it is a later item of a list
    that «استان‌های» / «دو استان» opens («به استان‌های تهران، قم و مرکزی ارسال شد»): the
    list's head is the «استان» of every item. Not after a province named bare with no head
    («سمنان و مرکزی کشور»)."""
    for start, end, prov in held:
        i = next(
            (
                i
                for i, m in enumerate(mentions)
                if m.end <= start and _LIST_JOIN_RE.fullmatch(folded, m.end, start)
            ),
            None,
        )
        if i is None:
            continue
        while i > 0 and _LIST_JOIN_RE.fullmatch(folded, mentions[i - 1].end, mentions[i].start):
            i -= 1
        first = mentions[i].start
        if _LIST_HEAD_RE.search(folded, max(0, first - 20), first):
            mentions.append(Mention(start, end, prov, False, True))
            mentions.sort(key=lambda m: m.start)


def _elided_siblings(folded: str, mentions: list[Mention]) -> None:
    """Add the sibling provinces a list names by their bare second word after one named in
    full («آذربایجان شرقی و غربی», «خراسان شمالی، جنوبی و رضوی»): the head is written once,
    each bare word is a province of its own, a mention with the first one's standing."""
    added: list[Mention] = []
    for m in mentions:
        if m.is_city or m.province not in _SIBLINGS:
            continue
        at = m.end
        while sib := _SIBLING_WORD_RE[m.province].match(folded, at):
            prov = _SIBLINGS[m.province][sib.group("w")]
            if prov != m.province:
                added.append(Mention(sib.start("w"), sib.end("w"), prov, False, m.with_ostan))
            at = sib.end()
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda x: x.start)


def _joined_runs(folded: str, mentions: list[Mention]) -> Iterator[list[Mention]]:
    """The mentions in runs of places joined by «،/و» («استان‌های گیلان، مازندران و گلستان»):
    the origin and destination rules read a list as one phrase, cue before the first, verb
    after the last."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _PAIR_JOIN_RE.fullmatch(
            folded, mentions[j].end, mentions[j + 1].start
        ):
            j += 1
        yield mentions[i : j + 1]
        i = j + 1


def _origins_verb_last(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces (not cities) named after «از استان» as where goods come from, told
    verb-last («نهاده‌های دامی از استان خوزستان تامین می‌شود», «برنج از استان‌های گیلان و
    مازندران وارد می‌شود»): origins are listed as destinations are. Not when travellers
    come («مسافران ... از استان خوزستان وارد می‌شوند»: a traveller noun shortly before)."""
    if "از استان" not in folded or not any(w in folded for w in _ORIGIN_VERB_CUES):
        return  # (a cheap test)
    for run in _joined_runs(folded, mentions):
        start = run[0].start
        if (
            _FROM_BEFORE_RE.search(folded, max(0, start - 20), start)
            and _ORIGIN_VERB_AFTER_RE.match(folded, run[-1].end)
            and not _TRAVELLER_RE.search(folded, max(0, start - 60), start)
        ):
            for m in run:
                if not m.is_city:
                    m.flow = True


def _capital_as_seat(folded: str, mentions: list[Mention]) -> None:
    """Mark mentions of the capital named as where a national body sits or a decision is
    taken («در جلسه شورای اقتصاد در تهران», «اعتبار در تهران تصویب شد», «در نشست تهران»):
    the story's facts do not happen there, so they do not count, however often."""
    for m in mentions:
        if m.province != CAPITAL or m.is_city or m.flow or m.trade or m.ranked:
            continue
        if _SEAT_BEFORE_RE.search(folded, max(0, m.start - 60), m.start) or (
            _APPROVAL_AFTER_RE.match(folded, m.end)
        ):
            m.seat = True


def _county_namesakes(folded: str, mentions: list[Mention]) -> None:
    """A province's name after «شهرستان/فرمانداری» that is also the name of a county of
    another province («فرماندار شهرستان البرز»: Alborz county of Qazvin) is that county:
    read it as a city of its province, however the sentence goes on."""
    if not any(n in folded for n in _NAMESAKE_CUES):
        return  # (a cheap test)
    for m in mentions:
        if m.is_city:
            continue
        home = _COUNTY_NAMESAKES.get(key(folded[m.start : m.end]))
        if home and _COUNTY_PREFIX_RE.search(folded, max(0, m.start - 20), m.start):
            m.province, m.is_city = home, True


def _county_lists(mentions: list[Mention]) -> None:
    """A province's name between two cities of another province is a county of that
    province named alike («شهرستان‌های قزوین، تاکستان، آوج، البرز و آبیک»: Alborz county of
    Qazvin, not Alborz province): read it as that province's city. (Lists are told by their
    neighbours, not their joins: two cities of one province around it are enough.)"""
    for prev, m, nxt in zip(mentions, mentions[1:], mentions[2:], strict=False):
        if (
            not m.is_city
            and prev.is_city
            and nxt.is_city
            and prev.province == nxt.province != m.province
            and nxt.start - prev.end < 60
        ):
            m.province, m.is_city = prev.province, True


def _shipped_to(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces (not cities) named as where the story's goods are sent («تامین و
    ارسال گوشت مرغ به استان تهران», «صادرات سیب به استان‌های ...»): a place of its
    activity, as destinations are (the gold's convention since ho17)."""
    if not any(w in folded for w in _SHIPMENT_CUES):
        return  # (a cheap test)
    for m in mentions:
        if not m.is_city and _SHIPPED_TO_RE.search(folded, max(0, m.start - 70), m.start):
            m.flow = True


def _sent_to_verb_last(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces (not cities) named after «به استان» as where goods are sent, told verb-last
    as Persian mostly does («روزانه ۵۰۰ تن سیب به استان تهران ارسال می‌شود», «گوشت مرغ
    به استان‌های تهران و البرز می‌فرستند»): a list joined by «،/و» after «به», or after an
    example cue naming some of the destinations («به سایر استان‌ها به ویژه استان‌های ...»,
    «از جمله استان ...»), closed by a shipping verb within two words. Not after «نسبت به»
    (a comparison)."""
    if not any(w in folded for w in _SHIP_VERB_CUES) or (
        "به استان" not in folded and not any(w in folded for w in _EXAMPLE_CUES)
    ):
        return  # (a cheap test: «به استان» or an example cue is what the rule reads first)
    for run in _joined_runs(folded, mentions):
        if _TO_BEFORE_RE.search(folded, max(0, run[0].start - 40), run[0].start) and (
            _SHIP_VERB_AFTER_RE.match(folded, run[-1].end)
        ):
            for m in run:
                if not m.is_city:
                    m.flow = True


def _coordinated(folded: str, mentions: list[Mention]) -> None:
    """Pair provinces named side by side in a list («از چایکاران گیلان و مازندران», also a
    city and a province: «در رفسنجان و تهران»): when one of them is the story's province,
    the other shares its activity. Not after a
    comparison («نسبت به گیلان و مازندران», «پس از فارس و کرمان»)."""
    for prev, nxt in zip(mentions, mentions[1:], strict=False):
        # «بورس پسته در رفسنجان و تهران»: a city of one province beside another province
        # pairs the two provinces as well (two cities side by side do not)
        if (prev.is_city and nxt.is_city) or prev.province == nxt.province:
            continue
        if not _PAIR_JOIN_RE.fullmatch(folded, prev.end, nxt.start):
            continue
        if _COMPARISON_RE.search(folded[max(0, prev.start - 40) : prev.start]):
            continue
        prev.partners.add(nxt.province)
        nxt.partners.add(prev.province)
    # a list of three or more: «یزد، هرمزگان و سیستان و بلوچستان به ترتیب ...» pairs every
    # province of the run with every other (round 40: the third item shares the primary's
    # activity as the second does), when each neighbour pair was paired above
    for run in _joined_runs(folded, mentions):
        if len(run) < 3 or not all(
            nxt.province in prev.partners or nxt.province == prev.province
            for prev, nxt in zip(run, run[1:], strict=False)
        ):
            continue
        provinces = {m.province for m in run}
        for m in run:
            m.partners |= provinces - {m.province}


def _trade_places(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces named as the place of a crossing, port or terminal («مرز جلفا در
    آذربایجان شرقی», «واردات ماهی از بندرهای شمالی استان هرمزگان»), or through the town
    that is one («از پایانه صادراتی جزیره خارگ صادر شد»: Bushehr): goods pass there, so
    the province is a place of the story. Not an office's name («مدیرکل بنادر و دریانوردی
    استان بوشهر»: where the speaker works). The customs offices goods leave or enter by
    are such places too, and a list after the head shares it («گمرک شهرستان‌های کرمانشاه،
    اصفهان، کردستان و تهران»): the provinces listed on are marked, not the towns among
    them («گناوه»: the team gold maps no county of a route list)."""
    if not any(w in folded for w in _TRADE_CUES):
        return  # (a cheap test: most texts name no crossing or port)
    for i, m in enumerate(mentions):
        hit = _TRADE_PLACE_RE.search(folded, max(0, m.start - 60), m.start)
        if hit is None:
            continue
        head = hit.start("head")
        if _OFFICE_BEFORE_RE.search(folded[max(0, head - 20) : head]):
            continue
        m.trade = True
        prev = m
        for nxt in mentions[i + 1 :]:
            if not _PAIR_JOIN_RE.fullmatch(folded, prev.end, nxt.start):
                break
            nxt.trade = nxt.trade or not nxt.is_city
            prev = nxt


def _ranking_leaders(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces (not cities) listed as ahead of the story's province in a ranking
    («گلستان بعد از استان‌های خوزستان و کردستان رتبه سوم را کسب کرد»): they lead the
    same activity, so the story names them as its places too. A plain comparison («پس از
    فارس و کرمان بیشترین ...», «پس از همدان رتبه دوم») marks nothing."""
    if not any(w in folded for w in _RANKING_CUES) and not (
        _SUPERLATIVE_SUFFIX in folded and any(w in folded for w in _AHEAD_CUES)
    ):
        return  # (a cheap test: most texts rank nothing)
    run: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.is_city:
            run = []
            continue
        joined = run and _PAIR_JOIN_RE.fullmatch(folded, run[-1].end, m.start)
        run = [*run, m] if joined else [m]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt and not nxt.is_city and _PAIR_JOIN_RE.fullmatch(folded, m.end, nxt.start):
            continue  # the list goes on
        if _ranked_run(folded, run, m.end):
            for r in run:
                r.ranked = True


def _ranked_run(folded: str, run: list[Mention], end: int) -> bool:
    """The provinces of `run` (one list, ending at `end`) lead a ranking: the rank word
    after the list and an ahead cue before it, or the rank word and the cue before it
    («رتبه سوم را پس از خوزستان و کردستان»). The cue must open «استان‌های» / «دو استان»
    or a list of two provinces at least: one province named bare is a comparison."""
    start = run[0].start
    before = max(0, start - 40)
    if _SUPERLATIVE_AFTER_RE.match(folded, end) and not _RANK_AFTER_RE.match(folded, end):
        # a superlative ranks only a list an ahead cue and «استان» open
        return bool(_AHEAD_BEFORE_RE.search(folded, max(0, start - 25), start))
    if _RANK_AFTER_RE.match(folded, end):
        if _AHEAD_BEFORE_RE.search(folded, max(0, start - 25), start):
            return True
        return len(run) >= 2 and bool(_AHEAD_BARE_RE.search(folded, max(0, start - 10), start))
    hit = _RANK_BEFORE_RE.search(folded, before, start)
    if hit is None:
        return False
    return len(run) >= 2 or bool(_AHEAD_BEFORE_RE.search(folded, max(0, start - 25), start))


def _flow_lists(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces (not cities) named in a list of destinations or origins: a freight
    or travel story is also about where its goods go («به مقاصد تهران، بندرعباس، مشهد،
    اصفهان و سیستان و بلوچستان حمل شد»: Tehran, Isfahan, Sistan and Baluchestan), also
    with the destination noun as the subject and the list as its predicate («بیشترین مقصد
    کالاهای استان استان‌های تهران و فارس است»)."""
    if not any(w in folded for w in ("مقصد", "مقاصد", "مبد", "مباد")):
        return  # (a cheap test: most texts name no destinations)
    heads = [*_FLOW_HEAD_RE.finditer(folded), *_DEST_SUBJECT_RE.finditer(folded)]
    for head in heads:
        at = head.end()
        for m in mentions:
            if m.start < at or m.start - at > 160:
                continue
            items = _FLOW_ITEMS_RE.match(folded, at, m.start)
            if m.is_city:
                # an item of the list, maybe after its head («مرز ماهیرود»): a city or
                # crossing among destinations lists no province, even as a trade place
                if items and _ITEM_HEAD_RE.fullmatch(folded, items.end(), m.start):
                    m.in_list = True
                continue
            if items is None or items.end() != m.start:
                break
            m.flow = True


def _group_lists(folded: str, mentions: list[Mention]) -> None:
    """Mark provinces named together after «دو استان» / «استان‌های»: the places an
    activity spans («... در سطح دو استان خوزستان و کهگیلویه و بویراحمد»)."""
    for i, m in enumerate(mentions):
        if m.is_city or not _LIST_HEAD_RE.search(folded[max(0, m.start - 20) : m.start]):
            continue
        m.group = i
        for prev, nxt in zip(mentions[i:], mentions[i + 1 :], strict=False):
            if nxt.is_city or not _LIST_JOIN_RE.fullmatch(folded[prev.end : nxt.start]):
                break
            nxt.group = i


@dataclass
class _Score:
    weight: float = 0.0
    count: int = 0
    first: tuple[int, int] = (10**9, 10**9)
    in_title: bool = False
    sections: set[str] = field(default_factory=set)
    groups: set[int] = field(default_factory=set)
    flow: bool = False
    partners: set[str] = field(default_factory=set)


SECTION_WEIGHT = {"supertitle": 3.0, "title": 3.0, "lead": 2.0, "body": 1.0}
SECTION_ORDER = {"supertitle": 0, "title": 1, "lead": 2, "body": 3}


def rank_provinces(mentions: list[tuple[str, Mention]]) -> list[dict[str, str]]:
    """Order provinces by weighted mentions; keep the primary and strong secondaries."""
    scores: dict[str, _Score] = {}
    if any(not m.seat for _, m in mentions):
        mentions = [(section, m) for section, m in mentions if not m.seat]
    if any(not m.masthead for _, m in mentions):
        mentions = [(section, m) for section, m in mentions if not m.masthead]
    if any(not m.route for _, m in mentions):
        mentions = [(section, m) for section, m in mentions if not m.route]
    for section, m in mentions:
        sc = scores.setdefault(m.province, _Score())
        w = SECTION_WEIGHT[section] * (0.5 if m.is_city else 1.0)
        sc.weight += w
        sc.count += 0 if m.nested else 1
        sc.first = min(sc.first, (SECTION_ORDER[section], m.start))
        if section in ("title", "supertitle") and not m.compared:
            sc.in_title = True
        if m.group is not None:
            sc.groups.add(m.group)
        sc.flow = sc.flow or m.flow or (m.trade and not m.in_list) or m.ranked or m.site
        sc.partners |= m.partners
    if not scores:
        return []
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1].weight, kv[1].first))
    top = ordered[0][1].weight
    keep = [ordered[0][0]]
    primary = ordered[0][0]
    listed_with_primary = ordered[0][1].groups
    for name, sc in ordered[1:]:
        if sc.in_title or (sc.count >= 2 and sc.weight >= 0.4 * top):
            keep.append(name)
        elif sc.groups & listed_with_primary or sc.flow or primary in sc.partners:
            keep.append(name)
    return [{"name": n, "iso": ISO[n]} for n in keep]


def is_place(word: str) -> bool:
    """``word`` is the name of a province or a city of the gazetteer (a dictionary look-up:
    much cheaper than ``NAME_RE.fullmatch`` for one word)."""
    return key(word) in _NAME_INDEX


def counts_bare(word: str) -> bool:
    """``word`` is a place counted without «شهرستان/شهر ...» before it (no everyday-word
    city such as «مهر» or «بهار»)."""
    k = key(word)
    return k in _NAME_INDEX and k not in _AMBIGUOUS_CITIES


def city_province(name: str) -> str | None:
    """Province of a city/county seat (None when unknown)."""
    hit = _NAME_INDEX.get(key(name))
    return hit[0] if hit else None
