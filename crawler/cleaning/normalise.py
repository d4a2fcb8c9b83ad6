"""hazm normalisation that keeps numbers parseable.

hazm's defaults rewrite Latin digits as Persian and decimal points as «٫», and its
spacing rules put spaces around «/» (``۱۴۰۳/۰۲/۲۳`` becomes ``۱۴۰۳ / ۰۲ / ۲۳``). The
figures are read from this text, so digits are left as written and slashes between
digits are put back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hazm import Normalizer

_DIGIT = "0-9۰-۹٠-٩"
_SPACED_SLASH = re.compile(rf"(?<=[{_DIGIT}]) / (?=[{_DIGIT}])")


@lru_cache(maxsize=1)
def _normalizer() -> Normalizer:
    return Normalizer(persian_numbers=False, persian_style=False)


def normalise_text(text: str | None) -> str | None:
    """Unify characters, fix ZWNJ spacing (می‌شود, خوشه‌های), keep digits as written."""
    if text is None:
        return None
    out = _normalizer().normalize(text)
    out = _SPACED_SLASH.sub("/", out)
    return out.strip() or None
