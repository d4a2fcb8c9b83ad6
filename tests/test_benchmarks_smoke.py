"""The benchmark code runs and its pages are what it claims (no timing asserted here).

Speed is read from ``python -m benchmarks`` (benchmarks/RESULTS.md), never from a test;
this only keeps the command from rotting and checks the facts it reports that are not
timings: page sizes, which stages are timed, bodies found.
"""

from __future__ import annotations

from benchmarks.pages import measure_stages, pages, product


def test_benchmark_pages_are_real_page_sizes_and_every_body_is_found() -> None:
    all_pages = pages()
    assert len(all_pages) >= 70
    assert all(90 * 1024 <= len(p.body) <= 360 * 1024 for p in all_pages)
    missing = [p.url for p in all_pages if not (product(p) or {}).get("body")]
    assert missing == []


def test_stage_breakdown_times_every_stage_of_the_chain() -> None:
    stages = {t.stage: t for t in measure_stages(rounds=1)}
    assert list(stages) == [
        "parse_article (selectors)",
        "boilerplate",
        "normalise",
        "extraction",
        "topic",
    ]
    assert all(0 <= t.mean_s <= t.max_s and t.p95_s <= t.max_s for t in stages.values())


def test_startup_benchmark_runs_the_extract_command() -> None:
    from benchmarks.startup import measure_startup

    result = measure_startup(runs=1)
    assert len(result.runs_s) == 1 and result.median_s > 0


def test_call_counts_see_the_extraction_and_its_regexes() -> None:
    """The counts are per article of the extraction stage alone: every benchmark page
    reaches it with a body, and each article makes regex calls (a miscounted filter,
    e.g. one matching no ``re.Pattern`` method, would read zero)."""
    from benchmarks.calls import count_calls, extraction_inputs

    items = extraction_inputs()
    assert len(items) == len(pages()) and all(item.get("body") for item in items)
    python_calls, regex_calls = count_calls(items[:5])
    assert 0 < regex_calls < python_calls


def test_gc_share_refuses_an_unknown_mode(capsys) -> None:
    """A typo in the mode must not silently run the default and be read as another mode."""
    from benchmarks.gc_share import main

    assert main(["of"]) == 2
    assert "mode must be one of" in capsys.readouterr().err
