"""Plantillas de `verificar autor nuevo`: un caso de ejemplo completo por motor.

Cada plantilla es un caso que funciona de verdad (la versión rota falla en
todos los veredictos y la reparada aprueba), para que el autor vea el circuito
entero antes de cambiar nada. Lo que el autor TIENE que escribir (la historia,
las pistas, la explicación, y decidir si se queda con el ejemplo) lleva la
marca `TODO`, y `verificar autor comprobar` rechaza el caso mientras quede una.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MARCA_PENDIENTE", "PLANTILLAS", "Plantilla"]

# La marca que `autor comprobar` busca (como palabra, en mayúsculas) en todos los archivos.
MARCA_PENDIENTE = "TODO"


@dataclass(frozen=True)
class Plantilla:
    """Los archivos de un caso de ejemplo para un motor (nombres de reto.toml)."""

    motor: str  # valor de `motor` en reto.toml
    tema: str  # valor de `tema` en reto.toml
    archivo: str  # el archivo que edita el alumno
    roto: str
    reparado: str
    juez: str


_AVISO_CODIGO = (
    "TODO: sustituye este ejemplo por el programa de tu caso (o quédate con él y\n"
    "    borra esta línea). Debe exponer main(...) con parámetros con valor por defecto."
)

_HILOS_ROTO = f"""'''
    {_AVISO_CODIGO}

    Varios hilos cuentan las visitas de una web en un contador compartido.
'''
import threading

visitas = 0


def contar(veces):
    global visitas
    for _ in range(veces):
        visitas += 1


