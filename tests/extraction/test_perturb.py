"""The metamorphic measurement's transforms keep what a text says and ``compare`` sees
what a respelling changes (evaluation/perturb.py)."""

from __future__ import annotations

from crawler.extraction.figures import extract_figures
from evaluation.perturb import TRANSFORMS, compare

SENTENCE = (
    "در سال ۱۴۰۲ میزان صادرات استان با ۱۲.۵ درصد رشد به ۲۵۰۰۰ تن و یک میلیون و ۲۰۰ هزار "
    "دلار رسید که می‌شود گفت در تاریخ ۱۴۰۲/۰۵/۱۲ ثبت شد."
)


def test_transforms_are_named_once_and_deterministic() -> None:
    names = [t.name for t in TRANSFORMS]
    assert len(names) == len(set(names))
    for t in TRANSFORMS:
        assert t.apply(SENTENCE) == t.apply(SENTENCE), t.name


def test_transforms_keep_the_numbers() -> None:
    """Every respelling reads to the same figures (the year stays bare: «۱۴۰۲» never
    becomes «۱٬۴۰۲»); a transform that changed a value would measure nothing."""
    want = [(f.value, f.unit) for f in extract_figures(SENTENCE)]
    assert want == [(12.5, "percent"), (25000, "ton"), (1_200_000, "USD")]
    for t in TRANSFORMS:
        got = [(f.value, f.unit) for f in extract_figures(t.apply(SENTENCE))]
        assert got == want, t.name
    thousands = next(t for t in TRANSFORMS if t.name == "thousands_comma")
    assert "۲۵,۰۰۰" in thousands.apply(SENTENCE) and "۱۴۰۲ " in thousands.apply(SENTENCE)


def test_compare_counts_each_field() -> None:
    a = {
        "figures": [{"value": 5, "unit": "ton", "subject": "exports", "kind": "actual"}],
        "people": [{"name": "علی رضایی", "role": "مدیر"}],
        "provinces": [{"iso": "IR-10"}],
        "attributed_to": "ایسنا",
    }
    same = {**a, "people": [{"name": "علي رضايي", "role": "مدير"}]}
    assert not any(compare(a, same).values())  # Arabic letters in a name: the same name
    b = {
        "figures": [
            {"value": 5, "unit": "ton", "subject": "imports", "kind": "actual"},
            {"value": 7, "unit": "ton", "subject": None, "kind": None},
        ],
        "people": [],
        "provinces": [{"iso": "IR-11"}],
        "attributed_to": "خبر",
    }
    diff = compare(a, b)
    assert diff["figure_gained"] == 1 and diff["figure_lost"] == 0
    assert diff["subject"] == 1 and diff["kind"] == 0
    assert diff["people"] == diff["provinces"] == diff["attribution"] == 1
