# esperado: aprobado
# Main thread fills a shared settings list after starting a worker, then set()s an Event; the worker waits on the Event before reading the settings (correct hand-off)
import threading

settings = []
ready = threading.Event()
seen = []


def worker():
    ready.wait()
    seen.append(list(settings))
    print("worker sees settings:", settings)


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    settings.append("debug=1")
    settings.append("level=3")
    ready.set()
    t.join()
    assert seen == [["debug=1", "level=3"]]
    print("ok")
