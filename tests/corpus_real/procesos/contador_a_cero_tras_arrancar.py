# esperado: excepcion
# requiere: procesos
# Cuatro procesos cuentan con get_lock(), pero el principal pone el contador a cero DESPUÉS de arrancarlos: las visitas que un proceso contó antes de esa línea se pierden.
import multiprocessing


def contar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            contador.value += 1


if __name__ == "__main__":
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=contar, args=(contador, 200)) for _ in range(4)]
    for p in procesos:
        p.start()
    contador.value = 0
    for p in procesos:
        p.join()
    print("Visitas:", contador.value)
    assert contador.value == 800, contador.value
