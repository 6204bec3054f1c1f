# esperado: aprobado
# Cada hilo escribe solo su propia clave del dict; el principal lee tras join().
import threading

resultados = {}


def contar(nombre, texto):
    resultados[nombre] = len(texto.split())


textos = {"a": "uno dos tres", "b": "cuatro cinco", "c": "seis"}
hs = [threading.Thread(target=contar, args=item) for item in textos.items()]
for h in hs:
    h.start()
for h in hs:
    h.join()
print(resultados)
assert resultados == {"a": 3, "b": 2, "c": 1}
