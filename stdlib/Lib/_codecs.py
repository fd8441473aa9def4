"""_codecs: encode() and decode() of any object by codec name — what pickles of bytes in
protocols 0 to 2 call to rebuild them."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
