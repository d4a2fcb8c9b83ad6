"""``extract_figures``: every number read as a figure, composed from the unit, subject,
kind and period steps, with the discourse state carried from one figure to the next."""

from __future__ import annotations

import re
from collections.abc import Iterator

from crawler.extraction.figures.defaults import amount_subject, counts_by_last_resort
from crawler.extraction.figures.kind import (
    cut_sentence_continues,
    find_kind,
    list_items_share_kind,
    sentence_kinds,
)
from crawler.extraction.figures.model import Discourse, Doc, Figure, Reading
from crawler.extraction.figures.period import find_period
from crawler.extraction.figures.subject import (
    count_subject,
    counts_take_article_sector,
    jobs_named_before,
    list_subjects,
)
from crawler.extraction.figures.units import MoneySeen, read_unit
from crawler.extraction.lexicon import (
    APPROX_BEFORE_RE,
    PERSON_COUNT_NOUNS,
    PERSONS_UNLESS_AFTER,
    QUALIFIER_RE,
    SIZED_BY_HOUSEHOLDS_RE,
    SUBJECT_RE,
)
from crawler.extraction.numbers import NumberSpan, parse_number_spans
from crawler.extraction.persian import fold
from crawler.extraction.sentences import Span, sentence_spans


def readings(text: str) -> Iterator[tuple[Reading, int | float, str | None]]:
    """(reading, value, approximation) of every number in ``text`` that is a figure."""
    nums = parse_number_spans(text)
    if not nums:
        return
    doc = Doc(text, fold(text), sentence_spans(text))
    folded, sents = doc.folded, doc.sents
    # every rule compares a number's words on folded text: «يک ميليون» is «یک میلیون»
    nums = [NumberSpan(a, b, v, folded[a:b]) for a, b, v, _ in nums]  # (not _replace: slow)
    si = 0
    money = MoneySeen()
    for ni, num in enumerate(nums):
        while si < len(sents) - 1 and sents[si].end <= num.start:
            si += 1
        sent = sents[si] if sents else Span(0, len(text))
        following = nums[ni + 1 : ni + 7]
        previous = nums[ni - 1] if ni else None
        found = read_unit(folded, num, following, previous)
        if found is None:
            found = money.implied(folded, num, following)
        elif found[0][1] is not None:  # a counted noun: «۳۶۵ میلیارد اعتبار» is money
            found = money.credit(folded, num, found, following)
        if found is None:
            continue
        (unit, noun, unit_end), value = found
        money.note(unit, unit_end)
        am = APPROX_BEFORE_RE.search(folded, max(0, num.start - 14), num.start)
        start = am.start() if am else num.start
        clause = doc.clause_at(sent, num.start)
        yield (
            Reading(doc, num, si, sent, clause, unit, noun, unit_end, start),
            value,
            am.lastgroup if am else None,
        )


def _words_end(folded: str, unit_end: int) -> int:
    """Where the figure's words end: after the unit, or after a qualifier or subject
    word right behind it («۱۲۰ واحد صنعتی», «۸۳۱ میلیون دلار صادرات»)."""
    q = QUALIFIER_RE.match(folded, unit_end) or SUBJECT_RE.match(folded, unit_end + 1)
    return q.end() if q and q.start() - unit_end <= 1 else unit_end


def reported_unit(r: Reading) -> str:
    """The unit a figure is reported in: counted people and jobs are persons, like «نفر»
    («۲ میلیون مسافر», «۱۲۰۰ فرصت شغلی»); the reading stays a count for the subject and
    list rules, which follow the counted noun."""
    if r.unit == "count" and r.noun is not None and r.noun in PERSON_COUNT_NOUNS:
        return "person"
    if r.unit == "count" and jobs_named_before(r):
        return "person"  # «اشتغال ایجاد شده را ۷۱۴ مورد ذکر کرد»: jobs counted are persons
    if r.unit == "count" and (head := PERSONS_UNLESS_AFTER.get(r.noun or "")) is not None:
        start = r.num.start
        if SIZED_BY_HOUSEHOLDS_RE.match(r.folded, r.unit_end):
            return "count"  # «۷۵۲ روستایی بالای ۲۰ خانوار»: villages sized by households
        return "count" if head.search(r.folded, max(0, start - 12), start) else "person"
    return r.unit


