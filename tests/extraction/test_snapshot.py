"""Snapshot of ``extract_record`` on every team-written text: a refactoring changes nothing.

Each text under ``evaluation/gold/**/texts/`` (and ``../shared/seeds/`` when the shared
folder is there) is extracted with the whole text as body, as ``evaluation.extraction``'s
dev mode does, and compared with the JSON committed in ``tests/extraction/snapshots/``.
The seeds are not the team's text: their snapshot keeps each figure's words (``text``,
``sentence``) as a digest, so no third-party sentence is committed.

After a DELIBERATE change of extraction, regenerate the snapshots and review the diff:

    .venv/bin/python tests/extraction/test_snapshot.py --update
    git diff --stat tests/extraction/snapshots/
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def _sets() -> dict[str, list[Path]]:
    """Snapshot name -> the text files it covers."""
    sets: dict[str, list[Path]] = {}
    for texts in sorted((ROOT / "evaluation" / "gold").glob("**/texts")):
        # evaluation/gold/texts is the team's own gold; heldoutN/texts the held-out sets
        name = "gold" if texts.parent.name == "gold" else texts.parent.name
        sets[name] = sorted(texts.glob("*.txt"))
    return sets


QUOTED = ("text", "sentence")


def _digest(words: str) -> str:
    return "sha256:" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def render(files: list[Path], *, third_party: bool = False) -> str:
    """The snapshot text of ``files``: one record per file name, stable JSON.

    For third-party texts, a figure's quoted words are replaced by their digest."""
    from crawler.extraction import extract_record

    records = {f.name: extract_record(None, None, f.read_text(encoding="utf-8")) for f in files}
    if third_party:
        for record in records.values():
            for fig in record.get("figures", []):
                for k in QUOTED:
                    if isinstance(fig.get(k), str):
                        fig[k] = _digest(fig[k])
    return json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _check(name: str, files: list[Path]) -> None:
    path = SNAPSHOTS / f"{name}.json"
    assert files, f"no texts for snapshot {name}"
    assert path.exists(), f"{path} missing: run `.venv/bin/python {__file__} --update`"
    expected = json.loads(path.read_text(encoding="utf-8"))
    actual = json.loads(render(files, third_party=name == "seeds"))
    assert sorted(actual) == sorted(expected), f"{name}: the set of texts changed"
    for fname in expected:
        assert actual[fname] == expected[fname], f"{name}/{fname}: extraction output changed"


@pytest.mark.parametrize("name", sorted(_sets()))
def test_gold_texts_match_snapshot(name: str) -> None:
    _check(name, _sets()[name])


def test_seed_texts_match_snapshot() -> None:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"seed snapshot needs the shared folder {SHARED_SEEDS} (not present)")
    _check("seeds", sorted(SHARED_SEEDS.glob("*.txt")))


def update() -> None:
    """Rewrite every snapshot from the current extractor."""
    SNAPSHOTS.mkdir(exist_ok=True)
    sets = _sets()
    if SHARED_SEEDS.is_dir():
        sets["seeds"] = sorted(SHARED_SEEDS.glob("*.txt"))
    for name, files in sets.items():
        text = render(files, third_party=name == "seeds")
        (SNAPSHOTS / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"{name}: {len(files)} texts")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(f"usage: {sys.argv[0]} --update")
    sys.path.insert(0, str(ROOT))
    update()
