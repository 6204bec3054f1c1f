# esperado: incompleto
# requiere: procesos
# apply_async con callback dentro de "with Pool": al salir se llama terminate() y las tareas en marcha se pierden
from multiprocessing import Pool


def miniatura(nombre):
    pixeles = sum(range(50000))      # "redimensiona" la imagen
    return nombre.replace(".jpg", "_mini.jpg"), pixeles


if __name__ == "__main__":
    fotos = [f"foto{i}.jpg" for i in range(8)]
    hechas = []
    with Pool(4) as pool:
        for f in fotos:
            pool.apply_async(miniatura, (f,), callback=hechas.append)
    print(f"Miniaturas creadas: {len(hechas)} de {len(fotos)}")
    assert len(hechas) == len(fotos)
