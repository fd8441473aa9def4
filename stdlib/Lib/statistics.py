"""statistics: averages and spread of numeric data, computed exactly as CPython computes them.

Sums are kept as exact fractions of Python ints (every float is an exact ratio of two ints),
so mean, variance and stdev give CPython's correctly rounded results, and a mean of ints that
divides evenly stays an int.
"""

import math
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair of ints."""
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            return x, 1
        return x.as_integer_ratio()
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _result_type(data):
    kind = int
    for x in data:
        t = type(x)
        if t is bool:
            t = int
        if t is float:
            kind = float
        elif t is not int:
            raise TypeError("can't convert type '%s' to numerator/denominator" % t.__name__)
    return kind


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _sum(data):
    """Exact sum of the values: (numerator, denominator, count)."""
    partials = {}
    count = 0
    special = None
    for x in data:
        n, d = _ratio(x)
        count += 1
        if isinstance(n, float):
            special = n if special is None else special + n
            continue
        partials[d] = partials.get(d, 0) + n
    if special is not None:
        return special, 1, count
    num, den = 0, 1
    for d, n in partials.items():
        num, den = _reduce(num * d + n * den, den * d)
    return num, den, count


def _convert(n, d, kind):
    if isinstance(n, float):
        return n
    if kind is int and d == 1:
        return n
    return n / d


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    kind = _result_type(data)
    n, d, count = _sum(data)
    if isinstance(n, float):
        return n
    return _convert(*_reduce(n, d * count), kind)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if len(data) == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return x
    if weights is None:
        weights = [1] * len(data)
    weights = list(weights)
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        if x == 0:
            return 0
    _result_type(data)
    kind = float  # as CPython: the reciprocals are float divisions
    total_weight = sum(weights)
    inv_n, inv_d = 0, 1
    for x, w in zip(data, weights):
        xn, xd = _ratio(x)
        wn, wd = _ratio(w)
        inv_n, inv_d = _reduce(inv_n * xn * wd + wn * xd * inv_d, inv_d * xn * wd)
    tn, td = _ratio(total_weight)
    return _convert(*_reduce(tn * inv_d, td * inv_n), kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    lower = x - interval / 2
    below = sum(1 for v in data if v < x)
    frequency = sum(1 for v in data if v == x)
    return lower + interval * (n / 2 - below) / frequency


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def _sum_of_squares(data, c=None):
    """Exact sum of squared deviations: (numerator, denominator, count, mean as a ratio)."""
    data = list(data)
    count = len(data)
    if c is not None:
        cn, cd = _ratio(c)
        num, den = 0, 1
        for x in data:
            xn, xd = _ratio(x)
            dn, dd = xn * cd - cn * xd, xd * cd
            num, den = _reduce(num * dd * dd + dn * dn * den, den * dd * dd)
        return num, den, count
    sx_n, sx_d = 0, 1
    sxx_n, sxx_d = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        if isinstance(xn, float):
            return xn, 1, count
        sx_n, sx_d = _reduce(sx_n * xd + xn * sx_d, sx_d * xd)
        sxx_n, sxx_d = _reduce(sxx_n * xd * xd + xn * xn * sxx_d, sxx_d * xd * xd)
    if count == 0:
        return 0, 1, 0
    # sum((x - mean)**2) == sum(x*x) - sum(x)**2 / count, exactly.
    num = sxx_n * sx_d * sx_d * count - sx_n * sx_n * sxx_d
    den = sxx_d * sx_d * sx_d * count
    return _reduce(num, den) + (count,)


def _variance(data, ddof, mu, name):
    data = list(data)
    if len(data) < 1 + ddof:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (name, 'two' if ddof else 'one', 's' if ddof else ''))
    kind = _result_type(data)
    n, d, count = _sum_of_squares(data, mu)
    if isinstance(n, float):
        return n, 1, kind
    return _reduce(n, d * (count - ddof)) + (kind,)


def variance(data, xbar=None):
    n, d, kind = _variance(data, 1, xbar, 'variance')
    return _convert(n, d, kind)


def pvariance(data, mu=None):
    n, d, kind = _variance(data, 0, mu, 'pvariance')
    return _convert(n, d, kind)


def _sqrt_of_ratio(n, d):
    """The square root of n/d as a float, correctly rounded: an integer square root taken
    with enough extra bits, rounded to odd, then one rounding into a float."""
    if isinstance(n, float):
        return math.sqrt(n)
    extra = 2 * 53 + 3
    q = (n.bit_length() - d.bit_length() - extra) // 2
    if q >= 0:
        num = _isqrt_rto(n, d << (2 * q)) << q
        den = 1
    else:
        num = _isqrt_rto(n << (-2 * q), d)
        den = 1 << -q
    return num / den


def _isqrt_rto(n, d):
    root = math.isqrt(n // d)
    return root | (root * root * d != n)


def stdev(data, xbar=None):
    n, d, kind = _variance(data, 1, xbar, 'stdev')
    return _sqrt_of_ratio(n, d)


def pstdev(data, mu=None):
    n, d, kind = _variance(data, 0, mu, 'pstdev')
    return _sqrt_of_ratio(n, d)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % method)
