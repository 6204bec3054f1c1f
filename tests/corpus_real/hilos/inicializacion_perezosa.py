# esperado: carrera
# Inicialización perezosa sin candado: `if _config is None: _config = cargar()`.
# Si el segundo hilo comprueba mientras el primero está dentro de cargar()
# (antes de asignar), ambos cargan y cargar() se ejecuta dos veces.
import threading

_config = None
cargas = 0


def cargar():
    global cargas
    cargas += 1
    return {"modo": "produccion"}


def obtener_config():
    global _config
    if _config is None:
        _config = cargar()
    return _config


def peticion():
    assert obtener_config()["modo"] == "produccion"


hilos = [threading.Thread(target=peticion) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert cargas == 1, f"config cargada {cargas} veces"
