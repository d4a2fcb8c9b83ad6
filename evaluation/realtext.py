"""Real third-party news texts as an extraction benchmark, without putting them in git.

    python -m evaluation.realtext verify                 # the cache against the manifests
    python -m evaluation.realtext rebuild ANSWERS.json... # refill the cache from saved answers
    python -m evaluation.realtext score --part dev       # `scrapy extract` + the evaluator
    python -m evaluation.realtext swap-outlets --part dev  # attribution on invented outlets

Why: the team's own gold texts are cleaner than real news, so every bar read 1.000 on them
while real articles scored far lower. Real articles are someone else's text: they stay in
an ignored cache (``evaluation/realtext/.cache/<part>/<id>.txt``); what is committed is what
the team wrote: for each part a ``manifest.json`` (id, the search query, url, sha256 of the
text) and a ``gold.json`` (values, units, subjects, kinds, people, roles, agency, provinces),
written from the text before the product was run on it.

The texts are the stored page excerpts that the team's look-up tool returns for the
manifest's query. ``rebuild`` takes such answers saved as JSON (``{"results": [{"url",
"excerpt"}, ...]}``, one file per query or a list of them) and writes each text whose url
and sha256 match a manifest entry; ``verify`` names what is missing or altered.

``score`` runs the product as a user would (``scrapy extract`` on the plain-text files, in a
subprocess, with the project's settings) and scores the records with
:mod:`evaluation.extraction`. Parts: ``dev`` (used for development: dev-a, dev-b, dev-c1,
dev-c2, and every held-out part once it has been measured), ``heldout3`` … ``heldout12``
(each round's held-out part, written while the round's developers worked and measured
once at its end), ``dev72`` (the first development part) or any one folder. First runs
are reported in README.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jsonlines

from crawler.schema import load_schema
from evaluation.extraction import _print_report, check_bars, evaluate

ROOT = Path(__file__).resolve().parent / "realtext"
CACHE = ROOT / ".cache"
DATA = Path(__file__).resolve().parent.parent / "crawler" / "data"
PARTS: dict[str, tuple[str, ...]] = {
    # heldout and heldout2 were each measured once (rounds 1 and 2, first runs in README)
    # and then joined development for round 3, with the new dev-c1/dev-c2; heldout3 was
    # round 3's held-out part (measured once, then joined development for round 4);
    # heldout4 to heldout9 were rounds 4 to 9's (each measured once, then joined
    # development); heldout10 was round 11's (measured once at d3fa41b, then joined
    # development for round 12); heldout11 was round 12's (measured once at bf104fb, then
    # joined development); heldout12 was round 13's (measured once at aa8e17e, then joined
    # development); heldout13 was round 14's (measured once at e404928, then joined
    # development); heldout14 was round 15's (measured once at 01140db, then joined
    # development); heldout15 was round 16's (measured once at 880055c, then joined
    # development); heldout16 was round 17's (measured once at bddd4be, then joined
    # development); heldout17 was round 18's (measured once at d603fb0, then joined
    # development); heldout18 was round 19's (measured once at 847b648, then joined
    # development); dev-d and dev-e were rounds 21 and 22's fresh development parts (first
    # run before any fix); heldout19 was round 21's held-out part (measured once at 676ed16)
    # and heldout20 round 22's (measured once at 58dfcba), each then joined development;
    # dev-f was round 23's fresh development part and heldout21 its held-out part
    # (measured once at 583f48d); dev-g and heldout22 were round 24's (heldout22 measured
    # once at d5f9bf1); heldout23 and heldout24 were rounds 25 and 26's held-out parts
    # (measured once at 8a2ca8c and 47c905f); heldout25 was round 27's (written on a new
    # machine before any of the round's fixes, measured once at 0b788a7, then joined
    # development); heldout26 was round 28's (written while round 27's second wave worked,
    # before any of round 28's fixes; measured once at 54ec06b, then joined development);
    # heldout27 was round 29's (written before any of round 29's fixes was merged; measured
    # once at 4a7689c, then joined development); heldout28 was round 30's (written at the
    # session's start, before any of round 30's fixes; measured once at a179d04, then joined
    # development);
    # heldout29 was round 31's (written while round 30's helpers worked, before any of
    # round 31's fixes; measured once at ab7d574, then joined development); heldout30 was
    # round 32's (written before any of round 32's fixes was merged; measured once at
    # 8043987, then joined development); heldout31 and heldout32 are rounds 33 and 34's
    # held-out parts, both written at the session's start before any of either round's fixes;
    # heldout31 was measured once at 8699486 and heldout32 once at b5fcc75, each then joined
    # development; heldout33 and heldout34 are rounds 35 and 36's, written before their fixes;
    # heldout33 was measured once at dc6cbb5 and heldout34 once at 577afff, each then joined
    # development; heldout35 and heldout36 are rounds 38 and 39's held-out parts, both
    # written at the session's start before any fix of either round was merged; heldout35
    # was measured once at 4b11ab7 and heldout36 once at 187bc38, each then joined
    # development; heldout37 is round 40's, written before any of its fixes, measured once
    # at df183d9, then joined development; heldout38 and heldout39 are rounds 41 and 42's,
    # both written at a session's start before any fix of round 42 (round 41's fixes were
    # merged the session before, without a part to measure them); heldout38 was measured once
    # at 6fb9ca6 and heldout39 once at 6a9c3ad, each then joined development; heldout40 is
    # round 43's, written before any of its fixes, measured once at 0d468ab, then joined
    # development; heldout41 is round 44's, written before any of its fixes, measured once at
    # d04f6fa, then joined development; the next round needs a new part written first.
    "dev": (
        *("dev-a", "dev-b", "heldout", "heldout2", "dev-c1", "dev-c2"),
        *("heldout3a", "heldout3b", "heldout4a", "heldout4b", "heldout5a", "heldout5b"),
        *("heldout6a", "heldout6b", "heldout7a", "heldout7b", "heldout8a", "heldout8b"),
        *("heldout9a", "heldout9b", "heldout10a", "heldout10b", "heldout11a", "heldout11b"),
        *("heldout12a", "heldout12b", "heldout13a", "heldout13b", "heldout14a", "heldout14b"),
        *("heldout15a", "heldout15b", "heldout16a", "heldout16b", "heldout17a", "heldout17b"),
        *("heldout18a", "heldout18b", "dev-d1", "dev-d2", "heldout19a", "heldout19b"),
        *("dev-e1", "dev-e2", "heldout20a", "heldout20b"),
        *("dev-f1", "dev-f2", "heldout21a", "heldout21b"),
        *("dev-g1", "dev-g2", "heldout22a", "heldout22b"),
        *("heldout23a", "heldout23b", "heldout24a", "heldout24b"),
        *("heldout25a", "heldout25b", "heldout26a", "heldout26b"),
        *("heldout27a", "heldout27b", "heldout28a", "heldout28b"),
        *("heldout29a", "heldout29b", "heldout30a", "heldout30b"),
        *("heldout31a", "heldout31b", "heldout32a", "heldout32b"),
        *("heldout33a", "heldout33b", "heldout34a", "heldout34b"),
        *("heldout35a", "heldout35b", "heldout36a", "heldout36b"),
        *("heldout37a", "heldout37b", "heldout38a", "heldout38b"),
        *("heldout39a", "heldout39b", "heldout40a", "heldout40b"),
        *("heldout41a", "heldout41b"),
    ),
    "dev72": ("dev-a", "dev-b"),
    "dev-d": ("dev-d1", "dev-d2"),  # round 21's fresh development part
    "dev-e": ("dev-e1", "dev-e2"),  # round 22's fresh development part
    "dev-f": ("dev-f1", "dev-f2"),  # round 23's fresh development part
    "dev-g": ("dev-g1", "dev-g2"),  # round 24's fresh development part
    "heldout": ("heldout",),
    "heldout2": ("heldout2",),
    "heldout3": ("heldout3a", "heldout3b"),
    "heldout4": ("heldout4a", "heldout4b"),
    "heldout5": ("heldout5a", "heldout5b"),
    "heldout6": ("heldout6a", "heldout6b"),
    "heldout7": ("heldout7a", "heldout7b"),
    "heldout8": ("heldout8a", "heldout8b"),
    "heldout9": ("heldout9a", "heldout9b"),
    "heldout10": ("heldout10a", "heldout10b"),
    "heldout11": ("heldout11a", "heldout11b"),
    "heldout12": ("heldout12a", "heldout12b"),
    "heldout13": ("heldout13a", "heldout13b"),
    "heldout14": ("heldout14a", "heldout14b"),
    "heldout15": ("heldout15a", "heldout15b"),
    "heldout16": ("heldout16a", "heldout16b"),
    "heldout17": ("heldout17a", "heldout17b"),
    "heldout18": ("heldout18a", "heldout18b"),
    "heldout19": ("heldout19a", "heldout19b"),  # round 21's held-out part
    "heldout20": ("heldout20a", "heldout20b"),  # round 22's held-out part
    "heldout21": ("heldout21a", "heldout21b"),  # round 23's held-out part
    "heldout22": ("heldout22a", "heldout22b"),  # round 24's held-out part
    "heldout23": ("heldout23a", "heldout23b"),  # round 25's held-out part
    "heldout24": ("heldout24a", "heldout24b"),  # round 26's held-out part
    "heldout25": ("heldout25a", "heldout25b"),  # round 27's held-out part
    "heldout26": ("heldout26a", "heldout26b"),  # round 28's held-out part
    "heldout27": ("heldout27a", "heldout27b"),  # round 29's held-out part
    "heldout28": ("heldout28a", "heldout28b"),  # round 30's held-out part
    "heldout29": ("heldout29a", "heldout29b"),  # round 31's held-out part
    "heldout30": ("heldout30a", "heldout30b"),  # round 32's held-out part
    "heldout31": ("heldout31a", "heldout31b"),  # round 33's held-out part
    "heldout32": ("heldout32a", "heldout32b"),  # round 34's held-out part
    "heldout33": ("heldout33a", "heldout33b"),  # round 35's held-out part
    "heldout34": ("heldout34a", "heldout34b"),  # round 36's held-out part
    "heldout35": ("heldout35a", "heldout35b"),  # round 38's held-out part
    "heldout36": ("heldout36a", "heldout36b"),  # round 39's held-out part
    "heldout37": ("heldout37a", "heldout37b"),  # round 40's held-out part
    "heldout38": ("heldout38a", "heldout38b"),  # round 41's held-out part
    "heldout39": ("heldout39a", "heldout39b"),  # round 42's held-out part
    "heldout40": ("heldout40a", "heldout40b"),  # round 43's held-out part
    "heldout41": ("heldout41a", "heldout41b"),  # round 44's held-out part
}
# The bars of the issue on real text (people: also at most one non-person per 30 texts).
REALTEXT_BARS = {
    "figure_precision": 0.97,
    "figure_recall": 0.95,
    "subject_accuracy": 0.90,
    "kind_accuracy": 0.90,
    "people_recall": 0.90,
    "role_accuracy": 0.85,
    "attribution_accuracy": 0.85,
    "province_exact": 1.0,
}


@dataclass(frozen=True)
class Entry:
    """One manifest line: where a cached text came from and what its bytes hash to."""

    part: str
    id: str
    query: str
    url: str
    sha256: str

    @property
    def path(self) -> Path:
        return CACHE / self.part / f"{self.id}.txt"


def subparts(part: str) -> tuple[str, ...]:
    """The folders of a part name (``dev`` is two folders); a folder name is itself."""
    return PARTS.get(part, (part,))


def manifest(part: str) -> list[Entry]:
    """The manifest entries of a part (missing folders give none)."""
    out: list[Entry] = []
    for sub in subparts(part):
        path = ROOT / sub / "manifest.json"
        if not path.is_file():
            continue
        for e in json.loads(path.read_text(encoding="utf-8")):
            out.append(Entry(sub, e["id"], e["query"], e["url"], e["sha256"]))
    return out


def gold(part: str) -> list[dict]:
    """The gold entries of a part, each figure's `text` quoted from the cache when present.

    The committed gold holds no third-party words: a figure points at its words in the
    cached article with ``"at": [start, end]`` (character offsets)."""
    out: list[dict] = []
    for sub in subparts(part):
        path = ROOT / sub / "gold.json"
        if not path.is_file():
            continue
        for entry in json.loads(path.read_text(encoding="utf-8")):
            cached = CACHE / sub / entry["seed"]
            text = cached.read_text(encoding="utf-8") if cached.is_file() else None
            for fig in entry.get("figures", []):
                if text is not None and "at" in fig:
                    fig["text"] = text[fig["at"][0] : fig["at"][1]]
            out.append(entry)
    return out


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _figure_vocabulary() -> dict[str, frozenset[str | None]]:
    """What a gold figure may say, from the product's own declarations: subjects, kinds and
    approximations from the record schema, units from crawler/data/units.json as reported
    (a scaled unit such as «همت» is reported in its base unit) plus ``count``."""
    figure = load_schema()["properties"]["figures"]["items"]["properties"]
    allowed: dict[str, frozenset[str | None]] = {}
    for field in ("subject", "kind", "approx"):
        allowed[field] = frozenset([*figure[field]["anyOf"][0]["enum"], None])
    units = json.loads((DATA / "units.json").read_text(encoding="utf-8"))
    scaled = set(units["scaled"])
    allowed["unit"] = frozenset(
        [u["code"] for u in units["units"] if u["code"] not in scaled] + ["count"]
    )
    return allowed


_ISO_RE = re.compile(r"IR-\d\d")


def _province_iso_by_name() -> dict[str, str]:
    """Each province's name and spelling variants → its ISO 3166-2:IR code, from the
    product's own province data (the one place the codes are written)."""
    data = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))["provinces"]
    return {name: p["iso"] for p in data for name in (p["name"], *p.get("variants", []))}


