# esperado: carrera
# obtener() comprueba y crea sin candado: dos hilos pueden ver None y crear cada uno su Configuracion.
import json
import threading

TEXTO_CONFIG = '{"servidor": "localhost", "puerto": 8080, "reintentos": 3}'


class Configuracion:
    _instancia = None

    def __init__(self):
        self.valores = json.loads(TEXTO_CONFIG)

    @classmethod
    def obtener(cls):
        if cls._instancia is None:
            cls._instancia = cls()
        return cls._instancia


vistas = []


def trabajador():
    conf = Configuracion.obtener()
    vistas.append(id(conf))


if __name__ == "__main__":
    hilos = [threading.Thread(target=trabajador) for _ in range(4)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    assert len(set(vistas)) == 1, "se crearon varias configuraciones"
    print("Una sola configuración compartida por", len(vistas), "hilos")
