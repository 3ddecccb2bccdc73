assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 5
assert x > 0 and x < 10
print("done")
