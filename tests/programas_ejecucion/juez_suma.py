"""Juez de prueba: `main(n)` debe devolver la suma 0..n-1 (n sale de alumno.rng)."""

from verificador.juez import Veredicto


def test_suma(alumno):
    n = alumno.rng.randint(10, 1000)
    modulo = alumno.cargar()
    resultado = modulo.main(n=n)
    alumno.anotar(planificaciones=3)
    alumno.exigir(
        resultado == n * (n - 1) // 2,
        "La suma no es la esperada",
        veredicto=Veredicto.CARRERA,
        esperado=str(n * (n - 1) // 2),
        obtenido=str(resultado),
    )
    print("RNG", alumno.semilla, n)  # noqa: T201 (la prueba de determinismo lee esta línea)
