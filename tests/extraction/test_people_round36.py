"""Round 36: an ordinal may stand between «در» and the event a speaker is named at («X در
بیستمین نشست ... گفت», «X در نخستین جلسه ... گفت»): the event still anchors a name whose
given name is an everyday word («حسن», «امید»). An ordinal event with no speech verb after
it, or a word that only ends like an ordinal, anchors nothing. Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "به گزارش برنا؛ حسن کاظمی در بیستمین نشست کارگروه اشتغال اظهار داشت: "
            "۲۰۰ فقره وام پرداخت شد.",
            ["حسن کاظمی"],
        ),
        ("امید رحمانی در نخستین جلسه شورای کشاورزی گفت: برداشت آغاز شد.", ["امید رحمانی"]),
        ("امید رحمانی در سومین نشست ستاد تنظیم بازار گفت: قیمت ثابت ماند.", ["امید رحمانی"]),
        # must NOT fire: no speech verb after the event
        ("امید رحمانی در نخستین جلسه شورای کشاورزی تجلیل شد.", []),
        # must NOT fire: a word ending like an ordinal is no ordinal («زمین»)
        ("امید رحمانی در زمین نشست و کار کرد.", []),
    ],
)
def test_ordinal_event_anchors_name(text: str, want: list[str]) -> None:
    assert _names(text) == want
