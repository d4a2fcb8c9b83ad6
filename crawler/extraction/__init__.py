"""Structured extraction from Persian provincial economic news (issue 4).

Plain functions, no Scrapy: `extract_record(title, lead, body, supertitle)` returns the
provinces, people, figures, attribution and news id of one article. Every stage accepts raw
text (Persian/Arabic-Indic/Latin digits, Arabic ي/ك, with or without ZWNJ) as well as the
pipeline's hazm-normalised text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from crawler.extraction.attribution import agency_spans, extract_attribution, extract_news_id
from crawler.extraction.figures import Figure, extract_figures
from crawler.extraction.lexicon import MEASURE_SUBJECTS, SECTOR_SUBJECTS
from crawler.extraction.numbers import NumberSpan, parse_number, parse_number_spans
from crawler.extraction.people import extract_people
from crawler.extraction.persian import key
from crawler.extraction.provinces import province_mentions, rank_provinces

__all__ = [
    "NumberSpan",
    "extract_record",
    "parse_number",
    "parse_number_spans",
]

# Title and supertitle restate body figures in rounded form; prefer the body's reading.
_SECTION_PREF = {"body": 0, "lead": 1, "title": 2, "supertitle": 3}


def _assemble(parts: list[tuple[str, str | None]]) -> tuple[str, list[tuple[str, int, int]]]:
    """Join sections with newlines (each is its own sentence) and remember their offsets."""
    chunks: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for name, txt in parts:
        if not txt or not txt.strip():
            continue
        spans.append((name, pos, pos + len(txt)))
        chunks.append(txt)
        pos += len(txt) + 1
    return "\n".join(chunks), spans


def _section_of(spans: list[tuple[str, int, int]], offset: int) -> str:
    for name, s, e in spans:
        if s <= offset <= e:
            return name
    return "body"


def _distinct_measures(
    f: Figure,
    members: list[Figure],
    subjects: set[str],
    spans: list[tuple[str, int, int]],
    text: str,
) -> bool:
    """«رتبه دهم با سهم چهار درصدی، ... رتبه پانزدهم با سهم چهار درصدی»: the same words
    measuring two different things (two measure subjects, neither a sector label) in one
    paragraph are two facts, not a restatement. A copy in another paragraph (a headline,
    a lead, a summary) stays a restatement: its subject may only be read differently."""
    # The cheap subject tests go first: a page repeating one figure thousands of times
    # must not walk every earlier copy for each new one (tests/hostile: linear merging).
    return (
        f.subject in MEASURE_SUBJECTS
        and bool(subjects)
        and f.subject not in subjects
        and subjects <= MEASURE_SUBJECTS
        and "\n" not in text[members[0].start : f.start]
        and all(_section_of(spans, g.start) == "body" for g in (f, *members))
    )


def _change_and_level(kind: str | None, kinds: set[str]) -> bool:
    """Round 43: a change and a share of the same value are two facts, never a restatement
    («افزایش ۴۰ درصدی صید» in the headline, «۴۰ درصد صید کشور» in the body): a percentage
    that grew by 40 is not the 40 percent part of a whole."""
    return bool(kinds) and (
        (kind == "change" and "share" in kinds) or (kind == "share" and "change" in kinds)
    )


def _dedupe_figures(
    figs: list[Figure], spans: list[tuple[str, int, int]], text: str = ""
) -> list[dict]:
    """One figure per (value, unit, subject): restatements in the title, the lead or a later
    paragraph («خلیقی گفت: هدف گذاری ... یک میلیارد و ۲۲ میلیون دلار است») are the same fact.
    The kept copy is the first body mention; missing subject/kind are filled from the others.
    A copy without a subject joins the first group of its value and unit."""
    # Per cluster: its figures, their subjects and their words, kept as the cluster grows
    # (recomputing them per figure made a page repeating one figure quadratic).
    Cluster = tuple[list[Figure], set[str], set[str], set[str]]
    groups: dict[tuple[Any, str], list[Cluster]] = {}
    for f in figs:
        clusters = groups.setdefault((float(f.value), f.unit), [])
        # The same value about two different things is two facts («۴۰ درصد» of the loans
        # paid, «بیش از ۴۰ درصد» of production costs): copies merge when their words are
        # the same or their subjects agree. A sector label (what the clause is about, not
        # what is measured: a headline's «۱۸۰ هزار تن سیب‌زمینی» beside the body's
        # production) agrees with any subject.
        words = key(f.text)  # «۶۰۰ میلیارد» and «600 میلیارد» are the same words
        for members, subjects, texts, kinds in clusters:
            if _change_and_level(f.kind, kinds):
                continue
            if (
                (words in texts and not _distinct_measures(f, members, subjects, spans, text))
                or f.subject is None
                or f.subject in subjects
                or f.subject in SECTOR_SUBJECTS
                or subjects <= SECTOR_SUBJECTS
            ):
                members.append(f)
                texts.add(words)
                if f.subject:
                    subjects.add(f.subject)
                if f.kind:
                    kinds.add(f.kind)
                break
        else:
            clusters.append(
                ([f], {f.subject} if f.subject else set(), {words}, {f.kind} if f.kind else set())
            )
    chosen: list[Figure] = []
    for group in (cluster[0] for clusters in groups.values() for cluster in clusters):
        best = min(group, key=lambda f: (_SECTION_PREF[_section_of(spans, f.start)], f.start))
        filled = {}
        for k in ("subject", "kind", "approx", "period"):
            if getattr(best, k) is None:
                other = next((getattr(f, k) for f in group if getattr(f, k) is not None), None)
                if other is not None:
                    filled[k] = other
        chosen.append(replace(best, **filled) if filled else best)  # (a copy only to fill)
    chosen.sort(key=lambda f: f.start)
    return [f.record() for f in chosen]


def extract_record(
    title: str | None,
    lead: str | None,
    body: str,
    supertitle: str | None = None,
    credits: Sequence[str] = (),
) -> dict[str, Any]:
    """Provinces, people, figures, attribution and news id of one article.

    ``credits`` are the credit lines the cleaning took out of the body («منبع: ایسنا»,
    «انتهای پیام/ ایلنا»): read for the attribution only.

    Returns {"provinces": [{"name", "iso"}], "people": [{"name", "role"}],
    "figures": [{"value", "unit", "subject", "kind", "approx", "period", "text", "sentence"}],
    "attributed_to": str | None, "news_id": str | None}.
    """
    doc, spans = _assemble(
        [("supertitle", supertitle), ("title", title), ("lead", lead), ("body", body or "")]
    )
    people, name_spans = extract_people(doc)
    mentions = [
        (_section_of(spans, m.start), m)
        for m in province_mentions(doc, exclude=name_spans + agency_spans(doc))
    ]
    return {
        "provinces": rank_provinces(mentions),
        "people": people,
        "figures": _dedupe_figures(extract_figures(doc), spans, doc),
        "attributed_to": extract_attribution(doc, credits),
        "news_id": extract_news_id(doc),
    }
