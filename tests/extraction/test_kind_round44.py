"""Round 44 kinds. A change word right before a percentage in its adjectival form belongs
to that percentage: the amount after it («با رشد ۴۰ درصدی ۲ هزار تن کالا ترانزیت شد») is the
level reached, not a change. Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "امسال با رشد ۴۰ درصدی دو هزار و ۲۰۰ تن کالا از بندر ترانزیت شده است.",
            2200,
            "actual",
        ),
        (
            "صادرات استان با رشد ۵ درصدی ۳۰۰ میلیون دلار بوده است.",
            300_000_000,
            "actual",
        ),
        # must NOT change: the percentage keeps the change, an amount right after the cue
        # is a change
        (
            "امسال با رشد ۴۰ درصدی دو هزار و ۲۰۰ تن کالا از بندر ترانزیت شده است.",
            40,
            "change",
        ),
        (
            "تولید گندم امسال با افزایش ۲۰۰ هزار تن همراه بوده است.",
            200_000,
            "change",
        ),
    ],
)
def test_change_cue_of_the_percent_before(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind
