# hashlib.blake2b and blake2s (RFC 7693): plain, keyed, salted, personalised and tree-mode
# digests across block boundaries, copy(), and CPython's limits.
import hashlib
for data in [b"", b"abc", b"a" * 127, b"a" * 128, b"a" * 129, b"x" * 1000, bytes(range(256)) * 3]:
    print(hashlib.blake2b(data).hexdigest()[:32], hashlib.blake2s(data).hexdigest()[:32], hashlib.new("blake2b", data).hexdigest()[-16:], hashlib.new("blake2s", data).hexdigest()[-16:])
print(hashlib.blake2b(b"msg", digest_size=20, key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"msg", digest_size=16, key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8).hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest()[:40])
print(hashlib.blake2s(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
h = hashlib.blake2b(digest_size=32); h.update(b"part one, "); c = h.copy(); h.update(b"part two"); c.update(b"part two")
print(h.hexdigest() == c.hexdigest() == hashlib.blake2b(b"part one, part two", digest_size=32).hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
for bad in (lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.blake2b(salt=b"s" * 17), lambda: hashlib.blake2s(person=b"p" * 9)):
    try: bad()
    except ValueError as e: print("ValueError:", e)

# expect: 786a02f742015903c6c6fd852552d272 69217a3079908094e11121d042354a7c d56f701afe9be2ce 1b250dfd1ed0eef9
# expect: ba80a53f981c4d0d6a2797b69f12f6e9 508c5e8c327c14e2e1a72ba34eeb452f b92386edd4009923 4d999b4c86675982
# expect: 94596b9d6199c807c40ae1a935f3633b 50424a14cfc0a3cdfcfafb0eed5b7731 c3d761228e90f8b8 6ed9757f1b7529f2
# expect: fc6c71f688f43ea7d60817478808f3ca 3ac477e27353f9019b81694afe60c804 ed9d7ca91d3a8f3b 428ea318bfa82809
# expect: 55e6e0eb418149a8af92fd9ddc992547 94f03f8feba7e07dd91153d178bb2d25 bbef2d38101b232b 71f9329200d9517c
# expect: 63e36e4569cd772ba719ec50f6627e07 267200e86d237971cc5dac276d6e19b4 bbabdeabf0db7e9f cd6321d5410c4161
# expect: 323e97a7a859ee63c9013debb0ca9958 b928a17862e211e99759ba8819280803 c57b9d6c5f7302fb 1a3b5185aa96a7b3
# expect: ba387e003a13a86ac313ed2b0993937c70426b5b
# expect: 7ac9fc9320b5e3273cf454f95a2a5f75
# expect: f48250e0cf2837915bc883ee4980c930db0d8cb3
# expect: 9bb1ab95b00942de90da76dbfb43c0f0f1c738aa945f586a59933e1175273d18
# expect: True 32 128 blake2b
# expect: 64 8 16 32
# expect: ValueError: digest_size must be between 1 and 64 bytes
# expect: ValueError: maximum key length is 32 bytes
# expect: ValueError: maximum salt length is 16 bytes
# expect: ValueError: maximum person length is 8 bytes
