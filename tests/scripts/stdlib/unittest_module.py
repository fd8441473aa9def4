# unittest: a TestCase run by main() and by TextTestRunner (verbose lines, dots, failure
# blocks with the test's own frames, the summary), setUpClass/setUp/tearDown, skip,
# expectedFailure, subTest, assertRaises, the assert messages, suites, main(argv=...).
import unittest, sys

class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.x = 2
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_add(self):
        """Adds numbers."""
        self.assertEqual(self.x + 2, 4)
    def test_fail(self):
        self.assertEqual(self.x, 3)
    def test_error(self):
        raise ValueError("boom")
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught", type(cm.exception).__name__)
        self.assertRaises(KeyError, {}.__getitem__, 'k')
    def test_msgs(self):
        checks = [lambda: self.assertTrue(0), lambda: self.assertFalse(1), lambda: self.assertIn(1, [2]), lambda: self.assertNotIn(1, [1]),
                  lambda: self.assertIs(1, None), lambda: self.assertIsNone(1), lambda: self.assertIsNotNone(None), lambda: self.assertIsInstance(1, str),
                  lambda: self.assertNotEqual(1, 1), lambda: self.assertGreater(1, 2), lambda: self.assertGreaterEqual(1, 2), lambda: self.assertLess(2, 1),
                  lambda: self.assertLessEqual(2, 1), lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertEqual(1, 2, "custom"),
                  lambda: self.assertRaises(ValueError, lambda: None), lambda: self.assertRegex("abc", "x+"), lambda: self.fail("explicit"),
                  lambda: self.assertCountEqual([1, 2], [2, 2]), lambda: self.assertEqual("a", "b"), lambda: self.assertIsNot(None, None),
                  lambda: self.assertNotAlmostEqual(1.0, 1.0)]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print("msg:", str(e).splitlines()[0])

import re, io
class Stdout(io.StringIO):
    # The report with the run's duration and this file's path made stable.
    def write(self, text):
        text = re.sub(r'in \d+\.\d+s', 'in T', text).replace(__file__, 'FILE')
        return sys.stdout.write(text)
if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=Stdout(), verbosity=2), exit=False)
    result = unittest.TextTestRunner(stream=Stdout(), verbosity=0).run(unittest.TestLoader().loadTestsFromTestCase(Calc))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())

class Dots(unittest.TestCase):
    def test_ok(self):
        self.assertEqual([1, 2], [1, 2])
    def test_list_differ(self):
        self.assertEqual([1, 2], [1, 3])
suite = unittest.TestSuite([Dots('test_ok'), Dots('test_list_differ')])
r = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(r, r.failures[0][1].splitlines()[4:8])
try:
    unittest.main(argv=['prog', 'Dots.test_ok'], testRunner=unittest.TextTestRunner(stream=Stdout()))
except SystemExit as e:
    print('exit', e.code)

