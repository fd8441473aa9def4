# Popen's pipes as file objects: stdout and stderr read line by line, by iteration and by size
# as the child writes; stdin written and closed; text mode with universal newlines; the
# with-statement; communicate after writing; a missing program's FileNotFoundError.
import subprocess, sys
p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three >&2; exit 3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.readline(), list(p.stdout), p.stderr.read(), p.wait())
# expect: b'one\n' [b'two\n'] b'three\n' 3
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("hello\nworld\n")
p.stdin.close()
for line in p.stdout:
    print("got", repr(line))
    # expect: got 'hello\n'
    # expect: got 'world\n'
print(p.wait(), type(p.stdout).__name__, type(p.stdin).__name__)  # expect: 0 TextIOWrapper TextIOWrapper
with subprocess.Popen(["sh", "-c", "printf 'a\\r\\nb'"], stdout=subprocess.PIPE, universal_newlines=True) as p:
    print(repr(p.stdout.read()))  # expect: 'a\nb'
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"via communicate")
print(out, err, p.returncode)  # expect: b'via communicate' None 0
p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE, text=True)
print([l.rstrip() for l in p.stdout])  # expect: ['line 1', 'line 2', 'line 3']
p.wait()
p = subprocess.Popen(["head", "-c", "5"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"0123456789")
p.stdin.close()
print(p.stdout.read(3), p.stdout.read(10), p.stdout.read())  # expect: b'012' b'34' b''
p.wait()
try:
    subprocess.Popen(["no-such-program-xyz"])
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
    # expect: [Errno 2] No such file or directory: 'no-such-program-xyz' 2 no-such-program-xyz
