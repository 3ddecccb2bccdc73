# in-place str += in a function (non-ASCII, interleaved with indexing)
def f():
    s = "é"
    for i in range(300):
        s += "ab☃"
        assert s[i] in "éab☃"
    print(len(s), s[-1], s[500], s[899:])
    t = ""
    for i in range(200000):
        t += "é"
    print(len(t))
f()
