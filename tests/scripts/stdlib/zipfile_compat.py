import base64
import io
import struct
import sys
import zlib

sys.modules['bz2'] = None   # as if bz2 and lzma were not built
sys.modules['lzma'] = None
sys.modules.pop('zipfile', None)  # a fresh import that sees them missing
import zipfile

# Made by CPython's zipfile (deflated, stored, a directory, a UTF-8 name, a member
# written with force_zip64, member and archive comments).
CPYTHON_ZIP = base64.b64decode(
    "UEsDBBQAAAAIAMQoZFTIXnXTDgAAALQAAAAKAAAAcmVhZG1lLnR4dAtKTUxRyE1V5AoaOgwA"
    "UEsDBBQAAAAAAMQoZFQAAAAAAAAAAAAAAAAEAAAAcGtnL1BLAwQUAAAAAADEKGRU9/WYrgwA"
    "AAAMAAAACgAAAHBrZy9tb2QucHlwcmludCgiaGkiKQpQSwMEFAAACAgAxChkVNLsRIkIAAAA"
    "BgAAAA0AAABwa2cvY2Fmw6kudHh0S05MO7ySCwBQSwMELQAAAAgAxChkVFjdXp//////////"
    "/wcAFABiaWcuYmluAQAQAAAIAAAAAAAAIgEAAAAAAABjYGRiZmFlY+fg5OLm4eXjFxAUEhYR"
    "FROXkJSSlpGVk1dQVFJWUVVT19DU0tbR1dM3MDQyNjE1M7ewtLK2sbWzd3B0cnZxdXP38PTy"
    "9vH18w8IDAoOCQ0Lj4iMio6JjYtPSExKTklNS8/IzMrOyc3LLygsKi4pLSuvqKyqrqmtq29o"
    "bGpuaW1r7+js6u7p7eufMHHS5ClTp02fMXPW7Dlz581fsHDR4iVLly1fsXLV6jVr163fsHHT"
    "5i1bt23fsXPX7j179+0/cPDQ4SNHjx0/cfLU6TNnz52/cPHS5StXr12/cfPW7Tt3791/8PDR"
    "4ydPnz1/8fLV6zdv373/8PHT5y9fv33/8fPX7z9///1nGPX/qP9H/T/q/1H/j/p/BPofAFBL"
    "AwQUAAAAAADEKGRUgxbcjAEAAAABAAAADQAAAGNvbW1lbnRlZC50eHR4UEsBAhQDFAAAAAgA"
    "xChkVMheddMOAAAAtAAAAAoAAAAAAAAAAAAAAKQBAAAAAHJlYWRtZS50eHRQSwECFAMUAAAA"
    "AADEKGRUAAAAAAAAAAAAAAAABAAAAAAAAAAAABAA7UE2AAAAcGtnL1BLAQIUAxQAAAAAAMQo"
    "ZFT39ZiuDAAAAAwAAAAKAAAAAAAAAAAAAACkAVgAAABwa2cvbW9kLnB5UEsBAhQDFAAACAgA"
    "xChkVNLsRIkIAAAABgAAAA0AAAAAAAAAAAAAAKQBjAAAAHBrZy9jYWbDqS50eHRQSwECLQMt"
    "AAAACADEKGRUWN1enyIBAAAACAAABwAAAAAAAAAAAAAApAG/AAAAYmlnLmJpblBLAQIUAxQA"
    "AAAAAMQoZFSDFtyMAQAAAAEAAAANAAAADgAAAAAAAACkARoCAABjb21tZW50ZWQudHh0bWVt"
    "YmVyIGNvbW1lbnRQSwUGAAAAAAYABgBbAQAARgIAAA8AYXJjaGl2ZSBjb21tZW50")

