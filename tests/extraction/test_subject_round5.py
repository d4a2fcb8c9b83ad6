"""Subject phenomena of round 5, on sentences the team wrote: goods that a customs office
reports crossing a border are imports, exports or transit by the verb that says which way
they went, not the customs office's «trade»; the value of «these goods» crossed with them."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def subjects(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # came in: the place entered stands between «وارد» and the verb
        (
            "مدیرکل گمرکات استان گفت: ۹۲ هزار تن کالا به ارزش ۳۱۰ میلیون دلار از طریق گمرک "
            "بازرگان وارد آذربایجان غربی شد.",
            [(92000, "ton", "imports"), (310000000, "USD", "imports")],
        ),
        (
            "در نیمه نخست امسال ۱۴ هزار تن محموله از گمرکات وارد کشور گردیده است.",
            [(14000, "ton", "imports")],
        ),
        # went out of the country
        (
            "ناظر گمرکات گفت: سه میلیون تن کالا از مرزهای رسمی استان از کشور خارج شده است.",
            [(3000000, "ton", "exports")],
        ),
        # passed through
        (
            "در این مدت ۲۴۰ هزار تن کالا از گمرک میرجاوه ترانزیت شده است.",
            [(240000, "ton", "transit")],
        ),
        # the value of «these goods» in the next sentence crossed with them
        (
            "امسال ۵۰۰ هزار تن کالا از گمرکات استان از کشور خارج شد. مدیر گمرک افزود: ارزش "
            "این کالاها ۲۱۰ میلیون دلار بوده است.",
            [(500000, "ton", "exports"), (210000000, "USD", "exports")],
        ),
    ],
)
def test_goods_crossing_the_border(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert subjects(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # goods exchanged, no direction: trade stays
        ("در شش ماه ۵۰ هزار تن کالا در گمرک استان مبادله شد.", [(50000, "ton", "trade")]),
        # wheat that entered silos is no import: no goods word, the sector decides
        ("۱۰ هزار تن گندم وارد سیلوهای استان شد.", [(10000, "ton", "agriculture")]),
    ],
)
def test_no_crossing_without_goods_and_direction(
    text: str, want: list[tuple[float, str, str | None]]
) -> None:
    assert subjects(text) == want
