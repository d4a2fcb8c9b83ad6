"""Attribution on outlets no list holds (round 11): an unknown outlet is credited by its
name as written, cut at the right boundary (no desk words before it, no reporter, desk
place or page label after it), in every credit phrasing (a report, a dateline, an
interview, a closing «/X», a source line, a chain whose origin wins); known agencies keep
their canonical name; and «گزارش» that credits nobody (prose, a report's name, a
ministry, a person) gives nothing. Sentences written by the team; the outlet names are
invented (none is in crawler/data/agencies.json). Conventions as in the real-text NOTES."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.persian import key
from evaluation.outlet_swap import (
    cases,
    invented_outlets,
    known_keys,
    mentions,
    neutral,
    swap,
)

BODY = "مدیرکل صنعت، معدن و تجارت استان گفت: امسال ۱۲۰ واحد صنعتی راکد فعال شد."
SAID = "رضایی {} گفت: امسال ۱۲۰ واحد صنعتی راکد در استان فعال شد."


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # the desk words before the name go, the kind of outlet with its ZWNJ too
        (f"به گزارش خبرنگار گروه استان‌های هفته‌نامه نگاه شمال، {BODY}", "نگاه شمال"),
        (f"به گزارش خبرنگار پایگاه خبری تحلیلی چشم‌انداز جنوب، {BODY}", "چشم‌انداز جنوب"),
        (f"به گزارش گروه اقتصادی روزنامه صدای کرانه، {BODY}", "صدای کرانه"),
        # a desk's place after the name goes; a name that ends in a place keeps it
        (f"به گزارش کویرنیوز مرکز خوزستان، {BODY}", "کویرنیوز"),
        (f"به گزارش سپیدار نیوز استان زنجان، {BODY}", "سپیدار نیوز"),
        (f"به گزارش زاگرس‌پویا نیوز گیلان، {BODY}", "زاگرس‌پویا نیوز"),
        (f"به گزارش خبر تیراژه خراسان جنوبی، {BODY}", "خبر تیراژه"),
        (f"به گزارش آینه یزد، {BODY}", "آینه یزد"),
        (f"به گزارش خبرگزاری آوای دنا، {BODY}", "خبرگزاری آوای دنا"),
        (f"به گزارش تیرداد از اصفهان، {BODY}", "تیرداد"),
        # a page label the credit runs into ends the name
        (f"{BODY}\nمنبع: دیار۲۴ برچسب‌ها", "دیار۲۴"),
        # a dateline, the kind of outlet cut
        (f"همدان - روزنامه صدای کرانه: {BODY}", "صدای کرانه"),
        (f"اردبیل - پایگاه خبری آوای سبلان: {BODY}", "آوای سبلان"),
        (f"کرمان - هفته‌نامه ندای تفتان: {BODY}", "ندای تفتان"),
        # a closing slash and a source line
        (f"{BODY} /روزنامه صدای کرانه\n", "صدای کرانه"),
        (f"{BODY} /پایگاه خبری آوای سبلان\n", "آوای سبلان"),
        (f"{BODY}\nمنبع: هفته‌نامه ندای تفتان", "ندای تفتان"),
        # an interview with the outlet's reporter, its agency or an outlet-shaped name
        (SAID.format("در گفت‌وگو با خبرنگار کویرنیوز"), "کویرنیوز"),
        (SAID.format("در گفت‌وگو با خبرنگاردیار۲۴"), "دیار۲۴"),
        (SAID.format("در گفتگو با خبرنگار پایگاه خبری آوای سبلان در اردبیل"), "آوای سبلان"),
        (SAID.format("در گفت‌وگو با خبرگزاری آوای دنا"), "خبرگزاری آوای دنا"),
        (SAID.format("در گفت‌وگو با سپیدار نیوز"), "سپیدار نیوز"),
        (SAID.format("به «کاوشگر»"), "کاوشگر"),
        # a chain: the origin wins, known or not, over a known or unknown reporter
        (f"به گزارش ایرنا به نقل از کویرنیوز، {BODY}", "کویرنیوز"),
        (f"به گزارش ورتان به نقل از هفته‌نامه نگاه شمال، {BODY}", "نگاه شمال"),
        (f"به گزارش ورتان به نقل ازخبرنگار مهر، {BODY}", "خبرگزاری مهر"),
        (f"به نقل ازخبرنگار مهر، {BODY}", "خبرگزاری مهر"),
        # ... but a person or an organisation cited by a known agency is no origin
        (f"به گزارش ایسنا به نقل از مدیرکل بنادر استان، {BODY}", "ایسنا"),
        (f"به گزارش ایرنا به نقل از سازمان بنادر و دریانوردی، {BODY}", "ایرنا"),
        # known agencies keep their canonical name, however written
        (f"به گزارش پانا، {BODY}", "خبرگزاری پانا"),
        (f"سمنان (پانا) - {BODY}", "خبرگزاری پانا"),
    ],
)
def test_unknown_outlets_by_name(text: str, agency: str) -> None:
    assert extract_attribution(text) == agency


@pytest.mark.parametrize(
    "text",
    [
        # «گزارش» in prose credits nobody
        f"این گزارش نشان می‌دهد تولید گندم ۲۰ درصد بیشتر شد. {BODY}",
        f"بر پایه گزارش‌ها، {BODY}",
        # «به گزارش» before a ministry, an organisation or a report's name
        f"به گزارش وزارت نیرو، مصرف برق ۱۰ درصد بالا رفت. {BODY}",
        f"به گزارش مرکز آمار ایران، نرخ بیکاری ۸ درصد شد. {BODY}",
        f"به گزارش بانک جهانی، رشد اقتصادی ۳ درصد است. {BODY}",
        f"به گزارش سالانه سازمان برنامه، ۳۰ طرح نیمه‌تمام است. {BODY}",
        # a person after «به گزارش», a press office
        f"به گزارش مهدی حسینی مدیرکل بنادر، ۲۰ کشتی پهلو گرفت. {BODY}",
        f"به گزارش اداره ارتباطات و اطلاع‌رسانی اداره کل راه و شهرسازی، {BODY}",
        # an interview with people or a role is no outlet; a trip is no interview
        SAID.format("در گفت‌وگو با مردم"),
        SAID.format("در گفت‌وگو با مدیرکل"),
        SAID.format("در گفت‌وگو با رسانه‌ها"),
        SAID.format("در سفر به اصفهان"),
        # «مرکز اصفهان» is a desk's place, no outlet
        f"{BODY} /مرکز اصفهان\n",
    ],
)
def test_no_outlet(text: str) -> None:
    assert extract_attribution(text) is None


def test_invented_outlets_are_unknown() -> None:
    """The swap measures outlets the product never met: none may be a known spelling, or
    open with one («نسیم کارون» reads as the Karun bureau of the agency «نسیم», as «مهر
    کرمان» is Mehr's Kerman bureau, so it would measure the agency list, not the reading)."""
    known = known_keys()
    outlets = invented_outlets()
    assert len(outlets) >= 20
    for o in outlets:
        assert key(o.written) not in known, o.written
        assert key(o.credited) not in known, o.credited
        assert key(o.written.split()[0]) not in known, o.written
        assert extract_attribution(f"به گزارش {o.written}، {BODY}") != "", o.written


def test_invented_outlets_cover_the_forms() -> None:
    written = [o.written for o in invented_outlets()]
    for head in ("پایگاه خبری", "روزنامه", "هفته‌نامه", "خبرگزاری"):
        assert any(w.startswith(head) for w in written), head
    assert any(w.endswith("نیوز") for w in written)
    assert any(len(w.split()) == 1 and "\u200c" not in w for w in written)  # one word
    assert any(len(w.split()) == 1 and "\u200c" in w for w in written)  # glued


def test_known_keys_reads_agencies_json() -> None:
    data = json.loads(
        (Path(__file__).resolve().parents[2] / "crawler/data/agencies.json").read_text("utf-8")
    )
    assert key(data["agencies"][0]["name"]) in known_keys()


def test_swap_replaces_every_credit_and_spares_everyday_words() -> None:
    text = (
        "به گزارش خبرنگار مهر از اراک، در مهر ماه ۲۰ واحد فعال شد.\n"
        "رضایی در گفت‌وگو با مهر گفت: در استان فارس ۳۰ طرح داریم.\nانتهای پیام/ مهر"
    )
    spans = mentions(text, "خبرگزاری مهر")
    assert [text[a:b] for a, b in spans] == ["مهر", "مهر", "مهر"]
    swapped = swap(text, spans, "کویرنیوز")
    assert "مهر ماه" in swapped and swapped.count("کویرنیوز") == 3
    bare = neutral(text, spans)
    # the crediting clauses go, the month and the rest stay
    assert "گزارش" not in bare and "انتهای" not in bare and "گفت‌وگو" not in bare
    assert "مهر ماه" in bare and "۳۰ طرح" in bare


def test_cases_are_deterministic_and_expect_the_credited_name() -> None:
    text = (
        f"به گزارش خبرگزاری تسنیم از یزد، {BODY}\n"
        "علی رضایی گفت: ۲۰ طرح صنعتی و کشاورزی در شهرستان‌های استان با سرمایه ۳۰ میلیارد"
        " تومان افتتاح شد."
    )
    golds = [{"seed": "t1.txt", "attributed_to": "خبرگزاری تسنیم", "provinces": ["یزد"]}]
    first = list(cases(golds, {"t1.txt": text}, invented_outlets()))
    again = list(cases(golds, {"t1.txt": text}, invented_outlets()))
    assert first == again
    modes = {c.mode: c for c in first}
    assert set(modes) == {
        *("unswapped", "swapped", "dateline", "report"),
        *("interview", "closing", "source", "chain"),
    }
    credited = modes["swapped"].expected
    assert credited in {o.credited for o in invented_outlets()}
    assert "تسنیم" not in modes["swapped"].text and "تسنیم" not in modes["dateline"].text
    assert modes["unswapped"].expected == "خبرگزاری تسنیم"
