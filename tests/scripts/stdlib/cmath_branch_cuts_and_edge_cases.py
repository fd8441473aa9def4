# cmath's inverse and inverse hyperbolic functions on their branch cuts, at huge and tiny
# arguments and their special values; complex and float subclasses (.real, __complex__);
# bytearray strip copies and extended-slice deletion; huge repetitions of empty sequences;
# a private nested class and method keep their own __name__ and __qualname__.
import cmath
for f in (cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
    for z in (2, complex(2, -0.0), complex(-0.0, 2), 0.5, -1e10, 1e200, 1e-20, -2 - 3j, 1e300j):
        try:
            print(f.__name__, z, f(z))
        except (ValueError, OverflowError) as e:
            print(f.__name__, z, type(e).__name__, e)
for expr in ["cmath.log(2, 1)", "cmath.exp(complex(1, float('inf')))", "cmath.exp(complex(-float('inf'), float('inf')))", "cmath.atanh(1)"]:
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
class C(complex):
    pass
class F(float):
    def __complex__(self): return 5j
print(C(1, 2).real, C(1, 2).imag, C(1, 2).conjugate(), complex(F(1.0)), cmath.sqrt(F(4.0)))
b = bytearray(b"abc"); c = b.strip(); c.append(100); print(b, b.strip() is b)
b = bytearray(b"abcdef"); b[::2] = b""; print(b)
b = bytearray(b"abcdefgh"); del b[1::3]; del b[:2]; print(b)
print([] * 10**12, () * 10**12, bytearray() * 10**12)
l = []; l *= 10**12; print(l)
class Outer:
    class __Inner:
        pass
    def __f(self): pass
    inner = __Inner
print(Outer.inner, Outer.inner.__qualname__, Outer._Outer__f.__name__, Outer._Outer__f.__qualname__)
# expect: asin 2 (1.5707963267948966+1.3169578969248166j)
# expect: asin (2-0j) (1.5707963267948966-1.3169578969248166j)
# expect: asin (-0+2j) (-0+1.4436354751788103j)
# expect: asin 0.5 (0.5235987755982989+0j)
# expect: asin -10000000000.0 (-1.5707963267948966+23.7189981105004j)
# expect: asin 1e+200 (1.5707963267948966+461.2101657793691j)
# expect: asin 1e-20 (1e-20+0j)
# expect: asin (-2-3j) (-0.5706527843210994-1.9833870299165355j)
# expect: asin 1e+300j 691.4686750787736j
# expect: acos 2 -1.3169578969248166j
# expect: acos (2-0j) 1.3169578969248166j
# expect: acos (-0+2j) (1.5707963267948966-1.4436354751788103j)
# expect: acos 0.5 (1.0471975511965979-0j)
# expect: acos -10000000000.0 (3.141592653589793-23.7189981105004j)
# expect: acos 1e+200 -461.2101657793691j
# expect: acos 1e-20 (1.5707963267948966-0j)
# expect: acos (-2-3j) (2.141449111115996+1.9833870299165355j)
# expect: acos 1e+300j (1.5707963267948966-691.4686750787736j)
# expect: atan 2 (1.1071487177940904+0j)
# expect: atan (2-0j) (1.1071487177940904-0j)
# expect: atan (-0+2j) (-1.5707963267948966+0.5493061443340549j)
# expect: atan 0.5 (0.4636476090008061+0j)
# expect: atan -10000000000.0 (-1.5707963266948965+0j)
# expect: atan 1e+200 (1.5707963267948966+0j)
# expect: atan 1e-20 (1e-20+0j)
# expect: atan (-2-3j) (-1.4099210495965755-0.22907268296853878j)
# expect: atan 1e+300j (1.5707963267948966+1e-300j)
# expect: asinh 2 (1.4436354751788103+0j)
# expect: asinh (2-0j) (1.4436354751788103-0j)
# expect: asinh (-0+2j) (-1.3169578969248166+1.5707963267948966j)
# expect: asinh 0.5 (0.48121182505960347+0j)
# expect: asinh -10000000000.0 (-23.7189981105004+0j)
# expect: asinh 1e+200 (461.2101657793691+0j)
# expect: asinh 1e-20 (1e-20+0j)
# expect: asinh (-2-3j) (-1.9686379257930964-0.9646585044076028j)
# expect: asinh 1e+300j (691.4686750787736+1.5707963267948966j)
# expect: acosh 2 (1.3169578969248166+0j)
# expect: acosh (2-0j) (1.3169578969248166-0j)
# expect: acosh (-0+2j) (1.4436354751788103+1.5707963267948966j)
# expect: acosh 0.5 1.0471975511965979j
# expect: acosh -10000000000.0 (23.7189981105004+3.141592653589793j)
# expect: acosh 1e+200 (461.2101657793691+0j)
# expect: acosh 1e-20 1.5707963267948966j
# expect: acosh (-2-3j) (1.9833870299165355-2.141449111115996j)
# expect: acosh 1e+300j (691.4686750787736+1.5707963267948966j)
# expect: atanh 2 (0.5493061443340549+1.5707963267948966j)
# expect: atanh (2-0j) (0.5493061443340549-1.5707963267948966j)
# expect: atanh (-0+2j) (-0+1.1071487177940904j)
# expect: atanh 0.5 (0.5493061443340549+0j)
# expect: atanh -10000000000.0 (-1e-10+1.5707963267948966j)
# expect: atanh 1e+200 (1e-200+1.5707963267948966j)
# expect: atanh 1e-20 (1e-20+0j)
# expect: atanh (-2-3j) (-0.14694666622552977-1.3389725222944935j)
# expect: atanh 1e+300j 1.5707963267948966j
# expect: cmath.log(2, 1) ValueError math domain error
# expect: cmath.exp(complex(1, float('inf'))) ValueError math domain error
# expect: cmath.exp(complex(-float('inf'), float('inf'))) 0j
# expect: cmath.atanh(1) ValueError math domain error
# expect: 1.0 2.0 (1-2j) 5j (1.5811388300841898+1.5811388300841895j)
# expect: bytearray(b'abc') False
# expect: bytearray(b'bdf')
# expect: bytearray(b'dfg')
# expect: [] () bytearray(b'')
# expect: []
# expect: <class '__main__.Outer.__Inner'> Outer.__Inner __f Outer.__f
