# open()'s newline argument: universal newlines translated or kept, one terminator only,
# translation on writing; file objects are iterators (next(f)).
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'lines.txt')
with open(path, 'w', newline='') as f:
    f.write('one\r\ntwo\rthree\nfour')
with open(path, 'rb') as f:
    print(f.read())
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(path, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(path, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', newline='\r') as f:
    print(f.write('x\ny\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(next(f), next(f, 'end'), next(f, 'end'), hasattr(f, '__next__'), iter(f) is f)
for bad in ('x', 5):
    try:
        open(path, newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# expect: b'one\r\ntwo\rthree\nfour'
# expect: None ['one\n', 'two\n', 'three\n', 'four']
# expect: None 'one\ntwo\nthree\nfour'
# expect: '' ['one\r\n', 'two\r', 'three\n', 'four']
# expect: '' 'one\r\ntwo\rthree\nfour'
# expect: '\n' ['one\r\n', 'two\rthree\n', 'four']
# expect: '\n' 'one\r\ntwo\rthree\nfour'
# expect: '\r' ['one\r', '\ntwo\r', 'three\nfour']
# expect: '\r' 'one\r\ntwo\rthree\nfour'
# expect: '\r\n' ['one\r\n', 'two\rthree\nfour']
# expect: '\r\n' 'one\r\ntwo\rthree\nfour'
# expect: b'a\r\nb\r\n'
# expect: 4
# expect: b'x\ry\r'
# expect: x
# expect:  y
# expect:  end True True
# expect: ValueError illegal newline value: x
# expect: TypeError open() argument 'newline' must be str or None, not int
