# esperado: excepcion
# requiere: procesos
# Sin `if __name__ == "__main__":` y con el contexto spawn (el de Windows y
# macOS): el hijo vuelve a importar el módulo, intenta arrancar otro proceso
# durante su propio arranque y muere con RuntimeError. Pasa siempre.
import multiprocessing

ctx = multiprocessing.get_context("spawn")


def saludar(nombre):
    print("hola", nombre)


p = ctx.Process(target=saludar, args=("mundo",))
p.start()
p.join()
print("código de salida:", p.exitcode)
