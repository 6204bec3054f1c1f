# esperado: incompleto
# A medias: el daemon suelta el cerrojo a mitad de su trabajo; main lo toma, lee y termina mientras el daemon sigue
# xfail: tras el aviso con el Lock, el motor da por esperado al daemon aunque le quede trabajo (abierto en docs/equipo_rojo_s24.md)
import threading

resultados = []
hecho = threading.Lock()
hecho.acquire()


def trabajar():
    for i in range(3):
        resultados.append(i)
    hecho.release()
    for i in range(3, 6):
        resultados.append(i)


threading.Thread(target=trabajar, daemon=True).start()
hecho.acquire()
print("resultados:", resultados)
