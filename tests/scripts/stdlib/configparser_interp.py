import configparser
import io
from collections import OrderedDict


def show(exc):
    print(type(exc).__name__, '|', str(exc), '|', exc.args)


def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        show(e)


cp = configparser.ConfigParser(defaults={'home': '/home/%(user)s', 'user': 'bob'})
cp.read_string("""
[paths]
lib = %(home)s/lib
pct = 100%%
chain1 = %(chain2)s!
chain2 = %(chain3)s?
chain3 = end

[broken]
badref = %(nope)s
self = %(self)s
trail = %(home
bad = 50% off
""")
for opt in ['lib', 'pct', 'bad', 'badref', 'self', 'chain1', 'trail']:
    attempt(lambda: cp.get('broken' if opt in ('bad', 'trail', 'badref', 'self') else 'paths', opt))
print(cp.get('paths', 'lib', raw=True))
print(cp.get('paths', 'lib', vars={'user': 'ann', 'HOME': '/x/%(user)s'}))
print(cp.items('paths', raw=True)[:3])
print(cp.items('paths', vars={'user': 'eve', 'Z': 'q'}, raw=False)[:3])
attempt(lambda: cp.items('paths'))
attempt(lambda: cp.items('broken'))
print(cp.items('broken', raw=True))
attempt(lambda: cp['paths']['lib'])
attempt(lambda: cp['paths'].get('lib', raw=True))
attempt(lambda: cp.set('paths', 'new', 'bad % value'))
attempt(lambda: cp.set('paths', 'new', '%(ok)s and %%'))
attempt(lambda: cp.set('paths', 'new', '%(unfinished'))
print(dict(cp['DEFAULT']))

# RawConfigParser never interpolates
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s 100%\n")
print(raw.get('s', 'v'), raw['s']['v'])
# interpolation=None on ConfigParser
cp2 = configparser.ConfigParser(interpolation=None)
cp2.read_string("[s]\nv = %(x)s 100%\n")
print(cp2.get('s', 'v'))
attempt(lambda: configparser.ConfigParser(interpolation=object()))

# ExtendedInterpolation
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("""
[DEFAULT]
base = /srv

[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
cost = $$5

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
where: ${base}/${nickname}
missing: ${nosuch}
missing2: ${Nosect:opt}
toomany: ${a:b:c}
badsyn: $oops
badref: ${unclosed
""")
for opt in ['my_pictures', 'python_dir', 'where', 'missing', 'missing2', 'toomany', 'badsyn', 'badref']:
    attempt(lambda: ex.get('Arthur', opt))
attempt(lambda: ex['Common']['cost'])
attempt(lambda: ex.set('Common', 'x', 'a $ b'))
attempt(lambda: ex.set('Common', 'x', '${ok} $$'))

# depth
deep = configparser.ConfigParser()
deep.read_string("[d]\na = %(b)s\nb = %(a)s\n")
attempt(lambda: deep.get('d', 'a'))
deepx = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
deepx.read_string("[d]\na = ${b}\nb = ${a}\n")
attempt(lambda: deepx.get('d', 'a'))

# converters
conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string("[s]\nitems = a, b ,c\nflag = On\nn = 0x10\n")
print(conv.getlist('s', 'items'), conv['s'].getlist('items'))
print(conv.getlist('s', 'nope', fallback=['f']), conv['s'].getlist('nope'))
print(sorted(conv.converters))
conv.converters['hex'] = lambda v: int(v, 16)
print(conv.gethex('s', 'n'), conv['s'].gethex('n'))
print(conv.getboolean('s', 'flag'), conv['s'].getboolean('flag'))
del conv.converters['hex']
print(hasattr(conv, 'gethex'), hasattr(conv['s'], 'gethex'), sorted(conv.converters))
attempt(lambda: conv.converters.__setitem__('', str))
attempt(lambda: conv.converters.__setitem__(5, str))
attempt(lambda: conv.converters.__delitem__(None))
print(conv.getlist.converter is conv.converters['list'])

