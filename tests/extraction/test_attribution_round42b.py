"""Round 42 (second people helper) attribution: a listed outlet's short closing credit
(«منبع: دانا» for «شبکه اطلاع رسانی راه دانا», h38a03) is an alias; «دانا» is also an
everyday word («wise») and a given name, so it is a common-word alias, read only at the end
of a credit phrase. Must-not-fire rows: the word inside a sentence, a person named «دانا»."""

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("مدیرکل صنعت گفت: تولید ۱۲ درصد بیشتر شد. منبع : دانا |", "شبکه اطلاع رسانی راه دانا"),
        ("مدیرکل صنعت گفت: تولید ۱۲ درصد بیشتر شد.\nمنبع: دانا", "شبکه اطلاع رسانی راه دانا"),
        ("به گزارش راه دانا، مدیرکل صنعت گفت: تولید بیشتر شد.", "شبکه اطلاع رسانی راه دانا"),
        # must not fire: the everyday word, a person's given name
        ("مدیرکل صنعت گفت: مردم دانا هستند و تولید ۱۲ درصد بیشتر شد.", None),
        ("دانا رضایی مدیرکل صنعت گفت: تولید ۱۲ درصد بیشتر شد.", None),
    ],
)
def test_short_credit_alias(text: str, source: str | None) -> None:
    assert extract_attribution(HEAD + text) == source
