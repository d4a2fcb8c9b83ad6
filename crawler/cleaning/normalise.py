"""hazm normalisation that keeps numbers parseable, plus a conservative ZWNJ repair.

hazm's defaults rewrite Latin digits as Persian and decimal points as «٫», and its
spacing rules put spaces around separators next to digits (``۱۴۰۳/۰۲/۲۳`` becomes
``۱۴۰۳ / ۰۲ / ۲۳``, ``۳٫۷`` becomes ``۳ ٫ ۷``, ``1,250`` becomes ``1 , 250``). The figures
are read from this text and analysts read it too, so digits are left as written and
every separator that sat tight between two digits in the input is put back tight; a
list written «۲، ۳» or «2, 3» keeps its space.

hazm restores the zero-width non-joiner after «می» and before «ها» when the stem ends in
«ه» (مییابد → می‌یابد, خوشههای → خوشه‌های), but not after other joining letters
(شهرکهای, اولویتهای, سازمانها) nor inside lexicon compounds (بینالملل). Those are
repaired from hazm's own lexicon, and only when the written form is not itself a word,
so «شهرها», «دانشگاه», «میزان», «میدان» or «تنها» are never touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hazm import Normalizer

from crawler.cleaning.hazm_data import WordTable, derived, word_table
from crawler.cleaning.hazm_data import install as install_hazm_data
from crawler.extraction.persian import URL_RE, has_url_mark

_DIGIT = "0-9۰-۹٠-٩"
# A separator between two digits, with whatever spaces surround it.
_NUM_SEP = re.compile(rf"(?<=[{_DIGIT}])([ \t]*)([٫٬,./:،])([ \t]*)(?=[{_DIGIT}])")
ZWNJ = "\u200c"
# Persian letter runs (a ZWNJ inside a word keeps the run whole).
_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c]+")
# Plural/possessive endings written after «ها».
_HA_SUFFIX = re.compile(r"^(.{2,}?)(ها(?:یی|یشان|یتان|یمان|یش|یت|یم|ی)?|هاست)$")
# Letters that join the next one: after them a missing ZWNJ changes the written word.
_JOINING = frozenset("بپتثجچحخسشصضطظعغفقکگلمنهیئ")


# hazm's word list read once per process and its verb forms built once per machine.
install_hazm_data()


@lru_cache(maxsize=1)
def _lexicon() -> tuple[WordTable, dict[str, str]]:
    """hazm's words (the tokenizer's table, shared), and the ZWNJ-less spelling →
    lexicon spelling of its compounds."""
    return word_table(), derived("zwnj-compounds", _build_compounds)


def _build_compounds() -> dict[str, str]:
    words = word_table()
    spellings: dict[str, set[str]] = {}
    for word in words:
        if ZWNJ in word:
            joined = word.replace(ZWNJ, "")
            if joined not in words:
                spellings.setdefault(joined, set()).add(word)
    # Two lexicon words with one ZWNJ-less spelling (مجموع‌های / مجموعه‌ای) are a guess.
    return {joined: next(iter(s)) for joined, s in spellings.items() if len(s) == 1}


def restore_zwnj(word: str) -> str:
    """The word with a missing ZWNJ put back, or unchanged when that is not certain."""
    if ZWNJ in word or len(word) < 4:
        return word
    words, compounds = _lexicon()
    if word in words:
        return word
    if word in compounds:
        return compounds[word]
    match = _HA_SUFFIX.match(word)
    if match:
        stem, suffix = match.groups()
        # «مجموعهای» may be مجموع‌های or مجموعه‌ای: left alone when «<stem>ه» is a word.
        ambiguous = suffix.startswith("های") and f"{stem}ه" in words
        if stem[-1] in _JOINING and stem[-1] != "ه" and stem in words and not ambiguous:
            return f"{stem}{ZWNJ}{suffix}"
    return word


def _restore_all(text: str) -> str:
    return _WORD.sub(lambda m: restore_zwnj(m.group(0)), text)


@lru_cache(maxsize=1)
def _normalizer() -> Normalizer:
    return Normalizer(persian_numbers=False, persian_style=False)


# A ZWNJ only means something between two letters; anywhere else hazm leaves it stranded
# next to a space (and removes it on a second pass), so it goes now.
_STRAY_ZWNJ = re.compile(r"(?<![^\W\d_])\u200c|\u200c(?![^\W\d_])")
_SPACES = re.compile(r"[ \t]{2,}")


def rejoin_numbers(original: str, normalised: str) -> str:
    """Undo hazm's spaces inside numbers: the n-th digit-separator-digit of the output is
    made tight again when the n-th one of the input was tight.

    hazm never reorders text, so the two sequences line up; if their counts differ (hazm
    dropped or merged something) only «/» is rejoined, which is never a list separator.
    """
    tight = [not (m.group(1) or m.group(3)) for m in _NUM_SEP.finditer(original)]
    found = list(_NUM_SEP.finditer(normalised))
    if len(found) != len(tight):
        tight = [m.group(2) == "/" for m in found]
    pieces: list[str] = []
    last = 0
    for match, was_tight in zip(found, tight, strict=True):
        if was_tight:
            pieces.append(normalised[last : match.start()])
            pieces.append(match.group(2))
            last = match.end()
    pieces.append(normalised[last:])
    return "".join(pieces)


# «۱۰ـ گوجه فرنگی هر کیلوگرم ...»: a tatweel right after digits is the dash of a numbered list
# item; hazm drops tatweels, which would leave «۱۰ گوجه» (a count of tomatoes), so it is
# written as the dash it stands for first.
_DIGIT_TATWEEL = re.compile(rf"(?<=[{_DIGIT}])\u0640+")


# Web addresses are kept as written (round 40): hazm spaces out their punctuation and
# splits digits from letters («%D 9 %BE»), after which no reader can tell them from text.
# Each is swapped for a private-use mark hazm leaves alone, and put back afterwards.
_URL_SLOT = "\ue000"


def _normalise_once(text: str) -> str:
    if has_url_mark(text) and _URL_SLOT not in text:
        urls = URL_RE.findall(text)
        if urls:
            out = _normalise_plain(URL_RE.sub(_URL_SLOT, text))
            if out.count(_URL_SLOT) == len(urls):
                pieces = out.split(_URL_SLOT)
                return "".join(p + u for p, u in zip(pieces, [*urls, ""], strict=True))
    return _normalise_plain(text)


def _normalise_plain(text: str) -> str:
    if "\u0640" in text:
        text = _DIGIT_TATWEEL.sub("-", text)
    out = _normalizer().normalize(text)
    out = _restore_all(out)
    out = rejoin_numbers(text, out)
    return _SPACES.sub(" ", _STRAY_ZWNJ.sub("", out)).strip()


def normalise_text(text: str | None) -> str | None:
    """Unify characters, fix ZWNJ spacing (می‌شود, خوشه‌های), keep numbers as written.

    hazm alone is not idempotent (a removed diacritic or a stray ZWNJ leaves spacing that
    its next pass changes again), and records are re-normalised when re-extracted, so the
    result is taken to a fixed point: almost always the second pass changes nothing.
    """
    if text is None:
        return None
    out = _normalise_once(text)
    for _ in range(3):
        again = _normalise_once(out)
        if again == out:
            break
        out = again
    return out or None
