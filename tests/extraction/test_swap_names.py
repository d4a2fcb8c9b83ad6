"""The metamorphic people measure (``evaluation.swapnames``): its names must stay names
the product has never met, and the swap must rename text and gold alike."""

from __future__ import annotations

import random

from crawler.extraction.persian import fold
from evaluation.swapnames import known_parts, load_replacements, split_name, swap_text

NAMES = load_replacements()


def _all_names() -> list[str]:
    given = [g for names in NAMES["given"].values() for g in names]
    surnames = [s for names in NAMES["surnames"].values() for s in names]
    return given + surnames


def test_replacement_names_are_in_no_lexicon() -> None:
    """Nobody can lift swapped recall by adding these names to a lexicon."""
    known = {name: known_parts(name) for name in _all_names()}
    assert {n: k for n, k in known.items() if k} == {}


def test_the_lexicon_check_sees_lexicon_names() -> None:
    # a given name of the lexicon, a role word and a place: each is caught
    assert known_parts("محمد") == ["محمد"]
    assert known_parts("مدیرکل") != []
    assert known_parts("تبریز") != []
    # the grammar of names is shared on purpose, the stem is what is checked
    assert known_parts("سید آرتین قنبرزاده") == []
    assert known_parts("محمدزاده") == []  # a glued stem is one new word


def test_every_shape_is_listed() -> None:
    assert set(NAMES["surnames"]) == {"suffixed", "two_word", "prefixed", "plain"}
    assert all(len(v) >= 5 for v in NAMES["surnames"].values())
    assert len(set(_all_names())) == len(_all_names())  # no name written twice


def test_split_name() -> None:
    assert split_name("حمید رضا متین") == (["حمید", "رضا"], ["متین"])
    assert split_name("سید محمد حسینی") == (["سید", "محمد"], ["حسینی"])
    assert split_name("علیرضا رزم حسینی") == (["علیرضا"], ["رزم", "حسینی"])
    assert split_name("متین") == ([], ["متین"])


TEXT = (
    "به گزارش خبرنگار ما، علیرضا رزم حسینی مدیرکل صنعت استان گفت: تولید بالا رفت.\n"
    "رزم حسینی افزود: صادرات هم بیشتر شد. کشاورزی استان رشد کرد.\n"
    "احمد کشاورزی نیز گفت: خوب است."
)
GOLD = [
    {"name": "علیرضا رزم حسینی", "role": "مدیرکل صنعت استان"},
    {"name": "احمد کشاورزی", "role": None},
]


def test_swap_renames_text_and_gold_alike_and_is_seeded() -> None:
    one = swap_text(TEXT, GOLD, random.Random("11:x"), NAMES)
    two = swap_text(TEXT, GOLD, random.Random("11:x"), NAMES)
    assert one.text == two.text and one.people == two.people  # deterministic
    new = one.people[0]["name"]
    assert new != GOLD[0]["name"] and fold(new) in fold(one.text)
    assert "رزم حسینی" not in one.text  # surname alone renamed too
    assert one.people[0]["role"] == GOLD[0]["role"]
    # «کشاورزی» is also an everyday word (agriculture): that person is kept as written
    assert one.people[1] == GOLD[1] and one.renamed == 1
    assert "کشاورزی استان" in one.text
    assert one.kept == ["احمد کشاورزی (surname is an everyday word)"]
    assert GOLD[0]["name"] == "علیرضا رزم حسینی"  # the caller's gold is left alone
