match p:
    case Point(x=0, 1):
        pass
