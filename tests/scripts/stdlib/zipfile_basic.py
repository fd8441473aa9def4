import io
import re
import zlib
import zipfile


def show(exc):
    print(type(exc).__name__ + ':', exc)


def attempt(fn):
    try:
        result = fn()
        print('->', repr(result))
    except Exception as e:
        show(e)


WHEN = (2024, 2, 29, 13, 45, 31)
text = ''.join('line %d: the quick brown fox\n' % i for i in range(200))

buf = io.BytesIO()
zf = zipfile.ZipFile(buf, mode='w', compression=zipfile.ZIP_DEFLATED)
print(zf.mode, zf.compression, zf.compresslevel, zf.filename, zf.comment)
zf.writestr(zipfile.ZipInfo('docs/text.txt', WHEN), text)          # stored: ZipInfo's own type
zf.writestr(zipfile.ZipInfo('empty.txt', WHEN), b'')
zf.writestr(zipfile.ZipInfo('docs/', WHEN), b'')
zf.mkdir('made', 0o750)
zi = zipfile.ZipInfo('\u00fcnic\u00f8de/\u65e5\u672c.txt', WHEN)
zi.comment = b'a member comment'
zi.external_attr = 0o755 << 16
zf.writestr(zi, '\u00fcnicode text')
with zf.open(zipfile.ZipInfo('opened.bin', WHEN), 'w') as w:
    print(w.write(b'abc'), w.write(bytearray(b'def')), w.write(memoryview(b'ghi')))
    print(w.writable(), w.closed)
print(w.closed)
with zf.open(zipfile.ZipInfo('z64.bin', WHEN), 'w', force_zip64=True) as w:
    w.write(b'forced zip64 header')
attempt(lambda: zf.open('x', 'w', pwd=b'p'))
attempt(lambda: zf.open('x', 'a'))
w = zf.open(zipfile.ZipInfo('pending.txt', WHEN), 'w')
attempt(lambda: zf.writestr('other', b'x'))
attempt(lambda: zf.open('other', 'w'))
attempt(lambda: zf.read('docs/text.txt'))
attempt(lambda: zf.close())
w.write(b'done')
w.close()
zi = zipfile.ZipInfo('docs/packed.txt', WHEN)
zi.compress_type = zipfile.ZIP_DEFLATED
zf.writestr(zi, text)
zf.writestr(zipfile.ZipInfo('level9.txt', WHEN), text, compress_type=zipfile.ZIP_DEFLATED,
            compresslevel=9)
attempt(lambda: w.write(b'more'))
zf.comment = b'the archive comment'
attempt(lambda: setattr(zf, 'comment', 'str'))
zf.close()
zf.close()
print(zf)
attempt(lambda: zf.read('docs/text.txt'))
attempt(lambda: zf.writestr('late', b''))
attempt(lambda: zf.open('late', 'w'))
data = buf.getvalue()
# (the bytes deflate produces depend on the zlib build: only the stored part is compared)
stored_part = data[:zipfile.ZipFile(io.BytesIO(data)).getinfo('docs/packed.txt').header_offset]
print(len(stored_part), zlib.crc32(stored_part))

zf = zipfile.ZipFile(io.BytesIO(data))
print(zf.namelist())
for info in zf.infolist():
    deflated = info.compress_type == zipfile.ZIP_DEFLATED
    print(re.sub(r' compress_size=[0-9]+', '', repr(info)) if deflated else info)
    print('   ', info.filename, info.orig_filename, info.date_time, info.compress_type,
          info.file_size, info.CRC, info.flag_bits, info.extract_version, info.comment,
          info.extra, 'n/a' if info.filename == 'level9.txt' else info.header_offset,
          info.is_dir(), hex(info.external_attr))
print(zf.comment)
zf.printdir()
print(zf.read('docs/text.txt') == text.encode(), zf.read('docs/packed.txt') == text.encode(),
      zf.read('level9.txt') == text.encode(), zf.read('empty.txt'), zf.read('z64.bin'))
print(zf.read(zf.getinfo('opened.bin')), zf.read('pending.txt'))
print(zf.read('\u00fcnic\u00f8de/\u65e5\u672c.txt').decode())
print(zf.getinfo('docs/packed.txt').compress_size < zf.getinfo('docs/packed.txt').file_size)
attempt(lambda: zf.getinfo('nope'))
attempt(lambda: zf.read('nope'))
attempt(lambda: zf.writestr('x', b'y'))
attempt(lambda: zf.open('docs/text.txt', 'rb'))

