"""Round 44 people phenomena (own sentences).

- «بابک مؤمنی ... گفت» then «مومنی گفت»: the copy drops the hamza seat of a surname in a
  later mention (as «رئیسی» / «رییسی», round 43); «ؤ» read as «و», one person, so the bare
  surname is no second, role-less person (h40a04)."""

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
