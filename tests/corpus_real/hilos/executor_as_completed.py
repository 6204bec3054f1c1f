# esperado: aprobado
# El ejemplo de la documentación de concurrent.futures, con «descargas» simuladas.
import concurrent.futures
import time

URLS = ["http://www.foxnews.com/", "http://www.cnn.com/", "http://europe.wsj.com/",
        "http://www.bbc.co.uk/", "http://nonexistant-subdomain.python.org/"]


def load_url(url, timeout):
    time.sleep(0.01 * len(url) % 3)
    if "nonexistant" in url:
        raise OSError("no existe")
    return "x" * len(url)


with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            print(f"{url!r} generated an exception: {exc}")
        else:
            print(f"{url!r} page is {len(data)} bytes")
