# esperado: incompleto
# executor.shutdown(wait=False) then immediately reading the list filled by the tasks: the report can be printed before the tasks finish
from concurrent.futures import ThreadPoolExecutor
import time

thumbnails = []


def make_thumbnail(name):
    time.sleep(0.01)
    thumbnails.append(name + ".thumb")


if __name__ == "__main__":
    ex = ThreadPoolExecutor(max_workers=2)
    for n in ["a.jpg", "b.jpg", "c.jpg"]:
        ex.submit(make_thumbnail, n)
    ex.shutdown(wait=False)
    print(f"generated {len(thumbnails)} thumbnails: {thumbnails}")
