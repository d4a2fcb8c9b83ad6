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


# Team sentences: the same person named later under another spelling of the surname.
# If the swap leaves that spelling behind, the product rightly finds the old name and the
# swapped gold counts it as a non-person: the tool's fault, not the product's.
VARIANTS = [
    # the tail of a three-word surname, written glued later
    (
        "بهرام سلطان قزلباش مدیرکل گمرک استان گفت: صادرات زیاد شد. قزل‌باش افزود: واردات کم شد.",
        "بهرام سلطان قزلباش",
        "قزلباش",
    ),
    # a surname written glued to a compound given name, then alone
    (
        "علی اصغرشیرازپور رئیس اتاق استان گفت: صادرات زیاد شد. شیرازپور افزود: واردات کم شد.",
        "علی اصغرشیرازپور",
        "شیرازپور",
    ),
    # a one-letter slip of the surname in the second mention
    (
        "کامران دلاورپناه رئیس بانک استان گفت: وام زیاد شد. دلاورپنام افزود: سپرده کم شد.",
        "کامران دلاورپناه",
        "دلاورپنام",
    ),
    (
        "کامران دلاورپناه رئیس بانک استان گفت: وام زیاد شد. دلاوپرناه افزود: سپرده کم شد.",
        "کامران دلاورپناه",
        "دلاوپرناه",
    ),
]


def test_swap_leaves_no_other_spelling_of_the_surname() -> None:
    for text, name, leftover in VARIANTS:
        out = swap_text(text, [{"name": name, "role": None}], random.Random("11:v"), NAMES)
        assert out.renamed == 1, text
        assert fold(leftover) not in fold(out.text).replace(" ", ""), (text, out.text)


def test_swap_keeps_everyday_words_close_to_a_surname() -> None:
    text = "احمد رضایی گفت: رضایت مردم از بازار زیاد شد."
    out = swap_text(text, [{"name": "احمد رضایی", "role": None}], random.Random("1"), NAMES)
    assert "رضایت مردم" in out.text
