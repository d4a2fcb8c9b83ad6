"""People and their roles as written in provincial news copy.

Persons are spotted by ``names.find_names`` (a given-name lexicon, then the surname) and,
for names no lexicon holds, by ``names.speaker_at`` where a sentence's body opens (after
the credits and datelines ``openers`` skips) with a name anchored by a speech cue. Roles
are read with the patterns these outlets use:
 - name then role, with or without «،»: «رضا رحمانی وزیر صنعت، معدن و تجارت، ...»,
   «یاسر عبدالهی، معاون ... در جلسه ...», «حبیب امین زاده به عنوان رئیس جدید ...»;
 - role then name: «استاندار قزوین، هدایت الله جمالیپور»;
 - speaker introduced by role only («مدیرکل صنعت ... کردستان گفت: ...») and named in a
   later sentence («بختیار خلیقی در مراسم ...»): the unnamed role is handed to the next
   person who opens a sentence without a role of their own (``ROLE_STEPS``, forward);
 - a person named first and then referred to by role only («سیاوش بدری ... گفت»,
   later «مدیرعامل شرکت آب منطقه‌ای فارس افزود»): the first unnamed role after the
   person and before the next person is theirs (backward).
Ministry names containing commas («صنعت، معدن و تجارت») are protected so that the comma
does not end the role. A surname alone («خلیقی گفت») is the person named in full
elsewhere in the text; only when no full name has it is the surname a person itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import Any

from crawler.data import load
from crawler.extraction.attribution import canonical, dash_credits, spells_agency
from crawler.extraction.lexicon import (
    AMBIGUOUS_GIVEN,
    ANNOUNCED_CUE,
    ATTENDEE_CUE_RE,
    BRAND_TAILS,
    BYLINE_AFTER_RE,
    BYLINE_BEFORE_RE,
    BYLINE_VERB_RE,
    EVENT_RE,
    GIVEN,
    GLUED_VERB_ENDS,
    HONORIFIC_OPEN_RE,
    HONORIFIC_PARTS,
    MEETING_CUE_RE,
    NEWS_OF_RE,
    NOT_SPEAKER_NOUNS,
    OFFICE_HEAD_RE,
    OFFICE_SPEECH_RE,
    ORIGIN_CUE,
    PAGE_LABELS,
    PERIOD_RE,
    POINTED_TO_RE,
    PORTFOLIO_OWNER,
    PROTECT_RE,
    RANK_BEFORE_RE,
    REPORT_CUE,
    REPORTED_BY_NOT_NAMES,
    REPORTED_BY_RE,
    REPORTED_RE,
    ROLE_HEAD_RE,
    RUN_ON_COPULA_RE,
    RUN_ON_EITHER_RE,
    RUN_ON_RE,
    SPEECH_CUE_RE,
    SPEECH_VERB_RE,
    STOP_TOKENS,
    SURNAME_ENDINGS,
    SURNAME_PREFIX,
    SURNAME_SUFFIX,
    TERM_RE,
    TITLE_IN_SENTENCE_RE,
    VERB_STOP_RE,
)
from crawler.extraction.names import (
    apposed_at,
    compound_given_word,
    could_be_given,
    ends_like_surname,
    find_names,
    given_before,
    glued_front_role,
    glued_given_surname,
    name_shaped,
    name_word,
    reported_surname_at,
    role_glued_before,
    speaker_at,
)
from crawler.extraction.openers import body_start, unwrap
from crawler.extraction.persian import WB_L, WB_R, alt, fold, key, seq
from crawler.extraction.provinces import GLUED_PREP_RE, counts_bare, is_place
from crawler.extraction.provinces import NAME_RE as PLACE_RE
from crawler.extraction.sentences import Span, sentence_spans

_PROTECT_CHAR = "\x01"
# («X» معاون ...: the name's closing guillemet first)
_AS_RE = re.compile(r"[»\"]?\s*[،,؛]?\s*(?:به\s?عنوان\s)?\s*")
# «استاندار تهران - طبق اعلام پایگاه ...، X گفت», «فرماندار بم - به گزارش ایرنا، X»: a role
# written as the dateline of its line, a dash after it, a credit clause at most between the
# dash and the name (``_dateline_role``)
_DATELINE_CREDIT = rf"(?:{REPORT_CUE}|{ORIGIN_CUE}|{ANNOUNCED_CUE})[^،,:؛\n.]{{2,90}}[،,][ \t]*"
_DATELINE_ROLE_GAP_RE = re.compile(rf"[ \t]*[-–—][ \t]*(?:{_DATELINE_CREDIT})?")
# «به گزارش رکنا از گلستان سید محمد ...»: a credit with no comma before the name
_BARE_CREDIT_RE = re.compile(r"\s*(?:به\s*گزارش|به\s?نقل\s?از)[^،,؛:\n]{1,60}$")
_NAME_CUE_RE = re.compile(r"با\s?حضور\s+")
# «به نقل از روابط عمومی معاونت ... و مدیریت جهاد کشاورزی کازرون X بیان کرد»: the words
# after a press office name the office whose release it is, not the speaker's role
_PRESS_OFFICES = "(?:" + alt([fold(w) for w in load("agencies.json")["press_offices"]]) + ")"
_PRESS_OFFICE_WORDS = ("روابط", "ارتباطات", "اطلاع")
_PRESS_OFFICE_BEFORE_RE = re.compile(_PRESS_OFFICES + r"\s$")
# ... and such a credit, however long the office's name, opens the sentence for the
# speaker it runs into with no comma (who may take the role of the lead's unnamed speaker)
_PRESS_CREDIT_OPEN_RE = re.compile(
    r"[\s«\"]*(?:به\s*گزارش|به\s?نقل\s?از)[^،,؛:\n.]{0,60}"
    + _PRESS_OFFICES
    + r"\s[^،,؛:\n.]{1,120}$"
)
# «به گزارش ... از کرمان، بنا به اعلام روابط عمومی ...، X با اعلام این خبر ...»: credit
# clauses, each closed by a comma, the name after the last
_CREDITS_BEFORE_RE = re.compile(
    r"[\s«\"]*(?:به\s*گزارش|به\s?نقل\s?از)[^.!?؟\n:؛]{1,240}[،,][ \t]*$"
)
# «به گفته نادری سال گذشته ...»: the person reported opens the sentence as its speaker
_REPORTED_OPEN_RE = re.compile(r"[\s«\"]*" + REPORTED_BY_RE.pattern)
# (the first three letters of each cue's second word: a cheap test before the pattern)
_REPORTED_HEADS = frozenset(fold(c).split()[1][:3] for c in load("speech.json")["reported_by_cues"])
# «به گفته رییس سازمان مدیریت ... استان، بیش از ...»: a role reported as the source opens
# the body, its holder named in a later sentence (an unnamed role)
_REPORTED_ROLE_RE = re.compile(
    r"[\s«\"]*" + REPORTED_BY_RE.pattern.removesuffix("$") + r"(?=" + ROLE_HEAD_RE.pattern + ")"
)
# «بر اساس اعلام مدیرکل ... استان، ...»: a role announced as the source opens the body the
# same way (an unnamed role)
_ANNOUNCED_ROLE_RE = re.compile(
    r"[\s«\"]*(?:"
    + alt(load("speech.json")["announced_by_cues"])
    + r")\s+(?="
    + ROLE_HEAD_RE.pattern
    + ")"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# «... صادر شد.شهبازی افزود»: a sentence glued to the one before; a quote closed after
# its full stop ends the sentence too («... اقامت کردند.» رئیس اداره ... افزود»: the
# sentence splitter reads no end there, the mark being followed by the quote, not a space)
_GLUED_START_RE = re.compile(r"[.!?؟](?:[»\"”][ \t]?)?(?=[^\W\d_])")
# «باشگاه خبرنگاران جوان؛ مریم رضایی - حمیدرضا منتظری ...»: a reporter after the credit
_CREDIT_HEAD_RE = re.compile(r"(?P<src>[^\n؛:]{2,60}?)\s?[؛:]\s*$")
# (an underscore stands for the dash in careless copy: «باشگاه خبرنگاران جوان؛ X _ مدیرکل ...»)
_DASH_AFTER_RE = re.compile(r"\s*[-–—_]\s")
_COMMA_AFTER_RE = re.compile(r"\s*[،,]\s*")
# «دنیای اقتصاد - کرج - X: استاندار ... گفت»: a dateline's parts joined by dashes, then the
# reporter's name and a colon
_DATELINE_PARTS_RE = re.compile(r"(?:^|\n)[ \t]*(?:[^\n\-–—:؛]{2,30}\s?[-–—]\s?){1,3}$")
_COLON_AFTER_RE = re.compile(r"\s?[:：]")
# «X/ لرستان» alone on its line: a reporter's signature with the desk's place after a slash
_SIGNED_PLACE_RE = re.compile(
    r"[ \t]?/[ \t]?(?:(?:استان|شهرستان)[ \t]?)?(?:" + PLACE_RE.pattern + r")[ \t]*(?:\n|$)"
)
_COMMA_DATELINE_RE = re.compile(
    r"[ \t]*(?P<src>[^\n،,:]{2,40}?)[ \t]?[،,][ \t]?(?:" + PLACE_RE.pattern + r")[ \t]?[،,][ \t]*"
)
# «۴۰و احد تولیدی» (normalised «۴۰ و احد»): a count just before, its noun split by a typo
# a number, with «و» glued by a typo or not: «۴۰و احد», «۴۲۰۰ احد» (the noun «واحد» cut);
# not a year nor the last part of a date or a time (``_counted``)
_NUMBER_BEFORE_RE = re.compile(r"\d\s?و\s?$|(?<![\d\-/:.,٬])(?P<count>\d+(?:[,٬]\d{3})*)[ \t]$")
_YEAR_SHAPED_RE = re.compile(r"(?:13|14|19|20)\d\d")
_DATE_PART_BEFORE_RE = re.compile(r"\d\s?[-/:.]\s?$")
# a comma, then a word or a quote: where a clause may open with a name
_COMMA_SCAN_RE = re.compile(r"[،,][ \t]*(?=[^\W\d_«\"])|[،,][ \t]*[«\"]")
# «رئیس سازمان برنامه و بودجه کشور ...»: the country ends a role, except the Interior
# ministry's own name («وزیر کشور», «معاون وزیر کشور»)
_COUNTRY_END_RE = re.compile(r"(?<!وزیر)(?<!وزارت)\sکشور(?!\w)")
# «وزیر ... در سنندج»: where the role holder was, not the role («نماینده ... در مجلس» stays)
_IN_PLACE_RE = re.compile(r"\sدر\s")
_DIGIT_RE = re.compile(r"\d")
_NON_SPACE_RE = re.compile(r"\S+")
# «... صنایع‌دستی | استان سمنان گفت»: what is left after the word cap is the role's place
_PLACE_TAIL_RE = re.compile(
    r"[ \t]*(?:(?:استان|شهرستان)[ \t]?)?(?:" + PLACE_RE.pattern + r")[ \t]*"
)
_NUMBER_NEXT_RE = re.compile(r"\s?\d")
# «رئیس اتحادیه مرغ، تخم‌مرغ و ماهی همدان، ...»: after a role's comma, short items joined by
# commas and closed by «و» are the goods or fields of the office, part of the role; so are
# a deputy's fields that run into the organisation with no comma («معاون برنامه‌ریزی، توسعه
# و فناوری سازمان صنایع ...»)
_ITEM = r"[^\W\d_]+(?:[\s\u200c][^\W\d_]+)?"
_ENUMERATION_RE = re.compile(
    rf"\s?(?:{_ITEM}\s?[،,]\s?){{0,3}}{_ITEM}\sو\s{_ITEM}(?:\s[^\W\d_]+)?"
    rf"(?=\s?[،,:]|\s{PORTFOLIO_OWNER})"
)


@dataclass
class Person:
    name: str
    start: int
    end: int
    sentence: int
    role: str | None = None
    role_span: tuple[int, int] | None = None
    who: str = ""  # key of the person this mention names (the full name, when known)
    opens: bool = False  # the mention opens its sentence's body


@dataclass
class Mention:
    """A sentence that opens with a role and no name: «مدیرکل ... گفت: ...»."""

    sentence: int
    pos: int
    role: str
    used: bool = False


def _anchor_near(folded: str, start: int, end: int) -> bool:
    """A comma, a colon or a speech cue in ``folded[start:end]`` (the commas found by ``str.find``
    first: most windows hold one, and the cue pattern is tried at every position)."""
    return (
        folded.find("،", start, end) >= 0
        or folded.find(",", start, end) >= 0
        or folded.find(":", start, end) >= 0  # «X مدیرکل ...: <quote>»
        or SPEECH_CUE_RE.search(folded, start, end) is not None
    )


# what may stand between a role and the name after it (or before the next name)
_BEFORE_NAME_MARKS = ' \t،,«("–—-'


def _protect(folded: str) -> str:
    def repl(m: re.Match[str]) -> str:
        return m.group().replace("،", _PROTECT_CHAR).replace(",", _PROTECT_CHAR)

    return PROTECT_RE.sub(repl, folded)


# a role head right after the surname it is glued to (``ROLE_HEAD_RE`` without its word start)
_GLUED_HEAD_RE = re.compile(ROLE_HEAD_RE.pattern.removeprefix(WB_L))
# an institution noun right after a word («... سازمان», «... اداره کل»)
_OWNER_AFTER_RE = re.compile(r"\s" + PORTFOLIO_OWNER)


def _role_at(prot: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Role span starting at `pos` (must begin with a role head), up to a terminator."""
    m = ROLE_HEAD_RE.match(prot, pos)
    if not m and 0 < pos < len(prot) and prot[pos - 1].isalpha() and prot[pos].isalpha():
        m = _GLUED_HEAD_RE.match(prot, pos)  # «شادفرمدیر کل ...»: split off by ``find_names``
    if not m:
        # «مدیرزراعت و باغبانی ...»: a head glued to the word after it (``role_glued_before``)
        m = _WORD_RE.match(prot, pos)
        if not m or not (
            role_glued_before(m.group())
            # «مدیرباغبانی سازمان ...»: the glued word ends like a surname, but an
            # institution noun after it makes it a role («مدیرباغبانی» = «مدیر باغبانی»)
            or (glued_front_role(m.group()) and _OWNER_AFTER_RE.match(prot, m.end()))
        ):
            return None
    end = limit
    t = TERM_RE.search(prot, m.end(), limit)
    if t and t.group() in "،,":
        listed = _enumeration(prot, t.end(), limit)
        if listed:
            t = TERM_RE.search(prot, listed, limit)
    if t:
        end = t.start()
    # at most ~14 words, and the role's place when nothing else is left before the
    # terminator («سرپرست معاونت ... و صنایع‌دستی استان سمنان گفت»)
    words = list(islice(_NON_SPACE_RE.finditer(prot, pos, end), 15))  # (15 tell «more»)
    if len(words) > 14 and not _PLACE_TAIL_RE.fullmatch(prot, words[13].end(), end):
        end = words[13].end()
        # «... حمل و نقل جاده‌ای خراسان | رضوی گفت»: a cut inside a place ends after it
        for place in PLACE_RE.finditer(prot, max(pos, end - 25), min(limit, end + 25)):
            if place.start() < end < place.end():
                end = place.end()
    glued = GLUED_PREP_RE.search(prot, pos, end)
    if glued:  # «... استان فارساز افزایش ...»: the role ends at the place
        end = glued.end()
    if not prot.startswith("نماینده", pos):
        for m in _IN_PLACE_RE.finditer(prot, pos, end):
            if PLACE_RE.match(prot, m.end(), end) or _period_at(prot, m.end(), end):
                end = m.start()  # «... در یزد», «... در ۶ ماهه نخست امسال»: past the role
                break
    if _DIGIT_RE.search(prot, pos, end):
        end = _number_after_place(prot, pos, end)
    end = _predicate_after_place(prot, pos, end)
    while end > pos and prot[end - 1] in " \t،,":
        end -= 1
    return (pos, end)


