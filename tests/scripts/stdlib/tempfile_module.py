# tempfile: TemporaryDirectory (removed with its contents), NamedTemporaryFile (removed on
# close), mkdtemp, gettempdir; the output CPython 3.11 printed.
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w") as f:
        f.write("hello\n")
    os.makedirs(os.path.join(d, "sub", "deeper"))
    open(os.path.join(d, "sub", "deeper", "x"), "w").close()
    print(os.path.isdir(d), os.path.exists(path), sorted(os.listdir(d)), d.startswith(tempfile.gettempdir()))
print(os.path.exists(d))
with tempfile.NamedTemporaryFile("w+", suffix=".log") as t:
    t.write("abc"); t.seek(0); print(t.read(), t.name.endswith(".log"), os.path.exists(t.name))
    name = t.name
print(os.path.exists(name))
dd = tempfile.mkdtemp(prefix="mp_"); print(os.path.basename(dd).startswith("mp_"), os.path.isdir(dd)); os.rmdir(dd)
print(tempfile.gettempprefix(), isinstance(tempfile.gettempdir(), str))
# expect: True True ['data.txt', 'sub'] True
# expect: False
# expect: abc True True
# expect: False
# expect: True True
# expect: tmp True
