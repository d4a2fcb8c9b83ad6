"""What the figure rules read and produce: the document, one number's reading, the
running discourse state, and the ``Figure`` itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, overload

from crawler.extraction.figures.cues import np_subject
from crawler.extraction.lexicon import ANAPHOR_AFTER_RE, ANAPHOR_BEFORE_RE
from crawler.extraction.numbers import NumberSpan
from crawler.extraction.sentences import Span, clause_spans, span_at
from crawler.schema import FIGURE_KEYS  # the record's figure fields, declared once

__all__ = [
    "FIGURE_KEYS",
    "Doc",
    "Figure",
    "acts_on",
    "cached",
    "ignores",
    "needs",
    "rules_for",
    "rules_with_cues",
]


class cached[T]:  # noqa: N801 (used as a decorator, like cached_property)
    """``functools.cached_property`` without the bookkeeping its ``__get__`` does on every
    first read (the name check, the ``__dict__`` lookup, the sentinel test): a non-data
    descriptor is only asked while the instance's ``__dict__`` lacks the name, so storing
    the value there is the whole cache. The kind rules read about 55 such facts per
    article (``KindContext``, ``Reading``): their first reads were ~4 % of the stage."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


# ------------------------------------------------------------------ unit gates of rules
# Most figure rules open with a guard on the reading's unit alone («if r.unit != "percent":
# return None», «if r.unit not in MONEY_UNITS: return subject»): about half of the ~50
# kind and ~90 default-subject rule calls per figure only run that guard and leave. A rule
# marked with the units its guard lets through is left out of the chain for any other
# unit (``rules_for``: one tuple per chain and unit, built at its first use), so those
# calls are not made at all. The rule keeps its guard: called alone it reads the same,
# and an unmarked rule (a new one) runs for every unit as before.
_GATES: dict[Callable[..., object], tuple[frozenset[str] | None, frozenset[str]]] = {}
_CHAINS: dict[tuple[int, str], tuple[tuple[Any, ...], tuple[Any, ...]]] = {}


def acts_on[R: Callable[..., object]](*units: Collection[str] | str) -> Callable[[R], R]:
    """Mark a rule whose first guard lets through only ``units`` (unit names or sets of
    them, as the guard names them): outside them it gives nothing (a kind rule: None; a
    subject rule: the subject it was given)."""

    def mark(rule: R) -> R:
        _GATES[rule] = (_unit_set(units), _GATES.get(rule, (None, frozenset()))[1])
        return rule

    return mark


def ignores[R: Callable[..., object]](*units: Collection[str] | str) -> Callable[[R], R]:
    """Mark a rule whose first guard turns away ``units``: for them it gives nothing."""

    def mark(rule: R) -> R:
        _GATES[rule] = (_GATES.get(rule, (None, frozenset()))[0], _unit_set(units))
        return rule

    return mark


def _unit_set(units: tuple[Collection[str] | str, ...]) -> frozenset[str]:
    return frozenset(u for group in units for u in ((group,) if isinstance(group, str) else group))


def rules_for[R: Callable[..., object]](rules: tuple[R, ...], unit: str) -> tuple[R, ...]:
    """The rules of a chain that can act on a figure of ``unit``, in the chain's order
    (remembered per chain and unit: a dictionary read per figure)."""
    key = (id(rules), unit)
    kept = _CHAINS.get(key)
    if kept is None or kept[0] is not rules:  # (the chain itself is kept: ids are reused)
        kept = _CHAINS[key] = (rules, tuple(r for r in rules if _lets_through(r, unit)))
    return kept[1]


def _lets_through(rule: Callable[..., object], unit: str) -> bool:
    only, turned_away = _GATES.get(rule, (None, frozenset()))
    return (only is None or unit in only) and unit not in turned_away


