"""Round 44 people phenomena (own sentences).

- «بابک مؤمنی ... گفت» then «مومنی گفت»: the copy drops the hamza seat of a surname in a
  later mention (as «رئیسی» / «رییسی», round 43); «ؤ» read as «و», one person, so the bare
  surname is no second, role-less person (h40a04).
- «با حضور استاندار گیلان ... به بهره برداری رسید» ... «با حضور دکتر X ... افتتاح شد»: a
  story of an event names its guest by office after the presence cue, then by name after
  the same cue; the one role-less person named so takes that office (h40b12). Two offices
  after the cue, two guests named, a plural, or a speaker named apart take nothing."""

import pytest

from crawler.extraction.people import extract_people

ROLE = "سرپرست سازمان جهاد کشاورزی استان"


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hamza seat «ؤ» dropped in the later surname
        (
            f"بابک مؤمنی {ROLE} گفت: صادرات مرکبات بالا رفت.\nمومنی گفت: کیوی هم صادر شد.",
            [("بابک مؤمنی", ROLE)],
        ),
        (
            f"علی رئوفی {ROLE} گفت: صادرات بالا رفت.\nرئوفی افزود: کیوی هم صادر شد.",
            [("علی رئوفی", ROLE)],
        ),
        # the full name written without the seat, the surname later with it
        (
            f"حسن موذنی {ROLE} گفت: صادرات بالا رفت.\nمؤذنی افزود: کیوی هم صادر شد.",
            [("حسن موذنی", ROLE)],
        ),
        # must not fire: another surname is another person
        (
            f"بابک مؤمنی {ROLE} گفت: صادرات بالا رفت.\nرضا محمدی مدیرکل گمرک استان افزود: "
            "کیوی هم صادر شد.",
            [("بابک مؤمنی", ROLE), ("رضا محمدی", "مدیرکل گمرک استان")],
        ),
    ],
)
def test_round44_hamza_seat_surname(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


OPENED = "خط تولید جدید در شهرک صنعتی به بهره برداری رسید."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guest by office, then by name after the same cue
        (
            f"با حضور استاندار گیلان {OPENED} با حضور دکتر رضا کاظمی کارخانه افتتاح شد.",
            [("رضا کاظمی", "استاندار گیلان")],
        ),
        (
            f"در روز دوم هفته دولت با حضور مدیرکل صنعت، معدن و تجارت استان زنجان {OPENED}\n"
            "همچنین با حضور مهندس علی محمدی کارخانه آسفالت افتتاح شد.",
            [("علی محمدی", "مدیرکل صنعت، معدن و تجارت استان زنجان")],
        ),
        # must not fire: two offices after the cue, two guests, a plural, a speaker
        (
            f"با حضور استاندار گیلان و مدیرکل صنعت گیلان {OPENED} با حضور دکتر رضا کاظمی "
            "کارخانه افتتاح شد.",
            [("رضا کاظمی", None)],
        ),
        (
            f"با حضور استاندار گیلان {OPENED} با حضور مهندس رضا کاظمی و علی محمدی کارخانه "
            "افتتاح شد.",
            [("رضا کاظمی", None), ("علی محمدی", None)],
        ),
        (
            f"با حضور مدیران استان {OPENED} با حضور دکتر رضا کاظمی کارخانه افتتاح شد.",
            [("رضا کاظمی", None)],
        ),
        (
            f"با حضور استاندار گیلان {OPENED} رضا کاظمی گفت: کارخانه افتتاح شد.",
            [("رضا کاظمی", None)],
        ),
    ],
)
def test_round44_guest_named_after_office(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected
