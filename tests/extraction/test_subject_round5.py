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


# An article plainly about one sector: its words four times or more, four times as often
# as any other sector's.
GAS_ARTICLE = (
    "مدیرعامل شرکت گاز استان گفت: عملیات گازرسانی به روستاهای شهرستان ادامه دارد و "
    "خط لوله جدید گاز طبیعی امسال تکمیل می‌شود. "
    "وی افزود: هم اکنون بیش از ۱۸۴ هزار مشترک در استان وجود دارد."
)
WELLS_ARTICLE = (
    "مدیرعامل آب منطقه ای استان گفت: حجم آب سدها کاهش یافته و برداشت از منابع آب "
    "زیرزمینی باید کنترل شود. وی افزود: در استان ۴۱ رشته قنات و ۹ هزار و ۲۰۰ دهنه "
    "چشمه ثبت شده و آبخوان ها در خطر است."
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (GAS_ARTICLE, [(184000, "count", "energy")]),
        (WELLS_ARTICLE, [(41, "count", "water"), (9200, "count", "water")]),
    ],
)
def test_count_takes_the_article_sector(
    text: str, want: list[tuple[float, str, str | None]]
) -> None:
    assert subjects(text) == want


def test_no_article_sector_when_not_plain() -> None:
    # gas named four times, but electricity twice: not four times as often
    mixed = GAS_ARTICLE.replace("شهرستان ادامه دارد", "شهرستان و برق رسانی به نیروگاه ادامه دارد")
    assert subjects(mixed) == [(184000, "count", None)]
    # a sector named three times only: no plain topic
    few = "شرکت گاز استان گفت: خط لوله گاز تکمیل شد. هم اکنون ۱۸۴ هزار مشترک وجود دارد."
    assert subjects(few) == [(184000, "count", None)]
    # since round 7 an amount or a percentage with nothing more specific takes the
    # article's sector too (the last-resort rule), but only in a plain article
    share = GAS_ARTICLE.replace("بیش از ۱۸۴ هزار مشترک", "۴۰ درصد مشترکان")
    assert [s for _, _, s in subjects(share)] == ["energy"]
    assert [
        s for _, _, s in subjects(mixed.replace("بیش از ۱۸۴ هزار مشترک", "۴۰ درصد مشترکان"))
    ] == [None]


def test_article_sector_spares_other_sectors_and_restated_counts() -> None:
    # the count's own noun phrase names another sector (wells: water) in a gas article
    wells = GAS_ARTICLE.replace("بیش از ۱۸۴ هزار مشترک", "۳۰۰ حلقه چاه غیرمجاز")
    assert subjects(wells)[-1][2] != "energy"
    # a headline restating the body's count is that count, not the article's sector
    restated = (
        "۲۳۰ واحد امسال بازمی‌گردد\n" + GAS_ARTICLE + " وی گفت: ۲۳۰ واحد صنعتی امسال بازمی‌گردد."
    )
    assert "energy" not in {s for v, _, s in subjects(restated) if v == 230}
