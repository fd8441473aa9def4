# Shared by the benchmark programs (not a benchmark itself): runs a program's workload
# several times, checks every run gives the same result, and writes the time of each
# timed iteration to stderr as one line, "steady: <seconds> <seconds> ...", which
# scripts/bench/run reads. The first `warmup` iterations are run but not reported.
# `python3 prog.py ITERATIONS` runs ITERATIONS timed iterations and no warm-up.
import sys
import time


def run(workload, arg, warmup=3, iterations=7):
    if len(sys.argv) > 1:
        warmup, iterations = 0, int(sys.argv[1])
    clock = time.perf_counter
    times = []
    result = None
    for i in range(warmup + iterations):
        t0 = clock()
        r = workload(arg)
        t1 = clock()
        if i == 0:
            result = r
        elif r != result:
            raise AssertionError("iteration %d gave a different result" % i)
        if i >= warmup:
            times.append(t1 - t0)
    sys.stderr.write("steady: " + " ".join(["%.6f" % t for t in times]) + "\n")
    return result
