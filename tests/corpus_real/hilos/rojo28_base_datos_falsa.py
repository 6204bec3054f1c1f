# esperado: carrera
# Copia el valor, «consulta» la base de datos y escribe la copia: dos hilos pisan sus actualizaciones.
import concurrent.futures
import time


class BaseDatosFalsa:
    def __init__(self):
        self.valor = 0

    def actualizar(self, nombre):
        print(f"Hilo {nombre}: empezando actualización")
        copia_local = self.valor
        copia_local += 1
        time.sleep(0.1)
        self.valor = copia_local
        print(f"Hilo {nombre}: terminando actualización")


if __name__ == "__main__":
    bd = BaseDatosFalsa()
    print(f"Probando actualización. Valor inicial: {bd.valor}.")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ejecutor:
        for indice in range(2):
            ejecutor.submit(bd.actualizar, indice)
    print(f"Probando actualización. Valor final: {bd.valor}.")