# Made by Info-ZIP: "zip -X -P hunter2" (traditional encryption, data descriptors).
ENCRYPTED_ZIP = base64.b64decode(
    "UEsDBBQACQAIACVBx1I8Z1I2JQAAAGQAAAAKAAAAc2VjcmV0LnR4dOlMWiw8B3UP+DFRJUyt"
    "CwG78PgweXDvPPLLAMu3+TFmVFTd81pQSwcIPGdSNiUAAABkAAAAUEsDBAoACQAAACVBx1LQ"
    "+RU5EgAAAAYAAAAJAAAAcGxhaW4udHh0P7OBskhNFB0Bl5dQkjdb3Rt4UEsHCND5FTkSAAAA"
    "BgAAAFBLAQIeAxQACQAIACVBx1I8Z1I2JQAAAGQAAAAKAAAAAAAAAAEAAACkgQAAAABzZWNy"
    "ZXQudHh0UEsBAh4DCgAJAAAAJUHHUtD5FTkSAAAABgAAAAkAAAAAAAAAAQAAAKSBXQAAAHBs"
    "YWluLnR4dFBLBQYAAAAAAgACAG8AAACmAAAAAAA=")

# Made by Info-ZIP from standard input (a data descriptor, a FIFO's mode bits).
STREAM_ZIP = base64.b64decode(
    "UEsDBC0AAAAAANFVg11nJL6H//////////8BABQALQEAEAAOAAAAAAAAAA4AAAAAAAAAc3Ry"
    "ZWFtZWQgZGF0YQpQSwECHgMtAAAAAADRVYNdZyS+hw4AAAAOAAAAAQAAAAAAAAABAAAAgBEA"
    "AAAALVBLBgYsAAAAAAAAAB4DLQAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAvAAAAAAAAAEEA"
    "AAAAAAAAUEsGBwAAAABwAAAAAAAAAAEAAABQSwUGAAAAAAEAAQAvAAAAQQAAAAAA")


def show(exc):
    print(type(exc).__name__ + ':', exc)


# --- an archive CPython wrote -------------------------------------------------
zf = zipfile.ZipFile(io.BytesIO(CPYTHON_ZIP))
print(zf.namelist())
print(zf.comment)
for zi in zf.infolist():
    print(zi)
    print('   ', zi.date_time, zi.compress_type, zi.CRC, zi.file_size, zi.compress_size,
          oct(zi.external_attr >> 16), zi.flag_bits, zi.create_system, zi.create_version,
          zi.extract_version, zi.header_offset, zi.comment, zi.extra, zi.is_dir())
print(zf.read('readme.txt')[:18])
print(zf.read('pkg/caf\u00e9.txt').decode())
big = zf.read('big.bin')
print(len(big), big[250:260], zlib.crc32(big))
with zf.open('big.bin') as f:
    f.seek(1000)
    print(f.read(4), f.tell())
    f.seek(-10, 2)
    print(f.read(), f.tell())
    f.seek(5)
    print(f.read(3), f.seek(0, 1))
print(zf.testzip())
zf.printdir()
out = io.StringIO()
zf.printdir(file=out)
print(len(out.getvalue().splitlines()))
zf.close()
print(zf)

# --- append to it, then read again -----------------------------------------------
buf = io.BytesIO(CPYTHON_ZIP)
with zipfile.ZipFile(buf, 'a', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo('added.txt', (2023, 1, 1, 0, 0, 0)), 'appended ' * 10)
    zf.comment = b'new comment'
data = buf.getvalue()
print(len(data), zlib.crc32(data))
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment, zf.read('added.txt')[:9], zf.testzip())

# --- Info-ZIP's encrypted archive ---------------------------------------------------
zf = zipfile.ZipFile(io.BytesIO(ENCRYPTED_ZIP))
for zi in zf.infolist():
    print(zi, hex(zi.flag_bits), zi.date_time)
for call in [lambda: zf.read('secret.txt'),
             lambda: zf.read('secret.txt', pwd=b'wrong'),
             lambda: zf.read('secret.txt', pwd='str'),
             lambda: zf.setpassword('str')]:
    try:
        call()
    except Exception as e:
        show(e)
