class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"
class B(A):
    def who(self):
        return "B>" + A.who(self)
b = B()
print(b.who(), b.only_a())
B.who = lambda self: "patched"
print(b.who())
b.who = lambda: "instance"
print(b.who(), B.who(b))
del b.who
print(b.who())
A.new_method = lambda self: "added later"
print(b.new_method())
