import os
import re
import pathlib
import shutil
import tempfile
import time
import zipfile

STAMP = 1_600_000_000          # 2020-09-13, as a local time of whatever zone this runs in


def show(exc):
    print(type(exc).__name__ + ':', str(exc).replace(tmp, 'TMP'))


def listing(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            with open(path, 'rb') as f:
                found.append((os.path.normpath(os.path.join(rel, name)), f.read()))
        for name in dirnames:
            found.append((os.path.normpath(os.path.join(rel, name)) + '/', None))
    return sorted(found, key=lambda item: item[0])


tmp = tempfile.mkdtemp()
old_cwd = os.getcwd()
try:
    src = os.path.join(tmp, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deeper'))
    files = {'a.txt': b'alpha\n' * 50, 'sub/b.bin': bytes(range(200)),
             'sub/deeper/c.txt': b'gamma', 'sub/empty': b''}
    for rel, content in files.items():
        path = os.path.join(src, *rel.split('/'))
        with open(path, 'wb') as f:
            f.write(content)
        os.chmod(path, 0o640)
        os.utime(path, (STAMP, STAMP))
    os.utime(os.path.join(src, 'sub'), (STAMP, STAMP))

    archive = os.path.join(tmp, 'out.zip')
    os.chdir(src)
    with zipfile.ZipFile(archive, 'w', zipfile.ZIP_DEFLATED) as zf:
        print(repr(zf).replace(tmp, 'TMP'), zf.filename == archive)
        zf.write('a.txt')
        zf.write('sub')
        zf.write(os.path.join('sub', 'b.bin'), compress_type=zipfile.ZIP_STORED)
        zf.write(os.path.join('sub', 'deeper', 'c.txt'), arcname='renamed/c.txt')
        zf.write(os.path.join(src, 'sub', 'empty'), arcname='/abs//odd/./empty')
        zf.write(pathlib.Path('a.txt'), arcname='again.txt', compresslevel=1)
        zf.writestr('../escape.txt', b'outside?')
        zf.writestr('/rooted.txt', b'rooted')
    os.chdir(old_cwd)
    print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, 'a.txt')),
          zipfile.is_zipfile(os.path.join(tmp, 'missing.zip')))

    stamp = time.localtime(STAMP)[:6]
    stamp = stamp[:5] + (stamp[5] // 2 * 2,)
    with zipfile.ZipFile(pathlib.Path(archive)) as zf:
        for zi in zf.infolist():
            when = 'stamp' if zi.date_time == stamp else 'now'
            # (deflate output sizes depend on the zlib build: left out)
            print(re.sub(r' compress_size=[0-9]+', '', repr(zi)), when,
                  oct(zi.external_attr >> 16), zi.external_attr & 0xFFFF)
        print(zf.read('a.txt') == files['a.txt'], zf.read('renamed/c.txt'),
              zf.read('sub/b.bin') == files['sub/b.bin'])
        print(zf.testzip())

        out = os.path.join(tmp, 'one')
        got = zf.extract('renamed/c.txt', out)
        print(got.replace(tmp, 'TMP'), listing(out))
        got = zf.extract(zf.getinfo('sub/'), pathlib.Path(out))
        print(got.replace(tmp, 'TMP'), os.path.isdir(got))
        os.chdir(out)
        print(zf.extract('a.txt').replace(tmp, 'TMP'))
        os.chdir(old_cwd)

        every = os.path.join(tmp, 'all')
        zf.extractall(every)
        for item in listing(every):
            print(item[0], None if item[1] is None else len(item[1]))
        some = os.path.join(tmp, 'some')
        zf.extractall(some, members=['a.txt', zf.getinfo('sub/b.bin')])
        print([item[0] for item in listing(some)])

    # 'x' refuses an existing file; makes a new one
    try:
        zipfile.ZipFile(archive, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    fresh = os.path.join(tmp, 'fresh.zip')
    with zipfile.ZipFile(fresh, 'x') as zf:
        zf.writestr(zipfile.ZipInfo('x.txt', (2001, 2, 3, 4, 5, 6)), b'exclusive')
    with open(fresh, 'rb') as f:
        print(len(f.read()))

    # an empty archive
    empty = os.path.join(tmp, 'empty.zip')
    zipfile.ZipFile(empty, 'w').close()
    with open(empty, 'rb') as f:
        print(f.read())
    with zipfile.ZipFile(empty) as zf:
        print(zf.namelist(), zf.testzip(), zf.comment)

    # 'a': add to an existing archive, then shrink it by shortening the comment
    with zipfile.ZipFile(fresh, 'a') as zf:
        zf.writestr(zipfile.ZipInfo('y.txt', (2001, 2, 3, 4, 5, 6)), b'appended')
        zf.comment = b'a rather long comment ' * 5
    before = os.path.getsize(fresh)
    with zipfile.ZipFile(fresh, 'a') as zf:
        zf.comment = b'short'
    after = os.path.getsize(fresh)
    print(before, after)
    with zipfile.ZipFile(fresh) as zf:
        print(zf.namelist(), zf.comment, zf.read('y.txt'), zf.testzip())
    # 'a' on a path that does not exist yet
    newer = os.path.join(tmp, 'newer.zip')
    with zipfile.ZipFile(newer, 'a') as zf:
        zf.writestr(zipfile.ZipInfo('n.txt', (2001, 2, 3, 4, 5, 6)), b'new')
    with zipfile.ZipFile(newer) as zf:
        print(zf.namelist())
    try:
        zipfile.ZipFile(os.path.join(tmp, 'nope', 'x.zip'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

    # ZipInfo.from_file
    zi = zipfile.ZipInfo.from_file(os.path.join(src, 'sub'), 'folder')
    print(zi, zi.file_size, zi.date_time == stamp)
    zi = zipfile.ZipInfo.from_file(pathlib.Path(src, 'a.txt'))
    print(zi.filename == os.path.join(src, 'a.txt').lstrip('/'), zi.file_size)
    zi = zipfile.ZipInfo.from_file(os.path.join(src, 'a.txt'), '/x/../y/z.txt')
    print(zi.filename)
    ancient = os.path.join(src, 'ancient.txt')
    with open(ancient, 'w') as f:
        f.write('old')
    os.utime(ancient, (86400 * 400, 86400 * 400))
    print(zipfile.ZipInfo.from_file(ancient, strict_timestamps=False).date_time)
    try:
        zipfile.ZipInfo.from_file(ancient)
    except ValueError as e:
        show(e)
    with zipfile.ZipFile(os.path.join(tmp, 'old.zip'), 'w', strict_timestamps=False) as zf:
        zf.write(ancient, 'ancient.txt')
        print(zf.getinfo('ancient.txt').date_time)
finally:
    os.chdir(old_cwd)
    shutil.rmtree(tmp)
print(os.path.exists(tmp))

# expect: <zipfile.ZipFile filename='TMP/out.zip' mode='w'> True
# expect: True False False
# expect: <ZipInfo filename='a.txt' compress_type=deflate filemode='-rw-r-----' file_size=300> stamp 0o100640 0
# expect: <ZipInfo filename='sub/' filemode='drwxr-xr-x' external_attr=0x10> stamp 0o40755 16
# expect: <ZipInfo filename='sub/b.bin' filemode='-rw-r-----' file_size=200> stamp 0o100640 0
# expect: <ZipInfo filename='renamed/c.txt' compress_type=deflate filemode='-rw-r-----' file_size=5> stamp 0o100640 0
# expect: <ZipInfo filename='abs/odd/empty' compress_type=deflate filemode='-rw-r-----' file_size=0> stamp 0o100640 0
# expect: <ZipInfo filename='again.txt' compress_type=deflate filemode='-rw-r-----' file_size=300> stamp 0o100640 0
# expect: <ZipInfo filename='../escape.txt' compress_type=deflate filemode='?rw-------' file_size=8> now 0o600 0
# expect: <ZipInfo filename='/rooted.txt' compress_type=deflate filemode='?rw-------' file_size=6> now 0o600 0
# expect: True b'gamma' True
# expect: None
# expect: TMP/one/renamed/c.txt [('renamed/', None), ('renamed/c.txt', b'gamma')]
# expect: TMP/one/sub True
# expect: TMP/one/a.txt
# expect: a.txt 300
# expect: abs/ None
# expect: abs/odd/ None
# expect: abs/odd/empty 0
# expect: again.txt 300
# expect: escape.txt 8
# expect: renamed/ None
# expect: renamed/c.txt 5
# expect: rooted.txt 6
# expect: sub/ None
# expect: sub/b.bin 200
# expect: ['a.txt', 'sub/', 'sub/b.bin']
# expect: FileExistsError 17
# expect: 117
# expect: b'PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# expect: [] None b''
# expect: 321 216
# expect: ['x.txt', 'y.txt'] b'short' b'appended' None
# expect: ['n.txt']
# expect: FileNotFoundError 2
# expect: <ZipInfo filename='folder/' filemode='drwxr-xr-x' external_attr=0x10> 0 True
# expect: True 300
# expect: y/z.txt
# expect: (1980, 1, 1, 0, 0, 0)
# expect: ValueError: ZIP does not support timestamps before 1980
# expect: (1980, 1, 1, 0, 0, 0)
# expect: False
