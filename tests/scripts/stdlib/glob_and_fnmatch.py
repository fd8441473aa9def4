# fnmatch (fnmatch, filter, translate) and glob (patterns, hidden files, directories only,
# ** with recursive=True, root_dir, escape).
import glob, fnmatch, os, tempfile
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.fnmatch("file.txt", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x"), fnmatch.fnmatchcase("A.PY", "*.py"))
old_cwd = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    try:
        for name in ["a.py", "b.py", "c.txt", ".hidden.py"]:
            open(name, "w").close()
        os.makedirs("sub/deep")
        open("sub/d.py", "w").close()
        open("sub/deep/e.py", "w").close()
        print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob("sub/*.py")))
        print(sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("**", recursive=True)))
        print(sorted(glob.glob("*/")), glob.glob("nothing*"), glob.glob("a.py"), glob.escape("a*[b]?"))
        print(sorted(glob.glob(os.path.join(d, "*.txt"))) == [os.path.join(d, "c.txt")], sorted(glob.glob("*.py", root_dir="sub")))
    finally:
        os.chdir(old_cwd)
# expect: True False ['a.py', 'c.py']
# expect: (?s:.*\.py)\Z (?s:[^a-c].x)\Z False
# expect: ['a.py', 'b.py'] ['a.py', 'b.py', 'c.txt', 'sub'] ['sub/d.py']
# expect: ['a.py', 'b.py', 'sub/d.py', 'sub/deep/e.py'] ['a.py', 'b.py', 'c.txt', 'sub', 'sub/d.py', 'sub/deep', 'sub/deep/e.py']
# expect: ['sub/'] [] ['a.py'] a[*][[]b][?]
# expect: True ['d.py']