print(zf.read('plain.txt', pwd=b'hunter2'))
zf.setpassword(b'hunter2')
print(zf.read('secret.txt')[:40])
with zf.open('secret.txt') as f:
    print(f.readline(), f.read(10))
    f.seek(3)
    print(f.read(5))
print(zf.testzip(), zf.pwd)
zf.close()

# --- a data descriptor ---------------------------------------------------------------
with zipfile.ZipFile(io.BytesIO(STREAM_ZIP)) as zf:
    zi = zf.getinfo('-')
    print(zi, hex(zi.flag_bits), zf.read('-'))

# --- writing to a stream that cannot seek or tell ------------------------------------
class Pipe:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

pipe = Pipe()
with zipfile.ZipFile(pipe, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo('s.txt', (2020, 2, 2, 2, 2, 2)), b'streamed ' * 30)
    with zf.open(zipfile.ZipInfo('t.txt', (2020, 2, 2, 2, 2, 2)), 'w') as w:
        w.write(b'more')
streamed = b''.join(pipe.chunks)
print(len(streamed), zlib.crc32(streamed))
with zipfile.ZipFile(io.BytesIO(streamed)) as zf:
    for zi in zf.infolist():
        print(zi, hex(zi.flag_bits))
    print(zf.read('s.txt')[:18], zf.read('t.txt'))

# --- an archive with ZIP64 end records, built by hand -----------------------------------
payload = b'zip64 payload\n'
crc = zlib.crc32(payload)
name = b'z64.txt'
local = struct.pack('<4s2B4HL2L2H', b'PK\x03\x04', 45, 0, 0, 0, 0, 0x21, crc,
                    0xFFFFFFFF, 0xFFFFFFFF, len(name), 20)
local += name + struct.pack('<HHQQ', 1, 16, len(payload), len(payload)) + payload
extra = struct.pack('<HHQQQ', 1, 24, len(payload), len(payload), 0)
central = struct.pack('<4s4B4HL2L5H2L', b'PK\x01\x02', 45, 3, 45, 0, 0, 0, 0, 0x21, crc,
                      0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0,
                      0o644 << 16, 0xFFFFFFFF) + name + extra
cd_offset = len(local)
end64 = struct.pack('<4sQ2H2L4Q', b'PK\x06\x06', 44, 45, 45, 0, 0, 1, 1, len(central), cd_offset)
locator = struct.pack('<4sLQL', b'PK\x06\x07', 0, cd_offset + len(central), 1)
end = struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
archive = local + central + end64 + locator + end
with zipfile.ZipFile(io.BytesIO(archive)) as zf:
    zi = zf.infolist()[0]
    print(zi, zi.file_size, zi.compress_size, zi.header_offset, zf.read('z64.txt'))
# the same archive after 100 bytes of something else (a self-extractor's stub, say)
with zipfile.ZipFile(io.BytesIO(b'#' * 100 + archive)) as zf:
    print(zf.infolist()[0].header_offset, zf.read('z64.txt'))
print(zipfile.is_zipfile(io.BytesIO(archive)), zipfile.is_zipfile(io.BytesIO(b'PK\x03\x04 nothing')))

# --- damaged archives -----------------------------------------------------------------
bad = bytearray(CPYTHON_ZIP)
at = bad.index(b'print("hi")')
bad[at] = ord('P')
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    print(zf.testzip())
    try:
        zf.read('pkg/mod.py')
    except zipfile.BadZipFile as e:
        show(e)
    with zf.open('pkg/mod.py') as f:
        try:
            f.read()
        except zipfile.BadZipfile as e:
            show(e)
for blob in [b'', b'not a zip at all', CPYTHON_ZIP[:-30], CPYTHON_ZIP[200:]]:
    try:
        zipfile.ZipFile(io.BytesIO(blob))
        print('opened')
    except zipfile.BadZipFile as e:
        show(e)
