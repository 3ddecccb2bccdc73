import getopt, os
os.environ.pop("POSIXLY_CORRECT", None)
def t(f, *a):
    try:
        print(f.__name__, f(*a))
    except getopt.GetoptError as e:
        print(f.__name__, "ERR", type(e).__name__, repr(e.msg), repr(e.opt), str(e), e.args)
for f in (getopt.getopt, getopt.gnu_getopt):
    t(f, ["-a", "-b", "x", "file", "-c"], "ab:c")
    t(f, ["-abx", "-b", "y", "--", "-a"], "ab:")
    t(f, ["-ab"], "ab:")
    t(f, ["-z"], "ab:")
    t(f, ["--verb", "--out=f", "--out", "g", "rest"], "", ["verbose", "output="])
    t(f, ["--o"], "", ["output=", "other"])
    t(f, ["--output"], "", ["output="])
    t(f, ["--verbose=1"], "", ["verbose"])
    t(f, ["--nope"], "", ["verbose"])
    t(f, ["--ve"], "", "verbose")
    t(f, ["--a"], "", ["a", "ab"])
    t(f, ["--a="], "", ["a="])
    t(f, ["-", "-a"], "a")
    t(f, ["x", "-a", "y", "--", "-b"], "ab")
    t(f, ["x", "-a", "y"], "+ab")
    t(f, [], "a")
    t(f, ["-a", "--", "--"], "a")
    t(f, ["--=x"], "", ["x"])
os.environ["POSIXLY_CORRECT"] = "1"
t(getopt.gnu_getopt, ["x", "-a"], "a")
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError("m"); print(repr(e.opt), e.args, str(e))
print(getopt.__all__)
