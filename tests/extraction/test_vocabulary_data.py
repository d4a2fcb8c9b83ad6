"""Patterns the kind rules read from named data keep to what the data says."""

from __future__ import annotations

from crawler.data import load
from crawler.extraction.lexicon import PRESENT_PASSIVE_RE, PRESENT_PASSIVES, THAT_RE
from crawler.extraction.persian import ZWNJ, fold


def test_present_passives_are_the_planned_passives_in_the_present() -> None:
    # lexicon takes the first three 'planned_passive' verbs as the present ones: a reorder
    # of the list in kind_cues.json must not slip a subjunctive or future in
    planned = load("kind_cues.json")["planned_passive"]
    present = [w for w in planned if w.split()[0] == "می"]
    assert PRESENT_PASSIVES == present
    for verb in present:
        # the rules read folded text: a ZWNJ is a space there
        assert PRESENT_PASSIVE_RE.search(fold(f"۲۰ واحد ساخته {verb.replace(' ', ZWNJ)}."))
    assert PRESENT_PASSIVE_RE.search("۲۰ واحد ساخته خواهد شد.") is None


def test_a_complementizer_opens_another_statement_only_as_a_whole_word() -> None:
    for word in load("grammar.json")["complementizers"]:
        assert THAT_RE.search(f"طرحی {word} افتتاح شد")
        assert THAT_RE.search(f"طرح{word}نه") is None
