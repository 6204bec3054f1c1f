# esperado: interbloqueo
# requiere: procesos
# El principal toma el candado «para que nadie toque el total mientras
# arrancan» y, sin soltarlo, espera con join() a los hijos; cada hijo necesita
# ese mismo candado para sumar: el principal espera a los hijos y los hijos al
# candado del principal.
import multiprocessing as mp


def sumar(candado, total):
    with candado:
        total.value += 1


if __name__ == "__main__":
    candado = mp.Lock()
    total = mp.Value("i", 0, lock=False)
    with candado:
        procesos = [mp.Process(target=sumar, args=(candado, total)) for _ in range(2)]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
    print("Total:", total.value)
