"""Property tests: the number reader and extract_record never crash and keep offsets honest."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extraction import extract_record, parse_number_spans

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
