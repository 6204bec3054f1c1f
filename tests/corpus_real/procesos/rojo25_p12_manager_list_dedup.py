# esperado: carrera
# requiere: procesos
# Pool.starmap crawlers share a Manager().list() of seen URLs and do `if url not in seen: seen.append(url)`; two processes can both pass the check before either appends, so a URL is crawled twice
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
