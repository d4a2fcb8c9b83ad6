"""The attribution cue words are data (crawler/data/attribution_cues.json): every cue the
file lists credits the agency it introduces, in the team's own sentences, and the words
that must not credit one (a trip «به استان فارس») stay out."""

from __future__ import annotations

import re

import pytest

from crawler.data import load
from crawler.extraction.attribution import extract_attribution
from crawler.extraction.lexicon import SOURCE_LINE_CUE

CUES = load("attribution_cues.json")


@pytest.mark.parametrize("phrase", CUES["report"])
def test_report_cue_credits_the_agency(phrase: str) -> None:
    text = f"{phrase} ایسنا، صادرات استان ۱۰ درصد بیشتر شد."
    assert extract_attribution(text) == "ایسنا"


@pytest.mark.parametrize("phrase", CUES["origin"])
def test_origin_cue_credits_the_copy_it_came_from(phrase: str) -> None:
    text = f"به گزارش پایگاه خبری نوا خبر {phrase} ایرنا، گندم خریداری شد."
    assert extract_attribution(text) == "ایرنا"


@pytest.mark.parametrize("phrase", CUES["source_line"])
def test_source_line_credits_the_agency(phrase: str) -> None:
    text = f"قیمت مرغ ثابت ماند و بازار آرام بود.\n{phrase}: خبرگزاری مهر"
    assert extract_attribution(text) == "خبرگزاری مهر"


@pytest.mark.parametrize("talk", CUES["interview_talk"])
def test_interview_cue_credits_the_agency(talk: str) -> None:
    text = f"مدیرکل صمت استان در {talk} با خبرنگار ایلنا گفت: ۲۰ واحد افتتاح شد."
    assert extract_attribution(text) == "ایلنا"


@pytest.mark.parametrize("verb", CUES["speech_verbs"])
def test_bare_to_before_a_speech_verb_is_an_interview(verb: str) -> None:
    text = f"مدیرکل صمت استان به ایسنا {verb} که ۲۰ واحد افتتاح شد."
    assert extract_attribution(text) == "ایسنا"


@pytest.mark.parametrize("kind", CUES["place_kinds"])
def test_a_place_named_with_its_kind_is_no_interview(kind: str) -> None:
    text = f"وزیر صمت در سفر به {kind} فارس در جمع مدیران گفت: ۲۰ واحد افتتاح شد."
    assert extract_attribution(text) is None


def test_wrote_credits_a_quoted_outlet() -> None:
    text = "«خبر جنوب» نوشت: قیمت خرما در بازار بوشهر ۲۰ درصد بالا رفت."
    assert extract_attribution(text) == "خبر جنوب"


def test_names_with_and_are_no_desk_tail() -> None:
    text = "به گزارش پایگاه خبری وزارت راه و شهرسازی، ۲۰۰ کیلومتر راه ساخته شد."
    assert extract_attribution(text) == "پایگاه خبری وزارت راه و شهرسازی"


def test_cue_tries_the_longest_phrase_first_and_bounds_its_first_word() -> None:
    pattern = re.compile(SOURCE_LINE_CUE)
    assert pattern.search("منبع خبر: ایانا").group() == "منبع خبر"
    assert pattern.search("بی‌منبع") is not None  # a ZWNJ is no word character
    assert pattern.search("آبمنبع") is None
