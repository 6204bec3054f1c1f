# esperado: aprobado
# ThreadPoolExecutor "download" pages in parallel and sum their sizes (results collected via futures; correct)
import concurrent.futures
import time

URLS = [f"https://example.com/page/{i}" for i in range(8)]


def fetch(url):
    # simulate a network request
    time.sleep(0.02)
    return len(url) * 10


def main():
    sizes = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
        future_to_url = {executor.submit(fetch, url): url for url in URLS}
        for future in concurrent.futures.as_completed(future_to_url):
            url = future_to_url[future]
            try:
                data = future.result()
            except Exception as exc:
                print(f"{url} generated an exception: {exc}")
            else:
                sizes[url] = data
                print(f"{url} page is {data} bytes")
    total = sum(sizes.values())
    print(f"Total: {total} bytes")
    assert total == sum(len(u) * 10 for u in URLS)


if __name__ == "__main__":
    main()
