"""Metamorphic people test: the dev texts with their people renamed by names the product
has never met.

    python -m evaluation.realtext swap-names --part dev [--seed 11] [--json] [--show]

Why: people recall reads 0.99 on dev but 0.82-0.87 on every first run of a held-out part,
because most misses are names outside the given-name lexicon. Renaming each gold person of
a dev text with a team-written name (``evaluation/data/replacement_names.json``, disjoint
from every lexicon the product reads) measures how much of the recall comes from the
lexicon and how much from the mechanism (roles, titles, speech verbs, apposition, name
shape), on text that is otherwise exactly the dev text.

For each text with gold people, each person's name is replaced where it occurs in full and
where its surname occurs alone (given name + surname for a full name, a surname for a
surname-only speaker); the gold names are rewritten the same way and roles are kept.
A person is left as written (and counted as kept) when its name is not found in the text,
its surname is also an everyday word of the lexicons («کشاورزی», «صنعتی»: replacing every
occurrence would rewrite the economy, not the name), or another gold person shares a word
of it. The swapped texts exist only in memory; both versions are extracted in-process by
the same pipelines as ``scrapy extract`` and scored on people only.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from crawler.extraction.lexicon import (
    ALWAYS_SECOND,
    GIVEN,
    HONORIFIC_PARTS,
    JOINED_HONORIFICS,
    SECOND_HOSTS,
    SECOND_PARTS,
    SURNAME_PREFIX,
    SURNAME_SUFFIX,
)
from crawler.extraction.persian import fold
from crawler.extraction.provinces import is_place
from evaluation.extraction import score_article

DATA = Path(__file__).resolve().parent / "data" / "replacement_names.json"
LEXICONS = Path(__file__).resolve().parent.parent / "crawler" / "data"
_WORD_RE = re.compile(r"[^\W\d_]+")
# The grammar of names a replacement may share with the lexicons: suffixes, prefixes and
# honorific parts are how names are built, not names.
NAME_GRAMMAR = frozenset(
    SURNAME_SUFFIX | SURNAME_PREFIX | HONORIFIC_PARTS | set(map(fold, JOINED_HONORIFICS))
)


def load_replacements(path: Path = DATA) -> dict[str, Any]:
    """The team's replacement names (given names by gender, surnames by shape)."""
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def lexicon_words() -> frozenset[str]:
    """Every word, and every phrase without its spaces, of every ``crawler/data`` file."""
    words: set[str] = set()

    def walk(x: Any) -> None:
        if isinstance(x, str):
            folded = fold(x)
            words.update(_WORD_RE.findall(folded))
            words.add(folded.replace(" ", ""))
        elif isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            for k, y in x.items():
                if k != "_about":
                    walk(y)

    for path in sorted(LEXICONS.glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(words)


def known_parts(name: str) -> list[str]:
    """The words of ``name`` (and the name written as one word) that a product lexicon
    holds or that name a place, beyond the grammar of names; empty for a fresh name."""
    folded = fold(name)
    words = lexicon_words()
    found = [w for w in _WORD_RE.findall(folded) if w not in NAME_GRAMMAR and w in words]
    found += [w for w in _WORD_RE.findall(folded) if w not in NAME_GRAMMAR and is_place(w)]
    glued = folded.replace(" ", "")
    if glued in words and glued not in found:
        found.append(glued)
    return found


def split_name(name: str) -> tuple[list[str], list[str]]:
    """(given-name words, surname words) of a gold name: an honorific part and a compound
    second part belong to the given name; a one-word name is a surname."""
    words = fold(name).split()
    if len(words) < 2:
        return [], words
    i = 1 if words[0] in HONORIFIC_PARTS and len(words) > 2 else 0
    n = i + 1
    if len(words) > n + 1 and (
        words[n] in ALWAYS_SECOND
        or (words[i] in SECOND_HOSTS and words[n] in SECOND_PARTS)
        or words[i] + words[n] in GIVEN
    ):
        n += 1
    return words[:n], words[n:]


def _pattern(words: list[str]) -> re.Pattern[str]:
    """The words in folded text, any two letters joined by a space, a ZWNJ (folded) or
    nothing (the gold writes «زندیهوکیلی» where the text also has «زندیه وکیلی»)."""
    body = r"\s?".join(map(re.escape, "".join(words)))
    return re.compile(rf"(?<![\w]){body}(?![\w])")


def _one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter replaced or two neighbours swapped (the typos
    of a surname written twice: «شاهمردای»/«شاهمرادی», «ساسانی»/«ساسانس»)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    i, j = diff[0], diff[-1]
    return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]


def surname_variants(given: list[str], surname: list[str], folded: str) -> list[list[str]]:
    """Other spellings under which ``folded`` names the same person by surname alone, so
    that renaming leaves none of the old name behind (else the old name, still found by
    the product, counts as a non-person of the swapped gold — the tool's fault):
    the tail of a many-word surname («نائل قرا ملکی» -> «قراملکی»), the surname glued
    to the end of a given name or its second part («غلام حیدرزورقی» -> «زورقی»), and a
    one-letter slip of a one-word surname elsewhere in the text. An everyday word is left."""
    out = [surname[k:] for k in range(1, len(surname))]
    if len(surname) == 1:
        word = surname[0]
        out += [[word[len(g) :]] for g in GIVEN | SECOND_PARTS if word.startswith(g)]
        if len(word) >= 6:
            out += [
                [w]
                for w in set(_WORD_RE.findall(folded))
                if w[:2] == word[:2] and _one_slip(w, word)
            ]
    return [
        w
        for w in out
        if len("".join(w)) >= 5 and not known_parts(" ".join(w)) and "".join(w) not in GIVEN
    ]


