"""hazm normalisation that keeps numbers parseable, plus a conservative ZWNJ repair.

hazm's defaults rewrite Latin digits as Persian and decimal points as «٫», and its
spacing rules put spaces around «/» (``۱۴۰۳/۰۲/۲۳`` becomes ``۱۴۰۳ / ۰۲ / ۲۳``). The
figures are read from this text, so digits are left as written and slashes between
digits are put back.

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
from hazm.utils import words_list

_DIGIT = "0-9۰-۹٠-٩"
_SPACED_SLASH = re.compile(rf"(?<=[{_DIGIT}]) / (?=[{_DIGIT}])")
ZWNJ = "\u200c"
# Persian letter runs (a ZWNJ inside a word keeps the run whole).
_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c]+")
# Plural/possessive endings written after «ها».
_HA_SUFFIX = re.compile(r"^(.{2,}?)(ها(?:یی|یشان|یتان|یمان|یش|یت|یم|ی)?|هاست)$")
# Letters that join the next one: after them a missing ZWNJ changes the written word.
_JOINING = frozenset("بپتثجچحخسشصضطظعغفقکگلمنهیئ")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, str]]:
    """hazm's words, and the ZWNJ-less spelling → lexicon spelling of its compounds."""
    words = frozenset(w[0] if isinstance(w, tuple) else w for w in words_list())
    spellings: dict[str, set[str]] = {}
    for word in words:
        if ZWNJ in word:
            joined = word.replace(ZWNJ, "")
            if joined not in words:
                spellings.setdefault(joined, set()).add(word)
    # Two lexicon words with one ZWNJ-less spelling (مجموع‌های / مجموعه‌ای) are a guess.
    compounds = {joined: next(iter(s)) for joined, s in spellings.items() if len(s) == 1}
    return words, compounds


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


def normalise_text(text: str | None) -> str | None:
    """Unify characters, fix ZWNJ spacing (می‌شود, خوشه‌های), keep digits as written."""
    if text is None:
        return None
    out = _normalizer().normalize(text)
    out = _restore_all(out)
    out = _SPACED_SLASH.sub("/", out)
    return out.strip() or None
