# esperado: incompleto
# A medias: la lista llega al daemon como argumento; main la suma sin esperarlo
import threading


def llenar(destino, n):
    for i in range(n):
        destino.append(i)


numeros = []
threading.Thread(target=llenar, args=(numeros, 6), daemon=True).start()
print("total:", sum(numeros))
