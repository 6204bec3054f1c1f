# esperado: aprobado
# Correcto: el modismo antiguo de _thread.start_new_thread, con un cerrojo que el hilo suelta al acabar
import _thread

resultados = []
cerrojo = _thread.allocate_lock()


def trabajar(n):
    for i in range(n):
        resultados.append(i)
    cerrojo.release()


cerrojo.acquire()
_thread.start_new_thread(trabajar, (10,))
cerrojo.acquire()
print(len(resultados), "elementos")
