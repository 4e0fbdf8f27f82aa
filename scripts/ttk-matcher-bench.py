#!/usr/bin/env python3
# Translate Toolkit's fuzzy matcher timed on the same memory and queries as `jeju-bench tm`, for the README's side-by-side figure.
# usage: python3 scripts/ttk-matcher-bench.py MEMORY.tmx QUERIES.txt   (pip install translate-toolkit rapidfuzz)

import sys, time, statistics
from translate.storage import factory
from translate.search import match
from translate.storage.base import TranslationUnit
# Translate Toolkit 3.x compares units when two candidates tie in its heap; order ties by identity.
TranslationUnit.__lt__ = lambda a, b: id(a) < id(b)
tmx, queries = sys.argv[1], sys.argv[2]
t0 = time.time()
store = factory.getobject(tmx)
m = match.matcher(store, max_candidates=5, min_similarity=70, max_length=1000)
load = time.time() - t0
qs = [l.rstrip('\n') for l in open(queries, encoding='utf-8') if l.strip()]
times, hits = [], 0
for q in qs:
    t = time.perf_counter(); r = m.matches(q); times.append((time.perf_counter() - t) * 1000); hits += bool(r)
times.sort()
print(f"translate-toolkit matcher: load+index {load:.1f} s; {len(qs)} queries, {hits} with matches; "
      f"p50 {statistics.median(times):.2f} ms, p99 {times[int(len(times)*0.99)-1]:.2f} ms")
