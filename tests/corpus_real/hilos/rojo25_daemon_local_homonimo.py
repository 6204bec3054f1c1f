# esperado: aprobado
# Correcto: el daemon usa una lista local que se llama como la global; la global de main no la toca nadie más
import threading

resultados = [1, 2, 3]


def latido():
    resultados = []
    for i in range(3):
        resultados.append(i)


threading.Thread(target=latido, daemon=True).start()
print("suma:", sum(resultados))
