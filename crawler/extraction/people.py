"""People and their roles as written in provincial news copy.

Persons are spotted through a lexicon of common given names (crawler/data/given_names.json,
compound forms «هدایت الله», «حمید رضا», «سیده ...» included); the surname is the next
token, extended by a suffix token («امین زاده», «جمالی پور»). Roles are read with the
patterns these outlets use:
 - name then role, with or without «،»: «رضا رحمانی وزیر صنعت، معدن و تجارت، ...»,
   «یاسر عبدالهی، معاون ... در جلسه ...», «حبیب امین زاده به عنوان رئیس جدید ...»;
 - role then name: «استاندار قزوین، هدایت الله جمالیپور»;
 - speaker introduced by role only («مدیرکل صنعت ... کردستان گفت: ...») and named in a
   later sentence («بختیار خلیقی در مراسم ...»): the unnamed role is handed to the next
   person who opens a sentence without a role of their own.
Ministry names containing commas («صنعت، معدن و تجارت») are protected so that the comma
does not end the role. Surname-only back-references («خلیقی گفت») and «وی» add nobody.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.extraction._text import WB_L, WB_R, ZWNJ, flex, fold, key, sentence_spans
from crawler.extraction.provinces import NAME_RE as PLACE_RE

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
with open(DATA_DIR / "given_names.json", encoding="utf-8") as _fh:
    _NAMES = json.load(_fh)

GIVEN = {fold(n).replace(" ", "") for n in _NAMES["male"] + _NAMES["female"]}
AMBIGUOUS_GIVEN = {fold(n) for n in _NAMES["ambiguous"]}
HONORIFIC_PARTS = {fold(n) for n in _NAMES["honorific_parts"]}
SECOND_PARTS = {fold(n) for n in _NAMES["second_parts"]}
SECOND_HOSTS = {fold(n) for n in _NAMES["second_part_hosts"]}
ALWAYS_SECOND = {"الله", "اله", "سادات", "رضا"}
SURNAME_SUFFIX = {
    "زاده",
    "پور",
    "نیا",
    "فر",
    "راد",
    "نژاد",
    "منش",
    "دوست",
    "وند",
    "کیا",
    "لو",
    "زاد",
    "نسب",
    "مقدم",
    "آبادی",
    "نیک",
    "فرد",
    "پناه",
    "بخش",
    "خواه",
}
SURNAME_PREFIX = {"آل", "حاج", "حاجی", "میر", "ابو"}
BLOCK_BEFORE = {
    "امام",
    "حضرت",
    "شهید",
    "خیابان",
    "بلوار",
    "میدان",
    "کوچه",
    "مسجد",
    "بیمارستان",
    "دانشگاه",
    "مدرسه",
    "ورزشگاه",
    "پارک",
    "روستای",
    "خبرگزاری",
    "بزرگراه",
    "پل",
    "تیپ",
    "لشکر",
    "هنرستان",
    "حسینیه",
    "امامزاده",
    "آرامگاه",
}
ROLE_HEADS = [
    "مدیرکل",
    "مدیر کل",
    "مدیرعامل",
    "مدیر عامل",
    "مدیر",
    "معاون",
    "استاندار",
    "فرماندار",
    "شهردار",
    "بخشدار",
    "رئیس",
    "رییس",
    "رئیس کل",
    "نایب رئیس",
    "نایب رییس",
    "وزیر",
    "نماینده",
    "مسئول",
    "مسوول",
    "دبیر",
    "دبیرکل",
    "سرپرست",
    "عضو",
    "سخنگو",
    "مشاور",
    "قائم مقام",
    "فرمانده",
    "دادستان",
    "امام جمعه",
    "کارشناس",
    "استاد",
    "دانشیار",
    "بازرس",
    "مجری",
    "رئیسه",
    "مدیران",
    "معاونت",
    "ریاست",
    "نائب رئیس",
    "قائم‌مقام",
    "رئيس",
]
ROLE_HEAD_RE = re.compile(
    WB_L
    + "(?:"
    + "|".join(sorted((flex(r) for r in ROLE_HEADS), key=len, reverse=True))
    + ")"
    + WB_R
)
_EVENT_NOUNS = (
    "جلسه|مراسم|حاشیه|گفت|نشست|بازدید|آیین|آئین|همایش|دیدار|جمع|سفر|این|ادامه|پایان"
    "|خصوص|رابطه|بخش|گفتگو|گفتوگو|نامه|پیام|اجلاس|سخنانی|سالن|سال|تشریح|حضور"
)
TERM_RE = re.compile(
    r"[،,:؛.!?؟\n()«»\"]"
    + "|"
    + WB_L
    + r"(?:گفت|افزود|اظهار|بیان|تصریح|تاکید|تأکید|خاطرنشان|عنوان\s?کرد|اعلام|ادامه|یادآور"
    r"|اشاره|برگزار|معرفی|منصوب|شد|است|بود|کرد|نیز|ضمن|با|از|که|را|طی|امروز|دیروز|صبح|عصر"
    r"|ظهر|شامگاه|روز|هم|به|خبر|می|پس|تا|برای|هنگام|درباره|پیرامون|اینکه)"
    + WB_R
    + "|"
    + WB_L
    + rf"در\s?(?:{_EVENT_NOUNS})"
)
# Commas inside these names do not end a role.
_PROTECTED = [
    "صنعت، معدن و تجارت",
    "صنعت، معدن، تجارت",
    "تعاون، کار و رفاه اجتماعی",
    "میراث فرهنگی، گردشگری و صنایع دستی",
    "علوم، تحقیقات و فناوری",
    "بهداشت، درمان و آموزش پزشکی",
    "بازرگانی، صنایع، معادن و کشاورزی",
    "اتاق بازرگانی، صنایع، معادن و کشاورزی",
]
PROTECT_RE = re.compile(
    "|".join(
        r"\s?".join(re.escape(w).replace("،", r"\s?[،,]") for w in fold(p).split())
        for p in _PROTECTED
    )
)
_PROTECT_CHAR = "\x01"
# adjectives/nouns ending in «ی» that follow names without being a second surname
NOT_SECOND_SURNAME = {
    fold(w)
    for w in (
        "ملی اصلی دولتی خصوصی صنعتی اقتصادی معدنی جدید قبلی فعلی عمومی اجرایی استانی کشوری "
        "داخلی خارجی مردمی شهری روستایی کشاورزی تجاری بازرگانی مالی فنی علمی فرهنگی اجتماعی "
        "سیاسی امنیتی انتظامی نظامی قضایی حقوقی ورزشی هنری بهداشتی درمانی آموزشی پژوهشی"
    ).split()
}
STOP_TOKENS = {
    fold(w)
    for w in (
        "از در به با و که را تا این آن برای بر گفت افزود کرد شد است بود هم نیز ضمن طی پس پیش "
        "وی او ایشان آقای خانم دکتر مهندس سردار گفت‌وگو اظهار بیان تصریح تاکید خاطرنشان عنوان "
        "اعلام ادامه یادآور اشاره برگزار معرفی منصوب جدید پیشین سابق استان شهرستان کشور ایران "
        "امروز دیروز روز صبح عصر همچنین همراه درباره هنگام اینکه نیز داشت دارد باید خواهد "
        "یک دو سه چهار پنج شش هفت هشت نه ده صد هزار میلیون میلیارد"
    ).split()
}
TOKEN_RE = re.compile(r"[^\W\d_]+")
# What may open a sentence before its speaker: the attribution «به گزارش ...،» or a
# scene-setting phrase «در ادامه این نشست،».
_OPENER_RE = re.compile(
    r"\s*(?:به\s?گزارش[^،,:\n]{1,80}"
    # scene-setting openers before an unnamed speaker: «در ادامه این نشست، مدیرعامل ...»
    r"|(?:در\s?ادامه\s?)?(?:در\s?)?(?:این|همین)\s?(?:نشست|جلسه|همایش|مراسم|بازدید|دیدار)"
    r"|در\s?ادامه)[،,]\s*"
)
# ISNA/IRNA leads open with «ایسنا/کردستان» before the first sentence.
_SRC_PREFIX_RE = re.compile(r"\s*(?:ایسنا|ایرنا|ایلنا|ایمنا|مهر|تسنیم|فارس)\s?/\s?")
# Endings that make an everyday word's follower a surname («فرشته رحیمیان», «رحیم بابازاده»).
SURNAME_ENDINGS = ("ی", "یان", "زاده", "پور", "نژاد", "نیا", "راد", "وند", "لو", "فر", "مند")


def _surname_like(token: str) -> bool:
    """Ends like a surname and is more than the ending («زاده» alone, from «حسن‌زاده»
    folded apart, is not a surname)."""
    return any(token.endswith(e) and len(token) > len(e) + 1 for e in SURNAME_ENDINGS)


_JOINED_HONORIFIC_RE = re.compile(r"^(?:سیده|سید|میر)(\w{3,})$")
_HONORIFIC_BEFORE_RE = re.compile(r"(?:آقای|خانم|دکتر|مهندس|حجت\s?الاسلام|سردار)\s?$")
_AS_RE = re.compile(r"\s*[،,]?\s*(?:به\s?عنوان\s)?\s*")


@dataclass
class Person:
    name: str
    start: int
    end: int
    sentence: int
    role: str | None = None
    role_span: tuple[int, int] | None = None


def _protect(folded: str) -> str:
    def repl(m: re.Match[str]) -> str:
        return m.group().replace("،", _PROTECT_CHAR).replace(",", _PROTECT_CHAR)

    return PROTECT_RE.sub(repl, folded)


def _is_surname(tok: str, next_tok: str | None) -> bool:
    """A surname token: not a function word or role; a given name only before a suffix."""
    if len(tok) < 2 or tok in STOP_TOKENS or ROLE_HEAD_RE.fullmatch(tok):
        return False
    return tok not in GIVEN or next_tok in SURNAME_SUFFIX


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of person names (given name [+ compound part] + surname [+ suffix])."""
    folded = fold(text)
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(folded)]
    spans: list[tuple[int, int]] = []
    i = 0

    def adjacent(a: int, b: int) -> bool:
        return b < len(toks) and folded[toks[a][1] : toks[b][0]].strip() == ""

    def zwnj(a: int, b: int) -> bool:
        return b < len(toks) and text[toks[a][1] : toks[b][0]] == ZWNJ

    while i < len(toks):
        s, _, tok = toks[i]
        j = i
        if tok in HONORIFIC_PARTS and i + 1 < len(toks) and adjacent(i, i + 1):
            if toks[i + 1][2] in GIVEN:
                j = i + 1
        given = toks[j][2]
        # «سیدمحسن»: the honorific written joined to the given name
        joined = _JOINED_HONORIFIC_RE.match(given)
        if given not in GIVEN and joined and joined.group(1) in GIVEN:
            given = joined.group(1)
        # A compound given name the lexicon holds in one piece («کرامت‌الله» is folded
        # to «کرامت الله», two tokens).
        if given not in GIVEN and adjacent(j, j + 1) and given + toks[j + 1][2] in GIVEN:
            j += 1
            given = toks[j - 1][2] + toks[j][2]
        if given not in GIVEN or (i > 0 and toks[i - 1][2] in BLOCK_BEFORE and adjacent(i - 1, i)):
            i += 1
            continue
        if j + 1 < len(toks) and adjacent(j, j + 1):
            nxt = toks[j + 1][2]
            if nxt in ALWAYS_SECOND or (nxt in SECOND_PARTS and given in SECOND_HOSTS):
                j += 1
            elif given in HONORIFIC_PARTS and nxt in GIVEN:
                j += 1
        k = j + 1
        if k >= len(toks) or not adjacent(j, k):
            i += 1
            continue
        if toks[k][2] in SURNAME_PREFIX and adjacent(k, k + 1):
            k += 1
        zwnj_joined = k + 1 < len(toks) and zwnj(k, k + 1)
        nxt_tok = toks[k + 1][2] if k + 1 < len(toks) and adjacent(k, k + 1) else None
        if not (
            _is_surname(toks[k][2], nxt_tok) or (zwnj_joined and toks[k][2] not in STOP_TOKENS)
        ):
            i += 1
            continue
        if k + 1 < len(toks) and adjacent(k, k + 1):
            nxt = toks[k + 1][2]
            if nxt in SURNAME_SUFFIX or zwnj(k, k + 1):
                k += 1  # «امین زاده», «پیمان‌پاک» (parts of one word joined by ZWNJ)
            elif (
                toks[k][2].endswith("ی")
                and nxt.endswith("ی")
                and _is_surname(nxt, None)
                and nxt not in NOT_SECOND_SURNAME
                and not PLACE_RE.fullmatch(nxt)
            ):
                k += 1  # double surname «یوسفی شهرکی»
        if given in AMBIGUOUS_GIVEN and j == i:
            sur = toks[k][2]
            after = folded[toks[k][1] : toks[k][1] + 30]
            if not (_surname_like(sur) or k > j + 1 or ROLE_HEAD_RE.match(after.lstrip(" ،,"))):
                i += 1
                continue
        spans.append((s, toks[k][1]))
        i = k + 1
    return spans