def _predicate_after_place(prot: str, pos: int, end: int) -> int:
    """A role that names its place and then runs on, no comma after it, into the words
    of the clause's predicate («رئیس اتاق بازرگانی بوشهر صادرات کم شد», «مدیرکل گمرک
    استان گیلان امروز گفت») ends at the place; a role going on with «و» (a second post)
    or with «در» (judged by the rule before it) is left."""
    place = PLACE_RE.search(prot, pos, end)
    if place is None or place.end() >= end:
        return end
    rest = prot[place.end() : end].lstrip()
    # «در ...» after the place was judged above («نماینده مردم قزوین در مجلس» keeps it)
    if not rest or rest.startswith(("و ", "در ", "،", ",", "(")) or ROLE_HEAD_RE.match(rest):
        return end
    return place.end()


def _number_after_place(prot: str, pos: int, end: int) -> int:
    """Where a role ends when a number follows its place: «استاندار کرمان ۱۰ طرح را ...»
    (the place closes the office; a number inside an office follows its unit word, never
    a place: «مدیر منطقه ۳ شهرداری»)."""
    for place in PLACE_RE.finditer(prot, pos, end):
        if _NUMBER_NEXT_RE.match(prot, place.end(), end):
            return place.end()
    return end


def _period_at(prot: str, pos: int, end: int) -> bool:
    """A period of time opens at ``pos`` («۶ ماهه نخست امسال», «سال ۱۴۰۳»)."""
    m = PERIOD_RE.search(prot, pos, end)
    return m is not None and m.start() == pos


def _enumeration(prot: str, pos: int, limit: int) -> int | None:
    """End of a list of goods or fields that goes on a role after its comma («مرغ، تخم‌مرغ
    و ماهی همدان»), or None: no role, speech cue or other terminator word among them (not
    «معاون ...، مدیرکل ... و ...», nor «...، از کاهش قیمت ...»)."""
    m = _ENUMERATION_RE.match(prot, pos, limit)
    if m is None:
        return None
    for word in _WORD_RE.finditer(prot, pos, m.end()):
        if TERM_RE.fullmatch(word.group()) or ROLE_HEAD_RE.match(prot, word.start()):
            return None
    return m.end()


def _trim_to_place(folded: str, span: tuple[int, int]) -> tuple[int, int]:
    """Cut an unnamed-speaker role after its first place name: «مدیر تعاون روستایی استان
    یزد قیمت ... در یزد را اعلام کرد» is «مدیر تعاون روستایی استان یزد»."""
    ends = [
        m.end()
        for m in (PLACE_RE.search(folded, *span), _COUNTRY_END_RE.search(folded, *span))
        if m
    ]
    return (span[0], min(ends)) if ends else span


def _body_starts(folded: str, sents: list[Span]) -> list[int]:
    """Where each sentence's body opens (``openers.body_start``): read once per article,
    both ``_starts`` and ``_scene_role_starts`` want it (it was a tenth of this stage)."""
    return [body_start(folded, s.start, s.end) for s in sents]


def _starts(folded: str, sents: list[Span], firsts: list[int]) -> list[tuple[int, int]]:
    """(sentence index, body start) of every sentence, and of a sentence glued to the
    one before it by a full stop with no space (``firsts``: ``_body_starts``)."""
    out = []
    # «<headline> آراز خبر- مدیرکل ... گفت»: a headline glued before an agency's dash
    credits = [b for _, b in dash_credits(folded)]
    # The glued full stops of the whole text in one scan (most texts have none), each placed
    # in its sentence by bisection; a scan per sentence finds the same marks (a mark before
    # a letter never ends a sentence: the letter is in the mark's sentence).
    sent_starts = [s.start for s in sents]
    glued: dict[int, list[int]] = {}
    for m in _GLUED_START_RE.finditer(folded):
        idx = bisect_right(sent_starts, m.start()) - 1
        if idx >= 0 and m.end() < sents[idx].end:
            glued.setdefault(idx, []).append(m.end())
    for idx, (s, first) in enumerate(zip(sents, firsts, strict=True)):
        out.append((idx, first))
        if folded[first : first + 2] == "به" and folded[first + 3 : first + 6] in _REPORTED_HEADS:
            reported = _REPORTED_ROLE_RE.match(folded, first, s.end)
            if reported:
                out.append((idx, reported.end()))
        elif "اعلام" in folded[first : first + 16]:  # (a cheap test first)
            announced = _ANNOUNCED_ROLE_RE.match(folded, first, s.end)
            if announced:
                out.append((idx, announced.end()))
        for at in glued.get(idx, ()):
            out.append((idx, body_start(folded, at, s.end, line_start=False)))
        for b in credits:
            dash = _DASH_AFTER_RE.match(folded, b) if first < b < s.end else None
            if dash:
                out.append((idx, body_start(folded, dash.end(), s.end, line_start=False)))
    return out


