# subprocess: run with capture_output, text, input, check, timeout, cwd and env; shell=True;
# check_output, call, check_call, Popen with communicate/wait/terminate, and CPython's errors.
import subprocess, sys
r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r)
print(r.stdout.strip(), r.returncode)
print(subprocess.check_output(["printf", "a\\nb\\n"]))
print(subprocess.run("echo $((6*7))", shell=True, stdout=subprocess.PIPE).stdout)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, e.timeout >= 0.19)
print(subprocess.run(["cat"], input="piped text", capture_output=True, text=True).stdout)
print(subprocess.call(["true"]), subprocess.check_call(["true"]))
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
p = subprocess.Popen(["sh", "-c", "echo popen; exit 2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, err = p.communicate()
print(out, err, p.returncode, p.poll())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
print(subprocess.getoutput("echo hi"), subprocess.getstatusoutput("exit 1"))
print(subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True).stdout.strip())
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True).stdout.strip())
# expect: CompletedProcess(args=['echo', 'hello', 'world'], returncode=0, stdout='hello world\n', stderr='')
# expect: hello world 0
# expect: b'a\nb\n'
# expect: b'42\n'
# expect: 3 'out\n' 'err\n'
# expect: CalledProcessError: Command '['false']' returned non-zero exit status 1. 1
# expect: TimeoutExpired: ['sleep', '5'] True
# expect: piped text
# expect: 0 0
# expect: FileNotFoundError: [Errno 2] No such file or directory: 'no-such-program-xyz'
# expect: b'popen\n' None 2 2
# expect: -15
# expect: hi (1, '')
# expect: /tmp
# expect: bar
