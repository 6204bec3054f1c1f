# esperado: carrera
# A medias: un multiprocessing.Lock global del módulo; con fork (Linux) los hijos lo heredan y funciona, pero con spawn (Windows, macOS) cada hijo reimporta el módulo y crea SU candado, que no excluye a nadie: se pierden visitas.
'''
    Varios procesos atienden visitas a la web y las cuentan
    en un multiprocessing.Value compartido: a diferencia de una
    variable normal, un Value vive en memoria compartida y todos
    los procesos ven el mismo número.
'''
import multiprocessing

CANDADO = multiprocessing.Lock()  # uno para todos (eso creía)


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with CANDADO:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
