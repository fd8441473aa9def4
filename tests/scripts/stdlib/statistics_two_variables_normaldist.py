# statistics as CPython 3.11's: means of Fractions stay exact, covariance, correlation,
# linear_regression, and NormalDist (cdf, inv_cdf by AS 241, overlap, arithmetic, samples).
import statistics as st
from fractions import Fraction as F
print(st.mean([F(1, 3), F(2, 3)]), st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([1, 2.5]), st.mean([F(1, 2), 0.25]))
print(st.variance([F(1, 2), F(3, 2), F(5, 2)]), st.pvariance([1, 2, 3, 4]), st.stdev([F(1), F(2), F(4)]), st.median([F(1), F(3)]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]), st.correlation(x, y))
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for bad in [lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1]), lambda: st.linear_regression([1, 2], [1]), lambda: st.NormalDist(0, -1)]:
    try: bad()
    except st.StatisticsError as e: print("StatisticsError", e)
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(130), 12), round(n.pdf(100), 12), n.inv_cdf(0.975), n.quantiles(), n.zscore(130))
print(st.NormalDist().inv_cdf(0.001), st.NormalDist().inv_cdf(1e-12), st.NormalDist().inv_cdf(0.6))
print(n.overlap(st.NormalDist(110, 20)), st.NormalDist(1, 2).overlap(st.NormalDist(3, 2)))
print(n + 5, n * 2, n - st.NormalDist(10, 20), -n, 2 * n, n / 3, n == st.NormalDist(100, 15), hash(n) == hash(st.NormalDist(100.0, 15.0)))
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), st.NormalDist(0, 1).samples(3, seed=42))

# expect: 1/2 2 2.5 1.75 0.375
# expect: 1 1.25 1.5275252316519468 2
# expect: 0.75 1.0 -1.0 0.31622776601683794
# expect: LinearRegression(slope=2.0, intercept=1.0) LinearRegression(slope=2.107142857142857, intercept=0.0)
# expect: StatisticsError at least one of the inputs is constant
# expect: StatisticsError covariance requires at least two data points
# expect: StatisticsError linear regression requires that both inputs have same number of data points
# expect: StatisticsError sigma must be non-negative
# expect: NormalDist(mu=100.0, sigma=15.0) 100.0 15.0 225.0 0.977249868052 0.026596152027 129.3994597681008 [89.88265374705878, 100.0, 110.11734625294122] 2.0
# expect: -3.090232306167813 -7.034483825301132 0.2533471031357998
# expect: 0.7489616436169411 0.6170750774519738
# expect: NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=90.0, sigma=25.0) NormalDist(mu=-100.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=33.333333333333336, sigma=5.0) True True
# expect: NormalDist(mu=6.85, sigma=4.389618434442793) [-0.14409032957792836, -0.1729036003315193, -0.11131586156766246]
