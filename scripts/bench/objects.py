"""Object allocation, attribute access and method calls."""
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)

class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.age = 0
    def step(self):
        self.pos = self.pos.add(self.vel)
        self.age += 1
        if self.age % 7 == 0:
            self.vel = self.vel.scale(-1)

particles = [Particle(i) for i in range(1000)]
for _ in range(300):
    for p in particles:
        p.step()
print("objects checksum", sum(p.pos.x + p.pos.y + p.age for p in particles))
