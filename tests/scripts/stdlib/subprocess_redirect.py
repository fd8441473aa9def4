# subprocess: stderr=STDOUT makes the child's stderr a duplicate of its stdout (the two
# interleave as written), and a file object or a descriptor as a child's stream.
import os
import subprocess
import sys
import tempfile

cmd = "echo 1; echo 2 >&2; echo 3; echo 4 >&2"
p = subprocess.Popen(["sh", "-c", cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.stdout.read())
print(p.wait(), p.stderr)
print(subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
r = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
with subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as p:
    print([line for line in p.stdout])
print(subprocess.getstatusoutput("echo out; echo err >&2; exit 3"))
print(subprocess.check_output(["sh", "-c", "echo a; echo b >&2"], stderr=subprocess.STDOUT))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "log.txt")
    with open(path, "w") as log:
        log.write("first\n")
        log.flush()
        code = subprocess.call(["sh", "-c", "echo to-file; echo err-to-file >&2"], stdout=log,
                               stderr=subprocess.STDOUT)
        print("call ->", code)
        subprocess.run(["echo", "second"], stdout=log.fileno())
    with open(path) as f:
        print(f.read().split("\n"))
    with open(path) as source:
        print(subprocess.run(["wc", "-l"], stdin=source, capture_output=True, text=True).stdout.strip())
    with open(path, "ab") as log:
        subprocess.run(["sh", "-c", "echo only-err >&2"], stderr=log)
    print(open(path).read().split("\n")[-2])
    print(os.get_inheritable(os.open(path, os.O_RDONLY)))

# a program that is not there, or not executable, raises as CPython's exec does
for bad in (["no-such-program-xyz"], ["/no/such/path"], [tempfile.gettempdir()]):
    try:
        subprocess.run(bad, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == bad[0])
for stream in ("stdin", "stdout"):
    try:
        subprocess.run(["true"], **{stream: subprocess.STDOUT})
    except OSError as e:
        print(stream, "OSError:", e)
# with stdout inherited, stderr=STDOUT sends the child's stderr to this program's stdout
inner = ("import subprocess; subprocess.run(['sh', '-c', 'echo inherited-out; echo inherited-err >&2'],"
         " stderr=subprocess.STDOUT)")
r = subprocess.run([sys.executable, "-c", inner], capture_output=True)
print(r.stdout, r.stderr)

# expect: b'1\n2\n3\n4\n'
# expect: 0 None
# expect: b'1\n2\n3\n4\n'
# expect: '1\n3\n' '2\n4\n'
# expect: ['1\n', '2\n', '3\n', '4\n']
# expect: (3, 'out\nerr')
# expect: b'a\nb\n'
# expect: call -> 0
# expect: ['first', 'to-file', 'err-to-file', 'second', '']
# expect: 4
# expect: only-err
# expect: False
# expect: FileNotFoundError 2 True
# expect: FileNotFoundError 2 True
# expect: PermissionError 13 True
# expect: stdin OSError: [Errno 9] Bad file descriptor
# expect: stdout OSError: [Errno 9] Bad file descriptor
# expect: b'inherited-out\ninherited-err\n' b''
