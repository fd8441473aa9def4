import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
# a comment
; another comment
multi = first line
    second line

    fourth line
colon: value with colon
"""

cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections())
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), 'DEFAULT' in cp)
print(cp.options('forge.example'))
print(cp.get('topsecret.server.example', 'Port'))
print(cp.getint('topsecret.server.example', 'port') + 1)
print(cp.getboolean('topsecret.server.example', 'ForwardX11'))
print(cp.getboolean('forge.example', 'forwardx11'))
print(cp.getfloat('forge.example', 'compressionlevel'))
print(repr(cp.get('topsecret.server.example', 'multi')))
print(repr(cp['topsecret.server.example']['colon']))
print(cp.get('forge.example', 'missing', fallback='fb'))
print(cp.get('nosuch', 'missing', fallback=None))
print(cp.getint('forge.example', 'missing', fallback=7))
print(cp.items('forge.example'))
print(cp.items('DEFAULT'))
print(cp.defaults())
print(len(cp), list(cp))
sec = cp['forge.example']
print(sec, sec.name, sec.parser is cp)
print(sec['user'], sec.get('nothing'), sec.get('nothing', 'dflt'), sec.getint('compressionlevel'))
print(sec.getboolean('compression'), sec.getfloat('nothing', 1.5))
print('user' in sec, 'User' in sec, 'zzz' in sec, len(sec), list(sec))
print(dict(sec))
print(list(cp['DEFAULT']))
sec['newkey'] = 'nv'
print(cp.get('forge.example', 'NewKey'))
del sec['newkey']
print(cp.has_option('forge.example', 'newkey'))
try:
    del sec['newkey']
except KeyError as e:
    print('KeyError', e)
try:
    sec['x'] = 5
except TypeError as e:
    print('TypeError', e)
try:
    cp['nope']
except KeyError as e:
    print('KeyError', e)

# errors
for call in [lambda: cp.get('nope', 'x'), lambda: cp.get('forge.example', 'Nope'),
             lambda: cp.add_section('forge.example'), lambda: cp.add_section('DEFAULT'),
             lambda: cp.getint('forge.example', 'user'),
             lambda: cp.getboolean('forge.example', 'user'),
             lambda: cp.options('nope'), lambda: cp.set('nope', 'a', 'b'),
             lambda: cp.add_section(3), lambda: cp.set('forge.example', 'a', 3),
             lambda: cp.set('forge.example', 4, 'x'),
             lambda: cp.items('nope'), lambda: cp.remove_option('nope', 'x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)

print(cp.remove_option('forge.example', 'user'), cp.remove_option('forge.example', 'user'))
print(cp.remove_section('forge.example'), cp.remove_section('forge.example'))
cp.add_section('new')
cp.set('new', 'Key', 'Value')
cp['another'] = {'a': 1, 'B': 'two'}
cp['DEFAULT']['extra'] = 'e'
print(cp.sections())
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())
del cp['another']
print(cp.sections())
try:
    del cp['DEFAULT']
except ValueError as e:
    print('ValueError', e)
try:
    del cp['gone']
except KeyError as e:
    print('KeyError', e)
print(cp.has_option(None, 'extra'), cp.has_option('', 'extra'), cp.has_option('new', 'extra'), cp.has_option('zz', 'extra'))
print(cp.popitem()[0], cp.sections())
cp.clear()
print(cp.sections(), len(cp), cp.defaults())

# read_dict and mapping setitem replace
cp = configparser.ConfigParser()
cp.read_dict({'s1': {'k': 'v', 'n': 3}, 's2': {}}, source='<mine>')
print({k: dict(v) for k, v in cp.items()})
cp['s1'] = {'only': 'this'}
print(dict(cp['s1']))
print(cp == cp, list(cp.keys()))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(sorted(configparser.RawConfigParser.BOOLEAN_STATES.items()))
print(sorted(cp.converters), cp.converters['int'])

# expect: ['forge.example', 'topsecret.server.example']
# expect: True False True
# expect: ['user', 'serveraliveinterval', 'compression', 'compressionlevel', 'forwardx11']
# expect: 50022
# expect: 50023
# expect: False
# expect: True
# expect: 9.0
# expect: 'first line\nsecond line\n\nfourth line'
# expect: 'value with colon'
# expect: fb
# expect: None
# expect: 7
# expect: [('serveraliveinterval', '45'), ('compression', 'yes'), ('compressionlevel', '9'), ('forwardx11', 'yes'), ('user', 'hg')]
# expect: [('serveraliveinterval', '45'), ('compression', 'yes'), ('compressionlevel', '9'), ('forwardx11', 'yes')]
# expect: {'serveraliveinterval': '45', 'compression': 'yes', 'compressionlevel': '9', 'forwardx11': 'yes'}
# expect: 3 ['DEFAULT', 'forge.example', 'topsecret.server.example']
# expect: <Section: forge.example> forge.example True
# expect: hg None dflt 9
# expect: True 1.5
# expect: True True False 5 ['user', 'serveraliveinterval', 'compression', 'compressionlevel', 'forwardx11']
# expect: {'user': 'hg', 'serveraliveinterval': '45', 'compression': 'yes', 'compressionlevel': '9', 'forwardx11': 'yes'}
# expect: ['serveraliveinterval', 'compression', 'compressionlevel', 'forwardx11']
# expect: nv
# expect: False
# expect: KeyError 'newkey'
# expect: TypeError option values must be strings
# expect: KeyError 'nope'
# expect: NoSectionError | No section: 'nope' | ('nope',)
# expect: NoOptionError | No option 'nope' in section: 'forge.example' | ('nope', 'forge.example')
# expect: DuplicateSectionError | Section 'forge.example' already exists | ('forge.example', None, None)
# expect: ValueError | Invalid section name: 'DEFAULT' | ("Invalid section name: 'DEFAULT'",)
# expect: ValueError | invalid literal for int() with base 10: 'hg' | ("invalid literal for int() with base 10: 'hg'",)
# expect: ValueError | Not a boolean: hg | ('Not a boolean: hg',)
# expect: NoSectionError | No section: 'nope' | ('nope',)
# expect: NoSectionError | No section: 'nope' | ('nope',)
# expect: TypeError | section names must be strings | ('section names must be strings',)
# expect: TypeError | option values must be strings | ('option values must be strings',)
# expect: TypeError | option keys must be strings | ('option keys must be strings',)
# expect: NoSectionError | No section: 'nope' | ('nope',)
# expect: NoSectionError | No section: 'nope' | ('nope',)
# expect: True False
# expect: True False
# expect: ['topsecret.server.example', 'new', 'another']
# expect: [DEFAULT]
# expect: serveraliveinterval = 45
# expect: compression = yes
# expect: compressionlevel = 9
# expect: forwardx11 = yes
# expect: extra = e
# expect: 
# expect: [topsecret.server.example]
# expect: port = 50022
# expect: forwardx11 = no
# expect: multi = first line
# expect: 	second line
# expect: 	
# expect: 	fourth line
# expect: colon = value with colon
# expect: 
# expect: [new]
# expect: key = Value
# expect: 
# expect: [another]
# expect: a = 1
# expect: b = two
# expect: 
# expect: 
# expect: [DEFAULT]
# expect: serveraliveinterval=45
# expect: compression=yes
# expect: compressionlevel=9
# expect: forwardx11=yes
# expect: extra=e
# expect: 
# expect: [topsecret.server.example]
# expect: port=50022
# expect: forwardx11=no
# expect: multi=first line
# expect: 	second line
# expect: 	
# expect: 	fourth line
# expect: colon=value with colon
# expect: 
# expect: [new]
# expect: key=Value
# expect: 
# expect: [another]
# expect: a=1
# expect: b=two
# expect: 
# expect: 
# expect: ['topsecret.server.example', 'new']
# expect: ValueError Cannot remove the default section.
# expect: KeyError 'gone'
# expect: True True True False
# expect: topsecret.server.example ['new']
# expect: [] 1 {'serveraliveinterval': '45', 'compression': 'yes', 'compressionlevel': '9', 'forwardx11': 'yes', 'extra': 'e'}
# expect: {'DEFAULT': {}, 's1': {'k': 'v', 'n': '3'}, 's2': {}}
# expect: {'only': 'this'}
# expect: True ['DEFAULT', 's1', 's2']
# expect: DEFAULT 10
# expect: [('0', False), ('1', True), ('false', False), ('no', False), ('off', False), ('on', True), ('true', True), ('yes', True)]
# expect: ['boolean', 'float', 'int'] None
