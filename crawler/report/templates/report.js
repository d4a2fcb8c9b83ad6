// The report page's script: expands the compact payload, draws the two Vega-Lite charts
// and applies the filters to charts and tables. No request leaves the page.
(function () {
  "use strict";
  const payload = JSON.parse(document.getElementById("report-data").textContent);
  const specs = JSON.parse(document.getElementById("report-specs").textContent);
  const faDigits = (s) => String(s).replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]);
  const grouping = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 2 });
  const monthFormat = new Intl.DateTimeFormat("fa-IR-u-ca-persian", {
    year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC",
  });

  // «۱۵ هزار میلیارد», «۲۵٬۰۰۰»: the scale words come from the same data as the tables.
  function faNumber(value) {
    for (const [scale, word] of payload.scale_words) {
      if (Math.abs(value) >= scale) return grouping.format(value / scale) + " " + word;
    }
    return grouping.format(value);
  }
  const faDate = (time) => monthFormat.format(new Date(time));
  const jalaliText = (j) => faDigits(`${Math.floor(j / 10000)}/${String(Math.floor(j / 100) % 100).padStart(2, "0")}/${String(j % 100).padStart(2, "0")}`);

  const f = payload.figures;
  const rows = f.s.map((_, i) => {
    const [iso, provinceFa] = payload.provinces[f.p[i]];
    const [subject, subjectFa] = payload.subjects[f.s[i]];
    const [kind, kindFa] = f.k[i] >= 0 ? payload.kinds[f.k[i]] : ["", "نامعلوم"];
    const [unit, unitFa] = payload.units[f.u[i]];
    const day = f.d[i] >= 0 ? payload.days[f.d[i]] : null;
    return {
      iso, province_fa: provinceFa, subject, subject_fa: subjectFa, kind, kind_fa: kindFa,
      unit, unit_fa: unitFa, value: f.v[i], value_fa: faNumber(f.v[i]),
      time: day ? day[0] * 86400000 : null,
      month: day && day[1] ? Math.floor(day[1] / 100) : null,
      date_fa: day && day[1] ? jalaliText(day[1]) : "—",
      outlet: f.o[i] >= 0 ? payload.outlets[f.o[i]] : "—",
    };
  });

  const $ = (id) => document.getElementById(id);
  const controls = {
    province: $("f-province"), subject: $("f-subject"), kind: $("f-kind"),
    from: $("f-from"), to: $("f-to"), chartSubject: $("chart-subject"), seriesProvince: $("series-province"),
  };

  function fill(select, options, counts) {
    for (const [value, label] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = counts ? `${label} (${faDigits(counts[value] || 0)})` : label;
      select.append(option);
    }
  }
  const count = (key) => rows.reduce((acc, r) => ((acc[r[key]] = (acc[r[key]] || 0) + 1), acc), {});
  const byLabel = (a, b) => a[1].localeCompare(b[1], "fa");
  const provinces = [...payload.provinces].sort(byLabel);
  const subjects = [...payload.subjects].sort(byLabel);
  const subjectCounts = count("subject");
  fill(controls.province, provinces, count("iso"));
  fill(controls.subject, subjects, subjectCounts);
  fill(controls.kind, payload.kinds.filter((k) => k[0]).sort(byLabel));
  fill(controls.chartSubject, subjects, subjectCounts);
  fill(controls.seriesProvince, provinces, count("iso"));
  controls.chartSubject.value = payload.default_subject;
  controls.seriesProvince.value = payload.default_province;

  function state() {
    return {
      province: controls.province.value, subject: controls.subject.value, kind: controls.kind.value,
      month_from: Number(controls.from.value), month_to: Number(controls.to.value),
    };
  }
  const inMonths = (month, s) =>
    (!s.month_from || (month && month >= s.month_from)) && (!s.month_to || (month && month <= s.month_to));

  // Tables: rows and province sections carry data-* attributes; hide what the filters exclude.
  function filterTables(s) {
    for (const el of document.querySelectorAll(".f-province")) {
      el.hidden = Boolean(s.province) && el.dataset.province !== s.province;
    }
    for (const el of document.querySelectorAll(".f-row")) {
      const month = Number(el.dataset.month) || null;
      el.hidden = (s.province && el.dataset.province !== s.province) ||
        (s.subject && el.dataset.subject !== s.subject) ||
        (s.kind && el.dataset.kind !== s.kind) || !inMonths(month, s);
    }
    const shown = rows.filter((r) => (!s.province || r.iso === s.province) &&
      (!s.subject || r.subject === s.subject) && (!s.kind || r.kind === s.kind) && inMonths(r.month, s)).length;
    $("shown").textContent = `${faDigits(shown)} رقم از ${faDigits(rows.length)} رقم`;
    $("shown").dataset.count = shown;
  }

  const locale = {
    decimal: "٫", thousands: "٬", grouping: [3], currency: ["", ""],
    numerals: ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"],
  };
  const views = {};
  window.report = { rows, views };

  async function draw(name, element) {
    const spec = { ...specs[name], data: { values: rows } };
    const result = await vegaEmbed(element, spec, {
      renderer: "svg", actions: false, formatLocale: locale,
      expressionFunctions: { faNumber, faDate },
    });
    views[name] = result.view;
  }

  async function apply() {
    const s = state();
    if (s.subject && s.subject !== controls.chartSubject.value) controls.chartSubject.value = s.subject;
    if (s.province && s.province !== controls.seriesProvince.value && s.province !== "?") {
      controls.seriesProvince.value = s.province;
    }
    filterTables(s);
    const common = { kind: s.kind, month_from: s.month_from, month_to: s.month_to };
    const signals = {
      provinces: { ...common, province: s.province, subject: controls.chartSubject.value },
      series: { ...common, subject: s.subject, series_province: controls.seriesProvince.value },
    };
    for (const [name, values] of Object.entries(signals)) {
      const view = views[name];
      if (!view) continue;
      for (const [signal, value] of Object.entries(values)) view.signal(signal, value);
      await view.runAsync();
    }
    document.body.dataset.updated = String(Number(document.body.dataset.updated || 0) + 1);
  }

  async function main() {
    filterTables(state());
    try {
      await draw("provinces", "#chart-provinces");
      await draw("series", "#chart-series");
      await apply();
    } catch (error) {
      const message = document.createElement("p");
      message.className = "error";
      message.textContent = "نمودار رسم نشد: " + error;
      $("across").append(message);
      throw error;
    }
    for (const el of Object.values(controls)) el.addEventListener("change", apply);
    document.body.dataset.ready = "1";
  }
  main();
})();
