"""Escribe sin parar desde un hijo."""
import multiprocessing


def hablar():
    while True:
        print("bla " * 50)


def main():
    p = multiprocessing.Process(target=hablar)
    p.start()
    p.join()
    return 0


if __name__ == "__main__":
    main()
