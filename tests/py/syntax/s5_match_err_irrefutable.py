command = "go"
match command.split():
    case [action]:
        print(action)
    case other:
        print(other)
    case [action, obj]:
        print(obj)
