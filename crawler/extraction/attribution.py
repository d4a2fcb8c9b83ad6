"""Attribution (the agency a text credits) and news ids («کد خبر N»).

Real copy credits its source in many ways besides «به گزارش X،»: the origin of a copy
(«به نقل از ایرنا», a source line «منبع: ایسنا», a closing «انتهای پیام/ ایلنا»), a dateline
(«سنندج - ایرنا -», «دنیای اقتصاد - اهواز -», the old wire «شهرکرد، خبرگزاری جمهوری
اسلامی»), a lead prefix («خبرگزاری تسنیم:», «ایسنا/کردستان»), an interview («در گفت‌وگو با
خبرنگار مهر», «به ایسنا گفت», «دنیای اقتصاد نوشت»). Each cue is a named rule in ``RULES``,
tried in order of trust: the origin of a copy first (a story republished «به نقل از X» is
X's), the reporting agency next, then an interview with a known agency's reporter («در
مصاحبه با خبرنگار ایرنا»: a site's own dateline over IRNA's copy is only the site's
stamp), then datelines and lead prefixes, then other interviews.

A rule's candidate counts only when it names a known agency (crawler/data/agencies.json:
canonical names, aliases, provincial desks), matched on whole words at the START of the
candidate after desk words («گروه استان‌های», «خبرنگار»), never inside it: «باشگاه
خبرنگاران مرکز فارس» is YJC, not Fars. The canonical name is returned, so one agency has
one spelling downstream. When no rule names a known agency, the site's own brand after
«به گزارش» (or beside a place in a dateline: «خبر یزد - یزد -») is returned, cut to the
name itself: never a fragment glued to a person or a verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from crawler.data import load
from crawler.extraction.dates import NAMED_DATE_RE
from crawler.extraction.lexicon import (
    AFTER_AGENCY,
    AGENCY_ALIAS_WORDS,
    AGENCY_ALIASES,
    AGENCY_COMMON_WORDS,
    AGENCY_DESK_WORDS,
    AGENCY_GLUED_PREPS,
    AGENCY_SPELLINGS,
    ANNOUNCED_CUE,
    ANY_OUTLET_KIND_RE,
    ATTRIBUTION_SPEECH_VERBS,
    BRAND_POINTERS,
    BRAND_PREFIX_RE,
    BRAND_STOP_RE,
    BRAND_TAILS,
    DESK_TAIL_RE,
    FINITE_VERB_WORDS,
    GLUED_DESK_WORDS,
    GLUED_SPEECH_PHRASES,
    INTERVIEW_CONTACT,
    INTERVIEW_ENDS,
    INTERVIEW_MANNER,
    INTERVIEW_TALK,
    KEPT_OUTLET_KINDS,
    LETTER_NAMES,
    MASTHEAD_KIND_RE,
    NAMES_WITH_AND,
    NEWS_ID_FIRST_WORDS,
    NOT_BRANDS,
    NOT_SPEAKER_NOUNS,
    OFFICE_VISIT,
    ORGANISATION_HEAD_RE,
    ORIGIN_CUE,
    ORIGIN_TAILS,
    OUTLET_KIND_FIRST_WORDS,
    OUTLET_KIND_RE,
    OWNER_NETWORKS,
    PLACE_DESK_WORDS,
    PLACE_KIND_RE,
    PRESS_OFFICE_RE,
    PROTECT_RE,
    REPORT_ADJECTIVES,
    REPORT_CUE,
    REPORT_TIME_OPENER_RE,
    ROLE_HEAD_RE,
    SITE_FIELDS,
    SOURCE_LINE_CUE,
    SPEECH_VERB_RE,
    STOP_TOKENS,
    WROTE,
    WROTE_ADVERBIALS,
    WROTE_WORDS,
    news_id_source,
    speech_verb_key,
)
from crawler.extraction.names import find_names, speaker_at
from crawler.extraction.persian import WB_L, WB_R, fold, key, seq
from crawler.extraction.provinces import NAME_RE as PLACE_RE
from crawler.extraction.provinces import counts_bare

_TATWEEL = "\u0640"
# «به گزارش خبرنگار باشگاه\n\nخبرنگاران گیلان؛ مدیر\n\nجهاد کشاورزی شهرستان رشت گفت:»: a
# credit lead broken before its sentence ends (hard-wrapped copy whose lines became
# paragraphs; «رئیس سازمان صنعت، معدن\n\nو تجارت ...»): its breaks up to the first
# sentence mark are no breaks
_BROKEN_LEAD_RE = re.compile(r"(?:^|\n)[ \t]*(?:به\s*)?گزارش\s[^\n:.!?؟]{1,160}(?=\n)")
# Its two openings apart: the text's start (matched there only), and a line break (searched:
# a literal first, so the engine skips to each «\n» in C instead of trying both at every
# character); the first that matches is where the pattern's search finds its match
_BROKEN_LEAD_AT_START_RE = re.compile(_BROKEN_LEAD_RE.pattern.replace(r"(?:^|\n)", "", 1))
_BROKEN_LEAD_AFTER_BREAK_RE = re.compile(_BROKEN_LEAD_RE.pattern.replace(r"(?:^|\n)", r"\n", 1))
_LEAD_BREAK_RE = re.compile(r"\n+")
_LEAD_END_RE = re.compile(r"[.:!?؟]")


def join_broken_lead(text: str) -> str:
    """``text`` with the line breaks inside a broken credit lead (``_BROKEN_LEAD_RE``, up
    to the lead's first sentence mark, at most 300 characters) made one space each, the
    characters saved put back as spaces after that mark: same length, so offsets after
    the lead hold. Why: the credit («باشگاه خبرنگاران») and the role after it («مدیر
    جهاد کشاورزی ...») run across the break and were cut at it."""
    if "گزارش" not in text:
        return text
    m = _BROKEN_LEAD_AT_START_RE.match(text) or _BROKEN_LEAD_AFTER_BREAK_RE.search(text)
    if m is None:
        return text
    end = _LEAD_END_RE.search(text, m.end(), m.end() + 300)
    if end is None:
        return text
    lead = text[m.end() : end.start()]
    joined = _LEAD_BREAK_RE.sub(" ", lead)  # (one space: «معدن و تجارت» stays a role)
    pad = " " * (len(lead) - len(joined))  # after the mark, so the text keeps its length
    return text[: m.end()] + joined + text[end.start() : end.end()] + pad + text[end.end() :]


_TOKEN_RE = re.compile(r"[^\W_]+")
# «خبرنگارباشگاه خبرنگاران سنندج»: the desk word glued to the agency
_GLUED_DESK_RE = re.compile(rf"^({GLUED_DESK_WORDS})(?!ان|ی)(\w{{3,}})$")
# the first word of each desk word: every match opens with one (a cheap test per word)
_GLUED_DESK_FIRST = tuple(
    sorted({fold(w).split()[0] for w in load("attribution_cues.json")["glued_desk_words"]})
)

_SRC = r"(?P<src>[^،,:؛\n.]{2,90})"
REPORT_RE = re.compile(rf"(?:{REPORT_CUE})\s+" + _SRC)
# «طبق اعلام پایگاه اطلاع‌رسانی استانداری تهران،»: an announcement credited to a portal
ANNOUNCED_RE = re.compile(rf"(?:{ANNOUNCED_CUE})\s+" + _SRC)
# (a literal first, its word boundary checked behind it: a search that starts with a
# lookbehind tries every position of the text)
# «برگرفته از خبرگزاری تسنیم», «اقتباس از ...»: the same origin, worded as a borrowing
# («به نقل ازخبرنگار مهر»: the cue's «از» glued to the word after it)
ORIGIN_RE = re.compile(rf"(?:{ORIGIN_CUE})(?:\s+|(?=[^\W\d_]))" + _SRC)
# («منبع خبر : ایانا»: the line may say «source of the news»)
SOURCE_LINE_RE = re.compile(rf"(?:{SOURCE_LINE_CUE})\s?[:：]?\s*" + r"(?P<src>[^\n،,:|]{2,60})")


def _cue_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each cue phrase: ``flex`` writes every word of a phrase as a
    literal, so a text none of them is in holds no match of the cue (a cheap test: the
    scan of a whole text stops at every «ب» and «م» of it)."""
    return tuple(sorted({max(fold(p).split(), key=len) for p in phrases}))


_ORIGIN_WORDS = _cue_words(load("attribution_cues.json")["origin"])  # («نقل», «برگرفته»)
_SOURCE_LINE_WORDS = _cue_words(load("attribution_cues.json")["source_line"])  # («منبع»)
CLOSING_RE = re.compile(r"/+\s?(?P<src>[^/\n]{2,40}?)\s*$")
DATELINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<a>[^\n\-–—:،,]{2,40}?)[ \t]?[-–—][ \t]?"
    r"(?P<b>[^\n\-–—:؛،,]{2,40}?)[ \t]?[-–—:؛]"
)
# («تبریز- خبرگزاری جمهوری اسلامی 10/07/75»: the old wire with a dash after the city)
_WIRE_WORD = "خبرگزاری"  # in every match of ``WIRE_RE``
WIRE_RE = re.compile(
    r"(?m)(?:^|#)[ \t]*[^\n،,#\-–—]{2,20}?[ \t]?[،,\-–—][ \t]?(?P<src>"
    + _WIRE_WORD
    + r"[^\n\d]{2,40})"
)
# («اردبیل س خبرگزاری جمهوری اسلامی 25/7/73»: the old wire's archive copy, the dash between
# city and wire lost or garbled; the date stamp right after the wire's name marks it)
WIRE_DATED_RE = re.compile(
    r"(?P<src>" + _WIRE_WORD + r"[^\n\d]{2,40}?)[ \t]?\d{1,2}/\d{1,2}/\d{2}(?:\d\d)?(?!\d)"
)
LEAD_RE = re.compile(r"(?m)^[ \t]*(?P<src>[^\n:؛/]{2,45}?)[ \t]?[:؛/]")
# «در گفت‌وگو با خبرنگار X», «به X گفت», «...با خبرنگار X گفت» (glued: «جنوبیبا خبرنگار»)
# («درگفت وگو باخبرنگارایانا»: «با» glued to «خبرنگار»). An interview cue names the
# agency it talks to even when that is an everyday word («در گفت‌وگو با فارس در زنجان»);
# the bare «به» does so only before a speech verb («سفر به فارس در ...» is a trip), its
# quote mark glued to it or not («به«X» می‌گوید»). A
# visit to the agency's office names it too («X با حضور در دفتر ایلنا گفت»).
_INTERVIEW_CUE = (
    rf"(?:(?P<talk>(?:{INTERVIEW_TALK})ی?(?:\s?(?:{INTERVIEW_MANNER}))?\s?با(?:\s+|(?=(?:{GLUED_DESK_WORDS})))"
    rf"|(?:{OFFICE_VISIT})\s+)"
    rf"|(?:{INTERVIEW_CONTACT})\s?با\s+|با\s?(?=(?:{GLUED_DESK_WORDS}))|به(?<!\wبه)(?:\s+|(?=«)))"
)
INTERVIEW_RE = re.compile(
    _INTERVIEW_CUE
    + rf"(?P<src>[^،,:؛\n.]{{2,60}}?)(?:\s?(?P<verb>{INTERVIEW_ENDS})"
    + WB_R
    + r"|\s?[،,:]|(?<=\w)(?=(?:از|در)\s)"  # («خبرنگار مهراز ...»: glued to the name)
    + rf"|\s(?=(?:{GLUED_SPEECH_PHRASES})))"  # («... ساری بااشاره به»: a glued «با اشاره»)
)
# The same with no preposition glued to the name: read again when ``INTERVIEW_RE`` cut a
# name that is no known agency's at a glued «از», «در», «با» («چشم‌انداز جنوب», «شیراز
# زیبا»: the letters belong to the word)
_INTERVIEW_UNGLUED_RE = re.compile(
    _INTERVIEW_CUE
    + rf"(?P<src>[^،,:؛\n.]{{2,60}}?)(?:(?:(?!از|در|با)|\s)(?P<verb>{INTERVIEW_ENDS})"
    + WB_R
    + r"|\s?[،,:]"
    + rf"|\s(?=(?:{GLUED_SPEECH_PHRASES})))"
)
_GLUED_PREP_STARTS = ("از", "در", "با")
_NAME_END_RE = re.compile(r"[^\W\d_]+$")
# «سفر به استان فارس، ...»: a province or town named with its kind is a place, never the
# agency an interview talks to
WROTE_RE = re.compile(r"(?m)(?:^|[.:]\s?)(?P<src>[^\n.:،,]{2,40}?)\s" + f"(?:{WROTE})" + WB_R)
# ««خبرجنوب» نوشت»: a quoted name that wrote is an outlet, known or not
QUOTED_WROTE_RE = re.compile(r"«(?P<src>[^»\n]{2,40})»\s?" + f"(?:{WROTE})" + WB_R)
# «وب‌سایت X در این باره نوشت:», «روزنامه X در گزارشی نوشت»: a republished story names
# the site that wrote it, an adverbial between the name and the verb at most
KIND_WROTE_RE = re.compile(
    r"(?m)(?:^|[.:]\s?)(?P<src>[^\n.:،,]{2,40}?)"
    + rf"(?:\s(?:{WROTE_ADVERBIALS}))?\s(?:{WROTE})"
    + WB_R
)
# «آزنا آنلاین- مدیرکل ...», «اتاق خبر: محمد ...», «البرز. امیدبانوان؛ ...»: the site's own
# name opening a paragraph (after a place and a full stop at most) before a dash or colon
_BW = r"[^\s\d\-–—_:؛،,.|/«»]{2,}"  # a word of a brand
# («پایگاه خبری نگین دشت -», «هفته‌نامه X؛»: up to two more words when a kind of outlet
# opens them; «X/همدان رئیس ...», «- X/ مدیرکل ...»: a slash before the desk's place)
SELF_BRAND_RE = re.compile(
    # «date 2025-08-22 » (spaced by the normaliser «2025 - 08 - 22»): a date stamp
    r"(?m)^[ \t]*(?:(?:[A-Za-z]+[ \t]+)?\d{4}(?:[ \t]?[-/][ \t]?\d{1,2}){2}[ \t]+)?"
    r"(?:[-–—][ \t]*)?(?:[^\s.\-:؛/]+\.[ \t]*)?"  # «البرز. »: a place, a stop
    # («باشگاه خبرنگاران جوان _ X گفت»: an underscore typed for the dash)
    rf"(?P<src>{_BW}(?:[ \t]{_BW}){{0,4}})[ \t]?(?P<sep>[-–—_:؛/])"
    r"(?=[ \t]*[«\"]?(?:(?P<digit>\d)|[^\W\d_]))"
)
# «ایرتاگ- خبرگزاری تلگراف ایران.»: the site's own name before a dash, glossed after it by
# a kind of outlet (an agency, a news site, a paper) and its long name; the dash and the
# kind are found first, the name is read back from the dash to the sentence's start
_GLOSS_KIND_RE = re.compile(
    r"[-–—][ \t]?(?:"
    + seq(
        [
            *load("agencies.json")["kept_outlet_kinds"],
            *load("agencies.json")["outlet_kind_prefixes"],
            *load("agencies.json")["brand_prefixes"],
        ]
    )
    + ")"
    + WB_R
)
_GLOSS_HEAD_RE = re.compile(rf"(?:^|(?<=[.!?؟\n]))[ \t]*(?P<src>{_BW}(?:[ \t]{_BW})?)[ \t]?\Z")
# «... ایرنا» as the text's last line: a bare agency name closing the copy
LAST_LINE_RE = re.compile(r"\n[ \t]*(?P<src>[^\n]{2,40}?)[ \t]*\s*$")
# «آراز خبر- مدیرکل ...», «date 2025-08-22 باشگاه خبرنگاران جوان - مدیرعامل ...»: the words
# right before a single dash in the opening (a headline may be glued before them), up to
# the line start or a mark; they credit the copy when their last words spell a known
# agency in full. (Dashes are found first: a pattern of words before a dash would be tried
# at every word of the opening.)
# A dash (a space or tab before it kept with it), not part of a double dash. Written to
# open with the class of its first characters, the lookbehind after it (no dash before the
# match): the engine then skips to spaces and dashes in C (twice as fast as a leading
# lookbehind over the head of an article).
_DASH_RE = re.compile(r"[ \t\-–—](?<![-–—][ \t\-–—])(?:(?<=[ \t])[-–—]|(?<=[-–—]))(?![-–—])")
_DASHES = "-–—"  # one of them is in every match of ``_DASH_RE``
_DASH_WINDOW_CUT_RE = re.compile(r".*[\n:،,.؛\-–—]", re.S)
# «date 2025-12-08 باشگاه خبرنگاران جوان ، روح‌الله ...»: a line that opens (after a Latin
# or digit stamp at most) with an agency's name and a comma
LINE_CREDIT_RE = re.compile(
    r"(?m)^[ \t]*(?:[A-Za-z0-9\-/:.]+[ \t]+)*(?P<src>[^\W\d_][^\n،,:؛]{1,40}?)[ \t]?[،,]"
)
# «مهر , 13 آذر 1392 ساعت 14:00»: a line that opens with a name, a comma and a full date
# (day, month name, year): a print page's credit line
DATED_CREDIT_RE = re.compile(
    r"(?m)^[ \t]*(?P<src>[^\W\d_][^\n،,:؛\d]{1,40}?)[ \t]?[،,][ \t]?(?="
    + NAMED_DATE_RE.pattern
    + ")"
)
# «1403/02/05 / خبرگزاری ایسنا / استانها»: a page's credit line of fields parted by
# slashes, a numeric date first, then the outlet (then its section, or the line's end):
# the mirror of «خبرگزاری ایسنا / 1404/06/22» that ``lead_prefix`` reads (the line may
# be joined to the headline above it by the cleaning's rewrapping: after a space too)
DATED_SLASH_CREDIT_RE = re.compile(
    r"(?m)(?:^|(?<=[ \t]))\d{2,4}/\d{1,2}/\d{1,4}[ \t]*/[ \t]*"
    r"(?P<src>[^\W\d_][^\n/:؛]{1,40}?)[ \t]*(?:/|$)"
)
# «سپهرغرب، گروه خبر: ...»: a site's name before its desk label opening a line
DESK_LABEL_RE = re.compile(
    rf"(?m)^[ \t]*(?P<src>{_BW}(?:[ \t]{_BW}){{0,2}})[ \t]?[،,][ \t]?گروه[ \t][^\n:،,]{{2,30}}:"
)
# the first line of the text, short: a site banner («ARAZKHABAR.IR»)
BANNER_RE = re.compile(r"\s*(?P<src>[^\n]{2,45}?)[ \t]*(?:\n|$)")

