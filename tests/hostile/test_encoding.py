"""Charset choice and mojibake detection (``crawler.cleaning.encoding``), failure names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from twisted.python.failure import Failure

from crawler.cleaning.encoding import choose_encoding, looks_binary, mojibake_kind
from crawler.ops.failures import failure_reason
from tests.conftest import EXPECTED, FIXTURES, ROOT, SHARED, require_shared

TEAM_TEXTS = ROOT / "evaluation" / "gold"

PERSIAN = (
    "به گزارش خبرگزاری تسنیم از قزوین، مدیرکل صنعت، معدن و تجارت استان گفت: صادرات "
    "استان در سال جاری به 120 میلیون دلار رسیده است و ظرفیت واحدهای صنعتی افزایش یافت."
)
CP1256 = PERSIAN.replace("ی", "ي").encode("cp1256")
UTF8 = PERSIAN.encode("utf-8")


@pytest.mark.parametrize(
    ("garbled", "kind"),
    [
        (CP1256.decode("latin-1"), "cp1256_read_as_latin1"),
        (CP1256.decode("cp1252", errors="replace"), "replacement_chars"),
        (CP1256.decode("utf-8", errors="replace"), "replacement_chars"),
        (UTF8.decode("latin-1"), "utf8_read_as_latin1"),
        (UTF8.decode("cp1252", errors="replace"), "replacement_chars"),
        (UTF8.decode("cp1256"), "utf8_read_as_cp1256"),
    ],
)
def test_wrong_decodings_are_detected(garbled: str, kind: str) -> None:
    assert mojibake_kind(garbled) == kind
    assert mojibake_kind(PERSIAN + "\n" + garbled) == kind  # one garbled paragraph


def test_clean_text_is_not_mojibake() -> None:
    assert mojibake_kind(PERSIAN) is None
    assert mojibake_kind(None) is None
    # A few Latin accents, one replacement character, Arabic ط/ظ words: all legitimate.
    assert mojibake_kind(PERSIAN + " Société Générale (Zürich) ظرفیت طرح \ufffd") is None
    assert mojibake_kind("نظر، ضابطه، طبیعت، ظهر و ظلم در متن عادی " * 3) is None


def test_no_fixture_or_seed_text_is_flagged() -> None:
    """Every gold record and seed of the project reads as clean text."""
    checked = 0
    golds = [*EXPECTED.glob("*/*.json"), *(FIXTURES / "generic").glob("*.json")]
    for file in golds:
        gold = json.loads(file.read_text(encoding="utf-8"))
        for name in ("title", "lead", "body"):
            if isinstance(gold.get(name), str):
                assert mojibake_kind(gold[name]) is None, (file, name)
                checked += 1
    # The team's own texts always; ../shared's seeds when the checkout has them.
    texts = [*TEAM_TEXTS.rglob("texts/*.txt"), *(SHARED / "seeds").glob("*.txt")]
    for text in texts:
        assert mojibake_kind(text.read_text(encoding="utf-8")) is None, text
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        (UTF8, [None, None], "utf-8"),
        (UTF8, ["windows-1256", "windows-1256"], "utf-8"),  # valid UTF-8 wins
        (CP1256, [None, None], "cp1256"),  # undeclared: detected
        (CP1256, ["utf-8", "windows-1256"], "cp1256"),  # header lies, meta right
        (CP1256, ["iso-8859-1", None], "cp1256"),  # header lies, no meta
        (CP1256, [None, "windows-1256"], "cp1256"),
        (b"plain ascii page", [None, None], "utf-8"),
        ("café".encode("latin-1"), ["iso-8859-1", None], None),  # not Persian: Scrapy's
    ],
)
def test_choose_encoding(body: bytes, declared: list[str | None], expected: str | None) -> None:
    assert choose_encoding(body, declared) == expected


def test_cp1256_fixture_page_is_detected_without_its_declaration() -> None:
    page = (FIXTURES / "generic" / "cp1256-old-portal.html").read_bytes()
    undeclared = page.replace(b"charset=windows-1256", b"")
    assert choose_encoding(undeclared, [None, None]) == "cp1256"


def test_binary_bodies() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert looks_binary(b"%PDF-1.7 ...")
    assert looks_binary(bytes(range(256)) * 4)
    assert not looks_binary(UTF8)
    assert not looks_binary(CP1256)
    assert not looks_binary(b"")
    assert not looks_binary((FIXTURES / "generic" / "cp1256-old-portal.html").read_bytes())


def _failure(error: Exception) -> Failure:
    try:
        raise error
    except type(error):
        return Failure()


def test_failure_reasons_are_readable() -> None:
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet.error import ConnectionDone

    assert failure_reason(_failure(IgnoreRequest("Forbidden by robots.txt"))) == (
        "robots_disallowed"
    )
    assert failure_reason(_failure(IgnoreRequest("max redirections reached"))) == ("redirect_loop")
    assert failure_reason(_failure(ConnectionDone())) == "connection_lost"
    assert failure_reason(_failure(ValueError("x"))) == "ValueError"


def test_the_text_check_finds_texts() -> None:
    """The text check above must not pass by finding nothing."""
    assert len(list(TEAM_TEXTS.rglob("texts/*.txt"))) > 50, TEAM_TEXTS


def test_shared_seeds_exist() -> None:
    """When ../shared is there, the check above reads its seeds too."""
    shared = require_shared()
    assert list((shared / "seeds").glob("*.txt")), Path(shared).resolve()
