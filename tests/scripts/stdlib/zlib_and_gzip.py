# zlib (zlib, raw and gzip formats, checksums, streaming objects, errors) and gzip (files in
# binary and text mode, compress/decompress); round trips, not byte-for-byte output.
import zlib, gzip, os, tempfile, io
data = b"The quick brown fox jumps over the lazy dog. " * 100
for wbits in (15, -15, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c) < len(data), zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data)) == data, zlib.decompress(gzip.compress(data), 47) == data, zlib.crc32(data), zlib.adler32(data), zlib.adler32(b''), zlib.crc32(b'a', 5))
co = zlib.compressobj()
pieces = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
do = zlib.decompressobj()
out = do.decompress(pieces[:50]) + do.decompress(pieces[50:] + b'TRAILER')
print(out == data, do.eof, do.unused_data)
print(gzip.decompress(gzip.compress(b'hello')), len(gzip.compress(b'')) > 0, gzip.compress(b'x')[:2])
d = tempfile.mkdtemp()
path = os.path.join(d, 'log.txt.gz')
with gzip.open(path, 'wt') as f:
    for i in range(3):
        f.write(f'line {i}\n')
with gzip.open(path, 'rt') as f:
    print([l.rstrip() for l in f])
with gzip.open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as raw:
    print(raw.read(2))
for bad in (lambda: zlib.decompress(b'not compressed'), lambda: gzip.decompress(b'xx'), lambda: zlib.compress(b'', 12)):
    try:
        bad()
    except (zlib.error, gzip.BadGzipFile, OSError) as e:
        print(type(e).__name__)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, issubclass(gzip.BadGzipFile, OSError))

# expect: 15 True True
# expect: -15 True True
# expect: 31 True True
# expect: True True 2609592632 499666839 1 2564639436
# expect: True True b'TRAILER'
# expect: b'hello' True b'\x1f\x8b'
# expect: ['line 0', 'line 1', 'line 2']
# expect: b'line 0\nline 1\nline 2\n'
# expect: b'\x1f\x8b'
# expect: error
# expect: BadGzipFile
# expect: error
# expect: 15 9 True
