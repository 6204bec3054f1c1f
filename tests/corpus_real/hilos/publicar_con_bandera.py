# esperado: aprobado
# Publicar con una bandera: el cargador rellena la configuración y después
# pone `lista = True`; el lector espera en un bucle a verla. En CPython lo
# escrito antes de la bandera se ve después de verla (el GIL no reordena).
import threading

configuracion = {}
lista = False


def cargar():
    global lista
    configuracion["servidor"] = "db.ejemplo"
    configuracion["puerto"] = 5432
    lista = True


def usar():
    while not lista:
        pass
    assert configuracion["puerto"] == 5432, configuracion


hilos = [threading.Thread(target=usar), threading.Thread(target=cargar)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(configuracion)
