"""``python -m benchmarks.gc_share [default|off|high]``: the garbage collector's share of the
extraction stage.

Why: the stage reads about 0.5 ms more per article in ``benchmarks.pages.measure_stages``
than ``extract_article`` in a tight loop. Part of that is collections the stage's
allocations trigger, which free earlier pages' Response/Selector cycles. This runs the stage
benchmark with the collector as Python sets it (``default``), switched off (``off``) or with
a first-generation threshold of 50,000 (``high``) and prints the stage's mean, the chain's
total and the collections' count and CPU time. Run the modes alternately: the machine's load
moves every number, so only side-by-side runs compare.
"""

from __future__ import annotations

import gc
import sys
import time

from benchmarks.pages import measure_stages

MODES = ("default", "off", "high")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    mode = args[0] if args else "default"
    if mode not in MODES:
        print(f"mode must be one of {', '.join(MODES)}, not {mode!r}", file=sys.stderr)
        return 2
    if mode == "off":
        gc.disable()
    elif mode == "high":
        gc.set_threshold(50_000, 20, 20)
    spent = {"runs": 0, "cpu": 0.0}
    started = [0.0]

    def timer(phase: str, _info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent["runs"] += 1
            spent["cpu"] += time.process_time() - started[0]

    gc.callbacks.append(timer)
    try:
        stages = {t.stage: t for t in measure_stages(3)}
    finally:
        gc.callbacks.remove(timer)
    total = sum(t.mean_s for t in stages.values()) * 1000
    print(
        f"{mode}: extraction {stages['extraction'].mean_s * 1000:.3f} ms, chain {total:.3f} ms,"
        f" {spent['runs']} collections, {spent['cpu']:.3f} s in them"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
