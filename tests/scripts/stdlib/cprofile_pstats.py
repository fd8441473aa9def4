# cProfile and pstats: call counts (primitive and recursive), built-ins named as CPython names
# them, sorting by count and name, restrictions, callers; times are shown as 0.000 here, as
# they vary from run to run.
import cProfile, pstats, io, re


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    l = []
    for i in range(3):
        l.append(fib(5))
    return sorted(l), len(l)


def zero(text):
    return re.sub(r"\d+\.\d{3}", "0.000", text)


pr = cProfile.Profile()
pr.enable()
main()
pr.disable()
for sort in (('calls', 'name'), ('pcalls', 'nfl'), (pstats.SortKey.NAME,), ('stdname',)):
    s = io.StringIO()
    ps = pstats.Stats(pr, stream=s).strip_dirs().sort_stats(*sort)
    ps.print_stats(5)
    print(zero(s.getvalue()))
s = io.StringIO()
pstats.Stats(pr, stream=s).strip_dirs().sort_stats('calls').print_stats('fib')
print(zero(s.getvalue()))
st = pstats.Stats(pr)
print(st.total_calls, st.prim_calls, sorted(v[1] for v in st.stats.values()))
with cProfile.Profile() as p2:
    fib(3)
print(sorted((k[2], v[0], v[1]) for k, v in pstats.Stats(p2).stats.items()))
print(cProfile.Profile().runcall(fib, 6))
try:
    pstats.Stats(pr).sort_stats(pstats.SortKey.CALLS, 'name')
except TypeError as e:
    print("TypeError:", e)

# expect:          52 function calls (10 primitive calls) in 0.000 seconds
# expect: 
# expect:    Ordered by: call count, function name
# expect:    List reduced from 6 to 5 due to restriction <5>
# expect: 
# expect:    ncalls  tottime  percall  cumtime  percall filename:lineno(function)
# expect:      45/3    0.000    0.000    0.000    0.000 cprofile_pstats.py:7(fib)
# expect:         3    0.000    0.000    0.000    0.000 {method 'append' of 'list' objects}
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.len}
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.sorted}
# expect:         1    0.000    0.000    0.000    0.000 {method 'disable' of '_lsprof.Profiler' objects}
# expect: 
# expect: 
# expect: 
# expect:          52 function calls (10 primitive calls) in 0.000 seconds
# expect: 
# expect:    Ordered by: primitive call count, name/file/line
# expect:    List reduced from 6 to 5 due to restriction <5>
# expect: 
# expect:    ncalls  tottime  percall  cumtime  percall filename:lineno(function)
# expect:         3    0.000    0.000    0.000    0.000 {method 'append' of 'list' objects}
# expect:      45/3    0.000    0.000    0.000    0.000 cprofile_pstats.py:7(fib)
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.len}
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.sorted}
# expect:         1    0.000    0.000    0.000    0.000 {method 'disable' of '_lsprof.Profiler' objects}
# expect: 
# expect: 
# expect: 
# expect:          52 function calls (10 primitive calls) in 0.000 seconds
# expect: 
# expect:    Ordered by: function name
# expect:    List reduced from 6 to 5 due to restriction <5>
# expect: 
# expect:    ncalls  tottime  percall  cumtime  percall filename:lineno(function)
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.len}
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.sorted}
# expect:         3    0.000    0.000    0.000    0.000 {method 'append' of 'list' objects}
# expect:         1    0.000    0.000    0.000    0.000 {method 'disable' of '_lsprof.Profiler' objects}
# expect:      45/3    0.000    0.000    0.000    0.000 cprofile_pstats.py:7(fib)
# expect: 
# expect: 
# expect: 
# expect:          52 function calls (10 primitive calls) in 0.000 seconds
# expect: 
# expect:    Ordered by: standard name
# expect:    List reduced from 6 to 5 due to restriction <5>
# expect: 
# expect:    ncalls  tottime  percall  cumtime  percall filename:lineno(function)
# expect:         1    0.000    0.000    0.000    0.000 cprofile_pstats.py:11(main)
# expect:      45/3    0.000    0.000    0.000    0.000 cprofile_pstats.py:7(fib)
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.len}
# expect:         1    0.000    0.000    0.000    0.000 {built-in method builtins.sorted}
# expect:         3    0.000    0.000    0.000    0.000 {method 'append' of 'list' objects}
# expect: 
# expect: 
# expect: 
# expect:          52 function calls (10 primitive calls) in 0.000 seconds
# expect: 
# expect:    Ordered by: call count
# expect:    List reduced from 6 to 1 due to restriction <'fib'>
# expect: 
# expect:    ncalls  tottime  percall  cumtime  percall filename:lineno(function)
# expect:      45/3    0.000    0.000    0.000    0.000 cprofile_pstats.py:7(fib)
# expect: 
# expect: 
# expect: 
# expect: 52 10 [1, 1, 1, 1, 3, 45]
# expect: [("<method 'disable' of '_lsprof.Profiler' objects>", 1, 1), ('__exit__', 1, 1), ('fib', 1, 5)]
# expect: 8
# expect: TypeError: Can't have mixed argument type
