# MagicMock's magic methods: CPython's defaults (len 0, empty iteration, bool True, int 1,
# == identity, ordering unsupported, with returning a mock, hash and str of the object)
# and configuring them; magic methods set on a plain Mock; spec and spec_set (attribute
# checks, isinstance, which magics exist); mock_add_spec; seal; PropertyMock.
import math
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock, PropertyMock, call, seal,
                           patch)


def r(obj):
    text = repr(obj)
    return text[:text.index(" id='")] + '>'


m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m)
print(m == m, m == MagicMock(), m != m, m != 1, hash(m) == object.__hash__(m))
print(str(m) == object.__repr__(m) or str(m).startswith('<MagicMock id='))
for op in ('<', '>', '<=', '>='):
    try:
        eval('m %s 1' % op)
    except TypeError as e:
        print(e)
with m as entered:
    print(entered is m.__enter__.return_value, r(entered))
print(m.__exit__.call_args)
print(r(m + 1), r(1 - m), r(m[0]), r(abs(m)), r(-m), r(m @ m), r(divmod(m, 2)))
print(math.trunc(m) is not None, round(m) is not None, m.__index__())

# configured
m = MagicMock()
m.__len__.return_value = 3
m.__iter__.return_value = ['a', 'b']
m.__getitem__.side_effect = lambda key: key.upper()
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__str__.return_value = 'custom str'
m.__lt__.return_value = True
m.__eq__.return_value = True
m.__int__.return_value = 9
print(len(m), list(m), list(m), m['key'], 'x' in m, bool(m), str(m), m < 0, m == 0, int(m))
m['k'] = 'v'
del m['k']
print(m.__setitem__.call_args, m.__delitem__.call_args, m.__getitem__.call_args)
print(m.__contains__.call_args, r(m.__len__))
m.__exit__.return_value = True
with m:
    raise RuntimeError('swallowed')
print('exception suppressed by __exit__:', m.__exit__.call_args[0][0].__name__)
iterator = MagicMock()
iterator.__iter__.return_value = iter([1, 2])
print(list(iterator), list(iterator))
del iterator.__iter__
try:
    iter(iterator)
except TypeError as e:
    print(e)

# magic methods on a plain Mock: set explicitly (a function gets the mock as self)
plain = Mock()
for attempt in (lambda: len(plain), lambda: iter(plain), lambda: plain[0]):
    try:
        attempt()
    except TypeError as e:
        print(e)
plain.__len__ = lambda self: 11
plain.__getitem__ = Mock(return_value='item')
plain.__iter__ = Mock(return_value=iter([7]))
print(len(plain), plain[5], list(plain), plain.__getitem__.call_args)
try:
    plain.__setattr__ = None
except AttributeError as e:
    print(e)

# spec and spec_set
class Account:
    kind = 'savings'
    def deposit(self, amount):
        return amount
    def __len__(self):
        return 1

spec = Mock(spec=Account)
print(isinstance(spec, Account), spec.__class__ is Account, r(spec), r(spec.deposit))
spec.deposit(5)
spec.anything_new = 1
print(spec.deposit.call_args, spec.anything_new)
try:
    spec.withdraw
except AttributeError as e:
    print(e)
strict = Mock(spec_set=Account)
try:
    strict.withdraw = 1
except AttributeError as e:
    print(e)
strict.kind = 'current'
print(strict.kind, r(strict))
names = MagicMock(spec=['open', 'close', '__len__'])
names.open()
print(len(names), hasattr(names, '__iter__'), hasattr(names, 'read'), names.open.called)
try:
    names.read
except AttributeError as e:
    print(e)
magic_spec = MagicMock(spec=Account)
print(len(magic_spec), hasattr(magic_spec, '__iter__'), hasattr(magic_spec, '__getitem__'))
later = Mock()
later.mock_add_spec(['only'])
later.only()
try:
    later.other
except AttributeError as e:
    print(e)
nc = NonCallableMagicMock(spec=Account)
print(r(nc), len(nc), r(nc.deposit))
try:
    nc()
