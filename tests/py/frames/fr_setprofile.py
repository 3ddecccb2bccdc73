import sys

events = []
def prof(frame, event, arg):
    name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
    events.append((event, name, frame.f_code.co_name))

def helper(x):
    return len([x]) + abs(-x)

def gen():
    yield 1
    yield 2

def main():
    helper(3)
    list(gen())
    try:
        int("zz")
    except ValueError:
        pass
    return sorted([3, 1, 2])

sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
