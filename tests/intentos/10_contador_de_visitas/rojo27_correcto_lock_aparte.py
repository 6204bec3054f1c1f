# esperado: aprobado
# Arreglo correcto: un multiprocessing.Lock creado en main y pasado a cada proceso como argumento protege cada leer-sumar-escribir del Value.
'''
    Varios procesos atienden visitas a la web y las cuentan
    en un multiprocessing.Value compartido: a diferencia de una
    variable normal, un Value vive en memoria compartida y todos
    los procesos ven el mismo número.
'''
import multiprocessing


def atender_visitas(contador, visitas, candado):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    candado = multiprocessing.Lock()

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, candado))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