# custom BOOLEAN_STATES, optionxform subclass, dict_type
class MyParser(configparser.ConfigParser):
    BOOLEAN_STATES = {'sure': True, 'nope': False}

    def optionxform(self, optionstr):
        return optionstr.upper()

mp = MyParser(dict_type=OrderedDict)
mp.read_string("[s]\nyes = sure\nno = nope\nbad = true\n")
print(mp.getboolean('s', 'yes'), mp.getboolean('s', 'NO'), mp.options('s'))
attempt(lambda: mp.getboolean('s', 'bad'))
print(type(mp._sections).__name__)

# boolean states
bp = configparser.ConfigParser()
bp.read_dict({'b': {k: k for k in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'OFF']}})
print([bp.getboolean('b', k) for k in bp.options('b')])

# before_get hooks through a custom Interpolation
class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_write(self, parser, section, option, value):
        return '<' + value + '>'

up = configparser.ConfigParser(interpolation=Upper())
up.read_string("[s]\nk = hello\n")
print(up.get('s', 'k'), up['s']['k'], up.get('s', 'k', raw=True))
buf = io.StringIO()
up.write(buf)
print(buf.getvalue(), end='')
print(issubclass(configparser.InterpolationMissingOptionError, configparser.InterpolationError),
      issubclass(configparser.InterpolationError, configparser.Error),
      issubclass(configparser.Error, Exception))

# the deprecated parts
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    legacy = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
    legacy.read_string("[s]\na = %(B)s!\nb = x%(c)s\nc = deep\nbad = %(zz)s\nloop = %(loop)s\n")
    print(legacy.get('s', 'a'))
    attempt(lambda: legacy.get('s', 'bad'))
    attempt(lambda: legacy.get('s', 'loop'))
    scp = configparser.SafeConfigParser()
    scp.readfp(io.StringIO("[q]\nk=v\n"))
    print(dict(scp['q']), isinstance(scp, configparser.ConfigParser))
    pe = configparser.ParsingError('src')
    print(pe.filename)
    pe.filename = 'other'
    print(pe.source)
    print(configparser.ParsingError(filename='old').source)
for w in caught:
    print(w.category.__name__, str(w.message))

