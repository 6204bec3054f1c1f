# esperado: aprobado
# requiere: procesos
# El incremento de Value se hace dentro de get_lock(), y cada proceso escribe solo su casilla de Array: no hay actualizaciones perdidas.
from multiprocessing import Process, Value, Array

def trabajador(contador, casillas, idx, n):
    for _ in range(n):
        with contador.get_lock():
            contador.value += 1
    casillas[idx] = n

if __name__ == "__main__":
    contador = Value("i", 0)
    casillas = Array("i", 3)
    procs = [Process(target=trabajador, args=(contador, casillas, i, 50)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert contador.value == 150, contador.value
    assert list(casillas) == [50, 50, 50]
    print("Contador:", contador.value, "casillas:", list(casillas))
