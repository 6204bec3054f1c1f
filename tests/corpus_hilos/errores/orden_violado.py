# Order violation: the consumer may read before the producer initialised.
import threading

config = None

def iniciar():
    global config
    config = {"modo": "rapido"}

def usar():
    assert config is not None, "config aún no existe"
    return config["modo"]

a = threading.Thread(target=iniciar)
b = threading.Thread(target=usar)
a.start()
b.start()
a.join()
b.join()