def _scene_role_starts(
    folded: str, prot: str, sents: list[Span], firsts: list[int]
) -> list[tuple[int, int]]:
    """(sentence index, role start) of an unnamed speaker set after the scene that opens
    its sentence («در جلسه شورای اشتغال استان قزوین(،) استاندار قزوین گفت:», «در آیین
    افتتاح ... مدیرکل راه و شهرسازی فارس با بیان اینکه ... افزود»): the first role head of
    the sentence whose role runs straight into a speech verb or cue; its role goes to the
    surname that speaks next («کامرانی افزود»). ``firsts``: ``_body_starts``."""
    out = []
    for idx, (s, first) in enumerate(zip(sents, firsts, strict=True)):
        if not folded.startswith("در", first) or not EVENT_RE.match(folded, first):
            continue  # (cheap tests first: few sentences open with a scene, «در ...»)
        head = ROLE_HEAD_RE.search(prot, first, min(s.end, first + 160))
        span = head and _role_at(prot, head.start(), s.end)
        if span and SPEECH_CUE_RE.match(folded, span[1]):
            out.append((idx, head.start()))
    return out


def _run_ons(
    folded: str, sents: list[Span]
) -> tuple[list[tuple[int, int]], list[tuple[Span, re.Match[str]]]]:
    """(sentence index, start) of each sentence run on after the closing verb of the one
    before, its full stop lost («... خبر داد روانشاد با بیان این که ... افزود»: read for
    names only, a speaker anchored by a cue, not for unnamed roles), and the matches of
    ``RUN_ON_COPULA_RE`` over every sentence (``_copula_run_ons``): the matches each
    pattern's own scan of each sentence finds, in order, from one scan of the sentence
    for the places where either may start (``RUN_ON_EITHER_RE``, a few per article),
    each pattern then tried there alone (two word-list scans of the whole text were
    about 1.3 % of the stage)."""
    starts: list[tuple[int, int]] = []
    copulas: list[tuple[Span, re.Match[str]]] = []
    run_on, copula = RUN_ON_RE.match, RUN_ON_COPULA_RE.match
    for idx, s in enumerate(sents):
        end = s.end
        free = free_copula = s.start  # (as a scan goes on after its last match)
        for place in RUN_ON_EITHER_RE.finditer(folded, s.start, end):
            at = place.start()
            if at >= free and (m := run_on(folded, at, end)) is not None:
                starts.append((idx, m.end()))
                free = m.end()
            if at >= free_copula and (m := copula(folded, at, end)) is not None:
                copulas.append((s, m))
                free_copula = m.end()
    return starts, copulas


# «به گزارش ایرنا از روابط عمومی شرکت آب لرستان X Y اظهار کرد»: a credit that runs into
# its speaker with no comma, up to the first speech verb of the clause
_CREDIT_RUN_ON_RE = re.compile(
    r"به\s?گزارش\s[^،,:؛.!?؟\n]{4,160}?\s(?=" + SPEECH_VERB_RE.pattern + ")"
)
_LAST_WORDS_RE = re.compile(r"(?:[^\W\d_]+\s){1,3}$")


def _credit_run_ons(text: str, folded: str) -> list[tuple[int, int]]:
    """Names no lexicon holds that a credit runs into with no comma, right before the
    speech verb, after the credit's place («... آب و فاضلاب لرستان ژیار نوری زنوزی اظهار
    کرد»): two or three words shaped like a name, a place (the desk's or the office's)
    right before them."""
    found = []
    if "گزارش" not in folded:
        return found
    for m in _CREDIT_RUN_ON_RE.finditer(folded):
        for n in (2, 3):
            words = list(re.finditer(r"[^\W\d_]+", folded[m.start() : m.end()]))[-n - 1 :]
            if len(words) < n + 1:
                break
            start = m.start() + words[1].start()
            end = m.start() + words[-1].end()
            place = PLACE_RE.search(folded, max(m.start(), start - 30), start)
            if (
                place
                and folded[place.end() : start].strip() == ""
                and name_shaped(folded[start:end])
            ):
                found.append((start, end))
                break
    return found


# «به گزارش قم نیوز X Y عصر امروز در جلسه ... گفت»: a credit that opens its sentence and
# runs into the speaker's name with no comma; the words before the first comma or colon
_OPENING_HONORIFICS = HONORIFIC_PARTS - SURNAME_PREFIX
_CREDIT_INTO_RE = re.compile(r"[\s«\"]*(?:به\s?گزارش|به\s?نقل\s?از)\s[^،,:؛\n.!?؟]{2,120}")


