# array('f') holds C floats: a value is rounded to 32 bits when stored; out of range, an infinity.
import array
a = array.array("f", [0.1, 1.5, 2])
print(a, a[0], a.tolist(), sum(a))
a.append(1e300); a[1] = -1e300
print(a)
d = array.array("d", [0.1])
print(d, d[0])

# expect: array('f', [0.10000000149011612, 1.5, 2.0]) 0.10000000149011612 [0.10000000149011612, 1.5, 2.0] 3.600000001490116
# expect: array('f', [0.10000000149011612, -inf, 2.0, inf])
# expect: array('d', [0.1]) 0.1
