# Tests for quopri, filecmp, cmd, dbm (dumb) and shelve.
import os, io, sys, tempfile, shutil, quopri, filecmp, cmd, shelve, dbm, dbm.dumb

# quopri
for s in [b"hello world", b"caf\xe9 = 1\tx \n", b"tab\tend\t\nline2 ", b"a" * 80 + b"=\n",
          b"under_score and space"]:
    e = quopri.encodestring(s)
    print(e, quopri.decodestring(e) == s)
print(quopri.encodestring(b"a b\tc", quotetabs=True), quopri.encodestring(b"a b_c", header=True))
print(quopri.decodestring(b"soft=\nbreak =3D=41 x=\n"), quopri.decodestring(b"a_b", header=True))

# filecmp
root = tempfile.mkdtemp()
A, B = os.path.join(root, "a"), os.path.join(root, "b")
for d in (A, B, os.path.join(A, "sub"), os.path.join(B, "sub")):
    os.mkdir(d)
def w(path, data):
    with open(path, "w") as f:
        f.write(data)
w(os.path.join(A, "same.txt"), "x"); w(os.path.join(B, "same.txt"), "x")
w(os.path.join(A, "diff.txt"), "abc"); w(os.path.join(B, "diff.txt"), "abdd")
w(os.path.join(A, "left.txt"), ""); w(os.path.join(B, "right.txt"), "")
os.mkdir(os.path.join(A, "clash")); w(os.path.join(B, "clash"), "f")
print(filecmp.cmp(os.path.join(A, "same.txt"), os.path.join(B, "same.txt"), shallow=False))
print(filecmp.cmp(os.path.join(A, "diff.txt"), os.path.join(B, "diff.txt"), shallow=False))
print(filecmp.cmp(os.path.join(A, "diff.txt"), os.path.join(A, "diff.txt")))
print(filecmp.cmpfiles(A, B, ["same.txt", "diff.txt", "missing"], shallow=False))
dc = filecmp.dircmp(A, B)
out = io.StringIO(); old = sys.stdout; sys.stdout = out
dc.report()
sys.stdout = old
print(out.getvalue().replace(root, "ROOT"), end="")
print(dc.common_dirs, dc.common_funny, dc.left_only, dc.right_only, sorted(dc.subdirs))
shutil.rmtree(root)

# cmd
class Shell(cmd.Cmd):
    prompt = "> "
    def do_greet(self, arg):
        "Greet someone."
        self.stdout.write("hello %s\n" % (arg or "world"))
    def do_add(self, arg):
        self.stdout.write("%d\n" % sum(int(x) for x in arg.split()))
    def help_topic(self):
        self.stdout.write("a misc topic\n")
    def do_quit(self, arg):
        "Quit."
        return True
out = io.StringIO()
sh = Shell(stdin=io.StringIO("greet\ngreet Bob\nadd 1 2 3\n\nbogus x\n?greet\nhelp add\nhelp\nhelp topic\nquit\n"), stdout=out)
sh.use_rawinput = False
sh.cmdloop("Welcome!")
print(out.getvalue())
print(sh.onecmd("greet again"), sh.parseline("add 1 2"))
sh.columnize(["alpha", "beta", "gamma", "delta"] * 8, 30)

# dbm.dumb and shelve
root = tempfile.mkdtemp()
base = os.path.join(root, "db")
with dbm.dumb.open(base, "c") as db:
    db["one"] = "1"; db[b"two"] = b"22"; db["one"] = "uno"
    print(sorted(db.keys()), db["one"], len(db), "two" in db)
    del db["two"]
with dbm.dumb.open(base, "r") as db:
    print(db.keys(), db.get(b"one"))
    try:
        db["x"] = "y"
    except dbm.dumb.error as e:
        print("error:", e)
try:
    dbm.open(os.path.join(root, "nope"), "r")
except dbm.error as e:
    print("error:", e)
with dbm.dumb.open(base, "n") as db:
    print(len(db))
with shelve.open(os.path.join(root, "shelf")) as sh:
    sh["k"] = {"a": [1, 2]}
    sh["n"] = 5
with shelve.open(os.path.join(root, "shelf"), writeback=True) as sh:
    sh["k"]["a"].append(3)
    print(sorted(sh.keys()), "n" in sh, sh.get("zz"))
with shelve.open(os.path.join(root, "shelf"), "r") as sh:
    print(sh["k"], sh["n"], len(sh))
sh = shelve.Shelf({})
sh["x"] = 1
print(sh["x"], list(sh))
shutil.rmtree(root)
print(os.path.exists(root))
# expect: b'hello world' True
# expect: b'caf=E9 =3D 1\tx=20\n' True
# expect: b'tab\tend=09\nline2=20' True
# expect: b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=\naaaaa=3D\n' True
# expect: b'under_score and space' True
# expect: b'a=20b=09c' b'a_b=5Fc'
# expect: b'softbreak =A x' b'a b'
# expect: True
# expect: False
# expect: True
# expect: (['same.txt'], ['diff.txt'], ['missing'])
# expect: diff ROOT/a ROOT/b
# expect: Only in ROOT/a : ['left.txt']
# expect: Only in ROOT/b : ['right.txt']
# expect: Identical files : ['same.txt']
# expect: Differing files : ['diff.txt']
# expect: Common subdirectories : ['sub']
# expect: Common funny cases : ['clash']
# expect: ['sub'] ['clash'] ['left.txt'] ['right.txt'] ['sub']
# expect: Welcome!
# expect: > hello world
# expect: > hello Bob
# expect: > 6
# expect: > 6
# expect: > *** Unknown syntax: bogus x
# expect: > Greet someone.
# expect: > *** No help on add
# expect: > 
# expect: Documented commands (type help <topic>):
# expect: ========================================
# expect: greet  help  quit
# expect: 
# expect: Miscellaneous help topics:
# expect: ==========================
# expect: topic
# expect: 
# expect: Undocumented commands:
# expect: ======================
# expect: add
# expect: 
# expect: > a misc topic
# expect: > 
# expect: None ('add', '1 2', 'add 1 2')
# expect: [b'one', b'two'] b'uno' 2 True
# expect: [b'one'] b'uno'
# expect: error: The database is opened for reading only
# expect: error: db file doesn't exist; use 'c' or 'n' flag to create a new db
# expect: 0
# expect: ['k', 'n'] True None
# expect: {'a': [1, 2, 3]} 5 2
# expect: 1 ['x']
# expect: False
