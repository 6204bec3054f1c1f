# esperado: carrera
# requiere: procesos
# contador.value += 1 son dos operaciones (leer y escribir, cada una con su propio cerrojo interno); dos procesos pueden leer el mismo valor y se pierde un incremento.
from multiprocessing import Process, Value

def trabajador(contador, n):
    for _ in range(n):
        contador.value += 1

if __name__ == "__main__":
    contador = Value("i", 0)
    procs = [Process(target=trabajador, args=(contador, 2000)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("Contador:", contador.value)
    assert contador.value == 4000, f"incrementos perdidos: {contador.value}"
