# The eval loop runs a LOAD_FAST (and a constant after one) straight after the instruction
# before it: an unbound local still raises at its own line, with the right message, and
# errors in the instruction after a fused load point at that instruction.
def unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + \
        b
for flag in (True, False):
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e, e.__traceback__.tb_next.tb_lineno)

def after_const(x):
    y = x
    return y + 1

try:
    after_const("s")
except TypeError as e:
    print("TypeError:", e, e.__traceback__.tb_next.tb_lineno)

def chain(a, b, c, d):
    return (a, b, c, d, a, a)
print(chain(1, 2, 3, 4))

def loop(n):
    total = 0
    i = 0
    while i < n:
        if i % 3:
            total += i
        i += 1
    return total
print(loop(1000))

def deleted():
    x = 1
    y = x
    del x
    return y + x
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# expect: 3
# expect: UnboundLocalError: cannot access local variable 'b' where it is not associated with a value 9
# expect: TypeError: can only concatenate str (not "int") to str 18
# expect: (1, 2, 3, 4, 1, 1)
# expect: 332667
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
