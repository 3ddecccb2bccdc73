class A:
    def __init__(self):
        self.__secret = "A"
        self._protected = "p"
    def reveal(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B"
    def mine(self):
        return self.__secret
b = B()
print(b.reveal(), b.mine(), b._protected)
print(sorted(k for k in vars(b)))
try:
    b.__secret
except AttributeError as e:
    print(e)
print(b._A__secret, b._B__secret)
