# esperado: excepcion
# requiere: procesos
# El principal avisa con Event.set() y DESPUÉS rellena la configuración en un Manager dict: un trabajador que despierte antes de esa escritura lee una clave que aún no existe (KeyError).
from multiprocessing import Event, Manager, Process


def trabajador(i, listo, config, salida):
    listo.wait()
    factor = config["factor"]
    salida[i] = i * factor


if __name__ == "__main__":
    with Manager() as m:
        config, salida = m.dict(), m.dict()
        listo = Event()
        ps = [Process(target=trabajador, args=(i, listo, config, salida)) for i in range(4)]
        for p in ps:
            p.start()
        listo.set()
        config["factor"] = 10
        for p in ps:
            p.join()
        print(dict(salida))
        assert dict(salida) == {i: i * 10 for i in range(4)}
