"""Economic figures: a number with its unit, subject, kind, approximation and period.

A number becomes a figure only when a unit follows it (or «٪»/«%» precedes it); that one
rule already drops years («سال ۱۴۰۳»), article numbers («اصل ۹۰»), news codes and
ordinals. Durations («۲ سال اخیر», «۶ ماه نخست») are periods, never figures.

Subject, kind and period come from cue lexicons searched in the number's CLAUSE (sentence
cut at «:»/«؛» and at «<verb> و», so «X گفت: Y» does not mix the speaker's words with the
statement, nor «... است و ...» two statements):
 - subject: the noun right after the unit («۸۳۱ میلیون دلار صادرات», «۳۷ درصد اشتغال»),
   else the nearest cue before the number, else later in the clause; for counts the counted
   noun decides («شهرک» -> industrial_parks, «واحد صنعتی» -> industrial_units, a bare
   «واحد/مورد» inherits from the previous count in the sentence); a statement with no
   cue continues the one before it; an anaphor («این رقم», «این نرخ», «از این تعداد»,
   «۷۰ درصد این کالاها») takes the subject of the figure it refers to.
 - kind: target cues anywhere in the clause («هدف‌گذاری», «انتظار می‌رود», «برسد») win;
   then share («۸۰ درصد صادرات»), forecast near the number, change next to it
   («افزایش ۲۰ درصدی», but «با ۸ درصد کاهش به ۱۳۵ میلیون دلار»: the 135 is a level),
   then the nearest forecast/actual verb. «برسد»/«تا پایان سال» after «پیش‌بینی می‌شود»
   or before a future verb is a forecast, and so is a change that is predicted; «از این
   تعداد ... درصد» and «... درصد ... را تشکیل می‌دهد» are shares.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.extraction._text import WB_L, WB_R, Span, clause_spans, flex, fold, sentence_spans
from crawler.extraction.numbers import SCALES, NumberSpan, parse_number_spans


def _alt(words: list[str]) -> str:
    return "|".join(sorted((flex(w) for w in words), key=len, reverse=True))


# ---------------------------------------------------------------- units
_UNIT_WORDS: list[tuple[str, list[str]]] = [
    ("percent", ["درصدی", "درصد", "در صدی", "در صد"]),
    ("USD", ["دلاری", "دلار"]),
    ("EUR", ["یورویی", "یورو"]),
    ("IRR", ["ریالی", "ریال"]),
    ("IRT", ["تومانی", "تومان"]),
    ("IRT_HEMAT", ["همت"]),  # هزار میلیارد تومان
    ("AED", ["درهم"]),
    ("CNY", ["یوان", "یوآن"]),
    ("m2", ["متر مربع", "مترمربع"]),
    ("m3", ["متر مکعب", "مترمکعب"]),
    ("km", ["کیلومتر"]),
    ("m", ["متر"]),
    ("hectare", ["هکتاری", "هکتار"]),
    ("MWh", ["مگاوات ساعت"]),
    ("kWh", ["کیلووات ساعت"]),
    ("MW", ["مگاواتی", "مگاوات"]),
    ("kW", ["کیلووات"]),
    ("barrel", ["بشکه"]),
    ("litre", ["لیتر"]),
    ("kg", ["کیلوگرم"]),
    ("ton", ["تنی", "تن"]),
    ("person", ["نفری", "نفر"]),
    ("times", ["برابری", "برابر"]),
]
POWER_UNITS = frozenset({"MW", "kW", "MWh", "kWh"})
# What introduces the topic of a quoted statement («درباره X گفت:»).
TOPIC_RE = re.compile(
    WB_L + r"(?:درباره|درباره\s?ی|در\s?مورد|در\s?خصوص|با\s?اشاره\s?به|پیرامون)\s?"
)
# Land that is not farmland: industrial parks and zones, housing, mines.
NON_FARM_LAND_RE = re.compile(
    WB_L
    + r"(?:صنعتی|شهرک|منطقه\s?ویژه|منطقه\s?آزاد|مسکن|مسکونی|ساخت\s?و\s?ساز|معدن|معدنی|جنگل)"
    + WB_R
)
MONEY_UNITS = frozenset({"IRR", "IRT", "USD", "EUR", "AED", "CNY"})
# «۷۰ درصد آن صادر شود»: where a part went
TRADE_SUBJECTS = frozenset({"exports", "imports"})
# Subjects a bare «واحد» can take from the words after it.
COUNTABLE_SUBJECTS = frozenset({"housing", "tourism", "production", "electricity"})
# «۴۳۰۰ واحد دیگر»: more of what was counted before
OTHER_AFTER_RE = re.compile(r"\s?دیگر" + WB_R)
# «نفر ... فعالیت می‌کنند / مشغول‌اند / شاغل‌اند»: people counted at work
WORK_RE = re.compile(
    WB_L + r"(?:فعالیت\s?می\s?کنند|مشغول|شاغل|اشتغال\s?دارند|کار\s?می\s?کنند)" + WB_R
)
# «این تعداد» refers to a count; «این رقم/مبلغ/میزان» to an amount
COUNT_ANAPHOR_RE = re.compile(WB_L + r"(?:این|همین)\s?تعداد" + WB_R)
# Verbs that may follow a bare unit and no stop or kind lexicon carries
_BARE_VERB_RE = re.compile(WB_L + r"(?:بگذرد|گذشت|می\s?گذرد|گذشته|شود)" + WB_R)
# «سقف تسهیلات هر واحد مسکن»: what follows «هر» is the unit of the rate, not the subject
PER_RE = re.compile(WB_L + r"هر" + WB_R)
GENERIC_HEADS = frozenset({"production", "capacity"})
DOMAIN_SUBJECTS = frozenset({"electricity"})
# Counted nouns -> subject. None: no subject of its own; "?": decided by the qualifier that
# follows («واحد صنعتی») or inherited from the previous count in the sentence.
COUNT_NOUNS: dict[str, str | None] = {
    "واحد": "?",
    "مورد": "?",
    "پروانه": "licences",
    "مجوز": "licences",
    "جواز": "licences",
    "عرصه": "mining_units",
    "معدن": "mining_units",
    "شهرک": "industrial_parks",
    "ناحیه": "industrial_parks",
    "خوشه": "clusters",
    "طرح": "projects",
    "پروژه": "projects",
    "کارخانه": "production_units",
    "شرکت": "companies",
    "بنگاه": "enterprises",
    "کارگاه": "workshops",
    "تعاونی": "cooperatives",
    "فرصت شغلی": "employment",
    "شغل": "employment",
    "قلم": None,
    "مرحله": None,
    "فقره": None,
    "دستگاه": None,
    "باب": None,
    "نمایشگاه": None,
    "روستا": None,
    "خانوار": None,
    "اصله": None,
    "راس": "livestock",
    "رأس": "livestock",
    "قطعه": None,
    "کانتینر": None,
    "کامیون": None,
    "قرارداد": "contracts",
    "مرکز": None,
    "واگن": None,
    "فروند": None,
    "رام": None,
    "خودرو": None,
    "اتوبوس": None,
    "بازارچه": None,
    "پایانه": None,
    "نیروگاه": "electricity",
    "هتل": "tourism_units",
    "قفس": None,
    "حلقه": None,
    "رشته": None,
    "بندر": None,
    "اسکله": None,
    "اقامتگاه": "tourism_units",
    "مهمانپذیر": "tourism_units",
    "سردخانه": None,
    "انبار": None,
    "گلدان": None,
    "شاخه": None,
    "مزرعه": None,
    "استخر": None,
    "گلخانه": None,
    "گردشگر": "tourism",
    "مسافر": "tourism",
    "زائر": "tourism",
}
_QUALIFIERS: list[tuple[str, list[str]]] = [
    ("industrial_units", ["صنعتی"]),
    ("mining_units", ["معدنی", "معدن"]),
    (
        "production_units",
        ["تولیدی", "نساجی", "غذایی", "دارویی", "پتروشیمی", "فولادی", "بسته بندی", "فرآوری"],
    ),
    ("housing", ["مسکونی"]),
    ("agricultural_units", ["کشاورزی", "دامداری", "مرغداری", "گلخانه ای", "گلخانه‌ای"]),
    ("tourism_units", ["اقامتی", "گردشگری"]),
    ("service_units", ["خدماتی", "صنفی"]),
]
_UNIT_GROUPS = "|".join(f"(?P<{code}>{_alt(words)})" for code, words in _UNIT_WORDS)
_COUNT_ALT = _alt(list(COUNT_NOUNS))
UNIT_AFTER_RE = re.compile(
    rf"\s?(?:(?:دهم|صدم)\s)?(?:(?P<pct>[%٪])|(?:{_UNIT_GROUPS}|(?P<count>{_COUNT_ALT})){WB_R})"
)
PCT_BEFORE_RE = re.compile(r"[%٪]\s?$")
QUALIFIER_RE = re.compile(
    r"\s?(?:" + "|".join(f"(?P<{code}>{_alt(words)})" for code, words in _QUALIFIERS) + rf"){WB_R}"
)
TIME_AFTER_RE = re.compile(
    r"\s?(?:سال|ساله|سالهای|ماه|ماهه|روز|روزه|هفته|ساعت|دقیقه|ثانیه|دهه|قرن|فصل|شب|شبانه روز)"
    + WB_R
)
PRE_BLOCK_RE = re.compile(
    WB_L + r"(?:اصل|ماده|بند|تبصره|کد|شماره|فاز|پلاک|ردیف|صفحه|جدول|ساعت|سال|سالهای|قانون|تلفن|نسخه"
    r"|مصوبه|خبر|منطقه|کلاس|پایه|درجه|رتبه|مقام|کیلومتر|شناسه|اطلاعیه|بخشنامه)\s?:?\s?$"
)
# «تن» is also «persons»: «۳ تن از مدیران», «۵ تن از آنان»; «۵۰ هزار تن از این محصول»
# stays a tonnage. A group of people must follow «از».
_PEOPLE_NOUNS = (
    "مدیران|مسئولان|مسئولین|کارکنان|کارگران|کارمندان|افراد|اعضا|اعضای|جوانان|زنان|مردان|"
    "بیکاران|شاغلان|مددجویان|متقاضیان|دانشجویان|دانش آموزان|فارغ التحصیلان|کشاورزان|"
    "صیادان|دامداران|معدنکاران|فعالان|تجار|بازرگانان|صنعتگران|نمایندگان|مقامات|"
    "آنان|آنها|ایشان|این افراد|نیروهای|نیروها|پرسنل|همکاران|شهروندان|ساکنان|اتباع"
)
TON_PERSON_RE = re.compile(r"\s?از\s?(?:" + _PEOPLE_NOUNS.replace(" ", r"\s?") + ")" + WB_R)

# ---------------------------------------------------------------- approximation
_APPROX = [
    ("more_than", ["بیش از", "بیشتر از", "بالغ بر", "افزون بر", "متجاوز از", "فراتر از", "بالای"]),
    ("about", ["در حدود", "حدود", "حدودا", "حدوداً", "نزدیک به", "قریب به", "تقریبا", "تقریباً"]),
    ("less_than", ["کمتر از", "کم تر از", "زیر", "کمتر"]),
    ("at_least", ["دست کم", "حداقل"]),
    ("at_most", ["حداکثر"]),
]
APPROX_BEFORE_RE = re.compile(
    WB_L + "(?:" + "|".join(f"(?P<{k}>{_alt(w)})" for k, w in _APPROX) + r")\s?$"
)

# ---------------------------------------------------------------- subjects
_SUBJECTS: list[tuple[str, list[str]]] = [
    ("unemployment", ["نرخ بیکاری", "بیکاری"]),
    (
        "employment",
        [
            "اشتغال زایی",
            "اشتغال",
            "فرصت شغلی",
            "فرصت های شغلی",
            "شغل",
            "شاغل",
            "نیروی کار",
            "کارگر",
            "مشغول به کار",
        ],
    ),
    (
        "exports",
        [
            "صادرات",
            "صادراتی",
            "صادر شد",
            "صادر شده",
            "صادر شود",
            "صادر شوند",
            "صادر می",
            "صادر کرد",
            "صادرکننده",
        ],
    ),
    (
        "imports",
        [
            "واردات",
            "وارداتی",
            "وارد شد",
            "وارد شده",
            "وارد می",
            "وارد کرد",
            "وارد استان",
            "وارد کشور",
        ],
    ),
    ("investment", ["سرمایه گذاری", "سرمایه"]),
    ("credit", ["اعتبارات", "اعتباری", "اعتبار", "تسهیلات", "وام"]),
    (
        "price",
        [
            "قیمت خرید",
            "قیمت",
            "نرخ خرید",
            "نرخ مصوب",
            "هزینه تولید",
            "بهای",
            "ارزان تر",
            "گران تر",
            "ارزانتر",
            "گرانتر",
        ],
    ),
    ("production", ["تولیدات", "تولید", "استخراج", "برداشت", "صید"]),
    ("purchases", ["خریداری", "خرید"]),
    ("reserves", ["ذخایر", "ذخیره"]),
    ("capacity", ["ظرفیت"]),
    ("transparency", ["شفافیت", "شفاف سازی"]),
    ("budget", ["بودجه"]),
    ("revenue", ["درآمد", "فروش"]),
    ("inflation", ["تورم"]),
    ("tax", ["مالیات"]),
    (
        "cultivation",
        [
            "زیر کشت",
            "کشت",
            "باغات",
            "باغ",
            "نخلستان",
            "نخلستان ها",
            "تاکستان",
            "اراضی کشاورزی",
            "اراضی زراعی",
            "آبیاری",
            "شالیزار",
            "شالیزارها",
            "شالیزارهای",
            "گلخانه ها",
            "گلخانه های",
        ],
    ),
    (
        "tourism",
        [
            "گردشگران",
            "گردشگر",
            "گردشگری",
            "مسافران",
            "مسافر",
            "زائران",
            "زائر",
            "هتل ها",
            "هتل",
            "اقامتگاه ها",
            "اقامتگاه",
        ],
    ),
    ("housing", ["مسکن"]),
    ("electricity", ["برق", "نیروگاه", "نیروگاهی"]),
    ("transit", ["ترانزیت", "ترانزیتی"]),
    ("trade", ["مبادلات", "مبادله", "حجم تجارت", "تجارت خارجی", "تخلیه و بارگیری"]),
    ("growth", ["رشد"]),
]
SUBJECT_RE = re.compile(
    WB_L + "(?:" + "|".join(f"(?P<{k}>{_alt(w)})" for k, w in _SUBJECTS) + ")" + WB_R
)
_SEGMENT_RE = re.compile(r"[،,]")
# Where the immediate noun phrase after a unit ends.
_NP_STOP_RE = re.compile(r"[،,]|" + WB_L + r"(?:که|است|بود|و|را|تا)" + WB_R + r"|\d")
# A preposition ends it too when the figure's noun came first: «تسهیلات ۸ هزار میلیارد
# ریالی به واحدهای صادرات‌محور» is credit; without a noun before, the complement is what
# tells («۲۵۰ هزار تن به مراکز خرید», «۸ هزار نفر در این بخش مشغول به کار»).
_PREP_RE = re.compile(WB_L + r"(?:به|برای|در|از)" + WB_R)
_VERB_STOP_RE = re.compile(
    WB_L + r"(?:است|بود|شد|شده|کرد|گفت|داد|که|می|خواهد|باشد|دارد|داشته|برسد|گردد)" + WB_R
)

# ---------------------------------------------------------------- kinds
TARGET_RE = re.compile(
    WB_L
    + "(?:"
    + _alt(
        [
            "هدف گذاری",
            "هدفگذاری",
            "هدف",
            "اهداف",
            "قرار است",
            "انتظار می رود",
            "برسد",
            "برسانیم",
            "برساند",
            "رساندن",
            "چشم انداز",
            "تا پایان سال",
            "تا پایان امسال",
        ]
    )
    + ")"
    + WB_R
)
# Target cues that only say "to reach": after «پیش‌بینی» they report a forecast.
WEAK_TARGET_RE = re.compile(
    "|".join(flex(w) for w in ("برسد", "برساند", "رساندن", "تا پایان سال", "تا پایان امسال"))
)
PREDICTED_RE = re.compile(WB_L + flex("پیش بینی") + WB_R)
FORECAST_RE = re.compile(
    WB_L
    + "(?:"
    + _alt(
        [
            "پیش بینی",
            "می یابد",
            "خواهد",
            "خواهیم",
            "خواهند",
            "می رسد",
            "فراتر می رود",
            "برآورد می شود",
        ]
    )
    + ")"
    + WB_R
)
ACTUAL_RE = re.compile(
    WB_L + r"(?:شد|شده|شدند|گردید|گردیده|بود|بوده|داشت|داشته|رسید|رسیده|یافت|یافته|کرد|کرده|کردند"
    r"|کردیم|داشتیم|سال\s?گذشته|پارسال|تاکنون|ثبت\s?شد|خبر\s?داد|اکنون|هم\s?اکنون"
    r"|در\s?حال\s?حاضر|امروز|\S+ه\s(?:است|اند))" + WB_R
)
# «... قرار است ... و تاکنون ۱۲ هزار میلیارد ریال جذب شده»: what is done so far is actual
SO_FAR_RE = re.compile(WB_L + r"(?:تاکنون|تا\s?کنون|تا\s?به\s?حال|تا\s?امروز)" + WB_R)
FUTURE_RE = re.compile(WB_L + r"(?:خواهد|خواهند|خواهیم)" + WB_R)
SHARE_OF_BEFORE_RE = re.compile(
    WB_L + r"از\s?(?:این|همین|آن)\s?(?:تعداد|میزان|مقدار|رقم|مبلغ)[،,]?\s?(?:\S+\s?){0,2}$"
)
SHARE_VERB_RE = re.compile(
    WB_L + r"را\s?(?:تشکیل\s?می\s?دهد|تشکیل\s?می\s?دهند|به\s?خود\s?اختصاص)" + WB_R
)
LEVEL_BEFORE_RE = re.compile(WB_L + r"به\s?$")
CHANGE_RE = re.compile(WB_L + r"(?:افزایش|کاهش|رشد|رشدی|افت|افزایشی|کاهشی|جهش)" + WB_R)
# «از این تعداد ۲۳۰ واحد», «این رقم ... ۲۷ درصد رشد», «این نرخ ۹٫۱ درصد بود»: the figure is
# about what an earlier figure was about.
ANAPHOR_BEFORE_RE = re.compile(
    WB_L + r"(?:این|همین)\s?(?:تعداد|رقم|ارقام|نرخ|میزان|مقدار|عدد|آمار|حجم|مبلغ)" + WB_R
)
# «۷۰ درصد آن», «۷۰ درصد این کالاها»
ANAPHOR_AFTER_RE = re.compile(r"\s?(?:از\s)?(?:آن|آنها|این)" + WB_R)
SHARE_BEFORE_RE = re.compile(WB_L + r"(?:سهم|سهمی)" + WB_R)
CHANGE_AFTER_RE = re.compile(r"\s?(?:افزایش|کاهش|رشد|افت|بیشتر|کمتر|بالاتر|پایین تر)" + WB_R)
# «۸۰ درصد صادرات», «۹۰ درصد این صادرات», «۲۶ درصد آن», «۴۰ درصد پارچه کشور»: a part of a whole
SHARE_AFTER_RE = re.compile(
    r"\s?(?:(?:از\s)?(?:آن|آنها|این\s?\S+)"
    + WB_R
    + r"|(?:از\s|این\s)?(?!رشد"
    + WB_R
    + r"|ارزان|گران)(?="
    + SUBJECT_RE.pattern
    + r")|[^،,\d]{0,25}"
    + WB_L
    + r"(?:کشور|کل|ایران)"
    + WB_R
    + r")"
)

# ---------------------------------------------------------------- periods
_MONTHS = "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
_YEARQ = r"(?:امسال|پارسال|سال\s?(?:جاری|گذشته|قبل|\d{4}))"
PERIOD_RE = re.compile(
    WB_L
    + r"(?:"
    + r"(?:\d{1,2}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده)\s?ماه(?:ه)?\s?"
    + r"(?:نخست|اول|دوم|ابتدایی|پایانی|گذشته|منتهی\s?به\s?\S+)(?:\s?"
    + _YEARQ
    + ")?"
    + r"|نیمه\s?(?:نخست|اول|دوم)(?:\s?"
    + _YEARQ
    + ")?"
    + r"|(?:از\s?)?ابتدای\s?"
    + _YEARQ
    + r"(?:\s?تاکنون)?"
    + r"|(?:"
    + _MONTHS
    + r")\s?ماه(?:\s?"
    + _YEARQ
    + r"|\s?\d{4})?"
    + r"|سال\s?(?:\d{4}|جاری|گذشته|قبل|آینده)"
    + r"|برنامه\s?(?:پنجم|ششم|هفتم)"
    + r"|امسال|پارسال"
    + r")"
    + WB_R
)


def _unit_at(folded: str, num: NumberSpan) -> tuple[str, str | None, int] | None:
    """(unit, counted noun or None, end offset) for the unit right after a number."""
    m = UNIT_AFTER_RE.match(folded, num.end)
    if m is None or m.end() - num.end > 40:
        if PCT_BEFORE_RE.search(folded, max(0, num.start - 2), num.start):
            return "percent", None, num.end
        return None
    code = m.lastgroup
    if code == "pct":
        return "percent", None, m.end()
    if code == "count":
        noun = re.sub(r"\s+", " ", m.group("count"))
        return "count", noun, m.end()
    if code == "ton" and TON_PERSON_RE.match(folded, m.end()):
        return "person", None, m.end()
    return code, None, m.end()


def _quantity(folded: str, num: NumberSpan) -> bool:
    """After a blocking word («منطقه», «سال») the number is still a quantity when a unit
    follows and it cannot be a year: «منطقه ۳۲ هکتار», «تا پایان سال ۲ هزار و ۵۰۰ شغل»,
    but not «سال ۱۴۰۳ طرح‌های ...»."""
    value = num.value
    if isinstance(value, float) and not value.is_integer():
        return False
    if 1300 <= value <= 1500 or 1900 <= value <= 2100 or value < 10:
        return False
    return _unit_at(folded, num) is not None


# «۱۵ تا ۲۰ درصد», «از ۶۴ به ۷۰ بندر»: the first end shares the second one's unit.
_RANGE_JOINS = frozenset({"تا", "الی", "به", "-", "–"})
_FROM_BEFORE_RE = re.compile(WB_L + r"از\s?$")
_SCALE_RES = {word: re.compile(WB_L + word + WB_R) for word in SCALES}


def _range_start_unit(
    folded: str, num: NumberSpan, following: list[NumberSpan]
) -> tuple[str, str | None, int] | None:
    """The unit of the other end when ``num`` opens a range (and where that unit ends)."""
    if not following:
        return None
    other = following[0]
    join = folded[num.end : other.start].strip()
    if join not in _RANGE_JOINS:
        return None
    if join == "به" and not _FROM_BEFORE_RE.search(folded, max(0, num.start - 6), num.start):
        return None  # «به» joins a range only after «از»: «از ۶۴ به ۷۰ بندر»
    found = _unit_at(folded, other)
    if found is None:
        return None
    # the other end's unit end: kind and subject are read after the whole range
    return found


def _scale_missing(first: str, second: str) -> int:
    """The scale words («هزار», «میلیون», ...) of ``second`` that ``first`` lacks, multiplied."""
    factor = 1
    for word, scale in SCALES.items():
        if _SCALE_RES[word].search(second) and not _SCALE_RES[word].search(first):
            factor *= scale
    return factor


def _nearest(regex: re.Pattern[str], folded: str, lo: int, hi: int, point: int) -> int | None:
    best: int | None = None
    for m in regex.finditer(folded, lo, hi):
        d = m.start() - point if m.start() >= point else point - m.end()
        if best is None or d < best:
            best = d
    return best


def _subject_from(folded: str, lo: int, hi: int, *, allow_growth: bool, last: bool) -> str | None:
    """The first (or last) cue in [lo, hi); of adjacent cues the first, the head noun:
    «ظرفیت تولید» is capacity, «سهمیه تسهیلات اشتغال» credit."""
    found: str | None = None
    head_end = -2
    for m in SUBJECT_RE.finditer(folded, lo, hi):
        if m.lastgroup == "growth" and not allow_growth:
            continue
        adjacent = m.start() - head_end <= 1
        head_end = m.end()
        if adjacent and found is not None:
            # a domain beats a generic head: «تولید برق», «ظرفیت نیروگاه‌ها» are electricity
            if found in GENERIC_HEADS and m.lastgroup in DOMAIN_SUBJECTS:
                found = m.lastgroup
            continue
        found = m.lastgroup
        if not last:
            return found
    return found


def _predicate_at(rest: str) -> bool:
    """``rest`` starts with a verb, a preposition, a stop word or a change word: the noun
    phrase after a unit ended there."""
    return any(r.match(rest) for r in _PREDICATE_STARTS)


def _bare_unit(folded: str, unit_end: int, end: int) -> bool:
    """Nothing but a verb, a preposition or a change word follows the unit."""
    rest = folded[unit_end:end].lstrip()
    return not rest or _predicate_at(rest)


def _noun_before(folded: str, clause: Span, start: int) -> bool:
    """A subject cue (not «رشد») ends right before the number: «تسهیلات ۸ هزار ...»."""
    head = folded[max(clause.start, start - 25) : start].rstrip()
    matches = list(SUBJECT_RE.finditer(head))
    last = matches[-1] if matches else None
    return last is not None and last.end() == len(head) and last.lastgroup != "growth"


_PREDICATE_STARTS = (
    _NP_STOP_RE,
    _PREP_RE,
    _VERB_STOP_RE,
    _BARE_VERB_RE,
    ACTUAL_RE,
    FORECAST_RE,
    TARGET_RE,
    CHANGE_RE,
)
_WORD_RE = re.compile(r"\s?([^\W\d_]+)")
_NOT_A_WHOLE_RE = re.compile(
    WB_L
    + r"(?:بیشتر|کمتر|بالاتر|پایین|ارزان|گران|سهم|نسبت|معادل|الی|یا|طی|طبق|توسط|"
    + r"صادرات|واردات|ظرفیت|اشتغال|پیشرفت|نرخ|تورم|بیکاری|سود|کارمزد|مالیات|تخفیف|یارانه|"
    # reporting verbs: «نرخ بیکاری را ۱۲٫۶ درصد عنوان کرد»
    + r"عنوان|اعلام|ذکر|گزارش|برآورد|تخمین|تعیین)"
)


def _names_a_whole(folded: str, unit_end: int, end: int) -> bool:
    """The word after a percentage names what it is a part of (not a change, a verb, a
    preposition, a rate or a subject word that other rules read)."""
    m = _WORD_RE.match(folded, unit_end, end)
    if m is None:
        return False
    rest = folded[m.start(1) : end]
    return not (_NOT_A_WHOLE_RE.match(rest) or _predicate_at(rest))


def _np_subject(folded: str, clause: Span, start: int, unit_end: int) -> str | None:
    """The cue in the noun phrase right after the unit; a cue that starts inside it may
    run over a preposition («مشغول به کار»)."""
    stop = _NP_STOP_RE.search(folded, unit_end, clause.end)
    np_end = min(stop.start() if stop else clause.end, unit_end + 30)
    if _noun_before(folded, clause, start):
        prep = _PREP_RE.search(folded, unit_end, np_end)
        np_end = prep.start() if prep else np_end
    for m in SUBJECT_RE.finditer(folded, unit_end, min(clause.end, unit_end + 40)):
        if m.start() >= np_end:
            break
        if m.lastgroup != "growth":
            return m.lastgroup
    return None


def _topic(folded: str, sent: Span, clause: Span) -> str | None:
    """The subject a speaker announces before the colon: «درباره واردات گفت: ...»,
    «با اشاره به صادرات استان گفت: ...»."""
    if clause.start <= sent.start:
        return None
    m = TOPIC_RE.search(folded, sent.start, clause.start)
    if m is None:
        return None
    s = SUBJECT_RE.match(folded, m.end())
    return s.lastgroup if s and s.lastgroup != "growth" else None


def _subject(
    folded: str,
    clause: Span,
    num: NumberSpan,
    unit: str,
    unit_end: int,
    topic: str | None = None,
) -> str | None:
    """Nearest subject cue, searched in the order that fits how Persian news attach them.

    1. the noun phrase right after the unit («۸۳۱ میلیون دلار صادرات», «۳۷ درصد اشتغال»);
    2. the comma-delimited segment before the number («صادرات استان ... 20 درصد افزایش»);
    3. for percentages, forward to the verb, where «رشد» names the subject
       («در حوزه معدن ۱۳ درصد، ... ۲۳ درصد رشد هدف گذاری شده»);
    4. the rest of the clause before the number, then the topic the speaker announced
       («درباره واردات گفت: ...»), then the clause after the number.
    """
    pct = unit == "percent"
    s = _np_subject(folded, clause, num.start, unit_end)
    if s:
        return s
    seg_start = clause.start
    for m in _SEGMENT_RE.finditer(folded, clause.start, num.start):
        seg_start = m.end()
    per = PER_RE.search(folded, seg_start, num.start)
    if per:
        s = _subject_from(folded, seg_start, per.start(), allow_growth=False, last=True)
        if s:
            return s
    s = _subject_from(folded, seg_start, num.start, allow_growth=False, last=True)
    if s:
        return s
    if pct:
        vstop = _VERB_STOP_RE.search(folded, unit_end, clause.end)
        s = _subject_from(
            folded, unit_end, vstop.start() if vstop else clause.end, allow_growth=True, last=False
        )
        if s:
            return s
    s = _subject_from(folded, clause.start, num.start, allow_growth=False, last=True)
    if s:
        return s
    if topic:
        return topic  # announced by the speaker; beats words after the number
    return _subject_from(folded, unit_end, clause.end, allow_growth=False, last=False)


def _count_subject(folded: str, noun: str, unit_end: int) -> tuple[str | None, bool]:
    """Subject for a counted noun and whether it is generic (may inherit)."""
    fixed = COUNT_NOUNS.get(noun, None)
    q = QUALIFIER_RE.match(folded, unit_end)
    if fixed == "?":
        if q:
            return q.lastgroup, False
        if not OTHER_AFTER_RE.match(folded, unit_end):
            # «۲۰۰۰ واحد نهضت ملی مسکن»: a subject named in the noun phrase
            stop = _NP_STOP_RE.search(folded, unit_end, unit_end + 30)
            m = SUBJECT_RE.search(folded, unit_end, stop.start() if stop else unit_end + 30)
            if m and m.lastgroup in COUNTABLE_SUBJECTS:
                return m.lastgroup, False
        return None, True
    if fixed is None and noun in ("فقره",):
        m = SUBJECT_RE.match(folded, unit_end + 1)
        return (m.lastgroup if m else None), False
    return fixed, False


def _kind(
    folded: str, clause: Span, num: NumberSpan, start: int, unit: str, unit_end: int
) -> str | None:
    """Kind of a figure from cues in its clause (see the module docstring for the order)."""
    # «پیش‌بینی می‌شود ...» anywhere, or a future verb after the number («دو برابر خواهد شد»)
    forecast_said = (
        PREDICTED_RE.search(folded, clause.start, clause.end) is not None
        or FUTURE_RE.search(folded, num.end, clause.end) is not None
    )
    so_far = SO_FAR_RE.search(folded, max(clause.start, start - 20), start) is not None
    t = TARGET_RE.search(folded, clause.start, start)
    if t and not so_far and not (forecast_said and WEAK_TARGET_RE.fullmatch(t.group())):
        return "target"
    t = TARGET_RE.search(folded, unit_end, clause.end)
    if t and not _VERB_STOP_RE.search(folded, unit_end, t.start()):
        # «... به 100 درصد برسد», but not «۸٫۵ میلیون تن است و هدف ...»; after
        # «پیش‌بینی می‌شود» the same «برسد» is a forecast.
        if not (forecast_said and WEAK_TARGET_RE.fullmatch(t.group())):
            return "target"
    if unit == "percent":
        adjectival = folded[unit_end - 1] == "ی"  # «۲۰ درصدی صادرات»: a rate, not a part
        if not adjectival and SHARE_AFTER_RE.match(folded, unit_end):
            return "share"
        # «از این تعداد حدود ۴۰ درصد ...», «... ۶۰ درصد اقلام صادراتی را تشکیل می‌دهد»
        if SHARE_OF_BEFORE_RE.search(folded, max(clause.start, start - 30), start):
            return "share"
        if SHARE_VERB_RE.search(folded, unit_end, min(clause.end, unit_end + 60)):
            return "share"
        # «۳۰ درصد محصول», «۷۰ درصد بهای کلزا»: a percentage of a thing named after it
        if not adjectival and _names_a_whole(folded, unit_end, clause.end):
            return "share"
        # «سهم بخش معدن از تولید ناخالص داخلی استان را ۱۸ درصد ...»
        if SHARE_BEFORE_RE.search(folded, max(clause.start, start - 60), start):
            return "share"
    fc = _nearest(
        FORECAST_RE, folded, max(clause.start, start - 30), min(clause.end, unit_end + 40), num.end
    )
    if fc is not None:
        return "forecast"
    before = folded[max(clause.start, start - 14) : start]
    after = folded[unit_end : min(clause.end, unit_end + 14)]
    # «با ۸ درصد کاهش به ۱۳۵ میلیون دلار رسید», «به ۸٫۱ درصد کاهش یافت»: a level reached.
    reached = LEVEL_BEFORE_RE.search(before) is not None
    # A change that is predicted is reported as a forecast («پیش‌بینی می‌شود ... ۱۰ درصد
    # افزایش یابد»).
    if PREDICTED_RE.search(folded, clause.start, start):
        return "forecast"
    if not reached and (CHANGE_RE.search(before) or CHANGE_AFTER_RE.match(after)):
        return "change"
    if unit in ("percent", "times") and not reached:
        vstop = _VERB_STOP_RE.search(folded, unit_end, clause.end)
        if CHANGE_RE.search(folded, unit_end, vstop.start() if vstop else clause.end):
            return "change"  # «۱۲ درصد نسبت به مدت مشابه سال گذشته افزایش داشته»
        if unit == "times":
            return "change"  # a multiple is a change by nature («دو برابر شده»)
    fc = _nearest(FORECAST_RE, folded, clause.start, clause.end, num.end)
    ac = _nearest(ACTUAL_RE, folded, clause.start, clause.end, num.end)
    if fc is not None and (ac is None or fc <= ac):
        return "forecast"
    if ac is not None:
        return "actual"
    return None


# «نسبت به مدت مشابه سال گذشته ۱۵ درصد رشد»: the year after these words is the base of
# a comparison, not the period the figure is about.
_COMPARISON_BASE_RE = re.compile(
    r"(?:نسبت\s?به|در\s?مقایسه\s?با|مقایسه\s?با|مشابه)\s?(?:مدت\s?مشابه\s?|زمان\s?مشابه\s?)?$"
)


def _period(text: str, folded: str, clause: Span, sent: Span, num: NumberSpan) -> str | None:
    best: tuple[int, str] | None = None
    for lo, hi in ((clause.start, clause.end), (sent.start, sent.end)):
        for m in PERIOD_RE.finditer(folded, lo, hi):
            if m.start() <= num.start < m.end():
                continue
            if _COMPARISON_BASE_RE.search(folded, max(lo, m.start() - 30), m.start()):
                continue
            d = num.start - m.end() if m.end() <= num.start else (m.start() - num.end) + 20
            if best is None or d < best[0]:
                best = (d, text[m.start() : m.end()])
        if best:
            return best[1]
    return None


def _span_at(spans: list[Span], pos: int, default: Span) -> Span:
    return next((c for c in spans if c.start <= pos < c.end), default)


def extract_figures(text: str) -> list[dict[str, Any]]:
    """All figures in `text`, in order of appearance (no de-duplication here)."""
    folded = fold(text)
    nums = parse_number_spans(text)
    out: list[dict[str, Any]] = []
    if not nums:
        return out
    sents = sentence_spans(text)
    si = 0
    last_count_subject: tuple[int, str | None] | None = None  # (sentence index, subject)
    last_subject: str | None = None  # of the latest figure
    last_amount_subject: str | None = None  # of the latest figure that is not a count
    count_subjects: dict[str, str | None] = {}  # counted noun -> its latest subject
    split: dict[tuple[Span, bool], list[Span]] = {}  # clauses of a sentence, cut once

    def clauses(sent: Span, statements: bool) -> list[Span]:
        key = (sent, statements)
        if key not in split:
            split[key] = clause_spans(text, sent, statements)
        return split[key]

    for ni, num in enumerate(nums):
        while si < len(sents) - 1 and sents[si].end <= num.start:
            si += 1
        sent = sents[si] if sents else Span(0, len(text))
        clause = _span_at(clauses(sent, True), num.start, sent)
        if PRE_BLOCK_RE.search(folded, max(0, num.start - 16), num.start) and not _quantity(
            folded, num
        ):
            continue
        if TIME_AFTER_RE.match(folded, num.end):
            continue
        found = _unit_at(folded, num)
        value = num.value
        if found is None and (found := _range_start_unit(folded, num, nums[ni + 1 : ni + 2])):
            # «۳۶۰ تا ۳۸۰ هزار تن»: a scale word written once serves both ends
            value = value * _scale_missing(num.surface, nums[ni + 1].surface)
        if found is None:
            continue
        unit, noun, unit_end = found
        if unit == "IRT_HEMAT":
            unit, value = (
                "IRT",
                int(value * 10**12) if float(value * 10**12).is_integer() else value,
            )
        if unit == "count" and num.surface.strip() in ("یک", "يک"):
            continue  # indefinite article («یک واحد»), not a count
        am = APPROX_BEFORE_RE.search(folded, max(0, num.start - 14), num.start)
        approx = am.lastgroup if am else None
        start = am.start() if am else num.start
        anaphor_after = ANAPHOR_AFTER_RE.match(folded, unit_end) is not None
        part_of = unit == "percent" and anaphor_after  # «۴۰ درصد آن»: part of what came before
        anaphor = (
            anaphor_after or ANAPHOR_BEFORE_RE.search(folded, clause.start, num.start) is not None
        )
        if unit == "count":
            subject, generic = _count_subject(folded, noun or "", unit_end)
            if generic:
                # «۴ مورد» after «۳۵۶ واحد معدنی» in the sentence, or «از این تعداد ۲۳۰
                # واحد» after «۱۸۴۰ واحد تولیدی» of an earlier sentence (same noun first).
                if last_count_subject and last_count_subject[0] == si:
                    subject = last_count_subject[1]
                elif (anaphor or OTHER_AFTER_RE.match(folded, unit_end)) and (
                    noun in count_subjects or last_count_subject
                ):
                    subject = count_subjects.get(noun or "", None) or (
                        last_count_subject[1] if last_count_subject else None
                    )
                if subject:
                    last_count_subject = (si, subject)
            else:
                last_count_subject = (si, subject)
                count_subjects[noun or ""] = subject
        else:
            topic = _topic(folded, sent, clause)
            subject = _subject(folded, clause, num, unit, unit_end, topic)
            if subject is None:
                # «... دو برابر شده و به ۴۵۰۰ هکتار رسیده است»: the second statement
                # continues the first one's subject.
                wide = _span_at(clauses(sent, False), num.start, sent)
                # earlier statements only, and only when nothing after the unit names what
                # is counted («۱۲ هزار نفر صیاد» is its own thing)
                if wide.start < clause.start and _bare_unit(folded, unit_end, clause.end):
                    subject = _subject(
                        folded, Span(wide.start, clause.end), num, unit, unit_end, topic
                    )
            if part_of and last_subject:
                # «۶۲ همت تسهیلات ... که ۴۰ درصد آن پرداخت شده»: a part of what came before,
                # unless the words after say what it is («۲۰ درصد این صادرات», «۷۰ درصد آن
                # ... صادر شود»).
                later = _subject_from(folded, unit_end, clause.end, allow_growth=False, last=False)
                subject = (later if later in TRADE_SUBJECTS else None) or last_subject or later
            elif subject in (None, "growth"):
                wide_anaphor = anaphor or (
                    ANAPHOR_BEFORE_RE.search(folded, sent.start, num.start) is not None
                    and _bare_unit(folded, unit_end, clause.end)
                )
                if wide_anaphor:
                    # «این تعداد» points at a count; «این رقم/مبلغ» at an amount
                    counted = COUNT_ANAPHOR_RE.search(folded, sent.start, num.start)
                    antecedent = last_subject if counted else last_amount_subject
                    subject = antecedent or last_subject or subject
            if (
                subject is None
                and unit == "hectare"
                and not NON_FARM_LAND_RE.search(folded, sent.start, sent.end)
            ):
                subject = "cultivation"  # land in provincial news is farmland by default
            if (
                unit == "person"
                and _bare_unit(folded, unit_end, clause.end)
                and _np_subject(folded, clause, num.start, unit_end) is None
                and WORK_RE.search(folded, unit_end, clause.end)
            ):
                # «با این تسهیلات ۷۲۰۰ نفر ... مشغول به کار شده‌اند», «۱۲ هزار نفر در استان
                # ... فعالیت می‌کنند» (but «۱۲ هزار نفر صیاد» names them)
                subject = "employment"
            if (
                subject is None
                and unit in MONEY_UNITS
                and PER_RE.search(folded, clause.start, num.start)
            ):
                subject = "price"  # «هر کیلوگرم روغن زیتون ... ۸۵۰ هزار تومان»
            if unit in POWER_UNITS:
                subject = "electricity"  # «ظرفیت نیروگاه‌ها ۹۲۰۰ مگاوات»: the unit says what
        kind = _kind(folded, clause, num, start, unit, unit_end)
        end = unit_end
        q = QUALIFIER_RE.match(folded, unit_end) or SUBJECT_RE.match(folded, unit_end + 1)
        if q and q.start() - unit_end <= 1:
            end = q.end()
        last_subject = subject  # an anaphor refers to the latest figure, subject or not
        if unit != "count":
            last_amount_subject = subject
        out.append(
            {
                "value": value,
                "unit": unit,
                "subject": subject,
                "kind": kind,
                "approx": approx,
                "period": _period(text, folded, clause, sent, num),
                "text": text[start:end].strip(),
                "sentence": text[sent.start : sent.end].strip(),
                "start": start,
                "end": end,
            }
        )
    return out