_PERSIAN_LETTER_RE = re.compile(r"[\u0620-\u064a\u067e-\u06cc]")

# «راه و شهرسازی», «صنعت، معدن و تجارت»: ministry names whose «و» is no desk tail
_PROTECT_AND_RE = re.compile(PROTECT_RE.pattern + "|" + NAMES_WITH_AND)

Span = tuple[int, int]
Rule = Callable[[str], Iterator[Span]]


# a preposition («مهراز») or «نوشت» («ایرنانوشت») written glued after an agency's name
_GLUED_AFTER_AGENCY: tuple[str, ...] = AGENCY_GLUED_PREPS + WROTE_WORDS


def _glued_prep(word: str) -> int:
    """Where a preposition or «نوشت» glued after an agency's name starts («مهراز»: «مهر»
    + «از»; «ایرنانوشت»: «ایرنا» + «نوشت», never credited as one fused word), 0 when
    there is none."""
    if word.endswith(_GLUED_AFTER_AGENCY) and len(word) > 4 and word not in AGENCY_ALIASES:
        for tail in _GLUED_AFTER_AGENCY:
            if word.endswith(tail) and word[: -len(tail)] in AGENCY_ALIASES:
                return len(word) - len(tail)
    return 0


_VOWEL_ENDS = ("ا", "و")


def _ezafe_cut(word: str) -> int:
    """Where the ezafe «ی» written glued after a vowel-final agency name starts
    («ایلنای گلستان», «ایسنای فارس»: the agency's provincial desk), 0 when there is none."""
    if word.endswith("ی") and len(word) > 3 and word not in AGENCY_ALIASES:
        stem = word[:-1]
        if stem.endswith(_VOWEL_ENDS) and stem in AGENCY_ALIASES:
            return len(stem)
    return 0


