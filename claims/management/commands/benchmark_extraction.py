"""python manage.py benchmark_extraction [--articles N] [--repeat R]

Throughput and memory of the claim extractor on one core. The corpus is the seed
article plus the extraction test articles, cycled to N articles. Speed is the median
of R timed passes; memory is sampled (RSS and tracemalloc) along one more pass over
the N articles, so a leak shows up as growth between the first and last samples.
"""

from __future__ import annotations

import gc
import itertools
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.benchmarking import cpu_model
from claims.extraction import EXTRACTOR_VERSION, extract

_SAMPLES = 10


def _corpus_files() -> list[Path]:
    root = Path(settings.BASE_DIR)
    files = sorted((root / "seeds").glob("*.txt"))
    files += sorted((root / "tests" / "extraction" / "data" / "texts").glob("*.txt"))
    return files


def _rss_mib() -> float:
    """Current resident set size (from /proc), falling back to the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Command(BaseCommand):
    help = "Measure extraction speed (words/s, articles/s) and memory over many articles."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--articles", type=int, default=10_000, help="articles per pass")
        parser.add_argument("--repeat", type=int, default=3, help="timed passes (median)")

    def handle(self, *args, articles: int, repeat: int, **options) -> None:
        if articles < 1 or repeat < 1:
            raise CommandError("--articles and --repeat must be positive")
        files = _corpus_files()
        if not files:
            raise CommandError(
                "no corpus: seeds/*.txt and tests/extraction/data/texts/*.txt are missing"
            )
        texts = [f.read_text(encoding="utf-8") for f in files]
        corpus = list(itertools.islice(itertools.cycle(texts), articles))
        words = sum(len(t.split()) for t in corpus)

        self.stdout.write(f"machine: {platform.platform()}; CPU {cpu_model()}")
        self.stdout.write(
            f"python {sys.version.split()[0]} ({platform.python_implementation()}); "
            f"extractor {EXTRACTOR_VERSION}"
        )
        self.stdout.write(
            f"corpus: {len(texts)} distinct articles cycled to {articles} ({words} words)"
        )

        extract(texts[0])  # warm caches and imports outside the timing
        times, cpu_times = [], []
        for run in range(repeat):
            gc.collect()
            start, cpu_start = time.perf_counter(), time.process_time()
            for text in corpus:
                extract(text)
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            cpu_times.append(time.process_time() - cpu_start)
            self.stdout.write(f"  pass {run + 1}: {elapsed:.2f} s wall, {cpu_times[-1]:.2f} s CPU")
        median, cpu_median = statistics.median(times), statistics.median(cpu_times)
        self.stdout.write(
            f"speed (median of {repeat}, wall clock): {words / median:,.0f} words/s, "
            f"{articles / median:,.1f} articles/s"
        )
        # CPU time is what one core spends; it is steadier than wall time on a busy host.
        self.stdout.write(
            f"speed (median of {repeat}, CPU time): {words / cpu_median:,.0f} words/s, "
            f"{articles / cpu_median:,.1f} articles/s"
        )

        gc.collect()
        tracemalloc.start()
        step = max(1, articles // _SAMPLES)
        samples = []
        for i, text in enumerate(corpus, 1):
            extract(text)
            if i % step == 0 or i == articles:
                gc.collect()  # count what is still reachable, not garbage awaiting a cycle
                current, _ = tracemalloc.get_traced_memory()
                samples.append((i, current / 1024, _rss_mib()))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        for i, traced, rss in samples:
            self.stdout.write(
                f"  after {i:>6} articles: traced {traced:8.1f} KiB, RSS {rss:7.1f} MiB"
            )
        first, last = samples[0], samples[-1]
        self.stdout.write(
            f"memory: traced growth {last[1] - first[1]:+.1f} KiB from article {first[0]} to "
            f"{last[0]} (tracemalloc peak {peak / 1024:.1f} KiB); RSS {first[2]:.1f} → "
            f"{last[2]:.1f} MiB; peak RSS "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB"
        )
