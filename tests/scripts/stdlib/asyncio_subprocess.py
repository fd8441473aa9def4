# asyncio's subprocesses: create_subprocess_exec and _shell with pipes, line-by-line reading,
# communicate with input, exit statuses, stderr=STDOUT, several children at once, errors.
import asyncio
import sys


async def run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f'[{cmd!r} exited with {proc.returncode}]')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}')
    if stderr:
        print(f'[stderr]\n{stderr.decode()}')


async def lines():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "for i in 1 2 3; do echo line $i; done",
                                                stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print("read", line)
    print("exit", await proc.wait(), proc.returncode)


async def feed():
    proc = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"fed through stdin\n")
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec("sort", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    proc.stdin.write(b"b\na\nc\n")
    await proc.stdin.drain()
    proc.stdin.close()
    print(await proc.stdout.read(), await proc.wait())


async def merged():
    proc = await asyncio.create_subprocess_shell("echo out; sleep 0.05; echo err >&2",
                                                 stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, err = await proc.communicate()
    print(out, err, proc.stderr)


async def main():
    await run("echo hello")
    await run("ls /no/such/dir 2>&1 >/dev/null | wc -l; exit 2")
    await asyncio.gather(run("sleep 0.5; echo slow"), run("echo fast"))
    await lines()
    await feed()
    await merged()
    proc = await asyncio.create_subprocess_exec("sleep", "10")
    proc.terminate()
    print("terminated", await proc.wait())
    try:
        await asyncio.create_subprocess_exec("no-such-program-xyz")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno if hasattr(e, "errno") else "")
    try:
        await asyncio.create_subprocess_exec("echo", text=True)
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)


asyncio.run(main())
# expect: ['echo hello' exited with 0]
# expect: [stdout]
# expect: hello
# expect: 
# expect: ['ls /no/such/dir 2>&1 >/dev/null | wc -l; exit 2' exited with 2]
# expect: [stdout]
# expect: 1
# expect: 
# expect: ['echo fast' exited with 0]
# expect: [stdout]
# expect: fast
# expect: 
# expect: ['sleep 0.5; echo slow' exited with 0]
# expect: [stdout]
# expect: slow
# expect: 
# expect: read b'line 1\n'
# expect: read b'line 2\n'
# expect: read b'line 3\n'
# expect: exit 0 0
# expect: b'fed through stdin\n' None 0
# expect: b'a\nb\nc\n' 0
# expect: b'out\nerr\n' None None
# expect: terminated -15
# expect: FileNotFoundError 2
# expect: ValueError text must be False
# expect: -1 -2 -3
