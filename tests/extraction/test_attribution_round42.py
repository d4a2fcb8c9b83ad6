"""Round 42 attribution phenomena (own sentences): a site's own credit that goes on to
quote an organisation by name («به گزارش X و به نقل از سازمان صنعت، معدن و تجارت ...»)
credits the site: the organisation is the release it reported (as a press office, Round
33, and «منبع: سازمان بنادر»), no outlet. Must-not-fire rows: an outlet no list holds, or
an organisation's portal, after «به نقل از» is still the origin that wins. A known
newspaper's short name («رسالت», an everyday word: a common-word alias) and a known
agency spelt with an adjective («خبرگزاری اقتصادی ایران») are aliases (h37a05, h37a10).
«خبرگزاری» before an unknown name with an outlet's tail («X نیوز», «X۲۴») or before a
kind of its own («هفته‌نامه X») is no part of the name (swap-outlets)."""

import pytest

from crawler.extraction.attribution import extract_attribution


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an organisation quoted by name after the site's own credit: the site
        (
            "به گزارش چشمه نور و به نقل از سازمان صنعت، معدن و تجارت زنجان، علی رضایی"
            " گفت: ۳۰ معدن فعال است.",
            "چشمه نور",
        ),
        (
            "به گزارش چشمه نور به نقل از اداره کل راه و شهرسازی استان، علی رضایی گفت:"
            " ۳۰ طرح آغاز شد.",
            "چشمه نور",
        ),
        # a known newspaper by its short name («رسالت»), also glued to a desk word
        ("خرم آباد - خبرنگاررسالت:\nسطح آب سدها ۱۲ درصد بالا رفت.", "روزنامه رسالت"),
        ("به گزارش رسالت، سطح آب سدها ۱۲ درصد بالا رفت.", "روزنامه رسالت"),
        # a known agency spelt with the adjective («اقتصادی») for its noun
        (
            "به گزارش خبرگزاری اقتصادی ایران؛ مدیر باغبانی گفت: ۱۲ هزار هکتار کشت شد.",
            "خبرگزاری اقتصاد ایران",
        ),
        # «خبرگزاری» before a name with an outlet's tail, or before a kind of its own
        ("به گزارش خبرگزاری چشمه نیوز، علی رضایی گفت: ۱۲ طرح افتتاح شد.", "چشمه نیوز"),
        ("به گزارش خبرگزاری تیراژه۲۴، علی رضایی گفت: ۱۲ طرح افتتاح شد.", "تیراژه۲۴"),
        (
            "به گزارش خبرگزاری هفته‌نامه ندای تفتان، علی رضایی گفت: ۱۲ طرح افتتاح شد.",
            "ندای تفتان",
        ),
        ("به گزارش خبرگزاری روزنامه چشمه نور، علی رضایی گفت: ۱۲ طرح آغاز شد.", "چشمه نور"),
        # must not fire: «خبرگزاری» before a plain name stays, as the gold writes it
        ("به گزارش خبرگزاری آوای دنا، علی رضایی گفت: ۱۲ طرح افتتاح شد.", "خبرگزاری آوای دنا"),
        ("به گزارش خبرگزاری کتاب برتر، علی رضایی گفت: ۱۲ طرح آغاز شد.", "خبرگزاری کتاب برتر"),
        # must not fire: the everyday word «رسالت» (mission) in a quote credits nobody
        ("مدیرکل گفت: رسالت ما خدمت به مردم است و ۱۲ طرح افتتاح شد.", None),
        # must not fire: an outlet no list holds after «به نقل از» is the origin
        (
            "به گزارش چشمه نور به نقل از کویرنیوز، علی رضایی گفت: ۳۰ معدن فعال است.",
            "کویرنیوز",
        ),
        # must not fire: an organisation's portal is an outlet
        (
            "به گزارش چشمه نور به نقل از پایگاه اطلاع رسانی سازمان بنادر، ۳۰ کشتی پهلو گرفت.",
            "پایگاه اطلاع رسانی سازمان بنادر",
        ),
    ],
)
def test_organisation_quoted_after_site_credit(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source
