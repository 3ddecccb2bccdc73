def load(d):
    try:
        return d["missing"]
    except KeyError:
        raise ValueError("could not load")
load({})
