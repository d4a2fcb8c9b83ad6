"""The unit gates of the figure rules (``model.acts_on``/``ignores``) agree with the rules.

A gate says a rule gives nothing for some units, so ``find_kind`` and ``amount_subject``
leave it out for them (``model.rules_for``). The rule keeps its own guard; this test runs
both chains ungated over every team-written text and checks that each rule the gate leaves
out for a figure does give nothing for it (a kind rule: None; a subject rule: the subject
it was given), so a guard edited without its gate (or a gate written wrong) fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extraction import extract_record
from crawler.extraction.figures import defaults, kind
from crawler.extraction.figures import extract as extract_module
from crawler.extraction.figures.model import (
    _NEEDS,
    Discourse,
    Doc,
    Reading,
    needs,
    rules_for,
    rules_with_cues,
)
from crawler.extraction.figures.subject import find_subject, topic
from crawler.extraction.sentences import Span

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "evaluation" / "gold").glob("**/texts/*.txt"))


def test_gated_rules_give_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    wrong: list[tuple[str, str, str]] = []
    checked = {"kind": 0, "subject": 0}

    def find_kind(r: Reading) -> str | None:
        k = kind.KindContext(r)
        kept = set(rules_for(kind.KIND_RULES, r.unit))
        found: str | None = None
        decided = False
        for rule in kind.KIND_RULES:
            if rule not in kept:
                checked["kind"] += 1
                if rule(k) is not None:
                    wrong.append((rule.__name__, r.unit, r.folded[r.sent.start : r.sent.end]))
            elif not decided and (got := rule(k)) is not None:
                found, decided = got or None, True
        return found

    def amount_subject(r: Reading, state: Discourse) -> str | None:
        announced = topic(r.folded, r.sent, r.clause)
        subject = find_subject(r.folded, r.clause, r.num.start, r.unit, r.unit_end, announced)
        kept = set(rules_for(defaults.DEFAULT_SUBJECT_RULES, r.unit))
        for rule in defaults.DEFAULT_SUBJECT_RULES:
            if rule in kept:
                subject = rule(r, state, subject)
                continue
            checked["subject"] += 1
            if rule(r, state, subject) != subject:
                wrong.append((rule.__name__, r.unit, r.folded[r.sent.start : r.sent.end]))
        return subject

    monkeypatch.setattr(extract_module, "find_kind", find_kind)
    monkeypatch.setattr(extract_module, "amount_subject", amount_subject)
    assert TEXTS, "no gold texts"
    for path in TEXTS:
        extract_record(None, None, path.read_text(encoding="utf-8"))
    assert checked["kind"] > 0 and checked["subject"] > 0
    assert not wrong, wrong[:5]


def test_chains_keep_their_order() -> None:
    """A unit's chain is the full chain with the gated rules taken out, in order, and is
    built once per chain and unit."""
    for rules in (kind.KIND_RULES, defaults.DEFAULT_SUBJECT_RULES):
        for unit in ("percent", "IRR", "ton", "person", "hectare", "count", "no-such-unit"):
            kept = rules_for(rules, unit)
            assert list(kept) == [r for r in rules if r in set(kept)]
            assert rules_for(rules, unit) is kept
        assert len(rules_for(rules, "percent")) < len(rules)


def test_cue_gated_rules_give_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cue gates (``model.needs``): a rule left out because its clause (or sentence)
    holds none of its words gives nothing for that figure (a kind rule: None; a subject
    rule: the subject it was given), over every team-written text."""
    wrong: list[tuple[str, str]] = []
    checked = [0, 0]

    def find_kind(r: Reading) -> str | None:
        k = kind.KindContext(r)
        kept = set(rules_with_cues(kind.KIND_RULES, r.unit, r.doc, r.sent, r.clause))
        for rule in rules_for(kind.KIND_RULES, r.unit):
            if rule not in kept:
                checked[0] += 1
                if rule(k) is not None:
                    wrong.append((rule.__name__, r.folded[r.sent.start : r.sent.end]))
        for rule in rules_for(kind.KIND_RULES, r.unit):
            if (got := rule(k)) is not None:
                return got or None
        return None

    def amount_subject(r: Reading, state: Discourse) -> str | None:
        announced = topic(r.folded, r.sent, r.clause)
        subject = find_subject(r.folded, r.clause, r.num.start, r.unit, r.unit_end, announced)
        chain = defaults.DEFAULT_SUBJECT_RULES
        kept = set(rules_with_cues(chain, r.unit, r.doc, r.sent, r.clause))
        for rule in rules_for(chain, r.unit):
            if rule in kept:
                subject = rule(r, state, subject)
                continue
            checked[1] += 1
            if rule(r, state, subject) != subject:
                wrong.append((rule.__name__, r.folded[r.sent.start : r.sent.end]))
        return subject

    monkeypatch.setattr(extract_module, "find_kind", find_kind)
    monkeypatch.setattr(extract_module, "amount_subject", amount_subject)
    for path in TEXTS:
        extract_record(None, None, path.read_text(encoding="utf-8"))
    assert checked[0] > 0 and checked[1] > 0
    assert not wrong, wrong[:5]


def test_cue_scan_finds_words_inside_words() -> None:
    """Every declared word is found wherever it stands, inside another declared word or
    overlapping one, and a clause holds only the words wholly inside it."""
    assert any(sentence for sentence, _ in _NEEDS.values())
    text = "سهمیه هدفگذاری پیشبینی شاهدان"
    doc = Doc(text, text, [Span(0, len(text))])
    in_sent, in_clause = doc.cues(Span(0, len(text)), Span(6, 14))
    assert {"سهم", "هدف", "پیش", "شاهد"} <= in_sent
    assert "هدف" in in_clause and "سهم" not in in_clause and "پیش" not in in_clause
    with pytest.raises(ValueError):
        needs("ی")