def _role_at(text: str, prot: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Role span starting at `pos` (must begin with a role head), up to a terminator."""
    m = ROLE_HEAD_RE.match(prot, pos)
    if not m:
        return None
    end = limit
    t = TERM_RE.search(prot, m.end(), limit)
    if t:
        end = t.start()
    # at most ~14 words
    words = list(re.finditer(r"\S+", prot[pos:end]))
    if len(words) > 14:
        end = pos + words[13].end()
    while end > pos and prot[end - 1] in " \t،,":
        end -= 1
    return (pos, end)


def _trim_to_place(text: str, folded: str, span: tuple[int, int]) -> tuple[int, int]:
    """Cut an unnamed-speaker role after its last place name («... استاندار اردبیل ...»)."""
    last = None
    for m in PLACE_RE.finditer(folded, span[0], span[1]):
        last = m.end()
    return (span[0], last) if last else span


def extract_people(text: str) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """People with roles, in order of first mention, and the name spans (for masking)."""
    folded = fold(text)
    prot = _protect(folded)
    sents = sentence_spans(text)
    names = find_names(text)

    def sent_of(pos: int) -> int:
        for idx, s in enumerate(sents):
            if s.start <= pos < s.end:
                return idx
        return len(sents)

    pending: list[tuple[int, str]] = []  # (sentence index, role text)
    for idx, s in enumerate(sents):
        body_start = s.start + len(folded[s.start : s.end]) - len(folded[s.start : s.end].lstrip())
        pm = _OPENER_RE.match(folded, body_start, s.end)
        if pm:
            body_start = pm.end()
        sm = _SRC_PREFIX_RE.match(folded, body_start, s.end)
        if sm:
            place = PLACE_RE.match(folded, sm.end(), s.end)
            body_start = (place.end() if place else sm.end()) + 1
        span = _role_at(text, prot, body_start, s.end)
        if span:
            span = _trim_to_place(text, folded, span)
            pending.append((idx, text[span[0] : span[1]].strip()))

    people: list[Person] = []
    used_roles: list[tuple[int, int]] = []
    for ns, ne in names:
        si = sent_of(ns)
        limit = sents[si].end if si < len(sents) else len(text)
        p = Person(text[ns:ne], ns, ne, si)
        gap = _AS_RE.match(prot, ne, limit)
        pos = gap.end() if gap else ne
        span = _role_at(text, prot, pos, limit)
        if span and span[1] > span[0]:
            p.role_span = span
        else:
            # role written before the name: «استاندار قزوین، هدایت الله ...»
            lo = sents[si].start if si < len(sents) else 0
            window_start = max(lo, ns - 120)
            for m in ROLE_HEAD_RE.finditer(prot, window_start, ns):
                between = prot[m.start() : ns].rstrip(" ،,")
                if TERM_RE.search(between, m.end() - m.start()):
                    continue
                cand = (m.start(), m.start() + len(between))
                if not any(a < cand[1] and cand[0] < b for a, b in used_roles):
                    p.role_span = cand
                break
        if p.role_span:
            used_roles.append(p.role_span)
            p.role = text[p.role_span[0] : p.role_span[1]].strip(" ،,")
        people.append(p)

    # unnamed speaker roles go to the next person who opens a sentence without a role
    for p in people:
        if p.role or p.sentence >= len(sents):
            continue
        s = sents[p.sentence]
        head = folded[s.start : p.start]
        head = _OPENER_RE.sub("", head, count=1)
        head = _HONORIFIC_BEFORE_RE.sub("", head.strip())
        if head.strip():
            continue
        cands = [(i, r) for i, r in pending if p.sentence - 5 <= i < p.sentence]
        if cands:
            i, r = cands[-1]
            p.role = r
            pending.remove((i, r))

    out: dict[str, dict[str, Any]] = {}
    for p in people:
        k = key(p.name)
        if k in out:
            if out[k]["role"] is None and p.role:
                out[k]["role"] = p.role
            continue
        out[k] = {"name": p.name.strip(), "role": p.role}
    return list(out.values()), names