def gold_problems(entries: list[dict], where: str = "") -> list[str]:
    """One line per gold figure or entry the evaluator would read wrongly: a label outside
    the product's vocabulary («about» written as a kind scores as a miss forever), a
    missing or reversed «at» span, an ISO code not of the IR-NN form, ISO codes that are
    not the codes of the provinces named. Why: annotators write gold by hand, and such a
    slip is silent in the scores (they compare names), yet wrong in the committed data."""
    allowed = _figure_vocabulary()
    iso_of = _province_iso_by_name()
    problems: list[str] = []
    for entry in entries:
        seed = f"{where}{entry.get('seed')}"
        names = entry.get("provinces")
        if names and all(n in iso_of for n in names):
            expected = sorted(iso_of[n] for n in names)
            if sorted(entry.get("province_iso") or []) != expected:
                problems.append(
                    f"{seed}: province_iso {entry.get('province_iso')} are not the codes"
                    f" of {names} ({expected})"
                )
        for iso in entry.get("province_iso") or []:
            if not (
                isinstance(iso, str) and len(iso) == 5 and iso[:3] == "IR-" and iso[3:].isdigit()
            ):
                problems.append(f"{seed}: province_iso {iso!r} is not IR-NN")
        for fig in entry.get("figures", []):
            label = f"{seed}: figure {fig.get('value')!r}"
            for field, values in allowed.items():
                value = fig.get(field)
                if field == "unit" and value is None and fig.get("optional"):
                    continue  # an optional non-figure kept for the record («۲۲۹۵ مگاولت آمپر»)
                if value not in values:
                    problems.append(
                        f"{label}: {field} {value!r} is not in the product's vocabulary"
                    )
            at = fig.get("at")
            if not (isinstance(at, list) and len(at) == 2 and 0 <= at[0] < at[1]):
                problems.append(f"{label}: 'at' must be [start, end] with start < end")
    return problems