def _word_spans(src: str) -> list[tuple[str, int, int]]:
    """Words of a source phrase with their offsets; a desk word glued to the agency
    («خبرنگارایانا») or a preposition glued after it («مهراز») makes two words."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN_RE.finditer(src):
        word = m.group().replace(_TATWEEL, "")  # (offsets kept: the tatweel stays in src)
        if not word:
            continue
        glued = _GLUED_DESK_RE.match(word) if word == m.group() else None
        prep = (_glued_prep(word) or _ezafe_cut(word)) if word == m.group() else 0
        if glued:
            cut = m.start() + len(glued.group(1))
            out += [(glued.group(1), m.start(), cut), (glued.group(2), cut, m.end())]
        elif prep:
            cut = m.start() + prep
            out += [(word[:prep], m.start(), cut), (word[prep:], cut, m.end())]
        else:
            out.append((word, m.start(), m.end()))
    return out


def _words(src: str) -> list[str]:
    """The words of a source phrase (``_word_spans`` without offsets, cheaper: read for
    every candidate of every rule)."""
    words: list[str] = []
    for w in _TOKEN_RE.findall(src.replace(_TATWEEL, "") if _TATWEEL in src else src):
        glued = _GLUED_DESK_RE.match(w) if w.startswith(_GLUED_DESK_FIRST) else None
        prep = 0 if glued else _glued_prep(w) or _ezafe_cut(w)
        words.extend(glued.groups() if glued else (w[:prep], w[prep:]) if prep else (w,))
    return words


def _ends_name(words: list[str], at: int) -> bool:
    """Nothing, a preposition, «نوشت» or a place follows: «مهر» / «فارس از شیراز» /
    «مهر نوشت» name the agency, «مهر ۱۴۰۲» a month."""
    return (
        at >= len(words)
        or words[at] in AFTER_AGENCY
        or words[at] in WROTE_WORDS  # «مهر نوشت», «مهرنوشت»: the agency wrote
        or PLACE_RE.fullmatch(words[at]) is not None
    )


def _alias_at(words: list[str], start: int) -> tuple[str, int] | None:
    """The agency whose spelling (longest first) starts at ``words[start]``, and how many
    words that spelling has."""
    for n in range(min(len(words) - start, AGENCY_ALIAS_WORDS), 0, -1):
        spelling = "".join(words[start : start + n])
        name = AGENCY_ALIASES.get(spelling)
        if name and (spelling not in AGENCY_COMMON_WORDS or _ends_name(words, start + n)):
            return name, n
    return None


def _hit(words: list[str]) -> tuple[int, str, int] | None:
    """(first word, canonical agency, words spelt) of the agency a phrase names: the one
    it starts with after desk words, else one further in that is no everyday word."""
    for start, word in enumerate(words):
        found = _alias_at(words, start)
        if found:
            return start, *found
        if word not in AGENCY_DESK_WORDS:
            break
    for start in range(len(words)):
        found = _alias_at(words, start)
        # («وب سایت همشهری آنلاین»: a spelling of two words or more whose first word is
        # an everyday word is no everyday word; «استانداری فارس» stays no credit)
        if found and (words[start] not in AGENCY_COMMON_WORDS or found[1] > 1):
            return start, *found
    return None


def _named(src: str) -> tuple[str, int, int] | None:
    """(canonical agency, start, end of its spelling in ``src``) of ``canonical``."""
    spans = _word_spans(fold(src))
    hit = _hit([w for w, _, _ in spans])
    if hit is None:
        return None
    start, name, n = hit
    return name, spans[start][1], spans[start + n - 1][2]


@lru_cache(maxsize=4096)  # the same datelines and credits come back, article after article
def canonical(src: str) -> str | None:
    """The known agency a source phrase names, canonical: the one it starts with after
    desk words («گروه استان‌های ...»); else one further in that is no everyday word
    («خبرنگار حوزه اقتصادی گروه اقتصادی باشگاه خبرنگاران جوان»), never «فارس» or «مهر»
    inside a phrase («روابط عمومی استانداری فارس»)."""
    hit = _hit(_words(fold(src)))
    return hit[1] if hit else None


def _exact(src: str) -> str | None:
    """The agency ``src`` spells in full, nothing before or after («ARAZKHABAR.IR»)."""
    spelling = "".join(_words(fold(src)))
    return AGENCY_ALIASES.get(spelling) if spelling not in AGENCY_COMMON_WORDS else None


def spells_agency(src: str) -> bool:
    """``src`` is a known agency's full name and no everyday word («احرار خبر», «ایلنا»):
    an outlet, never a person («مانا» alone may be a woman's name)."""
    return _exact(src) is not None


def _everyday(src: str) -> bool:
    """A phrase that is only an everyday word an agency is also called («فارس», «میزان»)."""
    return "".join(_words(fold(src))) in AGENCY_COMMON_WORDS


# the word right before a source cue on its line: prose ends in a letter or digit, or a
# comma inside its sentence («...، منبع تامین آب این پروژه چشمه است»: «source of», no credit)
_PROSE_BEFORE_RE = re.compile(r"[^\W_][ \t]*(?:[،,][ \t]*)?$")


def source_lines(text: str) -> Iterator[re.Match[str]]:
    """Source lines («منبع: ایسنا», «منبع خبر دریچه شرق»): the cue with a colon after it,
    or opening its line (after punctuation at most). «منبع» after a word, no colon, is
    prose («بیش از ۲۱ هزار منبع آب زیرزمینی», a copy cut inside it: «منبع آب زیرزم»)."""
    if not any(w in text for w in _SOURCE_LINE_WORDS):
        return  # (a cheap test: most texts have no source line)
    for m in SOURCE_LINE_RE.finditer(text):
        if ":" in text[m.start() : m.start("src")] or "：" in text[m.start() : m.start("src")]:
            yield m
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _PROSE_BEFORE_RE.search(text, line_start, m.start()):
            yield m


def origin(text: str) -> Iterator[Span]:
    """Where a copy comes from: «به نقل از X»; a closing «انتهای پیام/ X» (staff initials
    «/س», a letter's name «/الف», name no agency and are skipped); a source line
    «منبع: X» or a republication line «بازنشر از : X». The copy's own closing
    credit comes before the source line: a site that took a newspaper's reprint of a
    Tasnim story says «منبع: روزنامه جام‌جم» while the story itself closes «/ تسنیم»."""
    if any(w in text for w in _ORIGIN_WORDS):  # (a cheap test: most texts quote no origin)
        for m in ORIGIN_RE.finditer(text):
            yield m.span("src")
    tail = max(0, len(text) - 200)
    m = CLOSING_RE.search(text, tail)
    if m and key(m.group("src")) not in LETTER_NAMES:  # «/الف»: an initial, not Alef
        yield m.span("src")
    for m in source_lines(text):
        yield m.span("src")
    m = LAST_LINE_RE.search(text, tail)
    if m:
        yield m.span("src")


def report(text: str) -> Iterator[Span]:
    """«به گزارش X از شهر،»; a site relaying an agency's story names that agency after
    «از» («به گزارش پایگاه خبری X از ایسنا،», «به گزارش روزنامه Y از خبرگزاری تسنیم،»):
    the story's origin, read first (``_relayed``)."""
    for m in REPORT_RE.finditer(text):
        relayed = _relayed(m.group("src"))
        if relayed is not None:
            yield m.start("src") + relayed, m.end("src")
        yield m.span("src")


# «... شصت دقیقه از ایسنا»: «از» and what closes a report credit's source phrase
_FROM_TAIL_RE = re.compile(r"\sاز\s(?=[^\s])")


def _relayed(src: str) -> int | None:
    """Where a known agency, spelt in full, closes a credit after «از»: the origin a site
    relays («از تسنیم» closing the phrase names the agency, not a spring). A desk's place
    («ایسنا از شیراز», «از فارس»: the province) stays the reporter's, and so does the
    network a programme site belongs to («شصت دقیقه از صداوسیما», ``OWNER_NETWORKS``).
    A town that counts only after «شهرستان/شهر» (``counts_bare``: «مهر», the agency's
    namesake) is no desk place: «پایگاه خبری X از مهر،» relays Mehr's story."""
    if " از " not in src:
        return None
    tail = src.rstrip()
    for m in _FROM_TAIL_RE.finditer(tail):
        rest = tail[m.end() :]
        spelling = "".join(_words(fold(rest)))
        if (
            m.start() > 0
            and spelling in AGENCY_ALIASES
            and spelling not in OWNER_NETWORKS
            and (PLACE_RE.fullmatch(rest) is None or not counts_bare(rest))
        ):
            return m.end()
    return None


def dateline(text: str) -> Iterator[Span]:
    """«شهر - X -», «X - شهر -» on the first lines, and the old wire «شهر، خبرگزاری ...».
    A place before a name that is none («فارس - نگاه شمال:», «فارس - ایسنا -») is the
    dateline's place, never the agency spelt like it."""
    # (cheap tests first: every dateline holds a dash, every wire line «خبرگزاری», in the
    # opening the patterns are searched in; most texts have neither)
    has_dash = any(text.find(dash, 0, 800) >= 0 for dash in _DASHES)
    for m in DATELINE_RE.finditer(text, 0, 800) if has_dash else ():
        if not (
            PLACE_RE.fullmatch(m.group("a").strip())
            and not PLACE_RE.fullmatch(m.group("b").strip())
        ):
            yield m.span("a")
        yield m.span("b")
    if text.find(_WIRE_WORD, 0, 800) >= 0:
        for m in WIRE_RE.finditer(text, 0, 800):
            yield m.span("src")
        for m in WIRE_DATED_RE.finditer(text, 0, 800):
            yield m.span("src")


def dash_credit(text: str) -> Iterator[Span]:
    """A known agency spelt in full right before a dash in the opening: «آراز خبر- مدیرکل
    ...» (also after a headline glued to the lead), «باشگاه خبرنگاران جوان - ...»; never an
    everyday word («استان فارس - ...»)."""
    yield from dash_credits(text)


@lru_cache(maxsize=4)
def dash_credits(text: str) -> tuple[Span, ...]:
    """``dash_credit``'s spans, once per text (the people stage reads them too)."""
    spans: list[Span] = []
    if not any(dash in text[:1500] for dash in _DASHES):
        return ()  # (a cheap test: every match holds a dash, and many texts have none)
    for m in _DASH_RE.finditer(text, 0, 1500):
        end = m.start()
        last = text[max(0, end - 25) : end].rsplit(None, 1)
        if last and last[-1].strip("«»\"'()") not in _LAST_WORDS:
            end = _before_dateline_place(text, end, last[-1])
            last = text[max(0, end - 25) : end].rsplit(None, 1) if end else []
        if not last or last[-1].strip("«»\"'()") not in _LAST_WORDS:
            continue  # (a cheap test first: most dashes follow no agency's last word)
        lo = max(0, end - 80)
        cut = _DASH_WINDOW_CUT_RE.match(text, lo, end)
        span = _dash_agency(text, cut.end() if cut else lo, end)
        if span:
            spans.append(span)
    return tuple(spans)


def _before_dateline_place(text: str, end: int, word: str) -> int:
    """Where an agency's name would end when a city or province of one word sits between it
    and the dash («باشگاه خبرنگاران جوان شیراز - ...», «ایرنا کرمان - ...»: the agency's
    dateline with its bureau's place); 0 when the last word is no place."""
    if PLACE_RE.fullmatch(fold(word)) is None:
        return 0
    return text.rfind(word, max(0, end - 25), end)


def _dash_agency(text: str, start: int, end: int) -> Span | None:
    """The last words of ``text[start:end]`` that spell a known agency in full."""
    words = _word_spans(text[start:end])
    if not words or words[-1][0] not in _LAST_WORDS:
        return None
    for k in range(min(len(words), AGENCY_ALIAS_WORDS), 0, -1):
        a, b = words[-k][1], words[-1][2]
        if _exact(text[start + a : start + b]):
            return start + a, start + b
    return None


# «خبر یزد - ایسنا/یزد رییس ...», «... افتتاح می شوند. - ایسنا/آذربایجان شرقی مدیرکل»: after
# a dash, an agency's lead «X/place» (a site crediting the agency whose copy it carries)
DASH_LEAD_RE = re.compile(r"[-–—][ \t]*(?P<src>[^\W\d_][^\n\-–—:؛،,/]{1,40}?)[ \t]?/[ \t]?[^\W\d_]")


def dash_lead(text: str) -> Iterator[Span]:
    """An agency's lead «X/place» after a dash in the opening («خبر یزد - ایسنا/یزد»):
    the site's own name before the dash credits the agency's copy it carries, so this
    comes before ``dateline`` and ``dash_credit``; only a known agency spelt in full."""
    for m in DASH_LEAD_RE.finditer(text, 0, 1500):
        if _exact(m.group("src")):
            yield m.span("src")


def line_credit(text: str) -> Iterator[Span]:
    """A known agency spelt in full opening a line before a comma («باشگاه خبرنگاران جوان
    ، X معاون ... گفت», «ایسنا، گروه اقتصادی:»); never an everyday word (``_exact``)."""
    for m in LINE_CREDIT_RE.finditer(text, 0, 1500):
        if _exact(m.group("src")):
            yield m.span("src")


def dated_credit(text: str) -> Iterator[Span]:
    """An agency's name alone before a comma and a full date, opening a line («مهر , 13 آذر
    1392 ساعت 14:00», «خبرگزاری تسنیم , 12 اسفند 1397»): the date names its own month, so
    an agency spelt as an everyday word («مهر», «تسنیم») credits the copy there too; a
    province's name («فارس، ۱۳ آذر ۱۳۹۲») may be a dateline's place and stays no credit."""
    for m in DATED_CREDIT_RE.finditer(text, 0, 1500):
        src = m.group("src")
        # («مهر» is also a town, named bare only after «شهرستان»: no dateline's place)
        if canonical(src) and not counts_bare(src.strip()):
            yield m.span("src")


def dated_slash_credit(text: str) -> Iterator[Span]:
    """A known agency spelt in full between a numeric date and a slash on a credit line
    of its own («1403/02/05 / خبرگزاری ایسنا / استانها»): a site showing the agency's copy
    prints its date, its agency and its section so; never an everyday word (``_exact``)."""
    if "/" not in text[:1500]:
        return  # (a cheap test)
    for m in DATED_SLASH_CREDIT_RE.finditer(text, 0, 1500):
        if _exact(m.group("src")):
            yield m.span("src")


def banner(text: str) -> Iterator[Span]:
    """The text's first line when it is only an agency's name: a site banner
    («ARAZKHABAR.IR», «Iranian Agriculture News Agency»)."""
    m = BANNER_RE.match(text)
    if m and _exact(m.group("src")) and not _page_label(m.group("src")):
        yield m.span("src")


def _page_label(src: str) -> bool:
    """Every word of ``src`` is a page label («خبر فوری», «اخبار»): a badge of the page, no
    outlet, even when an outlet spells its name alike."""
    words = src.split()
    return bool(words) and all(key(w) in NOT_BRANDS for w in words)


def lead_prefix(text: str) -> Iterator[Span]:
    """A line that opens with the agency: «خبرگزاری تسنیم:», «رکنا :», «ایسنا/کردستان»."""
    for m in LEAD_RE.finditer(text, 0, 2000):
        yield m.span("src")


# «... در استان سمنان ایسنا/سمنان رییس ...»: a lead prefix agency's «X/place» after a
# headline the cleaning glued to the lead on one line (after a space, never inside a word)
_GLUED_LEAD_RE = re.compile(
    r"(?<!\S)(?P<src>" + seq(load("agencies.json")["lead_prefixes"]) + r")[ \t]?/[ \t]?"
)


def glued_lead(text: str) -> Iterator[Span]:
    """A lead prefix agency's «X/place» («ایسنا/سمنان») in the opening though a headline
    stands before it on its line (``lead_prefix`` reads it at a line's start only): the
    place right after the slash makes it the agency's desk lead, no rubric."""
    if "/" not in text[:1500]:
        return  # (a cheap test: most openings hold no slash)
    for m in _GLUED_LEAD_RE.finditer(text, 0, 1500):
        if PLACE_RE.match(text, m.end()):
            yield m.span("src")


@lru_cache(maxsize=4)
def _interviews(text: str) -> tuple[re.Match[str], ...]:
    """``INTERVIEW_RE``'s matches, once per text (the known-agency rule and the unknown
    outlet's fallback both read them)."""
    out: list[re.Match[str]] = []
    for m in INTERVIEW_RE.finditer(text):
        if _cut_inside_word(text, m):
            m = _INTERVIEW_UNGLUED_RE.match(text, m.start())
            if m is None:
                continue
        out.append(m)
    return tuple(out)


def _cut_inside_word(text: str, m: re.Match[str]) -> bool:
    """``m`` ends its name at a glued «از», «در», «با» after a word that ends no known
    agency's name («خبرنگار چشم انداز»: «اند» + «از»; «مهراز» is «مهر» + «از»)."""
    end = m.end("src")
    if not text.startswith(_GLUED_PREP_STARTS, end) or not text[end - 1 : end].isalpha():
        return False
    word = _NAME_END_RE.search(m.group("src"))
    return word is None or word.group() not in _LAST_WORDS


def _bare_to(m: re.Match[str]) -> bool:
    """The interview cue of ``m`` is the bare «به» («به X گفت»), no talk, contact, visit or
    reporter word: it names an agency only before the verb, never before a comma."""
    return (
        m.group("talk") is None and m.group().startswith("به") and m.start("src") - m.start() <= 4
    )


_OFFICE_VISIT_FIRST = "حضور"  # the first word of every 'office_visit' cue


def _silent_visit(m: re.Match[str]) -> bool:
    """The cue of ``m`` is a visit to the agency's office («با حضور در خبرگزاری X») and no
    word closes the agency's name, the phrase running on into the clause: the speaker
    toured the office (a place), no interview given there («X با حضور در دفتر ایلنا گفت»,
    «... دفتر ایلنا با بیان اینکه ...» are one)."""
    talk = m.group("talk")
    if talk is None or not talk.startswith(_OFFICE_VISIT_FIRST):
        return False
    if speech_verb_key(m.group("verb") or "") in ATTRIBUTION_SPEECH_VERBS:
        return False
    named = _named(m.group("src"))
    # the phrase runs on past the agency and its desk's place («(ایرنا) مرکز یزد») into
    # the clause («... آثار مورد بازدید را ...»): no word closed the name, no speech there
    return named is not None and len(_TOKEN_RE.findall(m.group("src")[named[2] :])) > 2


def interview(text: str) -> Iterator[Span]:
    """«در گفت‌وگو با خبرنگار X», «به X گفت», «X نوشت:»."""
    for m in _interviews(text):
        if (
            m.group("talk") is None
            and speech_verb_key(m.group("verb") or "") not in ATTRIBUTION_SPEECH_VERBS
            and (_everyday(m.group("src")) or PLACE_KIND_RE.match(m.group("src")))
        ):
            continue  # «سفر به فارس در ...», «احترام به میزان در ...»: no interview
        if _bare_to(m) and m.group("verb") is None:
            continue  # «... مرغ به بازار فارس، پیش‌بینی می‌شود»: a destination, no interview
        if _silent_visit(m):
            continue  # «با حضور در خبرگزاری ایرنا مرکز یزد آثار ... را ذکر کرد»: a place
        yield m.span("src")
    if any(w in text for w in WROTE_WORDS):
        for m in WROTE_RE.finditer(text):
            yield m.span("src")


PAPER_KIND: str = load("attribution_cues.json")["paper_kind"]
# «در گفت‌وگو با خبرنگار بازار اعتبارات ... را ۲۸۹ میلیارد تومان اعلام کرد»: the outlet's
# words right after the reporter, however far the verb (never «خبرنگاران»)
REPORTER_INTERVIEW_RE = re.compile(
    rf"(?:{INTERVIEW_TALK})ی?(?:\s?(?:{INTERVIEW_MANNER}))?\s?با\s?(?:"
    + seq(load("attribution_cues.json")["interview_reporters"])
    + r")(?!ان)\s?(?P<src>[^\W\d_]+(?:\s[^\W\d_]+){0,3})"
)


# «یاسوج - خبرنگار «ایران»/», «به خبرنگار «شرق» گفت»: a paper's reporter, the paper named in
# guillemets by its short name
QUOTED_REPORTER_RE = re.compile(
    "(?:"
    + seq(load("attribution_cues.json")["interview_reporters"])
    + r")(?!ان)\s?«(?P<src>[^»\n]{2,30})»"
)


def _quoted_reporter(folded: str) -> str | None:
    """The known paper whose reporter the text names by the paper's short name in
    guillemets («خبرنگار «ایران»»: روزنامه ایران), read as written or with «روزنامه» before
    it (a short name that is an everyday word or a country is no credit bare). Only in the
    opening, where a dateline or a lead credits the copy."""
    if "«" not in folded:
        return None  # (a cheap test)
    for m in QUOTED_REPORTER_RE.finditer(folded, 0, 1500):
        src = m.group("src").strip()
        name = _exact(src) or _exact(PAPER_KIND + " " + src)
        if name:
            return name
    return None


def reporter_interview(text: str) -> Iterator[Span]:
    """The known agency whose spelling opens the words after «در گفت‌وگو با خبرنگار»
    («... با خبرنگار بازار اعتبارات ...»: تحلیل بازار), cut to that spelling so an everyday
    word («بازار», «اعتماد») reads as the agency: the interview cue says it is an outlet.
    For a verb far after a long object, where ``interview`` finds no end of the name."""
    if "خبرنگار" not in text:
        return  # (a cheap test)
    for m in REPORTER_INTERVIEW_RE.finditer(text):
        spans = _word_spans(m.group("src"))
        words = [w for w, _, _ in spans]
        for n in range(min(len(words), AGENCY_ALIAS_WORDS), 0, -1):
            if "".join(words[:n]) in AGENCY_ALIASES:
                yield m.start("src"), m.start("src") + spans[n - 1][2]
                break


RULES: tuple[Rule, ...] = (
    origin,
    report,
    reporter_interview,
    dash_lead,
    dateline,
    dash_credit,
    line_credit,
    dated_credit,
    dated_slash_credit,
    interview,
    lead_prefix,
    glued_lead,
    banner,
)


def _brand(text: str, span: Span) -> str | None:
    """An unknown outlet's own name from «به گزارش X»: cut at a desk tail («از قزوین»),
    a person's name, a role or a verb, the kind of outlet («روزنامه») left out; None when
    nothing is left or the phrase only points back («این نشریه»)."""
    raw = _untimed(text[span[0] : span[1]])
    named = _bracketed_outlet(raw)
    if named:
        return named
    src = _bracket_cut(raw)
    if "/" in src and src.find("/") > 0:
        src = src[: src.find("/")]  # («افرنگ خبر /آقای X»: a slash ends the name)
    if PRESS_OFFICE_RE.match(fold(src)):
        return None  # «به گزارش روابط عمومی ...»: a press office, not an outlet
    joined = _joined_name(text, span)
    if joined:
        return joined
    # «پایگاه خبری وزارت راه و شهرسازی»: «و» inside an organisation's name cuts nothing
    cut = DESK_TAIL_RE.search(
        _PROTECT_AND_RE.sub(lambda m: m.group().replace(" و ", " _ "), fold(src))
    )
    if cut:
        src = src[: cut.start()]
    # a person's name cuts the brand only after it: a brand may open with a given name
    # («کاوه‌نیوز», «نسیم شمال»), and «به گزارش» never credits a bare person
    later = [a for a, _ in find_names(src) if src[:a].strip()]
    if later:
        src = src[: later[0]]
    stop = BRAND_STOP_RE.search(fold(src))
    if stop and stop.start() > 0:
        src = src[: stop.start()]
    src = src.strip(" \t«»\"'()")
    words = _words(fold(src))
    if not words or all(w in AGENCY_DESK_WORDS or w in KEPT_OUTLET_KINDS for w in words):
        return None  # «به گزارش خبرنگار ما», «خبرنگار خبرگزاری»: a desk or a kind, no outlet
    if words[0] in BRAND_POINTERS or words[0] in REPORT_ADJECTIVES:
        return None  # «به گزارش این نشریه», «به گزارش سالانه ...»: no outlet named
    if _desk_place_only(src, words):
        return None  # «مرکز اصفهان», «نمایندگی استان کرمان»: a desk's place, no outlet named
    if any(a == 0 and b >= len(src) and " " in src[a:b] for a, b in find_names(src)):
        return None  # «به گزارش مهدی حسینی مدیرکل ...»: a person, not an outlet
    src = _undesked(src)
    site = _described_site(src)
    if site:
        return site  # «پایگاه خبری تحلیلی چرام»: the kind is part of a described site's name
    src = _kind_in_kind(_outlet_name(src))
    kind = BRAND_PREFIX_RE.match(fold(src))  # (folded: «هفته‌نامه» with its ZWNJ)
    name = _latin_unkinded(_unhashed(_name_only(src[kind.end() :] if kind else src)))
    # («پایگاه خبری تحلیلی «سبلان ما»»: the quote opened after the kind cut off)
    name = name.strip(" \t«»\"'")
    return name if name and not cut_or_clause(name) else None


# copulas and auxiliaries that never stand in an outlet's name (attribution_cues.json)
_FRAGMENT_VERBS = frozenset(fold(w) for w in load("attribution_cues.json")["fragment_verbs"])
_ONE_LETTER_END_RE = re.compile(r"(?:^|[\s\u200c«\"'])[\u0620-\u064a\u067e-\u06cc]$")


def cut_or_clause(name: str) -> bool:
    """``name`` is no outlet's name though a credit cue stands before it: a name cut inside
    its last word, one letter left («منبع خبر "خبرگزاری م» closing a truncated copy: a
    whole credit elsewhere wins), or a clause holding a copula or an auxiliary («برگرفته
    از دریا بوده و ...»: prose after the cue, at any length; ``sentence_fragment`` reads
    longer runs for every verb)."""
    folded = fold(name).strip(" \t.،,»\"'")
    if _ONE_LETTER_END_RE.search(folded):
        return True
    return any(w in _FRAGMENT_VERBS for w in folded.split())


def _latin_unkinded(name: str) -> str:
    """«خبرگزاری recive» -> «recive»: a kept kind of outlet («خبرگزاری فردا» keeps it) is
    the Persian word before a name written in Latin letters, no part of that name; so is
    it before a name that carries an outlet's tail («خبرگزاری کویرنیوز» -> «کویرنیوز», as
    the gold reads «خبرگزاری خبرآنلاین» 2 of 2; a kind of its own after it:
    ``_kind_in_kind``)."""
    first, _, rest = name.partition(" ")
    rest = rest.strip()
    if not rest or key(first) not in KEPT_OUTLET_KINDS:
        return name
    if _LATIN_NAME_RE.fullmatch(rest):
        return rest
    folded = fold(rest)
    if _OUTLET_TAIL_RE.search(folded) and len(folded.split()) <= 2:
        return rest
    return name


def _kind_in_kind(src: str) -> str:
    """«خبرگزاری هفته‌نامه ندای تفتان» -> «هفته‌نامه ندای تفتان»: a kept kind of outlet
    before a kind of its own is no part of the name (the second kind is then cut as ever,
    before the name's place is weighed)."""
    first, _, rest = src.strip().partition(" ")
    if rest and key(first) in KEPT_OUTLET_KINDS and BRAND_PREFIX_RE.match(fold(rest)):
        return rest
    return src


def _described_site(src: str) -> str | None:
    """A site named by a kind of outlet and a place, at most a field before the place
    («پایگاه خبری تحلیلی چرام», «پایگاه خبری فناوری اطلاعات زنجان»; the fields:
    agencies.json 'site_fields'): the name describes the site rather than coining a brand,
    so the kind and the place are its own and the whole name is kept. A coined brand
    after the kind loses it («پایگاه خبری امیدرسان» -> «امیدرسان», «پایگاه خبری نوای
    الوند» -> «نوای الوند»), and a place after it is a desk's («X نیوز زنجان»)."""
    folded = fold(src).rstrip()
    if not folded.startswith(_KIND_OPENERS):
        return None  # (a cheap test first: most credits open with no kind of outlet)
    kind = OUTLET_KIND_RE.match(folded)
    if kind is None or not _PLACE_END_RE.search(folded):
        return None
    rest = folded[kind.end() :]
    place = None
    for m in PLACE_RE.finditer(rest):
        if m.end() == len(rest):
            place = m
    if place is None:
        return None
    field = rest[: place.start()].split()
    if any(key(w) not in SITE_FIELDS for w in field) or (field and key(field[-1]) == "و"):
        return None  # («نوای الوند», «سپهر نیوز زنجان»: a coined brand, the place its own)
    if ROLE_HEAD_RE.search(rest) or find_names(rest):
        return None
    return src.strip()


# the first words of the kinds of outlet («پایگاه», «سایت», «تحریریه»): a cheap test
_KIND_OPENERS = tuple(
    sorted({fold(p).split()[0] for p in load("agencies.json")["outlet_kind_prefixes"]})
)
# a credit's last word is a letter-ended word: a cheap test before looking for a place
_PLACE_END_RE = re.compile(r"[^\W\d_]$")


def _desk_place_only(src: str, words: list[str]) -> bool:
    """«مرکز اصفهان», «نمایندگی خراسان جنوبی», «دفتر شهرستان کاشان»: an agency's own desk
    or bureau and its place (a source line of the agency's provincial office names no other
    outlet: the bureau belongs to the agency the copy credits elsewhere)."""
    lead = 0
    while lead < len(words) - 1 and words[lead] in PLACE_DESK_WORDS:
        lead += 1
    if lead == 0:
        return False
    rest = src.split(None, lead)
    return len(rest) > lead and PLACE_RE.match(fold(rest[lead])) is not None


def _untimed(src: str) -> str:
    """``src`` without the day words a wire writes before its name («به گزارش روز دوشنبه
    X از ...» -> «X از ...»); a name that is only day words stays as written."""
    m = REPORT_TIME_OPENER_RE.match(fold(src))
    return src[m.end() :] if m else src


# «پایگاه اطلاع رسانی اخبار یزدی ها( یزدی نیوز)»: an outlet's short name in brackets
_BRACKETED_RE = re.compile(r"\(\s*(?P<src>[^()\n]{2,40}?)\s*\)")


def _bracketed_outlet(src: str) -> str | None:
    """The name a bracket in the credit holds when it is shaped as an outlet's own
    («... اخبار یزدی ها (یزدی نیوز)», «X (Y خبر)»): a site describes itself, then
    gives its name; a bracket holding a place or a date (``_bracket_cut``) is none."""
    if "(" not in src:
        return None
    m = _BRACKETED_RE.search(src)
    if m is None or not src[: m.start()].strip():
        return None
    name = m.group("src")
    if _outlet_tailed(fold(name)) and _brand_shaped(fold(name)):
        return name.strip()
    return None


def _bracket_cut(src: str) -> str:
    """``src`` up to a bracket after the name: what a bracket holds repeats the outlet or
    names its desk («خبرنگار X (X)، منطقه ...», «سایت خبری X(سایت خبری X)»), never part
    of the name the credit gives."""
    cut = src.find("(")
    return src[:cut] if cut > 0 and _TOKEN_RE.search(src, 0, cut) else src


def _undesked(src: str) -> str:
    """``src`` without the desk words before an outlet's name («خبرنگار گروه استان‌های
    هفته‌نامه X» -> «هفته‌نامه X»); a kind of outlet («پایگاه خبری ...») stays for
    ``_outlet_name``, which keeps it before an organisation."""
    while True:
        src = src.lstrip(" \t«»\"'()\u200c")
        if OUTLET_KIND_RE.match(fold(src)):
            return src
        m = _TOKEN_RE.match(src)
        if m is None:
            return src
        glued = _GLUED_DESK_RE.match(m.group())
        if glued:  # «خبرنگاردیار۲۴»
            return src[len(glued.group(1)) :]
        k = key(m.group())
        if k not in AGENCY_DESK_WORDS or k in OUTLET_KIND_FIRST_WORDS or not src[m.end() :].strip():
            return src
        src = src[m.end() :]


# what ends an outlet's name: a page label («برچسب‌ها», «تعداد») or a place word after it
_NAME_WORD_RE = re.compile(r"[^\s«»\"'()]+")
# (attribution_cues.json 'outlet_tails', 'outlet_tail_news')
_OUTLET_TAILS = "|".join(map(re.escape, load("attribution_cues.json")["outlet_tails"]))
_OUTLET_TAIL_NEWS = "|".join(map(re.escape, load("attribution_cues.json")["outlet_tail_news"]))
_OUTLET_SHAPED_RE = re.compile(rf"(?:{_OUTLET_TAILS}|{_OUTLET_TAIL_NEWS}|\d)$")
# the same words standing alone as a name's last word («ساجد خبر»: no page label)
_OUTLET_SUFFIX_RE = re.compile(rf"{_OUTLET_TAILS}|{_OUTLET_TAIL_NEWS}")
# an outlet's own tail: «X نیوز», «X پرس», «X آنلاین», a number glued on («دیار۲۴»; never
# «فاز ۲», a number after a space)
_OUTLET_TAIL_RE = re.compile(rf"(?:{_OUTLET_TAILS}|[^\W\d_]\d{{1,3}})$")


def _outlet_tailed(src: str) -> bool:
    """A name of two words or more whose last word is an outlet's tail («شالیزار نیوز»,
    «ترنج خبر»): an outlet by its shape, known or not (a lone «خبر» is no name)."""
    words = src.split()
    return len(words) >= 2 and _OUTLET_SUFFIX_RE.fullmatch(words[-1]) is not None


def _name_only(src: str) -> str:
    """An outlet's name without what follows it in a credit: a page label (the name ran on
    into the page), a desk's place («X مرکز خوزستان», «X استان زنجان», «X گیلان»). A bare
    place closes the name only after two words or an outlet-shaped one («X نیوز قم»):
    «آینه یزد», «صبح کرمان» keep theirs, even after a reporter («خبرنگار آینه یزد»: a
    one-word name and a place is read as written). An organisation's news base keeps its
    place, which closes it: it is the organisation's own name («پایگاه خبری سازمان
    مدیریت و برنامه‌ریزی استان تهران»; agencies.json: its whole name)."""
    folded = fold(src)
    kind = ANY_OUTLET_KIND_RE.match(folded)
    own_site = kind is not None and ORGANISATION_HEAD_RE.match(folded[kind.end() :]) is not None
    words = [(m.group(), m.start(), m.end()) for m in _NAME_WORD_RE.finditer(src)]
    for i, (word, _, _) in enumerate(words[1:], 1):
        k = key(word)
        last = i == len(words) - 1
        if last and _OUTLET_SUFFIX_RE.fullmatch(k) and key(words[i - 1][0]) not in NOT_BRANDS:
            break  # «ساجد خبر», «کرمان خبر»: an outlet-shaped word closing the name is its own
        if k in NOT_BRANDS:
            return src[: words[i - 1][2]]
        if own_site:  # its place closes the organisation's name
            at = words[i + 1][1] if k in PLACE_DESK_WORDS and not last else words[i][1]
            own_place = PLACE_RE.match(folded, at)
            if own_place:
                return src[: own_place.end()]
            continue
        if k in PLACE_DESK_WORDS or _glued_desk_place(word):
            return src[: words[i - 1][2]]
        named = i - (key(words[0][0]) in KEPT_OUTLET_KINDS)  # («خبرگزاری آوای دنا»: two)
        place = PLACE_RE.match(folded, words[i][1])
        if (
            place
            and place.end() >= len(src.rstrip())
            and (named >= 2 or _OUTLET_SHAPED_RE.search(fold(words[i - 1][0])))
        ):
            return src[: words[i - 1][2]]
    return src


def _glued_desk_place(word: str) -> bool:
    """«ازخراسان‌شمالی», «ازشیراز»: a desk's place with its «از» glued on (written without
    the space), which ends the outlet's name before it."""
    folded = fold(word)
    return (
        folded.startswith("از")
        and len(folded) > 4
        and PLACE_RE.fullmatch(folded[2:].replace(" ", "")) is not None
    )


def _unhashed(name: str) -> str:
    """A brand written as a hashtag («#همدان_آنلاین») is its words («همدان آنلاین»)."""
    if not name.startswith("#"):
        return name
    return " ".join(name.lstrip("#").replace("_", " ").split())


# the ezafe «ی» a cut kind leaves behind («تحریریه‌ی پایگاه ...» -> «‌ی پایگاه ...»)
_EZAFE_LEFT_RE = re.compile("^[\u200c\\s]*ی(?!\\w)\\s*")


def _outlet_name(src: str) -> str:
    """``src`` without the kinds of outlet before the name («تحریریه ی پایگاه خبری تحلیلی
    پیک قلم» -> «پیک قلم»), unless an organisation follows («پایگاه خبری وزارت ...»)."""
    for _ in range(3):
        cut = _EZAFE_LEFT_RE.sub("", OUTLET_KIND_RE.sub("", src))
        if cut == src:
            break
        src = cut
    return src


def _dateline_brand(text: str, folded: str) -> str | None:
    """«خبر یزد - یزد -», «البرز- رمزگشانیوز؛ X ...»: an unknown dateline name next to a
    place (a name after the place only when it is brand-shaped: no role, name or verb)."""
    for m in DATELINE_RE.finditer(folded, 0, 800):
        a, b = m.group("a").strip(), m.group("b").strip()
        if PLACE_RE.fullmatch(b) and not PLACE_RE.fullmatch(a):
            return text[m.start("a") : m.end("a")].strip()
        if PLACE_RE.fullmatch(a) and not PLACE_RE.fullmatch(b) and not SPEECH_VERB_RE.search(b):
            # «همدان - روزنامه صدای کرانه:»: the kind of outlet before the name is cut
            # («اردبیل - محبوب حیدری گفت:»: a speaker and the verb, no outlet)
            name = _brand(text, m.span("b"))
            if name and _brand_shaped(fold(name), labels=False):
                return name
    return None


# «مهتاب شمال/ مدیرکل شیلات ... گفت», «- کاوشگر/کرمانشاه مدیرکل ...»: an outlet's name,
# a slash and (after its desk's place) the role of the lead's speaker, opening a line
_SLASH_LEAD_RE = re.compile(
    r"(?:^|\n|[-–—][ \t])[ \t]*(?P<src>[^\W\d_][^\n/:،,.؛!?؟«»\-–—]{1,38}?)[ \t]?/[ \t]?"
)


# a copy's end marker («انتهای خبر/ ...», furniture_lines.json 'end_markers'): no lead
_END_MARKS = tuple(
    fold(e["starts"]) for e in load("furniture_lines.json")["end_markers"] if "starts" in e
)


def _slash_lead_brand(text: str, folded: str) -> str | None:
    """An unknown outlet's lead «X/ <role> ...» or «X/<place> <role> ...» in the opening:
    the name before the slash, brand-shaped (no role, place, person or page label) and
    no rubric (no everyday noun of economic news: «گندم/زنجان» is a subject). A name
    shaped as an outlet's («X خبر», «X نیوز», ``_outlet_tailed``) needs no role after
    the slash: «گیل‌خبر/ در دومین روز ...» is the site crediting its own lead."""
    if "/" not in folded[:1500]:
        return None  # (cheap test first: most openings hold no slash)
    for m in _SLASH_LEAD_RE.finditer(folded, 0, 1500):
        rest = folded[m.end() : m.end() + 80]
        place = PLACE_RE.match(rest)
        if place:
            rest = rest[place.end() :].lstrip(" \t")
        tailed = _outlet_tailed(m.group("src")) and not m.group("src").startswith(_END_MARKS)
        if ROLE_HEAD_RE.match(rest) is None and not tailed:
            continue
        name = text[m.start("src") : m.end("src")].strip()
        # «گندم/زنجان مدیرکل ...», «قیمت مرغ/ رئیس ...»: a rubric of everyday nouns (an
        # outlet's tail «خبر» is none: «بازار خبر» still is, by «بازار»)
        words = _words(name)[:-1] if tailed else _words(name)
        if _brand_shaped(fold(name)) and not any(w in NOT_SPEAKER_NOUNS for w in words):
            return name
    return None


def _brand_shaped(src: str, labels: bool = True) -> bool:
    """``src`` may be an outlet's own name: one to three words, no role, place, desk word,
    function word, speech verb or person («استاندار یزد», «گفت» are none); with
    ``labels``, no page label first («کد خبر»; a credit cue around it makes «خبر تیراژه»
    a name)."""
    words = src.split()
    return (
        0 < len(words) <= 3
        and ROLE_HEAD_RE.search(src) is None
        and PLACE_RE.fullmatch(src) is None
        and not (labels and key(words[0]) in NOT_BRANDS)
        and not any(key(w) in AGENCY_DESK_WORDS or w in STOP_TOKENS for w in words)
        and SPEECH_VERB_RE.search(src) is None
        and not find_names(src)
    )


# agency spellings that are also places («فارس»): the province stage must not count them
_PLACE_SPELLINGS = tuple(
    sorted({fold(s) for s in AGENCY_SPELLINGS if counts_bare(s)}, key=len, reverse=True)
)
# an agency's brand of several words that holds a place («فارس من», «فارس نیوز»,
# «خبرگزاری فارس»): the agency wherever it stands (a site menu, a credit, a link)
_PLACE_BRANDS_RE = re.compile(
    WB_L
    + "(?:"
    + seq(
        {
            fold(s)
            for s in AGENCY_SPELLINGS
            if " " in fold(s) and any(p in fold(s).split() for p in _PLACE_SPELLINGS)
        }
    )
    + ")"
    + WB_R
)
# the last word of every agency spelling: a cheap test before reading words before a dash
_LAST_WORDS = frozenset(_TOKEN_RE.findall(fold(s))[-1] for s in AGENCY_SPELLINGS)


def agency_spans(text: str) -> list[Span]:
    """Where ``text`` credits an agency whose name is also a place: «در گفت‌وگو با فارس»,
    «به گزارش فارس از شیراز», «منبع: فارس». The province stage skips these spans, so a
    copy of the Fars agency about Zanjan is not about Fars (offsets are ``text``'s)."""
    folded = fold(text)
    if not any(s in folded for s in _PLACE_SPELLINGS):
        return []  # (a cheap test: most texts name no such agency)
    spans: list[Span] = [m.span() for m in _PLACE_BRANDS_RE.finditer(folded)]
    for rule in RULES:
        for a, b in rule(folded):
            if not any(p in folded[a:b] for p in _PLACE_SPELLINGS):
                continue
            found = _named(folded[a:b])
            if found and counts_bare(folded[a + found[1] : a + found[2]]):
                spans.append((a + found[1], a + found[2]))
    return spans


# «ارزی (Arzee)»: an outlet's Latin spelling in brackets after its Persian name
_LATIN_GLOSS_RE = re.compile(r"\s?\(\s?[A-Za-z][A-Za-z0-9 .\-]*\)\s*$")


# an outlet's name is one to three words (``_brand_shaped``); a verb inside a longer run
# is a clause («کرد پرس» is a name: «کرد», Kurd, is also the verb «did»)
_NAME_WORDS_MAX = 3


def sentence_fragment(name: str) -> bool:
    """``name`` reads as a piece of a sentence, not an outlet's name: it holds a verb
    («باشد», «است», «شد»; a full stop alone is no sign, «منبع: ایسنا.», nor «می»: «می متالز»). Prose
    that uses the credit's own words («آب یک منبع تولید اقتصادی می‌تواند باشد»: «منبع»
    as «a source of», not a source line) must never credit what follows them."""
    words = fold(name).split()
    return len(words) > _NAME_WORDS_MAX and any(w.strip(".،,") in FINITE_VERB_WORDS for w in words)


def latin_gloss_cut(name: str) -> str:
    """«ارزی (Arzee)» -> «ارزی»: a site that credits itself often gives its Latin
    spelling in brackets; the credit is the name as the copy writes it in Persian."""
    m = _LATIN_GLOSS_RE.search(name)
    if m and _PERSIAN_LETTER_RE.search(name, 0, m.start()):
        return name[: m.start()].strip()
    return name


def extract_attribution(text: str, credits: Iterable[str] = ()) -> str | None:
    """The canonical agency the text credits; else the site's own brand («به گزارش X»,
    a source line «منبع: X», a dateline «X - شهر -»); else None. Never a sentence
    fragment (``sentence_fragment``); a Latin gloss after the name is cut.

    ``credits`` are credit lines the cleaning dropped from the body («منبع: ایسنا»,
    «انتهای پیام/ ایلنا»); they are read as the text's closing lines."""
    name = _credited(text, credits)
    if name is None or sentence_fragment(name) or cut_or_clause(name):
        return None
    return _one_spelling(latin_gloss_cut(name))


def _one_spelling(name: str) -> str:
    """A name that is, whole, a known agency's alias is that agency's canonical spelling:
    «به گزارش خبرنگار مهر علی رضایی» leaves «مهر» as an unknown site's brand (an everyday
    word before a name is no alias there), but a chart needs one spelling per agency."""
    return AGENCY_ALIASES.get("".join(_words(fold(name))), name)


def _quotes_origin(folded: str, a: int, b: int) -> bool:
    """The hit ``folded[a:b]`` is an origin cue's: «به نقل از ایسنا» (the origin rule's hit
    is the name after the cue; «به نقل از ایسنا، مدیرکل افزود» is also a lead prefix's
    hit). A closing credit («/ ایسنا») is none: it credits the whole copy."""
    lo = max(0, a - 16)
    return (
        any(w in folded[lo:b] for w in _ORIGIN_WORDS)
        and ORIGIN_RE.search(folded, lo, b) is not None
    )


def _quoted_after_own_credit(text: str, folded: str, at: int) -> bool:
    """The agency origin cue at ``at`` («به نقل از مهر، ...») stands in a paragraph after the
    one where an unknown site credits itself («به گزارش فارس آگاه، ...» in the lead): the
    site wrote the copy and quotes the agency for one paragraph; the site keeps the credit.
    A chain in the lead's own paragraph («به گزارش X، به نقل از ایرنا») gives the agency;
    a reporter, a desk or an organisation's release before it keeps the agency."""
    para = folded.rfind("\n", 0, at)
    if para < 0 or "گزارش" not in folded[:para]:
        return False  # (a cheap test: no report cue before the origin's paragraph)
    m = REPORT_RE.search(folded, 0, para)
    if m is None or canonical(m.group("src")):
        return False
    brand = _brand(text, m.span("src"))
    return bool(
        brand
        and not ORGANISATION_HEAD_RE.match(fold(brand))
        and _brand_shaped(fold(brand), labels=False)
    )


def _credited(text: str, credits: Iterable[str]) -> str | None:
    """``extract_attribution``'s rules in order, before its final guard."""
    tail = "\n".join(line.strip() for line in credits if line.strip())
    if tail:
        text = f"{text}\n{tail}"
    if _TATWEEL in text:
        text = text.replace(_TATWEEL, "")
    text = join_broken_lead(text)
    folded = fold(text)
    chained = _chained_origin(text, folded)
    if chained:
        return chained
    sources: list[str] | None = None
    for rule in RULES:
        for a, b in rule(folded):
            name = canonical(folded[a:b])
            if name:
                if _quotes_origin(folded, a, b) and _quoted_after_own_credit(text, folded, a):
                    continue
                if rule is not origin and any(source_lines(folded)):
                    # a reprint: «به گزارش می‌متالز» (the site itself) ... «منبع: دنیای
                    # معدن»: the source line names where the copy comes from (an outlet;
                    # «منبع: سازمان بنادر» is an organisation's release the agency reported)
                    sources = _source_brands(text, folded)
                    outlets = [b for b in sources if not ORGANISATION_HEAD_RE.match(fold(b))]
                    if outlets:
                        return outlets[0]
                return name
    if sources is None:
        sources = _source_brands(text, folded)
    origins = ORIGIN_RE.finditer(folded) if any(w in folded for w in _ORIGIN_WORDS) else ()
    for m in origins:
        # «به گزارش سلام نو به نقل از پایگاه اطلاع‌رسانی سازمان بنادر»: the origin the
        # reporting site names, known or not, over the site itself
        # («... به نقل از پرتال خبری وزارت ...» in the body, «منبع: X» closing the copy:
        # the source line names where the copy comes from, an origin outside the credit
        # chain a quote in it)
        if sources and not CHAIN_HEAD_RE.search(folded, max(0, m.start() - 75), m.start()):
            continue
        if _quoted_after_own_credit(text, folded, m.start()):
            continue
        brand = _brand(text, m.span("src")) or _office_short_name(folded, m.span("src"))
        if brand and not ROLE_HEAD_RE.match(fold(brand)):  # «به نقل از مدیرکل ...»: a person
            if ORGANISATION_HEAD_RE.match(fold(brand)) and CHAIN_HEAD_RE.search(
                folded, max(0, m.start() - 75), m.start()
            ):
                # «به گزارش X و به نقل از سازمان صنعت، معدن و تجارت ...»: an organisation
                # quoted by name is the release the site reported (as «منبع: سازمان بنادر»
                # and a press office, Round 33), no outlet: the site keeps its credit
                continue
            return brand
    for m in REPORT_RE.finditer(folded):
        brand = _brand(text, m.span("src"))
        if brand and (
            not ORGANISATION_HEAD_RE.match(fold(brand)) or _joined_name(text, m.span("src"))
        ):
            # «به گزارش بازار ...» and «منبع: تحلیل بازار»: the source line's fuller name
            fuller = [s for s in sources if _holds_words(s, brand)]
            if fuller:
                return fuller[0]
            # «به گزارش یزدفردا» ... «منبع خبر: خبرگزاری فردا»: the site crediting itself
            # reprints the outlet its source line names (as for a known agency's copy above;
            # an organisation's release the site reported keeps the site's credit)
            outlets = [s for s in sources if not ORGANISATION_HEAD_RE.match(fold(s))]
            return outlets[0] if outlets else brand
    if sources:
        return sources[0]  # «منبع: روزنامه صبح کرمان»; never a bare address
    announced = _announced_portal(text, folded)
    if announced:
        return announced
    for m in QUOTED_WROTE_RE.finditer(folded):
        brand = _brand(text, m.span("src"))
        if brand:
            return brand
    return (
        _quoted_reporter(folded)
        or _wrote_brand(text, folded)
        or _interview_brand(text, folded)
        or _dateline_brand(text, folded)
        or _slash_lead_brand(text, folded)
        or _self_brand(text, folded)
        or _glossed_brand(text, folded)
        or _desk_brand(text, folded)
        or _masthead_brand(text, folded)
        or _closing_brand(text, folded)
        or _title_bar_brand(text, folded)
        or _byline_agency(folded)
        or _channel_agency(folded)
    )


# a Latin remnant glued to a byline line's end (an image's «alt», a slug): not the name's
_LATIN_TAIL_RE = re.compile(r"[A-Za-z_\-]+$")


# «برای ... پیوستن به کانال تلگرامی باشگاه خبرنگاران جوان اینجا کلیک کنید», «عضویت در
# کانال تلگرامی خبرگزاری موج»: the page's call to join its own channel names the outlet
_CHANNEL_RE = re.compile(
    r"کانال[ \t](?:تلگرامی|تلگرام|ایتا|بله|روبیکا)[ \t](?P<src>[^\n.،,:]{2,45}?)"
    r"[ \t]*(?:[ \t](?:اینجا|را|بپیوندید|کلیک)|\n|$)"
)


def _channel_agency(folded: str) -> str | None:
    """A known agency spelt in full after «کانال تلگرامی» in the page's call to join its
    channel, when nothing else credits the copy: the site's own outlet."""
    if "کانال" not in folded:
        return None  # (a cheap test: most pages hold no such call)
    for m in _CHANNEL_RE.finditer(folded):
        if _exact(m.group("src")):
            return canonical(m.group("src"))
    return None


def _byline_agency(folded: str) -> str | None:
    """A line of the opening that is wholly a known agency's name («واحد مرکزی خبر»,
    «خبرگزاری مهر» standing alone under the title): the agency's byline, read last, when
    no credit, dateline or brand named the source (a site's own masthead line that names an
    agency yields to the copy's «به گزارش X», read before)."""
    for line in folded[:700].split("\n")[:8]:
        line = _LATIN_TAIL_RE.sub("", line.strip()).strip()
        if 1 < len(line) <= 40:
            name = AGENCY_ALIASES.get("".join(_words(line)))
            if name:
                return name
    return None


def _announced_portal(text: str, folded: str) -> str | None:
    """«طبق اعلام پایگاه اطلاع‌رسانی استانداری تهران، X گفت»: the portal an announcement is
    credited to, when no agency credits the copy (the lead's Round 23 ruling: an
    organisation's information portal the text credits is the attribution, whole name
    kept). Only a name a kind of outlet opens: «طبق اعلام بانک مرکزی» or «بر اساس اعلام
    مدیرکل ...» cite a source of figures, no outlet."""
    if "اعلام" not in folded:
        return None  # (a cheap test)
    for m in ANNOUNCED_RE.finditer(folded):
        if not ANY_OUTLET_KIND_RE.match(m.group("src")):
            continue
        brand = _brand(text, m.span("src"))
        if brand and not PRESS_OFFICE_RE.match(fold(brand)):
            return brand
    return None


# «روابط عمومی سازمان توسعه و نوسازی معادن و صنایع معدنی ایران(ایمیدرو)»: the short name
# an organisation goes by, in brackets right after its long name
_SHORT_NAME_END_RE = re.compile(r"\(\s?(?P<short>[^\W\d_]{3,12})\s?\)\s*$")


def _office_short_name(folded: str, span: Span) -> str | None:
    """A site that republishes an organisation's release «به نقل از روابط عمومی ...» credits
    the organisation when the text gives the short name it goes by («... (ایمیدرو)», «...
    (ایدرو)»); a press office with no short name stays no brand, and a known agency that
    reports the release keeps the credit (its rule runs before this one)."""
    src = folded[span[0] : span[1]]
    if "(" not in src or not PRESS_OFFICE_RE.match(src):
        return None
    m = _SHORT_NAME_END_RE.search(src)
    return m.group("short") if m else None


def _wrote_brand(text: str, folded: str) -> str | None:
    """«وب‌سایت X در این باره نوشت:»: a republished story credits the site that wrote it,
    known or not, when a kind of outlet opens the name or an outlet's tail closes it
    («شالیزار نیوز نوشت», «X خبر نوشت»; «مدیرکل در این باره نوشت» is a person's note, no
    outlet)."""
    if not any(w in folded for w in WROTE_WORDS):
        return None  # (a cheap test: most texts quote no site)
    for m in KIND_WROTE_RE.finditer(folded):
        src = m.group("src")
        if not (OUTLET_KIND_RE.match(src) or BRAND_PREFIX_RE.match(src) or _outlet_tailed(src)):
            continue
        brand = _brand(text, m.span("src"))
        if brand and _brand_shaped(fold(brand), labels=False):
            return brand
    return None


def _glossed_brand(text: str, folded: str) -> str | None:
    """«ایرتاگ- خبرگزاری تلگراف ایران.»: one or two words opening a sentence before a dash
    that a kind of outlet follows are the site's name, the kind's phrase its gloss; never a
    place («اهواز - خبرگزاری ...», a dateline), a known agency's credit, a role, a speaker."""
    for m in _GLOSS_KIND_RE.finditer(folded, 0, 3000):
        if canonical(folded[m.start() + 1 : m.start() + 80].strip()):
            continue  # «اهواز - خبرگزاری مهر»: the agency credits the copy (a dateline)
        head = _GLOSS_HEAD_RE.search(folded, max(0, m.start() - 40), m.start())
        if head is None:
            continue
        src = head.group("src")
        if (
            PLACE_RE.fullmatch(src)
            or ROLE_HEAD_RE.search(src)
            or SPEECH_VERB_RE.search(src)
            or any(key(w) in NOT_BRANDS or key(w) in AGENCY_DESK_WORDS for w in src.split())
            or find_names(src)
        ):
            continue
        return text[head.start("src") : head.end("src")].strip()
    return None


def _masthead_brand(text: str, folded: str) -> str | None:
    """«گروه رسانه‌ای سپهر» as the text's first line: the site's masthead, its kind cut,
    the site crediting itself when nothing else credits the copy."""
    m = BANNER_RE.match(folded)
    kind = MASTHEAD_KIND_RE.match(m.group("src")) if m else None
    if m is None or kind is None:
        return None
    name = m.group("src")[kind.end() :].strip()
    if not _brand_shaped(name):
        return None
    start = m.start("src") + kind.end()
    return text[start : start + len(m.group("src")) - kind.end()].strip()


# «بانک و صنعت», «نفت و توسعه»: an outlet's name of two words joined by «و», to the credit's end
_JOINED_NAME_RE = re.compile(r"(?P<a>[^\W\d_]{2,})\s+و\s+(?P<b>[^\W\d_]{2,})\s*")
# «کسب و کار نیوز سید X گفت»: two words joined by «و» and a brand tail (BRAND_TAILS) open the
# credit, which runs on without a comma
_JOINED_TAIL_RE = re.compile(
    r"(?P<a>[^\W\d_]{2,})\s+و\s+(?P<b>[^\W\d_]{2,})\s*(?P<tail>[^\W\d_]+)(?![^\W\d_])"
)


def _joined_name(text: str, span: Span) -> str | None:
    """The outlet's name when the credit ``text[span]`` (after its kind of outlet) is only
    two words joined by «و» («پایگاه تحلیلی خبری بانک و صنعت» -> «بانک و صنعت»): the «و»
    is no desk tail («ندای البرز و خبرنگاران ...» is cut), the kind is cut even before an
    organisation's word, which needs the kind («به گزارش بانک و ...» names no outlet);
    never a desk word, a place or a credit's own word on either side."""
    folded = fold(text[span[0] : span[1]])
    kind = ANY_OUTLET_KIND_RE.match(folded)
    m = _JOINED_NAME_RE.fullmatch(folded, kind.end() if kind else 0)
    end = "b"
    if m is None and " و " in folded:  # (a cheap test before the second pattern)
        m = _JOINED_TAIL_RE.match(folded, kind.end() if kind else 0)
        end = "tail"
        if m is not None and m.group("tail") not in BRAND_TAILS:
            m = None
    if m is None or any(
        key(w) in AGENCY_DESK_WORDS or w in AFTER_AGENCY or PLACE_RE.fullmatch(w)
        for w in (m.group("a"), m.group("b"))
    ):
        return None
    if not kind and ORGANISATION_HEAD_RE.match(m.group("a")):
        return None
    return text[span[0] + m.start("a") : span[0] + m.end(end)]


# «به گزارش ایرنا به نقل از X»: a report cue earlier in the origin's clause (read backwards
# from the origin cue: the text is scanned once, by ``ORIGIN_RE``)
CHAIN_HEAD_RE = re.compile(rf"(?:{REPORT_CUE})\s+[^،,:؛\n.]{{2,60}}\s$")


def _chained_origin(text: str, folded: str) -> str | None:
    """An outlet no list holds that a credit chain names as the origin («به گزارش ایرنا
    به نقل از کویرنیوز»): the story is the origin's, even when the reporter is a known
    agency. Never a person, an organisation or a press office («به نقل از مدیرکل ...»,
    «به نقل از سازمان بنادر»: a known agency reporting a release keeps the credit)."""
    if not any(c in folded for c in ORIGIN_TAILS):
        return None  # (a cheap test: most texts have no chain; «حمل و نقل» is none)
    for m in ORIGIN_RE.finditer(folded):
        if not CHAIN_HEAD_RE.search(folded, max(0, m.start() - 75), m.start()):
            continue
        if canonical(m.group("src")):
            return None  # a known origin: the origin rule credits it
        brand = _brand(text, m.span("src"))
        if (
            brand
            and not ROLE_HEAD_RE.match(fold(brand))
            and not ORGANISATION_HEAD_RE.match(fold(brand))
            and _outlet_name(brand) == brand
            and _brand_shaped(fold(brand), labels=False)
        ):
            return brand
    return None


def _desk_brand(text: str, folded: str) -> str | None:
    """«سپهرغرب، گروه خبر:»: a site's name before its desk label, crediting itself."""
    for m in DESK_LABEL_RE.finditer(folded, 0, 3000):
        if _brand_shaped(m.group("src")):
            return text[m.start("src") : m.end("src")].strip()
    return None


def _source_brands(text: str, folded: str) -> list[str]:
    """Outlets named by source lines («منبع: روزنامه صبح کرمان» -> «صبح کرمان»): never a
    bare address or a press office."""
    found = (
        (_source_joined(text, m.span("src")) or _brand(text, m.span("src")), m.end("src"))
        for m in source_lines(folded)
        # («نفت منبع اصلی درآمد استان است»: «منبع» in prose, a clause after it, no outlet)
        if not sentence_fragment(m.group("src"))
    )
    return [
        b
        for b, end in found
        if b
        and (
            _PERSIAN_LETTER_RE.search(b)
            # («منبع خبر: http://www.x.ir/...»: the scheme before the colon is no name)
            or (_LATIN_NAME_RE.fullmatch(b) and not folded.startswith(":", end))
        )
    ]


def _source_joined(text: str, span: Span) -> str | None:
    """«منبع: بانک و بیمه»: a source line that is only two words joined by «و» names an
    outlet of that name, even when its first word opens an organisation's name (a credit
    after «به گزارش» needs a kind of outlet for that: ``_joined_name``; a source line
    already says an outlet follows). Never a desk word, a place or a credit's word."""
    src = text[span[0] : span[1]].strip()
    m = _JOINED_NAME_RE.fullmatch(fold(src))
    if m is None or any(
        key(w) in AGENCY_DESK_WORDS or w in AFTER_AGENCY or PLACE_RE.fullmatch(w)
        for w in (m.group("a"), m.group("b"))
    ):
        return None
    return src


# «منبع: Financial Turbine»: an outlet's name in Latin letters, words only (a bare address,
# «www.example.ir», «example.com/news», has a dot or a slash and is no name)
_LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z&'\-]*(?: [A-Za-z&'\-]+){0,3}")


