class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key
class Detailed(Exception):
    def __str__(self):
        return "custom str " + str(self.args)
try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
try:
    raise Detailed(1, 2)
except Detailed as e:
    print(e, repr(e))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
