"""Readable names for why a request failed, as counted in the stats and the run summary.

Scrapy's exception class names say how the download broke, not what the site did:
``DownloadCancelledError`` is a page over ``DOWNLOAD_MAXSIZE``, ``IgnoreRequest`` is
robots.txt or a redirect chain that never ends. The summary's "errors by kind" is read
by whoever is woken at night, so the common cases get names of what happened; anything
else keeps its class name (``RequestRefused``, ``RedirectRefused``, …).
"""

from __future__ import annotations

from twisted.python.failure import Failure

# exception class name -> reason, for classes that always mean one thing
_BY_CLASS = {
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "ResponseDataLossError": "truncated_response",
    "_DataLoss": "truncated_response",
    "DownloadCancelledError": "too_large",
    "DownloadFailedError": "connection_lost",
    "ConnectionLost": "connection_lost",
    "ConnectionDone": "connection_lost",
    "ResponseNeverReceived": "connection_lost",
    "ConnectionRefusedError": "connection_refused",
    "DownloadConnectionRefusedError": "connection_refused",
    "DNSLookupError": "dns_failed",
    "CannotResolveHostError": "dns_failed",
    "TCPTimedOutError": "timeout",
}


def failure_reason(failure: Failure) -> str:
    """``http_<status>`` for HTTP errors, a readable name for known failures, else the class."""
    error = failure.value
    response = getattr(error, "response", None)
    if response is not None:
        return f"http_{response.status}"
    name = error.__class__.__name__
    if name == "IgnoreRequest":
        message = str(error).lower()
        if "robots.txt" in message:
            return "robots_disallowed"
        if "redirect" in message:
            return "redirect_loop"
    return _BY_CLASS.get(name, name)
