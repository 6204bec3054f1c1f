# esperado: aprobado
# Ejemplo de la documentación con as_completed: los resultados se recogen en el hilo principal.
import concurrent.futures
import time

PAGINAS = {
    "http://www.foxnews.com/": 0.03,
    "http://www.cnn.com/": 0.01,
    "http://europe.wsj.com/": 0.02,
    "http://www.bbc.co.uk/": 0.01,
    "http://some-made-up-domain.com/": None,
}


def cargar_url(url, tiempo_limite):
    retraso = PAGINAS[url]
    if retraso is None:
        raise ConnectionError(f"no se pudo resolver {url}")
    time.sleep(retraso)
    return len(url) * 100


tamanos = {}
errores = []
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as ejecutor:
    futuro_a_url = {ejecutor.submit(cargar_url, url, 60): url for url in PAGINAS}
    for futuro in concurrent.futures.as_completed(futuro_a_url):
        url = futuro_a_url[futuro]
        try:
            tamanos[url] = futuro.result()
        except Exception as exc:
            errores.append(f"{url} generó una excepción: {exc}")

for url in sorted(tamanos):
    print(f"{url} ocupa {tamanos[url]} bytes")
for e in errores:
    print(e)