# expect: '/home/bob/lib'
# expect: '100%'
# expect: InterpolationSyntaxError | '%' must be followed by '%' or '(', found: '% off' | ('bad', 'broken', "'%' must be followed by '%' or '(', found: '% off'")
# expect: InterpolationMissingOptionError | Bad value substitution: option 'badref' in section 'broken' contains an interpolation key 'nope' which is not a valid option name. Raw value: '%(nope)s' | ('badref', 'broken', '%(nope)s', 'nope')
# expect: InterpolationDepthError | Recursion limit exceeded in value substitution: option 'self' in section 'broken' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(self)s' | ('self', 'broken', '%(self)s')
# expect: 'end?!'
# expect: InterpolationSyntaxError | bad interpolation variable reference '%(home' | ('trail', 'broken', "bad interpolation variable reference '%(home'")
# expect: %(home)s/lib
# expect: /x/ann/lib
# expect: [('home', '/home/%(user)s'), ('user', 'bob'), ('lib', '%(home)s/lib')]
# expect: [('home', '/home/eve'), ('user', 'eve'), ('lib', '/home/eve/lib')]
# expect: [('home', '/home/bob'), ('user', 'bob'), ('lib', '/home/bob/lib'), ('pct', '100%'), ('chain1', 'end?!'), ('chain2', 'end?'), ('chain3', 'end')]
# expect: InterpolationMissingOptionError | Bad value substitution: option 'badref' in section 'broken' contains an interpolation key 'nope' which is not a valid option name. Raw value: '%(nope)s' | ('badref', 'broken', '%(nope)s', 'nope')
# expect: [('home', '/home/%(user)s'), ('user', 'bob'), ('badref', '%(nope)s'), ('self', '%(self)s'), ('trail', '%(home'), ('bad', '50% off')]
# expect: '/home/bob/lib'
# expect: '%(home)s/lib'
# expect: ValueError | invalid interpolation syntax in 'bad % value' at position 4 | ("invalid interpolation syntax in 'bad % value' at position 4",)
# expect: None
# expect: ValueError | invalid interpolation syntax in '%(unfinished' at position 0 | ("invalid interpolation syntax in '%(unfinished' at position 0",)
# expect: {'home': '/home/bob', 'user': 'bob'}
# expect: %(x)s 100% %(x)s 100%
# expect: %(x)s 100%
# expect: TypeError | interpolation= must be None or an instance of Interpolation; got an object of type <class 'object'> | ("interpolation= must be None or an instance of Interpolation; got an object of type <class 'object'>",)
# expect: '/Users/twosheds/Pictures'
# expect: '/System/Library/Frameworks//Python/Versions/3.2'
# expect: '/srv/Two Sheds'
# expect: InterpolationMissingOptionError | Bad value substitution: option 'missing' in section 'Arthur' contains an interpolation key 'nosuch' which is not a valid option name. Raw value: '${nosuch}' | ('missing', 'Arthur', '${nosuch}', 'nosuch')
# expect: InterpolationMissingOptionError | Bad value substitution: option 'missing2' in section 'Arthur' contains an interpolation key 'Nosect:opt' which is not a valid option name. Raw value: '${Nosect:opt}' | ('missing2', 'Arthur', '${Nosect:opt}', 'Nosect:opt')
# expect: InterpolationSyntaxError | More than one ':' found: '' | ('toomany', 'Arthur', "More than one ':' found: ''")
# expect: InterpolationSyntaxError | '$' must be followed by '$' or '{', found: '$oops' | ('badsyn', 'Arthur', "'$' must be followed by '$' or '{', found: '$oops'")
# expect: InterpolationSyntaxError | bad interpolation variable reference '${unclosed' | ('badref', 'Arthur', "bad interpolation variable reference '${unclosed'")
# expect: '$5'
# expect: ValueError | invalid interpolation syntax in 'a $ b' at position 2 | ("invalid interpolation syntax in 'a $ b' at position 2",)
# expect: None
# expect: InterpolationDepthError | Recursion limit exceeded in value substitution: option 'a' in section 'd' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(b)s' | ('a', 'd', '%(b)s')
# expect: InterpolationDepthError | Recursion limit exceeded in value substitution: option 'a' in section 'd' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '${b}' | ('a', 'd', '${b}')
# expect: ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: ['f'] None
# expect: ['boolean', 'float', 'int', 'list']
# expect: 16 16
# expect: True True
# expect: False False ['boolean', 'float', 'int', 'list']
# expect: ValueError | Incompatible key: cannot use "" as a name | ('Incompatible key: cannot use "" as a name',)
# expect: ValueError | Incompatible key: 5 (type: <class 'int'>) | ("Incompatible key: 5 (type: <class 'int'>)",)
# expect: KeyError | None | (None,)
# expect: True
# expect: True False ['YES', 'NO', 'BAD']
# expect: ValueError | Not a boolean: true | ('Not a boolean: true',)
# expect: OrderedDict
# expect: [True, True, True, True, False, False, False, False]
# expect: HELLO HELLO hello
# expect: [s]
# expect: k = <hello>
# expect: 
# expect: True True True
# expect: xdeep!
# expect: InterpolationMissingOptionError | Bad value substitution: option 'bad' in section 's' contains an interpolation key 'zz' which is not a valid option name. Raw value: '%(zz)s' | ('bad', 's', '%(zz)s', 'zz')
# expect: InterpolationDepthError | Recursion limit exceeded in value substitution: option 'loop' in section 's' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(loop)s' | ('loop', 's', '%(loop)s')
# expect: {'k': 'v'} True
# expect: src
# expect: other
# expect: old
# expect: DeprecationWarning LegacyInterpolation has been deprecated since Python 3.2 and will be removed from the configparser module in Python 3.13. Use BasicInterpolation or ExtendedInterpolation instead.
# expect: DeprecationWarning The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. This alias will be removed in Python 3.12. Use ConfigParser directly instead.
# expect: DeprecationWarning This method will be removed in Python 3.12. Use 'parser.read_file()' instead.
# expect: DeprecationWarning The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.
# expect: DeprecationWarning The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.
