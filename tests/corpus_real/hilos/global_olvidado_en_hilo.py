# esperado: excepcion
# Falta `global total` en la función del hilo: `total += n` hace de `total` una
# variable local sin valor y cada hilo lanza UnboundLocalError en su primera
# vuelta, en todas las ejecuciones (el candado no tiene nada que ver).
import threading

total = 0
candado = threading.Lock()


def sumar(numeros):
    for n in numeros:
        with candado:
            total += n


hilos = [threading.Thread(target=sumar, args=(range(10),)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("total:", total)
