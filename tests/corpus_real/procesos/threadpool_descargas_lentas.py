# esperado: aprobado
# requiere: procesos
# «Descargas» simuladas en un ThreadPool de multiprocessing.pool: cada tarea
# duerme 1,5 s (la red) antes de devolver su tamaño. El principal espera en
# pool.map a hilos que duermen: espera al reloj, no está colgado.
import time
from multiprocessing.pool import ThreadPool


def descargar(url):
    time.sleep(1.5)
    return len(url)


if __name__ == "__main__":
    urls = ["https://a.example/x", "https://b.example/yy", "https://c.example/zzz"]
    with ThreadPool(3) as pool:
        tamanos = pool.map(descargar, urls)
    print(dict(zip(urls, tamanos)))
