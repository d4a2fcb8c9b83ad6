"""Round two, point 9: the entity-declaration check reads the whole prolog, in any encoding.

It used to scan 4 KB for ``<!DOCTYPE … [`` and stop at the first ``]>``: a DOCTYPE after
a 5,000-byte comment, a ``]>`` inside a comment of the DTD, or a UTF-16 document went
through unrefused.
"""

from __future__ import annotations

import codecs

import pytest

from crawler.middlewares.limits import declares_entities

BOMB = '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
FEED = "<rss><channel><item><link>https://example.ir/news/1</link></item></channel></rss>"


def doc(prolog: str, encoding: str = "utf-8", bom: bytes = b"") -> bytes:
    return bom + (f'<?xml version="1.0" encoding="{encoding}"?>' + prolog + FEED).encode(
        encoding.replace("UTF-16", "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be")
        if bom
        else encoding
    )


@pytest.mark.parametrize(
    "body",
    [
        doc(f"<!DOCTYPE rss [{BOMB}]>"),
        doc("<!--" + "x" * 5000 + f"--><!DOCTYPE rss [{BOMB}]>"),
        doc(f"<!DOCTYPE rss [<!-- ]> -->{BOMB}]>"),
        doc(f"<!DOCTYPE rss [<?pi ]> ?>{BOMB}]>"),
        doc(f'<!DOCTYPE rss [<!ATTLIST rss v CDATA "]>">{BOMB}]>'),
        doc(f'<!DOCTYPE rss SYSTEM "x[y>z" [{BOMB}]>'),
        doc(f"<!doctype rss [{BOMB}]>"),
        doc(f"<!DOCTYPE rss [{BOMB}]>", "UTF-16", codecs.BOM_UTF16_LE),
        doc(f"<!DOCTYPE rss [{BOMB}]>", "UTF-16", codecs.BOM_UTF16_BE),
        f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE rss [{BOMB}]>{FEED}'.encode("utf-16-le"),
        codecs.BOM_UTF8 + doc(f"<!DOCTYPE rss [{BOMB}]>"),
        f"<!DOCTYPE rss [{BOMB}]>{FEED}".encode("utf-32"),
        doc(f"<!DOCTYPE rss [{BOMB}]>", "utf-7"),
        doc("<?pi " + "y" * 9000 + f"?>\n\n<!DOCTYPE rss [{BOMB}]>"),
    ],
    ids=[
        "plain",
        "after-5000-byte-comment",
        "close-inside-comment",
        "close-inside-pi",
        "close-inside-literal",
        "bracket-in-system-id",
        "lower-case-doctype",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf16-no-bom",
        "utf8-bom",
        "utf32",
        "utf7",
        "after-long-pi",
    ],
)
def test_entity_declarations_are_found_anywhere_in_the_prolog(body: bytes) -> None:
    assert declares_entities(body)


@pytest.mark.parametrize(
    "body",
    [
        doc(""),
        doc('<!DOCTYPE rss SYSTEM "http://example.ir/rss.dtd">'),
        doc("<!DOCTYPE rss [<!ELEMENT rss ANY><!-- <!ENTITY in a comment --> ]>"),
        doc("<!--" + "x" * 5000 + "-->"),
        (FEED[:-6] + "<![CDATA[<!DOCTYPE x [<!ENTITY a 'b'>]>]]></rss>").encode(),
        "<rss/>".encode("utf-16"),
        b"",
    ],
    ids=["none", "external", "entity-in-comment", "long-comment", "in-cdata", "utf16", "empty"],
)
def test_documents_without_entity_declarations_pass(body: bytes) -> None:
    assert not declares_entities(body)
