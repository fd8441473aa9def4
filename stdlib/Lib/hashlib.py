"""hashlib: message digests — md5, sha1, the sha2 family (sha224, sha256, sha384, sha512)
and sha3_256/384/512 where the system offers them. Each constructor returns a hash object
with update(), digest(), hexdigest() and copy(); hashlib.new(name) finds one by name.

Hashing a large buffer releases the GIL, as in CPython, so threads that hash big data run
in parallel. blake2b and blake2s are BLAKE2 (Natives/Blake2.cs); the SHAKE family and
sha3_224 are not available here."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_available = _hashlib.openssl_md_meth_names
algorithms_guaranteed = algorithms_available

new = _hashlib.new
pbkdf2_hmac = _hashlib.pbkdf2_hmac


def _constructor(name):
    def construct(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _hashlib.new(name, data)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def _blake2(wide, name, max_digest, salt_size):
    def construct(data=b'', *, digest_size=max_digest, key=b'', salt=b'', person=b'', fanout=1,
                  depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                  last_node=False, usedforsecurity=True):
        return _hashlib.blake2(wide, data, digest_size, key, salt, person, fanout, depth,
                               leaf_size, node_offset, node_depth, inner_size, last_node)
    construct.__name__ = construct.__qualname__ = name
    construct.SALT_SIZE = construct.PERSON_SIZE = salt_size
    construct.MAX_KEY_SIZE = construct.MAX_DIGEST_SIZE = max_digest
    return construct


blake2b = _blake2(True, 'blake2b', 64, 16)
blake2s = _blake2(False, 'blake2s', 32, 8)
for _name in ('sha3_256', 'sha3_384', 'sha3_512'):
    if _name in algorithms_available:
        globals()[_name] = _constructor(_name)
del _name


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hashes the contents of a file object opened in binary mode; digest is a name or a
    constructor."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if not hasattr(fileobj, 'read') or (hasattr(fileobj, 'mode') and 'b' not in fileobj.mode):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
