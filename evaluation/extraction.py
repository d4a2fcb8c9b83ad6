"""Evaluate structured extraction against a gold file (issue 4).

    python -m evaluation.extraction --gold GOLD.json RECORDS.jsonl [--check]
    python -m evaluation.extraction --gold GOLD.json --from-texts DIR [--check]

RECORDS.jsonl is what `scrapy extract FILES...` prints; a record is matched to a gold entry
by the basename of its `url` (file:// URLs for local files), so basename == gold `seed`.
--from-texts builds records directly from plain-text files (whole text as body, title None)
for developing the extractor without the Scrapy side.

Scores, per article and overall:
 - figures: precision/recall on (value, unit), counted as facts: a required gold figure
   repeating an earlier one's value, unit and subject (a lead restated in the body) is one
   fact. An `optional` gold figure neither helps nor hurts; `accept_values` lists values
   accepted besides `value` (a source's slip and what it meant); a predicted figure
   matches at most one gold figure; subject and kind accuracy on matched figures (kind
   only where gold has one);
 - provinces: exact match (same set, same first element);
 - people: recall on names, role accuracy on found names (a gold person's `accept_roles`
   lists other acceptable role spans), and non-people: predicted names the gold does not
   list (reported per 30 texts); attribution accuracy.
Names, roles and sources are compared after normalisation (ZWNJ/space/punctuation and
Arabic letter forms ignored): «شهرک‌های» == «شهرکهای» == «شهرک های».
Exit code 0, or with --check 1 when a bar (--min-*) is missed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jsonlines

from crawler.extraction.persian import key

DEFAULT_BARS = {
    "figure_precision": 0.95,
    "figure_recall": 0.95,
    "subject_accuracy": 0.90,
    "province_exact": 1.0,
    "people_recall": 0.90,
    "attribution_accuracy": 1.0,
}


def norm(s: Any) -> str | None:
    """Comparison form of a gold/predicted string; None stays None."""
    if s is None:
        return None
    return key(str(s))


def _values_equal(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


@dataclass
class ArticleScore:
    seed: str
    found: bool = True
    tp: int = 0
    fp: int = 0
    fn: int = 0
    subject_ok: int = 0
    subject_n: int = 0
    kind_ok: int = 0
    kind_n: int = 0
    province_ok: bool = False
    people_found: int = 0
    people_n: int = 0
    role_ok: int = 0
    non_people: int = 0
    attribution_ok: bool = False
    news_id_ok: bool = False
    problems: list[str] = field(default_factory=list)


def _facts(gold: list[dict]) -> list[dict]:
    """Gold figures as facts: a required figure that repeats an earlier one's value, unit
    and (named) subject in the same article (a lead restated in the body) is one fact, so
    the product, which reports each fact once, is neither owed nor credited a second copy.
    """
    seen: set[tuple[float, Any, Any]] = set()
    out = []
    for g in gold:
        fact = (float(g["value"]), g.get("unit"), norm(g.get("subject")))
        if g.get("subject") is None:  # two values about unnamed things may be two facts
            pass
        elif not g.get("optional") and fact in seen:
            g = {**g, "optional": True}
        elif not g.get("optional"):
            seen.add(fact)
        out.append(g)
    return out


def match_figures(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list, list]:
    """Pair predictions with gold figures on (value, unit).

    Required gold figures are matched first (preferring a prediction with the same subject),
    then leftover predictions may absorb optional gold figures. Returns (pairs of required
    gold and prediction, unmatched required gold, unmatched predictions)."""
    used: set[int] = set()
    gold = _facts(gold)

    def candidates(g: dict) -> list[int]:
        values = [g["value"], *g.get("accept_values", [])]
        return [
            i
            for i, p in enumerate(pred)
            if i not in used
            and p.get("unit") == g.get("unit")
            and any(_values_equal(p.get("value"), v) for v in values)
        ]

    pairs: list[tuple[dict, dict]] = []
    missed: list[dict] = []
    for g in [g for g in gold if not g.get("optional")]:
        cands = candidates(g)
        if not cands:
            missed.append(g)
            continue
        same = [i for i in cands if norm(pred[i].get("subject")) == norm(g.get("subject"))]
        i = (same or cands)[0]
        used.add(i)
        pairs.append((g, pred[i]))
    for g in [g for g in gold if g.get("optional")]:
        cands = candidates(g)
        if cands:
            used.add(cands[0])
    extra = [p for i, p in enumerate(pred) if i not in used]
    return pairs, missed, extra


def _province_names(record: dict) -> list[str]:
    out = []
    for p in record.get("provinces") or []:
        out.append(p["name"] if isinstance(p, dict) else p)
    return out


def _extraction(record: dict) -> dict:
    """The extraction fields, top-level or nested under a common key."""
    if "figures" in record:
        return record
    for k in ("extraction", "extracted", "structured"):
        if isinstance(record.get(k), dict):
            return record[k]
    return record


def score_article(gold: dict, record: dict | None) -> ArticleScore:
    sc = ArticleScore(gold["seed"])
    required = [g for g in gold.get("figures", []) if not g.get("optional")]
    if record is None:
        sc.found = False
        sc.fn = len(required)
        sc.people_n = len(gold.get("people", []))
        sc.problems.append("no record for this article")
        return sc
    rec = _extraction(record)
    pairs, missed, extra = match_figures(gold.get("figures", []), rec.get("figures") or [])
    sc.tp, sc.fn, sc.fp = len(pairs), len(missed), len(extra)
    for g in missed:
        sc.problems.append(f"missed figure {g['value']} {g['unit']} «{g.get('text', '')}»")
    for p in extra:
        sc.problems.append(f"extra figure {p.get('value')} {p.get('unit')} «{p.get('text', '')}»")
    for g, p in pairs:
        if "subject" in g:
            sc.subject_n += 1
            if norm(g["subject"]) == norm(p.get("subject")):
                sc.subject_ok += 1
            else:
                sc.problems.append(
                    f"subject {p.get('subject')} != {g['subject']} for {g['value']} {g['unit']}"
                )
        if "kind" in g:
            sc.kind_n += 1
            if norm(g["kind"]) == norm(p.get("kind")):
                sc.kind_ok += 1
            else:
                sc.problems.append(f"kind {p.get('kind')} != {g['kind']} for {g['value']}")
    gp = [norm(x) for x in gold.get("provinces", [])]
    pp = [norm(x) for x in _province_names(rec)]
    sc.province_ok = set(gp) == set(pp) and (gp[:1] == pp[:1])
    if not sc.province_ok:
        sc.problems.append(f"provinces {_province_names(rec)} != {gold.get('provinces', [])}")
    pred_people = {norm(p.get("name")): p for p in rec.get("people") or [] if p.get("name")}
    for gperson in gold.get("people", []):
        sc.people_n += 1
        p = pred_people.get(norm(gperson["name"]))
        if p is None:
            sc.problems.append(f"missed person {gperson['name']}")
            continue
        sc.people_found += 1
        roles = [gperson.get("role"), *gperson.get("accept_roles", [])]
        if norm(p.get("role")) in {norm(r) for r in roles}:
            sc.role_ok += 1
        else:
            sc.problems.append(f"role «{p.get('role')}» != «{gperson.get('role')}»")
    gold_names = {norm(g["name"]) for g in gold.get("people", [])}
    for name, p in pred_people.items():
        if name not in gold_names:
            sc.non_people += 1
            sc.problems.append(f"not a person in the gold: «{p.get('name')}»")
    sc.attribution_ok = norm(rec.get("attributed_to")) == norm(gold.get("attributed_to"))
    if not sc.attribution_ok:
        sc.problems.append(f"attribution {rec.get('attributed_to')} != {gold.get('attributed_to')}")
    gid, pid = gold.get("news_id"), rec.get("news_id")
    sc.news_id_ok = (key(str(gid)) if gid is not None else None) == (
        key(str(pid)) if pid is not None else None
    )
    return sc


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def summarise(scores: list[ArticleScore]) -> dict[str, float]:
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    fn = sum(s.fn for s in scores)
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "articles": len(scores),
        "figure_precision": p,
        "figure_recall": r,
        "figure_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "subject_accuracy": _ratio(
            sum(s.subject_ok for s in scores), sum(s.subject_n for s in scores)
        ),
        "kind_accuracy": _ratio(sum(s.kind_ok for s in scores), sum(s.kind_n for s in scores)),
        "province_exact": _ratio(sum(s.province_ok for s in scores), len(scores)),
        "people_recall": _ratio(
            sum(s.people_found for s in scores), sum(s.people_n for s in scores)
        ),
        "role_accuracy": _ratio(
            sum(s.role_ok for s in scores), sum(s.people_found for s in scores)
        ),
        "non_people": sum(s.non_people for s in scores),
        "non_people_per_30_texts": 30 * _ratio(sum(s.non_people for s in scores), len(scores)),
        "attribution_accuracy": _ratio(sum(s.attribution_ok for s in scores), len(scores)),
        "news_id_accuracy": _ratio(sum(s.news_id_ok for s in scores), len(scores)),
    }


def record_basename(record: dict) -> str | None:
    url = record.get("url") or record.get("source_url")
    if not url:
        return record.get("seed")
    path = urlparse(url).path if "://" in url else url
    return Path(unquote(path)).name or None


def evaluate(gold: list[dict], records: list[dict]) -> tuple[list[ArticleScore], dict[str, float]]:
    """Score every gold article against the record with the same basename."""
    by_name: dict[str, dict] = {}
    for r in records:
        name = record_basename(r)
        if name and name not in by_name:
            by_name[name] = r
    scores = [score_article(g, by_name.get(g["seed"])) for g in gold]
    return scores, summarise(scores)


def records_from_texts(directory: Path) -> list[dict]:
    """Records built straight from .txt files: whole text as body, no title (dev mode)."""
    from crawler.extraction import extract_record

    out = []
    for path in sorted(Path(directory).glob("*.txt")):
        rec = extract_record(None, None, path.read_text(encoding="utf-8"))
        rec["url"] = path.resolve().as_uri()
        out.append(rec)
    return out


def check_bars(summary: dict[str, float], bars: dict[str, float]) -> list[str]:
    """Names and values of the bars that are missed."""
    return [
        f"{name} {summary[name]:.3f} < {bar:.3f}"
        for name, bar in bars.items()
        if summary[name] + 1e-12 < bar
    ]


def _print_report(scores: list[ArticleScore], summary: dict[str, float], out: Any) -> None:
    for s in scores:
        fig_p, fig_r = _ratio(s.tp, s.tp + s.fp), _ratio(s.tp, s.tp + s.fn)
        print(
            f"{s.seed}: figures P={fig_p:.2f} R={fig_r:.2f} (tp={s.tp} fp={s.fp} fn={s.fn}) "
            f"subject={s.subject_ok}/{s.subject_n} kind={s.kind_ok}/{s.kind_n} "
            f"provinces={'ok' if s.province_ok else 'WRONG'} "
            f"people={s.people_found}/{s.people_n} roles={s.role_ok}/{s.people_found} "
            f"non-people={s.non_people} "
            f"attribution={'ok' if s.attribution_ok else 'WRONG'}",
            file=out,
        )
        for prob in s.problems:
            print(f"    - {prob}", file=out)
    print("overall:", file=out)
    for k, v in summary.items():
        print(f"  {k}: {v:.3f}" if isinstance(v, float) else f"  {k}: {v}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m evaluation.extraction", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--gold", required=True, type=Path, help="gold JSON (seeds format)")
    ap.add_argument("records", nargs="?", type=Path, help="JSONL records from `scrapy extract`")
    ap.add_argument("--from-texts", type=Path, help="build records from the .txt files in DIR")
    ap.add_argument("--write-records", type=Path, help="also write the records used as JSONL")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON only")
    ap.add_argument("--check", action="store_true", help="exit 1 when a bar is missed")
    for name, default in DEFAULT_BARS.items():
        ap.add_argument(f"--min-{name.replace('_', '-')}", type=float, default=default, dest=name)
    args = ap.parse_args(argv)
    if (args.records is None) == (args.from_texts is None):
        ap.error("give either RECORDS.jsonl or --from-texts DIR")
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.from_texts:
        records = records_from_texts(args.from_texts)
    else:
        with jsonlines.open(args.records) as reader:
            records = [r for r in reader if isinstance(r, dict)]
    if args.write_records:
        with jsonlines.open(args.write_records, mode="w") as writer:
            writer.write_all(records)
    scores, summary = evaluate(gold, records)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        _print_report(scores, summary, sys.stdout)
    bars = {name: getattr(args, name) for name in DEFAULT_BARS}
    missed = check_bars(summary, bars)
    if missed:
        print("bars missed: " + "; ".join(missed), file=sys.stderr)
        if args.check:
            return 1
    elif args.check:
        print("all bars met", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
