# esperado: excepcion
# los futures de ThreadPoolExecutor nunca se consultan: el KeyError de un registro se pierde en silencio
from concurrent.futures import ThreadPoolExecutor, wait


def guardar(registro):
    # "normaliza" y devuelve el registro guardado
    return {"id": registro["id"], "email": registro["email"].lower()}


if __name__ == "__main__":
    registros = [
        {"id": 1, "email": "Ana@Ejemplo.com"},
        {"id": 2, "email": "LUIS@ejemplo.com"},
        {"id": 3},                                   # le falta el email
        {"id": 4, "email": "Eva@Ejemplo.com"},
    ]
    with ThreadPoolExecutor(max_workers=2) as ex:
        futuros = [ex.submit(guardar, r) for r in registros]
        hechos, pendientes = wait(futuros)
    print(f"Guardados {len(hechos)} registros, pendientes {len(pendientes)}")
