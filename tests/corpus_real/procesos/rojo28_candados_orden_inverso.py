# esperado: interbloqueo
# requiere: procesos
# dos procesos transfieren entre dos cuentas tomando los candados en orden inverso
import time
from multiprocessing import Lock, Process, Value


def transferir(origen, destino, candado_origen, candado_destino, veces):
    for _ in range(veces):
        with candado_origen:
            time.sleep(0.001)          # simula validar la operación
            with candado_destino:
                origen.value -= 1
                destino.value += 1


if __name__ == "__main__":
    a, b = Value("i", 100, lock=False), Value("i", 100, lock=False)
    la, lb = Lock(), Lock()
    p1 = Process(target=transferir, args=(a, b, la, lb, 50))
    p2 = Process(target=transferir, args=(b, a, lb, la, 50))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print("saldos:", a.value, b.value)
    assert a.value + b.value == 200
