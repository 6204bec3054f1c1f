# esperado: cuelgue
# requiere: procesos
# El aviso de la documentación sobre Process.terminate(): si el proceso
# terminado tenía un Lock, el candado se queda tomado para siempre. Aquí el
# primer hijo toma el candado y avisa; el padre lo mata y lanza a otro que
# quiere el mismo candado: espera para siempre, y el padre en su join().
import time
from multiprocessing import Event, Lock, Process


def escribir_lento(candado, lo_tengo):
    with candado:
        lo_tengo.set()
        time.sleep(10)


def escribir(candado):
    with candado:
        print("escrito")


if __name__ == "__main__":
    candado, lo_tengo = Lock(), Event()
    lento = Process(target=escribir_lento, args=(candado, lo_tengo))
    lento.start()
    lo_tengo.wait()
    lento.terminate()
    lento.join()
    otro = Process(target=escribir, args=(candado,))
    otro.start()
    otro.join()
    print("fin")
