"""Persian text: the project's one folding function, word boundaries, month names.

Every module that compares Persian text goes through ``fold`` (digits, Arabic letter
forms, ZWNJ), so a word written «سرمایه‌گذاری», «سرمايه گذاري» or «سرمایهگذاری» is one
word everywhere. ``fold`` keeps string LENGTH unchanged, so offsets found in the folded
text are valid in the original: every stage matches on folded text but reports surfaces
sliced from what the caller gave.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from crawler.data import load

ZWNJ = "\u200c"

# One-to-one character folding: digits to ASCII, Arabic letter forms to Persian ones, the
# zero-width non-joiner and bidi marks to a plain space. Pages drop or keep ZWNJ at random
# («خوشه‌های», «خوشههای», «خوشه های»), so treating it as a space and allowing an optional
# space inside multiword lexicon entries covers all three spellings.
_FOLD_PAIRS: tuple[tuple[str, str], ...] = (
    *((d, str(i)) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")),
    *((d, str(i)) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")),
    *zip("يىكۀةأإ", "ییکههاا", strict=True),
    *((c, " ") for c in "\u200c\u200d\u200e\u200f\u00a0\u202f\ufeff"),
)


# A web address (round 40): «منبع: https://www.example.com/news/5712279/%D9%BE...», a
# markdown link «[...](https://...)», or a bare percent-encoded Persian slug (UTF-8 lead
# byte %D8-%DB, continuation %80-%BF). Its digits are never figures, and hazm would space
# it out into «https: / / www. example. com / news / 5712279 / %D 9 ...».
_URL_CHARS = r"[^\s«»\"'<>()\[\]]"
URL_RE = re.compile(
    r"(?:https?://|www\.)" + _URL_CHARS + "+"
    r"|" + _URL_CHARS + r"*(?:%[Dd][89ABab]%[89ABab][0-9A-Fa-f])+" + _URL_CHARS + "*"
)
_URL_MARKS = ("http", "www.", "%D", "%d")


def has_url_mark(text: str) -> bool:
    """Cheap guard before ``URL_RE``: the text holds a scheme, «www.» or a «%D» escape."""
    return any(m in text for m in _URL_MARKS)


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Return `text` with digits, letter variants and ZWNJ folded, same length as the input.

    Chained str.replace (with an `in` pre-check) is several times faster than str.translate
    with a non-ASCII table; the cache serves the stages that fold the same document again
    (one entry: the last long text, recognised by identity).
    """
    if text is _FOLDED[0]:  # the same document again (people, numbers, figures, places)
        return _FOLDED[1]
    given = text
    for src, dst in _FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    if len(given) > 200:  # worth remembering: a document, not a phrase or a word
        _FOLDED[:] = given, text
    return text


# The last long text folded and its folded copy (compared by identity: the same object).
_FOLDED: list[str | None] = [None, None]


_KEY_DROP_RE = re.compile(r"[\s\u200c\u200d\u0640،,.:؛;«»\"'()\[\]\-_/]+")


def key(text: str | None) -> str:
    """Comparison key: folded, with spaces, ZWNJ, tatweel and punctuation removed.

    Gold strings and outlet spellings differ only in these (شهرک‌های / شهرکهای / شهرک های).
    """
    if not text:
        return ""
    return _key(text)


@lru_cache(maxsize=8192)  # place names, datelines, figure words: the same few, page after page
def _key(text: str) -> str:
    return _KEY_DROP_RE.sub("", fold(text))


# Word boundary for Persian text: letters and digits are \w in Python's Unicode regexes.
WB_CLASS = r"[\w]"  # what may not stand before a word (``literal_led``'s ``not_before``)
WB_L = rf"(?<!{WB_CLASS})"
WB_R = r"(?![\w])"
# Between the parts of a lexicon phrase in FOLDED text: a space, or nothing.
FLEX_JOIN = r"\s?"
# The same in raw text, where the parts may also be joined by a ZWNJ.
RAW_JOIN = "[\u200c ]?"


def flex(phrase: str, joiner: str = FLEX_JOIN) -> str:
    """Regex source for a lexicon phrase where every space may be a space, ZWNJ or nothing."""
    return joiner.join(re.escape(p) for p in fold(phrase).split())


def seq(words: Iterable[str], joiner: str = FLEX_JOIN) -> str:
    """Alternation of lexicon phrases in the order given (the order is the rule)."""
    return "|".join(flex(w, joiner) for w in words)


def two_lists_re(before: str, first: str, gap: str, second: Iterable[str]) -> re.Pattern[str]:
    """A phrase of one word list, a gap, then a phrase of a second named list ending at a
    word boundary: ``before`` + ``(?:first)`` + ``gap`` + ``(?:seq(second))``. ``first`` is
    regex source (``seq`` or ``groups`` of a list). Why: several rules read two named lists
    a few words apart (a copula then a realised predicate, a flow verb then its auxiliary, a
    neighbour then a border verb); the lists stay data and the shape is written once."""
    return re.compile(before + "(?:" + first + ")" + gap + "(?:" + seq(second) + ")" + WB_R)


