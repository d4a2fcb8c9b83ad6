"""Round 34: an attribution is a whole outlet's name or nothing (team-written sentences;
outlets, people and figures invented, none in the corpus).

- a credit cut inside its last word («منبع خبر "خبرگزاری م» closing a truncated copy) is
  never reported and never wins over a whole credit elsewhere (an interview with the
  agency's reporter, a dateline line);
- a candidate holding a copula or an auxiliary («برگرفته از دریا بوده و ...»: prose after
  an origin cue) is a sentence fragment at any length, never an outlet;
- the bare «به» with its quote glued on («به«X» می‌گوید») is an interview cue like
  «به «X» گفت»;
- a site crediting itself («به گزارش X») with a source line naming another outlet
  («منبع خبر: خبرگزاری Y») reprints that outlet: the source line's outlet is the credit, as
  for a known agency; an organisation's release on the source line keeps the site.
"""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import cut_or_clause, extract_attribution

HEAD = "افزایش صادرات استان\n\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a truncated closing source line against a whole interview credit
        (
            "فرهاد کیانی در گفت‌وگو با خبرنگار مهر اظهار کرد: صادرات ۱۲ درصد بیشتر شد.\n\n"
            'منبع خبر "خبرگزاری م',
            "خبرگزاری مهر",
        ),
        # the same cut with a colon, against a dateline's agency
        (
            "خبرگزاری ایسنا دوشنبه ۳ مهر ۱۴۰۲\nتبریز - ایسنا - مدیرکل گمرک استان گفت: "
            "صادرات ۱۲ درصد بیشتر شد.\n\nمنبع: خبرگزاری ا",
            "ایسنا",
        ),
        # a cut credit alone is never reported
        ("صادرات استان ۱۲ درصد بیشتر شد.\n\nمنبع خبر: سپیده ن", None),
        # must NOT fire: a whole unknown outlet on the source line stays
        ("صادرات استان ۱۲ درصد بیشتر شد.\n\nمنبع خبر: سپیده نوین", "سپیده نوین"),
        # must NOT fire: a Latin one-letter word may end a name
        ("صادرات استان ۱۲ درصد بیشتر شد.\n\nمنبع: Radio X", "Radio X"),
    ],
)
def test_cut_credit_never_wins(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # prose after an origin cue, a copula in it: no outlet; the site's interview credit wins
        (
            "وی افزود: معیشت مردم ساحل از دیرباز برگرفته از دریا بوده و صیادی ارثیه است.\n"
            "بهرام نیک‌زاد به« نوای بندر» می گوید: صید امسال ۱۲ درصد بیشتر شد.",
            "نوای بندر",
        ),
        # the same with «است»
        (
            "وی افزود: این طرح برگرفته از نیاز مردم است و صادرات ۱۲ درصد بیشتر شد.",
            None,
        ),
        # must NOT fire: a real origin after the same cue
        (
            "برگرفته از روزنامه صبح ساحل، صادرات ۱۲ درصد بیشتر شد.",
            "صبح ساحل",
        ),
    ],
)
def test_clause_after_cue_is_no_outlet(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("بهرام نیک‌زاد به«نوای بندر» گفت: صید امسال ۱۲ درصد بیشتر شد.", "نوای بندر"),
        ("بهرام نیک‌زاد به« ایرنا» گفت: صید امسال ۱۲ درصد بیشتر شد.", "ایرنا"),
        # must NOT fire: a quoted plan after «به» with no speech verb
        ("بهرام نیک‌زاد به«طرح ملی مسکن» اشاره کرد و صادرات ۱۲ درصد بیشتر شد.", None),
    ],
)
def test_glued_quote_after_bare_to(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "به گزارش نوای کویر؛ صادرات استان ۱۲ درصد بیشتر شد.\n\n"
            "- نویسنده : نوای کویر\n- منبع خبر : خبرگزاری سپیدار",
            "خبرگزاری سپیدار",
        ),
        # must NOT fire: an organisation's release on the source line keeps the site
        (
            "به گزارش نوای کویر؛ صادرات استان ۱۲ درصد بیشتر شد.\n\nمنبع: سازمان صمت استان",
            "نوای کویر",
        ),
        # must NOT fire: no source line, the site's own credit
        ("به گزارش نوای کویر؛ صادرات استان ۱۲ درصد بیشتر شد.", "نوای کویر"),
    ],
)
def test_source_line_outlet_over_self_credit(text: str, want: str) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("خبرگزاری م", True),
        ("دریا بوده", True),
        ("نیاز مردم است", True),
        ("کرد پرس", False),
        ("دیار ۲۴", False),
        ("Radio X", False),
        ("صبح ساحل", False),
    ],
)
def test_cut_or_clause(name: str, want: bool) -> None:
    assert cut_or_clause(name) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the quote opened after the kind of outlet is cut with the kind
        ("به گزارش پایگاه خبری تحلیلی «ستاره دشت»، صادرات ۱۲ درصد بیشتر شد.", "ستاره دشت"),
        ("به گزارش «ستاره دشت»، صادرات ۱۲ درصد بیشتر شد.", "ستاره دشت"),
    ],
)
def test_no_quote_mark_left_on_name(text: str, want: str) -> None:
    assert extract_attribution(HEAD + text) == want
