# esperado: aprobado
# requiere: procesos
# El principal usa el candado para anunciar el arranque y lo suelta antes de
# esperar a los hijos, que lo usan para sumar: nadie espera a nadie en círculo.
import multiprocessing as mp


def sumar(candado, total):
    with candado:
        total.value += 1


if __name__ == "__main__":
    candado = mp.Lock()
    total = mp.Value("i", 0, lock=False)
    procesos = [mp.Process(target=sumar, args=(candado, total)) for _ in range(2)]
    for p in procesos:
        p.start()
    with candado:
        print("Arrancados:", len(procesos))
    for p in procesos:
        p.join()
    print("Total:", total.value)
