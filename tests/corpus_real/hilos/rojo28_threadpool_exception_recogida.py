# esperado: aprobado
# Las excepciones de las tareas se recogen con exception() y se cuentan.
from concurrent.futures import ThreadPoolExecutor, as_completed


def guardar(registro):
    return {"id": registro["id"], "email": registro["email"].lower()}


registros = [{"id": 1, "email": "A@x.es"}, {"id": 2}, {"id": 3, "email": "C@x.es"}]
fallidos = 0
with ThreadPoolExecutor(max_workers=2) as ex:
    futuros = [ex.submit(guardar, r) for r in registros]
    for f in as_completed(futuros):
        if f.exception() is not None:
            fallidos += 1
print("fallidos:", fallidos)
