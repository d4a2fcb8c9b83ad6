"""Round 15 kind rules, on sentences the team wrote: a job capacity that a licence or a
plan opens is the jobs planned (a target); a share measure stated with a past copula stays
a share; a scale word of a number («میلیون») is no present verb for the habit rule."""

from __future__ import annotations

from crawler.extraction.figures import extract_figures
from crawler.extraction.figures.kind import KindContext, _share_measure, planned_capacity
from crawler.extraction.lexicon import PRESENT_VERB_RE
from tests.extraction.test_figure_rules import reading


def test_a_capacity_a_licence_opens_is_a_target() -> None:
    text = "پروانه ساخت ۱۲ واحد لبنی با ظرفیت ایجاد اشتغال برای ۵۴۰ نفر صادر شد."
    assert planned_capacity(KindContext(reading(text, 1))) == "target"
    # the units licensed are a count of what happened, not a capacity
    assert planned_capacity(KindContext(reading(text, 0))) is None


def test_a_standing_capacity_is_no_plan() -> None:
    text = "این کارخانه ۲۱۰ نفر ظرفیت اشتغال پایدار دارد."
    assert planned_capacity(KindContext(reading(text))) is None


def test_a_measure_with_a_past_copula_stays_a_share() -> None:
    was = "ضریب اشغال مهمان‌سراهای استان در تعطیلات ۶۴ درصد بوده است."
    assert _share_measure(KindContext(reading(was)))
    reached = "ضریب نفوذ بیمه در این شهرستان به ۶۴ درصد رسیده است."
    assert not _share_measure(KindContext(reading(reached)))


def test_a_scale_word_is_no_present_verb() -> None:
    assert PRESENT_VERB_RE.search("۲۱۰ میلیون ریال") is None
    assert PRESENT_VERB_RE.search("۳ میلیارد تومان") is None
    assert PRESENT_VERB_RE.search("به فروش می رسد") is not None


def test_listed_prices_with_a_past_copula_are_actual() -> None:
    text = "بیشترین قیمت هر متر آپارتمان ۹۰ میلیون تومان و کمترین آن ۳۰ میلیون تومان بود."
    kinds = {float(f.value): f.kind for f in extract_figures(text)}
    assert kinds == {90_000_000.0: "actual", 30_000_000.0: "actual"}
