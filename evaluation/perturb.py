"""Metamorphic measurement: the same article written the way other sites write Persian.

    python -m evaluation.realtext perturb --part dev            # every transform
    python -m evaluation.realtext perturb --part dev --only digits_latin,zwnj_dropped

Why: every dev text was written by one site with one set of habits, while unseen sites
differ in orthography only (Arabic «ي ك», ZWNJ kept, dropped or spaced, three digit scripts,
thousands separators, decimal marks, tatweel, doubled spaces, NBSP, «٪» for «درصد», words
glued to numbers). None of that changes what an article says, so the records on a
transformed text must equal the records on the original: each divergence is a place where
the product depends on a site's spelling rather than on the language. Each transform below
is applied to every text of the part (deterministically: no randomness, the same output on
every run), the transformed texts are written to a temporary folder (never into git), run
through ``scrapy extract`` as a user would, and compared field by field with the records
of the original texts; the gold is scored on each transformed copy too (it matches figures
on value and unit, which every transform keeps).
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.extraction.persian import key

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_ANY_DIGIT = "0-9۰-۹٠-٩"
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)


def _digits_to(script: str) -> Callable[[str], str]:
    table = str.maketrans("0123456789" + PERSIAN_DIGITS + ARABIC_DIGITS, script * 3)
    return lambda text: text.translate(table)


# A plain integer of four or more digits standing alone (no date, time, decimal or
# separator next to it), and not a year (1300–1499, 1900–2099 are written bare).
_BARE_INT_RE = re.compile(
    rf"(?<![{_ANY_DIGIT}/:.٫٬,،\-])[{_ANY_DIGIT}]{{4,}}(?![{_ANY_DIGIT}/:.٫٬,،\-])"
)


def _is_year(digits: str) -> bool:
    n = int(digits.translate(_TO_LATIN))
    return len(digits) == 4 and (1300 <= n <= 1499 or 1900 <= n <= 2099)


def _thousands(sep: str) -> Callable[[str], str]:
    def group(m: re.Match[str]) -> str:
        d = m.group()
        if _is_year(d):
            return d
        head = len(d) % 3 or 3
        return sep.join([d[:head], *(d[i : i + 3] for i in range(head, len(d), 3))])

    return lambda text: _BARE_INT_RE.sub(group, text)


# A decimal written with a point between digits (not part of a date: no further point or
# slash-digit after it, no digit before the whole).
_DECIMAL_RE = re.compile(
    rf"(?<![{_ANY_DIGIT}/.٫])([{_ANY_DIGIT}]{{1,4}})[.٫]([{_ANY_DIGIT}]{{1,3}})(?![{_ANY_DIGIT}/.٫])"
)


def _decimal(mark: str) -> Callable[[str], str]:
    return lambda text: _DECIMAL_RE.sub(lambda m: f"{m.group(1)}{mark}{m.group(2)}", text)


_PERCENT_WORD_RE = re.compile(rf"(?<=[{_ANY_DIGIT}])\s?درصد(?![\w\u200c])")


def _percent_sign(sign: str) -> Callable[[str], str]:
    return lambda text: _PERCENT_WORD_RE.sub(sign, text)


_SCALES = ("هزار", "میلیون", "میلیارد")
# A scale word and the word after it, separated by one space («میلیون تن»).
_SCALE_NEXT_RE = re.compile(rf"(?<![\w\u200c])({'|'.join(_SCALES)}) (?=[^\W\d_])")
# A digit or a number word, a space, a scale word («۲۰ میلیون», «یک میلیون»).
_BEFORE_SCALE_RE = re.compile(
    rf"([{_ANY_DIGIT}]|(?<![\w\u200c])(?:یک|دو|سه)) (?=(?:{'|'.join(_SCALES)})(?![\w\u200c]))"
)
# «هزار و ۲۰۰»: the «و» after a scale word.
_SCALE_AND_RE = re.compile(rf"(?<![\w\u200c])({'|'.join(_SCALES)}) و (?=[{_ANY_DIGIT}\w])")
# Tatweel inside the scale words and the currency words after a joining letter.
_TATWEEL = {"هزار": "هـزار", "میلیون": "میلیـون", "میلیارد": "میلیـارد", "تومان": "تـومان"}
_TATWEEL_RE = re.compile("|".join(_TATWEEL))
_DIGIT_SPACE_RE = re.compile(rf"(?<=[{_ANY_DIGIT}]) | (?=[{_ANY_DIGIT}])")


# The space between a digit and the letter that follows it.
_DIGIT_WORD_RE = re.compile(rf"(?<=[{_ANY_DIGIT}]) (?=[^\W\d_])")


def _arabic_site(text: str) -> str:
    text = _BEFORE_SCALE_RE.sub("\\1", text)
    text = text.replace("\u200c", "").replace("ی", "ي").replace("ک", "ك")
    return _digits_to("0123456789")(text)


@dataclass(frozen=True)
class Transform:
    """One way other sites write the same words; ``apply`` must keep the meaning."""

    name: str
    why: str
    apply: Callable[[str], str]


# The transforms, in the order they are reported (each applied alone to the original).
TRANSFORMS: tuple[Transform, ...] = (
    Transform(
        "arabic_letters",
        "Arabic yeh and kaf («ي», «ك») for Persian «ی», «ک», as Arabic keyboards type",
        lambda t: t.replace("ی", "ي").replace("ک", "ك"),
    ),
    Transform(
        "zwnj_dropped",
        "ZWNJ left out: words glued («میشود», «میلیونتن»)",
        lambda t: t.replace("\u200c", ""),
    ),
    Transform(
        "zwnj_as_space", "ZWNJ typed as a space («می شود»)", lambda t: t.replace("\u200c", " ")
    ),
    Transform("digits_persian", "every digit in Persian script", _digits_to(PERSIAN_DIGITS)),
    Transform("digits_arabic", "every digit in Arabic-Indic script", _digits_to(ARABIC_DIGITS)),
    Transform("digits_latin", "every digit in Latin script", _digits_to("0123456789")),
    Transform("thousands_comma", "«12,500» (years kept bare)", _thousands(",")),
    Transform("thousands_arabic", "«12٬500» with the Arabic thousands mark", _thousands("٬")),
    Transform("thousands_persian_comma", "«12،500» with the Persian comma", _thousands("،")),
    Transform("decimal_momayyez", "«3٫5» with the Arabic decimal mark", _decimal("٫")),
    Transform(
        "decimal_slash", "«3/5», as Persian handwriting and many sites write it", _decimal("/")
    ),
    Transform("decimal_word", "«3 ممیز 5» in words", _decimal(" ممیز ")),
    Transform("percent_sign", "«12%» for «12 درصد»", _percent_sign("%")),
    Transform("percent_arabic_sign", "«12٪» for «12 درصد»", _percent_sign("٪")),
    Transform(
        "scale_glued_before",
        "a scale word glued to the number before it («20میلیون», «یکمیلیون»)",
        lambda t: _BEFORE_SCALE_RE.sub("\\1", t),
    ),
    Transform(
        "scale_zwnj_after",
        "a scale word joined to the next word by ZWNJ («میلیون‌تن», «هزار‌نفر»)",
        lambda t: _SCALE_NEXT_RE.sub("\\1\u200c", t),
    ),
    Transform(
        "scale_and_glued",
        "the «و» after a scale word glued to it («هزارو ۲۰۰»)",
        lambda t: _SCALE_AND_RE.sub("\\1و ", t),
    ),
    Transform(
        "tatweel",
        "tatweel inside scale and currency words («هـزار»)",
        lambda t: _TATWEEL_RE.sub(lambda m: _TATWEEL[m.group()], t),
    ),
    Transform(
        "unit_glued",
        "a digit glued to the word after it («۲۰۰تن», «۱۲درصد», «۵میلیون»)",
        lambda t: _DIGIT_WORD_RE.sub("", t),
    ),
    Transform(
        "arabic_site",
        "all at once, as one Arabic-keyboard site types («يکميليون و 200 هزار»): Arabic "
        "letters, no ZWNJ, Latin digits, scale words glued to the number before them",
        lambda t: _arabic_site(t),
    ),
    Transform("double_spaces", "every space doubled", lambda t: t.replace(" ", "  ")),
    Transform(
        "nbsp_digits",
        "NBSP for the spaces beside digits",
        lambda t: _DIGIT_SPACE_RE.sub("\u00a0", t),
    ),
)


def _figure_key(f: dict) -> tuple[float, Any]:
    return (round(float(f.get("value") or 0), 6), f.get("unit"))


def compare(original: dict, changed: dict) -> dict[str, int]:
    """Divergences between two records of one article, per field.

    ``figure_lost``/``figure_gained``: figures (value, unit) only in one record;
    ``subject``/``kind``: figures in both whose subject or kind differ (paired in order);
    ``people``, ``roles``, ``provinces``, ``attribution``: 1 when the field differs
    (names, roles and attribution compared after the product's folding, ``key``)."""
    a = Counter(_figure_key(f) for f in original.get("figures") or [])
    b = Counter(_figure_key(f) for f in changed.get("figures") or [])
    out = {
        "figure_lost": sum((a - b).values()),
        "figure_gained": sum((b - a).values()),
        "subject": 0,
        "kind": 0,
    }
    pending: dict[tuple[float, Any], list[dict]] = {}
    for f in changed.get("figures") or []:
        pending.setdefault(_figure_key(f), []).append(f)
    for f in original.get("figures") or []:
        twins = pending.get(_figure_key(f))
        if not twins:
            continue
        g = twins.pop(0)
        out["subject"] += f.get("subject") != g.get("subject")
        out["kind"] += f.get("kind") != g.get("kind")

    def people(r: dict) -> set[str]:
        return {key(p.get("name")) for p in r.get("people") or []}

    def roles(r: dict) -> set[tuple[str, str]]:
        return {(key(p.get("name")), key(p.get("role"))) for p in r.get("people") or []}

    def provinces(r: dict) -> list[Any]:
        return [p.get("iso") if isinstance(p, dict) else p for p in r.get("provinces") or []]

    out["people"] = int(people(original) != people(changed))
    out["roles"] = int(roles(original) != roles(changed) and people(original) == people(changed))
    out["provinces"] = int(provinces(original) != provinces(changed))
    out["attribution"] = int(
        key(original.get("attributed_to")) != key(changed.get("attributed_to"))
    )
    return out


FIELDS = (
    "figure_lost",
    "figure_gained",
    "subject",
    "kind",
    "people",
    "roles",
    "provinces",
    "attribution",
)


def write_transformed(
    paths: list[Path], transforms: tuple[Transform, ...], root: Path
) -> list[Path]:
    """Each text under ``root/<transform>/<name>`` (same base name: the gold finds it)."""
    out: list[Path] = []
    for t in transforms:
        folder = root / t.name
        folder.mkdir(parents=True, exist_ok=True)
        for p in paths:
            dest = folder / p.name
            dest.write_text(t.apply(p.read_text(encoding="utf-8")), encoding="utf-8")
            out.append(dest)
    return out


def run(
    paths: list[Path],
    gold: list[dict],
    transforms: tuple[Transform, ...],
    extract: Callable[[list[Path]], list[dict]],
    evaluate: Callable[[list[dict], list[dict]], tuple[Any, dict[str, float]]],
) -> dict[str, Any]:
    """The divergence table and the gold scores, per transform (``extract``: the records
    of a list of files, as ``scrapy extract`` writes them)."""
    from evaluation.extraction import record_basename

    with tempfile.TemporaryDirectory(prefix="perturb-") as tmp:
        root = Path(tmp)
        files = write_transformed(paths, transforms, root)
        records = extract([*paths, *files])
    by_transform: dict[str, dict[str, dict]] = {}
    for r in records:
        name = record_basename(r)
        url = str(r.get("url") or "")
        folder = Path(url).parent.name if tmp in url else "original"
        by_transform.setdefault(folder, {})[name] = r
    base = by_transform.get("original", {})
    _, base_scores = evaluate(gold, list(base.values()))
    report: dict[str, Any] = {"original": {"gold": base_scores}}
    for t in transforms:
        changed = by_transform.get(t.name, {})
        totals = dict.fromkeys(FIELDS, 0)
        texts: dict[str, dict[str, int]] = {}
        for name, rec in base.items():
            diff = compare(rec, changed.get(name, {}))
            if any(diff.values()):
                texts[name] = {k: v for k, v in diff.items() if v}
            for k, v in diff.items():
                totals[k] += v
        _, scores = evaluate(gold, list(changed.values()))
        report[t.name] = {
            "texts_diverging": len(texts),
            "divergence": totals,
            "gold": scores,
            "texts": texts,
        }
    return report


GOLD_FIELDS = (
    "figure_precision",
    "figure_recall",
    "subject_accuracy",
    "kind_accuracy",
    "people_recall",
)


_SHORT = {
    "figure_lost": "lost",
    "figure_gained": "gained",
    "subject": "subj",
    "kind": "kind",
    "people": "people",
    "roles": "roles",
    "provinces": "prov",
    "attribution": "attr",
    "figure_precision": "figP",
    "figure_recall": "figR",
    "subject_accuracy": "subj",
    "kind_accuracy": "kind",
    "people_recall": "peopR",
}


def print_report(report: dict[str, Any], texts: int) -> None:
    """One line per transform: divergences per field, then its gold scores."""
    head = "transform".ljust(24) + "texts " + " ".join(_SHORT[f].rjust(6) for f in FIELDS)
    print(head + "  |  gold: " + " ".join(_SHORT[g].rjust(5) for g in GOLD_FIELDS))
    for name, row in report.items():
        gold = " ".join(f"{row['gold'][g]:.3f}" for g in GOLD_FIELDS)
        if name == "original":
            print(
                f"{'original':24}{texts:>5} " + " ".join(" " * 8 for _ in FIELDS) + "  |  " + gold
            )
            continue
        div = " ".join(str(row["divergence"][f]).rjust(6) for f in FIELDS)
        print(f"{name:24}{row['texts_diverging']:>5} {div}  |  {gold}")