broken = bytearray(CPYTHON_ZIP)
broken[0:4] = b'XXXX'
with zipfile.ZipFile(io.BytesIO(bytes(broken))) as zf:
    try:
        zf.read('readme.txt')
    except zipfile.error as e:
        show(e)

# --- metadata_encoding ------------------------------------------------------------------
raw_name = '\u0436\u0443\u043a.txt'.encode('cp866')
local = struct.pack('<4s2B4HL2L2H', b'PK\x03\x04', 20, 0, 0, 0, 0, 0x21, zlib.crc32(b'bug'),
                    3, 3, len(raw_name), 0) + raw_name + b'bug'
central = struct.pack('<4s4B4HL2L5H2L', b'PK\x01\x02', 20, 3, 20, 0, 0, 0, 0, 0x21,
                      zlib.crc32(b'bug'), 3, 3, len(raw_name), 0, 0, 0, 0, 0, 0) + raw_name
end = struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, 1, 1, len(central), len(local), 0)
blob = local + central + end
print(zipfile.ZipFile(io.BytesIO(blob)).namelist())
with zipfile.ZipFile(io.BytesIO(blob), metadata_encoding='cp866') as zf:
    print(zf.namelist(), zf.read(zf.namelist()[0]))
try:
    zipfile.ZipFile(io.BytesIO(), 'w', metadata_encoding='cp866')
except ValueError as e:
    show(e)

# --- compression methods that are not available -----------------------------------------
for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 99):
    try:
        zipfile.ZipFile(io.BytesIO(), 'w', method)
    except (RuntimeError, NotImplementedError) as e:
        show(e)
with zipfile.ZipFile(io.BytesIO(), 'w') as zf:
    try:
        zf.writestr('x', b'data', compress_type=zipfile.ZIP_LZMA)
    except RuntimeError as e:
        show(e)
    print(zf.namelist())
patched = bytearray(CPYTHON_ZIP)
cd = patched.index(b'PK\x01\x02')
patched[cd + 10:cd + 12] = struct.pack('<H', zipfile.ZIP_BZIP2)
with zipfile.ZipFile(io.BytesIO(bytes(patched))) as zf:
    print(zf.infolist()[0])
    try:
        zf.read('readme.txt')
    except RuntimeError as e:
        show(e)