def verify(entries: list[Entry]) -> tuple[list[Entry], list[str]]:
    """Entries whose cached text is present and intact, and one line per problem."""
    good: list[Entry] = []
    problems: list[str] = []
    for e in entries:
        if not e.path.is_file():
            problems.append(f"{e.part}/{e.id}: not in the cache (query: {e.query!r}, {e.url})")
        elif sha256(e.path.read_bytes()) != e.sha256:
            problems.append(f"{e.part}/{e.id}: cached text differs from the manifest's sha256")
        else:
            good.append(e)
    return good, problems


def rebuild(answer_files: list[Path], entries: list[Entry]) -> int:
    """Write every manifest text found in saved look-up answers; returns how many."""
    by_url: dict[str, list[Entry]] = {}
    for e in entries:
        by_url.setdefault(e.url, []).append(e)
    written = 0
    for f in answer_files:
        data = json.loads(f.read_text(encoding="utf-8"))
        answers = data if isinstance(data, list) else [data]
        for answer in answers:
            for result in answer.get("results", []):
                for e in by_url.get(result.get("url", ""), []):
                    text = result.get("excerpt", "").encode("utf-8")
                    if sha256(text) != e.sha256:
                        continue
                    e.path.parent.mkdir(parents=True, exist_ok=True)
                    e.path.write_bytes(text)
                    written += 1
    return written