# «/شوشان», «/ خبر جنوب» as the copy's last words: one to three words of three letters or
# more (staff initials «/س», «/م.ع» are no outlet), a number closing the name («/دیار۲۴»)
_CLOSING_BRAND_RE = re.compile(r"[^\W\d_]{3,}(?:\s[^\W\d_]{2,}){0,2}(?:\s?\d{1,3})?")


def _closing_brand(text: str, folded: str) -> str | None:
    """An unknown outlet closing the copy after a slash («... سهم جابجایی کالا می‌باشند.
    /شوشان»): a site crediting itself where agencies close with their own name."""
    m = CLOSING_RE.search(folded, max(0, len(folded) - 200))
    if m is None:
        return None
    name = _brand(text, m.span("src"))  # («/روزنامه X»: the kind of outlet cut)
    if name is None:
        return None
    src = fold(name)
    if not _CLOSING_BRAND_RE.fullmatch(src) or not _PERSIAN_LETTER_RE.search(src):
        return None
    words = _words(src)
    if any(w in AGENCY_DESK_WORDS or w in STOP_TOKENS for w in words) or PLACE_RE.fullmatch(src):
        return None
    return name


# «<headline> | سهند نیوز 🇮🇷»: a page's title line, the site's name after its last bar
# (emoji and marks after the name dropped); read in the text's first lines only
_TITLE_BAR_RE = re.compile(
    r"[ \t][|｜][ \t]*(?P<src>[^\W\d_]+(?:[ \t][^\W\d_]+){1,2})[^\w\n]*(?:\n|$)"
)
_TITLE_BAR_HEAD = 400


