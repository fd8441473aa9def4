# Connection.send_bytes from any buffer (an array too) and recv_bytes_into a bytearray,
# memoryview or array at an offset; BufferTooShort carries a message that does not fit.
from array import array
from multiprocessing import Pipe, BufferTooShort

a, b = Pipe()
a.send_bytes(array('i', [42, 1729]))
arr = array('i', [0, 0, 0, 0, 0])
print(b.recv_bytes_into(arr), arr)

a.send_bytes(b"hello world", 6, 5)
buf = bytearray(10)
print(b.recv_bytes_into(buf, 2), buf)

a.send_bytes(b"xyz")
target = bytearray(8)
print(b.recv_bytes_into(memoryview(target), 4), target)

a.send_bytes(b"far too long for it")
try:
    b.recv_bytes_into(bytearray(4))
except BufferTooShort as e:
    print("BufferTooShort", e.args[0])

for bad, offset in ((bytearray(4), -1), (bytearray(4), 5)):
    try:
        b.recv_bytes_into(bad, offset)
    except ValueError as e:
        print("ValueError:", e)
a.close()
b.close()
# expect: 8 array('i', [42, 1729, 0, 0, 0])
# expect: 5 bytearray(b'\x00\x00world\x00\x00\x00')
# expect: 3 bytearray(b'\x00\x00\x00\x00xyz\x00')
# expect: BufferTooShort b'far too long for it'
# expect: ValueError: negative offset
# expect: ValueError: offset too large