def _credit_into_name(
    text: str, folded: str, sents: list[Span], names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A name no lexicon holds after the outlet of a credit with no comma between them
    («به گزارش قم نیوز X Y عصر امروز در جلسه ... اظهار داشت», «به گزارش طلوع کرمانشاه سید
    X Y افزود»): from the credit's second word on, the first run of words shaped like a
    name (``name_shaped``: a first word no lexicon reads as anything else, the last shaped
    like a surname) that a speech cue, time words and an event, or its role anchors as a
    speaker (``speaker_at``)."""
    found: list[tuple[int, int]] = []
    if "به" not in folded:
        return found
    for s in sents:
        if "به" not in folded[s.start : s.start + 8]:
            continue  # (a cheap test first: most sentences open with no credit)
        m = _CREDIT_INTO_RE.match(folded, s.start, s.end)
        if m is None or any(m.start() <= ns < m.end() for ns, _ in names):
            continue
        words = list(_WORD_RE.finditer(folded, m.start(), m.end()))
        for i, w in enumerate(words[3:16], start=3):  # (after «به گزارش» and a word)
            word = w.group()
            titled = word in HONORIFIC_PARTS or (
                # a title («آقای», «مهندس») before the name
                HONORIFIC_OPEN_RE.match(folded, w.start()).end() > w.start()
            )
            if (
                word in _NOT_FIRST_NAME_WORDS
                or not (
                    titled
                    # (a cheap test before ``speaker_at``: a name no lexicon holds ends with a
                    # word shaped like a surname, one or two words on)
                    or (
                        could_be_given(word)
                        and any(ends_like_surname(n.group()) for n in words[i + 1 : i + 3])
                    )
                )
            ):
                continue  # («... نیوز X»: an outlet's last word opens no name)
            span = speaker_at(text, w.start(), s.end, opens=False)
            if (
                span
                and name_shaped(folded[span[0] : span[1]])
                # («صبح زاگرس سیده X Y»: the honorific opens the name; «میر» also opens
                # surnames)
                and not _OPENING_HONORIFICS.intersection(folded[w.end() : span[1]].split())
                # («... صداوسیمای خراسان جنوبی»: a place ends the outlet, no name)
                and PLACE_RE.search(folded, span[0], span[1]) is None
            ):
                found.append(span)
                break
    return found


def _copula_run_ons(
    text: str,
    folded: str,
    names: list[tuple[int, int]],
    copulas: list[tuple[Span, re.Match[str]]],
) -> list[tuple[int, int]]:
    """Names opening a sentence run on after a copula, its full stop lost («... مرکبات
    مازندران است شهیدفر افزود»): only a name shaped like a surname with the speech verb
    right after it (a copula closes far more clauses than a speech verb does).
    ``copulas``: ``RUN_ON_COPULA_RE``'s matches in each sentence (``_run_ons``)."""
    found = []
    for s, m in copulas:
        if any(ns <= m.end() < ne for ns, ne in names) or not SPEECH_VERB_RE.search(
            folded, m.end(), min(s.end, m.end() + 40)
        ):
            continue  # (a cheap test first: most copulas run on into no speech verb)
        span = speaker_at(text, m.end(), s.end)
        if (
            span
            and SPEECH_VERB_RE.match(folded, span[1] + 1) is not None
            and ends_like_surname(folded[span[0] : span[1]].replace(" ", ""))
        ):
            found.append(span)
    return found


def _titled_before_role(
    text: str, folded: str, names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A name after a title inside a sentence and before its role («با پیگیری‌های مهندس
    شاهرخی استاندار ...», «با دکتر پورمحمدی معاون رئیس جمهور»): the title and the role
    anchor a lone surname no lexicon holds, wherever the sentence puts them."""
    found = []
    for m in TITLE_IN_SENTENCE_RE.finditer(folded):
        if m.start() and folded[m.start() - 1].isalnum():
            continue  # («آقایان»: inside a word, no title)
        if any(ns <= m.end() < ne for ns, ne in names):
            continue
        span = speaker_at(text, m.start(), min(len(text), m.end() + 120), cued=True)
        if span:
            found.append(span)
    return found


def _after_copula(folded: str, pos: int) -> bool:
    """A copula and a space end right at ``pos`` (a sentence run on after it)."""
    m = RUN_ON_COPULA_RE.search(folded, max(0, pos - 12), pos + 1)
    return m is not None and m.end() == pos


def _unnamed_roles(
    text: str,
    folded: str,
    prot: str,
    sents: list[Span],
    starts: list[tuple[int, int]],
    names: list[tuple[int, int]],
    roles: dict[int, tuple[int, int] | None],
) -> list[Mention]:
    """Every sentence body that opens with a role and no name («مدیرکل صنعت ... کردستان
    گفت: ...»); the role is cut after its first place name. A role that runs into a
    name («مدیرکل ... هرمزگان محسن ضیایی گفت») is that person's, not unnamed."""
    mentions: list[Mention] = []
    for idx, pos in starts:
        span = roles[pos]
        # (a name right after the role, or after its comma, is that role's holder)
        if not span or any(span[0] < ns <= span[1] + 3 for ns, _ in names):
            continue
        if (
            names
            and names[0][0] < pos
            and "به " in folded[max(0, pos - 20) : pos]  # (every cue opens with «به»)
            and REPORTED_BY_RE.search(folded, max(0, pos - 20), pos)
        ):
            continue  # «به گفته معاون وزیر ...» after a person is named: refers back to them
        if OFFICE_HEAD_RE.match(prot, pos) and not OFFICE_SPEECH_RE.search(
            folded, span[1], sents[idx].end
        ):
            continue  # «مدیریت منابع آب از اولویت‌هاست»: an everyday noun, no speaker
        if _officials_listed(prot, span[1], sents[idx].end):
            continue  # «استاندار، معاون استاندار، مدیرکل ... از جشن دیدن کردند»: guests
        span = _trim_to_place(folded, span)
        mentions.append(Mention(idx, pos, text[span[0] : span[1]].strip()))
    return mentions


_LIST_COMMA_RE = re.compile(r"\s?[،,]\s?")
_LIST_JOIN_RE = re.compile(r"\s?[،,]\s?|\sو\s")


def _officials_listed(prot: str, end: int, limit: int) -> bool:
    """The role opens a list of officials: a comma and a role after it, then another role
    joined by a comma or «و» («استاندار کردستان، معاون عمرانی استاندار، مدیرکل میراث
    فرهنگی و ... دیدن کردند»): the guests of an event, no one speaker (one role in
    apposition stays a speaker's)."""
    if prot[end : end + 2].strip()[:1] not in ("،", ","):
        return False  # (a cheap test first: most roles run on to their verb)
    comma = _LIST_COMMA_RE.match(prot, end, limit)
    if comma is None or ROLE_HEAD_RE.match(prot, comma.end()) is None:
        return False
    return any(
        ROLE_HEAD_RE.match(prot, j.end()) is not None
        for j in _LIST_JOIN_RE.finditer(prot, comma.end(), limit)
    )


def _role_span(
    prot: str, sent: Span | None, start: int, end: int, used: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The role after a name («X، معاون ...», «X به عنوان رئیس ...») or else before it
    («استاندار قزوین، X»), unless that role already belongs to someone else."""
    limit = sent.end if sent else len(prot)
    gap = _AS_RE.match(prot, end, limit)
    span = _role_at(prot, gap.end() if gap else end, limit)
    if span and span[1] > span[0]:
        return span
    lo = sent.start if sent else 0
    dateline = _dateline_role(prot, lo, start, used)
    if dateline:
        return dateline
    for m in ROLE_HEAD_RE.finditer(prot, max(lo, start - 120), start):
        if _PRESS_OFFICE_BEFORE_RE.search(prot, max(lo, m.start() - 30), m.start()):
            return None  # the office a press release credits, no role of the name's
        # «مدیرکل ... یزد (X)», «مدیر ... گیلان «X»», «فرماندار ... – X –»: the name set
        # off by brackets, guillemets or a dash after its role
        between = prot[m.start() : start].rstrip(_BEFORE_NAME_MARKS)
        # «مدیرکل صمت استان فارس: X گفت ...»: a role set before the name by a colon
        if between.endswith((":", "：")):
            between = between[:-1].rstrip()
        if TERM_RE.search(between, m.end() - m.start()):
            continue
        cand = (m.start(), m.start() + len(between))
        if not any(a < cand[1] and cand[0] < b for a, b in used):
            return cand
        return None
    return None


def _dateline_role(
    prot: str, lo: int, start: int, used: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The role that opens the name's line as its dateline, a dash after it and a credit
    clause at most before the name («استاندار تهران - طبق اعلام پایگاه اطلاع‌رسانی
    استانداری تهران، X اظهار داشت»): the credit's comma cuts the role off from the name
    for the ordinary look-back, but the dateline names the speaker's office."""
    line = max(lo, prot.rfind("\n", 0, start) + 1)
    head = prot[line:start]
    if "-" not in head and "–" not in head and "—" not in head:
        return None  # (a cheap test: most lines carry no dash before a name)
    m = ROLE_HEAD_RE.match(prot, line + len(head) - len(head.lstrip()))
    span = m and _role_at(prot, m.start(), start)
    if not span or span[1] <= span[0]:
        return None
    if not _DATELINE_ROLE_GAP_RE.fullmatch(prot, span[1], start):
        return None
    if any(a < span[1] and span[0] < b for a, b in used):
        return None
    return span


def _before_next_name(
    prot: str, span: tuple[int, int] | None, name_starts: list[int]
) -> tuple[int, int] | None:
    """A role never holds another person: «X استاندار ایلام و Y مدیرکل صنعت ایلام»,
    «X مدیرعامل بانک کشاورزی و Y رئیس ...» end the first role before the «و» that joins
    the next named person (who takes the rest)."""
    if span is None:
        return None
    i = bisect_right(name_starts, span[0])
    if i == len(name_starts) or name_starts[i] >= span[1]:
        return span
    end = name_starts[i]
    cut = prot[span[0] : end].rstrip(_BEFORE_NAME_MARKS)
    if cut.endswith(" و"):
        cut = cut[:-2].rstrip(_BEFORE_NAME_MARKS)
    return (span[0], span[0] + len(cut)) if cut else None


def _fullest(role: str, mentions: list[Mention]) -> str:
    """«وزیر صنعت» (a headline's short form) and «وزیر صنعت، معدن و تجارت» (the lead's):
    one office named short and in full; whoever takes it takes the full name (a mention
    that starts with the role's words and completes them, ``_completes``)."""
    short = fold(role)
    fuller = [m.role for m in mentions if _completes(short, fold(m.role))]
    return max(fuller, key=len) if fuller else role


def _completes(short: str, full: str) -> bool:
    """``full`` names ``short``'s office in full: it goes on after a comma or «و» (the
    rest of a ministry's name) or with a place («... استان البرز»), never with prose
    («... جنوب میزان تولید فعلی نفت»: a role run on into its sentence)."""
    if len(full) <= len(short) or not full.startswith(short):
        return False
    rest = full[len(short) :]
    if rest.startswith(("،", ",", " ،", " و ")):
        return True
    rest = rest.strip()
    return bool(PLACE_RE.fullmatch(rest) or PLACE_RE.fullmatch(rest.removeprefix("استان ")))


def _hand_over(people: list[Person], mentions: list[Mention]) -> None:
    """Forward: an unnamed role goes to the next person who opens a sentence (within
    five sentences) and has no role of their own."""
    roles = {p.who: p.role for p in people if p.role}
    for p in people:
        if p.who in roles or not p.opens:
            continue
        cands = [
            m for m in mentions if not m.used and m.pos < p.start and p.sentence - 5 <= m.sentence
        ]
        if cands:
            cands[-1].used = True
            roles[p.who] = p.role = _fullest(cands[-1].role, mentions)


def _hand_back(people: list[Person], mentions: list[Mention]) -> None:
    """Backward: a person still without a role takes the first unnamed role after their
    first mention and before the next person's first mention («سیاوش بدری ... گفت»,
    then «مدیرعامل شرکت آب منطقه‌ای فارس افزود»)."""
    firsts: dict[str, tuple[int, int]] = {}
    for p in people:
        firsts.setdefault(p.who, (p.start, p.sentence))
    order = sorted(firsts.items(), key=lambda kv: kv[1])
    roles = {p.who for p in people if p.role}
    for n, (who, (first, sent)) in enumerate(order):
        if who in roles:
            continue
        # the next person first named in a later sentence (one named in passing in the
        # same sentence, «X، در همایشی که با حضور Y برگزار شد، ...», takes no turn)
        later = (f for _, (f, s) in order[n + 1 :] if s > sent)
        stop = next(later, 10**9)
        cand = next((m for m in mentions if not m.used and first < m.pos < stop), None)
        if cand:
            cand.used = True
            roles.add(who)
            next(p for p in people if p.who == who).role = _fullest(cand.role, mentions)


# a hamza on its seat is often dropped in the copy: «ئ» read as «ی», «ؤ» as «و»
_SEATS = str.maketrans("ئؤ", "یو")


def _who_key(name: str) -> str:
    """A person's comparison key: ``key`` with a hamza seat read as its bare letter
    («رئیسی» and «رییسی», «سید ابراهیم رئیسی» and «سیدابراهیم رییسی», «بابک مؤمنی» and
    «مومنی»: one person, two spellings)."""
    return key(name).translate(_SEATS)


def _identify(people: list[Person]) -> None:
    """``who`` of each mention: a surname alone («متین», «برنج فروش») names the person
    whose full name holds it as whole words («حمید رضا متین», «داود برنج فروش آذر»)."""
    names = {_who_key(p.name): fold(p.name).translate(_SEATS).split() for p in people}
    for p in people:
        k, words = _who_key(p.name), fold(p.name).translate(_SEATS).split()
        longer = [f for f, fw in names.items() if len(f) > len(k) and _holds(fw, f, words, k)]
        p.who = max(longer, key=len) if longer else k


def _holds(full_words: list[str], full: str, words: list[str], short: str) -> bool:
    """``words`` stand in ``full_words`` as a run, or ``short`` ends ``full`` («حسینی
    نژاد» / «حسینینژاد»: the same surname with and without its ZWNJ)."""
    n = len(words)
    runs = (full_words[i : i + n] for i in range(len(full_words) - n + 1))
    if any(run == words for run in runs) or (full.endswith(short) and len(short) >= 4):
        return True
    if n == 1 and len(full_words) > 1 and _shortened(full_words[-1], short):
        return True
    if n >= 2 and len(full_words) > n - 1 and full_words[0] not in words:
        # «حسین سالاریکرمانی» ... «سالار کرمانی در ادامه تصریح کرد»: a two-part surname
        # written apart and with the long vowel between its parts dropped, one person
        glued, whole = "".join(words), "".join(full_words[1:])
        if glued == whole or _vowel_added(whole, glued):
            return True
    # «حسین شاهمردای» ... «شاهمرادی»: the surname again with two letters swapped or one
    # mistyped, or «حسن صبری» ... «صبوری»: a long vowel letter added or dropped (a typo of
    # the copy), one person
    return (
        n == 1
        and len(full_words) > 1
        and (_swapped(full_words[-1], short) or _vowel_added(full_words[-1], short))
    )


_VOWEL_LETTERS = "اوی"


def _vowel_added(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` (four letters or more) is the other with a long vowel letter
    («ا», «و», «ی») added inside, after its first two letters and before its last
    («صبری» / «صبوری»)."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1 or len(short) < 4:
        return False
    for i in range(2, len(long_) - 1):
        if long_[i] in _VOWEL_LETTERS and long_[:i] + long_[i + 1 :] == short:
            return True
    return False


def _shortened(surname: str, short: str) -> bool:
    """«محمدرضا عسکریفر» ... «عسکری ادامه داد»: a later mention drops the surname's
    suffix («فر», «پور», «نژاد», «راد»; glued, no ZWNJ): the same person. The short form
    keeps four letters or more and ends like a surname («ی»), so «کریمی» is not
    «کریمپور»."""
    rest = surname[len(short) :]
    return (
        len(short) >= 4
        and short.endswith("ی")
        and surname.startswith(short)
        and rest in SURNAME_SUFFIX
    )


def _swapped(a: str, b: str) -> bool:
    """``a`` and ``b`` (five letters or more) differ by two neighbouring letters swapped,
    or (six letters or more) by one letter mistyped after the first two («ساسانی» ...
    «ساسانس گفت»: a key next to the right one), a typo of the copy, not another person."""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return len(a) >= 6 and diff[0] >= 2
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _merge(people: list[Person]) -> list[dict[str, Any]]:
    """One entry per person, named by their longest mention, with the role found."""
    out: dict[str, dict[str, Any]] = {}
    for p in people:
        entry = out.setdefault(p.who, {"name": p.name.strip(), "role": None})
        if len(key(p.name)) > len(key(entry["name"])):
            entry["name"] = p.name.strip()
        entry["role"] = entry["role"] or p.role
    for entry in out.values():  # (a line break read as spaces is one space)
        if entry["role"] and "  " in entry["role"]:
            entry["role"] = " ".join(entry["role"].split())
    return list(out.values())


# the word right after a name: a last surname word the name finder left out
_NEXT_WORD_RE = re.compile(r" ([^\W\d_]{2,})(?![^\W\d_])")
_SENTENCE_OPEN_MARKS = ("\n", ".", "!", "؟", ":", "؛")


def _opens_sentence(folded: str, at: int) -> bool:
    """``at`` starts a line or follows a sentence's closing mark."""
    before = folded[:at].rstrip(" ")
    return not before or before.endswith(_SENTENCE_OPEN_MARKS)


def _repeated_surname(folded: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """«عین‌الله کشاورز ترک در سخنان ...» ... «کشاورز ترک افزود»: a surname of two words whose
    second is an everyday word («ترک», «کرد») is cut after its first by the finder; the
    text confirms the longer surname when it opens a sentence with both words again. The
    word after the name then closes it (never a function word, a verb, a role, nor the
    first word of a speech verb written in two: «کاظمی اضافه کرد» twice is no surname
    «کاظمی اضافه»)."""
    out = []
    for a, b in names:
        words = folded[a:b].split()
        m = _NEXT_WORD_RE.match(folded, b)
        if len(words) >= 2 and m:
            word = m.group(1)
            pair = f"{words[-1]} {word}"
            if (
                word not in STOP_TOKENS
                and not ROLE_HEAD_RE.match(word)
                and not VERB_STOP_RE.match(word)
                and SPEECH_VERB_RE.match(folded, m.start(1)) is None  # «اضافه کرد»
                and _pair_opens_elsewhere(folded, pair, b - len(words[-1]))
            ):
                b = m.end(1)
        out.append((a, b))
    return out


def _pair_opens_elsewhere(folded: str, pair: str, here: int) -> bool:
    """``pair`` stands again, as whole words, at a sentence's start other than ``here``."""
    at = folded.find(pair)
    while at >= 0:
        after = folded[at + len(pair) : at + len(pair) + 1]
        if at != here and not (after and (after.isalpha())) and _opens_sentence(folded, at):
            return True
        at = folded.find(pair, at + 1)
    return False


def _ranked(people: list[Person], text: str, folded: str) -> None:
    """«سردار اسماعیلی»: a military rank before a lone surname is how the person is called
    and stays in the name (the gold's convention, heldout17); with a given name the rank
    is dropped like any honorific («سرهنگ کاوه میرزایی‌فر» -> «کاوه میرزایی‌فر»), and a
    surname a fuller name holds is that person's (their name is given already)."""
    for p in people:
        if " " in p.name.strip() or p.who != _who_key(p.name):
            continue
        m = RANK_BEFORE_RE.search(folded, max(0, p.start - 16), p.start)
        if m:
            p.name = text[m.start() : p.end]


# How a person without a role of their own gets an unnamed speaker's role, in order.
def _complete_place(people: list[Person], folded: str) -> None:
    """A role cut inside a two-word place («رییس سازمان جهاد کشاورزی آذربایجان، غربی»: a
    typo comma; a line break) is the office the text names in full elsewhere (its title,
    a dateline: «... آذربایجان غربی گفت»): it takes the place's full name."""
    for p in people:
        if not p.role:
            continue
        role = fold(p.role)
        last = role.rfind(" ") + 1
        if PLACE_RE.fullmatch(role, last):
            continue  # (the place is whole)
        at = folded.find(role + " ")
        while at >= 0:
            place = PLACE_RE.match(folded, at + last)
            if place and place.end() > at + len(role):
                p.role = p.role + folded[at + len(role) : place.end()]
                break
            at = folded.find(role + " ", at + 1)


ROLE_STEPS: tuple[Callable[[list[Person], list[Mention]], None], ...] = (_hand_over, _hand_back)


def _find_all(
    text: str,
    folded: str,
    sents: list[Span],
    starts: list[tuple[int, int]],
    roles: dict[int, tuple[int, int] | None],
    opened: dict[int, int],
    copulas: list[tuple[Span, re.Match[str]]],
) -> list[tuple[int, int]]:
    """Lexicon names, and names anchored by a speech cue where a sentence body opens
    (``roles``: the role span opening at each start, or None; ``opened``: where its words
    begin after honorifics and quotes; ``copulas``: see ``_copula_run_ons``)."""
    names = find_names(text)
    # the first sentence that opens with a role: a later one may name that speaker by a
    # surname alone («مدیرکل ... گفت ... / مقدسی میزان ... را ... عنوان کرد»)
    first_role = min((p for p, span in roles.items() if span), default=len(text))
    for idx, pos in starts:
        at = opened[pos]
        if any(ns <= at < ne or ns == at for ns, ne in names):
            continue
        first = _WORD_RE.match(folded, at)
        if first is None or not name_word(first.group()):
            continue  # no name can start here (a cheap check before the anchors)
        titled = at > pos and folded[pos:at].strip(' «»"')
        if (
            not titled
            and not _anchor_near(folded, pos, min(len(text), pos + 110))
            and not NEWS_OF_RE.search(folded, pos, sents[idx].end)
            # «جعفرزاده به کاهش صادرات ... اشاره نمود»: a surname points to a matter
            and not (
                "اشاره" in folded[pos : sents[idx].end]
                and POINTED_TO_RE.search(folded, pos, sents[idx].end)
            )
            and not (
                # «X Y میزان ... را ... اعلام کرد»; «مقدسی میزان ... را ... عنوان کرد»
                (
                    could_be_given(first.group())
                    or (pos > first_role and ends_like_surname(first.group()))
                    # «بهروز اسودی میزان ... را ... اعلام کرد»: a given name that is also
                    # an everyday word, before a word shaped like a surname
                    or (first.group() in AMBIGUOUS_GIVEN and _given_before_surname(folded, first))
                )
                and REPORTED_RE.search(folded, first.end(), sents[idx].end)
            )
        ):
            # no title, speech cue or comma within 110 characters: no anchored name
            # (110: «X در ادامه به ... اشاره کرد و گفت» puts its cue far)
            continue
        found = speaker_at(text, pos, sents[idx].end, lone=pos > first_role)
        if found and not any(ns < found[1] and found[0] < ne for ns, ne in names):
            names.append(found)
    for idx, pos in _comma_starts(folded, sents):  # «به گزارش ... استان مرکزی، X Y افزود»
        lead = HONORIFIC_OPEN_RE.match(folded, pos)
        first = _WORD_RE.match(folded, lead.end() if lead else pos)
        if first is None:
            continue
        word = first.group()
        # «...، فرزادشریفی اظهار کرد»: a given name and a surname glued, one word (seven
        # letters or more: a cheap test before the lexicon's)
        glued = len(word) >= 7 and glued_given_surname(word)
        lone = _lone_surname_after_credit(folded, sents[idx].start, pos, first)
        if lone:
            if not any(ns < lone[1] and lone[0] < ne for ns, ne in names):
                names.append(lone)
            continue
        if not glued and (
            folded[first.end() : first.end() + 1] != " "  # a name of two words or more
            or not could_be_given(word)
        ):
            continue  # (cheap checks first: most clauses after a comma open with no name)
        if any(ns <= pos < ne for ns, ne in names):
            continue
        found = speaker_at(text, pos, sents[idx].end, opens=False)
        if (
            found
            and (
                name_shaped(folded[found[0] : found[1]])
                # (a suffix after a ZWNJ may close the glued word: «...رضایی‌فر»)
                or (glued and set(folded[first.end() : found[1]].split()) <= SURNAME_SUFFIX)
            )
            and not any(ns < found[1] and found[0] < ne for ns, ne in names)
        ):
            names.append(found)
    for idx, pos in starts:  # «رئیس سازمان صمت استان، حسینی، گفت», «رئیس ...: X گفت»
        role = roles[pos]
        comma = role and _COMMA_AFTER_RE.match(folded, role[1])
        found = comma and apposed_at(text, comma.end(), sents[idx].end)
        # «مدیرکل صمت استان فارس: X گفت ...»: the name opens the clause after the colon
        colon = role and not found and _COLON_AFTER_RE.match(folded, role[1])
        if colon:
            after = (
                colon.end() + len(folded[colon.end() :]) - len(folded[colon.end() :].lstrip(" "))
            )
            found = speaker_at(text, after, sents[idx].end)
        if not found and role and folded[max(0, pos - 2) : pos].strip() == "؛":
            found = _named_before_semicolon(text, folded, sents[idx], pos)
        if found and not any(ns < found[1] and found[0] < ne for ns, ne in names):
            names.append(found)
    for found in [
        *_copula_run_ons(text, folded, names, copulas),
        *_credit_run_ons(text, folded),
        *_credit_into_name(text, folded, sents, names),
        *_titled_before_role(text, folded, names),
    ]:
        if not any(ns < found[1] and found[0] < ne for ns, ne in names):
            names.append(found)
    # «با حضور X مدیرکل ...»; «دیدار با X استاندار ...», «سفر X، رئیس ...» when X is
    # shaped like a name
    cued = [(m, False) for m in _NAME_CUE_RE.finditer(folded)]
    if "در" in folded:
        cued += [(m, False) for m in ATTENDEE_CUE_RE.finditer(folded)]
    cued += [(m, True) for m in MEETING_CUE_RE.finditer(folded)]
    for m, shaped in cued:
        known = next(((ns, ne) for ns, ne in names if ns <= m.end() < ne), None)
        if known:
            if not shaped:  # the list goes on after a name the lexicon found
                names.extend(_attendees_after(text, folded, known[1], names))
            continue
        found = speaker_at(text, m.end(), min(len(text), m.end() + 120), cued=True)
        if found and shaped and not name_shaped(folded[found[0] : found[1]]):
            found = None
        met = False
        if not found and shaped:
            found = _met_surname_at(folded, m.end())
            met = found is not None
        if not found and shaped and REPORTED_BY_RE.search(m.group()):
            # «به گفته نادری سال گذشته ...»: a surname alone, the speaker a lead named by role
            found = reported_surname_at(text, m.end(), min(len(text), m.end() + 60))
        if found and not any(ns < found[1] and found[0] < ne for ns, ne in names):
            names.append(found)
        if found and (not shaped or met):
            # («به همراه عامری معاون ...، بنائیان مدیر ...»: the list of the accompanied
            # goes on after a surname met alone, as after «با حضور»)
            names.extend(_attendees_after(text, folded, found[1], names))
    # «ایلقار قنبرزاده ...» where the text also writes «قنبرزاده افزود»: the longer name
    # takes the place of the surname it holds
    for wa, wb in given_before(text, names):
        inside = [(a, b) for a, b in names if wa <= a and b <= wb]
        if inside and not any(a < wb and wa < b for a, b in names if (a, b) not in inside):
            names = [n for n in names if n not in inside] + [(wa, wb)]
        elif not any(a < wb and wa < b for a, b in names):
            names.append((wa, wb))
    return sorted(names)


# «دیدار با آقامیری، استاندار ...», «به همراه عامری معاون ...»: one word, then its role
_MET_WORD_RE = re.compile(r"([^\W\d_]{3,})[ \t]?[،,]?[ \t]?")


def _met_surname_at(folded: str, pos: int) -> tuple[int, int] | None:
    """A person met or accompanied, named by surname alone: one word after a meeting cue,
    shaped like a surname and no lexicon's word, its role right after it (with or without
    «،»; dev gold: 2 of 2 such words are people, the cues before a bare role name none)."""
    m = _MET_WORD_RE.match(folded, pos)
    if m is None or not ROLE_HEAD_RE.match(folded, m.end()):
        return None
    word = m.group(1)
    if not ends_like_surname(word) or not could_be_given(word) or word in REPORTED_BY_NOT_NAMES:
        return None
    return m.start(1), m.end(1)


def _lone_surname_after_credit(
    folded: str, start: int, pos: int, first: re.Match[str]
) -> tuple[int, int] | None:
    """A person named by surname alone right after the credit clauses that open the
    sentence, the role straight after the surname («به گزارش خبرنگار ... در استان تهران،
    فصاحت رئیس سازمان ... بازدید کرد»): one word no lexicon reads as anything but a
    name, a role head after one space. (Dev gold: a comma, one such word and a role head
    right after it: 6 of 6 people where the word is shaped like a surname, 1 of 2 where it
    is not; the other is a place listed («...، تکیه معاون‌الملک»), after no credit.)"""
    if not folded.startswith(" ", first.end()) or not ROLE_HEAD_RE.match(folded, first.end() + 1):
        return None  # (cheap test first: most clauses after a comma open with no role after a word)
    word = first.group()
    if len(word) < 3 or not could_be_given(word) or word in REPORTED_BY_NOT_NAMES:
        return None
    if not _after_credits(folded, start, first.start()):
        return None
    return first.start(), first.end()


def _given_before_surname(folded: str, first: re.Match[str]) -> bool:
    """``first`` is a given name the lexicon holds back as an everyday word («بهروز»,
    «امید») and one space on a word shaped like a surname follows it («بهروز اسودی»):
    the pair may open its sentence as the speaker of a report (``speaker_at`` still
    wants the object and the verb of report after it)."""
    if first.group() not in AMBIGUOUS_GIVEN or not folded.startswith(" ", first.end()):
        return False
    nxt = _WORD_RE.match(folded, first.end() + 1)
    return nxt is not None and name_shaped(f"{first.group()} {nxt.group()}")


def _after_credits(folded: str, start: int, ns: int) -> bool:
    """The name at ``ns`` follows nothing but credit clauses from its sentence's start
    («به گزارش ...، بنا به اعلام روابط عمومی ...، X ...»): it opens the sentence's body
    (a clause with a speech verb or a role among them is no credit)."""
    return (
        _CREDITS_BEFORE_RE.match(folded, start, ns) is not None
        and SPEECH_VERB_RE.search(folded, start, ns) is None
        and ROLE_HEAD_RE.search(folded, start, ns) is None
    )


def _attendees_after(
    text: str, folded: str, pos: int, names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The officials listed after the first one a scene or «با حضور» names, each a name
    and a role after a comma («در این بازدید X معاون عمرانی استاندار، Y رئیس سازمان ...،
    Z فرماندار قزوین»): surnames alone count, anchored by the role that follows them.
    The list ends at the first item that is no name and role, or at a stop."""
    out: list[tuple[int, int]] = []
    stop = len(folded)
    for mark in ".\n؛:":
        at = folded.find(mark, pos)
        if 0 <= at < stop:
            stop = at
    while len(out) < 12:
        comma = _COMMA_SCAN_RE.search(folded, pos, stop)
        if comma is None:
            break
        found = speaker_at(text, comma.end(), min(stop, comma.end() + 120), cued=True)
        if found is None or found[0] != comma.end():
            break
        if not any(ns < found[1] and found[0] < ne for ns, ne in names + out):
            out.append(found)
        pos = found[1]
    return out


def _comma_starts(folded: str, sents: list[Span]) -> list[tuple[int, int]]:
    """(sentence index, start) of every clause after a comma inside a sentence: where a
    credit too long for the openers («به گزارش ایلنا و به نقل از روابط عمومی ...،») or a
    lead («به گزارش ...، X افزود») hands over to its speaker. (One scan of the text;
    each comma placed in its sentence by bisection.)"""
    firsts = [s.start for s in sents]
    out = []
    for m in _COMMA_SCAN_RE.finditer(folded):
        idx = bisect_right(firsts, m.start()) - 1
        if idx >= 0 and m.end() < sents[idx].end:
            out.append((idx, m.end()))
    return out


def _named_before_semicolon(text: str, folded: str, sent: Span, pos: int) -> tuple[int, int] | None:
    """«به گزارش X، سید علی فاضل؛ مدیرعامل شرکت ... گفت»: the clause after the credit's
    comma, closed by «؛» right before the role that opens the sentence body, is the
    speaker's name when it reads as one up to the «؛» (a desk's place there, «مرکز
    اصفهان؛», is none)."""
    semi = folded.rfind("؛", sent.start, pos)
    comma = max(folded.rfind("،", sent.start, semi), folded.rfind(",", sent.start, semi))
    if comma < 0:
        return None
    at = comma + 1 + len(folded[comma + 1 : semi]) - len(folded[comma + 1 : semi].lstrip())
    # read as the apposition it is: «X، <role>» anchors a name («زمانی نژاد، مدیر ...»)
    found = speaker_at(f"{text[:semi]}،{text[semi + 1 :]}", at, sent.end, opens=False)
    if found and found[0] == at and not folded[found[1] : semi].strip():
        return found
    return None


def _credits_copy(text: str, folded: str, start: int, end: int) -> bool:
    """A name that credits the copy, not a person of the story: after a byline label
    («تنظیم و انتشار: X», «خبرنگار: X»), before a byline mark («X (خبرنگار)») or alone on
    its line before a reporting verb («X گزارش می‌دهد»), or a
    reporter between an agency's credit and a dash («باشگاه خبرنگاران جوان؛ X - ...»)."""
    line = folded.rfind("\n", 0, start) + 1
    before = folded[line:start]
    if BYLINE_BEFORE_RE.search(before) or BYLINE_AFTER_RE.match(folded, end):
        return True
    if not before.strip() and BYLINE_VERB_RE.match(folded, end):
        return True  # «سیده X گزارش می‌دهد» alone on its line: the reporter's signature
    if folded.startswith("/", end) or folded.startswith(" /", end):
        if not before.strip() and _SIGNED_PLACE_RE.match(folded, end):
            return True  # «X/ لرستان» alone on its line: the reporter signs with the desk
    colon = _COLON_AFTER_RE.match(folded, end)
    if colon and _DATELINE_PARTS_RE.search(before):
        return True  # «دنیای اقتصاد - کرج - X:»: the reporter of a dateline
    if colon and before.rstrip().endswith(("،", ",")):
        # «دنیای اقتصاد، شیراز، X:»: the same dateline written with commas
        dateline = _COMMA_DATELINE_RE.fullmatch(before)
        if dateline and canonical(dateline.group("src")):
            return True
    if not before.rstrip().endswith(("؛", ":")):
        return False  # what ``_CREDIT_HEAD_RE`` ends with (its scan is dear, its hits rare)
    head = _CREDIT_HEAD_RE.fullmatch(before)
    return bool(head and _DASH_AFTER_RE.match(folded, end) and canonical(head.group("src")))


def _named_place(text: str, folded: str, start: int, end: int) -> bool:
    """A name that is a city or a province («فریدون‌کنار»: a given name and a word), or one
    word that glues a place to an everyday word, as sites and papers name themselves
    («یزدفردا», «کرمان‌امروز»): a surname made of a place ends like one («یزدانی»,
    «تهرانی‌فر», «شیرازپور») and is left alone."""
    if is_place(text[start:end]):
        return True
    word = folded[start:end].replace("\u200c", "")
    if " " in word or len(word) < 7 or word.endswith(SURNAME_ENDINGS):
        return False
    for cut in range(3, len(word) - 2):
        rest = word[cut:]
        surname_like = rest.startswith(("ی", "ان")) or rest in SURNAME_SUFFIX
        if counts_bare(word[:cut]) and not surname_like:
            return not rest.endswith(tuple(SURNAME_SUFFIX))
    return False


# «در شهرهای رباط کریم، اسلامشهر، پاکدشت و X»: a list of places up to the name
_PLACE_LIST_HEAD_RE = re.compile(
    WB_L + "(?:" + seq(load("cities.json")["place_list_heads"]) + ")" + WB_R
)
_LIST_SPLIT_RE = re.compile(r"\s?[،,]\s?|\sو\s")
_LIST_STOP_RE = re.compile(r"[.:؛!?؟\n]")


def _listed_place(text: str, folded: str, start: int, end: int) -> bool:
    """A name that ends a list of places («در شهرهای رباط کریم، اسلامشهر، پاکدشت و نصیر
    شاه»): joined by «،» or «و» to items of one or two words after a head that opens such a
    list, half of them at least places of the gazetteer, it is a town, never a person."""
    if folded[max(0, start - 3) : start].strip() not in ("و", "،", ","):
        return False  # (a cheap test first: most names follow no list joint)
    lo = max(0, start - 160)
    stops = [m.end() for m in _LIST_STOP_RE.finditer(folded, lo, start)]
    heads = [
        m.end() for m in _PLACE_LIST_HEAD_RE.finditer(folded, stops[-1] if stops else lo, start)
    ]
    if not heads:
        return False
    items = [i.strip() for i in _LIST_SPLIT_RE.split(folded[heads[-1] : start])]
    items = [i for i in items if i]
    places = sum(is_place(i) or is_place(i.replace(" ", "")) for i in items)
    return bool(items) and all(len(i.split()) <= 2 for i in items) and 2 * places >= len(items)


_VILLAGE_TITLES = frozenset(fold(w) for w in load("cities.json")["village_titles"])


def _titled_village(text: str, folded: str, start: int, end: int) -> bool:
    """A name after a village title («حاج», «شیخ») that the list of places a head word
    opens runs into («در روستاهای باباکوه، دره نو وحاج تقی رضایی اجرا شد»: the title
    after «و», glued or not, or «،»): the village «حاج تقی ...», never a person; a speech
    cue or a role right after it makes it one («... و حاج تقی رضایی گفت»)."""
    before = folded[max(0, start - 8) : start].rstrip()
    title = before.rsplit(None, 1)[-1] if before else ""
    joint = title[:1] == "و" and title[1:] in _VILLAGE_TITLES
    if not (joint or title in _VILLAGE_TITLES):
        return False  # (a cheap test first: most names follow no village title)
    at = start - len(folded[max(0, start - 8) : start]) + len(before) - len(title)
    if not joint and folded[max(0, at - 3) : at].strip() not in ("و", "،", ","):
        return False
    lo = max(0, at - 200)
    stops = [m.end() for m in _LIST_STOP_RE.finditer(folded, lo, at)]
    if not _PLACE_LIST_HEAD_RE.search(folded, stops[-1] if stops else lo, at):
        return False
    rest = folded[end : end + 40].lstrip(" ،,")
    return not (SPEECH_CUE_RE.match(" " + rest) or ROLE_HEAD_RE.match(rest))


def _town_as_surname(text: str, folded: str, start: int, end: int) -> bool:
    """A given name followed by a town or county name («سد عالی حسین الشتر», «سد زیبا
    رضا خرم آباد»: a dam, a road or a site named after its town): a town is never a
    surname. A place word shaped like a surname («ملکشاهی», «دشتی») is left alone, and so
    is a name a speech cue or a role follows («علی X گفت»)."""
    words = folded[start:end].split()
    if len(words) < 2:
        return False
    after = folded[end : end + 40].split(None, 1)
    nxt = after[0].strip("،,.:؛") if after else ""
    hit = False
    for i in range(1, len(words)):
        word = words[i]
        if word.endswith(SURNAME_ENDINGS) or word in GIVEN:
            continue
        two = words[i + 1] if i + 1 < len(words) else nxt
        if counts_bare(word) or (two and counts_bare(word + " " + two)):
            hit = True
            break
    if not hit:
        return False
    rest = folded[end : end + 40].lstrip(" ،,")
    return not (SPEECH_CUE_RE.match(" " + rest) or ROLE_HEAD_RE.match(rest))


def _counted(text: str, folded: str, start: int, end: int) -> bool:
    """A name right after a number is the noun it counts, cut by a typo («۴۰و احد
    تولیدی», «۴۲۰۰ احد مسکونی»: «واحد» without its «و»); a person is never counted."""
    if not any(ch.isdigit() for ch in folded[max(0, start - 4) : start]):
        return False  # (cheap: most names follow a word)
    m = _NUMBER_BEFORE_RE.search(folded, max(0, start - 20), start)
    if m is None or m.group("count") is None:
        return m is not None
    # «۱۱ شهریور ۱۴۰۴ داریوش ...», «۲۰۲۵ - ۰۹ - ۰۲ داریوش ...», «۱۲:۳۰ سعید ...»: a date
    # or a time heads the story, the name opens it
    date_part = _DATE_PART_BEFORE_RE.search(folded, max(0, m.start() - 4), m.start())
    if _YEAR_SHAPED_RE.fullmatch(m.group("count")) or date_part:
        return False
    # «راه آهن شمال شرق ۲ محمد رضا قربانی گفت»: a numbered office, then its speaker (a
    # counted noun never speaks nor holds a role)
    rest = folded[end : end + 40].lstrip(" ،,")
    return not (SPEECH_CUE_RE.match(" " + rest) or ROLE_HEAD_RE.match(rest))


def _too_short(text: str, folded: str, start: int, end: int) -> bool:
    """A lone word of one or two letters is no name: a pronoun with a typo («وب با بیان
    اینکه ... افزود» for «وی»), a letter or an abbreviation left by the page."""
    word = folded[start:end]
    return " " not in word and len(word.replace("\u200c", "")) <= 2


def _named_agency(text: str, folded: str, start: int, end: int) -> bool:
    """A name that spells a news agency («احرار خبر» opening a lead before a role)."""
    return spells_agency(folded[start:end])


def _named_firm(text: str, folded: str, start: int, end: int) -> bool:
    """A firm named like a person: a given-name brand and its trade («صبا فولاد», «امید
    سیمان», «نسیم نفت»): the last word is an everyday noun of the economy."""
    words = folded[start:end].split()
    if len(words) < 2 or words[-1] not in NOT_SPEAKER_NOUNS:
        return False
    # «محمد کشاورزی», «مصدق کشاورزی»: a given name that is no everyday word, or a name set
    # in guillemets, is a person whose surname is also a noun (Keshavarzi, Sanati ...)
    first = words[0].strip("«»")
    quoted = folded[start - 1 : start] == "«" and folded[end : end + 1] == "»"
    return not quoted and (first not in GIVEN or first in AMBIGUOUS_GIVEN)


# «شرکت‌های نیشکری X، Y، سلمان فارسی و Z»: a list of companies named after people
_FIRM_LIST_HEAD_RE = re.compile(
    WB_L + "(?:" + seq(load("name_parts.json")["firm_list_heads"]) + ")" + WB_R
)


def _listed_firm(text: str, folded: str, start: int, end: int) -> bool:
    """A name in a list of companies or plants («شرکت‌های کشت و صنعت دهخدا، میرزاکوچک خان،
    سلمان فارسی و امیرکبیر»): joined by «،» or «و» to two items or more after a head noun
    of firms in its clause (an item of five words at most: «امام خمینی (ره) دعبل خزاعی»),
    no item holding a role and the head closing none («مدیرعامل شرکت آب، X معاون ...»
    lists people); a role or a speech cue right after the name makes it a person («... و
    X مدیرکل صنعت گفت»)."""
    joint = folded[max(0, start - 3) : start].rstrip()
    if not joint.endswith(("،", ",", " و")):
        return False  # (a cheap test first: most names follow no list joint)
    lo = max(0, start - 200)
    stops = [m.end() for m in _LIST_STOP_RE.finditer(folded, lo, start)]
    heads = list(_FIRM_LIST_HEAD_RE.finditer(folded, stops[-1] if stops else lo, start))
    if not heads:
        return False
    head = heads[-1]
    if any(
        m.end() >= head.start() - 1
        for m in ROLE_HEAD_RE.finditer(folded, max(lo, head.start() - 30), head.start())
    ):
        return False  # «مدیرعامل شرکت ...»: the head closes a role
    items = [i.strip() for i in _LIST_SPLIT_RE.split(folded[head.end() : start])]
    items = [i for i in items if i]
    if len(items) < 2 or any(len(i.split()) > 5 or ROLE_HEAD_RE.search(i) for i in items):
        return False
    rest = folded[end : end + 40].lstrip(" ،,")
    return not (SPEECH_CUE_RE.match(" " + rest) or ROLE_HEAD_RE.match(rest))


_VARIETIES = load("name_parts.json")
# crop varieties named like people («برنج بومی شامل هاشمی، علی کاظمی و حسنی») and the words
# that name the crop or a variety before them (folded, «علی کاظمی» in one spelling)
VARIETY_NAMES = frozenset(fold(w) for w in _VARIETIES["variety_names"])
_VARIETY_CUE_RE = re.compile(WB_L + "(?:" + seq(_VARIETIES["variety_cues"]) + ")" + WB_R)


def _named_variety(text: str, folded: str, start: int, end: int) -> bool:
    """A crop variety named like a person («برنج بومی شامل هاشمی- علی کاظمی- و حسنی»): a
    known variety's name after the crop or «رقم» in its sentence, no speech cue after it
    («برنج ... را هاشمی گفت» keeps a speaker)."""
    if folded[start:end] not in VARIETY_NAMES:
        return False  # (cheap: most names are no variety's)
    sentence = max(folded.rfind(".", 0, start), folded.rfind("\n", 0, start)) + 1
    if not _VARIETY_CUE_RE.search(folded, max(sentence, start - 80), start):
        return False
    return not SPEECH_CUE_RE.match(" " + folded[end : end + 40].lstrip(" ،,-"))


# a compass word closing a firm's or region's name («فولاد کاوه جنوب», «سیمان ... شرق»)
_COMPASS_WORDS = frozenset(fold(w) for w in _VARIETIES["compass_words"])


def _named_region(text: str, folded: str, start: int, end: int) -> bool:
    """A name whose last word is a compass word («کاوه جنوب» of «فولاد کاوه جنوب کیش»):
    a firm or a region that opens with a given name, never a person's name."""
    last = folded.rfind(" ", start, end)
    return last > 0 and folded[last + 1 : end] in _COMPASS_WORDS


# Found names that are no person of the story, in order.
NOT_PEOPLE: tuple[Callable[[str, str, int, int], bool], ...] = (
    _named_place,
    _listed_place,
    _listed_firm,
    _titled_village,
    _town_as_surname,
    _counted,
    _too_short,
    _named_agency,
    _named_firm,
    _named_variety,
    _named_region,
    _credits_copy,
)


# A page's media label («صوت») or the brand word closing a site's name («قم نیوز»,
# «... پرس», «... آنلاین»; attribution_cues.json 'brand_tails') is never a given name.
_NOT_FIRST_NAME_WORDS = PAGE_LABELS | BRAND_TAILS


def _after_label(folded: str, a: int, b: int) -> tuple[int, int]:
    """A name span without a page's media label glued before it («صوت X Y، مدیرکل ...»,
    the label's line break lost) or the last word of a site's name credited right before
    it («به گزارش قم نیوز X Y اظهار داشت»: the brand word «نیوز» ran into the name): that
    word is never a given name; two words stay."""
    space = folded.find(" ", a, b)
    if space > 0 and folded[a:space] in _NOT_FIRST_NAME_WORDS and folded.count(" ", space + 1, b):
        return space + 1, b
    cut = _glued_head_cut(folded[a:space]) if space > 0 else 0
    if cut and folded[space + 1 : b].split(" ", 1)[0] in SURNAME_SUFFIX:
        cut = 0  # «سلیمانی پور»: a surname and its suffix, no given name glued in it
    return (a + cut, b) if cut else (a, b)


def _glued_head_cut(word: str) -> int:
    """Where a given name the lexicon holds starts inside a first word that is none
    («جهاناسماعیل»: a title's last word, «... ایران و جهان», glued to the speaker's given
    name when the line break was lost), 0 when there is none. The given name is four
    letters or more (a short one ends many surnames: «سلیمانی») and the head before it
    at least three, no given name or honorific part and no compound given name written as
    one word («غلامحسین», «میرمحمد»)."""
    if word.startswith(GLUED_VERB_ENDS) and word not in GIVEN and not compound_given_word(word):
        # «شدبهرام»: a verb's end («... پرداخت شد») glued to the given name after it
        for end in GLUED_VERB_ENDS:
            if word.startswith(end) and len(word) - len(end) >= 3 and word[len(end) :] in GIVEN:
                return len(end)
    if len(word) < 8 or word in GIVEN or word in HONORIFIC_PARTS or compound_given_word(word):
        return 0
    for k in range(3, len(word) - 4):
        head = word[:k]
        if word[k:] in GIVEN and head not in GIVEN and head not in HONORIFIC_PARTS:
            return k
    return 0


def extract_people(text: str) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """People with roles, in order of first mention, and the name spans (for masking)."""
    text = unwrap(text)
    folded = fold(text)
    prot = _protect(folded)
    sents = sentence_spans(text)
    firsts = _body_starts(folded, sents)
    starts = _starts(folded, sents, firsts) + _scene_role_starts(folded, prot, sents, firsts)
    run_on, copulas = _run_ons(folded, sents)
    # the role opening each sentence body, read once (both the name and the unnamed-role
    # searches want it)
    roles = {pos: _role_at(prot, pos, sents[idx].end) for idx, pos in starts + run_on}
    # where the words after each start's honorifics and quotes begin, read once (the name
    # search and the openings below both want it; the pattern matches everywhere)
    opened = {pos: HONORIFIC_OPEN_RE.match(folded, pos).end() for _, pos in starts + run_on}
    names = [
        (a, b)
        for a, b in (
            _after_label(folded, *s)
            for s in _find_all(text, folded, sents, starts + run_on, roles, opened, copulas)
        )
        if not any(rule(text, folded, a, b) for rule in NOT_PEOPLE)
    ]
    names = _repeated_surname(folded, names)
    mentions = _unnamed_roles(text, folded, prot, sents, starts, names, roles)
    opening = set(opened.values())
    # «... مازندران است شهیدفر افزود»: a name run on after a copula opens its sentence too
    opening.update(a for a, _ in names if _after_copula(folded, a))
    people: list[Person] = []
    used_roles: list[tuple[int, int]] = []
    sent_starts = [s.start for s in sents]
    name_starts = sorted(a for a, _ in names)
    for ns, ne in names:
        # the sentence holding the name, by bisection (sentences are sorted and disjoint)
        si = bisect_right(sent_starts, ns) - 1
        if si < 0 or ns >= sents[si].end:
            si = len(sents)
        sent = sents[si] if si < len(sents) else None
        p = Person(text[ns:ne], ns, ne, si)
        p.opens = ns in opening or (
            sent is not None
            and (
                _BARE_CREDIT_RE.match(folded, sent.start, ns) is not None
                or (
                    # (a cheap test first: a word every press office holds)
                    any(w in folded[sent.start : ns] for w in _PRESS_OFFICE_WORDS)
                    and _PRESS_CREDIT_OPEN_RE.match(folded, sent.start, ns) is not None
                )
                or _REPORTED_OPEN_RE.match(folded, sent.start, ns) is not None
                or (
                    "به" in folded[sent.start : sent.start + 8]  # (a cheap test first)
                    and _after_credits(folded, sent.start, ns)
                )
            )
        )
        p.role_span = _before_next_name(
            prot, _role_span(prot, sent, ns, ne, used_roles), name_starts
        )
        if p.role_span:
            used_roles.append(p.role_span)
            p.role = text[p.role_span[0] : p.role_span[1]].strip(" ،,")
        people.append(p)
    _identify(people)
    _ranked(people, text, folded)
    for step in ROLE_STEPS:
        step(people, mentions)
    _present_role(people, text, folded, prot)
    _complete_place(people, folded)
    return _without_unknown_namesakes(_merge(people)), names


# «با حضور دکتر X»: the presence cue right before a name (an honorific may stand between)
_PRESENT_BEFORE_RE = re.compile(r"با\s?حضور\s+(?:\S+\s+)?$")


def _present_role(people: list[Person], text: str, folded: str, prot: str) -> None:
    """«با حضور استاندار گیلان ... افتتاح شد» ... «با حضور دکتر مصطفی سالاری ...»: a story of
    an event names its guest first by office after the presence cue, then by name after
    the same cue; the one person still without a role, named only after «با حضور», takes
    the one office a presence cue named before them (cut after its place). Two offices
    there, or a second person so named, leave everyone as they are."""
    bare = {p.who for p in people} - {p.who for p in people if p.role}
    if len(bare) != 1 or "حضور" not in folded:
        return  # (a cheap test first: most people have a role, or no guest is named)
    who = next(iter(bare))
    first = min(p.start for p in people if p.who == who)
    if any(p.start < first for p in people if p.who != who):
        return
    if not _PRESENT_BEFORE_RE.search(folded, max(0, first - 30), first):
        return
    found: set[str] = set()
    for m in _NAME_CUE_RE.finditer(folded, 0, first):
        span = _role_at(prot, m.end(), min(first, m.end() + 150))
        if span:
            a, b = _trim_to_place(folded, span)
            found.add(" ".join(text[a:b].split()).strip(" ،,"))
            rest = prot[b : b + 40].lstrip(" ،,")
            if ROLE_HEAD_RE.match(rest.removeprefix("و ")):
                found.add(rest)  # «با حضور استاندار X و مدیرکل ...»: guests, no one office
    if len(found) != 1:
        return
    role = found.pop()
    if not PLACE_RE.search(fold(role)):
        return  # an office with its place only («استاندار گیلان»), never a bare head
    for p in people:
        if p.who == who:
            p.role = role


def _without_unknown_namesakes(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drops a roleless name whose first word is no given name the lexicon holds while
    another person of the text carries the same surname after one it does («... غمین و
    نژند کاظمی در گفتگو با مهر» where a verse's last word ran into the speaker's surname,
    «رضا کاظمی» named in full): the unknown word is not a second given
    name, only the text before the speaker glued to him."""
    if len(entries) < 2:
        return entries  # (a cheap test first: most texts name one person)
    known: set[str] = set()
    for e in entries:
        words = fold(e["name"]).split()
        while len(words) > 2 and words[0] in HONORIFIC_PARTS:
            words = words[1:]
        if len(words) >= 2 and words[0] in GIVEN:
            known.add(" ".join(words[1:]))
    if not known:
        return entries
    out = []
    for e in entries:
        words = fold(e["name"]).split()
        if (
            e["role"] is None
            and len(words) >= 2
            and words[0] not in GIVEN
            and words[0] not in HONORIFIC_PARTS
            and not compound_given_word(words[0])
            and " ".join(words[1:]) in known
        ):
            continue
        out.append(e)
    return out