def _title_bar_brand(text: str, folded: str) -> str | None:
    """The site's name closing a page title line after a bar («... کنار جاده | سهند نیوز»),
    when nothing else credits the copy: only a name shaped as an outlet's («X نیوز», «X
    آنلاین»), so a date, a section («اخبار استان») or a link label after a bar is none."""
    if "|" not in folded[:_TITLE_BAR_HEAD] and "｜" not in folded[:_TITLE_BAR_HEAD]:
        return None
    m = _TITLE_BAR_RE.search(folded, 0, _TITLE_BAR_HEAD)
    if m is None:
        return None
    src = m.group("src")
    if not _outlet_tailed(src) or not _brand_shaped(src):
        return None
    return text[m.start("src") : m.end("src")].strip()


def _interview_brand(text: str, folded: str) -> str | None:
    """«... به تحریریه پایگاه خبری پیک قلم گفت», «در گفت‌وگو با سایت خبری X»: an unknown
    outlet named by its kind in an interview cue is the site crediting itself."""
    for m in _interviews(folded):
        src = m.group("src")
        if not (
            OUTLET_KIND_RE.match(src)
            or BRAND_PREFIX_RE.match(src)
            or _REPORTER_RE.match(src)  # «با خبرنگار کویرنیوز», «با خبرنگاردیار۲۴»
            or key(src.split()[0]) in KEPT_OUTLET_KINDS  # «با خبرگزاری X افزود»
            # «به «X» گفت», «در گفت‌وگو با X اظهار کرد»: a name right before the verb
            # (a bare name only when outlet-shaped: «در گفت‌وگو با مردم گفت» is no outlet)
            or (
                speech_verb_key(m.group("verb") or "") in ATTRIBUTION_SPEECH_VERBS
                and (
                    src.startswith("«")
                    or (m.group("talk") is not None and _OUTLET_SHAPED_RE.search(src.rstrip()))
                )
            )
            # «به X نیوز گفت», «در گفت‌وگو با دیار۲۴، افزود»: a name with an outlet's tail
            # (never the everyday «خبر»: «با کارشناسان خبر،») before the verb, or closed by
            # a comma after a talk cue
            or (
                _OUTLET_TAIL_RE.search(src.rstrip())
                and (
                    speech_verb_key(m.group("verb") or "") in ATTRIBUTION_SPEECH_VERBS
                    or (m.group("verb") is None and m.group("talk") is not None)
                )
            )
        ):
            continue  # («در گفت‌وگو با مدیرکل ...»: a person, no outlet)
        brand = _brand(text, m.span("src"))
        if (
            brand
            and _outlet_name(brand) == brand
            and not PRESS_OFFICE_RE.match(fold(brand))
            and not ORGANISATION_HEAD_RE.match(fold(brand))
            and (
                _brand_shaped(fold(brand), labels=False)
                or (_REPORTER_RE.match(src) is not None and _timed_outlet(fold(brand)))
            )
        ):
            return brand
    return None


