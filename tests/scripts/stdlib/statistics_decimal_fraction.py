# statistics keeps Decimal and Fraction data's type as CPython does: mean, variance,
# stdev (correctly rounded Decimal square roots), harmonic_mean; median_grouped and
# geometric_mean go through floats.
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F


def show(name, *a, **k):
    try:
        r = getattr(st, name)(*a, **k)
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, type(e).__name__, e)


print(st.stdev([D("1.5"), D("2.5")]))
dd = [D("1.5"), D("2.5")]
d3 = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
ff = [F(1, 2), F(3, 4), F(5, 6)]
for data in (dd, d3, ff, [D(1), D(2), D(4)], [F(1), 2, 3], [1, 2, 3, 4], [1.0, 2.5, 3.0],
             [D('1.1'), 2], [D("1e30"), D("3e30"), D("2e30")], [D("NaN"), D(1)]):
    print('--', data)
    for fn in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
               'variance', 'pvariance', 'harmonic_mean', 'geometric_mean', 'mode'):
        show(fn, data)
    if D("NaN") not in data or True:
        if not any(isinstance(x, D) and x.is_nan() for x in data):
            show('stdev', data)
            show('pstdev', data)
show('stdev', dd, D(2))
show('variance', dd, D(2))
show('pvariance', ff, F(2, 3))
show('pstdev', ff, F(2, 3))
show('stdev', ff)
show('variance', [D(1), F(1)])
show('mean', [D(1), 1.0])
show('quantiles', [D(1), D(2), D(3), D(5)])
show('quantiles', ff + [F(7, 8)])
show('harmonic_mean', ff, weights=[1, 2, 3])
show('fmean', dd, weights=[D(1), D(3)])
show('stdev', [1, 2, 3, 4])
show('pstdev', [1, 2, 3, 4])
show('pvariance', [1, 2, 3, 4])
show('variance', [1, 2, 3, 4.5])
show('stdev', [True, False, True])
show('stdev', [D(7)])
show('pstdev', [D(7)])
show('mean', [])
show('harmonic_mean', [D(-1)])
show('harmonic_mean', ['a'])
show('variance', iter([D('0.1'), D('0.2'), D('0.4')]))
print(st.NormalDist.from_samples([1, 2, 3, 4]))

