"""Property tests of the text pipeline on hostile text: never crash, idempotent.

Normalisation runs on every field of every record, after a boilerplate stage that can
hand it anything a page holds (control characters, lone surrogates are impossible in
``str`` from lxml, but stray combining marks, RTL marks, mixed scripts and digits are
common), so it must be total and a second pass must change nothing: records
re-processed from the HTTP cache must equal the first run's.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crawler.cleaning.normalise import normalise_text
from crawler.extraction import extract_record
from crawler.stages.boilerplate import strip_boilerplate
from crawler.stages.normalise import normalise_article

PERSIAN = (
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئءآأإؤةيكۀ"
    "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0670"  # harakat
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
    "،؛؟«»٫٬.,:;!?()-/%"
)
SPACES = " \u200c\u200d\u200e\u200f\u00a0\t\n\u2009\u202b\u202c"
WORDS = (
    "می شود",
    "می‌شود",
    "خوشه های",
    "کتاب‌ها",
    "ها",
    "۱۲ درصد",
    "1,250",
    "۳٫۷",
    "هزار",
    "میلیارد",
    "ريال",
    "كرمان",
    "اِقتصاد",
    "!!",
    "...",
    "«",
    "»",
)

persian_text = st.text(alphabet=PERSIAN + SPACES, max_size=120)
mixed_text = st.lists(
    st.one_of(st.sampled_from(WORDS), persian_text, st.text(max_size=10)), max_size=20
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(persian_text, mixed_text, st.text(max_size=80)))
def test_normalise_text_is_total(text: str) -> None:
    once = normalise_text(text)
    assert once is None or (isinstance(once, str) and once == once.strip() and once)


# Found by this test: hazm alone is not idempotent (a ZWNJ stranded next to a space,
# «3\u200c۲» -> «3 \u200c ۲» -> «3 ۲»; a dropped diacritic leaving a double space,
# «1۵\u06705» -> «1۵  5» -> «1۵ 5»; «0\u0670:» -> «0 :» -> «0:»). normalise_text now
# takes its output to a fixed point.


@settings(max_examples=400, deadline=None)
@example("3\u200c۲")
@example("1۵\u06705")
@example("\u200c/\u200c")
@example("0\u0670:")
@given(st.one_of(persian_text, mixed_text, st.text(max_size=80)))
def test_normalise_text_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(persian_text, mixed_text), min_size=1, max_size=8))
def test_text_chain_never_crashes(paragraphs: list[str]) -> None:
    """Boilerplate (plain-text path), normalisation and extraction on arbitrary text."""
    item = {"url": "https://example.ir/news/1", "text_input": "\n\n".join(paragraphs)}
    strip_boilerplate(item, None)
    normalise_article(item)
    if item.get("body"):
        assert normalise_text(item["body"]) is not None
    record = extract_record(item.get("title"), item.get("lead"), item.get("body"))
    for figure in record["figures"]:
        assert isinstance(figure["value"], int | float)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(persian_text, mixed_text), max_size=6))
def test_html_chain_never_crashes(parts: list[str]) -> None:
    """Arbitrary text inside arbitrary-ish markup through the generic HTML path."""
    html = "<html><body><div>" + "".join(f"<p>{p}</p>" for p in parts) + "</div></body></html>"
    item = {"url": "https://example.ir/news/1", "html": html}
    strip_boilerplate(item, None)
    normalise_article(item)
    assert item["content_path"] in {"generic", "none"}