OUTLET_TIME_WORDS = frozenset(fold(w) for w in load("attribution_cues.json")["outlet_time_words"])
# («صبح شنبه», «صبح روز»): the day words, never the rest of an outlet's name
_DAY_WORDS = frozenset(
    w for p in load("attribution_cues.json")["report_time_openers"] for w in fold(p).split()
)


def _timed_outlet(brand: str) -> bool:
    """``brand`` («صبح توس», «صبح کرمان») opens with a part of the day that opens outlets'
    names, the rest brand-shaped and no time word («صبح امروز», «صبح روز شنبه»: a time):
    after «با خبرنگار» it names the reporter's outlet."""
    first, _, rest = brand.partition(" ")
    return (
        first in OUTLET_TIME_WORDS
        and bool(rest)
        and not any(w in STOP_TOKENS or w in _DAY_WORDS for w in rest.split())
        # («صبح کرمان»: a place may close the name)
        and (_brand_shaped(rest, labels=False) or PLACE_RE.fullmatch(rest) is not None)
    )


# «با خبرنگار X», «با خبرنگاردیار۲۴»: a reporter of an outlet, the outlet named after it
_REPORTER_RE = re.compile(rf"(?:{GLUED_DESK_WORDS})(?!ان)\s?(?=[^\W\d_]|«)")


