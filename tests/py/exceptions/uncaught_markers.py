def compute(data):
    return data["values"][3] * 2
def outer():
    x = {"values": [1, 2]}
    return compute(x)
outer()
