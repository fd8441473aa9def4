import configparser
import io
import os
import tempfile


def show(exc):
    print(type(exc).__name__, '|', str(exc), '|', exc.args)


# allow_no_value, custom delimiters, comment prefixes, inline comments
cp = configparser.ConfigParser(allow_no_value=True, delimiters=('=>', '::'),
                               comment_prefixes=('//',), inline_comment_prefixes=('#', ';'))
cp.read_string("""
[mysqld]
  user => mysql
  pid-file :: /var/run/mysqld.pid  # inline comment
  skip-external-locking
  key=value stays ; comment here
  hash#notcomment => a#b ;real
  // full line comment
  # not a comment for this parser
""")
print(cp.items('mysqld'))
print(cp.get('mysqld', 'skip-external-locking'))
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end='')

# empty_lines_in_values=False and multi-line
cp = configparser.ConfigParser(empty_lines_in_values=False)
try:
    cp.read_string("[s]\nkey = a\n  b\n\n  c\nother = x\n")
except configparser.ParsingError as e:
    show(e)
print(repr(cp['s'].get('key')), sorted(cp['s']))
cp = configparser.ConfigParser(empty_lines_in_values=False)
cp.read_string("[s]\nkey = a\n  b\n\nother = x\n")
print(repr(cp['s'].get('key')), sorted(cp['s']))
cp = configparser.ConfigParser()
cp.read_string("[s]\nkey = a\n  b\n\n  c\n\n# comment\nother = x\n")
print(repr(cp['s'].get('key')), repr(cp['s']['other']))

# default_section renamed, case-preserving optionxform
cp = configparser.ConfigParser(default_section='common')
cp.optionxform = str
cp.read_string("[common]\nShared = 1\n[DEFAULT]\nX = y\n[A]\nMixedCase = yes\n")
print(cp.sections(), cp.options('A'), dict(cp['A']), list(cp))
print(cp.has_option('A', 'mixedcase'), cp.has_option('A', 'MixedCase'))

# strict=False allows duplicates, last wins
cp = configparser.ConfigParser(strict=False)
cp.read_string("[a]\nk = 1\nk = 2\n[a]\nj = 3\n")
print(dict(cp['a']))

# errors while parsing
cases = [
    "[a]\nk = 1\nk = 2\n",
    "[a]\n[b]\n[a]\n",
    "no header = here\n",
    "[a]\njunk line\n= novalue\nok = fine\nmore junk\n",
    "  [a]\nk=1\n",
]
for text in cases:
    cp = configparser.ConfigParser()
    try:
        cp.read_string(text, source='<test>')
        print('ok', {s: dict(cp[s]) for s in cp.sections()})
    except configparser.Error as e:
        show(e)
        if isinstance(e, configparser.ParsingError):
            print(getattr(e, 'errors', None), e.source)

try:
    configparser.ConfigParser().read_dict({'a': {'k': 1, 'K': 2}})
except configparser.DuplicateOptionError as e:
    show(e)
e = configparser.DuplicateSectionError('s', 'src', 7)
show(e)
print(e.section, e.source, e.lineno)
e = configparser.DuplicateOptionError('s', 'o', 'src')
show(e)
e = configparser.MissingSectionHeaderError('f.ini', 3, 'x = 1\n')
show(e)
print(isinstance(e, configparser.ParsingError), e.lineno, repr(e.line))
e = configparser.ParsingError(source='abc')
e.append(2, "'bad'")
show(e)
for args in [(), ('a', 'b')]:
    try:
        configparser.ParsingError(*args)
    except ValueError as e:
        print('ValueError', e)
print(repr(configparser.NoSectionError('q')), configparser.Error('plain').message)

# allow_no_value=False: a line without delimiter is an error; write None values
cp = configparser.RawConfigParser()
cp.add_section('s')
cp.set('s', 'none', None)
cp.set('s', 'num', 5)
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end='')
print(cp.get('s', 'num') + 1)