@dataclass
class Swapped:
    """One text with its people renamed."""

    text: str
    people: list[dict[str, Any]]
    renamed: int = 0
    kept: list[str] = field(default_factory=list)  # gold names left as written, with why


def _pick(
    rng: random.Random, names: dict[str, Any], given: bool, honorific: bool
) -> tuple[str, str]:
    """(full name, surname): a surname of a shape drawn first (so each shape is met as
    often), and a given name (with «سید»/«سیده» before it one time in five, or when the
    gold name had an honorific part) when the gold name had one."""
    shape = rng.choice(sorted(names["surnames"]))
    surname = rng.choice(names["surnames"][shape])
    if not given:
        return surname, surname
    gender = rng.choice(sorted(names["given"]))
    first = rng.choice(names["given"][gender])
    if rng.random() < 0.2 or honorific:
        first = f"{names['honorific_before_given'][gender]} {first}"
    return f"{first} {surname}", surname


def swap_text(
    text: str, people: list[dict[str, Any]], rng: random.Random, names: dict[str, Any]
) -> Swapped:
    """``text`` with each gold person renamed (full name and surname alone), and the gold
    people renamed alike; a person whose name cannot be renamed safely is kept."""
    folded = fold(text)
    all_words = [set(fold(p["name"]).split()) for p in people]
    spans: list[tuple[int, int, str]] = []
    out = Swapped(text, [dict(p) for p in people])
    for n, person in enumerate(out.people):
        given, surname = split_name(person["name"])
        others = set().union(*(w for m, w in enumerate(all_words) if m != n))
        why = None
        if known_parts(" ".join(surname)):
            why = "surname is an everyday word"
        elif others & set(given + surname) - HONORIFIC_PARTS:
            why = "shares a word with another person"
        full = list(_pattern(given + surname).finditer(folded))
        if not full and why is None:
            why = "not found in the text"
        if why:
            out.kept.append(f"{person['name']} ({why})")
            continue
        new, new_surname = _pick(
            rng, names, bool(given), bool(given and given[0] in HONORIFIC_PARTS)
        )
        found = [(m.start(), m.end(), new) for m in full]
        if given:
            for words in [surname, *surname_variants(given, surname, folded)]:
                found += [
                    (m.start(), m.end(), new_surname)
                    for m in _pattern(words).finditer(folded)
                    if not any(a <= m.start() < b for a, b, _ in found)
                ]
        spans += found
        person["name"] = new
        out.renamed += 1
    pieces, last = [], 0
    for a, b, new in sorted(spans):
        if a < last:
            continue  # two people's spans cannot overlap (no shared words); be safe
        pieces += [text[last:a], new]
        last = b
    out.text = "".join(pieces) + text[last:]
    return out


@dataclass
class PeopleScore:
    texts: int = 0
    people: int = 0
    found: int = 0
    roles: int = 0
    non_people: int = 0
    renamed: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, gold: dict[str, Any], record: dict[str, Any] | None) -> None:
        sc = score_article(gold, record)
        self.texts += 1
        self.people += sc.people_n
        self.found += sc.people_found
        self.roles += sc.role_ok
        self.non_people += sc.non_people
        self.problems += [
            f"{gold['seed']}: {p}"
            for p in sc.problems
            if p.startswith(("missed person", "role «", "not a person"))
        ]

    def summary(self) -> dict[str, float | int]:
        return {
            "texts": self.texts,
            "people": self.people,
            "renamed": self.renamed,
            "people_recall": self.found / self.people if self.people else 1.0,
            "role_accuracy": self.roles / self.found if self.found else 1.0,
            "non_people": self.non_people,
        }


class _Extractor:
    """The project's pipelines in-process (what ``scrapy extract`` runs on a .txt file)."""

    def __init__(self) -> None:
        from scrapy.spiderloader import get_spider_loader
        from scrapy.utils.project import get_project_settings
        from scrapy.utils.reactor import install_reactor, is_reactor_installed

        from crawler.offline import OfflineRun

        settings = get_project_settings()
        if not is_reactor_installed():
            install_reactor(settings["TWISTED_REACTOR"])
        self.run = OfflineRun(get_spider_loader(settings).load("generic"), settings)

    def record(self, text: str, path: Path) -> dict[str, Any] | None:
        item = self.run.item_from_bytes(text.encode("utf-8"), path.resolve().as_uri(), True)
        record, _ = self.run.process(item)
        return record

    def close(self) -> None:
        self.run.close()


def measure(
    entries: Iterable[tuple[Path, dict[str, Any]]], seed: int = 11
) -> tuple[PeopleScore, PeopleScore, list[str]]:
    """(unswapped, swapped) people scores over the texts with gold people, and the gold
    names kept as written. ``entries``: (cached text path, gold entry)."""
    names = load_replacements()
    before, after, kept = PeopleScore(), PeopleScore(), []
    extractor = _Extractor()
    try:
        for path, gold in entries:
            if not gold.get("people"):
                continue
            text = path.read_text(encoding="utf-8")
            rng = random.Random(f"{seed}:{gold['seed']}")
            swapped = swap_text(text, gold["people"], rng, names)
            before.add(gold, extractor.record(text, path))
            after.add({**gold, "people": swapped.people}, extractor.record(swapped.text, path))
            before.renamed += swapped.renamed
            after.renamed += swapped.renamed
            kept += [f"{gold['seed']}: {k}" for k in swapped.kept]
    finally:
        extractor.close()
    return before, after, kept
