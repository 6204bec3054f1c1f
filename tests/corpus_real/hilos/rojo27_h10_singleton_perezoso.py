# esperado: carrera
# Inicialización perezosa "comprobar y luego actuar": dos hilos ven _instancia is None, ambos construyen Config (el constructor llama a funciones, punto de cambio de hilo) y se crean dos instancias.
import threading
import time

_instancia = None
creadas = 0

class Config:
    def __init__(self):
        global creadas
        time.sleep(0.001)  # leer fichero de configuración
        creadas += 1
        self.valores = {"modo": "produccion"}

def obtener_config():
    global _instancia
    if _instancia is None:
        _instancia = Config()
    return _instancia

def servicio():
    cfg = obtener_config()
    assert cfg.valores["modo"] == "produccion"

hilos = [threading.Thread(target=servicio) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Instancias creadas:", creadas)
assert creadas == 1, f"singleton creado {creadas} veces"
