"""Subject labels form a closed vocabulary (crawler/data/subjects.json): the schema's enum,
the README table, every lexicon and every label written in code use only those."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

from crawler.data import DATA_DIR, load

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "crawler" / "extraction" / "figures"
LABELS = {entry["label"] for entry in load("subjects.json")["labels"]}
# Codes that are not subject labels but look like them in code (units, kinds, groups).
NOT_LABELS = {u["code"] for u in load("units.json")["units"]} | {
    "percent",
    "count",
    "pct",
    "target",
    "forecast",
    "actual",
    "change",
    "share",
}


def lexicon_labels(subject_cues: Any, counted: Any, qualifiers: Any) -> set[str]:
    """Every subject label the lexicons name."""
    used = {c["label"] for c in subject_cues["cues"]}
    used |= {c["label"] for c in subject_cues["sector_words"]}
    for key in ("countable", "trade", "generic_heads", "domains"):
        used |= set(subject_cues[key])
    used |= {v for v in counted["nouns"].values() if v not in (None, "?")}
    used |= set(counted.get("carried_flows", []))
    used |= {q["label"] for q in qualifiers["qualifiers"]}
    return used


def code_labels(folder: Path) -> set[str]:
    """Label-like strings the figure rules return or compare a subject with."""
    found: set[str] = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.Return, ast.Compare)):
                continue
            for const in ast.walk(node):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    if re.fullmatch(r"[a-z][a-z_]+", const.value):
                        found.add(const.value)
    return found - NOT_LABELS


def _lexicons() -> tuple[Any, Any, Any]:
    return load("subject_cues.json"), load("counted_nouns.json"), load("qualifiers.json")


def test_lexicons_use_only_known_labels() -> None:
    assert lexicon_labels(*_lexicons()) - LABELS == set()


def test_the_check_fails_on_a_lexicon_with_an_unknown_label() -> None:
    cues, counted, qualifiers = (json.loads(json.dumps(x)) for x in _lexicons())
    cues["cues"].append({"label": "shoes", "words": ["کفش"]})
    counted["nouns"]["جفت"] = "footwear"
    assert lexicon_labels(cues, counted, qualifiers) - LABELS == {"shoes", "footwear"}


def test_code_uses_only_known_labels() -> None:
    used = code_labels(FIGURES)
    assert {"cultivation", "employment", "price", "electricity", "growth"} <= used
    assert used - LABELS == set()


def test_the_code_check_sees_an_unknown_label(tmp_path: Path) -> None:
    (tmp_path / "rule.py").write_text('def r():\n    return "footwear"\n', encoding="utf-8")
    assert code_labels(tmp_path) - LABELS == {"footwear"}


def test_schema_enum_and_readme_table_are_the_vocabulary() -> None:
    schema = json.loads((ROOT / "crawler" / "schema" / "article.schema.json").read_text("utf-8"))
    subject = schema["properties"]["figures"]["items"]["properties"]["subject"]
    enum = next(a["enum"] for a in subject["anyOf"] if "enum" in a)
    assert set(enum) == LABELS and len(enum) == len(LABELS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| (?:measure|establishments|sector) \|", readme, re.M)
    assert set(rows) == LABELS


def test_every_data_file_is_documented() -> None:
    for path in sorted(DATA_DIR.glob("*.json")):
        assert load(path.name).get("_about"), f"{path.name} has no _about"
