# esperado: incompleto
# El hilo de registro es daemon y main no espera a que vacíe la cola: main anuncia "registro guardado" y al salir el intérprete mata al daemon con mensajes aún sin escribir.
import threading
import queue
import time

cola = queue.Queue()
escritos = []

def escritor():
    while True:
        msg = cola.get()
        time.sleep(0.005)        # escribir en disco
        escritos.append(msg)

threading.Thread(target=escritor, daemon=True).start()
for i in range(5):
    cola.put(f"evento {i}")
# falta: cola.join() (y task_done en el escritor)
print("Registro guardado:", len(escritos), "eventos")
