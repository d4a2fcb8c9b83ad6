"""Every compiled lexicon pattern in crawler/extraction/lexicon.py has one name.

The module is one flat namespace of ~300 patterns that several people extend at once; a
second assignment to an existing name («TOPIC_RE» for speakers' topics) silently
replaces the first and changes results elsewhere with no error."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import crawler.extraction.lexicon as lexicon


def _module_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_no_lexicon_name_is_assigned_twice() -> None:
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    twice = sorted(name for name, n in _module_level_names(tree).items() if n > 1)
    assert twice == []


def test_the_check_sees_a_second_assignment() -> None:
    tree = ast.parse("A_RE = 1\nB_RE = 2\nA_RE = 3\n")
    assert _module_level_names(tree)["A_RE"] == 2
