"""Round 35 (heldout32's subject misses, checked against the dev gold).

- a percentage in a clause joined («و») to an earlier clause of its sentence, with no cue
  of its own before it, measures what that earlier clause named, when the only cues after
  it stand past a comma that opens a segment with a number of its own («نرخ اشتغال‌نیافتگان
  ... کاهش داشت و امسال به ۹.۷ درصد رسید، ... ۱۲ هزار شغل ایجاد شد»: unemployment, not
  the jobs of the later number) (figures/subject.py '_earlier_clause_subject').
- a cue inside a phrase naming a cause ('cause_openers' in grammar.json: «بر اثر», «به
  دلیل» ...) says why an amount changed, not what it measures: the cue before that phrase
  does («تولید پسته به دلیل بارش‌های کافی ۳۰۰ تن افزایش یافت»: production, not water)
  (figures/subject.py '_cause_before').
- the amount after «به» that ends a change «از A به B» (same unit, same sentence) measures
  what A measured, though goods named after B would give their sector («تولید ... از ۴ هزار
  تن به ۹ هزار تن حبوبات رسید»: production) (figures/defaults.py 'range_end_of_previous').
- «سطح کاشت» (the area planted) is a cultivation cue, as «زیر کشت» is («بیشترین سطح کاشت
  زعفران برابر ۳۸ درصد ... به استان اختصاص دارد»: cultivation, not the output named
  earlier in the clause).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "نرخ بیکاری در پنج سال اخیر روند کاهشی داشته و در پاییز امسال به ۹.۷ درصد "
            "رسیده، همچنین در سال گذشته ۱۲ هزار شغل در استان ایجاد شد.",
            9.7,
            "unemployment",
        ),
        (
            "صادرات استان در سال‌های اخیر کاهش یافت و اکنون به ۳۵ درصد رسیده است، "
            "نرخ مشارکت اقتصادی ۴۲ درصد است.",
            35,
            "exports",
        ),
        # the cue right after the number, before the comma, still names it
        (
            "نرخ بیکاری در استان کاهش یافت و امسال ۸ درصد اشتغال افزایش یافت، "
            "همچنین ۵ هزار شغل ایجاد شد.",
            8,
            "employment",
        ),
        # no earlier clause in the sentence: the words after the number decide as before
        (
            "امسال به ۱۲ درصد رسید، و ۱۴ هزار شغل ایجاد شد.",
            12,
            "employment",
        ),
    ],
)
def test_percent_of_the_earlier_clause(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "رئیس جهاد کشاورزی گفت: تولید پسته در این شهرستان به دلیل بارش‌های کافی "
            "امسال ۳۰۰ تن افزایش یافت.",
            300,
            "production",
        ),
        (
            "صادرات سیب استان در اثر کاهش قیمت بنزین در کشور همسایه ۱۲ درصد کم شد.",
            12,
            "exports",
        ),
        # no cue before the cause phrase: the cue inside it stays the only one
        (
            "بر اثر بارش‌های اخیر حجم آب سدهای استان ۲۰ میلیون مترمکعب افزایش یافت.",
            2e7,
            "water",
        ),
    ],
)
def test_cue_inside_a_cause_phrase(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "وی افزود: تولید در پنج سال اخیر دو برابر شد و از ۴ هزار تن به ۹ هزار تن حبوبات رسید.",
            9000,
            "production",
        ),
        # another unit after «به»: not the end of the same change
        (
            "وی افزود: تولید زعفران از ۴ تن گذشت و درآمد کشاورزان به ۹۰ میلیارد تومان رسید.",
            9e10,
            "revenue",
        ),
    ],
)
def test_end_of_a_change_from_to(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "وی گفت: رتبه اول تولید انار با ۹۰ هزار تن ، رتبه سوم عسل و بیشترین سطح کاشت "
            "زعفران برابر ۳۸ درصد زعفران کشور به استان اختصاص دارد.",
            38,
            "cultivation",
        ),
        ("سطح کاشت گندم آبی استان امسال ۴۵ هزار هکتار است.", 45000, "cultivation"),
    ],
)
def test_area_planted(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
