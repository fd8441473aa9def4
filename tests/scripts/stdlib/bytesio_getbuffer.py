# BytesIO.getbuffer() is a memoryview of the stream's contents, as CPython's.
import io
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"de")
v = b.getbuffer()
print(type(v).__name__, v.nbytes, bytes(v), v[0], len(v), v[1:3].tobytes())

# expect: memoryview 5 b'abcde' 97 5 b'bc'
