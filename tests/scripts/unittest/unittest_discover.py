# TestLoader().discover(start_dir, pattern): test modules found by file name in a folder
# and its packages (folders with __init__.py), imported by their names from the top-level
# folder, in sorted order; a module that fails to import gives a failing test; load_tests;
# a start folder that is not a package. Then `python -m unittest` in that folder: named
# modules, classes, methods and files, -v, -k, -q, discovery by default and with
# `discover -s -p`, and the exit status.
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
import io

root = tempfile.mkdtemp()


def write(relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(textwrap.dedent(text))


write('test_alpha.py', '''
    import unittest
    class AlphaTests(unittest.TestCase):
        def test_one(self):
            pass
        def test_two(self):
            self.assertIn(3, [1, 2])
        def test_three(self):
            pass
''')
write('test_broken.py', 'import a_module_that_does_not_exist\n')
write('helper.py', 'VALUE = 1\n')
write('check_other.py', '''
    import unittest
    class OtherTests(unittest.TestCase):
        def test_other(self):
            pass
''')
write('pkg/__init__.py', '')
write('pkg/test_inner.py', '''
    import unittest
    class InnerTests(unittest.TestCase):
        def test_inner(self):
            pass
''')
write('pkg/sub/__init__.py', '')
write('pkg/sub/test_deep.py', '''
    import unittest
    class DeepTests(unittest.TestCase):
        def test_deep_a(self):
            pass
        def test_deep_b(self):
            pass
''')
write('loaded/__init__.py', '''
    import unittest
    class Chosen(unittest.TestCase):
        def test_chosen(self):
            pass
    def load_tests(loader, tests, pattern):
        return unittest.TestSuite([Chosen('test_chosen')])
''')
write('loaded/test_ignored.py', '''
    import unittest
    class Ignored(unittest.TestCase):
        def test_ignored(self):
            pass
''')
write('plain_folder/test_unreached.py', '''
    import unittest
    class Unreached(unittest.TestCase):
        def test_unreached(self):
            pass
''')


def ids(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from ids(test)
        else:
            yield test.id()


loader = unittest.TestLoader()
suite = loader.discover(root, pattern='test*.py')
print(suite.countTestCases())
for test_id in ids(suite):
    print(' ', test_id)
print(len(loader.errors), loader.errors[0].splitlines()[0])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
for line in stream.getvalue().splitlines():
    if ' ... ' in line or line.startswith(('FAIL:', 'ERROR:', 'AssertionError')):
        print('|', line)
print(list(ids(unittest.TestLoader().discover(root, pattern='check_*.py'))))
print(list(ids(unittest.TestLoader().discover(root, pattern='test_deep*.py'))))
print(list(ids(unittest.TestLoader().discover(os.path.join(root, 'pkg'), top_level_dir=root))))
try:
    unittest.TestLoader().discover(os.path.join(root, 'plain_folder'), top_level_dir=root)
except ImportError as e:
    print('ImportError:', str(e).replace(root, 'ROOT'))


def run_unittest(*args):
    """python -m unittest ARGS in the folder: the report without timings, and the status."""
    done = subprocess.run([sys.executable, '-m', 'unittest'] + list(args), cwd=root,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print('== -m unittest', ' '.join(args), '-> exit status', done.returncode)
    for line in done.stdout.splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        if not line.startswith(('  File', '    ')) and 'Traceback' not in line:
            print('|', line)


run_unittest('-v', 'check_other')
run_unittest('check_other.OtherTests', 'pkg.test_inner')
run_unittest('-v', 'test_alpha.AlphaTests.test_one', 'pkg/sub/test_deep.py')
run_unittest('-v', '-k', 'deep_b', 'pkg.sub.test_deep')
run_unittest('-q', 'test_alpha')
run_unittest('-k', 'inner')
run_unittest('discover', '-s', 'pkg', '-p', 'test_*.py', '-t', '.', '-v')

import shutil
shutil.rmtree(root)

# expect: 8
# expect:   loaded.Chosen.test_chosen
# expect:   pkg.sub.test_deep.DeepTests.test_deep_a
# expect:   pkg.sub.test_deep.DeepTests.test_deep_b
# expect:   pkg.test_inner.InnerTests.test_inner
# expect:   test_alpha.AlphaTests.test_one
# expect:   test_alpha.AlphaTests.test_three
# expect:   test_alpha.AlphaTests.test_two
# expect:   unittest.loader._FailedTest.test_broken
# expect: 1 Failed to import test module: test_broken
# expect: 8 1 1
# expect: | test_chosen (loaded.Chosen.test_chosen) ... ok
# expect: | test_deep_a (pkg.sub.test_deep.DeepTests.test_deep_a) ... ok
# expect: | test_deep_b (pkg.sub.test_deep.DeepTests.test_deep_b) ... ok
# expect: | test_inner (pkg.test_inner.InnerTests.test_inner) ... ok
# expect: | test_one (test_alpha.AlphaTests.test_one) ... ok
# expect: | test_three (test_alpha.AlphaTests.test_three) ... ok
# expect: | test_two (test_alpha.AlphaTests.test_two) ... FAIL
# expect: | test_broken (unittest.loader._FailedTest.test_broken) ... ERROR
# expect: | ERROR: test_broken (unittest.loader._FailedTest.test_broken)
# expect: | FAIL: test_two (test_alpha.AlphaTests.test_two)
# expect: | AssertionError: 3 not found in [1, 2]
# expect: ['check_other.OtherTests.test_other', 'loaded.Chosen.test_chosen']
# expect: ['loaded.Chosen.test_chosen', 'pkg.sub.test_deep.DeepTests.test_deep_a', 'pkg.sub.test_deep.DeepTests.test_deep_b']
# expect: ['pkg.sub.test_deep.DeepTests.test_deep_a', 'pkg.sub.test_deep.DeepTests.test_deep_b', 'pkg.test_inner.InnerTests.test_inner']
# expect: ImportError: Start directory is not importable: 'ROOT/plain_folder'
# expect: == -m unittest -v check_other -> exit status 0
# expect: | test_other (check_other.OtherTests.test_other) ... ok
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 1 test
# expect: | 
# expect: | OK
# expect: == -m unittest check_other.OtherTests pkg.test_inner -> exit status 0
# expect: | ..
# expect: | ----------------------------------------------------------------------
# expect: | Ran 2 tests
# expect: | 
# expect: | OK
# expect: == -m unittest -v test_alpha.AlphaTests.test_one pkg/sub/test_deep.py -> exit status 0
# expect: | test_one (test_alpha.AlphaTests.test_one) ... ok
# expect: | test_deep_a (pkg.sub.test_deep.DeepTests.test_deep_a) ... ok
# expect: | test_deep_b (pkg.sub.test_deep.DeepTests.test_deep_b) ... ok
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 3 tests
# expect: | 
# expect: | OK
# expect: == -m unittest -v -k deep_b pkg.sub.test_deep -> exit status 0
# expect: | test_deep_b (pkg.sub.test_deep.DeepTests.test_deep_b) ... ok
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 1 test
# expect: | 
# expect: | OK
# expect: == -m unittest -q test_alpha -> exit status 1
# expect: | ======================================================================
# expect: | FAIL: test_two (test_alpha.AlphaTests.test_two)
# expect: | ----------------------------------------------------------------------
# expect: | AssertionError: 3 not found in [1, 2]
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 3 tests
# expect: | 
# expect: | FAILED (failures=1)
# expect: == -m unittest -k inner -> exit status 1
# expect: | ..E
# expect: | ======================================================================
# expect: | ERROR: test_broken (unittest.loader._FailedTest.test_broken)
# expect: | ----------------------------------------------------------------------
# expect: | ImportError: Failed to import test module: test_broken
# expect: | ModuleNotFoundError: No module named 'a_module_that_does_not_exist'
# expect: | 
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 3 tests
# expect: | 
# expect: | FAILED (errors=1)
# expect: == -m unittest discover -s pkg -p test_*.py -t . -v -> exit status 0
# expect: | test_deep_a (pkg.sub.test_deep.DeepTests.test_deep_a) ... ok
# expect: | test_deep_b (pkg.sub.test_deep.DeepTests.test_deep_b) ... ok
# expect: | test_inner (pkg.test_inner.InnerTests.test_inner) ... ok
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 3 tests
# expect: | 
# expect: | OK