# reading a member as a file object
f = zf.open('docs/packed.txt')
print(f, f.readable(), f.seekable(), f.writable(), f.name, f.mode)
print(f.read(10), f.tell())
print(f.readline())
print(f.readline(5), f.readline(0), f.readline(-1))
print(f.peek(3)[:3], f.read1(4), f.tell())
print(f.seek(0), f.read(6), f.seek(-30, 2), f.read(), f.read(), f.tell())
print(f.seek(10, 0), f.seek(5, 1), f.read(5), f.seek(10**6), f.read(5))
print(f.seek(-10**6, 1), f.readlines(60))
attempt(lambda: f.seek(0, 3))
lines = list(f)
print(len(lines), lines[0], lines[-1])
f.close()
print(f, f.closed)
attempt(lambda: f.read())
attempt(lambda: f.tell())
attempt(lambda: f.seek(0))
attempt(lambda: f.readable())
with zf.open('docs/text.txt') as f:
    count = 0
    for line in f:
        count += 1
    print(count, line)
with zf.open('empty.txt') as f:
    print(f.read(), f.readline(), list(f), f.tell())
with zf.open('docs/text.txt') as a, zf.open('docs/packed.txt') as b:
    print(a.read(7), b.read(7), a.read(7), b.read(7))
print(zf.testzip())
zf.close()

# ZipInfo on its own
zi = zipfile.ZipInfo()
print(zi, zi.filename, zi.date_time, zi.compress_type, zi.create_system, zi.create_version,
      zi.extract_version, zi.flag_bits, zi.external_attr, zi.file_size, zi.compress_size)
attempt(lambda: zi.CRC)
attempt(lambda: zipfile.ZipInfo('old', (1979, 12, 31, 0, 0, 0)))
zi = zipfile.ZipInfo('name\x00hidden', WHEN)
print(zi.filename, repr(zi.orig_filename))
zi = zipfile.ZipInfo('hdr.txt', WHEN)
zi.CRC = 0x12345678
zi.file_size = zi.compress_size = 3
print(zi.FileHeader(), zi.FileHeader(zip64=True)[-20:])
zi.compress_type = zipfile.ZIP_DEFLATED
zi.compress_size = 2
zi.external_attr = (0o100644 << 16) | 0x20
print(zi)
dz = zipfile.ZipInfo('adir/', WHEN)
dz.external_attr = 0o40755 << 16 | 0x10
print(dz, dz.is_dir())

# constants and names
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
      issubclass(zipfile.LargeZipFile, Exception), zipfile.ZIP64_LIMIT,
      zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP_MAX_COMMENT, zipfile.sizeEndCentDir,
      zipfile.sizeCentralDir, zipfile.sizeFileHeader, zipfile.sizeEndCentDir64)
print(sorted(zipfile.__all__))
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'hello')))
attempt(lambda: zipfile.ZipFile(io.BytesIO(), 'q'))
attempt(lambda: zipfile.ZipFile(io.BytesIO(b'junk'), 'r'))

# allowZip64=False
zf = zipfile.ZipFile(io.BytesIO(), 'w', allowZip64=False)
attempt(lambda: zf.open('big', 'w', force_zip64=True))
big = zipfile.ZipInfo('big', WHEN)
big.file_size = 3 * 2**30
attempt(lambda: zf.open(big, 'w'))
zf.close()

# 'a' on something that is not an archive yet: the archive goes after it
buf = io.BytesIO(b'#!/bin/sh\necho prefix\n')
with zipfile.ZipFile(buf, 'a') as zf:
    zf.writestr(zipfile.ZipInfo('inside.txt', WHEN), b'after the prefix')
data = buf.getvalue()
print(data[:22], len(data), zlib.crc32(data))
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.infolist()[0].header_offset, zf.read('inside.txt'))

# more reading: peek/read1/readline limits across the 4 KiB reading blocks
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('d/', b'')
    zf.writestr('n.txt', b'')
    data = b''.join(b'%05d abcdefghij\n' % i for i in range(2000))
    zf.writestr(zipfile.ZipInfo('big.txt'), data)
    zi = zipfile.ZipInfo('big.z')
    zi.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(zi, data)
for zi in zf.infolist():
    print(zi.filename, oct(zi.external_attr))
zf = zipfile.ZipFile(buf)
for name in ['big.txt', 'big.z']:
    f = zf.open(name)
    print(f.peek()[:10], f.read1(5), f.read1(-1)[:10], f.tell())
    f.seek(4090)
    print(f.readline(10), f.readline(), f.readlines(40), f.tell())
    f.seek(0)
    print(len(f.read1(100000)), f.tell(), f.read1(10))
    f.seek(-5, 2)
    print(f.read1(None), f.read(), f.peek())
    f.seek(100)
    print(next(f), f.readline(3), f.readline(-5)[:5])
    print(sum(1 for _ in f))
    f.close()
print(zf.read('n.txt'), zf.read('d/'))
with zf.open('big.txt', 'r', pwd=b'ignored: not encrypted') as f:
    print(f.read(None)[:5])