def _holds_words(longer: str, shorter: str) -> bool:
    """``shorter``'s words stand at the end of ``longer``'s («بازار» in «تحلیل بازار»)."""
    a, b = fold(longer).split(), fold(shorter).split()
    return len(a) > len(b) and a[-len(b) :] == b


def _speaker_line(folded: str, m: re.Match[str]) -> bool:
    """«فتحی؛ رئیس سازمان ...: <quote>»: the words before the semicolon are a speaker the
    role after them names (``speaker_at``), no site crediting itself."""
    if m.group("sep") != "؛":
        return False
    line_end = folded.find("\n", m.end())
    return speaker_at(folded, m.start("src"), len(folded) if line_end < 0 else line_end) is not None


def _self_brand(text: str, folded: str) -> str | None:
    """The site's own name opening a paragraph before a dash or colon («آزنا آنلاین-»,
    «اتاق خبر:»), named twice or before a person or role: never a place, a role or a
    speaker («استاندار یزد:»)."""
    for m in SELF_BRAND_RE.finditer(folded, 0, 3000):
        kind = OUTLET_KIND_RE.match(m.group("src")) or BRAND_PREFIX_RE.match(m.group("src"))
        src = m.group("src")[kind.end() :] if kind else m.group("src")
        before = folded[max(0, m.start("src") - 2) : m.start("src")]
        if before.endswith(".") or (before.endswith(". ") and m.group("src").isascii()):
            continue  # («citypr.ir -», normalised «citypr. ir -»: a domain's end, no name)
        if m.group("sep") == "_" and src.startswith("#"):
            continue  # («#خبر_و_هنر»: a hashtag's underscore joins its words, no dash)
        words = src.split()
        shaped = bool(kind) or _outlet_tailed(src)
        if m.group("digit") and not shaped:
            continue  # («فاز دوم: ۴۰ ...»: a number after a bare label; checked first, cheap)
        if (
            not words
            or len(words) > 3
            or ROLE_HEAD_RE.search(src)
            or PLACE_RE.fullmatch(src)
            or any(key(w) in AGENCY_DESK_WORDS or w in STOP_TOKENS for w in words)
            or SPEECH_VERB_RE.search(src)  # «زورقی اظهارداشت:»: a speaker, glued or not
            or _desk_place_only(src, [key(w) for w in words])  # «مرکز اصفهان؛»: a desk
            or find_names(src)
            or _speaker_line(folded, m)
        ):
            continue
        rest = folded[m.end() : m.end() + 80]
        if key(words[0]) in NOT_BRANDS and (
            # «کد خبر:», «اخبار:»: a page label; a name of more words that opens with a
            # label word and credits a person after it is the site's («اخبار سبز کشاورزی ؛
            # سیاوش نیرومند ...»)
            _page_label(src) or not find_names(rest[:40])
        ):
            continue
        if m.group("sep") == "/":
            # «X/همدان رئیس ...»: the desk's place after the slash; a slash also closes a
            # rubric («گندم/زنجان ...»), so a bare name needs two words or an outlet's shape
            place = PLACE_RE.match(rest.lstrip())
            if not kind and not (place and (len(words) > 1 or _OUTLET_SHAPED_RE.search(words[-1]))):
                continue
            rest = rest.lstrip()[place.end() :] if place else rest
        if (
            shaped  # «پایگاه خبری X - ...», «X نیوز - ...»: an outlet by its kind or tail
            or find_names(rest[:40])
            # «X - محبوب حیدری گفت:»: a speaker the list of given names does not hold,
            # anchored by the speech verb after the name
            or (
                not ORGANISATION_HEAD_RE.match(src)
                and speaker_at(rest, len(rest) - len(rest.lstrip()), len(rest)) is not None
            )
            or ROLE_HEAD_RE.match(rest.lstrip())
            or folded.count(src) > 1
        ):
            return text[m.end("src") - len(src) : m.end("src")].strip()
    return None


NEWS_ID_RE = re.compile(WB_L + news_id_source(r"\s?") + WB_R)


def extract_news_id(text: str) -> str | None:
    """The outlet's news id from a «کد خبر N» / «کد خبر: N» line."""
    folded = fold(text)
    if not any(word in folded for word in NEWS_ID_FIRST_WORDS):
        return None  # (the cheap test: most texts carry no news-id line)
    m = NEWS_ID_RE.search(folded)
    return m.group("id") if m else None
