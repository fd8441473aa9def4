"""urllib.response: the file-like objects urllib returns — addbase (a file with the
with-statement), addclosehook (runs a function when closed), addinfo (adds info(): the
headers) and addinfourl (adds geturl(), url, code, status and getcode()). Everything
else (read, readline, closed...) is the wrapped file's. Left out: nothing of note."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like wrapper around fp: what it does not define itself is fp's."""

    def __init__(self, fp):
        self.file = fp
        self.name = '<urllib response>'
        self.delete = False
        self.fp = fp

    def __getattr__(self, name):
        # only reached for what the wrapper does not have itself
        file = self.__dict__.get('file')
        if file is None:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        value = getattr(file, name)
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def close(self):
        self.file.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.file)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    """A file that calls closehook(*hookargs) (once) when it is closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook:
                self.closehook = None
                self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """A file with headers: info() returns them."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A file with headers, a URL (geturl()) and a status code (code, status,
    getcode())."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
