# unittest's module fixtures (setUpModule/tearDownModule around the module's tests, a
# failing setUpModule reported as an error and its tests not run), class fixtures and
# class cleanups, main(argv=[..., '-k', pattern]) selecting tests by name, failfast from
# TextTestRunner, from main(failfast=True) and from -f.
import io
import sys
import unittest

events = []


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Alpha(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass Alpha')
        cls.addClassCleanup(events.append, 'class cleanup Alpha')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass Alpha')

    def test_first(self):
        events.append('Alpha.test_first')

    def test_second(self):
        events.append('Alpha.test_second')
        self.assertEqual([1, 2], [1, 3])

    def test_third(self):
        events.append('Alpha.test_third')


class Beta(unittest.TestCase):
    def test_match_one(self):
        events.append('Beta.test_match_one')

    def test_other(self):
        events.append('Beta.test_other')
        raise KeyError('boom')


def run_main(argv, **kwargs):
    """main() with its report in a string; prints the report's lines but the timing."""
    del events[:]
    unittest.defaultTestLoader.testNamePatterns = None
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        program = unittest.main(module='__main__', argv=argv, exit=False, **kwargs)
    finally:
        report = sys.stderr.getvalue()
        sys.stderr = saved
    print('== main', argv[1:], kwargs)
    for line in report.splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        if not line.startswith('  File '):
            print('|', line)
    print('events:', events)
    print('run=%d failures=%d errors=%d shouldStop=%s' % (
        program.result.testsRun, len(program.result.failures), len(program.result.errors),
        program.result.shouldStop))


run_main(['prog', '-v'])
run_main(['prog', '-k', 'match'])
run_main(['prog', '-v', '-k', 'Alpha.test_t*', '-k', 'other'])
run_main(['prog', '-k', 'nothing_matches'])
run_main(['prog', '-q', '-f'])
run_main(['prog'], failfast=True)
run_main(['prog', '-v', 'Beta', 'Alpha.test_first'])

# failfast with TextTestRunner
del events[:]
stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Beta)
result = unittest.TextTestRunner(stream=stream, failfast=True, verbosity=2).run(
    unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(Alpha), suite]))
print([line for line in stream.getvalue().splitlines() if ' ... ' in line])
print(result.testsRun, result.shouldStop, events)

# a failing setUpModule: its module's tests do not run, the error is reported
import types
broken = types.ModuleType('broken_fixture')
sys.modules['broken_fixture'] = broken


def failing_setup():
    raise RuntimeError('no database')


broken.setUpModule = failing_setup
broken.tearDownModule = lambda: print('never called')


class InBroken(unittest.TestCase):
    def test_never(self):
        print('never run')


InBroken.__module__ = 'broken_fixture'
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(InBroken))
for line in stream.getvalue().splitlines():
    if line and not line.startswith(('  File', 'Ran ', '    ')):
        print('|', line)
print(result.testsRun, [str(test) for test, _ in result.errors])

# a setUpClass raising SkipTest skips the class
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('not here')

    def test_a(self):
        pass


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Skipped))
print([line for line in stream.getvalue().splitlines() if 'skip' in line.lower()], result.skipped[0][1])

# the loader's name patterns
loader = unittest.TestLoader()
loader.testNamePatterns = ['*first*', '*Beta.test_o*']
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Beta))

