# esperado: aprobado
# Double-checked locking singleton: unlocked fast-path check, then re-check under the lock; only one instance is ever created (correct in Python)
import threading
import time


class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        time.sleep(0.005)  # load config file
        Config.created += 1

    @classmethod
    def get(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance


instances = []

if __name__ == "__main__":
    ts = [threading.Thread(target=lambda: instances.append(Config.get())) for _ in range(5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("created:", Config.created)
    assert Config.created == 1 and all(i is instances[0] for i in instances)