except TypeError as e:
    print(e)
m = Mock()
m.__class__ = dict
print(isinstance(m, dict))

# child kinds
print(type(Mock().a).__name__, type(MagicMock().a).__name__, type(NonCallableMagicMock().a).__name__,
      type(MagicMock()()).__name__)

# seal
sealed = Mock()
sealed.method.return_value = 'configured'
sealed.attr.inner = 1
seal(sealed)
print(sealed.method(), sealed.attr.inner)
for attempt in (lambda: sealed.missing, lambda: sealed.attr.missing, lambda: sealed.method().missing):
    try:
        attempt()
    except AttributeError as e:
        print('AttributeError:', e)
try:
    sealed.new_value = 1
except AttributeError as e:
    print('AttributeError:', e)

# PropertyMock
class Config:
    @property
    def level(self):
        return 'real'

with patch.object(Config, 'level', new_callable=PropertyMock) as level:
    level.return_value = 'mocked'
    config = Config()
    print(config.level)
    config.level = 'set'
    print(level.mock_calls)
print(Config().level)
prop = PropertyMock(return_value=5)
type(plain).size = prop
print(plain.size, prop.call_count)

# dir shows the attributes made
d = MagicMock()
d.made_here
d.configured = 1
print([n for n in dir(d) if not n.startswith('assert')])

# expect: 0 [] True 1 1.0 1j False
# expect: True False False True True
# expect: True
# expect: '<' not supported between instances of 'MagicMock' and 'int'
# expect: '>' not supported between instances of 'MagicMock' and 'int'
# expect: '<=' not supported between instances of 'MagicMock' and 'int'
# expect: '>=' not supported between instances of 'MagicMock' and 'int'
# expect: True <MagicMock name='mock.__enter__()'>
# expect: call(None, None, None)
# expect: <MagicMock name='mock.__add__()'> <MagicMock name='mock.__rsub__()'> <MagicMock name='mock.__getitem__()'> <MagicMock name='mock.__abs__()'> <MagicMock name='mock.__neg__()'> <MagicMock name='mock.__matmul__()'> <MagicMock name='mock.__divmod__()'>
# expect: True True 1
# expect: 3 ['a', 'b'] ['a', 'b'] KEY True False custom str True True 9
# expect: call('k', 'v') call('k') call('key')
# expect: call('x') <MagicMock name='mock.__len__'>
# expect: exception suppressed by __exit__: RuntimeError
# expect: [1, 2] []
# expect: object of type 'Mock' has no len()
# expect: 'Mock' object is not iterable
# expect: 'Mock' object is not subscriptable
# expect: 11 item [7] call(5)
# expect: Attempting to set unsupported magic method '__setattr__'.
# expect: True True <Mock spec='Account'> <Mock name='mock.deposit'>
# expect: call(5) 1
# expect: Mock object has no attribute 'withdraw'
# expect: Mock object has no attribute 'withdraw'
# expect: current <Mock spec_set='Account'>
# expect: 0 False False True
# expect: Mock object has no attribute 'read'
# expect: 0 False False
# expect: Mock object has no attribute 'other'
# expect: <NonCallableMagicMock spec='Account'> 0 <MagicMock name='mock.deposit'>
# expect: 'NonCallableMagicMock' object is not callable
# expect: True
# expect: Mock MagicMock MagicMock MagicMock
# expect: configured 1
# expect: AttributeError: mock.missing
# expect: AttributeError: mock.attr.missing
# expect: AttributeError: 'str' object has no attribute 'missing'
# expect: AttributeError: Cannot set mock.new_value
# expect: mocked
# expect: [call(), call('set')]
# expect: real
# expect: 5 1
# expect: ['attach_mock', 'call_args', 'call_args_list', 'call_count', 'called', 'configure_mock', 'configured', 'made_here', 'method_calls', 'mock_add_spec', 'mock_calls', 'reset_mock', 'return_value', 'side_effect']