# expect: == main ['-v'] {}
# expect: | test_first (__main__.Alpha.test_first) ... ok
# expect: | test_second (__main__.Alpha.test_second) ... FAIL
# expect: | test_third (__main__.Alpha.test_third) ... ok
# expect: | test_match_one (__main__.Beta.test_match_one) ... ok
# expect: | test_other (__main__.Beta.test_other) ... ERROR
# expect: | 
# expect: | ======================================================================
# expect: | ERROR: test_other (__main__.Beta.test_other)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     raise KeyError('boom')
# expect: | KeyError: 'boom'
# expect: | 
# expect: | ======================================================================
# expect: | FAIL: test_second (__main__.Alpha.test_second)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     self.assertEqual([1, 2], [1, 3])
# expect: | AssertionError: Lists differ: [1, 2] != [1, 3]
# expect: | 
# expect: | First differing element 1:
# expect: | 2
# expect: | 3
# expect: | 
# expect: | - [1, 2]
# expect: | ?     ^
# expect: | 
# expect: | + [1, 3]
# expect: | ?     ^
# expect: | 
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 5 tests
# expect: | 
# expect: | FAILED (failures=1, errors=1)
# expect: events: ['setUpModule', 'setUpClass Alpha', 'Alpha.test_first', 'Alpha.test_second', 'Alpha.test_third', 'tearDownClass Alpha', 'class cleanup Alpha', 'Beta.test_match_one', 'Beta.test_other', 'tearDownModule']
# expect: run=5 failures=1 errors=1 shouldStop=False
# expect: == main ['-k', 'match'] {}
# expect: | .
# expect: | ----------------------------------------------------------------------
# expect: | Ran 1 test
# expect: | 
# expect: | OK
# expect: events: ['setUpModule', 'Beta.test_match_one', 'tearDownModule']
# expect: run=1 failures=0 errors=0 shouldStop=False
# expect: == main ['-v', '-k', 'Alpha.test_t*', '-k', 'other'] {}
# expect: | test_other (__main__.Beta.test_other) ... ERROR
# expect: | 
# expect: | ======================================================================
# expect: | ERROR: test_other (__main__.Beta.test_other)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     raise KeyError('boom')
# expect: | KeyError: 'boom'
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 1 test
# expect: | 
# expect: | FAILED (errors=1)
# expect: events: ['setUpModule', 'Beta.test_other', 'tearDownModule']
# expect: run=1 failures=0 errors=1 shouldStop=False
# expect: == main ['-k', 'nothing_matches'] {}
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 0 tests
# expect: | 
# expect: | OK
# expect: events: []
# expect: run=0 failures=0 errors=0 shouldStop=False
# expect: == main ['-q', '-f'] {}
# expect: | ======================================================================
# expect: | FAIL: test_second (__main__.Alpha.test_second)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     self.assertEqual([1, 2], [1, 3])
# expect: | AssertionError: Lists differ: [1, 2] != [1, 3]
# expect: | 
# expect: | First differing element 1:
# expect: | 2
# expect: | 3
# expect: | 
# expect: | - [1, 2]
# expect: | ?     ^
# expect: | 
# expect: | + [1, 3]
# expect: | ?     ^
# expect: | 
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 2 tests
# expect: | 
# expect: | FAILED (failures=1)
# expect: events: ['setUpModule', 'setUpClass Alpha', 'Alpha.test_first', 'Alpha.test_second', 'tearDownClass Alpha', 'class cleanup Alpha', 'tearDownModule']
# expect: run=2 failures=1 errors=0 shouldStop=True
# expect: == main [] {'failfast': True}
# expect: | .F
# expect: | ======================================================================
# expect: | FAIL: test_second (__main__.Alpha.test_second)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     self.assertEqual([1, 2], [1, 3])
# expect: | AssertionError: Lists differ: [1, 2] != [1, 3]
# expect: | 
# expect: | First differing element 1:
# expect: | 2
# expect: | 3
# expect: | 
# expect: | - [1, 2]
# expect: | ?     ^
# expect: | 
# expect: | + [1, 3]
# expect: | ?     ^
# expect: | 
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 2 tests
# expect: | 
# expect: | FAILED (failures=1)
# expect: events: ['setUpModule', 'setUpClass Alpha', 'Alpha.test_first', 'Alpha.test_second', 'tearDownClass Alpha', 'class cleanup Alpha', 'tearDownModule']
# expect: run=2 failures=1 errors=0 shouldStop=True
# expect: == main ['-v', 'Beta', 'Alpha.test_first'] {}
# expect: | test_match_one (__main__.Beta.test_match_one) ... ok
# expect: | test_other (__main__.Beta.test_other) ... ERROR
# expect: | test_first (__main__.Alpha.test_first) ... ok
# expect: | 
# expect: | ======================================================================
# expect: | ERROR: test_other (__main__.Beta.test_other)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: |     raise KeyError('boom')
# expect: | KeyError: 'boom'
# expect: | 
# expect: | ----------------------------------------------------------------------
# expect: | Ran 3 tests
# expect: | 
# expect: | FAILED (errors=1)
# expect: events: ['setUpModule', 'Beta.test_match_one', 'Beta.test_other', 'setUpClass Alpha', 'Alpha.test_first', 'tearDownClass Alpha', 'class cleanup Alpha', 'tearDownModule']
# expect: run=3 failures=0 errors=1 shouldStop=False
# expect: ['test_first (__main__.Alpha.test_first) ... ok', 'test_second (__main__.Alpha.test_second) ... FAIL']
# expect: 2 True ['setUpModule', 'setUpClass Alpha', 'Alpha.test_first', 'Alpha.test_second', 'tearDownClass Alpha', 'class cleanup Alpha', 'tearDownModule']
# expect: | setUpModule (broken_fixture) ... ERROR
# expect: | ======================================================================
# expect: | ERROR: setUpModule (broken_fixture)
# expect: | ----------------------------------------------------------------------
# expect: | Traceback (most recent call last):
# expect: | RuntimeError: no database
# expect: | ----------------------------------------------------------------------
# expect: | FAILED (errors=1)
# expect: 0 ['setUpModule (broken_fixture)']
# expect: ["setUpClass (__main__.Skipped) ... skipped 'not here'", 'OK (skipped=1)'] not here
# expect: ['test_first'] ['test_other']