# Tatweel, short vowels and other Arabic marks written inside words («هـزار», «تُن»,
# «میلیـون»), and the second and later spaces of a run («۲۰  هزار  تن», as pages typed
# with doubled spaces show): the number and unit rules read the text without them.
# (tested as a class of marks, then a double space by substring: each runs in C without
# trying two branches at every character, several times faster over a text)
_MARK_CHAR_RE = re.compile("[\u0640\u064b-\u0655\u0670]")
_DOUBLE_SPACE_RE = re.compile("[ \t]{2}")


def _unmarked(text: str) -> tuple[str, list[int] | None]:
    """``text`` without tatweel, vowel marks and repeated spaces, and each kept offset's
    place in ``text`` (None when there is nothing to drop: the common case costs one scan)."""
    spaced = "  " in text or ("\t" in text and _DOUBLE_SPACE_RE.search(text) is not None)
    if not spaced and _MARK_CHAR_RE.search(text) is None:
        return text, None
    keep = [
        i
        for i, c in enumerate(text)
        if (c not in _MARK_CHARS or (c == _TATWEEL and i and text[i - 1].isdigit()))
        and not (c in " \t" and i and text[i - 1] in " \t")
    ]
    return "".join(text[i] for i in keep), [*keep, len(text)]


# «۱۰ـ گوجه فرنگی هر کیلوگرم ...»: a tatweel right after digits is the dash of a numbered
# list item, kept so that the item's number is not read as a count of the word after it
_TATWEEL = "\u0640"
_MARK_CHARS = frozenset(chr(c) for c in (0x640, *range(0x64B, 0x656), 0x670))


def extract_figures(text: str) -> list[Figure]:
    """All figures in `text`, in order of appearance (no de-duplication here). Offsets,
    ``text`` and ``sentence`` refer to the text as given, marks included."""
    clean, back = _unmarked(text)
    out = _figures(clean)
    if back is None:
        return out
    for f in out:
        # the sentence holds the figure, so it starts at most its own length before it
        s0 = clean.find(f.sentence, max(0, f.start - len(f.sentence)))
        if s0 >= 0:
            f.sentence = text[back[s0] : back[s0 + len(f.sentence) - 1] + 1]
        f.start, f.end = back[f.start], back[f.end - 1] + 1
        f.text = text[f.start : f.end].strip()
    return out


def _figures(text: str) -> list[Figure]:
    """``extract_figures`` on text without marks (the subject cues of a window asked
    twice found once: ``Prefiltered.reusing``)."""
    with SUBJECT_RE.reusing(fold(text)):
        return _figures_of(text)


def _figures_of(text: str) -> list[Figure]:
    state = Discourse()
    out: list[Figure] = []
    counts: list[tuple[Reading, Figure]] = []
    percentages: list[tuple[Reading, Figure]] = []
    amounts: list[tuple[Reading, Figure]] = []
    read: list[tuple[Reading, Figure]] = []
    for r, value, approx in readings(text):
        subject = count_subject(r, state) if r.unit == "count" else amount_subject(r, state)
        state.remember(r.unit, subject, r.si)
        end = _words_end(r.folded, r.unit_end)
        out.append(
            Figure(
                value=value,
                unit=reported_unit(r),
                subject=subject,
                kind=find_kind(r),
                approx=approx,
                period=find_period(r),
                text=text[r.start : end].strip(),
                sentence=text[r.sent.start : r.sent.end].strip(),
                start=r.start,
                end=end,
            )
        )
        read.append((r, out[-1]))
        if r.unit == "count":
            counts.append((r, out[-1]))
        elif r.unit == "percent":
            percentages.append((r, out[-1]))
        else:
            amounts.append((r, out[-1]))
    list_subjects(counts)
    counts_take_article_sector(counts, state)
    counts_by_last_resort(counts, state)
    sentence_kinds(percentages)
    list_items_share_kind(amounts)
    cut_sentence_continues(read)
    return out
