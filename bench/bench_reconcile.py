"""Time the reconciler on a synthetic corpus: ``python bench/bench_reconcile.py [N]`` prints JSON.

Reconciling must scale with the number of claims (grouping by fact), not its square.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from factx.fx import converter
from factx.reconcile import reconcile, synthetic_claims


def bench_reconcile(n: int = 100_000, seed: int = 0) -> dict[str, Any]:
    """Seconds to reconcile ``n`` synthetic claims (the exchange rates loaded beforehand), conflicts found."""
    documents = synthetic_claims(n, seed=seed)
    start = time.perf_counter()
    converter()  # loading the ECB history is a one-off cost, timed apart
    load_seconds = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    conflicts = reconcile(documents)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "claims": sum(len(d["claims"]) for d in documents),
        "documents": len(documents),
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),  # apart from wall time: other processes may share the machine
        "rates_load_seconds": round(load_seconds, 3),
        "conflicts": len(conflicts),
    }


if __name__ == "__main__":
    print(json.dumps(bench_reconcile(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)))
