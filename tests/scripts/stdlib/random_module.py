# random: after the same seed, the very numbers CPython 3.11 gives (expectations printed by it).
import random

random.seed(42)
print(random.random(), random.random())  # expect: 0.6394267984578837 0.025010755222666936
print(random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(10))  # expect: 36 434 3
xs = list(range(20))
random.shuffle(xs)
print(xs)  # expect: [16, 12, 9, 7, 19, 6, 5, 10, 15, 8, 11, 18, 1, 14, 0, 13, 2, 17, 3, 4]
print(random.choice("abcdefg"), random.sample(range(100), 5), random.sample(['a', 'b'], 3, counts=[2, 3]))  # expect: e [35, 0, 97, 20, 89] ['b', 'b', 'a']
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(2, 3))  # expect: 1.6219179992471262 0.8734043853794468 -0.2406296726551354 6.5130612849736265
print(random.choices("abc", weights=[1, 5, 10], k=6), random.choices([1, 2, 3], k=4))  # expect: ['c', 'c', 'c', 'c', 'c', 'c'] [3, 2, 3, 2]
print(random.getrandbits(100), random.getrandbits(5))  # expect: 795912206930140882904914252272 7

random.seed("hello")
print(random.random())  # expect: 0.3537754404730722
random.seed(b"bytes")
print(random.random())  # expect: 0.37075677971469856
random.seed(3.25)
print(random.random())  # expect: 0.10626827177291942
random.seed(-12345678901234567890)
print(random.random())  # expect: 0.5120180983871961
random.seed(2 ** 100 + 17)
print([random.randrange(10 ** 30) for _ in range(2)])  # expect: [877074108269096851337777398501, 792344974264569231768901295384]

state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random())  # expect: True
r = random.Random(7)
print(r.random(), r.randint(5, 9))  # expect: 0.32383276483316237 6
print({0.1, 0.2, 0.3})  # expect: {0.1, 0.2, 0.3}

try:
    random.choice([])
except IndexError as e:
    print(e)  # expect: Cannot choose from an empty sequence
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)  # expect: empty range for randrange() (5, 5, 0)
