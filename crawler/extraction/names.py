"""Person names: a given name from the lexicon (crawler/data/given_names.json, compound
forms «هدایت الله», «حمید رضا», «سیده ...» included), then the surname, extended by a
suffix token («امین زاده», «جمالی پور»), a second surname («یوسفی شهرکی») or up to two
more words that run to a boundary («علیرضا رزم حسینی در جلسه», «حسین صالح جهرمی افزود»).

Names no lexicon holds are read where news copy anchors them (``speaker_at``): one to
three words that open a clause before a speech cue or a role («باقری اظهار داشت»,
«نوربخش عسکری در گفتگو با ...», «زمانی نژاد، مدیر بنیاد مسکن ... گفت»)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, islice
from operator import itemgetter

from crawler.data import load
from crawler.extraction.lexicon import (
    ALWAYS_SECOND,
    AMBIGUOUS_GIVEN,
    ANCHORED_SURNAMES,
    BLOCK_BEFORE,
    CLOSING_WORDS,
    DISTINCTIVE_SURNAME_ENDINGS,
    EVENT_RE,
    GIVEN,
    GLUED_DAY_RE,
    GLUED_SPEECH_RE,
    GLUED_SPEECH_VERBS,
    HONORIFIC_BEFORE_RE,
    HONORIFIC_OPEN_RE,
    HONORIFIC_PARTS,
    JOINED_HONORIFIC_RE,
    JOINED_HONORIFICS,
    NAME_BOUNDARIES,
    NAME_CUE_BEFORE_RE,
    NEWS_OF_RE,
    NOT_SECOND_SURNAME,
    NOT_SPEAKER_NOUNS,
    NOT_SPEAKERS,
    OFFICE_HEAD_RE,
    POINTED_TO_RE,
    REPORT_COLON_RE,
    REPORTED_BY_NOT_NAMES,
    REPORTED_RE,
    ROLE_HEAD_RE,
    SCENE_VERB_RE,
    SECOND_HOSTS,
    SECOND_PARTS,
    SPEAKER_TOPIC_RE,
    SPEECH_CUE_RE,
    SPEECH_VERB_RE,
    SPLIT_COMPOUND_HEADS_REFUSED,
    STOP_TOKENS,
    SURNAME_ENDINGS,
    SURNAME_PLACE_CLOSERS,
    SURNAME_PREFIX,
    SURNAME_SUFFIX,
    TIME_WORDS,
    TITLES_AFTER_PLACE_WORDS,
)
from crawler.extraction.persian import ZWNJ, alt, fold
from crawler.extraction.provinces import NAME_RE as PLACE_RE
from crawler.extraction.provinces import counts_bare, is_place

TOKEN_RE = re.compile(r"[^\W\d_]+")
_TOKEN_SPLIT_RE = re.compile("(" + TOKEN_RE.pattern + ")")  # words kept between the gaps
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
_COMMA_RE = re.compile(r"[،,]\s?")
_LAST_WORD_RE = re.compile(r"[^\W\d_]+$")
# «X به «ایرنا» گفت», «X به تسنیم گفت», «X به آوای دنا اظهار کرد»: the outlet a speaker
# told, one to four words or a quoted name, right before a speech verb
_TOLD_RE = re.compile(
    r"به(?:\s|(?=«))\s?(?:«[^»\n]{2,30}»|[^\W\d_]\S*(?:\s\S+){0,3}?)\s?(?="
    + SPEECH_VERB_RE.pattern
    + ")"
)


def _is_surname(tok: str, next_tok: str | None) -> bool:
    """A surname token: not a function word or role; a given name only before a suffix."""
    if tok in STOP_TOKENS and tok in SURNAME_SUFFIX:
        return next_tok in SURNAME_SUFFIX  # «الهی تبار»: a suffix alone opens one before another
    if len(tok) < 2 or tok in STOP_TOKENS or tok in TIME_WORDS or ROLE_HEAD_RE.fullmatch(tok):
        return False  # «بهمن ماه», «نوید امروز»: a month or a time word, no surname
    return tok not in GIVEN or next_tok in SURNAME_SUFFIX


# «نایب», «قائم»: they open a role of two words («نایب رئیس») and are never a name alone
_ROLE_OPENERS = frozenset(fold(w) for w in load("roles.json")["role_openers"])
# a lunar month that is also a given name («رمضان», «رجب») after «ماه» or «ماه مبارک» is
# the month («در ماه مبارک رمضان وجود ندارد»), never a person
_LUNAR_MONTHS = frozenset(fold(w) for w in load("calendar.json")["lunar_months"])
_MONTH_BEFORE = frozenset(("ماه", "مبارک"))


def _role_word(word: str) -> bool:
    """A role head, also with the ezafe «ی» («سخنگوی», «مدیرکلی»)."""
    return ROLE_HEAD_RE.fullmatch(word) is not None or (
        word.endswith("ی") and ROLE_HEAD_RE.fullmatch(word[:-1]) is not None
    )


def role_glued_before(word: str) -> bool:
    """A role head glued to the word after it, the space lost («مدیرزراعت», «مدیرسازمان»,
    «استاندارمازندران»): a role, no name word. Five letters or more must follow the head and
    the whole must not end like a surname («مدیرزاده», «رئیسی», «دبیریان» are names)."""
    return glued_front_role(word) and not ends_like_surname(word)


def glued_front_role(word: str) -> bool:
    """A role head glued to a word of five letters or more («مدیرباغبانی»), whatever its
    ending: a role only where more evidence says so (an institution noun after it)."""
    return _GLUED_FRONT_ROLE_RE.match(word) is not None


@lru_cache(maxsize=16384)  # a word's answer never changes; the same words recur in every text
def name_word(word: str, place_ok: bool = False) -> bool:
    """A word that may be part of a name: no function, time or role word, and no place
    unless ``place_ok`` (a surname's later word may be one: «خاک پور دشتی»)."""
    return (
        len(word) >= 2
        and word not in STOP_TOKENS
        and word not in NOT_SPEAKERS
        and word not in NAME_BOUNDARIES
        and word not in TIME_WORDS
        and not _role_word(word)
        and not role_glued_before(word)
        and word not in _ROLE_OPENERS
        and (place_ok or not is_place(word))
    )


# one-word province names («تهران», «فارس», «یزد»): never a surname's second word
_PROVINCE_WORDS = frozenset(
    fold(n) for p in load("provinces.json")["provinces"] for n in [p["name"], *p["variants"]]
)


@dataclass
class _Tokens:
    """The letter tokens of a text (offsets into the folded copy) and how they touch."""

    text: str
    folded: str
    toks: list[tuple[int, int, str]]

    def __len__(self) -> int:
        return len(self.toks)

    def word(self, i: int) -> str:
        return self.toks[i][2]

    def adjacent(self, a: int, b: int) -> bool:
        """Token ``b`` exists and only white space separates it from ``a``."""
        return b < len(self.toks) and self.folded[self.toks[a][1] : self.toks[b][0]].strip() == ""

    def boundary(self, b: int) -> bool:
        """Token ``b`` clearly follows a name: a speech cue («افزود», «در گفتگو»), a
        role (also after «،»), a time word or «در» + an event («در جلسه»)."""
        if b >= len(self.toks):
            return False
        w, pos = self.word(b), self.toks[b][0]
        if not self.adjacent(b - 1, b):
            gap = self.folded[self.toks[b - 1][1] : pos].strip()
            return gap in ("،", ",") and ROLE_HEAD_RE.match(self.folded, pos) is not None
        return (
            w in TIME_WORDS
            or _role_word(w)
            or SPEECH_CUE_RE.match(self.folded, pos) is not None
            or ROLE_HEAD_RE.match(self.folded, pos) is not None
            or EVENT_RE.match(self.folded, pos) is not None
        )

    def tail(self, k: int) -> int:
        """Up to two more surname words after token ``k`` when they run to a boundary
        («رزم حسینی در», «صالح جهرمی افزود», «امیدی شاه آباد با بیان»: the second a
        place name's closer); ``k`` itself otherwise."""
        for last in (k + 1, k + 2):
            if last >= len(self.toks) or not self.adjacent(last - 1, last):
                return k
            closer = last == k + 2 and self.word(last) in SURNAME_PLACE_CLOSERS
            if not closer and not name_word(self.word(last), place_ok=True):
                return k
            if self.word(last) in _PROVINCE_WORDS:
                return k  # «X Y تهران اظهار کرد»: the province of an office whose name was lost
            if ROLE_HEAD_RE.match(self.folded, self.toks[last][0]):
                return k  # «علی رضایی امام جمعه ...»: a role of two words opens here
            if self.boundary(last + 1):
                return last
        return k

    def zwnj(self, a: int, b: int) -> bool:
        """Token ``b`` is joined to ``a`` by a ZWNJ in the original text (one word)."""
        return b < len(self.toks) and self.text[self.toks[a][1] : self.toks[b][0]] == ZWNJ


# hosts of a compound given name written glued («محمدجعفر», «غلامعباس»); «میر» and «سید»
# are left out: they also open surnames («میرحسینی») and are honorifics read elsewhere
_GLUED_HOSTS = tuple(sorted(SECOND_HOSTS - {"میر", "سید"}, key=len, reverse=True))


# parts that only ever close a compound given name («رضا», «الله»), longest first: glued
# to any given name they make one («احمدرضا», «مجیدرضا», «سعیدرضا»)
_GLUED_SECONDS = tuple(sorted(ALWAYS_SECOND - {"سادات"}, key=len, reverse=True))


def _glued_compound(word: str) -> bool:
    """``word`` is a host and a given name glued («محمدجعفر»: «محمد» + «جعفر»), the second
    part no everyday word («علیمراد» yes, «علیامید» no); or any given name glued to a part
    that only closes compounds («احمدرضا»: «احمد» + «رضا»)."""
    if word.endswith(_GLUED_SECONDS):
        for second in _GLUED_SECONDS:
            if word.endswith(second):
                head = word[: -len(second)]
                if len(head) >= 3 and head in GIVEN and head not in AMBIGUOUS_GIVEN:
                    return True
                break
    if not word.startswith(_GLUED_HOSTS):
        return False  # (a cheap test first: most words start with no host)
    for host in _GLUED_HOSTS:
        if word.startswith(host):
            rest = word[len(host) :]
            return len(rest) >= 3 and rest in GIVEN and rest not in AMBIGUOUS_GIVEN
    return False


def compound_given_word(word: str) -> bool:
    """``word`` is a compound given name written as one word («غلامحسین», «محمدجعفر»)."""
    return _glued_compound(word)


def _after_place_word(t: _Tokens, i: int) -> bool:
    """A place word right before token ``i`` («خیابان امام رضا»), or with a title between
    («معدن سردار شهید حاج قاسم X», «بیمارستان شهید دکتر X»): the name dedicates a place."""
    if i < 1 or not t.adjacent(i - 1, i):
        return False
    before = t.word(i - 1)
    if before in BLOCK_BEFORE:
        return True
    return (
        (before in TITLES_AFTER_PLACE_WORDS or _describes_place(before))
        and i > 1
        and t.adjacent(i - 2, i - 1)
        and t.word(i - 2) in BLOCK_BEFORE
    )


# titles of a person («آقای», «خانم», «مهندس»): a name after them names a person, not a place
_TITLE_WORDS = frozenset(fold(w) for w in load("name_parts.json")["honorifics"] if " " not in w)


def _describes_place(word: str) -> bool:
    """A relational adjective that describes a place word before a name («شهرک صنعتی X»,
    «مجتمع مسکونی X», «پارک جنگلی X»): an «ی»-ending word that is no name's part."""
    return (
        word.endswith("ی")
        and len(word) > 3
        and word not in GIVEN
        and word not in HONORIFIC_PARTS
        and word not in _TITLE_WORDS
        and word not in TITLES_AFTER_PLACE_WORDS
    )


def _given_name(t: _Tokens, i: int) -> tuple[int, str] | None:
    """(last token, given name) of a given name starting at token ``i``, with an honorific
    part before it («سید محسن», «سیدمحسن») and a compound second part after it («هدایت
    الله», «حمید رضا»); None when no given name starts here or a place word precedes it
    («خیابان امام رضا»)."""
    j = i
    if t.word(i) in HONORIFIC_PARTS and t.adjacent(i, i + 1) and t.word(i + 1) in GIVEN:
        j = i + 1
    given = t.word(j)
    joined = JOINED_HONORIFIC_RE.match(given)
    if given not in GIVEN and joined and joined.group(1) in GIVEN:
        given = joined.group(1)
    # A compound given name the lexicon holds in one piece («کرامت‌الله» is folded to
    # «کرامت الله», two tokens).
    if (
        given not in GIVEN
        and t.adjacent(j, j + 1)
        and given + t.word(j + 1) in GIVEN
        and t.word(j + 1) not in STOP_TOKENS  # «روز به»: a day and a preposition
        and given not in SPLIT_COMPOUND_HEADS_REFUSED  # «به نام شهید X»: no «بهنام»
    ):
        j += 1
        given = t.word(j - 1) + t.word(j)
    if given not in GIVEN and _glued_compound(given):
        pass  # «محمدجعفر», «علی‌اکبر» written as one word: a compound given name
    elif given not in GIVEN or _after_place_word(t, i):
        return None
    elif given in _LUNAR_MONTHS and i > 0 and t.word(i - 1) in _MONTH_BEFORE:
        return None  # «ماه مبارک رمضان»: the month
    if t.adjacent(j, j + 1):
        nxt = t.word(j + 1)
        if nxt in ALWAYS_SECOND or (nxt in SECOND_PARTS and given in SECOND_HOSTS):
            j += 1
        elif given in HONORIFIC_PARTS and nxt in GIVEN:
            j += 1
    return j, given


def _surname_end(t: _Tokens, j: int) -> int | None:
    """Last token of the surname after the given name ending at ``j``: a prefix («میر»), the
    surname, a suffix or ZWNJ-joined part («امین زاده», «پیمان‌پاک») or a second surname
    («یوسفی شهرکی»); None when no surname follows."""
    k = j + 1
    if not t.adjacent(j, k):
        return None
    # an honorific after the given name opens the surname («میر سعید سید متین», «محمدرضا
    # سید حسینی»: dev gold reads 2 of 2 so); before a given name it stays an honorific
    honorific = t.word(k) in HONORIFIC_PARTS
    if (t.word(k) in SURNAME_PREFIX or honorific) and t.adjacent(k, k + 1):
        k += 1
    nxt = t.word(k + 1) if t.adjacent(k, k + 1) else None
    if honorific and k == j + 2 and t.word(k) in GIVEN and (nxt is None or not name_word(nxt)):
        return k  # «سید متین در ...»: after the honorific a given name is the surname
    if t.word(k) in ANCHORED_SURNAMES:
        # «ایوب کرد روز شنبه در گفت‌وگو با ...»: the verb's spelling is the surname only
        # where the pair opens its sentence and a speech cue or an event follows
        opens = k == j + 1 and _opens_at(t.folded, t.toks[j][0])
        return k if opens and _anchored(t, j, k) else None
    if not (_is_surname(t.word(k), nxt) or (t.zwnj(k, k + 1) and t.word(k) not in STOP_TOKENS)):
        # a given name inside a longer surname («محمد جلال مآب خاطرنشان کرد»), also one that
        # names a place too («ابراهیم رستم گورانی»: «رستم» is a county as well)
        given_place = t.word(k) in GIVEN
        longer = t.tail(k) if name_word(t.word(k), place_ok=given_place) else k
        return longer if longer > k else None
    if nxt is None:
        return k
    if nxt in SURNAME_SUFFIX or t.zwnj(k, k + 1):
        return t.tail(k + 1)
    if (
        t.word(k).endswith("ی")
        and nxt.endswith("ی")
        and _is_surname(nxt, None)
        and nxt not in NOT_SECOND_SURNAME
        and not PLACE_RE.fullmatch(nxt)
    ):
        return k + 1
    if _place_adjective(nxt) and nxt not in NOT_SECOND_SURNAME:
        return k + 1  # «علمدار یزدی», «مرتضوی کرمانی»: a second surname made of a place
    return t.tail(k)


def _place_adjective(word: str) -> bool:
    """«یزدی», «کرمانی», «شیرازی»: a place (one counted bare, no everyday-word city: not
    «نوری») with «ی», as a surname's second word often is."""
    return len(word) >= 4 and word.endswith("ی") and counts_bare(word[:-1])


def _anchored(t: _Tokens, i: int, k: int) -> bool:
    """The name from token ``i`` to ``k`` stands where news copy puts a person: a title
    («دکتر», «مهندس») or a name cue («به گفته», «با حضور») right before it; a role in
    apposition («مدیرکل صنعت استان، X، گفت»); or right after it (time words allowed
    between) a role that is no office noun («ولی قابل مدیریت» is no person), a speech cue
    («X گفت», «X در گفتگو با») or an event («X در جلسه ...»); or, opening its clause,
    «از» and a news-of verb later in the sentence («X از افزایش ... خبر داد»)."""
    start, end = t.toks[i][0], t.toks[k][1]
    before = t.folded[max(0, start - 100) : start]
    before = before[max(before.rfind(c) for c in ".!?؟\n:") + 1 :]
    if HONORIFIC_BEFORE_RE.search(before) or NAME_CUE_BEFORE_RE.search(before):
        return True
    after = t.folded[end : end + 60]
    if (
        before.rstrip().endswith(("،", ","))
        and after.lstrip().startswith(("،", ","))
        and ROLE_HEAD_RE.search(before) is not None
    ):
        return True
    after = after.lstrip(' ،,«»"')
    if after.startswith("از ") and (not before.strip() or before.rstrip().endswith(("،", ","))):
        # «به گزارش ...، حجت ایمان‌طلب از افزایش ... خبر داد»: a lead opening with its
        # speaker and «از», closed by a news-of verb in the same sentence (before the time
        # words: «از» opens «از امروز»)
        stop = _SENTENCE_END_RE.search(t.folded, end)
        if NEWS_OF_RE.search(t.folded, end, stop.start() if stop else end + 300):
            return True
    while " " in after and (
        after.split(" ", 1)[0] in TIME_WORDS or _date_piece(after.split(" ", 1)[0])
    ):
        after = after.split(" ", 1)[1]
    if after.split(" ", 1)[0] in _PROVINCE_WORDS and " " in after:
        after = after.split(" ", 1)[1]  # «X Y تهران اظهار کرد»: an office's lost name
    if EVENT_RE.match(after):  # «X در جلسه ... گفت», not «X در این مراسم تجلیل شد»
        stop = _SENTENCE_END_RE.search(t.folded, end)
        return SPEECH_VERB_RE.search(t.folded, end, stop.start() if stop else end + 200) is not None
    return SPEECH_CUE_RE.match(" " + after) is not None or (
        ROLE_HEAD_RE.match(after) is not None and OFFICE_HEAD_RE.match(after) is None
    )


def _date_piece(word: str) -> bool:
    """«8اسفندماه», «8», «اسفندماه»: a day of a month written after a speaker's name («X
    8اسفندماه در دیدار با ... گفت»), its digits glued to the month or not."""
    if not word[:1].isdigit():
        return word[:1].isalpha() and _date_word(word)
    rest = word.lstrip("0123456789")
    return not rest or _date_word(rest)


def _surname_shaped(word: str) -> bool:
    """Ends like a surname («رضازاده», «حسینی») and is more than the ending."""
    return any(word.endswith(e) and len(word) > len(e) + 1 for e in SURNAME_ENDINGS)


def ends_like_surname(word: str) -> bool:
    """Shaped like a surname by any ending («رضایی», «جلیلیان‌نسب» read as one word)."""
    return _surname_shaped(word) or _distinctive(word)


def _distinctive(surname: str) -> bool:
    """A surname with an ending few everyday words have («حسین‌زاده», «کریمی‌پور»)."""
    return any(
        surname.endswith(e) and len(surname) > len(e) + 1 for e in DISTINCTIVE_SURNAME_ENDINGS
    )


def _bare(word: str, found: tuple[int, str], i: int) -> bool:
    """The given name stands with no honorific part before it: neither a separate one
    («سید امین») nor one glued to it («سیدامین», «سیده‌امید»: the given name is what is
    left of the word)."""
    if found[0] != i:
        return False
    return not (
        word != found[1] and word.endswith(found[1]) and word[: -len(found[1])] in HONORIFIC_PARTS
    )


def _evidence(t: _Tokens, i: int, given: str, bare: bool, j: int, k: int) -> bool | None:
    """Whether the given name + surname from token ``i`` to ``k`` is a person. A given
    name that is also an everyday word («امید», «کسری», «پیمان») with no title part
    before it needs more: a surname with a distinctive ending or an anchor
    (``_anchored``); None when it has neither (a person only if the text names its
    surname elsewhere); False before a common adjective («پروانه صنعتی»)."""
    if given not in AMBIGUOUS_GIVEN or not bare:
        return True
    if t.word(j + 1) in NOT_SECOND_SURNAME:  # «پروانه صنعتی»: an adjective, not a surname
        return False
    if is_place(t.word(k)):  # «سفر نوروز گیلان»: a season or feast of a place
        return False
    surname = t.folded[t.toks[j + 1][0] : t.toks[k][1]].replace(ZWNJ, "").replace(" ", "")
    if _distinctive(surname) or _anchored(t, i, k):
        return True
    return None


# Words a given name starts with: a given name or an honorific part; also (checked in
# find_names) a joined honorific («سیدمحسن») or a compound written as one word.
def _tokens(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every ``TOKEN_RE`` word of a whole text: split into gaps and
    words, the offsets summed from their lengths (all in C; a match object per word made
    the tokens of a text cost more than the name search over them)."""
    pieces = _TOKEN_SPLIT_RE.split(folded)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, pieces), initial=0))
    toks = list(zip(offsets[1::2], offsets[2::2], pieces[1::2], strict=False))
    if ":" in folded and any(v + ":" in folded or v + " :" in folded for v in GLUED_SPEECH_VERBS):
        toks = _unglue_speech(folded, toks)
    if _glued_role_in(folded):
        toks = _unglue_roles(toks)
    return _unglue_place_given(folded, toks)


# how many words of the text's first line are searched for a place glued to a given name
_FIRST_LINE_WORDS = 60


def _unglue_place_given(
    folded: str, toks: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Split a place glued to the given name after it into two tokens («... تولید مرغ در
    خراسان شمالیعلی X سه شنبه ... گفت» -> «شمالی» + «علی», touching): a headline that ends
    on a place, its line break lost when the page joined it to the lead; the speaker's
    name opens after the place (``_glued_place_cut``, the place one word or completed by
    the word before it). Read on the text's first line only, where a headline meets its
    lead (a look-up per word of the line, none elsewhere)."""
    line_end = folded.find("\n")
    if line_end < 0:
        line_end = len(folded)
    out: list[tuple[int, int, str]] | None = None
    for i, (a, b, w) in enumerate(islice(toks, _FIRST_LINE_WORDS)):
        if a >= line_end:
            break
        if len(w) < 6 or w in GIVEN:
            continue
        cut = _glued_place_cut(w, toks[i - 1][2] if i else "")
        if cut:
            out = list(toks) if out is None else out
            j = out.index((a, b, w))
            out[j : j + 1] = [(a, a + cut, w[:cut]), (a + cut, b, w[cut:])]
    return toks if out is None else out


# «فرامرز شادفرمدیر کل ...»: a role head glued to the end of the surname before it (the
# space lost), three letters or more before it; the text test finds whether any is there
_GLUED_ROLE_HEADS = alt(load("roles.json")["glued_role_heads"])
# a role head opening a word, five letters or more glued after it (``role_glued_before``)
_GLUED_FRONT_ROLE_RE = re.compile(r"(?:" + _GLUED_ROLE_HEADS + r")[^\W\d_]{5,}$")
_GLUED_ROLE_IN_TEXT_RE = re.compile(r"[^\W\d_]{3}(?:" + _GLUED_ROLE_HEADS + r")(?![^\W\d_])")
# The first word of each head that no shorter head opens («مدیر» for «مدیرکل»): every match
# of the pattern has one of them three characters after its start
_GLUED_FIRST_WORDS = {fold(h).split()[0] for h in load("roles.json")["glued_role_heads"]}
_GLUED_ROLE_STEMS = sorted(
    w for w in _GLUED_FIRST_WORDS if not any(w != o and w.startswith(o) for o in _GLUED_FIRST_WORDS)
)


def _glued_role_in(folded: str) -> bool:
    """Whether ``_GLUED_ROLE_IN_TEXT_RE`` matches anywhere in ``folded``: the pattern is
    tried only three characters before each place a head's first word stands (found by
    ``str.find``), not at every letter of the text (a quarter of the time)."""
    match = _GLUED_ROLE_IN_TEXT_RE.match
    for stem in _GLUED_ROLE_STEMS:
        at = folded.find(stem, 3)
        while at >= 0:
            if match(folded, at - 3):
                return True
            at = folded.find(stem, at + 1)
    return False


_GLUED_ROLE_RE = re.compile(r"(?<=[^\W\d_]{3})(?:" + _GLUED_ROLE_HEADS + r")$")


def _unglue_roles(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split a role head glued to the end of a word into a token of its own («شادفرمدیر» ->
    «شادفر» + «مدیر», touching): a name before it ends before its role."""
    out: list[tuple[int, int, str]] = []
    for a, b, w in toks:
        m = _GLUED_ROLE_RE.search(w)
        if m:
            out += [(a, a + m.start(), w[: m.start()]), (a + m.start(), b, w[m.start() :])]
        else:
            out.append((a, b, w))
    return out


# the colon ``GLUED_SPEECH_RE`` looks ahead for (a test holds the two together)
SPEECH_COLON = "[:：]"
_SPEECH_COLON_RE = re.compile(SPEECH_COLON)


def _unglue_speech(folded: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split a speech verb glued to the word before its colon into a token of its own
    («مختار مهاجرگفت:» -> «مهاجر» + «گفت», touching): the name ends before its cue."""
    # ``GLUED_SPEECH_RE`` ends in a look-ahead for a colon, at most one space on: a verb can
    # end a token there only when the colon stands right after it or one character on, so
    # only those tokens are searched, found by bisection (the same tokens come out)
    colons = [m.start() for m in _SPEECH_COLON_RE.finditer(folded)]
    tok_ends = list(map(itemgetter(1), toks))
    out = list(toks)
    for i in sorted(
        {
            i
            for end in {*colons, *(c - 1 for c in colons)}
            if (i := bisect_left(tok_ends, end)) < len(toks) and tok_ends[i] == end
        },
        reverse=True,  # later tokens first: a split does not move the earlier ones
    ):
        a, b, w = toks[i]
        m = GLUED_SPEECH_RE.search(folded, a, b + 2)
        if m and m.end() == b:
            out[i : i + 1] = [
                (a, m.start(), w[: m.start() - a]),
                (m.start(), b, w[m.start() - a :]),
            ]
    return out


_STARTS = GIVEN | HONORIFIC_PARTS
# The first piece of a compound written apart starts a name only with the piece after it
# («کرامت» + «الله»): most such pieces are everyday words («به», «با», «سال», «داد»).
_PIECES = {g[:n] for g in GIVEN for n in range(2, len(g))} - _STARTS


# What a word can do at the start of a name, by the word alone: nothing (0), open one
# as the first piece of a compound written apart, if the next word completes it (1), or
# open one itself (2). Remembered per word (most words of a text are everyday words seen
# before), up to a bound.
_PIECE, _OPENER = 1, 2
_OPENS: dict[str, int] = {}
_OPENS_KEPT = 200_000


def _opening_code(word: str) -> int:
    if (
        word in _STARTS
        or word.startswith(JOINED_HONORIFICS)
        or (
            len(word) > 5
            and (word.startswith(_GLUED_HOSTS) or word.endswith(_GLUED_SECONDS))
            and _glued_compound(word)
        )
    ):
        return _OPENER
    return _PIECE if word in _PIECES else 0


def _opening_codes(words: list[str]) -> list[int]:
    """``_opening_code`` of every word (looked up in C; new words computed and kept)."""
    codes = list(map(_OPENS.get, words))
    if None in codes:
        for j, code in enumerate(codes):
            if code is None:
                code = codes[j] = _opening_code(words[j])
                if len(_OPENS) < _OPENS_KEPT:
                    _OPENS[words[j]] = code
    return codes


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of person names (given name [+ compound part] + surname [+ suffix])."""
    folded = fold(text)
    t = _Tokens(text, folded, _tokens(folded))
    spans: list[tuple[int, int]] = []  # (first token, last token)
    pending: list[tuple[int, int]] = []  # everyday-word given names with no evidence yet
    words = [tok[2] for tok in t.toks]
    n, after = len(words), 0  # ``after``: the token after the last name found
    # a cheap test first: most words of a text start no name
    codes = _opening_codes(words)
    for i in compress(range(n), codes):
        word = words[i]
        if i < after or (codes[i] == _PIECE and not (i + 1 < n and word + words[i + 1] in GIVEN)):
            continue
        found = _given_name(t, i)
        k = _surname_end(t, found[0]) if found else None
        verdict = (
            _evidence(t, i, found[1], _bare(word, found, i), found[0], k) if found and k else False
        )
        if verdict is None:
            pending.append((i, k))
        if not verdict:
            continue
        spans.append((i, k))
        after = k + 1
    if pending:
        spans = sorted(spans + _named_elsewhere(t, spans, pending))
    return [(t.toks[a][0], _unglued_end(t.toks[b])) for a, b in spans]


def _unglued_end(tok: tuple[int, int, str]) -> int:
    """Where a name's last word ends: before a day glued to it («ولیپورروزیکشنبه» ->
    «ولیپور»: «روز یکشنبه» written without its spaces)."""
    glued = GLUED_DAY_RE.search(tok[2])
    return tok[0] + glued.start() if glued else tok[1]


def _named_elsewhere(
    t: _Tokens, spans: list[tuple[int, int]], pending: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Names held back for want of evidence («امید رضایی» in passing) whose surname the
    text names elsewhere: in another name, or alone before a speech cue («رضایی افزود»)."""
    named = {t.word(x) for a, b in spans for x in range(a, b + 1)}
    out: list[tuple[int, int]] = []
    for i, k in pending:
        surname = t.word(k)
        taken = any(a <= k and i <= b for a, b in spans + out)
        alone = any(
            t.word(x) == surname and SPEECH_CUE_RE.match(t.folded, t.toks[x][1]) is not None
            for x in range(len(t))
            if x != k
        )
        if not taken and (surname in named or alone):
            out.append((i, k))
    return out


def _closes(t: _Tokens, x: int) -> bool:
    """Token ``x`` closes a surname's later word taken from a place name («کاظمی علی
    آباد»): a closer after two name words."""
    return x >= 2 and t.word(x) in SURNAME_PLACE_CLOSERS


_ROLE_COLON_RE = re.compile(r"[^\n:؛.،,]{4,90}?\s?:")


def _role_colon(folded: str, after: int, end: int) -> bool:
    """A colon closes the role after the name within 90 characters (no stop, comma or
    break between): «X مدیرکل ...: <quote>», a headline or teaser that quotes its speaker."""
    return folded.find(":", after, min(end, after + 100)) >= 0 and bool(
        _ROLE_COLON_RE.match(folded, after, end)
    )


def _semicolon_role_colon(folded: str, rest: str, end: int) -> bool:
    """``rest`` (the text after a name, up to ``end``) opens with a semicolon, then a role
    closed by a colon within 90 characters: «X؛ مدیرکل ...: <quote>»."""
    role = rest[1:].lstrip()
    at = end - len(role)
    return ROLE_HEAD_RE.match(role) is not None and _role_colon(folded, at, end)


def speaker_at(
    text: str, pos: int, end: int, cued: bool = False, opens: bool = True, lone: bool = False
) -> tuple[int, int] | None:
    """A name of one to three words opening a clause at ``pos`` and anchored by what
    follows it: a speech cue («باقری اظهار داشت», «شبیر اربابیا اظهار کرد»), time words
    then a cue («... روز شنبه در گفت و گو»), «، <role>» («زمانی نژاد، مدیر ...») or a role
    in a sentence that goes on to a speech verb; a name shaped like one, then an object
    with «را» and a closing verb of report, when it opens the sentence (``opens``).
    Quotes may stand before it («دادور سهرابی»); after an honorific («مهندس میرزایی در
    پایان ...») any word that ends a name is anchor enough. ``cued``: the name follows
    «با حضور» and is anchored only by a role after it («با حضور X مدیرعامل ...»).
    ``lone``: an earlier sentence opened with a role and no name, so a follow-up sentence
    may name that speaker by a surname alone before the object and the verb of report
    («مدیرکل ... گفت: ... / مقدسی میزان ... را ... عنوان کرد»)."""
    folded = fold(text)
    m = HONORIFIC_OPEN_RE.match(folded, pos, end)
    start = m.end() if m else pos
    titled = m is not None and any(ch.isalpha() for ch in m.group())
    words = islice(TOKEN_RE.finditer(folded, start, end), 6)
    toks = [(w.start(), w.end(), w.group()) for w in words]
    t = _Tokens(text, folded, toks)
    if not toks or toks[0][0] != start or toks[0][2] in NOT_SPEAKER_NOUNS:
        return None  # «بخش افزود»: an everyday noun opens the clause, not a name
    # «سید زاهدین چشمه خاور»: an honorific part opens a name of up to four words
    most = 4 if toks[0][2] in HONORIFIC_PARTS else 3
    for n in range(1, most + 1):
        split = n == 2 and len(t) > 1
        if split and _plural_split(text, toks[0][2], toks[0][1], toks[1][2], toks[1][0]):
            # «حضرتی‌ها مدیرکل ...»: a lone surname the normaliser split, then its role
            role = folded[toks[1][1] : end].lstrip(' ،,«»"')
            return (start, toks[1][1]) if ROLE_HEAD_RE.match(role) else None
        if n > len(t) or (n > 1 and not t.adjacent(n - 2, n - 1)):
            return None
        if (
            not name_word(t.word(n - 1))
            and not _closes(t, n - 1)
            and not (n == 2 and _place_surname(t, n))
        ):
            return None
        after = t.toks[n - 1][1]
        rest = folded[after:end].lstrip(' «»"')
        told = rest  # (``rest`` may skip time words below; a lead's «از» and a topic follow it)
        cue = SPEECH_CUE_RE.match(" " + rest) or _TOLD_RE.match(rest)
        comma = _COMMA_RE.match(rest)
        if not cue and comma:  # «حکمت جعفری، با بیان اینکه ... افزود»: a comma, then the cue
            cue = SPEECH_CUE_RE.match(" " + rest[comma.end() :])
        timed = False
        if not cue and comma and " " in rest and _time_opens(rest[comma.end() :]):
            # «X، روز پنجشنبه در گفت‌وگو با ... گفت»: a comma, then the time and the cue
            rest, comma = rest[comma.end() :], None
        while (
            not cue
            and " " in rest
            and (
                rest.split(" ", 1)[0] in TIME_WORDS
                # «X امروز (پنجشنبه)», «X امروز چهارشنبه ۷ اردیبهشت‌ماه ۱۴۰۱ در ...»: a date
                # after a time word goes with it
                or (timed and _date_word(rest.split(" ", 1)[0]))
                # «X ۱۲ فروردین‌ماه در حاشیه ... گفت»: a date opens the time itself
                or _time_opens(rest)
            )
        ):
            timed = True
            rest = rest.split(" ", 1)[1]
            if rest[:1].isdigit() and rest.lstrip(_DIGITS)[:1].isalpha():
                # «... ۱۴۰۴در حاشیه»: careless copy glues the year to the word after it
                rest = rest.lstrip(_DIGITS)
            # «X روز شنبه به رسانه‌ها افزود»: a time, then whom they told, then the verb
            cue = SPEECH_CUE_RE.match(" " + rest) or _TOLD_RE.match(rest)
        # The anchors are read in turn, up to the first that holds (each is a test of the
        # text alone: which one holds does not change the name found).
        if cued:
            if t.word(0) in NOT_SECOND_SURNAME:
                return None  # «با حضور مجازی رئیس جمهور»: how they attended, no name
            # «با حضور مدیران ...»: a plural opens no name; «آیسان سپهری», «سامان
            # کلانتری»: a given name ending so, before a word shaped like a surname, does
            plural = (
                t.word(0).endswith(("ان", "ها"))
                and not t.word(0).endswith("یان")
                and not (n > 1 and ends_like_surname(t.word(n - 1)))
            )
            # «سفر X، رئیس بنیاد ...»: the role may stand after a comma
            role_at = rest[comma.end() :] if comma else rest
            anchored = not plural and ROLE_HEAD_RE.match(role_at) is not None
        else:
            if cue and not SPEECH_VERB_RE.match(cue.group().strip()):
                # «در گفتگو با ...», «با بیان ...»: only when the sentence goes on to a verb
                cue = SPEECH_VERB_RE.search(folded, after, end) or REPORT_COLON_RE.search(
                    folded, after, end
                )
            anchored = (
                cue
                # «X، مدیر ...»; «یزدان‌بخش قربانی مدیرعامل شرکت ... گفت»: a role, then
                # the verb
                or (_COMMA_RE.match(rest) and ROLE_HEAD_RE.match(rest.split(None, 1)[-1]))
                or (ROLE_HEAD_RE.match(rest) and SPEECH_VERB_RE.search(folded, after, end))
                # «X Y مدیرعامل شرکت ... از بهره‌برداری ... خبر داد»: a role, then a lead's
                # verb of news (a name of two words or more, or one shaped like a surname)
                or (
                    ROLE_HEAD_RE.match(rest)
                    and (n > 1 or _surname_shaped(t.word(0)))
                    and NEWS_OF_RE.search(folded, after, end)
                )
                # «بازدار مدیرکل شیلات استان بوشهر: ...»: a headline's speaker, a role, then
                # the colon that opens the quote (no verb)
                or (ROLE_HEAD_RE.match(rest) and _role_colon(folded, after, end))
                # «فتحی؛ رئیس سازمان ...: <quote>»: a channel post's speaker line, the
                # role set off by a semicolon, then the colon that opens the quote
                # (a word shaped like a surname, or two words: «سیب؛ مدیر ...» is a rubric)
                or (
                    rest.startswith("؛")
                    and (n > 1 or ends_like_surname(t.word(0)))
                    and _semicolon_role_colon(folded, rest, end)
                )
                # after an honorific, a word that ends the name
                or (
                    titled
                    and (
                        n == len(t)
                        or not t.adjacent(n - 1, n)
                        or not (name_word(t.word(n), place_ok=True) or _closes(t, n))
                    )
                )
                # «فردوس کریمی در نشست ... افزود»: an event, then the verb later in the
                # sentence (also after a comma: «X، در همایش ... گفت»)
                or (
                    EVENT_RE.match(rest[comma.end() :] if comma else rest)
                    and SPEECH_VERB_RE.search(folded, after, end)
                )
                # «رضازاده از افزایش ... خبر داد»: a lead naming its speaker before «از»
                or (
                    told.startswith("از ")
                    and _surname_shaped(t.word(n - 1))
                    and NEWS_OF_RE.search(folded, after, end)
                )
                # «جلیلیان‌نسب درباره توسعه خدمات ... خاطرنشان کرد»: a topic, then the verb
                # (or a given name the lexicon holds, then a surname no ending marks:
                # «محمدرضا قادر درباره صادرات ... اظهار کرد»)
                or (
                    SPEAKER_TOPIC_RE.match(told)
                    and (
                        ends_like_surname("".join(t.word(i) for i in range(n)))
                        or (n == 2 and t.word(0) in GIVEN and t.word(0) not in AMBIGUOUS_GIVEN)
                    )
                    and SPEECH_VERB_RE.search(folded, after, end)
                )
                # «سیفی باغی به وصول حقوق دولتی اشاره کرد و افزود»: a name shaped like a
                # surname points to a matter with «به», the verb later in its sentence
                or (
                    told.startswith("به ")
                    and ends_like_surname("".join(t.word(i) for i in range(n)))
                    and POINTED_TO_RE.search(folded, after, end) is not None
                )
                # «آراتاشس تومانیان سفیر ارمنستان ... از شرکت‌های ... بازدید کرد»: a name
                # so shaped, its role, then a visit or an attendance closing the sentence
                or (
                    n > 1
                    and ROLE_HEAD_RE.match(rest)
                    and SCENE_VERB_RE.search(folded, after, end)
                    and name_shaped(" ".join(t.word(i) for i in range(n)))
                )
                # «X Y میزان ... را ۸۴۰ میلیارد اعلام کرد»: a name so shaped, then an
                # object and a closing verb of report
                or (
                    opens
                    # «مقدسی میزان ... را ... عنوان کرد»: a follow-up sentence names its
                    # speaker by surname alone when one of the distinctive shape
                    and (
                        n > 1
                        or (lone and _surname_shaped(t.word(0)) and not _place_adjective(t.word(0)))
                    )
                    and not (n < len(t) and t.adjacent(n - 1, n) and t.word(n) in SURNAME_SUFFIX)
                    # «(سیده) آنوشا آقایی فشمی میزان ... را ... اعلام کرد»: a second surname
                    # word shaped like one follows: the longer name is read next
                    and not (
                        n == (3 if t.word(0) in HONORIFIC_PARTS else 2)
                        and n < len(t)
                        and t.adjacent(n - 1, n)
                        and ends_like_surname(t.word(n))
                        and name_word(t.word(n))
                        and t.word(n) not in NOT_SECOND_SURNAME
                    )
                    and not (n < len(t) and is_place(t.word(n)))  # «شرایط آبی یزد را»
                    # «اهلی اجرای دوره‌ها را ...»: a noun with its ezafe after a vowel
                    and not t.word(n - 1).endswith("ای")
                    and (n == 1 or name_shaped(" ".join(t.word(i) for i in range(n))))
                    and REPORTED_RE.match(folded, after) is None
                    and REPORTED_RE.search(folded, after, end)
                )
            )
        if anchored:
            # «جهاد کشاورزی گفت»: an institution's adjective ends it; a name set in
            # guillemets is one name whatever its words («مصدق کشاورزی» اظهار کرد)
            quoted = folded[start - 1 : start] == "«" and folded.startswith("»", after)
            if n > 1 and t.word(n - 1) in NOT_SECOND_SURNAME and not quoted:
                return None
            return (start, after)
    return None


_DATE_WORDS = frozenset(fold(w) for w in load("calendar.json")["jalali_months"]) | {"ماه"}
_DATE_WORD_MARKS = "()_-–"


_DIGITS = "0123456789"


def _time_opens(rest: str) -> bool:
    """``rest`` opens with a time word or a day of a month («۱۲ فروردین», «۸اسفندماه»):
    the time a lead may put between its speaker's name and the cue."""
    first, _, after = rest.partition(" ")
    if first in TIME_WORDS:
        return True
    if not first[:1].isdigit():
        return False
    if not first.isdigit():
        return _date_piece(first)  # the month glued to its day
    month = after.split(" ", 1)[0]
    return month[:1].isalpha() and _date_word(month)  # a bare number needs its month


def _date_word(token: str) -> bool:
    """A word of a date after a time word: digits, a month («اردیبهشت», «اردیبهشت‌ماه»
    folded «اردیبهشتماه»), a time word set in brackets («(پنجشنبه)»)."""
    word = token.strip(_DATE_WORD_MARKS)
    if not word or word.isdigit():
        return bool(word)
    if word.endswith("ماه") and len(word) > 3:
        word = word[:-3]
    return word in _DATE_WORDS or (word != token and word in TIME_WORDS)


def _place_surname(t: _Tokens, n: int) -> bool:
    """The second of two words is a town whose name is also a name or a word (no place
    counted bare: «شهریار») used as a surname after a given name the lexicon holds («احمد
    شهریار»): a name (the pair no place itself) when a cue anchors it like any other."""
    if n != 2 or t.word(0) not in GIVEN or t.word(0) in AMBIGUOUS_GIVEN:
        return False
    word = t.word(1)
    return (
        name_word(word, place_ok=True)
        and not counts_bare(word)
        and not is_place(f"{t.word(0)} {word}")
    )


def _plural_split(text: str, word: str, end: int, nxt: str, nxt_start: int) -> bool:
    """«حضرتیها» normalised to «حضرتی‌ها»: a surname in «یها» whose last letters the
    normaliser sets apart as a plural (ZWNJ-joined «ها» after a word in «ی» shaped like a
    surname, no place adjective: «ایرانی‌ها» are people of a place)."""
    return (
        nxt == "ها"
        and text[end:nxt_start] == ZWNJ
        and word.endswith("ی")
        and ends_like_surname(word)
        and not _place_adjective(word)
    )


def reported_surname_at(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A surname alone right after «به گفته» / «به اعتقاد» at ``pos``: a lead names its
    speaker by role («مدیرکل امور اقتصادی استان گفت: ...») and the next sentence by surname
    («به گفته نادری سال گذشته ...»). One word, shaped like a surname (not a plural in
    «یان»), no indefinite or quantifier word («به گفته برخی»، «به گفته یکی از»، «به گفته
    اهالی»), not before «از», and not the start of a longer name (``speaker_at`` reads
    those)."""
    folded = fold(text)
    words = list(islice(TOKEN_RE.finditer(folded, pos, end), 3))
    if not words or words[0].start() != pos:
        return None
    last = 0
    if len(words) > 1 and words[1].group() in SURNAME_SUFFIX:
        last = 1  # «به گفته شریفی‌نژاد»: a suffix, ZWNJ-joined or spaced, ends the surname
    word = "".join(w.group() for w in words[: last + 1])
    if len(words) > 1 and _plural_split(
        text, words[0].group(), words[0].end(), words[1].group(), words[1].start()
    ):
        last, word = 1, words[0].group()  # «به گفته حضرتی‌ها»: the surname is read without it
    nxt = words[last + 1].group() if len(words) > last + 1 else None
    if (
        word in GIVEN
        or word in REPORTED_BY_NOT_NAMES
        or not name_word(word)
        or not ends_like_surname(word)
        or (word.endswith("یان") and not _distinctive(word))
        or nxt == "از"
    ):
        return None
    return words[0].start(), words[last].end()


def apposed_at(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A name of one to three words at ``pos``, right after a role and its «،», set off by
    a second «،» in a sentence that goes on to a speech verb («رئیس سازمان صمت استان،
    حسینی، گفت») or followed right away by the speech verb («...، حسینی گفت»): a surname
    alone, or a name no lexicon holds, in apposition."""
    folded = fold(text)
    toks = [(w.start(), w.end(), w.group()) for w in islice(TOKEN_RE.finditer(folded, pos, end), 4)]
    t = _Tokens(text, folded, toks)
    if not toks or toks[0][0] != pos or toks[0][2] in NOT_SPEAKER_NOUNS:
        return None
    for n in (1, 2, 3):
        if n > len(t) or not name_word(t.word(n - 1)) or (n > 1 and not t.adjacent(n - 2, n - 1)):
            return None
        after = t.toks[n - 1][1]
        if folded[after:].lstrip().startswith(("،", ",")):
            stop = _SENTENCE_END_RE.search(folded, after)
            verb = SPEECH_VERB_RE.search(folded, after, stop.start() if stop else end)
            return (pos, after) if verb else None
        # «مدیرکل شیلات استان، رحمانی گفت»: the speech verb right after the name, no
        # second comma (not a place cut by a stray comma: «آذربایجان، غربی گفت»)
        if (
            folded.startswith(" ", after)
            and SPEECH_VERB_RE.match(folded, after + 1, end)
            and not is_place(f"{folded[:pos].rstrip(' ،,').rsplit(' ', 1)[-1]} {folded[pos:after]}")
        ):
            return (pos, after)
    return None


def _plain_word_before(folded: str, pos: int) -> tuple[int, str] | None:
    """(start, word) of the word right before ``pos``, one space between them (no
    punctuation, digit or line break), or None."""
    if pos < 3 or folded[pos - 1] != " ":
        return None
    m = _LAST_WORD_RE.search(folded, max(0, pos - 30), pos - 1)
    if m is None or len(m.group()) < 2:
        return None
    return m.start(), m.group()


@lru_cache(maxsize=16384)  # (a word's answer, as ``name_word``'s)
def could_be_given(word: str) -> bool:
    """A word no lexicon knows as anything but a name: no function, time, role, place,
    adjective or everyday noun, no honorific, no verb that closes a clause, and no given
    name the lexicon holds back for want of evidence («امید»)."""
    return (
        word not in AMBIGUOUS_GIVEN
        and word not in NOT_SECOND_SURNAME
        and word not in NOT_SPEAKER_NOUNS
        and word not in SURNAME_PREFIX
        and word not in CLOSING_WORDS
        and name_word(word)
        and HONORIFIC_BEFORE_RE.search(word) is None
    )


def name_shaped(name: str) -> bool:
    """A name no lexicon holds, by its shape (folded): two to four words, the first one
    that can only be a name (or a given name the lexicon holds), after an honorific part
    or not, the rest shaped like a surname («ایلقار قنبرزاده», «سیده آیتک میرلوحی»,
    «آرشام بهمنیار نژاد»: the suffix ZWNJ-joined, read as one word)."""
    words = name.split()
    i = 1 if len(words) > 2 and words[0] in HONORIFIC_PARTS else 0
    return (
        2 <= len(words) <= 4
        and (words[i] in GIVEN or could_be_given(words[i]))
        and ends_like_surname("".join(words[i + 1 :]))
    )


@lru_cache(maxsize=16384)  # (a word's answer, as ``name_word``'s)
def glued_given_surname(word: str) -> bool:
    """``word`` is a given name the lexicon holds glued to a surname (the space lost:
    «فرزادشریفی», «حیدرنوروزی»): the given name no everyday word, the rest four letters or
    more, shaped like a surname and no given name itself («محمدعلی» is a compound)."""
    if len(word) < 7 or word in GIVEN or not ends_like_surname(word):
        return False
    for cut in range(3, len(word) - 3):
        head, rest = word[:cut], word[cut:]
        if (
            head in GIVEN
            and head not in AMBIGUOUS_GIVEN
            and rest not in GIVEN
            and ends_like_surname(rest)
            and name_word(rest)
        ):
            return True
    return False


def _glued_place_cut(word: str, before: str = "") -> int:
    """Where a given name glued after a place starts («کرمانشاهماشااله»: a lead's place,
    then the speaker's given name with the space lost at a line join), 0 when the word
    is no place and given name glued. The place may be completed by ``before``, the word
    before it («خراسان» + «شمالیعلی»: «خراسان شمالی» then «علی»); a given name that is
    also an everyday word is not cut off (only a lexicon name, three letters or more)."""
    if word in GIVEN or is_place(word):
        return 0
    for k in range(3, len(word) - 2):
        rest = word[k:]
        if rest in GIVEN and (
            is_place(word[:k])
            or (before and rest not in AMBIGUOUS_GIVEN and is_place(before + " " + word[:k]))
        ):
            return k
    return 0


def given_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Full names of people the text names by surname alone: «ایلقار قنبرزاده با تشریح
    ...» then «قنبرزاده افزود», the given name no lexicon holds. A found name that opens
    with no given name (a speaker read by ``speaker_at``) is looked up wherever the text
    writes it; one word right before it that can only be a name («ایلقار»), with an
    honorific part before that («سید ایلقار»), makes the longer name, a person too."""
    folded = fold(text)
    out: list[tuple[int, int]] = []
    found = {folded[a:b] for a, b in spans}
    seen: set[str] = set()
    for a, b in spans:
        surname = folded[a:b]
        words = surname.split()
        # «میر کاظمی» is a surname; «سید محسن ...» a given name after its honorific part
        given = words[1] if words[0] in HONORIFIC_PARTS and len(words) > 1 else words[0]
        # «سیدابراهیم رییسی»: the honorific part glued to the given name opens a full name
        # (the word before it, «آیت الله ...», is no given name of his)
        joined = JOINED_HONORIFIC_RE.match(given)
        if joined and joined.group(1) in GIVEN:
            given = joined.group(1)
        # («حسن زاده», «علی پور»: a given name and a suffix are a surname, no given name)
        suffixed = len(words) == 2 and words[1] in SURNAME_SUFFIX
        if surname in seen or len(surname) < 3:
            continue
        if given in GIVEN and not suffixed:
            if len(words) == 1 and words[0] not in AMBIGUOUS_GIVEN:
                # «سعید محمد شامگاه ...» then «محمد افزود»: a given name the text's speaker
                # goes by alone is his surname, the pair opening its line or sentence
                seen.add(surname)
                out += _given_pair_before(folded, surname)
            continue
        if words[0] in HONORIFIC_PARTS and len(words) > 2:
            continue  # «سیده کیانا طالبی»: an honorific part opens a full name, no word before
        if any(" ".join(words[k:]) in found for k in range(1, len(words))):
            continue  # «ایلقار قنبرزاده» and «قنبرزاده»: the given name is there already
        seen.add(surname)
        for spelling in dict.fromkeys((surname, surname.replace(" ", ""))):
            # «حسن زاده» here, «درویشعلی حسنزاده» there: the surname glued once
            out += _given_before_spelling(folded, spelling)
    return out


def _opens_at(folded: str, pos: int) -> bool:
    """``pos`` opens a line or a sentence (after a full stop)."""
    head = folded[max(0, pos - 3) : pos].rstrip(" ")
    return not head or head.endswith(("\n", ".", "!", "؟"))


def _given_pair_before(folded: str, surname: str) -> list[tuple[int, int]]:
    """Where a given name the lexicon holds («سعید») stands before ``surname`` (itself a
    given name, «محمد») at the opening of a line or sentence, no word glued after it: the
    full name of a speaker the text then calls by his surname alone («محمد افزود»)."""
    out: list[tuple[int, int]] = []
    pos = folded.find(surname)
    while pos >= 0:
        end = pos + len(surname)
        before = None if folded[end : end + 1].isalpha() else _plain_word_before(folded, pos)
        # (a given name that is also an everyday word, «سعید», as ``_given_before_spelling``
        # takes it: the pair opens its line or sentence)
        if before and before[1] in GIVEN and _opens_at(folded, before[0]):
            out.append((before[0], end))
        pos = folded.find(surname, end)
    return out


def _given_before_spelling(folded: str, surname: str) -> list[tuple[int, int]]:
    """``given_before`` for one spelling of a surname: each place the text writes it
    after a word that can only be a name."""
    out: list[tuple[int, int]] = []
    pos = folded.find(surname)
    while pos >= 0:
        end = pos + len(surname)
        glued = folded[end : end + 1].isalpha()
        before = None if glued else _plain_word_before(folded, pos)
        if before and (
            could_be_given(before[1])
            # «ولی جهانی امروز، ...» opening a line, «جهانی» alone later: a given name
            # that is also an everyday word, where the surname is known as a speaker and
            # the pair opens its line or sentence
            or (
                before[1] in AMBIGUOUS_GIVEN and before[1] in GIVEN and _opens_at(folded, before[0])
            )
        ):
            start = before[0] + _glued_place_cut(before[1])
            honorific = _plain_word_before(folded, start)
            if honorific and honorific[1] in HONORIFIC_PARTS:
                start = honorific[0]
            out.append((start, end))
        pos = folded.find(surname, end)
    return out
