# esperado: aprobado
# requiere: procesos
# El principal rellena la configuración y DESPUÉS avisa con Event.set(); antes, avisaba y DESPUÉS rellenaba la configuración en un Manager dict: un trabajador que despierte antes de esa escritura lee una clave que aún no existe (KeyError).
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
        config["factor"] = 10
        listo.set()
        for p in ps:
            p.join()
        print(dict(salida))
        assert dict(salida) == {i: i * 10 for i in range(4)}
