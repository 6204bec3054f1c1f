"""Un hijo que no termina nunca (gasta CPU), y otro que deja su pgid escrito."""
import multiprocessing
import os


def girar():
    while True:
        pass


def main(archivo_grupo=""):
    if archivo_grupo:
        with open(archivo_grupo, "w") as f:
            f.write(str(os.getpgid(0)))
    procesos = [multiprocessing.Process(target=girar) for _ in range(2)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    return 0


if __name__ == "__main__":
    main()
