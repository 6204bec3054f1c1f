# esperado: incompleto
# Trabajadores daemon que van dejando resultados; el principal los imprime sin
# esperarlos y luego sigue con otra cosa: lo que imprimió estaba a medias.
import threading
import time

resultados = []


def trabajar(i):
    for paso in range(3):
        time.sleep(0.01)
        resultados.append((i, paso))


for i in range(3):
    threading.Thread(target=trabajar, args=(i,), daemon=True).start()
time.sleep(0.015)
print("Resultados:", resultados)
time.sleep(0.1)  # «limpieza» final