# expect: setUpClass
# expect: test_add (__main__.Calc.test_add)
# expect: Adds numbers. ... tearDown test_add
# expect: ok
# expect: test_error (__main__.Calc.test_error) ... ERROR
# expect: tearDown test_error
# expect: test_fail (__main__.Calc.test_fail) ... FAIL
# expect: tearDown test_fail
# expect: test_msgs (__main__.Calc.test_msgs) ... msg: 0 is not true
# expect: msg: 1 is not false
# expect: msg: 1 not found in [2]
# expect: msg: 1 unexpectedly found in [1]
# expect: msg: 1 is not None
# expect: msg: 1 is not None
# expect: msg: unexpectedly None
# expect: msg: 1 is not an instance of <class 'str'>
# expect: msg: 1 == 1
# expect: msg: 1 not greater than 2
# expect: msg: 1 not greater than or equal to 2
# expect: msg: 2 not less than 1
# expect: msg: 2 not less than or equal to 1
# expect: msg: 1.0 != 1.1 within 7 places (0.10000000000000009 difference)
# expect: msg: 1 != 2 : custom
# expect: msg: ValueError not raised by <lambda>
# expect: msg: Regex didn't match: 'x+' not found in 'abc'
# expect: msg: explicit
# expect: msg: Element counts were not equal:
# expect: msg: 'a' != 'b'
# expect: msg: unexpectedly identical: None
# expect: msg: 1.0 == 1.0 within 7 places
# expect: tearDown test_msgs
# expect: ok
# expect: test_raises (__main__.Calc.test_raises) ... caught ZeroDivisionError
# expect: tearDown test_raises
# expect: ok
# expect: test_skip (__main__.Calc.test_skip) ... skipped 'not now'
# expect: test_sub (__main__.Calc.test_sub) ... 
# expect:   test_sub (__main__.Calc.test_sub) (i=2) ... FAIL
# expect: tearDown test_sub
# expect: test_xfail (__main__.Calc.test_xfail) ... tearDown test_xfail
# expect: expected failure
# expect: 
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Calc.test_error)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 20, in test_error
# expect:     raise ValueError("boom")
# expect: ValueError: boom
# expect: 
# expect: ======================================================================
# expect: FAIL: test_fail (__main__.Calc.test_fail)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 18, in test_fail
# expect:     self.assertEqual(self.x, 3)
# expect: AssertionError: 2 != 3
# expect: 
# expect: ======================================================================
# expect: FAIL: test_sub (__main__.Calc.test_sub) (i=2)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 30, in test_sub
# expect:     self.assertLess(i, 2)
# expect: AssertionError: 2 not less than 2
# expect: 
# expect: ----------------------------------------------------------------------
# expect: Ran 8 tests in T
# expect: 
# expect: FAILED (failures=2, errors=1, skipped=1, expected failures=1)
# expect: setUpClass
# expect: tearDown test_add
# expect: tearDown test_error
# expect: tearDown test_fail
# expect: msg: 0 is not true
# expect: msg: 1 is not false
# expect: msg: 1 not found in [2]
# expect: msg: 1 unexpectedly found in [1]
# expect: msg: 1 is not None
# expect: msg: 1 is not None
# expect: msg: unexpectedly None
# expect: msg: 1 is not an instance of <class 'str'>
# expect: msg: 1 == 1
# expect: msg: 1 not greater than 2
# expect: msg: 1 not greater than or equal to 2
# expect: msg: 2 not less than 1
# expect: msg: 2 not less than or equal to 1
# expect: msg: 1.0 != 1.1 within 7 places (0.10000000000000009 difference)
# expect: msg: 1 != 2 : custom
# expect: msg: ValueError not raised by <lambda>
# expect: msg: Regex didn't match: 'x+' not found in 'abc'
# expect: msg: explicit
# expect: msg: Element counts were not equal:
# expect: msg: 'a' != 'b'
# expect: msg: unexpectedly identical: None
# expect: msg: 1.0 == 1.0 within 7 places
# expect: tearDown test_msgs
# expect: caught ZeroDivisionError
# expect: tearDown test_raises
# expect: tearDown test_sub
# expect: tearDown test_xfail
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Calc.test_error)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 20, in test_error
# expect:     raise ValueError("boom")
# expect: ValueError: boom
# expect: 
# expect: ======================================================================
# expect: FAIL: test_fail (__main__.Calc.test_fail)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 18, in test_fail
# expect:     self.assertEqual(self.x, 3)
# expect: AssertionError: 2 != 3
# expect: 
# expect: ======================================================================
# expect: FAIL: test_sub (__main__.Calc.test_sub) (i=2)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 30, in test_sub
# expect:     self.assertLess(i, 2)
# expect: AssertionError: 2 not less than 2
# expect: 
# expect: ----------------------------------------------------------------------
# expect: Ran 8 tests in T
# expect: 
# expect: FAILED (failures=2, errors=1, skipped=1, expected failures=1)
# expect: 8 2 1 1 1 False
# expect: <unittest.runner.TextTestResult run=2 errors=0 failures=1> ['', 'First differing element 1:', '2', '3']
# expect: .
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test in T
# expect: 
# expect: OK
# expect: exit False
