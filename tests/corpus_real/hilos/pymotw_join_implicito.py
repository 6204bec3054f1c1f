# esperado: aprobado
# Estilo PyMOTW: se arrancan los hilos y el módulo termina sin join. El
# intérprete espera a los hilos no daemon al salir; nadie lee sus resultados.
import threading


def trabajador(num):
    """Función del hilo."""
    print(f"Trabajador: {num}")
    for paso in range(3):
        print(f"  trabajador {num}, paso {paso}")


for i in range(5):
    t = threading.Thread(target=trabajador, args=(i,))
    t.start()
