"""Juez de prueba con dos pruebas: el límite de reloj total debe contar ambas."""


def test_primera(alumno):
    alumno.exigir(alumno.cargar().main(n=4) == 6, "La suma no es la esperada")


def test_segunda(alumno):
    alumno.anotar(planificaciones=5)
    alumno.exigir(alumno.cargar().main(n=5) == 10, "La suma no es la esperada")