def todo(entries: list[Entry]) -> list[str]:
    """One TSV line (part, id, query, url) per text missing from the cache or altered,
    those sharing a query together. Why: a new machine starts with an empty cache, and the
    only way to refill it is one stored-page look-up per manifest query; the list says which
    queries to run (one look-up may serve several lines) and which url to keep from each."""
    good = {(e.part, e.id) for e in verify(entries)[0]}
    by_query: dict[str, list[Entry]] = {}
    for e in entries:
        if (e.part, e.id) not in good:
            by_query.setdefault(e.query, []).append(e)
    return [f"{e.part}\t{e.id}\t{e.query}\t{e.url}" for group in by_query.values() for e in group]


def extract_records(paths: list[Path]) -> list[dict]:
    """Records from ``scrapy extract`` on the files, exactly as a user runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "records.jsonl"
        cmd = [sys.executable, "-m", "scrapy", "extract", "-o", str(out), *map(str, paths)]
        proc = subprocess.run(cmd, cwd=ROOT.parent.parent, capture_output=True, text=True)
        if not out.is_file():
            raise RuntimeError(f"scrapy extract failed ({proc.returncode}): {proc.stderr[-2000:]}")
        with jsonlines.open(out) as reader:
            return [r for r in reader if isinstance(r, dict)]


AGREEMENT = ROOT / "agreement" / "second.json"


def agreement(second: list[dict], golds: dict[tuple[str, str], dict]) -> dict[str, dict]:
    """How often a second annotation agrees with the gold, per field and part group.

    ``second`` entries point at a gold figure (part, seed, index) and give that reader's
    subject and kind; a figure the gold leaves unscored on a field (no key) is skipped
    for it. Returns ``{"subject": {group: (n, agreed, {(gold, second): count})}, ...}``."""
    out: dict[str, dict] = {"subject": {}, "kind": {}}
    for label in second:
        entry = golds.get((label["part"], label["seed"]))
        if entry is None or label["i"] >= len(entry.get("figures", [])):
            raise ValueError(f"no gold figure for {label['part']}/{label['seed']}#{label['i']}")
        fig = entry["figures"][label["i"]]
        group = label["part"].rstrip("ab")
        for field in out:
            if field not in fig:
                continue
            n, agreed, pairs = out[field].get(group, (0, 0, {}))
            same = (fig[field] or None) == (label.get(field) or None)
            if not same:
                key = (fig[field], label.get(field))
                pairs[key] = pairs.get(key, 0) + 1
            out[field][group] = (n + 1, agreed + same, pairs)
    return out


def _print_agreement() -> int:
    second = json.loads(AGREEMENT.read_text(encoding="utf-8"))
    golds: dict[tuple[str, str], dict] = {}
    for part in sorted({label["part"] for label in second}):
        for entry in json.loads((ROOT / part / "gold.json").read_text(encoding="utf-8")):
            golds[(part, entry["seed"])] = entry
    for field, groups in agreement(second, golds).items():
        for group, (n, agreed, pairs) in sorted(groups.items()):
            top = sorted(pairs.items(), key=lambda kv: -kv[1])[:4]
            common = ", ".join(f"{g}/{s} x{c}" for (g, s), c in top)
            print(f"{field} {group}: {agreed}/{n} = {agreed / n:.3f}  (gold/second: {common})")
    return 0


def _swap_names(good: list[Entry], args: argparse.Namespace) -> int:
    """People scores before and after renaming (``evaluation.swapnames``)."""
    from evaluation.swapnames import measure

    by_seed = {(e.part, f"{e.id}.txt"): e.path for e in good}
    entries = [
        (by_seed[(sub, g["seed"])], g)
        for sub in subparts(args.part)
        for g in gold(sub)
        if (sub, g["seed"]) in by_seed
    ]
    before, after, kept = measure(entries, args.seed)
    result = {"unswapped": before.summary(), "swapped": after.summary(), "kept": len(kept)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for label, sc in (("unswapped", before), ("swapped", after)):
        s = sc.summary()
        print(
            f"{label:9} texts={s['texts']} people={s['people']} renamed={s['renamed']} "
            f"recall={s['people_recall']:.3f} roles={s['role_accuracy']:.3f} "
            f"non-people={s['non_people']}"
        )
    print(f"kept as written: {len(kept)}")
    if args.show:
        for line in [*kept, *("swapped " + p for p in after.problems)]:
            print("  " + line)
    return 0


def _perturb(args: argparse.Namespace, good: list[Entry]) -> int:
    from evaluation import perturb

    names = [n for n in args.only.split(",") if n]
    unknown = set(names) - {t.name for t in perturb.TRANSFORMS}
    if unknown:
        print(f"unknown transform(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    chosen = tuple(t for t in perturb.TRANSFORMS if not names or t.name in names)
    present = {f"{e.id}.txt" for e in good}
    golds = [g for g in gold(args.part) if g["seed"] in present]
    report = perturb.run([e.path for e in good], golds, chosen, extract_records, evaluate)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        perturb.print_report(report, len(good))
    return 0


def _print_swap(part: str, good: list[Entry], as_json: bool, show_misses: bool) -> int:
    from evaluation.outlet_swap import measure

    texts = {f"{e.id}.txt": e.path.read_text(encoding="utf-8") for e in good}
    summary, misses = measure(gold(part), texts)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        for mode, row in summary.items():
            print(f"{mode:14} texts={row['texts']:4}  attribution={row['accuracy']}")
    if show_misses:
        print("\n".join(misses))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.realtext", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("verify", help="check the cache against the manifests")
    v.add_argument("--part", default="all")
    v.add_argument(
        "--todo", type=Path, help="also write the missing texts as TSV (part, id, query, url)"
    )
    r = sub.add_parser("rebuild", help="fill the cache from saved look-up answers (JSON)")
    r.add_argument("answers", nargs="+", type=Path)
    s = sub.add_parser("score", help="scrapy extract on a part's texts, scored against its gold")
    s.add_argument("--part", default="dev", help="dev, dev72, heldout3 or a folder")
    s.add_argument("--json", action="store_true", help="print only the summary as JSON")
    s.add_argument("--check", action="store_true", help="exit 1 when a real-text bar is missed")
    s.add_argument("--write-records", type=Path, help="also write the records as JSONL")
    sub.add_parser("agreement", help="a second annotation against the gold (no texts needed)")
    w = sub.add_parser("swap-names", help="people recall with the gold people renamed")
    w.add_argument("--part", default="dev", help="dev or a part name, as for score")
    w.add_argument("--seed", type=int, default=11, help="seed of the replacement choice")
    w.add_argument("--json", action="store_true", help="print only the summary as JSON")
    w.add_argument("--show", action="store_true", help="also list the people problems")
    pt = sub.add_parser("perturb", help="records on respelled texts against the originals")
    pt.add_argument("--part", default="dev", help="dev, dev72, heldout3 or a folder")
    pt.add_argument("--only", default="", help="comma-separated transform names (default: all)")
    pt.add_argument("--json", action="store_true", help="print the table as JSON")
    o = sub.add_parser(
        "swap-outlets", help="attribution with invented outlets swapped in (evaluation.outlet_swap)"
    )
    o.add_argument("--part", default="dev", help="dev, dev72, heldout3 or a folder")
    o.add_argument("--json", action="store_true", help="print only the summary as JSON")
    o.add_argument("--misses", action="store_true", help="also list each miss (ids, names)")
    args = ap.parse_args(argv)
    if args.cmd == "agreement":
        return _print_agreement()

    folders = sorted({f for group in PARTS.values() for f in group})
    parts = folders if getattr(args, "part", "all") == "all" else [args.part]
    entries = [e for p in parts for e in manifest(p)]
    if args.cmd == "rebuild":
        print(f"wrote {rebuild(args.answers, entries)} of {len(entries)} texts", file=sys.stderr)
        return 0
    good, problems = verify(entries)
    for line in problems:
        print(line, file=sys.stderr)
    if args.cmd == "verify":
        print(f"{len(good)} of {len(entries)} texts present and intact", file=sys.stderr)
        if args.todo:
            lines = todo(entries)
            args.todo.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
            print(f"{len(lines)} missing texts listed in {args.todo}", file=sys.stderr)
        labels = [
            line
            for sub in sorted({s for p in parts for s in subparts(p)})
            if (ROOT / sub / "gold.json").is_file()
            for line in gold_problems(
                json.loads((ROOT / sub / "gold.json").read_text(encoding="utf-8")), f"{sub}/"
            )
        ]
        for line in labels:
            print(line, file=sys.stderr)
        print(f"{len(labels)} gold labels outside the product's vocabulary", file=sys.stderr)
        return 1 if problems or labels or not entries else 0
    if not good:
        print(
            "no cached real text for this part: the cache is rebuilt from the manifest "
            "(see `python -m evaluation.realtext --help`)",
            file=sys.stderr,
        )
        return 2
    if args.cmd == "swap-names":
        return _swap_names(good, args)
    if args.cmd == "perturb":
        return _perturb(args, good)
    if args.cmd == "swap-outlets":
        return _print_swap(args.part, good, args.json, args.misses)
    records = extract_records([e.path for e in good])
    if args.write_records:
        with jsonlines.open(args.write_records, mode="w") as writer:
            writer.write_all(records)
    present = {f"{e.id}.txt" for e in good}
    scores, summary = evaluate([g for g in gold(args.part) if g["seed"] in present], records)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        _print_report(scores, summary, sys.stdout)
    missed = check_bars(summary, REALTEXT_BARS)
    if missed:
        print("real-text bars missed: " + "; ".join(missed), file=sys.stderr)
    if summary["non_people_per_30_texts"] > 1.0:
        print("real-text bar missed: more than one non-person per 30 texts", file=sys.stderr)
        missed.append("non_people")
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
