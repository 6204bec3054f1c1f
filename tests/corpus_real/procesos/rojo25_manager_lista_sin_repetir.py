# esperado: carrera
# requiere: procesos
# A medias: dos trabajadores de un Pool comprueban y añaden a una Manager().list() sin candado: la misma URL se rastrea dos veces
from multiprocessing import Pool, Manager


def crawl(url, seen):
    if url not in seen:
        seen.append(url)
        return 1
    return 0


if __name__ == "__main__":
    urls = ["/", "/about", "/", "/blog", "/about", "/"]
    with Manager() as manager:
        seen = manager.list()
        with Pool(2) as pool:
            crawled = pool.starmap(crawl, [(u, seen) for u in urls])
        print("seen:", list(seen))
        print("crawled:", sum(crawled))
        assert sum(crawled) == len(set(urls)), "some page crawled twice"
