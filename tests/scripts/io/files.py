# open(): writing and reading text and binary files, lines, iteration, appending, errors.
import os

path = "minipy_io_test.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.closed)  # expect: 11 False
    f.writelines(["second\n", "third"])
print(f.closed)  # expect: True
with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()))  # expect: 'first line\n' 'sec' 'ond\nthird'
with open(path) as f:
    print([line.rstrip("\n") for line in f])  # expect: ['first line', 'second', 'third']
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.readlines()[-1])  # expect: appended
with open(path, "wb") as f:
    f.write(b"\x00\x01abc\r\n")
with open(path, "rb") as f:
    print(f.read())  # expect: b'\x00\x01abc\r\n'
with open(path) as f:
    print(repr(f.read()))  # expect: '\x00\x01abc\n'
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: 'no/such/file.txt'
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
os.remove(path)
print(os.path.exists(path))  # expect: False
