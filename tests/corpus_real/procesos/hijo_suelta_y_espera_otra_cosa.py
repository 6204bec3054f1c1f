# esperado: cuelgue
# requiere: procesos
# El hijo usa el candado, avisa de que ya lo soltó y se queda esperando un
# pedido que nadie manda. El principal toma el candado después del aviso y
# espera al hijo: se cuelga, pero no es un ciclo de candados (el hijo espera la
# cola, no el candado).
import multiprocessing as mp


def trabajar(candado, listo, pedidos):
    with candado:
        pass
    listo.set()
    pedidos.get()


if __name__ == "__main__":
    candado = mp.Lock()
    listo = mp.Event()
    pedidos = mp.Queue()
    p = mp.Process(target=trabajar, args=(candado, listo, pedidos))
    p.start()
    listo.wait()
    with candado:
        p.join()
