"""Round 36: a province a pipe, road or line only passes through or leads to («لوله‌گذاری از
طریق استان X و شهرستان Y انجام می‌شود», «در مسیر ارتباطی به X قرار دارد») is the route, not
where the story happens; the places joined right after it belong to the route too. A province
named after «از طریق» with no «استان» (customs, a port) and one the story happens in stay.
Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.provinces import province_mentions, rank_provinces


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in rank_provinces([("body", m) for m in province_mentions(text)])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a pipeline through another province and its county
            "استاندار کهگیلویه و بویراحمد گفت: گازرسانی به روستاهای دهستان آغاز شد. "
            "۹۰ کیلومتر لوله‌گذاری از طریق استان فارس و شهرستان سپیدان انجام می‌شود. "
            "این طرح از طریق استان فارس در ۳۰۰ روز اجرا می‌شود.",
            ["کهگیلویه و بویراحمد"],
        ),
        (  # «با عبور از استان»
            "مدیرعامل گاز استان لرستان گفت: خط انتقال با عبور از استان همدان به ملایر می‌رسد. "
            "خط انتقال با عبور از استان همدان ساخته می‌شود.",
            ["لرستان"],
        ),
        (  # a town on the road to another province
            "شمار گردشگران نوروزی در شهرکرد ۱۰ درصد بیشتر شد. بازدید از استان چهارمحال و "
            "بختیاری افزایش یافت. این شهر در مسیر ارتباطی و گردشگری به خوزستان قرار دارد. "
            "مسافران خوزستان بیشتر آمدند.",
            ["چهارمحال و بختیاری"],
        ),
        (  # must NOT fire: goods through the province's own customs
            "صادرات کالا از طریق گمرکات استان هرمزگان ۲۰ درصد افزایش یافت. "
            "مدیرکل گمرک هرمزگان این را گفت.",
            ["هرمزگان"],
        ),
        (  # must NOT fire: a route mention is the only one (the story's place stays)
            "۵۰ کیلومتر لوله‌گذاری از طریق استان زنجان انجام شد.",
            ["زنجان"],
        ),
    ],
)
def test_route_provinces(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("لوله‌گذاری از طریق استان فارس و شهرستان سپیدان انجام می‌شود.", [True, True]),
        ("این شهر سر راه به استان اصفهان است.", [True]),
        # must NOT fire: no «استان» after «از طریق», no «به» after «در مسیر», the cue after
        ("کالا از طریق گمرک بوشهر صادر شد.", [False]),
        ("این طرح در مسیر توسعه استان گیلان است.", [False]),
        ("استان یزد در مسیر توسعه است و از طریق بانک‌ها وام می‌دهد.", [False]),
        # must NOT fire: a place joined after a mention that is no route
        ("در استان قم و شهرستان کاشان لوله‌گذاری از طریق بخش خصوصی انجام شد.", [False, False]),
    ],
)
def test_route_flags(text: str, routes: list[bool]) -> None:
    assert [m.route for m in province_mentions(text)] == routes
