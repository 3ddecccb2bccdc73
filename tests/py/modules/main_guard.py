def main():
    print("main() ran, __name__ =", __name__)
if __name__ == "__main__":
    main()
import _helper
