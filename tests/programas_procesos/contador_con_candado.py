"""Contador compartido (multiprocessing.Value) incrementado con o sin su candado."""
import multiprocessing

def incrementar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            contador.value += 1

def main(n_procesos=4, veces=1000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=incrementar, args=(contador, veces)) for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print("total", contador.value)
    return contador.value

if __name__ == "__main__":
    main()
