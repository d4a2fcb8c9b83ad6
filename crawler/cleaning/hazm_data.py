"""hazm's word list and verb forms: read once per process, built once per machine.

A ``hazm.Normalizer`` costs most of a ``scrapy extract`` start-up: each of its two
``WordTokenizer`` (its own and its ``Lemmatizer``'s) parses ``words.dat`` (~190k
lines), and the ``Lemmatizer`` conjugates every verb (~350k forms) only so that the
Normalizer can ask whether a token is a verb form. Here:

- hazm's word list is parsed once per machine and kept as the table hazm's
  ``WordTokenizer`` builds from it (word → frequency, tags), read once per process and
  shared: the Normalizer's tokenizer is a ``SharedWordTokenizer`` that takes the table
  instead of rebuilding it from 190k rows (``install``);
- the verb forms are computed once with hazm's own ``Lemmatizer`` and kept, with the
  word list and the ZWNJ lexicon of ``crawler.cleaning.normalise``, in a cache file
  (``marshal``, named after hazm's version and data files) under ``$PNC_CACHE_DIR`` or
  ``~/.cache/provincial-news-crawler``; the Normalizer gets them through ``VerbForms``,
  which stands in for the ``Lemmatizer`` it only reads ``.verbs`` from. Without a
  cache (unwritable home) the start is only slower.

The result is the same Normalizer, so the same text: the tests compare both ways.
"""

from __future__ import annotations

import logging
import marshal
import os
import time
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import hazm.normalizer
import hazm.word_tokenizer
from hazm import Lemmatizer
from hazm.utils import default_verbs, default_words
from hazm.utils import words_list as _parse_words_list

logger = logging.getLogger(__name__)

Words = list[tuple[str, int, tuple[str, ...]]]
WordTable = dict[str, tuple[int, tuple[str, ...]]]
FORMAT = "v2"
STALE_DAYS = 30
# Passed to hazm's WordTokenizer as its words file by SharedWordTokenizer: read as no
# words, the table is set afterwards.
_SHARED_TABLE = "<shared word table>"


def cache_file() -> Path:
    """Where the built data lives, named after what it was built from."""
    base = os.environ.get("PNC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "provincial-news-crawler"
    )
    stamp = "-".join(
        f"{Path(f).stat().st_size}.{int(Path(f).stat().st_mtime)}"
        for f in (default_words, default_verbs)
    )
    # FORMAT names what the file holds: a new layout gets a new file (an old file's
    # entries would otherwise be loaded, unused, by every process).
    return Path(base) / f"hazm-{version('hazm')}-{stamp}-{FORMAT}.marshal"


@cache
def _cached() -> dict[str, Any]:
    """The cache file's entries (empty when there is none or it is unreadable)."""
    try:
        data = marshal.loads(cache_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def derived[T](name: str, build: Callable[[], T]) -> T:
    """``build()``'s value, computed once per machine: kept in the cache file by name.

    Only for values ``marshal`` can hold that depend on nothing but hazm's data files
    (the cache file's name changes with them).
    """
    entries = _cached()
    if name in entries:
        return entries[name]
    value = build()
    entries[name] = value
    path = cache_file()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(entries))
        os.replace(tmp, path)
        _remove_stale(path)
    except (OSError, ValueError) as exc:
        logger.debug("hazm data not cached (%s): %s", exc, path)
        tmp.unlink(missing_ok=True)
    return value


def _remove_stale(current: Path) -> None:
    """Drop cache files of an older layout, and other installs' files unused for
    STALE_DAYS: each is ~15 MB, and every new virtualenv (new data-file mtimes) adds one.
    Recent ones stay: two virtualenvs in use (3.12 and 3.13) must not evict each other."""
    cutoff = time.time() - STALE_DAYS * 86400
    for old in current.parent.glob("hazm-*.marshal"):
        if old == current:
            continue
        try:
            if not old.name.endswith(f"-{FORMAT}.marshal") or old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError as exc:
            logger.debug("stale hazm cache not removed (%s): %s", exc, old)


@cache
def _parsed(path: str) -> Words:
    return _parse_words_list(path)


def _is_default(words_file: str | Path) -> bool:
    return str(Path(words_file).resolve()) == str(Path(default_words).resolve())


def words_list(words_file: str | Path = default_words) -> Words:
    """hazm's ``words_list``, parsed once per process (hazm's own, for other files)."""
    if words_file == _SHARED_TABLE:
        return []
    return _parsed(str(Path(words_file).resolve()))


@cache
def word_table() -> WordTable:
    """hazm's word list as its ``WordTokenizer.words`` table, built once per machine
    (the cache file) and read once per process: building it from the list costs as much
    as reading the list."""
    return derived("word-table", lambda: {w: (n, tags) for w, n, tags in words_list(default_words)})


class SharedWordTokenizer(hazm.word_tokenizer.WordTokenizer):
    """hazm's ``WordTokenizer`` with the shared word table for hazm's own word list.

    Everything else (patterns, verb parts, options) is hazm's: only the table it would
    rebuild from ``words.dat`` is taken from :func:`word_table`.
    """

    def __init__(self, words_file: str | Path = default_words, **kwargs: Any) -> None:
        shared = _is_default(words_file)
        super().__init__(words_file=_SHARED_TABLE if shared else words_file, **kwargs)
        if shared:
            self.words = word_table()


@cache
def verb_forms() -> list[str]:
    """The verb forms hazm's Lemmatizer knows (without joined verb parts) that contain a
    ZWNJ: the Normalizer only ever asks about strings with one (``ن?می‌…`` and two
    tokens joined by a ZWNJ; ``_`` forms exist only with joined verb parts), so the
    others would never be found and are left out of the cache."""

    def build() -> list[str]:
        verbs = Lemmatizer(joined_verb_parts=False).verbs
        return [form for form in verbs if "\u200c" in form]

    return derived("verbs", build)


class VerbForms:
    """Stands in for ``hazm.Lemmatizer`` inside ``hazm.Normalizer``, which builds one
    only to read the keys of its ``verbs``."""

    def __init__(self, joined_verb_parts: bool = True, **kwargs: Any) -> None:
        if joined_verb_parts or kwargs:
            raise ValueError("VerbForms only serves Normalizer (joined_verb_parts=False)")
        self.verbs = dict.fromkeys(verb_forms())


def install() -> None:
    """Point hazm's tokenizer and normalizer at the shared data (idempotent)."""
    hazm.word_tokenizer.words_list = words_list
    hazm.normalizer.WordTokenizer = SharedWordTokenizer
    hazm.normalizer.Lemmatizer = VerbForms