# A phrase boundary inside a trie: matched as FLEX_JOIN.
_JOIN = object()


def alt(words: Iterable[str]) -> str:
    """Alternation of lexicon phrases where the longest wins («هدف گذاری» over «هدف»).

    Built as a character trie (``(?:ا(?:ب|ت)|...)``), not a flat list: Python's regex
    engine tries a flat alternation's branches one by one at every position, so a list of
    a thousand names costs a thousand attempts per character; the trie costs one. The
    trie's optional tails are greedy, so the longest phrase that matches is the one found,
    as with a longest-first list.
    """
    return _trie_source(_trie(words))


def whole_word_alt(words: Iterable[str]) -> str:
    """Regex source of ``seq(words)`` for a list that is always followed by ``WB_R``: the
    trie of ``alt`` where that finds the same match, else ``seq`` itself.

    Where two phrases both match at a position, one's letters are a prefix of the other's.
    If the shorter one's letters end inside a word of the longer one, before a word
    character, the shorter match is followed by that character and fails ``WB_R``: at most
    one phrase then passes ``WB_R`` at any position, so the order the phrases are tried in
    (the list's in ``seq``, the longest first in the trie) never changes the match, and the
    trie costs one branch test per character instead of one per phrase. A list where a
    phrase ends where a word of another ends (or before a non-word character) keeps its
    order: ``seq``."""
    listed = list(words)
    parts = [fold(w).split() for w in listed]
    for short in parts:
        letters = "".join(short)
        for long in parts:
            joined = "".join(long)
            if len(joined) <= len(letters) or not joined.startswith(letters):
                continue
            ends = {sum(map(len, long[: i + 1])) for i in range(len(long))}
            if len(letters) in ends or not re.match(r"\w", joined[len(letters)]):
                return seq(listed)
    return alt(listed)


def _trie(words: Iterable[str]) -> dict:
    """The phrases as nested dicts by character (``_JOIN`` between words, ``None`` where a
    phrase ends): the one structure both trie writers read."""
    root: dict = {}
    for phrase in words:
        node = root
        for i, part in enumerate(fold(phrase).split()):
            if i:
                node = node.setdefault(_JOIN, {})
            for char in part:
                node = node.setdefault(char, {})
        node[None] = {}
    return root


def _trie_source(node: dict) -> str:
    branches = [
        (FLEX_JOIN if unit is _JOIN else re.escape(unit)) + _trie_source(child)
        for unit, child in node.items()
        if unit is not None
    ]
    if not branches:
        return ""
    ends_here = None in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


def word_trie(words: Iterable[str]) -> str:
    """Regex source of ``WB_L + "(?:" + alt(words) + ")"`` (a word start, then the longest
    of ``words``), written literal-led like ``literal_led``: one trie per first character,
    the boundary tested after that character. Faster to search only where the words open
    with few letters (a forecast verb list: a third faster over a text; a long noun list
    may be slower): measure before using it."""
    root = _trie(words)
    branches = [
        re.escape(first) + f"(?<!{WB_CLASS}(?s:.))" + _trie_source(child)
        for first, child in root.items()
        if first is not None
    ]
    return "(?:" + "|".join(branches) + ")"


def phrase_starts(words: Iterable[str], tail: str) -> str:
    """Regex source that matches, with no width, where one of ``words`` starts as a whole
    word and is followed by ``tail``: a word start, then the phrases' trie and the tail
    in a lookahead. A scan finds every such place, also where two phrases overlap
    («اظهار کرد» and «کرد»), so one scan serves several lists searched over the same
    text: every match of each list's own pattern starts at one of them. (Written
    literal-led, one branch per first letter, it scanned a fifth slower: the lists open
    with a dozen common letters.)"""
    return f"{WB_L}(?=(?:{alt(words)}){tail})"


def literal_led(
    words: Iterable[str], not_before: str | None, joiner: str = FLEX_JOIN, tail: str = ""
) -> str:
    """``(?<!not_before)(?:w1|w2|...)tail`` for phrases in the order given, written so that
    every branch opens with a literal character: ``c(?<!not_before.)(?:rest1|rest2)tail``
    per first character ``c`` (the lookbehind, taken after ``c``, still looks at the
    character before the phrase).

    Python's regex engine can then skip in C to the positions where one of those characters
    stands; a pattern opening with a lookbehind is tried at every position. Only branches
    with different first characters change places, and two such never match at the same
    position, so the first phrase that matches is still the one found. Use it for the
    whole branch list of a pattern scanned over long text (``not_before``: one character
    class such as ``[\\w]``; None: no boundary, the phrases alone, as ``(?:seq)tail``)."""
    by_first: dict[str, list[str]] = {}
    for phrase in words:
        source = flex(phrase, joiner)
        first = re.escape(fold(phrase).split()[0][0])
        by_first.setdefault(first, []).append(source[len(first) :])
    if not by_first:  # no phrase: the boundary alone, as ``(?<!not_before)(?:)tail``
        return f"(?<!{not_before}){tail}" if not_before is not None else tail
    behind = f"(?<!{not_before}(?s:.))" if not_before is not None else ""
    return "|".join(
        f"{first}{behind}(?:{'|'.join(rests)}){tail}" for first, rests in by_first.items()
    )