# files: read() with several names, read_file, source names
tmp = tempfile.mkdtemp()
try:
    p1 = os.path.join(tmp, 'one.ini')
    p2 = os.path.join(tmp, 'two.ini')
    with open(p1, 'w') as f:
        f.write("[one]\na = 1\n")
    with open(p2, 'w') as f:
        f.write("[two]\nb = 2\n[one]\nc = 3\n")
    cp = configparser.ConfigParser()
    got = cp.read([p1, os.path.join(tmp, 'missing.ini'), p2])
    print([os.path.basename(g) for g in got], {s: dict(cp[s]) for s in cp.sections()})
    print([os.path.basename(g) for g in cp.read(p1, encoding='utf-8')])
    with open(p1, 'w') as f:
        f.write("oops\n")
    try:
        with open(p1) as f:
            configparser.ConfigParser().read_file(f)
    except configparser.MissingSectionHeaderError as e:
        print(str(e).replace(tmp, 'TMP'))
    try:
        configparser.ConfigParser().read_file(["[x]\n", "bad\n"])
    except configparser.ParsingError as e:
        show(e)
    with open(p2, 'w') as f:
        configparser.ConfigParser(defaults={'d': 'v', 'n': 1}).write(f)
    with open(p2) as f:
        print(repr(f.read()))
finally:
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)

# expect: [('user', 'mysql'), ('pid-file', '/var/run/mysqld.pid'), ('skip-external-locking', ''), ('key=value stays', ''), ('hash#notcomment', 'a#b')]
# expect: None
# expect: [mysqld]
# expect: user => mysql
# expect: pid-file => /var/run/mysqld.pid
# expect: skip-external-locking
# expect: key=value stays
# expect: hash#notcomment => a#b
# expect: 
# expect: ParsingError | Source contains parsing errors: '<string>'
# expect: 	[line  5]: '  c\n' | ('<string>',)
# expect: 'a\nb' ['key', 'other']
# expect: 'a\nb' ['key', 'other']
# expect: 'a\nb\n\nc' 'x'
# expect: ['DEFAULT', 'A'] ['MixedCase', 'Shared'] {'MixedCase': 'yes', 'Shared': '1'} ['common', 'DEFAULT', 'A']
# expect: False True
# expect: {'k': '2', 'j': '3'}
# expect: DuplicateOptionError | While reading from '<test>' [line  3]: option 'k' in section 'a' already exists | ('a', 'k', '<test>', 3)
# expect: DuplicateSectionError | While reading from '<test>' [line  3]: section 'a' already exists | ('a', '<test>', 3)
# expect: MissingSectionHeaderError | File contains no section headers.
# expect: file: '<test>', line: 1
# expect: 'no header = here\n' | ('<test>', 1, 'no header = here\n')
# expect: None <test>
# expect: ParsingError | Source contains parsing errors: '<test>'
# expect: 	[line  2]: 'junk line\n'
# expect: 	[line  3]: '= novalue\n'
# expect: 	[line  5]: 'more junk\n' | ('<test>',)
# expect: [(2, "'junk line\\n'"), (3, "'= novalue\\n'"), (5, "'more junk\\n'")] <test>
# expect: ok {'a': {'k': '1'}}
# expect: DuplicateOptionError | While reading from '<dict>': option 'k' in section 'a' already exists | ('a', 'k', '<dict>', None)
# expect: DuplicateSectionError | While reading from 'src' [line  7]: section 's' already exists | ('s', 'src', 7)
# expect: s src 7
# expect: DuplicateOptionError | While reading from 'src': option 'o' in section 's' already exists | ('s', 'o', 'src', None)
# expect: MissingSectionHeaderError | File contains no section headers.
# expect: file: 'f.ini', line: 3
# expect: 'x = 1\n' | ('f.ini', 3, 'x = 1\n')
# expect: True 3 'x = 1\n'
# expect: ParsingError | Source contains parsing errors: 'abc'
# expect: 	[line  2]: 'bad' | ('abc',)
# expect: ValueError Required argument `source' not given.
# expect: ValueError Cannot specify both `filename' and `source'. Use `source'.
# expect: No section: 'q' plain
# expect: [s]
# expect: none = None
# expect: num = 5
# expect: 
# expect: 6
# expect: ['one.ini', 'two.ini'] {'one': {'a': '1', 'c': '3'}, 'two': {'b': '2'}}
# expect: ['one.ini']
# expect: File contains no section headers.
# expect: file: 'TMP/one.ini', line: 1
# expect: 'oops\n'
# expect: ParsingError | Source contains parsing errors: '<???>'
# expect: 	[line  2]: 'bad\n' | ('<???>',)
# expect: '[DEFAULT]\nd = v\nn = 1\n\n'
