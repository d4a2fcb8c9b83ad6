"""Property tests: the number reader and extract_record never crash and keep offsets honest."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crawler.extraction import extract_record, parse_number_spans
from crawler.extraction.lexicon import SCALES
from crawler.extraction.number_atoms import HALF, HUNDREDS, NINE, ONES, SAD, TEENS, TENS
from crawler.extraction.numbers import parse_number
from crawler.extraction.persian import fold

TOKENS = [
    "۱",
    "۲۳",
    "٤٥",
    "7",
    "1,250",
    "۱٬۲۵۰",
    "۳٫۷",
    "۲/۵",
    "4.5",
    "1403/02/23",
    "10:30",
    "یک",
    "دو",
    "نه",
    "بیست",
    "صد",
    "سیصد",
    "هزار",
    "میلیون",
    "میلیارد",
    "تریلیون",
    "نیم",
    "و",
    "درصد",
    "دلار",
    "تومان",
    "تن",
    "نفر",
    "واحد",
    "صنعتی",
    "بیش از",
    "حدود",
    "سال",
    "ماه",
    "اصل",
    "،",
    ".",
    ":",
    "\n",
    " ",
    "\u200c",
    "ها",
    "صادرات",
    "کردستان",
    "استاندار",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_number_spans_are_ordered_and_exact(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = parse_number_spans(text)
    last_end = -1
    for s in spans:
        assert text[s.start : s.end] == s.surface
        assert s.start >= last_end
        assert isinstance(s.value, int | float)
        last_end = s.end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_extract_record_total(parts: list[str]) -> None:
    rec = extract_record(None, None, " ".join(parts))
    assert set(rec) == {"provinces", "people", "figures", "attributed_to", "news_id"}
    for f in rec["figures"]:
        assert f["unit"] and f["sentence"]


# --- issue 7: no value from a text without digits or number words -------------------

_NUMBER_WORDS = sorted(
    {w for table in (ONES, NINE, TEENS, TENS, HUNDREDS, SAD, SCALES, HALF) for w in table}
)
_PLAIN_WORDS = [
    w
    for w in (
        "صادرات",
        "کردستان",
        "استاندار",
        "اقتصاد",
        "بازار",
        "گزارش",
        "خبرگزاری",
        "قزوین",
        "مدیرکل",
        "صنعت",
        "معدن",
        "تجارت",
        "افزایش",
        "کاهش",
        "رشد",
        "دلار",
        "تومان",
        "ریال",
        "قیمت",
        "واحد",
        "نفر",
        "تن",
        "سال",
        "ماه",
        "حدود",
        "بیش از",
        "ها",
        "و",
        "،",
        ".",
        "«",
        "»",
        "\u200c",
    )
    if not any(n in fold(w) for n in _NUMBER_WORDS)
]
_NO_DIGITS = st.text(
    alphabet=st.characters(
        exclude_categories=("Nd", "No", "Nl", "Cs"),
        exclude_characters="".join(set("".join(_NUMBER_WORDS))),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PLAIN_WORDS), _NO_DIGITS), max_size=30))
def test_no_number_without_digits_or_number_words(parts: list[str]) -> None:
    text = " ".join(parts)
    assume(not any(ch.isdigit() for ch in fold(text)))
    assume(not any(w in fold(text) for w in _NUMBER_WORDS))
    assert parse_number_spans(text) == []
    assert parse_number(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_number_reader_is_total_on_any_text(text: str) -> None:
    for span in parse_number_spans(text):
        assert text[span.start : span.end] == span.surface
        assert any(ch.isdigit() for ch in fold(span.surface)) or any(
            w in fold(span.surface) for w in _NUMBER_WORDS
        )
    value = parse_number(text)
    assert value is None or isinstance(value, int | float)
