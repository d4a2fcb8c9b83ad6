"""``index.html``: the report as one self-contained page an analyst opens offline.

Everything the page needs is inside the file: the Vega, Vega-Lite and Vega-Embed
JavaScript (vl-convert's bundle, the same one Altair inlines), the chart specs (Altair),
the figures as a compact columnar payload the page's script expands, and the tables
(rendered here, filtered on the page). Nothing is fetched when the page is viewed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jdatetime
import jinja2
import vl_convert

from crawler.report.charts import province_over_time, subject_across_provinces
from crawler.report.conflicts import Conflict
from crawler.report.table import FigureRow, Table
from crawler.report.vocab import (
    approx_fa,
    kind_fa,
    labels,
    persian_digits,
    persian_number,
    subject_fa,
    unit_fa,
)

HERE = Path(__file__).resolve().parent
# The page lists at most this many conflicts (latest first); conflicts.csv has them all.
CONFLICTS_SHOWN = 200
TITLE_CHARS = 70
EPOCH = date(1970, 1, 1)
UNKNOWN = "?"  # the page's key for figures of articles that name no province


def _bundle_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "provincial-news-crawler" / f"vega-bundle-{vl_convert.__version__}.js"


def prefetch_bundle() -> subprocess.Popen | None:
    """Start making the bundle in a child process when it is not cached yet.

    vl-convert holds the interpreter lock while it bundles, so a thread would not
    overlap it with reading the feeds; a second process does (the report waits for it
    before rendering, and makes the bundle itself if the child failed).
    """
    if _bundle_cache().exists():
        return None
    code = "from crawler.report.page import vega_bundle; vega_bundle()"
    root = HERE.parent.parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env)


@cache
def vega_bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed in one script (no network at view time).

    vl-convert bundles the libraries on each call (seconds), so the bundle is kept in the
    user's cache folder per vl-convert version; a cache that cannot be written is only
    slower. A ``</script`` inside it (there is none today) would end the script element
    early: written ``<\\/script`` it means the same to JavaScript in a string or a regex.
    """
    cached = _bundle_cache()
    try:
        return cached.read_text(encoding="utf-8")
    except OSError:
        pass
    bundle = re.sub(r"</(script)", r"<\\/\1", vl_convert.javascript_bundle(), flags=re.IGNORECASE)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.part")
        partial.write_text(bundle, encoding="utf-8")
        partial.replace(cached)
    except OSError:
        pass
    return bundle


@dataclass(frozen=True)
class ProvinceSummary:
    iso: str
    name: str
    articles: int
    figures: int
    latest: list[FigureRow]


def province_key(row: FigureRow) -> str:
    """How the page names a province in filters: its ISO code (its name if it has none)."""
    return (row.province_iso or row.province or UNKNOWN) if row.province else UNKNOWN


def _month(row: FigureRow) -> int | None:
    return row.jalali_day // 100 if row.jalali_day else None


def province_summaries(table: Table) -> list[ProvinceSummary]:
    """Per province: articles, figures, and the latest figure of each subject.

    One row per subject keeps the page small at any scale (31 provinces × 46 subjects at
    most); every figure is in figures.csv and in the charts.
    """
    articles: Counter[str] = Counter()
    names: dict[str, str] = {}
    for article in table.articles:
        province = article.province
        key = (province.iso or province.name) if province else UNKNOWN
        articles[key] += 1
        names[key] = province.name if province else "بدون استان"
    figures: Counter[str] = Counter()
    latest: dict[str, dict[tuple, FigureRow]] = defaultdict(dict)
    for row in table.rows:  # oldest first: a later row replaces an earlier one
        key = province_key(row)
        figures[key] += 1
        if row.subject:
            latest[key][row.subject] = row
    out = [
        ProvinceSummary(
            iso=key,
            name=names[key],
            articles=articles[key],
            figures=figures[key],
            latest=sorted(latest[key].values(), key=lambda r: (subject_fa(r.subject), r.unit)),
        )
        for key in articles
    ]
    out.sort(key=lambda s: (-s.articles, s.name))
    return out


def _compact(value: float) -> float | int:
    rounded = float(f"{value:.12g}")
    return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded


class _Index:
    """Codes -> small integers, so the payload writes each label once."""

    def __init__(self) -> None:
        self.items: dict[Any, int] = {}

    def __call__(self, item: Any) -> int:
        if item is None:
            return -1
        return self.items.setdefault(item, len(self.items))

    def list(self) -> list[Any]:
        return list(self.items)


def chart_payload(rows: list[FigureRow]) -> dict[str, Any]:
    """Every figure with a subject, column by column with label indexes (the charts' data)."""
    provinces, subjects, kinds, units, outlets, days = (_Index() for _ in range(6))
    columns: dict[str, list] = {k: [] for k in ("p", "s", "k", "u", "v", "d", "o")}
    for row in rows:
        if not row.subject:
            continue
        day = row.day
        place = (province_key(row), row.province or "بدون استان")
        columns["p"].append(provinces(place))
        columns["s"].append(subjects(row.subject))
        columns["k"].append(kinds(row.kind))
        columns["u"].append(units(row.unit_normalised))
        columns["v"].append(_compact(row.value_normalised))
        columns["d"].append(days(((day - EPOCH).days, row.jalali_day)) if day else -1)
        columns["o"].append(outlets(row.outlet))
    subject_counts = Counter(columns["s"])
    top_subject = subjects.list()[subject_counts.most_common(1)[0][0]] if subject_counts else ""
    province_counts = Counter(p for p in columns["p"] if p >= 0)
    top = provinces.list()[province_counts.most_common(1)[0][0]][0] if province_counts else ""
    return {
        "provinces": [list(p) for p in provinces.list()],
        "subjects": [[s, subject_fa(s)] for s in subjects.list()],
        "kinds": [[k, kind_fa(k)] for k in kinds.list()],
        "units": [[u, unit_fa(u)] for u in units.list()],
        "outlets": outlets.list(),
        "days": [list(d) for d in days.list()],
        "figures": columns,
        "default_subject": top_subject,
        "default_province": top,
        "scale_words": labels()["scale_words"],
    }


def jalali_date(row: FigureRow) -> str:
    return (
        persian_digits(row.published_jalali[:10].replace("-", "/")) if row.published_jalali else "—"
    )


def month_options(rows: list[FigureRow]) -> list[tuple[int, str]]:
    """The Jalali months that have figures, for the date-range filter («۱۴۰۳/۰۲»)."""
    months = sorted({m for m in map(_month, rows) if m})
    return [(m, persian_digits(f"{m // 100}/{m % 100:02d}")) for m in months]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        fa=lambda v: persian_digits(str(v)),
        fa_number=persian_number,
        subject_fa=subject_fa,
        kind_fa=kind_fa,
        unit_fa=unit_fa,
        approx_fa=approx_fa,
        jalali=jalali_date,
        month=_month,
        province_key=province_key,
        short=lambda t: (t[:TITLE_CHARS] + "…") if t and len(t) > TITLE_CHARS else (t or "—"),
    )
    return env


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element (no ``</`` can end it early)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def render_page(table: Table, conflicts: list[Conflict], notes: list[str], feeds: int) -> str:
    """The whole page as one HTML string."""
    payload = chart_payload(table.rows)
    now = jdatetime.datetime.fromgregorian(datetime=datetime.now(UTC).astimezone())
    context = {
        "summaries": province_summaries(table),
        "conflicts": conflicts[:CONFLICTS_SHOWN],
        "conflicts_total": len(conflicts),
        "months": month_options(table.rows),
        "payload": _script_json(payload),
        "specs": _script_json(
            {
                "provinces": subject_across_provinces(payload["default_subject"]),
                "series": province_over_time(payload["default_province"]),
            }
        ),
        "bundle": vega_bundle(),
        "script": (HERE / "templates" / "report.js").read_text(encoding="utf-8"),
        "style": (HERE / "templates" / "report.css").read_text(encoding="utf-8"),
        "articles": len(table.articles),
        "figures": len(table.rows),
        "charted": len(payload["figures"]["s"]),
        "duplicates": table.duplicates,
        "feeds": feeds,
        "notes": notes,
        "generated": persian_digits(now.strftime("%Y/%m/%d %H:%M")),
    }
    return _environment().get_template("index.html").render(context)
