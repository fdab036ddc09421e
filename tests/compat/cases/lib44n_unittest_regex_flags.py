# unittest's regex assertions with compiled patterns keep their flags
# (CPython's test_http_cookiejar passes re.I patterns to assertRegex), and
# assertWarnsRegex checks the warning's text.
import re
import sys
import unittest
import warnings


class T(unittest.TestCase):
    def test_regex_flags(self):
        self.assertRegex("$Version=1; foo=bar", re.compile(r"^\$version=\"?1\"?", re.I))
        self.assertNotRegex("abc", re.compile("B$", re.I))

    def test_regex_flags_fail(self):
        self.assertRegex("abc", re.compile("^B", re.I))

    def test_not_regex_fail(self):
        self.assertNotRegex("xAbC", re.compile("abc", re.I))

    def test_raises_regex_flags(self):
        with self.assertRaisesRegex(ValueError, re.compile("BAD value", re.I)):
            raise ValueError("bad VALUE here")

    def test_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, "deprecated") as cm:
            warnings.warn("old and deprecated", UserWarning)
        print("warned:", cm.warning)

    def test_warns_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, re.compile("^gone")):
            warnings.warn("still here", UserWarning)

    def test_warns_regex_compiled_flags(self):
        with self.assertWarnsRegex(DeprecationWarning, re.compile("OLD", re.I)):
            warnings.warn("old api", DeprecationWarning)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print("run", result.testsRun)
for test, tb in sorted(result.failures, key=lambda f: f[0].id()):
    print("FAIL", test.id().split(".")[-1], tb.strip().splitlines()[-1])
print("errors", len(result.errors))
