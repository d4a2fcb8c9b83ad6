"""Round 38 (subject helper C: figures the product left with no subject): team-written
sentences (not corpus text), one row per variant, with the near misses the rules must leave
alone.

- persons served by a utility network («از نعمت گاز بهره‌مند می‌شوند») in a sentence that
  first names the project or plan serving them («در پروژه گازرسانی به ...، ۱۷ هزار نفر ...»)
  are that utility's reach: a project is where they are served, never what persons are
  ('not_for_persons'), so the network rule decides as it does with no cue (figures/
  defaults.py 'persons_on_a_network'; dev gold: persons beside «بهره‌مند/برخوردار» and a
  utility word are water 8, energy 4).
- persons placed in lodging centres («... نفر در مراکز اقامتی استان مستقر شده‌اند») are
  hosted: tourism ('hosted_words'; dev gold: persons in a sentence naming «مراکز اقامتی» 15
  tourism, 1 capacity, which «ظرفیت» decides first).
- Nowruz guests («میهمانان نوروزی», «مهمانان نوروزی») are tourists: a tourism cue (dev gold
  3 of 3).
- a jobs noun heading a relative clause with the relative «ی» glued on («اشتغالی که ...
  ایجاد می‌شود ۱۵ نفر است») names the persons after the clause: employment, as «اشتغال
  ... که» does (figures/defaults.py 'jobs_of_a_relative_clause').
- a capacity head may be followed by the period it holds for («با ظرفیت تولید هر دوره ۲۶
  میلیون قطعه»): still a capacity ('count_capacity_before' links; dev gold 1 of 1).
- heads, birds or beds counted as an adjective («یک واحد ۲ هزار و ۵۰۰ قطعه‌ای پرورش
  بوقلمون») give the size of the establishment: capacity (figures/subject.py
  'size_as_an_adjective'; dev gold 2 of 2); a relative «ای که» is no adjective.
- persons with no subject whose clause says they left a place («... نفر هم از گیلان خارج
  شدند») are travellers, tourism, as those who came in are (figures/defaults.py
  'persons_who_came_in'; dev gold 2 of 2); persons out of an aid cycle or a list are not.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

ROWS = [
    # persons on a network, with a project named first
    (
        "استاندار گفت: در پروژه گازرسانی به این بخش، ۱۷ هزار و ۷۰۰ نفر از نعمت گاز بهره‌مند می‌شوند.",
        17700,
        "energy",
    ),
    ("در طرح آبرسانی به این روستاها ۶ هزار نفر از آب شرب سالم برخوردار شدند.", 6000, "water"),
    ("با اجرای پروژه برق‌رسانی ۲ هزار نفر به شبکه برق متصل شدند.", 2000, "electricity"),
    # near misses: persons a project employs, and a network with no project
    ("در پروژه گازرسانی به این بخش ۱۲۰ نفر مشغول به کار هستند.", 120, "employment"),
    ("۹ هزار نفر از نعمت گاز طبیعی برخوردار می‌شوند.", 9000, "energy"),
    # persons in lodging centres
    ("از آغاز تعطیلات تاکنون ۴۰۰ هزار نفر در مراکز اقامتی استان مستقر شده‌اند.", 400000, "tourism"),
    ("در این مدت ۸۵ هزار نفر در مرکز اقامتی شهرداری اسکان یافتند.", 85000, "tourism"),
    # near misses: the capacity of the lodging, persons working there
    ("ظرفیت اسکان در مراکز اقامتی استان ۵۰ هزار نفر است.", 50000, "capacity"),
    ("در مراکز اقامتی استان ۳۰۰ نفر مشغول به کار هستند.", 300, "employment"),
    # Nowruz guests
    ("شمار میهمانان نوروزی استان به مرز دو میلیون نفر رسید.", 2000000, "tourism"),
    ("تعداد مهمانان نوروزی شهرستان امسال ۳۵۰ هزار نفر بود.", 350000, "tourism"),
    # a jobs noun with the relative «ی» before «که»
    ("اشتغالی که با فعالیت این واحدها ایجاد می‌شود ۴۰۰ نفر است.", 400, "employment"),
    ("به طور متوسط اشتغالی که هر واحد ایجاد می‌کند حدود ۱۵ نفر است.", 15, "employment"),
    # near misses: another head noun before the relative clause
    ("محصولی که این واحدها تولید می‌کنند ۴۰۰ تن است.", 400, "production"),
    # a capacity per period
    (
        "۸۰۰ واحد مرغ گوشتی با ظرفیت تولید هر دوره ۱۲ میلیون قطعه در استان فعال است.",
        12000000,
        "capacity",
    ),
    ("۴۰ مرغداری با ظرفیت پرورش در هر دوره ۳ میلیون قطعه جوجه فعال است.", 3000000, "capacity"),
    # a size written as an adjective
    ("شهرستان یک واحد ۳ هزار و ۵۰۰ قطعه‌ای پرورش بوقلمون دارد.", 3500, "capacity"),
    ("یک واحد ۴۰ هزار قطعه ای مرغ تخمگذار در این بخش افتتاح شد.", 40000, "capacity"),
    # near misses: birds counted, not a size
    ("در این واحد ۵۰۰ راس دام نگهداری می‌شود.", 500, "livestock"),
    ("امسال ۲۰ هزار قطعه جوجه در این واحدها جوجه‌ریزی شد.", 20000, "livestock"),
    # travellers who left
    ("حدود ۲ میلیون نفر هم از ابتدای طرح نوروزی تاکنون از استان خارج شدند.", 2000000, "tourism"),
    ("در این مدت ۴۸۰ هزار نفر از مازندران خارج شده‌اند.", 480000, "tourism"),
    # near misses: out of an aid cycle (jobs), out of a list
    ("امسال ۲۳۰۰ نفر از مددجویان از چرخه حمایت خارج شدند.", 2300, "employment"),
]


@pytest.mark.parametrize("text", ["امسال ۳۰۰ نفر از فهرست متقاضیان خارج شدند."])
def test_round38c_out_of_a_list_is_no_travel(text: str) -> None:
    assert _figure(text, 300)["subject"] != "tourism"


@pytest.mark.parametrize(("text", "value", "subject"), ROWS)
def test_round38c_subjects(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
