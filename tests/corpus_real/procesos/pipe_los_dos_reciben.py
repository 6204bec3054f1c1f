# esperado: cuelgue
# requiere: procesos
# Padre e hijo empiezan los dos con recv() sobre los extremos de un Pipe:
# cada uno espera a que el otro hable primero y ninguno habla. El padre nunca
# llega a join(); el programa no termina.
from multiprocessing import Pipe, Process


def hijo(conexion):
    saludo = conexion.recv()
    conexion.send(saludo.upper())


if __name__ == "__main__":
    padre, extremo_hijo = Pipe()
    p = Process(target=hijo, args=(extremo_hijo,))
    p.start()
    respuesta = padre.recv()
    padre.send("hola")
    p.join()
    print(respuesta)
