"""Run health: what went wrong per outlet, as cron exit codes and a one-screen summary.

A cron job is only useful if a broken outlet makes noise. Each spider's stats are
turned into a list of problems (spider errors, site unreachable, fill rates below
threshold, content rules that stopped matching) and a row of the summary table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scrapy.settings import BaseSettings


@dataclass
class OutletHealth:
    outlet: str
    pages: int = 0
    new: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    invalid: int = 0
    rules: int = 0
    generic: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _count(stats: Mapping[str, Any], key: str) -> int:
    return int(stats.get(key, 0) or 0)


# Why the start pages could not be fetched, by failure reason (``crawler.failures``).
_CAUSES = {
    "dns_failed": "DNS lookup failed (no such host, or no DNS)",
    "connection_refused": "connection refused (nothing listens on that port)",
    "timeout": "connection timed out",
    "connection_lost": "connection lost before an answer",
    "truncated_response": "connection cut in the middle of the answer",
    "robots_disallowed": "robots.txt disallows the start pages",
    "redirect_loop": "redirect loop",
    "RedirectRefused": "redirected off the site (refused)",
}
_GUARD_PRIVATE = ("guard/refused/private_address", "guard/refused/resolves_private")


def unreachable(stats: Mapping[str, Any]) -> str:
    """The summary line for a site of which no listing, feed or sitemap was fetched.

    Says what happened to the start pages: refused by the address guard (naming the
    settings that allow a private address, since a local test site is refused by
    design), DNS, refused or lost connection, or the HTTP status the site answered.
    """
    if any(_count(stats, k) for k in _GUARD_PRIVATE):
        return (
            "site unreachable: start URL refused by the address guard (private or local "
            "address); set ADDRESS_GUARD_ALLOW_PRIVATE=True, or add its network to "
            "ADDRESS_GUARD_ALLOWED_NETWORKS, to crawl it"
        )
    if _count(stats, "guard/refused/scheme"):
        return "site unreachable: start URL refused by the address guard (only http and https)"
    reasons: dict[str, int] = {}
    for key, value in stats.items():
        for kind in ("listing", "feed", "sitemap"):
            prefix = f"{kind}/failed/"
            if key.startswith(prefix) and isinstance(value, int):
                reason = key[len(prefix) :]
                reasons[reason] = reasons.get(reason, 0) + value
    if not reasons:
        return "site unreachable: no listing, feed or sitemap page was fetched"
    parts = []
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        if reason.startswith("http_"):
            words = f"HTTP status {reason[5:]}"
        else:
            words = _CAUSES.get(reason, reason)
        parts.append(f"{words} ({n} request{'s' if n > 1 else ''})")
    return "site unreachable: " + "; ".join(parts)


def assess(
    outlet: str, stats: Mapping[str, Any], settings: BaseSettings, has_rules: bool
) -> OutletHealth:
    """Summarise one spider's stats and list its problems (empty list: healthy)."""
    h = OutletHealth(outlet)
    h.pages = _count(stats, "downloader/response_status_count/200")
    h.duplicates = _count(stats, "articles/duplicates")
    h.new = _count(stats, "feed/records") or _count(stats, "records/valid")
    h.skipped = _count(stats, "articles/skipped_seen") + _count(stats, "articles/skipped_old")
    h.failed = _count(stats, "articles/failed") + _count(stats, "articles/no_body")
    h.invalid = _count(stats, "records/invalid")
    h.rules = _count(stats, "boilerplate/path/rules")
    h.generic = _count(stats, "boilerplate/path/generic")
    h.errors = {
        k: int(v)
        for k, v in stats.items()
        if isinstance(v, int)
        and (k.count("/failed/") or k.startswith(("spider_exceptions/", "log_count/ERROR")))
    }
    exceptions = sum(v for k, v in stats.items() if k.startswith("spider_exceptions/"))
    if exceptions:
        h.problems.append(f"{exceptions} spider exception(s)")
    discovery_ok = sum(_count(stats, f"{k}/pages") for k in ("listing", "feed", "sitemap"))
    if not discovery_ok:
        h.problems.append(unreachable(stats))
    parsed = _count(stats, "articles/parsed")
    min_items = settings.getint("HEALTH_MIN_ITEMS", 3)
    if parsed >= min_items:
        threshold = settings.getfloat("HEALTH_MIN_FILL_RATE", 0.8)
        for name in ("title", "body"):
            missing = _count(stats, f"fill/missing/{name}")
            rate = 1 - missing / parsed
            if rate < threshold:
                h.problems.append(f"{name} fill rate {rate:.0%} < {threshold:.0%} (layout change?)")
        if has_rules and h.rules + h.generic:
            share = h.rules / (h.rules + h.generic)
            min_share = settings.getfloat("HEALTH_MIN_RULES_SHARE", 0.5)
            if share < min_share:
                h.problems.append(
                    f"content rules matched {h.rules} of {h.rules + h.generic} articles "
                    "(selectors stale? generic path used)"
                )
    return h


def format_summary(rows: list[OutletHealth], elapsed: float) -> str:
    """The one-screen table printed at the end of a run."""
    head = (
        f"{'outlet':<18}{'pages':>6}{'new':>6}{'dup':>5}{'skip':>6}{'fail':>6}{'inval':>6}"
        f"{'rules/gen':>11}  status"
    )
    lines = [f"=== run summary ({elapsed:.1f} s) ===", head]
    for h in rows:
        status = "ok" if not h.problems else "FAIL: " + "; ".join(h.problems)
        lines.append(
            f"{h.outlet:<18}{h.pages:>6}{h.new:>6}{h.duplicates:>5}{h.skipped:>6}{h.failed:>6}"
            f"{h.invalid:>6}{f'{h.rules}/{h.generic}':>11}  {status}"
        )
    errors = [f"{h.outlet}: {k}={v}" for h in rows for k, v in sorted(h.errors.items())]
    lines.append("errors by kind: " + (", ".join(errors) if errors else "none"))
    return "\n".join(lines)
