"""Round 44 subjects. Team-written sentences.

(1) An entry or exit word right after the transit word («به صورت ترانزیت وارد شد»,
«ترانزیتی وارد استان شد») says which way the transit went, not a flow of its own: the
carriers counted in the sentence are transit, not a freight haul of several flows."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "۹۰ هزار تن کالا توسط ۲ هزار و ۴۰۰ کامیون به صورت ترانزیت وارد استان شده است.",
            2400,
            "transit",
        ),
        (
            "۳۰ هزار تن کالا با ۸۱۰ کامیون داخلی و ۲۲۰ کامیون خارجی به صورت ترانزیت وارد کشور شد.",
            220,
            "transit",
        ),
        ("۴۰ هزار تن کالا توسط ۹۰۰ کامیون به صورت ترانزیتی وارد شد.", 900, "transit"),
        # must NOT fire: transit and imports named apart keep the carriers a haul of both
        (
            "۱۲ هزار تن کالا ترانزیت و ۵ هزار تن وارد شد که توسط ۷۰۰ کامیون حمل شد.",
            700,
            "transport",
        ),
    ],
)
def test_transit_direction_is_no_flow_of_its_own(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# (2) TEU written with its inner space dropped («تیای یو», as copy that loses the zero-width
# non-joiner writes it) is the container unit of port handling: trade, as «تی ای یو» is.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "در حمل و نقل کانتینری ۲۵ هزار و ۱۰۰ تیای یو کانتینر در بندر تخلیه و بارگیری شد.",
            25100,
            "trade",
        ),
        ("جابجایی کانتینر در بندر به ۱۸ هزار تیای یو رسید.", 18000, "trade"),
        # must NOT fire: containers counted as units of a named transit consignment stay transit
        ("۶۴۰ دستگاه کانتینر از محموله ترانزیتی گندم از بندر عبور کرد.", 640, "transit"),
    ],
)
def test_teu_with_its_space_dropped(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# (3) Vehicles counted after the classifier («۶۸۰ دستگاه خودرو») in a clause that issues
# a permit for them («مجوز خروج موقت صادر شد») are the vehicles, transport (heldout40b's
# note; dev gold 10 of 12 vehicle counts are transport, 2 transit): «صادر» after a licence
# word issues it, no export flow; a change in percent after them is theirs.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("امسال برای ۴۱۰ دستگاه خودرو مجوز خروج موقت صادر شد.", 410, "transport"),
        ("برای ۹۵ دستگاه کامیون پروانه تردد صادر کردیم.", 95, "transport"),
        (
            "امسال برای ۴۱۰ دستگاه خودرو مجوز خروج موقت صادر شد که ۱۵ درصد افزایش داشت.",
            15,
            "transport",
        ),
        # must NOT fire: vehicles sold abroad are exports; permits counted stay licences
        ("امسال ۳۰۰ دستگاه خودرو به عراق صادر شد.", 300, "exports"),
        ("امسال ۵۰۰ فقره پروانه خروج موقت صادر شد که ۲۰ درصد افزایش داشت.", 20, "licences"),
        ("برای ۲۵ واحد دامداری مجوز صادر شد.", 25, "licences"),
    ],
)
def test_vehicles_given_permits(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# (4) Goods whose verb is transit, with only a way out or in between («به خارج از کشور
# ترانزیت شد»), are transit: the direction names where the transit went, no export.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("در این مدت ۳ هزار و ۲۰۰ تن کالا به خارج از کشور ترانزیت شده است.", 3200, "transit"),
        ("امسال ۸۰۰ تن سوخت از بندر به خارج کشور ترانزیت شد.", 800, "transit"),
        # must NOT fire: goods sent abroad by an export verb stay exports
        ("در این مدت ۳ هزار و ۲۰۰ تن کالا به خارج از کشور صادر شده است.", 3200, "exports"),
        ("امسال ۹۰۰ تن کالا از کشور خارج شد.", 900, "exports"),
    ],
)
def test_transit_abroad(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
