"""The word-list answers the extraction reuses within one document are the answers the
patterns give when asked afresh: on every gold and seed text and every cached real text of
the development parts (``evaluation/realtext/.cache/dev-*``; the held-out folders are not
read), each answer given during a whole extraction is compared with the pattern's own."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from crawler.extraction import extract_record, people
from crawler.extraction.lexicon import RUN_ON_COPULA_RE, RUN_ON_RE, SUBJECT_RE
from crawler.extraction.openers import unwrap
from crawler.extraction.persian import fold
from crawler.extraction.sentences import Span, sentence_spans

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
TEXTS = (
    sorted((ROOT / "evaluation" / "gold").glob("**/texts/*.txt"))
    + sorted(SEEDS.glob("*.txt"))
    + sorted((ROOT / "evaluation" / "realtext" / ".cache").glob("dev-*/*.txt"))
)


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in found]


def test_reused_subject_windows_are_the_patterns_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``SUBJECT_RE`` scan and search of the figure rules, answered while windows are
    reused (``Prefiltered.reusing``), equals a fresh scan or search of the same window."""
    asked = {"reused": 0, "all": 0}
    wrong: list[tuple[str, int, int]] = []
    scan, search = SUBJECT_RE.finditer, SUBJECT_RE.search

    def checked_scan(text: str, pos: int = 0, endpos: int = sys.maxsize):  # noqa: ANN202
        reused = text is SUBJECT_RE._text and (pos, endpos) in SUBJECT_RE._windows
        found = list(scan(text, pos, endpos))
        asked["all"] += 1
        asked["reused"] += reused
        if _spans(found) != _spans(list(SUBJECT_RE._finditer(text, pos, endpos))):
            wrong.append(("scan", pos, endpos))
        return iter(found)

    def checked_search(text: str, pos: int = 0, endpos: int = sys.maxsize):  # noqa: ANN202
        key = (pos, endpos)
        reused = text is SUBJECT_RE._text and (
            key in SUBJECT_RE._windows or key in SUBJECT_RE._firsts
        )
        found = search(text, pos, endpos)
        asked["all"] += 1
        asked["reused"] += reused
        fresh = SUBJECT_RE._search(text, pos, endpos)
        if (found and (found.span(), found.lastgroup)) != (
            fresh and (fresh.span(), fresh.lastgroup)
        ):
            wrong.append(("search", pos, endpos))
        return found

    monkeypatch.setattr(SUBJECT_RE, "finditer", checked_scan)
    monkeypatch.setattr(SUBJECT_RE, "search", checked_search)
    assert TEXTS
    for path in TEXTS:
        extract_record(None, None, path.read_text(encoding="utf-8"))
        assert not wrong, (path.name, wrong[:5])
    assert asked["reused"] > 0  # (the texts do ask windows again)


def test_windows_are_reused_only_inside_the_block() -> None:
    text = fold("صادرات و واردات کالا در سال گذشته ۱۲ درصد رشد داشت")
    with SUBJECT_RE.reusing(text):
        first = list(SUBJECT_RE.finditer(text, 0, 30))
        assert list(SUBJECT_RE.finditer(text, 0, 30)) == first  # the same match objects
        assert SUBJECT_RE.search(text, 0, 30) is (first[0] if first else None)
    assert SUBJECT_RE._text is None and not SUBJECT_RE._windows and not SUBJECT_RE._firsts
    again = list(SUBJECT_RE.finditer(text, 0, 30))
    assert [m.span() for m in again] == [m.span() for m in first]
    assert all(a is not b for a, b in zip(again, first, strict=True))


def _people_texts() -> list[tuple[str, str, list[Span]]]:
    """(name, folded text, sentences) as ``extract_people`` reads each text."""
    out = []
    for path in TEXTS:
        text = unwrap(path.read_text(encoding="utf-8"))
        out.append((path.name, fold(text), sentence_spans(text)))
    return out


def test_one_scan_gives_each_run_on_patterns_own_matches() -> None:
    """``people._run_ons`` (one scan of each sentence for where either list may start)
    gives what ``RUN_ON_RE`` and ``RUN_ON_COPULA_RE`` each find over every sentence."""
    found = {"run_on": 0, "copula": 0}
    for name, folded, sents in _people_texts():
        starts, copulas = people._run_ons(folded, sents)
        assert starts == [
            (idx, m.end())
            for idx, s in enumerate(sents)
            for m in RUN_ON_RE.finditer(folded, s.start, s.end)
        ], name
        assert [(s, m.span()) for s, m in copulas] == [
            (s, m.span()) for s in sents for m in RUN_ON_COPULA_RE.finditer(folded, s.start, s.end)
        ], name
        found["run_on"] += len(starts)
        found["copula"] += len(copulas)
    # not vacuous: the committed gold texts alone hold 14 and 229 (a clone with no real-text
    # cache and no ../shared reads only those)
    assert found["run_on"] > 10 and found["copula"] > 150


def test_run_on_starts_are_found_where_words_overlap() -> None:
    """A closer inside a speech verb («اظهار کرد»: «کرد» closes too), a glued verb, a verb
    cut by the sentence's end, a verb inside a word: the scan finds what each pattern does."""
    text = fold("او اظهار کرد رضایی گفت. بود  احمدی پیشبینی کرد ما است 12 نهاست کرد")
    sents = [Span(0, len(text)), Span(3, 13), Span(0, 40)]
    starts, copulas = people._run_ons(text, sents)
    assert starts == [
        (i, m.end()) for i, s in enumerate(sents) for m in RUN_ON_RE.finditer(text, s.start, s.end)
    ]
    assert [(s, m.span()) for s, m in copulas] == [
        (s, m.span()) for s in sents for m in RUN_ON_COPULA_RE.finditer(text, s.start, s.end)
    ]
    assert any(text[m.start() : m.end()].strip() == "کرد" for _, m in copulas)
