# esperado: aprobado
# Un Timer hace de vigilante: si el trabajo tarda más de 5 s, pone un Event
# que el trabajador consulta entre lotes. Aquí el trabajo acaba antes; el
# principal espera al trabajador con join() y luego cancela el Timer (cancel()
# sobre un Timer que no ha disparado es seguro) y lo espera. Correcto: el
# resultado se lee tras el join y el Event es la única comunicación.
import threading

plazo_vencido = threading.Event()
procesados = []


def trabajar():
    for lote in range(20):
        if plazo_vencido.is_set():
            print("plazo vencido, paro en el lote", lote)
            return
        procesados.append(lote * lote)


vigilante = threading.Timer(5.0, plazo_vencido.set)
vigilante.start()
t = threading.Thread(target=trabajar)
t.start()
t.join()
vigilante.cancel()
vigilante.join()
print("procesados:", len(procesados))
assert len(procesados) == 20
