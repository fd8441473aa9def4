# Counter's unary + and -, UserDict/UserList/UserString, math's frexp/ldexp/gamma/lgamma/erf/
# erfc/expm1/inverse hyperbolics/remainder, os.SEEK_*, logging.LoggerAdapter.
import collections, math, os, logging, sys
print(+collections.Counter(a=2, b=-1), -collections.Counter(a=2, b=-1))
class D(collections.UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = D(); d["A"] = 1; print(d, d.data, "a" in d, len(d))
l = collections.UserList([1, 2]); l.append(3); print(l, l.data, l[0], type(l[1:]).__name__)
print(math.frexp(8.0), math.ldexp(0.5, 4), round(math.gamma(5.5), 6), round(math.lgamma(5.5), 6), round(math.erf(0.5), 9), round(math.erfc(0.5), 9), math.expm1(1e-10), round(math.acosh(2), 9), round(math.asinh(1), 9), round(math.atanh(0.5), 9), math.remainder(10, 3), math.copysign(1, -0.0), math.nextafter(1, 2), math.ulp(1.0))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
ad = logging.LoggerAdapter(logging.getLogger("x"), {"ip": "1.2.3.4"})
ad.warning("hello %s", "there")
class CA(logging.LoggerAdapter):
    def process(self, msg, kwargs): return "[%s] %s" % (self.extra["ip"], msg), kwargs
CA(logging.getLogger("y"), {"ip": "9"}).error("boom")
us = collections.UserString("Hello")
print(us.upper(), type(us.upper()).__name__, us + "!", us[1:3], len(us), "ell" in us, us.split("l"), us == "Hello")
print(collections.Counter("aab") + collections.Counter("b"), collections.Counter("abc").total())
logging.basicConfig(force=True, stream=sys.stdout, format="%(funcName)s:%(lineno)d %(ip)s %(message)s")
def handler():
    logging.LoggerAdapter(logging.getLogger("z"), {"ip": "5.6.7.8"}).warning("where")
handler()
print(repr(logging.LoggerAdapter(logging.getLogger("q"), {})))

# expect: Counter({'a': 2}) Counter({'b': 1})
# expect: {'a': 1} {'a': 1} True 1
# expect: [1, 2, 3] [1, 2, 3] 1 UserList
# expect: (0.5, 4) 8.0 52.342778 3.957814 0.520499878 0.479500122 1.00000000005e-10 1.316957897 0.881373587 0.549306144 1.0 -1.0 1.0000000000000002 2.220446049250313e-16
# expect: 0 1 2
# expect: WARNING hello there
# expect: ERROR [9] boom
# expect: HELLO UserString Hello! el 5 True ['He', '', 'o'] True
# expect: Counter({'a': 2, 'b': 2}) 3
# expect: handler:22 5.6.7.8 where
# expect: <LoggerAdapter q (WARNING)>
