"""The page's two charts as Vega-Lite specs, built with Altair.

Both charts read a named data set, ``figures``, that the page fills from its compact
embedded payload (one JSON object per figure would not fit 20,000 articles into a
few megabytes), and both follow the page's filters through Vega parameters that the
page's script sets: ``subject``, ``province``, ``kind``, ``month_from``, ``month_to``.
Values span many orders of magnitude (a few percent, billions of rials), so the value
axis is symmetric-log and every unit gets its own panel with its own scale.
"""

from __future__ import annotations

from typing import Any

import altair as alt

DATA = "figures"
FONT = "Vazirmatn, 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, sans-serif"

# Filter expressions over the page's parameters; "" and 0 mean "no filter".
SUBJECT = "datum.subject == subject"
SUBJECT_ANY = "(subject == '' || datum.subject == subject)"
PROVINCE_ANY = "(province == '' || datum.iso == province)"
KIND = "(kind == '' || datum.kind == kind)"
MONTHS = (
    "(month_from == 0 || (datum.month != null && datum.month >= month_from))"
    " && (month_to == 0 || (datum.month != null && datum.month <= month_to))"
)

TOOLTIP = [
    alt.Tooltip("province_fa:N", title="استان"),
    alt.Tooltip("subject_fa:N", title="موضوع"),
    alt.Tooltip("value_fa:N", title="مقدار"),
    alt.Tooltip("unit_fa:N", title="واحد"),
    alt.Tooltip("kind_fa:N", title="نوع"),
    alt.Tooltip("date_fa:N", title="تاریخ"),
    alt.Tooltip("outlet:N", title="منبع"),
]


def _params(**values: Any) -> list[alt.Parameter]:
    return [alt.param(name=name, value=value) for name, value in values.items()]


def _value_axis() -> alt.Y:
    return alt.Y(
        "value:Q",
        title=None,
        scale=alt.Scale(type="symlog"),
        axis=alt.Axis(labelExpr="faNumber(datum.value)", tickCount=5),
    )


def _panels(chart: alt.TopLevelMixin, where: str) -> alt.FacetChart:
    """One panel per unit, filtered before faceting so only units with points get one."""
    return (
        chart.facet(
            row=alt.Row("unit_fa:N", title=None, header=alt.Header(labelAngle=0, labelFontSize=13))
        )
        .transform_filter(where)
        .resolve_scale(y="independent")
    )


def _config(chart: alt.TopLevelMixin) -> dict[str, Any]:
    return chart.configure(font=FONT).configure_axis(labelFontSize=12).to_dict()


def subject_across_provinces(subject: str) -> dict[str, Any]:
    """Every figure of one subject, one point each, by province (one panel per unit)."""
    points = (
        alt.Chart(alt.Data(name=DATA))
        .mark_circle(size=70, opacity=0.75)
        .encode(
            x=alt.X("province_fa:N", title=None, axis=alt.Axis(labelAngle=-50, labelFontSize=12)),
            y=_value_axis(),
            color=alt.Color("kind_fa:N", title="نوع رقم", legend=alt.Legend(orient="top")),
            tooltip=TOOLTIP,
        )
        .properties(width=alt.Step(26), height=200)
    )
    where = f"{SUBJECT} && {PROVINCE_ANY} && {KIND} && {MONTHS}"
    chart = _panels(points, where).add_params(
        *_params(subject=subject, province="", kind="", month_from=0, month_to=0)
    )
    return _config(chart)


def province_over_time(iso: str) -> dict[str, Any]:
    """One province's figures over time, a line per subject (one panel per unit)."""
    base = alt.Chart(alt.Data(name=DATA))
    where = (
        f"datum.iso == series_province && datum.time != null && {SUBJECT_ANY} && {KIND} && {MONTHS}"
    )
    x = alt.X("time:T", title=None, axis=alt.Axis(labelExpr="faDate(datum.value)", tickCount=6))
    color = alt.Color("subject_fa:N", title="موضوع", legend=alt.Legend(orient="top", columns=4))
    lines = base.mark_line(opacity=0.5).encode(x=x, y=_value_axis(), color=color, detail="kind:N")
    points = base.mark_point(filled=True, size=50).encode(
        x=x,
        y=_value_axis(),
        color=color,
        shape=alt.Shape("kind_fa:N", title="نوع"),
        tooltip=TOOLTIP,
    )
    layers = alt.layer(lines, points).properties(width=640, height=160)
    chart = _panels(layers, where).add_params(
        *_params(series_province=iso, subject="", kind="", month_from=0, month_to=0)
    )
    return _config(chart)
