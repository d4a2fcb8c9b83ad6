"""Secrets never reach the logs: auth headers, cookies, credentials in URLs.

Cron logs are kept, mailed and pasted into tickets. Scrapy itself prints settings
("Overridden settings", which may hold ``DEFAULT_REQUEST_HEADERS`` with a token),
request reprs (whose URL may carry ``user:pass@``) and tracebacks, and a debugging
session may log ``request.headers`` or ``request.meta["proxy"]``. Redaction therefore
happens on every log record of the process, whatever handler formats it: a
``LogRecord`` factory whose records redact their message and exception text when they
are formatted (lazily, so DEBUG records that no handler emits cost nothing).

``RedactionExtension`` installs it when a crawler starts, before Scrapy logs the
overridden settings; ``install()`` can be called earlier by scripts.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

MASK = "***"

# scheme://user:password@host -> scheme://***@host (proxies, Redis, basic-auth URLs).
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@'\"<>]+@")
# user:password@host without a scheme, as libraries print a netloc ("invalid hostname:
# alice:pw@host"): a user, a colon, a password, "@", then a host. An e-mail address has
# no colon before its "@" and is kept.
_BARE_USERINFO = re.compile(
    r"(?<![A-Za-z0-9._~%!$&*+,;=:/-])[A-Za-z0-9._~%!$&*+,;=-]+:[^\s/@'\"<>]*@(?=[A-Za-z0-9\[])"
)

# A secret header or setting name, an optional closing quote (dict reprs, JSON), a
# separator, then the value: a list, a quoted string or the rest of the line.
_SECRET_FIELD = re.compile(
    r"""(?ix)
    (?P<key>\b(?:proxy-authorization|authorization|set-cookie|cookie
              |[a-z_]*(?:password|passwd|secret|api[_-]?key|access[_-]?token))\b
    ['"]?\s*[:=]\s*)
    (?P<value>\[[^\]]*\]|b?'(?:[^'\\]|\\.)*'|b?"(?:[^"\\]|\\.)*"|[^\r\n]*)
    """
)


# A header whose value is a credential: the names above, plus the usual token headers.
_SECRET_HEADER = re.compile(
    r"(?i)^(?:proxy-authorization|authorization|set-cookie2?|cookie"
    r"|.*(?:password|passwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|session).*)$"
)


def is_secret_header(name: str | bytes) -> bool:
    """True for headers that carry credentials (never logged, never cached)."""
    text = name.decode("latin-1") if isinstance(name, bytes) else name
    return bool(_SECRET_HEADER.match(text.strip()))


def _mask_value(match: re.Match[str]) -> str:
    value = match.group("value")
    if value.startswith("["):
        return f"{match.group('key')}['{MASK}']"
    if value[:1] in "'\"" or value[:2] in ("b'", 'b"'):
        quote = "'" if "'" in value[:2] else '"'
        return f"{match.group('key')}{quote}{MASK}{quote}"
    return f"{match.group('key')}{MASK}"


def redact(text: str) -> str:
    """``text`` with credentials in URLs and secret header/setting values masked."""
    if not text:
        return text
    text = _URL_USERINFO.sub(rf"\1{MASK}@", text)
    text = _BARE_USERINFO.sub(f"{MASK}@", text)
    return _SECRET_FIELD.sub(_mask_value, text)


def redact_url(url: str) -> str:
    """A URL without its ``user:password@`` part, for log messages."""
    return _URL_USERINFO.sub(rf"\1{MASK}@", url)


class _RedactingMixin:
    """Masks the formatted message and the exception/stack text of a record."""

    def getMessage(self) -> str:  # noqa: N802 - logging API
        return redact(super().getMessage())  # type: ignore[misc]

    @property
    def exc_text(self) -> str | None:
        return self.__dict__.get("_redacted_exc_text")

    @exc_text.setter
    def exc_text(self, value: str | None) -> None:
        # logging.Formatter caches the formatted traceback here and then prints it.
        self.__dict__["_redacted_exc_text"] = redact(value) if value else value

    @property
    def stack_info(self) -> str | None:
        return self.__dict__.get("_redacted_stack_info")

    @stack_info.setter
    def stack_info(self, value: str | None) -> None:
        self.__dict__["_redacted_stack_info"] = redact(value) if value else value


_CLASSES: dict[type, type] = {}
_LOCK = threading.Lock()
_installed = False


def _redacting_class(cls: type) -> type:
    if issubclass(cls, _RedactingMixin):
        return cls
    if cls not in _CLASSES:
        _CLASSES[cls] = type(f"Redacting{cls.__name__}", (_RedactingMixin, cls), {})
    return _CLASSES[cls]


def install() -> None:
    """Make every log record of this process redact itself (idempotent)."""
    global _installed
    with _LOCK:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            exc_text, stack_info = record.__dict__.pop("exc_text", None), record.stack_info
            record.__dict__.pop("stack_info", None)
            record.__class__ = _redacting_class(type(record))
            record.exc_text = exc_text
            record.stack_info = stack_info
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


class RedactionExtension:
    """Scrapy extension: installs log redaction when the crawler is built."""

    def __init__(self) -> None:
        install()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedactionExtension:
        return cls()
