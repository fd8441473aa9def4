"""statistics: averages and spread of numeric data, computed exactly as CPython computes them.

Sums are kept as exact fractions of Python ints (every float is an exact ratio of two ints),
so mean, variance and stdev give CPython's correctly rounded results, and a mean of ints that
divides evenly stays an int. Results take the data's type as CPython's do: Fraction data gives
Fractions, Decimal data Decimals (a standard deviation correctly rounded at the context's
precision).
"""

import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'correlation', 'covariance',
           'linear_regression', 'NormalDist']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair of ints; an infinity or NaN comes back
    as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(kind, t):
    """The type two kinds of data mix into, by CPython's rules: int gives way to any other
    kind, a subclass to its base; Fraction and float mix as float; others do not mix."""
    if kind is t or t is int or t is bool:
        return kind
    if kind is int:
        return t
    if issubclass(t, kind):
        return t
    if issubclass(kind, t):
        return kind
    if issubclass(kind, int):
        return t
    if issubclass(t, int):
        return kind
    if issubclass(kind, Fraction) and issubclass(t, float):
        return t
    if issubclass(kind, float) and issubclass(t, Fraction):
        return kind
    raise TypeError("don't know how to coerce %s and %s" % (kind.__name__, t.__name__))


def _result_type(types):
    kind = int
    for t in types:
        kind = _coerce(kind, t)
    return kind


def _sum(data):
    """Exact sum of the values: (result type, sum as a Fraction, or the infinity or NaN
    met, count)."""
    types = []
    partials = {}          # denominator -> sum of the numerators over it
    count = 0
    for x in data:
        t = type(x)
        if t not in types:
            types.append(t)
        n, d = _ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return _result_type(types), total, count


def _ss(data, c=None):
    """The result type, the exact sum of squared deviations from the mean (or from c, when
    given), the mean used, and the count."""
    if c is not None:
        squares = []
        for x in data:
            diff = x - c
            squares.append(diff * diff)
        kind, ssd, count = _sum(squares)
        return kind, ssd, c, count
    types = []
    sx = {}                # denominator -> sum of numerators
    sxx = {}               # denominator -> sum of squared numerators (over its square)
    count = 0
    for x in data:
        t = type(x)
        if t not in types:
            types.append(t)
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        total_sq = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * total_sq - total * total) / count
        c = total / count
    return _result_type(types), ssd, c, count


def _convert(value, kind):
    """The exact value (a Fraction, or an infinity or NaN) as the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    if issubclass(kind, Decimal) and isinstance(value, Fraction):
        return kind(value.numerator) / kind(value.denominator)
    return kind(value)


def _real(x):
    """x as the float math's functions take it (through __float__, or __index__)."""
    if isinstance(x, (int, float)):
        return x
    convert = getattr(type(x), '__float__', None)
    if convert is not None:
        return convert(x)
    convert = getattr(type(x), '__index__', None)
    if convert is not None:
        return float(convert(x))
    raise TypeError('must be real number, not %s' % type(x).__name__)


def _fsum(values):
    return math.fsum(map(_real, values))


def mean(data):
    kind, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, kind)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(_real(x)) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        import numbers
        if not isinstance(x, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_no_negatives(weights, message))[1]
    try:
        kind, total, count = _sum(w / x if w else 0
                                  for w, x in zip(weights, _no_negatives(data, message)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, kind)


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


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = bisect_left(data, x)                  # values in the classes before x's
    frequency = bisect_right(data, x, lo=below) - below
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
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


def variance(data, xbar=None):
    kind, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, kind)


def _float_sqrt_of_frac(n, d):
    """The square root of n/d as a float, correctly rounded: an integer square root taken
    with enough extra bits, rounded to odd, then one rounding into a float."""
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


def _decimal_neighbour(x, up):
    """The Decimal next to the positive x at the context's precision, above or below."""
    from decimal import getcontext
    step = x.adjusted() - getcontext().prec + 1
    digits = x.as_tuple().digits
    if not up and digits[0] == 1 and not any(digits[1:]):
        step -= 1           # below a power of ten the digits are one place finer
    ulp = Decimal((0, (1,), step))
    return x + ulp if up else x - ulp


def _decimal_sqrt_of_frac(n, d):
    """The square root of n/d as a Decimal, correctly rounded at the context's precision:
    the context's square root of the rounded quotient, moved to a neighbour when the true
    root lies beyond the midpoint between them."""
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, d = -n, -d
    root = (Decimal(n) / Decimal(d)).sqrt()
    rn, rd = root.as_integer_ratio()
    # Is sqrt(n/d) above the midpoint (root + plus) / 2? Squared, in integers.
    plus = _decimal_neighbour(root, True)
    pn, pd = plus.as_integer_ratio()
    if 4 * n * (rd * pd) ** 2 > d * (rd * pn + pd * rn) ** 2:
        return plus
    minus = _decimal_neighbour(root, False)
    mn, md = minus.as_integer_ratio()
    if 4 * n * (rd * md) ** 2 < d * (rd * mn + md * rn) ** 2:
        return minus
    return root


def _sqrt_of(ss, kind):
    if issubclass(kind, Decimal):
        return _decimal_sqrt_of_frac(ss.numerator, ss.denominator)
    return _float_sqrt_of_frac(ss.numerator, ss.denominator)


def stdev(data, xbar=None):
    kind, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1), kind)


def pstdev(data, mu=None):
    kind, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n, kind)


def _mean_stdev(data):
    """The mean and the sample standard deviation, both floats."""
    kind, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or NaN in the data.
        return float(xbar), float(xbar) / float(ss)


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


# ---- two variables ----------------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _squares(values):
    for v in values:
        yield v * v


def covariance(x, y, /):
    """The sample covariance of two inputs of the same length."""
    n = _paired(x, y, 'covariance')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    return _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs of the same length."""
    n = _paired(x, y, 'correlation')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum(_squares(xi - xbar for xi in x))
    syy = _fsum(_squares(yi - ybar for yi in y))
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line through the points (through the
    origin when proportional)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum(_squares(xi - xbar for xi in x))
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution --------------------------------------------------------------

def _polynomial(r, coefficients):
    # Horner's rule, highest power first.
    total = 0.0
    for c in coefficients:
        total = total * r + c
    return total


# Wichura's Algorithm AS 241 (Applied Statistics 37, 1988): rational approximations of the
# normal distribution's inverse, for the centre and for the two tail regions.
_CENTRE_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
               4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
               1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRE_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
               2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
               4.2313330701600911252e+1, 1.0)
_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
             1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
             4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
             1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
             2.05319162663775882187e+0, 1.0)
_FAR_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
            2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
            5.46378491116411436990e+0, 6.65790464350110377720e+0)
_FAR_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
            7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
            5.99832206555887937690e-1, 1.0)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _polynomial(r, _CENTRE_NUM) * q / _polynomial(r, _CENTRE_DEN)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _polynomial(r, _NEAR_NUM) / _polynomial(r, _NEAR_DEN)
    else:
        r = r - 5.0
        x = _polynomial(r, _FAR_NUM) / _polynomial(r, _FAR_DEN)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    """A normal distribution of a random variable: its mean mu and standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mean and standard deviation are the samples'."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random draws from the distribution (repeatable with a seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area the two distributions' density functions share (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * math.sqrt(2.0)))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
