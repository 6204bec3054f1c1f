# esperado: aprobado
# requiere: procesos
# Ejemplo de la documentación de get_context: un contexto 'spawn' propio, su
# Queue y su Process; el padre hace get() antes de join().
import multiprocessing as mp


def foo(q):
    q.put("hola")


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=foo, args=(q,))
    p.start()
    print(q.get())
    p.join()
