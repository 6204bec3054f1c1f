# esperado: incompleto
# A medias: el daemon llena la global a través de una función auxiliar; main la imprime sin esperar
import threading

registro = []


def anotar(valor):
    registro.append(valor)


def procesar():
    for i in range(4):
        anotar(i * i)


threading.Thread(target=procesar, daemon=True).start()
print("registro:", registro)
