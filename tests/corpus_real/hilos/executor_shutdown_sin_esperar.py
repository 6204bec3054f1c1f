# esperado: incompleto
# lento
# shutdown(wait=False) y luego se imprime cuántas descargas hay: las tareas
# (0,1 s cada una) siguen en marcha y la cuenta sale a medias (0 en cualquier
# ejecución normal). El intérprete las espera al salir, pero ya se anunció.
import time
from concurrent.futures import ThreadPoolExecutor

descargadas = []


def descargar(url):
    time.sleep(0.1)
    descargadas.append(url)


ex = ThreadPoolExecutor(max_workers=3)
for u in ("a", "b", "c", "d"):
    ex.submit(descargar, u)
ex.shutdown(wait=False)
print("descargadas:", len(descargadas))
