# esperado: interbloqueo
# requiere: procesos
# xfail: el motor de procesos llama cuelgue a todo programa que se queda parado sin plazo, aunque la evidencia describa el ciclo (join del principal, tubo lleno del hijo)
# Advertencia de la documentación de multiprocessing: el hijo pone un objeto grande en la Queue y el padre hace join() antes de get(); el hijo no puede terminar hasta vaciar su búfer al pipe, y nadie lee.
from multiprocessing import Process, Queue

def generar(q):
    q.put(list(range(200000)))

if __name__ == "__main__":
    q = Queue()
    p = Process(target=generar, args=(q,))
    p.start()
    p.join()          # interbloqueo: debería ir después de q.get()
    datos = q.get()
    print("Recibidos:", len(datos))
