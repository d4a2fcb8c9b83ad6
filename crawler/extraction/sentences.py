"""Sentences and clauses: the spans every extraction stage reads its cues in."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from crawler.extraction.lexicon import CLAUSE_END_RE, SCALES
from crawler.extraction.persian import alt


class Span(NamedTuple):
    start: int
    end: int


# Sentence ends: newline(s), or . ! ? ؟ followed by whitespace / end (so «7.9» and «1403/02/23»
# stay inside a sentence), but not the dots of a spelt-out abbreviation: a dot after one or two
# letters next to another such dot («۴۸ هزار تی.ای. یو», «تی. ای. یو» once hazm spaced it).
# The pattern opens with the character class of its first characters (newline or the mark
# itself, the sentence ending after the mark): the regex engine then skips to them in C
# instead of trying the lookbehinds at every position (three times faster over an article).
# «5. 8 میلیون نفر», «25. 2 درصد»: a spaced decimal point (one to three digits, the dot, a
# space, one digit) before a percentage or a scale word is no sentence end: the number reader
# takes it as a decimal (``number_atoms._DIGITS``), so the sentence must hold the whole number.
_SPACED_DECIMAL = rf"(?!(?<=\d\.)(?<!\d{{4}}\.)\s\d\s?(?:درصد|[%٪]|{alt(SCALES)}))"
_SENT_END_RE = re.compile(
    r"[\n.!?؟](?:(?<=\n)\n*|(?<=[.!?؟])"
    r"(?<!\.[^\W\d]\.)(?<!\.[^\W\d]{2}\.)(?<!\.\s[^\W\d]\.)(?<!\.\s[^\W\d]{2}\.)"
    r"(?!\s[^\W\d]{1,2}\.)" + _SPACED_DECIMAL + r"(?=\s|$))"
)


def sentence_spans(text: str) -> list[Span]:
    """Split text into sentence spans (offsets into `text`), dropping empty ones.

    The figure and people stages both split the same text: the split is kept for the
    last few texts (a new list each call, so a caller may change its own)."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=16)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.start() if text[m.start()] == "\n" else m.end()  # the mark ends its sentence
        if end > pos:
            spans.append(Span(pos, end))
        pos = m.end()
    if pos < len(text):
        spans.append(Span(pos, len(text)))
    return tuple(s for s in spans if text[s.start : s.end].strip())


_COLON_RE = re.compile("[:؛]")  # ``CLAUSE_END_RE``'s own first branches


def clause_spans(text: str, sent: Span, statements: bool = True) -> list[Span]:
    """Split one sentence at «:», «؛» and «<verb> و»: «X گفت: Y» puts speaker and
    statement apart, «... است و ...» two statements (``statements=False``: not at «و»,
    for a figure whose own statement names no subject and continues the one before).

    Only finite verbs end a clause at «و», so «یک میلیارد و ۲۰۰ میلیون» and «صنعت، معدن و
    تجارت» are never split; «هدف صادرات دو میلیارد دلار است و ۳۴۰۰ نفر مشغول به کار
    شدند» is two statements with different subjects and kinds."""
    spans: list[Span] = []
    pos = sent.start
    # not at «و»: only the colons cut (a verb and its «و» hold no colon), found directly
    ends = CLAUSE_END_RE if statements else _COLON_RE
    for m in ends.finditer(text, sent.start, sent.end):
        at_wa = m.group().endswith("و")  # the verb stays with its clause, «و» goes
        if at_wa and not statements:
            continue
        spans.append(Span(pos, m.end() - 1 if at_wa else m.start()))
        pos = m.end()
    spans.append(Span(pos, sent.end))
    return [s for s in spans if s.end > s.start]


def span_at(spans: list[Span], pos: int, default: Span) -> Span:
    """The span holding ``pos`` (``default`` when none does)."""
    for c in spans:  # (a loop, not ``next`` over a generator: read once per figure and rule)
        if c.start <= pos < c.end:
            return c
    return default