# expect: 0.7071067811865475244008443621
# expect: -- [Decimal('1.5'), Decimal('2.5')]
# expect: mean Decimal Decimal('2')
# expect: fmean float 2.0
# expect: median Decimal Decimal('2.0')
# expect: median_low Decimal Decimal('1.5')
# expect: median_high Decimal Decimal('2.5')
# expect: median_grouped float 2.0
# expect: variance Decimal Decimal('0.5')
# expect: pvariance Decimal Decimal('0.25')
# expect: harmonic_mean Decimal Decimal('1.875000000000000000000000000')
# expect: geometric_mean float 1.9364916731037085
# expect: mode Decimal Decimal('1.5')
# expect: stdev Decimal Decimal('0.7071067811865475244008443621')
# expect: pstdev Decimal Decimal('0.5')
# expect: -- [Decimal('0.5'), Decimal('0.75'), Decimal('0.625'), Decimal('0.375')]
# expect: mean Decimal Decimal('0.5625')
# expect: fmean float 0.5625
# expect: median Decimal Decimal('0.5625')
# expect: median_low Decimal Decimal('0.5')
# expect: median_high Decimal Decimal('0.625')
# expect: median_grouped float 0.125
# expect: variance Decimal Decimal('0.02604166666666666666666666667')
# expect: pvariance Decimal Decimal('0.01953125')
# expect: harmonic_mean Decimal Decimal('0.5263157894736842105263157895')
# expect: geometric_mean float 0.5444846468366078
# expect: mode Decimal Decimal('0.5')
# expect: stdev Decimal Decimal('0.1613743060919757035491360583')
# expect: pstdev Decimal Decimal('0.1397542485937368560255733543')
# expect: -- [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6)]
# expect: mean Fraction Fraction(25, 36)
# expect: fmean float 0.6944444444444445
# expect: median Fraction Fraction(3, 4)
# expect: median_low Fraction Fraction(3, 4)
# expect: median_high Fraction Fraction(3, 4)
# expect: median_grouped float 0.75
# expect: variance Fraction Fraction(13, 432)
# expect: pvariance Fraction Fraction(13, 648)
# expect: harmonic_mean Fraction Fraction(45, 68)
# expect: geometric_mean float 0.6786044041487267
# expect: mode Fraction Fraction(1, 2)
# expect: stdev float 0.17347216662217774
# expect: pstdev float 0.14163943093313291
# expect: -- [Decimal('1'), Decimal('2'), Decimal('4')]
# expect: mean Decimal Decimal('2.333333333333333333333333333')
# expect: fmean float 2.3333333333333335
# expect: median Decimal Decimal('2')
# expect: median_low Decimal Decimal('2')
# expect: median_high Decimal Decimal('2')
# expect: median_grouped float 2.0
# expect: variance Decimal Decimal('2.333333333333333333333333333')
# expect: pvariance Decimal Decimal('1.555555555555555555555555556')
# expect: harmonic_mean Decimal Decimal('1.714285714285714285714285714')
# expect: geometric_mean float 2.0
# expect: mode Decimal Decimal('1')
# expect: stdev Decimal Decimal('1.527525231651946668862682398')
# expect: pstdev Decimal Decimal('1.247219128924647128527916244')
# expect: -- [Fraction(1, 1), 2, 3]
# expect: mean Fraction Fraction(2, 1)
# expect: fmean float 2.0
# expect: median int 2
# expect: median_low int 2
# expect: median_high int 2
# expect: median_grouped float 2.0
# expect: variance Fraction Fraction(1, 1)
# expect: pvariance Fraction Fraction(2, 3)
# expect: harmonic_mean float 1.6363636363636365
# expect: geometric_mean float 1.8171205928321397
# expect: mode Fraction Fraction(1, 1)
# expect: stdev float 1.0
# expect: pstdev float 0.816496580927726
# expect: -- [1, 2, 3, 4]
# expect: mean float 2.5
# expect: fmean float 2.5
# expect: median float 2.5
# expect: median_low int 2
# expect: median_high int 3
# expect: median_grouped float 2.5
# expect: variance float 1.6666666666666667
# expect: pvariance float 1.25
# expect: harmonic_mean float 1.92
# expect: geometric_mean float 2.2133638394006434
# expect: mode int 1
# expect: stdev float 1.2909944487358056
# expect: pstdev float 1.118033988749895
# expect: -- [1.0, 2.5, 3.0]
# expect: mean float 2.1666666666666665
# expect: fmean float 2.1666666666666665
# expect: median float 2.5
# expect: median_low float 2.5
# expect: median_high float 2.5
# expect: median_grouped float 2.5
# expect: variance float 1.0833333333333333
# expect: pvariance float 0.7222222222222222
# expect: harmonic_mean float 1.7307692307692308
# expect: geometric_mean float 1.9574338205844322
# expect: mode float 1.0
# expect: stdev float 1.0408329997330663
# expect: pstdev float 0.8498365855987975
# expect: -- [Decimal('1.1'), 2]
# expect: mean Decimal Decimal('1.55')
# expect: fmean float 1.55
# expect: median Decimal Decimal('1.55')
# expect: median_low Decimal Decimal('1.1')
# expect: median_high int 2
# expect: median_grouped float 1.5
# expect: variance Decimal Decimal('0.405')
# expect: pvariance Decimal Decimal('0.2025')
# expect: harmonic_mean TypeError don't know how to coerce Decimal and float
# expect: geometric_mean float 1.4832396974191326
# expect: mode Decimal Decimal('1.1')
# expect: stdev Decimal Decimal('0.6363961030678927719607599259')
# expect: pstdev Decimal Decimal('0.45')
# expect: -- [Decimal('1E+30'), Decimal('3E+30'), Decimal('2E+30')]
# expect: mean Decimal Decimal('2.000000000000000000000000000E+30')
# expect: fmean float 1.9999999999999998e+30
# expect: median Decimal Decimal('2E+30')
# expect: median_low Decimal Decimal('2E+30')
# expect: median_high Decimal Decimal('2E+30')
# expect: median_grouped float 2e+30
# expect: variance Decimal Decimal('1.000000000000000000000000000E+60')
# expect: pvariance Decimal Decimal('6.666666666666666666666666667E+59')
# expect: harmonic_mean Decimal Decimal('1.636363636363636363636363636E+30')
# expect: geometric_mean float 1.8171205928321351e+30
# expect: mode Decimal Decimal('1E+30')
# expect: stdev Decimal Decimal('1.00000000000000E+30')
# expect: pstdev Decimal Decimal('8.164965809277260327324280249E+29')
# expect: -- [Decimal('NaN'), Decimal('1')]
# expect: mean Decimal Decimal('NaN')
# expect: fmean float nan
# expect: median InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: median_low InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: median_high InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: median_grouped InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: variance Decimal Decimal('NaN')
# expect: pvariance Decimal Decimal('NaN')
# expect: harmonic_mean InvalidOperation [<class 'decimal.InvalidOperation'>]
# expect: geometric_mean float nan
# expect: mode Decimal Decimal('NaN')
# expect: stdev Decimal Decimal('0.7071067811865475244008443621')
# expect: variance Decimal Decimal('0.5')
# expect: pvariance Fraction Fraction(1, 48)
# expect: pstdev float 0.14433756729740643
# expect: stdev float 0.17347216662217774
# expect: variance TypeError don't know how to coerce Decimal and Fraction
# expect: mean TypeError don't know how to coerce Decimal and float
# expect: quantiles list [Decimal('1.25'), Decimal('2.5'), Decimal('4.5')]
# expect: quantiles list [Fraction(9, 16), Fraction(19, 24), Fraction(83, 96)]
# expect: harmonic_mean Fraction Fraction(45, 62)
# expect: fmean float 2.25
# expect: stdev float 1.2909944487358056
# expect: pstdev float 1.118033988749895
# expect: pvariance float 1.25
# expect: variance float 2.2291666666666665
# expect: stdev float 0.5773502691896257
# expect: stdev StatisticsError stdev requires at least two data points
# expect: pstdev Decimal Decimal('0.0')
# expect: mean StatisticsError mean requires at least one data point
# expect: harmonic_mean StatisticsError harmonic mean does not support negative values
# expect: harmonic_mean TypeError unsupported type
# expect: variance Decimal Decimal('0.02333333333333333333333333333')
# expect: NormalDist(mu=2.5, sigma=1.2909944487358056)
