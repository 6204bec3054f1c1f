# esperado: carrera
# «Solo la primera vez»: cada hilo mira la bandera y, si está baja, inicia
# y la sube. Entre mirar y subir puede entrar el otro hilo: se inicia dos
# veces (dos conexiones abiertas).
import threading

iniciado = False
conexiones = []


def asegurar_conexion():
    global iniciado
    if not iniciado:
        conexiones.append("conexión")
        iniciado = True


hilos = [threading.Thread(target=asegurar_conexion) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(len(conexiones), "conexiones")
