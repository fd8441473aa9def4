# hashlib (md5, sha1, sha2, sha3; update/copy/digest/hexdigest; new by name; pbkdf2_hmac;
# file_digest) and hmac over it; CPython's digests and messages.
import hashlib, hmac
data = b"The quick brown fox jumps over the lazy dog"
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512'):
    h = hashlib.new(name, data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"a" * 5000)
c = h.copy()
h.update(b"b")
print(c.hexdigest(), h.hexdigest(), hashlib.sha224(b"").hexdigest(), hashlib.sha224(b"x" * 200).hexdigest())
print(hashlib.md5(b"abc").digest(), hashlib.sha1(bytearray(b"abc")).hexdigest())
print(hashlib.new('SHA256', b'x').hexdigest())
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, dklen=10).hex())
m = hmac.new(b"key", data, hashlib.sha256)
print(m.name, m.digest_size, m.hexdigest(), hmac.new(b"k" * 100, b"msg", "md5").hexdigest())
m2 = m.copy(); m2.update(b"!")
print(m.hexdigest() != m2.hexdigest(), hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print(e)
import io
print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest())
print(sorted(n for n in hashlib.algorithms_available if n in ('md5', 'sha256')))

# expect: md5 md5 16 64 9e107d9d372bb6826bd81d3542a419d6
# expect: sha1 sha1 20 64 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
# expect: sha224 sha224 28 64 730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525
# expect: sha256 sha256 32 64 d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
# expect: sha384 sha384 48 128 ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1
# expect: sha512 sha512 64 128 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6
# expect: sha3_256 sha3_256 32 136 69070dda01975c8c120c3aada1b282394e7f032fa9cf32f4cb2259a0897dfc04
# expect: sha3_512 sha3_512 64 72 01dedd5de4ef14642445ba5f5b97c15e47b9ad931326e4b0727cd94cefc44fff23f07bf543139939b49128caf436dc1bdee54fcb24023a08d9403f9b4bf0d450
# expect: c526c6222044dab5674de9c4ac7f4566ebb5e4d8bf9d8ea34c9cc8a7cc3c869c 417fe8f1539d8521dbe20b3320775c6b95ece73e0d369a80b71c4ccb31ebd13e d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f 3ef8bae4a84311d748956ef862adec84a5745f44618cb3909def1e13
# expect: b'\x90\x01P\x98<\xd2O\xb0\xd6\x96?}(\xe1\x7fr' a9993e364706816aba3e25717850c26c9cd0d89d
# expect: 2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881
# expect: TypeError Strings must be encoded before hashing
# expect: ValueError unsupported hash type nope
# expect: TypeError object supporting the buffer API required
# expect: 632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3 133a0b823b029801576d
# expect: hmac-sha256 32 f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8 a908a4d5326a80f4b50c9a1951513b67
# expect: True 102900b72b7bf1031eec76b4804b66052376896b
# expect: True False
# expect: Missing required parameter 'digestmod'.
# expect: d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
# expect: ['md5', 'sha256']
