"""The folders are the architecture: each layer imports only the layers below it.

spiders/ and pipelines/ sit on crawler/; crawler/ never imports them (nor evaluation/,
benchmarks/ or tests/); the text stages (cleaning, extraction, stages) import no Scrapy;
production imports no trafilatura (a measurement baseline only).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ABOVE_CRAWLER = ("spiders", "pipelines", "evaluation", "benchmarks", "tests")
NO_SCRAPY = ("crawler/cleaning", "crawler/extraction", "crawler/stages")


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


CRAWLER_FILES = sorted((ROOT / "crawler").rglob("*.py"))


@pytest.mark.parametrize("path", CRAWLER_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_crawler_imports_no_layer_above_it(path: Path) -> None:
    above = {n for n in imported(path) if n.split(".")[0] in ABOVE_CRAWLER}
    assert not above, f"{path.relative_to(ROOT)} imports {sorted(above)}"
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith(NO_SCRAPY):
        scrapy = {n for n in imported(path) if n.split(".")[0] in ("scrapy", "twisted")}
        assert not scrapy, f"{rel} is a text stage but imports {sorted(scrapy)}"


def test_pipelines_only_call_crawler_functions() -> None:
    """A pipeline file defines one class and no functions of its own."""
    for path in sorted((ROOT / "pipelines").glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        assert not functions and len(classes) == 1, (path.name, functions, classes)


def test_production_imports_no_trafilatura() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import crawler, spiders, pipelines\n"
        "for pkg in (crawler, spiders, pipelines):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print('trafilatura' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
