# statistics: mean, fmean, medians, mode, variance and stdev computed exactly (correctly
# rounded as CPython's), quantiles, errors; the output CPython 3.11 printed.
import statistics as s
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(s.mean([1, 2, 3, 4, 4]), s.mean([1, 2, 3]), s.mean(data), s.mean([0.1, 0.2, 0.3]), s.fmean([1, 2, 3.5]))
print(s.median([1, 3, 5]), s.median([1, 3, 5, 7]), s.median_low([1, 3, 5, 7]), s.median_high([1, 3, 5, 7]))
print(s.mode([1, 1, 2, 3, 3, 3]), s.mode("aabbbc"), s.multimode("aabbcd"))
print(s.variance([1, 2, 3]), s.variance(data), s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.stdev([1, 2, 3, 4]))
times = [0.1023, 0.0998, 0.1011, 0.1054, 0.0987, 0.1002, 0.1100, 0.0995]
print(s.mean(times), s.stdev(times), s.median(times), s.quantiles(times, n=4), s.quantiles(range(1, 11), n=10, method="inclusive"))
print(s.geometric_mean([54, 24, 36]), s.harmonic_mean([40, 60]), s.variance([1, 2, 3, 4]))
try: s.mean([])
except s.StatisticsError as e: print("StatisticsError:", e)
try: s.stdev([1])
except s.StatisticsError as e: print("StatisticsError:", e)
print(s.mean([10**20, 3]), s.stdev(range(100)), s.pstdev([1e100, 1e100 + 1e85]))
# expect: 2.8 2 1.6071428571428572 0.2 2.1666666666666665
# expect: 3 4.0 3 5
# expect: 3 b ['a', 'b']
# expect: 1 1.3720238095238095 1.25
# expect: 1.0810874155219827 0.986893273527251 1.2909944487358056
# expect: 0.102125 0.0038089181066094267 0.10064999999999999 [0.099575, 0.10064999999999999, 0.104625] [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1]
# expect: 36.000000000000014 48.0 1.6666666666666667
# expect: StatisticsError: mean requires at least one data point
# expect: StatisticsError: stdev requires at least two data points
# expect: 5e+19 29.011491975882016 4.856672230564323e+84
