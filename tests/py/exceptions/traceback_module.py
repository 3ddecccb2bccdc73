import traceback
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError:
    text = traceback.format_exc()
print(text.replace(__file__, "FILE"))
try:
    outer()
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(len(traceback.extract_tb(e.__traceback__)), e.__traceback__.tb_lineno)
