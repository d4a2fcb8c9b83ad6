"""A size cut that falls inside a Persian letter must not make the page "garbled".

Cutting a UTF-8 body at a byte count splits a two-byte letter about half the time; the
broken sequence decoded to U+FFFD and the mojibake check rejected the whole page, so a
large Persian page could give no record at all instead of a truncated one.
"""

from __future__ import annotations

from pathlib import Path

from crawler.middlewares.limits import cut_body
from tests.hostile.test_round2_extract_inputs import extract, huge_article


def test_cut_body_gives_back_a_split_letter() -> None:
    body = "سلام".encode()  # four two-byte letters
    assert cut_body(body, 3) == "س".encode()
    assert cut_body(body, 4) == "سل".encode()
    assert cut_body(body, 100) == body
    assert cut_body(b"abcdef", 3) == b"abc"


def test_a_page_cut_inside_a_letter_is_extracted_and_flagged(tmp_path: Path) -> None:
    # no declared charset, as on many small sites: the decoder then has only the bytes
    data = huge_article(300_000).replace(b'<meta charset="utf-8">', b"")
    inside = next(i for i in range(200_000, len(data)) if 0x80 <= data[i] <= 0xBF)
    page = tmp_path / "cut.html"
    page.write_bytes(data)
    code, records, stderr, _ = extract("-s", f"HTML_MAXSIZE={inside}", str(page))
    assert code == 0, stderr[-2000:]
    assert len(records) == 1 and "html_truncated" in records[0]["errors"]
    assert "\ufffd" not in (records[0]["body"] or "")
