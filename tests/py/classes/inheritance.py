class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.speak(), type(a).__name__, isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), Puppy.__bases__, Puppy.__base__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Puppy.__mro__)
