# esperado: carrera
# requiere: procesos
# ns.visitas = ns.visitas + 1 sobre un Namespace del Manager es un getattr y un setattr remotos separados: dos procesos leen el mismo valor y uno de los incrementos se pierde.
from multiprocessing import Process, Manager

def registrar_visitas(ns, n):
    for _ in range(n):
        ns.visitas = ns.visitas + 1

if __name__ == "__main__":
    with Manager() as m:
        ns = m.Namespace()
        ns.visitas = 0
        procs = [Process(target=registrar_visitas, args=(ns, 20)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        total = ns.visitas
    print("Visitas:", total)
    assert total == 40, f"visitas perdidas: {total}"
