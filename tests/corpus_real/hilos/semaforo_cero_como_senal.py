# esperado: aprobado
# Semaphore(0) como señal de «he terminado» (idioma de los libros de sistemas
# operativos): cada trabajador hace release() al acabar y main hace un
# acquire() por trabajador antes de leer. El release sucede-antes que el
# acquire que lo consume, así que las lecturas de main están ordenadas.
import threading

hecho = threading.Semaphore(0)
partes = [0, 0, 0]


def trabajador(i):
    partes[i] = sum(range(i * 10, (i + 1) * 10))
    hecho.release()


for i in range(3):
    threading.Thread(target=trabajador, args=(i,), daemon=True).start()
for _ in range(3):
    hecho.acquire()
total = sum(partes)
assert total == sum(range(30)), total
print("total", total)
