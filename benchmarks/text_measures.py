"""The first Thai text a process lays out: what the first document of a session waits for
before it can break Thai lines between words (the word breaker's dictionary, core/thaitext.py,
read back from the cache folder by core/word_cache.py). Measured inside a fresh process, so
Python's own start is not counted; the baseline is loading PyThaiNLP's own word list (its
62,000 words as a set, with the import of PyThaiNLP) in a fresh process the same way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.results import Result, Target
from benchmarks.service_measures import guarded, need
from benchmarks.suite import Context

TEXT = "องค์การบริหารส่วนตำบลควนมะพร้าว อำเภอเมืองพัทลุง จังหวัดพัทลุง"

FIRST_BREAK = """
import json, sys, time
wall, cpu = time.perf_counter(), time.process_time()
from organiser.core.thaitext import insert_word_breaks
insert_word_breaks(sys.argv[1])
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]))
"""

PYTHAINLP_LIST = """
import json, os, sys, time
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
wall, cpu = time.perf_counter(), time.process_time()
from pythainlp.corpus import thai_words
thai_words()
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]))
"""


def _in_fresh_process(ctx: Context, code: str) -> tuple[float, float]:
    cache = ctx.root / "cache"
    done = subprocess.run(
        [sys.executable, "-c", code, TEXT],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, ORGANISER_CACHE_DIR=str(cache), PYTHONIOENCODING="utf-8"),
        timeout=120,
        check=True,
    )
    wall, cpu = json.loads(done.stdout.strip().splitlines()[-1])
    return float(wall), float(cpu)


def first_thai_text(ctx: Context) -> list[Result]:
    r = Result(
        "thai_first",
        "first Thai text in a process (word dictionary load)",
        "s",
        Target(limit=0.3, times=2.0),
        baseline_title="PyThaiNLP's own word list loaded",
    )

    def body(r: Result) -> None:
        need("organiser.core.word_cache", "read")
        # the first process on a machine builds the cache (as the app's first document ever)
        r.extra["first_ever_s"] = _in_fresh_process(ctx, FIRST_BREAK)[0]
        for _rep in range(ctx.sizes.repeat):  # interleaved with the baseline
            wall, cpu = _in_fresh_process(ctx, FIRST_BREAK)
            r.samples.append(wall)
            r.cpu_samples.append(cpu)
            r.baseline_samples.append(_in_fresh_process(ctx, PYTHAINLP_LIST)[0])

    guarded(r, body, ctx.log)
    return [r]
