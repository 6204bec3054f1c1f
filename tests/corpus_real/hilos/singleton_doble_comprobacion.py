# esperado: aprobado
# Singleton perezoso con doble comprobación: la segunda comprobación va dentro
# del Lock, así que solo un hilo crea la instancia. (Con el GIL, leer la
# referencia fuera del candado es seguro: o ve None o el objeto ya construido.)
import threading


class Config:
    _instancia = None
    _candado = threading.Lock()
    creadas = 0

    @classmethod
    def obtener(cls):
        if cls._instancia is None:
            with cls._candado:
                if cls._instancia is None:
                    Config.creadas += 1
                    cls._instancia = Config()
        return cls._instancia


vistas = []
hilos = [threading.Thread(target=lambda: vistas.append(id(Config.obtener()))) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("creadas:", Config.creadas)
assert Config.creadas == 1 and len(set(vistas)) == 1
