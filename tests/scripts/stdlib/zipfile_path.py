import io
import os
import shutil
import tempfile
import zipfile


def show(exc):
    print(type(exc).__name__ + ':', exc)


def make():
    buf = io.BytesIO()
    zf = zipfile.ZipFile(buf, 'w')
    for name, data in [('a.txt', 'content of a'), ('b/c.txt', 'content of c'),
                       ('b/d/e.txt', 'content of e\nsecond line\n'),
                       ('g/', ''), ('h/i.tar.gz', b'\x00\x01'),
                       ('u\u00f1i.txt', '\u00f1and\u00fa')]:
        zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
    zf.filename = 'mem/abcde.zip'
    return zf


zf = make()
root = zipfile.Path(zf)
print(root, repr(root), root.name, root.is_dir(), root.is_file(), root.exists())
print(root.filename, root.parent, root.suffix, root.stem)
print(type(zf).__name__, zf.namelist())
kids = list(root.iterdir())
print(kids)
print([(k.name, k.is_dir(), k.is_file()) for k in kids])
a, b = kids[0], root / 'b'
print(a.read_text(), a.read_bytes(), a.suffix, a.stem, a.suffixes)
c = b / 'c.txt'
print(repr(c), str(c), c.name, c.exists(), c.read_text())
e = b.joinpath('d', 'e.txt')
print(repr(e), e.read_text().splitlines(), e.parent, repr(e.parent), repr(e.parent.parent))
print(repr(root / 'b'), repr(root / 'b/'), repr(root / 'b' / 'd'), repr(root.joinpath('b/d/e.txt')))
print(list((root / 'b').iterdir()), list((root / 'g').iterdir()))
tgz = root / 'h' / 'i.tar.gz'
print(tgz.name, tgz.suffix, tgz.suffixes, tgz.stem, tgz.read_bytes())
print((root / 'u\u00f1i.txt').read_text(encoding='utf-8'))
missing = root / 'missing.txt'
print(missing.exists(), missing.is_file(), missing.is_dir(), repr(missing))
for call in [lambda: missing.read_text(), lambda: (root / 'b').open(),
             lambda: c.iterdir(), lambda: c.open('rb', encoding='utf-8'),
             lambda: missing.read_bytes()]:
    try:
        call()
    except (OSError, ValueError) as ex:
        show(ex)
with e.open() as f:
    print(type(f).__name__, f.readline(), f.read())
with e.open('rb') as f:
    print(f.readline(), f.read(3))
with e.open('r', encoding='ascii') as f:
    print(f.read(7))
sub = zipfile.Path(zf, at='b/')
print(repr(sub), sub.name, [p.name for p in sub.iterdir()])
zf.close()

# a Path over an archive file named by path, and writing through Path.open('w')
tmp = tempfile.mkdtemp()
try:
    name = os.path.join(tmp, 'arch.zip')
    with zipfile.ZipFile(name, 'w') as zf:
        zf.writestr(zipfile.ZipInfo('x/y.txt', (2020, 1, 1, 0, 0, 0)), 'why')
        p = zipfile.Path(zf)
        print(type(zf).__name__)
        with (p / 'written.txt').open('w') as w:
            w.write('through Path\n')
        with (p / 'raw.bin').open('wb') as w:
            w.write(b'\x00raw')
        print(zf.namelist())
    p = zipfile.Path(name)
    print(str(p) == name, p.name, type(p.root).__name__)
    print([x.name for x in p.iterdir()], (p / 'x' / 'y.txt').read_text())
    print((p / 'written.txt').read_text(), (p / 'raw.bin').read_bytes())
    print(str(p / 'x') == os.path.join(name, 'x/'), (p / 'x').parent.name)
    p.root.close()
finally:
    shutil.rmtree(tmp)

# the helpers Path relies on
print(list(zipfile._parents('b/d/f/')), list(zipfile._ancestry('/b/d/')))
print(list(zipfile.CompleteDirs._implied_dirs(['b/d/e.txt', 'b/c.txt', 'x/'])))
cd = zipfile.CompleteDirs(io.BytesIO(), 'w')
print(cd.namelist(), cd.mode)
zf = make()
dirs = zipfile.CompleteDirs.make(zf)
print(type(dirs).__name__, dirs.resolve_dir('b'), dirs.resolve_dir('a.txt'), dirs.getinfo('b/d/'))
try:
    dirs.getinfo('zz/')
except KeyError as ex:
    show(ex)
cd.close()
zf.close()

# expect: mem/abcde.zip/ Path('mem/abcde.zip', '') abcde.zip True False False
# expect: mem/abcde.zip mem .zip abcde
# expect: CompleteDirs ['a.txt', 'b/c.txt', 'b/d/e.txt', 'g/', 'h/i.tar.gz', 'uñi.txt', 'b/', 'b/d/', 'h/']
# expect: [Path('mem/abcde.zip', 'a.txt'), Path('mem/abcde.zip', 'g/'), Path('mem/abcde.zip', 'uñi.txt'), Path('mem/abcde.zip', 'b/'), Path('mem/abcde.zip', 'h/')]
# expect: [('a.txt', False, True), ('g', True, False), ('uñi.txt', False, True), ('b', True, False), ('h', True, False)]
# expect: content of a b'content of a' .txt a ['.txt']
# expect: Path('mem/abcde.zip', 'b/c.txt') mem/abcde.zip/b/c.txt c.txt True content of c
# expect: Path('mem/abcde.zip', 'b/d/e.txt') ['content of e', 'second line'] mem/abcde.zip/b/d/ Path('mem/abcde.zip', 'b/d/') Path('mem/abcde.zip', 'b/')
# expect: Path('mem/abcde.zip', 'b/') Path('mem/abcde.zip', 'b/') Path('mem/abcde.zip', 'b/d/') Path('mem/abcde.zip', 'b/d/e.txt')
# expect: [Path('mem/abcde.zip', 'b/c.txt'), Path('mem/abcde.zip', 'b/d/')] []
# expect: i.tar.gz .gz ['.tar', '.gz'] i.tar b'\x00\x01'
# expect: ñandú
# expect: False False False Path('mem/abcde.zip', 'missing.txt')
# expect: FileNotFoundError: mem/abcde.zip/missing.txt
# expect: IsADirectoryError: mem/abcde.zip/b/
# expect: ValueError: Can't listdir a file
# expect: ValueError: encoding args invalid for binary operation
# expect: FileNotFoundError: mem/abcde.zip/missing.txt
# expect: TextIOWrapper content of e
# expect:  second line
# expect: 
# expect: b'content of e\n' b'sec'
# expect: content
# expect: Path('mem/abcde.zip', 'b/') b ['c.txt', 'd']
# expect: CompleteDirs
# expect: ['x/y.txt', 'written.txt', 'raw.bin', 'x/']
# expect: False arch.zip FastLookup
# expect: ['written.txt', 'raw.bin', 'x'] why
# expect: through Path
# expect:  b'\x00raw'
# expect: True arch.zip
# expect: ['b/d', 'b'] ['/b/d', '/b']
# expect: ['b/d/', 'b/']
# expect: [] w
# expect: CompleteDirs b/ a.txt <ZipInfo filename='b/d/'>
# expect: KeyError: "There is no item named 'zz/' in the archive"
