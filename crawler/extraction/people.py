"""People and their roles as written in provincial news copy.

Persons are spotted by ``names.find_names`` (a given-name lexicon, then the surname).
Roles are read with the
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

import re
from dataclasses import dataclass
from typing import Any

from crawler.extraction.lexicon import (
    HONORIFIC_BEFORE_RE,
    OPENER_RE,
    PROTECT_RE,
    ROLE_HEAD_RE,
    SRC_PREFIX_RE,
    TERM_RE,
)
from crawler.extraction.names import find_names
from crawler.extraction.persian import fold, key
from crawler.extraction.provinces import NAME_RE as PLACE_RE
from crawler.extraction.sentences import Span, sentence_spans

_PROTECT_CHAR = "\x01"
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


def _unnamed_roles(text: str, folded: str, prot: str, sents: list[Span]) -> list[tuple[int, str]]:
    """(sentence index, role) of every sentence that opens with a role and no name
    («مدیرکل صنعت ... کردستان گفت: ...»), after an attribution, scene opener or
    «ایسنا/کردستان» prefix; the role is cut after its last place name."""
    pending: list[tuple[int, str]] = []
    for idx, s in enumerate(sents):
        body_start = s.start + len(folded[s.start : s.end]) - len(folded[s.start : s.end].lstrip())
        pm = OPENER_RE.match(folded, body_start, s.end)
        if pm:
            body_start = pm.end()
        sm = SRC_PREFIX_RE.match(folded, body_start, s.end)
        if sm:
            place = PLACE_RE.match(folded, sm.end(), s.end)
            body_start = (place.end() if place else sm.end()) + 1
        span = _role_at(text, prot, body_start, s.end)
        if span:
            span = _trim_to_place(text, folded, span)
            pending.append((idx, text[span[0] : span[1]].strip()))
    return pending


def _role_span(
    prot: str, sent: Span | None, start: int, end: int, used: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The role after a name («X، معاون ...», «X به عنوان رئیس ...») or else before it
    («استاندار قزوین، X»), unless that role already belongs to someone else."""
    limit = sent.end if sent else len(prot)
    gap = _AS_RE.match(prot, end, limit)
    span = _role_at(prot, prot, gap.end() if gap else end, limit)
    if span and span[1] > span[0]:
        return span
    lo = sent.start if sent else 0
    for m in ROLE_HEAD_RE.finditer(prot, max(lo, start - 120), start):
        between = prot[m.start() : start].rstrip(" ،,")
        if TERM_RE.search(between, m.end() - m.start()):
            continue
        cand = (m.start(), m.start() + len(between))
        if not any(a < cand[1] and cand[0] < b for a, b in used):
            return cand
        return None
    return None


def _hand_over(
    people: list[Person], pending: list[tuple[int, str]], folded: str, sents: list[Span]
) -> None:
    """Unnamed speaker roles go to the next person who opens a sentence without a role
    of their own (within five sentences)."""
    for p in people:
        if p.role or p.sentence >= len(sents):
            continue
        head = folded[sents[p.sentence].start : p.start]
        head = OPENER_RE.sub("", head, count=1)
        head = HONORIFIC_BEFORE_RE.sub("", head.strip())
        if head.strip():
            continue
        cands = [(i, r) for i, r in pending if p.sentence - 5 <= i < p.sentence]
        if cands:
            p.role = cands[-1][1]
            pending.remove(cands[-1])


def _merge(people: list[Person]) -> list[dict[str, Any]]:
    """One entry per name (spelling differences ignored), the first role found kept."""
    out: dict[str, dict[str, Any]] = {}
    for p in people:
        k = key(p.name)
        if k in out:
            if out[k]["role"] is None and p.role:
                out[k]["role"] = p.role
            continue
        out[k] = {"name": p.name.strip(), "role": p.role}
    return list(out.values())


def extract_people(text: str) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """People with roles, in order of first mention, and the name spans (for masking)."""
    folded = fold(text)
    prot = _protect(folded)
    sents = sentence_spans(text)
    names = find_names(text)
    pending = _unnamed_roles(text, folded, prot, sents)
    people: list[Person] = []
    used_roles: list[tuple[int, int]] = []
    for ns, ne in names:
        si = next((i for i, s in enumerate(sents) if s.start <= ns < s.end), len(sents))
        p = Person(text[ns:ne], ns, ne, si)
        p.role_span = _role_span(prot, sents[si] if si < len(sents) else None, ns, ne, used_roles)
        if p.role_span:
            used_roles.append(p.role_span)
            p.role = text[p.role_span[0] : p.role_span[1]].strip(" ،,")
        people.append(p)
    _hand_over(people, pending, folded, sents)
    return _merge(people), names
