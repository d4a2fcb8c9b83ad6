"""Which charset a Persian page is really in, and whether a text is mojibake.

Old Iranian portals still serve windows-1256, often without saying so in the HTTP
header, sometimes saying the wrong thing (a header of utf-8 over a windows-1256 page
and its ``<meta charset>``, or the reverse). Scrapy trusts the header, then the page's
declaration, and falls back to cp1252: a Persian page then becomes «ÇáÚ…» or U+FFFD
runs. Two lines of defence:

- ``choose_encoding``: bytes that are valid UTF-8 are UTF-8 (cp1256 Persian is never
  valid UTF-8 for more than a few letters); otherwise the declared charsets are tried,
  then cp1256, and the first whose text is Persian and not mojibake wins;
- ``mojibake_kind``: the shapes that wrong decodings leave in text, so a record that
  still carries them is rejected (``pipelines.validation``) instead of emitted.

``looks_binary`` catches images, archives and PDFs served as ``text/html``.
"""

from __future__ import annotations

import codecs
import re

# UTF-8 Arabic script (lead bytes D8-DB) read as latin-1/cp1252: Ø§ Ù„ Ú© Û Œ …
_UTF8_AS_LATIN = re.compile(
    "[\u00d8\u00d9\u00da\u00db][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)
# cp1256 Persian read as latin-1/cp1252: accented capitals and small letters (ÇáÚ).
_LATIN_ACCENTED = re.compile("[\u00c0-\u00ff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06f0-\u06f9]")
# UTF-8 lead bytes D8/D9 read as cp1256 are ط/ظ: «ط§ظ„» where «ال» was written.
_UTF8_AS_CP1256 = re.compile("[\u0637\u0638]")
_REPLACEMENT = "\ufffd"

_MIN_SIGNS = 3
_LETTER_SHARE = 0.2

_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
_BINARY_WINDOW = 4096
_CONTROL_SHARE = 0.05


def mojibake_kind(text: str | None) -> str | None:
    """The kind of wrong decoding visible in ``text``, or None when it reads as text.

    Thresholds need several signs, so one stray «é» in a French name or one U+FFFD
    from a broken emoji does not reject an article; a wrongly decoded page has them in
    every word.
    """
    if not text:
        return None
    replacements = text.count(_REPLACEMENT)
    if replacements >= _MIN_SIGNS or (replacements and replacements * 100 >= len(text)):
        return "replacement_chars"
    if len(_UTF8_AS_LATIN.findall(text)) >= _MIN_SIGNS:
        return "utf8_read_as_latin1"
    arabic = len(_ARABIC_LETTER.findall(text))
    accented = len(_LATIN_ACCENTED.findall(text))
    if accented >= 2 * _MIN_SIGNS and accented >= _LETTER_SHARE * (accented + arabic):
        return "cp1256_read_as_latin1"
    ta_za = len(_UTF8_AS_CP1256.findall(text))
    if ta_za >= 2 * _MIN_SIGNS and ta_za >= _LETTER_SHARE * arabic:
        return "utf8_read_as_cp1256"
    return None


def looks_binary(body: bytes) -> bool:
    """True for bodies that are not text at all (images, archives, executables)."""
    head = body[:_BINARY_WINDOW]
    if not head:
        return False
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > _CONTROL_SHARE * len(head)


def _normal(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def choose_encoding(body: bytes, declared: list[str | None]) -> str | None:
    """The charset that turns ``body`` into clean Persian text, or None to keep Scrapy's.

    ``declared`` are the header's and the page's declarations, in that order (either
    may be missing or wrong).
    """
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    candidates = [n for n in (_normal(d) for d in declared) if n and n != "utf-8"]
    for name in dict.fromkeys([*candidates, "cp1256"]):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _ARABIC_LETTER.search(text) and mojibake_kind(text) is None:
            return name
    return None