def groups(entries: Iterable[tuple[str, Iterable[str]]]) -> str:
    """Named groups ``(?P<label>...)`` of phrase alternations, in the order given."""
    return "|".join(f"(?P<{name}>{alt(words)})" for name, words in entries)


class Prefiltered:
    """A pattern searched through a cheaper ``finder`` that matches at least wherever the
    pattern does (at the same start): ``search`` and ``finditer`` find the next position
    where the finder matches and try the pattern there alone, so they return exactly the
    pattern's own matches. For patterns that try many alternatives at every word start
    (dozens of labelled lists, a dozen period forms) over clauses read once per figure."""

    def __init__(self, exact: re.Pattern[str], finder: re.Pattern[str]) -> None:
        self.exact = exact
        self._finder = finder
        self.pattern = exact.pattern
        self.match = exact.match
        self.fullmatch = exact.fullmatch
        # ``reusing``: the one text whose windows' answers are kept, and those answers
        self._text: str | None = None
        self._windows: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._firsts: dict[tuple[int, int], re.Match[str] | None] = {}

    @contextmanager
    def reusing(self, text: str) -> Iterator[None]:
        """Within the block, answer a search or scan of a window of ``text`` (the very
        object) asked before with the matches found then: the figure rules ask the same
        clause or segment of one document several times (about a quarter of
        ``SUBJECT_RE``'s searches per article repeat an earlier one). The answers are
        the same matches the pattern finds (the same text and window give the same
        matches); they are dropped when the block ends, so nothing is kept from one
        extraction to the next."""
        self._text = text
        try:
            yield
        finally:
            self._text = None
            self._windows = {}
            self._firsts = {}

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The pattern's first match in ``text[pos:endpos]``."""
        if text is self._text:
            key = (pos, endpos)
            found = self._windows.get(key)
            if found is not None:
                return found[0] if found else None
            if key in self._firsts:
                return self._firsts[key]
            first = self._firsts[key] = self._search(text, pos, endpos)
            return first
        return self._search(text, pos, endpos)

    def _search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        find, exact = self._finder.search, self.exact.match
        while (found := find(text, pos, endpos)) is not None:
            m = exact(text, found.start(), endpos)
            if m is not None:
                return m
            pos = found.start() + 1  # the finder matches more often than the pattern
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches, as ``re.Pattern.finditer`` finds them (none is empty)."""
        if text is self._text:
            key = (pos, endpos)
            found = self._windows.get(key)
            if found is None:
                found = self._windows[key] = list(self._finditer(text, pos, endpos))
            return iter(found)
        return self._finditer(text, pos, endpos)

    def _finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        find, exact = self._finder.search, self.exact.match
        while (found := find(text, pos, endpos)) is not None:
            m = exact(text, found.start(), endpos)
            if m is None:  # the finder matches more often than the pattern
                pos = found.start() + 1
                continue
            yield m
            pos = m.end()


class LabelledWords(Prefiltered):
    """A whole-word pattern of labelled phrase lists (``groups``: the first list that
    matches at a position gives ``lastgroup``), searched through one unlabelled trie of all
    the phrases (the same phrases and boundaries, so it matches wherever the labelled
    pattern does): with dozens of labels the labelled pattern alone tries every label's
    list at every word start (searching through the trie is twice as fast on a clause)."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]]) -> None:
        listed = [(label, list(words)) for label, words in entries]
        super().__init__(
            re.compile(WB_L + "(?:" + groups(listed) + ")" + WB_R),
            re.compile(WB_L + "(?:" + alt(w for _, words in listed for w in words) + ")" + WB_R),
        )


def word_alt(words: Iterable[str], joiner: str = FLEX_JOIN) -> str:
    """Regex source of ``WB_L + "(?:" + seq(words) + ")"`` (a word start, then the first of
    ``words`` in the order given that matches), written with ``literal_led`` so that it is
    searched fast over a clause or a window before a number."""
    return "(?:" + literal_led(words, WB_CLASS, joiner) + ")"


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, in the order given (``WB_L(?:seq)WB_R``, written
    with ``literal_led``: searched over a clause, it no longer tries every word of the
    list at every word start)."""
    return re.compile(word_alt(words) + WB_R)


_CALENDAR = load("calendar.json")
# The solar Hijri months in order, other spellings, and Gregorian months in Persian.
JALALI_MONTHS: tuple[str, ...] = tuple(_CALENDAR["jalali_months"])
GREGORIAN_MONTHS: tuple[str, ...] = tuple(_CALENDAR["gregorian_months"])
MONTH_NUMBER: dict[str, int] = {m: i for i, m in enumerate(JALALI_MONTHS, 1)} | _CALENDAR[
    "month_variants"
]
