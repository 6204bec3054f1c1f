# esperado: aprobado
# A threading.Timer sets a "stop" Event after 0.1 s; a worker loops with event.wait(timeout) until it is set; a second timer is cancelled (correct)
import threading

stop = threading.Event()
ticks = []


def heartbeat():
    while not stop.wait(0.02):
        ticks.append("tick")
    print(f"heartbeat stopped after {len(ticks)} ticks")


def never():
    print("this should never run")
    raise RuntimeError("cancelled timer fired")


if __name__ == "__main__":
    w = threading.Thread(target=heartbeat)
    w.start()
    t = threading.Timer(0.1, stop.set)
    t.start()
    t2 = threading.Timer(5.0, never)
    t2.start()
    t2.cancel()
    w.join()
    t.join()
    t2.join()
    assert stop.is_set()
    print("done")
