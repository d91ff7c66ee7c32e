"""igraph baseline for the handshakes benchmarks (run by bench/igraph.ts with /usr/bin/python3).

Usage: igraph-baseline.py GRAPH.txt SOURCES.src RUNS K
Loads the C generator's undirected edge list, then times igraph's single-source BFS
(Graph.distances from one source) for the first RUNS sources, and the distances from the first
K sources together (the exact distribution's work per source). Prints one JSON line.
"""
import json
import sys
import time

import igraph

path, src, runs, k = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
t0 = time.perf_counter()
g = igraph.Graph.Read_Edgelist(path, directed=False)
load = time.perf_counter() - t0
sources = [int(x) for x in open(src).read().split()]
bfs = []
for s in sources[:runs]:
    t0 = time.perf_counter()
    g.distances(source=[s])
    bfs.append(time.perf_counter() - t0)
t0 = time.perf_counter()
g.distances(source=sources[:k])
many = time.perf_counter() - t0
print(json.dumps({"impl": "igraph", "version": igraph.__version__, "load_s": load, "bfs_times_s": bfs, "k": k, "k_time_s": many, "per_source_ms": 1e3 * many / k}))
