# Threads never joined: the "done" message comes while work is still running.
import threading
import time

def procesar_solicitud(request_id):
    print(f"Procesando solicitud {request_id}")
    time.sleep(3)
    print(f"Solicitud {request_id} completada")

for i in range(3):
    threading.Thread(target=procesar_solicitud, args=(i,)).start()
print("Todas las solicitudes completadas")
