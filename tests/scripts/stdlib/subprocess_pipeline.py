# One child's output piped into another's input (Popen(..., stdin=p1.stdout)), as the
# subprocess documentation's shell-pipeline replacement does; communicate() closes the
# pipes it reads; a missing working directory is the child's chdir error.
import os
from subprocess import Popen, PIPE, run

p1 = Popen(["printf", "pear\\napple\\nfig\\n"], stdout=PIPE)
p2 = Popen(["sort"], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
print(p2.stdin)
print(p2.communicate()[0])
print(p1.wait(), p2.returncode)

p1 = Popen(["printf", "a b c\\n"], stdout=PIPE, text=True)
p2 = Popen(["tr", "a-z", "A-Z"], stdin=p1.stdout, stdout=PIPE, text=True)
p3 = Popen(["wc", "-w"], stdin=p2.stdout, stdout=PIPE, text=True)
print(p3.communicate()[0].strip())
print(p1.wait(), p2.wait(), p3.returncode)

p = Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(b"x")
print(out, err, p.stdin.closed, p.stdout.closed, p.stderr.closed)

import tempfile
fd, a_file = tempfile.mkstemp()
os.close(fd)
for cwd in ("/nonexistent-dir", a_file):
    try:
        run(["ls"], cwd=cwd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == cwd)
os.unlink(a_file)

# expect: None
# expect: b'apple\nfig\npear\n'
# expect: 0 0
# expect: 3
# expect: 0 0 0
# expect: b'x' b'' True True True
# expect: FileNotFoundError 2 No such file or directory True
# expect: NotADirectoryError 20 Not a directory True
