# esperado: interbloqueo
# requiere: procesos
# Proceso A toma lock_disco y luego lock_red; B al revés. Si A toma lock_disco y B lock_red antes de que ninguno tome el segundo, ambos esperan para siempre (y main en join).
from multiprocessing import Process, Lock, Value

def copiar(primero, segundo, contador):
    for _ in range(200):
        with primero:
            with segundo:
                contador.value += 1

if __name__ == "__main__":
    lock_disco, lock_red = Lock(), Lock()
    contador = Value("i", 0, lock=False)
    a = Process(target=copiar, args=(lock_disco, lock_red, contador))
    b = Process(target=copiar, args=(lock_red, lock_disco, contador))
    a.start(); b.start()
    a.join(); b.join()
    print("Copias:", contador.value)
