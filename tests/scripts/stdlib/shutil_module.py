# shutil: copyfile, copy, copytree with ignore_patterns, move, rmtree (ignore_errors), which,
# get_terminal_size; os.listdir's errors for a missing path and for a file.
import shutil, os, tempfile
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "inner"))
    for rel, text in [("a.txt", "A"), ("b.log", "B"), ("inner/c.txt", "C")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    print(os.path.basename(shutil.copy(os.path.join(src, "a.txt"), d)))
    print(open(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(d, "copy.txt"))).read())
    dst = shutil.copytree(src, os.path.join(d, "dst"), ignore=shutil.ignore_patterns("*.log"))
    print(sorted(os.listdir(dst)), sorted(os.listdir(os.path.join(dst, "inner"))))
    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError")
    moved = shutil.move(os.path.join(d, "copy.txt"), os.path.join(d, "dst"))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, "copy.txt")))
    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError")
print(shutil.which("sh") is not None, shutil.which("no-such-cmd-xyz"), os.path.basename(shutil.which("sh")))
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "30"
print(shutil.get_terminal_size())
for p in ["/tmp/nope_dir_xyz", "/etc/hostname"]:
    try:
        os.listdir(p)
    except OSError as e:
        print(type(e).__name__, e)
# expect: a.txt
# expect: A
# expect: ['a.txt', 'inner'] ['c.txt']
# expect: SameFileError
# expect: dst/copy.txt False
# expect: False ['a.txt', 'src']
# expect: FileNotFoundError
# expect: True None sh
# expect: os.terminal_size(columns=100, lines=30)
# expect: FileNotFoundError [Errno 2] No such file or directory: '/tmp/nope_dir_xyz'
# expect: NotADirectoryError [Errno 20] Not a directory: '/etc/hostname'
