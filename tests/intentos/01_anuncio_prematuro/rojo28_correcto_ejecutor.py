# esperado: aprobado
# Arreglo correcto: un ThreadPoolExecutor con un trabajador por solicitud; al salir del with se espera a que todas terminen antes del anuncio.
import concurrent.futures
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    trabajadores = max(1, n_solicitudes)
    with concurrent.futures.ThreadPoolExecutor(max_workers=trabajadores) as ejecutor:
        futuros = [ejecutor.submit(procesar_solicitud, i, duracion)
                   for i in range(n_solicitudes)]
        # result() relanza cualquier excepción de la solicitud
        for futuro in concurrent.futures.as_completed(futuros):
            futuro.result()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