def main(n_hilos=2, veces=1000):
    global visitas
    visitas = 0
    hilos = [threading.Thread(target=contar, args=(veces,)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Visitas: {{visitas}}")
    return visitas


if __name__ == "__main__":
    main()
"""

_HILOS_REPARADO = f"""'''
    {_AVISO_CODIGO}

    Varios hilos cuentan las visitas de una web en un contador compartido,
    protegido por un único candado.
'''
import threading

visitas = 0
candado = threading.Lock()


def contar(veces):
    global visitas
    for _ in range(veces):
        with candado:
            visitas += 1


def main(n_hilos=2, veces=1000):
    global visitas
    visitas = 0
    hilos = [threading.Thread(target=contar, args=(veces,)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Visitas: {{visitas}}")
    return visitas


if __name__ == "__main__":
    main()
"""

_HILOS_JUEZ = '''"""Juez del caso (motor de hilos): ninguna visita se puede perder.

TODO: adapta este juez a tu caso. Saca los parámetros de `alumno.rng` (así un
resultado escrito a mano no pasa), comprueba con `alumno.exigir` y exige los
hilos que el caso necesita con `minimo_hilos` (si no, el veredicto es `trampa`).
"""

from __future__ import annotations


def test_ninguna_visita_se_pierde(alumno, hilos):
    n_hilos = alumno.rng.randint(2, 4)
    veces = alumno.rng.randint(10, 30)
    esperado = n_hilos * veces

    def escenario():
        modulo = alumno.cargar()  # un módulo nuevo en cada planificación
        visitas = modulo.main(n_hilos=n_hilos, veces=veces)
        alumno.exigir(
            visitas == esperado,
            f"Se perdieron visitas: {n_hilos} hilos con {veces} visitas cada uno",
            esperado=str(esperado),
            obtenido=repr(visitas),
            explicacion="Dos hilos leyeron el mismo valor del contador antes de que "
            "el otro guardara el suyo: una de las dos sumas se pisó.",
        )

    hilos.explorar(escenario, minimo_hilos=n_hilos)
'''

_ASYNC_ROTO = f"""'''
    {_AVISO_CODIGO}

    Varias peticiones reservan plazas de un mismo vuelo a la vez: cada una
    mira si quedan plazas, consulta el sistema de pagos y las descuenta.
'''
import asyncio


async def reservar(estado, plazas):
    if estado["libres"] >= plazas:
        await asyncio.sleep(0.1)  # el sistema de pagos tarda un poco
        estado["libres"] -= plazas
        return True
    return False


async def main(libres=3, pedidos=(2, 2)):
    estado = {{"libres": libres}}
    aceptados = await asyncio.gather(*(reservar(estado, p) for p in pedidos))
    print(f"Plazas libres al final: {{estado['libres']}}")
    return estado["libres"], list(aceptados)


if __name__ == "__main__":
    print(asyncio.run(main()))
"""

_ASYNC_REPARADO = f"""'''
    {_AVISO_CODIGO}

    Varias peticiones reservan plazas de un mismo vuelo a la vez. Mirar si
    quedan plazas y descontarlas se hace bajo un único asyncio.Lock.
'''
import asyncio


async def reservar(estado, plazas):
    async with estado["candado"]:
        if estado["libres"] >= plazas:
            await asyncio.sleep(0.1)  # el sistema de pagos tarda un poco
            estado["libres"] -= plazas
            return True
    return False


async def main(libres=3, pedidos=(2, 2)):
    estado = {{"libres": libres, "candado": asyncio.Lock()}}
    aceptados = await asyncio.gather(*(reservar(estado, p) for p in pedidos))
    print(f"Plazas libres al final: {{estado['libres']}}")
    return estado["libres"], list(aceptados)


if __name__ == "__main__":
    print(asyncio.run(main()))
"""

_ASYNC_JUEZ = '''"""Juez del caso (motor de asyncio): nunca se venden más plazas de las que hay.

TODO: adapta este juez a tu caso. El motor de asyncio usa tiempo virtual (las
esperas no cuestan tiempo real) y explora el orden de las tareas; los
parámetros salen de `alumno.rng` y `minimo_tareas` exige la concurrencia.
"""

from __future__ import annotations

from verificador.juez import Veredicto


def test_no_se_venden_plazas_de_mas(alumno, asincrono):
    libres = alumno.rng.randint(2, 6)
    plazas = alumno.rng.randint(1, libres)
    n = libres // plazas + alumno.rng.randint(1, 2)  # siempre piden más de las que hay
    pedidos = tuple([plazas] * n)

    async def escenario():
        modulo = alumno.cargar()
        devuelto = await modulo.main(libres=libres, pedidos=pedidos)
        alumno.exigir(
            isinstance(devuelto, tuple) and len(devuelto) == 2,
            "main no devuelve (plazas_libres, aceptados)",
            veredicto=Veredicto.INCOMPLETO,
            obtenido=repr(devuelto),
        )
        quedan, aceptados = devuelto
        vendidas = plazas * sum(1 for a in aceptados if a is True)
        alumno.exigir(
            quedan == libres - vendidas and quedan >= 0,
            f"Se vendieron {vendidas} plazas de {libres} y quedan {quedan}",
            esperado=f"nunca menos de 0 plazas libres ({libres} - vendidas)",
            obtenido=str(quedan),
            explicacion="Varias peticiones vieron plazas libres antes de que otra las "
            "descontara: mirar y descontar deben ser un solo paso para las demás tareas.",
        )
        alumno.exigir(
            vendidas == plazas * (libres // plazas),
            "Se rechazaron peticiones que cabían en el vuelo",
            veredicto=Veredicto.INCOMPLETO,
            esperado=f"{libres // plazas} peticiones aceptadas",
            obtenido=f"{vendidas // plazas} aceptadas",
        )

    asincrono.explorar(escenario, minimo_tareas=n, duracion_minima=0.1)
'''

_PROCESOS_ROTO = f"""'''
    {_AVISO_CODIGO}

    Cada proceso suma una parte de las ventas y guarda su total parcial;
    el proceso principal junta los parciales.
'''
import multiprocessing

parciales = []


def sumar(numeros):
    parciales.append(sum(numeros))


def main(partes=((1, 2, 3), (4, 5, 6))):
    procesos = [multiprocessing.Process(target=sumar, args=(parte,)) for parte in partes]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    total = sum(parciales)
    print(f"Total de ventas: {{total}}")
    return total


if __name__ == "__main__":
    main()
"""

_PROCESOS_REPARADO = f"""'''
    {_AVISO_CODIGO}

    Cada proceso suma una parte de las ventas y envía su total parcial por
    una cola; el proceso principal saca un parcial por proceso.
'''
import multiprocessing


def sumar(numeros, cola):
    cola.put(sum(numeros))


def main(partes=((1, 2, 3), (4, 5, 6))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=sumar, args=(parte, cola)) for parte in partes]
    for proceso in procesos:
        proceso.start()
    total = sum(cola.get() for _ in procesos)
    for proceso in procesos:
        proceso.join()
    print(f"Total de ventas: {{total}}")
    return total


if __name__ == "__main__":
    main()
"""

_PROCESOS_JUEZ = '''"""Juez del caso (procesos): el total de los hijos llega al proceso principal.

TODO: adapta este juez a tu caso. `procesos.ejecutar` corre `main` en procesos
reales (spawn) con los parámetros que le pasas y convierte en veredicto los
cuelgues y excepciones; `minimo_procesos` exige que trabajen procesos hijos.
"""

from __future__ import annotations

from verificador.juez import Veredicto


def test_el_total_llega(alumno, procesos):
    partes = [
        [alumno.rng.randint(1, 99) for _ in range(alumno.rng.randint(2, 6))]
        for _ in range(alumno.rng.randint(2, 4))
    ]
    esperado = sum(sum(parte) for parte in partes)
    ejecucion = procesos.ejecutar({"partes": partes}, minimo_procesos=len(partes),
                                  tiempo_limite_s=8)
    procesos.exigir(
        ejecucion.valor == esperado,
        f"El proceso principal sumó {ejecucion.valor!r} y las ventas suman {esperado}",
        veredicto=Veredicto.INCOMPLETO,
        esperado=str(esperado),
        obtenido=repr(ejecucion.valor),
        explicacion="Cada proceso tiene su propia memoria: lo que un hijo guarda en una "
        "variable suya no lo ve el proceso principal.",
    )
'''

PLANTILLAS: dict[str, Plantilla] = {
    "hilos": Plantilla("hilos", "sincronización", "contador.py",
                       _HILOS_ROTO, _HILOS_REPARADO, _HILOS_JUEZ),
    "asyncio": Plantilla("asyncio", "asyncio", "reservas.py",
                         _ASYNC_ROTO, _ASYNC_REPARADO, _ASYNC_JUEZ),
    "procesos": Plantilla("procesos", "procesos", "ventas.py",
                          _PROCESOS_ROTO, _PROCESOS_REPARADO, _PROCESOS_JUEZ),
}