# expect: ['readme.txt', 'pkg/', 'pkg/mod.py', 'pkg/café.txt', 'big.bin', 'commented.txt']
# expect: b'archive comment'
# expect: <ZipInfo filename='readme.txt' compress_type=deflate filemode='?rw-r--r--' file_size=180 compress_size=14>
# expect:     (2022, 3, 4, 5, 6, 8) 8 3547684552 180 14 0o644 0 3 20 20 0 b'' b'' False
# expect: <ZipInfo filename='pkg/' filemode='drwxr-xr-x' external_attr=0x10>
# expect:     (2022, 3, 4, 5, 6, 8) 0 0 0 0 0o40755 0 3 20 20 54 b'' b'' True
# expect: <ZipInfo filename='pkg/mod.py' filemode='?rw-r--r--' file_size=12>
# expect:     (2022, 3, 4, 5, 6, 8) 0 2929260023 12 12 0o644 0 3 20 20 88 b'' b'' False
# expect: <ZipInfo filename='pkg/café.txt' compress_type=deflate filemode='?rw-r--r--' file_size=6 compress_size=8>
# expect:     (2022, 3, 4, 5, 6, 8) 8 2302995666 6 8 0o644 2048 3 20 20 140 b'' b'' False
# expect: <ZipInfo filename='big.bin' compress_type=deflate filemode='?rw-r--r--' file_size=2048 compress_size=290>
# expect:     (2022, 3, 4, 5, 6, 8) 8 2673794392 2048 290 0o644 0 3 45 45 191 b'' b'' False
# expect: <ZipInfo filename='commented.txt' filemode='?rw-r--r--' file_size=1>
# expect:     (2022, 3, 4, 5, 6, 8) 0 2363233923 1 1 0o644 0 3 20 20 538 b'member comment' b'' False
# expect: b'Read me!\nRead me!\n'
# expect: café
# expect: 
# expect: 2048 b'\xfa\xfb\xfc\xfd\xfe\xff\x00\x01\x02\x03' 2673794392
# expect: b'\xe8\xe9\xea\xeb' 1004
# expect: b'\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff' 2048
# expect: b'\x05\x06\x07' 8
# expect: None
# expect: File Name                                             Modified             Size
# expect: readme.txt                                     2022-03-04 05:06:08          180
# expect: pkg/                                           2022-03-04 05:06:08            0
# expect: pkg/mod.py                                     2022-03-04 05:06:08           12
# expect: pkg/café.txt                                   2022-03-04 05:06:08            6
# expect: big.bin                                        2022-03-04 05:06:08         2048
# expect: commented.txt                                  2022-03-04 05:06:08            1
# expect: 7
# expect: <zipfile.ZipFile [closed]>
# expect: 1146 1896260590
# expect: ['readme.txt', 'pkg/', 'pkg/mod.py', 'pkg/café.txt', 'big.bin', 'commented.txt', 'added.txt'] b'new comment' b'appended ' None
# expect: <ZipInfo filename='secret.txt' compress_type=deflate filemode='-rw-r--r--' file_size=100 compress_size=37> 0x9 (2021, 6, 7, 8, 9, 10)
# expect: <ZipInfo filename='plain.txt' filemode='-rw-r--r--' file_size=6 compress_size=18> 0x9 (2021, 6, 7, 8, 9, 10)
# expect: RuntimeError: File 'secret.txt' is encrypted, password required for extraction
# expect: RuntimeError: Bad password for file 'secret.txt'
# expect: TypeError: pwd: expected bytes, got str
# expect: TypeError: pwd: expected bytes, got str
# expect: b'plain\n'
# expect: b'top secret contents\ntop secret contents\n'
# expect: b'top secret contents\n' b'top secret'
# expect: b' secr'
# expect: None b'hunter2'
# expect: <ZipInfo filename='-' filemode='prw-------' file_size=14> 0x0 b'streamed data\n'
# expect: 500 503770713
# expect: <ZipInfo filename='s.txt' filemode='?rw-------' file_size=270> 0x8
# expect: <ZipInfo filename='t.txt' filemode='?rw-------' file_size=4> 0x8
# expect: b'streamed streamed ' b'more'
# expect: <ZipInfo filename='z64.txt' filemode='?rw-r--r--' file_size=14> 14 14 0 b'zip64 payload\n'
# expect: 100 b'zip64 payload\n'
# expect: True False
# expect: pkg/mod.py
# expect: BadZipFile: Bad CRC-32 for file 'pkg/mod.py'
# expect: BadZipFile: Bad CRC-32 for file 'pkg/mod.py'
# expect: BadZipFile: File is not a zip file
# expect: BadZipFile: File is not a zip file
# expect: BadZipFile: File is not a zip file
# expect: opened
# expect: BadZipFile: Bad magic number for file header
# expect: ['ªπ¬.txt']
# expect: ['жук.txt'] b'bug'
# expect: ValueError: metadata_encoding is only supported for reading files
# expect: RuntimeError: Compression requires the (missing) bz2 module
# expect: RuntimeError: Compression requires the (missing) lzma module
# expect: NotImplementedError: That compression method is not supported
# expect: RuntimeError: Compression requires the (missing) lzma module
# expect: []
# expect: <ZipInfo filename='readme.txt' compress_type=bzip2 filemode='?rw-r--r--' file_size=180 compress_size=14>
# expect: RuntimeError: Compression requires the (missing) bz2 module
