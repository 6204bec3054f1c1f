"""Juez de prueba con un fallo propio: debe dar error_interno, nunca culpar al alumno."""


def test_juez_con_fallo(alumno):
    modulo = alumno.cargar()
    modulo.main(n=3)
    divisor = alumno.rng.randint(0, 0)
    assert 1 / divisor