# ------------------------------------------------------------------ cue gates of rules
# Many rules open with a cheap guard on a few plain words in a window of the clause or the
# sentence («"تعلق" not in f[r.unit_end : k.statement_end]: return None»): without one of
# those words there, the rule gives nothing. A rule marked with its words (``needs``) is
# left out of the chain for a figure whose clause (or sentence) holds none of them. Which
# declared words stand where is found once per sentence, by one scan for all of them
# (``Doc.cues``); the rule chain for a figure's unit and the words its clause and sentence
# hold is one tuple, remembered (a dictionary read per figure). The rule keeps its guard.
_NEEDS: dict[Callable[..., object], tuple[bool, frozenset[str]]] = {}  # rule -> (sentence?, words)
_CUE_CHAINS: dict[tuple[Any, ...], tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
_CUE_CHAINS_KEPT = 20_000  # (bounded: the combinations of words seen are few in practice)


def needs[R: Callable[..., object]](*words: str, sentence: bool = False) -> Callable[[R], R]:
    """Mark a rule that gives nothing (a kind rule: None; a subject rule: the subject it
    was given) unless one of ``words``, as plain text, stands in a window of the figure's
    clause (``sentence``: of its sentence): the window its first guard or cue search
    reads, every other answer coming after it. Words of two letters or more."""
    if not words or any(len(w) < 2 for w in words):
        raise ValueError(f"needs: words of two letters or more, not {words!r}")

    def mark(rule: R) -> R:
        _NEEDS[rule] = (sentence, frozenset(words))
        _CUE_SCAN.clear()  # (rebuilt at its next use, with these words in it)
        return rule

    return mark


# The scan of every declared word: one branch per first letter, that letter then a
# lookahead for the longest word's rest (so the scan skips in C to those letters, and
# every position is tried: a word inside another word is found too), and for each word
# found, the declared words that are its prefixes (found at the same place).
_CUE_SCAN: list[Any] = []


def _cue_scan() -> tuple[re.Pattern[str], list[str], dict[str, tuple[tuple[str, int], ...]]]:
    if not _CUE_SCAN:
        words = sorted({w for _, ws in _NEEDS.values() for w in ws})
        by_first: dict[str, list[str]] = {}
        for w in words:
            by_first.setdefault(w[0], []).append(w[1:])
        firsts = list(by_first)
        source = "|".join(
            re.escape(c)
            + "(?=("
            + "|".join(re.escape(rest) for rest in sorted(by_first[c], key=len, reverse=True))
            + "))"
            for c in firsts
        )
        prefixes = {w: tuple((p, len(p)) for p in words if w.startswith(p)) for w in words}
        _CUE_SCAN[:] = [re.compile(source or "(?!)"), firsts, prefixes]
    return _CUE_SCAN[0], _CUE_SCAN[1], _CUE_SCAN[2]


def rules_with_cues[R: Callable[..., object]](
    rules: tuple[R, ...], unit: str, doc: Doc, sent: Span, clause: Span
) -> tuple[R, ...]:
    """``rules_for(rules, unit)`` without the rules marked by ``needs`` whose words stand
    neither in ``clause`` nor (for those so marked) in ``sent``."""
    in_sent, in_clause = doc.cues(sent, clause)
    key = (id(rules), unit, in_clause, in_sent)
    kept = _CUE_CHAINS.get(key)
    if kept is None or kept[0] is not rules:  # (the chain itself is kept: ids are reused)
        kept = (rules, tuple(r for r in rules_for(rules, unit) if _cued(r, in_sent, in_clause)))
        if len(_CUE_CHAINS) < _CUE_CHAINS_KEPT:
            _CUE_CHAINS[key] = kept
    return kept[1]


def _cued(rule: Callable[..., object], in_sent: frozenset[str], in_clause: frozenset[str]) -> bool:
    need = _NEEDS.get(rule)
    if need is None:
        return True
    sentence, words = need
    return not words.isdisjoint(in_sent if sentence else in_clause)


@dataclass
class Figure:
    """One figure: value and unit, what it measures (subject), what kind of statement it
    is, approximation and period; ``text``/``sentence`` are the words as written and
    ``start``/``end`` their offsets (used to choose among restatements, not exported)."""

    value: int | float
    unit: str
    subject: str | None
    kind: str | None
    approx: str | None
    period: str | None
    text: str
    sentence: str
    start: int
    end: int

    def record(self) -> dict[str, Any]:
        """The figure as the record carries it (``FIGURE_KEYS``, in that order)."""
        return {k: getattr(self, k) for k in FIGURE_KEYS}


@dataclass
class Doc:
    """A text, its folded copy, its sentences, and its clauses (cut once per sentence)."""

    text: str
    folded: str
    sents: list[Span]
    _split: dict[tuple[Span, bool], list[Span]] = field(default_factory=dict)
    # keyed by the pattern's identity: hashing a compiled pattern hashes its whole code
    # (1-2 µs a time for a cue list), and the patterns are module constants
    _found: dict[tuple[int, int, int], list[re.Match[str]]] = field(default_factory=dict)
    # (start, end, word) of each word ``needs`` declares, per sentence (``cues``)
    _hits: dict[Span, list[tuple[int, int, str]]] = field(default_factory=dict)
    _cues: dict[tuple[Span, Span], tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict
    )

    def matches(self, regex: re.Pattern[str], span: Span) -> list[re.Match[str]]:
        """The matches of ``regex`` in a clause, found once for all its figures."""
        key = (id(regex), span.start, span.end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = list(regex.finditer(self.folded, span.start, span.end))
        return found

    def cues(self, sent: Span, clause: Span) -> tuple[frozenset[str], frozenset[str]]:
        """The words declared by ``needs`` that stand in ``sent`` and in ``clause`` (a
        clause outside its sentence: every word, so that no rule is left out); the
        sentence is scanned once, the answer kept per clause (both chains ask it)."""
        key = (sent, clause)
        found = self._cues.get(key)
        if found is not None:
            return found
        hits = self._hits.get(sent)
        if hits is None:
            scan, firsts, prefixes = _cue_scan()
            hits = self._hits[sent] = [
                (m.start(), m.start() + n, w)
                for m in scan.finditer(self.folded, sent.start, sent.end)
                for w, n in prefixes[firsts[m.lastindex - 1] + m.group(m.lastindex)]  # type: ignore[operator]
            ]
        lo, hi = clause.start, clause.end
        if lo < sent.start or hi > sent.end:
            every = frozenset(_cue_scan()[2])
            found = every, every
        else:
            in_sent = frozenset([w for _, _, w in hits])
            found = in_sent, frozenset([w for s, e, w in hits if s >= lo and e <= hi])
        self._cues[key] = found
        return found

    def clause_at(self, sent: Span, pos: int, statements: bool = True) -> Span:
        """The clause of ``sent`` holding ``pos`` (``statements=False``: not cut at «و»)."""
        key = (sent, statements)
        if key not in self._split:
            self._split[key] = clause_spans(self.text, sent, statements)
        return span_at(self._split[key], pos, sent)


@dataclass
class Discourse:
    """What earlier figures said, for the figures that refer back to them."""

    last_count: tuple[int, str | None] | None = None  # (sentence index, subject) of a count
    last_count_at: int = -1  # where that count's number starts
    last_subject: str | None = None  # of the latest figure, subject or not
    last_amount_subject: str | None = None  # of the latest figure that is not a count
    last_amount_si: int = -1  # the sentence of that figure
    last_amount_unit: str | None = None  # and its unit
    count_subjects: dict[str, str | None] = field(default_factory=dict)  # noun -> subject
    # the sector the whole article is about, read once when a figure first needs it
    article_sector: str | None = None
    article_read: bool = False
    public_finance: bool | None = None  # the text is about public funds (read once)
    about_loans: bool | None = None  # the text names loans anywhere (read once)
    # unit -> (sentence index, subject) of the latest amount in that unit («۵۳ هکتار دیگر»)
    last_in_unit: dict[str, tuple[int, str | None]] = field(default_factory=dict)

    def remember(self, unit: str, subject: str | None, si: int = -1) -> None:
        """An anaphor refers to the latest figure; «این رقم» to the latest amount."""
        self.last_subject = subject
        if unit != "count":
            self.last_amount_subject, self.last_amount_si = subject, si
            self.last_amount_unit = unit
            self.last_in_unit[unit] = (si, subject)


@dataclass
class Reading:
    """One number read as a figure: where it stands and what follows it."""

    doc: Doc
    num: NumberSpan
    si: int  # sentence index
    sent: Span
    clause: Span
    unit: str
    noun: str | None  # the counted noun, for counts
    unit_end: int
    start: int  # where the figure's words start (the approximation word, if any)
    # the document's folded text, read by every rule (~11 reads per figure): an attribute,
    # not a property that calls into ``doc`` at each read
    folded: str = field(init=False, repr=False, compare=False)

    # ``np_subject`` of the number by ``part``, read once: the subject search and six
    # default rules each ask it (the same clause, number and unit end)
    _np: dict[bool, str | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.folded = self.doc.folded
        self._np = {}

    def np_subject(self, *, part: bool = False) -> str | None:
        """The subject cue in the noun phrase right after the unit (``cues.np_subject``
        over the reading's clause), found once per reading and ``part``."""
        found = self._np
        if part not in found:
            found[part] = np_subject(
                self.folded, self.clause, self.num.start, self.unit_end, part=part
            )
        return found[part]

    @cached
    def anaphor_after(self) -> bool:
        """«۴۰ درصد آن», «۷۰ درصد این کالاها»: a pronoun right after the unit."""
        return ANAPHOR_AFTER_RE.match(self.folded, self.unit_end) is not None

    @property
    def part_of(self) -> bool:
        """A percentage of what came before («۴۰ درصد آن»)."""
        return self.unit == "percent" and self.anaphor_after

    @cached
    def anaphor(self) -> bool:
        """The figure refers back: a pronoun after the unit or «این رقم/تعداد» before it."""
        return (
            self.anaphor_after
            or ANAPHOR_BEFORE_RE.search(self.folded, self.clause.start, self.num.start) is not None
        )
