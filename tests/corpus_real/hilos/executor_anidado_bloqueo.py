# esperado: interbloqueo
# El interbloqueo documentado de ThreadPoolExecutor: con un solo trabajador,
# una tarea que espera el resultado de otra tarea del mismo ejecutor no acaba.
from concurrent.futures import ThreadPoolExecutor

ejecutor = ThreadPoolExecutor(max_workers=1)


def hoja():
    return 42


def raiz():
    futuro = ejecutor.submit(hoja)
    return futuro.result()


print(ejecutor.submit(raiz).result())
