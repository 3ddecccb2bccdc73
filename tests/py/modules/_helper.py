"""A helper module imported by the tests (not a test itself)."""
print("_helper is being imported, __name__ =", __name__)
GREETING = "hello from _helper"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __repr__(self):
        return "Thing()"
_hidden = "underscore"
if __name__ == "__main__":
    print("never printed when imported")
