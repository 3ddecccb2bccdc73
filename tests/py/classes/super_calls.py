class Base:
    def __init__(self):
        print("Base.__init__")
    def hello(self):
        return "Base"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
    def hello(self):
        return "Child>" + super().hello()
c = Child()
print(c.hello())
print(super(Left, c).hello())
class Meta:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Meta):
    @classmethod
    def create(cls):
        return "Sub:" + super().create()
print(Sub.create())
