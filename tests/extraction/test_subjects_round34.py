"""Round 34 (subject helper A; heldout31's freight misses, counted against the dev gold
first): team-written sentences (not corpus text), one row per variant, with the near misses
the rule must leave alone.

- vehicles counted (a carrier, «دستگاه ناوگان», or «دستگاه» standing alone) in a sentence
  whose only flow of goods is transit are the transit fleet: transit, in traffic too (dev
  gold: 11 of 11 vehicles counted beside transit); freight traffic with no flow named, a
  sentence naming exports as well, and machines counted stay as they were
  (figures/subject.py 'transit_fleet').
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

TRANSIT_FLEET_ROWS = [
    ("در نه ماه گذشته ۴۵ هزار دستگاه ناوگان ترانزیتی از مرز استان تردد کرده‌اند.", 45000, "transit"),
    ("پایانه مرزی میرجاوه با ۱۲ هزار دستگاه، رتبه نخست ترانزیت کالا را دارد.", 12000, "transit"),
    (
        "این مرز با ثبت عبور ۸ هزار و ۴۰۰ دستگاه در صدر پایانه‌های ترانزیتی کشور است.",
        8400,
        "transit",
    ),
    ("امسال ۳ هزار کامیون ترانزیتی از گمرک استان تردد کردند.", 3000, "transit"),
    # near misses: freight traffic with no flow, two flows named, machines counted
    ("در حوزه حمل و نقل باری، تردد ناوگان به ۶۰ هزار دستگاه رسید.", 60000, "transport"),
    (
        "۵ هزار دستگاه کامیون حامل کالای صادراتی و ترانزیتی از این مرز خارج شد.",
        5000,
        "exports",  # carried_flow's nearest flow, left as it was
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), TRANSIT_FLEET_ROWS)
def test_transit_fleet(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


def test_machines_beside_transit_are_not_the_fleet() -> None:
    text = "برای توسعه پایانه ترانزیت ۲۰ دستگاه لیفتراک خریداری شد."
    assert _figure(text, 20)["subject"] != "transit"