zf.close()
z2 = zipfile.ZipFile(io.BytesIO(buf.getvalue()), 'r')
f = z2.open('big.txt')
z2.close()
print(repr(z2), f.read(6))       # the member stays readable after the archive closes
f.close()

# expect: w 8 None None b''
# expect: 3 3 3
# expect: True False
# expect: True
# expect: ValueError: pwd is only supported for reading files
# expect: ValueError: open() requires mode "r" or "w"
# expect: ValueError: Can't write to ZIP archive while an open writing handle exists.
# expect: ValueError: Can't write to the ZIP file while there is another write handle open on it. Close the first handle before opening another.
# expect: ValueError: Can't read from the ZIP file while there is an open writing handle on it. Close the writing handle before trying to read.
# expect: ValueError: Can't close the ZIP file while there is an open writing handle on it. Close the writing handle before closing the zip.
# expect: ValueError: I/O operation on closed file.
# expect: TypeError: comment: expected bytes, got str
# expect: <zipfile.ZipFile [closed]>
# expect: ValueError: Attempt to use ZIP archive that was already closed
# expect: ValueError: Attempt to write to ZIP archive that was already closed
# expect: ValueError: Attempt to use ZIP archive that was already closed
# expect: 6275 236727560
# expect: ['docs/text.txt', 'empty.txt', 'docs/', 'made/', 'ünicøde/日本.txt', 'opened.bin', 'z64.bin', 'pending.txt', 'docs/packed.txt', 'level9.txt']
# expect: <ZipInfo filename='docs/text.txt' filemode='?rw-------' file_size=5890>
# expect:     docs/text.txt docs/text.txt (2024, 2, 29, 13, 45, 30) 0 5890 873459698 0 20 b'' b'' 0 False 0x1800000
# expect: <ZipInfo filename='empty.txt' filemode='?rw-------' file_size=0>
# expect:     empty.txt empty.txt (2024, 2, 29, 13, 45, 30) 0 0 0 0 20 b'' b'' 5933 False 0x1800000
# expect: <ZipInfo filename='docs/' filemode='?rw-------'>
# expect:     docs/ docs/ (2024, 2, 29, 13, 45, 30) 0 0 0 0 20 b'' b'' 5972 True 0x1800000
# expect: <ZipInfo filename='made/' filemode='drwxr-x---' external_attr=0x10>
# expect:     made/ made/ (1980, 1, 1, 0, 0, 0) 0 0 0 0 20 b'' b'' 6007 True 0x41e80010
# expect: <ZipInfo filename='ünicøde/日本.txt' filemode='?rwxr-xr-x' file_size=13>
# expect:     ünicøde/日本.txt ünicøde/日本.txt (2024, 2, 29, 13, 45, 30) 0 13 1627829927 2048 20 b'a member comment' b'' 6042 False 0x1ed0000
# expect: <ZipInfo filename='opened.bin' filemode='?rw-------' file_size=9>
# expect:     opened.bin opened.bin (2024, 2, 29, 13, 45, 30) 0 9 2376698031 0 20 b'' b'' 6105 False 0x1800000
# expect: <ZipInfo filename='z64.bin' filemode='?rw-------' file_size=19>
# expect:     z64.bin z64.bin (2024, 2, 29, 13, 45, 30) 0 19 2505536391 0 45 b'' b'' 6154 False 0x1800000
# expect: <ZipInfo filename='pending.txt' filemode='?rw-------' file_size=4>
# expect:     pending.txt pending.txt (2024, 2, 29, 13, 45, 30) 0 4 271442091 0 20 b'' b'' 6230 False 0x1800000
# expect: <ZipInfo filename='docs/packed.txt' compress_type=deflate filemode='?rw-------' file_size=5890>
# expect:     docs/packed.txt docs/packed.txt (2024, 2, 29, 13, 45, 30) 8 5890 873459698 0 20 b'' b'' 6275 False 0x1800000
# expect: <ZipInfo filename='level9.txt' compress_type=deflate filemode='?rw-------' file_size=5890>
# expect:     level9.txt level9.txt (2024, 2, 29, 13, 45, 30) 8 5890 873459698 0 20 b'' b'' n/a False 0x1800000
# expect: b'the archive comment'
# expect: File Name                                             Modified             Size
# expect: docs/text.txt                                  2024-02-29 13:45:30         5890
# expect: empty.txt                                      2024-02-29 13:45:30            0
# expect: docs/                                          2024-02-29 13:45:30            0
# expect: made/                                          1980-01-01 00:00:00            0
# expect: ünicøde/日本.txt                                 2024-02-29 13:45:30           13
# expect: opened.bin                                     2024-02-29 13:45:30            9
# expect: z64.bin                                        2024-02-29 13:45:30           19
# expect: pending.txt                                    2024-02-29 13:45:30            4
# expect: docs/packed.txt                                2024-02-29 13:45:30         5890
# expect: level9.txt                                     2024-02-29 13:45:30         5890
# expect: True True True b'' b'forced zip64 header'
# expect: b'abcdefghi' b'done'
# expect: ünicode text
# expect: True
# expect: KeyError: "There is no item named 'nope' in the archive"
# expect: KeyError: "There is no item named 'nope' in the archive"
# expect: ValueError: write() requires mode 'w', 'x', or 'a'
# expect: ValueError: open() requires mode "r" or "w"
# expect: <zipfile.ZipExtFile name='docs/packed.txt' mode='r' compress_type=deflate> True True False docs/packed.txt r
# expect: b'line 0: th' 10
# expect: b'e quick brown fox\n'
# expect: b'line ' b'' b'1: the quick brown fox\n'
# expect: b'lin' b'line' 60
# expect: 0 b'line 0' 5860 b'line 199: the quick brown fox\n' b'' 5890
# expect: 10 15 b'ck br' 5890 b''
# expect: 0 [b'line 0: the quick brown fox\n', b'line 1: the quick brown fox\n', b'line 2: the quick brown fox\n']
# expect: ValueError: whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)
# expect: 197 b'line 3: the quick brown fox\n' b'line 199: the quick brown fox\n'
# expect: <zipfile.ZipExtFile [closed]> True
# expect: ValueError: read from closed file.
# expect: ValueError: tell on closed file.
# expect: ValueError: seek on closed file.
# expect: ValueError: I/O operation on closed file.
# expect: 200 b'line 199: the quick brown fox\n'
# expect: b'' b'' [] 0
# expect: b'line 0:' b'line 0:' b' the qu' b' the qu'
# expect: None
# expect: <ZipInfo filename='NoName' file_size=0> NoName (1980, 1, 1, 0, 0, 0) 0 3 20 20 0 0 0 0
# expect: AttributeError: 'ZipInfo' object has no attribute 'CRC'
# expect: ValueError: ZIP does not support timestamps before 1980
# expect: name 'name\x00hidden'
# expect: b'PK\x03\x04\x14\x00\x00\x00\x00\x00\xafm]XxV4\x12\x03\x00\x00\x00\x03\x00\x00\x00\x07\x00\x00\x00hdr.txt' b'\x01\x00\x10\x00\x03\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00'
# expect: <ZipInfo filename='hdr.txt' compress_type=deflate filemode='-rw-r--r--' external_attr=0x20 file_size=3 compress_size=2>
# expect: <ZipInfo filename='adir/' filemode='drwxr-xr-x' external_attr=0x10> True
# expect: 0 8 12 14
# expect: True True True 2147483647 65535 65535 22 46 30 56
# expect: ['BadZipFile', 'BadZipfile', 'LargeZipFile', 'Path', 'PyZipFile', 'ZIP_BZIP2', 'ZIP_DEFLATED', 'ZIP_LZMA', 'ZIP_STORED', 'ZipFile', 'ZipInfo', 'error', 'is_zipfile']
# expect: True False
# expect: ValueError: ZipFile requires mode 'r', 'w', 'x', or 'a'
# expect: BadZipFile: File is not a zip file
# expect: ValueError: force_zip64 is True, but allowZip64 was False when opening the ZIP file.
# expect: LargeZipFile: Filesize would require ZIP64 extensions
# expect: b'#!/bin/sh\necho prefix\n' 156 435708189
# expect: 22 b'after the prefix'
# expect: d/ 0o10177200020
# expect: n.txt 0o140000000
# expect: big.txt 0o140000000
# expect: big.z 0o140000000
# expect: b'00000 abcd' b'00000' b' abcdefghi' 34000
# expect: b'efghij\n' b'00241 abcdefghij\n' [b'00242 abcdefghij\n', b'00243 abcdefghij\n', b'00244 abcdefghij\n'] 4165
# expect: 34000 34000 b''
# expect: b'ghij\n' b'' b''
# expect: b'j\n' b'000' b'06 ab'
# expect: 1993
# expect: b'00000 abcd' b'00000' b' abcdefghi' 34000
# expect: b'efghij\n' b'00241 abcdefghij\n' [b'00242 abcdefghij\n', b'00243 abcdefghij\n', b'00244 abcdefghij\n'] 4165
# expect: 34000 34000 b''
# expect: b'ghij\n' b'' b''
# expect: b'j\n' b'000' b'06 ab'
# expect: 1993
# expect: b'' b''
# expect: b'00000'
# expect: <zipfile.ZipFile [closed]> b'00000 '
